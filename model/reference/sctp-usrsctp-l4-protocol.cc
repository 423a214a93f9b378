/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-usrsctp-l4-protocol.h"

#include "sctp-usrsctp-instance.h"
#include "sctp-usrsctp-socket-factory.h"
#include "sctp-usrsctp-socket.h"

#include "ns3/abort.h"
#include "ns3/integer.h"
#include "ns3/ipv4-header.h"
#include "ns3/ipv4-route.h"
#include "ns3/ipv4-routing-protocol.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/random-variable-stream.h"
#include "ns3/socket.h"
#include "ns3/trace-source-accessor.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <usrsctp.h>
#include <vector>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpUsrsctpL4Protocol");

NS_OBJECT_ENSURE_REGISTERED(SctpUsrsctpL4Protocol);

TypeId
SctpUsrsctpL4Protocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpUsrsctpL4Protocol")
            .SetParent<IpL4Protocol>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpUsrsctpL4Protocol>()
            .AddAttribute("CcModule",
                          "Congestion control module of new sockets (SCTP_PLUGGABLE_CC): 0 "
                          "RFC 4960, 1 HighSpeed, 2 H-TCP, 3 RTCC; -1 leaves the sysctl "
                          "default_cc_module",
                          IntegerValue(-1),
                          MakeIntegerAccessor(&SctpUsrsctpL4Protocol::m_ccModule),
                          MakeIntegerChecker<int32_t>(-1, 3))
            .AddAttribute("Mtu",
                          "IP MTU of the node's paths in bytes (0: the MTU of its first "
                          "non-loopback interface); libusrsctp's AF_CONN paths do no PMTU "
                          "discovery",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpUsrsctpL4Protocol::m_mtu),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("UdpEncapsulationPort",
                          "Local UDP port of SCTP/UDP encapsulation (RFC 6951); 0 sends SCTP "
                          "directly over IP. When set, every packet of the node is sent "
                          "encapsulated and packets arriving on the port are accepted",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpUsrsctpL4Protocol::m_udpPort),
                          MakeUintegerChecker<uint16_t>())
            .AddAttribute("RemoteUdpEncapsulationPort",
                          "The peer's SCTP/UDP port for associations this node starts (with "
                          "UdpEncapsulationPort set); for the others the port packets come from",
                          UintegerValue(9899),
                          MakeUintegerAccessor(&SctpUsrsctpL4Protocol::m_remoteUdpPort),
                          MakeUintegerChecker<uint16_t>(1))
            .AddTraceSource("Tx",
                            "An SCTP packet sent (the SCTP packet, before IP or UDP)",
                            MakeTraceSourceAccessor(&SctpUsrsctpL4Protocol::m_txTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("Rx",
                            "An SCTP packet received, before libusrsctp sees it",
                            MakeTraceSourceAccessor(&SctpUsrsctpL4Protocol::m_rxTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("Drop",
                            "A packet dropped before libusrsctp or the network saw it",
                            MakeTraceSourceAccessor(&SctpUsrsctpL4Protocol::m_dropTrace),
                            "ns3::SctpUsrsctpL4Protocol::DropTracedCallback");
    return tid;
}

SctpUsrsctpL4Protocol::SctpUsrsctpL4Protocol()
{
    NS_LOG_FUNCTION(this);
    m_random = CreateObject<UniformRandomVariable>();
}

SctpUsrsctpL4Protocol::~SctpUsrsctpL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

Ptr<Node>
SctpUsrsctpL4Protocol::GetNode() const
{
    return m_node;
}

void*
SctpUsrsctpL4Protocol::GetConnAddress() const
{
    return m_token;
}

void
SctpUsrsctpL4Protocol::NotifyNewAggregate()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = GetObject<Node>();
    Ptr<Ipv4> ipv4 = GetObject<Ipv4>();
    if (!m_node && node && ipv4)
    {
        m_node = node;
        m_token = SctpUsrsctpInstance::RegisterNode(this);
        Ptr<SctpUsrsctpSocketFactory> factory = CreateObject<SctpUsrsctpSocketFactory>();
        factory->SetUsrsctp(this);
        node->AggregateObject(factory);
    }
    if (ipv4 && m_downTarget.IsNull())
    {
        NS_ABORT_MSG_IF(ipv4->GetProtocol(PROT_NUMBER),
                        "SctpUsrsctpL4Protocol: node " << (node ? node->GetId() : 0)
                                                       << " already has SCTP");
        ipv4->Insert(this);
        SetDownTarget(MakeCallback(&Ipv4::Send, ipv4));
    }
    if (m_node && m_udpPort != 0)
    {
        OpenUdpSocket();
    }
    IpL4Protocol::NotifyNewAggregate();
}

void
SctpUsrsctpL4Protocol::DoDispose()
{
    NS_LOG_FUNCTION(this);
    if (m_token)
    {
        SctpUsrsctpInstance::UnregisterNode(m_token); // nothing leaves from now on
    }
    std::set<Ptr<SctpUsrsctpSocket>> sockets;
    sockets.swap(m_sockets);
    for (const Ptr<SctpUsrsctpSocket>& s : sockets)
    {
        s->Discard();
    }
    if (m_udpSocket)
    {
        m_udpSocket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_udpSocket = nullptr;
    }
    m_peers.clear();
    m_node = nullptr;
    m_downTarget.Nullify();
    m_downTarget6.Nullify();
    IpL4Protocol::DoDispose();
}

Ptr<Socket>
SctpUsrsctpL4Protocol::CreateSocket()
{
    NS_LOG_FUNCTION(this);
    return AdoptSocket(nullptr);
}

Ptr<SctpUsrsctpSocket>
SctpUsrsctpL4Protocol::AdoptSocket(struct socket* so)
{
    NS_LOG_FUNCTION(this << so);
    NS_ABORT_MSG_IF(!m_node, "SctpUsrsctpL4Protocol: not on a node with IPv4");
    OpenUdpSocket(); // SCTP/UDP packets may arrive from now on
    Ptr<SctpUsrsctpSocket> socket = CreateObject<SctpUsrsctpSocket>();
    socket->Setup(this, so);
    m_sockets.insert(socket);
    return socket;
}

void
SctpUsrsctpL4Protocol::ForgetSocket(Ptr<SctpUsrsctpSocket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    m_sockets.erase(socket);
}

uint16_t
SctpUsrsctpL4Protocol::AllocateEphemeralPort()
{
    NS_LOG_FUNCTION(this);
    const uint32_t first = 49152;
    const uint32_t count = 65536 - first;
    uint32_t start = m_random->GetInteger(0, count - 1);
    for (uint32_t i = 0; i < count; ++i)
    {
        auto port = static_cast<uint16_t>(first + (start + i) % count);
        if (m_boundPorts.find(port) == m_boundPorts.end())
        {
            return port;
        }
    }
    return 0;
}

void
SctpUsrsctpL4Protocol::NotePortBound(uint16_t port)
{
    m_boundPorts[port]++;
}

void
SctpUsrsctpL4Protocol::NotePortReleased(uint16_t port)
{
    auto it = m_boundPorts.find(port);
    if (it != m_boundPorts.end() && --it->second == 0)
    {
        m_boundPorts.erase(it);
    }
}

void
SctpUsrsctpL4Protocol::SetPeer(uint16_t localPort,
                               uint16_t peerPort,
                               Ipv4Address peer,
                               uint16_t udpPort)
{
    Peer& p = m_peers[{localPort, peerPort}];
    if (p.address != peer || p.udpPort != udpPort)
    {
        NS_LOG_LOGIC("ports " << localPort << "/" << peerPort << " -> " << peer
                              << (udpPort ? " udp " : "") << (udpPort ? udpPort : 0));
    }
    p.address = peer;
    p.udpPort = udpPort;
}

bool
SctpUsrsctpL4Protocol::GetPeer(uint16_t localPort, uint16_t peerPort, Ipv4Address& peer) const
{
    auto it = m_peers.find({localPort, peerPort});
    if (it == m_peers.end())
    {
        return false;
    }
    peer = it->second.address;
    return true;
}

uint16_t
SctpUsrsctpL4Protocol::GetConnectUdpPort() const
{
    return m_udpPort != 0 ? m_remoteUdpPort : 0;
}

uint32_t
SctpUsrsctpL4Protocol::GetSctpPacketSize() const
{
    uint32_t mtu = m_mtu;
    Ptr<Ipv4> ipv4 = m_node ? m_node->GetObject<Ipv4>() : nullptr;
    if (mtu == 0 && ipv4)
    {
        for (uint32_t i = 0; i < ipv4->GetNInterfaces(); ++i)
        {
            if (ipv4->GetNAddresses(i) > 0 && !ipv4->GetAddress(i, 0).GetLocal().IsLocalhost())
            {
                mtu = ipv4->GetMtu(i);
                break;
            }
        }
    }
    if (mtu == 0)
    {
        mtu = 1500;
    }
    uint32_t overhead = 20 + (m_udpPort != 0 ? 8 : 0);
    return mtu > overhead + 64 ? mtu - overhead : 64;
}

Ipv4Address
SctpUsrsctpL4Protocol::GetSourceAddressFor(Ipv4Address peer) const
{
    Ptr<Ipv4> ipv4 = m_node ? m_node->GetObject<Ipv4>() : nullptr;
    if (!ipv4)
    {
        return Ipv4Address::GetAny();
    }
    if (ipv4->GetRoutingProtocol())
    {
        Ipv4Header header;
        header.SetDestination(peer);
        header.SetProtocol(PROT_NUMBER);
        Socket::SocketErrno err;
        Ptr<Ipv4Route> route =
            ipv4->GetRoutingProtocol()->RouteOutput(nullptr, header, nullptr, err);
        if (route)
        {
            return route->GetSource();
        }
    }
    for (uint32_t i = 0; i < ipv4->GetNInterfaces(); ++i)
    {
        if (ipv4->GetNAddresses(i) > 0 && !ipv4->GetAddress(i, 0).GetLocal().IsLocalhost())
        {
            return ipv4->GetAddress(i, 0).GetLocal();
        }
    }
    return Ipv4Address::GetAny();
}

int32_t
SctpUsrsctpL4Protocol::GetCcModule() const
{
    return m_ccModule;
}

void
SctpUsrsctpL4Protocol::SendFromLibrary(const uint8_t* buffer, size_t length, uint8_t tos)
{
    NS_LOG_FUNCTION(this << length << static_cast<int>(tos));
    Ptr<Packet> p = Create<Packet>(buffer, static_cast<uint32_t>(length));
    if (length < 12)
    {
        m_dropTrace(p, "libusrsctp emitted a packet shorter than the common header");
        return;
    }
    uint16_t srcPort = static_cast<uint16_t>((buffer[0] << 8) | buffer[1]);
    uint16_t dstPort = static_cast<uint16_t>((buffer[2] << 8) | buffer[3]);
    auto it = m_peers.find({srcPort, dstPort});
    if (it == m_peers.end())
    {
        NS_LOG_WARN("SctpUsrsctpL4Protocol: no peer known for ports " << srcPort << "/" << dstPort);
        m_dropTrace(p, "no peer address known for the port pair");
        return;
    }
    const Peer& peer = it->second;
    m_txTrace(p);
    if (peer.udpPort != 0)
    {
        OpenUdpSocket();
        if (!m_udpSocket ||
            m_udpSocket->SendTo(p, 0, InetSocketAddress(peer.address, peer.udpPort)) < 0)
        {
            m_dropTrace(p, "the UDP socket refused the packet");
        }
        return;
    }
    Ptr<Ipv4> ipv4 = m_node ? m_node->GetObject<Ipv4>() : nullptr;
    if (!ipv4 || m_downTarget.IsNull() || !ipv4->GetRoutingProtocol())
    {
        m_dropTrace(p, "no IPv4 stack");
        return;
    }
    Ipv4Header header;
    header.SetDestination(peer.address);
    header.SetProtocol(PROT_NUMBER);
    Socket::SocketErrno err;
    Ptr<Ipv4Route> route = ipv4->GetRoutingProtocol()->RouteOutput(p, header, nullptr, err);
    if (!route)
    {
        m_dropTrace(p, "no route to the peer");
        return;
    }
    if (tos)
    {
        SocketIpTosTag tag;
        tag.SetTos(tos);
        p->AddPacketTag(tag);
    }
    m_downTarget(p, route->GetSource(), peer.address, PROT_NUMBER, route);
}

void
SctpUsrsctpL4Protocol::Deliver(Ptr<Packet> p, Ipv4Address from, uint16_t udpPort, uint8_t ecn)
{
    NS_LOG_FUNCTION(this << p << from << udpPort);
    uint32_t size = p->GetSize();
    if (size < 12)
    {
        m_dropTrace(p, "shorter than the SCTP common header");
        return;
    }
    std::vector<uint8_t> bytes(size);
    p->CopyData(bytes.data(), size);
    uint16_t srcPort = static_cast<uint16_t>((bytes[0] << 8) | bytes[1]);
    uint16_t dstPort = static_cast<uint16_t>((bytes[2] << 8) | bytes[3]);
    SetPeer(dstPort, srcPort, from, udpPort);
    m_rxTrace(p);
    SctpUsrsctpInstance::Entry entry(true);
    usrsctp_conninput(m_token, bytes.data(), bytes.size(), ecn);
}

enum IpL4Protocol::RxStatus
SctpUsrsctpL4Protocol::Receive(Ptr<Packet> p,
                               const Ipv4Header& header,
                               Ptr<Ipv4Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header.GetSource());
    if (!m_token || !m_node)
    {
        return IpL4Protocol::RX_ENDPOINT_UNREACH;
    }
    Deliver(p, header.GetSource(), 0, static_cast<uint8_t>(header.GetEcn()));
    return IpL4Protocol::RX_OK;
}

enum IpL4Protocol::RxStatus
SctpUsrsctpL4Protocol::Receive(Ptr<Packet> p,
                               const Ipv6Header& header,
                               Ptr<Ipv6Interface> incomingInterface)
{
    m_dropTrace(p, "IPv6: the usrsctp reference peer is IPv4 only");
    return IpL4Protocol::RX_ENDPOINT_UNREACH;
}

void
SctpUsrsctpL4Protocol::OpenUdpSocket()
{
    if (m_udpSocket || m_udpPort == 0 || !m_node ||
        !m_node->GetObject<SocketFactory>(UdpSocketFactory::GetTypeId()))
    {
        return;
    }
    NS_LOG_FUNCTION(this << m_udpPort);
    m_udpSocket = Socket::CreateSocket(m_node, UdpSocketFactory::GetTypeId());
    NS_ABORT_MSG_IF(m_udpSocket->Bind(InetSocketAddress(Ipv4Address::GetAny(), m_udpPort)) != 0,
                    "SctpUsrsctpL4Protocol: cannot bind UDP port " << m_udpPort);
    m_udpSocket->SetRecvCallback(MakeCallback(&SctpUsrsctpL4Protocol::UdpReceive, this));
}

void
SctpUsrsctpL4Protocol::UdpReceive(Ptr<Socket> socket)
{
    Address from;
    while (Ptr<Packet> p = socket->RecvFrom(from))
    {
        if (!InetSocketAddress::IsMatchingType(from))
        {
            continue;
        }
        InetSocketAddress inet = InetSocketAddress::ConvertFrom(from);
        Deliver(p, inet.GetIpv4(), inet.GetPort(), 0);
    }
}

int64_t
SctpUsrsctpL4Protocol::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_random->SetStream(stream);
    return 1;
}

int
SctpUsrsctpL4Protocol::GetProtocolNumber() const
{
    return PROT_NUMBER;
}

void
SctpUsrsctpL4Protocol::SetDownTarget(IpL4Protocol::DownTargetCallback cb)
{
    m_downTarget = cb;
}

void
SctpUsrsctpL4Protocol::SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb)
{
    m_downTarget6 = cb;
}

IpL4Protocol::DownTargetCallback
SctpUsrsctpL4Protocol::GetDownTarget() const
{
    return m_downTarget;
}

IpL4Protocol::DownTargetCallback6
SctpUsrsctpL4Protocol::GetDownTarget6() const
{
    return m_downTarget6;
}

} // namespace ns3
