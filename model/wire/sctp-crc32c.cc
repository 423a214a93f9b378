/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-crc32c.h"

#include <boost/crc.hpp>

namespace ns3
{

namespace
{
/// CRC32c: polynomial 0x1EDC6F41, reflected, initial and final XOR all ones.
using Crc32c = boost::crc_optimal<32, 0x1EDC6F41, 0xFFFFFFFF, 0xFFFFFFFF, true, true>;
constexpr size_t CHECKSUM_OFFSET = 8;
} // namespace

uint32_t
SctpCrc32c::Compute(const uint8_t* data, size_t len)
{
    Crc32c crc;
    crc.process_bytes(data, len);
    return crc.checksum();
}

uint32_t
SctpCrc32c::ComputePacket(const uint8_t* packet, size_t len)
{
    static const uint8_t zeros[4] = {0, 0, 0, 0};
    Crc32c crc;
    crc.process_bytes(packet, CHECKSUM_OFFSET);
    crc.process_bytes(zeros, 4);
    crc.process_bytes(packet + CHECKSUM_OFFSET + 4, len - CHECKSUM_OFFSET - 4);
    return crc.checksum();
}

void
SctpCrc32c::Store(uint8_t* packet, size_t len)
{
    uint32_t crc = ComputePacket(packet, len);
    for (int i = 0; i < 4; ++i)
    {
        packet[CHECKSUM_OFFSET + i] = static_cast<uint8_t>(crc >> (8 * i));
    }
}

bool
SctpCrc32c::Verify(const uint8_t* packet, size_t len)
{
    if (len < CHECKSUM_OFFSET + 4)
    {
        return false;
    }
    uint32_t stored = 0;
    for (int i = 0; i < 4; ++i)
    {
        stored |= static_cast<uint32_t>(packet[CHECKSUM_OFFSET + i]) << (8 * i);
    }
    return stored == ComputePacket(packet, len);
}

} // namespace ns3
