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
    Unsupported("sctp_peeloff");
    return nullptr;
}

int
SctpSocket::Unsupported(const char* what) const
{
    NS_LOG_WARN(what << ": not supported by this socket type");
    return -1;
}

int
SctpSocket::GetAssocIdList(std::vector<SctpAssocId>& ids) const
{
    return Unsupported("SCTP_GET_ASSOC_ID_LIST");
}

int
SctpSocket::SetAutoAsconf(bool on)
{
    return Unsupported("SCTP_AUTO_ASCONF");
}

int
SctpSocket::GetAutoAsconf(bool& on) const
{
    return Unsupported("SCTP_AUTO_ASCONF");
}

int
SctpSocket::SetAutoclose(uint32_t seconds)
{
    return Unsupported("SCTP_AUTOCLOSE");
}

uint32_t
SctpSocket::GetAutoclose() const
{
    return 0;
}

int
SctpSocket::SetEnableStreamReset(uint32_t flags)
{
    return Unsupported("SCTP_ENABLE_STREAM_RESET");
}

int
SctpSocket::GetEnableStreamReset(uint32_t& flags) const
{
    return Unsupported("SCTP_ENABLE_STREAM_RESET");
}

int
SctpSocket::ResetStreams(const std::vector<uint16_t>& streams, uint16_t flags)
{
    return Unsupported("SCTP_RESET_STREAMS");
}

int
SctpSocket::AddStreams(uint16_t outgoing, uint16_t incoming)
{
    return Unsupported("SCTP_ADD_STREAMS");
}

int
SctpSocket::ResetAssoc()
{
    return Unsupported("SCTP_RESET_ASSOC");
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
    return Unsupported("SCTP_ADAPTATION_LAYER");
}

int
SctpSocket::GetAdaptationLayer(uint32_t& code) const
{
    return Unsupported("SCTP_ADAPTATION_LAYER");
}

int
SctpSocket::SetPeerPrimaryAddr(const Address& local)
{
    return Unsupported("SCTP_SET_PEER_PRIMARY_ADDR");
}

int
SctpSocket::SetAuthChunk(uint8_t type)
{
    return Unsupported("SCTP_AUTH_CHUNK");
}

int
SctpSocket::GetLocalAuthChunks(std::vector<uint8_t>& types) const
{
    return Unsupported("SCTP_LOCAL_AUTH_CHUNKS");
}

int
SctpSocket::GetPeerAuthChunks(std::vector<uint8_t>& types) const
{
    return Unsupported("SCTP_PEER_AUTH_CHUNKS");
}

int
SctpSocket::SetHmacIdent(const std::vector<uint16_t>& ids)
{
    return Unsupported("SCTP_HMAC_IDENT");
}

int
SctpSocket::GetHmacIdent(std::vector<uint16_t>& ids) const
{
    return Unsupported("SCTP_HMAC_IDENT");
}

int
SctpSocket::SetAuthKey(const SctpAuthKey& key)
{
    return Unsupported("SCTP_AUTH_KEY");
}

int
SctpSocket::SetAuthActiveKey(const SctpAuthKeyId& id)
{
    return Unsupported("SCTP_AUTH_ACTIVE_KEY");
}

int
SctpSocket::GetAuthActiveKey(SctpAuthKeyId& id) const
{
    return Unsupported("SCTP_AUTH_ACTIVE_KEY");
}

int
SctpSocket::DeleteAuthKey(const SctpAuthKeyId& id)
{
    return Unsupported("SCTP_AUTH_DELETE_KEY");
}

int
SctpSocket::DeactivateAuthKey(const SctpAuthKeyId& id)
{
    return Unsupported("SCTP_AUTH_DEACTIVATE_KEY");
}

} // namespace ns3
