/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-message-source.h"

#include "ns3/address-utils.h"
#include "ns3/boolean.h"
#include "ns3/double.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/pointer.h"
#include "ns3/random-variable-stream.h"
#include "ns3/sctp-socket-factory.h"
#include "ns3/sctp-socket.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <cmath>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpMessageSource");

NS_OBJECT_ENSURE_REGISTERED(SctpMessageSource);

TypeId
SctpMessageSource::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpMessageSource")
            .SetParent<Application>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpMessageSource>()
            .AddAttribute("Remote",
                          "The address and port of the peer (InetSocketAddress or "
                          "Inet6SocketAddress)",
                          AddressValue(),
                          MakeAddressAccessor(&SctpMessageSource::m_remote),
                          MakeAddressChecker())
            .AddAttribute("Local",
                          "The local address and port to bind (empty: any address, an "
                          "ephemeral port)",
                          AddressValue(),
                          MakeAddressAccessor(&SctpMessageSource::m_local),
                          MakeAddressChecker())
            .AddAttribute("MessageSize",
                          "Size of every message in bytes (when MessageSizeVariable is not set); "
                          "at least the 24-byte pattern header",
                          UintegerValue(1000),
                          MakeUintegerAccessor(&SctpMessageSource::m_messageSize),
                          MakeUintegerChecker<uint32_t>(SctpMessagePattern::HEADER_SIZE))
            .AddAttribute("MessageSizeVariable",
                          "If set, message sizes are drawn from it (rounded, at least the 24-byte "
                          "pattern header, at most the send buffer)",
                          PointerValue(),
                          MakePointerAccessor(&SctpMessageSource::m_sizeVariable),
                          MakePointerChecker<RandomVariableStream>())
            .AddAttribute("Streams",
                          "Number of outbound streams used round robin (requested in the INIT "
                          "if more than the socket's default)",
                          UintegerValue(1),
                          MakeUintegerAccessor(&SctpMessageSource::m_streams),
                          MakeUintegerChecker<uint16_t>(1))
            .AddAttribute("UnorderedFraction",
                          "Probability that a message is sent unordered (0..1)",
                          DoubleValue(0.0),
                          MakeDoubleAccessor(&SctpMessageSource::m_unorderedFraction),
                          MakeDoubleChecker<double>(0.0, 1.0))
            .AddAttribute("Ppid",
                          "Payload protocol identifier of every message",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpMessageSource::m_ppid),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("DataRate",
                          "Sending rate (0: bulk, as fast as the send buffer allows)",
                          DataRateValue(DataRate(0)),
                          MakeDataRateAccessor(&SctpMessageSource::m_rate),
                          MakeDataRateChecker())
            .AddAttribute("MaxBytes",
                          "Total bytes to send (0: no limit)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpMessageSource::m_maxBytes),
                          MakeUintegerChecker<uint64_t>())
            .AddAttribute("MaxMessages",
                          "Total messages to send (0: no limit)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpMessageSource::m_maxMessages),
                          MakeUintegerChecker<uint64_t>())
            .AddAttribute("CloseWhenDone",
                          "Close the socket gracefully once the limits are reached",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpMessageSource::m_closeWhenDone),
                          MakeBooleanChecker())
            .AddAttribute("NoDelay",
                          "Set SCTP_NODELAY (Nagle off) on the socket",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpMessageSource::m_noDelay),
                          MakeBooleanChecker())
            .AddTraceSource("Tx",
                            "A message was accepted by the socket (number, stream, size, "
                            "unordered)",
                            MakeTraceSourceAccessor(&SctpMessageSource::m_txTrace),
                            "ns3::SctpMessageSource::TxTracedCallback")
            .AddTraceSource("Socket",
                            "The socket was created and connect called (its association exists)",
                            MakeTraceSourceAccessor(&SctpMessageSource::m_socketTrace),
                            "ns3::SctpMessageSource::SocketTracedCallback");
    return tid;
}

SctpMessageSource::SctpMessageSource()
{
    NS_LOG_FUNCTION(this);
    m_unorderedRng = CreateObject<UniformRandomVariable>();
}

SctpMessageSource::~SctpMessageSource()
{
    NS_LOG_FUNCTION(this);
}

void
SctpMessageSource::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_sendEvent.Cancel();
    m_socket = nullptr;
    m_sizeVariable = nullptr;
    m_unorderedRng = nullptr;
    Application::DoDispose();
}

int64_t
SctpMessageSource::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_unorderedRng->SetStream(stream);
    if (m_sizeVariable)
    {
        m_sizeVariable->SetStream(stream + 1);
    }
    return 2;
}

Ptr<Socket>
SctpMessageSource::GetSocket() const
{
    return m_socket;
}

uint64_t
SctpMessageSource::GetMessagesSent() const
{
    return m_messagesSent;
}

uint64_t
SctpMessageSource::GetBytesSent() const
{
    return m_bytesSent;
}

bool
SctpMessageSource::IsDone() const
{
    return LimitsReached();
}

bool
SctpMessageSource::IsConnected() const
{
    return m_connected;
}

bool
SctpMessageSource::IsClosedNormally() const
{
    return m_closed;
}

bool
SctpMessageSource::HasFailed() const
{
    return m_failed;
}

Time
SctpMessageSource::GetConnectTime() const
{
    return m_connectTime;
}

Time
SctpMessageSource::GetEstablishedTime() const
{
    return m_establishedTime;
}

Time
SctpMessageSource::GetCloseTime() const
{
    return m_closeTime;
}

Time
SctpMessageSource::GetClosedTime() const
{
    return m_closedTime;
}

void
SctpMessageSource::StartApplication()
{
    NS_LOG_FUNCTION(this);
    if (m_socket)
    {
        return; // started once; a second start would reuse the message numbers
    }
    Ptr<Socket> socket = Socket::CreateSocket(GetNode(), SctpSocketFactory::GetTypeId());
    m_socket = DynamicCast<SctpSocket>(socket);
    NS_ABORT_MSG_IF(!m_socket, "SctpSocketFactory did not make an SctpSocket");

    int bound =
        m_local.IsInvalid()
            ? (Inet6SocketAddress::IsMatchingType(m_remote) ? m_socket->Bind6() : m_socket->Bind())
            : m_socket->Bind(m_local);
    if (bound != 0)
    {
        NS_LOG_WARN("SctpMessageSource: bind failed, errno " << m_socket->GetErrno());
        m_failed = true;
        return;
    }
    SctpInitMsg init;
    m_socket->GetInitMsg(init);
    if (m_streams > init.numOstreams)
    {
        SctpInitMsg more;
        more.numOstreams = m_streams;
        m_socket->SetInitMsg(more);
    }
    if (m_noDelay)
    {
        m_socket->SetNoDelay(true);
    }
    m_maxMessageSize = std::max(m_socket->GetSndBuf(), SctpMessagePattern::HEADER_SIZE);

    m_socket->SetConnectCallback(MakeCallback(&SctpMessageSource::ConnectionSucceeded, this),
                                 MakeCallback(&SctpMessageSource::ConnectionFailed, this));
    m_socket->SetSendCallback(MakeCallback(&SctpMessageSource::SendSpace, this));
    m_socket->SetCloseCallbacks(MakeCallback(&SctpMessageSource::NormalClose, this),
                                MakeCallback(&SctpMessageSource::ErrorClose, this));
    m_socket->SetRecvCallback(MakeCallback(&SctpMessageSource::DataReceived, this));
    m_connectTime = Simulator::Now();
    if (m_socket->Connect(m_remote) != 0)
    {
        NS_LOG_WARN("SctpMessageSource: connect to " << m_remote << " failed, errno "
                                                     << m_socket->GetErrno());
        m_failed = true;
        return;
    }
    m_socketTrace(m_socket);
}

void
SctpMessageSource::StopApplication()
{
    NS_LOG_FUNCTION(this);
    m_sendEvent.Cancel();
    if (m_socket && !m_closing && !m_failed)
    {
        m_closing = true;
        m_closeTime = Simulator::Now();
        m_socket->Close();
    }
}

void
SctpMessageSource::ConnectionSucceeded(Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    m_connected = true;
    m_establishedTime = Simulator::Now();
    SctpStatus status;
    m_usableStreams = m_streams;
    if (m_socket->GetStatus(status) == 0 && status.outstrms > 0 && status.outstrms < m_streams)
    {
        NS_LOG_WARN("SctpMessageSource: the peer accepts " << status.outstrms << " streams, "
                                                           << m_streams << " wanted");
        m_usableStreams = status.outstrms;
    }
    if (m_rate.GetBitRate() == 0)
    {
        SendBulk();
    }
    else
    {
        SendPaced();
    }
}

void
SctpMessageSource::ConnectionFailed(Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    NS_LOG_WARN("SctpMessageSource: connection to " << m_remote << " failed");
    m_failed = true;
}

void
SctpMessageSource::NormalClose(Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    m_closed = true;
    m_closedTime = Simulator::Now();
    m_sendEvent.Cancel();
}

void
SctpMessageSource::ErrorClose(Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    NS_LOG_WARN("SctpMessageSource: association with " << m_remote << " ended in error");
    m_failed = true;
    m_closedTime = Simulator::Now();
    m_sendEvent.Cancel();
}

void
SctpMessageSource::DataReceived(Ptr<Socket> socket)
{
    // The peer is not expected to send; read and drop whatever it does.
    std::vector<uint8_t> data;
    SctpRcvInfo info;
    bool eor = false;
    while (m_socket->RecvMsg(data, info, eor) > 0)
    {
    }
}

bool
SctpMessageSource::LimitsReached() const
{
    return (m_maxMessages > 0 && m_messagesSent >= m_maxMessages) ||
           (m_maxBytes > 0 && m_bytesSent >= m_maxBytes);
}

void
SctpMessageSource::ChooseNext()
{
    if (m_pending.valid)
    {
        return;
    }
    uint64_t size = m_messageSize;
    if (m_sizeVariable)
    {
        double v = std::round(m_sizeVariable->GetValue());
        size = v <= 0 ? 0 : static_cast<uint64_t>(std::min(v, double(UINT32_MAX)));
    }
    size = std::clamp<uint64_t>(size, SctpMessagePattern::HEADER_SIZE, m_maxMessageSize);
    bool last = m_maxMessages > 0 && m_messagesSent + 1 >= m_maxMessages;
    if (m_maxBytes > 0)
    {
        uint64_t remaining = m_maxBytes - m_bytesSent;
        if (remaining <= size)
        {
            size = remaining;
            last = true;
        }
        else if (remaining - size < SctpMessagePattern::HEADER_SIZE)
        {
            // What would be left is too small for a message: take it now, or leave exactly one
            // header's worth for the last message.
            if (remaining <= m_maxMessageSize)
            {
                size = remaining;
                last = true;
            }
            else
            {
                size = remaining - SctpMessagePattern::HEADER_SIZE;
            }
        }
        // Only a MaxBytes below the header size makes this exceed MaxBytes.
        size = std::max<uint64_t>(size, SctpMessagePattern::HEADER_SIZE);
    }
    m_pending.valid = true;
    m_pending.size = static_cast<uint32_t>(size);
    m_pending.sid = static_cast<uint16_t>(m_messagesSent % m_usableStreams);
    m_pending.unordered =
        m_unorderedFraction > 0 && m_unorderedRng->GetValue(0.0, 1.0) < m_unorderedFraction;
    m_pending.last = last;
}

bool
SctpMessageSource::SendPending()
{
    NS_ASSERT(m_pending.valid);
    SctpMessageDescription desc;
    desc.number = static_cast<uint32_t>(m_messagesSent);
    desc.size = m_pending.size;
    desc.ppid = m_ppid;
    desc.sid = m_pending.sid;
    desc.unordered = m_pending.unordered;
    desc.last = m_pending.last;
    desc.sendTimeNs = Simulator::Now().GetNanoSeconds();
    SctpSndInfo info;
    info.sid = desc.sid;
    info.ppid = m_ppid;
    info.flags = desc.unordered ? SctpMsgFlags::UNORDERED : 0;
    if (m_socket->SendMsg(SctpMessagePattern::Make(desc), info) < 0)
    {
        Socket::SocketErrno err = m_socket->GetErrno();
        if (err != Socket::ERROR_AGAIN)
        {
            NS_LOG_WARN("SctpMessageSource: message " << desc.number << " refused, errno " << err);
            m_failed = true;
        }
        return false;
    }
    NS_LOG_LOGIC("message " << desc.number << " of " << desc.size << " bytes on stream " << desc.sid
                            << (desc.unordered ? " unordered" : ""));
    m_pending.valid = false;
    m_messagesSent++;
    m_bytesSent += desc.size;
    m_txTrace(desc.number, desc.sid, desc.size, desc.unordered);
    return true;
}

void
SctpMessageSource::SendBulk()
{
    NS_LOG_FUNCTION(this);
    while (!LimitsReached() && !m_closing && !m_failed)
    {
        ChooseNext();
        if (!SendPending())
        {
            return; // the send callback resumes
        }
    }
    FinishIfDone();
}

void
SctpMessageSource::SendPaced()
{
    NS_LOG_FUNCTION(this);
    if (LimitsReached() || m_closing || m_failed)
    {
        FinishIfDone();
        return;
    }
    ChooseNext();
    uint32_t size = m_pending.size;
    if (!SendPending())
    {
        return; // the send callback resumes
    }
    if (!LimitsReached())
    {
        m_sendEvent = Simulator::Schedule(m_rate.CalculateBytesTxTime(size),
                                          &SctpMessageSource::SendPaced,
                                          this);
    }
    FinishIfDone();
}

void
SctpMessageSource::SendSpace(Ptr<Socket> socket, uint32_t available)
{
    if (!m_connected || m_closing || m_failed)
    {
        return;
    }
    if (m_rate.GetBitRate() == 0)
    {
        SendBulk();
    }
    else if (m_pending.valid && !m_sendEvent.IsRunning())
    {
        SendPaced();
    }
}

void
SctpMessageSource::FinishIfDone()
{
    if (LimitsReached() && m_closeWhenDone && !m_closing)
    {
        NS_LOG_LOGIC("all " << m_messagesSent << " messages queued: closing");
        m_closing = true;
        m_closeTime = Simulator::Now();
        m_socket->Close();
    }
}

} // namespace ns3
