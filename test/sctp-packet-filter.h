/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_PACKET_FILTER_H
#define SCTP_PACKET_FILTER_H

#include "ns3/error-model.h"
#include "ns3/packet.h"
#include "ns3/sctp-packet.h"

#include <functional>

namespace ns3
{

/**
 * \ingroup sctp-test
 * \brief A receive error model for point-to-point devices that parses each SCTP packet and asks
 * a test function whether to drop it; tests also use it to observe packets and their times.
 */
class SctpTestPacketFilter : public ErrorModel
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /// The decision: return true to drop the packet.
    typedef std::function<bool(const SctpPacket&)> Filter;

    /**
     * \param [in] filter called for every SCTP packet arriving at the device
     */
    void SetFilter(Filter filter);

  private:
    bool DoCorrupt(Ptr<Packet> p) override;
    void DoReset() override;

    Filter m_filter; //!< the decision
};

/**
 * \param [in] p a packet
 * \param [in] type a chunk type
 * \return the first chunk of that type, or nullptr
 */
inline Ptr<SctpChunk>
FindChunk(const SctpPacket& p, uint8_t type)
{
    for (const auto& c : p.GetChunks())
    {
        if (c->GetType() == type)
        {
            return c;
        }
    }
    return nullptr;
}

/**
 * \param [in] p the bytes of an SCTP packet (as the protocol's Rx and Tx traces give them)
 * \return its chunks, or none if it does not parse
 */
inline std::vector<Ptr<SctpChunk>>
ChunksOf(Ptr<const Packet> p)
{
    std::vector<uint8_t> bytes(p->GetSize());
    p->CopyData(bytes.data(), bytes.size());
    SctpPacket packet;
    std::string error;
    if (!SctpPacket::Deserialize(bytes.data(), bytes.size(), packet, error))
    {
        return {};
    }
    return packet.GetChunks();
}

} // namespace ns3

#endif /* SCTP_PACKET_FILTER_H */
