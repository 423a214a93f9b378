/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_ASSOC_CONFIG_H
#define SCTP_ASSOC_CONFIG_H

#include "ns3/nstime.h"
#include "ns3/type-id.h"

#include <cstdint>
#include <map>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief The tunables of one association.
 *
 * Filled from SctpL4Protocol's attributes (the net.inet.sctp sysctls, FreeBSD's defaults) when a
 * socket is created, then overridden per socket or association by socket options.
 */
struct SctpAssocConfig
{
    Time rtoInitial{MilliSeconds(1000)};         //!< RTO.Initial (rto_initial)
    Time rtoMin{MilliSeconds(1000)};             //!< RTO.Min (rto_min)
    Time rtoMax{MilliSeconds(60000)};            //!< RTO.Max (rto_max)
    Time initRtoMax{MilliSeconds(60000)};        //!< largest RTO during setup (init_rto_max)
    uint32_t initRtxMax{8};                      //!< Max.Init.Retransmits (init_rtx_max)
    uint32_t assocRtxMax{10};                    //!< Association.Max.Retrans (assoc_rtx_max)
    uint32_t pathRtxMax{5};                      //!< Path.Max.Retrans (path_rtx_max)
    uint32_t pathPfThreshold{65535};             //!< PF threshold (path_pf_threshold)
    Time validCookieLife{MilliSeconds(60000)};   //!< Valid.Cookie.Life (valid_cookie_life)
    Time delayedSackTime{MilliSeconds(200)};     //!< delayed SACK (delayed_sack_time)
    uint32_t sackFreq{2};                        //!< SACK every N packets (sack_freq)
    uint32_t maxBurst{4};                        //!< Max.Burst (maxburst)
    uint32_t frMaxBurst{4};                      //!< FR packets per output (fr_maxburst)
    bool cwndMaxBurst{true};                     //!< burst limit by clamping cwnd (cwnd_maxburst)
    uint32_t initialCwnd{3};                     //!< initial cwnd in (MTU-12) units (initial_cwnd)
    uint32_t abcLVar{2};                         //!< ABC L (abc_l_var)
    uint32_t maxCwnd{0};                         //!< SCTP_MAX_CWND-style limit, 0 = none
    uint32_t recvSpace{1864135};                 //!< receive buffer (recvspace)
    uint32_t sendSpace{1864135};                 //!< send buffer (sendspace)
    uint16_t outgoingStreams{10};                //!< OS requested (outgoing_streams)
    uint16_t incomingStreams{2048};              //!< MIS offered (incoming_streams)
    uint32_t partialDeliveryPoint{0};            //!< 0: recvSpace/2 (SCTP_PARTIAL_DELIVERY_POINT)
    uint32_t maxRetranChunk{30};                 //!< retransmissions of one TSN before abort
    Time shutdownGuardTime{Seconds(0)};          //!< T5; 0 means 5 RTO.Max (shutdown_guard_time)
    uint32_t minSplitPoint{2904};                //!< (min_split_point)
    uint32_t minResidual{1452};                  //!< (min_residual)
    uint32_t peerChunkOverhead{256};             //!< rwnd debit per chunk in flight (peer_chkoh)
    Time heartbeatInterval{MilliSeconds(30000)}; //!< HB.interval (heartbeat_interval)
    Time pmtuRaiseTime{Seconds(600)};            //!< (pmtu_raise_time)
    uint32_t hbMaxBurst{4};                      //!< HBs at once for confirmation (hb_max_burst)
    uint32_t maxChunksOnQueue{32768};            //!< receive queue chunk limit (maxchunks)
    bool sackImmediatelyEnabled{true};           //!< may set the I bit (enable_sack_immediately)
    bool ecnEnable{true};                        //!< (ecn_enable)
    bool prEnable{true};                         //!< (pr_enable)
    bool nrSackEnable{false};                    //!< (nrsack_enable)
    bool pktDropEnable{false};                   //!< (pktdrop_enable)
    bool reconfigEnable{true};                   //!< (reconfig_enable)
    bool authEnable{true};                       //!< (auth_enable)
    std::vector<uint8_t> authChunks{0xC1, 0x80}; //!< chunk types we want authenticated
    std::vector<uint16_t> hmacIds{3, 1}; //!< HMACs offered: SHA-256, SHA-1 (SCTP_HMAC_IDENT)
    /// Endpoint-pair shared keys (SCTP_AUTH_KEY); FreeBSD starts with key 0, empty.
    std::map<uint16_t, std::vector<uint8_t>> authKeys{{0, {}}};
    uint16_t authActiveKey{0};          //!< the key that signs (SCTP_AUTH_ACTIVE_KEY)
    bool asconfEnable{true};            //!< (asconf_enable)
    bool autoAsconf{true};              //!< (auto_asconf), SCTP_AUTO_ASCONF
    bool mobilityBase{false};           //!< (mobility_base)
    bool mobilityFastHandoff{false};    //!< (mobility_fasthandoff)
    bool boundAll{true};                //!< the endpoint is bound to the wildcard
    bool adaptationSet{false};          //!< SCTP_ADAPTATION_LAYER given: announce it
    uint32_t adaptationCode{0};         //!< its Adaptation Code Point
    uint32_t streamResetFlags{0};       //!< SCTP_ENABLE_STREAM_RESET (requests the peer may make)
    bool noDelay{false};                //!< SCTP_NODELAY: Nagle off
    uint32_t maxSeg{0};                 //!< SCTP_MAXSEG: 0 = path MTU decides
    bool disableFragments{false};       //!< SCTP_DISABLE_FRAGMENTS
    bool explicitEor{false};            //!< SCTP_EXPLICIT_EOR
    uint32_t context{0};                //!< SCTP_CONTEXT
    uint32_t fragmentInterleave{1};     //!< SCTP_FRAGMENT_INTERLEAVE level
    bool heartbeatEnabled{true};        //!< SPP_HB_ENABLE / SPP_HB_DISABLE for new paths
    bool pmtudEnabled{true};            //!< SPP_PMTUD_ENABLE / SPP_PMTUD_DISABLE for new paths
    uint32_t fixedPathMtu{0};           //!< spp_pathmtu with SPP_PMTUD_DISABLE (0: the route's)
    uint32_t cmtOnOff{0};               //!< (cmt_on_off)
    uint32_t diagInfoCode{0};           //!< cause code of diagnostic ABORTs (diag_info_code)
    bool natFriendly{true};             //!< wildcard addresses in ASCONF (nat_friendly)
    uint32_t sendallLimit{1432};        //!< largest SCTP_SENDALL message (sendall_limit)
    Time secretLifetime{Seconds(3600)}; //!< cookie secret rotation (secret_lifetime)
    TypeId congestionType;              //!< the SctpCongestionOps of every path
    uint32_t rttvarBw{4};               //!< RTCC (rttvar_bw)
    uint32_t rttvarRtt{5};              //!< RTCC (rttvar_rtt)
    bool rttvarEqret{false};            //!< RTCC (rttvar_eqret)
    uint32_t rttvarSteadyStep{20};      //!< RTCC (rttvar_steady_step)
    bool useDcccEcn{true};              //!< RTCC (use_dcccecn)
};

} // namespace ns3

#endif /* SCTP_ASSOC_CONFIG_H */
