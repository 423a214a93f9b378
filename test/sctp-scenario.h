/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCENARIO_H
#define SCTP_SCENARIO_H

#include "ns3/error-model.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/sctp-module.h"

#include <functional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp-test
 * \brief Two nodes joined by one point-to-point link, SCTP on both, a one-to-one client that
 * sends a known byte pattern as messages and a server that reads and checks every byte.
 *
 * Test cases set the public knobs, call Run(), then assert on the results.
 */
class SctpScenario
{
  public:
    // Topology
    std::string dataRate{"10Mbps"}; //!< link rate
    Time delay{MilliSeconds(10)};   //!< one-way delay
    uint32_t queuePackets{1000};    //!< DropTail queue size per device
    bool ipv6{false};               //!< use IPv6 addresses
    Ptr<ErrorModel> clientRxError;  //!< error model on the client's device (SACKs)
    Ptr<ErrorModel> serverRxError;  //!< error model on the server's device (DATA)
    double reorder{0};              //!< reorder probability of the device queues
    double duplicate{0};            //!< duplication probability of the device queues

    // Traffic
    uint32_t messageSize{1000};  //!< bytes per message
    uint32_t messages{100};      //!< messages to send
    uint16_t streams{1};         //!< messages are spread over this many streams
    double unorderedFraction{0}; //!< every n-th message unordered (0 = none)
    Time startTime{Seconds(1)};  //!< client connects at this time
    Time stopTime{Seconds(60)};  //!< simulation end
    bool closeWhenDone{true};    //!< client closes after the last message is acked
    uint32_t serverRcvBuf{0};    //!< SO_RCVBUF of the server (0 = default)
    uint32_t readDelayMs{0};     //!< server reads only every readDelayMs (slow reader)

    /// Hook to set attributes on both SctpL4Protocols before sockets exist.
    std::function<void(Ptr<SctpL4Protocol> client, Ptr<SctpL4Protocol> server)> configure;

    /// Hook to install queue discs on the two devices (client's first) before addresses are
    /// assigned; without it each device gets the default pfifo_fast.
    std::function<void(NetDeviceContainer devices)> installQueueDiscs;

    /// Hook run once the client socket exists (socket options).
    std::function<void(Ptr<SctpSocket> client)> configureClient;

    /// Hook run when the client's association is established (traces, state checks).
    std::function<void(Ptr<SctpAssociation> client)> onClientEstablished;

    /// Hook run when the server accepts its association.
    std::function<void(Ptr<SctpAssociation> server)> onServerEstablished;

    /// Time between messages; zero sends as fast as the socket takes them.
    Time messageInterval{0};

    /// With SCTP_EXPLICIT_EOR on, each message is sent in this many pieces (0: option off).
    uint32_t eorPieces{0};

    /// Run the simulation (Simulator::Destroy is called at the end).
    void Run();

    // Results
    uint64_t bytesSent{0};        //!< bytes accepted by the client socket
    uint64_t bytesReceived{0};    //!< bytes read by the server
    uint32_t messagesReceived{0}; //!< messages read by the server
    bool contentOk{true}; //!< every byte as sent, every stream in order, none read twice or unsent
    std::string contentError;                         //!< first mismatch
    bool connected{false};                            //!< the client's connect succeeded
    bool connectFailed{false};                        //!< the client's connect failed
    bool clientClosedNormally{false};                 //!< the client saw the graceful close
    bool serverClosedNormally{false};                 //!< the server saw the graceful close
    Time lastDelivery{0};                             //!< time of the last byte read
    uint32_t retransmissions{0};                      //!< chunks retransmitted by the client
    uint32_t fastRetransmissions{0};                  //!< of which fast
    uint32_t timeouts{0};                             //!< T3 expiries at the client
    std::vector<std::pair<Time, uint32_t>> cwndTrace; //!< client primary path cwnd changes
    std::vector<std::string> drops;                   //!< reasons of SCTP drops at either node
    Ptr<SctpSocket> clientSocket;                     //!< valid during callbacks only

    /**
     * \param [in] msg message number
     * \param [in] i byte index in it
     * \return the byte the client sends there
     */
    static uint8_t PatternByte(uint32_t msg, uint32_t i);

  private:
    void StartClient();
    void SendMore(Ptr<Socket> s, uint32_t);
    void ServerRead(Ptr<Socket> s);
    bool Accept(Ptr<Socket> s, const Address& from);
    void Accepted(Ptr<Socket> s, const Address& from);

    Ptr<Node> m_client;
    Ptr<Node> m_server;
    Address m_serverAddress;
    Ptr<Socket> m_serverSocket;
    uint32_t m_nextMessage{0};
    std::vector<uint32_t> m_nextExpectedPerStream; //!< next ordered message number per stream
    std::vector<bool> m_seen;                      //!< message numbers read so far
    std::vector<uint8_t> m_partial;                //!< message being read in parts
    bool m_closed{false};
    bool m_readScheduled{false}; //!< a slow read is scheduled
    EventId m_nextSend;          //!< next paced send
};

} // namespace ns3

#endif /* SCTP_SCENARIO_H */
