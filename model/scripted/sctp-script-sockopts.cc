/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// getsockopt() and setsockopt() of SctpScriptSyscalls: the RFC 6458 option structures, with
// their C field names, carried onto the typed option calls of SctpSocket.

#include "sctp-script-struct.h"
#include "sctp-script-symbols.h"
#include "sctp-script-syscalls.h"

#include "ns3/inet-socket-address.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/sctp-notification.h"
#include "ns3/sctp-socket.h"

namespace ns3
{

namespace
{

/// Levels (FreeBSD values).
enum
{
    LEVEL_SOCKET = 0xffff,
    LEVEL_SCTP = 132,
};

/// What an option is: its structure size and whether getsockopt/setsockopt may use it.
struct OptionInfo
{
    const char* name;        //!< the option
    int level;               //!< SOL_SOCKET or IPPROTO_SCTP
    int size;                //!< FreeBSD's size of its structure
    const char* unsupported; //!< why the socket API cannot carry it out, or nullptr
};

/// The options a script may name.
const OptionInfo g_options[] = {
    {"SO_ERROR", LEVEL_SOCKET, 4, nullptr},
    {"SO_RCVBUF", LEVEL_SOCKET, 4, nullptr},
    {"SO_SNDBUF", LEVEL_SOCKET, 4, nullptr},
    {"SO_LINGER", LEVEL_SOCKET, 8, nullptr},
    {"SO_TYPE", LEVEL_SOCKET, 4, nullptr},
    {"SO_REUSEADDR", LEVEL_SOCKET, 4, "ports of simulated sockets have no TIME-WAIT to reuse"},
    {"SO_REUSEPORT", LEVEL_SOCKET, 4, "ports of simulated sockets have no TIME-WAIT to reuse"},
    {"SO_KEEPALIVE", LEVEL_SOCKET, 4, "SCTP has heartbeats instead"},
    {"SO_RCVTIMEO", LEVEL_SOCKET, 16, "no receive timeout in SctpSocket"},
    {"SO_SNDTIMEO", LEVEL_SOCKET, 16, "no send timeout in SctpSocket"},
    {"SCTP_RTOINFO", LEVEL_SCTP, 16, nullptr},
    {"SCTP_ASSOCINFO", LEVEL_SCTP, 20, nullptr},
    {"SCTP_INITMSG", LEVEL_SCTP, 8, nullptr},
    {"SCTP_NODELAY", LEVEL_SCTP, 4, nullptr},
    {"SCTP_MAXSEG", LEVEL_SCTP, 8, nullptr},
    {"SCTP_DELAYED_SACK", LEVEL_SCTP, 12, nullptr},
    {"SCTP_MAX_BURST", LEVEL_SCTP, 8, nullptr},
    {"SCTP_STATUS", LEVEL_SCTP, 176, nullptr},
    {"SCTP_DISABLE_FRAGMENTS", LEVEL_SCTP, 4, nullptr},
    {"SCTP_DEFAULT_SNDINFO", LEVEL_SCTP, 16, nullptr},
    {"SCTP_DEFAULT_SEND_PARAM", LEVEL_SCTP, 128, nullptr},
    {"SCTP_PARTIAL_DELIVERY_POINT", LEVEL_SCTP, 4, nullptr},
    {"SCTP_EXPLICIT_EOR", LEVEL_SCTP, 4, nullptr},
    {"SCTP_CONTEXT", LEVEL_SCTP, 8, nullptr},
    {"SCTP_FRAGMENT_INTERLEAVE", LEVEL_SCTP, 4, nullptr},
    {"SCTP_USE_EXT_RCVINFO", LEVEL_SCTP, 4, nullptr},
    {"SCTP_RECVRCVINFO", LEVEL_SCTP, 4, nullptr},
    {"SCTP_RECVNXTINFO", LEVEL_SCTP, 4, nullptr},
    {"SCTP_EVENTS", LEVEL_SCTP, 11, nullptr},
    {"SCTP_EVENT", LEVEL_SCTP, 8, nullptr},
    {"SCTP_PEER_ADDR_PARAMS", LEVEL_SCTP, 152, nullptr},
    {"SCTP_GET_PEER_ADDR_INFO", LEVEL_SCTP, 152, nullptr},
    {"SCTP_PRIMARY_ADDR", LEVEL_SCTP, 136, nullptr},
    {"SCTP_PLUGGABLE_CC", LEVEL_SCTP, 8, nullptr},
    {"SCTP_CC_OPTION", LEVEL_SCTP, 12, nullptr},
    {"SCTP_SET_PEER_PRIMARY_ADDR", LEVEL_SCTP, 136, "a script cannot authenticate ASCONF-ACKs"},
    {"SCTP_AUTO_ASCONF", LEVEL_SCTP, 4, "a script cannot authenticate ASCONF-ACKs"},
    {"SCTP_AUTOCLOSE", LEVEL_SCTP, 4, nullptr},
    {"SCTP_ADAPTATION_LAYER", LEVEL_SCTP, 4, nullptr},
    {"SCTP_DEFAULT_PRINFO", LEVEL_SCTP, 12, "SctpSocket has no default PR-SCTP policy"},
    {"SCTP_I_WANT_MAPPED_V4_ADDR", LEVEL_SCTP, 4, "the scripted peer speaks IPv4"},
    {"SCTP_AUTH_CHUNK", LEVEL_SCTP, 1, nullptr},
    {"SCTP_AUTH_KEY", LEVEL_SCTP, 8, "a script cannot compute HMACs with a shared key"},
    {"SCTP_HMAC_IDENT", LEVEL_SCTP, 8, "not mapped to scripts yet"},
    {"SCTP_AUTH_ACTIVE_KEY", LEVEL_SCTP, 8, "a script cannot compute HMACs with a shared key"},
    {"SCTP_AUTH_DEACTIVATE_KEY", LEVEL_SCTP, 8, "a script cannot compute HMACs with a shared key"},
    {"SCTP_AUTH_DELETE_KEY", LEVEL_SCTP, 8, "a script cannot compute HMACs with a shared key"},
    {"SCTP_PEER_AUTH_CHUNKS", LEVEL_SCTP, 8, "not mapped to scripts yet"},
    {"SCTP_LOCAL_AUTH_CHUNKS", LEVEL_SCTP, 8, "not mapped to scripts yet"},
    {"SCTP_ENABLE_STREAM_RESET", LEVEL_SCTP, 8, nullptr},
    {"SCTP_RESET_STREAMS", LEVEL_SCTP, 8, nullptr},
    {"SCTP_RESET_ASSOC", LEVEL_SCTP, 4, nullptr},
    {"SCTP_ADD_STREAMS", LEVEL_SCTP, 8, nullptr},
    {"SCTP_GET_ASSOC_NUMBER", LEVEL_SCTP, 4, "needs one-to-many sockets"},
    {"SCTP_GET_ASSOC_ID_LIST", LEVEL_SCTP, 8, "needs one-to-many sockets"},
    {"SCTP_REUSE_PORT", LEVEL_SCTP, 4, "needs one-to-many sockets"},
    {"SCTP_INTERLEAVING_SUPPORTED", LEVEL_SCTP, 8, "I-DATA is not negotiated"},
    {"SCTP_STREAM_SCHEDULER", LEVEL_SCTP, 8, "SctpSocket has no scheduler call"},
    {"SCTP_STREAM_SCHEDULER_VALUE", LEVEL_SCTP, 8, "SctpSocket has no scheduler call"},
    {"SCTP_REMOTE_UDP_ENCAPS_PORT", LEVEL_SCTP, 136, "UDP encapsulation is not implemented"},
    {"SCTP_ACCEPT_ZERO_CHECKSUM", LEVEL_SCTP, 8, "zero checksums are not negotiated"},
};

/**
 * \param [in] name an option name
 * \return its description, or nullptr
 */
const OptionInfo*
FindOption(const std::string& name)
{
    for (const OptionInfo& o : g_options)
    {
        if (name == o.name)
        {
            return &o;
        }
    }
    return nullptr;
}

/**
 * \brief Read an option value that is an int, [int] or {assoc_id=..., assoc_value=N}.
 * \param [in] v the value
 * \param [out] out the number
 * \param [out] error what is wrong
 * \return false if it is none of those
 */
bool
IntOrAssocValue(const SctpScriptValue& v, int64_t& out, std::string& error)
{
    if (v.kind == SctpScriptValue::STRUCT)
    {
        bool present;
        if (!SctpScriptStruct::CheckFields(v,
                                           {"assoc_id", "assoc_value"},
                                           "sctp_assoc_value",
                                           error) ||
            !SctpScriptStruct::Field(v, "assoc_value", out, present, error))
        {
            return false;
        }
        if (!present)
        {
            error = "sctp_assoc_value needs assoc_value";
            return false;
        }
        return true;
    }
    return SctpScriptSymbols::Evaluate(v, out, error);
}

/// The fields of struct sctp_event_subscribe (SCTP_EVENTS) and the notification each turns on.
const struct
{
    const char* field; //!< the field
    uint16_t type;     //!< the SctpNotification::Type, 0 for sctp_data_io_event
} g_eventFields[] = {
    {"sctp_data_io_event", 0},
    {"sctp_association_event", SctpNotification::ASSOC_CHANGE},
    {"sctp_address_event", SctpNotification::PEER_ADDR_CHANGE},
    {"sctp_send_failure_event", SctpNotification::SEND_FAILED}, // the older structure
    {"sctp_peer_error_event", SctpNotification::REMOTE_ERROR},
    {"sctp_shutdown_event", SctpNotification::SHUTDOWN_EVENT},
    {"sctp_partial_delivery_event", SctpNotification::PARTIAL_DELIVERY_EVENT},
    {"sctp_adaptation_layer_event", SctpNotification::ADAPTATION_INDICATION},
    {"sctp_authentication_event", SctpNotification::AUTHENTICATION_EVENT},
    {"sctp_sender_dry_event", SctpNotification::SENDER_DRY_EVENT},
};

/**
 * \brief Read a peer address field (a sockaddr, or "..." for all paths).
 * \param [in] s the option structure
 * \param [in] key the address field
 * \param [out] out an Ipv4Address/Ipv6Address, or an invalid Address for "..." or absent
 * \param [out] error what is wrong
 * \return false if the field is not a socket address
 */
bool
PeerAddress(const SctpScriptValue& s, const char* key, Address& out, std::string& error)
{
    out = Address();
    const SctpScriptValue* v = s.kind == SctpScriptValue::STRUCT ? s.Find(key) : nullptr;
    if (v == nullptr || v->IsEllipsis())
    {
        return true;
    }
    Address a;
    if (!SctpScriptStruct::ParseSockaddr(*v, Address(), a, error))
    {
        return false;
    }
    if (InetSocketAddress::IsMatchingType(a))
    {
        out = InetSocketAddress::ConvertFrom(a).GetIpv4();
    }
    else if (Inet6SocketAddress::IsMatchingType(a))
    {
        out = Inet6SocketAddress::ConvertFrom(a).GetIpv6();
    }
    return true;
}

/**
 * \param [in] state an SctpAssociation::State
 * \return FreeBSD's sstat_state value for it
 */
int64_t
FreeBsdState(int32_t state)
{
    static const int64_t values[] =
        {0x0000, 0x0002, 0x0004, 0x0008, 0x0080, 0x0010, 0x0020, 0x0040};
    return state >= 0 && state < 8 ? values[state] : state;
}

/**
 * \param [in] state an SctpPathState
 * \return FreeBSD's spinfo_state value (a potentially failed path is still reachable)
 */
int64_t
FreeBsdPathState(int32_t state)
{
    switch (state)
    {
    case SCTP_UNCONFIRMED:
        return 0x0200;
    case SCTP_INACTIVE:
        return 0x0002;
    default:
        return 0x0001;
    }
}

} // namespace

Address
SctpScriptSyscalls::PeerSocketAddress(const Address& peer) const
{
    if (Ipv4Address::IsMatchingType(peer))
    {
        return InetSocketAddress(Ipv4Address::ConvertFrom(peer), m_peerPort);
    }
    if (Ipv6Address::IsMatchingType(peer))
    {
        return Inet6SocketAddress(Ipv6Address::ConvertFrom(peer), m_peerPort);
    }
    return peer;
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallGetSockOpt(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 5)
    {
        return Fail("getsockopt() takes 5 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t level;
    std::string error;
    if (!SctpScriptSymbols::Evaluate(call.args[1], level, error))
    {
        return Fail("getsockopt(): " + error);
    }
    std::string name = call.args[2].text;
    const OptionInfo* info = FindOption(name);
    if (call.args[2].kind != SctpScriptValue::WORD || info == nullptr)
    {
        return Fail("unsupported: getsockopt(" + call.args[2].ToString() + ")");
    }
    if (info->level != level)
    {
        return Error(42); // ENOPROTOOPT
    }
    if (info->unsupported)
    {
        return Fail("unsupported: getsockopt(" + name + "): " + info->unsupported);
    }
    // A buffer shorter than the structure is refused.
    int64_t given = info->size;
    const SctpScriptValue& len = call.args[4];
    if (!len.IsEllipsis() && !SctpScriptSymbols::Evaluate(len, given, error))
    {
        return Fail("getsockopt(): optlen: " + error);
    }
    if (given < info->size)
    {
        return Error(22); // EINVAL
    }
    Ptr<SctpSocket> sock = s->socket;
    SctpScriptValue actual;
    if (name == "SO_ERROR")
    {
        actual = SctpScriptStruct::Number(s->pendingError);
        s->pendingError = 0;
    }
    else if (name == "SO_RCVBUF")
    {
        actual = SctpScriptStruct::Number(sock->GetRcvBuf());
    }
    else if (name == "SO_SNDBUF")
    {
        actual = SctpScriptStruct::Number(sock->GetSndBuf());
    }
    else if (name == "SO_TYPE")
    {
        actual = SctpScriptStruct::Number(1);
    }
    else if (name == "SO_LINGER")
    {
        // FreeBSD reports l_onoff as the SO_LINGER bit (0x80).
        SctpScriptStruct::Builder b;
        b.Add("onoff", s->lingerOn ? 0x80 : 0).Add("linger", s->lingerSeconds);
        actual = b.Get();
    }
    else if (name == "SCTP_RTOINFO")
    {
        SctpRtoInfo r;
        if (sock->GetRtoInfo(r) != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder b;
        b.Add("srto_assoc_id", r.assocId)
            .Add("srto_initial", r.initial)
            .Add("srto_max", r.max)
            .Add("srto_min", r.min);
        actual = b.Get();
    }
    else if (name == "SCTP_ASSOCINFO")
    {
        SctpAssocParams p;
        if (sock->GetAssocInfo(p) != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder b;
        b.Add("sasoc_assoc_id", p.assocId)
            .Add("sasoc_asocmaxrxt", p.asocMaxRxt)
            .Add("sasoc_number_peer_destinations", p.numberPeerDestinations)
            .Add("sasoc_peer_rwnd", p.peerRwnd)
            .Add("sasoc_local_rwnd", p.localRwnd)
            .Add("sasoc_cookie_life", p.cookieLife);
        actual = b.Get();
    }
    else if (name == "SCTP_INITMSG")
    {
        SctpInitMsg m;
        if (sock->GetInitMsg(m) != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder b;
        b.Add("sinit_num_ostreams", m.numOstreams)
            .Add("sinit_max_instreams", m.maxInstreams)
            .Add("sinit_max_attempts", m.maxAttempts)
            .Add("sinit_max_init_timeo", m.maxInitTimeo);
        actual = b.Get();
    }
    else if (name == "SCTP_NODELAY")
    {
        actual = SctpScriptStruct::Number(sock->GetNoDelay());
    }
    else if (name == "SCTP_DISABLE_FRAGMENTS")
    {
        actual = SctpScriptStruct::Number(sock->GetDisableFragments());
    }
    else if (name == "SCTP_PARTIAL_DELIVERY_POINT")
    {
        actual = SctpScriptStruct::Number(sock->GetPartialDeliveryPoint());
    }
    else if (name == "SCTP_EXPLICIT_EOR")
    {
        actual = SctpScriptStruct::Number(sock->GetExplicitEor());
    }
    else if (name == "SCTP_FRAGMENT_INTERLEAVE")
    {
        actual = SctpScriptStruct::Number(sock->GetFragmentInterleave());
    }
    else if (name == "SCTP_USE_EXT_RCVINFO")
    {
        actual = SctpScriptStruct::Number(sock->GetUseExtRcvInfo());
    }
    else if (name == "SCTP_RECVRCVINFO")
    {
        actual = SctpScriptStruct::Number(s->recvRcvInfo);
    }
    else if (name == "SCTP_RECVNXTINFO")
    {
        actual = SctpScriptStruct::Number(0);
    }
    else if (name == "SCTP_MAXSEG" || name == "SCTP_MAX_BURST" || name == "SCTP_CONTEXT")
    {
        SctpAssocValue v;
        int ret = name == "SCTP_MAXSEG"      ? sock->GetMaxSeg(v)
                  : name == "SCTP_MAX_BURST" ? sock->GetMaxBurst(v)
                                             : sock->GetContext(v);
        if (ret != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder b;
        b.Add("assoc_id", v.assocId).Add("assoc_value", v.value);
        actual = b.Get();
        // [N] compares with the value alone.
        if (call.args[3].kind == SctpScriptValue::LIST)
        {
            actual = SctpScriptStruct::Number(v.value);
        }
    }
    else if (name == "SCTP_DELAYED_SACK")
    {
        SctpSackInfo v;
        if (sock->GetDelayedSack(v) != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder b;
        b.Add("sack_assoc_id", v.assocId).Add("sack_delay", v.delay).Add("sack_freq", v.freq);
        actual = b.Get();
    }
    else if (name == "SCTP_DEFAULT_SNDINFO" || name == "SCTP_DEFAULT_SEND_PARAM")
    {
        SctpSndInfo v;
        if (sock->GetDefaultSendParam(v) != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder b;
        if (name == "SCTP_DEFAULT_SNDINFO")
        {
            b.Add("snd_sid", v.sid)
                .Add("snd_flags", v.flags)
                .Add("snd_ppid", v.ppid)
                .Add("snd_context", v.context)
                .Add("snd_assoc_id", v.assocId);
        }
        else
        {
            b.Add("sinfo_stream", v.sid)
                .Add("sinfo_ssn", 0)
                .Add("sinfo_flags", v.flags)
                .Add("sinfo_ppid", v.ppid)
                .Add("sinfo_context", v.context)
                .Add("sinfo_timetolive", v.timetolive)
                .Add("sinfo_tsn", 0)
                .Add("sinfo_cumtsn", 0)
                .Add("sinfo_assoc_id", v.assocId);
        }
        actual = b.Get();
    }
    else if (name == "SCTP_STATUS")
    {
        SctpStatus st;
        if (sock->GetStatus(st) != 0)
        {
            return SocketError(*s);
        }
        Address primary = PeerSocketAddress(st.primary.address);
        SctpScriptStruct::Builder p;
        p.Add("spinfo_assoc_id", st.primary.assocId)
            .Add("spinfo_address", SctpScriptStruct::Sockaddr(primary))
            .Add("spinfo_state", FreeBsdPathState(st.primary.state))
            .Add("spinfo_cwnd", st.primary.cwnd)
            .Add("spinfo_srtt", st.primary.srtt)
            .Add("spinfo_rto", st.primary.rto)
            .Add("spinfo_mtu", st.primary.mtu);
        SctpScriptStruct::Builder b;
        b.Add("sstat_assoc_id", st.assocId)
            .Add("sstat_state", FreeBsdState(st.state))
            .Add("sstat_rwnd", st.rwnd)
            .Add("sstat_unackdata", st.unackdata)
            .Add("sstat_penddata", st.penddata)
            .Add("sstat_instrms", st.instrms)
            .Add("sstat_outstrms", st.outstrms)
            .Add("sstat_fragmentation_point", st.fragmentationPoint)
            .Add("sstat_primary", p.Get());
        actual = b.Get();
    }
    else if (name == "SCTP_PEER_ADDR_PARAMS")
    {
        SctpPaddrParams p;
        if (!PeerAddress(call.args[3], "spp_address", p.address, error))
        {
            return Fail("getsockopt(SCTP_PEER_ADDR_PARAMS): " + error);
        }
        if (sock->GetPeerAddrParams(p) != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder b;
        b.Add("spp_assoc_id", p.assocId)
            .Add("spp_address",
                 p.address.IsInvalid()
                     ? SctpScriptStruct::Sockaddr(InetSocketAddress(Ipv4Address::GetAny(), 0))
                     : SctpScriptStruct::Sockaddr(PeerSocketAddress(p.address)))
            .Add("spp_hbinterval", p.hbinterval)
            .Add("spp_pathmaxrxt", p.pathmaxrxt)
            .Add("spp_pathmtu", p.pathmtu)
            .Add("spp_flags", p.flags)
            .Add("spp_ipv6_flowlabel", 0)
            .Add("spp_dscp", 0);
        actual = b.Get();
    }
    else if (name == "SCTP_GET_PEER_ADDR_INFO")
    {
        SctpPaddrInfo p;
        if (!PeerAddress(call.args[3], "spinfo_address", p.address, error))
        {
            return Fail("getsockopt(SCTP_GET_PEER_ADDR_INFO): " + error);
        }
        if (sock->GetPeerAddrInfo(p) != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder b;
        b.Add("spinfo_assoc_id", p.assocId)
            .Add("spinfo_address", SctpScriptStruct::Sockaddr(PeerSocketAddress(p.address)))
            .Add("spinfo_state", FreeBsdPathState(p.state))
            .Add("spinfo_cwnd", p.cwnd)
            .Add("spinfo_srtt", p.srtt)
            .Add("spinfo_rto", p.rto)
            .Add("spinfo_mtu", p.mtu);
        actual = b.Get();
    }
    else if (name == "SCTP_PRIMARY_ADDR")
    {
        Address peer;
        if (sock->GetPrimaryAddr(peer) != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder b;
        b.Add("ssp_assoc_id", 0)
            .Add("ssp_addr", SctpScriptStruct::Sockaddr(PeerSocketAddress(peer)));
        actual = b.Get();
    }
    else if (name == "SCTP_EVENT")
    {
        int64_t type = 0;
        bool present = false;
        if (!SctpScriptStruct::Field(call.args[3], "se_type", type, present, error) || !present)
        {
            return Fail("getsockopt(SCTP_EVENT): se_type is needed " + error);
        }
        SctpScriptStruct::Builder b;
        b.Add("se_assoc_id", 0)
            .Add("se_type", type)
            .Add("se_on", sock->GetEvent(static_cast<uint16_t>(type)) ? 1 : 0);
        actual = b.Get();
    }
    else if (name == "SCTP_EVENTS")
    {
        SctpScriptStruct::Builder b;
        for (const auto& f : g_eventFields)
        {
            b.Add(f.field, f.type ? (sock->GetEvent(f.type) ? 1 : 0) : (s->dataIoEvent ? 1 : 0));
        }
        actual = b.Get();
    }
    else if (name == "SCTP_PLUGGABLE_CC")
    {
        SctpScriptStruct::Builder b;
        b.Add("assoc_id", 0).Add("assoc_value", sock->GetPluggableCc());
        actual = b.Get();
        if (call.args[3].kind == SctpScriptValue::LIST)
        {
            actual = SctpScriptStruct::Number(sock->GetPluggableCc());
        }
    }
    else if (name == "SCTP_CC_OPTION")
    {
        int64_t option = 0;
        bool present = false;
        if (!SctpScriptStruct::Field(call.args[3], "option", option, present, error) || !present)
        {
            return Fail("getsockopt(SCTP_CC_OPTION): option is needed " + error);
        }
        uint32_t value = 0;
        if (sock->GetCcOption(static_cast<uint32_t>(option), value) != 0)
        {
            return SocketError(*s);
        }
        SctpScriptStruct::Builder v;
        v.Add("assoc_id", 0).Add("assoc_value", value);
        SctpScriptStruct::Builder b;
        b.Add("option", option).Add("aid_value", v.Get());
        actual = b.Get();
    }
    else
    {
        return Fail("unsupported: getsockopt(" + name + ")");
    }
    if (!SctpScriptStruct::Compare(call.args[3], actual, name, error) ||
        !SctpScriptStruct::Compare(len,
                                   SctpScriptStruct::Number(info->size),
                                   name + " optlen",
                                   error))
    {
        return Fail("getsockopt(" + error + ")");
    }
    return Done(0);
}

SctpScriptSyscalls::Outcome
SctpScriptSyscalls::CallSetSockOpt(const SctpScriptSyscall& call)
{
    Outcome o;
    std::shared_ptr<SocketState> s;
    if (call.args.size() != 5)
    {
        return Fail("setsockopt() takes 5 arguments");
    }
    if (!Fd(call.args[0], s, o))
    {
        return o;
    }
    int64_t level;
    std::string error;
    if (!SctpScriptSymbols::Evaluate(call.args[1], level, error))
    {
        return Fail("setsockopt(): " + error);
    }
    std::string name = call.args[2].text;
    const OptionInfo* info = FindOption(name);
    if (call.args[2].kind != SctpScriptValue::WORD || info == nullptr)
    {
        return Fail("unsupported: setsockopt(" + call.args[2].ToString() + ")");
    }
    if (info->level != level)
    {
        return Error(42); // ENOPROTOOPT
    }
    if (info->unsupported)
    {
        return Fail("unsupported: setsockopt(" + name + "): " + info->unsupported);
    }
    int64_t given = info->size;
    if (!call.args[4].IsEllipsis() && !SctpScriptSymbols::Evaluate(call.args[4], given, error))
    {
        return Fail("setsockopt(): optlen: " + error);
    }
    if (given < info->size)
    {
        return Error(22); // EINVAL
    }
    const SctpScriptValue& v = call.args[3];
    Ptr<SctpSocket> sock = s->socket;
    int ret = 0;
    int64_t n = 0;
    bool present = false;
    auto field = [&](const char* key, int64_t& out) {
        return SctpScriptStruct::Field(v, key, out, present, error);
    };
    if (name == "SO_ERROR" || name == "SO_TYPE" || name == "SCTP_STATUS")
    {
        return Error(42); // ENOPROTOOPT: read-only
    }
    else if (name == "SO_LINGER")
    {
        int64_t onoff = 0;
        int64_t seconds = 0;
        if (!SctpScriptStruct::CheckFields(v, {"onoff", "linger"}, "linger", error) ||
            !field("onoff", onoff) || !field("linger", seconds))
        {
            return Fail("setsockopt(SO_LINGER): " + error);
        }
        s->lingerOn = onoff != 0;
        s->lingerSeconds = static_cast<int>(seconds);
        if (s->lingerOn && s->lingerSeconds != 0)
        {
            return Fail("unsupported: setsockopt(SO_LINGER) with a non-zero timeout: close() "
                        "does not block on SctpSocket");
        }
    }
    else if (name == "SCTP_RTOINFO")
    {
        SctpRtoInfo r;
        if (!SctpScriptStruct::CheckFields(
                v,
                {"srto_assoc_id", "srto_initial", "srto_max", "srto_min"},
                "sctp_rtoinfo",
                error) ||
            !field("srto_initial", n))
        {
            return Fail("setsockopt(SCTP_RTOINFO): " + error);
        }
        r.initial = present ? static_cast<uint32_t>(n) : 0;
        if (!field("srto_max", n))
        {
            return Fail("setsockopt(SCTP_RTOINFO): " + error);
        }
        r.max = present ? static_cast<uint32_t>(n) : 0;
        if (!field("srto_min", n))
        {
            return Fail("setsockopt(SCTP_RTOINFO): " + error);
        }
        r.min = present ? static_cast<uint32_t>(n) : 0;
        ret = sock->SetRtoInfo(r);
    }
    else if (name == "SCTP_ASSOCINFO")
    {
        SctpAssocParams p;
        if (!SctpScriptStruct::CheckFields(v,
                                           {"sasoc_assoc_id",
                                            "sasoc_asocmaxrxt",
                                            "sasoc_number_peer_destinations",
                                            "sasoc_peer_rwnd",
                                            "sasoc_local_rwnd",
                                            "sasoc_cookie_life"},
                                           "sctp_assocparams",
                                           error) ||
            !field("sasoc_asocmaxrxt", n))
        {
            return Fail("setsockopt(SCTP_ASSOCINFO): " + error);
        }
        p.asocMaxRxt = present ? static_cast<uint16_t>(n) : 0;
        if (!field("sasoc_cookie_life", n))
        {
            return Fail("setsockopt(SCTP_ASSOCINFO): " + error);
        }
        p.cookieLife = present ? static_cast<uint32_t>(n) : 0;
        ret = sock->SetAssocInfo(p);
    }
    else if (name == "SCTP_INITMSG")
    {
        SctpInitMsg m;
        int64_t f[4] = {0, 0, 0, 0};
        const char* keys[4] = {"sinit_num_ostreams",
                               "sinit_max_instreams",
                               "sinit_max_attempts",
                               "sinit_max_init_timeo"};
        if (!SctpScriptStruct::CheckFields(v,
                                           {"sinit_num_ostreams",
                                            "sinit_max_instreams",
                                            "sinit_max_attempts",
                                            "sinit_max_init_timeo"},
                                           "sctp_initmsg",
                                           error))
        {
            return Fail("setsockopt(SCTP_INITMSG): " + error);
        }
        for (int i = 0; i < 4; ++i)
        {
            if (!field(keys[i], f[i]))
            {
                return Fail("setsockopt(SCTP_INITMSG): " + error);
            }
            f[i] = present ? f[i] : 0;
        }
        m.numOstreams = static_cast<uint16_t>(f[0]);
        m.maxInstreams = static_cast<uint16_t>(f[1]);
        m.maxAttempts = static_cast<uint16_t>(f[2]);
        m.maxInitTimeo = static_cast<uint16_t>(f[3]);
        ret = sock->SetInitMsg(m);
    }
    else if (name == "SCTP_DELAYED_SACK")
    {
        SctpSackInfo si;
        int64_t delay = 0;
        int64_t freq = 0;
        if (!SctpScriptStruct::CheckFields(v,
                                           {"sack_assoc_id", "sack_delay", "sack_freq"},
                                           "sctp_sack_info",
                                           error) ||
            !field("sack_delay", delay))
        {
            return Fail("setsockopt(SCTP_DELAYED_SACK): " + error);
        }
        bool hasDelay = present;
        if (!field("sack_freq", freq))
        {
            return Fail("setsockopt(SCTP_DELAYED_SACK): " + error);
        }
        si.delay = hasDelay ? static_cast<uint32_t>(delay) : 0;
        si.freq = present ? static_cast<uint32_t>(freq) : 0;
        ret = sock->SetDelayedSack(si);
    }
    else if (name == "SCTP_DEFAULT_SNDINFO" || name == "SCTP_DEFAULT_SEND_PARAM")
    {
        SctpSndInfo si;
        sock->GetDefaultSendParam(si);
        bool ok = name == "SCTP_DEFAULT_SNDINFO" ? ParseSndInfo(v, si, error)
                                                 : ParseSndRcvInfo(v, si, error);
        if (!ok)
        {
            return Fail("setsockopt(" + name + "): " + error);
        }
        ret = sock->SetDefaultSendParam(si);
    }
    else if (name == "SCTP_PEER_ADDR_PARAMS")
    {
        SctpPaddrParams p;
        int64_t f = 0;
        if (!SctpScriptStruct::CheckFields(v,
                                           {"spp_assoc_id",
                                            "spp_address",
                                            "spp_hbinterval",
                                            "spp_pathmaxrxt",
                                            "spp_pathmtu",
                                            "spp_flags",
                                            "spp_ipv6_flowlabel",
                                            "spp_dscp"},
                                           "sctp_paddrparams",
                                           error) ||
            !PeerAddress(v, "spp_address", p.address, error))
        {
            return Fail("setsockopt(SCTP_PEER_ADDR_PARAMS): " + error);
        }
        if (!field("spp_hbinterval", f))
        {
            return Fail("setsockopt(SCTP_PEER_ADDR_PARAMS): " + error);
        }
        p.hbinterval = present ? static_cast<uint32_t>(f) : 0;
        if (!field("spp_pathmaxrxt", f))
        {
            return Fail("setsockopt(SCTP_PEER_ADDR_PARAMS): " + error);
        }
        p.pathmaxrxt = present ? static_cast<uint16_t>(f) : 0;
        if (!field("spp_pathmtu", f))
        {
            return Fail("setsockopt(SCTP_PEER_ADDR_PARAMS): " + error);
        }
        p.pathmtu = present ? static_cast<uint32_t>(f) : 0;
        if (!field("spp_flags", f))
        {
            return Fail("setsockopt(SCTP_PEER_ADDR_PARAMS): " + error);
        }
        p.flags = present ? static_cast<uint32_t>(f) : 0;
        if (p.flags & (0x100 | 0x200))
        {
            return Fail("unsupported: setsockopt(SCTP_PEER_ADDR_PARAMS) with SPP_IPV6_FLOWLABEL or "
                        "SPP_DSCP: SctpPaddrParams has no flow label or DSCP");
        }
        ret = sock->SetPeerAddrParams(p);
    }
    else if (name == "SCTP_PRIMARY_ADDR")
    {
        Address peer;
        if (!SctpScriptStruct::CheckFields(v,
                                           {"ssp_assoc_id", "ssp_addr"},
                                           "sctp_setprim",
                                           error) ||
            !PeerAddress(v, "ssp_addr", peer, error))
        {
            return Fail("setsockopt(SCTP_PRIMARY_ADDR): " + error);
        }
        ret = sock->SetPrimaryAddr(peer);
    }
    else if (name == "SCTP_ADAPTATION_LAYER")
    {
        int64_t code = 0;
        if (!SctpScriptStruct::CheckFields(v,
                                           {"ssb_adaptation_ind"},
                                           "sctp_setadaptation",
                                           error) ||
            !field("ssb_adaptation_ind", code))
        {
            return Fail("setsockopt(SCTP_ADAPTATION_LAYER): " + error);
        }
        ret = sock->SetAdaptationLayer(static_cast<uint32_t>(code));
    }
    else if (name == "SCTP_AUTH_CHUNK")
    {
        int64_t type = 0;
        if (!SctpScriptStruct::CheckFields(v, {"sauth_chunk"}, "sctp_authchunk", error) ||
            !field("sauth_chunk", type))
        {
            return Fail("setsockopt(SCTP_AUTH_CHUNK): " + error);
        }
        ret = sock->SetAuthChunk(static_cast<uint8_t>(type));
    }
    else if (name == "SCTP_RESET_STREAMS")
    {
        int64_t flags = 0;
        int64_t count = 0;
        std::vector<uint16_t> streams;
        const SctpScriptValue* list = v.Find("srs_stream_list");
        if (!SctpScriptStruct::CheckFields(
                v,
                {"srs_assoc_id", "srs_flags", "srs_number_streams", "srs_stream_list"},
                "sctp_reset_streams",
                error) ||
            !field("srs_flags", flags) || !field("srs_number_streams", count))
        {
            return Fail("setsockopt(SCTP_RESET_STREAMS): " + error);
        }
        if (list && list->kind == SctpScriptValue::LIST)
        {
            for (const auto& item : list->items)
            {
                int64_t sid = 0;
                if (!SctpScriptSymbols::Evaluate(item.value, sid, error))
                {
                    return Fail("setsockopt(SCTP_RESET_STREAMS): " + error);
                }
                streams.push_back(static_cast<uint16_t>(sid));
            }
        }
        if (static_cast<size_t>(count) != streams.size())
        {
            return Fail("setsockopt(SCTP_RESET_STREAMS): srs_number_streams is " +
                        std::to_string(count) + " but srs_stream_list has " +
                        std::to_string(streams.size()));
        }
        ret = sock->ResetStreams(streams, static_cast<uint16_t>(flags));
    }
    else if (name == "SCTP_ADD_STREAMS")
    {
        int64_t in = 0;
        int64_t out = 0;
        if (!SctpScriptStruct::CheckFields(v,
                                           {"sas_assoc_id", "sas_instrms", "sas_outstrms"},
                                           "sctp_add_streams",
                                           error) ||
            !field("sas_instrms", in) || !field("sas_outstrms", out))
        {
            return Fail("setsockopt(SCTP_ADD_STREAMS): " + error);
        }
        ret = sock->AddStreams(static_cast<uint16_t>(out), static_cast<uint16_t>(in));
    }
    else if (name == "SCTP_EVENT")
    {
        int64_t type = 0;
        int64_t on = 0;
        if (!SctpScriptStruct::CheckFields(v,
                                           {"se_assoc_id", "se_type", "se_on"},
                                           "sctp_event",
                                           error) ||
            !field("se_type", type) || !field("se_on", on))
        {
            return Fail("setsockopt(SCTP_EVENT): " + error);
        }
        ret = sock->SetEvent(static_cast<uint16_t>(type), on != 0);
    }
    else if (name == "SCTP_EVENTS")
    {
        if (v.kind != SctpScriptValue::STRUCT)
        {
            return Fail("setsockopt(SCTP_EVENTS): expected {sctp_data_io_event=..., ...}");
        }
        for (const auto& item : v.items)
        {
            bool known = false;
            for (const auto& f : g_eventFields)
            {
                if (item.key != f.field)
                {
                    continue;
                }
                known = true;
                int64_t on = 0;
                if (!field(f.field, on))
                {
                    return Fail("setsockopt(SCTP_EVENTS): " + error);
                }
                if (!present)
                {
                    continue;
                }
                if (f.type == 0)
                {
                    s->dataIoEvent = on != 0;
                }
                else if (sock->SetEvent(f.type, on != 0) != 0)
                {
                    return SocketError(*s);
                }
            }
            if (!known)
            {
                return Fail("setsockopt(SCTP_EVENTS): sctp_event_subscribe has no field '" +
                            item.key + "'");
            }
        }
    }
    else if (name == "SCTP_CC_OPTION")
    {
        int64_t option = 0;
        int64_t value = 0;
        const SctpScriptValue* aid = v.Find("aid_value");
        if (!SctpScriptStruct::CheckFields(v, {"option", "aid_value"}, "sctp_cc_option", error) ||
            !field("option", option) || aid == nullptr || !IntOrAssocValue(*aid, value, error))
        {
            return Fail("setsockopt(SCTP_CC_OPTION): " +
                        (error.empty() ? std::string("needs option and aid_value") : error));
        }
        ret = sock->SetCcOption(static_cast<uint32_t>(option), static_cast<uint32_t>(value));
    }
    else
    {
        if (!IntOrAssocValue(v, n, error))
        {
            return Fail("setsockopt(" + name + "): " + error);
        }
        if (name == "SO_RCVBUF")
        {
            ret = sock->SetRcvBuf(static_cast<uint32_t>(n));
        }
        else if (name == "SO_SNDBUF")
        {
            ret = sock->SetSndBuf(static_cast<uint32_t>(n));
        }
        else if (name == "SCTP_NODELAY")
        {
            ret = sock->SetNoDelay(n != 0);
        }
        else if (name == "SCTP_DISABLE_FRAGMENTS")
        {
            ret = sock->SetDisableFragments(n != 0);
        }
        else if (name == "SCTP_PARTIAL_DELIVERY_POINT")
        {
            ret = sock->SetPartialDeliveryPoint(static_cast<uint32_t>(n));
        }
        else if (name == "SCTP_EXPLICIT_EOR")
        {
            ret = sock->SetExplicitEor(n != 0);
        }
        else if (name == "SCTP_FRAGMENT_INTERLEAVE")
        {
            ret = sock->SetFragmentInterleave(static_cast<uint32_t>(n));
        }
        else if (name == "SCTP_USE_EXT_RCVINFO")
        {
            ret = sock->SetUseExtRcvInfo(n != 0);
        }
        else if (name == "SCTP_RECVRCVINFO")
        {
            s->recvRcvInfo = n != 0;
        }
        else if (name == "SCTP_RECVNXTINFO")
        {
            if (n != 0)
            {
                return Fail("unsupported: setsockopt(SCTP_RECVNXTINFO): SctpSocket cannot peek "
                            "at the next message");
            }
        }
        else if (name == "SCTP_PLUGGABLE_CC")
        {
            ret = sock->SetPluggableCc(static_cast<uint32_t>(n));
        }
        else if (name == "SCTP_ENABLE_STREAM_RESET")
        {
            ret = sock->SetEnableStreamReset(static_cast<uint32_t>(n));
        }
        else if (name == "SCTP_AUTOCLOSE")
        {
            ret = sock->SetAutoclose(static_cast<uint32_t>(n));
        }
        else if (name == "SCTP_RESET_ASSOC")
        {
            ret = sock->ResetAssoc(); // the value is the association id: one-to-one sockets
        }
        else if (name == "SCTP_MAXSEG" || name == "SCTP_MAX_BURST" || name == "SCTP_CONTEXT")
        {
            SctpAssocValue av;
            av.value = static_cast<uint32_t>(n);
            ret = name == "SCTP_MAXSEG"      ? sock->SetMaxSeg(av)
                  : name == "SCTP_MAX_BURST" ? sock->SetMaxBurst(av)
                                             : sock->SetContext(av);
        }
        else
        {
            return Fail("unsupported: setsockopt(" + name + ")");
        }
    }
    if (ret != 0)
    {
        return SocketError(*s);
    }
    return Done(0);
}

} // namespace ns3
