/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-cookie.h"

#include "ns3/abort.h"
#include "ns3/log.h"
#include "ns3/random-variable-stream.h"
#include "ns3/sctp-wire-io.h"

#include <algorithm>
#include <limits>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpCookie");

NS_OBJECT_ENSURE_REGISTERED(SctpCookieSecret);

namespace
{
/// The MAC algorithm byte of a version-1 cookie: RFC 4895's identifier of HMAC-SHA-1.
constexpr uint8_t COOKIE_MAC_ID = static_cast<uint8_t>(SctpHmac::Algorithm::SHA1);
/// Offset of the secret id in the fixed header.
constexpr size_t SECRET_ID_OFFSET = 4;
} // namespace

// ---------------------------------------------------------------------------------------------
// SctpHmac

size_t
SctpHmac::GetDigestSize(Algorithm algorithm)
{
    return algorithm == Algorithm::SHA256 ? 32 : 20;
}

std::vector<uint8_t>
SctpHmac::Compute(Algorithm algorithm,
                  const uint8_t* key,
                  size_t keyLen,
                  const uint8_t* data,
                  size_t len)
{
    const EVP_MD* md = algorithm == Algorithm::SHA256 ? EVP_sha256() : EVP_sha1();
    std::vector<uint8_t> digest(EVP_MAX_MD_SIZE);
    unsigned int digestLen = 0;
    // HMAC() wants non-null pointers even for empty inputs.
    static const uint8_t empty = 0;
    const unsigned char* out = HMAC(md,
                                    keyLen ? key : &empty,
                                    static_cast<int>(keyLen),
                                    len ? data : &empty,
                                    len,
                                    digest.data(),
                                    &digestLen);
    NS_ABORT_MSG_IF(out == nullptr, "OpenSSL HMAC failed");
    digest.resize(digestLen);
    return digest;
}

bool
SctpHmac::Equal(const uint8_t* a, const uint8_t* b, size_t len)
{
    return CRYPTO_memcmp(a, b, len) == 0;
}

// ---------------------------------------------------------------------------------------------
// SctpCookieAddress

SctpCookieAddress
SctpCookieAddress::FromIpv4(Ipv4Address address)
{
    SctpCookieAddress a;
    a.family = IPV4;
    address.Serialize(a.bytes.data());
    return a;
}

SctpCookieAddress
SctpCookieAddress::FromIpv6(Ipv6Address address)
{
    SctpCookieAddress a;
    a.family = IPV6;
    address.Serialize(a.bytes.data());
    return a;
}

Ipv4Address
SctpCookieAddress::GetIpv4() const
{
    NS_ASSERT(family == IPV4);
    return Ipv4Address::Deserialize(bytes.data());
}

Ipv6Address
SctpCookieAddress::GetIpv6() const
{
    NS_ASSERT(family == IPV6);
    return Ipv6Address::Deserialize(bytes.data());
}

size_t
SctpCookieAddress::GetLength() const
{
    return family == IPV6 ? 16 : 4;
}

bool
SctpCookieAddress::operator==(const SctpCookieAddress& other) const
{
    return family == other.family &&
           std::equal(bytes.begin(), bytes.begin() + GetLength(), other.bytes.begin());
}

// ---------------------------------------------------------------------------------------------
// SctpStateCookie

bool
SctpStateCookie::HasExtension(Extension ext) const
{
    return (extensions & ext) != 0;
}

bool
SctpStateCookie::MatchesPacket(uint16_t srcPort, uint16_t dstPort, uint32_t verificationTag) const
{
    return srcPort == peerPort && dstPort == localPort && verificationTag == myVerificationTag;
}

Time
SctpStateCookie::GetExpiry() const
{
    return creationTime + lifetime;
}

size_t
SctpStateCookie::GetSerializedSize() const
{
    size_t size = FIXED_SIZE + opaque.size() + MAC_SIZE;
    for (const auto& a : peerAddresses)
    {
        size += 1 + a.GetLength();
    }
    return size;
}

void
SctpStateCookie::SerializeBody(SctpWireWriter& w) const
{
    w.WriteU8(VERSION);
    w.WriteU8(COOKIE_MAC_ID);
    w.WriteU16(0);
    w.WriteU32(secretId);
    w.WriteU64(static_cast<uint64_t>(creationTime.GetNanoSeconds()));
    w.WriteU64(static_cast<uint64_t>(lifetime.GetNanoSeconds()));
    w.WriteU32(myVerificationTag);
    w.WriteU32(myInitialTsn);
    w.WriteU32(peerVerificationTag);
    w.WriteU32(peerInitialTsn);
    w.WriteU32(peerArwnd);
    w.WriteU16(inboundStreams);
    w.WriteU16(outboundStreams);
    w.WriteU16(localPort);
    w.WriteU16(peerPort);
    w.WriteU32(localTieTag);
    w.WriteU32(peerTieTag);
    w.WriteU32(extensions);
    w.WriteU16(static_cast<uint16_t>(peerAddresses.size()));
    w.WriteU16(static_cast<uint16_t>(opaque.size()));
    for (const auto& a : peerAddresses)
    {
        w.WriteU8(a.family);
        w.WriteBytes(a.bytes.data(), a.GetLength());
    }
    w.WriteBytes(opaque);
}

bool
SctpStateCookie::DeserializeBody(SctpWireReader& r, SctpStateCookie& c)
{
    uint8_t version = 0;
    uint8_t macId = 0;
    uint16_t reserved = 0;
    uint64_t creation = 0;
    uint64_t life = 0;
    uint16_t nAddresses = 0;
    uint16_t opaqueLen = 0;
    if (!r.ReadU8(version) || !r.ReadU8(macId) || !r.ReadU16(reserved) || version != VERSION ||
        macId != COOKIE_MAC_ID)
    {
        return false;
    }
    if (!r.ReadU32(c.secretId) || !r.ReadU64(creation) || !r.ReadU64(life) ||
        !r.ReadU32(c.myVerificationTag) || !r.ReadU32(c.myInitialTsn) ||
        !r.ReadU32(c.peerVerificationTag) || !r.ReadU32(c.peerInitialTsn) ||
        !r.ReadU32(c.peerArwnd) || !r.ReadU16(c.inboundStreams) || !r.ReadU16(c.outboundStreams) ||
        !r.ReadU16(c.localPort) || !r.ReadU16(c.peerPort) || !r.ReadU32(c.localTieTag) ||
        !r.ReadU32(c.peerTieTag) || !r.ReadU32(c.extensions) || !r.ReadU16(nAddresses) ||
        !r.ReadU16(opaqueLen))
    {
        return false;
    }
    // Times are non-negative int64 nanoseconds; a set top bit cannot come from us.
    constexpr uint64_t maxTime = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
    if (creation > maxTime || life > maxTime)
    {
        return false;
    }
    c.creationTime = NanoSeconds(static_cast<int64_t>(creation));
    c.lifetime = NanoSeconds(static_cast<int64_t>(life));

    c.peerAddresses.clear();
    // Each address needs at least 5 bytes: refuse counts the buffer cannot hold before
    // reserving anything.
    if (static_cast<size_t>(nAddresses) * 5 > r.GetRemaining())
    {
        return false;
    }
    c.peerAddresses.reserve(nAddresses);
    for (uint16_t i = 0; i < nAddresses; ++i)
    {
        uint8_t family = 0;
        if (!r.ReadU8(family) ||
            (family != SctpCookieAddress::IPV4 && family != SctpCookieAddress::IPV6))
        {
            return false;
        }
        SctpCookieAddress a;
        a.family = static_cast<SctpCookieAddress::Family>(family);
        std::vector<uint8_t> bytes;
        if (!r.ReadBytes(a.GetLength(), bytes))
        {
            return false;
        }
        std::copy(bytes.begin(), bytes.end(), a.bytes.begin());
        c.peerAddresses.push_back(a);
    }
    if (!r.ReadBytes(opaqueLen, c.opaque))
    {
        return false;
    }
    return r.IsAtEnd();
}

std::vector<uint8_t>
SctpStateCookie::Seal(const SctpStateCookie& cookie, const SctpCookieKey& key)
{
    NS_LOG_FUNCTION(key.id);
    const size_t size = cookie.GetSerializedSize();
    if (size > MAX_SIZE || cookie.peerAddresses.size() > 0xffff || cookie.opaque.size() > 0xffff)
    {
        NS_LOG_WARN("state cookie of " << size << " bytes does not fit a parameter");
        return {};
    }
    SctpStateCookie stamped = cookie;
    stamped.secretId = key.id;
    SctpWireWriter w(size);
    stamped.SerializeBody(w);
    std::vector<uint8_t> bytes = w.Release();
    const std::vector<uint8_t> mac = SctpHmac::Compute(SctpHmac::Algorithm::SHA1,
                                                       key.secret.data(),
                                                       key.secret.size(),
                                                       bytes.data(),
                                                       bytes.size());
    bytes.insert(bytes.end(), mac.begin(), mac.end());
    NS_ASSERT(bytes.size() == size);
    return bytes;
}

bool
SctpStateCookie::PeekSecretId(const uint8_t* data, size_t len, uint32_t& id)
{
    if (data == nullptr || len < FIXED_SIZE + MAC_SIZE || data[0] != VERSION ||
        data[1] != COOKIE_MAC_ID)
    {
        return false;
    }
    SctpWireReader r(data + SECRET_ID_OFFSET, 4);
    return r.ReadU32(id);
}

bool
SctpStateCookie::operator==(const SctpStateCookie& o) const
{
    return secretId == o.secretId && creationTime == o.creationTime && lifetime == o.lifetime &&
           myVerificationTag == o.myVerificationTag && myInitialTsn == o.myInitialTsn &&
           peerVerificationTag == o.peerVerificationTag && peerInitialTsn == o.peerInitialTsn &&
           peerArwnd == o.peerArwnd && inboundStreams == o.inboundStreams &&
           outboundStreams == o.outboundStreams && localPort == o.localPort &&
           peerPort == o.peerPort && localTieTag == o.localTieTag && peerTieTag == o.peerTieTag &&
           extensions == o.extensions && peerAddresses == o.peerAddresses && opaque == o.opaque;
}

// ---------------------------------------------------------------------------------------------
// SctpCookieValidation

SctpCookieValidation
SctpCookieValidation::Check(const uint8_t* data, size_t len, const SctpCookieKey& key, Time now)
{
    NS_LOG_FUNCTION(len << key.id << now.As(Time::S));
    SctpCookieValidation result;
    uint32_t id = 0;
    if (!SctpStateCookie::PeekSecretId(data, len, id))
    {
        NS_LOG_LOGIC("cookie of " << len << " bytes: malformed header");
        result.status = MALFORMED;
        return result;
    }

    // §5.1.5 steps 1-2: the MAC, over everything before it, with the secret the cookie names.
    const size_t bodyLen = len - SctpStateCookie::MAC_SIZE;
    if (id != key.id)
    {
        NS_LOG_LOGIC("cookie names secret " << id << ", not " << key.id);
        result.status = BAD_MAC;
        return result;
    }
    const std::vector<uint8_t> mac = SctpHmac::Compute(SctpHmac::Algorithm::SHA1,
                                                       key.secret.data(),
                                                       key.secret.size(),
                                                       data,
                                                       bodyLen);
    if (mac.size() != SctpStateCookie::MAC_SIZE ||
        !SctpHmac::Equal(mac.data(), data + bodyLen, SctpStateCookie::MAC_SIZE))
    {
        NS_LOG_LOGIC("cookie MAC mismatch");
        result.status = BAD_MAC;
        return result;
    }

    SctpWireReader r(data, bodyLen);
    if (!SctpStateCookie::DeserializeBody(r, result.cookie))
    {
        NS_LOG_LOGIC("cookie body malformed");
        result.status = MALFORMED;
        result.cookie = SctpStateCookie();
        return result;
    }
    if (result.cookie.creationTime > now)
    {
        NS_LOG_LOGIC("cookie created in the future");
        result.status = MALFORMED;
        result.cookie = SctpStateCookie();
        return result;
    }

    // §5.1.5 step 4: the lifespan. Stale only strictly after the expiry, as in FreeBSD.
    const Time expiry = result.cookie.GetExpiry();
    if (now > expiry)
    {
        const int64_t lateNs = (now - expiry).GetNanoSeconds();
        // Rounded up, so that a stale cookie never reports a staleness of 0 (which a FreeBSD
        // peer reads as "unknown").
        const int64_t lateUs = lateNs / 1000 + (lateNs % 1000 != 0 ? 1 : 0);
        result.stalenessUs = lateUs > static_cast<int64_t>(std::numeric_limits<uint32_t>::max())
                                 ? std::numeric_limits<uint32_t>::max()
                                 : static_cast<uint32_t>(lateUs);
        NS_LOG_LOGIC("cookie stale by " << result.stalenessUs << " us");
        result.status = STALE;
        return result;
    }
    result.status = OK;
    return result;
}

// ---------------------------------------------------------------------------------------------
// SctpCookieSecret

TypeId
SctpCookieSecret::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpCookieSecret")
            .SetParent<Object>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpCookieSecret>()
            .AddAttribute("SecretLifetime",
                          "How long a secret signs new cookies before it is replaced; a replaced "
                          "secret is still accepted for as long again (secret_lifetime). Zero "
                          "never rotates.",
                          TimeValue(Seconds(3600)),
                          MakeTimeAccessor(&SctpCookieSecret::m_lifetime),
                          MakeTimeChecker(Time(0)));
    return tid;
}

SctpCookieSecret::SctpCookieSecret()
    : m_lifetime(Seconds(3600)),
      m_rng(CreateObject<UniformRandomVariable>()),
      m_started(false),
      m_hasPrevious(false),
      m_nextId(1),
      m_nextRotation(Time::Max())
{
    NS_LOG_FUNCTION(this);
}

SctpCookieSecret::~SctpCookieSecret()
{
    NS_LOG_FUNCTION(this);
}

void
SctpCookieSecret::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_rng = nullptr;
    Object::DoDispose();
}

int64_t
SctpCookieSecret::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_rng->SetStream(stream);
    return 1;
}

void
SctpCookieSecret::Draw(SctpCookieKey& key)
{
    key.id = m_nextId++;
    for (size_t i = 0; i < SctpCookieKey::SIZE; i += 4)
    {
        const uint32_t word = m_rng->GetInteger(0, std::numeric_limits<uint32_t>::max());
        key.secret[i] = static_cast<uint8_t>(word >> 24);
        key.secret[i + 1] = static_cast<uint8_t>(word >> 16);
        key.secret[i + 2] = static_cast<uint8_t>(word >> 8);
        key.secret[i + 3] = static_cast<uint8_t>(word);
    }
}

void
SctpCookieSecret::Start(Time now)
{
    NS_LOG_FUNCTION(this << now.As(Time::S));
    if (m_started)
    {
        return;
    }
    m_started = true;
    Draw(m_current);
    m_nextRotation = m_lifetime.IsStrictlyPositive() ? now + m_lifetime : Time::Max();
}

void
SctpCookieSecret::Rotate()
{
    m_previous = m_current;
    m_hasPrevious = true;
    Draw(m_current);
    NS_LOG_LOGIC("secret " << m_current.id << " now signs cookies, " << m_previous.id
                           << " still accepted");
}

void
SctpCookieSecret::Advance(Time now)
{
    if (!m_started)
    {
        Start(now);
        return;
    }
    if (now < m_nextRotation)
    {
        return;
    }
    NS_LOG_FUNCTION(this << now.As(Time::S));
    if (!m_lifetime.IsStrictlyPositive())
    {
        // The lifetime was set to zero after the start: stop rotating.
        m_nextRotation = Time::Max();
        return;
    }
    // Rotations due at m_nextRotation + j·lifetime for j = 0 .. due-1.
    const int64_t lifeNs = m_lifetime.GetNanoSeconds();
    const int64_t due = (now - m_nextRotation).GetNanoSeconds() / lifeNs + 1;
    if (due > 2)
    {
        // These secrets would sign nothing and retire unseen.
        m_nextId += static_cast<uint32_t>(due - 2);
        m_nextRotation = m_nextRotation + NanoSeconds((due - 2) * lifeNs);
    }
    const int64_t rotations = due > 2 ? 2 : due;
    for (int64_t i = 0; i < rotations; ++i)
    {
        Rotate();
        m_nextRotation = m_nextRotation + m_lifetime;
    }
}

std::vector<uint8_t>
SctpCookieSecret::Make(SctpStateCookie cookie, Time now)
{
    NS_LOG_FUNCTION(this << now.As(Time::S));
    Advance(now);
    cookie.creationTime = now;
    return SctpStateCookie::Seal(cookie, m_current);
}

SctpCookieValidation
SctpCookieSecret::Validate(const uint8_t* data, size_t len, Time now)
{
    NS_LOG_FUNCTION(this << len << now.As(Time::S));
    Advance(now);
    uint32_t id = 0;
    if (!SctpStateCookie::PeekSecretId(data, len, id))
    {
        return SctpCookieValidation::Check(data, len, m_current, now);
    }
    const SctpCookieKey* key = FindKey(id);
    if (key == nullptr)
    {
        NS_LOG_LOGIC("cookie names secret " << id << ", which is not live");
        SctpCookieValidation result;
        result.status = SctpCookieValidation::BAD_MAC;
        return result;
    }
    return SctpCookieValidation::Check(data, len, *key, now);
}

SctpCookieValidation
SctpCookieSecret::Validate(const std::vector<uint8_t>& data, Time now)
{
    return Validate(data.data(), data.size(), now);
}

const SctpCookieKey&
SctpCookieSecret::GetCurrentKey() const
{
    NS_ASSERT_MSG(m_started, "no secret drawn yet");
    return m_current;
}

const SctpCookieKey*
SctpCookieSecret::GetPreviousKey() const
{
    return m_hasPrevious ? &m_previous : nullptr;
}

const SctpCookieKey*
SctpCookieSecret::FindKey(uint32_t id) const
{
    if (m_started && id == m_current.id)
    {
        return &m_current;
    }
    if (m_hasPrevious && id == m_previous.id)
    {
        return &m_previous;
    }
    return nullptr;
}

Time
SctpCookieSecret::GetNextRotation() const
{
    return m_nextRotation;
}

} // namespace ns3
