/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The association's paths: addresses, choice of the data path and of alternates, error
// counters and reachability (RFC 9260 §8.2, §8.3; RFC 7829), heartbeats and path options.

#include "sctp-association.h"
#include "sctp-init-responder.h"

#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/object-factory.h"
#include "ns3/random-variable-stream.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-parameters.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationPaths");

Ptr<SctpPath>
SctpAssociation::PrimaryPath() const
{
    if (m_paths.empty())
    {
        return nullptr;
    }
    // Data goes to the primary while it is active and confirmed; otherwise to the first active
    // confirmed path after it, then a potentially failed one (RFC 7829), then the primary.
    Ptr<SctpPath> primary = m_paths[m_primary];
    if (primary->IsConfirmed() && primary->GetState() == SctpPath::ACTIVE)
    {
        return primary;
    }
    size_t n = m_paths.size();
    for (size_t i = 1; i < n; ++i)
    {
        const Ptr<SctpPath>& q = m_paths[(m_primary + i) % n];
        if (q->IsConfirmed() && q->GetState() == SctpPath::ACTIVE)
        {
            return q;
        }
    }
    for (size_t i = 1; i < n; ++i)
    {
        const Ptr<SctpPath>& q = m_paths[(m_primary + i) % n];
        if (q->IsConfirmed() && q->GetState() == SctpPath::POTENTIALLY_FAILED)
        {
            return q;
        }
    }
    return primary;
}

Ptr<SctpPath>
SctpAssociation::FindAlternate(Ptr<SctpPath> path) const
{
    // FreeBSD's mode 0: the next reachable confirmed path in list order (potentially failed
    // paths count as reachable), else the next confirmed one, else the path itself.
    size_t n = m_paths.size();
    size_t at = 0;
    while (at < n && m_paths[at] != path)
    {
        at++;
    }
    for (size_t i = 1; i < n; ++i)
    {
        const Ptr<SctpPath>& q = m_paths[(at + i) % n];
        if (q->IsConfirmed() && q->GetState() != SctpPath::INACTIVE)
        {
            return q;
        }
    }
    for (size_t i = 1; i < n; ++i)
    {
        const Ptr<SctpPath>& q = m_paths[(at + i) % n];
        if (q->IsConfirmed())
        {
            return q;
        }
    }
    return path;
}

Ptr<SctpPath>
SctpAssociation::ReplyPath(Ptr<SctpPath> path) const
{
    if (path && path->GetState() != SctpPath::INACTIVE)
    {
        return path;
    }
    return path ? FindAlternate(path) : PrimaryPath();
}

void
SctpAssociation::SetLocalAddresses(const std::vector<Address>& addresses)
{
    m_localAddresses = addresses;
}

void
SctpAssociation::AddAddressParameters(SctpInitChunkBase& chunk) const
{
    SctpInitResponder::AddAddressParameters(chunk, m_localAddresses);
}

void
SctpAssociation::AddPeerAddresses(const SctpInitChunkBase& chunk)
{
    for (const auto& p : chunk.GetParameters())
    {
        Address a;
        if (auto v4 = DynamicCast<SctpIpv4AddressParameter>(p))
        {
            a = v4->GetAddress();
        }
        else if (auto v6 = DynamicCast<SctpIpv6AddressParameter>(p))
        {
            a = v6->GetAddress();
        }
        else
        {
            continue;
        }
        if (!FindPath(a))
        {
            AddPath(a, Address());
        }
    }
}

Ptr<SctpCongestionOps>
SctpAssociation::CreateCongestionOps() const
{
    ObjectFactory factory;
    factory.SetTypeId(m_config.congestionType);
    // RTCC's sysctls travel with the association's tunables; other modules have none.
    TypeId::AttributeInformation info;
    if (m_config.congestionType.LookupAttributeByName("RttvarBw", &info))
    {
        factory.Set("RttvarBw", UintegerValue(m_config.rttvarBw));
        factory.Set("RttvarRtt", UintegerValue(m_config.rttvarRtt));
        factory.Set("RttvarEqret", BooleanValue(m_config.rttvarEqret));
        factory.Set("RttvarSteadyStep", UintegerValue(m_config.rttvarSteadyStep));
        factory.Set("UseDcccEcn", BooleanValue(m_config.useDcccEcn));
    }
    return factory.Create<SctpCongestionOps>();
}

void
SctpAssociation::StorePathDefaults(SctpAssocConfig& c, const SctpPaddrParams& params)
{
    if (params.pathmaxrxt)
    {
        c.pathRtxMax = params.pathmaxrxt;
    }
    if (params.hbinterval || (params.flags & SctpPaddrFlags::HB_TIME_IS_ZERO))
    {
        c.heartbeatInterval = MilliSeconds(params.hbinterval);
    }
    if (params.flags & SctpPaddrFlags::HB_ENABLE)
    {
        c.heartbeatEnabled = true;
    }
    if (params.flags & SctpPaddrFlags::HB_DISABLE)
    {
        c.heartbeatEnabled = false;
    }
    if (params.flags & SctpPaddrFlags::PMTUD_ENABLE)
    {
        c.pmtudEnabled = true;
        c.fixedPathMtu = 0;
    }
    if (params.flags & SctpPaddrFlags::PMTUD_DISABLE)
    {
        c.pmtudEnabled = false;
        if (params.pathmtu >= 508)
        {
            c.fixedPathMtu = params.pathmtu;
        }
    }
}

Ptr<SctpPath>
SctpAssociation::AddPath(const Address& peer, const Address& local)
{
    NS_LOG_FUNCTION(this << peer << local);
    Ptr<SctpPath> path = CreateObject<SctpPath>();
    uint32_t mtu = m_l4->GetPathMtuFor(peer);
    if (mtu == 0)
    {
        mtu = Ipv4Address::IsMatchingType(peer) ? 1500 : 1280;
    }
    if (!m_config.pmtudEnabled && m_config.fixedPathMtu)
    {
        mtu = m_config.fixedPathMtu;
    }
    Ptr<SctpCongestionOps> cc = CreateCongestionOps();
    Address source = local;
    if (source.IsInvalid())
    {
        source = m_l4->GetSourceAddressFor(peer);
        if (source.IsInvalid())
        {
            // No route to this peer address (another family, an unreachable network).
            NS_LOG_LOGIC("no route to peer address " << peer << ": not used");
            return nullptr;
        }
        // An endpoint bound to some addresses sends from those only: the routed source if it
        // is one of them, else the first bound address of the peer's family.
        if (!m_localAddresses.empty() &&
            std::find(m_localAddresses.begin(), m_localAddresses.end(), source) ==
                m_localAddresses.end())
        {
            bool v4 = Ipv4Address::IsMatchingType(peer);
            auto bound = std::find_if(
                m_localAddresses.begin(),
                m_localAddresses.end(),
                [v4](const Address& a) { return Ipv4Address::IsMatchingType(a) == v4; });
            if (bound == m_localAddresses.end())
            {
                NS_LOG_LOGIC("no bound address for peer address " << peer << ": not used");
                return nullptr;
            }
            source = *bound;
        }
    }
    path->Setup(peer, source, mtu, RttConfig(), cc);
    path->m_heartbeatInterval = m_config.heartbeatInterval;
    path->m_pathMaxRxt = m_config.pathRtxMax;
    path->m_heartbeatEnabled = m_config.heartbeatEnabled;
    path->m_pmtudEnabled = m_config.pmtudEnabled;
    // No ECN reduction window yet: it starts below the first TSN we send.
    path->m_cwrWindowTsn = m_rtxQueue.GetNextTsn() - 1;
    path->m_lastCwrTsn = path->m_cwrWindowTsn;
    m_paths.push_back(path);
    SctpCcAssocInputs in = CcInputs();
    in.numPaths = m_paths.size();
    cc->SetInitialParameters(path->GetCcState(), in);
    m_l4->AddAssociationKey(this, m_localPort, m_peerPort, peer);
    StartPmtuRaise(path);
    return path;
}

Ptr<SctpPath>
SctpAssociation::FindPath(const Address& peer) const
{
    for (const auto& p : m_paths)
    {
        if (p->GetPeerAddress() == peer)
        {
            return p;
        }
    }
    return nullptr;
}

void
SctpAssociation::SetPathState(Ptr<SctpPath> path, SctpPath::State state)
{
    if (path->GetState() == state)
    {
        return;
    }
    path->SetState(state);
    SctpNotification n;
    n.type = SctpNotification::PEER_ADDR_CHANGE;
    n.address = path->GetPeerAddress();
    n.state = state == SctpPath::ACTIVE     ? SctpNotification::ADDR_AVAILABLE
              : state == SctpPath::INACTIVE ? SctpNotification::ADDR_UNREACHABLE
                                            : SctpNotification::ADDR_POTENTIALLY_FAILED;
    Notify(n);
}

bool
SctpAssociation::CheckThreshold(Ptr<SctpPath> path, uint32_t threshold, bool windowProbe)
{
    // FreeBSD §3.1: the path counter marks the path unreachable past Path.Max.Retrans; the
    // association counter aborts past the threshold (strictly greater). A window probe's
    // timeout says nothing about the path: it counts for the association only.
    if (!windowProbe)
    {
        if (++path->m_errorCount > path->m_pathMaxRxt)
        {
            if (path->GetState() != SctpPath::INACTIVE)
            {
                NS_LOG_LOGIC("path " << path->GetPeerAddress() << " unreachable");
                SetPathState(path, SctpPath::INACTIVE);
            }
        }
        else if (m_config.pathPfThreshold < path->m_pathMaxRxt &&
                 path->m_errorCount > m_config.pathPfThreshold &&
                 path->GetState() == SctpPath::ACTIVE)
        {
            // RFC 7829 / FreeBSD §2.7: potentially failed; probe it at once, then every RTO.
            NS_LOG_LOGIC("path " << path->GetPeerAddress() << " potentially failed");
            SetPathState(path, SctpPath::POTENTIALLY_FAILED);
            SendHeartbeat(path);
            StartHeartbeat(path);
        }
    }
    if (path->IsConfirmed() || windowProbe)
    {
        m_errorCount++;
    }
    if (m_errorCount > threshold)
    {
        NS_LOG_LOGIC("association error count exceeded: abort");
        AbortWithCause(DiagnosticCause("Association error counter exceeded"), CLOSE_FAILED);
        return false;
    }
    return true;
}

Ptr<SctpErrorCause>
SctpAssociation::DiagnosticCause(const std::string& text) const
{
    // FreeBSD's sctp_generate_cause with diag_info_code: no cause at all while the code is 0,
    // else a cause of that code carrying the text.
    if (m_config.diagInfoCode == 0)
    {
        return nullptr;
    }
    Ptr<SctpUnknownErrorCause> cause =
        Create<SctpUnknownErrorCause>(static_cast<uint16_t>(m_config.diagInfoCode));
    cause->SetValue(std::vector<uint8_t>(text.begin(), text.end()));
    return cause;
}

void
SctpAssociation::StartHeartbeat(Ptr<SctpPath> path)
{
    path->m_heartbeatTimer.Cancel();
    if (!path->m_heartbeatEnabled && path->IsConfirmed())
    {
        return; // SPP_HB_DISABLE: unconfirmed paths are still probed
    }
    // FreeBSD §3.2: a confirmed path waits HB.interval + RTO·[0.5, 1.5); an unconfirmed or PF
    // path only its RTO.
    Time rto = path->GetRto();
    Time t = rto;
    if (path->IsConfirmed() && path->GetState() != SctpPath::POTENTIALLY_FAILED)
    {
        double jitter = m_l4->GetRandom()->GetValue(0.5, 1.5);
        t = path->m_heartbeatInterval +
            NanoSeconds(static_cast<int64_t>(rto.GetNanoSeconds() * jitter));
    }
    path->m_heartbeatTimer = Simulator::Schedule(t, &SctpAssociation::HeartbeatExpired, this, path);
}

void
SctpAssociation::HeartbeatExpired(Ptr<SctpPath> path)
{
    NS_LOG_FUNCTION(this << path->GetPeerAddress());
    if (m_state == CLOSED || m_state == COOKIE_WAIT || m_state == COOKIE_ECHOED)
    {
        return;
    }
    bool wasPf = path->GetState() == SctpPath::POTENTIALLY_FAILED;
    if (!path->m_heartbeatResponded)
    {
        path->BackoffRto();
        if (!CheckThreshold(path, m_config.assocRtxMax))
        {
            return;
        }
    }
    path->GetCcState()->m_partialBytesAcked = 0;
    // FreeBSD §3.2: a path that just became PF already got its heartbeat; otherwise probe an
    // idle, unconfirmed or PF path.
    bool isPf = path->GetState() == SctpPath::POTENTIALLY_FAILED;
    bool idle = Simulator::Now() - path->m_lastSendTime >= path->m_heartbeatInterval;
    if ((wasPf || !isPf) && (idle || !path->IsConfirmed() || isPf))
    {
        SendHeartbeat(path);
    }
    StartHeartbeat(path);
}

void
SctpAssociation::SendHeartbeat(Ptr<SctpPath> path)
{
    NS_LOG_FUNCTION(this << path->GetPeerAddress());
    // Heartbeat info: our send time in ns and the path's index, echoed back by the peer.
    SctpWireWriter w;
    w.WriteU64(static_cast<uint64_t>(Simulator::Now().GetNanoSeconds()));
    uint32_t index = 0;
    while (index < m_paths.size() && m_paths[index] != path)
    {
        index++;
    }
    w.WriteU32(index);
    w.WriteU32(m_localTag);
    // A random nonce: only a peer that received this heartbeat can confirm the address
    // (RFC 9260 §5.4).
    path->m_heartbeatNonce = (uint64_t(m_l4->GetRandom()->GetInteger(0, 0xFFFFFFFF)) << 32) |
                             m_l4->GetRandom()->GetInteger(0, 0xFFFFFFFF);
    w.WriteU64(path->m_heartbeatNonce);
    Ptr<SctpHeartbeatChunk> hb = Create<SctpHeartbeatChunk>();
    hb->SetHeartbeatInfo(w.GetData());
    SctpPacket packet;
    packet.SetSourcePort(m_localPort);
    packet.SetDestinationPort(m_peerPort);
    packet.SetVerificationTag(m_peerTag);
    packet.AddChunk(hb);
    path->m_heartbeatResponded = false;
    Transmit(packet, path);
}

void
SctpAssociation::HandleHeartbeat(Ptr<SctpChunk> chunk, const Address& source)
{
    NS_LOG_FUNCTION(this << source);
    // §8.3: echo the Heartbeat Information unchanged, to the source of the HEARTBEAT.
    Ptr<SctpHeartbeatChunk> hb = DynamicCast<SctpHeartbeatChunk>(chunk);
    Ptr<SctpHeartbeatAckChunk> ack = Create<SctpHeartbeatAckChunk>();
    ack->SetParameters(hb->GetParameters());
    SctpPacket packet;
    packet.SetSourcePort(m_localPort);
    packet.SetDestinationPort(m_peerPort);
    packet.SetVerificationTag(m_peerTag);
    packet.AddChunk(ack);
    Ptr<SctpPath> path = FindPath(source);
    AddAuth(packet);
    m_l4->SendPacket(packet, path ? path->GetLocalAddress() : Address(), source);
}

void
SctpAssociation::HandleHeartbeatAck(Ptr<SctpChunk> chunk, const Address& source)
{
    NS_LOG_FUNCTION(this << source);
    Ptr<SctpHeartbeatAckChunk> ack = DynamicCast<SctpHeartbeatAckChunk>(chunk);
    std::vector<uint8_t> info;
    if (!ack->GetHeartbeatInfo(info))
    {
        m_l4->NotifyDrop(nullptr, "HEARTBEAT-ACK without Heartbeat Info");
        return;
    }
    SctpWireReader r(info);
    uint64_t sentNs;
    uint32_t index;
    uint32_t tag;
    uint64_t nonce;
    if (!r.ReadU64(sentNs) || !r.ReadU32(index) || !r.ReadU32(tag) || !r.ReadU64(nonce) ||
        tag != m_localTag || index >= m_paths.size() || m_paths[index]->m_heartbeatNonce != nonce)
    {
        m_l4->NotifyDrop(nullptr, "HEARTBEAT-ACK with foreign Heartbeat Info");
        return;
    }
    Ptr<SctpPath> path = m_paths[index];
    Time sent = NanoSeconds(static_cast<int64_t>(sentNs));
    if (sent <= Simulator::Now())
    {
        path->AddRttSample(Simulator::Now() - sent);
    }
    path->m_heartbeatResponded = true;
    path->m_errorCount = 0;
    m_errorCount = 0;
    if (!path->IsConfirmed())
    {
        path->SetConfirmed(true);
        SctpNotification n;
        n.type = SctpNotification::PEER_ADDR_CHANGE;
        n.state = SctpNotification::ADDR_CONFIRMED;
        n.address = path->GetPeerAddress();
        Notify(n);
        if (path->m_requestedPrimary)
        {
            // The peer asked for it as primary with ASCONF before it was confirmed.
            path->m_requestedPrimary = false;
            SetPrimary(path->GetPeerAddress());
            MobilityOnNewPrimary(path);
        }
    }
    if (path->GetState() != SctpPath::ACTIVE)
    {
        if (path->GetState() == SctpPath::POTENTIALLY_FAILED)
        {
            path->GetCongestionOps()->UpdateOnExitPf(path->GetCcState(), CcInputs());
        }
        SetPathState(path, SctpPath::ACTIVE);
    }
}

bool
SctpAssociation::SetPrimary(const Address& peer)
{
    for (size_t i = 0; i < m_paths.size(); ++i)
    {
        if (m_paths[i]->GetPeerAddress() == peer && m_paths[i]->IsConfirmed())
        {
            m_primary = i;
            SctpNotification n;
            n.type = SctpNotification::PEER_ADDR_CHANGE;
            n.state = SctpNotification::ADDR_MADE_PRIM;
            n.address = peer;
            Notify(n);
            return true;
        }
    }
    return false;
}

bool
SctpAssociation::SetPathParams(const SctpPaddrParams& params)
{
    std::vector<Ptr<SctpPath>> targets;
    if (params.address.IsInvalid())
    {
        targets = m_paths;
        StorePathDefaults(m_config, params); // for paths added later too
    }
    else if (Ptr<SctpPath> p = FindPath(params.address))
    {
        targets.push_back(p);
    }
    else
    {
        return false;
    }
    for (const auto& p : targets)
    {
        if (params.hbinterval || (params.flags & SctpPaddrFlags::HB_TIME_IS_ZERO))
        {
            p->m_heartbeatInterval = MilliSeconds(params.hbinterval);
        }
        if (params.pathmaxrxt)
        {
            p->m_pathMaxRxt = params.pathmaxrxt;
        }
        if (params.flags & SctpPaddrFlags::PMTUD_DISABLE)
        {
            p->m_pmtudEnabled = false; // ICMP "packet too big" is ignored from now on
            p->m_pmtuRaiseTimer.Cancel();
            if (params.pathmtu >= 508)
            {
                p->SetMtu(params.pathmtu);
            }
        }
        if (params.flags & SctpPaddrFlags::PMTUD_ENABLE)
        {
            p->m_pmtudEnabled = true;
            StartPmtuRaise(p);
        }
        if (params.flags & SctpPaddrFlags::HB_ENABLE)
        {
            p->m_heartbeatEnabled = true;
        }
        if (params.flags & SctpPaddrFlags::HB_DISABLE)
        {
            p->m_heartbeatEnabled = false;
        }
        if (m_state != CLOSED && m_state != COOKIE_WAIT && m_state != COOKIE_ECHOED)
        {
            if (params.flags & SctpPaddrFlags::HB_DEMAND)
            {
                SendHeartbeat(p);
            }
            StartHeartbeat(p);
        }
    }
    return true;
}

} // namespace ns3
