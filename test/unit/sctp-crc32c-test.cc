/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// CRC32c against the test vectors of RFC 3720 Appendix B.4 and the standard check value.

#include "ns3/sctp-crc32c.h"

#include <gtest/gtest.h>
#include <numeric>
#include <vector>

using namespace ns3;

namespace
{
/// RFC 3720 B.4 prints each CRC as the bytes on the wire; this turns them into the value.
uint32_t
FromWireBytes(uint8_t b0, uint8_t b1, uint8_t b2, uint8_t b3)
{
    return b0 | (b1 << 8) | (b2 << 16) | (static_cast<uint32_t>(b3) << 24);
}
} // namespace

TEST(SctpCrc32c, Rfc3720AllZeros)
{
    std::vector<uint8_t> data(32, 0x00);
    EXPECT_EQ(SctpCrc32c::Compute(data.data(), data.size()), FromWireBytes(0xaa, 0x36, 0x91, 0x8a));
}

TEST(SctpCrc32c, Rfc3720AllOnes)
{
    std::vector<uint8_t> data(32, 0xff);
    EXPECT_EQ(SctpCrc32c::Compute(data.data(), data.size()), FromWireBytes(0x43, 0xab, 0xa8, 0x62));
}

TEST(SctpCrc32c, Rfc3720Incrementing)
{
    std::vector<uint8_t> data(32);
    std::iota(data.begin(), data.end(), 0);
    EXPECT_EQ(SctpCrc32c::Compute(data.data(), data.size()), FromWireBytes(0x4e, 0x79, 0xdd, 0x46));
}

TEST(SctpCrc32c, Rfc3720Decrementing)
{
    std::vector<uint8_t> data(32);
    for (size_t i = 0; i < data.size(); ++i)
    {
        data[i] = static_cast<uint8_t>(31 - i);
    }
    EXPECT_EQ(SctpCrc32c::Compute(data.data(), data.size()), FromWireBytes(0x5c, 0xdb, 0x3f, 0x11));
}

TEST(SctpCrc32c, Rfc3720IscsiReadPdu)
{
    std::vector<uint8_t> data = {0x01, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00,
                                 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x14, 0x00, 0x00,
                                 0x00, 0x18, 0x28, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    EXPECT_EQ(SctpCrc32c::Compute(data.data(), data.size()), FromWireBytes(0x56, 0x3a, 0x96, 0xd9));
}

TEST(SctpCrc32c, CheckValue)
{
    const char* s = "123456789";
    EXPECT_EQ(SctpCrc32c::Compute(reinterpret_cast<const uint8_t*>(s), 9), 0xE3069283u);
}

TEST(SctpCrc32c, StoreAndVerifyPacket)
{
    // Common header + COOKIE-ACK; the checksum field is computed as zero and stored LSB first.
    std::vector<uint8_t> pkt = {0x13,
                                0x88,
                                0x00,
                                0x50,
                                0xde,
                                0xad,
                                0xbe,
                                0xef,
                                0xff,
                                0xff,
                                0xff,
                                0xff,
                                0x0b,
                                0x00,
                                0x00,
                                0x04};
    SctpCrc32c::Store(pkt.data(), pkt.size());
    std::vector<uint8_t> zeroed = pkt;
    zeroed[8] = zeroed[9] = zeroed[10] = zeroed[11] = 0;
    uint32_t crc = SctpCrc32c::Compute(zeroed.data(), zeroed.size());
    EXPECT_EQ(pkt[8], crc & 0xff);
    EXPECT_EQ(pkt[11], crc >> 24);
    EXPECT_TRUE(SctpCrc32c::Verify(pkt.data(), pkt.size()));
    pkt[13] ^= 0x01;
    EXPECT_FALSE(SctpCrc32c::Verify(pkt.data(), pkt.size()));
    EXPECT_FALSE(SctpCrc32c::Verify(pkt.data(), 11));
}
