/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// ICMP errors about the association's packets and path MTU discovery, as FreeBSD handles them
// (sctp_notify, sctp6_notify, sctp_pathmtu_adjustment, the PATHMTURAISE timer). ns-3's IPv6
// routers send "packet too big"; its IPv4 routers fragment instead of answering, so on IPv4 the
// path MTU only changes through SCTP_PEER_ADDR_PARAMS or an ICMP a model of its own sends.

#include "sctp-association.h"

#include "ns3/log.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationPmtu");

namespace
{

/// FreeBSD's sctp_mtu_sizes: typical MTUs, multiples of 4, in order.
constexpr uint32_t MTU_PLATEAUS[] = {68,
                                     296,
                                     508,
                                     512,
                                     544,
                                     576,
                                     1004,
                                     1492,
                                     1500,
                                     1536,
                                     2000,
                                     2048,
                                     4352,
                                     4464,
                                     8168,
                                     17912,
                                     32000,
                                     65532};

/**
 * \param [in] mtu an MTU
 * \return the largest plateau below it (FreeBSD's sctp_get_prev_mtu)
 */
uint32_t
PreviousPlateau(uint32_t mtu)
{
    mtu &= ~3u;
    uint32_t prev = std::min(mtu, MTU_PLATEAUS[0]);
    for (uint32_t p : MTU_PLATEAUS)
    {
        if (p >= mtu)
        {
            break;
        }
        prev = p;
    }
    return prev;
}

/**
 * \param [in] mtu an MTU
 * \return the smallest plateau above it, or the MTU itself past the last (sctp_get_next_mtu)
 */
uint32_t
NextPlateau(uint32_t mtu)
{
    mtu &= ~3u;
    for (uint32_t p : MTU_PLATEAUS)
    {
        if (p > mtu)
        {
            return p;
        }
    }
    return mtu;
}

// ICMP types and codes (RFC 792, RFC 4443).
constexpr uint8_t ICMP_UNREACH = 3;
constexpr uint8_t ICMP_UNREACH_PROTOCOL = 2;
constexpr uint8_t ICMP_UNREACH_PORT = 3;
constexpr uint8_t ICMP_UNREACH_NEEDFRAG = 4;
constexpr uint8_t ICMP6_DST_UNREACH = 1;
constexpr uint8_t ICMP6_PACKET_TOO_BIG = 2;
constexpr uint8_t ICMP6_PARAM_PROB = 4;
constexpr uint8_t ICMP6_PARAMPROB_NEXTHEADER = 1;

} // namespace

void
SctpAssociation::IcmpReceived(const Address& peer,
                              bool v6,
                              uint8_t type,
                              uint8_t code,
                              uint32_t info)
{
    NS_LOG_FUNCTION(this << peer << v6 << +type << +code << info);
    Ptr<SctpPath> path = FindPath(peer);
    if (!path || m_state == CLOSED)
    {
        return;
    }
    bool tooBig =
        v6 ? type == ICMP6_PACKET_TOO_BIG : type == ICMP_UNREACH && code == ICMP_UNREACH_NEEDFRAG;
    bool noPeer =
        v6 ? type == ICMP6_PARAM_PROB && code == ICMP6_PARAMPROB_NEXTHEADER
           : type == ICMP_UNREACH && (code == ICMP_UNREACH_PROTOCOL || code == ICMP_UNREACH_PORT);
    // Network, host, administratively prohibited, beyond scope, address unreachable.
    bool unreachable =
        v6 ? type == ICMP6_DST_UNREACH && code <= 3
           : type == ICMP_UNREACH && (code <= 1 || (code >= 6 && code <= 10) || code == 13);
    if (tooBig)
    {
        PathMtuReported(peer, info);
    }
    else if (noPeer)
    {
        // No SCTP at the peer: as an ABORT (FreeBSD).
        NS_LOG_LOGIC("ICMP: the peer does not speak SCTP");
        Close(CLOSE_ABORTED);
    }
    else if (unreachable && path->GetState() != SctpPath::INACTIVE)
    {
        NS_LOG_LOGIC("ICMP: " << peer << " unreachable");
        SetPathState(path, SctpPath::INACTIVE);
        Output();
    }
}

void
SctpAssociation::PathMtuReported(const Address& peer, uint32_t mtu)
{
    Ptr<SctpPath> path = FindPath(peer);
    if (!path || !path->m_pmtudEnabled)
    {
        return;
    }
    // An old router that does not say: the plateau below the current MTU. IPv6 links carry at
    // least 1280 bytes (RFC 8201 §4); IPv4's floor is 68 (RFC 1191).
    uint32_t floor = Ipv4Address::IsMatchingType(peer) ? 68 : 1280;
    if (mtu == 0)
    {
        mtu = PreviousPlateau(path->GetMtu());
    }
    mtu = std::max(mtu, floor) & ~3u;
    StartPmtuRaise(path); // FreeBSD restarts the raise timer on every report
    if (mtu >= path->GetMtu())
    {
        return;
    }
    uint32_t smallest = UINT32_MAX;
    for (const auto& p : m_paths)
    {
        smallest = std::min(smallest, p->GetMtu());
    }
    NS_LOG_LOGIC("path MTU to " << peer << ": " << path->GetMtu() << " -> " << mtu);
    path->SetMtu(mtu);
    if (mtu < smallest)
    {
        // FreeBSD's sctp_pathmtu_adjustment with resend: chunks too big for the new MTU that
        // were sent are sent again at once (the router dropped them), IP fragmenting them.
        uint32_t overhead = path->GetIpHeaderSize() + SctpPacket::COMMON_HEADER_SIZE +
                            (m_auth.PeerRequires(SctpChunk::DATA) ? m_auth.GetChunkSize() : 0);
        uint32_t marked = m_rtxQueue.MarkOversized(mtu > overhead ? mtu - overhead : 0);
        NS_LOG_LOGIC(marked << " chunks too big for the new MTU marked for retransmission");
    }
    Output();
}

void
SctpAssociation::StartPmtuRaise(Ptr<SctpPath> path)
{
    path->m_pmtuRaiseTimer.Cancel();
    if (path->m_pmtudEnabled && m_config.pmtuRaiseTime.IsStrictlyPositive())
    {
        path->m_pmtuRaiseTimer = Simulator::Schedule(m_config.pmtuRaiseTime,
                                                     &SctpAssociation::PmtuRaiseExpired,
                                                     this,
                                                     path);
    }
}

void
SctpAssociation::PmtuRaiseExpired(Ptr<SctpPath> path)
{
    // FreeBSD's sctp_pathmtu_timer: the next plateau, if the route's MTU allows it; a router
    // that cannot carry it answers "packet too big" again.
    uint32_t next = NextPlateau(path->GetMtu());
    uint32_t route = m_l4->GetPathMtuFor(path->GetPeerAddress());
    if (next > path->GetMtu() && route > 0)
    {
        NS_LOG_LOGIC("raising the path MTU to " << path->GetPeerAddress() << ": " << path->GetMtu()
                                                << " -> " << std::min(next, route));
        path->SetMtu(std::max(path->GetMtu(), std::min(next, route)));
        m_l4->RaiseIpPathMtu(path->GetPeerAddress(), path->GetMtu());
    }
    StartPmtuRaise(path);
}

} // namespace ns3
