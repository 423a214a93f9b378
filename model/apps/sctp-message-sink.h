/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_MESSAGE_SINK_H
#define SCTP_MESSAGE_SINK_H

#include "ns3/address.h"
#include "ns3/application.h"
#include "ns3/nstime.h"
#include "ns3/ptr.h"
#include "ns3/sctp-message-pattern.h"
#include "ns3/sctp-socket-options.h"
#include "ns3/traced-callback.h"

#include <map>
#include <string>
#include <vector>

namespace ns3
{

class Socket;
class SctpSocket;

/**
 * \ingroup sctp
 * \brief Accepts one-to-one SCTP associations, reads every message and checks it against the
 * pattern SctpMessageSource sends (SctpMessagePattern).
 *
 * For each association the sink reassembles messages read in pieces (partial delivery) and
 * checks:
 * - every byte, and the size, against what the message's header says;
 * - the stream, PPID and unordered flag it arrived with against the ones it was sent with;
 * - that no message number arrives twice;
 * - that ordered messages of a stream arrive in the order they were sent;
 * - when the association closes gracefully, that no message is missing: none below the highest
 *   number received, and, once the sender's last message arrived, none at all.
 *
 * The first failed check is kept as text (GetFirstError) and every failed check is counted
 * (GetErrors) and traced (RxError).
 */
class SctpMessageSink : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpMessageSink();
    ~SctpMessageSink() override;

    /// \return the listening socket (null before the application starts)
    Ptr<Socket> GetListeningSocket() const;

    /// \return the accepted sockets
    std::vector<Ptr<Socket>> GetAcceptedSockets() const;

    /// \return complete messages received (checked or not)
    uint64_t GetMessagesReceived() const;

    /// \return user bytes read
    uint64_t GetBytesReceived() const;

    /// \return messages that passed every check
    uint64_t GetMessagesOk() const;

    /// \return failed checks
    uint64_t GetErrors() const;

    /// \return the first failed check, empty if none
    std::string GetFirstError() const;

    /// \return messages that arrived a second time
    uint64_t GetDuplicates() const;

    /**
     * \return messages known to be missing: numbers below the highest received (below the
     *         last message's number once it arrived) that did not arrive, over all associations
     */
    uint64_t GetMissing() const;

    /// \return associations accepted
    uint32_t GetAccepted() const;

    /// \return associations that closed gracefully
    uint32_t GetClosedNormally() const;

    /// \return associations that ended in error (ABORT, failure)
    uint32_t GetClosedInError() const;

    /**
     * \return true if at least one association was accepted and every one received its
     *         sender's last message, no message is missing and no check failed
     */
    bool IsComplete() const;

    /// \return the time the last message was read (zero if none)
    Time GetLastRxTime() const;

    /// \return the time the first message was read (zero if none)
    Time GetFirstRxTime() const;

    /// \return the mean delay from a message's queueing at the sender to its reading
    Time GetMeanDelay() const;

    /// \return the largest such delay
    Time GetMaxDelay() const;

    /**
     * \brief Trace signature of received messages.
     * \param [in] number the message number
     * \param [in] sid its stream
     * \param [in] size its size in bytes
     * \param [in] unordered whether it was delivered unordered
     * \param [in] delay from its queueing at the sender to its reading here
     */
    typedef void (*RxTracedCallback)(uint32_t number,
                                     uint16_t sid,
                                     uint32_t size,
                                     bool unordered,
                                     Time delay);

    /**
     * \brief Trace signature of failed checks.
     * \param [in] what the failed check
     */
    typedef void (*ErrorTracedCallback)(const std::string& what);

    /**
     * \brief Trace signature of accepted associations.
     * \param [in] socket the new socket
     * \param [in] from the peer's address
     */
    typedef void (*AcceptTracedCallback)(Ptr<Socket> socket, const Address& from);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /// What the sink keeps about one association.
    struct Connection
    {
        std::map<uint16_t, std::vector<uint8_t>> partial; //!< messages read in part, per stream
        std::vector<bool> seen;                           //!< message numbers received
        uint64_t distinct{0};                             //!< distinct numbers received
        int64_t highest{-1};                              //!< highest number received
        int64_t lastNumber{-1};                           //!< number of the sender's last message
        std::vector<int64_t> lastOrdered;                 //!< highest ordered number per stream
        bool closed{false};                               //!< the association ended
    };

    bool ConnectionRequest(Ptr<Socket> socket, const Address& from);
    void NewConnection(Ptr<Socket> socket, const Address& from);
    void Read(Ptr<Socket> socket);
    void NormalClose(Ptr<Socket> socket);
    void ErrorClose(Ptr<Socket> socket);

    /**
     * \brief Check one complete message.
     * \param [in] c its association's state
     * \param [in] data the message
     * \param [in] info how it arrived
     */
    void CheckMessage(Connection& c, const std::vector<uint8_t>& data, const SctpRcvInfo& info);

    /**
     * \brief Check that no message is missing.
     * \param [in] c an association that ended gracefully
     */
    void CheckComplete(Connection& c);

    /**
     * \brief Count a failed check.
     * \param [in] what its text
     */
    void Error(const std::string& what);

    /**
     * \param [in] c an association
     * \return messages known to be missing on it
     */
    static uint64_t Missing(const Connection& c);

    // Attributes
    Address m_local;      //!< address and port to listen on
    uint32_t m_rcvBuf{0}; //!< SO_RCVBUF (0: the stack's default)

    Ptr<SctpSocket> m_listener;                      //!< the listening socket
    std::map<Ptr<Socket>, Connection> m_connections; //!< accepted associations
    uint64_t m_messages{0};                          //!< complete messages
    uint64_t m_bytes{0};                             //!< bytes read
    uint64_t m_messagesOk{0};                        //!< messages that passed the checks
    uint64_t m_errors{0};                            //!< failed checks
    uint64_t m_duplicates{0};                        //!< duplicate messages
    std::string m_firstError;                        //!< first failed check
    uint32_t m_closedNormally{0};                    //!< graceful ends
    uint32_t m_closedInError{0};                     //!< error ends
    Time m_firstRx;                                  //!< first message read
    Time m_lastRx;                                   //!< last message read
    Time m_delaySum;                                 //!< sum of message delays
    Time m_delayMax;                                 //!< largest message delay

    TracedCallback<uint32_t, uint16_t, uint32_t, bool, Time> m_rxTrace; //!< each message
    TracedCallback<const std::string&> m_errorTrace;                    //!< each failed check
    TracedCallback<Ptr<Socket>, const Address&> m_acceptTrace;          //!< each association
};

} // namespace ns3

#endif /* SCTP_MESSAGE_SINK_H */
