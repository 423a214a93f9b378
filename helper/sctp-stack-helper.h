/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_STACK_HELPER_H
#define SCTP_STACK_HELPER_H

#include "ns3/node-container.h"
#include "ns3/object-factory.h"

#include <string>

namespace ns3
{

class AttributeValue;

/**
 * \ingroup sctp
 * \brief Adds SCTP to nodes that already have an internet stack (InternetStackHelper).
 *
 * \code
 *   InternetStackHelper internet;
 *   internet.Install(nodes);
 *   SctpStackHelper sctp;
 *   sctp.SetAttribute("RtoMin", TimeValue(MilliSeconds(100)));
 *   sctp.Install(nodes);
 * \endcode
 */
class SctpStackHelper
{
  public:
    SctpStackHelper();

    /**
     * \brief Set an attribute (a net.inet.sctp sysctl) of the SctpL4Protocol objects created.
     * \param [in] name attribute name, e.g. "RtoMin"
     * \param [in] value its value
     */
    void SetAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \param [in] nodes nodes with an internet stack; each gets an SctpL4Protocol
     */
    void Install(NodeContainer nodes) const;

    /**
     * \param [in] node a node with an internet stack
     */
    void Install(Ptr<Node> node) const;

    /**
     * \brief Fix the random streams (verification tags, TSNs, ports, cookie secrets).
     * \param [in] nodes nodes with SCTP
     * \param [in] stream first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(NodeContainer nodes, int64_t stream) const;

  private:
    ObjectFactory m_factory; //!< makes SctpL4Protocol
};

} // namespace ns3

#endif /* SCTP_STACK_HELPER_H */
