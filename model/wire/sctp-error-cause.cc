/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-error-cause.h"

#include "sctp-error-causes.h"
#include "sctp-tlv16.h"

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
    return SctpDeserializeTlv16<SctpErrorCause>(r, error, "error cause");
}

bool
SctpErrorCause::DeserializeList(SctpWireReader& r,
                                std::vector<Ptr<SctpErrorCause>>& out,
                                std::string& error)
{
    return SctpDeserializeTlv16List(r, out, error, "error cause");
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
