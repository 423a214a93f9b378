/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-one-to-many-socket.h"

#include "ns3/inet-socket-address.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/simulator.h"

#include <functional>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpOneToManySocketImpl");

NS_OBJECT_ENSURE_REGISTERED(SctpOneToManySocketImpl);

TypeId
SctpOneToManySocketImpl::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpOneToManySocketImpl")
                            .SetParent<SctpSocketImpl>()
                            .SetGroupName("Sctp")
                            .AddConstructor<SctpOneToManySocketImpl>();
    return tid;
}

SctpOneToManySocketImpl::SctpOneToManySocketImpl()
{
    NS_LOG_FUNCTION(this);
}

SctpOneToManySocketImpl::~SctpOneToManySocketImpl()
{
    NS_LOG_FUNCTION(this);
}

void
SctpOneToManySocketImpl::DoDispose()
{
    NS_LOG_FUNCTION(this);
    for (auto& [id, m] : m_members)
    {
        m.autocloseTimer.Cancel();
        m.socket->m_owner = nullptr;
        m.socket->m_listener = nullptr;
        m.socket->Dispose();
    }
    m_members.clear();
    m_ids.clear();
    m_byPeer.clear();
    m_readable.clear();
    SctpSocketImpl::DoDispose();
}

// ---------------------------------------------------------------------------------------------
// Members

SctpAssocId
SctpOneToManySocketImpl::Add(Ptr<SctpSocketImpl> socket, const Address& peer)
{
    SctpAssocId id = m_nextId++;
    socket->m_owner = this;
    socket->m_listener = this; // the member shares our port and never binds one itself
    Member m;
    m.socket = socket;
    m.peer = peer;
    m_ids[PeekPointer(socket)] = id;
    if (!peer.IsInvalid())
    {
        m_byPeer[peer] = id;
    }
    m_members.emplace(id, std::move(m)); // autoclose starts when it is established
    NS_LOG_LOGIC("association " << id << " added (" << m_members.size() << " in all)");
    return id;
}

void
SctpOneToManySocketImpl::Remove(SctpAssocId id)
{
    auto it = m_members.find(id);
    if (it == m_members.end())
    {
        return;
    }
    Member& m = it->second;
    m.autocloseTimer.Cancel();
    auto byPeer = m_byPeer.find(m.peer);
    if (byPeer != m_byPeer.end() && byPeer->second == id)
    {
        m_byPeer.erase(byPeer);
    }
    m_ids.erase(PeekPointer(m.socket));
    m.socket->m_owner = nullptr;
    if (m_readingId == id)
    {
        m_readingId = 0;
    }
    m_members.erase(it); // a stale id left in m_readable is skipped when reached
}

SctpOneToManySocketImpl::Member*
SctpOneToManySocketImpl::Find(SctpAssocId id)
{
    auto it = m_members.find(id);
    return it == m_members.end() ? nullptr : &it->second;
}

const SctpOneToManySocketImpl::Member*
SctpOneToManySocketImpl::Find(SctpAssocId id) const
{
    auto it = m_members.find(id);
    return it == m_members.end() ? nullptr : &it->second;
}

SctpOneToManySocketImpl::Member*
SctpOneToManySocketImpl::FindByImpl(const SctpSocketImpl* socket)
{
    auto it = m_ids.find(socket);
    return it == m_ids.end() ? nullptr : Find(it->second);
}

Ptr<SctpAssociation>
SctpOneToManySocketImpl::GetAssociationById(SctpAssocId id) const
{
    const Member* m = Find(id);
    return m ? m->socket->m_assoc : nullptr;
}

SctpAssocId
SctpOneToManySocketImpl::GetAssocIdByPeer(const Address& peer) const
{
    auto it = m_byPeer.find(peer);
    if (it != m_byPeer.end())
    {
        return it->second;
    }
    // Another address of a multi-homed peer (FreeBSD's sctp_findassociation_ep_addr matches
    // any of them): the protocol's table knows every path of every association.
    Address ip;
    uint16_t port = 0;
    if (InetSocketAddress::IsMatchingType(peer))
    {
        ip = InetSocketAddress::ConvertFrom(peer).GetIpv4();
        port = InetSocketAddress::ConvertFrom(peer).GetPort();
    }
    else if (Inet6SocketAddress::IsMatchingType(peer))
    {
        ip = Inet6SocketAddress::ConvertFrom(peer).GetIpv6();
        port = Inet6SocketAddress::ConvertFrom(peer).GetPort();
    }
    Ptr<SctpAssociation> assoc =
        m_l4 && port ? m_l4->FindAssociation(m_localPort, port, ip) : nullptr;
    if (!assoc)
    {
        return 0;
    }
    for (const auto& [id, m] : m_members)
    {
        if (!m.closed && m.socket->m_assoc == assoc)
        {
            return id;
        }
    }
    return 0;
}

uint32_t
SctpOneToManySocketImpl::GetAssociationCount() const
{
    return m_members.size();
}

void
SctpOneToManySocketImpl::AdoptChild(Ptr<SctpSocketImpl> child)
{
    Add(child, Address()); // the peer's address is known once the association exists
}

void
SctpOneToManySocketImpl::Touch(SctpAssocId id)
{
    if (Member* m = Find(id))
    {
    }
}

void
SctpOneToManySocketImpl::AutocloseCheck(SctpAssocId id)
{
    Member* m = Find(id);
    if (!m || m_autoclose == 0 || m->closed)
    {
        return;
    }
    Ptr<SctpAssociation> a = m->socket->m_assoc;
    if (!a || a->GetState() != SctpAssociation::ESTABLISHED)
    {
        return; // not up yet (the timer starts then) or already closing
    }
    // FreeBSD: idle since DATA last left or arrived (or since it came up).
    Time due = std::max(a->GetLastDataTime(), m->establishedAt) + Seconds(m_autoclose);
    if (Simulator::Now() >= due && a->HasDataPending())
    {
        due = Simulator::Now() + Seconds(m_autoclose); // never with data still on its way
    }
    if (Simulator::Now() < due)
    {
        m->autocloseTimer = Simulator::Schedule(due - Simulator::Now(),
                                                &SctpOneToManySocketImpl::AutocloseCheck,
                                                this,
                                                id);
        return;
    }
    NS_LOG_LOGIC("association " << id << " idle for " << m_autoclose << " s: shutdown");
    a->Shutdown();
}

void
SctpOneToManySocketImpl::MemberEstablished(Ptr<SctpSocketImpl> member)
{
    Member* m = FindByImpl(PeekPointer(member));
    if (!m)
    {
        return;
    }
    m->established = true;
    m->establishedAt = Simulator::Now();
    if (m_autoclose)
    {
        m->autocloseTimer.Cancel();
        m->autocloseTimer = Simulator::Schedule(Seconds(m_autoclose),
                                                &SctpOneToManySocketImpl::AutocloseCheck,
                                                this,
                                                m_ids[PeekPointer(member)]);
    }
    if (m->peer.IsInvalid())
    {
        member->GetPeerName(m->peer);
        m_byPeer[m->peer] = m_ids[PeekPointer(member)];
    }
    if (m->connectCalled)
    {
        NotifyConnectionSucceeded();
    }
}

void
SctpOneToManySocketImpl::MemberReadable(Ptr<SctpSocketImpl> member)
{
    auto it = m_ids.find(PeekPointer(member));
    if (it == m_ids.end())
    {
        return;
    }
    Member* m = Find(it->second);
    if (!m->queued)
    {
        m->queued = true;
        m_readable.push_back(it->second);
    }
    if (!m_shutdownRecv)
    {
        NotifyDataRecv();
    }
}

void
SctpOneToManySocketImpl::MemberSendSpace(Ptr<SctpSocketImpl> member, uint32_t space)
{
    if (!m_shutdownSend)
    {
        NotifySend(space);
    }
}

void
SctpOneToManySocketImpl::MemberClosed(Ptr<SctpSocketImpl> member,
                                      SctpAssociation::CloseReason reason)
{
    auto it = m_ids.find(PeekPointer(member));
    if (it == m_ids.end())
    {
        return;
    }
    SctpAssocId id = it->second;
    Member* m = Find(id);
    NS_LOG_LOGIC("association " << id << " closed, reason " << reason);
    m->closed = true;
    m->autocloseTimer.Cancel();
    // A new message to this peer sets up a new association.
    auto byPeer = m_byPeer.find(m->peer);
    if (byPeer != m_byPeer.end() && byPeer->second == id)
    {
        m_byPeer.erase(byPeer);
    }
    if (m->connectCalled && !m->established)
    {
        m_errno = reason == SctpAssociation::CLOSE_FAILED ? ERROR_NOROUTETOHOST : ERROR_NOTCONN;
        NotifyConnectionFailed();
    }
    ReleaseIfDrained(id);
}

void
SctpOneToManySocketImpl::ReleaseIfDrained(SctpAssocId id)
{
    Member* m = Find(id);
    if (m && m->closed && !(m->socket->m_assoc && m->socket->m_assoc->HasMessage()))
    {
        Remove(id); // what it received has been read: nothing is lost
    }
}

void
SctpOneToManySocketImpl::MemberNotification(Ptr<SctpSocketImpl> member, const SctpNotification& n)
{
    SctpNotification copy = n;
    auto it = m_ids.find(PeekPointer(member));
    if (it == m_ids.end() || !m_events.Deliver(copy))
    {
        return;
    }
    copy.assocId = it->second;
    Ptr<SctpAssociation> a = member->m_assoc;
    m_notifications.push_back({copy, a ? a->GetReadyTotal() : 0});
    NotifyDataRecv();
}

// ---------------------------------------------------------------------------------------------
// Setting up associations

SctpAssocId
SctpOneToManySocketImpl::SetUp(const std::vector<Address>& peers, bool connectCalled)
{
    if (!m_bound && Bind() != 0)
    {
        return 0;
    }
    Ptr<SctpSocketImpl> member = MakeChild();
    SctpAssocId id = Add(member, peers.front());
    Find(id)->connectCalled = connectCalled;
    member->m_bound = true; // our port: the member must not bind one of its own
    if (member->ConnectX(peers) != 0)
    {
        m_errno = member->GetErrno();
        Remove(id);
        return 0;
    }
    return id;
}

int
SctpOneToManySocketImpl::Connect(const Address& address)
{
    return ConnectX(std::vector<Address>{address});
}

int
SctpOneToManySocketImpl::ConnectX(const std::vector<Address>& addresses)
{
    NS_LOG_FUNCTION(this << addresses.size());
    if (addresses.empty())
    {
        return Fail(ERROR_INVAL, "Connect (no address)");
    }
    for (const auto& a : addresses)
    {
        if (GetAssocIdByPeer(a) != 0)
        {
            return Fail(ERROR_ISCONN, "Connect (an association with this peer exists)");
        }
    }
    return SetUp(addresses, true) ? 0 : -1;
}

int
SctpOneToManySocketImpl::Close()
{
    NS_LOG_FUNCTION(this << m_members.size());
    m_shutdownSend = true;
    m_shutdownRecv = true;
    m_listening = false;
    std::vector<Ptr<SctpSocketImpl>> members;
    for (const auto& [id, m] : m_members)
    {
        members.push_back(m.socket);
    }
    for (const auto& s : members)
    {
        if (s->m_assoc)
        {
            s->m_assoc->Shutdown(); // graceful, each on its own
        }
    }
    if (m_bound)
    {
        m_l4->UnbindSocket(this);
        m_bound = false;
    }
    return 0;
}

int
SctpOneToManySocketImpl::ShutdownSend()
{
    // RFC 6458 §3.1.6: one-to-many sockets shut an association down with SCTP_EOF instead.
    return Fail(ERROR_OPNOTSUPP, "shutdown (one-to-many socket: use SCTP_EOF)");
}

// ---------------------------------------------------------------------------------------------
// Data

int
SctpOneToManySocketImpl::SendMsg(const std::vector<uint8_t>& data, const SctpSndInfo& info)
{
    NS_LOG_FUNCTION(this << data.size() << info.assocId);
    if (m_shutdownSend)
    {
        return Fail(ERROR_SHUTDOWN, "Send (closed)");
    }
    if (info.flags & SctpMsgFlags::SENDALL)
    {
        // SCTP_SENDALL: the message (or the EOF / ABORT) goes to every association.
        if (data.size() > m_config.sendallLimit)
        {
            return Fail(ERROR_MSGSIZE, "Send (SCTP_SENDALL above sendall_limit)");
        }
        SctpSndInfo each = info;
        each.flags &= ~SctpMsgFlags::SENDALL;
        std::vector<SctpAssocId> ids;
        GetAssocIdList(ids);
        for (SctpAssocId id : ids)
        {
            each.assocId = id;
            Member* m = Find(id);
            m->socket->SendMsg(data, each);
        }
        return static_cast<int>(data.size());
    }
    SctpAssocId id = info.assocId;
    if (id == 0 && m_members.size() == 1)
    {
        id = m_members.begin()->first; // the only association
    }
    Member* m = Find(id);
    if (!m || m->closed)
    {
        return Fail(id == 0 ? ERROR_NOTCONN : ERROR_INVAL,
                    "Send (no such association: give an assoc id or a peer address)");
    }
    int r = m->socket->SendMsg(data, info);
    return Forward(*m, r);
}

int
SctpOneToManySocketImpl::Send(Ptr<Packet> p, uint32_t flags)
{
    std::vector<uint8_t> data(p->GetSize());
    p->CopyData(data.data(), data.size());
    return SendMsg(data, m_defaultSndInfo);
}

int
SctpOneToManySocketImpl::SendTo(Ptr<Packet> p, uint32_t flags, const Address& toAddress)
{
    NS_LOG_FUNCTION(this << p->GetSize() << toAddress);
    if (m_shutdownSend)
    {
        return Fail(ERROR_SHUTDOWN, "SendTo (closed)");
    }
    SctpSndInfo info = m_defaultSndInfo;
    info.assocId = GetAssocIdByPeer(toAddress);
    if (info.assocId == 0)
    {
        // Implicit setup (RFC 6458 §3.1.4): the message waits for the INIT-ACK and goes out
        // with the COOKIE-ECHO.
        info.assocId = SetUp({toAddress}, false);
        if (info.assocId == 0)
        {
            return -1;
        }
    }
    std::vector<uint8_t> data(p->GetSize());
    p->CopyData(data.data(), data.size());
    return SendMsg(data, info);
}

uint32_t
SctpOneToManySocketImpl::GetTxAvailable() const
{
    return m_config.sendSpace; // per association
}

uint32_t
SctpOneToManySocketImpl::GetRxAvailable() const
{
    uint32_t n = m_readRest.size();
    for (SctpAssocId id : m_readable)
    {
        const Member* m = Find(id);
        if (m && m->socket->m_assoc)
        {
            n += m->socket->m_assoc->GetRxAvailable();
        }
    }
    return n;
}

const SctpNotification*
SctpOneToManySocketImpl::PeekDueNotification() const
{
    // Each notification waits only for what its own association received before it.
    for (const auto& q : m_notifications)
    {
        const Member* m = Find(q.n.assocId);
        Ptr<SctpAssociation> a = m ? m->socket->m_assoc : nullptr;
        if (!a || a->GetTakenTotal() >= q.after)
        {
            return &q.n;
        }
    }
    return nullptr;
}

const SctpDeliveredMessage*
SctpOneToManySocketImpl::PeekData(SctpAssocId& id) const
{
    // The choice ReadData makes, without taking anything.
    if (!m_readRest.empty())
    {
        return nullptr;
    }
    auto waiting = [this](SctpAssocId candidate) -> const SctpDeliveredMessage* {
        const Member* m = Find(candidate);
        return m && m->socket->m_assoc ? m->socket->m_assoc->PeekMessage() : nullptr;
    };
    if (m_readingId)
    {
        id = m_readingId;
        if (const SctpDeliveredMessage* m = waiting(id))
        {
            return m;
        }
        if (Config().fragmentInterleave == 0)
        {
            return nullptr;
        }
    }
    for (SctpAssocId candidate : m_readable)
    {
        if (const SctpDeliveredMessage* m = waiting(candidate))
        {
            id = candidate;
            return m;
        }
    }
    return nullptr;
}

int
SctpOneToManySocketImpl::ReadData(std::vector<uint8_t>& data, SctpRcvInfo& info, bool& eor)
{
    if (!m_readRest.empty())
    {
        data = std::move(m_readRest);
        m_readRest.clear();
        info = m_readRestInfo;
        eor = m_readRestEor;
        return static_cast<int>(data.size());
    }
    while (!m_readable.empty())
    {
        SctpAssocId id = m_readingId ? m_readingId : m_readable.front();
        Member* m = Find(id);
        Ptr<SctpAssociation> a = m ? m->socket->m_assoc : nullptr;
        if (a && !a->HasMessage() && m_readingId == id && Config().fragmentInterleave == 0)
        {
            // Level 0: the rest of a partially delivered message comes before anything else.
            break;
        }
        if (!a || !a->HasMessage())
        {
            if (!m_readable.empty() && m_readable.front() == id)
            {
                m_readable.pop_front();
            }
            if (m)
            {
                m->queued = false;
            }
            m_readingId = 0;
            ReleaseIfDrained(id);
            continue;
        }
        data = a->Receive(info, eor);
        a->NotifyApplicationRead();
        info.assocId = id;
        m_lastReadPeer = m->peer;
        // A message read in part is finished before another association's; after a whole
        // message the association goes to the back of the queue (round robin).
        m_readingId = eor ? 0 : id;
        if (eor && m_readable.front() == id)
        {
            m_readable.pop_front();
            if (a->HasMessage())
            {
                m_readable.push_back(id);
            }
            else
            {
                m->queued = false;
                ReleaseIfDrained(id);
            }
        }
        return static_cast<int>(data.size());
    }
    m_errno = ERROR_AGAIN;
    data.clear();
    return 0;
}

Ptr<Packet>
SctpOneToManySocketImpl::RecvFrom(uint32_t maxSize, uint32_t flags, Address& fromAddress)
{
    Ptr<Packet> p = Recv(maxSize, flags);
    if (p)
    {
        fromAddress = m_lastReadPeer;
    }
    return p;
}

// ---------------------------------------------------------------------------------------------
// Socket options: id 0 sets the defaults of associations to come, others one association.

int
SctpOneToManySocketImpl::Unknown(const char* what) const
{
    return Fail(ERROR_INVAL, what);
}

int
SctpOneToManySocketImpl::Forward(const Member& m, int result) const
{
    if (result < 0)
    {
        m_errno = m.socket->GetErrno();
    }
    return result;
}

int
SctpOneToManySocketImpl::OnAssociation(SctpAssocId id,
                                       const std::function<int()>& endpoint,
                                       const std::function<int(SctpSocketImpl&)>& member,
                                       const char* what) const
{
    if (id == 0 && endpoint)
    {
        return endpoint(); // SCTP_FUTURE_ASSOC: the associations to come
    }
    const Member* m = Find(id);
    return m ? Forward(*m, member(*m->socket)) : Unknown(what);
}

int
SctpOneToManySocketImpl::SetOnAssociations(SctpAssocId id,
                                           const std::function<int()>& endpoint,
                                           const std::function<int(SctpSocketImpl&)>& member,
                                           const char* what)
{
    // RFC 6458 §7.2: SCTP_CURRENT_ASSOC (1) sets every association there is, SCTP_ALL_ASSOC
    // (2) those and the endpoint's value for the associations to come.
    if (id != SCTP_CURRENT_ASSOC && id != SCTP_ALL_ASSOC)
    {
        return OnAssociation(id, endpoint, member, what);
    }
    if (id == SCTP_ALL_ASSOC && endpoint && endpoint() < 0)
    {
        return -1;
    }
    for (auto& [mid, m] : m_members)
    {
        if (!m.closed && member(*m.socket) < 0)
        {
            return Forward(m, -1);
        }
    }
    return 0;
}

int
SctpOneToManySocketImpl::SetRtoInfo(const SctpRtoInfo& i)
{
    return SetOnAssociations(
        i.assocId,
        [&] { return SctpSocketImpl::SetRtoInfo(i); },
        [&](SctpSocketImpl& s) { return s.SetRtoInfo(i); },
        "SCTP_RTOINFO (assoc id)");
}

int
SctpOneToManySocketImpl::GetRtoInfo(SctpRtoInfo& i) const
{
    return OnAssociation(
        i.assocId,
        [&] { return SctpSocketImpl::GetRtoInfo(i); },
        [&](SctpSocketImpl& s) { return s.GetRtoInfo(i); },
        "SCTP_RTOINFO (assoc id)");
}

int
SctpOneToManySocketImpl::SetAssocInfo(const SctpAssocParams& p)
{
    return SetOnAssociations(
        p.assocId,
        [&] { return SctpSocketImpl::SetAssocInfo(p); },
        [&](SctpSocketImpl& s) { return s.SetAssocInfo(p); },
        "SCTP_ASSOCINFO (assoc id)");
}

int
SctpOneToManySocketImpl::GetAssocInfo(SctpAssocParams& p) const
{
    return OnAssociation(
        p.assocId,
        [&] { return SctpSocketImpl::GetAssocInfo(p); },
        [&](SctpSocketImpl& s) { return s.GetAssocInfo(p); },
        "SCTP_ASSOCINFO (assoc id)");
}

int
SctpOneToManySocketImpl::ResetStreams(const SctpResetStreams& r)
{
    return OnAssociation(
        r.assocId,
        nullptr,
        [&](SctpSocketImpl& s) { return s.ResetStreams(r.streams, r.flags); },
        "SCTP_RESET_STREAMS (assoc id)");
}

int
SctpOneToManySocketImpl::ResetAssoc(SctpAssocId id)
{
    return OnAssociation(
        id,
        nullptr,
        [&](SctpSocketImpl& s) { return s.ResetAssoc(); },
        "SCTP_RESET_ASSOC (assoc id)");
}

int
SctpOneToManySocketImpl::AddStreams(const SctpAddStreams& a)
{
    return OnAssociation(
        a.assocId,
        nullptr,
        [&](SctpSocketImpl& s) { return s.AddStreams(a.outgoing, a.incoming); },
        "SCTP_ADD_STREAMS (assoc id)");
}

int
SctpOneToManySocketImpl::SetAuthKey(const SctpAuthKey& key)
{
    return SetOnAssociations(
        key.assocId,
        [&] { return SctpSocketImpl::SetAuthKey(key); },
        [&](SctpSocketImpl& s) { return s.SetAuthKey(key); },
        "SCTP_AUTH_KEY (assoc id)");
}

int
SctpOneToManySocketImpl::SetAuthActiveKey(const SctpAuthKeyId& id)
{
    return SetOnAssociations(
        id.assocId,
        [&] { return SctpSocketImpl::SetAuthActiveKey(id); },
        [&](SctpSocketImpl& s) { return s.SetAuthActiveKey(id); },
        "SCTP_AUTH_ACTIVE_KEY (assoc id)");
}

int
SctpOneToManySocketImpl::GetAuthActiveKey(SctpAuthKeyId& id) const
{
    return OnAssociation(
        id.assocId,
        [&] { return SctpSocketImpl::GetAuthActiveKey(id); },
        [&](SctpSocketImpl& s) { return s.GetAuthActiveKey(id); },
        "SCTP_AUTH_ACTIVE_KEY (assoc id)");
}

int
SctpOneToManySocketImpl::DeleteAuthKey(const SctpAuthKeyId& id)
{
    return OnAssociation(
        id.assocId,
        [&] { return SctpSocketImpl::DeleteAuthKey(id); },
        [&](SctpSocketImpl& s) { return s.DeleteAuthKey(id); },
        "SCTP_AUTH_DELETE_KEY (assoc id)");
}

int
SctpOneToManySocketImpl::DeactivateAuthKey(const SctpAuthKeyId& id)
{
    return OnAssociation(
        id.assocId,
        [&] { return SctpSocketImpl::DeactivateAuthKey(id); },
        [&](SctpSocketImpl& s) { return s.DeactivateAuthKey(id); },
        "SCTP_AUTH_DEACTIVATE_KEY (assoc id)");
}

int
SctpOneToManySocketImpl::SetMaxSeg(const SctpAssocValue& v)
{
    return SetOnAssociations(
        v.assocId,
        [&] { return SctpSocketImpl::SetMaxSeg(v); },
        [&](SctpSocketImpl& s) { return s.SetMaxSeg(v); },
        "SCTP_MAXSEG (assoc id)");
}

int
SctpOneToManySocketImpl::GetMaxSeg(SctpAssocValue& v) const
{
    return OnAssociation(
        v.assocId,
        [&] { return SctpSocketImpl::GetMaxSeg(v); },
        [&](SctpSocketImpl& s) { return s.GetMaxSeg(v); },
        "SCTP_MAXSEG (assoc id)");
}

int
SctpOneToManySocketImpl::SetDelayedSack(const SctpSackInfo& i)
{
    return SetOnAssociations(
        i.assocId,
        [&] { return SctpSocketImpl::SetDelayedSack(i); },
        [&](SctpSocketImpl& s) { return s.SetDelayedSack(i); },
        "SCTP_DELAYED_SACK (assoc id)");
}

int
SctpOneToManySocketImpl::GetDelayedSack(SctpSackInfo& i) const
{
    return OnAssociation(
        i.assocId,
        [&] { return SctpSocketImpl::GetDelayedSack(i); },
        [&](SctpSocketImpl& s) { return s.GetDelayedSack(i); },
        "SCTP_DELAYED_SACK (assoc id)");
}

int
SctpOneToManySocketImpl::SetMaxBurst(const SctpAssocValue& v)
{
    return SetOnAssociations(
        v.assocId,
        [&] { return SctpSocketImpl::SetMaxBurst(v); },
        [&](SctpSocketImpl& s) { return s.SetMaxBurst(v); },
        "SCTP_MAX_BURST (assoc id)");
}

int
SctpOneToManySocketImpl::GetMaxBurst(SctpAssocValue& v) const
{
    return OnAssociation(
        v.assocId,
        [&] { return SctpSocketImpl::GetMaxBurst(v); },
        [&](SctpSocketImpl& s) { return s.GetMaxBurst(v); },
        "SCTP_MAX_BURST (assoc id)");
}

int
SctpOneToManySocketImpl::SetContext(const SctpAssocValue& v)
{
    return SetOnAssociations(
        v.assocId,
        [&] { return SctpSocketImpl::SetContext(v); },
        [&](SctpSocketImpl& s) { return s.SetContext(v); },
        "SCTP_CONTEXT (assoc id)");
}

int
SctpOneToManySocketImpl::GetContext(SctpAssocValue& v) const
{
    return OnAssociation(
        v.assocId,
        [&] { return SctpSocketImpl::GetContext(v); },
        [&](SctpSocketImpl& s) { return s.GetContext(v); },
        "SCTP_CONTEXT (assoc id)");
}

int
SctpOneToManySocketImpl::GetStatus(SctpStatus& st) const
{
    // The member reports no id of its own: keep the one asked for.
    const SctpAssocId id = st.assocId;
    return OnAssociation(
        id,
        nullptr,
        [&](SctpSocketImpl& s) {
            int r = s.GetStatus(st);
            st.assocId = id;
            return r;
        },
        "SCTP_STATUS (assoc id)");
}

int
SctpOneToManySocketImpl::GetPeerAddrInfo(SctpPaddrInfo& info) const
{
    const SctpAssocId id = info.assocId;
    return OnAssociation(
        id,
        nullptr,
        [&](SctpSocketImpl& s) {
            int r = s.GetPeerAddrInfo(info);
            info.assocId = id;
            return r;
        },
        "SCTP_GET_PEER_ADDR_INFO (assoc id)");
}

int
SctpOneToManySocketImpl::SetPeerAddrParams(const SctpPaddrParams& p)
{
    return SetOnAssociations(
        p.assocId,
        [&] { return SctpSocketImpl::SetPeerAddrParams(p); },
        [&](SctpSocketImpl& s) { return s.SetPeerAddrParams(p); },
        "SCTP_PEER_ADDR_PARAMS (assoc id)");
}

int
SctpOneToManySocketImpl::GetPeerAddrParams(SctpPaddrParams& p) const
{
    const SctpAssocId id = p.assocId;
    return OnAssociation(
        id,
        [&] { return SctpSocketImpl::GetPeerAddrParams(p); },
        [&](SctpSocketImpl& s) {
            int r = s.GetPeerAddrParams(p);
            p.assocId = id;
            return r;
        },
        "SCTP_PEER_ADDR_PARAMS (assoc id)");
}

int
SctpOneToManySocketImpl::SetPrimaryAddr(const Address& peer)
{
    // The address names the association: the one that has it as a path.
    for (const auto& [id, m] : m_members)
    {
        Ptr<SctpAssociation> a = m.socket->m_assoc;
        if (a && !m.closed && a->FindPath(peer))
        {
            return Forward(m, m.socket->SetPrimaryAddr(peer));
        }
    }
    return Unknown("SCTP_PRIMARY_ADDR (no association has this peer address)");
}

int
SctpOneToManySocketImpl::GetPrimaryAddr(Address& peer) const
{
    if (m_members.size() != 1)
    {
        return Unknown("SCTP_PRIMARY_ADDR (ambiguous on a one-to-many socket)");
    }
    const Member& m = m_members.begin()->second;
    return Forward(m, m.socket->GetPrimaryAddr(peer));
}

int
SctpOneToManySocketImpl::GetPeerAddresses(std::vector<Address>& addresses) const
{
    if (m_members.size() != 1)
    {
        return Unknown("sctp_getpaddrs (ambiguous on a one-to-many socket)");
    }
    const Member& m = m_members.begin()->second;
    return Forward(m, m.socket->GetPeerAddresses(addresses));
}

Ptr<SctpSocket>
SctpOneToManySocketImpl::Peeloff(SctpAssocId id)
{
    NS_LOG_FUNCTION(this << id);
    Member* m = Find(id);
    if (!m || m->closed)
    {
        Unknown("sctp_peeloff (assoc id)");
        return nullptr;
    }
    Ptr<SctpSocketImpl> socket = m->socket;
    Remove(id);
    socket->m_listener = nullptr;
    socket->m_bound = false; // the port stays registered to this socket only
    // What was waiting for the association moves with it (FreeBSD moves its read queue): its
    // notifications, in order, and the rest of a message read in part. The new socket takes the
    // endpoint's current subscriptions and receive options.
    for (auto it = m_notifications.begin(); it != m_notifications.end();)
    {
        if (it->n.assocId == id)
        {
            socket->m_notifications.push_back(*it);
            it = m_notifications.erase(it);
        }
        else
        {
            ++it;
        }
    }
    if (!m_readRest.empty() && m_readRestInfo.assocId == id)
    {
        socket->m_readRest = std::move(m_readRest);
        socket->m_readRestInfo = m_readRestInfo;
        socket->m_readRestEor = m_readRestEor;
        m_readRest.clear();
    }
    socket->m_events = m_events;
    socket->m_useExtRcvInfo = m_useExtRcvInfo;
    return socket;
}

int
SctpOneToManySocketImpl::GetAssocIdList(std::vector<SctpAssocId>& ids) const
{
    ids.clear();
    for (const auto& [id, m] : m_members)
    {
        if (!m.closed)
        {
            ids.push_back(id);
        }
    }
    return 0;
}

int
SctpOneToManySocketImpl::SetPartialDeliveryPoint(uint32_t bytes)
{
    // FreeBSD keeps one point per endpoint and reads it at each delivery: it covers every
    // association of the socket, present and future.
    if (SctpSocketImpl::SetPartialDeliveryPoint(bytes) < 0)
    {
        return -1;
    }
    for (auto& [id, m] : m_members)
    {
        m.socket->SetPartialDeliveryPoint(bytes);
    }
    return 0;
}

int
SctpOneToManySocketImpl::SetAutoclose(uint32_t seconds)
{
    m_autoclose = seconds;
    for (auto& [id, m] : m_members)
    {
        m.autocloseTimer.Cancel();
        if (seconds && !m.closed)
        {
            m.autocloseTimer =
                Simulator::ScheduleNow(&SctpOneToManySocketImpl::AutocloseCheck, this, id);
        }
    }
    return 0;
}

uint32_t
SctpOneToManySocketImpl::GetAutoclose() const
{
    return m_autoclose;
}

} // namespace ns3
