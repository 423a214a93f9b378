/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-usrsctp-socket-factory.h"

#include "sctp-usrsctp-l4-protocol.h"

#include "ns3/log.h"
#include "ns3/socket.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpUsrsctpSocketFactory");

NS_OBJECT_ENSURE_REGISTERED(SctpUsrsctpSocketFactory);

TypeId
SctpUsrsctpSocketFactory::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpUsrsctpSocketFactory")
                            .SetParent<SctpSocketFactory>()
                            .SetGroupName("Sctp")
                            .AddConstructor<SctpUsrsctpSocketFactory>();
    return tid;
}

SctpUsrsctpSocketFactory::SctpUsrsctpSocketFactory()
{
    NS_LOG_FUNCTION(this);
}

SctpUsrsctpSocketFactory::~SctpUsrsctpSocketFactory()
{
    NS_LOG_FUNCTION(this);
}

void
SctpUsrsctpSocketFactory::SetUsrsctp(Ptr<SctpUsrsctpL4Protocol> l4)
{
    NS_LOG_FUNCTION(this << l4);
    m_l4 = l4;
}

Ptr<Socket>
SctpUsrsctpSocketFactory::CreateSocket()
{
    NS_LOG_FUNCTION(this);
    return m_l4 ? m_l4->CreateSocket() : nullptr;
}

void
SctpUsrsctpSocketFactory::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_l4 = nullptr;
    SctpSocketFactory::DoDispose();
}

} // namespace ns3
