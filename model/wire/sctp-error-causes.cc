/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-error-causes.h"

namespace ns3
{

Ptr<SctpErrorCause>
SctpErrorCause::Create(uint16_t type)
{
    return ns3::Create<SctpUnknownErrorCause>(type);
}

} // namespace ns3
