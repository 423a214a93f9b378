/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_MESSAGE_SOURCE_H
#define SCTP_MESSAGE_SOURCE_H

#include "ns3/address.h"
#include "ns3/application.h"
#include "ns3/data-rate.h"
#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/ptr.h"
#include "ns3/sctp-message-pattern.h"
#include "ns3/traced-callback.h"

namespace ns3
{

class Socket;
class SctpSocket;
class RandomVariableStream;
class UniformRandomVariable;

/**
 * \ingroup sctp
 * \brief Sends self-describing messages (SctpMessagePattern) over a one-to-one SCTP association.
 *
 * At start the application creates an SctpSocket, connects it to Remote and sends messages:
 * - sizes: MessageSize, or drawn from MessageSizeVariable when it is set (at least
 *   SctpMessagePattern::HEADER_SIZE, at most the socket's send buffer);
 * - streams: message n goes on stream n mod Streams (as many streams as were negotiated);
 * - ordering: each message is unordered with probability UnorderedFraction;
 * - pace: bulk (DataRate 0: as fast as the send buffer takes them, resumed by the socket's send
 *   callback) or paced at DataRate (message size times 8 over the rate between messages);
 * - limits: MaxBytes and MaxMessages (0: none); the last message carries the "last" flag, and
 *   with MaxBytes the sizes are cut so that exactly MaxBytes are sent.
 * When the limits are reached and CloseWhenDone is set, the socket is closed gracefully (the
 * association delivers what is queued, then shuts down).
 *
 * SctpMessageSink checks what arrives.
 */
class SctpMessageSource : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpMessageSource();
    ~SctpMessageSource() override;

    /// \return the socket (null before the application starts)
    Ptr<Socket> GetSocket() const;

    /// \return messages accepted by the socket
    uint64_t GetMessagesSent() const;

    /// \return bytes accepted by the socket
    uint64_t GetBytesSent() const;

    /// \return true once the limits are reached (every message accepted by the socket)
    bool IsDone() const;

    /// \return true once the connection succeeded
    bool IsConnected() const;

    /// \return true once the association closed gracefully
    bool IsClosedNormally() const;

    /// \return true if the connection failed or the association was aborted
    bool HasFailed() const;

    /// \return when Connect was called
    Time GetConnectTime() const;

    /// \return when the connection succeeded (zero if it did not)
    Time GetEstablishedTime() const;

    /// \return when the application closed the socket (zero if it did not)
    Time GetCloseTime() const;

    /// \return when the association closed (zero if it did not)
    Time GetClosedTime() const;

    /**
     * \brief Fix the random streams (message sizes if MessageSizeVariable is set, unordered
     * choice).
     * \param [in] stream first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \brief Trace signature of sent messages.
     * \param [in] number the message number
     * \param [in] sid its stream
     * \param [in] size its size in bytes
     * \param [in] unordered whether it was sent unordered
     */
    typedef void (*TxTracedCallback)(uint32_t number, uint16_t sid, uint32_t size, bool unordered);

    /**
     * \brief Trace signature of the socket's creation.
     * \param [in] socket the socket, right after Connect
     */
    typedef void (*SocketTracedCallback)(Ptr<Socket> socket);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /// The parameters of the next message, chosen once.
    struct Pending
    {
        bool valid{false};     //!< a message is chosen and not yet accepted by the socket
        uint32_t size{0};      //!< its size
        uint16_t sid{0};       //!< its stream
        bool unordered{false}; //!< unordered
        bool last{false};      //!< the last message
    };

    /// Choose the next message's size, stream and flags.
    void ChooseNext();

    /// \return true if the limits are reached
    bool LimitsReached() const;

    /**
     * \brief Hand the pending message to the socket.
     * \return true if the socket took it
     */
    bool SendPending();

    /// Bulk mode: send until the socket refuses or the limits are reached.
    void SendBulk();

    /// Paced mode: send one message and schedule the next.
    void SendPaced();

    /// Close the socket if the limits are reached and CloseWhenDone is set.
    void FinishIfDone();

    void ConnectionSucceeded(Ptr<Socket> socket);
    void ConnectionFailed(Ptr<Socket> socket);
    void SendSpace(Ptr<Socket> socket, uint32_t available);
    void NormalClose(Ptr<Socket> socket);
    void ErrorClose(Ptr<Socket> socket);
    void DataReceived(Ptr<Socket> socket);

    // Attributes
    Address m_remote;                         //!< peer address and port
    Address m_local;                          //!< local address to bind (invalid: any)
    uint32_t m_messageSize{1000};             //!< fixed message size
    Ptr<RandomVariableStream> m_sizeVariable; //!< message sizes, if set
    uint16_t m_streams{1};                    //!< streams used round robin
    double m_unorderedFraction{0};            //!< probability of an unordered message
    uint32_t m_ppid{0};                       //!< PPID of every message
    DataRate m_rate{0};                       //!< 0: bulk
    uint64_t m_maxBytes{0};                   //!< 0: unlimited
    uint64_t m_maxMessages{0};                //!< 0: unlimited
    bool m_closeWhenDone{true};               //!< close gracefully at the limits
    bool m_noDelay{false};                    //!< SCTP_NODELAY on the socket

    Ptr<UniformRandomVariable> m_unorderedRng; //!< the unordered choice
    Ptr<SctpSocket> m_socket;                  //!< the socket
    Pending m_pending;                         //!< the next message
    uint16_t m_usableStreams{1};               //!< streams negotiated and used
    uint32_t m_maxMessageSize{0};              //!< the socket's send buffer
    EventId m_sendEvent;                       //!< paced mode: next send
    bool m_connected{false};                   //!< connection succeeded
    bool m_closing{false};                     //!< Close called
    bool m_closed{false};                      //!< association closed gracefully
    bool m_failed{false};                      //!< connection failed or aborted
    uint64_t m_messagesSent{0};                //!< messages accepted by the socket
    uint64_t m_bytesSent{0};                   //!< bytes accepted by the socket
    Time m_connectTime;                        //!< Connect called
    Time m_establishedTime;                    //!< connection succeeded
    Time m_closeTime;                          //!< Close called
    Time m_closedTime;                         //!< association closed

    TracedCallback<uint32_t, uint16_t, uint32_t, bool> m_txTrace; //!< each message sent
    TracedCallback<Ptr<Socket>> m_socketTrace;                    //!< socket created
};

} // namespace ns3

#endif /* SCTP_MESSAGE_SOURCE_H */
