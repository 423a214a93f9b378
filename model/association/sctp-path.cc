/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-path.h"

#include "ns3/abort.h"
#include "ns3/ipv4-address.h"
#include "ns3/log.h"
#include "ns3/pointer.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpPath");

NS_OBJECT_ENSURE_REGISTERED(SctpPath);

TypeId
SctpPath::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpPath")
            .SetParent<Object>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpPath>()
            .AddAttribute("CcState",
                          "The congestion state of the path",
                          PointerValue(),
                          MakePointerAccessor(&SctpPath::m_cc),
                          MakePointerChecker<SctpPathCcState>())
            .AddAttribute("CongestionOps",
                          "The congestion control module of the path",
                          PointerValue(),
                          MakePointerAccessor(&SctpPath::m_ccOps),
                          MakePointerChecker<SctpCongestionOps>())
            .AddTraceSource("Rto",
                            "Retransmission timeout",
                            MakeTraceSourceAccessor(&SctpPath::m_rto),
                            "ns3::TracedValueCallback::Time")
            .AddTraceSource("Srtt",
                            "Smoothed round-trip time",
                            MakeTraceSourceAccessor(&SctpPath::m_srtt),
                            "ns3::TracedValueCallback::Time")
            .AddTraceSource("BytesInFlight",
                            "Bytes outstanding on the path",
                            MakeTraceSourceAccessor(&SctpPath::m_flight),
                            "ns3::TracedValueCallback::Uint32")
            .AddTraceSource("State",
                            "Reachability: 0 active, 1 potentially failed, 2 inactive",
                            MakeTraceSourceAccessor(&SctpPath::m_state),
                            "ns3::TracedValueCallback::Int32");
    return tid;
}

SctpPath::SctpPath()
{
    NS_LOG_FUNCTION(this);
}

SctpPath::~SctpPath()
{
    NS_LOG_FUNCTION(this);
}

void
SctpPath::Setup(const Address& peer,
                const Address& local,
                uint32_t mtu,
                const SctpRttEstimator::Config& rtt,
                Ptr<SctpCongestionOps> cc)
{
    NS_LOG_FUNCTION(this << peer << local << mtu);
    m_peer = peer;
    m_local = local;
    m_mtu = mtu;
    // A configuration that breaks RTO.Min <= RTO.Initial <= RTO.Max is the user's error: say so
    // rather than run with other values.
    NS_ABORT_MSG_UNLESS(m_rtt.SetConfig(rtt),
                        "SCTP: RTO.Min (" << rtt.rtoMin.As(Time::MS) << ") <= RTO.Initial ("
                                          << rtt.rtoInitial.As(Time::MS) << ") <= RTO.Max ("
                                          << rtt.rtoMax.As(Time::MS)
                                          << ") does not hold: check the RtoMin, RtoInitial and "
                                             "RtoMax attributes of ns3::SctpL4Protocol");
    m_cc = CreateObject<SctpPathCcState>();
    m_cc->m_mtu = mtu;
    m_ccOps = cc;
    UpdateRttTraces();
}

const Address&
SctpPath::GetPeerAddress() const
{
    return m_peer;
}

const Address&
SctpPath::GetLocalAddress() const
{
    return m_local;
}

void
SctpPath::SetLocalAddress(const Address& local)
{
    m_local = local;
}

uint32_t
SctpPath::GetMtu() const
{
    return m_mtu;
}

void
SctpPath::SetMtu(uint32_t mtu)
{
    m_mtu = mtu;
    m_cc->m_mtu = mtu;
}

uint32_t
SctpPath::GetIpHeaderSize() const
{
    return Ipv4Address::IsMatchingType(m_peer) ? 20 : 40;
}

uint32_t
SctpPath::GetMaxSctpPacketSize() const
{
    return m_mtu - GetIpHeaderSize();
}

Ptr<SctpPathCcState>
SctpPath::GetCcState() const
{
    return m_cc;
}

Ptr<SctpCongestionOps>
SctpPath::GetCongestionOps() const
{
    return m_ccOps;
}

void
SctpPath::SetCongestionOps(Ptr<SctpCongestionOps> cc)
{
    m_ccOps = cc;
}

SctpRttEstimator&
SctpPath::GetRttEstimator()
{
    return m_rtt;
}

Time
SctpPath::GetRto() const
{
    return m_rtt.GetRto();
}

void
SctpPath::AddRttSample(Time rtt, bool fromData)
{
    NS_LOG_FUNCTION(this << rtt << fromData);
    if (m_rtt.Measurement(rtt))
    {
        m_cc->m_rttUs = rtt.GetMicroSeconds();
        m_cc->m_lastSa = static_cast<uint32_t>(m_rtt.GetScaledSrtt());
        if (fromData && !m_firstDataRttTaken)
        {
            m_firstDataRttTaken = true;
            m_cc->m_localLan = rtt <= MicroSeconds(900); // FreeBSD's SCTP_LOCAL_LAN_RTT
        }
        if (fromData && m_ccOps)
        {
            m_ccOps->RttCalculated(m_cc);
        }
    }
    UpdateRttTraces();
}

void
SctpPath::BackoffRto(bool capped)
{
    m_rtt.Backoff(capped);
    UpdateRttTraces();
}

void
SctpPath::RestoreRto()
{
    m_rtt.RestoreRto();
    UpdateRttTraces();
}

void
SctpPath::UpdateRttTraces()
{
    m_rto = m_rtt.GetRto();
    m_srtt = m_rtt.GetSrtt();
}

uint32_t
SctpPath::GetFlightSize() const
{
    return m_flight;
}

void
SctpPath::AddFlight(uint32_t bytes)
{
    m_flight = m_flight + bytes;
    m_cc->m_flightSize = m_flight;
}

void
SctpPath::RemoveFlight(uint32_t bytes)
{
    m_flight = bytes > m_flight ? 0 : m_flight.Get() - bytes;
    m_cc->m_flightSize = m_flight;
}

uint32_t
SctpPath::GetCwnd() const
{
    return m_cc->m_cWnd;
}

SctpPath::State
SctpPath::GetState() const
{
    return static_cast<State>(m_state.Get());
}

void
SctpPath::SetState(State state)
{
    m_state = state;
}

bool
SctpPath::IsConfirmed() const
{
    return m_confirmed;
}

void
SctpPath::SetConfirmed(bool confirmed)
{
    m_confirmed = confirmed;
}

} // namespace ns3
