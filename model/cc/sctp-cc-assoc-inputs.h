/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_CC_ASSOC_INPUTS_H
#define SCTP_CC_ASSOC_INPUTS_H

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief The congestion state of one path as seen by its siblings' congestion control.
 *
 * The CMT resource-pooling variants size each path's increase and decrease by sums over all
 * paths. FreeBSD takes those sums before it updates the first path of an event, so the
 * association hands over a snapshot rather than live state.
 */
struct SctpCcPathSnapshot
{
    uint32_t cwnd{0};     ///< congestion window (bytes)
    uint32_t ssthresh{0}; ///< slow-start threshold (bytes)
    uint32_t mtu{0};      ///< path MTU including the IP header (bytes)
    uint32_t lastSa{0};   ///< scaled smoothed RTT, 8 * SRTT in ms (FreeBSD's lastsa)
};

/**
 * \ingroup sctp
 * \brief Association-wide values a congestion-control hook reads; never written by the hook.
 *
 * The association fills one of these per event and passes it by const reference, so the
 * congestion control never holds a pointer to the association. Where FreeBSD's hook would
 * change association state (entering fast recovery, doubling the RTO), the hook reports it
 * through its return value and the association acts.
 *
 * Defaults are FreeBSD's sysctl defaults.
 */
struct SctpCcAssocInputs
{
    /// The association is in fast recovery (FreeBSD's asoc.fast_retran_loss_recovery). When
    /// several paths get an after-fast-retransmit call for one SACK, the association sets this
    /// as soon as one of them reports a reduction, before calling the next path, as FreeBSD's
    /// loop does.
    bool inFastRecovery{false};
    /// This SACK moves the cumulative TSN ack point to or past the fast-recovery exit point.
    bool willExitFastRecovery{false};
    /// The cumulative TSN ack point advanced over a sent TSN in this SACK.
    bool accumMoved{false};
    /// A SACK was processed earlier in the packet that carried this PKTDROP report.
    bool seenSackThisPacket{false};
    uint32_t peerRwnd{0};    ///< the peer's receive window as currently estimated (bytes)
    uint32_t maxBurst{4};    ///< max burst in packets (SCTP_MAX_BURST / sysctl maxburst); 0 = none
    uint32_t initialCwnd{3}; ///< sysctl initial_cwnd, in units of (MTU - 12); 0 = RFC 4960 rule
    uint32_t abcLVar{2};     ///< sysctl abc_l_var: max slow-start increase per SACK, in MTUs
    uint32_t maxCwnd{0};     ///< SCTP_MAX_CWND socket option (bytes); 0 = unlimited
    uint32_t cmtOnOff{0};    ///< CMT mode: 0 off, 1 base, 2 RPv1, 3 RPv2, 4 MPTCP-like
    /// Number of paths of the association; when a path is being added it is already counted.
    uint32_t numPaths{1};
    /// Snapshot of every path (including the one being updated) taken before the event's first
    /// hook call. Provided for the after-SACK, after-fast-retransmit and after-timeout hooks;
    /// may be null elsewhere. Modules that do not pool resources ignore it.
    const std::vector<SctpCcPathSnapshot>* paths{nullptr};
};

} // namespace ns3

#endif /* SCTP_CC_ASSOC_INPUTS_H */
