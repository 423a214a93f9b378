/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-chunk.h"

#include <iomanip>
#include <sstream>

namespace ns3
{

std::string
SctpChunk::GetTypeName(uint8_t type)
{
    switch (type)
    {
    case DATA:
        return "DATA";
    case INIT:
        return "INIT";
    case INIT_ACK:
        return "INIT_ACK";
    case SACK:
        return "SACK";
    case HEARTBEAT:
        return "HEARTBEAT";
    case HEARTBEAT_ACK:
        return "HEARTBEAT_ACK";
    case ABORT:
        return "ABORT";
    case SHUTDOWN:
        return "SHUTDOWN";
    case SHUTDOWN_ACK:
        return "SHUTDOWN_ACK";
    case ERROR:
        return "ERROR";
    case COOKIE_ECHO:
        return "COOKIE_ECHO";
    case COOKIE_ACK:
        return "COOKIE_ACK";
    case ECNE:
        return "ECNE";
    case CWR:
        return "CWR";
    case SHUTDOWN_COMPLETE:
        return "SHUTDOWN_COMPLETE";
    case AUTH:
        return "AUTH";
    case NR_SACK:
        return "NR_SACK";
    case I_DATA:
        return "I_DATA";
    case ASCONF_ACK:
        return "ASCONF_ACK";
    case PKTDROP:
        return "PKTDROP";
    case RE_CONFIG:
        return "RE_CONFIG";
    case PAD:
        return "PAD";
    case FORWARD_TSN:
        return "FORWARD_TSN";
    case ASCONF:
        return "ASCONF";
    case I_FORWARD_TSN:
        return "I_FORWARD_TSN";
    }
    std::ostringstream os;
    os << "CHUNK_0x" << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(type);
    return os.str();
}

std::string
SctpChunk::GetName() const
{
    return GetTypeName(GetType());
}

uint8_t
SctpChunk::GetFlags() const
{
    return m_flags;
}

void
SctpChunk::SetFlags(uint8_t flags)
{
    m_flags = flags;
}

void
SctpChunk::Serialize(SctpWireWriter& w) const
{
    size_t start = w.BeginChunk(GetType(), m_flags);
    SerializeValue(w);
    w.EndTlv(start);
}

uint32_t
SctpChunk::GetValueSize() const
{
    SctpWireWriter w;
    SerializeValue(w);
    return static_cast<uint32_t>(w.GetSize());
}

uint16_t
SctpChunk::GetLength() const
{
    return static_cast<uint16_t>(HEADER_SIZE + GetValueSize());
}

uint32_t
SctpChunk::GetSerializedSize() const
{
    return static_cast<uint32_t>(SctpPad4(HEADER_SIZE + GetValueSize()));
}

void
SctpChunk::Print(std::ostream& os) const
{
    os << GetName() << "[flgs=0x" << std::hex << static_cast<int>(m_flags) << std::dec
       << ", len=" << GetLength() << "]";
}

std::ostream&
operator<<(std::ostream& os, const SctpChunk& c)
{
    c.Print(os);
    return os;
}

Ptr<SctpChunk>
SctpChunk::Deserialize(SctpWireReader& r, std::string& error)
{
    uint8_t type;
    uint8_t flags;
    uint16_t length;
    if (!r.ReadU8(type) || !r.ReadU8(flags) || !r.ReadU16(length))
    {
        error = "truncated chunk header";
        return nullptr;
    }
    if (length < HEADER_SIZE)
    {
        error = GetTypeName(type) + ": chunk length " + std::to_string(length) +
                " shorter than its header";
        return nullptr;
    }
    SctpWireReader value(nullptr, 0);
    if (!r.Sub(length - HEADER_SIZE, value))
    {
        error = GetTypeName(type) + ": chunk length " + std::to_string(length) + " exceeds the " +
                std::to_string(r.GetRemaining() + HEADER_SIZE) + " bytes left";
        return nullptr;
    }
    // The sender pads to 4 bytes; a missing pad at the very end of a packet is tolerated.
    r.SkipUpTo(SctpPad4(length) - length);
    Ptr<SctpChunk> c = Create(type);
    c->m_flags = flags;
    if (!c->DeserializeValue(value, error))
    {
        error = c->GetName() + ": " + error;
        return nullptr;
    }
    if (!value.IsAtEnd())
    {
        error = c->GetName() + ": " + std::to_string(value.GetRemaining()) +
                " unexpected bytes after the value";
        return nullptr;
    }
    return c;
}

SctpUnknownChunk::SctpUnknownChunk(uint8_t type)
    : m_type(type)
{
}

uint8_t
SctpUnknownChunk::GetType() const
{
    return m_type;
}

const std::vector<uint8_t>&
SctpUnknownChunk::GetValue() const
{
    return m_value;
}

void
SctpUnknownChunk::SetValue(const std::vector<uint8_t>& value)
{
    m_value = value;
}

uint8_t
SctpUnknownChunk::GetAction() const
{
    return static_cast<uint8_t>(m_type >> 6);
}

void
SctpUnknownChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteBytes(m_value);
}

bool
SctpUnknownChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    r.ReadRest(m_value);
    return true;
}

} // namespace ns3
