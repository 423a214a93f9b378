/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-l4-protocol.h"

#include "ns3/boolean.h"
#include "ns3/ipv4-l3-protocol.h"
#include "ns3/ipv4-list-routing.h"
#include "ns3/ipv4-route.h"
#include "ns3/ipv4-routing-protocol.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-list-routing.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-routing-protocol.h"
#include "ns3/log.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/object-vector.h"
#include "ns3/packet.h"
#include "ns3/random-variable-stream.h"
#include "ns3/sctp-address-watcher.h"
#include "ns3/sctp-association.h"
#include "ns3/sctp-congestion-ops.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-crc32c.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-init-responder.h"
#include "ns3/sctp-one-to-many-socket.h"
#include "ns3/sctp-packet.h"
#include "ns3/sctp-parameters.h"
#include "ns3/sctp-socket-factory.h"
#include "ns3/sctp-socket-impl.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

#include <vector>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpL4Protocol");

NS_OBJECT_ENSURE_REGISTERED(SctpL4Protocol);

TypeId
SctpL4Protocol::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SctpL4Protocol")
            .SetParent<IpL4Protocol>()
            .SetGroupName("Sctp")
            .AddConstructor<SctpL4Protocol>()
            .AddAttribute("SendSpace",
                          "Default socket send buffer, bytes; FreeBSD's boot-time value "
                          "min(SB_MAX*2048/2304, nmbclusters/2*2048) (net.inet.sctp.sendspace)",
                          UintegerValue(1864135),
                          MakeUintegerAccessor(&SctpL4Protocol::m_sendSpace),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("RecvSpace",
                          "Default socket receive buffer, bytes; the advertised rwnd "
                          "(net.inet.sctp.recvspace)",
                          UintegerValue(1864135),
                          MakeUintegerAccessor(&SctpL4Protocol::m_recvSpace),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("AutoAsconf",
                          "Add and delete local addresses by ASCONF automatically "
                          "(net.inet.sctp.auto_asconf)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_autoAsconf),
                          MakeBooleanChecker())
            .AddAttribute("EcnEnable",
                          "Explicit congestion notification (net.inet.sctp.ecn_enable)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_ecnEnable),
                          MakeBooleanChecker())
            .AddAttribute(
                "PrEnable",
                "No effect yet (needs PR-SCTP). PR-SCTP (FORWARD-TSN) (net.inet.sctp.pr_enable)",
                BooleanValue(true),
                MakeBooleanAccessor(&SctpL4Protocol::m_prEnable),
                MakeBooleanChecker())
            .AddAttribute("AuthEnable",
                          "SCTP-AUTH (RFC 4895) (net.inet.sctp.auth_enable)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_authEnable),
                          MakeBooleanChecker())
            .AddAttribute(
                "AsconfEnable",
                "Dynamic address reconfiguration (RFC 5061) (net.inet.sctp.asconf_enable)",
                BooleanValue(true),
                MakeBooleanAccessor(&SctpL4Protocol::m_asconfEnable),
                MakeBooleanChecker())
            .AddAttribute("ReconfigEnable",
                          "Stream reconfiguration (RFC 6525) (net.inet.sctp.reconfig_enable)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_reconfigEnable),
                          MakeBooleanChecker())
            .AddAttribute(
                "NrSackEnable",
                "No effect yet (needs NR-SACK). Non-renegable SACK (net.inet.sctp.nrsack_enable)",
                BooleanValue(false),
                MakeBooleanAccessor(&SctpL4Protocol::m_nrSackEnable),
                MakeBooleanChecker())
            .AddAttribute(
                "PktDropEnable",
                "No effect yet (needs PKTDROP). Packet drop reports (net.inet.sctp.pktdrop_enable)",
                BooleanValue(false),
                MakeBooleanAccessor(&SctpL4Protocol::m_pktDropEnable),
                MakeBooleanChecker())
            .AddAttribute("LoopbackNoCsum",
                          "No checksum on loopback (no effect: ns-3's ChecksumEnabled decides) "
                          "(net.inet.sctp.loopback_nocsum)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_loopbackNoCsum),
                          MakeBooleanChecker())
            .AddAttribute("PeerChunkOverhead",
                          "Bytes charged against the peer's rwnd per DATA chunk in flight "
                          "(net.inet.sctp.peer_chkoh)",
                          UintegerValue(256),
                          MakeUintegerAccessor(&SctpL4Protocol::m_peerChunkOverhead),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute(
                "MaxBurst",
                "Max burst of packets per output call (0 = none) (net.inet.sctp.maxburst)",
                UintegerValue(4),
                MakeUintegerAccessor(&SctpL4Protocol::m_maxBurst),
                MakeUintegerChecker<uint32_t>())
            .AddAttribute("FrMaxBurst",
                          "Max fast-retransmission packets per output call (0 = none) "
                          "(net.inet.sctp.fr_maxburst)",
                          UintegerValue(4),
                          MakeUintegerAccessor(&SctpL4Protocol::m_frMaxBurst),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("MaxChunks",
                          "Max chunks queued per association on receive; FreeBSD's boot-time "
                          "max(512, nmbclusters/8) with nmbclusters 262144 "
                          "(net.inet.sctp.maxchunks)",
                          UintegerValue(32768),
                          MakeUintegerAccessor(&SctpL4Protocol::m_maxChunks),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("TcbHashSize",
                          "Association hash size (no effect in a simulator: demultiplexing uses an "
                          "ordered map) (net.inet.sctp.tcbhashsize)",
                          UintegerValue(1024),
                          MakeUintegerAccessor(&SctpL4Protocol::m_tcbHashSize),
                          MakeUintegerChecker<uint32_t>(1))
            .AddAttribute(
                "PcbHashSize",
                "Endpoint hash size (no effect in a simulator) (net.inet.sctp.pcbhashsize)",
                UintegerValue(256),
                MakeUintegerAccessor(&SctpL4Protocol::m_pcbHashSize),
                MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("MinSplitPoint",
                          "No effect yet (needs splitting of incomplete messages). Minimum piece "
                          "size when splitting an incomplete message "
                          "(net.inet.sctp.min_split_point)",
                          UintegerValue(2904),
                          MakeUintegerAccessor(&SctpL4Protocol::m_minSplitPoint),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute(
                "ChunkScale",
                "Zone sizing factor (no effect in a simulator) (net.inet.sctp.chunkscale)",
                UintegerValue(10),
                MakeUintegerAccessor(&SctpL4Protocol::m_chunkScale),
                MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("DelayedSackTime",
                          "Delayed SACK timer (0 = no delay) (net.inet.sctp.delayed_sack_time)",
                          TimeValue(MilliSeconds(200)),
                          MakeTimeAccessor(&SctpL4Protocol::m_delayedSackTime),
                          MakeTimeChecker())
            .AddAttribute("SackFreq",
                          "SACK every N packets with DATA (net.inet.sctp.sack_freq)",
                          UintegerValue(2),
                          MakeUintegerAccessor(&SctpL4Protocol::m_sackFreq),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("SysResource",
                          "System-wide free-chunk cache (no effect in a simulator) "
                          "(net.inet.sctp.sys_resource)",
                          UintegerValue(1000),
                          MakeUintegerAccessor(&SctpL4Protocol::m_sysResource),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("AsocResource",
                          "Per-association free-chunk cache (no effect in a simulator) "
                          "(net.inet.sctp.asoc_resource)",
                          UintegerValue(10),
                          MakeUintegerAccessor(&SctpL4Protocol::m_asocResource),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("HeartbeatInterval",
                          "HB.interval (net.inet.sctp.heartbeat_interval)",
                          TimeValue(MilliSeconds(30000)),
                          MakeTimeAccessor(&SctpL4Protocol::m_heartbeatInterval),
                          MakeTimeChecker())
            .AddAttribute("PmtuRaiseTime",
                          "PMTU raise timer (net.inet.sctp.pmtu_raise_time)",
                          TimeValue(Seconds(600)),
                          MakeTimeAccessor(&SctpL4Protocol::m_pmtuRaiseTime),
                          MakeTimeChecker())
            .AddAttribute(
                "ShutdownGuardTime",
                "Shutdown guard timer (0 = 5 RTO.Max) (net.inet.sctp.shutdown_guard_time)",
                TimeValue(Seconds(0)),
                MakeTimeAccessor(&SctpL4Protocol::m_shutdownGuardTime),
                MakeTimeChecker())
            .AddAttribute("SecretLifetime",
                          "Cookie secret lifetime (net.inet.sctp.secret_lifetime)",
                          TimeValue(Seconds(3600)),
                          MakeTimeAccessor(&SctpL4Protocol::m_secretLifetime),
                          MakeTimeChecker())
            .AddAttribute("RtoMax",
                          "RTO.Max (net.inet.sctp.rto_max)",
                          TimeValue(MilliSeconds(60000)),
                          MakeTimeAccessor(&SctpL4Protocol::m_rtoMax),
                          MakeTimeChecker())
            .AddAttribute("RtoMin",
                          "RTO.Min (net.inet.sctp.rto_min)",
                          TimeValue(MilliSeconds(1000)),
                          MakeTimeAccessor(&SctpL4Protocol::m_rtoMin),
                          MakeTimeChecker())
            .AddAttribute("RtoInitial",
                          "RTO.Initial (net.inet.sctp.rto_initial)",
                          TimeValue(MilliSeconds(1000)),
                          MakeTimeAccessor(&SctpL4Protocol::m_rtoInitial),
                          MakeTimeChecker())
            .AddAttribute("InitRtoMax",
                          "Max RTO during association setup (net.inet.sctp.init_rto_max)",
                          TimeValue(MilliSeconds(60000)),
                          MakeTimeAccessor(&SctpL4Protocol::m_initRtoMax),
                          MakeTimeChecker())
            .AddAttribute("ValidCookieLife",
                          "Valid.Cookie.Life (1 s to 3600 s) (net.inet.sctp.valid_cookie_life)",
                          TimeValue(MilliSeconds(60000)),
                          MakeTimeAccessor(&SctpL4Protocol::m_validCookieLife),
                          MakeTimeChecker(Seconds(1), Seconds(3600)))
            .AddAttribute("InitRtxMax",
                          "Max.Init.Retransmits (net.inet.sctp.init_rtx_max)",
                          UintegerValue(8),
                          MakeUintegerAccessor(&SctpL4Protocol::m_initRtxMax),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("AssocRtxMax",
                          "Association.Max.Retrans (net.inet.sctp.assoc_rtx_max)",
                          UintegerValue(10),
                          MakeUintegerAccessor(&SctpL4Protocol::m_assocRtxMax),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("PathRtxMax",
                          "Path.Max.Retrans (net.inet.sctp.path_rtx_max)",
                          UintegerValue(5),
                          MakeUintegerAccessor(&SctpL4Protocol::m_pathRtxMax),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("PathPfThreshold",
                          "Potentially-failed threshold (PF active only below PathRtxMax) "
                          "(net.inet.sctp.path_pf_threshold)",
                          UintegerValue(65535),
                          MakeUintegerAccessor(&SctpL4Protocol::m_pathPfThreshold),
                          MakeUintegerChecker<uint32_t>(0, 65535))
            .AddAttribute("AddMoreOnOutput",
                          "No effect yet (needs send-side copy thresholds). Send-buffer space "
                          "needed before copying more of a message "
                          "(net.inet.sctp.add_more_on_output)",
                          UintegerValue(1452),
                          MakeUintegerAccessor(&SctpL4Protocol::m_addMoreOnOutput),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("IncomingStreams",
                          "Inbound streams offered (MIS) (net.inet.sctp.incoming_streams)",
                          UintegerValue(2048),
                          MakeUintegerAccessor(&SctpL4Protocol::m_incomingStreams),
                          MakeUintegerChecker<uint32_t>(1, 65535))
            .AddAttribute("OutgoingStreams",
                          "Outbound streams requested (OS) (net.inet.sctp.outgoing_streams)",
                          UintegerValue(10),
                          MakeUintegerAccessor(&SctpL4Protocol::m_outgoingStreams),
                          MakeUintegerChecker<uint32_t>(1, 65535))
            .AddAttribute(
                "CmtOnOff",
                "CMT mode: 0 off, 1 base, 2 RPv1, 3 RPv2, 4 MPTCP-like; only 0 is implemented, "
                "others stop the simulation (net.inet.sctp.cmt_on_off)",
                UintegerValue(0),
                MakeUintegerAccessor(&SctpL4Protocol::m_cmtOnOff),
                MakeUintegerChecker<uint32_t>(0, 4))
            .AddAttribute(
                "CmtUseDac",
                "No effect yet (needs CMT). CMT delayed ack (DAC) (net.inet.sctp.cmt_use_dac)",
                BooleanValue(false),
                MakeBooleanAccessor(&SctpL4Protocol::m_cmtUseDac),
                MakeBooleanChecker())
            .AddAttribute("CwndMaxBurst",
                          "Max burst by clamping cwnd (true) or by counting packets "
                          "(net.inet.sctp.cwnd_maxburst)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_cwndMaxBurst),
                          MakeBooleanChecker())
            .AddAttribute("NatFriendly",
                          "Wildcard addresses in ASCONF mean the packet source; DELETE-IP of "
                          "the wildcard deletes every other address (net.inet.sctp.nat_friendly)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_natFriendly),
                          MakeBooleanChecker())
            .AddAttribute(
                "AbcLVar",
                "ABC L: max slow-start increase per SACK, in MTUs (net.inet.sctp.abc_l_var)",
                UintegerValue(2),
                MakeUintegerAccessor(&SctpL4Protocol::m_abcLVar),
                MakeUintegerChecker<uint32_t>())
            .AddAttribute("MaxChainedMbufs",
                          "Small-mbuf chain length (no effect in a simulator) "
                          "(net.inet.sctp.max_chained_mbufs)",
                          UintegerValue(5),
                          MakeUintegerAccessor(&SctpL4Protocol::m_maxChainedMbufs),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("DoSctpDrain",
                          "No effect yet (needs reneging). Renege out-of-order data on buffer "
                          "shortage (net.inet.sctp.do_sctp_drain)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_doSctpDrain),
                          MakeBooleanChecker())
            .AddAttribute(
                "HbMaxBurst",
                "Heartbeats sent at once for path confirmation (net.inet.sctp.hb_max_burst)",
                UintegerValue(4),
                MakeUintegerAccessor(&SctpL4Protocol::m_hbMaxBurst),
                MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("AbortAtLimit",
                          "No effect yet (needs listen queue limits). Abort one-to-one association "
                          "when the listen queue is full "
                          "(net.inet.sctp.abort_at_limit)",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpL4Protocol::m_abortAtLimit),
                          MakeBooleanChecker())
            .AddAttribute("MinResidual",
                          "No effect yet (needs splitting of incomplete messages). Do not split a "
                          "message if the remainder would be smaller "
                          "(net.inet.sctp.min_residual)",
                          UintegerValue(1452),
                          MakeUintegerAccessor(&SctpL4Protocol::m_minResidual),
                          MakeUintegerChecker<uint32_t>(20, 65535))
            .AddAttribute("MaxRetranChunk",
                          "Retransmissions of one TSN before abort (0 = unlimited) "
                          "(net.inet.sctp.max_retran_chunk)",
                          UintegerValue(30),
                          MakeUintegerAccessor(&SctpL4Protocol::m_maxRetranChunk),
                          MakeUintegerChecker<uint32_t>(0, 65535))
            .AddAttribute("LogLevel",
                          "Trace logging mask (ns-3 uses NS_LOG instead) (net.inet.sctp.log_level)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpL4Protocol::m_logLevel),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("DefaultCcModule",
                          "Congestion control of new associations: 0 RFC 2581/4960 "
                          "(ns3::SctpCcDefault), 1 HighSpeed TCP (ns3::SctpCcHighSpeed), 2 H-TCP "
                          "(ns3::SctpCcHtcp), 3 RTCC/DCCC (ns3::SctpCcRtcc); FreeBSD's sysctl "
                          "refuses 3, sctp(4) and SCTP_PLUGGABLE_CC accept it "
                          "(net.inet.sctp.default_cc_module)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpL4Protocol::m_defaultCcModule),
                          MakeUintegerChecker<uint32_t>(0, 3))
            .AddAttribute("DefaultSsModule",
                          "No effect yet (needs stream schedulers). Stream scheduler 0..5 "
                          "(net.inet.sctp.default_ss_module)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpL4Protocol::m_defaultSsModule),
                          MakeUintegerChecker<uint32_t>(0, 5))
            .AddAttribute(
                "DefaultFragInterleave",
                "Fragment interleave level 0..2; 2 is not implemented and stops the simulation "
                "(net.inet.sctp.default_frag_interleave)",
                UintegerValue(1),
                MakeUintegerAccessor(&SctpL4Protocol::m_defaultFragInterleave),
                MakeUintegerChecker<uint32_t>(0, 2))
            .AddAttribute("MobilityBase",
                          "Base mobility (net.inet.sctp.mobility_base)",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpL4Protocol::m_mobilityBase),
                          MakeBooleanChecker())
            .AddAttribute("MobilityFastHandoff",
                          "Fast handoff (net.inet.sctp.mobility_fasthandoff)",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpL4Protocol::m_mobilityFastHandoff),
                          MakeBooleanChecker())
            .AddAttribute("UdpTunnelingPort",
                          "No effect yet (needs UDP encapsulation). SCTP/UDP encapsulation port (0 "
                          "= off) (net.inet.sctp.udp_tunneling_port)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpL4Protocol::m_udpTunnelingPort),
                          MakeUintegerChecker<uint32_t>(0, 65535))
            .AddAttribute("EnableSackImmediately",
                          "Allow sending the I bit (net.inet.sctp.enable_sack_immediately)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_enableSackImmediately),
                          MakeBooleanChecker())
            .AddAttribute("NatFriendlyInit",
                          "No effect yet (needs NAT support). Put the NAT-supported parameter into "
                          "INITs (net.inet.sctp.nat_friendly_init)",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpL4Protocol::m_natFriendlyInit),
                          MakeBooleanChecker())
            .AddAttribute("VtagTimeWait",
                          "No effect yet (needs vtag time-wait). Verification tag time-wait (0 "
                          "disables) (net.inet.sctp.vtag_time_wait)",
                          TimeValue(Seconds(60)),
                          MakeTimeAccessor(&SctpL4Protocol::m_vtagTimeWait),
                          MakeTimeChecker())
            .AddAttribute("BufferSplitting",
                          "No effect yet (needs CMT). CMT send (1) / receive (2) buffer splitting "
                          "(net.inet.sctp.buffer_splitting)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpL4Protocol::m_bufferSplitting),
                          MakeUintegerChecker<uint32_t>(0, 3))
            .AddAttribute("InitialCwnd",
                          "Initial cwnd in (MTU-12) units (0 = RFC 4960 formula) "
                          "(net.inet.sctp.initial_cwnd)",
                          UintegerValue(3),
                          MakeUintegerAccessor(&SctpL4Protocol::m_initialCwnd),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("RttvarBw",
                          "RTCC bandwidth smoothing shift (net.inet.sctp.rttvar_bw)",
                          UintegerValue(4),
                          MakeUintegerAccessor(&SctpL4Protocol::m_rttvarBw),
                          MakeUintegerChecker<uint32_t>(0, 32))
            .AddAttribute("RttvarRtt",
                          "RTCC RTT smoothing shift (net.inet.sctp.rttvar_rtt)",
                          UintegerValue(5),
                          MakeUintegerAccessor(&SctpL4Protocol::m_rttvarRtt),
                          MakeUintegerChecker<uint32_t>(0, 32))
            .AddAttribute("RttvarEqret",
                          "RTCC: hold when equal or losing (net.inet.sctp.rttvar_eqret)",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpL4Protocol::m_rttvarEqret),
                          MakeBooleanChecker())
            .AddAttribute(
                "RttvarSteadyStep",
                "RTCC steady-state step-down count (0 off) (net.inet.sctp.rttvar_steady_step)",
                UintegerValue(20),
                MakeUintegerAccessor(&SctpL4Protocol::m_rttvarSteadyStep),
                MakeUintegerChecker<uint32_t>(0, 65535))
            .AddAttribute("UseDcccEcn",
                          "RTCC DCCC ECN reaction (net.inet.sctp.use_dcccecn)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_useDcccEcn),
                          MakeBooleanChecker())
            .AddAttribute("Blackhole",
                          "1: no ABORT for OOTB INIT; 2: no ABORT for any OOTB packet "
                          "(net.inet.sctp.blackhole)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpL4Protocol::m_blackhole),
                          MakeUintegerChecker<uint32_t>(0, 2))
            .AddAttribute("SendallLimit",
                          "Max message size with SCTP_SENDALL (net.inet.sctp.sendall_limit)",
                          UintegerValue(1432),
                          MakeUintegerAccessor(&SctpL4Protocol::m_sendallLimit),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("DiagInfoCode",
                          "Error cause code of the text an ABORT for exceeded error counters "
                          "carries (0: no cause, FreeBSD's default) "
                          "(net.inet.sctp.diag_info_code)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpL4Protocol::m_diagInfoCode),
                          MakeUintegerChecker<uint32_t>(0, 65535))
            .AddAttribute("OotbWithZeroCksum",
                          "No effect yet (needs zero checksum). Accept OOTB packets with a zero "
                          "checksum (net.inet.sctp.ootb_with_zero_cksum)",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpL4Protocol::m_ootbWithZeroCksum),
                          MakeBooleanChecker())
            .AddAttribute("StrictSacks",
                          "Strict SACK checking (FreeBSD always checks; kept for the seed's list) "
                          "(net.inet.sctp.strict_sacks)",
                          BooleanValue(true),
                          MakeBooleanAccessor(&SctpL4Protocol::m_strictSacks),
                          MakeBooleanChecker())
            .AddAttribute("StrictDataOrder",
                          "Abort if control chunks follow DATA (no longer in FreeBSD's code) "
                          "(net.inet.sctp.strict_data_order)",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SctpL4Protocol::m_strictDataOrder),
                          MakeBooleanChecker())
            .AddAttribute("Debug",
                          "Debug mask (ns-3 uses NS_LOG instead) (net.inet.sctp.debug)",
                          UintegerValue(0),
                          MakeUintegerAccessor(&SctpL4Protocol::m_debug),
                          MakeUintegerChecker<uint32_t>())
            .AddTraceSource("Drop",
                            "A packet was dropped, with the reason",
                            MakeTraceSourceAccessor(&SctpL4Protocol::m_dropTrace),
                            "ns3::SctpL4Protocol::DropTracedCallback")
            .AddTraceSource("Tx",
                            "An SCTP packet is handed to IP",
                            MakeTraceSourceAccessor(&SctpL4Protocol::m_txTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("Rx",
                            "An SCTP packet arrived from IP",
                            MakeTraceSourceAccessor(&SctpL4Protocol::m_rxTrace),
                            "ns3::Packet::TracedCallback");
    return tid;
}

SctpL4Protocol::SctpL4Protocol()
{
    NS_LOG_FUNCTION(this);
    m_random = CreateObject<UniformRandomVariable>();
}

SctpL4Protocol::~SctpL4Protocol()
{
    NS_LOG_FUNCTION(this);
}

void
SctpL4Protocol::SetNode(Ptr<Node> node)
{
    m_node = node;
}

Ptr<Node>
SctpL4Protocol::GetNode() const
{
    return m_node;
}

int
SctpL4Protocol::GetProtocolNumber() const
{
    return PROT_NUMBER;
}

int64_t
SctpL4Protocol::AssignStreams(int64_t stream)
{
    m_random->SetStream(stream);
    return 1;
}

Ptr<UniformRandomVariable>
SctpL4Protocol::GetRandom() const
{
    return m_random;
}

void
SctpL4Protocol::NotifyNewAggregate()
{
    NS_LOG_FUNCTION(this);
    Ptr<Node> node = GetObject<Node>();
    Ptr<Ipv4> ipv4 = GetObject<Ipv4>();
    Ptr<Ipv6> ipv6 = node ? node->GetObject<Ipv6>() : nullptr;
    if (!m_node && node && (ipv4 || ipv6))
    {
        SetNode(node);
        Ptr<SctpSocketFactory> factory = CreateObject<SctpSocketFactory>();
        factory->SetSctp(this);
        node->AggregateObject(factory);
        Ptr<SctpOneToManySocketFactory> oneToMany = CreateObject<SctpOneToManySocketFactory>();
        oneToMany->SetSctp(this);
        node->AggregateObject(oneToMany);
    }
    // As TcpL4Protocol: register with the IP stacks once their down targets are unset.
    if (ipv4 && m_downTarget.IsNull())
    {
        ipv4->Insert(this);
        SetDownTarget(MakeCallback(&Ipv4::Send, ipv4));
    }
    if (ipv6 && m_downTarget6.IsNull())
    {
        ipv6->Insert(this);
        SetDownTarget6(MakeCallback(&Ipv6::Send, ipv6));
    }
    WatchAddresses();
    IpL4Protocol::NotifyNewAggregate();
}

void
SctpL4Protocol::WatchAddresses()
{
    // auto_asconf needs to hear of the node's address changes; ns-3 tells routing protocols,
    // so a watcher joins the node's list routing (last, routing nothing).
    Ptr<Node> node = GetObject<Node>();
    if (!node)
    {
        return;
    }
    auto cb = MakeCallback(&SctpL4Protocol::LocalAddressChanged, this);
    Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
    if (ipv4 && !m_watcher4)
    {
        if (auto list = DynamicCast<Ipv4ListRouting>(ipv4->GetRoutingProtocol()))
        {
            m_watcher4 = CreateObject<SctpIpv4AddressWatcher>();
            m_watcher4->SetChangeCallback(cb);
            list->AddRoutingProtocol(m_watcher4, INT16_MIN);
        }
    }
    Ptr<Ipv6> ipv6 = node->GetObject<Ipv6>();
    if (ipv6 && !m_watcher6)
    {
        if (auto list = DynamicCast<Ipv6ListRouting>(ipv6->GetRoutingProtocol()))
        {
            m_watcher6 = CreateObject<SctpIpv6AddressWatcher>();
            m_watcher6->SetChangeCallback(cb);
            list->AddRoutingProtocol(m_watcher6, INT16_MIN);
        }
    }
}

void
SctpL4Protocol::LocalAddressChanged(const Address& address, bool added)
{
    NS_LOG_FUNCTION(this << address << added);
    std::set<Ptr<SctpAssociation>> all;
    for (const auto& [key, assoc] : m_assocs)
    {
        all.insert(assoc);
    }
    for (const auto& assoc : all)
    {
        assoc->LocalAddressChanged(address, added);
    }
}

void
SctpL4Protocol::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_assocs.clear();
    m_endpoints.clear();
    m_sockets.clear();
    if (m_watcher4)
    {
        m_watcher4->SetChangeCallback(SctpIpv4AddressWatcher::ChangeCallback());
    }
    if (m_watcher6)
    {
        m_watcher6->SetChangeCallback(SctpIpv4AddressWatcher::ChangeCallback());
    }
    m_watcher4 = nullptr;
    m_watcher6 = nullptr;
    m_node = nullptr;
    m_downTarget.Nullify();
    m_downTarget6.Nullify();
    IpL4Protocol::DoDispose();
}

Ptr<Socket>
SctpL4Protocol::CreateSocket()
{
    return CreateSocket(false);
}

Ptr<Socket>
SctpL4Protocol::CreateSocket(bool oneToMany)
{
    NS_LOG_FUNCTION(this << oneToMany);
    WatchAddresses(); // routing may have been set after SCTP was aggregated
    Ptr<SctpSocketImpl> socket = oneToMany
                                     ? Ptr<SctpSocketImpl>(CreateObject<SctpOneToManySocketImpl>())
                                     : CreateObject<SctpSocketImpl>();
    socket->Setup(m_node, this, GetAssocConfig(), oneToMany);
    m_sockets.insert(socket);
    return socket;
}

SctpAssocConfig
SctpL4Protocol::GetAssocConfig() const
{
    // Settings that would change behaviour in ways not implemented stop here, before a socket
    // exists, rather than running as something else.
    NS_ABORT_MSG_IF(m_cmtOnOff != 0,
                    "SctpL4Protocol::CmtOnOff " << m_cmtOnOff
                                                << ": CMT (net.inet.sctp.cmt_on_off) is not "
                                                   "implemented; only 0 is supported");
    NS_ABORT_MSG_IF(m_defaultFragInterleave == 2,
                    "SctpL4Protocol::DefaultFragInterleave 2: fragment interleave level 2 is not "
                    "implemented; use 0 or 1");
    SctpAssocConfig c;
    c.rtoInitial = m_rtoInitial;
    c.rtoMin = m_rtoMin;
    c.rtoMax = m_rtoMax;
    c.initRtoMax = m_initRtoMax;
    c.initRtxMax = m_initRtxMax;
    c.assocRtxMax = m_assocRtxMax;
    c.pathRtxMax = m_pathRtxMax;
    c.pathPfThreshold = m_pathPfThreshold;
    c.validCookieLife = m_validCookieLife;
    c.delayedSackTime = m_delayedSackTime;
    c.sackFreq = m_sackFreq;
    c.maxBurst = m_maxBurst;
    c.frMaxBurst = m_frMaxBurst;
    c.cwndMaxBurst = m_cwndMaxBurst;
    c.initialCwnd = m_initialCwnd;
    c.abcLVar = m_abcLVar;
    c.recvSpace = m_recvSpace;
    c.sendSpace = m_sendSpace;
    c.outgoingStreams = static_cast<uint16_t>(m_outgoingStreams);
    c.incomingStreams = static_cast<uint16_t>(m_incomingStreams);
    c.maxRetranChunk = m_maxRetranChunk;
    c.shutdownGuardTime = m_shutdownGuardTime;
    c.minSplitPoint = m_minSplitPoint;
    c.minResidual = m_minResidual;
    c.peerChunkOverhead = m_peerChunkOverhead;
    c.heartbeatInterval = m_heartbeatInterval;
    c.pmtuRaiseTime = m_pmtuRaiseTime;
    c.hbMaxBurst = m_hbMaxBurst;
    c.maxChunksOnQueue = m_maxChunks;
    c.sackImmediatelyEnabled = m_enableSackImmediately;
    c.ecnEnable = m_ecnEnable;
    c.prEnable = m_prEnable;
    c.nrSackEnable = m_nrSackEnable;
    c.pktDropEnable = m_pktDropEnable;
    c.reconfigEnable = m_reconfigEnable;
    c.authEnable = m_authEnable;
    c.asconfEnable = m_asconfEnable;
    c.autoAsconf = m_autoAsconf;
    c.fragmentInterleave = m_defaultFragInterleave;
    c.cmtOnOff = m_cmtOnOff;
    c.diagInfoCode = m_diagInfoCode;
    c.natFriendly = m_natFriendly;
    c.sendallLimit = m_sendallLimit;
    c.mobilityBase = m_mobilityBase;
    c.mobilityFastHandoff = m_mobilityFastHandoff;
    c.secretLifetime = m_secretLifetime;
    c.congestionType = SctpCongestionOps::TypeIdForModule(m_defaultCcModule);
    c.rttvarBw = m_rttvarBw;
    c.rttvarRtt = m_rttvarRtt;
    c.rttvarEqret = m_rttvarEqret;
    c.rttvarSteadyStep = m_rttvarSteadyStep;
    c.useDcccEcn = m_useDcccEcn;
    return c;
}

uint16_t
SctpL4Protocol::AllocateEphemeralPort()
{
    // Start at a random port of the dynamic range and walk it once.
    uint32_t start = m_random->GetInteger(49152, 65535);
    for (uint32_t i = 0; i < 16384; ++i)
    {
        uint16_t port = static_cast<uint16_t>(49152 + (start - 49152 + i) % 16384);
        if (!IsPortBound(port))
        {
            return port;
        }
    }
    return 0;
}

bool
SctpL4Protocol::IsPortBound(uint16_t port) const
{
    return m_endpoints.find(port) != m_endpoints.end();
}

void
SctpL4Protocol::BindSocket(Ptr<SctpSocketImpl> socket, uint16_t port)
{
    NS_LOG_FUNCTION(this << socket << port);
    m_endpoints.emplace(port, socket);
}

void
SctpL4Protocol::UnbindSocket(const SctpSocketImpl* socket)
{
    NS_LOG_FUNCTION(this << socket);
    for (auto it = m_endpoints.begin(); it != m_endpoints.end();)
    {
        it = (PeekPointer(it->second) == socket) ? m_endpoints.erase(it) : std::next(it);
    }
}

void
SctpL4Protocol::AddAssociationKey(Ptr<SctpAssociation> assoc,
                                  uint16_t localPort,
                                  uint16_t peerPort,
                                  const Address& peerAddress)
{
    NS_LOG_FUNCTION(this << assoc << localPort << peerPort << peerAddress);
    m_assocs[AssocKey(localPort, peerPort, peerAddress)] = assoc;
}

void
SctpL4Protocol::RemoveAssociationKey(uint16_t localPort,
                                     uint16_t peerPort,
                                     const Address& peerAddress)
{
    m_assocs.erase(AssocKey(localPort, peerPort, peerAddress));
}

void
SctpL4Protocol::RemoveAssociation(const SctpAssociation* assoc)
{
    NS_LOG_FUNCTION(this << assoc);
    for (auto it = m_assocs.begin(); it != m_assocs.end();)
    {
        it = (PeekPointer(it->second) == assoc) ? m_assocs.erase(it) : std::next(it);
    }
}

Ptr<SctpAssociation>
SctpL4Protocol::FindAssociation(uint16_t localPort,
                                uint16_t peerPort,
                                const Address& peerAddress) const
{
    auto it = m_assocs.find(AssocKey(localPort, peerPort, peerAddress));
    return it == m_assocs.end() ? nullptr : it->second;
}

Ptr<SctpSocketImpl>
SctpL4Protocol::FindEndpoint(uint16_t port, const Address& destination) const
{
    auto range = m_endpoints.equal_range(port);
    for (auto it = range.first; it != range.second; ++it)
    {
        if (it->second->AcceptsDestination(destination))
        {
            return it->second;
        }
    }
    return nullptr;
}

void
SctpL4Protocol::NotifyDrop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_LOGIC("node " << (m_node ? m_node->GetId() : 0) << " drops: " << reason);
    m_dropTrace(packet, reason);
}

enum IpL4Protocol::RxStatus
SctpL4Protocol::Receive(Ptr<Packet> p,
                        const Ipv4Header& header,
                        Ptr<Ipv4Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header);
    return DoReceive(p, header.GetSource(), header.GetDestination(), header.GetTos());
}

enum IpL4Protocol::RxStatus
SctpL4Protocol::Receive(Ptr<Packet> p,
                        const Ipv6Header& header,
                        Ptr<Ipv6Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header);
    return DoReceive(p, header.GetSource(), header.GetDestination(), header.GetTrafficClass());
}

enum IpL4Protocol::RxStatus
SctpL4Protocol::DoReceive(Ptr<Packet> p,
                          const Address& source,
                          const Address& destination,
                          uint8_t tos)
{
    m_rxTrace(p);
    std::vector<uint8_t> bytes(p->GetSize());
    p->CopyData(bytes.data(), bytes.size());
    // RFC 9260 §6.8: a packet with a bad CRC32c is silently discarded.
    if (Node::ChecksumEnabled() && !SctpCrc32c::Verify(bytes.data(), bytes.size()))
    {
        NotifyDrop(p, "bad CRC32c checksum");
        return IpL4Protocol::RX_CSUM_FAILED;
    }
    SctpPacket packet;
    std::string error;
    if (!SctpPacket::Deserialize(bytes.data(), bytes.size(), packet, error))
    {
        NotifyDrop(p, "malformed packet: " + error);
        return IpL4Protocol::RX_OK;
    }
    if (packet.GetChunks().empty())
    {
        NotifyDrop(p, "packet without chunks");
        return IpL4Protocol::RX_OK;
    }
    if (packet.GetSourcePort() == 0 || packet.GetDestinationPort() == 0)
    {
        NotifyDrop(p, "port 0");
        return IpL4Protocol::RX_OK;
    }
    // RFC 9260 §8.4 (1), §11.2.4.1: nothing from or to a non-unicast address is accepted.
    bool nonUnicast = false;
    for (const Address* a : {&source, &destination})
    {
        if (Ipv4Address::IsMatchingType(*a))
        {
            Ipv4Address v4 = Ipv4Address::ConvertFrom(*a);
            nonUnicast |= v4.IsMulticast() || v4.IsBroadcast() || v4.IsAny();
        }
        else if (Ipv6Address::IsMatchingType(*a))
        {
            Ipv6Address v6 = Ipv6Address::ConvertFrom(*a);
            nonUnicast |= v6.IsMulticast() || v6.IsAny();
        }
    }
    if (nonUnicast)
    {
        NotifyDrop(p, "non-unicast source or destination address");
        return IpL4Protocol::RX_OK;
    }
    Ptr<SctpAssociation> assoc =
        FindAssociation(packet.GetDestinationPort(), packet.GetSourcePort(), source);
    if (!assoc)
    {
        // RFC 5061 §4.1.1: an ASCONF from an address the association does not know yet names
        // one it does in its Address Parameter.
        for (const auto& c : packet.GetChunks())
        {
            if (auto asconf = DynamicCast<SctpAsconfChunk>(c))
            {
                Address known = SctpAddressOfParameter(asconf->GetAddressParameter());
                bool wildcard =
                    (Ipv4Address::IsMatchingType(known) &&
                     Ipv4Address::ConvertFrom(known).IsAny()) ||
                    (Ipv6Address::IsMatchingType(known) && Ipv6Address::ConvertFrom(known).IsAny());
                if (wildcard && m_natFriendly)
                {
                    // A peer behind a NAT may not know its addresses: FreeBSD finds the
                    // association by the packet's verification tag (a rare packet: the scan
                    // does not touch ordinary traffic).
                    for (const auto& [key, candidate] : m_assocs)
                    {
                        if (candidate->GetLocalPort() == packet.GetDestinationPort() &&
                            candidate->GetPeerPort() == packet.GetSourcePort() &&
                            candidate->GetLocalTag() == packet.GetVerificationTag())
                        {
                            assoc = candidate;
                            break;
                        }
                    }
                }
                else if (!known.IsInvalid())
                {
                    assoc =
                        FindAssociation(packet.GetDestinationPort(), packet.GetSourcePort(), known);
                }
                break;
            }
        }
    }
    if (assoc)
    {
        assoc->ReceivePacket(packet, source, destination, tos, p);
        return IpL4Protocol::RX_OK;
    }
    Ptr<SctpSocketImpl> endpoint = FindEndpoint(packet.GetDestinationPort(), destination);
    if (endpoint && endpoint->ReceiveUnassociated(packet, source, destination, p))
    {
        return IpL4Protocol::RX_OK;
    }
    HandleOutOfTheBlue(packet, source, destination);
    return IpL4Protocol::RX_OK;
}

void
SctpL4Protocol::HandleOutOfTheBlue(const SctpPacket& packet,
                                   const Address& source,
                                   const Address& destination)
{
    NS_LOG_FUNCTION(this << source << destination);
    SctpPacket reply;
    reply.SetSourcePort(packet.GetDestinationPort());
    reply.SetDestinationPort(packet.GetSourcePort());
    bool init = false;
    for (const auto& c : packet.GetChunks())
    {
        switch (c->GetType())
        {
        // RFC 9260 §8.4 (2), (5), (6), (7): these are discarded silently.
        case SctpChunk::ABORT:
        case SctpChunk::SHUTDOWN_COMPLETE:
        case SctpChunk::COOKIE_ACK:
            NotifyDrop(nullptr, "out of the blue " + c->GetName());
            return;
        case SctpChunk::ERROR: {
            NotifyDrop(nullptr, "out of the blue ERROR");
            return;
        }
        case SctpChunk::SHUTDOWN_ACK: {
            // §8.4 (5): answer with SHUTDOWN COMPLETE, T bit set, the packet's own tag.
            NotifyDrop(nullptr, "out of the blue SHUTDOWN_ACK");
            if (m_blackhole < 2)
            {
                SctpInitResponder::SendReflectedShutdownComplete(this,
                                                                 packet.GetVerificationTag(),
                                                                 packet.GetDestinationPort(),
                                                                 packet.GetSourcePort(),
                                                                 destination,
                                                                 source);
            }
            return;
        }
        case SctpChunk::INIT:
            init = true;
            break;
        default:
            break;
        }
    }
    // §8.4 (8): ABORT with the T bit; for an INIT (§8.4 (3)) the tag is its Initiate Tag and
    // the T bit is clear.
    Ptr<SctpAbortChunk> abort = Create<SctpAbortChunk>();
    if (init)
    {
        Ptr<SctpInitChunk> initChunk = DynamicCast<SctpInitChunk>(packet.GetChunks().front());
        if (!initChunk || packet.GetChunks().size() != 1)
        {
            NotifyDrop(nullptr, "INIT not alone in its packet");
            return;
        }
        reply.SetVerificationTag(initChunk->GetInitiateTag());
    }
    else
    {
        abort->SetTBit(true);
        reply.SetVerificationTag(packet.GetVerificationTag());
    }
    reply.AddChunk(abort);
    NotifyDrop(nullptr, std::string("out of the blue ") + (init ? "INIT: no listener" : "packet"));
    if (m_blackhole == 0 || (m_blackhole == 1 && !init))
    {
        SendPacket(reply, destination, source);
    }
}

bool
SctpL4Protocol::Route(const Address& destination, const Address& source, RouteResult& out) const
{
    Ptr<Packet> probe = Create<Packet>();
    Socket::SocketErrno err;
    if (Ipv4Address::IsMatchingType(destination))
    {
        Ptr<Ipv4> ipv4 = m_node->GetObject<Ipv4>();
        if (!ipv4 || !ipv4->GetRoutingProtocol())
        {
            return false;
        }
        Ipv4Header header;
        header.SetDestination(Ipv4Address::ConvertFrom(destination));
        header.SetSource(Ipv4Address::IsMatchingType(source) ? Ipv4Address::ConvertFrom(source)
                                                             : Ipv4Address::GetAny());
        header.SetProtocol(PROT_NUMBER);
        out.route4 = ipv4->GetRoutingProtocol()->RouteOutput(probe, header, nullptr, err);
        if (!out.route4)
        {
            return false;
        }
        out.source =
            Ipv4Address::IsMatchingType(source) && !Ipv4Address::ConvertFrom(source).IsAny()
                ? source
                : Address(out.route4->GetSource());
        out.device = out.route4->GetOutputDevice();
        return true;
    }
    if (Ipv6Address::IsMatchingType(destination))
    {
        Ptr<Ipv6> ipv6 = m_node->GetObject<Ipv6>();
        if (!ipv6 || !ipv6->GetRoutingProtocol())
        {
            return false;
        }
        Ipv6Header header;
        header.SetDestination(Ipv6Address::ConvertFrom(destination));
        header.SetSource(Ipv6Address::IsMatchingType(source) ? Ipv6Address::ConvertFrom(source)
                                                             : Ipv6Address::GetAny());
        header.SetNextHeader(PROT_NUMBER);
        out.route6 = ipv6->GetRoutingProtocol()->RouteOutput(probe, header, nullptr, err);
        if (!out.route6)
        {
            return false;
        }
        out.source =
            Ipv6Address::IsMatchingType(source) && !Ipv6Address::ConvertFrom(source).IsAny()
                ? source
                : Address(out.route6->GetSource());
        out.device = out.route6->GetOutputDevice();
        return true;
    }
    return false;
}

bool
SctpL4Protocol::SendPacket(const SctpPacket& packet,
                           const Address& source,
                           const Address& destination,
                           uint8_t tos)
{
    NS_LOG_FUNCTION(this << source << destination);
    std::vector<uint8_t> bytes = packet.Serialize(Node::ChecksumEnabled());
    Ptr<Packet> p = Create<Packet>(bytes.data(), bytes.size());
    RouteResult r;
    if (!Route(destination, source, r))
    {
        NotifyDrop(p, "no route to the destination");
        return false;
    }
    if (r.route4 && !m_downTarget.IsNull())
    {
        if (tos)
        {
            SocketIpTosTag tag;
            tag.SetTos(tos);
            p->AddPacketTag(tag);
        }
        m_txTrace(p);
        m_downTarget(p,
                     Ipv4Address::ConvertFrom(r.source),
                     Ipv4Address::ConvertFrom(destination),
                     PROT_NUMBER,
                     r.route4);
        return true;
    }
    if (r.route6 && !m_downTarget6.IsNull())
    {
        if (tos)
        {
            SocketIpv6TclassTag tag;
            tag.SetTclass(tos);
            p->AddPacketTag(tag);
        }
        m_txTrace(p);
        m_downTarget6(p,
                      Ipv6Address::ConvertFrom(r.source),
                      Ipv6Address::ConvertFrom(destination),
                      PROT_NUMBER,
                      r.route6);
        return true;
    }
    NotifyDrop(p, "no IP stack for the destination's family");
    return false;
}

Address
SctpL4Protocol::GetSourceAddressFor(const Address& destination) const
{
    RouteResult r;
    return Route(destination, Address(), r) ? r.source : Address();
}

uint32_t
SctpL4Protocol::GetPathMtuFor(const Address& destination) const
{
    RouteResult r;
    return Route(destination, Address(), r) && r.device ? r.device->GetMtu() : 0;
}

void
SctpL4Protocol::ReceiveIcmp(Ipv4Address icmpSource,
                            uint8_t icmpTtl,
                            uint8_t icmpType,
                            uint8_t icmpCode,
                            uint32_t icmpInfo,
                            Ipv4Address payloadSource,
                            Ipv4Address payloadDestination,
                            const uint8_t payload[8])
{
    NS_LOG_FUNCTION(this << icmpSource << +icmpType << +icmpCode << icmpInfo);
    HandleIcmp(false, icmpType, icmpCode, icmpInfo, payloadDestination, payload);
}

void
SctpL4Protocol::ReceiveIcmp(Ipv6Address icmpSource,
                            uint8_t icmpTtl,
                            uint8_t icmpType,
                            uint8_t icmpCode,
                            uint32_t icmpInfo,
                            Ipv6Address payloadSource,
                            Ipv6Address payloadDestination,
                            const uint8_t payload[8])
{
    NS_LOG_FUNCTION(this << icmpSource << +icmpType << +icmpCode << icmpInfo);
    HandleIcmp(true, icmpType, icmpCode, icmpInfo, payloadDestination, payload);
}

void
SctpL4Protocol::HandleIcmp(bool v6,
                           uint8_t type,
                           uint8_t code,
                           uint32_t info,
                           const Address& peer,
                           const uint8_t payload[8])
{
    uint16_t localPort = static_cast<uint16_t>(payload[0] << 8 | payload[1]);
    uint16_t peerPort = static_cast<uint16_t>(payload[2] << 8 | payload[3]);
    uint32_t tag = uint32_t(payload[4]) << 24 | uint32_t(payload[5]) << 16 |
                   uint32_t(payload[6]) << 8 | payload[7];
    Ptr<SctpAssociation> assoc = FindAssociation(localPort, peerPort, peer);
    // Appendix C: only an ICMP quoting the peer's own tag is believed (a quoted INIT, tag 0,
    // cannot be checked with 8 bytes: ignored).
    if (!assoc || tag == 0 || tag != assoc->GetPeerTag())
    {
        NotifyDrop(nullptr, "ICMP error for no association of ours");
        return;
    }
    assoc->IcmpReceived(peer, v6, type, code, info);
}

bool
SctpL4Protocol::IsLocalAddress(const Address& address) const
{
    if (Ipv4Address::IsMatchingType(address))
    {
        Ptr<Ipv4> ipv4 = m_node ? m_node->GetObject<Ipv4>() : nullptr;
        return ipv4 && ipv4->GetInterfaceForAddress(Ipv4Address::ConvertFrom(address)) >= 0;
    }
    if (Ipv6Address::IsMatchingType(address))
    {
        Ptr<Ipv6> ipv6 = m_node ? m_node->GetObject<Ipv6>() : nullptr;
        return ipv6 && ipv6->GetInterfaceForAddress(Ipv6Address::ConvertFrom(address)) >= 0;
    }
    return false;
}

void
SctpL4Protocol::RaiseIpPathMtu(const Address& destination, uint32_t mtu)
{
    Ptr<Ipv6> ipv6 = m_node ? m_node->GetObject<Ipv6>() : nullptr;
    if (ipv6 && Ipv6Address::IsMatchingType(destination))
    {
        ipv6->SetPmtu(Ipv6Address::ConvertFrom(destination), mtu);
    }
}

void
SctpL4Protocol::SetDownTarget(IpL4Protocol::DownTargetCallback callback)
{
    m_downTarget = callback;
}

void
SctpL4Protocol::SetDownTarget6(IpL4Protocol::DownTargetCallback6 callback)
{
    m_downTarget6 = callback;
}

IpL4Protocol::DownTargetCallback
SctpL4Protocol::GetDownTarget() const
{
    return m_downTarget;
}

IpL4Protocol::DownTargetCallback6
SctpL4Protocol::GetDownTarget6() const
{
    return m_downTarget6;
}

} // namespace ns3
