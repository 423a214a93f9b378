/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_USRSCTP_INSTANCE_H
#define SCTP_USRSCTP_INSTANCE_H

#include "ns3/nstime.h"

#include <cstdint>
#include <string>
#include <vector>

struct socket; // libusrsctp's socket

namespace ns3
{

class SctpUsrsctpL4Protocol;
class SctpUsrsctpSocket;

/**
 * \ingroup sctp
 * \brief The one libusrsctp instance of the process (FreeBSD's SCTP stack in user space), run on
 * simulated time for the usrsctp reference peer.
 *
 * libusrsctp keeps global state, so there is one instance per process, shared by every node that
 * runs the reference peer (SctpUsrsctpL4Protocol). It is started with usrsctp_init_nothreads:
 * nothing in it runs unless the simulation calls it, and:
 *
 * - time: the library reads time only through gettimeofday(). The module defines that symbol;
 *   while the simulation is inside a call into the library (an Entry is alive on the calling
 *   thread) it returns Simulator::Now(), at every other moment, and on every other thread, it
 *   forwards to the C library's gettimeofday (found with dlsym(RTLD_NEXT)). Programs that link
 *   the module see the system's clock.
 * - timers: the library's clock ticks in milliseconds (hz = 1000). Before each call into the
 *   library its tick count is brought to floor(Simulator::Now() in ms) of the session with
 *   usrsctp_handle_timers(elapsed), so every timer is started and fires on simulated time. Either
 *   a 1 ms tick drives it (EVERY_MILLISECOND) or, where the module observes the library's timer
 *   queue (the library calls sctp_os_timer_start/stop through its PLT, which the module
 *   interposes to record each timer's expiry tick), one event at the earliest expiry
 *   (NEXT_EXPIRY, the default). Both fire the same timers at the same ticks.
 * - random numbers: the library draws random bytes (verification tags, initial TSNs, cookie
 *   secrets, AUTH random) only through read_random(), which the module also defines: inside a
 *   call from the simulation the bytes come from an ns-3 random stream (AssignStreams), so runs
 *   repeat exactly.
 *
 * A session spans one simulation: it begins when the first reference peer is installed or a
 * sysctl is set, restores libusrsctp's default sysctls, and ends at Simulator::Destroy, where
 * every remaining usrsctp socket is aborted without sending and the library's timers are run
 * out, so the next simulation in the process starts clean.
 */
class SctpUsrsctpInstance
{
  public:
    /// How the library's timers are driven.
    enum TickMode
    {
        EVERY_MILLISECOND, //!< a 1 ms tick for the whole session
        NEXT_EXPIRY,       //!< one event at the earliest pending timer (needs the interposition)
    };

    /**
     * \brief Choose how timers are driven (for the sessions that begin afterwards).
     * \param [in] mode the mode; NEXT_EXPIRY falls back to EVERY_MILLISECOND when the library's
     *             timer calls cannot be observed
     */
    static void SetTickMode(TickMode mode);

    /// \return the mode in use (or the one the next session will use)
    static TickMode GetTickMode();

    /**
     * \brief Set one of libusrsctp's sysctls (global: every usrsctp node of the simulation).
     *
     * The name is FreeBSD's (sctp(4): "rto_min", or "net.inet.sctp.rto_min") or libusrsctp's
     * variable ("sctp_rto_min_default"). The value holds until the simulation ends.
     * \param [in] name the sysctl
     * \param [in] value its value
     * \return false if the name is unknown or libusrsctp refused the value (out of range)
     */
    static bool SetSysctl(const std::string& name, uint32_t value);

    /**
     * \param [in] name a sysctl, as for SetSysctl
     * \param [out] value its current value
     * \return false if the name is unknown
     */
    static bool GetSysctl(const std::string& name, uint32_t& value);

    /// \return FreeBSD's names of the sysctls SetSysctl knows
    static std::vector<std::string> GetSysctlNames();

    /**
     * \brief Fix the random stream libusrsctp draws its random bytes from.
     * \param [in] stream the stream index
     * \return the number of streams used (1)
     */
    static int64_t AssignStreams(int64_t stream);

    /// libusrsctp's statistics counters (usrsctp_get_stat), counted from the session's start.
    struct Counters
    {
        uint64_t outPackets{0};        //!< packets sent
        uint64_t inPackets{0};         //!< packets received
        uint64_t dataChunksSent{0};    //!< DATA chunks sent, first transmissions included
        uint64_t retransmittedData{0}; //!< DATA chunks retransmitted (fast and T3)
        uint64_t fastRetransmits{0};   //!< DATA chunks fast-retransmitted
        uint64_t t3Timeouts{0};        //!< T3-rtx expiries
        uint64_t sacksSent{0};         //!< SACK chunks sent
        uint64_t checksumErrors{0};    //!< packets dropped for a bad CRC32c
        uint64_t outOfTheBlue{0};      //!< out-of-the-blue packets
        uint64_t established{0};       //!< associations established (active + passive)
        uint64_t aborted{0};           //!< associations aborted
        uint64_t gracefulShutdowns{0}; //!< associations shut down gracefully
    };

    /// \return the counters of the current (or last) session; they are process-wide
    static Counters GetCounters();

    /// What driving the timers cost in the current (or last) session.
    struct TickStats
    {
        uint64_t tickEvents{0};       //!< timer events the scheduler ran
        uint64_t handleTimerCalls{0}; //!< calls of usrsctp_handle_timers
        uint64_t timersStarted{0};    //!< timers the library started (0 if not observed)
        uint64_t libraryEntries{0};   //!< calls from the simulation into the library
    };

    /// \return the statistics of the current (or last) session
    static TickStats GetTickStats();

    /// \return true if libusrsctp reads its time from this module's gettimeofday
    static bool IsClockInterposed();

    /// \return true if libusrsctp draws its random bytes from this module's read_random
    static bool IsRandomInterposed();

    /// \return true if the library's timer starts and stops are observed (NEXT_EXPIRY possible)
    static bool AreTimersObserved();

    /// \return the library's current tick (milliseconds, counted since the process started it)
    static uint32_t GetTicks();

    /**
     * \brief A call from the simulation into libusrsctp. While one is alive on a thread,
     * gettimeofday and read_random answer from the simulation on that thread. Constructing the
     * outermost one starts the library if needed and brings its clock to the present; destroying
     * it reads the sockets' status for their traces and schedules the next timer event.
     *
     * Every call into the library (the reference peer's classes make them) is made with one
     * alive.
     */
    class Entry
    {
      public:
        /**
         * \param [in] changesState the call may change an association's status (a packet in,
         *            a send, a connect, a shutdown): read the sockets' status when done
         */
        explicit Entry(bool changesState = false);
        ~Entry();
        Entry(const Entry&) = delete;
        Entry& operator=(const Entry&) = delete;
    };

    /**
     * \brief Give a node its AF_CONN address (registered with usrsctp_register_address). Begins
     * a session if none is running.
     * \param [in] l4 the node's reference peer
     * \return the address: an opaque pointer, never reused in the process
     */
    static void* RegisterNode(SctpUsrsctpL4Protocol* l4);

    /**
     * \brief The node is going away: its packets are dropped from now on. The address stays
     * registered with the library (deregistering it would start the library's address work
     * queue thread) and is never given again.
     * \param [in] token the node's address
     */
    static void UnregisterNode(void* token);

    /**
     * \brief Deliver a socket's upcalls to it, and poll its status after calls into the library.
     * \param [in] so the library's socket
     * \param [in] socket its simulation object
     */
    static void RegisterSocket(struct socket* so, SctpUsrsctpSocket* socket);

    /**
     * \param [in] so a socket given to RegisterSocket; its upcalls are ignored from now on
     */
    static void UnregisterSocket(struct socket* so);

    // Called by the interposed C functions; not for other use.

    /**
     * \param [out] sec seconds of simulated time
     * \param [out] usec microseconds
     * \return true if the calling thread is inside an Entry (answer from the simulation)
     */
    static bool SimulatedTimeOfDay(int64_t& sec, int64_t& usec);

    /**
     * \param [out] buf filled with random bytes
     * \param [in] size bytes wanted
     * \return true if the calling thread is inside an Entry and the bytes were drawn
     */
    static bool SimulatedRandom(void* buf, size_t size);

    /**
     * \param [in] timer the library's timer
     * \param [in] ticks ticks until it expires
     */
    static void TimerStarted(void* timer, uint32_t ticks);

    /**
     * \param [in] timer the library's timer
     */
    static void TimerStopped(void* timer);
};

} // namespace ns3

#endif /* SCTP_USRSCTP_INSTANCE_H */
