/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_NOTIFICATION_H
#define SCTP_NOTIFICATION_H

#include "sctp-socket-options.h"

#include "ns3/address.h"

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief An SCTP notification (RFC 6458 §6.1): the event, delivered in band to a socket that
 * subscribed to its type (SCTP_EVENT), and through the association's Notification trace source
 * whether subscribed or not.
 */
struct SctpNotification
{
    /// sn_type values (RFC 6458 §6.1, FreeBSD's numbers).
    enum Type : uint16_t
    {
        ASSOC_CHANGE = 0x0001,
        PEER_ADDR_CHANGE = 0x0002,
        REMOTE_ERROR = 0x0003,
        SEND_FAILED = 0x0004, //!< the older struct sctp_send_failed (SCTP_EVENTS' send_failure)
        SHUTDOWN_EVENT = 0x0005,
        ADAPTATION_INDICATION = 0x0006,
        PARTIAL_DELIVERY_EVENT = 0x0007,
        AUTHENTICATION_EVENT = 0x0008,
        STREAM_RESET_EVENT = 0x0009,
        SENDER_DRY_EVENT = 0x000a,
        ASSOC_RESET_EVENT = 0x000c,
        STREAM_CHANGE_EVENT = 0x000d,
        SEND_FAILED_EVENT = 0x000e,
    };

    /// sac_state of ASSOC_CHANGE (RFC 6458 §6.1.1).
    enum AssocState : uint32_t
    {
        COMM_UP = 1,
        COMM_LOST = 2,
        RESTART = 3,
        SHUTDOWN_COMP = 4,
        CANT_STR_ASSOC = 5,
    };

    /// spc_state of PEER_ADDR_CHANGE (RFC 6458 §6.1.2, RFC 7829).
    enum AddrState : uint32_t
    {
        ADDR_AVAILABLE = 1,
        ADDR_UNREACHABLE = 2,
        ADDR_REMOVED = 3,
        ADDR_ADDED = 4,
        ADDR_MADE_PRIM = 5,
        ADDR_CONFIRMED = 6,
        ADDR_POTENTIALLY_FAILED = 7,
    };

    uint16_t type{0};              //!< sn_type
    uint16_t flags{0};             //!< sn_flags
    uint32_t state{0};             //!< sac_state / spc_state
    uint32_t error{0};             //!< sac_error / spc_error / sre_error (cause code)
    SctpAssocId assocId{0};        //!< the association
    Address address;               //!< spc_aaddr: the peer address (PEER_ADDR_CHANGE)
    uint16_t port{0};              //!< spc_aaddr's port: the peer's
    uint16_t outboundStreams{0};   //!< sac_outbound_streams
    uint16_t inboundStreams{0};    //!< sac_inbound_streams
    std::vector<uint8_t> data;     //!< sac_info / sre_data (the whole ERROR chunk) / ssfe_data
    SctpSndInfo sndInfo;           //!< ssfe_info of SEND_FAILED_EVENT
    uint32_t indication{0};        //!< pdapi_indication / sai_adaptation_ind
    uint16_t streamId{0};          //!< pdapi_stream
    uint16_t sequence{0};          //!< pdapi_seq
    uint16_t keyNumber{0};         //!< auth_keynumber
    uint16_t altKeyNumber{0};      //!< auth_altkeynumber: FreeBSD's previous key of a NEW_KEY
    std::vector<uint16_t> streams; //!< strreset_stream_list of STREAM_RESET_EVENT
    uint32_t localTsn{0};          //!< assocreset_local_tsn: the next TSN this side sends
    uint32_t remoteTsn{0};         //!< assocreset_remote_tsn: the next TSN the peer sends

    /// ssf_flags of SEND_FAILED_EVENT (RFC 6458 §6.1.11).
    static constexpr uint16_t DATA_UNSENT = 0x0001; //!< SCTP_DATA_UNSENT
    static constexpr uint16_t DATA_SENT = 0x0002;   //!< SCTP_DATA_SENT

    /// pdapi_indication of PARTIAL_DELIVERY_EVENT (RFC 6458 §6.1.7).
    static constexpr uint32_t PARTIAL_DELIVERY_ABORTED = 0x0001;

    /// sn_flags of STREAM_RESET_EVENT (RFC 6458 §6.1.9, FreeBSD's values).
    static constexpr uint16_t STREAM_RESET_INCOMING_SSN = 0x0001;
    static constexpr uint16_t STREAM_RESET_OUTGOING_SSN = 0x0002;
    static constexpr uint16_t STREAM_RESET_DENIED = 0x0004;
    static constexpr uint16_t STREAM_RESET_FAILED = 0x0008;
    static constexpr uint16_t ASSOC_RESET_DENIED = 0x0004;   //!< sn_flags of ASSOC_RESET_EVENT
    static constexpr uint16_t ASSOC_RESET_FAILED = 0x0008;   //!< sn_flags of ASSOC_RESET_EVENT
    static constexpr uint16_t STREAM_CHANGE_DENIED = 0x0004; //!< sn_flags of STREAM_CHANGE_EVENT
    static constexpr uint16_t STREAM_CHANGE_FAILED = 0x0008; //!< sn_flags of STREAM_CHANGE_EVENT

    /// auth_indication of AUTHENTICATION_EVENT (RFC 6458 §6.1.8, FreeBSD's values).
    static constexpr uint32_t AUTH_NEW_KEY = 0x0001;
    static constexpr uint32_t AUTH_NO_AUTH = 0x0002; //!< the peer does not support AUTH
    static constexpr uint32_t AUTH_FREE_KEY = 0x0003;

    /**
     * \brief The bytes RecvMsg hands out for this notification (SctpMsgFlags::NOTIFICATION):
     * FreeBSD's structure of its type (struct sctp_assoc_change, sctp_paddr_change, ...), in
     * little-endian byte order as on amd64, addresses as sockaddr_in / sockaddr_in6 in a
     * 128-byte sockaddr_storage.
     * \return the structure
     */
    std::vector<uint8_t> Serialize() const;

    /**
     * \brief Read a structure written by Serialize.
     * \param [in] bytes the structure
     * \param [out] n the notification
     * \return false if the bytes are too short for their sn_length or type
     */
    static bool Deserialize(const std::vector<uint8_t>& bytes, SctpNotification& n);
};

/**
 * \ingroup sctp
 * \brief SCTP_EVENT subscription bits, one per SctpNotification::Type.
 */
struct SctpEventSubscription
{
    /**
     * \param [in] type a notification type
     * \return whether the socket receives it
     */
    bool IsOn(uint16_t type) const
    {
        return type < 32 && (bits & (1u << type)) != 0;
    }

    /**
     * \brief Whether \p n reaches the application, and in which form: a failed send comes as
     * SEND_FAILED_EVENT if subscribed, else as the older SEND_FAILED if that is (FreeBSD).
     * \param [in,out] n the notification; its type may change to SEND_FAILED
     * \return true if it is delivered
     */
    bool Deliver(SctpNotification& n) const
    {
        if (n.type == SctpNotification::SEND_FAILED_EVENT && !IsOn(n.type) &&
            IsOn(SctpNotification::SEND_FAILED))
        {
            n.type = SctpNotification::SEND_FAILED;
        }
        return IsOn(n.type);
    }

    /**
     * \param [in] type a notification type
     * \param [in] on subscribe or not
     */
    void Set(uint16_t type, bool on)
    {
        if (type < 32)
        {
            bits = on ? (bits | (1u << type)) : (bits & ~(1u << type));
        }
    }

    uint32_t bits{0}; //!< all off by default (sctp(4))
};

} // namespace ns3

#endif /* SCTP_NOTIFICATION_H */
