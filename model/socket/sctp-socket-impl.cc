/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-socket-impl.h"

#include "sctp-one-to-many-socket.h"

#include "ns3/inet-socket-address.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv4.h"
#include "ns3/ipv6.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/random-variable-stream.h"
#include "ns3/sctp-congestion-ops.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-cookie.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-init-responder.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-packet.h"
#include "ns3/sctp-parameter.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpSocketImpl");

NS_OBJECT_ENSURE_REGISTERED(SctpSocketImpl);

TypeId
SctpSocketImpl::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpSocketImpl")
                            .SetParent<SctpSocket>()
                            .SetGroupName("Sctp")
                            .AddConstructor<SctpSocketImpl>();
    return tid;
}

SctpSocketImpl::SctpSocketImpl()
{
    NS_LOG_FUNCTION(this);
}

SctpSocketImpl::~SctpSocketImpl()
{
    NS_LOG_FUNCTION(this);
}

void
SctpSocketImpl::Setup(Ptr<Node> node,
                      Ptr<SctpL4Protocol> l4,
                      const SctpAssocConfig& config,
                      bool oneToMany)
{
    m_node = node;
    m_l4 = l4;
    m_config = config;
    m_oneToMany = oneToMany;
}

void
SctpSocketImpl::DoDispose()
{
    NS_LOG_FUNCTION(this);
    if (m_assoc)
    {
        m_assoc->Dispose();
        m_assoc = nullptr;
    }
    if (m_bound && !m_listener && m_l4)
    {
        m_l4->UnbindSocket(this);
    }
    m_listener = nullptr;
    m_cookieSecret = nullptr;
    m_l4 = nullptr;
    m_node = nullptr;
    SctpSocket::DoDispose();
}

int
SctpSocketImpl::Fail(SocketErrno err, const char* what) const
{
    NS_LOG_LOGIC(what << " failed: errno " << err);
    m_errno = err;
    return -1;
}

SctpAssocConfig&
SctpSocketImpl::Config()
{
    return m_assoc ? m_assoc->GetConfig() : m_config;
}

const SctpAssocConfig&
SctpSocketImpl::Config() const
{
    return m_assoc ? m_assoc->GetConfig() : m_config;
}

Ptr<SctpAssociation>
SctpSocketImpl::GetAssociation() const
{
    return m_assoc;
}

enum Socket::SocketErrno
SctpSocketImpl::GetErrno() const
{
    return m_errno;
}

enum Socket::SocketType
SctpSocketImpl::GetSocketType() const
{
    return m_oneToMany ? NS3_SOCK_SEQPACKET : NS3_SOCK_STREAM;
}

Ptr<Node>
SctpSocketImpl::GetNode() const
{
    return m_node;
}

int
SctpSocketImpl::DoBind(const Address& address, uint16_t port)
{
    NS_LOG_FUNCTION(this << address << port);
    if (m_bound)
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
    else if (m_l4->IsPortBound(port))
    {
        return Fail(ERROR_ADDRINUSE, "Bind (port in use)");
    }
    m_localAddresses.clear();
    if (!address.IsInvalid())
    {
        m_localAddresses.push_back(address);
    }
    m_localPort = port;
    m_bound = true;
    m_l4->BindSocket(this, port);
    return 0;
}

bool
SctpSocketImpl::SplitSocketAddress(const Address& address, Address& ip, uint16_t& port)
{
    if (InetSocketAddress::IsMatchingType(address))
    {
        InetSocketAddress a = InetSocketAddress::ConvertFrom(address);
        ip = a.GetIpv4() == Ipv4Address::GetAny() ? Address() : Address(a.GetIpv4());
        port = a.GetPort();
        return true;
    }
    if (Inet6SocketAddress::IsMatchingType(address))
    {
        Inet6SocketAddress a = Inet6SocketAddress::ConvertFrom(address);
        ip = a.GetIpv6() == Ipv6Address::GetAny() ? Address() : Address(a.GetIpv6());
        port = a.GetPort();
        return true;
    }
    return false;
}

int
SctpSocketImpl::Bind(const Address& address)
{
    Address ip;
    uint16_t port;
    if (!SplitSocketAddress(address, ip, port))
    {
        return Fail(ERROR_INVAL, "Bind (not an Inet or Inet6 socket address)");
    }
    return DoBind(ip, port);
}

int
SctpSocketImpl::Bind()
{
    return DoBind(Address(), 0);
}

int
SctpSocketImpl::Bind6()
{
    return DoBind(Address(), 0);
}

bool
SctpSocketImpl::AcceptsDestination(const Address& destination) const
{
    return m_localAddresses.empty() ||
           std::find(m_localAddresses.begin(), m_localAddresses.end(), destination) !=
               m_localAddresses.end();
}

std::vector<Address>
SctpSocketImpl::GetLocalAddresses() const
{
    if (!m_localAddresses.empty())
    {
        return m_localAddresses;
    }
    std::vector<Address> all;
    if (Ptr<Ipv4> ipv4 = m_node->GetObject<Ipv4>())
    {
        for (uint32_t i = 0; i < ipv4->GetNInterfaces(); ++i)
        {
            for (uint32_t j = 0; j < ipv4->GetNAddresses(i); ++j)
            {
                Ipv4Address a = ipv4->GetAddress(i, j).GetLocal();
                if (!a.IsLocalhost() && !a.IsAny())
                {
                    all.emplace_back(a);
                }
            }
        }
    }
    if (Ptr<Ipv6> ipv6 = m_node->GetObject<Ipv6>())
    {
        for (uint32_t i = 0; i < ipv6->GetNInterfaces(); ++i)
        {
            for (uint32_t j = 0; j < ipv6->GetNAddresses(i); ++j)
            {
                Ipv6Address a = ipv6->GetAddress(i, j).GetAddress();
                if (!a.IsLocalhost() && !a.IsLinkLocal() && !a.IsAny())
                {
                    all.emplace_back(a);
                }
            }
        }
    }
    return all;
}

Ptr<SctpAssociation>
SctpSocketImpl::MakeAssociation()
{
    Ptr<SctpAssociation> assoc = CreateObject<SctpAssociation>();
    SctpAssociation::Callbacks cb;
    cb.established = MakeCallback(&SctpSocketImpl::OnEstablished, this);
    cb.dataArrived = MakeCallback(&SctpSocketImpl::OnDataArrived, this);
    cb.sendSpace = MakeCallback(&SctpSocketImpl::OnSendSpace, this);
    cb.peerShutdown = MakeCallback(&SctpSocketImpl::OnPeerShutdown, this);
    cb.closed = MakeCallback(&SctpSocketImpl::OnClosed, this);
    cb.restarted = MakeCallback(&SctpSocketImpl::OnRestarted, this);
    cb.notify = MakeCallback(&SctpSocketImpl::OnNotify, this);
    SctpAssocConfig config = m_config;
    config.boundAll = m_localAddresses.empty(); // mobility needs the wildcard (FreeBSD)
    assoc->Configure(m_l4, config, m_localPort, cb);
    assoc->SetLocalAddresses(GetLocalAddresses());
    return assoc;
}

int
SctpSocketImpl::Connect(const Address& address)
{
    return ConnectX(std::vector<Address>{address});
}

int
SctpSocketImpl::ConnectX(const std::vector<Address>& addresses)
{
    NS_LOG_FUNCTION(this << addresses.size());
    std::vector<Address> peers;
    uint16_t port = 0;
    for (const auto& address : addresses)
    {
        Address peer;
        uint16_t p;
        if (!SplitSocketAddress(address, peer, p))
        {
            return Fail(ERROR_AFNOSUPPORT, "Connect (not an Inet or Inet6 socket address)");
        }
        if (p == 0 || (port != 0 && p != port))
        {
            return Fail(ERROR_INVAL, "Connect (port 0, or different ports)");
        }
        port = p;
        peers.push_back(peer);
    }
    if (peers.empty())
    {
        return Fail(ERROR_INVAL, "Connect (no address)");
    }
    if (m_listening)
    {
        return Fail(ERROR_OPNOTSUPP, "Connect (listening socket)");
    }
    if (m_assoc && m_assoc->GetState() != SctpAssociation::CLOSED)
    {
        return Fail(ERROR_ISCONN, "Connect (already connected)");
    }
    if (!m_bound && Bind() != 0)
    {
        return -1;
    }
    if (m_l4->GetSourceAddressFor(peers.front()).IsInvalid())
    {
        return Fail(ERROR_NOROUTETOHOST, "Connect (no route)");
    }
    m_assoc = MakeAssociation();
    // Even an active opener answers an INIT that collides with its own (RFC 9260 §5.2.1).
    EnsureCookieSecret();
    m_assoc->SetCookieSecret(m_cookieSecret);
    m_connecting = true;
    m_assoc->Connect(peers, port);
    return 0;
}

void
SctpSocketImpl::EnsureCookieSecret()
{
    if (m_cookieSecret)
    {
        return;
    }
    m_cookieSecret = CreateObject<SctpCookieSecret>();
    m_cookieSecret->SetAttribute("SecretLifetime", TimeValue(m_config.secretLifetime));
    m_cookieSecret->AssignStreams(m_l4->GetRandom()->GetInteger(0, 0x7FFFFFFF));
    m_cookieSecret->Start(Simulator::Now());
}

int
SctpSocketImpl::Listen()
{
    NS_LOG_FUNCTION(this);
    if (!m_bound)
    {
        return Fail(ERROR_INVAL, "Listen (not bound)");
    }
    if (m_assoc)
    {
        return Fail(ERROR_ISCONN, "Listen (connected)");
    }
    m_listening = true;
    EnsureCookieSecret();
    return 0;
}

bool
SctpSocketImpl::ReceiveUnassociated(const SctpPacket& packet,
                                    const Address& source,
                                    const Address& destination,
                                    Ptr<const Packet> raw)
{
    NS_LOG_FUNCTION(this << source << destination);
    if (!m_listening)
    {
        return false;
    }
    const auto& chunks = packet.GetChunks();
    Ptr<SctpChunk> first = chunks.front();
    if (first->GetType() == SctpChunk::INIT)
    {
        SctpInitResponder::RespondToInit(m_l4,
                                         m_cookieSecret,
                                         m_config,
                                         packet,
                                         *DynamicCast<SctpInitChunk>(first),
                                         source,
                                         destination,
                                         SctpInitResponder::Existing(),
                                         GetLocalAddresses());
        return true;
    }
    // RFC 4895 §6.3: an AUTH may come before the COOKIE-ECHO; it is checked with the keys the
    // cookie carries once the cookie is known to be ours.
    size_t echoAt = 0;
    Ptr<SctpAuthChunk> auth;
    if (first->GetType() == SctpChunk::AUTH && chunks.size() > 1 &&
        chunks[1]->GetType() == SctpChunk::COOKIE_ECHO)
    {
        auth = DynamicCast<SctpAuthChunk>(first);
        echoAt = 1;
    }
    if (chunks[echoAt]->GetType() != SctpChunk::COOKIE_ECHO)
    {
        return false;
    }
    SctpStateCookie cookie;
    m_cookieSecret->Advance(Simulator::Now());
    if (!SctpInitResponder::ValidateCookieEcho(m_l4,
                                               m_cookieSecret,
                                               packet,
                                               *DynamicCast<SctpCookieEchoChunk>(chunks[echoAt]),
                                               source,
                                               destination,
                                               cookie))
    {
        return true; // answered (stale) or discarded, with a Drop trace
    }
    if (!CookieEchoAuthenticated(
            cookie,
            auth,
            std::vector<Ptr<SctpChunk>>(chunks.begin() + echoAt, chunks.end())))
    {
        m_l4->NotifyDrop(raw, "COOKIE-ECHO without the AUTH its endpoint asks for: discarded");
        return true;
    }
    Address from =
        Ipv4Address::IsMatchingType(source)
            ? Address(InetSocketAddress(Ipv4Address::ConvertFrom(source), packet.GetSourcePort()))
            : Address(Inet6SocketAddress(Ipv6Address::ConvertFrom(source), packet.GetSourcePort()));
    if (!NotifyConnectionRequest(from))
    {
        // The application refuses: answer with ABORT (RFC 9260 §5.1).
        SctpInitResponder::SendAbort(m_l4,
                                     cookie.peerVerificationTag,
                                     false,
                                     m_localPort,
                                     packet.GetSourcePort(),
                                     destination,
                                     source,
                                     nullptr);
        return true;
    }
    Ptr<SctpSocketImpl> child = MakeChild();
    child->m_listener = this;
    AdoptChild(child);
    child->m_assoc = child->MakeAssociation();
    child->m_assoc->SetCookieSecret(m_cookieSecret);
    child->m_assoc->EstablishFromCookie(cookie, source, destination);
    // Chunks bundled after the COOKIE-ECHO (DATA, typically) belong to the new association.
    if (chunks.size() > echoAt + 1 && child->m_assoc->GetState() != SctpAssociation::CLOSED)
    {
        SctpPacket rest;
        rest.SetSourcePort(packet.GetSourcePort());
        rest.SetDestinationPort(packet.GetDestinationPort());
        rest.SetVerificationTag(packet.GetVerificationTag());
        if (auth)
        {
            rest.AddChunk(auth); // what follows was covered by it: the association checks again
        }
        for (size_t i = echoAt + 1; i < chunks.size(); ++i)
        {
            rest.AddChunk(chunks[i]);
        }
        child->m_assoc->ReceivePacket(rest, source, destination, 0, raw);
    }
    return true;
}

bool
SctpSocketImpl::CookieEchoAuthenticated(const SctpStateCookie& cookie,
                                        Ptr<SctpAuthChunk> auth,
                                        const std::vector<Ptr<SctpChunk>>& covered) const
{
    std::vector<uint8_t> packed;
    bool hasAdaptation = false;
    uint32_t adaptation = 0;
    SctpAuthEndpoint local;
    SctpAuthEndpoint peer;
    SctpAuth keys;
    keys.SetKeys(m_config.authKeys, m_config.authActiveKey);
    if (!cookie.HasExtension(SctpStateCookie::EXT_AUTH) ||
        !SctpInitResponder::UnpackExtras(cookie.opaque, packed, hasAdaptation, adaptation) ||
        !SctpAuth::Unpack(packed, local, peer) || !keys.Setup(local, peer))
    {
        return !auth; // no AUTH negotiated: an AUTH chunk is unknown and stops the packet
    }
    if (!auth)
    {
        return std::find(local.chunks.begin(), local.chunks.end(), SctpChunk::COOKIE_ECHO) ==
               local.chunks.end();
    }
    return keys.Verify(*auth, covered) == SctpAuth::VALID;
}

Ptr<SctpSocketImpl>
SctpSocketImpl::MakeChild()
{
    Ptr<SctpSocketImpl> child = DynamicCast<SctpSocketImpl>(m_l4->CreateSocket(false));
    child->m_config = m_config;
    child->m_localPort = m_localPort;
    child->m_localAddresses = m_localAddresses;
    child->m_defaultSndInfo = m_defaultSndInfo;
    child->m_useExtRcvInfo = m_useExtRcvInfo;
    child->m_events = m_events;
    return child;
}

void
SctpSocketImpl::AdoptChild(Ptr<SctpSocketImpl> child)
{
}

void
SctpSocketImpl::OnEstablished(Ptr<SctpAssociation> assoc)
{
    NS_LOG_FUNCTION(this);
    if (m_owner)
    {
        m_owner->MemberEstablished(this);
        return;
    }
    if (m_listener)
    {
        Address from;
        GetPeerName(from);
        m_listener->NotifyNewConnectionCreated(this, from);
        return;
    }
    if (m_connecting)
    {
        m_connecting = false;
        NotifyConnectionSucceeded();
    }
}

void
SctpSocketImpl::OnDataArrived(Ptr<SctpAssociation> assoc)
{
    if (m_owner)
    {
        m_owner->MemberReadable(this);
        return;
    }
    if (!m_shutdownRecv)
    {
        NotifyDataRecv();
    }
}

void
SctpSocketImpl::OnSendSpace(Ptr<SctpAssociation> assoc, uint32_t space)
{
    if (m_owner)
    {
        m_owner->MemberSendSpace(this, space);
        return;
    }
    if (!m_shutdownSend)
    {
        NotifySend(space);
    }
}

void
SctpSocketImpl::OnPeerShutdown(Ptr<SctpAssociation> assoc)
{
    NS_LOG_FUNCTION(this);
    // Reads see the end of the stream once the queued messages are read.
    m_shutdownSend = true;
}

void
SctpSocketImpl::OnRestarted(Ptr<SctpAssociation> assoc)
{
    NS_LOG_FUNCTION(this);
}

void
SctpSocketImpl::OnClosed(Ptr<SctpAssociation> assoc, SctpAssociation::CloseReason reason)
{
    NS_LOG_FUNCTION(this << reason);
    if (m_owner)
    {
        m_owner->MemberClosed(this, reason);
        return;
    }
    bool wasConnecting = m_connecting;
    m_connecting = false;
    switch (reason)
    {
    case SctpAssociation::CLOSE_GRACEFUL:
        NotifyNormalClose();
        return;
    case SctpAssociation::CLOSE_USER_ABORT:
        return;
    case SctpAssociation::CLOSE_REFUSED:
    case SctpAssociation::CLOSE_ABORTED:
    case SctpAssociation::CLOSE_FAILED:
        m_errno = reason == SctpAssociation::CLOSE_FAILED ? ERROR_NOROUTETOHOST : ERROR_NOTCONN;
        if (wasConnecting)
        {
            NotifyConnectionFailed();
        }
        else
        {
            NotifyErrorClose();
        }
        return;
    }
}

int
SctpSocketImpl::Close()
{
    NS_LOG_FUNCTION(this);
    if (m_listening)
    {
        m_listening = false;
        m_l4->UnbindSocket(this);
        return 0;
    }
    m_shutdownSend = true;
    m_shutdownRecv = true;
    if (m_assoc)
    {
        m_assoc->Shutdown();
    }
    if (m_bound && !m_listener)
    {
        m_l4->UnbindSocket(this);
    }
    return 0;
}

int
SctpSocketImpl::ShutdownSend()
{
    NS_LOG_FUNCTION(this);
    // SCTP has no half-close: shutting down the send side starts the graceful shutdown, and
    // what the peer sends before its SHUTDOWN-ACK is still readable.
    m_shutdownSend = true;
    if (m_assoc)
    {
        m_assoc->Shutdown();
    }
    return 0;
}

int
SctpSocketImpl::ShutdownRecv()
{
    m_shutdownRecv = true;
    return 0;
}

uint32_t
SctpSocketImpl::GetTxAvailable() const
{
    if (!m_assoc)
    {
        return Config().sendSpace;
    }
    return m_assoc->GetTxAvailable();
}

int
SctpSocketImpl::SendMsg(const std::vector<uint8_t>& data, const SctpSndInfo& info)
{
    NS_LOG_FUNCTION(this << data.size() << info.sid);
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "Send (not connected)");
    }
    // SCTP_ABORT comes before any state check (FreeBSD): also during a shutdown.
    if (info.flags & SctpMsgFlags::ABORT)
    {
        m_assoc->Abort(data);
        return 0;
    }
    if (m_shutdownSend)
    {
        return Fail(ERROR_SHUTDOWN, "Send (shut down)");
    }
    if (data.empty() && (info.flags & SctpMsgFlags::EOF_))
    {
        // SCTP_EOF without data: only the graceful shutdown (RFC 6458 §5.3.4).
        ShutdownSend();
        return 0;
    }
    int err = m_assoc->Send(data, info);
    if (err != 0)
    {
        return Fail(static_cast<SocketErrno>(err), "Send");
    }
    if (info.flags & SctpMsgFlags::EOF_)
    {
        ShutdownSend();
    }
    return static_cast<int>(data.size());
}

int
SctpSocketImpl::Send(Ptr<Packet> p, uint32_t flags)
{
    std::vector<uint8_t> data(p->GetSize());
    p->CopyData(data.data(), data.size());
    return SendMsg(data, m_defaultSndInfo);
}

int
SctpSocketImpl::SendTo(Ptr<Packet> p, uint32_t flags, const Address& toAddress)
{
    return Send(p, flags);
}

uint32_t
SctpSocketImpl::GetRxAvailable() const
{
    uint32_t n = m_readRest.size();
    return m_assoc ? n + m_assoc->GetRxAvailable() : n;
}

int
SctpSocketImpl::RecvMsg(std::vector<uint8_t>& data, SctpRcvInfo& info, bool& eor)
{
    // Subscribed notifications come in band, in their place among the messages (RFC 6458 §6).
    SctpNotification n;
    if (m_readRest.empty() && PopDueNotification(n))
    {
        data = n.Serialize();
        info = SctpRcvInfo();
        info.flags = SctpMsgFlags::NOTIFICATION;
        info.assocId = n.assocId;
        eor = true;
        return static_cast<int>(data.size());
    }
    int read = ReadData(data, info, eor);
    if (read > 0 && eor && m_useExtRcvInfo)
    {
        FillNextInfo(info);
    }
    return read;
}

void
SctpSocketImpl::FillNextInfo(SctpRcvInfo& info) const
{
    // What the next RecvMsg would return: a notification that is due, else the next data.
    if (const SctpNotification* n = PeekDueNotification())
    {
        info.nextFlags =
            SctpNextFlags::AVAIL | SctpNextFlags::IS_NOTIFICATION | SctpNextFlags::IS_COMPLETE;
        info.nextLength = n->Serialize().size();
        info.nextAssocId = n->assocId;
        return;
    }
    SctpAssocId id = 0;
    const SctpDeliveredMessage* m = PeekData(id);
    if (!m)
    {
        return;
    }
    info.nextFlags = SctpNextFlags::AVAIL;
    info.nextFlags |= m->complete ? SctpNextFlags::IS_COMPLETE : 0;
    info.nextFlags |= m->unordered ? SctpNextFlags::IS_UNORDERED : 0;
    info.nextSid = m->streamId;
    info.nextPpid = m->ppid;
    info.nextLength = m->data.size();
    info.nextAssocId = id;
}

const SctpDeliveredMessage*
SctpSocketImpl::PeekData(SctpAssocId& id) const
{
    id = 0;
    return m_readRest.empty() && m_assoc ? m_assoc->PeekMessage() : nullptr;
}

const SctpNotification*
SctpSocketImpl::PeekDueNotification() const
{
    if (m_notifications.empty() ||
        (m_assoc && m_assoc->GetTakenTotal() < m_notifications.front().after))
    {
        return nullptr;
    }
    return &m_notifications.front().n;
}

bool
SctpSocketImpl::PopDueNotification(SctpNotification& n)
{
    const SctpNotification* due = PeekDueNotification();
    if (!due)
    {
        return false;
    }
    auto it = std::find_if(m_notifications.begin(),
                           m_notifications.end(),
                           [due](const QueuedNotification& q) { return &q.n == due; });
    n = it->n;
    m_notifications.erase(it);
    return true;
}

int
SctpSocketImpl::ReadData(std::vector<uint8_t>& data, SctpRcvInfo& info, bool& eor)
{
    if (!m_readRest.empty())
    {
        data = std::move(m_readRest);
        m_readRest.clear();
        info = m_readRestInfo;
        eor = m_readRestEor;
        return static_cast<int>(data.size());
    }
    if (!m_assoc || !m_assoc->HasMessage())
    {
        m_errno = ERROR_AGAIN;
        data.clear();
        return 0;
    }
    data = m_assoc->Receive(info, eor);
    m_assoc->NotifyApplicationRead();
    return static_cast<int>(data.size());
}

Ptr<Packet>
SctpSocketImpl::Recv(uint32_t maxSize, uint32_t flags)
{
    std::vector<uint8_t> data;
    SctpRcvInfo info;
    bool eor = false;
    if (ReadData(data, info, eor) <= 0)
    {
        return nullptr;
    }
    if (data.size() > maxSize)
    {
        // Keep the rest of the message for the next read, boundaries intact.
        m_readRest.assign(data.begin() + maxSize, data.end());
        m_readRestInfo = info;
        m_readRestEor = eor;
        data.resize(maxSize);
    }
    return Create<Packet>(data.data(), data.size());
}

Ptr<Packet>
SctpSocketImpl::RecvFrom(uint32_t maxSize, uint32_t flags, Address& fromAddress)
{
    Ptr<Packet> p = Recv(maxSize, flags);
    if (p)
    {
        GetPeerName(fromAddress);
    }
    return p;
}

int
SctpSocketImpl::GetSockName(Address& address) const
{
    Address local = m_assoc ? m_assoc->GetPrimaryLocalAddress()
                            : (m_localAddresses.empty() ? Address() : m_localAddresses.front());
    if (Ipv6Address::IsMatchingType(local))
    {
        address = Inet6SocketAddress(Ipv6Address::ConvertFrom(local), m_localPort);
    }
    else
    {
        Ipv4Address ip = Ipv4Address::IsMatchingType(local) ? Ipv4Address::ConvertFrom(local)
                                                            : Ipv4Address::GetAny();
        address = InetSocketAddress(ip, m_localPort);
    }
    return 0;
}

int
SctpSocketImpl::GetPeerName(Address& address) const
{
    if (!m_assoc || m_assoc->GetPaths().empty())
    {
        m_errno = ERROR_NOTCONN;
        return -1;
    }
    Address peer = m_assoc->GetPrimaryPeerAddress();
    if (Ipv4Address::IsMatchingType(peer))
    {
        address = InetSocketAddress(Ipv4Address::ConvertFrom(peer), m_assoc->GetPeerPort());
    }
    else
    {
        address = Inet6SocketAddress(Ipv6Address::ConvertFrom(peer), m_assoc->GetPeerPort());
    }
    return 0;
}

int
SctpSocketImpl::RecvNotification(SctpNotification& notification)
{
    if (m_notifications.empty())
    {
        return 0;
    }
    notification = m_notifications.front().n;
    m_notifications.pop_front();
    return 1;
}

void
SctpSocketImpl::OnNotify(Ptr<SctpAssociation> assoc, const SctpNotification& n)
{
    if (m_owner)
    {
        m_owner->MemberNotification(this, n);
        return;
    }
    SctpNotification delivered = n;
    if (!m_events.Deliver(delivered))
    {
        return; // off by default, as sctp(4) says
    }
    m_notifications.push_back({delivered, assoc ? assoc->GetReadyTotal() : 0});
    NotifyDataRecv();
}

} // namespace ns3
