/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_EXTENSION_CHUNKS_H
#define SCTP_EXTENSION_CHUNKS_H

#include "sctp-chunk.h"

namespace ns3
{

/**
 * \brief Create an empty chunk of one of the types declared in this header.
 * \param [in] type the chunk type
 * \return the chunk, or nullptr if the type is not one of this header's
 */
Ptr<SctpChunk> SctpCreateExtensionChunk(uint8_t type);

} // namespace ns3

#endif /* SCTP_EXTENSION_CHUNKS_H */
