/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script-packet-matcher.h"

#include "sctp-script-element.h"
#include "sctp-script-symbols.h"

#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-crc32c.h"
#include "ns3/sctp-data-chunk.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-packet.h"

#include <algorithm>
#include <arpa/inet.h>
#include <iomanip>
#include <sstream>

namespace ns3
{

namespace
{

/// A TLV or chunk: its bytes without padding.
typedef std::vector<uint8_t> Bytes;

/// \return the 16-bit field at offset (0 past the end)
uint32_t
U16(const Bytes& b, size_t offset)
{
    return offset + 2 <= b.size() ? (uint32_t(b[offset]) << 8) | b[offset + 1] : 0;
}

/// \return the 32-bit field at offset (0 past the end)
uint32_t
U32(const Bytes& b, size_t offset)
{
    return offset + 4 <= b.size() ? (U16(b, offset) << 16) | U16(b, offset + 2) : 0;
}

/// \return the bytes from offset to the end
Bytes
Tail(const Bytes& b, size_t offset)
{
    return offset < b.size() ? Bytes(b.begin() + offset, b.end()) : Bytes();
}

/**
 * \brief Split TLVs (parameters or causes), each returned without its padding.
 * \param [in] b the bytes
 * \return the TLVs; a malformed tail is returned as one last item
 */
std::vector<Bytes>
SplitTlvs(const Bytes& b)
{
    std::vector<Bytes> out;
    size_t pos = 0;
    while (pos + 4 <= b.size())
    {
        size_t len = U16(b, pos + 2);
        if (len < 4 || pos + len > b.size())
        {
            out.push_back(Tail(b, pos));
            return out;
        }
        out.emplace_back(b.begin() + pos, b.begin() + pos + len);
        pos += (len + 3) & ~size_t(3);
    }
    return out;
}

/**
 * \param [in] p a parameter
 * \return its bytes without padding
 */
Bytes
ParameterBytes(const Ptr<SctpParameter>& p)
{
    SctpWireWriter w;
    p->Serialize(w);
    Bytes b = w.Release();
    b.resize(p->GetLength());
    return b;
}

/**
 * \param [in] c a cause
 * \return its bytes without padding
 */
Bytes
CauseBytes(const Ptr<SctpErrorCause>& c)
{
    SctpWireWriter w;
    c->Serialize(w);
    Bytes b = w.Release();
    b.resize(c->GetLength());
    return b;
}

/**
 * \param [in] c a chunk
 * \return its bytes without padding
 */
Bytes
ChunkBytes(const Ptr<SctpChunk>& c)
{
    SctpWireWriter w;
    c->Serialize(w);
    Bytes b = w.Release();
    b.resize(c->GetLength());
    return b;
}

/**
 * \param [in] b bytes
 * \param [in] max how many to show before "..."
 * \return "[0x01, 0x02, ...]"
 */
std::string
FormatBytes(const Bytes& b, size_t max = 16)
{
    std::ostringstream os;
    os << "[";
    for (size_t i = 0; i < b.size() && i < max; ++i)
    {
        os << (i ? ", " : "") << "0x" << std::hex << std::setw(2) << std::setfill('0')
           << static_cast<int>(b[i]);
    }
    if (b.size() > max)
    {
        os << ", ...";
    }
    os << "]";
    return os.str();
}

/// \return a number in hex
std::string
Hex(uint64_t v)
{
    std::ostringstream os;
    os << "0x" << std::hex << v;
    return os.str();
}

/**
 * \brief Compare a numeric field.
 * \param [in] e the element
 * \param [in] key the field
 * \param [in] actual the value in the packet (already in script numbers)
 * \param [out] error "NAME.key: expected X, got Y"
 * \return true if the field is wild or equal
 */
bool
CheckNumber(const SctpScriptElement& e, const char* key, uint64_t actual, std::string& error)
{
    if (e.IsWild(key))
    {
        return true;
    }
    int64_t expected;
    std::string why;
    if (!SctpScriptElement::TypeNumber(*e.Get(key), expected, why))
    {
        error = e.GetName() + "." + key + ": " + why;
        return false;
    }
    if (static_cast<uint64_t>(expected) != actual)
    {
        error = e.GetName() + "." + key + ": expected " + e.Get(key)->ToString() + ", got " +
                std::to_string(actual);
        return false;
    }
    return true;
}

/**
 * \brief Compare a byte field (a list, possibly a prefix ending with "...", or a string).
 * \param [in] e the element
 * \param [in] key the field
 * \param [in] actual the bytes in the packet
 * \param [out] error the difference
 * \return true if wild or equal
 */
bool
CheckBytes(const SctpScriptElement& e, const char* key, const Bytes& actual, std::string& error)
{
    if (e.IsWild(key))
    {
        return true;
    }
    Bytes expected;
    bool prefix = false;
    std::string why;
    if (!SctpScriptElement::Bytes(*e.Get(key), expected, prefix, why))
    {
        error = e.GetName() + "." + key + ": " + why;
        return false;
    }
    bool equal = prefix ? actual.size() >= expected.size() &&
                              std::equal(expected.begin(), expected.end(), actual.begin())
                        : actual == expected;
    if (!equal)
    {
        error = e.GetName() + "." + key + ": expected " + e.Get(key)->ToString() + ", got " +
                FormatBytes(actual, 64);
        return false;
    }
    return true;
}

/**
 * \brief Compare a list of numbers.
 * \param [in] e the element
 * \param [in] key the field
 * \param [in] actual the numbers in the packet
 * \param [out] error the difference
 * \return true if wild or equal
 */
bool
CheckNumbers(const SctpScriptElement& e,
             const char* key,
             const std::vector<int64_t>& actual,
             std::string& error)
{
    if (e.IsWild(key))
    {
        return true;
    }
    std::vector<int64_t> expected;
    bool prefix = false;
    std::string why;
    if (!SctpScriptElement::Numbers(*e.Get(key), expected, prefix, why))
    {
        error = e.GetName() + "." + key + ": " + why;
        return false;
    }
    bool equal = prefix ? actual.size() >= expected.size() &&
                              std::equal(expected.begin(), expected.end(), actual.begin())
                        : actual == expected;
    if (!equal)
    {
        std::ostringstream os;
        os << "[";
        for (size_t i = 0; i < actual.size(); ++i)
        {
            os << (i ? ", " : "") << actual[i];
        }
        os << "]";
        error =
            e.GetName() + "." + key + ": expected " + e.Get(key)->ToString() + ", got " + os.str();
        return false;
    }
    return true;
}

/**
 * \brief Compare an address field.
 * \param [in] e the element
 * \param [in] actual the address bytes (4 or 16)
 * \param [out] error the difference
 * \return true if wild or equal
 */
bool
CheckAddress(const SctpScriptElement& e, const Bytes& actual, std::string& error)
{
    if (e.IsWild("addr"))
    {
        return true;
    }
    const SctpScriptValue* v = e.Get("addr");
    std::string text = v->text;
    if (v->kind == SctpScriptValue::CALL && v->items.size() == 1)
    {
        text = v->items[0].value.text;
    }
    Bytes expected(actual.size() == 16 ? 16 : 4);
    char buf[INET6_ADDRSTRLEN] = {0};
    inet_ntop(actual.size() == 16 ? AF_INET6 : AF_INET, actual.data(), buf, sizeof(buf));
    if (inet_pton(actual.size() == 16 ? AF_INET6 : AF_INET, text.c_str(), expected.data()) != 1 ||
        expected != actual)
    {
        error = e.GetName() + ".addr: expected " + text + ", got " + buf;
        return false;
    }
    return true;
}

/**
 * \param [in] b a TLV value list with 16-bit entries
 * \param [in] offset where they start
 * \return the entries
 */
std::vector<int64_t>
U16List(const Bytes& b, size_t offset)
{
    std::vector<int64_t> out;
    for (size_t i = offset; i + 2 <= b.size(); i += 2)
    {
        out.push_back(U16(b, i));
    }
    return out;
}

/**
 * \param [in] b bytes
 * \param [in] offset where the 8-bit entries start
 * \return the entries
 */
std::vector<int64_t>
U8List(const Bytes& b, size_t offset)
{
    std::vector<int64_t> out;
    for (size_t i = offset; i < b.size(); ++i)
    {
        out.push_back(b[i]);
    }
    return out;
}

} // namespace

SctpScriptPacketMatcher::SctpScriptPacketMatcher(SctpScriptMapping& mapping)
    : m_mapping(mapping)
{
}

bool
SctpScriptPacketMatcher::Match(const SctpScriptPacket& spec,
                               const std::vector<uint8_t>& bytes,
                               std::string& error)
{
    if (bytes.size() < SctpPacket::COMMON_HEADER_SIZE)
    {
        error = "packet shorter than the common header";
        return false;
    }
    uint32_t checksum = U32(bytes, 8);
    if (spec.zeroChecksum)
    {
        if (checksum != 0)
        {
            error = "checksum: expected 0, got " + Hex(checksum);
            return false;
        }
    }
    else if (!SctpCrc32c::Verify(bytes.data(), bytes.size()))
    {
        error = "the stack sent a packet with a bad CRC32c";
        return false;
    }
    if (spec.hasPorts &&
        (U16(bytes, 0) != spec.sourcePort || U16(bytes, 2) != spec.destinationPort))
    {
        error = "ports: expected " + std::to_string(spec.sourcePort) + ">" +
                std::to_string(spec.destinationPort) + ", got " + std::to_string(U16(bytes, 0)) +
                ">" + std::to_string(U16(bytes, 2));
        return false;
    }
    if (spec.raw)
    {
        Bytes expected;
        bool prefix = false;
        if (!SctpScriptElement::Bytes(spec.chunks.front(), expected, prefix, error))
        {
            return false;
        }
        Bytes actual = Tail(bytes, SctpPacket::COMMON_HEADER_SIZE);
        bool equal = prefix ? actual.size() >= expected.size() &&
                                  std::equal(expected.begin(), expected.end(), actual.begin())
                            : actual == expected;
        if (!equal)
        {
            error = "chunk bytes: expected " + spec.chunks.front().ToString() + ", got " +
                    FormatBytes(actual, 64);
        }
        return equal;
    }
    SctpPacket packet;
    std::string why;
    if (!SctpPacket::Deserialize(bytes.data(), bytes.size(), packet, why))
    {
        error = "the stack sent a malformed packet: " + why;
        return false;
    }
    const auto& chunks = packet.GetChunks();
    bool hasInit = false;
    bool hasInitAck = false;
    bool tBit = false;
    for (const auto& c : chunks)
    {
        hasInit = hasInit || c->GetType() == SctpChunk::INIT;
        hasInitAck = hasInitAck || c->GetType() == SctpChunk::INIT_ACK;
        tBit =
            tBit ||
            ((c->GetType() == SctpChunk::ABORT || c->GetType() == SctpChunk::SHUTDOWN_COMPLETE) &&
             (c->GetFlags() & SctpControlFlags::T_BIT));
    }
    // The tag is checked before the chunks: an INIT-ACK's tag is the answered INIT's.
    uint32_t vtag = packet.GetVerificationTag();
    if (spec.explicitTag)
    {
        uint32_t expected = tBit ? m_mapping.TagToLive(spec.tag) : spec.tag;
        if (vtag != expected)
        {
            error = "verification tag: expected " + std::to_string(spec.tag) + ", got " +
                    std::to_string(tBit ? m_mapping.TagToScript(vtag) : vtag);
            return false;
        }
    }
    else if (hasInit)
    {
        if (vtag != 0)
        {
            error = "verification tag: a packet with an INIT must carry 0 (RFC 9260 §8.5.1), got " +
                    std::to_string(vtag);
            return false;
        }
    }
    else if (hasInitAck && m_mapping.LastPeerInitTag() != 0)
    {
        if (vtag != m_mapping.LastPeerInitTag())
        {
            error = "verification tag: an INIT-ACK must carry the INIT's initiate tag " +
                    std::to_string(m_mapping.LastPeerInitTag()) + ", got " + std::to_string(vtag);
            return false;
        }
    }
    else if (!tBit && !m_mapping.GetPeerTags().empty())
    {
        const auto& tags = m_mapping.GetPeerTags();
        if (std::find(tags.begin(), tags.end(), vtag) == tags.end())
        {
            error = "verification tag: expected the script's tag " +
                    std::to_string(m_mapping.PeerTag()) + ", got " + std::to_string(vtag);
            return false;
        }
    }
    size_t n = std::min(chunks.size(), spec.chunks.size());
    for (size_t i = 0; i < n; ++i)
    {
        if (!MatchChunk(spec.chunks[i], chunks[i], error))
        {
            if (spec.chunks.size() > 1)
            {
                error = "chunk " + std::to_string(i + 1) + ": " + error;
            }
            return false;
        }
    }
    if (chunks.size() != spec.chunks.size())
    {
        error = "expected " + std::to_string(spec.chunks.size()) + " chunk(s), got " +
                std::to_string(chunks.size());
        return false;
    }
    return true;
}

bool
SctpScriptPacketMatcher::LearnInit(const SctpScriptValue& spec,
                                   uint32_t tag,
                                   uint32_t tsn,
                                   std::string& error)
{
    SctpScriptElement e(spec);
    SctpScriptMapping::Entry entry;
    entry.liveTag = tag;
    entry.liveTsn = tsn;
    entry.fromInit = e.GetName() == "INIT";
    int64_t v;
    if (!e.IsWild("tag"))
    {
        if (!SctpScriptElement::TypeNumber(*e.Get("tag"), v, error))
        {
            return false;
        }
        entry.hasScriptTag = true;
        entry.scriptTag = static_cast<uint32_t>(v);
        const SctpScriptMapping::Entry* known = m_mapping.FindByScriptTag(entry.scriptTag);
        if (known && known->liveTag != tag && !known->fromInit && e.GetName() == "INIT_ACK")
        {
            // A new INIT-ACK given the number of an earlier one: the number moves to it.
            m_mapping.ForgetScriptTag(entry.scriptTag);
            known = nullptr;
        }
        if (known && known->liveTag != tag)
        {
            error = e.GetName() + ".tag: expected the tag the script calls " +
                    std::to_string(entry.scriptTag) + " (" + std::to_string(known->liveTag) +
                    "), got a different tag " + std::to_string(tag);
            return false;
        }
        const SctpScriptMapping::Entry* other = m_mapping.FindByLiveTag(tag);
        if (!known && other && other->hasScriptTag)
        {
            error = e.GetName() + ".tag: expected a new tag (" + std::to_string(entry.scriptTag) +
                    "), got the one the script calls " + std::to_string(other->scriptTag);
            return false;
        }
        if (known && known->hasScriptTsn && !e.IsWild("tsn"))
        {
            if (!SctpScriptElement::TypeNumber(*e.Get("tsn"), v, error))
            {
                return false;
            }
            uint32_t expected = static_cast<uint32_t>(v) + (known->liveTsn - known->scriptTsn);
            if (expected != tsn)
            {
                error = e.GetName() + ".tsn: expected " + e.Get("tsn")->ToString() + ", got " +
                        std::to_string(tsn - (known->liveTsn - known->scriptTsn));
                return false;
            }
        }
    }
    if (!e.IsWild("tsn"))
    {
        if (!SctpScriptElement::TypeNumber(*e.Get("tsn"), v, error))
        {
            return false;
        }
        entry.hasScriptTsn = true;
        entry.scriptTsn = static_cast<uint32_t>(v);
    }
    const SctpScriptMapping::Entry* existing = m_mapping.FindByLiveTag(tag);
    if (existing)
    {
        entry = *existing;
    }
    m_mapping.AddLocal(entry, e.GetName() == "INIT");
    return true;
}

bool
SctpScriptPacketMatcher::MatchChunk(const SctpScriptValue& spec,
                                    Ptr<SctpChunk> chunk,
                                    std::string& error)
{
    if (spec.kind != SctpScriptValue::ELEMENT)
    {
        error = "expected a chunk, got " + spec.ToString();
        return false;
    }
    SctpScriptElement e(spec);
    const std::string& name = e.GetName();
    uint8_t type = chunk->GetType();
    if (name == "CHUNK")
    {
        Bytes raw = ChunkBytes(chunk);
        return e.CheckKeys({"type", "flgs", "len", "val"}, false, error) &&
               CheckNumber(e, "type", type, error) &&
               CheckNumber(e, "flgs", chunk->GetFlags(), error) &&
               CheckNumber(e, "len", chunk->GetLength(), error) &&
               CheckBytes(e, "val", Tail(raw, 4), error);
    }
    int expectedType = SctpScriptSymbols::ChunkType(name);
    if (expectedType < 0)
    {
        error = "unknown chunk " + name;
        return false;
    }
    if (expectedType != type)
    {
        std::string actual = SctpScriptSymbols::ChunkName(type);
        error =
            "expected " + name + ", got " + (actual.empty() ? "chunk type " + Hex(type) : actual);
        return false;
    }
    if (!e.IsWild("flgs"))
    {
        uint8_t flags;
        if (!SctpScriptElement::Flags(*e.Get("flgs"), type, flags, error))
        {
            error = name + ".flgs: " + error;
            return false;
        }
        if (flags != chunk->GetFlags())
        {
            error = name + ".flgs: expected " + e.Get("flgs")->ToString() + ", got " +
                    SctpScriptSymbols::FormatFlags(type, chunk->GetFlags());
            return false;
        }
    }
    if (!CheckNumber(e, "len", chunk->GetLength(), error))
    {
        return false;
    }
    switch (type)
    {
    case SctpChunk::DATA: {
        Ptr<SctpDataChunk> d = DynamicCast<SctpDataChunk>(chunk);
        return e.CheckKeys({"flgs", "len", "tsn", "sid", "ssn", "ppid"}, false, error) &&
               CheckNumber(e, "tsn", m_mapping.TsnToScript(d->GetTsn()), error) &&
               CheckNumber(e, "sid", d->GetStreamId(), error) &&
               CheckNumber(e, "ssn", d->GetStreamSeq(), error) &&
               CheckNumber(e, "ppid", d->GetPpid(), error);
    }
    case SctpChunk::I_DATA: {
        Ptr<SctpIDataChunk> d = DynamicCast<SctpIDataChunk>(chunk);
        return e.CheckKeys({"flgs", "len", "tsn", "sid", "mid", "ppid", "fsn"}, false, error) &&
               CheckNumber(e, "tsn", m_mapping.TsnToScript(d->GetTsn()), error) &&
               CheckNumber(e, "sid", d->GetStreamId(), error) &&
               CheckNumber(e, "mid", d->GetMessageId(), error) &&
               CheckNumber(e, "ppid", d->GetPpid(), error) &&
               CheckNumber(e, "fsn", d->GetFsn(), error);
    }
    case SctpChunk::INIT:
    case SctpChunk::INIT_ACK: {
        Ptr<SctpInitChunkBase> init = DynamicCast<SctpInitChunkBase>(chunk);
        if (!e.CheckKeys({"flgs", "len", "tag", "a_rwnd", "os", "is", "tsn"}, true, error) ||
            !LearnInit(spec, init->GetInitiateTag(), init->GetInitialTsn(), error) ||
            !CheckNumber(e, "a_rwnd", init->GetARwnd(), error) ||
            !CheckNumber(e, "os", init->GetNumOutboundStreams(), error) ||
            !CheckNumber(e, "is", init->GetNumInboundStreams(), error))
        {
            return false;
        }
        std::vector<Bytes> params;
        for (const auto& p : init->GetParameters())
        {
            params.push_back(ParameterBytes(p));
            if (type == SctpChunk::INIT_ACK && p->GetType() == SctpParameter::STATE_COOKIE)
            {
                m_mapping.SetCookie(Tail(params.back(), 4));
            }
        }
        return MatchList(e.Positional(), params, false, name, error);
    }
    case SctpChunk::SACK:
    case SctpChunk::NR_SACK: {
        Ptr<SctpSackChunkBase> sack = DynamicCast<SctpSackChunkBase>(chunk);
        if (!e.CheckKeys({"flgs", "len", "cum_tsn", "a_rwnd", "gaps", "nr_gaps", "dups"},
                         false,
                         error) ||
            !CheckNumber(e, "cum_tsn", sack->GetCumulativeTsnAck(), error) ||
            !CheckNumber(e, "a_rwnd", sack->GetARwnd(), error))
        {
            return false;
        }
        std::vector<SctpGapAckBlock> lists[2] = {sack->GetGapAckBlocks(), {}};
        if (type == SctpChunk::NR_SACK)
        {
            lists[1] = DynamicCast<SctpNrSackChunk>(chunk)->GetNrGapAckBlocks();
        }
        const char* keys[2] = {"gaps", "nr_gaps"};
        for (int k = 0; k < 2; ++k)
        {
            if (e.IsWild(keys[k]))
            {
                continue;
            }
            const SctpScriptValue* list = e.Get(keys[k]);
            std::ostringstream got;
            got << "[";
            for (size_t i = 0; i < lists[k].size(); ++i)
            {
                got << (i ? ", " : "") << lists[k][i].start << ":" << lists[k][i].end;
            }
            got << "]";
            bool prefix = list->EndsWithEllipsis();
            size_t want = list->items.size() - (prefix ? 1 : 0);
            bool ok = list->kind == SctpScriptValue::LIST &&
                      (prefix ? lists[k].size() >= want : lists[k].size() == want);
            for (size_t i = 0; ok && i < want; ++i)
            {
                const SctpScriptValue& g = list->items[i].value;
                ok = g.kind == SctpScriptValue::RANGE &&
                     g.items[0].value.number == lists[k][i].start &&
                     g.items[1].value.number == lists[k][i].end;
            }
            if (!ok)
            {
                error =
                    name + "." + keys[k] + ": expected " + list->ToString() + ", got " + got.str();
                return false;
            }
        }
        std::vector<int64_t> dups;
        for (uint32_t d : sack->GetDuplicateTsns())
        {
            dups.push_back(d);
        }
        return CheckNumbers(e, "dups", dups, error);
    }
    case SctpChunk::HEARTBEAT:
    case SctpChunk::HEARTBEAT_ACK: {
        Ptr<SctpHeartbeatChunkBase> hb = DynamicCast<SctpHeartbeatChunkBase>(chunk);
        std::vector<Bytes> params;
        for (const auto& p : hb->GetParameters())
        {
            params.push_back(ParameterBytes(p));
        }
        if (type == SctpChunk::HEARTBEAT)
        {
            m_mapping.SetHeartbeat(Tail(ChunkBytes(chunk), 4));
        }
        return e.CheckKeys({"flgs", "len"}, true, error) &&
               MatchList(e.Positional(), params, false, name, error);
    }
    case SctpChunk::ABORT:
    case SctpChunk::ERROR: {
        Ptr<SctpCauseListChunk> list = DynamicCast<SctpCauseListChunk>(chunk);
        std::vector<Bytes> causes;
        for (const auto& c : list->GetCauses())
        {
            causes.push_back(CauseBytes(c));
        }
        return e.CheckKeys({"flgs", "len"}, true, error) &&
               MatchList(e.Positional(), causes, true, name, error);
    }
    case SctpChunk::SHUTDOWN:
        return e.CheckKeys({"flgs", "len", "cum_tsn"}, false, error) &&
               CheckNumber(e,
                           "cum_tsn",
                           DynamicCast<SctpShutdownChunk>(chunk)->GetCumulativeTsnAck(),
                           error);
    case SctpChunk::SHUTDOWN_ACK:
    case SctpChunk::COOKIE_ACK:
    case SctpChunk::SHUTDOWN_COMPLETE:
        return e.CheckKeys({"flgs", "len"}, false, error);
    case SctpChunk::COOKIE_ECHO:
        return e.CheckKeys({"flgs", "len", "val"}, false, error) &&
               CheckBytes(e, "val", DynamicCast<SctpCookieEchoChunk>(chunk)->GetCookie(), error);
    case SctpChunk::ECNE:
    case SctpChunk::CWR: {
        // The stack's ECNE reports the script's TSNs; its CWR answers an ECNE about its own.
        uint32_t tsn = DynamicCast<SctpEcnChunkBase>(chunk)->GetLowestTsn();
        return e.CheckKeys({"flgs", "len", "tsn"}, false, error) &&
               CheckNumber(e,
                           "tsn",
                           type == SctpChunk::CWR ? m_mapping.TsnToScript(tsn) : tsn,
                           error);
    }
    case SctpChunk::PAD:
        return e.CheckKeys({"flgs", "len", "val"}, false, error);
    case SctpChunk::RE_CONFIG: {
        std::vector<Bytes> params;
        for (const auto& p : DynamicCast<SctpReConfigChunk>(chunk)->GetParameters())
        {
            params.push_back(ParameterBytes(p));
        }
        return e.CheckKeys({"flgs", "len"}, true, error) &&
               MatchList(e.Positional(), params, false, name, error);
    }
    case SctpChunk::FORWARD_TSN:
    case SctpChunk::I_FORWARD_TSN: {
        Bytes raw = ChunkBytes(chunk);
        if (!e.CheckKeys({"flgs", "len", "cum_tsn", "ids"}, false, error) ||
            !CheckNumber(e, "cum_tsn", m_mapping.TsnToScript(U32(raw, 4)), error))
        {
            return false;
        }
        if (e.IsWild("ids"))
        {
            return true;
        }
        std::vector<std::vector<int64_t>> actual;
        size_t step = type == SctpChunk::FORWARD_TSN ? 4 : 8;
        for (size_t i = 8; i + step <= raw.size(); i += step)
        {
            if (step == 4)
            {
                actual.push_back({U16(raw, i), U16(raw, i + 2)});
            }
            else
            {
                actual.push_back({U16(raw, i), U16(raw, i + 2), U32(raw, i + 4)});
            }
        }
        const SctpScriptValue* ids = e.Get("ids");
        bool prefix = ids->EndsWithEllipsis();
        size_t want = ids->items.size() - (prefix ? 1 : 0);
        bool ok = prefix ? actual.size() >= want : actual.size() == want;
        for (size_t i = 0; ok && i < want; ++i)
        {
            const SctpScriptValue& id = ids->items[i].value;
            ok = id.items.size() == actual[i].size();
            for (size_t f = 0; ok && f < actual[i].size(); ++f)
            {
                int64_t v;
                std::string why;
                ok = id.items[f].value.IsEllipsis() ||
                     (SctpScriptSymbols::Evaluate(id.items[f].value, v, why) && v == actual[i][f]);
            }
        }
        if (!ok)
        {
            std::ostringstream got;
            got << "[";
            for (size_t i = 0; i < actual.size(); ++i)
            {
                got << (i ? ", " : "") << "{";
                for (size_t f = 0; f < actual[i].size(); ++f)
                {
                    got << (f ? ", " : "") << actual[i][f];
                }
                got << "}";
            }
            got << "]";
            error = name + ".ids: expected " + ids->ToString() + ", got " + got.str();
        }
        return ok;
    }
    case SctpChunk::AUTH: {
        Ptr<SctpAuthChunk> a = DynamicCast<SctpAuthChunk>(chunk);
        return e.CheckKeys({"flgs", "len", "key_id", "hmac_id", "hmac"}, false, error) &&
               CheckNumber(e, "key_id", a->GetSharedKeyId(), error) &&
               CheckNumber(e, "hmac_id", a->GetHmacId(), error) &&
               CheckBytes(e, "hmac", a->GetHmac(), error);
    }
    case SctpChunk::ASCONF:
    case SctpChunk::ASCONF_ACK: {
        Ptr<SctpAsconfBaseChunk> a = DynamicCast<SctpAsconfBaseChunk>(chunk);
        uint32_t sn = type == SctpChunk::ASCONF ? m_mapping.TsnToScript(a->GetSerialNumber())
                                                : a->GetSerialNumber();
        if (!e.CheckKeys({"flgs", "len", "sn", "addr"}, true, error) ||
            !CheckNumber(e, "sn", sn, error))
        {
            return false;
        }
        if (type == SctpChunk::ASCONF && !e.IsWild("addr"))
        {
            Ptr<SctpParameter> addr = DynamicCast<SctpAsconfChunk>(chunk)->GetAddressParameter();
            if (!addr || !MatchParameter(*e.Get("addr"), ParameterBytes(addr), error))
            {
                error = addr ? error : "ASCONF.addr: missing";
                return false;
            }
        }
        std::vector<Bytes> params;
        for (const auto& p : a->GetParameters())
        {
            params.push_back(ParameterBytes(p));
        }
        return MatchList(e.Positional(), params, false, name, error);
    }
    default:
        error = name + " can only be matched as CHUNK[type=" + name + ", ...]";
        return false;
    }
}

bool
SctpScriptPacketMatcher::MatchList(const std::vector<const SctpScriptValue*>& expected,
                                   const std::vector<std::vector<uint8_t>>& actual,
                                   bool causes,
                                   const std::string& where,
                                   std::string& error)
{
    bool rest = !expected.empty() && expected.back()->IsEllipsis();
    size_t want = expected.size() - (rest ? 1 : 0);
    for (size_t i = 0; i < want; ++i)
    {
        if (expected[i]->IsEllipsis())
        {
            error = where + ": '...' must end the list";
            return false;
        }
        if (i >= actual.size())
        {
            error = where + ": expected " + expected[i]->ToString() + ", got no more " +
                    (causes ? "causes" : "parameters");
            return false;
        }
        if (!(causes ? MatchCause(*expected[i], actual[i], error)
                     : MatchParameter(*expected[i], actual[i], error)))
        {
            error = where + ": " + error;
            return false;
        }
    }
    if (!rest && actual.size() > want)
    {
        error = where + ": unexpected " + (causes ? "cause " : "parameter ") +
                (causes ? DescribeCause(actual[want]) : DescribeParameter(actual[want]));
        return false;
    }
    return true;
}

bool
SctpScriptPacketMatcher::MatchParameter(const SctpScriptValue& spec,
                                        const std::vector<uint8_t>& tlv,
                                        std::string& error)
{
    if (spec.kind != SctpScriptValue::ELEMENT)
    {
        error = "expected a parameter, got " + spec.ToString();
        return false;
    }
    SctpScriptElement e(spec);
    const std::string& name = e.GetName();
    uint16_t type = U16(tlv, 0);
    uint16_t length = U16(tlv, 2);
    Bytes value = Tail(tlv, 4);
    if (name == "PARAMETER")
    {
        return e.CheckKeys({"type", "len", "val"}, false, error) &&
               CheckNumber(e, "type", type, error) && CheckNumber(e, "len", length, error) &&
               CheckBytes(e, "val", value, error);
    }
    int expectedType = SctpScriptSymbols::ParameterType(name);
    if (expectedType < 0)
    {
        error = "unknown parameter " + name;
        return false;
    }
    if (expectedType != type)
    {
        error = "expected " + name + ", got " + DescribeParameter(tlv);
        return false;
    }
    switch (type)
    {
    case 1:
    case 7:
    case 0x8002:
    case 0x8005:
        return e.CheckKeys({"len", "val"}, false, error) && CheckNumber(e, "len", length, error) &&
               CheckBytes(e, "val", value, error);
    case 5:
    case 6:
        return e.CheckKeys({"addr"}, false, error) && CheckAddress(e, value, error);
    case 8: {
        if (!e.CheckKeys({"params"}, false, error))
        {
            return false;
        }
        if (e.IsWild("params"))
        {
            return true;
        }
        std::vector<const SctpScriptValue*> items;
        for (const auto& item : e.Get("params")->items)
        {
            items.push_back(&item.value);
        }
        return MatchList(items, SplitTlvs(value), false, name + ".params", error);
    }
    case 9:
        return e.CheckKeys({"incr"}, false, error) && CheckNumber(e, "incr", U32(value, 0), error);
    case 11: {
        if (!e.CheckKeys({"addr"}, false, error))
        {
            return false;
        }
        if (e.IsWild("addr"))
        {
            return true;
        }
        std::string host(value.begin(), value.end());
        while (!host.empty() && host.back() == '\0')
        {
            host.pop_back();
        }
        if (host != e.Get("addr")->text)
        {
            error = name + ".addr: expected \"" + e.Get("addr")->text + "\", got \"" + host + "\"";
            return false;
        }
        return true;
    }
    case 12:
        return e.CheckKeys({"types"}, false, error) &&
               CheckNumbers(e, "types", U16List(value, 0), error);
    case 0x8003:
    case 0x8008:
        return e.CheckKeys({"types"}, false, error) &&
               CheckNumbers(e, "types", U8List(value, 0), error);
    case 0x8004:
        return e.CheckKeys({"ids"}, false, error) &&
               CheckNumbers(e, "ids", U16List(value, 0), error);
    case 0x8000:
    case 0xC000:
    case 0xC007:
        return e.CheckKeys({}, false, error);
    case 0x8001:
        return e.CheckKeys({"edmid"}, false, error) &&
               CheckNumber(e, "edmid", U32(value, 0), error);
    case 0xC006:
        return e.CheckKeys({"adaptation_code_point"}, false, error) &&
               CheckNumber(e, "adaptation_code_point", U32(value, 0), error);
    case 13:
        return e.CheckKeys({"req_sn", "resp_sn", "last_tsn", "sids"}, false, error) &&
               CheckNumber(e, "req_sn", m_mapping.TsnToScript(U32(value, 0)), error) &&
               CheckNumber(e, "resp_sn", U32(value, 4), error) &&
               CheckNumber(e, "last_tsn", m_mapping.TsnToScript(U32(value, 8)), error) &&
               CheckNumbers(e, "sids", U16List(value, 12), error);
    case 14:
        return e.CheckKeys({"req_sn", "sids"}, false, error) &&
               CheckNumber(e, "req_sn", m_mapping.TsnToScript(U32(value, 0)), error) &&
               CheckNumbers(e, "sids", U16List(value, 4), error);
    case 15:
        return e.CheckKeys({"req_sn"}, false, error) &&
               CheckNumber(e, "req_sn", m_mapping.TsnToScript(U32(value, 0)), error);
    case 16:
        return e.CheckKeys({"resp_sn", "result", "sender_next_tsn", "receiver_next_tsn"},
                           false,
                           error) &&
               CheckNumber(e, "resp_sn", U32(value, 0), error) &&
               CheckNumber(e, "result", U32(value, 4), error) &&
               CheckNumber(e, "sender_next_tsn", m_mapping.TsnToScript(U32(value, 8)), error) &&
               CheckNumber(e, "receiver_next_tsn", U32(value, 12), error);
    case 17:
    case 18:
        return e.CheckKeys({"req_sn", "number_of_new_streams"}, false, error) &&
               CheckNumber(e, "req_sn", m_mapping.TsnToScript(U32(value, 0)), error) &&
               CheckNumber(e, "number_of_new_streams", U16(value, 4), error);
    case 0xC001:
    case 0xC002:
    case 0xC004:
        return e.CheckKeys({"corr_id", "addr"}, false, error) &&
               CheckNumber(e, "corr_id", U32(value, 0), error) &&
               (e.IsWild("addr") || MatchParameter(*e.Get("addr"), Tail(value, 4), error));
    case 0xC003: {
        std::vector<Bytes> causes = SplitTlvs(Tail(value, 4));
        return e.CheckKeys({"corr_id"}, true, error) &&
               CheckNumber(e, "corr_id", U32(value, 0), error) &&
               MatchList(e.Positional(), causes, true, name, error);
    }
    case 0xC005:
        return e.CheckKeys({"corr_id"}, false, error) &&
               CheckNumber(e, "corr_id", U32(value, 0), error);
    default:
        error = name + " can only be matched as PARAMETER[type=..., len=..., val=...]";
        return false;
    }
}

bool
SctpScriptPacketMatcher::MatchCause(const SctpScriptValue& spec,
                                    const std::vector<uint8_t>& tlv,
                                    std::string& error)
{
    if (spec.kind != SctpScriptValue::ELEMENT)
    {
        error = "expected a cause, got " + spec.ToString();
        return false;
    }
    SctpScriptElement e(spec);
    const std::string& name = e.GetName();
    uint16_t code = U16(tlv, 0);
    uint16_t length = U16(tlv, 2);
    Bytes value = Tail(tlv, 4);
    if (name == "CAUSE")
    {
        return e.CheckKeys({"code", "len", "info"}, false, error) &&
               CheckNumber(e, "code", code, error) && CheckNumber(e, "len", length, error) &&
               CheckBytes(e, "info", value, error);
    }
    int expectedCode = SctpScriptSymbols::CauseCode(name);
    if (expectedCode < 0)
    {
        error = "unknown error cause " + name;
        return false;
    }
    if (expectedCode != code)
    {
        error = "expected " + name + ", got " + DescribeCause(tlv);
        return false;
    }
    switch (code)
    {
    case 1:
        return e.CheckKeys({"sid"}, false, error) && CheckNumber(e, "sid", U16(value, 0), error);
    case 2:
        return e.CheckKeys({"types"}, false, error) &&
               CheckNumbers(e, "types", U16List(value, 4), error);
    case 3:
        return e.CheckKeys({"staleness"}, false, error) &&
               CheckNumber(e, "staleness", U32(value, 0), error);
    case 9:
        // The stack reports the script's empty DATA chunk: the script's own TSN.
        return e.CheckKeys({"tsn"}, false, error) && CheckNumber(e, "tsn", U32(value, 0), error);
    case 5:
    case 0xA0:
    case 0xA1:
    case 0xA2:
    case 0xA4:
        if (!e.CheckKeys({"param"}, false, error))
        {
            return false;
        }
        return e.IsWild("param") ||
               MatchList({e.Get("param")}, SplitTlvs(value), false, name + ".param", error);
    case 8:
    case 11: {
        if (!e.CheckKeys({"params"}, false, error))
        {
            return false;
        }
        if (e.IsWild("params"))
        {
            return true;
        }
        std::vector<const SctpScriptValue*> items;
        for (const auto& item : e.Get("params")->items)
        {
            items.push_back(&item.value);
        }
        return MatchList(items, SplitTlvs(value), false, name + ".params", error);
    }
    case 6: {
        if (!e.CheckKeys({"chk"}, false, error))
        {
            return false;
        }
        if (e.IsWild("chk"))
        {
            return true;
        }
        const SctpScriptValue* chk = e.Get("chk");
        if (chk->kind == SctpScriptValue::ELEMENT && chk->text == "CHUNK")
        {
            SctpScriptElement c(*chk);
            return c.CheckKeys({"type", "flgs", "len", "val"}, false, error) &&
                   CheckNumber(c, "type", value.empty() ? 0 : value[0], error) &&
                   CheckNumber(c, "flgs", value.size() > 1 ? value[1] : 0, error) &&
                   CheckNumber(c, "len", U16(value, 2), error) &&
                   CheckBytes(c, "val", Tail(value, 4), error);
        }
        Bytes padded = value;
        padded.resize((padded.size() + 3) & ~size_t(3), 0);
        SctpWireReader r(padded);
        std::string why;
        Ptr<SctpChunk> inner = SctpChunk::Deserialize(r, why);
        if (!inner)
        {
            error = name + ".chk: the reported chunk does not parse: " + why;
            return false;
        }
        return MatchChunk(*chk, inner, error);
    }
    case 12:
    case 13:
        return e.CheckKeys({"info"}, false, error) && CheckBytes(e, "info", value, error);
    case 0x105:
        return e.CheckKeys({"hmac_id"}, false, error) &&
               CheckNumber(e, "hmac_id", U16(value, 0), error);
    default:
        return e.CheckKeys({}, false, error);
    }
}

std::string
SctpScriptPacketMatcher::Describe(const std::vector<uint8_t>& bytes) const
{
    SctpPacket packet;
    std::string why;
    std::ostringstream os;
    if (bytes.size() < SctpPacket::COMMON_HEADER_SIZE ||
        !SctpPacket::Deserialize(bytes.data(), bytes.size(), packet, why))
    {
        os << "malformed packet (" << why << "): " << FormatBytes(bytes, 64);
        return os.str();
    }
    os << "sctp(tag=" << packet.GetVerificationTag();
    if (!SctpCrc32c::Verify(bytes.data(), bytes.size()))
    {
        os << ", bad_crc32c";
    }
    os << "): ";
    bool first = true;
    for (const auto& c : packet.GetChunks())
    {
        os << (first ? "" : "; ") << DescribeChunk(c);
        first = false;
    }
    return os.str();
}

std::string
SctpScriptPacketMatcher::DescribeChunk(Ptr<SctpChunk> chunk) const
{
    std::ostringstream os;
    uint8_t type = chunk->GetType();
    std::string name = SctpScriptSymbols::ChunkName(type);
    Bytes raw = ChunkBytes(chunk);
    std::string flags = SctpScriptSymbols::FormatFlags(type, chunk->GetFlags());
    auto list = [this](const std::vector<Bytes>& tlvs, bool causes) {
        std::string s;
        for (const auto& t : tlvs)
        {
            s += ", " + (causes ? DescribeCause(t) : DescribeParameter(t));
        }
        return s;
    };
    switch (type)
    {
    case SctpChunk::DATA: {
        Ptr<SctpDataChunk> d = DynamicCast<SctpDataChunk>(chunk);
        os << "DATA[flgs=" << flags << ", len=" << d->GetLength()
           << ", tsn=" << m_mapping.TsnToScript(d->GetTsn()) << ", sid=" << d->GetStreamId()
           << ", ssn=" << d->GetStreamSeq() << ", ppid=" << d->GetPpid() << "]";
        break;
    }
    case SctpChunk::I_DATA: {
        Ptr<SctpIDataChunk> d = DynamicCast<SctpIDataChunk>(chunk);
        os << "I_DATA[flgs=" << flags << ", len=" << d->GetLength()
           << ", tsn=" << m_mapping.TsnToScript(d->GetTsn()) << ", sid=" << d->GetStreamId()
           << ", mid=" << d->GetMessageId() << ", "
           << (d->IsBeginning() ? "ppid=" + std::to_string(d->GetPpid())
                                : "fsn=" + std::to_string(d->GetFsn()))
           << "]";
        break;
    }
    case SctpChunk::INIT:
    case SctpChunk::INIT_ACK: {
        Ptr<SctpInitChunkBase> init = DynamicCast<SctpInitChunkBase>(chunk);
        const SctpScriptMapping::Entry* entry = m_mapping.FindByLiveTag(init->GetInitiateTag());
        uint32_t tag = init->GetInitiateTag();
        uint32_t tsn = init->GetInitialTsn();
        if (entry && entry->hasScriptTag)
        {
            tag = entry->scriptTag;
        }
        if (entry && entry->hasScriptTsn)
        {
            tsn = entry->scriptTsn + (init->GetInitialTsn() - entry->liveTsn);
        }
        std::vector<Bytes> params;
        for (const auto& p : init->GetParameters())
        {
            params.push_back(ParameterBytes(p));
        }
        os << name << "[flgs=" << flags << ", tag=" << tag << ", a_rwnd=" << init->GetARwnd()
           << ", os=" << init->GetNumOutboundStreams() << ", is=" << init->GetNumInboundStreams()
           << ", tsn=" << tsn << list(params, false) << "]";
        break;
    }
    case SctpChunk::SACK:
    case SctpChunk::NR_SACK: {
        Ptr<SctpSackChunkBase> sack = DynamicCast<SctpSackChunkBase>(chunk);
        auto blocks = [](const std::vector<SctpGapAckBlock>& b) {
            std::ostringstream s;
            s << "[";
            for (size_t i = 0; i < b.size(); ++i)
            {
                s << (i ? ", " : "") << b[i].start << ":" << b[i].end;
            }
            s << "]";
            return s.str();
        };
        os << name << "[flgs=" << flags << ", cum_tsn=" << sack->GetCumulativeTsnAck()
           << ", a_rwnd=" << sack->GetARwnd() << ", gaps=" << blocks(sack->GetGapAckBlocks());
        if (type == SctpChunk::NR_SACK)
        {
            os << ", nr_gaps=" << blocks(DynamicCast<SctpNrSackChunk>(chunk)->GetNrGapAckBlocks());
        }
        os << ", dups=[";
        for (size_t i = 0; i < sack->GetDuplicateTsns().size(); ++i)
        {
            os << (i ? ", " : "") << sack->GetDuplicateTsns()[i];
        }
        os << "]]";
        break;
    }
    case SctpChunk::HEARTBEAT:
    case SctpChunk::HEARTBEAT_ACK: {
        std::vector<Bytes> params;
        for (const auto& p : DynamicCast<SctpHeartbeatChunkBase>(chunk)->GetParameters())
        {
            params.push_back(ParameterBytes(p));
        }
        os << name << "[flgs=" << flags << list(params, false) << "]";
        break;
    }
    case SctpChunk::ABORT:
    case SctpChunk::ERROR: {
        std::vector<Bytes> causes;
        for (const auto& c : DynamicCast<SctpCauseListChunk>(chunk)->GetCauses())
        {
            causes.push_back(CauseBytes(c));
        }
        os << name << "[flgs=" << flags << list(causes, true) << "]";
        break;
    }
    case SctpChunk::SHUTDOWN:
        os << "SHUTDOWN[flgs=" << flags << ", cum_tsn=" << U32(raw, 4) << "]";
        break;
    case SctpChunk::ECNE:
        os << "ECNE[flgs=" << flags << ", tsn=" << U32(raw, 4) << "]";
        break;
    case SctpChunk::CWR:
        os << "CWR[flgs=" << flags << ", tsn=" << m_mapping.TsnToScript(U32(raw, 4)) << "]";
        break;
    case SctpChunk::SHUTDOWN_ACK:
    case SctpChunk::COOKIE_ACK:
    case SctpChunk::SHUTDOWN_COMPLETE:
        os << name << "[flgs=" << flags << "]";
        break;
    case SctpChunk::COOKIE_ECHO:
    case SctpChunk::PAD:
        os << name << "[flgs=" << flags << ", len=" << chunk->GetLength()
           << ", val=" << FormatBytes(Tail(raw, 4)) << "]";
        break;
    case SctpChunk::FORWARD_TSN:
    case SctpChunk::I_FORWARD_TSN: {
        os << name << "[cum_tsn=" << m_mapping.TsnToScript(U32(raw, 4)) << ", ids=[";
        size_t step = type == SctpChunk::FORWARD_TSN ? 4 : 8;
        for (size_t i = 8; i + step <= raw.size(); i += step)
        {
            os << (i > 8 ? ", " : "") << "{" << U16(raw, i) << ", " << U16(raw, i + 2);
            if (step == 8)
            {
                os << ", " << U32(raw, i + 4);
            }
            os << "}";
        }
        os << "]]";
        break;
    }
    default:
        os << "CHUNK[type=" << Hex(type) << ", flgs=" << Hex(chunk->GetFlags())
           << ", len=" << chunk->GetLength() << ", val=" << FormatBytes(Tail(raw, 4)) << "]";
        break;
    }
    return os.str();
}

std::string
SctpScriptPacketMatcher::DescribeParameter(const std::vector<uint8_t>& tlv) const
{
    std::ostringstream os;
    uint16_t type = U16(tlv, 0);
    Bytes value = Tail(tlv, 4);
    std::string name = SctpScriptSymbols::ParameterName(type);
    switch (type)
    {
    case 1:
    case 7:
        os << name << "[len=" << U16(tlv, 2) << ", val=" << FormatBytes(value) << "]";
        break;
    case 5:
    case 6: {
        char buf[INET6_ADDRSTRLEN] = {0};
        inet_ntop(type == 6 ? AF_INET6 : AF_INET, value.data(), buf, sizeof(buf));
        os << name << "[addr=" << buf << "]";
        break;
    }
    case 8: {
        os << name << "[params=[";
        bool first = true;
        for (const auto& p : SplitTlvs(value))
        {
            os << (first ? "" : ", ") << DescribeParameter(p);
            first = false;
        }
        os << "]]";
        break;
    }
    case 9:
        os << name << "[incr=" << U32(value, 0) << "]";
        break;
    case 12: {
        os << name << "[types=[";
        std::vector<int64_t> t = U16List(value, 0);
        for (size_t i = 0; i < t.size(); ++i)
        {
            os << (i ? ", " : "")
               << (t[i] == 5   ? "IPv4"
                   : t[i] == 6 ? "IPv6"
                               : std::to_string(t[i]));
        }
        os << "]]";
        break;
    }
    case 0x8000:
    case 0xC000:
    case 0xC007:
        os << name << "[]";
        break;
    default:
        os << "PARAMETER[type=" << Hex(type) << ", len=" << U16(tlv, 2)
           << ", val=" << FormatBytes(value) << "]";
        break;
    }
    return os.str();
}

std::string
SctpScriptPacketMatcher::DescribeCause(const std::vector<uint8_t>& tlv) const
{
    std::ostringstream os;
    uint16_t code = U16(tlv, 0);
    Bytes value = Tail(tlv, 4);
    std::string name = SctpScriptSymbols::CauseName(code);
    switch (code)
    {
    case 1:
        os << name << "[sid=" << U16(value, 0) << "]";
        break;
    case 2: {
        os << name << "[types=[";
        std::vector<int64_t> t = U16List(value, 4);
        for (size_t i = 0; i < t.size(); ++i)
        {
            os << (i ? ", " : "") << t[i];
        }
        os << "]]";
        break;
    }
    case 3:
        os << name << "[staleness=" << U32(value, 0) << "]";
        break;
    case 9:
        os << name << "[tsn=" << U32(value, 0) << "]";
        break;
    case 4:
    case 7:
    case 10:
        os << name << "[]";
        break;
    case 5:
        os << name << "[param=" << DescribeParameter(value) << "]";
        break;
    case 8:
    case 11: {
        os << name << "[params=[";
        bool first = true;
        for (const auto& p : SplitTlvs(value))
        {
            os << (first ? "" : ", ") << DescribeParameter(p);
            first = false;
        }
        os << "]]";
        break;
    }
    case 6:
        os << name << "[chk=CHUNK[type=" << Hex(value.empty() ? 0 : value[0])
           << ", flgs=" << Hex(value.size() > 1 ? value[1] : 0) << ", len=" << U16(value, 2)
           << ", val=" << FormatBytes(Tail(value, 4)) << "]]";
        break;
    case 12:
    case 13:
        os << name << "[info=" << FormatBytes(value, 32) << "]";
        break;
    default:
        os << "CAUSE[code=" << Hex(code) << ", len=" << U16(tlv, 2)
           << ", info=" << FormatBytes(value) << "]";
        break;
    }
    return os.str();
}

} // namespace ns3
