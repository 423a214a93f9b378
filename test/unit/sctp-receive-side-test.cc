/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The receive side: RFC 1982 serial arithmetic (RFC 9260 §1.6), the TSN map and its SACK gap
// blocks (RFC 9260 §3.3.4, §6.2), and reassembly/ordering/partial delivery (RFC 9260 §6.5, §6.6,
// §6.9, RFC 8260, RFC 3758 §3.6, RFC 6458 §8.1.21). Expected values follow from those rules.

#include "ns3/sctp-data-chunk.h"
#include "ns3/sctp-inbound-streams.h"
#include "ns3/sctp-serial.h"
#include "ns3/sctp-tsn-tracker.h"

#include <algorithm>
#include <cstdint>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// A payload whose bytes depend on their position, so misordered or lost bytes show.
std::vector<uint8_t>
Payload(std::size_t size, uint8_t seed)
{
    std::vector<uint8_t> v(size);
    for (std::size_t i = 0; i < size; ++i)
    {
        v[i] = static_cast<uint8_t>(seed + i * 7 + (i >> 8));
    }
    return v;
}

/// Blocks as (start, end) pairs, for readable comparisons.
std::vector<std::pair<uint16_t, uint16_t>>
Blocks(const SctpTsnTracker& t, std::size_t max = 1000)
{
    std::vector<SctpGapAckBlock> blocks;
    t.GetGapAckBlocks(blocks, max);
    std::vector<std::pair<uint16_t, uint16_t>> out;
    for (const auto& b : blocks)
    {
        out.emplace_back(b.start, b.end);
    }
    return out;
}

using Pairs = std::vector<std::pair<uint16_t, uint16_t>>;

/**
 * What a sender would put on the wire for one message: DATA fragments with consecutive TSNs
 * and one SSN (RFC 9260 §6.9), or I-DATA fragments with one MID and FSN 0, 1, ... (RFC 8260).
 */
std::vector<SctpReceivedFragment>
Fragments(uint32_t& nextTsn,
          uint16_t sid,
          uint32_t ssnOrMid,
          uint32_t ppid,
          bool unordered,
          const std::vector<uint8_t>& data,
          std::size_t fragSize,
          bool idata = false)
{
    std::vector<SctpReceivedFragment> out;
    std::size_t offset = 0;
    uint32_t fsn = 0;
    do
    {
        std::size_t n = std::min(fragSize, data.size() - offset);
        SctpReceivedFragment f;
        f.tsn = nextTsn++;
        f.streamId = sid;
        f.ssnOrMid = ssnOrMid;
        f.begin = offset == 0;
        f.end = offset + n == data.size();
        f.unordered = unordered;
        f.fsn = idata ? fsn : 0;
        f.ppid = (!idata || f.begin) ? ppid : 0;
        f.data.assign(data.begin() + offset, data.begin() + offset + n);
        out.push_back(std::move(f));
        offset += n;
        ++fsn;
    } while (offset < data.size());
    return out;
}

/// Drain the delivery queue.
std::vector<SctpDeliveredMessage>
PopAll(SctpInboundStreams& in)
{
    std::vector<SctpDeliveredMessage> out;
    while (in.HasMessage())
    {
        out.push_back(in.Pop());
    }
    return out;
}

/// Receive fragments in the given order, each one expected to be accepted.
void
ReceiveAll(SctpInboundStreams& in,
           const std::vector<SctpReceivedFragment>& frags,
           const std::vector<std::size_t>& order)
{
    for (std::size_t i : order)
    {
        ASSERT_EQ(in.Receive(frags[i]), SctpInboundStreams::Result::ACCEPTED) << "fragment " << i;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Serial number arithmetic, RFC 1982 §3.2 with SERIAL_BITS 32 (TSN) and 16 (SSN).

TEST(SctpSerial, TsnWrapAroundZero)
{
    static_assert(SctpTsnLt(0xFFFFFFFFU, 0), "2^32-1 precedes 0 after the wrap");
    EXPECT_TRUE(SctpTsnLt(0xFFFFFFFFU, 0));
    EXPECT_TRUE(SctpTsnGt(0, 0xFFFFFFFFU));
    EXPECT_FALSE(SctpTsnGt(0xFFFFFFFFU, 0));
    EXPECT_TRUE(SctpTsnLt(0xFFFFFFF0U, 0x10));
    EXPECT_TRUE(SctpTsnLe(0xFFFFFFFFU, 0));
    EXPECT_TRUE(SctpTsnGe(0, 0xFFFFFFFFU));
    EXPECT_TRUE(SctpTsnLe(5, 5));
    EXPECT_TRUE(SctpTsnGe(5, 5));
    EXPECT_FALSE(SctpTsnLt(5, 5));
    EXPECT_FALSE(SctpTsnGt(5, 5));
}

TEST(SctpSerial, TsnHalfSpaceBoundary)
{
    // i2 - i1 = 2^31 - 1 < 2^31: ordered.
    EXPECT_TRUE(SctpTsnLt(0, 0x7FFFFFFFU));
    EXPECT_TRUE(SctpTsnGt(0x7FFFFFFFU, 0));
    // Exactly 2^31 apart: RFC 1982 leaves it undefined, neither is less nor greater.
    EXPECT_FALSE(SctpTsnLt(0, 0x80000000U));
    EXPECT_FALSE(SctpTsnGt(0, 0x80000000U));
    EXPECT_FALSE(SctpTsnLt(0x80000000U, 0));
    EXPECT_FALSE(SctpTsnGt(0x80000000U, 0));
    EXPECT_FALSE(SctpTsnLe(0, 0x80000000U));
    EXPECT_FALSE(SctpTsnGe(0, 0x80000000U));
    // i2 - i1 = 2^31 + 1 > 2^31 with i1 < i2: i1 is the greater one.
    EXPECT_TRUE(SctpTsnGt(0, 0x80000001U));
    EXPECT_TRUE(SctpTsnLt(0x80000001U, 0));
    EXPECT_TRUE(SctpTsnLt(0x12345678U, 0x12345678U + 0x7FFFFFFFU));
    EXPECT_TRUE(SctpTsnGt(0x12345678U, 0x12345678U + 0x80000001U));
}

TEST(SctpSerial, SsnWrapAndBoundary)
{
    static_assert(SctpSsnLt(65535, 0), "65535 precedes 0 after the wrap");
    EXPECT_TRUE(SctpSsnLt(65535, 0));
    EXPECT_TRUE(SctpSsnGt(0, 65535));
    EXPECT_TRUE(SctpSsnLt(65530, 4));
    EXPECT_TRUE(SctpSsnLt(0, 32767));
    EXPECT_FALSE(SctpSsnLt(0, 32768));
    EXPECT_FALSE(SctpSsnGt(0, 32768));
    EXPECT_FALSE(SctpSsnLt(32768, 0));
    EXPECT_FALSE(SctpSsnGt(32768, 0));
    EXPECT_TRUE(SctpSsnGt(0, 32769));
    EXPECT_TRUE(SctpSsnLe(7, 7));
    EXPECT_TRUE(SctpSsnGe(0, 65535));
    EXPECT_FALSE(SctpSsnGe(65535, 0));
}

// ---------------------------------------------------------------------------------------------
// TSN tracker

TEST(SctpTsnTracker, ResetSetsCumulativeTsnBelowInitialTsn)
{
    SctpTsnTracker t;
    t.Reset(1000);
    EXPECT_EQ(t.GetCumulativeTsn(), 999U);
    EXPECT_EQ(t.GetHighestTsn(), 999U);
    EXPECT_FALSE(t.HasGaps());
    EXPECT_TRUE(Blocks(t).empty());
    t.Reset(0);
    EXPECT_EQ(t.GetCumulativeTsn(), 0xFFFFFFFFU);
}

TEST(SctpTsnTracker, InOrderAdvancesCumulativeTsn)
{
    SctpTsnTracker t;
    t.Reset(1);
    for (uint32_t tsn = 1; tsn <= 3; ++tsn)
    {
        EXPECT_EQ(t.Record(tsn), SctpTsnTracker::RecordResult::NEW);
        EXPECT_EQ(t.GetCumulativeTsn(), tsn);
    }
    EXPECT_FALSE(t.HasGaps());
    EXPECT_EQ(t.GetHighestTsn(), 3U);
    EXPECT_TRUE(Blocks(t).empty());
    EXPECT_TRUE(t.GetDuplicates().empty());
}

TEST(SctpTsnTracker, GapBlocksAreOffsetsFromCumulativeTsn)
{
    SctpTsnTracker t;
    t.Reset(1);
    for (uint32_t tsn : {1, 2, 4, 5, 7})
    {
        EXPECT_EQ(t.Record(tsn), SctpTsnTracker::RecordResult::NEW);
    }
    EXPECT_EQ(t.GetCumulativeTsn(), 2U);
    EXPECT_EQ(t.GetHighestTsn(), 7U);
    EXPECT_TRUE(t.HasGaps());
    // 4..5 are cum+2..cum+3, 7 is cum+5.
    EXPECT_EQ(Blocks(t), (Pairs{{2, 3}, {5, 5}}));
    EXPECT_TRUE(t.IsReceived(4));
    EXPECT_FALSE(t.IsReceived(3));
    EXPECT_FALSE(t.IsReceived(6));
}

TEST(SctpTsnTracker, HoleFilledAdvancesOverEverythingContiguous)
{
    SctpTsnTracker t;
    t.Reset(1);
    for (uint32_t tsn : {1, 3, 4, 6})
    {
        t.Record(tsn);
    }
    EXPECT_EQ(t.GetCumulativeTsn(), 1U);
    EXPECT_EQ(Blocks(t), (Pairs{{2, 3}, {5, 5}}));
    t.Record(2);
    EXPECT_EQ(t.GetCumulativeTsn(), 4U);
    EXPECT_EQ(Blocks(t), (Pairs{{2, 2}}));
    t.Record(5);
    EXPECT_EQ(t.GetCumulativeTsn(), 6U);
    EXPECT_FALSE(t.HasGaps());
    EXPECT_TRUE(Blocks(t).empty());
}

TEST(SctpTsnTracker, DuplicatesListedUntilCleared)
{
    SctpTsnTracker t;
    t.Reset(1);
    t.Record(1);
    t.Record(2);
    t.Record(5);
    EXPECT_EQ(t.Record(2), SctpTsnTracker::RecordResult::DUPLICATE); // at the cum TSN
    EXPECT_EQ(t.Record(1), SctpTsnTracker::RecordResult::DUPLICATE); // below it
    EXPECT_EQ(t.Record(5), SctpTsnTracker::RecordResult::DUPLICATE); // above it, in a block
    EXPECT_EQ(t.Record(5), SctpTsnTracker::RecordResult::DUPLICATE); // each copy is reported
    EXPECT_EQ(t.GetDuplicates(), (std::vector<uint32_t>{2, 1, 5, 5}));
    EXPECT_EQ(t.GetDuplicateCount(), 4U);
    EXPECT_EQ(t.GetCumulativeTsn(), 2U);
    t.ClearDuplicates();
    EXPECT_TRUE(t.GetDuplicates().empty());
    EXPECT_EQ(t.GetDuplicateCount(), 0U);
    EXPECT_EQ(Blocks(t), (Pairs{{3, 3}}));
}

TEST(SctpTsnTracker, DuplicatesCappedLikeFreeBsd)
{
    // FreeBSD keeps SCTP_MAX_DUP_TSNS = 20 duplicates per SACK.
    SctpTsnTracker t;
    EXPECT_EQ(SctpTsnTracker::DEFAULT_MAX_DUPLICATES, 20U);
    t.Reset(1);
    t.Record(1);
    for (int i = 0; i < 25; ++i)
    {
        EXPECT_EQ(t.Record(1), SctpTsnTracker::RecordResult::DUPLICATE);
    }
    EXPECT_EQ(t.GetDuplicates().size(), 20U);
    EXPECT_EQ(t.GetDuplicateCount(), 25U);

    SctpTsnTracker small(SctpTsnTracker::MAX_WINDOW, 3);
    small.Reset(1);
    small.Record(1);
    for (int i = 0; i < 5; ++i)
    {
        small.Record(1);
    }
    EXPECT_EQ(small.GetDuplicates().size(), 3U);
}

TEST(SctpTsnTracker, WrapAroundTwoToThe32)
{
    SctpTsnTracker t;
    t.Reset(0xFFFFFFFEU);
    EXPECT_EQ(t.GetCumulativeTsn(), 0xFFFFFFFDU);
    EXPECT_EQ(t.Record(0xFFFFFFFEU), SctpTsnTracker::RecordResult::NEW);
    EXPECT_EQ(t.Record(0xFFFFFFFFU), SctpTsnTracker::RecordResult::NEW);
    EXPECT_EQ(t.Record(1), SctpTsnTracker::RecordResult::NEW);
    EXPECT_EQ(t.Record(3), SctpTsnTracker::RecordResult::NEW);
    EXPECT_EQ(t.GetCumulativeTsn(), 0xFFFFFFFFU);
    EXPECT_EQ(t.GetHighestTsn(), 3U);
    // 1 is cum + 2 and 3 is cum + 4 across the wrap.
    EXPECT_EQ(Blocks(t), (Pairs{{2, 2}, {4, 4}}));
    EXPECT_EQ(t.Record(0xFFFFFFFFU), SctpTsnTracker::RecordResult::DUPLICATE);
    EXPECT_EQ(t.Record(0), SctpTsnTracker::RecordResult::NEW);
    EXPECT_EQ(t.GetCumulativeTsn(), 1U);
    EXPECT_EQ(Blocks(t), (Pairs{{2, 2}}));
    t.Record(2);
    EXPECT_EQ(t.GetCumulativeTsn(), 3U);
    EXPECT_FALSE(t.HasGaps());
}

TEST(SctpTsnTracker, WindowLimit)
{
    SctpTsnTracker t(100);
    EXPECT_EQ(t.GetWindow(), 100U);
    t.Reset(1);
    // Accepted: (cum, cum + window] = 1..100.
    EXPECT_EQ(t.Record(100), SctpTsnTracker::RecordResult::NEW);
    EXPECT_EQ(t.Record(101), SctpTsnTracker::RecordResult::OUT_OF_WINDOW);
    EXPECT_FALSE(t.IsReceived(101));
    EXPECT_EQ(t.GetHighestTsn(), 100U);
    EXPECT_EQ(Blocks(t), (Pairs{{100, 100}}));
    // Exactly 2^31 ahead has no serial order: refused, not taken for a duplicate.
    EXPECT_EQ(t.Record(0x80000000U), SctpTsnTracker::RecordResult::OUT_OF_WINDOW);
    EXPECT_TRUE(t.GetDuplicates().empty());
    // Once the cum TSN moves, the window moves with it.
    for (uint32_t tsn = 1; tsn < 100; ++tsn)
    {
        t.Record(tsn);
    }
    EXPECT_EQ(t.GetCumulativeTsn(), 100U);
    EXPECT_EQ(t.Record(200), SctpTsnTracker::RecordResult::NEW);
    EXPECT_EQ(t.Record(201), SctpTsnTracker::RecordResult::OUT_OF_WINDOW);
    EXPECT_EQ(Blocks(t), (Pairs{{100, 100}}));
}

TEST(SctpTsnTracker, WindowClampedToSixteenBitOffsets)
{
    SctpTsnTracker big(1000000);
    EXPECT_EQ(big.GetWindow(), 65535U);
    big.Reset(1);
    EXPECT_EQ(big.Record(65535), SctpTsnTracker::RecordResult::NEW);
    EXPECT_EQ(big.Record(65536), SctpTsnTracker::RecordResult::OUT_OF_WINDOW);
    EXPECT_EQ(Blocks(big), (Pairs{{65535, 65535}}));
    SctpTsnTracker tiny(1);
    EXPECT_EQ(tiny.GetWindow(), 64U);
}

TEST(SctpTsnTracker, RingReusedAfterManyTsns)
{
    // A 64-TSN window wraps its bitmap many times over 1000 TSNs.
    SctpTsnTracker t(64);
    t.Reset(5);
    for (uint32_t tsn = 5; tsn < 1005; ++tsn)
    {
        ASSERT_EQ(t.Record(tsn), SctpTsnTracker::RecordResult::NEW);
    }
    EXPECT_EQ(t.GetCumulativeTsn(), 1004U);
    t.Record(1006);
    t.Record(1007);
    t.Record(1068); // cum + 64
    EXPECT_EQ(t.Record(1069), SctpTsnTracker::RecordResult::OUT_OF_WINDOW);
    EXPECT_EQ(Blocks(t), (Pairs{{2, 3}, {64, 64}}));
    t.Record(1005);
    EXPECT_EQ(t.GetCumulativeTsn(), 1007U);
    EXPECT_EQ(Blocks(t), (Pairs{{61, 61}}));
}

TEST(SctpTsnTracker, GapBlocksLimitedByCaller)
{
    SctpTsnTracker t;
    t.Reset(1);
    for (uint32_t tsn : {1, 3, 5, 7, 9})
    {
        t.Record(tsn);
    }
    EXPECT_EQ(Blocks(t), (Pairs{{2, 2}, {4, 4}, {6, 6}, {8, 8}}));
    EXPECT_EQ(Blocks(t, 2), (Pairs{{2, 2}, {4, 4}}));
    EXPECT_TRUE(Blocks(t, 0).empty());
    std::vector<SctpGapAckBlock> reuse(10);
    EXPECT_EQ(t.GetGapAckBlocks(reuse, 3), 3U);
    EXPECT_EQ(reuse.size(), 3U);
}

TEST(SctpTsnTracker, BlocksAcrossBitmapWords)
{
    // A run of 150 TSNs spans three 64-bit words and must come out as one block.
    SctpTsnTracker t;
    t.Reset(1);
    for (uint32_t tsn = 60; tsn < 210; ++tsn)
    {
        t.Record(tsn);
    }
    EXPECT_EQ(t.GetCumulativeTsn(), 0U);
    EXPECT_EQ(Blocks(t), (Pairs{{60, 209}}));
}

TEST(SctpTsnTracker, ForwardTsn)
{
    SctpTsnTracker t;
    t.Reset(1);
    for (uint32_t tsn : {1, 5, 6, 9})
    {
        t.Record(tsn);
    }
    // RFC 3758 §3.6: move to the new point, then further over what was received after it.
    EXPECT_TRUE(t.Forward(3));
    EXPECT_EQ(t.GetCumulativeTsn(), 3U);
    EXPECT_EQ(Blocks(t), (Pairs{{2, 3}, {6, 6}}));
    EXPECT_TRUE(t.Forward(4));
    EXPECT_EQ(t.GetCumulativeTsn(), 6U);
    EXPECT_EQ(Blocks(t), (Pairs{{3, 3}}));
    // A stale FORWARD-TSN changes nothing.
    EXPECT_FALSE(t.Forward(5));
    EXPECT_FALSE(t.Forward(6));
    EXPECT_EQ(t.GetCumulativeTsn(), 6U);
    // Past everything, beyond the window: all state goes.
    EXPECT_TRUE(t.Forward(100000));
    EXPECT_EQ(t.GetCumulativeTsn(), 100000U);
    EXPECT_EQ(t.GetHighestTsn(), 100000U);
    EXPECT_FALSE(t.HasGaps());
    EXPECT_EQ(t.Record(9), SctpTsnTracker::RecordResult::DUPLICATE);
    EXPECT_EQ(t.Record(100001), SctpTsnTracker::RecordResult::NEW);
    EXPECT_EQ(t.GetCumulativeTsn(), 100001U);
}

TEST(SctpTsnTracker, ForwardTsnAcrossWrap)
{
    SctpTsnTracker t;
    t.Reset(0xFFFFFFF0U);
    t.Record(2);
    EXPECT_TRUE(t.Forward(0xFFFFFFFFU));
    EXPECT_EQ(t.GetCumulativeTsn(), 0xFFFFFFFFU);
    EXPECT_EQ(Blocks(t), (Pairs{{3, 3}}));
    EXPECT_TRUE(t.Forward(1));
    EXPECT_EQ(t.GetCumulativeTsn(), 2U);
}

TEST(SctpTsnTracker, MatchesSetModelOnRandomArrivals)
{
    // An independent model (a set of unwrapped TSNs) against the bitmap, near the 2^32 wrap.
    std::mt19937 rng(7);
    const uint32_t initial = 0xFFFFF800U;
    const uint32_t window = 256;
    SctpTsnTracker t(window);
    t.Reset(initial);
    std::set<uint64_t> received;
    uint64_t cum = uint64_t{initial} - 1; // unwrapped
    for (int step = 0; step < 20000; ++step)
    {
        uint64_t tsn = cum + 1 + rng() % (window + 20);
        bool fresh = received.count(tsn) == 0;
        auto r = t.Record(static_cast<uint32_t>(tsn));
        if (tsn > cum + window)
        {
            ASSERT_EQ(r, SctpTsnTracker::RecordResult::OUT_OF_WINDOW);
            continue;
        }
        ASSERT_EQ(r,
                  fresh ? SctpTsnTracker::RecordResult::NEW
                        : SctpTsnTracker::RecordResult::DUPLICATE);
        received.insert(tsn);
        while (received.count(cum + 1))
        {
            received.erase(cum + 1);
            ++cum;
        }
        ASSERT_EQ(t.GetCumulativeTsn(), static_cast<uint32_t>(cum));
        Pairs expected;
        for (uint64_t x : received)
        {
            auto off = static_cast<uint16_t>(x - cum);
            if (!expected.empty() && expected.back().second + 1 == off)
            {
                expected.back().second = off;
            }
            else
            {
                expected.emplace_back(off, off);
            }
        }
        ASSERT_EQ(Blocks(t), expected);
        t.ClearDuplicates();
    }
    EXPECT_GT(cum, uint64_t{0xFFFFFFFFU}); // the run did cross the wrap
}

// ---------------------------------------------------------------------------------------------
// Inbound streams

TEST(SctpInboundStreams, FragmentFromDataAndIDataChunks)
{
    SctpDataChunk data;
    data.SetTsn(77);
    data.SetStreamId(3);
    data.SetStreamSeq(9);
    data.SetPpid(46);
    data.SetBeginning(false);
    data.SetEnd(true);
    data.SetUnordered(true);
    data.SetUserData(Payload(20, 1));
    SctpReceivedFragment f = SctpReceivedFragment::FromChunk(data);
    EXPECT_EQ(f.tsn, 77U);
    EXPECT_EQ(f.streamId, 3);
    EXPECT_EQ(f.ssnOrMid, 9U);
    EXPECT_EQ(f.ppid, 46U);
    EXPECT_FALSE(f.begin);
    EXPECT_TRUE(f.end);
    EXPECT_TRUE(f.unordered);
    EXPECT_EQ(f.data, Payload(20, 1));

    // RFC 8260 §2.1: the PPID/FSN field is the PPID when B is set, else the FSN.
    SctpIDataChunk first;
    first.SetTsn(5);
    first.SetStreamId(1);
    first.SetMessageId(0x10000);
    first.SetBeginning(true);
    first.SetPpid(51);
    first.SetUserData(Payload(8, 2));
    f = SctpReceivedFragment::FromChunk(first);
    EXPECT_EQ(f.ssnOrMid, 0x10000U);
    EXPECT_EQ(f.ppid, 51U);
    EXPECT_EQ(f.fsn, 0U);
    EXPECT_TRUE(f.begin);
    SctpIDataChunk later;
    later.SetTsn(6);
    later.SetStreamId(1);
    later.SetMessageId(0x10000);
    later.SetFsn(1);
    later.SetEnd(true);
    later.SetUserData(Payload(8, 3));
    f = SctpReceivedFragment::FromChunk(later);
    EXPECT_EQ(f.fsn, 1U);
    EXPECT_EQ(f.ppid, 0U);
    EXPECT_FALSE(f.begin);
    EXPECT_TRUE(f.end);
}

TEST(SctpInboundStreams, SingleChunkMessageDeliveredAtOnce)
{
    SctpInboundStreams in;
    in.Reset(4, false);
    uint32_t tsn = 100;
    auto data = Payload(300, 1);
    auto frags = Fragments(tsn, 2, 0, 51, false, data, 1452);
    ASSERT_EQ(frags.size(), 1U);
    EXPECT_EQ(in.Receive(frags[0]), SctpInboundStreams::Result::ACCEPTED);
    ASSERT_TRUE(in.HasMessage());
    EXPECT_EQ(in.GetQueuedBytes(), 300U);
    EXPECT_EQ(in.GetHeldBytes(), 0U);
    SctpDeliveredMessage m = in.Pop();
    EXPECT_EQ(m.streamId, 2);
    EXPECT_EQ(m.ssnOrMid, 0U);
    EXPECT_EQ(m.ppid, 51U);
    EXPECT_EQ(m.tsn, 100U);
    EXPECT_FALSE(m.unordered);
    EXPECT_TRUE(m.complete);
    EXPECT_EQ(m.data, data);
    EXPECT_EQ(in.GetNextSequence(2), 1U);
    EXPECT_EQ(in.GetQueuedBytes(), 0U);
    EXPECT_FALSE(in.HasMessage());
}

TEST(SctpInboundStreams, FragmentedMessageReassembledByteExact)
{
    SctpInboundStreams in;
    in.Reset(1, false);
    uint32_t tsn = 7;
    auto data = Payload(5000, 3);
    auto frags = Fragments(tsn, 0, 0, 99, false, data, 1452);
    ASSERT_EQ(frags.size(), 4U); // 1452 * 3 + 644
    for (std::size_t i = 0; i + 1 < frags.size(); ++i)
    {
        EXPECT_EQ(in.Receive(frags[i]), SctpInboundStreams::Result::ACCEPTED);
        EXPECT_FALSE(in.HasMessage());
    }
    EXPECT_EQ(in.GetHeldBytes(), 1452U * 3);
    EXPECT_EQ(in.GetHeldChunks(), 3U);
    EXPECT_EQ(in.Receive(frags[3]), SctpInboundStreams::Result::ACCEPTED);
    EXPECT_EQ(in.GetHeldBytes(), 0U);
    EXPECT_EQ(in.GetHeldChunks(), 0U);
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].data, data);
    EXPECT_EQ(out[0].tsn, 7U); // the first fragment's TSN
    EXPECT_EQ(out[0].ppid, 99U);
    EXPECT_TRUE(out[0].complete);
}

TEST(SctpInboundStreams, OutOfOrderFragments)
{
    for (bool unordered : {false, true})
    {
        SctpInboundStreams in;
        in.Reset(1, false);
        uint32_t tsn = 0xFFFFFFFEU; // the message's TSNs wrap
        auto data = Payload(4000, 9);
        auto frags = Fragments(tsn, 0, 0, 1, unordered, data, 1000);
        ASSERT_EQ(frags.size(), 4U);
        for (std::size_t i : {2, 0, 3})
        {
            EXPECT_EQ(in.Receive(frags[i]), SctpInboundStreams::Result::ACCEPTED);
            EXPECT_FALSE(in.HasMessage());
        }
        EXPECT_EQ(in.Receive(frags[1]), SctpInboundStreams::Result::ACCEPTED);
        auto out = PopAll(in);
        ASSERT_EQ(out.size(), 1U) << "unordered " << unordered;
        EXPECT_EQ(out[0].data, data);
        EXPECT_EQ(out[0].tsn, 0xFFFFFFFEU);
        EXPECT_EQ(out[0].unordered, unordered);
        EXPECT_EQ(in.GetHeldBytes(), 0U);
    }
}

TEST(SctpInboundStreams, OrderedHeldUntilMissingSsnArrives)
{
    SctpInboundStreams in;
    in.Reset(1, false);
    uint32_t tsn = 1;
    std::vector<std::vector<uint8_t>> msgs;
    std::vector<SctpReceivedFragment> frags;
    for (uint16_t ssn = 0; ssn < 3; ++ssn)
    {
        msgs.push_back(Payload(2000 + ssn, ssn));
        auto f = Fragments(tsn, 0, ssn, 0, false, msgs.back(), 1452);
        frags.insert(frags.end(), f.begin(), f.end());
    }
    ASSERT_EQ(frags.size(), 6U);
    // SSN 1 and 2 complete first: held, since SSN 0 is missing.
    ReceiveAll(in, frags, {2, 3, 4, 5, 1});
    EXPECT_FALSE(in.HasMessage());
    EXPECT_EQ(in.GetHeldChunks(), 5U);
    ReceiveAll(in, frags, {0});
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 3U);
    for (uint16_t ssn = 0; ssn < 3; ++ssn)
    {
        EXPECT_EQ(out[ssn].ssnOrMid, ssn);
        EXPECT_EQ(out[ssn].data, msgs[ssn]);
    }
    EXPECT_EQ(in.GetNextSequence(0), 3U);
    EXPECT_EQ(in.GetHeldBytes(), 0U);
}

TEST(SctpInboundStreams, UnorderedDeliveredImmediately)
{
    SctpInboundStreams in;
    in.Reset(1, false);
    uint32_t tsn = 1;
    auto ordered0 = Payload(100, 1);
    auto ordered1 = Payload(100, 2);
    auto unord = Payload(3000, 3);
    auto o0 = Fragments(tsn, 0, 0, 0, false, ordered0, 1452);
    auto o1 = Fragments(tsn, 0, 1, 0, false, ordered1, 1452);
    auto u = Fragments(tsn, 0, 0, 0, true, unord, 1452); // SSN of unordered data is ignored
    EXPECT_EQ(in.Receive(o1[0]), SctpInboundStreams::Result::ACCEPTED);
    ReceiveAll(in, u, {2, 0, 1});
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_TRUE(out[0].unordered);
    EXPECT_EQ(out[0].data, unord);
    EXPECT_EQ(in.GetNextSequence(0), 0U); // ordered SSN 0 still awaited
    EXPECT_EQ(in.Receive(o0[0]), SctpInboundStreams::Result::ACCEPTED);
    out = PopAll(in);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[0].data, ordered0);
    EXPECT_EQ(out[1].data, ordered1);
}

TEST(SctpInboundStreams, InterleavedUnorderedDataRuns)
{
    // Two fragmented unordered DATA messages on one stream, fragments arriving mixed: each is
    // the run of consecutive TSNs from its B to its E (RFC 9260 §6.9).
    SctpInboundStreams in;
    in.Reset(1, false);
    uint32_t tsn = 10;
    auto a = Payload(3000, 1);
    auto b = Payload(2500, 2);
    auto fa = Fragments(tsn, 0, 0, 1, true, a, 1000); // TSN 10..12
    auto fb = Fragments(tsn, 0, 0, 2, true, b, 1000); // TSN 13..15
    std::vector<SctpReceivedFragment> all(fa);
    all.insert(all.end(), fb.begin(), fb.end());
    ReceiveAll(in, all, {4, 1, 5, 0});
    EXPECT_FALSE(in.HasMessage());
    ReceiveAll(in, all, {3}); // completes B (13 14 15)
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].data, b);
    EXPECT_EQ(out[0].ppid, 2U);
    EXPECT_EQ(out[0].tsn, 13U);
    ReceiveAll(in, all, {2}); // completes A
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].data, a);
    EXPECT_EQ(out[0].tsn, 10U);
    EXPECT_EQ(in.GetHeldBytes(), 0U);
}

TEST(SctpInboundStreams, StreamsAreIndependent)
{
    SctpInboundStreams in;
    in.Reset(3, false);
    uint32_t tsn = 1;
    auto s0 = Payload(500, 1);
    auto s1 = Payload(600, 2);
    auto s2 = Payload(700, 3);
    auto f0 = Fragments(tsn, 0, 0, 0, false, s0, 1452); // TSN 1, lost for now
    auto f1 = Fragments(tsn, 1, 0, 0, false, s1, 1452);
    auto f2 = Fragments(tsn, 2, 0, 0, false, s2, 1452);
    in.Receive(f2[0]);
    in.Receive(f1[0]);
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[0].streamId, 2);
    EXPECT_EQ(out[0].data, s2);
    EXPECT_EQ(out[1].streamId, 1);
    EXPECT_EQ(out[1].data, s1);
    in.Receive(f0[0]);
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].data, s0);
}

TEST(SctpInboundStreams, SsnWrapsAt65535)
{
    SctpInboundStreams in;
    in.Reset(1, false);
    uint32_t tsn = 1;
    // Bring the stream to SSN 65535 with real traffic.
    auto small = Payload(4, 0);
    for (uint32_t ssn = 0; ssn < 65535; ++ssn)
    {
        auto f = Fragments(tsn, 0, ssn, 0, false, small, 1452);
        ASSERT_EQ(in.Receive(f[0]), SctpInboundStreams::Result::ACCEPTED);
        ASSERT_EQ(in.Pop().ssnOrMid, ssn);
    }
    EXPECT_EQ(in.GetNextSequence(0), 65535U);
    auto m65535 = Payload(100, 1);
    auto m0 = Payload(200, 2);
    auto m1 = Payload(300, 3);
    auto f65535 = Fragments(tsn, 0, 65535, 0, false, m65535, 1452);
    auto f0 = Fragments(tsn, 0, 0, 0, false, m0, 1452);
    auto f1 = Fragments(tsn, 0, 1, 0, false, m1, 1452);
    // SSN 0 and 1 follow 65535 (serial order), so they wait for it.
    EXPECT_EQ(in.Receive(f1[0]), SctpInboundStreams::Result::ACCEPTED);
    EXPECT_EQ(in.Receive(f0[0]), SctpInboundStreams::Result::ACCEPTED);
    EXPECT_FALSE(in.HasMessage());
    EXPECT_EQ(in.Receive(f65535[0]), SctpInboundStreams::Result::ACCEPTED);
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 3U);
    EXPECT_EQ(out[0].ssnOrMid, 65535U);
    EXPECT_EQ(out[0].data, m65535);
    EXPECT_EQ(out[1].ssnOrMid, 0U);
    EXPECT_EQ(out[1].data, m0);
    EXPECT_EQ(out[2].ssnOrMid, 1U);
    EXPECT_EQ(out[2].data, m1);
    EXPECT_EQ(in.GetNextSequence(0), 2U);
}

TEST(SctpInboundStreams, PartialDeliveryAtThePoint)
{
    SctpInboundStreams in;
    in.Reset(2, false);
    in.SetPartialDeliveryPoint(3000);
    uint32_t tsn = 1;
    auto big = Payload(5000, 5);
    auto fb = Fragments(tsn, 0, 0, 7, false, big, 1000); // 5 fragments, TSN 1..5
    auto other = Payload(400, 6);
    auto fo = Fragments(tsn, 1, 0, 8, false, other, 1452); // TSN 6, stream 1

    ReceiveAll(in, fb, {0, 1});
    EXPECT_FALSE(in.HasMessage()); // 2000 < 3000
    EXPECT_FALSE(in.IsPartialDeliveryActive());
    ReceiveAll(in, fb, {2}); // 3000 contiguous bytes: the point
    EXPECT_TRUE(in.IsPartialDeliveryActive());
    std::vector<uint8_t> got;
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_FALSE(out[0].complete);
    EXPECT_EQ(out[0].data.size(), 3000U);
    EXPECT_EQ(out[0].ppid, 7U);
    EXPECT_EQ(out[0].tsn, 1U);
    got = out[0].data;
    EXPECT_EQ(in.GetHeldBytes(), 0U);

    // Level 0: a message of another stream completes meanwhile but waits behind the PD.
    EXPECT_EQ(in.Receive(fo[0]), SctpInboundStreams::Result::ACCEPTED);
    EXPECT_FALSE(in.HasMessage());
    EXPECT_EQ(in.GetQueuedBytes(), 400U);

    ReceiveAll(in, fb, {3});
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_FALSE(out[0].complete);
    EXPECT_EQ(out[0].streamId, 0);
    got.insert(got.end(), out[0].data.begin(), out[0].data.end());

    ReceiveAll(in, fb, {4});
    EXPECT_FALSE(in.IsPartialDeliveryActive());
    out = PopAll(in);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_TRUE(out[0].complete);
    EXPECT_EQ(out[0].streamId, 0);
    got.insert(got.end(), out[0].data.begin(), out[0].data.end());
    EXPECT_EQ(got, big);
    EXPECT_EQ(out[1].streamId, 1); // released after the last piece
    EXPECT_EQ(out[1].data, other);
    EXPECT_EQ(in.GetQueuedBytes(), 0U);
    EXPECT_EQ(in.GetNextSequence(0), 1U);
}

TEST(SctpInboundStreams, PartialDeliveryNeedsContiguousStart)
{
    SctpInboundStreams in;
    in.Reset(1, false);
    in.SetPartialDeliveryPoint(2000);
    uint32_t tsn = 1;
    auto big = Payload(4000, 8);
    auto f = Fragments(tsn, 0, 0, 0, false, big, 1000);
    ReceiveAll(in, f, {0, 2});
    EXPECT_FALSE(in.HasMessage()); // 2000 held but only 1000 contiguous from the B
    ReceiveAll(in, f, {1});
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].data.size(), 3000U);
    EXPECT_FALSE(out[0].complete);
    std::vector<uint8_t> got = out[0].data;
    ReceiveAll(in, f, {3});
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_TRUE(out[0].complete);
    got.insert(got.end(), out[0].data.begin(), out[0].data.end());
    EXPECT_EQ(got, big);
}

TEST(SctpInboundStreams, OrderedPartialDeliveryOnlyForNextInLine)
{
    // freebsd-behaviour.md §5.7: an ordered message is partially delivered only when it is the
    // next in sequence on its stream.
    SctpInboundStreams in;
    in.Reset(1, false);
    in.SetPartialDeliveryPoint(1000);
    uint32_t tsn = 1;
    auto first = Payload(100, 1);
    auto second = Payload(3000, 2);
    auto f0 = Fragments(tsn, 0, 0, 0, false, first, 1452);
    auto f1 = Fragments(tsn, 0, 1, 0, false, second, 1000);
    ReceiveAll(in, f1, {0, 1});
    EXPECT_FALSE(in.HasMessage());
    ReceiveAll(in, f0, {0});
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[0].data, first);
    EXPECT_FALSE(out[1].complete);
    EXPECT_EQ(out[1].data.size(), 2000U);
    std::vector<uint8_t> got = out[1].data;
    ReceiveAll(in, f1, {2});
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    got.insert(got.end(), out[0].data.begin(), out[0].data.end());
    EXPECT_EQ(got, second);
}

TEST(SctpInboundStreams, ForcedPartialDeliveryWhenBufferFull)
{
    SctpInboundStreams in;
    in.Reset(1, false);
    in.SetPartialDeliveryPoint(1000000);
    uint32_t tsn = 1;
    auto big = Payload(3000, 4);
    auto f = Fragments(tsn, 0, 0, 0, false, big, 1000);
    ReceiveAll(in, f, {0, 1});
    EXPECT_FALSE(in.HasMessage());
    EXPECT_TRUE(in.StartPartialDelivery());
    EXPECT_FALSE(in.StartPartialDelivery()); // one at a time
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].data.size(), 2000U);
    EXPECT_FALSE(out[0].complete);
    std::vector<uint8_t> got = out[0].data;
    ReceiveAll(in, f, {2});
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_TRUE(out[0].complete);
    got.insert(got.end(), out[0].data.begin(), out[0].data.end());
    EXPECT_EQ(got, big);
    EXPECT_FALSE(in.StartPartialDelivery()); // nothing left
}

TEST(SctpInboundStreams, WaitingPartialDeliveryStartsWhenTheRunningOneEnds)
{
    SctpInboundStreams in;
    in.Reset(2, false);
    in.SetPartialDeliveryPoint(1000);
    uint32_t tsn = 1;
    auto a = Payload(2000, 1);
    auto b = Payload(2000, 2);
    auto fa = Fragments(tsn, 0, 0, 0, false, a, 1000);
    auto fb = Fragments(tsn, 1, 0, 0, false, b, 1000);
    ReceiveAll(in, fa, {0}); // PD of a starts
    ReceiveAll(in, fb, {0}); // b past the point too, but must wait
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].streamId, 0);
    std::vector<uint8_t> gotA = out[0].data;
    ReceiveAll(in, fa, {1}); // a ends, b's PD starts
    EXPECT_TRUE(in.IsPartialDeliveryActive());
    out = PopAll(in);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_TRUE(out[0].complete);
    gotA.insert(gotA.end(), out[0].data.begin(), out[0].data.end());
    EXPECT_EQ(gotA, a);
    EXPECT_EQ(out[1].streamId, 1);
    EXPECT_FALSE(out[1].complete);
    std::vector<uint8_t> gotB = out[1].data;
    ReceiveAll(in, fb, {1});
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    gotB.insert(gotB.end(), out[0].data.begin(), out[0].data.end());
    EXPECT_EQ(gotB, b);
    EXPECT_FALSE(in.IsPartialDeliveryActive());
}

TEST(SctpInboundStreams, InvalidStream)
{
    SctpInboundStreams in;
    in.Reset(2, false);
    uint32_t tsn = 1;
    auto f = Fragments(tsn, 2, 0, 0, false, Payload(10, 0), 1452);
    EXPECT_EQ(in.Receive(f[0]), SctpInboundStreams::Result::INVALID_STREAM);
    EXPECT_FALSE(in.HasMessage());
    EXPECT_EQ(in.GetHeldBytes(), 0U);
    in.AddStreams(1); // RFC 6525 add incoming streams
    EXPECT_EQ(in.GetNumStreams(), 3);
    EXPECT_EQ(in.Receive(f[0]), SctpInboundStreams::Result::ACCEPTED);
    EXPECT_EQ(in.Pop().data, Payload(10, 0));
}

TEST(SctpInboundStreams, ProtocolViolations)
{
    SctpInboundStreams in;
    in.Reset(1, false);
    uint32_t tsn = 1;
    auto f = Fragments(tsn, 0, 0, 0, false, Payload(3000, 0), 1000);
    ReceiveAll(in, f, {0});
    // A second B for the same SSN.
    SctpReceivedFragment dupBegin = f[0];
    dupBegin.tsn = 50;
    EXPECT_EQ(in.Receive(dupBegin), SctpInboundStreams::Result::PROTOCOL_VIOLATION);
    // A fragment after the E.
    ReceiveAll(in, f, {2});
    SctpReceivedFragment pastEnd = f[1];
    pastEnd.tsn = 4;
    pastEnd.begin = false;
    pastEnd.end = false;
    EXPECT_EQ(in.Receive(pastEnd), SctpInboundStreams::Result::PROTOCOL_VIOLATION);
    EXPECT_EQ(in.GetHeldChunks(), 2U); // nothing of the rejected ones kept
    ReceiveAll(in, f, {1});
    EXPECT_EQ(PopAll(in).size(), 1U);
    // An SSN already delivered.
    auto old = Fragments(tsn, 0, 0, 0, false, Payload(10, 0), 1452);
    EXPECT_EQ(in.Receive(old[0]), SctpInboundStreams::Result::PROTOCOL_VIOLATION);

    SctpInboundStreams idata;
    idata.Reset(1, true);
    SctpReceivedFragment noBegin;
    noBegin.tsn = 1;
    noBegin.fsn = 0; // FSN 0 is the B fragment's
    noBegin.data = Payload(10, 0);
    EXPECT_EQ(idata.Receive(noBegin), SctpInboundStreams::Result::PROTOCOL_VIOLATION);
}

TEST(SctpInboundStreams, IDataInterleavedMessages)
{
    // RFC 8260: fragments of messages of different streams interleave in TSN order; each is
    // reassembled by MID and FSN.
    SctpInboundStreams in;
    in.Reset(2, true);
    EXPECT_TRUE(in.IsInterleaved());
    uint32_t tsnA = 1;
    uint32_t tsnB = 1;
    auto a = Payload(3500, 1);
    auto b = Payload(2200, 2);
    auto fa = Fragments(tsnA, 0, 0, 11, false, a, 1000, true);
    auto fb = Fragments(tsnB, 1, 0, 22, false, b, 1000, true);
    // Interleave on the wire: a0 b0 a1 b1 a2 b2 a3 -> TSN 1..7.
    std::vector<SctpReceivedFragment> wire;
    for (std::size_t i = 0; i < 4; ++i)
    {
        if (i < fa.size())
        {
            wire.push_back(fa[i]);
        }
        if (i < fb.size())
        {
            wire.push_back(fb[i]);
        }
    }
    for (std::size_t i = 0; i < wire.size(); ++i)
    {
        wire[i].tsn = 1 + i;
    }
    ReceiveAll(in, wire, {6, 1, 3, 0, 2, 5});
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].streamId, 1);
    EXPECT_EQ(out[0].data, b);
    EXPECT_EQ(out[0].ppid, 22U); // from the B fragment; the others carry the FSN there
    EXPECT_EQ(out[0].tsn, 2U);
    ReceiveAll(in, wire, {4});
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].data, a);
    EXPECT_EQ(out[0].ppid, 11U);
    EXPECT_EQ(out[0].tsn, 1U);
}

TEST(SctpInboundStreams, IDataUnorderedAndMidOrder)
{
    SctpInboundStreams in;
    in.Reset(1, true);
    uint32_t tsn = 1;
    auto m0 = Payload(1500, 1);
    auto m1 = Payload(500, 2);
    auto u = Payload(2500, 3);
    auto f0 = Fragments(tsn, 0, 0, 0, false, m0, 1000, true);
    auto f1 = Fragments(tsn, 0, 1, 0, false, m1, 1000, true);
    auto fu = Fragments(tsn, 0, 0, 0, true, u, 1000, true); // unordered MID space is separate
    ReceiveAll(in, f1, {0});
    ReceiveAll(in, fu, {2, 1, 0});
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_TRUE(out[0].unordered);
    EXPECT_EQ(out[0].data, u);
    ReceiveAll(in, f0, {1, 0});
    out = PopAll(in);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[0].data, m0);
    EXPECT_EQ(out[1].data, m1);
}

TEST(SctpInboundStreams, IDataMidWrapsAt2To32)
{
    SctpInboundStreams in;
    in.Reset(1, true);
    // Skip the stream's MIDs up to 2^32 - 3 (I-FORWARD-TSN), so the next one is 2^32 - 2.
    EXPECT_FALSE(in.SkipOrdered(0, 0x7FFFFFFFU).has_value());
    EXPECT_FALSE(in.SkipOrdered(0, 0xFFFFFFFDU).has_value());
    EXPECT_EQ(in.GetNextSequence(0), 0xFFFFFFFEU);
    uint32_t tsn = 1;
    std::vector<uint32_t> mids{0xFFFFFFFEU, 0xFFFFFFFFU, 0, 1};
    std::vector<std::vector<SctpReceivedFragment>> f;
    for (std::size_t i = 0; i < mids.size(); ++i)
    {
        f.push_back(Fragments(tsn, 0, mids[i], 0, false, Payload(1500, i), 1000, true));
    }
    ReceiveAll(in, f[3], {0, 1});
    ReceiveAll(in, f[2], {1, 0});
    ReceiveAll(in, f[1], {0, 1});
    EXPECT_FALSE(in.HasMessage());
    ReceiveAll(in, f[0], {1, 0});
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 4U);
    for (std::size_t i = 0; i < mids.size(); ++i)
    {
        EXPECT_EQ(out[i].ssnOrMid, mids[i]);
        EXPECT_EQ(out[i].data, Payload(1500, i));
    }
    EXPECT_EQ(in.GetNextSequence(0), 2U);
}

TEST(SctpInboundStreams, SkipOrderedDeliversStrandedAndDropsIncomplete)
{
    // RFC 3758 §3.6: the stream's sequence moves past the skipped SSN; complete messages that
    // were stranded behind it can be delivered.
    SctpInboundStreams in;
    in.Reset(1, false);
    uint32_t tsn = 1;
    auto f0 = Fragments(tsn, 0, 0, 0, false, Payload(2000, 0), 1000); // TSN 1,2: 2 lost
    auto f1 = Fragments(tsn, 0, 1, 0, false, Payload(300, 1), 1452);  // TSN 3
    auto f2 = Fragments(tsn, 0, 2, 0, false, Payload(300, 2), 1452);  // TSN 4, abandoned
    auto f3 = Fragments(tsn, 0, 3, 0, false, Payload(300, 3), 1452);  // TSN 5
    auto f4 = Fragments(tsn, 0, 4, 0, false, Payload(300, 4), 1452);  // TSN 6
    ReceiveAll(in, f0, {0});
    ReceiveAll(in, f1, {0});
    ReceiveAll(in, f3, {0});
    EXPECT_EQ(in.GetHeldChunks(), 3U);
    EXPECT_FALSE(in.SkipOrdered(0, 2).has_value());
    EXPECT_EQ(in.GetNextSequence(0), 4U); // 3 was delivered right after the skip
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[0].ssnOrMid, 1U);
    EXPECT_EQ(out[0].data, Payload(300, 1));
    EXPECT_EQ(out[1].ssnOrMid, 3U);
    EXPECT_EQ(out[1].data, Payload(300, 3));
    EXPECT_EQ(in.GetHeldBytes(), 0U);
    EXPECT_EQ(in.GetHeldChunks(), 0U);
    // A skip behind the stream's position is stale.
    EXPECT_FALSE(in.SkipOrdered(0, 1).has_value());
    EXPECT_EQ(in.GetNextSequence(0), 4U);
    ReceiveAll(in, f4, {0});
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].data, Payload(300, 4));
    (void)f2;
}

TEST(SctpInboundStreams, DiscardUpToTsnDropsAbandonedUnorderedRuns)
{
    SctpInboundStreams in;
    in.Reset(1, false);
    uint32_t tsn = 10;
    auto fa = Fragments(tsn, 0, 0, 0, true, Payload(3000, 1), 1000); // 10..12, 12 lost
    auto fb = Fragments(tsn, 0, 0, 0, true, Payload(3000, 2), 1000); // 13..15, 14 lost
    auto fc = Fragments(tsn, 0, 0, 0, true, Payload(3000, 3), 1000); // 16..18, 16 lost
    ReceiveAll(in, fa, {0, 1});
    ReceiveAll(in, fb, {0, 2});
    ReceiveAll(in, fc, {1, 2});
    EXPECT_EQ(in.GetHeldChunks(), 6U);
    // New cum TSN 12: message A misses 12, abandoned; B misses 14 and C misses 16, kept.
    EXPECT_FALSE(in.DiscardUpToTsn(12).has_value());
    EXPECT_EQ(in.GetHeldChunks(), 4U);
    EXPECT_EQ(in.GetHeldBytes(), 4000U);
    // New cum TSN 16: C's B (16) is abandoned, so C goes; B misses 14 <= 16, goes too.
    in.DiscardUpToTsn(16);
    EXPECT_EQ(in.GetHeldChunks(), 0U);
    EXPECT_FALSE(in.HasMessage());
    // The stream still works.
    auto fd = Fragments(tsn, 0, 0, 0, true, Payload(1500, 4), 1000);
    ReceiveAll(in, fd, {1, 0});
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].data, Payload(1500, 4));
}

TEST(SctpInboundStreams, SkipAbortsPartialDelivery)
{
    SctpInboundStreams in;
    in.Reset(2, false);
    in.SetPartialDeliveryPoint(1000);
    uint32_t tsn = 1;
    auto fa = Fragments(tsn, 0, 0, 0, false, Payload(3000, 1), 1000);
    auto other = Fragments(tsn, 1, 0, 0, false, Payload(100, 2), 1452);
    ReceiveAll(in, fa, {0});
    ReceiveAll(in, other, {0}); // held back behind the PD
    auto out = PopAll(in);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_FALSE(out[0].complete);
    auto aborted = in.SkipOrdered(0, 0);
    ASSERT_TRUE(aborted.has_value());
    EXPECT_EQ(aborted->streamId, 0);
    EXPECT_EQ(aborted->ssnOrMid, 0U);
    EXPECT_FALSE(aborted->unordered);
    EXPECT_FALSE(in.IsPartialDeliveryActive());
    out = PopAll(in);
    ASSERT_EQ(out.size(), 1U); // the held-back message is released
    EXPECT_EQ(out[0].streamId, 1);
    EXPECT_EQ(out[0].data, Payload(100, 2));
    EXPECT_EQ(in.GetHeldBytes(), 0U);

    // I-DATA unordered: I-FORWARD-TSN names the message by MID.
    SctpInboundStreams idata;
    idata.Reset(1, true);
    idata.SetPartialDeliveryPoint(1000);
    uint32_t t2 = 1;
    auto fu = Fragments(t2, 0, 9, 0, true, Payload(3000, 1), 1000, true);
    ReceiveAll(idata, fu, {0});
    EXPECT_TRUE(idata.IsPartialDeliveryActive());
    auto ab = idata.SkipUnordered(0, 9);
    ASSERT_TRUE(ab.has_value());
    EXPECT_TRUE(ab->unordered);
    EXPECT_EQ(ab->ssnOrMid, 9U);
    EXPECT_FALSE(idata.IsPartialDeliveryActive());
}

TEST(SctpInboundStreams, ResetStreamSequence)
{
    SctpInboundStreams in;
    in.Reset(1, false);
    uint32_t tsn = 1;
    for (uint32_t ssn = 0; ssn < 3; ++ssn)
    {
        auto f = Fragments(tsn, 0, ssn, 0, false, Payload(10, ssn), 1452);
        in.Receive(f[0]);
    }
    PopAll(in);
    auto held = Fragments(tsn, 0, 5, 0, false, Payload(10, 5), 1452);
    in.Receive(held[0]);
    EXPECT_FALSE(in.ResetStreamSequences({0})); // SSN 5 still held
    in.SkipOrdered(0, 4);
    PopAll(in);
    EXPECT_TRUE(in.ResetStreamSequences({0}));
    EXPECT_EQ(in.GetNextSequence(0), 0U);
    auto f = Fragments(tsn, 0, 0, 0, false, Payload(10, 9), 1452);
    EXPECT_EQ(in.Receive(f[0]), SctpInboundStreams::Result::ACCEPTED);
    EXPECT_EQ(in.Pop().data, Payload(10, 9));
}

TEST(SctpInboundStreams, ResetStreamSequencesAllOrNothing)
{
    // RFC 6525 §5.2.2: a request answered "in progress" is performed later as a whole; a
    // stream that holds fragments keeps the others of the same request from being reset.
    SctpInboundStreams in;
    in.Reset(2, false);
    uint32_t tsn = 1;
    auto first = Fragments(tsn, 0, 0, 0, false, Payload(10, 0), 1452);
    in.Receive(first[0]);
    PopAll(in);
    auto held = Fragments(tsn, 1, 1, 0, false, Payload(10, 1), 1452); // SSN 0 missing
    in.Receive(held[0]);
    EXPECT_FALSE(in.ResetStreamSequences({0, 1}));
    EXPECT_EQ(in.GetNextSequence(0), 1U);          // stream 0 untouched
    EXPECT_FALSE(in.ResetStreamSequences({0, 7})); // no stream 7
    EXPECT_EQ(in.GetNextSequence(0), 1U);
    EXPECT_TRUE(in.ResetStreamSequences({0}));
    EXPECT_EQ(in.GetNextSequence(0), 0U);
}

TEST(SctpInboundStreams, RandomTransferDeliversEverythingInStreamOrder)
{
    // Many fragmented messages on several streams, ordered and unordered, arriving in a
    // shuffled order: every message arrives once and byte-exact, ordered ones in SSN/MID order,
    // and with a partial delivery point the pieces of one message are consecutive.
    for (bool idata : {false, true})
    {
        for (uint32_t pdPoint : {UINT32_MAX, 1500U})
        {
            SCOPED_TRACE(std::string(idata ? "I-DATA" : "DATA") + " pd point " +
                         std::to_string(pdPoint));
            std::mt19937 rng((idata ? 11 : 12) + pdPoint % 7);
            const uint16_t streams = 4;
            SctpInboundStreams in;
            in.Reset(streams, idata);
            in.SetPartialDeliveryPoint(pdPoint);

            struct Sent
            {
                uint16_t sid;
                uint32_t seq;
                bool unordered;
                std::vector<uint8_t> data;
            };

            std::vector<Sent> sent;
            std::vector<SctpReceivedFragment> wire;
            // Start the streams near the SSN/MID wrap, in steps of less than half the space.
            std::vector<uint32_t> skips = idata ? std::vector<uint32_t>{0x7FFFFFFFU, 0xFFFFFFEFU}
                                                : std::vector<uint32_t>{30000, 60000, 65499};
            std::vector<uint32_t> nextSeq(streams, skips.back() + 1);
            std::vector<uint32_t> nextUnorderedMid(streams, 0);
            for (uint16_t s = 0; s < streams; ++s)
            {
                for (uint32_t skip : skips)
                {
                    in.SkipOrdered(s, skip);
                }
                ASSERT_EQ(in.GetNextSequence(s), nextSeq[s]);
            }
            uint32_t tsn = 0xFFFFFF00U;
            for (uint32_t i = 0; i < 300; ++i)
            {
                Sent m;
                m.sid = rng() % streams;
                m.unordered = rng() % 4 == 0;
                m.data = Payload(1 + rng() % 5000, static_cast<uint8_t>(i));
                if (m.unordered)
                {
                    m.seq = idata ? nextUnorderedMid[m.sid]++ : 0;
                }
                else
                {
                    m.seq = nextSeq[m.sid];
                    nextSeq[m.sid] = idata ? m.seq + 1 : ((m.seq + 1) & 0xFFFF);
                }
                auto f = Fragments(tsn, m.sid, m.seq, i, m.unordered, m.data, 600, idata);
                wire.insert(wire.end(), f.begin(), f.end());
                sent.push_back(std::move(m));
            }
            // Reorder within a sliding window, as a lossy path with retransmissions would.
            for (std::size_t i = 0; i < wire.size(); ++i)
            {
                std::size_t j = i + rng() % std::min<std::size_t>(40, wire.size() - i);
                std::swap(wire[i], wire[j]);
            }
            std::vector<SctpDeliveredMessage> got;
            std::vector<SctpDeliveredMessage> pieces; // of the message being partially delivered
            std::size_t pieceCount = 0;
            for (auto& f : wire)
            {
                ASSERT_EQ(in.Receive(f), SctpInboundStreams::Result::ACCEPTED);
                while (in.HasMessage())
                {
                    SctpDeliveredMessage d = in.Pop();
                    ++pieceCount;
                    if (!pieces.empty())
                    {
                        // Level 0: nothing else comes between the pieces of one message.
                        ASSERT_EQ(d.streamId, pieces.front().streamId);
                        ASSERT_EQ(d.tsn, pieces.front().tsn);
                        ASSERT_EQ(d.ssnOrMid, pieces.front().ssnOrMid);
                    }
                    pieces.push_back(std::move(d));
                    if (pieces.back().complete)
                    {
                        SctpDeliveredMessage whole = pieces.front();
                        whole.data.clear();
                        for (const auto& p : pieces)
                        {
                            whole.data.insert(whole.data.end(), p.data.begin(), p.data.end());
                        }
                        whole.complete = true;
                        got.push_back(std::move(whole));
                        pieces.clear();
                    }
                }
            }
            EXPECT_TRUE(pieces.empty());
            EXPECT_FALSE(in.IsPartialDeliveryActive());
            EXPECT_EQ(in.GetHeldBytes(), 0U);
            EXPECT_EQ(in.GetHeldChunks(), 0U);
            EXPECT_EQ(in.GetQueuedBytes(), 0U);
            if (pdPoint != UINT32_MAX)
            {
                EXPECT_GT(pieceCount, sent.size()); // some messages did go out in pieces
            }
            else
            {
                EXPECT_EQ(pieceCount, sent.size());
            }
            ASSERT_EQ(got.size(), sent.size());
            // Match each delivery to what was sent: the PPID is the message's index.
            std::vector<bool> seen(sent.size(), false);
            std::map<uint16_t, std::vector<uint32_t>> orderedSeq;
            for (const auto& d : got)
            {
                ASSERT_LT(d.ppid, sent.size());
                const Sent& s = sent[d.ppid];
                EXPECT_FALSE(seen[d.ppid]);
                seen[d.ppid] = true;
                EXPECT_EQ(d.streamId, s.sid);
                EXPECT_EQ(d.unordered, s.unordered);
                EXPECT_EQ(d.data, s.data);
                if (!d.unordered)
                {
                    EXPECT_EQ(d.ssnOrMid, s.seq);
                    orderedSeq[d.streamId].push_back(d.ssnOrMid);
                }
            }
            for (const auto& [sid, seqs] : orderedSeq)
            {
                for (std::size_t k = 1; k < seqs.size(); ++k)
                {
                    uint32_t expected = idata ? seqs[k - 1] + 1 : ((seqs[k - 1] + 1) & 0xFFFF);
                    EXPECT_EQ(seqs[k], expected) << "stream " << sid;
                }
            }
        }
    }
}
