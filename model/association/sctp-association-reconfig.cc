/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Stream reset (RFC 6525): outgoing SSN reset requests in both directions, one request of ours
// outstanding with its timer, the peer's requests performed once everything before the reset
// point arrived (or refused when SCTP_ENABLE_STREAM_RESET does not allow them), and the
// STREAM_RESET events. Other request types are answered "denied".

#include "sctp-association.h"
#include "sctp-serial.h"

#include "ns3/log.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-parameters.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationReconfig");

namespace
{
constexpr uint32_t ENABLE_RESET_STREAM_REQ = 0x01; ///< SCTP_ENABLE_RESET_STREAM_REQ
} // namespace

bool
SctpAssociation::IsReconfigActive() const
{
    return m_reconfigActive;
}

void
SctpAssociation::SetupReconfig(bool peerSupports, uint32_t peerInitialTsn)
{
    m_reconfigActive = m_config.reconfigEnable && peerSupports;
    // RFC 6525 §5.1.1: request sequence numbers start at the Initial TSN of each side.
    m_reconfigNextSeq = m_localInitialTsn;
    m_reconfigPeerSeq = peerInitialTsn - 1;
    m_lastReconfigResponse = nullptr;
}

int
SctpAssociation::ResetOutgoingStreams(const std::vector<uint16_t>& streams)
{
    NS_LOG_FUNCTION(this << streams.size());
    if (!m_reconfigActive || m_state != ESTABLISHED)
    {
        return Socket::ERROR_OPNOTSUPP;
    }
    if (m_reconfigInFlight || m_reconfigWaiting)
    {
        return Socket::ERROR_AGAIN;
    }
    for (uint16_t sid : streams)
    {
        if (sid >= m_outboundStreams)
        {
            return Socket::ERROR_INVAL;
        }
    }
    m_resetStreams = streams;
    if (m_resetStreams.empty())
    {
        for (uint16_t sid = 0; sid < m_outboundStreams; ++sid)
        {
            m_resetStreams.push_back(sid);
        }
    }
    for (uint16_t sid : m_resetStreams)
    {
        m_sendQueue.SetBlocked(sid, true); // messages queued from now on wait for the answer
    }
    m_resetRequested = streams;
    m_reconfigWaiting = true;
    Output(); // sends what was queued before, then the request (SendResetRequestIfReady)
    return 0;
}

int
SctpAssociation::AddOutgoingStreams(uint16_t count)
{
    NS_LOG_FUNCTION(this << count);
    if (!m_reconfigActive || m_state != ESTABLISHED)
    {
        return Socket::ERROR_OPNOTSUPP;
    }
    if (m_reconfigInFlight || m_reconfigWaiting)
    {
        return Socket::ERROR_AGAIN;
    }
    if (count == 0 || uint32_t(m_outboundStreams) + count > 65535)
    {
        return Socket::ERROR_INVAL;
    }
    Ptr<SctpAddOutgoingStreamsRequestParameter> r =
        Create<SctpAddOutgoingStreamsRequestParameter>();
    r->SetRequestSeq(m_reconfigNextSeq++);
    r->SetNumNewStreams(count);
    Ptr<SctpReConfigChunk> chunk = Create<SctpReConfigChunk>();
    chunk->AddParameter(r);
    m_reconfigInFlight = chunk;
    m_addingStreams = count;
    QueueControl(chunk);
    m_reconfigTimer =
        Simulator::Schedule(PrimaryPath()->GetRto(), &SctpAssociation::ReconfigTimerExpired, this);
    Output();
    return 0;
}

uint32_t
SctpAssociation::ProcessAddStreamsRequest(Ptr<SctpParameter> request)
{
    Ptr<SctpAddOutgoingStreamsRequestParameter> r =
        DynamicCast<SctpAddOutgoingStreamsRequestParameter>(request);
    m_reconfigPeerSeq = r->GetRequestSeq();
    uint16_t count = r->GetNumNewStreams();
    SctpNotification n;
    n.type = SctpNotification::STREAM_CHANGE_EVENT;
    if (!(m_config.streamResetFlags & 0x04) || uint32_t(m_inboundStreams) + count > 65535)
    {
        n.flags = SctpNotification::STREAM_CHANGE_DENIED; // SCTP_ENABLE_CHANGE_ASSOC_REQ off
        n.inboundStreams = m_inboundStreams;
        n.outboundStreams = m_outboundStreams;
        Notify(n);
        return SctpReconfigResponseParameter::DENIED;
    }
    m_inbound.AddStreams(count);
    m_inboundStreams += count;
    n.inboundStreams = m_inboundStreams;
    n.outboundStreams = m_outboundStreams;
    Notify(n);
    return SctpReconfigResponseParameter::SUCCESS_PERFORMED;
}

void
SctpAssociation::SendResetRequestIfReady()
{
    if (!m_reconfigWaiting)
    {
        return;
    }
    // RFC 6525 §5.1.2: the request names the last TSN assigned, once every message queued on
    // the streams before it has one.
    for (uint16_t sid : m_resetStreams)
    {
        if (m_sendQueue.HasMessagesBeforeBlock(sid))
        {
            return;
        }
    }
    m_reconfigWaiting = false;
    Ptr<SctpOutgoingSsnResetRequestParameter> r = Create<SctpOutgoingSsnResetRequestParameter>();
    r->SetRequestSeq(m_reconfigNextSeq++);
    r->SetResponseSeq(m_reconfigPeerSeq);
    r->SetLastAssignedTsn(m_rtxQueue.GetNextTsn() - 1);
    r->SetStreams(m_resetRequested);
    Ptr<SctpReConfigChunk> chunk = Create<SctpReConfigChunk>();
    chunk->AddParameter(r);
    m_reconfigInFlight = chunk;
    QueueControl(chunk);
    m_reconfigTimer =
        Simulator::Schedule(PrimaryPath()->GetRto(), &SctpAssociation::ReconfigTimerExpired, this);
}

void
SctpAssociation::ReconfigTimerExpired()
{
    if (!m_reconfigInFlight || m_state == CLOSED)
    {
        return;
    }
    Ptr<SctpPath> path = PrimaryPath();
    if (!CheckThreshold(path, m_config.assocRtxMax))
    {
        return;
    }
    path->BackoffRto();
    QueueControl(m_reconfigInFlight); // the same request again (RFC 6525 §5.1.1)
    m_reconfigTimer =
        Simulator::Schedule(PrimaryPath()->GetRto(), &SctpAssociation::ReconfigTimerExpired, this);
    Output();
}

void
SctpAssociation::EndStreamReset(uint16_t flags)
{
    m_reconfigTimer.Cancel();
    for (uint16_t sid : m_resetStreams)
    {
        if (flags == SctpNotification::STREAM_RESET_OUTGOING_SSN)
        {
            m_sendQueue.ResetSsn(sid);
        }
        m_sendQueue.SetBlocked(sid, false);
    }
    SctpNotification n;
    n.type = SctpNotification::STREAM_RESET_EVENT;
    n.flags = flags;
    n.streams = m_resetStreams;
    m_reconfigInFlight = nullptr;
    m_resetStreams.clear();
    Notify(n);
    Output();
}

void
SctpAssociation::HandleReconfig(Ptr<SctpChunk> chunk, const Address& source)
{
    NS_LOG_FUNCTION(this << source);
    Ptr<SctpReConfigChunk> reconfig = DynamicCast<SctpReConfigChunk>(chunk);
    std::vector<Ptr<SctpParameter>> answers;
    for (const auto& p : reconfig->GetParameters())
    {
        if (p->GetType() == SctpParameter::RECONFIG_RESPONSE)
        {
            HandleReconfigResponse(p);
            continue;
        }
        uint32_t seq = 0;
        uint32_t result = SctpReconfigResponseParameter::DENIED; // types not performed here
        if (auto r = DynamicCast<SctpOutgoingSsnResetRequestParameter>(p))
        {
            seq = r->GetRequestSeq();
            if (seq == m_reconfigPeerSeq && m_lastReconfigResponse)
            {
                answers.push_back(m_lastReconfigResponse); // a retransmission: same answer
                continue;
            }
            result = seq == m_reconfigPeerSeq + 1
                         ? ProcessOutgoingResetRequest(p)
                         : uint32_t(SctpReconfigResponseParameter::ERROR_BAD_SEQUENCE_NUMBER);
        }
        else if (auto add = DynamicCast<SctpAddOutgoingStreamsRequestParameter>(p))
        {
            seq = add->GetRequestSeq();
            if (seq == m_reconfigPeerSeq && m_lastReconfigResponse)
            {
                answers.push_back(m_lastReconfigResponse);
                continue;
            }
            result = seq == m_reconfigPeerSeq + 1
                         ? ProcessAddStreamsRequest(p)
                         : uint32_t(SctpReconfigResponseParameter::ERROR_BAD_SEQUENCE_NUMBER);
        }
        else if (p->GetType() == SctpParameter::INCOMING_SSN_RESET_REQUEST ||
                 p->GetType() == SctpParameter::SSN_TSN_RESET_REQUEST ||
                 p->GetType() == SctpParameter::ADD_INCOMING_STREAMS_REQUEST)
        {
            // The first field of every request is its sequence number.
            SctpWireWriter w;
            p->Serialize(w);
            const auto& b = w.GetData();
            seq = uint32_t(b[4]) << 24 | uint32_t(b[5]) << 16 | uint32_t(b[6]) << 8 | b[7];
            if (seq == m_reconfigPeerSeq + 1)
            {
                m_reconfigPeerSeq = seq;
            }
        }
        else
        {
            continue;
        }
        NS_LOG_LOGIC("request " << seq << " (expected " << m_reconfigPeerSeq + 1 << "): result "
                                << result);
        Ptr<SctpReconfigResponseParameter> answer = Create<SctpReconfigResponseParameter>();
        answer->SetResponseSeq(seq);
        answer->SetResult(result);
        if (result != SctpReconfigResponseParameter::IN_PROGRESS &&
            result != SctpReconfigResponseParameter::ERROR_BAD_SEQUENCE_NUMBER)
        {
            m_lastReconfigResponse = answer;
        }
        answers.push_back(answer);
    }
    if (answers.empty())
    {
        return;
    }
    Ptr<SctpReConfigChunk> reply = Create<SctpReConfigChunk>();
    for (const auto& a : answers)
    {
        reply->AddParameter(a);
    }
    SctpPacket packet;
    packet.AddChunk(reply);
    SendToAddress(packet, source);
}

uint32_t
SctpAssociation::ProcessOutgoingResetRequest(Ptr<SctpParameter> request)
{
    Ptr<SctpOutgoingSsnResetRequestParameter> r =
        DynamicCast<SctpOutgoingSsnResetRequestParameter>(request);
    if (!(m_config.streamResetFlags & ENABLE_RESET_STREAM_REQ))
    {
        m_reconfigPeerSeq = r->GetRequestSeq();
        SctpNotification n; // the peer's request was refused here (FreeBSD reports it too)
        n.type = SctpNotification::STREAM_RESET_EVENT;
        n.flags =
            SctpNotification::STREAM_RESET_INCOMING_SSN | SctpNotification::STREAM_RESET_DENIED;
        n.streams = r->GetStreams();
        Notify(n);
        return SctpReconfigResponseParameter::DENIED;
    }
    // §5.2.2: performed once everything up to the sender's last assigned TSN has arrived.
    if (SctpTsnLt(m_tracker.GetCumulativeTsn(), r->GetLastAssignedTsn()))
    {
        return SctpReconfigResponseParameter::IN_PROGRESS;
    }
    std::vector<uint16_t> streams = r->GetStreams();
    if (streams.empty())
    {
        for (uint16_t sid = 0; sid < m_inboundStreams; ++sid)
        {
            streams.push_back(sid);
        }
    }
    for (uint16_t sid : streams)
    {
        if (sid >= m_inboundStreams)
        {
            m_reconfigPeerSeq = r->GetRequestSeq();
            return SctpReconfigResponseParameter::DENIED;
        }
    }
    for (uint16_t sid : streams)
    {
        if (!m_inbound.ResetStreamSequence(sid))
        {
            return SctpReconfigResponseParameter::IN_PROGRESS; // fragments still held
        }
    }
    m_reconfigPeerSeq = r->GetRequestSeq();
    SctpNotification n;
    n.type = SctpNotification::STREAM_RESET_EVENT;
    n.flags = SctpNotification::STREAM_RESET_INCOMING_SSN;
    n.streams = r->GetStreams();
    Notify(n);
    return SctpReconfigResponseParameter::SUCCESS_PERFORMED;
}

void
SctpAssociation::HandleReconfigResponse(Ptr<SctpParameter> response)
{
    Ptr<SctpReconfigResponseParameter> r = DynamicCast<SctpReconfigResponseParameter>(response);
    Ptr<SctpReConfigChunk> sent = DynamicCast<SctpReConfigChunk>(m_reconfigInFlight);
    if (!sent)
    {
        return;
    }
    // The first field of our request is its sequence number.
    SctpWireWriter w;
    sent->GetParameters().front()->Serialize(w);
    const auto& b = w.GetData();
    uint32_t requestSeq = uint32_t(b[4]) << 24 | uint32_t(b[5]) << 16 | uint32_t(b[6]) << 8 | b[7];
    if (r->GetResponseSeq() != requestSeq)
    {
        return;
    }
    if (m_addingStreams)
    {
        uint32_t result = r->GetResult();
        if (result == SctpReconfigResponseParameter::IN_PROGRESS)
        {
            return;
        }
        m_reconfigTimer.Cancel();
        SctpNotification n;
        n.type = SctpNotification::STREAM_CHANGE_EVENT;
        if (result == SctpReconfigResponseParameter::SUCCESS_PERFORMED)
        {
            m_outboundStreams += m_addingStreams;
            ReportSendFailed(m_sendQueue.SetStreamCount(m_outboundStreams));
        }
        else
        {
            n.flags = result == SctpReconfigResponseParameter::DENIED
                          ? SctpNotification::STREAM_CHANGE_DENIED
                          : SctpNotification::STREAM_CHANGE_FAILED;
        }
        n.inboundStreams = m_inboundStreams;
        n.outboundStreams = m_outboundStreams;
        m_addingStreams = 0;
        m_reconfigInFlight = nullptr;
        Notify(n);
        Output();
        return;
    }
    NS_LOG_LOGIC("stream reset " << r->GetResponseSeq() << " answered " << r->GetResult());
    switch (r->GetResult())
    {
    case SctpReconfigResponseParameter::SUCCESS_PERFORMED:
    case SctpReconfigResponseParameter::SUCCESS_NOTHING_TO_DO:
        EndStreamReset(SctpNotification::STREAM_RESET_OUTGOING_SSN);
        return;
    case SctpReconfigResponseParameter::IN_PROGRESS:
        return; // asked again when the timer expires
    case SctpReconfigResponseParameter::DENIED:
        EndStreamReset(SctpNotification::STREAM_RESET_OUTGOING_SSN |
                       SctpNotification::STREAM_RESET_DENIED);
        return;
    default:
        EndStreamReset(SctpNotification::STREAM_RESET_OUTGOING_SSN |
                       SctpNotification::STREAM_RESET_FAILED);
        return;
    }
}

} // namespace ns3
