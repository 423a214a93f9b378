/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// SctpAssociation: the end of an association. Graceful shutdown (RFC 9260 §9.2: SHUTDOWN,
// SHUTDOWN-ACK, SHUTDOWN-COMPLETE, T2 and the T5 guard), ABORT, and Close with what the
// application is told (SEND_FAILED for data left behind, PARTIAL_DELIVERY, ASSOC_CHANGE).

#include "sctp-association.h"
#include "sctp-init-responder.h"
#include "sctp-serial.h"

#include "ns3/log.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationShutdown");

void
SctpAssociation::ReportAllOutbound(uint16_t error)
{
    // FreeBSD's sctp_report_all_outbound: chunks sent but not acknowledged one by one
    // (SCTP_SEND_FAILED_EVENT, sent), then messages that never left (unsent); both queues end
    // empty.
    for (const auto& c : m_rtxQueue.GetChunks())
    {
        SctpNotification f;
        f.type = SctpNotification::SEND_FAILED_EVENT;
        f.flags = SctpNotification::DATA_SENT;
        f.error = error;
        f.data = c.chunk->GetUserData();
        f.sndInfo.sid = c.chunk->GetStreamId();
        f.sndInfo.ppid = c.chunk->GetPpid();
        f.sndInfo.context = c.context;
        Notify(f);
    }
    ReportSendFailed(m_sendQueue.Clear(), error);
    m_rtxQueue.Clear();
}

void
SctpAssociation::ReportSendFailed(const std::vector<SctpOutboundMessage>& messages, uint16_t error)
{
    for (const auto& m : messages)
    {
        NS_LOG_LOGIC("message of " << m.data->size() << " bytes on stream " << m.streamId
                                   << " not sent");
        SctpNotification f;
        f.type = SctpNotification::SEND_FAILED_EVENT;
        f.flags = SctpNotification::DATA_UNSENT;
        f.error = error;
        f.data.assign(m.data->begin() + std::min<size_t>(m.offset, m.data->size()),
                      m.data->end()); // what was not cut into chunks yet
        f.sndInfo.sid = m.streamId;
        f.sndInfo.ppid = m.ppid;
        f.sndInfo.context = m.context;
        Notify(f);
    }
}

void
SctpAssociation::Shutdown()
{
    NS_LOG_FUNCTION(this);
    switch (m_state)
    {
    case COOKIE_WAIT:
    case COOKIE_ECHOED:
        // No data can have been exchanged: nothing to flush.
        Close(CLOSE_GRACEFUL);
        return;
    case ESTABLISHED:
        // A message left open under SCTP_EXPLICIT_EOR ends where the user stopped.
        m_sendQueue.CloseOpenMessages();
        SetState(SHUTDOWN_PENDING);
        Output();
        CheckShutdownProgress();
        return;
    default:
        return;
    }
}

void
SctpAssociation::CheckShutdownProgress()
{
    // §9.2: SHUTDOWN (or SHUTDOWN-ACK) only once all our data is acknowledged.
    if (!m_sendQueue.IsEmpty() || !m_rtxQueue.IsEmpty())
    {
        return;
    }
    if (m_state == SHUTDOWN_PENDING)
    {
        SendShutdown();
        SetState(SHUTDOWN_SENT);
        Time guard =
            m_config.shutdownGuardTime.IsZero() ? 5 * m_config.rtoMax : m_config.shutdownGuardTime;
        m_guardTimer.Cancel();
        m_guardTimer = Simulator::Schedule(guard, &SctpAssociation::GuardExpired, this);
    }
    else if (m_state == SHUTDOWN_RECEIVED)
    {
        SendShutdownAck();
        SetState(SHUTDOWN_ACK_SENT);
    }
}

void
SctpAssociation::SendShutdown(Ptr<SctpPath> path)
{
    NS_LOG_FUNCTION(this);
    Ptr<SctpShutdownChunk> shutdown = Create<SctpShutdownChunk>();
    shutdown->SetCumulativeTsnAck(m_tracker.GetCumulativeTsn());
    m_sackTimer.Cancel(); // SHUTDOWN acknowledges too
    m_sackPending = false;
    SendShutdownChunk(shutdown, path);
}

void
SctpAssociation::SendShutdownAck(Ptr<SctpPath> path)
{
    NS_LOG_FUNCTION(this);
    SendShutdownChunk(Create<SctpShutdownAckChunk>(), path);
}

void
SctpAssociation::SendShutdownChunk(Ptr<SctpChunk> chunk, Ptr<SctpPath> path)
{
    m_t2Path = path ? path : PrimaryPath();
    SctpPacket packet;
    packet.SetSourcePort(m_localPort);
    packet.SetDestinationPort(m_peerPort);
    packet.SetVerificationTag(m_peerTag);
    packet.AddChunk(chunk);
    Transmit(packet, m_t2Path);
    m_t2Timer.Cancel();
    m_t2Timer = Simulator::Schedule(m_t2Path->GetRto(), &SctpAssociation::T2Expired, this);
}

void
SctpAssociation::T2Expired()
{
    NS_LOG_FUNCTION(this);
    // FreeBSD: threshold management and back-off on the timer's path, then the chunk goes again
    // to that path's mode-0 alternate.
    Ptr<SctpPath> path = m_t2Path ? m_t2Path : PrimaryPath();
    if (!CheckThreshold(path, m_config.assocRtxMax))
    {
        return;
    }
    path->BackoffRto();
    Ptr<SctpPath> alternate = FindAlternate(path);
    if (m_state == SHUTDOWN_SENT)
    {
        SendShutdown(alternate);
    }
    else if (m_state == SHUTDOWN_ACK_SENT)
    {
        SendShutdownAck(alternate);
    }
}

void
SctpAssociation::GuardExpired()
{
    NS_LOG_FUNCTION(this);
    // §9.2 T5: give up the shutdown and abort.
    Abort();
}

void
SctpAssociation::HandleShutdown(Ptr<SctpChunk> chunk)
{
    NS_LOG_FUNCTION(this);
    Ptr<SctpShutdownChunk> shutdown = DynamicCast<SctpShutdownChunk>(chunk);
    switch (m_state)
    {
    case ESTABLISHED:
    case SHUTDOWN_PENDING:
    case SHUTDOWN_RECEIVED:
        // The Cumulative TSN Ack acknowledges like a SACK without gaps (§9.2).
        ProcessCumulativeAck(shutdown->GetCumulativeTsnAck(), {}, m_peerArwnd);
        if (m_state != SHUTDOWN_RECEIVED)
        {
            SetState(SHUTDOWN_RECEIVED);
            SctpNotification n;
            n.type = SctpNotification::SHUTDOWN_EVENT;
            Notify(n);
            if (!m_callbacks.peerShutdown.IsNull())
            {
                m_callbacks.peerShutdown(this);
            }
        }
        CheckShutdownProgress();
        return;
    case SHUTDOWN_SENT:
        // Both sides shut down at once: answer with SHUTDOWN-ACK.
        ProcessCumulativeAck(shutdown->GetCumulativeTsnAck(), {}, m_peerArwnd);
        SendShutdownAck();
        SetState(SHUTDOWN_ACK_SENT);
        return;
    default:
        return;
    }
}

void
SctpAssociation::HandleShutdownAck()
{
    NS_LOG_FUNCTION(this);
    if (m_state != SHUTDOWN_SENT && m_state != SHUTDOWN_ACK_SENT)
    {
        return;
    }
    SctpPacket packet;
    packet.SetSourcePort(m_localPort);
    packet.SetDestinationPort(m_peerPort);
    packet.SetVerificationTag(m_peerTag);
    packet.AddChunk(Create<SctpShutdownCompleteChunk>());
    Transmit(packet, PrimaryPath());
    Close(CLOSE_GRACEFUL);
}

void
SctpAssociation::HandleShutdownComplete()
{
    NS_LOG_FUNCTION(this);
    if (m_state != SHUTDOWN_ACK_SENT)
    {
        return;
    }
    Close(CLOSE_GRACEFUL);
}

void
SctpAssociation::Abort(const std::vector<uint8_t>& reason)
{
    NS_LOG_FUNCTION(this);
    if (m_state == CLOSED)
    {
        return;
    }
    if (m_state == COOKIE_WAIT || m_paths.empty())
    {
        Close(CLOSE_USER_ABORT); // the peer has no association to abort yet
        return;
    }
    Ptr<SctpUserInitiatedAbortErrorCause> cause = Create<SctpUserInitiatedAbortErrorCause>();
    cause->SetInformation(reason);
    AbortWithCause(cause, CLOSE_USER_ABORT);
}

void
SctpAssociation::Close(CloseReason reason)
{
    NS_LOG_FUNCTION(this << reason);
    if (m_state == CLOSED && m_paths.empty())
    {
        return;
    }
    m_t1Timer.Cancel();
    m_t2Timer.Cancel();
    m_guardTimer.Cancel();
    m_sackTimer.Cancel();
    m_reconfigTimer.Cancel();
    m_assocResetHoldTimer.Cancel();
    m_asconfTimer.Cancel();
    m_primDeletedTimer.Cancel();
    for (auto& p : m_paths)
    {
        p->m_t3Timer.Cancel();
        p->m_heartbeatTimer.Cancel();
        p->m_pmtuRaiseTimer.Cancel();
    }
    bool setup = (m_state == COOKIE_WAIT || m_state == COOKIE_ECHOED);
    // A message the application was reading in parts will not be completed (RFC 6458 §6.1.7).
    if (reason != CLOSE_GRACEFUL)
    {
        if (auto pd = m_inbound.GetRunningPartialDelivery())
        {
            SctpNotification n;
            n.type = SctpNotification::PARTIAL_DELIVERY_EVENT;
            n.indication = SctpNotification::PARTIAL_DELIVERY_ABORTED;
            n.streamId = pd->streamId;
            n.sequence = static_cast<uint16_t>(pd->ssnOrMid);
            Notify(n);
        }
    }
    // FreeBSD reports the cause of the peer's ABORT in ssfe_error.
    ReportAllOutbound(reason == CLOSE_GRACEFUL ? 0 : m_receivedAbortCause);
    SetState(CLOSED);
    SctpNotification change;
    change.type = SctpNotification::ASSOC_CHANGE;
    change.state = reason == CLOSE_GRACEFUL             ? SctpNotification::SHUTDOWN_COMP
                   : (setup || reason == CLOSE_REFUSED) ? SctpNotification::CANT_STR_ASSOC
                                                        : SctpNotification::COMM_LOST;
    change.outboundStreams = m_outboundStreams;
    change.inboundStreams = m_inboundStreams;
    if (reason != CLOSE_GRACEFUL)
    {
        // RFC 6458 §6.1.1: the peer's ABORT chunk, its first cause code in sac_error.
        change.data = m_receivedAbort;
        change.error = m_receivedAbortCause;
    }
    Notify(change);
    Ptr<SctpAssociation> self = this;
    m_l4->RemoveAssociation(this);
    if (!m_callbacks.closed.IsNull())
    {
        m_callbacks.closed(self, reason);
    }
}

} // namespace ns3
