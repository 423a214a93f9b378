/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Extension chunks against byte vectors written from the figures of RFC 4895 (AUTH), RFC 5061
// (ASCONF, ASCONF-ACK), RFC 6525 (RE-CONFIG), RFC 4820 (PAD), RFC 3758 (FORWARD-TSN), RFC 8260
// (I-FORWARD-TSN) and FreeBSD's struct sctp_pktdrop_chunk (PKTDROP). Parameters are built as
// SctpUnknownParameter (same bytes as the typed ones) and checked through type and bytes only.

#include "sctp-tlv-test-helpers.h"

#include "ns3/sctp-extension-chunks.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

using Bytes = std::vector<uint8_t>;
using sctptest::ToBytes;

Bytes
Concat(Bytes a, const Bytes& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

/// Parse one chunk that must be valid and fill the bytes; nullptr (and a failure) otherwise.
template <typename T>
Ptr<T>
Parse(const Bytes& bytes)
{
    SctpWireReader r(bytes);
    std::string error;
    Ptr<SctpChunk> c = SctpChunk::Deserialize(r, error);
    EXPECT_TRUE(c) << error;
    EXPECT_TRUE(r.IsAtEnd()) << r.GetRemaining() << " bytes left after the chunk";
    Ptr<T> t = DynamicCast<T>(c);
    EXPECT_TRUE(t) << "parsed as the wrong class";
    return t;
}

/// Serialize c and compare with the expected bytes; parse those back and re-serialize them.
template <typename T>
Ptr<T>
RoundTrip(const SctpChunk& c, const Bytes& expected)
{
    EXPECT_EQ(ToBytes(c), expected);
    EXPECT_EQ(c.GetSerializedSize(), expected.size());
    Ptr<T> parsed = Parse<T>(expected);
    if (parsed)
    {
        EXPECT_EQ(ToBytes(*parsed), expected);
    }
    return parsed;
}

/// The bytes must be rejected, with a reason.
std::string
ParseError(const Bytes& bytes)
{
    SctpWireReader r(bytes);
    std::string error;
    Ptr<SctpChunk> c = SctpChunk::Deserialize(r, error);
    EXPECT_FALSE(c) << "accepted a malformed chunk";
    EXPECT_FALSE(error.empty());
    return error;
}

Ptr<SctpParameter>
Param(uint16_t type, const Bytes& value)
{
    Ptr<SctpUnknownParameter> p = Create<SctpUnknownParameter>(type);
    p->SetValue(value);
    return p;
}

// Parameters of RFC 9260 §3.3.2.1 and RFC 5061 §4.2, as wire bytes and as objects.
const Bytes kIpv4Param10001 = {0x00, 0x05, 0x00, 0x08, 0x0a, 0x00, 0x00, 0x01}; // 10.0.0.1
const Bytes kIpv6Param2001db8 = {0x00, 0x06, 0x00, 0x14, 0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00,
                                 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01};

Ptr<SctpParameter>
Ipv4Param10001()
{
    return Param(SctpParameter::IPV4_ADDRESS, {0x0a, 0x00, 0x00, 0x01});
}

// Add IP Address (0xC001): correlation ID 1, IPv4 address 192.0.2.1.
const Bytes kAddIp = {0xc0,
                      0x01,
                      0x00,
                      0x10,
                      0x00,
                      0x00,
                      0x00,
                      0x01,
                      0x00,
                      0x05,
                      0x00,
                      0x08,
                      0xc0,
                      0x00,
                      0x02,
                      0x01};

Ptr<SctpParameter>
AddIpParam()
{
    return Param(SctpParameter::ADD_IP_ADDRESS,
                 {0x00, 0x00, 0x00, 0x01, 0x00, 0x05, 0x00, 0x08, 0xc0, 0x00, 0x02, 0x01});
}

// RFC 6525 §4.1 Outgoing SSN Reset Request, one stream: length 16 + 2 = 18 (2 bytes of padding).
const Bytes kOutReset = {0x00,
                         0x0d,
                         0x00,
                         0x12,
                         0x00,
                         0x00,
                         0x00,
                         0x01,
                         0x00,
                         0x00,
                         0x00,
                         0x00,
                         0x00,
                         0x00,
                         0x00,
                         0x64,
                         0x00,
                         0x05};

Ptr<SctpParameter>
OutResetParam()
{
    // request sn 1, response sn 0, sender's last assigned TSN 100, stream 5
    return Param(SctpParameter::OUTGOING_SSN_RESET_REQUEST,
                 {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0x64, 0, 5});
}

/// Every chunk of this file in a valid form, for the tests that sweep them all.
std::vector<Bytes>
ValidChunks()
{
    return {
        Concat({0x0f, 0x00, 0x00, 0x0d, 0x00, 0x01, 0x00, 0x01}, {1, 2, 3, 4, 5, 0, 0, 0}),
        Concat(Concat({0xc1, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x07}, kIpv4Param10001), kAddIp),
        {0x80, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x07, 0xc0, 0x05, 0x00, 0x08, 0, 0, 0, 1},
        Concat(Concat({0x82, 0x00, 0x00, 0x16}, kOutReset), {0, 0}),
        {0x84, 0x00, 0x00, 0x07, 0, 0, 0, 0},
        {0xc0, 0x00, 0x00, 0x0c, 0, 0, 0, 0x64, 0, 1, 0, 5},
        {0xc2, 0x00, 0x00, 0x10, 0, 0, 0, 0x64, 0, 1, 0, 1, 0, 0, 0, 0x2a},
        {0x81, 0x07, 0x00, 0x13, 0, 1, 0x86, 0xa0, 0, 0, 0, 5, 0x05, 0xdc, 0, 0, 1, 2, 3, 0},
    };
}

} // namespace

// ---------------------------------------------------------------------------------------------
// AUTH (RFC 4895 §5.1, Figure 5)

TEST(SctpExtensionChunks, AuthSha1)
{
    // HMAC identifier 1 is SHA-1 (RFC 4895 §3.3), a 20-byte HMAC: length 8 + 20 = 28.
    Bytes hmac;
    for (uint8_t i = 0; i < 20; ++i)
    {
        hmac.push_back(0xa0 + i);
    }
    SctpAuthChunk c;
    c.SetSharedKeyId(2);
    c.SetHmacId(1);
    c.SetHmac(hmac);
    EXPECT_EQ(c.GetLength(), 28);
    Bytes expected = Concat({0x0f, 0x00, 0x00, 0x1c, 0x00, 0x02, 0x00, 0x01}, hmac);
    Ptr<SctpAuthChunk> p = RoundTrip<SctpAuthChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetSharedKeyId(), 2);
    EXPECT_EQ(p->GetHmacId(), 1);
    EXPECT_EQ(p->GetHmac(), hmac);
}

TEST(SctpExtensionChunks, AuthSha256)
{
    // HMAC identifier 3 is SHA-256 (RFC 4895 §3.3), a 32-byte HMAC: length 8 + 32 = 40.
    Bytes hmac(32, 0x5a);
    SctpAuthChunk c;
    c.SetSharedKeyId(0xffff);
    c.SetHmacId(3);
    c.SetHmac(hmac);
    Bytes expected = Concat({0x0f, 0x00, 0x00, 0x28, 0xff, 0xff, 0x00, 0x03}, hmac);
    Ptr<SctpAuthChunk> p = RoundTrip<SctpAuthChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetSharedKeyId(), 0xffff);
    EXPECT_EQ(p->GetHmacId(), 3);
    EXPECT_EQ(p->GetHmac().size(), 32u);
}

TEST(SctpExtensionChunks, AuthPadding)
{
    // A 5-byte HMAC: length 13, padded with 3 zero bytes not counted in the length.
    SctpAuthChunk c;
    c.SetHmacId(1);
    c.SetHmac({1, 2, 3, 4, 5});
    EXPECT_EQ(c.GetLength(), 13);
    Bytes expected = {0x0f, 0x00, 0x00, 0x0d, 0x00, 0x00, 0x00, 0x01, 1, 2, 3, 4, 5, 0, 0, 0};
    Ptr<SctpAuthChunk> p = RoundTrip<SctpAuthChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetHmac(), Bytes({1, 2, 3, 4, 5}));
}

TEST(SctpExtensionChunks, AuthHmacOffset)
{
    // The HMAC follows type, flags, length, key id and HMAC id: 8 bytes in (Figure 5).
    EXPECT_EQ(SctpAuthChunk::HMAC_OFFSET, 8);

    // As the AUTH code will: write a zero HMAC, then patch the real one in at the offset.
    SctpWireWriter w;
    SctpPadChunk before;
    before.SetPaddingLength(3);
    before.Serialize(w);
    size_t start = w.GetSize();
    EXPECT_EQ(start, 8u);
    SctpAuthChunk c;
    c.SetSharedKeyId(7);
    c.SetHmacId(1);
    c.SetHmac(Bytes(20, 0));
    c.Serialize(w);
    Bytes packet = w.Release();
    Bytes hmac(20, 0xee);
    std::copy(hmac.begin(), hmac.end(), packet.begin() + start + SctpAuthChunk::HMAC_OFFSET);

    SctpWireReader r(packet);
    std::string error;
    ASSERT_TRUE(SctpChunk::Deserialize(r, error)) << error;
    Ptr<SctpAuthChunk> p = DynamicCast<SctpAuthChunk>(SctpChunk::Deserialize(r, error));
    ASSERT_TRUE(p) << error;
    EXPECT_EQ(p->GetSharedKeyId(), 7);
    EXPECT_EQ(p->GetHmac(), hmac);
}

TEST(SctpExtensionChunks, AuthMalformed)
{
    // Shorter than the key and HMAC identifiers.
    ParseError({0x0f, 0x00, 0x00, 0x06, 0x00, 0x01, 0x00, 0x00});
    ParseError({0x0f, 0x00, 0x00, 0x04});
    // Length claims more than there is.
    ParseError({0x0f, 0x00, 0x00, 0x1c, 0x00, 0x01, 0x00, 0x01, 0xaa, 0xbb, 0xcc, 0xdd});
}

// ---------------------------------------------------------------------------------------------
// ASCONF (RFC 5061 §4.1.1)

TEST(SctpExtensionChunks, AsconfIpv4)
{
    SctpAsconfChunk c;
    c.SetSerialNumber(7);
    c.SetAddressParameter(Ipv4Param10001());
    c.AddParameter(AddIpParam());
    // 4 header + 4 serial number + 8 address parameter + 16 Add IP Address = 32
    EXPECT_EQ(c.GetLength(), 32);
    Bytes expected =
        Concat(Concat({0xc1, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x07}, kIpv4Param10001), kAddIp);
    Ptr<SctpAsconfChunk> p = RoundTrip<SctpAsconfChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetSerialNumber(), 7u);
    ASSERT_TRUE(p->GetAddressParameter());
    EXPECT_EQ(p->GetAddressParameter()->GetType(), SctpParameter::IPV4_ADDRESS);
    EXPECT_EQ(ToBytes(*p->GetAddressParameter()), kIpv4Param10001);
    ASSERT_EQ(p->GetParameters().size(), 1u);
    EXPECT_EQ(p->GetParameters()[0]->GetType(), SctpParameter::ADD_IP_ADDRESS);
    EXPECT_EQ(ToBytes(*p->GetParameters()[0]), kAddIp);
}

TEST(SctpExtensionChunks, AsconfIpv6TwoParameters)
{
    // Delete IP Address (0xC002), correlation 2, 192.0.2.2; Set Primary (0xC004), correlation 3,
    // 192.0.2.1.
    Bytes del = {0xc0, 0x02, 0x00, 0x10, 0, 0, 0, 2, 0x00, 0x05, 0x00, 0x08, 0xc0, 0, 2, 2};
    Bytes setPrimary = {0xc0, 0x04, 0x00, 0x10, 0, 0, 0, 3, 0x00, 0x05, 0x00, 0x08, 0xc0, 0, 2, 1};
    SctpAsconfChunk c;
    c.SetSerialNumber(0xfffffffe);
    c.SetAddressParameter(Param(SctpParameter::IPV6_ADDRESS,
                                Bytes(kIpv6Param2001db8.begin() + 4, kIpv6Param2001db8.end())));
    c.SetParameters({Param(SctpParameter::DELETE_IP_ADDRESS, Bytes(del.begin() + 4, del.end())),
                     Param(SctpParameter::SET_PRIMARY_ADDRESS,
                           Bytes(setPrimary.begin() + 4, setPrimary.end()))});
    // 4 + 4 + 20 + 16 + 16 = 60
    Bytes expected = Concat(
        Concat(Concat({0xc1, 0x00, 0x00, 0x3c, 0xff, 0xff, 0xff, 0xfe}, kIpv6Param2001db8), del),
        setPrimary);
    Ptr<SctpAsconfChunk> p = RoundTrip<SctpAsconfChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetSerialNumber(), 0xfffffffeu);
    EXPECT_EQ(p->GetAddressParameter()->GetType(), SctpParameter::IPV6_ADDRESS);
    EXPECT_EQ(ToBytes(*p->GetAddressParameter()), kIpv6Param2001db8);
    ASSERT_EQ(p->GetParameters().size(), 2u);
    EXPECT_EQ(p->GetParameters()[0]->GetType(), SctpParameter::DELETE_IP_ADDRESS);
    EXPECT_EQ(p->GetParameters()[1]->GetType(), SctpParameter::SET_PRIMARY_ADDRESS);
    EXPECT_EQ(ToBytes(*p->GetParameters()[1]), setPrimary);
}

TEST(SctpExtensionChunks, AsconfMalformed)
{
    // Serial number cut short.
    EXPECT_NE(ParseError({0xc1, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00}).find("serial"),
              std::string::npos);
    // No address parameter at all.
    EXPECT_NE(ParseError({0xc1, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x07}).find("Address"),
              std::string::npos);
    // An Add IP Address parameter where the address parameter belongs.
    ParseError(Concat({0xc1, 0x00, 0x00, 0x18, 0x00, 0x00, 0x00, 0x07}, kAddIp));
    // A host name address (type 11) is not an IPv4 or IPv6 address parameter.
    ParseError({0xc1, 0x00, 0x00, 0x10, 0, 0, 0, 7, 0x00, 0x0b, 0x00, 0x08, 'a', 'b', 'c', 0});
    // IPv4 address parameter of length 12 instead of 8.
    ParseError(
        {0xc1, 0x00, 0x00, 0x14, 0, 0, 0, 7, 0x00, 0x05, 0x00, 0x0c, 10, 0, 0, 1, 0, 0, 0, 0});
    // IPv6 address parameter of length 8 instead of 20.
    ParseError({0xc1, 0x00, 0x00, 0x10, 0, 0, 0, 7, 0x00, 0x06, 0x00, 0x08, 10, 0, 0, 1});
    // Address parameter longer than the chunk.
    ParseError(
        {0xc1, 0x00, 0x00, 0x10, 0, 0, 0, 7, 0x00, 0x06, 0x00, 0x14, 0x20, 0x01, 0x0d, 0xb8});
    // An ASCONF parameter that does not fit: 16 claimed, 8 present.
    ParseError(Concat(Concat({0xc1, 0x00, 0x00, 0x18, 0, 0, 0, 7}, kIpv4Param10001),
                      {0xc0, 0x01, 0x00, 0x10, 0, 0, 0, 1}));
    // Trailing bytes that are not a parameter (shorter than a parameter header).
    ParseError(
        Concat(Concat({0xc1, 0x00, 0x00, 0x12, 0, 0, 0, 7}, kIpv4Param10001), {0xc0, 0x01, 0, 0}));
}

// ---------------------------------------------------------------------------------------------
// ASCONF-ACK (RFC 5061 §4.1.2)

TEST(SctpExtensionChunks, AsconfAck)
{
    // Success Indication (0xC005) for correlation 1; Error Cause Indication (0xC003) for
    // correlation 2 with "Operation Refused Due to Resource Shortage" (0x00A1, length 4).
    Bytes success = {0xc0, 0x05, 0x00, 0x08, 0, 0, 0, 1};
    Bytes failure = {0xc0, 0x03, 0x00, 0x0c, 0, 0, 0, 2, 0x00, 0xa1, 0x00, 0x04};
    SctpAsconfAckChunk c;
    c.SetSerialNumber(7);
    c.AddParameter(Param(SctpParameter::SUCCESS_INDICATION, {0, 0, 0, 1}));
    c.AddParameter(Param(SctpParameter::ERROR_CAUSE_INDICATION, {0, 0, 0, 2, 0, 0xa1, 0, 4}));
    // 4 + 4 + 8 + 12 = 28
    Bytes expected =
        Concat(Concat({0x80, 0x00, 0x00, 0x1c, 0x00, 0x00, 0x00, 0x07}, success), failure);
    Ptr<SctpAsconfAckChunk> p = RoundTrip<SctpAsconfAckChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetSerialNumber(), 7u);
    ASSERT_EQ(p->GetParameters().size(), 2u);
    EXPECT_EQ(p->GetParameters()[0]->GetType(), SctpParameter::SUCCESS_INDICATION);
    EXPECT_EQ(ToBytes(*p->GetParameters()[0]), success);
    EXPECT_EQ(p->GetParameters()[1]->GetType(), SctpParameter::ERROR_CAUSE_INDICATION);
    EXPECT_EQ(ToBytes(*p->GetParameters()[1]), failure);
}

TEST(SctpExtensionChunks, AsconfAckEmpty)
{
    // "zero or more results": only the serial number.
    SctpAsconfAckChunk c;
    c.SetSerialNumber(0x12345678);
    Ptr<SctpAsconfAckChunk> p =
        RoundTrip<SctpAsconfAckChunk>(c, {0x80, 0x00, 0x00, 0x08, 0x12, 0x34, 0x56, 0x78});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetSerialNumber(), 0x12345678u);
    EXPECT_TRUE(p->GetParameters().empty());
}

TEST(SctpExtensionChunks, AsconfAckMalformed)
{
    ParseError({0x80, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00});
    // Parameter length 3, shorter than its own header.
    ParseError({0x80, 0x00, 0x00, 0x0c, 0, 0, 0, 7, 0xc0, 0x05, 0x00, 0x03});
    // Parameter length 12 in an 8-byte remainder.
    ParseError({0x80, 0x00, 0x00, 0x10, 0, 0, 0, 7, 0xc0, 0x05, 0x00, 0x0c, 0, 0, 0, 1});
}

// ---------------------------------------------------------------------------------------------
// RE-CONFIG (RFC 6525 §3.1)

TEST(SctpExtensionChunks, ReConfigOneParameter)
{
    SctpReConfigChunk c;
    c.AddParameter(OutResetParam());
    // The last parameter's padding is not in the chunk length (RFC 9260 §3.2): 4 + 18 = 22,
    // then 2 bytes of chunk padding.
    EXPECT_EQ(c.GetLength(), 22);
    Bytes expected = Concat(Concat({0x82, 0x00, 0x00, 0x16}, kOutReset), {0, 0});
    Ptr<SctpReConfigChunk> p = RoundTrip<SctpReConfigChunk>(c, expected);
    ASSERT_TRUE(p);
    ASSERT_EQ(p->GetParameters().size(), 1u);
    EXPECT_EQ(p->GetParameters()[0]->GetType(), SctpParameter::OUTGOING_SSN_RESET_REQUEST);
    EXPECT_EQ(p->GetParameters()[0]->GetLength(), 18);
}

TEST(SctpExtensionChunks, ReConfigTwoParameters)
{
    // Outgoing reset (18, padded to 20 inside the chunk) and an Incoming SSN Reset Request
    // (RFC 6525 §4.2, length 8 + 2 = 10: request sn 2, stream 5), whose padding is the chunk's.
    Bytes inReset = {0x00, 0x0e, 0x00, 0x0a, 0, 0, 0, 2, 0, 5};
    SctpReConfigChunk c;
    c.AddParameter(OutResetParam());
    c.AddParameter(Param(SctpParameter::INCOMING_SSN_RESET_REQUEST, {0, 0, 0, 2, 0, 5}));
    EXPECT_EQ(c.GetLength(), 4 + 20 + 10);
    Bytes expected =
        Concat(Concat(Concat(Concat({0x82, 0x00, 0x00, 0x22}, kOutReset), {0, 0}), inReset),
               {0, 0});
    Ptr<SctpReConfigChunk> p = RoundTrip<SctpReConfigChunk>(c, expected);
    ASSERT_TRUE(p);
    ASSERT_EQ(p->GetParameters().size(), 2u);
    EXPECT_EQ(p->GetParameters()[0]->GetType(), SctpParameter::OUTGOING_SSN_RESET_REQUEST);
    EXPECT_EQ(p->GetParameters()[1]->GetType(), SctpParameter::INCOMING_SSN_RESET_REQUEST);
    EXPECT_EQ(ToBytes(*p->GetParameters()[1]), Concat(inReset, {0, 0}));
}

TEST(SctpExtensionChunks, ReConfigLengthWithLastPadding)
{
    // RFC 9260 §3.2: a robust receiver also accepts a length that counts the last padding.
    Bytes lenient = Concat(Concat({0x82, 0x00, 0x00, 0x18}, kOutReset), {0, 0});
    Ptr<SctpReConfigChunk> p = Parse<SctpReConfigChunk>(lenient);
    ASSERT_TRUE(p);
    ASSERT_EQ(p->GetParameters().size(), 1u);
    EXPECT_EQ(p->GetParameters()[0]->GetType(), SctpParameter::OUTGOING_SSN_RESET_REQUEST);
    // ... and sends the length without it.
    EXPECT_EQ(ToBytes(*p), Concat(Concat({0x82, 0x00, 0x00, 0x16}, kOutReset), {0, 0}));
}

TEST(SctpExtensionChunks, ReConfigMalformed)
{
    // No parameter.
    ParseError({0x82, 0x00, 0x00, 0x04});
    // Three Re-configuration Response parameters (RFC 6525 §4.4, type 16, length 12).
    Bytes response = {0x00, 0x10, 0x00, 0x0c, 0, 0, 0, 1, 0, 0, 0, 1};
    EXPECT_NE(
        ParseError(Concat(Concat(Concat({0x82, 0x00, 0x00, 0x28}, response), response), response))
            .find("3"),
        std::string::npos);
    // A parameter longer than the chunk.
    ParseError({0x82, 0x00, 0x00, 0x0c, 0x00, 0x10, 0x00, 0x0c, 0, 0, 0, 1});
}

// ---------------------------------------------------------------------------------------------
// PAD (RFC 4820 §3)

TEST(SctpExtensionChunks, Pad)
{
    SctpPadChunk c;
    c.SetPaddingLength(7);
    // 4 + 7 = 11, padded to 12.
    Bytes expected = {0x84, 0x00, 0x00, 0x0b, 0, 0, 0, 0, 0, 0, 0, 0};
    Ptr<SctpPadChunk> p = RoundTrip<SctpPadChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetPaddingLength(), 7);
}

TEST(SctpExtensionChunks, PadEmptyAndLarge)
{
    SctpPadChunk empty;
    Ptr<SctpPadChunk> p = RoundTrip<SctpPadChunk>(empty, {0x84, 0x00, 0x00, 0x04});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetPaddingLength(), 0);

    // A PMTU probe filler: 1200 bytes of padding, length 1204 = 0x04b4.
    SctpPadChunk large;
    large.SetPaddingLength(1200);
    Bytes expected = Concat({0x84, 0x00, 0x04, 0xb4}, Bytes(1200, 0));
    p = RoundTrip<SctpPadChunk>(large, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetPaddingLength(), 1200);
}

TEST(SctpExtensionChunks, PadContentIgnored)
{
    // "The Padding Data MUST be ignored by the receiver": any content parses; zeros go out.
    Bytes received = {0x84, 0x00, 0x00, 0x0a, 0xde, 0xad, 0xbe, 0xef, 0x55, 0xaa, 0, 0};
    Ptr<SctpPadChunk> p = Parse<SctpPadChunk>(received);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetPaddingLength(), 6);
    EXPECT_EQ(ToBytes(*p), Bytes({0x84, 0x00, 0x00, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0}));
}

TEST(SctpExtensionChunks, PadMalformed)
{
    // Length shorter than the header; length beyond the bytes.
    ParseError({0x84, 0x00, 0x00, 0x03});
    ParseError({0x84, 0x00, 0x00, 0x10, 0, 0, 0, 0});
}

// ---------------------------------------------------------------------------------------------
// FORWARD-TSN (RFC 3758 §3.2)

TEST(SctpExtensionChunks, ForwardTsn)
{
    SctpForwardTsnChunk c;
    c.SetNewCumulativeTsn(100);
    c.SetStreams({{1, 5}, {3, 0xffff}});
    // 4 + 4 + 2 * 4 = 16
    Bytes expected = {0xc0,
                      0x00,
                      0x00,
                      0x10,
                      0x00,
                      0x00,
                      0x00,
                      0x64,
                      0x00,
                      0x01,
                      0x00,
                      0x05,
                      0x00,
                      0x03,
                      0xff,
                      0xff};
    Ptr<SctpForwardTsnChunk> p = RoundTrip<SctpForwardTsnChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetNewCumulativeTsn(), 100u);
    ASSERT_EQ(p->GetStreams().size(), 2u);
    EXPECT_EQ(p->GetStreams()[0].streamId, 1);
    EXPECT_EQ(p->GetStreams()[0].streamSeq, 5);
    EXPECT_EQ(p->GetStreams()[1].streamId, 3);
    EXPECT_EQ(p->GetStreams()[1].streamSeq, 0xffff);
}

TEST(SctpExtensionChunks, ForwardTsnNoStreams)
{
    // Only unordered messages skipped: no stream entries.
    SctpForwardTsnChunk c;
    c.SetNewCumulativeTsn(0xffffffff);
    Ptr<SctpForwardTsnChunk> p =
        RoundTrip<SctpForwardTsnChunk>(c, {0xc0, 0x00, 0x00, 0x08, 0xff, 0xff, 0xff, 0xff});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetNewCumulativeTsn(), 0xffffffffu);
    EXPECT_TRUE(p->GetStreams().empty());
}

TEST(SctpExtensionChunks, ForwardTsnMalformed)
{
    // Cumulative TSN cut short.
    ParseError({0xc0, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00});
    // Half an entry: 2 bytes after the TSN.
    ParseError({0xc0, 0x00, 0x00, 0x0a, 0, 0, 0, 0x64, 0, 1, 0, 0});
    // One and a half entries.
    ParseError({0xc0, 0x00, 0x00, 0x0e, 0, 0, 0, 0x64, 0, 1, 0, 5, 0, 3, 0, 0});
}

// ---------------------------------------------------------------------------------------------
// I-FORWARD-TSN (RFC 8260 §2.3.1)

TEST(SctpExtensionChunks, IForwardTsn)
{
    SctpIForwardTsnChunk c;
    c.SetNewCumulativeTsn(100);
    c.SetStreams({{1, false, 42}, {2, true, 0x01020304}});
    // 4 + 4 + 2 * 8 = 24; U is the least significant bit of the second 16-bit word.
    Bytes expected = {0xc2, 0x00, 0x00, 0x18, 0x00, 0x00, 0x00, 0x64, 0x00, 0x01, 0x00, 0x00,
                      0x00, 0x00, 0x00, 0x2a, 0x00, 0x02, 0x00, 0x01, 0x01, 0x02, 0x03, 0x04};
    Ptr<SctpIForwardTsnChunk> p = RoundTrip<SctpIForwardTsnChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->GetNewCumulativeTsn(), 100u);
    ASSERT_EQ(p->GetStreams().size(), 2u);
    EXPECT_EQ(p->GetStreams()[0], (SctpIForwardTsnStream{1, false, 42}));
    EXPECT_EQ(p->GetStreams()[1].streamId, 2);
    EXPECT_TRUE(p->GetStreams()[1].unordered);
    EXPECT_EQ(p->GetStreams()[1].messageId, 0x01020304u);
}

TEST(SctpExtensionChunks, IForwardTsnReservedIgnored)
{
    // Reserved bits set by a sloppy sender are ignored; U alone decides, and zeros are sent.
    Bytes received = {0xc2, 0x00, 0x00, 0x18, 0,    0,    0,    0x64, 0x00, 0x01, 0xff, 0xfe,
                      0,    0,    0,    0x2a, 0x00, 0x02, 0x80, 0x01, 0,    0,    0,    0x2b};
    Ptr<SctpIForwardTsnChunk> p = Parse<SctpIForwardTsnChunk>(received);
    ASSERT_TRUE(p);
    ASSERT_EQ(p->GetStreams().size(), 2u);
    EXPECT_FALSE(p->GetStreams()[0].unordered);
    EXPECT_TRUE(p->GetStreams()[1].unordered);
    EXPECT_EQ(ToBytes(*p),
              Bytes({0xc2, 0x00, 0x00, 0x18, 0,    0,    0,    0x64, 0x00, 0x01, 0x00, 0x00,
                     0,    0,    0,    0x2a, 0x00, 0x02, 0x00, 0x01, 0,    0,    0,    0x2b}));
}

TEST(SctpExtensionChunks, IForwardTsnMalformed)
{
    ParseError({0xc2, 0x00, 0x00, 0x07, 0, 0, 0, 0});
    // A FORWARD-TSN-sized entry (4 bytes) is half an I-FORWARD-TSN entry.
    ParseError({0xc2, 0x00, 0x00, 0x0c, 0, 0, 0, 0x64, 0, 1, 0, 5});
    // One and a half entries.
    ParseError({0xc2, 0x00, 0x00, 0x14, 0, 0, 0, 0x64, 0, 1, 0, 0, 0, 0, 0, 1, 0, 2, 0, 0});
}

// ---------------------------------------------------------------------------------------------
// PKTDROP (draft-stewart-sctp-pktdrprep; FreeBSD struct sctp_pktdrop_chunk)

TEST(SctpExtensionChunks, PktDrop)
{
    // The dropped packet, truncated to 13 bytes: common header (ports 5000 -> 5001, vtag
    // 0x01020304, checksum 0xdeadbeef) and the first byte of a DATA chunk.
    Bytes dropped = {0x13, 0x88, 0x13, 0x89, 0x01, 0x02, 0x03, 0x04, 0xde, 0xad, 0xbe, 0xef, 0x00};
    SctpPktDropChunk c;
    c.SetFromMiddlebox(true);
    c.SetBadCrc(true);
    c.SetTruncated(true);
    c.SetLinkBandwidth(100000);
    c.SetQueueDepth(5);
    c.SetTruncatedLength(1500);
    c.SetDroppedPacket(dropped);
    // Flags M|B|T = 0x07; length 16 + 13 = 29, padded with 3 bytes.
    EXPECT_EQ(c.GetLength(), 29);
    Bytes expected = Concat(Concat({0x81,
                                    0x07,
                                    0x00,
                                    0x1d,
                                    0x00,
                                    0x01,
                                    0x86,
                                    0xa0,
                                    0x00,
                                    0x00,
                                    0x00,
                                    0x05,
                                    0x05,
                                    0xdc,
                                    0x00,
                                    0x00},
                                   dropped),
                            {0, 0, 0});
    Ptr<SctpPktDropChunk> p = RoundTrip<SctpPktDropChunk>(c, expected);
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->IsFromMiddlebox());
    EXPECT_TRUE(p->IsBadCrc());
    EXPECT_TRUE(p->IsTruncated());
    EXPECT_EQ(p->GetLinkBandwidth(), 100000u);
    EXPECT_EQ(p->GetQueueDepth(), 5u);
    EXPECT_EQ(p->GetTruncatedLength(), 1500);
    EXPECT_EQ(p->GetDroppedPacket(), dropped);
}

TEST(SctpExtensionChunks, PktDropFlagBits)
{
    // FreeBSD: SCTP_FROM_MIDDLE_BOX 0x01, SCTP_BADCRC 0x02, SCTP_PACKET_TRUNCATED 0x04.
    const Bytes tail = {0x00, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    struct Case
    {
        uint8_t flags;
        bool m;
        bool b;
        bool t;
    };

    for (const Case& k : {Case{0x01, true, false, false},
                          Case{0x02, false, true, false},
                          Case{0x04, false, false, true},
                          Case{0x00, false, false, false}})
    {
        SctpPktDropChunk c;
        c.SetFromMiddlebox(k.m);
        c.SetBadCrc(k.b);
        c.SetTruncated(k.t);
        Bytes expected = Concat({0x81, k.flags}, tail);
        Ptr<SctpPktDropChunk> p = RoundTrip<SctpPktDropChunk>(c, expected);
        ASSERT_TRUE(p);
        EXPECT_EQ(p->IsFromMiddlebox(), k.m);
        EXPECT_EQ(p->IsBadCrc(), k.b);
        EXPECT_EQ(p->IsTruncated(), k.t);
        EXPECT_TRUE(p->GetDroppedPacket().empty());
    }
    // Clearing one bit leaves the others.
    SctpPktDropChunk c;
    c.SetFlags(0x07);
    c.SetBadCrc(false);
    EXPECT_EQ(c.GetFlags(), 0x05);
}

TEST(SctpExtensionChunks, PktDropMalformed)
{
    // 12 bytes: the truncated length and reserved field are missing.
    ParseError({0x81, 0x00, 0x00, 0x0c, 0, 0, 0, 1, 0, 0, 0, 2});
    ParseError({0x81, 0x00, 0x00, 0x0f, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0});
}

// ---------------------------------------------------------------------------------------------
// All of them

TEST(SctpExtensionChunks, FactoryCreatesEachType)
{
    struct Case
    {
        uint8_t type;
        const char* name;
    };

    for (const Case& k : {Case{15, "AUTH"},
                          Case{0xc1, "ASCONF"},
                          Case{0x80, "ASCONF_ACK"},
                          Case{0x82, "RE_CONFIG"},
                          Case{0x84, "PAD"},
                          Case{0xc0, "FORWARD_TSN"},
                          Case{0xc2, "I_FORWARD_TSN"},
                          Case{0x81, "PKTDROP"}})
    {
        Ptr<SctpChunk> c = SctpCreateExtensionChunk(k.type);
        ASSERT_TRUE(c) << k.name;
        EXPECT_EQ(c->GetType(), k.type);
        EXPECT_EQ(c->GetName(), k.name);
        EXPECT_FALSE(DynamicCast<SctpUnknownChunk>(SctpChunk::Create(k.type))) << k.name;
    }
    EXPECT_FALSE(SctpCreateExtensionChunk(0));    // DATA is not an extension chunk
    EXPECT_FALSE(SctpCreateExtensionChunk(0x83)); // unassigned
}

TEST(SctpExtensionChunks, EveryTruncationRejected)
{
    // Any prefix shorter than the chunk length is an error, never a read past the end.
    for (const Bytes& chunk : ValidChunks())
    {
        Parse<SctpChunk>(chunk);
        const size_t length = (chunk[2] << 8) | chunk[3];
        for (size_t n = 0; n < length; ++n)
        {
            Bytes prefix(chunk.begin(), chunk.begin() + n);
            ParseError(prefix);
        }
    }
}

TEST(SctpExtensionChunks, MutatedChunksNeverCrash)
{
    // Deterministic mutations of each valid chunk (bytes flipped, length field changed, tail
    // cut): parsing either fails with a reason or yields a chunk of the same type that
    // serializes to as many bytes as it says. Most runs end in each of the two outcomes.
    uint32_t state = 12345;
    auto next = [&state]() {
        state = state * 1103515245u + 12345u; // the C standard's example generator
        return (state >> 16) & 0x7fff;
    };
    for (const Bytes& seed : ValidChunks())
    {
        int parsed = 0;
        const int runs = 3000;
        for (int i = 0; i < runs; ++i)
        {
            Bytes b = seed;
            for (unsigned flips = 1 + next() % 3; flips > 0; --flips)
            {
                b[1 + next() % (b.size() - 1)] = static_cast<uint8_t>(next());
            }
            if (next() % 2)
            {
                b[2] = 0; // the length field: a plausible value, often wrong
                b[3] = static_cast<uint8_t>(next() % (seed.size() + 8));
            }
            if (next() % 4 == 0)
            {
                b.resize(next() % (b.size() + 1));
            }
            SctpWireReader r(b);
            std::string error;
            Ptr<SctpChunk> c = SctpChunk::Deserialize(r, error);
            if (c)
            {
                ++parsed;
                EXPECT_EQ(c->GetType(), seed[0]);
                EXPECT_EQ(ToBytes(*c).size(), c->GetSerializedSize());
            }
            else
            {
                EXPECT_FALSE(error.empty());
            }
        }
        EXPECT_GT(parsed, runs / 20) << "type " << int(seed[0]) << ": too few accepted";
        EXPECT_LT(parsed, runs - runs / 20) << "type " << int(seed[0]) << ": too few rejected";
    }
}

TEST(SctpExtensionChunks, PrintNamesAndFields)
{
    std::ostringstream os;
    SctpForwardTsnChunk fwd;
    fwd.SetNewCumulativeTsn(100);
    fwd.SetStreams({{1, 5}});
    os << fwd;
    EXPECT_EQ(os.str().rfind("FORWARD_TSN[", 0), 0u);
    EXPECT_NE(os.str().find("cum_tsn=100"), std::string::npos);
    EXPECT_NE(os.str().find("{1,5}"), std::string::npos);

    os.str("");
    SctpPktDropChunk drop;
    drop.SetBadCrc(true);
    drop.SetLinkBandwidth(100000);
    os << drop;
    EXPECT_EQ(os.str().rfind("PKTDROP[flgs=B,", 0), 0u);
    EXPECT_NE(os.str().find("bw=100000"), std::string::npos);

    os.str("");
    SctpAuthChunk auth;
    auth.SetHmacId(1);
    auth.SetHmac({0xab, 0x01});
    os << auth;
    EXPECT_EQ(os.str().rfind("AUTH[", 0), 0u);
    EXPECT_NE(os.str().find("hmac_id=1"), std::string::npos);
    EXPECT_NE(os.str().find("hmac=ab01"), std::string::npos);

    os.str("");
    SctpAsconfChunk asconf;
    asconf.SetSerialNumber(7);
    asconf.SetAddressParameter(Ipv4Param10001());
    asconf.AddParameter(AddIpParam());
    os << asconf;
    EXPECT_EQ(os.str().rfind("ASCONF[", 0), 0u);
    EXPECT_NE(os.str().find("sn=7"), std::string::npos);
}
