/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

/*
 * sctp-vs-freebsd: on the same path, how does the module's SCTP compare with FreeBSD's own
 * stack (libusrsctp, the usrsctp reference peer, running on simulated time)?
 *
 *   client (n0) ---- point-to-point, --rate, --delay ---- server (n1)
 *   SctpMessageSource (bulk)                              SctpMessageSink
 *                              random loss --loss on packets arriving at the server
 *
 * The scenario runs twice in one process: first with the module's stack on both nodes, then
 * with libusrsctp on both nodes. Both runs use the same applications (every message is
 * checked at the sink), the same loss draws, the same congestion control module (--cc:
 * net.inet.sctp.default_cc_module for the module's stack, SCTP_PLUGGABLE_CC for libusrsctp)
 * and the same socket buffers (libusrsctp's sendspace/recvspace are set to the module's). For
 * each it prints the completion time of the transfer (from the connect to the last message
 * read), retransmissions, and the time-weighted mean cwnd of the client, then the ratio of the
 * completion times, and writes into --outDir:
 *   ns3-sctp-cwnd.txt, usrsctp-cwnd.txt   the client's cwnd over time ("time_s bytes")
 *   sctp-vs-freebsd.png                   both cwnd curves (needs matplotlib)
 *   sctp-vs-freebsd-{ns3-sctp,usrsctp}-0-0.pcap  the client's device, with --pcap
 *
 *   ./ns3-sctp run sctp-vs-freebsd                     (10 Mb/s, 50 ms, 1% loss, 10 MB, cc 0)
 *   ./ns3-sctp run sctp-vs-freebsd -- --cc=2 --loss=0.005 --delay=20ms
 */

#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/error-model.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("SctpVsFreebsdExample");

namespace
{

/// The scenario, as given on the command line.
struct Scenario
{
    std::string rate{"10Mbps"};   //!< link rate
    Time delay{MilliSeconds(50)}; //!< one-way delay
    double loss{0.01};            //!< loss rate of packets arriving at the server
    uint32_t cc{0};               //!< congestion control module, 0..3
    uint64_t bytes{10000000};     //!< bytes to send
    uint32_t msgSize{1452};       //!< message size
    uint32_t queue{100};          //!< device queue, packets
    double maxTime{3600};         //!< simulated seconds after which a run is cut short
    bool pcap{false};             //!< write the client's pcap
    std::string outDir;           //!< output directory
};

/// What one run measured.
struct Result
{
    std::string name;                            //!< the stack
    bool ok{false};                              //!< every byte arrived and checked out
    uint64_t sent{0};                            //!< bytes the source's socket accepted
    uint64_t received{0};                        //!< bytes the sink read
    uint64_t errors{0};                          //!< failed checks at the sink
    Time connect;                                //!< Connect called
    Time established;                            //!< association established
    Time lastRx;                                 //!< last message read
    uint64_t retransmissions{0};                 //!< DATA chunks retransmitted
    uint64_t fastRetransmissions{0};             //!< of which fast
    uint64_t timeouts{0};                        //!< T3 expiries
    std::vector<std::pair<Time, uint32_t>> cwnd; //!< client cwnd over time
    double wallSeconds{0};                       //!< wall-clock time of the run
    SctpUsrsctpInstance::TickStats ticks;        //!< libusrsctp's timer events (usrsctp run)
};

Result g_result; //!< the run in progress

void
OnCwnd(uint32_t, uint32_t cwnd)
{
    g_result.cwnd.emplace_back(Simulator::Now(), cwnd);
}

void
OnRetransmission(uint32_t, bool fast)
{
    g_result.retransmissions++;
    g_result.fastRetransmissions += fast ? 1 : 0;
}

void
OnTimeout(const Address&, Time)
{
    g_result.timeouts++;
}

/// The source created its socket: watch the client's cwnd (and, for the module's stack, its
/// retransmissions; libusrsctp's are read from its statistics).
void
OnClientSocket(Ptr<Socket> socket)
{
    if (Ptr<SctpUsrsctpSocket> u = DynamicCast<SctpUsrsctpSocket>(socket))
    {
        u->TraceConnectWithoutContext("CongestionWindow", MakeCallback(&OnCwnd));
        return;
    }
    Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(socket)->GetAssociation();
    a->TraceConnectWithoutContext("Retransmission", MakeCallback(&OnRetransmission));
    a->TraceConnectWithoutContext("Timeout", MakeCallback(&OnTimeout));
    Ptr<SctpPath> path = a->GetPaths().front();
    g_result.cwnd.emplace_back(Simulator::Now(), path->GetCwnd());
    path->GetCcState()->TraceConnectWithoutContext("CongestionWindow", MakeCallback(&OnCwnd));
}

/**
 * \param [in] result a run
 * \return the time-weighted mean cwnd from the handshake to the last message
 */
double
MeanCwnd(const Result& result)
{
    Time from = result.established;
    Time to = result.lastRx;
    const auto& c = result.cwnd;
    if (c.empty() || to <= from)
    {
        return 0;
    }
    double sum = 0;
    for (size_t i = 0; i < c.size(); ++i)
    {
        Time start = std::max(c[i].first, from);
        Time end = std::min(i + 1 < c.size() ? c[i + 1].first : to, to);
        if (end > start)
        {
            sum += c[i].second * (end - start).GetSeconds();
        }
    }
    return sum / (to - from).GetSeconds();
}

/**
 * \brief Run the scenario with one stack on both nodes.
 * \param [in] sc the scenario
 * \param [in] freebsd libusrsctp (else the module's stack)
 * \return what it measured
 */
Result
Run(const Scenario& sc, bool freebsd)
{
    g_result = Result();
    g_result.name = freebsd ? "usrsctp" : "ns3-sctp";
    auto wallStart = std::chrono::steady_clock::now();
    RngSeedManager::SetSeed(1);
    RngSeedManager::SetRun(1);

    NodeContainer nodes;
    nodes.Create(2);
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", StringValue(sc.rate));
    p2p.SetChannelAttribute("Delay", TimeValue(sc.delay));
    p2p.SetQueue("ns3::DropTailQueue",
                 "MaxSize",
                 QueueSizeValue(QueueSize(QueueSizeUnit::PACKETS, sc.queue)));
    NetDeviceContainer devices = p2p.Install(nodes);
    if (sc.loss > 0)
    {
        Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
        em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
        em->SetRate(sc.loss);
        em->AssignStreams(1000); // the same draws for both runs
        devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(em));
    }
    InternetStackHelper internet;
    internet.Install(nodes);
    Ipv4AddressHelper addresses;
    addresses.SetBase("10.1.1.0", "255.255.255.0");
    Ipv4InterfaceContainer ifs = addresses.Assign(devices);

    if (freebsd)
    {
        // Configure FreeBSD's stack as the module's: its buffers and the same CC module.
        UintegerValue sendSpace;
        UintegerValue recvSpace;
        Ptr<SctpL4Protocol> defaults = CreateObject<SctpL4Protocol>();
        defaults->GetAttribute("SendSpace", sendSpace);
        defaults->GetAttribute("RecvSpace", recvSpace);
        SctpUsrsctpHelper usrsctp;
        usrsctp.SetSysctl("sendspace", static_cast<uint32_t>(sendSpace.Get()));
        usrsctp.SetSysctl("recvspace", static_cast<uint32_t>(recvSpace.Get()));
        usrsctp.SetCongestionControl(sc.cc);
        usrsctp.Install(nodes);
        usrsctp.AssignStreams(nodes, 100);
    }
    else
    {
        SctpStackHelper sctp;
        sctp.SetAttribute("DefaultCcModule", UintegerValue(sc.cc));
        sctp.Install(nodes);
        sctp.AssignStreams(nodes, 100);
    }

    const uint16_t port = 5000;
    SctpMessageSinkHelper sinkHelper(InetSocketAddress(Ipv4Address::GetAny(), port));
    ApplicationContainer sinkApps = sinkHelper.Install(nodes.Get(1));
    sinkApps.Start(Seconds(0));
    Ptr<SctpMessageSink> sink = DynamicCast<SctpMessageSink>(sinkApps.Get(0));

    SctpMessageSourceHelper sourceHelper(InetSocketAddress(ifs.GetAddress(1), port));
    sourceHelper.SetAttribute("MessageSize", UintegerValue(sc.msgSize));
    sourceHelper.SetAttribute("MaxBytes", UintegerValue(sc.bytes));
    ApplicationContainer sourceApps = sourceHelper.Install(nodes.Get(0));
    SctpMessageSourceHelper::AssignStreams(sourceApps, 200);
    sourceApps.Start(Seconds(1));
    Ptr<SctpMessageSource> source = DynamicCast<SctpMessageSource>(sourceApps.Get(0));
    source->TraceConnectWithoutContext("Socket", MakeCallback(&OnClientSocket));
    if (sc.pcap)
    {
        p2p.EnablePcap(sc.outDir + "/sctp-vs-freebsd-" + g_result.name, devices.Get(0), false);
    }

    Simulator::Stop(Seconds(sc.maxTime));
    Simulator::Run();

    Result r = g_result;
    r.sent = source->GetBytesSent();
    r.received = sink->GetBytesReceived();
    r.errors = sink->GetErrors();
    r.ok = sink->IsComplete() && r.errors == 0 && r.received == r.sent && r.sent == sc.bytes;
    r.connect = source->GetConnectTime();
    r.established = source->GetEstablishedTime();
    r.lastRx = sink->GetLastRxTime();
    if (freebsd)
    {
        // Process-wide counters: only the client sends DATA.
        SctpUsrsctpInstance::Counters c = SctpUsrsctpInstance::GetCounters();
        r.retransmissions = c.retransmittedData;
        r.fastRetransmissions = c.fastRetransmits;
        r.timeouts = c.t3Timeouts;
    }
    Simulator::Destroy();
    if (freebsd)
    {
        r.ticks = SctpUsrsctpInstance::GetTickStats();
    }
    r.wallSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    return r;
}

/**
 * \param [in] r a run
 * \param [in] file where its cwnd series goes
 */
void
WriteCwnd(const Result& r, const std::string& file)
{
    std::ofstream out(file);
    out << "# time_s cwnd_bytes (" << r.name << " client, primary path)\n";
    for (const auto& c : r.cwnd)
    {
        out << std::fixed << std::setprecision(6) << c.first.GetSeconds() << " " << c.second
            << "\n";
    }
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

/**
 * \return the plotting script next to this source (bindings/sctp_plot/plot_cwnd_compare.py)
 */
std::string
DefaultPlotScript()
{
    std::string here = __FILE__;
    std::string::size_type slash = here.rfind('/');
    std::string dir = slash == std::string::npos ? "." : here.substr(0, slash);
    return dir + "/../bindings/sctp_plot/plot_cwnd_compare.py";
}

} // namespace

int
main(int argc, char* argv[])
{
    Scenario sc;
    sc.outDir = "results/sctp-vs-freebsd";
    bool plot = true;
    std::string python = "/usr/bin/python3";
    std::string plotScript = DefaultPlotScript();
    std::string tickMode = "next";

    CommandLine cmd(__FILE__);
    cmd.AddValue("rate", "link data rate", sc.rate);
    cmd.AddValue("delay", "one-way link delay", sc.delay);
    cmd.AddValue("loss", "random loss rate of packets arriving at the server (0..1)", sc.loss);
    cmd.AddValue("cc", "congestion control: 0 RFC 4960, 1 HighSpeed, 2 H-TCP, 3 RTCC", sc.cc);
    cmd.AddValue("bytes", "bytes to send", sc.bytes);
    cmd.AddValue("msgSize",
                 "message size in bytes (1452 fills one packet on a 1500 MTU)",
                 sc.msgSize);
    cmd.AddValue("queue", "device queue size in packets", sc.queue);
    cmd.AddValue("maxTime", "simulated seconds after which a run is cut short", sc.maxTime);
    cmd.AddValue("pcap", "write the client's pcap of each run", sc.pcap);
    cmd.AddValue("outDir", "directory of the cwnd series, the plot and the pcaps", sc.outDir);
    cmd.AddValue("plot", "draw the plot with matplotlib", plot);
    cmd.AddValue("python", "Python interpreter with matplotlib", python);
    cmd.AddValue("plotScript", "the plotting script", plotScript);
    cmd.AddValue("tickMode",
                 "how libusrsctp's timers are driven: next (one event at the next expiry) or "
                 "ms (a 1 ms tick)",
                 tickMode);
    cmd.Parse(argc, argv);

    if (sc.loss < 0 || sc.loss > 1 || sc.cc > 3 || sc.msgSize < SctpMessagePattern::HEADER_SIZE ||
        (tickMode != "next" && tickMode != "ms"))
    {
        std::cerr << "sctp-vs-freebsd: --loss takes 0..1, --cc 0..3, --tickMode next or ms, "
                     "--msgSize at least "
                  << SctpMessagePattern::HEADER_SIZE << std::endl;
        return 2;
    }
    while (sc.outDir.size() > 1 && sc.outDir.back() == '/')
    {
        sc.outDir.pop_back();
    }
    SystemPath::MakeDirectories(sc.outDir);
    GlobalValue::Bind("ChecksumEnabled", BooleanValue(true));
    SctpUsrsctpInstance::SetTickMode(tickMode == "ms" ? SctpUsrsctpInstance::EVERY_MILLISECOND
                                                      : SctpUsrsctpInstance::NEXT_EXPIRY);

    std::vector<Result> results = {Run(sc, false), Run(sc, true)};

    std::cout << std::fixed;
    std::cout << "sctp-vs-freebsd: " << sc.bytes << " bytes over " << sc.rate << ", "
              << std::setprecision(1) << sc.delay.GetSeconds() * 1000 << " ms one-way, loss "
              << std::setprecision(2) << sc.loss * 100 << " %, queue " << sc.queue
              << " packets, congestion control " << sc.cc << "\n";
    bool allOk = true;
    for (const Result& r : results)
    {
        allOk = allOk && r.ok;
        Time completion = r.lastRx - r.connect;
        std::cout << "  " << std::left << std::setw(9) << r.name << std::right << ": completion "
                  << std::setprecision(3) << completion.GetSeconds() << " s (handshake "
                  << std::setprecision(1) << (r.established - r.connect).GetSeconds() * 1000
                  << " ms), delivered " << r.received << " bytes, checked "
                  << (r.ok ? "OK" : "FAILED") << "; retransmissions " << r.retransmissions
                  << " (fast " << r.fastRetransmissions << ", T3 timeouts " << r.timeouts
                  << "); mean cwnd " << std::setprecision(0) << MeanCwnd(r) << " bytes; wall "
                  << std::setprecision(2) << r.wallSeconds << " s\n";
    }
    const Result& ours = results[0];
    const Result& theirs = results[1];
    double ratio = (theirs.lastRx - theirs.connect).GetSeconds() /
                   std::max(1e-9, (ours.lastRx - ours.connect).GetSeconds());
    std::cout << "  completion time usrsctp / ns3-sctp: " << std::setprecision(3) << ratio << "\n";
    std::cout << "  libusrsctp's timers (" << (tickMode == "ms" ? "1 ms tick" : "next expiry")
              << "): " << theirs.ticks.tickEvents << " timer events, "
              << theirs.ticks.handleTimerCalls << " usrsctp_handle_timers calls, "
              << theirs.ticks.libraryEntries << " calls into the library\n";

    std::cout << "  files in " << sc.outDir << "/\n";
    std::vector<std::string> series;
    for (const Result& r : results)
    {
        std::string file = sc.outDir + "/" + r.name + "-cwnd.txt";
        WriteCwnd(r, file);
        series.push_back(r.name + "=" + file);
        std::cout << "    " << file << "\n";
        if (sc.pcap)
        {
            std::cout << "    " << sc.outDir << "/sctp-vs-freebsd-" << r.name << "-0-0.pcap\n";
        }
    }
    if (plot)
    {
        std::string png = sc.outDir + "/sctp-vs-freebsd.png";
        if (!SystemPath::Exists(plotScript))
        {
            std::cout << "    plot: not drawn, " << plotScript << " not found\n";
        }
        else if (std::system(
                     (ShellQuote(python) + " -c 'import matplotlib' >/dev/null 2>&1").c_str()) != 0)
        {
            std::cout << "    plot: not drawn, matplotlib is missing for " << python
                      << " (Debian: apt-get install python3-matplotlib)\n";
        }
        else
        {
            std::ostringstream title;
            title << "cwnd: " << sc.rate << ", " << sc.delay.GetSeconds() * 1000 << " ms, "
                  << sc.loss * 100 << "% loss, cc " << sc.cc;
            std::string command = ShellQuote(python) + " " + ShellQuote(plotScript) + " --output " +
                                  ShellQuote(png) + " --title " + ShellQuote(title.str());
            for (const std::string& s : series)
            {
                command += " " + ShellQuote(s);
            }
            command += " >/dev/null";
            int rc = std::system(command.c_str());
            std::cout << "    " << (rc == 0 ? png : "plot failed: " + command) << "\n";
        }
    }
    return allOk ? 0 : 1;
}
