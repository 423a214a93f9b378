/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// AUTH in the association (RFC 4895): announcing it in INIT / INIT-ACK, the key from both
// announcements, an AUTH chunk before the first chunk the peer wants authenticated, and the
// check of incoming AUTH chunks (in ReceivePacket).

#include "sctp-association.h"
#include "sctp-cookie.h"
#include "sctp-init-responder.h"
#include "sctp-serial.h"

#include "ns3/log.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-data-chunk.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-parameters.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationAuth");

const SctpAuth&
SctpAssociation::GetAuth() const
{
    return m_auth;
}

uint32_t
SctpAssociation::AuthCost(const SctpPacket& packet, uint8_t type) const
{
    if (!m_auth.PeerRequires(type))
    {
        return 0;
    }
    for (const auto& c : packet.GetChunks())
    {
        if (m_auth.PeerRequires(c->GetType()))
        {
            return 0; // the packet already needs its AUTH chunk
        }
    }
    return m_auth.GetChunkSize();
}

bool
SctpAssociation::SetAuthKey(uint16_t id, const std::vector<uint8_t>& key)
{
    return m_auth.SetKey(id, key);
}

bool
SctpAssociation::SetAuthActiveKey(uint16_t id)
{
    return m_auth.SetActiveKey(id);
}

bool
SctpAssociation::DeleteAuthKey(uint16_t id)
{
    return m_auth.DeleteKey(id);
}

bool
SctpAssociation::DeactivateAuthKey(uint16_t id)
{
    bool freeNow = false;
    if (!m_auth.DeactivateKey(id, freeNow))
    {
        return false;
    }
    if (freeNow)
    {
        NotifyAuthKey(SctpNotification::AUTH_FREE_KEY, id);
    }
    return true;
}

void
SctpAssociation::NotifyAuthKey(uint32_t indication, uint16_t id, uint16_t previous)
{
    SctpNotification n; // RFC 6458 §6.1.8
    n.type = SctpNotification::AUTHENTICATION_EVENT;
    n.indication = indication;
    n.keyNumber = id;
    n.altKeyNumber = previous;
    Notify(n);
}

void
SctpAssociation::ReleaseAuthKeys()
{
    if (!m_auth.IsActive())
    {
        return;
    }
    for (uint16_t id : m_auth.ReleaseAcked(m_rtxQueue.GetCumTsnAcked()))
    {
        NotifyAuthKey(SctpNotification::AUTH_FREE_KEY, id);
    }
}

void
SctpAssociation::AddAuth(SctpPacket& packet)
{
    if (!m_auth.PeerRequiresAny())
    {
        return;
    }
    const auto& chunks = packet.GetChunks();
    size_t first = chunks.size();
    for (size_t i = 0; i < chunks.size(); ++i)
    {
        if (m_auth.PeerRequires(chunks[i]->GetType()))
        {
            first = i;
            break;
        }
    }
    if (first == chunks.size())
    {
        return;
    }
    // AUTH goes right before the first chunk the peer wants authenticated (a COOKIE-ECHO
    // stays first) and covers everything after it.
    std::vector<Ptr<SctpChunk>> after(chunks.begin() + first, chunks.end());
    SctpPacket signedPacket;
    signedPacket.SetSourcePort(packet.GetSourcePort());
    signedPacket.SetDestinationPort(packet.GetDestinationPort());
    signedPacket.SetVerificationTag(packet.GetVerificationTag());
    for (size_t i = 0; i < first; ++i)
    {
        signedPacket.AddChunk(chunks[i]);
    }
    signedPacket.AddChunk(m_auth.Sign(after));
    uint32_t highestData = 0;
    bool data = false;
    for (const auto& c : after)
    {
        signedPacket.AddChunk(c);
        if (c->GetType() == SctpChunk::DATA)
        {
            uint32_t tsn = StaticCast<SctpDataChunk>(c)->GetTsn();
            highestData = !data || SctpTsnGt(tsn, highestData) ? tsn : highestData;
            data = true;
        }
    }
    if (data)
    {
        m_auth.NoteDataSigned(highestData); // the key is in use until this TSN is acked
    }
    packet = signedPacket;
}

bool
SctpAssociation::CheckAuth(Ptr<SctpAuthChunk> auth,
                           const std::vector<Ptr<SctpChunk>>& after,
                           Ptr<const Packet> raw)
{
    switch (m_auth.Verify(*auth, after))
    {
    case SctpAuth::VALID: {
        // FreeBSD reports a key the peer had not used before; here only once it proved valid.
        uint16_t previous = m_auth.GetReceiveKey();
        if (m_auth.NoteReceivedKey(auth->GetSharedKeyId()))
        {
            NotifyAuthKey(SctpNotification::AUTH_NEW_KEY, auth->GetSharedKeyId(), previous);
        }
        return true;
    }
    case SctpAuth::BAD_HMAC_ID: {
        // RFC 4895 §6.3: report the HMAC identifier we do not support.
        Ptr<SctpUnsupportedHmacIdentifierErrorCause> cause =
            Create<SctpUnsupportedHmacIdentifierErrorCause>();
        cause->SetHmacId(auth->GetHmacId());
        Ptr<SctpErrorChunk> error = Create<SctpErrorChunk>();
        error->AddCause(cause);
        QueueControl(error);
        m_l4->NotifyDrop(raw, "AUTH with an unsupported HMAC identifier");
        return false;
    }
    case SctpAuth::BAD_KEY:
        m_l4->NotifyDrop(raw, "AUTH with an unknown shared key identifier");
        return false;
    case SctpAuth::BAD_HMAC:
    default:
        m_l4->NotifyDrop(raw, "AUTH whose HMAC does not match");
        return false;
    }
}

void
SctpAssociation::ApplyCookieAuth(const SctpStateCookie& cookie)
{
    SctpAuthEndpoint local;
    SctpAuthEndpoint peer;
    std::vector<uint8_t> auth;
    bool hasAdaptation = false;
    uint32_t adaptation = 0;
    bool extras = SctpInitResponder::UnpackExtras(cookie.opaque, auth, hasAdaptation, adaptation);
    m_peerAdaptation = extras && hasAdaptation;
    m_peerAdaptationCode = adaptation;
    if (extras && cookie.HasExtension(SctpStateCookie::EXT_AUTH) &&
        SctpAuth::Unpack(auth, local, peer) && m_auth.Setup(local, peer))
    {
        m_authLocal = local;
        return;
    }
    m_auth.Reset();
}

} // namespace ns3
