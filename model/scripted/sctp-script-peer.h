/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_PEER_H
#define SCTP_SCRIPT_PEER_H

#include "ns3/address.h"
#include "ns3/callback.h"
#include "ns3/ip-l4-protocol.h"

#include <cstdint>
#include <vector>

namespace ns3
{

class Node;

/**
 * \ingroup sctp
 * \brief A bare IP protocol 132 for a node without SctpL4Protocol: it hands every SCTP packet
 * that reaches the node, as bytes, to a callback, and sends bytes given to it as SCTP packets.
 *
 * It is the scripted peer's network access: the script runner crafts the packets and judges
 * what the stack under test sends. Nothing is checked or answered here, so that a test sees
 * exactly what was on the wire.
 */
class SctpScriptPeer : public IpL4Protocol
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpScriptPeer();
    ~SctpScriptPeer() override;

    /// Receive callback: the SCTP packet's bytes, its source and its destination address.
    typedef Callback<void, const std::vector<uint8_t>&, const Address&, const Address&>
        ReceiveCallback;

    /**
     * \brief Register with the node's IPv4 and IPv6 stacks (whichever it has).
     * \param [in] node the node; it must not have SctpL4Protocol
     */
    void Install(Ptr<Node> node);

    /**
     * \param [in] cb called for each SCTP packet the node receives
     */
    void SetReceiveCallback(ReceiveCallback cb);

    /**
     * \brief Send an SCTP packet.
     * \param [in] bytes the packet, common header first
     * \param [in] source an address of this node
     * \param [in] destination where to
     */
    void Send(const std::vector<uint8_t>& bytes, const Address& source, const Address& destination);

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

  protected:
    void DoDispose() override;

  private:
    IpL4Protocol::DownTargetCallback m_downTarget;   //!< IPv4 send
    IpL4Protocol::DownTargetCallback6 m_downTarget6; //!< IPv6 send
    ReceiveCallback m_receive;                       //!< where received packets go
};

} // namespace ns3

#endif /* SCTP_SCRIPT_PEER_H */
