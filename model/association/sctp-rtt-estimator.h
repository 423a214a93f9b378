/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_RTT_ESTIMATOR_H
#define SCTP_RTT_ESTIMATOR_H

#include "ns3/nstime.h"

#include <cstdint>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief SRTT, RTTVAR and RTO of one path (RFC 9260 §6.3.1 and §6.3.3 rule E2).
 *
 * Two arithmetics are available; both follow the rules of §6.3.1 (C1: RTO.Initial until the first
 * sample; C2: SRTT = R, RTTVAR = R/2; C3: RTTVAR and SRTT smoothed with beta = 1/4 and
 * alpha = 1/8, RTTVAR first, from the old SRTT; RTO = SRTT + 4·RTTVAR clamped to
 * [RTO.Min, RTO.Max]) but round differently:
 *
 * - FREEBSD (the default, as the module's defaults follow FreeBSD): FreeBSD's
 *   sctp_calculate_rto(). The sample is truncated to whole milliseconds (a sub-millisecond RTT
 *   counts as 0), SRTT is kept scaled by 8 and 4·RTTVAR scaled by 4 (Van Jacobson's integer
 *   form), every division truncates, and a scaled RTTVAR of 0 is replaced by the clock
 *   granularity, which therefore adds G (not 4·G) to the RTO. The RTO is a whole number of ms.
 * - RFC: the real-valued formulas of §6.3.1 on nanosecond doubles; an RTTVAR of 0 becomes G
 *   (adding 4·G to the RTO), as the RFC's clock-granularity rule says.
 *
 * In both, samples that are negative or longer than Config::maxSample (FreeBSD's 60 s sanity
 * limit) are discarded, and a timeout doubles the RTO up to RTO.Max (E2), starting from RTO.Initial
 * if nothing was measured yet.
 *
 * Karn's algorithm (§6.3.1 C5) is the caller's job: feed only samples from chunks that were never
 * retransmitted (and at most one per round trip, C4). The estimator trusts every sample it is
 * given. The RTO while nothing was measured is RTO.Initial (C1), so changing RTO.Initial through
 * SetConfig takes effect until the first sample, as in FreeBSD where a zero RTO means "use
 * RTO.Initial".
 *
 * A plain value class: each path holds one, and copying it copies the estimate.
 */
class SctpRttEstimator
{
  public:
    /// How the estimate is rounded.
    enum class Arithmetic : uint8_t
    {
        FREEBSD, //!< FreeBSD's scaled integer milliseconds (the default)
        RFC,     //!< RFC 9260 §6.3.1 on real values
    };

    /// Parameters; the defaults are RFC 9260's and FreeBSD's (sctp_constants.h, sysctls).
    struct Config
    {
        Time rtoInitial{MilliSeconds(1000)};        //!< RTO.Initial (rto_initial)
        Time rtoMin{MilliSeconds(1000)};            //!< RTO.Min (rto_min)
        Time rtoMax{MilliSeconds(60000)};           //!< RTO.Max (rto_max)
        Time granularity{MilliSeconds(1)};          //!< G: FreeBSD kernel 1 ms (usrsctp uses 10 ms)
        Time maxSample{MilliSeconds(60000)};        //!< longer samples are discarded (FreeBSD)
        Arithmetic arithmetic{Arithmetic::FREEBSD}; //!< the rounding
    };

    /// An estimator with the default configuration and no sample.
    SctpRttEstimator();

    /**
     * \brief An estimator with the given configuration and no sample.
     * \param [in] config the configuration; must satisfy IsValid()
     */
    explicit SctpRttEstimator(const Config& config);

    /**
     * \brief Whether a configuration is acceptable: 0 <= RTO.Min <= RTO.Initial <= RTO.Max (the
     *        rule of FreeBSD's SCTP_RTOINFO), G >= 0 and maxSample >= 0.
     * \param [in] config the configuration
     * \return true if it is acceptable
     */
    static bool IsValid(const Config& config);

    /**
     * \brief Change the configuration, keeping the measurements (SCTP_RTOINFO on a live
     *        association). The new bounds apply from the next computation on, as in FreeBSD.
     * \param [in] config the configuration
     * \return false, changing nothing, if !IsValid(config)
     */
    bool SetConfig(const Config& config);

    /// \return the configuration
    const Config& GetConfig() const;

    /**
     * \brief Take an RTT sample and recompute SRTT, RTTVAR and RTO.
     *
     * The caller applies Karn's rule; see the class description.
     * \param [in] rtt the measured round-trip time
     * \return false if the sample was discarded (negative or longer than maxSample)
     */
    bool Measurement(Time rtt);

    /**
     * \brief Double the RTO after a timer expiry (RFC 9260 §6.3.3 E2, FreeBSD's
     *        sctp_backoff_on_timeout), capped at RTO.Max. With no RTO yet, doubling starts from
     *        RTO.Min if something was ever measured, else from RTO.Initial.
     * \param [in] capped false for FreeBSD's ECN-Echo doubling, which has no cap
     */
    void Backoff(bool capped = true);

    /**
     * \brief Undo back-offs: recompute the RTO from SRTT and RTTVAR and clamp it, with no new
     *        sample. FreeBSD does this on every SACK that acknowledges never-retransmitted data
     *        sent on the path. With FREEBSD arithmetic and nothing measured this gives RTO.Min,
     *        as FreeBSD's zero SRTT does; with RFC arithmetic it goes back to RTO.Initial.
     */
    void RestoreRto();

    /**
     * \brief Lower the RTO to a cap if it is above it (FreeBSD caps the RTO at init_rto_max after
     *        a T1-init back-off). An RTO not yet set (RTO.Initial in use) is left alone, as in
     *        FreeBSD.
     * \param [in] cap the largest RTO allowed
     */
    void LimitRto(Time cap);

    /// Forget every sample: the RTO is RTO.Initial again (for instance when a path is re-added).
    void Reset();

    /// \return the current RTO: RTO.Initial until set, then within [RTO.Min, RTO.Max]
    Time GetRto() const;

    /**
     * \return the smoothed RTT, or 0 before the first sample. With FREEBSD arithmetic this is the
     *         whole milliseconds FreeBSD reports (lastsa >> 3), the value its RTO adds.
     */
    Time GetSrtt() const;

    /**
     * \return the RTT variation, or 0 before the first sample. With FREEBSD arithmetic this is
     *         lastsv / 4 exactly (a multiple of 250 µs), so that GetSrtt() + 4·GetRttVar() is
     *         the unclamped RTO.
     */
    Time GetRttVar() const;

    /**
     * \return SRTT + 4·RTTVAR before clamping, or 0 before the first sample. FreeBSD's T3-rtx
     *         expiry marks for retransmission the chunks sent at least this long ago.
     */
    Time GetUnclampedRto() const;

    /**
     * \return SRTT in ms scaled by 8: FreeBSD's lastsa, which its congestion-control modules
     *         read. With RFC arithmetic, 8·SRTT rounded to whole ms.
     */
    int64_t GetScaledSrtt() const;

    /**
     * \return 4·RTTVAR in ms: FreeBSD's lastsv. With RFC arithmetic, 4·RTTVAR rounded to whole
     *         ms.
     */
    int64_t GetScaledRttVar() const;

    /// \return the last accepted sample, untruncated, or 0 if none
    Time GetLatestRtt() const;

    /// \return true once a sample was accepted
    bool IsMeasured() const;

  private:
    /// Clamp an RTO to [RTO.Min, RTO.Max].
    Time Clamp(Time rto) const;

    Config m_config;   //!< the configuration
    bool m_measured;   //!< a sample was accepted
    Time m_rto;        //!< current RTO; zero means "not set, use RTO.Initial"
    Time m_latestRtt;  //!< last accepted sample
    int64_t m_lastSa;  //!< FREEBSD: SRTT in ms, scaled by 8
    int64_t m_lastSv;  //!< FREEBSD: RTTVAR in ms, scaled by 4 (that is, 4·RTTVAR in ms)
    double m_srttNs;   //!< RFC: SRTT in ns
    double m_rttVarNs; //!< RFC: RTTVAR in ns
};

} // namespace ns3

#endif /* SCTP_RTT_ESTIMATOR_H */
