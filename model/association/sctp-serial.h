/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SERIAL_H
#define SCTP_SERIAL_H

#include <cstdint>

namespace ns3
{

/**
 * \ingroup sctp
 * \defgroup sctp-serial Serial number arithmetic
 *
 * RFC 1982 comparisons, as RFC 9260 §1.6 prescribes for TSNs (SERIAL_BITS = 32) and SSNs
 * (SERIAL_BITS = 16); RFC 8260's MIDs and FSNs are 32-bit serial numbers too, so they use the TSN
 * functions. For two values exactly 2^(SERIAL_BITS-1) apart RFC 1982 leaves the order undefined:
 * neither Lt nor Gt holds (nor Le or Ge), so callers treat such a value as out of range.
 * \{
 */

/**
 * \param [in] a a 32-bit serial number
 * \param [in] b a 32-bit serial number
 * \return a < b in RFC 1982 arithmetic
 */
constexpr bool
SctpTsnLt(uint32_t a, uint32_t b)
{
    return (a < b && b - a < 0x80000000U) || (a > b && a - b > 0x80000000U);
}

/**
 * \param [in] a a 32-bit serial number
 * \param [in] b a 32-bit serial number
 * \return a > b in RFC 1982 arithmetic
 */
constexpr bool
SctpTsnGt(uint32_t a, uint32_t b)
{
    return SctpTsnLt(b, a);
}

/**
 * \param [in] a a 32-bit serial number
 * \param [in] b a 32-bit serial number
 * \return a <= b in RFC 1982 arithmetic
 */
constexpr bool
SctpTsnLe(uint32_t a, uint32_t b)
{
    return a == b || SctpTsnLt(a, b);
}

/**
 * \param [in] a a 32-bit serial number
 * \param [in] b a 32-bit serial number
 * \return a >= b in RFC 1982 arithmetic
 */
constexpr bool
SctpTsnGe(uint32_t a, uint32_t b)
{
    return a == b || SctpTsnGt(a, b);
}

/**
 * \param [in] a a 16-bit serial number
 * \param [in] b a 16-bit serial number
 * \return a < b in RFC 1982 arithmetic
 */
constexpr bool
SctpSsnLt(uint16_t a, uint16_t b)
{
    // Differences computed in 16 bits: plain uint16_t subtraction would promote to int.
    return (a < b && static_cast<uint16_t>(b - a) < 0x8000U) ||
           (a > b && static_cast<uint16_t>(a - b) > 0x8000U);
}

/**
 * \param [in] a a 16-bit serial number
 * \param [in] b a 16-bit serial number
 * \return a > b in RFC 1982 arithmetic
 */
constexpr bool
SctpSsnGt(uint16_t a, uint16_t b)
{
    return SctpSsnLt(b, a);
}

/**
 * \param [in] a a 16-bit serial number
 * \param [in] b a 16-bit serial number
 * \return a <= b in RFC 1982 arithmetic
 */
constexpr bool
SctpSsnLe(uint16_t a, uint16_t b)
{
    return a == b || SctpSsnLt(a, b);
}

/**
 * \param [in] a a 16-bit serial number
 * \param [in] b a 16-bit serial number
 * \return a >= b in RFC 1982 arithmetic
 */
constexpr bool
SctpSsnGe(uint16_t a, uint16_t b)
{
    return a == b || SctpSsnGt(a, b);
}

/** \} */

} // namespace ns3

#endif /* SCTP_SERIAL_H */
