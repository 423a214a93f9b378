/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_CONGESTION_OPS_H
#define SCTP_CONGESTION_OPS_H

#include "sctp-cc-assoc-inputs.h"
#include "sctp-path-cc-state.h"

#include "ns3/object.h"
#include "ns3/ptr.h"
#include "ns3/type-id.h"

#include <cstdint>
#include <string>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Pluggable SCTP congestion control, one instance per path.
 *
 * The hooks are those of FreeBSD's congestion-control module table (sctp_cc_functions.c),
 * so HighSpeed, H-TCP and RTCC plug in by overriding them. Where FreeBSD runs one hook over
 * all destinations, the association calls the hook of each path in its path-list order; a
 * hook sees its own path's SctpPathCcState, the association's values through
 * SctpCcAssocInputs, and nothing else. Per-path algorithm state (H-TCP's, RTCC's) lives in
 * the subclass instance, which is why there is one instance per path.
 *
 * The association is responsible for when a hook is called (the caller rules of the FreeBSD
 * reference, §1.0); the hook is responsible for what happens to cwnd, ssthresh and
 * partial_bytes_acked.
 */
class SctpCongestionOps : public Object
{
  public:
    /// Module numbers of sysctl default_cc_module and the SCTP_PLUGGABLE_CC option.
    enum ModuleId : uint32_t
    {
        MODULE_DEFAULT = 0, ///< RFC 2581 / RFC 4960 (SCTP_CC_RFC2581)
        MODULE_HSTCP = 1,   ///< HighSpeed TCP (SCTP_CC_HSTCP)
        MODULE_HTCP = 2,    ///< H-TCP (SCTP_CC_HTCP)
        MODULE_RTCC = 3,    ///< RTT-variance / DCCC (SCTP_CC_RTCC)
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpCongestionOps();

    /**
     * \brief Copy constructor, used by Fork().
     * \param [in] other the instance to copy
     */
    SctpCongestionOps(const SctpCongestionOps& other);

    ~SctpCongestionOps() override;

    /**
     * \brief The TypeId name that implements a module number.
     *
     * The only place where module numbers meet class names.
     * \param [in] id module number (0..3)
     * \return the TypeId name, or an empty string when id is not a module number
     */
    static std::string TypeNameForModule(uint32_t id);

    /**
     * \brief Find the TypeId of a module number, without failing.
     *
     * For the socket option path, which must answer a bad value with an error.
     * \param [in] id module number
     * \param [out] tid the TypeId when found
     * \return true if id is a module number and its class is built into the library
     */
    static bool LookupModule(uint32_t id, TypeId& tid);

    /**
     * \brief The TypeId of a module number; a fatal error when there is none.
     *
     * A module number whose class does not exist yet is an error naming the module, never a
     * silent fallback to the default.
     * \param [in] id module number (0..3)
     * \return the TypeId of the module's class
     */
    static TypeId TypeIdForModule(uint32_t id);

    /**
     * \brief Apply the SCTP_MAX_CWND limit: a cwnd above maxCwnd (and above MTU - 12) is
     * brought down to maxCwnd, but never below MTU - 12.
     * \param [in] path the path's congestion state
     * \param [in] maxCwnd the limit in bytes; 0 means unlimited
     */
    static void EnforceCwndLimit(Ptr<SctpPathCcState> path, uint32_t maxCwnd);

    /**
     * \brief The algorithm's name.
     * \return the name
     */
    virtual std::string GetName() const = 0;

    /**
     * \brief Copy this algorithm with its per-path state, for a forked association.
     * \return a new instance
     */
    virtual Ptr<SctpCongestionOps> Fork() = 0;

    /**
     * \brief Set cwnd and ssthresh of a new path, or of every path when the module is
     * (re)selected.
     * \param [in] path the path's congestion state (MTU set)
     * \param [in] assoc association values (peerRwnd, initialCwnd, maxBurst, cmtOnOff,
     *             numPaths including this path, maxCwnd)
     */
    virtual void SetInitialParameters(Ptr<SctpPathCcState> path,
                                      const SctpCcAssocInputs& assoc) = 0;

    /**
     * \brief Grow cwnd for the bytes a SACK newly acknowledged on this path.
     *
     * Called once per path per SACK, after gap-ack processing, unless an ECN-Echo preceded
     * the SACK in the same packet.
     * \param [in] path the path's congestion state (m_netAck, m_flightSize filled)
     * \param [in] assoc association values (inFastRecovery, willExitFastRecovery, accumMoved,
     *             abcLVar, maxCwnd, cmtOnOff, paths)
     */
    virtual void UpdateAfterSack(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) = 0;

    /**
     * \brief Reset the window of a path leaving the Potentially-Failed state.
     * \param [in] path the path's congestion state
     * \param [in] assoc association values
     */
    virtual void UpdateOnExitPf(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) = 0;

    /**
     * \brief Reduce the window of a path on which this SACK started fast retransmissions.
     *
     * Called once per path per slow-path SACK after the strike procedure, with m_netAck
     * counting the TSNs newly marked for fast retransmission on this path.
     * \param [in] path the path's congestion state
     * \param [in] assoc association values (inFastRecovery as updated by earlier paths of the
     *             same SACK, cmtOnOff, maxCwnd, paths)
     * \return true if the window was reduced: the association then enters fast recovery and
     *         restarts this path's T3-rtx timer
     */
    virtual bool UpdateAfterFastRetransmit(Ptr<SctpPathCcState> path,
                                           const SctpCcAssocInputs& assoc) = 0;

    /**
     * \brief Collapse the window after a T3-rtx expiry that marked data for retransmission.
     * \param [in] path the path whose timer expired
     * \param [in] assoc association values (cmtOnOff, paths)
     */
    virtual void UpdateAfterTimeout(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc) = 0;

    /**
     * \brief React to an ECN-Echo for data sent on this path.
     * \param [in] path the path's congestion state (m_ecnPrevCwnd filled)
     * \param [in] assoc association values
     * \param [in] inWindow true if this echo falls in a window already reacted to
     * \param [in] numPktLost CE-marked packets the echo reports (beyond those already seen)
     * \return true if the path's RTO must be doubled (the association owns the RTO)
     */
    virtual bool UpdateAfterEcnEcho(Ptr<SctpPathCcState> path,
                                    const SctpCcAssocInputs& assoc,
                                    bool inWindow,
                                    uint32_t numPktLost) = 0;

    /**
     * \brief Adapt the window to a middle box's PKTDROP report of its bottleneck.
     *
     * Called only for reports with the M bit, on satellite associations outside T3 loss
     * recovery.
     * \param [in] path the path the report came from (m_rttUs, m_prevCwnd filled)
     * \param [in] assoc association values (seenSackThisPacket, maxBurst, maxCwnd)
     * \param [in] bottleBw the report's bottleneck bandwidth (bytes per second)
     * \param [in] onQueue the report's bytes queued at the bottleneck
     */
    virtual void UpdateAfterPacketDropped(Ptr<SctpPathCcState> path,
                                          const SctpCcAssocInputs& assoc,
                                          uint32_t bottleBw,
                                          uint32_t onQueue) = 0;

    /**
     * \brief Max burst by clamping cwnd (sysctl cwnd_maxburst = 1), before new data is sent.
     *
     * Called for every reachable path; does nothing unless burstLimit > 0 and
     * flight + burstLimit * MTU < cwnd.
     * \param [in] path the path's congestion state
     * \param [in] assoc association values (maxCwnd)
     * \param [in] burstLimit the association's max burst in packets
     * \return true if cwnd was clamped
     */
    virtual bool UpdateAfterOutput(Ptr<SctpPathCcState> path,
                                   const SctpCcAssocInputs& assoc,
                                   uint32_t burstLimit) = 0;

    /**
     * \brief A packet with new data was sent on this path. Default: nothing.
     * \param [in] path the path's congestion state
     */
    virtual void PacketTransmitted(Ptr<SctpPathCcState> path);

    /**
     * \brief A chunk sent on this path left the flight: acked, gap-acked or marked for fast
     * retransmission. Default: nothing.
     * \param [in] path the path's congestion state
     * \param [in] sendSize the chunk's size (payload and DATA chunk header)
     */
    virtual void TsnAcknowledged(Ptr<SctpPathCcState> path, uint32_t sendSize);

    /**
     * \brief A SACK is about to be processed; called after SctpPathCcState::ResetForSack.
     * Default: nothing.
     * \param [in] path the path's congestion state
     */
    virtual void PrepareForSack(Ptr<SctpPathCcState> path);

    /**
     * \brief An RTT sample from DATA was taken on this path (m_rttUs updated). Default:
     * nothing.
     * \param [in] path the path's congestion state
     */
    virtual void RttCalculated(Ptr<SctpPathCcState> path);

    /**
     * \brief The path's flight drained to zero and new data is about to be sent on it.
     * Default: nothing.
     * \param [in] path the path's congestion state
     * \param [in] assoc association values (initialCwnd, maxBurst, maxCwnd)
     */
    virtual void NewTransmissionBegins(Ptr<SctpPathCcState> path, const SctpCcAssocInputs& assoc);

    /**
     * \brief Whether the module has SCTP_CC_OPTION options at all (FreeBSD answers ENOTSUP for
     * a module without, EINVAL for an unknown option of a module with options).
     * \return false by default
     */
    virtual bool HasOptions() const;

    /**
     * \brief Set a module-specific option (SCTP_CC_OPTION). Default: no options.
     * \param [in] option the option name (SCTP_CC_OPT_*)
     * \param [in] value the new value
     * \return false if this module has no such option or refuses the value
     */
    virtual bool SetOption(uint32_t option, uint32_t value);

    /**
     * \brief Read a module-specific option (SCTP_CC_OPTION). Default: no options.
     * \param [in] option the option name (SCTP_CC_OPT_*)
     * \param [out] value the current value when found
     * \return false if this module has no such option
     */
    virtual bool GetOption(uint32_t option, uint32_t& value) const;
};

} // namespace ns3

#endif /* SCTP_CONGESTION_OPS_H */
