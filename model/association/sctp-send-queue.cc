/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-send-queue.h"

#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpSendQueue");

std::vector<SctpOutboundMessage>
SctpSendQueue::SetStreamCount(uint16_t streams)
{
    std::vector<SctpOutboundMessage> dropped;
    for (size_t sid = streams; sid < m_streams.size(); ++sid)
    {
        for (auto& m : m_streams[sid].queue)
        {
            m_queuedBytes -= m.data->size() - m.offset;
            m_queuedMessages--;
            dropped.push_back(std::move(m));
        }
        m_wheel.erase(std::remove(m_wheel.begin(), m_wheel.end(), sid), m_wheel.end());
    }
    m_streams.resize(streams);
    return dropped;
}

uint16_t
SctpSendQueue::GetStreamCount() const
{
    return static_cast<uint16_t>(m_streams.size());
}

void
SctpSendQueue::SetFragmentationPoint(uint32_t fragPoint)
{
    m_fragPoint = fragPoint;
}

void
SctpSendQueue::Enqueue(SctpOutboundMessage msg)
{
    NS_ASSERT(msg.streamId < m_streams.size());
    Stream& s = m_streams[msg.streamId];
    m_queuedBytes += msg.data->size();
    if (!s.queue.empty() && !s.queue.back().complete)
    {
        // SCTP_EXPLICIT_EOR: this send continues the stream's open message.
        SctpOutboundMessage& open = s.queue.back();
        open.data->insert(open.data->end(), msg.data->begin(), msg.data->end());
        open.complete = msg.complete;
        open.sackImmediately |= msg.sackImmediately;
        return;
    }
    m_queuedMessages++;
    uint16_t sid = msg.streamId;
    s.queue.push_back(std::move(msg));
    if (!s.scheduled)
    {
        s.scheduled = true;
        m_wheel.push_back(sid);
    }
}

bool
SctpSendQueue::IsEmpty() const
{
    return m_wheel.empty();
}

uint64_t
SctpSendQueue::GetQueuedBytes() const
{
    return m_queuedBytes;
}

uint32_t
SctpSendQueue::GetQueuedMessages() const
{
    return m_queuedMessages;
}

uint32_t
SctpSendQueue::Cuttable(const SctpOutboundMessage& m) const
{
    uint32_t unsent = m.data->size() - m.offset;
    if (m.complete)
    {
        return std::min(m_fragPoint, unsent);
    }
    return unsent >= m_fragPoint ? m_fragPoint : 0;
}

bool
SctpSendQueue::Schedule()
{
    if (m_wheel.empty())
    {
        return false;
    }
    if (m_locked)
    {
        return Cuttable(m_streams[m_wheel.front()].queue.front()) > 0;
    }
    for (size_t i = 0; i < m_wheel.size(); ++i)
    {
        const Stream& st = m_streams[m_wheel[i]];
        if ((!st.blocked || st.beforeBlock > 0) && Cuttable(st.queue.front()) > 0)
        {
            if (i > 0)
            {
                uint16_t sid = m_wheel[i];
                m_wheel.erase(m_wheel.begin() + i);
                m_wheel.push_front(sid);
            }
            return true;
        }
    }
    return false;
}

uint32_t
SctpSendQueue::PeekNextChunkSize()
{
    if (!Schedule())
    {
        return 0;
    }
    return Cuttable(m_streams[m_wheel.front()].queue.front());
}

Ptr<SctpDataChunk>
SctpSendQueue::Next(uint32_t& context)
{
    if (!Schedule())
    {
        return nullptr;
    }
    uint16_t sid = m_wheel.front();
    Stream& s = m_streams[sid];
    SctpOutboundMessage& m = s.queue.front();
    bool first = (m.offset == 0);
    if (first && !m.unordered)
    {
        m.ssn = s.nextSsn++;
    }
    uint32_t len = Cuttable(m);
    bool last = m.complete && (m.offset + len == m.data->size());

    Ptr<SctpDataChunk> chunk = Create<SctpDataChunk>();
    chunk->SetStreamId(sid);
    chunk->SetStreamSeq(m.unordered ? 0 : m.ssn);
    chunk->SetPpid(m.ppid);
    chunk->SetBeginning(first);
    chunk->SetEnd(last);
    chunk->SetUnordered(m.unordered);
    chunk->SetSackImmediately(last && m.sackImmediately);
    chunk->SetUserData(
        std::vector<uint8_t>(m.data->begin() + m.offset, m.data->begin() + m.offset + len));
    context = m.context;
    m.offset += len;
    m_queuedBytes -= len;

    m_wheel.pop_front();
    if (last)
    {
        s.queue.pop_front();
        m_queuedMessages--;
        if (s.blocked && s.beforeBlock > 0)
        {
            s.beforeBlock--;
        }
        m_locked = false;
        if (!s.queue.empty())
        {
            m_wheel.push_back(sid); // round robin: the stream goes to the back of the wheel
        }
        else
        {
            s.scheduled = false;
        }
    }
    else
    {
        // Without I-DATA, stay on this stream until the message is complete.
        m_locked = true;
        m_wheel.push_front(sid);
    }
    return chunk;
}

void
SctpSendQueue::CloseOpenMessages()
{
    for (auto& s : m_streams)
    {
        if (!s.queue.empty())
        {
            s.queue.back().complete = true;
        }
    }
}

std::vector<SctpOutboundMessage>
SctpSendQueue::Clear()
{
    std::vector<SctpOutboundMessage> dropped;
    for (auto& s : m_streams)
    {
        for (auto& m : s.queue)
        {
            dropped.push_back(std::move(m));
        }
        s.queue.clear();
        s.scheduled = false;
    }
    m_wheel.clear();
    m_locked = false;
    m_queuedBytes = 0;
    m_queuedMessages = 0;
    return dropped;
}

void
SctpSendQueue::SetBlocked(uint16_t streamId, bool blocked)
{
    if (streamId < m_streams.size())
    {
        Stream& st = m_streams[streamId];
        st.blocked = blocked;
        st.beforeBlock = blocked ? st.queue.size() : 0;
    }
}

void
SctpSendQueue::ResetSsn(uint16_t streamId)
{
    if (streamId < m_streams.size())
    {
        m_streams[streamId].nextSsn = 0;
    }
}

bool
SctpSendQueue::HasMessagesBeforeBlock(uint16_t streamId) const
{
    return streamId < m_streams.size() && m_streams[streamId].beforeBlock > 0;
}

bool
SctpSendQueue::HasPartialMessage() const
{
    return m_locked;
}

uint16_t
SctpSendQueue::GetNextSsn(uint16_t streamId) const
{
    return streamId < m_streams.size() ? m_streams[streamId].nextSsn : 0;
}

} // namespace ns3
