/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// RTCC (congestion-control module 3) driven without an association, on simulated time. Each
// case of the bandwidth/RTT decision of the FreeBSD reference (freebsd-behaviour.md §1.4) is
// set up with concrete numbers; the comments carry the arithmetic.
//
// The common baseline: the measurement period starts at t = 0, the first SACK at t = 100 ms has
// 100000 bytes leaving the flight and an RTT sample of 50 ms, so lbw = 100000 / 100 = 1000
// bytes/ms and lbw_rtt = 50000 us. With the default shifts bandwidths within 1000 >> 4 = 62 and
// RTTs within 50000 >> 5 = 1562 us count as unchanged. The path is in slow start with a full
// window, so a SACK that is not held grows cwnd by its 1000 acked bytes.

#include "ns3/object-factory.h"
#include "ns3/sctp-cc-default.h"
#include "ns3/sctp-cc-highspeed.h"
#include "ns3/sctp-cc-htcp.h"
#include "ns3/sctp-cc-rtcc.h"
#include "ns3/sctp-path-cc-state.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

#include <gtest/gtest.h>

using namespace ns3;

namespace
{

constexpr uint32_t MTU = 1500;     ///< path MTU including the IP header
constexpr uint32_t NET_ACK = 1000; ///< bytes each SACK acknowledges (slow-start growth)
constexpr uint32_t START_CWND = 100 * MTU;

class SctpCcRtccTest : public ::testing::Test
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

    void Make(bool freeBsd, uint32_t steadyStep = 20)
    {
        Simulator::Destroy();
        cc = CreateObject<SctpCcRtcc>();
        cc->SetAttribute("FreeBsdCompatible", BooleanValue(freeBsd));
        cc->SetAttribute("RttvarSteadyStep", UintegerValue(steadyStep));
        path = CreateObject<SctpPathCcState>();
        path->m_mtu = MTU;
        assoc = SctpCcAssocInputs();
        assoc.peerRwnd = 100000000;
        cc->SetInitialParameters(path, assoc);
        path->m_cWnd = START_CWND;
        path->m_ssThresh = UINT32_MAX;
    }

    static void AdvanceTo(Time t)
    {
        if (t > Simulator::Now())
        {
            Simulator::Stop(t - Simulator::Now());
            Simulator::Run();
        }
    }

    /// A new-data packet sent at time t (starts the measurement period).
    void Transmit(Time t)
    {
        AdvanceTo(t);
        cc->PacketTransmitted(path);
    }

    /**
     * A SACK at tMs in the association's order: prepare, chunks leaving the flight (so that the
     * period's total reaches total bytes), the RTT sample (0: none), the after-SACK update.
     * \return the change of cwnd
     */
    int64_t Sack(uint32_t tMs, uint64_t total, uint64_t rttUs)
    {
        AdvanceTo(MilliSeconds(tMs));
        path->ResetForSack();
        cc->PrepareForSack(path);
        cc->TsnAcknowledged(path, static_cast<uint32_t>(total - cc->GetMeasuredBytes()));
        if (rttUs > 0)
        {
            path->m_rttUs = rttUs;
            cc->RttCalculated(path);
        }
        path->m_netAck = NET_ACK;
        path->m_flightSize = path->m_cWnd;
        assoc.accumMoved = true;
        const int64_t before = path->m_cWnd.Get();
        cc->UpdateAfterSack(path, assoc);
        return static_cast<int64_t>(path->m_cWnd.Get()) - before;
    }

    /// The baseline: period from 0, first SACK at 100 ms with 100000 bytes and a 50 ms RTT.
    void Baseline()
    {
        Transmit(Time(0));
        ASSERT_EQ(Sack(100, 100000, 50000), NET_ACK);
        ASSERT_EQ(cc->GetLastBandwidth(), 1000u);
        ASSERT_EQ(cc->GetLastBandwidthRtt(), 50000u);
    }

    /// SACKs with unchanged bandwidth and RTT and a neutral indication: one every 50 ms
    /// (= the RTT) with 1000 bytes/ms, so nbw = 1000 and the last RTT's bandwidth is 1000.
    int64_t NeutralSack(uint32_t tMs)
    {
        return Sack(tMs, uint64_t(tMs) * 1000, 50000);
    }

    Ptr<SctpCcRtcc> cc;
    Ptr<SctpPathCcState> path;
    SctpCcAssocInputs assoc;
};

// ---- estimator ----------------------------------------------------------------------------

TEST_F(SctpCcRtccTest, AttributesAreTheSysctlDefaults)
{
    Ptr<SctpCcRtcc> fresh = CreateObject<SctpCcRtcc>();
    UintegerValue u;
    BooleanValue b;
    fresh->GetAttribute("RttvarBw", u);
    EXPECT_EQ(u.Get(), 4u);
    fresh->GetAttribute("RttvarRtt", u);
    EXPECT_EQ(u.Get(), 5u);
    fresh->GetAttribute("RttvarEqret", b);
    EXPECT_FALSE(b.Get());
    fresh->GetAttribute("RttvarSteadyStep", u);
    EXPECT_EQ(u.Get(), 20u);
    fresh->GetAttribute("UseDcccEcn", b);
    EXPECT_TRUE(b.Get());
    EXPECT_EQ(fresh->GetName(), "SctpCcRtcc");
}

TEST_F(SctpCcRtccTest, InitialWindowIsDefault)
{
    cc->SetInitialParameters(path, assoc);
    EXPECT_EQ(path->m_cWnd.Get(), 3 * (MTU - 12));
    EXPECT_EQ(path->m_ssThresh.Get(), 100000000u);
    EXPECT_FALSE(cc->IsMeasuring());
}

TEST_F(SctpCcRtccTest, NoGateBeforeAPacketWasSent)
{
    // No measurement period: the default module's growth, no estimate.
    EXPECT_EQ(Sack(100, 100000, 50000), NET_ACK);
    EXPECT_EQ(cc->GetLastBandwidth(), 0u);
}

TEST_F(SctpCcRtccTest, FirstSackSetsTheEstimate)
{
    Baseline();
    EXPECT_EQ(cc->GetCwndAtBandwidthSet(), 0u); // FreeBSD does not record cwnd here
    EXPECT_TRUE(cc->IsMeasuring());
}

TEST_F(SctpCcRtccTest, ShortPeriodUsesBytes)
{
    // Less than 1 ms into the period: nbw is the byte count itself.
    Transmit(Time(0));
    AdvanceTo(MicroSeconds(500));
    path->ResetForSack();
    cc->PrepareForSack(path);
    cc->TsnAcknowledged(path, 3000);
    path->m_netAck = NET_ACK;
    path->m_flightSize = path->m_cWnd;
    assoc.accumMoved = true;
    cc->UpdateAfterSack(path, assoc);
    EXPECT_EQ(cc->GetLastBandwidth(), 3000u);
}

// ---- bandwidth increased ------------------------------------------------------------------

TEST_F(SctpCcRtccTest, BandwidthUpGrows)
{
    Baseline();
    const uint32_t cwnd = path->m_cWnd;
    // t = 150 ms, 160000 bytes: nbw = 1066 > 1000 + 62.
    EXPECT_EQ(Sack(150, 160000, 52000), NET_ACK);
    EXPECT_EQ(cc->GetLastBandwidth(), 160000u / 150);
    EXPECT_EQ(cc->GetLastBandwidthRtt(), 52000u);
    EXPECT_EQ(cc->GetCwndAtBandwidthSet(), cwnd); // before this SACK's growth
    EXPECT_EQ(cc->GetLastStepState(), SctpCcRtcc::STEP_NONE);
}

// ---- bandwidth unchanged ------------------------------------------------------------------

TEST_F(SctpCcRtccTest, SameBandwidthSameRttNeutralHolds)
{
    Baseline();
    // t = 150, 150000 bytes: nbw 1000; last RTT 50000 bytes / 50 ms = 1000: neutral.
    EXPECT_EQ(NeutralSack(150), 0);
    EXPECT_EQ(cc->GetLastIndication(), SctpCcRtcc::INST_NEUTRAL);
    EXPECT_EQ(cc->GetLastBandwidth(), 1000u); // not updated
    EXPECT_EQ(cc->GetStepCount(), 1u);
    EXPECT_EQ(cc->GetLastStepState(), SctpCcRtcc::STEP_BW_SAME_COUNTING);
}

TEST_F(SctpCcRtccTest, SameBandwidthSameRttGainingHolds)
{
    Baseline();
    // 155000 bytes: nbw 1033 (same); last RTT 55000 / 50 = 1100 > 1033: gaining.
    EXPECT_EQ(Sack(150, 155000, 50000), 0);
    EXPECT_EQ(cc->GetLastIndication(), SctpCcRtcc::INST_GAINING);
}

TEST_F(SctpCcRtccTest, SameBandwidthSameRttLosingGrowsUnlessEqret)
{
    Baseline();
    // 145000 bytes: nbw 966 (same); last RTT 45000 / 50 = 900, 900 + 56 < 966: losing.
    EXPECT_EQ(Sack(150, 145000, 50000), NET_ACK); // rttvar_eqret 0: grow
    EXPECT_EQ(cc->GetLastIndication(), SctpCcRtcc::INST_LOSING);
    EXPECT_EQ(cc->GetStepCount(), 0u); // losing: no step counting

    Make(false);
    ASSERT_TRUE(cc->SetOption(SctpCcRtcc::OPT_RTCC_SETMODE, 1));
    Baseline();
    EXPECT_EQ(Sack(150, 145000, 50000), 0); // rttvar_eqret 1: hold
}

TEST_F(SctpCcRtccTest, SameBandwidthRttUpHolds)
{
    Baseline();
    // RTT 52000 > 50000 + 1562; 152000 bytes at 152 ms: nbw 1000, last RTT 52000 / 52 = 1000.
    EXPECT_EQ(Sack(152, 152000, 52000), 0);
    EXPECT_EQ(cc->GetLastBandwidthRtt(), 50000u); // neither bandwidth nor RTT updated
    EXPECT_EQ(cc->GetStepCount(), 1u);

    // Losing: still held, but no step counting.
    Make(false);
    Baseline();
    EXPECT_EQ(Sack(152, 147000, 52000), 0); // nbw 967; 47000 / 52 = 903, + 56 < 967
    EXPECT_EQ(cc->GetLastIndication(), SctpCcRtcc::INST_LOSING);
    EXPECT_EQ(cc->GetStepCount(), 0u);
}

TEST_F(SctpCcRtccTest, SameBandwidthRttDown)
{
    Baseline();
    // RTT 48000 < 50000 - 1562; 148000 bytes at 148 ms: nbw 1000, 48000 / 48 = 1000: neutral.
    const uint32_t cwnd = path->m_cWnd;
    EXPECT_EQ(Sack(148, 148000, 48000), 0); // neutral: hold, but the estimate is taken
    EXPECT_EQ(cc->GetLastBandwidthRtt(), 48000u);
    EXPECT_EQ(cc->GetCwndAtBandwidthSet(), cwnd);
    EXPECT_EQ(cc->GetLastStepState(), SctpCcRtcc::STEP_BW_SAME_RTT_DOWN);

    Make(false);
    Baseline();
    // Losing: 143000 bytes at 148 ms: nbw 966; 43000 / 48 = 895, + 55 < 966: grow.
    EXPECT_EQ(Sack(148, 143000, 48000), NET_ACK);
}

// ---- steady-state step down ---------------------------------------------------------------

TEST_F(SctpCcRtccTest, SteadyStateStepsDownEverySteadyStep)
{
    Make(false, 3);
    Baseline();
    EXPECT_EQ(NeutralSack(150), 0);             // count 1
    EXPECT_EQ(NeutralSack(200), 0);             // count 2
    EXPECT_EQ(NeutralSack(250), -int64_t(MTU)); // count 3 = steady_step: one MTU down
    EXPECT_EQ(cc->GetVoluntaryReductions(), 1u);
    EXPECT_EQ(NeutralSack(300), 0);             // 4
    EXPECT_EQ(NeutralSack(350), 0);             // 5
    EXPECT_EQ(NeutralSack(400), -int64_t(MTU)); // 6: 6 % 3 == 0
    EXPECT_EQ(cc->GetVoluntaryReductions(), 2u);
    EXPECT_EQ(cc->GetStepCount(), 6u);

    // RTT falls after the step downs (count 6 > 3): it worked; hold, keep the estimate.
    EXPECT_EQ(Sack(448, 448000, 48000), 0);
    EXPECT_EQ(cc->GetStepCount(), 0u);
    EXPECT_EQ(cc->GetLastBandwidthRtt(), 50000u);
}

TEST_F(SctpCcRtccTest, SteadyStateNeverBelowFourMtu)
{
    Make(false, 1);
    Baseline();
    path->m_cWnd = 4 * MTU;
    EXPECT_EQ(NeutralSack(150), 0); // count 1 == steady_step, but cwnd is not above 4 MTU
    EXPECT_EQ(cc->GetStepCount(), 0u);
    EXPECT_EQ(cc->GetVoluntaryReductions(), 0u);
}

TEST_F(SctpCcRtccTest, SteadyStepZeroDisables)
{
    Make(false, 0);
    Baseline();
    for (uint32_t t = 150; t <= 1500; t += 50)
    {
        EXPECT_EQ(NeutralSack(t), 0);
    }
    EXPECT_EQ(cc->GetVoluntaryReductions(), 0u);
    EXPECT_EQ(cc->GetStepCount(), 0u);
}

// ---- bandwidth decreased ------------------------------------------------------------------

TEST_F(SctpCcRtccTest, BandwidthDownRttUpWeCausedItHolds)
{
    Baseline();
    // t = 200, 180000 bytes: nbw 900 < 1000 - 62; RTT 52000 up; cwnd > cwnd_at_bw_set (0);
    // last RTT 80000 / 52 = 1538 > 900: gaining, not losing. Hold, estimate unchanged.
    const uint32_t ssthresh = path->m_ssThresh;
    EXPECT_EQ(Sack(200, 180000, 52000), 0);
    EXPECT_EQ(cc->GetLastBandwidth(), 1000u);
    EXPECT_EQ(cc->GetLastBandwidthRtt(), 50000u);
    EXPECT_EQ(path->m_ssThresh.Get(), ssthresh);

    // rttvar_eqret 1 also forces congestion avoidance: ssthresh = cwnd - 1, pba = 0.
    Make(false);
    ASSERT_TRUE(cc->SetOption(SctpCcRtcc::OPT_RTCC_SETMODE, 1));
    Baseline();
    path->m_partialBytesAcked = 777;
    EXPECT_EQ(Sack(200, 180000, 52000), 0);
    EXPECT_EQ(path->m_ssThresh.Get(), path->m_cWnd.Get() - 1);
    EXPECT_EQ(path->m_partialBytesAcked, 0u);
}

TEST_F(SctpCcRtccTest, BandwidthDownRttUpSomeoneElseGivesBack)
{
    Make(false, 2);
    Baseline();
    EXPECT_EQ(NeutralSack(150), 0);
    EXPECT_EQ(NeutralSack(200), -int64_t(MTU)); // one voluntary reduction
    ASSERT_EQ(cc->GetVoluntaryReductions(), 1u);
    // t = 250, 230000 bytes: nbw 920 < 938; RTT 52000 up; last RTT 30000 / 52 = 576: losing,
    // so not "we caused it": give one MTU back and take the estimate. Not held, but the flight
    // filled the window before the give-back only, so slow start adds nothing on top.
    EXPECT_EQ(Sack(250, 230000, 52000), int64_t(MTU));
    EXPECT_EQ(cc->GetVoluntaryReductions(), 0u);
    EXPECT_EQ(cc->GetLastStepState(), SctpCcRtcc::STEP_BW_DOWN_RTT_UP);
    EXPECT_EQ(cc->GetLastBandwidth(), 920u);
    EXPECT_EQ(cc->GetLastBandwidthRtt(), 52000u);
}

TEST_F(SctpCcRtccTest, BandwidthDownRttDown)
{
    Baseline();
    // t = 150, 140000 bytes: nbw 933; RTT 48000 down; 40000 / 48 = 833, + 52 < 933: losing.
    EXPECT_EQ(Sack(150, 140000, 48000), NET_ACK);
    EXPECT_EQ(cc->GetLastStepState(), SctpCcRtcc::STEP_BW_DOWN_RTT_DOWN);
    EXPECT_EQ(cc->GetLastBandwidth(), 933u);
    EXPECT_EQ(cc->GetLastBandwidthRtt(), 48000u);
}

TEST_F(SctpCcRtccTest, BandwidthDownRttSameGivesBack)
{
    Make(false, 2);
    Baseline();
    EXPECT_EQ(NeutralSack(150), 0);
    EXPECT_EQ(NeutralSack(200), -int64_t(MTU));
    // t = 250, 230000 bytes: nbw 920; RTT 50000 same; 30000 / 50 = 600: losing. One MTU back
    // (no growth on top: the flight filled only the window before it).
    EXPECT_EQ(Sack(250, 230000, 50000), int64_t(MTU));
    EXPECT_EQ(cc->GetLastStepState(), SctpCcRtcc::STEP_BW_DOWN_RTT_SAME);
    EXPECT_EQ(cc->GetVoluntaryReductions(), 0u);
}

TEST_F(SctpCcRtccTest, BandwidthDownGainingHoldsAndKeepsReductions)
{
    Make(false, 2);
    Baseline();
    EXPECT_EQ(NeutralSack(150), 0);
    EXPECT_EQ(NeutralSack(200), -int64_t(MTU));
    // t = 300, 275000 bytes: nbw 916; RTT 50000 same; 75000 / 50 = 1500 > 916: gaining.
    EXPECT_EQ(Sack(300, 275000, 50000), 0);
    EXPECT_EQ(cc->GetVoluntaryReductions(), 1u); // gaining: nothing given back
    EXPECT_EQ(cc->GetLastBandwidth(), 916u);
}

// ---- the instantaneous indication ---------------------------------------------------------

TEST_F(SctpCcRtccTest, IndicationNeedsAnRttSampleOfAtLeastOneMs)
{
    Baseline();
    EXPECT_EQ(Sack(150, 145000, 50000), NET_ACK); // losing (see above)
    ASSERT_EQ(cc->GetLastIndication(), SctpCcRtcc::INST_LOSING);
    // No RTT sample on this SACK: the last indication stands (losing: grow).
    EXPECT_EQ(Sack(200, 200000, 0), NET_ACK);
    EXPECT_EQ(cc->GetLastIndication(), SctpCcRtcc::INST_LOSING);
    // An RTT sample under 1 ms cannot be divided by: the last indication stands.
    path->m_rttUs = 800;
    EXPECT_EQ(Sack(250, 250000, 800), NET_ACK);
    EXPECT_EQ(cc->GetLastIndication(), SctpCcRtcc::INST_LOSING);
}

// ---- new transmission period --------------------------------------------------------------

TEST_F(SctpCcRtccTest, NewTransmissionClearsTheEstimate)
{
    Make(false, 2);
    Baseline();
    EXPECT_EQ(NeutralSack(150), 0);
    EXPECT_EQ(NeutralSack(200), -int64_t(MTU));
    const uint32_t cwnd = path->m_cWnd;
    cc->NewTransmissionBegins(path, assoc);
    EXPECT_EQ(cc->GetLastBandwidth(), 0u);
    EXPECT_EQ(cc->GetMeasuredBytes(), 0u);
    EXPECT_FALSE(cc->IsMeasuring());
    EXPECT_EQ(cc->GetVoluntaryReductions(), 0u);
    EXPECT_EQ(cc->GetStepCount(), 0u);
    EXPECT_EQ(path->m_cWnd.Get(), cwnd); // rttvar_eqret 0: cwnd kept

    // rttvar_eqret 1: back to the initial window (3 * (MTU - 12)) if above it.
    Make(false);
    ASSERT_TRUE(cc->SetOption(SctpCcRtcc::OPT_RTCC_SETMODE, 1));
    Baseline();
    cc->NewTransmissionBegins(path, assoc);
    EXPECT_EQ(path->m_cWnd.Get(), 3 * (MTU - 12));
    path->m_cWnd = MTU; // after a T3: not raised
    cc->NewTransmissionBegins(path, assoc);
    EXPECT_EQ(path->m_cWnd.Get(), MTU);
}

// ---- fast retransmit, T3, ECN -------------------------------------------------------------

TEST_F(SctpCcRtccTest, FastRetransmitAndTimeoutAreDefault)
{
    path->m_cWnd = 20000;
    path->m_netAck = 1;
    EXPECT_TRUE(cc->UpdateAfterFastRetransmit(path, assoc));
    EXPECT_EQ(path->m_cWnd.Get(), 10000u); // max(cwnd / 2, 2 MTU)
    EXPECT_EQ(path->m_ssThresh.Get(), 10000u);
    path->m_cWnd = 8000;
    cc->UpdateAfterTimeout(path, assoc);
    EXPECT_EQ(path->m_ssThresh.Get(), 4 * MTU); // max(cwnd / 2, 4 MTU)
    EXPECT_EQ(path->m_cWnd.Get(), MTU);
}

TEST_F(SctpCcRtccTest, DcccEcnOnLocalLan)
{
    path->m_localLan = true;
    // New window, the marked TSN was sent with a smaller cwnd: cwnd = prev - n MTU, ssthresh
    // n MTU lower.
    path->m_cWnd = 30000;
    path->m_ssThresh = 60000;
    path->m_ecnPrevCwnd = 20000;
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 2));
    EXPECT_EQ(path->m_cWnd.Get(), 20000u - 2 * MTU);
    EXPECT_EQ(path->m_ssThresh.Get(), 20000u - 4 * MTU);
    // Same window: n more MTUs off both.
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, true, 1));
    EXPECT_EQ(path->m_cWnd.Get(), 20000u - 3 * MTU);
    EXPECT_EQ(path->m_ssThresh.Get(), 20000u - 5 * MTU);
    // The recorded cwnd is not smaller: halve.
    path->m_cWnd = 30000;
    path->m_ecnPrevCwnd = 40000;
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 2));
    EXPECT_EQ(path->m_cWnd.Get(), 15000u);
    EXPECT_EQ(path->m_ssThresh.Get(), 15000u - 2 * MTU);
}

TEST_F(SctpCcRtccTest, DcccEcnFloorsAtOneMtuUnlessFreeBsd)
{
    path->m_localLan = true;
    path->m_cWnd = 30000;
    path->m_ecnPrevCwnd = 2000;
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 3)); // 2000 - 4500 < 0
    EXPECT_EQ(path->m_cWnd.Get(), MTU);
    EXPECT_EQ(path->m_ssThresh.Get(), MTU);

    Make(true);
    path->m_localLan = true;
    path->m_cWnd = 30000;
    path->m_ecnPrevCwnd = 2000;
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 3));
    const uint32_t wrapped = uint32_t(2000) - uint32_t(3 * MTU); // FreeBSD's unsigned result
    EXPECT_EQ(path->m_cWnd.Get(), wrapped);
    EXPECT_EQ(path->m_ssThresh.Get(), wrapped - uint32_t(3 * MTU));
}

TEST_F(SctpCcRtccTest, EcnElsewhereIsDefault)
{
    // Not a local LAN: the default halving.
    path->m_cWnd = 30000;
    path->m_ecnPrevCwnd = 20000;
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 2));
    EXPECT_EQ(path->m_cWnd.Get(), 15000u);
    EXPECT_EQ(path->m_ssThresh.Get(), 15000u);
    // Local LAN with DCCC ECN switched off by the option: the default halving too.
    path->m_localLan = true;
    ASSERT_TRUE(cc->SetOption(SctpCcRtcc::OPT_USE_DCCC_ECN, 0));
    path->m_cWnd = 30000;
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, false, 2));
    EXPECT_EQ(path->m_cWnd.Get(), 15000u);
    EXPECT_FALSE(cc->UpdateAfterEcnEcho(path, assoc, true, 2)); // same window: nothing
    EXPECT_EQ(path->m_cWnd.Get(), 15000u);
}

// ---- options ------------------------------------------------------------------------------

TEST_F(SctpCcRtccTest, Options)
{
    EXPECT_TRUE(cc->HasOptions());
    uint32_t v = 99;
    ASSERT_TRUE(cc->GetOption(SctpCcRtcc::OPT_RTCC_SETMODE, v));
    EXPECT_EQ(v, 0u);
    ASSERT_TRUE(cc->GetOption(SctpCcRtcc::OPT_USE_DCCC_ECN, v));
    EXPECT_EQ(v, 1u);
    ASSERT_TRUE(cc->GetOption(SctpCcRtcc::OPT_STEADY_STEP, v));
    EXPECT_EQ(v, 20u);

    EXPECT_TRUE(cc->SetOption(SctpCcRtcc::OPT_RTCC_SETMODE, 1));
    EXPECT_FALSE(cc->SetOption(SctpCcRtcc::OPT_RTCC_SETMODE, 2));
    EXPECT_FALSE(cc->SetOption(SctpCcRtcc::OPT_USE_DCCC_ECN, 5));
    EXPECT_TRUE(cc->SetOption(SctpCcRtcc::OPT_STEADY_STEP, 65535));
    EXPECT_FALSE(cc->SetOption(SctpCcRtcc::OPT_STEADY_STEP, 70000));
    EXPECT_FALSE(cc->SetOption(0x2003, 1));
    EXPECT_FALSE(cc->GetOption(0x2003, v));
    ASSERT_TRUE(cc->GetOption(SctpCcRtcc::OPT_STEADY_STEP, v));
    EXPECT_EQ(v, 65535u);

    // Re-initialisation takes the attribute values again.
    cc->SetInitialParameters(path, assoc);
    ASSERT_TRUE(cc->GetOption(SctpCcRtcc::OPT_RTCC_SETMODE, v));
    EXPECT_EQ(v, 0u);
    ASSERT_TRUE(cc->GetOption(SctpCcRtcc::OPT_STEADY_STEP, v));
    EXPECT_EQ(v, 20u);

    // FreeBSD stores the value in 16 bits.
    Make(true);
    EXPECT_TRUE(cc->SetOption(SctpCcRtcc::OPT_STEADY_STEP, 70000));
    ASSERT_TRUE(cc->GetOption(SctpCcRtcc::OPT_STEADY_STEP, v));
    EXPECT_EQ(v, 70000u & 0xFFFFu);

    // The other modules have no options.
    Ptr<SctpCcDefault> def = CreateObject<SctpCcDefault>();
    EXPECT_FALSE(def->HasOptions());
    EXPECT_FALSE(def->SetOption(SctpCcRtcc::OPT_STEADY_STEP, 1));
}

TEST_F(SctpCcRtccTest, ForkCopiesTheEstimator)
{
    Baseline();
    Ptr<SctpCcRtcc> copy = DynamicCast<SctpCcRtcc>(cc->Fork());
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->GetLastBandwidth(), 1000u);
    EXPECT_EQ(copy->GetMeasuredBytes(), 100000u);
}

// ---- module numbers -----------------------------------------------------------------------

TEST(SctpCcModules, NumbersMapToTheClasses)
{
    // SCTP_CC_RFC2581 0, SCTP_CC_HSTCP 1, SCTP_CC_HTCP 2, SCTP_CC_RTCC 3 (FreeBSD sctp.h).
    EXPECT_EQ(SctpCongestionOps::TypeIdForModule(0), SctpCcDefault::GetTypeId());
    EXPECT_EQ(SctpCongestionOps::TypeIdForModule(1), SctpCcHighSpeed::GetTypeId());
    EXPECT_EQ(SctpCongestionOps::TypeIdForModule(2), SctpCcHtcp::GetTypeId());
    EXPECT_EQ(SctpCongestionOps::TypeIdForModule(3), SctpCcRtcc::GetTypeId());
    const char* names[] = {"SctpCcDefault", "SctpCcHighSpeed", "SctpCcHtcp", "SctpCcRtcc"};
    for (uint32_t id = 0; id < 4; ++id)
    {
        ObjectFactory factory;
        factory.SetTypeId(SctpCongestionOps::TypeIdForModule(id));
        Ptr<SctpCongestionOps> ops = factory.Create<SctpCongestionOps>();
        ASSERT_NE(ops, nullptr);
        EXPECT_EQ(ops->GetName(), names[id]);
        EXPECT_EQ(ops->HasOptions(), id == 3); // only RTCC has SCTP_CC_OPTION options
    }
}

} // namespace
