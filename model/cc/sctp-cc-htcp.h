/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_CC_HTCP_H
#define SCTP_CC_HTCP_H

#include "sctp-cc-default.h"

#include "ns3/nstime.h"

namespace ns3
{

/**
 * \ingroup sctp
 * \brief H-TCP (Leith and Shorten, draft-leith-tcp-htcp) for SCTP: congestion-control module 2
 * (SCTP_CC_HTCP).
 *
 * By default the module follows H-TCP. With Delta the time since the last congestion event
 * (fast retransmit, T3-rtx or ECN-Echo) and Delta_L = 1 s:
 *
 * - alpha(Delta) = 1 for Delta <= Delta_L, else 1 + 10 (Delta - Delta_L) + ((Delta - Delta_L)
 *   / 2)^2, multiplied by RTTmin / 100 ms (the ratio bounded to [0.1, 2]) and kept at least 1;
 * - congestion avoidance adds 2 (1 - beta) alpha(Delta) segments (MTUs) per window of
 *   acknowledged data;
 * - at a congestion event, beta = RTTmin / RTTmax bounded to [0.5, 0.8], where RTTmin is the
 *   smallest smoothed RTT seen and RTTmax the largest of the epoch that just ended; beta = 0.5
 *   instead when the epoch's achieved throughput (the highest per-RTT rate measured) differs
 *   from the previous epoch's by more than 20 % (and at the first event); then ssthresh =
 *   max(beta * cwnd, 2 MTU), cwnd = ssthresh (fast retransmit, ECN-Echo) or one MTU (T3-rtx).
 *
 * Slow start is the default module's; the initial window follows sysctl initial_cwnd as for the
 * other modules.
 *
 * With the attribute FreeBsdCompatible the module reproduces FreeBSD's module 2 exactly,
 * including its inverted conditions that leave alpha at 0 or 1 (0 when the RTT-scaled factor
 * rounds to zero: cwnd then stops growing in congestion avoidance until the next congestion
 * event), the integer millisecond arithmetic, the ssthresh < 65535 bytes condition for
 * tracking RTTmax, the 10 ms minimum RTT for an adaptive beta, and the initial window
 * min(4 MTU, max(2 MTU, 4380)) that ignores initial_cwnd.
 */
class SctpCcHtcp : public SctpCcDefault
{
  public:
    static constexpr double BETA_MIN = 0.5; ///< smallest backoff factor
    static constexpr double BETA_MAX = 0.8; ///< largest backoff factor

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpCcHtcp();

    /**
     * \brief Copy constructor, used by Fork().
     * \param [in] other the instance to copy
     */
    SctpCcHtcp(const SctpCcHtcp& other);

    ~SctpCcHtcp() override;

    /**
     * \brief The congestion-avoidance increase now, in segments (MTUs) per window of acked
     * data: 2 (1 - beta) alpha(Delta), or FreeBSD's alpha / 128 in FreeBSD mode.
     * \return the increase
     */
    double GetAlpha() const;

    /**
     * \brief The backoff factor of the last congestion event (FreeBSD mode: beta / 128).
     * \return beta
     */
    double GetBeta() const;

    /// \return the smallest smoothed RTT seen (zero before the first)
    Time GetMinRtt() const;

    /// \return the largest smoothed RTT of the current epoch (FreeBSD mode: FreeBSD's maxRTT)
    Time GetMaxRtt() const;

    std::string GetName() const override;
    Ptr<SctpCongestionOps> Fork() override;

    void SetInitialParameters(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;
    void UpdateAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;
    bool UpdateAfterFastRetransmit(Ptr<SctpPathCcState> path,
                                   const SctpCcAssocInputs& assoc) override;
    void UpdateAfterTimeout(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;

    /**
     * \copydoc SctpCongestionOps::UpdateAfterEcnEcho
     *
     * An echo outside the reacted-to window is a congestion event: cwnd = ssthresh =
     * max(beta * cwnd, 2 MTU).
     */
    bool UpdateAfterEcnEcho(Ptr<SctpPathCcState> path,
                            const SctpCcAssocInputs& assoc,
                            bool inWindow,
                            uint32_t numPktLost) override;

  private:
    /**
     * \brief alpha(Delta) with RTT scaling, before the 2 (1 - beta) factor.
     * \param [in] delta time since the last congestion event
     * \return the factor (at least 1)
     */
    double IncreaseFactor(Time delta) const;

    /**
     * \brief Start a new epoch at a congestion event and compute its ssthresh.
     * \param [in] path the path's congestion state
     * \return the new ssthresh (bytes)
     */
    uint32_t CongestionEvent(Ptr<SctpPathCcState> path);

    /**
     * \brief Congestion avoidance: 2 (1 - beta) alpha(Delta) MTUs per window of acked data.
     * \param [in] path the path's congestion state
     * \param [in] assoc association values
     */
    void CongestionAvoidance(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc);

    // FreeBSD's module 2, in its integer arithmetic (times in 1 ms ticks, alpha and beta in
    // 1/128).

    /// \return the current time in 1 ms ticks
    static uint32_t Ticks();

    /// \return ticks since the last congestion event
    uint32_t FbCongTime() const;

    /// \return round-trip times since the last congestion event (ticks if minRTT is unknown)
    uint32_t FbCongCount() const;

    /**
     * \brief FreeBSD's after-SACK work for a path that may grow.
     * \param [in] path the path's congestion state
     * \param [in] assoc association values
     */
    void FbCongAvoid(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc);

    /**
     * \brief FreeBSD's minRTT/maxRTT tracking.
     * \param [in] path the path's congestion state
     */
    void FbMeasureRtt(Ptr<SctpPathCcState> path);

    /**
     * \brief FreeBSD's achieved-throughput measurement.
     * \param [in] path the path's congestion state
     */
    void FbMeasureThroughput(Ptr<SctpPathCcState> path);

    /// FreeBSD's beta update (bandwidth switch, RTT ratio).
    void FbBetaUpdate();

    /// FreeBSD's alpha update, with its inverted conditions.
    void FbAlphaUpdate();

    /**
     * \brief FreeBSD's ssthresh at a congestion event (parameter update included).
     * \param [in] path the path's congestion state
     * \return the new ssthresh
     */
    uint32_t FbRecalcSsthresh(Ptr<SctpPathCcState> path);

    bool m_freeBsdCompatible{false};        ///< reproduce FreeBSD's module 2 exactly
    Time m_deltaL{Seconds(1)};              ///< Delta_L: low-speed period after a congestion event
    Time m_referenceRtt{MilliSeconds(100)}; ///< RTT scaling reference (zero: no scaling)
    double m_throughputRatio{0.2};          ///< throughput change that resets beta to 0.5

    // H-TCP state
    Time m_lastCongestion;           ///< time of the last congestion event
    double m_beta{BETA_MIN};         ///< backoff factor
    Time m_minRtt;                   ///< smallest smoothed RTT seen
    Time m_maxRtt;                   ///< largest smoothed RTT of the epoch
    double m_maxThroughput{0};       ///< highest per-RTT rate of the epoch (bytes/s)
    double m_previousThroughput{-1}; ///< the previous epoch's (negative: none yet)
    uint64_t m_rateBytes{0};         ///< bytes acked in the current rate sample
    Time m_rateStart;                ///< start of the current rate sample

    // FreeBSD module 2 state
    uint16_t m_fbAlpha{128};    ///< alpha in 1/128
    uint8_t m_fbBeta{64};       ///< beta in 1/128
    bool m_fbModeSwitch{false}; ///< adaptive beta allowed
    uint32_t m_fbLastCong{0};   ///< tick of the last congestion event
    uint32_t m_fbBytesAcked{0}; ///< bytes acked (kept for fidelity; unused by the algorithm)
    uint32_t m_fbByteCount{0};  ///< bytes of the current throughput sample
    uint32_t m_fbMinRtt{0};     ///< ms
    uint32_t m_fbMaxRtt{0};     ///< ms
    uint32_t m_fbMinB{0};       ///< packets/s
    uint32_t m_fbMaxB{0};       ///< packets/s
    uint32_t m_fbOldMaxB{0};    ///< packets/s
    uint32_t m_fbBi{0};         ///< smoothed throughput, packets/s
    uint32_t m_fbLastTime{0};   ///< tick of the current throughput sample's start
};

} // namespace ns3

#endif /* SCTP_CC_HTCP_H */
