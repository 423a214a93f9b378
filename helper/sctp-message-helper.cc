/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-message-helper.h"

#include "ns3/address-utils.h"
#include "ns3/log.h"
#include "ns3/names.h"
#include "ns3/node.h"
#include "ns3/sctp-message-sink.h"
#include "ns3/sctp-message-source.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpMessageHelper");

SctpMessageSourceHelper::SctpMessageSourceHelper(const Address& remote)
{
    m_factory.SetTypeId(SctpMessageSource::GetTypeId());
    m_factory.Set("Remote", AddressValue(remote));
}

void
SctpMessageSourceHelper::SetAttribute(const std::string& name, const AttributeValue& value)
{
    m_factory.Set(name, value);
}

ApplicationContainer
SctpMessageSourceHelper::Install(Ptr<Node> node) const
{
    Ptr<Application> app = m_factory.Create<Application>();
    node->AddApplication(app);
    return ApplicationContainer(app);
}

ApplicationContainer
SctpMessageSourceHelper::Install(const std::string& nodeName) const
{
    return Install(Names::Find<Node>(nodeName));
}

ApplicationContainer
SctpMessageSourceHelper::Install(NodeContainer nodes) const
{
    ApplicationContainer apps;
    for (auto i = nodes.Begin(); i != nodes.End(); ++i)
    {
        apps.Add(Install(*i));
    }
    return apps;
}

int64_t
SctpMessageSourceHelper::AssignStreams(ApplicationContainer apps, int64_t stream)
{
    int64_t used = 0;
    for (auto i = apps.Begin(); i != apps.End(); ++i)
    {
        Ptr<SctpMessageSource> source = DynamicCast<SctpMessageSource>(*i);
        if (source)
        {
            used += source->AssignStreams(stream + used);
        }
    }
    return used;
}

SctpMessageSinkHelper::SctpMessageSinkHelper(const Address& local)
{
    m_factory.SetTypeId(SctpMessageSink::GetTypeId());
    m_factory.Set("Local", AddressValue(local));
}

void
SctpMessageSinkHelper::SetAttribute(const std::string& name, const AttributeValue& value)
{
    m_factory.Set(name, value);
}

ApplicationContainer
SctpMessageSinkHelper::Install(Ptr<Node> node) const
{
    Ptr<Application> app = m_factory.Create<Application>();
    node->AddApplication(app);
    return ApplicationContainer(app);
}

ApplicationContainer
SctpMessageSinkHelper::Install(const std::string& nodeName) const
{
    return Install(Names::Find<Node>(nodeName));
}

ApplicationContainer
SctpMessageSinkHelper::Install(NodeContainer nodes) const
{
    ApplicationContainer apps;
    for (auto i = nodes.Begin(); i != nodes.End(); ++i)
    {
        apps.Add(Install(*i));
    }
    return apps;
}

} // namespace ns3
