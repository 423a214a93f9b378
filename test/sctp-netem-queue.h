/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_NETEM_QUEUE_H
#define SCTP_NETEM_QUEUE_H

#include "ns3/packet.h"
#include "ns3/queue.h"
#include "ns3/random-variable-stream.h"

namespace ns3
{

/**
 * \ingroup sctp-test
 * \brief A device queue that reorders and duplicates packets, for transfer tests.
 *
 * On dequeue, with probability ReorderProbability the second packet leaves before the first;
 * on enqueue, with probability DuplicateProbability a copy is queued too.
 */
class SctpTestNetemQueue : public Queue<Packet>
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpTestNetemQueue();
    ~SctpTestNetemQueue() override;

    bool Enqueue(Ptr<Packet> item) override;
    Ptr<Packet> Dequeue() override;
    Ptr<Packet> Remove() override;
    Ptr<const Packet> Peek() const override;

    uint32_t m_reordered{0};  //!< packets sent out of order
    uint32_t m_duplicated{0}; //!< copies queued

  private:
    double m_reorder;                 //!< reorder probability
    double m_duplicate;               //!< duplication probability
    Ptr<UniformRandomVariable> m_rng; //!< decisions
};

} // namespace ns3

#endif /* SCTP_NETEM_QUEUE_H */
