/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The HMAC primitive against RFC 2202 (HMAC-SHA-1) and RFC 4231 (HMAC-SHA-256); the state cookie
// of RFC 9260 §5.1.3 / §5.1.5: round trip, layout, tampering, staleness (§3.3.10.3), secret
// rotation (FreeBSD's two secrets, secret_lifetime) and hostile input.

#include "ns3/rng-seed-manager.h"
#include "ns3/sctp-cookie.h"
#include "ns3/sctp-wire-io.h"

#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace ns3;

namespace
{
std::vector<uint8_t>
Hex(const std::string& hex)
{
    std::vector<uint8_t> out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
    {
        out.push_back(static_cast<uint8_t>(std::stoul(hex.substr(i, 2), nullptr, 16)));
    }
    return out;
}

std::vector<uint8_t>
Bytes(const std::string& s)
{
    return std::vector<uint8_t>(s.begin(), s.end());
}

std::vector<uint8_t>
Mac(SctpHmac::Algorithm a, const std::vector<uint8_t>& key, const std::vector<uint8_t>& data)
{
    return SctpHmac::Compute(a, key.data(), key.size(), data.data(), data.size());
}

/// A cookie with every field set to something distinguishable.
SctpStateCookie
SampleCookie()
{
    SctpStateCookie c;
    c.lifetime = Seconds(60);
    c.myVerificationTag = 0x11223344;
    c.myInitialTsn = 0x55667788;
    c.peerVerificationTag = 0x99aabbcc;
    c.peerInitialTsn = 0xddeeff00;
    c.peerArwnd = 131072;
    c.inboundStreams = 10;
    c.outboundStreams = 2048;
    c.localPort = 5001;
    c.peerPort = 40000;
    c.localTieTag = 0x01020304;
    c.peerTieTag = 0x05060708;
    c.extensions = SctpStateCookie::EXT_ECN | SctpStateCookie::EXT_PR_SCTP |
                   SctpStateCookie::EXT_AUTH | SctpStateCookie::EXT_I_DATA;
    c.peerAddresses.push_back(SctpCookieAddress::FromIpv4(Ipv4Address("10.1.2.3")));
    c.peerAddresses.push_back(SctpCookieAddress::FromIpv6(Ipv6Address("2001:db8::7")));
    c.opaque = {0x80, 0x02, 0x00, 0x08, 0xde, 0xad, 0xbe, 0xef};
    return c;
}

Ptr<SctpCookieSecret>
NewSecret(int64_t stream = 7, Time lifetime = Seconds(3600))
{
    Ptr<SctpCookieSecret> s = CreateObject<SctpCookieSecret>();
    s->SetAttribute("SecretLifetime", TimeValue(lifetime));
    s->AssignStreams(stream);
    return s;
}

/// A version-1 header with the given body fields after it, MACed with the key: lets the tests
/// reach the body parser with bytes that pass the MAC.
std::vector<uint8_t>
Forge(const SctpCookieKey& key, const std::vector<uint8_t>& body)
{
    std::vector<uint8_t> bytes = body;
    std::vector<uint8_t> k(key.secret.begin(), key.secret.end());
    std::vector<uint8_t> mac = Mac(SctpHmac::Algorithm::SHA1, k, bytes);
    bytes.insert(bytes.end(), mac.begin(), mac.end());
    return bytes;
}

/// The fixed part of a version-1 cookie, with the given counts.
std::vector<uint8_t>
FixedPart(uint32_t secretId, uint64_t creationNs, uint16_t nAddresses, uint16_t opaqueLen)
{
    SctpWireWriter w;
    w.WriteU8(1);
    w.WriteU8(1);
    w.WriteU16(0);
    w.WriteU32(secretId);
    w.WriteU64(creationNs);
    w.WriteU64(60000000000ULL);
    w.WriteZeros(40); // tags, TSNs, a_rwnd, streams, ports, tie tags, extensions
    w.WriteU16(nAddresses);
    w.WriteU16(opaqueLen);
    return w.Release();
}
} // namespace

// ----- HMAC known answers -------------------------------------------------------------------

TEST(SctpCookieHmac, Rfc2202Sha1)
{
    const auto sha1 = SctpHmac::Algorithm::SHA1;
    EXPECT_EQ(SctpHmac::GetDigestSize(sha1), 20U);
    // Test case 1
    EXPECT_EQ(Mac(sha1, std::vector<uint8_t>(20, 0x0b), Bytes("Hi There")),
              Hex("b617318655057264e28bc0b6fb378c8ef146be00"));
    // Test case 2
    EXPECT_EQ(Mac(sha1, Bytes("Jefe"), Bytes("what do ya want for nothing?")),
              Hex("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
    // Test case 3
    EXPECT_EQ(Mac(sha1, std::vector<uint8_t>(20, 0xaa), std::vector<uint8_t>(50, 0xdd)),
              Hex("125d7342b9ac11cd91a39af48aa17b4f63f175d3"));
    // Test case 6: key longer than the block
    EXPECT_EQ(Mac(sha1,
                  std::vector<uint8_t>(80, 0xaa),
                  Bytes("Test Using Larger Than Block-Size Key - Hash Key First")),
              Hex("aa4ae5e15272d00e95705637ce8a3b55ed402112"));
}

TEST(SctpCookieHmac, Rfc4231Sha256)
{
    const auto sha256 = SctpHmac::Algorithm::SHA256;
    EXPECT_EQ(SctpHmac::GetDigestSize(sha256), 32U);
    // Test case 1
    EXPECT_EQ(Mac(sha256, std::vector<uint8_t>(20, 0x0b), Bytes("Hi There")),
              Hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
    // Test case 2
    EXPECT_EQ(Mac(sha256, Bytes("Jefe"), Bytes("what do ya want for nothing?")),
              Hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    // Test case 3
    EXPECT_EQ(Mac(sha256, std::vector<uint8_t>(20, 0xaa), std::vector<uint8_t>(50, 0xdd)),
              Hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"));
}

// ----- Cookie contents ----------------------------------------------------------------------

TEST(SctpCookie, RoundTrip)
{
    Ptr<SctpCookieSecret> secret = NewSecret();
    const SctpStateCookie original = SampleCookie();
    const std::vector<uint8_t> bytes = secret->Make(original, Seconds(10));
    // 68 fixed + (1 + 4) + (1 + 16) addresses + 8 opaque + 20 MAC
    ASSERT_EQ(bytes.size(), 68U + 5 + 17 + 8 + 20);
    EXPECT_EQ(bytes.size(), original.GetSerializedSize());

    const SctpCookieValidation v = secret->Validate(bytes, Seconds(40));
    ASSERT_EQ(v.status, SctpCookieValidation::OK);
    SctpStateCookie expected = original;
    expected.creationTime = Seconds(10);
    expected.secretId = secret->GetCurrentKey().id;
    EXPECT_EQ(v.cookie, expected);
    EXPECT_EQ(v.cookie.peerAddresses[0].GetIpv4(), Ipv4Address("10.1.2.3"));
    EXPECT_EQ(v.cookie.peerAddresses[1].GetIpv6(), Ipv6Address("2001:db8::7"));
    EXPECT_TRUE(v.cookie.HasExtension(SctpStateCookie::EXT_AUTH));
    EXPECT_FALSE(v.cookie.HasExtension(SctpStateCookie::EXT_ASCONF));
    // §5.1.5 step 3: the packet came from the peer's port to ours, with our tag.
    EXPECT_TRUE(v.cookie.MatchesPacket(40000, 5001, 0x11223344));
    EXPECT_FALSE(v.cookie.MatchesPacket(40001, 5001, 0x11223344));
    EXPECT_FALSE(v.cookie.MatchesPacket(40000, 5002, 0x11223344));
    EXPECT_FALSE(v.cookie.MatchesPacket(40000, 5001, 0x99aabbcc));
}

TEST(SctpCookie, NetworkOrderLayout)
{
    SctpCookieKey key;
    key.id = 0x0a0b0c0d;
    SctpStateCookie c = SampleCookie();
    c.creationTime = NanoSeconds(0x0102030405060708LL);
    const std::vector<uint8_t> b = SctpStateCookie::Seal(c, key);
    ASSERT_EQ(b.size(), c.GetSerializedSize());
    const std::vector<uint8_t> head(b.begin(), b.begin() + 68);
    const std::vector<uint8_t> expected = {
        0x01, 0x01, 0x00, 0x00,                         // version 1, HMAC-SHA-1, reserved
        0x0a, 0x0b, 0x0c, 0x0d,                         // secret id
        0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, // creation (ns)
        0x00, 0x00, 0x00, 0x0d, 0xf8, 0x47, 0x58, 0x00, // lifetime 60 s = 60e9 ns
        0x11, 0x22, 0x33, 0x44,                         // my verification tag
        0x55, 0x66, 0x77, 0x88,                         // my initial TSN
        0x99, 0xaa, 0xbb, 0xcc,                         // peer's verification tag
        0xdd, 0xee, 0xff, 0x00,                         // peer's initial TSN
        0x00, 0x02, 0x00, 0x00,                         // a_rwnd 131072
        0x00, 0x0a, 0x08, 0x00,                         // streams in 10, out 2048
        0x13, 0x89, 0x9c, 0x40,                         // ports 5001, 40000
        0x01, 0x02, 0x03, 0x04,                         // local tie tag
        0x05, 0x06, 0x07, 0x08,                         // peer tie tag
        0x00, 0x00, 0x00, 0x87,                         // ECN | PR-SCTP | AUTH | I-DATA
        0x00, 0x02, 0x00, 0x08,                         // 2 addresses, 8 opaque bytes
    };
    EXPECT_EQ(head, expected);
    const std::vector<uint8_t> addresses(b.begin() + 68, b.begin() + 68 + 22);
    const std::vector<uint8_t> expectedAddresses = {
        0x04, 10,   1,    2,    3,                                           // IPv4 10.1.2.3
        0x06, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x07, // 2001:db8::7
    };
    EXPECT_EQ(addresses, expectedAddresses);
    // The MAC is HMAC-SHA-1 with the secret over everything before it.
    std::vector<uint8_t> k(key.secret.begin(), key.secret.end());
    std::vector<uint8_t> body(b.begin(), b.end() - 20);
    EXPECT_EQ(std::vector<uint8_t>(b.end() - 20, b.end()), Mac(SctpHmac::Algorithm::SHA1, k, body));
}

TEST(SctpCookie, TamperedByteIsRejected)
{
    Ptr<SctpCookieSecret> secret = NewSecret();
    const std::vector<uint8_t> good = secret->Make(SampleCookie(), Seconds(1));
    ASSERT_EQ(secret->Validate(good, Seconds(2)).status, SctpCookieValidation::OK);
    for (size_t i = 0; i < good.size(); ++i)
    {
        std::vector<uint8_t> bad = good;
        bad[i] ^= 0x01;
        const auto v = secret->Validate(bad, Seconds(2));
        // Version and MAC-algorithm bytes make it not a cookie of ours; anything else fails
        // the MAC (the secret id included: no live secret has the altered id).
        EXPECT_EQ(v.status, i < 2 ? SctpCookieValidation::MALFORMED : SctpCookieValidation::BAD_MAC)
            << "byte " << i;
    }
}

TEST(SctpCookie, OtherSecretIsBadMac)
{
    Ptr<SctpCookieSecret> a = NewSecret(1);
    Ptr<SctpCookieSecret> b = NewSecret(2);
    const std::vector<uint8_t> bytes = a->Make(SampleCookie(), Seconds(1));
    // Same id (1), different bytes.
    EXPECT_EQ(b->Validate(bytes, Seconds(1)).status, SctpCookieValidation::BAD_MAC);
}

// ----- Staleness ----------------------------------------------------------------------------

TEST(SctpCookie, StaleWithMeasureInMicroseconds)
{
    SctpCookieKey key;
    key.id = 1;
    SctpStateCookie c = SampleCookie(); // lifetime 60 s
    c.creationTime = Seconds(100);
    const std::vector<uint8_t> bytes = SctpStateCookie::Seal(c, key);

    // Valid through the expiry instant itself (stale only when later, as in FreeBSD).
    EXPECT_EQ(SctpCookieValidation::Check(bytes.data(), bytes.size(), key, Seconds(160)).status,
              SctpCookieValidation::OK);

    // 1 µs late.
    auto v = SctpCookieValidation::Check(bytes.data(),
                                         bytes.size(),
                                         key,
                                         Seconds(160) + MicroSeconds(1));
    EXPECT_EQ(v.status, SctpCookieValidation::STALE);
    EXPECT_EQ(v.stalenessUs, 1U);
    // The peer's tag is needed to send the ERROR.
    EXPECT_EQ(v.cookie.peerVerificationTag, 0x99aabbccU);

    // 250 ms late: 250 000 µs.
    v = SctpCookieValidation::Check(bytes.data(), bytes.size(), key, MilliSeconds(160250));
    EXPECT_EQ(v.status, SctpCookieValidation::STALE);
    EXPECT_EQ(v.stalenessUs, 250000U);

    // 1.5 µs late rounds up to 2 µs.
    v = SctpCookieValidation::Check(bytes.data(),
                                    bytes.size(),
                                    key,
                                    Seconds(160) + NanoSeconds(1500));
    EXPECT_EQ(v.stalenessUs, 2U);

    // 5000 s late is 5e9 µs, more than the 32-bit field holds: saturated.
    v = SctpCookieValidation::Check(bytes.data(), bytes.size(), key, Seconds(5160));
    EXPECT_EQ(v.status, SctpCookieValidation::STALE);
    EXPECT_EQ(v.stalenessUs, std::numeric_limits<uint32_t>::max());
}

TEST(SctpCookie, StaleThroughSecret)
{
    Ptr<SctpCookieSecret> secret = NewSecret();
    SctpStateCookie c = SampleCookie();
    c.lifetime = Seconds(30);
    const auto bytes = secret->Make(c, Seconds(5));
    EXPECT_EQ(secret->Validate(bytes, Seconds(35)).status, SctpCookieValidation::OK);
    const auto v = secret->Validate(bytes, Seconds(37));
    EXPECT_EQ(v.status, SctpCookieValidation::STALE);
    EXPECT_EQ(v.stalenessUs, 2000000U);
}

TEST(SctpCookie, FromTheFutureIsMalformed)
{
    Ptr<SctpCookieSecret> secret = NewSecret();
    const auto bytes = secret->Make(SampleCookie(), Seconds(100));
    EXPECT_EQ(secret->Validate(bytes, Seconds(99)).status, SctpCookieValidation::MALFORMED);
}

// ----- Secrets ------------------------------------------------------------------------------

TEST(SctpCookie, PreviousSecretAcceptedUntilItRetires)
{
    // secret_lifetime 3600 s from t = 0: rotations at 3600 s and 7200 s.
    Ptr<SctpCookieSecret> secret = NewSecret();
    SctpStateCookie c = SampleCookie();
    c.lifetime = Seconds(3 * 3600); // long enough that only the secret decides
    const auto bytes = secret->Make(c, Seconds(0));
    const uint32_t first = secret->GetCurrentKey().id;

    EXPECT_EQ(secret->Validate(bytes, Seconds(3599)).status, SctpCookieValidation::OK);
    EXPECT_EQ(secret->GetPreviousKey(), nullptr);

    // After the first rotation the cookie's secret is the previous one: still accepted.
    EXPECT_EQ(secret->Validate(bytes, Seconds(3600)).status, SctpCookieValidation::OK);
    ASSERT_NE(secret->GetPreviousKey(), nullptr);
    EXPECT_EQ(secret->GetPreviousKey()->id, first);
    EXPECT_NE(secret->GetCurrentKey().id, first);
    EXPECT_NE(secret->GetCurrentKey().secret, secret->GetPreviousKey()->secret);
    // New cookies are signed with the new secret.
    const auto fresh = secret->Make(c, Seconds(3700));
    uint32_t id = 0;
    ASSERT_TRUE(SctpStateCookie::PeekSecretId(fresh.data(), fresh.size(), id));
    EXPECT_EQ(id, secret->GetCurrentKey().id);

    EXPECT_EQ(secret->Validate(bytes, Seconds(7199)).status, SctpCookieValidation::OK);
    // The second rotation retires it.
    EXPECT_EQ(secret->Validate(bytes, Seconds(7200)).status, SctpCookieValidation::BAD_MAC);
    EXPECT_EQ(secret->FindKey(first), nullptr);
    // The cookie made at 3700 s is now signed by the previous secret.
    EXPECT_EQ(secret->Validate(fresh, Seconds(7300)).status, SctpCookieValidation::OK);
}

TEST(SctpCookie, LongGapSkipsUnusedSecrets)
{
    // Lifetime 10 s from t = 0; at 55 s five rotations are due (10, 20, 30, 40, 50):
    // the current secret is the sixth, the previous the fifth.
    Ptr<SctpCookieSecret> secret = NewSecret(7, Seconds(10));
    secret->Start(Seconds(0));
    EXPECT_EQ(secret->GetCurrentKey().id, 1U);
    secret->Advance(Seconds(55));
    EXPECT_EQ(secret->GetCurrentKey().id, 6U);
    ASSERT_NE(secret->GetPreviousKey(), nullptr);
    EXPECT_EQ(secret->GetPreviousKey()->id, 5U);
    EXPECT_EQ(secret->GetNextRotation(), Seconds(60));
}

TEST(SctpCookie, ZeroLifetimeNeverRotates)
{
    Ptr<SctpCookieSecret> secret = NewSecret(7, Seconds(0));
    const auto bytes = secret->Make(SampleCookie(), Seconds(0));
    EXPECT_EQ(secret->Validate(bytes, Seconds(59)).status, SctpCookieValidation::OK);
    secret->Advance(Seconds(1000000));
    EXPECT_EQ(secret->GetCurrentKey().id, 1U);
    EXPECT_EQ(secret->GetPreviousKey(), nullptr);
}

TEST(SctpCookie, DeterministicSecretsWithFixedStream)
{
    RngSeedManager::SetSeed(1);
    RngSeedManager::SetRun(1);
    Ptr<SctpCookieSecret> a = NewSecret(42);
    Ptr<SctpCookieSecret> b = NewSecret(42);
    Ptr<SctpCookieSecret> other = NewSecret(43);
    a->Start(Seconds(0));
    b->Start(Seconds(0));
    other->Start(Seconds(0));
    EXPECT_EQ(a->GetCurrentKey().secret, b->GetCurrentKey().secret);
    EXPECT_NE(a->GetCurrentKey().secret, other->GetCurrentKey().secret);
    EXPECT_EQ(a->Make(SampleCookie(), Seconds(1)), b->Make(SampleCookie(), Seconds(1)));
    // The rotated secrets follow the same stream.
    a->Advance(Seconds(3600));
    b->Advance(Seconds(3600));
    EXPECT_EQ(a->GetCurrentKey().secret, b->GetCurrentKey().secret);
    EXPECT_NE(a->GetCurrentKey().secret, a->GetPreviousKey()->secret);

    // Another run number gives other secrets on the same stream.
    RngSeedManager::SetRun(2);
    Ptr<SctpCookieSecret> run2 = NewSecret(42);
    run2->Start(Seconds(0));
    EXPECT_NE(run2->GetCurrentKey().secret, b->GetPreviousKey()->secret);
    RngSeedManager::SetRun(1);
}

// ----- Hostile input ------------------------------------------------------------------------

TEST(SctpCookie, ShortOrForeignInputIsMalformed)
{
    Ptr<SctpCookieSecret> secret = NewSecret();
    const auto good = secret->Make(SampleCookie(), Seconds(1));
    EXPECT_EQ(secret->Validate(nullptr, 0, Seconds(1)).status, SctpCookieValidation::MALFORMED);
    EXPECT_EQ(secret->Validate(std::vector<uint8_t>(87, 0x01), Seconds(1)).status,
              SctpCookieValidation::MALFORMED);
    std::vector<uint8_t> v2 = good;
    v2[0] = 2; // a version we do not know
    EXPECT_EQ(secret->Validate(v2, Seconds(1)).status, SctpCookieValidation::MALFORMED);
    std::vector<uint8_t> sha256 = good;
    sha256[1] = 3;
    EXPECT_EQ(secret->Validate(sha256, Seconds(1)).status, SctpCookieValidation::MALFORMED);
    // Every truncation is refused, whatever the reason.
    for (size_t len = 0; len < good.size(); ++len)
    {
        std::vector<uint8_t> cut(good.begin(), good.begin() + len);
        const auto v = secret->Validate(cut, Seconds(1));
        EXPECT_NE(v.status, SctpCookieValidation::OK) << "length " << len;
        EXPECT_NE(v.status, SctpCookieValidation::STALE) << "length " << len;
    }
    // Trailing bytes change what the MAC covers.
    std::vector<uint8_t> longer = good;
    longer.push_back(0);
    EXPECT_EQ(secret->Validate(longer, Seconds(1)).status, SctpCookieValidation::BAD_MAC);
}

TEST(SctpCookie, AuthenticButInconsistentBodyIsMalformed)
{
    // Bytes that pass the MAC but whose lengths lie: the parser must not trust them.
    SctpCookieKey key;
    key.id = 9;
    key.secret.fill(0x5a);
    auto check = [&key](const std::vector<uint8_t>& body) {
        const auto bytes = Forge(key, body);
        return SctpCookieValidation::Check(bytes.data(), bytes.size(), key, Seconds(1)).status;
    };

    // Sanity: a consistent forged body with no address is accepted.
    EXPECT_EQ(check(FixedPart(9, 0, 0, 0)), SctpCookieValidation::OK);

    // 65535 addresses claimed, none present.
    EXPECT_EQ(check(FixedPart(9, 0, 0xffff, 0)), SctpCookieValidation::MALFORMED);
    // 65535 opaque bytes claimed, 3 present.
    auto b = FixedPart(9, 0, 0, 0xffff);
    b.insert(b.end(), {1, 2, 3});
    EXPECT_EQ(check(b), SctpCookieValidation::MALFORMED);
    // One IPv6 address claimed, only 10 of its 16 bytes present.
    b = FixedPart(9, 0, 1, 0);
    b.push_back(6);
    b.insert(b.end(), 10, 0xee);
    EXPECT_EQ(check(b), SctpCookieValidation::MALFORMED);
    // An unknown address family.
    b = FixedPart(9, 0, 1, 0);
    b.push_back(5);
    b.insert(b.end(), 4, 0xee);
    EXPECT_EQ(check(b), SctpCookieValidation::MALFORMED);
    // Bytes left over after the declared contents.
    b = FixedPart(9, 0, 0, 0);
    b.push_back(0);
    EXPECT_EQ(check(b), SctpCookieValidation::MALFORMED);
    // A creation time with the top bit set (negative as int64).
    EXPECT_EQ(check(FixedPart(9, 0x8000000000000000ULL, 0, 0)), SctpCookieValidation::MALFORMED);
}

TEST(SctpCookie, RandomAuthenticBodiesNeverOverread)
{
    // Authentic (MACed) bodies with random counts and random tails: the parser must answer
    // without reading past the end (checked under AddressSanitizer) and never invent contents.
    SctpCookieKey key;
    key.id = 3;
    std::mt19937 gen(2026);
    for (int i = 0; i < 2000; ++i)
    {
        auto body =
            FixedPart(3, 0, static_cast<uint16_t>(gen() % 8), static_cast<uint16_t>(gen() % 40));
        const size_t tail = gen() % 80;
        for (size_t j = 0; j < tail; ++j)
        {
            // Mostly valid families, so that some bodies parse.
            body.push_back(j % 5 == 0 ? (gen() % 2 ? 4 : 6) : static_cast<uint8_t>(gen()));
        }
        const auto bytes = Forge(key, body);
        const auto v = SctpCookieValidation::Check(bytes.data(), bytes.size(), key, Seconds(1));
        ASSERT_TRUE(v.status == SctpCookieValidation::OK ||
                    v.status == SctpCookieValidation::MALFORMED);
        if (v.status == SctpCookieValidation::OK)
        {
            EXPECT_EQ(v.cookie.GetSerializedSize(), bytes.size());
        }
    }
}

TEST(SctpCookie, TooLargeCookieIsRefused)
{
    SctpCookieKey key;
    SctpStateCookie c = SampleCookie();
    c.opaque.assign(65535 - 4 - 68 - 22 - 20 + 1, 0); // one byte over the parameter limit
    EXPECT_TRUE(SctpStateCookie::Seal(c, key).empty());
    c.opaque.pop_back();
    EXPECT_EQ(SctpStateCookie::Seal(c, key).size(), SctpStateCookie::MAX_SIZE);
}
