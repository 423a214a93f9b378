/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// AUTH (RFC 4895) between two stacks: negotiated by default (FreeBSD's auth_enable), DATA
// authenticated when the receiver asks for it with SCTP_AUTH_CHUNK, forged chunks discarded,
// endpoint-pair shared keys and their events.
// Every message is checked.

#include "sctp-collecting-listener.h"
#include "sctp-packet-filter.h"
#include "sctp-two-nodes.h"

#include "ns3/test.h"

using namespace ns3;

namespace
{

/**
 * \param [in] i message number
 * \return its 800 bytes
 */
std::vector<uint8_t>
Msg(uint32_t i)
{
    std::vector<uint8_t> m(800);
    for (uint32_t k = 0; k < m.size(); ++k)
    {
        m[k] = static_cast<uint8_t>(i * 17 + k * 3);
    }
    return m;
}

} // namespace

/**
 * \ingroup sctp-test
 * \brief The server asks for DATA to be authenticated (SCTP_AUTH_CHUNK DATA): both ends derive
 * the same association key, the client puts an AUTH chunk (HMAC-SHA-256, the first of
 * FreeBSD's list, shared key 0) before the DATA of every packet it sends, and SCTP_PEER_AUTH_CHUNKS
 * shows what each side asked for (FreeBSD's default ASCONF and ASCONF-ACK, plus DATA at the
 * server). Forged packets injected into the server with the right ports and tag are discarded:
 * DATA after an AUTH whose HMAC is wrong, and DATA without AUTH, both with a TSN ahead of the
 * transfer and bytes that would corrupt it. With auth_enable off at one end AUTH is not used.
 */
class SctpAuthDataTestCase : public TestCase
{
  public:
    /**
     * \param [in] enabled auth_enable at the client
     */
    SctpAuthDataTestCase(bool enabled)
        : TestCase(enabled ? "AUTH: DATA authenticated, forgeries discarded"
                           : "AUTH off at one end: not used"),
          m_enabled(enabled)
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net;
        net.l4[0]->SetAttribute("AuthEnable", BooleanValue(m_enabled));
        SctpCollectingListener listener(net.nodes.Get(1), 9);
        const std::vector<std::vector<uint8_t>>& got = listener.messages;
        Ptr<SctpSocket>& server = listener.accepted;
        NS_TEST_ASSERT_MSG_EQ(listener.socket->SetAuthChunk(SctpChunk::DATA), 0, "AUTH_CHUNK");
        NS_TEST_ASSERT_MSG_EQ(listener.socket->SetAuthChunk(SctpChunk::INIT), -1, "never INIT");
        NS_TEST_ASSERT_MSG_EQ(listener.socket->SetHmacIdent({3}), -1, "SHA-1 must be offered");
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));

        // What reaches the server: packets with DATA, and whether an AUTH led them.
        uint32_t dataPackets = 0;
        uint32_t authFirst = 0;
        uint16_t hmacId = 0;
        uint32_t lastTsn = 0;
        net.l4[1]->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>>([&](Ptr<const Packet> p) {
                std::vector<uint8_t> b(p->GetSize());
                p->CopyData(b.data(), b.size());
                SctpPacket packet;
                std::string error;
                if (!SctpPacket::Deserialize(b.data(), b.size(), packet, error))
                {
                    return;
                }
                const auto& chunks = packet.GetChunks();
                for (size_t i = 0; i < chunks.size(); ++i)
                {
                    if (chunks[i]->GetType() == SctpChunk::DATA)
                    {
                        dataPackets++;
                        if (i > 0 && chunks[i - 1]->GetType() == SctpChunk::AUTH)
                        {
                            authFirst++;
                            hmacId = DynamicCast<SctpAuthChunk>(chunks[i - 1])->GetHmacId();
                        }
                        lastTsn = DynamicCast<SctpDataChunk>(chunks[i])->GetTsn();
                        break;
                    }
                }
            }));
        std::vector<std::string> drops;
        net.l4[1]->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, std::string>(
                [&](Ptr<const Packet>, std::string reason) { drops.push_back(reason); }));

        const uint32_t n = 200;
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       for (uint32_t i = 0; i < n / 2; ++i)
                                       {
                                           client->SendMsg(Msg(i), SctpSndInfo());
                                       }
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });

        // Forgeries, between the two halves of the transfer.
        auto forge = [&](bool withAuth) {
            Ptr<SctpAssociation> a = DynamicCast<SctpSocketImpl>(server)->GetAssociation();
            SctpPacket f;
            f.SetSourcePort(a->GetPeerPort());
            f.SetDestinationPort(a->GetLocalPort());
            f.SetVerificationTag(a->GetLocalTag());
            Ptr<SctpDataChunk> d = Create<SctpDataChunk>();
            d->SetTsn(lastTsn + 3); // a TSN the client will use: accepted, it would corrupt
            d->SetBeginning(true);
            d->SetEnd(true);
            d->SetUserData(std::vector<uint8_t>(800, 0xee));
            if (withAuth)
            {
                Ptr<SctpAuthChunk> auth = Create<SctpAuthChunk>();
                auth->SetHmacId(3);
                auth->SetHmac(std::vector<uint8_t>(32, 0x5a));
                f.AddChunk(auth);
            }
            f.AddChunk(d);
            std::vector<uint8_t> bytes = f.Serialize(false);
            Ipv4Header h;
            h.SetSource(Ipv4Address("10.1.1.1"));
            h.SetDestination(net.serverIp);
            h.SetProtocol(132);
            net.l4[1]->Receive(Create<Packet>(bytes.data(), bytes.size()), h, nullptr);
        };
        uint32_t forgedAt = 0;
        Simulator::Schedule(Seconds(1.5), [&]() {
            if (m_enabled && server)
            {
                forgedAt = lastTsn;
                forge(true);
                forge(false);
            }
            for (uint32_t i = n / 2; i < n; ++i)
            {
                client->SendMsg(Msg(i), SctpSndInfo());
            }
        });
        bool keysEqual = false;
        bool clientActive = true;
        std::vector<uint8_t> peerChunks;
        Simulator::Schedule(Seconds(4), [&]() {
            const SctpAuth& c = DynamicCast<SctpSocketImpl>(client)->GetAssociation()->GetAuth();
            const SctpAuth& s = DynamicCast<SctpSocketImpl>(server)->GetAssociation()->GetAuth();
            clientActive = c.IsActive() && s.IsActive();
            keysEqual = c.GetKey() == s.GetKey() && !c.GetKey().empty();
            client->GetPeerAuthChunks(peerChunks);
        });
        Simulator::Stop(Seconds(5));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(got.size(), n, "every message delivered");
        for (uint32_t i = 0; i < got.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ((got[i] == Msg(i)), true, "message " << i << " intact");
        }
        NS_TEST_ASSERT_MSG_GT(dataPackets, 0u, "DATA seen");
        if (!m_enabled)
        {
            NS_TEST_ASSERT_MSG_EQ(clientActive, false, "AUTH not negotiated");
            NS_TEST_ASSERT_MSG_EQ(authFirst, 0u, "no AUTH chunk");
            Simulator::Destroy();
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(clientActive, true, "AUTH negotiated at both ends");
        NS_TEST_ASSERT_MSG_EQ(keysEqual, true, "the same association key");
        // The two forged packets reached the server's stack too; the others all had AUTH.
        NS_TEST_ASSERT_MSG_EQ(authFirst, dataPackets - 1, "AUTH before the DATA of every packet");
        NS_TEST_ASSERT_MSG_EQ(hmacId, 3, "HMAC-SHA-256");
        NS_TEST_ASSERT_MSG_GT(forgedAt, 0u, "forgeries injected");
        std::vector<uint8_t> expected{0xc1, 0x80, SctpChunk::DATA};
        NS_TEST_ASSERT_MSG_EQ((peerChunks == expected), true, "SCTP_PEER_AUTH_CHUNKS");
        uint32_t badHmac = 0;
        uint32_t noAuth = 0;
        for (const auto& r : drops)
        {
            badHmac += r.find("HMAC does not match") != std::string::npos;
            noAuth += r.find("without a valid AUTH") != std::string::npos;
        }
        NS_TEST_ASSERT_MSG_EQ(badHmac, 1u, "the forged AUTH was caught");
        NS_TEST_ASSERT_MSG_EQ(noAuth, 1u, "the DATA without AUTH was discarded");
        Simulator::Destroy();
    }

    bool m_enabled; //!< auth_enable at the client
};

/**
 * \ingroup sctp-test
 * \brief Endpoint-pair shared keys (RFC 4895 §6.1, RFC 6458 §8.1.20-8.3.4) between two stacks
 * over a 10 Mb/s, 20 ms link; the server asks for DATA to be authenticated and both endpoints
 * set keys 1 and 2 before the association exists (the accepted association inherits the
 * listener's). The client sends 50 messages under key 0, then, at 2 s, queues 50 more,
 * makes key 1 active and deactivates key 0 while DATA signed with it is in flight.
 *
 * Expected, from the RFCs and FreeBSD's rules: AUTH chunks name key 0, then key 1, never 0
 * again; the server reports SCTP_AUTH_NEW_KEY for key 1 once (its initial receive key is 0, so
 * key 0 raised none); the client reports SCTP_AUTH_FREE_KEY for key 0 only after the server has
 * received the last DATA signed with it and a SACK had time to come back (one-way delay);
 * the active key cannot be deleted or deactivated, a deactivated key cannot be replaced
 * (ERROR_AGAIN), unknown keys are refused, unused key 2 can be deleted.
 *
 * With \p mismatch the server holds other bytes under key 1: DATA signed with it is discarded
 * ("HMAC does not match", no NEW_KEY), until the client makes key 0 active again at 3 s and
 * the retransmissions get through. Either way every message arrives intact and in order.
 */
class SctpAuthSharedKeyTestCase : public TestCase
{
  public:
    /**
     * \param [in] mismatch the server's key 1 differs from the client's
     */
    SctpAuthSharedKeyTestCase(bool mismatch)
        : TestCase(mismatch ? "AUTH: a key the peer holds differently, then back to key 0"
                            : "AUTH: shared keys, active key switch, NEW_KEY and FREE_KEY"),
          m_mismatch(mismatch)
    {
    }

  private:
    /// An AUTHENTICATION event and when it was read.
    struct Event
    {
        Time at;             //!< when
        uint32_t indication; //!< SCTP_AUTH_NEW_KEY, SCTP_AUTH_FREE_KEY, ...
        uint16_t key;        //!< auth_keynumber
    };

    /**
     * \param [in] s a socket
     * \param [out] events its AUTHENTICATION events
     * \param [out] data its messages
     */
    static void Drain(Ptr<Socket> s,
                      std::vector<Event>& events,
                      std::vector<std::vector<uint8_t>>* data)
    {
        Ptr<SctpSocket> sctp = DynamicCast<SctpSocket>(s);
        std::vector<uint8_t> bytes;
        SctpRcvInfo info;
        bool eor = false;
        while (sctp->RecvMsg(bytes, info, eor) > 0)
        {
            if (info.flags & SctpMsgFlags::NOTIFICATION)
            {
                SctpNotification n;
                if (SctpNotification::Deserialize(bytes, n) &&
                    n.type == SctpNotification::AUTHENTICATION_EVENT)
                {
                    events.push_back({Simulator::Now(), n.indication, n.keyNumber});
                }
            }
            else if (data)
            {
                data->push_back(bytes);
            }
        }
    }

    void DoRun() override
    {
        SctpTwoNodes net("10Mbps", MilliSeconds(20));
        const std::vector<uint8_t> key1{'k', 'e', 'y', ' ', 'o', 'n', 'e'};
        const std::vector<uint8_t> key1Server =
            m_mismatch ? std::vector<uint8_t>{'o', 't', 'h', 'e', 'r'} : key1;
        const std::vector<uint8_t> key2{0x02, 0x02};

        Ptr<SctpSocket> listener = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(1), SctpSocketFactory::GetTypeId()));
        NS_TEST_ASSERT_MSG_EQ(listener->SetAuthChunk(SctpChunk::DATA), 0, "SCTP_AUTH_CHUNK");
        NS_TEST_ASSERT_MSG_EQ(listener->SetAuthKey({0, 1, key1Server}), 0, "key 1, endpoint");
        NS_TEST_ASSERT_MSG_EQ(listener->SetAuthKey({0, 2, key2}), 0, "key 2, endpoint");
        NS_TEST_ASSERT_MSG_EQ(listener->SetEvent(SctpNotification::AUTHENTICATION_EVENT, true),
                              0,
                              "subscribe");
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        listener->Listen();
        std::vector<std::vector<uint8_t>> got;
        std::vector<Event> serverEvents;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&](Ptr<Socket> s, const Address&) {
                s->SetRecvCallback(Callback<void, Ptr<Socket>>(
                    [&](Ptr<Socket> r) { Drain(r, serverEvents, &got); }));
            }));

        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));
        client->SetAuthKey({0, 1, key1});
        client->SetAuthKey({0, 2, key2});
        client->SetEvent(SctpNotification::AUTHENTICATION_EVENT, true);
        std::vector<Event> clientEvents;
        client->SetRecvCallback(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket> r) { Drain(r, clientEvents, nullptr); }));

        // Key identifiers of the AUTH chunks before DATA, in arrival order, and the last TSN
        // the server received under key 0.
        std::vector<uint16_t> keys;
        Time lastKey0At;
        net.l4[1]->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>>([&](Ptr<const Packet> p) {
                std::vector<uint8_t> b(p->GetSize());
                p->CopyData(b.data(), b.size());
                SctpPacket packet;
                std::string error;
                if (!SctpPacket::Deserialize(b.data(), b.size(), packet, error))
                {
                    return;
                }
                const auto& chunks = packet.GetChunks();
                for (size_t i = 1; i < chunks.size(); ++i)
                {
                    if (chunks[i]->GetType() == SctpChunk::DATA &&
                        chunks[i - 1]->GetType() == SctpChunk::AUTH)
                    {
                        uint16_t k = DynamicCast<SctpAuthChunk>(chunks[i - 1])->GetSharedKeyId();
                        if (keys.empty() || keys.back() != k)
                        {
                            keys.push_back(k);
                        }
                        if (k == 0)
                        {
                            lastKey0At = Simulator::Now();
                        }
                        break;
                    }
                }
            }));
        std::vector<std::string> drops;
        net.l4[1]->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, std::string>(
                [&](Ptr<const Packet>, std::string reason) { drops.push_back(reason); }));

        const uint32_t n = 100;
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       for (uint32_t i = 0; i < n / 2; ++i)
                                       {
                                           client->SendMsg(Msg(i), SctpSndInfo());
                                       }
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });

        Time deactivatedAt;
        std::vector<int> results;
        SctpAuthKeyId active;
        Simulator::Schedule(Seconds(2), [&]() {
            for (uint32_t i = n / 2; i < n; ++i)
            {
                client->SendMsg(Msg(i), SctpSndInfo()); // the first window goes under key 0
            }
            results.push_back(client->SetAuthActiveKey({0, 1}));
            results.push_back(client->DeactivateAuthKey({0, 0}));
            deactivatedAt = Simulator::Now();
            results.push_back(client->DeleteAuthKey({0, 1}));     // active
            results.push_back(client->DeactivateAuthKey({0, 1})); // active
            results.push_back(client->SetAuthKey({0, 0, key2}));  // deactivated
            results.push_back(client->GetErrno() == Socket::ERROR_AGAIN ? 1 : 0);
            results.push_back(client->DeleteAuthKey({0, 2}));     // unused
            results.push_back(client->SetAuthActiveKey({0, 2}));  // deleted
            results.push_back(client->DeactivateAuthKey({0, 9})); // unknown
            client->GetAuthActiveKey(active);
        });
        if (m_mismatch)
        {
            // Key 0 is deactivated but no longer in use: it may be made active again.
            Simulator::Schedule(Seconds(3), [&]() {
                results.push_back(client->SetAuthActiveKey({0, 0}));
            });
        }
        Simulator::Stop(Seconds(m_mismatch ? 8 : 4));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(got.size(), n, "every message delivered");
        for (uint32_t i = 0; i < got.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ((got[i] == Msg(i)), true, "message " << i << " intact");
        }
        std::vector<int> expected{0, 0, -1, -1, -1, 1, 0, -1, -1};
        if (m_mismatch)
        {
            expected.push_back(0);
        }
        NS_TEST_ASSERT_MSG_EQ((results == expected), true, "the option results");
        NS_TEST_ASSERT_MSG_EQ(active.keyNumber, 1, "SCTP_AUTH_ACTIVE_KEY reads 1");

        uint32_t badHmac = 0;
        for (const auto& r : drops)
        {
            badHmac += r.find("HMAC does not match") != std::string::npos;
        }
        std::vector<uint16_t> newKeys;
        for (const auto& e : serverEvents)
        {
            if (e.indication == SctpNotification::AUTH_NEW_KEY)
            {
                newKeys.push_back(e.key);
            }
        }
        // FREE_KEY for key 0 at the client.
        Time freedAt;
        uint32_t freed = 0;
        for (const auto& e : clientEvents)
        {
            if (e.indication == SctpNotification::AUTH_FREE_KEY && e.key == 0)
            {
                freed++;
                freedAt = e.at;
            }
        }
        NS_TEST_ASSERT_MSG_EQ(freed, 1u, "SCTP_AUTH_FREE_KEY for key 0, once");
        NS_TEST_ASSERT_MSG_GT(freedAt, deactivatedAt, "not at the deactivation: DATA in flight");
        if (!m_mismatch)
        {
            std::vector<uint16_t> order{0, 1};
            NS_TEST_ASSERT_MSG_EQ((keys == order), true, "key 0, then key 1, never 0 again");
            NS_TEST_ASSERT_MSG_EQ(badHmac, 0u, "no HMAC failure");
            NS_TEST_ASSERT_MSG_EQ((newKeys == std::vector<uint16_t>{1}), true, "NEW_KEY 1, once");
            NS_TEST_ASSERT_MSG_GT_OR_EQ(freedAt,
                                        lastKey0At + MilliSeconds(20),
                                        "freed once the last key-0 DATA was acknowledged");
        }
        else
        {
            std::vector<uint16_t> order{0, 1, 0};
            NS_TEST_ASSERT_MSG_EQ((keys == order), true, "key 0, key 1, key 0 again");
            NS_TEST_ASSERT_MSG_GT(badHmac, 0u, "DATA under the other key 1 discarded");
            NS_TEST_ASSERT_MSG_EQ(newKeys.empty(), true, "no NEW_KEY for an HMAC that failed");
        }
        Simulator::Destroy();
    }

    bool m_mismatch; //!< the server's key 1 differs
};

/**
 * \ingroup sctp-test
 * \brief A listener that asks for COOKIE-ECHO to be authenticated (SCTP_AUTH_CHUNK 0x0a, RFC
 * 4895 §6.3): the client puts AUTH before its COOKIE-ECHO, which the listener checks with the
 * keys the cookie carries, and the association comes up and carries 20 messages intact. The
 * same COOKIE-ECHO without the AUTH (the signed packet lost, the bare chunk sent instead) is
 * discarded: no COOKIE-ACK answers it.
 */
class SctpAuthCookieEchoTestCase : public TestCase
{
  public:
    /// \param [in] strip remove the AUTH before the COOKIE-ECHO on the way
    explicit SctpAuthCookieEchoTestCase(bool strip)
        : TestCase(strip ? "COOKIE-ECHO without the AUTH the listener asks for: discarded"
                         : "COOKIE-ECHO authenticated with the cookie's keys"),
          m_strip(strip)
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net;
        SctpCollectingListener listener(net.nodes.Get(1), 9);
        const std::vector<std::vector<uint8_t>>& got = listener.messages;
        NS_TEST_ASSERT_MSG_EQ(listener.socket->SetAuthChunk(SctpChunk::COOKIE_ECHO),
                              0,
                              "AUTH_CHUNK");
        // What reaches the server: an AUTH right before the COOKIE-ECHO?
        uint32_t authedEchoes = 0;
        uint32_t cookieAcks = 0;
        bool strip = m_strip;
        uint32_t bareEchoes = 0;
        Ptr<SctpTestPacketFilter> atServer = CreateObject<SctpTestPacketFilter>();
        atServer->SetFilter([&, strip](const SctpPacket& p) {
            const auto& c = p.GetChunks();
            if (c.size() >= 2 && c[0]->GetType() == SctpChunk::AUTH &&
                c[1]->GetType() == SctpChunk::COOKIE_ECHO)
            {
                authedEchoes++;
                if (strip)
                {
                    // The same COOKIE-ECHO arrives again without its AUTH.
                    SctpPacket bare;
                    bare.SetSourcePort(p.GetSourcePort());
                    bare.SetDestinationPort(p.GetDestinationPort());
                    bare.SetVerificationTag(p.GetVerificationTag());
                    bare.AddChunk(c[1]);
                    Simulator::ScheduleNow([&net, bare]() {
                        net.l4[0]->SendPacket(bare, Ipv4Address("10.1.1.1"), net.serverIp);
                    });
                }
                return strip;
            }
            bareEchoes += !c.empty() && c[0]->GetType() == SctpChunk::COOKIE_ECHO;
            return false;
        });
        Ptr<SctpTestPacketFilter> atClient = CreateObject<SctpTestPacketFilter>();
        atClient->SetFilter([&cookieAcks](const SctpPacket& p) {
            cookieAcks += FindChunk(p, SctpChunk::COOKIE_ACK) != nullptr;
            return false;
        });
        net.devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(atServer));
        net.devices.Get(0)->SetAttribute("ReceiveErrorModel", PointerValue(atClient));
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));
        auto message = [](uint32_t i) { return std::vector<uint8_t>(300, uint8_t(i * 5 + 2)); };
        client->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                                       for (uint32_t i = 0; i < 20; ++i)
                                       {
                                           client->SendMsg(message(i), SctpSndInfo());
                                       }
                                   }),
                                   MakeNullCallback<void, Ptr<Socket>>());
        Simulator::Schedule(Seconds(1),
                            [&]() { client->Connect(InetSocketAddress(net.serverIp, 9)); });
        Simulator::Stop(Seconds(2.5));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_GT(authedEchoes, 0u, "the client signs its COOKIE-ECHO");
        if (m_strip)
        {
            NS_TEST_ASSERT_MSG_EQ(bareEchoes, authedEchoes, "each arrived again without AUTH");
            NS_TEST_ASSERT_MSG_EQ(cookieAcks, 0u, "never answered");
            NS_TEST_ASSERT_MSG_EQ(got.size(), 0u, "nothing delivered");
        }
        else
        {
            NS_TEST_ASSERT_MSG_EQ(cookieAcks, 1u, "COOKIE-ACK");
            NS_TEST_ASSERT_MSG_EQ(got.size(), 20u, "every message");
            for (uint32_t i = 0; i < got.size(); ++i)
            {
                NS_TEST_ASSERT_MSG_EQ((got[i] == message(i)), true, "message " << i << " intact");
            }
        }
        client = nullptr;
        Simulator::Destroy();
    }

    bool m_strip; //!< drop the signed COOKIE-ECHO packets on the way
};

/**
 * \ingroup sctp-test
 * \brief AUTH.
 */
class SctpAuthTestSuite : public TestSuite
{
  public:
    SctpAuthTestSuite()
        : TestSuite("sctp-auth", SYSTEM)
    {
        AddTestCase(new SctpAuthDataTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpAuthDataTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpAuthSharedKeyTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpAuthSharedKeyTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpAuthCookieEchoTestCase(false), TestCase::QUICK);
        AddTestCase(new SctpAuthCookieEchoTestCase(true), TestCase::QUICK);
    }
};

static SctpAuthTestSuite g_sctpAuthTestSuite; //!< the suite
