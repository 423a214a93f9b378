/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-error-causes.h"

namespace ns3
{

namespace
{

/// Shorthand for a row of the cause table.
template <class T>
constexpr SctpTlvKind<SctpErrorCause>
Kind(const char* name)
{
    return {T::CODE, name, &SctpMakeTlv<SctpErrorCause, T>};
}

/// Every cause code the codec knows: its name and its class.
const SctpTlvKind<SctpErrorCause> g_causeKinds[] = {
    Kind<SctpInvalidStreamIdentifierErrorCause>("INVALID_STREAM_IDENTIFIER"),
    Kind<SctpMissingMandatoryParameterErrorCause>("MISSING_MANDATORY_PARAMETER"),
    Kind<SctpStaleCookieErrorCause>("STALE_COOKIE_ERROR"),
    Kind<SctpOutOfResourceErrorCause>("OUT_OF_RESOURCE"),
    Kind<SctpUnresolvableAddressErrorCause>("UNRESOLVABLE_ADDRESS"),
    Kind<SctpUnrecognizedChunkTypeErrorCause>("UNRECOGNIZED_CHUNK_TYPE"),
    Kind<SctpInvalidMandatoryParameterErrorCause>("INVALID_MANDATORY_PARAMETER"),
    Kind<SctpUnrecognizedParametersErrorCause>("UNRECOGNIZED_PARAMETERS"),
    Kind<SctpNoUserDataErrorCause>("NO_USER_DATA"),
    Kind<SctpCookieReceivedWhileShuttingDownErrorCause>("COOKIE_RECEIVED_WHILE_SHUTTING_DOWN"),
    Kind<SctpRestartWithNewAddressesErrorCause>("RESTART_WITH_NEW_ADDRESSES"),
    Kind<SctpUserInitiatedAbortErrorCause>("USER_INITIATED_ABORT"),
    Kind<SctpProtocolViolationErrorCause>("PROTOCOL_VIOLATION"),
    Kind<SctpDeleteLastRemainingIpAddressErrorCause>("DELETE_LAST_REMAINING_IP_ADDRESS"),
    Kind<SctpResourceShortageErrorCause>("OPERATION_REFUSED_RESOURCE_SHORTAGE"),
    Kind<SctpDeleteSourceIpAddressErrorCause>("DELETE_SOURCE_IP_ADDRESS"),
    Kind<SctpIllegalAsconfAckErrorCause>("ILLEGAL_ASCONF_ACK"),
    Kind<SctpRequestRefusedNoAuthorizationErrorCause>("REQUEST_REFUSED_NO_AUTHORIZATION"),
    Kind<SctpNatCollidingStateErrorCause>("NAT_COLLIDING_STATE"),
    Kind<SctpNatMissingStateErrorCause>("NAT_MISSING_STATE"),
    Kind<SctpUnsupportedHmacIdentifierErrorCause>("UNSUPPORTED_HMAC_IDENTIFIER"),
};

} // namespace

Ptr<SctpErrorCause>
SctpErrorCause::Create(uint16_t code)
{
    const SctpTlvKind<SctpErrorCause>* k = SctpFindTlvKind(g_causeKinds, code);
    if (k)
    {
        return k->create();
    }
    return ns3::Create<SctpUnknownErrorCause>(code);
}

std::string
SctpErrorCauseName(uint16_t code)
{
    const SctpTlvKind<SctpErrorCause>* k = SctpFindTlvKind(g_causeKinds, code);
    return k ? k->name : SctpUnknownErrorCause(code).SctpErrorCause::GetName();
}

uint16_t
SctpInvalidStreamIdentifierErrorCause::GetStreamId() const
{
    return m_streamId;
}

void
SctpInvalidStreamIdentifierErrorCause::SetStreamId(uint16_t v)
{
    m_streamId = v;
}

void
SctpInvalidStreamIdentifierErrorCause::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU16(m_streamId);
    w.WriteU16(m_reserved);
}

bool
SctpInvalidStreamIdentifierErrorCause::DeserializeValue(SctpWireReader& r, std::string& error)
{
    return SctpCheckValueSize(r, 4, error) && r.ReadU16(m_streamId) && r.ReadU16(m_reserved);
}

const std::vector<uint16_t>&
SctpMissingMandatoryParameterErrorCause::GetMissingTypes() const
{
    return m_types;
}

void
SctpMissingMandatoryParameterErrorCause::SetMissingTypes(std::vector<uint16_t> types)
{
    m_types = std::move(types);
}

void
SctpMissingMandatoryParameterErrorCause::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU32(static_cast<uint32_t>(m_types.size()));
    SctpWriteU16List(w, m_types);
}

bool
SctpMissingMandatoryParameterErrorCause::DeserializeValue(SctpWireReader& r, std::string& error)
{
    uint32_t count;
    if (!r.ReadU32(count))
    {
        error = "value is shorter than the 4-byte count of missing parameters";
        return false;
    }
    if (!SctpReadU16List(r, m_types, error))
    {
        return false;
    }
    if (count != m_types.size())
    {
        error = "count of " + std::to_string(count) + " missing parameters, but the length holds " +
                std::to_string(m_types.size());
        return false;
    }
    return true;
}

uint32_t
SctpStaleCookieErrorCause::GetStaleness() const
{
    return m_value;
}

void
SctpStaleCookieErrorCause::SetStaleness(uint32_t us)
{
    m_value = us;
}

const std::vector<uint8_t>&
SctpUnrecognizedChunkTypeErrorCause::GetChunk() const
{
    return m_value;
}

void
SctpUnrecognizedChunkTypeErrorCause::SetChunk(std::vector<uint8_t> chunk)
{
    m_value = std::move(chunk);
}

uint32_t
SctpNoUserDataErrorCause::GetTsn() const
{
    return m_value;
}

void
SctpNoUserDataErrorCause::SetTsn(uint32_t v)
{
    m_value = v;
}

uint16_t
SctpUnsupportedHmacIdentifierErrorCause::GetHmacId() const
{
    return m_hmacId;
}

void
SctpUnsupportedHmacIdentifierErrorCause::SetHmacId(uint16_t v)
{
    m_hmacId = v;
}

void
SctpUnsupportedHmacIdentifierErrorCause::SerializeValue(SctpWireWriter& w) const
{
    w.WriteU16(m_hmacId);
}

bool
SctpUnsupportedHmacIdentifierErrorCause::DeserializeValue(SctpWireReader& r, std::string& error)
{
    return SctpCheckValueSize(r, 2, error) && r.ReadU16(m_hmacId);
}

} // namespace ns3
