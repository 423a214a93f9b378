/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SOCKET_OPTIONS_H
#define SCTP_SOCKET_OPTIONS_H

#include "ns3/address.h"

#include <cstdint>
#include <vector>

namespace ns3
{

/// Association identifier of the RFC 6458 API (0 = the one association of a one-to-one socket).
typedef uint32_t SctpAssocId;

/**
 * \ingroup sctp
 * \brief Flags of SctpSndInfo::flags and SctpRcvInfo::flags (RFC 6458 §5.3.4, FreeBSD values).
 */
struct SctpMsgFlags
{
    static constexpr uint16_t NOTIFICATION = 0x0010; //!< RecvMsg: the bytes are a notification
    static constexpr uint16_t EOF_ = 0x0100;         //!< SCTP_EOF: graceful shutdown after this
    static constexpr uint16_t ABORT = 0x0200;        //!< SCTP_ABORT: abort the association
    static constexpr uint16_t UNORDERED = 0x0400;    //!< SCTP_UNORDERED
    static constexpr uint16_t ADDR_OVER = 0x0800;    //!< SCTP_ADDR_OVER
    static constexpr uint16_t SENDALL = 0x1000;      //!< SCTP_SENDALL
    static constexpr uint16_t EOR = 0x2000;          //!< SCTP_EOR: ends the message (explicit EOR)
    static constexpr uint16_t SACK_IMMEDIATELY = 0x4000; //!< SCTP_SACK_IMMEDIATELY: set the I bit
};

/**
 * \ingroup sctp
 * \brief struct sctp_sndinfo plus the PR-SCTP time to live of sctp_sndrcvinfo (RFC 6458 §5.3.4).
 */
struct SctpSndInfo
{
    uint16_t sid{0};        //!< stream
    uint16_t flags{0};      //!< SctpMsgFlags
    uint32_t ppid{0};       //!< payload protocol identifier (sent as given, network order on wire)
    uint32_t context{0};    //!< returned in send-failed notifications
    uint32_t timetolive{0}; //!< PR-SCTP lifetime in ms; reliable while PR-SCTP is not negotiated
    SctpAssocId assocId{0}; //!< association (one-to-many sockets)
};

/**
 * \ingroup sctp
 * \brief struct sctp_rcvinfo (RFC 6458 §5.3.5).
 */
struct SctpRcvInfo
{
    uint16_t sid{0};        //!< stream
    uint16_t ssn{0};        //!< stream sequence number
    uint16_t flags{0};      //!< SctpMsgFlags::UNORDERED
    uint32_t ppid{0};       //!< payload protocol identifier
    uint32_t tsn{0};        //!< TSN of the first fragment
    uint32_t cumtsn{0};     //!< cumulative TSN when delivered
    uint32_t context{0};    //!< the socket's SCTP_CONTEXT value
    SctpAssocId assocId{0}; //!< association

    // struct sctp_extrcvinfo (SCTP_USE_EXT_RCVINFO): the message the next read returns, when it
    // is known as this one completes; zeros otherwise.
    uint16_t nextFlags{0};      //!< SctpNextFlags
    uint16_t nextSid{0};        //!< its stream
    uint32_t nextPpid{0};       //!< its payload protocol identifier
    uint32_t nextLength{0};     //!< its bytes available now
    SctpAssocId nextAssocId{0}; //!< its association
};

/**
 * \ingroup sctp
 * \brief serinfo_next_flags of struct sctp_extrcvinfo (FreeBSD's values).
 */
struct SctpNextFlags
{
    static constexpr uint16_t AVAIL = 0x0001;           //!< SCTP_NEXT_MSG_AVAIL
    static constexpr uint16_t IS_COMPLETE = 0x0002;     //!< SCTP_NEXT_MSG_ISCOMPLETE
    static constexpr uint16_t IS_UNORDERED = 0x0004;    //!< SCTP_NEXT_MSG_IS_UNORDERED
    static constexpr uint16_t IS_NOTIFICATION = 0x0008; //!< SCTP_NEXT_MSG_IS_NOTIFICATION
};

/**
 * \ingroup sctp
 * \brief struct sctp_initmsg (SCTP_INITMSG, RFC 6458 §8.1.3). Zero keeps the current value.
 */
struct SctpInitMsg
{
    uint16_t numOstreams{0};  //!< outbound streams requested
    uint16_t maxInstreams{0}; //!< inbound streams offered
    uint16_t maxAttempts{0};  //!< Max.Init.Retransmits
    uint16_t maxInitTimeo{0}; //!< largest RTO during setup, ms
};

/**
 * \ingroup sctp
 * \brief struct sctp_rtoinfo (SCTP_RTOINFO, RFC 6458 §8.1.1), in ms. Zero keeps the current value.
 */
struct SctpRtoInfo
{
    SctpAssocId assocId{0}; //!< association
    uint32_t initial{0};    //!< RTO.Initial
    uint32_t max{0};        //!< RTO.Max
    uint32_t min{0};        //!< RTO.Min
};

/**
 * \ingroup sctp
 * \brief struct sctp_reset_streams (SCTP_RESET_STREAMS, RFC 6525 §6.3.2).
 */
struct SctpResetStreams
{
    SctpAssocId assocId{0};        //!< association (one-to-many sockets)
    uint16_t flags{0};             //!< SCTP_STREAM_RESET_INCOMING (1) / _OUTGOING (2)
    std::vector<uint16_t> streams; //!< the streams (empty: all)
};

/**
 * \ingroup sctp
 * \brief struct sctp_add_streams (SCTP_ADD_STREAMS, RFC 6525 §6.3.4).
 */
struct SctpAddStreams
{
    SctpAssocId assocId{0}; //!< association (one-to-many sockets)
    uint16_t incoming{0};   //!< sas_instrms: streams the peer is asked to add
    uint16_t outgoing{0};   //!< sas_outstrms: streams to add here
};

/**
 * \ingroup sctp
 * \brief struct sctp_authkey (SCTP_AUTH_KEY, RFC 6458 §8.1.20): an endpoint-pair shared key.
 */
struct SctpAuthKey
{
    SctpAssocId assocId{0};   //!< association (0: the endpoint, for associations to come)
    uint16_t keyNumber{0};    //!< shared key identifier
    std::vector<uint8_t> key; //!< the key (may be empty)
};

/**
 * \ingroup sctp
 * \brief struct sctp_authkeyid (SCTP_AUTH_ACTIVE_KEY, SCTP_AUTH_DELETE_KEY,
 * SCTP_AUTH_DEACTIVATE_KEY, RFC 6458 §8.1.21, §8.3.4).
 */
struct SctpAuthKeyId
{
    SctpAssocId assocId{0}; //!< association (0: the endpoint, for associations to come)
    uint16_t keyNumber{0};  //!< shared key identifier
};

/**
 * \ingroup sctp
 * \brief struct sctp_assocparams (SCTP_ASSOCINFO, RFC 6458 §8.1.2). Zero keeps the current value.
 */
struct SctpAssocParams
{
    SctpAssocId assocId{0};             //!< association
    uint16_t asocMaxRxt{0};             //!< Association.Max.Retrans
    uint16_t numberPeerDestinations{0}; //!< read only
    uint32_t peerRwnd{0};               //!< read only
    uint32_t localRwnd{0};              //!< read only
    uint32_t cookieLife{0};             //!< Valid.Cookie.Life, ms
};

/**
 * \ingroup sctp
 * \brief struct sctp_sack_info (SCTP_DELAYED_SACK, RFC 6458 §8.1.19).
 */
struct SctpSackInfo
{
    SctpAssocId assocId{0}; //!< association
    uint32_t delay{0};      //!< delayed SACK time, ms (0 disables delaying; at most 500)
    uint32_t freq{0};       //!< SACK every freq packets (1 disables delaying)
};

/**
 * \ingroup sctp
 * \brief struct sctp_assoc_value, for options holding one number (MAXSEG, MAXBURST, CONTEXT).
 */
struct SctpAssocValue
{
    SctpAssocId assocId{0}; //!< association
    uint32_t value{0};      //!< the value
};

/// Path states of SctpPaddrInfo::state (RFC 6458 §8.2.2).
enum SctpPathState
{
    SCTP_UNCONFIRMED = 0,
    SCTP_ACTIVE = 1,
    SCTP_INACTIVE = 2,
    SCTP_POTENTIALLY_FAILED = 3,
};

/**
 * \ingroup sctp
 * \brief struct sctp_paddrinfo (SCTP_GET_PEER_ADDR_INFO, RFC 6458 §8.2.2).
 */
struct SctpPaddrInfo
{
    SctpAssocId assocId{0}; //!< association
    Address address;        //!< the peer address
    int32_t state{0};       //!< SctpPathState
    uint32_t cwnd{0};       //!< congestion window, bytes
    uint32_t srtt{0};       //!< smoothed RTT, ms
    uint32_t rto{0};        //!< RTO, ms
    uint32_t mtu{0};        //!< path MTU, bytes
};

/**
 * \ingroup sctp
 * \brief Flags of SctpPaddrParams::flags (RFC 6458 §8.1.12, FreeBSD values).
 */
struct SctpPaddrFlags
{
    static constexpr uint32_t HB_ENABLE = 0x01;       //!< SPP_HB_ENABLE
    static constexpr uint32_t HB_DISABLE = 0x02;      //!< SPP_HB_DISABLE
    static constexpr uint32_t HB_DEMAND = 0x04;       //!< SPP_HB_DEMAND: one heartbeat now
    static constexpr uint32_t PMTUD_ENABLE = 0x08;    //!< SPP_PMTUD_ENABLE
    static constexpr uint32_t PMTUD_DISABLE = 0x10;   //!< SPP_PMTUD_DISABLE: pathmtu is used
    static constexpr uint32_t HB_TIME_IS_ZERO = 0x80; //!< SPP_HB_TIME_IS_ZERO
};

/**
 * \ingroup sctp
 * \brief struct sctp_paddrparams (SCTP_PEER_ADDR_PARAMS, RFC 6458 §8.1.12). An invalid
 * address applies to every path (and to paths added later).
 */
struct SctpPaddrParams
{
    SctpAssocId assocId{0}; //!< association
    Address address;        //!< the peer address (Ipv4Address/Ipv6Address), or invalid: all
    uint32_t hbinterval{0}; //!< heartbeat interval, ms (0 keeps it unless HB_TIME_IS_ZERO)
    uint16_t pathmaxrxt{0}; //!< Path.Max.Retrans (0 keeps it)
    uint32_t pathmtu{0};    //!< path MTU, with PMTUD_DISABLE
    uint32_t flags{0};      //!< SctpPaddrFlags
};

/**
 * \ingroup sctp
 * \brief struct sctp_status (SCTP_STATUS, RFC 6458 §8.2.1).
 */
struct SctpStatus
{
    SctpAssocId assocId{0};         //!< association
    int32_t state{0};               //!< SctpAssociation::State
    uint32_t rwnd{0};               //!< peer's current rwnd
    uint16_t unackdata{0};          //!< DATA chunks outstanding
    uint16_t penddata{0};           //!< DATA chunks waiting to be read
    uint16_t instrms{0};            //!< inbound streams
    uint16_t outstrms{0};           //!< outbound streams
    uint32_t fragmentationPoint{0}; //!< largest DATA payload per chunk
    SctpPaddrInfo primary;          //!< the primary path
};

/// Congestion-control module numbers of SCTP_PLUGGABLE_CC (FreeBSD sctp.h).
enum SctpCcModule : uint32_t
{
    SCTP_CC_RFC2581 = 0, //!< RFC 2581 / RFC 4960 default (SctpCcDefault)
    SCTP_CC_HSTCP = 1,   //!< HighSpeed TCP (SctpCcHighSpeed)
    SCTP_CC_HTCP = 2,    //!< H-TCP (SctpCcHtcp)
    SCTP_CC_RTCC = 3,    //!< RTT-variance / DCCC (SctpCcRtcc)
};

/// Option names of SCTP_CC_OPTION (FreeBSD sctp.h); only RTCC has options.
enum SctpCcOptionName : uint32_t
{
    SCTP_CC_OPT_RTCC_SETMODE = 0x00002000, //!< RTCC less aggressive mode (rttvar_eqret), 0/1
    SCTP_CC_OPT_USE_DCCC_ECN = 0x00002001, //!< RTCC DCCC ECN reaction (use_dcccecn), 0/1
    SCTP_CC_OPT_STEADY_STEP = 0x00002002,  //!< RTCC steady-state step (rttvar_steady_step)
};

} // namespace ns3

#endif /* SCTP_SOCKET_OPTIONS_H */
