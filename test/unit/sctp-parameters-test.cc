/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Every parameter type against bytes written by hand from the figures of RFC 9260 §3.3.2-3.3.5,
// RFC 6525 §4, RFC 4895 §3, RFC 4820 §4, RFC 5061 §4.2, RFC 3758 §3.1, RFC 9653 §4 and the NAT
// support draft; then padding, unknown types and malformed input.

#include "sctp-tlv-test-helpers.h"

#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-parameters.h"

#include <gtest/gtest.h>

using namespace ns3;
using sctptest::CheckWire;
using sctptest::ExpectRejected;
using sctptest::Hex;
using sctptest::ToBytes;

namespace
{
/// Parse bytes holding exactly one parameter.
Ptr<SctpParameter>
ParseParameter(const std::vector<uint8_t>& bytes, std::string& error)
{
    return sctptest::Parse<SctpParameter>(bytes, error);
}

/// Shorthand for the malformed-input checks.
void
ExpectParameterRejected(const std::vector<uint8_t>& bytes, const std::string& expected)
{
    ExpectRejected<SctpParameter>(bytes, expected);
}
} // namespace

// RFC 9260 §3.3.5: Type = 1, the sender-specific information is opaque. Five bytes: length 9,
// three bytes of padding.
TEST(SctpParameters, HeartbeatInfo)
{
    SctpHeartbeatInfoParameter p;
    p.SetInfo({0x01, 0x02, 0x03, 0x04, 0x05});
    auto q = CheckWire(p, Hex("00010009 01020304 05000000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetInfo(), (std::vector<uint8_t>{0x01, 0x02, 0x03, 0x04, 0x05}));
    EXPECT_EQ(q->GetName(), "HEARTBEAT_INFO");
}

// RFC 9260 §3.3.2.1: Type = 5, Length = 8, the address in network order.
TEST(SctpParameters, Ipv4Address)
{
    SctpIpv4AddressParameter p(Ipv4Address("192.0.2.1"));
    auto q = CheckWire(p, Hex("00050008 c0000201"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetAddress(), Ipv4Address("192.0.2.1"));
    EXPECT_EQ(q->GetName(), "IPV4_ADDRESS");
}

// RFC 9260 §3.3.2.1: Type = 6, Length = 20.
TEST(SctpParameters, Ipv6Address)
{
    SctpIpv6AddressParameter p;
    p.SetAddress(Ipv6Address("2001:db8::1"));
    auto q = CheckWire(p,
                       Hex("00060014" // type 6, length 20
                           "20010db8 00000000 00000000 00000001"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetAddress(), Ipv6Address("2001:db8::1"));
    EXPECT_EQ(q->GetName(), "IPV6_ADDRESS");
}

// RFC 9260 §3.3.3.1: Type = 7, the cookie is opaque; six bytes, length 10, two bytes padding.
TEST(SctpParameters, StateCookie)
{
    SctpStateCookieParameter p;
    p.SetCookie({0xde, 0xad, 0xbe, 0xef, 0x00, 0x01});
    auto q = CheckWire(p, Hex("0007000a deadbeef 00010000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetCookie(), (std::vector<uint8_t>{0xde, 0xad, 0xbe, 0xef, 0x00, 0x01}));
}

// RFC 9260 §3.3.3.1: Type = 8 carries the unrecognized parameter with its type and length.
// Here an unknown type 0xC123 with one value byte (its length 5, unpadded inside).
TEST(SctpParameters, UnrecognizedParameter)
{
    Ptr<SctpUnknownParameter> unknown = Create<SctpUnknownParameter>(0xC123);
    unknown->SetValue({0xaa});
    SctpUnrecognizedParameter p(unknown);
    auto q = CheckWire(p, Hex("00080009 c1230005 aa000000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetTlvBytes(), (std::vector<uint8_t>{0xc1, 0x23, 0x00, 0x05, 0xaa}));
    std::vector<Ptr<SctpParameter>> inner;
    std::string error;
    ASSERT_TRUE(q->GetParameters(inner, error)) << error;
    ASSERT_EQ(inner.size(), 1u);
    EXPECT_EQ(inner[0]->GetType(), 0xC123);
    auto u = DynamicCast<SctpUnknownParameter>(inner[0]);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->GetValue(), std::vector<uint8_t>{0xaa});
}

// RFC 9260 §3.3.2.1: Type = 9, Length = 8, suggested life-span increment in milliseconds.
TEST(SctpParameters, CookiePreservative)
{
    SctpCookiePreservativeParameter p;
    p.SetLifeSpanIncrement(10000);
    auto q = CheckWire(p, Hex("00090008 00002710"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetLifeSpanIncrement(), 10000u);
}

// RFC 9260 §3.3.2.1: Type = 11, the host name with at least one null terminator, counted in
// the length: "host" + NUL = 5 bytes, length 9, three bytes padding.
TEST(SctpParameters, HostNameAddress)
{
    SctpHostNameAddressParameter p;
    p.SetHostName("host");
    auto q = CheckWire(p, Hex("000b0009 686f7374 00000000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetHostName(), "host");
}

// RFC 9260 §3.3.2.1: Type = 12, list of 16-bit address types. An odd count is padded.
TEST(SctpParameters, SupportedAddressTypes)
{
    SctpSupportedAddressTypesParameter one;
    one.SetAddressTypes({SctpParameter::IPV4_ADDRESS});
    auto q = CheckWire(one, Hex("000c0006 00050000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetAddressTypes(), std::vector<uint16_t>{5});

    SctpSupportedAddressTypesParameter two;
    two.SetAddressTypes({SctpParameter::IPV4_ADDRESS, SctpParameter::IPV6_ADDRESS});
    q = CheckWire(two, Hex("000c0008 00050006"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetAddressTypes(), (std::vector<uint16_t>{5, 6}));
}

// RFC 6525 §4.1: Type = 13, Length = 16 + 2 * N; request seq, response seq, sender's last
// assigned TSN, then the stream numbers. Three streams: length 22, two bytes padding.
TEST(SctpParameters, OutgoingSsnResetRequest)
{
    SctpOutgoingSsnResetRequestParameter p;
    p.SetRequestSeq(0x01020304);
    p.SetResponseSeq(0x05060708);
    p.SetLastAssignedTsn(0xfffffffe);
    p.SetStreams({1, 2, 0x0300});
    auto q = CheckWire(p,
                       Hex("000d0016"             // type 13, length 22
                           "01020304"             // request seq
                           "05060708"             // response seq
                           "fffffffe"             // sender's last assigned TSN
                           "00010002 03000000")); // streams 1, 2, 0x300, padding
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetRequestSeq(), 0x01020304u);
    EXPECT_EQ(q->GetResponseSeq(), 0x05060708u);
    EXPECT_EQ(q->GetLastAssignedTsn(), 0xfffffffeu);
    EXPECT_EQ(q->GetStreams(), (std::vector<uint16_t>{1, 2, 0x0300}));

    // No streams: reset all of them, Length = 16.
    SctpOutgoingSsnResetRequestParameter all;
    all.SetRequestSeq(1);
    q = CheckWire(all,
                  Hex("000d0010"    // type 13, length 16
                      "00000001"    // request seq
                      "00000000"    // response seq
                      "00000000")); // sender's last assigned TSN
    ASSERT_TRUE(q);
    EXPECT_TRUE(q->GetStreams().empty());
}

// RFC 6525 §4.2: Type = 14, Length = 8 + 2 * N; request seq, then the stream numbers.
TEST(SctpParameters, IncomingSsnResetRequest)
{
    SctpIncomingSsnResetRequestParameter p;
    p.SetRequestSeq(7);
    p.SetStreams({4});
    auto q = CheckWire(p, Hex("000e000a 00000007 00040000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetRequestSeq(), 7u);
    EXPECT_EQ(q->GetStreams(), std::vector<uint16_t>{4});
}

// RFC 6525 §4.3: Type = 15, Length = 8, request seq.
TEST(SctpParameters, SsnTsnResetRequest)
{
    SctpSsnTsnResetRequestParameter p;
    p.SetRequestSeq(9);
    auto q = CheckWire(p, Hex("000f0008 00000009"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetRequestSeq(), 9u);
}

// RFC 6525 §4.4: Type = 16, Length = 12 or 20; response seq, result, then optionally the
// sender's next TSN and the receiver's next TSN.
TEST(SctpParameters, ReconfigResponse)
{
    SctpReconfigResponseParameter p;
    p.SetResponseSeq(3);
    p.SetResult(SctpReconfigResponseParameter::SUCCESS_PERFORMED);
    auto q = CheckWire(p, Hex("0010000c 00000003 00000001"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetResponseSeq(), 3u);
    EXPECT_EQ(q->GetResult(), 1u);
    EXPECT_FALSE(q->HasNextTsns());

    p.SetResult(SctpReconfigResponseParameter::IN_PROGRESS);
    p.SetNextTsns(0x11111111, 0x22222222);
    q = CheckWire(p,
                  Hex("00100014"    // type 16, length 20
                      "00000003"    // response seq
                      "00000006"    // result: in progress
                      "11111111"    // sender's next TSN
                      "22222222")); // receiver's next TSN
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetResult(), 6u);
    EXPECT_TRUE(q->HasNextTsns());
    EXPECT_EQ(q->GetSenderNextTsn(), 0x11111111u);
    EXPECT_EQ(q->GetReceiverNextTsn(), 0x22222222u);

    p.ClearNextTsns();
    EXPECT_EQ(p.GetLength(), 12);
}

// RFC 6525 §4.5/§4.6: Type = 17/18, Length = 12; request seq, number of new streams, reserved.
TEST(SctpParameters, AddStreamsRequests)
{
    SctpAddOutgoingStreamsRequestParameter out;
    out.SetRequestSeq(5);
    out.SetNumNewStreams(10);
    auto q = CheckWire(out, Hex("0011000c 00000005 000a0000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetRequestSeq(), 5u);
    EXPECT_EQ(q->GetNumNewStreams(), 10);

    SctpAddIncomingStreamsRequestParameter in;
    in.SetRequestSeq(0x01000000);
    in.SetNumNewStreams(0xffff);
    auto r = CheckWire(in, Hex("0012000c 01000000 ffff0000"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->GetNumNewStreams(), 0xffff);
    EXPECT_EQ(r->GetName(), "ADD_INCOMING_STREAMS_REQUEST");

    // The reserved bits are kept as received, so the parameter is echoed byte for byte.
    std::vector<uint8_t> reserved = Hex("0011000c 00000005 000aabcd");
    std::string error;
    auto p = ParseParameter(reserved, error);
    ASSERT_TRUE(p) << error;
    EXPECT_EQ(ToBytes(*p), reserved);
}

// RFC 9260 Appendix A: Type = 0x8000, Length = 4.
TEST(SctpParameters, EcnCapable)
{
    auto q = CheckWire(SctpEcnCapableParameter(), Hex("80000004"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetName(), "ECN_CAPABLE");
}

// RFC 9653 §4: Type = 0x8001, Length = 8, Error Detection Method Identifier (1: DTLS).
TEST(SctpParameters, ZeroChecksumAcceptable)
{
    SctpZeroChecksumAcceptableParameter p;
    p.SetEdmid(SctpZeroChecksumAcceptableParameter::EDMID_SCTP_OVER_DTLS);
    auto q = CheckWire(p, Hex("80010008 00000001"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetEdmid(), 1u);
    EXPECT_EQ(q->GetName(), "ZERO_CHECKSUM_ACCEPTABLE");
}

// RFC 4895 §3.1: Type = 0x8002, the random number; 32 bytes as the RFC recommends: Length = 36.
TEST(SctpParameters, Random)
{
    std::vector<uint8_t> random(32);
    for (size_t i = 0; i < random.size(); ++i)
    {
        random[i] = static_cast<uint8_t>(0xa0 + i);
    }
    SctpRandomParameter p;
    p.SetRandom(random);
    std::vector<uint8_t> wire = Hex("80020024");
    wire.insert(wire.end(), random.begin(), random.end());
    auto q = CheckWire(p, wire);
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetRandom(), random);
}

// RFC 4895 §3.2: Type = 0x8003, one byte per chunk type; ASCONF (0xC1) and ASCONF-ACK (0x80),
// as RFC 5061 §4.1.1 requires, give Length = 6 and two bytes of padding.
TEST(SctpParameters, ChunkList)
{
    SctpChunkListParameter p;
    p.SetChunkTypes({0xc1, 0x80});
    auto q = CheckWire(p, Hex("80030006 c1800000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetChunkTypes(), (std::vector<uint8_t>{0xc1, 0x80}));
}

// RFC 4895 §3.3: Type = 0x8004, HMAC identifiers (1 SHA-1, 3 SHA-256); an odd count is padded.
TEST(SctpParameters, RequestedHmacAlgorithm)
{
    SctpRequestedHmacAlgorithmParameter p;
    p.SetHmacIds({SctpRequestedHmacAlgorithmParameter::HMAC_SHA_256,
                  SctpRequestedHmacAlgorithmParameter::HMAC_SHA_1});
    auto q = CheckWire(p, Hex("80040008 00030001"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetHmacIds(), (std::vector<uint16_t>{3, 1}));

    SctpRequestedHmacAlgorithmParameter sha1;
    sha1.SetHmacIds({SctpRequestedHmacAlgorithmParameter::HMAC_SHA_1});
    q = CheckWire(sha1, Hex("80040006 00010000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetHmacIds(), std::vector<uint16_t>{1});
}

// RFC 4820 §4: Type = 0x8005, padding data; six bytes: Length = 10, two more of TLV padding.
TEST(SctpParameters, Padding)
{
    SctpPaddingParameter p;
    p.SetPaddingLength(6);
    auto q = CheckWire(p, Hex("8005000a 00000000 00000000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetPaddingLength(), 6);

    // The receiver ignores what the padding holds (RFC 4820 §4).
    std::string error;
    auto r = DynamicCast<SctpPaddingParameter>(ParseParameter(Hex("80050007 12345600"), error));
    ASSERT_TRUE(r) << error;
    EXPECT_EQ(r->GetPaddingLength(), 3);
}

// RFC 5061 §4.2.7: Type = 0x8008, one byte per chunk type. RE-CONFIG (0x82), FORWARD-TSN
// (0xC0), ASCONF (0xC1), ASCONF-ACK (0x80), AUTH (0x0F): Length = 9, three bytes padding.
TEST(SctpParameters, SupportedExtensions)
{
    SctpSupportedExtensionsParameter p;
    p.SetChunkTypes({0x82, 0xc0, 0xc1, 0x80, 0x0f});
    auto q = CheckWire(p, Hex("80080009 82c0c180 0f000000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetChunkTypes(), (std::vector<uint8_t>{0x82, 0xc0, 0xc1, 0x80, 0x0f}));
}

// RFC 3758 §3.1: Type = 0xC000, Length = 4.
TEST(SctpParameters, ForwardTsnSupported)
{
    auto q = CheckWire(SctpForwardTsnSupportedParameter(), Hex("c0000004"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetName(), "FORWARD_TSN_SUPPORTED");
}

// RFC 5061 §4.2.1: Type = 0xC001, correlation ID, then an address parameter TLV.
TEST(SctpParameters, AddIpAddress)
{
    SctpAddIpAddressParameter p;
    p.SetCorrelationId(0x11223344);
    p.SetAddress(Ipv4Address("10.0.0.2"));
    auto q = CheckWire(p,
                       Hex("c0010010" // type 0xC001, length 16
                           "11223344" // correlation ID
                           "00050008" // IPv4 Address parameter
                           "0a000002"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetCorrelationId(), 0x11223344u);
    auto a = DynamicCast<SctpIpv4AddressParameter>(q->GetAddressParameter());
    ASSERT_TRUE(a);
    EXPECT_EQ(a->GetAddress(), Ipv4Address("10.0.0.2"));
}

// RFC 5061 §4.2.2: Type = 0xC002, here with an IPv6 address: Length = 8 + 20.
TEST(SctpParameters, DeleteIpAddress)
{
    SctpDeleteIpAddressParameter p;
    p.SetCorrelationId(2);
    p.SetAddressParameter(Create<SctpIpv6AddressParameter>(Ipv6Address("fe80::2")));
    auto q = CheckWire(p,
                       Hex("c002001c" // type 0xC002, length 28
                           "00000002" // correlation ID
                           "00060014" // IPv6 Address parameter
                           "fe800000 00000000 00000000 00000002"));
    ASSERT_TRUE(q);
    auto a = DynamicCast<SctpIpv6AddressParameter>(q->GetAddressParameter());
    ASSERT_TRUE(a);
    EXPECT_EQ(a->GetAddress(), Ipv6Address("fe80::2"));
}

// RFC 5061 §4.2.4: Type = 0xC004, same layout.
TEST(SctpParameters, SetPrimaryAddress)
{
    SctpSetPrimaryAddressParameter p;
    p.SetCorrelationId(3);
    p.SetAddress(Ipv4Address("198.51.100.7"));
    auto q = CheckWire(p,
                       Hex("c0040010" // type 0xC004, length 16
                           "00000003" // correlation ID
                           "00050008" // IPv4 Address parameter
                           "c6336407"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetCorrelationId(), 3u);
    EXPECT_EQ(q->GetName(), "SET_PRIMARY_ADDRESS");
}

// RFC 5061 §4.2.6: Type = 0xC003, correlation ID, then error causes. The ASCONF-ACK answer to a
// Delete IP Address for an unknown address: Unresolvable Address holding the address TLV.
TEST(SctpParameters, ErrorCauseIndication)
{
    Ptr<SctpUnresolvableAddressErrorCause> cause = Create<SctpUnresolvableAddressErrorCause>();
    cause->SetParameter(Create<SctpIpv4AddressParameter>(Ipv4Address("192.0.2.1")));
    SctpErrorCauseIndicationParameter p;
    p.SetCorrelationId(1);
    p.AddCause(cause);
    auto q = CheckWire(p,
                       Hex("c0030014"             // type 0xC003, length 20
                           "00000001"             // correlation ID
                           "0005000c"             // Unresolvable Address, length 12
                           "00050008 c0000201")); // the IPv4 Address parameter
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetCorrelationId(), 1u);
    ASSERT_EQ(q->GetCauses().size(), 1u);
    EXPECT_TRUE(DynamicCast<SctpUnresolvableAddressErrorCause>(q->GetCauses()[0]));
}

// RFC 9260 §3.2 applied to the causes inside the parameter: every cause but the last counts
// its padding; the last one's padding is the parameter's own.
TEST(SctpParameters, ErrorCauseIndicationPadsAllButTheLastCause)
{
    Ptr<SctpProtocolViolationErrorCause> first = Create<SctpProtocolViolationErrorCause>();
    first->SetInformation(std::string("ab"));
    Ptr<SctpProtocolViolationErrorCause> last = Create<SctpProtocolViolationErrorCause>();
    last->SetInformation(std::string("xyz"));
    SctpErrorCauseIndicationParameter p;
    p.SetCorrelationId(0x0a0b0c0d);
    p.SetCauses({first, last});
    // 8 (header, correlation ID) + 8 (6-byte cause, padded) + 7 (last cause) = 23.
    auto q = CheckWire(p,
                       Hex("c0030017"             // type 0xC003, length 23
                           "0a0b0c0d"             // correlation ID
                           "000d0006 61620000"    // "ab", padded
                           "000d0007 78797a00")); // "xyz", the parameter's padding
    ASSERT_TRUE(q);
    ASSERT_EQ(q->GetCauses().size(), 2u);
    auto c = DynamicCast<SctpProtocolViolationErrorCause>(q->GetCauses()[1]);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->GetInformation(), (std::vector<uint8_t>{'x', 'y', 'z'}));
}

// RFC 5061 §4.2.5: Type = 0xC005, Length = 8, correlation ID.
TEST(SctpParameters, SuccessIndication)
{
    SctpSuccessIndicationParameter p;
    p.SetCorrelationId(0xcafef00d);
    auto q = CheckWire(p, Hex("c0050008 cafef00d"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetCorrelationId(), 0xcafef00du);
}

// RFC 5061 §4.2.3: Type = 0xC006, Length = 8, adaptation code point.
TEST(SctpParameters, AdaptationLayerIndication)
{
    SctpAdaptationLayerIndicationParameter p;
    p.SetAdaptationCode(0x01020304);
    auto q = CheckWire(p, Hex("c0060008 01020304"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetAdaptationCode(), 0x01020304u);
}

// draft-ietf-tsvwg-natsupp (FreeBSD's SCTP_HAS_NAT_SUPPORT): Type = 0xC007, Length = 4.
TEST(SctpParameters, NatSupport)
{
    auto q = CheckWire(SctpNatSupportParameter(), Hex("c0070004"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetName(), "NAT_SUPPORT");
}

// Every type of the enum has its class, and the class answers with that type.
TEST(SctpParameters, FactoryKnowsEveryType)
{
    const uint16_t types[] = {1,      5,      6,      7,      8,      9,      11,     12,
                              13,     14,     15,     16,     17,     18,     0x8000, 0x8001,
                              0x8002, 0x8003, 0x8004, 0x8005, 0x8008, 0xc000, 0xc001, 0xc002,
                              0xc003, 0xc004, 0xc005, 0xc006, 0xc007};
    for (uint16_t t : types)
    {
        Ptr<SctpParameter> p = SctpParameter::Create(t);
        EXPECT_EQ(p->GetType(), t);
        EXPECT_FALSE(DynamicCast<SctpUnknownParameter>(p)) << "type " << t;
        EXPECT_EQ(p->GetName().find("PARAM_0x"), std::string::npos) << p->GetName();
    }
}

// RFC 9260 §3.2.1: a type the codec does not know keeps its bytes, and its two upper bits say
// what to do (00 stop, 01 stop and report, 10 skip, 11 skip and report).
TEST(SctpParameters, UnknownTypesKeepBytesAndActionBits)
{
    const struct
    {
        uint16_t type;
        uint8_t action;
    } cases[] = {{0x0123, 0}, {0x4123, 1}, {0x8123, 2}, {0xc123, 3}};

    for (const auto& c : cases)
    {
        const uint8_t hi = static_cast<uint8_t>(c.type >> 8);
        const uint8_t lo = static_cast<uint8_t>(c.type);
        std::vector<uint8_t> wire = {hi, lo, 0x00, 0x07, 0x11, 0x22, 0x33, 0x00};
        std::string error;
        auto p = DynamicCast<SctpUnknownParameter>(ParseParameter(wire, error));
        ASSERT_TRUE(p) << error;
        EXPECT_EQ(p->GetType(), c.type);
        EXPECT_EQ(p->GetAction(), c.action);
        EXPECT_EQ(p->GetValue(), (std::vector<uint8_t>{0x11, 0x22, 0x33}));
        EXPECT_EQ(p->GetLength(), 7);
        EXPECT_EQ(ToBytes(*p), wire);
    }
}

// RFC 9260 §3.2.1: the length excludes the padding, the padding is zeros, and a list of
// parameters skips each one's padding to find the next.
TEST(SctpParameters, PaddingBetweenParametersOfAList)
{
    std::vector<uint8_t> wire = Hex("000b0006 61000000" // Host Name Address "a"
                                    "000c0006 00060000" // Supported Address Types: IPv6
                                    "80000004");        // ECN Capable
    SctpWireReader r(wire);
    std::vector<Ptr<SctpParameter>> list;
    std::string error;
    ASSERT_TRUE(SctpParameter::DeserializeList(r, list, error)) << error;
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0]->GetLength(), 6);
    EXPECT_EQ(list[1]->GetLength(), 6);
    EXPECT_EQ(list[2]->GetType(), SctpParameter::ECN_CAPABLE);
    EXPECT_EQ(SctpParameterListBytes(list),
              std::vector<uint8_t>(wire.begin(), wire.end())); // last one needs no padding

    // The padding of the last parameter of a chunk may be missing at the very end.
    std::vector<uint8_t> unpadded = Hex("000b0006 6100");
    auto p = ParseParameter(unpadded, error);
    ASSERT_TRUE(p) << error;
    EXPECT_EQ(DynamicCast<SctpHostNameAddressParameter>(p)->GetHostName(), "a");
}

TEST(SctpParameters, RejectsBrokenFraming)
{
    ExpectParameterRejected(Hex("000500"), "truncated parameter header");
    ExpectParameterRejected(Hex("00050003"), "shorter than its header");
    ExpectParameterRejected(Hex("00050010 c0000201"), "exceeds");
}

TEST(SctpParameters, RejectsWrongFixedSizes)
{
    // IPv4 with 3 or 5 address bytes, IPv6 with 4.
    ExpectParameterRejected(Hex("00050007 c0000200"), "expected 4");
    ExpectParameterRejected(Hex("00050009 c0000201 01000000"), "expected 4");
    ExpectParameterRejected(Hex("00060008 c0000201"), "expected 16");
    // Cookie Preservative and Zero Checksum Acceptable with 8 value bytes, SSN/TSN Reset with 2.
    ExpectParameterRejected(Hex("0009000c 00000001 00000002"), "expected 4");
    ExpectParameterRejected(Hex("8001000c 00000001 00000002"), "expected 4");
    ExpectParameterRejected(Hex("000f0006 00010000"), "expected 4");
    // Re-configuration Response: 12 value bytes is neither 8 nor 16.
    ExpectParameterRejected(Hex("00100010 00000001 00000001 00000001"), "expected 8 or 16");
    // Add Outgoing Streams with a 6-byte value.
    ExpectParameterRejected(Hex("0011000a 00000001 00010000"), "expected 8");
    // Outgoing SSN Reset Request shorter than its 12 fixed bytes.
    ExpectParameterRejected(Hex("000d000c 00000001 00000002"), "fixed bytes");
    // Empty parameters with a value.
    ExpectParameterRejected(Hex("80000008 00000000"), "expected 0");
    ExpectParameterRejected(Hex("c0070005 01000000"), "expected 0");
}

TEST(SctpParameters, RejectsTruncatedLists)
{
    // Lists of 16-bit fields with an odd number of bytes.
    ExpectParameterRejected(Hex("000c0007 00050000"), "odd length");
    ExpectParameterRejected(Hex("80040005 00000000"), "odd length");
    ExpectParameterRejected(Hex("000e000b 00000001 00010200"), "odd length");
    ExpectParameterRejected(Hex("000d0011 00000001 00000002 00000003 04000000"), "odd length");
}

TEST(SctpParameters, RejectsBadNestedAddresses)
{
    // Add IP Address holding ECN Capable instead of an address.
    ExpectParameterRejected(Hex("c001000c 00000001 80000004"),
                            "where an IPv4 or IPv6 address belongs");
    // Delete IP Address whose IPv4 parameter claims more bytes than the outer value holds.
    ExpectParameterRejected(Hex("c002000f 00000001 00050008 0a000000"),
                            "address parameter: parameter length 8 exceeds");
    // Set Primary Address with an IPv4 parameter of the wrong size.
    ExpectParameterRejected(Hex("c004000c 00000001 00050004"), "expected 4");
    // No address at all, or no room for the correlation ID.
    ExpectParameterRejected(Hex("c0010008 00000001"), "no address parameter");
    ExpectParameterRejected(Hex("c0010006 00000000"), "correlation ID");
    // Bytes after the address.
    ExpectParameterRejected(Hex("c0010014 00000001 00050008 0a000002 ffffffff"),
                            "unexpected bytes");
}

TEST(SctpParameters, RejectsMalformedNestedCauses)
{
    // Error Cause Indication holding a cause whose length runs past the parameter.
    ExpectParameterRejected(Hex("c003000c 00000001 00010008"), "error cause length 8 exceeds");
    ExpectParameterRejected(Hex("c0030006 00000000"), "correlation ID");
}
