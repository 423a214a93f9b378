/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_ADDRESS_WATCHER_H
#define SCTP_ADDRESS_WATCHER_H

#include "ns3/callback.h"
#include "ns3/ipv4-routing-protocol.h"
#include "ns3/ipv6-routing-protocol.h"

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Tells SCTP when the node gains or loses an IPv4 address, as FreeBSD's routing socket
 * tells its stack (auto_asconf).
 *
 * ns-3 has no address-change event for transport protocols; its IP layer informs the routing
 * protocols. This one sits last in the node's Ipv4ListRouting, never routes anything (every
 * lookup falls through to the others, or fails as it would without it) and only passes the
 * address notifications on.
 */
class SctpIpv4AddressWatcher : public Ipv4RoutingProtocol
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /// Called with the address and true when added, false when removed.
    typedef Callback<void, const Address&, bool> ChangeCallback;

    /// \param [in] cb where changes go
    void SetChangeCallback(ChangeCallback cb);

    Ptr<Ipv4Route> RouteOutput(Ptr<Packet> p,
                               const Ipv4Header& header,
                               Ptr<NetDevice> oif,
                               Socket::SocketErrno& sockerr) override;
    bool RouteInput(Ptr<const Packet> p,
                    const Ipv4Header& header,
                    Ptr<const NetDevice> idev,
                    UnicastForwardCallback ucb,
                    MulticastForwardCallback mcb,
                    LocalDeliverCallback lcb,
                    ErrorCallback ecb) override;
    void NotifyInterfaceUp(uint32_t interface) override;
    void NotifyInterfaceDown(uint32_t interface) override;
    void NotifyAddAddress(uint32_t interface, Ipv4InterfaceAddress address) override;
    void NotifyRemoveAddress(uint32_t interface, Ipv4InterfaceAddress address) override;
    void SetIpv4(Ptr<Ipv4> ipv4) override;
    void PrintRoutingTable(Ptr<OutputStreamWrapper> stream,
                           Time::Unit unit = Time::S) const override;

  protected:
    void DoDispose() override;

  private:
    ChangeCallback m_change; //!< where changes go
};

/**
 * \ingroup sctp
 * \brief The IPv6 counterpart of SctpIpv4AddressWatcher (global addresses only: link-local
 * ones are never announced, as FreeBSD does not put them in ASCONF for other scopes).
 */
class SctpIpv6AddressWatcher : public Ipv6RoutingProtocol
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /// \param [in] cb where changes go
    void SetChangeCallback(SctpIpv4AddressWatcher::ChangeCallback cb);

    Ptr<Ipv6Route> RouteOutput(Ptr<Packet> p,
                               const Ipv6Header& header,
                               Ptr<NetDevice> oif,
                               Socket::SocketErrno& sockerr) override;
    bool RouteInput(Ptr<const Packet> p,
                    const Ipv6Header& header,
                    Ptr<const NetDevice> idev,
                    UnicastForwardCallback ucb,
                    MulticastForwardCallback mcb,
                    LocalDeliverCallback lcb,
                    ErrorCallback ecb) override;
    void NotifyInterfaceUp(uint32_t interface) override;
    void NotifyInterfaceDown(uint32_t interface) override;
    void NotifyAddAddress(uint32_t interface, Ipv6InterfaceAddress address) override;
    void NotifyRemoveAddress(uint32_t interface, Ipv6InterfaceAddress address) override;
    void NotifyAddRoute(Ipv6Address dst,
                        Ipv6Prefix mask,
                        Ipv6Address nextHop,
                        uint32_t interface,
                        Ipv6Address prefixToUse = Ipv6Address::GetZero()) override;
    void NotifyRemoveRoute(Ipv6Address dst,
                           Ipv6Prefix mask,
                           Ipv6Address nextHop,
                           uint32_t interface,
                           Ipv6Address prefixToUse = Ipv6Address::GetZero()) override;
    void SetIpv6(Ptr<Ipv6> ipv6) override;
    void PrintRoutingTable(Ptr<OutputStreamWrapper> stream,
                           Time::Unit unit = Time::S) const override;

  protected:
    void DoDispose() override;

  private:
    SctpIpv4AddressWatcher::ChangeCallback m_change; //!< where changes go
};

} // namespace ns3

#endif /* SCTP_ADDRESS_WATCHER_H */
