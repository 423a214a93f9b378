/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// AUTH (RFC 4895) as FreeBSD negotiates it: RANDOM of 32 bytes, HMAC-SHA-256 then HMAC-SHA-1
// offered, the sending HMAC the first of the peer's list this side supports, shared key 0 empty
// unless the application sets keys (SCTP_AUTH_KEY and the options after it).

#include "sctp-auth.h"

#include "sctp-cookie.h"
#include "sctp-serial.h"

#include "ns3/random-variable-stream.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-parameters.h"
#include "ns3/sctp-wire-io.h"

#include <algorithm>

namespace ns3
{

namespace
{

/**
 * \param [out] out the bytes
 * \param [in] type the parameter type
 * \param [in] value its value, written without padding
 */
void
AppendTlv(std::vector<uint8_t>& out, uint16_t type, const std::vector<uint8_t>& value)
{
    uint16_t len = static_cast<uint16_t>(4 + value.size());
    out.push_back(type >> 8);
    out.push_back(type & 0xff);
    out.push_back(len >> 8);
    out.push_back(len & 0xff);
    out.insert(out.end(), value.begin(), value.end());
}

/// \return the HMAC identifiers as big-endian bytes
std::vector<uint8_t>
HmacBytes(const std::vector<uint16_t>& ids)
{
    std::vector<uint8_t> b;
    for (uint16_t id : ids)
    {
        b.push_back(id >> 8);
        b.push_back(id & 0xff);
    }
    return b;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// SctpAuthEndpoint

SctpAuthEndpoint
SctpAuthEndpoint::Make(Ptr<UniformRandomVariable> rng,
                       const std::vector<uint8_t>& chunks,
                       const std::vector<uint16_t>& hmacs)
{
    SctpAuthEndpoint e;
    e.random.resize(RANDOM_SIZE);
    for (auto& b : e.random)
    {
        b = static_cast<uint8_t>(rng->GetInteger(0, 255));
    }
    e.chunks = chunks;
    e.hmacs = hmacs;
    return e;
}

std::vector<uint8_t>
SctpAuthEndpoint::KeyVector() const
{
    std::vector<uint8_t> v;
    AppendTlv(v, SctpParameter::RANDOM, random);
    if (!chunks.empty())
    {
        AppendTlv(v, SctpParameter::CHUNK_LIST, chunks);
    }
    AppendTlv(v, SctpParameter::REQUESTED_HMAC_ALGORITHM, HmacBytes(hmacs));
    return v;
}

void
SctpAuthEndpoint::AddTo(SctpInitChunkBase& chunk) const
{
    Ptr<SctpRandomParameter> r = Create<SctpRandomParameter>();
    r->SetRandom(random);
    chunk.AddParameter(r);
    if (!chunks.empty())
    {
        Ptr<SctpChunkListParameter> c = Create<SctpChunkListParameter>();
        c->SetChunkTypes(chunks);
        chunk.AddParameter(c);
    }
    Ptr<SctpRequestedHmacAlgorithmParameter> h = Create<SctpRequestedHmacAlgorithmParameter>();
    h->SetHmacIds(hmacs);
    chunk.AddParameter(h);
}

bool
SctpAuthEndpoint::ReadFrom(const SctpInitChunkBase& chunk, SctpAuthEndpoint& out)
{
    out = SctpAuthEndpoint();
    bool random = false;
    bool hmacs = false;
    for (const auto& p : chunk.GetParameters())
    {
        if (auto r = DynamicCast<SctpRandomParameter>(p))
        {
            out.random = r->GetRandom();
            random = true;
        }
        else if (auto c = DynamicCast<SctpChunkListParameter>(p))
        {
            // RFC 4895 §3.2: INIT, INIT-ACK, SHUTDOWN-COMPLETE and AUTH in the list are ignored.
            for (uint8_t t : c->GetChunkTypes())
            {
                if (t != SctpChunk::INIT && t != SctpChunk::INIT_ACK &&
                    t != SctpChunk::SHUTDOWN_COMPLETE && t != SctpChunk::AUTH)
                {
                    out.chunks.push_back(t);
                }
            }
        }
        else if (auto h = DynamicCast<SctpRequestedHmacAlgorithmParameter>(p))
        {
            out.hmacs = h->GetHmacIds();
            hmacs = true;
        }
    }
    return random && hmacs;
}

// ---------------------------------------------------------------------------------------------
// SctpAuth

size_t
SctpAuth::DigestSize(uint16_t hmacId)
{
    switch (hmacId)
    {
    case SctpRequestedHmacAlgorithmParameter::HMAC_SHA_1:
        return 20;
    case SctpRequestedHmacAlgorithmParameter::HMAC_SHA_256:
        return 32;
    default:
        return 0;
    }
}

std::vector<uint8_t>
SctpAuth::AssociationKey(const std::vector<uint8_t>& a,
                         const std::vector<uint8_t>& b,
                         const std::vector<uint8_t>& shared)
{
    // Compare as numbers: a longer vector with a non-zero byte in its extra length is larger.
    auto compare = [](const std::vector<uint8_t>& x, const std::vector<uint8_t>& y) {
        size_t n = std::max(x.size(), y.size());
        for (size_t i = 0; i < n; ++i)
        {
            uint8_t xi = i + x.size() >= n ? x[i + x.size() - n] : 0;
            uint8_t yi = i + y.size() >= n ? y[i + y.size() - n] : 0;
            if (xi != yi)
            {
                return xi < yi ? -1 : 1;
            }
        }
        // Equal numbers: the shorter vector first (RFC 4895 §6.1).
        return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
    };
    const std::vector<uint8_t>& first = compare(a, b) <= 0 ? a : b;
    const std::vector<uint8_t>& second = compare(a, b) <= 0 ? b : a;
    std::vector<uint8_t> key(shared);
    key.insert(key.end(), first.begin(), first.end());
    key.insert(key.end(), second.begin(), second.end());
    return key;
}

bool
SctpAuth::Setup(const SctpAuthEndpoint& local, const SctpAuthEndpoint& peer)
{
    Reset();
    // Send with the first HMAC of the peer's list that this side supports (RFC 4895 §6.1).
    for (uint16_t id : peer.hmacs)
    {
        if (DigestSize(id) > 0 &&
            std::find(local.hmacs.begin(), local.hmacs.end(), id) != local.hmacs.end())
        {
            m_sendHmacId = id;
            break;
        }
    }
    if (m_sendHmacId == 0)
    {
        return false;
    }
    m_localVector = local.KeyVector();
    m_peerVector = peer.KeyVector();
    for (auto& [id, k] : m_keys)
    {
        Derive(k);
    }
    m_localHmacs = local.hmacs;
    m_localChunks = local.chunks;
    m_peerChunks = peer.chunks;
    m_active = true;
    return true;
}

void
SctpAuth::Reset()
{
    std::map<uint16_t, SharedKey> keys = std::move(m_keys);
    uint16_t active = m_activeKey;
    *this = SctpAuth();
    m_keys.clear();
    for (auto& [id, k] : keys)
    {
        m_keys[id].bytes = std::move(k.bytes);
        m_keys[id].deactivated = k.deactivated;
    }
    m_activeKey = active;
}

void
SctpAuth::Derive(SharedKey& k) const
{
    // Before Setup there are no key vectors and nothing to sign with.
    k.assocKey = m_localVector.empty() ? std::vector<uint8_t>()
                                       : AssociationKey(m_localVector, m_peerVector, k.bytes);
}

void
SctpAuth::SetKeys(const std::map<uint16_t, std::vector<uint8_t>>& keys, uint16_t active)
{
    m_keys.clear();
    for (const auto& [id, bytes] : keys)
    {
        m_keys[id].bytes = bytes;
        Derive(m_keys[id]);
    }
    m_activeKey = active;
}

bool
SctpAuth::SetKey(uint16_t id, const std::vector<uint8_t>& key)
{
    auto it = m_keys.find(id);
    if (it != m_keys.end() && (it->second.deactivated || it->second.inUse))
    {
        return false;
    }
    SharedKey& k = m_keys[id];
    k = SharedKey();
    k.bytes = key;
    Derive(k);
    return true;
}

bool
SctpAuth::SetActiveKey(uint16_t id)
{
    auto it = m_keys.find(id);
    if (it == m_keys.end() || (it->second.deactivated && it->second.inUse))
    {
        return false;
    }
    it->second.deactivated = false;
    m_activeKey = id;
    return true;
}

uint16_t
SctpAuth::GetActiveKey() const
{
    return m_activeKey;
}

bool
SctpAuth::DeleteKey(uint16_t id)
{
    auto it = m_keys.find(id);
    if (id == m_activeKey || it == m_keys.end() || it->second.inUse)
    {
        return false;
    }
    m_keys.erase(it);
    return true;
}

bool
SctpAuth::DeactivateKey(uint16_t id, bool& freeNow)
{
    auto it = m_keys.find(id);
    if (id == m_activeKey || it == m_keys.end())
    {
        return false;
    }
    it->second.deactivated = true;
    freeNow = !it->second.inUse;
    return true;
}

bool
SctpAuth::HasKey(uint16_t id) const
{
    return m_keys.count(id) > 0;
}

void
SctpAuth::NoteDataSigned(uint32_t tsn)
{
    SharedKey& k = m_keys[m_activeKey];
    if (!k.inUse || SctpTsnGt(tsn, k.lastTsn))
    {
        k.lastTsn = tsn;
    }
    k.inUse = true;
}

std::vector<uint16_t>
SctpAuth::ReleaseAcked(uint32_t cumTsn)
{
    std::vector<uint16_t> freed;
    for (auto& [id, k] : m_keys)
    {
        if (k.inUse && SctpTsnGe(cumTsn, k.lastTsn))
        {
            k.inUse = false;
            if (k.deactivated)
            {
                freed.push_back(id);
            }
        }
    }
    return freed;
}

uint16_t
SctpAuth::GetReceiveKey() const
{
    return m_recvKey;
}

bool
SctpAuth::NoteReceivedKey(uint16_t id)
{
    bool changed = id != m_recvKey;
    m_recvKey = id;
    return changed;
}

bool
SctpAuth::IsActive() const
{
    return m_active;
}

bool
SctpAuth::PeerRequires(uint8_t type) const
{
    return m_active &&
           std::find(m_peerChunks.begin(), m_peerChunks.end(), type) != m_peerChunks.end();
}

bool
SctpAuth::LocalRequires(uint8_t type) const
{
    return m_active &&
           std::find(m_localChunks.begin(), m_localChunks.end(), type) != m_localChunks.end();
}

bool
SctpAuth::PeerRequiresAny() const
{
    return m_active && !m_peerChunks.empty();
}

const std::vector<uint8_t>&
SctpAuth::GetPeerChunks() const
{
    return m_peerChunks;
}

uint16_t
SctpAuth::GetSendHmacId() const
{
    return m_sendHmacId;
}

uint32_t
SctpAuth::GetChunkSize() const
{
    return static_cast<uint32_t>(8 + DigestSize(m_sendHmacId) + 3) & ~3u;
}

std::vector<uint8_t>
SctpAuth::GetKey() const
{
    return GetKey(m_activeKey);
}

std::vector<uint8_t>
SctpAuth::GetKey(uint16_t id) const
{
    auto it = m_keys.find(id);
    return it == m_keys.end() ? std::vector<uint8_t>() : it->second.assocKey;
}

std::vector<uint8_t>
SctpAuth::Compute(const SctpAuthChunk& auth,
                  const std::vector<Ptr<SctpChunk>>& after,
                  uint16_t hmacId,
                  const std::vector<uint8_t>& key)
{
    SctpWireWriter w;
    auth.Serialize(w);
    for (const auto& c : after)
    {
        c->Serialize(w);
    }
    const std::vector<uint8_t>& bytes = w.GetData();
    SctpHmac::Algorithm algorithm = hmacId == SctpRequestedHmacAlgorithmParameter::HMAC_SHA_256
                                        ? SctpHmac::Algorithm::SHA256
                                        : SctpHmac::Algorithm::SHA1;
    return SctpHmac::Compute(algorithm, key.data(), key.size(), bytes.data(), bytes.size());
}

Ptr<SctpAuthChunk>
SctpAuth::Sign(const std::vector<Ptr<SctpChunk>>& after) const
{
    Ptr<SctpAuthChunk> auth = Create<SctpAuthChunk>();
    auth->SetSharedKeyId(m_activeKey);
    auth->SetHmacId(m_sendHmacId);
    auth->SetHmac(std::vector<uint8_t>(DigestSize(m_sendHmacId), 0));
    auth->SetHmac(Compute(*auth, after, m_sendHmacId, GetKey(m_activeKey)));
    return auth;
}

SctpAuth::Check
SctpAuth::Verify(const SctpAuthChunk& auth, const std::vector<Ptr<SctpChunk>>& after) const
{
    // FreeBSD's sctp_handle_auth: the HMAC identifier first (answered with an ERROR), then the
    // key (silently dropped).
    uint16_t id = auth.GetHmacId();
    size_t size = DigestSize(id);
    if (size == 0 || std::find(m_localHmacs.begin(), m_localHmacs.end(), id) == m_localHmacs.end())
    {
        return BAD_HMAC_ID;
    }
    auto key = m_keys.find(auth.GetSharedKeyId());
    if (key == m_keys.end())
    {
        return BAD_KEY; // deactivated keys still check what arrives; deleted ones do not
    }
    if (auth.GetHmac().size() != size)
    {
        return BAD_HMAC;
    }
    SctpAuthChunk zeroed;
    zeroed.SetFlags(auth.GetFlags());
    zeroed.SetSharedKeyId(auth.GetSharedKeyId());
    zeroed.SetHmacId(id);
    zeroed.SetHmac(std::vector<uint8_t>(size, 0));
    std::vector<uint8_t> expected = Compute(zeroed, after, id, key->second.assocKey);
    return SctpHmac::Equal(expected.data(), auth.GetHmac().data(), size) ? VALID : BAD_HMAC;
}

std::vector<uint8_t>
SctpAuth::Pack(const SctpAuthEndpoint& local, const SctpAuthEndpoint& peer)
{
    // Lengths take two bytes: a peer's RANDOM may be longer than 255 bytes (RFC 4895 §3.1 sets
    // no limit but the parameter's own 16-bit length).
    std::vector<uint8_t> b{2}; // format version
    auto length = [&b](size_t n) {
        b.push_back(static_cast<uint8_t>(n >> 8));
        b.push_back(static_cast<uint8_t>(n));
    };
    for (const SctpAuthEndpoint* e : {&local, &peer})
    {
        length(e->random.size());
        b.insert(b.end(), e->random.begin(), e->random.end());
        length(e->chunks.size());
        b.insert(b.end(), e->chunks.begin(), e->chunks.end());
        length(e->hmacs.size());
        std::vector<uint8_t> h = HmacBytes(e->hmacs);
        b.insert(b.end(), h.begin(), h.end());
    }
    return b;
}

bool
SctpAuth::Unpack(const std::vector<uint8_t>& bytes, SctpAuthEndpoint& local, SctpAuthEndpoint& peer)
{
    size_t at = 0;
    auto take = [&](size_t n, std::vector<uint8_t>& out) {
        if (at + n > bytes.size())
        {
            return false;
        }
        out.assign(bytes.begin() + at, bytes.begin() + at + n);
        at += n;
        return true;
    };
    auto length = [&](size_t& n) {
        std::vector<uint8_t> l;
        if (!take(2, l))
        {
            return false;
        }
        n = size_t(l[0]) << 8 | l[1];
        return true;
    };
    if (bytes.empty() || bytes[0] != 2)
    {
        return false;
    }
    at = 1;
    for (SctpAuthEndpoint* e : {&local, &peer})
    {
        size_t n = 0;
        std::vector<uint8_t> h;
        if (!length(n) || !take(n, e->random) || !length(n) || !take(n, e->chunks) || !length(n) ||
            !take(2 * n, h))
        {
            return false;
        }
        e->hmacs.clear();
        for (size_t i = 0; i + 1 < h.size(); i += 2)
        {
            e->hmacs.push_back(static_cast<uint16_t>(h[i] << 8 | h[i + 1]));
        }
    }
    return at == bytes.size();
}

} // namespace ns3
