/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-usrsctp-helper.h"

#include "sctp-usrsctp-instance.h"
#include "sctp-usrsctp-l4-protocol.h"

#include "ns3/abort.h"
#include "ns3/integer.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/node.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpUsrsctpHelper");

SctpUsrsctpHelper::SctpUsrsctpHelper()
{
    m_factory.SetTypeId(SctpUsrsctpL4Protocol::GetTypeId());
}

void
SctpUsrsctpHelper::SetAttribute(const std::string& name, const AttributeValue& value)
{
    m_factory.Set(name, value);
}

void
SctpUsrsctpHelper::SetCongestionControl(uint32_t module)
{
    NS_ABORT_MSG_IF(module > 3, "SctpUsrsctpHelper: congestion control module 0..3");
    m_factory.Set("CcModule", IntegerValue(module));
}

void
SctpUsrsctpHelper::SetSysctl(const std::string& name, uint32_t value)
{
    m_sysctls.emplace_back(name, value);
}

void
SctpUsrsctpHelper::Install(Ptr<Node> node) const
{
    NS_ABORT_MSG_IF(!node->GetObject<Ipv4>(),
                    "SctpUsrsctpHelper: node " << node->GetId()
                                               << " has no IPv4 stack; install it first");
    NS_ABORT_MSG_IF(node->GetObject<Ipv4>()->GetProtocol(SctpUsrsctpL4Protocol::PROT_NUMBER),
                    "SctpUsrsctpHelper: node " << node->GetId() << " already has SCTP");
    for (const auto& s : m_sysctls)
    {
        NS_ABORT_MSG_IF(!SctpUsrsctpInstance::SetSysctl(s.first, s.second),
                        "SctpUsrsctpHelper: sysctl " << s.first << " = " << s.second
                                                     << " unknown or refused by libusrsctp");
    }
    node->AggregateObject(m_factory.Create<SctpUsrsctpL4Protocol>());
}

void
SctpUsrsctpHelper::Install(NodeContainer nodes) const
{
    for (auto it = nodes.Begin(); it != nodes.End(); ++it)
    {
        Install(*it);
    }
}

int64_t
SctpUsrsctpHelper::AssignStreams(NodeContainer nodes, int64_t stream) const
{
    int64_t current = stream;
    current += SctpUsrsctpInstance::AssignStreams(current);
    for (auto it = nodes.Begin(); it != nodes.End(); ++it)
    {
        Ptr<SctpUsrsctpL4Protocol> l4 = (*it)->GetObject<SctpUsrsctpL4Protocol>();
        if (l4)
        {
            current += l4->AssignStreams(current);
        }
    }
    return current - stream;
}

} // namespace ns3
