/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_TSN_TRACKER_H
#define SCTP_TSN_TRACKER_H

#include "ns3/sctp-control-chunks.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief The data receiver's TSN map: cumulative TSN ack point, gaps, duplicates (RFC 9260 §6.2).
 *
 * A ring-buffer bitmap, like FreeBSD's mapping array, holds one bit for each TSN in
 * (cumTsn, cumTsn + window]. A TSN at or below the cumulative TSN is a duplicate; one past the
 * window is refused, so the association drops the chunk without acknowledging it and the sender
 * retransmits it later. The window is at most 65535 TSNs because a Gap Ack Block offset is 16
 * bits. Recording a TSN costs O(1); advancing the cumulative TSN is amortised O(1) per TSN and
 * works on 64 bits at a time; building gap blocks costs O(window / 64).
 *
 * Duplicates are collected until ClearDuplicates() (call it when a SACK is sent). Like FreeBSD
 * (SCTP_MAX_DUP_TSNS = 20, freebsd-behaviour.md §5.2) at most a fixed number are kept; further
 * duplicates still count in GetDuplicateCount() so the association knows a SACK is due.
 *
 * Gap blocks come out as the wire's SctpGapAckBlock (offsets from the cumulative TSN), ready
 * for SctpSackChunk::SetGapAckBlocks.
 *
 * NR-SACK (non-renegable gap blocks, FreeBSD's nr_mapping_array) is not implemented: the hook is
 * a second bitmap with the same indexing, fed when the reassembly hands a TSN's data to the
 * application, and scanned by the same block builder.
 */
class SctpTsnTracker
{
  public:
    /// What Record() found.
    enum class RecordResult
    {
        NEW,          //!< first reception: the TSN is now acknowledged
        DUPLICATE,    //!< already received (or at/below the cumulative TSN): report in the SACK
        OUT_OF_WINDOW //!< beyond the tracking window: drop the chunk, do not acknowledge it
    };

    /// Largest window: Gap Ack Block offsets are 16 bits.
    static constexpr uint32_t MAX_WINDOW = 65535;
    /// Smallest window, one bitmap word.
    static constexpr uint32_t MIN_WINDOW = 64;
    /// Default number of duplicates kept between SACKs (FreeBSD's SCTP_MAX_DUP_TSNS).
    static constexpr uint32_t DEFAULT_MAX_DUPLICATES = 20;

    /**
     * \brief Construct a tracker.
     * \param [in] window how many TSNs past the cumulative TSN can be held (clamped to
     *             [MIN_WINDOW, MAX_WINDOW]); the association sizes it from its receive buffer
     * \param [in] maxDuplicates how many duplicate TSNs to keep for the next SACK
     */
    explicit SctpTsnTracker(uint32_t window = MAX_WINDOW,
                            uint32_t maxDuplicates = DEFAULT_MAX_DUPLICATES);

    /**
     * \brief Start over for a new association (or a restart).
     * \param [in] peerInitialTsn the Initial TSN from the peer's INIT or INIT ACK; the cumulative
     *             TSN becomes peerInitialTsn - 1 (RFC 9260 §6.2)
     */
    void Reset(uint32_t peerInitialTsn);

    /**
     * \brief Note the arrival of a DATA or I-DATA chunk.
     * \param [in] tsn its TSN
     * \return whether it is new, a duplicate (recorded for the SACK), or out of the window
     */
    RecordResult Record(uint32_t tsn);

    /**
     * \param [in] tsn a TSN
     * \return true if tsn is at or below the cumulative TSN or has been received above it
     */
    bool IsReceived(uint32_t tsn) const;

    /// \return the Cumulative TSN Ack: every TSN up to it has been received (or skipped)
    uint32_t GetCumulativeTsn() const;

    /// \return the highest TSN received or skipped; the cumulative TSN when nothing is above it
    uint32_t GetHighestTsn() const;

    /// \return true if a TSN above the cumulative TSN has been received (RFC 9260 §6.7: SACK now)
    bool HasGaps() const;

    /**
     * \brief Build the Gap Ack Blocks of a SACK, lowest first.
     * \param [out] blocks cleared, then filled (reuse one vector to avoid an allocation per SACK)
     * \param [in] maxBlocks the most blocks the caller's SACK can carry
     * \return the number of blocks written
     */
    std::size_t GetGapAckBlocks(std::vector<SctpGapAckBlock>& blocks, std::size_t maxBlocks) const;

    /// \return the duplicate TSNs kept since the last ClearDuplicates(), in arrival order
    const std::vector<uint32_t>& GetDuplicates() const;

    /// \return how many duplicates arrived since the last ClearDuplicates(), kept or not
    uint32_t GetDuplicateCount() const;

    /// Forget the duplicates: they went out in a SACK.
    void ClearDuplicates();

    /**
     * \brief Apply a FORWARD-TSN or I-FORWARD-TSN (RFC 3758 §3.6, RFC 8260 §2.3).
     *
     * The cumulative TSN moves to newCumTsn, state below it is discarded, and then the cumulative
     * TSN advances further over any TSNs already received after it.
     * \param [in] newCumTsn the New Cumulative TSN of the chunk
     * \return false (and nothing changes) if newCumTsn is not above the cumulative TSN
     */
    bool Forward(uint32_t newCumTsn);

    /// \return the tracking window in TSNs
    uint32_t GetWindow() const;

  private:
    /**
     * \param [in] fromOffset first offset to look at (offset 0 is cumTsn + 1)
     * \param [in] endOffset one past the last offset to look at
     * \param [in] value the bit value looked for
     * \return the first offset in [fromOffset, endOffset) whose bit equals value, or endOffset
     */
    uint32_t Find(uint32_t fromOffset, uint32_t endOffset, bool value) const;

    /**
     * \brief Clear the bits of count TSNs starting at tsn.
     * \param [in] tsn first TSN
     * \param [in] count number of TSNs (at most the bitmap size)
     */
    void ClearRange(uint32_t tsn, uint32_t count);

    /// Move the cumulative TSN over the received TSNs that follow it.
    void Advance();

    uint32_t m_window;            //!< TSNs accepted past the cumulative TSN
    uint32_t m_mask;              //!< bitmap size - 1 (the size is a power of two)
    std::vector<uint64_t> m_bits; //!< the ring: bit (tsn & m_mask) for TSN tsn
    uint32_t m_cumTsn{0};         //!< cumulative TSN ack point
    uint32_t m_highestTsn{0};     //!< highest TSN received or skipped
    uint32_t m_maxDuplicates;     //!< duplicates kept for one SACK
    std::vector<uint32_t> m_dups; //!< duplicates kept since the last SACK
    uint32_t m_dupCount{0};       //!< duplicates seen since the last SACK
};

} // namespace ns3

#endif /* SCTP_TSN_TRACKER_H */
