/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_PARAMETERS_H
#define SCTP_PARAMETERS_H

#include "sctp-error-cause.h"
#include "sctp-parameter.h"
#include "sctp-tlv-value.h"

#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"

/**
 * \file
 * \ingroup sctp
 * One class per parameter type: RFC 9260 §3.3.2-3.3.3 (INIT, INIT-ACK, HEARTBEAT), RFC 6525
 * (RE-CONFIG), RFC 4895 (AUTH), RFC 4820 (padding), RFC 5061 (dynamic addresses, ASCONF),
 * RFC 3758 (PR-SCTP), RFC 9653 (zero checksum) and the NAT support draft as FreeBSD implements it.
 */

namespace ns3
{

/**
 * \brief The readable name of a parameter type.
 * \param [in] type the type
 * \return the name, e.g. "IPV4_ADDRESS"; "PARAM_0x...." for a type the codec does not know
 */
std::string SctpParameterTypeName(uint16_t type);

/**
 * \brief The bytes of parameters copied one after the other into another TLV (RFC 9260 §3.2:
 * every one padded but the last).
 * \param [in] parameters the parameters
 * \return their bytes
 */
std::vector<uint8_t> SctpParameterListBytes(const std::vector<Ptr<SctpParameter>>& parameters);

/**
 * \ingroup sctp
 * \brief Gives a parameter value layout its type and name.
 * \tparam V the value layout, a subclass of SctpParameter (or SctpParameter itself)
 * \tparam T the parameter type
 */
template <class V, uint16_t T>
class SctpParameterOfType : public V
{
  public:
    static constexpr uint16_t TYPE = T; //!< the parameter type

    uint16_t GetType() const override
    {
        return T;
    }

    std::string GetName() const override
    {
        return SctpParameterTypeName(T);
    }
};

/**
 * \ingroup sctp
 * \brief A value made of whole parameter TLVs copied from elsewhere (the Unrecognized
 * Parameter, and error causes that report parameters).
 * \tparam Base SctpParameter or SctpErrorCause
 *
 * The bytes are kept as they were copied, so that an unrecognized parameter goes back exactly
 * as it came; they can be parsed on demand.
 */
template <class Base>
class SctpParameterListValue : public SctpBytesValue<Base>
{
  public:
    /// \return the copied TLV bytes
    const std::vector<uint8_t>& GetTlvBytes() const
    {
        return this->m_value;
    }

    /**
     * \param [in] bytes TLV bytes copied from a chunk (type, length, value of each)
     */
    void SetTlvBytes(std::vector<uint8_t> bytes)
    {
        this->m_value = std::move(bytes);
    }

    /**
     * \brief Copy one parameter (type, length, value, no trailing padding).
     * \param [in] parameter the parameter
     */
    void SetParameter(Ptr<const SctpParameter> parameter)
    {
        SctpWireWriter w;
        parameter->Serialize(w);
        this->m_value = w.Release();
        this->m_value.resize(parameter->GetLength());
    }

    /**
     * \brief Copy parameters, each padded but the last.
     * \param [in] parameters the parameters
     */
    void SetParameters(const std::vector<Ptr<SctpParameter>>& parameters)
    {
        this->m_value = SctpParameterListBytes(parameters);
    }

    /**
     * \brief Parse the copied TLVs.
     * \param [out] out the parameters, appended
     * \param [out] error why parsing failed
     * \return false if the copied bytes are not well-formed parameters
     */
    bool GetParameters(std::vector<Ptr<SctpParameter>>& out, std::string& error) const
    {
        SctpWireReader r(this->m_value);
        return SctpParameter::DeserializeList(r, out, error);
    }
};

/**
 * \ingroup sctp
 * \brief An IPv4 or IPv6 address value of exactly N bytes.
 * \tparam A Ipv4Address or Ipv6Address
 * \tparam N its size on the wire
 */
template <class A, size_t N>
class SctpIpAddressValue : public SctpParameter
{
  public:
    SctpIpAddressValue() = default;

    /**
     * \param [in] address the address
     */
    explicit SctpIpAddressValue(const A& address)
        : m_address(address)
    {
    }

    /// \return the address
    A GetAddress() const
    {
        return m_address;
    }

    /**
     * \param [in] address the address
     */
    void SetAddress(const A& address)
    {
        m_address = address;
    }

    void Print(std::ostream& os) const override
    {
        os << GetName() << "(" << m_address << ")";
    }

  protected:
    void SerializeValue(SctpWireWriter& w) const override
    {
        uint8_t buf[N];
        m_address.Serialize(buf);
        w.WriteBytes(buf, N);
    }

    bool DeserializeValue(SctpWireReader& r, std::string& error) override
    {
        std::vector<uint8_t> buf;
        if (!SctpCheckValueSize(r, N, error) || !r.ReadBytes(N, buf))
        {
            return false;
        }
        m_address = A::Deserialize(buf.data());
        return true;
    }

  private:
    A m_address; //!< the address
};

/// A parameter whose value is empty.
template <uint16_t T>
using SctpEmptyParameter = SctpParameterOfType<SctpEmptyValue<SctpParameter>, T>;

/// A parameter whose value is opaque bytes.
template <uint16_t T>
using SctpBytesParameter = SctpParameterOfType<SctpBytesValue<SctpParameter>, T>;

/// A parameter whose value is one 32-bit number.
template <uint16_t T>
using SctpU32Parameter = SctpParameterOfType<SctpU32Value<SctpParameter>, T>;

/// A parameter whose value is a list of 16-bit numbers.
template <uint16_t T>
using SctpU16ListParameter = SctpParameterOfType<SctpU16ListValue<SctpParameter>, T>;

/**
 * \ingroup sctp
 * \brief Heartbeat Info (type 1, RFC 9260 §3.3.5): sender-specific bytes that the peer echoes
 * unchanged in the HEARTBEAT ACK.
 */
class SctpHeartbeatInfoParameter : public SctpBytesParameter<SctpParameter::HEARTBEAT_INFO>
{
  public:
    const std::vector<uint8_t>& GetInfo() const; //!< \return the sender-specific bytes
    void SetInfo(std::vector<uint8_t> info);     //!< \param [in] info the sender-specific bytes
};

/**
 * \ingroup sctp
 * \brief IPv4 Address (type 5, RFC 9260 §3.3.2.1): one address of a multi-homed endpoint.
 */
class SctpIpv4AddressParameter
    : public SctpParameterOfType<SctpIpAddressValue<Ipv4Address, 4>, SctpParameter::IPV4_ADDRESS>
{
  public:
    SctpIpv4AddressParameter() = default;

    /**
     * \param [in] address the address
     */
    explicit SctpIpv4AddressParameter(Ipv4Address address);
};

/**
 * \ingroup sctp
 * \brief IPv6 Address (type 6, RFC 9260 §3.3.2.1): one address of a multi-homed endpoint.
 */
class SctpIpv6AddressParameter
    : public SctpParameterOfType<SctpIpAddressValue<Ipv6Address, 16>, SctpParameter::IPV6_ADDRESS>
{
  public:
    SctpIpv6AddressParameter() = default;

    /**
     * \param [in] address the address
     */
    explicit SctpIpv6AddressParameter(Ipv6Address address);
};

/**
 * \ingroup sctp
 * \brief State Cookie (type 7, RFC 9260 §3.3.3.1): opaque to everyone but its creator.
 */
class SctpStateCookieParameter : public SctpBytesParameter<SctpParameter::STATE_COOKIE>
{
  public:
    const std::vector<uint8_t>& GetCookie() const; //!< \return the cookie bytes
    void SetCookie(std::vector<uint8_t> cookie);   //!< \param [in] cookie the cookie bytes
};

/**
 * \ingroup sctp
 * \brief Unrecognized Parameter (type 8, RFC 9260 §3.3.3.1): carries, in an INIT-ACK, a
 * parameter of the INIT that the receiver did not recognize, complete with type and length.
 *
 * Not to be confused with SctpUnknownParameter, which is how the codec holds a parameter of a
 * type it does not know.
 */
class SctpUnrecognizedParameter : public SctpParameterOfType<SctpParameterListValue<SctpParameter>,
                                                             SctpParameter::UNRECOGNIZED_PARAMETER>
{
  public:
    SctpUnrecognizedParameter() = default;

    /**
     * \brief Report one parameter.
     * \param [in] unrecognized the parameter to copy
     */
    explicit SctpUnrecognizedParameter(Ptr<const SctpParameter> unrecognized);
};

/**
 * \ingroup sctp
 * \brief Cookie Preservative (type 9, RFC 9260 §3.3.2.1): the cookie life-span increment the
 * sender of a stale-cookie INIT suggests.
 */
class SctpCookiePreservativeParameter : public SctpU32Parameter<SctpParameter::COOKIE_PRESERVATIVE>
{
  public:
    uint32_t GetLifeSpanIncrement() const;  //!< \return the suggested increment in milliseconds
    void SetLifeSpanIncrement(uint32_t ms); //!< \param [in] ms the increment in milliseconds
};

/**
 * \ingroup sctp
 * \param [in] p an IPv4 or IPv6 Address parameter
 * \return its address (Ipv4Address or Ipv6Address), or an invalid Address for anything else
 */
Address SctpAddressOfParameter(Ptr<SctpParameter> p);

/**
 * \ingroup sctp
 * \param [in] address an Ipv4Address or Ipv6Address
 * \return the IPv4 or IPv6 Address parameter that carries it, or nullptr
 */
Ptr<SctpParameter> SctpParameterOfAddress(const Address& address);

/**
 * \ingroup sctp
 * \brief Host Name Address (type 11, RFC 9260 §3.3.2.1): a host name, null-terminated on the
 * wire. RFC 9260 deprecates it; it is parsed so that an INIT carrying it can be answered with
 * the Unresolvable Address cause.
 */
class SctpHostNameAddressParameter : public SctpBytesParameter<SctpParameter::HOST_NAME_ADDRESS>
{
  public:
    /// \return the host name, up to its first null byte
    std::string GetHostName() const;

    /**
     * \param [in] name the host name; one null terminator is added, as the RFC requires
     */
    void SetHostName(const std::string& name);
};

/**
 * \ingroup sctp
 * \brief Supported Address Types (type 12, RFC 9260 §3.3.2.1): the address parameter types
 * (5, 6, 11) the sender of an INIT can use.
 */
class SctpSupportedAddressTypesParameter
    : public SctpU16ListParameter<SctpParameter::SUPPORTED_ADDRESS_TYPES>
{
  public:
    const std::vector<uint16_t>& GetAddressTypes() const; //!< \return the parameter types
    void SetAddressTypes(std::vector<uint16_t> types);    //!< \param [in] types the types
};

/**
 * \ingroup sctp
 * \brief Outgoing SSN Reset Request (type 13, RFC 6525 §4.1): request and response sequence
 * numbers, the sender's last assigned TSN, and the streams to reset (none: all of them).
 */
class SctpOutgoingSsnResetRequestParameter
    : public SctpParameterOfType<SctpParameter, SctpParameter::OUTGOING_SSN_RESET_REQUEST>
{
  public:
    uint32_t GetRequestSeq() const;      //!< \return the re-configuration request sequence number
    void SetRequestSeq(uint32_t v);      //!< \param [in] v the request sequence number
    uint32_t GetResponseSeq() const;     //!< \return the re-configuration response sequence number
    void SetResponseSeq(uint32_t v);     //!< \param [in] v the response sequence number
    uint32_t GetLastAssignedTsn() const; //!< \return the sender's last assigned TSN
    void SetLastAssignedTsn(uint32_t v); //!< \param [in] v the sender's last assigned TSN
    const std::vector<uint16_t>& GetStreams() const; //!< \return the streams (empty: all)
    void SetStreams(std::vector<uint16_t> streams);  //!< \param [in] streams the streams

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint32_t m_requestSeq{0};        //!< re-configuration request sequence number
    uint32_t m_responseSeq{0};       //!< re-configuration response sequence number
    uint32_t m_lastTsn{0};           //!< sender's last assigned TSN
    std::vector<uint16_t> m_streams; //!< the streams to reset
};

/**
 * \ingroup sctp
 * \brief Incoming SSN Reset Request (type 14, RFC 6525 §4.2): request sequence number and the
 * streams the peer is asked to reset (none: all of them).
 */
class SctpIncomingSsnResetRequestParameter
    : public SctpParameterOfType<SctpParameter, SctpParameter::INCOMING_SSN_RESET_REQUEST>
{
  public:
    uint32_t GetRequestSeq() const; //!< \return the re-configuration request sequence number
    void SetRequestSeq(uint32_t v); //!< \param [in] v the request sequence number
    const std::vector<uint16_t>& GetStreams() const; //!< \return the streams (empty: all)
    void SetStreams(std::vector<uint16_t> streams);  //!< \param [in] streams the streams

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint32_t m_requestSeq{0};        //!< re-configuration request sequence number
    std::vector<uint16_t> m_streams; //!< the streams to reset
};

/**
 * \ingroup sctp
 * \brief SSN/TSN Reset Request (type 15, RFC 6525 §4.3): the request sequence number alone.
 */
class SctpSsnTsnResetRequestParameter
    : public SctpU32Parameter<SctpParameter::SSN_TSN_RESET_REQUEST>
{
  public:
    uint32_t GetRequestSeq() const; //!< \return the re-configuration request sequence number
    void SetRequestSeq(uint32_t v); //!< \param [in] v the request sequence number
};

/**
 * \ingroup sctp
 * \brief Re-configuration Response (type 16, RFC 6525 §4.4): response sequence number, result,
 * and, answering an SSN/TSN Reset Request, the sender's and receiver's next TSNs (both or
 * neither).
 */
class SctpReconfigResponseParameter
    : public SctpParameterOfType<SctpParameter, SctpParameter::RECONFIG_RESPONSE>
{
  public:
    /// Result values (RFC 6525 §4.4).
    enum Result : uint32_t
    {
        SUCCESS_NOTHING_TO_DO = 0,
        SUCCESS_PERFORMED = 1,
        DENIED = 2,
        ERROR_WRONG_SSN = 3,
        ERROR_REQUEST_ALREADY_IN_PROGRESS = 4,
        ERROR_BAD_SEQUENCE_NUMBER = 5,
        IN_PROGRESS = 6,
    };

    uint32_t GetResponseSeq() const; //!< \return the re-configuration response sequence number
    void SetResponseSeq(uint32_t v); //!< \param [in] v the response sequence number
    uint32_t GetResult() const;      //!< \return the result (see Result)
    void SetResult(uint32_t v);      //!< \param [in] v the result (see Result)

    /// \return true if the two next-TSN fields are present
    bool HasNextTsns() const;
    uint32_t GetSenderNextTsn() const;   //!< \return the sender's next TSN (0 if absent)
    uint32_t GetReceiverNextTsn() const; //!< \return the receiver's next TSN (0 if absent)

    /**
     * \brief Add the two next-TSN fields.
     * \param [in] senderNextTsn the sender's next TSN
     * \param [in] receiverNextTsn the receiver's next TSN
     */
    void SetNextTsns(uint32_t senderNextTsn, uint32_t receiverNextTsn);

    /// \brief Remove the two next-TSN fields.
    void ClearNextTsns();

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint32_t m_responseSeq{0};     //!< re-configuration response sequence number
    uint32_t m_result{0};          //!< the result
    bool m_hasNextTsns{false};     //!< whether the next-TSN fields are present
    uint32_t m_senderNextTsn{0};   //!< sender's next TSN
    uint32_t m_receiverNextTsn{0}; //!< receiver's next TSN
};

/**
 * \ingroup sctp
 * \brief The value of Add Outgoing/Incoming Streams Request (RFC 6525 §4.5, §4.6): request
 * sequence number, number of new streams, 16 reserved bits (kept as received).
 */
class SctpAddStreamsValue : public SctpParameter
{
  public:
    uint32_t GetRequestSeq() const;    //!< \return the re-configuration request sequence number
    void SetRequestSeq(uint32_t v);    //!< \param [in] v the request sequence number
    uint16_t GetNumNewStreams() const; //!< \return the number of streams to add
    void SetNumNewStreams(uint16_t n); //!< \param [in] n the number of streams to add

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint32_t m_requestSeq{0};    //!< re-configuration request sequence number
    uint16_t m_numNewStreams{0}; //!< number of new streams
    uint16_t m_reserved{0};      //!< reserved field, kept as received
};

/**
 * \ingroup sctp
 * \brief Add Outgoing Streams Request (type 17, RFC 6525 §4.5).
 */
class SctpAddOutgoingStreamsRequestParameter
    : public SctpParameterOfType<SctpAddStreamsValue, SctpParameter::ADD_OUTGOING_STREAMS_REQUEST>
{
};

/**
 * \ingroup sctp
 * \brief Add Incoming Streams Request (type 18, RFC 6525 §4.6).
 */
class SctpAddIncomingStreamsRequestParameter
    : public SctpParameterOfType<SctpAddStreamsValue, SctpParameter::ADD_INCOMING_STREAMS_REQUEST>
{
};

/**
 * \ingroup sctp
 * \brief ECN Capable (type 0x8000, RFC 9260 Appendix A): the sender supports ECN.
 */
class SctpEcnCapableParameter : public SctpEmptyParameter<SctpParameter::ECN_CAPABLE>
{
};

/**
 * \ingroup sctp
 * \brief Zero Checksum Acceptable (type 0x8001, RFC 9653 §4): the sender accepts packets with
 * a zero checksum when they are protected by the given error detection method.
 */
class SctpZeroChecksumAcceptableParameter
    : public SctpU32Parameter<SctpParameter::ZERO_CHECKSUM_ACCEPTABLE>
{
  public:
    /// Error Detection Method Identifier of SCTP over DTLS (RFC 9653, IANA registry).
    static constexpr uint32_t EDMID_SCTP_OVER_DTLS = 1;

    uint32_t GetEdmid() const; //!< \return the error detection method identifier
    void SetEdmid(uint32_t v); //!< \param [in] v the error detection method identifier
};

/**
 * \ingroup sctp
 * \brief Random (type 0x8002, RFC 4895 §3.1): the random number that keys AUTH (32 bytes are
 * recommended; any length parses).
 */
class SctpRandomParameter : public SctpBytesParameter<SctpParameter::RANDOM>
{
  public:
    const std::vector<uint8_t>& GetRandom() const; //!< \return the random bytes
    void SetRandom(std::vector<uint8_t> random);   //!< \param [in] random the random bytes
};

/**
 * \ingroup sctp
 * \brief A list of 8-bit chunk types.
 * \tparam T the parameter type
 */
template <uint16_t T>
class SctpChunkTypeListParameter : public SctpBytesParameter<T>
{
  public:
    /// \return the chunk types
    const std::vector<uint8_t>& GetChunkTypes() const
    {
        return this->m_value;
    }

    /**
     * \param [in] types the chunk types
     */
    void SetChunkTypes(std::vector<uint8_t> types)
    {
        this->m_value = std::move(types);
    }
};

/**
 * \ingroup sctp
 * \brief Chunk List (type 0x8003, RFC 4895 §3.2): the chunk types the sender requires to be
 * authenticated.
 */
class SctpChunkListParameter : public SctpChunkTypeListParameter<SctpParameter::CHUNK_LIST>
{
};

/**
 * \ingroup sctp
 * \brief Requested HMAC Algorithm (type 0x8004, RFC 4895 §3.3): HMAC identifiers in order of
 * preference.
 */
class SctpRequestedHmacAlgorithmParameter
    : public SctpU16ListParameter<SctpParameter::REQUESTED_HMAC_ALGORITHM>
{
  public:
    static constexpr uint16_t HMAC_SHA_1 = 1;   //!< RFC 4895 §3.3
    static constexpr uint16_t HMAC_SHA_256 = 3; //!< RFC 4895 §3.3

    const std::vector<uint16_t>& GetHmacIds() const; //!< \return the HMAC identifiers
    void SetHmacIds(std::vector<uint16_t> ids);      //!< \param [in] ids the HMAC identifiers
};

/**
 * \ingroup sctp
 * \brief Padding (type 0x8005, RFC 4820 §4): bytes that make an INIT bigger, e.g. for path MTU
 * discovery. The receiver ignores their content, so only their number is kept; zeros are sent.
 */
class SctpPaddingParameter : public SctpParameterOfType<SctpParameter, SctpParameter::PADDING>
{
  public:
    uint16_t GetPaddingLength() const; //!< \return the number of padding bytes
    void SetPaddingLength(uint16_t n); //!< \param [in] n the number of padding bytes (<= 65531)

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_paddingLength{0}; //!< number of padding bytes
};

/**
 * \ingroup sctp
 * \brief Supported Extensions (type 0x8008, RFC 5061 §4.2.7): the extension chunk types the
 * sender supports.
 */
class SctpSupportedExtensionsParameter
    : public SctpChunkTypeListParameter<SctpParameter::SUPPORTED_EXTENSIONS>
{
};

/**
 * \ingroup sctp
 * \brief Forward-TSN Supported (type 0xC000, RFC 3758 §3.1): the sender supports PR-SCTP.
 */
class SctpForwardTsnSupportedParameter
    : public SctpEmptyParameter<SctpParameter::FORWARD_TSN_SUPPORTED>
{
};

/**
 * \ingroup sctp
 * \brief The value of Add IP Address, Delete IP Address and Set Primary Address (RFC 5061
 * §4.2.1, §4.2.2, §4.2.4): an ASCONF-Request Correlation ID and an IPv4 or IPv6 address
 * parameter.
 */
class SctpAsconfAddressValue : public SctpParameter
{
  public:
    uint32_t GetCorrelationId() const; //!< \return the ASCONF-Request Correlation ID
    void SetCorrelationId(uint32_t v); //!< \param [in] v the ASCONF-Request Correlation ID

    /// \return the address parameter (IPv4 or IPv6), or nullptr before one is set
    Ptr<SctpParameter> GetAddressParameter() const;

    /**
     * \param [in] address an SctpIpv4AddressParameter or SctpIpv6AddressParameter
     */
    void SetAddressParameter(Ptr<SctpParameter> address);

    /**
     * \brief Set the address as an IPv4 Address parameter.
     * \param [in] address the address
     */
    void SetAddress(Ipv4Address address);

    /**
     * \brief Set the address as an IPv6 Address parameter.
     * \param [in] address the address
     */
    void SetAddress(Ipv6Address address);

    void Print(std::ostream& os) const override;

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint32_t m_correlationId{0};  //!< ASCONF-Request Correlation ID
    Ptr<SctpParameter> m_address; //!< the address parameter
};

/**
 * \ingroup sctp
 * \brief Add IP Address (type 0xC001, RFC 5061 §4.2.1).
 */
class SctpAddIpAddressParameter
    : public SctpParameterOfType<SctpAsconfAddressValue, SctpParameter::ADD_IP_ADDRESS>
{
};

/**
 * \ingroup sctp
 * \brief Delete IP Address (type 0xC002, RFC 5061 §4.2.2).
 */
class SctpDeleteIpAddressParameter
    : public SctpParameterOfType<SctpAsconfAddressValue, SctpParameter::DELETE_IP_ADDRESS>
{
};

/**
 * \ingroup sctp
 * \brief Error Cause Indication (type 0xC003, RFC 5061 §4.2.6): in an ASCONF-ACK, why the
 * request with this correlation ID failed.
 */
class SctpErrorCauseIndicationParameter
    : public SctpParameterOfType<SctpParameter, SctpParameter::ERROR_CAUSE_INDICATION>
{
  public:
    uint32_t GetCorrelationId() const; //!< \return the ASCONF-Request Correlation ID
    void SetCorrelationId(uint32_t v); //!< \param [in] v the ASCONF-Request Correlation ID

    /// \return the error causes, in order
    const std::vector<Ptr<SctpErrorCause>>& GetCauses() const;

    /**
     * \param [in] causes the error causes, in order
     */
    void SetCauses(std::vector<Ptr<SctpErrorCause>> causes);

    /**
     * \brief Append an error cause.
     * \param [in] cause the cause
     */
    void AddCause(Ptr<SctpErrorCause> cause);

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint32_t m_correlationId{0};               //!< ASCONF-Request Correlation ID
    std::vector<Ptr<SctpErrorCause>> m_causes; //!< the error causes
};

/**
 * \ingroup sctp
 * \brief Set Primary Address (type 0xC004, RFC 5061 §4.2.4).
 */
class SctpSetPrimaryAddressParameter
    : public SctpParameterOfType<SctpAsconfAddressValue, SctpParameter::SET_PRIMARY_ADDRESS>
{
};

/**
 * \ingroup sctp
 * \brief Success Indication (type 0xC005, RFC 5061 §4.2.5): in an ASCONF-ACK, the request with
 * this correlation ID succeeded.
 */
class SctpSuccessIndicationParameter : public SctpU32Parameter<SctpParameter::SUCCESS_INDICATION>
{
  public:
    uint32_t GetCorrelationId() const; //!< \return the ASCONF-Request Correlation ID
    void SetCorrelationId(uint32_t v); //!< \param [in] v the ASCONF-Request Correlation ID
};

/**
 * \ingroup sctp
 * \brief Adaptation Layer Indication (type 0xC006, RFC 5061 §4.2.3): a code the upper layers
 * interpret.
 */
class SctpAdaptationLayerIndicationParameter
    : public SctpU32Parameter<SctpParameter::ADAPTATION_LAYER_INDICATION>
{
  public:
    uint32_t GetAdaptationCode() const; //!< \return the adaptation code point
    void SetAdaptationCode(uint32_t v); //!< \param [in] v the adaptation code point
};

/**
 * \ingroup sctp
 * \brief NAT support, "has NAT support" (type 0xC007, draft-ietf-tsvwg-natsupp as FreeBSD
 * implements it): the sender supports the NAT extension.
 */
class SctpNatSupportParameter : public SctpEmptyParameter<SctpParameter::NAT_SUPPORT>
{
};

} // namespace ns3

#endif /* SCTP_PARAMETERS_H */
