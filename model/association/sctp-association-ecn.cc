/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Explicit congestion notification (RFC 9260 Appendix A, RFC 3168) as FreeBSD does it
// (freebsd-behaviour.md §1.6): ECT(0) on every packet of an association where both ends sent
// the ECN-Capable parameter; a CE mark on a packet with DATA is echoed in an ECN-Echo that goes
// with every outgoing packet until a CWR covers it; the sender reduces once per window of data
// through its congestion control and answers with CWR.

#include "sctp-association.h"
#include "sctp-serial.h"

#include "ns3/log.h"
#include "ns3/sctp-control-chunks.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationEcn");

namespace
{
constexpr uint8_t ECN_MASK = 0x03; ///< ECN field of the IPv4 TOS / IPv6 traffic class
constexpr uint8_t ECT0 = 0x02;     ///< ECN-capable transport, codepoint 0 (RFC 3168)
constexpr uint8_t CE = 0x03;       ///< congestion experienced
} // namespace

bool
SctpAssociation::IsEcnNegotiated() const
{
    return m_ecnNegotiated;
}

uint8_t
SctpAssociation::OutgoingTos() const
{
    return m_ecnNegotiated ? ECT0 : 0;
}

void
SctpAssociation::NoteCongestionExperienced(uint32_t highestTsn)
{
    NS_LOG_FUNCTION(this << highestTsn);
    // One echo outstanding at a time: a later mark raises its TSN and its packet count.
    if (!m_pendingEcnEcho)
    {
        m_pendingEcnEcho = Create<SctpEcneChunk>();
        m_pendingEcnEcho->SetLowestTsn(highestTsn);
        m_pendingEcnEcho->SetPacketsSinceCwr(1);
    }
    else
    {
        if (SctpTsnGt(highestTsn, m_pendingEcnEcho->GetLowestTsn()))
        {
            m_pendingEcnEcho->SetLowestTsn(highestTsn);
        }
        m_pendingEcnEcho->SetPacketsSinceCwr(m_pendingEcnEcho->GetPacketsSinceCwr() + 1);
    }
    m_ceTrace(highestTsn, m_pendingEcnEcho->GetPacketsSinceCwr());
}

void
SctpAssociation::AddEcnEcho(SctpPacket& packet, uint32_t& size)
{
    if (!m_pendingEcnEcho || m_state == COOKIE_WAIT || m_state == COOKIE_ECHOED)
    {
        return;
    }
    // A copy per packet: the pending echo keeps changing while earlier packets are in flight.
    Ptr<SctpEcneChunk> echo = Create<SctpEcneChunk>();
    echo->SetLowestTsn(m_pendingEcnEcho->GetLowestTsn());
    echo->SetPacketsSinceCwr(m_pendingEcnEcho->GetPacketsSinceCwr());
    size += echo->GetSerializedSize() + AuthCost(packet, SctpChunk::ECNE);
    packet.AddChunk(echo);
}

void
SctpAssociation::HandleCwr(Ptr<SctpChunk> chunk)
{
    Ptr<SctpCwrChunk> cwr = DynamicCast<SctpCwrChunk>(chunk);
    NS_LOG_FUNCTION(this << cwr->GetLowestTsn());
    if (m_pendingEcnEcho && SctpTsnGe(cwr->GetLowestTsn(), m_pendingEcnEcho->GetLowestTsn()))
    {
        m_pendingEcnEcho = nullptr; // the sender has reacted to everything we echoed
    }
}

void
SctpAssociation::HandleEcnEcho(Ptr<SctpChunk> chunk)
{
    Ptr<SctpEcneChunk> echo = DynamicCast<SctpEcneChunk>(chunk);
    const uint32_t tsn = echo->GetLowestTsn();
    const uint32_t n = echo->GetPacketsSinceCwr();
    NS_LOG_FUNCTION(this << tsn << n);
    m_ecnEchoThisPacket = true;
    m_ecnEchoTrace(tsn, n);

    // The path the marked chunk went on, and its cwnd then; else the path that already reacted
    // to this TSN; else the primary, with the override flag (FreeBSD's sctp_handle_ecn_echo).
    Ptr<SctpPath> path;
    bool override = false;
    uint32_t cwndAtSend = 0;
    if (const SctpSentChunk* sent = m_rtxQueue.FindSent(tsn))
    {
        path = sent->path;
        cwndAtSend = sent->cwndAtSend;
    }
    else
    {
        for (const auto& p : m_paths)
        {
            if (p->m_lastCwrTsn == tsn)
            {
                path = p;
                cwndAtSend = p->GetCwnd();
                break;
            }
        }
    }
    if (!path)
    {
        path = PrimaryPath();
        override = true;
        cwndAtSend = path->GetCwnd();
    }
    bool inWindow = true;
    bool doubleRto = false;
    if (!override)
    {
        Ptr<SctpPathCcState> cc = path->GetCcState();
        cc->m_ecnPrevCwnd = cwndAtSend;
        cc->m_flightSize = path->GetFlightSize();
        if (SctpTsnGt(tsn, path->m_cwrWindowTsn))
        {
            // A new window of data: one reduction, then none until the data sent so far is
            // acknowledged.
            inWindow = false;
            doubleRto = path->GetCongestionOps()->UpdateAfterEcnEcho(cc, CcInputs(), false, n);
            path->m_cwrWindowTsn = m_rtxQueue.GetNextTsn() - 1;
            path->m_ecnCePackets += n;
            path->m_ecnLostCount = n;
            path->m_lastCwrTsn = tsn;
        }
        else if (SctpTsnGt(tsn, path->m_lastCwrTsn))
        {
            // More marks in a window already reduced: modules that count packets react again.
            uint32_t count = n > path->m_ecnLostCount ? n - path->m_ecnLostCount : 1;
            path->m_ecnCePackets += count;
            path->m_ecnLostCount = n;
            path->m_lastCwrTsn = tsn;
            doubleRto = path->GetCongestionOps()->UpdateAfterEcnEcho(cc, CcInputs(), true, count);
        }
        if (doubleRto)
        {
            // cwnd cannot go below one MTU: slow the timer instead (FreeBSD: RTO <<= 1, not
            // capped at RTO.Max; the next measurement clamps it again)
            path->BackoffRto(false);
        }
    }
    Ptr<SctpCwrChunk> cwr = Create<SctpCwrChunk>();
    cwr->SetLowestTsn(override ? tsn : path->m_lastCwrTsn);
    cwr->SetReduceOverride(override);
    cwr->SetInSameWindow(inWindow && !override);
    QueueControl(cwr);
}

void
SctpAssociation::AdvanceCwrWindows(uint32_t cumTsn)
{
    for (const auto& p : m_paths)
    {
        if (SctpTsnGt(cumTsn, p->m_cwrWindowTsn))
        {
            p->m_cwrWindowTsn = cumTsn;
        }
    }
}

} // namespace ns3
