/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-parameters.h"

namespace ns3
{

Ptr<SctpParameter>
SctpParameter::Create(uint16_t type)
{
    return ns3::Create<SctpUnknownParameter>(type);
}

} // namespace ns3
