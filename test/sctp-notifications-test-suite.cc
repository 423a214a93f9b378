/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// RFC 6458 notifications read in band with RecvMsg (SctpMsgFlags::NOTIFICATION), in their
// place among the messages; delivered when subscribed and absent when not, while the
// association's Notification trace reports every one regardless. Every message is checked.

#include "sctp-collecting-listener.h"
#include "sctp-two-nodes.h"

#include "ns3/test.h"

#include <set>

using namespace ns3;

namespace
{

/// What one RecvMsg returned.
struct Item
{
    bool notification{false};  //!< SctpMsgFlags::NOTIFICATION
    SctpNotification n;        //!< the notification, decoded from its bytes
    std::vector<uint8_t> data; //!< the message piece
    bool eor{false};           //!< it ends a message
};

/**
 * \param [in] s a socket
 * \param [in] out what it returns, appended
 */
void
DrainRecvMsg(Ptr<SctpSocket> s, std::vector<Item>& out)
{
    Item it;
    SctpRcvInfo info;
    std::vector<uint8_t> bytes;
    while (s->RecvMsg(bytes, info, it.eor) > 0)
    {
        it.notification = (info.flags & SctpMsgFlags::NOTIFICATION) != 0;
        it.data.clear();
        it.n = SctpNotification();
        if (it.notification)
        {
            SctpNotification::Deserialize(bytes, it.n);
        }
        else
        {
            it.data = bytes;
        }
        out.push_back(it);
    }
}

/**
 * \param [in] i message number
 * \param [in] size its size
 * \return its bytes
 */
std::vector<uint8_t>
Message(uint32_t i, uint32_t size)
{
    std::vector<uint8_t> m(size);
    for (uint32_t k = 0; k < size; ++k)
    {
        m[k] = static_cast<uint8_t>(i * 13 + k * 7 + (k >> 8));
    }
    return m;
}

/// Every type the scenarios below raise.
const uint16_t g_types[] = {SctpNotification::ASSOC_CHANGE,
                            SctpNotification::SHUTDOWN_EVENT,
                            SctpNotification::SENDER_DRY_EVENT,
                            SctpNotification::SEND_FAILED_EVENT,
                            SctpNotification::PARTIAL_DELIVERY_EVENT,
                            SctpNotification::PEER_ADDR_CHANGE,
                            SctpNotification::REMOTE_ERROR,
                            SctpNotification::ADAPTATION_INDICATION,
                            SctpNotification::AUTHENTICATION_EVENT};

} // namespace

/**
 * \ingroup sctp-test
 * \brief A graceful transfer of three messages, read by the server only at the end with
 * RecvMsg: subscribed, the server reads COMM_UP, the three messages intact, SHUTDOWN_EVENT
 * (the peer's SHUTDOWN came after its data) and SHUTDOWN_COMP, in that order, each structure
 * as FreeBSD lays it out; the client reads COMM_UP and SENDER_DRY. Not subscribed, RecvMsg
 * returns the three messages only and RecvNotification nothing, yet the Notification trace
 * saw the same events.
 */
class SctpNotificationOrderTestCase : public TestCase
{
  public:
    /**
     * \param [in] subscribe subscribe to every type
     */
    SctpNotificationOrderTestCase(bool subscribe)
        : TestCase(subscribe ? "in band, in order, when subscribed" : "absent when not subscribed"),
          m_subscribe(subscribe)
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
        for (uint16_t t : g_types)
        {
            listener->SetEvent(t, m_subscribe);
            client->SetEvent(t, m_subscribe);
        }
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        Ptr<SctpSocket> server;
        std::multiset<uint32_t> traced; // type << 16 | state, server side
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                server = DynamicCast<SctpSocket>(s);
                // The trace reports every event, subscribed or not (COMM_UP came just before).
                DynamicCast<SctpSocketImpl>(s)->GetAssociation()->TraceConnectWithoutContext(
                    "Notification",
                    Callback<void, const SctpNotification&>([&](const SctpNotification& n) {
                        traced.insert(uint32_t(n.type) << 16 | n.state);
                    }));
            }));
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       for (uint32_t i = 0; i < 3; ++i)
                                       {
                                           SctpSndInfo info;
                                           client->SendMsg(Message(i, 700 + i), info);
                                       }
                                       client->Close();
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });
        std::vector<Item> onServer;
        std::vector<Item> onClient;
        int serverTyped = 0;
        Simulator::Schedule(Seconds(10), [&]() {
            DrainRecvMsg(server, onServer);
            DrainRecvMsg(client, onClient);
            SctpNotification n;
            serverTyped = server->RecvNotification(n);
        });
        Simulator::Stop(Seconds(11));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_NE(server, nullptr, "accepted");
        std::vector<std::string> got;
        for (const auto& it : onServer)
        {
            if (it.notification)
            {
                got.push_back("N" + std::to_string(it.n.type) + "/" + std::to_string(it.n.state));
            }
            else
            {
                got.push_back("D" + std::to_string(it.data.size()));
            }
        }
        std::string seq;
        for (const auto& g : got)
        {
            seq += g + " ";
        }
        // The trace saw the SHUTDOWN event and the end of the association either way.
        NS_TEST_ASSERT_MSG_EQ(traced.count(uint32_t(SctpNotification::SHUTDOWN_EVENT) << 16),
                              1,
                              seq);
        NS_TEST_ASSERT_MSG_EQ(traced.count(uint32_t(SctpNotification::ASSOC_CHANGE) << 16 |
                                           SctpNotification::SHUTDOWN_COMP),
                              1,
                              seq);
        if (!m_subscribe)
        {
            NS_TEST_ASSERT_MSG_EQ(seq, "D700 D701 D702 ", "data only");
            NS_TEST_ASSERT_MSG_EQ(serverTyped, 0, "nothing queued");
            NS_TEST_ASSERT_MSG_EQ(onClient.size(), 0, "nothing for the client");
        }
        else
        {
            NS_TEST_ASSERT_MSG_EQ(seq,
                                  "N1/1 D700 D701 D702 N5/0 N1/4 ",
                                  "COMM_UP, the data, SHUTDOWN_EVENT, SHUTDOWN_COMP");
            NS_TEST_ASSERT_MSG_EQ(onServer[0].n.outboundStreams, 10, "sac_outbound_streams");
            NS_TEST_ASSERT_MSG_EQ(onServer[0].n.assocId, onServer[4].n.assocId, "one assoc id");
            bool clientDry = false;
            for (const auto& it : onClient)
            {
                clientDry |= it.notification && it.n.type == SctpNotification::SENDER_DRY_EVENT;
            }
            NS_TEST_ASSERT_MSG_EQ(clientDry, true, "SENDER_DRY at the client");
            NS_TEST_ASSERT_MSG_EQ(onClient.front().n.state,
                                  uint32_t(SctpNotification::COMM_UP),
                                  "COMM_UP first at the client");
        }
        for (uint32_t i = 0, d = 0; i < onServer.size(); ++i)
        {
            if (!onServer[i].notification)
            {
                NS_TEST_ASSERT_MSG_EQ((onServer[i].data == Message(d, 700 + d)), true, "intact");
                d++;
            }
        }
        Simulator::Destroy();
    }

    bool m_subscribe; //!< subscribe to every type
};

/**
 * \ingroup sctp-test
 * \brief An abort in the middle of a 1,000,000-byte message on a 2 Mb/s link, with the receiver's
 * partial delivery point at 4,000 bytes: subscribed, the receiver reads COMM_UP, pieces of the
 * message (the last without EOR), PARTIAL_DELIVERY_EVENT "aborted" on stream 0, then COMM_LOST;
 * the sender gets SEND_FAILED_EVENTs, DATA_SENT for chunks in flight and DATA_UNSENT for the
 * rest of the message, whose bytes with what the receiver read account for the whole message
 * (nothing lost silently), then COMM_LOST. Not subscribed, only the pieces arrive.
 */
class SctpNotificationAbortTestCase : public TestCase
{
  public:
    /**
     * \param [in] subscribe subscribe to every type
     */
    SctpNotificationAbortTestCase(bool subscribe)
        : TestCase(subscribe ? "abort: PARTIAL_DELIVERY, SEND_FAILED sent and unsent, COMM_LOST"
                             : "abort, not subscribed: only data"),
          m_subscribe(subscribe)
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net("2Mbps", MilliSeconds(10));
        Ptr<SctpSocket> listener = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(1), SctpSocketFactory::GetTypeId()));
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));
        for (uint16_t t : g_types)
        {
            listener->SetEvent(t, m_subscribe);
            client->SetEvent(t, m_subscribe);
        }
        listener->SetPartialDeliveryPoint(4000);
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        Ptr<SctpSocket> server;
        const uint32_t size = 1000000;
        std::vector<uint8_t> message = Message(1, size);
        std::vector<Item> onServer;
        std::vector<Item> onClient;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                server = DynamicCast<SctpSocket>(s);
                // The receiver reads as data arrives.
                server->SetRecvCallback(Callback<void, Ptr<Socket>>(
                    [&](Ptr<Socket>) { DrainRecvMsg(server, onServer); }));
                DrainRecvMsg(server, onServer); // COMM_UP is already queued
            }));
        client->SetRecvCallback(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket>) { DrainRecvMsg(client, onClient); }));
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       client->SendMsg(message, SctpSndInfo());
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });
        // 0.5 s into a 4 s transfer: part delivered, part in flight, most not sent.
        Simulator::Schedule(Seconds(1.5), [&]() {
            SctpSndInfo abort;
            abort.flags = SctpMsgFlags::ABORT;
            client->SendMsg({}, abort);
        });
        Simulator::Stop(Seconds(5));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_NE(server, nullptr, "accepted");
        uint64_t readBytes = 0;
        bool lastPieceOpen = false;
        std::vector<uint16_t> serverTypes;
        SctpNotification pd;
        for (const auto& it : onServer)
        {
            if (it.notification)
            {
                serverTypes.push_back(it.n.type);
                if (it.n.type == SctpNotification::PARTIAL_DELIVERY_EVENT)
                {
                    pd = it.n;
                }
                continue;
            }
            NS_TEST_ASSERT_MSG_EQ(
                std::equal(it.data.begin(), it.data.end(), message.begin() + readBytes),
                true,
                "piece at " << readBytes << " intact");
            readBytes += it.data.size();
            lastPieceOpen = !it.eor;
        }
        NS_TEST_ASSERT_MSG_GT(readBytes, 4000, "pieces were delivered");
        NS_TEST_ASSERT_MSG_LT(readBytes, size, "the message was cut short");
        NS_TEST_ASSERT_MSG_EQ(lastPieceOpen, true, "no EOR on the last piece");
        uint64_t sentFailed = 0;
        uint64_t unsentFailed = 0;
        uint32_t commLost = 0;
        for (const auto& it : onClient)
        {
            if (!it.notification)
            {
                continue;
            }
            if (it.n.type == SctpNotification::SEND_FAILED_EVENT)
            {
                (it.n.flags == SctpNotification::DATA_SENT ? sentFailed : unsentFailed) +=
                    it.n.data.size();
            }
            commLost += it.n.type == SctpNotification::ASSOC_CHANGE &&
                        it.n.state == SctpNotification::COMM_LOST;
        }
        if (!m_subscribe)
        {
            NS_TEST_ASSERT_MSG_EQ(serverTypes.size(), 0, "no notification at the server");
            NS_TEST_ASSERT_MSG_EQ(onClient.size(), 0, "none at the client");
            Simulator::Destroy();
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(serverTypes.size(), 3, "three notifications at the server");
        NS_TEST_ASSERT_MSG_EQ(serverTypes[0], SctpNotification::ASSOC_CHANGE, "COMM_UP");
        NS_TEST_ASSERT_MSG_EQ(serverTypes[1], SctpNotification::PARTIAL_DELIVERY_EVENT, "PD");
        NS_TEST_ASSERT_MSG_EQ(serverTypes[2], SctpNotification::ASSOC_CHANGE, "COMM_LOST");
        NS_TEST_ASSERT_MSG_EQ(pd.indication, SctpNotification::PARTIAL_DELIVERY_ABORTED, "aborted");
        NS_TEST_ASSERT_MSG_EQ(pd.streamId, 0, "on stream 0");
        NS_TEST_ASSERT_MSG_GT(sentFailed, 0, "DATA_SENT for chunks in flight");
        NS_TEST_ASSERT_MSG_GT(unsentFailed, 0, "DATA_UNSENT for the rest");
        NS_TEST_ASSERT_MSG_EQ(commLost, 1, "COMM_LOST at the client");
        // The receiver's bytes and the reported ones overlap only by what arrived but was not
        // acknowledged before the abort.
        NS_TEST_ASSERT_MSG_GT_OR_EQ(readBytes + sentFailed + unsentFailed,
                                    uint64_t(size),
                                    "every byte read or reported");
        NS_TEST_ASSERT_MSG_LT_OR_EQ(sentFailed + unsentFailed, uint64_t(size), "no double report");
        Simulator::Destroy();
    }

    bool m_subscribe; //!< subscribe to every type
};

/**
 * \ingroup sctp-test
 * \brief PEER_ADDR_CHANGE on two dual-homed hosts with the PF threshold at 1: the alternate is
 * confirmed by its heartbeat (ADDR_CONFIRMED), becomes the primary by SCTP_PRIMARY_ADDR
 * (ADDR_MADE_PRIM); back on path 0, a 100% loss makes path 0 potentially failed at its second
 * timeout (ADDR_POTENTIALLY_FAILED), then unreachable past Path.Max.Retrans (ADDR_UNREACHABLE);
 * when the loss ends a HEARTBEAT-ACK makes it available again (ADDR_AVAILABLE). Subscribed, the
 * client reads each of them in band with the address it concerns; not subscribed, none, while
 * the trace reports them all. Every message is checked.
 */
class SctpNotificationPeerAddrTestCase : public TestCase
{
  public:
    /**
     * \param [in] subscribe subscribe to PEER_ADDR_CHANGE
     */
    SctpNotificationPeerAddrTestCase(bool subscribe)
        : TestCase(subscribe
                       ? "PEER_ADDR_CHANGE: confirmed, made primary, PF, unreachable, available"
                       : "PEER_ADDR_CHANGE not subscribed: none"),
          m_subscribe(subscribe)
    {
    }

  private:
    void DoRun() override
    {
        Config::SetDefault("ns3::SctpL4Protocol::RtoMin", TimeValue(MilliSeconds(100)));
        Config::SetDefault("ns3::SctpL4Protocol::RtoInitial", TimeValue(MilliSeconds(100)));
        Config::SetDefault("ns3::SctpL4Protocol::RtoMax", TimeValue(MilliSeconds(400)));
        Config::SetDefault("ns3::SctpL4Protocol::PathPfThreshold", UintegerValue(1));
        Config::SetDefault("ns3::SctpL4Protocol::HeartbeatInterval", TimeValue(Seconds(1)));
        SctpMultihomingHelper mh;
        SctpMultihomingHelper::PathSpec spec;
        spec.dataRate = "10Mbps";
        spec.delay = MilliSeconds(10);
        Ptr<RateErrorModel> loss[2];
        for (int i = 0; i < 2; ++i)
        {
            loss[i] = CreateObject<RateErrorModel>();
            loss[i]->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
            loss[i]->SetRate(0);
        }
        spec.errorAtA = loss[0];
        spec.errorAtB = loss[1];
        mh.AddPath(spec);
        SctpMultihomingHelper::PathSpec alt;
        alt.dataRate = "10Mbps";
        alt.delay = MilliSeconds(20);
        mh.AddPath(alt);
        SctpMultihomingHelper::Hosts hosts = mh.Install();

        SctpCollectingListener listener(hosts.b, 9);
        const std::vector<std::vector<uint8_t>>& got = listener.messages;
        Ptr<SctpSocket> client =
            DynamicCast<SctpSocket>(Socket::CreateSocket(hosts.a, SctpSocketFactory::GetTypeId()));
        client->SetEvent(SctpNotification::PEER_ADDR_CHANGE, m_subscribe);
        client->Bind(InetSocketAddress(Ipv4Address::GetAny(), 0));
        std::multiset<uint32_t> traced;
        client->SetConnectCallback(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                DynamicCast<SctpSocketImpl>(client)->GetAssociation()->TraceConnectWithoutContext(
                    "Notification",
                    Callback<void, const SctpNotification&>([&](const SctpNotification& n) {
                        if (n.type == SctpNotification::PEER_ADDR_CHANGE)
                        {
                            traced.insert(n.state);
                        }
                    }));
            }),
            MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1), [&]() {
            client->Connect(InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[0]), 9));
        });
        // A message every 20 ms from 1.5 s to 9.5 s.
        uint32_t sent = 0;
        for (uint32_t i = 0; i < 400; ++i)
        {
            Simulator::Schedule(Seconds(1.5) + MilliSeconds(20 * i), [&, i]() {
                if (client->SendMsg(Message(i, 500), SctpSndInfo()) == 500)
                {
                    sent++;
                }
            });
        }
        Simulator::Schedule(Seconds(2), [&]() {
            client->SetPrimaryAddr(hosts.addressesB[1]); // ADDR_MADE_PRIM
        });
        Simulator::Schedule(Seconds(3), [&]() { client->SetPrimaryAddr(hosts.addressesB[0]); });
        Simulator::Schedule(Seconds(4), [&]() {
            loss[0]->SetRate(1);
            loss[1]->SetRate(1);
        });
        Simulator::Schedule(Seconds(7), [&]() {
            loss[0]->SetRate(0);
            loss[1]->SetRate(0);
        });
        std::vector<Item> onClient;
        Simulator::Schedule(Seconds(12), [&]() { DrainRecvMsg(client, onClient); });
        Simulator::Stop(Seconds(13));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(sent, 400u, "every message accepted");
        NS_TEST_ASSERT_MSG_EQ(got.size(), 400u, "every message delivered");
        for (uint32_t i = 0; i < got.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ((got[i] == Message(i, 500)), true, "message " << i << " intact");
        }
        const uint32_t expected[] = {SctpNotification::ADDR_CONFIRMED,
                                     SctpNotification::ADDR_MADE_PRIM,
                                     SctpNotification::ADDR_POTENTIALLY_FAILED,
                                     SctpNotification::ADDR_UNREACHABLE,
                                     SctpNotification::ADDR_AVAILABLE};
        for (uint32_t state : expected)
        {
            NS_TEST_ASSERT_MSG_GT(traced.count(state), 0u, "the trace saw state " << state);
        }
        std::multiset<uint32_t> read;
        for (const auto& it : onClient)
        {
            NS_TEST_ASSERT_MSG_EQ(it.notification, true, "only notifications at the client");
            NS_TEST_ASSERT_MSG_EQ(it.n.type, SctpNotification::PEER_ADDR_CHANGE, "type");
            read.insert(it.n.state);
            if (it.n.state == SctpNotification::ADDR_CONFIRMED)
            {
                NS_TEST_ASSERT_MSG_EQ(it.n.address, hosts.addressesB[1], "the alternate");
            }
            if (it.n.state == SctpNotification::ADDR_POTENTIALLY_FAILED)
            {
                NS_TEST_ASSERT_MSG_EQ(it.n.address, hosts.addressesB[0], "path 0");
            }
        }
        if (m_subscribe)
        {
            NS_TEST_ASSERT_MSG_EQ((read == traced), true, "every traced one read in band");
        }
        else
        {
            NS_TEST_ASSERT_MSG_EQ(read.size(), 0u, "none when not subscribed");
        }
        Simulator::Destroy();
        Config::Reset();
    }

    bool m_subscribe; //!< subscribe to PEER_ADDR_CHANGE
};

/**
 * \ingroup sctp-test
 * \brief ADAPTATION_INDICATION and AUTHENTICATION: the server announces Adaptation Code Point
 * 0x01020304 (SCTP_ADAPTATION_LAYER) and the client reads it in its ADAPTATION_INDICATION after
 * COMM_UP; the client's stack has AUTH off, so AUTH is not in use and both read an
 * AUTHENTICATION event with SCTP_AUTH_NO_AUTH (FreeBSD raises it whenever AUTH was not
 * negotiated, whichever side lacks it). Not subscribed: none.
 */
class SctpNotificationAdaptationAuthTestCase : public TestCase
{
  public:
    /**
     * \param [in] subscribe subscribe to both types
     */
    SctpNotificationAdaptationAuthTestCase(bool subscribe)
        : TestCase(subscribe ? "ADAPTATION_INDICATION and AUTHENTICATION (no AUTH at the peer)"
                             : "ADAPTATION_INDICATION and AUTHENTICATION not subscribed: none"),
          m_subscribe(subscribe)
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net;
        net.l4[0]->SetAttribute("AuthEnable", BooleanValue(false));
        Ptr<SctpSocket> listener = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(1), SctpSocketFactory::GetTypeId()));
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));
        for (auto s : {listener, client})
        {
            s->SetEvent(SctpNotification::ADAPTATION_INDICATION, m_subscribe);
            s->SetEvent(SctpNotification::AUTHENTICATION_EVENT, m_subscribe);
            s->SetEvent(SctpNotification::ASSOC_CHANGE, m_subscribe);
        }
        uint32_t code = 0;
        NS_TEST_ASSERT_MSG_EQ(listener->GetAdaptationLayer(code), -1, "none set yet");
        NS_TEST_ASSERT_MSG_EQ(listener->SetAdaptationLayer(0x01020304), 0, "SCTP_ADAPTATION_LAYER");
        NS_TEST_ASSERT_MSG_EQ(listener->GetAdaptationLayer(code), 0, "read back");
        NS_TEST_ASSERT_MSG_EQ(code, 0x01020304u, "read back");
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        Ptr<SctpSocket> server;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>(
                [&](Ptr<Socket> s, const Address&) { server = DynamicCast<SctpSocket>(s); }));
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });
        std::vector<Item> onServer;
        std::vector<Item> onClient;
        Simulator::Schedule(Seconds(2), [&]() {
            DrainRecvMsg(server, onServer);
            DrainRecvMsg(client, onClient);
        });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        Simulator::Destroy();

        if (!m_subscribe)
        {
            NS_TEST_ASSERT_MSG_EQ(onServer.size() + onClient.size(), 0u, "nothing");
            return;
        }
        // FreeBSD's order at COMM_UP: the association, the peer's adaptation code, then NO_AUTH
        // whenever AUTH is not in use (here the client's own AUTH is off).
        NS_TEST_ASSERT_MSG_EQ(onClient.size(), 3u, "COMM_UP, ADAPTATION_INDICATION, NO_AUTH");
        NS_TEST_ASSERT_MSG_EQ(onClient[0].n.type, SctpNotification::ASSOC_CHANGE, "COMM_UP");
        NS_TEST_ASSERT_MSG_EQ(onClient[1].n.type, SctpNotification::ADAPTATION_INDICATION, "then");
        NS_TEST_ASSERT_MSG_EQ(onClient[1].n.indication, 0x01020304u, "the code point");
        NS_TEST_ASSERT_MSG_EQ(onClient[2].n.type, SctpNotification::AUTHENTICATION_EVENT, "AUTH");
        NS_TEST_ASSERT_MSG_EQ(onClient[2].n.indication, SctpNotification::AUTH_NO_AUTH, "none");
        NS_TEST_ASSERT_MSG_EQ(onServer.size(), 2u, "COMM_UP and AUTHENTICATION");
        NS_TEST_ASSERT_MSG_EQ(onServer[1].n.type, SctpNotification::AUTHENTICATION_EVENT, "AUTH");
        NS_TEST_ASSERT_MSG_EQ(onServer[1].n.indication, SctpNotification::AUTH_NO_AUTH, "no AUTH");
    }

    bool m_subscribe; //!< subscribe to both types
};

/**
 * \ingroup sctp-test
 * \brief The reconfiguration and key events, subscribed or not. The client resets its outgoing
 * stream 0, adds one stream each way, resets the association, then switches to shared key 1 and
 * deactivates key 0 (the server asks for authenticated DATA and allows every request). The
 * association's Notification trace sees, at the client, STREAM_RESET, two STREAM_CHANGE,
 * ASSOC_RESET and AUTHENTICATION (free key 0); at the server, STREAM_RESET, two STREAM_CHANGE,
 * ASSOC_RESET and AUTHENTICATION (new key 1). Subscribed, RecvMsg returns exactly those events
 * at each end; not subscribed, none of them, while the trace sees the same. The three messages
 * arrive intact either way.
 */
class SctpNotificationReconfigAuthTestCase : public TestCase
{
  public:
    /// \param [in] subscribe subscribe to the four types
    SctpNotificationReconfigAuthTestCase(bool subscribe)
        : TestCase(subscribe ? "reconfiguration and key events when subscribed"
                             : "reconfiguration and key events absent when not subscribed"),
          m_subscribe(subscribe)
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
        const std::vector<uint8_t> key{9, 8, 7, 6};
        listener->SetEnableStreamReset(0x07);
        listener->SetAuthChunk(SctpChunk::DATA);
        for (Ptr<SctpSocket> s : {listener, client})
        {
            s->SetAuthKey({0, 1, key});
            for (uint16_t t : {SctpNotification::STREAM_RESET_EVENT,
                               SctpNotification::ASSOC_RESET_EVENT,
                               SctpNotification::STREAM_CHANGE_EVENT,
                               SctpNotification::AUTHENTICATION_EVENT})
            {
                s->SetEvent(t, m_subscribe);
            }
        }
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        Ptr<SctpSocket> server;
        std::multiset<uint32_t> traced[2]; // type << 16 | flags or indication; [0] client
        auto key32 = [](const SctpNotification& n) {
            uint32_t detail =
                n.type == SctpNotification::AUTHENTICATION_EVENT ? n.indication : n.flags;
            return uint32_t(n.type) << 16 | detail;
        };
        auto watch = [&](Ptr<Socket> s, uint32_t side) {
            DynamicCast<SctpSocketImpl>(s)->GetAssociation()->TraceConnectWithoutContext(
                "Notification",
                Callback<void, const SctpNotification&>([&, side](const SctpNotification& n) {
                    if (n.type != SctpNotification::ASSOC_CHANGE &&
                        n.type != SctpNotification::SENDER_DRY_EVENT)
                    {
                        traced[side].insert(key32(n));
                    }
                }));
        };
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                server = DynamicCast<SctpSocket>(s);
                watch(s, 1);
            }));
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) {
                                       watch(s, 0);
                                       client->SendMsg(Message(0, 500), SctpSndInfo());
                                       client->SendMsg(Message(1, 501), SctpSndInfo());
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });
        int results[5] = {-2, -2, -2, -2, -2};
        Simulator::Schedule(Seconds(1.5), [&]() { results[0] = client->ResetStreams({0}, 0x02); });
        Simulator::Schedule(Seconds(2), [&]() { results[1] = client->AddStreams(1, 1); });
        Simulator::Schedule(Seconds(2.5), [&]() { results[2] = client->ResetAssoc(); });
        Simulator::Schedule(Seconds(3), [&]() {
            results[3] = client->SetAuthActiveKey({0, 1});
            results[4] = client->DeactivateAuthKey({0, 0});
            client->SendMsg(Message(2, 502), SctpSndInfo());
        });
        std::vector<Item> items[2];
        Simulator::Schedule(Seconds(5), [&]() {
            DrainRecvMsg(client, items[0]);
            DrainRecvMsg(server, items[1]);
        });
        Simulator::Stop(Seconds(6));
        Simulator::Run();
        Simulator::Destroy();

        for (int r : results)
        {
            NS_TEST_ASSERT_MSG_EQ(r, 0, "every request accepted");
        }
        auto k = [](uint16_t type, uint32_t detail) { return uint32_t(type) << 16 | detail; };
        std::multiset<uint32_t> expected[2];
        expected[0] = {
            k(SctpNotification::STREAM_RESET_EVENT, SctpNotification::STREAM_RESET_OUTGOING_SSN),
            k(SctpNotification::STREAM_CHANGE_EVENT, 0),
            k(SctpNotification::STREAM_CHANGE_EVENT, 0),
            k(SctpNotification::ASSOC_RESET_EVENT, 0),
            k(SctpNotification::AUTHENTICATION_EVENT, SctpNotification::AUTH_FREE_KEY)};
        expected[1] = {
            k(SctpNotification::STREAM_RESET_EVENT, SctpNotification::STREAM_RESET_INCOMING_SSN),
            k(SctpNotification::STREAM_CHANGE_EVENT, 0),
            k(SctpNotification::STREAM_CHANGE_EVENT, 0),
            k(SctpNotification::ASSOC_RESET_EVENT, 0),
            k(SctpNotification::AUTHENTICATION_EVENT, SctpNotification::AUTH_NEW_KEY)};
        for (uint32_t side = 0; side < 2; ++side)
        {
            NS_TEST_ASSERT_MSG_EQ((traced[side] == expected[side]),
                                  true,
                                  "traced events at " << (side ? "the server" : "the client"));
            std::multiset<uint32_t> inBand;
            std::vector<std::vector<uint8_t>> data;
            for (const auto& it : items[side])
            {
                if (!it.notification)
                {
                    data.push_back(it.data);
                }
                else if (it.n.type != SctpNotification::ASSOC_CHANGE &&
                         it.n.type != SctpNotification::SENDER_DRY_EVENT)
                {
                    inBand.insert(key32(it.n));
                }
            }
            NS_TEST_ASSERT_MSG_EQ(
                (inBand == (m_subscribe ? expected[side] : std::multiset<uint32_t>())),
                true,
                "in band at " << (side ? "the server" : "the client"));
            if (side == 1)
            {
                NS_TEST_ASSERT_MSG_EQ(data.size(), 3u, "three messages");
                for (uint32_t i = 0; i < data.size(); ++i)
                {
                    NS_TEST_ASSERT_MSG_EQ((data[i] == Message(i, 500 + i)), true, "intact");
                }
            }
        }
    }

    bool m_subscribe; //!< subscribe to the four types
};

/**
 * \ingroup sctp-test
 * \brief Notifications in band.
 */
class SctpNotificationsTestSuite : public TestSuite
{
  public:
    SctpNotificationsTestSuite()
        : TestSuite("sctp-notifications", SYSTEM)
    {
        AddTestCase(new SctpNotificationOrderTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpNotificationOrderTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpNotificationAbortTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpNotificationAbortTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpNotificationPeerAddrTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpNotificationPeerAddrTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpNotificationAdaptationAuthTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpNotificationAdaptationAuthTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpNotificationReconfigAuthTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpNotificationReconfigAuthTestCase(false), TestCase::QUICK);
    }
};

static SctpNotificationsTestSuite g_sctpNotificationsTestSuite; //!< the suite
