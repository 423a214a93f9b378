/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Address-change notifications for SCTP taken from the IP layer's routing notifications: the
// watchers route nothing and answer every lookup "no route", so the list routing they sit in
// behaves as without them.

#include "sctp-address-watcher.h"

#include "ns3/ipv4-route.h"
#include "ns3/ipv6-route.h"
#include "ns3/log.h"
#include "ns3/output-stream-wrapper.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAddressWatcher");
NS_OBJECT_ENSURE_REGISTERED(SctpIpv4AddressWatcher);
NS_OBJECT_ENSURE_REGISTERED(SctpIpv6AddressWatcher);

TypeId
SctpIpv4AddressWatcher::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpIpv4AddressWatcher")
                            .SetParent<Ipv4RoutingProtocol>()
                            .SetGroupName("Sctp")
                            .AddConstructor<SctpIpv4AddressWatcher>();
    return tid;
}

void
SctpIpv4AddressWatcher::SetChangeCallback(ChangeCallback cb)
{
    m_change = cb;
}

Ptr<Ipv4Route>
SctpIpv4AddressWatcher::RouteOutput(Ptr<Packet>,
                                    const Ipv4Header&,
                                    Ptr<NetDevice>,
                                    Socket::SocketErrno& sockerr)
{
    sockerr = Socket::ERROR_NOROUTETOHOST;
    return nullptr;
}

bool
SctpIpv4AddressWatcher::RouteInput(Ptr<const Packet>,
                                   const Ipv4Header&,
                                   Ptr<const NetDevice>,
                                   UnicastForwardCallback,
                                   MulticastForwardCallback,
                                   LocalDeliverCallback,
                                   ErrorCallback)
{
    return false;
}

void
SctpIpv4AddressWatcher::NotifyInterfaceUp(uint32_t)
{
}

void
SctpIpv4AddressWatcher::NotifyInterfaceDown(uint32_t)
{
}

void
SctpIpv4AddressWatcher::NotifyAddAddress(uint32_t interface, Ipv4InterfaceAddress address)
{
    NS_LOG_FUNCTION(this << interface << address);
    if (!m_change.IsNull() && !address.GetLocal().IsLocalhost())
    {
        m_change(address.GetLocal(), true);
    }
}

void
SctpIpv4AddressWatcher::NotifyRemoveAddress(uint32_t interface, Ipv4InterfaceAddress address)
{
    NS_LOG_FUNCTION(this << interface << address);
    if (!m_change.IsNull() && !address.GetLocal().IsLocalhost())
    {
        m_change(address.GetLocal(), false);
    }
}

void
SctpIpv4AddressWatcher::SetIpv4(Ptr<Ipv4>)
{
}

void
SctpIpv4AddressWatcher::PrintRoutingTable(Ptr<OutputStreamWrapper> stream, Time::Unit) const
{
    *stream->GetStream() << "SCTP address watcher (routes nothing)" << std::endl;
}

void
SctpIpv4AddressWatcher::DoDispose()
{
    m_change = ChangeCallback();
    Ipv4RoutingProtocol::DoDispose();
}

TypeId
SctpIpv6AddressWatcher::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpIpv6AddressWatcher")
                            .SetParent<Ipv6RoutingProtocol>()
                            .SetGroupName("Sctp")
                            .AddConstructor<SctpIpv6AddressWatcher>();
    return tid;
}

void
SctpIpv6AddressWatcher::SetChangeCallback(SctpIpv4AddressWatcher::ChangeCallback cb)
{
    m_change = cb;
}

Ptr<Ipv6Route>
SctpIpv6AddressWatcher::RouteOutput(Ptr<Packet>,
                                    const Ipv6Header&,
                                    Ptr<NetDevice>,
                                    Socket::SocketErrno& sockerr)
{
    sockerr = Socket::ERROR_NOROUTETOHOST;
    return nullptr;
}

bool
SctpIpv6AddressWatcher::RouteInput(Ptr<const Packet>,
                                   const Ipv6Header&,
                                   Ptr<const NetDevice>,
                                   UnicastForwardCallback,
                                   MulticastForwardCallback,
                                   LocalDeliverCallback,
                                   ErrorCallback)
{
    return false;
}

void
SctpIpv6AddressWatcher::NotifyInterfaceUp(uint32_t)
{
}

void
SctpIpv6AddressWatcher::NotifyInterfaceDown(uint32_t)
{
}

void
SctpIpv6AddressWatcher::NotifyAddAddress(uint32_t interface, Ipv6InterfaceAddress address)
{
    NS_LOG_FUNCTION(this << interface << address);
    Ipv6Address a = address.GetAddress();
    if (!m_change.IsNull() && !a.IsLocalhost() && !a.IsLinkLocal())
    {
        m_change(a, true);
    }
}

void
SctpIpv6AddressWatcher::NotifyRemoveAddress(uint32_t interface, Ipv6InterfaceAddress address)
{
    NS_LOG_FUNCTION(this << interface << address);
    Ipv6Address a = address.GetAddress();
    if (!m_change.IsNull() && !a.IsLocalhost() && !a.IsLinkLocal())
    {
        m_change(a, false);
    }
}

void
SctpIpv6AddressWatcher::NotifyAddRoute(Ipv6Address, Ipv6Prefix, Ipv6Address, uint32_t, Ipv6Address)
{
}

void
SctpIpv6AddressWatcher::NotifyRemoveRoute(Ipv6Address,
                                          Ipv6Prefix,
                                          Ipv6Address,
                                          uint32_t,
                                          Ipv6Address)
{
}

void
SctpIpv6AddressWatcher::SetIpv6(Ptr<Ipv6>)
{
}

void
SctpIpv6AddressWatcher::PrintRoutingTable(Ptr<OutputStreamWrapper> stream, Time::Unit) const
{
    *stream->GetStream() << "SCTP address watcher (routes nothing)" << std::endl;
}

void
SctpIpv6AddressWatcher::DoDispose()
{
    m_change = SctpIpv4AddressWatcher::ChangeCallback();
    Ipv6RoutingProtocol::DoDispose();
}

} // namespace ns3
