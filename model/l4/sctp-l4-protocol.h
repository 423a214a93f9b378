/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_L4_PROTOCOL_H
#define SCTP_L4_PROTOCOL_H

#include "ns3/address.h"
#include "ns3/ip-l4-protocol.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/sctp-assoc-config.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <map>
#include <set>
#include <string>
#include <tuple>

namespace ns3
{

class Node;
class NetDevice;
class Ipv4Route;
class Ipv6Route;
class Socket;
class SctpPacket;
class SctpAssociation;
class SctpIpv4AddressWatcher;
class SctpIpv6AddressWatcher;
class SctpSocketImpl;
class RandomVariableStream;
class UniformRandomVariable;

/**
 * \ingroup sctp
 * \brief SCTP (IP protocol 132) on one node: checksum, demultiplexing to associations and
 * endpoints, out-of-the-blue handling, and the system defaults (the net.inet.sctp sysctls of
 * FreeBSD's sctp(4), as Attributes with FreeBSD's default values).
 *
 * Aggregated to a node that has an internet stack (SctpStackHelper), it registers with Ipv4 and
 * Ipv6 and aggregates an SctpSocketFactory.
 */
class SctpL4Protocol : public IpL4Protocol
{
  public:
    /// IP protocol number of SCTP.
    static const uint8_t PROT_NUMBER = 132;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpL4Protocol();
    ~SctpL4Protocol() override;

    SctpL4Protocol(const SctpL4Protocol&) = delete;
    SctpL4Protocol& operator=(const SctpL4Protocol&) = delete;

    /**
     * \param [in] node the node this stack belongs to
     */
    void SetNode(Ptr<Node> node);

    /// \return the node
    Ptr<Node> GetNode() const;

    /// \return a new one-to-one (SOCK_STREAM) socket
    Ptr<Socket> CreateSocket();

    /**
     * \param [in] oneToMany SOCK_SEQPACKET style if true
     * \return a new socket
     */
    Ptr<Socket> CreateSocket(bool oneToMany);

    /// \return the association defaults built from the sysctl attributes
    SctpAssocConfig GetAssocConfig() const;

    /**
     * \brief Serialize and send one SCTP packet (CRC32c when ns-3's ChecksumEnabled is set).
     * \param [in] packet the packet
     * \param [in] source source address (Ipv4Address/Ipv6Address; "any" lets routing choose)
     * \param [in] destination destination address
     * \param [in] tos IPv4 TOS / IPv6 traffic class (ECN bits)
     * \return false if no route was found (the packet is counted as a drop)
     */
    bool SendPacket(const SctpPacket& packet,
                    const Address& source,
                    const Address& destination,
                    uint8_t tos = 0);

    /**
     * \brief The source address routing picks towards a destination.
     * \param [in] destination the destination
     * \return the address, or an invalid Address if there is no route
     */
    Address GetSourceAddressFor(const Address& destination) const;

    /**
     * \brief The MTU of the interface routing uses towards a destination.
     * \param [in] destination the destination
     * \return the MTU in bytes, 0 if there is no route
     */
    uint32_t GetPathMtuFor(const Address& destination) const;

    /**
     * \param [in] address an IPv4 or IPv6 address
     * \return true if one of the node's interfaces has it now
     */
    bool IsLocalAddress(const Address& address) const;

    /**
     * \brief Tell IPv6 a raised path MTU estimate (its PMTU cache would fragment SCTP's larger
     * packets at the source otherwise); a router that cannot carry them says so again.
     * \param [in] destination an IPv6 peer address (others are ignored)
     * \param [in] mtu the new estimate
     */
    void RaiseIpPathMtu(const Address& destination, uint32_t mtu);

    /// \return a random port in 49152..65535 not bound by any socket, 0 if none
    uint16_t AllocateEphemeralPort();

    /**
     * \param [in] port a port
     * \return true if a socket is bound to it
     */
    bool IsPortBound(uint16_t port) const;

    /**
     * \brief Register a bound socket (an endpoint) for INIT / COOKIE-ECHO demultiplexing.
     * \param [in] socket the socket
     * \param [in] port its local port
     */
    void BindSocket(Ptr<SctpSocketImpl> socket, uint16_t port);

    /**
     * \param [in] socket a socket registered with BindSocket
     */
    void UnbindSocket(const SctpSocketImpl* socket);

    /**
     * \brief Make packets from this peer address and port reach this association.
     * \param [in] assoc the association
     * \param [in] localPort its local port
     * \param [in] peerPort its peer's port
     * \param [in] peerAddress one of the peer's addresses
     */
    void AddAssociationKey(Ptr<SctpAssociation> assoc,
                           uint16_t localPort,
                           uint16_t peerPort,
                           const Address& peerAddress);

    /**
     * \brief Packets from this peer address no longer reach an association (ASCONF deleted it).
     * \param [in] localPort the local port
     * \param [in] peerPort the peer's port
     * \param [in] peerAddress the address
     */
    void RemoveAssociationKey(uint16_t localPort, uint16_t peerPort, const Address& peerAddress);

    /**
     * \param [in] assoc an association; every key that leads to it is removed
     */
    void RemoveAssociation(const SctpAssociation* assoc);

    /**
     * \param [in] localPort local port
     * \param [in] peerPort peer port
     * \param [in] peerAddress peer address
     * \return the association these lead to, or nullptr
     */
    Ptr<SctpAssociation> FindAssociation(uint16_t localPort,
                                         uint16_t peerPort,
                                         const Address& peerAddress) const;

    /**
     * \brief Report a dropped packet through the Drop trace, with NS_LOG.
     * \param [in] packet the packet (may be null)
     * \param [in] reason why
     */
    void NotifyDrop(Ptr<const Packet> packet, const std::string& reason);

    /**
     * \return the random stream for verification tags and initial TSNs
     */
    Ptr<UniformRandomVariable> GetRandom() const;

    /**
     * \brief Assign fixed random variable stream numbers.
     * \param [in] stream first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

    // IpL4Protocol
    int GetProtocolNumber() const override;
    enum IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                        const Ipv4Header& header,
                                        Ptr<Ipv4Interface> incomingInterface) override;
    enum IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                        const Ipv6Header& header,
                                        Ptr<Ipv6Interface> incomingInterface) override;
    void ReceiveIcmp(Ipv4Address icmpSource,
                     uint8_t icmpTtl,
                     uint8_t icmpType,
                     uint8_t icmpCode,
                     uint32_t icmpInfo,
                     Ipv4Address payloadSource,
                     Ipv4Address payloadDestination,
                     const uint8_t payload[8]) override;
    void ReceiveIcmp(Ipv6Address icmpSource,
                     uint8_t icmpTtl,
                     uint8_t icmpType,
                     uint8_t icmpCode,
                     uint32_t icmpInfo,
                     Ipv6Address payloadSource,
                     Ipv6Address payloadDestination,
                     const uint8_t payload[8]) override;
    void SetDownTarget(IpL4Protocol::DownTargetCallback cb) override;
    void SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb) override;
    IpL4Protocol::DownTargetCallback GetDownTarget() const override;
    IpL4Protocol::DownTargetCallback6 GetDownTarget6() const override;

    /**
     * \brief Drop trace signature.
     * \param [in] packet the packet (may be null)
     * \param [in] reason why it was dropped
     */
    typedef void (*DropTracedCallback)(Ptr<const Packet> packet, std::string reason);

  protected:
    void DoDispose() override;
    void NotifyNewAggregate() override;

    /// Join the node's list routing to hear of address changes (once; when routing exists).
    void WatchAddresses();

    /**
     * \brief The node gained or lost an address: associations of bound-to-all endpoints with
     * auto_asconf tell their peers (ASCONF).
     * \param [in] address the address
     * \param [in] added true if added, false if removed
     */
    void LocalAddressChanged(const Address& address, bool added);

    /**
     * \brief An ICMP error quoting one of our packets: to its association, if the quoted
     * ports and verification tag match one (RFC 9260 Appendix C).
     * \param [in] v6 ICMPv6
     * \param [in] type the ICMP type
     * \param [in] code the ICMP code
     * \param [in] info the next-hop MTU for "packet too big"
     * \param [in] peer the destination of the quoted packet
     * \param [in] payload the first 8 bytes of the quoted SCTP packet
     */
    void HandleIcmp(bool v6,
                    uint8_t type,
                    uint8_t code,
                    uint32_t info,
                    const Address& peer,
                    const uint8_t payload[8]);

  private:
    /**
     * \brief Common receive path of IPv4 and IPv6.
     * \param [in] p the packet
     * \param [in] source source address
     * \param [in] destination destination address
     * \param [in] tos TOS / traffic class as received (ECN bits)
     * \return the receive status
     */
    enum IpL4Protocol::RxStatus DoReceive(Ptr<Packet> p,
                                          const Address& source,
                                          const Address& destination,
                                          uint8_t tos);

    /**
     * \brief RFC 9260 §8.4: a packet that belongs to no association and no endpoint.
     * \param [in] packet the parsed packet
     * \param [in] source its source
     * \param [in] destination its destination
     */
    void HandleOutOfTheBlue(const SctpPacket& packet,
                            const Address& source,
                            const Address& destination);

    /**
     * \param [in] port local port
     * \param [in] destination the packet's destination address
     * \return the bound socket that accepts packets to this port and address, or nullptr
     */
    Ptr<SctpSocketImpl> FindEndpoint(uint16_t port, const Address& destination) const;

    /// What routing answers for a destination.
    struct RouteResult
    {
        Address source;        //!< the source address to use
        Ptr<NetDevice> device; //!< the output device
        Ptr<Ipv4Route> route4; //!< IPv4 route, or null
        Ptr<Ipv6Route> route6; //!< IPv6 route, or null
    };

    /**
     * \brief Ask the node's routing for a destination.
     * \param [in] destination Ipv4Address or Ipv6Address
     * \param [in] source a source address to keep, or an invalid/any address
     * \param [out] out the answer
     * \return false if there is no route
     */
    bool Route(const Address& destination, const Address& source, RouteResult& out) const;

    /// Demultiplexing key: local port, peer port, peer address.
    typedef std::tuple<uint16_t, uint16_t, Address> AssocKey;

    Ptr<Node> m_node;                                         //!< the node
    IpL4Protocol::DownTargetCallback m_downTarget;            //!< IPv4 send
    IpL4Protocol::DownTargetCallback6 m_downTarget6;          //!< IPv6 send
    std::map<AssocKey, Ptr<SctpAssociation>> m_assocs;        //!< association demux
    std::multimap<uint16_t, Ptr<SctpSocketImpl>> m_endpoints; //!< bound sockets by port
    std::set<Ptr<SctpSocketImpl>> m_sockets;                  //!< every socket created here
    Ptr<SctpIpv4AddressWatcher> m_watcher4;                   //!< IPv4 address changes
    Ptr<SctpIpv6AddressWatcher> m_watcher6;                   //!< IPv6 address changes
    Ptr<UniformRandomVariable> m_random;                      //!< tags, TSNs, ports

    TracedCallback<Ptr<const Packet>, std::string> m_dropTrace; //!< drops with a reason
    TracedCallback<Ptr<const Packet>> m_txTrace;                //!< packets sent
    TracedCallback<Ptr<const Packet>> m_rxTrace;                //!< packets received

    // The net.inet.sctp sysctls (FreeBSD sctp(4)); see doc/sctp.rst for the table.
    uint32_t m_sendSpace;
    uint32_t m_recvSpace;
    bool m_autoAsconf;
    bool m_ecnEnable;
    bool m_prEnable;
    bool m_authEnable;
    bool m_asconfEnable;
    bool m_reconfigEnable;
    bool m_nrSackEnable;
    bool m_pktDropEnable;
    bool m_loopbackNoCsum;
    uint32_t m_peerChunkOverhead;
    uint32_t m_maxBurst;
    uint32_t m_frMaxBurst;
    uint32_t m_maxChunks;
    uint32_t m_tcbHashSize;
    uint32_t m_pcbHashSize;
    uint32_t m_minSplitPoint;
    uint32_t m_chunkScale;
    Time m_delayedSackTime;
    uint32_t m_sackFreq;
    uint32_t m_sysResource;
    uint32_t m_asocResource;
    Time m_heartbeatInterval;
    Time m_pmtuRaiseTime;
    Time m_shutdownGuardTime;
    Time m_secretLifetime;
    Time m_rtoMax;
    Time m_rtoMin;
    Time m_rtoInitial;
    Time m_initRtoMax;
    Time m_validCookieLife;
    uint32_t m_initRtxMax;
    uint32_t m_assocRtxMax;
    uint32_t m_pathRtxMax;
    uint32_t m_pathPfThreshold;
    uint32_t m_addMoreOnOutput;
    uint32_t m_incomingStreams;
    uint32_t m_outgoingStreams;
    uint32_t m_cmtOnOff;
    bool m_cmtUseDac;
    bool m_cwndMaxBurst;
    bool m_natFriendly;
    uint32_t m_abcLVar;
    uint32_t m_maxChainedMbufs;
    bool m_doSctpDrain;
    uint32_t m_hbMaxBurst;
    bool m_abortAtLimit;
    uint32_t m_minResidual;
    uint32_t m_maxRetranChunk;
    uint32_t m_logLevel;
    uint32_t m_defaultCcModule;
    uint32_t m_defaultSsModule;
    uint32_t m_defaultFragInterleave;
    bool m_mobilityBase;
    bool m_mobilityFastHandoff;
    uint32_t m_udpTunnelingPort;
    bool m_enableSackImmediately;
    bool m_natFriendlyInit;
    Time m_vtagTimeWait;
    uint32_t m_bufferSplitting;
    uint32_t m_initialCwnd;
    uint32_t m_rttvarBw;
    uint32_t m_rttvarRtt;
    bool m_rttvarEqret;
    uint32_t m_rttvarSteadyStep;
    bool m_useDcccEcn;
    uint32_t m_blackhole;
    uint32_t m_sendallLimit;
    uint32_t m_diagInfoCode;
    bool m_ootbWithZeroCksum;
    bool m_strictSacks;
    bool m_strictDataOrder;
    uint32_t m_debug;
};

} // namespace ns3

#endif /* SCTP_L4_PROTOCOL_H */
