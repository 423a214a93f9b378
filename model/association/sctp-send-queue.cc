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

void
SctpSendQueue::SetStreamCount(uint16_t streams)
{
    m_streams.resize(streams);
}

uint16_t
SctpSendQueue::GetStreamCount() const
{
    return static_cast<uint16_t>(m_streams.size());
}

void
SctpSendQueue::Enqueue(SctpOutboundMessage msg)
{
    NS_ASSERT(msg.streamId < m_streams.size());
    Stream& s = m_streams[msg.streamId];
    m_queuedBytes += msg.data->size();
    m_queuedMessages++;
    s.queue.push_back(std::move(msg));
    if (!s.scheduled)
    {
        s.scheduled = true;
        m_wheel.push_back(s.queue.back().streamId);
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
SctpSendQueue::PeekNextChunkSize(uint32_t fragPoint) const
{
    if (m_wheel.empty())
    {
        return 0;
    }
    const SctpOutboundMessage& m = m_streams[m_wheel.front()].queue.front();
    return std::min<uint32_t>(fragPoint, m.data->size() - m.offset);
}

Ptr<SctpDataChunk>
SctpSendQueue::Next(uint32_t fragPoint, uint32_t& context)
{
    if (m_wheel.empty())
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
    uint32_t len = std::min<uint32_t>(fragPoint, m.data->size() - m.offset);
    bool last = (m.offset + len == m.data->size());

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

} // namespace ns3
