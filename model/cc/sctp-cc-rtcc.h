/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_CC_RTCC_H
#define SCTP_CC_RTCC_H

#include "sctp-cc-default.h"

#include "ns3/nstime.h"

namespace ns3
{

/**
 * \ingroup sctp
 * \brief FreeBSD's RTT-variance congestion control (RTCC, called DCCC in sctp(4)):
 * congestion-control module 3 (SCTP_CC_RTCC).
 *
 * The default module with three additions, per path:
 *
 * - a bandwidth estimator: from the first packet sent after the path's flight drained, the
 *   bytes that left the flight (acked, gap-acked or marked for fast retransmission) divided by
 *   the elapsed time give nbw (bytes/ms); each SACK compares nbw with the last accepted
 *   estimate lbw (same within lbw >> RttvarBw) and the latest RTT sample with the RTT of that
 *   estimate (same within lbw_rtt >> RttvarRtt), together with an instantaneous indication
 *   from the bytes acked since the previous RTT sample, and may hold cwnd where it is;
 * - a steady-state probe: after RttvarSteadyStep consecutive SACKs with an unchanged bandwidth
 *   (and every RttvarSteadyStep SACKs after that) cwnd is lowered by one MTU (never below
 *   4 MTU); each voluntary reduction is given back, one MTU at a time, when the bandwidth
 *   later drops; 0 disables;
 * - the DCCC ECN reaction on paths whose first DATA RTT was at most 900 us (UseDcccEcn): a new
 *   ECN-Echo window restores the cwnd recorded when the marked TSN was sent less n MTUs (or
 *   halves cwnd if that was not smaller) and sets ssthresh n MTUs below; an echo in the same
 *   window takes n more MTUs off both.
 *
 * RttvarEqret selects the less aggressive mode (hold when bandwidth and RTT are unchanged and
 * the indication is "losing"; force congestion avoidance when the bandwidth fell while the RTT
 * rose after we grew; go back to the initial window when a new transmission period starts).
 *
 * Fast retransmit, T3-rtx, exit-PF, PKTDROP and max-burst are the default module's.
 *
 * The DCCC reaction subtracts without a lower bound in FreeBSD (unsigned, so a large n wraps);
 * by default the results are floored at one MTU; FreeBsdCompatible reproduces the unsigned
 * arithmetic, and also the truncation of SCTP_CC_OPT_STEADY_STEP values to 16 bits (refused by
 * default).
 */
class SctpCcRtcc : public SctpCcDefault
{
  public:
    /// SCTP_CC_OPTION names of sctp.h.
    enum Option : uint32_t
    {
        OPT_RTCC_SETMODE = 0x2000, ///< SCTP_CC_OPT_RTCC_SETMODE: rttvar_eqret, 0 or 1
        OPT_USE_DCCC_ECN = 0x2001, ///< SCTP_CC_OPT_USE_DCCC_ECN: 0 or 1
        OPT_STEADY_STEP = 0x2002,  ///< SCTP_CC_OPT_STEADY_STEP: rttvar_steady_step
    };

    /// The instantaneous bandwidth indication.
    enum Indication : uint8_t
    {
        INST_NONE = 0,    ///< no indication yet
        INST_LOSING = 1,  ///< the last RTT's bandwidth is below the average
        INST_NEUTRAL = 2, ///< about the average
        INST_GAINING = 3, ///< above the average
    };

    /// What the last SACK's bandwidth comparison found (last_step_state values).
    enum StepState : uint8_t
    {
        STEP_NONE = 0,             ///< bandwidth rose, or nothing yet
        STEP_BW_DOWN_RTT_UP = 2,   ///< bandwidth fell, RTT rose, someone else
        STEP_BW_DOWN_RTT_DOWN = 3, ///< bandwidth and RTT fell
        STEP_BW_DOWN_RTT_SAME = 4, ///< bandwidth fell, RTT unchanged
        STEP_BW_SAME_COUNTING = 5, ///< bandwidth unchanged, counting towards a step down
        STEP_BW_SAME_RTT_DOWN = 6, ///< bandwidth unchanged, RTT fell
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpCcRtcc();

    /**
     * \brief Copy constructor, used by Fork().
     * \param [in] other the instance to copy
     */
    SctpCcRtcc(const SctpCcRtcc& other);

    ~SctpCcRtcc() override;

    std::string GetName() const override;
    Ptr<SctpCongestionOps> Fork() override;

    /**
     * \copydoc SctpCongestionOps::SetInitialParameters
     *
     * The default module's window, a cleared estimator, and the options taken from the
     * attributes (so a re-selection of the module drops SCTP_CC_OPTION changes, as FreeBSD).
     */
    void SetInitialParameters(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;
    void UpdateAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;
    bool UpdateAfterEcnEcho(Ptr<SctpPathCcState> path,
                            const SctpCcAssocInputs& assoc,
                            bool inWindow,
                            uint32_t numPktLost) override;
    void PacketTransmitted(Ptr<SctpPathCcState> path) override;
    void TsnAcknowledged(Ptr<SctpPathCcState> path, uint32_t sendSize) override;
    void PrepareForSack(Ptr<SctpPathCcState> path) override;
    void RttCalculated(Ptr<SctpPathCcState> path) override;
    void NewTransmissionBegins(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;
    bool HasOptions() const override;
    bool SetOption(uint32_t option, uint32_t value) override;
    bool GetOption(uint32_t option, uint32_t& value) const override;

    /// \return lbw, the last accepted bandwidth estimate (bytes/ms; 0 before the first)
    uint64_t GetLastBandwidth() const;

    /// \return lbw_rtt, the RTT sample (us) of that estimate
    uint64_t GetLastBandwidthRtt() const;

    /// \return cwnd when the estimate was set
    uint32_t GetCwndAtBandwidthSet() const;

    /// \return bytes that left the flight in the current measurement period
    uint64_t GetMeasuredBytes() const;

    /// \return whether a measurement period runs (a packet was sent since flight drained)
    bool IsMeasuring() const;

    /// \return voluntary one-MTU reductions not given back yet
    uint32_t GetVoluntaryReductions() const;

    /// \return consecutive SACKs with unchanged bandwidth
    uint16_t GetStepCount() const;

    /// \return the last StepState
    uint8_t GetLastStepState() const;

    /// \return the last Indication
    uint8_t GetLastIndication() const;

  private:
    /**
     * \brief The bandwidth gate of the after-SACK update.
     * \param [in] path the path's congestion state
     * \param [in] nbw the current bandwidth (bytes/ms)
     * \param [in] maxCwnd the SCTP_MAX_CWND limit (0: none)
     * \return true to hold cwnd on this SACK
     */
    bool BandwidthLimit(Ptr<SctpPathCcState> path, uint64_t nbw, uint32_t maxCwnd);

    /**
     * \brief Bandwidth rose: accept the new estimate, grow.
     * \param [in] path the path's congestion state
     * \param [in] nbw the current bandwidth
     * \return false (grow)
     */
    bool BandwidthIncreased(Ptr<SctpPathCcState> path, uint64_t nbw);

    /**
     * \brief Bandwidth fell.
     * \param [in] path the path's congestion state
     * \param [in] nbw the current bandwidth
     * \param [in] rttOffset the RTT tolerance (us)
     * \param [in] inst the instantaneous indication
     * \param [in] maxCwnd the SCTP_MAX_CWND limit (0: none)
     * \return true to hold
     */
    bool BandwidthDecreased(Ptr<SctpPathCcState> path,
                            uint64_t nbw,
                            uint64_t rttOffset,
                            uint8_t inst,
                            uint32_t maxCwnd);

    /**
     * \brief Bandwidth unchanged.
     * \param [in] path the path's congestion state
     * \param [in] nbw the current bandwidth
     * \param [in] rttOffset the RTT tolerance (us)
     * \param [in] inst the instantaneous indication
     * \return true to hold
     */
    bool BandwidthSame(Ptr<SctpPathCcState> path, uint64_t nbw, uint64_t rttOffset, uint8_t inst);

    /**
     * \brief Give back one voluntary reduction unless the indication is "gaining".
     * \param [in] path the path's congestion state
     * \param [in] inst the instantaneous indication
     * \param [in] maxCwnd the SCTP_MAX_CWND limit (0: none)
     */
    void GiveBack(Ptr<SctpPathCcState> path, uint8_t inst, uint32_t maxCwnd);

    /**
     * \brief Count a SACK with unchanged bandwidth; every steady-step count lower cwnd by one
     * MTU (not below 4 MTU).
     * \param [in] path the path's congestion state
     * \return true if cwnd was lowered
     */
    bool CountSteadyStep(Ptr<SctpPathCcState> path);

    /**
     * \brief Remember nbw, the current RTT and cwnd as the reference estimate.
     * \param [in] path the path's congestion state
     * \param [in] nbw the current bandwidth
     */
    void SetEstimate(Ptr<SctpPathCcState> path, uint64_t nbw);

    // Attributes (the sysctls)
    uint32_t m_rttvarBw{4};          ///< rttvar_bw
    uint32_t m_rttvarRtt{5};         ///< rttvar_rtt
    bool m_rttvarEqret{false};       ///< rttvar_eqret
    uint32_t m_rttvarSteadyStep{20}; ///< rttvar_steady_step
    bool m_useDcccEcnDefault{true};  ///< use_dcccecn
    bool m_freeBsdCompatible{false}; ///< unguarded DCCC arithmetic, 16-bit steady step

    // Per-path options (copied from the attributes at initialisation, SCTP_CC_OPTION)
    bool m_retFromEq{false};  ///< ret_from_eq
    uint16_t m_steadyStep{0}; ///< steady_step
    bool m_useDcccEcn{false}; ///< use_dccc_ecn

    // Estimator
    Time m_tls;                         ///< start of the measurement period
    uint64_t m_lbw{0};                  ///< last accepted bandwidth (bytes/ms)
    uint64_t m_lbwRtt{0};               ///< RTT at that estimate (us)
    uint64_t m_bwBytes{0};              ///< bytes that left the flight in the period
    uint64_t m_bwTotTime{0};            ///< kept for fidelity; FreeBSD never reads it
    uint64_t m_newTotTime{0};           ///< period length at the current SACK (us)
    uint64_t m_bwBytesAtLastRttc{0};    ///< m_bwBytes at the previous RTT sample
    uint32_t m_cwndAtBwSet{0};          ///< cwnd when lbw was set
    uint32_t m_volReduce{0};            ///< voluntary reductions outstanding
    uint16_t m_stepCnt{0};              ///< consecutive unchanged-bandwidth SACKs
    uint8_t m_tlsNeedsSet{0};           ///< 0: no period; 2: a period runs
    uint8_t m_lastStepState{STEP_NONE}; ///< StepState
    bool m_rttSetThisSack{false};       ///< a DATA RTT sample arrived since the last SACK
    uint8_t m_lastInstInd{INST_NONE};   ///< last Indication
};

} // namespace ns3

#endif /* SCTP_CC_RTCC_H */
