/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The RFC 6458 socket options: accepted values take effect, refused ones fail with the errno
// the RFC gives and change nothing.

#include "sctp-scenario.h"

#include "ns3/core-module.h"
#include "ns3/test.h"

using namespace ns3;

/**
 * \ingroup sctp-test
 * \brief Option checks that need no association.
 */
class SctpOptionValuesTestCase : public TestCase
{
  public:
    SctpOptionValuesTestCase()
        : TestCase("option values before connect")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<Node> node = CreateObject<Node>();
        InternetStackHelper internet;
        internet.Install(node);
        SctpStackHelper sctp;
        sctp.Install(node);
        Ptr<SctpSocket> s =
            DynamicCast<SctpSocket>(Socket::CreateSocket(node, SctpSocketFactory::GetTypeId()));

        // SCTP_RTOINFO: FreeBSD's defaults; min <= initial <= max enforced; 0 keeps a value.
        SctpRtoInfo rto;
        NS_TEST_ASSERT_MSG_EQ(s->GetRtoInfo(rto), 0, "get RTOINFO");
        NS_TEST_ASSERT_MSG_EQ(rto.initial, 1000u, "RTO.Initial 1 s");
        NS_TEST_ASSERT_MSG_EQ(rto.min, 1000u, "RTO.Min 1 s");
        NS_TEST_ASSERT_MSG_EQ(rto.max, 60000u, "RTO.Max 60 s");
        SctpRtoInfo bad;
        bad.min = 5000; // above the initial value
        NS_TEST_ASSERT_MSG_EQ(s->SetRtoInfo(bad), -1, "min above initial refused");
        NS_TEST_ASSERT_MSG_EQ(s->GetErrno(), Socket::ERROR_INVAL, "EINVAL");
        SctpRtoInfo good;
        good.min = 200;
        good.initial = 300;
        NS_TEST_ASSERT_MSG_EQ(s->SetRtoInfo(good), 0, "valid RTOINFO accepted");
        s->GetRtoInfo(rto);
        NS_TEST_ASSERT_MSG_EQ(rto.min, 200u, "min set");
        NS_TEST_ASSERT_MSG_EQ(rto.initial, 300u, "initial set");
        NS_TEST_ASSERT_MSG_EQ(rto.max, 60000u, "max kept");

        // SCTP_DELAYED_SACK: at most 500 ms (RFC 6458 §8.1.19).
        SctpSackInfo sack;
        s->GetDelayedSack(sack);
        NS_TEST_ASSERT_MSG_EQ(sack.delay, 200u, "200 ms by default");
        NS_TEST_ASSERT_MSG_EQ(sack.freq, 2u, "every 2nd packet by default");
        sack.delay = 501;
        NS_TEST_ASSERT_MSG_EQ(s->SetDelayedSack(sack), -1, "501 ms refused");
        sack.delay = 100;
        sack.freq = 4;
        NS_TEST_ASSERT_MSG_EQ(s->SetDelayedSack(sack), 0, "100 ms accepted");
        s->GetDelayedSack(sack);
        NS_TEST_ASSERT_MSG_EQ(sack.delay, 100u, "delay set");
        NS_TEST_ASSERT_MSG_EQ(sack.freq, 4u, "freq set");

        // SCTP_INITMSG: FreeBSD's 10 outbound / 2048 inbound streams, 8 attempts.
        SctpInitMsg init;
        s->GetInitMsg(init);
        NS_TEST_ASSERT_MSG_EQ(init.numOstreams, 10, "10 outbound streams");
        NS_TEST_ASSERT_MSG_EQ(init.maxInstreams, 2048, "2048 inbound streams");
        NS_TEST_ASSERT_MSG_EQ(init.maxAttempts, 8, "Max.Init.Retransmits 8");

        // SCTP_PARTIAL_DELIVERY_POINT: defaults to rcvbuf/2, may not exceed rcvbuf.
        NS_TEST_ASSERT_MSG_EQ(s->GetPartialDeliveryPoint(), s->GetRcvBuf() / 2, "rcvbuf/2");
        NS_TEST_ASSERT_MSG_EQ(s->SetPartialDeliveryPoint(s->GetRcvBuf() + 1), -1, "above rcvbuf");
        NS_TEST_ASSERT_MSG_EQ(s->SetPartialDeliveryPoint(4096), 0, "4096 accepted");
        NS_TEST_ASSERT_MSG_EQ(s->GetPartialDeliveryPoint(), 4096u, "set");

        // SCTP_MAXSEG: below 64 refused.
        SctpAssocValue seg;
        seg.value = 10;
        NS_TEST_ASSERT_MSG_EQ(s->SetMaxSeg(seg), -1, "10 refused");

        // SCTP_FRAGMENT_INTERLEAVE: level 0 only.
        NS_TEST_ASSERT_MSG_EQ(s->SetFragmentInterleave(0), 0, "level 0");
        NS_TEST_ASSERT_MSG_EQ(s->SetFragmentInterleave(2), -1, "level 2 refused");
        NS_TEST_ASSERT_MSG_EQ(s->GetErrno(), Socket::ERROR_OPNOTSUPP, "EOPNOTSUPP");

        // Sending before connect.
        NS_TEST_ASSERT_MSG_EQ(s->SendMsg(std::vector<uint8_t>(10), SctpSndInfo()), -1, "no send");
        NS_TEST_ASSERT_MSG_EQ(s->GetErrno(), Socket::ERROR_NOTCONN, "ENOTCONN");
        SctpStatus status;
        NS_TEST_ASSERT_MSG_EQ(s->GetStatus(status), -1, "no status without association");
        s = nullptr;
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief Options on an association: SCTP_MAXSEG lowers the fragmentation point,
 * SCTP_DISABLE_FRAGMENTS refuses larger messages, SCTP_DEFAULT_SNDINFO picks the stream and PPID
 * of plain sends, SCTP_CONTEXT comes back in SctpRcvInfo, SCTP_STATUS reports the association.
 */
class SctpOptionEffectsTestCase : public TestCase
{
  public:
    SctpOptionEffectsTestCase()
        : TestCase("option effects on an association")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        PointToPointHelper p2p;
        NetDeviceContainer devs = p2p.Install(nodes);
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        Ipv4AddressHelper addr("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = addr.Assign(devs);

        Ptr<SctpSocket> server = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(1), SctpSocketFactory::GetTypeId()));
        server->Bind(InetSocketAddress(Ipv4Address::GetAny(), 5000));
        server->Listen();
        Ptr<SctpSocket> accepted;
        server->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&accepted](Ptr<Socket> s, const Address&) {
                accepted = DynamicCast<SctpSocket>(s);
                SctpAssocValue ctx;
                ctx.value = 77;
                accepted->SetContext(ctx);
            }));
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(0), SctpSocketFactory::GetTypeId()));
        SctpAssocValue seg;
        seg.value = 500;
        client->SetMaxSeg(seg);
        client->SetDisableFragments(true);
        SctpSndInfo defaults;
        defaults.sid = 1;
        defaults.ppid = 46;
        client->SetDefaultSendParam(defaults);
        SctpStatus status;
        int bigSend = 0;
        Socket::SocketErrno bigErrno = Socket::ERROR_NOTERROR;
        client->SetConnectCallback(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                client->GetStatus(status);
                bigSend = client->SendMsg(std::vector<uint8_t>(600, 1), SctpSndInfo());
                bigErrno = client->GetErrno();
                client->Send(Create<Packet>(std::vector<uint8_t>(400, 2).data(), 400));
            }),
            MakeNullCallback<void, Ptr<Socket>>());
        client->Connect(InetSocketAddress(ifs.GetAddress(1), 5000));
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(status.state, SctpAssociation::ESTABLISHED, "STATUS: established");
        NS_TEST_ASSERT_MSG_EQ(status.outstrms, 10, "STATUS: 10 outbound streams");
        NS_TEST_ASSERT_MSG_EQ(status.fragmentationPoint, 500u, "MAXSEG lowered it to 500");
        NS_TEST_ASSERT_MSG_EQ(status.primary.cwnd, 3 * (1500u - 12), "STATUS: primary cwnd");
        NS_TEST_ASSERT_MSG_EQ(bigSend, -1, "600 bytes refused without fragmentation");
        NS_TEST_ASSERT_MSG_EQ(bigErrno, Socket::ERROR_MSGSIZE, "EMSGSIZE");
        std::vector<uint8_t> data;
        SctpRcvInfo info;
        bool eor = false;
        NS_TEST_ASSERT_MSG_EQ(accepted->RecvMsg(data, info, eor), 400, "the plain send arrived");
        NS_TEST_ASSERT_MSG_EQ((data == std::vector<uint8_t>(400, 2)), true, "byte for byte");
        NS_TEST_ASSERT_MSG_EQ(info.sid, 1, "on the default stream");
        NS_TEST_ASSERT_MSG_EQ(info.ppid, 46u, "with the default PPID");
        NS_TEST_ASSERT_MSG_EQ(info.context, 77u, "SCTP_CONTEXT returned");
        NS_TEST_ASSERT_MSG_EQ(eor, true, "whole message");
        server = nullptr;
        client = nullptr;
        accepted = nullptr;
        Simulator::Destroy();
    }
};

/**
 * \ingroup sctp-test
 * \brief SCTP_USE_EXT_RCVINFO (the sctp(4) page; FreeBSD's struct sctp_extrcvinfo): each read
 * that completes a message also describes the message the next read returns. Three messages
 * (stream 1 PPID 7 100 bytes; stream 2 PPID 8 200 bytes unordered; stream 0 PPID 9 300 bytes)
 * and a SHUTDOWN_EVENT wait at the server when it reads: the first read announces the second
 * message (available, complete, unordered, its stream, PPID and length), the second the third,
 * the third the 12-byte shutdown notification. Off (the default), nothing is announced.
 */
class SctpExtRcvInfoTestCase : public TestCase
{
  public:
    /// \param [in] on SCTP_USE_EXT_RCVINFO at the server
    explicit SctpExtRcvInfoTestCase(bool on)
        : TestCase(std::string("SCTP_USE_EXT_RCVINFO ") + (on ? "on" : "off")),
          m_on(on)
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        PointToPointHelper p2p;
        p2p.SetChannelAttribute("Delay", StringValue("50ms"));
        NetDeviceContainer devs = p2p.Install(nodes);
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        Ipv4AddressHelper addr("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = addr.Assign(devs);

        Ptr<SctpSocket> server = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(1), SctpSocketFactory::GetTypeId()));
        server->Bind(InetSocketAddress(Ipv4Address::GetAny(), 5000));
        server->Listen();
        NS_TEST_ASSERT_MSG_EQ(server->SetUseExtRcvInfo(m_on), 0, "option set");
        NS_TEST_ASSERT_MSG_EQ(server->GetUseExtRcvInfo(), m_on, "and read back");
        server->SetEvent(SctpNotification::SHUTDOWN_EVENT, true);
        Ptr<SctpSocket> accepted;
        server->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([&accepted](Ptr<Socket> s, const Address&) {
                accepted = DynamicCast<SctpSocket>(s);
            }));
        Ptr<SctpSocket> client = DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(0), SctpSocketFactory::GetTypeId()));

        /// What one read returned.
        struct Read
        {
            std::vector<uint8_t> data;
            SctpRcvInfo info;
        };

        std::vector<Read> reads;
        auto message = [](uint32_t size, uint8_t seed) {
            std::vector<uint8_t> m(size);
            for (uint32_t i = 0; i < size; ++i)
            {
                m[i] = static_cast<uint8_t>(seed + i * 3);
            }
            return m;
        };
        client->SetConnectCallback(
            Callback<void, Ptr<Socket>>([&](Ptr<Socket>) {
                SctpSndInfo a;
                a.sid = 1;
                a.ppid = 7;
                client->SendMsg(message(100, 1), a);
                SctpSndInfo b;
                b.sid = 2;
                b.ppid = 8;
                b.flags = SctpMsgFlags::UNORDERED;
                client->SendMsg(message(200, 2), b);
                SctpSndInfo c;
                c.ppid = 9;
                client->SendMsg(message(300, 3), c);
                // The SHUTDOWN reaches the server 50 ms later; its SHUTDOWN-COMPLETE comes
                // back 100 ms after that: the server reads in between.
                Simulator::Schedule(Seconds(0.5), [&]() { client->Close(); });
                Simulator::Schedule(Seconds(0.57), [&]() {
                    Read r;
                    bool eor = false;
                    while (accepted && accepted->RecvMsg(r.data, r.info, eor) > 0)
                    {
                        reads.push_back(r);
                        r = Read();
                    }
                });
            }),
            MakeNullCallback<void, Ptr<Socket>>());
        client->Connect(InetSocketAddress(ifs.GetAddress(1), 5000));
        Simulator::Stop(Seconds(5));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(reads.size(), 4u, "three messages and the notification");
        NS_TEST_ASSERT_MSG_EQ((reads[0].data == message(100, 1)), true, "first intact");
        NS_TEST_ASSERT_MSG_EQ((reads[1].data == message(200, 2)), true, "second intact");
        NS_TEST_ASSERT_MSG_EQ((reads[2].data == message(300, 3)), true, "third intact");
        NS_TEST_ASSERT_MSG_EQ(reads[3].info.flags, SctpMsgFlags::NOTIFICATION, "then the event");
        NS_TEST_ASSERT_MSG_EQ(reads[3].data.size(), 12u, "struct sctp_shutdown_event");
        if (!m_on)
        {
            for (const Read& r : reads)
            {
                NS_TEST_ASSERT_MSG_EQ(r.info.nextFlags, 0, "nothing announced");
                NS_TEST_ASSERT_MSG_EQ(r.info.nextLength, 0u, "nothing announced");
            }
        }
        else
        {
            const SctpRcvInfo& i0 = reads[0].info;
            NS_TEST_ASSERT_MSG_EQ(
                i0.nextFlags,
                (SctpNextFlags::AVAIL | SctpNextFlags::IS_COMPLETE | SctpNextFlags::IS_UNORDERED),
                "second: available, complete, unordered");
            NS_TEST_ASSERT_MSG_EQ(i0.nextSid, 2, "on stream 2");
            NS_TEST_ASSERT_MSG_EQ(i0.nextPpid, 8u, "PPID 8");
            NS_TEST_ASSERT_MSG_EQ(i0.nextLength, 200u, "200 bytes");
            const SctpRcvInfo& i1 = reads[1].info;
            NS_TEST_ASSERT_MSG_EQ(i1.nextFlags,
                                  (SctpNextFlags::AVAIL | SctpNextFlags::IS_COMPLETE),
                                  "third: available, complete, ordered");
            NS_TEST_ASSERT_MSG_EQ(i1.nextSid, 0, "on stream 0");
            NS_TEST_ASSERT_MSG_EQ(i1.nextPpid, 9u, "PPID 9");
            NS_TEST_ASSERT_MSG_EQ(i1.nextLength, 300u, "300 bytes");
            const SctpRcvInfo& i2 = reads[2].info;
            NS_TEST_ASSERT_MSG_EQ(i2.nextFlags,
                                  (SctpNextFlags::AVAIL | SctpNextFlags::IS_NOTIFICATION |
                                   SctpNextFlags::IS_COMPLETE),
                                  "then a notification");
            NS_TEST_ASSERT_MSG_EQ(i2.nextLength, 12u, "of 12 bytes");
        }
        server = nullptr;
        client = nullptr;
        accepted = nullptr;
        Simulator::Destroy();
    }

    bool m_on; //!< SCTP_USE_EXT_RCVINFO
};

/**
 * \ingroup sctp-test
 * \brief The RFC 6458 socket options.
 */
class SctpSocketOptionsTestSuite : public TestSuite
{
  public:
    SctpSocketOptionsTestSuite()
        : TestSuite("sctp-socket-options", UNIT)
    {
        AddTestCase(new SctpOptionValuesTestCase, TestCase::QUICK);
        AddTestCase(new SctpOptionEffectsTestCase, TestCase::QUICK);
        AddTestCase(new SctpExtRcvInfoTestCase(true), TestCase::QUICK);
        AddTestCase(new SctpExtRcvInfoTestCase(false), TestCase::QUICK);
    }
};

/// Static variable for test initialization
static SctpSocketOptionsTestSuite g_sctpSocketOptionsTestSuite;
