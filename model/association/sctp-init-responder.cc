/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-init-responder.h"

#include "sctp-auth.h"

#include "ns3/log.h"
#include "ns3/random-variable-stream.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-packet.h"
#include "ns3/sctp-parameters.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpInitResponder");

SctpCookieAddress
SctpInitResponder::ToCookieAddress(const Address& address)
{
    if (Ipv4Address::IsMatchingType(address))
    {
        return SctpCookieAddress::FromIpv4(Ipv4Address::ConvertFrom(address));
    }
    return SctpCookieAddress::FromIpv6(Ipv6Address::ConvertFrom(address));
}

Address
SctpInitResponder::FromCookieAddress(const SctpCookieAddress& address)
{
    if (address.family == SctpCookieAddress::IPV4)
    {
        return address.GetIpv4();
    }
    return address.GetIpv6();
}

void
SctpInitResponder::AddAddressParameters(SctpInitChunkBase& chunk,
                                        const std::vector<Address>& addresses)
{
    if (addresses.size() < 2)
    {
        return;
    }
    for (const auto& a : addresses)
    {
        if (Ipv4Address::IsMatchingType(a))
        {
            chunk.AddParameter(Create<SctpIpv4AddressParameter>(Ipv4Address::ConvertFrom(a)));
        }
        else
        {
            chunk.AddParameter(Create<SctpIpv6AddressParameter>(Ipv6Address::ConvertFrom(a)));
        }
    }
}

void
SctpInitResponder::SendAbort(Ptr<SctpL4Protocol> l4,
                             uint32_t vtag,
                             bool reflected,
                             uint16_t srcPort,
                             uint16_t dstPort,
                             const Address& source,
                             const Address& destination,
                             Ptr<SctpErrorCause> cause)
{
    SctpPacket reply;
    reply.SetSourcePort(srcPort);
    reply.SetDestinationPort(dstPort);
    reply.SetVerificationTag(vtag);
    Ptr<SctpAbortChunk> abort = Create<SctpAbortChunk>();
    abort->SetTBit(reflected);
    if (cause)
    {
        abort->AddCause(cause);
    }
    reply.AddChunk(abort);
    l4->SendPacket(reply, source, destination);
}

void
SctpInitResponder::AddSupportedExtensions(SctpInitChunkBase& chunk, const SctpAssocConfig& config)
{
    std::vector<uint8_t> types;
    if (config.asconfEnable && config.authEnable)
    {
        types.push_back(SctpChunk::ASCONF);
        types.push_back(SctpChunk::ASCONF_ACK);
    }
    if (config.reconfigEnable)
    {
        types.push_back(SctpChunk::RE_CONFIG);
    }
    if (config.authEnable)
    {
        types.push_back(SctpChunk::AUTH);
    }
    if (!types.empty())
    {
        Ptr<SctpSupportedExtensionsParameter> ext = Create<SctpSupportedExtensionsParameter>();
        ext->SetChunkTypes(types);
        chunk.AddParameter(ext);
    }
}

bool
SctpInitResponder::PeerSupports(const SctpInitChunkBase& chunk, uint8_t type)
{
    for (const auto& p : chunk.GetParameters())
    {
        if (auto ext = DynamicCast<SctpSupportedExtensionsParameter>(p))
        {
            const auto& t = ext->GetChunkTypes();
            return std::find(t.begin(), t.end(), type) != t.end();
        }
    }
    return false;
}

std::vector<uint8_t>
SctpInitResponder::PackExtras(const std::vector<uint8_t>& auth,
                              bool hasAdaptation,
                              uint32_t adaptation)
{
    std::vector<uint8_t> b;
    b.push_back(static_cast<uint8_t>(auth.size() >> 8));
    b.push_back(static_cast<uint8_t>(auth.size()));
    b.insert(b.end(), auth.begin(), auth.end());
    b.push_back(hasAdaptation ? 1 : 0);
    for (int i = 3; i >= 0; --i)
    {
        b.push_back(static_cast<uint8_t>(adaptation >> (8 * i)));
    }
    return b;
}

bool
SctpInitResponder::UnpackExtras(const std::vector<uint8_t>& opaque,
                                std::vector<uint8_t>& auth,
                                bool& hasAdaptation,
                                uint32_t& adaptation)
{
    if (opaque.size() < 2)
    {
        return false;
    }
    size_t n = size_t(opaque[0]) << 8 | opaque[1];
    if (opaque.size() != 2 + n + 5)
    {
        return false;
    }
    auth.assign(opaque.begin() + 2, opaque.begin() + 2 + n);
    hasAdaptation = opaque[2 + n] != 0;
    adaptation = 0;
    for (size_t i = 0; i < 4; ++i)
    {
        adaptation = adaptation << 8 | opaque[3 + n + i];
    }
    return true;
}

void
SctpInitResponder::SendReflectedShutdownComplete(Ptr<SctpL4Protocol> l4,
                                                 uint32_t vtag,
                                                 uint16_t srcPort,
                                                 uint16_t dstPort,
                                                 const Address& source,
                                                 const Address& destination)
{
    Ptr<SctpShutdownCompleteChunk> sc = Create<SctpShutdownCompleteChunk>();
    sc->SetTBit(true);
    SctpPacket reply;
    reply.SetSourcePort(srcPort);
    reply.SetDestinationPort(dstPort);
    reply.SetVerificationTag(vtag);
    reply.AddChunk(sc);
    l4->SendPacket(reply, source, destination);
}

void
SctpInitResponder::AddExtensions(SctpInitAckChunk& ack,
                                 SctpStateCookie& cookie,
                                 const SctpInitChunk& init,
                                 const SctpAssocConfig& config,
                                 Ptr<UniformRandomVariable> rng)
{
    if (config.ecnEnable)
    {
        ack.AddParameter(Create<SctpEcnCapableParameter>()); // as FreeBSD: whatever the INIT had
    }
    if (config.adaptationSet)
    {
        Ptr<SctpAdaptationLayerIndicationParameter> ali =
            Create<SctpAdaptationLayerIndicationParameter>();
        ali->SetAdaptationCode(config.adaptationCode);
        ack.AddParameter(ali);
    }
    AddSupportedExtensions(ack, config);
    if (config.reconfigEnable && PeerSupports(init, SctpChunk::RE_CONFIG))
    {
        cookie.extensions |= SctpStateCookie::EXT_RECONFIG;
    }
    bool peerAdaptation = false;
    uint32_t peerAdaptationCode = 0;
    for (const auto& p : init.GetParameters())
    {
        if (auto ali = DynamicCast<SctpAdaptationLayerIndicationParameter>(p))
        {
            peerAdaptation = true;
            peerAdaptationCode = ali->GetAdaptationCode();
        }
    }
    std::vector<uint8_t> authPacked;
    SctpAuthEndpoint peerAuth;
    if (config.authEnable)
    {
        // AUTH (RFC 4895): our RANDOM, CHUNKS and HMAC-ALGO; both sides' travel in the cookie.
        SctpAuthEndpoint localAuth = SctpAuthEndpoint::Make(rng, config.authChunks, config.hmacIds);
        localAuth.AddTo(ack);
        if (SctpAuthEndpoint::ReadFrom(init, peerAuth))
        {
            cookie.extensions |= SctpStateCookie::EXT_AUTH;
            authPacked = SctpAuth::Pack(localAuth, peerAuth);
            if (config.asconfEnable && PeerSupports(init, SctpChunk::ASCONF) &&
                PeerSupports(init, SctpChunk::ASCONF_ACK))
            {
                cookie.extensions |= SctpStateCookie::EXT_ASCONF;
            }
        }
    }
    cookie.opaque = PackExtras(authPacked, peerAdaptation, peerAdaptationCode);
}

void
SctpInitResponder::RespondToInit(Ptr<SctpL4Protocol> l4,
                                 Ptr<SctpCookieSecret> secret,
                                 const SctpAssocConfig& config,
                                 const SctpPacket& packet,
                                 const SctpInitChunk& init,
                                 const Address& source,
                                 const Address& destination,
                                 const Existing& existing,
                                 const std::vector<Address>& localAddresses)
{
    NS_LOG_FUNCTION(source << destination);
    uint16_t localPort = packet.GetDestinationPort();
    uint16_t peerPort = packet.GetSourcePort();
    // RFC 9260 §5.1: an INIT must be alone, with a zero tag.
    if (packet.GetChunks().size() != 1)
    {
        l4->NotifyDrop(nullptr, "INIT bundled with other chunks");
        return;
    }
    if (packet.GetVerificationTag() != 0)
    {
        l4->NotifyDrop(nullptr, "INIT with a non-zero verification tag");
        return;
    }
    // A zero Initiate Tag, no streams, or an a_rwnd below the 1500 bytes every receiver must
    // take (RFC 9260 §6) are answered with ABORT, as FreeBSD does (RFC 9260 would discard a
    // zero tag silently).
    if (init.GetInitiateTag() == 0 || init.GetNumOutboundStreams() == 0 ||
        init.GetNumInboundStreams() == 0 || init.GetARwnd() < 1500)
    {
        l4->NotifyDrop(nullptr, "INIT with an invalid mandatory parameter");
        SendAbort(l4,
                  init.GetInitiateTag(),
                  false,
                  localPort,
                  peerPort,
                  destination,
                  source,
                  Create<SctpInvalidMandatoryParameterErrorCause>());
        return;
    }

    Ptr<SctpInitAckChunk> ack = Create<SctpInitAckChunk>();
    SctpStateCookie cookie;
    Ptr<UniformRandomVariable> rng = l4->GetRandom();
    uint32_t myTag = existing.localTag;
    uint32_t myTsn = existing.localTsn;
    if (myTag == 0)
    {
        myTag = rng->GetInteger(1, 0xFFFFFFFF);
        myTsn = rng->GetInteger(0, 0xFFFFFFFF);
    }
    uint16_t os = std::min<uint16_t>(config.outgoingStreams, init.GetNumInboundStreams());
    uint16_t mis = std::min<uint16_t>(config.incomingStreams, init.GetNumOutboundStreams());
    ack->SetInitiateTag(myTag);
    ack->SetARwnd(config.recvSpace);
    ack->SetNumOutboundStreams(os);
    ack->SetNumInboundStreams(config.incomingStreams);
    ack->SetInitialTsn(myTsn);

    cookie.creationTime = Simulator::Now();
    cookie.lifetime = config.validCookieLife;
    cookie.myVerificationTag = myTag;
    cookie.myInitialTsn = myTsn;
    cookie.peerVerificationTag = init.GetInitiateTag();
    cookie.peerInitialTsn = init.GetInitialTsn();
    cookie.peerArwnd = init.GetARwnd();
    cookie.inboundStreams = mis;
    cookie.outboundStreams = os;
    cookie.localPort = localPort;
    cookie.peerPort = peerPort;
    cookie.localTieTag = existing.localTieTag;
    cookie.peerTieTag = existing.peerTieTag;
    cookie.peerAddresses.push_back(ToCookieAddress(source));

    // Parameters of the INIT: addresses, the cookie preservative, and unknown ones, whose
    // two upper type bits say whether to go on and whether to report (§3.2.1).
    std::vector<Ptr<SctpParameter>> unrecognized;
    for (const auto& p : init.GetParameters())
    {
        switch (p->GetType())
        {
        case SctpParameter::IPV4_ADDRESS:
        case SctpParameter::IPV6_ADDRESS: {
            Address a = p->GetType() == SctpParameter::IPV4_ADDRESS
                            ? Address(DynamicCast<SctpIpv4AddressParameter>(p)->GetAddress())
                            : Address(DynamicCast<SctpIpv6AddressParameter>(p)->GetAddress());
            SctpCookieAddress ca = ToCookieAddress(a);
            if (std::find(cookie.peerAddresses.begin(), cookie.peerAddresses.end(), ca) ==
                cookie.peerAddresses.end())
            {
                cookie.peerAddresses.push_back(ca);
            }
            continue;
        }
        case SctpParameter::COOKIE_PRESERVATIVE: {
            uint32_t ms = DynamicCast<SctpCookiePreservativeParameter>(p)->GetLifeSpanIncrement();
            cookie.lifetime += MilliSeconds(ms);
            continue;
        }
        case SctpParameter::HOST_NAME_ADDRESS: {
            // RFC 9260 §5.1.2: host names are not resolved; the INIT is refused.
            Ptr<SctpUnresolvableAddressErrorCause> cause =
                Create<SctpUnresolvableAddressErrorCause>();
            cause->SetParameter(p);
            l4->NotifyDrop(nullptr, "INIT with a Host Name Address");
            SendAbort(l4,
                      init.GetInitiateTag(),
                      false,
                      localPort,
                      peerPort,
                      destination,
                      source,
                      cause);
            return;
        }
        case SctpParameter::SUPPORTED_ADDRESS_TYPES:
            continue;
        case SctpParameter::ECN_CAPABLE:
            if (config.ecnEnable)
            {
                cookie.extensions |= SctpStateCookie::EXT_ECN;
            }
            continue;
        case SctpParameter::ADAPTATION_LAYER_INDICATION:
        case SctpParameter::RANDOM:
        case SctpParameter::CHUNK_LIST:
        case SctpParameter::REQUESTED_HMAC_ALGORITHM:
        case SctpParameter::SUPPORTED_EXTENSIONS:
            continue; // AUTH: read as a whole below
        default:
            break;
        }
        Ptr<SctpUnknownParameter> unknown = DynamicCast<SctpUnknownParameter>(p);
        // Known parameters of extensions this stack does not negotiate yet are skipped
        // silently, as their type bits ask.
        uint8_t action = unknown ? unknown->GetAction() : static_cast<uint8_t>(p->GetType() >> 14);
        if (action == 1 || action == 3)
        {
            unrecognized.push_back(p);
        }
        if (action == 0 || action == 1)
        {
            break;
        }
    }
    AddExtensions(*ack, cookie, init, config, rng);
    AddAddressParameters(*ack, localAddresses);
    ack->AddParameter(Create<SctpStateCookieParameter>());
    DynamicCast<SctpStateCookieParameter>(ack->GetParameters().back())
        ->SetCookie(secret->Make(cookie, Simulator::Now()));
    for (const auto& p : unrecognized)
    {
        ack->AddParameter(Create<SctpUnrecognizedParameter>(p));
    }

    SctpPacket reply;
    reply.SetSourcePort(localPort);
    reply.SetDestinationPort(peerPort);
    reply.SetVerificationTag(init.GetInitiateTag());
    reply.AddChunk(ack);
    l4->SendPacket(reply, destination, source);
}

bool
SctpInitResponder::ValidateCookieEcho(Ptr<SctpL4Protocol> l4,
                                      Ptr<SctpCookieSecret> secret,
                                      const SctpPacket& packet,
                                      const SctpCookieEchoChunk& echo,
                                      const Address& source,
                                      const Address& destination,
                                      SctpStateCookie& cookie)
{
    SctpCookieValidation v = secret->Validate(echo.GetCookie(), Simulator::Now());
    switch (v.status)
    {
    case SctpCookieValidation::OK:
        break;
    case SctpCookieValidation::STALE: {
        // §5.1.5 step 3: answer with a Stale Cookie error, tagged with the peer's tag.
        l4->NotifyDrop(nullptr, "stale cookie");
        Ptr<SctpStaleCookieErrorCause> cause = Create<SctpStaleCookieErrorCause>();
        cause->SetStaleness(v.stalenessUs);
        Ptr<SctpErrorChunk> error = Create<SctpErrorChunk>();
        error->AddCause(cause);
        SctpPacket reply;
        reply.SetSourcePort(packet.GetDestinationPort());
        reply.SetDestinationPort(packet.GetSourcePort());
        reply.SetVerificationTag(v.cookie.peerVerificationTag);
        reply.AddChunk(error);
        l4->SendPacket(reply, destination, source);
        return false;
    }
    case SctpCookieValidation::BAD_MAC:
        l4->NotifyDrop(nullptr, "cookie with a bad MAC");
        return false;
    case SctpCookieValidation::MALFORMED:
        l4->NotifyDrop(nullptr, "malformed cookie");
        return false;
    }
    // §5.1.5 step 2: the packet's tag must be the one the cookie gave the peer, and the cookie
    // must be for these ports.
    if (v.cookie.myVerificationTag != packet.GetVerificationTag() ||
        v.cookie.localPort != packet.GetDestinationPort() ||
        v.cookie.peerPort != packet.GetSourcePort())
    {
        l4->NotifyDrop(nullptr, "COOKIE-ECHO tag or ports do not match its cookie");
        return false;
    }
    cookie = v.cookie;
    return true;
}

} // namespace ns3
