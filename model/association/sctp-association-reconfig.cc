/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Stream reconfiguration (RFC 6525) in both directions: outgoing and incoming SSN resets,
// SSN/TSN (association) resets, adding outgoing and incoming streams; one request of ours
// outstanding with its timer (it may carry two requests, as FreeBSD sends them), the peer's
// requests answered in sequence with the last two answers kept for retransmissions, and the
// STREAM_RESET, ASSOC_RESET and STREAM_CHANGE events. SCTP_ENABLE_STREAM_RESET decides which
// of the peer's requests are performed (FreeBSD's default: none).

#include "sctp-association.h"
#include "sctp-serial.h"

#include "ns3/log.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-parameters.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"

#include <numeric>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationReconfig");

namespace
{
constexpr uint32_t ENABLE_RESET_STREAM_REQ = 0x01; ///< SCTP_ENABLE_RESET_STREAM_REQ
constexpr uint32_t ENABLE_RESET_ASSOC_REQ = 0x02;  ///< SCTP_ENABLE_RESET_ASSOC_REQ
constexpr uint32_t ENABLE_CHANGE_ASSOC_REQ = 0x04; ///< SCTP_ENABLE_CHANGE_ASSOC_REQ
constexpr uint32_t TSN_RESET_OFFSET = 0x80000000u; ///< RFC 6525 §5.2.4: 2^31

/**
 * \param [in] p a request parameter of RFC 6525
 * \return its Re-configuration Request Sequence Number, the first field of every request
 */
uint32_t
RequestSeq(const Ptr<SctpParameter>& p)
{
    SctpWireWriter w;
    p->Serialize(w);
    const auto& b = w.GetData();
    return uint32_t(b[4]) << 24 | uint32_t(b[5]) << 16 | uint32_t(b[6]) << 8 | b[7];
}

/**
 * \param [in] type a parameter type
 * \return true for the request types of RFC 6525 §4
 */
bool
IsReconfigRequest(uint16_t type)
{
    return type == SctpParameter::OUTGOING_SSN_RESET_REQUEST ||
           type == SctpParameter::INCOMING_SSN_RESET_REQUEST ||
           type == SctpParameter::SSN_TSN_RESET_REQUEST ||
           type == SctpParameter::ADD_OUTGOING_STREAMS_REQUEST ||
           type == SctpParameter::ADD_INCOMING_STREAMS_REQUEST;
}

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
    m_reconfigAnswers.clear();
}

bool
SctpAssociation::IsReconfigBusy() const
{
    return m_reconfig.waiting || m_reconfig.chunk;
}

int
SctpAssociation::ResetStreams(const std::vector<uint16_t>& streams, bool incoming, bool outgoing)
{
    NS_LOG_FUNCTION(this << streams.size() << incoming << outgoing);
    if (!m_reconfigActive || m_state != ESTABLISHED)
    {
        return Socket::ERROR_OPNOTSUPP;
    }
    if (IsReconfigBusy())
    {
        return Socket::ERROR_AGAIN;
    }
    if (!incoming && !outgoing)
    {
        return Socket::ERROR_INVAL;
    }
    for (uint16_t sid : streams)
    {
        if ((outgoing && sid >= m_outboundStreams) || (incoming && sid >= m_inboundStreams))
        {
            return Socket::ERROR_INVAL;
        }
    }
    m_reconfig = ReconfigRequest();
    m_reconfig.outgoing = outgoing;
    m_reconfig.incoming = incoming;
    m_reconfig.streams = streams;
    if (outgoing)
    {
        for (uint16_t sid = 0; sid < m_outboundStreams; ++sid)
        {
            if (streams.empty() || std::find(streams.begin(), streams.end(), sid) != streams.end())
            {
                m_reconfig.held.push_back(sid);
                m_sendQueue.SetBlocked(sid, true); // messages queued from now on wait
            }
        }
    }
    m_reconfig.waiting = true;
    SendResetRequestIfReady();
    Output(); // what was queued before goes first; then the request (SendResetRequestIfReady)
    return 0;
}

int
SctpAssociation::ResetAssociation()
{
    NS_LOG_FUNCTION(this);
    if (!m_reconfigActive || m_state != ESTABLISHED)
    {
        return Socket::ERROR_OPNOTSUPP;
    }
    if (IsReconfigBusy())
    {
        return Socket::ERROR_AGAIN;
    }
    m_reconfig = ReconfigRequest();
    m_reconfig.assocReset = true;
    for (uint16_t sid = 0; sid < m_outboundStreams; ++sid)
    {
        m_reconfig.held.push_back(sid);
        m_sendQueue.SetBlocked(sid, true);
    }
    m_reconfig.waiting = true;
    SendResetRequestIfReady();
    Output();
    return 0;
}

int
SctpAssociation::AddStreams(uint16_t outgoing, uint16_t incoming)
{
    NS_LOG_FUNCTION(this << outgoing << incoming);
    if (!m_reconfigActive || m_state != ESTABLISHED)
    {
        return Socket::ERROR_OPNOTSUPP;
    }
    if (IsReconfigBusy())
    {
        return Socket::ERROR_AGAIN;
    }
    if ((outgoing == 0 && incoming == 0) || uint32_t(m_outboundStreams) + outgoing > 65535 ||
        uint32_t(m_inboundStreams) + incoming > 65535)
    {
        return Socket::ERROR_INVAL;
    }
    m_reconfig = ReconfigRequest();
    m_reconfig.addOut = outgoing;
    m_reconfig.addIn = incoming;
    m_reconfig.waiting = true;
    SendResetRequestIfReady();
    Output();
    return 0;
}

void
SctpAssociation::SendResetRequestIfReady()
{
    if (!m_reconfig.waiting)
    {
        return;
    }
    // RFC 6525 §5.1.2: an outgoing reset names the last TSN assigned, once every message
    // queued on its streams before it has one. An association reset waits until all that is
    // acknowledged too, so that no DATA is in flight when the TSNs change.
    for (uint16_t sid : m_reconfig.held)
    {
        if (m_sendQueue.HasMessagesBeforeBlock(sid))
        {
            return;
        }
    }
    if (m_reconfig.assocReset && !m_rtxQueue.IsEmpty())
    {
        return;
    }
    m_reconfig.waiting = false;
    Ptr<SctpReConfigChunk> chunk = Create<SctpReConfigChunk>();
    auto add = [&](Ptr<SctpParameter> p) {
        chunk->AddParameter(p);
        m_reconfig.open[RequestSeq(p)] = p;
    };
    if (m_reconfig.outgoing)
    {
        Ptr<SctpOutgoingSsnResetRequestParameter> r =
            Create<SctpOutgoingSsnResetRequestParameter>();
        r->SetRequestSeq(m_reconfigNextSeq++);
        // The peer's last request performed: also the implicit answer to an Incoming SSN
        // Reset Request that made this one (RFC 6525 §4.1).
        r->SetResponseSeq(m_reconfigPeerSeq);
        r->SetLastAssignedTsn(m_rtxQueue.GetNextTsn() - 1);
        r->SetStreams(m_reconfig.streams);
        add(r);
    }
    if (m_reconfig.incoming)
    {
        Ptr<SctpIncomingSsnResetRequestParameter> r =
            Create<SctpIncomingSsnResetRequestParameter>();
        r->SetRequestSeq(m_reconfigNextSeq++);
        r->SetStreams(m_reconfig.streams);
        add(r);
    }
    if (m_reconfig.assocReset)
    {
        Ptr<SctpSsnTsnResetRequestParameter> r = Create<SctpSsnTsnResetRequestParameter>();
        r->SetRequestSeq(m_reconfigNextSeq++);
        add(r);
    }
    auto addStreams = [&](Ptr<SctpAddStreamsValue> r, uint16_t count) {
        r->SetRequestSeq(m_reconfigNextSeq++);
        r->SetNumNewStreams(count);
        add(r);
    };
    if (m_reconfig.addOut > 0)
    {
        addStreams(Create<SctpAddOutgoingStreamsRequestParameter>(), m_reconfig.addOut);
    }
    if (m_reconfig.addIn > 0)
    {
        addStreams(Create<SctpAddIncomingStreamsRequestParameter>(), m_reconfig.addIn);
    }
    m_reconfig.chunk = chunk;
    QueueControl(chunk);
    m_reconfigTimer.Cancel();
    m_reconfigTimer =
        Simulator::Schedule(PrimaryPath()->GetRto(), &SctpAssociation::ReconfigTimerExpired, this);
}

void
SctpAssociation::ReconfigTimerExpired()
{
    if (!m_reconfig.chunk || m_state == CLOSED)
    {
        return;
    }
    Ptr<SctpPath> path = PrimaryPath();
    if (!CheckThreshold(path, m_config.assocRtxMax))
    {
        return;
    }
    path->BackoffRto();
    QueueControl(m_reconfig.chunk); // the same requests again (RFC 6525 §5.1.1)
    m_reconfigTimer =
        Simulator::Schedule(PrimaryPath()->GetRto(), &SctpAssociation::ReconfigTimerExpired, this);
    Output();
}

void
SctpAssociation::EndReconfigRequest(uint32_t seq)
{
    m_reconfig.open.erase(seq);
    if (!m_reconfig.open.empty())
    {
        return;
    }
    m_reconfigTimer.Cancel();
    for (uint16_t sid : m_reconfig.held)
    {
        m_sendQueue.SetBlocked(sid, false);
    }
    m_reconfig = ReconfigRequest();
    Output();
}

void
SctpAssociation::RestartTsns(uint32_t nextOut, uint32_t nextIn)
{
    NS_LOG_FUNCTION(this << nextOut << nextIn);
    // Nothing is outstanding either way (both sides made sure): every TSN-keyed state starts
    // again from the new numbers, and every stream sequence from 0 (RFC 6525 §5.2.4 G5).
    m_tracker.Reset(nextIn);
    m_rtxQueue.Reset(nextOut);
    m_inFastRecovery = false;
    m_fastRecoveryExit = nextOut - 1;
    m_pendingEcnEcho = nullptr;
    for (const auto& p : m_paths)
    {
        p->m_cwrWindowTsn = nextOut - 1;
        p->m_lastCwrTsn = nextOut - 1;
    }
    for (uint16_t sid = 0; sid < m_outboundStreams; ++sid)
    {
        m_sendQueue.ResetSsn(sid);
    }
    std::vector<uint16_t> all(m_inboundStreams);
    std::iota(all.begin(), all.end(), 0);
    m_inbound.ResetStreamSequences(all); // nothing is held: the reset waited for it
    SctpNotification n;                  // RFC 6458 §6.1.10
    n.type = SctpNotification::ASSOC_RESET_EVENT;
    n.localTsn = nextOut;
    n.remoteTsn = nextIn;
    Notify(n);
}

// ---------------------------------------------------------------------------------------------
// The peer's requests

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
        if (!IsReconfigRequest(p->GetType()))
        {
            continue;
        }
        uint32_t seq = RequestSeq(p);
        Ptr<SctpParameter> answer;
        if (seq == m_reconfigPeerSeq + 1)
        {
            uint32_t result = PerformReconfigRequest(p, answer);
            NS_LOG_LOGIC("request " << seq << " type " << p->GetType() << ": result " << result);
            if (result != SctpReconfigResponseParameter::IN_PROGRESS)
            {
                m_reconfigPeerSeq = seq;
                m_reconfigAnswers.push_back(answer);
                if (m_reconfigAnswers.size() > 2)
                {
                    m_reconfigAnswers.pop_front();
                }
            }
        }
        else
        {
            // A retransmission of one of the last two requests gets the same answer.
            for (const auto& a : m_reconfigAnswers)
            {
                if (DynamicCast<SctpReconfigResponseParameter>(a)->GetResponseSeq() == seq)
                {
                    answer = a;
                }
            }
            if (!answer)
            {
                Ptr<SctpReconfigResponseParameter> bad = Create<SctpReconfigResponseParameter>();
                bad->SetResponseSeq(seq);
                bad->SetResult(SctpReconfigResponseParameter::ERROR_BAD_SEQUENCE_NUMBER);
                answer = bad;
            }
        }
        answers.push_back(answer);
    }
    // Our own request, if a peer's request started one, goes in the same chunk as the answers.
    SendResetRequestIfReady();
    if (answers.empty())
    {
        Output();
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
    Output();
}

uint32_t
SctpAssociation::PerformReconfigRequest(Ptr<SctpParameter> request, Ptr<SctpParameter>& answer)
{
    uint32_t result = SctpReconfigResponseParameter::DENIED;
    switch (request->GetType())
    {
    case SctpParameter::OUTGOING_SSN_RESET_REQUEST:
        result = ProcessOutgoingResetRequest(request);
        break;
    case SctpParameter::INCOMING_SSN_RESET_REQUEST:
        result = ProcessIncomingResetRequest(request);
        break;
    case SctpParameter::SSN_TSN_RESET_REQUEST:
        result = ProcessAssocResetRequest(request, answer);
        break;
    case SctpParameter::ADD_OUTGOING_STREAMS_REQUEST:
        result = ProcessAddStreamsRequest(request);
        break;
    case SctpParameter::ADD_INCOMING_STREAMS_REQUEST:
        result = ProcessAddIncomingStreamsRequest(request);
        break;
    default:
        break;
    }
    if (!answer)
    {
        Ptr<SctpReconfigResponseParameter> r = Create<SctpReconfigResponseParameter>();
        r->SetResponseSeq(RequestSeq(request));
        r->SetResult(result);
        answer = r;
    }
    return result;
}

uint32_t
SctpAssociation::ProcessOutgoingResetRequest(Ptr<SctpParameter> request)
{
    Ptr<SctpOutgoingSsnResetRequestParameter> r =
        DynamicCast<SctpOutgoingSsnResetRequestParameter>(request);
    // Performed when allowed, or when it answers our Incoming SSN Reset Request.
    // A request we refuse raises no event here (FreeBSD): DENIED events tell the requester.
    if (!(m_config.streamResetFlags & ENABLE_RESET_STREAM_REQ) && !m_peerResetAsked)
    {
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
            return SctpReconfigResponseParameter::DENIED;
        }
    }
    if (!m_inbound.ResetStreamSequences(streams))
    {
        return SctpReconfigResponseParameter::IN_PROGRESS; // fragments still held
    }
    m_peerResetAsked = false;
    SctpNotification n;
    n.type = SctpNotification::STREAM_RESET_EVENT;
    n.flags = SctpNotification::STREAM_RESET_INCOMING_SSN;
    n.streams = r->GetStreams();
    Notify(n);
    return SctpReconfigResponseParameter::SUCCESS_PERFORMED;
}

uint32_t
SctpAssociation::ProcessIncomingResetRequest(Ptr<SctpParameter> request)
{
    Ptr<SctpIncomingSsnResetRequestParameter> r =
        DynamicCast<SctpIncomingSsnResetRequestParameter>(request);
    // §5.2.3: the peer asks us to reset our outgoing streams; we answer "performed" and send
    // the Outgoing SSN Reset Request that does it (FreeBSD's way).
    if (!(m_config.streamResetFlags & ENABLE_RESET_STREAM_REQ))
    {
        return SctpReconfigResponseParameter::DENIED;
    }
    if (IsReconfigBusy())
    {
        return SctpReconfigResponseParameter::ERROR_REQUEST_ALREADY_IN_PROGRESS;
    }
    for (uint16_t sid : r->GetStreams())
    {
        if (sid >= m_outboundStreams)
        {
            return SctpReconfigResponseParameter::DENIED;
        }
    }
    m_reconfig = ReconfigRequest();
    m_reconfig.outgoing = true;
    m_reconfig.streams = r->GetStreams();
    for (uint16_t sid = 0; sid < m_outboundStreams; ++sid)
    {
        if (m_reconfig.streams.empty() ||
            std::find(m_reconfig.streams.begin(), m_reconfig.streams.end(), sid) !=
                m_reconfig.streams.end())
        {
            m_reconfig.held.push_back(sid);
            m_sendQueue.SetBlocked(sid, true);
        }
    }
    m_reconfig.waiting = true;
    return SctpReconfigResponseParameter::SUCCESS_PERFORMED;
}

uint32_t
SctpAssociation::ProcessAssocResetRequest(Ptr<SctpParameter> request, Ptr<SctpParameter>& answer)
{
    uint32_t seq = RequestSeq(request);
    if (!(m_config.streamResetFlags & ENABLE_RESET_ASSOC_REQ))
    {
        return SctpReconfigResponseParameter::DENIED; // no event for a refusal (FreeBSD)
    }
    if (IsReconfigBusy())
    {
        return SctpReconfigResponseParameter::ERROR_REQUEST_ALREADY_IN_PROGRESS;
    }
    // Performed when nothing is in flight either way: what we sent is acknowledged, what the
    // peer sent has all arrived, and no message of ours is half sent (its rest would carry TSNs
    // of the new numbering). Until then new DATA waits here so that the moment comes, and
    // the peer asks again when its timer expires.
    if (!m_rtxQueue.IsEmpty() || m_tracker.HasGaps() || m_sendQueue.HasPartialMessage())
    {
        // The hold lasts until the peer asks again, or two RTOs: FreeBSD's requesters take
        // "in progress" as a failure and never ask again.
        m_assocResetHold = true;
        m_assocResetHoldTimer.Cancel();
        m_assocResetHoldTimer = Simulator::Schedule(2 * PrimaryPath()->GetRto(), [this]() {
            NS_LOG_LOGIC("the peer did not ask again for the association reset: DATA goes on");
            m_assocResetHold = false;
            Output();
        });
        return SctpReconfigResponseParameter::IN_PROGRESS;
    }
    m_assocResetHold = false;
    m_assocResetHoldTimer.Cancel();
    // §5.2.4 G1/G2: the peer's next TSN is the smallest one not acknowledged plus 2^31; ours
    // stays the highest sent plus 1.
    uint32_t nextIn = m_tracker.GetCumulativeTsn() + 1 + TSN_RESET_OFFSET;
    uint32_t nextOut = m_rtxQueue.GetNextTsn();
    RestartTsns(nextOut, nextIn);
    Ptr<SctpReconfigResponseParameter> r = Create<SctpReconfigResponseParameter>();
    r->SetResponseSeq(seq);
    r->SetResult(SctpReconfigResponseParameter::SUCCESS_PERFORMED);
    r->SetNextTsns(nextOut, nextIn);
    answer = r;
    return SctpReconfigResponseParameter::SUCCESS_PERFORMED;
}

uint32_t
SctpAssociation::ProcessAddStreamsRequest(Ptr<SctpParameter> request)
{
    Ptr<SctpAddOutgoingStreamsRequestParameter> r =
        DynamicCast<SctpAddOutgoingStreamsRequestParameter>(request);
    uint16_t count = r->GetNumNewStreams();
    SctpNotification n;
    n.type = SctpNotification::STREAM_CHANGE_EVENT;
    // Performed when allowed, or when it answers our Add Incoming Streams Request.
    bool allowed = (m_config.streamResetFlags & ENABLE_CHANGE_ASSOC_REQ) || m_peerAddAsked;
    if (!allowed || uint32_t(m_inboundStreams) + count > 65535)
    {
        return SctpReconfigResponseParameter::DENIED; // no event for a refusal (FreeBSD)
    }
    m_peerAddAsked = false;
    m_inbound.AddStreams(count);
    m_inboundStreams += count;
    n.inboundStreams = m_inboundStreams;
    n.outboundStreams = m_outboundStreams;
    Notify(n);
    return SctpReconfigResponseParameter::SUCCESS_PERFORMED;
}

uint32_t
SctpAssociation::ProcessAddIncomingStreamsRequest(Ptr<SctpParameter> request)
{
    Ptr<SctpAddIncomingStreamsRequestParameter> r =
        DynamicCast<SctpAddIncomingStreamsRequestParameter>(request);
    // §5.2.6: the peer wants more streams from us; we answer "performed" and send the Add
    // Outgoing Streams Request that adds them (FreeBSD's way).
    if (!(m_config.streamResetFlags & ENABLE_CHANGE_ASSOC_REQ) ||
        uint32_t(m_outboundStreams) + r->GetNumNewStreams() > 65535 || r->GetNumNewStreams() == 0)
    {
        return SctpReconfigResponseParameter::DENIED;
    }
    if (IsReconfigBusy())
    {
        return SctpReconfigResponseParameter::ERROR_REQUEST_ALREADY_IN_PROGRESS;
    }
    m_reconfig = ReconfigRequest();
    m_reconfig.addOut = r->GetNumNewStreams();
    m_reconfig.waiting = true;
    return SctpReconfigResponseParameter::SUCCESS_PERFORMED;
}

// ---------------------------------------------------------------------------------------------
// Answers to our requests

void
SctpAssociation::HandleReconfigResponse(Ptr<SctpParameter> response)
{
    Ptr<SctpReconfigResponseParameter> r = DynamicCast<SctpReconfigResponseParameter>(response);
    auto it = m_reconfig.open.find(r->GetResponseSeq());
    if (it == m_reconfig.open.end())
    {
        return; // an answer already taken, or to nothing of ours
    }
    uint32_t seq = it->first;
    Ptr<SctpParameter> request = it->second;
    uint32_t result = r->GetResult();
    NS_LOG_LOGIC("request " << seq << " type " << request->GetType() << " answered " << result);
    if (result == SctpReconfigResponseParameter::IN_PROGRESS)
    {
        return; // asked again when the timer expires
    }
    bool ok = result == SctpReconfigResponseParameter::SUCCESS_PERFORMED ||
              result == SctpReconfigResponseParameter::SUCCESS_NOTHING_TO_DO;
    bool denied = result == SctpReconfigResponseParameter::DENIED;
    switch (request->GetType())
    {
    case SctpParameter::OUTGOING_SSN_RESET_REQUEST: {
        auto out = DynamicCast<SctpOutgoingSsnResetRequestParameter>(request);
        if (ok)
        {
            for (uint16_t sid : m_reconfig.held)
            {
                m_sendQueue.ResetSsn(sid);
            }
        }
        SctpNotification n;
        n.type = SctpNotification::STREAM_RESET_EVENT;
        n.flags = SctpNotification::STREAM_RESET_OUTGOING_SSN |
                  (ok ? 0
                      : (denied ? SctpNotification::STREAM_RESET_DENIED
                                : SctpNotification::STREAM_RESET_FAILED));
        n.streams = out->GetStreams();
        Notify(n);
        break;
    }
    case SctpParameter::INCOMING_SSN_RESET_REQUEST: {
        if (ok)
        {
            // The peer's Outgoing SSN Reset Request does it; its event comes then.
            m_peerResetAsked = true;
            break;
        }
        SctpNotification n;
        n.type = SctpNotification::STREAM_RESET_EVENT;
        n.flags = SctpNotification::STREAM_RESET_INCOMING_SSN |
                  (denied ? SctpNotification::STREAM_RESET_DENIED
                          : SctpNotification::STREAM_RESET_FAILED);
        n.streams = DynamicCast<SctpIncomingSsnResetRequestParameter>(request)->GetStreams();
        Notify(n);
        break;
    }
    case SctpParameter::SSN_TSN_RESET_REQUEST: {
        if (ok && r->HasNextTsns())
        {
            // §5.1.4 / §6.2.4: the peer's next TSN, then ours, as it chose them.
            RestartTsns(r->GetReceiverNextTsn(), r->GetSenderNextTsn());
            break;
        }
        SctpNotification n;
        n.type = SctpNotification::ASSOC_RESET_EVENT;
        n.flags =
            denied ? SctpNotification::ASSOC_RESET_DENIED : SctpNotification::ASSOC_RESET_FAILED;
        Notify(n);
        break;
    }
    case SctpParameter::ADD_OUTGOING_STREAMS_REQUEST: {
        SctpNotification n;
        n.type = SctpNotification::STREAM_CHANGE_EVENT;
        if (ok)
        {
            m_outboundStreams += m_reconfig.addOut;
            ReportSendFailed(m_sendQueue.SetStreamCount(m_outboundStreams));
        }
        else
        {
            n.flags = denied ? SctpNotification::STREAM_CHANGE_DENIED
                             : SctpNotification::STREAM_CHANGE_FAILED;
        }
        n.inboundStreams = m_inboundStreams;
        n.outboundStreams = m_outboundStreams;
        Notify(n);
        break;
    }
    case SctpParameter::ADD_INCOMING_STREAMS_REQUEST: {
        if (ok)
        {
            m_peerAddAsked = true; // the peer's Add Outgoing Streams Request adds them
            break;
        }
        SctpNotification n;
        n.type = SctpNotification::STREAM_CHANGE_EVENT;
        n.flags = denied ? SctpNotification::STREAM_CHANGE_DENIED
                         : SctpNotification::STREAM_CHANGE_FAILED;
        n.inboundStreams = m_inboundStreams;
        n.outboundStreams = m_outboundStreams;
        Notify(n);
        break;
    }
    default:
        break;
    }
    EndReconfigRequest(seq);
}

} // namespace ns3
