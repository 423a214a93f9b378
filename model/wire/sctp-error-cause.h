/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_ERROR_CAUSE_H
#define SCTP_ERROR_CAUSE_H

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
 * \brief An error cause (16-bit code, 16-bit length, value) carried by ABORT, ERROR, and the
 * Error Cause Indication parameter of ASCONF-ACK.
 *
 * Subclasses hold one cause each (sctp-error-causes.h); unknown codes parse as
 * SctpUnknownErrorCause, which keeps the bytes.
 */
class SctpErrorCause : public SimpleRefCount<SctpErrorCause>
{
  public:
    /// Cause codes (RFC 9260 §3.3.10, RFC 5061, RFC 4895, natsupp draft).
    enum Code : uint16_t
    {
        INVALID_STREAM_IDENTIFIER = 1,
        MISSING_MANDATORY_PARAMETER = 2,
        STALE_COOKIE_ERROR = 3,
        OUT_OF_RESOURCE = 4,
        UNRESOLVABLE_ADDRESS = 5,
        UNRECOGNIZED_CHUNK_TYPE = 6,
        INVALID_MANDATORY_PARAMETER = 7,
        UNRECOGNIZED_PARAMETERS = 8,
        NO_USER_DATA = 9,
        COOKIE_RECEIVED_WHILE_SHUTTING_DOWN = 10,
        RESTART_WITH_NEW_ADDRESSES = 11,
        USER_INITIATED_ABORT = 12,
        PROTOCOL_VIOLATION = 13,
        DELETE_LAST_REMAINING_IP_ADDRESS = 0x00A0,
        RESOURCE_SHORTAGE = 0x00A1,
        DELETE_SOURCE_IP_ADDRESS = 0x00A2,
        ILLEGAL_ASCONF_ACK = 0x00A3,
        REQUEST_REFUSED_NO_AUTHORIZATION = 0x00A4,
        NAT_COLLIDING_STATE = 0x00B0,
        NAT_MISSING_STATE = 0x00B1,
        UNSUPPORTED_HMAC_IDENTIFIER = 0x0105,
    };

    virtual ~SctpErrorCause() = default;

    /// \return the cause code
    virtual uint16_t GetCode() const = 0;

    /// \return a readable name of the cause
    virtual std::string GetName() const;

    /**
     * \brief Write code, length, value and padding.
     * \param [in,out] w the writer
     */
    void Serialize(SctpWireWriter& w) const;

    /// \return the length field's value (4 + value, no padding)
    uint16_t GetLength() const;

    /**
     * \brief Print the cause in a readable form.
     * \param [in,out] os the stream
     */
    virtual void Print(std::ostream& os) const;

    /**
     * \brief Parse one cause and its padding.
     * \param [in,out] r positioned at the code field
     * \param [out] error why parsing failed
     * \return the cause, or nullptr with error set
     */
    static Ptr<SctpErrorCause> Deserialize(SctpWireReader& r, std::string& error);

    /**
     * \brief Parse causes until the reader is empty.
     * \param [in,out] r bytes holding only causes
     * \param [out] out the causes, appended
     * \param [out] error why parsing failed
     * \return false on a malformed cause
     */
    static bool DeserializeList(SctpWireReader& r,
                                std::vector<Ptr<SctpErrorCause>>& out,
                                std::string& error);

    /**
     * \brief Create an empty cause of the given code (SctpUnknownErrorCause if unknown).
     * \param [in] code the code
     * \return the cause
     */
    static Ptr<SctpErrorCause> Create(uint16_t code);

  protected:
    /// The shared TLV parser calls DeserializeValue.
    template <class U>
    friend Ptr<U> SctpDeserializeTlv16(SctpWireReader& r, std::string& error, const char* what);

    /**
     * \brief Write the value (no code, length or padding).
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
 * \brief Stream an error cause.
 * \param [in,out] os the stream
 * \param [in] c the cause
 * \return the stream
 */
std::ostream& operator<<(std::ostream& os, const SctpErrorCause& c);

/**
 * \ingroup sctp
 * \brief An error cause of a code the codec does not know; its bytes are kept unchanged.
 */
class SctpUnknownErrorCause : public SctpErrorCause
{
  public:
    /**
     * \param [in] code the code as received
     */
    explicit SctpUnknownErrorCause(uint16_t code);

    uint16_t GetCode() const override;

    /// \return the value bytes
    const std::vector<uint8_t>& GetValue() const;

    /**
     * \param [in] value the value bytes
     */
    void SetValue(const std::vector<uint8_t>& value);

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_code;              //!< the code
    std::vector<uint8_t> m_value; //!< the value bytes
};

} // namespace ns3

#endif /* SCTP_ERROR_CAUSE_H */
