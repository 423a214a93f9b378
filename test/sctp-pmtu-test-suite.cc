/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Path MTU discovery and ICMP errors (RFC 9260 §7.3 and Appendix C, RFC 8201, FreeBSD's
// sctp6_notify / sctp_pathmtu_adjustment) over IPv6, where ns-3's routers answer a packet too big
// for the next link with ICMPv6 "packet too big". Every message is checked.

#include "sctp-collecting-listener.h"

#include "ns3/core-module.h"
#include "ns3/icmpv6-header.h"
#include "ns3/internet-module.h"
#include "ns3/ipv6-extension-header.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/ppp-header.h"
#include "ns3/sctp-module.h"
#include "ns3/test.h"

#include <memory>

using namespace ns3;

namespace
{

/**
 * \param [in] i message number
 * \return its 1400 bytes
 */
std::vector<uint8_t>
Message(uint32_t i)
{
    std::vector<uint8_t> m(1400);
    for (uint32_t k = 0; k < m.size(); ++k)
    {
        m[k] = static_cast<uint8_t>(i * 7 + k * 3);
    }
    return m;
}

/// What a frame carried, seen at a device.
struct Frame
{
    bool fragmentFirst{false}; //!< the first fragment of a fragmented IPv6 datagram
    bool tooBig{false};        //!< an ICMPv6 "packet too big"
};

/**
 * \param [in] p a frame as a point-to-point device received it
 * \return what it carried
 */
Frame
Inspect(Ptr<const Packet> p)
{
    Frame f;
    Ptr<Packet> copy = p->Copy();
    PppHeader ppp;
    copy->RemoveHeader(ppp);
    if (ppp.GetProtocol() != 0x0057) // IPv6
    {
        return f;
    }
    Ipv6Header ip;
    copy->RemoveHeader(ip);
    if (ip.GetNextHeader() == Ipv6Header::IPV6_EXT_FRAGMENTATION)
    {
        Ipv6ExtensionFragmentHeader frag;
        copy->RemoveHeader(frag);
        f.fragmentFirst = frag.GetOffset() == 0;
    }
    else if (ip.GetNextHeader() == Ipv6Header::IPV6_ICMPV6)
    {
        Icmpv6Header icmp;
        copy->PeekHeader(icmp);
        f.tooBig = icmp.GetType() == Icmpv6Header::ICMPV6_ERROR_PACKET_TOO_BIG;
    }
    return f;
}

/**
 * Host A, router R and host B on IPv6 with list routing: A-R with a 1500-byte MTU, R-B with 1280
 * (the IPv6 minimum), 10 Mb/s and 5 ms each. B listens; A connects and sends messages of 1400
 * bytes.
 */
struct PmtuNetwork
{
    NodeContainer nodes;                              //!< A, R, B
    NetDeviceContainer ar;                            //!< the A-R link
    NetDeviceContainer rb;                            //!< the R-B link
    Ipv6Address b;                                    //!< B's address
    Ptr<SctpSocket> client;                           //!< A's socket
    Ptr<SctpAssociation> a;                           //!< A's association
    std::unique_ptr<SctpCollectingListener> listener; //!< B, with the messages it read

    PmtuNetwork()
    {
        nodes.Create(3);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue("10Mbps"));
        p2p.SetChannelAttribute("Delay", TimeValue(MilliSeconds(5)));
        ar = p2p.Install(nodes.Get(0), nodes.Get(1));
        p2p.SetDeviceAttribute("Mtu", UintegerValue(1280));
        rb = p2p.Install(nodes.Get(1), nodes.Get(2));
        // IPv6 list routing (ns-3's default for IPv6 is static routing alone): with it a router
        // without a route answers "destination unreachable" (Ipv6ListRouting's error callback).
        Ipv6ListRoutingHelper list;
        Ipv6StaticRoutingHelper staticRouting;
        list.Add(staticRouting, 0);
        InternetStackHelper internet;
        internet.SetRoutingHelper(list);
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes.Get(0));
        sctp.Install(nodes.Get(2));
        Ipv6AddressHelper address;
        address.SetBase(Ipv6Address("2001:1::"), Ipv6Prefix(64));
        Ipv6InterfaceContainer i1 = address.Assign(ar);
        i1.SetForwarding(1, true);
        i1.SetDefaultRouteInAllNodes(1);
        address.SetBase(Ipv6Address("2001:2::"), Ipv6Prefix(64));
        Ipv6InterfaceContainer i2 = address.Assign(rb);
        i2.SetForwarding(0, true);
        i2.SetDefaultRouteInAllNodes(0);
        b = i2.GetAddress(1, 1);

        listener =
            std::make_unique<SctpCollectingListener>(nodes.Get(2),
                                                     Inet6SocketAddress(Ipv6Address::GetAny(), 9));
        client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(0), SctpSocketFactory::GetTypeId()));
    }

    /// Connect at 2 s (after duplicate address detection); the messages go once connected.
    void Start(uint32_t n)
    {
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([this, n](Ptr<Socket>) {
                                       a = DynamicCast<SctpSocketImpl>(client)->GetAssociation();
                                       for (uint32_t i = 0; i < n; ++i)
                                       {
                                           client->SendMsg(Message(i), SctpSndInfo());
                                       }
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(2), [this]() { client->Connect(Inet6SocketAddress(b, 9)); });
    }

    /// \return A's path MTU towards B
    uint32_t PathMtu() const
    {
        SctpPaddrInfo info;
        info.address = b;
        client->GetPeerAddrInfo(info);
        return info.mtu;
    }
};

} // namespace

/**
 * \ingroup sctp-test
 * \brief PMTU discovery on (the default, SPP_PMTUD_ENABLE) or off (SPP_PMTUD_DISABLE with a
 * fixed 1500). A's first full-sized packets are dropped at R, each answered with an ICMPv6
 * "packet too big" of 1280.
 *
 * On: the first one lowers A's path MTU to 1280; every chunk in flight too big for it is sent
 * again at once (FreeBSD's sctp_pathmtu_adjustment with resend), IPv6 fragmenting it, and new
 * messages are cut to the new fragmentation point. Expected: path MTU 1280; exactly as many
 * fragmented datagrams reach B as "packet too big" reached A (one per dropped packet, each
 * carrying one oversized chunk); the first retransmission at the instant the first ICMPv6
 * arrives; no T3 expiry.
 *
 * Off: the ICMPv6 errors are ignored; SCTP keeps 1500-byte packets, which IPv6 fragments at A
 * once its own PMTU cache learned 1280. Expected: path MTU 1500 and at least one fragmented
 * datagram per message sent after that.
 *
 * Either way all 200 messages arrive intact and in order.
 */
class SctpPmtuDiscoveryTestCase : public TestCase
{
  public:
    /// \param [in] on PMTU discovery on
    SctpPmtuDiscoveryTestCase(bool on)
        : TestCase(on ? "IPv6 packet too big lowers the path MTU"
                      : "PMTU discovery off: ICMPv6 ignored, IPv6 fragments"),
          m_on(on)
    {
    }

  private:
    void DoRun() override
    {
        PmtuNetwork net;
        uint32_t tooBig = 0;
        Time firstTooBig;
        net.ar.Get(0)->TraceConnectWithoutContext(
            "MacRx",
            Callback<void, Ptr<const Packet>>([&](Ptr<const Packet> p) {
                if (Inspect(p).tooBig && tooBig++ == 0)
                {
                    firstTooBig = Simulator::Now();
                }
            }));
        uint32_t fragmented = 0;
        net.rb.Get(1)->TraceConnectWithoutContext(
            "MacRx",
            Callback<void, Ptr<const Packet>>(
                [&](Ptr<const Packet> p) { fragmented += Inspect(p).fragmentFirst; }));
        std::vector<Time> retransmitted;
        uint32_t timeouts = 0;
        const uint32_t n = 200;
        net.client->SetConnectCallback(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                net.a = DynamicCast<SctpSocketImpl>(net.client)->GetAssociation();
                net.a->TraceConnectWithoutContext(
                    "Retransmission",
                    Callback<void, uint32_t, bool>(
                        [&](uint32_t, bool) { retransmitted.push_back(Simulator::Now()); }));
                net.a->TraceConnectWithoutContext("Timeout",
                                                  Callback<void, const Address&, Time>(
                                                      [&](const Address&, Time) { timeouts++; }));
                if (!m_on)
                {
                    SctpPaddrParams params;
                    params.flags = SctpPaddrFlags::PMTUD_DISABLE;
                    params.pathmtu = 1500;
                    net.client->SetPeerAddrParams(params);
                }
                for (uint32_t i = 0; i < n; ++i)
                {
                    net.client->SendMsg(Message(i), SctpSndInfo());
                }
            }),
            MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(2),
                            [&]() { net.client->Connect(Inet6SocketAddress(net.b, 9)); });
        uint32_t mtu = 0;
        Simulator::Schedule(Seconds(9), [&]() { mtu = net.PathMtu(); });
        Simulator::Stop(Seconds(10));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(net.listener->messages.size(), n, "every message");
        for (uint32_t i = 0; i < net.listener->messages.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ((net.listener->messages[i] == Message(i)),
                                  true,
                                  "message " << i << " intact");
        }
        NS_TEST_ASSERT_MSG_GT(tooBig, 0u, "R answered with packet too big");
        if (m_on)
        {
            NS_TEST_ASSERT_MSG_EQ(mtu, 1280u, "path MTU lowered to the reported 1280");
            NS_TEST_ASSERT_MSG_EQ(fragmented,
                                  tooBig,
                                  "one fragmented retransmission per dropped packet");
            NS_TEST_ASSERT_MSG_EQ(retransmitted.empty(), false, "retransmissions");
            NS_TEST_ASSERT_MSG_EQ(retransmitted.front(),
                                  firstTooBig,
                                  "sent again when the ICMPv6 arrived");
            NS_TEST_ASSERT_MSG_EQ(timeouts, 0u, "no T3 expiry");
        }
        else
        {
            NS_TEST_ASSERT_MSG_EQ(mtu, 1500u, "path MTU kept");
            NS_TEST_ASSERT_MSG_GT_OR_EQ(fragmented + tooBig, n, "IPv6 fragments SCTP's packets");
        }
        Simulator::Destroy();
    }

    bool m_on; //!< PMTU discovery on
};

/**
 * \ingroup sctp-test
 * \brief The path MTU is raised again (FreeBSD's PATHMTURAISE timer, pmtu_raise_time, here
 * 1 s): A sends a 1400-byte message every 20 ms. The first one is too big for R, whose "packet
 * too big" lowers the path MTU to 1280; 1 s after the last such report (every report restarts
 * the timer, as in FreeBSD) it goes up to the next plateau of FreeBSD's table above 1280, 1492
 * (the route's 1500 allows it; IPv6's own PMTU cache is raised with it), the next full packet
 * is too big again and the MTU falls back to 1280, and so on. Expected: after the first report
 * the MTU takes the values 1280, 1492, 1280, 1492 in that order; the first raise comes 1 s after
 * the last report before it; every message arrives intact and in order.
 */
class SctpPmtuRaiseTestCase : public TestCase
{
  public:
    SctpPmtuRaiseTestCase()
        : TestCase("path MTU raised after pmtu_raise_time, lowered again")
    {
    }

  private:
    void DoRun() override
    {
        Config::SetDefault("ns3::SctpL4Protocol::PmtuRaiseTime", TimeValue(Seconds(1)));
        PmtuNetwork net;
        std::vector<Time> tooBigAt;
        net.ar.Get(0)->TraceConnectWithoutContext(
            "MacRx",
            Callback<void, Ptr<const Packet>>([&](Ptr<const Packet> p) {
                if (Inspect(p).tooBig)
                {
                    tooBigAt.push_back(Simulator::Now());
                }
            }));
        const uint32_t n = 200;
        uint32_t sent = 0;
        std::function<void()> sendNext = [&]() {
            net.client->SendMsg(Message(sent++), SctpSndInfo());
            if (sent < n)
            {
                Simulator::Schedule(MilliSeconds(20), sendNext);
            }
        };
        net.client->SetConnectCallback(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket>) { sendNext(); }),
            MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(2),
                            [&]() { net.client->Connect(Inet6SocketAddress(net.b, 9)); });
        std::vector<std::pair<Time, uint32_t>> mtus; // each change, when polled
        std::function<void()> poll = [&]() {
            uint32_t m = net.PathMtu();
            if (m > 0 && (mtus.empty() || mtus.back().second != m))
            {
                mtus.emplace_back(Simulator::Now(), m);
            }
            Simulator::Schedule(MilliSeconds(1), poll);
        };
        Simulator::Schedule(Seconds(2.1), poll);
        Simulator::Stop(Seconds(7));
        Simulator::Run();
        Simulator::Destroy();
        Config::Reset();

        NS_TEST_ASSERT_MSG_EQ(net.listener->messages.size(), n, "every message");
        for (uint32_t i = 0; i < net.listener->messages.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ((net.listener->messages[i] == Message(i)),
                                  true,
                                  "message " << i << " intact");
        }
        std::vector<uint32_t> values;
        for (const auto& [t, m] : mtus)
        {
            values.push_back(m);
        }
        std::vector<uint32_t> expected{1280, 1492, 1280, 1492};
        NS_TEST_ASSERT_MSG_GT_OR_EQ(values.size(), expected.size(), "MTU changes");
        NS_TEST_ASSERT_MSG_EQ(
            (std::vector<uint32_t>(values.begin(), values.begin() + 4) == expected),
            true,
            "1280, 1492, 1280, 1492");
        // The first raise 1 s after the last report before it (polled every 1 ms).
        NS_TEST_ASSERT_MSG_GT_OR_EQ(tooBigAt.size(), 2u, "packet too big again after a raise");
        Time lowered = tooBigAt.front();
        for (Time t : tooBigAt)
        {
            lowered = t < mtus[1].first ? t : lowered;
        }
        NS_TEST_ASSERT_MSG_LT(mtus[1].first - (lowered + Seconds(1)),
                              MilliSeconds(2),
                              "raised 1 s after being lowered");
        NS_TEST_ASSERT_MSG_GT_OR_EQ(mtus[1].first, lowered + Seconds(1), "not before");
    }
};

/**
 * \ingroup sctp-test
 * \brief ICMP errors quoting the association's packets. An ICMPv6 "packet too big" whose quoted
 * verification tag is not the peer's is ignored (RFC 9260 Appendix C) with a Drop trace; a
 * genuine one naming 1000 sets the path MTU to 1280, the IPv6 minimum (RFC 8201 §4); one naming
 * a larger MTU than the current is ignored. Then R's link to B fails: R has no route for A's
 * next packet and answers ICMPv6 "destination unreachable, no route", which makes B's address
 * unreachable at once (FreeBSD's sctp6_notify): PEER_ADDR_CHANGE ADDR_UNREACHABLE within one
 * round trip of the failure, long before a T3 expiry (RTO.Min 1 s).
 */
class SctpIcmpErrorsTestCase : public TestCase
{
  public:
    SctpIcmpErrorsTestCase()
        : TestCase("ICMPv6 errors: tag check, MTU floor, destination unreachable")
    {
    }

  private:
    void DoRun() override
    {
        PmtuNetwork net;
        Ptr<SctpL4Protocol> l4 = net.nodes.Get(0)->GetObject<SctpL4Protocol>();
        std::vector<std::string> drops;
        l4->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, std::string>(
                [&](Ptr<const Packet>, std::string reason) { drops.push_back(reason); }));
        net.Start(0);
        uint32_t afterForged = 0;
        uint32_t afterGenuine = 0;
        uint32_t afterLarger = 0;
        Ipv6Address local;
        auto icmp = [&](uint32_t tag, uint32_t mtu) {
            uint8_t payload[8];
            uint16_t lp = net.a->GetLocalPort();
            uint16_t pp = net.a->GetPeerPort();
            payload[0] = lp >> 8;
            payload[1] = lp & 0xff;
            payload[2] = pp >> 8;
            payload[3] = pp & 0xff;
            for (int i = 0; i < 4; ++i)
            {
                payload[4 + i] = (tag >> (24 - 8 * i)) & 0xff;
            }
            l4->ReceiveIcmp(Ipv6Address("2001:1::200:ff:fe00:2"),
                            64,
                            Icmpv6Header::ICMPV6_ERROR_PACKET_TOO_BIG,
                            0,
                            mtu,
                            local,
                            net.b,
                            payload);
        };
        Simulator::Schedule(Seconds(3), [&]() {
            icmp(net.a->GetPeerTag() ^ 1, 1300); // a forged tag
            afterForged = net.PathMtu();
            icmp(net.a->GetPeerTag(), 1000); // below the IPv6 minimum
            afterGenuine = net.PathMtu();
            icmp(net.a->GetPeerTag(), 1400); // not lower than the current
            afterLarger = net.PathMtu();
        });
        Time failedAt = Seconds(4);
        Time unreachableAt;
        Simulator::Schedule(failedAt, [&]() {
            Ptr<Ipv6> r = net.nodes.Get(1)->GetObject<Ipv6>();
            r->SetDown(r->GetInterfaceForDevice(net.rb.Get(0)));
            net.a->TraceConnectWithoutContext(
                "Notification",
                Callback<void, const SctpNotification&>([&](const SctpNotification& e) {
                    if (e.type == SctpNotification::PEER_ADDR_CHANGE &&
                        e.state == SctpNotification::ADDR_UNREACHABLE)
                    {
                        unreachableAt = Simulator::Now();
                    }
                }));
            net.client->SendMsg(Message(0), SctpSndInfo());
        });
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(afterForged, 1500u, "a forged tag changes nothing");
        bool dropped = false;
        for (const auto& d : drops)
        {
            dropped |= d.find("ICMP") != std::string::npos;
        }
        NS_TEST_ASSERT_MSG_EQ(dropped, true, "reported as a drop");
        NS_TEST_ASSERT_MSG_EQ(afterGenuine, 1280u, "1000 is raised to the IPv6 minimum 1280");
        NS_TEST_ASSERT_MSG_EQ(afterLarger, 1280u, "a larger MTU is not taken");
        NS_TEST_ASSERT_MSG_GT(unreachableAt, failedAt, "ADDR_UNREACHABLE");
        NS_TEST_ASSERT_MSG_LT(unreachableAt,
                              failedAt + MilliSeconds(30),
                              "within a round trip of the failure");
    }
};

/**
 * \ingroup sctp-test
 * \brief Path MTU discovery and ICMP errors.
 */
class SctpPmtuTestSuite : public TestSuite
{
  public:
    SctpPmtuTestSuite()
        : TestSuite("sctp-pmtu", SYSTEM)
    {
        AddTestCase(new SctpPmtuDiscoveryTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpPmtuDiscoveryTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpPmtuRaiseTestCase, TestCase::QUICK);
        AddTestCase(new SctpIcmpErrorsTestCase, TestCase::QUICK);
    }
};

static SctpPmtuTestSuite g_sctpPmtuTestSuite; //!< the suite
