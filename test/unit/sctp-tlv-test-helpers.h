/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Helpers shared by the parameter and error cause tests: serialize, parse, and check a TLV
// against the bytes written by hand from an RFC figure.

#ifndef SCTP_TLV_TEST_HELPERS_H
#define SCTP_TLV_TEST_HELPERS_H

#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-parameters.h"

#include <gtest/gtest.h>
#include <string>
#include <type_traits>
#include <vector>

namespace sctptest
{

using ns3::Ptr;

/**
 * \brief Bytes from hex digits, so that a test can write a TLV as the RFC figure draws it: one
 * 32-bit row per group, e.g. Hex("00050008 c0000201").
 * \param [in] hex pairs of hex digits; spaces are ignored
 * \return the bytes
 */
inline std::vector<uint8_t>
Hex(const std::string& hex)
{
    std::string digits;
    for (char c : hex)
    {
        if (c != ' ')
        {
            digits += c;
        }
    }
    EXPECT_EQ(digits.size() % 2, 0u) << "odd number of hex digits in \"" << hex << "\"";
    std::vector<uint8_t> bytes;
    for (size_t i = 0; i + 1 < digits.size(); i += 2)
    {
        bytes.push_back(static_cast<uint8_t>(std::stoul(digits.substr(i, 2), nullptr, 16)));
    }
    return bytes;
}

/// The family (SctpParameter or SctpErrorCause) of a TLV class.
template <class T>
using Family = std::conditional_t<std::is_base_of_v<ns3::SctpParameter, T>,
                                  ns3::SctpParameter,
                                  ns3::SctpErrorCause>;

/// \return the bytes a TLV serializes to, padding included
template <class T>
std::vector<uint8_t>
ToBytes(const T& tlv)
{
    ns3::SctpWireWriter w;
    tlv.Serialize(w);
    return w.Release();
}

/**
 * \brief Parse one TLV of family B from bytes that must hold exactly it.
 * \param [in] bytes the bytes
 * \param [out] error the parser's error
 * \return the TLV, or nullptr
 */
template <class B>
Ptr<B>
Parse(const std::vector<uint8_t>& bytes, std::string& error)
{
    ns3::SctpWireReader r(bytes);
    Ptr<B> p = B::Deserialize(r, error);
    EXPECT_TRUE(!p || r.IsAtEnd()) << r.GetRemaining() << " bytes left after the TLV";
    return p;
}

/**
 * \brief Check that parsing fails with a message that says why.
 * \param [in] bytes the malformed bytes
 * \param [in] expected a fragment the error message must contain
 */
template <class B>
void
ExpectRejected(const std::vector<uint8_t>& bytes, const std::string& expected)
{
    std::string error;
    ns3::SctpWireReader r(bytes);
    EXPECT_FALSE(B::Deserialize(r, error));
    EXPECT_NE(error.find(expected), std::string::npos)
        << "error \"" << error << "\" does not mention \"" << expected << "\"";
}

/**
 * \brief The round trip every TLV test makes: the built TLV serializes to the RFC bytes, the RFC
 * bytes parse as the same class with its code, and the parsed TLV serializes to them again.
 * \param [in] built the TLV built through its setters
 * \param [in] wire the bytes written by hand from the RFC figure, padding included
 * \return the parsed TLV, for the caller to check its fields; nullptr on failure
 */
template <class T>
Ptr<T>
CheckWire(const T& built, const std::vector<uint8_t>& wire)
{
    EXPECT_EQ(ToBytes(built), wire);
    EXPECT_EQ(built.GetLength(), (wire.at(2) << 8) | wire.at(3));
    std::string error;
    Ptr<Family<T>> parsed = Parse<Family<T>>(wire, error);
    EXPECT_TRUE(parsed) << error;
    Ptr<T> typed = ns3::DynamicCast<T>(parsed);
    EXPECT_TRUE(typed) << "parsed as " << (parsed ? parsed->GetName() : "nothing");
    if (typed)
    {
        EXPECT_EQ(ToBytes(*typed), wire);
    }
    return typed;
}

} // namespace sctptest

#endif /* SCTP_TLV_TEST_HELPERS_H */
