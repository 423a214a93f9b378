/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-usrsctp-socket.h"

#include "sctp-usrsctp-instance.h"
#include "sctp-usrsctp-l4-protocol.h"

#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/trace-source-accessor.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <usrsctp.h>

// An option libusrsctp 0.9.5 implements but does not declare in usrsctp.h (value of its
// netinet/sctp.h; struct of its netinet/sctp_uio.h).
#ifndef SCTP_GET_SNDBUF_USE
#define SCTP_GET_SNDBUF_USE 0x00001101
#endif

namespace
{

/// struct sctp_sockstat of libusrsctp (SCTP_GET_SNDBUF_USE).
struct UsrsctpSockstat
{
    sctp_assoc_t ss_assoc_id;   //!< association
    uint32_t ss_total_sndbuf;   //!< bytes in the send queues
    uint32_t ss_total_recv_buf; //!< bytes in the receive queues
};

} // namespace

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpUsrsctpSocket");

NS_OBJECT_ENSURE_REGISTERED(SctpUsrsctpSocket);

TypeId
SctpUsrsctpSocket::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpUsrsctpSocket")
            .SetParent<SctpSocket>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpUsrsctpSocket>()
            .AddTraceSource("CongestionWindow",
                            "cwnd of the primary path (SCTP_STATUS), bytes",
                            MakeTraceSourceAccessor(&SctpUsrsctpSocket::m_cwnd),
                            "ns3::TracedValueCallback::Uint32")
            .AddTraceSource("Srtt",
                            "Smoothed RTT of the primary path (SCTP_STATUS, ms resolution)",
                            MakeTraceSourceAccessor(&SctpUsrsctpSocket::m_srtt),
                            "ns3::TracedValueCallback::Time")
            .AddTraceSource("Rto",
                            "RTO of the primary path (SCTP_STATUS, ms resolution)",
                            MakeTraceSourceAccessor(&SctpUsrsctpSocket::m_rto),
                            "ns3::TracedValueCallback::Time")
            .AddTraceSource("State",
                            "Association state (SCTP_STATUS), as the module's SctpAssociation",
                            MakeTraceSourceAccessor(&SctpUsrsctpSocket::m_state),
                            "ns3::SctpAssociation::StateTracedCallback");
    return tid;
}

SctpUsrsctpSocket::SctpUsrsctpSocket()
    : m_state(SctpAssociation::CLOSED)
{
    NS_LOG_FUNCTION(this);
}

SctpUsrsctpSocket::~SctpUsrsctpSocket()
{
    NS_LOG_FUNCTION(this);
}

void
SctpUsrsctpSocket::Setup(Ptr<SctpUsrsctpL4Protocol> l4, struct socket* accepted)
{
    NS_LOG_FUNCTION(this << l4 << accepted);
    m_l4 = l4;
    SctpUsrsctpInstance::Entry entry;
    if (accepted)
    {
        m_so = accepted;
        m_phase = CONNECTED;
    }
    else
    {
        m_so = usrsctp_socket(AF_CONN, SOCK_STREAM, IPPROTO_SCTP, nullptr, nullptr, 0, nullptr);
        NS_ABORT_MSG_IF(!m_so,
                        "SctpUsrsctpSocket: usrsctp_socket failed: " << std::strerror(errno));
    }
    usrsctp_set_non_blocking(m_so, 1);
    SctpUsrsctpInstance::RegisterSocket(m_so, this);
    ConfigureNew();
}

void
SctpUsrsctpSocket::ConfigureNew()
{
    const int on = 1;
    SetOption(IPPROTO_SCTP, SCTP_RECVRCVINFO, &on, sizeof(on), "SCTP_RECVRCVINFO");
    const uint16_t events[] = {SCTP_ASSOC_CHANGE, SCTP_SHUTDOWN_EVENT};
    for (uint16_t type : events)
    {
        struct sctp_event event;
        std::memset(&event, 0, sizeof(event));
        event.se_assoc_id = SCTP_FUTURE_ASSOC;
        event.se_type = type;
        event.se_on = 1;
        SetOption(IPPROTO_SCTP, SCTP_EVENT, &event, sizeof(event), "SCTP_EVENT");
    }
    // AF_CONN paths start at 1280 bytes and do no PMTU discovery: give them the node's MTU.
    // For AF_CONN the library counts spp_pathmtu without the 12-byte common header.
    struct sctp_paddrparams params;
    std::memset(&params, 0, sizeof(params));
    params.spp_assoc_id = m_phase == CONNECTED ? 0 : SCTP_FUTURE_ASSOC;
    params.spp_address.ss_family = AF_CONN; // with a null sconn_addr: every path
    params.spp_flags = SPP_PMTUD_DISABLE;
    params.spp_pathmtu = m_l4->GetSctpPacketSize() - 12;
    SetOption(IPPROTO_SCTP,
              SCTP_PEER_ADDR_PARAMS,
              &params,
              sizeof(params),
              "SCTP_PEER_ADDR_PARAMS");
    if (m_l4->GetCcModule() >= 0 && m_phase != CONNECTED)
    {
        SetPluggableCc(static_cast<uint32_t>(m_l4->GetCcModule()));
    }
    m_errno = ERROR_NOTERROR;
}

int
SctpUsrsctpSocket::Fail(SocketErrno err, const char* what) const
{
    NS_LOG_LOGIC("SctpUsrsctpSocket " << this << ": " << what << " failed, errno " << err);
    m_errno = err;
    return -1;
}

int
SctpUsrsctpSocket::Unsupported(const char* what) const
{
    return Fail(ERROR_OPNOTSUPP, what);
}

Socket::SocketErrno
SctpUsrsctpSocket::FromErrno(int e)
{
    switch (e)
    {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EINPROGRESS:
        return ERROR_AGAIN;
    case EINVAL:
        return ERROR_INVAL;
    case EADDRINUSE:
        return ERROR_ADDRINUSE;
    case EADDRNOTAVAIL:
        return ERROR_ADDRNOTAVAIL;
    case EMSGSIZE:
        return ERROR_MSGSIZE;
    case ENOTCONN:
    case ECONNRESET:
    case ECONNABORTED:
        return ERROR_NOTCONN;
    case EISCONN:
        return ERROR_ISCONN;
    case EPIPE:
    case ESHUTDOWN:
        return ERROR_SHUTDOWN;
    case EOPNOTSUPP:
    case ENOPROTOOPT:
        return ERROR_OPNOTSUPP;
    case EAFNOSUPPORT:
        return ERROR_AFNOSUPPORT;
    case ENOBUFS:
    case ENOMEM:
        return ERROR_AGAIN;
    default:
        return ERROR_INVAL;
    }
}

int
SctpUsrsctpSocket::SetOption(int level,
                             int name,
                             const void* value,
                             uint32_t size,
                             const char* what)
{
    if (!m_so)
    {
        return Fail(ERROR_BADF, what);
    }
    SctpUsrsctpInstance::Entry entry;
    if (usrsctp_setsockopt(m_so, level, name, value, static_cast<socklen_t>(size)) != 0)
    {
        int e = errno;
        NS_LOG_LOGIC("usrsctp_setsockopt " << what << ": " << std::strerror(e));
        return Fail(FromErrno(e), what);
    }
    return 0;
}

int
SctpUsrsctpSocket::GetOption(int level, int name, void* value, uint32_t size, const char* what)
    const
{
    if (!m_so)
    {
        return Fail(ERROR_BADF, what);
    }
    SctpUsrsctpInstance::Entry entry;
    auto len = static_cast<socklen_t>(size);
    if (usrsctp_getsockopt(m_so, level, name, value, &len) != 0)
    {
        int e = errno;
        NS_LOG_LOGIC("usrsctp_getsockopt " << what << ": " << std::strerror(e));
        return Fail(FromErrno(e), what);
    }
    return 0;
}

void
SctpUsrsctpSocket::ScheduleProcess()
{
    if (m_processScheduled || !m_so)
    {
        return;
    }
    m_processScheduled = true;
    m_processEvent =
        Simulator::ScheduleNow(&SctpUsrsctpSocket::Process, Ptr<SctpUsrsctpSocket>(this));
}

void
SctpUsrsctpSocket::Process()
{
    NS_LOG_FUNCTION(this);
    m_processScheduled = false;
    if (!m_so)
    {
        return;
    }
    if (m_phase == LISTENING)
    {
        AcceptAll();
        return;
    }
    FetchAhead();
    // Report in the order things happened: the association first, then data, then space.
    std::vector<Event> events;
    events.swap(m_events);
    bool ended = false;
    for (Event e : events)
    {
        switch (e)
        {
        case EV_CONNECTED:
            NotifyConnectionSucceeded();
            break;
        case EV_CONN_FAIL:
            ended = true;
            break;
        default:
            break;
        }
    }
    if (((m_havePending && !m_dataNotified) || !m_notificationNotified) && !m_shutdownRecv)
    {
        m_dataNotified = true;
        m_notificationNotified = true;
        NotifyDataRecv();
    }
    if ((m_phase == CONNECTED) && m_so)
    {
        uint32_t available = GetTxAvailable();
        if (available > 0 && available != m_notifiedTxAvailable)
        {
            m_notifiedTxAvailable = available;
            NotifySend(available);
        }
    }
    for (Event e : events)
    {
        switch (e)
        {
        case EV_CONN_FAIL:
            NotifyConnectionFailed();
            break;
        case EV_NORMAL_END:
            ended = true;
            NotifyNormalClose();
            break;
        case EV_ERROR_END:
            ended = true;
            NotifyErrorClose();
            break;
        default:
            break;
        }
    }
    if (ended && !m_havePending)
    {
        Release();
    }
}

void
SctpUsrsctpSocket::AcceptAll()
{
    NS_LOG_FUNCTION(this);
    while (m_so && m_phase == LISTENING)
    {
        struct sockaddr_conn from;
        std::memset(&from, 0, sizeof(from));
        auto len = static_cast<socklen_t>(sizeof(from));

        struct socket* so = nullptr;
        {
            SctpUsrsctpInstance::Entry entry;
            so = usrsctp_accept(m_so, reinterpret_cast<struct sockaddr*>(&from), &len);
        }

        if (!so)
        {
            return;
        }
        Ptr<SctpUsrsctpSocket> socket = m_l4->AdoptSocket(so);
        socket->m_localPort = m_localPort;
        socket->m_userEvents = m_userEvents; // the library's socket inherits SCTP_EVENT too
        m_l4->NotePortBound(m_localPort);
        uint16_t peerPort = ntohs(from.sconn_port);
        Ipv4Address peer;
        m_l4->GetPeer(m_localPort, peerPort, peer);
        socket->m_peer = InetSocketAddress(peer, peerPort);
        NS_LOG_LOGIC("accepted an association from " << peer << " port " << peerPort);
        if (!NotifyConnectionRequest(socket->m_peer))
        {
            socket->Abort();
            socket->Release();
            continue;
        }
        NotifyNewConnectionCreated(socket, socket->m_peer);
        socket->ScheduleProcess(); // data and notifications that came with the handshake
    }
}

void
SctpUsrsctpSocket::FetchAhead()
{
    if (m_readBuffer.empty())
    {
        m_readBuffer.resize(65536);
    }
    while (m_so && !m_havePending)
    {
        struct sctp_rcvinfo rcv;
        std::memset(&rcv, 0, sizeof(rcv));
        auto infoLen = static_cast<socklen_t>(sizeof(rcv));
        unsigned int infoType = 0;
        int flags = 0;
        struct sockaddr_conn from;
        auto fromLen = static_cast<socklen_t>(sizeof(from));
        ssize_t n;
        {
            SctpUsrsctpInstance::Entry entry;
            n = usrsctp_recvv(m_so,
                              m_readBuffer.data(),
                              m_readBuffer.size(),
                              reinterpret_cast<struct sockaddr*>(&from),
                              &fromLen,
                              &rcv,
                              &infoLen,
                              &infoType,
                              &flags);
        }
        if (n < 0)
        {
            return; // EWOULDBLOCK, or the association is gone
        }
        if (n == 0 && !(flags & MSG_NOTIFICATION))
        {
            return; // end of file: the association is shut down and the queue empty
        }
        if (flags & MSG_NOTIFICATION)
        {
            HandleNotification(
                std::vector<uint8_t>(m_readBuffer.begin(), m_readBuffer.begin() + n));
            continue;
        }
        m_pending.assign(m_readBuffer.begin(), m_readBuffer.begin() + n);
        m_pendingEor = (flags & MSG_EOR) != 0;
        m_pendingInfo = SctpRcvInfo();
        if (infoType == SCTP_RECVV_RCVINFO)
        {
            m_pendingInfo.sid = rcv.rcv_sid;
            m_pendingInfo.ssn = rcv.rcv_ssn;
            m_pendingInfo.flags = rcv.rcv_flags;
            m_pendingInfo.ppid = ntohl(rcv.rcv_ppid);
            m_pendingInfo.tsn = rcv.rcv_tsn;
            m_pendingInfo.cumtsn = rcv.rcv_cumtsn;
            m_pendingInfo.context = rcv.rcv_context;
        }
        m_havePending = true;
        m_dataNotified = false;
    }
}

void
SctpUsrsctpSocket::HandleNotification(const std::vector<uint8_t>& data)
{
    const auto* n = reinterpret_cast<const union sctp_notification*>(data.data());
    if (data.size() < sizeof(n->sn_header))
    {
        return;
    }
    switch (n->sn_header.sn_type)
    {
    case SCTP_ASSOC_CHANGE: {
        if (data.size() < sizeof(struct sctp_assoc_change))
        {
            return;
        }
        uint16_t state = n->sn_assoc_change.sac_state;
        NS_LOG_LOGIC("SCTP_ASSOC_CHANGE " << state << " error " << n->sn_assoc_change.sac_error);
        switch (state)
        {
        case SCTP_COMM_UP:
            if (m_phase == CONNECTING)
            {
                m_phase = CONNECTED;
                m_events.push_back(EV_CONNECTED);
            }
            break;
        case SCTP_CANT_STR_ASSOC:
            if (m_phase == CONNECTING)
            {
                m_phase = CLOSED;
                m_errno = ERROR_NOROUTETOHOST;
                m_events.push_back(EV_CONN_FAIL);
            }
            break;
        case SCTP_COMM_LOST:
            if (m_phase == CONNECTING)
            {
                m_phase = CLOSED;
                m_errno = ERROR_NOROUTETOHOST;
                m_events.push_back(EV_CONN_FAIL);
            }
            else if (m_phase == CONNECTED || m_phase == CLOSING)
            {
                m_phase = CLOSED;
                m_errno = ERROR_NOTCONN;
                m_events.push_back(EV_ERROR_END);
            }
            break;
        case SCTP_SHUTDOWN_COMP:
            if (m_phase == CONNECTED || m_phase == CLOSING)
            {
                m_phase = CLOSED;
                m_events.push_back(EV_NORMAL_END);
            }
            break;
        default:
            break; // SCTP_RESTART: the association goes on
        }
        break;
    }
    case SCTP_SHUTDOWN_EVENT:
        NS_LOG_LOGIC("the peer shuts the association down");
        break;
    default:
        break;
    }
    if (m_userEvents.IsOn(n->sn_header.sn_type))
    {
        m_notifications.push_back(Convert(data));
        m_notificationNotified = false;
    }
    if (!m_events.empty() || !m_notificationNotified)
    {
        ScheduleProcess();
    }
}

SctpNotification
SctpUsrsctpSocket::Convert(const std::vector<uint8_t>& data) const
{
    const auto* n = reinterpret_cast<const union sctp_notification*>(data.data());
    SctpNotification out;
    out.type = n->sn_header.sn_type;
    out.flags = n->sn_header.sn_flags;
    auto tail = [&data](size_t offset) {
        return offset < data.size() ? std::vector<uint8_t>(data.begin() + offset, data.end())
                                    : std::vector<uint8_t>();
    };
    switch (out.type)
    {
    case SCTP_ASSOC_CHANGE:
        if (data.size() >= sizeof(struct sctp_assoc_change))
        {
            out.state = n->sn_assoc_change.sac_state;
            out.error = n->sn_assoc_change.sac_error;
            out.outboundStreams = n->sn_assoc_change.sac_outbound_streams;
            out.inboundStreams = n->sn_assoc_change.sac_inbound_streams;
        }
        break;
    case SCTP_PEER_ADDR_CHANGE:
        if (data.size() >= sizeof(struct sctp_paddr_change))
        {
            out.state = n->sn_paddr_change.spc_state;
            out.error = n->sn_paddr_change.spc_error;
            out.address = m_peer.GetIpv4(); // AF_CONN is single-homed: the one peer address
        }
        break;
    case SCTP_REMOTE_ERROR:
        if (data.size() >= sizeof(struct sctp_remote_error))
        {
            out.error = ntohs(n->sn_remote_error.sre_error);
            out.data = tail(sizeof(struct sctp_remote_error));
        }
        break;
    case SCTP_SEND_FAILED_EVENT:
        if (data.size() >= sizeof(struct sctp_send_failed_event))
        {
            const struct sctp_send_failed_event& f = n->sn_send_failed_event;
            out.error = f.ssfe_error;
            out.sndInfo.sid = f.ssfe_info.snd_sid;
            out.sndInfo.flags = f.ssfe_info.snd_flags;
            out.sndInfo.ppid = ntohl(f.ssfe_info.snd_ppid);
            out.sndInfo.context = f.ssfe_info.snd_context;
            out.data = tail(sizeof(struct sctp_send_failed_event));
        }
        break;
    case SCTP_STREAM_CHANGE_EVENT:
        if (data.size() >= sizeof(struct sctp_stream_change_event))
        {
            out.inboundStreams = n->sn_strchange_event.strchange_instrms;
            out.outboundStreams = n->sn_strchange_event.strchange_outstrms;
        }
        break;
    case SCTP_STREAM_RESET_EVENT:
        if (data.size() >= sizeof(struct sctp_stream_reset_event))
        {
            const struct sctp_stream_reset_event& r = n->sn_strreset_event;
            size_t count = (r.strreset_length - sizeof(struct sctp_stream_reset_event)) / 2;
            for (size_t i = 0; i < count; ++i)
            {
                out.streams.push_back(r.strreset_stream_list[i]);
            }
        }
        break;
    case SCTP_ASSOC_RESET_EVENT:
        if (data.size() >= sizeof(struct sctp_assoc_reset_event))
        {
            out.localTsn = n->sn_assocreset_event.assocreset_local_tsn;
            out.remoteTsn = n->sn_assocreset_event.assocreset_remote_tsn;
        }
        break;
    case SCTP_AUTHENTICATION_EVENT:
        if (data.size() >= sizeof(struct sctp_authkey_event))
        {
            out.keyNumber = n->sn_auth_event.auth_keynumber;
            // usrsctp.h leaves FreeBSD's auth_altkeynumber as padding; the library fills it.
            std::memcpy(&out.altKeyNumber, data.data() + 10, sizeof(out.altKeyNumber));
            out.indication = n->sn_auth_event.auth_indication;
        }
        break;
    default:
        break;
    }
    return out;
}

int
SctpUsrsctpSocket::SetEvent(uint16_t type, bool on)
{
    NS_LOG_FUNCTION(this << type << on);
    const uint16_t known[] = {SctpNotification::ASSOC_CHANGE,
                              SctpNotification::PEER_ADDR_CHANGE,
                              SctpNotification::REMOTE_ERROR,
                              SctpNotification::SHUTDOWN_EVENT,
                              SctpNotification::ADAPTATION_INDICATION,
                              SctpNotification::PARTIAL_DELIVERY_EVENT,
                              SctpNotification::AUTHENTICATION_EVENT,
                              SctpNotification::STREAM_RESET_EVENT,
                              SctpNotification::ASSOC_RESET_EVENT,
                              SctpNotification::STREAM_CHANGE_EVENT,
                              SctpNotification::SENDER_DRY_EVENT,
                              SctpNotification::SEND_FAILED_EVENT};
    if (std::find(std::begin(known), std::end(known), type) == std::end(known))
    {
        return Fail(ERROR_INVAL, "SCTP_EVENT (unknown notification type)");
    }
    if (type != SCTP_ASSOC_CHANGE && type != SCTP_SHUTDOWN_EVENT) // always on for the socket
    {
        struct sctp_event event;
        std::memset(&event, 0, sizeof(event));
        event.se_assoc_id = SCTP_FUTURE_ASSOC;
        event.se_type = type;
        event.se_on = on ? 1 : 0;
        if (SetOption(IPPROTO_SCTP, SCTP_EVENT, &event, sizeof(event), "SCTP_EVENT") != 0)
        {
            return -1;
        }
    }
    m_userEvents.Set(type, on);
    return 0;
}

bool
SctpUsrsctpSocket::GetEvent(uint16_t type) const
{
    return m_userEvents.IsOn(type);
}

int
SctpUsrsctpSocket::RecvNotification(SctpNotification& notification)
{
    FetchAhead();
    if (m_notifications.empty())
    {
        m_errno = ERROR_AGAIN;
        return 0;
    }
    notification = m_notifications.front();
    m_notifications.pop_front();
    return 1;
}

void
SctpUsrsctpSocket::PollStatus()
{
    if (!m_so || (m_phase != CONNECTING && m_phase != CONNECTED && m_phase != CLOSING))
    {
        return;
    }
    struct sctp_status status;
    std::memset(&status, 0, sizeof(status));
    auto len = static_cast<socklen_t>(sizeof(status));
    int rc;
    {
        SctpUsrsctpInstance::Entry entry;
        rc = usrsctp_getsockopt(m_so, IPPROTO_SCTP, SCTP_STATUS, &status, &len);
    }
    if (rc != 0)
    {
        if (m_state != SctpAssociation::CLOSED)
        {
            m_state = SctpAssociation::CLOSED;
        }
        return;
    }
    SctpAssociation::State state = SctpAssociation::CLOSED;
    switch (status.sstat_state)
    {
    case SCTP_COOKIE_WAIT:
        state = SctpAssociation::COOKIE_WAIT;
        break;
    case SCTP_COOKIE_ECHOED:
        state = SctpAssociation::COOKIE_ECHOED;
        break;
    case SCTP_ESTABLISHED:
        state = SctpAssociation::ESTABLISHED;
        break;
    case SCTP_SHUTDOWN_PENDING:
        state = SctpAssociation::SHUTDOWN_PENDING;
        break;
    case SCTP_SHUTDOWN_SENT:
        state = SctpAssociation::SHUTDOWN_SENT;
        break;
    case SCTP_SHUTDOWN_RECEIVED:
        state = SctpAssociation::SHUTDOWN_RECEIVED;
        break;
    case SCTP_SHUTDOWN_ACK_SENT:
        state = SctpAssociation::SHUTDOWN_ACK_SENT;
        break;
    default:
        break;
    }
    if (m_state != state)
    {
        m_state = state;
    }
    if (m_cwnd != status.sstat_primary.spinfo_cwnd)
    {
        m_cwnd = status.sstat_primary.spinfo_cwnd;
    }
    Time srtt = MilliSeconds(status.sstat_primary.spinfo_srtt);
    if (m_srtt != srtt)
    {
        m_srtt = srtt;
    }
    Time rto = MilliSeconds(status.sstat_primary.spinfo_rto);
    if (m_rto != rto)
    {
        m_rto = rto;
    }
}

void
SctpUsrsctpSocket::Release()
{
    NS_LOG_FUNCTION(this);
    m_processEvent.Cancel();
    m_processScheduled = false;
    if (m_so)
    {
        SctpUsrsctpInstance::UnregisterSocket(m_so);
        SctpUsrsctpInstance::Entry entry;
        usrsctp_close(m_so);
        m_so = nullptr;
    }
    if (m_phase != CLOSED)
    {
        m_phase = CLOSED;
    }
    if (m_state != SctpAssociation::CLOSED)
    {
        m_state = SctpAssociation::CLOSED;
    }
    if (m_l4)
    {
        if (m_localPort)
        {
            m_l4->NotePortReleased(m_localPort);
            m_localPort = 0;
        }
        Ptr<SctpUsrsctpL4Protocol> l4 = m_l4;
        l4->ForgetSocket(this);
    }
}

void
SctpUsrsctpSocket::Discard()
{
    NS_LOG_FUNCTION(this);
    if (m_so)
    {
        struct linger l;
        l.l_onoff = 1;
        l.l_linger = 0;
        SctpUsrsctpInstance::UnregisterSocket(m_so);
        SctpUsrsctpInstance::Entry entry;
        usrsctp_setsockopt(m_so, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
        usrsctp_close(m_so);
        m_so = nullptr;
    }
    m_processEvent.Cancel();
    m_phase = CLOSED;
}

int
SctpUsrsctpSocket::Abort()
{
    NS_LOG_FUNCTION(this);
    if (!m_so || (m_phase != CONNECTING && m_phase != CONNECTED && m_phase != CLOSING))
    {
        return Fail(ERROR_NOTCONN, "Abort");
    }
    struct sctp_sndinfo info;
    std::memset(&info, 0, sizeof(info));
    info.snd_flags = SCTP_ABORT;
    {
        SctpUsrsctpInstance::Entry entry(true);
        static const uint8_t none = 0; // the library refuses a null buffer, even for 0 bytes
        if (usrsctp_sendv(m_so, &none, 0, nullptr, 0, &info, sizeof(info), SCTP_SENDV_SNDINFO, 0) <
            0)
        {
            return Fail(FromErrno(errno), "Abort");
        }
    }
    // As for the module's sockets, the application that aborts gets no close callback.
    Release();
    return 0;
}

void
SctpUsrsctpSocket::DoDispose()
{
    NS_LOG_FUNCTION(this);
    Discard();
    m_l4 = nullptr;
    SctpSocket::DoDispose();
}

uint16_t
SctpUsrsctpSocket::GetLocalPort() const
{
    return m_localPort;
}

uint16_t
SctpUsrsctpSocket::GetPeerPort() const
{
    return m_peer.GetPort();
}

bool
SctpUsrsctpSocket::IsConnected() const
{
    return m_phase == CONNECTED || m_phase == CLOSING;
}

Socket::SocketErrno
SctpUsrsctpSocket::GetErrno() const
{
    return m_errno;
}

Socket::SocketType
SctpUsrsctpSocket::GetSocketType() const
{
    return NS3_SOCK_STREAM;
}

Ptr<Node>
SctpUsrsctpSocket::GetNode() const
{
    return m_l4 ? m_l4->GetNode() : nullptr;
}

int
SctpUsrsctpSocket::BindPort(uint16_t port)
{
    if (!m_so)
    {
        return Fail(ERROR_BADF, "Bind (closed)");
    }
    if (m_phase != IDLE)
    {
        return Fail(ERROR_INVAL, "Bind (already bound)");
    }
    if (port == 0)
    {
        port = m_l4->AllocateEphemeralPort();
        if (port == 0)
        {
            return Fail(ERROR_ADDRNOTAVAIL, "Bind (no ephemeral port)");
        }
    }
    struct sockaddr_conn sconn;
    std::memset(&sconn, 0, sizeof(sconn));
    sconn.sconn_family = AF_CONN;
    sconn.sconn_port = htons(port);
    sconn.sconn_addr = m_l4->GetConnAddress();
    SctpUsrsctpInstance::Entry entry;
    if (usrsctp_bind(m_so, reinterpret_cast<struct sockaddr*>(&sconn), sizeof(sconn)) != 0)
    {
        return Fail(FromErrno(errno), "Bind");
    }
    m_localPort = port;
    m_l4->NotePortBound(port);
    m_phase = BOUND;
    return 0;
}

int
SctpUsrsctpSocket::Bind()
{
    NS_LOG_FUNCTION(this);
    return BindPort(0);
}

int
SctpUsrsctpSocket::Bind6()
{
    return Fail(ERROR_AFNOSUPPORT, "Bind6 (the usrsctp reference peer is IPv4 only)");
}

int
SctpUsrsctpSocket::Bind(const Address& address)
{
    NS_LOG_FUNCTION(this << address);
    if (!InetSocketAddress::IsMatchingType(address))
    {
        return Fail(ERROR_AFNOSUPPORT, "Bind (IPv4 only)");
    }
    InetSocketAddress inet = InetSocketAddress::ConvertFrom(address);
    // AF_CONN is single-homed: the node's one address stands for all of its IPv4 addresses.
    return BindPort(inet.GetPort());
}

int
SctpUsrsctpSocket::Close()
{
    NS_LOG_FUNCTION(this);
    switch (m_phase)
    {
    case CONNECTED: {
        m_phase = CLOSING;
        SctpUsrsctpInstance::Entry entry(true);
        if (usrsctp_shutdown(m_so, SHUT_WR) != 0)
        {
            NS_LOG_LOGIC("usrsctp_shutdown: " << std::strerror(errno));
        }
        return 0;
    }
    case CLOSING:
        return 0;
    case CONNECTING:
        Discard();
        Release();
        return 0;
    default:
        Release();
        return 0;
    }
}

int
SctpUsrsctpSocket::ShutdownSend()
{
    NS_LOG_FUNCTION(this);
    return m_phase == CONNECTED ? Close() : 0;
}

int
SctpUsrsctpSocket::ShutdownRecv()
{
    NS_LOG_FUNCTION(this);
    m_shutdownRecv = true;
    return 0;
}

int
SctpUsrsctpSocket::Connect(const Address& address)
{
    NS_LOG_FUNCTION(this << address);
    if (!InetSocketAddress::IsMatchingType(address))
    {
        return Fail(ERROR_AFNOSUPPORT, "Connect (IPv4 only)");
    }
    InetSocketAddress inet = InetSocketAddress::ConvertFrom(address);
    if (inet.GetPort() == 0)
    {
        return Fail(ERROR_INVAL, "Connect (port 0)");
    }
    if (m_phase == LISTENING)
    {
        return Fail(ERROR_OPNOTSUPP, "Connect (listening socket)");
    }
    if (m_phase != IDLE && m_phase != BOUND)
    {
        return Fail(ERROR_ISCONN, "Connect (already connected)");
    }
    if (m_phase == IDLE && BindPort(0) != 0)
    {
        return -1;
    }
    m_peer = inet;
    m_l4->SetPeer(m_localPort, inet.GetPort(), inet.GetIpv4(), m_l4->GetConnectUdpPort());
    struct sockaddr_conn sconn;
    std::memset(&sconn, 0, sizeof(sconn));
    sconn.sconn_family = AF_CONN;
    sconn.sconn_port = htons(inet.GetPort());
    // The AF_CONN address names the link: packets of this association leave and arrive on
    // the node's own address.
    sconn.sconn_addr = m_l4->GetConnAddress();
    m_phase = CONNECTING;
    SctpUsrsctpInstance::Entry entry(true);
    if (usrsctp_connect(m_so, reinterpret_cast<struct sockaddr*>(&sconn), sizeof(sconn)) != 0 &&
        errno != EINPROGRESS)
    {
        m_phase = BOUND;
        return Fail(FromErrno(errno), "Connect");
    }
    return 0;
}

int
SctpUsrsctpSocket::Listen()
{
    NS_LOG_FUNCTION(this);
    if (m_phase != BOUND)
    {
        return Fail(m_phase == IDLE ? ERROR_INVAL : ERROR_ISCONN, "Listen");
    }
    SctpUsrsctpInstance::Entry entry;
    if (usrsctp_listen(m_so, 128) != 0)
    {
        return Fail(FromErrno(errno), "Listen");
    }
    m_phase = LISTENING;
    return 0;
}

uint32_t
SctpUsrsctpSocket::GetTxAvailable() const
{
    if (!m_so || (m_phase != CONNECTED && m_phase != CONNECTING))
    {
        return 0;
    }
    uint32_t sndbuf = GetSndBuf();
    UsrsctpSockstat ss;
    std::memset(&ss, 0, sizeof(ss));
    if (GetOption(IPPROTO_SCTP, SCTP_GET_SNDBUF_USE, &ss, sizeof(ss), "SCTP_GET_SNDBUF_USE") != 0)
    {
        m_errno = ERROR_NOTERROR;
        return m_phase == CONNECTING ? sndbuf : 0;
    }
    return ss.ss_total_sndbuf < sndbuf ? sndbuf - ss.ss_total_sndbuf : 0;
}

int
SctpUsrsctpSocket::Send(Ptr<Packet> p, uint32_t flags)
{
    NS_LOG_FUNCTION(this << p << flags);
    std::vector<uint8_t> data(p->GetSize());
    p->CopyData(data.data(), data.size());
    SctpSndInfo info;
    GetDefaultSendParam(info);
    return SendMsg(data, info);
}

int
SctpUsrsctpSocket::SendTo(Ptr<Packet> p, uint32_t flags, const Address& toAddress)
{
    return Send(p, flags);
}

uint32_t
SctpUsrsctpSocket::GetRxAvailable() const
{
    auto* self = const_cast<SctpUsrsctpSocket*>(this);
    self->FetchAhead();
    return m_havePending ? static_cast<uint32_t>(m_pending.size()) : 0;
}

Ptr<Packet>
SctpUsrsctpSocket::Recv(uint32_t maxSize, uint32_t flags)
{
    Address from;
    return RecvFrom(maxSize, flags, from);
}

Ptr<Packet>
SctpUsrsctpSocket::RecvFrom(uint32_t maxSize, uint32_t flags, Address& fromAddress)
{
    NS_LOG_FUNCTION(this << maxSize << flags);
    FetchAhead();
    if (!m_havePending || maxSize == 0)
    {
        m_errno = ERROR_AGAIN;
        return nullptr;
    }
    fromAddress = m_peer;
    Ptr<Packet> p;
    if (m_pending.size() <= maxSize)
    {
        p = Create<Packet>(m_pending.data(), static_cast<uint32_t>(m_pending.size()));
        m_havePending = false;
        m_pending.clear();
        if (!m_events.empty())
        {
            ScheduleProcess();
        }
    }
    else
    {
        p = Create<Packet>(m_pending.data(), maxSize);
        m_pending.erase(m_pending.begin(), m_pending.begin() + maxSize);
    }
    return p;
}

int
SctpUsrsctpSocket::RecvMsg(std::vector<uint8_t>& data, SctpRcvInfo& info, bool& eor)
{
    NS_LOG_FUNCTION(this);
    FetchAhead();
    // Subscribed notifications come in band, in usrsctp's order: those queued were read
    // before the data waiting behind them.
    if (!m_notifications.empty())
    {
        const SctpNotification& n = m_notifications.front();
        data = n.Serialize();
        info = SctpRcvInfo();
        info.flags = SctpMsgFlags::NOTIFICATION;
        info.assocId = n.assocId;
        eor = true;
        m_notifications.pop_front();
        return static_cast<int>(data.size());
    }
    if (!m_havePending)
    {
        m_errno = ERROR_AGAIN;
        return 0;
    }
    data.swap(m_pending);
    m_pending.clear();
    info = m_pendingInfo;
    eor = m_pendingEor;
    m_havePending = false;
    if (!m_events.empty())
    {
        ScheduleProcess(); // a close read behind this data is reported now
    }
    else
    {
        FetchAhead(); // notifications right behind the data
    }
    return static_cast<int>(data.size());
}

int
SctpUsrsctpSocket::GetSockName(Address& address) const
{
    Ipv4Address local = m_l4 ? m_l4->GetSourceAddressFor(m_peer.GetIpv4()) : Ipv4Address();
    address = InetSocketAddress(local, m_localPort);
    return 0;
}

int
SctpUsrsctpSocket::GetPeerName(Address& address) const
{
    if (m_phase != CONNECTED && m_phase != CLOSING)
    {
        return Fail(ERROR_NOTCONN, "GetPeerName");
    }
    address = m_peer;
    return 0;
}

bool
SctpUsrsctpSocket::SetAllowBroadcast(bool allowBroadcast)
{
    return !allowBroadcast;
}

bool
SctpUsrsctpSocket::GetAllowBroadcast() const
{
    return false;
}

int
SctpUsrsctpSocket::SendMsg(const std::vector<uint8_t>& data, const SctpSndInfo& info)
{
    NS_LOG_FUNCTION(this << data.size() << info.sid << info.flags);
    if (!m_so)
    {
        return Fail(ERROR_BADF, "SendMsg (closed)");
    }
    if (info.flags & SctpMsgFlags::SENDALL)
    {
        return Fail(ERROR_OPNOTSUPP, "SendMsg (SCTP_SENDALL on a one-to-one socket)");
    }
    if (m_phase == CLOSING || m_phase == CLOSED)
    {
        return Fail(ERROR_SHUTDOWN, "SendMsg (shut down)");
    }
    if (m_phase != CONNECTED)
    {
        return Fail(ERROR_NOTCONN, "SendMsg (not connected)");
    }
    uint16_t flags = 0;
    const uint16_t known[] = {SctpMsgFlags::EOF_,
                              SctpMsgFlags::ABORT,
                              SctpMsgFlags::UNORDERED,
                              SctpMsgFlags::EOR,
                              SctpMsgFlags::SACK_IMMEDIATELY};
    for (uint16_t f : known)
    {
        flags |= info.flags & f; // the module's values are FreeBSD's
    }
    struct sctp_sendv_spa spa;
    std::memset(&spa, 0, sizeof(spa));
    spa.sendv_flags = SCTP_SEND_SNDINFO_VALID;
    spa.sendv_sndinfo.snd_sid = info.sid;
    spa.sendv_sndinfo.snd_flags = flags;
    spa.sendv_sndinfo.snd_ppid = htonl(info.ppid); // on the wire as the module's stack puts it
    spa.sendv_sndinfo.snd_context = info.context;
    if (info.timetolive > 0)
    {
        spa.sendv_flags |= SCTP_SEND_PRINFO_VALID;
        spa.sendv_prinfo.pr_policy = SCTP_PR_SCTP_TTL;
        spa.sendv_prinfo.pr_value = info.timetolive;
    }
    ssize_t n;
    {
        SctpUsrsctpInstance::Entry entry(true);
        static const uint8_t none = 0; // the library refuses a null buffer, even for 0 bytes
        n = usrsctp_sendv(m_so,
                          data.empty() ? &none : data.data(),
                          data.size(),
                          nullptr,
                          0,
                          &spa,
                          sizeof(spa),
                          SCTP_SENDV_SPA,
                          0);
        if (n < 0)
        {
            int e = errno;
            return Fail(FromErrno(e), "SendMsg");
        }
    }
    m_notifiedTxAvailable = 0; // the next space reported is news
    if (flags & SctpMsgFlags::ABORT)
    {
        Release(); // the association is gone; no close callback, as for the module's sockets
    }
    else if (flags & SctpMsgFlags::EOF_)
    {
        m_phase = CLOSING;
    }
    return static_cast<int>(n);
}

} // namespace ns3
