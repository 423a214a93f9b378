/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SOCKET_FACTORY_H
#define SCTP_SOCKET_FACTORY_H

#include "ns3/socket-factory.h"

namespace ns3
{

class SctpL4Protocol;

/**
 * \ingroup sctp
 * \brief Creates SCTP sockets; aggregated to every node with an SctpL4Protocol.
 *
 * Pass "ns3::SctpSocketFactory" wherever ns-3 takes a socket factory name (BulkSendHelper,
 * PacketSinkHelper, OnOffHelper) to get one-to-one (SOCK_STREAM) SCTP sockets.
 */
class SctpSocketFactory : public SocketFactory
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpSocketFactory();
    ~SctpSocketFactory() override;

    /**
     * \param [in] sctp the protocol sockets are created on
     */
    void SetSctp(Ptr<SctpL4Protocol> sctp);

    /// \return a new one-to-one socket
    Ptr<Socket> CreateSocket() override;

  protected:
    void DoDispose() override;

  private:
    Ptr<SctpL4Protocol> m_sctp; //!< the protocol
};

/**
 * \ingroup sctp
 * \brief Creates one-to-many (SOCK_SEQPACKET) SCTP sockets:
 * Socket::CreateSocket (node, SctpOneToManySocketFactory::GetTypeId ()).
 */
class SctpOneToManySocketFactory : public SocketFactory
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \param [in] sctp the protocol that creates the sockets
     */
    void SetSctp(Ptr<SctpL4Protocol> sctp);

    /// \return a new one-to-many socket
    Ptr<Socket> CreateSocket() override;

  protected:
    void DoDispose() override;

  private:
    Ptr<SctpL4Protocol> m_sctp; //!< the protocol
};

} // namespace ns3

#endif /* SCTP_SOCKET_FACTORY_H */
