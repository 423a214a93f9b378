/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_MESSAGE_HELPER_H
#define SCTP_MESSAGE_HELPER_H

#include "ns3/address.h"
#include "ns3/application-container.h"
#include "ns3/attribute.h"
#include "ns3/node-container.h"
#include "ns3/object-factory.h"

#include <string>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Installs SctpMessageSource applications, as BulkSendHelper installs
 * BulkSendApplications.
 *
 * \code
 *   SctpMessageSourceHelper source(InetSocketAddress(serverIp, 5000));
 *   source.SetAttribute("MaxBytes", UintegerValue(10000000));
 *   source.SetAttribute("Streams", UintegerValue(4));
 *   ApplicationContainer apps = source.Install(client);
 * \endcode
 */
class SctpMessageSourceHelper
{
  public:
    /**
     * \param [in] remote the sink's address and port (InetSocketAddress or Inet6SocketAddress)
     */
    explicit SctpMessageSourceHelper(const Address& remote);

    /**
     * \brief Set an attribute of the applications created.
     * \param [in] name attribute name of ns3::SctpMessageSource
     * \param [in] value its value
     */
    void SetAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \param [in] nodes one application is installed on each
     * \return the applications
     */
    ApplicationContainer Install(NodeContainer nodes) const;

    /**
     * \param [in] node the node
     * \return the application
     */
    ApplicationContainer Install(Ptr<Node> node) const;

    /**
     * \param [in] nodeName a node's name (Names)
     * \return the application
     */
    ApplicationContainer Install(const std::string& nodeName) const;

    /**
     * \brief Fix the random streams of the SctpMessageSource applications in a container.
     * \param [in] apps applications (others are skipped)
     * \param [in] stream first stream index
     * \return the number of streams used
     */
    static int64_t AssignStreams(ApplicationContainer apps, int64_t stream);

  private:
    ObjectFactory m_factory; //!< makes SctpMessageSource
};

/**
 * \ingroup sctp
 * \brief Installs SctpMessageSink applications, as PacketSinkHelper installs PacketSinks.
 *
 * \code
 *   SctpMessageSinkHelper sink(InetSocketAddress(Ipv4Address::GetAny(), 5000));
 *   ApplicationContainer apps = sink.Install(server);
 * \endcode
 */
class SctpMessageSinkHelper
{
  public:
    /**
     * \param [in] local the address and port to listen on
     */
    explicit SctpMessageSinkHelper(const Address& local);

    /**
     * \brief Set an attribute of the applications created.
     * \param [in] name attribute name of ns3::SctpMessageSink
     * \param [in] value its value
     */
    void SetAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \param [in] nodes one application is installed on each
     * \return the applications
     */
    ApplicationContainer Install(NodeContainer nodes) const;

    /**
     * \param [in] node the node
     * \return the application
     */
    ApplicationContainer Install(Ptr<Node> node) const;

    /**
     * \param [in] nodeName a node's name (Names)
     * \return the application
     */
    ApplicationContainer Install(const std::string& nodeName) const;

  private:
    ObjectFactory m_factory; //!< makes SctpMessageSink
};

} // namespace ns3

#endif /* SCTP_MESSAGE_HELPER_H */
