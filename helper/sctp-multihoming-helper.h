/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_MULTIHOMING_HELPER_H
#define SCTP_MULTIHOMING_HELPER_H

#include "ns3/address.h"
#include "ns3/error-model.h"
#include "ns3/net-device-container.h"
#include "ns3/node.h"
#include "ns3/nstime.h"

#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Builds two multi-homed hosts joined by disjoint paths: one point-to-point link per
 * path, each with its own rate, delay, queue and error models, in its own subnet, so each peer
 * address is reached over its own link. Both hosts get the internet stack and SCTP.
 *
 * \code
 *   SctpMultihomingHelper mh;
 *   mh.AddPath(SctpMultihomingHelper::PathSpec{"10Mbps", MilliSeconds(20)});
 *   mh.AddPath(SctpMultihomingHelper::PathSpec{"5Mbps", MilliSeconds(50)});
 *   SctpMultihomingHelper::Hosts hosts = mh.Install();
 *   // hosts.addressesB[0] is the primary destination, hosts.addressesB[1] the alternate
 * \endcode
 */
class SctpMultihomingHelper
{
  public:
    /// One path between the two hosts.
    struct PathSpec
    {
        std::string dataRate{"10Mbps"}; //!< link rate
        Time delay{MilliSeconds(10)};   //!< one-way delay
        uint32_t queuePackets{100};     //!< DropTail queue of each device, packets
        bool ipv6{false};               //!< address the path with IPv6 instead of IPv4
        Ptr<ErrorModel> errorAtA;       //!< receive error model of host A's device (optional)
        Ptr<ErrorModel> errorAtB;       //!< receive error model of host B's device (optional)
    };

    /// What Install built.
    struct Hosts
    {
        Ptr<Node> a;                             //!< host A
        Ptr<Node> b;                             //!< host B
        std::vector<Address> addressesA;         //!< A's address on each path (Ipv4/Ipv6Address)
        std::vector<Address> addressesB;         //!< B's address on each path
        std::vector<NetDeviceContainer> devices; //!< per path: A's device, B's device
        std::vector<uint32_t> interfacesA;       //!< A's IP interface index of each path
        std::vector<uint32_t> interfacesB;       //!< B's IP interface index of each path
    };

    /**
     * \param [in] spec a path, added after the previous ones (the first is the primary)
     */
    void AddPath(const PathSpec& spec);

    /// \return the two hosts, their links and addresses
    Hosts Install() const;

    /**
     * \brief Take a path down or up at both hosts (the IP interfaces, so routing stops or
     * resumes using it), as a link failure does.
     * \param [in] hosts what Install returned
     * \param [in] path the path index
     * \param [in] up true to bring it back
     */
    static void SetPathUp(const Hosts& hosts, uint32_t path, bool up);

  private:
    std::vector<PathSpec> m_paths; //!< the paths
};

} // namespace ns3

#endif /* SCTP_MULTIHOMING_HELPER_H */
