/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_CC_DEFAULT_H
#define SCTP_CC_DEFAULT_H

#include "sctp-congestion-ops.h"

namespace ns3
{

/**
 * \ingroup sctp
 * \brief FreeBSD's congestion-control module 0 (RFC 2581 / RFC 4960), for CMT off (0) and
 * CMT base (1).
 *
 * Slow start is byte counting limited to abc_l_var MTUs per SACK and only while the path is
 * cwnd-limited; congestion avoidance adds one MTU per cwnd of partial_bytes_acked; a fast
 * retransmit halves cwnd (floor 2 MTU) once per fast recovery (once per SACK and path with
 * CMT); a T3-rtx expiry drops cwnd to one MTU with ssthresh at least 4 MTU.
 *
 * Not implemented yet: the CMT resource-pooling variants (cmt_on_off 2 = RPv1, 3 = RPv2,
 * 4 = MPTCP-like), which change the after-SACK, after-fast-retransmit, after-timeout and
 * initial-window formulas. Every hook that would need them stops with a fatal error naming
 * the mode rather than silently applying the CMT-base formulas.
 *
 * The other modules (HighSpeed, H-TCP, RTCC) reuse most of these hooks and derive from this
 * class.
 */
class SctpCcDefault : public SctpCongestionOps
{
  public:
    /// RFC 4960's 4380-byte initial window bound, used when sysctl initial_cwnd is 0.
    static constexpr uint32_t RFC4960_INITIAL_CWND = 4380;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpCcDefault();

    /**
     * \brief Copy constructor, used by Fork().
     * \param [in] other the instance to copy
     */
    SctpCcDefault(const SctpCcDefault& other);

    ~SctpCcDefault() override;

    std::string GetName() const override;
    Ptr<SctpCongestionOps> Fork() override;

    void SetInitialParameters(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;
    void UpdateAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;
    void UpdateOnExitPf(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;
    bool UpdateAfterFastRetransmit(Ptr<SctpPathCcState> path,
                                   const SctpCcAssocInputs& assoc) override;
    void UpdateAfterTimeout(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;

    /**
     * \copydoc SctpCongestionOps::UpdateAfterEcnEcho
     *
     * Only an echo outside the reacted-to window counts: ssthresh = cwnd / 2 with a floor of
     * one MTU, cwnd = ssthresh. Hitting the floor asks for the RTO to be doubled; FreeBSD does
     * not clamp that doubling to RTO.Max. partial_bytes_acked and fast recovery are untouched.
     */
    bool UpdateAfterEcnEcho(Ptr<SctpPathCcState> path,
                            const SctpCcAssocInputs& assoc,
                            bool inWindow,
                            uint32_t numPktLost) override;

    void UpdateAfterPacketDropped(Ptr<SctpPathCcState> path,
                                  const SctpCcAssocInputs& assoc,
                                  uint32_t bottleBw,
                                  uint32_t onQueue) override;
    bool UpdateAfterOutput(Ptr<SctpPathCcState> path,
                           const SctpCcAssocInputs& assoc,
                           uint32_t burstLimit) override;

  protected:
    /**
     * \brief Module 0's initial window for a path, without any resource-pooling division.
     *
     * RTCC reuses it when a new transmission period begins.
     * \param [in] mtu the path MTU including the IP header
     * \param [in] assoc association values (initialCwnd, maxBurst)
     * \return the initial cwnd in bytes
     */
    static uint32_t InitialWindow(uint32_t mtu, const SctpCcAssocInputs& assoc);

    /**
     * \brief The growth part of the after-SACK update (CUC gate, slow start, congestion
     * avoidance), for a path that acked data and is not held by fast recovery.
     *
     * RTCC inserts its bandwidth gate before calling this.
     * \param [in] path the path's congestion state
     * \param [in] assoc association values
     */
    void GrowAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc);

    /**
     * \brief Stop with a fatal error for the CMT modes whose formulas are not implemented.
     * \param [in] assoc association values (cmtOnOff)
     * \param [in] hook the hook's name, for the message
     */
    static void RequireCmtBaseOrOff(const SctpCcAssocInputs& assoc, const char* hook);
};

} // namespace ns3

#endif /* SCTP_CC_DEFAULT_H */
