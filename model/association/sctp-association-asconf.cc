/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Dynamic address reconfiguration (RFC 5061) as FreeBSD does it: ASCONF only under AUTH, one
// ASCONF outstanding with its own retransmission timer, the peer's requests (add, delete, set
// primary) applied in order and answered with an ASCONF-ACK, and mobility_base /
// mobility_fasthandoff (freebsd-behaviour.md §3.7) when the peer deletes our primary
// destination and then names a new one.

#include "sctp-association.h"
#include "sctp-serial.h"

#include "ns3/log.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-parameters.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpAssociationAsconf");

bool
SctpAssociation::IsAsconfActive() const
{
    return m_asconfActive;
}

void
SctpAssociation::SetupAsconf(bool peerSupports, uint32_t peerInitialTsn)
{
    // RFC 5061 §4.1.1: ASCONF and ASCONF-ACK only authenticated, both ways.
    m_asconfActive =
        m_config.asconfEnable && peerSupports && m_auth.IsActive() &&
        m_auth.PeerRequires(SctpChunk::ASCONF) && m_auth.PeerRequires(SctpChunk::ASCONF_ACK) &&
        m_auth.LocalRequires(SctpChunk::ASCONF) && m_auth.LocalRequires(SctpChunk::ASCONF_ACK);
    // §5.1: serial numbers start at the Initial TSN of each side.
    m_asconfNextSerial = m_localInitialTsn;
    m_asconfPeerSerial = peerInitialTsn - 1;
    m_lastAsconfAck = nullptr;
    m_knownLocal = m_localAddresses;
}

Address
SctpAssociation::ChooseSource(const Address& peer) const
{
    Address source = m_l4->GetSourceAddressFor(peer);
    if (m_localAddresses.empty() ||
        std::find(m_localAddresses.begin(), m_localAddresses.end(), source) !=
            m_localAddresses.end())
    {
        return source;
    }
    // An endpoint bound to some addresses sends from those only.
    bool v4 = Ipv4Address::IsMatchingType(peer);
    for (const auto& a : m_localAddresses)
    {
        if (Ipv4Address::IsMatchingType(a) == v4)
        {
            return a;
        }
    }
    return Address();
}

void
SctpAssociation::SendToAddress(SctpPacket& packet, const Address& destination)
{
    packet.SetSourcePort(m_localPort);
    packet.SetDestinationPort(m_peerPort);
    packet.SetVerificationTag(m_peerTag);
    if (Ptr<SctpPath> path = FindPath(destination))
    {
        Transmit(packet, path);
        return;
    }
    AddAuth(packet);
    m_l4->SendPacket(packet, ChooseSource(destination), destination, OutgoingTos());
}

// ---------------------------------------------------------------------------------------------
// Our requests

int
SctpAssociation::RequestAddressChange(uint16_t type, const Address& address)
{
    NS_LOG_FUNCTION(this << type << address);
    if (!m_asconfActive || m_state != ESTABLISHED)
    {
        return Socket::ERROR_OPNOTSUPP;
    }
    Ptr<SctpAsconfAddressValue> request;
    switch (type)
    {
    case SctpParameter::ADD_IP_ADDRESS:
        request = Create<SctpAddIpAddressParameter>();
        if (std::find(m_localAddresses.begin(), m_localAddresses.end(), address) ==
            m_localAddresses.end())
        {
            m_localAddresses.push_back(address);
        }
        break;
    case SctpParameter::DELETE_IP_ADDRESS: {
        request = Create<SctpDeleteIpAddressParameter>();
        m_localAddresses.erase(
            std::remove(m_localAddresses.begin(), m_localAddresses.end(), address),
            m_localAddresses.end());
        if (m_localAddresses.empty())
        {
            m_localAddresses.push_back(address); // the last one stays (RFC 5061 §4.3.1)
            return Socket::ERROR_INVAL;
        }
        // Stop sending from it at once: paths that used it take another source.
        for (const auto& p : m_paths)
        {
            Address other = ChooseSource(p->GetPeerAddress());
            if (p->GetLocalAddress() == address && !other.IsInvalid())
            {
                p->SetLocalAddress(other);
            }
        }
        break;
    }
    case SctpParameter::SET_PRIMARY_ADDRESS:
        request = Create<SctpSetPrimaryAddressParameter>();
        break;
    default:
        return Socket::ERROR_INVAL;
    }
    request->SetCorrelationId(m_asconfCorrelation++);
    request->SetAddressParameter(SctpParameterOfAddress(address));
    m_asconfPending.push_back(request);
    SendAsconf();
    return 0;
}

void
SctpAssociation::SetAutoAsconf(bool on)
{
    m_config.autoAsconf = on;
}

void
SctpAssociation::LocalAddressChanged(const Address& address, bool added)
{
    NS_LOG_FUNCTION(this << address << added);
    if (!m_config.autoAsconf || !m_config.boundAll || !m_asconfActive || m_state != ESTABLISHED)
    {
        return;
    }
    // Only addresses of a family the peer uses: a path of that family exists.
    bool v4 = Ipv4Address::IsMatchingType(address);
    if (std::none_of(m_paths.begin(), m_paths.end(), [v4](const Ptr<SctpPath>& p) {
            return Ipv4Address::IsMatchingType(p->GetPeerAddress()) == v4;
        }))
    {
        return;
    }
    bool known = std::find(m_localAddresses.begin(), m_localAddresses.end(), address) !=
                 m_localAddresses.end();
    if (added && !known)
    {
        RequestAddressChange(SctpParameter::ADD_IP_ADDRESS, address);
        // The last address could not be deleted when it went (RFC 5061 §4.3.1); now it can.
        std::vector<Address> pending;
        pending.swap(m_pendingDeletes);
        for (const auto& d : pending)
        {
            RequestAddressChange(SctpParameter::DELETE_IP_ADDRESS, d);
        }
    }
    else if (!added && known)
    {
        if (m_localAddresses.size() == 1)
        {
            m_pendingDeletes.push_back(address); // asked once another address comes
            return;
        }
        RequestAddressChange(SctpParameter::DELETE_IP_ADDRESS, address);
    }
}

void
SctpAssociation::SendAsconf()
{
    if (m_asconfInFlight || m_asconfPending.empty() || m_paths.empty())
    {
        return;
    }
    Ptr<SctpAsconfChunk> asconf = Create<SctpAsconfChunk>();
    asconf->SetSerialNumber(m_asconfNextSerial++);
    m_asconfSendCount = 0;
    // The Address Parameter lets the peer find the association whatever the packet's source:
    // an address it knows that this ASCONF does not delete.
    std::vector<Address> deleting;
    for (const auto& r : m_asconfPending)
    {
        if (r->GetType() == SctpParameter::DELETE_IP_ADDRESS)
        {
            deleting.push_back(SctpAddressOfParameter(
                DynamicCast<SctpAsconfAddressValue>(r)->GetAddressParameter()));
        }
    }
    Address lookup = m_knownLocal.empty() ? m_paths[m_primary]->GetLocalAddress() : m_knownLocal[0];
    for (const auto& a : m_knownLocal)
    {
        if (std::find(deleting.begin(), deleting.end(), a) == deleting.end())
        {
            lookup = a;
            break;
        }
    }
    asconf->SetAddressParameter(SctpParameterOfAddress(lookup));
    asconf->SetParameters(m_asconfPending);
    m_asconfPending.clear();
    m_asconfInFlight = asconf;
    // Not where there is no route now (a link that just went down): an alternate at once.
    m_asconfPath = PrimaryPath();
    if (m_l4->GetSourceAddressFor(m_asconfPath->GetPeerAddress()).IsInvalid())
    {
        m_asconfPath = FindAlternate(m_asconfPath);
    }
    SctpPacket packet;
    packet.AddChunk(asconf);
    TransmitAsconf(packet);
    m_asconfTimer.Cancel();
    m_asconfTimer =
        Simulator::Schedule(m_asconfPath->GetRto(), &SctpAssociation::AsconfTimerExpired, this);
}

void
SctpAssociation::TransmitAsconf(SctpPacket& packet)
{
    // The path's source may have left the node (its deletion waits in this very ASCONF, or
    // could not be asked as the last address): the ASCONF then leaves from the address routing
    // picks, even one the peer does not know yet, as FreeBSD allows for ASCONF alone; its
    // Address Parameter lets the peer find the association.
    Address source;
    if (!m_l4->IsLocalAddress(m_asconfPath->GetLocalAddress()))
    {
        source = m_l4->GetSourceAddressFor(m_asconfPath->GetPeerAddress());
    }
    Transmit(packet, m_asconfPath, source);
}

void
SctpAssociation::AsconfTimerExpired()
{
    NS_LOG_FUNCTION(this);
    if (!m_asconfInFlight || m_state == CLOSED)
    {
        return;
    }
    // FreeBSD: threshold management and back-off as for T3, then the same ASCONF again on an
    // alternate.
    if (!CheckThreshold(m_asconfPath, m_config.assocRtxMax))
    {
        return;
    }
    if (++m_asconfSendCount > m_config.assocRtxMax)
    {
        // FreeBSD's sctp_asconf_cleanup: a peer that answers everything but ASCONF is taken as
        // unable to do it; the requests count as refused and no more are sent.
        NS_LOG_LOGIC("no ASCONF-ACK after " << m_asconfSendCount << " tries: ASCONF given up");
        Ptr<SctpAsconfChunk> sent = DynamicCast<SctpAsconfChunk>(m_asconfInFlight);
        m_asconfInFlight = nullptr;
        m_asconfPending.clear();
        m_asconfActive = false;
        ApplyAsconfResults(sent, [](uint32_t) { return true; });
        return;
    }
    m_asconfPath->BackoffRto();
    m_asconfPath = FindAlternate(m_asconfPath);
    SctpPacket packet;
    packet.AddChunk(m_asconfInFlight);
    TransmitAsconf(packet);
    m_asconfTimer =
        Simulator::Schedule(m_asconfPath->GetRto(), &SctpAssociation::AsconfTimerExpired, this);
}

void
SctpAssociation::DeletePeerAddressesExcept(const Address& keep)
{
    std::vector<Ptr<SctpPath>> others;
    for (const auto& p : m_paths)
    {
        if (p->GetPeerAddress() != keep)
        {
            others.push_back(p);
        }
    }
    if (others.size() == m_paths.size())
    {
        return; // the source is not one of ours: keep everything rather than nothing
    }
    for (const auto& p : others)
    {
        Address gone = p->GetPeerAddress();
        RemovePeerPath(p);
        SctpNotification n;
        n.type = SctpNotification::PEER_ADDR_CHANGE;
        n.state = SctpNotification::ADDR_REMOVED;
        n.address = gone;
        Notify(n);
    }
}

void
SctpAssociation::ApplyAsconfResults(Ptr<SctpAsconfChunk> sent,
                                    const std::function<bool(uint32_t)>& failed)
{
    for (const auto& p : sent->GetParameters())
    {
        Ptr<SctpAsconfAddressValue> r = DynamicCast<SctpAsconfAddressValue>(p);
        if (!r)
        {
            continue;
        }
        bool refused = failed(r->GetCorrelationId());
        Address a = SctpAddressOfParameter(r->GetAddressParameter());
        if (r->GetType() == SctpParameter::ADD_IP_ADDRESS)
        {
            if (!refused)
            {
                m_knownLocal.push_back(a);
                AfterAddressAdded(a);
            }
            else
            {
                m_localAddresses.erase(
                    std::remove(m_localAddresses.begin(), m_localAddresses.end(), a),
                    m_localAddresses.end());
            }
        }
        else if (r->GetType() == SctpParameter::DELETE_IP_ADDRESS)
        {
            if (!refused)
            {
                m_knownLocal.erase(std::remove(m_knownLocal.begin(), m_knownLocal.end(), a),
                                   m_knownLocal.end());
            }
            else
            {
                m_localAddresses.push_back(a); // the peer keeps it: so do we
            }
        }
        NS_LOG_LOGIC("ASCONF request " << r->GetCorrelationId() << " for " << a
                                       << (refused ? " refused" : " done"));
    }
}

void
SctpAssociation::HandleAsconfAck(Ptr<SctpChunk> chunk)
{
    Ptr<SctpAsconfAckChunk> ack = DynamicCast<SctpAsconfAckChunk>(chunk);
    Ptr<SctpAsconfChunk> sent = DynamicCast<SctpAsconfChunk>(m_asconfInFlight);
    NS_LOG_FUNCTION(this << ack->GetSerialNumber());
    if (ack->GetSerialNumber() == m_asconfNextSerial)
    {
        // RFC 5061 §5.3 F0 (FreeBSD): an acknowledgement of a serial we never sent means the
        // association is not what the peer thinks: abort with Illegal ASCONF-ACK.
        AbortWithCause(Create<SctpIllegalAsconfAckErrorCause>(), CLOSE_ABORTED);
        return;
    }
    if (!sent || ack->GetSerialNumber() != sent->GetSerialNumber())
    {
        m_l4->NotifyDrop(nullptr, "ASCONF-ACK for no outstanding ASCONF");
        return;
    }
    m_asconfTimer.Cancel();
    m_errorCount = 0;
    // A request without an answer succeeded, unless it came after one that failed: the peer
    // stops at the first error it cannot get past (RFC 5061 §5.3, FreeBSD's last_error_id).
    uint32_t lastError = 0;
    std::vector<uint32_t> errors;
    for (const auto& q : ack->GetParameters())
    {
        if (auto e = DynamicCast<SctpErrorCauseIndicationParameter>(q))
        {
            errors.push_back(e->GetCorrelationId());
            lastError = std::max(lastError, e->GetCorrelationId());
        }
    }
    std::vector<uint32_t> answered;
    for (const auto& q : ack->GetParameters())
    {
        if (auto ok = DynamicCast<SctpSuccessIndicationParameter>(q))
        {
            answered.push_back(ok->GetCorrelationId());
        }
    }
    ApplyAsconfResults(sent, [&](uint32_t id) {
        bool error = std::find(errors.begin(), errors.end(), id) != errors.end();
        bool success = std::find(answered.begin(), answered.end(), id) != answered.end();
        return error || (!success && lastError != 0 && id > lastError);
    });
    m_asconfInFlight = nullptr;
    SendAsconf();
}

// ---------------------------------------------------------------------------------------------
// The peer's requests

void
SctpAssociation::HandleAsconf(Ptr<SctpChunk> chunk, const Address& source)
{
    Ptr<SctpAsconfChunk> asconf = DynamicCast<SctpAsconfChunk>(chunk);
    uint32_t serial = asconf->GetSerialNumber();
    NS_LOG_FUNCTION(this << serial << source);
    if (serial == m_asconfPeerSerial && m_lastAsconfAck)
    {
        // §5.2: a retransmission of the last one gets the same answer.
        SctpPacket packet;
        packet.AddChunk(m_lastAsconfAck);
        SendToAddress(packet, source);
        return;
    }
    if (serial != m_asconfPeerSerial + 1)
    {
        m_l4->NotifyDrop(nullptr, "ASCONF with an unexpected serial number");
        return;
    }
    m_asconfPeerSerial = serial;
    std::vector<Ptr<SctpParameter>> errors;
    std::vector<Ptr<SctpParameter>> all;
    for (const auto& p : asconf->GetParameters())
    {
        Ptr<SctpAsconfAddressValue> r = DynamicCast<SctpAsconfAddressValue>(p);
        if (!r)
        {
            if (DynamicCast<SctpUnknownParameter>(p) && (p->GetType() & 0x8000) == 0)
            {
                break; // an unknown type whose upper bit says stop (FreeBSD's asconf_limit)
            }
            continue; // not a request (Adaptation Layer Indication, ...) or one to skip
        }
        Address a = SctpAddressOfParameter(r->GetAddressParameter());
        // §4.2.1 with nat_friendly (FreeBSD's default): the wildcard stands for the packet's
        // source, and deleting it deletes every address but the source.
        bool wildcard = (Ipv4Address::IsMatchingType(a) && Ipv4Address::ConvertFrom(a).IsAny()) ||
                        (Ipv6Address::IsMatchingType(a) && Ipv6Address::ConvertFrom(a).IsAny());
        Ptr<SctpErrorCause> cause;
        if (wildcard && m_config.natFriendly && p->GetType() == SctpParameter::DELETE_IP_ADDRESS)
        {
            DeletePeerAddressesExcept(source);
        }
        else if (wildcard && !m_config.natFriendly &&
                 p->GetType() != SctpParameter::DELETE_IP_ADDRESS)
        {
            Ptr<SctpUnresolvableAddressErrorCause> u = Create<SctpUnresolvableAddressErrorCause>();
            u->SetParameters({p});
            cause = u; // without nat_friendly the wildcard names no address
        }
        else
        {
            cause = ApplyAsconfRequest(p, wildcard && m_config.natFriendly ? source : a, source);
        }
        if (cause)
        {
            Ptr<SctpErrorCauseIndicationParameter> e = Create<SctpErrorCauseIndicationParameter>();
            e->SetCorrelationId(r->GetCorrelationId());
            e->AddCause(cause);
            errors.push_back(e);
            all.push_back(e);
        }
        else
        {
            Ptr<SctpSuccessIndicationParameter> ok = Create<SctpSuccessIndicationParameter>();
            ok->SetCorrelationId(r->GetCorrelationId());
            all.push_back(ok);
        }
        if (m_state == CLOSED)
        {
            return;
        }
    }
    // §5.2: success need not be reported, unless something failed.
    Ptr<SctpAsconfAckChunk> ack = Create<SctpAsconfAckChunk>();
    ack->SetSerialNumber(serial);
    ack->SetParameters(errors.empty() ? errors : all);
    m_lastAsconfAck = ack;
    SctpPacket packet;
    packet.AddChunk(ack);
    SendToAddress(packet, source);
}

Ptr<SctpErrorCause>
SctpAssociation::ApplyAsconfRequest(Ptr<SctpParameter> request,
                                    const Address& address,
                                    const Address& source)
{
    auto causeWith = [&request](auto cause) {
        cause->SetParameters({request});
        return cause;
    };
    Ptr<SctpPath> path = FindPath(address);
    SctpNotification n;
    n.type = SctpNotification::PEER_ADDR_CHANGE;
    n.address = address;
    switch (request->GetType())
    {
    case SctpParameter::ADD_IP_ADDRESS:
        if (!path)
        {
            path = AddPath(address, Address());
            if (!path)
            {
                return causeWith(Create<SctpResourceShortageErrorCause>()); // no route to it
            }
            n.state = SctpNotification::ADDR_ADDED;
            Notify(n);
            SendHeartbeat(path); // confirm it before data goes there (RFC 5061 §4.2.1)
            StartHeartbeat(path);
        }
        return nullptr;
    case SctpParameter::DELETE_IP_ADDRESS:
        if (address == source)
        {
            return causeWith(Create<SctpDeleteSourceIpAddressErrorCause>());
        }
        if (!path)
        {
            return nullptr; // not ours to delete: done already
        }
        if (m_paths.size() == 1)
        {
            return causeWith(Create<SctpDeleteLastRemainingIpAddressErrorCause>());
        }
        RemovePeerPath(path);
        n.state = SctpNotification::ADDR_REMOVED;
        Notify(n);
        return nullptr;
    case SctpParameter::SET_PRIMARY_ADDRESS:
        if (!path)
        {
            // FreeBSD's sctp_process_asconf_set_primary: an address it cannot make primary.
            return causeWith(Create<SctpUnresolvableAddressErrorCause>());
        }
        if (!path->IsConfirmed())
        {
            path->m_requestedPrimary = true; // primary once a HEARTBEAT-ACK confirms it
            return nullptr;
        }
        SetPrimary(address);
        MobilityOnNewPrimary(path);
        return nullptr;
    default:
        return nullptr;
    }
}

void
SctpAssociation::RemovePeerPath(Ptr<SctpPath> path)
{
    NS_LOG_FUNCTION(this << path->GetPeerAddress());
    size_t index = std::find(m_paths.begin(), m_paths.end(), path) - m_paths.begin();
    bool wasPrimary = (index == m_primary);
    Ptr<SctpPath> alternate = FindAlternate(path);
    if (alternate == path)
    {
        alternate = m_paths[index == 0 ? 1 : 0];
    }
    // Mobility (FreeBSD §3.7, bound-to-all endpoints only): the deleted primary keeps its
    // outstanding chunks until the peer names a new primary or RTO.Initial passes.
    bool keep =
        wasPrimary && m_config.boundAll && (m_config.mobilityBase || m_config.mobilityFastHandoff);
    Ptr<SctpPath> primaryBefore = m_paths[m_primary];
    path->m_heartbeatTimer.Cancel();
    path->m_pmtuRaiseTimer.Cancel();
    if (!keep)
    {
        path->m_t3Timer.Cancel();
        m_rtxQueue.MoveAll(path, alternate);
        if (alternate->GetFlightSize() > 0)
        {
            StartT3(alternate, false);
        }
    }
    m_paths.erase(m_paths.begin() + index);
    m_l4->RemoveAssociationKey(m_localPort, m_peerPort, path->GetPeerAddress());
    Ptr<SctpPath> primaryAfter = wasPrimary ? alternate : primaryBefore;
    m_primary = std::find(m_paths.begin(), m_paths.end(), primaryAfter) - m_paths.begin();
    if (m_lastDataPath == path)
    {
        m_lastDataPath = nullptr;
    }
    if (m_asconfPath == path)
    {
        m_asconfPath = alternate;
    }
    if (keep)
    {
        ForgetDeletedPrimary();
        m_deletedPrimary = path;
        m_primDeletedTimer =
            Simulator::Schedule(m_config.rtoInitial, &SctpAssociation::ForgetDeletedPrimary, this);
    }
}

void
SctpAssociation::AfterAddressAdded(const Address& address)
{
    // The peer knows the new address: paths whose route now leaves from it use it as source
    // (FreeBSD picks the routed source for every packet); one that had no route is probed at
    // once rather than at its next heartbeat.
    std::vector<Ptr<SctpPath>> moved;
    for (const auto& p : m_paths)
    {
        if (m_l4->GetSourceAddressFor(p->GetPeerAddress()) == address &&
            p->GetLocalAddress() != address)
        {
            p->SetLocalAddress(address);
            moved.push_back(p);
            if (p->GetState() == SctpPath::INACTIVE)
            {
                SendHeartbeat(p);
            }
        }
    }
    // Mobility (FreeBSD §3.7, bound-to-all): a single local address means every path now
    // leaves from it; otherwise only those routed through it. Fast handoff sends their
    // outstanding data again at once, and the primary's new source is made the peer's primary.
    if (!m_config.boundAll || !(m_config.mobilityBase || m_config.mobilityFastHandoff))
    {
        return;
    }
    if (m_localAddresses.size() == 1)
    {
        moved = m_paths;
    }
    for (const auto& p : moved)
    {
        if (m_config.mobilityFastHandoff)
        {
            ImmediateRetransmit(p);
        }
        if (p == PrimaryPath() && m_localAddresses.size() > 1)
        {
            RequestAddressChange(SctpParameter::SET_PRIMARY_ADDRESS, address);
        }
    }
    Output();
}

void
SctpAssociation::ImmediateRetransmit(Ptr<SctpPath> path)
{
    // FreeBSD's sctp_net_immediate_retrans: the module's initial window, no errors, and
    // everything outstanding on the path marked for retransmission.
    NS_LOG_FUNCTION(this << path->GetPeerAddress());
    SctpCcAssocInputs in = CcInputs();
    path->GetCongestionOps()->SetInitialParameters(path->GetCcState(), in);
    path->m_errorCount = 0;
    path->m_t3Timer.Cancel();
    m_rtxQueue.MarkForT3(path, Simulator::Now(), Time(0), path);
}

void
SctpAssociation::ForgetDeletedPrimary()
{
    m_primDeletedTimer.Cancel();
    if (!m_deletedPrimary)
    {
        return;
    }
    Ptr<SctpPath> primary = PrimaryPath();
    m_deletedPrimary->m_t3Timer.Cancel();
    m_rtxQueue.MoveAll(m_deletedPrimary, primary);
    if (primary->GetFlightSize() > 0 || m_rtxQueue.GetRetransmitCount() > 0)
    {
        StartT3(primary, false);
    }
    m_deletedPrimary = nullptr;
}

void
SctpAssociation::MobilityOnNewPrimary(Ptr<SctpPath> primary)
{
    if (!m_deletedPrimary)
    {
        return;
    }
    NS_LOG_FUNCTION(this << primary->GetPeerAddress());
    m_primDeletedTimer.Cancel();
    Ptr<SctpPath> deleted = m_deletedPrimary;
    m_deletedPrimary = nullptr;
    deleted->m_t3Timer.Cancel();
    if (m_config.mobilityFastHandoff)
    {
        // The T3 procedure on the deleted primary at once: everything outstanding there goes
        // again, to the new primary.
        uint32_t marked = m_rtxQueue.MarkForT3(deleted, Simulator::Now(), Time(0), primary);
        NS_LOG_LOGIC("fast handoff: " << marked << " chunks to " << primary->GetPeerAddress());
        m_t3OnePacket = false;
        Output();
        return;
    }
    // Base: the chunks now belong to the new primary and wait for its timer.
    m_rtxQueue.MoveAll(deleted, primary);
    StartT3(primary, false);
}

} // namespace ns3
