/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_SYMBOLS_H
#define SCTP_SCRIPT_SYMBOLS_H

#include "sctp-script.h"

#include <cstdint>
#include <string>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief The names a script may use for numbers: chunk types, parameter types, cause codes,
 * chunk flag letters, errno names and the socket API's constants, with FreeBSD's values (the
 * stack follows FreeBSD, and scripts compare the values it reports).
 */
class SctpScriptSymbols
{
  public:
    /**
     * \param [in] name a chunk keyword (DATA, INIT_ACK, RECONFIG, ...)
     * \return its type, or -1
     */
    static int ChunkType(const std::string& name);

    /**
     * \param [in] type a chunk type
     * \return the script keyword, or an empty string for a type without one
     */
    static std::string ChunkName(uint8_t type);

    /**
     * \param [in] name a parameter keyword (STATE_COOKIE, IPV4_ADDRESS, ...)
     * \return its type, or -1
     */
    static int ParameterType(const std::string& name);

    /**
     * \param [in] type a parameter type
     * \return the script keyword, or an empty string
     */
    static std::string ParameterName(uint16_t type);

    /**
     * \param [in] name a cause keyword (INVALID_STREAM_IDENTIFIER, ...)
     * \return its code, or -1
     */
    static int CauseCode(const std::string& name);

    /**
     * \param [in] code a cause code
     * \return the script keyword, or an empty string
     */
    static std::string CauseName(uint16_t code);

    /**
     * \brief The flag letters of a chunk type: "IUBE" for DATA and I-DATA, "T" for ABORT and
     * SHUTDOWN-COMPLETE; letter i (from the right) is bit i.
     * \param [in] type the chunk type
     * \return the letters, or an empty string if the type has none
     */
    static std::string FlagLetters(uint8_t type);

    /**
     * \brief Write a flags byte as the script does: letters where the type has them, else
     * a number.
     * \param [in] type the chunk type
     * \param [in] flags the byte
     * \return the text
     */
    static std::string FormatFlags(uint8_t type, uint8_t flags);

    /**
     * \param [in] name an errno name (EAGAIN, ECONNREFUSED, ...)
     * \return its FreeBSD value, or -1
     */
    static int ErrnoValue(const std::string& name);

    /**
     * \param [in] value an errno value
     * \return its name, or the number as text
     */
    static std::string ErrnoName(int value);

    /**
     * \param [in] name a constant of the socket API (O_NONBLOCK, SCTP_UNORDERED, MSG_EOR, ...)
     * \param [out] value its FreeBSD value
     * \return false if the name is unknown
     */
    static bool Constant(const std::string& name, int64_t& value);

    /**
     * \brief Evaluate a number: an integer, htonl(x)/htons(x)/ntohl(x)/ntohs(x) (the identity:
     * script values are the values on the wire), a constant, or an or-expression of those.
     * \param [in] value the value
     * \param [out] out the number
     * \param [out] error what is wrong
     * \return false if the value is not a number
     */
    static bool Evaluate(const SctpScriptValue& value, int64_t& out, std::string& error);
};

} // namespace ns3

#endif /* SCTP_SCRIPT_SYMBOLS_H */
