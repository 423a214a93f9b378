/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_PATH_H
#define SCTP_PATH_H

#include "ns3/address.h"
#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/sctp-congestion-ops.h"
#include "ns3/sctp-path-cc-state.h"
#include "ns3/sctp-rtt-estimator.h"
#include "ns3/traced-value.h"

namespace ns3
{

/**
 * \ingroup sctp
 * \brief One destination transport address of the peer: reachability, RTT/RTO, timers and the
 * congestion state of the path that leads there (RFC 9260 §8.2, FreeBSD's struct sctp_nets).
 *
 * The association owns its paths and drives them; the path keeps the per-destination numbers
 * and exposes them as trace sources.
 */
class SctpPath : public Object
{
  public:
    /// Reachability (RFC 9260 §8.2, RFC 7829).
    enum State
    {
        ACTIVE,             //!< reachable
        POTENTIALLY_FAILED, //!< RFC 7829 PF
        INACTIVE,           //!< unreachable
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpPath();
    ~SctpPath() override;

    /**
     * \brief Prepare the path.
     * \param [in] peer the peer address
     * \param [in] local our source address towards it
     * \param [in] mtu the path MTU (including the IP header)
     * \param [in] rtt RTO parameters
     * \param [in] cc the congestion control module of this path
     */
    void Setup(const Address& peer,
               const Address& local,
               uint32_t mtu,
               const SctpRttEstimator::Config& rtt,
               Ptr<SctpCongestionOps> cc);

    /// \return the peer address
    const Address& GetPeerAddress() const;

    /// \return our source address on this path
    const Address& GetLocalAddress() const;

    /**
     * \brief The source address changes (our address was deleted with ASCONF).
     * \param [in] local the new source address
     */
    void SetLocalAddress(const Address& local);

    /// \return the path MTU including the IP header
    uint32_t GetMtu() const;

    /**
     * \param [in] mtu a new path MTU (including the IP header)
     */
    void SetMtu(uint32_t mtu);

    /// \return IP header size of this path's family (20 or 40)
    uint32_t GetIpHeaderSize() const;

    /// \return the largest SCTP packet (common header included) this path carries
    uint32_t GetMaxSctpPacketSize() const;

    /// \return the congestion state
    Ptr<SctpPathCcState> GetCcState() const;

    /// \return the congestion control module
    Ptr<SctpCongestionOps> GetCongestionOps() const;

    /**
     * \param [in] cc a new congestion control module (SCTP_PLUGGABLE_CC)
     */
    void SetCongestionOps(Ptr<SctpCongestionOps> cc);

    /// \return the RTT estimator
    SctpRttEstimator& GetRttEstimator();

    /// \return the current RTO (RTO.Initial while unmeasured)
    Time GetRto() const;

    /**
     * \brief Feed an RTT sample (Karn's rule is the caller's job).
     * \param [in] rtt the sample
     * \param [in] fromData true for a DATA sample: only those reach the congestion control's
     *                      RTT hook, and the first one decides whether the path is a LAN
     *                      (FreeBSD's 900 us SCTP_LOCAL_LAN_RTT)
     */
    void AddRttSample(Time rtt, bool fromData = false);

    /// Double the RTO after a timeout, capped at RTO.Max unless \p capped is false.
    /// \param [in] capped whether RTO.Max applies
    void BackoffRto(bool capped = true);

    /// Recompute the RTO from SRTT/RTTVAR (undo back-off after new data was acknowledged).
    void RestoreRto();

    /// \return bytes in flight on this path
    uint32_t GetFlightSize() const;

    /**
     * \param [in] bytes add to the bytes in flight
     */
    void AddFlight(uint32_t bytes);

    /**
     * \param [in] bytes remove from the bytes in flight (floored at 0)
     */
    void RemoveFlight(uint32_t bytes);

    /// \return the congestion window
    uint32_t GetCwnd() const;

    /// \return the reachability state
    State GetState() const;

    /**
     * \param [in] state new reachability state
     */
    void SetState(State state);

    /// \return true once a HEARTBEAT-ACK (or the handshake) confirmed the address
    bool IsConfirmed() const;

    /**
     * \param [in] confirmed whether the address is confirmed
     */
    void SetConfirmed(bool confirmed);

    uint32_t m_errorCount{0};        //!< consecutive timeouts (RFC 9260 §8.2)
    EventId m_t3Timer;               //!< T3-rtx
    EventId m_heartbeatTimer;        //!< HEARTBEAT
    EventId m_pmtuRaiseTimer;        //!< FreeBSD's PATHMTURAISE: try the next MTU plateau
    bool m_heartbeatResponded{true}; //!< last HEARTBEAT answered
    bool m_rttPending{false};        //!< a DATA chunk carries the RTT measurement
    uint32_t m_rttTsn{0};            //!< its TSN
    Time m_lastSendTime;             //!< last DATA or HEARTBEAT sent here
    Time m_heartbeatInterval;        //!< HB.interval of this path
    uint64_t m_heartbeatNonce{0};    //!< nonce of the last HEARTBEAT, echoed to confirm
    bool m_heartbeatEnabled{true};   //!< SPP_HB_ENABLE / SPP_HB_DISABLE
    bool m_pmtudEnabled{true};       //!< SPP_PMTUD_ENABLE / SPP_PMTUD_DISABLE
    uint32_t m_pathMaxRxt{5};        //!< Path.Max.Retrans of this path
    uint32_t m_cwrWindowTsn{0};      //!< ECN: echoes up to this TSN fall in the reduced window
    uint32_t m_lastCwrTsn{0};        //!< ECN: TSN of the last echo reacted to
    uint32_t m_ecnLostCount{0};      //!< ECN: packet count of that echo
    uint64_t m_ecnCePackets{0};      //!< ECN: CE-marked packets reported by the peer
    bool m_firstDataRttTaken{false}; //!< the first DATA RTT sample set the LAN flag
    bool m_requestedPrimary{false};  //!< the peer asked for it as primary before confirmation

  private:
    /// Mirror the estimator into the trace sources.
    void UpdateRttTraces();

    Address m_peer;                       //!< peer address
    Address m_local;                      //!< our address
    uint32_t m_mtu{1500};                 //!< path MTU
    SctpRttEstimator m_rtt;               //!< SRTT/RTTVAR/RTO
    Ptr<SctpPathCcState> m_cc;            //!< congestion state
    Ptr<SctpCongestionOps> m_ccOps;       //!< congestion control module
    bool m_confirmed{false};              //!< address confirmed
    TracedValue<Time> m_rto;              //!< trace of the RTO
    TracedValue<Time> m_srtt;             //!< trace of SRTT
    TracedValue<uint32_t> m_flight{0};    //!< bytes in flight
    TracedValue<int32_t> m_state{ACTIVE}; //!< State
};

} // namespace ns3

#endif /* SCTP_PATH_H */
