/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// SctpMessageSource -> SctpMessageSink over simulated links: every message arrives exactly once
// with its content, stream, PPID and ordering intact; paced sources keep their rate; the trace
// helper writes its series; the message pattern catches corruption.

#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/error-model.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"
#include "ns3/test.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

using namespace ns3;

namespace
{

/**
 * \ingroup sctp-test
 * \brief Two nodes on one point-to-point link with SCTP, a sink on the second and a source on
 * the first; test cases set attributes, run, and read the applications' counters.
 */
struct AppsScenario
{
    std::string rate{"10Mbps"};     //!< link rate
    Time delay{MilliSeconds(10)};   //!< one-way delay
    double dataLoss{0};             //!< loss rate of packets arriving at the sink's node
    double sackLoss{0};             //!< loss rate of packets arriving at the source's node
    Time stop{Seconds(120)};        //!< simulation end
    std::string traceDir;           //!< trace the associations into this directory, if set
    uint32_t phyDrops{0};           //!< packets the error models dropped
    Ptr<SctpMessageSource> source;  //!< the source
    Ptr<SctpMessageSink> sink;      //!< the sink
    std::vector<Time> txTimes;      //!< when each message was accepted by the socket
    std::vector<std::string> files; //!< trace files written

    /**
     * \param [in] setSource sets the source's attributes
     */
    void Run(std::function<void(SctpMessageSourceHelper&)> setSource)
    {
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(1);
        NodeContainer nodes;
        nodes.Create(2);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue(rate));
        p2p.SetChannelAttribute("Delay", TimeValue(delay));
        NetDeviceContainer devices = p2p.Install(nodes);
        auto addLoss = [this](Ptr<NetDevice> device, double rate, int64_t stream) {
            if (rate <= 0)
            {
                return;
            }
            Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
            em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
            em->SetRate(rate);
            em->AssignStreams(stream);
            device->SetAttribute("ReceiveErrorModel", PointerValue(em));
            device->TraceConnectWithoutContext(
                "PhyRxDrop",
                Callback<void, Ptr<const Packet>>([this](Ptr<const Packet>) { phyDrops++; }));
        };
        addLoss(devices.Get(1), dataLoss, 10);
        addLoss(devices.Get(0), sackLoss, 11);

        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        sctp.AssignStreams(nodes, 100);
        Ipv4AddressHelper addresses;
        addresses.SetBase("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = addresses.Assign(devices);

        SctpMessageSinkHelper sinkHelper(InetSocketAddress(Ipv4Address::GetAny(), 5000));
        ApplicationContainer sinkApps = sinkHelper.Install(nodes.Get(1));
        sinkApps.Start(Seconds(0));
        sink = DynamicCast<SctpMessageSink>(sinkApps.Get(0));

        SctpMessageSourceHelper sourceHelper(InetSocketAddress(ifs.GetAddress(1), 5000));
        setSource(sourceHelper);
        ApplicationContainer sourceApps = sourceHelper.Install(nodes.Get(0));
        SctpMessageSourceHelper::AssignStreams(sourceApps, 200);
        sourceApps.Start(Seconds(1));
        source = DynamicCast<SctpMessageSource>(sourceApps.Get(0));
        source->TraceConnectWithoutContext("Tx",
                                           Callback<void, uint32_t, uint16_t, uint32_t, bool>(
                                               [this](uint32_t, uint16_t, uint32_t, bool) {
                                                   txTimes.push_back(Simulator::Now());
                                               }));

        std::unique_ptr<SctpTraceHelper> traces;
        if (!traceDir.empty())
        {
            traces = std::make_unique<SctpTraceHelper>(traceDir);
            traces->TraceSource(source, "client");
            traces->TraceSink(sink, "server");
        }
        Simulator::Stop(stop);
        Simulator::Run();
        if (traces)
        {
            traces->Flush();
            files = traces->GetFiles();
        }
    }

    /// Release the simulation (after the test read the counters).
    void Destroy()
    {
        source = nullptr;
        sink = nullptr;
        Simulator::Destroy();
    }
};

} // namespace

/**
 * \ingroup sctp-test
 * \brief Bulk transfer over a lossy link with several streams, unordered messages and random
 * sizes (many fragmented): every message arrives exactly once and checks out.
 */
class SctpAppsLossyTestCase : public TestCase
{
  public:
    SctpAppsLossyTestCase()
        : TestCase("bulk, 1% loss both ways, 4 streams, 25% unordered, sizes 24..4000 B")
    {
    }

  private:
    void DoRun() override
    {
        AppsScenario s;
        s.dataLoss = 0.01;
        s.sackLoss = 0.01;
        s.Run([](SctpMessageSourceHelper& h) {
            Ptr<UniformRandomVariable> sizes = CreateObject<UniformRandomVariable>();
            sizes->SetAttribute("Min", DoubleValue(24));
            sizes->SetAttribute("Max", DoubleValue(4000));
            h.SetAttribute("MessageSizeVariable", PointerValue(sizes));
            h.SetAttribute("Streams", UintegerValue(4));
            h.SetAttribute("UnorderedFraction", DoubleValue(0.25));
            h.SetAttribute("Ppid", UintegerValue(46)); // Diameter
            h.SetAttribute("MaxBytes", UintegerValue(2000000));
        });
        NS_TEST_ASSERT_MSG_GT(s.phyDrops, 0u, "the error models dropped packets");
        NS_TEST_ASSERT_MSG_EQ(s.source->IsConnected(), true, "association established");
        NS_TEST_ASSERT_MSG_EQ(s.source->GetBytesSent(), 2000000u, "exactly MaxBytes sent");
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetErrors(), 0u, s.sink->GetFirstError());
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetMessagesReceived(),
                              s.source->GetMessagesSent(),
                              "every message received");
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetMessagesOk(),
                              s.source->GetMessagesSent(),
                              "every message checks out");
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetDuplicates(), 0u, "no message twice");
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetMissing(), 0u, "no message missing");
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetBytesReceived(),
                              s.source->GetBytesSent(),
                              "bytes received equal bytes sent");
        NS_TEST_ASSERT_MSG_EQ(s.sink->IsComplete(), true, "the last message arrived");
        NS_TEST_ASSERT_MSG_EQ(s.source->IsClosedNormally(), true, "source closed gracefully");
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetClosedNormally(), 1u, "sink closed gracefully");
        s.Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief A paced source sends one message per size*8/rate and stops at MaxMessages.
 */
class SctpAppsPacedTestCase : public TestCase
{
  public:
    SctpAppsPacedTestCase()
        : TestCase("paced at 1 Mbps, 50 x 1000 B messages on 3 streams")
    {
    }

  private:
    void DoRun() override
    {
        AppsScenario s;
        s.Run([](SctpMessageSourceHelper& h) {
            h.SetAttribute("MessageSize", UintegerValue(1000));
            h.SetAttribute("DataRate", DataRateValue(DataRate("1Mbps")));
            h.SetAttribute("MaxMessages", UintegerValue(50));
            h.SetAttribute("Streams", UintegerValue(3));
        });
        NS_TEST_ASSERT_MSG_EQ(s.txTimes.size(), 50u, "MaxMessages sent");
        // 1000 bytes at 1 Mb/s: one message every 8 ms.
        for (size_t i = 1; i < s.txTimes.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ(s.txTimes[i] - s.txTimes[i - 1],
                                  MilliSeconds(8),
                                  "message " << i << " paced");
        }
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetErrors(), 0u, s.sink->GetFirstError());
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetMessagesOk(), 50u, "every message checks out");
        NS_TEST_ASSERT_MSG_EQ(s.sink->GetBytesReceived(), 50000u, "every byte received");
        NS_TEST_ASSERT_MSG_EQ(s.sink->IsComplete(), true, "the last message arrived");
        NS_TEST_ASSERT_MSG_EQ(s.source->IsClosedNormally(), true, "source closed gracefully");
        s.Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief SctpTraceHelper writes its series; the receiver's delivered bytes end at what was sent.
 */
class SctpAppsTraceTestCase : public TestCase
{
  public:
    SctpAppsTraceTestCase()
        : TestCase("trace helper files")
    {
    }

  private:
    /**
     * \param [in] path a trace file
     * \return its lines that are not comments
     */
    static std::vector<std::string> DataLines(const std::string& path)
    {
        std::ifstream in(path);
        std::vector<std::string> lines;
        std::string line;
        while (std::getline(in, line))
        {
            if (!line.empty() && line[0] != '#')
            {
                lines.push_back(line);
            }
        }
        return lines;
    }

    void DoRun() override
    {
        AppsScenario s;
        s.traceDir = CreateTempDirFilename("sctp-apps-traces");
        s.Run([](SctpMessageSourceHelper& h) {
            h.SetAttribute("MessageSize", UintegerValue(1452));
            h.SetAttribute("MaxBytes", UintegerValue(200000));
        });
        NS_TEST_ASSERT_MSG_EQ(s.sink->IsComplete(), true, s.sink->GetFirstError());
        for (const char* name : {"client-path0-cwnd.txt",
                                 "client-path0-ssthresh.txt",
                                 "client-path0-rto.txt",
                                 "client-path0-srtt.txt",
                                 "client-path0-flight.txt",
                                 "client-retransmissions.txt",
                                 "client-state.txt",
                                 "server-delivered.txt",
                                 "server-state.txt"})
        {
            std::string path = s.traceDir + "/" + name;
            bool written = std::find(s.files.begin(), s.files.end(), path) != s.files.end();
            NS_TEST_ASSERT_MSG_EQ(written, true, name << " written");
        }
        auto cwnd = DataLines(s.traceDir + "/client-path0-cwnd.txt");
        NS_TEST_ASSERT_MSG_GT(cwnd.size(), 2u, "cwnd changes recorded");
        auto delivered = DataLines(s.traceDir + "/server-delivered.txt");
        NS_TEST_ASSERT_MSG_EQ(delivered.empty(), false, "delivered bytes recorded");
        std::istringstream last(delivered.back());
        double t = 0;
        uint64_t bytes = 0;
        last >> t >> bytes;
        NS_TEST_ASSERT_MSG_EQ(bytes, 200000u, "delivered bytes end at the bytes sent");
        auto states = DataLines(s.traceDir + "/client-state.txt");
        bool startsInCookieWait = states.front().find("COOKIE-WAIT") != std::string::npos;
        bool endsClosed = states.back().find("CLOSED") != std::string::npos;
        NS_TEST_ASSERT_MSG_EQ(startsInCookieWait, true, "client starts in COOKIE-WAIT");
        NS_TEST_ASSERT_MSG_EQ(endsClosed, true, "client ends CLOSED");
        s.Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief The sink catches what a faulty sender does: a duplicate, a missing message, ordered
 * messages out of order, a wrong stream, flag or PPID, a corrupt body. A plain socket sends
 * hand-made messages; the stack delivers them as sent.
 */
class SctpAppsSinkChecksTestCase : public TestCase
{
  public:
    SctpAppsSinkChecksTestCase()
        : TestCase("sink catches a faulty sender")
    {
    }

  private:
    /// One message to send: what its header says, and how it is really sent.
    struct Send
    {
        uint32_t number;    //!< message number in the header
        uint16_t headerSid; //!< stream in the header
        uint16_t sid;       //!< stream it is sent on
        bool unordered;     //!< sent unordered (the header says ordered)
        uint32_t ppid;      //!< PPID it is sent with (the header says 46)
        bool last;          //!< the header's last flag
        bool corrupt;       //!< a body byte changed
    };

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
        sctp.AssignStreams(nodes, 100);
        Ipv4AddressHelper addresses;
        addresses.SetBase("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = addresses.Assign(devices);
        SctpMessageSinkHelper sinkHelper(InetSocketAddress(Ipv4Address::GetAny(), 5000));
        Ptr<SctpMessageSink> sink =
            DynamicCast<SctpMessageSink>(sinkHelper.Install(nodes.Get(1)).Get(0));

        const std::vector<Send> plan = {
            {0, 0, 0, false, 46, false, false}, // fine
            {0, 0, 0, false, 46, false, false}, // duplicate
            {2, 1, 1, false, 46, false, false}, // fine (1 is never sent intact)
            {4, 0, 0, false, 46, false, false}, // fine
            {3, 0, 0, false, 46, false, false}, // ordered, after 4 on the same stream
            {5, 2, 3, false, 46, false, false}, // header says stream 2
            {6, 2, 2, true, 46, false, false},  // header says ordered
            {7, 1, 1, false, 47, false, false}, // header says PPID 46
            {1, 3, 3, false, 46, false, true},  // corrupt body: 1 stays missing
            {8, 0, 0, false, 46, true, false},  // fine, the last
        };
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(0), SctpSocketFactory::GetTypeId()));
        int sent = 0;
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       for (const auto& m : plan)
                                       {
                                           SctpMessageDescription d;
                                           d.number = m.number;
                                           d.size = 200;
                                           d.ppid = 46;
                                           d.sid = m.headerSid;
                                           d.last = m.last;
                                           std::vector<uint8_t> data = SctpMessagePattern::Make(d);
                                           if (m.corrupt)
                                           {
                                               data[150] ^= 1;
                                           }
                                           SctpSndInfo info;
                                           info.sid = m.sid;
                                           info.ppid = m.ppid;
                                           info.flags = m.unordered ? SctpMsgFlags::UNORDERED : 0;
                                           sent += client->SendMsg(data, info) > 0 ? 1 : 0;
                                       }
                                       client->Close();
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(ifs.GetAddress(1), 5000)); });
        Simulator::Stop(Seconds(30));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(sent, int(plan.size()), "every message queued");
        NS_TEST_ASSERT_MSG_EQ(sink->GetMessagesReceived(), plan.size(), "every message read");
        NS_TEST_ASSERT_MSG_EQ(sink->GetMessagesOk(), 4u, "0, 2, 4 and 8 check out");
        NS_TEST_ASSERT_MSG_EQ(sink->GetDuplicates(), 1u, "one duplicate");
        NS_TEST_ASSERT_MSG_EQ(sink->GetMissing(), 1u, "message 1 missing");
        NS_TEST_ASSERT_MSG_EQ(sink->GetClosedNormally(), 1u, "graceful close seen");
        // duplicate, order, stream, unordered flag, PPID, corrupt body, missing at the close
        NS_TEST_ASSERT_MSG_EQ(sink->GetErrors(), 7u, "seven failed checks");
        NS_TEST_ASSERT_MSG_EQ(sink->GetFirstError(), "message 0 received twice", "first error");
        NS_TEST_ASSERT_MSG_EQ(sink->IsComplete(), false, "not complete");
        client = nullptr;
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief The message pattern round-trips and catches a changed byte, a wrong size, a corrupt
 * header.
 */
class SctpAppsPatternTestCase : public TestCase
{
  public:
    SctpAppsPatternTestCase()
        : TestCase("message pattern")
    {
    }

  private:
    void DoRun() override
    {
        SctpMessageDescription d;
        d.number = 0x01020304;
        d.size = 100;
        d.ppid = 46;
        d.sid = 7;
        d.unordered = true;
        d.last = true;
        d.sendTimeNs = 1234567890123;
        std::vector<uint8_t> m = SctpMessagePattern::Make(d);
        NS_TEST_ASSERT_MSG_EQ(m.size(), 100u, "size");
        // Header layout: number and size big-endian at the front.
        NS_TEST_ASSERT_MSG_EQ(int(m[0]), 1, "number byte 0");
        NS_TEST_ASSERT_MSG_EQ(int(m[3]), 4, "number byte 3");
        NS_TEST_ASSERT_MSG_EQ(int(m[7]), 100, "size byte 3");
        NS_TEST_ASSERT_MSG_EQ(int(m[50]),
                              int(uint8_t(0x01020304u * 31 + 50 * 7)),
                              "body byte from the formula");

        SctpMessageDescription r;
        std::string error;
        NS_TEST_ASSERT_MSG_EQ(SctpMessagePattern::Check(m, r, error), true, error);
        NS_TEST_ASSERT_MSG_EQ(r.number, d.number, "number");
        NS_TEST_ASSERT_MSG_EQ(r.size, d.size, "size");
        NS_TEST_ASSERT_MSG_EQ(r.ppid, d.ppid, "ppid");
        NS_TEST_ASSERT_MSG_EQ(r.sid, d.sid, "sid");
        NS_TEST_ASSERT_MSG_EQ(r.unordered, true, "unordered");
        NS_TEST_ASSERT_MSG_EQ(r.last, true, "last");
        NS_TEST_ASSERT_MSG_EQ(r.sendTimeNs, d.sendTimeNs, "time");

        for (uint32_t i : {0u, 5u, 12u, 15u, 20u, 24u, 99u})
        {
            std::vector<uint8_t> bad = m;
            bad[i] ^= 0x10;
            NS_TEST_ASSERT_MSG_EQ(SctpMessagePattern::Check(bad, r, error),
                                  false,
                                  "byte " << i << " changed");
        }
        std::vector<uint8_t> shorter(m.begin(), m.end() - 1);
        NS_TEST_ASSERT_MSG_EQ(SctpMessagePattern::Check(shorter, r, error), false, "short");
        std::vector<uint8_t> tiny(m.begin(), m.begin() + 10);
        NS_TEST_ASSERT_MSG_EQ(SctpMessagePattern::Check(tiny, r, error), false, "tiny");
        d.size = 3;
        NS_TEST_ASSERT_MSG_EQ(SctpMessagePattern::Make(d).size(),
                              uint32_t(SctpMessagePattern::HEADER_SIZE),
                              "raised to the header size");
    }
};

/**
 * \ingroup sctp-test
 * \brief SctpMessageSource and SctpMessageSink.
 */
class SctpAppsTestSuite : public TestSuite
{
  public:
    SctpAppsTestSuite()
        : TestSuite("sctp-apps", UNIT)
    {
        AddTestCase(new SctpAppsPatternTestCase(), TestCase::QUICK);
        AddTestCase(new SctpAppsSinkChecksTestCase(), TestCase::QUICK);
        AddTestCase(new SctpAppsLossyTestCase(), TestCase::QUICK);
        AddTestCase(new SctpAppsPacedTestCase(), TestCase::QUICK);
        AddTestCase(new SctpAppsTraceTestCase(), TestCase::QUICK);
    }
};

static SctpAppsTestSuite g_sctpAppsTestSuite; //!< the suite
