/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_USRSCTP_L4_PROTOCOL_H
#define SCTP_USRSCTP_L4_PROTOCOL_H

#include "ns3/inet-socket-address.h"
#include "ns3/ip-l4-protocol.h"
#include "ns3/ipv4-address.h"
#include "ns3/ptr.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>

struct socket; // libusrsctp's socket

namespace ns3
{

class Node;
class Socket;
class SctpUsrsctpSocket;
class UniformRandomVariable;

/**
 * \ingroup sctp
 * \brief The usrsctp reference peer on one node: FreeBSD's SCTP stack (libusrsctp) as the
 * node's SCTP, IP protocol 132, on simulated time.
 *
 * Aggregated to a node with an IPv4 stack (SctpUsrsctpHelper), it registers with Ipv4 for
 * protocol 132 and aggregates an SctpUsrsctpSocketFactory, which answers to
 * SctpSocketFactory's TypeId: Socket::CreateSocket(node, SctpSocketFactory::GetTypeId()) and
 * every application written for the module's SctpSocket (SctpMessageSource, SctpMessageSink,
 * BulkSendApplication, PacketSink) then run over libusrsctp unchanged. A node runs either this
 * or SctpL4Protocol, not both.
 *
 * The node has one AF_CONN address in the library (SctpUsrsctpInstance::RegisterNode); each of
 * its sockets binds that address. Packets the library emits for it are sent with Ipv4::Send
 * (routed; the library's ECN bits become the IP TOS), or UDP-encapsulated (RFC 6951) when
 * UdpEncapsulationPort is set. Packets arriving for protocol 132, or on the UDP port, are handed
 * to usrsctp_conninput on the node's address. AF_CONN carries no IP address, so the node tells
 * its associations apart by their (local port, peer port) pair and keeps, for each pair, the
 * peer's IPv4 address (set by Connect, learned from each arriving packet).
 */
class SctpUsrsctpL4Protocol : public IpL4Protocol
{
  public:
    /// IP protocol number of SCTP.
    static const uint8_t PROT_NUMBER = 132;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpUsrsctpL4Protocol();
    ~SctpUsrsctpL4Protocol() override;

    SctpUsrsctpL4Protocol(const SctpUsrsctpL4Protocol&) = delete;
    SctpUsrsctpL4Protocol& operator=(const SctpUsrsctpL4Protocol&) = delete;

    /// \return the node
    Ptr<Node> GetNode() const;

    /// \return the node's AF_CONN address in libusrsctp
    void* GetConnAddress() const;

    /// \return a new one-to-one (SOCK_STREAM) socket over libusrsctp
    Ptr<Socket> CreateSocket();

    /**
     * \brief Wrap a socket the library created (an accepted association).
     * \param [in] so the library's socket
     * \return the socket
     */
    Ptr<SctpUsrsctpSocket> AdoptSocket(struct socket* so);

    /**
     * \param [in] socket a socket of this node that closed; the node forgets it
     */
    void ForgetSocket(Ptr<SctpUsrsctpSocket> socket);

    /// \return a random port in 49152..65535 that no socket of this node is bound to, 0 if none
    uint16_t AllocateEphemeralPort();

    /**
     * \param [in] port a port a socket of this node bound
     */
    void NotePortBound(uint16_t port);

    /**
     * \param [in] port a port a socket of this node released
     */
    void NotePortReleased(uint16_t port);

    /**
     * \brief Where an association's packets go.
     * \param [in] localPort the association's local port
     * \param [in] peerPort its peer's port
     * \param [in] peer the peer's IPv4 address
     * \param [in] udpPort the peer's UDP encapsulation port (0: SCTP directly over IP)
     */
    void SetPeer(uint16_t localPort, uint16_t peerPort, Ipv4Address peer, uint16_t udpPort);

    /**
     * \param [in] localPort local port
     * \param [in] peerPort peer port
     * \param [out] peer the peer's address
     * \return false if no packet of that pair was seen or sent
     */
    bool GetPeer(uint16_t localPort, uint16_t peerPort, Ipv4Address& peer) const;

    /// \return the UDP port the peer is reached on for a new association (0: no encapsulation)
    uint16_t GetConnectUdpPort() const;

    /**
     * \return the largest SCTP packet (common header and chunks) the node sends: the IP MTU
     *         (the Mtu attribute, else the MTU of the node's first non-loopback interface) less
     *         the IPv4 header, and the UDP header when encapsulating
     */
    uint32_t GetSctpPacketSize() const;

    /**
     * \return the address routing picks as source towards a peer (the first address of the
     *         node if there is no route)
     * \param [in] peer the peer
     */
    Ipv4Address GetSourceAddressFor(Ipv4Address peer) const;

    /// \return the SCTP_PLUGGABLE_CC module for new sockets, -1 for the sysctl default
    int32_t GetCcModule() const;

    /**
     * \brief Send one packet the library emitted for this node (the conn output callback).
     * \param [in] buffer the SCTP packet
     * \param [in] length its length
     * \param [in] tos the IP TOS byte the library asks for (ECN bits)
     */
    void SendFromLibrary(const uint8_t* buffer, size_t length, uint8_t tos);

    /**
     * \brief Fix the random stream for ephemeral ports.
     * \param [in] stream the stream index
     * \return the number of streams used (1)
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

  private:
    /// The peer of a (local port, peer port) pair.
    struct Peer
    {
        Ipv4Address address; //!< its IPv4 address
        uint16_t udpPort{0}; //!< its UDP encapsulation port, 0 if none
    };

    /**
     * \brief Hand a received SCTP packet to the library.
     * \param [in] p the packet (SCTP common header first)
     * \param [in] from the sender
     * \param [in] udpPort the sender's UDP port (0: not encapsulated)
     * \param [in] ecn the ECN bits of its IP header
     */
    void Deliver(Ptr<Packet> p, Ipv4Address from, uint16_t udpPort, uint8_t ecn);

    /// Open the UDP socket for SCTP/UDP if UdpEncapsulationPort is set and it is not open.
    void OpenUdpSocket();

    /**
     * \param [in] socket the UDP socket with datagrams to read
     */
    void UdpReceive(Ptr<Socket> socket);

    Ptr<Node> m_node;                                      //!< the node
    void* m_token{nullptr};                                //!< the node's AF_CONN address
    IpL4Protocol::DownTargetCallback m_downTarget;         //!< Ipv4::Send
    IpL4Protocol::DownTargetCallback6 m_downTarget6;       //!< unused (IPv4 only)
    std::set<Ptr<SctpUsrsctpSocket>> m_sockets;            //!< the node's open sockets
    std::map<std::pair<uint16_t, uint16_t>, Peer> m_peers; //!< (local, peer port) -> peer
    std::map<uint16_t, uint32_t> m_boundPorts;             //!< port -> sockets bound to it
    Ptr<UniformRandomVariable> m_random;                   //!< ephemeral ports
    Ptr<Socket> m_udpSocket;                               //!< SCTP/UDP socket, if any

    // Attributes
    int32_t m_ccModule{-1};         //!< SCTP_PLUGGABLE_CC of new sockets (-1: sysctl default)
    uint32_t m_mtu{0};              //!< IP MTU (0: the first interface's)
    uint16_t m_udpPort{0};          //!< local SCTP/UDP port (0: no encapsulation)
    uint16_t m_remoteUdpPort{9899}; //!< the peer's SCTP/UDP port for new associations

    TracedCallback<Ptr<const Packet>> m_txTrace;                //!< packets sent
    TracedCallback<Ptr<const Packet>> m_rxTrace;                //!< packets received
    TracedCallback<Ptr<const Packet>, std::string> m_dropTrace; //!< packets dropped
};

} // namespace ns3

#endif /* SCTP_USRSCTP_L4_PROTOCOL_H */
