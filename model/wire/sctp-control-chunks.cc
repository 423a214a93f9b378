/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-control-chunks.h"

namespace ns3
{

Ptr<SctpChunk>
SctpCreateControlChunk(uint8_t type)
{
    return nullptr;
}

} // namespace ns3
