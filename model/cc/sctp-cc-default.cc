/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-cc-default.h"

#include "ns3/abort.h"
#include "ns3/log.h"
#include "ns3/sctp-packet.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpCcDefault");

NS_OBJECT_ENSURE_REGISTERED(SctpCcDefault);

TypeId
SctpCcDefault::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpCcDefault")
                            .SetParent<SctpCongestionOps>()
                            .SetGroupName("Sctp")
                            .AddConstructor<SctpCcDefault>();
    return tid;
}

SctpCcDefault::SctpCcDefault()
{
    NS_LOG_FUNCTION(this);
}

SctpCcDefault::SctpCcDefault(const SctpCcDefault& other)
    : SctpCongestionOps(other)
{
}

SctpCcDefault::~SctpCcDefault()
{
    NS_LOG_FUNCTION(this);
}

std::string
SctpCcDefault::GetName() const
{
    NS_LOG_FUNCTION(this);
    return "SctpCcDefault";
}

Ptr<SctpCongestionOps>
SctpCcDefault::Fork()
{
    NS_LOG_FUNCTION(this);
    return CopyObject<SctpCcDefault>(this);
}

void
SctpCcDefault::RequireCmtBaseOrOff(const SctpCcAssocInputs& assoc, const char* hook)
{
    NS_LOG_FUNCTION(assoc.cmtOnOff << hook);
    NS_ABORT_MSG_IF(assoc.cmtOnOff > 1,
                    "SctpCcDefault::" << hook << ": cmt_on_off " << assoc.cmtOnOff
                                      << " (CMT resource pooling RPv1/RPv2/MPTCP-like) is not "
                                         "implemented yet; use 0 (off) or 1 (CMT base)");
}

uint32_t
SctpCcDefault::InitialWindow(uint32_t mtu, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(mtu << assoc.initialCwnd << assoc.maxBurst);
    if (assoc.initialCwnd == 0)
    {
        // RFC 4960 §7.2.1: min(4 MTU, max(2 MTU, 4380)).
        return std::min(4 * mtu, std::max(2 * mtu, RFC4960_INITIAL_CWND));
    }
    // A first flight larger than max burst would be clamped at the first send anyway.
    uint32_t packets = assoc.initialCwnd;
    if (assoc.maxBurst > 0 && packets > assoc.maxBurst)
    {
        packets = assoc.maxBurst;
    }
    return (mtu - SctpPacket::COMMON_HEADER_SIZE) * packets;
}

void
SctpCcDefault::SetInitialParameters(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    RequireCmtBaseOrOff(assoc, "SetInitialParameters");
    path->m_cWnd = InitialWindow(path->m_mtu, assoc);
    EnforceCwndLimit(path, assoc.maxCwnd);
    path->m_ssThresh = assoc.peerRwnd;
    NS_LOG_INFO("initial cwnd " << path->m_cWnd << " ssthresh " << path->m_ssThresh);
}

void
SctpCcDefault::UpdateAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    RequireCmtBaseOrOff(assoc, "UpdateAfterSack");
    if (path->m_netAck == 0)
    {
        return;
    }
    // Without CMT the window is frozen for the whole fast recovery, except on the SACK that
    // ends it.
    if (assoc.inFastRecovery && !assoc.willExitFastRecovery && assoc.cmtOnOff == 0)
    {
        NS_LOG_LOGIC("in fast recovery: no growth");
        return;
    }
    GrowAfterSack(path, assoc);
}

void
SctpCcDefault::GrowAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    // CMT's CUC lets a path grow when its own pseudo-cumack moved, even if the cumack did not.
    if (!assoc.accumMoved && !(assoc.cmtOnOff > 0 && path->m_newPseudoCumack))
    {
        NS_LOG_LOGIC("cumack did not move: no growth");
        return;
    }
    const uint32_t cwnd = path->m_cWnd;
    const uint32_t mtu = path->m_mtu;
    const uint32_t netAck = path->m_netAck;
    // The flight is already reduced by this SACK, so this asks whether the window was full
    // before it; an application-limited path does not grow.
    const bool cwndLimited = static_cast<uint64_t>(path->m_flightSize) + netAck >= cwnd;
    if (cwnd <= path->m_ssThresh)
    {
        if (!cwndLimited)
        {
            NS_LOG_LOGIC("slow start, not cwnd-limited: no growth");
            return;
        }
        // Appropriate byte counting with limit L (RFC 3465).
        const uint64_t limit = static_cast<uint64_t>(assoc.abcLVar) * mtu;
        const uint32_t incr = static_cast<uint32_t>(std::min<uint64_t>(netAck, limit));
        path->m_cWnd = cwnd + incr;
        EnforceCwndLimit(path, assoc.maxCwnd);
        NS_LOG_LOGIC("slow start: cwnd " << cwnd << " -> " << path->m_cWnd);
        return;
    }
    path->m_partialBytesAcked += netAck;
    if (cwndLimited && path->m_partialBytesAcked >= cwnd)
    {
        path->m_partialBytesAcked -= cwnd;
        path->m_cWnd = cwnd + mtu;
        EnforceCwndLimit(path, assoc.maxCwnd);
        NS_LOG_LOGIC("congestion avoidance: cwnd " << cwnd << " -> " << path->m_cWnd);
    }
}

void
SctpCcDefault::UpdateOnExitPf(Ptr<SctpPathCcState> path,
                              const SctpCcAssocInputs& assoc [[maybe_unused]])
{
    NS_LOG_FUNCTION(this << path);
    // A path that was failing restarts from one packet; ssthresh keeps its memory.
    path->m_cWnd = path->m_mtu;
}

bool
SctpCcDefault::UpdateAfterFastRetransmit(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    RequireCmtBaseOrOff(assoc, "UpdateAfterFastRetransmit");
    if (path->m_netAck == 0)
    {
        return false;
    }
    // RFC 2582: one reduction per window of data. With CMT the per-destination guard is
    // compiled out in FreeBSD, so every SACK with new fast retransmits reduces again.
    if (assoc.inFastRecovery && assoc.cmtOnOff == 0)
    {
        NS_LOG_LOGIC("already in fast recovery: no second reduction");
        return false;
    }
    const uint32_t cwnd = path->m_cWnd;
    path->m_ssThresh = std::max(cwnd / 2, 2 * path->m_mtu);
    path->m_cWnd = path->m_ssThresh;
    EnforceCwndLimit(path, assoc.maxCwnd);
    path->m_partialBytesAcked = 0;
    NS_LOG_LOGIC("fast retransmit: cwnd " << cwnd << " -> " << path->m_cWnd << " ssthresh "
                                          << path->m_ssThresh);
    return true;
}

void
SctpCcDefault::UpdateAfterTimeout(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    RequireCmtBaseOrOff(assoc, "UpdateAfterTimeout");
    const uint32_t cwnd = path->m_cWnd;
    // FreeBSD floors ssthresh at 4 MTU here (2 MTU after a fast retransmit).
    path->m_ssThresh = std::max(cwnd / 2, 4 * path->m_mtu);
    path->m_cWnd = path->m_mtu;
    path->m_partialBytesAcked = 0;
    NS_LOG_LOGIC("T3 timeout: cwnd " << cwnd << " -> " << path->m_cWnd << " ssthresh "
                                     << path->m_ssThresh);
}

bool
SctpCcDefault::UpdateAfterEcnEcho(Ptr<SctpPathCcState> path,
                                  const SctpCcAssocInputs& assoc [[maybe_unused]],
                                  bool inWindow,
                                  uint32_t numPktLost)
{
    NS_LOG_FUNCTION(this << path << inWindow << numPktLost);
    if (inWindow)
    {
        return false;
    }
    const uint32_t cwnd = path->m_cWnd;
    bool doubleRto = false;
    uint32_t ssthresh = cwnd / 2;
    if (ssthresh < path->m_mtu)
    {
        // Cannot halve below one packet, so slow down by backing off the timer instead.
        ssthresh = path->m_mtu;
        doubleRto = true;
    }
    path->m_ssThresh = ssthresh;
    path->m_cWnd = ssthresh;
    NS_LOG_LOGIC("ECN-Echo: cwnd " << cwnd << " -> " << path->m_cWnd
                                   << (doubleRto ? ", RTO doubled" : ""));
    return doubleRto;
}

void
SctpCcDefault::UpdateAfterPacketDropped(Ptr<SctpPathCcState> path,
                                        const SctpCcAssocInputs& assoc,
                                        uint32_t bottleBw,
                                        uint32_t onQueue)
{
    NS_LOG_FUNCTION(this << path << bottleBw << onQueue);
    const uint32_t mtu = path->m_mtu;
    const uint32_t flight = path->m_flightSize;
    // The box may not have seen all of our flight yet.
    const uint64_t queued = std::max(onQueue, flight);
    // Bytes the bottleneck drains in one RTT, but never more than one second's worth. Capped
    // in 64 bits: FreeBSD truncates the product to 32 bits before capping.
    const uint64_t avail =
        std::min<uint64_t>(static_cast<uint64_t>(bottleBw) * path->m_rttUs / 1000000, bottleBw);
    uint64_t cwnd = path->m_cWnd;
    if (queued > avail)
    {
        path->m_partialBytesAcked = 0;
        const uint64_t over = queued - avail;
        if (assoc.seenSackThisPacket)
        {
            // The growth from the SACK in this packet was fed by a queue that is overflowing.
            cwnd = path->m_prevCwnd;
        }
        // Our share of the excess, in proportion to our packets in the queue. Below one MTU
        // queued we have no whole packet there (FreeBSD would divide by zero).
        const uint64_t packetsInFlight = flight / mtu;
        const uint64_t packetsQueued = queued / mtu;
        uint64_t mine = packetsQueued > 0 ? over * packetsInFlight / packetsQueued : 0;
        if (cwnd > flight)
        {
            // Room already opened above the flight counts as part of the reduction.
            const uint64_t slack = cwnd - flight;
            mine = slack > mine ? 0 : mine - slack;
        }
        // Guarded subtraction: FreeBSD's unsigned cwnd could wrap when cwnd < flight.
        cwnd = cwnd > mine ? cwnd - mine : 0;
        cwnd = std::max<uint64_t>(cwnd, mtu);
        // Leave slow start.
        path->m_ssThresh = static_cast<uint32_t>(cwnd - 1);
    }
    else
    {
        // Take a quarter of the spare room, at most one max burst.
        uint64_t incr = (avail - queued) / 4;
        if (assoc.maxBurst > 0)
        {
            incr = std::min<uint64_t>(incr, static_cast<uint64_t>(assoc.maxBurst) * mtu);
        }
        cwnd += incr;
    }
    cwnd = std::min(cwnd, avail);
    cwnd = std::max<uint64_t>(cwnd, mtu);
    path->m_cWnd = static_cast<uint32_t>(cwnd);
    EnforceCwndLimit(path, assoc.maxCwnd);
    NS_LOG_LOGIC("PKTDROP: avail " << avail << " queued " << queued << " -> cwnd " << path->m_cWnd);
}

bool
SctpCcDefault::UpdateAfterOutput(Ptr<SctpPathCcState> path,
                                 const SctpCcAssocInputs& assoc,
                                 uint32_t burstLimit)
{
    NS_LOG_FUNCTION(this << path << burstLimit);
    if (burstLimit == 0)
    {
        return false;
    }
    const uint64_t limit = path->m_flightSize + static_cast<uint64_t>(burstLimit) * path->m_mtu;
    if (limit >= path->m_cWnd)
    {
        return false;
    }
    // Remember the window in ssthresh so that the path slow-starts back to it; this is
    // FreeBSD's only cwnd validation after idle.
    path->m_ssThresh = std::max(path->m_ssThresh.Get(), path->m_cWnd.Get());
    path->m_cWnd = static_cast<uint32_t>(limit);
    EnforceCwndLimit(path, assoc.maxCwnd);
    NS_LOG_LOGIC("max burst: cwnd clamped to " << path->m_cWnd);
    return true;
}

} // namespace ns3
