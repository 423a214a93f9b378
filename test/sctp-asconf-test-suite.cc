/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// ASCONF (RFC 5061) and mobility (FreeBSD's mobility_base / mobility_fasthandoff) between two
// stacks: a host moves from one address to another while its peer sends to it, by the
// application's sctp_bindx or by the node's own address changes (auto_asconf). Every message
// is checked.

#include "sctp-collecting-listener.h"
#include "sctp-packet-filter.h"
#include "sctp-two-nodes.h"

#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"
#include "ns3/test.h"

#include <functional>

using namespace ns3;

namespace
{

/// Mobility settings of the sending side.
enum Mobility
{
    OFF,        //!< neither sysctl
    BASE,       //!< mobility_base
    FASTHANDOFF //!< mobility_fasthandoff
};

/**
 * \param [in] i message number
 * \return its 1000 bytes
 */
std::vector<uint8_t>
Message(uint32_t i)
{
    std::vector<uint8_t> m(1000);
    for (uint32_t k = 0; k < m.size(); ++k)
    {
        m[k] = static_cast<uint8_t>(i * 11 + k * 13);
    }
    return m;
}

/**
 * \brief Record the ASCONF requests a stack receives, in order.
 * \param [in] l4 the stack
 * \param [out] requests (parameter type, address) of each request
 */
void
RecordAsconfRequests(Ptr<SctpL4Protocol> l4, std::vector<std::pair<uint16_t, Address>>& requests)
{
    l4->TraceConnectWithoutContext(
        "Rx",
        Callback<void, Ptr<const Packet>>([&requests](Ptr<const Packet> p) {
            for (const auto& c : ChunksOf(p))
            {
                if (auto asconf = DynamicCast<SctpAsconfChunk>(c))
                {
                    for (const auto& q : asconf->GetParameters())
                    {
                        if (auto v = DynamicCast<SctpAsconfAddressValue>(q))
                        {
                            requests.emplace_back(q->GetType(),
                                                  SctpAddressOfParameter(v->GetAddressParameter()));
                        }
                    }
                }
            }
        }));
}

} // namespace

/**
 * \ingroup sctp-test
 * \brief Host A, bound to its address a0 on link 0 only, talks to host B (bound to the
 * wildcard), which sends a message every 5 ms. At 3 s A adds a1 (sctp_bindx add: ASCONF
 * ADD-IP); B adds a path to it and confirms it with a HEARTBEAT. At 3.5 s link 0 fails, A
 * deletes a0 (sctp_bindx remove: ASCONF DELETE-IP, sent from a1) and asks B to make a1 its
 * primary (SCTP_SET_PEER_PRIMARY_ADDR: ASCONF SET-PRIMARY). B removes its primary path, sends to
 * a1 and answers each ASCONF with an ASCONF-ACK. What B had sent to a0 and lost on link 0 is
 * sent again: with mobility_fasthandoff at once when the SET-PRIMARY arrives (the T3 procedure
 * on the deleted primary: the retransmissions leave in the same instant); with mobility_base
 * the chunks wait on the deleted primary and are recovered after the SET-PRIMARY; with neither
 * they move to the remaining path when the primary is deleted and are recovered from there. Every
 * message arrives once, intact, in order; B ends with the single path to a1 as primary and saw
 * ADDR_ADDED and ADDR_REMOVED.
 */
class SctpAsconfMoveTestCase : public TestCase
{
  public:
    /**
     * \param [in] mobility B's mobility sysctls
     */
    SctpAsconfMoveTestCase(Mobility mobility)
        : TestCase(std::string("a host moves to its other address with ASCONF, ") +
                   (mobility == OFF    ? "no mobility"
                    : mobility == BASE ? "mobility_base"
                                       : "mobility_fasthandoff")),
          m_mobility(mobility)
    {
    }

  private:
    void DoRun() override
    {
        Config::SetDefault("ns3::SctpL4Protocol::MobilityBase", BooleanValue(m_mobility == BASE));
        Config::SetDefault("ns3::SctpL4Protocol::MobilityFastHandoff",
                           BooleanValue(m_mobility == FASTHANDOFF));
        Config::SetDefault("ns3::SctpL4Protocol::RtoMin", TimeValue(MilliSeconds(300)));
        Config::SetDefault("ns3::SctpL4Protocol::RtoInitial", TimeValue(MilliSeconds(300)));
        SctpMultihomingHelper mh;
        SctpMultihomingHelper::PathSpec spec;
        spec.delay = MilliSeconds(10);
        mh.AddPath(spec);
        mh.AddPath(spec);
        SctpMultihomingHelper::Hosts hosts = mh.Install();
        const Address a0 = hosts.addressesA[0];
        const Address a1 = hosts.addressesA[1];

        // B: the wildcard, sends a message every 5 ms once A is there.
        Ptr<SctpSocket> listener =
            DynamicCast<SctpSocket>(Socket::CreateSocket(hosts.b, SctpSocketFactory::GetTypeId()));
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        Ptr<SctpSocket> server;
        Ptr<SctpAssociation> bAssoc;
        std::vector<std::pair<Time, uint32_t>> changes; // PEER_ADDR_CHANGE states at B
        Time madePrimary;
        std::vector<Time> retransmitted;
        uint32_t t3 = 0;
        const uint32_t n = 1000;
        uint32_t sent = 0;
        std::function<void()> sendNext = [&]() {
            if (sent < n && server->SendMsg(Message(sent), SctpSndInfo()) == 1000)
            {
                sent++;
            }
            if (sent < n)
            {
                Simulator::Schedule(MilliSeconds(5), sendNext);
            }
        };
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                server = DynamicCast<SctpSocket>(s);
                bAssoc = DynamicCast<SctpSocketImpl>(s)->GetAssociation();
                bAssoc->TraceConnectWithoutContext(
                    "Notification",
                    Callback<void, const SctpNotification&>([&](const SctpNotification& e) {
                        if (e.type == SctpNotification::PEER_ADDR_CHANGE)
                        {
                            changes.emplace_back(Simulator::Now(), e.state);
                            if (e.state == SctpNotification::ADDR_MADE_PRIM && e.address == a1)
                            {
                                madePrimary = Simulator::Now();
                            }
                        }
                    }));
                bAssoc->TraceConnectWithoutContext(
                    "Retransmission",
                    Callback<void, uint32_t, bool>(
                        [&](uint32_t, bool) { retransmitted.push_back(Simulator::Now()); }));
                bAssoc->TraceConnectWithoutContext(
                    "Timeout",
                    Callback<void, const Address&, Time>([&](const Address&, Time) { t3++; }));
                Simulator::Schedule(MilliSeconds(500), sendNext);
            }));

        // A: bound to a0 only, reads and checks.
        Ptr<SctpSocket> client =
            DynamicCast<SctpSocket>(Socket::CreateSocket(hosts.a, SctpSocketFactory::GetTypeId()));
        client->BindX({InetSocketAddress(Ipv4Address::ConvertFrom(a0), 0)}, true);
        uint32_t got = 0;
        bool inOrder = true;
        client->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) {
            while (Ptr<Packet> p = s->Recv())
            {
                std::vector<uint8_t> m(p->GetSize());
                p->CopyData(m.data(), m.size());
                inOrder &= (m == Message(got));
                got++;
            }
        }));
        bool asconf = false;
        client->SetConnectCallback(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                asconf = DynamicCast<SctpSocketImpl>(client)->GetAssociation()->IsAsconfActive();
            }),
            MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1), [&]() {
            client->Connect(InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[0]), 9));
        });
        int addResult = -2;
        int delResult = -2;
        int primResult = -2;
        Simulator::Schedule(Seconds(3), [&]() {
            addResult = client->BindX({InetSocketAddress(Ipv4Address::ConvertFrom(a1), 0)}, true);
        });
        Time failAt = Seconds(3.5);
        Simulator::Schedule(failAt, [&]() {
            SctpMultihomingHelper::SetPathUp(hosts, 0, false);
            delResult = client->BindX({InetSocketAddress(Ipv4Address::ConvertFrom(a0), 0)}, false);
            primResult = client->SetPeerPrimaryAddr(a1);
        });
        Simulator::Stop(Seconds(15));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(asconf, true, "ASCONF negotiated (with AUTH)");
        NS_TEST_ASSERT_MSG_EQ(addResult, 0, "sctp_bindx add on the association");
        NS_TEST_ASSERT_MSG_EQ(delResult, 0, "sctp_bindx remove on the association");
        NS_TEST_ASSERT_MSG_EQ(primResult, 0, "SCTP_SET_PEER_PRIMARY_ADDR");
        NS_TEST_ASSERT_MSG_EQ(sent, n, "every message sent");
        NS_TEST_ASSERT_MSG_EQ(got, n, "every message received once");
        NS_TEST_ASSERT_MSG_EQ(inOrder, true, "intact and in order");
        NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPaths().size(), 1u, "B keeps one path");
        NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPrimaryPeerAddress(), a1, "to a1, the primary");
        bool added = false;
        bool removed = false;
        for (const auto& c : changes)
        {
            added |= c.second == SctpNotification::ADDR_ADDED;
            removed |= c.second == SctpNotification::ADDR_REMOVED;
        }
        NS_TEST_ASSERT_MSG_EQ(added && removed, true, "ADDR_ADDED and ADDR_REMOVED at B");
        NS_TEST_ASSERT_MSG_GT(madePrimary, failAt, "a1 made primary after the move");
        uint32_t afterFail = 0;
        uint32_t atHandoff = 0;
        uint32_t later = 0;
        for (Time t : retransmitted)
        {
            afterFail += (t > failAt);
            atHandoff += (t == madePrimary);
            later += (t > madePrimary);
        }
        std::ostringstream os;
        os << "retransmissions after the failure " << afterFail << ", at the SET-PRIMARY "
           << atHandoff << ", later " << later << ", T3 " << t3;
        NS_TEST_ASSERT_MSG_GT(afterFail, 0u, "what link 0 lost was sent again: " << os.str());
        switch (m_mobility)
        {
        case FASTHANDOFF:
            // The T3 procedure on the deleted primary when the new one is named.
            NS_TEST_ASSERT_MSG_GT(atHandoff, 0u, os.str());
            break;
        case BASE:
            // The chunks wait on the deleted primary, then on the new one, for loss recovery.
            NS_TEST_ASSERT_MSG_EQ(atHandoff, 0u, os.str());
            NS_TEST_ASSERT_MSG_GT(later, 0u, os.str());
            break;
        case OFF:
            // Moved to the remaining path when the primary was deleted: recovered from there.
            NS_TEST_ASSERT_MSG_EQ(atHandoff, 0u, os.str());
            break;
        }
        Simulator::Destroy();
        Config::Reset();
    }

    Mobility m_mobility; //!< B's mobility sysctls
};

/**
 * \ingroup sctp-test
 * \brief auto_asconf (FreeBSD's default 1, bound-to-all endpoints): the application never asks;
 * the node's address changes do. Mobile host A reaches server B through router R over link 0
 * (A's address a0); A's second interface, on link 1, has no address. B sends a message every
 * 5 ms. At 3 s A's second interface gets address a1: A's stack sends ASCONF ADD-IP a1 by itself
 * and B adds a path to it. At 3.5 s link 0 fails, A's default route moves to link 1 and a0 is
 * removed from its interface: A sends ASCONF DELETE-IP a0, from a1, and B sends to a1 from then
 * on. Expected: B receives exactly those two ASCONFs, ends with the single path to a1 as
 * primary, and every message arrives once, intact and in order. With SCTP_AUTO_ASCONF off, the
 * new address brings no ASCONF and B keeps its one path to a0. SCTP_AUTO_ASCONF is refused on
 * an endpoint bound to specific addresses.
 *
 * Break before make: at 3 s link 0 fails and A loses a0, its only address, which cannot be
 * deleted then (RFC 5061 §4.3.1); at 3.5 s A gains a1 with its default route on link 1. The
 * ASCONF that adds a1 leaves from a1 (a0 is gone) and the deletion of a0 follows: B receives
 * [ADD a1, DELETE a0] and ends with a1 alone; nothing is lost.
 *
 * With mobility_base at A and the default route moved to link 1 together with the new address
 * (make before break), FreeBSD's rule for an acknowledged address addition applies (§3.7): the
 * primary path now leaves from a1, so A asks B to make a1 its primary (SET-PRIMARY) before
 * deleting a0. B then receives ADD-IP a1, SET-PRIMARY a1, DELETE-IP a0, and a1 is B's primary
 * before link 0 fails.
 */
class SctpAsconfAutoTestCase : public TestCase
{
  public:
    /**
     * \param [in] on auto_asconf at A
     * \param [in] mobility mobility_base at A, route moved with the new address
     */
    SctpAsconfAutoTestCase(bool on, bool mobility = false, bool breakFirst = false)
        : TestCase(!on          ? "auto_asconf off: no ASCONF"
                   : mobility   ? "auto_asconf with mobility_base: SET-PRIMARY for the new source"
                   : breakFirst ? "auto_asconf, break before make: the last address deleted later"
                                : "auto_asconf: address changes of the node sent with ASCONF"),
          m_on(on),
          m_mobility(mobility),
          m_breakFirst(breakFirst)
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes; // A, R, B
        nodes.Create(3);
        Ptr<Node> a = nodes.Get(0);
        Ptr<Node> r = nodes.Get(1);
        Ptr<Node> b = nodes.Get(2);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue("10Mbps"));
        p2p.SetChannelAttribute("Delay", TimeValue(MilliSeconds(5)));
        NetDeviceContainer l0 = p2p.Install(a, r);
        NetDeviceContainer l1 = p2p.Install(a, r);
        NetDeviceContainer l2 = p2p.Install(r, b);
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(b);
        sctp.SetAttribute("MobilityBase", BooleanValue(m_mobility));
        sctp.Install(a);
        Ipv4AddressHelper ip;
        ip.SetBase("10.1.0.0", "255.255.255.0");
        ip.Assign(l0);
        ip.SetBase("10.1.1.0", "255.255.255.0", "0.0.0.2");
        ip.Assign(NetDeviceContainer(l1.Get(1))); // R only: A's side has no address yet
        ip.SetBase("10.1.2.0", "255.255.255.0");
        ip.Assign(l2);
        const Ipv4Address a0("10.1.0.1");
        const Ipv4Address a1("10.1.1.1");
        const Ipv4Address bAddr("10.1.2.2");
        Ipv4StaticRoutingHelper routing;
        Ptr<Ipv4> ipv4A = a->GetObject<Ipv4>();
        Ptr<Ipv4StaticRouting> routesA = routing.GetStaticRouting(ipv4A);
        routesA->SetDefaultRoute(Ipv4Address("10.1.0.2"), ipv4A->GetInterfaceForDevice(l0.Get(0)));
        Ptr<Ipv4> ipv4B = b->GetObject<Ipv4>();
        routing.GetStaticRouting(ipv4B)->SetDefaultRoute(Ipv4Address("10.1.2.1"), 1);

        // B: the wildcard, a message every 5 ms once A is there; the ASCONFs it receives.
        Ptr<SctpSocket> listener =
            DynamicCast<SctpSocket>(Socket::CreateSocket(b, SctpSocketFactory::GetTypeId()));
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        Ptr<SctpSocket> server;
        Ptr<SctpAssociation> bAssoc;
        const uint32_t n = 600;
        uint32_t sent = 0;
        std::function<void()> sendNext = [&]() {
            if (sent < n && server->SendMsg(Message(sent), SctpSndInfo()) == 1000)
            {
                sent++;
            }
            if (sent < n)
            {
                Simulator::Schedule(MilliSeconds(5), sendNext);
            }
        };
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                server = DynamicCast<SctpSocket>(s);
                bAssoc = DynamicCast<SctpSocketImpl>(s)->GetAssociation();
                Simulator::Schedule(MilliSeconds(500), sendNext);
            }));
        std::vector<std::pair<uint16_t, Address>> requests; // ASCONF requests at B, in order
        RecordAsconfRequests(b->GetObject<SctpL4Protocol>(), requests);

        // A: the wildcard (the default), reads and checks.
        Ptr<SctpSocket> client =
            DynamicCast<SctpSocket>(Socket::CreateSocket(a, SctpSocketFactory::GetTypeId()));
        NS_TEST_ASSERT_MSG_EQ(client->SetAutoAsconf(m_on), 0, "SCTP_AUTO_ASCONF");
        bool on = !m_on;
        client->GetAutoAsconf(on);
        NS_TEST_ASSERT_MSG_EQ(on, m_on, "SCTP_AUTO_ASCONF reads back");
        Ptr<SctpSocket> bound =
            DynamicCast<SctpSocket>(Socket::CreateSocket(a, SctpSocketFactory::GetTypeId()));
        bound->Bind(InetSocketAddress(a0, 0));
        NS_TEST_ASSERT_MSG_EQ(bound->SetAutoAsconf(true), -1, "only on a wildcard endpoint");
        uint32_t got = 0;
        bool inOrder = true;
        client->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) {
            while (Ptr<Packet> p = s->Recv())
            {
                std::vector<uint8_t> m(p->GetSize());
                p->CopyData(m.data(), m.size());
                inOrder &= (m == Message(got));
                got++;
            }
        }));
        Simulator::Schedule(Seconds(1), [&]() { client->Connect(InetSocketAddress(bAddr, 9)); });
        size_t pathsBefore = 0;
        std::function<void()> attach = [&]() {
            uint32_t i = ipv4A->AddInterface(l1.Get(0));
            ipv4A->SetUp(i);
            if (m_mobility || m_breakFirst)
            {
                routesA->SetDefaultRoute(Ipv4Address("10.1.1.2"), i); // before the address
            }
            ipv4A->AddAddress(i, Ipv4InterfaceAddress(a1, Ipv4Mask("255.255.255.0")));
        };
        std::function<void()> detach = [&]() {
            uint32_t i0 = ipv4A->GetInterfaceForDevice(l0.Get(0));
            Ptr<Ipv4> ipv4R = r->GetObject<Ipv4>();
            ipv4R->SetDown(ipv4R->GetInterfaceForDevice(l0.Get(1)));
            ipv4A->SetDown(i0);
            if (!m_breakFirst)
            {
                uint32_t i1 = ipv4A->GetInterfaceForDevice(l1.Get(0));
                routesA->SetDefaultRoute(Ipv4Address("10.1.1.2"), i1);
            }
            ipv4A->RemoveAddress(i0, a0);
        };
        Simulator::Schedule(Seconds(3), [&]() {
            pathsBefore = bAssoc->GetPaths().size();
            (m_breakFirst ? detach : attach)();
        });
        Address primaryBeforeFailure;
        Simulator::Schedule(Seconds(3.49),
                            [&]() { primaryBeforeFailure = bAssoc->GetPrimaryPeerAddress(); });
        Simulator::Schedule(Seconds(3.5), [&]() { (m_breakFirst ? attach : detach)(); });
        Simulator::Stop(Seconds(m_on ? 10 : 3.4));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(pathsBefore, 1u, "B has one path before");
        if (!m_on)
        {
            NS_TEST_ASSERT_MSG_EQ(requests.size(), 0u, "no ASCONF");
            NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPaths().size(), 1u, "B still has one path");
            NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPrimaryPeerAddress(), Address(a0), "to a0");
            NS_TEST_ASSERT_MSG_EQ(inOrder, true, "what arrived is intact and in order");
            // Stopped at 3.4 s: only what left in the last one-way delay (two 5 ms hops, one
            // message every 5 ms) may still be on its way.
            NS_TEST_ASSERT_MSG_GT(got, 300u, "B sent from 1.5 s on");
            NS_TEST_ASSERT_MSG_LT_OR_EQ(got, sent, "nothing twice");
            NS_TEST_ASSERT_MSG_LT_OR_EQ(sent - got, 4u, "nothing lost");
            Simulator::Destroy();
            return;
        }
        std::vector<std::pair<uint16_t, Address>> expected{{SctpParameter::ADD_IP_ADDRESS, a1}};
        if (m_mobility)
        {
            expected.emplace_back(SctpParameter::SET_PRIMARY_ADDRESS, a1);
        }
        expected.emplace_back(SctpParameter::DELETE_IP_ADDRESS, a0);
        NS_TEST_ASSERT_MSG_EQ((requests == expected), true, "the ASCONF requests, in order");
        NS_TEST_ASSERT_MSG_EQ(primaryBeforeFailure,
                              Address(m_mobility ? a1 : a0),
                              "B's primary at 3.49 s");
        NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPaths().size(), 1u, "B keeps one path");
        NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPrimaryPeerAddress(), Address(a1), "to a1, the primary");
        NS_TEST_ASSERT_MSG_EQ(sent, n, "every message sent");
        NS_TEST_ASSERT_MSG_EQ(got, n, "every message received once");
        NS_TEST_ASSERT_MSG_EQ(inOrder, true, "intact and in order");
        Simulator::Destroy();
    }

    bool m_on;         //!< auto_asconf at A
    bool m_mobility;   //!< mobility_base at A, make before break
    bool m_breakFirst; //!< A loses link 0 and a0 before it gains a1
};

/**
 * \ingroup sctp-test
 * \brief auto_asconf over IPv6. Two hosts on one link, with IPv6 list routing (so that the
 * node's address changes reach SCTP: InternetStackHelper's IPv6 default is static routing
 * alone). At 2 s host A gains a second global address on its interface, at 3 s loses it
 * again. Expected: B receives ASCONF ADD-IP then DELETE-IP naming that IPv6 address, has two
 * paths in between (the new one confirmed by a heartbeat) and one at the end; link-local
 * addresses never appear in an ASCONF.
 */
class SctpAsconfAutoIpv6TestCase : public TestCase
{
  public:
    SctpAsconfAutoIpv6TestCase()
        : TestCase("auto_asconf over IPv6 (list routing)")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        PointToPointHelper p2p;
        NetDeviceContainer devices = p2p.Install(nodes);
        Ipv6ListRoutingHelper list;
        Ipv6StaticRoutingHelper staticRouting;
        list.Add(staticRouting, 0);
        InternetStackHelper internet;
        internet.SetRoutingHelper(list);
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        Ipv6AddressHelper address;
        address.SetBase(Ipv6Address("2001:db8::"), Ipv6Prefix(64));
        Ipv6InterfaceContainer ifs = address.Assign(devices);
        const Ipv6Address b = ifs.GetAddress(1, 1);
        const Ipv6Address extra("2001:db8::100");

        Ptr<SctpSocket> listener = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(1), SctpSocketFactory::GetTypeId()));
        listener->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), 9));
        listener->Listen();
        Ptr<SctpAssociation> bAssoc;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                bAssoc = DynamicCast<SctpSocketImpl>(s)->GetAssociation();
            }));
        std::vector<std::pair<uint16_t, Address>> requests;
        RecordAsconfRequests(nodes.Get(1)->GetObject<SctpL4Protocol>(), requests);
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(0), SctpSocketFactory::GetTypeId()));
        Simulator::Schedule(Seconds(1), [&]() { client->Connect(Inet6SocketAddress(b, 9)); });
        Ptr<Ipv6> ipv6A = nodes.Get(0)->GetObject<Ipv6>();
        const uint32_t ifA = ipv6A->GetInterfaceForDevice(devices.Get(0));
        size_t pathsBefore = 0;
        size_t pathsBetween = 0;
        bool confirmed = false;
        Simulator::Schedule(Seconds(2), [&]() {
            pathsBefore = bAssoc->GetPaths().size();
            // A /128: ns-3's static routing drops the route of an address's prefix when the
            // address goes, which must not take the link's /64 with it.
            ipv6A->AddAddress(ifA,
                              Ipv6InterfaceAddress(extra, Ipv6Prefix(128)),
                              true); // no duplicate address detection
        });
        Simulator::Schedule(Seconds(2.9), [&]() {
            pathsBetween = bAssoc->GetPaths().size();
            for (const auto& p : bAssoc->GetPaths())
            {
                confirmed |= p->GetPeerAddress() == Address(extra) && p->IsConfirmed();
            }
            ipv6A->RemoveAddress(ifA, extra);
        });
        Simulator::Stop(Seconds(4));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(pathsBefore, 1u, "one path before");
        NS_TEST_ASSERT_MSG_EQ(pathsBetween, 2u, "a path to the added address");
        NS_TEST_ASSERT_MSG_EQ(confirmed, true, "confirmed by a heartbeat");
        NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPaths().size(), 1u, "one path at the end");
        std::vector<std::pair<uint16_t, Address>> expected{
            {SctpParameter::ADD_IP_ADDRESS, extra},
            {SctpParameter::DELETE_IP_ADDRESS, extra}};
        NS_TEST_ASSERT_MSG_EQ((requests == expected), true, "ADD-IP then DELETE-IP, IPv6");
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief The answers of the ASCONF receiver (RFC 5061 §5.2). A's stack sends one real ASCONF
 * (SET-PRIMARY of its own address: success, an ASCONF-ACK without parameters), which gives the
 * serial number; the test then sends ASCONFs as A, authenticated with A's association key:
 * serial + 1 deleting the packet's source address (Error Cause "Request to Delete Source IP
 * Address", 0x00A2), deleting an address B does not know (success) and naming an unknown
 * address as primary (refused with Unresolvable Address, cause 5, as FreeBSD); as an error
 * occurred, the successes are reported too.
 * The same serial again gets the same ASCONF-ACK; an old serial gets nothing. From another
 * source (found through the ASCONF's Address Parameter), serial + 2 deleting B's last path is
 * refused with "Request to Delete Last Remaining IP Address" (0x00A0). B keeps its path. (B's
 * answers to these never reach A.) Last, an ASCONF-ACK signed by B for the serial A would send
 * next, which A never sent: A aborts with Illegal ASCONF-ACK (0x00A3, RFC 5061 §5.3 F0).
 */
class SctpAsconfAnswersTestCase : public TestCase
{
  public:
    SctpAsconfAnswersTestCase()
        : TestCase("ASCONF-ACK answers: errors, successes, retransmitted and old serials")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        PointToPointHelper p2p;
        NetDeviceContainer devices = p2p.Install(nodes);
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        Ipv4AddressHelper addresses;
        addresses.SetBase("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = addresses.Assign(devices);
        Ipv4Address a = ifs.GetAddress(0);
        Ptr<SctpL4Protocol> l4b = nodes.Get(1)->GetObject<SctpL4Protocol>();

        Ptr<SctpSocket> listener = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(1), SctpSocketFactory::GetTypeId()));
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        Ptr<SctpAssociation> bAssoc;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                bAssoc = DynamicCast<SctpSocketImpl>(s)->GetAssociation();
            }));
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(0), SctpSocketFactory::GetTypeId()));
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(ifs.GetAddress(1), 9)); });

        // The ASCONF and ASCONF-ACK chunks B receives and sends (or fails to send).
        uint32_t firstSerial = 0;
        // B's answers to the ASCONFs injected in A's name never reach A: acknowledging a serial
        // A did not send would rightly make it abort (RFC 5061 §5.3 F0), which the end checks.
        Ptr<SctpTestPacketFilter> atA = CreateObject<SctpTestPacketFilter>();
        atA->SetFilter([&firstSerial](const SctpPacket& p) {
            for (const auto& c : p.GetChunks())
            {
                auto ack = DynamicCast<SctpAsconfAckChunk>(c);
                if (ack && ack->GetSerialNumber() != firstSerial)
                {
                    return true;
                }
            }
            return false;
        });
        devices.Get(0)->SetAttribute("ReceiveErrorModel", PointerValue(atA));
        Ptr<SctpAbortChunk> abortAtB;
        Ptr<SctpTestPacketFilter> atB = CreateObject<SctpTestPacketFilter>();
        atB->SetFilter([&abortAtB](const SctpPacket& p) {
            if (auto a = FindChunk(p, SctpChunk::ABORT))
            {
                abortAtB = DynamicCast<SctpAbortChunk>(a);
            }
            return false;
        });
        devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(atB));
        std::vector<Ptr<SctpAsconfAckChunk>> acks;
        l4b->TraceConnectWithoutContext("Rx",
                                        Callback<void, Ptr<const Packet>>([&](Ptr<const Packet> p) {
                                            for (const auto& c : ChunksOf(p))
                                            {
                                                if (auto asconf = DynamicCast<SctpAsconfChunk>(c);
                                                    asconf && !firstSerial)
                                                {
                                                    firstSerial = asconf->GetSerialNumber();
                                                }
                                            }
                                        }));
        auto collect = [&](Ptr<const Packet> p) {
            for (const auto& c : ChunksOf(p))
            {
                if (auto ack = DynamicCast<SctpAsconfAckChunk>(c))
                {
                    acks.push_back(ack);
                }
            }
        };
        l4b->TraceConnectWithoutContext("Tx", Callback<void, Ptr<const Packet>>(collect));
        l4b->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, std::string>([&](Ptr<const Packet> p, std::string) {
                if (p)
                {
                    collect(p);
                }
            }));

        int setPrimary = -2;
        Simulator::Schedule(Seconds(2), [&]() { setPrimary = client->SetPeerPrimaryAddr(a); });
        // An ASCONF as A would send it, signed with A's key.
        auto inject = [&](uint32_t serial,
                          Ipv4Address from,
                          std::vector<std::pair<uint16_t, Ipv4Address>> requests,
                          uint16_t unknownFirst = 0) {
            Ptr<SctpAssociation> aAssoc = DynamicCast<SctpSocketImpl>(client)->GetAssociation();
            Ptr<SctpAsconfChunk> asconf = Create<SctpAsconfChunk>();
            asconf->SetSerialNumber(serial);
            asconf->SetAddressParameter(SctpParameterOfAddress(a));
            if (unknownFirst)
            {
                Ptr<SctpUnknownParameter> u = Create<SctpUnknownParameter>(unknownFirst);
                u->SetValue({0, 0, 0, 1});
                asconf->AddParameter(u);
            }
            uint32_t id = 100;
            for (const auto& [type, address] : requests)
            {
                Ptr<SctpAsconfAddressValue> r =
                    type == SctpParameter::DELETE_IP_ADDRESS
                        ? Ptr<SctpAsconfAddressValue>(Create<SctpDeleteIpAddressParameter>())
                        : Ptr<SctpAsconfAddressValue>(Create<SctpSetPrimaryAddressParameter>());
                r->SetCorrelationId(id++);
                r->SetAddress(address);
                asconf->AddParameter(r);
            }
            SctpPacket f;
            f.SetSourcePort(aAssoc->GetLocalPort());
            f.SetDestinationPort(aAssoc->GetPeerPort());
            f.SetVerificationTag(aAssoc->GetPeerTag());
            f.AddChunk(aAssoc->GetAuth().Sign({asconf}));
            f.AddChunk(asconf);
            std::vector<uint8_t> bytes = f.Serialize(false);
            Ipv4Header h;
            h.SetSource(from);
            h.SetDestination(ifs.GetAddress(1));
            h.SetProtocol(132);
            l4b->Receive(Create<Packet>(bytes.data(), bytes.size()), h, nullptr);
        };
        const Ipv4Address unknown("10.9.9.9");
        Simulator::Schedule(Seconds(3), [&]() {
            inject(firstSerial + 1,
                   a,
                   {{SctpParameter::DELETE_IP_ADDRESS, a},
                    {SctpParameter::DELETE_IP_ADDRESS, unknown},
                    {SctpParameter::SET_PRIMARY_ADDRESS, unknown}});
        });
        Simulator::Schedule(Seconds(3.1), [&]() {
            inject(firstSerial + 1, a, {{SctpParameter::DELETE_IP_ADDRESS, a}});
        });
        Simulator::Schedule(Seconds(3.2), [&]() {
            inject(firstSerial - 1, a, {{SctpParameter::DELETE_IP_ADDRESS, a}});
        });
        Simulator::Schedule(Seconds(3.3), [&]() {
            inject(firstSerial + 2,
                   Ipv4Address("10.9.9.8"),
                   {{SctpParameter::DELETE_IP_ADDRESS, a}});
        });
        // An unknown parameter type before a request: 0x0123 (upper bit clear) stops the
        // processing, so the request that would fail is not even looked at; 0x8123 is skipped.
        Simulator::Schedule(Seconds(3.4), [&]() {
            inject(firstSerial + 3, a, {{SctpParameter::DELETE_IP_ADDRESS, a}}, 0x0123);
        });
        Simulator::Schedule(Seconds(3.45), [&]() {
            inject(firstSerial + 4, a, {{SctpParameter::DELETE_IP_ADDRESS, a}}, 0x8123);
        });
        // An ASCONF-ACK, signed by B, for serial + 1: the serial A itself would send next.
        Simulator::Schedule(Seconds(3.5), [&]() {
            Ptr<SctpAsconfAckChunk> ack = Create<SctpAsconfAckChunk>();
            ack->SetSerialNumber(firstSerial + 1);
            SctpPacket f;
            f.SetSourcePort(bAssoc->GetLocalPort());
            f.SetDestinationPort(bAssoc->GetPeerPort());
            f.SetVerificationTag(bAssoc->GetPeerTag());
            f.AddChunk(bAssoc->GetAuth().Sign({ack}));
            f.AddChunk(ack);
            std::vector<uint8_t> bytes = f.Serialize(false);
            Ipv4Header h;
            h.SetSource(ifs.GetAddress(1));
            h.SetDestination(a);
            h.SetProtocol(132);
            nodes.Get(0)->GetObject<SctpL4Protocol>()->Receive(
                Create<Packet>(bytes.data(), bytes.size()),
                h,
                nullptr);
        });
        Simulator::Stop(Seconds(4));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(setPrimary, 0, "SCTP_SET_PEER_PRIMARY_ADDR");
        NS_TEST_ASSERT_MSG_NE(firstSerial, 0u, "A's ASCONF seen");
        // A's own request, the first injection, its retransmission, the last injection; the old
        // serial got nothing.
        NS_TEST_ASSERT_MSG_EQ(acks.size(), 6u, "six ASCONF-ACKs");
        NS_TEST_ASSERT_MSG_EQ(acks[0]->GetSerialNumber(), firstSerial, "A's");
        NS_TEST_ASSERT_MSG_EQ(acks[0]->GetParameters().size(), 0u, "success, nothing to report");
        const auto& r = acks[1]->GetParameters();
        NS_TEST_ASSERT_MSG_EQ(acks[1]->GetSerialNumber(), firstSerial + 1, "serial");
        NS_TEST_ASSERT_MSG_EQ(r.size(), 3u, "one answer per request, as one failed");
        auto e0 = DynamicCast<SctpErrorCauseIndicationParameter>(r[0]);
        NS_TEST_ASSERT_MSG_NE(e0, nullptr, "delete the source: refused");
        NS_TEST_ASSERT_MSG_EQ(e0->GetCorrelationId(), 100u, "correlation");
        NS_TEST_ASSERT_MSG_EQ(e0->GetCauses().front()->GetCode(), 0x00A2, "Delete Source IP");
        auto s1 = DynamicCast<SctpSuccessIndicationParameter>(r[1]);
        NS_TEST_ASSERT_MSG_NE(s1, nullptr, "delete an unknown address: success");
        NS_TEST_ASSERT_MSG_EQ(s1->GetCorrelationId(), 101u, "correlation");
        auto e2 = DynamicCast<SctpErrorCauseIndicationParameter>(r[2]);
        NS_TEST_ASSERT_MSG_NE(e2, nullptr, "primary unknown: refused");
        NS_TEST_ASSERT_MSG_EQ(e2->GetCauses().front()->GetCode(), 5, "Unresolvable Address");
        // The retransmission got the very same answer.
        NS_TEST_ASSERT_MSG_EQ(acks[2]->GetSerialNumber(), firstSerial + 1, "same serial");
        NS_TEST_ASSERT_MSG_EQ(acks[2]->GetParameters().size(), 3u, "same answer");
        const auto& last = acks[3]->GetParameters();
        NS_TEST_ASSERT_MSG_EQ(acks[3]->GetSerialNumber(), firstSerial + 2, "serial + 2");
        NS_TEST_ASSERT_MSG_EQ(last.size(), 1u, "one answer");
        auto e3 = DynamicCast<SctpErrorCauseIndicationParameter>(last[0]);
        NS_TEST_ASSERT_MSG_NE(e3, nullptr, "delete the last path: refused");
        NS_TEST_ASSERT_MSG_EQ(e3->GetCauses().front()->GetCode(), 0x00A0, "Delete Last Remaining");
        NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPaths().size(), 1u, "B keeps its path");
        NS_TEST_ASSERT_MSG_EQ(acks[4]->GetSerialNumber(), firstSerial + 3, "serial + 3");
        NS_TEST_ASSERT_MSG_EQ(acks[4]->GetParameters().size(), 0u, "stopped at 0x0123");
        NS_TEST_ASSERT_MSG_EQ(acks[5]->GetSerialNumber(), firstSerial + 4, "serial + 4");
        NS_TEST_ASSERT_MSG_EQ(acks[5]->GetParameters().size(), 1u, "0x8123 skipped");
        NS_TEST_ASSERT_MSG_NE(abortAtB, nullptr, "A aborted on an ASCONF-ACK it never asked for");
        if (abortAtB)
        {
            NS_TEST_ASSERT_MSG_EQ(abortAtB->GetCauses().size(), 1u, "one cause");
            NS_TEST_ASSERT_MSG_EQ(abortAtB->GetCauses().front()->GetCode(),
                                  0x00A3,
                                  "Illegal ASCONF-ACK");
        }
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief A peer that answers everything but ASCONF (FreeBSD's sctp_asconf_timer): the ASCONF
 * goes out and is retransmitted at each timeout while DATA and SACKs flow (so the association's
 * error count keeps being reset), and after Association.Max.Retrans (10) retransmissions the
 * stack gives ASCONF up instead of retransmitting for ever: 11 copies in all, the association
 * stays up, and every message arrives intact.
 */
class SctpAsconfGiveUpTestCase : public TestCase
{
  public:
    SctpAsconfGiveUpTestCase()
        : TestCase("ASCONF given up after Association.Max.Retrans retransmissions")
    {
    }

  private:
    void DoRun() override
    {
        Config::SetDefault("ns3::SctpL4Protocol::RtoMin", TimeValue(MilliSeconds(100)));
        Config::SetDefault("ns3::SctpL4Protocol::RtoInitial", TimeValue(MilliSeconds(100)));
        Config::SetDefault("ns3::SctpL4Protocol::RtoMax", TimeValue(MilliSeconds(400)));
        SctpTwoNodes net;
        uint32_t asconfs = 0;
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&asconfs](const SctpPacket& p) {
            bool asconf = FindChunk(p, SctpChunk::ASCONF) != nullptr;
            asconfs += asconf;
            return asconf;
        });
        net.devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(atServer));
        SctpCollectingListener listener(net.nodes.Get(1), 9);
        const std::vector<std::vector<uint8_t>>& got = listener.messages;
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));
        auto message = [](uint32_t i) { return std::vector<uint8_t>(200, uint8_t(i + 9)); };
        uint32_t sent = 0;
        std::function<void()> sendNext = [&]() {
            if (client->SendMsg(message(sent), SctpSndInfo()) > 0)
            {
                sent++;
            }
            if (sent < 150)
            {
                Simulator::Schedule(MilliSeconds(50), sendNext);
            }
        };
        int setPrimary = -2;
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       setPrimary =
                                           client->SetPeerPrimaryAddr(Ipv4Address("10.1.1.1"));
                                       sendNext();
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });
        Simulator::Stop(Seconds(12));
        Simulator::Run();
        Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(client)->GetAssociation();

        NS_TEST_ASSERT_MSG_EQ(setPrimary, 0, "SCTP_SET_PEER_PRIMARY_ADDR queued");
        NS_TEST_ASSERT_MSG_EQ(asconfs, 11u, "the ASCONF and 10 retransmissions");
        NS_TEST_ASSERT_MSG_EQ(a->IsAsconfActive(), false, "ASCONF given up");
        NS_TEST_ASSERT_MSG_EQ(a->GetState(), SctpAssociation::ESTABLISHED, "the association lives");
        NS_TEST_ASSERT_MSG_EQ(got.size(), 150u, "every message");
        for (uint32_t i = 0; i < got.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ((got[i] == message(i)), true, "message " << i << " intact");
        }
        client = nullptr;
        Simulator::Destroy();
        Config::Reset();
    }
};

/**
 * \ingroup sctp-test
 * \brief DELETE-IP of the wildcard with nat_friendly (FreeBSD's default, its
 * sctp_asconf_del_remote_addrs_except): A is dual-homed, B has a path to each of A's addresses;
 * an ASCONF from A's second address deleting 0.0.0.0 removes every path but the one to that
 * source, and B answers with success. With nat_friendly off, the wildcard names no address and
 * a DELETE-IP of it changes nothing (success, as for any address B does not know).
 */
class SctpAsconfWildcardDeleteTestCase : public TestCase
{
  public:
    /**
     * \param [in] natFriendly the NatFriendly attribute at B
     * \param [in] behindNat the ASCONF comes from an address B does not know, with the
     *            wildcard as its Address Parameter, and asks SET-PRIMARY of a1 instead
     */
    SctpAsconfWildcardDeleteTestCase(bool natFriendly, bool behindNat = false)
        : TestCase(behindNat ? std::string("ASCONF from behind a NAT found by its tag")
                             : std::string("DELETE-IP of the wildcard, nat_friendly ") +
                                   (natFriendly ? "on" : "off")),
          m_natFriendly(natFriendly),
          m_behindNat(behindNat)
    {
    }

  private:
    void DoRun() override
    {
        SctpMultihomingHelper mh;
        SctpMultihomingHelper::PathSpec spec;
        mh.AddPath(spec);
        mh.AddPath(spec);
        SctpMultihomingHelper::Hosts hosts = mh.Install();
        Ptr<SctpL4Protocol> l4b = hosts.b->GetObject<SctpL4Protocol>();
        l4b->SetAttribute("NatFriendly", BooleanValue(m_natFriendly));
        Ptr<SctpSocket> listener =
            DynamicCast<SctpSocket>(Socket::CreateSocket(hosts.b, SctpSocketFactory::GetTypeId()));
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        Ptr<SctpAssociation> bAssoc;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                bAssoc = DynamicCast<SctpSocketImpl>(s)->GetAssociation();
            }));
        Ptr<SctpSocket> client =
            DynamicCast<SctpSocket>(Socket::CreateSocket(hosts.a, SctpSocketFactory::GetTypeId()));
        Ipv4Address a0 = Ipv4Address::ConvertFrom(hosts.addressesA[0]);
        Ipv4Address a1 = Ipv4Address::ConvertFrom(hosts.addressesA[1]);
        Simulator::Schedule(Seconds(1), [&]() {
            client->Connect(InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[0]), 9));
        });
        std::vector<Ptr<SctpAsconfAckChunk>> acks;
        l4b->TraceConnectWithoutContext(
            "Tx",
            Callback<void, Ptr<const Packet>>([&acks](Ptr<const Packet> p) {
                for (const auto& c : ChunksOf(p))
                {
                    if (auto ack = DynamicCast<SctpAsconfAckChunk>(c))
                    {
                        acks.push_back(ack);
                    }
                }
            }));
        size_t pathsBefore = 0;
        std::vector<Address> removed;
        Simulator::Schedule(Seconds(2), [&]() {
            pathsBefore = bAssoc->GetPaths().size();
            bAssoc->TraceConnectWithoutContext(
                "Notification",
                Callback<void, const SctpNotification&>([&removed](const SctpNotification& n) {
                    if (n.type == SctpNotification::PEER_ADDR_CHANGE &&
                        n.state == SctpNotification::ADDR_REMOVED)
                    {
                        removed.push_back(n.address);
                    }
                }));
            // An ASCONF as A would send it from a1, signed with A's association key.
            Ptr<SctpAssociation> aAssoc = DynamicCast<SctpSocketImpl>(client)->GetAssociation();
            Ptr<SctpAsconfChunk> asconf = Create<SctpAsconfChunk>();
            asconf->SetSerialNumber(aAssoc->GetLocalInitialTsn());
            if (m_behindNat)
            {
                // The NAT's outside address is unknown to B, and A names no address it has.
                asconf->SetAddressParameter(SctpParameterOfAddress(Ipv4Address::GetAny()));
                Ptr<SctpSetPrimaryAddressParameter> prim = Create<SctpSetPrimaryAddressParameter>();
                prim->SetCorrelationId(7);
                prim->SetAddress(a1);
                asconf->AddParameter(prim);
            }
            else
            {
                asconf->SetAddressParameter(SctpParameterOfAddress(a1));
                Ptr<SctpDeleteIpAddressParameter> del = Create<SctpDeleteIpAddressParameter>();
                del->SetCorrelationId(7);
                del->SetAddress(Ipv4Address::GetAny());
                asconf->AddParameter(del);
            }
            SctpPacket f;
            f.SetSourcePort(aAssoc->GetLocalPort());
            f.SetDestinationPort(aAssoc->GetPeerPort());
            f.SetVerificationTag(aAssoc->GetPeerTag());
            f.AddChunk(aAssoc->GetAuth().Sign({asconf}));
            f.AddChunk(asconf);
            std::vector<uint8_t> bytes = f.Serialize(false);
            Ipv4Header h;
            h.SetSource(m_behindNat ? Ipv4Address("10.9.9.9") : a1);
            h.SetDestination(Ipv4Address::ConvertFrom(hosts.addressesB[1]));
            h.SetProtocol(132);
            l4b->Receive(Create<Packet>(bytes.data(), bytes.size()), h, nullptr);
        });
        Simulator::Stop(Seconds(3));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(pathsBefore, 2u, "B had a path to each of A's addresses");
        // (From behind the NAT the ASCONF-ACK goes to 10.9.9.9, which this topology cannot
        // route; what the ASCONF did shows that it was found and processed.)
        NS_TEST_ASSERT_MSG_EQ(acks.size(), m_behindNat ? 0u : 1u, "ASCONF-ACKs sent");
        if (!acks.empty())
        {
            NS_TEST_ASSERT_MSG_EQ(acks[0]->GetParameters().size(), 0u, "success, no error");
        }
        if (m_behindNat)
        {
            NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPrimaryPeerAddress(), Address(a1), "a1 primary");
            NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPaths().size(), 2u, "both paths kept");
        }
        else if (m_natFriendly)
        {
            NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPaths().size(), 1u, "one path left");
            NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPaths()[0]->GetPeerAddress(), Address(a1), "to a1");
            NS_TEST_ASSERT_MSG_EQ(removed.size(), 1u, "one ADDR_REMOVED");
            NS_TEST_ASSERT_MSG_EQ((removed.size() == 1 && removed[0] == Address(a0)),
                                  true,
                                  "for a0");
        }
        else
        {
            NS_TEST_ASSERT_MSG_EQ(bAssoc->GetPaths().size(), 2u, "nothing deleted");
            NS_TEST_ASSERT_MSG_EQ(removed.size(), 0u, "no ADDR_REMOVED");
        }
        listener = nullptr;
        client = nullptr;
        Simulator::Destroy();
    }

    bool m_natFriendly; //!< NatFriendly at B
    bool m_behindNat;   //!< the ASCONF comes from an unknown address, naming the wildcard
};

/**
 * \ingroup sctp-test
 * \brief ASCONF.
 */
class SctpAsconfTestSuite : public TestSuite
{
  public:
    SctpAsconfTestSuite()
        : TestSuite("sctp-asconf", SYSTEM)
    {
        AddTestCase(new SctpAsconfMoveTestCase(OFF), TestCase::QUICK);
        AddTestCase(new SctpAsconfMoveTestCase(BASE), TestCase::QUICK);
        AddTestCase(new SctpAsconfMoveTestCase(FASTHANDOFF), TestCase::QUICK);
        AddTestCase(new SctpAsconfAnswersTestCase, TestCase::QUICK);
        AddTestCase(new SctpAsconfGiveUpTestCase, TestCase::QUICK);
        AddTestCase(new SctpAsconfWildcardDeleteTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpAsconfWildcardDeleteTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpAsconfWildcardDeleteTestCase(true, true), TestCase::QUICK);
        AddTestCase(new SctpAsconfAutoTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpAsconfAutoTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpAsconfAutoTestCase(true, true), TestCase::QUICK);
        AddTestCase(new SctpAsconfAutoTestCase(true, false, true), TestCase::QUICK);
        AddTestCase(new SctpAsconfAutoIpv6TestCase, TestCase::QUICK);
    }
};

static SctpAsconfTestSuite g_sctpAsconfTestSuite; //!< the suite
