/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-multihoming-helper.h"

#include "sctp-stack-helper.h"

#include "ns3/abort.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-address-helper.h"
#include "ns3/ipv4.h"
#include "ns3/ipv6-address-helper.h"
#include "ns3/ipv6.h"
#include "ns3/log.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/pointer.h"
#include "ns3/queue-size.h"
#include "ns3/string.h"

#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpMultihomingHelper");

void
SctpMultihomingHelper::AddPath(const PathSpec& spec)
{
    m_paths.push_back(spec);
}

SctpMultihomingHelper::Hosts
SctpMultihomingHelper::Install() const
{
    NS_ABORT_MSG_IF(m_paths.empty(), "SctpMultihomingHelper: add at least one path");
    Hosts hosts;
    NodeContainer nodes;
    nodes.Create(2);
    hosts.a = nodes.Get(0);
    hosts.b = nodes.Get(1);
    InternetStackHelper internet;
    internet.Install(nodes);
    SctpStackHelper sctp;
    sctp.Install(nodes);

    for (size_t i = 0; i < m_paths.size(); ++i)
    {
        const PathSpec& spec = m_paths[i];
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue(spec.dataRate));
        p2p.SetChannelAttribute("Delay", TimeValue(spec.delay));
        p2p.SetQueue("ns3::DropTailQueue",
                     "MaxSize",
                     QueueSizeValue(QueueSize(QueueSizeUnit::PACKETS, spec.queuePackets)));
        NetDeviceContainer devs = p2p.Install(nodes);
        if (spec.errorAtA)
        {
            devs.Get(0)->SetAttribute("ReceiveErrorModel", PointerValue(spec.errorAtA));
        }
        if (spec.errorAtB)
        {
            devs.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(spec.errorAtB));
        }
        hosts.devices.push_back(devs);
        // One subnet per path: the connected routes send each peer address over its own link.
        if (spec.ipv6)
        {
            std::ostringstream net;
            net << "2001:db8:" << i + 1 << "::";
            Ipv6AddressHelper address;
            address.SetBase(Ipv6Address(net.str().c_str()), Ipv6Prefix(64));
            Ipv6InterfaceContainer ifs = address.Assign(devs);
            hosts.addressesA.emplace_back(ifs.GetAddress(0, 1));
            hosts.addressesB.emplace_back(ifs.GetAddress(1, 1));
            hosts.interfacesA.push_back(ifs.GetInterfaceIndex(0));
            hosts.interfacesB.push_back(ifs.GetInterfaceIndex(1));
        }
        else
        {
            std::ostringstream net;
            net << "10." << i + 1 << ".0.0";
            Ipv4AddressHelper address;
            address.SetBase(net.str().c_str(), "255.255.255.0");
            Ipv4InterfaceContainer ifs = address.Assign(devs);
            hosts.addressesA.emplace_back(ifs.GetAddress(0));
            hosts.addressesB.emplace_back(ifs.GetAddress(1));
            hosts.interfacesA.push_back(ifs.Get(0).second);
            hosts.interfacesB.push_back(ifs.Get(1).second);
        }
    }
    return hosts;
}

void
SctpMultihomingHelper::SetPathUp(const Hosts& hosts, uint32_t path, bool up)
{
    NS_LOG_FUNCTION(path << up);
    NS_ABORT_MSG_IF(path >= hosts.devices.size(), "SctpMultihomingHelper: no path " << path);
    bool ipv6 = Ipv6Address::IsMatchingType(hosts.addressesA[path]);
    for (int side = 0; side < 2; ++side)
    {
        Ptr<Node> node = side == 0 ? hosts.a : hosts.b;
        uint32_t ifIndex = side == 0 ? hosts.interfacesA[path] : hosts.interfacesB[path];
        if (ipv6)
        {
            Ptr<Ipv6> ip = node->GetObject<Ipv6>();
            up ? ip->SetUp(ifIndex) : ip->SetDown(ifIndex);
        }
        else
        {
            Ptr<Ipv4> ip = node->GetObject<Ipv4>();
            up ? ip->SetUp(ifIndex) : ip->SetDown(ifIndex);
        }
    }
}

} // namespace ns3
