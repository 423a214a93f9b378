/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_ERROR_CAUSES_H
#define SCTP_ERROR_CAUSES_H

#include "sctp-error-cause.h"

#endif /* SCTP_ERROR_CAUSES_H */
