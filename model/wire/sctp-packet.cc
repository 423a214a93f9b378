/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-packet.h"

#include "sctp-crc32c.h"

namespace ns3
{

uint16_t
SctpPacket::GetSourcePort() const
{
    return m_sourcePort;
}

void
SctpPacket::SetSourcePort(uint16_t port)
{
    m_sourcePort = port;
}

uint16_t
SctpPacket::GetDestinationPort() const
{
    return m_destinationPort;
}

void
SctpPacket::SetDestinationPort(uint16_t port)
{
    m_destinationPort = port;
}

uint32_t
SctpPacket::GetVerificationTag() const
{
    return m_verificationTag;
}

void
SctpPacket::SetVerificationTag(uint32_t tag)
{
    m_verificationTag = tag;
}

uint32_t
SctpPacket::GetChecksum() const
{
    return m_checksum;
}

const std::vector<Ptr<SctpChunk>>&
SctpPacket::GetChunks() const
{
    return m_chunks;
}

void
SctpPacket::AddChunk(Ptr<SctpChunk> chunk)
{
    m_chunks.push_back(chunk);
}

uint32_t
SctpPacket::GetSerializedSize() const
{
    uint32_t size = COMMON_HEADER_SIZE;
    for (const auto& c : m_chunks)
    {
        size += c->GetSerializedSize();
    }
    return size;
}

std::vector<uint8_t>
SctpPacket::Serialize(bool withChecksum) const
{
    SctpWireWriter w(GetSerializedSize());
    w.WriteU16(m_sourcePort);
    w.WriteU16(m_destinationPort);
    w.WriteU32(m_verificationTag);
    w.WriteU32(0);
    for (const auto& c : m_chunks)
    {
        c->Serialize(w);
    }
    std::vector<uint8_t> bytes = w.Release();
    if (withChecksum)
    {
        SctpCrc32c::Store(bytes.data(), bytes.size());
    }
    return bytes;
}

bool
SctpPacket::Deserialize(const uint8_t* data, size_t len, SctpPacket& out, std::string& error)
{
    SctpWireReader r(data, len);
    out = SctpPacket();
    if (!r.ReadU16(out.m_sourcePort) || !r.ReadU16(out.m_destinationPort) ||
        !r.ReadU32(out.m_verificationTag) || !r.ReadU32(out.m_checksum))
    {
        error = "packet of " + std::to_string(len) + " bytes is shorter than the common header";
        return false;
    }
    while (!r.IsAtEnd())
    {
        Ptr<SctpChunk> c = SctpChunk::Deserialize(r, error);
        if (!c)
        {
            error = "chunk " + std::to_string(out.m_chunks.size() + 1) + ": " + error;
            return false;
        }
        out.m_chunks.push_back(c);
    }
    return true;
}

void
SctpPacket::Print(std::ostream& os) const
{
    os << "sctp(" << m_sourcePort << " > " << m_destinationPort << ", vtag=" << m_verificationTag
       << ")";
    for (const auto& c : m_chunks)
    {
        os << " ";
        c->Print(os);
    }
}

} // namespace ns3
