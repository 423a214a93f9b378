/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-tsn-tracker.h"

#include "sctp-serial.h"

#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpTsnTracker");

namespace
{
/**
 * \param [in] window the requested window
 * \return the bitmap size: the smallest power of two, at least 64, that covers the window
 */
uint32_t
BitmapSize(uint32_t window)
{
    uint32_t size = SctpTsnTracker::MIN_WINDOW;
    while (size < window)
    {
        size <<= 1;
    }
    return size;
}
} // namespace

SctpTsnTracker::SctpTsnTracker(uint32_t window, uint32_t maxDuplicates)
    : m_window(std::clamp(window, MIN_WINDOW, MAX_WINDOW)),
      m_mask(BitmapSize(m_window) - 1),
      m_bits((m_mask + 1) / 64, 0),
      m_maxDuplicates(maxDuplicates)
{
    NS_LOG_FUNCTION(this << window << maxDuplicates);
    m_dups.reserve(m_maxDuplicates);
}

void
SctpTsnTracker::Reset(uint32_t peerInitialTsn)
{
    NS_LOG_FUNCTION(this << peerInitialTsn);
    std::fill(m_bits.begin(), m_bits.end(), 0);
    m_cumTsn = peerInitialTsn - 1;
    m_highestTsn = m_cumTsn;
    m_dups.clear();
    m_dupCount = 0;
}

SctpTsnTracker::RecordResult
SctpTsnTracker::Record(uint32_t tsn)
{
    NS_LOG_FUNCTION(this << tsn);
    bool duplicate = SctpTsnLe(tsn, m_cumTsn);
    if (!duplicate)
    {
        // Two serial numbers exactly 2^31 apart are unordered; the offset then exceeds any
        // window, so such a TSN is refused rather than guessed at.
        uint32_t offset = tsn - m_cumTsn - 1;
        if (offset >= m_window)
        {
            NS_LOG_LOGIC("TSN " << tsn << " beyond the window above " << m_cumTsn);
            return RecordResult::OUT_OF_WINDOW;
        }
        uint32_t pos = tsn & m_mask;
        uint64_t bit = uint64_t{1} << (pos & 63);
        duplicate = (m_bits[pos >> 6] & bit) != 0;
        if (!duplicate)
        {
            m_bits[pos >> 6] |= bit;
            if (SctpTsnGt(tsn, m_highestTsn))
            {
                m_highestTsn = tsn;
            }
            if (offset == 0)
            {
                Advance();
            }
            return RecordResult::NEW;
        }
    }
    NS_LOG_LOGIC("duplicate TSN " << tsn);
    ++m_dupCount;
    if (m_dups.size() < m_maxDuplicates)
    {
        m_dups.push_back(tsn);
    }
    return RecordResult::DUPLICATE;
}

bool
SctpTsnTracker::IsReceived(uint32_t tsn) const
{
    if (SctpTsnLe(tsn, m_cumTsn))
    {
        return true;
    }
    uint32_t offset = tsn - m_cumTsn - 1;
    if (offset >= m_window)
    {
        return false;
    }
    uint32_t pos = tsn & m_mask;
    return (m_bits[pos >> 6] >> (pos & 63)) & 1;
}

uint32_t
SctpTsnTracker::GetCumulativeTsn() const
{
    return m_cumTsn;
}

uint32_t
SctpTsnTracker::GetHighestTsn() const
{
    return m_highestTsn;
}

bool
SctpTsnTracker::HasGaps() const
{
    // The cumulative TSN always runs over contiguous receptions, so anything above it sits
    // beyond a hole.
    return m_highestTsn != m_cumTsn;
}

std::size_t
SctpTsnTracker::GetGapAckBlocks(std::vector<SctpGapAckBlock>& blocks, std::size_t maxBlocks) const
{
    NS_LOG_FUNCTION(this << maxBlocks);
    blocks.clear();
    uint32_t end = m_highestTsn - m_cumTsn; // offsets 0 .. end-1 are cumTsn+1 .. highest
    uint32_t offset = 0;
    while (blocks.size() < maxBlocks)
    {
        uint32_t first = Find(offset, end, true);
        if (first >= end)
        {
            break;
        }
        uint32_t afterLast = Find(first, end, false);
        // Offset o stands for TSN cumTsn + 1 + o, i.e. gap offset o + 1.
        blocks.push_back({static_cast<uint16_t>(first + 1), static_cast<uint16_t>(afterLast)});
        offset = afterLast;
    }
    return blocks.size();
}

const std::vector<uint32_t>&
SctpTsnTracker::GetDuplicates() const
{
    return m_dups;
}

uint32_t
SctpTsnTracker::GetDuplicateCount() const
{
    return m_dupCount;
}

void
SctpTsnTracker::ClearDuplicates()
{
    NS_LOG_FUNCTION(this);
    m_dups.clear();
    m_dupCount = 0;
}

bool
SctpTsnTracker::Forward(uint32_t newCumTsn)
{
    NS_LOG_FUNCTION(this << newCumTsn);
    if (!SctpTsnGt(newCumTsn, m_cumTsn))
    {
        NS_LOG_LOGIC("stale FORWARD-TSN " << newCumTsn << ", cumulative TSN " << m_cumTsn);
        return false;
    }
    uint32_t distance = newCumTsn - m_cumTsn;
    if (distance >= m_window)
    {
        // Every tracked TSN lies in (cumTsn, cumTsn + window], all of it at or below the new point.
        std::fill(m_bits.begin(), m_bits.end(), 0);
    }
    else
    {
        ClearRange(m_cumTsn + 1, distance);
    }
    m_cumTsn = newCumTsn;
    if (SctpTsnGt(newCumTsn, m_highestTsn))
    {
        m_highestTsn = newCumTsn;
    }
    Advance();
    return true;
}

uint32_t
SctpTsnTracker::GetWindow() const
{
    return m_window;
}

uint32_t
SctpTsnTracker::Find(uint32_t fromOffset, uint32_t endOffset, bool value) const
{
    uint32_t offset = fromOffset;
    while (offset < endOffset)
    {
        uint32_t pos = (m_cumTsn + 1 + offset) & m_mask;
        uint32_t bit = pos & 63;
        uint64_t word = m_bits[pos >> 6];
        if (!value)
        {
            word = ~word;
        }
        // The ring size is a multiple of 64, so a word never straddles the wrap; after the shift
        // the bits above the word's end are zero and cannot match.
        word >>= bit;
        if (word != 0)
        {
            return std::min(offset + static_cast<uint32_t>(__builtin_ctzll(word)), endOffset);
        }
        offset += 64 - bit;
    }
    return endOffset;
}

void
SctpTsnTracker::ClearRange(uint32_t tsn, uint32_t count)
{
    while (count > 0)
    {
        uint32_t pos = tsn & m_mask;
        uint32_t bit = pos & 63;
        uint32_t n = std::min(64 - bit, count);
        uint64_t mask = (n == 64) ? ~uint64_t{0} : (((uint64_t{1} << n) - 1) << bit);
        m_bits[pos >> 6] &= ~mask;
        tsn += n;
        count -= n;
    }
}

void
SctpTsnTracker::Advance()
{
    uint32_t run = Find(0, m_window, false);
    if (run > 0)
    {
        // Clear the bits now below the cumulative TSN so the ring can reuse them.
        ClearRange(m_cumTsn + 1, run);
        m_cumTsn += run;
        NS_LOG_LOGIC("cumulative TSN now " << m_cumTsn);
    }
}

} // namespace ns3
