/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-tlv-value.h"

namespace ns3
{

bool
SctpCheckValueSize(const SctpWireReader& r, size_t expected, std::string& error)
{
    if (r.GetRemaining() != expected)
    {
        error = "value is " + std::to_string(r.GetRemaining()) + " bytes, expected " +
                std::to_string(expected);
        return false;
    }
    return true;
}

bool
SctpReadU16List(SctpWireReader& r, std::vector<uint16_t>& out, std::string& error)
{
    if (r.GetRemaining() % 2 != 0)
    {
        error = "list of 16-bit fields has an odd length of " + std::to_string(r.GetRemaining()) +
                " bytes";
        return false;
    }
    out.clear();
    out.reserve(r.GetRemaining() / 2);
    uint16_t v;
    while (r.ReadU16(v))
    {
        out.push_back(v);
    }
    return true;
}

void
SctpWriteU16List(SctpWireWriter& w, const std::vector<uint16_t>& list)
{
    for (uint16_t v : list)
    {
        w.WriteU16(v);
    }
}

} // namespace ns3
