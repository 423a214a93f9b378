/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-cc-highspeed.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpCcHighSpeed");

NS_OBJECT_ENSURE_REGISTERED(SctpCcHighSpeed);

namespace
{
/// RFC 3649 Appendix B: w (segments), a(w), b(w) in hundredths.
const SctpCcHighSpeed::TableRow g_rfc3649Table[SctpCcHighSpeed::TABLE_SIZE] = {
    {38, 1, 50},     {118, 2, 44},    {221, 3, 41},    {347, 4, 38},    {495, 5, 37},
    {663, 6, 35},    {851, 7, 34},    {1058, 8, 33},   {1284, 9, 32},   {1529, 10, 31},
    {1793, 11, 30},  {2076, 12, 29},  {2378, 13, 28},  {2699, 14, 28},  {3039, 15, 27},
    {3399, 16, 27},  {3778, 17, 26},  {4177, 18, 26},  {4596, 19, 25},  {5036, 20, 25},
    {5497, 21, 24},  {5979, 22, 24},  {6483, 23, 23},  {7009, 24, 23},  {7558, 25, 22},
    {8130, 26, 22},  {8726, 27, 22},  {9346, 28, 21},  {9991, 29, 21},  {10661, 30, 21},
    {11358, 31, 20}, {12082, 32, 20}, {12834, 33, 20}, {13614, 34, 19}, {14424, 35, 19},
    {15265, 36, 19}, {16137, 37, 19}, {17042, 38, 18}, {17981, 39, 18}, {18955, 40, 18},
    {19965, 41, 17}, {21013, 42, 17}, {22101, 43, 17}, {23230, 44, 17}, {24402, 45, 16},
    {25618, 46, 16}, {26881, 47, 16}, {28193, 48, 16}, {29557, 49, 15}, {30975, 50, 15},
    {32450, 51, 15}, {33986, 52, 15}, {35586, 53, 14}, {37253, 54, 14}, {38992, 55, 14},
    {40808, 56, 14}, {42707, 57, 13}, {44694, 58, 13}, {46776, 59, 13}, {48961, 60, 13},
    {51258, 61, 13}, {53677, 62, 12}, {56230, 63, 12}, {58932, 64, 12}, {61799, 65, 12},
    {64851, 66, 11}, {68113, 67, 11}, {71617, 68, 11}, {75401, 69, 10}, {79517, 70, 10},
    {84035, 71, 10}, {89053, 72, 10}, {94717, 73, 9},
};

/// FreeBSD's slow-start table index unit: cwnd >> 10 (KiB).
constexpr uint32_t KIB_SHIFT = 10;
} // namespace

TypeId
SctpCcHighSpeed::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpCcHighSpeed")
            .SetParent<SctpCcDefault>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpCcHighSpeed>()
            .AddAttribute("FreeBsdCompatible",
                          "Reproduce FreeBSD's module 1 exactly (table indexed by cwnd in KiB, "
                          "applied per SACK in slow start only, the row index not lowered on a "
                          "decrease) instead of RFC 3649",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpCcHighSpeed::m_freeBsdCompatible),
                          MakeBooleanChecker());
    return tid;
}

SctpCcHighSpeed::SctpCcHighSpeed()
{
    NS_LOG_FUNCTION(this);
}

SctpCcHighSpeed::SctpCcHighSpeed(const SctpCcHighSpeed& other)
    : SctpCcDefault(other),
      m_freeBsdCompatible(other.m_freeBsdCompatible),
      m_lastRowUsed(other.m_lastRowUsed)
{
}

SctpCcHighSpeed::~SctpCcHighSpeed()
{
    NS_LOG_FUNCTION(this);
}

std::string
SctpCcHighSpeed::GetName() const
{
    NS_LOG_FUNCTION(this);
    return "SctpCcHighSpeed";
}

Ptr<SctpCongestionOps>
SctpCcHighSpeed::Fork()
{
    NS_LOG_FUNCTION(this);
    return CopyObject<SctpCcHighSpeed>(this);
}

const SctpCcHighSpeed::TableRow&
SctpCcHighSpeed::GetTableRow(uint32_t index)
{
    NS_LOG_FUNCTION(index);
    NS_ABORT_MSG_IF(index >= TABLE_SIZE, "HighSpeed table has no row " << index);
    return g_rfc3649Table[index];
}

uint32_t
SctpCcHighSpeed::RfcRowFor(uint32_t segments)
{
    NS_LOG_FUNCTION(segments);
    // The first row whose w exceeds the window; the row before it applies.
    const TableRow* end = g_rfc3649Table + TABLE_SIZE;
    const TableRow* above =
        std::upper_bound(g_rfc3649Table, end, segments, [](uint32_t w, const TableRow& row) {
            return w < row.window;
        });
    return above == g_rfc3649Table ? 0 : static_cast<uint32_t>(above - g_rfc3649Table) - 1;
}

uint32_t
SctpCcHighSpeed::RfcIncrease(uint32_t segments)
{
    NS_LOG_FUNCTION(segments);
    return g_rfc3649Table[RfcRowFor(segments)].increase;
}

double
SctpCcHighSpeed::RfcDecrease(uint32_t segments)
{
    NS_LOG_FUNCTION(segments);
    return g_rfc3649Table[RfcRowFor(segments)].decreasePercent / 100.0;
}

uint32_t
SctpCcHighSpeed::GetLastRowUsed() const
{
    NS_LOG_FUNCTION(this);
    return m_lastRowUsed;
}

void
SctpCcHighSpeed::UpdateAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    if (path->m_netAck == 0)
    {
        return;
    }
    if (assoc.inFastRecovery && !assoc.willExitFastRecovery && assoc.cmtOnOff == 0)
    {
        NS_LOG_LOGIC("in fast recovery: no growth");
        return;
    }
    if (m_freeBsdCompatible)
    {
        FreeBsdGrow(path, assoc);
        return;
    }
    const uint32_t segments = path->m_cWnd / path->m_mtu;
    if (path->m_cWnd <= path->m_ssThresh || segments <= LOW_WINDOW)
    {
        // Slow start, and standard TCP up to Low_Window.
        GrowAfterSack(path, assoc);
        return;
    }
    RfcCongestionAvoidance(path, assoc);
}

void
SctpCcHighSpeed::RfcCongestionAvoidance(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    if (!assoc.accumMoved && !(assoc.cmtOnOff > 0 && path->m_newPseudoCumack))
    {
        NS_LOG_LOGIC("cumack did not move: no growth");
        return;
    }
    const uint32_t cwnd = path->m_cWnd;
    const uint32_t mtu = path->m_mtu;
    const bool cwndLimited = static_cast<uint64_t>(path->m_flightSize) + path->m_netAck >= cwnd;
    path->m_partialBytesAcked += path->m_netAck;
    if (cwndLimited && path->m_partialBytesAcked >= cwnd)
    {
        // a(w)/w segments per acked segment is a(w) segments per window of acked data.
        path->m_partialBytesAcked -= cwnd;
        const uint64_t incr = static_cast<uint64_t>(RfcIncrease(cwnd / mtu)) * mtu;
        path->m_cWnd = static_cast<uint32_t>(std::min<uint64_t>(cwnd + incr, UINT32_MAX));
        EnforceCwndLimit(path, assoc.maxCwnd);
        NS_LOG_LOGIC("HighSpeed congestion avoidance: cwnd " << cwnd << " -> " << path->m_cWnd);
    }
}

void
SctpCcHighSpeed::FreeBsdGrow(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    if (!assoc.accumMoved && !(assoc.cmtOnOff > 0 && path->m_newPseudoCumack))
    {
        NS_LOG_LOGIC("cumack did not move: no growth");
        return;
    }
    const uint32_t cwnd = path->m_cWnd;
    const bool cwndLimited = static_cast<uint64_t>(path->m_flightSize) + path->m_netAck >= cwnd;
    if (cwnd <= path->m_ssThresh)
    {
        if (cwndLimited)
        {
            FreeBsdIncrease(path, assoc);
        }
        return;
    }
    // Congestion avoidance is plain one MTU per window in FreeBSD's module 1.
    path->m_partialBytesAcked += path->m_netAck;
    if (cwndLimited && path->m_partialBytesAcked >= cwnd)
    {
        path->m_partialBytesAcked -= cwnd;
        path->m_cWnd = cwnd + path->m_mtu;
        EnforceCwndLimit(path, assoc.maxCwnd);
    }
}

void
SctpCcHighSpeed::FreeBsdIncrease(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    const uint32_t cwnd = path->m_cWnd;
    const uint32_t kib = cwnd >> KIB_SHIFT;
    if (kib < g_rfc3649Table[0].window)
    {
        // Below the table: at most one MTU per SACK (not abc_l_var MTUs).
        path->m_cWnd = cwnd + std::min(path->m_netAck, path->m_mtu);
    }
    else
    {
        // The scan starts at the row used last, so a row left too high by a decrease is kept.
        uint32_t row = TABLE_SIZE - 1;
        for (uint32_t i = m_lastRowUsed; i < TABLE_SIZE; ++i)
        {
            if (kib < g_rfc3649Table[i].window)
            {
                row = i;
                break;
            }
        }
        m_lastRowUsed = row;
        path->m_cWnd = cwnd + (g_rfc3649Table[row].increase << KIB_SHIFT);
    }
    EnforceCwndLimit(path, assoc.maxCwnd);
    NS_LOG_LOGIC("FreeBSD HighSpeed slow start: cwnd " << cwnd << " -> " << path->m_cWnd << " row "
                                                       << m_lastRowUsed);
}

bool
SctpCcHighSpeed::UpdateAfterFastRetransmit(Ptr<SctpPathCcState> path,
                                           const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    if (path->m_netAck == 0)
    {
        return false;
    }
    if (assoc.inFastRecovery && assoc.cmtOnOff == 0)
    {
        NS_LOG_LOGIC("already in fast recovery: no second reduction");
        return false;
    }
    const uint32_t cwnd = path->m_cWnd;
    if (m_freeBsdCompatible)
    {
        FreeBsdDecrease(path, assoc);
    }
    else
    {
        const uint32_t mtu = path->m_mtu;
        const uint64_t percent = g_rfc3649Table[RfcRowFor(cwnd / mtu)].decreasePercent;
        const uint64_t reduced = static_cast<uint64_t>(cwnd) * (100 - percent) / 100;
        path->m_ssThresh = static_cast<uint32_t>(std::max<uint64_t>(reduced, 2 * mtu));
        path->m_cWnd = path->m_ssThresh;
        EnforceCwndLimit(path, assoc.maxCwnd);
    }
    path->m_partialBytesAcked = 0;
    NS_LOG_LOGIC("fast retransmit: cwnd " << cwnd << " -> " << path->m_cWnd << " ssthresh "
                                          << path->m_ssThresh);
    return true;
}

void
SctpCcHighSpeed::FreeBsdDecrease(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc)
{
    NS_LOG_FUNCTION(this << path);
    const uint32_t cwnd = path->m_cWnd;
    const uint32_t mtu = path->m_mtu;
    if ((cwnd >> KIB_SHIFT) < g_rfc3649Table[0].window)
    {
        path->m_ssThresh = std::max(cwnd / 2, 2 * mtu);
        path->m_cWnd = path->m_ssThresh;
    }
    else
    {
        // The drop of the row last used for an increase, in whole hundredths of cwnd.
        path->m_ssThresh = cwnd - (cwnd / 100) * g_rfc3649Table[m_lastRowUsed].decreasePercent;
        path->m_cWnd = path->m_ssThresh;
        if ((path->m_cWnd >> KIB_SHIFT) < g_rfc3649Table[0].window)
        {
            m_lastRowUsed = 0;
        }
        // Otherwise FreeBSD keeps the row index it had: it is not lowered to the new cwnd.
    }
    EnforceCwndLimit(path, assoc.maxCwnd);
}

bool
SctpCcHighSpeed::UpdateAfterEcnEcho(Ptr<SctpPathCcState> path,
                                    const SctpCcAssocInputs& assoc,
                                    bool inWindow,
                                    uint32_t numPktLost)
{
    NS_LOG_FUNCTION(this << path << inWindow << numPktLost);
    if (m_freeBsdCompatible)
    {
        return SctpCcDefault::UpdateAfterEcnEcho(path, assoc, inWindow, numPktLost);
    }
    if (inWindow)
    {
        return false;
    }
    const uint32_t cwnd = path->m_cWnd;
    const uint32_t mtu = path->m_mtu;
    const uint64_t percent = g_rfc3649Table[RfcRowFor(cwnd / mtu)].decreasePercent;
    uint64_t ssthresh = static_cast<uint64_t>(cwnd) * (100 - percent) / 100;
    bool doubleRto = false;
    if (ssthresh < mtu)
    {
        ssthresh = mtu;
        doubleRto = true;
    }
    path->m_ssThresh = static_cast<uint32_t>(ssthresh);
    path->m_cWnd = path->m_ssThresh;
    NS_LOG_LOGIC("ECN-Echo: cwnd " << cwnd << " -> " << path->m_cWnd
                                   << (doubleRto ? ", RTO doubled" : ""));
    return doubleRto;
}

} // namespace ns3
