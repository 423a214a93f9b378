/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-rtt-estimator.h"

#include "ns3/log.h"

#include <cmath>
#include <cstdlib>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpRttEstimator");

namespace
{
/// FreeBSD keeps SRTT scaled by 2^3 (SCTP_RTT_SHIFT) and 4·RTTVAR scaled by 2^2
/// (SCTP_RTT_VAR_SHIFT).
constexpr int RTT_SHIFT = 3;
constexpr int RTT_VAR_SHIFT = 2;
} // namespace

SctpRttEstimator::SctpRttEstimator()
    : SctpRttEstimator(Config())
{
}

SctpRttEstimator::SctpRttEstimator(const Config& config)
    : m_config(config),
      m_measured(false),
      m_rto(Time(0)),
      m_latestRtt(Time(0)),
      m_lastSa(0),
      m_lastSv(0),
      m_srttNs(0.0),
      m_rttVarNs(0.0)
{
    NS_LOG_FUNCTION(this);
    NS_ASSERT_MSG(IsValid(config), "invalid RTO configuration");
}

bool
SctpRttEstimator::IsValid(const Config& config)
{
    return config.rtoMin >= Time(0) && config.rtoMin <= config.rtoInitial &&
           config.rtoInitial <= config.rtoMax && config.granularity >= Time(0) &&
           config.maxSample >= Time(0);
}

bool
SctpRttEstimator::SetConfig(const Config& config)
{
    NS_LOG_FUNCTION(this);
    if (!IsValid(config))
    {
        NS_LOG_LOGIC("refused: RTO.Min " << config.rtoMin.As(Time::MS) << ", RTO.Initial "
                                         << config.rtoInitial.As(Time::MS) << ", RTO.Max "
                                         << config.rtoMax.As(Time::MS));
        return false;
    }
    m_config = config;
    return true;
}

const SctpRttEstimator::Config&
SctpRttEstimator::GetConfig() const
{
    return m_config;
}

Time
SctpRttEstimator::Clamp(Time rto) const
{
    if (rto < m_config.rtoMin)
    {
        return m_config.rtoMin;
    }
    if (rto > m_config.rtoMax)
    {
        return m_config.rtoMax;
    }
    return rto;
}

bool
SctpRttEstimator::Measurement(Time rtt)
{
    NS_LOG_FUNCTION(this << rtt.As(Time::US));
    if (rtt.IsStrictlyNegative() || rtt > m_config.maxSample)
    {
        NS_LOG_LOGIC("sample " << rtt.As(Time::US) << " discarded");
        return false;
    }
    m_latestRtt = rtt;

    if (m_config.arithmetic == Arithmetic::FREEBSD)
    {
        // FreeBSD takes the RTT at µs resolution and works in whole ms.
        const int64_t r = rtt.GetMicroSeconds() / 1000;
        if (m_measured)
        {
            // e = R - SRTT; SRTT += e/8; RTTVAR += (|e| - RTTVAR)/4, all in the scaled form.
            int64_t e = r - (m_lastSa >> RTT_SHIFT);
            m_lastSa += e;
            e = std::llabs(e);
            e -= (m_lastSv >> RTT_VAR_SHIFT);
            m_lastSv += e;
        }
        else
        {
            m_lastSa = r << RTT_SHIFT;
            m_lastSv = (r / 2) << RTT_VAR_SHIFT;
        }
        if (m_lastSv == 0)
        {
            // The scaled value gets G, so the RTO gains G, not 4·G.
            m_lastSv = m_config.granularity.GetMilliSeconds();
        }
    }
    else
    {
        const double r = static_cast<double>(rtt.GetNanoSeconds());
        if (m_measured)
        {
            // C3: RTTVAR uses the SRTT from before this sample.
            m_rttVarNs = 0.75 * m_rttVarNs + 0.25 * std::fabs(m_srttNs - r);
            m_srttNs = 0.875 * m_srttNs + 0.125 * r;
        }
        else
        {
            m_srttNs = r;
            m_rttVarNs = r / 2.0;
        }
        if (m_rttVarNs == 0.0)
        {
            m_rttVarNs = static_cast<double>(m_config.granularity.GetNanoSeconds());
        }
    }
    m_measured = true;
    m_rto = Clamp(GetUnclampedRto());
    NS_LOG_LOGIC("R " << rtt.As(Time::MS) << " SRTT " << GetSrtt().As(Time::MS) << " RTTVAR "
                      << GetRttVar().As(Time::MS) << " RTO " << m_rto.As(Time::MS));
    return true;
}

void
SctpRttEstimator::Backoff(bool capped)
{
    NS_LOG_FUNCTION(this << capped);
    if (m_rto.IsZero())
    {
        m_rto = m_measured ? m_config.rtoMin : m_config.rtoInitial;
    }
    m_rto = m_rto + m_rto;
    if (capped && m_rto > m_config.rtoMax)
    {
        m_rto = m_config.rtoMax;
    }
    NS_LOG_LOGIC("RTO backed off to " << m_rto.As(Time::MS));
}

void
SctpRttEstimator::RestoreRto()
{
    NS_LOG_FUNCTION(this);
    if (m_config.arithmetic == Arithmetic::FREEBSD || m_measured)
    {
        m_rto = Clamp(GetUnclampedRto());
    }
    else
    {
        m_rto = Time(0);
    }
}

void
SctpRttEstimator::LimitRto(Time cap)
{
    NS_LOG_FUNCTION(this << cap.As(Time::MS));
    if (m_rto > cap)
    {
        m_rto = cap;
    }
}

void
SctpRttEstimator::Reset()
{
    NS_LOG_FUNCTION(this);
    m_measured = false;
    m_rto = Time(0);
    m_latestRtt = Time(0);
    m_lastSa = 0;
    m_lastSv = 0;
    m_srttNs = 0.0;
    m_rttVarNs = 0.0;
}

Time
SctpRttEstimator::GetRto() const
{
    return m_rto.IsZero() ? m_config.rtoInitial : m_rto;
}

Time
SctpRttEstimator::GetSrtt() const
{
    if (m_config.arithmetic == Arithmetic::FREEBSD)
    {
        return MilliSeconds(m_lastSa >> RTT_SHIFT);
    }
    return NanoSeconds(std::llround(m_srttNs));
}

Time
SctpRttEstimator::GetRttVar() const
{
    if (m_config.arithmetic == Arithmetic::FREEBSD)
    {
        // lastsv is 4·RTTVAR in ms: RTTVAR = lastsv · 250 µs.
        return MicroSeconds(m_lastSv * 250);
    }
    return NanoSeconds(std::llround(m_rttVarNs));
}

Time
SctpRttEstimator::GetUnclampedRto() const
{
    if (m_config.arithmetic == Arithmetic::FREEBSD)
    {
        return MilliSeconds((m_lastSa >> RTT_SHIFT) + m_lastSv);
    }
    return NanoSeconds(std::llround(m_srttNs + 4.0 * m_rttVarNs));
}

int64_t
SctpRttEstimator::GetScaledSrtt() const
{
    if (m_config.arithmetic == Arithmetic::FREEBSD)
    {
        return m_lastSa;
    }
    return std::llround(8.0 * m_srttNs / 1e6);
}

int64_t
SctpRttEstimator::GetScaledRttVar() const
{
    if (m_config.arithmetic == Arithmetic::FREEBSD)
    {
        return m_lastSv;
    }
    return std::llround(4.0 * m_rttVarNs / 1e6);
}

Time
SctpRttEstimator::GetLatestRtt() const
{
    return m_latestRtt;
}

bool
SctpRttEstimator::IsMeasured() const
{
    return m_measured;
}

} // namespace ns3
