/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Stream reset (RFC 6525) between two stacks: an outgoing SSN reset performed or denied, the
// STREAM_RESET events at both ends, the SSNs on the wire, every message checked.

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
 * stream 1. If not (FreeBSD's default), the answer is "denied": SSNs go on 5..9 and both events
 * carry SCTP_STREAM_RESET_DENIED. Every message arrives intact and in order per stream. A second
 * request while one is outstanding, an unknown stream and an incoming reset are refused.
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
                std::vector<uint8_t> b(p->GetSize());
                p->CopyData(b.data(), b.size());
                SctpPacket packet;
                std::string error;
                SctpPacket::Deserialize(b.data(), b.size(), packet, error);
                for (const auto& c : packet.GetChunks())
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
        int incoming = -2;
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
            incoming = client->ResetStreams({1}, 0x01) == -1 &&
                       client->GetErrno() == Socket::ERROR_OPNOTSUPP;
        });
        Simulator::Stop(Seconds(4));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(reset, 0, "SCTP_RESET_STREAMS");
        NS_TEST_ASSERT_MSG_EQ(again, 1, "a second request while one is outstanding: EAGAIN");
        NS_TEST_ASSERT_MSG_EQ(unknown, 1, "unknown stream: EINVAL");
        NS_TEST_ASSERT_MSG_EQ(incoming, 1, "incoming reset: EOPNOTSUPP");
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
        NS_TEST_ASSERT_MSG_EQ(serverEvents.size(), 1u, "one event at the server");
        const uint16_t denied = m_allowed ? 0 : SctpNotification::STREAM_RESET_DENIED;
        const uint16_t clientFlags = SctpNotification::STREAM_RESET_OUTGOING_SSN | denied;
        const uint16_t serverFlags = SctpNotification::STREAM_RESET_INCOMING_SSN | denied;
        NS_TEST_ASSERT_MSG_EQ(clientEvents[0].type, SctpNotification::STREAM_RESET_EVENT, "type");
        NS_TEST_ASSERT_MSG_EQ(clientEvents[0].flags, clientFlags, "client flags");
        NS_TEST_ASSERT_MSG_EQ(serverEvents[0].flags, serverFlags, "server flags");
        NS_TEST_ASSERT_MSG_EQ((clientEvents[0].streams == std::vector<uint16_t>{1}), true, "[1]");
        NS_TEST_ASSERT_MSG_EQ((serverEvents[0].streams == std::vector<uint16_t>{1}), true, "[1]");
    }

    bool m_allowed; //!< the server allows requests
};

/**
 * \ingroup sctp-test
 * \brief SCTP_ADD_STREAMS: the client (10 outgoing streams, FreeBSD's default) asks for 5 more.
 * If the server allows it (SCTP_ENABLE_CHANGE_ASSOC_REQ), both get STREAM_CHANGE with 15
 * streams in the client's direction (the server's inbound 15 once it added them, the client's
 * outbound 15 once the answer came), and a message on stream 12 arrives intact there. If not,
 * both get STREAM_CHANGE with the DENIED flag and the client keeps 10 streams: stream 12 is
 * refused with ERROR_INVAL. Adding incoming streams, or none, is refused.
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
                client->AddStreams(0, 3) == -1 && client->GetErrno() == Socket::ERROR_OPNOTSUPP;
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

        NS_TEST_ASSERT_MSG_EQ(incomingRefused, true, "incoming streams: EOPNOTSUPP");
        NS_TEST_ASSERT_MSG_EQ(zeroRefused, true, "no stream: EINVAL");
        NS_TEST_ASSERT_MSG_EQ(add, 0, "SCTP_ADD_STREAMS");
        NS_TEST_ASSERT_MSG_EQ(clientEvents.size(), 1u, "one event at the client");
        NS_TEST_ASSERT_MSG_EQ(serverEvents.size(), 1u, "one event at the server");
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
            NS_TEST_ASSERT_MSG_EQ(serverEvents[0].flags,
                                  SctpNotification::STREAM_CHANGE_DENIED,
                                  "denied at the server too");
            NS_TEST_ASSERT_MSG_EQ(send12, -1, "stream 12 refused");
            NS_TEST_ASSERT_MSG_EQ(send12Errno, Socket::ERROR_INVAL, "EINVAL");
            NS_TEST_ASSERT_MSG_EQ(got.size(), 0u, "nothing");
        }
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
    }
};

static SctpReconfigTestSuite g_sctpReconfigTestSuite; //!< the suite
