/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_CC_HIGHSPEED_H
#define SCTP_CC_HIGHSPEED_H

#include "sctp-cc-default.h"

namespace ns3
{

/**
 * \ingroup sctp
 * \brief HighSpeed TCP (RFC 3649) for SCTP: congestion-control module 1 (SCTP_CC_HSTCP).
 *
 * By default the module follows RFC 3649. The window w is counted in MTU-sized segments
 * (the unit in which the default module grows cwnd). Up to Low_Window = 38 segments the
 * behaviour is the default module's. Above it, congestion avoidance adds a(w) segments per
 * window of acknowledged data (a(w)/w per segment) and a fast retransmit or an ECN-Echo sets
 * cwnd = ssthresh = (1 - b(w)) * cwnd. a(w) and b(w) come from the 73-row table of RFC 3649
 * Appendix B (Low_Window 38, High_Window 83000, High_P 1e-7, High_Decrease 0.1). The table
 * gives the values at each row's w; for a window between two rows the lower row applies, so
 * that a(w) is 1 at Low_Window, continuous with standard TCP. Slow start and the T3-rtx
 * reaction are the default module's.
 *
 * With the attribute FreeBsdCompatible the module reproduces FreeBSD's module 1 exactly:
 * the table is indexed by cwnd in KiB (cwnd >> 10) against the row's w, the increase of the
 * first row whose w exceeds it is added (in KiB) on every SACK in slow start only, congestion
 * avoidance is the default module's one MTU per window, slow start below 38 KiB grows by at
 * most one MTU per SACK, a fast retransmit drops cwnd by the drop percentage of the row last
 * used for an increase, and that row index is never lowered by a decrease (only reset when
 * cwnd falls below 38 KiB). ECN-Echo and T3-rtx are the default module's.
 */
class SctpCcHighSpeed : public SctpCcDefault
{
  public:
    /// RFC 3649 Low_Window: below it HighSpeed TCP behaves as standard TCP (segments).
    static constexpr uint32_t LOW_WINDOW = 38;
    /// Rows of the RFC 3649 Appendix B table.
    static constexpr uint32_t TABLE_SIZE = 73;

    /// One row of RFC 3649 Appendix B.
    struct TableRow
    {
        uint32_t window;          ///< w (segments)
        uint32_t increase;        ///< a(w) (segments per round-trip time)
        uint32_t decreasePercent; ///< b(w) in hundredths
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpCcHighSpeed();

    /**
     * \brief Copy constructor, used by Fork().
     * \param [in] other the instance to copy
     */
    SctpCcHighSpeed(const SctpCcHighSpeed& other);

    ~SctpCcHighSpeed() override;

    /**
     * \brief One row of RFC 3649 Appendix B.
     * \param [in] index row number, 0..72
     * \return the row
     */
    static const TableRow& GetTableRow(uint32_t index);

    /**
     * \brief The table row that applies to a window in RFC 3649 mode: the last row whose w
     * does not exceed the window (row 0 at and below Low_Window).
     * \param [in] segments the window in segments
     * \return the row index
     */
    static uint32_t RfcRowFor(uint32_t segments);

    /**
     * \brief a(w) of RFC 3649 for a window in segments (1 up to Low_Window).
     * \param [in] segments the window in segments
     * \return the increase in segments per round-trip time
     */
    static uint32_t RfcIncrease(uint32_t segments);

    /**
     * \brief b(w) of RFC 3649 for a window in segments (0.5 up to Low_Window).
     * \param [in] segments the window in segments
     * \return the decrease fraction
     */
    static double RfcDecrease(uint32_t segments);

    /**
     * \brief The row index FreeBSD's module last used for an increase (FreeBSD mode state).
     * \return the index, 0..72
     */
    uint32_t GetLastRowUsed() const;

    std::string GetName() const override;
    Ptr<SctpCongestionOps> Fork() override;

    void UpdateAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) override;
    bool UpdateAfterFastRetransmit(Ptr<SctpPathCcState> path,
                                   const SctpCcAssocInputs& assoc) override;

    /**
     * \copydoc SctpCongestionOps::UpdateAfterEcnEcho
     *
     * RFC 3649 mode: an echo outside the reacted-to window is a congestion event, so cwnd =
     * ssthresh = (1 - b(w)) * cwnd with a floor of one MTU (reaching the floor asks for the
     * RTO to be doubled, as the default module does). FreeBSD mode: the default module's halving.
     */
    bool UpdateAfterEcnEcho(Ptr<SctpPathCcState> path,
                            const SctpCcAssocInputs& assoc,
                            bool inWindow,
                            uint32_t numPktLost) override;

  private:
    /**
     * \brief RFC 3649 congestion avoidance above Low_Window: a(w) MTUs per cwnd of acked bytes.
     * \param [in] path the path's congestion state
     * \param [in] assoc association values
     */
    void RfcCongestionAvoidance(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc);

    /**
     * \brief FreeBSD's after-SACK growth: HighSpeed increase in slow start, one MTU per window
     * in congestion avoidance.
     * \param [in] path the path's congestion state
     * \param [in] assoc association values
     */
    void FreeBsdGrow(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc);

    /**
     * \brief FreeBSD's HighSpeed increase (slow start, cwnd-limited).
     * \param [in] path the path's congestion state
     * \param [in] assoc association values (maxCwnd)
     */
    void FreeBsdIncrease(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc);

    /**
     * \brief FreeBSD's HighSpeed decrease (fast retransmit).
     * \param [in] path the path's congestion state
     * \param [in] assoc association values (maxCwnd)
     */
    void FreeBsdDecrease(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc);

    bool m_freeBsdCompatible{false}; ///< reproduce FreeBSD's module 1 exactly
    uint32_t m_lastRowUsed{0};       ///< FreeBSD's last_hs_used
};

} // namespace ns3

#endif /* SCTP_CC_HIGHSPEED_H */
