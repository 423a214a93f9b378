/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-wire-io.h"

#include "ns3/abort.h"

#include <algorithm>
#include <utility>

namespace ns3
{

SctpWireWriter::SctpWireWriter(size_t reserve)
{
    m_data.reserve(reserve);
}

void
SctpWireWriter::WriteU8(uint8_t v)
{
    m_data.push_back(v);
}

void
SctpWireWriter::WriteU16(uint16_t v)
{
    m_data.push_back(static_cast<uint8_t>(v >> 8));
    m_data.push_back(static_cast<uint8_t>(v));
}

void
SctpWireWriter::WriteU32(uint32_t v)
{
    WriteU16(static_cast<uint16_t>(v >> 16));
    WriteU16(static_cast<uint16_t>(v));
}

void
SctpWireWriter::WriteU64(uint64_t v)
{
    WriteU32(static_cast<uint32_t>(v >> 32));
    WriteU32(static_cast<uint32_t>(v));
}

void
SctpWireWriter::WriteBytes(const uint8_t* data, size_t len)
{
    m_data.insert(m_data.end(), data, data + len);
}

void
SctpWireWriter::WriteBytes(const std::vector<uint8_t>& data)
{
    m_data.insert(m_data.end(), data.begin(), data.end());
}

void
SctpWireWriter::WriteZeros(size_t n)
{
    m_data.resize(m_data.size() + n, 0);
}

void
SctpWireWriter::PadTo4()
{
    m_data.resize(SctpPad4(m_data.size()), 0);
}

size_t
SctpWireWriter::BeginTlv16(uint16_t type)
{
    size_t start = m_data.size();
    WriteU16(type);
    WriteU16(0);
    return start;
}

size_t
SctpWireWriter::BeginChunk(uint8_t type, uint8_t flags)
{
    size_t start = m_data.size();
    WriteU8(type);
    WriteU8(flags);
    WriteU16(0);
    return start;
}

void
SctpWireWriter::EndTlv(size_t start, bool pad)
{
    // A length field holds 16 bits: a longer TLV is a caller's error, never a silent wrap.
    NS_ABORT_MSG_IF(m_data.size() - start > 0xFFFF,
                    "SCTP TLV of " << m_data.size() - start << " bytes exceeds 65535");
    PatchU16(start + 2, static_cast<uint16_t>(m_data.size() - start));
    if (pad)
    {
        m_data.resize(start + SctpPad4(m_data.size() - start), 0);
    }
}

void
SctpWireWriter::PatchU16(size_t offset, uint16_t v)
{
    m_data[offset] = static_cast<uint8_t>(v >> 8);
    m_data[offset + 1] = static_cast<uint8_t>(v);
}

void
SctpWireWriter::PatchU32(size_t offset, uint32_t v)
{
    PatchU16(offset, static_cast<uint16_t>(v >> 16));
    PatchU16(offset + 2, static_cast<uint16_t>(v));
}

size_t
SctpWireWriter::GetSize() const
{
    return m_data.size();
}

const std::vector<uint8_t>&
SctpWireWriter::GetData() const
{
    return m_data;
}

std::vector<uint8_t>
SctpWireWriter::Release()
{
    return std::move(m_data);
}

SctpWireReader::SctpWireReader(const uint8_t* data, size_t size)
    : m_data(data),
      m_size(size),
      m_pos(0)
{
}

SctpWireReader::SctpWireReader(const std::vector<uint8_t>& data)
    : m_data(data.data()),
      m_size(data.size()),
      m_pos(0)
{
}

bool
SctpWireReader::ReadU8(uint8_t& v)
{
    if (GetRemaining() < 1)
    {
        return false;
    }
    v = m_data[m_pos++];
    return true;
}

bool
SctpWireReader::ReadU16(uint16_t& v)
{
    if (GetRemaining() < 2)
    {
        return false;
    }
    v = static_cast<uint16_t>((m_data[m_pos] << 8) | m_data[m_pos + 1]);
    m_pos += 2;
    return true;
}

bool
SctpWireReader::ReadU32(uint32_t& v)
{
    if (GetRemaining() < 4)
    {
        return false;
    }
    v = (static_cast<uint32_t>(m_data[m_pos]) << 24) |
        (static_cast<uint32_t>(m_data[m_pos + 1]) << 16) |
        (static_cast<uint32_t>(m_data[m_pos + 2]) << 8) | static_cast<uint32_t>(m_data[m_pos + 3]);
    m_pos += 4;
    return true;
}

bool
SctpWireReader::ReadU64(uint64_t& v)
{
    uint32_t hi;
    uint32_t lo;
    if (GetRemaining() < 8)
    {
        return false;
    }
    ReadU32(hi);
    ReadU32(lo);
    v = (static_cast<uint64_t>(hi) << 32) | lo;
    return true;
}

bool
SctpWireReader::ReadBytes(size_t n, std::vector<uint8_t>& out)
{
    if (GetRemaining() < n)
    {
        return false;
    }
    out.assign(m_data + m_pos, m_data + m_pos + n);
    m_pos += n;
    return true;
}

void
SctpWireReader::ReadRest(std::vector<uint8_t>& out)
{
    ReadBytes(GetRemaining(), out);
}

bool
SctpWireReader::Skip(size_t n)
{
    if (GetRemaining() < n)
    {
        return false;
    }
    m_pos += n;
    return true;
}

void
SctpWireReader::SkipUpTo(size_t n)
{
    m_pos += std::min(n, GetRemaining());
}

bool
SctpWireReader::Sub(size_t n, SctpWireReader& sub)
{
    if (GetRemaining() < n)
    {
        return false;
    }
    sub = SctpWireReader(m_data + m_pos, n);
    m_pos += n;
    return true;
}

bool
SctpWireReader::PeekU16(size_t offset, uint16_t& v) const
{
    if (GetRemaining() < offset + 2)
    {
        return false;
    }
    v = static_cast<uint16_t>((m_data[m_pos + offset] << 8) | m_data[m_pos + offset + 1]);
    return true;
}

size_t
SctpWireReader::GetRemaining() const
{
    return m_size - m_pos;
}

bool
SctpWireReader::IsAtEnd() const
{
    return m_pos == m_size;
}

size_t
SctpWireReader::GetOffset() const
{
    return m_pos;
}

const uint8_t*
SctpWireReader::GetCurrent() const
{
    return m_data + m_pos;
}

} // namespace ns3
