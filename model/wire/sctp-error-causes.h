/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_ERROR_CAUSES_H
#define SCTP_ERROR_CAUSES_H

#include "sctp-error-cause.h"
#include "sctp-parameters.h"
#include "sctp-tlv-value.h"

/**
 * \file
 * \ingroup sctp
 * One class per error cause: RFC 9260 §3.3.10, RFC 5061 §4.3, RFC 4895 §4 and the NAT support
 * draft as FreeBSD implements it.
 */

namespace ns3
{

/**
 * \brief The readable name of an error cause code.
 * \param [in] code the cause code
 * \return the name, e.g. "STALE_COOKIE_ERROR"; "CAUSE_0x...." for a code the codec does not know
 */
std::string SctpErrorCauseName(uint16_t code);

/**
 * \ingroup sctp
 * \brief Gives an error cause value layout its code and name.
 * \tparam V the value layout, a subclass of SctpErrorCause (or SctpErrorCause itself)
 * \tparam C the cause code
 */
template <class V, uint16_t C>
class SctpErrorCauseOfCode : public V
{
  public:
    static constexpr uint16_t CODE = C; //!< the cause code

    uint16_t GetCode() const override
    {
        return C;
    }

    std::string GetName() const override
    {
        return SctpErrorCauseName(C);
    }
};

/// An error cause whose value is empty.
template <uint16_t C>
using SctpEmptyErrorCause = SctpErrorCauseOfCode<SctpEmptyValue<SctpErrorCause>, C>;

/// An error cause whose value is one 32-bit number.
template <uint16_t C>
using SctpU32ErrorCause = SctpErrorCauseOfCode<SctpU32Value<SctpErrorCause>, C>;

/// An error cause whose value is parameter TLVs copied from the chunk that caused it.
template <uint16_t C>
using SctpParameterListErrorCause = SctpErrorCauseOfCode<SctpParameterListValue<SctpErrorCause>, C>;

/**
 * \ingroup sctp
 * \brief An error cause whose value is free-form information for the peer's logs.
 * \tparam C the cause code
 */
template <uint16_t C>
class SctpInformationErrorCause : public SctpErrorCauseOfCode<SctpBytesValue<SctpErrorCause>, C>
{
  public:
    /// \return the information bytes
    const std::vector<uint8_t>& GetInformation() const
    {
        return this->m_value;
    }

    /**
     * \param [in] information the information bytes
     */
    void SetInformation(std::vector<uint8_t> information)
    {
        this->m_value = std::move(information);
    }

    /**
     * \param [in] text the information as text (sent without a terminator)
     */
    void SetInformation(const std::string& text)
    {
        this->m_value.assign(text.begin(), text.end());
    }
};

/**
 * \ingroup sctp
 * \brief Invalid Stream Identifier (cause 1, RFC 9260 §3.3.10.1): DATA was sent to a stream
 * that does not exist.
 */
class SctpInvalidStreamIdentifierErrorCause
    : public SctpErrorCauseOfCode<SctpErrorCause, SctpErrorCause::INVALID_STREAM_IDENTIFIER>
{
  public:
    uint16_t GetStreamId() const; //!< \return the invalid stream identifier
    void SetStreamId(uint16_t v); //!< \param [in] v the invalid stream identifier

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_streamId{0}; //!< the stream identifier
    uint16_t m_reserved{0}; //!< reserved field, kept as received
};

/**
 * \ingroup sctp
 * \brief Missing Mandatory Parameter (cause 2, RFC 9260 §3.3.10.2): the types of the mandatory
 * parameters an INIT or INIT-ACK lacked, preceded by their count.
 */
class SctpMissingMandatoryParameterErrorCause
    : public SctpErrorCauseOfCode<SctpErrorCause, SctpErrorCause::MISSING_MANDATORY_PARAMETER>
{
  public:
    const std::vector<uint16_t>& GetMissingTypes() const; //!< \return the missing types
    void SetMissingTypes(std::vector<uint16_t> types);    //!< \param [in] types the types

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    std::vector<uint16_t> m_types; //!< the missing parameter types
};

/**
 * \ingroup sctp
 * \brief Stale Cookie Error (cause 3, RFC 9260 §3.3.10.3): how late the cookie arrived.
 */
class SctpStaleCookieErrorCause : public SctpU32ErrorCause<SctpErrorCause::STALE_COOKIE_ERROR>
{
  public:
    uint32_t GetStaleness() const;  //!< \return the measure of staleness in microseconds
    void SetStaleness(uint32_t us); //!< \param [in] us the measure of staleness in microseconds
};

/**
 * \ingroup sctp
 * \brief Out of Resource (cause 4, RFC 9260 §3.3.10.4).
 */
class SctpOutOfResourceErrorCause : public SctpEmptyErrorCause<SctpErrorCause::OUT_OF_RESOURCE>
{
};

/**
 * \ingroup sctp
 * \brief Unresolvable Address (cause 5, RFC 9260 §3.3.10.5): the address parameter (type,
 * length, value) the sender cannot resolve.
 */
class SctpUnresolvableAddressErrorCause
    : public SctpParameterListErrorCause<SctpErrorCause::UNRESOLVABLE_ADDRESS>
{
};

/**
 * \ingroup sctp
 * \brief Unrecognized Chunk Type (cause 6, RFC 9260 §3.3.10.6): the whole chunk the receiver
 * did not recognize, header included.
 */
class SctpUnrecognizedChunkTypeErrorCause
    : public SctpErrorCauseOfCode<SctpBytesValue<SctpErrorCause>,
                                  SctpErrorCause::UNRECOGNIZED_CHUNK_TYPE>
{
  public:
    const std::vector<uint8_t>& GetChunk() const; //!< \return the chunk's bytes
    void SetChunk(std::vector<uint8_t> chunk);    //!< \param [in] chunk the chunk's bytes
};

/**
 * \ingroup sctp
 * \brief Invalid Mandatory Parameter (cause 7, RFC 9260 §3.3.10.7).
 */
class SctpInvalidMandatoryParameterErrorCause
    : public SctpEmptyErrorCause<SctpErrorCause::INVALID_MANDATORY_PARAMETER>
{
};

/**
 * \ingroup sctp
 * \brief Unrecognized Parameters (cause 8, RFC 9260 §3.3.10.8): the parameters (type, length,
 * value) the receiver did not recognize.
 */
class SctpUnrecognizedParametersErrorCause
    : public SctpParameterListErrorCause<SctpErrorCause::UNRECOGNIZED_PARAMETERS>
{
};

/**
 * \ingroup sctp
 * \brief No User Data (cause 9, RFC 9260 §3.3.10.9): the TSN of a DATA chunk without data.
 */
class SctpNoUserDataErrorCause : public SctpU32ErrorCause<SctpErrorCause::NO_USER_DATA>
{
  public:
    uint32_t GetTsn() const; //!< \return the TSN of the empty DATA chunk
    void SetTsn(uint32_t v); //!< \param [in] v the TSN of the empty DATA chunk
};

/**
 * \ingroup sctp
 * \brief Cookie Received While Shutting Down (cause 10, RFC 9260 §3.3.10.10).
 */
class SctpCookieReceivedWhileShuttingDownErrorCause
    : public SctpEmptyErrorCause<SctpErrorCause::COOKIE_RECEIVED_WHILE_SHUTTING_DOWN>
{
};

/**
 * \ingroup sctp
 * \brief Restart of an Association with New Addresses (cause 11, RFC 9260 §3.3.10.11): the
 * address parameters the restarting INIT added.
 */
class SctpRestartWithNewAddressesErrorCause
    : public SctpParameterListErrorCause<SctpErrorCause::RESTART_WITH_NEW_ADDRESSES>
{
};

/**
 * \ingroup sctp
 * \brief User-Initiated Abort (cause 12, RFC 9260 §3.3.10.12): the upper layer's abort reason.
 */
class SctpUserInitiatedAbortErrorCause
    : public SctpInformationErrorCause<SctpErrorCause::USER_INITIATED_ABORT>
{
};

/**
 * \ingroup sctp
 * \brief Protocol Violation (cause 13, RFC 9260 §3.3.10.13): additional information on the
 * violation.
 */
class SctpProtocolViolationErrorCause
    : public SctpInformationErrorCause<SctpErrorCause::PROTOCOL_VIOLATION>
{
};

/**
 * \ingroup sctp
 * \brief Request to Delete Last Remaining IP Address (cause 0x00A0, RFC 5061 §4.3.1): the
 * ASCONF parameter that asked for it.
 */
class SctpDeleteLastRemainingIpAddressErrorCause
    : public SctpParameterListErrorCause<SctpErrorCause::DELETE_LAST_REMAINING_IP_ADDRESS>
{
};

/**
 * \ingroup sctp
 * \brief Operation Refused Due to Resource Shortage (cause 0x00A1, RFC 5061 §4.3.2): the ASCONF
 * parameter refused.
 */
class SctpResourceShortageErrorCause
    : public SctpParameterListErrorCause<SctpErrorCause::RESOURCE_SHORTAGE>
{
};

/**
 * \ingroup sctp
 * \brief Request to Delete Source IP Address (cause 0x00A2, RFC 5061 §4.3.3): the ASCONF
 * parameter that asked for it.
 */
class SctpDeleteSourceIpAddressErrorCause
    : public SctpParameterListErrorCause<SctpErrorCause::DELETE_SOURCE_IP_ADDRESS>
{
};

/**
 * \ingroup sctp
 * \brief Association Aborted due to Illegal ASCONF-ACK (cause 0x00A3, RFC 5061 §4.3.4).
 */
class SctpIllegalAsconfAckErrorCause
    : public SctpEmptyErrorCause<SctpErrorCause::ILLEGAL_ASCONF_ACK>
{
};

/**
 * \ingroup sctp
 * \brief Request Refused - No Authorization (cause 0x00A4, RFC 5061 §4.3.5): the ASCONF
 * parameter refused.
 */
class SctpRequestRefusedNoAuthorizationErrorCause
    : public SctpParameterListErrorCause<SctpErrorCause::REQUEST_REFUSED_NO_AUTHORIZATION>
{
};

/**
 * \ingroup sctp
 * \brief Colliding NAT state (cause 0x00B0, NAT support draft as FreeBSD implements it): a NAT
 * already holds state for another association with these ports and tags.
 */
class SctpNatCollidingStateErrorCause
    : public SctpEmptyErrorCause<SctpErrorCause::NAT_COLLIDING_STATE>
{
};

/**
 * \ingroup sctp
 * \brief Missing NAT state (cause 0x00B1, NAT support draft as FreeBSD implements it): a NAT
 * has no state for the packet it received.
 */
class SctpNatMissingStateErrorCause : public SctpEmptyErrorCause<SctpErrorCause::NAT_MISSING_STATE>
{
};

/**
 * \ingroup sctp
 * \brief Unsupported HMAC Identifier (cause 0x0105, RFC 4895 §4): the HMAC identifier of an
 * AUTH chunk the receiver does not support; length 6, then two bytes of padding.
 */
class SctpUnsupportedHmacIdentifierErrorCause
    : public SctpErrorCauseOfCode<SctpErrorCause, SctpErrorCause::UNSUPPORTED_HMAC_IDENTIFIER>
{
  public:
    uint16_t GetHmacId() const; //!< \return the unsupported HMAC identifier
    void SetHmacId(uint16_t v); //!< \param [in] v the unsupported HMAC identifier

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_hmacId{0}; //!< the HMAC identifier
};

} // namespace ns3

#endif /* SCTP_ERROR_CAUSES_H */
