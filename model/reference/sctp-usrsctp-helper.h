/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_USRSCTP_HELPER_H
#define SCTP_USRSCTP_HELPER_H

#include "ns3/attribute.h"
#include "ns3/node-container.h"
#include "ns3/object-factory.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Makes nodes run FreeBSD's SCTP stack (libusrsctp) as their SCTP: the usrsctp
 * reference peer. Use it instead of SctpStackHelper, after InternetStackHelper.
 *
 * \code
 *   SctpUsrsctpHelper freebsd;
 *   freebsd.SetCongestionControl(2);        // H-TCP on every socket of these nodes
 *   freebsd.SetSysctl("rto_min", 200);      // net.inet.sctp.rto_min, for all usrsctp nodes
 *   freebsd.Install(server);
 *   freebsd.AssignStreams(server, 10);
 *   // SctpMessageSinkHelper, BulkSendHelper("ns3::SctpSocketFactory", ...) work unchanged
 * \endcode
 */
class SctpUsrsctpHelper
{
  public:
    SctpUsrsctpHelper();

    /**
     * \brief Set an attribute of the SctpUsrsctpL4Protocol objects created.
     * \param [in] name attribute name
     * \param [in] value its value
     */
    void SetAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \brief Congestion control module of every socket on the nodes installed (SCTP_PLUGGABLE_CC).
     * \param [in] module 0 RFC 4960 (default), 1 HighSpeed, 2 H-TCP, 3 RTCC
     */
    void SetCongestionControl(uint32_t module);

    /**
     * \brief A sysctl to set when nodes are installed (libusrsctp's sysctls are global: they
     * hold for every usrsctp node of the simulation).
     * \param [in] name FreeBSD's name ("rto_min") or libusrsctp's ("sctp_rto_min_default")
     * \param [in] value its value
     */
    void SetSysctl(const std::string& name, uint32_t value);

    /**
     * \param [in] node a node with an IPv4 stack and no SCTP
     */
    void Install(Ptr<Node> node) const;

    /**
     * \param [in] nodes nodes with an IPv4 stack and no SCTP
     */
    void Install(NodeContainer nodes) const;

    /**
     * \brief Fix the random streams: ephemeral ports of each node, and the library's random
     * bytes (verification tags, TSNs, secrets; one stream for the process-wide library).
     * \param [in] nodes nodes installed with this helper
     * \param [in] stream first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(NodeContainer nodes, int64_t stream) const;

  private:
    ObjectFactory m_factory;                                 //!< makes SctpUsrsctpL4Protocol
    std::vector<std::pair<std::string, uint32_t>> m_sysctls; //!< sysctls to set at Install
};

} // namespace ns3

#endif /* SCTP_USRSCTP_HELPER_H */
