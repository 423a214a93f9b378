/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_PARSER_H
#define SCTP_SCRIPT_PARSER_H

#include "sctp-script.h"

#include <set>
#include <string>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Reads packet-level scripts in packetdrill's SCTP dialect into SctpScript.
 *
 * Understood: // and C comments; "--name=value" option lines; #ifdef NAME / #ifndef NAME /
 * #else / #endif blocks over the defined symbols; event times (1.0, +0.1, *, 1.0~2.0,
 * +0.1~+0.2, and "start...end" before a blocking system call); packet lines
 * "< sctp: CHUNK; CHUNK" and "> sctp(tag=N, bad_crc32c, zero_checksum): ..." with optional
 * "ADDRESS > ADDRESS" and "SRC>DST" ports before "sctp"; system-call lines "name(args) = result
 * [ERRNO] [(note)]"; and `commands`. Chunks, parameters and causes are read as generic NAME[...]
 * elements, so the parser itself knows no chunk; SctpScriptPacketBuilder and
 * SctpScriptPacketMatcher give them meaning.
 */
class SctpScriptParser
{
  public:
    SctpScriptParser();

    /**
     * \brief Define a symbol for #ifdef (FreeBSD and ns3 are defined by default).
     * \param [in] symbol the symbol
     */
    void Define(const std::string& symbol);

    /**
     * \brief Remove a symbol.
     * \param [in] symbol the symbol
     */
    void Undefine(const std::string& symbol);

    /**
     * \brief Read a script file.
     * \param [in] path the file
     * \param [out] script the events
     * \param [out] error "line N: what is wrong" on failure
     * \return false on a syntax error or if the file cannot be read
     */
    bool ParseFile(const std::string& path, SctpScript& script, std::string& error) const;

    /**
     * \brief Read a script from text.
     * \param [in] text the script
     * \param [in] path a name for messages
     * \param [out] script the events
     * \param [out] error "line N: what is wrong" on failure
     * \return false on a syntax error
     */
    bool ParseText(const std::string& text,
                   const std::string& path,
                   SctpScript& script,
                   std::string& error) const;

  private:
    std::set<std::string> m_defines; //!< symbols for #ifdef
};

} // namespace ns3

#endif /* SCTP_SCRIPT_PARSER_H */
