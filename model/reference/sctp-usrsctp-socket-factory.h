/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_USRSCTP_SOCKET_FACTORY_H
#define SCTP_USRSCTP_SOCKET_FACTORY_H

#include "ns3/sctp-socket-factory.h"

namespace ns3
{

class SctpUsrsctpL4Protocol;

/**
 * \ingroup sctp
 * \brief Creates libusrsctp sockets (SctpUsrsctpSocket) on a node running the usrsctp reference
 * peer. A subclass of SctpSocketFactory, so node->GetObject<SocketFactory>
 * (SctpSocketFactory::GetTypeId()) finds it: applications that create "ns3::SctpSocketFactory"
 * sockets get FreeBSD's stack on such a node.
 */
class SctpUsrsctpSocketFactory : public SctpSocketFactory
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpUsrsctpSocketFactory();
    ~SctpUsrsctpSocketFactory() override;

    /**
     * \param [in] l4 the node's reference peer
     */
    void SetUsrsctp(Ptr<SctpUsrsctpL4Protocol> l4);

    /// \return a new one-to-one libusrsctp socket
    Ptr<Socket> CreateSocket() override;

  protected:
    void DoDispose() override;

  private:
    Ptr<SctpUsrsctpL4Protocol> m_l4; //!< the node's reference peer
};

} // namespace ns3

#endif /* SCTP_USRSCTP_SOCKET_FACTORY_H */
