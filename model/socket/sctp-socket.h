/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SOCKET_H
#define SCTP_SOCKET_H

#include "sctp-notification.h"
#include "sctp-socket-options.h"

#include "ns3/socket.h"

#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief The SCTP socket API of RFC 6458 on top of ns-3's Socket: message-oriented send and
 * receive with per-message stream, PPID and flags, and one typed call per socket option.
 *
 * Socket::Send/Recv work as for any ns-3 socket (one Send is one message; Recv returns at most
 * one message), so BulkSendApplication, PacketSink and OnOffApplication work unchanged.
 * Option calls return 0, or -1 with GetErrno() set.
 */
class SctpSocket : public Socket
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpSocket();
    ~SctpSocket() override;

    /**
     * \brief sctp_sendmsg / sendmsg with SCTP_SNDINFO.
     * \param [in] data the message
     * \param [in] info stream, ppid, flags, context
     * \return bytes queued, or -1 with GetErrno() set
     */
    virtual int SendMsg(const std::vector<uint8_t>& data, const SctpSndInfo& info) = 0;

    /**
     * \brief sctp_recvmsg / recvmsg with SCTP_RCVINFO.
     * \param [out] data the message (or part, see eor)
     * \param [out] info stream, ssn, ppid, tsn, flags
     * \param [out] eor true if the message ends with these bytes (MSG_EOR)
     * \return bytes read, 0 if nothing is readable
     */
    virtual int RecvMsg(std::vector<uint8_t>& data, SctpRcvInfo& info, bool& eor) = 0;

    // Socket options (RFC 6458 §8), typed. Each returns 0 or -1 with GetErrno() set.
    virtual int SetNoDelay(bool on) = 0;                       //!< SCTP_NODELAY
    virtual bool GetNoDelay() const = 0;                       //!< SCTP_NODELAY
    virtual int SetRtoInfo(const SctpRtoInfo& info) = 0;       //!< SCTP_RTOINFO
    virtual int GetRtoInfo(SctpRtoInfo& info) const = 0;       //!< SCTP_RTOINFO
    virtual int SetAssocInfo(const SctpAssocParams& p) = 0;    //!< SCTP_ASSOCINFO
    virtual int GetAssocInfo(SctpAssocParams& p) const = 0;    //!< SCTP_ASSOCINFO
    virtual int SetInitMsg(const SctpInitMsg& m) = 0;          //!< SCTP_INITMSG
    virtual int GetInitMsg(SctpInitMsg& m) const = 0;          //!< SCTP_INITMSG
    virtual int SetMaxSeg(const SctpAssocValue& v) = 0;        //!< SCTP_MAXSEG
    virtual int GetMaxSeg(SctpAssocValue& v) const = 0;        //!< SCTP_MAXSEG
    virtual int SetDelayedSack(const SctpSackInfo& s) = 0;     //!< SCTP_DELAYED_SACK
    virtual int GetDelayedSack(SctpSackInfo& s) const = 0;     //!< SCTP_DELAYED_SACK
    virtual int SetMaxBurst(const SctpAssocValue& v) = 0;      //!< SCTP_MAX_BURST
    virtual int GetMaxBurst(SctpAssocValue& v) const = 0;      //!< SCTP_MAX_BURST
    virtual int GetStatus(SctpStatus& s) const = 0;            //!< SCTP_STATUS
    virtual int SetDisableFragments(bool on) = 0;              //!< SCTP_DISABLE_FRAGMENTS
    virtual bool GetDisableFragments() const = 0;              //!< SCTP_DISABLE_FRAGMENTS
    virtual int SetDefaultSendParam(const SctpSndInfo& i) = 0; //!< SCTP_DEFAULT_SNDINFO
    virtual int GetDefaultSendParam(SctpSndInfo& i) const = 0; //!< SCTP_DEFAULT_SNDINFO
    virtual int SetPartialDeliveryPoint(uint32_t bytes) = 0;   //!< SCTP_PARTIAL_DELIVERY_POINT
    virtual uint32_t GetPartialDeliveryPoint() const = 0;      //!< SCTP_PARTIAL_DELIVERY_POINT
    virtual int SetExplicitEor(bool on) = 0;                   //!< SCTP_EXPLICIT_EOR
    virtual bool GetExplicitEor() const = 0;                   //!< SCTP_EXPLICIT_EOR
    virtual int SetContext(const SctpAssocValue& v) = 0;       //!< SCTP_CONTEXT
    virtual int GetContext(SctpAssocValue& v) const = 0;       //!< SCTP_CONTEXT
    virtual int SetFragmentInterleave(uint32_t level) = 0;     //!< SCTP_FRAGMENT_INTERLEAVE
    virtual uint32_t GetFragmentInterleave() const = 0;        //!< SCTP_FRAGMENT_INTERLEAVE
    virtual int SetUseExtRcvInfo(bool on) = 0;                 //!< SCTP_USE_EXT_RCVINFO
    virtual bool GetUseExtRcvInfo() const = 0;                 //!< SCTP_USE_EXT_RCVINFO
    virtual int SetSndBuf(uint32_t bytes) = 0;                 //!< SO_SNDBUF
    virtual uint32_t GetSndBuf() const = 0;                    //!< SO_SNDBUF
    virtual int SetRcvBuf(uint32_t bytes) = 0;                 //!< SO_RCVBUF
    virtual uint32_t GetRcvBuf() const = 0;                    //!< SO_RCVBUF

    /**
     * \brief sctp_bindx: add or remove local addresses (one-to-one sockets: before connect).
     * \param [in] addresses InetSocketAddress/Inet6SocketAddress, all with the same port
     * \param [in] add true for SCTP_BINDX_ADD_ADDR, false for SCTP_BINDX_REM_ADDR
     * \return 0 or -1
     */
    virtual int BindX(const std::vector<Address>& addresses, bool add) = 0;

    /**
     * \brief sctp_connectx: connect to a peer known by several addresses (INIT to the first).
     * \param [in] addresses InetSocketAddress/Inet6SocketAddress, all with the same port
     * \return 0 or -1
     */
    virtual int ConnectX(const std::vector<Address>& addresses) = 0;

    /**
     * \brief sctp_getpaddrs.
     * \param [out] addresses the peer's addresses (Ipv4Address/Ipv6Address), primary first
     * \return 0 or -1
     */
    virtual int GetPeerAddresses(std::vector<Address>& addresses) const = 0;

    virtual int SetPrimaryAddr(const Address& peer) = 0;         //!< SCTP_PRIMARY_ADDR
    virtual int GetPrimaryAddr(Address& peer) const = 0;         //!< SCTP_PRIMARY_ADDR
    virtual int GetPeerAddrInfo(SctpPaddrInfo& info) const = 0;  //!< SCTP_GET_PEER_ADDR_INFO
    virtual int SetPeerAddrParams(const SctpPaddrParams& p) = 0; //!< SCTP_PEER_ADDR_PARAMS
    virtual int GetPeerAddrParams(SctpPaddrParams& p) const = 0; //!< SCTP_PEER_ADDR_PARAMS

    /**
     * \brief SCTP_EVENT: subscribe to one notification type (all off by default).
     * \param [in] type a SctpNotification::Type
     * \param [in] on subscribe or not
     * \return 0, or -1 for an unknown type
     */
    virtual int SetEvent(uint16_t type, bool on) = 0;

    /**
     * \param [in] type a SctpNotification::Type
     * \return whether the socket is subscribed to it
     */
    virtual bool GetEvent(uint16_t type) const = 0;

    /**
     * \brief Read the next notification of a subscribed type. The receive callback fires when
     * one is queued, as for data.
     * \param [out] notification the event
     * \return 1, or 0 if none is queued
     */
    virtual int RecvNotification(SctpNotification& notification) = 0;

    /**
     * \brief SCTP_PLUGGABLE_CC: select the congestion-control module.
     *
     * Before the association exists this sets the module of the association to come; on a live
     * association every path gets a new instance of the module and its cwnd and ssthresh are
     * initialised again by it, as FreeBSD does.
     * \param [in] module SctpCcModule, 0..3
     * \return 0, or -1 with ERROR_INVAL for another number
     */
    virtual int SetPluggableCc(uint32_t module) = 0;

    /**
     * \brief SCTP_PLUGGABLE_CC: the congestion-control module.
     * \return SctpCcModule, or UINT32_MAX when the congestion control was chosen by a TypeId
     *         that has no module number
     */
    virtual uint32_t GetPluggableCc() const = 0;

    /**
     * \brief SCTP_CC_OPTION: set a module option on every path of the association.
     * \param [in] option SctpCcOptionName
     * \param [in] value the value
     * \return 0, or -1 with ERROR_INVAL (no association, unknown option, bad value) or
     *         ERROR_OPNOTSUPP (the module has no options)
     */
    virtual int SetCcOption(uint32_t option, uint32_t value) = 0;

    /**
     * \brief SCTP_CC_OPTION: read a module option (of the first path).
     * \param [in] option SctpCcOptionName
     * \param [out] value the value
     * \return 0, or -1 as SetCcOption
     */
    virtual int GetCcOption(uint32_t option, uint32_t& value) const = 0;

    /**
     * \brief sctp_peeloff (RFC 6458 §9.2): move one association of a one-to-many socket to a
     * new one-to-one socket; its queued data and notifications stay readable there.
     * \param [in] id the association
     * \return the new socket, or nullptr (ERROR_INVAL for an unknown id, ERROR_OPNOTSUPP on a
     *         one-to-one socket)
     */
    virtual Ptr<SctpSocket> Peeloff(SctpAssocId id);

    /**
     * \brief SCTP_GET_ASSOC_ID_LIST (RFC 6458 §8.2.7) of a one-to-many socket.
     * \param [out] ids the association ids, ascending
     * \return 0, or -1 (ERROR_OPNOTSUPP on a one-to-one socket)
     */
    virtual int GetAssocIdList(std::vector<SctpAssocId>& ids) const;

    /**
     * \brief SCTP_AUTO_ASCONF (FreeBSD): tell peers of the node's address additions and
     * removals with ASCONF; only for endpoints bound to the wildcard. Default: auto_asconf.
     * \param [in] on on or off
     * \return 0, or -1 with ERROR_INVAL when bound to specific addresses
     */
    virtual int SetAutoAsconf(bool on);

    /**
     * \param [out] on the setting
     * \return 0
     */
    virtual int GetAutoAsconf(bool& on) const;

    /**
     * \brief SCTP_AUTOCLOSE (RFC 6458 §8.1.8): shut down an association of a one-to-many socket
     * gracefully after this many seconds without sending or receiving; 0 turns it off.
     * \param [in] seconds the idle time
     * \return 0, or -1 (ERROR_OPNOTSUPP on a one-to-one socket)
     */
    virtual int SetAutoclose(uint32_t seconds);

    /// \return SCTP_AUTOCLOSE in seconds (0: off)
    virtual uint32_t GetAutoclose() const;

    /**
     * \brief SCTP_ENABLE_STREAM_RESET (RFC 6458 §6.3.1 of RFC 6525): which requests the peer
     * may make; FreeBSD's default 0 refuses them all.
     * \param [in] flags SCTP_ENABLE_RESET_STREAM_REQ (0x01), SCTP_ENABLE_RESET_ASSOC_REQ
     *                   (0x02), SCTP_ENABLE_CHANGE_ASSOC_REQ (0x04)
     * \return 0, or -1 with ERROR_INVAL for other bits
     */
    virtual int SetEnableStreamReset(uint32_t flags);

    /**
     * \param [out] flags what SetEnableStreamReset set
     * \return 0
     */
    virtual int GetEnableStreamReset(uint32_t& flags) const;

    /**
     * \brief SCTP_RESET_STREAMS (RFC 6525 §6.3.2): reset the SSNs of our outgoing streams
     * (their new messages wait until the peer answers) and/or ask the peer to reset its
     * outgoing streams; STREAM_RESET events tell the outcome.
     * \param [in] streams the streams (empty: all)
     * \param [in] flags SCTP_STREAM_RESET_INCOMING (0x01) and/or SCTP_STREAM_RESET_OUTGOING
     *                   (0x02)
     * \return 0, or -1 (ERROR_OPNOTSUPP without RE-CONFIG, ERROR_AGAIN while a request is
     *         outstanding, ERROR_INVAL for an unknown stream or other flags)
     */
    virtual int ResetStreams(const std::vector<uint16_t>& streams, uint16_t flags);

    /**
     * \brief SCTP_RESET_ASSOC (RFC 6525 §6.3.3): reset the TSNs and all SSNs both ways; new
     * messages wait until the peer answers; an ASSOC_RESET event tells the outcome and the new
     * TSNs. The request leaves once everything sent before it is acknowledged.
     * \return 0, or -1 (ERROR_OPNOTSUPP without RE-CONFIG, ERROR_AGAIN while a request is
     *         outstanding)
     */
    virtual int ResetAssoc();

    /**
     * \brief SCTP_ADD_STREAMS (RFC 6525 §6.3.4): add outgoing streams (usable once a
     * STREAM_CHANGE event says the peer agreed) and/or ask the peer to add its outgoing
     * streams, our incoming ones. The peer performs them with its SCTP_ENABLE_CHANGE_ASSOC_REQ.
     * \param [in] outgoing outgoing streams to add
     * \param [in] incoming incoming streams to ask for
     * \return 0, or -1 (ERROR_OPNOTSUPP without RE-CONFIG, ERROR_AGAIN while a request is
     *         outstanding, ERROR_INVAL for none or beyond 65535 streams)
     */
    virtual int AddStreams(uint16_t outgoing, uint16_t incoming);

    /**
     * \brief SCTP_RESET_STREAMS naming the association (one-to-many sockets); on a one-to-one
     * socket the same as ResetStreams (streams, flags).
     * \param [in] r the association, flags and streams
     * \return 0, or -1 (as above; ERROR_INVAL for an unknown association)
     */
    virtual int ResetStreams(const SctpResetStreams& r);

    /**
     * \brief SCTP_RESET_ASSOC naming the association (one-to-many sockets).
     * \param [in] id the association
     * \return 0, or -1 (as above; ERROR_INVAL for an unknown association)
     */
    virtual int ResetAssoc(SctpAssocId id);

    /**
     * \brief SCTP_ADD_STREAMS naming the association (one-to-many sockets).
     * \param [in] a the association and stream counts
     * \return 0, or -1 (as above; ERROR_INVAL for an unknown association)
     */
    virtual int AddStreams(const SctpAddStreams& a);

    /**
     * \brief SCTP_ADAPTATION_LAYER (RFC 6458 §8.1.10): announce this Adaptation Code Point in
     * the Adaptation Layer Indication of INIT / INIT-ACK (RFC 5061 §4.2.6); the peer reads it
     * in an SCTP_ADAPTATION_INDICATION notification.
     * \param [in] code the code point
     * \return 0
     */
    virtual int SetAdaptationLayer(uint32_t code);

    /**
     * \param [out] code the code point announced
     * \return 0, or -1 if none is set
     */
    virtual int GetAdaptationLayer(uint32_t& code) const;

    /**
     * \brief SCTP_SET_PEER_PRIMARY_ADDR (RFC 6458 §8.3.4): ask the peer, with ASCONF, to make one
     * of our addresses its primary destination.
     * \param [in] local our address (Ipv4Address / Ipv6Address, or a socket address)
     * \return 0, or -1 (ERROR_OPNOTSUPP without ASCONF, ERROR_NOTCONN without association)
     */
    virtual int SetPeerPrimaryAddr(const Address& local);

    /**
     * \brief SCTP_AUTH_CHUNK (RFC 6458 §8.3.2): ask peers of associations set up from now on to
     * authenticate this chunk type (RFC 4895 CHUNKS parameter).
     * \param [in] type a chunk type; INIT, INIT-ACK, SHUTDOWN-COMPLETE and AUTH are refused
     * \return 0, or -1 with ERROR_INVAL
     */
    virtual int SetAuthChunk(uint8_t type);

    /**
     * \brief SCTP_LOCAL_AUTH_CHUNKS: the chunk types this side asks to be authenticated.
     * \param [out] types the types
     * \return 0
     */
    virtual int GetLocalAuthChunks(std::vector<uint8_t>& types) const;

    /**
     * \brief SCTP_PEER_AUTH_CHUNKS: the chunk types the peer asks to be authenticated.
     * \param [out] types the types
     * \return 0, or -1 with ERROR_INVAL when there is no association with AUTH
     */
    virtual int GetPeerAuthChunks(std::vector<uint8_t>& types) const;

    /**
     * \brief SCTP_HMAC_IDENT (RFC 6458 §8.3.3): the HMACs offered, in preference order.
     * \param [in] ids HMAC identifiers (1 SHA-1, 3 SHA-256); SHA-1 must be among them
     * \return 0, or -1 with ERROR_INVAL
     */
    virtual int SetHmacIdent(const std::vector<uint16_t>& ids);

    /**
     * \param [out] ids the HMACs offered
     * \return 0
     */
    virtual int GetHmacIdent(std::vector<uint16_t>& ids) const;

    /**
     * \brief SCTP_AUTH_KEY (RFC 6458 §8.1.20): add or replace an endpoint-pair shared key, on
     * the association if there is one (the one named on a one-to-many socket), else on the
     * endpoint for associations to come.
     * \param [in] key the key
     * \return 0, or -1 (ERROR_INVAL for an unknown association; ERROR_AGAIN, FreeBSD's EBUSY,
     *         when the key it would replace is deactivated or still in use)
     */
    virtual int SetAuthKey(const SctpAuthKey& key);

    /**
     * \brief SCTP_AUTH_ACTIVE_KEY (RFC 6458 §8.1.21): the key that signs what is sent.
     * \param [in] id the key
     * \return 0, or -1 with ERROR_INVAL (no such key, or deactivated and still in use)
     */
    virtual int SetAuthActiveKey(const SctpAuthKeyId& id);

    /**
     * \param [in,out] id names the association; receives the active key
     * \return 0, or -1 with ERROR_INVAL
     */
    virtual int GetAuthActiveKey(SctpAuthKeyId& id) const;

    /**
     * \brief SCTP_AUTH_DELETE_KEY (RFC 6458 §8.3.4).
     * \param [in] id the key
     * \return 0, or -1 with ERROR_INVAL (the active key, unknown, or in use)
     */
    virtual int DeleteAuthKey(const SctpAuthKeyId& id);

    /**
     * \brief SCTP_AUTH_DEACTIVATE_KEY (RFC 6458 §8.3.4): stop signing with a key; an
     * SCTP_AUTH_FREE_KEY notification follows once nothing outstanding was signed with it.
     * On the endpoint the key is removed, as FreeBSD does.
     * \param [in] id the key
     * \return 0, or -1 with ERROR_INVAL (the active key or unknown)
     */
    virtual int DeactivateAuthKey(const SctpAuthKeyId& id);

  protected:
    /**
     * \brief What the defaults of the optional calls above answer: a socket type that lacks
     * one overrides this to set its errno (ERROR_OPNOTSUPP) as well.
     * \param [in] what the option or call
     * \return -1
     */
    virtual int Unsupported(const char* what) const;
};

} // namespace ns3

#endif /* SCTP_SOCKET_H */
