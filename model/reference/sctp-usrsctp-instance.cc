/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-usrsctp-instance.h"

#include "sctp-usrsctp-l4-protocol.h"
#include "sctp-usrsctp-socket.h"

#include "ns3/abort.h"
#include "ns3/event-id.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/random-variable-stream.h"
#include "ns3/simulator.h"

#include <algorithm>
#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <map>
#include <random>
#include <sys/time.h>
#include <time.h>
#include <usrsctp.h>

#ifndef SCTP_DEBUG
// Exported by Debian's libusrsctp (built with SCTP_DEBUG), declared by usrsctp.h only with it.
extern "C" int usrsctp_sysctl_set_sctp_debug_on(uint32_t value);
extern "C" uint32_t usrsctp_sysctl_get_sctp_debug_on(void);
#endif

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpUsrsctpInstance");

namespace
{

/// Depth of calls from the simulation into the library on this thread.
thread_local int t_depth = 0;

/// One sysctl: FreeBSD's name, libusrsctp's variable, its setter and getter.
struct Sysctl
{
    const char* freebsd;  //!< net.inet.sctp.<name>
    const char* field;    //!< libusrsctp's variable
    int (*set)(uint32_t); //!< usrsctp_sysctl_set_<field>
    uint32_t (*get)();    //!< usrsctp_sysctl_get_<field>
};

#define SCTP_USRSCTP_SYSCTL(name, field)                                                           \
    {                                                                                              \
        name, #field, &usrsctp_sysctl_set_##field, &usrsctp_sysctl_get_##field                     \
    }

/// Every sysctl of sctp(4) that Debian's libusrsctp 0.9.5 exports, by FreeBSD's name.
/// (usrsctp.h also declares multiple_asconfs and sendall_limit, which the library does not
/// define; udp_tunneling_port has no meaning for AF_CONN sockets; the hash table sizes and
/// chunkscale are tunables read once at initialisation.)
const Sysctl g_sysctls[] = {
    SCTP_USRSCTP_SYSCTL("sendspace", sctp_sendspace),
    SCTP_USRSCTP_SYSCTL("recvspace", sctp_recvspace),
    SCTP_USRSCTP_SYSCTL("auto_asconf", sctp_auto_asconf),
    SCTP_USRSCTP_SYSCTL("ecn_enable", sctp_ecn_enable),
    SCTP_USRSCTP_SYSCTL("pr_enable", sctp_pr_enable),
    SCTP_USRSCTP_SYSCTL("auth_enable", sctp_auth_enable),
    SCTP_USRSCTP_SYSCTL("asconf_enable", sctp_asconf_enable),
    SCTP_USRSCTP_SYSCTL("reconfig_enable", sctp_reconfig_enable),
    SCTP_USRSCTP_SYSCTL("nrsack_enable", sctp_nrsack_enable),
    SCTP_USRSCTP_SYSCTL("pktdrop_enable", sctp_pktdrop_enable),
    SCTP_USRSCTP_SYSCTL("loopback_nocsum", sctp_no_csum_on_loopback),
    SCTP_USRSCTP_SYSCTL("peer_chkoh", sctp_peer_chunk_oh),
    SCTP_USRSCTP_SYSCTL("maxburst", sctp_max_burst_default),
    SCTP_USRSCTP_SYSCTL("fr_maxburst", sctp_fr_max_burst_default),
    SCTP_USRSCTP_SYSCTL("maxchunks", sctp_max_chunks_on_queue),
    SCTP_USRSCTP_SYSCTL("min_split_point", sctp_min_split_point),
    SCTP_USRSCTP_SYSCTL("delayed_sack_time", sctp_delayed_sack_time_default),
    SCTP_USRSCTP_SYSCTL("sack_freq", sctp_sack_freq_default),
    SCTP_USRSCTP_SYSCTL("sys_resource", sctp_system_free_resc_limit),
    SCTP_USRSCTP_SYSCTL("asoc_resource", sctp_asoc_free_resc_limit),
    SCTP_USRSCTP_SYSCTL("heartbeat_interval", sctp_heartbeat_interval_default),
    SCTP_USRSCTP_SYSCTL("pmtu_raise_time", sctp_pmtu_raise_time_default),
    SCTP_USRSCTP_SYSCTL("shutdown_guard_time", sctp_shutdown_guard_time_default),
    SCTP_USRSCTP_SYSCTL("secret_lifetime", sctp_secret_lifetime_default),
    SCTP_USRSCTP_SYSCTL("rto_max", sctp_rto_max_default),
    SCTP_USRSCTP_SYSCTL("rto_min", sctp_rto_min_default),
    SCTP_USRSCTP_SYSCTL("rto_initial", sctp_rto_initial_default),
    SCTP_USRSCTP_SYSCTL("init_rto_max", sctp_init_rto_max_default),
    SCTP_USRSCTP_SYSCTL("valid_cookie_life", sctp_valid_cookie_life_default),
    SCTP_USRSCTP_SYSCTL("init_rtx_max", sctp_init_rtx_max_default),
    SCTP_USRSCTP_SYSCTL("assoc_rtx_max", sctp_assoc_rtx_max_default),
    SCTP_USRSCTP_SYSCTL("path_rtx_max", sctp_path_rtx_max_default),
    SCTP_USRSCTP_SYSCTL("path_pf_threshold", sctp_path_pf_threshold),
    SCTP_USRSCTP_SYSCTL("add_more_on_output", sctp_add_more_threshold),
    SCTP_USRSCTP_SYSCTL("incoming_streams", sctp_nr_incoming_streams_default),
    SCTP_USRSCTP_SYSCTL("outgoing_streams", sctp_nr_outgoing_streams_default),
    SCTP_USRSCTP_SYSCTL("cmt_on_off", sctp_cmt_on_off),
    SCTP_USRSCTP_SYSCTL("cmt_use_dac", sctp_cmt_use_dac),
    SCTP_USRSCTP_SYSCTL("cwnd_maxburst", sctp_use_cwnd_based_maxburst),
    SCTP_USRSCTP_SYSCTL("nat_friendly", sctp_nat_friendly),
    SCTP_USRSCTP_SYSCTL("abc_l_var", sctp_L2_abc_variable),
    SCTP_USRSCTP_SYSCTL("max_chained_mbufs", sctp_mbuf_threshold_count),
    SCTP_USRSCTP_SYSCTL("do_sctp_drain", sctp_do_drain),
    SCTP_USRSCTP_SYSCTL("hb_max_burst", sctp_hb_maxburst),
    SCTP_USRSCTP_SYSCTL("abort_at_limit", sctp_abort_if_one_2_one_hits_limit),
    SCTP_USRSCTP_SYSCTL("min_residual", sctp_min_residual),
    SCTP_USRSCTP_SYSCTL("max_retran_chunk", sctp_max_retran_chunk),
    SCTP_USRSCTP_SYSCTL("log_level", sctp_logging_level),
    SCTP_USRSCTP_SYSCTL("default_cc_module", sctp_default_cc_module),
    SCTP_USRSCTP_SYSCTL("default_ss_module", sctp_default_ss_module),
    SCTP_USRSCTP_SYSCTL("default_frag_interleave", sctp_default_frag_interleave),
    SCTP_USRSCTP_SYSCTL("mobility_base", sctp_mobility_base),
    SCTP_USRSCTP_SYSCTL("mobility_fasthandoff", sctp_mobility_fasthandoff),
    SCTP_USRSCTP_SYSCTL("enable_sack_immediately", sctp_enable_sack_immediately),
    SCTP_USRSCTP_SYSCTL("nat_friendly_init", sctp_inits_include_nat_friendly),
    SCTP_USRSCTP_SYSCTL("vtag_time_wait", sctp_vtag_time_wait),
    SCTP_USRSCTP_SYSCTL("buffer_splitting", sctp_buffer_splitting),
    SCTP_USRSCTP_SYSCTL("initial_cwnd", sctp_initial_cwnd),
    SCTP_USRSCTP_SYSCTL("rttvar_bw", sctp_rttvar_bw),
    SCTP_USRSCTP_SYSCTL("rttvar_rtt", sctp_rttvar_rtt),
    SCTP_USRSCTP_SYSCTL("rttvar_eqret", sctp_rttvar_eqret),
    SCTP_USRSCTP_SYSCTL("rttvar_steady_step", sctp_steady_step),
    SCTP_USRSCTP_SYSCTL("use_dcccecn", sctp_use_dccc_ecn),
    SCTP_USRSCTP_SYSCTL("blackhole", sctp_blackhole),
    SCTP_USRSCTP_SYSCTL("diag_info_code", sctp_diag_info_code),
    SCTP_USRSCTP_SYSCTL("debug", sctp_debug_on),
};

#undef SCTP_USRSCTP_SYSCTL

/**
 * \param [in] name FreeBSD's name (with or without "net.inet.sctp.") or libusrsctp's variable
 * \return the sysctl, or nullptr
 */
const Sysctl*
FindSysctl(const std::string& name)
{
    const std::string prefix = "net.inet.sctp.";
    std::string n = name.compare(0, prefix.size(), prefix) == 0 ? name.substr(prefix.size()) : name;
    for (const Sysctl& s : g_sysctls)
    {
        if (n == s.freebsd || n == s.field)
        {
            return &s;
        }
    }
    return nullptr;
}

/// Everything the instance keeps. Allocated once and never freed: the library outlives main.
struct State
{
    bool initialized{false};      //!< usrsctp_init_nothreads was called (and not finished)
    bool probed{false};           //!< the interposition was checked
    bool clockInterposed{false};  //!< gettimeofday reaches the module
    bool randomInterposed{false}; //!< read_random reaches the module
    bool timersObserved{false};   //!< sctp_os_timer_start/stop reach the module
    std::atomic<bool> timerCallOffThread{false}; //!< a timer call came from another thread
    uint64_t timeCalls{0};   //!< gettimeofday calls answered from the simulation
    uint64_t randomCalls{0}; //!< read_random calls answered from the simulation

    SctpUsrsctpInstance::TickMode requestedMode{SctpUsrsctpInstance::NEXT_EXPIRY}; //!< asked
    SctpUsrsctpInstance::TickMode mode{SctpUsrsctpInstance::NEXT_EXPIRY};          //!< in use

    bool session{false};    //!< a simulation uses the library
    bool draining{false};   //!< the session is ending
    bool pollWanted{false}; //!< sockets' status may have changed
    uint32_t ticks{0};      //!< the library's tick count (only this module advances it)
    uint32_t baseTick{0};   //!< ticks at the session's start
    int64_t baseMs{0};      //!< simulated ms at the session's start
    EventId timerEvent;     //!< the next timer event
    Time timerEventAt;      //!< when it runs

    std::map<void*, uint32_t> timers;                         //!< pending timer -> expiry tick
    std::map<void*, SctpUsrsctpL4Protocol*> nodes;            //!< AF_CONN address -> node
    uintptr_t nextToken{0x1000};                              //!< next AF_CONN address
    std::map<struct socket*, SctpUsrsctpSocket*> sockets;     //!< library socket -> object
    Ptr<UniformRandomVariable> random;                        //!< the library's random bytes
    int64_t randomStream{-1};                                 //!< its stream, -1 if automatic
    std::vector<std::pair<const Sysctl*, uint32_t>> defaults; //!< sysctls after init
    struct sctpstat statBase;                                 //!< counters at session start
    SctpUsrsctpInstance::TickStats stats;                     //!< the session's tick costs
    SctpUsrsctpInstance::Counters lastCounters;               //!< counters at the last end
};

State&
S()
{
    static State* s = new State();
    return *s;
}

/**
 * \param [in] a a tick
 * \param [in] b another
 * \return true if a is at or before b (serial arithmetic)
 */
bool
TickLe(uint32_t a, uint32_t b)
{
    return static_cast<int32_t>(a - b) <= 0;
}

/// The library's debug output, into the log.
void
DebugPrintf(const char* format, ...)
{
    char buffer[512];
    va_list args;
    va_start(args, format);
    vsnprintf(buffer, sizeof(buffer), format, args);
    va_end(args);
    NS_LOG_DEBUG("libusrsctp: " << buffer);
}

/// The library's conn output: a packet for the node owning the address.
int
ConnOutput(void* addr, void* buffer, size_t length, uint8_t tos, uint8_t setDf)
{
    State& s = S();
    auto it = s.nodes.find(addr);
    if (it == s.nodes.end())
    {
        NS_LOG_LOGIC("packet of " << length << " bytes from a node that is gone: dropped");
        return 0;
    }
    it->second->SendFromLibrary(static_cast<const uint8_t*>(buffer), length, tos);
    return 0;
}

/// The library's upcall: a socket has something to report.
void
Upcall(struct socket* so, void* arg, int flags)
{
    State& s = S();
    auto it = s.sockets.find(so);
    if (it != s.sockets.end() && !s.draining)
    {
        it->second->ScheduleProcess();
    }
}

/// \return the simulated time in whole milliseconds
int64_t
NowMs()
{
    return Simulator::Now().GetNanoSeconds() / 1000000;
}

/**
 * \brief Advance the library's clock to a tick, firing what expires.
 * \param [in] target the tick
 */
void
AdvanceTo(uint32_t target)
{
    State& s = S();
    if (TickLe(target, s.ticks))
    {
        return;
    }
    bool due = true;
    if (s.timersObserved && !s.timerCallOffThread)
    {
        due = std::any_of(s.timers.begin(), s.timers.end(), [target](const auto& t) {
            return TickLe(t.second, target);
        });
    }
    uint32_t elapsed = target - s.ticks;
    NS_LOG_LOGIC("ticks " << s.ticks << " -> " << target << (due ? ", timers due" : ""));
    s.ticks = target; // before the call: timers restarted by handlers count from here
    s.stats.handleTimerCalls++;
    usrsctp_handle_timers(elapsed);
    for (auto it = s.timers.begin(); it != s.timers.end();)
    {
        it = TickLe(it->second, s.ticks) ? s.timers.erase(it) : std::next(it);
    }
    if (due)
    {
        s.pollWanted = true;
    }
}

/// Bring the library's clock to the present.
void
CatchUp()
{
    State& s = S();
    if (!s.session || s.draining)
    {
        return;
    }
    AdvanceTo(s.baseTick + static_cast<uint32_t>(NowMs() - s.baseMs));
}

/// The timer event: the Entry brings the clock to the present and schedules the next one.
void
TimerEvent()
{
    S().stats.tickEvents++;
    SctpUsrsctpInstance::Entry entry;
}

/// Schedule the event that fires the next timer (or the next millisecond's tick).
void
ScheduleTimerEvent()
{
    State& s = S();
    if (!s.session || s.draining)
    {
        return;
    }
    bool nextExpiry = s.mode == SctpUsrsctpInstance::NEXT_EXPIRY && !s.timerCallOffThread;
    Time at;
    if (nextExpiry)
    {
        if (s.timers.empty())
        {
            s.timerEvent.Cancel();
            return;
        }
        uint32_t earliest = s.timers.begin()->second;
        for (const auto& t : s.timers)
        {
            if (TickLe(t.second, earliest))
            {
                earliest = t.second;
            }
        }
        at = MilliSeconds(s.baseMs + static_cast<int32_t>(earliest - s.baseTick));
    }
    else
    {
        if (s.sockets.empty())
        {
            // Nothing is open: the library's remaining timers only free memory; they run at
            // the end of the session.
            s.timerEvent.Cancel();
            return;
        }
        at = MilliSeconds(NowMs() + 1);
    }
    at = std::max(at, Simulator::Now());
    if (s.timerEvent.IsRunning() && s.timerEventAt == at)
    {
        return;
    }
    s.timerEvent.Cancel();
    s.timerEventAt = at;
    s.timerEvent = Simulator::Schedule(at - Simulator::Now(), &TimerEvent);
}

/// Read every open socket's status into its traces.
void
PollSockets()
{
    State& s = S();
    s.pollWanted = false;
    std::vector<std::pair<struct socket*, SctpUsrsctpSocket*>> sockets(s.sockets.begin(),
                                                                       s.sockets.end());
    for (const auto& [so, socket] : sockets)
    {
        auto it = s.sockets.find(so);
        if (it != s.sockets.end() && it->second == socket)
        {
            Ptr<SctpUsrsctpSocket> keep = socket;
            keep->PollStatus();
        }
    }
}

/// End of a simulation: abort what is left without sending, run the library's timers out.
void
EndSession()
{
    State& s = S();
    if (!s.session)
    {
        return;
    }
    NS_LOG_FUNCTION_NOARGS();
    s.nodes.clear(); // nothing leaves from now on
    std::vector<SctpUsrsctpSocket*> sockets;
    for (const auto& so : s.sockets)
    {
        sockets.push_back(so.second);
    }
    for (SctpUsrsctpSocket* socket : sockets)
    {
        Ptr<SctpUsrsctpSocket> keep = socket;
        keep->Discard();
    }
    s.sockets.clear();
    s.draining = true;
    s.timerEvent.Cancel();
    {
        SctpUsrsctpInstance::Entry entry;
        // Associations and endpoints being freed wait for their timers; let them expire.
        for (int i = 0; i < 64; ++i)
        {
            if (s.timersObserved && !s.timerCallOffThread)
            {
                if (s.timers.empty())
                {
                    break;
                }
                uint32_t earliest = s.timers.begin()->second;
                for (const auto& t : s.timers)
                {
                    if (TickLe(t.second, earliest))
                    {
                        earliest = t.second;
                    }
                }
                AdvanceTo(earliest);
            }
            else
            {
                AdvanceTo(s.ticks + 60000);
            }
        }
        // Stop the library: the next simulation starts from a fresh one, without this one's
        // verification tags in time-wait, addresses, endpoints or statistics.
        s.lastCounters = SctpUsrsctpInstance::GetCounters();
        if (usrsctp_finish() == 0)
        {
            s.initialized = false;
            s.timers.clear();
        }
        else
        {
            NS_LOG_WARN("SctpUsrsctpInstance: libusrsctp still has endpoints at the end of the "
                        "simulation; the next one shares its state");
        }
    }
    s.draining = false;
    s.session = false;
    s.random = nullptr;
    s.randomStream = -1;
    NS_LOG_LOGIC("session ended: " << s.stats.tickEvents << " timer events, "
                                   << s.stats.handleTimerCalls << " usrsctp_handle_timers calls");
}

/// Start the library for a session (inside an Entry, so it reads simulated time).
void
Initialize()
{
    State& s = S();
    if (s.initialized)
    {
        return;
    }
    s.initialized = true;
    uint64_t timeCalls = s.timeCalls;
    usrsctp_init_nothreads(0, &ConnOutput, &DebugPrintf);
    // sctp_pcb_init reads the time for the statistics' discontinuity time.
    s.clockInterposed = s.timeCalls > timeCalls;
    NS_ABORT_MSG_IF(!s.clockInterposed,
                    "SctpUsrsctpInstance: libusrsctp does not read the time through this "
                    "module's gettimeofday, so it cannot run on simulated time. The module "
                    "library must come before the C library in the program's symbol lookup "
                    "order: link the program directly with libns3-sctp (-Wl,--no-as-needed), "
                    "and do not load it with dlopen(RTLD_LOCAL).");
    if (!s.probed)
    {
        s.probed = true;
        for (const Sysctl& sysctl : g_sysctls)
        {
            s.defaults.emplace_back(&sysctl, sysctl.get());
        }
        // A probe socket: creating an endpoint draws its random numbers and starts its
        // secret-rotation timer, which shows whether both calls reach the module.
        uint64_t randomCalls = s.randomCalls;
        uint64_t timersStarted = s.stats.timersStarted;
        struct socket* probe =
            usrsctp_socket(AF_CONN, SOCK_STREAM, IPPROTO_SCTP, nullptr, nullptr, 0, nullptr);
        NS_ABORT_MSG_IF(!probe, "SctpUsrsctpInstance: libusrsctp cannot create a socket");
        s.randomInterposed = s.randomCalls > randomCalls;
        s.timersObserved = s.stats.timersStarted > timersStarted;
        usrsctp_close(probe);
        if (!s.randomInterposed)
        {
            NS_LOG_WARN("SctpUsrsctpInstance: libusrsctp draws its random numbers from the "
                        "system: verification tags and TSNs will differ from run to run");
        }
        if (!s.timersObserved)
        {
            NS_LOG_WARN("SctpUsrsctpInstance: libusrsctp's timer calls are not observed: its "
                        "timers are driven by a 1 ms tick");
        }
    }
    NS_LOG_INFO("libusrsctp started: clock " << s.clockInterposed << ", random "
                                             << s.randomInterposed << ", timers "
                                             << s.timersObserved);
}

/// Begin a session if none runs.
void
BeginSession()
{
    State& s = S();
    if (s.session)
    {
        return;
    }
    NS_LOG_FUNCTION_NOARGS();
    s.session = true;
    s.baseTick = s.ticks;
    s.baseMs = NowMs();
    s.stats = SctpUsrsctpInstance::TickStats();
    s.lastCounters = SctpUsrsctpInstance::Counters();
    s.mode = s.requestedMode;
    {
        SctpUsrsctpInstance::Entry entry;
        if (!s.initialized)
        {
            // A fresh library: AF_CONN addresses can start over, so that they (and the state
            // cookies that carry them) are the same in every run.
            s.nextToken = 0x1000;
        }
        Initialize();
        for (const auto& d : s.defaults)
        {
            d.first->set(d.second);
        }
        usrsctp_get_stat(&s.statBase);
    }
    s.mode = s.requestedMode == SctpUsrsctpInstance::NEXT_EXPIRY && s.timersObserved
                 ? SctpUsrsctpInstance::NEXT_EXPIRY
                 : SctpUsrsctpInstance::EVERY_MILLISECOND;
    Simulator::ScheduleDestroy(&EndSession);
}

} // namespace

SctpUsrsctpInstance::Entry::Entry(bool changesState)
{
    if (changesState)
    {
        S().pollWanted = true;
    }
    if (t_depth++ == 0)
    {
        State& s = S();
        s.stats.libraryEntries++;
        if (s.initialized)
        {
            // ns-3's ChecksumEnabled decides, for both stacks: without it the library neither
            // computes nor checks the CRC32c.
            if (Node::ChecksumEnabled())
            {
                usrsctp_disable_crc32c_offload();
            }
            else
            {
                usrsctp_enable_crc32c_offload();
            }
        }
        CatchUp();
    }
}

SctpUsrsctpInstance::Entry::~Entry()
{
    if (t_depth == 1)
    {
        State& s = S();
        if (s.session && !s.draining)
        {
            if (s.pollWanted)
            {
                PollSockets();
            }
            ScheduleTimerEvent();
        }
    }
    t_depth--;
}

void
SctpUsrsctpInstance::SetTickMode(TickMode mode)
{
    NS_LOG_FUNCTION(mode);
    State& s = S();
    s.requestedMode = mode;
    if (s.session)
    {
        s.mode = mode == NEXT_EXPIRY && s.timersObserved ? NEXT_EXPIRY : EVERY_MILLISECOND;
        s.timerEvent.Cancel();
        ScheduleTimerEvent();
    }
}

SctpUsrsctpInstance::TickMode
SctpUsrsctpInstance::GetTickMode()
{
    State& s = S();
    if (s.session)
    {
        return s.timerCallOffThread ? EVERY_MILLISECOND : s.mode;
    }
    return s.requestedMode == NEXT_EXPIRY && (!s.initialized || s.timersObserved)
               ? NEXT_EXPIRY
               : EVERY_MILLISECOND;
}

bool
SctpUsrsctpInstance::SetSysctl(const std::string& name, uint32_t value)
{
    NS_LOG_FUNCTION(name << value);
    const Sysctl* sysctl = FindSysctl(name);
    if (!sysctl)
    {
        NS_LOG_WARN("SctpUsrsctpInstance: unknown sysctl " << name);
        return false;
    }
    BeginSession();
    Entry entry;
    if (sysctl->set(value) != 0)
    {
        NS_LOG_WARN("SctpUsrsctpInstance: libusrsctp refused " << sysctl->freebsd << " = "
                                                               << value);
        return false;
    }
    return true;
}

bool
SctpUsrsctpInstance::GetSysctl(const std::string& name, uint32_t& value)
{
    const Sysctl* sysctl = FindSysctl(name);
    if (!sysctl)
    {
        return false;
    }
    BeginSession();
    Entry entry;
    value = sysctl->get();
    return true;
}

std::vector<std::string>
SctpUsrsctpInstance::GetSysctlNames()
{
    std::vector<std::string> names;
    for (const Sysctl& s : g_sysctls)
    {
        names.emplace_back(s.freebsd);
    }
    return names;
}

int64_t
SctpUsrsctpInstance::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(stream);
    State& s = S();
    s.randomStream = stream;
    if (s.random)
    {
        s.random->SetStream(stream);
    }
    return 1;
}

SctpUsrsctpInstance::Counters
SctpUsrsctpInstance::GetCounters()
{
    State& s = S();
    Counters c;
    if (!s.initialized)
    {
        return s.lastCounters;
    }
    struct sctpstat now;
    usrsctp_get_stat(&now);
    const struct sctpstat& b = s.statBase;
    c.outPackets = now.sctps_outpackets - b.sctps_outpackets;
    c.inPackets = now.sctps_inpackets - b.sctps_inpackets;
    c.dataChunksSent = now.sctps_senddata - b.sctps_senddata;
    c.retransmittedData = now.sctps_sendretransdata - b.sctps_sendretransdata;
    c.fastRetransmits = now.sctps_sendfastretrans - b.sctps_sendfastretrans;
    c.t3Timeouts = now.sctps_timodata - b.sctps_timodata;
    c.sacksSent = now.sctps_sendsacks - b.sctps_sendsacks;
    c.checksumErrors = now.sctps_checksumerrors - b.sctps_checksumerrors;
    c.outOfTheBlue = now.sctps_outoftheblue - b.sctps_outoftheblue;
    c.established = (now.sctps_activeestab - b.sctps_activeestab) +
                    (now.sctps_passiveestab - b.sctps_passiveestab);
    c.aborted = now.sctps_aborted - b.sctps_aborted;
    c.gracefulShutdowns = now.sctps_shutdown - b.sctps_shutdown;
    return c;
}

SctpUsrsctpInstance::TickStats
SctpUsrsctpInstance::GetTickStats()
{
    return S().stats;
}

bool
SctpUsrsctpInstance::IsClockInterposed()
{
    return S().clockInterposed;
}

bool
SctpUsrsctpInstance::IsRandomInterposed()
{
    return S().randomInterposed;
}

bool
SctpUsrsctpInstance::AreTimersObserved()
{
    return S().timersObserved && !S().timerCallOffThread;
}

uint32_t
SctpUsrsctpInstance::GetTicks()
{
    return S().ticks;
}

void*
SctpUsrsctpInstance::RegisterNode(SctpUsrsctpL4Protocol* l4)
{
    NS_LOG_FUNCTION(l4);
    State& s = S();
    BeginSession();
    void* token = reinterpret_cast<void*>(s.nextToken);
    s.nextToken += 0x10;
    s.nodes[token] = l4;
    Entry entry;
    usrsctp_register_address(token);
    return token;
}

void
SctpUsrsctpInstance::UnregisterNode(void* token)
{
    NS_LOG_FUNCTION(token);
    S().nodes.erase(token);
}

void
SctpUsrsctpInstance::RegisterSocket(struct socket* so, SctpUsrsctpSocket* socket)
{
    NS_LOG_FUNCTION(so << socket);
    State& s = S();
    s.sockets[so] = socket;
    Entry entry;
    usrsctp_set_upcall(so, &Upcall, nullptr);
}

void
SctpUsrsctpInstance::UnregisterSocket(struct socket* so)
{
    NS_LOG_FUNCTION(so);
    S().sockets.erase(so);
}

bool
SctpUsrsctpInstance::SimulatedTimeOfDay(int64_t& sec, int64_t& usec)
{
    if (t_depth == 0)
    {
        return false;
    }
    S().timeCalls++;
    int64_t ns = Simulator::Now().GetNanoSeconds();
    sec = ns / 1000000000;
    usec = (ns % 1000000000) / 1000;
    return true;
}

bool
SctpUsrsctpInstance::SimulatedRandom(void* buf, size_t size)
{
    if (t_depth == 0)
    {
        return false;
    }
    State& s = S();
    s.randomCalls++;
    if (!s.random)
    {
        s.random = CreateObject<UniformRandomVariable>();
        if (s.randomStream >= 0)
        {
            s.random->SetStream(s.randomStream);
        }
    }
    auto* out = static_cast<uint8_t*>(buf);
    for (size_t i = 0; i < size; i += 4)
    {
        uint32_t v = s.random->GetInteger(0, 0xffffffff);
        std::memcpy(out + i, &v, std::min<size_t>(4, size - i));
    }
    return true;
}

void
SctpUsrsctpInstance::TimerStarted(void* timer, uint32_t ticks)
{
    State& s = S();
    if (t_depth == 0)
    {
        s.timerCallOffThread = true; // not ours to observe: fall back to the 1 ms tick
        return;
    }
    s.stats.timersStarted++;
    s.timers[timer] = s.ticks + std::max<uint32_t>(ticks, 1);
    NS_LOG_LOGIC("timer " << timer << " started for " << ticks << " ticks at tick " << s.ticks);
}

void
SctpUsrsctpInstance::TimerStopped(void* timer)
{
    State& s = S();
    if (t_depth == 0)
    {
        s.timerCallOffThread = true;
        return;
    }
    s.timers.erase(timer);
}

} // namespace ns3

// ---------------------------------------------------------------------------------------------
// Symbols libusrsctp resolves through its PLT. Defined here, they come before the C library's
// (and before libusrsctp's own, for its internal ones) in the lookup order of any program that
// links the module. Each one answers from the simulation only inside a call from the
// simulation (an Entry on this thread) and forwards to the next definition otherwise.

namespace
{

/// gettimeofday's type.
typedef int (*GettimeofdayFn)(struct timeval*, void*);
/// read_random's type.
typedef void (*ReadRandomFn)(void*, size_t);
/// sctp_os_timer_start's type.
typedef int (*TimerStartFn)(void*, uint32_t, void (*)(void*), void*);
/// sctp_os_timer_stop's type.
typedef int (*TimerStopFn)(void*);

/**
 * \param [in] name a symbol
 * \param [in] self this module's definition of it
 * \return the next definition in the lookup order, nullptr if none
 */
void*
NextSymbol(const char* name, void* self)
{
    void* p = dlsym(RTLD_NEXT, name);
    return p == self ? nullptr : p;
}

} // namespace

extern "C"
{
    /**
     * \brief gettimeofday: simulated time inside calls from the simulation into libusrsctp, the
     * C library's answer otherwise.
     * \param [out] tv the time
     * \param [out] tz obsolete; zeroed if given
     * \return 0, or -1 with errno set
     */
    __attribute__((visibility("default"))) int gettimeofday(struct timeval* __restrict tv,
                                                            void* __restrict tz) __THROW
    {
        int64_t sec = 0;
        int64_t usec = 0;
        if (ns3::SctpUsrsctpInstance::SimulatedTimeOfDay(sec, usec))
        {
            tv->tv_sec = static_cast<time_t>(sec);
            tv->tv_usec = static_cast<suseconds_t>(usec);
            if (tz)
            {
                std::memset(tz, 0, sizeof(struct timezone));
            }
            return 0;
        }
        static GettimeofdayFn real = reinterpret_cast<GettimeofdayFn>(
            NextSymbol("gettimeofday", reinterpret_cast<void*>(&gettimeofday)));
        if (real)
        {
            return real(tv, tz);
        }
        struct timespec ts;
        int rc = clock_gettime(CLOCK_REALTIME, &ts);
        if (rc == 0)
        {
            tv->tv_sec = ts.tv_sec;
            tv->tv_usec = ts.tv_nsec / 1000;
        }
        if (tz)
        {
            std::memset(tz, 0, sizeof(struct timezone));
        }
        return rc;
    }

    /**
     * \brief libusrsctp's source of random bytes: an ns-3 random stream inside calls from the
     * simulation, the library's own (getrandom) otherwise.
     * \param [out] buf the bytes
     * \param [in] size how many
     */
    __attribute__((visibility("default"))) void read_random(void* buf, size_t size)
    {
        if (ns3::SctpUsrsctpInstance::SimulatedRandom(buf, size))
        {
            return;
        }
        static ReadRandomFn real = reinterpret_cast<ReadRandomFn>(
            NextSymbol("read_random", reinterpret_cast<void*>(&read_random)));
        if (real)
        {
            real(buf, size);
            return;
        }
        static std::random_device device;
        auto* out = static_cast<uint8_t*>(buf);
        for (size_t i = 0; i < size; ++i)
        {
            out[i] = static_cast<uint8_t>(device());
        }
    }

    /**
     * \brief libusrsctp's timer start, observed: the module records the timer's expiry.
     * \param [in] c the timer
     * \param [in] toTicks ticks until it expires
     * \param [in] ftn its handler
     * \param [in] arg the handler's argument
     * \return 1 if the timer was pending, 0 otherwise
     */
    __attribute__((visibility("default"))) int sctp_os_timer_start(void* c,
                                                                   uint32_t toTicks,
                                                                   void (*ftn)(void*),
                                                                   void* arg)
    {
        static TimerStartFn real = reinterpret_cast<TimerStartFn>(
            NextSymbol("sctp_os_timer_start", reinterpret_cast<void*>(&sctp_os_timer_start)));
        NS_ABORT_MSG_IF(!real, "sctp_os_timer_start: libusrsctp's definition not found");
        int ret = real(c, toTicks, ftn, arg);
        if (c && ftn)
        {
            ns3::SctpUsrsctpInstance::TimerStarted(c, toTicks);
        }
        return ret;
    }

    /**
     * \brief libusrsctp's timer stop, observed.
     * \param [in] c the timer
     * \return 1 if the timer was pending, 0 otherwise
     */
    __attribute__((visibility("default"))) int sctp_os_timer_stop(void* c)
    {
        static TimerStopFn real = reinterpret_cast<TimerStopFn>(
            NextSymbol("sctp_os_timer_stop", reinterpret_cast<void*>(&sctp_os_timer_stop)));
        NS_ABORT_MSG_IF(!real, "sctp_os_timer_stop: libusrsctp's definition not found");
        int ret = real(c);
        ns3::SctpUsrsctpInstance::TimerStopped(c);
        return ret;
    }
}
