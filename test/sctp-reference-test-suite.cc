/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The usrsctp reference peer itself: libusrsctp runs on simulated time (its RTT measurements
// and RTOs follow the simulated path, its T3 timer fires at the RTO in simulated time), its
// gettimeofday answers from the simulation only inside calls into the library, runs repeat
// exactly (its random numbers come from ns-3), both ways of driving its timers give the same
// packets, SCTP/UDP encapsulation works, and sysctls and the congestion control module are
// applied and reset between simulations.

#include "sctp-reference-scenario.h"

#include "ns3/error-model.h"
#include "ns3/test.h"

#include <ctime>
#include <sstream>
#include <sys/time.h>

using namespace ns3;

namespace
{

/// One packet on the wire.
struct WirePacket
{
    Time at;           //!< when the stack sent it
    uint32_t node;     //!< which node sent it
    std::string bytes; //!< its bytes (the SCTP packet)

    /**
     * \param [in] o another packet
     * \return true if equal
     */
    bool operator==(const WirePacket& o) const
    {
        return at == o.at && node == o.node && bytes == o.bytes;
    }
};

/**
 * \param [in] node a node running the usrsctp reference peer
 * \param [in] out where its packets are recorded
 */
void
RecordPackets(Ptr<Node> node, std::vector<WirePacket>* out)
{
    uint32_t id = node->GetId();
    node->GetObject<SctpUsrsctpL4Protocol>()->TraceConnectWithoutContext(
        "Tx",
        Callback<void, Ptr<const Packet>>([out, id](Ptr<const Packet> p) {
            std::string bytes(p->GetSize(), '\0');
            p->CopyData(reinterpret_cast<uint8_t*>(&bytes[0]), bytes.size());
            out->push_back({Simulator::Now(), id, bytes});
        }));
}

/**
 * \param [in] bytes an SCTP packet
 * \return the type of its first chunk, or -1
 */
int
FirstChunk(const std::string& bytes)
{
    return bytes.size() > 12 ? static_cast<uint8_t>(bytes[12]) : -1;
}

/**
 * \param [in] bytes an SCTP packet
 * \return the 32-bit big-endian word at an offset
 * \param [in] offset the offset
 */
uint32_t
Word(const std::string& bytes, size_t offset)
{
    uint32_t v = 0;
    for (size_t i = 0; i < 4 && offset + i < bytes.size(); ++i)
    {
        v = (v << 8) | static_cast<uint8_t>(bytes[offset + i]);
    }
    return v;
}

/**
 * \ingroup sctp-test
 * \brief Two usrsctp nodes over one link, driven with sockets directly.
 */
struct UsrsctpPair
{
    Ptr<Node> client;                    //!< node 0
    Ptr<Node> server;                    //!< node 1
    NetDeviceContainer devices;          //!< the link's devices
    Ipv4InterfaceContainer interfaces;   //!< their addresses
    Ptr<SctpUsrsctpSocket> clientSocket; //!< connected to the server
    Ptr<SctpUsrsctpSocket> accepted;     //!< the server's side
    Ptr<SctpUsrsctpSocket> listener;     //!< the server's listening socket
    Time established;                    //!< when the client's connect succeeded
    std::vector<WirePacket> packets;     //!< every packet both sent

    /**
     * \param [in] rate link rate
     * \param [in] delay one-way delay
     * \param [in] connectAt when the client connects
     * \param [in] rtoMin net.inet.sctp.rto_min, ms
     */
    void Build(const std::string& rate, Time delay, Time connectAt, uint32_t rtoMin = 10)
    {
        GlobalValue::Bind("ChecksumEnabled", BooleanValue(true));
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(1);
        NodeContainer nodes;
        nodes.Create(2);
        client = nodes.Get(0);
        server = nodes.Get(1);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue(rate));
        p2p.SetChannelAttribute("Delay", TimeValue(delay));
        devices = p2p.Install(nodes);
        InternetStackHelper internet;
        internet.Install(nodes);
        Ipv4AddressHelper addresses;
        addresses.SetBase("10.1.1.0", "255.255.255.0");
        interfaces = addresses.Assign(devices);
        SctpUsrsctpHelper freebsd;
        freebsd.SetSysctl("rto_min", rtoMin); // 10 ms: the RTO follows the RTT
        freebsd.Install(nodes);
        freebsd.AssignStreams(nodes, 1);
        RecordPackets(client, &packets);
        RecordPackets(server, &packets);

        listener = DynamicCast<SctpUsrsctpSocket>(
            Socket::CreateSocket(server, SctpSocketFactory::GetTypeId()));
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 7));
        listener->Listen();
        listener->SetAcceptCallback(
            Callback<bool, Ptr<Socket>, const Address&>(
                [](Ptr<Socket>, const Address&) { return true; }),
            Callback<void, Ptr<Socket>, const Address&>([this](Ptr<Socket> s, const Address&) {
                accepted = DynamicCast<SctpUsrsctpSocket>(s);
            }));
        clientSocket = DynamicCast<SctpUsrsctpSocket>(
            Socket::CreateSocket(client, SctpSocketFactory::GetTypeId()));
        clientSocket->SetConnectCallback(
            Callback<void, Ptr<Socket>>([this](Ptr<Socket>) { established = Simulator::Now(); }),
            MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(connectAt, [this]() {
            clientSocket->Connect(InetSocketAddress(interfaces.GetAddress(1), 7));
        });
    }
};

/**
 * \ingroup sctp-test
 * \brief libusrsctp measures RTTs in simulated time: SRTT equals the path's round trip and the
 * RTO is SRTT + 4 RTTVAR after the handshake's measurements (RFC 9260 §6.3.1), for two path
 * delays.
 */
class SctpReferenceRttTestCase : public TestCase
{
  public:
    SctpReferenceRttTestCase()
        : TestCase("libusrsctp's SRTT and first RTO follow the simulated path delay")
    {
    }

  private:
    void DoRun() override
    {
        for (int64_t delayMs : {50, 123})
        {
            UsrsctpPair pair;
            pair.Build("1Gbps", MilliSeconds(delayMs), Seconds(1));
            SctpStatus client;
            SctpStatus server;
            int clientRc = -1;
            int serverRc = -1;
            Simulator::Schedule(Seconds(3), [&]() {
                clientRc = pair.clientSocket->GetStatus(client);
                serverRc = pair.accepted ? pair.accepted->GetStatus(server) : -1;
            });
            Simulator::Stop(Seconds(4));
            Simulator::Run();
            Time established = pair.established;
            Simulator::Destroy();

            // INIT, INIT-ACK, COOKIE-ECHO, COOKIE-ACK: two round trips (and microseconds of
            // transmission at 1 Gb/s) after the connect.
            NS_TEST_ASSERT_MSG_EQ_TOL(established,
                                      Seconds(1) + MilliSeconds(4 * delayMs),
                                      MicroSeconds(20),
                                      "handshake time");
            NS_TEST_ASSERT_MSG_EQ(clientRc, 0, "client SCTP_STATUS");
            NS_TEST_ASSERT_MSG_EQ(serverRc, 0, "server SCTP_STATUS");
            // RFC 9260 §6.3.1 with R the round trip: the server measured once (INIT-ACK to
            // COOKIE-ECHO): SRTT = R, RTTVAR = R/2, RTO = 3R. The client measured twice
            // (INIT to INIT-ACK, COOKIE-ECHO to COOKIE-ACK): SRTT = R, RTTVAR = 3R/8,
            // RTO = 5R/2.
            int64_t r = 2 * delayMs;
            NS_TEST_EXPECT_MSG_EQ(client.primary.srtt, r, "client SRTT (ms)");
            NS_TEST_EXPECT_MSG_EQ(client.primary.rto, 5 * r / 2, "client RTO (ms)");
            NS_TEST_EXPECT_MSG_EQ(server.primary.srtt, r, "server SRTT (ms)");
            NS_TEST_EXPECT_MSG_EQ(server.primary.rto, 3 * r, "server RTO (ms)");
            NS_TEST_EXPECT_MSG_EQ(client.state, SctpAssociation::ESTABLISHED, "client state");
        }
    }
};

/**
 * \ingroup sctp-test
 * \brief libusrsctp's T3-rtx timer expires at the RTO of simulated time and backs off. The link
 * is cut and one DATA chunk sent at t0.
 *
 * With RTO.Min = 1 s (FreeBSD's default) the RTO (1 s) is above SRTT + 4 RTTVAR (250 ms): the
 * chunk is retransmitted at t0 + 1 s, + 2 s, + 4 s.
 *
 * With RTO.Min = 10 ms the RTO is SRTT + 4 RTTVAR = 250 ms. T3 expires at t0 + 250 ms (its
 * counter says so) but FreeBSD marks for retransmission only chunks sent more than
 * SRTT + 4 RTTVAR before the expiry (sctp_mark_all_for_resend), and on simulated time this one
 * was sent exactly that long before: nothing is retransmitted. The backed-off timer expires at
 * t0 + 750 ms and retransmits, then at t0 + 1750 ms.
 */
class SctpReferenceT3TestCase : public TestCase
{
  public:
    /**
     * \param [in] rtoMin net.inet.sctp.rto_min, ms
     */
    explicit SctpReferenceT3TestCase(uint32_t rtoMin)
        : TestCase("libusrsctp's T3-rtx expires at the RTO of simulated time, rto_min " +
                   std::to_string(rtoMin) + " ms"),
          m_rtoMin(rtoMin)
    {
    }

  private:
    void DoRun() override
    {
        UsrsctpPair pair;
        pair.Build("1Gbps", MilliSeconds(50), Seconds(1), m_rtoMin);
        SctpStatus status;
        Time t0 = Seconds(3);
        Simulator::Schedule(t0 - MicroSeconds(1), [&]() {
            pair.clientSocket->GetStatus(status);
            Ptr<RateErrorModel> cut = CreateObject<RateErrorModel>();
            cut->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
            cut->SetRate(1.0);
            pair.devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(cut));
        });
        Simulator::Schedule(t0, [&]() {
            SctpSndInfo info;
            pair.clientSocket->SendMsg(std::vector<uint8_t>(100, 7), info);
        });
        Time rto = MilliSeconds(m_rtoMin >= 1000 ? m_rtoMin : 250);
        uint64_t before = 0;
        uint64_t after = 0;
        Simulator::Schedule(t0 + rto - MicroSeconds(1),
                            [&]() { before = SctpUsrsctpInstance::GetCounters().t3Timeouts; });
        Simulator::Schedule(t0 + rto + MicroSeconds(1),
                            [&]() { after = SctpUsrsctpInstance::GetCounters().t3Timeouts; });
        Simulator::Stop(t0 + 8 * rto);
        Simulator::Run();
        std::vector<Time> dataTimes;
        for (const WirePacket& p : pair.packets)
        {
            if (p.node == 0 && FirstChunk(p.bytes) == 0) // DATA
            {
                dataTimes.push_back(p.at - t0);
            }
        }
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(MilliSeconds(status.primary.rto), rto, "the RTO before the cut");
        NS_TEST_EXPECT_MSG_EQ(after - before, 1, "T3 expired at the RTO");
        std::vector<Time> expected = {Seconds(0), rto, 3 * rto, 7 * rto};
        if (m_rtoMin < 1000)
        {
            expected = {Seconds(0), 3 * rto, 7 * rto};
        }
        NS_TEST_ASSERT_MSG_EQ(dataTimes.size(), expected.size(), "transmissions of the chunk");
        for (size_t i = 0; i < expected.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(dataTimes[i], expected[i], "transmission " << i);
        }
    }

    uint32_t m_rtoMin; //!< rto_min, ms
};

/**
 * \ingroup sctp-test
 * \brief Notifications of libusrsctp reach the application in the module's types: the client
 * subscribed to SCTP_ASSOC_CHANGE reads COMM_UP with the negotiated streams, the server
 * subscribed to SCTP_SHUTDOWN_EVENT and SCTP_ASSOC_CHANGE reads the shutdown and then
 * SHUTDOWN_COMP when the client closes.
 */
class SctpReferenceNotificationTestCase : public TestCase
{
  public:
    /**
     * \param [in] inBand read them with RecvMsg (SctpMsgFlags::NOTIFICATION) rather than with
     *                    RecvNotification
     */
    SctpReferenceNotificationTestCase(bool inBand)
        : TestCase(inBand ? "libusrsctp's notifications through SCTP_EVENT, in band in RecvMsg"
                          : "libusrsctp's notifications through SCTP_EVENT and RecvNotification"),
          m_inBand(inBand)
    {
    }

  private:
    void DoRun() override
    {
        UsrsctpPair pair;
        pair.Build("10Mbps", MilliSeconds(10), Seconds(1));
        std::vector<SctpNotification> client;
        std::vector<SctpNotification> server;
        bool inBand = m_inBand;
        auto reader = [inBand](std::vector<SctpNotification>* out) {
            return Callback<void, Ptr<Socket>>([out, inBand](Ptr<Socket> s) {
                SctpNotification n;
                if (!inBand)
                {
                    while (DynamicCast<SctpSocket>(s)->RecvNotification(n) > 0)
                    {
                        out->push_back(n);
                    }
                    return;
                }
                std::vector<uint8_t> bytes;
                SctpRcvInfo info;
                bool eor;
                while (DynamicCast<SctpSocket>(s)->RecvMsg(bytes, info, eor) > 0)
                {
                    if ((info.flags & SctpMsgFlags::NOTIFICATION) &&
                        SctpNotification::Deserialize(bytes, n))
                    {
                        out->push_back(n);
                    }
                }
            });
        };
        NS_TEST_ASSERT_MSG_EQ(pair.clientSocket->SetEvent(SctpNotification::ASSOC_CHANGE, true),
                              0,
                              "SCTP_EVENT");
        NS_TEST_EXPECT_MSG_EQ(pair.clientSocket->SetEvent(0x7fff, true), -1, "unknown type");
        pair.clientSocket->SetRecvCallback(reader(&client));
        Simulator::Schedule(Seconds(1.5), [&]() {
            pair.accepted->SetEvent(SctpNotification::SHUTDOWN_EVENT, true);
            pair.accepted->SetEvent(SctpNotification::ASSOC_CHANGE, true);
            pair.accepted->SetRecvCallback(reader(&server));
        });
        Simulator::Schedule(Seconds(2), [&]() { pair.clientSocket->Close(); });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(client.size(), 2, "COMM_UP and SHUTDOWN_COMP at the client");
        NS_TEST_EXPECT_MSG_EQ(client[0].type, SctpNotification::ASSOC_CHANGE, "type");
        NS_TEST_EXPECT_MSG_EQ(client[0].state, SctpNotification::COMM_UP, "COMM_UP");
        NS_TEST_EXPECT_MSG_EQ(client[0].outboundStreams, 10, "libusrsctp's default streams");
        NS_TEST_EXPECT_MSG_EQ(client[1].state, SctpNotification::SHUTDOWN_COMP, "SHUTDOWN_COMP");
        NS_TEST_ASSERT_MSG_EQ(server.size(), 2, "shutdown event and SHUTDOWN_COMP at the server");
        NS_TEST_EXPECT_MSG_EQ(server[0].type, SctpNotification::SHUTDOWN_EVENT, "shutdown event");
        NS_TEST_EXPECT_MSG_EQ(server[1].type, SctpNotification::ASSOC_CHANGE, "then");
        NS_TEST_EXPECT_MSG_EQ(server[1].state, SctpNotification::SHUTDOWN_COMP, "SHUTDOWN_COMP");
    }

    bool m_inBand; //!< read with RecvMsg
};

/**
 * \ingroup sctp-test
 * \brief gettimeofday answers from the simulation only inside a call into libusrsctp: in a
 * simulation event it is the system's clock, inside an Entry it is Simulator::Now().
 */
class SctpReferenceClockScopeTestCase : public TestCase
{
  public:
    SctpReferenceClockScopeTestCase()
        : TestCase("gettimeofday is simulated time only inside calls into libusrsctp")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(1);
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpUsrsctpHelper freebsd;
        freebsd.Install(nodes); // starts the library and a session

        struct timeval outside;
        struct timeval inside;
        struct timespec wall;
        Simulator::Schedule(MicroSeconds(1234567), [&]() {
            gettimeofday(&outside, nullptr);
            clock_gettime(CLOCK_REALTIME, &wall);
            SctpUsrsctpInstance::Entry entry;
            gettimeofday(&inside, nullptr);
        });
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(SctpUsrsctpInstance::IsClockInterposed(),
                              true,
                              "libusrsctp reads the module's gettimeofday");
        NS_TEST_EXPECT_MSG_EQ(inside.tv_sec, 1, "simulated seconds");
        NS_TEST_EXPECT_MSG_EQ(inside.tv_usec, 234567, "simulated microseconds");
        NS_TEST_EXPECT_MSG_GT(outside.tv_sec, 1600000000, "the system's clock outside");
        NS_TEST_EXPECT_MSG_LT(std::abs(static_cast<long>(outside.tv_sec - wall.tv_sec)),
                              2,
                              "the system's clock outside");
        struct timeval after;
        gettimeofday(&after, nullptr);
        NS_TEST_EXPECT_MSG_GT(after.tv_sec, 1600000000, "the system's clock after the run");
    }
};

/**
 * \param [in] mode how libusrsctp's timers are driven
 * \param [in] run the RngRun
 * \param [out] packets every packet both nodes sent
 * \param [out] stats the session's tick statistics
 * \param [out] wallMs wall-clock milliseconds of the simulation
 * \return the scenario's results
 */
SctpReferenceScenario
RunLossyUsrsctpPair(SctpUsrsctpInstance::TickMode mode,
                    uint32_t run,
                    std::vector<WirePacket>& packets,
                    SctpUsrsctpInstance::TickStats& stats,
                    double& wallMs)
{
    SctpUsrsctpInstance::SetTickMode(mode);
    SctpReferenceScenario s;
    s.client = SctpReferenceScenario::USRSCTP;
    s.server = SctpReferenceScenario::USRSCTP;
    s.dataLoss = 0.02;
    s.sackLoss = 0.02;
    s.bytes = 400000;
    s.streams = 3;
    s.unordered = 0.2;
    s.seed = run;
    s.configure = [&packets](Ptr<Node> client, Ptr<Node> server) {
        RecordPackets(client, &packets);
        RecordPackets(server, &packets);
    };
    struct timespec t0;
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    s.Run();
    clock_gettime(CLOCK_MONOTONIC, &t1);
    wallMs = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    stats = SctpUsrsctpInstance::GetTickStats();
    SctpUsrsctpInstance::SetTickMode(SctpUsrsctpInstance::NEXT_EXPIRY);
    return s;
}

/**
 * \param [in] a packets of a run
 * \param [in] b packets of another
 * \return where they first differ, empty if they are the same
 */
std::string
FirstDifference(const std::vector<WirePacket>& a, const std::vector<WirePacket>& b)
{
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i)
    {
        if (i >= a.size() || i >= b.size() || !(a[i] == b[i]))
        {
            std::ostringstream os;
            os << "packet " << i << " of " << a.size() << "/" << b.size() << ": ";
            for (const auto* v : {&a, &b})
            {
                if (i < v->size())
                {
                    os << "[" << (*v)[i].at.As(Time::US) << " node " << (*v)[i].node << " chunk "
                       << FirstChunk((*v)[i].bytes) << " " << (*v)[i].bytes.size() << " B";
                    for (size_t k = 0; k < (*v)[i].bytes.size() && k < 128; ++k)
                    {
                        os << (k % 4 ? "" : " ") << std::hex
                           << static_cast<int>(static_cast<uint8_t>((*v)[i].bytes[k])) << std::dec;
                    }
                    os << "] ";
                }
            }
            return os.str();
        }
    }
    return "";
}

/**
 * \param [in] packets packets of a run
 * \return the initiate tags of the INIT and INIT-ACK chunks
 */
std::vector<uint32_t>
Tags(const std::vector<WirePacket>& packets)
{
    std::vector<uint32_t> tags;
    for (const WirePacket& p : packets)
    {
        if (FirstChunk(p.bytes) == 1 || FirstChunk(p.bytes) == 2) // INIT, INIT-ACK
        {
            tags.push_back(Word(p.bytes, 16));
        }
    }
    return tags;
}

/**
 * \ingroup sctp-test
 * \brief Runs repeat exactly: the same scenario twice gives the same packets at the same
 * times; another RngRun gives other verification tags (they come from ns-3's streams).
 */
class SctpReferenceDeterminismTestCase : public TestCase
{
  public:
    SctpReferenceDeterminismTestCase()
        : TestCase("libusrsctp runs repeat exactly; its random numbers come from ns-3")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<WirePacket> a;
        std::vector<WirePacket> b;
        std::vector<WirePacket> c;
        SctpUsrsctpInstance::TickStats stats;
        double wall;
        auto mode = SctpUsrsctpInstance::NEXT_EXPIRY;
        SctpReferenceScenario ra = RunLossyUsrsctpPair(mode, 1, a, stats, wall);
        SctpReferenceScenario rb = RunLossyUsrsctpPair(mode, 1, b, stats, wall);
        SctpReferenceScenario rc = RunLossyUsrsctpPair(mode, 2, c, stats, wall);
        NS_TEST_ASSERT_MSG_EQ(SctpUsrsctpInstance::IsRandomInterposed(),
                              true,
                              "libusrsctp draws from the module's read_random");
        NS_TEST_ASSERT_MSG_EQ(ra.complete, true, ra.Summary());
        NS_TEST_ASSERT_MSG_EQ(rc.complete, true, rc.Summary());
        NS_TEST_ASSERT_MSG_GT(a.size(), 400, "packets");
        NS_TEST_ASSERT_MSG_EQ(FirstDifference(a, b), "", "the two runs");
        std::vector<uint32_t> tagsA = Tags(a);
        std::vector<uint32_t> tagsC = Tags(c);
        NS_TEST_ASSERT_MSG_EQ(tagsA.size(), 2, "one INIT and one INIT-ACK");
        NS_TEST_ASSERT_MSG_EQ(tagsC.size(), 2, "one INIT and one INIT-ACK");
        NS_TEST_EXPECT_MSG_NE(tagsA[0], tagsC[0], "another run, another INIT tag");
        NS_TEST_EXPECT_MSG_NE(tagsA[1], tagsC[1], "another run, another INIT-ACK tag");
    }
};

/**
 * \ingroup sctp-test
 * \brief The two ways of driving libusrsctp's timers are equivalent: a 1 ms tick and one event
 * at the earliest pending timer give the same packets at the same times, the second with far
 * fewer timer events.
 */
class SctpReferenceTickModeTestCase : public TestCase
{
  public:
    SctpReferenceTickModeTestCase()
        : TestCase("1 ms tick and next-expiry events fire libusrsctp's timers alike")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<WirePacket> everyMs;
        std::vector<WirePacket> nextExpiry;
        SctpUsrsctpInstance::TickStats statsMs;
        SctpUsrsctpInstance::TickStats statsNext;
        double wallMs;
        double wallNext;
        SctpReferenceScenario a = RunLossyUsrsctpPair(SctpUsrsctpInstance::EVERY_MILLISECOND,
                                                      3,
                                                      everyMs,
                                                      statsMs,
                                                      wallMs);
        SctpReferenceScenario b = RunLossyUsrsctpPair(SctpUsrsctpInstance::NEXT_EXPIRY,
                                                      3,
                                                      nextExpiry,
                                                      statsNext,
                                                      wallNext);
        NS_TEST_ASSERT_MSG_EQ(SctpUsrsctpInstance::AreTimersObserved(),
                              true,
                              "the library's timer calls reach the module");
        NS_TEST_ASSERT_MSG_EQ(a.complete, true, a.Summary());
        NS_TEST_ASSERT_MSG_EQ(b.complete, true, b.Summary());
        NS_TEST_ASSERT_MSG_EQ(FirstDifference(everyMs, nextExpiry), "", "the two modes");
        NS_TEST_EXPECT_MSG_LT(statsNext.tickEvents * 5, statsMs.tickEvents, "fewer events");
        std::clog << "tick cost, " << everyMs.size() << " packets, transfer until "
                  << a.lastRx.As(Time::S) << ": every ms " << statsMs.tickEvents
                  << " timer events, " << statsMs.handleTimerCalls
                  << " usrsctp_handle_timers calls, " << wallMs << " ms wall; next expiry "
                  << statsNext.tickEvents << " timer events, " << statsNext.handleTimerCalls
                  << " calls, " << statsNext.timersStarted << " timers started, " << wallNext
                  << " ms wall" << std::endl;
    }
};

/**
 * \ingroup sctp-test
 * \brief SCTP over UDP (RFC 6951) between two usrsctp nodes: the transfer checks out and every
 * frame of the pcap is UDP to port 9899 carrying SCTP with a good CRC32c.
 */
class SctpReferenceUdpEncapsulationTestCase : public TestCase
{
  public:
    SctpReferenceUdpEncapsulationTestCase()
        : TestCase("usrsctp <-> usrsctp over UDP encapsulation (RFC 6951)")
    {
    }

  private:
    void DoRun() override
    {
        SctpReferenceScenario s;
        s.client = SctpReferenceScenario::USRSCTP;
        s.server = SctpReferenceScenario::USRSCTP;
        s.dataLoss = 0.01;
        s.bytes = 200000;
        s.configureUsrsctp = [](SctpUsrsctpHelper& h) {
            h.SetAttribute("UdpEncapsulationPort", UintegerValue(9899));
        };
        std::string dir = SctpReferenceScenario::TempDir();
        s.pcapPrefix = dir + "/udp";
        uint32_t sctpPacketSize = 0;
        s.onClientSocket = [&sctpPacketSize](Ptr<SctpSocket> socket) {
            sctpPacketSize = DynamicCast<SctpUsrsctpSocket>(socket)
                                 ->GetNode()
                                 ->GetObject<SctpUsrsctpL4Protocol>()
                                 ->GetSctpPacketSize();
        };
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(s.complete, true, s.Summary());
        NS_TEST_ASSERT_MSG_EQ(s.clientClosedNormally, true, s.Summary());
        NS_TEST_EXPECT_MSG_EQ(sctpPacketSize, 1500 - 20 - 8, "SCTP packet size under UDP");
        // Every frame is UDP to or from port 9899 carrying SCTP.
        std::string command = "tshark -n -d udp.port==9899,sctp -r '" + s.pcapFiles[0] +
                              "' -Y 'udp.port == 9899 && sctp' -T fields -e frame.number "
                              "2>/dev/null | wc -l";
        FILE* f = popen(command.c_str(), "r");
        char line[64] = {0};
        if (f)
        {
            if (!fgets(line, sizeof(line), f))
            {
                line[0] = 0;
            }
            pclose(f);
        }
        NS_TEST_EXPECT_MSG_GT(std::atoi(line), 100, "SCTP-in-UDP frames");
        std::string report;
        bool decoded = SctpReferenceScenario::CheckPcaps(s.pcapFiles, report);
        NS_TEST_EXPECT_MSG_EQ(decoded, true, report);
        if (decoded)
        {
            SctpReferenceScenario::RemoveDir(dir);
        }
    }
};

/**
 * \ingroup sctp-test
 * \brief Sysctls and the congestion control module reach the library: a socket reports the
 * module and RTO.Initial set through the helper, every module 0..3 completes a transfer, a
 * refused or unknown sysctl says so, and the next simulation starts from the defaults.
 */
class SctpReferenceConfigurationTestCase : public TestCase
{
  public:
    SctpReferenceConfigurationTestCase()
        : TestCase("sysctls and the CC module are applied, and reset between simulations")
    {
    }

  private:
    void DoRun() override
    {
        for (uint32_t module = 0; module <= 3; ++module)
        {
            SctpReferenceScenario s;
            s.client = SctpReferenceScenario::USRSCTP;
            s.server = SctpReferenceScenario::USRSCTP;
            s.dataLoss = 0.01;
            s.bytes = 150000;
            s.configureUsrsctp = [module](SctpUsrsctpHelper& h) {
                h.SetCongestionControl(module);
                h.SetSysctl("net.inet.sctp.rto_initial", 500);
                h.SetSysctl("sctp_rto_min_default", 200);
            };
            uint32_t reported = UINT32_MAX;
            SctpRtoInfo rto;
            s.onClientSocket = [&](Ptr<SctpSocket> socket) {
                reported = socket->GetPluggableCc();
                socket->GetRtoInfo(rto);
            };
            s.Run();
            NS_TEST_ASSERT_MSG_EQ(s.complete, true, "module " << module << ": " << s.Summary());
            NS_TEST_EXPECT_MSG_EQ(reported, module, "SCTP_PLUGGABLE_CC of the client");
            NS_TEST_EXPECT_MSG_EQ(rto.initial, 500, "RTO.Initial from the sysctl");
            NS_TEST_EXPECT_MSG_EQ(rto.min, 200, "RTO.Min from the sysctl");
        }
        // A new simulation: the library's defaults are back (FreeBSD's).
        uint32_t value = 0;
        NS_TEST_ASSERT_MSG_EQ(SctpUsrsctpInstance::GetSysctl("rto_initial", value), true, "");
        NS_TEST_EXPECT_MSG_EQ(value, 3000, "rto_initial back to its default");
        NS_TEST_ASSERT_MSG_EQ(SctpUsrsctpInstance::GetSysctl("rto_min", value), true, "");
        NS_TEST_EXPECT_MSG_EQ(value, 1000, "rto_min back to its default");
        NS_TEST_EXPECT_MSG_EQ(SctpUsrsctpInstance::SetSysctl("no_such_sysctl", 1),
                              false,
                              "unknown");
        NS_TEST_EXPECT_MSG_EQ(SctpUsrsctpInstance::SetSysctl("default_cc_module", 3),
                              false,
                              "libusrsctp 0.9.5 takes default_cc_module 0..2 only");
        // Every name the peer knows reaches a variable of the library, both ways.
        for (const std::string& name : SctpUsrsctpInstance::GetSysctlNames())
        {
            uint32_t v = 0;
            NS_TEST_EXPECT_MSG_EQ(SctpUsrsctpInstance::GetSysctl(name, v), true, name);
            NS_TEST_EXPECT_MSG_EQ(SctpUsrsctpInstance::SetSysctl(name, v), true, name);
        }
        NS_TEST_EXPECT_MSG_EQ(SctpUsrsctpInstance::GetSysctlNames().empty(), false, "a table");
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief The usrsctp reference peer: time, timers, randomness, encapsulation, configuration.
 */
class SctpReferenceTestSuite : public TestSuite
{
  public:
    SctpReferenceTestSuite()
        : TestSuite("sctp-reference", UNIT)
    {
        AddTestCase(new SctpReferenceClockScopeTestCase(), QUICK);
        AddTestCase(new SctpReferenceRttTestCase(), QUICK);
        AddTestCase(new SctpReferenceT3TestCase(1000), QUICK);
        AddTestCase(new SctpReferenceT3TestCase(10), QUICK);
        AddTestCase(new SctpReferenceNotificationTestCase(false), QUICK);
        AddTestCase(new SctpReferenceNotificationTestCase(true), QUICK);
        AddTestCase(new SctpReferenceDeterminismTestCase(), QUICK);
        AddTestCase(new SctpReferenceTickModeTestCase(), QUICK);
        AddTestCase(new SctpReferenceUdpEncapsulationTestCase(), QUICK);
        AddTestCase(new SctpReferenceConfigurationTestCase(), QUICK);
    }
};

/// Static variable for test initialization.
static SctpReferenceTestSuite g_sctpReferenceTestSuite;

} // namespace
