/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-stack-helper.h"

#include "ns3/abort.h"
#include "ns3/ipv4.h"
#include "ns3/ipv6.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/sctp-l4-protocol.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpStackHelper");

SctpStackHelper::SctpStackHelper()
{
    m_factory.SetTypeId(SctpL4Protocol::GetTypeId());
}

void
SctpStackHelper::SetAttribute(const std::string& name, const AttributeValue& value)
{
    m_factory.Set(name, value);
}

void
SctpStackHelper::Install(Ptr<Node> node) const
{
    NS_ABORT_MSG_IF(!node->GetObject<Ipv4>() && !node->GetObject<Ipv6>(),
                    "SctpStackHelper: node " << node->GetId()
                                             << " has no internet stack; install it first");
    NS_ABORT_MSG_IF(node->GetObject<SctpL4Protocol>(),
                    "SctpStackHelper: node " << node->GetId() << " already has SCTP");
    node->AggregateObject(m_factory.Create<SctpL4Protocol>());
}

void
SctpStackHelper::Install(NodeContainer nodes) const
{
    for (auto it = nodes.Begin(); it != nodes.End(); ++it)
    {
        Install(*it);
    }
}

int64_t
SctpStackHelper::AssignStreams(NodeContainer nodes, int64_t stream) const
{
    int64_t current = stream;
    for (auto it = nodes.Begin(); it != nodes.End(); ++it)
    {
        Ptr<SctpL4Protocol> sctp = (*it)->GetObject<SctpL4Protocol>();
        if (sctp)
        {
            current += sctp->AssignStreams(current);
        }
    }
    return current - stream;
}

} // namespace ns3
