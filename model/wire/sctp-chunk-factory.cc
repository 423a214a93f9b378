/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-chunk.h"
#include "sctp-control-chunks.h"
#include "sctp-data-chunk.h"
#include "sctp-extension-chunks.h"

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
        break;
    }
    if (Ptr<SctpChunk> c = SctpCreateControlChunk(type))
    {
        return c;
    }
    if (Ptr<SctpChunk> c = SctpCreateExtensionChunk(type))
    {
        return c;
    }
    return ns3::Create<SctpUnknownChunk>(type);
}

} // namespace ns3
