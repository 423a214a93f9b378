/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_INBOUND_STREAMS_H
#define SCTP_INBOUND_STREAMS_H

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace ns3
{

class SctpDataChunk;
class SctpIDataChunk;

/**
 * \ingroup sctp
 * \brief One received DATA or I-DATA chunk, as the receive side needs it.
 *
 * A plain struct so that both chunk types feed SctpInboundStreams. The association fills it after
 * the TSN tracker has accepted the TSN as new.
 */
struct SctpReceivedFragment
{
    uint32_t tsn{0};      //!< TSN of the chunk
    uint16_t streamId{0}; //!< stream identifier
    uint32_t ssnOrMid{0}; //!< DATA: the SSN (16 bits); I-DATA: the MID (32 bits)
    uint32_t fsn{0};   //!< I-DATA: the FSN; the B fragment is FSN 0 whatever is given. DATA: unused
    uint32_t ppid{0};  //!< payload protocol identifier (I-DATA: carried by the B fragment only)
    bool begin{false}; //!< B bit: first fragment
    bool end{false};   //!< E bit: last fragment
    bool unordered{false};     //!< U bit
    std::vector<uint8_t> data; //!< the user data

    /**
     * \param [in] chunk a parsed DATA chunk
     * \return its fields (the user data is copied)
     */
    static SctpReceivedFragment FromChunk(const SctpDataChunk& chunk);

    /**
     * \param [in] chunk a parsed I-DATA chunk
     * \return its fields (the user data is copied)
     */
    static SctpReceivedFragment FromChunk(const SctpIDataChunk& chunk);
};

/**
 * \ingroup sctp
 * \brief A message (or, during partial delivery, a piece of one) ready for the application.
 *
 * The pieces of a partially delivered message follow each other in the delivery queue with
 * nothing in between; all but the last have complete == false (RFC 6458 partial delivery: no
 * MSG_EOR until the end).
 */
struct SctpDeliveredMessage
{
    uint16_t streamId{0};      //!< stream identifier
    uint32_t ssnOrMid{0};      //!< SSN (DATA) or MID (I-DATA) as received
    uint32_t ppid{0};          //!< payload protocol identifier of the first fragment
    uint32_t tsn{0};           //!< TSN of the first fragment of the message
    bool unordered{false};     //!< sent unordered
    bool complete{true};       //!< the E fragment is in this piece: the message ends here
    std::vector<uint8_t> data; //!< the user data of this piece
};

/**
 * \ingroup sctp
 * \brief Which partial delivery a FORWARD-TSN cut short (RFC 6458 SCTP_PARTIAL_DELIVERY_ABORTED).
 */
struct SctpPartialDeliveryAbort
{
    uint16_t streamId{0};  //!< stream of the message
    uint32_t ssnOrMid{0};  //!< its SSN or MID
    bool unordered{false}; //!< whether it was unordered
};

/**
 * \ingroup sctp
 * \brief The inbound streams of an association: reassembly, per-stream ordering, partial delivery.
 *
 * Receive() takes each new user-data chunk. Fragments are gathered into messages (RFC 9260 §6.9:
 * for DATA, a message is a run of consecutive TSNs from a B to an E fragment, and ordered
 * fragments share the SSN; RFC 8260: for I-DATA, fragments share the MID and are numbered by
 * FSN). An unordered message is delivered as soon as it is complete; an ordered one when it is
 * complete and every message before it on its stream has been delivered (RFC 9260 §6.5, §6.6).
 * Delivered messages wait in a queue the association drains with Pop().
 *
 * Partial delivery (RFC 6458 §8.1.21, freebsd-behaviour.md §5.7): when the contiguous start of a
 * message that is next in line (ordered) or any unordered one reaches the partial delivery point,
 * that start is delivered with complete == false and the rest follows as it arrives. One partial
 * delivery at a time per association, and fragment interleave level 0 semantics: until the
 * message ends, whatever else becomes deliverable is held back, so its pieces are consecutive in
 * the queue. (FreeBSD's default level 1 differs from 0 only across the associations of a
 * one-to-many socket, so within one association the two are the same.) StartPartialDelivery()
 * forces one regardless of the point when the receive buffer is full of fragments (RFC 9260 §6.9).
 *
 * For a_rwnd the association subtracts GetHeldBytes() (plus FreeBSD's 256-byte charge per
 * GetHeldChunks()) and GetQueuedBytes() from its receive buffer.
 *
 * Containers are per stream and sorted by message, with fragments sorted inside their message;
 * the common in-order arrival appends, and single-chunk messages that can be delivered at once
 * never enter a container. Work per chunk is proportional to the chunk plus a binary search.
 * All TSNs held must lie within 2^31 of each other, which the TSN tracker's window guarantees.
 */
class SctpInboundStreams
{
  public:
    /// Outcome of Receive().
    enum class Result
    {
        ACCEPTED,          //!< the fragment is held or delivered
        INVALID_STREAM,    //!< stream id not below the number of inbound streams: the association
                           //!< acknowledges the TSN, sends an Invalid Stream Identifier error
                           //!< and discards the chunk (RFC 9260 §6.5)
        PROTOCOL_VIOLATION //!< inconsistent with what is held (a second B, a fragment past the E,
                           //!< an ordered SSN/MID already delivered, an I-DATA FSN 0 without B):
                           //!< the fragment is discarded; FreeBSD aborts the association
    };

    SctpInboundStreams();
    ~SctpInboundStreams();

    SctpInboundStreams(const SctpInboundStreams&) = delete;
    SctpInboundStreams& operator=(const SctpInboundStreams&) = delete;

    /**
     * \brief Start over with empty streams.
     * \param [in] numStreams number of inbound streams (min of our MIS and the peer's OS)
     * \param [in] interleaved true when I-DATA was negotiated (RFC 8260): MID/FSN instead of
     *             SSN/TSN reassembly
     */
    void Reset(uint16_t numStreams, bool interleaved);

    /// \return the number of inbound streams
    uint16_t GetNumStreams() const;

    /// \return true when reassembling I-DATA
    bool IsInterleaved() const;

    /**
     * \brief Add inbound streams, numbered after the existing ones (RFC 6525 Add Incoming Streams).
     * \param [in] count how many; the total is capped at 65535
     */
    void AddStreams(uint16_t count);

    /**
     * \brief Set the partial delivery point (FreeBSD: min(rcvbuf / 2,
     * SCTP_PARTIAL_DELIVERY_POINT)). \param [in] bytes contiguous bytes of one message that start a
     * partial delivery
     */
    void SetPartialDeliveryPoint(uint32_t bytes);

    /// \return the partial delivery point in bytes
    uint32_t GetPartialDeliveryPoint() const;

    /**
     * \brief Take a received DATA or I-DATA fragment whose TSN is new.
     * \param [in] fragment the fragment (its bytes are moved in)
     * \return what became of it
     */
    Result Receive(SctpReceivedFragment fragment);

    /// \return true if a message or piece is waiting for the application
    bool HasMessage() const;

    /**
     * \return the next message or piece for the application
     * \pre HasMessage()
     */
    const SctpDeliveredMessage& Front() const;

    /**
     * \brief Remove the next message or piece.
     * \return it
     * \pre HasMessage()
     */
    SctpDeliveredMessage Pop();

    /// \return user-data bytes held in reassembly and stream queues, not yet deliverable
    std::size_t GetHeldBytes() const;

    /// \return number of fragments (chunks) those bytes came in, for FreeBSD's per-chunk charge
    std::size_t GetHeldChunks() const;

    /// \return bytes delivered and not yet popped, including messages held back behind a partial
    ///         delivery
    std::size_t GetQueuedBytes() const;

    /// \return number of messages or pieces counted in GetQueuedBytes()
    std::size_t GetQueuedCount() const;

    /// \return the message being partially delivered, if one is
    std::optional<SctpPartialDeliveryAbort> GetRunningPartialDelivery() const;

    /// \return messages or pieces ever made readable (never decreases)
    uint64_t GetReadyTotal() const;

    /// \return messages or pieces ever taken with Pop (never decreases)
    uint64_t GetTakenTotal() const;

    /// \return true while a partially delivered message has not ended
    bool IsPartialDeliveryActive() const;

    /**
     * \brief Start a partial delivery whatever the point: the receive buffer is full.
     *
     * Picks the message with the longest contiguous start among those eligible (next in line on
     * its stream, or unordered).
     * \return false if a partial delivery is already running or nothing is eligible
     */
    bool StartPartialDelivery();

    /**
     * \brief FORWARD-TSN stream entry, or I-FORWARD-TSN entry with U = 0 (RFC 3758 §3.6,
     * RFC 8260 §2.3.1): skip the stream's ordered messages up to and including ssnOrMid.
     *
     * Complete messages up to it are delivered in order, incomplete ones are discarded, the next
     * expected SSN/MID becomes ssnOrMid + 1 and whatever is then in sequence is delivered. An
     * entry at or behind the stream's position, or for a stream that does not exist, is ignored.
     * \param [in] streamId the stream
     * \param [in] ssnOrMid the last skipped SSN or MID
     * \return the partial delivery this cut short, if any
     */
    std::optional<SctpPartialDeliveryAbort> SkipOrdered(uint16_t streamId, uint32_t ssnOrMid);

    /**
     * \brief I-FORWARD-TSN entry with U = 1 (RFC 8260 §2.3.1): discard that unordered message.
     * \param [in] streamId the stream
     * \param [in] mid its MID
     * \return the partial delivery this cut short, if any
     */
    std::optional<SctpPartialDeliveryAbort> SkipUnordered(uint16_t streamId, uint32_t mid);

    /**
     * \brief FORWARD-TSN, DATA only: discard incomplete messages abandoned below a new cumulative
     * TSN (unordered ones are not listed in the chunk, RFC 3758 §3.6).
     *
     * A message is abandoned when a TSN it still misses is at or below newCumTsn: that TSN will
     * never come. Complete ordered messages waiting for their turn are kept. Nothing is done for
     * I-DATA, whose I-FORWARD-TSN names every abandoned message.
     * \param [in] newCumTsn the cumulative TSN after the FORWARD-TSN
     * \return the partial delivery this cut short, if any
     */
    std::optional<SctpPartialDeliveryAbort> DiscardUpToTsn(uint32_t newCumTsn);

    /**
     * \param [in] streamId a stream
     * \return the next SSN (or MID) expected for ordered delivery on it (0 if no such stream)
     */
    uint32_t GetNextSequence(uint16_t streamId) const;

    /**
     * \brief RFC 6525 incoming SSN reset: the streams' sequences start again at 0.
     * \param [in] streams the streams
     * \return false (nothing done, on any stream) if one does not exist or still holds
     *         fragments; the association then answers "in progress" and retries
     */
    bool ResetStreamSequences(const std::vector<uint16_t>& streams);

  private:
    struct Message;
    struct Stream;

    /**
     * \param [in] id an SSN or MID
     * \param [in] next the stream's next expected one
     * \return how far id is ahead of next, in the SSN (16-bit) or MID (32-bit) space
     */
    uint32_t SeqOffset(uint32_t id, uint32_t next) const;

    /// \return the first SSN/MID value that counts as behind (half the space)
    uint32_t SeqHalf() const;

    /**
     * \param [in] id an SSN or MID
     * \return id + 1 in its space
     */
    uint32_t SeqNext(uint32_t id) const;

    /**
     * \brief Put a fragment into an ordered message, creating the message if needed.
     * \param [in] streamId the stream
     * \param [in] key the fragment's TSN (DATA) or FSN (I-DATA)
     * \param [in] fragment the fragment
     * \return the result
     */
    Result ReceiveOrdered(uint16_t streamId, uint32_t key, SctpReceivedFragment& fragment);

    /**
     * \brief Put an unordered I-DATA fragment into its message (found by MID).
     * \param [in] streamId the stream
     * \param [in] key the FSN
     * \param [in] fragment the fragment
     * \return the result
     */
    Result ReceiveUnorderedById(uint16_t streamId, uint32_t key, SctpReceivedFragment& fragment);

    /**
     * \brief Put an unordered DATA fragment into its run of consecutive TSNs, merging runs.
     * \param [in] streamId the stream
     * \param [in] fragment the fragment
     * \return the result
     */
    Result ReceiveUnorderedRun(uint16_t streamId, SctpReceivedFragment& fragment);

    /**
     * \brief Deliver what the head of a stream's ordered queue allows; maybe start a partial
     * delivery there.
     * \param [in] streamId the stream
     */
    void DeliverOrdered(uint16_t streamId);

    /**
     * \brief Deliver an unordered message if complete, or its start if partial delivery applies.
     * \param [in] streamId the stream
     * \param [in] index the message's position in the stream's unordered list
     */
    void DeliverUnordered(uint16_t streamId, std::size_t index);

    /**
     * \brief Whether a message that cannot be delivered whole should start a partial delivery.
     *
     * If a partial delivery is already running, the stream is remembered for when it ends.
     * \param [in] streamId the stream
     * \param [in] msg the message
     * \param [in] force ignore the partial delivery point
     * \return true if the partial delivery is started (the caller then hands out the start)
     */
    bool ShouldStartPartialDelivery(uint16_t streamId, const Message& msg, bool force);

    /**
     * \brief Hand out the contiguous start of a message.
     * \param [in] streamId the stream
     * \param [in] msg the message
     * \return true if that included the E fragment
     */
    bool HandOut(uint16_t streamId, Message& msg);

    /**
     * \brief Append a message or piece to the delivery queue, or hold it back behind a partial
     * delivery.
     * \param [in] delivered the message or piece
     * \param [in] partOfPartialDelivery it belongs to the running partial delivery
     */
    void Enqueue(SctpDeliveredMessage delivered, bool partOfPartialDelivery);

    /// The running partial delivery ended (or was aborted): release what was held back.
    void EndPartialDelivery();

    /// Look again at the streams that wanted a partial delivery while another one ran.
    void RecheckWaiting();

    /**
     * \brief Drop a message's fragments.
     * \param [in] streamId its stream
     * \param [in] msg the message
     * \param [out] aborted set if the message was the running partial delivery
     */
    void Discard(uint16_t streamId, Message& msg, std::optional<SctpPartialDeliveryAbort>& aborted);

    bool m_interleaved{false};                   //!< I-DATA reassembly
    uint32_t m_pdPoint{UINT32_MAX};              //!< partial delivery point in bytes
    std::vector<Stream> m_streams;               //!< the inbound streams
    std::deque<SctpDeliveredMessage> m_ready;    //!< delivered, waiting for the application
    std::deque<SctpDeliveredMessage> m_deferred; //!< deliverable, held behind a partial delivery
    std::size_t m_heldBytes{0};                  //!< bytes in messages not yet deliverable
    std::size_t m_heldChunks{0};                 //!< fragments in messages not yet deliverable
    std::size_t m_queuedBytes{0};                //!< bytes in m_ready and m_deferred
    const Message* m_pdMessage{nullptr};         //!< the message being partially delivered
    std::vector<uint16_t> m_pdWaiting;           //!< streams with a message past the point, waiting
    bool m_recheck{false};                       //!< a partial delivery ended: look at m_pdWaiting
    uint64_t m_readyTotal{0};                    //!< pieces ever made readable
    SctpPartialDeliveryAbort m_pdWhich;          //!< which message m_pdMessage is
    uint64_t m_takenTotal{0};                    //!< pieces ever taken
};

} // namespace ns3

#endif /* SCTP_INBOUND_STREAMS_H */
