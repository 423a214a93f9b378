/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-parameter.h"

#include "sctp-parameters.h"
#include "sctp-tlv16.h"

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
    return SctpDeserializeTlv16<SctpParameter>(r, error, "parameter");
}

bool
SctpParameter::DeserializeList(SctpWireReader& r,
                               std::vector<Ptr<SctpParameter>>& out,
                               std::string& error)
{
    return SctpDeserializeTlv16List(r, out, error, "parameter");
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
