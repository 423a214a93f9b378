/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

/*
 * sctp-failover: when the primary path of a multi-homed association fails, how long until data
 * flows on the alternate, and when does it come back after the path is repaired?
 *
 *            path 0 (primary): --rate0, --delay0, 10.1.0.0/24
 *   host A  ==================================================  host B
 *            path 1 (alternate): --rate1, --delay1, 10.2.0.0/24
 *   SctpMessageSource (paced at --sendRate, or bulk)            SctpMessageSink
 *
 * Host A opens one association to host B's address on path 0; both hosts list both their
 * addresses, so each end has a path per peer address. At --failAt path 0 fails in both
 * directions, at --returnAt it is repaired:
 *   --mode=down   the IP interfaces of path 0 go down at both hosts (SctpMultihomingHelper::
 *                 SetPathUp): packets to path 0 find no route, those on the wire are dropped;
 *   --mode=loss   the link stays up but drops every packet (a RateErrorModel at rate 1 on both
 *                 devices of path 0): only the protocol can tell.
 * The sink checks every message. The program prints a timeline of the failover (the failure, the
 * first loss, every T3-rtx expiry and its RTO, every path state change at both ends, when data
 * moved to the alternate, the heartbeats that probe path 0 after the repair and when data came
 * back), then a summary, and writes into --outDir:
 *   sctp-failover-a-path0.pcap, sctp-failover-a-path1.pcap   host A's two devices (real CRC32c)
 *   client-*.txt, server-*.txt   SctpTraceHelper's time series; per path: client-pathI-cwnd.txt,
 *                                -flight.txt, -state.txt, -rto.txt ...; server-delivered.txt
 *   timeline.txt                 the timeline as printed
 *   sctp-failover.png            cwnd and flight per path, path states, delivered bytes
 *                                (needs matplotlib)
 *
 * The defaults are a signalling-transport tuning that fails over within seconds; FreeBSD's own
 * defaults are --rtoMin=1s --rtoMax=60s --hbInterval=30s --pfThreshold=65535 (no PF state).
 *
 *   ./ns3-sctp run sctp-failover
 *   ./ns3-sctp run sctp-failover -- --mode=loss --pfThreshold=65535
 *   ./ns3-sctp run sctp-failover -- --mode=down --sendRate=0 --rate1=2Mbps --delay1=100ms
 */

#include "ns3/core-module.h"
#include "ns3/error-model.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"

#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("SctpFailoverExample");

namespace
{

/// The two hosts.
enum Host
{
    HOST_A = 0, //!< the client (data sender)
    HOST_B = 1, //!< the server (data receiver)
};

/// Host names for the timeline.
const char* const HOST_NAME[2] = {"A", "B"};

/// What the program records while the simulation runs.
struct Record
{
    // The set-up.
    SctpMultihomingHelper::Hosts hosts; //!< what the helper built
    Time failAt;                        //!< path 0 fails
    Time returnAt;                      //!< path 0 is repaired
    bool lossMode{false};               //!< 100% loss rather than link down
    uint32_t maxHeartbeatLines{8};      //!< heartbeat lines listed after the repair, per host

    // The timeline.
    std::vector<std::pair<Time, std::string>> events; //!< what happened, in order

    // Associations.
    Ptr<SctpAssociation> client;      //!< host A's association
    Ptr<SctpAssociation> server;      //!< host B's association
    std::set<const SctpPath*> hooked; //!< paths whose traces are connected
    bool clientClosed{false};         //!< the client association reached CLOSED
    bool serverClosed{false};         //!< the server association reached CLOSED
    bool serverAccepted{false};       //!< the sink accepted an association

    // Counters.
    uint32_t fastRetransmissions{0}; //!< chunks fast-retransmitted
    uint32_t t3Retransmissions{0};   //!< chunks retransmitted after T3
    uint32_t timeouts[2]{0, 0};      //!< T3 expiries at the client, per path
    uint32_t fastRecoveries{0};      //!< fast recovery entries

    // The failure as the wire saw it.
    bool firstLoss{false};             //!< the first loss is in the timeline
    uint32_t lost[2]{0, 0};            //!< packets of A / of B lost on path 0
    uint32_t lostData{0};              //!< DATA chunks among them
    uint32_t lostHeartbeats[2]{0, 0};  //!< HEARTBEATs of A / B lost on path 0
    uint32_t unrouted[2]{0, 0};        //!< packets of A / B that found no route
    bool rtxOnAlternate{false};        //!< the first retransmission on path 1 is listed
    bool newOnAlternate{false};        //!< the first new DATA on path 1 is listed
    Time newOnAlternateAt{-1};         //!< when
    bool backOnPrimary{false};         //!< the first new DATA on path 0 after the repair
    Time backOnPrimaryAt{-1};          //!< when
    bool path0Active[2]{false, false}; //!< A's / B's path 0 ACTIVE again after the repair
    int32_t path0State[2]{SctpPath::ACTIVE, SctpPath::ACTIVE}; //!< A's / B's path 0 state
    uint32_t heartbeatLines[2]{0, 0};     //!< heartbeat lines listed after the repair, per host
    bool alternateConfirmed{false};       //!< A's first HEARTBEAT-ACK on path 1 is listed
    bool haveHighestTsn{false};           //!< highestTsn is valid
    uint32_t highestTsn{0};               //!< highest TSN host A sent
    uint64_t dataChunksSent[2]{0, 0};     //!< DATA chunks A sent per path (retransmissions too)
    std::unordered_set<uint32_t> tsnsAtB; //!< TSNs that reached host B
    uint64_t bytesAtB[2]{0, 0};           //!< user bytes of the TSNs' first arrival, per path

    // Delivery.
    Time lastDelivery{-1}; //!< last time the server delivered bytes
    Time gapStart{-1};     //!< start of the longest pause between deliveries
    Time gapLength{0};     //!< its length
};

Record g_record;

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
 * \param [in] text what happened now
 */
void
Log(const std::string& text)
{
    g_record.events.emplace_back(Simulator::Now(), text);
}

/**
 * \param [in] state an SctpPath::State
 * \return its name
 */
const char*
PathStateName(int32_t state)
{
    switch (state)
    {
    case SctpPath::ACTIVE:
        return "ACTIVE";
    case SctpPath::POTENTIALLY_FAILED:
        return "POTENTIALLY-FAILED";
    case SctpPath::INACTIVE:
        return "INACTIVE";
    default:
        return "?";
    }
}

/**
 * \param [in] host the host whose association has the path
 * \param [in] peer a peer address of that association
 * \return the index of the network path that leads there (0 or 1), or -1
 */
int
PathOfPeer(Host host, const Address& peer)
{
    const std::vector<Address>& peers =
        host == HOST_A ? g_record.hosts.addressesB : g_record.hosts.addressesA;
    for (size_t i = 0; i < peers.size(); ++i)
    {
        if (peers[i] == peer)
        {
            return static_cast<int>(i);
        }
    }
    return -1;
}

/**
 * \param [in] host a host
 * \param [in] interface one of its IPv4 interface indices
 * \return the network path of that interface, or -1
 */
int
PathOfInterface(Host host, uint32_t interface)
{
    const std::vector<uint32_t>& ifs =
        host == HOST_A ? g_record.hosts.interfacesA : g_record.hosts.interfacesB;
    for (size_t i = 0; i < ifs.size(); ++i)
    {
        if (ifs[i] == interface)
        {
            return static_cast<int>(i);
        }
    }
    return -1;
}

/**
 * \param [in] path a network path
 * \return "path I (B's address)"
 */
std::string
PathName(int path)
{
    std::ostringstream os;
    os << "path " << path;
    if (path >= 0 && static_cast<size_t>(path) < g_record.hosts.addressesB.size())
    {
        os << " (" << Ipv4Address::ConvertFrom(g_record.hosts.addressesB[path]) << ")";
    }
    return os.str();
}

/**
 * \param [in] bytes an SCTP packet (common header and chunks)
 * \param [out] packet it, parsed
 * \return false if it is not a well-formed SCTP packet
 */
bool
ParseSctp(const std::vector<uint8_t>& bytes, SctpPacket& packet)
{
    std::string error;
    return SctpPacket::Deserialize(bytes.data(), bytes.size(), packet, error);
}

/**
 * \param [in] p an IPv4 packet without its header, and the header
 * \param [in] ip the header
 * \param [out] packet the SCTP packet it carries
 * \return false if it carries no SCTP packet
 */
bool
ParseIpPayload(Ptr<const Packet> p, const Ipv4Header& ip, SctpPacket& packet)
{
    if (ip.GetProtocol() != SctpL4Protocol::PROT_NUMBER)
    {
        return false;
    }
    uint32_t size = std::min(p->GetSize(), static_cast<uint32_t>(ip.GetPayloadSize()));
    std::vector<uint8_t> bytes(size);
    p->CopyData(bytes.data(), size);
    return ParseSctp(bytes, packet);
}

/**
 * \param [in] p an IPv4 packet with its header
 * \param [out] packet the SCTP packet it carries
 * \return false if it carries no SCTP packet
 */
bool
ParseIp(Ptr<const Packet> p, SctpPacket& packet)
{
    Ptr<Packet> copy = p->Copy();
    Ipv4Header ip;
    copy->RemoveHeader(ip);
    return ParseIpPayload(copy, ip, packet);
}

/**
 * \param [in] packet an SCTP packet
 * \return its chunks, e.g. "DATA TSN 120..123 + SACK"
 */
std::string
Describe(const SctpPacket& packet)
{
    std::ostringstream os;
    std::string sep;
    const auto& chunks = packet.GetChunks();
    for (size_t i = 0; i < chunks.size(); ++i)
    {
        const Ptr<SctpChunk>& c = chunks[i];
        os << sep;
        sep = " + ";
        if (c->GetType() == SctpChunk::DATA)
        {
            uint32_t first = DynamicCast<SctpDataChunk>(c)->GetTsn();
            uint32_t last = first;
            while (i + 1 < chunks.size() && chunks[i + 1]->GetType() == SctpChunk::DATA)
            {
                last = DynamicCast<SctpDataChunk>(chunks[++i])->GetTsn();
            }
            os << "DATA TSN " << first;
            if (last != first)
            {
                os << ".." << last;
            }
        }
        else if (c->GetType() == SctpChunk::SACK)
        {
            os << "SACK cum TSN " << DynamicCast<SctpSackChunk>(c)->GetCumulativeTsnAck();
        }
        else
        {
            os << c->GetName();
        }
    }
    return os.str();
}

/**
 * \param [in] packet an SCTP packet
 * \param [in] type a chunk type
 * \return whether the packet has a chunk of that type
 */
bool
Has(const SctpPacket& packet, uint8_t type)
{
    for (const auto& c : packet.GetChunks())
    {
        if (c->GetType() == type)
        {
            return true;
        }
    }
    return false;
}

/**
 * \brief A packet of a host was lost on path 0.
 * \param [in] from the host that sent it
 * \param [in] packet the packet
 * \param [in] how why it was lost
 * \param [in] unrouted whether it never left the host (no route)
 */
void
Lost(Host from, const SctpPacket& packet, const std::string& how, bool unrouted)
{
    (unrouted ? g_record.unrouted : g_record.lost)[from]++;
    for (const auto& c : packet.GetChunks())
    {
        g_record.lostData += c->GetType() == SctpChunk::DATA ? 1 : 0;
        g_record.lostHeartbeats[from] += c->GetType() == SctpChunk::HEARTBEAT ? 1 : 0;
    }
    if (!g_record.firstLoss)
    {
        g_record.firstLoss = true;
        Log(std::string("first loss: ") + Describe(packet) + " from host " + HOST_NAME[from] +
            " on path 0 (" + how + ")");
    }
}

/**
 * \brief Host A sent (or tried to send) a DATA chunk.
 * \param [in] tsn its TSN
 * \return true if no higher TSN was sent before (new data, not a retransmission)
 */
bool
NoteTsn(uint32_t tsn)
{
    if (g_record.haveHighestTsn && static_cast<int32_t>(tsn - g_record.highestTsn) <= 0)
    {
        return false;
    }
    g_record.haveHighestTsn = true;
    g_record.highestTsn = tsn;
    return true;
}

/**
 * \brief A host handed a packet to a device of a path (IPv4 Tx trace).
 * \param [in] host the host
 * \param [in] p the packet with its IPv4 header
 * \param [in] interface the IPv4 interface
 */
void
IpTx(Host host, Ptr<const Packet> p, Ptr<Ipv4>, uint32_t interface)
{
    SctpPacket packet;
    int path = PathOfInterface(host, interface);
    if (path < 0 || !ParseIp(p, packet))
    {
        return;
    }
    Time now = Simulator::Now();
    bool repaired = now >= g_record.returnAt;
    if (host == HOST_A)
    {
        for (const auto& c : packet.GetChunks())
        {
            if (c->GetType() != SctpChunk::DATA)
            {
                continue;
            }
            uint32_t tsn = DynamicCast<SctpDataChunk>(c)->GetTsn();
            bool isNew = NoteTsn(tsn);
            g_record.dataChunksSent[path]++;
            if (path != 0 && now >= g_record.failAt && !g_record.backOnPrimary)
            {
                if (!isNew && !g_record.rtxOnAlternate)
                {
                    g_record.rtxOnAlternate = true;
                    Log("first retransmission on the alternate: A sends TSN " +
                        std::to_string(tsn) + " again on " + PathName(path));
                }
                if (isNew && !g_record.newOnAlternate)
                {
                    g_record.newOnAlternate = true;
                    g_record.newOnAlternateAt = now;
                    Log("data switched to the alternate: first new DATA (TSN " +
                        std::to_string(tsn) + ") on " + PathName(path) + ", " +
                        S(now - g_record.failAt) + " after the failure");
                }
            }
            if (path == 0 && repaired && isNew && !g_record.backOnPrimary)
            {
                g_record.backOnPrimary = true;
                g_record.backOnPrimaryAt = now;
                Log((g_record.newOnAlternate ? "data returned to the primary: first new DATA"
                                             : "new data gets through the repaired primary again "
                                               "(it never left it): first new DATA") +
                    std::string(" (TSN ") + std::to_string(tsn) + ") on " + PathName(path) + ", " +
                    S(now - g_record.returnAt) + " after the repair");
            }
        }
    }
    if (path == 0 && Has(packet, SctpChunk::HEARTBEAT))
    {
        if (repaired && !g_record.path0Active[host] &&
            g_record.heartbeatLines[host] < g_record.maxHeartbeatLines)
        {
            g_record.heartbeatLines[host]++;
            Log(std::string("host ") + HOST_NAME[host] + " sends HEARTBEAT on path 0");
        }
    }
}

/**
 * \brief A host received a packet on a path (IPv4 Rx trace: the interface is up).
 * \param [in] host the host
 * \param [in] p the packet with its IPv4 header
 * \param [in] interface the IPv4 interface
 */
void
IpRx(Host host, Ptr<const Packet> p, Ptr<Ipv4>, uint32_t interface)
{
    SctpPacket packet;
    int path = PathOfInterface(host, interface);
    if (path < 0 || !ParseIp(p, packet))
    {
        return;
    }
    Time now = Simulator::Now();
    if (host == HOST_B)
    {
        for (const auto& c : packet.GetChunks())
        {
            if (c->GetType() == SctpChunk::DATA)
            {
                Ptr<SctpDataChunk> d = DynamicCast<SctpDataChunk>(c);
                if (g_record.tsnsAtB.insert(d->GetTsn()).second)
                {
                    g_record.bytesAtB[path] += d->GetUserData().size();
                }
            }
        }
    }
    if (!Has(packet, SctpChunk::HEARTBEAT_ACK))
    {
        return;
    }
    if (host == HOST_A && path == 1 && !g_record.alternateConfirmed)
    {
        g_record.alternateConfirmed = true;
        Log("host A receives HEARTBEAT-ACK on path 1: the alternate is confirmed");
    }
    if (path == 0 && now >= g_record.returnAt && !g_record.path0Active[host] &&
        g_record.heartbeatLines[host] < g_record.maxHeartbeatLines)
    {
        g_record.heartbeatLines[host]++;
        bool active = g_record.path0State[host] == SctpPath::ACTIVE;
        Log(std::string("host ") + HOST_NAME[host] + " receives HEARTBEAT-ACK on path 0" +
            (active ? " (the path never left ACTIVE here: its error count is reset)" : ""));
        // A path that stayed ACTIVE has nothing more to show; another one changes state now.
        g_record.path0Active[host] = g_record.path0Active[host] || active;
    }
}

/**
 * \brief IPv4 dropped a packet at a host (Drop trace); in link-down mode, those on the wire
 * when the interface went down.
 * \param [in] host the host
 * \param [in] header the IPv4 header
 * \param [in] p the packet without it
 * \param [in] reason why
 * \param [in] interface the IPv4 interface
 */
void
IpDrop(Host host,
       const Ipv4Header& header,
       Ptr<const Packet> p,
       Ipv4L3Protocol::DropReason reason,
       Ptr<Ipv4>,
       uint32_t interface)
{
    SctpPacket packet;
    if (reason != Ipv4L3Protocol::DROP_INTERFACE_DOWN || PathOfInterface(host, interface) != 0 ||
        !ParseIpPayload(p, header, packet))
    {
        return;
    }
    Host from = host == HOST_A ? HOST_B : HOST_A;
    Lost(from,
         packet,
         std::string("arrived at host ") + HOST_NAME[host] + " on a downed interface",
         false);
}

/**
 * \brief SCTP dropped a packet at a host (Drop trace); in link-down mode, packets for path 0
 * find no route.
 * \param [in] host the host
 * \param [in] p the SCTP packet (may be null)
 * \param [in] reason why
 */
void
SctpDrop(Host host, Ptr<const Packet> p, std::string reason)
{
    SctpPacket packet;
    if (!p || reason.find("no route") == std::string::npos)
    {
        return;
    }
    std::vector<uint8_t> bytes(p->GetSize());
    p->CopyData(bytes.data(), bytes.size());
    if (!ParseSctp(bytes, packet))
    {
        return;
    }
    for (const auto& c : packet.GetChunks())
    {
        if (host == HOST_A && c->GetType() == SctpChunk::DATA)
        {
            NoteTsn(DynamicCast<SctpDataChunk>(c)->GetTsn());
        }
    }
    Lost(host, packet, "not sent: " + reason, true);
}

/**
 * \brief A device of path 0 dropped a received packet (PhyRxDrop: the 100% loss).
 * \param [in] host the host whose device dropped it
 * \param [in] p the packet with its PPP header
 */
void
PhyRxDrop(Host host, Ptr<const Packet> p)
{
    Ptr<Packet> copy = p->Copy();
    PppHeader ppp;
    copy->RemoveHeader(ppp);
    SctpPacket packet;
    if (ppp.GetProtocol() != 0x0021 || !ParseIp(copy, packet))
    {
        return;
    }
    Host from = host == HOST_A ? HOST_B : HOST_A;
    Lost(from, packet, std::string("100% loss at host ") + HOST_NAME[host], false);
}

/// Stop shortly after both ends closed, or after the client gave up before an association.
void
MaybeStop()
{
    if (g_record.clientClosed && (g_record.serverClosed || !g_record.serverAccepted))
    {
        Simulator::Stop(MilliSeconds(10));
    }
}

/**
 * \brief A path's reachability changed.
 * \param [in] host the host whose association has the path
 * \param [in] path the network path
 * \param [in] sctpPath the association's path
 * \param [in] from the previous SctpPath::State
 * \param [in] to the new one
 */
void
PathState(Host host, int path, SctpPath* sctpPath, int32_t from, int32_t to)
{
    std::ostringstream os;
    os << "host " << HOST_NAME[host] << ": "
       << (host == HOST_A ? PathName(path) : "path " + std::to_string(path)) << " "
       << PathStateName(from) << " -> " << PathStateName(to);
    if (to == SctpPath::INACTIVE)
    {
        // Past Path.Max.Retrans, or at once when a packet for it found no route.
        os << (sctpPath->m_errorCount > sctpPath->m_pathMaxRxt
                   ? " (error count past Path.Max.Retrans)"
                   : " (no route to the address: unreachable at once)");
    }
    else if (to == SctpPath::POTENTIALLY_FAILED)
    {
        os << " (error count past the PF threshold, RFC 7829)";
    }
    else if (to == SctpPath::ACTIVE)
    {
        os << " (a HEARTBEAT-ACK, or a SACK for data sent on it, came back)";
    }
    Log(os.str());
    if (path == 0)
    {
        g_record.path0State[host] = to;
    }
    if (path == 0 && to == SctpPath::ACTIVE && Simulator::Now() >= g_record.returnAt)
    {
        g_record.path0Active[host] = true;
    }
}

/**
 * \brief Connect the State trace of every path of an association not connected yet.
 * \param [in] host its host
 * \param [in] a the association
 */
void
HookPaths(Host host, Ptr<SctpAssociation> a)
{
    for (const Ptr<SctpPath>& p : a->GetPaths())
    {
        if (!g_record.hooked.insert(PeekPointer(p)).second)
        {
            continue;
        }
        int path = PathOfPeer(host, p->GetPeerAddress());
        p->TraceConnectWithoutContext("State",
                                      MakeBoundCallback(&PathState, host, path, PeekPointer(p)));
    }
}

/**
 * \brief An association changed state.
 * \param [in] host its host
 * \param [in] to the new state
 */
void
AssocState(Host host, SctpAssociation::State, SctpAssociation::State to)
{
    Ptr<SctpAssociation> a = host == HOST_A ? g_record.client : g_record.server;
    HookPaths(host, a);
    Log(std::string("host ") + HOST_NAME[host] + ": association " + SctpAssociation::StateName(to));
    if (to == SctpAssociation::CLOSED)
    {
        (host == HOST_A ? g_record.clientClosed : g_record.serverClosed) = true;
        MaybeStop();
    }
}

/**
 * \param [in] tsn the TSN retransmitted
 * \param [in] fast fast retransmission (else after T3)
 */
void
Retransmission(uint32_t tsn, bool fast)
{
    (fast ? g_record.fastRetransmissions : g_record.t3Retransmissions)++;
}

/**
 * \param [in] peer the destination whose T3-rtx timer expired
 * \param [in] rto the RTO that expired
 */
void
Timeout(const Address& peer, Time rto)
{
    int path = PathOfPeer(HOST_A, peer);
    uint32_t n = path >= 0 && path < 2 ? ++g_record.timeouts[path] : 0;
    std::ostringstream os;
    os << "T3-rtx expired on " << PathName(path) << " after RTO " << Ms(rto) << " (expiry " << n
       << " on this path)";
    Log(os.str());
}

/**
 * \param [in] entered true when fast recovery is entered
 */
void
FastRecovery(uint32_t, bool entered)
{
    g_record.fastRecoveries += entered ? 1 : 0;
}

/**
 * \brief The server delivered more bytes: follow the longest pause.
 * \param [in] to bytes delivered so far
 */
void
Delivered(uint64_t, uint64_t)
{
    Time now = Simulator::Now();
    if (g_record.lastDelivery.IsPositive() && now - g_record.lastDelivery > g_record.gapLength)
    {
        g_record.gapLength = now - g_record.lastDelivery;
        g_record.gapStart = g_record.lastDelivery;
    }
    g_record.lastDelivery = now;
}

/// The source created its socket: watch the client association.
void
ClientSocket(Ptr<Socket> socket)
{
    Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(socket)->GetAssociation();
    g_record.client = a;
    a->TraceConnectWithoutContext("State", MakeBoundCallback(&AssocState, HOST_A));
    a->TraceConnectWithoutContext("Retransmission", MakeCallback(&Retransmission));
    a->TraceConnectWithoutContext("Timeout", MakeCallback(&Timeout));
    a->TraceConnectWithoutContext("FastRecovery", MakeCallback(&FastRecovery));
    HookPaths(HOST_A, a);
    Log("host A: association " + std::string(SctpAssociation::StateName(a->GetState())) +
        " (INIT to " + PathName(0) + ")");
}

/// The sink accepted an association: watch it.
void
ServerSocket(Ptr<Socket> socket, const Address&)
{
    Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(socket)->GetAssociation();
    g_record.server = a;
    g_record.serverAccepted = true;
    a->TraceConnectWithoutContext("State", MakeBoundCallback(&AssocState, HOST_B));
    a->TraceConnectWithoutContext("DeliveredBytes", MakeCallback(&Delivered));
    HookPaths(HOST_B, a);
    Log("host B: association accepted");
}

/**
 * \brief Path 0 fails or is repaired.
 * \param [in] fail true to fail it
 * \param [in] errorModels the receive error models of its two devices (loss mode)
 */
void
SetPath0(bool fail, std::vector<Ptr<ErrorModel>> errorModels)
{
    if (g_record.lossMode)
    {
        for (const auto& em : errorModels)
        {
            fail ? em->Enable() : em->Disable();
        }
    }
    else
    {
        SctpMultihomingHelper::SetPathUp(g_record.hosts, 0, !fail);
    }
    std::string how = g_record.lossMode ? "drops every packet in both directions"
                                        : "interfaces go down at both hosts";
    if (fail)
    {
        Log("=== path 0 FAILS: " + how);
        return;
    }
    std::ostringstream os;
    os << "=== path 0 REPAIRED: " << (g_record.lossMode ? "no more loss" : "interfaces up again")
       << "; during the failure " << g_record.lost[HOST_A] << " packets of A and "
       << g_record.lost[HOST_B] << " of B were lost on it";
    if (g_record.unrouted[HOST_A] + g_record.unrouted[HOST_B] > 0)
    {
        os << ", " << g_record.unrouted[HOST_A] << " of A and " << g_record.unrouted[HOST_B]
           << " of B found no route";
    }
    os << " (" << g_record.lostData << " DATA chunks, HEARTBEATs: " << g_record.lostHeartbeats[0]
       << " of A, " << g_record.lostHeartbeats[1] << " of B)";
    Log(os.str());
}

/**
 * \return the plotting script next to this source (bindings/sctp_plot/plot_failover.py)
 */
std::string
DefaultPlotScript()
{
    std::string here = __FILE__;
    std::string::size_type slash = here.rfind('/');
    std::string dir = slash == std::string::npos ? "." : here.substr(0, slash);
    return dir + "/../bindings/sctp_plot/plot_failover.py";
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
 * \param [in] part a part
 * \param [in] whole the whole
 * \return the part in percent of the whole, as text
 */
std::string
Percent(uint64_t part, uint64_t whole)
{
    std::ostringstream os;
    os << std::fixed << std::setprecision(1) << (whole ? 100.0 * part / whole : 0.0) << " %";
    return os.str();
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string mode = "down";
    std::string rate0 = "10Mbps";
    Time delay0 = MilliSeconds(20);
    std::string rate1 = "10Mbps";
    Time delay1 = MilliSeconds(40);
    std::string sendRate = "2Mbps";
    uint32_t msgSize = 1000;
    Time rtoMin = MilliSeconds(300);
    Time rtoMax = Seconds(1);
    uint32_t pathMaxRxt = 5;
    uint32_t pfThreshold = 2;
    Time hbInterval = Seconds(2);
    Time failAt = Seconds(10);
    Time returnAt = Seconds(40);
    double time = 60;
    std::string outDir = "results/sctp-failover/";
    bool pcap = true;
    bool plot = true;
    std::string python = "/usr/bin/python3";
    std::string plotScript = DefaultPlotScript();
    double maxTime = 3600;

    CommandLine cmd(__FILE__);
    cmd.AddValue("mode", "how path 0 fails: down (interfaces down) or loss (100% loss)", mode);
    cmd.AddValue("rate0", "data rate of path 0 (the primary)", rate0);
    cmd.AddValue("delay0", "one-way delay of path 0", delay0);
    cmd.AddValue("rate1", "data rate of path 1 (the alternate)", rate1);
    cmd.AddValue("delay1", "one-way delay of path 1", delay1);
    cmd.AddValue("sendRate",
                 "the source's pace (0: bulk, as fast as the send buffer allows)",
                 sendRate);
    cmd.AddValue("msgSize", "message size in bytes", msgSize);
    cmd.AddValue("rtoMin", "RTO.Min (ns3::SctpL4Protocol::RtoMin)", rtoMin);
    cmd.AddValue("rtoMax", "RTO.Max (ns3::SctpL4Protocol::RtoMax)", rtoMax);
    cmd.AddValue("pathMaxRxt", "Path.Max.Retrans (ns3::SctpL4Protocol::PathRtxMax)", pathMaxRxt);
    cmd.AddValue("pfThreshold",
                 "potentially-failed threshold, RFC 7829; 65535 or >= pathMaxRxt: no PF state "
                 "(ns3::SctpL4Protocol::PathPfThreshold)",
                 pfThreshold);
    cmd.AddValue("hbInterval", "HB.interval (ns3::SctpL4Protocol::HeartbeatInterval)", hbInterval);
    cmd.AddValue("failAt", "when path 0 fails", failAt);
    cmd.AddValue("returnAt", "when path 0 is repaired", returnAt);
    cmd.AddValue("time",
                 "the source sends from 1 s to this time (s), then closes gracefully",
                 time);
    cmd.AddValue("outDir", "directory of the pcaps, trace files, timeline and plot", outDir);
    cmd.AddValue("pcap", "write the pcaps of host A's devices", pcap);
    cmd.AddValue("plot", "draw the plot with matplotlib", plot);
    cmd.AddValue("python", "Python interpreter with matplotlib", python);
    cmd.AddValue("plotScript", "the plotting script", plotScript);
    cmd.AddValue("maxTime", "simulated seconds after which the run is cut short", maxTime);
    cmd.Parse(argc, argv);

    if ((mode != "down" && mode != "loss") || msgSize < SctpMessagePattern::HEADER_SIZE ||
        time <= 1 || rtoMin.IsNegative() || rtoMax < rtoMin || !failAt.IsStrictlyPositive() ||
        returnAt <= failAt)
    {
        std::cerr << "sctp-failover: --mode takes down or loss, --msgSize at least "
                  << SctpMessagePattern::HEADER_SIZE
                  << ", --time more than 1, --rtoMax at least --rtoMin, and "
                     "0 < --failAt < --returnAt"
                  << std::endl;
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
    g_record.failAt = failAt;
    g_record.returnAt = returnAt;
    g_record.lossMode = mode == "loss";

    // Real CRC32c in every packet, so the pcaps' checksums verify.
    GlobalValue::Bind("ChecksumEnabled", BooleanValue(true));
    // The system defaults of both hosts (sysctls). RTO.Initial stays 1 s, within the bounds.
    Config::SetDefault("ns3::SctpL4Protocol::RtoMin", TimeValue(rtoMin));
    Config::SetDefault("ns3::SctpL4Protocol::RtoMax", TimeValue(rtoMax));
    Config::SetDefault("ns3::SctpL4Protocol::RtoInitial",
                       TimeValue(std::min(std::max(Seconds(1), rtoMin), rtoMax)));
    Config::SetDefault("ns3::SctpL4Protocol::PathRtxMax", UintegerValue(pathMaxRxt));
    Config::SetDefault("ns3::SctpL4Protocol::PathPfThreshold", UintegerValue(pfThreshold));
    Config::SetDefault("ns3::SctpL4Protocol::HeartbeatInterval", TimeValue(hbInterval));

    // Two hosts, two disjoint paths. In loss mode both devices of path 0 get an error model
    // that drops every packet while it is enabled.
    std::vector<Ptr<ErrorModel>> errorModels;
    SctpMultihomingHelper mh;
    for (int i = 0; i < 2; ++i)
    {
        SctpMultihomingHelper::PathSpec spec;
        spec.dataRate = i == 0 ? rate0 : rate1;
        spec.delay = i == 0 ? delay0 : delay1;
        if (i == 0 && g_record.lossMode)
        {
            for (int side = 0; side < 2; ++side)
            {
                Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
                em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
                em->SetRate(1.0);
                em->AssignStreams(1000 + side);
                em->Disable();
                errorModels.push_back(em);
            }
            spec.errorAtA = errorModels[0];
            spec.errorAtB = errorModels[1];
        }
        mh.AddPath(spec);
    }
    g_record.hosts = mh.Install();
    const SctpMultihomingHelper::Hosts& hosts = g_record.hosts;
    SctpStackHelper().AssignStreams(NodeContainer(hosts.a, hosts.b), 100);

    const uint16_t port = 5000;
    SctpMessageSinkHelper sinkHelper(InetSocketAddress(Ipv4Address::GetAny(), port));
    ApplicationContainer sinkApps = sinkHelper.Install(hosts.b);
    sinkApps.Start(Seconds(0));
    Ptr<SctpMessageSink> sink = DynamicCast<SctpMessageSink>(sinkApps.Get(0));

    const Time start = Seconds(1);
    SctpMessageSourceHelper sourceHelper(
        InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[0]), port));
    sourceHelper.SetAttribute("MessageSize", UintegerValue(msgSize));
    sourceHelper.SetAttribute("DataRate", DataRateValue(DataRate(sendRate)));
    ApplicationContainer sourceApps = sourceHelper.Install(hosts.a);
    SctpMessageSourceHelper::AssignStreams(sourceApps, 200);
    sourceApps.Start(start);
    sourceApps.Stop(Seconds(time)); // stops sending and closes gracefully
    Ptr<SctpMessageSource> source = DynamicCast<SctpMessageSource>(sourceApps.Get(0));

    // Traces: the associations, the wire at the IP layer of both hosts, the losses.
    source->TraceConnectWithoutContext("Socket", MakeCallback(&ClientSocket));
    sink->TraceConnectWithoutContext("Accept", MakeCallback(&ServerSocket));
    for (Host host : {HOST_A, HOST_B})
    {
        Ptr<Node> node = host == HOST_A ? hosts.a : hosts.b;
        Ptr<Ipv4L3Protocol> ip = node->GetObject<Ipv4L3Protocol>();
        ip->TraceConnectWithoutContext("Tx", MakeBoundCallback(&IpTx, host));
        ip->TraceConnectWithoutContext("Rx", MakeBoundCallback(&IpRx, host));
        ip->TraceConnectWithoutContext("Drop", MakeBoundCallback(&IpDrop, host));
        node->GetObject<SctpL4Protocol>()->TraceConnectWithoutContext(
            "Drop",
            MakeBoundCallback(&SctpDrop, host));
        hosts.devices[0].Get(host)->TraceConnectWithoutContext("PhyRxDrop",
                                                               MakeBoundCallback(&PhyRxDrop, host));
    }
    SctpTraceHelper traces(outDir);
    traces.TraceSource(source, "client");
    traces.TraceSink(sink, "server");
    std::vector<std::string> pcapFiles;
    if (pcap)
    {
        PointToPointHelper p2p;
        for (int i = 0; i < 2; ++i)
        {
            pcapFiles.push_back(outDir + "/sctp-failover-a-path" + std::to_string(i) + ".pcap");
            p2p.EnablePcap(pcapFiles.back(), hosts.devices[i].Get(0), false, true);
        }
    }

    Simulator::Schedule(failAt, &SetPath0, true, errorModels);
    Simulator::Schedule(returnAt, &SetPath0, false, errorModels);
    Simulator::Stop(Seconds(maxTime));
    Simulator::Run();
    traces.Flush();

    // --- the timeline ---
    std::ostringstream timeline;
    timeline << std::fixed;
    for (const auto& e : g_record.events)
    {
        timeline << "  " << std::setw(10) << S(e.first) << "  " << e.second << "\n";
    }
    {
        std::ofstream f(outDir + "/timeline.txt");
        f << timeline.str();
    }

    // --- summary ---
    uint64_t sent = source->GetBytesSent();
    uint64_t got = sink->GetBytesReceived();
    bool ok = sink->GetErrors() == 0 && sink->GetMissing() == 0 && sink->GetDuplicates() == 0 &&
              sink->GetClosedNormally() > 0 && got == sent && sent > 0;

    std::cout << std::fixed;
    std::cout << "sctp-failover: two dual-homed hosts; path 0 (primary) " << rate0 << ", "
              << Ms(delay0) << " one-way; path 1 " << rate1 << ", " << Ms(delay1) << " one-way\n";
    std::cout << "  failure         : path 0 "
              << (g_record.lossMode ? "loses every packet (both directions)"
                                    : "goes down (interfaces down at both hosts)")
              << " from " << S(failAt) << " to " << S(returnAt) << "\n";
    std::cout << "  SCTP parameters : RTO.Min " << Ms(rtoMin) << ", RTO.Max " << Ms(rtoMax)
              << ", Path.Max.Retrans " << pathMaxRxt << ", PF threshold " << pfThreshold
              << (pfThreshold >= pathMaxRxt ? " (no PF state)" : "") << ", HB.interval "
              << Ms(hbInterval) << "\n";
    std::cout << "timeline (host A sends to host B; path I leads to B's address on link I):\n"
              << timeline.str();
    std::cout << "summary:\n";
    std::cout << "  sent            : " << sent << " bytes in " << source->GetMessagesSent()
              << " messages of " << msgSize << " bytes ("
              << (DataRate(sendRate).GetBitRate() ? "paced at " + sendRate : std::string("bulk"))
              << ", " << S(start) << " to " << S(Seconds(time)) << ")\n";
    std::cout << "  delivered       : " << got << " bytes in " << sink->GetMessagesReceived()
              << " messages, checked " << (ok ? "OK" : "FAILED");
    if (!ok)
    {
        std::cout << " (" << sink->GetErrors() << " errors, " << sink->GetMissing() << " missing, "
                  << sink->GetDuplicates() << " duplicates, "
                  << (sink->GetClosedNormally() > 0 ? "closed normally" : "not closed normally")
                  << (sink->GetFirstError().empty() ? "" : "; first: " + sink->GetFirstError())
                  << ")";
    }
    std::cout << "\n";
    std::cout << "  retransmissions : " << g_record.fastRetransmissions + g_record.t3Retransmissions
              << " chunks (fast " << g_record.fastRetransmissions << ", T3 "
              << g_record.t3Retransmissions << "); T3 timeouts: path 0 " << g_record.timeouts[0]
              << ", path 1 " << g_record.timeouts[1]
              << "; fast recoveries: " << g_record.fastRecoveries << "\n";
    std::cout << "  failover        : ";
    if (g_record.newOnAlternate)
    {
        std::cout << "new data on the alternate " << S(g_record.newOnAlternateAt - failAt)
                  << " after the failure; back on the primary "
                  << (g_record.backOnPrimary
                          ? S(g_record.backOnPrimaryAt - returnAt) + " after the repair"
                          : std::string("never"));
    }
    else
    {
        std::cout << "new data never moved to the alternate (path 0 was not declared failed "
                     "before the repair; only T3 retransmissions used path 1)";
    }
    std::cout << "\n";
    std::cout << "  longest pause   : " << S(g_record.gapLength);
    if (g_record.gapStart.IsPositive())
    {
        std::cout << " without delivery at B (from " << S(g_record.gapStart) << " to "
                  << S(g_record.gapStart + g_record.gapLength) << ")";
    }
    std::cout << "\n";
    uint64_t atB = g_record.bytesAtB[0] + g_record.bytesAtB[1];
    for (int i = 0; i < 2; ++i)
    {
        std::cout << "  path " << i << " share    : " << g_record.bytesAtB[i] << " user bytes ("
                  << Percent(g_record.bytesAtB[i], atB) << ") first reached B on it; A sent "
                  << g_record.dataChunksSent[i] << " DATA chunks on it (retransmissions too)\n";
    }
    std::cout << "  files in        : " << outDir << "/\n";
    for (const auto& f : pcapFiles)
    {
        std::cout << "    pcap          : " << f << "\n";
    }
    std::cout << "    traces        : " << traces.GetFiles().size()
              << " files (client-pathI-cwnd.txt, -flight.txt, -state.txt, -rto.txt, "
                 "server-delivered.txt, ...: time_s value)\n";
    std::cout << "    timeline      : " << outDir << "/timeline.txt\n";

    if (plot)
    {
        std::string png = outDir + "/sctp-failover.png";
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
            std::ostringstream title;
            title << "sctp-failover (" << mode << "): path 0 " << rate0 << "/" << Ms(delay0)
                  << ", path 1 " << rate1 << "/" << Ms(delay1);
            std::ostringstream command;
            command << ShellQuote(python) << " " << ShellQuote(plotScript) << " "
                    << ShellQuote(outDir) << " --fail " << failAt.GetSeconds() << " --repair "
                    << returnAt.GetSeconds() << " --output " << ShellQuote(png) << " --title "
                    << ShellQuote(title.str()) << " >/dev/null";
            int rc = std::system(command.str().c_str());
            std::cout << "    plot          : "
                      << (rc == 0 ? png : std::string("failed (") + command.str() + ")") << "\n";
        }
    }
    std::cout.flush();

    g_record = Record();
    Simulator::Destroy();
    return ok ? 0 : 1;
}
