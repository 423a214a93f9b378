/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// SctpSocketImpl, part two: the socket options and option-like calls (RFC 6458 §7-§9, the
// sctp(4) page's list). Each acts on the association once there is one, else on the endpoint's
// configuration that associations set up later copy.

#include "sctp-socket-impl.h"

#include "ns3/inet-socket-address.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv4.h"
#include "ns3/ipv6.h"
#include "ns3/log.h"
#include "ns3/sctp-congestion-ops.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpSocketImplOptions");

Ptr<SctpSocket>
SctpSocketImpl::Peeloff(SctpAssocId id)
{
    Fail(ERROR_OPNOTSUPP, "sctp_peeloff (one-to-one socket)");
    return nullptr;
}

int
SctpSocketImpl::GetAssocIdList(std::vector<SctpAssocId>& ids) const
{
    return Fail(ERROR_OPNOTSUPP, "SCTP_GET_ASSOC_ID_LIST (one-to-one socket)");
}

int
SctpSocketImpl::SetAutoclose(uint32_t seconds)
{
    return Fail(ERROR_OPNOTSUPP, "SCTP_AUTOCLOSE (one-to-one socket)");
}

uint32_t
SctpSocketImpl::GetAutoclose() const
{
    return 0;
}

int
SctpSocketImpl::SetEnableStreamReset(uint32_t flags)
{
    if (flags & ~0x07u)
    {
        return Fail(ERROR_INVAL, "SCTP_ENABLE_STREAM_RESET (unknown flags)");
    }
    Config().streamResetFlags = flags;
    m_config.streamResetFlags = flags;
    return 0;
}

int
SctpSocketImpl::GetEnableStreamReset(uint32_t& flags) const
{
    flags = Config().streamResetFlags;
    return 0;
}

int
SctpSocketImpl::ResetStreams(const std::vector<uint16_t>& streams, uint16_t flags)
{
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "SCTP_RESET_STREAMS (no association)");
    }
    if (flags == 0 || (flags & ~0x03))
    {
        return Fail(ERROR_INVAL, "SCTP_RESET_STREAMS (SCTP_STREAM_RESET_INCOMING / OUTGOING)");
    }
    int err = m_assoc->ResetStreams(streams, flags & 0x01, flags & 0x02);
    return err ? Fail(static_cast<SocketErrno>(err), "SCTP_RESET_STREAMS") : 0;
}

int
SctpSocketImpl::ResetAssoc()
{
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "SCTP_RESET_ASSOC (no association)");
    }
    int err = m_assoc->ResetAssociation();
    return err ? Fail(static_cast<SocketErrno>(err), "SCTP_RESET_ASSOC") : 0;
}

int
SctpSocketImpl::AddStreams(uint16_t outgoing, uint16_t incoming)
{
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "SCTP_ADD_STREAMS (no association)");
    }
    int err = m_assoc->AddStreams(outgoing, incoming);
    return err ? Fail(static_cast<SocketErrno>(err), "SCTP_ADD_STREAMS") : 0;
}

int
SctpSocketImpl::SetAdaptationLayer(uint32_t code)
{
    m_config.adaptationSet = true;
    m_config.adaptationCode = code;
    return 0;
}

int
SctpSocketImpl::GetAdaptationLayer(uint32_t& code) const
{
    if (!m_config.adaptationSet)
    {
        return Fail(ERROR_INVAL, "SCTP_ADAPTATION_LAYER (none set)");
    }
    code = m_config.adaptationCode;
    return 0;
}

int
SctpSocketImpl::SetPeerPrimaryAddr(const Address& local)
{
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "SCTP_SET_PEER_PRIMARY_ADDR (no association)");
    }
    Address ip = local;
    uint16_t port;
    if (InetSocketAddress::IsMatchingType(local) || Inet6SocketAddress::IsMatchingType(local))
    {
        SplitSocketAddress(local, ip, port);
    }
    int err = m_assoc->RequestAddressChange(SctpParameter::SET_PRIMARY_ADDRESS, ip);
    return err ? Fail(static_cast<SocketErrno>(err), "SCTP_SET_PEER_PRIMARY_ADDR") : 0;
}

int
SctpSocketImpl::SetAuthChunk(uint8_t type)
{
    // RFC 4895 §3.2: these are never authenticated.
    if (type == SctpChunk::INIT || type == SctpChunk::INIT_ACK ||
        type == SctpChunk::SHUTDOWN_COMPLETE || type == SctpChunk::AUTH)
    {
        return Fail(ERROR_INVAL, "SCTP_AUTH_CHUNK (INIT, INIT-ACK, SHUTDOWN-COMPLETE, AUTH)");
    }
    std::vector<uint8_t>& chunks = m_config.authChunks;
    if (std::find(chunks.begin(), chunks.end(), type) == chunks.end())
    {
        chunks.push_back(type);
    }
    return 0;
}

int
SctpSocketImpl::GetLocalAuthChunks(std::vector<uint8_t>& types) const
{
    types = m_config.authChunks;
    return 0;
}

int
SctpSocketImpl::GetPeerAuthChunks(std::vector<uint8_t>& types) const
{
    if (!m_assoc || !m_assoc->GetAuth().IsActive())
    {
        return Fail(ERROR_INVAL, "SCTP_PEER_AUTH_CHUNKS (no association with AUTH)");
    }
    types = m_assoc->GetAuth().GetPeerChunks();
    return 0;
}

int
SctpSocketImpl::SetHmacIdent(const std::vector<uint16_t>& ids)
{
    bool sha1 = false;
    for (uint16_t id : ids)
    {
        if (SctpAuth::DigestSize(id) == 0)
        {
            return Fail(ERROR_INVAL, "SCTP_HMAC_IDENT (unknown HMAC identifier)");
        }
        sha1 |= (id == 1);
    }
    if (!sha1)
    {
        return Fail(ERROR_INVAL, "SCTP_HMAC_IDENT (HMAC-SHA-1 must be offered, RFC 4895 §6.1)");
    }
    m_config.hmacIds = ids;
    return 0;
}

int
SctpSocketImpl::GetHmacIdent(std::vector<uint16_t>& ids) const
{
    ids = m_config.hmacIds;
    return 0;
}

// The AUTH key options act on the association once there is one, else on the endpoint, as
// FreeBSD's one-to-one sockets do; endpoint keys are copied into associations set up later.

int
SctpSocketImpl::SetAutoAsconf(bool on)
{
    if (!m_localAddresses.empty())
    {
        return Fail(ERROR_INVAL, "SCTP_AUTO_ASCONF (the endpoint is not bound to the wildcard)");
    }
    m_config.autoAsconf = on;
    if (m_assoc)
    {
        m_assoc->SetAutoAsconf(on);
    }
    return 0;
}

int
SctpSocketImpl::GetAutoAsconf(bool& on) const
{
    on = m_config.autoAsconf && m_localAddresses.empty();
    return 0;
}

int
SctpSocketImpl::SetAuthKey(const SctpAuthKey& key)
{
    if (m_assoc)
    {
        return m_assoc->SetAuthKey(key.keyNumber, key.key)
                   ? 0
                   : Fail(ERROR_AGAIN, "SCTP_AUTH_KEY (the key is deactivated or in use)");
    }
    m_config.authKeys[key.keyNumber] = key.key;
    return 0;
}

int
SctpSocketImpl::SetAuthActiveKey(const SctpAuthKeyId& id)
{
    if (m_assoc)
    {
        return m_assoc->SetAuthActiveKey(id.keyNumber)
                   ? 0
                   : Fail(ERROR_INVAL, "SCTP_AUTH_ACTIVE_KEY (unknown, or deactivated and in use)");
    }
    if (m_config.authKeys.count(id.keyNumber) == 0)
    {
        return Fail(ERROR_INVAL, "SCTP_AUTH_ACTIVE_KEY (unknown key)");
    }
    m_config.authActiveKey = id.keyNumber;
    return 0;
}

int
SctpSocketImpl::GetAuthActiveKey(SctpAuthKeyId& id) const
{
    id.keyNumber = m_assoc ? m_assoc->GetAuth().GetActiveKey() : m_config.authActiveKey;
    return 0;
}

int
SctpSocketImpl::DeleteAuthKey(const SctpAuthKeyId& id)
{
    if (m_assoc)
    {
        return m_assoc->DeleteAuthKey(id.keyNumber)
                   ? 0
                   : Fail(ERROR_INVAL, "SCTP_AUTH_DELETE_KEY (active, unknown or in use)");
    }
    if (id.keyNumber == m_config.authActiveKey || m_config.authKeys.erase(id.keyNumber) == 0)
    {
        return Fail(ERROR_INVAL, "SCTP_AUTH_DELETE_KEY (active or unknown)");
    }
    return 0;
}

int
SctpSocketImpl::DeactivateAuthKey(const SctpAuthKeyId& id)
{
    if (m_assoc)
    {
        return m_assoc->DeactivateAuthKey(id.keyNumber)
                   ? 0
                   : Fail(ERROR_INVAL, "SCTP_AUTH_DEACTIVATE_KEY (active or unknown)");
    }
    if (id.keyNumber == m_config.authActiveKey || m_config.authKeys.erase(id.keyNumber) == 0)
    {
        return Fail(ERROR_INVAL, "SCTP_AUTH_DEACTIVATE_KEY (active or unknown)");
    }
    return 0;
}

bool
SctpSocketImpl::SetAllowBroadcast(bool allowBroadcast)
{
    return !allowBroadcast; // SCTP is unicast only
}

bool
SctpSocketImpl::GetAllowBroadcast() const
{
    return false;
}

int
SctpSocketImpl::SetNoDelay(bool on)
{
    Config().noDelay = on;
    return 0;
}

bool
SctpSocketImpl::GetNoDelay() const
{
    return Config().noDelay;
}

int
SctpSocketImpl::SetRtoInfo(const SctpRtoInfo& info)
{
    // RFC 6458 §8.1.1: zero keeps a value; the result must satisfy min <= initial <= max.
    SctpAssocConfig& c = Config();
    Time initial = info.initial ? MilliSeconds(info.initial) : c.rtoInitial;
    Time max = info.max ? MilliSeconds(info.max) : c.rtoMax;
    Time min = info.min ? MilliSeconds(info.min) : c.rtoMin;
    if (!(min <= initial && initial <= max))
    {
        return Fail(ERROR_INVAL, "SCTP_RTOINFO (needs min <= initial <= max)");
    }
    c.rtoInitial = initial;
    c.rtoMax = max;
    c.rtoMin = min;
    if (m_assoc)
    {
        for (const auto& p : m_assoc->GetPaths())
        {
            SctpRttEstimator::Config rc = p->GetRttEstimator().GetConfig();
            rc.rtoInitial = initial;
            rc.rtoMin = min;
            rc.rtoMax = max;
            p->GetRttEstimator().SetConfig(rc);
        }
    }
    return 0;
}

int
SctpSocketImpl::GetRtoInfo(SctpRtoInfo& info) const
{
    const SctpAssocConfig& c = Config();
    info.initial = c.rtoInitial.GetMilliSeconds();
    info.max = c.rtoMax.GetMilliSeconds();
    info.min = c.rtoMin.GetMilliSeconds();
    return 0;
}

int
SctpSocketImpl::SetAssocInfo(const SctpAssocParams& p)
{
    SctpAssocConfig& c = Config();
    if (p.asocMaxRxt)
    {
        c.assocRtxMax = p.asocMaxRxt;
    }
    if (p.cookieLife)
    {
        c.validCookieLife = MilliSeconds(p.cookieLife);
    }
    return 0;
}

int
SctpSocketImpl::GetAssocInfo(SctpAssocParams& p) const
{
    const SctpAssocConfig& c = Config();
    p.asocMaxRxt = c.assocRtxMax;
    p.cookieLife = c.validCookieLife.GetMilliSeconds();
    p.numberPeerDestinations = m_assoc ? m_assoc->GetPaths().size() : 0;
    p.peerRwnd = m_assoc ? m_assoc->GetPeerRwnd() : 0;
    p.localRwnd = m_assoc ? m_assoc->GetLocalRwnd() : c.recvSpace;
    return 0;
}

int
SctpSocketImpl::SetInitMsg(const SctpInitMsg& m)
{
    if (m_assoc && m_assoc->GetState() != SctpAssociation::CLOSED)
    {
        return Fail(ERROR_ISCONN, "SCTP_INITMSG (association exists)");
    }
    if (m.numOstreams)
    {
        m_config.outgoingStreams = m.numOstreams;
    }
    if (m.maxInstreams)
    {
        m_config.incomingStreams = m.maxInstreams;
    }
    if (m.maxAttempts)
    {
        m_config.initRtxMax = m.maxAttempts;
    }
    if (m.maxInitTimeo)
    {
        m_config.initRtoMax = MilliSeconds(m.maxInitTimeo);
    }
    return 0;
}

int
SctpSocketImpl::GetInitMsg(SctpInitMsg& m) const
{
    m.numOstreams = m_config.outgoingStreams;
    m.maxInstreams = m_config.incomingStreams;
    m.maxAttempts = m_config.initRtxMax;
    m.maxInitTimeo = m_config.initRtoMax.GetMilliSeconds();
    return 0;
}

int
SctpSocketImpl::SetMaxSeg(const SctpAssocValue& v)
{
    // Only lowers the fragmentation point; 0 returns to the path MTU's.
    if (v.value != 0 && v.value < 64)
    {
        return Fail(ERROR_INVAL, "SCTP_MAXSEG (below 64)");
    }
    Config().maxSeg = v.value;
    return 0;
}

int
SctpSocketImpl::GetMaxSeg(SctpAssocValue& v) const
{
    v.value = m_assoc ? m_assoc->GetFragmentationPoint() : Config().maxSeg;
    return 0;
}

int
SctpSocketImpl::SetDelayedSack(const SctpSackInfo& s)
{
    // RFC 6458 §8.1.19: delay at most 500 ms; delay 0 or freq 1 turns delaying off.
    if (s.delay > 500)
    {
        return Fail(ERROR_INVAL, "SCTP_DELAYED_SACK (delay above 500 ms)");
    }
    SctpAssocConfig& c = Config();
    if (s.delay == 0 && s.freq == 0)
    {
        c.delayedSackTime = Time(0);
        return 0;
    }
    if (s.delay)
    {
        c.delayedSackTime = MilliSeconds(s.delay);
    }
    if (s.freq)
    {
        c.sackFreq = s.freq;
    }
    return 0;
}

int
SctpSocketImpl::GetDelayedSack(SctpSackInfo& s) const
{
    s.delay = Config().delayedSackTime.GetMilliSeconds();
    s.freq = Config().sackFreq;
    return 0;
}

int
SctpSocketImpl::SetMaxBurst(const SctpAssocValue& v)
{
    Config().maxBurst = v.value;
    return 0;
}

int
SctpSocketImpl::GetMaxBurst(SctpAssocValue& v) const
{
    v.value = Config().maxBurst;
    return 0;
}

int
SctpSocketImpl::GetStatus(SctpStatus& s) const
{
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "SCTP_STATUS");
    }
    m_assoc->GetStatus(s);
    return 0;
}

int
SctpSocketImpl::SetDisableFragments(bool on)
{
    Config().disableFragments = on;
    return 0;
}

bool
SctpSocketImpl::GetDisableFragments() const
{
    return Config().disableFragments;
}

int
SctpSocketImpl::SetDefaultSendParam(const SctpSndInfo& i)
{
    m_defaultSndInfo = i;
    return 0;
}

int
SctpSocketImpl::GetDefaultSendParam(SctpSndInfo& i) const
{
    i = m_defaultSndInfo;
    return 0;
}

int
SctpSocketImpl::SetPartialDeliveryPoint(uint32_t bytes)
{
    // FreeBSD: the point may only be lowered below the receive buffer.
    if (bytes > Config().recvSpace)
    {
        return Fail(ERROR_INVAL, "SCTP_PARTIAL_DELIVERY_POINT (above the receive buffer)");
    }
    Config().partialDeliveryPoint = bytes;
    if (m_assoc)
    {
        m_assoc->ApplyPartialDeliveryPoint();
    }
    return 0;
}

uint32_t
SctpSocketImpl::GetPartialDeliveryPoint() const
{
    uint32_t p = Config().partialDeliveryPoint;
    return p ? p : Config().recvSpace / 2;
}

int
SctpSocketImpl::SetExplicitEor(bool on)
{
    // A message then ends only with a send carrying SctpMsgFlags::EOR (RFC 6458 §8.1.26).
    Config().explicitEor = on;
    return 0;
}

bool
SctpSocketImpl::GetExplicitEor() const
{
    return Config().explicitEor;
}

int
SctpSocketImpl::SetContext(const SctpAssocValue& v)
{
    Config().context = v.value;
    return 0;
}

int
SctpSocketImpl::GetContext(SctpAssocValue& v) const
{
    v.value = Config().context;
    return 0;
}

int
SctpSocketImpl::SetFragmentInterleave(uint32_t level)
{
    // Levels 0 and 1 differ only on one-to-many sockets (another association's messages during
    // a partial delivery); level 2 (other streams of the same association) is not implemented.
    if (level > 2)
    {
        return Fail(ERROR_INVAL, "SCTP_FRAGMENT_INTERLEAVE (levels are 0, 1 and 2)");
    }
    if (level == 2)
    {
        return Fail(ERROR_OPNOTSUPP, "SCTP_FRAGMENT_INTERLEAVE level 2 (not implemented)");
    }
    Config().fragmentInterleave = level;
    return 0;
}

uint32_t
SctpSocketImpl::GetFragmentInterleave() const
{
    return Config().fragmentInterleave;
}

int
SctpSocketImpl::SetUseExtRcvInfo(bool on)
{
    m_useExtRcvInfo = on;
    return 0;
}

bool
SctpSocketImpl::GetUseExtRcvInfo() const
{
    return m_useExtRcvInfo;
}

int
SctpSocketImpl::SetSndBuf(uint32_t bytes)
{
    if (bytes == 0)
    {
        return Fail(ERROR_INVAL, "SO_SNDBUF (0)");
    }
    Config().sendSpace = bytes;
    return 0;
}

uint32_t
SctpSocketImpl::GetSndBuf() const
{
    return Config().sendSpace;
}

int
SctpSocketImpl::SetRcvBuf(uint32_t bytes)
{
    if (bytes == 0)
    {
        return Fail(ERROR_INVAL, "SO_RCVBUF (0)");
    }
    if (m_assoc && m_assoc->GetState() != SctpAssociation::CLOSED)
    {
        return Fail(ERROR_ISCONN, "SO_RCVBUF (after the handshake the window is advertised)");
    }
    m_config.recvSpace = bytes;
    return 0;
}

uint32_t
SctpSocketImpl::GetRcvBuf() const
{
    return Config().recvSpace;
}

int
SctpSocketImpl::BindX(const std::vector<Address>& addresses, bool add)
{
    NS_LOG_FUNCTION(this << addresses.size() << add);
    if (m_assoc)
    {
        // On a live association the peer is asked with ASCONF (RFC 5061).
        for (const auto& address : addresses)
        {
            Address ip;
            uint16_t port;
            if (!SplitSocketAddress(address, ip, port) || ip.IsInvalid())
            {
                return Fail(ERROR_INVAL, "sctp_bindx (not a specific Inet or Inet6 address)");
            }
            int err = m_assoc->RequestAddressChange(add ? SctpParameter::ADD_IP_ADDRESS
                                                        : SctpParameter::DELETE_IP_ADDRESS,
                                                    ip);
            if (err != 0)
            {
                return Fail(static_cast<SocketErrno>(err),
                            "sctp_bindx on an association (needs ASCONF with the peer)");
            }
            auto it = std::find(m_localAddresses.begin(), m_localAddresses.end(), ip);
            if (add && it == m_localAddresses.end() && !m_localAddresses.empty())
            {
                m_localAddresses.push_back(ip);
            }
            else if (!add && it != m_localAddresses.end())
            {
                m_localAddresses.erase(it);
            }
        }
        return 0;
    }
    for (const auto& address : addresses)
    {
        Address ip;
        uint16_t port;
        if (!SplitSocketAddress(address, ip, port) || ip.IsInvalid())
        {
            return Fail(ERROR_INVAL, "sctp_bindx (not a specific Inet or Inet6 address)");
        }
        if (add)
        {
            if (!m_bound)
            {
                if (DoBind(ip, port) != 0)
                {
                    return -1;
                }
                continue;
            }
            if (port != 0 && port != m_localPort)
            {
                return Fail(ERROR_INVAL, "sctp_bindx (another port)");
            }
            if (std::find(m_localAddresses.begin(), m_localAddresses.end(), ip) ==
                m_localAddresses.end())
            {
                m_localAddresses.push_back(ip);
            }
            continue;
        }
        auto it = std::find(m_localAddresses.begin(), m_localAddresses.end(), ip);
        if (it == m_localAddresses.end())
        {
            return Fail(ERROR_ADDRNOTAVAIL, "sctp_bindx (address not bound)");
        }
        if (m_localAddresses.size() == 1)
        {
            return Fail(ERROR_INVAL, "sctp_bindx (the last address cannot be removed)");
        }
        m_localAddresses.erase(it);
    }
    return 0;
}

int
SctpSocketImpl::GetPeerAddresses(std::vector<Address>& addresses) const
{
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "sctp_getpaddrs");
    }
    addresses.clear();
    addresses.push_back(m_assoc->GetPrimaryPeerAddress());
    for (const auto& p : m_assoc->GetPaths())
    {
        if (p->GetPeerAddress() != addresses.front())
        {
            addresses.push_back(p->GetPeerAddress());
        }
    }
    return 0;
}

int
SctpSocketImpl::SetPrimaryAddr(const Address& peer)
{
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "SCTP_PRIMARY_ADDR");
    }
    if (!m_assoc->SetPrimary(peer))
    {
        return Fail(ERROR_INVAL, "SCTP_PRIMARY_ADDR (not a confirmed peer address)");
    }
    return 0;
}

int
SctpSocketImpl::GetPrimaryAddr(Address& peer) const
{
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "SCTP_PRIMARY_ADDR");
    }
    peer = m_assoc->GetPrimaryPeerAddress();
    return 0;
}

int
SctpSocketImpl::GetPeerAddrInfo(SctpPaddrInfo& info) const
{
    if (!m_assoc)
    {
        return Fail(ERROR_NOTCONN, "SCTP_GET_PEER_ADDR_INFO");
    }
    if (!m_assoc->GetPathInfo(info))
    {
        return Fail(ERROR_INVAL, "SCTP_GET_PEER_ADDR_INFO (not a peer address)");
    }
    return 0;
}

int
SctpSocketImpl::SetPeerAddrParams(const SctpPaddrParams& p)
{
    if ((p.flags & SctpPaddrFlags::HB_ENABLE) && (p.flags & SctpPaddrFlags::HB_DISABLE))
    {
        return Fail(ERROR_INVAL, "SCTP_PEER_ADDR_PARAMS (HB enable and disable)");
    }
    if ((p.flags & SctpPaddrFlags::PMTUD_ENABLE) && (p.flags & SctpPaddrFlags::PMTUD_DISABLE))
    {
        return Fail(ERROR_INVAL, "SCTP_PEER_ADDR_PARAMS (PMTUD enable and disable)");
    }
    if (m_assoc)
    {
        if (!m_assoc->SetPathParams(p))
        {
            return Fail(ERROR_INVAL, "SCTP_PEER_ADDR_PARAMS (not a peer address)");
        }
        return 0;
    }
    if (!p.address.IsInvalid())
    {
        return Fail(ERROR_NOTCONN, "SCTP_PEER_ADDR_PARAMS (no association for an address)");
    }
    SctpAssociation::StorePathDefaults(m_config, p);
    return 0;
}

int
SctpSocketImpl::GetPeerAddrParams(SctpPaddrParams& p) const
{
    Ptr<SctpPath> path = m_assoc ? m_assoc->FindPath(p.address) : nullptr;
    if (!p.address.IsInvalid() && !path)
    {
        return Fail(ERROR_INVAL, "SCTP_PEER_ADDR_PARAMS (not a peer address)");
    }
    const SctpAssocConfig& c = Config();
    p.hbinterval = (path ? path->m_heartbeatInterval : c.heartbeatInterval).GetMilliSeconds();
    p.pathmaxrxt = path ? path->m_pathMaxRxt : c.pathRtxMax;
    p.pathmtu = path ? path->GetMtu() : c.fixedPathMtu;
    bool hb = path ? path->m_heartbeatEnabled : c.heartbeatEnabled;
    bool pmtud = path ? path->m_pmtudEnabled : c.pmtudEnabled;
    p.flags = hb ? SctpPaddrFlags::HB_ENABLE : SctpPaddrFlags::HB_DISABLE;
    p.flags |= pmtud ? SctpPaddrFlags::PMTUD_ENABLE : SctpPaddrFlags::PMTUD_DISABLE;
    return 0;
}

int
SctpSocketImpl::SetPluggableCc(uint32_t module)
{
    NS_LOG_FUNCTION(this << module);
    TypeId tid;
    if (!SctpCongestionOps::LookupModule(module, tid))
    {
        return Fail(ERROR_INVAL, "SCTP_PLUGGABLE_CC (not a module number 0..3)");
    }
    Config().congestionType = tid;
    if (m_assoc)
    {
        // Every path restarts from the new module's initial window (FreeBSD does the same).
        m_assoc->SetCongestionControl(tid);
    }
    return 0;
}

uint32_t
SctpSocketImpl::GetPluggableCc() const
{
    NS_LOG_FUNCTION(this);
    const TypeId current = Config().congestionType;
    for (uint32_t id = SCTP_CC_RFC2581; id <= SCTP_CC_RTCC; ++id)
    {
        TypeId tid;
        if (SctpCongestionOps::LookupModule(id, tid) && tid == current)
        {
            return id;
        }
    }
    return UINT32_MAX;
}

int
SctpSocketImpl::SetCcOption(uint32_t option, uint32_t value)
{
    NS_LOG_FUNCTION(this << option << value);
    if (!m_assoc || m_assoc->GetPaths().empty())
    {
        return Fail(ERROR_INVAL, "SCTP_CC_OPTION (no association)");
    }
    const auto& paths = m_assoc->GetPaths();
    if (!paths.front()->GetCongestionOps()->HasOptions())
    {
        return Fail(ERROR_OPNOTSUPP, "SCTP_CC_OPTION (the congestion control has no options)");
    }
    for (const auto& path : paths)
    {
        if (!path->GetCongestionOps()->SetOption(option, value))
        {
            return Fail(ERROR_INVAL, "SCTP_CC_OPTION (unknown option or value)");
        }
    }
    return 0;
}

int
SctpSocketImpl::GetCcOption(uint32_t option, uint32_t& value) const
{
    NS_LOG_FUNCTION(this << option);
    if (!m_assoc || m_assoc->GetPaths().empty())
    {
        return Fail(ERROR_INVAL, "SCTP_CC_OPTION (no association)");
    }
    Ptr<SctpCongestionOps> cc = m_assoc->GetPaths().front()->GetCongestionOps();
    if (!cc->HasOptions())
    {
        return Fail(ERROR_OPNOTSUPP, "SCTP_CC_OPTION (the congestion control has no options)");
    }
    if (!cc->GetOption(option, value))
    {
        return Fail(ERROR_INVAL, "SCTP_CC_OPTION (unknown option)");
    }
    return 0;
}

int
SctpSocketImpl::SetEvent(uint16_t type, bool on)
{
    switch (type)
    {
    case SctpNotification::ASSOC_CHANGE:
    case SctpNotification::PEER_ADDR_CHANGE:
    case SctpNotification::REMOTE_ERROR:
    case SctpNotification::SHUTDOWN_EVENT:
    case SctpNotification::ADAPTATION_INDICATION:
    case SctpNotification::PARTIAL_DELIVERY_EVENT:
    case SctpNotification::AUTHENTICATION_EVENT:
    case SctpNotification::STREAM_RESET_EVENT:
    case SctpNotification::ASSOC_RESET_EVENT:
    case SctpNotification::STREAM_CHANGE_EVENT:
    case SctpNotification::SENDER_DRY_EVENT:
    case SctpNotification::SEND_FAILED_EVENT:
    case SctpNotification::SEND_FAILED:
        m_events.Set(type, on);
        if (type == SctpNotification::SENDER_DRY_EVENT && on && m_assoc)
        {
            m_assoc->NotifySenderDryIfIdle();
        }
        return 0;
    default:
        return Fail(ERROR_INVAL, "SCTP_EVENT (unknown notification type)");
    }
}

bool
SctpSocketImpl::GetEvent(uint16_t type) const
{
    return m_events.IsOn(type);
}

} // namespace ns3
