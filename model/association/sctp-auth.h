/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_AUTH_H
#define SCTP_AUTH_H

#include "ns3/ptr.h"

#include <cstdint>
#include <map>
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
 * \brief The AUTH state of an association (RFC 4895): the endpoint-pair shared keys (key 0,
 * empty, unless the application replaced it), the association shared key of each built with
 * both endpoints' key vectors, the active key that signs what is sent, the HMAC used to send
 * (the first of the peer's list this side supports), and the chunk types each side wants
 * authenticated. Signs outgoing packets and checks incoming AUTH chunks.
 *
 * Keys follow FreeBSD's rules (RFC 6458 §8.1.20-8.3.4): the active key cannot be deleted or
 * deactivated; a key still in use, or deactivated, cannot be replaced; a key is in use while
 * DATA it signed is not covered by the cumulative TSN ack, and a deactivated key that is no
 * longer in use is reported free (SCTP_AUTH_FREE_KEY).
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

    /// Turn AUTH off (the peer did not announce it). The endpoint-pair keys stay.
    void Reset();

    /**
     * \brief The endpoint-pair shared keys the association starts with (its endpoint's).
     * \param [in] keys key identifier to key bytes
     * \param [in] active the key to send with
     */
    void SetKeys(const std::map<uint16_t, std::vector<uint8_t>>& keys, uint16_t active);

    /**
     * \brief SCTP_AUTH_KEY: add a key or replace one.
     * \param [in] id the key identifier
     * \param [in] key its bytes (may be empty)
     * \return false if the key it would replace is deactivated or in use (FreeBSD's EBUSY)
     */
    bool SetKey(uint16_t id, const std::vector<uint8_t>& key);

    /**
     * \brief SCTP_AUTH_ACTIVE_KEY: sign with this key from now on.
     * \param [in] id the key identifier
     * \return false if there is no such key, or it is deactivated and still in use
     */
    bool SetActiveKey(uint16_t id);

    /// \return the key that signs what is sent
    uint16_t GetActiveKey() const;

    /**
     * \brief SCTP_AUTH_DELETE_KEY.
     * \param [in] id the key identifier
     * \return false if it is the active key, unknown, or in use
     */
    bool DeleteKey(uint16_t id);

    /**
     * \brief SCTP_AUTH_DEACTIVATE_KEY: never sign with it again; it stays for received AUTH.
     * \param [in] id the key identifier
     * \param [out] freeNow true if no outstanding DATA was signed with it
     * \return false if it is the active key or unknown
     */
    bool DeactivateKey(uint16_t id, bool& freeNow);

    /**
     * \param [in] id a key identifier
     * \return true if the association has that key
     */
    bool HasKey(uint16_t id) const;

    /**
     * \brief DATA up to this TSN went out signed with the active key: it is in use until the
     * cumulative TSN ack covers it.
     * \param [in] tsn the highest TSN in the packet
     */
    void NoteDataSigned(uint32_t tsn);

    /**
     * \brief The cumulative TSN ack advanced.
     * \param [in] cumTsn the cumulative TSN ack
     * \return the deactivated keys that nothing outstanding uses any more (to report free)
     */
    std::vector<uint16_t> ReleaseAcked(uint32_t cumTsn);

    /**
     * \brief A valid AUTH arrived with this key.
     * \param [in] id its shared key identifier
     * \return true if it differs from the key of the previous one (SCTP_AUTH_NEW_KEY)
     */
    bool NoteReceivedKey(uint16_t id);

    /// \return the key of the last valid AUTH received (0 before any)
    uint16_t GetReceiveKey() const;

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

    /// \return the association shared key of the active key (RFC 4895 §6.1)
    std::vector<uint8_t> GetKey() const;

    /**
     * \param [in] id an endpoint-pair key identifier
     * \return the association shared key built from it (empty if there is no such key)
     */
    std::vector<uint8_t> GetKey(uint16_t id) const;

    /**
     * \brief Build the AUTH chunk, signed with the active key, for the chunks that will follow
     * it in a packet.
     * \param [in] after those chunks, in order
     * \return the AUTH chunk, HMAC filled
     */
    Ptr<SctpAuthChunk> Sign(const std::vector<Ptr<SctpChunk>>& after) const;

    /// Outcome of checking an AUTH chunk.
    enum Check
    {
        VALID,       //!< the HMAC matches
        BAD_KEY,     //!< a shared key identifier this side does not have
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
     * \brief The association shared key of RFC 4895 §6.1: the endpoint-pair shared key, then
     * the two key vectors, the smaller (as a big-endian number) first.
     * \param [in] a one key vector
     * \param [in] b the other
     * \param [in] shared the endpoint-pair shared key (key 0 is empty by default)
     * \return the key
     */
    static std::vector<uint8_t> AssociationKey(const std::vector<uint8_t>& a,
                                               const std::vector<uint8_t>& b,
                                               const std::vector<uint8_t>& shared = {});

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
     * \param [in] key the association shared key
     * \return the HMAC over them
     */
    static std::vector<uint8_t> Compute(const SctpAuthChunk& auth,
                                        const std::vector<Ptr<SctpChunk>>& after,
                                        uint16_t hmacId,
                                        const std::vector<uint8_t>& key);

    /// One endpoint-pair shared key.
    struct SharedKey
    {
        std::vector<uint8_t> bytes;    //!< the key
        std::vector<uint8_t> assocKey; //!< the association shared key built from it
        bool deactivated{false};       //!< SCTP_AUTH_DEACTIVATE_KEY was applied
        bool inUse{false};             //!< DATA signed with it is outstanding
        uint32_t lastTsn{0};           //!< the highest such TSN
    };

    /// \param [in,out] k a key: build its association shared key (once Setup ran)
    void Derive(SharedKey& k) const;

    bool m_active{false};                                   //!< both ends announced AUTH
    std::map<uint16_t, SharedKey> m_keys{{0, SharedKey()}}; //!< endpoint-pair shared keys
    uint16_t m_activeKey{0};                                //!< the key that signs (active_keyid)
    uint16_t m_recvKey{0};              //!< key of the last valid AUTH (recv_keyid)
    std::vector<uint8_t> m_localVector; //!< our key vector
    std::vector<uint8_t> m_peerVector;  //!< the peer's key vector
    uint16_t m_sendHmacId{0};           //!< the HMAC we send with
    std::vector<uint16_t> m_localHmacs; //!< HMACs we accept
    std::vector<uint8_t> m_localChunks; //!< types we want authenticated
    std::vector<uint8_t> m_peerChunks;  //!< types the peer wants authenticated
};

} // namespace ns3

#endif /* SCTP_AUTH_H */
