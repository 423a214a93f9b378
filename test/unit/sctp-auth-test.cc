/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// AUTH (RFC 4895): the key vector of §6.1 (RANDOM, CHUNKS and HMAC-ALGO parameters, unpadded),
// the association shared key (the numerically smaller key vector first, after the empty
// endpoint-pair key 0), the HMAC of §6.2 over the AUTH chunk with a zero HMAC field and the
// chunks after it, the HMAC chosen for sending, and the checks on receipt.

#include "ns3/sctp-auth.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-cookie.h"
#include "ns3/sctp-data-chunk.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-parameters.h"
#include "ns3/sctp-wire-io.h"

#include <gtest/gtest.h>

using namespace ns3;

namespace
{

SctpAuthEndpoint
Endpoint(uint8_t fill, std::vector<uint8_t> chunks, std::vector<uint16_t> hmacs)
{
    SctpAuthEndpoint e;
    e.random.assign(32, fill);
    e.chunks = std::move(chunks);
    e.hmacs = std::move(hmacs);
    return e;
}

Ptr<SctpDataChunk>
Data(uint32_t tsn, std::vector<uint8_t> payload)
{
    Ptr<SctpDataChunk> d = Create<SctpDataChunk>();
    d->SetTsn(tsn);
    d->SetBeginning(true);
    d->SetEnd(true);
    d->SetUserData(std::move(payload));
    return d;
}

} // namespace

TEST(SctpAuth, KeyVectorIsTheThreeParametersUnpadded)
{
    SctpAuthEndpoint e = Endpoint(0xaa, {0x00, 0xc1, 0x80}, {3, 1});
    std::vector<uint8_t> v = e.KeyVector();
    std::vector<uint8_t> expected{0x80, 0x02, 0x00, 36};
    expected.insert(expected.end(), 32, 0xaa);
    // CHUNKS: 3 types, length 7, no padding byte.
    std::vector<uint8_t> chunks{0x80, 0x03, 0x00, 0x07, 0x00, 0xc1, 0x80};
    expected.insert(expected.end(), chunks.begin(), chunks.end());
    std::vector<uint8_t> hmacs{0x80, 0x04, 0x00, 0x08, 0x00, 0x03, 0x00, 0x01};
    expected.insert(expected.end(), hmacs.begin(), hmacs.end());
    EXPECT_EQ(v, expected);
}

TEST(SctpAuth, AssociationKeyPutsTheSmallerVectorFirst)
{
    std::vector<uint8_t> small{0x01, 0xff};
    std::vector<uint8_t> big{0x02, 0x00};
    std::vector<uint8_t> k{0x01, 0xff, 0x02, 0x00};
    EXPECT_EQ(SctpAuth::AssociationKey(small, big), k);
    EXPECT_EQ(SctpAuth::AssociationKey(big, small), k);
    // Compared as numbers: 0x00 0x05 is smaller than 0x04 0x00 0x00.
    std::vector<uint8_t> shortOne{0x00, 0x05};
    std::vector<uint8_t> longOne{0x04, 0x00, 0x00};
    std::vector<uint8_t> k2{0x00, 0x05, 0x04, 0x00, 0x00};
    EXPECT_EQ(SctpAuth::AssociationKey(longOne, shortOne), k2);
    // Equal as numbers: the shorter first.
    std::vector<uint8_t> a{0x07};
    std::vector<uint8_t> b{0x00, 0x07};
    std::vector<uint8_t> k3{0x07, 0x00, 0x07};
    EXPECT_EQ(SctpAuth::AssociationKey(b, a), k3);
}

TEST(SctpAuth, BothEndsDeriveTheSameKeyAndSendHmac)
{
    SctpAuthEndpoint x = Endpoint(0x11, {0x00}, {3, 1});
    SctpAuthEndpoint y = Endpoint(0x22, {}, {1});
    SctpAuth atX;
    SctpAuth atY;
    ASSERT_TRUE(atX.Setup(x, y));
    ASSERT_TRUE(atY.Setup(y, x));
    EXPECT_EQ(atX.GetKey(), atY.GetKey());
    // Compared as numbers the shorter vector (y has no CHUNKS: 42 bytes against 49) is smaller.
    std::vector<uint8_t> k = y.KeyVector();
    std::vector<uint8_t> kx = x.KeyVector();
    k.insert(k.end(), kx.begin(), kx.end());
    EXPECT_EQ(atX.GetKey(), k);
    // Each sends with the first HMAC of the other's list that it supports.
    EXPECT_EQ(atX.GetSendHmacId(), 1);
    EXPECT_EQ(atY.GetSendHmacId(), 1);
    EXPECT_EQ(atX.GetChunkSize(), 28u); // 8 + 20 (SHA-1)
    // x asked for DATA to be authenticated, so y must send AUTH before its DATA.
    EXPECT_TRUE(atY.PeerRequires(SctpChunk::DATA));
    EXPECT_FALSE(atX.PeerRequires(SctpChunk::DATA));
    EXPECT_TRUE(atX.LocalRequires(SctpChunk::DATA));
    // No common HMAC: AUTH stays off.
    SctpAuth none;
    EXPECT_FALSE(none.Setup(Endpoint(1, {}, {1}), Endpoint(2, {}, {3})));
    EXPECT_FALSE(none.IsActive());
}

TEST(SctpAuth, HmacCoversTheAuthChunkAndEverythingAfterIt)
{
    SctpAuthEndpoint x = Endpoint(0x11, {0x00}, {3, 1});
    SctpAuthEndpoint y = Endpoint(0x22, {0x00}, {3, 1});
    SctpAuth atX;
    SctpAuth atY;
    ASSERT_TRUE(atX.Setup(x, y));
    ASSERT_TRUE(atY.Setup(y, x));
    EXPECT_EQ(atX.GetSendHmacId(), 3);
    std::vector<Ptr<SctpChunk>> after{Data(7, {1, 2, 3, 4, 5}), Create<SctpCookieAckChunk>()};
    Ptr<SctpAuthChunk> auth = atX.Sign(after);
    EXPECT_EQ(auth->GetSharedKeyId(), 0);
    EXPECT_EQ(auth->GetHmacId(), 3);
    ASSERT_EQ(auth->GetHmac().size(), 32u);

    // The same HMAC computed by hand from the RFC's description.
    SctpAuthChunk zero;
    zero.SetHmacId(3);
    zero.SetHmac(std::vector<uint8_t>(32, 0));
    SctpWireWriter w;
    zero.Serialize(w);
    for (const auto& c : after)
    {
        c->Serialize(w);
    }
    std::vector<uint8_t> key = SctpAuth::AssociationKey(x.KeyVector(), y.KeyVector());
    std::vector<uint8_t> mac = SctpHmac::Compute(SctpHmac::Algorithm::SHA256,
                                                 key.data(),
                                                 key.size(),
                                                 w.GetData().data(),
                                                 w.GetData().size());
    EXPECT_EQ(auth->GetHmac(), mac);

    EXPECT_EQ(atY.Verify(*auth, after), SctpAuth::VALID);
    // Any change to what follows, or to the HMAC, is caught.
    std::vector<Ptr<SctpChunk>> changed{Data(7, {1, 2, 3, 4, 6}), Create<SctpCookieAckChunk>()};
    EXPECT_EQ(atY.Verify(*auth, changed), SctpAuth::BAD_HMAC);
    std::vector<uint8_t> bad = auth->GetHmac();
    bad[0] ^= 1;
    Ptr<SctpAuthChunk> forged = Create<SctpAuthChunk>();
    forged->SetHmacId(3);
    forged->SetHmac(bad);
    EXPECT_EQ(atY.Verify(*forged, after), SctpAuth::BAD_HMAC);
    forged->SetSharedKeyId(1);
    EXPECT_EQ(atY.Verify(*forged, after), SctpAuth::BAD_KEY);
    forged->SetSharedKeyId(0);
    forged->SetHmacId(2);
    EXPECT_EQ(atY.Verify(*forged, after), SctpAuth::BAD_HMAC_ID);
    // FreeBSD's order: the HMAC identifier before the key, so an unknown key with an
    // unsupported identifier still gets the Unsupported HMAC Identifier ERROR.
    forged->SetSharedKeyId(1);
    EXPECT_EQ(atY.Verify(*forged, after), SctpAuth::BAD_HMAC_ID);
}

TEST(SctpAuth, PeerChunkListIgnoresForbiddenTypes)
{
    // RFC 4895 §3.2: INIT, INIT-ACK, SHUTDOWN-COMPLETE and AUTH must not be listed; a receiver
    // ignores them.
    SctpInitChunk init;
    Ptr<SctpRandomParameter> random = Create<SctpRandomParameter>();
    random->SetRandom(std::vector<uint8_t>(32, 7));
    init.AddParameter(random);
    Ptr<SctpChunkListParameter> list = Create<SctpChunkListParameter>();
    list->SetChunkTypes({0x00, 0x01, 0x02, 0x0e, 0x0f, 0xc1});
    init.AddParameter(list);
    Ptr<SctpRequestedHmacAlgorithmParameter> hmacs = Create<SctpRequestedHmacAlgorithmParameter>();
    hmacs->SetHmacIds({1});
    init.AddParameter(hmacs);
    SctpAuthEndpoint e;
    ASSERT_TRUE(SctpAuthEndpoint::ReadFrom(init, e));
    EXPECT_EQ(e.chunks, (std::vector<uint8_t>{0x00, 0xc1}));
}

TEST(SctpAuth, CookieKeepsBothAnnouncements)
{
    SctpAuthEndpoint x = Endpoint(0x33, {0xc1, 0x80}, {3, 1});
    SctpAuthEndpoint y = Endpoint(0x44, {}, {1});
    std::vector<uint8_t> packed = SctpAuth::Pack(x, y);
    SctpAuthEndpoint x2;
    SctpAuthEndpoint y2;
    ASSERT_TRUE(SctpAuth::Unpack(packed, x2, y2));
    EXPECT_EQ(x2.KeyVector(), x.KeyVector());
    EXPECT_EQ(y2.KeyVector(), y.KeyVector());
    packed.pop_back();
    EXPECT_FALSE(SctpAuth::Unpack(packed, x2, y2));
}

TEST(SctpAuth, CookieKeepsLongAnnouncements)
{
    // RFC 4895 §3.1-3.3 bound RANDOM, CHUNKS and HMAC-ALGO only by the parameter length: a
    // peer's 300-byte RANDOM and 256 chunk types must come back from the cookie whole.
    SctpAuthEndpoint x = Endpoint(0x33, {0xc1}, {3});
    SctpAuthEndpoint y;
    y.random.resize(300);
    for (size_t i = 0; i < y.random.size(); ++i)
    {
        y.random[i] = static_cast<uint8_t>(i * 13);
    }
    for (int t = 0; t < 256; ++t)
    {
        y.chunks.push_back(static_cast<uint8_t>(t));
    }
    y.hmacs.assign(300, 1);
    SctpAuthEndpoint x2;
    SctpAuthEndpoint y2;
    ASSERT_TRUE(SctpAuth::Unpack(SctpAuth::Pack(x, y), x2, y2));
    EXPECT_EQ(y2.random, y.random);
    EXPECT_EQ(y2.chunks, y.chunks);
    EXPECT_EQ(y2.hmacs, y.hmacs);
    EXPECT_EQ(x2.KeyVector(), x.KeyVector());
}

TEST(SctpAuth, SharedKeyComesBeforeTheKeyVectors)
{
    // RFC 4895 §6.1: the endpoint-pair shared key, then the smaller key vector, then the other.
    std::vector<uint8_t> small{0x01, 0xff};
    std::vector<uint8_t> big{0x02, 0x00};
    std::vector<uint8_t> shared{0xde, 0xad};
    std::vector<uint8_t> k{0xde, 0xad, 0x01, 0xff, 0x02, 0x00};
    EXPECT_EQ(SctpAuth::AssociationKey(big, small, shared), k);
}

TEST(SctpAuth, SignsWithTheActiveKeyAndChecksWithTheNamedOne)
{
    SctpAuthEndpoint x = Endpoint(0x11, {0x00}, {3, 1});
    SctpAuthEndpoint y = Endpoint(0x22, {0x00}, {3, 1});
    std::vector<uint8_t> secret{'s', 'e', 'c', 'r', 'e', 't'};
    SctpAuth atX;
    SctpAuth atY;
    atX.SetKeys({{0, {}}, {1, secret}}, 1);
    atY.SetKeys({{0, {}}, {1, secret}}, 0);
    ASSERT_TRUE(atX.Setup(x, y));
    ASSERT_TRUE(atY.Setup(y, x));
    std::vector<Ptr<SctpChunk>> after{Data(9, {1, 2, 3})};
    Ptr<SctpAuthChunk> auth = atX.Sign(after);
    EXPECT_EQ(auth->GetSharedKeyId(), 1);

    // The HMAC by hand: key 1's bytes, then the key vectors, the smaller first; the AUTH chunk
    // is hashed with its key identifier and a zero HMAC field.
    SctpAuthChunk zero;
    zero.SetSharedKeyId(1);
    zero.SetHmacId(3);
    zero.SetHmac(std::vector<uint8_t>(32, 0));
    SctpWireWriter w;
    zero.Serialize(w);
    after[0]->Serialize(w);
    std::vector<uint8_t> key = secret;
    std::vector<uint8_t> vx = x.KeyVector();
    std::vector<uint8_t> vy = y.KeyVector();
    key.insert(key.end(), vx.begin(), vx.end()); // 0x11... is smaller than 0x22...
    key.insert(key.end(), vy.begin(), vy.end());
    EXPECT_EQ(atX.GetKey(1), key);
    EXPECT_EQ(atY.GetKey(1), key);
    std::vector<uint8_t> mac = SctpHmac::Compute(SctpHmac::Algorithm::SHA256,
                                                 key.data(),
                                                 key.size(),
                                                 w.GetData().data(),
                                                 w.GetData().size());
    EXPECT_EQ(auth->GetHmac(), mac);
    EXPECT_EQ(atY.Verify(*auth, after), SctpAuth::VALID);

    // The first key seen is 1, not the initial 0: a new key once, then not again.
    EXPECT_TRUE(atY.NoteReceivedKey(1));
    EXPECT_FALSE(atY.NoteReceivedKey(1));

    // A receiver with other bytes under key 1 rejects the HMAC; one without key 1, the key.
    SctpAuth other;
    other.SetKeys({{0, {}}, {1, {'o', 't', 'h', 'e', 'r'}}}, 0);
    ASSERT_TRUE(other.Setup(y, x));
    EXPECT_EQ(other.Verify(*auth, after), SctpAuth::BAD_HMAC);
    SctpAuth without;
    ASSERT_TRUE(without.Setup(y, x));
    EXPECT_EQ(without.Verify(*auth, after), SctpAuth::BAD_KEY);
}

TEST(SctpAuth, KeyRulesFollowFreeBsd)
{
    SctpAuth a;
    a.SetKeys({{0, {}}, {1, {1}}, {2, {2}}}, 0);
    ASSERT_TRUE(a.Setup(Endpoint(1, {0x00}, {1}), Endpoint(2, {0x00}, {1})));
    bool freeNow = false;
    // The active key can be neither deleted nor deactivated; unknown keys neither.
    EXPECT_FALSE(a.DeleteKey(0));
    EXPECT_FALSE(a.DeactivateKey(0, freeNow));
    EXPECT_FALSE(a.DeleteKey(7));
    EXPECT_FALSE(a.DeactivateKey(7, freeNow));
    EXPECT_FALSE(a.SetActiveKey(7));

    // DATA up to TSN 100 signed with key 1: in use until the cumulative ack reaches 100.
    ASSERT_TRUE(a.SetActiveKey(1));
    a.NoteDataSigned(90);
    a.NoteDataSigned(100);
    ASSERT_TRUE(a.SetActiveKey(2));
    EXPECT_FALSE(a.DeleteKey(1));   // in use
    EXPECT_FALSE(a.SetKey(1, {9})); // in use: FreeBSD's EBUSY
    ASSERT_TRUE(a.DeactivateKey(1, freeNow));
    EXPECT_FALSE(freeNow);           // not free while TSN 100 is outstanding
    EXPECT_FALSE(a.SetActiveKey(1)); // deactivated and in use
    EXPECT_TRUE(a.ReleaseAcked(99).empty());
    std::vector<uint16_t> freed = a.ReleaseAcked(100);
    ASSERT_EQ(freed.size(), 1u);
    EXPECT_EQ(freed[0], 1);
    EXPECT_TRUE(a.ReleaseAcked(101).empty()); // reported once
    EXPECT_FALSE(a.SetKey(1, {9}));           // deactivated: cannot be replaced
    EXPECT_TRUE(a.SetActiveKey(1));           // no longer in use: may be reactivated
    ASSERT_TRUE(a.SetActiveKey(2));
    EXPECT_TRUE(a.SetKey(1, {9})); // reactivated and unused: replaced
    EXPECT_TRUE(a.DeleteKey(1));
    EXPECT_FALSE(a.HasKey(1));
    // A key never used is free as soon as it is deactivated; it still checks what arrives.
    ASSERT_TRUE(a.DeactivateKey(0, freeNow));
    EXPECT_TRUE(freeNow);
    EXPECT_TRUE(a.HasKey(0));
    // The sequence numbers wrap: TSN 5 after 0xfffffff0 is later.
    a.NoteDataSigned(0xfffffff0);
    a.NoteDataSigned(5);
    EXPECT_TRUE(a.ReleaseAcked(0xfffffff8).empty());
    EXPECT_TRUE(a.ReleaseAcked(5).empty()); // key 2 is not deactivated: nothing to report
    EXPECT_FALSE(a.DeleteKey(2));           // active
}
