/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The RFC 9260 control chunks (and NR-SACK, FreeBSD's extended ECNE) against byte vectors written
// by hand from the RFC figures: type, flags, length, value and padding. Parameters and error
// causes are built as the generic "unknown" TLVs, which put the same bytes on the wire as the
// typed classes, and are checked after parsing only through their type/code and their bytes.

#include "ns3/sctp-chunk.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-error-cause.h"
#include "ns3/sctp-parameter.h"
#include "ns3/sctp-wire-io.h"

#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

using Bytes = std::vector<uint8_t>;

/// \return the bytes a chunk serializes to
Bytes
Serialize(const SctpChunk& c)
{
    SctpWireWriter w;
    c.Serialize(w);
    return w.Release();
}

/// \return the bytes a parameter or error cause serializes to
template <class Tlv>
Bytes
SerializeTlv(const Tlv& t)
{
    SctpWireWriter w;
    t.Serialize(w);
    return w.Release();
}

/// \return a parameter of any type holding the given value
Ptr<SctpParameter>
Param(uint16_t type, const Bytes& value)
{
    Ptr<SctpUnknownParameter> p = Create<SctpUnknownParameter>(type);
    p->SetValue(value);
    return p;
}

/// \return an error cause of any code holding the given value
Ptr<SctpErrorCause>
Cause(uint16_t code, const Bytes& value)
{
    Ptr<SctpUnknownErrorCause> c = Create<SctpUnknownErrorCause>(code);
    c->SetValue(value);
    return c;
}

/**
 * \brief Parse bytes that must not parse.
 * \param [in] bytes the bytes
 * \return the error message (empty if it parsed after all, which fails the test)
 */
std::string
ParseError(const Bytes& bytes)
{
    SctpWireReader r(bytes);
    std::string error;
    Ptr<SctpChunk> c = SctpChunk::Deserialize(r, error);
    EXPECT_TRUE(c == nullptr) << "parsed: " << *c;
    EXPECT_FALSE(error.empty());
    return c ? std::string() : error;
}

/**
 * \brief Check a built chunk against the bytes of the RFC figure, parse them back and check
 * that the parsed chunk writes the same bytes.
 * \param [in] built the chunk built through its setters
 * \param [in] expected the bytes, padding included
 * \return the parsed chunk as T, or nullptr (the test has failed then)
 */
template <class T>
Ptr<T>
RoundTrip(const SctpChunk& built, const Bytes& expected)
{
    EXPECT_EQ(Serialize(built), expected);
    EXPECT_EQ(expected.size() % 4, 0u) << "a chunk ends on a 4-byte boundary";
    uint16_t lengthField = static_cast<uint16_t>((expected.at(2) << 8) | expected.at(3));
    EXPECT_EQ(built.GetLength(), lengthField);
    EXPECT_EQ(built.GetSerializedSize(), expected.size());

    SctpWireReader r(expected);
    std::string error;
    Ptr<SctpChunk> parsed = SctpChunk::Deserialize(r, error);
    EXPECT_TRUE(parsed != nullptr) << error;
    if (!parsed)
    {
        return nullptr;
    }
    EXPECT_TRUE(r.IsAtEnd());
    EXPECT_EQ(parsed->GetType(), expected[0]);
    EXPECT_EQ(parsed->GetFlags(), expected[1]);
    EXPECT_EQ(parsed->GetLength(), lengthField);
    EXPECT_EQ(Serialize(*parsed), expected);
    Ptr<T> typed = DynamicCast<T>(parsed);
    EXPECT_TRUE(typed != nullptr) << "parsed as " << parsed->GetName();
    return typed;
}

/// \return the text Print gives
std::string
Text(const SctpChunk& c)
{
    std::ostringstream os;
    c.Print(os);
    return os.str();
}

} // namespace

// The factory makes the class of every control chunk type.

TEST(SctpControlChunks, FactoryMakesEachType)
{
    const std::vector<uint8_t> types = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16};
    for (uint8_t type : types)
    {
        Ptr<SctpChunk> c = SctpChunk::Create(type);
        ASSERT_TRUE(c != nullptr);
        EXPECT_EQ(c->GetType(), type);
        EXPECT_TRUE(DynamicCast<SctpUnknownChunk>(c) == nullptr) << static_cast<int>(type);
        EXPECT_TRUE(SctpCreateControlChunk(type) != nullptr);
    }
    EXPECT_TRUE(DynamicCast<SctpInitChunk>(SctpChunk::Create(1)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpInitAckChunk>(SctpChunk::Create(2)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpSackChunk>(SctpChunk::Create(3)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpHeartbeatChunk>(SctpChunk::Create(4)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpHeartbeatAckChunk>(SctpChunk::Create(5)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpAbortChunk>(SctpChunk::Create(6)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpShutdownChunk>(SctpChunk::Create(7)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpShutdownAckChunk>(SctpChunk::Create(8)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpErrorChunk>(SctpChunk::Create(9)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpCookieEchoChunk>(SctpChunk::Create(10)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpCookieAckChunk>(SctpChunk::Create(11)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpEcneChunk>(SctpChunk::Create(12)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpCwrChunk>(SctpChunk::Create(13)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpShutdownCompleteChunk>(SctpChunk::Create(14)) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpNrSackChunk>(SctpChunk::Create(16)) != nullptr);
    // Types of other families are not this factory's.
    EXPECT_TRUE(SctpCreateControlChunk(0) == nullptr);
    EXPECT_TRUE(SctpCreateControlChunk(15) == nullptr);
    EXPECT_TRUE(SctpCreateControlChunk(0xC0) == nullptr);
}

// INIT and INIT-ACK (RFC 9260 §3.3.2, §3.3.3)

TEST(SctpControlChunks, InitWithParameters)
{
    SctpInitChunk init;
    init.SetInitiateTag(0x01020304);
    init.SetARwnd(65536);
    init.SetNumOutboundStreams(10);
    init.SetNumInboundStreams(65535);
    init.SetInitialTsn(0xdeadbeef);
    init.AddParameter(Param(SctpParameter::IPV4_ADDRESS, {192, 0, 2, 1}));
    init.AddParameter(Param(SctpParameter::ECN_CAPABLE, {}));
    init.AddParameter(Param(SctpParameter::SUPPORTED_ADDRESS_TYPES, {0x00, 0x05}));
    // The last parameter (length 6) is not padded inside the chunk length: 20 + 8 + 4 + 6 = 38;
    // the chunk's padding brings it to 40 on the wire (RFC 9260 §3.2).
    const Bytes expected = {
        0x01, 0x00, 0x00, 0x26,                         // type 1, flags, length 38
        0x01, 0x02, 0x03, 0x04,                         // initiate tag
        0x00, 0x01, 0x00, 0x00,                         // a_rwnd 65536
        0x00, 0x0a, 0xff, 0xff,                         // OS 10, MIS 65535
        0xde, 0xad, 0xbe, 0xef,                         // initial TSN
        0x00, 0x05, 0x00, 0x08, 0xc0, 0x00, 0x02, 0x01, // IPv4 Address 192.0.2.1
        0x80, 0x00, 0x00, 0x04,                         // ECN Capable
        0x00, 0x0c, 0x00, 0x06, 0x00, 0x05,             // Supported Address Types: IPv4
        0x00, 0x00,                                     // chunk padding
    };
    Ptr<SctpInitChunk> p = RoundTrip<SctpInitChunk>(init, expected);
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(p->GetInitiateTag(), 0x01020304u);
    EXPECT_EQ(p->GetARwnd(), 65536u);
    EXPECT_EQ(p->GetNumOutboundStreams(), 10);
    EXPECT_EQ(p->GetNumInboundStreams(), 65535);
    EXPECT_EQ(p->GetInitialTsn(), 0xdeadbeefu);
    ASSERT_EQ(p->GetParameters().size(), 3u);
    EXPECT_EQ(p->GetParameters()[0]->GetType(), SctpParameter::IPV4_ADDRESS);
    EXPECT_EQ(p->GetParameters()[1]->GetType(), SctpParameter::ECN_CAPABLE);
    EXPECT_EQ(p->GetParameters()[2]->GetType(), SctpParameter::SUPPORTED_ADDRESS_TYPES);
    EXPECT_EQ(SerializeTlv(*p->GetParameters()[0]),
              Bytes(expected.begin() + 20, expected.begin() + 28));
    EXPECT_EQ(SerializeTlv(*p->GetParameters()[2]), Bytes(expected.begin() + 32, expected.end()));
    ASSERT_TRUE(p->FindParameter(SctpParameter::ECN_CAPABLE) != nullptr);
    EXPECT_EQ(p->FindParameter(SctpParameter::ECN_CAPABLE)->GetType(), SctpParameter::ECN_CAPABLE);
    EXPECT_TRUE(p->FindParameter(SctpParameter::STATE_COOKIE) == nullptr);
    EXPECT_NE(Text(*p).find("INIT[flgs=0, tag=16909060, a_rwnd=65536, os=10, is=65535, tsn="),
              std::string::npos);
}

TEST(SctpControlChunks, InitWithoutParameters)
{
    SctpInitChunk init;
    init.SetInitiateTag(1);
    init.SetARwnd(1500);
    init.SetNumOutboundStreams(1);
    init.SetNumInboundStreams(1);
    init.SetInitialTsn(0);
    const Bytes expected = {
        0x01, 0x00, 0x00, 0x14, // type 1, length 20
        0x00, 0x00, 0x00, 0x01, // initiate tag
        0x00, 0x00, 0x05, 0xdc, // a_rwnd 1500
        0x00, 0x01, 0x00, 0x01, // OS, MIS
        0x00, 0x00, 0x00, 0x00, // initial TSN
    };
    Ptr<SctpInitChunk> p = RoundTrip<SctpInitChunk>(init, expected);
    ASSERT_TRUE(p != nullptr);
    EXPECT_TRUE(p->GetParameters().empty());
}

TEST(SctpControlChunks, InitAcceptsLastParameterPaddingInLength)
{
    // A sender may count the last parameter's padding in the chunk length; RFC 9260 §3.2 asks
    // the receiver to accept both. Written again, the chunk takes the RFC's form.
    const Bytes padded = {
        0x01, 0x00, 0x00, 0x1c,                         // length 28 (padding counted)
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x05, 0xdc, // tag, a_rwnd
        0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x07, // OS, MIS, TSN
        0x00, 0x0c, 0x00, 0x06, 0x00, 0x05, 0x00, 0x00, // Supported Address Types + pad
    };
    SctpWireReader r(padded);
    std::string error;
    Ptr<SctpInitChunk> p = DynamicCast<SctpInitChunk>(SctpChunk::Deserialize(r, error));
    ASSERT_TRUE(p != nullptr) << error;
    EXPECT_TRUE(r.IsAtEnd());
    ASSERT_EQ(p->GetParameters().size(), 1u);
    EXPECT_EQ(p->GetParameters()[0]->GetType(), SctpParameter::SUPPORTED_ADDRESS_TYPES);
    Bytes rfcForm = padded;
    rfcForm[3] = 0x1a; // 26: the padding is the chunk's own
    EXPECT_EQ(Serialize(*p), rfcForm);
    EXPECT_EQ(p->GetLength(), 26);
    EXPECT_EQ(p->GetSerializedSize(), 28u);
}

TEST(SctpControlChunks, InitAckWithCookie)
{
    SctpInitAckChunk ack;
    ack.SetInitiateTag(0xcafef00d);
    ack.SetARwnd(0x00020000);
    ack.SetNumOutboundStreams(5);
    ack.SetNumInboundStreams(3);
    ack.SetInitialTsn(0x7fffffff);
    ack.AddParameter(Param(SctpParameter::STATE_COOKIE, {1, 2, 3, 4, 5}));
    ack.AddParameter(Param(SctpParameter::ECN_CAPABLE, {}));
    // The cookie (length 9) is not last, so its 3 padding bytes count: 20 + 12 + 4 = 36.
    const Bytes expected = {
        0x02, 0x00, 0x00, 0x24,                         // type 2, length 36
        0xca, 0xfe, 0xf0, 0x0d,                         // initiate tag
        0x00, 0x02, 0x00, 0x00,                         // a_rwnd
        0x00, 0x05, 0x00, 0x03,                         // OS 5, MIS 3
        0x7f, 0xff, 0xff, 0xff,                         // initial TSN
        0x00, 0x07, 0x00, 0x09, 0x01, 0x02, 0x03, 0x04, // State Cookie, length 9
        0x05, 0x00, 0x00, 0x00,                         // ... and its padding
        0x80, 0x00, 0x00, 0x04,                         // ECN Capable
    };
    Ptr<SctpInitAckChunk> p = RoundTrip<SctpInitAckChunk>(ack, expected);
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(p->GetInitiateTag(), 0xcafef00du);
    EXPECT_EQ(p->GetARwnd(), 0x00020000u);
    EXPECT_EQ(p->GetNumOutboundStreams(), 5);
    EXPECT_EQ(p->GetNumInboundStreams(), 3);
    EXPECT_EQ(p->GetInitialTsn(), 0x7fffffffu);
    Ptr<SctpParameter> cookie = p->FindParameter(SctpParameter::STATE_COOKIE);
    ASSERT_TRUE(cookie != nullptr);
    EXPECT_EQ(SerializeTlv(*cookie), Bytes(expected.begin() + 20, expected.begin() + 32));
    EXPECT_EQ(Text(*p).rfind("INIT_ACK[", 0), 0u);
}

TEST(SctpControlChunks, InitMalformed)
{
    // 16 bytes: the fixed part needs 20.
    std::string e = ParseError({0x01, 0x00, 0x00, 0x10, 0, 0, 0, 1, 0, 0, 5, 0xdc, 0, 1, 0, 1});
    EXPECT_NE(e.find("INIT"), std::string::npos) << e;
    EXPECT_NE(e.find("shorter"), std::string::npos) << e;
    // A parameter whose length (3) is shorter than its header.
    ParseError({0x01, 0x00, 0x00, 0x18, 0, 0, 0, 1, 0,    0,    5,    0xdc,
                0,    1,    0,    1,    0, 0, 0, 0, 0x00, 0x05, 0x00, 0x03});
    // A parameter longer (12) than what is left of the chunk (8).
    ParseError({0x01, 0x00, 0x00, 0x1c, 0, 0, 0,    1,    0,    0,    5,    0xdc, 0,    1,
                0,    1,    0,    0,    0, 0, 0x00, 0x05, 0x00, 0x0c, 0xc0, 0x00, 0x02, 0x01});
    // Half a parameter header.
    ParseError({0x02, 0x00, 0x00, 0x16, 0, 0, 0, 1, 0,    0,    5,    0xdc,
                0,    1,    0,    1,    0, 0, 0, 0, 0x00, 0x07, 0x00, 0x00});
    // The chunk length runs past the bytes there are.
    ParseError({0x01, 0x00, 0x00, 0x20, 0, 0, 0, 1, 0, 0, 5, 0xdc, 0, 1, 0, 1, 0, 0, 0, 0});
}

// SACK (RFC 9260 §3.3.4)

TEST(SctpControlChunks, SackWithGapsAndDuplicates)
{
    SctpSackChunk sack;
    sack.SetCumulativeTsnAck(100);
    sack.SetARwnd(4096);
    sack.AddGapAckBlock(2, 3);
    sack.AddGapAckBlock(5, 5);
    sack.AddDuplicateTsn(98);
    const Bytes expected = {
        0x03, 0x00, 0x00, 0x1c, // type 3, length 16 + 2 * 4 + 4 = 28
        0x00, 0x00, 0x00, 0x64, // cumulative TSN ack 100
        0x00, 0x00, 0x10, 0x00, // a_rwnd 4096
        0x00, 0x02, 0x00, 0x01, // 2 gap blocks, 1 duplicate
        0x00, 0x02, 0x00, 0x03, // gap 2..3 (TSNs 102, 103)
        0x00, 0x05, 0x00, 0x05, // gap 5..5 (TSN 105)
        0x00, 0x00, 0x00, 0x62, // duplicate TSN 98
    };
    Ptr<SctpSackChunk> p = RoundTrip<SctpSackChunk>(sack, expected);
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(p->GetCumulativeTsnAck(), 100u);
    EXPECT_EQ(p->GetARwnd(), 4096u);
    const std::vector<SctpGapAckBlock> gaps = {{2, 3}, {5, 5}};
    EXPECT_EQ(p->GetGapAckBlocks(), gaps);
    EXPECT_EQ(p->GetDuplicateTsns(), std::vector<uint32_t>{98});
    EXPECT_EQ(Text(*p), "SACK[flgs=0, cum_tsn=100, a_rwnd=4096, gaps=[2:3, 5:5], dups=[98]]");
}

TEST(SctpControlChunks, SackMinimalWithDacFlag)
{
    SctpSackChunk sack;
    sack.SetFlags(SctpControlFlags::SACK_CMT_DAC);
    sack.SetCumulativeTsnAck(0xffffffff);
    sack.SetARwnd(0);
    // clang-format off
    const Bytes expected = {
        0x03, 0x80, 0x00, 0x10, // type 3, DAC flag, length 16
        0xff, 0xff, 0xff, 0xff, // cumulative TSN ack
        0x00, 0x00, 0x00, 0x00, // a_rwnd 0
        0x00, 0x00, 0x00, 0x00, // no gaps, no duplicates
    };
    // clang-format on
    Ptr<SctpSackChunk> p = RoundTrip<SctpSackChunk>(sack, expected);
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(p->GetFlags(), 0x80);
    EXPECT_TRUE(p->GetGapAckBlocks().empty());
    EXPECT_TRUE(p->GetDuplicateTsns().empty());
}

TEST(SctpControlChunks, SackSetters)
{
    SctpSackChunk sack;
    sack.SetGapAckBlocks({{1, 1}, {3, 4}, {6, 9}});
    sack.SetDuplicateTsns({7, 8});
    EXPECT_EQ(sack.GetLength(), 16 + 3 * 4 + 2 * 4);
    EXPECT_EQ(sack.GetSerializedSize(), 36u);
    EXPECT_EQ(Serialize(sack).size(), 36u);
}

TEST(SctpControlChunks, SackMalformed)
{
    // 12 bytes: shorter than the 16 fixed.
    std::string e = ParseError({0x03, 0x00, 0x00, 0x0c, 0, 0, 0, 1, 0, 0, 0x10, 0});
    EXPECT_NE(e.find("SACK"), std::string::npos) << e;
    // Counts announce 3 gap blocks, the chunk holds 2.
    e = ParseError({0x03, 0x00, 0x00, 0x18, 0, 0, 0, 1, 0, 0, 0x10, 0,
                    0x00, 0x03, 0x00, 0x00, 0, 2, 0, 3, 0, 5, 0,    5});
    EXPECT_NE(e.find("counts"), std::string::npos) << e;
    // Counts announce 1 gap block, the chunk holds 2.
    ParseError({0x03, 0x00, 0x00, 0x18, 0, 0, 0, 1, 0, 0, 0x10, 0,
                0x00, 0x01, 0x00, 0x00, 0, 2, 0, 3, 0, 5, 0,    5});
    // Counts announce a duplicate, the chunk holds none.
    ParseError({0x03, 0x00, 0x00, 0x10, 0, 0, 0, 1, 0, 0, 0x10, 0, 0x00, 0x00, 0x00, 0x01});
    // Hostile counts: 65535 blocks and 65535 duplicates in a 16-byte chunk.
    ParseError({0x03, 0x00, 0x00, 0x10, 0, 0, 0, 1, 0, 0, 0x10, 0, 0xff, 0xff, 0xff, 0xff});
    // A value that is not a whole number of entries (length 18).
    ParseError(
        {0x03, 0x00, 0x00, 0x12, 0, 0, 0, 1, 0, 0, 0x10, 0, 0x00, 0x00, 0x00, 0x00, 0, 2, 0, 0});
}

// NR-SACK (draft-natarajan-tsvwg-sctp-nrsack, FreeBSD's struct sctp_nr_sack_chunk)

TEST(SctpControlChunks, NrSack)
{
    SctpNrSackChunk nr;
    nr.SetAllNonRenegable(true);
    nr.SetCumulativeTsnAck(1000);
    nr.SetARwnd(0x8000);
    nr.AddGapAckBlock(2, 2);
    nr.AddNrGapAckBlock(4, 6);
    nr.AddNrGapAckBlock(8, 8);
    nr.AddDuplicateTsn(990);
    const Bytes expected = {
        0x10, 0x01, 0x00, 0x24, // type 16, A, length 20 + 3 * 4 + 4 = 36
        0x00, 0x00, 0x03, 0xe8, // cumulative TSN ack 1000
        0x00, 0x00, 0x80, 0x00, // a_rwnd
        0x00, 0x01, 0x00, 0x02, // 1 gap block, 2 NR gap blocks
        0x00, 0x01, 0x00, 0x00, // 1 duplicate, reserved
        0x00, 0x02, 0x00, 0x02, // gap 2..2
        0x00, 0x04, 0x00, 0x06, // NR gap 4..6
        0x00, 0x08, 0x00, 0x08, // NR gap 8..8
        0x00, 0x00, 0x03, 0xde, // duplicate TSN 990
    };
    Ptr<SctpNrSackChunk> p = RoundTrip<SctpNrSackChunk>(nr, expected);
    ASSERT_TRUE(p != nullptr);
    EXPECT_TRUE(p->IsAllNonRenegable());
    EXPECT_EQ(p->GetCumulativeTsnAck(), 1000u);
    EXPECT_EQ(p->GetARwnd(), 0x8000u);
    EXPECT_EQ(p->GetGapAckBlocks(), (std::vector<SctpGapAckBlock>{{2, 2}}));
    EXPECT_EQ(p->GetNrGapAckBlocks(), (std::vector<SctpGapAckBlock>{{4, 6}, {8, 8}}));
    EXPECT_EQ(p->GetDuplicateTsns(), std::vector<uint32_t>{990});
    // One handler can take SACK and NR-SACK through their common base.
    EXPECT_TRUE(DynamicCast<SctpSackChunkBase>(p) != nullptr);
    EXPECT_TRUE(DynamicCast<SctpSackChunk>(p) == nullptr);
    EXPECT_EQ(Text(*p),
              "NR_SACK[flgs=A, cum_tsn=1000, a_rwnd=32768, gaps=[2:2], nr_gaps=[4:6, 8:8], "
              "dups=[990]]");
    p->SetAllNonRenegable(false);
    EXPECT_EQ(p->GetFlags(), 0);
}

TEST(SctpControlChunks, NrSackKeepsReservedField)
{
    const Bytes bytes = {
        0x10, 0x00, 0x00, 0x14, // type 16, length 20
        0x00, 0x00, 0x00, 0x05, // cumulative TSN ack
        0x00, 0x00, 0x01, 0x00, // a_rwnd
        0x00, 0x00, 0x00, 0x00, // no blocks
        0x00, 0x00, 0xab, 0xcd, // no duplicates, reserved 0xabcd
    };
    SctpWireReader r(bytes);
    std::string error;
    Ptr<SctpNrSackChunk> p = DynamicCast<SctpNrSackChunk>(SctpChunk::Deserialize(r, error));
    ASSERT_TRUE(p != nullptr) << error;
    EXPECT_FALSE(p->IsAllNonRenegable());
    EXPECT_EQ(Serialize(*p), bytes);
}

TEST(SctpControlChunks, NrSackMalformed)
{
    // 16 bytes: the fixed part needs 20.
    ParseError({0x10, 0x00, 0x00, 0x10, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0});
    // Counts announce 1 gap + 1 NR gap, the chunk holds one block.
    ParseError({0x10, 0x00, 0x00, 0x18, 0,    0,    0,    1,    0, 0, 1, 0,
                0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0, 2, 0, 2});
    // The NR count alone overflows the chunk.
    ParseError({0x10, 0x00, 0x00, 0x14, 0,    0,    0,    1,    0,    0,
                1,    0,    0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00});
}

// HEARTBEAT, HEARTBEAT-ACK (RFC 9260 §3.3.5, §3.3.6)

TEST(SctpControlChunks, HeartbeatAndAck)
{
    const Bytes info = {0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};
    SctpHeartbeatChunk hb;
    hb.SetHeartbeatInfo(info);
    // Heartbeat Info TLV of length 10; the chunk is 14 long and padded to 16.
    // clang-format off
    const Bytes expected = {
        0x04, 0x00, 0x00, 0x0e,                         // type 4, length 14
        0x00, 0x01, 0x00, 0x0a, 0xaa, 0xbb, 0xcc, 0xdd, // Heartbeat Info, length 10
        0xee, 0xff, 0x00, 0x00,                         // rest of the info, padding
    };
    // clang-format on
    Ptr<SctpHeartbeatChunk> p = RoundTrip<SctpHeartbeatChunk>(hb, expected);
    ASSERT_TRUE(p != nullptr);
    ASSERT_EQ(p->GetParameters().size(), 1u);
    EXPECT_EQ(p->GetParameters()[0]->GetType(), SctpParameter::HEARTBEAT_INFO);
    Bytes got;
    ASSERT_TRUE(p->GetHeartbeatInfo(got));
    EXPECT_EQ(got, info);

    // The ACK echoes the parameters unchanged.
    SctpHeartbeatAckChunk ack;
    ack.SetParameters(p->GetParameters());
    Bytes ackBytes = expected;
    ackBytes[0] = 0x05;
    Ptr<SctpHeartbeatAckChunk> a = RoundTrip<SctpHeartbeatAckChunk>(ack, ackBytes);
    ASSERT_TRUE(a != nullptr);
    got.clear();
    ASSERT_TRUE(a->GetHeartbeatInfo(got));
    EXPECT_EQ(got, info);
}

TEST(SctpControlChunks, HeartbeatInfoMultipleOf4)
{
    SctpHeartbeatChunk hb;
    hb.SetParameters({Param(SctpParameter::HEARTBEAT_INFO, {1, 2, 3, 4, 5, 6, 7, 8})});
    // clang-format off
    const Bytes expected = {
        0x04, 0x00, 0x00, 0x10,                         // type 4, length 16
        0x00, 0x01, 0x00, 0x0c, 0x01, 0x02, 0x03, 0x04, // Heartbeat Info, length 12
        0x05, 0x06, 0x07, 0x08,
    };
    // clang-format on
    Ptr<SctpHeartbeatChunk> p = RoundTrip<SctpHeartbeatChunk>(hb, expected);
    ASSERT_TRUE(p != nullptr);
    Bytes got;
    ASSERT_TRUE(p->GetHeartbeatInfo(got));
    EXPECT_EQ(got, (Bytes{1, 2, 3, 4, 5, 6, 7, 8}));
}

TEST(SctpControlChunks, HeartbeatWithoutInfoParses)
{
    // Well framed, so it parses; the path manager decides what an info-less heartbeat is worth.
    Ptr<SctpHeartbeatChunk> p =
        RoundTrip<SctpHeartbeatChunk>(SctpHeartbeatChunk(), {0x04, 0x00, 0x00, 0x04});
    ASSERT_TRUE(p != nullptr);
    Bytes got;
    EXPECT_FALSE(p->GetHeartbeatInfo(got));
}

TEST(SctpControlChunks, HeartbeatMalformed)
{
    // The info TLV claims 20 bytes, the chunk holds 8.
    ParseError({0x04, 0x00, 0x00, 0x0c, 0x00, 0x01, 0x00, 0x14, 1, 2, 3, 4});
    // Three stray bytes after the TLV.
    ParseError({0x05, 0x00, 0x00, 0x0f, 0x00, 0x01, 0x00, 0x08, 1, 2, 3, 4, 9, 9, 9, 0});
}

// ABORT, ERROR (RFC 9260 §3.3.7, §3.3.10)

TEST(SctpControlChunks, AbortWithCauses)
{
    SctpAbortChunk abort;
    abort.SetTBit(true);
    abort.AddCause(Cause(SctpErrorCause::INVALID_STREAM_IDENTIFIER, {0x00, 0x07, 0x00, 0x00}));
    abort.AddCause(Cause(SctpErrorCause::USER_INITIATED_ABORT, {'b', 'y', 'e'}));
    // The last cause (length 7) is not padded inside the chunk length: 4 + 8 + 7 = 19.
    const Bytes expected = {
        0x06, 0x01, 0x00, 0x13,                         // type 6, T, length 19
        0x00, 0x01, 0x00, 0x08, 0x00, 0x07, 0x00, 0x00, // Invalid Stream Identifier 7
        0x00, 0x0c, 0x00, 0x07, 'b',  'y',  'e',  0x00, // User-Initiated Abort, padding
    };
    Ptr<SctpAbortChunk> p = RoundTrip<SctpAbortChunk>(abort, expected);
    ASSERT_TRUE(p != nullptr);
    EXPECT_TRUE(p->HasTBit());
    ASSERT_EQ(p->GetCauses().size(), 2u);
    EXPECT_EQ(p->GetCauses()[0]->GetCode(), SctpErrorCause::INVALID_STREAM_IDENTIFIER);
    EXPECT_EQ(p->GetCauses()[1]->GetCode(), SctpErrorCause::USER_INITIATED_ABORT);
    EXPECT_EQ(SerializeTlv(*p->GetCauses()[0]), Bytes(expected.begin() + 4, expected.begin() + 12));
    EXPECT_EQ(SerializeTlv(*p->GetCauses()[1]), Bytes(expected.begin() + 12, expected.end()));
    EXPECT_EQ(Text(*p).rfind("ABORT[flgs=T, ", 0), 0u);
}

TEST(SctpControlChunks, AbortEmpty)
{
    SctpAbortChunk abort;
    EXPECT_FALSE(abort.HasTBit());
    Ptr<SctpAbortChunk> p = RoundTrip<SctpAbortChunk>(abort, {0x06, 0x00, 0x00, 0x04});
    ASSERT_TRUE(p != nullptr);
    EXPECT_FALSE(p->HasTBit());
    EXPECT_TRUE(p->GetCauses().empty());
    EXPECT_EQ(Text(*p), "ABORT[flgs=0]");
    abort.SetTBit(true);
    abort.SetTBit(false);
    EXPECT_EQ(abort.GetFlags(), 0);
}

TEST(SctpControlChunks, ErrorWithCauses)
{
    SctpErrorChunk err;
    err.SetCauses({Cause(0x00ff, {0x42}),
                   Cause(SctpErrorCause::STALE_COOKIE_ERROR, {0x00, 0x00, 0x03, 0xe8}),
                   Cause(SctpErrorCause::COOKIE_RECEIVED_WHILE_SHUTTING_DOWN, {})});
    const Bytes expected = {
        0x09, 0x00, 0x00, 0x18,                         // type 9, length 4 + 8 + 8 + 4 = 24
        0x00, 0xff, 0x00, 0x05, 0x42, 0x00, 0x00, 0x00, // unknown cause, length 5, padding
        0x00, 0x03, 0x00, 0x08, 0x00, 0x00, 0x03, 0xe8, // Stale Cookie, staleness 1000 us
        0x00, 0x0a, 0x00, 0x04,                         // Cookie Received While Shutting Down
    };
    Ptr<SctpErrorChunk> p = RoundTrip<SctpErrorChunk>(err, expected);
    ASSERT_TRUE(p != nullptr);
    ASSERT_EQ(p->GetCauses().size(), 3u);
    EXPECT_EQ(p->GetCauses()[0]->GetCode(), 0x00ff);
    EXPECT_EQ(p->GetCauses()[1]->GetCode(), SctpErrorCause::STALE_COOKIE_ERROR);
    EXPECT_EQ(p->GetCauses()[2]->GetCode(), SctpErrorCause::COOKIE_RECEIVED_WHILE_SHUTTING_DOWN);
    EXPECT_EQ(SerializeTlv(*p->GetCauses()[1]),
              Bytes(expected.begin() + 12, expected.begin() + 20));
}

TEST(SctpControlChunks, CauseListMalformed)
{
    // A cause whose length (2) is shorter than its header.
    std::string e = ParseError({0x06, 0x00, 0x00, 0x08, 0x00, 0x0c, 0x00, 0x02});
    EXPECT_NE(e.find("ABORT"), std::string::npos) << e;
    // A cause longer (16) than the rest of the chunk.
    ParseError({0x09, 0x00, 0x00, 0x0c, 0x00, 0x03, 0x00, 0x10, 0, 0, 3, 0xe8});
    // Two bytes that are not a cause header.
    ParseError({0x09, 0x00, 0x00, 0x06, 0x00, 0x03, 0x00, 0x00});
}

// SHUTDOWN, SHUTDOWN-ACK, SHUTDOWN-COMPLETE (RFC 9260 §3.3.8, §3.3.9, §3.3.13)

TEST(SctpControlChunks, Shutdown)
{
    SctpShutdownChunk s;
    s.SetCumulativeTsnAck(0x12345678);
    Ptr<SctpShutdownChunk> p =
        RoundTrip<SctpShutdownChunk>(s, {0x07, 0x00, 0x00, 0x08, 0x12, 0x34, 0x56, 0x78});
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(p->GetCumulativeTsnAck(), 0x12345678u);
    EXPECT_EQ(Text(*p), "SHUTDOWN[flgs=0, cum_tsn=305419896]");
}

TEST(SctpControlChunks, ShutdownMalformed)
{
    std::string e = ParseError({0x07, 0x00, 0x00, 0x04});
    EXPECT_NE(e.find("SHUTDOWN"), std::string::npos) << e;
    ParseError({0x07, 0x00, 0x00, 0x0c, 0, 0, 0, 1, 0, 0, 0, 2});
    ParseError({0x07, 0x00, 0x00, 0x06, 0, 0, 0, 0});
}

TEST(SctpControlChunks, ShutdownAck)
{
    Ptr<SctpShutdownAckChunk> p =
        RoundTrip<SctpShutdownAckChunk>(SctpShutdownAckChunk(), {0x08, 0x00, 0x00, 0x04});
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(Text(*p), "SHUTDOWN_ACK[flgs=0]");
    // SHUTDOWN-ACK has no value.
    ParseError({0x08, 0x00, 0x00, 0x08, 0, 0, 0, 0});
}

TEST(SctpControlChunks, ShutdownComplete)
{
    SctpShutdownCompleteChunk sc;
    sc.SetTBit(true);
    Ptr<SctpShutdownCompleteChunk> p =
        RoundTrip<SctpShutdownCompleteChunk>(sc, {0x0e, 0x01, 0x00, 0x04});
    ASSERT_TRUE(p != nullptr);
    EXPECT_TRUE(p->HasTBit());
    EXPECT_EQ(Text(*p), "SHUTDOWN_COMPLETE[flgs=T]");
    Ptr<SctpShutdownCompleteChunk> q =
        RoundTrip<SctpShutdownCompleteChunk>(SctpShutdownCompleteChunk(), {0x0e, 0x00, 0x00, 0x04});
    ASSERT_TRUE(q != nullptr);
    EXPECT_FALSE(q->HasTBit());
    ParseError({0x0e, 0x01, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00});
}

// COOKIE-ECHO, COOKIE-ACK (RFC 9260 §3.3.11, §3.3.12)

TEST(SctpControlChunks, CookieEcho)
{
    const Bytes cookie = {0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70};
    SctpCookieEchoChunk ce;
    ce.SetCookie(cookie);
    // clang-format off
    const Bytes expected = {
        0x0a, 0x00, 0x00, 0x0b,                         // type 10, length 4 + 7 = 11
        0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x00, // cookie, one byte of padding
    };
    // clang-format on
    Ptr<SctpCookieEchoChunk> p = RoundTrip<SctpCookieEchoChunk>(ce, expected);
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(p->GetCookie(), cookie);
    EXPECT_EQ(Text(*p), "COOKIE_ECHO[flgs=0, len=7]");
}

TEST(SctpControlChunks, CookieEchoWithoutFinalPaddingAtPacketEnd)
{
    // The last chunk of a packet may arrive without its padding.
    const Bytes bytes = {0x0a, 0x00, 0x00, 0x07, 0x01, 0x02, 0x03};
    SctpWireReader r(bytes);
    std::string error;
    Ptr<SctpCookieEchoChunk> p = DynamicCast<SctpCookieEchoChunk>(SctpChunk::Deserialize(r, error));
    ASSERT_TRUE(p != nullptr) << error;
    EXPECT_EQ(p->GetCookie(), (Bytes{1, 2, 3}));
    EXPECT_EQ(Serialize(*p), (Bytes{0x0a, 0x00, 0x00, 0x07, 0x01, 0x02, 0x03, 0x00}));
}

TEST(SctpControlChunks, CookieAck)
{
    Ptr<SctpCookieAckChunk> p =
        RoundTrip<SctpCookieAckChunk>(SctpCookieAckChunk(), {0x0b, 0x00, 0x00, 0x04});
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(Text(*p), "COOKIE_ACK[flgs=0]");
    ParseError({0x0b, 0x00, 0x00, 0x08, 0, 0, 0, 0});
}

// ECNE, CWR (RFC 9260 Appendix A; FreeBSD's extended ECNE and CWR flags)

TEST(SctpControlChunks, EcneRfcForm)
{
    SctpEcneChunk e;
    e.SetLowestTsn(42);
    Ptr<SctpEcneChunk> p =
        RoundTrip<SctpEcneChunk>(e, {0x0c, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x2a});
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(p->GetLowestTsn(), 42u);
    EXPECT_FALSE(p->HasPacketsSinceCwr());
    // FreeBSD reads the 8-byte form as one CE-marked packet (freebsd-behaviour.md, ECN).
    EXPECT_EQ(p->GetPacketsSinceCwr(), 1u);
    EXPECT_EQ(Text(*p), "ECNE[flgs=0, tsn=42]");
}

TEST(SctpControlChunks, EcneFreeBsdForm)
{
    SctpEcneChunk e;
    e.SetLowestTsn(42);
    e.SetPacketsSinceCwr(3);
    // clang-format off
    const Bytes expected = {
        0x0c, 0x00, 0x00, 0x0c, // type 12, length 12
        0x00, 0x00, 0x00, 0x2a, // lowest TSN 42
        0x00, 0x00, 0x00, 0x03, // 3 packets since the last CWR
    };
    // clang-format on
    Ptr<SctpEcneChunk> p = RoundTrip<SctpEcneChunk>(e, expected);
    ASSERT_TRUE(p != nullptr);
    EXPECT_TRUE(p->HasPacketsSinceCwr());
    EXPECT_EQ(p->GetPacketsSinceCwr(), 3u);
    EXPECT_EQ(Text(*p), "ECNE[flgs=0, tsn=42, pkts=3]");
    p->ClearPacketsSinceCwr();
    EXPECT_EQ(p->GetLength(), 8);
    EXPECT_EQ(Serialize(*p), (Bytes{0x0c, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x2a}));
}

TEST(SctpControlChunks, EcneMalformed)
{
    std::string e = ParseError({0x0c, 0x00, 0x00, 0x04});
    EXPECT_NE(e.find("ECNE"), std::string::npos) << e;
    ParseError({0x0c, 0x00, 0x00, 0x0a, 0, 0, 0, 0x2a, 0, 0, 0, 0});
    ParseError({0x0c, 0x00, 0x00, 0x10, 0, 0, 0, 0x2a, 0, 0, 0, 3, 0, 0, 0, 0});
}

TEST(SctpControlChunks, Cwr)
{
    SctpCwrChunk c;
    c.SetLowestTsn(0x0a0b0c0d);
    c.SetReduceOverride(true);
    c.SetInSameWindow(true);
    Ptr<SctpCwrChunk> p =
        RoundTrip<SctpCwrChunk>(c, {0x0d, 0x03, 0x00, 0x08, 0x0a, 0x0b, 0x0c, 0x0d});
    ASSERT_TRUE(p != nullptr);
    EXPECT_EQ(p->GetLowestTsn(), 0x0a0b0c0du);
    EXPECT_TRUE(p->IsReduceOverride());
    EXPECT_TRUE(p->IsInSameWindow());
    p->SetReduceOverride(false);
    EXPECT_EQ(p->GetFlags(), SctpControlFlags::CWR_IN_SAME_WINDOW);
    EXPECT_FALSE(p->IsReduceOverride());
    ParseError({0x0d, 0x00, 0x00, 0x0c, 0, 0, 0, 1, 0, 0, 0, 0});
    ParseError({0x0d, 0x00, 0x00, 0x04});
}

// Truncation: a chunk of each family with a value worth cutting.

namespace
{

/// A chunk to cut, and whether every length shorter than its own is malformed.
struct CutCase
{
    Ptr<SctpChunk> chunk; //!< the chunk
    bool everyCutFails;   //!< true when its value is all fixed or counted fields
};

/// \return the chunks to cut
std::vector<CutCase>
CutCases()
{
    Ptr<SctpInitAckChunk> init = Create<SctpInitAckChunk>();
    init->AddParameter(Param(SctpParameter::STATE_COOKIE, {1, 2, 3, 4, 5}));
    init->AddParameter(Param(SctpParameter::SUPPORTED_ADDRESS_TYPES, {0, 5}));
    Ptr<SctpSackChunk> sack = Create<SctpSackChunk>();
    sack->AddGapAckBlock(1, 2);
    sack->AddDuplicateTsn(9);
    Ptr<SctpNrSackChunk> nr = Create<SctpNrSackChunk>();
    nr->AddGapAckBlock(1, 1);
    nr->AddNrGapAckBlock(3, 4);
    nr->AddDuplicateTsn(9);
    Ptr<SctpHeartbeatChunk> hb = Create<SctpHeartbeatChunk>();
    hb->SetHeartbeatInfo({1, 2, 3, 4, 5});
    Ptr<SctpAbortChunk> abort = Create<SctpAbortChunk>();
    abort->AddCause(Cause(SctpErrorCause::STALE_COOKIE_ERROR, {0, 0, 0, 1}));
    abort->AddCause(Cause(SctpErrorCause::USER_INITIATED_ABORT, {'x'}));
    Ptr<SctpEcneChunk> ecne = Create<SctpEcneChunk>();
    ecne->SetPacketsSinceCwr(1);
    Ptr<SctpCookieEchoChunk> cookie = Create<SctpCookieEchoChunk>();
    cookie->SetCookie({1, 2, 3, 4, 5, 6});
    return {{init, false},
            {sack, true},
            {nr, true},
            {hb, false},
            {abort, false},
            {Create<SctpShutdownChunk>(), true},
            {ecne, false},
            {Create<SctpCwrChunk>(), true},
            {cookie, false}};
}

} // namespace

// Every prefix shorter than the length field fails cleanly; the whole chunk without its padding
// (the end of a packet) still parses.

TEST(SctpControlChunks, TruncationNeverReadsPastTheEnd)
{
    for (const auto& tc : CutCases())
    {
        const Bytes full = Serialize(*tc.chunk);
        for (size_t n = 0; n < tc.chunk->GetLength(); ++n)
        {
            SCOPED_TRACE(tc.chunk->GetName() + " cut to " + std::to_string(n));
            ParseError(Bytes(full.begin(), full.begin() + n));
        }
        SctpWireReader r(full.data(), tc.chunk->GetLength());
        std::string error;
        Ptr<SctpChunk> p = SctpChunk::Deserialize(r, error);
        ASSERT_TRUE(p != nullptr) << tc.chunk->GetName() << ": " << error;
        EXPECT_EQ(Serialize(*p), full);
    }
}

// A length field that cuts the value anywhere: the parser either refuses with a reason or takes
// the shorter chunk as well framed; it never reads past the length.

TEST(SctpControlChunks, LengthFieldCutsTheValue)
{
    for (const auto& tc : CutCases())
    {
        const Bytes full = Serialize(*tc.chunk);
        for (uint16_t n = SctpChunk::HEADER_SIZE; n < tc.chunk->GetLength(); ++n)
        {
            SCOPED_TRACE(tc.chunk->GetName() + " with length " + std::to_string(n));
            Bytes cut(full.begin(), full.begin() + n);
            cut[2] = static_cast<uint8_t>(n >> 8);
            cut[3] = static_cast<uint8_t>(n);
            cut.resize(SctpPad4(n), 0);
            SctpWireReader r(cut);
            std::string error;
            Ptr<SctpChunk> p = SctpChunk::Deserialize(r, error);
            if (tc.everyCutFails)
            {
                EXPECT_TRUE(p == nullptr);
            }
            if (p)
            {
                EXPECT_LE(p->GetLength(), n);
            }
            else
            {
                EXPECT_FALSE(error.empty());
            }
        }
    }
}
