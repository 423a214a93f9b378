/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-data-chunk.h"

namespace ns3
{

bool
SctpUserDataChunk::IsBeginning() const
{
    return m_flags & SctpDataFlags::BEGIN;
}

bool
SctpUserDataChunk::IsEnd() const
{
    return m_flags & SctpDataFlags::END;
}

bool
SctpUserDataChunk::IsUnordered() const
{
    return m_flags & SctpDataFlags::UNORDERED;
}

bool
SctpUserDataChunk::IsSackImmediately() const
{
    return m_flags & SctpDataFlags::SACK_IMMEDIATELY;
}

void
SctpUserDataChunk::SetFlag(uint8_t bit, bool on)
{
    m_flags = on ? (m_flags | bit) : (m_flags & ~bit);
}

void
SctpUserDataChunk::SetBeginning(bool on)
{
    SetFlag(SctpDataFlags::BEGIN, on);
}

void
SctpUserDataChunk::SetEnd(bool on)
{
    SetFlag(SctpDataFlags::END, on);
}

void
SctpUserDataChunk::SetUnordered(bool on)
{
    SetFlag(SctpDataFlags::UNORDERED, on);
}

void
SctpUserDataChunk::SetSackImmediately(bool on)
{
    SetFlag(SctpDataFlags::SACK_IMMEDIATELY, on);
}

uint32_t
SctpUserDataChunk::GetTsn() const
{
    return m_tsn;
}

void
SctpUserDataChunk::SetTsn(uint32_t v)
{
    m_tsn = v;
}

uint16_t
SctpUserDataChunk::GetStreamId() const
{
    return m_streamId;
}

void
SctpUserDataChunk::SetStreamId(uint16_t v)
{
    m_streamId = v;
}

const std::vector<uint8_t>&
SctpUserDataChunk::GetUserData() const
{
    return m_userData;
}

void
SctpUserDataChunk::SetUserData(std::vector<uint8_t> data)
{
    m_userData = std::move(data);
}

uint8_t
SctpDataChunk::GetType() const
{
    return DATA;
}

void
SctpDataChunk::Print(std::ostream& os) const
{
    os << "DATA[flgs=" << (IsUnordered() ? "U" : "") << (IsBeginning() ? "B" : "")
       << (IsEnd() ? "E" : "") << (IsSackImmediately() ? "I" : "") << ", tsn=" << m_tsn
       << ", sid=" << m_streamId << ", ssn=" << m_ssn << ", ppid=" << m_ppid
       << ", len=" << m_userData.size() << "]";
}

uint16_t
SctpDataChunk::GetStreamSeq() const
{
    return m_ssn;
}

void
SctpDataChunk::SetStreamSeq(uint16_t v)
{
    m_ssn = v;
}

uint32_t
SctpDataChunk::GetPpid() const
{
    return m_ppid;
}

void
SctpDataChunk::SetPpid(uint32_t v)
{
    m_ppid = v;
}

uint32_t
SctpDataChunk::GetValueSize() const
{
    return FIXED_SIZE - HEADER_SIZE + m_userData.size();
}

void
SctpDataChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_tsn);
    w.WriteU16(m_streamId);
    w.WriteU16(m_ssn);
    w.WriteU32(m_ppid);
    w.WriteBytes(m_userData);
}

bool
SctpDataChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    // A DATA chunk with no user data (length 16) parses; the receiver answers it with the
    // "No User Data" cause (RFC 9260 §6.2), which needs its TSN.
    if (!r.ReadU32(m_tsn) || !r.ReadU16(m_streamId) || !r.ReadU16(m_ssn) || !r.ReadU32(m_ppid))
    {
        error = "shorter than the 16-byte DATA header";
        return false;
    }
    r.ReadRest(m_userData);
    return true;
}

uint8_t
SctpIDataChunk::GetType() const
{
    return I_DATA;
}

void
SctpIDataChunk::Print(std::ostream& os) const
{
    os << "I_DATA[flgs=" << (IsUnordered() ? "U" : "") << (IsBeginning() ? "B" : "")
       << (IsEnd() ? "E" : "") << (IsSackImmediately() ? "I" : "") << ", tsn=" << m_tsn
       << ", sid=" << m_streamId << ", mid=" << m_messageId
       << (IsBeginning() ? ", ppid=" : ", fsn=") << m_ppidOrFsn << ", len=" << m_userData.size()
       << "]";
}

uint32_t
SctpIDataChunk::GetMessageId() const
{
    return m_messageId;
}

void
SctpIDataChunk::SetMessageId(uint32_t v)
{
    m_messageId = v;
}

uint32_t
SctpIDataChunk::GetPpid() const
{
    return IsBeginning() ? m_ppidOrFsn : 0;
}

void
SctpIDataChunk::SetPpid(uint32_t v)
{
    m_ppidOrFsn = v;
}

uint32_t
SctpIDataChunk::GetFsn() const
{
    // The first fragment has FSN 0 implicitly; its field carries the PPID (RFC 8260 §2.1).
    return IsBeginning() ? 0 : m_ppidOrFsn;
}

void
SctpIDataChunk::SetFsn(uint32_t v)
{
    m_ppidOrFsn = v;
}

uint32_t
SctpIDataChunk::GetValueSize() const
{
    return FIXED_SIZE - HEADER_SIZE + m_userData.size();
}

void
SctpIDataChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_tsn);
    w.WriteU16(m_streamId);
    w.WriteU16(m_reserved);
    w.WriteU32(m_messageId);
    w.WriteU32(m_ppidOrFsn);
    w.WriteBytes(m_userData);
}

bool
SctpIDataChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    if (!r.ReadU32(m_tsn) || !r.ReadU16(m_streamId) || !r.ReadU16(m_reserved) ||
        !r.ReadU32(m_messageId) || !r.ReadU32(m_ppidOrFsn))
    {
        error = "shorter than the 20-byte I-DATA header";
        return false;
    }
    r.ReadRest(m_userData);
    return true;
}

} // namespace ns3
