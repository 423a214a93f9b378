/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-message-pattern.h"

#include <algorithm>

namespace ns3
{

namespace
{

void
PutU32(uint8_t* p, uint32_t v)
{
    p[0] = static_cast<uint8_t>(v >> 24);
    p[1] = static_cast<uint8_t>(v >> 16);
    p[2] = static_cast<uint8_t>(v >> 8);
    p[3] = static_cast<uint8_t>(v);
}

uint32_t
GetU32(const uint8_t* p)
{
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
}

} // namespace

uint8_t
SctpMessagePattern::CheckByte(const uint8_t* header)
{
    // A rotate-and-add over the header without the check byte itself: any single byte error
    // and most multi-byte errors change it.
    uint8_t sum = 0xA5;
    for (uint32_t i = 0; i < HEADER_SIZE; ++i)
    {
        if (i == 15)
        {
            continue;
        }
        sum = static_cast<uint8_t>(((sum << 1) | (sum >> 7)) + header[i]);
    }
    return sum;
}

std::vector<uint8_t>
SctpMessagePattern::Make(const SctpMessageDescription& desc)
{
    uint32_t size = std::max(desc.size, HEADER_SIZE);
    std::vector<uint8_t> data(size);
    uint8_t* p = data.data();
    PutU32(p, desc.number);
    PutU32(p + 4, size);
    PutU32(p + 8, desc.ppid);
    p[12] = static_cast<uint8_t>(desc.sid >> 8);
    p[13] = static_cast<uint8_t>(desc.sid);
    p[14] = (desc.unordered ? FLAG_UNORDERED : 0) | (desc.last ? FLAG_LAST : 0);
    uint64_t t = static_cast<uint64_t>(desc.sendTimeNs);
    PutU32(p + 16, static_cast<uint32_t>(t >> 32));
    PutU32(p + 20, static_cast<uint32_t>(t));
    p[15] = CheckByte(p);
    for (uint32_t i = HEADER_SIZE; i < size; ++i)
    {
        p[i] = BodyByte(desc.number, i);
    }
    return data;
}

bool
SctpMessagePattern::Check(const std::vector<uint8_t>& data,
                          SctpMessageDescription& desc,
                          std::string& error)
{
    error.clear();
    if (data.size() < HEADER_SIZE)
    {
        error = "message of " + std::to_string(data.size()) + " bytes, shorter than the " +
                std::to_string(HEADER_SIZE) + "-byte header";
        return false;
    }
    const uint8_t* p = data.data();
    desc.number = GetU32(p);
    desc.size = GetU32(p + 4);
    desc.ppid = GetU32(p + 8);
    desc.sid = static_cast<uint16_t>((p[12] << 8) | p[13]);
    desc.unordered = (p[14] & FLAG_UNORDERED) != 0;
    desc.last = (p[14] & FLAG_LAST) != 0;
    desc.sendTimeNs = static_cast<int64_t>((uint64_t(GetU32(p + 16)) << 32) | GetU32(p + 20));
    if (p[15] != CheckByte(p))
    {
        error =
            "corrupt header (check byte) in a message of " + std::to_string(data.size()) + " bytes";
        return false;
    }
    if (desc.size != data.size())
    {
        error = "message " + std::to_string(desc.number) + " has " + std::to_string(data.size()) +
                " bytes, its header says " + std::to_string(desc.size);
        return false;
    }
    if ((p[14] & ~(FLAG_UNORDERED | FLAG_LAST)) != 0)
    {
        error = "message " + std::to_string(desc.number) + " has unknown flags";
        return false;
    }
    for (uint32_t i = HEADER_SIZE; i < data.size(); ++i)
    {
        if (p[i] != BodyByte(desc.number, i))
        {
            error =
                "message " + std::to_string(desc.number) + " differs at byte " + std::to_string(i);
            return false;
        }
    }
    return true;
}

} // namespace ns3
