/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Multi-homing: two hosts joined by two disjoint paths. Failover after Path.Max.Retrans
// timeouts with the RFC 9260 §6.3.3 / §8.2 arithmetic, the potentially-failed state of
// RFC 7829, return to the primary, path confirmation before data, heartbeat timing, and IPv6
// and mixed families. Every transfer is checked message by message by SctpMessageSink.

#include "sctp-collecting-listener.h"
#include "sctp-packet-filter.h"

#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/ppp-header.h"
#include "ns3/sctp-module.h"
#include "ns3/test.h"

#include <set>

using namespace ns3;

namespace
{

/// What a failover run observed.
struct FailoverRun
{
    std::vector<Time> timeouts;                    //!< T3 expiries on path 0 at the client
    std::vector<std::pair<Time, int>> path0States; //!< path 0 state changes at the client
    std::vector<Time> dataOnPath[2];               //!< DATA packets arriving at the server per path
    std::vector<Time> hbAckOnPath[2];  //!< HEARTBEAT-ACKs arriving at the client per path
    std::vector<Time> hbOnPath[2];     //!< HEARTBEATs from the client per path
    std::vector<Time> lostSendTimes;   //!< send times of packets lost on path 0
    std::vector<Time> sacksOnPath0;    //!< SACKs host A received on path 0
    std::vector<Time> fastRetransmits; //!< fast retransmissions of host A
    bool path0Lost{false};             //!< path 0 drops everything (100% loss mode)
    uint64_t sent{0};                  //!< bytes the source sent
    uint64_t received{0};              //!< bytes the sink read
    uint64_t errors{0};                //!< sink check failures
    std::string firstError;            //!< the first one
    uint64_t missing{0};               //!< messages never received
    uint64_t duplicates{0};            //!< messages received twice
};

/// Options of a failover run.
struct FailoverSetup
{
    bool ipv6[2]{false, false};                        //!< family of each path
    Time delay[2]{MilliSeconds(10), MilliSeconds(10)}; //!< one-way delay of each path
    Time failAt{Seconds(3)};                           //!< path 0 goes down
    Time recoverAt{Seconds(8)};                        //!< and comes back (0: never)
    uint32_t pfThreshold{65535};                       //!< PathPfThreshold
    uint32_t pathRtxMax{5};                            //!< PathRtxMax
    uint64_t bytes{2000000};                           //!< bytes to send
    Time heartbeatInterval{Seconds(5)};                //!< HeartbeatInterval
    Time stop{Seconds(40)};                            //!< end of the simulation
    Time rtoMin{MilliSeconds(100)};                    //!< RtoMin (and RtoInitial)
    Time rtoMax{MilliSeconds(800)};                    //!< RtoMax
    std::string rate{"800kbps"}; //!< the source's pace: 1000-byte messages every 10 ms
    bool linkDown{false};        //!< fail by taking the interfaces down, not by 100% loss
    bool closeWhenDone{true};    //!< the source shuts down after the last message
};

/**
 * \brief Run a bulk transfer from host A to host B over two paths, path 0 primary.
 * \param [in] setup the options
 * \return what was observed
 */
FailoverRun
RunFailover(const FailoverSetup& setup)
{
    FailoverRun run;
    Config::SetDefault("ns3::SctpL4Protocol::RtoMin", TimeValue(setup.rtoMin));
    Config::SetDefault("ns3::SctpL4Protocol::RtoInitial", TimeValue(setup.rtoMin));
    Config::SetDefault("ns3::SctpL4Protocol::RtoMax", TimeValue(setup.rtoMax));
    Config::SetDefault("ns3::SctpL4Protocol::PathPfThreshold", UintegerValue(setup.pfThreshold));
    Config::SetDefault("ns3::SctpL4Protocol::PathRtxMax", UintegerValue(setup.pathRtxMax));
    Config::SetDefault("ns3::SctpL4Protocol::HeartbeatInterval",
                       TimeValue(setup.heartbeatInterval));

    SctpMultihomingHelper mh;
    Ptr<SctpTestPacketFilter> atB[2];
    Ptr<SctpTestPacketFilter> atA[2];
    for (int i = 0; i < 2; ++i)
    {
        atB[i] = CreateObject<SctpTestPacketFilter>();
        atA[i] = CreateObject<SctpTestPacketFilter>();
        Time delay = setup.delay[i];
        atB[i]->SetFilter([&run, i, delay](const SctpPacket& p) {
            if (i == 0 && run.path0Lost)
            {
                // When it left host A: one transmission (5 Mb/s, IPv4 and PPP headers) and one
                // delay before now.
                uint32_t wire = p.GetSerializedSize() + 20 + 2;
                run.lostSendTimes.push_back(Simulator::Now() - delay -
                                            NanoSeconds(wire * 8 * 1000000000ULL / 5000000));
                return true;
            }
            for (const auto& c : p.GetChunks())
            {
                if (c->GetType() == SctpChunk::DATA)
                {
                    run.dataOnPath[i].push_back(Simulator::Now());
                    break;
                }
                if (c->GetType() == SctpChunk::HEARTBEAT)
                {
                    run.hbOnPath[i].push_back(Simulator::Now());
                }
            }
            return false;
        });
        atA[i]->SetFilter([&run, i](const SctpPacket& p) {
            if (i == 0 && run.path0Lost)
            {
                return true;
            }
            for (const auto& c : p.GetChunks())
            {
                if (i == 0 && c->GetType() == SctpChunk::SACK)
                {
                    run.sacksOnPath0.push_back(Simulator::Now());
                }
                if (c->GetType() == SctpChunk::HEARTBEAT_ACK)
                {
                    run.hbAckOnPath[i].push_back(Simulator::Now());
                }
            }
            return false;
        });
        SctpMultihomingHelper::PathSpec spec;
        spec.dataRate = "5Mbps";
        spec.delay = setup.delay[i];
        spec.ipv6 = setup.ipv6[i];
        spec.errorAtA = atA[i];
        spec.errorAtB = atB[i];
        mh.AddPath(spec);
    }
    SctpMultihomingHelper::Hosts hosts = mh.Install();

    Address sinkAddress = setup.ipv6[0] ? Address(Inet6SocketAddress(Ipv6Address::GetAny(), 5000))
                                        : Address(InetSocketAddress(Ipv4Address::GetAny(), 5000));
    SctpMessageSinkHelper sink(sinkAddress);
    ApplicationContainer sinkApp = sink.Install(hosts.b);
    Address remote =
        setup.ipv6[0]
            ? Address(Inet6SocketAddress(Ipv6Address::ConvertFrom(hosts.addressesB[0]), 5000))
            : Address(InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[0]), 5000));
    SctpMessageSourceHelper source(remote);
    source.SetAttribute("MaxBytes", UintegerValue(setup.bytes));
    source.SetAttribute("MessageSize", UintegerValue(1000));
    source.SetAttribute("DataRate", DataRateValue(DataRate(setup.rate)));
    source.SetAttribute("CloseWhenDone", BooleanValue(setup.closeWhenDone));
    ApplicationContainer sourceApp = source.Install(hosts.a);
    sourceApp.Start(Seconds(1));
    sourceApp.Get(0)->TraceConnectWithoutContext(
        "Socket",
        Callback<void, Ptr<Socket>>([&run](Ptr<Socket> s) {
            Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(s)->GetAssociation();
            a->TraceConnectWithoutContext(
                "Timeout",
                Callback<void, const Address&, Time>([&run, a](const Address& peer, Time) {
                    if (peer == a->GetPaths()[0]->GetPeerAddress())
                    {
                        run.timeouts.push_back(Simulator::Now());
                    }
                }));
            bool hooked = a->TraceConnectWithoutContext(
                "Retransmission",
                Callback<void, uint32_t, bool>([&run](uint32_t, bool fast) {
                    if (fast)
                    {
                        run.fastRetransmits.push_back(Simulator::Now());
                    }
                }));
            NS_ABORT_MSG_UNLESS(hooked, "no Retransmission trace source");
            a->GetPaths()[0]->TraceConnectWithoutContext(
                "State",
                Callback<void, int32_t, int32_t>([&run](int32_t, int32_t n) {
                    run.path0States.emplace_back(Simulator::Now(), n);
                }));
        }));
    Simulator::Schedule(setup.failAt, [&]() {
        if (setup.linkDown)
        {
            SctpMultihomingHelper::SetPathUp(hosts, 0, false);
        }
        run.path0Lost = !setup.linkDown;
    });
    if (setup.recoverAt.IsStrictlyPositive())
    {
        Simulator::Schedule(setup.recoverAt, [&]() {
            if (setup.linkDown)
            {
                SctpMultihomingHelper::SetPathUp(hosts, 0, true);
            }
            run.path0Lost = false;
        });
    }
    Simulator::Stop(setup.stop);
    Simulator::Run();
    Ptr<SctpMessageSource> src = DynamicCast<SctpMessageSource>(sourceApp.Get(0));
    Ptr<SctpMessageSink> snk = DynamicCast<SctpMessageSink>(sinkApp.Get(0));
    run.sent = src->GetBytesSent();
    run.received = snk->GetBytesReceived();
    run.errors = snk->GetErrors();
    run.firstError = snk->GetFirstError();
    run.missing = snk->GetMissing();
    run.duplicates = snk->GetDuplicates();
    Simulator::Destroy();
    Config::Reset();
    return run;
}

/**
 * \param [in] run a run
 * \param [in] state a SctpPath::State
 * \return when path 0 first entered it after the failure, or -1
 */
Time
FirstState(const FailoverRun& run, int state)
{
    for (const auto& s : run.path0States)
    {
        if (s.second == state)
        {
            return s.first;
        }
    }
    return Time(-1);
}

} // namespace

/**
 * \ingroup sctp-test
 * \brief Without PF (FreeBSD's default threshold 65535), the primary is declared INACTIVE at
 * the timeout that takes its error count past Path.Max.Retrans (5), i.e. the sixth; the T3
 * timers back off 0.1, 0.2, 0.4, 0.8, 0.8, 0.8 s (RTO.Min 0.1 s, RTO.Max 0.8 s). Data then goes
 * to the alternate, and back to the primary once a HEARTBEAT-ACK shows it is reachable again.
 */
class SctpFailoverTestCase : public TestCase
{
  public:
    /**
     * \param [in] name test name
     * \param [in] setup the options
     */
    SctpFailoverTestCase(std::string name, FailoverSetup setup)
        : TestCase(name),
          m_setup(setup)
    {
    }

  private:
    void DoRun() override
    {
        FailoverRun run = RunFailover(m_setup);
        NS_TEST_ASSERT_MSG_EQ(run.errors, 0u, run.firstError);
        NS_TEST_ASSERT_MSG_EQ(run.missing, 0u, "no message lost");
        NS_TEST_ASSERT_MSG_EQ(run.duplicates, 0u, "no message delivered twice");
        NS_TEST_ASSERT_MSG_EQ(run.received, run.sent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(run.sent, m_setup.bytes, "everything sent");

        Time inactive;
        if (m_setup.linkDown)
        {
            // FreeBSD's sctp_handle_no_route: the first packet for the primary after its
            // interfaces went down finds no route, which makes the address unreachable at once
            // (the source offers a message every 10 ms; within two of its intervals, one being
            // spent waiting for the window), without waiting for Path.Max.Retrans timeouts. A SACK
            // for data that left on the primary before the failure may show it alive once more, as
            // in FreeBSD; the next send finds no route again.
            inactive = FirstState(run, SctpPath::INACTIVE);
            NS_TEST_ASSERT_MSG_EQ(
                (inactive >= m_setup.failAt && inactive <= m_setup.failAt + MilliSeconds(20)),
                true,
                "INACTIVE at the first send after the interfaces went down, at "
                    << inactive.As(Time::MS));
            NS_TEST_ASSERT_MSG_LT(run.timeouts.size(), 6u, "no Path.Max.Retrans timeouts needed");
        }
        else
        {
            inactive = CheckTimeouts(run);
            NS_TEST_ASSERT_MSG_GT(inactive, m_setup.failAt, "INACTIVE after the timeouts");
        }
        // No new data on the primary while it is inactive; back on it after the recovery.
        Time active = Time(-1);
        for (const auto& s : run.path0States)
        {
            if (s.first > inactive && s.first >= m_setup.recoverAt && s.second == SctpPath::ACTIVE)
            {
                active = s.first;
                break;
            }
        }
        NS_TEST_ASSERT_MSG_EQ((active > m_setup.recoverAt), true, "ACTIVE again after recovery");
        uint32_t backOnPrimary = 0;
        for (Time t : run.dataOnPath[0])
        {
            backOnPrimary += t > active;
        }
        NS_TEST_ASSERT_MSG_EQ((backOnPrimary > 0), true, "data returns to the primary");
        uint32_t onAlternate = 0;
        for (Time t : run.dataOnPath[1])
        {
            onAlternate += (t > inactive && t < active);
        }
        NS_TEST_ASSERT_MSG_EQ((onAlternate > 0), true, "data on the alternate meanwhile");
    }

    /**
     * \brief Loss mode: the primary times out with the RFC's back-off until Path.Max.Retrans.
     * \param [in] run the run
     * \return when the primary became INACTIVE, or -1
     */
    Time CheckTimeouts(const FailoverRun& run)
    {
        // RTO after the failure: RTO.Min (the measured RTT is far below it), doubled at each
        // expiry up to RTO.Max.
        std::vector<double> rto;
        double r = m_setup.rtoMin.GetSeconds();
        uint32_t pathMaxRetrans = 5;
        for (uint32_t i = 0; i <= pathMaxRetrans; ++i)
        {
            rto.push_back(r);
            r = std::min(2 * r, m_setup.rtoMax.GetSeconds());
        }
        if (run.timeouts.size() < pathMaxRetrans + 1)
        {
            NS_TEST_EXPECT_MSG_GT_OR_EQ(run.timeouts.size(),
                                        pathMaxRetrans + 1,
                                        "Path.Max.Retrans + 1 timeouts on the primary");
            return Time(-1);
        }
        // The first expiry: one RTO after the timer's last restart (RFC 9260 §6.3.2 R3), the
        // last SACK that acknowledged data on path 0, since the timer never stopped after the
        // first lost DATA left.
        NS_TEST_EXPECT_MSG_EQ(run.lostSendTimes.empty(), false, "losses");
        Time lastSack = Time(-1);
        for (Time t : run.sacksOnPath0)
        {
            lastSack = t < run.timeouts[0] ? t : lastSack;
        }
        if (!run.lostSendTimes.empty())
        {
            NS_TEST_EXPECT_MSG_EQ((run.lostSendTimes.front() <= lastSack),
                                  true,
                                  "data lost before the last SACK came back");
            NS_TEST_EXPECT_MSG_EQ_TOL((run.timeouts[0] - lastSack).GetSeconds(),
                                      rto[0],
                                      1e-9,
                                      "first expiry one RTO after the last restart");
        }
        // After an expiry the timer runs again from the next DATA sent on the path, at most one
        // message interval (10 ms) later.
        for (uint32_t i = 1; i <= pathMaxRetrans; ++i)
        {
            double gap = (run.timeouts[i] - run.timeouts[i - 1]).GetSeconds();
            NS_TEST_EXPECT_MSG_EQ((gap >= rto[i] - 1e-9 && gap <= rto[i] + 0.0105),
                                  true,
                                  "expiry " << i + 1 << " " << gap << " s after the previous, RTO "
                                            << rto[i]);
        }
        Time inactive = FirstState(run, SctpPath::INACTIVE);
        NS_TEST_EXPECT_MSG_EQ(inactive,
                              run.timeouts[pathMaxRetrans],
                              "INACTIVE at the 6th timeout");
        return inactive;
    }

    FailoverSetup m_setup; //!< options
};

/**
 * \ingroup sctp-test
 * \brief With PF threshold k (RFC 7829), the primary becomes potentially failed at timeout
 * k + 1, new data moves to the alternate at once, and a HEARTBEAT-ACK after the recovery makes
 * it ACTIVE again.
 */
class SctpPfTestCase : public TestCase
{
  public:
    /**
     * \param [in] threshold PF threshold
     */
    explicit SctpPfTestCase(uint32_t threshold)
        : TestCase("potentially failed with threshold " + std::to_string(threshold)),
          m_threshold(threshold)
    {
    }

  private:
    void DoRun() override
    {
        FailoverSetup setup;
        setup.pfThreshold = m_threshold;
        // Path.Max.Retrans 20: the RTO doubles from 100 ms to RTO.max (800 ms) in three
        // timeouts, so the 21 that make a path INACTIVE take about 15 s, longer than the 5 s
        // outage: the path is still PF when it returns.
        setup.pathRtxMax = 20;
        FailoverRun run = RunFailover(setup);
        NS_TEST_ASSERT_MSG_EQ(run.errors, 0u, run.firstError);
        NS_TEST_ASSERT_MSG_EQ(run.received, run.sent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(run.sent, setup.bytes, "everything sent");
        Time pf = FirstState(run, SctpPath::POTENTIALLY_FAILED);
        NS_TEST_ASSERT_MSG_EQ((run.timeouts.size() > m_threshold), true, "enough timeouts");
        NS_TEST_ASSERT_MSG_EQ(pf, run.timeouts[m_threshold], "PF at timeout threshold + 1");
        // The alternate carries data from that moment on: the first DATA on it after entering
        // PF arrives one packet transmission and one delay later at most.
        Time firstOnAlternate = Time(-1);
        for (Time t : run.dataOnPath[1])
        {
            if (t >= pf)
            {
                firstOnAlternate = t;
                break;
            }
        }
        NS_TEST_ASSERT_MSG_EQ((firstOnAlternate >= pf), true, "data on the alternate");
        NS_TEST_ASSERT_MSG_EQ(((firstOnAlternate - pf) < MilliSeconds(10) + MilliSeconds(5)),
                              true,
                              "right after entering PF");
        Time inactive = FirstState(run, SctpPath::INACTIVE);
        Time active = Time(-1);
        for (const auto& s : run.path0States)
        {
            if (s.first > pf && s.second == SctpPath::ACTIVE)
            {
                active = s.first;
                break;
            }
        }
        NS_TEST_ASSERT_MSG_EQ((active > setup.recoverAt), true, "ACTIVE after the recovery");
        // The HEARTBEAT-ACK that brought it back arrived on path 0 at that moment.
        bool ackThen = std::find(run.hbAckOnPath[0].begin(), run.hbAckOnPath[0].end(), active) !=
                       run.hbAckOnPath[0].end();
        NS_TEST_ASSERT_MSG_EQ(inactive, Time(-1), "never INACTIVE: the outage is shorter");
        NS_TEST_ASSERT_MSG_EQ(ackThen, true, "PF -> ACTIVE on a HEARTBEAT-ACK");
    }

    uint32_t m_threshold; //!< PF threshold
};

/**
 * \ingroup sctp-test
 * \brief An alternate path carries no DATA before a HEARTBEAT-ACK confirms it (RFC 9260 §5.4),
 * even when the primary fails right after the handshake and the alternate is slow.
 */
class SctpUnconfirmedPathTestCase : public TestCase
{
  public:
    SctpUnconfirmedPathTestCase()
        : TestCase("no data on an unconfirmed path")
    {
    }

  private:
    void DoRun() override
    {
        FailoverSetup setup;
        setup.delay[1] = MilliSeconds(300); // confirmation of path 1 takes 600 ms
        setup.failAt = Seconds(1.05);       // just after the handshake
        setup.recoverAt = Seconds(0);
        setup.bytes = 300000;
        FailoverRun run = RunFailover(setup);
        NS_TEST_ASSERT_MSG_EQ(run.errors, 0u, run.firstError);
        NS_TEST_ASSERT_MSG_EQ(run.received, run.sent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(run.hbAckOnPath[1].empty(), false, "path 1 confirmed");
        NS_TEST_ASSERT_MSG_EQ(run.dataOnPath[1].empty(), false, "path 1 carried the data");
        // DATA leaves after the confirming HEARTBEAT-ACK; it arrives a delay later.
        NS_TEST_ASSERT_MSG_EQ(
            (run.dataOnPath[1].front() > run.hbAckOnPath[1].front() + MilliSeconds(300)),
            true,
            "first DATA on path 1 sent after its HEARTBEAT-ACK");
    }
};

/**
 * \ingroup sctp-test
 * \brief On an idle association heartbeats leave every HB.interval + RTO·[0.5, 1.5)
 * (FreeBSD §3.2): with HB.interval 1 s and RTO 1 s (RTO.Min), between 1.5 s and 2.5 s apart.
 */
class SctpHeartbeatTimingTestCase : public TestCase
{
  public:
    SctpHeartbeatTimingTestCase()
        : TestCase("heartbeat intervals within the jitter bounds")
    {
    }

  private:
    void DoRun() override
    {
        FailoverSetup setup;
        setup.bytes = 1000; // one message, then idle
        setup.failAt = Seconds(1000);
        setup.recoverAt = Seconds(0);
        setup.heartbeatInterval = Seconds(1);
        setup.rtoMin = Seconds(1);
        setup.rtoMax = Seconds(60);
        setup.stop = Seconds(40);
        setup.closeWhenDone = false; // an idle association keeps heartbeating
        FailoverRun run = RunFailover(setup);
        NS_TEST_ASSERT_MSG_EQ(run.errors, 0u, run.firstError);
        NS_TEST_ASSERT_MSG_EQ(run.received, run.sent, "the message arrived");
        for (int path = 0; path < 2; ++path)
        {
            const auto& hb = run.hbOnPath[path];
            NS_TEST_ASSERT_MSG_EQ((hb.size() >= 10), true, "heartbeats on path " << path);
            // The first heartbeat of path 1 is its confirmation, sent at once.
            for (size_t i = 2; i < hb.size(); ++i)
            {
                double gap = (hb[i] - hb[i - 1]).GetSeconds();
                NS_TEST_ASSERT_MSG_EQ((gap >= 1.5 && gap < 2.5),
                                      true,
                                      "path " << path << " heartbeat gap " << gap);
            }
        }
    }
};

/**
 * \ingroup sctp-test
 * \brief Back to a faster primary (10 ms one way) from a slower alternate (100 ms): the DATA sent
 * on the primary after the return overtakes the last DATA still on its way on the alternate,
 * and SACKs report those as missing. FreeBSD strikes a chunk only on a SACK that newly acks a
 * higher TSN sent on the chunk's own path (split fast retransmit, with or without CMT), so none
 * of them is fast retransmitted spuriously; every byte arrives exactly once.
 */
class SctpReturnNoSpuriousFrTestCase : public TestCase
{
  public:
    SctpReturnNoSpuriousFrTestCase()
        : TestCase("return to a faster primary: no spurious fast retransmit")
    {
    }

  private:
    void DoRun() override
    {
        FailoverSetup setup;
        setup.delay[1] = MilliSeconds(100);
        FailoverRun run = RunFailover(setup);
        NS_TEST_ASSERT_MSG_EQ(run.errors, 0u, run.firstError);
        NS_TEST_ASSERT_MSG_EQ(run.missing + run.duplicates, 0u, "each message once");
        NS_TEST_ASSERT_MSG_EQ(run.received, run.sent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(run.sent, setup.bytes, "everything sent");
        uint32_t back = 0;
        for (Time t : run.dataOnPath[0])
        {
            back += t > setup.recoverAt;
        }
        NS_TEST_ASSERT_MSG_GT(back, 0u, "data returned to the primary");
        uint32_t after = 0;
        for (Time t : run.fastRetransmits)
        {
            after += t > setup.recoverAt;
        }
        NS_TEST_ASSERT_MSG_EQ(after, 0u, "no fast retransmission after the return");
    }
};

/**
 * \ingroup sctp-test
 * \brief An endpoint bound to one of its two addresses (sctp_bindx with one address) talks to a
 * dual-homed peer bound to the wildcard: it lists only its bound address in the INIT, and every
 * packet it sends, on either path, carries that address as its source even where the route
 * leaves by the other interface (FreeBSD chooses sources among the bound addresses), so the
 * peer never sees an unknown source; every message arrives intact.
 */
class SctpBoundSourceTestCase : public TestCase
{
  public:
    SctpBoundSourceTestCase()
        : TestCase("bound to one address: every packet from it, on both paths")
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
        SctpCollectingListener listener(hosts.b, 9);
        const std::vector<std::vector<uint8_t>>& got = listener.messages;
        Ptr<SctpSocket> client =
            DynamicCast<SctpSocket>(Socket::CreateSocket(hosts.a, SctpSocketFactory::GetTypeId()));
        Ipv4Address a0 = Ipv4Address::ConvertFrom(hosts.addressesA[0]);
        NS_TEST_ASSERT_MSG_EQ(client->BindX({InetSocketAddress(a0, 0)}, true), 0, "sctp_bindx");
        std::set<Ipv4Address> sources;
        uint32_t sctpPackets = 0;
        hosts.b->GetObject<Ipv4L3Protocol>()->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>, Ptr<Ipv4>, uint32_t>(
                [&](Ptr<const Packet> p, Ptr<Ipv4>, uint32_t) {
                    Ipv4Header h;
                    p->PeekHeader(h);
                    if (h.GetProtocol() == 132)
                    {
                        sources.insert(h.GetSource());
                        sctpPackets++;
                    }
                }));
        auto message = [](uint32_t i) { return std::vector<uint8_t>(600, uint8_t(i)); };
        bool bothPaths = false;
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       Ptr<SctpAssociation> a =
                                           DynamicCast<SctpSocketImpl>(client)->GetAssociation();
                                       bothPaths = a->GetPaths().size() == 2;
                                       for (uint32_t i = 0; i < 50; ++i)
                                       {
                                           client->SendMsg(message(i), SctpSndInfo());
                                       }
                                       // Half of them on the second path.
                                       client->SetPrimaryAddr(hosts.addressesB[1]);
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1), [&]() {
            client->Connect(InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[0]), 9));
        });
        Simulator::Schedule(Seconds(2), [&]() {
            for (uint32_t i = 50; i < 100; ++i)
            {
                client->SendMsg(message(i), SctpSndInfo());
            }
        });
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        Simulator::Destroy();
        NS_TEST_ASSERT_MSG_EQ(bothPaths, true, "a path to each of the peer's addresses");
        NS_TEST_ASSERT_MSG_EQ(got.size(), 100u, "every message");
        for (uint32_t i = 0; i < got.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ((got[i] == message(i)), true, "message " << i << " intact");
        }
        NS_TEST_ASSERT_MSG_GT(sctpPackets, 0u, "packets seen");
        NS_TEST_ASSERT_MSG_EQ(sources.size(), 1u, "one source address");
        NS_TEST_ASSERT_MSG_EQ(*sources.begin(), a0, "the bound one");
    }
};

/**
 * \ingroup sctp-test
 * \brief Path MTU per path (FreeBSD §5.5 / RFC 9260 §7.3): two paths, the alternate's links with
 * a 1280-byte MTU. Each path takes its interface's MTU (1500 and 1280, read with
 * SCTP_GET_PEER_ADDR_INFO); the fragmentation point follows the smallest, 1280 - 20 (IPv4) - 12
 * (common header) - 16 (DATA header) = 1232 (SCTP_STATUS); SCTP_MAXSEG only lowers it (2000 keeps
 * 1232, 1000 gives 1000). Messages of 3000 bytes are cut into chunks of at most that size, and
 * after the primary fails everything travels on the 1280 path with no packet above 1280 bytes;
 * every message arrives intact.
 */
class SctpPathMtuTestCase : public TestCase
{
  public:
    SctpPathMtuTestCase()
        : TestCase("path MTU per path, fragmentation point from the smallest")
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
        for (uint32_t i = 0; i < 2; ++i)
        {
            hosts.devices[1].Get(i)->SetMtu(1280);
        }
        SctpCollectingListener listener(hosts.b, 9);
        const std::vector<std::vector<uint8_t>>& got = listener.messages;
        // The largest SCTP packet and DATA chunk B receives on the 1280 path.
        uint32_t largestPacket = 0;
        uint32_t largestChunk = 0;
        hosts.devices[1].Get(1)->TraceConnectWithoutContext(
            "MacRx",
            Callback<void, Ptr<const Packet>>([&](Ptr<const Packet> p) {
                Ptr<Packet> copy = p->Copy();
                PppHeader ppp;
                copy->RemoveHeader(ppp);
                Ipv4Header ip;
                copy->RemoveHeader(ip);
                if (ip.GetProtocol() != 132)
                {
                    return;
                }
                largestPacket = std::max(largestPacket, ip.GetSerializedSize() + copy->GetSize());
                for (const auto& c : ChunksOf(copy))
                {
                    if (auto d = DynamicCast<SctpDataChunk>(c))
                    {
                        largestChunk = std::max(largestChunk, uint32_t(d->GetUserData().size()));
                    }
                }
            }));
        Ptr<SctpSocket> client =
            DynamicCast<SctpSocket>(Socket::CreateSocket(hosts.a, SctpSocketFactory::GetTypeId()));
        uint32_t mtus[2] = {0, 0};
        uint32_t fragPoint[3] = {0, 0, 0};
        auto message = [](uint32_t i) {
            std::vector<uint8_t> m(3000);
            for (uint32_t k = 0; k < m.size(); ++k)
            {
                m[k] = static_cast<uint8_t>(i + k * 11);
            }
            return m;
        };
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       for (uint32_t p = 0; p < 2; ++p)
                                       {
                                           SctpPaddrInfo info;
                                           info.address = hosts.addressesB[p];
                                           client->GetPeerAddrInfo(info);
                                           mtus[p] = info.mtu;
                                       }
                                       SctpStatus st;
                                       client->GetStatus(st);
                                       fragPoint[0] = st.fragmentationPoint;
                                       SctpAssocValue seg;
                                       seg.value = 2000;
                                       client->SetMaxSeg(seg);
                                       client->GetStatus(st);
                                       fragPoint[1] = st.fragmentationPoint;
                                       seg.value = 1000;
                                       client->SetMaxSeg(seg);
                                       client->GetStatus(st);
                                       fragPoint[2] = st.fragmentationPoint;
                                       seg.value = 0; // back to the path MTU's
                                       client->SetMaxSeg(seg);
                                       for (uint32_t i = 0; i < 20; ++i)
                                       {
                                           client->SendMsg(message(i), SctpSndInfo());
                                       }
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1), [&]() {
            client->Connect(InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[0]), 9));
        });
        Simulator::Schedule(Seconds(3), [&]() {
            SctpMultihomingHelper::SetPathUp(hosts, 0, false);
            for (uint32_t i = 20; i < 40; ++i)
            {
                client->SendMsg(message(i), SctpSndInfo());
            }
        });
        Simulator::Stop(Seconds(8));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(mtus[0], 1500u, "primary path MTU");
        NS_TEST_ASSERT_MSG_EQ(mtus[1], 1280u, "alternate path MTU");
        NS_TEST_ASSERT_MSG_EQ(fragPoint[0], 1280u - 20 - 12 - 16, "from the smallest path MTU");
        NS_TEST_ASSERT_MSG_EQ(fragPoint[1], 1232u, "SCTP_MAXSEG 2000 does not raise it");
        NS_TEST_ASSERT_MSG_EQ(fragPoint[2], 1000u, "SCTP_MAXSEG 1000 lowers it");
        NS_TEST_ASSERT_MSG_EQ(got.size(), 40u, "every message");
        for (uint32_t i = 0; i < got.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ((got[i] == message(i)), true, "message " << i << " intact");
        }
        NS_TEST_ASSERT_MSG_GT(largestPacket, 1200u, "full packets on the 1280 path");
        NS_TEST_ASSERT_MSG_LT_OR_EQ(largestPacket, 1280u, "none above its MTU");
        NS_TEST_ASSERT_MSG_EQ(largestChunk, 1232u, "chunks cut at the fragmentation point");
    }
};

/**
 * \ingroup sctp-test
 * \brief sctp_connectx to both of B's addresses while the first one is cut off (every packet to
 * it lost). FreeBSD (§3.4): an unanswered INIT backs off the RTO and goes to the next address
 * given, which becomes the primary; all addresses passed to connectx count as confirmed. With
 * RTO.Min = RTO.Initial = 200 ms: the INIT to B0 at 1 s, the next to B1 at 1.2 s, established over
 * B1, B1 the primary, and 20 messages delivered intact with every DATA on path 1.
 */
class SctpConnectxFailoverTestCase : public TestCase
{
  public:
    SctpConnectxFailoverTestCase()
        : TestCase("sctp_connectx: an unanswered INIT moves to the next address")
    {
    }

  private:
    void DoRun() override
    {
        Config::SetDefault("ns3::SctpL4Protocol::RtoMin", TimeValue(MilliSeconds(200)));
        Config::SetDefault("ns3::SctpL4Protocol::RtoInitial", TimeValue(MilliSeconds(200)));
        std::vector<Time> initsOnPath[2];
        uint32_t dataOnPath[2] = {0, 0};
        SctpMultihomingHelper mh;
        for (int i = 0; i < 2; ++i)
        {
            Ptr<SctpTestPacketFilter> atB = CreateObject<SctpTestPacketFilter>();
            atB->SetFilter([&initsOnPath, &dataOnPath, i](const SctpPacket& p) {
                if (FindChunk(p, SctpChunk::INIT))
                {
                    initsOnPath[i].push_back(Simulator::Now());
                }
                dataOnPath[i] += FindChunk(p, SctpChunk::DATA) != nullptr;
                return i == 0; // B0 is unreachable
            });
            SctpMultihomingHelper::PathSpec spec;
            spec.errorAtB = atB;
            mh.AddPath(spec);
        }
        SctpMultihomingHelper::Hosts hosts = mh.Install();
        SctpCollectingListener listener(hosts.b, 9);
        const std::vector<std::vector<uint8_t>>& got = listener.messages;
        Ptr<SctpSocket> client =
            DynamicCast<SctpSocket>(Socket::CreateSocket(hosts.a, SctpSocketFactory::GetTypeId()));
        auto message = [](uint32_t i) { return std::vector<uint8_t>(700, uint8_t(i * 7 + 1)); };
        Time established;
        Address primary;
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       established = Simulator::Now();
                                       Ptr<SctpAssociation> a =
                                           DynamicCast<SctpSocketImpl>(client)->GetAssociation();
                                       primary = a->GetPrimaryPeerAddress();
                                       for (uint32_t i = 0; i < 20; ++i)
                                       {
                                           client->SendMsg(message(i), SctpSndInfo());
                                       }
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        int connectx = -1;
        Simulator::Schedule(Seconds(1), [&]() {
            std::vector<Address> peers;
            for (const Address& b : hosts.addressesB)
            {
                peers.push_back(InetSocketAddress(Ipv4Address::ConvertFrom(b), 9));
            }
            connectx = client->ConnectX(peers);
        });
        Simulator::Stop(Seconds(5));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(connectx, 0, "sctp_connectx");
        NS_TEST_ASSERT_MSG_EQ(initsOnPath[0].size(), 1u, "one INIT to B0");
        NS_TEST_ASSERT_MSG_LT(initsOnPath[0][0], Seconds(1.02), "at the connect");
        NS_TEST_ASSERT_MSG_EQ(initsOnPath[1].size(), 1u, "then one INIT to B1");
        NS_TEST_ASSERT_MSG_EQ((initsOnPath[1][0] - initsOnPath[0][0]).GetMilliSeconds(),
                              200,
                              "one RTO.Initial later");
        NS_TEST_ASSERT_MSG_EQ(established.IsStrictlyPositive(), true, "established");
        NS_TEST_ASSERT_MSG_EQ(primary, hosts.addressesB[1], "B1 became the primary");
        NS_TEST_ASSERT_MSG_EQ(dataOnPath[0], 0u, "no DATA towards B0");
        NS_TEST_ASSERT_MSG_EQ(got.size(), 20u, "every message");
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
 * \brief T2-shutdown on a multi-homed association (FreeBSD's timer table): a SHUTDOWN lost on
 * the primary path goes again, one RTO later, to the alternate address, and the shutdown
 * completes there. Path 0 loses everything from 2 s on; the client closes at 2.5 s.
 */
class SctpShutdownAlternateTestCase : public TestCase
{
  public:
    SctpShutdownAlternateTestCase()
        : TestCase("T2-shutdown moves the SHUTDOWN to the alternate address")
    {
    }

  private:
    void DoRun() override
    {
        Config::SetDefault("ns3::SctpL4Protocol::RtoMin", TimeValue(MilliSeconds(200)));
        Config::SetDefault("ns3::SctpL4Protocol::RtoInitial", TimeValue(MilliSeconds(200)));
        std::vector<Time> shutdowns[2];
        SctpMultihomingHelper mh;
        for (int i = 0; i < 2; ++i)
        {
            Ptr<SctpTestPacketFilter> atB = CreateObject<SctpTestPacketFilter>();
            atB->SetFilter([&shutdowns, i](const SctpPacket& p) {
                if (FindChunk(p, SctpChunk::SHUTDOWN))
                {
                    shutdowns[i].push_back(Simulator::Now());
                }
                return i == 0 && Simulator::Now() >= Seconds(2);
            });
            SctpMultihomingHelper::PathSpec spec;
            spec.errorAtB = atB;
            mh.AddPath(spec);
        }
        SctpMultihomingHelper::Hosts hosts = mh.Install();
        SctpCollectingListener listener(hosts.b, 9);
        Ptr<SctpSocket> client =
            DynamicCast<SctpSocket>(Socket::CreateSocket(hosts.a, SctpSocketFactory::GetTypeId()));
        std::vector<uint8_t> sent;
        bool closedNormally = false;
        client->SetCloseCallbacks(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket>) { closedNormally = true; }),
            MakeNullCallback<void, Ptr<Socket>>());
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       for (uint32_t i = 0; i < 5; ++i)
                                       {
                                           std::vector<uint8_t> m(500, uint8_t(i + 3));
                                           client->SendMsg(m, SctpSndInfo());
                                           sent.insert(sent.end(), m.begin(), m.end());
                                       }
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1), [&]() {
            client->Connect(InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[0]), 9));
        });
        Simulator::Schedule(Seconds(2.5), [&]() { client->Close(); });
        Simulator::Stop(Seconds(5));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ((listener.Bytes() == sent), true, "the data before the close intact");
        NS_TEST_ASSERT_MSG_EQ(shutdowns[0].size(), 1u, "one SHUTDOWN lost on path 0");
        NS_TEST_ASSERT_MSG_EQ(shutdowns[1].size(), 1u, "the next one on path 1");
        // Same size, same link parameters: the arrival gap is the primary's RTO (RTO.Min, the
        // RTT being 20 ms).
        NS_TEST_ASSERT_MSG_EQ((shutdowns[1][0] - shutdowns[0][0]).GetMilliSeconds(),
                              200,
                              "one RTO later");
        NS_TEST_ASSERT_MSG_EQ(closedNormally, true, "the shutdown completed");
        client = nullptr;
        Simulator::Destroy();
        Config::Reset();
    }
};

/**
 * \ingroup sctp-test
 * \brief Multi-homing and failover.
 */
class SctpMultihomingTestSuite : public TestSuite
{
  public:
    SctpMultihomingTestSuite()
        : TestSuite("sctp-multihoming", UNIT)
    {
        AddTestCase(
            new SctpFailoverTestCase("failover and return, IPv4, 100% loss", FailoverSetup()),
            TestCase::QUICK);
        FailoverSetup down;
        down.linkDown = true;
        AddTestCase(new SctpFailoverTestCase("failover and return, IPv4, link down", down),
                    TestCase::QUICK);
        FailoverSetup v6;
        v6.ipv6[0] = v6.ipv6[1] = true;
        AddTestCase(new SctpFailoverTestCase("failover and return, IPv6", v6), TestCase::QUICK);
        FailoverSetup mixed;
        mixed.ipv6[1] = true;
        AddTestCase(
            new SctpFailoverTestCase("failover and return, IPv4 primary, IPv6 alternate", mixed),
            TestCase::QUICK);
        AddTestCase(new SctpPfTestCase(1), TestCase::QUICK);
        AddTestCase(new SctpPfTestCase(2), TestCase::QUICK);
        AddTestCase(new SctpUnconfirmedPathTestCase, TestCase::QUICK);
        AddTestCase(new SctpHeartbeatTimingTestCase, TestCase::QUICK);
        AddTestCase(new SctpReturnNoSpuriousFrTestCase, TestCase::QUICK);
        AddTestCase(new SctpBoundSourceTestCase, TestCase::QUICK);
        AddTestCase(new SctpPathMtuTestCase, TestCase::QUICK);
        AddTestCase(new SctpConnectxFailoverTestCase, TestCase::QUICK);
        AddTestCase(new SctpShutdownAlternateTestCase, TestCase::QUICK);
    }
};

/// Static variable for test initialization
static SctpMultihomingTestSuite g_sctpMultihomingTestSuite;
