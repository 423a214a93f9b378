/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-parameters.h"

#include "ns3/assert.h"

namespace ns3
{

namespace
{

/// Shorthand for a row of the parameter table.
template <class T>
constexpr SctpTlvKind<SctpParameter>
Kind(const char* name)
{
    return {T::TYPE, name, &SctpMakeTlv<SctpParameter, T>};
}

/// Every parameter type the codec knows: its name and its class.
const SctpTlvKind<SctpParameter> g_parameterKinds[] = {
    Kind<SctpHeartbeatInfoParameter>("HEARTBEAT_INFO"),
    Kind<SctpIpv4AddressParameter>("IPV4_ADDRESS"),
    Kind<SctpIpv6AddressParameter>("IPV6_ADDRESS"),
    Kind<SctpStateCookieParameter>("STATE_COOKIE"),
    Kind<SctpUnrecognizedParameter>("UNRECOGNIZED_PARAMETER"),
    Kind<SctpCookiePreservativeParameter>("COOKIE_PRESERVATIVE"),
    Kind<SctpHostNameAddressParameter>("HOST_NAME_ADDRESS"),
    Kind<SctpSupportedAddressTypesParameter>("SUPPORTED_ADDRESS_TYPES"),
    Kind<SctpOutgoingSsnResetRequestParameter>("OUTGOING_SSN_RESET_REQUEST"),
    Kind<SctpIncomingSsnResetRequestParameter>("INCOMING_SSN_RESET_REQUEST"),
    Kind<SctpSsnTsnResetRequestParameter>("SSN_TSN_RESET_REQUEST"),
    Kind<SctpReconfigResponseParameter>("RECONFIG_RESPONSE"),
    Kind<SctpAddOutgoingStreamsRequestParameter>("ADD_OUTGOING_STREAMS_REQUEST"),
    Kind<SctpAddIncomingStreamsRequestParameter>("ADD_INCOMING_STREAMS_REQUEST"),
    Kind<SctpEcnCapableParameter>("ECN_CAPABLE"),
    Kind<SctpZeroChecksumAcceptableParameter>("ZERO_CHECKSUM_ACCEPTABLE"),
    Kind<SctpRandomParameter>("RANDOM"),
    Kind<SctpChunkListParameter>("CHUNK_LIST"),
    Kind<SctpRequestedHmacAlgorithmParameter>("REQUESTED_HMAC_ALGORITHM"),
    Kind<SctpPaddingParameter>("PADDING"),
    Kind<SctpSupportedExtensionsParameter>("SUPPORTED_EXTENSIONS"),
    Kind<SctpForwardTsnSupportedParameter>("FORWARD_TSN_SUPPORTED"),
    Kind<SctpAddIpAddressParameter>("ADD_IP_ADDRESS"),
    Kind<SctpDeleteIpAddressParameter>("DELETE_IP_ADDRESS"),
    Kind<SctpErrorCauseIndicationParameter>("ERROR_CAUSE_INDICATION"),
    Kind<SctpSetPrimaryAddressParameter>("SET_PRIMARY_ADDRESS"),
    Kind<SctpSuccessIndicationParameter>("SUCCESS_INDICATION"),
    Kind<SctpAdaptationLayerIndicationParameter>("ADAPTATION_LAYER_INDICATION"),
    Kind<SctpNatSupportParameter>("NAT_SUPPORT"),
};

/**
 * \brief Read the fixed 32-bit fields that open a value.
 * \param [in,out] r the value
 * \param [in] fields where to store them, in wire order
 * \param [out] error set if the value is shorter than the fields
 * \return false if the value is too short
 */
bool
ReadFixedU32s(SctpWireReader& r, std::initializer_list<uint32_t*> fields, std::string& error)
{
    if (r.GetRemaining() < 4 * fields.size())
    {
        error = "value is " + std::to_string(r.GetRemaining()) + " bytes, shorter than its " +
                std::to_string(4 * fields.size()) + " fixed bytes";
        return false;
    }
    for (uint32_t* f : fields)
    {
        r.ReadU32(*f);
    }
    return true;
}

} // namespace

Ptr<SctpParameter>
SctpParameter::Create(uint16_t type)
{
    const SctpTlvKind<SctpParameter>* k = SctpFindTlvKind(g_parameterKinds, type);
    if (k)
    {
        return k->create();
    }
    return ns3::Create<SctpUnknownParameter>(type);
}

std::string
SctpParameterTypeName(uint16_t type)
{
    const SctpTlvKind<SctpParameter>* k = SctpFindTlvKind(g_parameterKinds, type);
    return k ? k->name : SctpUnknownParameter(type).SctpParameter::GetName();
}

std::vector<uint8_t>
SctpParameterListBytes(const std::vector<Ptr<SctpParameter>>& parameters)
{
    SctpWireWriter w;
    SctpWriteTlvList(w, parameters);
    return w.Release();
}

const std::vector<uint8_t>&
SctpHeartbeatInfoParameter::GetInfo() const
{
    return m_value;
}

void
SctpHeartbeatInfoParameter::SetInfo(std::vector<uint8_t> info)
{
    m_value = std::move(info);
}

SctpIpv4AddressParameter::SctpIpv4AddressParameter(Ipv4Address address)
{
    SetAddress(address);
}

SctpIpv6AddressParameter::SctpIpv6AddressParameter(Ipv6Address address)
{
    SetAddress(address);
}

const std::vector<uint8_t>&
SctpStateCookieParameter::GetCookie() const
{
    return m_value;
}

void
SctpStateCookieParameter::SetCookie(std::vector<uint8_t> cookie)
{
    m_value = std::move(cookie);
}

SctpUnrecognizedParameter::SctpUnrecognizedParameter(Ptr<const SctpParameter> unrecognized)
{
    SetParameter(unrecognized);
}

uint32_t
SctpCookiePreservativeParameter::GetLifeSpanIncrement() const
{
    return m_value;
}

void
SctpCookiePreservativeParameter::SetLifeSpanIncrement(uint32_t ms)
{
    m_value = ms;
}

std::string
SctpHostNameAddressParameter::GetHostName() const
{
    std::string name(m_value.begin(), m_value.end());
    return name.substr(0, name.find('\0'));
}

void
SctpHostNameAddressParameter::SetHostName(const std::string& name)
{
    m_value.assign(name.begin(), name.end());
    m_value.push_back(0);
}

const std::vector<uint16_t>&
SctpSupportedAddressTypesParameter::GetAddressTypes() const
{
    return m_value;
}

void
SctpSupportedAddressTypesParameter::SetAddressTypes(std::vector<uint16_t> types)
{
    m_value = std::move(types);
}

uint32_t
SctpOutgoingSsnResetRequestParameter::GetRequestSeq() const
{
    return m_requestSeq;
}

void
SctpOutgoingSsnResetRequestParameter::SetRequestSeq(uint32_t v)
{
    m_requestSeq = v;
}

uint32_t
SctpOutgoingSsnResetRequestParameter::GetResponseSeq() const
{
    return m_responseSeq;
}

void
SctpOutgoingSsnResetRequestParameter::SetResponseSeq(uint32_t v)
{
    m_responseSeq = v;
}

uint32_t
SctpOutgoingSsnResetRequestParameter::GetLastAssignedTsn() const
{
    return m_lastTsn;
}

void
SctpOutgoingSsnResetRequestParameter::SetLastAssignedTsn(uint32_t v)
{
    m_lastTsn = v;
}

const std::vector<uint16_t>&
SctpOutgoingSsnResetRequestParameter::GetStreams() const
{
    return m_streams;
}

void
SctpOutgoingSsnResetRequestParameter::SetStreams(std::vector<uint16_t> streams)
{
    m_streams = std::move(streams);
}

void
SctpOutgoingSsnResetRequestParameter::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_requestSeq);
    w.WriteU32(m_responseSeq);
    w.WriteU32(m_lastTsn);
    SctpWriteU16List(w, m_streams);
}

bool
SctpOutgoingSsnResetRequestParameter::DeserializeValue(SctpWireReader& r, std::string& error)
{
    return ReadFixedU32s(r, {&m_requestSeq, &m_responseSeq, &m_lastTsn}, error) &&
           SctpReadU16List(r, m_streams, error);
}

uint32_t
SctpIncomingSsnResetRequestParameter::GetRequestSeq() const
{
    return m_requestSeq;
}

void
SctpIncomingSsnResetRequestParameter::SetRequestSeq(uint32_t v)
{
    m_requestSeq = v;
}

const std::vector<uint16_t>&
SctpIncomingSsnResetRequestParameter::GetStreams() const
{
    return m_streams;
}

void
SctpIncomingSsnResetRequestParameter::SetStreams(std::vector<uint16_t> streams)
{
    m_streams = std::move(streams);
}

void
SctpIncomingSsnResetRequestParameter::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_requestSeq);
    SctpWriteU16List(w, m_streams);
}

bool
SctpIncomingSsnResetRequestParameter::DeserializeValue(SctpWireReader& r, std::string& error)
{
    return ReadFixedU32s(r, {&m_requestSeq}, error) && SctpReadU16List(r, m_streams, error);
}

uint32_t
SctpSsnTsnResetRequestParameter::GetRequestSeq() const
{
    return m_value;
}

void
SctpSsnTsnResetRequestParameter::SetRequestSeq(uint32_t v)
{
    m_value = v;
}

uint32_t
SctpReconfigResponseParameter::GetResponseSeq() const
{
    return m_responseSeq;
}

void
SctpReconfigResponseParameter::SetResponseSeq(uint32_t v)
{
    m_responseSeq = v;
}

uint32_t
SctpReconfigResponseParameter::GetResult() const
{
    return m_result;
}

void
SctpReconfigResponseParameter::SetResult(uint32_t v)
{
    m_result = v;
}

bool
SctpReconfigResponseParameter::HasNextTsns() const
{
    return m_hasNextTsns;
}

uint32_t
SctpReconfigResponseParameter::GetSenderNextTsn() const
{
    return m_senderNextTsn;
}

uint32_t
SctpReconfigResponseParameter::GetReceiverNextTsn() const
{
    return m_receiverNextTsn;
}

void
SctpReconfigResponseParameter::SetNextTsns(uint32_t senderNextTsn, uint32_t receiverNextTsn)
{
    m_hasNextTsns = true;
    m_senderNextTsn = senderNextTsn;
    m_receiverNextTsn = receiverNextTsn;
}

void
SctpReconfigResponseParameter::ClearNextTsns()
{
    m_hasNextTsns = false;
    m_senderNextTsn = 0;
    m_receiverNextTsn = 0;
}

void
SctpReconfigResponseParameter::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_responseSeq);
    w.WriteU32(m_result);
    if (m_hasNextTsns)
    {
        w.WriteU32(m_senderNextTsn);
        w.WriteU32(m_receiverNextTsn);
    }
}

bool
SctpReconfigResponseParameter::DeserializeValue(SctpWireReader& r, std::string& error)
{
    // The two next-TSN fields come together or not at all (RFC 6525 §4.4): 8 or 16 bytes.
    if (r.GetRemaining() != 8 && r.GetRemaining() != 16)
    {
        error = "value is " + std::to_string(r.GetRemaining()) + " bytes, expected 8 or 16";
        return false;
    }
    ReadFixedU32s(r, {&m_responseSeq, &m_result}, error);
    m_hasNextTsns = !r.IsAtEnd();
    m_senderNextTsn = 0;
    m_receiverNextTsn = 0;
    return !m_hasNextTsns || ReadFixedU32s(r, {&m_senderNextTsn, &m_receiverNextTsn}, error);
}

uint32_t
SctpAddStreamsValue::GetRequestSeq() const
{
    return m_requestSeq;
}

void
SctpAddStreamsValue::SetRequestSeq(uint32_t v)
{
    m_requestSeq = v;
}

uint16_t
SctpAddStreamsValue::GetNumNewStreams() const
{
    return m_numNewStreams;
}

void
SctpAddStreamsValue::SetNumNewStreams(uint16_t n)
{
    m_numNewStreams = n;
}

void
SctpAddStreamsValue::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_requestSeq);
    w.WriteU16(m_numNewStreams);
    w.WriteU16(m_reserved);
}

bool
SctpAddStreamsValue::DeserializeValue(SctpWireReader& r, std::string& error)
{
    return SctpCheckValueSize(r, 8, error) && r.ReadU32(m_requestSeq) &&
           r.ReadU16(m_numNewStreams) && r.ReadU16(m_reserved);
}

uint32_t
SctpZeroChecksumAcceptableParameter::GetEdmid() const
{
    return m_value;
}

void
SctpZeroChecksumAcceptableParameter::SetEdmid(uint32_t v)
{
    m_value = v;
}

const std::vector<uint8_t>&
SctpRandomParameter::GetRandom() const
{
    return m_value;
}

void
SctpRandomParameter::SetRandom(std::vector<uint8_t> random)
{
    m_value = std::move(random);
}

const std::vector<uint16_t>&
SctpRequestedHmacAlgorithmParameter::GetHmacIds() const
{
    return m_value;
}

void
SctpRequestedHmacAlgorithmParameter::SetHmacIds(std::vector<uint16_t> ids)
{
    m_value = std::move(ids);
}

uint16_t
SctpPaddingParameter::GetPaddingLength() const
{
    return m_paddingLength;
}

void
SctpPaddingParameter::SetPaddingLength(uint16_t n)
{
    NS_ASSERT_MSG(n <= 0xFFFF - 4, "padding of " << n << " bytes does not fit a parameter");
    m_paddingLength = n;
}

void
SctpPaddingParameter::SerializeValue(SctpWireWriter& w) const
{
    w.WriteZeros(m_paddingLength);
}

bool
SctpPaddingParameter::DeserializeValue(SctpWireReader& r, std::string& error)
{
    // RFC 4820 §4: the receiver ignores the padding data, whatever it holds.
    m_paddingLength = static_cast<uint16_t>(r.GetRemaining());
    return r.Skip(m_paddingLength);
}

uint32_t
SctpAsconfAddressValue::GetCorrelationId() const
{
    return m_correlationId;
}

void
SctpAsconfAddressValue::SetCorrelationId(uint32_t v)
{
    m_correlationId = v;
}

Ptr<SctpParameter>
SctpAsconfAddressValue::GetAddressParameter() const
{
    return m_address;
}

void
SctpAsconfAddressValue::SetAddressParameter(Ptr<SctpParameter> address)
{
    NS_ASSERT_MSG(DynamicCast<SctpIpv4AddressParameter>(address) ||
                      DynamicCast<SctpIpv6AddressParameter>(address),
                  "an ASCONF address request needs an IPv4 or IPv6 address parameter");
    m_address = address;
}

void
SctpAsconfAddressValue::SetAddress(Ipv4Address address)
{
    m_address = ns3::Create<SctpIpv4AddressParameter>(address);
}

void
SctpAsconfAddressValue::SetAddress(Ipv6Address address)
{
    m_address = ns3::Create<SctpIpv6AddressParameter>(address);
}

void
SctpAsconfAddressValue::Print(std::ostream& os) const
{
    os << GetName() << "(corr=" << m_correlationId << ", ";
    if (m_address)
    {
        m_address->Print(os);
    }
    os << ")";
}

void
SctpAsconfAddressValue::SerializeValue(SctpWireWriter& w) const
{
    NS_ASSERT_MSG(m_address, GetName() << " has no address parameter to send");
    w.WriteU32(m_correlationId);
    m_address->Serialize(w);
}

bool
SctpAsconfAddressValue::DeserializeValue(SctpWireReader& r, std::string& error)
{
    if (!r.ReadU32(m_correlationId))
    {
        error = "value is shorter than the 4-byte correlation ID";
        return false;
    }
    if (r.IsAtEnd())
    {
        error = "no address parameter after the correlation ID";
        return false;
    }
    std::string why;
    Ptr<SctpParameter> address = SctpParameter::Deserialize(r, why);
    if (!address)
    {
        error = "address parameter: " + why;
        return false;
    }
    if (address->GetType() != IPV4_ADDRESS && address->GetType() != IPV6_ADDRESS)
    {
        error = "carries " + address->GetName() + " where an IPv4 or IPv6 address belongs";
        return false;
    }
    m_address = address;
    return true;
}

uint32_t
SctpErrorCauseIndicationParameter::GetCorrelationId() const
{
    return m_correlationId;
}

void
SctpErrorCauseIndicationParameter::SetCorrelationId(uint32_t v)
{
    m_correlationId = v;
}

const std::vector<Ptr<SctpErrorCause>>&
SctpErrorCauseIndicationParameter::GetCauses() const
{
    return m_causes;
}

void
SctpErrorCauseIndicationParameter::SetCauses(std::vector<Ptr<SctpErrorCause>> causes)
{
    m_causes = std::move(causes);
}

void
SctpErrorCauseIndicationParameter::AddCause(Ptr<SctpErrorCause> cause)
{
    m_causes.push_back(cause);
}

void
SctpErrorCauseIndicationParameter::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(m_correlationId);
    SctpWriteTlvList(w, m_causes);
}

bool
SctpErrorCauseIndicationParameter::DeserializeValue(SctpWireReader& r, std::string& error)
{
    if (!r.ReadU32(m_correlationId))
    {
        error = "value is shorter than the 4-byte correlation ID";
        return false;
    }
    m_causes.clear();
    return SctpErrorCause::DeserializeList(r, m_causes, error);
}

uint32_t
SctpSuccessIndicationParameter::GetCorrelationId() const
{
    return m_value;
}

void
SctpSuccessIndicationParameter::SetCorrelationId(uint32_t v)
{
    m_value = v;
}

uint32_t
SctpAdaptationLayerIndicationParameter::GetAdaptationCode() const
{
    return m_value;
}

void
SctpAdaptationLayerIndicationParameter::SetAdaptationCode(uint32_t v)
{
    m_value = v;
}

Address
SctpAddressOfParameter(Ptr<SctpParameter> p)
{
    if (auto v4 = DynamicCast<SctpIpv4AddressParameter>(p))
    {
        return v4->GetAddress();
    }
    if (auto v6 = DynamicCast<SctpIpv6AddressParameter>(p))
    {
        return v6->GetAddress();
    }
    return Address();
}

Ptr<SctpParameter>
SctpParameterOfAddress(const Address& address)
{
    if (Ipv4Address::IsMatchingType(address))
    {
        return Create<SctpIpv4AddressParameter>(Ipv4Address::ConvertFrom(address));
    }
    if (Ipv6Address::IsMatchingType(address))
    {
        return Create<SctpIpv6AddressParameter>(Ipv6Address::ConvertFrom(address));
    }
    return nullptr;
}

} // namespace ns3
