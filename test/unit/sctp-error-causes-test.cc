/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Every error cause against bytes written by hand from the figures of RFC 9260 §3.3.10,
// RFC 5061 §4.3 and RFC 4895 §4, and the NAT causes as FreeBSD sends them; then unknown codes
// and malformed input.

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
/// Shorthand for the malformed-input checks.
void
ExpectCauseRejected(const std::vector<uint8_t>& bytes, const std::string& expected)
{
    ExpectRejected<SctpErrorCause>(bytes, expected);
}

/**
 * \brief RFC 5061 §4.3.1-4.3.5: the cause carries the TLV copied from the ASCONF. Checks one
 * such cause holding a Delete IP Address request (correlation ID 5, address 10.0.0.1).
 * \tparam T the cause class
 * \param [in] code its code as the RFC gives it
 */
template <class T>
void
CheckAsconfRequestCopy(uint16_t code)
{
    Ptr<SctpDeleteIpAddressParameter> request = Create<SctpDeleteIpAddressParameter>();
    request->SetCorrelationId(5);
    request->SetAddress(Ipv4Address("10.0.0.1"));
    T cause;
    cause.SetParameter(request);
    auto q = CheckWire(cause, {0x00, static_cast<uint8_t>(code),
                               0x00, 0x14,
                               0xc0, 0x02,
                               0x00, 0x10,
                               0x00, 0x00,
                               0x00, 0x05,
                               0x00, 0x05,
                               0x00, 0x08,
                               0x0a, 0x00,
                               0x00, 0x01});
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetCode(), code);
    std::vector<Ptr<SctpParameter>> copied;
    std::string error;
    ASSERT_TRUE(q->GetParameters(copied, error)) << error;
    ASSERT_EQ(copied.size(), 1u);
    auto d = DynamicCast<SctpDeleteIpAddressParameter>(copied[0]);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->GetCorrelationId(), 5u);
}
} // namespace

// RFC 9260 §3.3.10.1: Cause Code = 1, Length = 8, Stream Identifier, (Reserved).
TEST(SctpErrorCauses, InvalidStreamIdentifier)
{
    SctpInvalidStreamIdentifierErrorCause c;
    c.SetStreamId(7);
    auto q = CheckWire(c, Hex("00010008 00070000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetStreamId(), 7);
    EXPECT_EQ(q->GetName(), "INVALID_STREAM_IDENTIFIER");
}

// RFC 9260 §3.3.10.2: Cause Code = 2, Length = 8 + N * 2, Number of missing params = N, then
// the types. One missing State Cookie: length 10, two bytes padding.
TEST(SctpErrorCauses, MissingMandatoryParameter)
{
    SctpMissingMandatoryParameterErrorCause c;
    c.SetMissingTypes({SctpParameter::STATE_COOKIE});
    auto q = CheckWire(c, Hex("0002000a 00000001 00070000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetMissingTypes(), std::vector<uint16_t>{7});

    c.SetMissingTypes({SctpParameter::STATE_COOKIE, SctpParameter::RANDOM});
    q = CheckWire(c, Hex("0002000c 00000002 00078002"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetMissingTypes(), (std::vector<uint16_t>{7, 0x8002}));
}

// RFC 9260 §3.3.10.3: Cause Code = 3, Length = 8, Measure of Staleness (usec.).
TEST(SctpErrorCauses, StaleCookie)
{
    SctpStaleCookieErrorCause c;
    c.SetStaleness(1000);
    auto q = CheckWire(c, Hex("00030008 000003e8"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetStaleness(), 1000u);
    EXPECT_EQ(q->GetName(), "STALE_COOKIE_ERROR");
}

// RFC 9260 §3.3.10.4: Cause Code = 4, Length = 4.
TEST(SctpErrorCauses, OutOfResource)
{
    EXPECT_TRUE(CheckWire(SctpOutOfResourceErrorCause(), Hex("00040004")));
}

// RFC 9260 §3.3.10.5: Cause Code = 5, the unresolvable address parameter complete with type
// and length; a Host Name Address "h" (length 6) gives length 10 and two bytes of padding.
TEST(SctpErrorCauses, UnresolvableAddress)
{
    Ptr<SctpHostNameAddressParameter> host = Create<SctpHostNameAddressParameter>();
    host->SetHostName("h");
    SctpUnresolvableAddressErrorCause c;
    c.SetParameter(host);
    auto q = CheckWire(c, Hex("0005000a 000b0006 68000000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetTlvBytes(), (std::vector<uint8_t>{0x00, 0x0b, 0x00, 0x06, 'h', 0x00}));
    std::vector<Ptr<SctpParameter>> params;
    std::string error;
    ASSERT_TRUE(q->GetParameters(params, error)) << error;
    ASSERT_EQ(params.size(), 1u);
    auto h = DynamicCast<SctpHostNameAddressParameter>(params[0]);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->GetHostName(), "h");
}

// RFC 9260 §3.3.10.6: Cause Code = 6, the unrecognized chunk with its type, flags and length.
TEST(SctpErrorCauses, UnrecognizedChunkType)
{
    SctpUnrecognizedChunkTypeErrorCause c;
    c.SetChunk({0xe0, 0x01, 0x00, 0x05, 0xaa});
    auto q = CheckWire(c, Hex("00060009 e0010005 aa000000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetChunk(), (std::vector<uint8_t>{0xe0, 0x01, 0x00, 0x05, 0xaa}));
}

// RFC 9260 §3.3.10.7: Cause Code = 7, Length = 4.
TEST(SctpErrorCauses, InvalidMandatoryParameter)
{
    EXPECT_TRUE(CheckWire(SctpInvalidMandatoryParameterErrorCause(), Hex("00070004")));
}

// RFC 9260 §3.3.10.8: Cause Code = 8, the unrecognized parameters complete with type and
// length; the first one padded, the last one not.
TEST(SctpErrorCauses, UnrecognizedParameters)
{
    Ptr<SctpUnknownParameter> first = Create<SctpUnknownParameter>(0x8123);
    first->SetValue({0xaa});
    Ptr<SctpUnknownParameter> second = Create<SctpUnknownParameter>(0xc456);
    SctpUnrecognizedParametersErrorCause c;
    c.SetParameters({first, second});
    auto q = CheckWire(c, Hex("00080010 81230005 aa000000 c4560004"));
    ASSERT_TRUE(q);
    std::vector<Ptr<SctpParameter>> params;
    std::string error;
    ASSERT_TRUE(q->GetParameters(params, error)) << error;
    ASSERT_EQ(params.size(), 2u);
    EXPECT_EQ(params[0]->GetType(), 0x8123);
    EXPECT_EQ(params[1]->GetType(), 0xc456);
}

// RFC 9260 §3.3.10.9: Cause Code = 9, Length = 8, TSN value.
TEST(SctpErrorCauses, NoUserData)
{
    SctpNoUserDataErrorCause c;
    c.SetTsn(0x12345678);
    auto q = CheckWire(c, Hex("00090008 12345678"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetTsn(), 0x12345678u);
}

// RFC 9260 §3.3.10.10: Cause Code = 10, Length = 4.
TEST(SctpErrorCauses, CookieReceivedWhileShuttingDown)
{
    EXPECT_TRUE(CheckWire(SctpCookieReceivedWhileShuttingDownErrorCause(), Hex("000a0004")));
}

// RFC 9260 §3.3.10.11: Cause Code = 11, the new address TLVs.
TEST(SctpErrorCauses, RestartWithNewAddresses)
{
    SctpRestartWithNewAddressesErrorCause c;
    c.SetParameters({Create<SctpIpv4AddressParameter>(Ipv4Address("10.1.1.1")),
                     Create<SctpIpv4AddressParameter>(Ipv4Address("10.2.2.2"))});
    auto q = CheckWire(c,
                       Hex("000b0014" // cause 11, length 20
                           "00050008 0a010101 00050008 0a020202"));
    ASSERT_TRUE(q);
    std::vector<Ptr<SctpParameter>> addresses;
    std::string error;
    ASSERT_TRUE(q->GetParameters(addresses, error)) << error;
    ASSERT_EQ(addresses.size(), 2u);
    EXPECT_EQ(DynamicCast<SctpIpv4AddressParameter>(addresses[1])->GetAddress(),
              Ipv4Address("10.2.2.2"));
}

// RFC 9260 §3.3.10.12: Cause Code = 12, Upper Layer Abort Reason; "bye": length 7, one byte pad.
TEST(SctpErrorCauses, UserInitiatedAbort)
{
    SctpUserInitiatedAbortErrorCause c;
    c.SetInformation(std::string("bye"));
    auto q = CheckWire(c, Hex("000c0007 62796500"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetInformation(), (std::vector<uint8_t>{'b', 'y', 'e'}));
    EXPECT_EQ(q->GetName(), "USER_INITIATED_ABORT");
}

// RFC 9260 §3.3.10.13: Cause Code = 13, Additional Information.
TEST(SctpErrorCauses, ProtocolViolation)
{
    SctpProtocolViolationErrorCause c;
    c.SetInformation(std::vector<uint8_t>{0x01, 0x02, 0x03, 0x04});
    auto q = CheckWire(c, Hex("000d0008 01020304"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetInformation(), (std::vector<uint8_t>{0x01, 0x02, 0x03, 0x04}));
}

// RFC 5061 §4.3.1, §4.3.2, §4.3.3, §4.3.5: 0x00A0, 0x00A1, 0x00A2, 0x00A4 carry the TLV copied
// from the ASCONF.
TEST(SctpErrorCauses, AsconfRequestCauses)
{
    CheckAsconfRequestCopy<SctpDeleteLastRemainingIpAddressErrorCause>(0x00a0);
    CheckAsconfRequestCopy<SctpResourceShortageErrorCause>(0x00a1);
    CheckAsconfRequestCopy<SctpDeleteSourceIpAddressErrorCause>(0x00a2);
    CheckAsconfRequestCopy<SctpRequestRefusedNoAuthorizationErrorCause>(0x00a4);
}

// RFC 5061 §4.3.4: 0x00A3, no value.
TEST(SctpErrorCauses, IllegalAsconfAck)
{
    auto q = CheckWire(SctpIllegalAsconfAckErrorCause(), Hex("00a30004"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetName(), "ILLEGAL_ASCONF_ACK");
}

// The NAT causes as FreeBSD handles them (SCTP_CAUSE_NAT_COLLIDING_STATE 0x00B0,
// SCTP_CAUSE_NAT_MISSING_STATE 0x00B1): no value.
TEST(SctpErrorCauses, NatStates)
{
    auto colliding = CheckWire(SctpNatCollidingStateErrorCause(), Hex("00b00004"));
    ASSERT_TRUE(colliding);
    EXPECT_EQ(colliding->GetName(), "NAT_COLLIDING_STATE");
    auto missing = CheckWire(SctpNatMissingStateErrorCause(), Hex("00b10004"));
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->GetName(), "NAT_MISSING_STATE");
}

// RFC 4895 §4: Cause Code = 0x0105 (261), Cause Length = 6, HMAC Identifier, then padding.
TEST(SctpErrorCauses, UnsupportedHmacIdentifier)
{
    SctpUnsupportedHmacIdentifierErrorCause c;
    c.SetHmacId(2);
    auto q = CheckWire(c, Hex("01050006 00020000"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->GetHmacId(), 2);
}

// Every code of the enum has its class, and the class answers with that code.
TEST(SctpErrorCauses, FactoryKnowsEveryCode)
{
    const uint16_t codes[] = {1,      2,      3,      4,      5,      6,      7,
                              8,      9,      10,     11,     12,     13,     0x00a0,
                              0x00a1, 0x00a2, 0x00a3, 0x00a4, 0x00b0, 0x00b1, 0x0105};
    for (uint16_t code : codes)
    {
        Ptr<SctpErrorCause> c = SctpErrorCause::Create(code);
        EXPECT_EQ(c->GetCode(), code);
        EXPECT_FALSE(DynamicCast<SctpUnknownErrorCause>(c)) << "code " << code;
        EXPECT_EQ(c->GetName().find("CAUSE_0x"), std::string::npos) << c->GetName();
    }
}

// A code the codec does not know keeps its bytes.
TEST(SctpErrorCauses, UnknownCodeKeepsItsBytes)
{
    std::vector<uint8_t> wire = Hex("12340007 aabbcc00");
    std::string error;
    auto c = DynamicCast<SctpUnknownErrorCause>(sctptest::Parse<SctpErrorCause>(wire, error));
    ASSERT_TRUE(c) << error;
    EXPECT_EQ(c->GetCode(), 0x1234);
    EXPECT_EQ(c->GetName(), "CAUSE_0x1234");
    EXPECT_EQ(c->GetValue(), (std::vector<uint8_t>{0xaa, 0xbb, 0xcc}));
    EXPECT_EQ(ToBytes(*c), wire);
}

// A list of causes as an ABORT carries it: the first padded, the last one's padding left to the
// chunk (here absent, at the very end).
TEST(SctpErrorCauses, ListSkipsPadding)
{
    std::vector<uint8_t> wire = Hex("000c0005 78000000 00010008 00030000");
    SctpWireReader r(wire);
    std::vector<Ptr<SctpErrorCause>> causes;
    std::string error;
    ASSERT_TRUE(SctpErrorCause::DeserializeList(r, causes, error)) << error;
    ASSERT_EQ(causes.size(), 2u);
    EXPECT_EQ(causes[0]->GetLength(), 5);
    auto sid = DynamicCast<SctpInvalidStreamIdentifierErrorCause>(causes[1]);
    ASSERT_TRUE(sid);
    EXPECT_EQ(sid->GetStreamId(), 3);
}

TEST(SctpErrorCauses, RejectsBrokenFraming)
{
    ExpectCauseRejected(Hex("000100"), "truncated error cause header");
    ExpectCauseRejected(Hex("00010002"), "shorter than its header");
    ExpectCauseRejected(Hex("0001000c 00070000"), "exceeds");
}

TEST(SctpErrorCauses, RejectsWrongFixedSizes)
{
    ExpectCauseRejected(Hex("00010006 00070000"), "expected 4");
    ExpectCauseRejected(Hex("00030006 03e80000"), "expected 4");
    ExpectCauseRejected(Hex("0009000c 00000001 00000002"), "expected 4");
    ExpectCauseRejected(Hex("01050008 00010000"), "expected 2");
    ExpectCauseRejected(Hex("00040008 00000000"), "expected 0");
    ExpectCauseRejected(Hex("00b10005 01000000"), "expected 0");
}

TEST(SctpErrorCauses, RejectsMissingParameterCountMismatch)
{
    // The count says two types, the length holds one.
    ExpectCauseRejected(Hex("0002000a 00000002 00070000"),
                        "count of 2 missing parameters, but the length holds 1");
    // A half type.
    ExpectCauseRejected(Hex("00020009 00000001 00000000"), "odd length");
    // No room for the count.
    ExpectCauseRejected(Hex("00020006 00000000"), "count");
}
