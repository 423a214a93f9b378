/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_TWO_NODES_H
#define SCTP_TWO_NODES_H

#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"

namespace ns3
{

/**
 * \ingroup sctp-test
 * \brief Two nodes on a point-to-point link (100 Mb/s, 1 ms unless given) with the SCTP stack.
 */
struct SctpTwoNodes
{
    NodeContainer nodes;        //!< client 0, server 1
    Ipv4Address serverIp;       //!< the server's address
    Ptr<SctpL4Protocol> l4[2];  //!< the stacks
    NetDeviceContainer devices; //!< client's device, server's device

    /**
     * \param [in] rate the link rate
     * \param [in] delay its one-way delay
     */
    SctpTwoNodes(std::string rate = "100Mbps", Time delay = MilliSeconds(1))
    {
        nodes.Create(2);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue(rate));
        p2p.SetChannelAttribute("Delay", TimeValue(delay));
        devices = p2p.Install(nodes);
        InternetStackHelper internet;
        internet.Install(nodes);
        SctpStackHelper sctp;
        sctp.Install(nodes);
        sctp.AssignStreams(nodes, 10);
        Ipv4AddressHelper addresses;
        addresses.SetBase("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = addresses.Assign(devices);
        serverIp = ifs.GetAddress(1);
        l4[0] = nodes.Get(0)->GetObject<SctpL4Protocol>();
        l4[1] = nodes.Get(1)->GetObject<SctpL4Protocol>();
    }

    /**
     * \param [in] i the node
     * \return a new one-to-many socket on it
     */
    Ptr<SctpSocket> OneToMany(uint32_t i)
    {
        return DynamicCast<SctpSocket>(
            Socket::CreateSocket(nodes.Get(i), SctpOneToManySocketFactory::GetTypeId()));
    }
};

} // namespace ns3

#endif /* SCTP_TWO_NODES_H */
