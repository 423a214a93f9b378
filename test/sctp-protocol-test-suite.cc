/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Protocol behaviour of a single-path association against the numbers of RFC 9260 and of
// FreeBSD (shared/reference/freebsd-behaviour.md): initial cwnd, T3 back-off, fast retransmit
// after three miss indications, delayed SACK timing, stale cookies, INIT collision, shutdown
// from both sides and abort.

#include "sctp-packet-filter.h"
#include "sctp-scenario.h"

#include "ns3/core-module.h"
#include "ns3/test.h"

using namespace ns3;

namespace
{

/// Path MTU of the point-to-point links the tests use.
constexpr uint32_t MTU = 1500;

/**
 * \param [in] bytes on the wire of an SCTP packet (IPv4 + PPP framing added)
 * \param [in] rateBps link rate
 * \return its transmission time on the link
 */
Time
TxTime(uint32_t sctpBytes, uint64_t rateBps)
{
    uint32_t wire = sctpBytes + 20 + 2; // IPv4 and PPP headers
    return NanoSeconds(static_cast<int64_t>(wire * 8.0 * 1e9 / rateBps));
}

} // namespace

/**
 * \ingroup sctp-test
 * \brief Initial cwnd and ssthresh after the handshake (freebsd-behaviour.md §1.1):
 * cwnd = initial_cwnd · (MTU − 12) = 3 · 1488 = 4464, ssthresh = the peer's a_rwnd.
 */
class SctpInitialCwndTestCase : public TestCase
{
  public:
    SctpInitialCwndTestCase()
        : TestCase("cwnd and ssthresh after the handshake")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 1;
        uint32_t clientCwnd = 0;
        uint32_t clientSsthresh = 0;
        uint32_t serverCwnd = 0;
        uint32_t serverSsthresh = 0;
        s.onClientEstablished = [&](Ptr<SctpAssociation> a) {
            clientCwnd = a->GetPaths()[0]->GetCwnd();
            clientSsthresh = a->GetPaths()[0]->GetCcState()->m_ssThresh;
        };
        s.onServerEstablished = [&](Ptr<SctpAssociation> a) {
            serverCwnd = a->GetPaths()[0]->GetCwnd();
            serverSsthresh = a->GetPaths()[0]->GetCcState()->m_ssThresh;
        };
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(clientCwnd, 3 * (MTU - 12), "client initial cwnd");
        NS_TEST_ASSERT_MSG_EQ(serverCwnd, 3 * (MTU - 12), "server initial cwnd");
        // Both advertise recvspace: FreeBSD's boot-time min(SB_MAX * 2048 / 2304, ...) with
        // SB_MAX = 2 MiB.
        const uint32_t recvspace = 2097152ULL * 2048 / 2304;
        NS_TEST_ASSERT_MSG_EQ(clientSsthresh, recvspace, "client ssthresh = server's a_rwnd");
        NS_TEST_ASSERT_MSG_EQ(serverSsthresh, recvspace, "server ssthresh = client's a_rwnd");
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "the message arrived");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
    }
};

/**
 * \ingroup sctp-test
 * \brief T3-rtx back-off (RFC 9260 §6.3.3 E2): with RTO.Min 100 ms and RTO.Max 800 ms, a chunk
 * lost again and again is retransmitted after 0.1, 0.2, 0.4, 0.8 and 0.8 s; the first T3 sets
 * cwnd = MTU and ssthresh = max(cwnd/2, 4 MTU) (freebsd-behaviour.md §1.1).
 */
class SctpT3BackoffTestCase : public TestCase
{
  public:
    SctpT3BackoffTestCase()
        : TestCase("T3-rtx back-off sequence and the cwnd after T3")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 1;
        s.messageSize = 100;
        s.configure = [](Ptr<SctpL4Protocol> c, Ptr<SctpL4Protocol> sv) {
            c->SetAttribute("RtoMin", TimeValue(MilliSeconds(100)));
            c->SetAttribute("RtoMax", TimeValue(MilliSeconds(800)));
            c->SetAttribute("RtoInitial", TimeValue(MilliSeconds(100)));
        };
        std::vector<Time> arrivals;
        Ptr<SctpTestPacketFilter> filter = CreateObject<SctpTestPacketFilter>();
        filter->SetFilter([&arrivals](const SctpPacket& p) {
            if (!FindChunk(p, SctpChunk::DATA))
            {
                return false;
            }
            arrivals.push_back(Simulator::Now());
            return arrivals.size() <= 6; // the first six copies are lost
        });
        s.serverRxError = filter;
        uint32_t cwndBefore = 0;
        uint32_t cwndAfterT3 = 0;
        uint32_t ssthreshAfterT3 = 0;
        s.onClientEstablished = [&](Ptr<SctpAssociation> a) {
            Ptr<SctpPath> path = a->GetPaths()[0];
            cwndBefore = path->GetCwnd();
            a->TraceConnectWithoutContext(
                "Timeout",
                Callback<void, const Address&, Time>([&, path](const Address&, Time) {
                    if (cwndAfterT3 == 0)
                    {
                        // The trace fires before the reaction; read it right after.
                        Simulator::ScheduleNow([&, path]() {
                            cwndAfterT3 = path->GetCwnd();
                            ssthreshAfterT3 = path->GetCcState()->m_ssThresh;
                        });
                    }
                }));
        };
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(arrivals.size(), 7u, "sent seven times, delivered the seventh");
        double expected[] = {0.1, 0.2, 0.4, 0.8, 0.8};
        for (size_t i = 0; i < 5; ++i)
        {
            Time gap = arrivals[i + 1] - arrivals[i];
            NS_TEST_ASSERT_MSG_EQ_TOL(gap.GetSeconds(),
                                      expected[i],
                                      1e-9,
                                      "retransmission " << i + 1 << " after the RTO");
        }
        NS_TEST_ASSERT_MSG_EQ((s.timeouts >= 6), true, "six T3 expiries");
        NS_TEST_ASSERT_MSG_EQ(cwndAfterT3, MTU, "cwnd = MTU after T3");
        NS_TEST_ASSERT_MSG_EQ(ssthreshAfterT3,
                              std::max(cwndBefore / 2, 4 * MTU),
                              "ssthresh = max(cwnd/2, 4 MTU) after T3");
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "delivered in the end");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
    }
};

/**
 * \ingroup sctp-test
 * \brief Fast retransmit after exactly three miss indications (RFC 9260 §7.2.4), and the cwnd
 * reaction: ssthresh = max(cwnd/2, 2 MTU), cwnd = ssthresh (freebsd-behaviour.md §1.1).
 */
class SctpFastRetransmitTestCase : public TestCase
{
  public:
    SctpFastRetransmitTestCase()
        : TestCase("fast retransmit after three miss indications")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 60;
        s.messageSize = 1000;
        s.configureClient = [](Ptr<SctpSocket> c) { c->SetNoDelay(true); };
        uint32_t firstTsn = 0;
        bool haveFirst = false;
        bool dropped = false;
        uint32_t lostTsn = 0;
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&](const SctpPacket& p) {
            Ptr<SctpDataChunk> d = DynamicCast<SctpDataChunk>(FindChunk(p, SctpChunk::DATA));
            if (!d)
            {
                return false;
            }
            if (!haveFirst)
            {
                haveFirst = true;
                firstTsn = d->GetTsn();
                lostTsn = firstTsn + 5;
            }
            if (d->GetTsn() == lostTsn && !dropped)
            {
                dropped = true;
                return true;
            }
            return false;
        });
        // Miss indications the client receives: SACKs that leave the lost TSN missing and newly
        // acknowledge a higher one (HTNA).
        uint32_t missIndications = 0;
        uint32_t missesAtRetransmit = 0;
        uint32_t highestAcked = 0;
        Ptr<SctpTestPacketFilter> atClient = CreateObject<SctpTestPacketFilter>();
        atClient->SetFilter([&](const SctpPacket& p) {
            Ptr<SctpSackChunk> sack = DynamicCast<SctpSackChunk>(FindChunk(p, SctpChunk::SACK));
            if (!sack || !dropped || sack->GetCumulativeTsnAck() != lostTsn - 1)
            {
                return false;
            }
            uint32_t top = sack->GetCumulativeTsnAck();
            for (const auto& g : sack->GetGapAckBlocks())
            {
                top = std::max(top, sack->GetCumulativeTsnAck() + g.end);
            }
            if (top > highestAcked)
            {
                highestAcked = top;
                missIndications++;
            }
            return false;
        });
        s.serverRxError = atServer;
        s.clientRxError = atClient;
        uint32_t cwndAtFr = 0;
        uint32_t cwndAfterFr = 0;
        uint32_t ssthreshAfterFr = 0;
        s.onClientEstablished = [&](Ptr<SctpAssociation> a) {
            Ptr<SctpPath> path = a->GetPaths()[0];
            path->GetCcState()->TraceConnectWithoutContext(
                "CongestionWindow",
                Callback<void, uint32_t, uint32_t>([&](uint32_t oldValue, uint32_t newValue) {
                    if (missesAtRetransmit == 0 && missIndications >= 3 && cwndAtFr == 0)
                    {
                        cwndAtFr = oldValue;
                        cwndAfterFr = newValue;
                    }
                }));
            a->TraceConnectWithoutContext(
                "Retransmission",
                Callback<void, uint32_t, bool>([&, path](uint32_t tsn, bool fast) {
                    if (tsn == lostTsn && fast && missesAtRetransmit == 0)
                    {
                        missesAtRetransmit = missIndications;
                        ssthreshAfterFr = path->GetCcState()->m_ssThresh;
                    }
                }));
        };
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(dropped, true, "the TSN was dropped");
        NS_TEST_ASSERT_MSG_EQ(missesAtRetransmit, 3u, "retransmitted at the third miss");
        NS_TEST_ASSERT_MSG_EQ(s.timeouts, 0u, "no T3 needed");
        NS_TEST_ASSERT_MSG_EQ(s.fastRetransmissions, 1u, "one fast retransmission");
        uint32_t expect = std::max(cwndAtFr / 2, 2 * MTU);
        NS_TEST_ASSERT_MSG_EQ(ssthreshAfterFr, expect, "ssthresh = max(cwnd/2, 2 MTU)");
        NS_TEST_ASSERT_MSG_EQ(cwndAfterFr, expect, "cwnd = ssthresh");
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
    }
};

/**
 * \ingroup sctp-test
 * \brief Delayed SACK (RFC 9260 §6.2, FreeBSD §5.2): the first DATA is acknowledged at once;
 * a lone packet later waits delayed_sack_time (200 ms); with packets 50 ms apart every second
 * one is acknowledged at once (sack_freq 2).
 */
class SctpDelayedSackTestCase : public TestCase
{
  public:
    /**
     * \param [in] interval time between messages
     */
    explicit SctpDelayedSackTestCase(Time interval)
        : TestCase("delayed SACK timing, messages " + std::to_string(interval.GetMilliSeconds()) +
                   " ms apart"),
          m_interval(interval)
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 6;
        s.messageSize = 100;
        s.messageInterval = m_interval;
        s.closeWhenDone = false;
        s.stopTime = Seconds(20);
        s.configureClient = [](Ptr<SctpSocket> c) { c->SetNoDelay(true); };
        std::vector<std::pair<uint32_t, Time>> dataArrivals; // TSN, time at the server
        std::vector<std::pair<uint32_t, Time>> sackArrivals; // cum TSN, time at the client
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&](const SctpPacket& p) {
            if (auto d = DynamicCast<SctpDataChunk>(FindChunk(p, SctpChunk::DATA)))
            {
                dataArrivals.emplace_back(d->GetTsn(), Simulator::Now());
            }
            return false;
        });
        Ptr<SctpTestPacketFilter> atClient = CreateObject<SctpTestPacketFilter>();
        atClient->SetFilter([&](const SctpPacket& p) {
            if (auto k = DynamicCast<SctpSackChunk>(FindChunk(p, SctpChunk::SACK)))
            {
                sackArrivals.emplace_back(k->GetCumulativeTsnAck(), Simulator::Now());
            }
            return false;
        });
        s.serverRxError = atServer;
        s.clientRxError = atClient;
        s.Run();

        NS_TEST_ASSERT_MSG_EQ(dataArrivals.size(), 6u, "six DATA packets");
        // A SACK of 16 bytes plus the 12-byte common header crosses the 10 Mb/s, 10 ms link.
        Time sackFlight = MilliSeconds(10) + TxTime(12 + 16, 10000000);
        auto sackFor = [&](uint32_t tsn) {
            for (const auto& k : sackArrivals)
            {
                if (k.first == tsn)
                {
                    return k.second;
                }
            }
            return Time(-1);
        };
        // The first DATA packet is acknowledged at once.
        Time first = sackFor(dataArrivals[0].first) - dataArrivals[0].second;
        NS_TEST_ASSERT_MSG_EQ(first, sackFlight, "first DATA acknowledged immediately");
        if (m_interval > MilliSeconds(200))
        {
            for (size_t i = 1; i < dataArrivals.size(); ++i)
            {
                Time d = sackFor(dataArrivals[i].first) - dataArrivals[i].second;
                NS_TEST_ASSERT_MSG_EQ(d,
                                      MilliSeconds(200) + sackFlight,
                                      "lone DATA " << i << " acknowledged after 200 ms");
            }
        }
        else
        {
            // Packets 1, 3, 5 wait for a second one; 2 and 4 complete the pair.
            for (size_t i = 2; i < dataArrivals.size(); i += 2)
            {
                Time d = sackFor(dataArrivals[i].first) - dataArrivals[i].second;
                NS_TEST_ASSERT_MSG_EQ(d, sackFlight, "second packet " << i << " acked at once");
                NS_TEST_ASSERT_MSG_EQ(sackFor(dataArrivals[i - 1].first),
                                      Time(-1),
                                      "first of the pair not acknowledged alone");
            }
        }
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
    }

    Time m_interval; //!< time between messages
};

/**
 * \ingroup sctp-test
 * \brief A COOKIE-ECHO arriving after Valid.Cookie.Life is answered with a Stale Cookie error
 * (RFC 9260 §5.1.5); the client retries with a Cookie Preservative (§5.2.6) and succeeds.
 */
class SctpStaleCookieTestCase : public TestCase
{
  public:
    SctpStaleCookieTestCase()
        : TestCase("stale cookie and Cookie Preservative")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.delay = MilliSeconds(600); // COOKIE-ECHO arrives 1.2 s after the INIT-ACK was made
        s.messages = 5;
        s.stopTime = Seconds(30);
        s.configure = [](Ptr<SctpL4Protocol> c, Ptr<SctpL4Protocol> sv) {
            sv->SetAttribute("ValidCookieLife", TimeValue(Seconds(1)));
            // T1-init must outlast the 1.2 s round trip, or the INIT is retransmitted first.
            c->SetAttribute("RtoInitial", TimeValue(Seconds(3)));
        };
        uint32_t staleness = 0;
        uint32_t preservative = 0;
        uint32_t inits = 0;
        Ptr<SctpTestPacketFilter> atClient = CreateObject<SctpTestPacketFilter>();
        atClient->SetFilter([&](const SctpPacket& p) {
            if (auto e = DynamicCast<SctpErrorChunk>(FindChunk(p, SctpChunk::ERROR)))
            {
                for (const auto& c : e->GetCauses())
                {
                    if (auto sc = DynamicCast<SctpStaleCookieErrorCause>(c))
                    {
                        staleness = sc->GetStaleness();
                    }
                }
            }
            return false;
        });
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&](const SctpPacket& p) {
            if (auto i = DynamicCast<SctpInitChunk>(FindChunk(p, SctpChunk::INIT)))
            {
                inits++;
                if (auto cp = DynamicCast<SctpCookiePreservativeParameter>(
                        i->FindParameter(SctpParameter::COOKIE_PRESERVATIVE)))
                {
                    preservative = cp->GetLifeSpanIncrement();
                }
            }
            return false;
        });
        s.clientRxError = atClient;
        s.serverRxError = atServer;
        s.Run();
        // Staleness: the COOKIE-ECHO arrives two one-way delays plus the INIT-ACK's and
        // COOKIE-ECHO's transmission times after the cookie was made, 1 s of which was valid.
        NS_TEST_ASSERT_MSG_EQ((staleness > 200000 && staleness < 201000),
                              true,
                              "staleness " << staleness << " us is 0.2 s plus transmission");
        NS_TEST_ASSERT_MSG_EQ(inits, 2u, "a second INIT after the error");
        NS_TEST_ASSERT_MSG_EQ(preservative, 2 * staleness / 1000, "preservative = 2 x staleness");
        NS_TEST_ASSERT_MSG_EQ(s.connected, true, "established on the second attempt");
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
    }
};

/**
 * \ingroup sctp-test
 * \brief Two endpoints that connect to each other at the same moment end with one association
 * each side (RFC 9260 §5.2.1, §5.2.4), and data crosses both ways.
 */
class SctpInitCollisionTestCase : public TestCase
{
  public:
    SctpInitCollisionTestCase()
        : TestCase("INIT collision")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue("10Mbps"));
        p2p.SetChannelAttribute("Delay", StringValue("10ms"));
        NetDeviceContainer devs = p2p.Install(nodes);
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        sctp.AssignStreams(nodes, 1);
        Ipv4AddressHelper addr("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = addr.Assign(devs);

        Ptr<Socket> a = Socket::CreateSocket(nodes.Get(0), SctpSocketFactory::GetTypeId());
        Ptr<Socket> b = Socket::CreateSocket(nodes.Get(1), SctpSocketFactory::GetTypeId());
        a->Bind(InetSocketAddress(Ipv4Address::GetAny(), 7000));
        b->Bind(InetSocketAddress(Ipv4Address::GetAny(), 7001));
        int established = 0;
        std::vector<std::string> received(2);
        auto onConnect = Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) {
            established++;
            std::string text = s == a ? "from a" : "from b";
            DynamicCast<SctpSocket>(s)->SendMsg(std::vector<uint8_t>(text.begin(), text.end()),
                                                SctpSndInfo());
        });
        auto onRecv = [&](int i) {
            return Callback<void, Ptr<Socket>>([&, i](Ptr<Socket> s) {
                std::vector<uint8_t> d;
                SctpRcvInfo info;
                bool eor;
                while (DynamicCast<SctpSocket>(s)->RecvMsg(d, info, eor) > 0)
                {
                    received[i].append(d.begin(), d.end());
                }
            });
        };
        a->SetConnectCallback(onConnect, MakeNullCallback<void, Ptr<Socket>>());
        b->SetConnectCallback(onConnect, MakeNullCallback<void, Ptr<Socket>>());
        a->SetRecvCallback(onRecv(0));
        b->SetRecvCallback(onRecv(1));
        Simulator::Schedule(Seconds(1), [&]() {
            a->Connect(InetSocketAddress(ifs.GetAddress(1), 7001));
            b->Connect(InetSocketAddress(ifs.GetAddress(0), 7000));
        });
        Simulator::Stop(Seconds(10));
        Simulator::Run();
        Ptr<SctpAssociation> aa = DynamicCast<SctpSocketImpl>(a)->GetAssociation();
        Ptr<SctpAssociation> bb = DynamicCast<SctpSocketImpl>(b)->GetAssociation();
        NS_TEST_ASSERT_MSG_EQ(established, 2, "both sides established");
        NS_TEST_ASSERT_MSG_EQ(aa->GetState(), SctpAssociation::ESTABLISHED, "a established");
        NS_TEST_ASSERT_MSG_EQ(bb->GetState(), SctpAssociation::ESTABLISHED, "b established");
        NS_TEST_ASSERT_MSG_EQ(aa->GetPeerTag(), bb->GetLocalTag(), "a knows b's tag");
        NS_TEST_ASSERT_MSG_EQ(bb->GetPeerTag(), aa->GetLocalTag(), "b knows a's tag");
        NS_TEST_ASSERT_MSG_EQ(received[0], "from b", "a received b's message");
        NS_TEST_ASSERT_MSG_EQ(received[1], "from a", "b received a's message");
        a = nullptr;
        b = nullptr;
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief Graceful shutdown started by both sides at once (RFC 9260 §9.2), and ABORT.
 */
class SctpTeardownTestCase : public TestCase
{
  public:
    /**
     * \param [in] abort abort instead of shutting down
     */
    explicit SctpTeardownTestCase(bool abort)
        : TestCase(abort ? "abort by the client" : "shutdown from both sides at once"),
          m_abort(abort)
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 20;
        s.closeWhenDone = false;
        s.stopTime = Seconds(10);
        Ptr<SctpAssociation> client;
        Ptr<SctpAssociation> server;
        s.onClientEstablished = [&](Ptr<SctpAssociation> a) { client = a; };
        s.onServerEstablished = [&](Ptr<SctpAssociation> a) { server = a; };
        std::vector<uint8_t> chunkTypesAtServer;
        bool userAbortCause = false;
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&](const SctpPacket& p) {
            for (const auto& c : p.GetChunks())
            {
                chunkTypesAtServer.push_back(c->GetType());
                if (auto ab = DynamicCast<SctpAbortChunk>(c))
                {
                    for (const auto& cause : ab->GetCauses())
                    {
                        userAbortCause |= cause->GetCode() == SctpErrorCause::USER_INITIATED_ABORT;
                    }
                }
            }
            return false;
        });
        s.serverRxError = atServer;
        bool serverErrorClose = false;
        Simulator::Schedule(Seconds(3), [&]() {
            if (m_abort)
            {
                client->Abort({'b', 'y', 'e'});
            }
            else
            {
                client->Shutdown();
                server->Shutdown();
            }
        });
        Simulator::Schedule(Seconds(2.5), [&]() {
            // The server socket's error callback shows the abort.
            if (server)
            {
                server->TraceConnectWithoutContext(
                    "State",
                    Callback<void, SctpAssociation::State, SctpAssociation::State>(
                        [&](SctpAssociation::State, SctpAssociation::State n) {
                            serverErrorClose |= (n == SctpAssociation::CLOSED);
                        }));
            }
        });
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "data before the teardown delivered");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
        if (m_abort)
        {
            NS_TEST_ASSERT_MSG_EQ(userAbortCause, true, "ABORT with a User-Initiated Abort cause");
            NS_TEST_ASSERT_MSG_EQ(serverErrorClose, true, "the server association closed");
            NS_TEST_ASSERT_MSG_EQ(s.serverClosedNormally, false, "not a graceful close");
        }
        else
        {
            auto count = [&](uint8_t t) {
                return std::count(chunkTypesAtServer.begin(), chunkTypesAtServer.end(), t);
            };
            NS_TEST_ASSERT_MSG_EQ(count(SctpChunk::SHUTDOWN), 1, "the client's SHUTDOWN");
            NS_TEST_ASSERT_MSG_EQ(count(SctpChunk::SHUTDOWN_ACK), 1, "the client's SHUTDOWN-ACK");
            NS_TEST_ASSERT_MSG_EQ(s.clientClosedNormally, true, "client closed gracefully");
            NS_TEST_ASSERT_MSG_EQ(s.serverClosedNormally, true, "server closed gracefully");
            NS_TEST_ASSERT_MSG_EQ(client->GetState(), SctpAssociation::CLOSED, "client CLOSED");
            NS_TEST_ASSERT_MSG_EQ(server->GetState(), SctpAssociation::CLOSED, "server CLOSED");
        }
    }

    bool m_abort; //!< abort instead of shutdown
};

/**
 * \ingroup sctp-test
 * \brief A lost COOKIE-ACK: the client's T1-cookie resends the COOKIE-ECHO, the server (already
 * ESTABLISHED) answers it again (RFC 9260 §5.2.4 case D) and keeps one association.
 */
class SctpDuplicateCookieEchoTestCase : public TestCase
{
  public:
    SctpDuplicateCookieEchoTestCase()
        : TestCase("duplicate COOKIE-ECHO after a lost COOKIE-ACK")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 10;
        uint32_t cookieEchoes = 0;
        uint32_t cookieAcks = 0;
        uint32_t accepted = 0;
        Ptr<SctpTestPacketFilter> atClient = CreateObject<SctpTestPacketFilter>();
        atClient->SetFilter([&](const SctpPacket& p) {
            if (FindChunk(p, SctpChunk::COOKIE_ACK))
            {
                return ++cookieAcks == 1; // the first COOKIE-ACK is lost
            }
            return false;
        });
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&](const SctpPacket& p) {
            cookieEchoes += FindChunk(p, SctpChunk::COOKIE_ECHO) ? 1 : 0;
            return false;
        });
        s.clientRxError = atClient;
        s.serverRxError = atServer;
        s.onServerEstablished = [&](Ptr<SctpAssociation>) { accepted++; };
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(cookieEchoes, 2u, "the COOKIE-ECHO was sent again");
        NS_TEST_ASSERT_MSG_EQ(cookieAcks, 2u, "and answered again");
        NS_TEST_ASSERT_MSG_EQ(accepted, 1u, "one association on the server");
        NS_TEST_ASSERT_MSG_EQ(s.connected, true, "client established");
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
    }
};

/**
 * \ingroup sctp-test
 * \brief Peer restart (RFC 9260 §5.2.2, §5.2.4 case A): the client host loses its association
 * without a word and connects again from the same port; the server's association answers the
 * INIT with tie tags, recognises the restart at the COOKIE-ECHO, takes the new tags and carries
 * the new data.
 */
class SctpRestartTestCase : public TestCase
{
  public:
    SctpRestartTestCase()
        : TestCase("peer restart")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue("10Mbps"));
        p2p.SetChannelAttribute("Delay", StringValue("10ms"));
        NetDeviceContainer devs = p2p.Install(nodes);
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        sctp.AssignStreams(nodes, 5);
        Ipv4AddressHelper addr("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = addr.Assign(devs);
        Address server(InetSocketAddress(ifs.GetAddress(1), 5000));

        Ptr<Socket> listener = Socket::CreateSocket(nodes.Get(1), SctpSocketFactory::GetTypeId());
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 5000));
        listener->Listen();
        Ptr<Socket> accepted;
        int accepts = 0;
        std::string received;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                accepted = s;
                accepts++;
                s->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> r) {
                    std::vector<uint8_t> d;
                    SctpRcvInfo info;
                    bool eor;
                    while (DynamicCast<SctpSocket>(r)->RecvMsg(d, info, eor) > 0)
                    {
                        received.append(d.begin(), d.end());
                    }
                }));
            }));
        auto say = [](Ptr<Socket> s, std::string text) {
            DynamicCast<SctpSocket>(s)->SendMsg(std::vector<uint8_t>(text.begin(), text.end()),
                                                SctpSndInfo());
        };
        Ptr<Socket> first = Socket::CreateSocket(nodes.Get(0), SctpSocketFactory::GetTypeId());
        first->Bind(InetSocketAddress(Ipv4Address::GetAny(), 4000));
        first->SetConnectCallback(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) { say(s, "before;"); }),
            MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1), [&]() { first->Connect(server); });
        uint32_t tagBefore = 0;
        Ptr<Socket> second;
        Simulator::Schedule(Seconds(2), [&]() {
            tagBefore = DynamicCast<SctpSocketImpl>(accepted)->GetAssociation()->GetPeerTag();
            first->Dispose(); // the host forgets its association: no ABORT, no SHUTDOWN
            second = Socket::CreateSocket(nodes.Get(0), SctpSocketFactory::GetTypeId());
            second->Bind(InetSocketAddress(Ipv4Address::GetAny(), 4000));
            second->SetConnectCallback(
                Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) { say(s, "after"); }),
                MakeNullCallback<void, Ptr<Socket>>());
            second->Connect(server);
        });
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(accepted)->GetAssociation();
        Ptr<SctpAssociation> c = DynamicCast<SctpSocketImpl>(second)->GetAssociation();
        NS_TEST_ASSERT_MSG_EQ(accepts, 1, "the restart reuses the server's association");
        NS_TEST_ASSERT_MSG_EQ(a->GetState(), SctpAssociation::ESTABLISHED, "server established");
        NS_TEST_ASSERT_MSG_EQ(c->GetState(), SctpAssociation::ESTABLISHED, "client established");
        NS_TEST_ASSERT_MSG_EQ((a->GetPeerTag() != tagBefore), true, "server took the new tag");
        NS_TEST_ASSERT_MSG_EQ(a->GetPeerTag(), c->GetLocalTag(), "tags agree");
        NS_TEST_ASSERT_MSG_EQ(received, "before;after", "data before and after the restart");
        listener = nullptr;
        accepted = nullptr;
        first = nullptr;
        second = nullptr;
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief T1-init back-off and Max.Init.Retransmits (RFC 9260 §5.1, §6.3.3; FreeBSD §3.4): with
 * every INIT lost, RTO.Initial 100 ms and init_rto_max 400 ms, INITs leave at 0, 0.1, 0.3, 0.7
 * and 1.1 s; after Max.Init.Retransmits (3) retransmissions the connect fails.
 */
class SctpInitRetransmitTestCase : public TestCase
{
  public:
    SctpInitRetransmitTestCase()
        : TestCase("INIT retransmission back-off and Max.Init.Retransmits")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 1;
        s.configure = [](Ptr<SctpL4Protocol> c, Ptr<SctpL4Protocol> sv) {
            c->SetAttribute("RtoInitial", TimeValue(MilliSeconds(100)));
            c->SetAttribute("RtoMin", TimeValue(MilliSeconds(100)));
            c->SetAttribute("InitRtoMax", TimeValue(MilliSeconds(400)));
            c->SetAttribute("InitRtxMax", UintegerValue(3));
        };
        std::vector<Time> inits;
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&inits](const SctpPacket& p) {
            if (FindChunk(p, SctpChunk::INIT))
            {
                inits.push_back(Simulator::Now());
                return true;
            }
            return false;
        });
        s.serverRxError = atServer;
        s.Run();
        // Back-off: 0.1, then doubled and capped at init_rto_max: 0.2, 0.4, 0.4.
        double expected[] = {0.1, 0.2, 0.4};
        NS_TEST_ASSERT_MSG_EQ(inits.size(), 4u, "the INIT and three retransmissions");
        for (size_t i = 1; i < inits.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ_TOL((inits[i] - inits[i - 1]).GetSeconds(),
                                      expected[i - 1],
                                      1e-9,
                                      "INIT " << i << " after the backed-off RTO");
        }
        NS_TEST_ASSERT_MSG_EQ(s.connectFailed, true, "connect failed");
        NS_TEST_ASSERT_MSG_EQ(s.connected, false, "never established");
    }
};

/**
 * \ingroup sctp-test
 * \brief Association.Max.Retrans (RFC 9260 §8.1): with every DATA lost the association is
 * aborted at the 11th consecutive T3 expiry (FreeBSD: error count strictly above 10) and the
 * application is told.
 */
class SctpAssocMaxRetransTestCase : public TestCase
{
  public:
    /// \param [in] diagInfoCode the DiagInfoCode sysctl (diag_info_code)
    explicit SctpAssocMaxRetransTestCase(uint16_t diagInfoCode)
        : TestCase("Association.Max.Retrans: abort at the 11th timeout, diag_info_code " +
                   std::to_string(diagInfoCode)),
          m_diagInfoCode(diagInfoCode)
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 1;
        s.stopTime = Seconds(60);
        uint16_t diag = m_diagInfoCode;
        s.configure = [diag](Ptr<SctpL4Protocol> c, Ptr<SctpL4Protocol> sv) {
            c->SetAttribute("RtoMin", TimeValue(MilliSeconds(100)));
            c->SetAttribute("RtoInitial", TimeValue(MilliSeconds(100)));
            c->SetAttribute("RtoMax", TimeValue(MilliSeconds(400)));
            c->SetAttribute("DiagInfoCode", UintegerValue(diag));
        };
        Ptr<SctpAbortChunk> abort;
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&abort](const SctpPacket& p) {
            if (Ptr<SctpChunk> a = FindChunk(p, SctpChunk::ABORT))
            {
                abort = DynamicCast<SctpAbortChunk>(a);
            }
            return FindChunk(p, SctpChunk::DATA) != nullptr;
        });
        s.serverRxError = atServer;
        SctpAssociation::State finalState = SctpAssociation::ESTABLISHED;
        Ptr<SctpAssociation> client;
        s.onClientEstablished = [&client](Ptr<SctpAssociation> a) { client = a; };
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(s.timeouts, 11u, "aborted at the 11th timeout");
        NS_TEST_ASSERT_MSG_NE(abort, nullptr, "ABORT sent to the peer");
        if (m_diagInfoCode == 0)
        {
            // FreeBSD's sctp_generate_cause gives nothing while diag_info_code is 0.
            NS_TEST_ASSERT_MSG_EQ(abort->GetCauses().size(), 0u, "no cause");
        }
        else
        {
            NS_TEST_ASSERT_MSG_EQ(abort->GetCauses().size(), 1u, "one diagnostic cause");
            NS_TEST_ASSERT_MSG_EQ(abort->GetCauses()[0]->GetCode(), m_diagInfoCode, "its code");
            auto c = DynamicCast<SctpUnknownErrorCause>(abort->GetCauses()[0]);
            NS_TEST_ASSERT_MSG_NE(c, nullptr, "carried as is");
            std::string text(c->GetValue().begin(), c->GetValue().end());
            NS_TEST_ASSERT_MSG_EQ(text, "Association error counter exceeded", "FreeBSD's text");
        }
        finalState = client->GetState();
        NS_TEST_ASSERT_MSG_EQ(finalState, SctpAssociation::CLOSED, "association closed");
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, 0u, "nothing delivered");
    }

    uint16_t m_diagInfoCode; //!< diag_info_code
};

/**
 * \ingroup sctp-test
 * \brief Heartbeats from an endpoint that only receives (FreeBSD §3.2): its SACKs do not make
 * the path busy, so with HB.interval 2 s it sends a HEARTBEAT every 2 s + RTO·[0.5, 1.5) while
 * DATA flows to it; the sender, whose DATA keeps the path busy, sends none.
 */
class SctpReceiverHeartbeatTestCase : public TestCase
{
  public:
    SctpReceiverHeartbeatTestCase()
        : TestCase("a receiving endpoint sends heartbeats; a sending one does not")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 500;
        s.messageInterval = MilliSeconds(100);
        s.stopTime = Seconds(60);
        s.configure = [](Ptr<SctpL4Protocol> c, Ptr<SctpL4Protocol> sv) {
            for (auto l4 : {c, sv})
            {
                l4->SetAttribute("HeartbeatInterval", TimeValue(Seconds(2)));
                l4->SetAttribute("RtoMin", TimeValue(MilliSeconds(100)));
                l4->SetAttribute("RtoInitial", TimeValue(MilliSeconds(100)));
            }
        };
        std::vector<Time> fromServer;
        uint32_t fromClient = 0;
        Ptr<SctpTestPacketFilter> atClient = CreateObject<SctpTestPacketFilter>();
        atClient->SetFilter([&fromServer](const SctpPacket& p) {
            if (FindChunk(p, SctpChunk::HEARTBEAT))
            {
                fromServer.push_back(Simulator::Now());
            }
            return false;
        });
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&fromClient](const SctpPacket& p) {
            fromClient += FindChunk(p, SctpChunk::HEARTBEAT) != nullptr;
            return false;
        });
        s.clientRxError = atClient;
        s.serverRxError = atServer;
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
        NS_TEST_ASSERT_MSG_EQ(fromClient, 0u, "the sender's path is never idle");
        // While DATA flows (from about 1.1 s to the last delivery), one heartbeat every
        // 2 s + RTO·[0.5, 1.5), the RTO being RTO.Min (100 ms) on this 20 ms RTT path.
        double flowing = s.lastDelivery.GetSeconds() - 1.1;
        NS_TEST_ASSERT_MSG_GT(flowing, 10.0, "DATA flowed long enough");
        NS_TEST_ASSERT_MSG_GT_OR_EQ(fromServer.size(),
                                    static_cast<size_t>(flowing / 2.15),
                                    "the receiver probes its path");
        for (size_t i = 1; i < fromServer.size(); ++i)
        {
            double gap = (fromServer[i] - fromServer[i - 1]).GetSeconds();
            NS_TEST_ASSERT_MSG_EQ((gap >= 2.05 && gap < 2.15), true, "heartbeat gap " << gap);
        }
    }
};

/**
 * \ingroup sctp-test
 * \brief Stream negotiation (RFC 9260 §5.1.1): the client asks for 10 outbound streams, the
 * server offers 4 inbound ones: 4 are used; a send on stream 7 fails, stream 3 works.
 */
class SctpStreamNegotiationTestCase : public TestCase
{
  public:
    SctpStreamNegotiationTestCase()
        : TestCase("stream negotiation")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 4;
        s.streams = 4;
        s.configure = [](Ptr<SctpL4Protocol> c, Ptr<SctpL4Protocol> sv) {
            c->SetAttribute("OutgoingStreams", UintegerValue(10));
            sv->SetAttribute("IncomingStreams", UintegerValue(4));
        };
        uint16_t outbound = 0;
        uint16_t inbound = 0;
        int sendOnSeven = 0;
        Socket::SocketErrno error = Socket::ERROR_NOTERROR;
        s.onClientEstablished = [&](Ptr<SctpAssociation> a) {
            outbound = a->GetOutboundStreams();
            SctpSndInfo info;
            info.sid = 7;
            sendOnSeven = s.clientSocket->SendMsg(std::vector<uint8_t>(10, 1), info);
            error = s.clientSocket->GetErrno();
        };
        s.onServerEstablished = [&](Ptr<SctpAssociation> a) { inbound = a->GetInboundStreams(); };
        s.configureClient = [](Ptr<SctpSocket> c) {
            SctpInitMsg init;
            init.numOstreams = 10;
            c->SetInitMsg(init);
        };
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(outbound, 4, "client: min(10 requested, 4 offered)");
        NS_TEST_ASSERT_MSG_EQ(inbound, 4, "server: 4 inbound");
        NS_TEST_ASSERT_MSG_EQ(sendOnSeven, -1, "stream 7 refused");
        NS_TEST_ASSERT_MSG_EQ(error, Socket::ERROR_INVAL, "with EINVAL");
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "streams 0-3 carried the data");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
    }
};

/**
 * \ingroup sctp-test
 * \brief A packet of an established association with a wrong verification tag is discarded
 * (RFC 9260 §8.5): its DATA is neither delivered nor acknowledged.
 */
class SctpWrongTagTestCase : public TestCase
{
  public:
    SctpWrongTagTestCase()
        : TestCase("DATA with a wrong verification tag is discarded")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 3;
        s.closeWhenDone = false;
        s.stopTime = Seconds(5);
        Ptr<SctpAssociation> client;
        Ptr<SctpAssociation> server;
        s.onClientEstablished = [&client](Ptr<SctpAssociation> a) { client = a; };
        s.onServerEstablished = [&server](Ptr<SctpAssociation> a) { server = a; };
        std::vector<std::string> serverDrops;
        uint32_t sacksAfter = 0;
        bool injected = false;
        Ptr<SctpTestPacketFilter> atClient = CreateObject<SctpTestPacketFilter>();
        atClient->SetFilter([&](const SctpPacket& p) {
            sacksAfter += (injected && FindChunk(p, SctpChunk::SACK)) ? 1 : 0;
            return false;
        });
        s.clientRxError = atClient;
        Simulator::Schedule(Seconds(3), [&]() {
            // A DATA chunk with the next TSN, under a tag that is not the server's.
            Ptr<SctpDataChunk> d = Create<SctpDataChunk>();
            d->SetTsn(0); // any TSN: it must not even be looked at
            d->SetBeginning(true);
            d->SetEnd(true);
            d->SetUserData(std::vector<uint8_t>(100, 0xAB));
            SctpPacket p;
            p.SetSourcePort(client->GetLocalPort());
            p.SetDestinationPort(client->GetPeerPort());
            p.SetVerificationTag(server->GetLocalTag() ^ 0x1);
            p.AddChunk(d);
            Ptr<SctpL4Protocol> l4 = client->GetPaths()[0]->GetObject<SctpL4Protocol>();
            injected = true;
            s.clientSocket->GetNode()->GetObject<SctpL4Protocol>()->SendPacket(
                p,
                client->GetPrimaryLocalAddress(),
                client->GetPrimaryPeerAddress());
        });
        s.Run();
        bool tagDrop =
            std::find(s.drops.begin(), s.drops.end(), "wrong verification tag") != s.drops.end();
        NS_TEST_ASSERT_MSG_EQ(tagDrop, true, "dropped for its tag");
        NS_TEST_ASSERT_MSG_EQ(sacksAfter, 0u, "not acknowledged");
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "only the real messages delivered");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
    }
};

/**
 * \ingroup sctp-test
 * \brief Notifications (RFC 6458 §6.1): off by default; a subscribed socket receives
 * ASSOC_CHANGE (COMM_UP, then SHUTDOWN_COMP) and SENDER_DRY, and nothing it did not subscribe to;
 * the association's Notification trace shows the peer's SHUTDOWN_EVENT.
 */
class SctpNotificationTestCase : public TestCase
{
  public:
    SctpNotificationTestCase()
        : TestCase("notifications when subscribed, none when not")
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        s.messages = 10;
        Ptr<SctpSocket> client;
        s.configureClient = [&client](Ptr<SctpSocket> c) {
            client = c;
            c->SetEvent(SctpNotification::ASSOC_CHANGE, true);
            c->SetEvent(SctpNotification::SENDER_DRY_EVENT, true);
            NS_ABORT_UNLESS(c->SetEvent(0x00ff, true) == -1);
        };
        std::vector<SctpNotification> serverTrace;
        s.onServerEstablished = [&serverTrace](Ptr<SctpAssociation> a) {
            a->TraceConnectWithoutContext(
                "Notification",
                Callback<void, const SctpNotification&>(
                    [&serverTrace](const SctpNotification& n) { serverTrace.push_back(n); }));
        };
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
        std::vector<SctpNotification> got;
        SctpNotification n;
        while (client->RecvNotification(n) == 1)
        {
            got.push_back(n);
        }
        NS_TEST_ASSERT_MSG_EQ((got.size() >= 3), true, "COMM_UP, SENDER_DRY, SHUTDOWN_COMP");
        NS_TEST_ASSERT_MSG_EQ(got.front().type, SctpNotification::ASSOC_CHANGE, "first: change");
        NS_TEST_ASSERT_MSG_EQ(got.front().state, SctpNotification::COMM_UP, "COMM_UP");
        NS_TEST_ASSERT_MSG_EQ(got.front().outboundStreams, 10, "with the stream counts");
        NS_TEST_ASSERT_MSG_EQ(got.back().type, SctpNotification::ASSOC_CHANGE, "last: change");
        NS_TEST_ASSERT_MSG_EQ(got.back().state, SctpNotification::SHUTDOWN_COMP, "SHUTDOWN_COMP");
        bool dry = false;
        for (const auto& x : got)
        {
            dry |= x.type == SctpNotification::SENDER_DRY_EVENT;
            NS_TEST_ASSERT_MSG_EQ((x.type == SctpNotification::ASSOC_CHANGE ||
                                   x.type == SctpNotification::SENDER_DRY_EVENT),
                                  true,
                                  "only subscribed types");
        }
        NS_TEST_ASSERT_MSG_EQ(dry, true, "SENDER_DRY once all data was acknowledged");
        bool shutdownEvent = false;
        for (const auto& x : serverTrace)
        {
            shutdownEvent |= x.type == SctpNotification::SHUTDOWN_EVENT;
        }
        NS_TEST_ASSERT_MSG_EQ(shutdownEvent, true, "the server saw the peer's SHUTDOWN");
    }
};

/**
 * \ingroup sctp-test
 * \brief Protocol behaviour of one association.
 */
class SctpProtocolTestSuite : public TestSuite
{
  public:
    SctpProtocolTestSuite()
        : TestSuite("sctp-protocol", UNIT)
    {
        AddTestCase(new SctpInitialCwndTestCase, TestCase::QUICK);
        AddTestCase(new SctpT3BackoffTestCase, TestCase::QUICK);
        AddTestCase(new SctpFastRetransmitTestCase, TestCase::QUICK);
        AddTestCase(new SctpDelayedSackTestCase(Seconds(1)), TestCase::QUICK);
        AddTestCase(new SctpDelayedSackTestCase(MilliSeconds(50)), TestCase::QUICK);
        AddTestCase(new SctpStaleCookieTestCase, TestCase::QUICK);
        AddTestCase(new SctpInitCollisionTestCase, TestCase::QUICK);
        AddTestCase(new SctpDuplicateCookieEchoTestCase, TestCase::QUICK);
        AddTestCase(new SctpRestartTestCase, TestCase::QUICK);
        AddTestCase(new SctpTeardownTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpTeardownTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpInitRetransmitTestCase, TestCase::QUICK);
        AddTestCase(new SctpAssocMaxRetransTestCase(0), TestCase::QUICK);
        AddTestCase(new SctpAssocMaxRetransTestCase(0x4242), TestCase::QUICK);
        AddTestCase(new SctpReceiverHeartbeatTestCase, TestCase::QUICK);
        AddTestCase(new SctpStreamNegotiationTestCase, TestCase::QUICK);
        AddTestCase(new SctpWrongTagTestCase, TestCase::QUICK);
        AddTestCase(new SctpNotificationTestCase, TestCase::QUICK);
    }
};

/// Static variable for test initialization
static SctpProtocolTestSuite g_sctpProtocolTestSuite;
