/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_CRC32C_H
#define SCTP_CRC32C_H

#include <cstddef>
#include <cstdint>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief CRC32c (Castagnoli) of SCTP packets, RFC 9260 Appendix A, computed with Boost.CRC.
 */
class SctpCrc32c
{
  public:
    /**
     * \brief The CRC32c of a byte range, as RFC 3720 B.4 lists its test values.
     * \param [in] data the bytes
     * \param [in] len their number
     * \return the CRC
     */
    static uint32_t Compute(const uint8_t* data, size_t len);

    /**
     * \brief The checksum of an SCTP packet, computed as if its checksum field were zero.
     * \param [in] packet the packet, common header first
     * \param [in] len its length (at least 12)
     * \return the CRC
     */
    static uint32_t ComputePacket(const uint8_t* packet, size_t len);

    /**
     * \brief Compute the packet's checksum and write it into its checksum field (bytes 8-11).
     *
     * The CRC's least significant byte goes first on the wire (RFC 9260 Appendix A).
     * \param [in,out] packet the packet
     * \param [in] len its length (at least 12)
     */
    static void Store(uint8_t* packet, size_t len);

    /**
     * \param [in] packet the packet
     * \param [in] len its length
     * \return true if the checksum field holds the packet's CRC32c
     */
    static bool Verify(const uint8_t* packet, size_t len);
};

} // namespace ns3

#endif /* SCTP_CRC32C_H */
