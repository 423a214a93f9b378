/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_PACKET_H
#define SCTP_PACKET_H

#include "sctp-chunk.h"

#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief An SCTP packet: the common header (RFC 9260 §3.1) and its chunks.
 */
class SctpPacket
{
  public:
    /// Size of the common header.
    static constexpr uint16_t COMMON_HEADER_SIZE = 12;

    uint16_t GetSourcePort() const;         //!< \return the source port
    void SetSourcePort(uint16_t port);      //!< \param [in] port the source port
    uint16_t GetDestinationPort() const;    //!< \return the destination port
    void SetDestinationPort(uint16_t port); //!< \param [in] port the destination port
    uint32_t GetVerificationTag() const;    //!< \return the verification tag
    void SetVerificationTag(uint32_t tag);  //!< \param [in] tag the verification tag
    uint32_t GetChecksum() const;           //!< \return the checksum field as received
    const std::vector<Ptr<SctpChunk>>& GetChunks() const; //!< \return the chunks

    /**
     * \param [in] chunk appended after the chunks already there
     */
    void AddChunk(Ptr<SctpChunk> chunk);

    /// \return the packet's size on the wire
    uint32_t GetSerializedSize() const;

    /**
     * \brief The packet's bytes.
     * \param [in] withChecksum compute the CRC32c (else the checksum field is zero)
     * \return the bytes
     */
    std::vector<uint8_t> Serialize(bool withChecksum) const;

    /**
     * \brief Parse a packet. The checksum is not verified here (see SctpCrc32c::Verify).
     * \param [in] data the bytes
     * \param [in] len their number
     * \param [out] out the packet
     * \param [out] error why parsing failed
     * \return false if the packet is malformed
     */
    static bool Deserialize(const uint8_t* data, size_t len, SctpPacket& out, std::string& error);

    /**
     * \param [in,out] os where to print the header and every chunk
     */
    void Print(std::ostream& os) const;

  private:
    uint16_t m_sourcePort{0};             //!< source port
    uint16_t m_destinationPort{0};        //!< destination port
    uint32_t m_verificationTag{0};        //!< verification tag
    uint32_t m_checksum{0};               //!< checksum field as received
    std::vector<Ptr<SctpChunk>> m_chunks; //!< chunks in order
};

} // namespace ns3

#endif /* SCTP_PACKET_H */
