/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script-runner.h"

#include "sctp-script-packet-builder.h"
#include "sctp-script-packet-matcher.h"
#include "sctp-script-parser.h"
#include "sctp-script-peer.h"
#include "sctp-script-symbols.h"

#include "ns3/boolean.h"
#include "ns3/data-rate.h"
#include "ns3/global-value.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/sctp-l4-protocol.h"
#include "ns3/sctp-stack-helper.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"

#include <arpa/inet.h>
#include <iomanip>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpScriptRunner");

namespace
{

/// How long "*" waits for an outbound packet, and a call without an end time may block.
const Time g_anyTimeout = Seconds(3600);

/// A net.inet.sctp sysctl and its SctpL4Protocol attribute.
struct Sysctl
{
    const char* name;      //!< the sysctl
    const char* attribute; //!< the attribute
    const char* unit;      //!< "ms" or "s" for times, "" for numbers and booleans
};

/// The sysctls scripts set with `sysctl -w net.inet.sctp.NAME=VALUE`.
const Sysctl g_sysctls[] = {
    {"sendspace", "SendSpace", ""},
    {"recvspace", "RecvSpace", ""},
    {"auto_asconf", "AutoAsconf", ""},
    {"ecn_enable", "EcnEnable", ""},
    {"pr_enable", "PrEnable", ""},
    {"auth_enable", "AuthEnable", ""},
    {"asconf_enable", "AsconfEnable", ""},
    {"reconfig_enable", "ReconfigEnable", ""},
    {"nrsack_enable", "NrSackEnable", ""},
    {"pktdrop_enable", "PktDropEnable", ""},
    {"loopback_nocsum", "LoopbackNoCsum", ""},
    {"peer_chkoh", "PeerChunkOverhead", ""},
    {"maxburst", "MaxBurst", ""},
    {"fr_maxburst", "FrMaxBurst", ""},
    {"maxchunks", "MaxChunks", ""},
    {"tcbhashsize", "TcbHashSize", ""},
    {"pcbhashsize", "PcbHashSize", ""},
    {"min_split_point", "MinSplitPoint", ""},
    {"chunkscale", "ChunkScale", ""},
    {"delayed_sack_time", "DelayedSackTime", "ms"},
    {"sack_freq", "SackFreq", ""},
    {"sys_resource", "SysResource", ""},
    {"asoc_resource", "AsocResource", ""},
    {"heartbeat_interval", "HeartbeatInterval", "ms"},
    {"pmtu_raise_time", "PmtuRaiseTime", "s"},
    {"shutdown_guard_time", "ShutdownGuardTime", "s"},
    {"secret_lifetime", "SecretLifetime", "s"},
    {"rto_max", "RtoMax", "ms"},
    {"rto_min", "RtoMin", "ms"},
    {"rto_initial", "RtoInitial", "ms"},
    {"init_rto_max", "InitRtoMax", "ms"},
    {"valid_cookie_life", "ValidCookieLife", "ms"},
    {"init_rtx_max", "InitRtxMax", ""},
    {"assoc_rtx_max", "AssocRtxMax", ""},
    {"path_rtx_max", "PathRtxMax", ""},
    {"path_pf_threshold", "PathPfThreshold", ""},
    {"add_more_on_output", "AddMoreOnOutput", ""},
    {"incoming_streams", "IncomingStreams", ""},
    {"outgoing_streams", "OutgoingStreams", ""},
    {"cmt_on_off", "CmtOnOff", ""},
    {"cmt_use_dac", "CmtUseDac", ""},
    {"cwnd_maxburst", "CwndMaxBurst", ""},
    {"nat_friendly", "NatFriendly", ""},
    {"abc_l_var", "AbcLVar", ""},
    {"max_chained_mbufs", "MaxChainedMbufs", ""},
    {"do_sctp_drain", "DoSctpDrain", ""},
    {"hb_max_burst", "HbMaxBurst", ""},
    {"abort_at_limit", "AbortAtLimit", ""},
    {"min_residual", "MinResidual", ""},
    {"max_retran_chunk", "MaxRetranChunk", ""},
    {"log_level", "LogLevel", ""},
    {"default_cc_module", "DefaultCcModule", ""},
    {"default_ss_module", "DefaultSsModule", ""},
    {"default_frag_interleave", "DefaultFragInterleave", ""},
    {"mobility_base", "MobilityBase", ""},
    {"mobility_fasthandoff", "MobilityFastHandoff", ""},
    {"udp_tunneling_port", "UdpTunnelingPort", ""},
    {"enable_sack_immediately", "EnableSackImmediately", ""},
    {"nat_friendly_init", "NatFriendlyInit", ""},
    {"vtag_time_wait", "VtagTimeWait", "s"},
    {"buffer_splitting", "BufferSplitting", ""},
    {"initial_cwnd", "InitialCwnd", ""},
    {"rttvar_bw", "RttvarBw", ""},
    {"rttvar_rtt", "RttvarRtt", ""},
    {"rttvar_eqret", "RttvarEqret", ""},
    {"rttvar_steady_step", "RttvarSteadyStep", ""},
    {"use_dcccecn", "UseDcccEcn", ""},
    {"blackhole", "Blackhole", ""},
    {"sendall_limit", "SendallLimit", ""},
    {"diag_info_code", "DiagInfoCode", ""},
    {"ootb_with_zero_cksum", "OotbWithZeroCksum", ""},
    {"strict_sacks", "StrictSacks", ""},
    {"strict_data_order", "StrictDataOrder", ""},
    {"debug", "Debug", ""},
};

/**
 * \param [in] t a time
 * \return it in seconds with microseconds, "1.250000"
 */
std::string
Seconds6(Time t)
{
    std::ostringstream os;
    os << std::fixed << std::setprecision(6) << t.GetSeconds();
    return os.str();
}

} // namespace

SctpScriptRunner::SctpScriptRunner()
{
    m_defines.insert("FreeBSD");
    m_defines.insert("ns3");
}

SctpScriptRunner::~SctpScriptRunner() = default;

void
SctpScriptRunner::Define(const std::string& symbol)
{
    m_defines.insert(symbol);
}

void
SctpScriptRunner::SetTrace(std::ostream* os)
{
    m_trace = os;
}

SctpScriptResult
SctpScriptRunner::RunFile(const std::string& path)
{
    SctpScriptParser parser;
    for (const std::string& d : m_defines)
    {
        parser.Define(d);
    }
    SctpScript script;
    std::string error;
    if (!parser.ParseFile(path, script, error))
    {
        SctpScriptResult r;
        r.path = path;
        r.error = "syntax: " + error;
        if (error.rfind("line ", 0) == 0)
        {
            r.line = std::atoi(error.c_str() + 5);
        }
        return r;
    }
    return Run(script);
}

SctpScriptResult
SctpScriptRunner::Run(const SctpScript& script)
{
    NS_LOG_FUNCTION(this << script.path);
    m_script = &script;
    m_result = SctpScriptResult();
    m_result.path = script.path;
    m_done = false;
    m_mapping = SctpScriptMapping();
    m_captured.clear();
    m_index = 0;
    m_timeSet = false;
    m_waitingOutbound = false;
    m_pending.reset();
    m_held.reset();

    BooleanValue checksums;
    GlobalValue::GetValueByName("ChecksumEnabled", checksums);
    GlobalValue::Bind("ChecksumEnabled", BooleanValue(true));
    if (Configure(script))
    {
        Simulator::ScheduleNow(&SctpScriptRunner::Advance, this);
        Simulator::Run();
    }
    m_result.end = Simulator::Now();
    if (m_syscalls)
    {
        m_syscalls->CloseAll();
    }
    if (m_peer)
    {
        m_peer->SetReceiveCallback(SctpScriptPeer::ReceiveCallback());
    }
    Simulator::Destroy();
    m_syscalls.reset();
    m_peer = nullptr;
    m_stack = nullptr;
    m_peerNode = nullptr;
    m_pending.reset();
    m_held.reset();
    GlobalValue::Bind("ChecksumEnabled", checksums);
    m_script = nullptr;
    return m_result;
}

bool
SctpScriptRunner::Configure(const SctpScript& script)
{
    m_toleranceFixed = MicroSeconds(4000);
    m_tolerancePercent = 5;
    m_localAddress = Ipv4Address("192.168.0.1");
    m_remoteAddress = Ipv4Address("192.0.2.1");
    m_bindPort = 8080;
    m_connectPort = 8080;
    m_mtu = 1500;
    for (const auto& option : script.options)
    {
        const std::string& name = option.first;
        const std::string& value = option.second;
        int line = script.optionLines.at(name);
        try
        {
            if (name == "tolerance_usecs")
            {
                m_toleranceFixed = MicroSeconds(std::stoll(value));
            }
            else if (name == "tolerance_percent")
            {
                m_tolerancePercent = std::stod(value);
            }
            else if (name == "local_ip" || name == "remote_ip")
            {
                unsigned char buf[4];
                if (inet_pton(AF_INET, value.c_str(), buf) != 1)
                {
                    Failure(line, "unsupported: --" + name + "=" + value + ": IPv4 only");
                    return false;
                }
                (name == "local_ip" ? m_localAddress : m_remoteAddress) =
                    Ipv4Address(value.c_str());
            }
            else if (name == "bind_port")
            {
                m_bindPort = static_cast<uint16_t>(std::stoul(value));
            }
            else if (name == "connect_port")
            {
                m_connectPort = static_cast<uint16_t>(std::stoul(value));
            }
            else if (name == "mtu")
            {
                m_mtu = static_cast<uint16_t>(std::stoul(value));
            }
            else if (name == "ip_version")
            {
                if (value != "ipv4")
                {
                    m_result.unsupported = true;
                    Failure(line, "unsupported: --ip_version=" + value + ": the peer is IPv4");
                    return false;
                }
            }
            else
            {
                m_result.unsupported = true;
                Failure(line, "unsupported: option --" + name);
                return false;
            }
        }
        catch (const std::exception&)
        {
            Failure(line, "bad value for --" + name + ": " + value);
            return false;
        }
    }

    NodeContainer nodes;
    nodes.Create(2);
    m_stack = nodes.Get(0);
    m_peerNode = nodes.Get(1);
    PointToPointHelper p2p;
    // Packets cross the link in no simulated time, as through packetdrill's tun device.
    p2p.SetDeviceAttribute("DataRate", DataRateValue(DataRate(1000000000000000000ULL)));
    p2p.SetDeviceAttribute("Mtu", UintegerValue(m_mtu));
    p2p.SetChannelAttribute("Delay", TimeValue(Seconds(0)));
    NetDeviceContainer devices = p2p.Install(nodes);
    InternetStackHelper internet;
    internet.Install(nodes);
    SctpStackHelper sctp;
    sctp.Install(m_stack);
    sctp.AssignStreams(NodeContainer(m_stack), 0);

    // Each end has its own /24; a route for the other's sends it over the link.
    Ipv4StaticRoutingHelper routing;
    Ipv4Address addresses[2] = {m_localAddress, m_remoteAddress};
    for (int i = 0; i < 2; ++i)
    {
        Ptr<Ipv4> ipv4 = nodes.Get(i)->GetObject<Ipv4>();
        int32_t interface = ipv4->AddInterface(devices.Get(i));
        ipv4->AddAddress(interface, Ipv4InterfaceAddress(addresses[i], Ipv4Mask("255.255.255.0")));
        ipv4->SetMetric(interface, 1);
        ipv4->SetUp(interface);
        Ipv4Address other = addresses[1 - i];
        routing.GetStaticRouting(ipv4)->AddNetworkRouteTo(
            other.CombineMask(Ipv4Mask("255.255.255.0")),
            Ipv4Mask("255.255.255.0"),
            interface);
    }

    m_peer = CreateObject<SctpScriptPeer>();
    m_peer->Install(m_peerNode);
    m_peer->SetReceiveCallback(MakeCallback(&SctpScriptRunner::Capture, this));

    SctpScriptSyscalls::Context context;
    context.node = m_stack;
    context.localAddress = m_localAddress;
    context.remoteAddress = m_remoteAddress;
    context.bindPort = m_bindPort;
    context.connectPort = m_connectPort;
    m_syscalls = std::make_unique<SctpScriptSyscalls>(context);
    m_syscalls->SetWakeCallback(MakeCallback(&SctpScriptRunner::Wake, this));
    return true;
}

Time
SctpScriptRunner::Tolerance(const SctpScriptEvent& ev) const
{
    Time delta = m_target - m_base;
    Time dynamic = delta.IsStrictlyPositive() ? delta * (m_tolerancePercent / 100.0) : Time(0);
    return std::max(m_toleranceFixed, dynamic);
}

std::string
SctpScriptRunner::Describe(const SctpScriptEvent& ev)
{
    std::ostringstream os;
    switch (ev.kind)
    {
    case SctpScriptEvent::PACKET: {
        os << (ev.packet.inbound ? "< " : "> ");
        if (ev.packet.hasAddresses)
        {
            os << ev.packet.sourceAddress << " > " << ev.packet.destinationAddress << " ";
        }
        if (ev.packet.hasPorts)
        {
            os << ev.packet.sourcePort << ">" << ev.packet.destinationPort << " ";
        }
        os << "sctp";
        std::vector<std::string> header;
        if (ev.packet.explicitTag)
        {
            header.push_back("tag=" + std::to_string(ev.packet.tag));
        }
        if (ev.packet.badCrc)
        {
            header.push_back("bad_crc32c");
        }
        if (ev.packet.zeroChecksum)
        {
            header.push_back("zero_checksum");
        }
        if (!header.empty())
        {
            os << "(";
            for (size_t i = 0; i < header.size(); ++i)
            {
                os << (i ? ", " : "") << header[i];
            }
            os << ")";
        }
        os << ":";
        for (size_t i = 0; i < ev.packet.chunks.size(); ++i)
        {
            os << (i ? "; " : " ") << ev.packet.chunks[i].ToString();
        }
        break;
    }
    case SctpScriptEvent::SYSCALL:
        os << ev.syscall.name << "(";
        for (size_t i = 0; i < ev.syscall.args.size(); ++i)
        {
            os << (i ? ", " : "") << ev.syscall.args[i].ToString();
        }
        os << ") = " << ev.syscall.result.ToString();
        if (!ev.syscall.errnoName.empty())
        {
            os << " " << ev.syscall.errnoName;
        }
        break;
    case SctpScriptEvent::COMMAND:
        os << "`" << ev.command << "`";
        break;
    }
    return os.str();
}

void
SctpScriptRunner::Failure(int line,
                          const std::string& error,
                          const std::string& expected,
                          const std::string& actual,
                          const std::string& packet)
{
    if (m_done)
    {
        return;
    }
    NS_LOG_FUNCTION(this << line << error);
    m_done = true;
    m_result.passed = false;
    m_result.line = line;
    m_result.error = error;
    m_result.expected = expected;
    m_result.actual = actual;
    m_result.packet = packet;
    m_result.unsupported = m_result.unsupported || error.rfind("unsupported", 0) == 0;
    if (m_trace)
    {
        *m_trace << Seconds6(Simulator::Now()) << " line " << line << ": FAIL " << error << "\n";
    }
    Simulator::Stop();
}

void
SctpScriptRunner::Finish()
{
    if (m_done)
    {
        return;
    }
    if (m_pending)
    {
        return; // its completion or its deadline ends the script
    }
    m_done = true;
    m_result.passed = true;
    Simulator::Stop();
}

void
SctpScriptRunner::Advance()
{
    const std::vector<SctpScriptEvent>& events = m_script->events;
    while (!m_done)
    {
        if (m_held || m_waitingOutbound)
        {
            return;
        }
        if (m_index >= events.size())
        {
            Finish();
            return;
        }
        const SctpScriptEvent& ev = events[m_index];
        if (!m_timeSet)
        {
            m_base = Simulator::Now();
            switch (ev.time.type)
            {
            case SctpScriptTime::ABSOLUTE:
                m_target = m_targetEnd = ev.time.start;
                break;
            case SctpScriptTime::ABSOLUTE_RANGE:
                m_target = ev.time.start;
                m_targetEnd = ev.time.end;
                break;
            case SctpScriptTime::RELATIVE:
                m_target = m_targetEnd = m_base + ev.time.start;
                break;
            case SctpScriptTime::RELATIVE_RANGE:
                m_target = m_base + ev.time.start;
                m_targetEnd = m_base + ev.time.end;
                break;
            case SctpScriptTime::ANY:
                m_target = m_targetEnd = m_base;
                break;
            }
            m_timeSet = true;
        }
        if (ev.kind == SctpScriptEvent::PACKET && !ev.packet.inbound)
        {
            if (m_captured.empty())
            {
                Time deadline = ev.time.type == SctpScriptTime::ANY
                                    ? Simulator::Now() + g_anyTimeout
                                    : m_targetEnd + Tolerance(ev);
                Time wait = std::max(deadline - Simulator::Now(), Time(0));
                m_waitingOutbound = true;
                m_outboundDeadline =
                    Simulator::Schedule(wait, &SctpScriptRunner::OutboundTimeout, this);
                return;
            }
            Captured p = m_captured.front();
            m_captured.pop_front();
            if (!MatchOutbound(ev, p))
            {
                return;
            }
        }
        else
        {
            if (m_target > Simulator::Now())
            {
                m_advanceEvent = Simulator::Schedule(m_target - Simulator::Now(),
                                                     &SctpScriptRunner::Advance,
                                                     this);
                return;
            }
            // A blocked call that can complete now does so before the next event, as the
            // stack's progress came first.
            if (m_pending && RetryPending(*m_pending))
            {
                m_pending.reset();
            }
            if (m_done)
            {
                return;
            }
            if (m_trace)
            {
                *m_trace << Seconds6(Simulator::Now()) << " line " << ev.line << ": "
                         << Describe(ev) << "\n";
            }
            if (ev.kind == SctpScriptEvent::PACKET)
            {
                if (!ExecuteInbound(ev))
                {
                    return;
                }
            }
            else if (ev.kind == SctpScriptEvent::COMMAND)
            {
                if (!ExecuteCommand(ev))
                {
                    return;
                }
            }
            else
            {
                if (ev.syscall.blocking && m_pending)
                {
                    Failure(ev.line,
                            "blocking system call while another blocking system call (line " +
                                std::to_string(events[m_pending->index].line) + ") is in progress");
                    return;
                }
                SctpScriptSyscalls::Outcome o = m_syscalls->Attempt(ev.syscall);
                if (o.status == SctpScriptSyscalls::Outcome::FAILED)
                {
                    Failure(ev.line, o.message, Describe(ev));
                    return;
                }
                if (o.status == SctpScriptSyscalls::Outcome::WOULD_BLOCK)
                {
                    auto p = std::make_unique<Pending>();
                    p->index = m_index;
                    if (ev.syscall.blocking)
                    {
                        p->hasEnd = true;
                        p->end = (ev.time.type == SctpScriptTime::ABSOLUTE ? Time(0) : m_base) +
                                 ev.syscall.end;
                        Time deadline = p->end + Tolerance(ev);
                        p->deadline =
                            Simulator::Schedule(std::max(deadline - Simulator::Now(), Time(0)),
                                                &SctpScriptRunner::PendingTimeout,
                                                this);
                        m_pending = std::move(p);
                        // The script goes on while the call blocks.
                    }
                    else
                    {
                        p->deadline =
                            Simulator::Schedule(g_anyTimeout, &SctpScriptRunner::HeldTimeout, this);
                        m_held = std::move(p);
                        return;
                    }
                }
                else
                {
                    if (ev.syscall.blocking)
                    {
                        Time end = (ev.time.type == SctpScriptTime::ABSOLUTE ? Time(0) : m_base) +
                                   ev.syscall.end;
                        Time tol = Tolerance(ev);
                        if (Simulator::Now() < end - tol || Simulator::Now() > end + tol)
                        {
                            Failure(ev.line,
                                    "timing error: the system call returned at once",
                                    "returns at " + Seconds6(end) + " s",
                                    "returned at " + Seconds6(Simulator::Now()) + " s");
                            return;
                        }
                    }
                    if (!CheckSyscall(ev, o))
                    {
                        return;
                    }
                }
            }
        }
        ++m_index;
        m_timeSet = false;
        if (ev.kind != SctpScriptEvent::PACKET || ev.packet.inbound)
        {
            // Let the stack process what this event set off (an injected packet travels the
            // link in no time, but in events of its own) before the next event runs.
            m_advanceEvent = Simulator::ScheduleNow(&SctpScriptRunner::Advance, this);
            return;
        }
    }
}

void
SctpScriptRunner::Capture(const std::vector<uint8_t>& bytes, const Address& from, const Address& to)
{
    if (m_done)
    {
        return;
    }
    if (m_trace)
    {
        SctpScriptPacketMatcher matcher(m_mapping);
        *m_trace << Seconds6(Simulator::Now()) << " sent by the stack: " << matcher.Describe(bytes)
                 << "\n";
    }
    m_captured.push_back({bytes, Simulator::Now(), from, to});
    if (m_waitingOutbound)
    {
        m_waitingOutbound = false;
        m_outboundDeadline.Cancel();
        // Not from inside the IP receive path.
        Simulator::ScheduleNow(&SctpScriptRunner::Advance, this);
    }
}

void
SctpScriptRunner::OutboundTimeout()
{
    m_waitingOutbound = false;
    const SctpScriptEvent& ev = m_script->events[m_index];
    std::string when =
        ev.time.type == SctpScriptTime::ANY
            ? "at any time"
            : "at " + Seconds6(m_target) + " s (tolerance " + Seconds6(Tolerance(ev)) + " s)";
    Failure(ev.line,
            "the stack sent no packet",
            Describe(ev) + " " + when,
            "nothing sent by " + Seconds6(Simulator::Now()) + " s");
}

void
SctpScriptRunner::HeldTimeout()
{
    const SctpScriptEvent& ev = m_script->events[m_held->index];
    Failure(ev.line,
            "the system call blocked (the socket is blocking and the call has no end time; "
            "write it as \"start...end call()\" to let the script go on)",
            Describe(ev),
            "still blocked at " + Seconds6(Simulator::Now()) + " s");
}

void
SctpScriptRunner::PendingTimeout()
{
    const SctpScriptEvent& ev = m_script->events[m_pending->index];
    Failure(ev.line,
            "timing error: the blocking system call did not return",
            Describe(ev) + " returning at " + Seconds6(m_pending->end) + " s",
            "still blocked at " + Seconds6(Simulator::Now()) + " s");
}

void
SctpScriptRunner::Wake()
{
    if (m_done)
    {
        return;
    }
    if (m_pending && RetryPending(*m_pending))
    {
        m_pending.reset();
        if (m_index >= m_script->events.size() && !m_done)
        {
            Finish();
        }
    }
    if (!m_done && m_held && RetryPending(*m_held))
    {
        m_held.reset();
        ++m_index;
        m_timeSet = false;
        Advance();
    }
}

bool
SctpScriptRunner::RetryPending(Pending& pending)
{
    const SctpScriptEvent& ev = m_script->events[pending.index];
    SctpScriptSyscalls::Outcome o = m_syscalls->Attempt(ev.syscall);
    if (o.status == SctpScriptSyscalls::Outcome::WOULD_BLOCK)
    {
        return false;
    }
    pending.deadline.Cancel();
    if (o.status == SctpScriptSyscalls::Outcome::FAILED)
    {
        Failure(ev.line, o.message, Describe(ev));
        return false;
    }
    if (m_trace)
    {
        *m_trace << Seconds6(Simulator::Now()) << " line " << ev.line << ": returns " << o.ret
                 << (o.ret == -1 ? " " + SctpScriptSymbols::ErrnoName(o.err) : "") << "\n";
    }
    if (pending.hasEnd)
    {
        Time tol = m_toleranceFixed;
        if (Simulator::Now() < pending.end - tol || Simulator::Now() > pending.end + tol)
        {
            Failure(ev.line,
                    "timing error: the blocking system call returned at the wrong time",
                    "returns at " + Seconds6(pending.end) + " s",
                    "returned at " + Seconds6(Simulator::Now()) + " s");
            return false;
        }
    }
    return CheckSyscall(ev, o);
}

bool
SctpScriptRunner::CheckSyscall(const SctpScriptEvent& ev, const SctpScriptSyscalls::Outcome& o)
{
    std::string error;
    std::string got = std::to_string(o.ret);
    if (o.ret == -1)
    {
        got += " " + SctpScriptSymbols::ErrnoName(o.err);
    }
    std::string want = ev.syscall.result.ToString();
    if (!ev.syscall.errnoName.empty())
    {
        want += " " + ev.syscall.errnoName;
    }
    if (!ev.syscall.result.IsEllipsis())
    {
        int64_t expected;
        if (!SctpScriptSymbols::Evaluate(ev.syscall.result, expected, error))
        {
            Failure(ev.line, "bad expected result: " + error);
            return false;
        }
        if (expected != o.ret)
        {
            Failure(ev.line,
                    ev.syscall.name + "() returned " + got,
                    Describe(ev),
                    ev.syscall.name + "(...) = " + got);
            return false;
        }
    }
    if (!ev.syscall.errnoName.empty())
    {
        int expected = SctpScriptSymbols::ErrnoValue(ev.syscall.errnoName);
        if (expected < 0)
        {
            Failure(ev.line, "unknown errno " + ev.syscall.errnoName);
            return false;
        }
        if (o.ret != -1 || o.err != expected)
        {
            Failure(ev.line,
                    ev.syscall.name + "() returned " + got,
                    Describe(ev),
                    ev.syscall.name + "(...) = " + got);
            return false;
        }
    }
    return true;
}

bool
SctpScriptRunner::ExecuteInbound(const SctpScriptEvent& ev)
{
    uint16_t source = ev.packet.hasPorts ? ev.packet.sourcePort : m_syscalls->GetPeerPort();
    uint16_t destination =
        ev.packet.hasPorts ? ev.packet.destinationPort : m_syscalls->GetStackPort();
    SctpScriptPacketBuilder builder(m_mapping);
    std::vector<uint8_t> bytes;
    std::string error;
    if (!builder.Build(ev.packet, source, destination, bytes, error))
    {
        Failure(ev.line, "cannot build the packet: " + error, Describe(ev));
        return false;
    }
    Ipv4Address from = m_remoteAddress;
    Ipv4Address to = m_localAddress;
    if (ev.packet.hasAddresses)
    {
        unsigned char buf[4];
        if (inet_pton(AF_INET, ev.packet.sourceAddress.c_str(), buf) != 1 ||
            inet_pton(AF_INET, ev.packet.destinationAddress.c_str(), buf) != 1)
        {
            Failure(ev.line, "unsupported: IPv6 packet addresses (the peer is IPv4)", Describe(ev));
            return false;
        }
        from = Ipv4Address(ev.packet.sourceAddress.c_str());
        to = Ipv4Address(ev.packet.destinationAddress.c_str());
    }
    m_peer->Send(bytes, from, to);
    return true;
}

bool
SctpScriptRunner::MatchOutbound(const SctpScriptEvent& ev, const Captured& p)
{
    SctpScriptPacketMatcher matcher(m_mapping);
    std::string error;
    if (m_trace)
    {
        *m_trace << Seconds6(Simulator::Now()) << " line " << ev.line << ": " << Describe(ev)
                 << "\n";
    }
    if (!matcher.Match(ev.packet, p.bytes, error))
    {
        Failure(ev.line,
                error,
                Describe(ev),
                "> " + matcher.Describe(p.bytes) + " at " + Seconds6(p.time) + " s",
                matcher.Describe(p.bytes));
        return false;
    }
    if (ev.packet.hasAddresses &&
        (!Ipv4Address::IsMatchingType(p.source) ||
         Ipv4Address::ConvertFrom(p.source) != Ipv4Address(ev.packet.sourceAddress.c_str()) ||
         Ipv4Address::ConvertFrom(p.destination) !=
             Ipv4Address(ev.packet.destinationAddress.c_str())))
    {
        std::ostringstream got;
        got << p.source << " > " << p.destination;
        Failure(ev.line,
                "addresses: expected " + ev.packet.sourceAddress + " > " +
                    ev.packet.destinationAddress + ", got " + got.str(),
                Describe(ev),
                got.str(),
                matcher.Describe(p.bytes));
        return false;
    }
    if (ev.time.type != SctpScriptTime::ANY)
    {
        Time tol = Tolerance(ev);
        if (p.time < m_target - tol || p.time > m_targetEnd + tol)
        {
            std::string when = m_target == m_targetEnd ? "at " + Seconds6(m_target) + " s"
                                                       : "between " + Seconds6(m_target) + " and " +
                                                             Seconds6(m_targetEnd) + " s";
            Failure(ev.line,
                    "timing error: expected the packet " + when + " (tolerance " + Seconds6(tol) +
                        " s), it came at " + Seconds6(p.time) + " s",
                    Describe(ev) + " " + when,
                    "sent at " + Seconds6(p.time) + " s",
                    matcher.Describe(p.bytes));
            return false;
        }
    }
    return true;
}

bool
SctpScriptRunner::ExecuteCommand(const SctpScriptEvent& ev)
{
    std::istringstream words(ev.command);
    std::string program;
    words >> program;
    if (program != "sysctl")
    {
        Failure(ev.line,
                "unsupported: command `" + ev.command + "` (only sysctl net.inet.sctp.*)",
                Describe(ev));
        return false;
    }
    bool ignoreUnknown = false;
    std::string word;
    Ptr<SctpL4Protocol> l4 = m_stack->GetObject<SctpL4Protocol>();
    while (words >> word)
    {
        if (word[0] == '-')
        {
            ignoreUnknown = ignoreUnknown || word.find('i') != std::string::npos;
            continue;
        }
        size_t eq = word.find('=');
        const std::string prefix = "net.inet.sctp.";
        if (eq == std::string::npos || word.rfind(prefix, 0) != 0)
        {
            Failure(ev.line,
                    "unsupported: sysctl " + word + " (only net.inet.sctp.NAME=VALUE)",
                    Describe(ev));
            return false;
        }
        std::string name = word.substr(prefix.size(), eq - prefix.size());
        std::string value = word.substr(eq + 1);
        const Sysctl* found = nullptr;
        for (const Sysctl& s : g_sysctls)
        {
            if (name == s.name)
            {
                found = &s;
            }
        }
        if (!found)
        {
            if (ignoreUnknown)
            {
                continue; // sysctl -i: unknown names are ignored
            }
            Failure(ev.line, "unsupported: sysctl net.inet.sctp." + name, Describe(ev));
            return false;
        }
        if (!l4->SetAttributeFailSafe(found->attribute, StringValue(value + found->unit)))
        {
            Failure(ev.line,
                    "sysctl net.inet.sctp." + name + "=" + value + " refused by the attribute " +
                        found->attribute,
                    Describe(ev));
            return false;
        }
    }
    return true;
}

} // namespace ns3
