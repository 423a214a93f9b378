/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-message-sink.h"

#include "ns3/address-utils.h"
#include "ns3/inet-socket-address.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/sctp-socket-factory.h"
#include "ns3/sctp-socket.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpMessageSink");

NS_OBJECT_ENSURE_REGISTERED(SctpMessageSink);

TypeId
SctpMessageSink::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpMessageSink")
            .SetParent<Application>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpMessageSink>()
            .AddAttribute("Local",
                          "The address and port to listen on (InetSocketAddress or "
                          "Inet6SocketAddress; the any address listens on every address)",
                          AddressValue(),
                          MakeAddressAccessor(&SctpMessageSink::m_local),
                          MakeAddressChecker())
            .AddAttribute("RcvBuf",
                          "SO_RCVBUF of the listening socket, inherited by accepted ones "
                          "(0: the stack's default)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpMessageSink::m_rcvBuf),
                          MakeUintegerChecker<uint32_t>())
            .AddTraceSource("Rx",
                            "A complete message was read (number, stream, size, unordered, "
                            "delay since its queueing at the sender)",
                            MakeTraceSourceAccessor(&SctpMessageSink::m_rxTrace),
                            "ns3::SctpMessageSink::RxTracedCallback")
            .AddTraceSource("RxError",
                            "A check failed (its text)",
                            MakeTraceSourceAccessor(&SctpMessageSink::m_errorTrace),
                            "ns3::SctpMessageSink::ErrorTracedCallback")
            .AddTraceSource("Accept",
                            "An association was accepted (its socket, the peer's address)",
                            MakeTraceSourceAccessor(&SctpMessageSink::m_acceptTrace),
                            "ns3::SctpMessageSink::AcceptTracedCallback");
    return tid;
}

SctpMessageSink::SctpMessageSink()
{
    NS_LOG_FUNCTION(this);
}

SctpMessageSink::~SctpMessageSink()
{
    NS_LOG_FUNCTION(this);
}

void
SctpMessageSink::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_listener = nullptr;
    m_connections.clear();
    Application::DoDispose();
}

Ptr<Socket>
SctpMessageSink::GetListeningSocket() const
{
    return m_listener;
}

std::vector<Ptr<Socket>>
SctpMessageSink::GetAcceptedSockets() const
{
    std::vector<Ptr<Socket>> sockets;
    for (const auto& c : m_connections)
    {
        sockets.push_back(c.first);
    }
    return sockets;
}

uint64_t
SctpMessageSink::GetMessagesReceived() const
{
    return m_messages;
}

uint64_t
SctpMessageSink::GetBytesReceived() const
{
    return m_bytes;
}

uint64_t
SctpMessageSink::GetMessagesOk() const
{
    return m_messagesOk;
}

uint64_t
SctpMessageSink::GetErrors() const
{
    return m_errors;
}

std::string
SctpMessageSink::GetFirstError() const
{
    return m_firstError;
}

uint64_t
SctpMessageSink::GetDuplicates() const
{
    return m_duplicates;
}

uint64_t
SctpMessageSink::Missing(const Connection& c)
{
    int64_t expected = c.lastNumber >= 0 ? c.lastNumber + 1 : c.highest + 1;
    uint64_t below = 0; // distinct numbers below 'expected'
    if (expected >= c.highest + 1)
    {
        below = c.distinct;
    }
    else
    {
        for (int64_t n = 0; n < expected; ++n)
        {
            below += c.seen[n] ? 1 : 0;
        }
    }
    return static_cast<uint64_t>(expected) - below;
}

uint64_t
SctpMessageSink::GetMissing() const
{
    uint64_t missing = 0;
    for (const auto& c : m_connections)
    {
        missing += Missing(c.second);
    }
    return missing;
}

uint32_t
SctpMessageSink::GetAccepted() const
{
    return static_cast<uint32_t>(m_connections.size());
}

uint32_t
SctpMessageSink::GetClosedNormally() const
{
    return m_closedNormally;
}

uint32_t
SctpMessageSink::GetClosedInError() const
{
    return m_closedInError;
}

bool
SctpMessageSink::IsComplete() const
{
    if (m_connections.empty() || m_errors > 0)
    {
        return false;
    }
    for (const auto& c : m_connections)
    {
        if (c.second.lastNumber < 0 || Missing(c.second) > 0)
        {
            return false;
        }
    }
    return true;
}

Time
SctpMessageSink::GetLastRxTime() const
{
    return m_lastRx;
}

Time
SctpMessageSink::GetFirstRxTime() const
{
    return m_firstRx;
}

Time
SctpMessageSink::GetMeanDelay() const
{
    return m_messages > 0 ? m_delaySum / static_cast<int64_t>(m_messages) : Time(0);
}

Time
SctpMessageSink::GetMaxDelay() const
{
    return m_delayMax;
}

void
SctpMessageSink::StartApplication()
{
    NS_LOG_FUNCTION(this);
    if (m_listener)
    {
        return;
    }
    m_listener =
        DynamicCast<SctpSocket>(Socket::CreateSocket(GetNode(), SctpSocketFactory::GetTypeId()));
    NS_ABORT_MSG_IF(!m_listener, "SctpSocketFactory did not make an SctpSocket");
    if (m_rcvBuf > 0)
    {
        m_listener->SetRcvBuf(m_rcvBuf);
    }
    NS_ABORT_MSG_IF(m_listener->Bind(m_local) != 0,
                    "SctpMessageSink: cannot bind to " << m_local << " (errno "
                                                       << m_listener->GetErrno() << ")");
    m_listener->Listen();
    m_listener->SetAcceptCallback(MakeCallback(&SctpMessageSink::ConnectionRequest, this),
                                  MakeCallback(&SctpMessageSink::NewConnection, this));
}

void
SctpMessageSink::StopApplication()
{
    NS_LOG_FUNCTION(this);
    for (auto& c : m_connections)
    {
        if (!c.second.closed)
        {
            Read(c.first);
            c.first->Close();
        }
    }
    if (m_listener)
    {
        m_listener->Close();
    }
}

bool
SctpMessageSink::ConnectionRequest(Ptr<Socket> socket, const Address& from)
{
    return true;
}

void
SctpMessageSink::NewConnection(Ptr<Socket> socket, const Address& from)
{
    NS_LOG_FUNCTION(this << socket << from);
    m_connections[socket] = Connection();
    socket->SetRecvCallback(MakeCallback(&SctpMessageSink::Read, this));
    socket->SetCloseCallbacks(MakeCallback(&SctpMessageSink::NormalClose, this),
                              MakeCallback(&SctpMessageSink::ErrorClose, this));
    m_acceptTrace(socket, from);
    Read(socket); // DATA bundled with the COOKIE-ECHO arrived before the callbacks were set
}

void
SctpMessageSink::Read(Ptr<Socket> socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
    {
        return;
    }
    Connection& c = it->second;
    Ptr<SctpSocket> s = DynamicCast<SctpSocket>(socket);
    std::vector<uint8_t> data;
    SctpRcvInfo info;
    bool eor = false;
    while (s->RecvMsg(data, info, eor) > 0)
    {
        if (info.flags & SctpMsgFlags::NOTIFICATION)
        {
            continue; // subscribed events, not data (the Notification trace has them all)
        }
        m_bytes += data.size();
        auto part = c.partial.find(info.sid);
        if (part == c.partial.end() && eor)
        {
            CheckMessage(c, data, info); // the common case: a whole message in one read
            continue;
        }
        std::vector<uint8_t>& buffer = c.partial[info.sid];
        buffer.insert(buffer.end(), data.begin(), data.end());
        if (eor)
        {
            std::vector<uint8_t> message;
            message.swap(buffer);
            c.partial.erase(info.sid);
            CheckMessage(c, message, info);
        }
    }
}

void
SctpMessageSink::CheckMessage(Connection& c,
                              const std::vector<uint8_t>& data,
                              const SctpRcvInfo& info)
{
    Time now = Simulator::Now();
    if (m_messages == 0)
    {
        m_firstRx = now;
    }
    m_messages++;
    m_lastRx = now;

    SctpMessageDescription desc;
    std::string error;
    bool unordered = (info.flags & SctpMsgFlags::UNORDERED) != 0;
    if (!SctpMessagePattern::Check(data, desc, error))
    {
        Error(error);
        return;
    }
    bool ok = true;
    std::string n = "message " + std::to_string(desc.number);
    if (desc.sid != info.sid)
    {
        Error(n + " sent on stream " + std::to_string(desc.sid) + " arrived on stream " +
              std::to_string(info.sid));
        ok = false;
    }
    if (desc.unordered != unordered)
    {
        Error(n + (desc.unordered ? " sent unordered arrived ordered"
                                  : " sent ordered arrived unordered"));
        ok = false;
    }
    if (desc.ppid != info.ppid)
    {
        Error(n + " sent with PPID " + std::to_string(desc.ppid) + " arrived with PPID " +
              std::to_string(info.ppid));
        ok = false;
    }
    if (desc.number < c.seen.size() && c.seen[desc.number])
    {
        m_duplicates++;
        Error(n + " received twice");
        return;
    }
    if (desc.number >= c.seen.size())
    {
        c.seen.resize(std::max<size_t>(desc.number + 1, c.seen.size() * 2), false);
    }
    c.seen[desc.number] = true;
    c.distinct++;
    c.highest = std::max<int64_t>(c.highest, desc.number);
    if (desc.last)
    {
        c.lastNumber = desc.number;
    }
    if (c.lastNumber >= 0 && int64_t(desc.number) > c.lastNumber)
    {
        Error(n + " arrived after the sender's last message " + std::to_string(c.lastNumber));
        ok = false;
    }
    if (!desc.unordered)
    {
        if (info.sid >= c.lastOrdered.size())
        {
            c.lastOrdered.resize(info.sid + 1, -1);
        }
        int64_t& previous = c.lastOrdered[info.sid];
        if (int64_t(desc.number) < previous)
        {
            Error("stream " + std::to_string(info.sid) + ": ordered " + n +
                  " delivered after message " + std::to_string(previous));
            ok = false;
        }
        previous = std::max<int64_t>(previous, desc.number);
    }
    Time delay = now - NanoSeconds(desc.sendTimeNs);
    m_delaySum += delay;
    m_delayMax = std::max(m_delayMax, delay);
    if (ok)
    {
        m_messagesOk++;
    }
    NS_LOG_LOGIC(n << " of " << data.size() << " bytes on stream " << info.sid
                   << (unordered ? " unordered" : "") << " delay " << delay.As(Time::MS));
    m_rxTrace(desc.number, info.sid, static_cast<uint32_t>(data.size()), unordered, delay);
}

void
SctpMessageSink::CheckComplete(Connection& c)
{
    for (const auto& part : c.partial)
    {
        if (!part.second.empty())
        {
            Error("stream " + std::to_string(part.first) + ": a message of which " +
                  std::to_string(part.second.size()) + " bytes arrived never completed");
        }
    }
    if (Missing(c) == 0)
    {
        return;
    }
    int64_t expected = c.lastNumber >= 0 ? c.lastNumber + 1 : c.highest + 1;
    for (int64_t m = 0; m < expected; ++m)
    {
        if (!c.seen[m])
        {
            Error("message " + std::to_string(m) + " never arrived (" + std::to_string(Missing(c)) +
                  " missing)");
            break;
        }
    }
}

void
SctpMessageSink::NormalClose(Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->second.closed)
    {
        return;
    }
    Read(socket);
    it->second.closed = true;
    m_closedNormally++;
    CheckComplete(it->second);
}

void
SctpMessageSink::ErrorClose(Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->second.closed)
    {
        return;
    }
    NS_LOG_WARN("SctpMessageSink: an association ended in error");
    it->second.closed = true;
    m_closedInError++;
}

void
SctpMessageSink::Error(const std::string& what)
{
    NS_LOG_WARN("SctpMessageSink: " << what);
    if (m_errors == 0)
    {
        m_firstError = what;
    }
    m_errors++;
    m_errorTrace(what);
}

} // namespace ns3
