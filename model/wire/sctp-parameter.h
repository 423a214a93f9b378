/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_PARAMETER_H
#define SCTP_PARAMETER_H

#include "sctp-wire-io.h"

#include "ns3/ptr.h"
#include "ns3/simple-ref-count.h"

#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief A parameter (type-length-value with 16-bit type and length) of an INIT, INIT-ACK,
 * ASCONF, ASCONF-ACK or RE-CONFIG chunk, or inside an error cause.
 *
 * Subclasses hold one parameter type each (sctp-parameters.h). A type the codec does not know
 * parses as SctpUnknownParameter, which keeps its bytes so the association can apply the
 * RFC 9260 §3.2.1 rules encoded in the two upper bits of the type.
 */
class SctpParameter : public SimpleRefCount<SctpParameter>
{
  public:
    /// Parameter types (RFC 9260, 4895, 5061, 6525, 3758, 7053, 4820, 9653, natsupp draft).
    enum Type : uint16_t
    {
        HEARTBEAT_INFO = 1,
        IPV4_ADDRESS = 5,
        IPV6_ADDRESS = 6,
        STATE_COOKIE = 7,
        UNRECOGNIZED_PARAMETER = 8,
        COOKIE_PRESERVATIVE = 9,
        HOST_NAME_ADDRESS = 11,
        SUPPORTED_ADDRESS_TYPES = 12,
        OUTGOING_SSN_RESET_REQUEST = 13,
        INCOMING_SSN_RESET_REQUEST = 14,
        SSN_TSN_RESET_REQUEST = 15,
        RECONFIG_RESPONSE = 16,
        ADD_OUTGOING_STREAMS_REQUEST = 17,
        ADD_INCOMING_STREAMS_REQUEST = 18,
        ECN_CAPABLE = 0x8000,
        ZERO_CHECKSUM_ACCEPTABLE = 0x8001,
        RANDOM = 0x8002,
        CHUNK_LIST = 0x8003,
        REQUESTED_HMAC_ALGORITHM = 0x8004,
        PADDING = 0x8005,
        SUPPORTED_EXTENSIONS = 0x8008,
        FORWARD_TSN_SUPPORTED = 0xC000,
        ADD_IP_ADDRESS = 0xC001,
        DELETE_IP_ADDRESS = 0xC002,
        ERROR_CAUSE_INDICATION = 0xC003,
        SET_PRIMARY_ADDRESS = 0xC004,
        SUCCESS_INDICATION = 0xC005,
        ADAPTATION_LAYER_INDICATION = 0xC006,
        NAT_SUPPORT = 0xC007,
    };

    virtual ~SctpParameter() = default;

    /// \return the parameter type
    virtual uint16_t GetType() const = 0;

    /// \return a readable name of the type (as RFCs and tshark name it)
    virtual std::string GetName() const;

    /**
     * \brief Write type, length, value and padding.
     * \param [in,out] w the writer
     */
    void Serialize(SctpWireWriter& w) const;

    /// \return the length field's value (4 + value, no padding)
    uint16_t GetLength() const;

    /**
     * \brief Print the parameter in a readable form.
     * \param [in,out] os the stream
     */
    virtual void Print(std::ostream& os) const;

    /**
     * \brief Parse one parameter and its padding.
     * \param [in,out] r positioned at the type field
     * \param [out] error why parsing failed
     * \return the parameter, or nullptr with error set
     */
    static Ptr<SctpParameter> Deserialize(SctpWireReader& r, std::string& error);

    /**
     * \brief Parse parameters until the reader is empty.
     * \param [in,out] r the bytes holding only parameters
     * \param [out] out the parameters, appended
     * \param [out] error why parsing failed
     * \return false on a malformed parameter
     */
    static bool DeserializeList(SctpWireReader& r,
                                std::vector<Ptr<SctpParameter>>& out,
                                std::string& error);

    /**
     * \brief Create an empty parameter of the given type (SctpUnknownParameter if unknown).
     * \param [in] type the type
     * \return the parameter
     */
    static Ptr<SctpParameter> Create(uint16_t type);

  protected:
    /// The shared TLV parser calls DeserializeValue.
    template <class U>
    friend Ptr<U> SctpDeserializeTlv16(SctpWireReader& r, std::string& error, const char* what);

    /**
     * \brief Write the value (no type, length or padding).
     * \param [in,out] w the writer
     */
    virtual void SerializeValue(SctpWireWriter& w) const = 0;

    /**
     * \brief Parse the value.
     * \param [in,out] r a reader over exactly the value bytes
     * \param [out] error why parsing failed
     * \return false if the value is malformed
     */
    virtual bool DeserializeValue(SctpWireReader& r, std::string& error) = 0;
};

/**
 * \brief Stream a parameter.
 * \param [in,out] os the stream
 * \param [in] p the parameter
 * \return the stream
 */
std::ostream& operator<<(std::ostream& os, const SctpParameter& p);

/**
 * \ingroup sctp
 * \brief A parameter of a type the codec does not know; its bytes are kept unchanged.
 */
class SctpUnknownParameter : public SctpParameter
{
  public:
    /**
     * \param [in] type the type as received
     */
    explicit SctpUnknownParameter(uint16_t type);

    uint16_t GetType() const override;
    std::string GetName() const override;

    /// \return the value bytes
    const std::vector<uint8_t>& GetValue() const;

    /**
     * \param [in] value the value bytes
     */
    void SetValue(const std::vector<uint8_t>& value);

    /// Action bits (RFC 9260 §3.2.1): 0 stop, 1 stop and report, 2 skip, 3 skip and report.
    /// \return the two upper bits of the type
    uint8_t GetAction() const;

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_type;              //!< the type
    std::vector<uint8_t> m_value; //!< the value bytes
};

} // namespace ns3

#endif /* SCTP_PARAMETER_H */
