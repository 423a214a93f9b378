/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The association's state machine: handshake, teardown, path set-up and heartbeats, and the
// dispatch of received chunks. Sending is in sctp-association-tx.cc, receiving DATA in
// sctp-association-rx.cc.

#include "sctp-association.h"

#include "sctp-cookie.h"
#include "sctp-init-responder.h"
#include "sctp-serial.h"

#include "ns3/double.h"
#include "ns3/log.h"
#include "ns3/pointer.h"
#include "ns3/random-variable-stream.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-parameters.h"
#include "ns3/simulator.h"
#include "ns3/trace-source-accessor.h"
#include "ns3/uinteger.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociation");

NS_OBJECT_ENSURE_REGISTERED(SctpAssociation);

TypeId
SctpAssociation::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpAssociation")
            .SetParent<Object>()
            .SetGroupName("Sctp")
            .AddTraceSource("State",
                            "Association state (RFC 9260 §4)",
                            MakeTraceSourceAccessor(&SctpAssociation::m_state),
                            "ns3::SctpAssociation::StateTracedCallback")
            .AddTraceSource("PeerRwnd",
                            "The peer's receive window as estimated by the sender",
                            MakeTraceSourceAccessor(&SctpAssociation::m_peerRwnd),
                            "ns3::TracedValueCallback::Uint32")
            .AddTraceSource("DeliveredBytes",
                            "User bytes handed to the application",
                            MakeTraceSourceAccessor(&SctpAssociation::m_deliveredBytes),
                            "ns3::TracedValueCallback::Uint64")
            .AddTraceSource("Retransmission",
                            "A DATA chunk is retransmitted (TSN, true if fast retransmit)",
                            MakeTraceSourceAccessor(&SctpAssociation::m_retransmitTrace),
                            "ns3::SctpAssociation::RetransmitTracedCallback")
            .AddTraceSource("Timeout",
                            "A T3-rtx timer expired (peer address, RTO)",
                            MakeTraceSourceAccessor(&SctpAssociation::m_timeoutTrace),
                            "ns3::SctpAssociation::TimeoutTracedCallback")
            .AddTraceSource("Notification",
                            "An RFC 6458 notification (whether the socket subscribed or not)",
                            MakeTraceSourceAccessor(&SctpAssociation::m_notificationTrace),
                            "ns3::SctpAssociation::NotificationTracedCallback")
            .AddTraceSource("FastRecovery",
                            "Fast recovery entered (true) or left (false), with the exit TSN",
                            MakeTraceSourceAccessor(&SctpAssociation::m_fastRecoveryTrace),
                            "ns3::SctpAssociation::RetransmitTracedCallback")
            .AddTraceSource("CongestionExperienced",
                            "A CE-marked packet with DATA arrived (highest TSN, packets echoed)",
                            MakeTraceSourceAccessor(&SctpAssociation::m_ceTrace),
                            "ns3::SctpAssociation::EcnTracedCallback")
            .AddTraceSource("EcnEcho",
                            "An ECN-Echo arrived (its TSN, CE-marked packets it reports)",
                            MakeTraceSourceAccessor(&SctpAssociation::m_ecnEchoTrace),
                            "ns3::SctpAssociation::EcnTracedCallback");
    return tid;
}

SctpAssociation::SctpAssociation()
{
    NS_LOG_FUNCTION(this);
}

SctpAssociation::~SctpAssociation()
{
    NS_LOG_FUNCTION(this);
}

const char*
SctpAssociation::StateName(State state)
{
    static const char* names[] = {"CLOSED",
                                  "COOKIE-WAIT",
                                  "COOKIE-ECHOED",
                                  "ESTABLISHED",
                                  "SHUTDOWN-PENDING",
                                  "SHUTDOWN-SENT",
                                  "SHUTDOWN-RECEIVED",
                                  "SHUTDOWN-ACK-SENT"};
    return names[state];
}

void
SctpAssociation::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_t1Timer.Cancel();
    m_t2Timer.Cancel();
    m_setupPath = nullptr;
    m_t2Path = nullptr;
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
    m_paths.clear();
    m_lastDataPath = nullptr;
    if (m_l4)
    {
        m_l4->RemoveAssociation(this); // no packet may reach a disposed association
    }
    m_l4 = nullptr;
    m_callbacks = Callbacks();
    Object::DoDispose();
}

void
SctpAssociation::Configure(Ptr<SctpL4Protocol> l4,
                           const SctpAssocConfig& config,
                           uint16_t localPort,
                           const Callbacks& callbacks)
{
    NS_LOG_FUNCTION(this << localPort);
    m_l4 = l4;
    m_config = config;
    m_localPort = localPort;
    m_callbacks = callbacks;
    // Messages may be queued before the handshake, on the streams we will ask for.
    m_sendQueue.SetStreamCount(config.outgoingStreams);
    m_lastAdvertisedRwnd = config.recvSpace; // what INIT / INIT-ACK announce
    m_auth.SetKeys(config.authKeys, config.authActiveKey);
}

SctpRttEstimator::Config
SctpAssociation::RttConfig() const
{
    SctpRttEstimator::Config c;
    c.rtoInitial = m_config.rtoInitial;
    c.rtoMin = m_config.rtoMin;
    c.rtoMax = m_config.rtoMax;
    return c;
}

void
SctpAssociation::SetState(State state)
{
    if (state != m_state)
    {
        NS_LOG_INFO("association " << m_localTag << ": " << StateName(m_state) << " -> "
                                   << StateName(state));
        m_state = state;
    }
}

void
SctpAssociation::Connect(const Address& peer, uint16_t peerPort)
{
    Connect(std::vector<Address>{peer}, peerPort);
}

void
SctpAssociation::Connect(const std::vector<Address>& peers, uint16_t peerPort)
{
    NS_LOG_FUNCTION(this << peers.size() << peerPort);
    NS_ASSERT(!peers.empty());
    m_peerPort = peerPort;
    Ptr<UniformRandomVariable> rng = m_l4->GetRandom();
    m_localTag = rng->GetInteger(1, 0xFFFFFFFF);
    m_localInitialTsn = rng->GetInteger(0, 0xFFFFFFFF);
    m_rtxQueue.Reset(m_localInitialTsn);
    // §5.4: the address an INIT goes to counts as confirmed; FreeBSD also trusts every other
    // address given to sctp_connectx, and tries them in turn when INITs go unanswered.
    for (const Address& peer : peers)
    {
        Ptr<SctpPath> p = FindPath(peer);
        if (!p)
        {
            p = AddPath(peer, Address());
        }
        if (p)
        {
            p->SetConfirmed(true);
        }
    }
    m_primary = 0;
    m_initRetransmits = 0;
    m_errorCount = 0;
    if (m_config.authEnable)
    {
        m_authLocal = SctpAuthEndpoint::Make(rng, m_config.authChunks, m_config.hmacIds);
    }

    m_setupChunk = BuildInit();
    SetState(COOKIE_WAIT);
    // Sent from the event loop: a connect called before Simulator::Run must not reach devices
    // that are not initialised yet.
    m_t1Timer = Simulator::ScheduleNow(&SctpAssociation::SendInit, this);
}

Ptr<SctpInitChunk>
SctpAssociation::BuildInit() const
{
    Ptr<SctpInitChunk> init = Create<SctpInitChunk>();
    init->SetInitiateTag(m_localTag);
    init->SetARwnd(m_config.recvSpace);
    init->SetNumOutboundStreams(m_config.outgoingStreams);
    init->SetNumInboundStreams(m_config.incomingStreams);
    init->SetInitialTsn(m_localInitialTsn);
    if (m_config.ecnEnable)
    {
        init->AddParameter(Create<SctpEcnCapableParameter>());
    }
    if (m_config.adaptationSet)
    {
        Ptr<SctpAdaptationLayerIndicationParameter> ali =
            Create<SctpAdaptationLayerIndicationParameter>();
        ali->SetAdaptationCode(m_config.adaptationCode);
        init->AddParameter(ali);
    }
    SctpInitResponder::AddSupportedExtensions(*init, m_config);
    if (m_config.authEnable)
    {
        m_authLocal.AddTo(*init);
    }
    AddAddressParameters(*init);
    return init;
}

void
SctpAssociation::SendInit()
{
    NS_LOG_FUNCTION(this);
    Ptr<SctpPath> path = m_setupPath ? m_setupPath : m_paths[m_primary];
    SctpPacket packet;
    packet.SetSourcePort(m_localPort);
    packet.SetDestinationPort(m_peerPort);
    // INIT carries tag 0; COOKIE-ECHO carries the peer's tag (§8.5).
    packet.SetVerificationTag(m_state == COOKIE_WAIT ? 0 : m_peerTag);
    // The COOKIE-ECHO comes first in its packet; an ERROR reporting unrecognized INIT-ACK
    // parameters follows it (RFC 9260 §5.1 D).
    packet.AddChunk(m_setupChunk);
    if (m_state == COOKIE_ECHOED && m_setupError)
    {
        packet.AddChunk(m_setupError);
    }
    if (m_state == COOKIE_ECHOED && m_initRetransmits == 0)
    {
        // §5.1 (C): DATA may ride with the first COOKIE-ECHO.
        uint32_t size = packet.GetSerializedSize();
        uint32_t limit = path->GetMaxSctpPacketSize();
        m_sendQueue.SetFragmentationPoint(GetFragmentationPoint());
        uint32_t next;
        bool data = false;
        while ((next = m_sendQueue.PeekNextChunkSize()) > 0 &&
               size + SctpPad4(next + SctpDataChunk::FIXED_SIZE) +
                       AuthCost(packet, SctpChunk::DATA) <=
                   limit &&
               next + SctpDataChunk::FIXED_SIZE <= m_peerRwnd)
        {
            size += AuthCost(packet, SctpChunk::DATA);
            uint32_t context = 0;
            Ptr<SctpDataChunk> chunk = m_sendQueue.Next(context);
            m_rtxQueue.AddSent(chunk, path, Simulator::Now(), context);
            uint32_t debit = next + SctpDataChunk::FIXED_SIZE + m_config.peerChunkOverhead;
            m_peerRwnd = m_peerRwnd > debit ? m_peerRwnd.Get() - debit : 0;
            packet.AddChunk(chunk);
            size += chunk->GetSerializedSize();
            data = true;
        }
        if (data)
        {
            StartT3(path, false);
        }
    }
    m_setupSentTime = Simulator::Now();
    AddAuth(packet);
    m_l4->SendPacket(packet, path->GetLocalAddress(), path->GetPeerAddress());
    m_t1Timer.Cancel();
    m_t1Timer = Simulator::Schedule(path->GetRto(), &SctpAssociation::T1Expired, this);
}

void
SctpAssociation::T1Expired()
{
    NS_LOG_FUNCTION(this);
    Ptr<SctpPath> path = m_setupPath ? m_setupPath : m_paths[m_primary];
    // §3.4: threshold management with Max.Init.Retransmits, back-off capped by init_rto_max.
    m_initRetransmits++;
    if (m_initRetransmits > m_config.initRtxMax)
    {
        NS_LOG_LOGIC("Max.Init.Retransmits exceeded");
        Close(CLOSE_FAILED);
        return;
    }
    path->BackoffRto();
    path->GetRttEstimator().LimitRto(m_config.initRtoMax);
    // FreeBSD: an unanswered INIT makes the next confirmed address the primary and goes there;
    // an unanswered COOKIE-ECHO goes to that address without changing the primary.
    Ptr<SctpPath> alternate = FindAlternate(path);
    if (m_state == COOKIE_WAIT && alternate != m_paths[m_primary])
    {
        m_primary = std::find(m_paths.begin(), m_paths.end(), alternate) - m_paths.begin();
        m_setupPath = nullptr;
        NS_LOG_LOGIC("INIT now to " << alternate->GetPeerAddress());
    }
    else if (m_state == COOKIE_ECHOED)
    {
        m_setupPath = alternate;
    }
    SendInit();
}

void
SctpAssociation::ApplyPeerInit(const SctpInitChunkBase& init)
{
    m_peerTag = init.GetInitiateTag();
    m_peerArwnd = init.GetARwnd();
    m_peerRwnd = init.GetARwnd();
    m_tracker.Reset(init.GetInitialTsn());
    // Every path's ssthresh starts at the peer's window (FreeBSD §1.1).
    for (auto& p : m_paths)
    {
        p->GetCcState()->m_ssThresh = init.GetARwnd();
    }
}

void
SctpAssociation::HandleInitAck(Ptr<SctpChunk> chunk, const Address& source)
{
    NS_LOG_FUNCTION(this);
    if (m_state != COOKIE_WAIT)
    {
        // §5.2.3: an INIT-ACK in any other state is discarded.
        m_l4->NotifyDrop(nullptr, "INIT-ACK outside COOKIE-WAIT");
        return;
    }
    Ptr<SctpInitAckChunk> ack = DynamicCast<SctpInitAckChunk>(chunk);
    if (ack->GetInitiateTag() == 0 || ack->GetNumOutboundStreams() == 0 ||
        ack->GetNumInboundStreams() == 0)
    {
        SctpInitResponder::SendAbort(m_l4,
                                     ack->GetInitiateTag(),
                                     false,
                                     m_localPort,
                                     m_peerPort,
                                     m_paths[m_primary]->GetLocalAddress(),
                                     source,
                                     Create<SctpInvalidMandatoryParameterErrorCause>());
        Close(CLOSE_FAILED);
        return;
    }
    Ptr<SctpStateCookieParameter> cookie;
    std::vector<Ptr<SctpParameter>> unrecognized;
    bool peerEcn = false;
    for (const auto& p : ack->GetParameters())
    {
        if (p->GetType() == SctpParameter::HOST_NAME_ADDRESS)
        {
            // RFC 9260 §5.1.2: host names are not resolved; the association is given up.
            Ptr<SctpUnresolvableAddressErrorCause> cause =
                Create<SctpUnresolvableAddressErrorCause>();
            cause->SetParameter(p);
            SctpInitResponder::SendAbort(m_l4,
                                         ack->GetInitiateTag(),
                                         false,
                                         m_localPort,
                                         m_peerPort,
                                         m_paths[m_primary]->GetLocalAddress(),
                                         source,
                                         cause);
            Close(CLOSE_FAILED);
            return;
        }
        if (p->GetType() == SctpParameter::STATE_COOKIE)
        {
            cookie = DynamicCast<SctpStateCookieParameter>(p);
        }
        else if (p->GetType() == SctpParameter::ECN_CAPABLE)
        {
            peerEcn = true;
        }
        else if (auto ali = DynamicCast<SctpAdaptationLayerIndicationParameter>(p))
        {
            m_peerAdaptation = true;
            m_peerAdaptationCode = ali->GetAdaptationCode();
        }
        else if (p->GetType() == SctpParameter::IPV4_ADDRESS ||
                 p->GetType() == SctpParameter::IPV6_ADDRESS ||
                 p->GetType() == SctpParameter::UNRECOGNIZED_PARAMETER)
        {
            continue;
        }
        else if (DynamicCast<SctpUnknownParameter>(p))
        {
            // §3.2.1: 01/11 report; 00/01 stop processing the remaining parameters.
            uint8_t action = static_cast<uint8_t>(p->GetType() >> 14);
            if (action == 1 || action == 3)
            {
                unrecognized.push_back(p);
            }
            if (action == 0 || action == 1)
            {
                break;
            }
        }
    }
    if (!cookie)
    {
        // §5.1: a missing State Cookie is reported with ABORT.
        Ptr<SctpMissingMandatoryParameterErrorCause> cause =
            Create<SctpMissingMandatoryParameterErrorCause>();
        cause->SetMissingTypes({SctpParameter::STATE_COOKIE});
        SctpInitResponder::SendAbort(m_l4,
                                     ack->GetInitiateTag(),
                                     false,
                                     m_localPort,
                                     m_peerPort,
                                     m_paths[m_primary]->GetLocalAddress(),
                                     source,
                                     cause);
        Close(CLOSE_FAILED);
        return;
    }
    m_t1Timer.Cancel();
    if (m_initRetransmits == 0)
    {
        m_paths[m_primary]->AddRttSample(Simulator::Now() - m_setupSentTime);
    }
    AddPeerAddresses(*ack);
    ApplyPeerInit(*ack);
    m_ecnNegotiated = m_config.ecnEnable && peerEcn;
    SctpAuthEndpoint peerAuth;
    if (!(m_config.authEnable && SctpAuthEndpoint::ReadFrom(*ack, peerAuth) &&
          m_auth.Setup(m_authLocal, peerAuth)))
    {
        m_auth.Reset();
    }
    SetupAsconf(SctpInitResponder::PeerSupports(*ack, SctpChunk::ASCONF) &&
                    SctpInitResponder::PeerSupports(*ack, SctpChunk::ASCONF_ACK),
                ack->GetInitialTsn());
    SetupReconfig(SctpInitResponder::PeerSupports(*ack, SctpChunk::RE_CONFIG),
                  ack->GetInitialTsn());
    m_outboundStreams = std::min(m_config.outgoingStreams, ack->GetNumInboundStreams());
    m_inboundStreams = std::min(m_config.incomingStreams, ack->GetNumOutboundStreams());
    // Messages queued before the handshake on streams the peer did not grant fail visibly.
    ReportSendFailed(m_sendQueue.SetStreamCount(m_outboundStreams));
    m_inbound.Reset(m_inboundStreams, false);
    ApplyPartialDeliveryPoint();
    m_errorCount = 0;
    m_initRetransmits = 0;

    Ptr<SctpCookieEchoChunk> echo = Create<SctpCookieEchoChunk>();
    echo->SetCookie(cookie->GetCookie());
    m_setupChunk = echo;
    m_setupError = nullptr;
    if (!unrecognized.empty())
    {
        // §5.1 (C): unrecognized parameters of the INIT-ACK go in an ERROR with the COOKIE-ECHO.
        Ptr<SctpUnrecognizedParametersErrorCause> cause =
            Create<SctpUnrecognizedParametersErrorCause>();
        cause->SetParameters(unrecognized);
        Ptr<SctpErrorChunk> error = Create<SctpErrorChunk>();
        error->AddCause(cause);
        m_setupError = error;
    }
    SetState(COOKIE_ECHOED);
    m_setupPath = nullptr; // the COOKIE-ECHO goes to the primary first
    SendInit();
}

void
SctpAssociation::EstablishFromCookie(const SctpStateCookie& cookie,
                                     const Address& source,
                                     const Address& destination)
{
    NS_LOG_FUNCTION(this << source << destination);
    m_peerPort = cookie.peerPort;
    m_localTag = cookie.myVerificationTag;
    m_localInitialTsn = cookie.myInitialTsn;
    m_rtxQueue.Reset(m_localInitialTsn);
    // The packet's source is the primary; the cookie lists the peer's other addresses.
    Ptr<SctpPath> primary = AddPath(source, destination);
    primary->SetConfirmed(true);
    m_primary = 0;
    for (const auto& a : cookie.peerAddresses)
    {
        Address addr = SctpInitResponder::FromCookieAddress(a);
        if (!FindPath(addr))
        {
            AddPath(addr, Address());
        }
    }
    m_peerTag = cookie.peerVerificationTag;
    m_ecnNegotiated = cookie.HasExtension(SctpStateCookie::EXT_ECN);
    ApplyCookieAuth(cookie);
    SetupAsconf(cookie.HasExtension(SctpStateCookie::EXT_ASCONF), cookie.peerInitialTsn);
    SetupReconfig(cookie.HasExtension(SctpStateCookie::EXT_RECONFIG), cookie.peerInitialTsn);
    m_peerArwnd = cookie.peerArwnd;
    m_peerRwnd = cookie.peerArwnd;
    for (auto& p : m_paths)
    {
        p->GetCcState()->m_ssThresh = cookie.peerArwnd;
    }
    m_tracker.Reset(cookie.peerInitialTsn);
    m_outboundStreams = cookie.outboundStreams;
    m_inboundStreams = cookie.inboundStreams;
    m_sendQueue.SetStreamCount(m_outboundStreams);
    m_inbound.Reset(m_inboundStreams, false);
    ApplyPartialDeliveryPoint();
    QueueControl(Create<SctpCookieAckChunk>());
    EnterEstablished();
}

void
SctpAssociation::ResetForNewTags(uint32_t myTag, uint32_t myTsn, uint32_t peerTag, uint32_t peerTsn)
{
    // §5.2.4 case A (peer restart): a fresh TCB with the same paths.
    NS_LOG_FUNCTION(this);
    m_localTag = myTag;
    m_peerTag = peerTag;
    m_localInitialTsn = myTsn;
    ReportAllOutbound(); // what the old incarnation had not delivered is lost: say so
    m_rtxQueue.Reset(myTsn);
    m_tracker.Reset(peerTsn);
    m_inbound.Reset(m_inboundStreams, false);
    m_inFastRecovery = false;
    m_errorCount = 0;
    m_pendingEcnEcho = nullptr;
    for (auto& p : m_paths)
    {
        p->m_t3Timer.Cancel();
        p->m_errorCount = 0;
        p->m_cwrWindowTsn = myTsn - 1;
        p->m_lastCwrTsn = myTsn - 1;
        SctpCcAssocInputs in = CcInputs();
        p->GetCongestionOps()->SetInitialParameters(p->GetCcState(), in);
    }
}

void
SctpAssociation::AnswerCookieEcho()
{
    QueueControl(Create<SctpCookieAckChunk>());
    if (m_state == COOKIE_WAIT || m_state == COOKIE_ECHOED)
    {
        EnterEstablished();
    }
    else
    {
        Output();
    }
}

void
SctpAssociation::AbortWithCause(Ptr<SctpErrorCause> cause, CloseReason reason)
{
    NS_LOG_FUNCTION(this << (cause ? cause->GetName() : std::string("no cause")));
    Ptr<SctpPath> path = PrimaryPath();
    SctpInitResponder::SendAbort(m_l4,
                                 m_peerTag,
                                 false,
                                 m_localPort,
                                 m_peerPort,
                                 path->GetLocalAddress(),
                                 path->GetPeerAddress(),
                                 cause);
    Close(reason);
}

void
SctpAssociation::Notify(SctpNotification n)
{
    if (n.type == SctpNotification::PEER_ADDR_CHANGE && n.port == 0)
    {
        n.port = m_peerPort; // FreeBSD's spc_aaddr carries the peer's port
    }
    m_notificationTrace(n);
    if (!m_callbacks.notify.IsNull())
    {
        m_callbacks.notify(this, n);
    }
}

void
SctpAssociation::HandleCookieAck()
{
    NS_LOG_FUNCTION(this);
    if (m_state != COOKIE_ECHOED)
    {
        return; // §5.2.5: discarded outside COOKIE-ECHOED
    }
    m_t1Timer.Cancel();
    if (m_initRetransmits == 0)
    {
        m_paths[m_primary]->AddRttSample(Simulator::Now() - m_setupSentTime);
    }
    m_setupChunk = nullptr;
    m_setupError = nullptr;
    EnterEstablished();
}

void
SctpAssociation::EnterEstablished()
{
    NS_LOG_FUNCTION(this);
    m_setupPath = nullptr;
    m_errorCount = 0;
    m_initRetransmits = 0;
    m_firstDataReceived = false;
    SetState(ESTABLISHED);
    // Path verification (RFC 9260 §5.4): up to hb_max_burst heartbeats at once to the
    // addresses not yet confirmed; the rest follow on their heartbeat timers.
    uint32_t burst = 0;
    for (auto& p : m_paths)
    {
        if (!p->IsConfirmed() && burst < m_config.hbMaxBurst)
        {
            SendHeartbeat(p);
            burst++;
        }
        StartHeartbeat(p);
    }
    SctpNotification up;
    up.type = SctpNotification::ASSOC_CHANGE;
    up.state = SctpNotification::COMM_UP;
    up.outboundStreams = m_outboundStreams;
    up.inboundStreams = m_inboundStreams;
    up.data = SupportedFeatures();
    Notify(up);
    if (m_peerAdaptation)
    {
        SctpNotification ai; // RFC 6458 §6.1.6
        ai.type = SctpNotification::ADAPTATION_INDICATION;
        ai.indication = m_peerAdaptationCode;
        Notify(ai);
    }
    if (!m_auth.IsActive())
    {
        // FreeBSD's SCTP_AUTH_NO_AUTH: AUTH is not in use on this association (either side).
        SctpNotification na;
        na.type = SctpNotification::AUTHENTICATION_EVENT;
        na.indication = SctpNotification::AUTH_NO_AUTH;
        Notify(na);
    }
    if (!m_callbacks.established.IsNull())
    {
        m_callbacks.established(this);
    }
    Output();
}

void
SctpAssociation::HandleInit(Ptr<SctpChunk> chunk, const Address& source, const Address& destination)
{
    NS_LOG_FUNCTION(this << source);
    Ptr<SctpInitChunk> init = DynamicCast<SctpInitChunk>(chunk);
    if (!m_cookieSecret)
    {
        m_l4->NotifyDrop(nullptr, "INIT on an association without an endpoint");
        return;
    }
    SctpInitResponder::Existing existing;
    switch (m_state)
    {
    case COOKIE_WAIT:
        // §5.2.1: INIT collision; answer with our own tag and TSN, no tie tags.
        existing.localTag = m_localTag;
        existing.localTsn = m_localInitialTsn;
        break;
    case COOKIE_ECHOED:
        // §5.2.1: our tag, and tie tags of what we have.
        existing.localTag = m_localTag;
        existing.localTsn = m_localInitialTsn;
        existing.localTieTag = m_localTag;
        existing.peerTieTag = m_peerTag;
        break;
    case SHUTDOWN_ACK_SENT:
        // §9.2: resend SHUTDOWN-ACK and restart T2 instead.
        SendShutdownAck();
        return;
    default: {
        // §5.2.2: a restart may not add addresses: ABORT with the new ones listed.
        std::vector<Address> addresses{source};
        for (const auto& p : init->GetParameters())
        {
            if (auto v4 = DynamicCast<SctpIpv4AddressParameter>(p))
            {
                addresses.emplace_back(v4->GetAddress());
            }
            else if (auto v6 = DynamicCast<SctpIpv6AddressParameter>(p))
            {
                addresses.emplace_back(v6->GetAddress());
            }
        }
        std::vector<Ptr<SctpParameter>> fresh;
        for (const auto& a : addresses)
        {
            if (!FindPath(a))
            {
                if (Ipv4Address::IsMatchingType(a))
                {
                    fresh.push_back(Create<SctpIpv4AddressParameter>(Ipv4Address::ConvertFrom(a)));
                }
                else
                {
                    fresh.push_back(Create<SctpIpv6AddressParameter>(Ipv6Address::ConvertFrom(a)));
                }
            }
        }
        if (!fresh.empty())
        {
            Ptr<SctpRestartWithNewAddressesErrorCause> cause =
                Create<SctpRestartWithNewAddressesErrorCause>();
            cause->SetParameters(fresh);
            SctpInitResponder::SendAbort(m_l4,
                                         init->GetInitiateTag(),
                                         false,
                                         m_localPort,
                                         m_peerPort,
                                         destination,
                                         source,
                                         cause);
            return;
        }
        // §5.2.2: unexpected INIT: new tags, tie tags are our current ones.
        existing.localTieTag = m_localTag;
        existing.peerTieTag = m_peerTag;
        break;
    }
    }
    SctpPacket packet;
    packet.SetSourcePort(m_peerPort);
    packet.SetDestinationPort(m_localPort);
    packet.AddChunk(chunk);
    SctpInitResponder::RespondToInit(m_l4,
                                     m_cookieSecret,
                                     m_config,
                                     packet,
                                     *init,
                                     source,
                                     destination,
                                     existing,
                                     m_localAddresses);
}

void
SctpAssociation::HandleCookieEcho(Ptr<SctpChunk> chunk,
                                  const Address& source,
                                  const Address& destination)
{
    NS_LOG_FUNCTION(this);
    Ptr<SctpCookieEchoChunk> echo = DynamicCast<SctpCookieEchoChunk>(chunk);
    if (!m_cookieSecret)
    {
        m_l4->NotifyDrop(nullptr, "COOKIE-ECHO on an association without an endpoint");
        return;
    }
    SctpCookieValidation v = m_cookieSecret->Validate(echo->GetCookie(), Simulator::Now());
    if (v.status == SctpCookieValidation::BAD_MAC || v.status == SctpCookieValidation::MALFORMED)
    {
        m_l4->NotifyDrop(nullptr, "COOKIE-ECHO with an invalid cookie");
        return;
    }
    const SctpStateCookie& c = v.cookie;
    bool myMatch = (c.myVerificationTag == m_localTag);
    bool peerMatch = (c.peerVerificationTag == m_peerTag);
    bool tieMatch = (c.localTieTag == m_localTag && c.peerTieTag == m_peerTag);
    // §5.2.4 table, checked in the order of the RFC's cases.
    if (!myMatch && !peerMatch && tieMatch)
    {
        // A: the peer restarted. (Staleness does not matter for an existing TCB, §5.2.4.)
        if (m_state == SHUTDOWN_ACK_SENT)
        {
            Ptr<SctpErrorChunk> error = Create<SctpErrorChunk>();
            error->AddCause(Create<SctpCookieReceivedWhileShuttingDownErrorCause>());
            QueueControl(Create<SctpShutdownAckChunk>());
            QueueControl(error);
            Output();
            return;
        }
        NS_LOG_LOGIC("peer restart");
        m_outboundStreams = c.outboundStreams; // what the new INIT and INIT-ACK agreed
        m_inboundStreams = c.inboundStreams;
        ResetForNewTags(c.myVerificationTag,
                        c.myInitialTsn,
                        c.peerVerificationTag,
                        c.peerInitialTsn);
        m_sendQueue.SetStreamCount(m_outboundStreams);
        m_peerArwnd = c.peerArwnd;
        m_peerRwnd = c.peerArwnd;
        m_ecnNegotiated = c.HasExtension(SctpStateCookie::EXT_ECN);
        ApplyCookieAuth(c);
        SetupAsconf(c.HasExtension(SctpStateCookie::EXT_ASCONF), c.peerInitialTsn);
        SetupReconfig(c.HasExtension(SctpStateCookie::EXT_RECONFIG), c.peerInitialTsn);
        QueueControl(Create<SctpCookieAckChunk>());
        SetState(ESTABLISHED);
        SctpNotification n;
        n.type = SctpNotification::ASSOC_CHANGE;
        n.state = SctpNotification::RESTART;
        n.outboundStreams = m_outboundStreams;
        n.inboundStreams = m_inboundStreams;
        n.data = SupportedFeatures();
        Notify(n);
        if (!m_auth.IsActive())
        {
            SctpNotification na; // as at COMM_UP (FreeBSD)
            na.type = SctpNotification::AUTHENTICATION_EVENT;
            na.indication = SctpNotification::AUTH_NO_AUTH;
            Notify(na);
        }
        if (!m_callbacks.restarted.IsNull())
        {
            m_callbacks.restarted(this);
        }
        Output();
        return;
    }
    if (myMatch && !peerMatch)
    {
        // B: INIT collision resolved; take the peer's new tag (and, if our INIT-ACK never came,
        // the streams the cookie negotiated).
        m_peerTag = c.peerVerificationTag;
        m_tracker.Reset(c.peerInitialTsn);
        if (m_state == COOKIE_WAIT)
        {
            m_outboundStreams = c.outboundStreams;
            m_inboundStreams = c.inboundStreams;
            ReportSendFailed(m_sendQueue.SetStreamCount(m_outboundStreams));
            m_inbound.Reset(m_inboundStreams, false);
            ApplyPartialDeliveryPoint();
        }
        m_peerArwnd = c.peerArwnd;
        m_peerRwnd = c.peerArwnd;
        m_ecnNegotiated = c.HasExtension(SctpStateCookie::EXT_ECN);
        ApplyCookieAuth(c);
        SetupAsconf(c.HasExtension(SctpStateCookie::EXT_ASCONF), c.peerInitialTsn);
        SetupReconfig(c.HasExtension(SctpStateCookie::EXT_RECONFIG), c.peerInitialTsn);
        m_t1Timer.Cancel();
        AnswerCookieEcho();
        return;
    }
    if (!myMatch && peerMatch && c.localTieTag == 0 && c.peerTieTag == 0)
    {
        // C: silently discarded.
        m_l4->NotifyDrop(nullptr, "COOKIE-ECHO case C");
        return;
    }
    if (myMatch && peerMatch)
    {
        // D: a duplicate COOKIE-ECHO; answer it again.
        m_t1Timer.Cancel();
        AnswerCookieEcho();
        return;
    }
    m_l4->NotifyDrop(nullptr, "COOKIE-ECHO matching no case of RFC 9260 §5.2.4");
}

void
SctpAssociation::HandleAbort(Ptr<SctpChunk> chunk)
{
    NS_LOG_FUNCTION(this);
    bool refused = (m_state == COOKIE_WAIT || m_state == COOKIE_ECHOED);
    SctpWireWriter w;
    chunk->Serialize(w);
    m_receivedAbort = w.GetData();
    // As FreeBSD copies it: the chunk's own length, without padding.
    m_receivedAbort.resize(std::min<size_t>(m_receivedAbort.size(),
                                            size_t(m_receivedAbort[2]) << 8 | m_receivedAbort[3]));
    Ptr<SctpAbortChunk> abort = DynamicCast<SctpAbortChunk>(chunk);
    m_receivedAbortCause =
        abort && !abort->GetCauses().empty() ? abort->GetCauses().front()->GetCode() : 0;
    Close(refused ? CLOSE_REFUSED : CLOSE_ABORTED);
}

void
SctpAssociation::HandleError(Ptr<SctpChunk> chunk)
{
    NS_LOG_FUNCTION(this);
    Ptr<SctpErrorChunk> error = DynamicCast<SctpErrorChunk>(chunk);
    // RFC 6458 §6.1.3: the whole ERROR chunk, whatever it leads to here.
    SctpNotification n;
    n.type = SctpNotification::REMOTE_ERROR;
    n.error = error->GetCauses().empty() ? 0 : error->GetCauses().front()->GetCode();
    SctpWireWriter w;
    error->Serialize(w);
    n.data = w.GetData();
    n.data.resize(std::min<size_t>(n.data.size(), size_t(n.data[2]) << 8 | n.data[3]));
    Notify(n);
    for (const auto& cause : error->GetCauses())
    {
        if (cause->GetCode() == SctpErrorCause::STALE_COOKIE_ERROR && m_state == COOKIE_ECHOED)
        {
            // §5.2.6: start over with an INIT carrying a Cookie Preservative of twice the
            // staleness, counting it as a retransmission.
            uint32_t staleUs = DynamicCast<SctpStaleCookieErrorCause>(cause)->GetStaleness();
            m_initRetransmits++;
            if (m_initRetransmits > m_config.initRtxMax)
            {
                Close(CLOSE_FAILED);
                return;
            }
            Ptr<SctpInitChunk> init = BuildInit();
            Ptr<SctpCookiePreservativeParameter> preservative =
                Create<SctpCookiePreservativeParameter>();
            // In 64 bits: the staleness comes from the peer and may be anything up to 2^32 - 1 µs.
            uint64_t ms = std::max<uint64_t>(1, 2 * uint64_t(staleUs) / 1000);
            preservative->SetLifeSpanIncrement(static_cast<uint32_t>(ms));
            init->AddParameter(preservative);
            m_setupChunk = init;
            m_t1Timer.Cancel();
            SetState(COOKIE_WAIT);
            SendInit();
            return;
        }
        NS_LOG_LOGIC("peer reports error cause " << cause->GetName());
    }
}

// RFC 9260 §8.5 / §8.5.1: the packet's tag and bundling; an INIT is answered here. False if the
// packet goes no further.
bool
SctpAssociation::AcceptHeader(const SctpPacket& packet,
                              const Address& source,
                              const Address& destination,
                              Ptr<const Packet> raw)
{
    const auto& chunks = packet.GetChunks();
    uint8_t first = chunks.front()->GetType();
    uint32_t vtag = packet.GetVerificationTag();

    // §8.5 / §8.5.1: verification tag rules by the first chunk.
    if (first == SctpChunk::INIT)
    {
        if (chunks.size() != 1 || vtag != 0)
        {
            m_l4->NotifyDrop(raw, "INIT bundled or with a non-zero tag");
            return false;
        }
        HandleInit(chunks.front(), source, destination);
        return false;
    }
    bool tagOk = (vtag == m_localTag);
    bool hasAbortOrComplete = false;
    for (const auto& c : chunks)
    {
        uint8_t t = c->GetType();
        if (t == SctpChunk::ABORT || t == SctpChunk::SHUTDOWN_COMPLETE)
        {
            hasAbortOrComplete = true;
            bool reflected = (c->GetFlags() & SctpControlFlags::T_BIT) != 0;
            tagOk = reflected ? (vtag == m_peerTag) : (vtag == m_localTag);
        }
    }
    // §6.10: INIT ACK and SHUTDOWN COMPLETE are never bundled.
    for (const auto& c : chunks)
    {
        uint8_t t = c->GetType();
        if ((t == SctpChunk::INIT_ACK || t == SctpChunk::SHUTDOWN_COMPLETE) && chunks.size() > 1)
        {
            m_l4->NotifyDrop(raw, "INIT-ACK or SHUTDOWN-COMPLETE bundled with other chunks");
            return false;
        }
    }
    if (first == SctpChunk::SHUTDOWN_ACK && (m_state == COOKIE_ECHOED || m_state == COOKIE_WAIT))
    {
        // §8.5.1 (E): out of the blue during setup: SHUTDOWN COMPLETE, T bit, its own tag.
        SctpInitResponder::SendReflectedShutdownComplete(m_l4,
                                                         vtag,
                                                         m_localPort,
                                                         m_peerPort,
                                                         destination,
                                                         source);
        m_l4->NotifyDrop(raw, "SHUTDOWN-ACK during setup: answered as out of the blue");
        return false;
    }
    if (first != SctpChunk::COOKIE_ECHO && !tagOk)
    {
        m_l4->NotifyDrop(raw,
                         hasAbortOrComplete ? "ABORT/SHUTDOWN-COMPLETE with a wrong tag"
                                            : "wrong verification tag");
        return false;
    }
    return true;
}

bool
SctpAssociation::HandleExtensionChunk(Ptr<SctpChunk> c,
                                      const Address& source,
                                      Ptr<const Packet> raw)
{
    // Without the extension negotiated they are unknown chunks, as in FreeBSD.
    switch (c->GetType())
    {
    case SctpChunk::RE_CONFIG:
        if (!m_reconfigActive)
        {
            break;
        }
        HandleReconfig(c, source);
        return true;
    case SctpChunk::ASCONF:
    case SctpChunk::ASCONF_ACK:
        if (!m_asconfActive)
        {
            break;
        }
        c->GetType() == SctpChunk::ASCONF ? HandleAsconf(c, source) : HandleAsconfAck(c);
        return true;
    default: // ECNE, CWR
        if (!m_ecnNegotiated)
        {
            break;
        }
        c->GetType() == SctpChunk::ECNE ? HandleEcnEcho(c) : HandleCwr(c);
        return true;
    }
    return !SkipUnknownChunk(c, raw);
}

bool
SctpAssociation::SkipUnknownChunk(Ptr<SctpChunk> c, Ptr<const Packet> raw)
{
    // §3.2: the two upper bits of an unknown type say what to do.
    uint8_t action = c->GetType() >> 6;
    NS_LOG_LOGIC("unrecognized chunk type " << static_cast<int>(c->GetType()));
    if (action == 1 || action == 3)
    {
        SctpWireWriter w;
        c->Serialize(w);
        std::vector<uint8_t> bytes = w.Release();
        bytes.resize(c->GetLength());
        Ptr<SctpUnrecognizedChunkTypeErrorCause> cause =
            Create<SctpUnrecognizedChunkTypeErrorCause>();
        cause->SetChunk(bytes);
        Ptr<SctpErrorChunk> error = Create<SctpErrorChunk>();
        error->AddCause(cause);
        QueueControl(error);
    }
    if (action == 0 || action == 1)
    {
        m_l4->NotifyDrop(raw, "unrecognized chunk: rest of packet discarded");
        return true;
    }
    return false;
}

void
SctpAssociation::ReceivePacket(const SctpPacket& packet,
                               const Address& source,
                               const Address& destination,
                               uint8_t tos,
                               Ptr<const Packet> raw)
{
    NS_LOG_FUNCTION(this << source);
    if (!AcceptHeader(packet, source, destination, raw))
    {
        return;
    }
    const auto& chunks = packet.GetChunks();
    Ptr<SctpPath> path = FindPath(source);
    bool dataSeen = false;
    bool immediateSack = false;
    uint32_t highestDataTsn = 0;
    m_ecnEchoThisPacket = false;
    Ptr<SctpAssociation> self = this; // callbacks may drop the socket's reference
    bool authenticated = false;
    // The rest of the packet is discarded: answer what came before, as for a whole packet.
    auto stop = [&]() {
        if (dataSeen)
        {
            AfterDataPacket(immediateSack);
        }
        Output();
    };
    for (size_t i = 0; i < chunks.size(); ++i)
    {
        const Ptr<SctpChunk>& c = chunks[i];
        if (m_state == CLOSED)
        {
            return;
        }
        if (m_auth.LocalRequires(c->GetType()) && !authenticated)
        {
            // RFC 4895 §6.3: a chunk we asked to be authenticated is discarded without AUTH.
            m_l4->NotifyDrop(raw, c->GetName() + " without a valid AUTH before it: discarded");
            continue;
        }
        if (c->GetType() == SctpChunk::AUTH && m_auth.IsActive() && authenticated)
        {
            continue; // FreeBSD checks only the first AUTH of a packet
        }
        if (c->GetType() == SctpChunk::AUTH && m_auth.IsActive())
        {
            if (!CheckAuth(StaticCast<SctpAuthChunk>(c),
                           std::vector<Ptr<SctpChunk>>(chunks.begin() + i + 1, chunks.end()),
                           raw))
            {
                stop();
                return; // the AUTH and everything after it are discarded
            }
            authenticated = true;
            continue;
        }
        switch (c->GetType())
        {
        case SctpChunk::DATA: {
            uint32_t tsn = StaticCast<SctpDataChunk>(c)->GetTsn();
            if (!dataSeen || SctpTsnGt(tsn, highestDataTsn))
            {
                highestDataTsn = tsn;
            }
            dataSeen = true;
            immediateSack |= HandleData(c, source);
            break;
        }
        case SctpChunk::SACK:
            HandleSack(c);
            break;
        case SctpChunk::INIT_ACK:
            HandleInitAck(c, source);
            break;
        case SctpChunk::COOKIE_ECHO:
            HandleCookieEcho(c, source, destination);
            break;
        case SctpChunk::COOKIE_ACK:
            HandleCookieAck();
            break;
        case SctpChunk::HEARTBEAT:
            HandleHeartbeat(c, source);
            break;
        case SctpChunk::HEARTBEAT_ACK:
            HandleHeartbeatAck(c, source);
            break;
        case SctpChunk::ABORT:
            HandleAbort(c);
            return;
        case SctpChunk::SHUTDOWN:
            HandleShutdown(c);
            break;
        case SctpChunk::SHUTDOWN_ACK:
            HandleShutdownAck();
            break;
        case SctpChunk::SHUTDOWN_COMPLETE:
            HandleShutdownComplete();
            return;
        case SctpChunk::ERROR:
            HandleError(c);
            break;
        case SctpChunk::INIT:
            m_l4->NotifyDrop(raw, "INIT not first in its packet");
            return;
        case SctpChunk::RE_CONFIG:
        case SctpChunk::ASCONF:
        case SctpChunk::ASCONF_ACK:
        case SctpChunk::ECNE:
        case SctpChunk::CWR:
            if (!HandleExtensionChunk(c, source, raw))
            {
                stop();
                return;
            }
            break;
        default:
            if (SkipUnknownChunk(c, raw))
            {
                stop();
                return;
            }
            break;
        }
    }
    if (m_state == CLOSED)
    {
        return;
    }
    if (dataSeen)
    {
        m_lastDataTime = Simulator::Now();
        if (path)
        {
            m_lastDataPath = path;
        }
        if (m_ecnNegotiated && (tos & 0x03) == 0x03)
        {
            NoteCongestionExperienced(highestDataTsn); // CE: echo it (RFC 9260 Appendix A)
        }
        AfterDataPacket(immediateSack);
    }
    Output();
}

SctpAssociation::State
SctpAssociation::GetState() const
{
    return m_state;
}

uint16_t
SctpAssociation::GetLocalPort() const
{
    return m_localPort;
}

uint16_t
SctpAssociation::GetPeerPort() const
{
    return m_peerPort;
}

Address
SctpAssociation::GetPrimaryPeerAddress() const
{
    return m_paths.empty() ? Address() : m_paths[m_primary]->GetPeerAddress();
}

Address
SctpAssociation::GetPrimaryLocalAddress() const
{
    return m_paths.empty() ? Address() : m_paths[m_primary]->GetLocalAddress();
}

const std::vector<Ptr<SctpPath>>&
SctpAssociation::GetPaths() const
{
    return m_paths;
}

uint32_t
SctpAssociation::GetLocalTag() const
{
    return m_localTag;
}

uint32_t
SctpAssociation::GetLocalInitialTsn() const
{
    return m_localInitialTsn;
}

uint32_t
SctpAssociation::GetPeerTag() const
{
    return m_peerTag;
}

SctpAssocConfig&
SctpAssociation::GetConfig()
{
    return m_config;
}

std::vector<uint8_t>
SctpAssociation::SupportedFeatures() const
{
    // RFC 6458 §6.1.1 sac_info of COMM_UP / RESTART, in FreeBSD's order; MULTIBUF always.
    std::vector<uint8_t> f;
    if (m_auth.IsActive())
    {
        f.push_back(0x02); // SCTP_ASSOC_SUPPORTS_AUTH
    }
    if (IsAsconfActive())
    {
        f.push_back(0x03); // SCTP_ASSOC_SUPPORTS_ASCONF
    }
    f.push_back(0x04); // SCTP_ASSOC_SUPPORTS_MULTIBUF
    if (IsReconfigActive())
    {
        f.push_back(0x06); // SCTP_ASSOC_SUPPORTS_RE_CONFIG
    }
    return f;
}

void
SctpAssociation::ApplyPartialDeliveryPoint()
{
    // 0 stands for FreeBSD's default: half the receive buffer.
    m_inbound.SetPartialDeliveryPoint(m_config.partialDeliveryPoint ? m_config.partialDeliveryPoint
                                                                    : m_config.recvSpace / 2);
}

void
SctpAssociation::SetCongestionControl(TypeId tid)
{
    NS_LOG_FUNCTION(this << tid);
    m_config.congestionType = tid;
    for (const auto& p : m_paths)
    {
        Ptr<SctpCongestionOps> cc = CreateCongestionOps();
        cc->SetInitialParameters(p->GetCcState(), CcInputs());
        p->SetCongestionOps(cc);
    }
}

uint16_t
SctpAssociation::GetOutboundStreams() const
{
    return m_outboundStreams;
}

uint16_t
SctpAssociation::GetInboundStreams() const
{
    return m_inboundStreams;
}

void
SctpAssociation::SetCookieSecret(Ptr<SctpCookieSecret> secret)
{
    m_cookieSecret = secret;
}

namespace
{
/**
 * \param [in] p a path
 * \return its RFC 6458 state
 */
int32_t
PathInfoState(const Ptr<SctpPath>& p)
{
    if (p->GetState() == SctpPath::INACTIVE)
    {
        return SCTP_INACTIVE;
    }
    if (!p->IsConfirmed())
    {
        return SCTP_UNCONFIRMED;
    }
    return p->GetState() == SctpPath::POTENTIALLY_FAILED ? SCTP_POTENTIALLY_FAILED : SCTP_ACTIVE;
}
} // namespace

bool
SctpAssociation::GetPathInfo(SctpPaddrInfo& info) const
{
    Ptr<SctpPath> p = FindPath(info.address);
    if (!p)
    {
        return false;
    }
    info.state = PathInfoState(p);
    info.cwnd = p->GetCwnd();
    info.srtt = p->GetRttEstimator().GetSrtt().GetMilliSeconds();
    info.rto = p->GetRto().GetMilliSeconds();
    info.mtu = p->GetMtu();
    return true;
}

void
SctpAssociation::GetStatus(SctpStatus& status) const
{
    status.state = m_state;
    status.rwnd = m_peerRwnd;
    status.unackdata = static_cast<uint16_t>(std::min<uint32_t>(m_rtxQueue.GetCount(), 65535));
    status.penddata = static_cast<uint16_t>(std::min<size_t>(m_inbound.GetQueuedCount(), 65535));
    status.instrms = m_inboundStreams;
    status.outstrms = m_outboundStreams;
    status.fragmentationPoint = GetFragmentationPoint();
    if (!m_paths.empty())
    {
        Ptr<SctpPath> p = m_paths[m_primary];
        status.primary.address = p->GetPeerAddress();
        status.primary.state = PathInfoState(p);
        status.primary.cwnd = p->GetCwnd();
        status.primary.srtt = p->GetRttEstimator().GetSrtt().GetMilliSeconds();
        status.primary.rto = p->GetRto().GetMilliSeconds();
        status.primary.mtu = p->GetMtu();
    }
}

} // namespace ns3
