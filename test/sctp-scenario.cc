/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-scenario.h"

#include "sctp-netem-queue.h"

#include "ns3/core-module.h"

namespace ns3
{

uint8_t
SctpScenario::PatternByte(uint32_t msg, uint32_t i)
{
    if (i < 4)
    {
        return static_cast<uint8_t>(msg >> (24 - 8 * i)); // the message number, big-endian
    }
    return static_cast<uint8_t>((msg * 31 + i * 7 + (i >> 8)) & 0xff);
}

void
SctpScenario::Run()
{
    NodeContainer nodes;
    nodes.Create(2);
    m_client = nodes.Get(0);
    m_server = nodes.Get(1);

    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", StringValue(dataRate));
    p2p.SetChannelAttribute("Delay", TimeValue(delay));
    p2p.SetQueue("ns3::DropTailQueue",
                 "MaxSize",
                 QueueSizeValue(QueueSize(QueueSizeUnit::PACKETS, queuePackets)));
    if (reorder > 0 || duplicate > 0)
    {
        p2p.SetQueue("ns3::SctpTestNetemQueue",
                     "MaxSize",
                     QueueSizeValue(QueueSize(QueueSizeUnit::PACKETS, queuePackets)),
                     "ReorderProbability",
                     DoubleValue(reorder),
                     "DuplicateProbability",
                     DoubleValue(duplicate));
    }
    NetDeviceContainer devices = p2p.Install(nodes);
    if (clientRxError)
    {
        devices.Get(0)->SetAttribute("ReceiveErrorModel", PointerValue(clientRxError));
    }
    if (serverRxError)
    {
        devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(serverRxError));
    }

    InternetStackHelper internet;
    internet.Install(nodes);
    if (installQueueDiscs)
    {
        installQueueDiscs(devices);
    }
    SctpStackHelper sctp;
    sctp.Install(nodes);
    sctp.AssignStreams(nodes, 100);
    if (ipv6)
    {
        Ipv6AddressHelper address;
        address.SetBase(Ipv6Address("2001:db8::"), Ipv6Prefix(64));
        Ipv6InterfaceContainer ifs = address.Assign(devices);
        ifs.SetForwarding(0, false);
        m_serverAddress = Inet6SocketAddress(ifs.GetAddress(1, 1), 5000);
    }
    else
    {
        Ipv4AddressHelper address;
        address.SetBase("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = address.Assign(devices);
        m_serverAddress = InetSocketAddress(ifs.GetAddress(1), 5000);
    }

    Ptr<SctpL4Protocol> clientL4 = m_client->GetObject<SctpL4Protocol>();
    Ptr<SctpL4Protocol> serverL4 = m_server->GetObject<SctpL4Protocol>();
    if (configure)
    {
        configure(clientL4, serverL4);
    }
    auto onDrop = [this](Ptr<const Packet>, std::string reason) { drops.push_back(reason); };
    clientL4->TraceConnectWithoutContext("Drop",
                                         Callback<void, Ptr<const Packet>, std::string>(onDrop));
    serverL4->TraceConnectWithoutContext("Drop",
                                         Callback<void, Ptr<const Packet>, std::string>(onDrop));

    m_serverSocket = Socket::CreateSocket(m_server, SctpSocketFactory::GetTypeId());
    if (serverRcvBuf)
    {
        DynamicCast<SctpSocket>(m_serverSocket)->SetRcvBuf(serverRcvBuf);
    }
    Address any = ipv6 ? Address(Inet6SocketAddress(Ipv6Address::GetAny(), 5000))
                       : Address(InetSocketAddress(Ipv4Address::GetAny(), 5000));
    m_serverSocket->Bind(any);
    m_serverSocket->Listen();
    m_serverSocket->SetAcceptCallback(MakeCallback(&SctpScenario::Accept, this),
                                      MakeCallback(&SctpScenario::Accepted, this));
    m_nextExpectedPerStream.assign(streams, 0);
    m_seen.clear();

    Simulator::Schedule(startTime, &SctpScenario::StartClient, this);
    Simulator::Stop(stopTime);
    Simulator::Run();
    clientSocket = nullptr;
    m_serverSocket = nullptr;
    Simulator::Destroy();
}

bool
SctpScenario::Accept(Ptr<Socket> s, const Address& from)
{
    return true;
}

void
SctpScenario::Accepted(Ptr<Socket> s, const Address& from)
{
    if (onServerEstablished)
    {
        onServerEstablished(DynamicCast<SctpSocketImpl>(s)->GetAssociation());
    }
    s->SetRecvCallback(MakeCallback(&SctpScenario::ServerRead, this));
    s->SetCloseCallbacks(
        Callback<void, Ptr<Socket>>([this](Ptr<Socket>) { serverClosedNormally = true; }),
        MakeNullCallback<void, Ptr<Socket>>());
    ServerRead(s);
}

void
SctpScenario::ServerRead(Ptr<Socket> s)
{
    Ptr<SctpSocket> sock = DynamicCast<SctpSocket>(s);
    if (readDelayMs > 0 && m_readScheduled)
    {
        return; // a slow reader: one message per readDelayMs
    }
    std::vector<uint8_t> data;
    SctpRcvInfo info;
    bool eor = false;
    while (sock->RecvMsg(data, info, eor) > 0)
    {
        if (info.flags & SctpMsgFlags::NOTIFICATION)
        {
            continue;
        }
        if (readDelayMs > 0 && !m_readScheduled)
        {
            m_readScheduled = true;
            Simulator::Schedule(MilliSeconds(readDelayMs), [this, s]() {
                m_readScheduled = false;
                ServerRead(s);
            });
        }
        bytesReceived += data.size();
        lastDelivery = Simulator::Now();
        m_partial.insert(m_partial.end(), data.begin(), data.end());
        if (!eor)
        {
            continue;
        }
        std::vector<uint8_t> msg;
        msg.swap(m_partial);
        messagesReceived++;
        if (msg.size() != messageSize)
        {
            contentOk = false;
            contentError = "message of " + std::to_string(msg.size()) + " bytes, expected " +
                           std::to_string(messageSize);
            continue;
        }
        uint32_t n =
            (uint32_t(msg[0]) << 24) | (uint32_t(msg[1]) << 16) | (uint32_t(msg[2]) << 8) | msg[3];
        for (uint32_t i = 0; i < msg.size(); ++i)
        {
            if (msg[i] != PatternByte(n, i))
            {
                contentOk = false;
                contentError = "message " + std::to_string(n) + " byte " + std::to_string(i);
                break;
            }
        }
        // Each number once, and only numbers the client sent: with messagesReceived equal to
        // the messages sent, nothing was lost either.
        if (n >= m_nextMessage)
        {
            contentOk = false;
            contentError = "message " + std::to_string(n) + " was never sent";
            continue;
        }
        if (n >= m_seen.size())
        {
            m_seen.resize(n + 1, false);
        }
        if (m_seen[n])
        {
            contentOk = false;
            contentError = "message " + std::to_string(n) + " read twice";
        }
        m_seen[n] = true;
        uint16_t sid = n % streams;
        if (info.sid != sid)
        {
            contentOk = false;
            contentError =
                "message " + std::to_string(n) + " on stream " + std::to_string(info.sid);
        }
        bool unordered = (info.flags & SctpMsgFlags::UNORDERED) != 0;
        if (!unordered)
        {
            // Ordered messages of a stream arrive in send order; unordered ones are skipped.
            uint32_t& expect = m_nextExpectedPerStream[sid];
            if (n < expect)
            {
                contentOk = false;
                contentError = "stream " + std::to_string(sid) + " out of order at message " +
                               std::to_string(n);
            }
            expect = n + 1;
        }
        if (readDelayMs > 0)
        {
            break;
        }
    }
}

void
SctpScenario::StartClient()
{
    Ptr<Socket> s = Socket::CreateSocket(m_client, SctpSocketFactory::GetTypeId());
    clientSocket = DynamicCast<SctpSocket>(s);
    if (configureClient)
    {
        configureClient(clientSocket);
    }
    if (eorPieces > 0)
    {
        clientSocket->SetExplicitEor(true);
    }
    if (streams > 1)
    {
        SctpInitMsg init;
        init.numOstreams = streams;
        clientSocket->SetInitMsg(init);
    }
    s->SetConnectCallback(
        Callback<void, Ptr<Socket>>([this](Ptr<Socket> sock) {
            connected = true;
            Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(sock)->GetAssociation();
            a->TraceConnectWithoutContext(
                "Retransmission",
                Callback<void, uint32_t, bool>([this](uint32_t, bool fast) {
                    retransmissions++;
                    fastRetransmissions += fast;
                }));
            a->TraceConnectWithoutContext(
                "Timeout",
                Callback<void, const Address&, Time>([this](const Address&, Time) { timeouts++; }));
            a->GetPaths()[0]->GetCcState()->TraceConnectWithoutContext(
                "CongestionWindow",
                Callback<void, uint32_t, uint32_t>(
                    [this](uint32_t, uint32_t c) { cwndTrace.emplace_back(Simulator::Now(), c); }));
            if (onClientEstablished)
            {
                onClientEstablished(a);
            }
            SendMore(sock, 0);
        }),
        Callback<void, Ptr<Socket>>([this](Ptr<Socket>) { connectFailed = true; }));
    s->SetSendCallback(MakeCallback(&SctpScenario::SendMore, this));
    s->SetCloseCallbacks(
        Callback<void, Ptr<Socket>>([this](Ptr<Socket>) { clientClosedNormally = true; }),
        MakeNullCallback<void, Ptr<Socket>>());
    s->Connect(m_serverAddress);
}

void
SctpScenario::SendMore(Ptr<Socket> s, uint32_t)
{
    if (!connected || m_closed)
    {
        return;
    }
    Ptr<SctpSocket> sock = DynamicCast<SctpSocket>(s);
    while (m_nextMessage < messages)
    {
        std::vector<uint8_t> msg(messageSize);
        for (uint32_t i = 0; i < messageSize; ++i)
        {
            msg[i] = PatternByte(m_nextMessage, i);
        }
        SctpSndInfo info;
        info.sid = m_nextMessage % streams;
        if (unorderedFraction > 0 &&
            (m_nextMessage % static_cast<uint32_t>(1.0 / unorderedFraction)) == 0)
        {
            info.flags |= SctpMsgFlags::UNORDERED;
        }
        if (eorPieces > 0)
        {
            // Explicit EOR: the message is several sends, the last one marked.
            if (sock->GetTxAvailable() < messageSize)
            {
                return;
            }
            uint32_t piece = (messageSize + eorPieces - 1) / eorPieces;
            for (uint32_t off = 0; off < messageSize; off += piece)
            {
                uint32_t end = std::min(messageSize, off + piece);
                SctpSndInfo pi = info;
                if (end == messageSize)
                {
                    pi.flags |= SctpMsgFlags::EOR;
                }
                std::vector<uint8_t> part(msg.begin() + off, msg.begin() + end);
                NS_ABORT_IF(sock->SendMsg(part, pi) < 0);
            }
        }
        else if (sock->SendMsg(msg, info) < 0)
        {
            return; // send buffer full: the send callback resumes
        }
        bytesSent += messageSize;
        m_nextMessage++;
        if (!messageInterval.IsZero() && m_nextMessage < messages)
        {
            if (!m_nextSend.IsRunning())
            {
                m_nextSend =
                    Simulator::Schedule(messageInterval, &SctpScenario::SendMore, this, s, 0);
            }
            return;
        }
    }
    if (closeWhenDone && !m_closed)
    {
        m_closed = true;
        s->Close(); // graceful: queued data is delivered first
    }
}

} // namespace ns3
