/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// ns-3's own applications (BulkSendApplication, OnOffApplication, PacketSink) run unchanged
// over "ns3::SctpSocketFactory" one-to-one sockets.

#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/error-model.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"
#include "ns3/test.h"

using namespace ns3;

/**
 * \ingroup sctp-test
 * \brief A BulkSend or OnOff application sends to a PacketSink over SCTP; the sink must get
 * every byte (both applications send zero-filled payload after a SeqTsSizeHeader, so each byte
 * is checked to be zero and the sequence numbers to run 0, 1, 2, ... without a gap).
 */
class SctpNs3AppsTestCase : public TestCase
{
  public:
    /**
     * \param [in] onOff use OnOffApplication instead of BulkSendApplication
     * \param [in] loss packet loss rate on the data path
     */
    SctpNs3AppsTestCase(bool onOff, double loss)
        : TestCase(std::string(onOff ? "OnOffApplication" : "BulkSendApplication") +
                   " to PacketSink, loss " + std::to_string(loss)),
          m_onOff(onOff),
          m_loss(loss)
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue("10Mbps"));
        p2p.SetChannelAttribute("Delay", StringValue("5ms"));
        NetDeviceContainer devs = p2p.Install(nodes);
        if (m_loss > 0)
        {
            Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
            em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
            em->SetRate(m_loss);
            em->AssignStreams(11);
            devs.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(em));
        }
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        sctp.AssignStreams(nodes, 3);
        Ipv4AddressHelper addr("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = addr.Assign(devs);

        const uint64_t total = 500000;
        Address sinkAddress(InetSocketAddress(ifs.GetAddress(1), 9));
        PacketSinkHelper sink("ns3::SctpSocketFactory",
                              InetSocketAddress(Ipv4Address::GetAny(), 9));
        sink.SetAttribute("EnableSeqTsSizeHeader", BooleanValue(true));
        ApplicationContainer sinkApp = sink.Install(nodes.Get(1));
        sinkApp.Start(Seconds(0));
        uint64_t nonZero = 0;
        std::vector<uint32_t> seqs; // the sequence number each source packet carries, as read
        sinkApp.Get(0)->TraceConnectWithoutContext(
            "RxWithSeqTsSize",
            Callback<void,
                     Ptr<const Packet>,
                     const Address&,
                     const Address&,
                     const SeqTsSizeHeader&>(
                [&](Ptr<const Packet> p, const Address&, const Address&, const SeqTsSizeHeader& h) {
                    std::vector<uint8_t> b(p->GetSize());
                    p->CopyData(b.data(), b.size());
                    nonZero += std::count_if(b.begin(), b.end(), [](uint8_t x) { return x != 0; });
                    seqs.push_back(h.GetSeq());
                }));
        ApplicationContainer source;
        if (m_onOff)
        {
            OnOffHelper onoff("ns3::SctpSocketFactory", sinkAddress);
            onoff.SetConstantRate(DataRate("2Mbps"), 1000);
            onoff.SetAttribute("MaxBytes", UintegerValue(total));
            onoff.SetAttribute("EnableSeqTsSizeHeader", BooleanValue(true));
            source = onoff.Install(nodes.Get(0));
        }
        else
        {
            BulkSendHelper bulk("ns3::SctpSocketFactory", sinkAddress);
            bulk.SetAttribute("MaxBytes", UintegerValue(total));
            bulk.SetAttribute("SendSize", UintegerValue(1200));
            bulk.SetAttribute("EnableSeqTsSizeHeader", BooleanValue(true));
            source = bulk.Install(nodes.Get(0));
        }
        source.Start(Seconds(1));
        Simulator::Stop(Seconds(30));
        Simulator::Run();
        uint64_t received = DynamicCast<PacketSink>(sinkApp.Get(0))->GetTotalRx();
        Simulator::Destroy();
        NS_TEST_ASSERT_MSG_EQ(received, total, "the sink got every byte the source sent");
        NS_TEST_ASSERT_MSG_EQ(nonZero, 0u, "every byte as sent (zero-filled payload)");
        // Each source packet carries its number: all of them, once each, in the order sent.
        const uint32_t size = m_onOff ? 1000 : 1200;
        NS_TEST_ASSERT_MSG_EQ(seqs.size(), (total + size - 1) / size, "every packet");
        for (uint32_t i = 0; i < seqs.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ(seqs[i], i, "packet " << i << " in order");
        }
    }

    bool m_onOff;  //!< OnOff instead of BulkSend
    double m_loss; //!< loss rate
};

/**
 * \ingroup sctp-test
 * \brief ns-3's applications over SCTP sockets.
 */
class SctpNs3AppsTestSuite : public TestSuite
{
  public:
    SctpNs3AppsTestSuite()
        : TestSuite("sctp-ns3-apps", UNIT)
    {
        AddTestCase(new SctpNs3AppsTestCase(false, 0), TestCase::QUICK);
        AddTestCase(new SctpNs3AppsTestCase(false, 0.02), TestCase::QUICK);
        AddTestCase(new SctpNs3AppsTestCase(true, 0.01), TestCase::QUICK);
    }
};

/// Static variable for test initialization
static SctpNs3AppsTestSuite g_sctpNs3AppsTestSuite;
