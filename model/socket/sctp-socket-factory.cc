/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-socket-factory.h"

#include "ns3/log.h"
#include "ns3/sctp-l4-protocol.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpSocketFactory");

NS_OBJECT_ENSURE_REGISTERED(SctpSocketFactory);

TypeId
SctpSocketFactory::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpSocketFactory").SetParent<SocketFactory>().SetGroupName("Sctp");
    return tid;
}

SctpSocketFactory::SctpSocketFactory()
{
}

SctpSocketFactory::~SctpSocketFactory()
{
}

void
SctpSocketFactory::SetSctp(Ptr<SctpL4Protocol> sctp)
{
    m_sctp = sctp;
}

Ptr<Socket>
SctpSocketFactory::CreateSocket()
{
    NS_LOG_FUNCTION(this);
    return m_sctp->CreateSocket();
}

void
SctpSocketFactory::DoDispose()
{
    m_sctp = nullptr;
    SocketFactory::DoDispose();
}

NS_OBJECT_ENSURE_REGISTERED(SctpOneToManySocketFactory);

TypeId
SctpOneToManySocketFactory::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpOneToManySocketFactory").SetParent<SocketFactory>().SetGroupName("Sctp");
    return tid;
}

void
SctpOneToManySocketFactory::SetSctp(Ptr<SctpL4Protocol> sctp)
{
    m_sctp = sctp;
}

void
SctpOneToManySocketFactory::DoDispose()
{
    m_sctp = nullptr;
    SocketFactory::DoDispose();
}

Ptr<Socket>
SctpOneToManySocketFactory::CreateSocket()
{
    NS_LOG_FUNCTION(this);
    return m_sctp->CreateSocket(true);
}

} // namespace ns3
