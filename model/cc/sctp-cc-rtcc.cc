/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-cc-rtcc.h"

#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpCcRtcc");

NS_OBJECT_ENSURE_REGISTERED(SctpCcRtcc);

namespace
{
/// A voluntary step down never takes cwnd to or below this many MTUs.
constexpr uint32_t STEP_DOWN_FLOOR_MTUS = 4;
} // namespace

TypeId
SctpCcRtcc::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpCcRtcc")
            .SetParent<SctpCcDefault>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpCcRtcc>()
            .AddAttribute("RttvarBw",
                          "Bandwidth tolerance shift: bandwidths within lbw >> RttvarBw count as "
                          "unchanged (net.inet.sctp.rttvar_bw)",
                          UintegerValue(4),
                          MakeUintegerAccessor(&SctpCcRtcc::m_rttvarBw),
                          MakeUintegerChecker<uint32_t>(0, 32))
            .AddAttribute("RttvarRtt",
                          "RTT tolerance shift: RTTs within lbw_rtt >> RttvarRtt count as "
                          "unchanged (net.inet.sctp.rttvar_rtt)",
                          UintegerValue(5),
                          MakeUintegerAccessor(&SctpCcRtcc::m_rttvarRtt),
                          MakeUintegerChecker<uint32_t>(0, 32))
            .AddAttribute("RttvarEqret",
                          "Less aggressive mode: hold cwnd when bandwidth and RTT are unchanged "
                          "and losing (net.inet.sctp.rttvar_eqret; SCTP_CC_OPT_RTCC_SETMODE)",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpCcRtcc::m_rttvarEqret),
                          MakeBooleanChecker())
            .AddAttribute("RttvarSteadyStep",
                          "Unchanged-bandwidth SACKs before a voluntary one-MTU step down; 0 "
                          "disables (net.inet.sctp.rttvar_steady_step; SCTP_CC_OPT_STEADY_STEP)",
                          UintegerValue(20),
                          MakeUintegerAccessor(&SctpCcRtcc::m_rttvarSteadyStep),
                          MakeUintegerChecker<uint32_t>(0, 65535))
            .AddAttribute("UseDcccEcn",
                          "DCCC ECN reaction on local-LAN paths (net.inet.sctp.use_dcccecn; "
                          "SCTP_CC_OPT_USE_DCCC_ECN)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpCcRtcc::m_useDcccEcnDefault),
                          MakeBooleanChecker())
            .AddAttribute("FreeBsdCompatible",
                          "Reproduce FreeBSD exactly: DCCC ECN subtractions without a floor "
                          "(unsigned wrap) and SCTP_CC_OPT_STEADY_STEP truncated to 16 bits",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpCcRtcc::m_freeBsdCompatible),
                          MakeBooleanChecker());
    return tid;
}

SctpCcRtcc::SctpCcRtcc()
{
    NS_LOG_FUNCTION(this);
}

SctpCcRtcc::SctpCcRtcc(const SctpCcRtcc& other)
    : SctpCcDefault(other),
      m_rttvarBw(other.m_rttvarBw),
      m_rttvarRtt(other.m_rttvarRtt),
      m_rttvarEqret(other.m_rttvarEqret),
      m_rttvarSteadyStep(other.m_rttvarSteadyStep),
      m_useDcccEcnDefault(other.m_useDcccEcnDefault),
      m_freeBsdCompatible(other.m_freeBsdCompatible),
      m_retFromEq(other.m_retFromEq),
      m_steadyStep(other.m_steadyStep),
      m_useDcccEcn(other.m_useDcccEcn),
      m_tls(other.m_tls),
      m_lbw(other.m_lbw),
      m_lbwRtt(other.m_lbwRtt),
      m_bwBytes(other.m_bwBytes),
      m_bwTotTime(other.m_bwTotTime),
      m_newTotTime(other.m_newTotTime),
      m_bwBytesAtLastRttc(other.m_bwBytesAtLastRttc),
      m_cwndAtBwSet(other.m_cwndAtBwSet),
      m_volReduce(other.m_volReduce),
      m_stepCnt(other.m_stepCnt),
      m_tlsNeedsSet(other.m_tlsNeedsSet),
      m_lastStepState(other.m_lastStepState),
      m_rttSetThisSack(other.m_rttSetThisSack),
      m_lastInstInd(other.m_lastInstInd)
{
}

SctpCcRtcc::~SctpCcRtcc()
{
    NS_LOG_FUNCTION(this);
}

std::string
SctpCcRtcc::GetName() const
{
    NS_LOG_FUNCTION(this);
    return "SctpCcRtcc";
}

Ptr<SctpCongestionOps>
SctpCcRtcc::Fork()
{
    NS_LOG_FUNCTION(this);
    return CopyObject<SctpCcRtcc>(this);
}

void
SctpCcRtcc::SetInitialParameters(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    SctpCcDefault::SetInitialParameters(path, assoc);
    m_lbw = 0;
    m_lbwRtt = 0;
    m_cwndAtBwSet = 0;
    m_volReduce = 0;
    m_bwBytesAtLastRttc = 0;
    m_bwTotTime = 0;
    m_bwBytes = 0;
    m_tlsNeedsSet = 0;
    m_retFromEq = m_rttvarEqret;
    m_steadyStep = static_cast<uint16_t>(m_rttvarSteadyStep);
    m_useDcccEcn = m_useDcccEcnDefault;
    m_stepCnt = 0;
    m_lastStepState = STEP_NONE;
}

void
SctpCcRtcc::PacketTransmitted(Ptr<SctpPathCcState> path)
{
    NS_LOG_FUNCTION(this << path);
    if (m_tlsNeedsSet == 0)
    {
        m_tls = Simulator::Now();
        m_tlsNeedsSet = 2;
    }
}

void
SctpCcRtcc::TsnAcknowledged(Ptr<SctpPathCcState> path, uint32_t sendSize)
{
    NS_LOG_FUNCTION(this << path << sendSize);
    m_bwBytes += sendSize;
}

void
SctpCcRtcc::PrepareForSack(Ptr<SctpPathCcState> path)
{
    NS_LOG_FUNCTION(this << path);
    if (m_tlsNeedsSet > 0)
    {
        m_newTotTime = static_cast<uint64_t>((Simulator::Now() - m_tls).GetMicroSeconds());
    }
}

void
SctpCcRtcc::RttCalculated(Ptr<SctpPathCcState> path)
{
    NS_LOG_FUNCTION(this << path);
    m_rttSetThisSack = true;
}

void
SctpCcRtcc::NewTransmissionBegins(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    if (m_lbw == 0)
    {
        return;
    }
    // The flight drained: the old estimate says nothing about the next period.
    m_lbwRtt = 0;
    m_cwndAtBwSet = 0;
    m_lbw = 0;
    m_bwBytesAtLastRttc = 0;
    m_volReduce = 0;
    m_bwTotTime = 0;
    m_bwBytes = 0;
    m_tlsNeedsSet = 0;
    if (m_steadyStep)
    {
        m_volReduce = 0;
        m_stepCnt = 0;
        m_lastStepState = STEP_NONE;
    }
    if (m_retFromEq)
    {
        // The less aggressive mode restarts from the initial window (a T3 already went lower).
        const uint32_t initial = InitialWindow(path->m_mtu, assoc);
        if (path->m_cWnd > initial)
        {
            path->m_cWnd = initial;
        }
    }
}

void
SctpCcRtcc::UpdateAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    RequireCmtBaseOrOff(assoc, "UpdateAfterSack (RTCC)");
    if (path->m_netAck == 0)
    {
        return;
    }
    if (assoc.inFastRecovery && !assoc.willExitFastRecovery && assoc.cmtOnOff == 0)
    {
        NS_LOG_LOGIC("in fast recovery: no growth");
        return;
    }
    if (m_tlsNeedsSet > 0)
    {
        // Average bytes per ms since the period began.
        const uint64_t ms = m_newTotTime / 1000;
        const uint64_t nbw = ms > 0 ? m_bwBytes / ms : m_bwBytes;
        if (m_lbw != 0)
        {
            if (BandwidthLimit(path, nbw, assoc.maxCwnd))
            {
                NS_LOG_LOGIC("RTCC holds cwnd " << path->m_cWnd << " (nbw " << nbw << ", lbw "
                                                << m_lbw << ")");
                return;
            }
        }
        else
        {
            m_lbw = nbw;
            m_lbwRtt = path->m_rttUs;
            if (m_rttSetThisSack)
            {
                m_rttSetThisSack = false;
                m_bwBytesAtLastRttc = m_bwBytes;
            }
        }
    }
    GrowAfterSack(path, assoc);
}

bool
SctpCcRtcc::BandwidthLimit(Ptr<SctpPathCcState> path, uint64_t nbw, uint32_t maxCwnd)
{
    NS_LOG_FUNCTION(this << path << nbw << maxCwnd);
    // Instantaneous indication: the bandwidth of the bytes acked since the previous RTT
    // sample, over that sample.
    uint8_t inst = m_lastInstInd;
    if (m_rttSetThisSack)
    {
        m_rttSetThisSack = false;
        const uint64_t bytesThisRtt = m_bwBytes - m_bwBytesAtLastRttc;
        m_bwBytesAtLastRttc = m_bwBytes;
        const uint64_t rttMs = path->m_rttUs / 1000;
        if (rttMs > 0)
        {
            const uint64_t instBw = bytesThisRtt / rttMs;
            const uint64_t instOff = instBw >> m_rttvarBw;
            if (instBw > nbw)
            {
                inst = INST_GAINING;
            }
            else if (instBw + instOff < nbw)
            {
                inst = INST_LOSING;
            }
            else
            {
                inst = INST_NEUTRAL;
            }
        }
    }
    const uint64_t bwOffset = m_lbw >> m_rttvarBw;
    bool hold;
    if (nbw > m_lbw + bwOffset)
    {
        hold = BandwidthIncreased(path, nbw);
    }
    else
    {
        const uint64_t rttOffset = m_lbwRtt >> m_rttvarRtt;
        if (nbw < m_lbw - bwOffset)
        {
            hold = BandwidthDecreased(path, nbw, rttOffset, inst, maxCwnd);
        }
        else
        {
            hold = BandwidthSame(path, nbw, rttOffset, inst);
        }
    }
    m_lastInstInd = inst;
    return hold;
}

void
SctpCcRtcc::SetEstimate(Ptr<SctpPathCcState> path, uint64_t nbw)
{
    m_lbw = nbw;
    m_lbwRtt = path->m_rttUs;
    m_cwndAtBwSet = path->m_cWnd;
}

bool
SctpCcRtcc::BandwidthIncreased(Ptr<SctpPathCcState> path, uint64_t nbw)
{
    NS_LOG_FUNCTION(this << path << nbw);
    // More bandwidth: the usual update, whatever the indication says.
    if (m_steadyStep)
    {
        m_lastStepState = STEP_NONE;
        m_stepCnt = 0;
        m_volReduce = 0;
    }
    SetEstimate(path, nbw);
    return false;
}

void
SctpCcRtcc::GiveBack(Ptr<SctpPathCcState> path, uint8_t inst, uint32_t maxCwnd)
{
    if (m_volReduce > 0 && inst != INST_GAINING)
    {
        path->m_cWnd = path->m_cWnd + path->m_mtu;
        EnforceCwndLimit(path, maxCwnd);
        m_volReduce--;
    }
}

bool
SctpCcRtcc::BandwidthDecreased(Ptr<SctpPathCcState> path,
                               uint64_t nbw,
                               uint64_t rttOffset,
                               uint8_t inst,
                               uint32_t maxCwnd)
{
    NS_LOG_FUNCTION(this << path << nbw << rttOffset << static_cast<int>(inst));
    const uint64_t rtt = path->m_rttUs;
    if (rtt > m_lbwRtt + rttOffset)
    {
        if (path->m_cWnd > m_cwndAtBwSet && inst != INST_LOSING)
        {
            // We grew and the queue grew: probably our own doing. Hold, keep the estimate.
            if (m_retFromEq)
            {
                path->m_ssThresh = path->m_cWnd - 1;
                path->m_partialBytesAcked = 0;
            }
            return true;
        }
        // Someone else took bandwidth: take back a voluntary reduction.
        if (m_steadyStep)
        {
            GiveBack(path, inst, maxCwnd);
            m_lastStepState = STEP_BW_DOWN_RTT_UP;
            m_stepCnt = 0;
        }
    }
    else if (rtt < m_lbwRtt - rttOffset)
    {
        if (m_steadyStep)
        {
            GiveBack(path, inst, maxCwnd);
            m_lastStepState = STEP_BW_DOWN_RTT_DOWN;
            m_stepCnt = 0;
        }
    }
    else if (m_steadyStep)
    {
        GiveBack(path, inst, maxCwnd);
        m_lastStepState = STEP_BW_DOWN_RTT_SAME;
        m_stepCnt = 0;
    }
    SetEstimate(path, nbw);
    return inst == INST_GAINING;
}

bool
SctpCcRtcc::CountSteadyStep(Ptr<SctpPathCcState> path)
{
    m_stepCnt = m_lastStepState == STEP_BW_SAME_COUNTING ? static_cast<uint16_t>(m_stepCnt + 1) : 1;
    m_lastStepState = STEP_BW_SAME_COUNTING;
    if (m_stepCnt == m_steadyStep || (m_stepCnt > m_steadyStep && (m_stepCnt % m_steadyStep) == 0))
    {
        if (path->m_cWnd > STEP_DOWN_FLOOR_MTUS * path->m_mtu)
        {
            path->m_cWnd = path->m_cWnd - path->m_mtu;
            m_volReduce++;
            NS_LOG_LOGIC("RTCC steady-state step down to " << path->m_cWnd);
            return true;
        }
        m_stepCnt = 0;
    }
    return false;
}

bool
SctpCcRtcc::BandwidthSame(Ptr<SctpPathCcState> path, uint64_t nbw, uint64_t rttOffset, uint8_t inst)
{
    NS_LOG_FUNCTION(this << path << nbw << rttOffset << static_cast<int>(inst));
    const uint64_t rtt = path->m_rttUs;
    if (rtt > m_lbwRtt + rttOffset)
    {
        // Same bandwidth for a longer queue: hold, and count towards a step down. The
        // estimate is not updated.
        if (m_steadyStep && inst != INST_LOSING)
        {
            CountSteadyStep(path);
        }
        return true;
    }
    if (rtt < m_lbwRtt - rttOffset)
    {
        if (m_steadyStep)
        {
            if (m_lastStepState == STEP_BW_SAME_COUNTING && m_stepCnt > m_steadyStep)
            {
                // The step down kept the bandwidth and shortened the queue.
                m_stepCnt = 0;
                return true;
            }
            m_lastStepState = STEP_BW_SAME_RTT_DOWN;
            m_stepCnt = 0;
        }
        SetEstimate(path, nbw);
        return inst == INST_GAINING || inst == INST_NEUTRAL;
    }
    if (m_steadyStep && inst != INST_LOSING)
    {
        if (CountSteadyStep(path))
        {
            return true;
        }
    }
    if (inst == INST_GAINING || inst == INST_NEUTRAL)
    {
        return true;
    }
    return m_retFromEq;
}

bool
SctpCcRtcc::UpdateAfterEcnEcho(Ptr<SctpPathCcState> path,
                               const SctpCcAssocInputs& assoc,
                               bool inWindow,
                               uint32_t numPktLost)
{
    NS_LOG_FUNCTION(this << path << inWindow << numPktLost);
    if (!m_useDcccEcn || !path->m_localLan)
    {
        return SctpCcDefault::UpdateAfterEcnEcho(path, assoc, inWindow, numPktLost);
    }
    const uint32_t mtu = path->m_mtu;
    const uint32_t cwnd = path->m_cWnd;
    const uint32_t ssthresh = path->m_ssThresh;
    const uint32_t prevCwnd = path->m_ecnPrevCwnd;
    if (m_freeBsdCompatible)
    {
        // FreeBSD's unsigned arithmetic, which wraps when n MTUs exceed the window.
        const uint32_t cut = mtu * numPktLost;
        if (!inWindow)
        {
            path->m_cWnd = prevCwnd < cwnd ? prevCwnd - cut : cwnd / 2;
            path->m_ssThresh = path->m_cWnd.Get() - cut;
        }
        else
        {
            path->m_ssThresh = ssthresh - cut;
            path->m_cWnd = cwnd - cut;
        }
        return false;
    }
    const int64_t cut = static_cast<int64_t>(mtu) * numPktLost;
    const auto floored = [mtu](int64_t v) {
        return static_cast<uint32_t>(std::max<int64_t>(v, mtu));
    };
    if (!inWindow)
    {
        // Back to the window the marked TSN was sent with, and into congestion avoidance.
        const int64_t reduced =
            prevCwnd < cwnd ? static_cast<int64_t>(prevCwnd) - cut : static_cast<int64_t>(cwnd / 2);
        path->m_cWnd = floored(reduced);
        path->m_ssThresh = floored(static_cast<int64_t>(path->m_cWnd.Get()) - cut);
    }
    else
    {
        path->m_ssThresh = floored(static_cast<int64_t>(ssthresh) - cut);
        path->m_cWnd = floored(static_cast<int64_t>(cwnd) - cut);
    }
    NS_LOG_LOGIC("DCCC ECN: cwnd " << path->m_cWnd << " ssthresh " << path->m_ssThresh);
    return false;
}

bool
SctpCcRtcc::HasOptions() const
{
    NS_LOG_FUNCTION(this);
    return true;
}

bool
SctpCcRtcc::SetOption(uint32_t option, uint32_t value)
{
    NS_LOG_FUNCTION(this << option << value);
    switch (option)
    {
    case OPT_RTCC_SETMODE:
        if (value > 1)
        {
            NS_LOG_LOGIC("SCTP_CC_OPT_RTCC_SETMODE takes 0 or 1, not " << value);
            return false;
        }
        m_retFromEq = value == 1;
        return true;
    case OPT_USE_DCCC_ECN:
        if (value > 1)
        {
            NS_LOG_LOGIC("SCTP_CC_OPT_USE_DCCC_ECN takes 0 or 1, not " << value);
            return false;
        }
        m_useDcccEcn = value == 1;
        return true;
    case OPT_STEADY_STEP:
        if (value > UINT16_MAX && !m_freeBsdCompatible)
        {
            NS_LOG_LOGIC("SCTP_CC_OPT_STEADY_STEP takes 0..65535, not " << value);
            return false;
        }
        m_steadyStep = static_cast<uint16_t>(value);
        return true;
    default:
        return SctpCcDefault::SetOption(option, value);
    }
}

bool
SctpCcRtcc::GetOption(uint32_t option, uint32_t& value) const
{
    NS_LOG_FUNCTION(this << option);
    switch (option)
    {
    case OPT_RTCC_SETMODE:
        value = m_retFromEq ? 1 : 0;
        return true;
    case OPT_USE_DCCC_ECN:
        value = m_useDcccEcn ? 1 : 0;
        return true;
    case OPT_STEADY_STEP:
        value = m_steadyStep;
        return true;
    default:
        return SctpCcDefault::GetOption(option, value);
    }
}

uint64_t
SctpCcRtcc::GetLastBandwidth() const
{
    return m_lbw;
}

uint64_t
SctpCcRtcc::GetLastBandwidthRtt() const
{
    return m_lbwRtt;
}

uint32_t
SctpCcRtcc::GetCwndAtBandwidthSet() const
{
    return m_cwndAtBwSet;
}

uint64_t
SctpCcRtcc::GetMeasuredBytes() const
{
    return m_bwBytes;
}

bool
SctpCcRtcc::IsMeasuring() const
{
    return m_tlsNeedsSet > 0;
}

uint32_t
SctpCcRtcc::GetVoluntaryReductions() const
{
    return m_volReduce;
}

uint16_t
SctpCcRtcc::GetStepCount() const
{
    return m_stepCnt;
}

uint8_t
SctpCcRtcc::GetLastStepState() const
{
    return m_lastStepState;
}

uint8_t
SctpCcRtcc::GetLastIndication() const
{
    return m_lastInstInd;
}

} // namespace ns3
