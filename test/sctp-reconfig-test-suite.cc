/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Stream reconfiguration (RFC 6525) between two stacks: outgoing and incoming SSN resets,
// association (SSN/TSN) resets, adding outgoing and incoming streams, each performed and
// denied; the events at both ends, the SSNs and TSNs on the wire, every message checked.

#include "sctp-packet-filter.h"
#include "sctp-two-nodes.h"

#include "ns3/test.h"

using namespace ns3;

/**
 * \ingroup sctp-test
 * \brief The client sends 5 ordered messages on each of streams 0 and 1, resets stream 1
 * (SCTP_RESET_STREAMS, outgoing) and at once queues 5 more on stream 1, which wait for the
 * answer. If the server allows it (SCTP_ENABLE_STREAM_RESET with
 * SCTP_ENABLE_RESET_STREAM_REQ), it performs the reset once everything before the reset point
 * arrived: the DATA of stream 1 carry SSN 0..4 and then 0..4 again, the client gets
 * STREAM_RESET with SCTP_STREAM_RESET_OUTGOING_SSN and the server with ..._INCOMING_SSN, both for
 * stream 1. If not (FreeBSD's default), the answer is "denied": SSNs go on 5..9, the client's
 * event carries SCTP_STREAM_RESET_DENIED and the server raises none (FreeBSD). Every message
 * arrives intact and in order per stream. A second request while one is outstanding, an unknown
 * stream and flags naming no direction are refused.
 */
class SctpReconfigResetTestCase : public TestCase
{
  public:
    /**
     * \param [in] allowed the server allows stream reset requests
     */
    SctpReconfigResetTestCase(bool allowed)
        : TestCase(allowed ? "outgoing SSN reset performed" : "outgoing SSN reset denied"),
          m_allowed(allowed)
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net;
        Ptr<SctpSocket> listener = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(1), SctpSocketFactory::GetTypeId()));
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));
        if (m_allowed)
        {
            NS_TEST_ASSERT_MSG_EQ(listener->SetEnableStreamReset(0x01), 0, "enable");
        }
        NS_TEST_ASSERT_MSG_EQ(listener->SetEnableStreamReset(0x10), -1, "unknown flag");
        listener->SetEvent(SctpNotification::STREAM_RESET_EVENT, true);
        client->SetEvent(SctpNotification::STREAM_RESET_EVENT, true);
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        std::vector<std::pair<uint16_t, std::vector<uint8_t>>> got;
        std::vector<SctpNotification> serverEvents;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                s->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> r) {
                    std::vector<uint8_t> data;
                    SctpRcvInfo info;
                    bool eor;
                    while (DynamicCast<SctpSocket>(r)->RecvMsg(data, info, eor) > 0)
                    {
                        SctpNotification n;
                        if (info.flags & SctpMsgFlags::NOTIFICATION)
                        {
                            SctpNotification::Deserialize(data, n);
                            serverEvents.push_back(n);
                        }
                        else
                        {
                            got.emplace_back(info.sid, data);
                        }
                    }
                }));
            }));
        std::vector<SctpNotification> clientEvents;
        client->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
            SctpNotification n;
            while (client->RecvNotification(n) == 1)
            {
                clientEvents.push_back(n);
            }
        }));
        std::vector<uint16_t> ssnOnStream1;
        net.l4[1]->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>>([&](Ptr<const Packet> p) {
                for (const auto& c : ChunksOf(p))
                {
                    auto d = DynamicCast<SctpDataChunk>(c);
                    if (d && d->GetStreamId() == 1)
                    {
                        ssnOnStream1.push_back(d->GetStreamSeq());
                    }
                }
            }));
        auto message = [](uint32_t i) { return std::vector<uint8_t>(300 + i, uint8_t(i)); };
        auto send = [&](uint32_t i, uint16_t sid) {
            SctpSndInfo info;
            info.sid = sid;
            client->SendMsg(message(i), info);
        };
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });
        Simulator::Schedule(Seconds(1.5), [&]() {
            for (uint32_t i = 0; i < 10; ++i)
            {
                send(i, i % 2);
            }
        });
        int reset = -2;
        int again = -2;
        int unknown = -2;
        int noDirection = -2;
        Simulator::Schedule(Seconds(2), [&]() {
            reset = client->ResetStreams({1}, 0x02);
            again =
                client->ResetStreams({1}, 0x02) == -1 && client->GetErrno() == Socket::ERROR_AGAIN;
            for (uint32_t i = 10; i < 15; ++i)
            {
                send(i, 1);
            }
        });
        Simulator::Schedule(Seconds(3), [&]() {
            unknown = client->ResetStreams({500}, 0x02) == -1 &&
                      client->GetErrno() == Socket::ERROR_INVAL;
            noDirection =
                client->ResetStreams({1}, 0x04) == -1 && client->GetErrno() == Socket::ERROR_INVAL;
        });
        Simulator::Stop(Seconds(4));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(reset, 0, "SCTP_RESET_STREAMS");
        NS_TEST_ASSERT_MSG_EQ(again, 1, "a second request while one is outstanding: EAGAIN");
        NS_TEST_ASSERT_MSG_EQ(unknown, 1, "unknown stream: EINVAL");
        NS_TEST_ASSERT_MSG_EQ(noDirection, 1, "no direction: EINVAL");
        NS_TEST_ASSERT_MSG_EQ(got.size(), 15u, "every message");
        std::vector<uint32_t> order[2];
        for (const auto& [sid, data] : got)
        {
            order[sid].push_back(data.size() - 300);
            NS_TEST_ASSERT_MSG_EQ((data == message(data.size() - 300)), true, "intact");
        }
        std::vector<uint32_t> expected0{0, 2, 4, 6, 8};
        std::vector<uint32_t> expected1{1, 3, 5, 7, 9, 10, 11, 12, 13, 14};
        NS_TEST_ASSERT_MSG_EQ((order[0] == expected0), true, "stream 0 in order");
        NS_TEST_ASSERT_MSG_EQ((order[1] == expected1), true, "stream 1 in order");
        std::vector<uint16_t> ssns{0, 1, 2, 3, 4};
        std::vector<uint16_t> after =
            m_allowed ? std::vector<uint16_t>{0, 1, 2, 3, 4} : std::vector<uint16_t>{5, 6, 7, 8, 9};
        ssns.insert(ssns.end(), after.begin(), after.end());
        NS_TEST_ASSERT_MSG_EQ((ssnOnStream1 == ssns), true, "SSNs of stream 1 on the wire");
        NS_TEST_ASSERT_MSG_EQ(clientEvents.size(), 1u, "one event at the client");
        // The server raises an event only for what it performs (FreeBSD: none for a refusal).
        NS_TEST_ASSERT_MSG_EQ(serverEvents.size(), m_allowed ? 1u : 0u, "events at the server");
        const uint16_t denied = m_allowed ? 0 : SctpNotification::STREAM_RESET_DENIED;
        const uint16_t clientFlags = SctpNotification::STREAM_RESET_OUTGOING_SSN | denied;
        NS_TEST_ASSERT_MSG_EQ(clientEvents[0].type, SctpNotification::STREAM_RESET_EVENT, "type");
        NS_TEST_ASSERT_MSG_EQ(clientEvents[0].flags, clientFlags, "client flags");
        NS_TEST_ASSERT_MSG_EQ((clientEvents[0].streams == std::vector<uint16_t>{1}), true, "[1]");
        if (m_allowed)
        {
            NS_TEST_ASSERT_MSG_EQ(serverEvents[0].flags,
                                  SctpNotification::STREAM_RESET_INCOMING_SSN,
                                  "server flags");
            NS_TEST_ASSERT_MSG_EQ((serverEvents[0].streams == std::vector<uint16_t>{1}),
                                  true,
                                  "[1]");
        }
    }

    bool m_allowed; //!< the server allows requests
};

/**
 * \ingroup sctp-test
 * \brief SCTP_ADD_STREAMS: the client (10 outgoing streams, FreeBSD's default) asks for 5 more.
 * If the server allows it (SCTP_ENABLE_CHANGE_ASSOC_REQ), both get STREAM_CHANGE with 15
 * streams in the client's direction (the server's inbound 15 once it added them, the client's
 * outbound 15 once the answer came), and a message on stream 12 arrives intact there. If not,
 * the client gets STREAM_CHANGE with the DENIED flag (the server none) and keeps 10 streams: stream
 * 12 is refused with ERROR_INVAL. Adding no stream, or beyond 65535, is refused.
 */
class SctpReconfigAddStreamsTestCase : public TestCase
{
  public:
    /**
     * \param [in] allowed the server allows adding streams
     */
    SctpReconfigAddStreamsTestCase(bool allowed)
        : TestCase(allowed ? "add streams performed" : "add streams denied"),
          m_allowed(allowed)
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net;
        Ptr<SctpSocket> listener = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(1), SctpSocketFactory::GetTypeId()));
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));
        if (m_allowed)
        {
            listener->SetEnableStreamReset(0x04);
        }
        listener->SetEvent(SctpNotification::STREAM_CHANGE_EVENT, true);
        client->SetEvent(SctpNotification::STREAM_CHANGE_EVENT, true);
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        std::vector<std::pair<uint16_t, std::vector<uint8_t>>> got;
        std::vector<SctpNotification> serverEvents;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                s->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> r) {
                    std::vector<uint8_t> data;
                    SctpRcvInfo info;
                    bool eor;
                    while (DynamicCast<SctpSocket>(r)->RecvMsg(data, info, eor) > 0)
                    {
                        SctpNotification n;
                        if (info.flags & SctpMsgFlags::NOTIFICATION)
                        {
                            SctpNotification::Deserialize(data, n);
                            serverEvents.push_back(n);
                        }
                        else
                        {
                            got.emplace_back(info.sid, data);
                        }
                    }
                }));
            }));
        std::vector<SctpNotification> clientEvents;
        client->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
            SctpNotification n;
            while (client->RecvNotification(n) == 1)
            {
                clientEvents.push_back(n);
            }
        }));
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });
        int add = -2;
        bool incomingRefused = false;
        bool zeroRefused = false;
        Simulator::Schedule(Seconds(2), [&]() {
            incomingRefused =
                client->AddStreams(65535, 0) == -1 && client->GetErrno() == Socket::ERROR_INVAL;
            zeroRefused =
                client->AddStreams(0, 0) == -1 && client->GetErrno() == Socket::ERROR_INVAL;
            add = client->AddStreams(5, 0);
        });
        int send12 = -2;
        Socket::SocketErrno send12Errno = Socket::ERROR_NOTERROR;
        std::vector<uint8_t> message(700, 0x5c);
        Simulator::Schedule(Seconds(2.5), [&]() {
            SctpSndInfo info;
            info.sid = 12;
            send12 = client->SendMsg(message, info);
            send12Errno = client->GetErrno();
        });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(incomingRefused, true, "beyond 65535 streams: EINVAL");
        NS_TEST_ASSERT_MSG_EQ(zeroRefused, true, "no stream: EINVAL");
        NS_TEST_ASSERT_MSG_EQ(add, 0, "SCTP_ADD_STREAMS");
        NS_TEST_ASSERT_MSG_EQ(clientEvents.size(), 1u, "one event at the client");
        NS_TEST_ASSERT_MSG_EQ(serverEvents.size(), m_allowed ? 1u : 0u, "at the server if done");
        NS_TEST_ASSERT_MSG_EQ(clientEvents[0].type, SctpNotification::STREAM_CHANGE_EVENT, "type");
        if (m_allowed)
        {
            NS_TEST_ASSERT_MSG_EQ(clientEvents[0].flags, 0, "performed");
            NS_TEST_ASSERT_MSG_EQ(clientEvents[0].outboundStreams, 15, "10 + 5 outbound");
            NS_TEST_ASSERT_MSG_EQ(serverEvents[0].inboundStreams, 15, "10 + 5 inbound");
            NS_TEST_ASSERT_MSG_EQ(send12, 700, "stream 12 usable");
            NS_TEST_ASSERT_MSG_EQ(got.size(), 1u, "the message");
            NS_TEST_ASSERT_MSG_EQ(got[0].first, 12, "on stream 12");
            NS_TEST_ASSERT_MSG_EQ((got[0].second == message), true, "intact");
        }
        else
        {
            NS_TEST_ASSERT_MSG_EQ(clientEvents[0].flags,
                                  SctpNotification::STREAM_CHANGE_DENIED,
                                  "denied");
            NS_TEST_ASSERT_MSG_EQ(clientEvents[0].outboundStreams, 10, "still 10");
            NS_TEST_ASSERT_MSG_EQ(serverEvents.size(), 0u, "no event for a refusal (FreeBSD)");
            NS_TEST_ASSERT_MSG_EQ(send12, -1, "stream 12 refused");
            NS_TEST_ASSERT_MSG_EQ(send12Errno, Socket::ERROR_INVAL, "EINVAL");
            NS_TEST_ASSERT_MSG_EQ(got.size(), 0u, "nothing");
        }
    }

    bool m_allowed; //!< the server allows adding streams
};

namespace
{

/// What one side of a ReconfigPair saw.
struct ReconfigSide
{
    std::vector<std::pair<uint16_t, std::vector<uint8_t>>> messages; //!< (stream, bytes) read
    std::vector<SctpNotification> events;                            //!< notifications read
    std::vector<Ptr<SctpDataChunk>> data;                            //!< DATA that arrived
    std::vector<uint32_t> results;                                   //!< RE-CONFIG results
};

/**
 * Two stacks, a client and the server's accepted socket, both subscribed to the three
 * reconfiguration events and read in band; the DATA and RE-CONFIG responses each receives.
 */
struct ReconfigPair
{
    SctpTwoNodes net;         //!< the nodes
    Ptr<SctpSocket> listener; //!< the server's listening socket
    Ptr<SctpSocket> client;   //!< the client
    Ptr<SctpSocket> server;   //!< the accepted socket
    ReconfigSide side[2];     //!< [0] client, [1] server

    /// \param [in] serverFlags SCTP_ENABLE_STREAM_RESET at the server
    ReconfigPair(uint32_t serverFlags)
    {
        listener = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(1), SctpSocketFactory::GetTypeId()));
        client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));
        listener->SetEnableStreamReset(serverFlags);
        for (Ptr<SctpSocket> s : {listener, client})
        {
            for (uint16_t t : {SctpNotification::STREAM_RESET_EVENT,
                               SctpNotification::ASSOC_RESET_EVENT,
                               SctpNotification::STREAM_CHANGE_EVENT})
            {
                s->SetEvent(t, true);
            }
        }
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([this](Ptr<Socket> s, const Address&) {
                server = DynamicCast<SctpSocket>(s);
                s->SetRecvCallback(
                    Callback<void, Ptr<Socket>>([this](Ptr<Socket> r) { Read(r, side[1]); }));
            }));
        client->SetRecvCallback(
            Callback<void, Ptr<Socket>>([this](Ptr<Socket> r) { Read(r, side[0]); }));
        for (uint32_t i = 0; i < 2; ++i)
        {
            net.l4[i]->TraceConnectWithoutContext(
                "Rx",
                Callback<void, Ptr<const Packet>>([this, i](Ptr<const Packet> p) {
                    for (const auto& c : ChunksOf(p))
                    {
                        if (auto d = DynamicCast<SctpDataChunk>(c))
                        {
                            side[i].data.push_back(d);
                        }
                        if (auto rc = DynamicCast<SctpReConfigChunk>(c))
                        {
                            for (const auto& param : rc->GetParameters())
                            {
                                if (auto r = DynamicCast<SctpReconfigResponseParameter>(param))
                                {
                                    side[i].results.push_back(r->GetResult());
                                }
                            }
                        }
                    }
                }));
        }
        Simulator::Schedule(Seconds(1),
                            [this]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });
    }

    /**
     * \param [in] r a socket
     * \param [out] s what it read
     */
    static void Read(Ptr<Socket> r, ReconfigSide& s)
    {
        std::vector<uint8_t> bytes;
        SctpRcvInfo info;
        bool eor;
        while (DynamicCast<SctpSocket>(r)->RecvMsg(bytes, info, eor) > 0)
        {
            if (info.flags & SctpMsgFlags::NOTIFICATION)
            {
                SctpNotification n;
                SctpNotification::Deserialize(bytes, n);
                s.events.push_back(n);
            }
            else
            {
                s.messages.emplace_back(info.sid, bytes);
            }
        }
    }

    /**
     * \param [in] i message number
     * \return its bytes: 200 + i bytes of i
     */
    static std::vector<uint8_t> Message(uint32_t i)
    {
        return std::vector<uint8_t>(200 + i, uint8_t(i));
    }

    /**
     * \param [in] from the sending socket
     * \param [in] first first message number
     * \param [in] count how many
     * \param [in] sid the stream
     */
    static void Send(Ptr<SctpSocket> from, uint32_t first, uint32_t count, uint16_t sid)
    {
        for (uint32_t i = first; i < first + count; ++i)
        {
            SctpSndInfo info;
            info.sid = sid;
            from->SendMsg(Message(i), info);
        }
    }

    /**
     * \param [in] s a side
     * \param [in] sid a stream
     * \return the message numbers read on it, in order, each checked against its bytes
     */
    static std::vector<uint32_t> Numbers(const ReconfigSide& s, uint16_t sid)
    {
        std::vector<uint32_t> out;
        for (const auto& [id, bytes] : s.messages)
        {
            if (id == sid)
            {
                uint32_t n = bytes.size() - 200;
                out.push_back(bytes == Message(n) ? n : 0xffffffff);
            }
        }
        return out;
    }

    /**
     * \param [in] s a side
     * \param [in] sid a stream
     * \return the SSNs of the DATA that arrived on that stream
     */
    static std::vector<uint16_t> Ssns(const ReconfigSide& s, uint16_t sid)
    {
        std::vector<uint16_t> out;
        for (const auto& d : s.data)
        {
            if (d->GetStreamId() == sid)
            {
                out.push_back(d->GetStreamSeq());
            }
        }
        return out;
    }

    /**
     * \param [in] s a side
     * \param [in] type an event type
     * \return the events of that type it read
     */
    static std::vector<SctpNotification> Events(const ReconfigSide& s, uint16_t type)
    {
        std::vector<SctpNotification> out;
        for (const auto& n : s.events)
        {
            if (n.type == type)
            {
                out.push_back(n);
            }
        }
        return out;
    }
};

/**
 * \param [in] first a number
 * \param [in] count how many
 * \return first, first + 1, ...
 */
template <typename T>
std::vector<T>
Range(T first, T count)
{
    std::vector<T> v;
    for (T i = 0; i < count; ++i)
    {
        v.push_back(first + i);
    }
    return v;
}

} // namespace

/**
 * \ingroup sctp-test
 * \brief SCTP_RESET_STREAMS with SCTP_STREAM_RESET_INCOMING (RFC 6525 §5.1.3, §5.2.3): the
 * client asks the server to reset the server's outgoing stream 1, between two batches of 5
 * messages the server sends on it. If the server allows it (SCTP_ENABLE_RESET_STREAM_REQ) it
 * answers "performed" and sends its own Outgoing SSN Reset Request, which the client performs
 * although its own SCTP_ENABLE_STREAM_RESET is 0 (it asked): stream 1's SSNs at the client are
 * 0..4 then 0..4, the client reads STREAM_RESET incoming [1] and the server STREAM_RESET
 * outgoing [1]. If not, the answer is "denied": SSNs go on 5..9, the client reads STREAM_RESET
 * incoming and denied, the server nothing. Every message intact and in order.
 */
class SctpReconfigIncomingResetTestCase : public TestCase
{
  public:
    /// \param [in] allowed the server allows stream reset requests
    SctpReconfigIncomingResetTestCase(bool allowed)
        : TestCase(allowed ? "incoming SSN reset performed" : "incoming SSN reset denied"),
          m_allowed(allowed)
    {
    }

  private:
    void DoRun() override
    {
        ReconfigPair pair(m_allowed ? 0x01 : 0);
        int reset = -2;
        Simulator::Schedule(Seconds(1.5), [&]() { ReconfigPair::Send(pair.server, 0, 5, 1); });
        Simulator::Schedule(Seconds(2), [&]() { reset = pair.client->ResetStreams({1}, 0x01); });
        Simulator::Schedule(Seconds(2.5), [&]() { ReconfigPair::Send(pair.server, 5, 5, 1); });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(reset, 0, "SCTP_RESET_STREAMS incoming");
        NS_TEST_ASSERT_MSG_EQ((ReconfigPair::Numbers(pair.side[0], 1) == Range<uint32_t>(0, 10)),
                              true,
                              "10 messages intact, in order");
        std::vector<uint16_t> ssns = Range<uint16_t>(0, 5);
        std::vector<uint16_t> after = m_allowed ? Range<uint16_t>(0, 5) : Range<uint16_t>(5, 5);
        ssns.insert(ssns.end(), after.begin(), after.end());
        NS_TEST_ASSERT_MSG_EQ((ReconfigPair::Ssns(pair.side[0], 1) == ssns),
                              true,
                              "SSNs of the server's stream 1");
        auto atClient = ReconfigPair::Events(pair.side[0], SctpNotification::STREAM_RESET_EVENT);
        auto atServer = ReconfigPair::Events(pair.side[1], SctpNotification::STREAM_RESET_EVENT);
        NS_TEST_ASSERT_MSG_EQ(atClient.size(), 1u, "one event at the client");
        const uint16_t clientFlags = SctpNotification::STREAM_RESET_INCOMING_SSN |
                                     (m_allowed ? 0 : SctpNotification::STREAM_RESET_DENIED);
        NS_TEST_ASSERT_MSG_EQ(atClient[0].flags, clientFlags, "client: incoming");
        NS_TEST_ASSERT_MSG_EQ((atClient[0].streams == std::vector<uint16_t>{1}), true, "[1]");
        NS_TEST_ASSERT_MSG_EQ(atServer.size(), m_allowed ? 1u : 0u, "server: its own reset");
        if (m_allowed)
        {
            NS_TEST_ASSERT_MSG_EQ(atServer[0].flags,
                                  SctpNotification::STREAM_RESET_OUTGOING_SSN,
                                  "server: outgoing");
        }
    }

    bool m_allowed; //!< the server allows requests
};

/**
 * \ingroup sctp-test
 * \brief SCTP_RESET_ASSOC (RFC 6525 §5.1.4, §5.2.4). Both sides send 5 messages on each of
 * streams 0 and 1; at 2 s the client asks for an association reset while the server sends 5
 * more, and queues 5 of its own (they wait). The server, with DATA in flight, answers "in
 * progress" and holds its new DATA; the client asks again when its timer expires and the
 * server performs: the client's next TSN is the server's cumulative TSN + 1 + 2^31, the
 * server's is unchanged (highest sent + 1, so its TSNs never jump), every SSN restarts at 0
 * both ways, and both read ASSOC_RESET with those TSNs (local: own next, remote: the peer's).
 * At 4 s the server sends 5 more. If the server does not allow it, the client reads ASSOC_RESET
 * with DENIED (the server nothing) and TSNs and SSNs go on. Every message arrives intact and in
 * order.
 */
class SctpReconfigAssocResetTestCase : public TestCase
{
  public:
    /// \param [in] allowed the server allows association resets
    SctpReconfigAssocResetTestCase(bool allowed)
        : TestCase(allowed ? "association reset (SSN and TSN) performed"
                           : "association reset (SSN and TSN) denied"),
          m_allowed(allowed)
    {
    }

  private:
    void DoRun() override
    {
        ReconfigPair pair(m_allowed ? 0x02 : 0);
        int reset = -2;
        int again = -2;
        Simulator::Schedule(Seconds(1.5), [&]() {
            ReconfigPair::Send(pair.client, 0, 5, 0);
            ReconfigPair::Send(pair.client, 5, 5, 1);
            ReconfigPair::Send(pair.server, 0, 5, 0);
            ReconfigPair::Send(pair.server, 5, 5, 1);
        });
        Simulator::Schedule(Seconds(2), [&]() {
            ReconfigPair::Send(pair.server, 10, 5, 0);
            reset = pair.client->ResetAssoc();
            again =
                pair.client->ResetAssoc() == -1 && pair.client->GetErrno() == Socket::ERROR_AGAIN;
            ReconfigPair::Send(pair.client, 10, 5, 0);
        });
        Simulator::Schedule(Seconds(4), [&]() { ReconfigPair::Send(pair.server, 15, 5, 1); });
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(reset, 0, "SCTP_RESET_ASSOC");
        NS_TEST_ASSERT_MSG_EQ(again, 1, "a second request: EAGAIN");
        // Everything arrives, intact and in order, both ways.
        std::vector<uint32_t> c0 = Range<uint32_t>(0, 5);
        std::vector<uint32_t> c0b = Range<uint32_t>(10, 5);
        c0.insert(c0.end(), c0b.begin(), c0b.end());
        NS_TEST_ASSERT_MSG_EQ((ReconfigPair::Numbers(pair.side[1], 0) == c0), true, "client 0");
        NS_TEST_ASSERT_MSG_EQ((ReconfigPair::Numbers(pair.side[1], 1) == Range<uint32_t>(5, 5)),
                              true,
                              "client 1");
        std::vector<uint32_t> s0 = c0;
        std::vector<uint32_t> s1 = Range<uint32_t>(5, 5);
        std::vector<uint32_t> s1b = Range<uint32_t>(15, 5);
        s1.insert(s1.end(), s1b.begin(), s1b.end());
        NS_TEST_ASSERT_MSG_EQ((ReconfigPair::Numbers(pair.side[0], 0) == s0), true, "server 0");
        NS_TEST_ASSERT_MSG_EQ((ReconfigPair::Numbers(pair.side[0], 1) == s1), true, "server 1");

        // TSNs of the DATA each side received, before and after the reset.
        const auto& fromClient = pair.side[1].data; // 15 chunks, in order (no loss)
        const auto& fromServer = pair.side[0].data; // 20 chunks
        NS_TEST_ASSERT_MSG_EQ(fromClient.size(), 15u, "15 DATA from the client");
        NS_TEST_ASSERT_MSG_EQ(fromServer.size(), 20u, "20 DATA from the server");
        uint32_t clientLast = fromClient[9]->GetTsn();
        uint32_t serverLast = fromServer[14]->GetTsn();
        auto assocAt = [&](uint32_t i) {
            return ReconfigPair::Events(pair.side[i], SctpNotification::ASSOC_RESET_EVENT);
        };
        NS_TEST_ASSERT_MSG_EQ(assocAt(0).size(), 1u, "one ASSOC_RESET at the client");
        NS_TEST_ASSERT_MSG_EQ(assocAt(1).size(), m_allowed ? 1u : 0u, "at the server if done");
        if (!m_allowed)
        {
            NS_TEST_ASSERT_MSG_EQ(fromClient[10]->GetTsn(), clientLast + 1, "TSNs go on");
            NS_TEST_ASSERT_MSG_EQ(fromServer[15]->GetTsn(), serverLast + 1, "TSNs go on");
            NS_TEST_ASSERT_MSG_EQ(fromClient[10]->GetStreamSeq(), 5, "SSNs go on");
            NS_TEST_ASSERT_MSG_EQ(assocAt(0)[0].flags,
                                  SctpNotification::ASSOC_RESET_DENIED,
                                  "client: denied");
            return;
        }
        // The server had DATA in flight when the request came: "in progress" first.
        uint32_t inProgress = 0;
        for (uint32_t r : pair.side[0].results)
        {
            inProgress += r == SctpReconfigResponseParameter::IN_PROGRESS;
        }
        NS_TEST_ASSERT_MSG_GT(inProgress, 0u, "in progress while the server's DATA was in flight");
        const uint32_t clientNext = clientLast + 1 + 0x80000000u; // §5.2.4: cum + 1 + 2^31
        NS_TEST_ASSERT_MSG_EQ(fromClient[10]->GetTsn(), clientNext, "client's next TSN");
        for (uint32_t k = 0; k < 5; ++k)
        {
            NS_TEST_ASSERT_MSG_EQ(fromClient[10 + k]->GetStreamSeq(), k, "client SSNs from 0");
        }
        // The server's TSNs do not jump (its next TSN is its highest sent + 1); the server held
        // part of its 2 s batch while the request was in progress, so the reset falls inside
        // it: from the server's next TSN on, each stream's SSNs start again at 0.
        const uint32_t serverNext = assocAt(1)[0].localTsn;
        bool found = false;
        uint16_t expectedSsn[2] = {0, 0};
        for (uint32_t k = 0; k < fromServer.size(); ++k)
        {
            if (k > 0)
            {
                NS_TEST_ASSERT_MSG_EQ(fromServer[k]->GetTsn(),
                                      fromServer[k - 1]->GetTsn() + 1,
                                      "server TSNs consecutive");
            }
            found |= fromServer[k]->GetTsn() == serverNext;
            if (found)
            {
                uint16_t sid = fromServer[k]->GetStreamId();
                NS_TEST_ASSERT_MSG_EQ(fromServer[k]->GetStreamSeq(),
                                      expectedSsn[sid]++,
                                      "server SSNs from 0 after the reset");
            }
        }
        NS_TEST_ASSERT_MSG_EQ(found, true, "the server's next TSN is where its DATA went on");
        NS_TEST_ASSERT_MSG_EQ(assocAt(0)[0].flags, 0, "client: performed");
        NS_TEST_ASSERT_MSG_EQ(assocAt(0)[0].localTsn, clientNext, "client local TSN");
        NS_TEST_ASSERT_MSG_EQ(assocAt(0)[0].remoteTsn, serverNext, "client remote TSN");
        NS_TEST_ASSERT_MSG_EQ(assocAt(1)[0].remoteTsn, clientNext, "server remote TSN");
    }

    bool m_allowed; //!< the server allows association resets
};

/**
 * \ingroup sctp-test
 * \brief An association reset while the performer is in the middle of a message. The server
 * writes the first 5,000 bytes of a message with SCTP_EXPLICIT_EOR and no EOR; they are sent and
 * acknowledged, so nothing is in flight, but the message is open. The client asks for an
 * association reset at 2 s. Finishing the message after the reset would give its rest TSNs of
 * the new numbering, which the client could not join to its first part: the server answers "in
 * progress" while the message is partly sent, and performs the request when the client asks
 * again after the server wrote the last 5,000 bytes with EOR at 2.5 s. Expected: "in progress"
 * at least once, then ASSOC_RESET performed at both ends, the 10,000-byte message intact, and
 * one message each way after the reset intact.
 */
class SctpReconfigAssocResetMidMessageTestCase : public TestCase
{
  public:
    SctpReconfigAssocResetMidMessageTestCase()
        : TestCase("association reset waits for a message partly sent")
    {
    }

  private:
    void DoRun() override
    {
        ReconfigPair pair(0x02);
        std::vector<uint8_t> big(10000);
        for (uint32_t k = 0; k < big.size(); ++k)
        {
            big[k] = static_cast<uint8_t>(k * 7 + k / 1000);
        }
        Simulator::Schedule(Seconds(1.5), [&]() {
            pair.server->SetExplicitEor(true);
            pair.server->SendMsg(std::vector<uint8_t>(big.begin(), big.begin() + 5000),
                                 SctpSndInfo());
        });
        int reset = -2;
        Simulator::Schedule(Seconds(2), [&]() { reset = pair.client->ResetAssoc(); });
        Simulator::Schedule(Seconds(2.5), [&]() {
            SctpSndInfo eor;
            eor.flags = SctpMsgFlags::EOR;
            pair.server->SendMsg(std::vector<uint8_t>(big.begin() + 5000, big.end()), eor);
        });
        Simulator::Schedule(Seconds(6), [&]() {
            SctpSndInfo eor;
            eor.flags = SctpMsgFlags::EOR;
            pair.server->SendMsg(ReconfigPair::Message(1), eor);
            pair.client->SendMsg(ReconfigPair::Message(2), SctpSndInfo());
        });
        Simulator::Stop(Seconds(7));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(reset, 0, "SCTP_RESET_ASSOC");
        uint32_t inProgress = 0;
        for (uint32_t r : pair.side[0].results)
        {
            inProgress += r == SctpReconfigResponseParameter::IN_PROGRESS;
        }
        NS_TEST_ASSERT_MSG_GT(inProgress, 0u, "in progress while the message was partly sent");
        const auto& atClient = pair.side[0].messages;
        NS_TEST_ASSERT_MSG_EQ(atClient.size(), 2u, "the big message and the later one");
        if (atClient.size() == 2)
        {
            NS_TEST_ASSERT_MSG_EQ((atClient[0].second == big), true, "10,000 bytes intact");
            NS_TEST_ASSERT_MSG_EQ((atClient[1].second == ReconfigPair::Message(1)), true, "intact");
        }
        auto performed = [](const std::vector<SctpNotification>& events) {
            uint32_t n = 0;
            for (const auto& e : events)
            {
                n += e.type == SctpNotification::ASSOC_RESET_EVENT && e.flags == 0;
            }
            return n;
        };
        NS_TEST_ASSERT_MSG_EQ(performed(pair.side[0].events), 1u, "performed, at the client");
        NS_TEST_ASSERT_MSG_EQ(performed(pair.side[1].events), 1u, "performed, at the server");
        NS_TEST_ASSERT_MSG_EQ((ReconfigPair::Numbers(pair.side[1], 0) == std::vector<uint32_t>{2}),
                              true,
                              "the client's message after the reset");
    }
};

/**
 * \ingroup sctp-test
 * \brief SCTP_ADD_STREAMS with incoming streams (RFC 6525 §5.1.6, §5.2.6): the client (10
 * inbound streams) asks the server for 4 more. If the server allows it
 * (SCTP_ENABLE_CHANGE_ASSOC_REQ) it answers "performed" and sends an Add Outgoing Streams
 * Request, which the client performs although its own flags are 0 (it asked): both read
 * STREAM_CHANGE with 14 streams in the server's direction, and a message on stream 12 arrives
 * intact. If not, the client reads STREAM_CHANGE with DENIED and the server's stream 12 is
 * refused (ERROR_INVAL).
 */
class SctpReconfigAddIncomingTestCase : public TestCase
{
  public:
    /// \param [in] allowed the server allows adding streams
    SctpReconfigAddIncomingTestCase(bool allowed)
        : TestCase(allowed ? "add incoming streams performed" : "add incoming streams denied"),
          m_allowed(allowed)
    {
    }

  private:
    void DoRun() override
    {
        ReconfigPair pair(m_allowed ? 0x04 : 0);
        int add = -2;
        int sent = -2;
        Simulator::Schedule(Seconds(2), [&]() { add = pair.client->AddStreams(0, 4); });
        Simulator::Schedule(Seconds(2.5), [&]() {
            SctpSndInfo info;
            info.sid = 12;
            sent = pair.server->SendMsg(ReconfigPair::Message(7), info);
        });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(add, 0, "SCTP_ADD_STREAMS incoming");
        auto atClient = ReconfigPair::Events(pair.side[0], SctpNotification::STREAM_CHANGE_EVENT);
        auto atServer = ReconfigPair::Events(pair.side[1], SctpNotification::STREAM_CHANGE_EVENT);
        NS_TEST_ASSERT_MSG_EQ(atClient.size(), 1u, "one event at the client");
        if (!m_allowed)
        {
            NS_TEST_ASSERT_MSG_EQ(atClient[0].flags,
                                  SctpNotification::STREAM_CHANGE_DENIED,
                                  "denied");
            NS_TEST_ASSERT_MSG_EQ(atClient[0].inboundStreams, 10, "still 10");
            NS_TEST_ASSERT_MSG_EQ(sent, -1, "stream 12 refused at the server");
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(atClient[0].flags, 0, "performed");
        NS_TEST_ASSERT_MSG_EQ(atClient[0].inboundStreams, 14, "client: 10 + 4 inbound");
        NS_TEST_ASSERT_MSG_EQ(atServer.size(), 1u, "one event at the server");
        NS_TEST_ASSERT_MSG_EQ(atServer[0].outboundStreams, 14, "server: 10 + 4 outbound");
        NS_TEST_ASSERT_MSG_EQ(sent, 207, "stream 12 usable");
        NS_TEST_ASSERT_MSG_EQ((ReconfigPair::Numbers(pair.side[0], 12) == std::vector<uint32_t>{7}),
                              true,
                              "the message, intact, on stream 12");
    }

    bool m_allowed; //!< the server allows adding streams
};

/**
 * \ingroup sctp-test
 * \brief Stream reset.
 */
class SctpReconfigTestSuite : public TestSuite
{
  public:
    SctpReconfigTestSuite()
        : TestSuite("sctp-reconfig", SYSTEM)
    {
        AddTestCase(new SctpReconfigResetTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpReconfigResetTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpReconfigAddStreamsTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpReconfigAddStreamsTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpReconfigIncomingResetTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpReconfigIncomingResetTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpReconfigAssocResetTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpReconfigAssocResetTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpReconfigAssocResetMidMessageTestCase, TestCase::QUICK);
        AddTestCase(new SctpReconfigAddIncomingTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpReconfigAddIncomingTestCase(false), TestCase::QUICK);
    }
};

static SctpReconfigTestSuite g_sctpReconfigTestSuite; //!< the suite
