/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The association's receiving side: DATA acceptance (RFC 9260 §6.2), SACK generation with
// FreeBSD's timing (freebsd-behaviour.md §5.2), the advertised window, and delivery.

#include "sctp-association.h"
#include "sctp-init-responder.h"
#include "sctp-serial.h"

#include "ns3/log.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationRx");

namespace
{
/// Receive-side charge per queued chunk, as FreeBSD's MSIZE accounting.
constexpr uint32_t CHUNK_OVERHEAD = 256;
/// Smallest window-update increment that earns a SACK (FreeBSD SCTP_MIN_RWND).
constexpr uint32_t MIN_RWND_UPDATE = 1500;
} // namespace

uint32_t
SctpAssociation::GetLocalRwnd() const
{
    uint64_t chunks = m_inbound.GetHeldChunks() + m_inbound.GetQueuedCount();
    if (chunks == 0)
    {
        return m_config.recvSpace;
    }
    uint64_t used = m_inbound.GetHeldBytes() + m_inbound.GetQueuedBytes() + chunks * CHUNK_OVERHEAD;
    return used >= m_config.recvSpace ? 0 : static_cast<uint32_t>(m_config.recvSpace - used);
}

uint32_t
SctpAssociation::GetPeerRwnd() const
{
    return m_peerRwnd;
}

bool
SctpAssociation::HandleData(Ptr<SctpChunk> chunk, const Address& source)
{
    Ptr<SctpDataChunk> data = DynamicCast<SctpDataChunk>(chunk);
    if (m_state != ESTABLISHED && m_state != SHUTDOWN_PENDING && m_state != SHUTDOWN_SENT)
    {
        m_l4->NotifyDrop(nullptr,
                         std::string("DATA in state ") + StateName(m_state) + ": discarded");
        return false;
    }
    uint32_t tsn = data->GetTsn();
    if (data->GetUserData().empty())
    {
        // §6.2: DATA without user data is answered with ABORT, "No User Data".
        Ptr<SctpNoUserDataErrorCause> cause = Create<SctpNoUserDataErrorCause>();
        cause->SetTsn(tsn);
        AbortWithCause(cause, CLOSE_ABORTED);
        return false;
    }
    bool hadGaps = m_tracker.HasGaps();
    // §6.2: with no room, new TSNs above the highest received are dropped (and not acked).
    bool full = GetLocalRwnd() == 0 ||
                m_inbound.GetHeldChunks() + m_inbound.GetQueuedCount() >= m_config.maxChunksOnQueue;
    if (full && SctpTsnGt(tsn, m_tracker.GetHighestTsn()))
    {
        m_l4->NotifyDrop(nullptr, "DATA dropped: receive window full");
        m_sackNeeded = true;
        return true;
    }
    switch (m_tracker.Record(tsn))
    {
    case SctpTsnTracker::RecordResult::DUPLICATE:
        m_sackNeeded = true; // duplicates are reported at once (§6.2, FreeBSD §5.2)
        return true;
    case SctpTsnTracker::RecordResult::OUT_OF_WINDOW:
        m_l4->NotifyDrop(nullptr, "DATA beyond the TSN tracking window");
        return true;
    case SctpTsnTracker::RecordResult::NEW:
        break;
    }
    switch (m_inbound.Receive(SctpReceivedFragment::FromChunk(*data)))
    {
    case SctpInboundStreams::Result::ACCEPTED:
        break;
    case SctpInboundStreams::Result::INVALID_STREAM: {
        // §6.5: report with an ERROR; the TSN stays acknowledged.
        Ptr<SctpInvalidStreamIdentifierErrorCause> cause =
            Create<SctpInvalidStreamIdentifierErrorCause>();
        cause->SetStreamId(data->GetStreamId());
        Ptr<SctpErrorChunk> error = Create<SctpErrorChunk>();
        error->AddCause(cause);
        QueueControl(error);
        m_sackNeeded = true;
        break;
    }
    case SctpInboundStreams::Result::PROTOCOL_VIOLATION: {
        Ptr<SctpProtocolViolationErrorCause> cause = Create<SctpProtocolViolationErrorCause>();
        cause->SetInformation(std::string("DATA fragment inconsistent with its message"));
        AbortWithCause(cause, CLOSE_ABORTED);
        return false;
    }
    }
    m_errorCount = 0; // FreeBSD §3.1: a packet with DATA resets the association counter
    bool gapClosed = hadGaps && !m_tracker.HasGaps();
    return data->IsSackImmediately() || m_tracker.HasGaps() || gapClosed;
}

void
SctpAssociation::AfterDataPacket(bool immediate)
{
    NS_LOG_FUNCTION(this << immediate);
    m_dataPacketsSinceSack++;
    if (m_state == SHUTDOWN_SENT)
    {
        // §9.2: in SHUTDOWN-SENT every DATA is answered with a SHUTDOWN (plus a SACK on gaps).
        if (m_tracker.HasGaps())
        {
            m_sackNeeded = true;
            SendControlOnly(PrimaryPath());
        }
        SendShutdown();
    }
    else if (!m_firstDataReceived || immediate || m_sackNeeded || m_tracker.HasGaps() ||
             m_config.delayedSackTime.IsZero() || m_dataPacketsSinceSack >= m_config.sackFreq)
    {
        m_sackNeeded = true;
    }
    else if (!m_sackTimer.IsRunning())
    {
        m_sackPending = true;
        m_sackTimer = Simulator::Schedule(m_config.delayedSackTime,
                                          &SctpAssociation::DelayedSackExpired,
                                          this);
    }
    m_firstDataReceived = true;
    if (m_inbound.HasMessage() && !m_callbacks.dataArrived.IsNull())
    {
        m_callbacks.dataArrived(this);
    }
}

Ptr<SctpSackChunk>
SctpAssociation::BuildSack()
{
    Ptr<SctpSackChunk> sack = Create<SctpSackChunk>();
    sack->SetCumulativeTsnAck(m_tracker.GetCumulativeTsn());
    uint32_t rwnd = GetLocalRwnd();
    sack->SetARwnd(rwnd);
    std::vector<uint32_t> dups = m_tracker.GetDuplicates();
    // As many gap blocks as fit in one packet next to the duplicates.
    Ptr<SctpPath> path = m_lastDataPath ? ReplyPath(m_lastDataPath) : PrimaryPath();
    uint32_t room = (path ? path->GetMaxSctpPacketSize() : 1480) -
                    (m_auth.PeerRequires(SctpChunk::SACK) ? m_auth.GetChunkSize() : 0);
    room -= SctpPacket::COMMON_HEADER_SIZE + SctpSackChunk::FIXED_SIZE;
    room -= std::min<uint32_t>(room, dups.size() * 4);
    std::vector<SctpGapAckBlock> blocks;
    m_tracker.GetGapAckBlocks(blocks, room / 4);
    sack->SetGapAckBlocks(blocks);
    sack->SetDuplicateTsns(dups);
    m_tracker.ClearDuplicates();
    m_lastAdvertisedRwnd = rwnd;
    m_dataPacketsSinceSack = 0;
    m_sackNeeded = false;
    m_sackPending = false;
    m_sackTimer.Cancel();
    return sack;
}

void
SctpAssociation::DelayedSackExpired()
{
    NS_LOG_FUNCTION(this);
    m_sackNeeded = true;
    Output();
}

void
SctpAssociation::SendSackNow()
{
    m_sackNeeded = true;
    Output();
}

uint64_t
SctpAssociation::GetReadyTotal() const
{
    return m_inbound.GetReadyTotal();
}

uint64_t
SctpAssociation::GetTakenTotal() const
{
    return m_inbound.GetTakenTotal();
}

bool
SctpAssociation::HasMessage() const
{
    return m_inbound.HasMessage();
}

uint32_t
SctpAssociation::GetRxAvailable() const
{
    return m_inbound.GetQueuedBytes();
}

std::vector<uint8_t>
SctpAssociation::Receive(SctpRcvInfo& info, bool& complete)
{
    if (!m_inbound.HasMessage())
    {
        complete = false;
        return {};
    }
    SctpDeliveredMessage m = m_inbound.Pop();
    info.sid = m.streamId;
    info.ssn = static_cast<uint16_t>(m.ssnOrMid);
    info.flags = m.unordered ? SctpMsgFlags::UNORDERED : 0;
    info.ppid = m.ppid;
    info.tsn = m.tsn;
    info.cumtsn = m_tracker.GetCumulativeTsn();
    info.context = m_config.context;
    complete = m.complete;
    m_deliveredBytes = m_deliveredBytes + m.data.size();
    return std::move(m.data);
}

Time
SctpAssociation::GetLastDataTime() const
{
    return m_lastDataTime;
}

bool
SctpAssociation::HasDataPending() const
{
    return !m_sendQueue.IsEmpty() || !m_rtxQueue.IsEmpty();
}

void
SctpAssociation::NotifySenderDryIfIdle()
{
    if (m_state == ESTABLISHED && !HasDataPending())
    {
        SctpNotification dry;
        dry.type = SctpNotification::SENDER_DRY_EVENT;
        Notify(dry);
    }
}

const SctpDeliveredMessage*
SctpAssociation::PeekMessage() const
{
    return m_inbound.HasMessage() ? &m_inbound.Front() : nullptr;
}

void
SctpAssociation::NotifyApplicationRead()
{
    // In SHUTDOWN-SENT every SHUTDOWN acknowledges; no window-update SACK then.
    if (m_state != ESTABLISHED && m_state != SHUTDOWN_PENDING)
    {
        return;
    }
    // Window update (FreeBSD §5.2): a SACK once the window grew by max(rcvbuf/8, 1500).
    uint32_t rwnd = GetLocalRwnd();
    uint32_t step = std::max(m_config.recvSpace / 8, MIN_RWND_UPDATE);
    if (rwnd > m_lastAdvertisedRwnd && rwnd - m_lastAdvertisedRwnd >= step)
    {
        SendSackNow();
    }
}

} // namespace ns3
