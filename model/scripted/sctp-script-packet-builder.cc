/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script-packet-builder.h"

#include "sctp-script-element.h"
#include "sctp-script-symbols.h"

#include "ns3/sctp-crc32c.h"

#include <algorithm>
#include <arpa/inet.h>

namespace ns3
{

namespace
{

/// Append one byte.
void
Put8(std::vector<uint8_t>& v, uint64_t x)
{
    v.push_back(static_cast<uint8_t>(x));
}

/// Append a 16-bit field in network order.
void
Put16(std::vector<uint8_t>& v, uint64_t x)
{
    v.push_back(static_cast<uint8_t>(x >> 8));
    v.push_back(static_cast<uint8_t>(x));
}

/// Append a 32-bit field in network order.
void
Put32(std::vector<uint8_t>& v, uint64_t x)
{
    for (int s = 24; s >= 0; s -= 8)
    {
        v.push_back(static_cast<uint8_t>(x >> s));
    }
}

/// Overwrite a 16-bit field in network order.
void
Set16(std::vector<uint8_t>& v, size_t offset, uint64_t x)
{
    v[offset] = static_cast<uint8_t>(x >> 8);
    v[offset + 1] = static_cast<uint8_t>(x);
}

/// Append zeros up to a multiple of 4 bytes.
void
Pad4(std::vector<uint8_t>& v)
{
    while (v.size() % 4)
    {
        v.push_back(0);
    }
}

/**
 * \brief Close a TLV or chunk that starts at start: apply an explicit length (truncating or
 * zero-filling the value to match it) and write the length field.
 * \param [in,out] v the bytes
 * \param [in] start where the TLV starts
 * \param [in] explicitLength the length the script gave, or -1
 * \return the length field's value
 */
size_t
Finish(std::vector<uint8_t>& v, size_t start, int64_t explicitLength)
{
    size_t natural = v.size() - start;
    size_t length = natural;
    if (explicitLength >= 0)
    {
        length = static_cast<size_t>(explicitLength);
        size_t keep = std::max<size_t>(length, 4);
        if (keep < natural)
        {
            v.resize(start + keep);
        }
        else
        {
            v.resize(start + keep, 0);
        }
    }
    Set16(v, start + 2, length);
    return length;
}

/**
 * \brief Close a generic TLV or chunk (CHUNK, PARAMETER, CAUSE): the length field is the one
 * given, the bytes are the ones given, even when they disagree.
 * \param [in,out] v the bytes
 * \param [in] start where the TLV starts
 * \param [in] explicitLength the length the script gave, or -1 for the real length
 * \return the length field's value
 */
size_t
FinishRaw(std::vector<uint8_t>& v, size_t start, int64_t explicitLength)
{
    size_t length = explicitLength >= 0 ? static_cast<size_t>(explicitLength) : v.size() - start;
    Set16(v, start + 2, length);
    return length;
}

/**
 * \param [in] e the element
 * \param [in] key the length field
 * \param [out] out the explicit length or -1
 * \param [out] error what is wrong
 * \return false on error
 */
bool
ExplicitLength(const SctpScriptElement& e, const char* key, int64_t& out, std::string& error)
{
    return e.Number(key, -1, out, error);
}

/**
 * \brief Evaluate an address field.
 * \param [in] value the field (an address, a string, or "...")
 * \param [in] v6 expect an IPv6 address
 * \param [out] out the address bytes
 * \param [out] error what is wrong
 * \return false on error
 */
bool
AddressBytes(const SctpScriptValue* value, bool v6, std::vector<uint8_t>& out, std::string& error)
{
    out.assign(v6 ? 16 : 4, 0);
    if (value == nullptr || value->IsEllipsis())
    {
        return true;
    }
    std::string text = value->text;
    if (value->kind == SctpScriptValue::CALL && value->text == "inet_addr" &&
        value->items.size() == 1)
    {
        text = value->items[0].value.text;
    }
    if (inet_pton(v6 ? AF_INET6 : AF_INET, text.c_str(), out.data()) != 1)
    {
        error = std::string("not an IPv") + (v6 ? "6" : "4") + " address: " + text;
        return false;
    }
    return true;
}

} // namespace

SctpScriptPacketBuilder::SctpScriptPacketBuilder(SctpScriptMapping& mapping)
    : m_mapping(mapping)
{
}

bool
SctpScriptPacketBuilder::Build(const SctpScriptPacket& spec,
                               uint16_t sourcePort,
                               uint16_t destinationPort,
                               std::vector<uint8_t>& bytes,
                               std::string& error)
{
    m_reflect = false;
    m_hasInit = false;
    bytes.clear();
    Put16(bytes, sourcePort);
    Put16(bytes, destinationPort);
    Put32(bytes, 0);
    Put32(bytes, 0);
    if (spec.raw)
    {
        std::vector<uint8_t> raw;
        bool prefix = false;
        if (!SctpScriptElement::Bytes(spec.chunks.front(), raw, prefix, error))
        {
            return false;
        }
        bytes.insert(bytes.end(), raw.begin(), raw.end());
    }
    else
    {
        for (const SctpScriptValue& chunk : spec.chunks)
        {
            size_t unpadded = 0;
            if (!BuildChunk(chunk, bytes, unpadded, error))
            {
                return false;
            }
        }
    }
    uint32_t vtag;
    if (spec.explicitTag)
    {
        // The script's number for its own tag (T bit) is used as written; for the stack's tag
        // it is mapped (packetdrill's rule).
        vtag = m_reflect ? spec.tag : m_mapping.TagToLive(spec.tag);
    }
    else if (m_hasInit)
    {
        vtag = 0;
    }
    else
    {
        vtag = m_reflect ? m_mapping.PeerTag() : m_mapping.LiveTag();
    }
    bytes[4] = static_cast<uint8_t>(vtag >> 24);
    bytes[5] = static_cast<uint8_t>(vtag >> 16);
    bytes[6] = static_cast<uint8_t>(vtag >> 8);
    bytes[7] = static_cast<uint8_t>(vtag);
    if (!spec.zeroChecksum)
    {
        SctpCrc32c::Store(bytes.data(), bytes.size());
        if (spec.badCrc)
        {
            bytes[8] ^= 0x01;
        }
    }
    return true;
}

bool
SctpScriptPacketBuilder::BuildList(const std::vector<const SctpScriptValue*>& items,
                                   bool causes,
                                   std::vector<uint8_t>& out,
                                   std::string& error)
{
    bool first = true;
    for (const SctpScriptValue* item : items)
    {
        if (item->IsEllipsis())
        {
            continue;
        }
        if (item->kind != SctpScriptValue::ELEMENT)
        {
            error = "expected a " + std::string(causes ? "cause" : "parameter") + ", got " +
                    item->ToString();
            return false;
        }
        if (!first)
        {
            Pad4(out);
        }
        first = false;
        std::vector<uint8_t> tlv;
        if (!(causes ? BuildCause(*item, tlv, error) : BuildParameter(*item, tlv, error)))
        {
            return false;
        }
        out.insert(out.end(), tlv.begin(), tlv.end());
    }
    return true;
}

bool
SctpScriptPacketBuilder::BuildChunk(const SctpScriptValue& chunk,
                                    std::vector<uint8_t>& out,
                                    size_t& unpadded,
                                    std::string& error)
{
    SctpScriptElement e(chunk);
    const std::string& name = e.GetName();
    if (chunk.kind != SctpScriptValue::ELEMENT)
    {
        error = "expected a chunk, got " + chunk.ToString();
        return false;
    }
    size_t start = out.size();
    int64_t length = -1;
    int64_t v = 0;
    int64_t w = 0;
    int64_t x = 0;
    if (name == "CHUNK")
    {
        int64_t type;
        if (!e.CheckKeys({"type", "flgs", "len", "val"}, false, error) ||
            !e.Number("type", 0, type, error) || !e.Number("flgs", 0, v, error) ||
            !ExplicitLength(e, "len", length, error))
        {
            return false;
        }
        std::vector<uint8_t> value;
        bool prefix;
        if (!e.IsWild("val") && !SctpScriptElement::Bytes(*e.Get("val"), value, prefix, error))
        {
            return false;
        }
        Put8(out, type);
        Put8(out, v);
        Put16(out, 0);
        out.insert(out.end(), value.begin(), value.end());
        FinishRaw(out, start, length);
        unpadded = out.size() - start;
        Pad4(out);
        return true;
    }
    int type = SctpScriptSymbols::ChunkType(name);
    if (type < 0)
    {
        error = "unknown chunk " + name;
        return false;
    }
    uint8_t flags = 0;
    if (!e.IsWild("flgs") &&
        !SctpScriptElement::Flags(*e.Get("flgs"), static_cast<uint8_t>(type), flags, error))
    {
        error = name + ".flgs: " + error;
        return false;
    }
    Put8(out, type);
    Put8(out, flags);
    Put16(out, 0);
    switch (type)
    {
    case 0: // DATA
        if (!e.CheckKeys({"flgs", "len", "tsn", "sid", "ssn", "ppid"}, false, error) ||
            !ExplicitLength(e, "len", length, error) || !e.Number("tsn", 0, v, error))
        {
            return false;
        }
        Put32(out, v);
        if (!e.Number("sid", 0, v, error) || !e.Number("ssn", 0, w, error) ||
            !e.Number("ppid", 0, x, error))
        {
            return false;
        }
        Put16(out, v);
        Put16(out, w);
        Put32(out, x);
        break;
    case 64: { // I_DATA
        int64_t mid;
        int64_t last;
        if (!e.CheckKeys({"flgs", "len", "tsn", "sid", "mid", "ppid", "fsn"}, false, error) ||
            !ExplicitLength(e, "len", length, error) || !e.Number("tsn", 0, v, error) ||
            !e.Number("sid", 0, w, error) || !e.Number("mid", 0, mid, error) ||
            !e.Number(e.Get("fsn") ? "fsn" : "ppid", 0, last, error))
        {
            return false;
        }
        Put32(out, v);
        Put16(out, w);
        Put16(out, 0);
        Put32(out, mid);
        Put32(out, last);
        break;
    }
    case 1:   // INIT
    case 2: { // INIT_ACK
        int64_t tag;
        int64_t arwnd;
        int64_t os;
        int64_t is;
        int64_t tsn;
        if (!e.CheckKeys({"flgs", "tag", "a_rwnd", "os", "is", "tsn"}, true, error) ||
            !e.Number("tag", 0, tag, error) || !e.Number("a_rwnd", 0, arwnd, error) ||
            !e.Number("os", 0, os, error) || !e.Number("is", 0, is, error) ||
            !e.Number("tsn", 0, tsn, error))
        {
            return false;
        }
        Put32(out, tag);
        Put32(out, arwnd);
        Put16(out, os);
        Put16(out, is);
        Put32(out, tsn);
        if (!BuildList(e.Positional(), false, out, error))
        {
            return false;
        }
        m_mapping.AddPeerTag(static_cast<uint32_t>(tag), type == 1);
        m_hasInit = m_hasInit || type == 1;
        break;
    }
    case 3:    // SACK
    case 16: { // NR_SACK
        bool nr = type == 16;
        if (!e.CheckKeys({"flgs", "cum_tsn", "a_rwnd", "gaps", "nr_gaps", "dups"}, false, error) ||
            !e.Number("cum_tsn", 0, v, error) || !e.Number("a_rwnd", 0, w, error))
        {
            return false;
        }
        if (!nr && e.Get("nr_gaps"))
        {
            error = "SACK has no field 'nr_gaps'";
            return false;
        }
        std::vector<std::pair<int64_t, int64_t>> lists[2];
        const char* keys[2] = {"gaps", "nr_gaps"};
        for (int k = 0; k < 2; ++k)
        {
            if (e.IsWild(keys[k]))
            {
                continue;
            }
            const SctpScriptValue* list = e.Get(keys[k]);
            if (list->kind != SctpScriptValue::LIST)
            {
                error = name + "." + keys[k] + ": expected a list of start:end";
                return false;
            }
            for (const auto& item : list->items)
            {
                if (item.value.IsEllipsis())
                {
                    continue;
                }
                if (item.value.kind != SctpScriptValue::RANGE)
                {
                    error =
                        name + "." + keys[k] + ": expected start:end, got " + item.value.ToString();
                    return false;
                }
                lists[k].emplace_back(item.value.items[0].value.number,
                                      item.value.items[1].value.number);
            }
        }
        std::vector<int64_t> dups;
        bool prefix;
        if (!e.IsWild("dups") && !SctpScriptElement::Numbers(*e.Get("dups"), dups, prefix, error))
        {
            return false;
        }
        Put32(out, m_mapping.TsnToLive(static_cast<uint32_t>(v)));
        Put32(out, w);
        Put16(out, lists[0].size());
        if (nr)
        {
            Put16(out, lists[1].size());
        }
        Put16(out, dups.size());
        if (nr)
        {
            Put16(out, 0);
        }
        for (int k = 0; k < (nr ? 2 : 1); ++k)
        {
            for (const auto& g : lists[k])
            {
                Put16(out, g.first);
                Put16(out, g.second);
            }
        }
        for (int64_t d : dups)
        {
            Put32(out, m_mapping.TsnToLive(static_cast<uint32_t>(d)));
        }
        break;
    }
    case 4:   // HEARTBEAT
    case 5: { // HEARTBEAT_ACK
        if (!e.CheckKeys({"flgs"}, true, error))
        {
            return false;
        }
        std::vector<const SctpScriptValue*> params = e.Positional();
        bool echo = false;
        if (type == 5 && params.size() == 1 && params[0]->kind == SctpScriptValue::ELEMENT &&
            params[0]->text == "HEARTBEAT_INFORMATION" && m_mapping.HasHeartbeat())
        {
            SctpScriptElement info(*params[0]);
            echo = info.IsWild("val");
        }
        if (echo)
        {
            // Echo what the stack sent in its last HEARTBEAT (RFC 9260 §8.3).
            const std::vector<uint8_t>& hb = m_mapping.GetHeartbeat();
            out.insert(out.end(), hb.begin(), hb.end());
        }
        else if (!BuildList(params, false, out, error))
        {
            return false;
        }
        break;
    }
    case 6: // ABORT
    case 9: // ERROR
        if (!e.CheckKeys({"flgs"}, true, error) || !BuildList(e.Positional(), true, out, error))
        {
            return false;
        }
        m_reflect = m_reflect || (type == 6 && (flags & 0x01));
        break;
    case 7: // SHUTDOWN
        if (!e.CheckKeys({"flgs", "cum_tsn"}, false, error) || !e.Number("cum_tsn", 0, v, error))
        {
            return false;
        }
        Put32(out, m_mapping.TsnToLive(static_cast<uint32_t>(v)));
        break;
    case 8:  // SHUTDOWN_ACK
    case 11: // COOKIE_ACK
        if (!e.CheckKeys({"flgs"}, false, error))
        {
            return false;
        }
        break;
    case 14: // SHUTDOWN_COMPLETE
        if (!e.CheckKeys({"flgs"}, false, error))
        {
            return false;
        }
        m_reflect = m_reflect || (flags & 0x01);
        break;
    case 10: { // COOKIE_ECHO
        if (!e.CheckKeys({"flgs", "len", "val"}, false, error))
        {
            return false;
        }
        if (e.IsWild("val"))
        {
            // Echo the stack's last State Cookie; a given length is ignored, as packetdrill
            // does.
            const std::vector<uint8_t>& cookie = m_mapping.GetCookie();
            out.insert(out.end(), cookie.begin(), cookie.end());
            m_mapping.AdoptPending();
        }
        else
        {
            std::vector<uint8_t> cookie;
            bool prefix;
            if (!SctpScriptElement::Bytes(*e.Get("val"), cookie, prefix, error) ||
                !ExplicitLength(e, "len", length, error))
            {
                return false;
            }
            out.insert(out.end(), cookie.begin(), cookie.end());
        }
        break;
    }
    case 12: // ECNE
    case 13: // CWR
        if (!e.CheckKeys({"flgs", "tsn"}, false, error) || !e.Number("tsn", 0, v, error))
        {
            return false;
        }
        // An ECNE reports the stack's TSNs; a CWR answers the stack's ECNE about the script's.
        Put32(out, type == 12 ? m_mapping.TsnToLive(static_cast<uint32_t>(v)) : v);
        break;
    case 132: // PAD
        if (!e.CheckKeys({"flgs", "len", "val"}, false, error) ||
            !ExplicitLength(e, "len", length, error))
        {
            return false;
        }
        break;
    case 130: // RECONFIG
        if (!e.CheckKeys({"flgs"}, true, error) || !BuildList(e.Positional(), false, out, error))
        {
            return false;
        }
        break;
    case 192:   // FORWARD_TSN
    case 194: { // I_FORWARD_TSN
        if (!e.CheckKeys({"flgs", "cum_tsn", "ids"}, false, error) ||
            !e.Number("cum_tsn", 0, v, error))
        {
            return false;
        }
        Put32(out, v);
        if (!e.IsWild("ids"))
        {
            const SctpScriptValue* ids = e.Get("ids");
            if (ids->kind != SctpScriptValue::LIST)
            {
                error = name + ".ids: expected a list of {...}";
                return false;
            }
            for (const auto& id : ids->items)
            {
                std::vector<int64_t> f;
                for (const auto& field : id.value.items)
                {
                    int64_t n;
                    if (!SctpScriptSymbols::Evaluate(field.value, n, error))
                    {
                        return false;
                    }
                    f.push_back(n);
                }
                size_t want = type == 192 ? 2 : 3;
                if (id.value.kind != SctpScriptValue::STRUCT || f.size() != want)
                {
                    error = name + ".ids: each entry is {" +
                            (type == 192 ? "sid, ssn" : "sid, flags, mid") + "}";
                    return false;
                }
                Put16(out, f[0]);
                if (type == 192)
                {
                    Put16(out, f[1]);
                }
                else
                {
                    Put16(out, f[1]);
                    Put32(out, f[2]);
                }
            }
        }
        break;
    }
    case 15: { // AUTH
        std::vector<uint8_t> hmac;
        bool prefix;
        if (!e.CheckKeys({"flgs", "key_id", "hmac_id", "hmac"}, false, error) ||
            !e.Number("key_id", 0, v, error) || !e.Number("hmac_id", 0, w, error) ||
            (!e.IsWild("hmac") && !SctpScriptElement::Bytes(*e.Get("hmac"), hmac, prefix, error)))
        {
            return false;
        }
        Put16(out, v);
        Put16(out, w);
        out.insert(out.end(), hmac.begin(), hmac.end());
        break;
    }
    case 193:   // ASCONF
    case 128: { // ASCONF_ACK
        if (!e.CheckKeys({"flgs", "sn", "addr"}, true, error) || !e.Number("sn", 0, v, error))
        {
            return false;
        }
        // An ASCONF-ACK acknowledges the stack's serial number, which starts at its initial TSN
        // (RFC 5061 §4.1.1); an ASCONF carries the script's own.
        Put32(out, type == 128 ? m_mapping.TsnToLive(static_cast<uint32_t>(v)) : v);
        std::vector<const SctpScriptValue*> params;
        if (type == 193)
        {
            if (e.IsWild("addr"))
            {
                error = "ASCONF needs addr=IPV4_ADDRESS[...] or IPV6_ADDRESS[...]";
                return false;
            }
            params.push_back(e.Get("addr"));
        }
        for (const SctpScriptValue* p : e.Positional())
        {
            params.push_back(p);
        }
        if (!BuildList(params, false, out, error))
        {
            return false;
        }
        break;
    }
    default:
        error = name + " cannot be written with fields; use CHUNK[type=" + name +
                ", flgs=..., len=..., val=[...]]";
        return false;
    }
    unpadded = Finish(out, start, length);
    Pad4(out);
    return true;
}

bool
SctpScriptPacketBuilder::BuildParameter(const SctpScriptValue& parameter,
                                        std::vector<uint8_t>& out,
                                        std::string& error)
{
    if (parameter.kind != SctpScriptValue::ELEMENT)
    {
        error = "expected a parameter, got " + parameter.ToString();
        return false;
    }
    SctpScriptElement e(parameter);
    const std::string& name = e.GetName();
    int64_t length = -1;
    int64_t v = 0;
    int64_t w = 0;
    bool prefix;
    out.clear();
    if (name == "PARAMETER")
    {
        int64_t type;
        std::vector<uint8_t> value;
        if (!e.CheckKeys({"type", "len", "val"}, false, error) ||
            !e.Number("type", 0, type, error) || !ExplicitLength(e, "len", length, error) ||
            (!e.IsWild("val") && !SctpScriptElement::Bytes(*e.Get("val"), value, prefix, error)))
        {
            return false;
        }
        Put16(out, type);
        Put16(out, 0);
        out.insert(out.end(), value.begin(), value.end());
        FinishRaw(out, 0, length);
        return true;
    }
    int type = SctpScriptSymbols::ParameterType(name);
    if (type < 0)
    {
        error = "unknown parameter " + name;
        return false;
    }
    Put16(out, type);
    Put16(out, 0);
    switch (type)
    {
    case 1:      // HEARTBEAT_INFORMATION
    case 7:      // STATE_COOKIE
    case 0x8002: // RANDOM
    case 0x8005: // PAD
    {
        std::vector<uint8_t> value;
        if (!e.CheckKeys({"len", "val"}, false, error) ||
            !ExplicitLength(e, "len", length, error) ||
            (!e.IsWild("val") && !SctpScriptElement::Bytes(*e.Get("val"), value, prefix, error)))
        {
            return false;
        }
        out.insert(out.end(), value.begin(), value.end());
        break;
    }
    case 5: // IPV4_ADDRESS
    case 6: // IPV6_ADDRESS
    {
        std::vector<uint8_t> a;
        if (!e.CheckKeys({"addr"}, false, error) ||
            !AddressBytes(e.Get("addr"), type == 6, a, error))
        {
            return false;
        }
        out.insert(out.end(), a.begin(), a.end());
        break;
    }
    case 8: // UNRECOGNIZED_PARAMETER
    {
        if (!e.CheckKeys({"params"}, false, error))
        {
            return false;
        }
        if (!e.IsWild("params"))
        {
            std::vector<const SctpScriptValue*> items;
            for (const auto& item : e.Get("params")->items)
            {
                items.push_back(&item.value);
            }
            if (!BuildList(items, false, out, error))
            {
                return false;
            }
        }
        break;
    }
    case 9: // COOKIE_PRESERVATIVE
        if (!e.CheckKeys({"incr"}, false, error) || !e.Number("incr", 0, v, error))
        {
            return false;
        }
        Put32(out, v);
        break;
    case 11: // HOSTNAME_ADDRESS
    {
        if (!e.CheckKeys({"addr"}, false, error))
        {
            return false;
        }
        if (!e.IsWild("addr"))
        {
            const std::string& host = e.Get("addr")->text;
            out.insert(out.end(), host.begin(), host.end());
            out.push_back(0); // the name is NUL-terminated (RFC 9260 §3.3.2.1)
        }
        break;
    }
    case 12:     // SUPPORTED_ADDRESS_TYPES
    case 0x8003: // CHUNK_LIST
    case 0x8004: // REQUESTED_HMAC_ALGORITHM
    case 0x8008: // SUPPORTED_EXTENSIONS
    {
        const char* key = type == 0x8004 ? "ids" : "types";
        std::vector<int64_t> list;
        if (!e.CheckKeys({key}, false, error) ||
            (!e.IsWild(key) && !SctpScriptElement::Numbers(*e.Get(key), list, prefix, error)))
        {
            return false;
        }
        for (int64_t n : list)
        {
            if (type == 12 || type == 0x8004)
            {
                Put16(out, n);
            }
            else
            {
                Put8(out, n);
            }
        }
        break;
    }
    case 0x8000: // ECN_CAPABLE
    case 0xC000: // FORWARD_TSN_SUPPORTED
    case 0xC007: // NAT_SUPPORT
        if (!e.CheckKeys({}, false, error))
        {
            return false;
        }
        break;
    case 0x8001: // ZERO_CHECKSUM_ACCEPTABLE
        if (!e.CheckKeys({"edmid"}, false, error) || !e.Number("edmid", 0, v, error))
        {
            return false;
        }
        Put32(out, v);
        break;
    case 0xC006: // ADAPTATION_INDICATION
        if (!e.CheckKeys({"adaptation_code_point"}, false, error) ||
            !e.Number("adaptation_code_point", 0, v, error))
        {
            return false;
        }
        Put32(out, v);
        break;
    case 13: // OUTGOING_SSN_RESET
    case 14: // INCOMING_SSN_RESET
    case 15: // SSN_TSN_RESET
    {
        int64_t resp = 0;
        int64_t last = 0;
        if (!e.CheckKeys({"req_sn", "resp_sn", "last_tsn", "sids"}, false, error) ||
            !e.Number("req_sn", 0, v, error) || !e.Number("resp_sn", 0, resp, error) ||
            !e.Number("last_tsn", 0, last, error))
        {
            return false;
        }
        Put32(out, v);
        if (type == 13)
        {
            // The response sequence number answers the stack's requests (its TSN space).
            Put32(out, m_mapping.TsnToLive(static_cast<uint32_t>(resp)));
            Put32(out, last);
        }
        std::vector<int64_t> sids;
        if (type != 15 && !e.IsWild("sids") &&
            !SctpScriptElement::Numbers(*e.Get("sids"), sids, prefix, error))
        {
            return false;
        }
        for (int64_t s : sids)
        {
            Put16(out, s);
        }
        break;
    }
    case 16: // RECONFIG_RESPONSE
    {
        if (!e.CheckKeys({"resp_sn", "result", "sender_next_tsn", "receiver_next_tsn"},
                         false,
                         error) ||
            !e.Number("resp_sn", 0, v, error) || !e.Number("result", 0, w, error))
        {
            return false;
        }
        Put32(out, m_mapping.TsnToLive(static_cast<uint32_t>(v)));
        Put32(out, w);
        if (e.Get("sender_next_tsn") || e.Get("receiver_next_tsn"))
        {
            int64_t s;
            int64_t r;
            if (!e.Number("sender_next_tsn", 0, s, error) ||
                !e.Number("receiver_next_tsn", 0, r, error))
            {
                return false;
            }
            Put32(out, s);
            Put32(out, m_mapping.TsnToLive(static_cast<uint32_t>(r)));
        }
        break;
    }
    case 17: // ADD_OUTGOING_STREAMS
    case 18: // ADD_INCOMING_STREAMS
        if (!e.CheckKeys({"req_sn", "number_of_new_streams"}, false, error) ||
            !e.Number("req_sn", 0, v, error) || !e.Number("number_of_new_streams", 0, w, error))
        {
            return false;
        }
        Put32(out, v);
        Put16(out, w);
        Put16(out, 0);
        break;
    case 0xC001: // ADD_IP_ADDRESS
    case 0xC002: // DELETE_IP_ADDRESS
    case 0xC004: // SET_PRIMARY_ADDRESS
    {
        std::vector<uint8_t> address;
        if (!e.CheckKeys({"corr_id", "addr"}, false, error) || !e.Number("corr_id", 0, v, error))
        {
            return false;
        }
        Put32(out, v);
        if (!e.IsWild("addr") && !BuildParameter(*e.Get("addr"), address, error))
        {
            return false;
        }
        out.insert(out.end(), address.begin(), address.end());
        break;
    }
    case 0xC003: // ERROR_CAUSE_INDICATION
        if (!e.CheckKeys({"corr_id"}, true, error) || !e.Number("corr_id", 0, v, error))
        {
            return false;
        }
        Put32(out, v);
        if (!BuildList(e.Positional(), true, out, error))
        {
            return false;
        }
        break;
    case 0xC005: // SUCCESS_INDICATION
        if (!e.CheckKeys({"corr_id"}, false, error) || !e.Number("corr_id", 0, v, error))
        {
            return false;
        }
        Put32(out, v);
        break;
    default:
        error =
            name + " cannot be written with fields; use PARAMETER[type=..., len=..., val=[...]]";
        return false;
    }
    Finish(out, 0, length);
    return true;
}

bool
SctpScriptPacketBuilder::BuildCause(const SctpScriptValue& cause,
                                    std::vector<uint8_t>& out,
                                    std::string& error)
{
    if (cause.kind != SctpScriptValue::ELEMENT)
    {
        error = "expected an error cause, got " + cause.ToString();
        return false;
    }
    SctpScriptElement e(cause);
    const std::string& name = e.GetName();
    int64_t length = -1;
    int64_t v = 0;
    bool prefix;
    out.clear();
    if (name == "CAUSE")
    {
        int64_t code;
        std::vector<uint8_t> info;
        if (!e.CheckKeys({"code", "len", "info"}, false, error) ||
            !e.Number("code", 0, code, error) || !ExplicitLength(e, "len", length, error) ||
            (!e.IsWild("info") && !SctpScriptElement::Bytes(*e.Get("info"), info, prefix, error)))
        {
            return false;
        }
        Put16(out, code);
        Put16(out, 0);
        out.insert(out.end(), info.begin(), info.end());
        FinishRaw(out, 0, length);
        return true;
    }
    int code = SctpScriptSymbols::CauseCode(name);
    if (code < 0)
    {
        error = "unknown error cause " + name;
        return false;
    }
    Put16(out, code);
    Put16(out, 0);
    switch (code)
    {
    case 1: // INVALID_STREAM_IDENTIFIER
        if (!e.CheckKeys({"sid"}, false, error) || !e.Number("sid", 0, v, error))
        {
            return false;
        }
        Put16(out, v);
        Put16(out, 0);
        break;
    case 2: // MISSING_MANDATORY_PARAMETER
    {
        std::vector<int64_t> types;
        if (!e.CheckKeys({"types"}, false, error) ||
            (!e.IsWild("types") &&
             !SctpScriptElement::Numbers(*e.Get("types"), types, prefix, error)))
        {
            return false;
        }
        Put32(out, types.size());
        for (int64_t t : types)
        {
            Put16(out, t);
        }
        break;
    }
    case 3: // STALE_COOKIE_ERROR
        if (!e.CheckKeys({"staleness"}, false, error) || !e.Number("staleness", 0, v, error))
        {
            return false;
        }
        Put32(out, v);
        break;
    case 9: // NO_USER_DATA: the TSN of the stack's empty DATA chunk
        if (!e.CheckKeys({"tsn"}, false, error) || !e.Number("tsn", 0, v, error))
        {
            return false;
        }
        Put32(out, m_mapping.TsnToLive(static_cast<uint32_t>(v)));
        break;
    case 5:    // UNRESOLVABLE_ADDRESS
    case 8:    // UNRECOGNIZED_PARAMETERS
    case 11:   // RESTART_WITH_NEW_ADDRESSES
    case 0xA0: // DELETE_LAST_REMAINING_IP_ADDRESS
    case 0xA1: // RESOURCE_SHORTAGE
    case 0xA2: // DELETE_SOURCE_IP_ADDRESS
    case 0xA4: // REQUEST_REFUSED_NO_AUTHORIZATION
    {
        bool single = code != 8 && code != 11;
        const char* key = single ? "param" : "params";
        if (!e.CheckKeys({key}, false, error))
        {
            return false;
        }
        if (!e.IsWild(key))
        {
            std::vector<const SctpScriptValue*> items;
            if (single)
            {
                items.push_back(e.Get(key));
            }
            else
            {
                for (const auto& item : e.Get(key)->items)
                {
                    items.push_back(&item.value);
                }
            }
            if (!BuildList(items, false, out, error))
            {
                return false;
            }
        }
        break;
    }
    case 6: // UNRECOGNIZED_CHUNK_TYPE
    {
        if (!e.CheckKeys({"chk"}, false, error))
        {
            return false;
        }
        if (!e.IsWild("chk"))
        {
            std::vector<uint8_t> chunk;
            size_t unpadded = 0;
            if (!BuildChunk(*e.Get("chk"), chunk, unpadded, error))
            {
                return false;
            }
            chunk.resize(std::max<size_t>(unpadded, 4));
            out.insert(out.end(), chunk.begin(), chunk.end());
        }
        break;
    }
    case 12: // USER_INITIATED_ABORT
    case 13: // PROTOCOL_VIOLATION
    {
        std::vector<uint8_t> info;
        if (!e.CheckKeys({"info"}, false, error) ||
            (!e.IsWild("info") && !SctpScriptElement::Bytes(*e.Get("info"), info, prefix, error)))
        {
            return false;
        }
        out.insert(out.end(), info.begin(), info.end());
        break;
    }
    case 0x105: // UNSUPPORTED_HMAC_IDENTIFIER
        if (!e.CheckKeys({"hmac_id"}, false, error) || !e.Number("hmac_id", 0, v, error))
        {
            return false;
        }
        Put16(out, v);
        break;
    default: // causes without a value
        if (!e.CheckKeys({}, false, error))
        {
            return false;
        }
        break;
    }
    Finish(out, 0, length);
    return true;
}

} // namespace ns3
