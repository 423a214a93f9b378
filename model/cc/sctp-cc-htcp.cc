/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-cc-htcp.h"

#include "ns3/boolean.h"
#include "ns3/double.h"
#include "ns3/log.h"
#include "ns3/simulator.h"

#include <algorithm>
#include <cmath>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpCcHtcp");

NS_OBJECT_ENSURE_REGISTERED(SctpCcHtcp);

namespace
{
/// Bounds of the RTT scaling ratio RTTmin / reference RTT.
constexpr double RTT_RATIO_MIN = 0.1;
constexpr double RTT_RATIO_MAX = 2.0;

// FreeBSD module 2 constants (1/128 fixed point, 1 ms ticks).
constexpr uint32_t FB_ALPHA_BASE = 128;             ///< 1.0
constexpr uint32_t FB_BETA_MIN = 64;                ///< 0.5
constexpr uint32_t FB_BETA_MAX = 102;               ///< about 0.8
constexpr uint32_t FB_HZ = 1000;                    ///< ticks per second
constexpr uint32_t FB_RTT_JUMP = 20;                ///< largest maxRTT step accepted (ms)
constexpr uint32_t FB_MIN_RTT_FOR_BETA = 10;        ///< adaptive beta only above this (ms)
constexpr uint32_t FB_SSTHRESH_FOR_MAXRTT = 0xFFFF; ///< maxRTT tracked only below (bytes)

/// FreeBSD's wrap-safe "lo <= a <= hi" for unsigned values.
bool
FbBetween(uint32_t a, uint32_t lo, uint32_t hi)
{
    return hi - lo >= a - lo;
}
} // namespace

TypeId
SctpCcHtcp::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpCcHtcp")
            .SetParent<SctpCcDefault>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpCcHtcp>()
            .AddAttribute("FreeBsdCompatible",
                          "Reproduce FreeBSD's module 2 exactly, including its inverted alpha "
                          "conditions (alpha is 0 or 1) and its initial window",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpCcHtcp::m_freeBsdCompatible),
                          MakeBooleanChecker())
            .AddAttribute("DeltaL",
                          "Time after a congestion event during which alpha stays 1 "
                          "(H-TCP's Delta_L; not used in FreeBSD mode)",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&SctpCcHtcp::m_deltaL),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("ReferenceRtt",
                          "RTT to which alpha is scaled (RTTmin / ReferenceRtt, bounded to "
                          "[0.1, 2]); zero disables RTT scaling (not used in FreeBSD mode)",
                          TimeValue(MilliSeconds(100)),
                          MakeTimeAccessor(&SctpCcHtcp::m_referenceRtt),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("ThroughputRatio",
                          "Relative change of the achieved throughput between epochs above "
                          "which beta is reset to 0.5 (not used in FreeBSD mode)",
                          DoubleValue(0.2),
                          MakeDoubleAccessor(&SctpCcHtcp::m_throughputRatio),
                          MakeDoubleChecker<double>(0));
    return tid;
}

SctpCcHtcp::SctpCcHtcp()
{
    NS_LOG_FUNCTION(this);
}

SctpCcHtcp::SctpCcHtcp(const SctpCcHtcp& other)
    : SctpCcDefault(other),
      m_freeBsdCompatible(other.m_freeBsdCompatible),
      m_deltaL(other.m_deltaL),
      m_referenceRtt(other.m_referenceRtt),
      m_throughputRatio(other.m_throughputRatio),
      m_lastCongestion(other.m_lastCongestion),
      m_beta(other.m_beta),
      m_minRtt(other.m_minRtt),
      m_maxRtt(other.m_maxRtt),
      m_maxThroughput(other.m_maxThroughput),
      m_previousThroughput(other.m_previousThroughput),
      m_rateBytes(other.m_rateBytes),
      m_rateStart(other.m_rateStart),
      m_fbAlpha(other.m_fbAlpha),
      m_fbBeta(other.m_fbBeta),
      m_fbModeSwitch(other.m_fbModeSwitch),
      m_fbLastCong(other.m_fbLastCong),
      m_fbBytesAcked(other.m_fbBytesAcked),
      m_fbByteCount(other.m_fbByteCount),
      m_fbMinRtt(other.m_fbMinRtt),
      m_fbMaxRtt(other.m_fbMaxRtt),
      m_fbMinB(other.m_fbMinB),
      m_fbMaxB(other.m_fbMaxB),
      m_fbOldMaxB(other.m_fbOldMaxB),
      m_fbBi(other.m_fbBi),
      m_fbLastTime(other.m_fbLastTime)
{
}

SctpCcHtcp::~SctpCcHtcp()
{
    NS_LOG_FUNCTION(this);
}

std::string
SctpCcHtcp::GetName() const
{
    NS_LOG_FUNCTION(this);
    return "SctpCcHtcp";
}

Ptr<SctpCongestionOps>
SctpCcHtcp::Fork()
{
    NS_LOG_FUNCTION(this);
    return CopyObject<SctpCcHtcp>(this);
}

double
SctpCcHtcp::GetAlpha() const
{
    NS_LOG_FUNCTION(this);
    if (m_freeBsdCompatible)
    {
        return m_fbAlpha / static_cast<double>(FB_ALPHA_BASE);
    }
    return 2 * (1 - m_beta) * IncreaseFactor(Simulator::Now() - m_lastCongestion);
}

double
SctpCcHtcp::GetBeta() const
{
    NS_LOG_FUNCTION(this);
    if (m_freeBsdCompatible)
    {
        return m_fbBeta / static_cast<double>(FB_ALPHA_BASE);
    }
    return m_beta;
}

Time
SctpCcHtcp::GetMinRtt() const
{
    NS_LOG_FUNCTION(this);
    return m_freeBsdCompatible ? MilliSeconds(m_fbMinRtt) : m_minRtt;
}

Time
SctpCcHtcp::GetMaxRtt() const
{
    NS_LOG_FUNCTION(this);
    return m_freeBsdCompatible ? MilliSeconds(m_fbMaxRtt) : m_maxRtt;
}

void
SctpCcHtcp::SetInitialParameters(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    if (m_freeBsdCompatible)
    {
        // FreeBSD's module 2 takes RFC 4960's initial window whatever initial_cwnd says.
        const uint32_t mtu = path->m_mtu;
        path->m_cWnd = std::min(4 * mtu, std::max(2 * mtu, RFC4960_INITIAL_CWND));
        path->m_ssThresh = assoc.peerRwnd;
        EnforceCwndLimit(path, assoc.maxCwnd);
        m_fbAlpha = FB_ALPHA_BASE;
        m_fbBeta = FB_BETA_MIN;
        m_fbModeSwitch = false;
        m_fbBytesAcked = mtu;
        m_fbLastCong = Ticks();
        m_fbByteCount = 0;
        m_fbMinRtt = 0;
        m_fbMaxRtt = 0;
        m_fbMinB = 0;
        m_fbMaxB = 0;
        m_fbOldMaxB = 0;
        m_fbBi = 0;
        m_fbLastTime = 0;
        return;
    }
    SctpCcDefault::SetInitialParameters(path, assoc);
    m_lastCongestion = Simulator::Now();
    m_beta = BETA_MIN;
    m_minRtt = Time(0);
    m_maxRtt = Time(0);
    m_maxThroughput = 0;
    m_previousThroughput = -1;
    m_rateBytes = 0;
    m_rateStart = Simulator::Now();
}

double
SctpCcHtcp::IncreaseFactor(Time delta) const
{
    if (delta <= m_deltaL)
    {
        return 1;
    }
    const double d = (delta - m_deltaL).GetSeconds();
    double factor = 1 + 10 * d + (d / 2) * (d / 2);
    if (m_referenceRtt.IsStrictlyPositive() && m_minRtt.IsStrictlyPositive())
    {
        const double ratio = std::clamp(m_minRtt.GetSeconds() / m_referenceRtt.GetSeconds(),
                                        RTT_RATIO_MIN,
                                        RTT_RATIO_MAX);
        factor = std::max(factor * ratio, 1.0);
    }
    return factor;
}

void
SctpCcHtcp::UpdateAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    if (path->m_netAck == 0)
    {
        return;
    }
    if (assoc.inFastRecovery && !assoc.willExitFastRecovery && assoc.cmtOnOff == 0)
    {
        NS_LOG_LOGIC("in fast recovery: no growth");
        return;
    }
    if (!assoc.accumMoved && !(assoc.cmtOnOff > 0 && path->m_newPseudoCumack))
    {
        NS_LOG_LOGIC("cumack did not move: no growth");
        return;
    }
    if (m_freeBsdCompatible)
    {
        FbCongAvoid(path, assoc);
        FbMeasureThroughput(path);
        return;
    }
    if (path->m_lastSa > 0)
    {
        // lastSa is 8 * SRTT in ms: SRTT in us is lastSa * 125.
        const Time srtt = MicroSeconds(static_cast<int64_t>(path->m_lastSa) * 125);
        if (m_minRtt.IsZero() || srtt < m_minRtt)
        {
            m_minRtt = srtt;
        }
        m_maxRtt = std::max(m_maxRtt, srtt);
    }
    if (path->m_cWnd <= path->m_ssThresh)
    {
        GrowAfterSack(path, assoc);
    }
    else
    {
        CongestionAvoidance(path, assoc);
    }
    // Achieved throughput: one sample per round trip (at least RTTmin long).
    const Time now = Simulator::Now();
    m_rateBytes += path->m_netAck;
    if (m_minRtt.IsStrictlyPositive() && now - m_rateStart >= m_minRtt)
    {
        const double rate = m_rateBytes / (now - m_rateStart).GetSeconds();
        m_maxThroughput = std::max(m_maxThroughput, rate);
        m_rateBytes = 0;
        m_rateStart = now;
    }
}

void
SctpCcHtcp::CongestionAvoidance(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    const uint32_t cwnd = path->m_cWnd;
    const bool cwndLimited = static_cast<uint64_t>(path->m_flightSize) + path->m_netAck >= cwnd;
    path->m_partialBytesAcked += path->m_netAck;
    if (!cwndLimited)
    {
        return;
    }
    // alpha MTUs per cwnd bytes acknowledged, i.e. alpha / cwnd per acknowledged MTU.
    const double alpha = GetAlpha();
    const double pba = path->m_partialBytesAcked;
    const uint64_t increments = static_cast<uint64_t>(std::floor(pba * alpha / cwnd));
    if (increments == 0)
    {
        return;
    }
    const double consumed = std::ceil(increments * cwnd / alpha);
    path->m_partialBytesAcked =
        consumed >= pba ? 0 : static_cast<uint32_t>(path->m_partialBytesAcked - consumed);
    const uint64_t grown = cwnd + increments * path->m_mtu;
    path->m_cWnd = static_cast<uint32_t>(std::min<uint64_t>(grown, UINT32_MAX));
    EnforceCwndLimit(path, assoc.maxCwnd);
    NS_LOG_LOGIC("H-TCP congestion avoidance (alpha " << alpha << "): cwnd " << cwnd << " -> "
                                                      << path->m_cWnd);
}

uint32_t
SctpCcHtcp::CongestionEvent(Ptr<SctpPathCcState> path)
{
    NS_LOG_FUNCTION(this << path);
    const Time now = Simulator::Now();
    // Adaptive backoff, unless the throughput moved by more than the ratio (or this is the
    // first event: nothing to compare with).
    bool throughputChanged = true;
    if (m_previousThroughput > 0)
    {
        throughputChanged = std::abs(m_maxThroughput - m_previousThroughput) >
                            m_throughputRatio * m_previousThroughput;
    }
    if (throughputChanged || !m_minRtt.IsStrictlyPositive() || !m_maxRtt.IsStrictlyPositive())
    {
        m_beta = BETA_MIN;
    }
    else
    {
        m_beta = std::clamp(m_minRtt.GetSeconds() / m_maxRtt.GetSeconds(), BETA_MIN, BETA_MAX);
    }
    NS_LOG_LOGIC("congestion event: throughput " << m_maxThroughput << " B/s (previous "
                                                 << m_previousThroughput << "), RTT " << m_minRtt
                                                 << " / " << m_maxRtt << ", beta " << m_beta);
    m_previousThroughput = m_maxThroughput;
    m_maxThroughput = 0;
    m_rateBytes = 0;
    m_rateStart = now;
    m_maxRtt = Time(0);
    m_lastCongestion = now;
    const uint64_t reduced = static_cast<uint64_t>(path->m_cWnd.Get() * m_beta);
    return static_cast<uint32_t>(std::max<uint64_t>(reduced, 2 * path->m_mtu));
}

bool
SctpCcHtcp::UpdateAfterFastRetransmit(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    if (path->m_netAck == 0)
    {
        return false;
    }
    if (assoc.inFastRecovery && assoc.cmtOnOff == 0)
    {
        NS_LOG_LOGIC("already in fast recovery: no second reduction");
        return false;
    }
    const uint32_t cwnd = path->m_cWnd;
    if (m_freeBsdCompatible)
    {
        m_fbLastCong = Ticks(); // the new epoch starts before alpha is recomputed
        path->m_ssThresh = FbRecalcSsthresh(path);
    }
    else
    {
        path->m_ssThresh = CongestionEvent(path);
    }
    path->m_cWnd = path->m_ssThresh;
    EnforceCwndLimit(path, assoc.maxCwnd);
    path->m_partialBytesAcked = 0;
    NS_LOG_LOGIC("fast retransmit: cwnd " << cwnd << " -> " << path->m_cWnd);
    return true;
}

void
SctpCcHtcp::UpdateAfterTimeout(Ptr<SctpPathCcState> path,
                               const SctpCcAssocInputs& assoc [[maybe_unused]])
{
    NS_LOG_FUNCTION(this << path);
    const uint32_t cwnd = path->m_cWnd;
    if (m_freeBsdCompatible)
    {
        m_fbLastCong = Ticks();
        path->m_ssThresh = FbRecalcSsthresh(path);
    }
    else
    {
        path->m_ssThresh = CongestionEvent(path);
    }
    path->m_cWnd = path->m_mtu;
    path->m_partialBytesAcked = 0;
    NS_LOG_LOGIC("T3 timeout: cwnd " << cwnd << " -> " << path->m_cWnd << " ssthresh "
                                     << path->m_ssThresh);
}

bool
SctpCcHtcp::UpdateAfterEcnEcho(Ptr<SctpPathCcState> path,
                               const SctpCcAssocInputs& assoc,
                               bool inWindow,
                               uint32_t numPktLost)
{
    NS_LOG_FUNCTION(this << path << inWindow << numPktLost);
    if (inWindow)
    {
        return false;
    }
    uint32_t ssthresh;
    if (m_freeBsdCompatible)
    {
        m_fbLastCong = Ticks();
        ssthresh = FbRecalcSsthresh(path);
    }
    else
    {
        ssthresh = CongestionEvent(path);
    }
    bool doubleRto = false;
    if (ssthresh < path->m_mtu)
    {
        // Cannot happen with the 2 MTU floor; kept as the default module's rule.
        ssthresh = path->m_mtu;
        doubleRto = true;
    }
    path->m_ssThresh = ssthresh;
    path->m_cWnd = ssthresh;
    EnforceCwndLimit(path, assoc.maxCwnd);
    return doubleRto;
}

// ---- FreeBSD's module 2 ------------------------------------------------------------------

uint32_t
SctpCcHtcp::Ticks()
{
    return static_cast<uint32_t>(Simulator::Now().GetMilliSeconds());
}

uint32_t
SctpCcHtcp::FbCongTime() const
{
    return Ticks() - m_fbLastCong;
}

uint32_t
SctpCcHtcp::FbCongCount() const
{
    return m_fbMinRtt == 0 ? FbCongTime() : FbCongTime() / m_fbMinRtt;
}

void
SctpCcHtcp::FbCongAvoid(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    const uint32_t mtu = path->m_mtu;
    const uint32_t cwnd = path->m_cWnd;
    if (cwnd <= path->m_ssThresh)
    {
        if (static_cast<uint64_t>(path->m_flightSize) + path->m_netAck >= cwnd)
        {
            const uint32_t limit = mtu * assoc.abcLVar;
            path->m_cWnd = cwnd + std::min(path->m_netAck, limit);
            EnforceCwndLimit(path, assoc.maxCwnd);
        }
        return;
    }
    FbMeasureRtt(path);
    // No cwnd-limited test here. The test uses partial_bytes_acked before this SACK, and a
    // success discards the remainder.
    const uint32_t pba = path->m_partialBytesAcked;
    if (((pba / mtu * m_fbAlpha) >> 7) * mtu >= cwnd)
    {
        path->m_cWnd = cwnd + mtu;
        path->m_partialBytesAcked = 0;
        EnforceCwndLimit(path, assoc.maxCwnd);
        FbAlphaUpdate();
        NS_LOG_LOGIC("FreeBSD H-TCP congestion avoidance: cwnd " << cwnd << " -> " << path->m_cWnd);
    }
    else
    {
        path->m_partialBytesAcked = pba + path->m_netAck;
    }
    m_fbBytesAcked = mtu;
}

void
SctpCcHtcp::FbMeasureRtt(Ptr<SctpPathCcState> path)
{
    const uint32_t srtt = path->m_lastSa >> 3;
    if (m_fbMinRtt > srtt || m_fbMinRtt == 0)
    {
        m_fbMinRtt = srtt;
    }
    if (!path->m_fastRetranIp && path->m_ssThresh < FB_SSTHRESH_FOR_MAXRTT && FbCongCount() > 3)
    {
        if (m_fbMaxRtt < m_fbMinRtt)
        {
            m_fbMaxRtt = m_fbMinRtt;
        }
        if (m_fbMaxRtt < srtt && srtt <= m_fbMaxRtt + FB_RTT_JUMP)
        {
            m_fbMaxRtt = srtt;
        }
    }
}

void
SctpCcHtcp::FbMeasureThroughput(Ptr<SctpPathCcState> path)
{
    const uint32_t now = Ticks();
    if (!path->m_fastRetranIp)
    {
        m_fbBytesAcked = path->m_netAck;
    }
    else
    {
        m_fbByteCount = 0;
        m_fbLastTime = now;
        return;
    }
    m_fbByteCount += path->m_netAck;
    const uint32_t alphaUnits = (m_fbAlpha >> 7) ? (m_fbAlpha >> 7) : 1;
    const uint32_t threshold = path->m_cWnd - alphaUnits * path->m_mtu; // unsigned, as FreeBSD
    if (m_fbByteCount >= threshold && now - m_fbLastTime >= m_fbMinRtt && m_fbMinRtt > 0)
    {
        const uint32_t curBi = m_fbByteCount / path->m_mtu * FB_HZ / (now - m_fbLastTime);
        if (FbCongCount() <= 3)
        {
            // Just after a backoff.
            m_fbMinB = curBi;
            m_fbMaxB = curBi;
            m_fbBi = curBi;
        }
        else
        {
            m_fbBi = (3 * m_fbBi + curBi) / 4;
            m_fbMaxB = std::max(m_fbMaxB, m_fbBi);
            m_fbMinB = std::min(m_fbMinB, m_fbMaxB);
        }
        m_fbByteCount = 0;
        m_fbLastTime = now;
    }
}

void
SctpCcHtcp::FbBetaUpdate()
{
    const uint32_t maxB = m_fbMaxB;
    const uint32_t oldMaxB = m_fbOldMaxB;
    m_fbOldMaxB = m_fbMaxB;
    // Bandwidth switch: maxB moved by more than 20 % (5 maxB outside [4 old, 6 old]).
    if (!FbBetween(5 * maxB, 4 * oldMaxB, 6 * oldMaxB))
    {
        m_fbBeta = FB_BETA_MIN;
        m_fbModeSwitch = false;
        return;
    }
    if (m_fbModeSwitch && m_fbMinRtt > FB_MIN_RTT_FOR_BETA && m_fbMaxRtt != 0)
    {
        // Stored in eight bits before it is bounded, as FreeBSD does.
        m_fbBeta = static_cast<uint8_t>((m_fbMinRtt << 7) / m_fbMaxRtt);
        if (m_fbBeta < FB_BETA_MIN)
        {
            m_fbBeta = FB_BETA_MIN;
        }
        else if (m_fbBeta > FB_BETA_MAX)
        {
            m_fbBeta = FB_BETA_MAX;
        }
    }
    else
    {
        m_fbBeta = FB_BETA_MIN;
        m_fbModeSwitch = true;
    }
}

void
SctpCcHtcp::FbAlphaUpdate()
{
    uint32_t factor = 1;
    uint32_t diff = FbCongTime();
    if (diff > FB_HZ)
    {
        diff -= FB_HZ;
        factor = 1 + (10 * diff + ((diff / 2) * (diff / 2) / FB_HZ)) / FB_HZ;
    }
    if (m_fbMinRtt != 0)
    {
        uint32_t scale = (FB_HZ << 3) / (10 * m_fbMinRtt);
        scale = std::min(std::max(scale, 1U << 2), 10U << 3);
        factor = (factor << 3) / scale;
        // FreeBSD's condition is inverted: a non-zero factor becomes 1, zero stays zero.
        if (factor != 0)
        {
            factor = 1;
        }
    }
    uint32_t alpha = 2 * factor * (FB_ALPHA_BASE - m_fbBeta);
    // Inverted as well: any non-zero alpha becomes 1.0, zero stays zero.
    if (alpha != 0)
    {
        alpha = FB_ALPHA_BASE;
    }
    m_fbAlpha = static_cast<uint16_t>(alpha);
}

uint32_t
SctpCcHtcp::FbRecalcSsthresh(Ptr<SctpPathCcState> path)
{
    const uint32_t minRtt = m_fbMinRtt;
    const uint32_t maxRtt = m_fbMaxRtt;
    FbBetaUpdate();
    FbAlphaUpdate();
    // Slowly fading memory of maxRTT.
    if (minRtt > 0 && maxRtt > minRtt)
    {
        m_fbMaxRtt = minRtt + ((maxRtt - minRtt) * 95) / 100;
    }
    const uint32_t mtu = path->m_mtu;
    return std::max(((path->m_cWnd.Get() / mtu * m_fbBeta) >> 7) * mtu, 2U * mtu);
}

} // namespace ns3
