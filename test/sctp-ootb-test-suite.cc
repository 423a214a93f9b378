/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Out-of-the-blue packets (RFC 9260 §8.4), verification tag rules (§8.5) and malformed input:
// packets crafted with the codec are sent from one node to another that has no association,
// and the answers are checked chunk by chunk.

#include "sctp-packet-filter.h"

#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"
#include "ns3/test.h"

#include <random>

using namespace ns3;

namespace
{

/// What came back for one crafted packet.
struct Reply
{
    bool any{false};   //!< a packet came back
    uint32_t vtag{0};  //!< its verification tag
    uint8_t type{255}; //!< its first chunk's type
    bool tBit{false};  //!< that chunk's T bit
    std::string drop;  //!< the Drop reason at the target, if any
};

/// Two nodes on a point-to-point link: node 0 crafts packets, node 1 runs the stack under test.
struct CraftBed
{
    NodeContainer nodes;                //!< node 0 sends, node 1 answers
    Ipv4InterfaceContainer ifs;         //!< their addresses
    Ptr<SctpL4Protocol> sender;         //!< node 0's SCTP, used to send crafted packets
    Ptr<SctpL4Protocol> target;         //!< node 1's SCTP
    Ptr<SctpTestPacketFilter> atSender; //!< sees node 1's answers at node 0
    std::string drop;                   //!< the last Drop reason at node 1

    CraftBed()
    {
        nodes.Create(2);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue("100Mbps"));
        NetDeviceContainer devs = p2p.Install(nodes);
        atSender = CreateObject<SctpTestPacketFilter>();
        devs.Get(0)->SetAttribute("ReceiveErrorModel", PointerValue(atSender));
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        Ipv4AddressHelper addr("10.1.1.0", "255.255.255.0");
        ifs = addr.Assign(devs);
        sender = nodes.Get(0)->GetObject<SctpL4Protocol>();
        target = nodes.Get(1)->GetObject<SctpL4Protocol>();
        target->TraceConnectWithoutContext(
            "Drop",
            Callback<void, Ptr<const Packet>, std::string>(
                [this](Ptr<const Packet>, std::string r) { drop = r; }));
    }

    /// \param [in] packet a crafted packet to send from node 0 to node 1
    void Send(const SctpPacket& packet)
    {
        sender->SendPacket(packet, ifs.GetAddress(0), ifs.GetAddress(1));
    }
};

/**
 * \brief Send one crafted packet from node 0 to node 1 and collect the answer.
 * \param [in] packet the packet (ports and tag set)
 * \param [in] listenPort a port node 1 listens on (0: none)
 * \param [in] corrupt flip a byte after the CRC was computed
 * \return the answer
 */
Reply
Exchange(SctpPacket packet, uint16_t listenPort, bool corrupt = false)
{
    Reply reply;
    CraftBed bed;
    bed.atSender->SetFilter([&reply](const SctpPacket& p) {
        reply.any = true;
        reply.vtag = p.GetVerificationTag();
        reply.type = p.GetChunks().front()->GetType();
        reply.tBit = (p.GetChunks().front()->GetFlags() & SctpControlFlags::T_BIT) != 0;
        return false;
    });
    NodeContainer& nodes = bed.nodes;
    Ipv4InterfaceContainer& ifs = bed.ifs;
    Ptr<Socket> listener;
    if (listenPort)
    {
        listener = Socket::CreateSocket(nodes.Get(1), SctpSocketFactory::GetTypeId());
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), listenPort));
        listener->Listen();
    }
    Simulator::Schedule(Seconds(1), [&]() {
        if (!corrupt)
        {
            bed.Send(packet);
            return;
        }
        // A packet whose CRC32c does not match its bytes.
        std::vector<uint8_t> bytes = packet.Serialize(true);
        bytes.back() ^= 0x01;
        Ptr<Ipv4> ipv4 = nodes.Get(0)->GetObject<Ipv4>();
        Ptr<Packet> p = Create<Packet>(bytes.data(), bytes.size());
        Ipv4Header h;
        h.SetDestination(ifs.GetAddress(1));
        h.SetProtocol(132);
        Socket::SocketErrno err;
        Ptr<Ipv4Route> route = ipv4->GetRoutingProtocol()->RouteOutput(p, h, nullptr, err);
        ipv4->Send(p, ifs.GetAddress(0), ifs.GetAddress(1), 132, route);
    });
    Simulator::Stop(Seconds(3));
    Simulator::Run();
    listener = nullptr;
    reply.drop = bed.drop;
    Simulator::Destroy();
    return reply;
}

/**
 * \param [in] chunk the chunk
 * \param [in] vtag verification tag
 * \return a packet from port 1234 to port 5000
 */
SctpPacket
Make(Ptr<SctpChunk> chunk, uint32_t vtag)
{
    SctpPacket p;
    p.SetSourcePort(1234);
    p.SetDestinationPort(5000);
    p.SetVerificationTag(vtag);
    p.AddChunk(chunk);
    return p;
}

/// \return an INIT with initiate tag 0xA1B2C3D4
Ptr<SctpInitChunk>
MakeInit()
{
    Ptr<SctpInitChunk> init = Create<SctpInitChunk>();
    init->SetInitiateTag(0xA1B2C3D4);
    init->SetARwnd(65536);
    init->SetNumOutboundStreams(10);
    init->SetNumInboundStreams(10);
    init->SetInitialTsn(1000);
    return init;
}

} // namespace

/**
 * \ingroup sctp-test
 * \brief RFC 9260 §8.4 answers to out-of-the-blue packets and §8.5 tag checks.
 */
class SctpOotbTestCase : public TestCase
{
  public:
    SctpOotbTestCase()
        : TestCase("out-of-the-blue packets and verification tags")
    {
    }

  private:
    void DoRun() override
    {
        // §8.4 (3): INIT to a port with no listener: ABORT, tag = Initiate Tag, T bit clear.
        Reply r = Exchange(Make(MakeInit(), 0), 0);
        NS_TEST_ASSERT_MSG_EQ(r.any, true, "INIT without listener answered");
        NS_TEST_ASSERT_MSG_EQ(int(r.type), int(SctpChunk::ABORT), "with ABORT");
        NS_TEST_ASSERT_MSG_EQ(r.vtag, 0xA1B2C3D4u, "tagged with the INIT's Initiate Tag");
        NS_TEST_ASSERT_MSG_EQ(r.tBit, false, "T bit clear");

        // §5.1: INIT to a listener: INIT-ACK tagged with the Initiate Tag.
        r = Exchange(Make(MakeInit(), 0), 5000);
        NS_TEST_ASSERT_MSG_EQ(int(r.type), int(SctpChunk::INIT_ACK), "INIT-ACK from a listener");
        NS_TEST_ASSERT_MSG_EQ(r.vtag, 0xA1B2C3D4u, "tagged with the Initiate Tag");

        // An INIT with Initiate Tag 0 is answered with ABORT (FreeBSD, RFC 4960 §3.3.2).
        Ptr<SctpInitChunk> zero = MakeInit();
        zero->SetInitiateTag(0);
        r = Exchange(Make(zero, 0), 5000);
        NS_TEST_ASSERT_MSG_EQ(int(r.type), int(SctpChunk::ABORT), "zero Initiate Tag: ABORT");
        NS_TEST_ASSERT_MSG_EQ(r.tBit, false, "not reflected: tagged with the (zero) Initiate Tag");

        // An a_rwnd below 1500 bytes (RFC 9260 §6) is refused the same way.
        Ptr<SctpInitChunk> small = MakeInit();
        small->SetARwnd(1499);
        r = Exchange(Make(small, 0), 5000);
        NS_TEST_ASSERT_MSG_EQ(int(r.type), int(SctpChunk::ABORT), "a_rwnd 1499: ABORT");
        NS_TEST_ASSERT_MSG_EQ(r.vtag, 0xA1B2C3D4u, "tagged with the Initiate Tag");

        // §8.4 (5): SHUTDOWN-ACK: SHUTDOWN-COMPLETE with the T bit, the packet's own tag.
        r = Exchange(Make(Create<SctpShutdownAckChunk>(), 0x11223344), 0);
        NS_TEST_ASSERT_MSG_EQ(int(r.type),
                              int(SctpChunk::SHUTDOWN_COMPLETE),
                              "SHUTDOWN-ACK answered with SHUTDOWN-COMPLETE");
        NS_TEST_ASSERT_MSG_EQ(r.vtag, 0x11223344u, "tag reflected");
        NS_TEST_ASSERT_MSG_EQ(r.tBit, true, "T bit set");

        // §8.4 (8): anything else (a DATA chunk): ABORT with the T bit, the packet's tag.
        Ptr<SctpDataChunk> data = Create<SctpDataChunk>();
        data->SetTsn(7);
        data->SetBeginning(true);
        data->SetEnd(true);
        data->SetUserData({1, 2, 3});
        r = Exchange(Make(data, 0x55667788), 0);
        NS_TEST_ASSERT_MSG_EQ(int(r.type), int(SctpChunk::ABORT), "OOTB DATA: ABORT");
        NS_TEST_ASSERT_MSG_EQ(r.vtag, 0x55667788u, "tag reflected");
        NS_TEST_ASSERT_MSG_EQ(r.tBit, true, "T bit set");

        // §8.4 (2), (6), (7): ABORT, SHUTDOWN-COMPLETE and COOKIE-ACK are discarded silently.
        r = Exchange(Make(Create<SctpAbortChunk>(), 1), 0);
        NS_TEST_ASSERT_MSG_EQ(r.any, false, "OOTB ABORT not answered");
        r = Exchange(Make(Create<SctpShutdownCompleteChunk>(), 1), 0);
        NS_TEST_ASSERT_MSG_EQ(r.any, false, "OOTB SHUTDOWN-COMPLETE not answered");
        r = Exchange(Make(Create<SctpCookieAckChunk>(), 1), 0);
        NS_TEST_ASSERT_MSG_EQ(r.any, false, "OOTB COOKIE-ACK not answered");

        // §6.8: a bad CRC32c is discarded silently, with a Drop trace.
        BooleanValue checksums;
        GlobalValue::GetValueByName("ChecksumEnabled", checksums);
        GlobalValue::Bind("ChecksumEnabled", BooleanValue(true));
        r = Exchange(Make(MakeInit(), 0), 5000, true);
        NS_TEST_ASSERT_MSG_EQ(r.any, false, "bad checksum not answered");
        NS_TEST_ASSERT_MSG_EQ(r.drop, "bad CRC32c checksum", "dropped for its checksum");
        r = Exchange(Make(MakeInit(), 0), 5000, false);
        NS_TEST_ASSERT_MSG_EQ(int(r.type), int(SctpChunk::INIT_ACK), "good checksum accepted");
        GlobalValue::Bind("ChecksumEnabled", checksums);
    }
};

/**
 * \ingroup sctp-test
 * \brief RFC 9260 §5.2.4 case C: a State Cookie that arrives after a newer one established the
 * association carries a stale local tag, the peer's current tag and no tie tags: it is
 * discarded without an answer and the association keeps its tags.
 */
class SctpLateCookieTestCase : public TestCase
{
  public:
    SctpLateCookieTestCase()
        : TestCase("late COOKIE-ECHO (case C) is discarded silently")
    {
    }

  private:
    /// A packet that came back to node 0.
    struct Answer
    {
        double at;                   //!< arrival time (s)
        uint32_t vtag;               //!< verification tag
        uint8_t type;                //!< first chunk type
        uint32_t initiateTag;        //!< INIT-ACK: its Initiate Tag
        std::vector<uint8_t> cookie; //!< INIT-ACK: its State Cookie
    };

    void DoRun() override
    {
        std::vector<Answer> answers;
        CraftBed bed;
        bed.atSender->SetFilter([&answers](const SctpPacket& p) {
            Answer a{Simulator::Now().GetSeconds(),
                     p.GetVerificationTag(),
                     p.GetChunks().front()->GetType(),
                     0,
                     {}};
            if (auto ack = DynamicCast<SctpInitAckChunk>(p.GetChunks().front()))
            {
                a.initiateTag = ack->GetInitiateTag();
                auto c = DynamicCast<SctpStateCookieParameter>(
                    ack->FindParameter(SctpParameter::STATE_COOKIE));
                if (c)
                {
                    a.cookie = c->GetCookie();
                }
            }
            answers.push_back(a);
            return false;
        });
        Ptr<Socket> listener =
            Socket::CreateSocket(bed.nodes.Get(1), SctpSocketFactory::GetTypeId());
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 5000));
        listener->Listen();
        Ptr<Socket> accepted;
        std::vector<uint8_t> received;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>(
                [&accepted, &received](Ptr<Socket> s, const Address&) {
                    accepted = s;
                    s->SetRecvCallback(Callback<void, Ptr<Socket>>([&received](Ptr<Socket> r) {
                        while (Ptr<Packet> p = r->Recv())
                        {
                            std::vector<uint8_t> b(p->GetSize());
                            p->CopyData(b.data(), b.size());
                            received.insert(received.end(), b.begin(), b.end());
                        }
                    }));
                }));
        auto send = [&](Ptr<SctpChunk> chunk, uint32_t vtag) { bed.Send(Make(chunk, vtag)); };
        auto echo = [&](size_t i) {
            Ptr<SctpCookieEchoChunk> ce = Create<SctpCookieEchoChunk>();
            ce->SetCookie(answers.at(i).cookie);
            send(ce, answers.at(i).initiateTag);
        };
        // Two INITs before any COOKIE-ECHO: the listener keeps no state, so the second INIT-ACK
        // carries a new tag and a cookie without tie tags, like the first.
        Simulator::Schedule(Seconds(1.0), [&]() { send(MakeInit(), 0); });
        Simulator::Schedule(Seconds(1.1), [&]() { send(MakeInit(), 0); });
        Simulator::Schedule(Seconds(1.2), [&]() { echo(1); });
        // The first cookie arrives late, after the second one established the association.
        Simulator::Schedule(Seconds(1.3), [&]() { echo(0); });
        // The association still runs on the second cookie's tag.
        Simulator::Schedule(Seconds(1.4), [&]() {
            Ptr<SctpDataChunk> data = Create<SctpDataChunk>();
            data->SetTsn(1000);
            data->SetBeginning(true);
            data->SetEnd(true);
            data->SetUserData({1, 2, 3, 4, 5, 6, 7});
            send(data, answers.at(1).initiateTag);
        });
        Simulator::Stop(Seconds(3));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(answers.size(), 4, "INIT-ACK, INIT-ACK, COOKIE-ACK, SACK");
        NS_TEST_ASSERT_MSG_EQ(int(answers[0].type), int(SctpChunk::INIT_ACK), "first INIT-ACK");
        NS_TEST_ASSERT_MSG_EQ(int(answers[1].type), int(SctpChunk::INIT_ACK), "second INIT-ACK");
        NS_TEST_ASSERT_MSG_NE(answers[0].initiateTag,
                              answers[1].initiateTag,
                              "a stateless listener picks a new tag for each INIT");
        NS_TEST_ASSERT_MSG_EQ(int(answers[2].type), int(SctpChunk::COOKIE_ACK), "COOKIE-ACK");
        NS_TEST_ASSERT_MSG_LT(answers[2].at, 1.3, "only for the second cookie");
        NS_TEST_ASSERT_MSG_EQ(bed.drop, "COOKIE-ECHO case C", "the late cookie dropped as case C");
        NS_TEST_ASSERT_MSG_EQ(int(answers[3].type), int(SctpChunk::SACK), "DATA acknowledged");
        NS_TEST_ASSERT_MSG_GT(answers[3].at, 1.4, "the SACK answers the DATA");
        NS_TEST_ASSERT_MSG_EQ(answers[3].vtag, 0xA1B2C3D4u, "with the peer's tag");
        NS_TEST_ASSERT_MSG_EQ((received == std::vector<uint8_t>{1, 2, 3, 4, 5, 6, 7}),
                              true,
                              "the 7 bytes delivered on the kept association");
        listener = nullptr;
        accepted = nullptr;
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief Hostile input into a live association: after a crafted handshake, while the stack sends
 * a message every 5 ms, 4,000 packets with the association's verification tag carry
 * well-formed DATA and SACK chunks with random fields (TSNs, streams, flags, gaps, windows) or
 * chunks of every type with random flags, lengths and contents (a fixed seed, so a failure
 * reproduces). The stack must take every one of them
 * without crashing: each reaches SCTP (Rx), and the run ends with the association either still
 * established or closed through the protocol (an ABORT it sent or a chunk it accepted).
 */
class SctpHostileChunksTestCase : public TestCase
{
  public:
    SctpHostileChunksTestCase()
        : TestCase("random chunks into a live association: no crash")
    {
    }

  private:
    void DoRun() override
    {
        CraftBed bed;
        uint32_t localTag = 0;
        uint32_t localTsn = 0;
        std::vector<uint8_t> cookie;
        uint32_t answers = 0;
        bed.atSender->SetFilter([&](const SctpPacket& p) {
            answers++;
            if (auto ack = DynamicCast<SctpInitAckChunk>(p.GetChunks().front()))
            {
                localTag = ack->GetInitiateTag();
                localTsn = ack->GetInitialTsn();
                if (auto c = DynamicCast<SctpStateCookieParameter>(
                        ack->FindParameter(SctpParameter::STATE_COOKIE)))
                {
                    cookie = c->GetCookie();
                }
            }
            return false;
        });
        uint32_t rx = 0;
        bed.target->TraceConnectWithoutContext(
            "Rx",
            Callback<void, Ptr<const Packet>>([&rx](Ptr<const Packet>) { rx++; }));
        Ptr<Socket> listener =
            Socket::CreateSocket(bed.nodes.Get(1), SctpSocketFactory::GetTypeId());
        listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), 5000));
        listener->Listen();
        Ptr<SctpSocketImpl> accepted;
        listener->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&accepted](Ptr<Socket> s, const Address&) {
                accepted = DynamicCast<SctpSocketImpl>(s);
                s->SetRecvCallback(Callback<void, Ptr<Socket>>([](Ptr<Socket> r) {
                    while (r->Recv())
                    {
                    }
                }));
            }));
        // Node 1 sends a message every 5 ms, so that the SACKs below have data to act on.
        uint32_t sent = 0;
        std::function<void()> sendData = [&]() {
            if (accepted && accepted->Send(Create<Packet>(200), 0) > 0)
            {
                sent++;
            }
            if (Simulator::Now() < Seconds(3))
            {
                Simulator::Schedule(MilliSeconds(5), sendData);
            }
        };
        Simulator::Schedule(Seconds(1.15), sendData);
        Simulator::Schedule(Seconds(1.0), [&]() { bed.Send(Make(MakeInit(), 0)); });
        Simulator::Schedule(Seconds(1.1), [&]() {
            Ptr<SctpCookieEchoChunk> ce = Create<SctpCookieEchoChunk>();
            ce->SetCookie(cookie);
            bed.Send(Make(ce, localTag));
        });
        // Raw packets: the common header (ports, tag, checksum not checked: ChecksumEnabled is
        // off) and one to three chunks of random type, flags, declared length and bytes.
        std::mt19937 rng(20261123);
        const uint8_t types[] = {0,  1,  2,  3,  4,   5,   6,   7,   8,   9,   10,   11,   12,
                                 13, 14, 15, 64, 128, 129, 130, 192, 193, 194, 0x3f, 0x7f, 0xff};
        const uint32_t packets = 4000;
        // Well-formed DATA and SACK with random fields reach reassembly and SACK processing.
        auto sendStructured = [&]() {
            if (rng() % 2)
            {
                Ptr<SctpDataChunk> d = Create<SctpDataChunk>();
                d->SetTsn(1000 + rng() % 800);
                d->SetStreamId(static_cast<uint16_t>(rng() % 12)); // 10 streams negotiated
                d->SetStreamSeq(static_cast<uint16_t>(rng() % 50));
                d->SetBeginning(rng() % 2);
                d->SetEnd(rng() % 2);
                d->SetUnordered(rng() % 4 == 0);
                d->SetUserData(std::vector<uint8_t>(1 + rng() % 300, uint8_t(rng())));
                bed.Send(Make(d, localTag));
                return;
            }
            Ptr<SctpSackChunk> sack = Create<SctpSackChunk>();
            sack->SetCumulativeTsnAck(localTsn - 1 + rng() % (sent + 1));
            sack->SetARwnd(rng() % 3 ? 65536 : rng() % 2000);
            for (uint32_t g = rng() % 4, start = 2; g > 0; --g)
            {
                uint16_t end = static_cast<uint16_t>(start + rng() % 5);
                sack->AddGapAckBlock(static_cast<uint16_t>(start), end);
                start = end + 2 + rng() % 3;
            }
            bed.Send(Make(sack, localTag));
        };
        auto sendRandom = [&]() {
            if (rng() % 5 < 3)
            {
                sendStructured();
                return;
            }
            std::vector<uint8_t> b{0x04, 0xd2, 0x13, 0x88}; // 1234 -> 5000
            for (int i = 3; i >= 0; --i)
            {
                b.push_back(static_cast<uint8_t>(localTag >> (8 * i)));
            }
            b.insert(b.end(), {0, 0, 0, 0});
            uint32_t chunks = 1 + rng() % 3;
            for (uint32_t c = 0; c < chunks; ++c)
            {
                uint8_t type = types[rng() % sizeof(types)];
                if (type == 6 || type == 7 || type == 8 || type == 10)
                {
                    type = 0; // ABORT, SHUTDOWN and COOKIE-ECHO would end the run early
                }
                uint32_t valueLen = rng() % 64;
                uint32_t declared = 4 + valueLen;
                if (rng() % 8 == 0)
                {
                    declared = rng() % 80; // a length that lies
                }
                b.push_back(type);
                b.push_back(static_cast<uint8_t>(rng()));
                b.push_back(static_cast<uint8_t>(declared >> 8));
                b.push_back(static_cast<uint8_t>(declared));
                for (uint32_t k = 0; k < valueLen; ++k)
                {
                    b.push_back(static_cast<uint8_t>(rng()));
                }
                while (b.size() % 4)
                {
                    b.push_back(0);
                }
            }
            Ptr<Ipv4> ipv4 = bed.nodes.Get(0)->GetObject<Ipv4>();
            Ptr<Packet> p = Create<Packet>(b.data(), b.size());
            Ipv4Header h;
            h.SetDestination(bed.ifs.GetAddress(1));
            h.SetProtocol(132);
            Socket::SocketErrno err;
            Ptr<Ipv4Route> route = ipv4->GetRoutingProtocol()->RouteOutput(p, h, nullptr, err);
            ipv4->Send(p, bed.ifs.GetAddress(0), bed.ifs.GetAddress(1), 132, route);
        };
        for (uint32_t i = 0; i < packets; ++i)
        {
            Simulator::Schedule(Seconds(1.2) + MicroSeconds(500 * i), sendRandom);
        }
        Simulator::Stop(Seconds(10));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_NE(localTag, 0u, "INIT-ACK received");
        NS_TEST_ASSERT_MSG_NE(accepted, nullptr, "association established");
        // (and a few of node 0's answers to what node 1 sent it, node 0 having no association)
        NS_TEST_ASSERT_MSG_GT_OR_EQ(rx, packets + 2, "every packet reached SCTP");
        NS_TEST_ASSERT_MSG_GT(answers, 2u, "the stack answered some of them");
        Ptr<SctpAssociation> a = accepted ? accepted->GetAssociation() : nullptr;
        bool fine = !a || a->GetState() == SctpAssociation::ESTABLISHED ||
                    a->GetState() == SctpAssociation::CLOSED;
        NS_TEST_ASSERT_MSG_EQ(fine, true, "established, or closed by the protocol");
        listener = nullptr;
        accepted = nullptr;
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief Out-of-the-blue handling and tag rules.
 */
class SctpOotbTestSuite : public TestSuite
{
  public:
    SctpOotbTestSuite()
        : TestSuite("sctp-ootb", UNIT)
    {
        AddTestCase(new SctpOotbTestCase, TestCase::QUICK);
        AddTestCase(new SctpLateCookieTestCase, TestCase::QUICK);
        AddTestCase(new SctpHostileChunksTestCase, TestCase::QUICK);
    }
};

/// Static variable for test initialization
static SctpOotbTestSuite g_sctpOotbTestSuite;
