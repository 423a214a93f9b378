/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-packet-filter.h"

#include "ns3/ipv4-header.h"
#include "ns3/ipv6-header.h"
#include "ns3/packet.h"
#include "ns3/ppp-header.h"

#include <vector>

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SctpTestPacketFilter);

TypeId
SctpTestPacketFilter::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpTestPacketFilter")
                            .SetParent<ErrorModel>()
                            .SetGroupName("Sctp")
                            .AddConstructor<SctpTestPacketFilter>();
    return tid;
}

void
SctpTestPacketFilter::SetFilter(Filter filter)
{
    m_filter = filter;
}

bool
SctpTestPacketFilter::DoCorrupt(Ptr<Packet> p)
{
    if (!m_filter)
    {
        return false;
    }
    Ptr<Packet> copy = p->Copy();
    PppHeader ppp;
    copy->RemoveHeader(ppp);
    if (ppp.GetProtocol() == 0x0021)
    {
        Ipv4Header ip;
        copy->RemoveHeader(ip);
        if (ip.GetProtocol() != 132)
        {
            return false;
        }
    }
    else if (ppp.GetProtocol() == 0x0057)
    {
        Ipv6Header ip;
        copy->RemoveHeader(ip);
        if (ip.GetNextHeader() != 132)
        {
            return false;
        }
    }
    else
    {
        return false;
    }
    std::vector<uint8_t> bytes(copy->GetSize());
    copy->CopyData(bytes.data(), bytes.size());
    SctpPacket packet;
    std::string error;
    if (!SctpPacket::Deserialize(bytes.data(), bytes.size(), packet, error))
    {
        return false;
    }
    return m_filter(packet);
}

void
SctpTestPacketFilter::DoReset()
{
}

} // namespace ns3
