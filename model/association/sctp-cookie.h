/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_COOKIE_H
#define SCTP_COOKIE_H

#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/ptr.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ns3
{

class SctpWireReader;
class SctpWireWriter;
class UniformRandomVariable;

/**
 * \ingroup sctp
 * \brief Keyed-hash message authentication (RFC 2104) through OpenSSL.
 *
 * The state cookie is signed with HMAC-SHA-1, as FreeBSD does (SCTP_HMAC is
 * SCTP_AUTH_HMAC_ID_SHA1 in sctp_constants.h, a 20-byte signature). SHA-256 is here too because
 * the same primitive serves SCTP-AUTH (RFC 4895), which negotiates either.
 */
class SctpHmac
{
  public:
    /// Hash functions, numbered by their RFC 4895 HMAC Identifiers.
    enum class Algorithm : uint16_t
    {
        SHA1 = 1,   //!< HMAC-SHA-1, 20-byte digest
        SHA256 = 3, //!< HMAC-SHA-256, 32-byte digest
    };

    /**
     * \param [in] algorithm a hash function
     * \return the length of its digest in bytes
     */
    static size_t GetDigestSize(Algorithm algorithm);

    /**
     * \brief Compute an HMAC.
     * \param [in] algorithm the hash function
     * \param [in] key the key
     * \param [in] keyLen its length
     * \param [in] data the message
     * \param [in] len its length
     * \return the digest (GetDigestSize(algorithm) bytes)
     */
    static std::vector<uint8_t> Compute(Algorithm algorithm,
                                        const uint8_t* key,
                                        size_t keyLen,
                                        const uint8_t* data,
                                        size_t len);

    /**
     * \brief Compare two digests in time independent of where they differ.
     * \param [in] a one digest
     * \param [in] b the other
     * \param [in] len their length
     * \return true if equal
     */
    static bool Equal(const uint8_t* a, const uint8_t* b, size_t len);
};

/**
 * \ingroup sctp
 * \brief One cookie secret: 32 random bytes (FreeBSD's SCTP_SECRET_SIZE) and a serial number.
 */
struct SctpCookieKey
{
    static constexpr size_t SIZE = 32; //!< bytes of a secret

    uint32_t id{0};                     //!< serial number, carried in the cookie
    std::array<uint8_t, SIZE> secret{}; //!< the key of the HMAC
};

/**
 * \ingroup sctp
 * \brief A transport address of the peer inside a cookie: family and bytes in network order.
 */
struct SctpCookieAddress
{
    /// Address family; the value is the one written in the cookie.
    enum Family : uint8_t
    {
        IPV4 = 4,
        IPV6 = 6,
    };

    Family family{IPV4};             //!< the family
    std::array<uint8_t, 16> bytes{}; //!< the address; IPv4 uses the first 4 bytes

    /**
     * \param [in] address an IPv4 address
     * \return it as a cookie address
     */
    static SctpCookieAddress FromIpv4(Ipv4Address address);

    /**
     * \param [in] address an IPv6 address
     * \return it as a cookie address
     */
    static SctpCookieAddress FromIpv6(Ipv6Address address);

    /// \return the IPv4 address (family must be IPV4)
    Ipv4Address GetIpv4() const;

    /// \return the IPv6 address (family must be IPV6)
    Ipv6Address GetIpv6() const;

    /// \return the number of address bytes of the family (4 or 16)
    size_t GetLength() const;

    /**
     * \param [in] other another address
     * \return true if same family and same address bytes
     */
    bool operator==(const SctpCookieAddress& other) const;
};

/**
 * \ingroup sctp
 * \brief The State Cookie of RFC 9260 §5.1.3: what the listener needs to build the association's
 *        TCB from a COOKIE-ECHO without having kept any state after sending the INIT-ACK.
 *
 * Byte layout, version 1 (all fields in network order):
 *
 * \verbatim
 *  0  u8  format version (1)          1  u8  MAC algorithm (1 = HMAC-SHA-1)
 *  2  u16 reserved (0)                4  u32 secret id
 *  8  u64 creation time, ns          16  u64 lifetime, ns
 * 24  u32 my verification tag        28  u32 my initial TSN
 * 32  u32 peer's verification tag    36  u32 peer's initial TSN
 * 40  u32 peer's a_rwnd              44  u16 inbound streams   46  u16 outbound streams
 * 48  u16 local port                 50  u16 peer port
 * 52  u32 local tie tag              56  u32 peer tie tag
 * 60  u32 extension flags            64  u16 address count     66  u16 opaque length
 * 68  addresses: u8 family (4 or 6) then 4 or 16 address bytes, each
 *     opaque bytes
 *     HMAC-SHA-1 over every byte before it (20 bytes)
 * \endverbatim
 *
 * Times are simulated time. The peer's address list starts, by convention, with the source
 * address of the INIT. The opaque bytes are for what does not fit a field (the parameters the
 * association re-reads on COOKIE-ECHO, such as the AUTH RANDOM, CHUNKS and HMAC-ALGO of both
 * sides); the cookie does not look into them.
 */
struct SctpStateCookie
{
    /// Negotiated extensions (bits of the extension flags field).
    enum Extension : uint32_t
    {
        EXT_ECN = 1U << 0,         //!< ECN (RFC 9260 Appendix A)
        EXT_PR_SCTP = 1U << 1,     //!< FORWARD-TSN (RFC 3758)
        EXT_AUTH = 1U << 2,        //!< AUTH (RFC 4895)
        EXT_ASCONF = 1U << 3,      //!< ASCONF (RFC 5061)
        EXT_RECONFIG = 1U << 4,    //!< stream reset (RFC 6525)
        EXT_NR_SACK = 1U << 5,     //!< NR-SACK
        EXT_PKTDROP = 1U << 6,     //!< PKTDROP
        EXT_I_DATA = 1U << 7,      //!< I-DATA (RFC 8260)
        EXT_NAT_SUPPORT = 1U << 8, //!< NAT support (draft-ietf-tsvwg-natsupp)
    };

    static constexpr uint8_t VERSION = 1;         //!< format version written
    static constexpr size_t FIXED_SIZE = 68;      //!< bytes before the addresses
    static constexpr size_t MAC_SIZE = 20;        //!< HMAC-SHA-1 digest
    static constexpr size_t MAX_SIZE = 65535 - 4; //!< what a parameter or chunk can carry

    uint32_t secretId{0};            //!< which secret signed it (set by Seal)
    Time creationTime{0};            //!< when the INIT-ACK was built (simulated time)
    Time lifetime{0};                //!< Valid.Cookie.Life plus any preservative increment
    uint32_t myVerificationTag{0};   //!< the Initiate Tag of our INIT-ACK
    uint32_t myInitialTsn{0};        //!< the Initial TSN of our INIT-ACK
    uint32_t peerVerificationTag{0}; //!< the Initiate Tag of the peer's INIT
    uint32_t peerInitialTsn{0};      //!< the Initial TSN of the peer's INIT
    uint32_t peerArwnd{0};           //!< the a_rwnd of the peer's INIT
    uint16_t inboundStreams{0};      //!< negotiated inbound streams
    uint16_t outboundStreams{0};     //!< negotiated outbound streams
    uint16_t localPort{0};           //!< our port
    uint16_t peerPort{0};            //!< the peer's port
    uint32_t localTieTag{0};         //!< RFC 9260 §5.2.2 tie tag: our tag of the existing TCB
    uint32_t peerTieTag{0};          //!< RFC 9260 §5.2.2 tie tag: peer's tag of the existing TCB
    uint32_t extensions{0};          //!< Extension bits
    std::vector<SctpCookieAddress> peerAddresses; //!< the peer's transport addresses
    std::vector<uint8_t> opaque;                  //!< extra bytes kept for the association

    /**
     * \param [in] ext an extension bit
     * \return true if set
     */
    bool HasExtension(Extension ext) const;

    /**
     * \brief RFC 9260 §5.1.5 step 3: the ports and tag of the packet that carried the
     *        COOKIE-ECHO must be the ones of the cookie, else the packet is silently discarded.
     * \param [in] srcPort the common header's source port
     * \param [in] dstPort the common header's destination port
     * \param [in] verificationTag the common header's verification tag
     * \return true if they match
     */
    bool MatchesPacket(uint16_t srcPort, uint16_t dstPort, uint32_t verificationTag) const;

    /// \return creation time + lifetime: the cookie is stale after this instant
    Time GetExpiry() const;

    /// \return the size of the sealed cookie (body and MAC)
    size_t GetSerializedSize() const;

    /**
     * \brief Write the body (everything but the MAC).
     * \param [in,out] w the writer
     */
    void SerializeBody(SctpWireWriter& w) const;

    /**
     * \brief Parse a body written by SerializeBody. Every length is checked against the bytes
     *        present; nothing may follow the body in the reader.
     * \param [in,out] r over the body only (MAC excluded)
     * \param [out] cookie the fields
     * \return false if the bytes are not a well-formed version-1 body
     */
    static bool DeserializeBody(SctpWireReader& r, SctpStateCookie& cookie);

    /**
     * \brief Serialize and sign with a key; the cookie's secretId becomes key.id.
     * \param [in] cookie the contents
     * \param [in] key the secret
     * \return the cookie bytes, or an empty vector if they would exceed MAX_SIZE
     */
    static std::vector<uint8_t> Seal(const SctpStateCookie& cookie, const SctpCookieKey& key);

    /**
     * \brief Read the secret id of a cookie without trusting anything else in it.
     * \param [in] data the cookie bytes
     * \param [in] len their number
     * \param [out] id the secret id
     * \return false if the bytes are too short or not version 1 with HMAC-SHA-1
     */
    static bool PeekSecretId(const uint8_t* data, size_t len, uint32_t& id);

    /**
     * \param [in] other another cookie
     * \return true if every field is equal
     */
    bool operator==(const SctpStateCookie& other) const;
};

/**
 * \ingroup sctp
 * \brief The verdict on a received cookie.
 */
struct SctpCookieValidation
{
    /// The outcome.
    enum Status : uint8_t
    {
        OK,        //!< authentic and fresh: build the TCB from `cookie`
        BAD_MAC,   //!< not signed by a live secret: discard silently (RFC 9260 §5.1.5 step 2)
        STALE,     //!< authentic but expired: send a Stale Cookie error (§5.1.5 step 4)
        MALFORMED, //!< not a cookie of ours (bad length, version, family, times): discard
    };

    Status status{MALFORMED}; //!< the outcome
    /// For STALE: the Measure of Staleness of the error cause (RFC 9260 §3.3.10.3), the time
    /// since expiry in microseconds, rounded up and saturated at 2^32-1.
    uint32_t stalenessUs{0};
    /// For OK and STALE: the contents (a STALE answer is sent with the peer's tag from it).
    SctpStateCookie cookie;

    /**
     * \brief Check a cookie against one key.
     *
     * Checks in RFC 9260 §5.1.5 order: structure of the fixed header, then the MAC (steps 1-2;
     * BAD_MAC if the cookie names another secret or the digest differs), then the body, then the
     * times (step 4): a creation time in the future is MALFORMED (FreeBSD discards such a
     * cookie), and the cookie is STALE when now is later than creation + lifetime. Step 3, the
     * ports and tag against the packet's common header, is the caller's:
     * SctpStateCookie::MatchesPacket.
     * \param [in] data the cookie bytes
     * \param [in] len their number
     * \param [in] key the secret the cookie names
     * \param [in] now the current time
     * \return the verdict
     */
    static SctpCookieValidation Check(const uint8_t* data,
                                      size_t len,
                                      const SctpCookieKey& key,
                                      Time now);
};

/**
 * \ingroup sctp
 * \brief An endpoint's cookie secrets: the current one signs new cookies; the previous one is
 *        still accepted until it retires at the next rotation (RFC 9260 §5.1.3, and FreeBSD's
 *        two secrets rotated every secret_lifetime).
 *
 * Rotation is lazy: every call that takes `now` first performs the rotations due at the instants
 * start + k·SecretLifetime up to `now`, drawing each new secret from a UniformRandomVariable
 * (eight 32-bit words, as FreeBSD fills its SCTP_NUMBER_OF_SECRETS words), so the secrets depend
 * only on the stream and the times of the calls. When more than two rotations are due at once,
 * the secrets that would retire unseen are skipped (their ids are used up, no bytes are drawn).
 * A SecretLifetime of zero never rotates.
 *
 * Unlike FreeBSD, which guesses the secret from the cookie's timestamp and the time of the last
 * change, the cookie names its secret by id; the window of acceptance is the same.
 */
class SctpCookieSecret : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpCookieSecret();
    ~SctpCookieSecret() override;

    /**
     * \brief Assign a fixed random variable stream number to the secret generator.
     * \param [in] stream first stream index to use
     * \return the number of streams used (1)
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \brief Draw the first secret; the rotation schedule starts here. Called implicitly, at the
     *        first `now` seen, if not called before.
     * \param [in] now the current time
     */
    void Start(Time now);

    /**
     * \brief Perform the rotations due by now.
     * \param [in] now the current time
     */
    void Advance(Time now);

    /**
     * \brief Build a cookie: stamp it with now and the current secret, serialize and sign it.
     * \param [in] cookie the contents; creationTime and secretId are overwritten
     * \param [in] now the current time
     * \return the cookie bytes (empty if too large, see SctpStateCookie::Seal)
     */
    std::vector<uint8_t> Make(SctpStateCookie cookie, Time now);

    /**
     * \brief Validate a received cookie with whichever live secret it names.
     * \param [in] data the cookie bytes
     * \param [in] len their number
     * \param [in] now the current time
     * \return the verdict (BAD_MAC if the secret it names has retired or never existed)
     */
    SctpCookieValidation Validate(const uint8_t* data, size_t len, Time now);

    /**
     * \brief Validate a received cookie.
     * \param [in] data the cookie bytes
     * \param [in] now the current time
     * \return the verdict
     */
    SctpCookieValidation Validate(const std::vector<uint8_t>& data, Time now);

    /// \return the secret that signs new cookies (Start must have happened)
    const SctpCookieKey& GetCurrentKey() const;

    /// \return the secret still accepted, or nullptr before the first rotation
    const SctpCookieKey* GetPreviousKey() const;

    /**
     * \param [in] id a secret id
     * \return the live secret with that id, or nullptr
     */
    const SctpCookieKey* FindKey(uint32_t id) const;

    /// \return the instant of the next rotation (infinite if the lifetime is zero)
    Time GetNextRotation() const;

  protected:
    void DoDispose() override;

  private:
    /// Replace the previous secret by the current one and draw a new current one.
    void Rotate();

    /// Fill a key with fresh random bytes.
    void Draw(SctpCookieKey& key);

    Time m_lifetime;                  //!< SecretLifetime attribute
    Ptr<UniformRandomVariable> m_rng; //!< source of the secret bytes
    bool m_started;                   //!< the first secret exists
    bool m_hasPrevious;               //!< a previous secret is live
    uint32_t m_nextId;                //!< id of the next secret drawn
    Time m_nextRotation;              //!< when the next rotation is due
    SctpCookieKey m_current;          //!< signs new cookies
    SctpCookieKey m_previous;         //!< still accepted
};

} // namespace ns3

#endif /* SCTP_COOKIE_H */
