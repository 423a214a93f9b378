/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-extension-chunks.h"

#include "sctp-tlv-value.h"

#include "ns3/assert.h"

#include <iomanip>

namespace ns3
{

namespace
{

/**
 * \brief Print "NAME[flgs=0x.., len=N" and leave the bracket open for the fields.
 * \param [in,out] os the stream
 * \param [in] c the chunk
 */
void
PrintChunkHead(std::ostream& os, const SctpChunk& c)
{
    os << c.GetName() << "[flgs=0x" << std::hex << static_cast<int>(c.GetFlags()) << std::dec
       << ", len=" << c.GetLength();
}

/**
 * \brief Print bytes as contiguous hex digits.
 * \param [in,out] os the stream
 * \param [in] bytes the bytes
 */
void
PrintHex(std::ostream& os, const std::vector<uint8_t>& bytes)
{
    std::ios::fmtflags saved = os.flags();
    char fill = os.fill('0');
    os << std::hex;
    for (uint8_t b : bytes)
    {
        os << std::setw(2) << static_cast<int>(b);
    }
    os.fill(fill);
    os.flags(saved);
}

/**
 * \param [in] p a parameter
 * \return true if it is an IPv4 or IPv6 address parameter of the right length
 */
bool
IsAddressParameter(const SctpParameter& p)
{
    // RFC 9260 §3.3.2.1: IPv4 address parameter 8 bytes, IPv6 20 bytes.
    return (p.GetType() == SctpParameter::IPV4_ADDRESS && p.GetLength() == 8) ||
           (p.GetType() == SctpParameter::IPV6_ADDRESS && p.GetLength() == 20);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// AUTH

uint8_t
SctpAuthChunk::GetType() const
{
    return AUTH;
}

void
SctpAuthChunk::Print(std::ostream& os) const
{
    PrintChunkHead(os, *this);
    os << ", keyid=" << m_sharedKeyId << ", hmac_id=" << m_hmacId << ", hmac=";
    PrintHex(os, m_hmac);
    os << "]";
}

uint16_t
SctpAuthChunk::GetSharedKeyId() const
{
    return m_sharedKeyId;
}

void
SctpAuthChunk::SetSharedKeyId(uint16_t v)
{
    m_sharedKeyId = v;
}

uint16_t
SctpAuthChunk::GetHmacId() const
{
    return m_hmacId;
}

void
SctpAuthChunk::SetHmacId(uint16_t v)
{
    m_hmacId = v;
}

const std::vector<uint8_t>&
SctpAuthChunk::GetHmac() const
{
    return m_hmac;
}

void
SctpAuthChunk::SetHmac(std::vector<uint8_t> hmac)
{
    m_hmac = std::move(hmac);
}

uint32_t
SctpAuthChunk::GetValueSize() const
{
    return HMAC_OFFSET - HEADER_SIZE + m_hmac.size();
}

void
SctpAuthChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU16(m_sharedKeyId);
    w.WriteU16(m_hmacId);
    w.WriteBytes(m_hmac);
}

bool
SctpAuthChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    // The HMAC's size depends on the identifier, which may be one we do not support; that is
    // the authentication code's answer to give (an error cause), not a parse failure.
    if (!r.ReadU16(m_sharedKeyId) || !r.ReadU16(m_hmacId))
    {
        error = "shorter than the 8-byte AUTH header";
        return false;
    }
    r.ReadRest(m_hmac);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Parameter lists: ASCONF, ASCONF-ACK, RE-CONFIG

const std::vector<Ptr<SctpParameter>>&
SctpParameterListChunk::GetParameters() const
{
    return m_parameters;
}

void
SctpParameterListChunk::SetParameters(std::vector<Ptr<SctpParameter>> parameters)
{
    m_parameters = std::move(parameters);
}

void
SctpParameterListChunk::AddParameter(Ptr<SctpParameter> parameter)
{
    NS_ASSERT_MSG(parameter, "null parameter");
    m_parameters.push_back(parameter);
}

void
SctpParameterListChunk::SerializeParameters(SctpWireWriter& w) const
{
    // The chunk length leaves out the last parameter's padding (RFC 9260 §3.2).
    SctpWriteTlvList(w, m_parameters);
}

bool
SctpParameterListChunk::DeserializeParameters(SctpWireReader& r, std::string& error)
{
    m_parameters.clear();
    return SctpParameter::DeserializeList(r, m_parameters, error);
}

void
SctpParameterListChunk::PrintParameters(std::ostream& os) const
{
    os << ", params=[";
    for (size_t i = 0; i < m_parameters.size(); ++i)
    {
        os << (i ? ", " : "") << *m_parameters[i];
    }
    os << "]";
}

uint32_t
SctpAsconfBaseChunk::GetSerialNumber() const
{
    return m_serialNumber;
}

void
SctpAsconfBaseChunk::SetSerialNumber(uint32_t v)
{
    m_serialNumber = v;
}

uint8_t
SctpAsconfChunk::GetType() const
{
    return ASCONF;
}

void
SctpAsconfChunk::Print(std::ostream& os) const
{
    PrintChunkHead(os, *this);
    os << ", sn=" << m_serialNumber << ", addr=";
    if (m_address)
    {
        os << *m_address;
    }
    PrintParameters(os);
    os << "]";
}

Ptr<SctpParameter>
SctpAsconfChunk::GetAddressParameter() const
{
    return m_address;
}

void
SctpAsconfChunk::SetAddressParameter(Ptr<SctpParameter> address)
{
    NS_ASSERT_MSG(address && IsAddressParameter(*address),
                  "ASCONF needs an IPv4 or IPv6 address parameter");
    m_address = address;
}

void
SctpAsconfChunk::SerializeValue(SctpWireWriter& w) const
{
    NS_ASSERT_MSG(m_address, "ASCONF without its address parameter");
    w.WriteU32(m_serialNumber);
    // 8 or 20 bytes: its padding is nil, so it may be written padded even when last.
    m_address->Serialize(w);
    SerializeParameters(w);
}

bool
SctpAsconfChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    if (!r.ReadU32(m_serialNumber))
    {
        error = "shorter than its 4-byte serial number";
        return false;
    }
    if (r.IsAtEnd())
    {
        error = "no Address Parameter";
        return false;
    }
    std::string why;
    m_address = SctpParameter::Deserialize(r, why);
    if (!m_address)
    {
        error = "Address Parameter: " + why;
        return false;
    }
    if (!IsAddressParameter(*m_address))
    {
        error = "Address Parameter is " + m_address->GetName() + " of length " +
                std::to_string(m_address->GetLength()) +
                ", not an IPv4 (5, length 8) or IPv6 (6, length 20) address";
        m_address = nullptr;
        return false;
    }
    return DeserializeParameters(r, error);
}

uint8_t
SctpAsconfAckChunk::GetType() const
{
    return ASCONF_ACK;
}

void
SctpAsconfAckChunk::Print(std::ostream& os) const
{
    PrintChunkHead(os, *this);
    os << ", sn=" << m_serialNumber;
    PrintParameters(os);
    os << "]";
}

void
SctpAsconfAckChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_serialNumber);
    SerializeParameters(w);
}

bool
SctpAsconfAckChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    if (!r.ReadU32(m_serialNumber))
    {
        error = "shorter than its 4-byte serial number";
        return false;
    }
    return DeserializeParameters(r, error);
}

uint8_t
SctpReConfigChunk::GetType() const
{
    return RE_CONFIG;
}

void
SctpReConfigChunk::Print(std::ostream& os) const
{
    PrintChunkHead(os, *this);
    PrintParameters(os);
    os << "]";
}

void
SctpReConfigChunk::SerializeValue(SctpWireWriter& w) const
{
    NS_ASSERT_MSG(!GetParameters().empty() && GetParameters().size() <= MAX_PARAMETERS,
                  "RE-CONFIG carries one or two parameters");
    SerializeParameters(w);
}

bool
SctpReConfigChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    if (!DeserializeParameters(r, error))
    {
        return false;
    }
    size_t n = GetParameters().size();
    if (n == 0 || n > MAX_PARAMETERS)
    {
        error = std::to_string(n) + " re-configuration parameters, not one or two";
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// PAD

uint8_t
SctpPadChunk::GetType() const
{
    return PAD;
}

void
SctpPadChunk::Print(std::ostream& os) const
{
    PrintChunkHead(os, *this);
    os << "]";
}

uint16_t
SctpPadChunk::GetPaddingLength() const
{
    return m_paddingLength;
}

void
SctpPadChunk::SetPaddingLength(uint16_t n)
{
    NS_ASSERT_MSG(n <= UINT16_MAX - HEADER_SIZE, "PAD chunk longer than 65535 bytes");
    m_paddingLength = n;
}

uint32_t
SctpPadChunk::GetValueSize() const
{
    return m_paddingLength;
}

void
SctpPadChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteZeros(m_paddingLength);
}

bool
SctpPadChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    // RFC 4820 §3: the receiver ignores the padding data, whatever it holds.
    m_paddingLength = static_cast<uint16_t>(r.GetRemaining());
    r.Skip(r.GetRemaining());
    return true;
}

// ---------------------------------------------------------------------------------------------
// FORWARD-TSN and I-FORWARD-TSN

void
SctpForwardTsnStream::Serialize(SctpWireWriter& w) const
{
    w.WriteU16(streamId);
    w.WriteU16(streamSeq);
}

bool
SctpForwardTsnStream::Deserialize(SctpWireReader& r)
{
    return r.ReadU16(streamId) && r.ReadU16(streamSeq);
}

void
SctpForwardTsnStream::Print(std::ostream& os) const
{
    os << "{" << streamId << "," << streamSeq << "}";
}

bool
SctpForwardTsnStream::operator==(const SctpForwardTsnStream& o) const
{
    return streamId == o.streamId && streamSeq == o.streamSeq;
}

void
SctpIForwardTsnStream::Serialize(SctpWireWriter& w) const
{
    w.WriteU16(streamId);
    w.WriteU16(unordered ? UNORDERED : 0);
    w.WriteU32(messageId);
}

bool
SctpIForwardTsnStream::Deserialize(SctpWireReader& r)
{
    uint16_t flags;
    if (!r.ReadU16(streamId) || !r.ReadU16(flags) || !r.ReadU32(messageId))
    {
        return false;
    }
    unordered = flags & UNORDERED; // the 15 reserved bits are ignored on receipt
    return true;
}

void
SctpIForwardTsnStream::Print(std::ostream& os) const
{
    os << "{" << streamId << "," << (unordered ? 1 : 0) << "," << messageId << "}";
}

bool
SctpIForwardTsnStream::operator==(const SctpIForwardTsnStream& o) const
{
    return streamId == o.streamId && unordered == o.unordered && messageId == o.messageId;
}

template <typename Entry>
void
SctpForwardTsnChunkBase<Entry>::Print(std::ostream& os) const
{
    PrintChunkHead(os, *this);
    os << ", cum_tsn=" << m_newCumulativeTsn << ", ids=[";
    for (size_t i = 0; i < m_streams.size(); ++i)
    {
        os << (i ? "," : "");
        m_streams[i].Print(os);
    }
    os << "]]";
}

template <typename Entry>
uint32_t
SctpForwardTsnChunkBase<Entry>::GetNewCumulativeTsn() const
{
    return m_newCumulativeTsn;
}

template <typename Entry>
void
SctpForwardTsnChunkBase<Entry>::SetNewCumulativeTsn(uint32_t v)
{
    m_newCumulativeTsn = v;
}

template <typename Entry>
const std::vector<Entry>&
SctpForwardTsnChunkBase<Entry>::GetStreams() const
{
    return m_streams;
}

template <typename Entry>
void
SctpForwardTsnChunkBase<Entry>::SetStreams(std::vector<Entry> streams)
{
    m_streams = std::move(streams);
}

template <typename Entry>
uint32_t
SctpForwardTsnChunkBase<Entry>::GetValueSize() const
{
    return 4 + Entry::SIZE * m_streams.size();
}

template <typename Entry>
void
SctpForwardTsnChunkBase<Entry>::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_newCumulativeTsn);
    for (const Entry& e : m_streams)
    {
        e.Serialize(w);
    }
}

template <typename Entry>
bool
SctpForwardTsnChunkBase<Entry>::DeserializeValue(SctpWireReader& r, std::string& error)
{
    if (!r.ReadU32(m_newCumulativeTsn))
    {
        error = "shorter than its 4-byte new cumulative TSN";
        return false;
    }
    if (r.GetRemaining() % Entry::SIZE != 0)
    {
        error = std::to_string(r.GetRemaining()) + " bytes of stream entries, not a multiple of " +
                std::to_string(Entry::SIZE);
        return false;
    }
    m_streams.assign(r.GetRemaining() / Entry::SIZE, Entry());
    for (Entry& e : m_streams)
    {
        if (!e.Deserialize(r))
        {
            error = "truncated stream entry";
            return false;
        }
    }
    return true;
}

template class SctpForwardTsnChunkBase<SctpForwardTsnStream>;
template class SctpForwardTsnChunkBase<SctpIForwardTsnStream>;

uint8_t
SctpForwardTsnChunk::GetType() const
{
    return FORWARD_TSN;
}

uint8_t
SctpIForwardTsnChunk::GetType() const
{
    return I_FORWARD_TSN;
}

// ---------------------------------------------------------------------------------------------
// PKTDROP

uint8_t
SctpPktDropChunk::GetType() const
{
    return PKTDROP;
}

void
SctpPktDropChunk::Print(std::ostream& os) const
{
    os << GetName() << "[flgs=" << (IsFromMiddlebox() ? "M" : "") << (IsBadCrc() ? "B" : "")
       << (IsTruncated() ? "T" : "") << ", len=" << GetLength() << ", bw=" << m_linkBandwidth
       << ", sample=" << m_queueDepth << ", trunc_len=" << m_truncatedLength
       << ", data_len=" << m_packet.size() << "]";
}

void
SctpPktDropChunk::SetFlag(uint8_t bit, bool on)
{
    m_flags = on ? (m_flags | bit) : (m_flags & ~bit);
}

bool
SctpPktDropChunk::IsFromMiddlebox() const
{
    return m_flags & SctpPktDropFlags::FROM_MIDDLEBOX;
}

bool
SctpPktDropChunk::IsBadCrc() const
{
    return m_flags & SctpPktDropFlags::BAD_CRC;
}

bool
SctpPktDropChunk::IsTruncated() const
{
    return m_flags & SctpPktDropFlags::TRUNCATED;
}

void
SctpPktDropChunk::SetFromMiddlebox(bool on)
{
    SetFlag(SctpPktDropFlags::FROM_MIDDLEBOX, on);
}

void
SctpPktDropChunk::SetBadCrc(bool on)
{
    SetFlag(SctpPktDropFlags::BAD_CRC, on);
}

void
SctpPktDropChunk::SetTruncated(bool on)
{
    SetFlag(SctpPktDropFlags::TRUNCATED, on);
}

uint32_t
SctpPktDropChunk::GetLinkBandwidth() const
{
    return m_linkBandwidth;
}

void
SctpPktDropChunk::SetLinkBandwidth(uint32_t v)
{
    m_linkBandwidth = v;
}

uint32_t
SctpPktDropChunk::GetQueueDepth() const
{
    return m_queueDepth;
}

void
SctpPktDropChunk::SetQueueDepth(uint32_t v)
{
    m_queueDepth = v;
}

uint16_t
SctpPktDropChunk::GetTruncatedLength() const
{
    return m_truncatedLength;
}

void
SctpPktDropChunk::SetTruncatedLength(uint16_t v)
{
    m_truncatedLength = v;
}

const std::vector<uint8_t>&
SctpPktDropChunk::GetDroppedPacket() const
{
    return m_packet;
}

void
SctpPktDropChunk::SetDroppedPacket(std::vector<uint8_t> packet)
{
    m_packet = std::move(packet);
}

uint32_t
SctpPktDropChunk::GetValueSize() const
{
    return FIXED_SIZE - HEADER_SIZE + m_packet.size();
}

void
SctpPktDropChunk::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_linkBandwidth);
    w.WriteU32(m_queueDepth);
    w.WriteU16(m_truncatedLength);
    w.WriteU16(0); // reserved
    w.WriteBytes(m_packet);
}

bool
SctpPktDropChunk::DeserializeValue(SctpWireReader& r, std::string& error)
{
    uint16_t reserved;
    if (!r.ReadU32(m_linkBandwidth) || !r.ReadU32(m_queueDepth) || !r.ReadU16(m_truncatedLength) ||
        !r.ReadU16(reserved))
    {
        error = "shorter than the 16-byte PKTDROP header";
        return false;
    }
    r.ReadRest(m_packet);
    return true;
}

// ---------------------------------------------------------------------------------------------

Ptr<SctpChunk>
SctpCreateExtensionChunk(uint8_t type)
{
    switch (type)
    {
    case SctpChunk::AUTH:
        return Create<SctpAuthChunk>();
    case SctpChunk::ASCONF:
        return Create<SctpAsconfChunk>();
    case SctpChunk::ASCONF_ACK:
        return Create<SctpAsconfAckChunk>();
    case SctpChunk::RE_CONFIG:
        return Create<SctpReConfigChunk>();
    case SctpChunk::PAD:
        return Create<SctpPadChunk>();
    case SctpChunk::FORWARD_TSN:
        return Create<SctpForwardTsnChunk>();
    case SctpChunk::I_FORWARD_TSN:
        return Create<SctpIForwardTsnChunk>();
    case SctpChunk::PKTDROP:
        return Create<SctpPktDropChunk>();
    default:
        return nullptr;
    }
}

} // namespace ns3
