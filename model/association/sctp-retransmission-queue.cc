/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-retransmission-queue.h"

#include "sctp-path.h"
#include "sctp-serial.h"

#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpRetransmissionQueue");

void
SctpRetransmissionQueue::Reset(uint32_t initialTsn)
{
    m_chunks.clear();
    m_nextTsn = initialTsn;
    m_cumTsn = initialTsn - 1;
    m_outstandingBytes = 0;
    m_outstandingChunks = 0;
    m_retransmitCount = 0;
}

uint32_t
SctpRetransmissionQueue::GetNextTsn() const
{
    return m_nextTsn;
}

uint32_t
SctpRetransmissionQueue::GetCumTsnAcked() const
{
    return m_cumTsn;
}

uint32_t
SctpRetransmissionQueue::GetHighestTsnSent() const
{
    return m_nextTsn - 1;
}

uint32_t
SctpRetransmissionQueue::AddSent(Ptr<SctpDataChunk> chunk,
                                 Ptr<SctpPath> path,
                                 Time now,
                                 uint32_t context)
{
    uint32_t tsn = m_nextTsn++;
    chunk->SetTsn(tsn);
    SctpSentChunk c;
    c.chunk = chunk;
    c.bookSize = SctpDataChunk::FIXED_SIZE + chunk->GetUserData().size();
    c.path = path;
    c.sentTime = now;
    c.sendCount = 1;
    c.context = context;
    c.cwndAtSend = path->GetCwnd();
    path->AddFlight(c.bookSize);
    m_outstandingBytes += c.bookSize;
    m_outstandingChunks++;
    m_chunks.push_back(std::move(c));
    return tsn;
}

bool
SctpRetransmissionQueue::IsEmpty() const
{
    return m_chunks.empty();
}

uint32_t
SctpRetransmissionQueue::GetCount() const
{
    return m_chunks.size();
}

uint32_t
SctpRetransmissionQueue::GetOutstandingBytes() const
{
    return m_outstandingBytes;
}

uint32_t
SctpRetransmissionQueue::GetOutstandingChunks() const
{
    return m_outstandingChunks;
}

uint32_t
SctpRetransmissionQueue::GetRetransmitCount() const
{
    return m_retransmitCount;
}

SctpSentChunk*
SctpRetransmissionQueue::Find(uint32_t tsn)
{
    uint32_t index = tsn - (m_cumTsn + 1);
    if (!SctpTsnGt(tsn, m_cumTsn) || index >= m_chunks.size())
    {
        return nullptr;
    }
    return &m_chunks[index];
}

const SctpSentChunk*
SctpRetransmissionQueue::FindSent(uint32_t tsn)
{
    return Find(tsn);
}

SctpPathAck&
SctpRetransmissionQueue::PathRecord(SctpSackOutcome& outcome, const Ptr<SctpPath>& path)
{
    for (auto& p : outcome.paths)
    {
        if (p.path == path)
        {
            return p;
        }
    }
    outcome.paths.push_back(SctpPathAck());
    outcome.paths.back().path = path;
    return outcome.paths.back();
}

void
SctpRetransmissionQueue::Acknowledge(SctpSentChunk& c, SctpSackOutcome& out, Time now)
{
    SctpPathAck& rec = PathRecord(out, c.path);
    uint32_t tsn = c.chunk->GetTsn();
    if (!rec.sawNewAck || SctpTsnGt(tsn, rec.highestNewAck))
    {
        rec.highestNewAck = tsn;
    }
    rec.sawNewAck = true;
    rec.netAck += c.bookSize;
    if (c.state == SctpSentChunk::IN_FLIGHT)
    {
        rec.leftFlight += c.bookSize;
    }
    if (c.sendCount == 1)
    {
        rec.netAck2 += c.bookSize;
        if (c.path->m_rttPending && c.path->m_rttTsn == tsn)
        {
            // Karn: only chunks never retransmitted give samples; FreeBSD's rto_ok: one per
            // SACK, the lowest TSN's. Another path's measurement is dropped and taken again.
            if (!out.rttSampled)
            {
                rec.rttSample = now - c.sentTime;
                out.rttSampled = true;
            }
            c.path->m_rttPending = false;
        }
    }
    out.ackedBytes += c.chunk->GetUserData().size();
    if (c.chunk->IsEnd())
    {
        out.ackedContexts.push_back(c.context);
    }
}

void
SctpRetransmissionQueue::LeaveFlight(SctpSentChunk& c)
{
    if (c.state == SctpSentChunk::IN_FLIGHT)
    {
        c.path->RemoveFlight(c.bookSize);
        m_outstandingBytes -= c.bookSize;
        m_outstandingChunks--;
    }
    else if (c.state == SctpSentChunk::TO_RETRANSMIT)
    {
        m_retransmitCount--;
    }
}

SctpSackOutcome
SctpRetransmissionQueue::ProcessSack(uint32_t cumTsn,
                                     const std::vector<SctpGapAckBlock>& gaps,
                                     bool inFastRecovery,
                                     Time now)
{
    SctpSackOutcome out;
    if (SctpTsnLt(cumTsn, m_cumTsn))
    {
        out.stale = true; // RFC 9260 §6.2.1 D: an older SACK is discarded
        return out;
    }
    if (SctpTsnGt(cumTsn, GetHighestTsnSent()))
    {
        out.stale = true; // acks data never sent: the caller aborts (protocol violation)
        return out;
    }

    // Cumulative acknowledgement.
    while (!m_chunks.empty() && SctpTsnLe(m_cumTsn + 1, cumTsn))
    {
        SctpSentChunk& c = m_chunks.front();
        if (c.state != SctpSentChunk::GAP_ACKED)
        {
            Acknowledge(c, out, now);
        }
        LeaveFlight(c);
        out.cumAckedBytes += c.chunk->GetUserData().size();
        m_chunks.pop_front();
        m_cumTsn++;
        out.ackedChunks++;
        out.cumMoved = true;
    }
    m_cumTsn = cumTsn;

    // Gap blocks: newly acked chunks leave flight.
    uint32_t highestNewlyAcked = cumTsn;
    uint32_t highestReported = cumTsn;
    for (const auto& g : gaps)
    {
        if (g.start == 0 || g.end < g.start)
        {
            continue; // an invalid block acknowledges nothing
        }
        uint32_t last = std::min<uint32_t>(g.end, m_chunks.size());
        for (uint32_t off = g.start; off <= last; ++off)
        {
            SctpSentChunk& c = m_chunks[off - 1];
            uint32_t tsn = cumTsn + off;
            if (SctpTsnGt(tsn, highestReported))
            {
                highestReported = tsn;
            }
            if (c.state != SctpSentChunk::GAP_ACKED)
            {
                Acknowledge(c, out, now);
                LeaveFlight(c);
                c.state = SctpSentChunk::GAP_ACKED;
                highestNewlyAcked = tsn;
            }
        }
    }
    // A chunk gap-acked before but not covered now, below the highest TSN this SACK reports,
    // was reneged: it returns to flight (FreeBSD's revocation check). Blocks are in ascending
    // order (RFC 9260 §3.3.4), so one pass over chunks and blocks together suffices.
    size_t block = 0;
    uint32_t span = highestReported - cumTsn;
    for (uint32_t off = 1; off <= span && off <= m_chunks.size(); ++off)
    {
        SctpSentChunk& c = m_chunks[off - 1];
        if (c.state != SctpSentChunk::GAP_ACKED)
        {
            continue;
        }
        while (block < gaps.size() && gaps[block].end < off)
        {
            block++;
        }
        bool covered = block < gaps.size() && gaps[block].start <= off && off <= gaps[block].end;
        if (!covered)
        {
            NS_LOG_LOGIC("TSN " << cumTsn + off << " reneged");
            c.state = SctpSentChunk::IN_FLIGHT;
            c.path->AddFlight(c.bookSize);
            m_outstandingBytes += c.bookSize;
            m_outstandingChunks++;
        }
    }

    // Miss indications (RFC 9260 §7.2.4): HTNA, except in fast recovery when the cumulative
    // ack advanced, where every TSN reported missing counts. Per destination, as FreeBSD's split
    // fast retransmit does with or without CMT: a chunk is struck only if its own path saw a new
    // ack in this SACK, for a TSN above it, so a faster path does not strike what is still on
    // its way on a slower one.
    const bool newReno = inFastRecovery && out.cumMoved;
    uint32_t strikeLimit = newReno ? highestReported : highestNewlyAcked;
    for (size_t i = 0; i < m_chunks.size(); ++i)
    {
        SctpSentChunk& c = m_chunks[i];
        uint32_t tsn = cumTsn + 1 + i;
        if (!SctpTsnLt(tsn, strikeLimit))
        {
            break;
        }
        if (c.state != SctpSentChunk::IN_FLIGHT || c.wasFastRetransmitted)
        {
            continue;
        }
        const SctpPathAck* own = nullptr;
        for (const auto& p : out.paths)
        {
            own = (p.path == c.path) ? &p : own;
        }
        if (!own || !own->sawNewAck || (!newReno && SctpTsnGt(tsn, own->highestNewAck)))
        {
            continue;
        }
        if (++c.missCount >= 3)
        {
            NS_LOG_LOGIC("TSN " << tsn << " marked for fast retransmit");
            SctpPathAck& rec = PathRecord(out, c.path);
            rec.newFastRetransmits++;
            rec.leftFlight += c.bookSize;
            LeaveFlight(c);
            c.state = SctpSentChunk::TO_RETRANSMIT;
            c.fastRetransmit = true;
            c.wasFastRetransmitted = true;
            m_retransmitCount++;
            if (c.path->m_rttPending && c.path->m_rttTsn == tsn)
            {
                c.path->m_rttPending = false;
            }
        }
    }
    return out;
}

uint32_t
SctpRetransmissionQueue::MarkForT3(Ptr<SctpPath> path, Time now, Time minAge, Ptr<SctpPath> to)
{
    uint32_t marked = 0;
    for (auto& c : m_chunks)
    {
        if (c.path != path || c.state != SctpSentChunk::IN_FLIGHT)
        {
            continue;
        }
        if (now - c.sentTime < minAge)
        {
            continue;
        }
        LeaveFlight(c);
        c.state = SctpSentChunk::TO_RETRANSMIT;
        c.fastRetransmit = false;
        c.missCount = 0;
        if (to != path)
        {
            // FreeBSD §3.5 step 5: retransmitted on the alternate, and no longer a candidate
            // for fast retransmit (its miss reports would come from another path's order).
            c.wasFastRetransmitted = true;
        }
        c.path = to;
        m_retransmitCount++;
        marked++;
        if (path->m_rttPending && path->m_rttTsn == c.chunk->GetTsn())
        {
            path->m_rttPending = false;
        }
    }
    return marked;
}

uint32_t
SctpRetransmissionQueue::MarkOversized(uint32_t maxChunkBytes)
{
    uint32_t marked = 0;
    for (auto& c : m_chunks)
    {
        if (c.state != SctpSentChunk::IN_FLIGHT || c.chunk->GetSerializedSize() <= maxChunkBytes)
        {
            continue;
        }
        LeaveFlight(c);
        c.state = SctpSentChunk::TO_RETRANSMIT;
        c.fastRetransmit = false;
        c.missCount = 0;
        m_retransmitCount++;
        marked++;
        if (c.path->m_rttPending && c.path->m_rttTsn == c.chunk->GetTsn())
        {
            c.path->m_rttPending = false; // no RTT sample from a chunk sent twice
        }
    }
    return marked;
}

bool
SctpRetransmissionQueue::HasInFlightOn(Ptr<SctpPath> path) const
{
    return path->GetFlightSize() > 0;
}

SctpSentChunk*
SctpRetransmissionQueue::NextRetransmit(bool fastOnly, const Ptr<SctpPath>& path)
{
    if (m_retransmitCount == 0)
    {
        return nullptr;
    }
    for (auto& c : m_chunks)
    {
        if (c.state == SctpSentChunk::TO_RETRANSMIT && (!fastOnly || c.fastRetransmit) &&
            c.path == path)
        {
            return &c;
        }
    }
    return nullptr;
}

void
SctpRetransmissionQueue::MoveMarked(Ptr<SctpPath> from, Ptr<SctpPath> to)
{
    if (m_retransmitCount == 0)
    {
        return;
    }
    for (auto& c : m_chunks)
    {
        if (c.state == SctpSentChunk::TO_RETRANSMIT && c.path == from)
        {
            c.path = to;
        }
    }
}

void
SctpRetransmissionQueue::MoveAll(Ptr<SctpPath> from, Ptr<SctpPath> to)
{
    for (auto& c : m_chunks)
    {
        if (c.path != from)
        {
            continue;
        }
        if (c.state == SctpSentChunk::IN_FLIGHT)
        {
            from->RemoveFlight(c.bookSize);
            to->AddFlight(c.bookSize);
        }
        c.path = to;
    }
}

void
SctpRetransmissionQueue::Retransmitted(SctpSentChunk* c, Ptr<SctpPath> path, Time now)
{
    NS_ASSERT(c->state == SctpSentChunk::TO_RETRANSMIT);
    m_retransmitCount--;
    c->state = SctpSentChunk::IN_FLIGHT;
    c->fastRetransmit = false;
    c->path = path;
    c->sentTime = now;
    c->sendCount++;
    c->missCount = 0;
    c->cwndAtSend = path->GetCwnd();
    path->AddFlight(c->bookSize);
    m_outstandingBytes += c->bookSize;
    m_outstandingChunks++;
}

SctpSentChunk*
SctpRetransmissionQueue::GetLowest()
{
    return m_chunks.empty() ? nullptr : &m_chunks.front();
}

const std::deque<SctpSentChunk>&
SctpRetransmissionQueue::GetChunks() const
{
    return m_chunks;
}

std::vector<uint32_t>
SctpRetransmissionQueue::Clear()
{
    std::vector<uint32_t> contexts;
    for (auto& c : m_chunks)
    {
        LeaveFlight(c);
        if (c.chunk->IsEnd())
        {
            contexts.push_back(c.context);
        }
    }
    m_chunks.clear();
    return contexts;
}

} // namespace ns3
