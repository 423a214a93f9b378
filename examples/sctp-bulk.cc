/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

/*
 * sctp-bulk: how fast does one SCTP association move data over one path, and what does its
 * congestion control do on the way?
 *
 *   client (n0) ---- point-to-point, --rate, --delay ---- server (n1)
 *   SctpMessageSource (bulk)                              SctpMessageSink
 *                                  random loss --loss on packets arriving at the server
 *
 * The client sends --bytes (or sends for --time) as messages of --msgSize bytes, as fast as its
 * send buffer allows, then closes gracefully. The sink checks every message. At the end the
 * program prints goodput, what was delivered and whether it checked out, retransmissions,
 * cwnd, RTO/SRTT, and the handshake and shutdown times, and writes into --outDir:
 *   sctp-bulk-client.pcap    the client's device (real CRC32c: open it in Wireshark/tshark)
 *   client-*.txt, server-*.txt  SctpTraceHelper's time series (cwnd, ssthresh, RTO, SRTT,
 *                              flight, state, retransmissions, delivered bytes, ...)
 *   sctp-bulk.png            cwnd/flight and delivered bytes over time (needs matplotlib)
 *
 *   ./ns3-sctp run                                   (10 Mb/s, 25 ms, no loss, 10 MB)
 *   ./ns3-sctp run sctp-bulk -- --loss=0.01 --bytes=5000000
 *   ./ns3-sctp run sctp-bulk -- --rate=100Mbps --delay=5ms --time=20
 */

#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/error-model.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"

#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("SctpBulkExample");

namespace
{

/// What the program records while the simulation runs.
struct Record
{
    std::vector<std::pair<Time, SctpAssociation::State>> clientStates; //!< client state changes
    std::vector<std::pair<Time, SctpAssociation::State>> serverStates; //!< server state changes
    std::vector<std::pair<Time, uint32_t>> cwnd;                       //!< client primary path cwnd
    uint32_t fastRetransmissions{0}; //!< chunks fast-retransmitted
    uint32_t t3Retransmissions{0};   //!< chunks retransmitted after T3
    uint32_t timeouts{0};            //!< T3 expiries
    uint32_t fastRecoveries{0};      //!< fast recovery entries
    Time rto;                        //!< last RTO of the client's primary path
    Time srtt;                       //!< last SRTT of the client's primary path
    bool clientClosed{false};        //!< the client association reached CLOSED
    bool serverClosed{false};        //!< the server association reached CLOSED
    bool serverAccepted{false};      //!< the sink accepted an association
};

Record g_record;

/// Stop shortly after both ends closed (the last SHUTDOWN-COMPLETE is on the wire), or after
/// the client gave up before the server had an association.
void
MaybeStop()
{
    if (g_record.clientClosed && (g_record.serverClosed || !g_record.serverAccepted))
    {
        Simulator::Stop(MilliSeconds(10));
    }
}

void
ClientState(SctpAssociation::State, SctpAssociation::State state)
{
    g_record.clientStates.emplace_back(Simulator::Now(), state);
    if (state == SctpAssociation::CLOSED)
    {
        g_record.clientClosed = true;
        MaybeStop();
    }
}

void
ServerState(SctpAssociation::State, SctpAssociation::State state)
{
    g_record.serverStates.emplace_back(Simulator::Now(), state);
    if (state == SctpAssociation::CLOSED)
    {
        g_record.serverClosed = true;
        MaybeStop();
    }
}

void
Retransmission(uint32_t, bool fast)
{
    (fast ? g_record.fastRetransmissions : g_record.t3Retransmissions)++;
}

void
Timeout(const Address&, Time)
{
    g_record.timeouts++;
}

void
FastRecovery(uint32_t, bool entered)
{
    g_record.fastRecoveries += entered ? 1 : 0;
}

void
Cwnd(uint32_t, uint32_t cwnd)
{
    g_record.cwnd.emplace_back(Simulator::Now(), cwnd);
}

void
Rto(Time, Time rto)
{
    g_record.rto = rto;
}

void
Srtt(Time, Time srtt)
{
    g_record.srtt = srtt;
}

/// The source created its socket: watch the client association.
void
ClientSocket(Ptr<Socket> socket)
{
    Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(socket)->GetAssociation();
    g_record.clientStates.emplace_back(Simulator::Now(), a->GetState());
    a->TraceConnectWithoutContext("State", MakeCallback(&ClientState));
    a->TraceConnectWithoutContext("Retransmission", MakeCallback(&Retransmission));
    a->TraceConnectWithoutContext("Timeout", MakeCallback(&Timeout));
    a->TraceConnectWithoutContext("FastRecovery", MakeCallback(&FastRecovery));
    Ptr<SctpPath> path = a->GetPaths().front();
    g_record.cwnd.emplace_back(Simulator::Now(), path->GetCwnd());
    g_record.rto = path->GetRto();
    path->GetCcState()->TraceConnectWithoutContext("CongestionWindow", MakeCallback(&Cwnd));
    path->TraceConnectWithoutContext("Rto", MakeCallback(&Rto));
    path->TraceConnectWithoutContext("Srtt", MakeCallback(&Srtt));
}

/// The sink accepted an association: watch its state.
void
ServerSocket(Ptr<Socket> socket, const Address&)
{
    Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(socket)->GetAssociation();
    g_record.serverAccepted = true;
    g_record.serverStates.emplace_back(Simulator::Now(), a->GetState());
    a->TraceConnectWithoutContext("State", MakeCallback(&ServerState));
}

/**
 * \param [in] states state changes
 * \param [in] state a state
 * \return when the association first entered it, or a negative time
 */
Time
FirstTime(const std::vector<std::pair<Time, SctpAssociation::State>>& states,
          SctpAssociation::State state)
{
    for (const auto& s : states)
    {
        if (s.second == state)
        {
            return s.first;
        }
    }
    return Seconds(-1);
}

/**
 * \param [in] from start of the window
 * \param [in] to end of the window
 * \return the time-weighted mean cwnd over [from, to]
 */
double
MeanCwnd(Time from, Time to)
{
    if (g_record.cwnd.empty() || to <= from)
    {
        return 0;
    }
    double sum = 0;
    for (size_t i = 0; i < g_record.cwnd.size(); ++i)
    {
        Time start = std::max(g_record.cwnd[i].first, from);
        Time end = i + 1 < g_record.cwnd.size() ? g_record.cwnd[i + 1].first : to;
        end = std::min(end, to);
        if (end > start)
        {
            sum += g_record.cwnd[i].second * (end - start).GetSeconds();
        }
    }
    return sum / (to - from).GetSeconds();
}

/**
 * \param [in] t a time
 * \return it in ms, as text
 */
std::string
Ms(Time t)
{
    std::ostringstream os;
    os << std::fixed << std::setprecision(1) << t.GetSeconds() * 1000 << " ms";
    return os.str();
}

/**
 * \param [in] t a time
 * \return it in s, as text
 */
std::string
S(Time t)
{
    std::ostringstream os;
    os << std::fixed << std::setprecision(3) << t.GetSeconds() << " s";
    return os.str();
}

/**
 * \return the plotting script next to this source (bindings/sctp_plot/plot_traces.py)
 */
std::string
DefaultPlotScript()
{
    std::string here = __FILE__;
    std::string::size_type slash = here.rfind('/');
    std::string dir = slash == std::string::npos ? "." : here.substr(0, slash);
    return dir + "/../bindings/sctp_plot/plot_traces.py";
}

/**
 * \param [in] s a string
 * \return it quoted for /bin/sh
 */
std::string
ShellQuote(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
    {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string rate = "10Mbps";
    Time delay = MilliSeconds(25);
    double loss = 0;
    uint64_t bytes = 10000000;
    double time = 0;
    uint32_t msgSize = 1452;
    uint32_t streams = 1;
    double unordered = 0;
    uint32_t queue = 100;
    std::string outDir = "results/sctp-bulk/";
    bool pcap = true;
    bool plot = true;
    std::string python = "/usr/bin/python3";
    std::string plotScript = DefaultPlotScript();
    double maxTime = 3600;

    CommandLine cmd(__FILE__);
    cmd.AddValue("rate", "link data rate", rate);
    cmd.AddValue("delay", "one-way link delay", delay);
    cmd.AddValue("loss", "random loss rate of packets arriving at the server (0..1)", loss);
    cmd.AddValue("bytes", "bytes to send (ignored when --time is given)", bytes);
    cmd.AddValue("time", "send for this many seconds instead of --bytes (0: use --bytes)", time);
    cmd.AddValue("msgSize", "message size in bytes (1452 fills one packet on a 1500 MTU)", msgSize);
    cmd.AddValue("streams", "outbound streams used round robin", streams);
    cmd.AddValue("unordered", "fraction of messages sent unordered (0..1)", unordered);
    cmd.AddValue("queue", "device queue size in packets", queue);
    cmd.AddValue("outDir", "directory of the pcap, trace files and plot", outDir);
    cmd.AddValue("pcap", "write the client's pcap", pcap);
    cmd.AddValue("plot", "draw the plot with matplotlib", plot);
    cmd.AddValue("python", "Python interpreter with matplotlib", python);
    cmd.AddValue("plotScript", "the plotting script", plotScript);
    cmd.AddValue("maxTime", "simulated seconds after which the run is cut short", maxTime);
    cmd.Parse(argc, argv);

    if (loss < 0 || loss > 1 || unordered < 0 || unordered > 1 || streams < 1 || streams > 65535 ||
        msgSize < SctpMessagePattern::HEADER_SIZE)
    {
        std::cerr << "sctp-bulk: --loss and --unordered take 0..1, --streams 1..65535, "
                     "--msgSize at least "
                  << SctpMessagePattern::HEADER_SIZE << std::endl;
        return 2;
    }
    if (outDir.empty())
    {
        outDir = ".";
    }
    while (outDir.size() > 1 && outDir.back() == '/')
    {
        outDir.pop_back();
    }

    // Real CRC32c in every packet, so the pcap's checksums verify.
    GlobalValue::Bind("ChecksumEnabled", BooleanValue(true));

    NodeContainer nodes;
    nodes.Create(2);
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", StringValue(rate));
    p2p.SetChannelAttribute("Delay", TimeValue(delay));
    p2p.SetQueue("ns3::DropTailQueue",
                 "MaxSize",
                 QueueSizeValue(QueueSize(QueueSizeUnit::PACKETS, queue)));
    NetDeviceContainer devices = p2p.Install(nodes);
    if (loss > 0)
    {
        Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
        em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
        em->SetRate(loss);
        em->AssignStreams(1000);
        devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(em));
    }

    InternetStackHelper internet;
    internet.Install(nodes);
    SctpStackHelper sctp;
    sctp.Install(nodes);
    sctp.AssignStreams(nodes, 100);
    Ipv4AddressHelper addresses;
    addresses.SetBase("10.1.1.0", "255.255.255.0");
    Ipv4InterfaceContainer ifs = addresses.Assign(devices);

    const uint16_t port = 5000;
    SctpMessageSinkHelper sinkHelper(InetSocketAddress(Ipv4Address::GetAny(), port));
    ApplicationContainer sinkApps = sinkHelper.Install(nodes.Get(1));
    sinkApps.Start(Seconds(0));
    Ptr<SctpMessageSink> sink = DynamicCast<SctpMessageSink>(sinkApps.Get(0));

    const Time start = Seconds(1);
    SctpMessageSourceHelper sourceHelper(InetSocketAddress(ifs.GetAddress(1), port));
    sourceHelper.SetAttribute("MessageSize", UintegerValue(msgSize));
    sourceHelper.SetAttribute("Streams", UintegerValue(streams));
    sourceHelper.SetAttribute("UnorderedFraction", DoubleValue(unordered));
    sourceHelper.SetAttribute("MaxBytes", UintegerValue(time > 0 ? 0 : bytes));
    ApplicationContainer sourceApps = sourceHelper.Install(nodes.Get(0));
    SctpMessageSourceHelper::AssignStreams(sourceApps, 200);
    sourceApps.Start(start);
    if (time > 0)
    {
        sourceApps.Stop(start + Seconds(time)); // stops sending and closes gracefully
    }
    Ptr<SctpMessageSource> source = DynamicCast<SctpMessageSource>(sourceApps.Get(0));

    source->TraceConnectWithoutContext("Socket", MakeCallback(&ClientSocket));
    sink->TraceConnectWithoutContext("Accept", MakeCallback(&ServerSocket));
    SctpTraceHelper traces(outDir);
    traces.TraceSource(source, "client");
    traces.TraceSink(sink, "server");
    std::string pcapFile = outDir + "/sctp-bulk-client.pcap";
    if (pcap)
    {
        p2p.EnablePcap(pcapFile, devices.Get(0), false, true);
    }

    Simulator::Stop(Seconds(maxTime));
    Simulator::Run();
    traces.Flush();

    // --- summary ---
    uint64_t sent = source->GetBytesSent();
    uint64_t got = sink->GetBytesReceived();
    bool complete =
        time > 0 ? sink->GetMissing() == 0 && sink->GetClosedNormally() > 0 : sink->IsComplete();
    bool ok = complete && sink->GetErrors() == 0 && got == sent && sent > 0;
    Time connect = source->GetConnectTime();
    Time established = source->GetEstablishedTime();
    Time lastRx = sink->GetLastRxTime();
    Time shutdownSent = FirstTime(g_record.clientStates, SctpAssociation::SHUTDOWN_SENT);
    Time clientClosed = FirstTime(g_record.clientStates, SctpAssociation::CLOSED);
    Time serverClosed = FirstTime(g_record.serverStates, SctpAssociation::CLOSED);
    double goodput =
        lastRx > established ? got * 8.0 / (lastRx - established).GetSeconds() / 1e6 : 0;

    std::cout << std::fixed;
    std::cout << "sctp-bulk: one SCTP association over " << rate << ", " << Ms(delay)
              << " one-way, loss " << std::setprecision(2) << loss * 100 << " %, queue " << queue
              << " packets\n";
    std::cout << "  handshake       : ";
    if (source->IsConnected())
    {
        std::cout << Ms(established - connect) << " (INIT at " << S(connect) << ", ESTABLISHED at "
                  << S(established) << ")\n";
    }
    else
    {
        Time closed = FirstTime(g_record.clientStates, SctpAssociation::CLOSED);
        std::cout << "FAILED, no association"
                  << (closed.IsPositive() ? " (the client gave up at " + S(closed) + ")" : "")
                  << "\n";
    }
    std::cout << "  sent            : " << sent << " bytes in " << source->GetMessagesSent()
              << " messages of " << msgSize << " bytes on " << streams << " stream"
              << (streams > 1 ? "s" : "") << "\n";
    std::cout << "  delivered       : " << got << " bytes in " << sink->GetMessagesReceived()
              << " messages, checked " << (ok ? "OK" : "FAILED");
    if (!ok)
    {
        std::cout << " (" << sink->GetErrors() << " errors, " << sink->GetMissing() << " missing, "
                  << sink->GetDuplicates() << " duplicates"
                  << (sink->GetFirstError().empty() ? "" : "; first: " + sink->GetFirstError())
                  << ")";
    }
    std::cout << "\n";
    std::cout << "  goodput         : " << std::setprecision(3) << goodput << " Mb/s (from "
              << S(established) << " to the last message at " << S(lastRx) << ")\n";
    std::cout << "  message delay   : mean " << Ms(sink->GetMeanDelay()) << ", max "
              << Ms(sink->GetMaxDelay()) << " (queued at the client to read at the server)\n";
    std::cout << "  retransmissions : " << g_record.fastRetransmissions + g_record.t3Retransmissions
              << " chunks (fast " << g_record.fastRetransmissions << ", T3 "
              << g_record.t3Retransmissions << "); fast recoveries: " << g_record.fastRecoveries
              << ", T3 timeouts: " << g_record.timeouts << "\n";
    std::cout << "  cwnd            : final "
              << (g_record.cwnd.empty() ? 0 : g_record.cwnd.back().second) << " bytes, mean "
              << std::setprecision(0) << MeanCwnd(established, lastRx)
              << " bytes (time-weighted over the transfer)\n";
    std::cout << "  RTO / SRTT      : final " << Ms(g_record.rto) << " / " << Ms(g_record.srtt)
              << "\n";
    std::cout << "  shutdown        : ";
    if (clientClosed.IsPositive() && shutdownSent.IsPositive())
    {
        std::cout << Ms(clientClosed - shutdownSent) << " (SHUTDOWN at " << S(shutdownSent)
                  << ", client CLOSED at " << S(clientClosed) << ", server CLOSED at "
                  << (serverClosed.IsPositive() ? S(serverClosed) : std::string("-")) << ")\n";
    }
    else
    {
        std::cout << "not completed by " << S(Simulator::Now()) << "\n";
    }
    std::cout << "  files in        : " << outDir << "/\n";
    if (pcap)
    {
        std::cout << "    pcap          : " << pcapFile << "\n";
    }
    std::cout << "    traces        : " << traces.GetFiles().size()
              << " files (client-*.txt, server-*.txt: time_s value)\n";

    if (plot)
    {
        std::string png = outDir + "/sctp-bulk.png";
        if (!SystemPath::Exists(plotScript))
        {
            std::cout << "    plot          : not drawn, " << plotScript << " not found\n";
        }
        else if (std::system(
                     (ShellQuote(python) + " -c 'import matplotlib' >/dev/null 2>&1").c_str()) != 0)
        {
            std::cout << "    plot          : not drawn, matplotlib is missing for " << python
                      << " (Debian: apt-get install python3-matplotlib)\n";
        }
        else
        {
            std::string title = "sctp-bulk: " + rate + ", " + Ms(delay) + " one-way";
            std::string command = ShellQuote(python) + " " + ShellQuote(plotScript) + " " +
                                  ShellQuote(outDir) + " --output " + ShellQuote(png) +
                                  " --title " + ShellQuote(title) + " >/dev/null";
            int rc = std::system(command.c_str());
            std::cout << "    plot          : "
                      << (rc == 0 ? png : std::string("failed (") + command + ")") << "\n";
        }
    }
    std::cout.flush();

    Simulator::Destroy();
    return ok ? 0 : 1;
}
