/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-control-chunks.h"

#include "sctp-tlv-value.h"

#include "ns3/assert.h"

#include <algorithm>
#include <iomanip>
#include <limits>

namespace ns3
{

namespace
{

/// Bytes of one gap ack block or one duplicate TSN.
constexpr size_t ENTRY_SIZE = 4;

/**
 * \brief Set or clear one bit of a flags byte.
 * \param [in] flags the flags
 * \param [in] bit the bit
 * \param [in] on set or clear
 * \return the new flags
 */
uint8_t
WithBit(uint8_t flags, uint8_t bit, bool on)
{
    return on ? (flags | bit) : (flags & ~bit);
}

/**
 * \brief Print "NAME[flgs=" and the flags byte as packetdrill does: 0, the letters of the named
 * bits, and the other bits in hex.
 * \param [in,out] os the stream
 * \param [in] chunk the chunk
 */
void
PrintHeadAndFlags(std::ostream& os, const SctpChunk& chunk)
{
    const uint8_t type = chunk.GetType();
    const uint8_t flags = chunk.GetFlags();
    os << chunk.GetName() << "[flgs=";
    uint8_t rest = flags;
    if ((type == SctpChunk::ABORT || type == SctpChunk::SHUTDOWN_COMPLETE) &&
        (flags & SctpControlFlags::T_BIT))
    {
        os << "T";
        rest &= ~SctpControlFlags::T_BIT;
    }
    else if (type == SctpChunk::NR_SACK && (flags & SctpControlFlags::NR_SACK_ALL))
    {
        os << "A";
        rest &= ~SctpControlFlags::NR_SACK_ALL;
    }
    if (rest != 0)
    {
        os << (rest != flags ? "|" : "") << "0x" << std::hex << std::setw(2) << std::setfill('0')
           << static_cast<int>(rest) << std::dec << std::setfill(' ');
    }
    else if (flags == 0)
    {
        os << "0";
    }
}

/**
 * \brief Print ", " and each TLV.
 * \param [in,out] os the stream
 * \param [in] list the TLVs
 */
template <class Tlv>
void
PrintTlvList(std::ostream& os, const std::vector<Ptr<Tlv>>& list)
{
    for (const auto& tlv : list)
    {
        os << ", " << *tlv;
    }
}

/**
 * \brief Check the value holds at least the fixed fields.
 * \param [in] r the value
 * \param [in] fixed the chunk's fixed size, header included
 * \param [out] error why not
 * \return false if the chunk is shorter
 */
bool
HasMinLength(const SctpWireReader& r, uint16_t fixed, std::string& error)
{
    size_t length = r.GetRemaining() + SctpChunk::HEADER_SIZE;
    if (length < fixed)
    {
        error = "chunk length " + std::to_string(length) + " shorter than the fixed " +
                std::to_string(fixed) + " bytes";
        return false;
    }
    return true;
}

/**
 * \brief Check the value has one exact size.
 * \param [in] r the value
 * \param [in] expected the chunk length expected, header included
 * \param [out] error why not
 * \return false if the chunk has another length
 */
bool
HasLength(const SctpWireReader& r, uint16_t expected, std::string& error)
{
    size_t length = r.GetRemaining() + SctpChunk::HEADER_SIZE;
    if (length != expected)
    {
        error = "chunk length " + std::to_string(length) + ", expected " + std::to_string(expected);
        return false;
    }
    return true;
}

/**
 * \brief Narrow a list size to a 16-bit count field.
 * \param [in] n the size
 * \return the count
 */
uint16_t
Count16(size_t n)
{
    NS_ASSERT_MSG(n <= std::numeric_limits<uint16_t>::max(), "too many entries for a count field");
    return static_cast<uint16_t>(n);
}

} // namespace

// INIT, INIT-ACK

void
SctpInitChunkBase::Print(std::ostream& os) const
{
    PrintHeadAndFlags(os, *this);
    os << ", tag=" << m_initiateTag << ", a_rwnd=" << m_arwnd << ", os=" << m_numOutboundStreams
       << ", is=" << m_numInboundStreams << ", tsn=" << m_initialTsn;
    PrintTlvList(os, m_parameters);
    os << "]";
}

uint32_t
SctpInitChunkBase::GetInitiateTag() const
{
    return m_initiateTag;
}

void
SctpInitChunkBase::SetInitiateTag(uint32_t v)
{
    m_initiateTag = v;
}

uint32_t
SctpInitChunkBase::GetARwnd() const
{
    return m_arwnd;
}

void
SctpInitChunkBase::SetARwnd(uint32_t v)
{
    m_arwnd = v;
}

uint16_t
SctpInitChunkBase::GetNumOutboundStreams() const
{
    return m_numOutboundStreams;
}

void
SctpInitChunkBase::SetNumOutboundStreams(uint16_t v)
{
    m_numOutboundStreams = v;
}

uint16_t
SctpInitChunkBase::GetNumInboundStreams() const
{
    return m_numInboundStreams;
}

void
SctpInitChunkBase::SetNumInboundStreams(uint16_t v)
{
    m_numInboundStreams = v;
}

uint32_t
SctpInitChunkBase::GetInitialTsn() const
{
    return m_initialTsn;
}

void
SctpInitChunkBase::SetInitialTsn(uint32_t v)
{
    m_initialTsn = v;
}

const std::vector<Ptr<SctpParameter>>&
SctpInitChunkBase::GetParameters() const
{
    return m_parameters;
}

void
SctpInitChunkBase::SetParameters(std::vector<Ptr<SctpParameter>> parameters)
{
    m_parameters = std::move(parameters);
}

void
SctpInitChunkBase::AddParameter(Ptr<SctpParameter> parameter)
{
    m_parameters.push_back(parameter);
}

Ptr<SctpParameter>
SctpInitChunkBase::FindParameter(uint16_t type) const
{
    for (const auto& p : m_parameters)
    {
        if (p->GetType() == type)
        {
            return p;
        }
    }
    return nullptr;
}

void
SctpInitChunkBase::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_initiateTag);
    w.WriteU32(m_arwnd);
    w.WriteU16(m_numOutboundStreams);
    w.WriteU16(m_numInboundStreams);
    w.WriteU32(m_initialTsn);
    SctpWriteTlvList(w, m_parameters);
}

bool
SctpInitChunkBase::DeserializeValue(SctpWireReader& r, std::string& error)
{
    if (!HasMinLength(r, FIXED_SIZE, error) || !r.ReadU32(m_initiateTag) || !r.ReadU32(m_arwnd) ||
        !r.ReadU16(m_numOutboundStreams) || !r.ReadU16(m_numInboundStreams) ||
        !r.ReadU32(m_initialTsn))
    {
        return false;
    }
    m_parameters.clear();
    return SctpParameter::DeserializeList(r, m_parameters, error);
}

uint8_t
SctpInitChunk::GetType() const
{
    return INIT;
}

uint8_t
SctpInitAckChunk::GetType() const
{
    return INIT_ACK;
}

// SACK, NR-SACK

bool
SctpGapAckBlock::operator==(const SctpGapAckBlock& o) const
{
    return start == o.start && end == o.end;
}

uint32_t
SctpSackChunkBase::GetCumulativeTsnAck() const
{
    return m_cumTsnAck;
}

void
SctpSackChunkBase::SetCumulativeTsnAck(uint32_t v)
{
    m_cumTsnAck = v;
}

uint32_t
SctpSackChunkBase::GetARwnd() const
{
    return m_arwnd;
}

void
SctpSackChunkBase::SetARwnd(uint32_t v)
{
    m_arwnd = v;
}

const std::vector<SctpGapAckBlock>&
SctpSackChunkBase::GetGapAckBlocks() const
{
    return m_gaps;
}

void
SctpSackChunkBase::SetGapAckBlocks(std::vector<SctpGapAckBlock> blocks)
{
    m_gaps = std::move(blocks);
}

void
SctpSackChunkBase::AddGapAckBlock(uint16_t start, uint16_t end)
{
    m_gaps.push_back({start, end});
}

const std::vector<uint32_t>&
SctpSackChunkBase::GetDuplicateTsns() const
{
    return m_duplicateTsns;
}

void
SctpSackChunkBase::SetDuplicateTsns(std::vector<uint32_t> tsns)
{
    m_duplicateTsns = std::move(tsns);
}

void
SctpSackChunkBase::AddDuplicateTsn(uint32_t tsn)
{
    m_duplicateTsns.push_back(tsn);
}

void
SctpSackChunkBase::WriteBlocks(SctpWireWriter& w, const std::vector<SctpGapAckBlock>& blocks)
{
    for (const auto& b : blocks)
    {
        w.WriteU16(b.start);
        w.WriteU16(b.end);
    }
}

bool
SctpSackChunkBase::ReadBlocks(SctpWireReader& r, uint16_t n, std::vector<SctpGapAckBlock>& blocks)
{
    blocks.resize(n);
    for (auto& b : blocks)
    {
        if (!r.ReadU16(b.start) || !r.ReadU16(b.end))
        {
            return false;
        }
    }
    return true;
}

void
SctpSackChunkBase::WriteDuplicates(SctpWireWriter& w) const
{
    for (uint32_t tsn : m_duplicateTsns)
    {
        w.WriteU32(tsn);
    }
}

bool
SctpSackChunkBase::ReadDuplicates(SctpWireReader& r, uint16_t n)
{
    m_duplicateTsns.resize(n);
    for (auto& tsn : m_duplicateTsns)
    {
        if (!r.ReadU32(tsn))
        {
            return false;
        }
    }
    return true;
}

bool
SctpSackChunkBase::CheckEntries(const SctpWireReader& r, size_t entries, std::string& error)
{
    // Checked before anything is read, so a hostile count cannot make the vectors grow past
    // what the chunk holds.
    if (r.GetRemaining() != entries * ENTRY_SIZE)
    {
        error = "the counts announce " + std::to_string(entries * ENTRY_SIZE) +
                " bytes of gap blocks and duplicate TSNs, the chunk holds " +
                std::to_string(r.GetRemaining());
        return false;
    }
    return true;
}

void
SctpSackChunkBase::PrintHead(std::ostream& os) const
{
    PrintHeadAndFlags(os, *this);
    os << ", cum_tsn=" << m_cumTsnAck << ", a_rwnd=" << m_arwnd << ", gaps=";
    PrintBlocks(os, m_gaps);
}

void
SctpSackChunkBase::PrintTail(std::ostream& os) const
{
    os << ", dups=[";
    for (size_t i = 0; i < m_duplicateTsns.size(); ++i)
    {
        os << (i ? ", " : "") << m_duplicateTsns[i];
    }
    os << "]]";
}

void
SctpSackChunkBase::PrintBlocks(std::ostream& os, const std::vector<SctpGapAckBlock>& blocks)
{
    os << "[";
    for (size_t i = 0; i < blocks.size(); ++i)
    {
        os << (i ? ", " : "") << blocks[i].start << ":" << blocks[i].end;
    }
    os << "]";
}

uint8_t
SctpSackChunk::GetType() const
{
    return SACK;
}

void
SctpSackChunk::Print(std::ostream& os) const
{
    PrintHead(os);
    PrintTail(os);
}

uint32_t
SctpSackChunk::GetValueSize() const
{
    return FIXED_SIZE - HEADER_SIZE + ENTRY_SIZE * (m_gaps.size() + m_duplicateTsns.size());
}

void
SctpSackChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_cumTsnAck);
    w.WriteU32(m_arwnd);
    w.WriteU16(Count16(m_gaps.size()));
    w.WriteU16(Count16(m_duplicateTsns.size()));
    WriteBlocks(w, m_gaps);
    WriteDuplicates(w);
}

bool
SctpSackChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    uint16_t numGaps = 0;
    uint16_t numDups = 0;
    if (!HasMinLength(r, FIXED_SIZE, error) || !r.ReadU32(m_cumTsnAck) || !r.ReadU32(m_arwnd) ||
        !r.ReadU16(numGaps) || !r.ReadU16(numDups) ||
        !CheckEntries(r, size_t{numGaps} + numDups, error))
    {
        return false;
    }
    return ReadBlocks(r, numGaps, m_gaps) && ReadDuplicates(r, numDups);
}

uint8_t
SctpNrSackChunk::GetType() const
{
    return NR_SACK;
}

void
SctpNrSackChunk::Print(std::ostream& os) const
{
    PrintHead(os);
    os << ", nr_gaps=";
    PrintBlocks(os, m_nrGaps);
    PrintTail(os);
}

bool
SctpNrSackChunk::IsAllNonRenegable() const
{
    return m_flags & SctpControlFlags::NR_SACK_ALL;
}

void
SctpNrSackChunk::SetAllNonRenegable(bool on)
{
    m_flags = WithBit(m_flags, SctpControlFlags::NR_SACK_ALL, on);
}

const std::vector<SctpGapAckBlock>&
SctpNrSackChunk::GetNrGapAckBlocks() const
{
    return m_nrGaps;
}

void
SctpNrSackChunk::SetNrGapAckBlocks(std::vector<SctpGapAckBlock> blocks)
{
    m_nrGaps = std::move(blocks);
}

void
SctpNrSackChunk::AddNrGapAckBlock(uint16_t start, uint16_t end)
{
    m_nrGaps.push_back({start, end});
}

uint32_t
SctpNrSackChunk::GetValueSize() const
{
    return FIXED_SIZE - HEADER_SIZE +
           ENTRY_SIZE * (m_gaps.size() + m_nrGaps.size() + m_duplicateTsns.size());
}

void
SctpNrSackChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_cumTsnAck);
    w.WriteU32(m_arwnd);
    w.WriteU16(Count16(m_gaps.size()));
    w.WriteU16(Count16(m_nrGaps.size()));
    w.WriteU16(Count16(m_duplicateTsns.size()));
    w.WriteU16(m_reserved);
    WriteBlocks(w, m_gaps);
    WriteBlocks(w, m_nrGaps);
    WriteDuplicates(w);
}

bool
SctpNrSackChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    uint16_t numGaps = 0;
    uint16_t numNrGaps = 0;
    uint16_t numDups = 0;
    if (!HasMinLength(r, FIXED_SIZE, error) || !r.ReadU32(m_cumTsnAck) || !r.ReadU32(m_arwnd) ||
        !r.ReadU16(numGaps) || !r.ReadU16(numNrGaps) || !r.ReadU16(numDups) ||
        !r.ReadU16(m_reserved) || !CheckEntries(r, size_t{numGaps} + numNrGaps + numDups, error))
    {
        return false;
    }
    return ReadBlocks(r, numGaps, m_gaps) && ReadBlocks(r, numNrGaps, m_nrGaps) &&
           ReadDuplicates(r, numDups);
}

// HEARTBEAT, HEARTBEAT-ACK

void
SctpHeartbeatChunkBase::Print(std::ostream& os) const
{
    PrintHeadAndFlags(os, *this);
    PrintTlvList(os, m_parameters);
    os << "]";
}

const std::vector<Ptr<SctpParameter>>&
SctpHeartbeatChunkBase::GetParameters() const
{
    return m_parameters;
}

void
SctpHeartbeatChunkBase::SetParameters(std::vector<Ptr<SctpParameter>> parameters)
{
    m_parameters = std::move(parameters);
}

bool
SctpHeartbeatChunkBase::GetHeartbeatInfo(std::vector<uint8_t>& info) const
{
    for (const auto& p : m_parameters)
    {
        if (p->GetType() != SctpParameter::HEARTBEAT_INFO)
        {
            continue;
        }
        // Through the bytes, so that any class holding the parameter will do.
        SctpWireWriter w;
        p->Serialize(w);
        SctpWireReader r(w.GetData());
        uint16_t length = 0;
        return r.Skip(2) && r.ReadU16(length) && length >= 4 && r.ReadBytes(length - 4, info);
    }
    return false;
}

void
SctpHeartbeatChunkBase::SetHeartbeatInfo(const std::vector<uint8_t>& info)
{
    NS_ASSERT_MSG(info.size() <= std::numeric_limits<uint16_t>::max() - 4u,
                  "heartbeat information too long for a parameter");
    SctpWireWriter w;
    size_t start = w.BeginTlv16(SctpParameter::HEARTBEAT_INFO);
    w.WriteBytes(info);
    w.EndTlv(start);
    // Parsed back so that the parameter has the class a received one would have.
    SctpWireReader r(w.GetData());
    std::string error;
    Ptr<SctpParameter> p = SctpParameter::Deserialize(r, error);
    if (!p)
    {
        Ptr<SctpUnknownParameter> raw =
            ns3::Create<SctpUnknownParameter>(SctpParameter::HEARTBEAT_INFO);
        raw->SetValue(info);
        p = raw;
    }
    m_parameters = {p};
}

void
SctpHeartbeatChunkBase::SerializeValue(SctpWireWriter& w) const
{
    SctpWriteTlvList(w, m_parameters);
}

bool
SctpHeartbeatChunkBase::DeserializeValue(SctpWireReader& r, std::string& error)
{
    m_parameters.clear();
    return SctpParameter::DeserializeList(r, m_parameters, error);
}

uint8_t
SctpHeartbeatChunk::GetType() const
{
    return HEARTBEAT;
}

uint8_t
SctpHeartbeatAckChunk::GetType() const
{
    return HEARTBEAT_ACK;
}

// ABORT, ERROR

void
SctpCauseListChunk::Print(std::ostream& os) const
{
    PrintHeadAndFlags(os, *this);
    PrintTlvList(os, m_causes);
    os << "]";
}

const std::vector<Ptr<SctpErrorCause>>&
SctpCauseListChunk::GetCauses() const
{
    return m_causes;
}

void
SctpCauseListChunk::SetCauses(std::vector<Ptr<SctpErrorCause>> causes)
{
    m_causes = std::move(causes);
}

void
SctpCauseListChunk::AddCause(Ptr<SctpErrorCause> cause)
{
    m_causes.push_back(cause);
}

void
SctpCauseListChunk::SerializeValue(SctpWireWriter& w) const
{
    SctpWriteTlvList(w, m_causes);
}

bool
SctpCauseListChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    m_causes.clear();
    return SctpErrorCause::DeserializeList(r, m_causes, error);
}

uint8_t
SctpAbortChunk::GetType() const
{
    return ABORT;
}

bool
SctpAbortChunk::HasTBit() const
{
    return m_flags & SctpControlFlags::T_BIT;
}

void
SctpAbortChunk::SetTBit(bool on)
{
    m_flags = WithBit(m_flags, SctpControlFlags::T_BIT, on);
}

uint8_t
SctpErrorChunk::GetType() const
{
    return ERROR;
}

// SHUTDOWN-ACK, COOKIE-ACK, SHUTDOWN-COMPLETE

void
SctpEmptyChunk::Print(std::ostream& os) const
{
    PrintHeadAndFlags(os, *this);
    os << "]";
}

uint32_t
SctpEmptyChunk::GetValueSize() const
{
    return 0;
}

void
SctpEmptyChunk::SerializeValue(SctpWireWriter& w) const
{
}

bool
SctpEmptyChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    return HasLength(r, HEADER_SIZE, error);
}

uint8_t
SctpShutdownAckChunk::GetType() const
{
    return SHUTDOWN_ACK;
}

uint8_t
SctpCookieAckChunk::GetType() const
{
    return COOKIE_ACK;
}

uint8_t
SctpShutdownCompleteChunk::GetType() const
{
    return SHUTDOWN_COMPLETE;
}

bool
SctpShutdownCompleteChunk::HasTBit() const
{
    return m_flags & SctpControlFlags::T_BIT;
}

void
SctpShutdownCompleteChunk::SetTBit(bool on)
{
    m_flags = WithBit(m_flags, SctpControlFlags::T_BIT, on);
}

// SHUTDOWN, ECNE, CWR

void
SctpTsnChunk::Print(std::ostream& os) const
{
    PrintHeadAndFlags(os, *this);
    os << ", " << GetTsnLabel() << "=" << m_tsn << "]";
}

uint32_t
SctpTsnChunk::GetValueSize() const
{
    return 4;
}

void
SctpTsnChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_tsn);
}

bool
SctpTsnChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    return HasLength(r, HEADER_SIZE + 4, error) && r.ReadU32(m_tsn);
}

const char*
SctpTsnChunk::GetTsnLabel() const
{
    return "tsn";
}

uint8_t
SctpShutdownChunk::GetType() const
{
    return SHUTDOWN;
}

uint32_t
SctpShutdownChunk::GetCumulativeTsnAck() const
{
    return m_tsn;
}

void
SctpShutdownChunk::SetCumulativeTsnAck(uint32_t v)
{
    m_tsn = v;
}

const char*
SctpShutdownChunk::GetTsnLabel() const
{
    return "cum_tsn";
}

uint32_t
SctpEcnChunkBase::GetLowestTsn() const
{
    return m_tsn;
}

void
SctpEcnChunkBase::SetLowestTsn(uint32_t v)
{
    m_tsn = v;
}

uint8_t
SctpEcneChunk::GetType() const
{
    return ECNE;
}

void
SctpEcneChunk::Print(std::ostream& os) const
{
    PrintHeadAndFlags(os, *this);
    os << ", tsn=" << m_tsn;
    if (m_hasPacketCount)
    {
        os << ", pkts=" << m_packetsSinceCwr;
    }
    os << "]";
}

bool
SctpEcneChunk::HasPacketsSinceCwr() const
{
    return m_hasPacketCount;
}

uint32_t
SctpEcneChunk::GetPacketsSinceCwr() const
{
    return m_hasPacketCount ? m_packetsSinceCwr : 1;
}

void
SctpEcneChunk::SetPacketsSinceCwr(uint32_t n)
{
    m_hasPacketCount = true;
    m_packetsSinceCwr = n;
}

void
SctpEcneChunk::ClearPacketsSinceCwr()
{
    m_hasPacketCount = false;
    m_packetsSinceCwr = 0;
}

uint32_t
SctpEcneChunk::GetValueSize() const
{
    return m_hasPacketCount ? 8 : 4;
}

void
SctpEcneChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_tsn);
    if (m_hasPacketCount)
    {
        w.WriteU32(m_packetsSinceCwr);
    }
}

bool
SctpEcneChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    // RFC 9260's form has length 8; FreeBSD's adds the packet count (length 12).
    ClearPacketsSinceCwr();
    if (r.GetRemaining() == 8)
    {
        m_hasPacketCount = true;
        return r.ReadU32(m_tsn) && r.ReadU32(m_packetsSinceCwr);
    }
    if (r.GetRemaining() != 4)
    {
        error =
            "chunk length " + std::to_string(r.GetRemaining() + HEADER_SIZE) + ", expected 8 or 12";
        return false;
    }
    return r.ReadU32(m_tsn);
}

uint8_t
SctpCwrChunk::GetType() const
{
    return CWR;
}

bool
SctpCwrChunk::IsReduceOverride() const
{
    return m_flags & SctpControlFlags::CWR_REDUCE_OVERRIDE;
}

void
SctpCwrChunk::SetReduceOverride(bool on)
{
    m_flags = WithBit(m_flags, SctpControlFlags::CWR_REDUCE_OVERRIDE, on);
}

bool
SctpCwrChunk::IsInSameWindow() const
{
    return m_flags & SctpControlFlags::CWR_IN_SAME_WINDOW;
}

void
SctpCwrChunk::SetInSameWindow(bool on)
{
    m_flags = WithBit(m_flags, SctpControlFlags::CWR_IN_SAME_WINDOW, on);
}

// COOKIE-ECHO

uint8_t
SctpCookieEchoChunk::GetType() const
{
    return COOKIE_ECHO;
}

void
SctpCookieEchoChunk::Print(std::ostream& os) const
{
    PrintHeadAndFlags(os, *this);
    os << ", len=" << m_cookie.size() << "]";
}

const std::vector<uint8_t>&
SctpCookieEchoChunk::GetCookie() const
{
    return m_cookie;
}

void
SctpCookieEchoChunk::SetCookie(std::vector<uint8_t> cookie)
{
    m_cookie = std::move(cookie);
}

uint32_t
SctpCookieEchoChunk::GetValueSize() const
{
    return m_cookie.size();
}

void
SctpCookieEchoChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteBytes(m_cookie);
}

bool
SctpCookieEchoChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    // An empty cookie is well framed; validating it is the association's job.
    r.ReadRest(m_cookie);
    return true;
}

// Factory

Ptr<SctpChunk>
SctpCreateControlChunk(uint8_t type)
{
    switch (type)
    {
    case SctpChunk::INIT:
        return ns3::Create<SctpInitChunk>();
    case SctpChunk::INIT_ACK:
        return ns3::Create<SctpInitAckChunk>();
    case SctpChunk::SACK:
        return ns3::Create<SctpSackChunk>();
    case SctpChunk::NR_SACK:
        return ns3::Create<SctpNrSackChunk>();
    case SctpChunk::HEARTBEAT:
        return ns3::Create<SctpHeartbeatChunk>();
    case SctpChunk::HEARTBEAT_ACK:
        return ns3::Create<SctpHeartbeatAckChunk>();
    case SctpChunk::ABORT:
        return ns3::Create<SctpAbortChunk>();
    case SctpChunk::ERROR:
        return ns3::Create<SctpErrorChunk>();
    case SctpChunk::SHUTDOWN:
        return ns3::Create<SctpShutdownChunk>();
    case SctpChunk::SHUTDOWN_ACK:
        return ns3::Create<SctpShutdownAckChunk>();
    case SctpChunk::COOKIE_ECHO:
        return ns3::Create<SctpCookieEchoChunk>();
    case SctpChunk::COOKIE_ACK:
        return ns3::Create<SctpCookieAckChunk>();
    case SctpChunk::ECNE:
        return ns3::Create<SctpEcneChunk>();
    case SctpChunk::CWR:
        return ns3::Create<SctpCwrChunk>();
    case SctpChunk::SHUTDOWN_COMPLETE:
        return ns3::Create<SctpShutdownCompleteChunk>();
    default:
        return nullptr;
    }
}

} // namespace ns3
