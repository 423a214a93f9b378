/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SOCKET_IMPL_H
#define SCTP_SOCKET_IMPL_H

#include "sctp-socket.h"

#include "ns3/sctp-assoc-config.h"
#include "ns3/sctp-association.h"

#include <deque>

namespace ns3
{

class SctpL4Protocol;
class SctpPacket;
class SctpCookieSecret;
class SctpOneToManySocketImpl;

/**
 * \ingroup sctp
 * \brief The SctpSocket of SctpL4Protocol: binds, listens (answering INITs statelessly), opens
 * associations, and moves messages between the application and its association.
 *
 * One-to-one style (SOCK_STREAM): one association per socket; a listening socket hands each new
 * association to a new socket through ns-3's accept callbacks.
 */
class SctpSocketImpl : public SctpSocket
{
    friend class SctpOneToManySocketImpl;

  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpSocketImpl();
    ~SctpSocketImpl() override;

    /**
     * \brief Attach to a node's stack.
     * \param [in] node the node
     * \param [in] l4 its SCTP
     * \param [in] config the system defaults
     * \param [in] oneToMany SOCK_SEQPACKET style
     */
    void Setup(Ptr<Node> node,
               Ptr<SctpL4Protocol> l4,
               const SctpAssocConfig& config,
               bool oneToMany);

    /**
     * \param [in] destination a packet's destination address
     * \return true if this bound socket accepts packets to it
     */
    bool AcceptsDestination(const Address& destination) const;

    /**
     * \brief A packet for our port that no association claims (INIT, COOKIE-ECHO).
     * \param [in] packet the packet
     * \param [in] source its source
     * \param [in] destination its destination
     * \param [in] raw the packet as received
     * \return true if handled; false lets SctpL4Protocol treat it as out of the blue
     */
    bool ReceiveUnassociated(const SctpPacket& packet,
                             const Address& source,
                             const Address& destination,
                             Ptr<const Packet> raw);

    /**
     * \brief RFC 4895 §6.3 for a COOKIE-ECHO that sets an association up: its AUTH (if any) is
     * checked with the keys the cookie carries, and one our endpoint requires is not missing.
     * \param [in] cookie the validated cookie
     * \param [in] auth the AUTH before the COOKIE-ECHO, or nullptr
     * \param [in] covered the COOKIE-ECHO and the chunks after it
     * \return true if the COOKIE-ECHO may be processed
     */
    bool CookieEchoAuthenticated(const SctpStateCookie& cookie,
                                 Ptr<SctpAuthChunk> auth,
                                 const std::vector<Ptr<SctpChunk>>& covered) const;

    /// \return the association (one-to-one), or nullptr
    Ptr<SctpAssociation> GetAssociation() const;

    // Socket
    enum SocketErrno GetErrno() const override;
    enum SocketType GetSocketType() const override;
    Ptr<Node> GetNode() const override;
    int Bind(const Address& address) override;
    int Bind() override;
    int Bind6() override;
    int Close() override;
    int ShutdownSend() override;
    int ShutdownRecv() override;
    int Connect(const Address& address) override;
    int Listen() override;
    uint32_t GetTxAvailable() const override;
    int Send(Ptr<Packet> p, uint32_t flags) override;
    int SendTo(Ptr<Packet> p, uint32_t flags, const Address& toAddress) override;
    uint32_t GetRxAvailable() const override;
    Ptr<Packet> Recv(uint32_t maxSize, uint32_t flags) override;
    Ptr<Packet> RecvFrom(uint32_t maxSize, uint32_t flags, Address& fromAddress) override;
    int GetSockName(Address& address) const override;
    int GetPeerName(Address& address) const override;
    bool SetAllowBroadcast(bool allowBroadcast) override;
    bool GetAllowBroadcast() const override;

    // SctpSocket
    int SendMsg(const std::vector<uint8_t>& data, const SctpSndInfo& info) override;
    int RecvMsg(std::vector<uint8_t>& data, SctpRcvInfo& info, bool& eor) override;
    int SetNoDelay(bool on) override;
    bool GetNoDelay() const override;
    int SetRtoInfo(const SctpRtoInfo& info) override;
    int GetRtoInfo(SctpRtoInfo& info) const override;
    int SetAssocInfo(const SctpAssocParams& p) override;
    int GetAssocInfo(SctpAssocParams& p) const override;
    int SetInitMsg(const SctpInitMsg& m) override;
    int GetInitMsg(SctpInitMsg& m) const override;
    int SetMaxSeg(const SctpAssocValue& v) override;
    int GetMaxSeg(SctpAssocValue& v) const override;
    int SetDelayedSack(const SctpSackInfo& s) override;
    int GetDelayedSack(SctpSackInfo& s) const override;
    int SetMaxBurst(const SctpAssocValue& v) override;
    int GetMaxBurst(SctpAssocValue& v) const override;
    int GetStatus(SctpStatus& s) const override;
    int SetDisableFragments(bool on) override;
    bool GetDisableFragments() const override;
    int SetDefaultSendParam(const SctpSndInfo& i) override;
    int GetDefaultSendParam(SctpSndInfo& i) const override;
    int SetPartialDeliveryPoint(uint32_t bytes) override;
    uint32_t GetPartialDeliveryPoint() const override;
    int SetExplicitEor(bool on) override;
    bool GetExplicitEor() const override;
    int SetContext(const SctpAssocValue& v) override;
    int GetContext(SctpAssocValue& v) const override;
    int SetFragmentInterleave(uint32_t level) override;
    uint32_t GetFragmentInterleave() const override;
    int SetUseExtRcvInfo(bool on) override;
    bool GetUseExtRcvInfo() const override;
    int SetSndBuf(uint32_t bytes) override;
    uint32_t GetSndBuf() const override;
    int SetRcvBuf(uint32_t bytes) override;
    uint32_t GetRcvBuf() const override;
    int BindX(const std::vector<Address>& addresses, bool add) override;
    int ConnectX(const std::vector<Address>& addresses) override;
    int GetPeerAddresses(std::vector<Address>& addresses) const override;
    int SetPrimaryAddr(const Address& peer) override;
    int GetPrimaryAddr(Address& peer) const override;
    int GetPeerAddrInfo(SctpPaddrInfo& info) const override;
    int SetPeerAddrParams(const SctpPaddrParams& p) override;
    int GetPeerAddrParams(SctpPaddrParams& p) const override;
    int SetEvent(uint16_t type, bool on) override;
    bool GetEvent(uint16_t type) const override;
    int RecvNotification(SctpNotification& notification) override;
    int SetPluggableCc(uint32_t module) override;
    uint32_t GetPluggableCc() const override;
    int SetCcOption(uint32_t option, uint32_t value) override;
    int GetCcOption(uint32_t option, uint32_t& value) const override;

    /**
     * \brief The addresses this endpoint offers: those bound, or every address of the node
     * (loopback and IPv6 link-local excluded) when bound to the wildcard.
     * \return the addresses
     */
    std::vector<Address> GetLocalAddresses() const;

    Ptr<SctpSocket> Peeloff(SctpAssocId id) override;
    int GetAssocIdList(std::vector<SctpAssocId>& ids) const override;
    int SetAutoclose(uint32_t seconds) override;
    int SetAutoAsconf(bool on) override;
    int GetAutoAsconf(bool& on) const override;
    uint32_t GetAutoclose() const override;
    int SetAuthChunk(uint8_t type) override;
    int SetPeerPrimaryAddr(const Address& local) override;
    int SetAdaptationLayer(uint32_t code) override;
    int SetEnableStreamReset(uint32_t flags) override;
    int GetEnableStreamReset(uint32_t& flags) const override;
    using SctpSocket::AddStreams;
    using SctpSocket::ResetAssoc;
    using SctpSocket::ResetStreams;
    int ResetStreams(const std::vector<uint16_t>& streams, uint16_t flags) override;
    int AddStreams(uint16_t outgoing, uint16_t incoming) override;
    int ResetAssoc() override;
    int GetAdaptationLayer(uint32_t& code) const override;
    int GetLocalAuthChunks(std::vector<uint8_t>& types) const override;
    int GetPeerAuthChunks(std::vector<uint8_t>& types) const override;
    int SetHmacIdent(const std::vector<uint16_t>& ids) override;
    int GetHmacIdent(std::vector<uint16_t>& ids) const override;
    int SetAuthKey(const SctpAuthKey& key) override;
    int SetAuthActiveKey(const SctpAuthKeyId& id) override;
    int GetAuthActiveKey(SctpAuthKeyId& id) const override;
    int DeleteAuthKey(const SctpAuthKeyId& id) override;
    int DeactivateAuthKey(const SctpAuthKeyId& id) override;

  protected:
    void DoDispose() override;

    /**
     * \brief A listening socket adopts the socket it creates for an incoming association,
     * before the association is built. Default: nothing (the child announces itself with
     * NotifyNewConnectionCreated once established).
     * \param [in] child the new socket
     */
    virtual void AdoptChild(Ptr<SctpSocketImpl> child);

    /**
     * \brief Read the next message or piece, without notifications (Recv, RecvFrom and the
     * data part of RecvMsg).
     * \param [out] data the bytes
     * \param [out] info its stream, ppid, flags, association
     * \param [out] eor true if the message ends with these bytes
     * \return the number of bytes, or 0 with ERROR_AGAIN
     */
    virtual int ReadData(std::vector<uint8_t>& data, SctpRcvInfo& info, bool& eor);

    /**
     * \brief Take the first queued notification if everything its association received before
     * it has been read.
     * \param [out] n the notification
     * \return true if one was taken
     */
    bool PopDueNotification(SctpNotification& n);

    /**
     * \return the notification PopDueNotification would take, or nullptr
     */
    virtual const SctpNotification* PeekDueNotification() const;

    /**
     * \brief The data ReadData would return next, left in place.
     * \param [out] id its association (0 on a one-to-one socket, as ReadData reports)
     * \return the message or piece, or nullptr
     */
    virtual const SctpDeliveredMessage* PeekData(SctpAssocId& id) const;

    /**
     * \brief SCTP_USE_EXT_RCVINFO: describe in \p info the message the next read returns.
     * \param [in,out] info the info of the message just read
     */
    void FillNextInfo(SctpRcvInfo& info) const;

    /**
     * \return a new, unbound one-to-one socket sharing this endpoint's port, addresses,
     * tunables, default send parameters and event subscriptions
     */
    Ptr<SctpSocketImpl> MakeChild();

    /**
     * \param [in] err the error
     * \param [in] what the call, for the log
     * \return -1
     */
    int Fail(SocketErrno err, const char* what) const;

    /// \return the live configuration: the association's once it exists
    SctpAssocConfig& Config();

    /// \return the live configuration (const)
    const SctpAssocConfig& Config() const;

    /**
     * \brief Create the association object with our callbacks.
     * \return it
     */
    Ptr<SctpAssociation> MakeAssociation();

    /**
     * \brief Split an InetSocketAddress / Inet6SocketAddress.
     * \param [in] address the socket address
     * \param [out] ip the IP address (invalid for the wildcard)
     * \param [out] port the port
     * \return false if it is neither
     */
    static bool SplitSocketAddress(const Address& address, Address& ip, uint16_t& port);

    /// Create this endpoint's cookie secrets if it has none yet.
    void EnsureCookieSecret();

    /**
     * \brief Bind to a port and address.
     * \param [in] address Ipv4Address/Ipv6Address or an invalid Address for the wildcard
     * \param [in] port 0 for an ephemeral port
     * \return 0 or -1
     */
    int DoBind(const Address& address, uint16_t port);

    void OnEstablished(Ptr<SctpAssociation> assoc);
    void OnDataArrived(Ptr<SctpAssociation> assoc);
    void OnSendSpace(Ptr<SctpAssociation> assoc, uint32_t space);
    void OnPeerShutdown(Ptr<SctpAssociation> assoc);
    void OnClosed(Ptr<SctpAssociation> assoc, SctpAssociation::CloseReason reason);
    void OnRestarted(Ptr<SctpAssociation> assoc);
    void OnNotify(Ptr<SctpAssociation> assoc, const SctpNotification& n);

    Ptr<Node> m_node;                            //!< the node
    Ptr<SctpL4Protocol> m_l4;                    //!< the protocol
    SctpAssocConfig m_config;                    //!< defaults for our associations
    bool m_oneToMany{false};                     //!< SOCK_SEQPACKET style
    mutable SocketErrno m_errno{ERROR_NOTERROR}; //!< last error
    std::vector<Address> m_localAddresses;       //!< bound addresses (empty = wildcard)
    uint16_t m_localPort{0};                     //!< bound port
    bool m_bound{false};                         //!< Bind done
    bool m_listening{false};                     //!< Listen done
    bool m_shutdownSend{false};                  //!< no more sends
    bool m_shutdownRecv{false};                  //!< no more receives
    bool m_connecting{false};                    //!< Connect in progress
    Ptr<SctpAssociation> m_assoc;                //!< one-to-one association
    Ptr<SctpSocketImpl> m_listener;              //!< the listening socket that accepted us
    Ptr<SctpCookieSecret> m_cookieSecret;        //!< cookie secrets of this endpoint
    SctpSndInfo m_defaultSndInfo;                //!< SCTP_DEFAULT_SNDINFO
    bool m_useExtRcvInfo{false};                 //!< SCTP_USE_EXT_RCVINFO
    SctpEventSubscription m_events;              //!< SCTP_EVENT subscriptions
    SctpOneToManySocketImpl* m_owner{nullptr};   //!< the one-to-many socket holding us

    /// A subscribed notification not read yet.
    struct QueuedNotification
    {
        SctpNotification n; //!< the event
        uint64_t after{0};  //!< read in band after this many pieces of its association
    };

    std::deque<QueuedNotification> m_notifications; //!< subscribed notifications not yet read
    std::vector<uint8_t> m_readRest;                //!< remainder of a message read in parts
    SctpRcvInfo m_readRestInfo;                     //!< its info
    bool m_readRestEor{false};                      //!< whether the message ends with it
};

} // namespace ns3

#endif /* SCTP_SOCKET_IMPL_H */
