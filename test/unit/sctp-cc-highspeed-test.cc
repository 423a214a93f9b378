/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// HighSpeed TCP (congestion-control module 1) driven without an association. The RFC 3649
// mode is checked against the RFC's Appendix B table (typed here from the RFC), against the
// RFC's own formulas (section 5) and against ns-3's TcpHighSpeed; the FreeBSD mode against the
// FreeBSD reference (freebsd-behaviour.md §1.2). Expected values are computed here from those
// numbers.

#include "ns3/sctp-cc-highspeed.h"
#include "ns3/sctp-path-cc-state.h"
#include "ns3/tcp-highspeed.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace ns3;

namespace
{

constexpr uint32_t MTU = 1500; ///< path MTU including the IP header

/// One row of RFC 3649 Appendix B: w, a(w), b(w).
struct RfcRow
{
    uint32_t w; ///< window (segments)
    uint32_t a; ///< increase (segments per RTT)
    double b;   ///< decrease fraction
};

/// RFC 3649 Appendix B, "A Table for a(w) and b(w)".
const RfcRow RFC3649[73] = {
    {38, 1, 0.50},     {118, 2, 0.44},    {221, 3, 0.41},    {347, 4, 0.38},    {495, 5, 0.37},
    {663, 6, 0.35},    {851, 7, 0.34},    {1058, 8, 0.33},   {1284, 9, 0.32},   {1529, 10, 0.31},
    {1793, 11, 0.30},  {2076, 12, 0.29},  {2378, 13, 0.28},  {2699, 14, 0.28},  {3039, 15, 0.27},
    {3399, 16, 0.27},  {3778, 17, 0.26},  {4177, 18, 0.26},  {4596, 19, 0.25},  {5036, 20, 0.25},
    {5497, 21, 0.24},  {5979, 22, 0.24},  {6483, 23, 0.23},  {7009, 24, 0.23},  {7558, 25, 0.22},
    {8130, 26, 0.22},  {8726, 27, 0.22},  {9346, 28, 0.21},  {9991, 29, 0.21},  {10661, 30, 0.21},
    {11358, 31, 0.20}, {12082, 32, 0.20}, {12834, 33, 0.20}, {13614, 34, 0.19}, {14424, 35, 0.19},
    {15265, 36, 0.19}, {16137, 37, 0.19}, {17042, 38, 0.18}, {17981, 39, 0.18}, {18955, 40, 0.18},
    {19965, 41, 0.17}, {21013, 42, 0.17}, {22101, 43, 0.17}, {23230, 44, 0.17}, {24402, 45, 0.16},
    {25618, 46, 0.16}, {26881, 47, 0.16}, {28193, 48, 0.16}, {29557, 49, 0.15}, {30975, 50, 0.15},
    {32450, 51, 0.15}, {33986, 52, 0.15}, {35586, 53, 0.14}, {37253, 54, 0.14}, {38992, 55, 0.14},
    {40808, 56, 0.14}, {42707, 57, 0.13}, {44694, 58, 0.13}, {46776, 59, 0.13}, {48961, 60, 0.13},
    {51258, 61, 0.13}, {53677, 62, 0.12}, {56230, 63, 0.12}, {58932, 64, 0.12}, {61799, 65, 0.12},
    {64851, 66, 0.11}, {68113, 67, 0.11}, {71617, 68, 0.11}, {75401, 69, 0.10}, {79517, 70, 0.10},
    {84035, 71, 0.10}, {89053, 72, 0.10}, {94717, 73, 0.09},
};

/// b(w) as a whole percentage.
uint32_t
Percent(double b)
{
    return static_cast<uint32_t>(std::lround(b * 100));
}

/// RFC 3649 section 5 with Low_Window 38, High_Window 83000, High_Decrease 0.1.
double
FormulaB(double w)
{
    return (0.1 - 0.5) * (std::log(w) - std::log(38.0)) / (std::log(83000.0) - std::log(38.0)) +
           0.5;
}

/// RFC 3649 section 5: a(w) = w^2 p(w) 2 b(w) / (2 - b(w)), p(w) = 0.078 / w^1.2.
double
FormulaA(double w)
{
    const double p = 0.078 / std::pow(w, 1.2);
    const double b = FormulaB(w);
    return w * w * p * 2 * b / (2 - b);
}

/// A module-1 instance on one path at MTU 1500, in RFC 3649 or FreeBSD mode.
class SctpCcHighSpeedTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        Make(false);
    }

    void Make(bool freeBsd)
    {
        cc = CreateObject<SctpCcHighSpeed>();
        cc->SetAttribute("FreeBsdCompatible", BooleanValue(freeBsd));
        path = CreateObject<SctpPathCcState>();
        path->m_mtu = MTU;
        assoc = SctpCcAssocInputs();
        assoc.peerRwnd = 131072;
    }

    void SetWindow(uint32_t cwnd, uint32_t ssthresh, uint32_t flight, uint32_t pba = 0)
    {
        path->m_cWnd = cwnd;
        path->m_ssThresh = ssthresh;
        path->m_flightSize = flight;
        path->m_partialBytesAcked = pba;
    }

    void Sack(uint32_t netAck)
    {
        path->ResetForSack();
        path->m_netAck = netAck;
        assoc.accumMoved = true;
        cc->UpdateAfterSack(path, assoc);
    }

    /// Congestion avoidance, window full, one SACK that completes a window of acked bytes.
    uint32_t CaIncrease(uint32_t cwnd)
    {
        SetWindow(cwnd, cwnd / 2, cwnd, cwnd - 2 * MTU);
        Sack(2 * MTU);
        return Cwnd() - cwnd;
    }

    bool FastRetransmit()
    {
        path->m_netAck = 1;
        return cc->UpdateAfterFastRetransmit(path, assoc);
    }

    uint32_t Cwnd() const
    {
        return path->m_cWnd.Get();
    }

    uint32_t Ssthresh() const
    {
        return path->m_ssThresh.Get();
    }

    Ptr<SctpCcHighSpeed> cc;
    Ptr<SctpPathCcState> path;
    SctpCcAssocInputs assoc;
};

// ---- the table ----------------------------------------------------------------------------

TEST_F(SctpCcHighSpeedTest, TableIsRfc3649AppendixB)
{
    for (uint32_t i = 0; i < SctpCcHighSpeed::TABLE_SIZE; ++i)
    {
        const auto& row = SctpCcHighSpeed::GetTableRow(i);
        EXPECT_EQ(row.window, RFC3649[i].w) << "row " << i;
        EXPECT_EQ(row.increase, RFC3649[i].a) << "row " << i;
        EXPECT_EQ(row.decreasePercent, Percent(RFC3649[i].b)) << "row " << i;
    }
}

TEST_F(SctpCcHighSpeedTest, TableRowsFollowRfcFormulas)
{
    // Each published row is the RFC's response function at that w, rounded.
    for (const auto& row : RFC3649)
    {
        EXPECT_EQ(std::lround(FormulaA(row.w)), static_cast<long>(row.a)) << "w " << row.w;
        EXPECT_EQ(std::lround(FormulaB(row.w) * 100), static_cast<long>(Percent(row.b)))
            << "w " << row.w;
    }
    // The RFC's own examples: standard TCP at Low_Window, b = High_Decrease at High_Window.
    EXPECT_NEAR(FormulaA(38), 1.0, 0.05);
    EXPECT_NEAR(FormulaB(83000), 0.1, 1e-9);
    EXPECT_EQ(SctpCcHighSpeed::RfcIncrease(38), 1u);
    EXPECT_DOUBLE_EQ(SctpCcHighSpeed::RfcDecrease(38), 0.5);
    EXPECT_EQ(SctpCcHighSpeed::RfcIncrease(83000), 70u); // a(83000) = 70.7
    EXPECT_DOUBLE_EQ(SctpCcHighSpeed::RfcDecrease(83000), 0.1);
}

TEST_F(SctpCcHighSpeedTest, TableAgreesWithNs3TcpHighSpeed)
{
    // An independent transcription: at every row's w both give that row's a(w) and b(w).
    // Row 61 is skipped: ns-3.37 has w = 53667 there, the RFC (and FreeBSD) 53677.
    for (uint32_t i = 0; i < SctpCcHighSpeed::TABLE_SIZE; ++i)
    {
        if (i == 61)
        {
            continue;
        }
        const uint32_t w = RFC3649[i].w;
        EXPECT_EQ(SctpCcHighSpeed::RfcIncrease(w), TcpHighSpeed::TableLookupA(w)) << "w " << w;
        EXPECT_EQ(Percent(SctpCcHighSpeed::RfcDecrease(w)), Percent(TcpHighSpeed::TableLookupB(w)))
            << "w " << w;
    }
}

TEST_F(SctpCcHighSpeedTest, RfcLookupTakesTheRowAtOrBelowTheWindow)
{
    EXPECT_EQ(SctpCcHighSpeed::RfcRowFor(1), 0u);
    EXPECT_EQ(SctpCcHighSpeed::RfcRowFor(38), 0u);
    EXPECT_EQ(SctpCcHighSpeed::RfcRowFor(117), 0u); // a(117) = 1.99: the lower row, a = 1
    EXPECT_EQ(SctpCcHighSpeed::RfcRowFor(118), 1u);
    EXPECT_EQ(SctpCcHighSpeed::RfcRowFor(94716), 71u);
    EXPECT_EQ(SctpCcHighSpeed::RfcRowFor(94717), 72u);
    EXPECT_EQ(SctpCcHighSpeed::RfcRowFor(500000), 72u);
}

// ---- RFC 3649 mode ------------------------------------------------------------------------

TEST_F(SctpCcHighSpeedTest, Name)
{
    EXPECT_EQ(cc->GetName(), "SctpCcHighSpeed");
}

TEST_F(SctpCcHighSpeedTest, RfcIncreaseAcrossTheTable)
{
    for (uint32_t i = 0; i < 73; ++i)
    {
        // At the row's w, and at the last window before the next row: a(w) MTUs per window.
        const uint32_t first = RFC3649[i].w;
        const uint32_t last = i + 1 < 73 ? RFC3649[i + 1].w - 1 : 200000;
        for (uint32_t w : {first, last})
        {
            Make(false);
            EXPECT_EQ(CaIncrease(w * MTU), RFC3649[i].a * MTU) << "w " << w;
            // The window of acked bytes is used up.
            EXPECT_EQ(path->m_partialBytesAcked, 0u) << "w " << w;
        }
    }
}

TEST_F(SctpCcHighSpeedTest, RfcIncreaseNeedsAWindowOfAckedBytes)
{
    const uint32_t cwnd = 1000 * MTU; // row 6 (851): a = 7
    SetWindow(cwnd, cwnd / 2, cwnd, 0);
    for (uint32_t i = 0; i < 499; ++i)
    {
        Sack(2 * MTU);
    }
    EXPECT_EQ(Cwnd(), cwnd); // 998 MTUs acked < cwnd
    Sack(2 * MTU);           // 1000 MTUs: one window
    EXPECT_EQ(Cwnd(), cwnd + 7 * MTU);
}

TEST_F(SctpCcHighSpeedTest, RfcNoIncreaseWhenNotCwndLimited)
{
    const uint32_t cwnd = 1000 * MTU;
    SetWindow(cwnd, cwnd / 2, cwnd / 2, cwnd - 2 * MTU);
    Sack(2 * MTU); // flight + net_ack < cwnd
    EXPECT_EQ(Cwnd(), cwnd);
    EXPECT_EQ(path->m_partialBytesAcked, cwnd);
}

TEST_F(SctpCcHighSpeedTest, RfcStandardUpToLowWindow)
{
    for (uint32_t w : {4u, 20u, 38u})
    {
        Make(false);
        EXPECT_EQ(CaIncrease(w * MTU), MTU) << "w " << w; // one MTU per window
    }
    // Fast retransmit below Low_Window: b = 0.5, floor 2 MTU.
    SetWindow(30 * MTU, 131072, 30 * MTU);
    EXPECT_TRUE(FastRetransmit());
    EXPECT_EQ(Ssthresh(), 15 * MTU);
    EXPECT_EQ(Cwnd(), 15 * MTU);
    SetWindow(3 * MTU, 131072, 3 * MTU);
    EXPECT_TRUE(FastRetransmit());
    EXPECT_EQ(Cwnd(), 2 * MTU);
}

TEST_F(SctpCcHighSpeedTest, RfcSlowStartIsStandard)
{
    // Slow start (cwnd <= ssthresh) is byte counting limited to L MTUs, even at large windows.
    const uint32_t cwnd = 5000 * MTU;
    SetWindow(cwnd, cwnd, cwnd);
    Sack(4 * MTU);
    EXPECT_EQ(Cwnd(), cwnd + 2 * MTU); // min(4 MTU, abc_l_var 2 * MTU)
}

TEST_F(SctpCcHighSpeedTest, RfcDecreaseAcrossTheTable)
{
    for (uint32_t i = 0; i < 73; ++i)
    {
        for (uint32_t w : {RFC3649[i].w, i + 1 < 73 ? RFC3649[i + 1].w - 1 : 200000u})
        {
            Make(false);
            const uint32_t cwnd = w * MTU;
            SetWindow(cwnd, 131072, cwnd, 5000);
            EXPECT_TRUE(FastRetransmit());
            // cwnd = (1 - b(w)) cwnd
            const uint64_t expected = uint64_t(cwnd) * (100 - Percent(RFC3649[i].b)) / 100;
            EXPECT_EQ(Ssthresh(), expected) << "w " << w;
            EXPECT_EQ(Cwnd(), expected) << "w " << w;
            EXPECT_EQ(path->m_partialBytesAcked, 0u);
        }
    }
}

TEST_F(SctpCcHighSpeedTest, RfcFastRetransmitOncePerRecovery)
{
    SetWindow(2000 * MTU, 131072, 2000 * MTU);
    EXPECT_TRUE(FastRetransmit());
    const uint32_t after = Cwnd();
    assoc.inFastRecovery = true;
    EXPECT_FALSE(FastRetransmit());
    EXPECT_EQ(Cwnd(), after);
    path->m_netAck = 0;
    assoc.inFastRecovery = false;
    EXPECT_FALSE(cc->UpdateAfterFastRetransmit(path, assoc)); // no new marks
}

TEST_F(SctpCcHighSpeedTest, RfcNoGrowthInFastRecovery)
{
    const uint32_t cwnd = 1000 * MTU;
    assoc.inFastRecovery = true;
    SetWindow(cwnd, cwnd / 2, cwnd, cwnd - 2 * MTU);
    Sack(2 * MTU);
    EXPECT_EQ(Cwnd(), cwnd);
    EXPECT_EQ(path->m_partialBytesAcked, cwnd - 2 * MTU);
}

TEST_F(SctpCcHighSpeedTest, RfcEcnEchoUsesB)
{
    const uint32_t cwnd = 2000 * MTU; // row 10 (1793): b = 0.30
    SetWindow(cwnd, 131072, cwnd, 3000);
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 1));
    EXPECT_EQ(Cwnd(), uint64_t(cwnd) * 70 / 100);
    EXPECT_EQ(Ssthresh(), uint64_t(cwnd) * 70 / 100);
    EXPECT_EQ(path->m_partialBytesAcked, 3000u);
    // Same window: nothing.
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, true, 1));
    EXPECT_EQ(Cwnd(), uint64_t(cwnd) * 70 / 100);
    // Below one MTU: floor and RTO doubling, as the default module.
    SetWindow(1800, 131072, 1800);
    EXPECT_TRUE(cc->UpdateAfterEcnEcho(path, assoc, false, 1));
    EXPECT_EQ(Cwnd(), MTU);
}

TEST_F(SctpCcHighSpeedTest, TimeoutIsDefault)
{
    for (bool freeBsd : {false, true})
    {
        Make(freeBsd);
        const uint32_t cwnd = 3000 * MTU;
        SetWindow(cwnd, 131072, cwnd, 4000);
        cc->UpdateAfterTimeout(path, assoc);
        EXPECT_EQ(Ssthresh(), cwnd / 2); // max(cwnd / 2, 4 MTU)
        EXPECT_EQ(Cwnd(), MTU);
        EXPECT_EQ(path->m_partialBytesAcked, 0u);
    }
}

TEST_F(SctpCcHighSpeedTest, InitialWindowIsDefault)
{
    for (bool freeBsd : {false, true})
    {
        Make(freeBsd);
        cc->SetInitialParameters(path, assoc);
        EXPECT_EQ(Cwnd(), 3u * (MTU - 12)); // initial_cwnd 3
        EXPECT_EQ(Ssthresh(), 131072u);
    }
}

// ---- FreeBSD mode -------------------------------------------------------------------------

TEST_F(SctpCcHighSpeedTest, FreeBsdIncreaseAcrossTheTable)
{
    for (uint32_t i = 0; i < 73; ++i)
    {
        // cwnd >> 10 == w_i: the first row with (cwnd >> 10) < w is the next one.
        Make(true);
        uint32_t cwnd = RFC3649[i].w << 10;
        SetWindow(cwnd, UINT32_MAX, cwnd);
        Sack(2 * MTU);
        const uint32_t next = i + 1 < 73 ? i + 1 : 72; // past the table: the last row
        EXPECT_EQ(Cwnd() - cwnd, RFC3649[next].a << 10) << "row " << i;
        EXPECT_EQ(cc->GetLastRowUsed(), next);

        // One KiB below w_i: row i itself.
        Make(true);
        cwnd = (RFC3649[i].w - 1) << 10;
        SetWindow(cwnd, UINT32_MAX, cwnd);
        Sack(2 * MTU);
        if (i == 0)
        {
            EXPECT_EQ(Cwnd() - cwnd, MTU); // below 38 KiB: min(net_ack, MTU)
        }
        else
        {
            EXPECT_EQ(Cwnd() - cwnd, RFC3649[i].a << 10) << "row " << i;
        }
    }
}

TEST_F(SctpCcHighSpeedTest, FreeBsdBelowTableGrowsOneMtuPerSack)
{
    Make(true);
    SetWindow(20000, UINT32_MAX, 20000);
    Sack(4 * MTU);
    EXPECT_EQ(Cwnd(), 20000u + MTU); // min(net_ack, MTU), not abc_l_var MTUs
    SetWindow(20000, UINT32_MAX, 20000);
    Sack(1000);
    EXPECT_EQ(Cwnd(), 21000u);
}

TEST_F(SctpCcHighSpeedTest, FreeBsdCongestionAvoidanceIsStandard)
{
    Make(true);
    const uint32_t cwnd = 5000 << 10; // far into the table
    EXPECT_EQ(CaIncrease(cwnd), MTU);
}

TEST_F(SctpCcHighSpeedTest, FreeBsdDecreaseAcrossTheTable)
{
    for (uint32_t i = 1; i < 73; ++i)
    {
        // An increase at (w_i - 1) KiB selects row i; the decrease drops by row i's percentage.
        Make(true);
        uint32_t cwnd = (RFC3649[i].w - 1) << 10;
        SetWindow(cwnd, UINT32_MAX, cwnd);
        Sack(2 * MTU);
        ASSERT_EQ(cc->GetLastRowUsed(), i);
        cwnd = Cwnd();
        EXPECT_TRUE(FastRetransmit());
        const uint32_t expected = cwnd - (cwnd / 100) * Percent(RFC3649[i].b);
        EXPECT_EQ(Ssthresh(), expected) << "row " << i;
        EXPECT_EQ(Cwnd(), expected) << "row " << i;
        EXPECT_EQ(path->m_partialBytesAcked, 0u);
    }
}

TEST_F(SctpCcHighSpeedTest, FreeBsdDecreaseKeepsTheRowIndex)
{
    Make(true);
    // Grow at 2000 KiB: row 11 (2076) is used, a = 12 KiB.
    uint32_t cwnd = 2000 << 10;
    SetWindow(cwnd, UINT32_MAX, cwnd);
    Sack(2 * MTU);
    ASSERT_EQ(cc->GetLastRowUsed(), 11u);
    // Fast retransmit: drop 29 %; the new cwnd (about 1455 KiB) belongs to row 9, but the index
    // is not lowered.
    cwnd = Cwnd();
    EXPECT_TRUE(FastRetransmit());
    const uint32_t afterFr = cwnd - (cwnd / 100) * 29;
    EXPECT_EQ(Cwnd(), afterFr);
    EXPECT_LT(afterFr >> 10, RFC3649[9].w);
    EXPECT_EQ(cc->GetLastRowUsed(), 11u);
    // The next slow-start increase (cwnd == ssthresh) scans from row 11: a = 12 KiB, where a
    // fresh lookup would give row 9's 10 KiB.
    path->m_flightSize = Cwnd();
    Sack(2 * MTU);
    EXPECT_EQ(Cwnd(), afterFr + (12u << 10));
    // A second reduction uses row 11's 29 % again.
    cwnd = Cwnd();
    assoc.inFastRecovery = false;
    EXPECT_TRUE(FastRetransmit());
    EXPECT_EQ(Cwnd(), cwnd - (cwnd / 100) * 29);
}

TEST_F(SctpCcHighSpeedTest, FreeBsdDecreaseBelowTableResetsIndex)
{
    Make(true);
    // Row 1 in use (38..117 KiB), cwnd 60 KiB; a drop of 44 % gives 33.6 KiB < 38 KiB.
    uint32_t cwnd = 60 << 10;
    SetWindow(cwnd, UINT32_MAX, cwnd);
    Sack(2 * MTU);
    ASSERT_EQ(cc->GetLastRowUsed(), 1u);
    cwnd = Cwnd();
    EXPECT_TRUE(FastRetransmit());
    EXPECT_EQ(Cwnd(), cwnd - (cwnd / 100) * 44);
    EXPECT_EQ(cc->GetLastRowUsed(), 0u);
    // Below 38 KiB the decrease is standard: max(cwnd / 2, 2 MTU).
    cwnd = Cwnd();
    EXPECT_TRUE(FastRetransmit());
    EXPECT_EQ(Cwnd(), std::max(cwnd / 2, 2 * MTU));
}

TEST_F(SctpCcHighSpeedTest, FreeBsdEcnEchoHalves)
{
    Make(true);
    const uint32_t cwnd = 2000 * MTU;
    SetWindow(cwnd, 131072, cwnd);
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 1));
    EXPECT_EQ(Cwnd(), cwnd / 2);
    EXPECT_EQ(Ssthresh(), cwnd / 2);
}

TEST_F(SctpCcHighSpeedTest, ForkKeepsModeAndRow)
{
    Make(true);
    const uint32_t cwnd = 2000 << 10;
    SetWindow(cwnd, UINT32_MAX, cwnd);
    Sack(2 * MTU);
    Ptr<SctpCcHighSpeed> copy = DynamicCast<SctpCcHighSpeed>(cc->Fork());
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->GetLastRowUsed(), 11u);
    BooleanValue mode;
    copy->GetAttribute("FreeBsdCompatible", mode);
    EXPECT_TRUE(mode.Get());
}

} // namespace
