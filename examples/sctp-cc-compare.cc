/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

/*
 * sctp-cc-compare: how do SCTP's four congestion-control modules share the same bottleneck,
 * and what do the FreeBSD-compatible variants change?
 *
 *   client (n0) ---- point-to-point, --rate, --delay, DropTail --queue ---- server (n1)
 *   SctpMessageSource (bulk)                                                SctpMessageSink
 *                           random loss --loss on packets arriving at the server
 *
 * The same transfer is run once per variant, alone on the link: the default module (RFC 4960),
 * HighSpeed (RFC 3649) and its FreeBSD-compatible variant, H-TCP (Leith/Shorten) and its
 * FreeBSD-compatible variant, RTCC and its FreeBSD-compatible variant. Each run sends for
 * --time seconds, then closes gracefully; the sink checks every message. The program prints a
 * table (goodput over the sending period, retransmitted chunks, mean and largest cwnd, mean
 * and largest queueing delay at the bottleneck, whether every byte arrived) and writes into
 * --outDir one cwnd time series per variant (cwnd-<variant>.txt, "time_s cwnd_bytes") and
 * cwnd-compare.png (with matplotlib, through --python).
 *
 * The loss pattern is the same in every run (same random stream, same seed; --run selects
 * another one): differences come from the congestion control.
 *
 *   ./ns3-sctp run sctp-cc-compare
 *   ./ns3-sctp run sctp-cc-compare -- --rate=1Gbps --delay=50ms --loss=1e-5 --time=60
 *   ./ns3-sctp run sctp-cc-compare -- --variants=default,highspeed,htcp
 */

#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/error-model.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("SctpCcCompareExample");

namespace
{

/// One congestion-control configuration to run.
struct Variant
{
    std::string label; //!< short name, also the file name part
    uint32_t module;   //!< SCTP_PLUGGABLE_CC / default_cc_module number
    bool freeBsd;      //!< the module's FreeBsdCompatible attribute
};

/// The variants the program knows, in table order.
const std::vector<Variant> g_variants = {
    {"default", SCTP_CC_RFC2581, false},
    {"highspeed", SCTP_CC_HSTCP, false},
    {"highspeed-fbsd", SCTP_CC_HSTCP, true},
    {"htcp", SCTP_CC_HTCP, false},
    {"htcp-fbsd", SCTP_CC_HTCP, true},
    {"rtcc", SCTP_CC_RTCC, false},
    {"rtcc-fbsd", SCTP_CC_RTCC, true},
};

/// The scenario's knobs.
struct Params
{
    std::string rate{"100Mbps"};  //!< bottleneck rate
    Time delay{MilliSeconds(50)}; //!< one-way delay
    double loss{1e-4};            //!< random loss of packets arriving at the server
    double time{20};              //!< seconds of sending
    uint32_t queue{250};          //!< DropTail queue, packets
    uint32_t buffer{16000000};    //!< socket send and receive buffers, bytes
    uint32_t msgSize{1452};       //!< message size (one full packet at MTU 1500)
    uint32_t run{1};              //!< RngRun: which loss pattern
};

/// What one run measured.
struct Result
{
    std::string label;                               //!< the variant
    std::string ccName;                              //!< the module the path really used
    uint64_t sent{0};                                //!< bytes the source queued
    uint64_t got{0};                                 //!< bytes the sink received, all in all
    uint64_t gotInTime{0};                           //!< bytes received during the sending period
    bool ok{false};                                  //!< every message arrived intact, both closed
    uint32_t fastRtx{0};                             //!< chunks fast-retransmitted
    uint32_t t3Rtx{0};                               //!< chunks retransmitted after T3
    std::vector<std::pair<Time, uint32_t>> cwnd;     //!< cwnd changes of the client's path
    std::vector<std::pair<Time, uint32_t>> queueLen; //!< bottleneck queue bytes changes
    double meanCwnd{0};                              //!< time-weighted, bytes
    uint32_t maxCwnd{0};                             //!< bytes
    double meanQueueMs{0};                           //!< time-weighted queueing delay
    double maxQueueMs{0};                            //!< largest queueing delay
    Time end;                                        //!< end of the sending period
};

/**
 * \param [in] series (time, value) changes
 * \param [in] from window start
 * \param [in] to window end
 * \return the time-weighted mean over [from, to]
 */
double
TimeWeightedMean(const std::vector<std::pair<Time, uint32_t>>& series, Time from, Time to)
{
    if (series.empty() || to <= from)
    {
        return 0;
    }
    double sum = 0;
    for (size_t i = 0; i < series.size(); ++i)
    {
        Time start = std::max(series[i].first, from);
        Time end = i + 1 < series.size() ? series[i + 1].first : to;
        end = std::min(end, to);
        if (end > start)
        {
            sum += series[i].second * (end - start).GetSeconds();
        }
    }
    return sum / (to - from).GetSeconds();
}

/**
 * \param [in] series (time, value) changes
 * \param [in] from window start
 * \param [in] to window end
 * \return the largest value in force during [from, to]
 */
uint32_t
MaxIn(const std::vector<std::pair<Time, uint32_t>>& series, Time from, Time to)
{
    uint32_t m = 0;
    for (size_t i = 0; i < series.size(); ++i)
    {
        Time end = i + 1 < series.size() ? series[i + 1].first : to;
        if (series[i].first <= to && end >= from)
        {
            m = std::max(m, series[i].second);
        }
    }
    return m;
}

/**
 * \brief Run one variant.
 * \param [in] v the variant
 * \param [in] p the scenario
 * \return what it measured
 */
Result
RunVariant(const Variant& v, const Params& p)
{
    Result r;
    r.label = v.label;

    RngSeedManager::SetSeed(1);
    RngSeedManager::SetRun(p.run);
    for (const char* type : {"ns3::SctpCcHighSpeed", "ns3::SctpCcHtcp", "ns3::SctpCcRtcc"})
    {
        Config::SetDefault(std::string(type) + "::FreeBsdCompatible", BooleanValue(v.freeBsd));
    }

    NodeContainer nodes;
    nodes.Create(2);
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", StringValue(p.rate));
    p2p.SetChannelAttribute("Delay", TimeValue(p.delay));
    p2p.SetQueue("ns3::DropTailQueue",
                 "MaxSize",
                 QueueSizeValue(QueueSize(QueueSizeUnit::PACKETS, p.queue)));
    NetDeviceContainer devices = p2p.Install(nodes);
    if (p.loss > 0)
    {
        Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
        em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
        em->SetRate(p.loss);
        em->AssignStreams(1000);
        devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(em));
    }

    InternetStackHelper internet;
    internet.Install(nodes);
    SctpStackHelper sctp;
    sctp.SetAttribute("DefaultCcModule", UintegerValue(v.module));
    sctp.SetAttribute("SendSpace", UintegerValue(p.buffer));
    sctp.SetAttribute("RecvSpace", UintegerValue(p.buffer));
    sctp.Install(nodes);
    sctp.AssignStreams(nodes, 100);
    Ipv4AddressHelper addresses;
    addresses.SetBase("10.1.1.0", "255.255.255.0");
    Ipv4InterfaceContainer ifs = addresses.Assign(devices);

    // The bottleneck is the client's device queue (data direction).
    Ptr<Queue<Packet>> queue = DynamicCast<PointToPointNetDevice>(devices.Get(0))->GetQueue();
    queue->TraceConnectWithoutContext(
        "BytesInQueue",
        Callback<void, uint32_t, uint32_t>(
            [&r](uint32_t, uint32_t bytes) { r.queueLen.emplace_back(Simulator::Now(), bytes); }));

    const uint16_t port = 5000;
    SctpMessageSinkHelper sinkHelper(InetSocketAddress(Ipv4Address::GetAny(), port));
    ApplicationContainer sinkApps = sinkHelper.Install(nodes.Get(1));
    sinkApps.Start(Seconds(0));
    Ptr<SctpMessageSink> sink = DynamicCast<SctpMessageSink>(sinkApps.Get(0));

    const Time start = Seconds(1);
    const Time end = start + Seconds(p.time);
    SctpMessageSourceHelper sourceHelper(InetSocketAddress(ifs.GetAddress(1), port));
    sourceHelper.SetAttribute("MessageSize", UintegerValue(p.msgSize));
    sourceHelper.SetAttribute("MaxBytes", UintegerValue(0));
    ApplicationContainer sourceApps = sourceHelper.Install(nodes.Get(0));
    SctpMessageSourceHelper::AssignStreams(sourceApps, 200);
    sourceApps.Start(start);
    sourceApps.Stop(end); // stops sending and closes gracefully
    Ptr<SctpMessageSource> source = DynamicCast<SctpMessageSource>(sourceApps.Get(0));

    source->TraceConnectWithoutContext(
        "Socket",
        Callback<void, Ptr<Socket>>([&r](Ptr<Socket> socket) {
            Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(socket)->GetAssociation();
            a->TraceConnectWithoutContext("Retransmission",
                                          Callback<void, uint32_t, bool>([&r](uint32_t, bool fast) {
                                              (fast ? r.fastRtx : r.t3Rtx)++;
                                          }));
            Ptr<SctpPath> path = a->GetPaths().front();
            r.cwnd.emplace_back(Simulator::Now(), path->GetCwnd());
            path->GetCcState()->TraceConnectWithoutContext(
                "CongestionWindow",
                Callback<void, uint32_t, uint32_t>(
                    [&r](uint32_t, uint32_t c) { r.cwnd.emplace_back(Simulator::Now(), c); }));
            r.ccName = path->GetCongestionOps()->GetName();
        }));
    Simulator::Schedule(end, [&r, sink]() { r.gotInTime = sink->GetBytesReceived(); });

    // Stop once both ends closed, or give up long after the sending period.
    std::function<void()> poll;
    poll = [&]() {
        if (source->IsClosedNormally() && sink->GetClosedNormally() > 0)
        {
            Simulator::Stop(MilliSeconds(10));
            return;
        }
        Simulator::Schedule(MilliSeconds(100), poll);
    };
    Simulator::Schedule(end, poll);
    Simulator::Stop(end + Seconds(120));
    Simulator::Run();

    r.sent = source->GetBytesSent();
    r.got = sink->GetBytesReceived();
    r.ok = r.sent > 0 && r.got == r.sent && sink->GetErrors() == 0 && sink->GetMissing() == 0 &&
           sink->GetClosedNormally() > 0;
    const Time established = source->GetEstablishedTime();
    r.meanCwnd = TimeWeightedMean(r.cwnd, established, end);
    r.maxCwnd = MaxIn(r.cwnd, established, end);
    const double bitsPerSecond = DataRate(p.rate).GetBitRate();
    r.meanQueueMs = TimeWeightedMean(r.queueLen, start, end) * 8 / bitsPerSecond * 1000;
    r.maxQueueMs = MaxIn(r.queueLen, start, end) * 8.0 / bitsPerSecond * 1000;
    r.end = end;
    Simulator::Destroy();
    return r;
}

/**
 * \brief Write a cwnd series up to the end of the sending period, at most one point per
 * millisecond (the last value of it) besides every decrease.
 * \param [in] file the file
 * \param [in] series the (time, cwnd) changes
 * \param [in] end the end of the sending period (a last point is written there)
 * \return true if written
 */
bool
WriteSeries(const std::string& file, const std::vector<std::pair<Time, uint32_t>>& series, Time end)
{
    std::ofstream out(file);
    if (!out)
    {
        return false;
    }
    out << "# time_s cwnd_bytes\n" << std::fixed << std::setprecision(4);
    for (size_t i = 0; i < series.size() && series[i].first <= end; ++i)
    {
        const bool last = i + 1 == series.size() || series[i + 1].first > end;
        if (last || series[i + 1].first - series[i].first >= MilliSeconds(1) ||
            series[i + 1].second < series[i].second)
        {
            out << series[i].first.GetSeconds() << " " << series[i].second << "\n";
        }
        if (last)
        {
            out << end.GetSeconds() << " " << series[i].second << "\n";
        }
    }
    return static_cast<bool>(out);
}

/**
 * \return the plotting script next to this source (bindings/sctp_plot/plot_cc_compare.py)
 */
std::string
DefaultPlotScript()
{
    std::string here = __FILE__;
    std::string::size_type slash = here.rfind('/');
    std::string dir = slash == std::string::npos ? "." : here.substr(0, slash);
    return dir + "/../bindings/sctp_plot/plot_cc_compare.py";
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
    Params p;
    std::string variants = "all";
    std::string outDir = "results/sctp-cc-compare/";
    bool plot = true;
    std::string python = "/usr/bin/python3";
    std::string plotScript = DefaultPlotScript();

    CommandLine cmd(__FILE__);
    cmd.AddValue("rate", "bottleneck data rate", p.rate);
    cmd.AddValue("delay", "one-way delay", p.delay);
    cmd.AddValue("loss", "random loss rate of packets arriving at the server (0..1)", p.loss);
    cmd.AddValue("time", "seconds of sending per variant", p.time);
    cmd.AddValue("queue", "bottleneck DropTail queue in packets", p.queue);
    cmd.AddValue("buffer", "socket send and receive buffers in bytes", p.buffer);
    cmd.AddValue("run",
                 "run number of the random loss pattern (the same for every variant)",
                 p.run);
    cmd.AddValue("variants",
                 "comma-separated: default, highspeed, highspeed-fbsd, htcp, htcp-fbsd, rtcc, "
                 "rtcc-fbsd, or all",
                 variants);
    cmd.AddValue("outDir", "directory of the cwnd series and the plot", outDir);
    cmd.AddValue("plot", "draw the plot with matplotlib", plot);
    cmd.AddValue("python", "Python interpreter with matplotlib", python);
    cmd.AddValue("plotScript", "the plotting script", plotScript);
    cmd.Parse(argc, argv);

    if (p.loss < 0 || p.loss > 1 || p.time <= 0 || p.queue == 0)
    {
        std::cerr << "sctp-cc-compare: --loss takes 0..1, --time and --queue must be positive"
                  << std::endl;
        return 2;
    }
    std::vector<Variant> chosen;
    if (variants == "all")
    {
        chosen = g_variants;
    }
    else
    {
        std::stringstream ss(variants);
        std::string name;
        while (std::getline(ss, name, ','))
        {
            auto it = std::find_if(g_variants.begin(), g_variants.end(), [&](const Variant& v) {
                return v.label == name;
            });
            if (it == g_variants.end())
            {
                std::cerr << "sctp-cc-compare: unknown variant '" << name << "'" << std::endl;
                return 2;
            }
            chosen.push_back(*it);
        }
    }
    while (outDir.size() > 1 && outDir.back() == '/')
    {
        outDir.pop_back();
    }
    SystemPath::MakeDirectories(outDir);

    std::vector<Result> results;
    for (const auto& v : chosen)
    {
        results.push_back(RunVariant(v, p));
    }

    const double mtu = 1500;
    std::cout << "sctp-cc-compare: " << p.rate << ", " << p.delay.GetMilliSeconds()
              << " ms one-way, loss " << p.loss << ", queue " << p.queue << " packets, " << p.time
              << " s of sending per variant, run " << p.run << "\n";
    std::cout << std::left << std::setw(16) << "variant" << std::right << std::setw(11) << "goodput"
              << std::setw(9) << "fast rtx" << std::setw(8) << "T3 rtx" << std::setw(11)
              << "mean cwnd" << std::setw(10) << "max cwnd" << std::setw(12) << "mean queue"
              << std::setw(11) << "max queue"
              << "  bytes\n";
    std::cout << std::left << std::setw(16) << "" << std::right << std::setw(11) << "Mb/s"
              << std::setw(9) << "chunks" << std::setw(8) << "chunks" << std::setw(11) << "MTUs"
              << std::setw(10) << "MTUs" << std::setw(12) << "ms" << std::setw(11) << "ms"
              << "\n";
    bool allOk = true;
    for (const auto& r : results)
    {
        allOk = allOk && r.ok;
        std::cout << std::left << std::setw(16) << r.label << std::right << std::fixed
                  << std::setprecision(2) << std::setw(11) << r.gotInTime * 8.0 / p.time / 1e6
                  << std::setw(9) << r.fastRtx << std::setw(8) << r.t3Rtx << std::setprecision(1)
                  << std::setw(11) << r.meanCwnd / mtu << std::setw(10) << r.maxCwnd / mtu
                  << std::setprecision(2) << std::setw(12) << r.meanQueueMs << std::setw(11)
                  << r.maxQueueMs << "  "
                  << (r.ok ? "all " + std::to_string(r.got) + " delivered"
                           : "FAILED (" + std::to_string(r.got) + " of " + std::to_string(r.sent) +
                                 ")")
                  << (r.ccName.empty() ? "" : ", " + r.ccName) << "\n";
    }

    std::cout << "files in " << outDir << "/: ";
    for (const auto& r : results)
    {
        WriteSeries(outDir + "/cwnd-" + r.label + ".txt", r.cwnd, r.end);
        std::cout << "cwnd-" << r.label << ".txt ";
    }
    std::cout << "\n";
    if (plot)
    {
        std::string png = outDir + "/cwnd-compare.png";
        if (!SystemPath::Exists(plotScript))
        {
            std::cout << "plot: not drawn, " << plotScript << " not found\n";
        }
        else if (std::system(
                     (ShellQuote(python) + " -c 'import matplotlib' >/dev/null 2>&1").c_str()) != 0)
        {
            std::cout << "plot: not drawn, matplotlib is missing for " << python
                      << " (Debian: apt-get install python3-matplotlib)\n";
        }
        else
        {
            std::ostringstream title;
            title << "SCTP congestion control: " << p.rate << ", " << p.delay.GetMilliSeconds()
                  << " ms one-way, loss " << p.loss;
            std::string command = ShellQuote(python) + " " + ShellQuote(plotScript) + " " +
                                  ShellQuote(outDir) + " --output " + ShellQuote(png) +
                                  " --title " + ShellQuote(title.str()) + " >/dev/null";
            int rc = std::system(command.c_str());
            std::cout << "plot: " << (rc == 0 ? png : std::string("failed (") + command + ")")
                      << "\n";
        }
    }
    std::cout.flush();
    return allOk ? 0 : 1;
}
