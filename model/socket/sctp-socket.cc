/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-socket.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpSocket");

NS_OBJECT_ENSURE_REGISTERED(SctpSocket);

TypeId
SctpSocket::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpSocket").SetParent<Socket>().SetGroupName("Sctp");
    return tid;
}

SctpSocket::SctpSocket()
{
    NS_LOG_FUNCTION(this);
}

SctpSocket::~SctpSocket()
{
    NS_LOG_FUNCTION(this);
}

Ptr<SctpSocket>
SctpSocket::Peeloff(SctpAssocId id)
{
    return nullptr;
}

int
SctpSocket::GetAssocIdList(std::vector<SctpAssocId>& ids) const
{
    return -1;
}

int
SctpSocket::SetAutoAsconf(bool on)
{
    return -1;
}

int
SctpSocket::GetAutoAsconf(bool& on) const
{
    return -1;
}

int
SctpSocket::SetAutoclose(uint32_t seconds)
{
    return -1;
}

uint32_t
SctpSocket::GetAutoclose() const
{
    return 0;
}

int
SctpSocket::SetEnableStreamReset(uint32_t flags)
{
    return -1;
}

int
SctpSocket::GetEnableStreamReset(uint32_t& flags) const
{
    return -1;
}

int
SctpSocket::ResetStreams(const std::vector<uint16_t>& streams, uint16_t flags)
{
    return -1;
}

int
SctpSocket::AddStreams(uint16_t outgoing, uint16_t incoming)
{
    return -1;
}

int
SctpSocket::ResetAssoc()
{
    return -1;
}

int
SctpSocket::ResetStreams(const SctpResetStreams& r)
{
    return ResetStreams(r.streams, r.flags); // one-to-one: the association
}

int
SctpSocket::ResetAssoc(SctpAssocId)
{
    return ResetAssoc();
}

int
SctpSocket::AddStreams(const SctpAddStreams& a)
{
    return AddStreams(a.outgoing, a.incoming);
}

int
SctpSocket::SetAdaptationLayer(uint32_t code)
{
    return -1;
}

int
SctpSocket::GetAdaptationLayer(uint32_t& code) const
{
    return -1;
}

int
SctpSocket::SetPeerPrimaryAddr(const Address& local)
{
    return -1;
}

int
SctpSocket::SetAuthChunk(uint8_t type)
{
    return -1;
}

int
SctpSocket::GetLocalAuthChunks(std::vector<uint8_t>& types) const
{
    return -1;
}

int
SctpSocket::GetPeerAuthChunks(std::vector<uint8_t>& types) const
{
    return -1;
}

int
SctpSocket::SetHmacIdent(const std::vector<uint16_t>& ids)
{
    return -1;
}

int
SctpSocket::GetHmacIdent(std::vector<uint16_t>& ids) const
{
    return -1;
}

int
SctpSocket::SetAuthKey(const SctpAuthKey& key)
{
    return -1;
}

int
SctpSocket::SetAuthActiveKey(const SctpAuthKeyId& id)
{
    return -1;
}

int
SctpSocket::GetAuthActiveKey(SctpAuthKeyId& id) const
{
    return -1;
}

int
SctpSocket::DeleteAuthKey(const SctpAuthKeyId& id)
{
    return -1;
}

int
SctpSocket::DeactivateAuthKey(const SctpAuthKeyId& id)
{
    return -1;
}

} // namespace ns3
