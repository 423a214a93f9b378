/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// SctpUsrsctpSocket's socket options: each is the RFC 6458 option of the same name on the
// library's socket.

#include "sctp-usrsctp-l4-protocol.h"
#include "sctp-usrsctp-socket.h"

#include "ns3/log.h"

#include <arpa/inet.h>
#include <cstring>
#include <usrsctp.h>

// Options libusrsctp 0.9.5 implements but does not declare in usrsctp.h (values of its
// netinet/sctp.h).
#ifndef SCTP_PLUGGABLE_CC
#define SCTP_PLUGGABLE_CC 0x00001202
#endif
#ifndef SCTP_CC_OPTION
#define SCTP_CC_OPTION 0x00001205
#endif

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpUsrsctpSocketOptions");

int
SctpUsrsctpSocket::SetEnableStreamReset(uint32_t flags)
{
    struct sctp_assoc_value v;
    v.assoc_id = SCTP_FUTURE_ASSOC;
    v.assoc_value = flags;
    return SetOption(IPPROTO_SCTP,
                     SCTP_ENABLE_STREAM_RESET,
                     &v,
                     sizeof(v),
                     "SCTP_ENABLE_STREAM_RESET");
}

int
SctpUsrsctpSocket::ResetStreams(const std::vector<uint16_t>& streams, uint16_t flags)
{
    std::vector<uint8_t> buffer(sizeof(struct sctp_reset_streams) + 2 * streams.size());
    auto* r = reinterpret_cast<struct sctp_reset_streams*>(buffer.data());
    r->srs_assoc_id = 0;
    r->srs_flags = flags;
    r->srs_number_streams = static_cast<uint16_t>(streams.size());
    for (size_t i = 0; i < streams.size(); ++i)
    {
        r->srs_stream_list[i] = streams[i];
    }
    return SetOption(IPPROTO_SCTP,
                     SCTP_RESET_STREAMS,
                     buffer.data(),
                     buffer.size(),
                     "SCTP_RESET_STREAMS");
}

int
SctpUsrsctpSocket::AddStreams(uint16_t outgoing, uint16_t incoming)
{
    struct sctp_add_streams a;
    a.sas_assoc_id = 0;
    a.sas_instrms = incoming;
    a.sas_outstrms = outgoing;
    return SetOption(IPPROTO_SCTP, SCTP_ADD_STREAMS, &a, sizeof(a), "SCTP_ADD_STREAMS");
}

int
SctpUsrsctpSocket::ResetAssoc()
{
    sctp_assoc_t id = 0;
    return SetOption(IPPROTO_SCTP, SCTP_RESET_ASSOC, &id, sizeof(id), "SCTP_RESET_ASSOC");
}

int
SctpUsrsctpSocket::SetAuthChunk(uint8_t type)
{
    struct sctp_authchunk a;
    a.sauth_chunk = type;
    return SetOption(IPPROTO_SCTP, SCTP_AUTH_CHUNK, &a, sizeof(a), "SCTP_AUTH_CHUNK");
}

int
SctpUsrsctpSocket::SetAuthKey(const SctpAuthKey& key)
{
    std::vector<uint8_t> buffer(sizeof(struct sctp_authkey) + key.key.size());
    auto* k = reinterpret_cast<struct sctp_authkey*>(buffer.data());
    k->sca_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    k->sca_keynumber = key.keyNumber;
    k->sca_keylength = static_cast<uint16_t>(key.key.size());
    std::copy(key.key.begin(), key.key.end(), buffer.begin() + sizeof(struct sctp_authkey));
    return SetOption(IPPROTO_SCTP, SCTP_AUTH_KEY, buffer.data(), buffer.size(), "SCTP_AUTH_KEY");
}

int
SctpUsrsctpSocket::KeyIdOption(int name, uint16_t key, const char* what)
{
    struct sctp_authkeyid k;
    k.scact_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    k.scact_keynumber = key;
    return SetOption(IPPROTO_SCTP, name, &k, sizeof(k), what);
}

int
SctpUsrsctpSocket::SetAuthActiveKey(const SctpAuthKeyId& id)
{
    return KeyIdOption(SCTP_AUTH_ACTIVE_KEY, id.keyNumber, "SCTP_AUTH_ACTIVE_KEY");
}

int
SctpUsrsctpSocket::GetAuthActiveKey(SctpAuthKeyId& id) const
{
    struct sctp_authkeyid k;
    k.scact_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    k.scact_keynumber = 0;
    int r = GetOption(IPPROTO_SCTP, SCTP_AUTH_ACTIVE_KEY, &k, sizeof(k), "SCTP_AUTH_ACTIVE_KEY");
    id.keyNumber = k.scact_keynumber;
    return r;
}

int
SctpUsrsctpSocket::DeleteAuthKey(const SctpAuthKeyId& id)
{
    return KeyIdOption(SCTP_AUTH_DELETE_KEY, id.keyNumber, "SCTP_AUTH_DELETE_KEY");
}

int
SctpUsrsctpSocket::DeactivateAuthKey(const SctpAuthKeyId& id)
{
    return KeyIdOption(SCTP_AUTH_DEACTIVATE_KEY, id.keyNumber, "SCTP_AUTH_DEACTIVATE_KEY");
}

int
SctpUsrsctpSocket::SetNoDelay(bool on)
{
    int v = on ? 1 : 0;
    return SetOption(IPPROTO_SCTP, SCTP_NODELAY, &v, sizeof(v), "SCTP_NODELAY");
}

bool
SctpUsrsctpSocket::GetNoDelay() const
{
    int v = 0;
    GetOption(IPPROTO_SCTP, SCTP_NODELAY, &v, sizeof(v), "SCTP_NODELAY");
    return v != 0;
}

int
SctpUsrsctpSocket::SetRtoInfo(const SctpRtoInfo& info)
{
    struct sctp_rtoinfo r;
    std::memset(&r, 0, sizeof(r));
    r.srto_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    r.srto_initial = info.initial;
    r.srto_max = info.max;
    r.srto_min = info.min;
    return SetOption(IPPROTO_SCTP, SCTP_RTOINFO, &r, sizeof(r), "SCTP_RTOINFO");
}

int
SctpUsrsctpSocket::GetRtoInfo(SctpRtoInfo& info) const
{
    struct sctp_rtoinfo r;
    std::memset(&r, 0, sizeof(r));
    r.srto_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    if (GetOption(IPPROTO_SCTP, SCTP_RTOINFO, &r, sizeof(r), "SCTP_RTOINFO") != 0)
    {
        return -1;
    }
    info.initial = r.srto_initial;
    info.max = r.srto_max;
    info.min = r.srto_min;
    return 0;
}

int
SctpUsrsctpSocket::SetAssocInfo(const SctpAssocParams& p)
{
    struct sctp_assocparams a;
    std::memset(&a, 0, sizeof(a));
    a.sasoc_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    a.sasoc_asocmaxrxt = p.asocMaxRxt;
    a.sasoc_cookie_life = p.cookieLife;
    return SetOption(IPPROTO_SCTP, SCTP_ASSOCINFO, &a, sizeof(a), "SCTP_ASSOCINFO");
}

int
SctpUsrsctpSocket::GetAssocInfo(SctpAssocParams& p) const
{
    struct sctp_assocparams a;
    std::memset(&a, 0, sizeof(a));
    a.sasoc_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    if (GetOption(IPPROTO_SCTP, SCTP_ASSOCINFO, &a, sizeof(a), "SCTP_ASSOCINFO") != 0)
    {
        return -1;
    }
    p.asocMaxRxt = a.sasoc_asocmaxrxt;
    p.numberPeerDestinations = a.sasoc_number_peer_destinations;
    p.peerRwnd = a.sasoc_peer_rwnd;
    p.localRwnd = a.sasoc_local_rwnd;
    p.cookieLife = a.sasoc_cookie_life;
    return 0;
}

int
SctpUsrsctpSocket::SetInitMsg(const SctpInitMsg& m)
{
    struct sctp_initmsg i;
    std::memset(&i, 0, sizeof(i));
    i.sinit_num_ostreams = m.numOstreams;
    i.sinit_max_instreams = m.maxInstreams;
    i.sinit_max_attempts = m.maxAttempts;
    i.sinit_max_init_timeo = m.maxInitTimeo;
    return SetOption(IPPROTO_SCTP, SCTP_INITMSG, &i, sizeof(i), "SCTP_INITMSG");
}

int
SctpUsrsctpSocket::GetInitMsg(SctpInitMsg& m) const
{
    struct sctp_initmsg i;
    std::memset(&i, 0, sizeof(i));
    if (GetOption(IPPROTO_SCTP, SCTP_INITMSG, &i, sizeof(i), "SCTP_INITMSG") != 0)
    {
        return -1;
    }
    m.numOstreams = i.sinit_num_ostreams;
    m.maxInstreams = i.sinit_max_instreams;
    m.maxAttempts = i.sinit_max_attempts;
    m.maxInitTimeo = i.sinit_max_init_timeo;
    return 0;
}

int
SctpUsrsctpSocket::SetMaxSeg(const SctpAssocValue& v)
{
    struct sctp_assoc_value a;
    a.assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    a.assoc_value = v.value;
    return SetOption(IPPROTO_SCTP, SCTP_MAXSEG, &a, sizeof(a), "SCTP_MAXSEG");
}

int
SctpUsrsctpSocket::GetMaxSeg(SctpAssocValue& v) const
{
    struct sctp_assoc_value a;
    a.assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    a.assoc_value = 0;
    if (GetOption(IPPROTO_SCTP, SCTP_MAXSEG, &a, sizeof(a), "SCTP_MAXSEG") != 0)
    {
        return -1;
    }
    v.value = a.assoc_value;
    return 0;
}

int
SctpUsrsctpSocket::SetDelayedSack(const SctpSackInfo& s)
{
    struct sctp_sack_info i;
    i.sack_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    i.sack_delay = s.delay;
    i.sack_freq = s.freq;
    return SetOption(IPPROTO_SCTP, SCTP_DELAYED_SACK, &i, sizeof(i), "SCTP_DELAYED_SACK");
}

int
SctpUsrsctpSocket::GetDelayedSack(SctpSackInfo& s) const
{
    struct sctp_sack_info i;
    std::memset(&i, 0, sizeof(i));
    i.sack_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    if (GetOption(IPPROTO_SCTP, SCTP_DELAYED_SACK, &i, sizeof(i), "SCTP_DELAYED_SACK") != 0)
    {
        return -1;
    }
    s.delay = i.sack_delay;
    s.freq = i.sack_freq;
    return 0;
}

int
SctpUsrsctpSocket::SetMaxBurst(const SctpAssocValue& v)
{
    struct sctp_assoc_value a;
    a.assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    a.assoc_value = v.value;
    return SetOption(IPPROTO_SCTP, SCTP_MAX_BURST, &a, sizeof(a), "SCTP_MAX_BURST");
}

int
SctpUsrsctpSocket::GetMaxBurst(SctpAssocValue& v) const
{
    struct sctp_assoc_value a;
    a.assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    a.assoc_value = 0;
    if (GetOption(IPPROTO_SCTP, SCTP_MAX_BURST, &a, sizeof(a), "SCTP_MAX_BURST") != 0)
    {
        return -1;
    }
    v.value = a.assoc_value;
    return 0;
}

int
SctpUsrsctpSocket::GetStatus(SctpStatus& s) const
{
    if (!IsConnected())
    {
        return Fail(ERROR_NOTCONN, "SCTP_STATUS");
    }
    struct sctp_status st;
    std::memset(&st, 0, sizeof(st));
    if (GetOption(IPPROTO_SCTP, SCTP_STATUS, &st, sizeof(st), "SCTP_STATUS") != 0)
    {
        return -1;
    }
    const_cast<SctpUsrsctpSocket*>(this)->PollStatus();
    s.state = static_cast<int32_t>(m_state.Get());
    s.rwnd = st.sstat_rwnd;
    s.unackdata = st.sstat_unackdata;
    s.penddata = st.sstat_penddata;
    s.instrms = st.sstat_instrms;
    s.outstrms = st.sstat_outstrms;
    s.fragmentationPoint = st.sstat_fragmentation_point;
    s.primary.address = m_peer;
    s.primary.state = st.sstat_primary.spinfo_state == SCTP_INACTIVE ? 2 : 1;
    s.primary.cwnd = st.sstat_primary.spinfo_cwnd;
    s.primary.srtt = st.sstat_primary.spinfo_srtt;
    s.primary.rto = st.sstat_primary.spinfo_rto;
    s.primary.mtu = st.sstat_primary.spinfo_mtu;
    return 0;
}

int
SctpUsrsctpSocket::SetDisableFragments(bool on)
{
    int v = on ? 1 : 0;
    return SetOption(IPPROTO_SCTP, SCTP_DISABLE_FRAGMENTS, &v, sizeof(v), "SCTP_DISABLE_FRAGMENTS");
}

bool
SctpUsrsctpSocket::GetDisableFragments() const
{
    int v = 0;
    GetOption(IPPROTO_SCTP, SCTP_DISABLE_FRAGMENTS, &v, sizeof(v), "SCTP_DISABLE_FRAGMENTS");
    return v != 0;
}

int
SctpUsrsctpSocket::SetDefaultSendParam(const SctpSndInfo& i)
{
    struct sctp_sndinfo s;
    std::memset(&s, 0, sizeof(s));
    s.snd_sid = i.sid;
    s.snd_flags = i.flags;
    s.snd_ppid = htonl(i.ppid);
    s.snd_context = i.context;
    s.snd_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    return SetOption(IPPROTO_SCTP, SCTP_DEFAULT_SNDINFO, &s, sizeof(s), "SCTP_DEFAULT_SNDINFO");
}

int
SctpUsrsctpSocket::GetDefaultSendParam(SctpSndInfo& i) const
{
    struct sctp_sndinfo s;
    std::memset(&s, 0, sizeof(s));
    s.snd_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    if (GetOption(IPPROTO_SCTP, SCTP_DEFAULT_SNDINFO, &s, sizeof(s), "SCTP_DEFAULT_SNDINFO") != 0)
    {
        return -1;
    }
    i.sid = s.snd_sid;
    i.flags = s.snd_flags;
    i.ppid = ntohl(s.snd_ppid);
    i.context = s.snd_context;
    return 0;
}

int
SctpUsrsctpSocket::SetPartialDeliveryPoint(uint32_t bytes)
{
    return SetOption(IPPROTO_SCTP,
                     SCTP_PARTIAL_DELIVERY_POINT,
                     &bytes,
                     sizeof(bytes),
                     "SCTP_PARTIAL_DELIVERY_POINT");
}

uint32_t
SctpUsrsctpSocket::GetPartialDeliveryPoint() const
{
    uint32_t v = 0;
    GetOption(IPPROTO_SCTP,
              SCTP_PARTIAL_DELIVERY_POINT,
              &v,
              sizeof(v),
              "SCTP_PARTIAL_DELIVERY_POINT");
    return v;
}

int
SctpUsrsctpSocket::SetExplicitEor(bool on)
{
    int v = on ? 1 : 0;
    return SetOption(IPPROTO_SCTP, SCTP_EXPLICIT_EOR, &v, sizeof(v), "SCTP_EXPLICIT_EOR");
}

bool
SctpUsrsctpSocket::GetExplicitEor() const
{
    int v = 0;
    GetOption(IPPROTO_SCTP, SCTP_EXPLICIT_EOR, &v, sizeof(v), "SCTP_EXPLICIT_EOR");
    return v != 0;
}

int
SctpUsrsctpSocket::SetContext(const SctpAssocValue& v)
{
    struct sctp_assoc_value a;
    a.assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    a.assoc_value = v.value;
    return SetOption(IPPROTO_SCTP, SCTP_CONTEXT, &a, sizeof(a), "SCTP_CONTEXT");
}

int
SctpUsrsctpSocket::GetContext(SctpAssocValue& v) const
{
    struct sctp_assoc_value a;
    a.assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    a.assoc_value = 0;
    if (GetOption(IPPROTO_SCTP, SCTP_CONTEXT, &a, sizeof(a), "SCTP_CONTEXT") != 0)
    {
        return -1;
    }
    v.value = a.assoc_value;
    return 0;
}

int
SctpUsrsctpSocket::SetFragmentInterleave(uint32_t level)
{
    int v = static_cast<int>(level);
    return SetOption(IPPROTO_SCTP,
                     SCTP_FRAGMENT_INTERLEAVE,
                     &v,
                     sizeof(v),
                     "SCTP_FRAGMENT_INTERLEAVE");
}

uint32_t
SctpUsrsctpSocket::GetFragmentInterleave() const
{
    int v = 0;
    GetOption(IPPROTO_SCTP, SCTP_FRAGMENT_INTERLEAVE, &v, sizeof(v), "SCTP_FRAGMENT_INTERLEAVE");
    return static_cast<uint32_t>(v);
}

int
SctpUsrsctpSocket::SetUseExtRcvInfo(bool on)
{
    m_useExtRcvInfo = on; // the receive info returned is sctp_rcvinfo either way
    return 0;
}

bool
SctpUsrsctpSocket::GetUseExtRcvInfo() const
{
    return m_useExtRcvInfo;
}

int
SctpUsrsctpSocket::SetSndBuf(uint32_t bytes)
{
    if (bytes == 0)
    {
        return Fail(ERROR_INVAL, "SO_SNDBUF (0)");
    }
    int v = static_cast<int>(bytes);
    return SetOption(SOL_SOCKET, SO_SNDBUF, &v, sizeof(v), "SO_SNDBUF");
}

uint32_t
SctpUsrsctpSocket::GetSndBuf() const
{
    int v = 0;
    GetOption(SOL_SOCKET, SO_SNDBUF, &v, sizeof(v), "SO_SNDBUF");
    return static_cast<uint32_t>(v);
}

int
SctpUsrsctpSocket::SetRcvBuf(uint32_t bytes)
{
    if (bytes == 0)
    {
        return Fail(ERROR_INVAL, "SO_RCVBUF (0)");
    }
    int v = static_cast<int>(bytes);
    return SetOption(SOL_SOCKET, SO_RCVBUF, &v, sizeof(v), "SO_RCVBUF");
}

uint32_t
SctpUsrsctpSocket::GetRcvBuf() const
{
    int v = 0;
    GetOption(SOL_SOCKET, SO_RCVBUF, &v, sizeof(v), "SO_RCVBUF");
    return static_cast<uint32_t>(v);
}

int
SctpUsrsctpSocket::BindX(const std::vector<Address>& addresses, bool add)
{
    NS_LOG_FUNCTION(this << addresses.size() << add);
    if (addresses.empty())
    {
        return Fail(ERROR_INVAL, "sctp_bindx (no address)");
    }
    if (!add)
    {
        return Fail(ERROR_OPNOTSUPP, "sctp_bindx (AF_CONN is single-homed)");
    }
    // The node's one AF_CONN address stands for all its IPv4 addresses.
    return m_phase == IDLE ? Bind(addresses.front()) : 0;
}

int
SctpUsrsctpSocket::ConnectX(const std::vector<Address>& addresses)
{
    NS_LOG_FUNCTION(this << addresses.size());
    if (addresses.empty())
    {
        return Fail(ERROR_INVAL, "sctp_connectx (no address)");
    }
    return Connect(addresses.front()); // single-homed
}

int
SctpUsrsctpSocket::GetPeerAddresses(std::vector<Address>& addresses) const
{
    if (!IsConnected())
    {
        return Fail(ERROR_NOTCONN, "sctp_getpaddrs");
    }
    addresses.clear();
    addresses.emplace_back(m_peer.GetIpv4());
    return 0;
}

int
SctpUsrsctpSocket::SetPrimaryAddr(const Address& peer)
{
    if (!IsConnected())
    {
        return Fail(ERROR_NOTCONN, "SCTP_PRIMARY_ADDR");
    }
    if (!Ipv4Address::IsMatchingType(peer) || Ipv4Address::ConvertFrom(peer) != m_peer.GetIpv4())
    {
        return Fail(ERROR_INVAL, "SCTP_PRIMARY_ADDR (not the peer's address)");
    }
    return 0;
}

int
SctpUsrsctpSocket::GetPrimaryAddr(Address& peer) const
{
    if (!IsConnected())
    {
        return Fail(ERROR_NOTCONN, "SCTP_PRIMARY_ADDR");
    }
    peer = m_peer.GetIpv4();
    return 0;
}

int
SctpUsrsctpSocket::GetPeerAddrInfo(SctpPaddrInfo& info) const
{
    SctpStatus status;
    if (GetStatus(status) != 0)
    {
        return -1;
    }
    info = status.primary;
    info.address = m_peer.GetIpv4();
    return 0;
}

int
SctpUsrsctpSocket::SetPeerAddrParams(const SctpPaddrParams& p)
{
    if (!p.address.IsInvalid() && (!IsConnected() || !Ipv4Address::IsMatchingType(p.address) ||
                                   Ipv4Address::ConvertFrom(p.address) != m_peer.GetIpv4()))
    {
        return Fail(ERROR_INVAL, "SCTP_PEER_ADDR_PARAMS (not the peer's address)");
    }
    struct sctp_paddrparams params;
    std::memset(&params, 0, sizeof(params));
    params.spp_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    params.spp_address.ss_family = AF_CONN; // with a null sconn_addr: every path
    params.spp_hbinterval = p.hbinterval;
    params.spp_pathmaxrxt = p.pathmaxrxt;
    params.spp_flags = p.flags;
    if ((p.flags & SPP_PMTUD_DISABLE) && p.pathmtu > 0)
    {
        // An IP MTU, as for the module's stack; for AF_CONN the library counts SCTP bytes
        // after the common header.
        uint32_t overhead = 20 + 12 + (m_l4->GetConnectUdpPort() ? 8 : 0);
        if (p.pathmtu <= overhead + 64)
        {
            return Fail(ERROR_INVAL, "SCTP_PEER_ADDR_PARAMS (path MTU too small)");
        }
        params.spp_pathmtu = p.pathmtu - overhead;
    }
    return SetOption(IPPROTO_SCTP,
                     SCTP_PEER_ADDR_PARAMS,
                     &params,
                     sizeof(params),
                     "SCTP_PEER_ADDR_PARAMS");
}

int
SctpUsrsctpSocket::GetPeerAddrParams(SctpPaddrParams& p) const
{
    struct sctp_paddrparams params;
    std::memset(&params, 0, sizeof(params));
    params.spp_assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    params.spp_address.ss_family = AF_CONN;
    if (GetOption(IPPROTO_SCTP,
                  SCTP_PEER_ADDR_PARAMS,
                  &params,
                  sizeof(params),
                  "SCTP_PEER_ADDR_PARAMS") != 0)
    {
        return -1;
    }
    p.hbinterval = params.spp_hbinterval;
    p.pathmaxrxt = params.spp_pathmaxrxt;
    p.flags = params.spp_flags & (SPP_HB_ENABLE | SPP_HB_DISABLE | SPP_PMTUD_ENABLE |
                                  SPP_PMTUD_DISABLE | SPP_HB_TIME_IS_ZERO);
    p.pathmtu =
        params.spp_pathmtu ? params.spp_pathmtu + 32 + (m_l4->GetConnectUdpPort() ? 8 : 0) : 0;
    return 0;
}

int
SctpUsrsctpSocket::SetPluggableCc(uint32_t module)
{
    NS_LOG_FUNCTION(this << module);
    if (module > 3)
    {
        return Fail(ERROR_INVAL, "SCTP_PLUGGABLE_CC (not a module number 0..3)");
    }
    struct sctp_assoc_value v;
    v.assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    v.assoc_value = module;
    return SetOption(IPPROTO_SCTP, SCTP_PLUGGABLE_CC, &v, sizeof(v), "SCTP_PLUGGABLE_CC");
}

uint32_t
SctpUsrsctpSocket::GetPluggableCc() const
{
    struct sctp_assoc_value v;
    v.assoc_id = IsConnected() ? 0 : SCTP_FUTURE_ASSOC;
    v.assoc_value = 0;
    if (GetOption(IPPROTO_SCTP, SCTP_PLUGGABLE_CC, &v, sizeof(v), "SCTP_PLUGGABLE_CC") != 0)
    {
        return UINT32_MAX;
    }
    return v.assoc_value;
}

int
SctpUsrsctpSocket::SetCcOption(uint32_t option, uint32_t value)
{
    NS_LOG_FUNCTION(this << option << value);
    if (!IsConnected())
    {
        return Fail(ERROR_INVAL, "SCTP_CC_OPTION (no association)");
    }
    struct sctp_cc_option o;
    std::memset(&o, 0, sizeof(o));
    o.option = static_cast<int>(option);
    o.aid_value.assoc_id = 0;
    o.aid_value.assoc_value = value;
    return SetOption(IPPROTO_SCTP, SCTP_CC_OPTION, &o, sizeof(o), "SCTP_CC_OPTION");
}

int
SctpUsrsctpSocket::GetCcOption(uint32_t option, uint32_t& value) const
{
    if (!IsConnected())
    {
        return Fail(ERROR_INVAL, "SCTP_CC_OPTION (no association)");
    }
    struct sctp_cc_option o;
    std::memset(&o, 0, sizeof(o));
    o.option = static_cast<int>(option);
    o.aid_value.assoc_id = 0;
    if (GetOption(IPPROTO_SCTP, SCTP_CC_OPTION, &o, sizeof(o), "SCTP_CC_OPTION") != 0)
    {
        return -1;
    }
    value = o.aid_value.assoc_value;
    return 0;
}

} // namespace ns3
