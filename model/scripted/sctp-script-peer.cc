/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script-peer.h"

#include "ns3/ipv4-route.h"
#include "ns3/ipv4.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpScriptPeer");

NS_OBJECT_ENSURE_REGISTERED(SctpScriptPeer);

TypeId
SctpScriptPeer::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpScriptPeer")
                            .SetParent<IpL4Protocol>()
                            .SetGroupName("Sctp")
                            .AddConstructor<SctpScriptPeer>();
    return tid;
}

SctpScriptPeer::SctpScriptPeer()
{
    NS_LOG_FUNCTION(this);
}

SctpScriptPeer::~SctpScriptPeer()
{
    NS_LOG_FUNCTION(this);
}

void
SctpScriptPeer::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_downTarget = IpL4Protocol::DownTargetCallback();
    m_downTarget6 = IpL4Protocol::DownTargetCallback6();
    m_receive = ReceiveCallback();
    IpL4Protocol::DoDispose();
}

void
SctpScriptPeer::Install(Ptr<Node> node)
{
    NS_LOG_FUNCTION(this << node);
    Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
    if (ipv4)
    {
        ipv4->Insert(this);
        SetDownTarget(MakeCallback(&Ipv4::Send, ipv4));
    }
    Ptr<Ipv6> ipv6 = node->GetObject<Ipv6>();
    if (ipv6)
    {
        ipv6->Insert(this);
        SetDownTarget6(MakeCallback(&Ipv6::Send, ipv6));
    }
}

void
SctpScriptPeer::SetReceiveCallback(ReceiveCallback cb)
{
    m_receive = cb;
}

void
SctpScriptPeer::Send(const std::vector<uint8_t>& bytes,
                     const Address& source,
                     const Address& destination)
{
    NS_LOG_FUNCTION(this << bytes.size() << source << destination);
    Ptr<Packet> p = Create<Packet>(bytes.data(), bytes.size());
    if (Ipv4Address::IsMatchingType(destination))
    {
        NS_ASSERT_MSG(!m_downTarget.IsNull(), "the peer node has no IPv4");
        m_downTarget(p,
                     Ipv4Address::ConvertFrom(source),
                     Ipv4Address::ConvertFrom(destination),
                     GetProtocolNumber(),
                     nullptr);
    }
    else
    {
        NS_ASSERT_MSG(!m_downTarget6.IsNull(), "the peer node has no IPv6");
        m_downTarget6(p,
                      Ipv6Address::ConvertFrom(source),
                      Ipv6Address::ConvertFrom(destination),
                      GetProtocolNumber(),
                      nullptr);
    }
}

int
SctpScriptPeer::GetProtocolNumber() const
{
    return 132;
}

enum IpL4Protocol::RxStatus
SctpScriptPeer::Receive(Ptr<Packet> p,
                        const Ipv4Header& header,
                        Ptr<Ipv4Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header);
    std::vector<uint8_t> bytes(p->GetSize());
    p->CopyData(bytes.data(), bytes.size());
    if (!m_receive.IsNull())
    {
        m_receive(bytes, header.GetSource(), header.GetDestination());
    }
    return IpL4Protocol::RX_OK;
}

enum IpL4Protocol::RxStatus
SctpScriptPeer::Receive(Ptr<Packet> p,
                        const Ipv6Header& header,
                        Ptr<Ipv6Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header);
    std::vector<uint8_t> bytes(p->GetSize());
    p->CopyData(bytes.data(), bytes.size());
    if (!m_receive.IsNull())
    {
        m_receive(bytes, header.GetSource(), header.GetDestination());
    }
    return IpL4Protocol::RX_OK;
}

void
SctpScriptPeer::SetDownTarget(IpL4Protocol::DownTargetCallback cb)
{
    m_downTarget = cb;
}

void
SctpScriptPeer::SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb)
{
    m_downTarget6 = cb;
}

IpL4Protocol::DownTargetCallback
SctpScriptPeer::GetDownTarget() const
{
    return m_downTarget;
}

IpL4Protocol::DownTargetCallback6
SctpScriptPeer::GetDownTarget6() const
{
    return m_downTarget6;
}

} // namespace ns3
