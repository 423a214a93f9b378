/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The bytes RecvMsg hands out for notifications: FreeBSD's sctp_uio.h structures on amd64
// (little-endian), with their sizes: sctp_assoc_change 20 + info, sctp_paddr_change 152,
// sctp_remote_error 16 + data, sctp_shutdown_event and sctp_sender_dry_event 12,
// sctp_adaptation_event 16, sctp_pdapi_event 20, sctp_send_failed_event 32 + data.

#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/sctp-notification.h"

#include <gtest/gtest.h>

using namespace ns3;

namespace
{

SctpNotification
RoundTrip(const SctpNotification& n, std::size_t expectedSize)
{
    std::vector<uint8_t> b = n.Serialize();
    EXPECT_EQ(b.size(), expectedSize);
    // sn_type, sn_flags, sn_length lead every structure.
    EXPECT_EQ(b[0] | (b[1] << 8), n.type);
    EXPECT_EQ(b[2] | (b[3] << 8), n.flags);
    EXPECT_EQ(uint32_t(b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)), b.size());
    SctpNotification back;
    EXPECT_TRUE(SctpNotification::Deserialize(b, back));
    return back;
}

} // namespace

TEST(SctpNotificationBytes, AssocChange)
{
    SctpNotification n;
    n.type = SctpNotification::ASSOC_CHANGE;
    n.state = SctpNotification::COMM_UP;
    n.outboundStreams = 10;
    n.inboundStreams = 2048;
    n.assocId = 7;
    std::vector<uint8_t> b = n.Serialize();
    ASSERT_EQ(b.size(), 20u);
    EXPECT_EQ(b[8], 1);                    // sac_state COMM_UP
    EXPECT_EQ(b[12] | (b[13] << 8), 10);   // sac_outbound_streams
    EXPECT_EQ(b[14] | (b[15] << 8), 2048); // sac_inbound_streams
    EXPECT_EQ(b[16], 7);                   // sac_assoc_id
    SctpNotification back = RoundTrip(n, 20);
    EXPECT_EQ(back.state, n.state);
    EXPECT_EQ(back.outboundStreams, 10);
    EXPECT_EQ(back.inboundStreams, 2048);
    EXPECT_EQ(back.assocId, 7u);
}

TEST(SctpNotificationBytes, PeerAddrChange)
{
    SctpNotification n;
    n.type = SctpNotification::PEER_ADDR_CHANGE;
    n.state = SctpNotification::ADDR_POTENTIALLY_FAILED;
    n.address = Ipv4Address("10.1.2.3");
    n.port = 8080;
    n.assocId = 9;
    std::vector<uint8_t> b = n.Serialize();
    ASSERT_EQ(b.size(), 152u);
    EXPECT_EQ(b[8], 16);    // sin_len
    EXPECT_EQ(b[9], 2);     // AF_INET
    EXPECT_EQ(b[10], 0x1f); // sin_port 8080 in network byte order
    EXPECT_EQ(b[11], 0x90);
    EXPECT_EQ(b[12], 10);
    EXPECT_EQ(b[15], 3);
    EXPECT_EQ(b[136], 7); // spc_state after the 128-byte sockaddr_storage
    SctpNotification back = RoundTrip(n, 152);
    EXPECT_EQ(back.address, n.address);
    EXPECT_EQ(back.port, 8080);
    EXPECT_EQ(back.state, n.state);
    EXPECT_EQ(back.assocId, 9u);

    n.address = Ipv6Address("2001:db8::5");
    b = n.Serialize();
    EXPECT_EQ(b[8], 28); // sin6_len
    EXPECT_EQ(b[9], 28); // AF_INET6 on FreeBSD
    EXPECT_EQ(b[10], 0x1f);
    back = RoundTrip(n, 152);
    EXPECT_EQ(back.address, n.address);
}

TEST(SctpNotificationBytes, RemoteErrorShutdownDryAdaptation)
{
    SctpNotification n;
    n.type = SctpNotification::REMOTE_ERROR;
    n.error = 0x000a;
    n.data = {1, 2, 3, 4};
    n.assocId = 3;
    SctpNotification back = RoundTrip(n, 20);
    EXPECT_EQ(back.error, 0x000au);
    EXPECT_EQ(back.data, n.data);

    SctpNotification s;
    s.type = SctpNotification::SHUTDOWN_EVENT;
    s.assocId = 4;
    EXPECT_EQ(RoundTrip(s, 12).assocId, 4u);
    s.type = SctpNotification::SENDER_DRY_EVENT;
    EXPECT_EQ(RoundTrip(s, 12).assocId, 4u);

    SctpNotification a;
    a.type = SctpNotification::ADAPTATION_INDICATION;
    a.indication = 0x01020304;
    EXPECT_EQ(RoundTrip(a, 16).indication, 0x01020304u);
}

TEST(SctpNotificationBytes, PartialDeliveryAndSendFailed)
{
    SctpNotification p;
    p.type = SctpNotification::PARTIAL_DELIVERY_EVENT;
    p.indication = SctpNotification::PARTIAL_DELIVERY_ABORTED;
    p.streamId = 5;
    p.sequence = 17;
    p.assocId = 3;
    SctpNotification back = RoundTrip(p, 20);
    EXPECT_EQ(back.indication, 1u);
    EXPECT_EQ(back.streamId, 5);
    EXPECT_EQ(back.sequence, 17);

    SctpNotification f;
    f.type = SctpNotification::SEND_FAILED_EVENT;
    f.flags = SctpNotification::DATA_SENT;
    f.sndInfo.sid = 2;
    f.sndInfo.ppid = 46;
    f.sndInfo.context = 99;
    f.data = std::vector<uint8_t>(100, 0xab);
    back = RoundTrip(f, 132);
    EXPECT_EQ(back.flags, SctpNotification::DATA_SENT);
    EXPECT_EQ(back.sndInfo.sid, 2);
    EXPECT_EQ(back.sndInfo.ppid, 46u);
    EXPECT_EQ(back.sndInfo.context, 99u);
    EXPECT_EQ(back.data, f.data);
}

TEST(SctpNotificationBytes, Authentication)
{
    SctpNotification n;
    n.type = SctpNotification::AUTHENTICATION_EVENT;
    n.indication = SctpNotification::AUTH_NO_AUTH;
    n.assocId = 5;
    std::vector<uint8_t> b = n.Serialize();
    ASSERT_EQ(b.size(), 20u);
    EXPECT_EQ(b[12], 2); // auth_indication after auth_keynumber and auth_altkeynumber
    SctpNotification back = RoundTrip(n, 20);
    EXPECT_EQ(back.indication, 2u);
    EXPECT_EQ(back.assocId, 5u);
    // SCTP_AUTH_NEW_KEY: auth_keynumber at 8, FreeBSD's auth_altkeynumber (the previous key) at 10.
    n.indication = SctpNotification::AUTH_NEW_KEY;
    n.keyNumber = 0x0102;
    n.altKeyNumber = 0x0304;
    b = n.Serialize();
    EXPECT_EQ(b[8] | b[9] << 8, 0x0102);
    EXPECT_EQ(b[10] | b[11] << 8, 0x0304);
    back = RoundTrip(n, 20);
    EXPECT_EQ(back.keyNumber, 0x0102);
    EXPECT_EQ(back.altKeyNumber, 0x0304);
}

TEST(SctpNotificationBytes, StreamResetAndChange)
{
    SctpNotification r;
    r.type = SctpNotification::STREAM_RESET_EVENT;
    r.flags = SctpNotification::STREAM_RESET_OUTGOING_SSN;
    r.streams = {1, 7};
    SctpNotification back = RoundTrip(r, 16); // sctp_stream_reset_event: 12 + 2 per stream
    EXPECT_EQ(back.streams, r.streams);
    SctpNotification c;
    c.type = SctpNotification::STREAM_CHANGE_EVENT;
    c.inboundStreams = 15;
    c.outboundStreams = 10;
    back = RoundTrip(c, 16); // sctp_stream_change_event
    EXPECT_EQ(back.inboundStreams, 15);
    EXPECT_EQ(back.outboundStreams, 10);
}

TEST(SctpNotificationBytes, Truncated)
{
    SctpNotification n;
    n.type = SctpNotification::ASSOC_CHANGE;
    std::vector<uint8_t> b = n.Serialize();
    b.resize(10);
    SctpNotification back;
    EXPECT_FALSE(SctpNotification::Deserialize(b, back));
    EXPECT_FALSE(SctpNotification::Deserialize({}, back));
}

TEST(SctpNotificationBytes, OlderSendFailed)
{
    // struct sctp_send_failed: type 4, flags, length, error, a 32-byte struct sctp_sndrcvinfo
    // (stream at 12, flags at 16, ppid at 20, context at 24, assoc id at 40), assoc id at 44,
    // then the data.
    SctpNotification n;
    n.type = SctpNotification::SEND_FAILED;
    n.flags = SctpNotification::DATA_UNSENT;
    n.sndInfo.sid = 3;
    n.sndInfo.ppid = 0x11223344;
    n.sndInfo.context = 5;
    n.assocId = 9;
    n.data = {1, 2, 3};
    std::vector<uint8_t> b = n.Serialize();
    ASSERT_EQ(b.size(), 51u);
    EXPECT_EQ(b[0], 4);
    EXPECT_EQ(b[4], 51); // ssf_length
    EXPECT_EQ(b[12], 3); // sinfo_stream
    EXPECT_EQ(b[20], 0x44);
    EXPECT_EQ(b[40], 9); // sinfo_assoc_id
    EXPECT_EQ(b[44], 9); // ssf_assoc_id
    EXPECT_EQ(b[48], 1);
    SctpNotification back = RoundTrip(n, 51);
    EXPECT_EQ(back.sndInfo.sid, 3);
    EXPECT_EQ(back.sndInfo.ppid, 0x11223344u);
    EXPECT_EQ(back.assocId, 9u);
    EXPECT_EQ(back.data, n.data);
    // A subscription to the older type alone turns SEND_FAILED_EVENT into it.
    SctpEventSubscription events;
    events.Set(SctpNotification::SEND_FAILED, true);
    SctpNotification e;
    e.type = SctpNotification::SEND_FAILED_EVENT;
    EXPECT_TRUE(events.Deliver(e));
    EXPECT_EQ(e.type, SctpNotification::SEND_FAILED);
    events.Set(SctpNotification::SEND_FAILED_EVENT, true);
    e.type = SctpNotification::SEND_FAILED_EVENT;
    EXPECT_TRUE(events.Deliver(e));
    EXPECT_EQ(e.type, SctpNotification::SEND_FAILED_EVENT);
}
