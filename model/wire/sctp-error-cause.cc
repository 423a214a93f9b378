/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-error-cause.h"

#include "sctp-error-causes.h"

#include <iomanip>
#include <sstream>

namespace ns3
{

std::string
SctpErrorCause::GetName() const
{
    std::ostringstream os;
    os << "CAUSE_0x" << std::hex << std::setw(4) << std::setfill('0') << GetCode();
    return os.str();
}

void
SctpErrorCause::Serialize(SctpWireWriter& w) const
{
    size_t start = w.BeginTlv16(GetCode());
    SerializeValue(w);
    w.EndTlv(start);
}

uint16_t
SctpErrorCause::GetLength() const
{
    SctpWireWriter w;
    size_t start = w.BeginTlv16(GetCode());
    SerializeValue(w);
    w.EndTlv(start, false);
    return static_cast<uint16_t>(w.GetSize());
}

void
SctpErrorCause::Print(std::ostream& os) const
{
    os << GetName() << "(len=" << GetLength() << ")";
}

std::ostream&
operator<<(std::ostream& os, const SctpErrorCause& c)
{
    c.Print(os);
    return os;
}

Ptr<SctpErrorCause>
SctpErrorCause::Deserialize(SctpWireReader& r, std::string& error)
{
    uint16_t code;
    uint16_t length;
    if (!r.ReadU16(code) || !r.ReadU16(length))
    {
        error = "truncated error cause header";
        return nullptr;
    }
    if (length < 4)
    {
        error = "error cause length " + std::to_string(length) + " shorter than its header";
        return nullptr;
    }
    SctpWireReader value(nullptr, 0);
    if (!r.Sub(length - 4, value))
    {
        error = "error cause length " + std::to_string(length) + " exceeds the " +
                std::to_string(r.GetRemaining() + 4) + " bytes left";
        return nullptr;
    }
    r.SkipUpTo(SctpPad4(length) - length);
    Ptr<SctpErrorCause> p = Create(code);
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

bool
SctpErrorCause::DeserializeList(SctpWireReader& r,
                                std::vector<Ptr<SctpErrorCause>>& out,
                                std::string& error)
{
    while (!r.IsAtEnd())
    {
        Ptr<SctpErrorCause> p = Deserialize(r, error);
        if (!p)
        {
            return false;
        }
        out.push_back(p);
    }
    return true;
}

SctpUnknownErrorCause::SctpUnknownErrorCause(uint16_t code)
    : m_code(code)
{
}

uint16_t
SctpUnknownErrorCause::GetCode() const
{
    return m_code;
}

const std::vector<uint8_t>&
SctpUnknownErrorCause::GetValue() const
{
    return m_value;
}

void
SctpUnknownErrorCause::SetValue(const std::vector<uint8_t>& value)
{
    m_value = value;
}

void
SctpUnknownErrorCause::SerializeValue(SctpWireWriter& w) const
{
    w.WriteBytes(m_value);
}

bool
SctpUnknownErrorCause::DeserializeValue(SctpWireReader& r, std::string& error)
{
    r.ReadRest(m_value);
    return true;
}

} // namespace ns3
