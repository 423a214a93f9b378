/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_AUTH_H
#define SCTP_AUTH_H

#include "ns3/ptr.h"

#include <cstdint>
#include <vector>

namespace ns3
{

class SctpChunk;
class SctpAuthChunk;
class SctpInitChunkBase;
class UniformRandomVariable;

/**
 * \ingroup sctp
 * \brief What one endpoint announces for AUTH (RFC 4895 §3): its RANDOM, the chunk types it
 * wants authenticated (CHUNKS) and the HMACs it can check (HMAC-ALGO, in preference order).
 */
struct SctpAuthEndpoint
{
    static constexpr size_t RANDOM_SIZE = 32; ///< FreeBSD's random_len

    std::vector<uint8_t> random; ///< the RANDOM value
    std::vector<uint8_t> chunks; ///< chunk types that must come authenticated
    std::vector<uint16_t> hmacs; ///< HMAC identifiers (1 SHA-1, 3 SHA-256)

    /**
     * \param [in] rng where the RANDOM comes from
     * \param [in] chunks the chunk types to want authenticated
     * \param [in] hmacs the HMACs to offer
     * \return a new announcement
     */
    static SctpAuthEndpoint Make(Ptr<UniformRandomVariable> rng,
                                 const std::vector<uint8_t>& chunks,
                                 const std::vector<uint16_t>& hmacs);

    /// \return RANDOM, CHUNKS (if any) and HMAC-ALGO as parameters, unpadded (RFC 4895 §6.1)
    std::vector<uint8_t> KeyVector() const;

    /**
     * \brief Add the three parameters to an INIT or INIT-ACK.
     * \param [in,out] chunk the chunk
     */
    void AddTo(SctpInitChunkBase& chunk) const;

    /**
     * \brief Read the peer's parameters from its INIT or INIT-ACK.
     * \param [in] chunk the chunk
     * \param [out] out what it announced
     * \return true if it announced AUTH (RANDOM and HMAC-ALGO present)
     */
    static bool ReadFrom(const SctpInitChunkBase& chunk, SctpAuthEndpoint& out);
};

/**
 * \ingroup sctp
 * \brief The AUTH state of an association (RFC 4895): the association shared key built from
 * both endpoints' key vectors and the empty endpoint-pair key 0, the HMAC used to send (the
 * first of the peer's list this side supports), and the chunk types each side wants
 * authenticated. Signs outgoing packets and checks incoming AUTH chunks.
 */
class SctpAuth
{
  public:
    /**
     * \brief Both ends announced AUTH: derive the key.
     * \param [in] local what this side announced
     * \param [in] peer what the peer announced
     * \return false if the peer lists no HMAC this side supports (AUTH stays off)
     */
    bool Setup(const SctpAuthEndpoint& local, const SctpAuthEndpoint& peer);

    /// Turn AUTH off (the peer did not announce it).
    void Reset();

    /// \return true once Setup succeeded
    bool IsActive() const;

    /**
     * \param [in] type a chunk type
     * \return true if the peer wants it authenticated: we send AUTH before it
     */
    bool PeerRequires(uint8_t type) const;

    /**
     * \param [in] type a chunk type
     * \return true if we want it authenticated: it is discarded without a valid AUTH before it
     */
    bool LocalRequires(uint8_t type) const;

    /// \return true if the peer wants any chunk type authenticated
    bool PeerRequiresAny() const;

    /// \return the chunk types the peer wants authenticated
    const std::vector<uint8_t>& GetPeerChunks() const;

    /// \return the HMAC identifier this side sends with
    uint16_t GetSendHmacId() const;

    /// \return the bytes an AUTH chunk takes in a packet
    uint32_t GetChunkSize() const;

    /// \return the association shared key (RFC 4895 §6.1)
    const std::vector<uint8_t>& GetKey() const;

    /**
     * \brief Build the AUTH chunk for the chunks that will follow it in a packet.
     * \param [in] after those chunks, in order
     * \return the AUTH chunk, HMAC filled
     */
    Ptr<SctpAuthChunk> Sign(const std::vector<Ptr<SctpChunk>>& after) const;

    /// Outcome of checking an AUTH chunk.
    enum Check
    {
        VALID,       //!< the HMAC matches
        BAD_KEY,     //!< a shared key identifier other than 0
        BAD_HMAC_ID, //!< an HMAC this side did not list
        BAD_HMAC,    //!< the HMAC does not match
    };

    /**
     * \param [in] auth the AUTH chunk received
     * \param [in] after the chunks after it in the packet
     * \return the outcome
     */
    Check Verify(const SctpAuthChunk& auth, const std::vector<Ptr<SctpChunk>>& after) const;

    /**
     * \brief The association shared key of RFC 4895 §6.1 with an empty endpoint-pair key: the
     * two key vectors, the smaller (as a big-endian number) first.
     * \param [in] a one key vector
     * \param [in] b the other
     * \return the key
     */
    static std::vector<uint8_t> AssociationKey(const std::vector<uint8_t>& a,
                                               const std::vector<uint8_t>& b);

    /**
     * \param [in] hmacId an HMAC identifier
     * \return its digest size in bytes (0 if unknown)
     */
    static size_t DigestSize(uint16_t hmacId);

    /**
     * \brief Keep both endpoints' parameters in a State Cookie (its opaque bytes) and read them
     * back on COOKIE-ECHO.
     * \param [in] local our parameters
     * \param [in] peer the peer's
     * \return the bytes
     */
    static std::vector<uint8_t> Pack(const SctpAuthEndpoint& local, const SctpAuthEndpoint& peer);

    /**
     * \param [in] bytes what Pack wrote
     * \param [out] local our parameters
     * \param [out] peer the peer's
     * \return false if malformed
     */
    static bool Unpack(const std::vector<uint8_t>& bytes,
                       SctpAuthEndpoint& local,
                       SctpAuthEndpoint& peer);

  private:
    /**
     * \param [in] auth the AUTH chunk with a zero HMAC of the right size
     * \param [in] after the chunks after it
     * \param [in] hmacId the HMAC
     * \return the HMAC over them
     */
    std::vector<uint8_t> Compute(const SctpAuthChunk& auth,
                                 const std::vector<Ptr<SctpChunk>>& after,
                                 uint16_t hmacId) const;

    bool m_active{false};               //!< both ends announced AUTH
    std::vector<uint8_t> m_key;         //!< association shared key
    uint16_t m_sendHmacId{0};           //!< the HMAC we send with
    std::vector<uint16_t> m_localHmacs; //!< HMACs we accept
    std::vector<uint8_t> m_localChunks; //!< types we want authenticated
    std::vector<uint8_t> m_peerChunks;  //!< types the peer wants authenticated
};

} // namespace ns3

#endif /* SCTP_AUTH_H */
