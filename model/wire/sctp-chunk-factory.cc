/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-chunk.h"
#include "sctp-data-chunk.h"

namespace ns3
{

Ptr<SctpChunk>
SctpChunk::Create(uint8_t type)
{
    switch (type)
    {
    case DATA:
        return ns3::Create<SctpDataChunk>();
    case I_DATA:
        return ns3::Create<SctpIDataChunk>();
    default:
        return ns3::Create<SctpUnknownChunk>(type);
    }
}

} // namespace ns3
