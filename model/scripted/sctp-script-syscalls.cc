/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The file-descriptor table, socket life cycle, reads and writes of SctpScriptSyscalls; the
// socket options are in sctp-script-sockopts.cc.

#include "sctp-script-syscalls.h"

#include "sctp-script-struct.h"
#include "sctp-script-symbols.h"

#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/sctp-association.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-socket-impl.h"
#include "ns3/sctp-socket.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpScriptSyscalls");

int
SctpScriptSyscalls::MapErrno(Socket::SocketErrno e)
{
    switch (e)
    {
    case Socket::ERROR_NOTERROR:
        return 0;
    case Socket::ERROR_ISCONN:
        return E_ISCONN;
    case Socket::ERROR_NOTCONN:
        return E_NOTCONN;
    case Socket::ERROR_MSGSIZE:
        return E_MSGSIZE;
    case Socket::ERROR_AGAIN:
        return E_AGAIN;
    case Socket::ERROR_SHUTDOWN:
        return E_PIPE;
    case Socket::ERROR_OPNOTSUPP:
        return E_OPNOTSUPP;
    case Socket::ERROR_AFNOSUPPORT:
        return E_AFNOSUPPORT;
    case Socket::ERROR_INVAL:
        return E_INVAL;
    case Socket::ERROR_BADF:
        return E_BADF;
    case Socket::ERROR_NOROUTETOHOST:
        return E_HOSTUNREACH;
    case Socket::ERROR_NODEV:
        return 19;
    case Socket::ERROR_ADDRNOTAVAIL:
        return E_ADDRNOTAVAIL;
    case Socket::ERROR_ADDRINUSE:
        return E_ADDRINUSE;
    default:
        return E_INVAL;
    }
}

Ptr<SctpAssociation>
SctpScriptSyscalls::AssociationOf(Ptr<SctpSocket> s)
{
    Ptr<SctpSocketImpl> impl = DynamicCast<SctpSocketImpl>(s);
    return impl ? impl->GetAssociation() : nullptr;
}

bool
SctpScriptSyscalls::Length(const SctpScriptValue& v, int64_t& out, std::string& error)
{
    if (!SctpScriptSymbols::Evaluate(v, out, error) || out < 0)
    {
        error = error.empty() ? "negative length" : error;
        return false;
    }
    return true;
}

SctpScriptSyscalls::SctpScriptSyscalls(const Context& context)
    : m_context(context),
      m_stackPort(context.bindPort),
      m_peerPort(context.connectPort)
{
}

SctpScriptSyscalls::~SctpScriptSyscalls()
{
    CloseAll();
}

void
SctpScriptSyscalls::SetWakeCallback(Callback<void> wake)
{
    m_wake = wake;
}

uint16_t
SctpScriptSyscalls::GetStackPort() const
{
    return m_stackPort;
}

uint16_t
SctpScriptSyscalls::GetPeerPort() const
{
    return m_peerPort;
}

void
SctpScriptSyscalls::CloseAll()
{
    for (auto& s : m_sockets)
    {
        s.first->SetRecvCallback(MakeNullCallback<void, Ptr<ns3::Socket>>());
        s.first->SetSendCallback(MakeNullCallback<void, Ptr<ns3::Socket>, uint32_t>());
        s.first->SetConnectCallback(MakeNullCallback<void, Ptr<ns3::Socket>>(),
                                    MakeNullCallback<void, Ptr<ns3::Socket>>());
        s.first->SetCloseCallbacks(MakeNullCallback<void, Ptr<ns3::Socket>>(),
                                   MakeNullCallback<void, Ptr<ns3::Socket>>());
        s.first->SetAcceptCallback(MakeNullCallback<bool, Ptr<ns3::Socket>, const Address&>(),
                                   MakeNullCallback<void, Ptr<ns3::Socket>, const Address&>());
        s.second->queue.clear();
    }
    m_fds.clear();
    m_sockets.clear();
    m_wake = Callback<void>();
}

std::shared_ptr<SctpScriptSyscalls::SocketState>
SctpScriptSyscalls::Track(Ptr<ns3::Socket> socket)
{
    auto state = std::make_shared<SocketState>();
    state->socket = DynamicCast<SctpSocket>(socket);
    m_sockets[state->socket] = state;
    SocketState* s = state.get();
    auto wake = [this]() {
        if (!m_wake.IsNull())
        {
            // Never re-enter the stack from inside its own callback.
            Callback<void> cb = m_wake;
            Simulator::ScheduleNow([cb]() { cb(); });
        }
    };
    socket->SetConnectCallback(Callback<void, Ptr<ns3::Socket>>([s, wake](Ptr<ns3::Socket>) {
                                   s->connected = true;
                                   wake();
                               }),
                               Callback<void, Ptr<ns3::Socket>>([s, wake](Ptr<ns3::Socket> sock) {
                                   // An ABORT answering the INIT refuses the connection; giving up
                                   // after Max.Init.Retransmits times it out.
                                   s->failed = true;
                                   s->closed = true;
                                   s->pendingError =
                                       sock->GetErrno() == ns3::Socket::ERROR_NOROUTETOHOST
                                           ? E_TIMEDOUT
                                           : E_CONNREFUSED;
                                   wake();
                               }));
    socket->SetCloseCallbacks(Callback<void, Ptr<ns3::Socket>>([s, wake](Ptr<ns3::Socket>) {
                                  s->closed = true;
                                  wake();
                              }),
                              Callback<void, Ptr<ns3::Socket>>([s, wake](Ptr<ns3::Socket> sock) {
                                  s->closed = true;
                                  s->pendingError =
                                      sock->GetErrno() == ns3::Socket::ERROR_NOROUTETOHOST
                                          ? E_TIMEDOUT
                                          : E_CONNRESET;
                                  wake();
                              }));
    socket->SetRecvCallback(Callback<void, Ptr<ns3::Socket>>([wake](Ptr<ns3::Socket>) { wake(); }));
    socket->SetSendCallback(
        Callback<void, Ptr<ns3::Socket>, uint32_t>([wake](Ptr<ns3::Socket>, uint32_t) { wake(); }));
    socket->SetAcceptCallback(Callback<bool, Ptr<ns3::Socket>, const Address&>(
                                  [](Ptr<ns3::Socket>, const Address&) { return true; }),
                              Callback<void, Ptr<ns3::Socket>, const Address&>(
                                  [this, s, wake](Ptr<ns3::Socket> child, const Address&) {
                                      std::shared_ptr<SocketState> c = Track(child);
                                      c->connected = true;
                                      c->nonBlocking =
                                          s->nonBlocking; // BSD: accept() inherits O_NONBLOCK
                                      s->queue.push_back(c);
                                      wake();
                                  }));
    return state;
}

int
SctpScriptSyscalls::Allocate(std::shared_ptr<SocketState> s)
{
    int fd = 3;
    while (m_fds.count(fd))
    {
        ++fd;
    }
    m_fds[fd] = s;
    return fd;
}

bool
SctpScriptSyscalls::Fd(const SctpScriptValue& value,
                       std::shared_ptr<SocketState>& out,
                       Outcome& o) const
{
    int64_t fd;
    std::string error;
    if (!SctpScriptSymbols::Evaluate(value, fd, error))
    {
        o = Fail("file descriptor: " + error);
        return false;
    }
    auto it = m_fds.find(static_cast<int>(fd));
    if (it == m_fds.end())
    {
        o = Error(E_BADF);
        return false;
    }
    out = it->second;
    return true;
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::Error(int err)
{
    Outcome o;
    o.ret = -1;
    o.err = err;
    return o;
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::Done(int64_t ret)
{
    Outcome o;
    o.ret = ret;
    return o;
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::Fail(const std::string& message)
{
    Outcome o;
    o.status = Outcome::FAILED;
    o.message = message;
    return o;
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::SocketError(const SocketState& s)
{
    return Error(MapErrno(s.socket->GetErrno()));
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::Attempt(const SctpScriptSyscall& call)
{
    NS_LOG_FUNCTION(this << call.name);
    static const std::map<std::string, Outcome (SctpScriptSyscalls::*)(const SctpScriptSyscall&)>
        calls = {
            {"socket", &SctpScriptSyscalls::CallSocket},
            {"bind", &SctpScriptSyscalls::CallBind},
            {"listen", &SctpScriptSyscalls::CallListen},
            {"accept", &SctpScriptSyscalls::CallAccept},
            {"connect", &SctpScriptSyscalls::CallConnect},
            {"sctp_connectx", &SctpScriptSyscalls::CallConnect},
            {"sctp_bindx", &SctpScriptSyscalls::CallBindx},
            {"sctp_getpaddrs", &SctpScriptSyscalls::CallGetPaddrs},
            {"fcntl", &SctpScriptSyscalls::CallFcntl},
            {"getsockopt", &SctpScriptSyscalls::CallGetSockOpt},
            {"setsockopt", &SctpScriptSyscalls::CallSetSockOpt},
            {"write", &SctpScriptSyscalls::CallWrite},
            {"send", &SctpScriptSyscalls::CallWrite},
            {"sendto", &SctpScriptSyscalls::CallWrite},
            {"sendmsg", &SctpScriptSyscalls::CallSendMsg},
            {"sctp_sendmsg", &SctpScriptSyscalls::CallSctpSendMsg},
            {"sctp_send", &SctpScriptSyscalls::CallSctpSendMsg},
            {"sctp_sendv", &SctpScriptSyscalls::CallSctpSendv},
            {"read", &SctpScriptSyscalls::CallRead},
            {"recv", &SctpScriptSyscalls::CallRead},
            {"recvfrom", &SctpScriptSyscalls::CallRead},
            {"recvmsg", &SctpScriptSyscalls::CallRecvMsg},
            {"sctp_recvmsg", &SctpScriptSyscalls::CallSctpRecvMsg},
            {"sctp_recvv", &SctpScriptSyscalls::CallSctpRecvv},
            {"shutdown", &SctpScriptSyscalls::CallShutdown},
            {"close", &SctpScriptSyscalls::CallClose},
            {"getsockname", &SctpScriptSyscalls::CallGetName},
            {"getpeername", &SctpScriptSyscalls::CallGetName},
            {"sctp_peeloff", &SctpScriptSyscalls::CallPeeloff},
        };
    auto it = calls.find(call.name);
    if (it == calls.end())
    {
        static const std::map<std::string, std::string> reasons = {
            {"sctp_getladdrs", "SctpSocket cannot list its local addresses"},
            {"sctp_freepaddrs", "nothing to free in a simulation"},
            {"sctp_freeladdrs", "nothing to free in a simulation"},
            {"sctp_opt_info", "use getsockopt"},
            {"poll", "no poll() over simulated sockets"},
            {"select", "no select() over simulated sockets"},
            {"writev", "use sctp_sendv"},
            {"readv", "use sctp_recvv"},
        };
        auto reason = reasons.find(call.name);
        return Fail("unsupported: " + call.name + "()" +
                    (reason != reasons.end() ? ": " + reason->second : ""));
    }
    return (this->*(it->second))(call);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallSocket(const SctpScriptSyscall& call)
{
    if (call.args.size() != 3)
    {
        return Fail("socket() takes 3 arguments");
    }
    int64_t domain = 2;
    int64_t type = 1;
    int64_t protocol = 132;
    std::string error;
    if ((!call.args[0].IsEllipsis() && !SctpScriptSymbols::Evaluate(call.args[0], domain, error)) ||
        !SctpScriptSymbols::Evaluate(call.args[1], type, error) ||
        (!call.args[2].IsEllipsis() && !SctpScriptSymbols::Evaluate(call.args[2], protocol, error)))
    {
        return Fail("socket(): " + error);
    }
    if (protocol != 132)
    {
        return Fail("unsupported: socket() with protocol " + std::to_string(protocol) +
                    ": only IPPROTO_SCTP");
    }
    if (domain != 2)
    {
        return Fail("unsupported: socket() in domain " + call.args[0].ToString() +
                    ": the scripted peer speaks IPv4");
    }
    if (type != 1 && type != 5)
    {
        return Error(43); // EPROTONOSUPPORT
    }
    Ptr<SctpL4Protocol> l4 = m_context.node->GetObject<SctpL4Protocol>();
    Ptr<ns3::Socket> socket = l4->CreateSocket(type == 5); // SOCK_SEQPACKET: one-to-many
    std::shared_ptr<SocketState> s = Track(socket);
    s->oneToMany = type == 5;
    return Done(Allocate(s));
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallPeeloff(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 2)
    {
        return Fail("sctp_peeloff() takes 2 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t id = 0;
    std::string error;
    if (!SctpScriptSymbols::Evaluate(call.args[1], id, error))
    {
        return Fail("sctp_peeloff(): " + error);
    }
    Ptr<SctpSocket> peeled = s->socket->Peeloff(static_cast<SctpAssocId>(id));
    if (!peeled)
    {
        return SocketError(*s);
    }
    std::shared_ptr<SocketState> p = Track(peeled);
    p->connected = true;
    p->nonBlocking = s->nonBlocking;
    return Done(Allocate(p));
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallBind(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 3)
    {
        return Fail("bind() takes 3 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    Address address;
    std::string error;
    if (!SctpScriptStruct::ParseSockaddr(
            call.args[1],
            InetSocketAddress(Ipv4Address::ConvertFrom(m_context.localAddress), m_context.bindPort),
            address,
            error))
    {
        return Fail("bind(): " + error);
    }
    if (s->socket->Bind(address) != 0)
    {
        return SocketError(*s);
    }
    Address local;
    s->socket->GetSockName(local);
    m_stackPort = InetSocketAddress::ConvertFrom(local).GetPort();
    return Done(0);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallListen(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 2)
    {
        return Fail("listen() takes 2 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    if (s->socket->Listen() != 0)
    {
        return SocketError(*s);
    }
    s->listening = true;
    return Done(0);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallAccept(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 3)
    {
        return Fail("accept() takes 3 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    if (!s->listening)
    {
        return Error(E_INVAL);
    }
    if (s->queue.empty())
    {
        if (s->nonBlocking)
        {
            return Error(E_AGAIN);
        }
        o.status = Outcome::WOULD_BLOCK;
        return o;
    }
    std::shared_ptr<SocketState> child = s->queue.front();
    s->queue.pop_front();
    Address peer;
    std::string error;
    if (child->socket->GetPeerName(peer) == 0 &&
        !SctpScriptStruct::Compare(call.args[1],
                                   SctpScriptStruct::Sockaddr(peer),
                                   "accept.addr",
                                   error))
    {
        return Fail(error);
    }
    return Done(Allocate(child));
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallConnect(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    bool connectx = call.name == "sctp_connectx";
    if (call.args.size() != (connectx ? 4 : 3) && !(connectx && call.args.size() == 3))
    {
        return Fail(call.name + "() takes " + (connectx ? "4" : "3") + " arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    if (!s->connectStarted)
    {
        std::string error;
        Address fallback = InetSocketAddress(Ipv4Address::ConvertFrom(m_context.remoteAddress),
                                             m_context.connectPort);
        std::vector<Address> addresses;
        if (connectx && call.args[1].kind == SctpScriptValue::LIST && !call.args[1].items.empty())
        {
            for (const auto& item : call.args[1].items)
            {
                Address a;
                if (item.value.IsEllipsis())
                {
                    continue;
                }
                if (!SctpScriptStruct::ParseSockaddr(item.value, fallback, a, error))
                {
                    return Fail(call.name + "(): " + error);
                }
                addresses.push_back(a);
            }
        }
        if (addresses.empty())
        {
            Address a;
            if (!SctpScriptStruct::ParseSockaddr(call.args[1], fallback, a, error))
            {
                return Fail(call.name + "(): " + error);
            }
            addresses.push_back(a);
        }
        Address address = addresses.front();
        if (s->listening)
        {
            return Error(E_OPNOTSUPP);
        }
        if ((addresses.size() > 1 ? s->socket->ConnectX(addresses) : s->socket->Connect(address)) !=
            0)
        {
            return SocketError(*s);
        }
        s->connectStarted = true;
        Address local;
        s->socket->GetSockName(local);
        m_stackPort = InetSocketAddress::ConvertFrom(local).GetPort();
        m_peerPort = InetSocketAddress::ConvertFrom(address).GetPort();
        if (s->nonBlocking)
        {
            return Error(E_INPROGRESS);
        }
    }
    else if (s->nonBlocking)
    {
        // A second connect while the first is under way, or once it is done.
        if (s->connected)
        {
            return Error(E_ISCONN);
        }
        if (s->failed)
        {
            int err = s->pendingError;
            s->pendingError = 0;
            return Error(err ? err : E_CONNREFUSED);
        }
        return Error(E_ALREADY);
    }
    if (s->connected)
    {
        return Done(0);
    }
    if (s->failed)
    {
        int err = s->pendingError;
        s->pendingError = 0;
        return Error(err ? err : E_CONNREFUSED);
    }
    o.status = Outcome::WOULD_BLOCK;
    return o;
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallFcntl(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() < 2)
    {
        return Fail("fcntl() takes 2 or 3 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t cmd;
    std::string error;
    if (!SctpScriptSymbols::Evaluate(call.args[1], cmd, error))
    {
        return Fail("fcntl(): " + error);
    }
    if (cmd == 3) // F_GETFL
    {
        return Done(O_RDWR_FLAG | (s->nonBlocking ? O_NONBLOCK_FLAG : 0));
    }
    if (cmd == 4 && call.args.size() == 3) // F_SETFL
    {
        int64_t flags;
        if (!SctpScriptSymbols::Evaluate(call.args[2], flags, error))
        {
            return Fail("fcntl(): " + error);
        }
        s->nonBlocking = (flags & O_NONBLOCK_FLAG) != 0;
        return Done(0);
    }
    return Fail("unsupported: fcntl() command " + call.args[1].ToString() +
                ": only F_GETFL and F_SETFL");
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallBindx(const SctpScriptSyscall& call)
{
    // sctp_bindx(sd, addrs, addrcnt, flags)
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 4)
    {
        return Fail("sctp_bindx() takes 4 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t flags;
    std::string error;
    if (!SctpScriptSymbols::Evaluate(call.args[3], flags, error))
    {
        return Fail("sctp_bindx(): " + error);
    }
    if (flags != 0x8001 && flags != 0x8002)
    {
        return Error(E_INVAL);
    }
    Address fallback =
        InetSocketAddress(Ipv4Address::ConvertFrom(m_context.localAddress), m_context.bindPort);
    std::vector<Address> addresses;
    const SctpScriptValue& list = call.args[1];
    if (list.kind == SctpScriptValue::LIST)
    {
        for (const auto& item : list.items)
        {
            Address a;
            if (!SctpScriptStruct::ParseSockaddr(item.value, fallback, a, error))
            {
                return Fail("sctp_bindx(): " + error);
            }
            addresses.push_back(a);
        }
    }
    else
    {
        Address a;
        if (!SctpScriptStruct::ParseSockaddr(list, fallback, a, error))
        {
            return Fail("sctp_bindx(): " + error);
        }
        addresses.push_back(a);
    }
    if (s->socket->BindX(addresses, flags == 0x8001) != 0)
    {
        return SocketError(*s);
    }
    Address local;
    s->socket->GetSockName(local);
    m_stackPort = InetSocketAddress::ConvertFrom(local).GetPort();
    return Done(0);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallGetPaddrs(const SctpScriptSyscall& call)
{
    // sctp_getpaddrs(sd, assoc_id, addrs): the number of peer addresses
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 3)
    {
        return Fail("sctp_getpaddrs() takes 3 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    std::vector<Address> peers;
    if (s->socket->GetPeerAddresses(peers) != 0)
    {
        return SocketError(*s);
    }
    SctpScriptValue list;
    list.kind = SctpScriptValue::LIST;
    for (const Address& p : peers)
    {
        list.items.push_back({"", "", SctpScriptStruct::Sockaddr(PeerSocketAddress(p))});
    }
    std::string error;
    if (!SctpScriptStruct::Compare(call.args[2], list, "sctp_getpaddrs.addrs", error))
    {
        return Fail(error);
    }
    return Done(static_cast<int64_t>(peers.size()));
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallShutdown(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 2)
    {
        return Fail("shutdown() takes 2 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t how;
    std::string error;
    if (!SctpScriptSymbols::Evaluate(call.args[1], how, error) || how < 0 || how > 2)
    {
        return Fail("shutdown(): " +
                    (error.empty() ? "how must be SHUT_RD, SHUT_WR or SHUT_RDWR" : error));
    }
    if (!s->connected && !s->connectStarted)
    {
        return Error(E_NOTCONN);
    }
    if (how == 0 || how == 2)
    {
        s->socket->ShutdownRecv();
    }
    if (how == 1 || how == 2)
    {
        s->socket->ShutdownSend();
    }
    return Done(0);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallClose(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 1)
    {
        return Fail("close() takes 1 argument");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    if (s->lingerOn && s->lingerSeconds == 0 && AssociationOf(s->socket) &&
        AssociationOf(s->socket)->GetState() != SctpAssociation::CLOSED)
    {
        // SO_LINGER with a zero timeout: close() aborts (RFC 6458 §8.1.4).
        SctpSndInfo info;
        info.flags = SctpMsgFlags::ABORT;
        s->socket->SendMsg({}, info);
    }
    s->socket->Close();
    int64_t fd;
    std::string error;
    SctpScriptSymbols::Evaluate(call.args[0], fd, error);
    m_fds.erase(static_cast<int>(fd));
    return Done(0);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallGetName(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 3)
    {
        return Fail(call.name + "() takes 3 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    Address address;
    int ret = call.name == "getsockname" ? s->socket->GetSockName(address)
                                         : s->socket->GetPeerName(address);
    if (ret != 0)
    {
        return SocketError(*s);
    }
    std::string error;
    if (!SctpScriptStruct::Compare(call.args[1],
                                   SctpScriptStruct::Sockaddr(address),
                                   call.name + ".addr",
                                   error))
    {
        return Fail(error);
    }
    return Done(0);
}

} // namespace ns3
