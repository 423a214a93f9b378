/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// H-TCP (congestion-control module 2) driven without an association, on simulated time. The
// default mode is checked against the H-TCP formulas of Leith and Shorten
// (draft-leith-tcp-htcp): alpha(Delta), the 2 (1 - beta) scaling, beta = RTTmin / RTTmax in
// [0.5, 0.8] with the 20 % throughput switch, RTT scaling to 100 ms. The FreeBSD mode is checked
// against the FreeBSD reference (freebsd-behaviour.md §1.3), its integer arithmetic written out
// here with the test's numbers.

#include "ns3/sctp-cc-htcp.h"
#include "ns3/sctp-path-cc-state.h"
#include "ns3/simulator.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace ns3;

namespace
{

constexpr uint32_t MTU = 1500; ///< path MTU including the IP header

/// H-TCP's alpha(Delta) with RTT scaling, before the 2 (1 - beta) factor.
double
HtcpFactor(double delta, double minRttSeconds)
{
    if (delta <= 1.0)
    {
        return 1.0;
    }
    const double d = delta - 1.0;
    const double raw = 1 + 10 * d + (d / 2) * (d / 2);
    const double ratio = std::clamp(minRttSeconds / 0.1, 0.1, 2.0);
    return std::max(raw * ratio, 1.0);
}

/// FreeBSD's alpha (in 1/128) for a time since congestion, minRTT (ms) and beta (1/128).
uint32_t
FreeBsdAlpha(uint32_t diffMs, uint32_t minRttMs, uint32_t beta)
{
    uint32_t factor = 1;
    if (diffMs > 1000)
    {
        const uint32_t d = diffMs - 1000;
        factor = 1 + (10 * d + ((d / 2) * (d / 2) / 1000)) / 1000;
    }
    if (minRttMs)
    {
        const uint32_t scale = std::min(std::max(8000 / (10 * minRttMs), 4u), 80u);
        factor = (factor * 8) / scale;
        factor = factor ? 1 : 0; // the inverted condition
    }
    const uint32_t alpha = 2 * factor * (128 - beta);
    return alpha ? 128 : 0; // inverted as well
}

/// A module-2 instance on one path at MTU 1500, driven on simulated time.
class SctpCcHtcpTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        Make(false);
    }

    void TearDown() override
    {
        Simulator::Destroy();
    }

    void Make(bool freeBsd)
    {
        cc = CreateObject<SctpCcHtcp>();
        cc->SetAttribute("FreeBsdCompatible", BooleanValue(freeBsd));
        path = CreateObject<SctpPathCcState>();
        path->m_mtu = MTU;
        assoc = SctpCcAssocInputs();
        assoc.peerRwnd = 100000000;
        cc->SetInitialParameters(path, assoc);
    }

    /// Move simulated time forward to t.
    static void AdvanceTo(Time t)
    {
        if (t > Simulator::Now())
        {
            Simulator::Stop(t - Simulator::Now());
            Simulator::Run();
        }
    }

    void SetWindow(uint32_t cwnd, uint32_t ssthresh, uint32_t pba = 0)
    {
        path->m_cWnd = cwnd;
        path->m_ssThresh = ssthresh;
        path->m_partialBytesAcked = pba;
    }

    /// A SACK at time t acking netAck bytes, the smoothed RTT being srttMs.
    void SackAt(Time t, uint32_t netAck, uint32_t srttMs, bool cwndLimited = true)
    {
        AdvanceTo(t);
        path->ResetForSack();
        path->m_netAck = netAck;
        path->m_lastSa = srttMs * 8;
        path->m_flightSize = cwndLimited ? path->m_cWnd.Get() : 0;
        assoc.accumMoved = true;
        cc->UpdateAfterSack(path, assoc);
    }

    bool FastRetransmitAt(Time t)
    {
        AdvanceTo(t);
        path->m_netAck = 1;
        assoc.inFastRecovery = false;
        return cc->UpdateAfterFastRetransmit(path, assoc);
    }

    /// One epoch: a SACK of bytesPer10ms every 10 ms from start to end, SRTT rising linearly
    /// from rttFrom to rttTo (ms).
    void Epoch(Time start, Time end, uint32_t bytesPer10ms, uint32_t rttFrom, uint32_t rttTo)
    {
        const int64_t steps = (end - start).GetMilliSeconds() / 10;
        for (int64_t k = 1; k <= steps; ++k)
        {
            const uint32_t rtt = rttFrom + static_cast<uint32_t>((rttTo - rttFrom) * k / steps);
            SackAt(start + MilliSeconds(10 * k), bytesPer10ms, rtt);
        }
    }

    uint32_t Cwnd() const
    {
        return path->m_cWnd.Get();
    }

    uint32_t Ssthresh() const
    {
        return path->m_ssThresh.Get();
    }

    Ptr<SctpCcHtcp> cc;
    Ptr<SctpPathCcState> path;
    SctpCcAssocInputs assoc;
};

// ---- H-TCP (default) ----------------------------------------------------------------------

TEST_F(SctpCcHtcpTest, NameAndAttributes)
{
    EXPECT_EQ(cc->GetName(), "SctpCcHtcp");
    TimeValue t;
    cc->GetAttribute("DeltaL", t);
    EXPECT_EQ(t.Get(), Seconds(1));
    cc->GetAttribute("ReferenceRtt", t);
    EXPECT_EQ(t.Get(), MilliSeconds(100));
    DoubleValue d;
    cc->GetAttribute("ThroughputRatio", d);
    EXPECT_DOUBLE_EQ(d.Get(), 0.2);
}

TEST_F(SctpCcHtcpTest, InitialWindowFollowsInitialCwnd)
{
    EXPECT_EQ(Cwnd(), 3u * (MTU - 12)); // initial_cwnd 3
    assoc.initialCwnd = 10;
    assoc.maxBurst = 0;
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), 10u * (MTU - 12));
    EXPECT_EQ(Ssthresh(), 100000000u);
    EXPECT_DOUBLE_EQ(cc->GetBeta(), 0.5);
    EXPECT_DOUBLE_EQ(cc->GetAlpha(), 1.0); // 2 (1 - 0.5) * 1
}

TEST_F(SctpCcHtcpTest, AlphaOfDeltaFollowsTheFormula)
{
    for (uint32_t minRttMs : {100u, 50u, 300u, 5u})
    {
        Simulator::Destroy();
        Make(false);
        SetWindow(1000 * MTU, 500 * MTU);
        SackAt(MilliSeconds(10), 2 * MTU, minRttMs); // RTTmin
        const Time event = MilliSeconds(20);
        ASSERT_TRUE(FastRetransmitAt(event)); // first event: beta = 0.5
        ASSERT_DOUBLE_EQ(cc->GetBeta(), 0.5);
        for (double delta : {0.0, 0.5, 1.0, 1.5, 2.0, 5.0, 10.0, 30.0})
        {
            AdvanceTo(event + Seconds(delta));
            const double expected = 2 * (1 - 0.5) * HtcpFactor(delta, minRttMs / 1000.0);
            EXPECT_NEAR(cc->GetAlpha(), expected, 1e-9 * expected)
                << "Delta " << delta << " s, RTTmin " << minRttMs << " ms";
        }
    }
    // Spot values at RTTmin = 100 ms: alpha(2 s) = 1 + 10 + 0.25, alpha(5 s) = 1 + 40 + 4.
    EXPECT_DOUBLE_EQ(HtcpFactor(2.0, 0.1), 11.25);
    EXPECT_DOUBLE_EQ(HtcpFactor(5.0, 0.1), 45.0);
}

TEST_F(SctpCcHtcpTest, AlphaDrivesCongestionAvoidance)
{
    SetWindow(1000 * MTU, 500 * MTU);
    SackAt(MilliSeconds(10), 2 * MTU, 100);
    const Time event = MilliSeconds(20);
    ASSERT_TRUE(FastRetransmitAt(event)); // cwnd = 500 MTU, beta 0.5
    ASSERT_EQ(Cwnd(), 500 * MTU);
    path->m_ssThresh = 250 * MTU; // congestion avoidance (cwnd == ssthresh is slow start)

    // Delta = 0.5 s: alpha = 1, one MTU for a window of acked bytes.
    uint32_t cwnd = Cwnd();
    path->m_partialBytesAcked = cwnd - 2 * MTU;
    SackAt(event + MilliSeconds(500), 2 * MTU, 100);
    EXPECT_EQ(Cwnd(), cwnd + MTU);
    EXPECT_EQ(path->m_partialBytesAcked, 0u);

    // Delta = 5 s: alpha = 2 (1 - 0.5) (1 + 40 + 4) = 45 MTUs for a window.
    cwnd = Cwnd();
    path->m_partialBytesAcked = cwnd - 2 * MTU;
    SackAt(event + Seconds(5), 2 * MTU, 100);
    EXPECT_EQ(Cwnd(), cwnd + 45 * MTU);

    // Delta = 2 s: alpha = 11.25: a window gives 11 MTUs and keeps the remainder.
    Simulator::Destroy();
    Make(false);
    SetWindow(1000 * MTU, 500 * MTU);
    SackAt(MilliSeconds(10), 2 * MTU, 100);
    ASSERT_TRUE(FastRetransmitAt(event));
    path->m_ssThresh = 250 * MTU;
    cwnd = Cwnd();
    path->m_partialBytesAcked = cwnd - 2 * MTU;
    SackAt(event + Seconds(2), 2 * MTU, 100);
    EXPECT_EQ(Cwnd(), cwnd + 11 * MTU);
    // 11 MTUs consumed ceil(11 * cwnd / 11.25) of the cwnd acked bytes.
    const uint32_t consumed = static_cast<uint32_t>(std::ceil(11 * double(cwnd) / 11.25));
    EXPECT_EQ(path->m_partialBytesAcked, cwnd - consumed);
}

TEST_F(SctpCcHtcpTest, NoGrowthWhenNotCwndLimited)
{
    SetWindow(100 * MTU, 50 * MTU, 100 * MTU - 2 * MTU);
    SackAt(MilliSeconds(10), 2 * MTU, 100, false);
    EXPECT_EQ(Cwnd(), 100 * MTU);
    EXPECT_EQ(path->m_partialBytesAcked, 100 * MTU);
}

TEST_F(SctpCcHtcpTest, SlowStartIsStandard)
{
    SetWindow(100 * MTU, 1000 * MTU);
    SackAt(MilliSeconds(10), 4 * MTU, 100);
    EXPECT_EQ(Cwnd(), 102 * MTU); // min(net_ack, abc_l_var MTUs)
}

TEST_F(SctpCcHtcpTest, BetaFromRttHistoryAndThroughputSwitch)
{
    SetWindow(1000 * MTU, 500 * MTU);
    // Epoch 1: 1.5 MB/s, SRTT 100 -> 120 ms. First congestion event: beta 0.5.
    Epoch(Time(0), Seconds(2), 15000, 100, 120);
    uint32_t cwnd = Cwnd();
    ASSERT_TRUE(FastRetransmitAt(Seconds(2)));
    EXPECT_DOUBLE_EQ(cc->GetBeta(), 0.5);
    EXPECT_EQ(Ssthresh(), cwnd / 2);
    EXPECT_EQ(Cwnd(), cwnd / 2);

    // Epoch 2: same throughput, SRTT 100 -> 140 ms: beta = 100 / 140.
    Epoch(Seconds(2), Seconds(4), 15000, 100, 140);
    EXPECT_EQ(cc->GetMinRtt(), MilliSeconds(100));
    EXPECT_EQ(cc->GetMaxRtt(), MilliSeconds(140));
    cwnd = Cwnd();
    ASSERT_TRUE(FastRetransmitAt(Seconds(4)));
    EXPECT_NEAR(cc->GetBeta(), 100.0 / 140.0, 1e-12);
    EXPECT_NEAR(Ssthresh(), cwnd * (100.0 / 140.0), 1.0);

    // Epoch 3: SRTT 100 -> 110 ms: 0.909 is bounded to 0.8.
    Epoch(Seconds(4), Seconds(6), 15000, 100, 110);
    cwnd = Cwnd();
    ASSERT_TRUE(FastRetransmitAt(Seconds(6)));
    EXPECT_DOUBLE_EQ(cc->GetBeta(), 0.8);
    EXPECT_NEAR(Ssthresh(), cwnd * 0.8, 1.0);

    // Epoch 4: SRTT 100 -> 250 ms: 0.4 is bounded to 0.5.
    Epoch(Seconds(6), Seconds(8), 15000, 100, 250);
    ASSERT_TRUE(FastRetransmitAt(Seconds(8)));
    EXPECT_DOUBLE_EQ(cc->GetBeta(), 0.5);

    // Epoch 5: throughput doubles (3 MB/s): more than 20 % change, beta 0.5 whatever the RTTs.
    Epoch(Seconds(8), Seconds(10), 30000, 100, 140);
    ASSERT_TRUE(FastRetransmitAt(Seconds(10)));
    EXPECT_DOUBLE_EQ(cc->GetBeta(), 0.5);

    // Epoch 6: 3 MB/s again (+0 %): adaptive again.
    Epoch(Seconds(10), Seconds(12), 30000, 100, 140);
    ASSERT_TRUE(FastRetransmitAt(Seconds(12)));
    EXPECT_NEAR(cc->GetBeta(), 100.0 / 140.0, 1e-12);

    // Epoch 7: 3.45 MB/s (+15 %): still adaptive. Epoch 8: 2.4 MB/s (-30 %): switch.
    Epoch(Seconds(12), Seconds(14), 34500, 100, 140);
    ASSERT_TRUE(FastRetransmitAt(Seconds(14)));
    EXPECT_NEAR(cc->GetBeta(), 100.0 / 140.0, 1e-12);
    Epoch(Seconds(14), Seconds(16), 24000, 100, 140);
    ASSERT_TRUE(FastRetransmitAt(Seconds(16)));
    EXPECT_DOUBLE_EQ(cc->GetBeta(), 0.5);
}

TEST_F(SctpCcHtcpTest, CongestionReactions)
{
    // Fast retransmit: cwnd = ssthresh = max(beta cwnd, 2 MTU), pba cleared, once per recovery.
    SetWindow(1000 * MTU, 500 * MTU, 7000);
    ASSERT_TRUE(FastRetransmitAt(MilliSeconds(10)));
    EXPECT_EQ(Cwnd(), 500 * MTU);
    EXPECT_EQ(Ssthresh(), 500 * MTU);
    EXPECT_EQ(path->m_partialBytesAcked, 0u);
    assoc.inFastRecovery = true;
    path->m_netAck = 1;
    EXPECT_FALSE(cc->UpdateAfterFastRetransmit(path, assoc));
    path->m_netAck = 0;
    assoc.inFastRecovery = false;
    EXPECT_FALSE(cc->UpdateAfterFastRetransmit(path, assoc));

    // Floor of 2 MTU.
    SetWindow(3 * MTU, 500 * MTU);
    ASSERT_TRUE(FastRetransmitAt(MilliSeconds(20)));
    EXPECT_EQ(Cwnd(), 2 * MTU);

    // T3-rtx: ssthresh = max(beta cwnd, 2 MTU), cwnd = one MTU.
    SetWindow(800 * MTU, 500 * MTU, 4000);
    AdvanceTo(MilliSeconds(30));
    cc->UpdateAfterTimeout(path, assoc);
    EXPECT_EQ(Ssthresh(), 400 * MTU);
    EXPECT_EQ(Cwnd(), MTU);
    EXPECT_EQ(path->m_partialBytesAcked, 0u);

    // ECN-Echo in a new window: as a fast retransmit; in the same window: nothing.
    SetWindow(600 * MTU, 500 * MTU, 4000);
    AdvanceTo(MilliSeconds(40));
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 1));
    EXPECT_EQ(Cwnd(), 300 * MTU);
    EXPECT_EQ(Ssthresh(), 300 * MTU);
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, true, 1));
    EXPECT_EQ(Cwnd(), 300 * MTU);
}

TEST_F(SctpCcHtcpTest, EveryCongestionEventRestartsDelta)
{
    SetWindow(1000 * MTU, 500 * MTU);
    SackAt(MilliSeconds(10), 2 * MTU, 100);
    AdvanceTo(Seconds(5));
    EXPECT_NEAR(cc->GetAlpha(), HtcpFactor(5.0 - 0.0, 0.1), 1e-9); // since initialisation
    cc->UpdateAfterTimeout(path, assoc);
    EXPECT_DOUBLE_EQ(cc->GetAlpha(), 2 * (1 - cc->GetBeta()));
    AdvanceTo(Seconds(8));
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 1));
    EXPECT_DOUBLE_EQ(cc->GetAlpha(), 2 * (1 - cc->GetBeta()));
}

// ---- FreeBSD mode -------------------------------------------------------------------------

TEST_F(SctpCcHtcpTest, FreeBsdInitialWindowIgnoresInitialCwnd)
{
    Make(true);
    // min(4 MTU, max(2 MTU, 4380)), whatever initial_cwnd says.
    EXPECT_EQ(Cwnd(), 4380u);
    assoc.initialCwnd = 10;
    assoc.maxBurst = 0;
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), 4380u);
    EXPECT_DOUBLE_EQ(cc->GetAlpha(), 1.0); // ALPHA_BASE
    EXPECT_DOUBLE_EQ(cc->GetBeta(), 0.5);  // BETA_MIN
}

TEST_F(SctpCcHtcpTest, FreeBsdAlphaIsZeroOrOne)
{
    // minRTT 88 ms: scale = 8000 / 880 = 9, factor = 8 / 9 = 0: alpha 0 after an event.
    // minRTT 89 ms: scale = 8, factor 1: alpha 1.
    for (uint32_t minRtt : {88u, 89u, 50u, 100u, 300u})
    {
        Simulator::Destroy();
        Make(true);
        SetWindow(100 * MTU, 50 * MTU);
        SackAt(MilliSeconds(10), 2 * MTU, minRtt);
        ASSERT_EQ(cc->GetMinRtt(), MilliSeconds(minRtt));
        ASSERT_TRUE(FastRetransmitAt(MilliSeconds(20)));
        // The first event: beta 64 (no bandwidth sample, no mode switch yet).
        const uint32_t expected = FreeBsdAlpha(0, minRtt, 64);
        EXPECT_EQ(cc->GetAlpha(), expected / 128.0) << "minRTT " << minRtt;
        EXPECT_EQ(expected, minRtt <= 88 ? 0u : 128u);
    }
    // What H-TCP would give instead at Delta = 0: 2 (1 - 0.5) = 1 for every RTT.
    EXPECT_DOUBLE_EQ(2 * (1 - 0.5) * HtcpFactor(0, 0.05), 1.0);
}

TEST_F(SctpCcHtcpTest, FreeBsdZeroAlphaStopsCongestionAvoidance)
{
    Make(true);
    SetWindow(100 * MTU, 50 * MTU);
    SackAt(MilliSeconds(10), 2 * MTU, 50);
    ASSERT_TRUE(FastRetransmitAt(MilliSeconds(20))); // alpha 0 (minRTT 50 ms)
    ASSERT_EQ(cc->GetAlpha(), 0.0);
    SetWindow(Cwnd(), Cwnd() / 2); // congestion avoidance (cwnd == ssthresh is slow start)
    const uint32_t cwnd = Cwnd();
    for (int i = 1; i <= 500; ++i)
    {
        SackAt(MilliSeconds(20 + i), 2 * MTU, 50);
    }
    EXPECT_EQ(Cwnd(), cwnd); // 1000 MTUs acked, ten windows: no growth at all
    EXPECT_EQ(path->m_partialBytesAcked, 500u * 2 * MTU);
    // The next congestion event recomputes alpha: long after the last one the factor is large
    // and becomes 1 (3 s: factor 22, scale 16, 22 * 8 / 16 = 11 -> 1).
    EXPECT_EQ(FreeBsdAlpha(3000, 50, 64), 128u);
}

TEST_F(SctpCcHtcpTest, FreeBsdCongestionAvoidanceRule)
{
    // alpha 1: cwnd += MTU once ((pba / MTU) * 128 >> 7) * MTU >= cwnd, with pba before this
    // SACK; the SACK that triggers it is not counted. No cwnd-limited test.
    Make(true);
    SetWindow(20 * MTU, 10 * MTU);
    for (int i = 1; i <= 10; ++i)
    {
        SackAt(MilliSeconds(10 * i), 2 * MTU, 100, false);
    }
    EXPECT_EQ(Cwnd(), 20 * MTU);
    EXPECT_EQ(path->m_partialBytesAcked, 20 * MTU);
    SackAt(MilliSeconds(110), 2 * MTU, 100, false);
    EXPECT_EQ(Cwnd(), 21 * MTU);
    EXPECT_EQ(path->m_partialBytesAcked, 0u);
}

TEST_F(SctpCcHtcpTest, FreeBsdBetaFromMaxRtt)
{
    // ssthresh below 65535 bytes: maxRTT is tracked once more than 3 RTTs passed since the last
    // congestion event, in steps of at most 20 ms.
    Make(true);
    SetWindow(40 * MTU, 40000);
    SackAt(MilliSeconds(50), 1000, 100); // minRTT 100; ccount 0: no maxRTT yet
    EXPECT_EQ(cc->GetMaxRtt(), Time(0));
    SackAt(MilliSeconds(500), 1000, 110); // ccount 5: maxRTT = minRTT, then 110 (<= 100 + 20)
    EXPECT_EQ(cc->GetMaxRtt(), MilliSeconds(110));
    SackAt(MilliSeconds(600), 1000, 125); // 125 <= 130
    EXPECT_EQ(cc->GetMaxRtt(), MilliSeconds(125));
    SackAt(MilliSeconds(700), 1000, 150); // 150 > 145: a jump, ignored
    EXPECT_EQ(cc->GetMaxRtt(), MilliSeconds(125));
    SackAt(MilliSeconds(800), 1000, 140); // 140 <= 145
    EXPECT_EQ(cc->GetMaxRtt(), MilliSeconds(140));

    // First event: no mode switch yet, beta 64; maxRTT fades to 100 + 40 * 95 / 100 = 138.
    uint32_t cwnd = Cwnd();
    ASSERT_TRUE(FastRetransmitAt(Seconds(1)));
    EXPECT_EQ(cc->GetBeta(), 64 / 128.0);
    EXPECT_EQ(Ssthresh(), std::max(((cwnd / MTU * 64) >> 7) * MTU, 2 * MTU));
    EXPECT_EQ(cc->GetMaxRtt(), MilliSeconds(100 + 40 * 95 / 100));

    // Second event: beta = (100 << 7) / 138 = 92, within [64, 102].
    cwnd = Cwnd();
    ASSERT_TRUE(FastRetransmitAt(Seconds(1) + MilliSeconds(1)));
    const uint32_t beta = (100u << 7) / 138u;
    EXPECT_EQ(beta, 92u);
    EXPECT_EQ(cc->GetBeta(), beta / 128.0);
    EXPECT_EQ(Ssthresh(), std::max(((cwnd / MTU * beta) >> 7) * MTU, 2 * MTU));
}

TEST_F(SctpCcHtcpTest, FreeBsdNoMaxRttAboveSsthresh65535)
{
    Make(true);
    SetWindow(100 * MTU, 70000);
    SackAt(MilliSeconds(50), 1000, 100);
    SackAt(MilliSeconds(500), 1000, 110);
    SackAt(MilliSeconds(600), 1000, 120);
    EXPECT_EQ(cc->GetMaxRtt(), Time(0));
    ASSERT_TRUE(FastRetransmitAt(Seconds(1)));
    ASSERT_TRUE(FastRetransmitAt(Seconds(2)));
    EXPECT_EQ(cc->GetBeta(), 0.5); // maxRTT 0: no adaptive beta
}

TEST_F(SctpCcHtcpTest, FreeBsdSsthreshInWholeMtus)
{
    Make(true);
    // cwnd 100000 = 66.7 MTU: ((66 * 64) >> 7) * 1500 = 33 * 1500.
    SetWindow(100000, 50000);
    ASSERT_TRUE(FastRetransmitAt(MilliSeconds(10)));
    EXPECT_EQ(Ssthresh(), 33u * MTU);
    EXPECT_EQ(Cwnd(), 33u * MTU);

    SetWindow(100000, 50000, 3000);
    AdvanceTo(MilliSeconds(20));
    cc->UpdateAfterTimeout(path, assoc);
    EXPECT_EQ(Ssthresh(), 33u * MTU);
    EXPECT_EQ(Cwnd(), MTU);
    EXPECT_EQ(path->m_partialBytesAcked, 0u);

    SetWindow(100000, 50000);
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 1));
    EXPECT_EQ(Cwnd(), 33u * MTU);
    EXPECT_EQ(Ssthresh(), 33u * MTU);

    SetWindow(3000, 50000);
    ASSERT_TRUE(FastRetransmitAt(MilliSeconds(30)));
    EXPECT_EQ(Cwnd(), 2 * MTU); // ((2 * 64) >> 7) * MTU = MTU, floor 2 MTU
}

TEST_F(SctpCcHtcpTest, ForkKeepsState)
{
    SetWindow(1000 * MTU, 500 * MTU);
    SackAt(MilliSeconds(10), 2 * MTU, 100);
    Ptr<SctpCcHtcp> copy = DynamicCast<SctpCcHtcp>(cc->Fork());
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->GetMinRtt(), MilliSeconds(100));
    EXPECT_DOUBLE_EQ(copy->GetAlpha(), cc->GetAlpha());
}

} // namespace
