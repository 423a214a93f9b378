/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// FreeBSD congestion-control module 0 driven without an association. Every expected value is
// the formula of the FreeBSD reference (freebsd-behaviour.md §1.1, §5.4, §6.2) written out
// with the test's concrete numbers.

#include "ns3/callback.h"
#include "ns3/object-factory.h"
#include "ns3/sctp-cc-default.h"
#include "ns3/sctp-congestion-ops.h"
#include "ns3/sctp-path-cc-state.h"

#include <gtest/gtest.h>
#include <vector>

using namespace ns3;

namespace
{

constexpr uint32_t MTU = 1500;   ///< path MTU including the IP header
constexpr uint32_t SCTPHDR = 12; ///< common header size

/// A module-0 instance, one path at MTU 1500 and FreeBSD's default association values.
class SctpCcDefaultTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        cc = CreateObject<SctpCcDefault>();
        path = CreateObject<SctpPathCcState>();
        path->m_mtu = MTU;
        assoc.peerRwnd = 131072;
    }

    /// Put the path in a given window state, as the association would have left it.
    void SetWindow(uint32_t cwnd, uint32_t ssthresh, uint32_t flight, uint32_t pba = 0)
    {
        path->m_cWnd = cwnd;
        path->m_ssThresh = ssthresh;
        path->m_flightSize = flight;
        path->m_partialBytesAcked = pba;
    }

    /// One SACK that newly acked netAck bytes on the path and moved the cumack.
    void Sack(uint32_t netAck, bool accumMoved = true)
    {
        path->ResetForSack();
        path->m_netAck = netAck;
        assoc.accumMoved = accumMoved;
        cc->UpdateAfterSack(path, assoc);
    }

    uint32_t Cwnd() const
    {
        return path->m_cWnd.Get();
    }

    uint32_t Ssthresh() const
    {
        return path->m_ssThresh.Get();
    }

    Ptr<SctpCcDefault> cc;
    Ptr<SctpPathCcState> path;
    SctpCcAssocInputs assoc;
};

// ---- initial parameters -------------------------------------------------------------------

TEST_F(SctpCcDefaultTest, InitialCwndFreeBsdDefault)
{
    // initial_cwnd = 3, max_burst = 4: n = 3, cwnd = (MTU - 12) * n.
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), (1500u - 12u) * 3u);
    EXPECT_EQ(Cwnd(), 4464u);
    EXPECT_EQ(Ssthresh(), 131072u); // ssthresh = peer rwnd
}

TEST_F(SctpCcDefaultTest, InitialCwndCappedByMaxBurst)
{
    assoc.initialCwnd = 10;
    assoc.maxBurst = 4;
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), (1500u - 12u) * 4u); // n = min(10, 4)

    assoc.maxBurst = 0; // no burst limit: n stays 10
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), (1500u - 12u) * 10u);
}

TEST_F(SctpCcDefaultTest, InitialCwndRfc4960Rule)
{
    assoc.initialCwnd = 0; // min(4 MTU, max(2 MTU, 4380))
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), 4380u); // min(6000, max(3000, 4380))

    path->m_mtu = 9000;
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), 18000u); // min(36000, max(18000, 4380))

    path->m_mtu = 1000;
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), 4000u); // min(4000, max(2000, 4380))
}

TEST_F(SctpCcDefaultTest, InitialSsthreshFollowsPeerRwnd)
{
    assoc.peerRwnd = 1000;
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Ssthresh(), 1000u);
    EXPECT_EQ(Cwnd(), 4464u); // cwnd does not depend on rwnd
}

TEST_F(SctpCcDefaultTest, InitialCwndRespectsMaxCwnd)
{
    assoc.maxCwnd = 3000; // 4464 > 3000 and > MTU - 12: cwnd = max(3000, 1488)
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), 3000u);

    assoc.maxCwnd = 1000; // cwnd = max(1000, 1488)
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(Cwnd(), 1500u - SCTPHDR);
}

// ---- cwnd limit helper --------------------------------------------------------------------

TEST_F(SctpCcDefaultTest, EnforceCwndLimit)
{
    path->m_cWnd = 5000;
    SctpCongestionOps::EnforceCwndLimit(path, 0); // 0 = unlimited
    EXPECT_EQ(Cwnd(), 5000u);

    SctpCongestionOps::EnforceCwndLimit(path, 3000);
    EXPECT_EQ(Cwnd(), 3000u);

    path->m_cWnd = 1400; // not above MTU - 12 = 1488: untouched even though > 1000
    SctpCongestionOps::EnforceCwndLimit(path, 1000);
    EXPECT_EQ(Cwnd(), 1400u);

    path->m_cWnd = 5000; // limit below MTU - 12: floor at 1488
    SctpCongestionOps::EnforceCwndLimit(path, 1000);
    EXPECT_EQ(Cwnd(), 1488u);
}

// ---- after SACK: slow start ---------------------------------------------------------------

TEST_F(SctpCcDefaultTest, SlowStartIncreaseLimitedToLMtu)
{
    SetWindow(4464, 131072, 1000);
    Sack(4000); // flight + net_ack = 5000 >= 4464; incr = min(4000, 2 * 1500)
    EXPECT_EQ(Cwnd(), 4464u + 3000u);

    SetWindow(4464, 131072, 3300);
    Sack(1200); // 3300 + 1200 = 4500 >= 4464; incr = min(1200, 3000)
    EXPECT_EQ(Cwnd(), 4464u + 1200u);
}

TEST_F(SctpCcDefaultTest, SlowStartAbcLVariable)
{
    assoc.abcLVar = 1;
    SetWindow(4464, 131072, 1000);
    Sack(4000); // incr = min(4000, 1 * 1500)
    EXPECT_EQ(Cwnd(), 4464u + 1500u);
}

TEST_F(SctpCcDefaultTest, SlowStartOnlyWhenCwndLimited)
{
    SetWindow(4464, 131072, 1000);
    Sack(3000); // 1000 + 3000 = 4000 < 4464: not cwnd-limited
    EXPECT_EQ(Cwnd(), 4464u);

    SetWindow(4464, 131072, 1464);
    Sack(3000); // 1464 + 3000 = 4464 >= 4464: grows by min(3000, 3000)
    EXPECT_EQ(Cwnd(), 4464u + 3000u);
}

TEST_F(SctpCcDefaultTest, SlowStartIncludesCwndEqualSsthresh)
{
    SetWindow(6000, 6000, 6000, 0);
    Sack(1500); // cwnd <= ssthresh is slow start: +min(1500, 3000), pba untouched
    EXPECT_EQ(Cwnd(), 6000u + 1500u);
    EXPECT_EQ(path->m_partialBytesAcked, 0u);
}

TEST_F(SctpCcDefaultTest, SlowStartRespectsMaxCwnd)
{
    assoc.maxCwnd = 6000;
    SetWindow(4464, 131072, 4464);
    Sack(3000); // 4464 + 3000 = 7464 > 6000: limited to 6000
    EXPECT_EQ(Cwnd(), 6000u);
}

TEST_F(SctpCcDefaultTest, NoGrowthWithoutNetAck)
{
    SetWindow(4464, 131072, 4464);
    Sack(0);
    EXPECT_EQ(Cwnd(), 4464u);
}

TEST_F(SctpCcDefaultTest, NoGrowthWithoutAccumMoved)
{
    SetWindow(4464, 131072, 4464);
    Sack(3000, false);
    EXPECT_EQ(Cwnd(), 4464u);

    // Congestion avoidance: not even partial_bytes_acked moves.
    SetWindow(10000, 8000, 10000, 500);
    Sack(3000, false);
    EXPECT_EQ(Cwnd(), 10000u);
    EXPECT_EQ(path->m_partialBytesAcked, 500u);
}

TEST_F(SctpCcDefaultTest, CmtPseudoCumackAllowsGrowth)
{
    // CMT off: a moved pseudo-cumack does not count.
    SetWindow(4464, 131072, 4464);
    path->ResetForSack();
    path->m_netAck = 3000;
    path->m_newPseudoCumack = true;
    assoc.accumMoved = false;
    cc->UpdateAfterSack(path, assoc);
    EXPECT_EQ(Cwnd(), 4464u);

    // CMT base (CUC): it does.
    assoc.cmtOnOff = 1;
    cc->UpdateAfterSack(path, assoc);
    EXPECT_EQ(Cwnd(), 4464u + 3000u);
}

TEST_F(SctpCcDefaultTest, NoGrowthInFastRecoveryUnlessExiting)
{
    assoc.inFastRecovery = true;
    SetWindow(4464, 131072, 4464);
    Sack(3000);
    EXPECT_EQ(Cwnd(), 4464u);

    SetWindow(10000, 8000, 10000, 9000);
    Sack(3000); // CA: nothing at all, pba stays
    EXPECT_EQ(Cwnd(), 10000u);
    EXPECT_EQ(path->m_partialBytesAcked, 9000u);

    assoc.willExitFastRecovery = true; // the SACK that ends recovery grows already
    SetWindow(4464, 131072, 4464);
    Sack(3000);
    EXPECT_EQ(Cwnd(), 4464u + 3000u);
}

TEST_F(SctpCcDefaultTest, CmtGrowsDuringFastRecovery)
{
    assoc.inFastRecovery = true;
    assoc.cmtOnOff = 1;
    SetWindow(4464, 131072, 4464);
    Sack(3000);
    EXPECT_EQ(Cwnd(), 4464u + 3000u);
}

// ---- after SACK: congestion avoidance -----------------------------------------------------

TEST_F(SctpCcDefaultTest, CongestionAvoidanceOneMtuPerWindow)
{
    SetWindow(10000, 8000, 9000, 0);
    Sack(3000); // pba = 3000 < cwnd
    EXPECT_EQ(Cwnd(), 10000u);
    EXPECT_EQ(path->m_partialBytesAcked, 3000u);
    Sack(3000); // pba = 6000
    Sack(3000); // pba = 9000
    EXPECT_EQ(Cwnd(), 10000u);
    EXPECT_EQ(path->m_partialBytesAcked, 9000u);
    Sack(3000); // pba = 12000 >= 10000: pba = 12000 - 10000, cwnd += MTU
    EXPECT_EQ(Cwnd(), 10000u + 1500u);
    EXPECT_EQ(path->m_partialBytesAcked, 12000u - 10000u);
}

TEST_F(SctpCcDefaultTest, CongestionAvoidanceCountsBytesWhenNotCwndLimited)
{
    SetWindow(10000, 8000, 1000, 9000);
    Sack(3000); // pba += 3000 always; 1000 + 3000 < 10000, so no increase and no reset
    EXPECT_EQ(Cwnd(), 10000u);
    EXPECT_EQ(path->m_partialBytesAcked, 9000u + 3000u);
}

TEST_F(SctpCcDefaultTest, CongestionAvoidanceRespectsMaxCwnd)
{
    assoc.maxCwnd = 10500;
    SetWindow(10000, 8000, 10000, 9000);
    Sack(3000); // 10000 + 1500 = 11500 > 10500: limited
    EXPECT_EQ(Cwnd(), 10500u);
    EXPECT_EQ(path->m_partialBytesAcked, 12000u - 10000u);
}

// ---- after fast retransmit ----------------------------------------------------------------

TEST_F(SctpCcDefaultTest, FastRetransmitHalves)
{
    SetWindow(20000, 131072, 20000, 7000);
    path->m_netAck = 2; // two TSNs newly marked for FR on this path
    EXPECT_TRUE(cc->UpdateAfterFastRetransmit(path, assoc));
    EXPECT_EQ(Ssthresh(), 20000u / 2); // max(10000, 2 * 1500)
    EXPECT_EQ(Cwnd(), 20000u / 2);
    EXPECT_EQ(path->m_partialBytesAcked, 0u);
}

TEST_F(SctpCcDefaultTest, FastRetransmitFloorTwoMtu)
{
    SetWindow(4000, 131072, 4000);
    path->m_netAck = 1;
    EXPECT_TRUE(cc->UpdateAfterFastRetransmit(path, assoc));
    EXPECT_EQ(Ssthresh(), 2u * 1500u); // max(2000, 3000)
    EXPECT_EQ(Cwnd(), 2u * 1500u);
}

TEST_F(SctpCcDefaultTest, FastRetransmitNeedsNewMarks)
{
    SetWindow(20000, 131072, 20000, 7000);
    path->m_netAck = 0;
    EXPECT_FALSE(cc->UpdateAfterFastRetransmit(path, assoc));
    EXPECT_EQ(Cwnd(), 20000u);
    EXPECT_EQ(path->m_partialBytesAcked, 7000u);
}

TEST_F(SctpCcDefaultTest, FastRetransmitOncePerRecovery)
{
    SetWindow(20000, 131072, 20000);
    path->m_netAck = 1;
    EXPECT_TRUE(cc->UpdateAfterFastRetransmit(path, assoc));
    assoc.inFastRecovery = true; // the association entered fast recovery
    path->m_netAck = 1;          // a later SACK marks more TSNs
    EXPECT_FALSE(cc->UpdateAfterFastRetransmit(path, assoc));
    EXPECT_EQ(Cwnd(), 10000u);
    EXPECT_EQ(Ssthresh(), 10000u);
}

TEST_F(SctpCcDefaultTest, CmtFastRetransmitReducesEverySack)
{
    assoc.cmtOnOff = 1;
    SetWindow(20000, 131072, 20000);
    path->m_netAck = 1;
    EXPECT_TRUE(cc->UpdateAfterFastRetransmit(path, assoc));
    assoc.inFastRecovery = true;
    EXPECT_TRUE(cc->UpdateAfterFastRetransmit(path, assoc));
    EXPECT_EQ(Ssthresh(), 20000u / 2 / 2); // max(5000, 3000)
    EXPECT_EQ(Cwnd(), 5000u);
}

TEST_F(SctpCcDefaultTest, FastRetransmitOnlyFirstPathOfSackWithoutCmt)
{
    // Two paths with new FR marks in one SACK: the association calls them in order and sets
    // its fast-recovery flag after the first reduction, so the second path keeps its window.
    Ptr<SctpCcDefault> cc2 = CreateObject<SctpCcDefault>();
    Ptr<SctpPathCcState> path2 = CreateObject<SctpPathCcState>();
    path2->m_mtu = MTU;
    path2->m_cWnd = 30000;
    path2->m_ssThresh = 131072;
    path2->m_netAck = 1;
    SetWindow(20000, 131072, 20000);
    path->m_netAck = 1;

    if (cc->UpdateAfterFastRetransmit(path, assoc))
    {
        assoc.inFastRecovery = true;
    }
    EXPECT_FALSE(cc2->UpdateAfterFastRetransmit(path2, assoc));
    EXPECT_EQ(Cwnd(), 10000u);
    EXPECT_EQ(path2->m_cWnd.Get(), 30000u);
}

TEST_F(SctpCcDefaultTest, FastRetransmitRespectsMaxCwnd)
{
    assoc.maxCwnd = 8000;
    SetWindow(20000, 131072, 20000);
    path->m_netAck = 1;
    EXPECT_TRUE(cc->UpdateAfterFastRetransmit(path, assoc));
    EXPECT_EQ(Ssthresh(), 10000u); // ssthresh is not limited
    EXPECT_EQ(Cwnd(), 8000u);      // cwnd = min(10000, 8000)
}

// ---- after T3-rtx timeout -----------------------------------------------------------------

TEST_F(SctpCcDefaultTest, TimeoutCollapsesToOneMtu)
{
    SetWindow(20000, 131072, 20000, 4000);
    cc->UpdateAfterTimeout(path, assoc);
    EXPECT_EQ(Ssthresh(), 20000u / 2); // max(10000, 4 * 1500)
    EXPECT_EQ(Cwnd(), 1500u);
    EXPECT_EQ(path->m_partialBytesAcked, 0u);
}

TEST_F(SctpCcDefaultTest, TimeoutSsthreshFloorFourMtu)
{
    SetWindow(8000, 131072, 8000);
    cc->UpdateAfterTimeout(path, assoc);
    EXPECT_EQ(Ssthresh(), 4u * 1500u); // max(4000, 6000)
    EXPECT_EQ(Cwnd(), 1500u);
}

// ---- after ECN-Echo -----------------------------------------------------------------------

TEST_F(SctpCcDefaultTest, EcnEchoNewWindowHalves)
{
    SetWindow(20000, 131072, 20000, 7000);
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 1));
    EXPECT_EQ(Ssthresh(), 20000u / 2);
    EXPECT_EQ(Cwnd(), 20000u / 2);
    EXPECT_EQ(path->m_partialBytesAcked, 7000u); // pba untouched
}

TEST_F(SctpCcDefaultTest, EcnEchoMtuFloorDoublesRto)
{
    SetWindow(2000, 131072, 2000);
    // ssthresh = 2000 / 2 = 1000 < MTU: ssthresh = MTU and the RTO must double
    EXPECT_TRUE(cc->UpdateAfterEcnEcho(path, assoc, false, 1));
    EXPECT_EQ(Ssthresh(), 1500u);
    EXPECT_EQ(Cwnd(), 1500u);
}

TEST_F(SctpCcDefaultTest, EcnEchoInWindowDoesNothing)
{
    SetWindow(20000, 30000, 20000, 7000);
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, true, 3));
    EXPECT_EQ(Cwnd(), 20000u);
    EXPECT_EQ(Ssthresh(), 30000u);
}

// ---- exit PF ------------------------------------------------------------------------------

TEST_F(SctpCcDefaultTest, ExitPfRestartsFromOneMtu)
{
    SetWindow(20000, 30000, 0);
    cc->UpdateOnExitPf(path, assoc);
    EXPECT_EQ(Cwnd(), 1500u);
    EXPECT_EQ(Ssthresh(), 30000u);
}

// ---- after output: max burst (cwnd_maxburst = 1) ------------------------------------------

TEST_F(SctpCcDefaultTest, MaxBurstClampsCwnd)
{
    SetWindow(20000, 15000, 2000);
    // 2000 + 4 * 1500 = 8000 < 20000: ssthresh = max(15000, 20000), cwnd = 8000
    EXPECT_TRUE(cc->UpdateAfterOutput(path, assoc, 4));
    EXPECT_EQ(Ssthresh(), 20000u);
    EXPECT_EQ(Cwnd(), 2000u + 4u * 1500u);
}

TEST_F(SctpCcDefaultTest, MaxBurstKeepsLargerSsthresh)
{
    SetWindow(20000, 30000, 2000);
    EXPECT_TRUE(cc->UpdateAfterOutput(path, assoc, 4));
    EXPECT_EQ(Ssthresh(), 30000u); // max(30000, 20000)
    EXPECT_EQ(Cwnd(), 8000u);
}

TEST_F(SctpCcDefaultTest, MaxBurstAfterIdle)
{
    // Idle path: flight 0, so cwnd falls to 4 MTU and ssthresh remembers the old window.
    SetWindow(50000, 20000, 0);
    EXPECT_TRUE(cc->UpdateAfterOutput(path, assoc, 4));
    EXPECT_EQ(Cwnd(), 4u * 1500u);
    EXPECT_EQ(Ssthresh(), 50000u);
}

TEST_F(SctpCcDefaultTest, MaxBurstOnlyWhenBelowCwnd)
{
    SetWindow(20000, 15000, 14000);
    // 14000 + 6000 = 20000, not < 20000: nothing happens
    EXPECT_FALSE(cc->UpdateAfterOutput(path, assoc, 4));
    EXPECT_EQ(Cwnd(), 20000u);
    EXPECT_EQ(Ssthresh(), 15000u);

    SetWindow(20000, 15000, 0);
    EXPECT_FALSE(cc->UpdateAfterOutput(path, assoc, 0)); // max burst 0: no limit
    EXPECT_EQ(Cwnd(), 20000u);
}

// ---- after packet dropped (PKTDROP from a middle box) -------------------------------------

TEST_F(SctpCcDefaultTest, PacketDroppedOverSubscribed)
{
    // bottle_bw 1e6 B/s, RTT 100 ms: avail = min(1e6 * 100000 / 1e6, 1e6) = 100000.
    // onq 150000 > flight 30000: q = 150000 > avail, over = 50000.
    // my share = 50000 * (30000 / 1500) / (150000 / 1500) = 50000 * 20 / 100 = 10000.
    SetWindow(30000, 131072, 30000, 5000);
    path->m_rttUs = 100000;
    cc->UpdateAfterPacketDropped(path, assoc, 1000000, 150000);
    EXPECT_EQ(Cwnd(), 30000u - 10000u);
    EXPECT_EQ(Ssthresh(), 20000u - 1u); // forced into congestion avoidance
    EXPECT_EQ(path->m_partialBytesAcked, 0u);
}

TEST_F(SctpCcDefaultTest, PacketDroppedUndoesSackGrowth)
{
    // Same report; the SACK in this packet had grown cwnd from 28000 to 31000.
    SetWindow(31000, 131072, 30000);
    path->m_prevCwnd = 28000;
    path->m_rttUs = 100000;
    assoc.seenSackThisPacket = true;
    cc->UpdateAfterPacketDropped(path, assoc, 1000000, 150000);
    EXPECT_EQ(Cwnd(), 28000u - 10000u); // back to 28000 (<= flight, no slack), minus share
    EXPECT_EQ(Ssthresh(), 18000u - 1u);
}

TEST_F(SctpCcDefaultTest, PacketDroppedCountsOpenedRoom)
{
    path->m_rttUs = 100000;
    // cwnd 34000 > flight 30000: slack 4000 reduces the share, 10000 - 4000 = 6000.
    SetWindow(34000, 131072, 30000);
    cc->UpdateAfterPacketDropped(path, assoc, 1000000, 150000);
    EXPECT_EQ(Cwnd(), 34000u - 6000u);
    EXPECT_EQ(Ssthresh(), 28000u - 1u);

    // cwnd 45000: slack 15000 > 10000, share 0; cwnd stays (below avail 100000).
    SetWindow(45000, 131072, 30000);
    cc->UpdateAfterPacketDropped(path, assoc, 1000000, 150000);
    EXPECT_EQ(Cwnd(), 45000u);
    EXPECT_EQ(Ssthresh(), 45000u - 1u);
}

TEST_F(SctpCcDefaultTest, PacketDroppedSpareRoom)
{
    path->m_rttUs = 100000; // avail = 100000
    // onq 20000 > flight 10000: q = 20000 <= avail; incr = (100000 - 20000) / 4 = 20000,
    // capped at max_burst * MTU = 4 * 1500 = 6000.
    SetWindow(10000, 131072, 10000, 3000);
    cc->UpdateAfterPacketDropped(path, assoc, 1000000, 20000);
    EXPECT_EQ(Cwnd(), 10000u + 6000u);
    EXPECT_EQ(Ssthresh(), 131072u);
    EXPECT_EQ(path->m_partialBytesAcked, 3000u);

    assoc.maxBurst = 0; // no cap: +20000
    SetWindow(10000, 131072, 10000);
    cc->UpdateAfterPacketDropped(path, assoc, 1000000, 20000);
    EXPECT_EQ(Cwnd(), 10000u + 20000u);
}

TEST_F(SctpCcDefaultTest, PacketDroppedQueueAtLeastFlight)
{
    path->m_rttUs = 100000; // avail = 100000
    // onq 10000 < flight 40000: q = 40000; incr = (100000 - 40000) / 4 = 15000, cap 6000
    SetWindow(40000, 131072, 40000);
    cc->UpdateAfterPacketDropped(path, assoc, 1000000, 10000);
    EXPECT_EQ(Cwnd(), 40000u + 6000u);
}

TEST_F(SctpCcDefaultTest, PacketDroppedCappedByPipe)
{
    path->m_rttUs = 100000; // avail = 100000
    SetWindow(98000, 131072, 10000);
    cc->UpdateAfterPacketDropped(path, assoc, 1000000, 20000);
    EXPECT_EQ(Cwnd(), 100000u); // min(98000 + 6000, 100000)

    // RTT above one second: avail = min(1e6 * 2000000 / 1e6, 1e6) = 1e6.
    path->m_rttUs = 2000000;
    SetWindow(998000, 131072, 10000);
    cc->UpdateAfterPacketDropped(path, assoc, 1000000, 20000);
    EXPECT_EQ(Cwnd(), 1000000u); // min(998000 + 6000, 1000000)
}

TEST_F(SctpCcDefaultTest, PacketDroppedNeverBelowOneMtu)
{
    // bottle_bw 10000 B/s, RTT 50 ms: avail = 10000 * 50000 / 1e6 = 500.
    path->m_rttUs = 50000;
    SetWindow(4464, 131072, 0);
    // q = 0 <= 500: cwnd = 4464 + 500 / 4 = 4589, then min(4589, 500) = 500, floor MTU.
    cc->UpdateAfterPacketDropped(path, assoc, 10000, 0);
    EXPECT_EQ(Cwnd(), 1500u);

    // q = 1000 > 500 but under one MTU: no whole packet queued, share 0 (FreeBSD would
    // divide by zero); ssthresh = 4464 - 1, cwnd = min(4464, 500) floored at MTU.
    SetWindow(4464, 131072, 800);
    cc->UpdateAfterPacketDropped(path, assoc, 10000, 1000);
    EXPECT_EQ(Ssthresh(), 4464u - 1u);
    EXPECT_EQ(Cwnd(), 1500u);
}

// ---- a path's life across several events --------------------------------------------------

TEST_F(SctpCcDefaultTest, SlowStartThenFastRetransmitThenAvoidance)
{
    cc->SetInitialParameters(path, assoc); // cwnd 4464, ssthresh 131072
    path->m_flightSize = 4464 - 2 * 1488;  // two full chunks acked out of a full window
    Sack(2 * 1488);                        // incr = min(2976, 3000)
    EXPECT_EQ(Cwnd(), 4464u + 2976u);      // 7440

    path->m_netAck = 1;
    ASSERT_TRUE(cc->UpdateAfterFastRetransmit(path, assoc));
    assoc.inFastRecovery = true;
    EXPECT_EQ(Cwnd(), 7440u / 2); // max(3720, 3000)
    EXPECT_EQ(Ssthresh(), 3720u);

    path->m_flightSize = 3720;
    Sack(1488); // frozen during recovery
    EXPECT_EQ(Cwnd(), 3720u);

    assoc.willExitFastRecovery = true; // cwnd > ssthresh? 3720 == 3720: still slow start
    Sack(1488);                        // incr = min(1488, 3000)
    EXPECT_EQ(Cwnd(), 3720u + 1488u);
    assoc.inFastRecovery = false;
    assoc.willExitFastRecovery = false;

    Sack(1488); // now 5208 > 3720: avoidance, pba = 1488
    EXPECT_EQ(Cwnd(), 5208u);
    EXPECT_EQ(path->m_partialBytesAcked, 1488u);
}

// ---- hooks other modules use, defaults --------------------------------------------------

TEST_F(SctpCcDefaultTest, RtccEventHooksDoNothing)
{
    SetWindow(20000, 30000, 10000, 500);
    cc->PacketTransmitted(path);
    cc->TsnAcknowledged(path, 1468);
    cc->PrepareForSack(path);
    cc->RttCalculated(path);
    cc->NewTransmissionBegins(path, assoc);
    EXPECT_EQ(Cwnd(), 20000u);
    EXPECT_EQ(Ssthresh(), 30000u);
    EXPECT_EQ(path->m_partialBytesAcked, 500u);

    uint32_t value = 7;
    EXPECT_FALSE(cc->SetOption(0x2000, 1));
    EXPECT_FALSE(cc->GetOption(0x2000, value));
    EXPECT_EQ(value, 7u);
}

TEST_F(SctpCcDefaultTest, ResetForSack)
{
    SetWindow(20000, 30000, 10000);
    path->m_netAck = 5;
    path->m_netAck2 = 3;
    path->m_newPseudoCumack = true;
    path->ResetForSack();
    EXPECT_EQ(path->m_prevCwnd, 20000u);
    EXPECT_EQ(path->m_netAck, 0u);
    EXPECT_EQ(path->m_netAck2, 0u);
    EXPECT_FALSE(path->m_newPseudoCumack);
}

TEST_F(SctpCcDefaultTest, CwndIsATraceSource)
{
    std::vector<uint32_t> seen;
    path->m_cWnd = 20000;
    path->TraceConnectWithoutContext(
        "CongestionWindow",
        MakeBoundCallback(
            +[](std::vector<uint32_t>* out, uint32_t oldValue, uint32_t newValue) {
                out->push_back(oldValue);
                out->push_back(newValue);
            },
            &seen));
    cc->UpdateAfterTimeout(path, assoc);
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[0], 20000u);
    EXPECT_EQ(seen[1], 1500u);
}

TEST_F(SctpCcDefaultTest, ForkCopies)
{
    Ptr<SctpCongestionOps> copy = cc->Fork();
    ASSERT_NE(copy, nullptr);
    EXPECT_NE(PeekPointer(copy), PeekPointer(cc));
    EXPECT_EQ(copy->GetName(), "SctpCcDefault");
    EXPECT_EQ(copy->GetInstanceTypeId(), SctpCcDefault::GetTypeId());

    SetWindow(20000, 30000, 10000, 500);
    Ptr<SctpPathCcState> stateCopy = CopyObject<SctpPathCcState>(path);
    EXPECT_EQ(stateCopy->m_cWnd.Get(), 20000u);
    EXPECT_EQ(stateCopy->m_ssThresh.Get(), 30000u);
    EXPECT_EQ(stateCopy->m_partialBytesAcked, 500u);
}

using SctpCcDefaultDeathTest = SctpCcDefaultTest;

TEST_F(SctpCcDefaultDeathTest, ResourcePoolingNotSilentlyApproximated)
{
    for (uint32_t mode : {2u, 3u, 4u})
    {
        assoc.cmtOnOff = mode;
        EXPECT_DEATH(cc->SetInitialParameters(path, assoc), "not implemented yet");
        EXPECT_DEATH(cc->UpdateAfterSack(path, assoc), "not implemented yet");
        EXPECT_DEATH(cc->UpdateAfterFastRetransmit(path, assoc), "not implemented yet");
        EXPECT_DEATH(cc->UpdateAfterTimeout(path, assoc), "not implemented yet");
    }
}

// ---- module numbers -----------------------------------------------------------------------

TEST(SctpCcModuleMap, DefaultModule)
{
    EXPECT_EQ(SctpCongestionOps::TypeIdForModule(0), SctpCcDefault::GetTypeId());
    EXPECT_EQ(SctpCongestionOps::TypeNameForModule(0), "ns3::SctpCcDefault");

    ObjectFactory factory;
    factory.SetTypeId(SctpCongestionOps::TypeIdForModule(0));
    Ptr<SctpCongestionOps> ops = factory.Create<SctpCongestionOps>();
    ASSERT_NE(ops, nullptr);
    EXPECT_EQ(ops->GetName(), "SctpCcDefault");
}

TEST(SctpCcModuleMap, ModuleNumbers)
{
    EXPECT_EQ(SctpCongestionOps::TypeNameForModule(1), "ns3::SctpCcHighSpeed");
    EXPECT_EQ(SctpCongestionOps::TypeNameForModule(2), "ns3::SctpCcHtcp");
    EXPECT_EQ(SctpCongestionOps::TypeNameForModule(3), "ns3::SctpCcRtcc");
    EXPECT_EQ(SctpCongestionOps::TypeNameForModule(4), "");

    TypeId tid;
    EXPECT_TRUE(SctpCongestionOps::LookupModule(0, tid));
    EXPECT_EQ(tid, SctpCcDefault::GetTypeId());
    EXPECT_FALSE(SctpCongestionOps::LookupModule(4, tid));
}

TEST(SctpCcModuleMapDeathTest, MissingModuleIsAnError)
{
    TypeId tid;
    for (uint32_t id : {1u, 2u, 3u})
    {
        // Until these classes exist, asking for them fails loudly instead of falling back.
        if (!SctpCongestionOps::LookupModule(id, tid))
        {
            EXPECT_DEATH(SctpCongestionOps::TypeIdForModule(id), "is not yet available");
        }
    }
    EXPECT_DEATH(SctpCongestionOps::TypeIdForModule(4), "does not exist");
}

} // namespace
