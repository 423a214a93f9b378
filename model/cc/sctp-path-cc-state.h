/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_PATH_CC_STATE_H
#define SCTP_PATH_CC_STATE_H

#include "ns3/object.h"
#include "ns3/traced-value.h"

#include <cstdint>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief The congestion state of one path (one peer destination address).
 *
 * A plain holder, like TcpSocketState: the path owns it, fills in what it measures (flight
 * size, MTU, RTT, the per-SACK accumulators) and passes it to its SctpCongestionOps, which
 * reads and writes the window fields. cwnd and ssthresh are traced values so the path and the
 * socket can re-export them as trace sources.
 *
 * Units follow FreeBSD: bytes for windows, the MTU includes the IP header (net->mtu).
 */
class SctpPathCcState : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpPathCcState();

    /**
     * \brief Copy constructor, for forking a path's state with its association.
     * \param [in] other the state to copy (trace sinks are not copied)
     */
    SctpPathCcState(const SctpPathCcState& other);

    ~SctpPathCcState() override;

    /**
     * \brief Start the accounting of a new SACK: remember cwnd, zero net_ack, net_ack2 and
     * the new-pseudo-cumack flag.
     *
     * The association calls this for every path before it walks the SACK, then calls the
     * congestion control's PrepareForSack hook.
     */
    void ResetForSack();

    TracedValue<uint32_t> m_cWnd{0};              ///< congestion window (bytes)
    TracedValue<uint32_t> m_ssThresh{UINT32_MAX}; ///< slow-start threshold (bytes)
    uint32_t m_partialBytesAcked{0};              ///< partial_bytes_acked (RFC 9260 §7.2.2)
    uint32_t m_flightSize{0}; ///< bytes outstanding on this path, already reduced by this SACK
    uint32_t m_mtu{1500};     ///< path MTU including the IP header (bytes)
    /// Bytes newly acknowledged on this path by the SACK being processed. During the
    /// after-fast-retransmit call it instead counts the TSNs on this path newly marked for fast
    /// retransmission by this SACK (FreeBSD reuses the field the same way).
    uint32_t m_netAck{0};
    uint32_t m_netAck2{0};         ///< part of m_netAck from chunks never retransmitted
    uint32_t m_prevCwnd{0};        ///< cwnd before the SACK of the current packet (ResetForSack)
    uint32_t m_ecnPrevCwnd{0};     ///< cwnd recorded when the chunk named by an ECN-Echo was sent
    uint32_t m_lastSa{0};          ///< scaled smoothed RTT, 8 * SRTT in ms (FreeBSD's lastsa)
    uint64_t m_rttUs{0};           ///< most recent RTT sample, any source (microseconds)
    bool m_newPseudoCumack{false}; ///< CMT CUC: this path's pseudo-cumack moved in this SACK
    bool m_fastRetranIp{false};    ///< a fast retransmission is being sent on this path
    bool m_localLan{false}; ///< the first DATA RTT sample was <= 900 us (FreeBSD lan_type LOCAL)
};

} // namespace ns3

#endif /* SCTP_PATH_CC_STATE_H */
