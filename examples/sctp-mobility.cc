/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

/*
 * sctp-mobility: a mobile host hands over from one access network to another while it sends to
 * a fixed server, and its association follows by itself: the stack sees the node's address
 * changes and tells the server with ASCONF (auto_asconf, FreeBSD's default), no application
 * call involved.
 *
 *   mobile M ---- access link 0: 10.1.0.0/24, --rate, --delay0 ---- router R ---- server S
 *            \--- access link 1: 10.2.0.0/24, --rate, --delay1 ----/     (10.3.0.0/24, 1 ms)
 *
 * M starts on link 0 only: its link-1 interface exists without an address. At --handover:
 *   --mode=mbb   make before break: M gets 10.2.0.1 on link 1 and its default route moves
 *                there; --overlap later link 0 fails and M loses 10.1.0.1.
 *   --mode=bbm   break before make: link 0 fails and M loses 10.1.0.1; --overlap later M gets
 *                10.2.0.1 and the default route on link 1.
 * The server's association learns 10.2.0.1 from ASCONF ADD-IP (and confirms it with a
 * heartbeat), forgets 10.1.0.1 on DELETE-IP, and with --mobility=base or fasthandoff is asked to
 * make the new address its primary (SET-PRIMARY) as soon as the addition is acknowledged.
 *
 * SctpMessageSource on M sends --msgSize-byte messages paced at --sendRate; SctpMessageSink on S
 * checks every one. The program prints a timeline (address changes, the ASCONF requests S
 * receives, S's peer-address events, retransmissions) and a summary: bytes sent and delivered
 * (checked), the longest pause in delivery around the handover, retransmissions. It writes into
 * --outDir: the timeline, S's delivered bytes over time, and pcaps of M's two devices (tshark
 * decodes the ASCONF chunks). Exits 1 if the transfer does not check out.
 *
 *   ./ns3-sctp run sctp-mobility
 *   ./ns3-sctp run sctp-mobility -- --mode=bbm --overlap=2s
 *   ./ns3-sctp run sctp-mobility -- --mobility=fasthandoff --delay1=40ms
 */

#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// What the program records while the simulation runs.
struct Record
{
    std::vector<std::pair<Time, std::string>> events; //!< the timeline
    std::vector<std::pair<Time, uint64_t>> delivered; //!< bytes delivered at S, over time
    uint32_t retransmissions{0};                      //!< chunks M retransmitted
    uint32_t asconfs{0};                              //!< ASCONF chunks S received
};

Record g_record; //!< the one record

/**
 * \param [in] t a time
 * \return it in seconds, 4 decimals
 */
std::string
S(Time t)
{
    std::ostringstream os;
    os << std::fixed << std::setprecision(4) << t.GetSeconds() << " s";
    return os.str();
}

/**
 * \param [in] text a timeline entry, at the current time
 */
void
Note(const std::string& text)
{
    g_record.events.emplace_back(Simulator::Now(), text);
}

/**
 * \param [in] a an address (Ipv4Address inside)
 * \return it as text
 */
std::string
Text(const Address& a)
{
    std::ostringstream os;
    if (Ipv4Address::IsMatchingType(a))
    {
        os << Ipv4Address::ConvertFrom(a);
    }
    else if (InetSocketAddress::IsMatchingType(a))
    {
        os << InetSocketAddress::ConvertFrom(a).GetIpv4();
    }
    return os.str();
}

/**
 * \brief S's SCTP receives a packet: note the ASCONF requests in it.
 * \param [in] p the packet (SCTP common header first)
 */
void
ServerRx(Ptr<const Packet> p)
{
    std::vector<uint8_t> b(p->GetSize());
    p->CopyData(b.data(), b.size());
    SctpPacket packet;
    std::string error;
    if (!SctpPacket::Deserialize(b.data(), b.size(), packet, error))
    {
        return;
    }
    for (const auto& c : packet.GetChunks())
    {
        auto asconf = DynamicCast<SctpAsconfChunk>(c);
        if (!asconf)
        {
            continue;
        }
        g_record.asconfs++;
        std::ostringstream os;
        os << "S receives ASCONF serial " << asconf->GetSerialNumber() << ":";
        for (const auto& q : asconf->GetParameters())
        {
            auto v = DynamicCast<SctpAsconfAddressValue>(q);
            if (!v)
            {
                continue;
            }
            const char* what = q->GetType() == SctpParameter::ADD_IP_ADDRESS      ? "ADD-IP"
                               : q->GetType() == SctpParameter::DELETE_IP_ADDRESS ? "DELETE-IP"
                                                                                  : "SET-PRIMARY";
            os << " " << what << " " << Text(SctpAddressOfParameter(v->GetAddressParameter()));
        }
        Note(os.str());
    }
}

/**
 * \brief An event of S's association.
 * \param [in] n the notification
 */
void
ServerNotification(const SctpNotification& n)
{
    if (n.type != SctpNotification::PEER_ADDR_CHANGE)
    {
        return;
    }
    static const char* const states[] = {"",
                                         "AVAILABLE",
                                         "UNREACHABLE",
                                         "REMOVED",
                                         "ADDED",
                                         "MADE_PRIM",
                                         "CONFIRMED",
                                         "POTENTIALLY_FAILED"};
    Note(std::string("S: peer address ") + Text(n.address) + " " +
         (n.state < 8 ? states[n.state] : "?"));
}

/**
 * \brief Bytes delivered at S (the association's DeliveredBytes trace).
 * \param [in] before the old total
 * \param [in] after the new total
 */
void
Delivered(uint64_t before, uint64_t after)
{
    g_record.delivered.emplace_back(Simulator::Now(), after);
}

/**
 * \brief M retransmits a chunk.
 * \param [in] tsn its TSN
 * \param [in] fast fast retransmission
 */
void
Retransmission(uint32_t tsn, bool fast)
{
    g_record.retransmissions++;
}

/**
 * \brief The sink accepted the association: watch it.
 * \param [in] socket the accepted socket
 */
void
ServerSocket(Ptr<Socket> socket, const Address&)
{
    Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(socket)->GetAssociation();
    a->TraceConnectWithoutContext("Notification", MakeCallback(&ServerNotification));
    a->TraceConnectWithoutContext("DeliveredBytes", MakeCallback(&Delivered));
}

/**
 * \brief The source's socket is connecting: watch its association.
 * \param [in] socket the source's socket
 */
void
ClientSocket(Ptr<Socket> socket)
{
    DynamicCast<SctpSocketImpl>(socket)->GetAssociation()->TraceConnectWithoutContext(
        "Retransmission",
        MakeCallback(&Retransmission));
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string mode = "mbb";
    std::string mobility = "off";
    std::string rate = "10Mbps";
    Time delay0 = MilliSeconds(10);
    Time delay1 = MilliSeconds(20);
    Time handover = Seconds(5);
    Time overlap = Seconds(1);
    std::string sendRate = "4Mbps";
    uint32_t msgSize = 1000;
    double time = 12;
    std::string outDir = "results/sctp-mobility";

    CommandLine cmd(__FILE__);
    cmd.AddValue("mode", "mbb (make before break) or bbm (break before make)", mode);
    cmd.AddValue("mobility", "M's mobility sysctls: off, base or fasthandoff", mobility);
    cmd.AddValue("rate", "rate of the access links", rate);
    cmd.AddValue("delay0", "one-way delay of access link 0", delay0);
    cmd.AddValue("delay1", "one-way delay of access link 1", delay1);
    cmd.AddValue("handover", "when the handover starts", handover);
    cmd.AddValue("overlap", "time between its two steps", overlap);
    cmd.AddValue("sendRate", "the source's pace", sendRate);
    cmd.AddValue("msgSize", "message size in bytes", msgSize);
    cmd.AddValue("time", "when the source stops (s); the run ends 3 s later", time);
    cmd.AddValue("outDir", "where to write the traces", outDir);
    cmd.Parse(argc, argv);
    if ((mode != "mbb" && mode != "bbm") ||
        (mobility != "off" && mobility != "base" && mobility != "fasthandoff"))
    {
        std::cerr << "sctp-mobility: --mode is mbb or bbm, --mobility off, base or fasthandoff\n";
        return 2;
    }
    SystemPath::MakeDirectories(outDir);
    GlobalValue::Bind("ChecksumEnabled", BooleanValue(true)); // tshark checks the CRC32c
    Config::SetDefault("ns3::SctpL4Protocol::MobilityBase", BooleanValue(mobility == "base"));
    Config::SetDefault("ns3::SctpL4Protocol::MobilityFastHandoff",
                       BooleanValue(mobility == "fasthandoff"));
    Config::SetDefault("ns3::SctpL4Protocol::RtoMin", TimeValue(MilliSeconds(200)));
    Config::SetDefault("ns3::SctpL4Protocol::RtoInitial", TimeValue(MilliSeconds(500)));

    NodeContainer nodes; // M, R, S
    nodes.Create(3);
    Ptr<Node> m = nodes.Get(0);
    Ptr<Node> r = nodes.Get(1);
    Ptr<Node> s = nodes.Get(2);
    PointToPointHelper access;
    access.SetDeviceAttribute("DataRate", StringValue(rate));
    access.SetChannelAttribute("Delay", TimeValue(delay0));
    NetDeviceContainer link0 = access.Install(m, r);
    access.SetChannelAttribute("Delay", TimeValue(delay1));
    NetDeviceContainer link1 = access.Install(m, r);
    PointToPointHelper core;
    core.SetDeviceAttribute("DataRate", StringValue("100Mbps"));
    core.SetChannelAttribute("Delay", TimeValue(MilliSeconds(1)));
    NetDeviceContainer link2 = core.Install(r, s);
    InternetStackHelper internet;
    internet.Install(nodes);
    SctpStackHelper sctp;
    sctp.Install(m);
    sctp.Install(s);
    Ipv4AddressHelper ip;
    ip.SetBase("10.1.0.0", "255.255.255.0");
    ip.Assign(link0);
    ip.SetBase("10.2.0.0", "255.255.255.0", "0.0.0.2");
    ip.Assign(NetDeviceContainer(link1.Get(1))); // R only: M gets 10.2.0.1 at the handover
    ip.SetBase("10.3.0.0", "255.255.255.0");
    Ipv4InterfaceContainer core3 = ip.Assign(link2);
    const Ipv4Address m0("10.1.0.1");
    const Ipv4Address m1("10.2.0.1");
    Ipv4StaticRoutingHelper routing;
    Ptr<Ipv4> ipv4M = m->GetObject<Ipv4>();
    Ptr<Ipv4StaticRouting> routesM = routing.GetStaticRouting(ipv4M);
    routesM->SetDefaultRoute(Ipv4Address("10.1.0.2"), ipv4M->GetInterfaceForDevice(link0.Get(0)));
    routing.GetStaticRouting(s->GetObject<Ipv4>())
        ->SetDefaultRoute(Ipv4Address("10.3.0.1"),
                          s->GetObject<Ipv4>()->GetInterfaceForDevice(link2.Get(1)));

    const uint16_t port = 5000;
    SctpMessageSinkHelper sinkHelper(InetSocketAddress(Ipv4Address::GetAny(), port));
    ApplicationContainer sinkApps = sinkHelper.Install(s);
    Ptr<SctpMessageSink> sink = DynamicCast<SctpMessageSink>(sinkApps.Get(0));
    sink->TraceConnectWithoutContext("Accept", MakeCallback(&ServerSocket));
    SctpMessageSourceHelper sourceHelper(InetSocketAddress(core3.GetAddress(1), port));
    sourceHelper.SetAttribute("MessageSize", UintegerValue(msgSize));
    sourceHelper.SetAttribute("DataRate", DataRateValue(DataRate(sendRate)));
    ApplicationContainer sourceApps = sourceHelper.Install(m);
    SctpMessageSourceHelper::AssignStreams(sourceApps, 300);
    Ptr<SctpMessageSource> source = DynamicCast<SctpMessageSource>(sourceApps.Get(0));
    source->TraceConnectWithoutContext("Socket", MakeCallback(&ClientSocket));
    sinkApps.Start(Seconds(0.5));
    sourceApps.Start(Seconds(1));
    sourceApps.Stop(Seconds(time));
    s->GetObject<SctpL4Protocol>()->TraceConnectWithoutContext("Rx", MakeCallback(&ServerRx));
    access.EnablePcap(outDir + "/sctp-mobility-m", NodeContainer(m), true);

    // The handover, in two steps.
    std::function<void()> attach = [&]() {
        uint32_t i = ipv4M->GetInterfaceForDevice(link1.Get(0));
        if (i == uint32_t(-1))
        {
            i = ipv4M->AddInterface(link1.Get(0));
        }
        ipv4M->SetUp(i);
        routesM->SetDefaultRoute(Ipv4Address("10.2.0.2"), i);
        ipv4M->AddAddress(i, Ipv4InterfaceAddress(m1, Ipv4Mask("255.255.255.0")));
        Note("M gets 10.2.0.1 on link 1; default route via link 1");
    };
    std::function<void()> detach = [&]() {
        Ptr<Ipv4> ipv4R = r->GetObject<Ipv4>();
        ipv4R->SetDown(ipv4R->GetInterfaceForDevice(link0.Get(1)));
        uint32_t i0 = ipv4M->GetInterfaceForDevice(link0.Get(0));
        ipv4M->SetDown(i0);
        ipv4M->RemoveAddress(i0, m0);
        Note("link 0 fails; M loses 10.1.0.1");
    };
    Simulator::Schedule(handover, mode == "mbb" ? attach : detach);
    Simulator::Schedule(handover + overlap, mode == "mbb" ? detach : attach);
    Simulator::Stop(Seconds(time + 3));
    Simulator::Run();

    // The longest pause in delivery from the handover on.
    Time gap(0);
    Time gapFrom(0);
    Time last = handover;
    for (const auto& [t, bytes] : g_record.delivered)
    {
        if (t < handover)
        {
            continue;
        }
        if (t - last > gap)
        {
            gap = t - last;
            gapFrom = last;
        }
        last = t;
    }
    std::ostringstream timeline;
    for (const auto& [t, text] : g_record.events)
    {
        timeline << "  " << std::setw(10) << S(t) << "  " << text << "\n";
    }
    {
        std::ofstream f(outDir + "/timeline.txt");
        f << timeline.str();
        std::ofstream d(outDir + "/server-delivered.txt");
        for (const auto& [t, bytes] : g_record.delivered)
        {
            d << t.GetSeconds() << " " << bytes << "\n";
        }
    }
    uint64_t sent = source->GetBytesSent();
    uint64_t got = sink->GetBytesReceived();
    bool ok = sink->GetErrors() == 0 && sink->GetMissing() == 0 && sink->GetDuplicates() == 0 &&
              got == sent && sent > 0 && g_record.asconfs > 0;

    std::cout << "sctp-mobility: mobile M hands over from access link 0 (" << rate << ", "
              << delay0.GetMilliSeconds() << " ms) to link 1 (" << rate << ", "
              << delay1.GetMilliSeconds() << " ms), "
              << (mode == "mbb" ? "make before break" : "break before make") << ", overlap "
              << S(overlap) << "; mobility " << mobility << "; auto_asconf on\n";
    std::cout << "timeline:\n" << timeline.str();
    std::cout << "summary:\n";
    std::cout << "  sent            : " << sent << " bytes in " << source->GetMessagesSent()
              << " messages of " << msgSize << " bytes, paced at " << sendRate << "\n";
    std::cout << "  delivered       : " << got << " bytes in " << sink->GetMessagesReceived()
              << " messages, checked " << (ok ? "OK" : "FAILED") << "\n";
    std::cout << "  ASCONF          : " << g_record.asconfs << " chunks received by S\n";
    std::cout << "  longest pause   : " << S(gap) << " from " << S(gapFrom)
              << " (delivery at S after the handover started)\n";
    std::cout << "  retransmissions : " << g_record.retransmissions << " chunks\n";
    std::cout << "  written         : " << outDir << "/timeline.txt, server-delivered.txt, "
              << "sctp-mobility-m-0-*.pcap\n";
    Simulator::Destroy();
    return ok ? 0 : 1;
}
