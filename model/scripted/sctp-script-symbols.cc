/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script-symbols.h"

#include <cstring>
#include <sstream>

namespace ns3
{

namespace
{

/// A name and its value.
struct Named
{
    const char* name; //!< the name
    int64_t value;    //!< the value
};

/// Chunk keywords of the dialect.
const Named g_chunks[] = {
    {"DATA", 0},
    {"INIT", 1},
    {"INIT_ACK", 2},
    {"SACK", 3},
    {"HEARTBEAT", 4},
    {"HEARTBEAT_ACK", 5},
    {"ABORT", 6},
    {"SHUTDOWN", 7},
    {"SHUTDOWN_ACK", 8},
    {"ERROR", 9},
    {"COOKIE_ECHO", 10},
    {"COOKIE_ACK", 11},
    {"ECNE", 12},
    {"CWR", 13},
    {"SHUTDOWN_COMPLETE", 14},
    {"AUTH", 15},
    {"NR_SACK", 16},
    {"I_DATA", 64},
    {"ASCONF_ACK", 128},
    {"PKTDROP", 129},
    {"RECONFIG", 130},
    {"PAD", 132},
    {"FORWARD_TSN", 192},
    {"ASCONF", 193},
    {"I_FORWARD_TSN", 194},
};

/// Parameter keywords.
const Named g_parameters[] = {
    {"HEARTBEAT_INFORMATION", 1},
    {"IPV4_ADDRESS", 5},
    {"IPV6_ADDRESS", 6},
    {"STATE_COOKIE", 7},
    {"UNRECOGNIZED_PARAMETER", 8},
    {"COOKIE_PRESERVATIVE", 9},
    {"HOSTNAME_ADDRESS", 11},
    {"SUPPORTED_ADDRESS_TYPES", 12},
    {"OUTGOING_SSN_RESET", 13},
    {"INCOMING_SSN_RESET", 14},
    {"SSN_TSN_RESET", 15},
    {"RECONFIG_RESPONSE", 16},
    {"ADD_OUTGOING_STREAMS", 17},
    {"ADD_INCOMING_STREAMS", 18},
    {"ECN_CAPABLE", 0x8000},
    {"ZERO_CHECKSUM_ACCEPTABLE", 0x8001},
    {"RANDOM", 0x8002},
    {"CHUNK_LIST", 0x8003},
    {"REQUESTED_HMAC_ALGORITHM", 0x8004},
    {"PAD", 0x8005},
    {"SUPPORTED_EXTENSIONS", 0x8008},
    {"FORWARD_TSN_SUPPORTED", 0xC000},
    {"ADD_IP_ADDRESS", 0xC001},
    {"DELETE_IP_ADDRESS", 0xC002},
    {"ERROR_CAUSE_INDICATION", 0xC003},
    {"SET_PRIMARY_ADDRESS", 0xC004},
    {"SUCCESS_INDICATION", 0xC005},
    {"ADAPTATION_INDICATION", 0xC006},
    {"NAT_SUPPORT", 0xC007},
};

/// Error cause keywords.
const Named g_causes[] = {
    {"INVALID_STREAM_IDENTIFIER", 1},
    {"MISSING_MANDATORY_PARAMETER", 2},
    {"STALE_COOKIE_ERROR", 3},
    {"OUT_OF_RESOURCE", 4},
    {"UNRESOLVABLE_ADDRESS", 5},
    {"UNRECOGNIZED_CHUNK_TYPE", 6},
    {"INVALID_MANDATORY_PARAMETER", 7},
    {"UNRECOGNIZED_PARAMETERS", 8},
    {"NO_USER_DATA", 9},
    {"COOKIE_RECEIVED_WHILE_SHUTDOWN", 10},
    {"RESTART_WITH_NEW_ADDRESSES", 11},
    {"USER_INITIATED_ABORT", 12},
    {"PROTOCOL_VIOLATION", 13},
    {"DELETE_LAST_REMAINING_IP_ADDRESS", 0xA0},
    {"RESOURCE_SHORTAGE", 0xA1},
    {"DELETE_SOURCE_IP_ADDRESS", 0xA2},
    {"ILLEGAL_ASCONF_ACK", 0xA3},
    {"REQUEST_REFUSED_NO_AUTHORIZATION", 0xA4},
    {"UNSUPPORTED_HMAC_IDENTIFIER", 0x105},
};

/// errno names with FreeBSD's values.
const Named g_errnos[] = {
    {"EPERM", 1},
    {"ENOENT", 2},
    {"EINTR", 4},
    {"EIO", 5},
    {"EBADF", 9},
    {"ENOMEM", 12},
    {"EACCES", 13},
    {"EFAULT", 14},
    {"EBUSY", 16},
    {"EEXIST", 17},
    {"ENODEV", 19},
    {"EINVAL", 22},
    {"ENFILE", 23},
    {"EMFILE", 24},
    {"ENOSPC", 28},
    {"EPIPE", 32},
    {"EAGAIN", 35},
    {"EWOULDBLOCK", 35},
    {"EINPROGRESS", 36},
    {"EALREADY", 37},
    {"ENOTSOCK", 38},
    {"EDESTADDRREQ", 39},
    {"EMSGSIZE", 40},
    {"EPROTOTYPE", 41},
    {"ENOPROTOOPT", 42},
    {"EPROTONOSUPPORT", 43},
    {"ESOCKTNOSUPPORT", 44},
    {"EOPNOTSUPP", 45},
    {"ENOTSUP", 45},
    {"EPFNOSUPPORT", 46},
    {"EAFNOSUPPORT", 47},
    {"EADDRINUSE", 48},
    {"EADDRNOTAVAIL", 49},
    {"ENETDOWN", 50},
    {"ENETUNREACH", 51},
    {"ENETRESET", 52},
    {"ECONNABORTED", 53},
    {"ECONNRESET", 54},
    {"ENOBUFS", 55},
    {"EISCONN", 56},
    {"ENOTCONN", 57},
    {"ESHUTDOWN", 58},
    {"ETIMEDOUT", 60},
    {"ECONNREFUSED", 61},
    {"EHOSTDOWN", 64},
    {"EHOSTUNREACH", 65},
};

/// Constants of the socket API, with FreeBSD's values.
const Named g_constants[] = {
    {"NULL", 0},
    {"INADDR_ANY", 0},
    {"AF_UNSPEC", 0},
    {"AF_INET", 2},
    {"PF_INET", 2},
    {"AF_INET6", 28},
    {"PF_INET6", 28},
    {"SOCK_STREAM", 1},
    {"SOCK_DGRAM", 2},
    {"SOCK_SEQPACKET", 5},
    {"IPPROTO_IP", 0},
    {"IPPROTO_TCP", 6},
    {"IPPROTO_UDP", 17},
    {"IPPROTO_IPV6", 41},
    {"IPPROTO_SCTP", 132},
    {"SOL_SOCKET", 0xffff},
    {"O_RDONLY", 0},
    {"O_WRONLY", 1},
    {"O_RDWR", 2},
    {"O_NONBLOCK", 4},
    {"F_GETFD", 1},
    {"F_SETFD", 2},
    {"F_GETFL", 3},
    {"F_SETFL", 4},
    {"SHUT_RD", 0},
    {"SHUT_WR", 1},
    {"SHUT_RDWR", 2},
    {"MSG_OOB", 0x1},
    {"MSG_PEEK", 0x2},
    {"MSG_DONTROUTE", 0x4},
    {"MSG_EOR", 0x8},
    {"MSG_TRUNC", 0x10},
    {"MSG_CTRUNC", 0x20},
    {"MSG_WAITALL", 0x40},
    {"MSG_DONTWAIT", 0x80},
    {"MSG_NOTIFICATION", 0x2000},
    {"MSG_NOSIGNAL", 0x20000},
    {"SCTP_EOF", 0x0100},
    {"SCTP_ABORT", 0x0200},
    {"SCTP_UNORDERED", 0x0400},
    {"SCTP_ADDR_OVER", 0x0800},
    {"SCTP_SENDALL", 0x1000},
    {"SCTP_EOR", 0x2000},
    {"SCTP_SACK_IMMEDIATELY", 0x4000},
    {"SCTP_COMPLETE", 0x0020},
    {"SCTP_NEXT_MSG_AVAIL", 0x1},
    {"SCTP_NEXT_MSG_ISCOMPLETE", 0x2},
    {"SCTP_NEXT_MSG_IS_UNORDERED", 0x4},
    {"SCTP_NEXT_MSG_IS_NOTIFICATION", 0x8},
    {"SCTP_CLOSED", 0x0000},
    {"SCTP_BOUND", 0x1000},
    {"SCTP_LISTEN", 0x2000},
    {"SCTP_COOKIE_WAIT", 0x0002},
    {"SCTP_COOKIE_ECHOED", 0x0004},
    {"SCTP_ESTABLISHED", 0x0008},
    {"SCTP_SHUTDOWN_SENT", 0x0010},
    {"SCTP_SHUTDOWN_RECEIVED", 0x0020},
    {"SCTP_SHUTDOWN_ACK_SENT", 0x0040},
    {"SCTP_SHUTDOWN_PENDING", 0x0080},
    {"SCTP_ACTIVE", 0x0001},
    {"SCTP_INACTIVE", 0x0002},
    {"SCTP_UNCONFIRMED", 0x0200},
    {"SCTP_SENDV_NOINFO", 0},
    {"SCTP_SENDV_SNDINFO", 1},
    {"SCTP_SENDV_PRINFO", 2},
    {"SCTP_SENDV_AUTHINFO", 3},
    {"SCTP_SENDV_SPA", 4},
    {"SCTP_SEND_SNDINFO_VALID", 0x1},
    {"SCTP_SEND_PRINFO_VALID", 0x2},
    {"SCTP_SEND_AUTHINFO_VALID", 0x4},
    {"SCTP_RECVV_NOINFO", 0},
    {"SCTP_RECVV_RCVINFO", 1},
    {"SCTP_RECVV_NXTINFO", 2},
    {"SCTP_RECVV_RN", 3},
    {"SCTP_PR_SCTP_NONE", 0},
    {"SCTP_PR_SCTP_TTL", 1},
    {"SCTP_PR_SCTP_PRIO", 2},
    {"SCTP_PR_SCTP_BUF", 2},
    {"SCTP_PR_SCTP_RTX", 3},
    {"SCTP_BINDX_ADD_ADDR", 0x8001},
    {"SCTP_BINDX_REM_ADDR", 0x8002},
    {"SCTP_SNDRCV", 0x0002},
    {"SCTP_EXTRCV", 0x0003},
    {"SCTP_SNDINFO", 0x0004},
    {"SCTP_RCVINFO", 0x0005},
    {"SCTP_NXTINFO", 0x0006},
    {"SCTP_PRINFO", 0x0007},
    {"SCTP_AUTHINFO", 0x0008},
    {"SCTP_DSTADDRV4", 0x0009},
    {"SCTP_DSTADDRV6", 0x000a},
    {"SCTP_ASSOC_CHANGE", 0x0001},
    {"SCTP_PEER_ADDR_CHANGE", 0x0002},
    {"SCTP_REMOTE_ERROR", 0x0003},
    {"SCTP_SEND_FAILED", 0x0004},
    {"SCTP_SHUTDOWN_EVENT", 0x0005},
    {"SCTP_ADAPTATION_INDICATION", 0x0006},
    {"SCTP_PARTIAL_DELIVERY_EVENT", 0x0007},
    {"SCTP_AUTHENTICATION_EVENT", 0x0008},
    {"SCTP_STREAM_RESET_EVENT", 0x0009},
    {"SCTP_SENDER_DRY_EVENT", 0x000a},
    {"SCTP_NOTIFICATIONS_STOPPED_EVENT", 0x000b},
    {"SCTP_ASSOC_RESET_EVENT", 0x000c},
    {"SCTP_STREAM_CHANGE_EVENT", 0x000d},
    {"SCTP_STREAM_RESET_INCOMING", 0x0001},
    {"SCTP_STREAM_RESET_OUTGOING", 0x0002},
    {"SCTP_ENABLE_RESET_STREAM_REQ", 0x0001},
    {"SCTP_ENABLE_RESET_ASSOC_REQ", 0x0002},
    {"SCTP_ENABLE_CHANGE_ASSOC_REQ", 0x0004},
    {"SCTP_SEND_FAILED_EVENT", 0x000e},
    {"SCTP_COMM_UP", 1},
    {"SCTP_COMM_LOST", 2},
    {"SCTP_RESTART", 3},
    {"SCTP_SHUTDOWN_COMP", 4},
    {"SCTP_CANT_STR_ASSOC", 5},
    {"SCTP_ADDR_AVAILABLE", 1},
    {"SCTP_ADDR_UNREACHABLE", 2},
    {"SCTP_ADDR_REMOVED", 3},
    {"SCTP_ADDR_ADDED", 4},
    {"SCTP_ADDR_MADE_PRIM", 5},
    {"SCTP_ADDR_CONFIRMED", 6},
    {"SCTP_ADDR_POTENTIALLY_FAILED", 7},
    {"SCTP_DATA_UNSENT", 0x0001},
    {"SCTP_DATA_SENT", 0x0002},
    {"SCTP_CC_RFC2581", 0},
    {"SCTP_CC_HSTCP", 1},
    {"SCTP_CC_HTCP", 2},
    {"SCTP_CC_RTCC", 3},
    {"SCTP_CC_OPT_RTCC_SETMODE", 0x2000},
    {"SCTP_CC_OPT_USE_DCCC_ECN", 0x2001},
    {"SCTP_CC_OPT_STEADY_STEP", 0x2002},
    {"SPP_HB_ENABLE", 0x1},
    {"SPP_HB_DISABLE", 0x2},
    {"SPP_HB_DEMAND", 0x4},
    {"SPP_PMTUD_ENABLE", 0x8},
    {"SPP_PMTUD_DISABLE", 0x10},
    {"SPP_HB_TIME_IS_ZERO", 0x80},
    {"SPP_IPV6_FLOWLABEL", 0x100},
    {"SPP_DSCP", 0x200},
};

/**
 * \param [in] table a table
 * \param [in] name a name
 * \param [out] value its value
 * \return true if found
 */
template <size_t N>
bool
Lookup(const Named (&table)[N], const std::string& name, int64_t& value)
{
    for (const Named& n : table)
    {
        if (name == n.name)
        {
            value = n.value;
            return true;
        }
    }
    return false;
}

/**
 * \param [in] table a table
 * \param [in] value a value
 * \return the first name with that value, or ""
 */
template <size_t N>
std::string
ReverseLookup(const Named (&table)[N], int64_t value)
{
    for (const Named& n : table)
    {
        if (n.value == value)
        {
            return n.name;
        }
    }
    return "";
}

} // namespace

int
SctpScriptSymbols::ChunkType(const std::string& name)
{
    int64_t v;
    return Lookup(g_chunks, name, v) ? static_cast<int>(v) : -1;
}

std::string
SctpScriptSymbols::ChunkName(uint8_t type)
{
    return ReverseLookup(g_chunks, type);
}

int
SctpScriptSymbols::ParameterType(const std::string& name)
{
    int64_t v;
    return Lookup(g_parameters, name, v) ? static_cast<int>(v) : -1;
}

std::string
SctpScriptSymbols::ParameterName(uint16_t type)
{
    return ReverseLookup(g_parameters, type);
}

int
SctpScriptSymbols::CauseCode(const std::string& name)
{
    int64_t v;
    return Lookup(g_causes, name, v) ? static_cast<int>(v) : -1;
}

std::string
SctpScriptSymbols::CauseName(uint16_t code)
{
    return ReverseLookup(g_causes, code);
}

std::string
SctpScriptSymbols::FlagLetters(uint8_t type)
{
    switch (type)
    {
    case 0:  // DATA
    case 64: // I_DATA
        return "IUBE";
    case 6:  // ABORT
    case 14: // SHUTDOWN_COMPLETE
        return "T";
    default:
        return "";
    }
}

std::string
SctpScriptSymbols::FormatFlags(uint8_t type, uint8_t flags)
{
    std::string letters = FlagLetters(type);
    uint8_t known = static_cast<uint8_t>((1u << letters.size()) - 1);
    if (letters.empty() || flags == 0 || (flags & ~known) != 0)
    {
        if (flags == 0)
        {
            return "0";
        }
        std::ostringstream os;
        os << "0x" << std::hex << static_cast<int>(flags);
        return os.str();
    }
    std::string out;
    for (size_t i = 0; i < letters.size(); ++i)
    {
        size_t bit = letters.size() - 1 - i;
        if (flags & (1u << bit))
        {
            out += letters[i];
        }
    }
    return out;
}

int
SctpScriptSymbols::ErrnoValue(const std::string& name)
{
    int64_t v;
    return Lookup(g_errnos, name, v) ? static_cast<int>(v) : -1;
}

std::string
SctpScriptSymbols::ErrnoName(int value)
{
    std::string name = ReverseLookup(g_errnos, value);
    return name.empty() ? std::to_string(value) : name;
}

bool
SctpScriptSymbols::Constant(const std::string& name, int64_t& value)
{
    if (Lookup(g_constants, name, value))
    {
        return true;
    }
    int e = ErrnoValue(name);
    if (e >= 0)
    {
        value = e;
        return true;
    }
    return false;
}

bool
SctpScriptSymbols::Evaluate(const SctpScriptValue& value, int64_t& out, std::string& error)
{
    switch (value.kind)
    {
    case SctpScriptValue::NUMBER:
        out = value.number;
        return true;
    case SctpScriptValue::WORD:
        if (Constant(value.text, out))
        {
            return true;
        }
        error = "unknown symbol " + value.text;
        return false;
    case SctpScriptValue::CALL:
        if ((value.text == "htonl" || value.text == "htons" || value.text == "ntohl" ||
             value.text == "ntohs") &&
            value.items.size() == 1)
        {
            return Evaluate(value.items[0].value, out, error);
        }
        error = "cannot evaluate " + value.ToString();
        return false;
    case SctpScriptValue::OR: {
        out = 0;
        for (const auto& item : value.items)
        {
            int64_t v;
            if (!Evaluate(item.value, v, error))
            {
                return false;
            }
            out |= v;
        }
        return true;
    }
    case SctpScriptValue::LIST:
        if (value.items.size() == 1)
        {
            return Evaluate(value.items[0].value, out, error);
        }
        break;
    default:
        break;
    }
    error = "expected a number, got " + value.ToString();
    return false;
}

} // namespace ns3
