/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_INIT_RESPONDER_H
#define SCTP_INIT_RESPONDER_H

#include "sctp-assoc-config.h"
#include "sctp-cookie.h"

#include "ns3/address.h"
#include "ns3/ptr.h"

#include <vector>

namespace ns3
{

class SctpL4Protocol;
class SctpPacket;
class SctpInitChunk;
class SctpInitAckChunk;
class UniformRandomVariable;
class SctpInitChunkBase;
class SctpCookieEchoChunk;
class SctpErrorCause;

/**
 * \ingroup sctp
 * \brief The stateless half of the handshake (RFC 9260 §5.1): answer an INIT with an INIT-ACK
 * carrying a State Cookie, and validate a COOKIE-ECHO. No state is kept before a valid cookie.
 *
 * Used by listening endpoints, and by associations for INITs and COOKIE-ECHOs that arrive on an
 * existing association (§5.2: collisions and restarts, with tie tags).
 */
class SctpInitResponder
{
  public:
    /// Tags to reuse or report when an association exists (§5.2.1, §5.2.2).
    struct Existing
    {
        uint32_t localTag{0};    //!< tag to put in the INIT-ACK (0: draw a new one)
        uint32_t localTsn{0};    //!< initial TSN to offer when localTag is reused
        uint32_t localTieTag{0}; //!< our current tag, as tie tag
        uint32_t peerTieTag{0};  //!< the peer's current tag, as tie tag
    };

    /**
     * \brief Check an INIT and send the INIT-ACK (or the ABORT the RFC asks for).
     * \param [in] l4 the protocol (sending, randomness)
     * \param [in] secret the endpoint's cookie secrets
     * \param [in] config the endpoint's tunables
     * \param [in] packet the packet holding the INIT (its only chunk)
     * \param [in] init the INIT
     * \param [in] source the packet's source
     * \param [in] destination the packet's destination
     * \param [in] existing tags of an existing association, if any
     * \param [in] localAddresses the endpoint's addresses, listed when there are several
     */
    static void RespondToInit(Ptr<SctpL4Protocol> l4,
                              Ptr<SctpCookieSecret> secret,
                              const SctpAssocConfig& config,
                              const SctpPacket& packet,
                              const SctpInitChunk& init,
                              const Address& source,
                              const Address& destination,
                              const Existing& existing,
                              const std::vector<Address>& localAddresses);

    /**
     * \brief Validate a COOKIE-ECHO (RFC 9260 §5.1.5). Answers a stale cookie with the Stale
     * Cookie error itself.
     * \param [in] l4 the protocol
     * \param [in] secret the endpoint's cookie secrets
     * \param [in] packet the packet holding the COOKIE-ECHO
     * \param [in] echo the COOKIE-ECHO
     * \param [in] source the packet's source
     * \param [in] destination the packet's destination
     * \param [out] cookie the cookie's contents when valid
     * \return true if the cookie is authentic, fresh and its tag matches the packet's
     */
    static bool ValidateCookieEcho(Ptr<SctpL4Protocol> l4,
                                   Ptr<SctpCookieSecret> secret,
                                   const SctpPacket& packet,
                                   const SctpCookieEchoChunk& echo,
                                   const Address& source,
                                   const Address& destination,
                                   SctpStateCookie& cookie);

    /**
     * \brief Send an ABORT (RFC 9260 §8.4 / §5.1) with an optional cause.
     * \param [in] l4 the protocol
     * \param [in] vtag the verification tag to use
     * \param [in] reflected set the T bit
     * \param [in] srcPort source port
     * \param [in] dstPort destination port
     * \param [in] source source address
     * \param [in] destination destination address
     * \param [in] cause the error cause, or nullptr
     */
    static void SendAbort(Ptr<SctpL4Protocol> l4,
                          uint32_t vtag,
                          bool reflected,
                          uint16_t srcPort,
                          uint16_t dstPort,
                          const Address& source,
                          const Address& destination,
                          Ptr<SctpErrorCause> cause);

    /**
     * \brief The extensions' parameters of an INIT-ACK (ECN-Capable, Adaptation Layer
     * Indication, Supported Extensions, AUTH's three) and what the cookie must remember of the
     * peer's (extension bits, AUTH parameters, Adaptation Layer Indication).
     * \param [in,out] ack the INIT-ACK
     * \param [in,out] cookie its cookie
     * \param [in] init the peer's INIT
     * \param [in] config our tunables
     * \param [in] rng where AUTH's RANDOM comes from
     */
    static void AddExtensions(SctpInitAckChunk& ack,
                              SctpStateCookie& cookie,
                              const SctpInitChunk& init,
                              const SctpAssocConfig& config,
                              Ptr<UniformRandomVariable> rng);

    /**
     * \brief Supported Extensions (RFC 5061 §4.2.7) in FreeBSD's order: ASCONF and ASCONF-ACK
     * (with AUTH on), RE-CONFIG, AUTH; nothing if none is on.
     * \param [in,out] chunk an INIT or INIT-ACK
     * \param [in] config the tunables (asconf_enable, reconfig_enable, auth_enable)
     */
    static void AddSupportedExtensions(SctpInitChunkBase& chunk, const SctpAssocConfig& config);

    /**
     * \param [in] chunk an INIT or INIT-ACK
     * \param [in] type a chunk type
     * \return true if its Supported Extensions list the type
     */
    static bool PeerSupports(const SctpInitChunkBase& chunk, uint8_t type);

    /**
     * \brief The State Cookie's opaque bytes: the AUTH parameters of both sides (SctpAuth::Pack)
     * and the peer's Adaptation Layer Indication, if it sent one.
     * \param [in] auth the packed AUTH parameters (empty without AUTH)
     * \param [in] hasAdaptation the peer sent an Adaptation Layer Indication
     * \param [in] adaptation its code point
     * \return the bytes
     */
    static std::vector<uint8_t> PackExtras(const std::vector<uint8_t>& auth,
                                           bool hasAdaptation,
                                           uint32_t adaptation);

    /**
     * \param [in] opaque what PackExtras wrote
     * \param [out] auth the packed AUTH parameters
     * \param [out] hasAdaptation the peer sent an Adaptation Layer Indication
     * \param [out] adaptation its code point
     * \return false if malformed
     */
    static bool UnpackExtras(const std::vector<uint8_t>& opaque,
                             std::vector<uint8_t>& auth,
                             bool& hasAdaptation,
                             uint32_t& adaptation);

    /**
     * \brief Answer a SHUTDOWN-ACK that belongs to no association (RFC 9260 §8.4 (5), §8.5.1
     * (E)): SHUTDOWN-COMPLETE with the T bit, carrying the SHUTDOWN-ACK's own tag.
     * \param [in] l4 the protocol
     * \param [in] vtag the SHUTDOWN-ACK's verification tag
     * \param [in] srcPort source port
     * \param [in] dstPort destination port
     * \param [in] source source address
     * \param [in] destination destination address
     */
    static void SendReflectedShutdownComplete(Ptr<SctpL4Protocol> l4,
                                              uint32_t vtag,
                                              uint16_t srcPort,
                                              uint16_t dstPort,
                                              const Address& source,
                                              const Address& destination);

    /**
     * \brief List an endpoint's addresses as IPv4/IPv6 Address parameters, when it has several
     * (a single address is the packet's source, RFC 9260 §5.1.2).
     * \param [in,out] chunk the INIT or INIT-ACK
     * \param [in] addresses the endpoint's addresses
     */
    static void AddAddressParameters(SctpInitChunkBase& chunk,
                                     const std::vector<Address>& addresses);

    /**
     * \param [in] address an Ipv4Address or Ipv6Address
     * \return it as a cookie address
     */
    static SctpCookieAddress ToCookieAddress(const Address& address);

    /**
     * \param [in] address a cookie address
     * \return it as an ns-3 Address
     */
    static Address FromCookieAddress(const SctpCookieAddress& address);
};

} // namespace ns3

#endif /* SCTP_INIT_RESPONDER_H */
