/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_ELEMENT_H
#define SCTP_SCRIPT_ELEMENT_H

#include "sctp-script.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Read access to one NAME[...] element of a script (a chunk, parameter or cause): its
 * keyed fields, its positional sub-elements and its "..." wildcards, with the conversions the
 * builder and the matcher share.
 */
class SctpScriptElement
{
  public:
    /**
     * \param [in] value an ELEMENT value
     */
    explicit SctpScriptElement(const SctpScriptValue& value);

    /// \return the element's name (DATA, STATE_COOKIE, ...)
    const std::string& GetName() const;

    /// \return the element's line in the script
    int GetLine() const;

    /**
     * \brief Check that every keyed field is one of the given keys.
     * \param [in] keys the fields the element has
     * \param [in] positional whether sub-elements without a key are allowed
     * \param [out] error which field is unknown
     * \return false if an unknown field is used
     */
    bool CheckKeys(std::initializer_list<const char*> keys,
                   bool positional,
                   std::string& error) const;

    /**
     * \param [in] key a field
     * \return its value, or nullptr if absent
     */
    const SctpScriptValue* Get(const char* key) const;

    /**
     * \param [in] key a field
     * \return true if the field is absent or "..."
     */
    bool IsWild(const char* key) const;

    /**
     * \brief A numeric field.
     * \param [in] key the field
     * \param [in] fallback the value when the field is absent or "..."
     * \param [out] out the value
     * \param [out] error what is wrong
     * \return false if the field is not a number
     */
    bool Number(const char* key, int64_t fallback, int64_t& out, std::string& error) const;

    /// \return the positional items' values (sub-elements or "..."), in order
    std::vector<const SctpScriptValue*> Positional() const;

    /// \return true if the positional items end with "..." (the rest is not checked)
    bool PositionalEndsWithEllipsis() const;

    /**
     * \brief Evaluate a flags field: a number, or letters of the chunk type ("BE", "T").
     * \param [in] value the field
     * \param [in] chunkType the chunk type
     * \param [out] out the flags byte
     * \param [out] error what is wrong
     * \return false if the value is not flags of that chunk
     */
    static bool Flags(const SctpScriptValue& value,
                      uint8_t chunkType,
                      uint8_t& out,
                      std::string& error);

    /**
     * \brief Evaluate a byte list [0x01, 2, ...] (or a string, as its characters).
     * \param [in] value the list
     * \param [out] out the bytes
     * \param [out] prefixOnly true if the list ends with "..." (a prefix to compare)
     * \param [out] error what is wrong
     * \return false if the value is not a byte list
     */
    static bool Bytes(const SctpScriptValue& value,
                      std::vector<uint8_t>& out,
                      bool& prefixOnly,
                      std::string& error);

    /**
     * \brief Evaluate a list of numbers [1, 2, ...], allowing symbols (IPv4, IPv6, HOSTNAME,
     * chunk names).
     * \param [in] value the list
     * \param [out] out the numbers
     * \param [out] prefixOnly true if the list ends with "..."
     * \param [out] error what is wrong
     * \return false if the value is not such a list
     */
    static bool Numbers(const SctpScriptValue& value,
                        std::vector<int64_t>& out,
                        bool& prefixOnly,
                        std::string& error);

    /**
     * \brief Evaluate a number that may name a chunk type, a parameter type or an address type.
     * \param [in] value the value
     * \param [out] out the number
     * \param [out] error what is wrong
     * \return false if the value is not a number or such a name
     */
    static bool TypeNumber(const SctpScriptValue& value, int64_t& out, std::string& error);

  private:
    const SctpScriptValue& m_value; //!< the element
};

} // namespace ns3

#endif /* SCTP_SCRIPT_ELEMENT_H */
