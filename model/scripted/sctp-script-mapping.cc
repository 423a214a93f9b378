/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script-mapping.h"

#include <algorithm>

namespace ns3
{

bool
SctpScriptMapping::HasLocal() const
{
    return !m_entries.empty();
}

const SctpScriptMapping::Entry&
SctpScriptMapping::Current() const
{
    static const Entry none;
    return m_entries.empty() ? none : m_entries[m_current];
}

void
SctpScriptMapping::AddLocal(const Entry& entry, bool adopt)
{
    size_t index = m_entries.size();
    for (size_t i = 0; i < m_entries.size(); ++i)
    {
        if (m_entries[i].liveTag == entry.liveTag)
        {
            index = i;
        }
    }
    if (index == m_entries.size())
    {
        m_entries.push_back(entry);
    }
    if (adopt || m_entries.size() == 1 || index == m_current)
    {
        m_current = index;
        m_pending = -1;
    }
    else
    {
        m_pending = static_cast<int>(index);
    }
}

void
SctpScriptMapping::AdoptPending()
{
    if (m_pending >= 0)
    {
        m_current = static_cast<size_t>(m_pending);
        m_pending = -1;
    }
}

void
SctpScriptMapping::ForgetScriptTag(uint32_t scriptTag)
{
    for (Entry& e : m_entries)
    {
        if (e.hasScriptTag && e.scriptTag == scriptTag)
        {
            e.hasScriptTag = false;
        }
    }
}

const SctpScriptMapping::Entry*
SctpScriptMapping::FindByScriptTag(uint32_t scriptTag) const
{
    for (const Entry& e : m_entries)
    {
        if (e.hasScriptTag && e.scriptTag == scriptTag)
        {
            return &e;
        }
    }
    return nullptr;
}

const SctpScriptMapping::Entry*
SctpScriptMapping::FindByLiveTag(uint32_t liveTag) const
{
    for (const Entry& e : m_entries)
    {
        if (e.liveTag == liveTag)
        {
            return &e;
        }
    }
    return nullptr;
}

uint32_t
SctpScriptMapping::LiveTag() const
{
    return Current().liveTag;
}

uint32_t
SctpScriptMapping::TagToLive(uint32_t scriptTag) const
{
    if (scriptTag == 0)
    {
        return 0;
    }
    if (const Entry* e = FindByScriptTag(scriptTag))
    {
        return e->liveTag;
    }
    const Entry& c = Current();
    if (!HasLocal())
    {
        return scriptTag;
    }
    uint32_t live = c.liveTag + (scriptTag - (c.hasScriptTag ? c.scriptTag : c.liveTag));
    return live == 0 ? 1 : live;
}

uint32_t
SctpScriptMapping::TagToScript(uint32_t liveTag) const
{
    const Entry* e = FindByLiveTag(liveTag);
    return e && e->hasScriptTag ? e->scriptTag : liveTag;
}

uint32_t
SctpScriptMapping::TsnToLive(uint32_t scriptTsn) const
{
    const Entry& c = Current();
    if (!HasLocal() || !c.hasScriptTsn)
    {
        return scriptTsn;
    }
    return scriptTsn + (c.liveTsn - c.scriptTsn);
}

uint32_t
SctpScriptMapping::TsnToScript(uint32_t liveTsn) const
{
    const Entry& c = Current();
    if (!HasLocal() || !c.hasScriptTsn)
    {
        return liveTsn;
    }
    return liveTsn - (c.liveTsn - c.scriptTsn);
}

void
SctpScriptMapping::AddPeerTag(uint32_t tag, bool init)
{
    if (std::find(m_peerTags.begin(), m_peerTags.end(), tag) == m_peerTags.end())
    {
        m_peerTags.push_back(tag);
    }
    else
    {
        // Keep the most recent one last: it is the current one.
        m_peerTags.erase(std::find(m_peerTags.begin(), m_peerTags.end(), tag));
        m_peerTags.push_back(tag);
    }
    if (init)
    {
        m_lastPeerInitTag = tag;
    }
}

const std::vector<uint32_t>&
SctpScriptMapping::GetPeerTags() const
{
    return m_peerTags;
}

uint32_t
SctpScriptMapping::PeerTag() const
{
    return m_peerTags.empty() ? 0 : m_peerTags.back();
}

uint32_t
SctpScriptMapping::LastPeerInitTag() const
{
    return m_lastPeerInitTag;
}

void
SctpScriptMapping::SetCookie(const std::vector<uint8_t>& cookie)
{
    m_cookie = cookie;
    m_hasCookie = true;
}

bool
SctpScriptMapping::HasCookie() const
{
    return m_hasCookie;
}

const std::vector<uint8_t>&
SctpScriptMapping::GetCookie() const
{
    return m_cookie;
}

void
SctpScriptMapping::SetHeartbeat(const std::vector<uint8_t>& parameters)
{
    m_heartbeat = parameters;
    m_hasHeartbeat = true;
}

bool
SctpScriptMapping::HasHeartbeat() const
{
    return m_hasHeartbeat;
}

const std::vector<uint8_t>&
SctpScriptMapping::GetHeartbeat() const
{
    return m_heartbeat;
}

} // namespace ns3
