/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_EXTENSION_CHUNKS_H
#define SCTP_EXTENSION_CHUNKS_H

#include "sctp-chunk.h"
#include "sctp-parameter.h"

namespace ns3
{

/**
 * \ingroup sctp
 * \brief AUTH (type 15, RFC 4895 §5.1): shared key identifier, HMAC identifier, HMAC.
 *
 * The HMAC is computed over this chunk, with the HMAC field set to zero, and all chunks after it
 * (RFC 4895 §6.2). The authentication code does this on the serialized packet: it writes the
 * chunk with a zero HMAC of the right size, then patches the HMAC in at HMAC_OFFSET from the
 * chunk's first byte; on receipt it zeroes the same bytes before checking.
 */
class SctpAuthChunk : public SctpChunk
{
  public:
    /// Offset of the HMAC field from the first byte of the chunk (= header and identifiers).
    static constexpr uint16_t HMAC_OFFSET = 8;

    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

    uint16_t GetSharedKeyId() const; //!< \return the shared key identifier
    void SetSharedKeyId(uint16_t v); //!< \param [in] v the shared key identifier
    uint16_t GetHmacId() const;      //!< \return the HMAC identifier (§3.3: 1 SHA-1, 3 SHA-256)
    void SetHmacId(uint16_t v);      //!< \param [in] v the HMAC identifier

    /// \return the HMAC bytes
    const std::vector<uint8_t>& GetHmac() const;

    /**
     * \param [in] hmac the HMAC bytes; zeros of the algorithm's size while computing it
     */
    void SetHmac(std::vector<uint8_t> hmac);

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_sharedKeyId{0};   //!< shared key identifier
    uint16_t m_hmacId{0};        //!< HMAC identifier
    std::vector<uint8_t> m_hmac; //!< the HMAC
};

/**
 * \ingroup sctp
 * \brief A chunk whose value ends in a list of parameters (ASCONF, ASCONF-ACK, RE-CONFIG).
 *
 * Writes the list as RFC 9260 §3.2 asks: the chunk length counts the padding of every
 * parameter but the last; the last one's padding is the chunk's own.
 */
class SctpParameterListChunk : public SctpChunk
{
  public:
    /// \return the parameters, in order
    const std::vector<Ptr<SctpParameter>>& GetParameters() const;

    /**
     * \param [in] parameters the parameters, in order (moved in)
     */
    void SetParameters(std::vector<Ptr<SctpParameter>> parameters);

    /**
     * \brief Append a parameter.
     * \param [in] parameter the parameter
     */
    void AddParameter(Ptr<SctpParameter> parameter);

  protected:
    /**
     * \brief Write the parameters; call last in SerializeValue.
     * \param [in,out] w the writer
     */
    void SerializeParameters(SctpWireWriter& w) const;

    /**
     * \brief Replace the parameters with those parsed from the rest of the value.
     * \param [in,out] r the value, positioned at the first parameter
     * \param [out] error why parsing failed
     * \return false on a malformed parameter
     */
    bool DeserializeParameters(SctpWireReader& r, std::string& error);

    /**
     * \brief Print ", params=[...]".
     * \param [in,out] os the stream
     */
    void PrintParameters(std::ostream& os) const;

  private:
    std::vector<Ptr<SctpParameter>> m_parameters; //!< the parameters
};

/**
 * \ingroup sctp
 * \brief What ASCONF and ASCONF-ACK share (RFC 5061 §4.1): a 32-bit serial number (the RFC's
 * "Sequence Number") followed by parameters.
 */
class SctpAsconfBaseChunk : public SctpParameterListChunk
{
  public:
    uint32_t GetSerialNumber() const; //!< \return the serial number
    void SetSerialNumber(uint32_t v); //!< \param [in] v the serial number

  protected:
    uint32_t m_serialNumber{0}; //!< serial (sequence) number
};

/**
 * \ingroup sctp
 * \brief ASCONF (type 0xC1, RFC 5061 §4.1.1): serial number, the Address Parameter (IPv4 or
 * IPv6 address, used to find the association), then the ASCONF parameters.
 */
class SctpAsconfChunk : public SctpAsconfBaseChunk
{
  public:
    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

    /// \return the address parameter (type 5 or 6), or nullptr before one is set
    Ptr<SctpParameter> GetAddressParameter() const;

    /**
     * \param [in] address an IPv4 (type 5) or IPv6 (type 6) address parameter
     */
    void SetAddressParameter(Ptr<SctpParameter> address);

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    Ptr<SctpParameter> m_address; //!< the address parameter
};

/**
 * \ingroup sctp
 * \brief ASCONF-ACK (type 0x80, RFC 5061 §4.1.2): serial number, then zero or more responses.
 */
class SctpAsconfAckChunk : public SctpAsconfBaseChunk
{
  public:
    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;
};

/**
 * \ingroup sctp
 * \brief RE-CONFIG (type 0x82, RFC 6525 §3.1): one or two re-configuration parameters.
 */
class SctpReConfigChunk : public SctpParameterListChunk
{
  public:
    /// At most this many parameters (RFC 6525 §3.1).
    static constexpr size_t MAX_PARAMETERS = 2;

    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;
};

/**
 * \ingroup sctp
 * \brief PAD (type 0x84, RFC 4820 §3): padding data of any length, e.g. for path MTU probes.
 *
 * The receiver ignores the padding's content, so only its length is kept; zeros are sent.
 */
class SctpPadChunk : public SctpChunk
{
  public:
    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

    uint16_t GetPaddingLength() const; //!< \return the number of padding bytes
    void SetPaddingLength(uint16_t n); //!< \param [in] n the number of padding bytes (<= 65531)

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_paddingLength{0}; //!< number of padding bytes
};

/**
 * \ingroup sctp
 * \brief One stream of a FORWARD-TSN (RFC 3758 §3.2): stream and stream sequence number.
 */
struct SctpForwardTsnStream
{
    /// Bytes on the wire.
    static constexpr uint32_t SIZE = 4;

    uint16_t streamId{0};  //!< stream identifier
    uint16_t streamSeq{0}; //!< largest stream sequence number skipped

    /**
     * \param [in,out] w the writer
     */
    void Serialize(SctpWireWriter& w) const;

    /**
     * \param [in,out] r the reader
     * \return false if fewer than SIZE bytes remain
     */
    bool Deserialize(SctpWireReader& r);

    /**
     * \brief Print as packetdrill does: {sid,ssn}.
     * \param [in,out] os the stream
     */
    void Print(std::ostream& os) const;

    /**
     * \param [in] o the other entry
     * \return true if all fields are equal
     */
    bool operator==(const SctpForwardTsnStream& o) const;
};

/**
 * \ingroup sctp
 * \brief One stream of an I-FORWARD-TSN (RFC 8260 §2.3.1): stream identifier, 15 reserved bits
 * and U, message identifier.
 *
 * The reserved bits are sent as zero and ignored on receipt, as the RFC asks.
 */
struct SctpIForwardTsnStream
{
    /// Bytes on the wire.
    static constexpr uint32_t SIZE = 8;
    /// The U bit: least significant bit of the 16 bits after the stream identifier.
    static constexpr uint16_t UNORDERED = 0x0001;

    uint16_t streamId{0};  //!< stream identifier
    bool unordered{false}; //!< U: the message identifier is of the unordered sequence
    uint32_t messageId{0}; //!< largest message identifier skipped

    /**
     * \param [in,out] w the writer
     */
    void Serialize(SctpWireWriter& w) const;

    /**
     * \param [in,out] r the reader
     * \return false if fewer than SIZE bytes remain
     */
    bool Deserialize(SctpWireReader& r);

    /**
     * \brief Print as packetdrill does: {sid,U,mid}.
     * \param [in,out] os the stream
     */
    void Print(std::ostream& os) const;

    /**
     * \param [in] o the other entry
     * \return true if all fields are equal
     */
    bool operator==(const SctpIForwardTsnStream& o) const;
};

/**
 * \ingroup sctp
 * \brief What FORWARD-TSN and I-FORWARD-TSN share: a new cumulative TSN, then fixed-size
 * per-stream entries that must fill the value exactly.
 * \tparam Entry SctpForwardTsnStream or SctpIForwardTsnStream
 */
template <typename Entry>
class SctpForwardTsnChunkBase : public SctpChunk
{
  public:
    void Print(std::ostream& os) const override;

    uint32_t GetNewCumulativeTsn() const; //!< \return the new cumulative TSN
    void SetNewCumulativeTsn(uint32_t v); //!< \param [in] v the new cumulative TSN

    /// \return the skipped streams
    const std::vector<Entry>& GetStreams() const;

    /**
     * \param [in] streams the skipped streams (moved in)
     */
    void SetStreams(std::vector<Entry> streams);

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint32_t m_newCumulativeTsn{0}; //!< new cumulative TSN
    std::vector<Entry> m_streams;   //!< the skipped streams
};

extern template class SctpForwardTsnChunkBase<SctpForwardTsnStream>;
extern template class SctpForwardTsnChunkBase<SctpIForwardTsnStream>;

/**
 * \ingroup sctp
 * \brief FORWARD-TSN (type 0xC0, RFC 3758 §3.2): new cumulative TSN, then (stream, stream
 * sequence) pairs of the ordered streams skipped.
 */
class SctpForwardTsnChunk : public SctpForwardTsnChunkBase<SctpForwardTsnStream>
{
  public:
    uint8_t GetType() const override;
};

/**
 * \ingroup sctp
 * \brief I-FORWARD-TSN (type 0xC2, RFC 8260 §2.3.1): new cumulative TSN, then (stream
 * identifier, reserved and U, message identifier) entries.
 */
class SctpIForwardTsnChunk : public SctpForwardTsnChunkBase<SctpIForwardTsnStream>
{
  public:
    uint8_t GetType() const override;
};

/**
 * \ingroup sctp
 * \brief Flag bits of PKTDROP, as FreeBSD defines them (sctp.h).
 */
struct SctpPktDropFlags
{
    static constexpr uint8_t FROM_MIDDLEBOX = 0x01; //!< M: reported by a middlebox
    static constexpr uint8_t BAD_CRC = 0x02;        //!< B: dropped for a bad checksum
    static constexpr uint8_t TRUNCATED = 0x04;      //!< T: the packet copy is truncated
};

/**
 * \ingroup sctp
 * \brief PKTDROP (type 0x81, draft-stewart-sctp-pktdrprep, FreeBSD's struct sctp_pktdrop_chunk):
 * link bandwidth, current queue depth ("sample"), truncated length, reserved, then the dropped
 * packet from its SCTP common header on, possibly truncated.
 *
 * The reserved field is sent as zero and ignored on receipt.
 */
class SctpPktDropChunk : public SctpChunk
{
  public:
    /// Bytes before the dropped packet: header, bandwidth, queue depth, truncated length, reserved.
    static constexpr uint16_t FIXED_SIZE = 16;

    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

    bool IsFromMiddlebox() const;        //!< \return the M bit
    bool IsBadCrc() const;               //!< \return the B bit
    bool IsTruncated() const;            //!< \return the T bit
    void SetFromMiddlebox(bool on);      //!< \param [in] on the M bit
    void SetBadCrc(bool on);             //!< \param [in] on the B bit
    void SetTruncated(bool on);          //!< \param [in] on the T bit
    uint32_t GetLinkBandwidth() const;   //!< \return the bottleneck link bandwidth
    void SetLinkBandwidth(uint32_t v);   //!< \param [in] v the bottleneck link bandwidth
    uint32_t GetQueueDepth() const;      //!< \return the current queue depth ("sample")
    void SetQueueDepth(uint32_t v);      //!< \param [in] v the current queue depth ("sample")
    uint16_t GetTruncatedLength() const; //!< \return the original length, if truncated
    void SetTruncatedLength(uint16_t v); //!< \param [in] v the original length, if truncated

    /// \return the bytes of the dropped packet (possibly truncated)
    const std::vector<uint8_t>& GetDroppedPacket() const;

    /**
     * \param [in] packet the bytes of the dropped packet (moved in)
     */
    void SetDroppedPacket(std::vector<uint8_t> packet);

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    /**
     * \brief Set or clear one flag bit.
     * \param [in] bit the bit
     * \param [in] on set or clear
     */
    void SetFlag(uint8_t bit, bool on);

    uint32_t m_linkBandwidth{0};   //!< bottleneck bandwidth
    uint32_t m_queueDepth{0};      //!< current queue depth
    uint16_t m_truncatedLength{0}; //!< original length of a truncated packet
    std::vector<uint8_t> m_packet; //!< the dropped packet
};

/**
 * \brief Create an empty chunk of one of the types declared in this header.
 * \param [in] type the chunk type
 * \return the chunk, or nullptr if the type is not one of this header's
 */
Ptr<SctpChunk> SctpCreateExtensionChunk(uint8_t type);

} // namespace ns3

#endif /* SCTP_EXTENSION_CHUNKS_H */
