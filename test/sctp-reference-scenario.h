/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_REFERENCE_SCENARIO_H
#define SCTP_REFERENCE_SCENARIO_H

#include "ns3/core-module.h"
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
 * \brief Two nodes on one point-to-point link, each running either the module's SCTP stack or
 * the usrsctp reference peer (FreeBSD's stack), an SctpMessageSource on the client and an
 * SctpMessageSink on the server: the sink checks every byte, stream, PPID and ordering.
 *
 * Test cases set the public knobs, call Run(), then assert on the results (Run ends with
 * Simulator::Destroy).
 */
class SctpReferenceScenario
{
  public:
    /// Which SCTP a node runs.
    enum Stack
    {
        OURS,    //!< SctpStackHelper
        USRSCTP, //!< SctpUsrsctpHelper
    };

    /**
     * \param [in] s a stack
     * \return its name
     */
    static std::string Name(Stack s);

    // Topology
    Stack client{OURS};           //!< the client's stack
    Stack server{USRSCTP};        //!< the server's stack
    std::string rate{"10Mbps"};   //!< link rate
    Time delay{MilliSeconds(10)}; //!< one-way delay
    uint32_t queue{100};          //!< DropTail queue per device, packets
    double dataLoss{0};           //!< loss rate of packets arriving at the server
    double sackLoss{0};           //!< loss rate of packets arriving at the client
    uint32_t seed{1};             //!< RngRun
    std::string pcapPrefix;       //!< write both devices' pcaps with this prefix, if set

    // Traffic
    uint64_t bytes{200000};     //!< bytes the source sends (MaxBytes)
    uint32_t messageSize{1000}; //!< bytes per message
    uint16_t streams{1};        //!< streams used round robin
    double unordered{0};        //!< fraction of messages sent unordered
    uint32_t ppid{0};           //!< PPID of every message
    bool closeWhenDone{true};   //!< the source closes when done
    Time start{Seconds(1)};     //!< the source starts
    Time stop{Seconds(120)};    //!< simulation end

    /// Hook run on the usrsctp helper before it installs (sysctls, CC module, attributes).
    std::function<void(SctpUsrsctpHelper& helper)> configureUsrsctp;

    /// Hook run after the stacks are installed, before the applications exist.
    std::function<void(Ptr<Node> client, Ptr<Node> server)> configure;

    /// Hook run once the client's socket exists (right after Connect).
    std::function<void(Ptr<SctpSocket> socket)> onClientSocket;

    /// Hook run when the server accepts the association.
    std::function<void(Ptr<SctpSocket> socket)> onServerSocket;

    /// Hook run after the applications exist, before the simulation runs.
    std::function<void()> beforeRun;

    /// Run the simulation; Simulator::Destroy at the end.
    void Run();

    // Results
    bool connected{false};              //!< the client's connect succeeded
    bool clientClosedNormally{false};   //!< the client saw the graceful end
    bool clientFailed{false};           //!< the client's connect failed or it was aborted
    uint32_t serverClosedNormally{0};   //!< associations the sink saw end gracefully
    uint32_t serverClosedInError{0};    //!< associations the sink saw end in error
    uint64_t bytesSent{0};              //!< bytes the source's socket accepted
    uint64_t bytesReceived{0};          //!< bytes the sink read
    uint64_t messagesReceived{0};       //!< messages the sink read
    uint64_t sinkErrors{0};             //!< failed checks at the sink
    uint64_t missing{0};                //!< messages missing at the sink
    bool complete{false};               //!< the sink got everything, checked
    std::string firstError;             //!< the sink's first failed check
    Time established;                   //!< when the client's connect succeeded
    Time lastRx;                        //!< when the sink read its last message
    uint32_t phyDrops{0};               //!< packets the error models dropped
    std::vector<std::string> pcapFiles; //!< the pcaps written

    /// \return a one-line summary of the results, for failure messages
    std::string Summary() const;

    /**
     * \brief Check pcaps with tshark: every frame SCTP (or SCTP in UDP), every CRC32c good,
     * nothing malformed.
     * \param [in] files the pcaps
     * \param [out] report what tshark found, or why it could not run
     * \param [in] minFrames fewer frames than this in a file is a failure
     * \return true if every file passed
     */
    static bool CheckPcaps(const std::vector<std::string>& files,
                           std::string& report,
                           uint32_t minFrames = 4);

    /// \return a fresh directory for a test's files
    static std::string TempDir();

    /**
     * \brief Remove a directory of TempDir (tests keep it when a check fails).
     * \param [in] dir the directory
     */
    static void RemoveDir(const std::string& dir);
};

} // namespace ns3

#endif /* SCTP_REFERENCE_SCENARIO_H */
