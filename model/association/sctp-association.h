/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_ASSOCIATION_H
#define SCTP_ASSOCIATION_H

#include "sctp-assoc-config.h"
#include "sctp-auth.h"
#include "sctp-inbound-streams.h"
#include "sctp-path.h"
#include "sctp-retransmission-queue.h"
#include "sctp-send-queue.h"
#include "sctp-tsn-tracker.h"

#include "ns3/address.h"
#include "ns3/callback.h"
#include "ns3/event-id.h"
#include "ns3/object.h"
#include "ns3/packet.h"
#include "ns3/sctp-notification.h"
#include "ns3/sctp-packet.h"
#include "ns3/sctp-socket-options.h"
#include "ns3/traced-callback.h"
#include "ns3/traced-value.h"

#include <deque>
#include <functional>
#include <map>
#include <vector>

namespace ns3
{

class SctpL4Protocol;
class SctpInitChunkBase;
class SctpInitChunk;
class SctpSackChunk;
class SctpEcneChunk;
class SctpAuthChunk;
class SctpAsconfChunk;
class SctpParameter;
struct SctpStateCookie;
class SctpCookieSecret;
class SctpErrorCause;
class Packet;

/**
 * \ingroup sctp
 * \brief One SCTP association (the TCB of RFC 9260): the state machine, the handshake and
 * shutdown, and the dispatch of received chunks to the rooms that own them.
 *
 * Sending: the socket queues messages (SctpSendQueue); the association cuts them into DATA
 * chunks, bundles control chunks, SACKs, retransmissions and new data into packets within each
 * path's cwnd and the peer's rwnd, and hands them to SctpL4Protocol. Receiving: SctpL4Protocol
 * demultiplexes a packet here; DATA goes to the TSN tracker and the inbound streams, SACKs to the
 * retransmission queue and the paths' congestion control.
 */
class SctpAssociation : public Object
{
  public:
    /// RFC 9260 §4 states.
    enum State
    {
        CLOSED = 0,
        COOKIE_WAIT = 1,
        COOKIE_ECHOED = 2,
        ESTABLISHED = 3,
        SHUTDOWN_PENDING = 4,
        SHUTDOWN_SENT = 5,
        SHUTDOWN_RECEIVED = 6,
        SHUTDOWN_ACK_SENT = 7,
    };

    /// How an association ended, for the socket.
    enum CloseReason
    {
        CLOSE_GRACEFUL,   //!< SHUTDOWN sequence completed
        CLOSE_ABORTED,    //!< ABORT received
        CLOSE_FAILED,     //!< retransmission limits reached (or setup failed)
        CLOSE_USER_ABORT, //!< the user aborted
        CLOSE_REFUSED,    //!< ABORT in answer to our INIT: connection refused
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpAssociation();
    ~SctpAssociation() override;

    /**
     * \param [in] state a state
     * \return its RFC name
     */
    static const char* StateName(State state);

    /// Upcalls to the owning socket.
    struct Callbacks
    {
        Callback<void, Ptr<SctpAssociation>> established;         //!< COOKIE-ACK / COOKIE-ECHO done
        Callback<void, Ptr<SctpAssociation>> dataArrived;         //!< messages to read
        Callback<void, Ptr<SctpAssociation>, uint32_t> sendSpace; //!< send buffer space freed
        Callback<void, Ptr<SctpAssociation>> peerShutdown;        //!< SHUTDOWN received
        Callback<void, Ptr<SctpAssociation>, CloseReason> closed; //!< reached CLOSED
        Callback<void, Ptr<SctpAssociation>> restarted;           //!< peer restarted (§5.2.4 A)
        Callback<void, Ptr<SctpAssociation>, const SctpNotification&> notify; //!< RFC 6458 events
    };

    /**
     * \brief Give the association its stack, tunables and local endpoint.
     * \param [in] l4 the protocol
     * \param [in] config tunables
     * \param [in] localPort our port
     * \param [in] callbacks upcalls
     */
    void Configure(Ptr<SctpL4Protocol> l4,
                   const SctpAssocConfig& config,
                   uint16_t localPort,
                   const Callbacks& callbacks);

    /**
     * \brief Active open: send INIT to the peer.
     * \param [in] peer the peer address (Ipv4Address or Ipv6Address)
     * \param [in] peerPort its port
     */
    void Connect(const Address& peer, uint16_t peerPort);

    /**
     * \brief Active open to a peer known by several addresses (sctp_connectx): INIT goes to
     * the first; the others become paths, confirmed by heartbeats once established.
     * \param [in] peers the peer addresses
     * \param [in] peerPort its port
     */
    void Connect(const std::vector<Address>& peers, uint16_t peerPort);

    /**
     * \brief Passive open: build the TCB from a valid State Cookie and answer COOKIE-ACK.
     * \param [in] cookie the cookie's contents
     * \param [in] source the COOKIE-ECHO's source address
     * \param [in] destination its destination address
     */
    void EstablishFromCookie(const SctpStateCookie& cookie,
                             const Address& source,
                             const Address& destination);

    /**
     * \brief Queue a message (RFC 6458 sendmsg).
     * \param [in] data the bytes
     * \param [in] info stream, ppid, flags
     * \return 0, or a Socket::SocketErrno describing why not
     */
    int Send(std::vector<uint8_t> data, const SctpSndInfo& info);

    /// \return send buffer space left
    uint32_t GetTxAvailable() const;

    /// \return true if a message (or a partial delivery piece) can be read
    bool HasMessage() const;

    /// \return when DATA last left or arrived (FreeBSD's time_last_sent / time_last_rcvd)
    Time GetLastDataTime() const;

    /// \return true while data waits to be sent or acknowledged
    bool HasDataPending() const;

    /// SCTP_SENDER_DRY subscribed on a live association: raise the event at once if nothing
    /// waits to be sent or acknowledged (FreeBSD).
    void NotifySenderDryIfIdle();

    /// \return bytes readable
    uint32_t GetRxAvailable() const;

    /**
     * \brief Orders notifications among the messages: a notification raised when this was N
     * is read after the N-th message (or piece) is taken.
     * \return messages or pieces ever made readable
     */
    uint64_t GetReadyTotal() const;

    /// \return messages or pieces ever read with Receive
    uint64_t GetTakenTotal() const;

    /**
     * \brief Read the next message (or piece of one, for partial delivery).
     * \param [out] info its stream, ssn, ppid, tsn, flags
     * \param [out] complete true if the message ends with these bytes
     * \return the bytes
     */
    std::vector<uint8_t> Receive(SctpRcvInfo& info, bool& complete);

    /// \return the message or piece Receive() returns next, or nullptr if none is waiting
    const SctpDeliveredMessage* PeekMessage() const;

    /// Graceful shutdown (RFC 9260 §9.2): flush what is queued, then SHUTDOWN.
    void Shutdown();

    /**
     * \brief Send ABORT and close.
     * \param [in] reason upper-layer abort reason, carried in a User-Initiated Abort cause
     */
    void Abort(const std::vector<uint8_t>& reason = {});

    /**
     * \brief A packet demultiplexed to this association.
     * \param [in] packet the parsed packet
     * \param [in] source its source address
     * \param [in] destination its destination address
     * \param [in] tos TOS / traffic class (ECN)
     * \param [in] raw the packet as received (for traces)
     */
    void ReceivePacket(const SctpPacket& packet,
                       const Address& source,
                       const Address& destination,
                       uint8_t tos,
                       Ptr<const Packet> raw);

    /// \return the state
    State GetState() const;

    /// \return our port
    uint16_t GetLocalPort() const;

    /// \return the peer's port
    uint16_t GetPeerPort() const;

    /// \return the primary path's peer address
    Address GetPrimaryPeerAddress() const;

    /// \return the primary path's local address
    Address GetPrimaryLocalAddress() const;

    /// \return the paths
    const std::vector<Ptr<SctpPath>>& GetPaths() const;

    /**
     * \param [in] peer a peer address
     * \return its path, or nullptr
     */
    Ptr<SctpPath> FindPath(const Address& peer) const;

    /**
     * \brief SCTP_PRIMARY_ADDR.
     * \param [in] peer a confirmed peer address
     * \return false if it is not a confirmed path of this association
     */
    bool SetPrimary(const Address& peer);

    /**
     * \param [out] info SCTP_GET_PEER_ADDR_INFO for info.address
     * \return false if info.address is not a path of this association
     */
    bool GetPathInfo(SctpPaddrInfo& info) const;

    /**
     * \brief SCTP_PEER_ADDR_PARAMS for one path or (invalid address) every path.
     * \param [in] params the parameters
     * \return false if the address is not a path of this association
     */
    bool SetPathParams(const SctpPaddrParams& params);

    /// \return our verification tag (what the peer puts in its packets)
    uint32_t GetLocalTag() const;

    /// \return the peer's verification tag
    uint32_t GetPeerTag() const;

    /// \return our initial TSN (also the serial number of our first ASCONF, RFC 5061 §5.1)
    uint32_t GetLocalInitialTsn() const;

    /// \return the tunables (socket options change them)
    SctpAssocConfig& GetConfig();

    /**
     * \brief SCTP_PEER_ADDR_PARAMS without an address: keep what paths created later inherit.
     * \param [in,out] c the configuration
     * \param [in] params the option (hbinterval, pathmaxrxt, HB and PMTUD flags, pathmtu)
     */
    static void StorePathDefaults(SctpAssocConfig& c, const SctpPaddrParams& params);

    /// \return the sac_info feature list of COMM_UP and RESTART (RFC 6458 §6.1.1)
    std::vector<uint8_t> SupportedFeatures() const;

    /// Hand the configured partial delivery point to reassembly (also on a live association).
    void ApplyPartialDeliveryPoint();

    /**
     * \brief SCTP_PLUGGABLE_CC on a live association: give every path a new instance of the
     * congestion control and let it set the path's cwnd and ssthresh again (as FreeBSD does);
     * paths added later use it too.
     * \param [in] tid an SctpCongestionOps TypeId
     */
    void SetCongestionControl(TypeId tid);

    /**
     * \param [out] status filled per RFC 6458 SCTP_STATUS
     */
    void GetStatus(SctpStatus& status) const;

    /// \return number of outbound streams negotiated
    uint16_t GetOutboundStreams() const;

    /// \return number of inbound streams negotiated
    uint16_t GetInboundStreams() const;

    /// \return the fragmentation point (largest user data per DATA chunk)
    uint32_t GetFragmentationPoint() const;

    /// \return the peer's receive window as we estimate it
    uint32_t GetPeerRwnd() const;

    /// \return the window we advertise
    uint32_t GetLocalRwnd() const;

    /**
     * \brief Our addresses, listed in INIT / INIT-ACK when there are several.
     * \param [in] addresses the addresses (Ipv4Address / Ipv6Address)
     */
    void SetLocalAddresses(const std::vector<Address>& addresses);

    /// Let the application's reads reopen the window (window update SACK, §5.2 FreeBSD).
    void NotifyApplicationRead();

    /**
     * \param [in] secret the endpoint's cookie secrets, for INITs and COOKIE-ECHOs that
     *                    arrive on this association (RFC 9260 §5.2)
     */
    void SetCookieSecret(Ptr<SctpCookieSecret> secret);

    /**
     * \brief Trace signature of state changes.
     * \param [in] oldState the state before
     * \param [in] newState the state after
     */
    typedef void (*StateTracedCallback)(State oldState, State newState);

    /**
     * \brief Trace signature of notifications.
     * \param [in] notification the event
     */
    typedef void (*NotificationTracedCallback)(const SctpNotification& notification);

    /**
     * \brief Trace signature of retransmission events.
     * \param [in] tsn the TSN
     * \param [in] fast true for fast retransmit, false for T3
     */
    typedef void (*RetransmitTracedCallback)(uint32_t tsn, bool fast);

    /**
     * \brief Trace signature of T3 expiries.
     * \param [in] peer the path's peer address
     * \param [in] rto the RTO that expired
     */
    typedef void (*TimeoutTracedCallback)(const Address& peer, Time rto);

    /**
     * \brief Trace signature of ECN events.
     * \param [in] tsn the TSN of the ECN-Echo (received CE: the highest TSN of the marked
     *                 packet; ECN-Echo received: the TSN it names)
     * \param [in] packets CE-marked packets it counts
     */
    typedef void (*EcnTracedCallback)(uint32_t tsn, uint32_t packets);

    /// \return true if both ends announced ECN (ECN-Capable parameter, ecn_enable)
    bool IsEcnNegotiated() const;

    /// \return the association's AUTH state (RFC 4895); inactive unless both ends announced it
    const SctpAuth& GetAuth() const;

    /**
     * \brief SCTP_AUTH_KEY on this association: add or replace an endpoint-pair shared key.
     * \param [in] id the key identifier
     * \param [in] key its bytes
     * \return false if the key it would replace is deactivated or in use
     */
    bool SetAuthKey(uint16_t id, const std::vector<uint8_t>& key);

    /**
     * \brief SCTP_AUTH_ACTIVE_KEY: sign with this key from now on.
     * \param [in] id the key identifier
     * \return false if there is no such key, or it is deactivated and still in use
     */
    bool SetAuthActiveKey(uint16_t id);

    /**
     * \brief SCTP_AUTH_DELETE_KEY.
     * \param [in] id the key identifier
     * \return false if it is the active key, unknown or in use
     */
    bool DeleteAuthKey(uint16_t id);

    /**
     * \brief SCTP_AUTH_DEACTIVATE_KEY: no longer sign with it; SCTP_AUTH_FREE_KEY is reported
     * once no outstanding DATA was signed with it (at once if none is).
     * \param [in] id the key identifier
     * \return false if it is the active key or unknown
     */
    bool DeactivateAuthKey(uint16_t id);

    /// \return true if both ends announced ASCONF (RFC 5061) and AUTH protects it
    bool IsAsconfActive() const;

    /**
     * \brief Ask the peer, with ASCONF, to add one of our addresses (sctp_bindx add on a live
     * association), delete one (sctp_bindx remove), or make one its primary destination
     * (SCTP_SET_PEER_PRIMARY_ADDR). Requests wait while an ASCONF is outstanding.
     * \param [in] type SctpParameter::ADD_IP_ADDRESS, DELETE_IP_ADDRESS or SET_PRIMARY_ADDRESS
     * \param [in] address our address (Ipv4Address or Ipv6Address)
     * \return 0, or a Socket::SocketErrno (ERROR_OPNOTSUPP without ASCONF)
     */
    int RequestAddressChange(uint16_t type, const Address& address);

    /**
     * \brief auto_asconf (FreeBSD, bound-to-all endpoints): the node gained or lost an
     * address; the peer is told with ASCONF ADD-IP / DELETE-IP when ASCONF is on.
     * \param [in] address the address
     * \param [in] added true if added, false if removed
     */
    void LocalAddressChanged(const Address& address, bool added);

    /// \param [in] on SCTP_AUTO_ASCONF on this association
    void SetAutoAsconf(bool on);

    /**
     * \brief An ICMP or ICMPv6 error about a packet of this association (RFC 9260 Appendix C,
     * FreeBSD's sctp_notify / sctp6_notify): "packet too big" lowers the path MTU (PMTU
     * discovery), "destination unreachable" makes the address unreachable, "protocol
     * unreachable" (IPv4) or "unrecognized next header" (IPv6) ends the association.
     * \param [in] peer the destination of the packet that caused it
     * \param [in] v6 true for ICMPv6
     * \param [in] type the ICMP type
     * \param [in] code the ICMP code
     * \param [in] info the next-hop MTU of "packet too big" / "fragmentation needed"
     */
    void IcmpReceived(const Address& peer, bool v6, uint8_t type, uint8_t code, uint32_t info);

    /**
     * \brief PMTU discovery: a router reported the largest packet it forwards on this path.
     * \param [in] peer the peer address
     * \param [in] mtu the reported MTU (0: unknown, the next lower plateau is tried)
     */
    void PathMtuReported(const Address& peer, uint32_t mtu);

    /// \return true if both ends announced RE-CONFIG (RFC 6525)
    bool IsReconfigActive() const;

    /**
     * \brief SCTP_RESET_STREAMS (RFC 6525 §5.1.2, §5.1.3): reset the SSNs of our outgoing
     * streams (their new messages wait until the peer answers, and the request waits until the
     * messages queued before it have TSNs) and/or ask the peer to reset its outgoing streams,
     * our incoming ones. Both requests travel in one RE-CONFIG chunk.
     * \param [in] streams the streams (empty: all)
     * \param [in] incoming ask for the peer's outgoing streams (SCTP_STREAM_RESET_INCOMING)
     * \param [in] outgoing reset ours (SCTP_STREAM_RESET_OUTGOING)
     * \return 0, or a Socket::SocketErrno (ERROR_OPNOTSUPP without RE-CONFIG, ERROR_AGAIN
     *         while a request is outstanding, ERROR_INVAL for a stream that does not exist or
     *         neither direction)
     */
    int ResetStreams(const std::vector<uint16_t>& streams, bool incoming, bool outgoing);

    /**
     * \brief SCTP_RESET_ASSOC (RFC 6525 §5.1.4): reset the TSNs and every SSN in both
     * directions. New messages wait; the request waits until everything sent before it is
     * acknowledged, so nothing is lost across the reset.
     * \return 0, or a Socket::SocketErrno as ResetStreams
     */
    int ResetAssociation();

    /**
     * \brief SCTP_ADD_STREAMS (RFC 6525 §5.1.5, §5.1.6): add outgoing streams (usable once the
     * peer answers) and/or ask the peer to add outgoing streams (our incoming ones).
     * \param [in] outgoing streams to add here
     * \param [in] incoming streams the peer is asked to add
     * \return 0, or a Socket::SocketErrno as ResetStreams
     */
    int AddStreams(uint16_t outgoing, uint16_t incoming);

  protected:
    void DoDispose() override;

  private:
    // --- handshake and teardown (sctp-association.cc) ---
    Ptr<SctpInitChunk> BuildInit() const;
    void SendInit();
    void T1Expired();
    void HandleInit(Ptr<SctpChunk> chunk, const Address& source, const Address& destination);
    void HandleInitAck(Ptr<SctpChunk> chunk, const Address& source);
    void HandleCookieEcho(Ptr<SctpChunk> chunk, const Address& source, const Address& destination);
    void HandleCookieAck();
    void Notify(SctpNotification n);
    void SetPathState(Ptr<SctpPath> path, SctpPath::State state);
    void ReportSendFailed(const std::vector<SctpOutboundMessage>& messages, uint16_t error = 0);
    /// SEND_FAILED for every chunk outstanding and every message unsent; empties both queues.
    /// \param [in] error ssfe_error: the cause code of the peer's ABORT, if that ended it
    void ReportAllOutbound(uint16_t error = 0);
    void AnswerCookieEcho();
    void AbortWithCause(Ptr<SctpErrorCause> cause, CloseReason reason);
    void HandleAbort(Ptr<SctpChunk> chunk);
    void HandleShutdown(Ptr<SctpChunk> chunk);
    void HandleShutdownAck();
    void HandleShutdownComplete();
    void HandleHeartbeat(Ptr<SctpChunk> chunk, const Address& source);
    void HandleHeartbeatAck(Ptr<SctpChunk> chunk, const Address& source);
    void HandleError(Ptr<SctpChunk> chunk);
    void EnterEstablished();
    void CheckShutdownProgress();
    /// \param [in] path where to send it (nullptr: the primary's way)
    void SendShutdown(Ptr<SctpPath> path = nullptr);
    /// \param [in] path where to send it (nullptr: the primary's way)
    void SendShutdownAck(Ptr<SctpPath> path = nullptr);
    /**
     * \brief Send SHUTDOWN or SHUTDOWN-ACK alone and run T2 on its path.
     * \param [in] chunk the chunk
     * \param [in] path where to send it (nullptr: the primary's way)
     */
    void SendShutdownChunk(Ptr<SctpChunk> chunk, Ptr<SctpPath> path);
    void T2Expired();
    void GuardExpired();
    void Close(CloseReason reason);
    void SetState(State state);
    bool CheckThreshold(Ptr<SctpPath> path, uint32_t threshold, bool windowProbe = false);

    /**
     * \param [in] text what went wrong
     * \return the diagnostic cause for an ABORT (diag_info_code), or nullptr while that is 0
     */
    Ptr<SctpErrorCause> DiagnosticCause(const std::string& text) const;
    void StartHeartbeat(Ptr<SctpPath> path);
    void HeartbeatExpired(Ptr<SctpPath> path);
    void SendHeartbeat(Ptr<SctpPath> path);
    Ptr<SctpPath> AddPath(const Address& peer, const Address& local);
    Ptr<SctpCongestionOps> CreateCongestionOps() const;
    void ApplyPeerInit(const SctpInitChunkBase& init);
    void ResetForNewTags(uint32_t myTag, uint32_t myTsn, uint32_t peerTag, uint32_t peerTsn);
    SctpRttEstimator::Config RttConfig() const;

    // --- sending (sctp-association-tx.cc) ---
    void Output();
    bool SendRetransmissions(Ptr<SctpPath> path, bool fastOnly, uint32_t maxPackets);
    bool SendNewData(Ptr<SctpPath> path);
    void SendControlOnly(Ptr<SctpPath> path);
    void AddControlChunks(SctpPacket& packet, uint32_t& size, uint32_t limit);
    void Transmit(SctpPacket& packet, Ptr<SctpPath> path, const Address& source = Address());
    void TransmitAsconf(SctpPacket& packet);
    void QueueControl(Ptr<SctpChunk> chunk);
    void HandleSack(Ptr<SctpChunk> chunk);
    void ProcessCumulativeAck(uint32_t cumTsn,
                              const std::vector<SctpGapAckBlock>& gaps,
                              uint32_t arwnd);
    void StartT3(Ptr<SctpPath> path, bool restart);
    void T3Expired(Ptr<SctpPath> path);
    void UpdatePeerRwnd(uint32_t arwnd);
    uint32_t ComputeFragmentationPoint() const;
    Ptr<SctpPath> PrimaryPath() const;
    Ptr<SctpPath> FindAlternate(Ptr<SctpPath> path) const;
    Ptr<SctpPath> ReplyPath(Ptr<SctpPath> path) const;
    void AddAddressParameters(SctpInitChunkBase& chunk) const;
    void AddPeerAddresses(const SctpInitChunkBase& chunk);
    SctpCcAssocInputs CcInputs() const;
    void NotifySendSpace();

    // --- ASCONF and mobility (sctp-association-asconf.cc) ---
    void SetupAsconf(bool peerSupports, uint32_t peerInitialTsn);
    void HandleAsconf(Ptr<SctpChunk> chunk, const Address& source);
    void HandleAsconfAck(Ptr<SctpChunk> chunk);
    /**
     * \brief Apply the outcome of each request of our ASCONF to the local address lists.
     * \param [in] sent the ASCONF
     * \param [in] failed whether the request of that correlation id was refused
     */
    void ApplyAsconfResults(Ptr<SctpAsconfChunk> sent, const std::function<bool(uint32_t)>& failed);
    Ptr<SctpErrorCause> ApplyAsconfRequest(Ptr<SctpParameter> request,
                                           const Address& address,
                                           const Address& source);
    void SendAsconf();
    void AsconfTimerExpired();
    void RemovePeerPath(Ptr<SctpPath> path);
    /// The peer's DELETE-IP of the wildcard (nat_friendly): every path but the one to \p keep.
    /// \param [in] keep the packet's source
    void DeletePeerAddressesExcept(const Address& keep);
    void ForgetDeletedPrimary();
    void StartPmtuRaise(Ptr<SctpPath> path);
    void PmtuRaiseExpired(Ptr<SctpPath> path);
    void AfterAddressAdded(const Address& address);
    void ImmediateRetransmit(Ptr<SctpPath> path);
    void MobilityOnNewPrimary(Ptr<SctpPath> primary);
    void SendToAddress(SctpPacket& packet, const Address& destination);
    Address ChooseSource(const Address& peer) const;

    // --- stream reset (sctp-association-reconfig.cc) ---
    void SetupReconfig(bool peerSupports, uint32_t peerInitialTsn);
    void HandleReconfig(Ptr<SctpChunk> chunk, const Address& source);
    uint32_t PerformReconfigRequest(Ptr<SctpParameter> request, Ptr<SctpParameter>& answer);
    uint32_t ProcessOutgoingResetRequest(Ptr<SctpParameter> request);
    uint32_t ProcessIncomingResetRequest(Ptr<SctpParameter> request);
    uint32_t ProcessAssocResetRequest(Ptr<SctpParameter> request, Ptr<SctpParameter>& answer);
    uint32_t ProcessAddStreamsRequest(Ptr<SctpParameter> request);
    uint32_t ProcessAddIncomingStreamsRequest(Ptr<SctpParameter> request);
    void HandleReconfigResponse(Ptr<SctpParameter> response);
    void ReconfigTimerExpired();
    void EndReconfigRequest(uint32_t seq);
    void SendResetRequestIfReady();
    void RestartTsns(uint32_t nextOut, uint32_t nextIn);
    bool IsReconfigBusy() const;

    // --- AUTH (sctp-association-auth.cc) ---
    void AddAuth(SctpPacket& packet);
    void ReleaseAuthKeys();
    void NotifyAuthKey(uint32_t indication, uint16_t id, uint16_t previous = 0);
    uint32_t AuthCost(const SctpPacket& packet, uint8_t type) const;
    void ApplyCookieAuth(const SctpStateCookie& cookie);
    bool CheckAuth(Ptr<SctpAuthChunk> auth,
                   const std::vector<Ptr<SctpChunk>>& after,
                   Ptr<const Packet> raw);

    bool SkipUnknownChunk(Ptr<SctpChunk> chunk, Ptr<const Packet> raw);
    bool HandleExtensionChunk(Ptr<SctpChunk> chunk, const Address& source, Ptr<const Packet> raw);
    bool AcceptHeader(const SctpPacket& packet,
                      const Address& source,
                      const Address& destination,
                      Ptr<const Packet> raw);

    // --- ECN (sctp-association-ecn.cc) ---
    void NoteCongestionExperienced(uint32_t highestTsn);
    void HandleEcnEcho(Ptr<SctpChunk> chunk);
    void HandleCwr(Ptr<SctpChunk> chunk);
    void AddEcnEcho(SctpPacket& packet, uint32_t& size);
    void AdvanceCwrWindows(uint32_t cumTsn);
    uint8_t OutgoingTos() const;

    // --- receiving (sctp-association-rx.cc) ---
    bool HandleData(Ptr<SctpChunk> chunk, const Address& source);
    void AfterDataPacket(bool immediate);
    Ptr<SctpSackChunk> BuildSack();
    void DelayedSackExpired();
    void SendSackNow();

    Ptr<SctpL4Protocol> m_l4;              //!< the protocol
    SctpAssocConfig m_config;              //!< tunables
    Callbacks m_callbacks;                 //!< upcalls
    TracedValue<State> m_state{CLOSED};    //!< state
    uint16_t m_localPort{0};               //!< our port
    uint16_t m_peerPort{0};                //!< peer's port
    uint32_t m_localTag{0};                //!< our verification tag
    uint32_t m_peerTag{0};                 //!< the peer's verification tag
    uint32_t m_localInitialTsn{0};         //!< our Initial TSN
    uint16_t m_outboundStreams{0};         //!< negotiated outbound streams
    uint16_t m_inboundStreams{0};          //!< negotiated inbound streams
    std::vector<Address> m_localAddresses; //!< our addresses (INIT/INIT-ACK parameters)
    std::vector<Ptr<SctpPath>> m_paths;    //!< paths; m_paths[m_primary] is the primary
    size_t m_primary{0};                   //!< index of the primary path
    Ptr<SctpPath> m_setupPath;             //!< where a COOKIE-ECHO goes again, if not the primary
    Ptr<SctpPath> m_t2Path;                //!< the path T2-shutdown runs on
    uint32_t m_errorCount{0};              //!< association error counter
    uint32_t m_initRetransmits{0};         //!< INIT / COOKIE-ECHO retransmissions
    EventId m_t1Timer;                     //!< T1-init / T1-cookie
    EventId m_t2Timer;                     //!< T2-shutdown
    EventId m_guardTimer;                  //!< T5 shutdown guard
    EventId m_sackTimer;                   //!< delayed SACK
    Ptr<SctpChunk> m_setupChunk;           //!< the INIT or COOKIE-ECHO being retried
    Ptr<SctpChunk> m_setupError;           //!< ERROR bundled with the COOKIE-ECHO
    Time m_setupSentTime;                  //!< when the INIT / COOKIE-ECHO was sent
    std::vector<Ptr<SctpChunk>> m_controlQueue; //!< control chunks waiting for output
    Ptr<SctpCookieSecret> m_cookieSecret;       //!< the endpoint's cookie secrets

    SctpSendQueue m_sendQueue;           //!< unsent messages
    SctpRetransmissionQueue m_rtxQueue;  //!< outstanding chunks
    uint64_t m_sendBuffered{0};          //!< user bytes queued or not yet cum-acked
    bool m_userOutput{false};            //!< output runs on the user's send call
    TracedValue<uint32_t> m_peerRwnd{0}; //!< peer's rwnd as estimated
    uint32_t m_peerArwnd{0};             //!< last a_rwnd received
    bool m_inFastRecovery{false};        //!< RFC 9260 §7.2.4 Fast Recovery
    uint32_t m_fastRecoveryExit{0};      //!< its exit point
    bool m_t3OnePacket{false};           //!< after T3 only one packet goes out

    SctpTsnTracker m_tracker;             //!< received TSNs
    SctpInboundStreams m_inbound;         //!< reassembly and ordering
    uint32_t m_dataPacketsSinceSack{0};   //!< packets with DATA since the last SACK
    bool m_sackNeeded{false};             //!< a SACK is owed immediately
    bool m_sackPending{false};            //!< the delayed SACK timer runs
    uint32_t m_lastAdvertisedRwnd{0};     //!< a_rwnd of the last SACK sent
    Ptr<SctpPath> m_lastDataPath;         //!< where the last DATA came from
    Time m_lastDataTime;                  //!< when DATA last left or arrived
    std::vector<uint8_t> m_receivedAbort; //!< the peer's ABORT chunk, for COMM_LOST
    uint16_t m_receivedAbortCause{0};     //!< its first cause code
    bool m_firstDataReceived{false};      //!< first DATA acknowledged at once

    TracedValue<uint64_t> m_deliveredBytes{0};           //!< user bytes handed to the application
    TracedCallback<uint32_t, bool> m_retransmitTrace;    //!< each retransmitted TSN
    TracedCallback<const Address&, Time> m_timeoutTrace; //!< each T3 expiry
    TracedCallback<uint32_t, bool> m_fastRecoveryTrace;  //!< enter (true) / leave FR
    TracedCallback<const SctpNotification&> m_notificationTrace; //!< every RFC 6458 event
    uint64_t m_retransmissions{0};                               //!< all retransmitted chunks

    bool m_peerAdaptation{false};     //!< the peer sent an Adaptation Layer Indication
    uint32_t m_peerAdaptationCode{0}; //!< its code point
    bool m_reconfigActive{false};     //!< RE-CONFIG usable (RFC 6525)
    uint32_t m_reconfigNextSeq{0};    //!< our next request sequence number
    uint32_t m_reconfigPeerSeq{0};    //!< the peer's last request performed

    /// Our RE-CONFIG request (RFC 6525), from the call that makes it until every request in
    /// it is answered; one at a time, as FreeBSD.
    struct ReconfigRequest
    {
        bool waiting{false};                         //!< not sent yet (SendResetRequestIfReady)
        bool outgoing{false};                        //!< Outgoing SSN Reset Request
        bool incoming{false};                        //!< Incoming SSN Reset Request
        bool assocReset{false};                      //!< SSN/TSN Reset Request
        std::vector<uint16_t> streams;               //!< the streams as given (empty: all)
        std::vector<uint16_t> held;                  //!< outgoing streams whose new messages wait
        uint16_t addOut{0};                          //!< Add Outgoing Streams Request
        uint16_t addIn{0};                           //!< Add Incoming Streams Request
        Ptr<SctpChunk> chunk;                        //!< as sent
        std::map<uint32_t, Ptr<SctpParameter>> open; //!< unanswered requests by sequence number
    };

    ReconfigRequest m_reconfig;                       //!< our request
    EventId m_reconfigTimer;                          //!< its retransmission timer
    std::deque<Ptr<SctpParameter>> m_reconfigAnswers; //!< our last two answers (FreeBSD)
    bool m_peerResetAsked{false};          //!< we asked the peer to reset its outgoing streams
    bool m_peerAddAsked{false};            //!< we asked the peer to add outgoing streams
    std::vector<Address> m_pendingDeletes; //!< auto_asconf: our last address, gone, to delete
    bool m_assocResetHold{false};    //!< the peer's SSN/TSN reset waits for our data to be acked
    EventId m_assocResetHoldTimer;   //!< ends the hold if the peer does not ask again
    bool m_asconfActive{false};      //!< ASCONF usable (RFC 5061)
    uint32_t m_asconfNextSerial{0};  //!< serial of our next ASCONF
    uint32_t m_asconfPeerSerial{0};  //!< serial of the peer's last ASCONF
    uint32_t m_asconfCorrelation{1}; //!< next ASCONF-Request Correlation ID
    std::vector<Ptr<SctpParameter>> m_asconfPending;   //!< requests not sent yet
    uint32_t m_asconfSendCount{0};                     //!< retransmissions of the one in flight
    Ptr<SctpChunk> m_asconfInFlight;                   //!< the ASCONF awaiting its ASCONF-ACK
    Ptr<SctpPath> m_asconfPath;                        //!< where it went last
    EventId m_asconfTimer;                             //!< its retransmission timer
    Ptr<SctpChunk> m_lastAsconfAck;                    //!< our answer to the peer's last ASCONF
    std::vector<Address> m_knownLocal;                 //!< our addresses the peer knows
    Ptr<SctpPath> m_deletedPrimary;                    //!< mobility: the primary the peer deleted
    EventId m_primDeletedTimer;                        //!< forget it after RTO.Initial
    SctpAuthEndpoint m_authLocal;                      //!< the AUTH parameters we announced
    SctpAuth m_auth;                                   //!< AUTH state (RFC 4895)
    bool m_ecnNegotiated{false};                       //!< both ends announced ECN
    Ptr<SctpEcneChunk> m_pendingEcnEcho;               //!< sent with every packet until a CWR
    bool m_ecnEchoThisPacket{false};                   //!< an ECN-Echo came before the SACK
    TracedCallback<uint32_t, uint32_t> m_ceTrace;      //!< CE-marked DATA packet received
    TracedCallback<uint32_t, uint32_t> m_ecnEchoTrace; //!< ECN-Echo received (sender side)
};

} // namespace ns3

#endif /* SCTP_ASSOCIATION_H */
