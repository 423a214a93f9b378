/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_COLLECTING_LISTENER_H
#define SCTP_COLLECTING_LISTENER_H

#include "ns3/node.h"
#include "ns3/sctp-module.h"

#include <vector>

namespace ns3
{

/**
 * \ingroup sctp-test
 * \brief A listening one-to-one SCTP socket that reads every message of the associations it
 * accepts, in order, for the test to compare with what was sent. Not copyable: its callbacks
 * refer to it.
 */
struct SctpCollectingListener
{
    Ptr<SctpSocket> socket;                     //!< the listener
    Ptr<SctpSocket> accepted;                   //!< the last association accepted
    std::vector<std::vector<uint8_t>> messages; //!< every message read, in order

    /**
     * \param [in] node where to listen
     * \param [in] port the IPv4 wildcard port
     */
    SctpCollectingListener(Ptr<Node> node, uint16_t port)
        : SctpCollectingListener(node, InetSocketAddress(Ipv4Address::GetAny(), port))
    {
    }

    /**
     * \param [in] node where to listen
     * \param [in] local the address to bind (an IPv4 or IPv6 socket address)
     */
    SctpCollectingListener(Ptr<Node> node, const Address& local)
    {
        socket =
            DynamicCast<SctpSocket>(Socket::CreateSocket(node, SctpSocketFactory::GetTypeId()));
        socket->Bind(local);
        socket->Listen();
        socket->SetAcceptCallback(
            MakeNullCallback<bool, Ptr<Socket>, const Address&>(),
            Callback<void, Ptr<Socket>, const Address&>([this](Ptr<Socket> s, const Address&) {
                accepted = DynamicCast<SctpSocket>(s);
                s->SetRecvCallback(Callback<void, Ptr<Socket>>([this](Ptr<Socket> r) {
                    while (Ptr<Packet> p = r->Recv())
                    {
                        std::vector<uint8_t> m(p->GetSize());
                        p->CopyData(m.data(), m.size());
                        messages.push_back(m);
                    }
                }));
            }));
    }

    SctpCollectingListener(const SctpCollectingListener&) = delete;
    SctpCollectingListener& operator=(const SctpCollectingListener&) = delete;

    /// \return every byte read, messages joined
    std::vector<uint8_t> Bytes() const
    {
        std::vector<uint8_t> all;
        for (const auto& m : messages)
        {
            all.insert(all.end(), m.begin(), m.end());
        }
        return all;
    }
};

} // namespace ns3

#endif /* SCTP_COLLECTING_LISTENER_H */
