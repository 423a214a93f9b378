/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup sctp
 * \brief The SCTP congestion-control modules beside ns-3's own TCP variants on the same link.
 *
 * One point-to-point link (default 1 Gb/s, 50 ms one way, 1000-packet DropTail queue, random
 * loss of 1e-5 of the packets arriving at the receiver, 32 MB buffers), one bulk transfer at a
 * time for --time seconds: SCTP with modules 0 (default), 1 (HighSpeed) and 2 (H-TCP), then
 * TCP NewReno, TcpHighSpeed and TcpHtcp with the same loss draws. Prints goodput over the
 * sending period and the time-weighted mean cwnd in packets (1500-byte MTUs for SCTP, segments
 * for TCP).
 *
 *   ./ns3-sctp bench-cc -- --time=60 --run=1
 */

#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// The link and the transfer.
struct CrossCheckConfig
{
    Time sendTime{Seconds(60)};   //!< seconds of sending
    std::string rate{"1Gbps"};    //!< link rate
    Time delay{MilliSeconds(50)}; //!< one-way delay
    double loss{1e-5};            //!< random loss at the receiver
    uint32_t queue{1000};         //!< DropTail queue, packets
    uint32_t buffer{32000000};    //!< socket buffers
    uint32_t run{1};              //!< RngRun
};

/// Time-weighted mean of a window trace.
class WindowMean
{
  public:
    /**
     * \param [in] value the new window (bytes)
     */
    void Set(uint32_t value)
    {
        Time now = Simulator::Now();
        if (m_started)
        {
            m_sum += double(m_value) * (now - m_last).GetSeconds();
        }
        m_started = true;
        m_last = now;
        m_value = value;
    }

    /**
     * \param [in] from the start of the period, which ends now
     * \return the mean over it (bytes)
     */
    double Mean(Time from)
    {
        Set(m_value);
        double span = (Simulator::Now() - from).GetSeconds();
        return span > 0 ? m_sum / span : 0;
    }

  private:
    bool m_started{false}; //!< a value was set
    Time m_last;           //!< when
    uint32_t m_value{0};   //!< the value since
    double m_sum{0};       //!< integral so far
};

/// One result line.
struct Result
{
    std::string name;     //!< protocol and variant
    double goodput{0};    //!< Mb/s over the sending period
    double meanCwnd{0};   //!< packets
    uint64_t bytes{0};    //!< delivered in the sending period
    bool complete{false}; //!< (SCTP) every message arrived intact
};

/**
 * \brief Build the two nodes and the link.
 * \param [in] cfg the configuration
 * \param [out] nodes the nodes
 * \return the two devices, sender's first
 */
NetDeviceContainer
BuildLink(const CrossCheckConfig& cfg, NodeContainer& nodes)
{
    RngSeedManager::SetSeed(1);
    RngSeedManager::SetRun(cfg.run);
    nodes.Create(2);
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", StringValue(cfg.rate));
    p2p.SetChannelAttribute("Delay", TimeValue(cfg.delay));
    p2p.SetQueue("ns3::DropTailQueue",
                 "MaxSize",
                 QueueSizeValue(QueueSize(QueueSizeUnit::PACKETS, cfg.queue)));
    NetDeviceContainer devices = p2p.Install(nodes);
    Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
    em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
    em->SetRate(cfg.loss);
    em->AssignStreams(10);
    devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(em));
    InternetStackHelper internet;
    internet.Install(nodes);
    return devices;
}

/**
 * \brief One SCTP transfer.
 * \param [in] cfg the configuration
 * \param [in] module the congestion-control module number
 * \param [in] name its name
 * \return the result
 */
Result
RunSctp(const CrossCheckConfig& cfg, uint32_t module, const std::string& name)
{
    NodeContainer nodes;
    NetDeviceContainer devices = BuildLink(cfg, nodes);
    SctpStackHelper sctp;
    sctp.SetAttribute("DefaultCcModule", UintegerValue(module));
    sctp.SetAttribute("SendSpace", UintegerValue(cfg.buffer));
    sctp.SetAttribute("RecvSpace", UintegerValue(cfg.buffer));
    sctp.Install(nodes);
    sctp.AssignStreams(nodes, 100);
    Ipv4AddressHelper addresses;
    addresses.SetBase("10.1.1.0", "255.255.255.0");
    Ipv4InterfaceContainer ifs = addresses.Assign(devices);

    SctpMessageSinkHelper sinkHelper(InetSocketAddress(Ipv4Address::GetAny(), 5000));
    ApplicationContainer sinkApps = sinkHelper.Install(nodes.Get(1));
    Ptr<SctpMessageSink> sink = DynamicCast<SctpMessageSink>(sinkApps.Get(0));
    const Time start = Seconds(1);
    const Time end = start + cfg.sendTime;
    SctpMessageSourceHelper sourceHelper(InetSocketAddress(ifs.GetAddress(1), 5000));
    sourceHelper.SetAttribute("MessageSize", UintegerValue(1452));
    sourceHelper.SetAttribute("MaxBytes", UintegerValue(0));
    ApplicationContainer sourceApps = sourceHelper.Install(nodes.Get(0));
    SctpMessageSourceHelper::AssignStreams(sourceApps, 200);
    sourceApps.Start(start);
    sourceApps.Stop(end);
    Ptr<SctpMessageSource> source = DynamicCast<SctpMessageSource>(sourceApps.Get(0));
    WindowMean cwnd;
    source->TraceConnectWithoutContext(
        "Socket",
        Callback<void, Ptr<Socket>>([&cwnd](Ptr<Socket> socket) {
            Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(socket)->GetAssociation();
            Ptr<SctpPathCcState> state = a->GetPaths().front()->GetCcState();
            cwnd.Set(state->m_cWnd.Get());
            state->TraceConnectWithoutContext(
                "CongestionWindow",
                Callback<void, uint32_t, uint32_t>(
                    [&cwnd](uint32_t, uint32_t after) { cwnd.Set(after); }));
        }));
    Result r;
    r.name = name;
    double meanBytes = 0;
    Simulator::Schedule(end, [&]() {
        r.bytes = sink->GetBytesReceived();
        meanBytes = cwnd.Mean(source->GetEstablishedTime());
    });
    Simulator::Stop(end + Seconds(30));
    Simulator::Run();
    r.goodput = r.bytes * 8.0 / cfg.sendTime.GetSeconds() / 1e6;
    r.meanCwnd = meanBytes / 1500.0;
    r.complete = sink->GetErrors() == 0 && sink->GetMissing() == 0 &&
                 sink->GetBytesReceived() == source->GetBytesSent();
    Simulator::Destroy();
    return r;
}

/**
 * \brief One TCP transfer.
 * \param [in] cfg the configuration
 * \param [in] type the TcpCongestionOps TypeId name
 * \param [in] name its name
 * \return the result
 */
Result
RunTcp(const CrossCheckConfig& cfg, const std::string& type, const std::string& name)
{
    const uint32_t segSize = 1448;
    Config::SetDefault("ns3::TcpL4Protocol::SocketType", TypeIdValue(TypeId::LookupByName(type)));
    Config::SetDefault("ns3::TcpSocket::SegmentSize", UintegerValue(segSize));
    Config::SetDefault("ns3::TcpSocket::SndBufSize", UintegerValue(cfg.buffer));
    Config::SetDefault("ns3::TcpSocket::RcvBufSize", UintegerValue(cfg.buffer));
    NodeContainer nodes;
    NetDeviceContainer devices = BuildLink(cfg, nodes);
    Ipv4AddressHelper addresses;
    addresses.SetBase("10.1.1.0", "255.255.255.0");
    Ipv4InterfaceContainer ifs = addresses.Assign(devices);

    PacketSinkHelper sinkHelper("ns3::TcpSocketFactory",
                                InetSocketAddress(Ipv4Address::GetAny(), 5000));
    ApplicationContainer sinkApps = sinkHelper.Install(nodes.Get(1));
    Ptr<PacketSink> sink = DynamicCast<PacketSink>(sinkApps.Get(0));
    BulkSendHelper bulkHelper("ns3::TcpSocketFactory", InetSocketAddress(ifs.GetAddress(1), 5000));
    bulkHelper.SetAttribute("SendSize", UintegerValue(segSize));
    bulkHelper.SetAttribute("MaxBytes", UintegerValue(0));
    ApplicationContainer bulkApps = bulkHelper.Install(nodes.Get(0));
    const Time start = Seconds(1);
    const Time end = start + cfg.sendTime;
    bulkApps.Start(start);
    bulkApps.Stop(end);
    WindowMean cwnd;
    Time established;
    Simulator::Schedule(start + MilliSeconds(1), [&]() {
        Ptr<Socket> socket = DynamicCast<BulkSendApplication>(bulkApps.Get(0))->GetSocket();
        established = Simulator::Now();
        UintegerValue initial;
        socket->GetAttribute("InitialCwnd", initial);
        cwnd.Set(initial.Get() * segSize);
        socket->TraceConnectWithoutContext(
            "CongestionWindow",
            Callback<void, uint32_t, uint32_t>(
                [&cwnd](uint32_t, uint32_t after) { cwnd.Set(after); }));
    });
    Result r;
    r.name = name;
    double meanBytes = 0;
    Simulator::Schedule(end, [&]() {
        r.bytes = sink->GetTotalRx();
        meanBytes = cwnd.Mean(established);
    });
    Simulator::Stop(end);
    Simulator::Run();
    r.goodput = r.bytes * 8.0 / cfg.sendTime.GetSeconds() / 1e6;
    r.meanCwnd = meanBytes / segSize;
    r.complete = true;
    Simulator::Destroy();
    return r;
}

} // namespace

int
main(int argc, char* argv[])
{
    CrossCheckConfig cfg;
    double seconds = 60;
    bool skipTcp = false;
    CommandLine cmd(__FILE__);
    cmd.AddValue("time", "Seconds of sending", seconds);
    cmd.AddValue("rate", "Link rate", cfg.rate);
    cmd.AddValue("delay", "One-way delay", cfg.delay);
    cmd.AddValue("loss", "Random loss of packets at the receiver", cfg.loss);
    cmd.AddValue("queue", "DropTail queue (packets)", cfg.queue);
    cmd.AddValue("buffer", "Socket buffers (bytes)", cfg.buffer);
    cmd.AddValue("run", "RngRun (loss pattern)", cfg.run);
    cmd.AddValue("skipTcp", "SCTP only", skipTcp);
    cmd.Parse(argc, argv);
    cfg.sendTime = Seconds(seconds);

    std::printf("link %s, %.3f ms one way, %u-packet queue, loss %g, buffers %u B, %g s, run %u\n",
                cfg.rate.c_str(),
                cfg.delay.GetSeconds() * 1000,
                cfg.queue,
                cfg.loss,
                cfg.buffer,
                seconds,
                cfg.run);
    std::vector<Result> results;
    results.push_back(RunSctp(cfg, 0, "sctp default"));
    results.push_back(RunSctp(cfg, 1, "sctp HighSpeed"));
    results.push_back(RunSctp(cfg, 2, "sctp H-TCP"));
    if (!skipTcp)
    {
        results.push_back(RunTcp(cfg, "ns3::TcpNewReno", "tcp NewReno"));
        results.push_back(RunTcp(cfg, "ns3::TcpHighSpeed", "tcp HighSpeed"));
        results.push_back(RunTcp(cfg, "ns3::TcpHtcp", "tcp Htcp"));
    }
    std::printf("%-16s %12s %16s %s\n", "variant", "goodput Mb/s", "mean cwnd (pkts)", "check");
    for (const auto& r : results)
    {
        std::printf("%-16s %12.1f %16.0f %s\n",
                    r.name.c_str(),
                    r.goodput,
                    r.meanCwnd,
                    r.name.rfind("sctp", 0) == 0 ? (r.complete ? "all bytes" : "INCOMPLETE") : "");
    }
    return 0;
}
