/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The notification structures of FreeBSD's sctp_uio.h as RecvMsg hands them out, so that code
// written against the sockets API can read them byte for byte.

#include "sctp-notification.h"

#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"

namespace ns3
{

namespace
{

constexpr uint32_t SOCKADDR_STORAGE = 128; ///< sizeof (struct sockaddr_storage)
constexpr uint8_t FREEBSD_AF_INET = 2;     ///< AF_INET
constexpr uint8_t FREEBSD_AF_INET6 = 28;   ///< AF_INET6 on FreeBSD

/// Little-endian writer.
class Out
{
  public:
    void U8(uint8_t v)
    {
        b.push_back(v);
    }

    void U16(uint16_t v)
    {
        U8(v & 0xff);
        U8(v >> 8);
    }

    void U32(uint32_t v)
    {
        U16(v & 0xffff);
        U16(v >> 16);
    }

    void Bytes(const std::vector<uint8_t>& v)
    {
        b.insert(b.end(), v.begin(), v.end());
    }

    void Pad(std::size_t to)
    {
        b.resize(std::max(b.size(), to), 0);
    }

    /// Write sn_length (offset 4) once the structure is complete.
    void FixLength()
    {
        uint32_t n = b.size();
        for (int i = 0; i < 4; ++i)
        {
            b[4 + i] = (n >> (8 * i)) & 0xff;
        }
    }

    std::vector<uint8_t> b; //!< the bytes
};

/// Little-endian reader.
struct In
{
    const std::vector<uint8_t>& b; //!< the bytes
    std::size_t at{0};             //!< read position

    bool Has(std::size_t n) const
    {
        return at + n <= b.size();
    }

    uint16_t U16(std::size_t off) const
    {
        return b[off] | (b[off + 1] << 8);
    }

    uint32_t U32(std::size_t off) const
    {
        return U16(off) | (uint32_t(U16(off + 2)) << 16);
    }
};

/// sockaddr_in / sockaddr_in6 in a sockaddr_storage; the port in network byte order.
void
WriteAddress(Out& o, const Address& a, uint16_t port)
{
    std::size_t start = o.b.size();
    if (Ipv4Address::IsMatchingType(a))
    {
        uint8_t ip[4];
        Ipv4Address::ConvertFrom(a).Serialize(ip);
        o.U8(16);
        o.U8(FREEBSD_AF_INET);
        o.U8(static_cast<uint8_t>(port >> 8));
        o.U8(static_cast<uint8_t>(port));
        o.b.insert(o.b.end(), ip, ip + 4);
    }
    else if (Ipv6Address::IsMatchingType(a))
    {
        uint8_t ip[16];
        Ipv6Address::ConvertFrom(a).Serialize(ip);
        o.U8(28);
        o.U8(FREEBSD_AF_INET6);
        o.U8(static_cast<uint8_t>(port >> 8));
        o.U8(static_cast<uint8_t>(port));
        o.U32(0); // flow info
        o.b.insert(o.b.end(), ip, ip + 16);
    }
    o.Pad(start + SOCKADDR_STORAGE);
}

Address
ReadAddress(const std::vector<uint8_t>& b, std::size_t off)
{
    if (b[off + 1] == FREEBSD_AF_INET)
    {
        return Ipv4Address::Deserialize(&b[off + 4]);
    }
    if (b[off + 1] == FREEBSD_AF_INET6)
    {
        return Ipv6Address::Deserialize(&b[off + 8]);
    }
    return Address();
}

} // namespace

std::vector<uint8_t>
SctpNotification::Serialize() const
{
    Out o;
    o.U16(type);
    o.U16(flags);
    o.U32(0); // sn_length, fixed below
    switch (type)
    {
    case ASSOC_CHANGE: // struct sctp_assoc_change
        o.U16(static_cast<uint16_t>(state));
        o.U16(static_cast<uint16_t>(error));
        o.U16(outboundStreams);
        o.U16(inboundStreams);
        o.U32(assocId);
        o.Bytes(data);
        break;
    case PEER_ADDR_CHANGE: // struct sctp_paddr_change (8-byte aligned: 152 bytes)
        WriteAddress(o, address, port);
        o.U32(state);
        o.U32(error);
        o.U32(assocId);
        o.Pad(152);
        break;
    case REMOTE_ERROR: // struct sctp_remote_error
        o.U16(static_cast<uint16_t>(error));
        o.U16(0);
        o.U32(assocId);
        o.Bytes(data);
        break;
    case SHUTDOWN_EVENT:   // struct sctp_shutdown_event
    case SENDER_DRY_EVENT: // struct sctp_sender_dry_event
        o.U32(assocId);
        break;
    case ADAPTATION_INDICATION: // struct sctp_adaptation_event
        o.U32(indication);
        o.U32(assocId);
        break;
    case PARTIAL_DELIVERY_EVENT: // struct sctp_pdapi_event
        o.U32(indication);
        o.U16(streamId);
        o.U16(sequence);
        o.U32(assocId);
        break;
    case SEND_FAILED: // struct sctp_send_failed: a struct sctp_sndrcvinfo inside
        o.U32(error);
        o.U16(sndInfo.sid);
        o.U16(0); // sinfo_ssn
        o.U16(sndInfo.flags);
        o.U16(0); // padding
        o.U32(sndInfo.ppid);
        o.U32(sndInfo.context);
        o.U32(0);       // sinfo_timetolive
        o.U32(0);       // sinfo_tsn
        o.U32(0);       // sinfo_cumtsn
        o.U32(assocId); // sinfo_assoc_id
        o.U32(assocId);
        o.Bytes(data);
        break;
    case SEND_FAILED_EVENT: // struct sctp_send_failed_event
        o.U32(error);
        o.U16(sndInfo.sid);
        o.U16(sndInfo.flags);
        o.U32(sndInfo.ppid);
        o.U32(sndInfo.context);
        o.U32(sndInfo.assocId);
        o.U32(assocId);
        o.Bytes(data);
        break;
    case AUTHENTICATION_EVENT: // struct sctp_authkey_event
        o.U16(keyNumber);
        o.U16(altKeyNumber);
        o.U32(indication);
        o.U32(assocId);
        break;
    case ASSOC_RESET_EVENT: // struct sctp_assoc_reset_event
        o.U32(assocId);
        o.U32(localTsn);
        o.U32(remoteTsn);
        break;
    case STREAM_CHANGE_EVENT: // struct sctp_stream_change_event
        o.U32(assocId);
        o.U16(inboundStreams);
        o.U16(outboundStreams);
        break;
    case STREAM_RESET_EVENT: // struct sctp_stream_reset_event
        o.U32(assocId);
        for (uint16_t sid : streams)
        {
            o.U16(sid);
        }
        break;
    default: // header and association only
        o.U32(assocId);
        break;
    }
    o.FixLength();
    return o.b;
}

bool
SctpNotification::Deserialize(const std::vector<uint8_t>& bytes, SctpNotification& n)
{
    In in{bytes};
    if (!in.Has(8))
    {
        return false;
    }
    n = SctpNotification();
    n.type = in.U16(0);
    n.flags = in.U16(2);
    uint32_t length = in.U32(4);
    if (length > bytes.size() || length < 12)
    {
        return false;
    }
    auto tail = [&](std::size_t from) {
        return std::vector<uint8_t>(bytes.begin() + from, bytes.begin() + length);
    };
    switch (n.type)
    {
    case ASSOC_CHANGE:
        if (length < 20)
        {
            return false;
        }
        n.state = in.U16(8);
        n.error = in.U16(10);
        n.outboundStreams = in.U16(12);
        n.inboundStreams = in.U16(14);
        n.assocId = in.U32(16);
        n.data = tail(20);
        return true;
    case PEER_ADDR_CHANGE:
        if (length < 148)
        {
            return false;
        }
        n.address = ReadAddress(bytes, 8);
        n.port = static_cast<uint16_t>(bytes[10] << 8 | bytes[11]);
        n.state = in.U32(136);
        n.error = in.U32(140);
        n.assocId = in.U32(144);
        return true;
    case REMOTE_ERROR:
        if (length < 16)
        {
            return false;
        }
        n.error = in.U16(8);
        n.assocId = in.U32(12);
        n.data = tail(16);
        return true;
    case ADAPTATION_INDICATION:
        if (length < 16)
        {
            return false;
        }
        n.indication = in.U32(8);
        n.assocId = in.U32(12);
        return true;
    case PARTIAL_DELIVERY_EVENT:
        if (length < 20)
        {
            return false;
        }
        n.indication = in.U32(8);
        n.streamId = in.U16(12);
        n.sequence = in.U16(14);
        n.assocId = in.U32(16);
        return true;
    case SEND_FAILED:
        if (length < 48)
        {
            return false;
        }
        n.error = in.U32(8);
        n.sndInfo.sid = in.U16(12);
        n.sndInfo.flags = in.U16(16);
        n.sndInfo.ppid = in.U32(20);
        n.sndInfo.context = in.U32(24);
        n.sndInfo.assocId = in.U32(40);
        n.assocId = in.U32(44);
        n.data = tail(48);
        return true;
    case SEND_FAILED_EVENT:
        if (length < 32)
        {
            return false;
        }
        n.error = in.U32(8);
        n.sndInfo.sid = in.U16(12);
        n.sndInfo.flags = in.U16(14);
        n.sndInfo.ppid = in.U32(16);
        n.sndInfo.context = in.U32(20);
        n.sndInfo.assocId = in.U32(24);
        n.assocId = in.U32(28);
        n.data = tail(32);
        return true;
    case AUTHENTICATION_EVENT:
        if (length < 20)
        {
            return false;
        }
        n.keyNumber = in.U16(8);
        n.altKeyNumber = in.U16(10);
        n.indication = in.U32(12);
        n.assocId = in.U32(16);
        return true;
    case ASSOC_RESET_EVENT:
        if (length < 20)
        {
            return false;
        }
        n.assocId = in.U32(8);
        n.localTsn = in.U32(12);
        n.remoteTsn = in.U32(16);
        return true;
    case STREAM_CHANGE_EVENT:
        if (length < 16)
        {
            return false;
        }
        n.assocId = in.U32(8);
        n.inboundStreams = in.U16(12);
        n.outboundStreams = in.U16(14);
        return true;
    case STREAM_RESET_EVENT:
        n.assocId = in.U32(8);
        for (size_t off = 12; off + 1 < length; off += 2)
        {
            n.streams.push_back(in.U16(off));
        }
        return true;
    default:
        n.assocId = in.U32(8);
        return true;
    }
}

} // namespace ns3
