/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_USRSCTP_SOCKET_H
#define SCTP_USRSCTP_SOCKET_H

#include "ns3/event-id.h"
#include "ns3/inet-socket-address.h"
#include "ns3/nstime.h"
#include "ns3/sctp-association.h"
#include "ns3/sctp-socket.h"
#include "ns3/traced-value.h"

#include <cstdint>
#include <deque>
#include <vector>

struct socket; // libusrsctp's socket

namespace ns3
{

class Node;
class SctpUsrsctpL4Protocol;

/**
 * \ingroup sctp
 * \brief A one-to-one (SOCK_STREAM) socket of libusrsctp, FreeBSD's stack, behind the module's
 * SctpSocket API: the same calls, option types and callbacks as the module's own sockets.
 *
 * Each option call is the RFC 6458 socket option of the same name on the library's socket
 * (SCTP_RTOINFO, SCTP_INITMSG, SCTP_DELAYED_SACK, SCTP_PLUGGABLE_CC, SCTP_CC_OPTION, ...).
 * AF_CONN is single-homed: the association has one path, BindX and ConnectX use the first
 * address, and path MTUs are IP MTUs as for the module's stack. SendMsg is usrsctp_sendv with an
 * sctp_sndinfo (PPIDs are put on the wire in network byte order, as the module's stack does);
 * RecvMsg is usrsctp_recvv with an sctp_rcvinfo. The socket is non-blocking: calls that would
 * block fail with ERROR_AGAIN and the send callback reports space later.
 *
 * The library tells the socket about events through its upcall; the socket handles them in an
 * event of its own at the same simulated time, outside the library: it accepts associations
 * (listening sockets), reads the library's notifications (SCTP_ASSOC_CHANGE: COMM_UP,
 * COMM_LOST, CANT_STR_ASSOC, SHUTDOWN_COMP) and calls the Socket callbacks. Notifications
 * travel in the socket's receive queue behind the data, as in the kernel, so a close is
 * reported once the data before it has been read. At most one message (or piece of one) is
 * held outside the library, so the receive window advertised is the library's own.
 *
 * Notifications the application subscribes to (SetEvent) are converted to SctpNotification and
 * read in band with RecvMsg (SctpMsgFlags::NOTIFICATION, in the library's order) or with
 * RecvNotification; the socket itself always reads SCTP_ASSOC_CHANGE and SCTP_SHUTDOWN_EVENT
 * from the library.
 *
 * Close and ShutdownSend shut the association down gracefully (usrsctp_shutdown SHUT_WR; data
 * queued is sent first) and keep the socket until SHUTDOWN COMPLETE, which calls the normal
 * close callback. SendMsg with SctpMsgFlags::ABORT, or Abort, aborts it.
 *
 * Trace sources report the status of the association (SCTP_STATUS, read after each packet,
 * timer and send that could change it): CongestionWindow, Srtt, Rto of the primary path and the
 * association's State, with the module's types.
 */
class SctpUsrsctpSocket : public SctpSocket
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpUsrsctpSocket();
    ~SctpUsrsctpSocket() override;

    /**
     * \brief Create the library's socket (or take one the library created by accepting).
     * \param [in] l4 the node's reference peer
     * \param [in] accepted an accepted socket of the library, or nullptr to create one
     */
    void Setup(Ptr<SctpUsrsctpL4Protocol> l4, struct socket* accepted);

    /**
     * \brief Abort the association now (an ABORT chunk with a User-Initiated Abort cause).
     * \return 0, or -1 with GetErrno() set
     */
    int Abort();

    /**
     * \brief Close the library's socket at once without sending anything (simulation teardown).
     */
    void Discard();

    /// \return the local port (0 if unbound)
    uint16_t GetLocalPort() const;

    /// \return the peer's port (0 if not connected)
    uint16_t GetPeerPort() const;

    /// \return true once the association is established (and until it closes)
    bool IsConnected() const;

    /// Let the socket handle the library's events in an event of its own (the upcall).
    void ScheduleProcess();

    /// Read the association's status into the trace sources.
    void PollStatus();

    // Socket
    enum SocketErrno GetErrno() const override;
    enum SocketType GetSocketType() const override;
    Ptr<Node> GetNode() const override;
    int Bind() override;
    int Bind6() override;
    int Bind(const Address& address) override;
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
    int SetAuthChunk(uint8_t type) override;
    int SetEnableStreamReset(uint32_t flags) override;
    using SctpSocket::AddStreams;
    using SctpSocket::ResetAssoc;
    using SctpSocket::ResetStreams;
    int ResetStreams(const std::vector<uint16_t>& streams, uint16_t flags) override;
    int AddStreams(uint16_t outgoing, uint16_t incoming) override;
    int ResetAssoc() override;
    int SetAuthKey(const SctpAuthKey& key) override;
    int SetAuthActiveKey(const SctpAuthKeyId& id) override;
    int GetAuthActiveKey(SctpAuthKeyId& id) const override;
    int DeleteAuthKey(const SctpAuthKeyId& id) override;
    int DeactivateAuthKey(const SctpAuthKeyId& id) override;
    uint32_t GetPluggableCc() const override;
    int SetCcOption(uint32_t option, uint32_t value) override;
    int GetCcOption(uint32_t option, uint32_t& value) const override;

  protected:
    void DoDispose() override;

  private:
    /// Where the socket is in its life.
    enum Phase
    {
        IDLE,       //!< created
        BOUND,      //!< bound to a port
        LISTENING,  //!< accepting associations
        CONNECTING, //!< INIT sent
        CONNECTED,  //!< association established
        CLOSING,    //!< graceful shutdown asked for
        CLOSED,     //!< the association is gone (or never came)
    };

    /// A notification read from the library, reported to the application later.
    enum Event
    {
        EV_CONNECTED,  //!< COMM_UP on a connecting socket
        EV_CONN_FAIL,  //!< CANT_STR_ASSOC (or COMM_LOST) on a connecting socket
        EV_NORMAL_END, //!< SHUTDOWN_COMP
        EV_ERROR_END,  //!< COMM_LOST
    };

    /// Handle the library's events: accept, read notifications, call the callbacks.
    void Process();

    /// Listening socket: accept every association the library completed.
    void AcceptAll();

    /**
     * \brief Read from the library until one piece of data is held (or nothing is left),
     * handling the notifications met on the way.
     */
    void FetchAhead();

    /**
     * \param [in] data a notification's bytes
     */
    void HandleNotification(const std::vector<uint8_t>& data);

    /**
     * \param [in] data a notification read from the library
     * \return it in the module's type
     */
    SctpNotification Convert(const std::vector<uint8_t>& data) const;

    /**
     * \brief Set a socket option on the library's socket.
     * \param [in] level the level (IPPROTO_SCTP or SOL_SOCKET)
     * \param [in] name the option
     * \param [in] value its value
     * \param [in] size its size
     * \param [in] what the option's name, for the log
     * \return 0, or -1 with m_errno set
     */
    int SetOption(int level, int name, const void* value, uint32_t size, const char* what);

    /**
     * \brief Get a socket option of the library's socket.
     * \param [in] level the level
     * \param [in] name the option
     * \param [in,out] value its value (assoc id in)
     * \param [in] size its size
     * \param [in] what the option's name, for the log
     * \return 0, or -1 with m_errno set
     */
    int GetOption(int level, int name, void* value, uint32_t size, const char* what) const;

    /**
     * \brief Set an option whose value is struct sctp_authkeyid.
     * \param [in] name the option
     * \param [in] key the shared key identifier
     * \param [in] what the option's name, for errors
     * \return 0, or -1
     */
    int KeyIdOption(int name, uint16_t key, const char* what);

    /**
     * \brief Fail a call.
     * \param [in] err the error
     * \param [in] what what failed
     * \return -1
     */
    int Fail(SocketErrno err, const char* what) const;

    /// \copydoc SctpSocket::Unsupported
    int Unsupported(const char* what) const override;

    /**
     * \param [in] e an errno of the library
     * \return the Socket error
     */
    static SocketErrno FromErrno(int e);

    /// Close the library's socket and forget it (after the association ended, or for good).
    void Release();

    /**
     * \param [in] port the local port to bind the library's socket to
     * \return 0, or -1 with m_errno set
     */
    int BindPort(uint16_t port);

    /// Set the options every socket of the peer gets (events, path MTU, CC module).
    void ConfigureNew();

    Ptr<SctpUsrsctpL4Protocol> m_l4;                    //!< the node's reference peer
    struct socket* m_so{nullptr};                       //!< the library's socket
    Phase m_phase{IDLE};                                //!< where the socket is
    mutable SocketErrno m_errno{ERROR_NOTERROR};        //!< last error
    uint16_t m_localPort{0};                            //!< bound port
    InetSocketAddress m_peer{Ipv4Address::GetAny(), 0}; //!< the peer
    bool m_shutdownRecv{false};                         //!< ShutdownRecv called
    bool m_processScheduled{false};                     //!< Process is scheduled
    EventId m_processEvent;                             //!< the scheduled Process
    std::vector<Event> m_events;                        //!< notifications to report
    bool m_havePending{false};                          //!< a piece of data is held
    std::vector<uint8_t> m_pending;                     //!< the piece held
    SctpRcvInfo m_pendingInfo;                          //!< its receive info
    bool m_pendingEor{false};                           //!< it ends a message
    bool m_dataNotified{true};                          //!< the held piece was announced
    uint32_t m_notifiedTxAvailable{0};            //!< space last reported by the send callback
    bool m_useExtRcvInfo{false};                  //!< SCTP_USE_EXT_RCVINFO (no effect)
    std::vector<uint8_t> m_readBuffer;            //!< buffer for usrsctp_recvv
    SctpEventSubscription m_userEvents;           //!< notifications the application asked for
    std::deque<SctpNotification> m_notifications; //!< notifications for the application
    bool m_notificationNotified{true};            //!< the queued notifications were announced

    TracedValue<uint32_t> m_cwnd;                //!< primary path cwnd
    TracedValue<Time> m_srtt;                    //!< primary path SRTT
    TracedValue<Time> m_rto;                     //!< primary path RTO
    TracedValue<SctpAssociation::State> m_state; //!< association state
};

} // namespace ns3

#endif /* SCTP_USRSCTP_SOCKET_H */
