/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_RUNNER_H
#define SCTP_SCRIPT_RUNNER_H

#include "sctp-script-mapping.h"
#include "sctp-script-syscalls.h"
#include "sctp-script.h"

#include "ns3/event-id.h"
#include "ns3/ipv4-address.h"
#include "ns3/nstime.h"
#include "ns3/ptr.h"

#include <deque>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace ns3
{

class Node;
class SctpScriptPeer;

/**
 * \ingroup sctp
 * \brief The outcome of one script.
 */
struct SctpScriptResult
{
    std::string path;        //!< the script
    bool passed{false};      //!< every event happened as written
    bool unsupported{false}; //!< it failed on something the model cannot carry out
    int line{0};             //!< the failing event's line (0 if none)
    std::string error;       //!< what went wrong
    std::string expected;    //!< what the script expected there, in script syntax
    std::string actual;      //!< what happened instead
    std::string packet;      //!< the packet involved, decoded in script syntax
    Time end;                //!< simulated time when the script ended
};

/**
 * \ingroup sctp
 * \brief Runs a packet-level script (packetdrill's SCTP dialect) against the stack in
 * simulated time: the scripted peer.
 *
 * Each run is a fresh simulation with two nodes on a point-to-point link that packets cross in
 * no simulated time: the stack under test (internet stack and SctpL4Protocol) at 192.168.0.1, and
 * the scripted peer (internet stack and an SctpScriptPeer, no SctpL4Protocol) at 192.0.2.1, the
 * addresses packetdrill uses. ChecksumEnabled is set, so CRC32c values are real. The peer
 * injects the "<" packets (SctpScriptPacketBuilder), queues every packet the stack sends and
 * compares them in order with the ">" lines (SctpScriptPacketMatcher), and runs the system
 * calls on the stack's sockets (SctpScriptSyscalls).
 *
 * Times follow packetdrill: an absolute time counts from the start of the script, "+t" from the
 * moment the previous event completed, "*" matches an outbound packet whenever it comes, and
 * "a~b" gives a range. An outbound packet must arrive within the tolerance
 * (--tolerance_usecs, 4000 by default, widened by --tolerance_percent of the time since the
 * previous event, 5% by default as on FreeBSD); packets the stack sends are matched in the
 * order they arrive, so an unexpected packet fails the next ">" line. A system call written
 * "start...end call()" may block: the script goes on with its next events and the call must
 * return at end (within the tolerance). A call without an end time that would block holds the
 * script until it completes. Options: --tolerance_usecs, --tolerance_percent, --local_ip,
 * --remote_ip, --bind_port, --connect_port, --mtu, --ip_version=ipv4. Commands:
 * `sysctl -w net.inet.sctp.NAME=VALUE` (and -i) set the SctpL4Protocol attribute of that
 * sysctl on the stack's node.
 */
class SctpScriptRunner
{
  public:
    SctpScriptRunner();
    ~SctpScriptRunner();

    /**
     * \brief Define a symbol for #ifdef ("FreeBSD" and "ns3" are defined by default).
     * \param [in] symbol the symbol
     */
    void Define(const std::string& symbol);

    /**
     * \param [in] os where to write each event as it runs (nullptr: nowhere)
     */
    void SetTrace(std::ostream* os);

    /**
     * \brief Parse and run a script file.
     * \param [in] path the file
     * \return the outcome
     */
    SctpScriptResult RunFile(const std::string& path);

    /**
     * \brief Run a parsed script.
     * \param [in] script the script
     * \return the outcome
     */
    SctpScriptResult Run(const SctpScript& script);

  private:
    /// A packet the stack sent, as the peer received it.
    struct Captured
    {
        std::vector<uint8_t> bytes; //!< the SCTP packet
        Time time;                  //!< when it arrived
        Address source;             //!< its source address
        Address destination;        //!< its destination address
    };

    /// A blocking system call under way.
    struct Pending
    {
        size_t index{0};    //!< its event
        Time end;           //!< when it is to return
        bool hasEnd{false}; //!< written "start...end" (else it holds the script)
        EventId deadline;   //!< when to give up waiting
    };

    bool Configure(const SctpScript& script); //!< options, topology
    void Advance();                           //!< run events until waiting
    void Capture(const std::vector<uint8_t>& bytes, const Address& from, const Address& to);
    void Wake();                                                      //!< socket progress
    void OutboundTimeout();                                           //!< no packet came
    void PendingTimeout();                                            //!< a blocking call hung
    void HeldTimeout();                                               //!< a holding call hung
    bool ExecuteInbound(const SctpScriptEvent& ev);                   //!< inject a packet
    bool MatchOutbound(const SctpScriptEvent& ev, const Captured& p); //!< compare a packet
    bool ExecuteCommand(const SctpScriptEvent& ev);                   //!< `command`
    bool CheckSyscall(const SctpScriptEvent& ev, const SctpScriptSyscalls::Outcome& o);
    bool RetryPending(Pending& pending); //!< attempt a blocked call
    void Finish();                       //!< the last event is done

    /**
     * \brief Record the failure of the current event and stop.
     * \param [in] line the event's line
     * \param [in] error what went wrong
     * \param [in] expected the expected thing, in script syntax
     * \param [in] actual what happened
     * \param [in] packet a decoded packet, if one is involved
     */
    void Failure(int line,
                 const std::string& error,
                 const std::string& expected = "",
                 const std::string& actual = "",
                 const std::string& packet = "");

    /**
     * \param [in] ev an event
     * \return its tolerance given the time since the previous event
     */
    Time Tolerance(const SctpScriptEvent& ev) const;

    /// \param [in] ev an event \return the event's text for messages
    static std::string Describe(const SctpScriptEvent& ev);

    std::set<std::string> m_defines; //!< #ifdef symbols
    std::ostream* m_trace{nullptr};  //!< event trace

    // State of one run.
    const SctpScript* m_script{nullptr};            //!< the script
    SctpScriptResult m_result;                      //!< its outcome
    bool m_done{false};                             //!< passed or failed
    Time m_toleranceFixed;                          //!< --tolerance_usecs
    double m_tolerancePercent{5};                   //!< --tolerance_percent
    Ipv4Address m_localAddress;                     //!< the stack's address
    Ipv4Address m_remoteAddress;                    //!< the peer's address
    uint16_t m_bindPort{8080};                      //!< --bind_port
    uint16_t m_connectPort{8080};                   //!< --connect_port
    uint16_t m_mtu{1500};                           //!< --mtu
    Ptr<Node> m_stack;                              //!< the node under test
    Ptr<Node> m_peerNode;                           //!< the peer's node
    Ptr<SctpScriptPeer> m_peer;                     //!< the peer's protocol
    std::unique_ptr<SctpScriptSyscalls> m_syscalls; //!< the sockets
    SctpScriptMapping m_mapping;                    //!< tags, TSNs, cookie, heartbeat
    std::deque<Captured> m_captured;                //!< packets not yet matched
    size_t m_index{0};                              //!< next event
    bool m_timeSet{false};                          //!< m_target holds the next event's time
    Time m_base;                                    //!< when the previous event completed
    Time m_target;                                  //!< the next event's time
    Time m_targetEnd;                               //!< end of its range
    EventId m_advanceEvent;                         //!< scheduled Advance
    bool m_waitingOutbound{false};                  //!< waiting for a packet
    EventId m_outboundDeadline;                     //!< give up waiting for it
    std::unique_ptr<Pending> m_pending;             //!< a "start...end" call under way
    std::unique_ptr<Pending> m_held;                //!< a call that holds the script
};

} // namespace ns3

#endif /* SCTP_SCRIPT_RUNNER_H */
