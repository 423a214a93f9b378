/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SEND_QUEUE_H
#define SCTP_SEND_QUEUE_H

#include "ns3/nstime.h"
#include "ns3/sctp-data-chunk.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief One user message waiting to be sent, with its send parameters.
 */
struct SctpOutboundMessage
{
    std::shared_ptr<std::vector<uint8_t>> data; //!< the bytes (grows while the message is open)
    uint16_t streamId{0};                       //!< stream
    uint32_t ppid{0};                           //!< payload protocol identifier
    bool unordered{false};                      //!< U bit
    bool sackImmediately{false};                //!< set the I bit on the last fragment
    uint32_t context{0};                        //!< returned in send-failed notifications
    Time expiry{0};                             //!< PR-SCTP TTL deadline, 0 = reliable
    uint32_t offset{0};                         //!< bytes already cut into chunks
    uint16_t ssn{0};     //!< stream sequence number (ordered), fixed at the first fragment
    bool complete{true}; //!< false while SCTP_EXPLICIT_EOR still adds to it
};

/**
 * \ingroup sctp
 * \brief The outbound streams: per-stream FIFO queues of messages, the stream scheduler, and
 * fragmentation of messages into DATA chunks at the fragmentation point (RFC 9260 §6.9).
 *
 * Streams are served round-robin in the order they became non-empty (FreeBSD's default
 * scheduler, module 0). Without I-DATA, once a message's first fragment is taken the scheduler
 * stays on that stream until the message is complete. A message still open under
 * SCTP_EXPLICIT_EOR is cut only in full fragmentation-point pieces until its end is known.
 */
class SctpSendQueue
{
  public:
    /**
     * \param [in] streams the number of outbound streams negotiated
     * \return messages queued on streams beyond that number, removed (to report as failed)
     */
    std::vector<SctpOutboundMessage> SetStreamCount(uint16_t streams);

    /// \return the number of outbound streams
    uint16_t GetStreamCount() const;

    /**
     * \param [in] fragPoint the largest user data per chunk; an open message is only cut in
     *            pieces of this size
     */
    void SetFragmentationPoint(uint32_t fragPoint);

    /**
     * \brief Queue a message, or add to the stream's open message (SCTP_EXPLICIT_EOR).
     * \param [in] msg the message (streamId must be below the stream count); if the stream's
     *            last message is still open, msg's bytes extend it and msg.complete closes it
     */
    void Enqueue(SctpOutboundMessage msg);

    /// \return true if nothing waits to be sent
    bool IsEmpty() const;

    /// \return bytes of user data waiting (not yet cut into chunks)
    uint64_t GetQueuedBytes() const;

    /// \return number of messages waiting
    uint32_t GetQueuedMessages() const;

    /// \return size of the user data the next call to Next would put in a chunk; 0 if no
    /// stream has anything ready to cut
    uint32_t PeekNextChunkSize();

    /**
     * \brief Cut the next DATA chunk (without TSN) from the scheduled stream.
     * \param [out] context the message's context
     * \return the chunk, or nullptr if nothing is ready
     */
    Ptr<SctpDataChunk> Next(uint32_t& context);

    /// Mark every open message complete (the user shuts down mid-message).
    void CloseOpenMessages();

    /**
     * \brief Drop every waiting message (abort).
     * \return the messages dropped, for send-failed notifications
     */
    std::vector<SctpOutboundMessage> Clear();

    /**
     * \brief RFC 6525 outgoing SSN reset: hold the messages queued from now on while the reset
     * is pending; those queued before still go, with the old SSNs.
     * \param [in] streamId the stream
     * \param [in] blocked hold it or release it
     */
    void SetBlocked(uint16_t streamId, bool blocked);

    /**
     * \param [in] streamId a stream held by SetBlocked
     * \return true while messages queued before the hold are not all cut into chunks
     */
    bool HasMessagesBeforeBlock(uint16_t streamId) const;

    /**
     * \brief The peer performed the reset: the stream's SSNs start again at 0.
     * \param [in] streamId the stream
     */
    void ResetSsn(uint16_t streamId);

    /// \return true while a message is partly cut into chunks (its rest goes next)
    bool HasPartialMessage() const;

    /**
     * \param [in] streamId a stream
     * \return the SSN its next ordered message will get
     */
    uint16_t GetNextSsn(uint16_t streamId) const;

  private:
    /**
     * \param [in] m a message at the head of its stream
     * \return bytes that can be cut from it now (0: nothing yet)
     */
    uint32_t Cuttable(const SctpOutboundMessage& m) const;

    /**
     * \brief Bring the first stream with something to cut to the front of the wheel.
     * \return false if no stream is ready
     */
    bool Schedule();

    /// Per-stream state.
    struct Stream
    {
        std::deque<SctpOutboundMessage> queue; //!< messages
        uint16_t nextSsn{0};                   //!< next SSN for ordered messages
        bool scheduled{false};                 //!< in the round-robin wheel
        bool blocked{false};                   //!< an outgoing stream reset is pending
        size_t beforeBlock{0};                 //!< messages queued before it, still to go
    };

    std::vector<Stream> m_streams; //!< indexed by stream id
    std::deque<uint16_t> m_wheel;  //!< non-empty streams in the order they became non-empty
    bool m_locked{false};          //!< a message of m_wheel.front() is partly sent
    uint32_t m_fragPoint{1452};    //!< largest user data per chunk
    uint64_t m_queuedBytes{0};     //!< bytes not yet cut
    uint32_t m_queuedMessages{0};  //!< messages not fully cut
};

} // namespace ns3

#endif /* SCTP_SEND_QUEUE_H */
