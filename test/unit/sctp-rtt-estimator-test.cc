/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// SctpRttEstimator against RFC 9260 §6.3.1 (C1-C3, clock granularity, RTO.Min/RTO.Max), §6.3.3 E2
// (back-off), and FreeBSD's integer form of the same (sctp_calculate_rto,
// sctp_backoff_on_timeout). Expected values are worked out by hand in the comments.

#include "ns3/sctp-rtt-estimator.h"

#include <gtest/gtest.h>

using namespace ns3;

namespace
{
/// A configuration with RTO.Min low enough that the computed RTOs show unclamped.
SctpRttEstimator::Config
LowMin(SctpRttEstimator::Arithmetic arithmetic)
{
    SctpRttEstimator::Config c;
    c.rtoMin = MilliSeconds(0);
    c.arithmetic = arithmetic;
    return c;
}
} // namespace

TEST(SctpRttEstimator, DefaultsAreRfcAndFreeBsd)
{
    SctpRttEstimator e;
    const auto& c = e.GetConfig();
    EXPECT_EQ(c.rtoInitial, Seconds(1));
    EXPECT_EQ(c.rtoMin, Seconds(1));
    EXPECT_EQ(c.rtoMax, Seconds(60));
    EXPECT_EQ(c.granularity, MilliSeconds(1)); // FreeBSD kernel SCTP_CLOCK_GRANULARITY
    EXPECT_EQ(c.arithmetic, SctpRttEstimator::Arithmetic::FREEBSD);
    // C1: RTO.Initial until the first measurement.
    EXPECT_FALSE(e.IsMeasured());
    EXPECT_EQ(e.GetRto(), Seconds(1));
    EXPECT_EQ(e.GetSrtt(), Time(0));
    EXPECT_EQ(e.GetRttVar(), Time(0));
}

TEST(SctpRttEstimator, FirstSampleFreeBsd)
{
    // C2 with R = 1500 ms: SRTT = 1500, RTTVAR = 750, RTO = 1500 + 4·750 = 4500 ms.
    SctpRttEstimator e;
    ASSERT_TRUE(e.Measurement(MilliSeconds(1500)));
    EXPECT_TRUE(e.IsMeasured());
    EXPECT_EQ(e.GetSrtt(), MilliSeconds(1500));
    EXPECT_EQ(e.GetRttVar(), MilliSeconds(750));
    EXPECT_EQ(e.GetRto(), MilliSeconds(4500));
    EXPECT_EQ(e.GetLatestRtt(), MilliSeconds(1500));
}

TEST(SctpRttEstimator, FirstSampleOddMillisecondsFreeBsd)
{
    // R = 1501 ms: FreeBSD's R/2 truncates, RTTVAR = 750, RTO = 1501 + 3000 = 4501 ms.
    // RFC: RTTVAR = 750.5, RTO = 1501 + 3002 = 4503 ms.
    SctpRttEstimator bsd;
    bsd.Measurement(MilliSeconds(1501));
    EXPECT_EQ(bsd.GetRttVar(), MilliSeconds(750));
    EXPECT_EQ(bsd.GetRto(), MilliSeconds(4501));

    SctpRttEstimator::Config c;
    c.arithmetic = SctpRttEstimator::Arithmetic::RFC;
    SctpRttEstimator rfc(c);
    rfc.Measurement(MilliSeconds(1501));
    EXPECT_EQ(rfc.GetRttVar(), MicroSeconds(750500));
    EXPECT_EQ(rfc.GetRto(), MilliSeconds(4503));
}

TEST(SctpRttEstimator, FirstSampleClampedToMin)
{
    // R = 100 ms: RTO = 100 + 4·50 = 300 ms < RTO.Min = 1 s.
    SctpRttEstimator e;
    e.Measurement(MilliSeconds(100));
    EXPECT_EQ(e.GetUnclampedRto(), MilliSeconds(300));
    EXPECT_EQ(e.GetRto(), Seconds(1));
}

TEST(SctpRttEstimator, FirstSampleClampedToMax)
{
    // R = 30 s: RTO = 30 + 4·15 = 90 s > RTO.Max = 60 s.
    SctpRttEstimator e;
    e.Measurement(Seconds(30));
    EXPECT_EQ(e.GetUnclampedRto(), Seconds(90));
    EXPECT_EQ(e.GetRto(), Seconds(60));
}

TEST(SctpRttEstimator, SeriesFreeBsdIntegerArithmetic)
{
    // FreeBSD: lastsa = 8·SRTT, lastsv = 4·RTTVAR, in ms; e = R - (lastsa >> 3);
    // lastsa += e; lastsv += |e| - (lastsv >> 2); RTO = (lastsa >> 3) + lastsv.
    SctpRttEstimator e(LowMin(SctpRttEstimator::Arithmetic::FREEBSD));

    // R1 = 1500: lastsa = 12000, lastsv = (1500/2)·4 = 3000; RTO = 1500 + 3000 = 4500.
    e.Measurement(MilliSeconds(1500));
    EXPECT_EQ(e.GetRto(), MilliSeconds(4500));

    // R2 = 1000: e = 1000 - 1500 = -500; lastsa = 11500; lastsv = 3000 + 500 - 750 = 2750.
    // SRTT = 11500 >> 3 = 1437; RTTVAR = 2750/4 = 687.5; RTO = 1437 + 2750 = 4187.
    e.Measurement(MilliSeconds(1000));
    EXPECT_EQ(e.GetSrtt(), MilliSeconds(1437));
    EXPECT_EQ(e.GetRttVar(), MicroSeconds(687500));
    EXPECT_EQ(e.GetRto(), MilliSeconds(4187));

    // R3 = 2200: e = 2200 - 1437 = 763; lastsa = 12263; lastsv = 2750 + 763 - 687 = 2826.
    // SRTT = 12263 >> 3 = 1532; RTO = 1532 + 2826 = 4358.
    e.Measurement(MilliSeconds(2200));
    EXPECT_EQ(e.GetSrtt(), MilliSeconds(1532));
    EXPECT_EQ(e.GetRttVar(), MicroSeconds(706500));
    EXPECT_EQ(e.GetRto(), MilliSeconds(4358));

    // R4 = 800: e = 800 - 1532 = -732; lastsa = 11531; lastsv = 2826 + 732 - 706 = 2852.
    // SRTT = 11531 >> 3 = 1441; RTO = 1441 + 2852 = 4293.
    e.Measurement(MilliSeconds(800));
    EXPECT_EQ(e.GetSrtt(), MilliSeconds(1441));
    EXPECT_EQ(e.GetRttVar(), MilliSeconds(713));
    EXPECT_EQ(e.GetScaledSrtt(), 11531);
    EXPECT_EQ(e.GetScaledRttVar(), 2852);
    EXPECT_EQ(e.GetRto(), MilliSeconds(4293));
    EXPECT_EQ(e.GetUnclampedRto(), MilliSeconds(4293));
}

TEST(SctpRttEstimator, SeriesRfcRealArithmetic)
{
    // C3: RTTVAR = 3/4·RTTVAR + 1/4·|SRTT - R'| (old SRTT), then SRTT = 7/8·SRTT + 1/8·R'.
    SctpRttEstimator e(LowMin(SctpRttEstimator::Arithmetic::RFC));

    // R1 = 1500: SRTT = 1500, RTTVAR = 750, RTO = 4500.
    e.Measurement(MilliSeconds(1500));
    EXPECT_EQ(e.GetRto(), MilliSeconds(4500));

    // R2 = 1000: RTTVAR = 562.5 + 125 = 687.5; SRTT = 1312.5 + 125 = 1437.5;
    // RTO = 1437.5 + 2750 = 4187.5 ms.
    e.Measurement(MilliSeconds(1000));
    EXPECT_EQ(e.GetSrtt(), MicroSeconds(1437500));
    EXPECT_EQ(e.GetRttVar(), MicroSeconds(687500));
    EXPECT_EQ(e.GetRto(), MicroSeconds(4187500));

    // R3 = 2200: RTTVAR = 515.625 + 0.25·762.5 = 706.25; SRTT = 1257.8125 + 275 = 1532.8125;
    // RTO = 1532.8125 + 2825 = 4357.8125 ms.
    e.Measurement(MilliSeconds(2200));
    EXPECT_EQ(e.GetSrtt(), NanoSeconds(1532812500));
    EXPECT_EQ(e.GetRttVar(), MicroSeconds(706250));
    EXPECT_EQ(e.GetRto(), NanoSeconds(4357812500));

    // R4 = 800: RTTVAR = 529.6875 + 0.25·732.8125 = 712.890625;
    // SRTT = 1341.2109375 + 100 = 1441.2109375; RTO = 1441.2109375 + 2851.5625 = 4292.7734375 ms.
    e.Measurement(MilliSeconds(800));
    EXPECT_NEAR(e.GetSrtt().GetNanoSeconds(), 1441210937.5, 1.0);
    EXPECT_NEAR(e.GetRttVar().GetNanoSeconds(), 712890625.0, 1.0);
    EXPECT_NEAR(e.GetRto().GetNanoSeconds(), 4292773437.5, 1.0);
}

TEST(SctpRttEstimator, SubMillisecondSamples)
{
    // FreeBSD truncates R to whole ms: 999 µs is R = 0, so lastsa = lastsv = 0, and lastsv
    // becomes G = 1: RTO = 0 + 1 = 1 ms.
    SctpRttEstimator bsd(LowMin(SctpRttEstimator::Arithmetic::FREEBSD));
    bsd.Measurement(MicroSeconds(999));
    EXPECT_EQ(bsd.GetSrtt(), Time(0));
    EXPECT_EQ(bsd.GetRto(), MilliSeconds(1));
    EXPECT_EQ(bsd.GetLatestRtt(), MicroSeconds(999));

    // RFC: SRTT = 999 µs, RTTVAR = 499.5 µs, RTO = 999 + 1998 = 2997 µs.
    SctpRttEstimator rfc(LowMin(SctpRttEstimator::Arithmetic::RFC));
    rfc.Measurement(MicroSeconds(999));
    EXPECT_EQ(rfc.GetRto(), MicroSeconds(2997));

    // With the default RTO.Min both are 1 s.
    SctpRttEstimator def;
    def.Measurement(MicroSeconds(999));
    EXPECT_EQ(def.GetRto(), Seconds(1));
}

TEST(SctpRttEstimator, ClockGranularity)
{
    // A zero RTTVAR becomes G. FreeBSD puts G into the scaled 4·RTTVAR, adding G to the RTO;
    // the RFC sets RTTVAR = G, adding 4·G.
    SctpRttEstimator bsd(LowMin(SctpRttEstimator::Arithmetic::FREEBSD));
    bsd.Measurement(Time(0));
    EXPECT_EQ(bsd.GetRttVar(), MicroSeconds(250));
    EXPECT_EQ(bsd.GetRto(), MilliSeconds(1));

    SctpRttEstimator rfc(LowMin(SctpRttEstimator::Arithmetic::RFC));
    rfc.Measurement(Time(0));
    EXPECT_EQ(rfc.GetRttVar(), MilliSeconds(1));
    EXPECT_EQ(rfc.GetRto(), MilliSeconds(4));

    // usrsctp's 10 ms granularity.
    auto c = LowMin(SctpRttEstimator::Arithmetic::FREEBSD);
    c.granularity = MilliSeconds(10);
    SctpRttEstimator user(c);
    user.Measurement(Time(0));
    EXPECT_EQ(user.GetRto(), MilliSeconds(10));
}

TEST(SctpRttEstimator, ClampingAcrossSamples)
{
    // Min 1 s, max 3 s. R = 200 ms: 200 + 400 = 600 ms -> 1 s. Then R = 5000 ms:
    // e = 4800, lastsa = 1600 + 4800 = 6400, lastsv = 400 + 4800 - 100 = 5100;
    // RTO = 800 + 5100 = 5900 ms -> 3 s.
    SctpRttEstimator::Config c;
    c.rtoMax = Seconds(3);
    SctpRttEstimator e(c);
    e.Measurement(MilliSeconds(200));
    EXPECT_EQ(e.GetRto(), Seconds(1));
    e.Measurement(MilliSeconds(5000));
    EXPECT_EQ(e.GetUnclampedRto(), MilliSeconds(5900));
    EXPECT_EQ(e.GetRto(), Seconds(3));
}

TEST(SctpRttEstimator, DiscardsInsaneSamples)
{
    SctpRttEstimator e;
    EXPECT_FALSE(e.Measurement(MilliSeconds(-1)));
    EXPECT_FALSE(e.Measurement(Seconds(60) + NanoSeconds(1)));
    EXPECT_FALSE(e.IsMeasured());
    EXPECT_EQ(e.GetRto(), Seconds(1));
    // Exactly 60 s is kept (FreeBSD discards only rtt_us > 60 000 000): 60 + 120 -> 60 s.
    EXPECT_TRUE(e.Measurement(Seconds(60)));
    EXPECT_EQ(e.GetRto(), Seconds(60));
}

TEST(SctpRttEstimator, BackoffFromInitialDoublesToMax)
{
    // E2 from RTO.Initial = 1 s: 2, 4, 8, 16, 32, then capped at 60, 60.
    SctpRttEstimator e;
    const int64_t expected[] = {2, 4, 8, 16, 32, 60, 60};
    for (int64_t s : expected)
    {
        e.Backoff();
        EXPECT_EQ(e.GetRto(), Seconds(s));
    }
}

TEST(SctpRttEstimator, EcnBackoffIsNotCapped)
{
    // FreeBSD's ECN-Echo reaction at one MTU of cwnd is RTO <<= 1 without RTO.Max: from 32 s
    // to 64 s, past the 60 s cap; a restore clamps it again.
    SctpRttEstimator e;
    for (int i = 0; i < 5; ++i)
    {
        e.Backoff();
    }
    ASSERT_EQ(e.GetRto(), Seconds(32));
    e.Backoff(false);
    EXPECT_EQ(e.GetRto(), Seconds(64));
    e.Backoff();
    EXPECT_EQ(e.GetRto(), Seconds(60));
}

TEST(SctpRttEstimator, BackoffAfterSampleAndRestore)
{
    // RTO 4500 ms -> 9000, 18000, 36000, 60000 (cap), 60000; a restore goes back to 4500.
    SctpRttEstimator e;
    e.Measurement(MilliSeconds(1500));
    const int64_t expected[] = {9000, 18000, 36000, 60000, 60000};
    for (int64_t ms : expected)
    {
        e.Backoff();
        EXPECT_EQ(e.GetRto(), MilliSeconds(ms));
    }
    e.RestoreRto();
    EXPECT_EQ(e.GetRto(), MilliSeconds(4500));
    // A sample after back-offs starts from the smoothed state, not from the backed-off RTO:
    // R = 1500: e = 0, lastsa = 12000, lastsv = 3000 + 0 - 750 = 2250; RTO = 3750.
    e.Backoff();
    e.Measurement(MilliSeconds(1500));
    EXPECT_EQ(e.GetRto(), MilliSeconds(3750));
}

TEST(SctpRttEstimator, RestoreWithoutSample)
{
    SctpRttEstimator::Config c;
    c.rtoMin = MilliSeconds(500);
    // FreeBSD recomputes from lastsa = lastsv = 0 and clamps: RTO.Min.
    SctpRttEstimator bsd(c);
    bsd.Backoff();
    EXPECT_EQ(bsd.GetRto(), Seconds(2));
    bsd.RestoreRto();
    EXPECT_EQ(bsd.GetRto(), MilliSeconds(500));
    // RFC arithmetic goes back to RTO.Initial (C1).
    c.arithmetic = SctpRttEstimator::Arithmetic::RFC;
    SctpRttEstimator rfc(c);
    rfc.Backoff();
    rfc.RestoreRto();
    EXPECT_EQ(rfc.GetRto(), Seconds(1));
}

TEST(SctpRttEstimator, LimitRto)
{
    SctpRttEstimator e;
    e.LimitRto(MilliSeconds(500)); // not set yet: RTO.Initial stays in use
    EXPECT_EQ(e.GetRto(), Seconds(1));
    e.Backoff();
    e.Backoff();
    e.Backoff(); // 8 s
    e.LimitRto(Seconds(5));
    EXPECT_EQ(e.GetRto(), Seconds(5));
    e.LimitRto(Seconds(7));
    EXPECT_EQ(e.GetRto(), Seconds(5));
}

TEST(SctpRttEstimator, ConfigChecksAndReset)
{
    SctpRttEstimator e;
    SctpRttEstimator::Config bad;
    bad.rtoMin = Seconds(2); // above RTO.Initial
    EXPECT_FALSE(SctpRttEstimator::IsValid(bad));
    EXPECT_FALSE(e.SetConfig(bad));
    EXPECT_EQ(e.GetConfig().rtoMin, Seconds(1));

    SctpRttEstimator::Config good;
    good.rtoInitial = Seconds(3);
    good.rtoMax = Seconds(10);
    EXPECT_TRUE(e.SetConfig(good));
    EXPECT_EQ(e.GetRto(), Seconds(3)); // C1 with the new RTO.Initial

    e.Measurement(Seconds(2)); // 2 + 4 = 6 s
    EXPECT_EQ(e.GetRto(), Seconds(6));
    e.Reset();
    EXPECT_FALSE(e.IsMeasured());
    EXPECT_EQ(e.GetRto(), Seconds(3));
    // After a reset the next sample is a first sample again (C2).
    e.Measurement(MilliSeconds(1200)); // 1200 + 4·600 = 3600 ms
    EXPECT_EQ(e.GetRto(), MilliSeconds(3600));
}
