/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-parameter.h"

#include "sctp-parameters.h"

#include <iomanip>
#include <sstream>

namespace ns3
{

std::string
SctpParameter::GetName() const
{
    std::ostringstream os;
    os << "PARAM_0x" << std::hex << std::setw(4) << std::setfill('0') << GetType();
    return os.str();
}

void
SctpParameter::Serialize(SctpWireWriter& w) const
{
    size_t start = w.BeginTlv16(GetType());
    SerializeValue(w);
    w.EndTlv(start);
}

uint16_t
SctpParameter::GetLength() const
{
    SctpWireWriter w;
    size_t start = w.BeginTlv16(GetType());
    SerializeValue(w);
    w.EndTlv(start, false);
    return static_cast<uint16_t>(w.GetSize());
}

void
SctpParameter::Print(std::ostream& os) const
{
    os << GetName() << "(len=" << GetLength() << ")";
}

std::ostream&
operator<<(std::ostream& os, const SctpParameter& p)
{
    p.Print(os);
    return os;
}

Ptr<SctpParameter>
SctpParameter::Deserialize(SctpWireReader& r, std::string& error)
{
    uint16_t type;
    uint16_t length;
    if (!r.ReadU16(type) || !r.ReadU16(length))
    {
        error = "truncated parameter header";
        return nullptr;
    }
    if (length < 4)
    {
        error = "parameter length " + std::to_string(length) + " shorter than its header";
        return nullptr;
    }
    SctpWireReader value(nullptr, 0);
    if (!r.Sub(length - 4, value))
    {
        error = "parameter length " + std::to_string(length) + " exceeds the " +
                std::to_string(r.GetRemaining() + 4) + " bytes left";
        return nullptr;
    }
    r.SkipUpTo(SctpPad4(length) - length);
    Ptr<SctpParameter> p = Create(type);
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
SctpParameter::DeserializeList(SctpWireReader& r,
                               std::vector<Ptr<SctpParameter>>& out,
                               std::string& error)
{
    while (!r.IsAtEnd())
    {
        Ptr<SctpParameter> p = Deserialize(r, error);
        if (!p)
        {
            return false;
        }
        out.push_back(p);
    }
    return true;
}

SctpUnknownParameter::SctpUnknownParameter(uint16_t type)
    : m_type(type)
{
}

uint16_t
SctpUnknownParameter::GetType() const
{
    return m_type;
}

std::string
SctpUnknownParameter::GetName() const
{
    return SctpParameter::GetName();
}

const std::vector<uint8_t>&
SctpUnknownParameter::GetValue() const
{
    return m_value;
}

void
SctpUnknownParameter::SetValue(const std::vector<uint8_t>& value)
{
    m_value = value;
}

uint8_t
SctpUnknownParameter::GetAction() const
{
    return static_cast<uint8_t>(m_type >> 14);
}

void
SctpUnknownParameter::SerializeValue(SctpWireWriter& w) const
{
    w.WriteBytes(m_value);
}

bool
SctpUnknownParameter::DeserializeValue(SctpWireReader& r, std::string& error)
{
    r.ReadRest(m_value);
    return true;
}

} // namespace ns3
