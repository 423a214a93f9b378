/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-netem-queue.h"

#include "ns3/double.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SctpTestNetemQueue);

TypeId
SctpTestNetemQueue::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpTestNetemQueue<Packet>")
            .SetParent<Queue<Packet>>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpTestNetemQueue>()
            .AddAttribute("MaxSize",
                          "The max queue size",
                          QueueSizeValue(QueueSize("1000p")),
                          MakeQueueSizeAccessor(&QueueBase::SetMaxSize, &QueueBase::GetMaxSize),
                          MakeQueueSizeChecker())
            .AddAttribute("ReorderProbability",
                          "Probability that the second packet leaves first",
                          DoubleValue(0),
                          MakeDoubleAccessor(&SctpTestNetemQueue::m_reorder),
                          MakeDoubleChecker<double>(0, 1))
            .AddAttribute("DuplicateProbability",
                          "Probability that a packet is queued twice",
                          DoubleValue(0),
                          MakeDoubleAccessor(&SctpTestNetemQueue::m_duplicate),
                          MakeDoubleChecker<double>(0, 1));
    return tid;
}

SctpTestNetemQueue::SctpTestNetemQueue()
    : m_reorder(0),
      m_duplicate(0)
{
    m_rng = CreateObject<UniformRandomVariable>();
    m_rng->SetStream(7); // fixed: test runs are reproducible
}

SctpTestNetemQueue::~SctpTestNetemQueue()
{
}

bool
SctpTestNetemQueue::Enqueue(Ptr<Packet> item)
{
    bool ok = DoEnqueue(GetContainer().end(), item);
    if (ok && m_duplicate > 0 && m_rng->GetValue() < m_duplicate)
    {
        m_duplicated += DoEnqueue(GetContainer().end(), item->Copy());
    }
    return ok;
}

Ptr<Packet>
SctpTestNetemQueue::Dequeue()
{
    if (GetNPackets() >= 2 && m_reorder > 0 && m_rng->GetValue() < m_reorder)
    {
        m_reordered++;
        return DoDequeue(std::next(GetContainer().begin()));
    }
    return DoDequeue(GetContainer().begin());
}

Ptr<Packet>
SctpTestNetemQueue::Remove()
{
    return DoRemove(GetContainer().begin());
}

Ptr<const Packet>
SctpTestNetemQueue::Peek() const
{
    return DoPeek(GetContainer().begin());
}

} // namespace ns3
