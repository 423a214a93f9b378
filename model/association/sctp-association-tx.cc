/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The association's sending side: queuing messages, building packets (control chunks, SACK,
// retransmissions, new DATA) within cwnd, rwnd and max burst, SACK processing and the T3-rtx
// timer (RFC 9260 §6.1-§6.3, §7; FreeBSD's behaviour in freebsd-behaviour.md §1, §3.5, §5).

#include "sctp-association.h"
#include "sctp-init-responder.h"
#include "sctp-serial.h"

#include "ns3/log.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"

#include <algorithm>
#include <limits>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationTx");

namespace
{
/// FreeBSD's sender-side silly window threshold (SCTP_SWS_SENDER_DEF).
constexpr uint32_t SENDER_SWS = 1420;
} // namespace

SctpCcAssocInputs
SctpAssociation::CcInputs() const
{
    SctpCcAssocInputs in;
    in.inFastRecovery = m_inFastRecovery;
    in.peerRwnd = m_peerRwnd;
    in.maxBurst = m_config.maxBurst;
    in.initialCwnd = m_config.initialCwnd;
    in.abcLVar = m_config.abcLVar;
    in.maxCwnd = m_config.maxCwnd;
    in.cmtOnOff = m_config.cmtOnOff;
    in.numPaths = std::max<uint32_t>(1, m_paths.size());
    return in;
}

uint32_t
SctpAssociation::GetFragmentationPoint() const
{
    return ComputeFragmentationPoint();
}

uint32_t
SctpAssociation::ComputeFragmentationPoint() const
{
    // FreeBSD §5.5: smallest path MTU minus IP, common and DATA headers; SCTP_MAXSEG lowers it.
    uint32_t point = std::numeric_limits<uint32_t>::max();
    for (const auto& p : m_paths)
    {
        point = std::min(point,
                         p->GetMaxSctpPacketSize() - SctpPacket::COMMON_HEADER_SIZE -
                             SctpDataChunk::FIXED_SIZE);
    }
    if (m_paths.empty())
    {
        point = 1500 - 20 - SctpPacket::COMMON_HEADER_SIZE - SctpDataChunk::FIXED_SIZE;
    }
    if (m_auth.PeerRequires(SctpChunk::DATA))
    {
        point -= m_auth.GetChunkSize(); // every DATA packet carries an AUTH chunk
    }
    if (m_config.maxSeg > 0)
    {
        point = std::min(point, m_config.maxSeg);
    }
    return point & ~3u; // keep chunks 4-byte aligned
}

int
SctpAssociation::Send(std::vector<uint8_t> data, const SctpSndInfo& info)
{
    NS_LOG_FUNCTION(this << data.size() << info.sid);
    switch (m_state)
    {
    case CLOSED:
        return Socket::ERROR_NOTCONN;
    case SHUTDOWN_PENDING:
    case SHUTDOWN_SENT:
    case SHUTDOWN_RECEIVED:
    case SHUTDOWN_ACK_SENT:
        return Socket::ERROR_SHUTDOWN;
    default:
        break;
    }
    if (data.empty())
    {
        return Socket::ERROR_INVAL; // a DATA chunk must carry user data (RFC 9260 §3.3.1)
    }
    if (info.sid >= m_sendQueue.GetStreamCount())
    {
        return Socket::ERROR_INVAL;
    }
    if (m_config.disableFragments && data.size() > GetFragmentationPoint())
    {
        return Socket::ERROR_MSGSIZE;
    }
    if (data.size() > m_config.sendSpace)
    {
        return Socket::ERROR_MSGSIZE;
    }
    if (data.size() > GetTxAvailable())
    {
        return Socket::ERROR_AGAIN;
    }
    SctpOutboundMessage msg;
    msg.data = std::make_shared<std::vector<uint8_t>>(std::move(data));
    msg.complete = !m_config.explicitEor || (info.flags & SctpMsgFlags::EOR) != 0;
    msg.streamId = info.sid;
    msg.ppid = info.ppid;
    msg.unordered = (info.flags & SctpMsgFlags::UNORDERED) != 0;
    msg.sackImmediately =
        (info.flags & SctpMsgFlags::SACK_IMMEDIATELY) != 0 && m_config.sackImmediatelyEnabled;
    msg.context = info.context;
    m_sendBuffered += msg.data->size();
    m_sendQueue.Enqueue(std::move(msg));
    if (m_state == ESTABLISHED || m_state == SHUTDOWN_PENDING)
    {
        m_userOutput = true;
        Output();
        m_userOutput = false;
    }
    return 0;
}

uint32_t
SctpAssociation::GetTxAvailable() const
{
    return m_sendBuffered >= m_config.sendSpace ? 0 : m_config.sendSpace - m_sendBuffered;
}

void
SctpAssociation::NotifySendSpace()
{
    if (!m_callbacks.sendSpace.IsNull() && GetTxAvailable() > 0)
    {
        m_callbacks.sendSpace(this, GetTxAvailable());
    }
}

void
SctpAssociation::QueueControl(Ptr<SctpChunk> chunk)
{
    m_controlQueue.push_back(chunk);
}

void
SctpAssociation::AddControlChunks(SctpPacket& packet, uint32_t& size, uint32_t limit)
{
    // An ECN-Echo goes first, before a SACK, as FreeBSD bundles it; callers always add more.
    AddEcnEcho(packet, size);
    for (auto it = m_controlQueue.begin(); it != m_controlQueue.end();)
    {
        uint32_t s = (*it)->GetSerializedSize() + AuthCost(packet, (*it)->GetType());
        if (size + s > limit && !packet.GetChunks().empty())
        {
            ++it;
            continue;
        }
        packet.AddChunk(*it);
        size += s;
        it = m_controlQueue.erase(it);
    }
    // A SACK that is owed, or waiting on the delayed-SACK timer, rides along (FreeBSD §5.2).
    if ((m_sackNeeded || m_sackPending) && m_state != COOKIE_WAIT && m_state != COOKIE_ECHOED)
    {
        Ptr<SctpSackChunk> sack = BuildSack();
        size += sack->GetSerializedSize() + AuthCost(packet, SctpChunk::SACK);
        packet.AddChunk(sack);
    }
}

void
SctpAssociation::Transmit(SctpPacket& packet, Ptr<SctpPath> path, const Address& source)
{
    packet.SetSourcePort(m_localPort);
    packet.SetDestinationPort(m_peerPort);
    packet.SetVerificationTag(m_peerTag);
    // FreeBSD's last_sent_time: only DATA, HEARTBEAT, ASCONF and INIT make a path busy; a
    // path that carries only SACKs (a receiving endpoint's) is idle and gets heartbeats.
    for (const auto& c : packet.GetChunks())
    {
        uint8_t t = c->GetType();
        if (t == SctpChunk::DATA || t == SctpChunk::I_DATA)
        {
            m_lastDataTime = Simulator::Now(); // for SCTP_AUTOCLOSE (time_last_sent)
        }
        if (t == SctpChunk::DATA || t == SctpChunk::I_DATA || t == SctpChunk::HEARTBEAT ||
            t == SctpChunk::ASCONF || t == SctpChunk::INIT)
        {
            path->m_lastSendTime = Simulator::Now();
        }
    }
    AddAuth(packet);
    const Address& from = source.IsInvalid() ? path->GetLocalAddress() : source;
    if (!m_l4->SendPacket(packet, from, path->GetPeerAddress(), OutgoingTos()) &&
        path->GetState() != SctpPath::INACTIVE)
    {
        // FreeBSD's sctp_handle_no_route: without a route the address is unreachable at once,
        // and data and control go to an alternate until a heartbeat gets through again.
        NS_LOG_LOGIC("no route to " << path->GetPeerAddress() << ": unreachable");
        SetPathState(path, SctpPath::INACTIVE);
    }
}

void
SctpAssociation::Output()
{
    NS_LOG_FUNCTION(this);
    if (m_state == CLOSED || m_state == COOKIE_WAIT || m_paths.empty())
    {
        return;
    }
    Ptr<SctpPath> path = PrimaryPath();
    bool dataAllowed =
        (m_state == ESTABLISHED || m_state == SHUTDOWN_PENDING || m_state == SHUTDOWN_RECEIVED);
    if (dataAllowed)
    {
        // Retransmissions go to the path they are bound to; those bound to an unreachable path
        // move to the data path first.
        for (const auto& p : m_paths)
        {
            if (p != path && (p->GetState() == SctpPath::INACTIVE || !p->IsConfirmed()))
            {
                m_rtxQueue.MoveMarked(p, path);
            }
        }
        // Fast retransmissions ignore cwnd but are limited to fr_maxburst packets (§5.4).
        uint32_t frBurst = m_config.frMaxBurst ? m_config.frMaxBurst : UINT32_MAX;
        for (const auto& p : m_paths)
        {
            SendRetransmissions(p, true, frBurst);
            if (m_state == CLOSED)
            {
                return;
            }
        }
        // After a T3 expiry only one packet of retransmissions goes out (§3.5 step 11).
        for (const auto& p : m_paths)
        {
            SendRetransmissions(p, false, m_t3OnePacket ? 1 : UINT32_MAX);
            if (m_state == CLOSED)
            {
                return;
            }
        }
        m_t3OnePacket = false;
        // Chunks marked for retransmission go before new data (RFC 9260 §6.1 C).
        if (m_rtxQueue.GetRetransmitCount() == 0)
        {
            SendNewData(path);
        }
        SendResetRequestIfReady();
    }
    if (!m_controlQueue.empty() || m_sackNeeded)
    {
        SendControlOnly(path);
    }
}

void
SctpAssociation::SendControlOnly(Ptr<SctpPath> path)
{
    SctpPacket packet;
    uint32_t size = SctpPacket::COMMON_HEADER_SIZE;
    uint32_t limit = path->GetMaxSctpPacketSize();
    while (!m_controlQueue.empty() || m_sackNeeded)
    {
        AddControlChunks(packet, size, limit);
        if (packet.GetChunks().empty() ||
            (packet.GetChunks().size() == 1 &&
             packet.GetChunks().front()->GetType() == SctpChunk::ECNE))
        {
            break; // never a packet of an ECN-Echo alone
        }
        // SACKs go where the last DATA came from, or to an alternate (FreeBSD §5.2).
        Ptr<SctpPath> to = m_lastDataPath ? ReplyPath(m_lastDataPath) : path;
        Transmit(packet, to);
        packet = SctpPacket();
        size = SctpPacket::COMMON_HEADER_SIZE;
    }
}

bool
SctpAssociation::SendRetransmissions(Ptr<SctpPath> path, bool fastOnly, uint32_t maxPackets)
{
    bool sent = false;
    uint32_t packets = 0;
    uint32_t limit = path->GetMaxSctpPacketSize();
    while (packets < maxPackets)
    {
        SctpSentChunk* c = m_rtxQueue.NextRetransmit(fastOnly, path);
        if (!c)
        {
            break;
        }
        // Retransmissions obey cwnd, except fast retransmissions (§5.4) and the one packet a
        // T3 expiry sends at once (RFC 9260 §6.3.3 E3).
        bool t3Packet = !fastOnly && m_t3OnePacket && packets == 0;
        if (!fastOnly && !t3Packet && path->GetFlightSize() >= path->GetCwnd())
        {
            break;
        }
        // FreeBSD §5.3: with less than an MTU of peer window and data in flight, only the
        // lowest outstanding TSN may go again, alone.
        bool windowShut = m_peerRwnd < path->GetMtu() && m_rtxQueue.GetOutstandingBytes() > 0;
        if (windowShut && c != m_rtxQueue.GetLowest())
        {
            break;
        }
        SctpPacket packet;
        uint32_t size = SctpPacket::COMMON_HEADER_SIZE;
        AddControlChunks(packet, size, limit);
        bool lowestRetransmitted = false;
        bool withData = false;
        // A chunk that no packet of this path can carry goes first and alone with what control
        // rides along (IP fragments it): one made before the path MTU fell (FreeBSD's
        // CHUNK_FLAGS_FRAGMENT_OK).
        auto tooBig = [&](const SctpSentChunk* x) {
            return SctpPacket::COMMON_HEADER_SIZE + x->chunk->GetSerializedSize() +
                       (m_auth.PeerRequires(SctpChunk::DATA) ? m_auth.GetChunkSize() : 0) >
                   limit;
        };
        while (c &&
               (size + c->chunk->GetSerializedSize() + AuthCost(packet, SctpChunk::DATA) <= limit ||
                packet.GetChunks().empty() || (!withData && tooBig(c))))
        {
            withData = true;
            size += AuthCost(packet, SctpChunk::DATA);
            if (m_config.maxRetranChunk && c->sendCount > m_config.maxRetranChunk)
            {
                // FreeBSD: one TSN retransmitted max_retran_chunk times aborts the association.
                NS_LOG_LOGIC("TSN " << c->chunk->GetTsn() << " exceeded max_retran_chunk");
                Abort();
                return sent;
            }
            lowestRetransmitted |= (c == m_rtxQueue.GetLowest());
            bool fast = c->fastRetransmit;
            m_retransmitTrace(c->chunk->GetTsn(), fast);
            m_retransmissions++;
            packet.AddChunk(c->chunk);
            size += c->chunk->GetSerializedSize();
            m_rtxQueue.Retransmitted(c, path, Simulator::Now());
            c = windowShut ? nullptr : m_rtxQueue.NextRetransmit(fastOnly, path);
        }
        Transmit(packet, path);
        sent = true;
        packets++;
        if (fastOnly)
        {
            path->GetCcState()->m_fastRetranIp = true;
        }
        if (t3Packet)
        {
            m_t3OnePacket = false; // the one packet a T3 expiry sends regardless of cwnd
        }
        // R3 of §6.3.2: restart T3 when the earliest outstanding TSN goes out again.
        StartT3(path, lowestRetransmitted && fastOnly);
    }
    return sent;
}

bool
SctpAssociation::SendNewData(Ptr<SctpPath> path)
{
    uint32_t fragPoint = GetFragmentationPoint();
    m_sendQueue.SetFragmentationPoint(fragPoint);
    // While the peer's association reset waits for our DATA in flight to be acknowledged, no
    // new message starts (a message partly sent is finished).
    auto mayCut = [this]() { return !m_assocResetHold || m_sendQueue.HasPartialMessage(); };
    if (m_sendQueue.PeekNextChunkSize() == 0 || !mayCut())
    {
        return false;
    }
    uint32_t limit = path->GetMaxSctpPacketSize();
    uint32_t mtu = path->GetMtu();
    // Max burst by clamping cwnd (cwnd_maxburst, §5.4); packet counting otherwise.
    uint32_t burstPackets = UINT32_MAX;
    if (m_config.maxBurst > 0)
    {
        if (m_config.cwndMaxBurst)
        {
            // FreeBSD §5.4: every reachable path's cwnd is clamped before new data goes out.
            for (const auto& p : m_paths)
            {
                if (p->GetState() != SctpPath::INACTIVE)
                {
                    p->GetCongestionOps()->UpdateAfterOutput(p->GetCcState(),
                                                             CcInputs(),
                                                             m_config.maxBurst);
                }
            }
        }
        else
        {
            burstPackets = m_config.maxBurst;
        }
    }
    if (path->GetFlightSize() == 0)
    {
        // A new transmission period (RTCC restarts its bandwidth measurement).
        path->GetCongestionOps()->NewTransmissionBegins(path->GetCcState(), CcInputs());
    }
    bool sent = false;
    uint32_t packets = 0;
    while (m_sendQueue.PeekNextChunkSize() > 0 && packets < burstPackets && mayCut())
    {
        uint32_t outstanding = m_rtxQueue.GetOutstandingBytes();
        NS_LOG_LOGIC("flight " << path->GetFlightSize() << " cwnd " << path->GetCwnd() << " rwnd "
                               << m_peerRwnd << " queued " << m_sendQueue.GetQueuedBytes());
        if (path->GetFlightSize() >= path->GetCwnd())
        {
            break;
        }
        uint32_t next = m_sendQueue.PeekNextChunkSize();
        uint32_t book = next + SctpDataChunk::FIXED_SIZE;
        // Peer's window (§6.1 A/B): a zero window allows one probe when nothing is in flight.
        if (book > m_peerRwnd && outstanding > 0)
        {
            break;
        }
        // Nagle (§5.6): on the user's send path, hold a small remainder while data is in
        // flight.
        if (m_userOutput && !m_config.noDelay && outstanding > 0 &&
            m_sendQueue.GetQueuedBytes() < mtu - 52 && m_sendQueue.GetQueuedMessages() < 256)
        {
            break;
        }
        SctpPacket packet;
        uint32_t size = SctpPacket::COMMON_HEADER_SIZE;
        AddControlChunks(packet, size, limit);
        bool probe = (m_peerRwnd < book);
        while ((next = m_sendQueue.PeekNextChunkSize()) > 0 && mayCut())
        {
            book = next + SctpDataChunk::FIXED_SIZE;
            if (size + SctpPad4(book) + AuthCost(packet, SctpChunk::DATA) > limit)
            {
                break;
            }
            size += AuthCost(packet, SctpChunk::DATA);
            if (book > m_peerRwnd && !probe)
            {
                break;
            }
            uint32_t context = 0;
            Ptr<SctpDataChunk> chunk = m_sendQueue.Next(context);
            if (m_state == SHUTDOWN_PENDING && m_config.sackImmediatelyEnabled)
            {
                chunk->SetSackImmediately(true); // FreeBSD §5.2: every DATA while closing
            }
            uint32_t tsn = m_rtxQueue.AddSent(chunk, path, Simulator::Now(), context);
            if (!path->m_rttPending)
            {
                path->m_rttPending = true;
                path->m_rttTsn = tsn;
            }
            uint32_t debit = book + m_config.peerChunkOverhead;
            m_peerRwnd = m_peerRwnd > debit ? m_peerRwnd.Get() - debit : 0;
            packet.AddChunk(chunk);
            size += chunk->GetSerializedSize();
            if (probe)
            {
                break; // a window probe is a single chunk
            }
        }
        Transmit(packet, path);
        path->GetCcState()->m_fastRetranIp = false;
        path->GetCongestionOps()->PacketTransmitted(path->GetCcState());
        StartT3(path, false);
        sent = true;
        packets++;
        if (probe)
        {
            break;
        }
    }
    return sent;
}

void
SctpAssociation::StartT3(Ptr<SctpPath> path, bool restart)
{
    if (path->m_t3Timer.IsRunning() && !restart)
    {
        return;
    }
    path->m_t3Timer.Cancel();
    if (path->GetFlightSize() == 0 && m_rtxQueue.GetRetransmitCount() == 0)
    {
        return;
    }
    NS_LOG_LOGIC("T3 of " << path->GetPeerAddress() << " in " << path->GetRto().As(Time::MS)
                          << " (flight " << path->GetFlightSize() << ")");
    path->m_t3Timer = Simulator::Schedule(path->GetRto(), &SctpAssociation::T3Expired, this, path);
}

void
SctpAssociation::T3Expired(Ptr<SctpPath> path)
{
    NS_LOG_FUNCTION(this << path->GetPeerAddress() << path->GetRto());
    m_timeoutTrace(path->GetPeerAddress(), path->GetRto());
    // §3.5: a window probe only counts against the association.
    bool windowProbe = (m_peerRwnd == 0 && m_rtxQueue.GetOutstandingBytes() < path->GetMtu());
    if (!CheckThreshold(path, m_config.assocRtxMax, windowProbe))
    {
        return;
    }
    // Step 3: a non-primary path not heard from within its RTO gets a heartbeat at once, to
    // refresh its RTT.
    if (path != m_paths[m_primary] && path->GetState() != SctpPath::POTENTIALLY_FAILED &&
        !path->m_lastSendTime.IsZero() && Simulator::Now() - path->m_lastSendTime > path->GetRto())
    {
        SendHeartbeat(path);
    }
    // Chunks younger than SRTT + 4 RTTVAR were not given their chance yet (§3.5 step 5).
    Time minAge =
        windowProbe ? Time(0) : std::min(path->GetRttEstimator().GetUnclampedRto(), path->GetRto());
    if (!path->GetRttEstimator().IsMeasured())
    {
        minAge = Time(0);
    }
    // Non-CMT: retransmit on FreeBSD's mode-0 alternate (the path itself when alone).
    Ptr<SctpPath> alternate = FindAlternate(path);
    uint32_t marked = m_rtxQueue.MarkForT3(path, Simulator::Now(), minAge, alternate);
    if (m_inFastRecovery)
    {
        m_inFastRecovery = false;
        m_fastRecoveryTrace(m_fastRecoveryExit, false);
    }
    path->BackoffRto();
    if (!windowProbe && marked > 0)
    {
        path->GetCongestionOps()->UpdateAfterTimeout(path->GetCcState(), CcInputs());
    }
    path->GetCcState()->m_fastRetranIp = false;
    if (path->GetFlightSize() == 0)
    {
        path->GetCongestionOps()->NewTransmissionBegins(path->GetCcState(), CcInputs());
    }
    m_t3OnePacket = true;
    StartT3(path, true); // runs again only if something is still outstanding on this path
    Output();
}

void
SctpAssociation::UpdatePeerRwnd(uint32_t arwnd)
{
    // FreeBSD §5.3: a_rwnd less what is still in flight, each chunk charged peer_chkoh; below
    // the sender's SWS threshold it counts as closed.
    m_peerArwnd = arwnd;
    uint64_t inFlight = m_rtxQueue.GetOutstandingBytes() +
                        uint64_t(m_rtxQueue.GetOutstandingChunks()) * m_config.peerChunkOverhead;
    uint32_t rwnd = arwnd > inFlight ? static_cast<uint32_t>(arwnd - inFlight) : 0;
    if (rwnd < SENDER_SWS && rwnd < arwnd)
    {
        rwnd = 0;
    }
    m_peerRwnd = rwnd;
}

void
SctpAssociation::HandleSack(Ptr<SctpChunk> chunk)
{
    NS_LOG_FUNCTION(this);
    if (m_state == COOKIE_WAIT || m_state == COOKIE_ECHOED || m_state == CLOSED)
    {
        return;
    }
    Ptr<SctpSackChunk> sack = DynamicCast<SctpSackChunk>(chunk);
    ProcessCumulativeAck(sack->GetCumulativeTsnAck(), sack->GetGapAckBlocks(), sack->GetARwnd());
}

void
SctpAssociation::ProcessCumulativeAck(uint32_t cumTsn,
                                      const std::vector<SctpGapAckBlock>& gaps,
                                      uint32_t arwnd)
{
    NS_LOG_FUNCTION(this << cumTsn << gaps.size() << arwnd);
    if (SctpTsnGt(cumTsn, m_rtxQueue.GetHighestTsnSent()))
    {
        // §6.2.1: acknowledging a TSN never sent is a protocol violation.
        Ptr<SctpProtocolViolationErrorCause> cause = Create<SctpProtocolViolationErrorCause>();
        cause->SetInformation(std::string("Cumulative TSN Ack beyond the highest TSN sent"));
        AbortWithCause(cause, CLOSE_FAILED);
        return;
    }
    SctpSackOutcome out = m_rtxQueue.ProcessSack(cumTsn, gaps, m_inFastRecovery, Simulator::Now());
    if (out.stale)
    {
        return;
    }
    m_errorCount = 0;
    m_sendBuffered -= std::min<uint64_t>(m_sendBuffered, out.cumAckedBytes);
    AdvanceCwrWindows(cumTsn);

    // FreeBSD skips the per-path error-count and window updates of a SACK that an ECN-Echo
    // preceded in the same packet (the echo has already set the window); RTT samples count.
    const bool ccUpdate = !m_ecnEchoThisPacket;
    for (auto& rec : out.paths)
    {
        if (rec.rttSample.IsStrictlyPositive())
        {
            rec.path->AddRttSample(rec.rttSample, true);
        }
        if (ccUpdate && rec.netAck2 > 0)
        {
            // New data acknowledged on the path: it is alive (FreeBSD §3.1, §3.3, §2.7).
            rec.path->m_errorCount = 0;
            rec.path->RestoreRto();
            if (rec.path->GetState() == SctpPath::POTENTIALLY_FAILED)
            {
                rec.path->GetCongestionOps()->UpdateOnExitPf(rec.path->GetCcState(), CcInputs());
                SetPathState(rec.path, SctpPath::ACTIVE);
                rec.netAck = 0; // leaving PF: cwnd = MTU, no growth from this SACK
            }
            else if (rec.path->GetState() == SctpPath::INACTIVE)
            {
                SetPathState(rec.path, SctpPath::ACTIVE);
            }
        }
    }

    bool willExit = m_inFastRecovery && out.cumMoved && SctpTsnGe(cumTsn, m_fastRecoveryExit);
    SctpCcAssocInputs in = CcInputs();
    in.accumMoved = out.cumMoved;
    in.willExitFastRecovery = willExit;
    for (const auto& p : m_paths)
    {
        Ptr<SctpPathCcState> cc = p->GetCcState();
        Ptr<SctpCongestionOps> ops = p->GetCongestionOps();
        cc->ResetForSack();
        ops->PrepareForSack(cc);
        for (const auto& rec : out.paths)
        {
            if (rec.path == p)
            {
                cc->m_netAck = rec.netAck;
                cc->m_netAck2 = rec.netAck2;
                if (rec.leftFlight > 0)
                {
                    ops->TsnAcknowledged(cc, rec.leftFlight);
                }
            }
        }
        if (ccUpdate)
        {
            ops->UpdateAfterSack(cc, in);
        }
    }
    // Fast retransmit: FreeBSD re-uses net_ack as the count of new fast retransmits.
    for (const auto& rec : out.paths)
    {
        if (rec.newFastRetransmits == 0)
        {
            continue;
        }
        Ptr<SctpPathCcState> cc = rec.path->GetCcState();
        cc->m_netAck = rec.newFastRetransmits;
        in.inFastRecovery = m_inFastRecovery;
        if (rec.path->GetCongestionOps()->UpdateAfterFastRetransmit(cc, in) && !m_inFastRecovery)
        {
            m_inFastRecovery = true;
            m_fastRecoveryExit = m_rtxQueue.GetHighestTsnSent();
            m_fastRecoveryTrace(m_fastRecoveryExit, true);
            StartT3(rec.path, true);
        }
    }
    if (willExit)
    {
        m_inFastRecovery = false;
        m_fastRecoveryTrace(m_fastRecoveryExit, false);
    }
    UpdatePeerRwnd(arwnd);

    // T3 (§6.3.2 R2, R3): stop where nothing is in flight; restart, when the cum ack moved,
    // the timer of each address whose data this SACK acknowledged.
    for (const auto& p : m_paths)
    {
        if (p->GetFlightSize() == 0)
        {
            p->m_t3Timer.Cancel();
            continue;
        }
        bool acked = false;
        for (const auto& rec : out.paths)
        {
            acked |= (rec.path == p && rec.netAck > 0);
        }
        if (out.cumMoved && acked)
        {
            StartT3(p, true);
        }
    }
    if (m_rtxQueue.GetRetransmitCount() > 0)
    {
        StartT3(PrimaryPath(), false);
    }
    if (out.cumAckedBytes > 0)
    {
        ReleaseAuthKeys();
        NotifySendSpace();
        if (m_rtxQueue.IsEmpty() && m_sendQueue.IsEmpty())
        {
            SctpNotification dry; // everything sent was acknowledged (RFC 6458 §6.1.9)
            dry.type = SctpNotification::SENDER_DRY_EVENT;
            Notify(dry);
        }
    }
    if (m_state == SHUTDOWN_PENDING || m_state == SHUTDOWN_RECEIVED)
    {
        CheckShutdownProgress();
    }
}

} // namespace ns3
