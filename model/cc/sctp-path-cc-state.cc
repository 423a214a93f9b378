/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-path-cc-state.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpPathCcState");

NS_OBJECT_ENSURE_REGISTERED(SctpPathCcState);

TypeId
SctpPathCcState::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpPathCcState")
                            .SetParent<Object>()
                            .SetGroupName("Sctp")
                            .AddConstructor<SctpPathCcState>()
                            .AddTraceSource("CongestionWindow",
                                            "The path's congestion window (bytes)",
                                            MakeTraceSourceAccessor(&SctpPathCcState::m_cWnd),
                                            "ns3::TracedValueCallback::Uint32")
                            .AddTraceSource("SlowStartThreshold",
                                            "The path's slow-start threshold (bytes)",
                                            MakeTraceSourceAccessor(&SctpPathCcState::m_ssThresh),
                                            "ns3::TracedValueCallback::Uint32");
    return tid;
}

SctpPathCcState::SctpPathCcState()
{
    NS_LOG_FUNCTION(this);
}

SctpPathCcState::SctpPathCcState(const SctpPathCcState& other)
    : Object(other),
      m_cWnd(other.m_cWnd.Get()),
      m_ssThresh(other.m_ssThresh.Get()),
      m_partialBytesAcked(other.m_partialBytesAcked),
      m_flightSize(other.m_flightSize),
      m_mtu(other.m_mtu),
      m_netAck(other.m_netAck),
      m_netAck2(other.m_netAck2),
      m_prevCwnd(other.m_prevCwnd),
      m_ecnPrevCwnd(other.m_ecnPrevCwnd),
      m_lastSa(other.m_lastSa),
      m_rttUs(other.m_rttUs),
      m_newPseudoCumack(other.m_newPseudoCumack),
      m_fastRetranIp(other.m_fastRetranIp),
      m_localLan(other.m_localLan)
{
}

SctpPathCcState::~SctpPathCcState()
{
    NS_LOG_FUNCTION(this);
}

void
SctpPathCcState::ResetForSack()
{
    NS_LOG_FUNCTION(this);
    m_prevCwnd = m_cWnd;
    m_netAck = 0;
    m_netAck2 = 0;
    m_newPseudoCumack = false;
}

} // namespace ns3
