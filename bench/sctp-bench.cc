/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup sctp
 * \brief Speed of the SCTP model against ns-3's own TCP, on the same topology, in one process.
 *
 * Two nodes joined by one point-to-point link (100 Mb/s, 25 ms one way, 1000-packet DropTail
 * device queue and no queue disc). For 20 simulated seconds one node sends bulk data to the other,
 * first over SCTP (a one-to-one association, full-size DATA chunks), then over TCP NewReno
 * (BulkSend to PacketSink); then both again with random packet loss on the receiver's device. Each
 * run reports goodput (application bytes delivered) and the wall-clock time of Simulator::Run per
 * delivered megabyte, so that the cost per byte of the two stacks can be compared. The last
 * line is the SCTP/TCP ratio of that cost on the clean path.
 *
 * \code
 *   ./ns3-sctp bench -- --time=20 --rate=100Mbps --delay=25ms --loss=0.01
 * \endcode
 */

#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"
#include "ns3/traffic-control-module.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// What the command line sets; the same for every run.
struct BenchConfig
{
    double time{20};                  //!< simulated seconds of bulk transfer
    std::string rate{"100Mbps"};      //!< link rate
    std::string delay{"25ms"};        //!< one-way delay
    uint32_t queuePackets{1000};      //!< DropTail queue size of each device
    double loss{0.01};                //!< packet loss rate of the lossy runs
    uint32_t buffer{4 * 1024 * 1024}; //!< send and receive buffer of both stacks, bytes
    uint32_t sctpMsgSize{0};   //!< SCTP message size (0 = the association's fragmentation point)
    uint32_t tcpSegSize{1448}; //!< TCP segment size (1500 - IP - TCP with timestamps)
    uint32_t maxChunks{0};     //!< SctpL4Protocol::MaxChunks (0 = its default)
    uint32_t seed{1};          //!< RngSeedManager seed, the same for every run
    uint32_t repeat{3};        //!< runs per configuration; the fastest counts
    bool skipTcp{false};       //!< run SCTP only
};

/// What one run measured.
struct RunResult
{
    std::string name;                //!< "sctp" or "tcp"
    double loss{0};                  //!< packet loss rate of the run
    uint64_t delivered{0};           //!< application bytes read by the receiver
    uint64_t halfway{0};             //!< of which read by half the run time
    double wallSeconds{0};           //!< wall-clock time of Simulator::Run
    uint64_t events{0};              //!< events executed by Simulator::Run
    uint32_t payload{0};             //!< application bytes per packet (message or segment size)
    uint32_t retransmissions{0};     //!< SCTP only: DATA chunks retransmitted
    uint32_t fastRetransmissions{0}; //!< SCTP only: of which by fast retransmit
    uint32_t timeouts{0};            //!< SCTP only: T3-rtx expiries

    /// \return microseconds of wall time per delivered megabyte (10^6 bytes)
    double WallPerMb() const
    {
        return delivered ? wallSeconds * 1e6 / (delivered / 1e6) : 0;
    }
};

/**
 * \brief The two nodes, the link and the internet stacks; an error model with the given loss
 * rate on the receiver's device when loss > 0.
 */
struct Topology
{
    NodeContainer nodes;        //!< 0 sends, 1 receives
    Ipv4InterfaceContainer ifs; //!< addresses of 0 and 1

    /**
     * \param [in] cfg the bench configuration
     * \param [in] loss packet loss rate on the receiver's device (0 = none)
     * \param [in] withSctp install SCTP on both nodes too
     */
    Topology(const BenchConfig& cfg, double loss, bool withSctp)
    {
        nodes.Create(2);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue(cfg.rate));
        p2p.SetChannelAttribute("Delay", StringValue(cfg.delay));
        p2p.SetQueue("ns3::DropTailQueue",
                     "MaxSize",
                     QueueSizeValue(QueueSize(QueueSizeUnit::PACKETS, cfg.queuePackets)));
        NetDeviceContainer devices = p2p.Install(nodes);
        if (loss > 0)
        {
            Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
            em->SetAttribute("ErrorRate", DoubleValue(loss));
            em->SetAttribute("ErrorUnit", EnumValue(RateErrorModel::ERROR_UNIT_PACKET));
            em->AssignStreams(7); // the same loss draws for SCTP and TCP
            devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(em));
        }
        InternetStackHelper internet;
        internet.Install(nodes);
        if (withSctp)
        {
            SctpStackHelper sctp;
            if (cfg.maxChunks)
            {
                sctp.SetAttribute("MaxChunks", UintegerValue(cfg.maxChunks));
            }
            sctp.Install(nodes);
            sctp.AssignStreams(nodes, 100);
        }
        Ipv4AddressHelper address;
        address.SetBase("10.1.1.0", "255.255.255.0");
        ifs = address.Assign(devices);
        // Assign() puts a 1000-packet pfifo_fast in front of each device; without removing it
        // the bottleneck would buffer 2000 packets, not the 1000 of the DropTail queue.
        TrafficControlHelper tch;
        tch.Uninstall(devices);
    }
};

/**
 * \brief Runs the simulator for the configured time, timing it with a steady clock and
 * sampling the delivered bytes halfway.
 * \param [in] cfg the bench configuration
 * \param [in] delivered reads the receiver's byte count
 * \param [in,out] r gets wall time, events and the halfway sample
 */
void
TimedRun(const BenchConfig& cfg, std::function<uint64_t()> delivered, RunResult& r)
{
    Simulator::Schedule(Seconds(cfg.time / 2), [&r, delivered]() { r.halfway = delivered(); });
    Simulator::Stop(Seconds(cfg.time));
    auto start = std::chrono::steady_clock::now();
    Simulator::Run();
    auto end = std::chrono::steady_clock::now();
    r.wallSeconds = std::chrono::duration<double>(end - start).count();
    r.events = Simulator::GetEventCount();
    r.delivered = delivered();
}

/**
 * \brief SCTP bulk sender: refills the association's send buffer with full-size messages
 * whenever the socket reports space, for as long as the simulation runs.
 */
class SctpBulk
{
  public:
    /**
     * \param [in] node the sending node
     * \param [in] server the receiver's address
     * \param [in] cfg the bench configuration
     */
    SctpBulk(Ptr<Node> node, const Address& server, const BenchConfig& cfg)
        : m_msgSize(cfg.sctpMsgSize)
    {
        m_socket =
            DynamicCast<SctpSocket>(Socket::CreateSocket(node, SctpSocketFactory::GetTypeId()));
        m_socket->SetSndBuf(cfg.buffer);
        m_socket->SetRcvBuf(cfg.buffer);
        m_socket->SetNoDelay(true); // as ns-3's TCP (TcpNoDelay defaults to true)
        m_socket->SetConnectCallback(MakeCallback(&SctpBulk::Connected, this),
                                     MakeCallback(&SctpBulk::Failed, this));
        m_socket->SetSendCallback(MakeCallback(&SctpBulk::Fill, this));
        // Connect once the simulation runs: the nodes' devices are initialized by then.
        Simulator::ScheduleNow([this, server]() { m_socket->Connect(server); });
    }

    /// \return the message size used (known once connected)
    uint32_t GetMessageSize() const
    {
        return m_msgSize;
    }

    uint32_t retransmissions{0};     //!< DATA chunks retransmitted
    uint32_t fastRetransmissions{0}; //!< of which by fast retransmit
    uint32_t timeouts{0};            //!< T3-rtx expiries

  private:
    /// Pick the message size, then start filling.
    void Connected(Ptr<Socket> s)
    {
        if (m_msgSize == 0)
        {
            SctpAssocValue maxSeg;
            m_socket->GetMaxSeg(maxSeg); // the fragmentation point: one message, one packet
            m_msgSize = maxSeg.value;
        }
        m_message.assign(m_msgSize, 0x5a);
        Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(m_socket)->GetAssociation();
        a->TraceConnectWithoutContext("Retransmission",
                                      MakeCallback(&SctpBulk::Retransmitted, this));
        a->TraceConnectWithoutContext("Timeout", MakeCallback(&SctpBulk::TimedOut, this));
        m_connected = true;
        Fill(s, 0);
    }

    /// Count a retransmitted chunk.
    void Retransmitted(uint32_t tsn, bool fast)
    {
        retransmissions++;
        fastRetransmissions += fast;
    }

    /// Count a T3-rtx expiry.
    void TimedOut(const Address& peer, Time rto)
    {
        timeouts++;
    }

    /// The handshake failed: nothing will be delivered, which the report shows.
    void Failed(Ptr<Socket> s)
    {
        std::fprintf(stderr, "sctp-bench: SCTP connect failed\n");
    }

    /// Queue messages until the send buffer refuses one; the send callback resumes.
    void Fill(Ptr<Socket> s, uint32_t)
    {
        if (!m_connected)
        {
            return;
        }
        while (m_socket->GetTxAvailable() >= m_msgSize && m_socket->SendMsg(m_message, m_info) > 0)
        {
        }
    }

    Ptr<SctpSocket> m_socket;       //!< the one-to-one client socket
    uint32_t m_msgSize;             //!< bytes per message
    std::vector<uint8_t> m_message; //!< the payload, reused for every message
    SctpSndInfo m_info;             //!< stream 0, ordered
    bool m_connected{false};        //!< the association is established
};

/**
 * \brief SCTP bulk receiver: accepts one association and reads every message as it arrives.
 */
class SctpSink
{
  public:
    /**
     * \param [in] node the receiving node
     * \param [in] port the port to listen on
     * \param [in] cfg the bench configuration
     */
    SctpSink(Ptr<Node> node, uint16_t port, const BenchConfig& cfg)
    {
        m_listener =
            DynamicCast<SctpSocket>(Socket::CreateSocket(node, SctpSocketFactory::GetTypeId()));
        // The accepted socket inherits these; the window is advertised in the handshake.
        m_listener->SetSndBuf(cfg.buffer);
        m_listener->SetRcvBuf(cfg.buffer);
        m_listener->SetNoDelay(true);
        m_listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), port));
        m_listener->Listen();
        m_listener->SetAcceptCallback(MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
                                      MakeCallback(&SctpSink::Accepted, this));
    }

    /// \return application bytes read so far
    uint64_t GetDelivered() const
    {
        return m_delivered;
    }

  private:
    /// Keep the new socket and read what is already there.
    void Accepted(Ptr<Socket> s, const Address&)
    {
        m_accepted = DynamicCast<SctpSocket>(s);
        s->SetRecvCallback(MakeCallback(&SctpSink::Read, this));
        Read(s);
    }

    /// Drain the socket.
    void Read(Ptr<Socket>)
    {
        SctpRcvInfo info;
        bool eor = false;
        int n;
        while ((n = m_accepted->RecvMsg(m_buffer, info, eor)) > 0)
        {
            m_delivered += n;
        }
    }

    Ptr<SctpSocket> m_listener;    //!< listening socket
    Ptr<SctpSocket> m_accepted;    //!< the association's socket
    std::vector<uint8_t> m_buffer; //!< reused for every read
    uint64_t m_delivered{0};       //!< bytes read
};

/**
 * \brief One SCTP bulk transfer.
 * \param [in] cfg the bench configuration
 * \param [in] loss packet loss rate on the receiver's device
 * \return what was measured
 */
RunResult
RunSctp(const BenchConfig& cfg, double loss)
{
    RngSeedManager::SetSeed(cfg.seed);
    RngSeedManager::SetRun(1);
    RunResult r;
    r.name = "sctp";
    r.loss = loss;
    {
        Topology topo(cfg, loss, true);
        const uint16_t port = 5000;
        SctpSink sink(topo.nodes.Get(1), port, cfg);
        SctpBulk bulk(topo.nodes.Get(0), InetSocketAddress(topo.ifs.GetAddress(1), port), cfg);
        TimedRun(
            cfg,
            [&sink]() { return sink.GetDelivered(); },
            r);
        r.payload = bulk.GetMessageSize();
        r.retransmissions = bulk.retransmissions;
        r.fastRetransmissions = bulk.fastRetransmissions;
        r.timeouts = bulk.timeouts;
        // Inside the scope: the sockets' callbacks point at sink and bulk until the end.
        Simulator::Destroy();
    }
    return r;
}

/**
 * \brief One TCP NewReno bulk transfer, BulkSendApplication to PacketSink.
 * \param [in] cfg the bench configuration
 * \param [in] loss packet loss rate on the receiver's device
 * \return what was measured
 */
RunResult
RunTcp(const BenchConfig& cfg, double loss)
{
    RngSeedManager::SetSeed(cfg.seed);
    RngSeedManager::SetRun(1);
    Config::SetDefault("ns3::TcpL4Protocol::SocketType", TypeIdValue(TcpNewReno::GetTypeId()));
    Config::SetDefault("ns3::TcpSocket::SegmentSize", UintegerValue(cfg.tcpSegSize));
    Config::SetDefault("ns3::TcpSocket::SndBufSize", UintegerValue(cfg.buffer));
    Config::SetDefault("ns3::TcpSocket::RcvBufSize", UintegerValue(cfg.buffer));
    RunResult r;
    r.name = "tcp";
    r.loss = loss;
    r.payload = cfg.tcpSegSize;
    {
        Topology topo(cfg, loss, false);
        const uint16_t port = 5001;
        PacketSinkHelper sinkHelper("ns3::TcpSocketFactory",
                                    InetSocketAddress(Ipv4Address::GetAny(), port));
        ApplicationContainer sinkApp = sinkHelper.Install(topo.nodes.Get(1));
        BulkSendHelper bulkHelper("ns3::TcpSocketFactory",
                                  InetSocketAddress(topo.ifs.GetAddress(1), port));
        bulkHelper.SetAttribute("MaxBytes", UintegerValue(0));
        bulkHelper.SetAttribute("SendSize", UintegerValue(cfg.tcpSegSize));
        ApplicationContainer bulkApp = bulkHelper.Install(topo.nodes.Get(0));
        sinkApp.Start(Seconds(0));
        bulkApp.Start(Seconds(0));
        Ptr<PacketSink> sink = DynamicCast<PacketSink>(sinkApp.Get(0));
        TimedRun(
            cfg,
            [sink]() { return sink->GetTotalRx(); },
            r);
        Simulator::Destroy();
    }
    return r;
}

/**
 * \brief Repeat a run and keep the fastest: the simulation is deterministic, so only the wall
 * time varies, and the minimum is the least disturbed by other load on the machine.
 * \param [in] cfg the bench configuration
 * \param [in] run RunSctp or RunTcp
 * \param [in] loss packet loss rate on the receiver's device
 * \return the fastest run
 */
RunResult
Fastest(const BenchConfig& cfg, RunResult (*run)(const BenchConfig&, double), double loss)
{
    RunResult best = run(cfg, loss);
    for (uint32_t i = 1; i < cfg.repeat; ++i)
    {
        RunResult r = run(cfg, loss);
        if (r.delivered != best.delivered || r.events != best.events)
        {
            std::fprintf(stderr, "sctp-bench: %s run %u differs from run 0\n", r.name.c_str(), i);
        }
        if (r.wallSeconds < best.wallSeconds)
        {
            best = r;
        }
    }
    return best;
}

/**
 * \param [in] tid a TypeId name
 * \param [in] attribute one of its attributes
 * \return the attribute's current default, as a string
 */
std::string
DefaultOf(const std::string& tid, const std::string& attribute)
{
    TypeId::AttributeInformation info;
    if (!TypeId::LookupByName(tid).LookupAttributeByName(attribute, &info))
    {
        return "?";
    }
    auto time = DynamicCast<const TimeValue>(info.initialValue);
    if (time)
    {
        return std::to_string(time->Get().GetMilliSeconds()) + "ms";
    }
    return info.initialValue->SerializeToString(info.checker);
}

/**
 * \brief Print one run's line.
 * \param [in] cfg the bench configuration
 * \param [in] r the run
 * \param [in] linkBps the link rate, bit/s
 */
void
Print(const BenchConfig& cfg, const RunResult& r, double linkBps)
{
    double goodput = r.delivered * 8.0 / cfg.time / 1e6;
    double secondHalf = (r.delivered - r.halfway) * 8.0 / (cfg.time / 2) / 1e6;
    std::printf("%-4s loss %4.1f%%: goodput %7.3f Mb/s (%5.1f%% of link; 2nd half %7.3f Mb/s, "
                "%5.1f%%), delivered %8.3f MB in %u-byte units\n",
                r.name.c_str(),
                r.loss * 100,
                goodput,
                goodput * 1e6 / linkBps * 100,
                secondHalf,
                secondHalf * 1e6 / linkBps * 100,
                r.delivered / 1e6,
                r.payload);
    std::printf("                wall %8.3f ms, %8.1f us per delivered MB, %10llu events "
                "(%7.0f per MB, %6.0f ns per event)\n",
                r.wallSeconds * 1e3,
                r.WallPerMb(),
                static_cast<unsigned long long>(r.events),
                r.delivered ? r.events / (r.delivered / 1e6) : 0.0,
                r.events ? r.wallSeconds * 1e9 / r.events : 0.0);
    if (r.name == "sctp")
    {
        std::printf("                retransmitted chunks %u (fast %u), T3 timeouts %u\n",
                    r.retransmissions,
                    r.fastRetransmissions,
                    r.timeouts);
    }
}

} // namespace

int
main(int argc, char* argv[])
{
    BenchConfig cfg;
    CommandLine cmd(__FILE__);
    cmd.AddValue("time", "Simulated seconds of bulk transfer per run", cfg.time);
    cmd.AddValue("rate", "Link data rate", cfg.rate);
    cmd.AddValue("delay", "One-way link delay", cfg.delay);
    cmd.AddValue("loss", "Packet loss rate of the lossy runs (0 skips them)", cfg.loss);
    cmd.AddValue("skipTcp", "Run SCTP only", cfg.skipTcp);
    cmd.AddValue("queue", "DropTail queue size in packets", cfg.queuePackets);
    cmd.AddValue("buffer", "Send and receive buffer of both stacks, bytes", cfg.buffer);
    cmd.AddValue("msgSize", "SCTP message size (0 = the fragmentation point)", cfg.sctpMsgSize);
    cmd.AddValue("segSize", "TCP segment size", cfg.tcpSegSize);
    cmd.AddValue("maxChunks",
                 "SctpL4Protocol::MaxChunks, receive queue limit (0 = its default)",
                 cfg.maxChunks);
    cmd.AddValue("repeat", "Runs per configuration; the fastest wall time counts", cfg.repeat);
    cmd.AddValue("seed", "Random seed (the same for every run)", cfg.seed);
    cmd.Parse(argc, argv);
    cfg.repeat = std::max<uint32_t>(cfg.repeat, 1);

    double linkBps = DataRate(cfg.rate).GetBitRate();
    std::printf("sctp-bench: %s, %s one way, %u-packet DropTail device queue (no queue disc), "
                "%.1f s per run, seed %u\n",
                cfg.rate.c_str(),
                cfg.delay.c_str(),
                cfg.queuePackets,
                cfg.time,
                cfg.seed);
    BooleanValue checksums;
    GlobalValue::GetValueByName("ChecksumEnabled", checksums);
    std::printf("checksums: ns3::ChecksumEnabled left at its default (%s) for both stacks: no "
                "CRC32c in SCTP, no IP/TCP checksums\n",
                checksums.Get() ? "true" : "false");
    std::printf("sctp: one-to-one socket, SO_SNDBUF=SO_RCVBUF=%u, SCTP_NODELAY on, messages of "
                "%s; L4 defaults InitialCwnd=%s MTUs, MaxBurst=%s, "
                "DelayedSackTime=%s, SackFreq=%s, MaxChunks=%s\n",
                cfg.buffer,
                cfg.sctpMsgSize ? (std::to_string(cfg.sctpMsgSize) + " bytes").c_str()
                                : "the fragmentation point (SCTP_MAXSEG)",
                DefaultOf("ns3::SctpL4Protocol", "InitialCwnd").c_str(),
                DefaultOf("ns3::SctpL4Protocol", "MaxBurst").c_str(),
                DefaultOf("ns3::SctpL4Protocol", "DelayedSackTime").c_str(),
                DefaultOf("ns3::SctpL4Protocol", "SackFreq").c_str(),
                cfg.maxChunks ? std::to_string(cfg.maxChunks).c_str()
                              : DefaultOf("ns3::SctpL4Protocol", "MaxChunks").c_str());
    std::printf("tcp:  set SocketType=TcpNewReno, SegmentSize=%u, SndBufSize=RcvBufSize=%u; "
                "left at ns-3 defaults: Sack=%s, Timestamp=%s, TcpNoDelay=%s, InitialCwnd=%s, "
                "DelAckCount=%s, RecoveryType=%s\n",
                cfg.tcpSegSize,
                cfg.buffer,
                DefaultOf("ns3::TcpSocketBase", "Sack").c_str(),
                DefaultOf("ns3::TcpSocketBase", "Timestamp").c_str(),
                DefaultOf("ns3::TcpSocket", "TcpNoDelay").c_str(),
                DefaultOf("ns3::TcpSocket", "InitialCwnd").c_str(),
                DefaultOf("ns3::TcpSocket", "DelAckCount").c_str(),
                DefaultOf("ns3::TcpL4Protocol", "RecoveryType").c_str());
    std::printf("goodput = application bytes read by the receiver / run time (handshake and slow "
                "start included); wall = Simulator::Run only, fastest of %u runs\n\n",
                cfg.repeat);
    std::fflush(stdout);

    std::vector<double> losses{0};
    if (cfg.loss > 0)
    {
        losses.push_back(cfg.loss);
    }
    RunResult cleanSctp;
    RunResult cleanTcp;
    RunResult lossySctp;
    RunResult lossyTcp;
    for (double loss : losses)
    {
        RunResult s = Fastest(cfg, &RunSctp, loss);
        Print(cfg, s, linkBps);
        std::fflush(stdout);
        (loss == 0 ? cleanSctp : lossySctp) = s;
        if (!cfg.skipTcp)
        {
            RunResult t = Fastest(cfg, &RunTcp, loss);
            Print(cfg, t, linkBps);
            std::fflush(stdout);
            (loss == 0 ? cleanTcp : lossyTcp) = t;
        }
    }

    double sctpGoodput = cleanSctp.delivered * 8.0 / cfg.time;
    std::printf("\nsctp goodput on the clean path: %.1f%% of the %s link\n",
                sctpGoodput / linkBps * 100,
                cfg.rate.c_str());
    if (lossyTcp.WallPerMb() > 0 && lossySctp.WallPerMb() > 0)
    {
        std::printf("sctp/tcp wall-per-byte ratio at %.1f%% loss: %.2f\n",
                    cfg.loss * 100,
                    lossySctp.WallPerMb() / lossyTcp.WallPerMb());
    }
    // The clean path is the headline figure, and scripts read it from the last line.
    if (cleanTcp.WallPerMb() > 0 && cleanSctp.WallPerMb() > 0)
    {
        std::printf("sctp/tcp wall-per-byte ratio: %.2f\n",
                    cleanSctp.WallPerMb() / cleanTcp.WallPerMb());
    }
    else
    {
        std::printf("sctp/tcp wall-per-byte ratio: n/a\n");
    }
    return 0;
}
