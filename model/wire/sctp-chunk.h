/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_CHUNK_H
#define SCTP_CHUNK_H

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
 * \brief One chunk of an SCTP packet: 8-bit type, 8-bit flags, 16-bit length, value, padding.
 *
 * One subclass per chunk type. Chunks hold only what is on the wire; protocol state lives in the
 * association. A type the codec does not know parses as SctpUnknownChunk, keeping its bytes so
 * the association can apply the RFC 9260 §3.2 rules of the two upper type bits.
 */
class SctpChunk : public SimpleRefCount<SctpChunk>
{
  public:
    /// Chunk types (RFC 9260, 4895, 8260, 5061, 6525, 4820, 3758, pktdrprep draft).
    enum Type : uint8_t
    {
        DATA = 0,
        INIT = 1,
        INIT_ACK = 2,
        SACK = 3,
        HEARTBEAT = 4,
        HEARTBEAT_ACK = 5,
        ABORT = 6,
        SHUTDOWN = 7,
        SHUTDOWN_ACK = 8,
        ERROR = 9,
        COOKIE_ECHO = 10,
        COOKIE_ACK = 11,
        ECNE = 12,
        CWR = 13,
        SHUTDOWN_COMPLETE = 14,
        AUTH = 15,
        NR_SACK = 16,
        I_DATA = 64,
        ASCONF_ACK = 128,
        PKTDROP = 129,
        RE_CONFIG = 130,
        PAD = 132,
        FORWARD_TSN = 192,
        ASCONF = 193,
        I_FORWARD_TSN = 194,
    };

    /// Size of the type, flags and length fields.
    static constexpr uint16_t HEADER_SIZE = 4;

    virtual ~SctpChunk() = default;

    /// \return the chunk type
    virtual uint8_t GetType() const = 0;

    /// \return the name of the type as RFCs and tshark give it (DATA, INIT_ACK, ...)
    virtual std::string GetName() const;

    /// \return the flags byte
    uint8_t GetFlags() const;

    /**
     * \param [in] flags the flags byte
     */
    void SetFlags(uint8_t flags);

    /**
     * \brief Write type, flags, length, value and padding.
     * \param [in,out] w the writer
     */
    void Serialize(SctpWireWriter& w) const;

    /// \return the length field's value (header + value, no padding)
    uint16_t GetLength() const;

    /// \return the bytes the chunk takes in a packet, padding included
    uint32_t GetSerializedSize() const;

    /**
     * \brief Print the chunk in a readable form.
     * \param [in,out] os the stream
     */
    virtual void Print(std::ostream& os) const;

    /**
     * \brief Parse one chunk and its padding.
     * \param [in,out] r positioned at the type field
     * \param [out] error why parsing failed
     * \return the chunk, or nullptr with error set
     */
    static Ptr<SctpChunk> Deserialize(SctpWireReader& r, std::string& error);

    /**
     * \brief Create an empty chunk of the given type (SctpUnknownChunk if unknown).
     * \param [in] type the type
     * \return the chunk
     */
    static Ptr<SctpChunk> Create(uint8_t type);

    /**
     * \param [in] type a chunk type
     * \return its name, or CHUNK_0xNN for an unknown one
     */
    static std::string GetTypeName(uint8_t type);

  protected:
    /// \return the size of the value in bytes (no header, no padding)
    virtual uint32_t GetValueSize() const;

    /**
     * \brief Write the value (no header or padding).
     * \param [in,out] w the writer
     */
    virtual void SerializeValue(SctpWireWriter& w) const = 0;

    /**
     * \brief Parse the value; the flags are already set.
     * \param [in,out] r a reader over exactly the value bytes
     * \param [out] error why parsing failed
     * \return false if the value is malformed
     */
    virtual bool DeserializeValue(SctpWireReader& r, std::string& error) = 0;

    uint8_t m_flags{0}; //!< the flags byte
};

/**
 * \brief Stream a chunk.
 * \param [in,out] os the stream
 * \param [in] c the chunk
 * \return the stream
 */
std::ostream& operator<<(std::ostream& os, const SctpChunk& c);

/**
 * \ingroup sctp
 * \brief A chunk of a type the codec does not know; its bytes are kept unchanged.
 */
class SctpUnknownChunk : public SctpChunk
{
  public:
    /**
     * \param [in] type the type as received
     */
    explicit SctpUnknownChunk(uint8_t type);

    uint8_t GetType() const override;

    /// \return the value bytes
    const std::vector<uint8_t>& GetValue() const;

    /**
     * \param [in] value the value bytes
     */
    void SetValue(const std::vector<uint8_t>& value);

    /// Action bits (RFC 9260 §3.2): 0 stop, 1 stop and report, 2 skip, 3 skip and report.
    /// \return the two upper bits of the type
    uint8_t GetAction() const;

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint8_t m_type;               //!< the type
    std::vector<uint8_t> m_value; //!< the value bytes
};

} // namespace ns3

#endif /* SCTP_CHUNK_H */
