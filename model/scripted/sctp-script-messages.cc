/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The message calls of SctpScriptSyscalls: write, send, sendto, sendmsg, sctp_sendmsg,
// sctp_send, sctp_sendv, read, recv, recvfrom, recvmsg, sctp_recvmsg and sctp_recvv, on the
// message interface of SctpSocket (SendMsg, RecvMsg).

#include "sctp-script-struct.h"
#include "sctp-script-symbols.h"
#include "sctp-script-syscalls.h"

#include "ns3/inet-socket-address.h"
#include "ns3/packet.h"
#include "ns3/sctp-association.h"
#include "ns3/sctp-socket.h"

namespace ns3
{

namespace
{

/**
 * \brief The total length of an iovec array [{iov_base=..., iov_len=N}, {..., N}].
 * \param [in] v the array
 * \param [out] out the sum
 * \param [out] error what is wrong
 * \return false if it is not an iovec array
 */
bool
IovLength(const SctpScriptValue& v, int64_t& out, std::string& error)
{
    out = 0;
    if (v.kind != SctpScriptValue::LIST)
    {
        error = "expected an iovec array [{iov_base=..., iov_len=N}], got " + v.ToString();
        return false;
    }
    for (const auto& item : v.items)
    {
        const SctpScriptValue& iov = item.value;
        const SctpScriptValue* len = iov.Find("iov_len");
        if (len == nullptr && iov.kind == SctpScriptValue::STRUCT && iov.items.size() == 2)
        {
            len = &iov.items[1].value;
        }
        int64_t n;
        if (len == nullptr || !SctpScriptSymbols::Evaluate(*len, n, error) || n < 0)
        {
            error = "iovec without a length: " + iov.ToString();
            return false;
        }
        out += n;
    }
    return true;
}

/**
 * \param [in] info a received message's info
 * \return struct sctp_rcvinfo
 */
SctpScriptValue
RcvInfoStruct(const SctpRcvInfo& info)
{
    SctpScriptStruct::Builder b;
    b.Add("rcv_sid", info.sid)
        .Add("rcv_ssn", info.ssn)
        .Add("rcv_flags", info.flags)
        .Add("rcv_ppid", info.ppid)
        .Add("rcv_tsn", info.tsn)
        .Add("rcv_cumtsn", info.cumtsn)
        .Add("rcv_context", info.context)
        .Add("rcv_assoc_id", info.assocId);
    return b.Get();
}

/**
 * \param [in] n an older-style SEND_FAILED notification
 * \return its ssf_info (struct sctp_sndrcvinfo of the failed message)
 */
SctpScriptValue
SndRcvInfoStructOfFailed(const SctpNotification& n)
{
    SctpScriptStruct::Builder b;
    b.Add("sinfo_stream", n.sndInfo.sid)
        .Add("sinfo_flags", n.sndInfo.flags)
        .Add("sinfo_ppid", n.sndInfo.ppid)
        .Add("sinfo_context", n.sndInfo.context)
        .Add("sinfo_assoc_id", n.assocId);
    return b.Get();
}

/**
 * \param [in] info a received message's info
 * \return struct sctp_sndrcvinfo as sctp_recvmsg fills it
 */
SctpScriptValue
SndRcvInfoStruct(const SctpRcvInfo& info)
{
    SctpScriptStruct::Builder b;
    b.Add("sinfo_stream", info.sid)
        .Add("sinfo_ssn", info.ssn)
        .Add("sinfo_flags", info.flags)
        .Add("sinfo_ppid", info.ppid)
        .Add("sinfo_context", info.context)
        .Add("sinfo_timetolive", 0)
        .Add("sinfo_tsn", info.tsn)
        .Add("sinfo_cumtsn", info.cumtsn)
        .Add("sinfo_assoc_id", info.assocId);
    return b.Get();
}

/**
 * \brief Apply struct sctp_prinfo (only the TTL policy has a counterpart in SctpSndInfo).
 * \param [in] s {pr_policy, pr_value}
 * \param [in,out] info the info
 * \param [out] error what is wrong, or "unsupported: ..."
 * \return false on error
 */
bool
ParsePrInfo(const SctpScriptValue& s, SctpSndInfo& info, std::string& error)
{
    if (!SctpScriptStruct::CheckFields(s,
                                       {"pr_policy", "pr_value", "pr_assoc_id"},
                                       "sctp_prinfo",
                                       error))
    {
        return false;
    }
    int64_t policy = 0;
    int64_t value = 0;
    bool present;
    if (!SctpScriptStruct::Field(s, "pr_policy", policy, present, error) ||
        !SctpScriptStruct::Field(s, "pr_value", value, present, error))
    {
        return false;
    }
    if (policy == 1)
    {
        info.timetolive = static_cast<uint32_t>(value);
    }
    else if (policy != 0)
    {
        error = "unsupported: PR-SCTP policy " + std::to_string(policy) +
                " (SctpSndInfo carries only the time to live)";
        return false;
    }
    return true;
}

} // namespace

bool
SctpScriptSyscalls::ParseSndInfo(const SctpScriptValue& s, SctpSndInfo& info, std::string& error)
{
    if (!SctpScriptStruct::CheckFields(
            s,
            {"snd_sid", "snd_flags", "snd_ppid", "snd_context", "snd_assoc_id"},
            "sctp_sndinfo",
            error))
    {
        return false;
    }
    int64_t v;
    bool present;
    if (!SctpScriptStruct::Field(s, "snd_sid", v, present, error))
    {
        return false;
    }
    info.sid = present ? static_cast<uint16_t>(v) : info.sid;
    if (!SctpScriptStruct::Field(s, "snd_flags", v, present, error))
    {
        return false;
    }
    info.flags = present ? static_cast<uint16_t>(v) : info.flags;
    if (!SctpScriptStruct::Field(s, "snd_ppid", v, present, error))
    {
        return false;
    }
    info.ppid = present ? static_cast<uint32_t>(v) : info.ppid;
    if (!SctpScriptStruct::Field(s, "snd_context", v, present, error))
    {
        return false;
    }
    info.context = present ? static_cast<uint32_t>(v) : info.context;
    return true;
}

bool
SctpScriptSyscalls::ParseSndRcvInfo(const SctpScriptValue& s, SctpSndInfo& info, std::string& error)
{
    if (!SctpScriptStruct::CheckFields(s,
                                       {"sinfo_stream",
                                        "sinfo_ssn",
                                        "sinfo_flags",
                                        "sinfo_ppid",
                                        "sinfo_context",
                                        "sinfo_timetolive",
                                        "sinfo_tsn",
                                        "sinfo_cumtsn",
                                        "sinfo_assoc_id",
                                        "sinfo_pr_value",
                                        "sinfo_keynumber",
                                        "sinfo_keynumber_valid"},
                                       "sctp_sndrcvinfo",
                                       error))
    {
        return false;
    }
    int64_t v;
    bool present;
    const char* keys[] = {"sinfo_stream",
                          "sinfo_flags",
                          "sinfo_ppid",
                          "sinfo_context",
                          "sinfo_timetolive"};
    for (const char* k : keys)
    {
        if (!SctpScriptStruct::Field(s, k, v, present, error))
        {
            return false;
        }
        if (!present)
        {
            continue;
        }
        std::string key = k;
        if (key == "sinfo_stream")
        {
            info.sid = static_cast<uint16_t>(v);
        }
        else if (key == "sinfo_flags")
        {
            info.flags = static_cast<uint16_t>(v);
        }
        else if (key == "sinfo_ppid")
        {
            info.ppid = static_cast<uint32_t>(v);
        }
        else if (key == "sinfo_context")
        {
            info.context = static_cast<uint32_t>(v);
        }
        else
        {
            info.timetolive = static_cast<uint32_t>(v);
        }
    }
    return true;
}

namespace
{

/**
 * \param [in] iovec an iovec array argument
 * \return the first iovec's iov_base, or nullptr
 */
const SctpScriptValue*
FirstBuffer(const SctpScriptValue& iovec)
{
    if (iovec.kind != SctpScriptValue::LIST || iovec.items.empty())
    {
        return nullptr;
    }
    const SctpScriptValue& first = iovec.items[0].value;
    const SctpScriptValue* base = first.Find("iov_base");
    if (base == nullptr && first.kind == SctpScriptValue::STRUCT && !first.items.empty() &&
        first.items[0].key.empty())
    {
        base = &first.items[0].value;
    }
    return base;
}

} // namespace

SctpScriptValue
SctpScriptSyscalls::NotificationStruct(const SctpNotification& n, size_t& length) const
{
    SctpScriptStruct::Builder b;
    SctpScriptValue bytes;
    bytes.kind = SctpScriptValue::LIST;
    for (uint8_t x : n.data)
    {
        bytes.items.push_back({"", "", SctpScriptStruct::Number(x)});
    }
    switch (n.type)
    {
    case SctpNotification::ASSOC_CHANGE:
        length = 20 + n.data.size();
        b.Add("sac_type", n.type)
            .Add("sac_flags", n.flags)
            .Add("sac_length", length)
            .Add("sac_state", n.state)
            .Add("sac_error", n.error)
            .Add("sac_outbound_streams", n.outboundStreams)
            .Add("sac_inbound_streams", n.inboundStreams)
            .Add("sac_assoc_id", n.assocId)
            .Add("sac_info", bytes);
        break;
    case SctpNotification::PEER_ADDR_CHANGE:
        length = 152;
        b.Add("spc_type", n.type)
            .Add("spc_flags", n.flags)
            .Add("spc_length", length)
            .Add("spc_aaddr", SctpScriptStruct::Sockaddr(PeerSocketAddress(n.address)))
            .Add("spc_state", n.state)
            .Add("spc_error", n.error)
            .Add("spc_assoc_id", n.assocId);
        break;
    case SctpNotification::REMOTE_ERROR:
        length = 16 + n.data.size();
        b.Add("sre_type", n.type)
            .Add("sre_flags", n.flags)
            .Add("sre_length", length)
            .Add("sre_error", n.error)
            .Add("sre_assoc_id", n.assocId)
            .Add("sre_data", bytes);
        break;
    case SctpNotification::SHUTDOWN_EVENT:
        length = 12;
        b.Add("sse_type", n.type)
            .Add("sse_flags", n.flags)
            .Add("sse_length", length)
            .Add("sse_assoc_id", n.assocId);
        break;
    case SctpNotification::SENDER_DRY_EVENT:
        length = 12;
        b.Add("sender_dry_type", n.type)
            .Add("sender_dry_flags", n.flags)
            .Add("sender_dry_length", length)
            .Add("sender_dry_assoc_id", n.assocId);
        break;
    case SctpNotification::SEND_FAILED_EVENT: {
        length = 32 + n.data.size();
        SctpScriptStruct::Builder info;
        info.Add("snd_sid", n.sndInfo.sid)
            .Add("snd_flags", n.sndInfo.flags)
            .Add("snd_ppid", n.sndInfo.ppid)
            .Add("snd_context", n.sndInfo.context)
            .Add("snd_assoc_id", n.sndInfo.assocId);
        b.Add("ssfe_type", n.type)
            .Add("ssfe_flags", n.flags)
            .Add("ssfe_length", length)
            .Add("ssfe_error", n.error)
            .Add("ssfe_info", info.Get())
            .Add("ssfe_assoc_id", n.assocId)
            .Add("ssfe_data", bytes);
        break;
    }
    case SctpNotification::SEND_FAILED: {
        length = 48 + n.data.size();
        b.Add("ssf_type", n.type)
            .Add("ssf_flags", n.flags)
            .Add("ssf_length", length)
            .Add("ssf_error", n.error)
            .Add("ssf_info", SndRcvInfoStructOfFailed(n))
            .Add("ssf_assoc_id", n.assocId)
            .Add("ssf_data", bytes);
        break;
    }
    default:
        // struct sctp_tlv: the header every notification starts with.
        length = 8 + n.data.size();
        b.Add("sn_type", n.type).Add("sn_flags", n.flags).Add("sn_length", length);
        break;
    }
    return b.Get();
}

bool
SctpScriptSyscalls::CheckBuffer(const SctpScriptValue* expected,
                                const ReadResult& r,
                                const std::string& path,
                                std::string& error)
{
    bool wantsNotification = expected && expected->kind == SctpScriptValue::STRUCT;
    if (r.notification && wantsNotification)
    {
        return SctpScriptStruct::Compare(*expected, r.notice, path, error);
    }
    if (wantsNotification)
    {
        error = path + ": expected the notification " + expected->ToString() + ", got " +
                std::to_string(r.data.size()) + " bytes of data";
        return false;
    }
    if (r.notification && expected && !expected->IsEllipsis())
    {
        error = path + ": expected data, got the notification " + r.notice.ToString();
        return false;
    }
    return true;
}

int64_t
SctpScriptSyscalls::ReceiveFlags(const ReadResult& r)
{
    return (r.notification ? MSG_NOTIFICATION_FLAG : 0) | (r.eor ? MSG_EOR_FLAG : 0);
}

bool
SctpScriptSyscalls::ReadPiece(SocketState& s, size_t max, ReadResult& r)
{
    if (s.rest.empty())
    {
        // Notifications first: SctpSocket queues them apart from the data, so their order
        // relative to the data is not known; they usually tell of what came before it.
        SctpNotification n;
        if (s.socket->RecvNotification(n) > 0)
        {
            size_t length = 0;
            r.notification = true;
            r.notice = NotificationStruct(n, length);
            r.data.assign(std::min(max, length), 0);
            r.eor = length <= max;
            return true;
        }
        std::vector<uint8_t> data;
        SctpRcvInfo info;
        bool eor = false;
        if (s.socket->GetRxAvailable() == 0 || s.socket->RecvMsg(data, info, eor) <= 0)
        {
            return false;
        }
        s.rest = std::move(data);
        s.restInfo = info;
        s.restEor = eor;
    }
    size_t n = std::min(max, s.rest.size());
    r.data.assign(s.rest.begin(), s.rest.begin() + n);
    r.info = s.restInfo;
    s.rest.erase(s.rest.begin(), s.rest.begin() + n);
    r.eor = s.rest.empty() && s.restEor;
    return true;
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::NothingToRead(SocketState& s, bool nonBlocking)
{
    if (s.pendingError)
    {
        int err = s.pendingError;
        s.pendingError = 0;
        return Error(err);
    }
    if (s.oneToMany)
    {
        // Associations come and go; the socket itself waits for the next message.
        if (nonBlocking)
        {
            return Error(E_AGAIN);
        }
        Outcome o;
        o.status = Outcome::WOULD_BLOCK;
        return o;
    }
    Ptr<SctpAssociation> assoc = AssociationOf(s.socket);
    SctpAssociation::State state = assoc ? assoc->GetState() : SctpAssociation::CLOSED;
    bool peerDone =
        state == SctpAssociation::SHUTDOWN_RECEIVED || state == SctpAssociation::SHUTDOWN_ACK_SENT;
    if (s.closed || peerDone || (s.connected && state == SctpAssociation::CLOSED))
    {
        return Done(0); // end of stream
    }
    if (!s.connected && !s.connectStarted)
    {
        return Error(E_NOTCONN);
    }
    if (nonBlocking)
    {
        return Error(E_AGAIN);
    }
    Outcome o;
    o.status = Outcome::WOULD_BLOCK;
    return o;
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::SendMessage(SocketState& s,
                                uint32_t length,
                                const SctpSndInfo& info,
                                bool useDefault,
                                bool nonBlocking,
                                const Address* to)
{
    if (s.pendingError && s.closed)
    {
        int err = s.pendingError;
        s.pendingError = 0;
        return Error(err);
    }
    if (s.closed && s.connected)
    {
        return Error(E_PIPE);
    }
    if (!(info.flags & SctpMsgFlags::ABORT) && length > 0 && s.socket->GetTxAvailable() < length &&
        length <= s.socket->GetSndBuf())
    {
        if (nonBlocking)
        {
            return Error(E_AGAIN);
        }
        Outcome o;
        o.status = Outcome::WOULD_BLOCK;
        return o;
    }
    int ret;
    if (to)
    {
        // One-to-many: to a new peer this sets the association up, the data on its COOKIE-ECHO.
        ret = s.socket->SendTo(Create<Packet>(length), 0, *to);
    }
    else if (useDefault)
    {
        ret = s.socket->Send(Create<Packet>(length), 0);
    }
    else
    {
        ret = s.socket->SendMsg(std::vector<uint8_t>(length, 0), info);
    }
    if (ret < 0)
    {
        return SocketError(s);
    }
    return Done(ret);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallWrite(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    size_t want = call.name == "write" ? 3 : call.name == "send" ? 4 : 6;
    if (call.args.size() != want)
    {
        return Fail(call.name + "() takes " + std::to_string(want) + " arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t length;
    int64_t flags = 0;
    std::string error;
    if (!Length(call.args[2], length, error) ||
        (want > 3 && !SctpScriptSymbols::Evaluate(call.args[3], flags, error)))
    {
        return Fail(call.name + "(): " + error);
    }
    bool nonBlocking = s->nonBlocking || (flags & MSG_DONTWAIT_FLAG);
    if (want == 6 && s->oneToMany && !call.args[4].IsEllipsis())
    {
        Address to;
        Address peer = InetSocketAddress(Ipv4Address::ConvertFrom(m_context.remoteAddress),
                                         m_context.connectPort);
        if (!SctpScriptStruct::ParseSockaddr(call.args[4], peer, to, error))
        {
            return Fail("sendto(): " + error);
        }
        Outcome sent =
            SendMessage(*s, static_cast<uint32_t>(length), SctpSndInfo(), true, nonBlocking, &to);
        // The implicit setup bound the socket: the script's packets address that port.
        Address local;
        if (s->socket->GetSockName(local) == 0 && InetSocketAddress::IsMatchingType(local))
        {
            m_stackPort = InetSocketAddress::ConvertFrom(local).GetPort();
            m_peerPort = InetSocketAddress::ConvertFrom(to).GetPort();
        }
        return sent;
    }
    return SendMessage(*s, static_cast<uint32_t>(length), SctpSndInfo(), true, nonBlocking);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallSendMsg(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 3)
    {
        return Fail("sendmsg() takes 3 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    const SctpScriptValue& msg = call.args[1];
    std::string error;
    int64_t length = 0;
    int64_t flags = 0;
    if (msg.kind != SctpScriptValue::STRUCT)
    {
        return Fail("sendmsg(): expected a msghdr {msg_name(...)=..., msg_iov(1)=[...], ...}");
    }
    const SctpScriptValue* iov = msg.Find("msg_iov");
    if (iov == nullptr || !IovLength(*iov, length, error) ||
        !SctpScriptSymbols::Evaluate(call.args[2], flags, error))
    {
        return Fail("sendmsg(): " + (error.empty() ? "missing msg_iov" : error));
    }
    SctpSndInfo info;
    s->socket->GetDefaultSendParam(info);
    const SctpScriptValue* control = msg.Find("msg_control");
    if (control && control->kind == SctpScriptValue::LIST)
    {
        for (const auto& item : control->items)
        {
            const SctpScriptValue& cmsg = item.value;
            int64_t level = 0;
            int64_t type = 0;
            bool present;
            if (!SctpScriptStruct::Field(cmsg, "cmsg_level", level, present, error) ||
                !SctpScriptStruct::Field(cmsg, "cmsg_type", type, present, error))
            {
                return Fail("sendmsg(): " + error);
            }
            const SctpScriptValue* data = cmsg.Find("cmsg_data");
            if (level != 132 || data == nullptr)
            {
                return Fail("unsupported: sendmsg() with control message " + cmsg.ToString());
            }
            bool ok = true;
            switch (type)
            {
            case 0x0004: // SCTP_SNDINFO
                ok = ParseSndInfo(*data, info, error);
                break;
            case 0x0002: // SCTP_SNDRCV
                ok = ParseSndRcvInfo(*data, info, error);
                break;
            case 0x0007: // SCTP_PRINFO
                ok = ParsePrInfo(*data, info, error);
                break;
            case 0x0009: // SCTP_DSTADDRV4: one-to-one sockets send to their peer anyway
                break;
            case 0x0008: // SCTP_AUTHINFO
                return Fail("unsupported: sendmsg() with SCTP_AUTHINFO: per-message AUTH keys are "
                            "not implemented (the active key signs)");
            default:
                return Fail("unsupported: sendmsg() with control message type " +
                            std::to_string(type));
            }
            if (!ok)
            {
                return Fail(error.rfind("unsupported", 0) == 0 ? error : "sendmsg(): " + error);
            }
        }
    }
    bool nonBlocking = s->nonBlocking || (flags & MSG_DONTWAIT_FLAG);
    return SendMessage(*s, static_cast<uint32_t>(length), info, false, nonBlocking);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallSctpSendMsg(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    bool send = call.name == "sctp_send";
    if (call.args.size() != (send ? 5 : 10))
    {
        return Fail(call.name + "() takes " + (send ? "5" : "10") + " arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t length;
    std::string error;
    if (!Length(call.args[2], length, error))
    {
        return Fail(call.name + "(): " + error);
    }
    SctpSndInfo info;
    int64_t flags = 0;
    if (send)
    {
        s->socket->GetDefaultSendParam(info);
        if ((!call.args[3].IsEllipsis() && !ParseSndRcvInfo(call.args[3], info, error)) ||
            !SctpScriptSymbols::Evaluate(call.args[4], flags, error))
        {
            return Fail("sctp_send(): " + error);
        }
    }
    else
    {
        // sctp_sendmsg(sd, msg, len, to, tolen, ppid, flags, stream_no, timetolive, context)
        int64_t v[5];
        for (int i = 0; i < 5; ++i)
        {
            if (!SctpScriptSymbols::Evaluate(call.args[5 + i], v[i], error))
            {
                return Fail("sctp_sendmsg(): " + error);
            }
        }
        info.ppid = static_cast<uint32_t>(v[0]);
        info.flags = static_cast<uint16_t>(v[1]);
        info.sid = static_cast<uint16_t>(v[2]);
        info.timetolive = static_cast<uint32_t>(v[3]);
        info.context = static_cast<uint32_t>(v[4]);
    }
    bool nonBlocking = s->nonBlocking || (flags & MSG_DONTWAIT_FLAG);
    return SendMessage(*s, static_cast<uint32_t>(length), info, false, nonBlocking);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallSctpSendv(const SctpScriptSyscall& call)
{
    // sctp_sendv(sd, iov, iovcnt, addrs, addrcnt, info, infolen, infotype, flags)
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 9)
    {
        return Fail("sctp_sendv() takes 9 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t length;
    int64_t addrcnt = 0;
    int64_t infotype;
    int64_t flags;
    std::string error;
    if (!IovLength(call.args[1], length, error) ||
        (!call.args[4].IsEllipsis() &&
         !SctpScriptSymbols::Evaluate(call.args[4], addrcnt, error)) ||
        !SctpScriptSymbols::Evaluate(call.args[7], infotype, error) ||
        !SctpScriptSymbols::Evaluate(call.args[8], flags, error))
    {
        return Fail("sctp_sendv(): " + error);
    }
    if (addrcnt > 1)
    {
        return Fail("unsupported: sctp_sendv() to several addresses: needs multi-homing");
    }
    SctpSndInfo info;
    s->socket->GetDefaultSendParam(info);
    const SctpScriptValue& in = call.args[5];
    bool ok = true;
    switch (infotype)
    {
    case 0: // SCTP_SENDV_NOINFO
        break;
    case 1: // SCTP_SENDV_SNDINFO
        ok = ParseSndInfo(in, info, error);
        break;
    case 2: // SCTP_SENDV_PRINFO
        ok = ParsePrInfo(in, info, error);
        break;
    case 3: // SCTP_SENDV_AUTHINFO
        return Fail("unsupported: sctp_sendv() with SCTP_SENDV_AUTHINFO: per-message AUTH keys are "
                    "not implemented (the active key signs)");
    case 4: { // SCTP_SENDV_SPA
        if (!SctpScriptStruct::CheckFields(
                in,
                {"sendv_flags", "sendv_sndinfo", "sendv_prinfo", "sendv_authinfo"},
                "sctp_sendv_spa",
                error))
        {
            return Fail("sctp_sendv(): " + error);
        }
        int64_t valid = 0;
        bool present;
        if (!SctpScriptStruct::Field(in, "sendv_flags", valid, present, error))
        {
            return Fail("sctp_sendv(): " + error);
        }
        if ((valid & 0x4) != 0)
        {
            return Fail("unsupported: sctp_sendv() with authinfo: per-message AUTH keys are not "
                        "implemented (the active key signs)");
        }
        if ((valid & 0x1) && in.Find("sendv_sndinfo"))
        {
            ok = ParseSndInfo(*in.Find("sendv_sndinfo"), info, error);
        }
        if (ok && (valid & 0x2) && in.Find("sendv_prinfo"))
        {
            ok = ParsePrInfo(*in.Find("sendv_prinfo"), info, error);
        }
        break;
    }
    default:
        return Fail("sctp_sendv(): unknown info type " + std::to_string(infotype));
    }
    if (!ok)
    {
        return Fail(error.rfind("unsupported", 0) == 0 ? error : "sctp_sendv(): " + error);
    }
    bool nonBlocking = s->nonBlocking || (flags & MSG_DONTWAIT_FLAG);
    return SendMessage(*s, static_cast<uint32_t>(length), info, false, nonBlocking);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallRead(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    size_t want = call.name == "read" ? 3 : call.name == "recv" ? 4 : 6;
    if (call.args.size() != want)
    {
        return Fail(call.name + "() takes " + std::to_string(want) + " arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t length;
    int64_t flags = 0;
    std::string error;
    if (!Length(call.args[2], length, error) ||
        (want > 3 && !SctpScriptSymbols::Evaluate(call.args[3], flags, error)))
    {
        return Fail(call.name + "(): " + error);
    }
    if (flags & MSG_PEEK_FLAG)
    {
        return Fail("unsupported: " + call.name + "() with MSG_PEEK: SctpSocket cannot peek");
    }
    ReadResult r;
    if (!ReadPiece(*s, static_cast<size_t>(length), r))
    {
        return NothingToRead(*s, s->nonBlocking || (flags & MSG_DONTWAIT_FLAG));
    }
    if (want == 6)
    {
        Address peer;
        if (s->socket->GetPeerName(peer) == 0 &&
            !SctpScriptStruct::Compare(call.args[4],
                                       SctpScriptStruct::Sockaddr(peer),
                                       "recvfrom.from",
                                       error))
        {
            return Fail(error);
        }
    }
    return Done(static_cast<int64_t>(r.data.size()));
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallRecvMsg(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 3)
    {
        return Fail("recvmsg() takes 3 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    const SctpScriptValue& msg = call.args[1];
    int64_t length = 0;
    int64_t flags = 0;
    std::string error;
    const SctpScriptValue* iov = msg.Find("msg_iov");
    if (msg.kind != SctpScriptValue::STRUCT || iov == nullptr || !IovLength(*iov, length, error) ||
        !SctpScriptSymbols::Evaluate(call.args[2], flags, error))
    {
        return Fail("recvmsg(): " + (error.empty() ? "expected a msghdr with msg_iov" : error));
    }
    if (flags & MSG_PEEK_FLAG)
    {
        return Fail("unsupported: recvmsg() with MSG_PEEK: SctpSocket cannot peek");
    }
    ReadResult r;
    if (!ReadPiece(*s, static_cast<size_t>(length), r))
    {
        return NothingToRead(*s, s->nonBlocking || (flags & MSG_DONTWAIT_FLAG));
    }
    if (!CheckBuffer(FirstBuffer(*iov), r, "recvmsg.iov_base", error))
    {
        return Fail(error);
    }
    // The control messages of data: SCTP_RCVINFO when SCTP_RECVRCVINFO is on, else
    // SCTP_SNDRCV when sctp_data_io_event is.
    SctpScriptValue control;
    control.kind = SctpScriptValue::LIST;
    if (!r.notification && s->recvRcvInfo)
    {
        SctpScriptStruct::Builder cmsg;
        cmsg.Add("cmsg_len", 40)
            .Add("cmsg_level", 132)
            .Add("cmsg_type", 0x0005)
            .Add("cmsg_data", RcvInfoStruct(r.info));
        control.items.push_back({"", "", cmsg.Get()});
    }
    else if (!r.notification && s->dataIoEvent)
    {
        SctpScriptStruct::Builder cmsg;
        cmsg.Add("cmsg_len", 140)
            .Add("cmsg_level", 132)
            .Add("cmsg_type", 0x0002)
            .Add("cmsg_data", SndRcvInfoStruct(r.info));
        control.items.push_back({"", "", cmsg.Get()});
    }
    const SctpScriptValue* expectedControl = msg.Find("msg_control");
    if (expectedControl &&
        !SctpScriptStruct::Compare(*expectedControl, control, "recvmsg.msg_control", error))
    {
        if (expectedControl->kind == SctpScriptValue::LIST)
        {
            for (const auto& c : expectedControl->items)
            {
                const SctpScriptValue* type = c.value.Find("cmsg_type");
                if (type && type->kind == SctpScriptValue::WORD && type->text != "SCTP_RCVINFO" &&
                    type->text != "SCTP_SNDRCV")
                {
                    return Fail("unsupported: recvmsg() with " + type->text +
                                " (only SCTP_RCVINFO and SCTP_SNDRCV are delivered)");
                }
            }
        }
        return Fail(error);
    }
    const SctpScriptValue* expectedFlags = msg.Find("msg_flags");
    if (expectedFlags && !SctpScriptStruct::Compare(*expectedFlags,
                                                    SctpScriptStruct::Number(ReceiveFlags(r)),
                                                    "recvmsg.msg_flags",
                                                    error))
    {
        return Fail(error);
    }
    return Done(static_cast<int64_t>(r.data.size()));
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallSctpRecvMsg(const SctpScriptSyscall& call)
{
    // sctp_recvmsg(sd, msg, len, from, fromlen, sinfo, msg_flags)
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 7)
    {
        return Fail("sctp_recvmsg() takes 7 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t length;
    std::string error;
    if (!Length(call.args[2], length, error))
    {
        return Fail("sctp_recvmsg(): " + error);
    }
    ReadResult r;
    if (!ReadPiece(*s, static_cast<size_t>(length), r))
    {
        return NothingToRead(*s, s->nonBlocking);
    }
    Address peer;
    if (s->socket->GetPeerName(peer) == 0 &&
        !SctpScriptStruct::Compare(call.args[3],
                                   SctpScriptStruct::Sockaddr(peer),
                                   "sctp_recvmsg.from",
                                   error))
    {
        return Fail(error);
    }
    if (!CheckBuffer(&call.args[1], r, "sctp_recvmsg.msg", error) ||
        (!r.notification && !SctpScriptStruct::Compare(call.args[5],
                                                       SndRcvInfoStruct(r.info),
                                                       "sctp_recvmsg.sinfo",
                                                       error)) ||
        !SctpScriptStruct::Compare(call.args[6],
                                   SctpScriptStruct::Number(ReceiveFlags(r)),
                                   "sctp_recvmsg.msg_flags",
                                   error))
    {
        return Fail(error);
    }
    return Done(static_cast<int64_t>(r.data.size()));
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallSctpRecvv(const SctpScriptSyscall& call)
{
    // sctp_recvv(sd, iov, iovlen, from, fromlen, info, infolen, infotype, flags)
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 9)
    {
        return Fail("sctp_recvv() takes 9 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t length;
    std::string error;
    if (!IovLength(call.args[1], length, error))
    {
        return Fail("sctp_recvv(): " + error);
    }
    ReadResult r;
    if (!ReadPiece(*s, static_cast<size_t>(length), r))
    {
        return NothingToRead(*s, s->nonBlocking);
    }
    Address peer;
    if (s->socket->GetPeerName(peer) == 0 &&
        !SctpScriptStruct::Compare(call.args[3],
                                   SctpScriptStruct::Sockaddr(peer),
                                   "sctp_recvv.from",
                                   error))
    {
        return Fail(error);
    }
    SctpScriptValue info = SctpScriptStruct::Number(0);
    info.kind = SctpScriptValue::WORD;
    info.text = "NULL";
    int infotype = 0;
    if (!CheckBuffer(FirstBuffer(call.args[1]), r, "sctp_recvv.iov_base", error))
    {
        return Fail(error);
    }
    if (s->recvRcvInfo && !r.notification)
    {
        info = RcvInfoStruct(r.info);
        infotype = 1; // SCTP_RECVV_RCVINFO
    }
    const SctpScriptValue& expectedInfo = call.args[5];
    bool infoOk =
        expectedInfo.IsEllipsis() ||
        (expectedInfo.kind == SctpScriptValue::WORD && expectedInfo.text == "NULL" &&
         infotype == 0) ||
        (infotype != 0 && SctpScriptStruct::Compare(expectedInfo, info, "sctp_recvv.info", error));
    if (!infoOk)
    {
        const SctpScriptValue* nxt = expectedInfo.Find("nxt_sid");
        if (nxt || expectedInfo.Find("recvv_nxtinfo"))
        {
            return Fail("unsupported: sctp_recvv() with SCTP_RECVNXTINFO: SctpSocket cannot "
                        "peek at the next message");
        }
        return Fail(error.empty() ? "sctp_recvv.info: expected " + expectedInfo.ToString() +
                                        ", got " + info.ToString()
                                  : error);
    }
    if (!SctpScriptStruct::Compare(call.args[7],
                                   SctpScriptStruct::Number(infotype),
                                   "sctp_recvv.infotype",
                                   error) ||
        !SctpScriptStruct::Compare(call.args[8],
                                   SctpScriptStruct::Number(ReceiveFlags(r)),
                                   "sctp_recvv.flags",
                                   error))
    {
        return Fail(error);
    }
    return Done(static_cast<int64_t>(r.data.size()));
}

} // namespace ns3
