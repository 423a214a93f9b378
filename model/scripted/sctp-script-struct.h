/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_STRUCT_H
#define SCTP_SCRIPT_STRUCT_H

#include "sctp-script.h"

#include "ns3/address.h"

#include <cstdint>
#include <initializer_list>
#include <string>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief System-call arguments as C structures: reading the fields of {name=value, ...}
 * arguments, building the structures a call returns, and comparing those with what the script
 * expects.
 */
class SctpScriptStruct
{
  public:
    /// Builds a STRUCT value field by field.
    class Builder
    {
      public:
        Builder();

        /**
         * \brief Add a numeric field.
         * \param [in] key the field
         * \param [in] value its value
         * \return this builder
         */
        Builder& Add(const std::string& key, int64_t value);

        /**
         * \brief Add a field holding a value (a nested structure, an address).
         * \param [in] key the field
         * \param [in] value its value
         * \return this builder
         */
        Builder& Add(const std::string& key, const SctpScriptValue& value);

        /// \return the structure
        const SctpScriptValue& Get() const;

      private:
        SctpScriptValue m_value; //!< the structure
    };

    /**
     * \param [in] value a number
     * \return it as a NUMBER value
     */
    static SctpScriptValue Number(int64_t value);

    /**
     * \brief Read a numeric field of a structure argument.
     * \param [in] s the argument (a STRUCT, or "..." for none)
     * \param [in] key the field
     * \param [out] out its value
     * \param [out] present false if the field is absent or "..."
     * \param [out] error what is wrong
     * \return false if the field is not a number
     */
    static bool Field(const SctpScriptValue& s,
                      const char* key,
                      int64_t& out,
                      bool& present,
                      std::string& error);

    /**
     * \brief Check that a structure argument has only known fields.
     * \param [in] s the argument
     * \param [in] keys the fields of the C structure
     * \param [in] what the structure's name, for messages
     * \param [out] error which field is unknown
     * \return false on an unknown field or if s is not a structure
     */
    static bool CheckFields(const SctpScriptValue& s,
                            std::initializer_list<const char*> keys,
                            const std::string& what,
                            std::string& error);

    /**
     * \brief Compare what a call returned with what the script expects.
     * \param [in] expected the script's value ("..." matches anything; in a structure, only
     *        the fields given are compared)
     * \param [in] actual the returned value
     * \param [in] path the argument's name, for messages
     * \param [out] error "path.field: expected X, got Y"
     * \return true if equal
     */
    static bool Compare(const SctpScriptValue& expected,
                        const SctpScriptValue& actual,
                        const std::string& path,
                        std::string& error);

    /**
     * \param [in] address an InetSocketAddress, Inet6SocketAddress, Ipv4Address or Ipv6Address
     * \return {sa_family=..., sin_port=..., sin_addr=...} (sin6_* for IPv6)
     */
    static SctpScriptValue Sockaddr(const Address& address);

    /**
     * \brief Read a socket address argument.
     * \param [in] value {sa_family=AF_INET, sin_port=htons(N), sin_addr=inet_addr("a.b.c.d")},
     *        a list holding one, or "..." for the default
     * \param [in] fallback the address "..." stands for
     * \param [out] out an InetSocketAddress or Inet6SocketAddress
     * \param [out] error what is wrong
     * \return false if the value is not a socket address
     */
    static bool ParseSockaddr(const SctpScriptValue& value,
                              const Address& fallback,
                              Address& out,
                              std::string& error);
};

} // namespace ns3

#endif /* SCTP_SCRIPT_STRUCT_H */
