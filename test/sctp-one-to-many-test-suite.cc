/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// One-to-many (SOCK_SEQPACKET) sockets, RFC 6458 §3: a thousand associations on one server
// socket set up implicitly with their first message on the COOKIE-ECHO, association ids,
// SendMsg / RecvFrom per association, SCTP_AUTOCLOSE, sctp_peeloff, per-association options.
// Every message's bytes are checked.

#include "sctp-two-nodes.h"

#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"
#include "ns3/test.h"

#include <algorithm>
#include <map>
#include <set>

using namespace ns3;

namespace
{

/**
 * \param [in] sender who sends
 * \param [in] size message size
 * \return the message sender number \p sender sends: its number, then a pattern of it
 */
std::vector<uint8_t>
MessageOf(uint32_t sender, uint32_t size)
{
    std::vector<uint8_t> m(size);
    for (uint32_t k = 0; k < size; ++k)
    {
        m[k] = static_cast<uint8_t>(sender * 31 + k * 7);
    }
    m[0] = static_cast<uint8_t>(sender >> 8);
    m[1] = static_cast<uint8_t>(sender);
    return m;
}

} // namespace

/**
 * \ingroup sctp-test
 * \brief 1,000 client one-to-many sockets each SendTo one 1,000-byte message to one server
 * one-to-many socket: each association is set up implicitly and its message rides on the
 * COOKIE-ECHO (RFC 9260 §5.1 C; the seed: "the only one capable of sending data on the third
 * leg"), so the server sees 1,000 COOKIE-ECHO packets carrying DATA, 1,000 distinct ids (from 3,
 * as FreeBSD numbers them), 1,000 COMM_UP notifications, and reads every message intact with
 * RecvFrom naming the right peer. It answers each with SendMsg on the association's id; each
 * client gets its own message back, then one SCTP_SENDALL message of sendall_limit (1432)
 * bytes (one byte more is refused). Closing the server shuts all 1,000 down gracefully.
 */
class SctpOneToManyThousandTestCase : public TestCase
{
  public:
    SctpOneToManyThousandTestCase()
        : TestCase("1000 associations on one socket, implicit setup, data on COOKIE-ECHO")
    {
    }

  private:
    void DoRun() override
    {
        const uint32_t n = 1000;
        const uint32_t size = 1000;
        SctpTwoNodes net;
        Ptr<SctpSocket> server = net.OneToMany(1);
        NS_TEST_ASSERT_MSG_EQ(server->GetSocketType(), Socket::NS3_SOCK_SEQPACKET, "SEQPACKET");
        NS_TEST_ASSERT_MSG_EQ(server->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9)), 0, "bind");
        NS_TEST_ASSERT_MSG_EQ(server->Listen(), 0, "listen");
        server->SetEvent(SctpNotification::ASSOC_CHANGE, true);

        uint32_t cookieEchoWithData = 0;
        net.l4[1]->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>>([&](Ptr<const Packet> p) {
                std::vector<uint8_t> bytes(p->GetSize());
                p->CopyData(bytes.data(), bytes.size());
                SctpPacket packet;
                std::string error;
                if (SctpPacket::Deserialize(bytes.data(), bytes.size(), packet, error) &&
                    packet.GetChunks().size() > 1 &&
                    packet.GetChunks()[0]->GetType() == SctpChunk::COOKIE_ECHO &&
                    packet.GetChunks()[1]->GetType() == SctpChunk::DATA)
                {
                    cookieEchoWithData++;
                }
            }));

        std::set<SctpAssocId> ids;
        std::map<Address, uint32_t> senderOf; // peer socket address -> sender number
        uint32_t intact = 0;
        uint32_t commUp = 0;
        uint32_t shutdownComp = 0;
        std::string firstError;
        server->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) {
            SctpNotification note;
            while (server->RecvNotification(note) == 1)
            {
                commUp += (note.state == SctpNotification::COMM_UP);
                shutdownComp += (note.state == SctpNotification::SHUTDOWN_COMP);
            }
            Address from;
            while (Ptr<Packet> p = s->RecvFrom(65535, 0, from))
            {
                std::vector<uint8_t> got(p->GetSize());
                p->CopyData(got.data(), got.size());
                uint32_t sender = got.size() >= 2 ? (got[0] << 8 | got[1]) : n;
                if (sender >= n || got != MessageOf(sender, size))
                {
                    firstError = firstError.empty() ? "a message did not check out" : firstError;
                    continue;
                }
                intact++;
                senderOf[from] = sender;
                // The id of the association this came from: answer on it.
                std::vector<uint8_t> data;
                SctpSndInfo info;
                info.assocId = DynamicCast<SctpOneToManySocketImpl>(server)->GetAssocIdByPeer(from);
                ids.insert(info.assocId);
                if (server->SendMsg(got, info) != static_cast<int>(size))
                {
                    firstError = "SendMsg on the association failed";
                }
            }
        }));

        std::vector<Ptr<SctpSocket>> clients;
        std::vector<uint32_t> echoed(n, 0);
        std::vector<uint32_t> toAll(n, 0);
        for (uint32_t i = 0; i < n; ++i)
        {
            Ptr<SctpSocket> c = net.OneToMany(0);
            clients.push_back(c);
            c->SetRecvCallback(Callback<void, Ptr<Socket>>([&, i](Ptr<Socket> s) {
                while (Ptr<Packet> p = s->Recv())
                {
                    std::vector<uint8_t> got(p->GetSize());
                    p->CopyData(got.data(), got.size());
                    echoed[i] += (got == MessageOf(i, size));
                    toAll[i] += (got == MessageOf(n, 1432));
                }
            }));
            Simulator::Schedule(MilliSeconds(100 + i), [c, i, &net]() {
                std::vector<uint8_t> m = MessageOf(i, size);
                c->SendTo(Create<Packet>(m.data(), m.size()),
                          0,
                          InetSocketAddress(net.serverIp, 9));
            });
        }
        std::vector<SctpAssocId> listed;
        // SCTP_SENDALL: one message to every association, at most sendall_limit (1432) bytes.
        int sendAll = 0;
        bool tooBigRefused = false;
        Simulator::Schedule(Seconds(3), [&]() {
            SctpSndInfo info;
            info.flags = SctpMsgFlags::SENDALL;
            sendAll = server->SendMsg(MessageOf(n, 1432), info);
            tooBigRefused = server->SendMsg(MessageOf(n, 1433), info) == -1 &&
                            server->GetErrno() == Socket::ERROR_MSGSIZE;
        });
        Simulator::Schedule(Seconds(5), [&]() {
            server->GetAssocIdList(listed);
            server->Close();
        });
        Simulator::Stop(Seconds(20));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(firstError, "", firstError);
        NS_TEST_ASSERT_MSG_EQ(intact, n, "every message arrived intact");
        NS_TEST_ASSERT_MSG_EQ(senderOf.size(), n, "from 1000 distinct peers");
        NS_TEST_ASSERT_MSG_EQ(ids.size(), n, "1000 distinct association ids");
        NS_TEST_ASSERT_MSG_GT_OR_EQ(*ids.begin(), 3, "ids start above SCTP_ALL_ASSOC (2)");
        NS_TEST_ASSERT_MSG_EQ(listed.size(), n, "SCTP_GET_ASSOC_ID_LIST");
        NS_TEST_ASSERT_MSG_EQ(cookieEchoWithData, n, "every first message rode on COOKIE-ECHO");
        NS_TEST_ASSERT_MSG_EQ(commUp, n, "1000 COMM_UP notifications");
        uint32_t allEchoed = 0;
        for (uint32_t e : echoed)
        {
            allEchoed += (e == 1);
        }
        NS_TEST_ASSERT_MSG_EQ(allEchoed, n, "every client got its own message back");
        NS_TEST_ASSERT_MSG_EQ(sendAll, 1432, "SCTP_SENDALL accepted");
        NS_TEST_ASSERT_MSG_EQ(tooBigRefused, true, "SCTP_SENDALL above sendall_limit: EMSGSIZE");
        uint32_t allGotIt = 0;
        for (uint32_t e : toAll)
        {
            allGotIt += (e == 1);
        }
        NS_TEST_ASSERT_MSG_EQ(allGotIt, n, "every client got the SCTP_SENDALL message once");
        NS_TEST_ASSERT_MSG_EQ(DynamicCast<SctpOneToManySocketImpl>(server)->GetAssociationCount(),
                              0,
                              "every association shut down after Close");
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief SCTP_AUTOCLOSE (RFC 6458 §8.1.8): with 2 s on the server, an association idle for 2 s
 * is shut down gracefully (SHUTDOWN_COMP at both ends) no earlier than 2 s after its last
 * message and within one SHUTDOWN / SHUTDOWN-ACK / SHUTDOWN-COMPLETE exchange (3 one-way
 * delays of 1 ms plus serialisation) of that; traffic before keeps it open; with 0 it stays.
 */
class SctpOneToManyAutocloseTestCase : public TestCase
{
  public:
    /**
     * \param [in] seconds SCTP_AUTOCLOSE of the server
     */
    SctpOneToManyAutocloseTestCase(uint32_t seconds)
        : TestCase("SCTP_AUTOCLOSE " + std::to_string(seconds) + " s"),
          m_seconds(seconds)
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net;
        Ptr<SctpSocket> server = net.OneToMany(1);
        server->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        server->Listen();
        server->SetEvent(SctpNotification::ASSOC_CHANGE, true);
        NS_TEST_ASSERT_MSG_EQ(server->SetAutoclose(m_seconds), 0, "SCTP_AUTOCLOSE");
        NS_TEST_ASSERT_MSG_EQ(server->GetAutoclose(), m_seconds, "read back");
        Ptr<SctpSocket> client = net.OneToMany(0);
        client->SetEvent(SctpNotification::ASSOC_CHANGE, true);

        Time lastReceived;
        Time serverClosed;
        Time clientClosed;
        uint64_t bytes = 0;
        bool intact = true;
        server->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) {
            SctpNotification note;
            while (server->RecvNotification(note) == 1)
            {
                if (note.state == SctpNotification::SHUTDOWN_COMP)
                {
                    serverClosed = Simulator::Now();
                }
            }
            while (Ptr<Packet> p = s->Recv())
            {
                std::vector<uint8_t> got(p->GetSize());
                p->CopyData(got.data(), got.size());
                intact &= (got == MessageOf(bytes / 500, 500));
                bytes += got.size();
                lastReceived = Simulator::Now();
            }
        }));
        client->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket> s) {
            SctpNotification note;
            while (client->RecvNotification(note) == 1)
            {
                if (note.state == SctpNotification::SHUTDOWN_COMP)
                {
                    clientClosed = Simulator::Now();
                }
            }
        }));
        // Messages at 1, 2 and 2.5 s: gaps shorter than the autoclose time.
        for (uint32_t i = 0; i < 3; ++i)
        {
            Time at = Seconds(i == 0 ? 1 : (i == 1 ? 2 : 2.5));
            Simulator::Schedule(at, [&, i]() {
                std::vector<uint8_t> m = MessageOf(i, 500);
                client->SendTo(Create<Packet>(m.data(), m.size()),
                               0,
                               InetSocketAddress(net.serverIp, 9));
            });
        }
        Simulator::Stop(Seconds(15));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(bytes, 1500, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(intact, true, "every message intact");
        if (m_seconds == 0)
        {
            NS_TEST_ASSERT_MSG_EQ(serverClosed.IsZero() && clientClosed.IsZero(), true, "open");
            NS_TEST_ASSERT_MSG_EQ(
                DynamicCast<SctpOneToManySocketImpl>(server)->GetAssociationCount(),
                1,
                "still there");
        }
        else
        {
            // The last activity is the last message's arrival (the SACK that follows carries
            // nothing new); the check runs exactly at last + autoclose.
            Time due = lastReceived + Seconds(m_seconds);
            NS_TEST_ASSERT_MSG_EQ(serverClosed.IsZero(), false, "closed by the server");
            NS_TEST_ASSERT_MSG_GT_OR_EQ(serverClosed, due, "not before the idle time");
            NS_TEST_ASSERT_MSG_LT(serverClosed, due + MilliSeconds(10), "one exchange after");
            NS_TEST_ASSERT_MSG_EQ(clientClosed.IsZero(), false, "the client saw SHUTDOWN_COMP");
            NS_TEST_ASSERT_MSG_EQ(
                DynamicCast<SctpOneToManySocketImpl>(server)->GetAssociationCount(),
                0,
                "gone");
        }
        Simulator::Destroy();
    }

    uint32_t m_seconds; //!< SCTP_AUTOCLOSE
};

/**
 * \ingroup sctp-test
 * \brief sctp_peeloff (RFC 6458 §9.2) and per-association options: the server's socket has two
 * associations; one is peeled off into a one-to-one socket, which then receives that peer's
 * messages (including one queued before the peeloff) while the one-to-many socket keeps the
 * other; SCTP_STATUS answers per id and refuses unknown ids; a one-to-one socket refuses
 * peeloff; Connect on a one-to-many socket sets up an association that SendMsg addresses by id.
 */
class SctpOneToManyPeeloffTestCase : public TestCase
{
  public:
    SctpOneToManyPeeloffTestCase()
        : TestCase("sctp_peeloff, SCTP_STATUS by id, Connect on a one-to-many socket")
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net;
        Ptr<SctpSocket> server = net.OneToMany(1);
        server->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        server->Listen();
        Ptr<SctpOneToManySocketImpl> impl = DynamicCast<SctpOneToManySocketImpl>(server);
        Ptr<SctpSocket> a = net.OneToMany(0);
        Ptr<SctpSocket> b = net.OneToMany(0);
        bool connected = false;
        b->SetConnectCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) { connected = true; }),
                              Callback<void, Ptr<Socket>>([](Ptr<Socket>) {}));
        NS_TEST_ASSERT_MSG_EQ(b->Connect(InetSocketAddress(net.serverIp, 9)), 0, "connect");

        auto send = [](Ptr<SctpSocket> s, uint32_t sender, const Address& to) {
            std::vector<uint8_t> m = MessageOf(sender, 300);
            s->SendTo(Create<Packet>(m.data(), m.size()), 0, to);
        };
        Address serverAddr = InetSocketAddress(net.serverIp, 9);
        Simulator::Schedule(Seconds(1), [&]() { send(a, 1, serverAddr); });
        Simulator::Schedule(Seconds(1), [&]() {
            std::vector<uint8_t> m = MessageOf(2, 300);
            SctpSndInfo info;
            std::vector<SctpAssocId> ids;
            b->GetAssocIdList(ids);
            info.assocId = ids.empty() ? 0 : ids.front();
            b->SendMsg(m, info);
        });
        Simulator::Schedule(Seconds(1.5), [&]() { send(a, 3, serverAddr); });

        Ptr<SctpSocket> peeled;
        SctpAssocId aId = 0;
        SctpAssocId bId = 0;
        std::vector<std::vector<uint8_t>> onPeeled;
        std::vector<std::vector<uint8_t>> onServer;
        int statusState = -1;
        bool unknownRefused = false;
        bool oneToOneRefused = false;
        Simulator::Schedule(Seconds(1.2), [&]() {
            // Both first messages are queued on the server; nothing was read yet.
            Address aLocal;
            a->GetSockName(aLocal);
            aId = impl->GetAssocIdByPeer(
                InetSocketAddress(Ipv4Address("10.1.1.1"),
                                  InetSocketAddress::ConvertFrom(aLocal).GetPort()));
            std::vector<SctpAssocId> ids;
            server->GetAssocIdList(ids);
            bId = (ids.size() == 2) ? (ids[0] == aId ? ids[1] : ids[0]) : 0;
            SctpStatus st;
            st.assocId = bId;
            if (server->GetStatus(st) == 0)
            {
                statusState = st.state;
            }
            st.assocId = 999;
            unknownRefused =
                server->GetStatus(st) == -1 && server->GetErrno() == Socket::ERROR_INVAL;
            Ptr<Socket> plain =
                Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId());
            oneToOneRefused = !DynamicCast<SctpSocket>(plain)->Peeloff(3) &&
                              plain->GetErrno() == Socket::ERROR_OPNOTSUPP;
            peeled = server->Peeloff(aId);
        });
        Simulator::Schedule(Seconds(3), [&]() {
            if (peeled)
            {
                while (Ptr<Packet> p = peeled->Recv())
                {
                    std::vector<uint8_t> m(p->GetSize());
                    p->CopyData(m.data(), m.size());
                    onPeeled.push_back(m);
                }
            }
            while (Ptr<Packet> p = server->Recv())
            {
                std::vector<uint8_t> m(p->GetSize());
                p->CopyData(m.data(), m.size());
                onServer.push_back(m);
            }
        });
        Simulator::Stop(Seconds(5));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(connected, true, "Connect on a one-to-many socket succeeded");
        NS_TEST_ASSERT_MSG_NE(aId, 0, "a's association found by its peer address");
        NS_TEST_ASSERT_MSG_NE(bId, 0, "two associations");
        NS_TEST_ASSERT_MSG_EQ(statusState, int(SctpAssociation::ESTABLISHED), "SCTP_STATUS by id");
        NS_TEST_ASSERT_MSG_EQ(unknownRefused, true, "unknown id: EINVAL");
        NS_TEST_ASSERT_MSG_EQ(oneToOneRefused, true, "peeloff on one-to-one: EOPNOTSUPP");
        NS_TEST_ASSERT_MSG_NE(peeled, nullptr, "peeled off");
        NS_TEST_ASSERT_MSG_EQ(peeled->GetSocketType(), Socket::NS3_SOCK_STREAM, "one-to-one");
        NS_TEST_ASSERT_MSG_EQ(impl->GetAssociationCount(), 1, "one left on the server socket");
        NS_TEST_ASSERT_MSG_EQ(onPeeled.size(), 2, "a's two messages on the peeled socket");
        if (onPeeled.size() == 2)
        {
            NS_TEST_ASSERT_MSG_EQ((onPeeled[0] == MessageOf(1, 300)), true, "queued one intact");
            NS_TEST_ASSERT_MSG_EQ((onPeeled[1] == MessageOf(3, 300)), true, "later one intact");
        }
        NS_TEST_ASSERT_MSG_EQ(onServer.size(), 1, "b's message on the one-to-many socket");
        if (onServer.size() == 1)
        {
            NS_TEST_ASSERT_MSG_EQ((onServer[0] == MessageOf(2, 300)), true, "intact");
        }
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief Stream reconfiguration per association on a one-to-many socket (the assoc id of
 * struct sctp_reset_streams / sctp_add_streams and SCTP_RESET_ASSOC). Three clients connect to
 * one server socket, each allowing stream and association resets. The server sends two
 * messages on stream 0 to each, then resets its outgoing stream 0 on association 1 only and the
 * whole of association 2, then sends one more to each. Expected: the third message carries SSN
 * 0 on associations 1 and 2 and SSN 2 on association 3; the server reads STREAM_RESET
 * (outgoing, [0]) for association 1 and ASSOC_RESET for association 2, each with its id; a
 * second request on association 1 while the first is outstanding gets ERROR_AGAIN, an unknown
 * id ERROR_INVAL. Every message intact.
 */
class SctpOneToManyReconfigTestCase : public TestCase
{
  public:
    SctpOneToManyReconfigTestCase()
        : TestCase("stream and association reset per association id")
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net;
        Ptr<SctpSocket> server = net.OneToMany(1);
        server->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        server->Listen();
        server->SetEvent(SctpNotification::STREAM_RESET_EVENT, true);
        server->SetEvent(SctpNotification::ASSOC_RESET_EVENT, true);
        std::vector<SctpNotification> events;
        server->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
            std::vector<uint8_t> bytes;
            SctpRcvInfo info;
            bool eor;
            while (server->RecvMsg(bytes, info, eor) > 0)
            {
                if (info.flags & SctpMsgFlags::NOTIFICATION)
                {
                    SctpNotification n;
                    SctpNotification::Deserialize(bytes, n);
                    events.push_back(n);
                }
            }
        }));
        Ptr<SctpSocket> clients[3];
        std::vector<std::pair<uint16_t, std::vector<uint8_t>>> got[3]; // (SSN, bytes)
        for (uint32_t c = 0; c < 3; ++c)
        {
            clients[c] = DynamicCast<SctpSocket>(
                Socket::CreateSocket(net.nodes.Get(0), SctpSocketFactory::GetTypeId()));
            clients[c]->SetEnableStreamReset(0x03);
            clients[c]->SetRecvCallback(Callback<void, Ptr<Socket>>([&, c](Ptr<Socket>) {
                std::vector<uint8_t> bytes;
                SctpRcvInfo info;
                bool eor;
                while (clients[c]->RecvMsg(bytes, info, eor) > 0)
                {
                    got[c].emplace_back(info.ssn, bytes);
                }
            }));
            Simulator::Schedule(Seconds(0.5 + 0.1 * c), [&, c]() {
                clients[c]->Connect(InetSocketAddress(net.serverIp, 9));
            });
        }
        SctpAssocId ids[3] = {0, 0, 0};
        auto sendAll = [&](uint32_t round) {
            for (uint32_t c = 0; c < 3; ++c)
            {
                SctpSndInfo info;
                info.assocId = ids[c];
                server->SendMsg(MessageOf(10 * c + round, 200), info);
            }
        };
        Simulator::Schedule(Seconds(1), [&]() {
            // The ids in the order the clients connected.
            std::vector<SctpAssocId> list;
            server->GetAssocIdList(list);
            std::sort(list.begin(), list.end());
            for (uint32_t c = 0; c < 3 && c < list.size(); ++c)
            {
                ids[c] = list[c];
            }
            sendAll(0);
            sendAll(1);
        });
        int resetStreams = -2;
        int resetAssoc = -2;
        bool again = false;
        bool unknown = false;
        Simulator::Schedule(Seconds(1.5), [&]() {
            SctpResetStreams r;
            r.assocId = ids[0];
            r.flags = 0x02;
            r.streams = {0};
            resetStreams = server->ResetStreams(r);
            SctpAddStreams add;
            add.assocId = ids[0];
            add.outgoing = 2;
            again = server->AddStreams(add) == -1 && server->GetErrno() == Socket::ERROR_AGAIN;
            resetAssoc = server->ResetAssoc(ids[1]);
            r.assocId = 999;
            unknown = server->ResetStreams(r) == -1 && server->GetErrno() == Socket::ERROR_INVAL;
        });
        Simulator::Schedule(Seconds(2), [&]() { sendAll(2); });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(resetStreams, 0, "SCTP_RESET_STREAMS on association 1");
        NS_TEST_ASSERT_MSG_EQ(resetAssoc, 0, "SCTP_RESET_ASSOC on association 2");
        NS_TEST_ASSERT_MSG_EQ(again, true, "association 1 busy: ERROR_AGAIN");
        NS_TEST_ASSERT_MSG_EQ(unknown, true, "unknown id: ERROR_INVAL");
        const uint16_t thirdSsn[3] = {0, 0, 2};
        for (uint32_t c = 0; c < 3; ++c)
        {
            NS_TEST_ASSERT_MSG_EQ(got[c].size(), 3u, "three messages at client " << c);
            for (uint32_t k = 0; k < got[c].size(); ++k)
            {
                NS_TEST_ASSERT_MSG_EQ((got[c][k].second == MessageOf(10 * c + k, 200)),
                                      true,
                                      "intact");
            }
            if (got[c].size() == 3)
            {
                NS_TEST_ASSERT_MSG_EQ(got[c][1].first, 1, "second message SSN 1");
                NS_TEST_ASSERT_MSG_EQ(got[c][2].first, thirdSsn[c], "third message SSN");
            }
        }
        uint32_t streamReset = 0;
        uint32_t assocReset = 0;
        for (const auto& n : events)
        {
            if (n.type == SctpNotification::STREAM_RESET_EVENT)
            {
                streamReset++;
                NS_TEST_ASSERT_MSG_EQ(n.assocId, ids[0], "STREAM_RESET for association 1");
                NS_TEST_ASSERT_MSG_EQ(n.flags, SctpNotification::STREAM_RESET_OUTGOING_SSN, "out");
            }
            if (n.type == SctpNotification::ASSOC_RESET_EVENT)
            {
                assocReset++;
                NS_TEST_ASSERT_MSG_EQ(n.assocId, ids[1], "ASSOC_RESET for association 2");
                NS_TEST_ASSERT_MSG_EQ(n.flags, 0, "performed");
            }
        }
        NS_TEST_ASSERT_MSG_EQ(streamReset, 1u, "one STREAM_RESET");
        NS_TEST_ASSERT_MSG_EQ(assocReset, 1u, "one ASSOC_RESET");
    }
};

/**
 * \ingroup sctp-test
 * \brief Partial delivery and fragment interleave on a one-to-many socket (RFC 6458 §8.1.20,
 * FreeBSD's levels). Two clients set up associations to one server socket; once they are up the
 * server lowers SCTP_PARTIAL_DELIVERY_POINT to 4,000 bytes (the point reaches live
 * associations). Client A then sends a 30,000-byte message over a 1 Mb/s link and client B a
 * 300-byte message 50 ms later, while A's is still arriving. The server reads whatever is
 * readable. Level 1 (FreeBSD's default): A's message is handed up in pieces, and B's message is
 * read while A's is unfinished. Level 0: once a piece of A's message was read, nothing else is
 * read until A's message is complete. Both messages intact either way.
 */
class SctpOneToManyInterleaveTestCase : public TestCase
{
  public:
    /// \param [in] level the SCTP_FRAGMENT_INTERLEAVE level
    SctpOneToManyInterleaveTestCase(uint32_t level)
        : TestCase("partial delivery with fragment interleave level " + std::to_string(level)),
          m_level(level)
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net("1Mbps", MilliSeconds(10));
        Ptr<SctpSocket> server = net.OneToMany(1);
        server->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        server->Listen();
        NS_TEST_ASSERT_MSG_EQ(server->SetFragmentInterleave(m_level), 0, "level accepted");
        NS_TEST_ASSERT_MSG_EQ(server->GetFragmentInterleave(), m_level, "level reported");
        Ptr<SctpSocket> a = net.OneToMany(0);
        Ptr<SctpSocket> b = net.OneToMany(0);
        Address to = InetSocketAddress(net.serverIp, 9);
        auto send = [&to](Ptr<SctpSocket> s, uint32_t sender, uint32_t size) {
            std::vector<uint8_t> m = MessageOf(sender, size);
            s->SendTo(Create<Packet>(m.data(), m.size()), 0, to);
        };

        /// One read: which association, how many bytes, whether it ended a message.
        struct Read
        {
            SctpAssocId id;
            uint32_t size;
            bool eor;
        };

        std::vector<Read> reads;
        std::map<SctpAssocId, std::vector<std::vector<uint8_t>>> messages;
        std::map<SctpAssocId, std::vector<uint8_t>> partial;
        server->SetRecvCallback(Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
            std::vector<uint8_t> data;
            SctpRcvInfo info;
            bool eor = false;
            while (server->RecvMsg(data, info, eor) > 0)
            {
                reads.push_back({info.assocId, static_cast<uint32_t>(data.size()), eor});
                auto& p = partial[info.assocId];
                p.insert(p.end(), data.begin(), data.end());
                if (eor)
                {
                    messages[info.assocId].push_back(p);
                    p.clear();
                }
            }
        }));
        Simulator::Schedule(Seconds(1.0), [&]() { send(a, 1, 300); });
        Simulator::Schedule(Seconds(1.0), [&]() { send(b, 2, 300); });
        int pdSet = -1;
        Simulator::Schedule(Seconds(1.5), [&]() { pdSet = server->SetPartialDeliveryPoint(4000); });
        Simulator::Schedule(Seconds(2.0), [&]() { send(a, 3, 30000); });
        Simulator::Schedule(Seconds(2.05), [&]() { send(b, 4, 300); });
        Simulator::Stop(Seconds(6));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(pdSet, 0, "partial delivery point lowered on the live socket");
        NS_TEST_ASSERT_MSG_EQ(server->GetPartialDeliveryPoint(), 4000, "and reported");
        // The first reads are the two 300-byte set-up messages; A's id is the one whose second
        // message is the 30,000-byte one.
        SctpAssocId idA = 0;
        SctpAssocId idB = 0;
        for (const auto& [id, list] : messages)
        {
            if (list.size() == 2 && list[1].size() == 30000)
            {
                idA = id;
            }
            else if (list.size() == 2)
            {
                idB = id;
            }
        }
        NS_TEST_ASSERT_MSG_NE(idA, 0, "A's two messages read");
        NS_TEST_ASSERT_MSG_NE(idB, 0, "B's two messages read");
        NS_TEST_ASSERT_MSG_EQ((messages[idA][0] == MessageOf(1, 300)), true, "A's first intact");
        NS_TEST_ASSERT_MSG_EQ((messages[idA][1] == MessageOf(3, 30000)), true, "A's big intact");
        NS_TEST_ASSERT_MSG_EQ((messages[idB][0] == MessageOf(2, 300)), true, "B's first intact");
        NS_TEST_ASSERT_MSG_EQ((messages[idB][1] == MessageOf(4, 300)), true, "B's second intact");
        // Where A's big message started (its first piece not ending a message) and ended.
        size_t first = reads.size();
        size_t last = reads.size();
        size_t bSecond = reads.size();
        uint32_t bReads = 0;
        for (size_t i = 0; i < reads.size(); ++i)
        {
            if (reads[i].id == idA && !reads[i].eor && first == reads.size())
            {
                first = i;
            }
            if (reads[i].id == idA && reads[i].eor && first != reads.size())
            {
                last = i;
            }
            if (reads[i].id == idB && ++bReads == 2)
            {
                bSecond = i;
            }
        }
        NS_TEST_ASSERT_MSG_LT(first, last, "A's message was handed up in pieces");
        NS_TEST_ASSERT_MSG_GT(last - first, 1, "in more than two reads");
        if (m_level == 0)
        {
            NS_TEST_ASSERT_MSG_GT(bSecond, last, "level 0: B's message only after A's ends");
        }
        else
        {
            NS_TEST_ASSERT_MSG_GT(bSecond, first, "level 1: B's message after A's began");
            NS_TEST_ASSERT_MSG_LT(bSecond, last, "and before it ended");
        }
        Simulator::Destroy();
    }

    uint32_t m_level; //!< SCTP_FRAGMENT_INTERLEAVE
};

/**
 * \ingroup sctp-test
 * \brief Per-association control on a one-to-many server (RFC 6458 §5.3.4, §7.2). Two clients set
 * up associations 3 and 4. SCTP_DELAYED_SACK with SCTP_ALL_ASSOC (2) sets both and the endpoint;
 * with SCTP_CURRENT_ASSOC (1) both but not the endpoint; reading with 1 is refused (EINVAL). A
 * SendMsg with SCTP_EOF and no data shuts association 3 down gracefully and leaves 4 alone;
 * on 4, SCTP_EOF with data still queued, then SCTP_ABORT: the abort is taken during the
 * shutdown. Every message sent before arrives intact.
 */
class SctpOneToManyControlTestCase : public TestCase
{
  public:
    SctpOneToManyControlTestCase()
        : TestCase("SCTP_EOF without data, SCTP_ABORT during shutdown, assoc ids 1 and 2")
    {
    }

  private:
    void DoRun() override
    {
        SctpTwoNodes net("1Mbps", MilliSeconds(10));
        Ptr<SctpSocket> server = net.OneToMany(1);
        server->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        server->Listen();
        Ptr<SctpOneToManySocketImpl> impl = DynamicCast<SctpOneToManySocketImpl>(server);
        Ptr<SctpSocket> client[2] = {net.OneToMany(0), net.OneToMany(0)};
        std::vector<std::vector<uint8_t>> atServer;
        server->SetRecvCallback(Callback<void, Ptr<Socket>>([&atServer](Ptr<Socket> s) {
            while (Ptr<Packet> p = s->Recv())
            {
                std::vector<uint8_t> m(p->GetSize());
                p->CopyData(m.data(), m.size());
                atServer.push_back(m);
            }
        }));
        // How each client's association ended (ASSOC_CHANGE, RFC 6458 §6.1.1).
        int32_t ended[2] = {-1, -1};
        Address to = InetSocketAddress(net.serverIp, 9);
        for (int i = 0; i < 2; ++i)
        {
            Simulator::Schedule(Seconds(1), [&, i]() {
                std::vector<uint8_t> m = MessageOf(i, 100);
                client[i]->SendTo(Create<Packet>(m.data(), m.size()), 0, to);
            });
        }
        int setAll = -1;
        int setCurrent = -1;
        int getCurrent = 0;
        Socket::SocketErrno getCurrentErr = Socket::ERROR_NOTERROR;
        uint32_t delay3 = 0;
        uint32_t delay4 = 0;
        uint32_t delayFuture = 0;
        int eof3 = -1;
        int eof4 = -1;
        int abort4 = -1;
        Simulator::Schedule(Seconds(2), [&]() {
            SctpSackInfo all;
            all.assocId = 2;
            all.delay = 100;
            all.freq = 2;
            setAll = server->SetDelayedSack(all);
            SctpSackInfo current = all;
            current.assocId = 1;
            current.delay = 150;
            setCurrent = server->SetDelayedSack(current);
            SctpSackInfo q;
            q.assocId = 1;
            getCurrent = server->GetDelayedSack(q);
            getCurrentErr = server->GetErrno();
            q.assocId = 3;
            server->GetDelayedSack(q);
            delay3 = q.delay;
            q.assocId = 4;
            server->GetDelayedSack(q);
            delay4 = q.delay;
            q.assocId = 0;
            server->GetDelayedSack(q);
            delayFuture = q.delay;
            // Association 3: a graceful close with nothing to send.
            SctpSndInfo eof;
            eof.assocId = 3;
            eof.flags = SctpMsgFlags::EOF_;
            eof3 = server->SendMsg(std::vector<uint8_t>(), eof);
            // Association 4: 20 kB queued with EOF (a slow link keeps it queued), then ABORT.
            SctpSndInfo last;
            last.assocId = 4;
            last.flags = SctpMsgFlags::EOF_;
            eof4 = server->SendMsg(std::vector<uint8_t>(20000, 7), last);
        });
        Simulator::Schedule(Seconds(2.05), [&]() {
            SctpSndInfo abort;
            abort.assocId = 4;
            abort.flags = SctpMsgFlags::ABORT;
            abort4 = server->SendMsg(std::vector<uint8_t>(), abort);
        });
        Simulator::Schedule(Seconds(1.5), [&]() {
            for (int i = 0; i < 2; ++i)
            {
                Ptr<SctpOneToManySocketImpl> c = DynamicCast<SctpOneToManySocketImpl>(client[i]);
                c->GetAssociationById(3)->TraceConnectWithoutContext(
                    "Notification",
                    Callback<void, const SctpNotification&>([&ended, i](const SctpNotification& n) {
                        if (n.type == SctpNotification::ASSOC_CHANGE)
                        {
                            ended[i] = n.state;
                        }
                    }));
            }
        });
        Simulator::Stop(Seconds(5));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(setAll, 0, "SCTP_ALL_ASSOC accepted");
        NS_TEST_ASSERT_MSG_EQ(setCurrent, 0, "SCTP_CURRENT_ASSOC accepted");
        NS_TEST_ASSERT_MSG_EQ(delay3, 150u, "association 3 set by both");
        NS_TEST_ASSERT_MSG_EQ(delay4, 150u, "association 4 set by both");
        NS_TEST_ASSERT_MSG_EQ(delayFuture, 100u, "the endpoint only by SCTP_ALL_ASSOC");
        NS_TEST_ASSERT_MSG_EQ(getCurrent, -1, "reading SCTP_CURRENT_ASSOC refused");
        NS_TEST_ASSERT_MSG_EQ(getCurrentErr, Socket::ERROR_INVAL, "with EINVAL");
        NS_TEST_ASSERT_MSG_EQ(eof3, 0, "SCTP_EOF without data accepted");
        NS_TEST_ASSERT_MSG_EQ(eof4, 20000, "the last 20 kB queued with SCTP_EOF");
        NS_TEST_ASSERT_MSG_EQ(abort4, 0, "SCTP_ABORT taken during the shutdown");
        // Server id 3 went to client 0 (its INIT was first): closed gracefully; client 1's was
        // aborted.
        NS_TEST_ASSERT_MSG_EQ(ended[0], SctpNotification::SHUTDOWN_COMP, "client 0: shutdown");
        NS_TEST_ASSERT_MSG_EQ(ended[1], SctpNotification::COMM_LOST, "client 1: aborted");
        NS_TEST_ASSERT_MSG_EQ(impl->GetAssociationCount(), 0u, "none left at the server");
        NS_TEST_ASSERT_MSG_EQ(atServer.size(), 2u, "both first messages read");
        for (const auto& m : atServer)
        {
            NS_TEST_ASSERT_MSG_EQ((m == MessageOf(0, 100) || m == MessageOf(1, 100)),
                                  true,
                                  "intact");
        }
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief A multi-homed peer is one association whichever of its addresses a send names
 * (FreeBSD's sctp_findassociation_ep_addr): after an implicit setup to B's first address, a
 * SendTo to B's second address goes on the same association (same id at B, one association at
 * each end; without SCTP_ADDR_OVER the address only picks the association), and Connect to it
 * is refused (EISCONN).
 */
class SctpOneToManyMultihomedPeerTestCase : public TestCase
{
  public:
    SctpOneToManyMultihomedPeerTestCase()
        : TestCase("a send to another address of a known peer uses its association")
    {
    }

  private:
    void DoRun() override
    {
        SctpMultihomingHelper mh;
        SctpMultihomingHelper::PathSpec spec;
        mh.AddPath(spec);
        mh.AddPath(spec);
        SctpMultihomingHelper::Hosts hosts = mh.Install();
        auto oneToMany = [](Ptr<Node> n) {
            return DynamicCast<SctpOneToManySocketImpl>(
                Socket::CreateSocket(n, SctpOneToManySocketFactory::GetTypeId()));
        };
        Ptr<SctpOneToManySocketImpl> server = oneToMany(hosts.b);
        server->Bind(InetSocketAddress(Ipv4Address::GetAny(), 9));
        server->Listen();
        std::vector<std::pair<SctpAssocId, std::vector<uint8_t>>> got;
        server->SetRecvCallback(Callback<void, Ptr<Socket>>([&got, server](Ptr<Socket>) {
            std::vector<uint8_t> data;
            SctpRcvInfo info;
            bool eor = false;
            while (server->RecvMsg(data, info, eor) > 0)
            {
                got.emplace_back(info.assocId, data);
            }
        }));
        Ptr<SctpOneToManySocketImpl> client = oneToMany(hosts.a);
        Address b0 = InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[0]), 9);
        Address b1 = InetSocketAddress(Ipv4Address::ConvertFrom(hosts.addressesB[1]), 9);
        Simulator::Schedule(Seconds(1), [&]() {
            std::vector<uint8_t> m = MessageOf(1, 300);
            client->SendTo(Create<Packet>(m.data(), m.size()), 0, b0);
        });
        SctpAssocId viaB1 = 0;
        int connectB1 = 0;
        Socket::SocketErrno connectErr = Socket::ERROR_NOTERROR;
        Simulator::Schedule(Seconds(2), [&]() {
            viaB1 = client->GetAssocIdByPeer(b1);
            std::vector<uint8_t> m = MessageOf(2, 300);
            client->SendTo(Create<Packet>(m.data(), m.size()), 0, b1);
            connectB1 = client->Connect(b1);
            connectErr = client->GetErrno();
        });
        Simulator::Stop(Seconds(4));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(viaB1, 3, "B's second address leads to association 3");
        NS_TEST_ASSERT_MSG_EQ(client->GetAssociationCount(), 1u, "one association at A");
        NS_TEST_ASSERT_MSG_EQ(server->GetAssociationCount(), 1u, "one association at B");
        NS_TEST_ASSERT_MSG_EQ(connectB1, -1, "Connect to a known peer refused");
        NS_TEST_ASSERT_MSG_EQ(connectErr, Socket::ERROR_ISCONN, "EISCONN");
        NS_TEST_ASSERT_MSG_EQ(got.size(), 2u, "both messages");
        if (got.size() == 2)
        {
            NS_TEST_ASSERT_MSG_EQ(got[0].first, got[1].first, "on one association");
            NS_TEST_ASSERT_MSG_EQ((got[0].second == MessageOf(1, 300)), true, "first intact");
            NS_TEST_ASSERT_MSG_EQ((got[1].second == MessageOf(2, 300)), true, "second intact");
        }
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief One-to-many sockets.
 */
class SctpOneToManyTestSuite : public TestSuite
{
  public:
    SctpOneToManyTestSuite()
        : TestSuite("sctp-one-to-many", SYSTEM)
    {
        AddTestCase(new SctpOneToManyThousandTestCase(), TestCase::QUICK);
        AddTestCase(new SctpOneToManyAutocloseTestCase(2), TestCase::QUICK);
        AddTestCase(new SctpOneToManyAutocloseTestCase(0), TestCase::QUICK);
        AddTestCase(new SctpOneToManyPeeloffTestCase(), TestCase::QUICK);
        AddTestCase(new SctpOneToManyReconfigTestCase(), TestCase::QUICK);
        AddTestCase(new SctpOneToManyInterleaveTestCase(1), TestCase::QUICK);
        AddTestCase(new SctpOneToManyInterleaveTestCase(0), TestCase::QUICK);
        AddTestCase(new SctpOneToManyControlTestCase(), TestCase::QUICK);
        AddTestCase(new SctpOneToManyMultihomedPeerTestCase(), TestCase::QUICK);
    }
};

static SctpOneToManyTestSuite g_sctpOneToManyTestSuite; //!< the suite
