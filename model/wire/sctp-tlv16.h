/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_TLV16_H
#define SCTP_TLV16_H

#include "sctp-wire-io.h"

#include "ns3/ptr.h"

#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Parse one TLV with a 16-bit type and a 16-bit length, and its padding: the framing
 * that parameters (SctpParameter) and error causes (SctpErrorCause) share.
 *
 * \tparam T SctpParameter or SctpErrorCause: T::Create(code) makes the right subclass, whose
 *           DeserializeValue parses the value.
 * \param [in,out] r positioned at the type field
 * \param [out] error why parsing failed
 * \param [in] what "parameter" or "error cause", for the messages
 * \return the TLV, or nullptr with error set
 */
template <class T>
Ptr<T>
SctpDeserializeTlv16(SctpWireReader& r, std::string& error, const char* what)
{
    uint16_t code;
    uint16_t length;
    if (!r.ReadU16(code) || !r.ReadU16(length))
    {
        error = std::string("truncated ") + what + " header";
        return nullptr;
    }
    if (length < 4)
    {
        error =
            std::string(what) + " length " + std::to_string(length) + " shorter than its header";
        return nullptr;
    }
    SctpWireReader value(nullptr, 0);
    if (!r.Sub(length - 4, value))
    {
        error = std::string(what) + " length " + std::to_string(length) + " exceeds the " +
                std::to_string(r.GetRemaining() + 4) + " bytes left";
        return nullptr;
    }
    r.SkipUpTo(SctpPad4(length) - length);
    Ptr<T> p = T::Create(code);
    if (!p->DeserializeValue(value, error))
    {
        error = p->GetName() + ": " + error;
        return nullptr;
    }
    if (!value.IsAtEnd())
    {
        error = p->GetName() + ": " + std::to_string(value.GetRemaining()) +
                " unexpected bytes after the value";
        return nullptr;
    }
    return p;
}

/**
 * \brief Parse TLVs until the reader is empty.
 * \tparam T SctpParameter or SctpErrorCause
 * \param [in,out] r bytes holding only TLVs
 * \param [out] out the TLVs, appended
 * \param [out] error why parsing failed
 * \param [in] what "parameter" or "error cause", for the messages
 * \return false on a malformed TLV
 */
template <class T>
bool
SctpDeserializeTlv16List(SctpWireReader& r,
                         std::vector<Ptr<T>>& out,
                         std::string& error,
                         const char* what)
{
    while (!r.IsAtEnd())
    {
        Ptr<T> p = SctpDeserializeTlv16<T>(r, error, what);
        if (!p)
        {
            return false;
        }
        out.push_back(p);
    }
    return true;
}

} // namespace ns3

#endif /* SCTP_TLV16_H */
