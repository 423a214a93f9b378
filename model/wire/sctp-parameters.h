/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_PARAMETERS_H
#define SCTP_PARAMETERS_H

#include "sctp-parameter.h"

#endif /* SCTP_PARAMETERS_H */
