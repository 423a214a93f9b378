/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_RETRANSMISSION_QUEUE_H
#define SCTP_RETRANSMISSION_QUEUE_H

#include "ns3/nstime.h"
#include "ns3/ptr.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-data-chunk.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace ns3
{

class SctpPath;

/**
 * \ingroup sctp
 * \brief A DATA chunk that was sent and is not yet acknowledged by the cumulative TSN ack.
 */
struct SctpSentChunk
{
    /// Where the chunk stands.
    enum State : uint8_t
    {
        IN_FLIGHT,     //!< sent, counted in its path's flight size
        GAP_ACKED,     //!< reported received in a gap block (may be reneged)
        TO_RETRANSMIT, //!< marked for retransmission (fast or T3), out of flight
    };

    Ptr<SctpDataChunk> chunk;         //!< the chunk (TSN set)
    uint32_t bookSize{0};             //!< user data + chunk header: what flight and cwnd count
    Ptr<SctpPath> path;               //!< where it was last sent
    Time sentTime;                    //!< when it was last sent
    uint32_t sendCount{0};            //!< transmissions so far
    uint32_t missCount{0};            //!< miss indications (RFC 9260 §7.2.4)
    State state{IN_FLIGHT};           //!< state
    bool fastRetransmit{false};       //!< marked by fast retransmit (vs T3)
    bool wasFastRetransmitted{false}; //!< fast retransmitted once, or moved by T3: no (more) FR
    uint32_t context{0};              //!< the message's context (notifications)
    uint32_t cwndAtSend{0};           //!< its path's cwnd when last sent (ECN-Echo reaction)
};

/**
 * \ingroup sctp
 * \brief What one SACK did to one path.
 */
struct SctpPathAck
{
    Ptr<SctpPath> path;             //!< the path
    uint32_t netAck{0};             //!< bytes newly acknowledged that were sent on it
    uint32_t netAck2{0};            //!< of which never retransmitted (Karn)
    uint32_t newFastRetransmits{0}; //!< chunks newly marked for fast retransmit
    uint32_t leftFlight{0};         //!< bytes that left flight: acked, gap-acked or marked for FR
    bool sawNewAck{false};          //!< some TSN sent on it was newly acknowledged (SFR)
    uint32_t highestNewAck{0};      //!< the highest such TSN
    Time rttSample{0};              //!< RTT sample taken, 0 if none
};

/**
 * \ingroup sctp
 * \brief The outcome of SctpRetransmissionQueue::ProcessSack.
 */
struct SctpSackOutcome
{
    bool stale{false};                   //!< older than the current cumulative TSN ack: ignored
    bool cumMoved{false};                //!< the cumulative TSN ack point advanced
    uint32_t ackedBytes{0};              //!< user-data bytes newly acknowledged (cum or gap)
    uint32_t ackedChunks{0};             //!< chunks removed by the cumulative ack
    uint32_t cumAckedBytes{0};           //!< user-data bytes removed by the cumulative ack
    std::vector<SctpPathAck> paths;      //!< per path
    std::vector<uint32_t> ackedContexts; //!< contexts of fully acked message ends
    bool rttSampled{false};              //!< one path's record carries this SACK's RTT sample
};

/**
 * \ingroup sctp
 * \brief The sender's queue of outstanding DATA chunks, indexed by TSN: TSN assignment, SACK
 * processing (cumulative and gap acks, miss indications with HTNA, fast-retransmit marking),
 * T3 marking, and the order of retransmissions (RFC 9260 §6.2.1, §6.3.3, §7.2.4).
 *
 * Chunks are kept in a deque ordered by TSN, so lookup by TSN is an index computation.
 * Flight sizes of the paths are kept up to date here, the one place chunks change state.
 */
class SctpRetransmissionQueue
{
  public:
    /**
     * \param [in] initialTsn our Initial TSN
     */
    void Reset(uint32_t initialTsn);

    /// \return the TSN the next new chunk gets
    uint32_t GetNextTsn() const;

    /// \return the cumulative TSN acknowledged by the peer
    uint32_t GetCumTsnAcked() const;

    /**
     * \brief Give a new chunk its TSN and record it as sent.
     * \param [in] chunk the chunk
     * \param [in] path where it goes
     * \param [in] now the time
     * \param [in] context the message's context
     * \return the TSN
     */
    uint32_t AddSent(Ptr<SctpDataChunk> chunk, Ptr<SctpPath> path, Time now, uint32_t context);

    /// \return true if no chunk is outstanding
    bool IsEmpty() const;

    /// \return number of chunks outstanding
    uint32_t GetCount() const;

    /// \return bytes (book size) of chunks in flight or gap-acked, not marked for retransmission
    uint32_t GetOutstandingBytes() const;

    /// \return number of chunks counted by GetOutstandingBytes
    uint32_t GetOutstandingChunks() const;

    /// \return number of chunks marked for retransmission
    uint32_t GetRetransmitCount() const;

    /**
     * \brief Process a SACK's cumulative TSN ack and gap blocks.
     * \param [in] cumTsn the cumulative TSN ack
     * \param [in] gaps the gap ack blocks
     * \param [in] inFastRecovery whether the association is in fast recovery (miss indications)
     * \param [in] now the time (RTT samples)
     * \return what changed
     */
    SctpSackOutcome ProcessSack(uint32_t cumTsn,
                                const std::vector<SctpGapAckBlock>& gaps,
                                bool inFastRecovery,
                                Time now);

    /**
     * \brief RFC 9260 §6.3.3 E3 / FreeBSD §3.5: mark chunks sent on a path at least minAge ago.
     * \param [in] path the path whose T3 expired
     * \param [in] now the time
     * \param [in] minAge chunks younger than this stay in flight (FreeBSD: SRTT + 4 RTTVAR)
     * \param [in] to the path the marked chunks are to be retransmitted on (an alternate)
     * \return number of chunks marked
     */
    uint32_t MarkForT3(Ptr<SctpPath> path, Time now, Time minAge, Ptr<SctpPath> to);

    /**
     * \brief PMTU discovery (FreeBSD's sctp_pathmtu_adjustment): chunks in flight that are
     * larger than the new limit are marked for retransmission, without a congestion reaction.
     * \param [in] maxChunkBytes the largest chunk (header included) a packet can now carry
     * \return number of chunks marked
     */
    uint32_t MarkOversized(uint32_t maxChunkBytes);

    /**
     * \brief Send chunks marked for retransmission on one path to another (the first failed).
     * \param [in] from the failed path
     * \param [in] to the path that takes them
     */
    void MoveMarked(Ptr<SctpPath> from, Ptr<SctpPath> to);

    /**
     * \brief Every chunk last sent on a path now counts as sent on another (the path is
     * deleted); chunks in flight move their flight with them.
     * \param [in] from the path
     * \param [in] to the other
     */
    void MoveAll(Ptr<SctpPath> from, Ptr<SctpPath> to);

    /**
     * \param [in] path a path
     * \return true if a chunk sent on it is still in flight
     */
    bool HasInFlightOn(Ptr<SctpPath> path) const;

    /**
     * \param [in] fastOnly only chunks marked by fast retransmit
     * \param [in] path only chunks to be retransmitted on this path
     * \return the lowest-TSN chunk marked for retransmission, or nullptr
     */
    SctpSentChunk* NextRetransmit(bool fastOnly, const Ptr<SctpPath>& path);

    /**
     * \param [in] tsn a TSN
     * \return the outstanding chunk with that TSN, or nullptr (acknowledged or never sent)
     */
    const SctpSentChunk* FindSent(uint32_t tsn);

    /**
     * \brief A marked chunk was retransmitted: back in flight on a path.
     * \param [in,out] c the chunk
     * \param [in] path where it went
     * \param [in] now the time
     */
    void Retransmitted(SctpSentChunk* c, Ptr<SctpPath> path, Time now);

    /// \return the lowest outstanding chunk (window probe), or nullptr
    SctpSentChunk* GetLowest();

    /// \return the highest TSN handed to the network (next TSN − 1)
    uint32_t GetHighestTsnSent() const;

    /**
     * \return the chunks still outstanding (sent, not cumulatively acknowledged), lowest TSN
     * first
     */
    const std::deque<SctpSentChunk>& GetChunks() const;

    /**
     * \brief Forget every chunk (abort); flight sizes are cleared.
     * \return contexts of the dropped chunks
     */
    std::vector<uint32_t> Clear();

  private:
    /**
     * \param [in] tsn a TSN
     * \return its chunk, or nullptr if not outstanding
     */
    SctpSentChunk* Find(uint32_t tsn);

    /**
     * \param [in,out] outcome where the path's record is
     * \param [in] path the path
     * \return the path's record, created if needed
     */
    static SctpPathAck& PathRecord(SctpSackOutcome& outcome, const Ptr<SctpPath>& path);

    /**
     * \brief Account one newly acknowledged chunk (cumulative or gap) on its path's record.
     * \param [in,out] c the chunk
     * \param [in,out] out the SACK's outcome
     * \param [in] now the time, for the RTT sample
     */
    static void Acknowledge(SctpSentChunk& c, SctpSackOutcome& out, Time now);

    /**
     * \brief Take a chunk's bytes out of its path's flight.
     * \param [in,out] c the chunk
     */
    void LeaveFlight(SctpSentChunk& c);

    std::deque<SctpSentChunk> m_chunks; //!< outstanding chunks, TSN = m_cumTsn + 1 + index
    uint32_t m_cumTsn{0};               //!< cumulative TSN acked by the peer
    uint32_t m_nextTsn{0};              //!< next TSN to assign
    uint32_t m_outstandingBytes{0};     //!< see GetOutstandingBytes
    uint32_t m_outstandingChunks{0};    //!< see GetOutstandingChunks
    uint32_t m_retransmitCount{0};      //!< chunks marked for retransmission
};

} // namespace ns3

#endif /* SCTP_RETRANSMISSION_QUEUE_H */
