/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// The codec against an independent decoder: one packet of every chunk type (and every parameter
// and error cause the codec knows) is written to a pcap of raw IPv4 and decoded by tshark, which
// must find no malformed packet, no expert warning or error, good IPv4 and CRC32c checksums, the
// chunk types, parameter types and cause codes that were written, and the chunks under the names
// the codec gives them.
//
// tshark is a declared dependency: without it the test fails rather than skips, so that a CI
// machine missing it cannot pass the wire check unnoticed.

#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-crc32c.h"
#include "ns3/sctp-data-chunk.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-packet.h"
#include "ns3/sctp-parameters.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace ns3;

namespace
{

using Bytes = std::vector<uint8_t>;

/// One packet of the capture, with what tshark must find in it.
struct TestPacket
{
    std::string label;                 //!< what the packet shows, for failure messages
    Bytes sctp;                        //!< the SCTP packet, CRC32c included
    std::vector<unsigned> chunkTypes;  //!< every sctp.chunk_type, nested ones included, in order
    std::set<unsigned> parameterTypes; //!< sctp.parameter_type values that must appear
    std::set<unsigned> causeCodes;     //!< sctp.cause_code values that must appear
};

/// LINKTYPE_RAW: each record starts with an IPv4 or IPv6 header.
constexpr uint32_t LINKTYPE_RAW = 101;
/// IANA protocol number of SCTP.
constexpr uint8_t IPPROTO_SCTP_NUMBER = 132;

/// Ports no tshark dissector claims, so that DATA payload stays plain data.
constexpr uint16_t SRC_PORT = 40001;
constexpr uint16_t DST_PORT = 40002;

/// \return the bytes of one chunk, padding included
Bytes
ChunkBytes(const SctpChunk& c)
{
    SctpWireWriter w;
    c.Serialize(w);
    return w.Release();
}

/// \return a vector of n bytes counting up from first
Bytes
Counting(size_t n, uint8_t first = 0)
{
    Bytes b(n);
    for (size_t i = 0; i < n; ++i)
    {
        b[i] = static_cast<uint8_t>(first + i);
    }
    return b;
}

/// \return the SCTP packet holding the chunks, with a correct CRC32c
Bytes
SctpBytes(const std::vector<Ptr<SctpChunk>>& chunks, uint32_t vtag = 0x1a2b3c4d)
{
    SctpPacket p;
    p.SetSourcePort(SRC_PORT);
    p.SetDestinationPort(DST_PORT);
    p.SetVerificationTag(vtag);
    for (const auto& c : chunks)
    {
        p.AddChunk(c);
    }
    return p.Serialize(true);
}

/// \return the ones' complement checksum of an IPv4 header (RFC 791, RFC 1071)
uint16_t
Ipv4HeaderChecksum(const uint8_t* h, size_t len)
{
    uint32_t sum = 0;
    for (size_t i = 0; i + 1 < len; i += 2)
    {
        sum += (static_cast<uint32_t>(h[i]) << 8) | h[i + 1];
    }
    while (sum >> 16)
    {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    return static_cast<uint16_t>(~sum);
}

/// \return a 20-byte IPv4 header (10.0.0.1 > 10.0.0.2, DF, TTL 64, protocol 132), then payload
Bytes
Ipv4Datagram(const Bytes& payload, uint16_t id)
{
    SctpWireWriter w(20 + payload.size());
    w.WriteU8(0x45); // version 4, header length 5 words
    w.WriteU8(0);    // DSCP, ECN
    w.WriteU16(static_cast<uint16_t>(20 + payload.size()));
    w.WriteU16(id);
    w.WriteU16(0x4000); // DF, fragment offset 0
    w.WriteU8(64);
    w.WriteU8(IPPROTO_SCTP_NUMBER);
    w.WriteU16(0); // checksum, filled in below
    w.WriteU32(Ipv4Address("10.0.0.1").Get());
    w.WriteU32(Ipv4Address("10.0.0.2").Get());
    Bytes d = w.Release();
    const uint16_t sum = Ipv4HeaderChecksum(d.data(), 20);
    d[10] = static_cast<uint8_t>(sum >> 8);
    d[11] = static_cast<uint8_t>(sum);
    d.insert(d.end(), payload.begin(), payload.end());
    return d;
}

/// Append a 32-bit field in little-endian order, as the pcap header below declares.
void
PutLe32(std::ostream& os, uint32_t v)
{
    const char b[4] = {static_cast<char>(v),
                       static_cast<char>(v >> 8),
                       static_cast<char>(v >> 16),
                       static_cast<char>(v >> 24)};
    os.write(b, 4);
}

/// Append a 16-bit field in little-endian order.
void
PutLe16(std::ostream& os, uint16_t v)
{
    const char b[2] = {static_cast<char>(v), static_cast<char>(v >> 8)};
    os.write(b, 2);
}

/**
 * \brief Write a classic pcap file (microsecond timestamps, little-endian) of raw IP records.
 * \param [in] path the file
 * \param [in] datagrams the records, each an IPv4 datagram
 * \return false if the file could not be written
 */
bool
WritePcap(const std::string& path, const std::vector<Bytes>& datagrams)
{
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    PutLe32(f, 0xa1b2c3d4); // magic: microsecond resolution
    PutLe16(f, 2);          // version 2.4
    PutLe16(f, 4);
    PutLe32(f, 0);     // thiszone
    PutLe32(f, 0);     // sigfigs
    PutLe32(f, 65535); // snaplen
    PutLe32(f, LINKTYPE_RAW);
    uint32_t usec = 0;
    for (const Bytes& d : datagrams)
    {
        PutLe32(f, 1);
        PutLe32(f, usec += 1000);
        PutLe32(f, static_cast<uint32_t>(d.size()));
        PutLe32(f, static_cast<uint32_t>(d.size()));
        f.write(reinterpret_cast<const char*>(d.data()), static_cast<std::streamsize>(d.size()));
    }
    return static_cast<bool>(f);
}

/// \return each SCTP packet wrapped in an IPv4 header, numbered from 1
std::vector<Bytes>
Datagrams(const std::vector<Bytes>& sctpPackets)
{
    std::vector<Bytes> d;
    for (const Bytes& p : sctpPackets)
    {
        d.push_back(Ipv4Datagram(p, static_cast<uint16_t>(d.size() + 1)));
    }
    return d;
}

/// \return the absolute path of an executable found in PATH, or "" if there is none
std::string
FindInPath(const std::string& program)
{
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    std::string dir;
    while (std::getline(dirs, dir, ':'))
    {
        const std::string candidate = (dir.empty() ? "." : dir) + "/" + program;
        if (access(candidate.c_str(), X_OK) == 0)
        {
            return candidate;
        }
    }
    return "";
}

/**
 * \brief Run a shell command and collect its standard output.
 * \param [in] command the command
 * \param [out] out what it wrote
 * \return its exit status, or -1 if it could not be started
 */
int
Run(const std::string& command, std::string& out)
{
    out.clear();
    FILE* p = popen(command.c_str(), "r");
    if (!p)
    {
        return -1;
    }
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
    {
        out.append(buf.data(), n);
    }
    const int status = pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// \return the text split at sep (empty fields kept)
std::vector<std::string>
Split(const std::string& s, char sep)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, sep))
    {
        parts.push_back(part);
    }
    if (!s.empty() && s.back() == sep)
    {
        parts.emplace_back();
    }
    return parts;
}

/// \return the numbers of a comma-separated field (decimal or 0x hex)
std::vector<unsigned>
Numbers(const std::string& field)
{
    std::vector<unsigned> v;
    for (const std::string& s : Split(field, ','))
    {
        if (!s.empty())
        {
            v.push_back(static_cast<unsigned>(std::stoul(s, nullptr, 0)));
        }
    }
    return v;
}

/// One frame as tshark decoded it.
struct DecodedFrame
{
    std::vector<unsigned> ipChecksumStatus;   //!< ip.checksum.status (1: good)
    std::vector<unsigned> sctpChecksumStatus; //!< sctp.checksum.status (1: good)
    std::vector<unsigned> chunkTypes;         //!< sctp.chunk_type, in order
    std::vector<unsigned> parameterTypes;     //!< sctp.parameter_type
    std::vector<unsigned> causeCodes;         //!< sctp.cause_code
    std::vector<unsigned> expertSeverities;   //!< _ws.expert.severity
    std::string expertMessages;               //!< _ws.expert.message
    std::string info;                         //!< the Info column
    std::string line;                         //!< the whole line, for failure messages
};

/// \return a path in the build tree for a file this test writes
std::string
OutputPath(const std::string& name)
{
    const std::string dir = std::string(SCTP_BINARY_DIR) + "/test-output";
    mkdir(dir.c_str(), 0755);
    return dir + "/" + name;
}

/// Fields asked of tshark, in this order; the text fields come last.
const char* const TSHARK_FIELDS[] = {"frame.number",
                                     "ip.checksum.status",
                                     "sctp.checksum.status",
                                     "sctp.chunk_type",
                                     "sctp.parameter_type",
                                     "sctp.cause_code",
                                     "_ws.expert.severity",
                                     "_ws.expert.message",
                                     "_ws.col.Info"};

/// Expert severity PI_WARN (epan/proto.h): something is wrong with the packet.
constexpr unsigned PI_WARN = 0x00600000;
/// Expert severity PI_ERROR: a malformed packet, or a field that cannot be.
constexpr unsigned PI_ERROR = 0x00800000;

/**
 * \brief Decode a pcap with tshark, validating the IPv4 and CRC32c checksums.
 * \param [in] tshark the tshark executable
 * \param [in] pcap the capture
 * \param [out] frames one entry per frame
 * \param [out] diagnostics the command and its standard error, for failure messages
 * \return tshark's exit status
 */
int
Decode(const std::string& tshark,
       const std::string& pcap,
       std::vector<DecodedFrame>& frames,
       std::string& diagnostics)
{
    const std::string errFile = pcap + ".stderr";
    // An empty configuration directory, so that the user's preferences cannot change the
    // decoding; the preferences that matter are then set on the command line. Checksum
    // validation is off by default in Wireshark; without it no checksum status is computed.
    const std::string config = OutputPath("wireshark-config");
    mkdir(config.c_str(), 0755);
    std::string command = "WIRESHARK_CONFIG_DIR='" + config + "' '" + tshark + "' -n -r '" + pcap +
                          "' -o sctp.checksum:crc-32c -o ip.check_checksum:TRUE"
                          " -o sctp.show_always_control_chunks:TRUE"
                          " -T fields -E separator=/t -E occurrence=a -E aggregator=,";
    for (const char* f : TSHARK_FIELDS)
    {
        command += std::string(" -e ") + f;
    }
    command += " 2>'" + errFile + "'";
    std::string out;
    const int status = Run(command, out);
    std::ifstream err(errFile);
    std::stringstream errText;
    errText << err.rdbuf();
    diagnostics = "command: " + command + "\nstderr: " + errText.str();
    frames.clear();
    for (const std::string& line : Split(out, '\n'))
    {
        if (line.empty())
        {
            continue;
        }
        std::vector<std::string> f = Split(line, '\t');
        f.resize(std::size(TSHARK_FIELDS));
        DecodedFrame d;
        d.ipChecksumStatus = Numbers(f[1]);
        d.sctpChecksumStatus = Numbers(f[2]);
        d.chunkTypes = Numbers(f[3]);
        d.parameterTypes = Numbers(f[4]);
        d.causeCodes = Numbers(f[5]);
        d.expertSeverities = Numbers(f[6]);
        d.expertMessages = f[7];
        d.info = f[8];
        d.line = line;
        frames.push_back(d);
    }
    return status;
}

/// Why a test fails when tshark is missing.
constexpr const char* NO_TSHARK =
    "tshark was not found in PATH. It is a declared dependency of the wire tests "
    "(Debian/Ubuntu: apt-get install tshark); install it and re-run.";

// ---------------------------------------------------------------------------------------------
// The packets. Types and codes in the expectations are written as numbers from the RFCs and
// IANA registries, not read back from the codec.

Ptr<SctpDataChunk>
MakeData(uint32_t tsn, const std::string& text)
{
    auto c = Create<SctpDataChunk>();
    c->SetTsn(tsn);
    c->SetStreamId(3);
    c->SetStreamSeq(7);
    c->SetPpid(0); // unspecified: no upper layer dissector
    c->SetBeginning(true);
    c->SetEnd(true);
    c->SetUserData(Bytes(text.begin(), text.end()));
    return c;
}

TestPacket
DataPacket()
{
    TestPacket t{"DATA", SctpBytes({MakeData(1000, "hello, tshark")}), {0}, {}, {}};
    return t;
}

Ptr<SctpIpv4AddressParameter>
V4(const char* a)
{
    return Create<SctpIpv4AddressParameter>(Ipv4Address(a));
}

Ptr<SctpIpv6AddressParameter>
V6(const char* a)
{
    return Create<SctpIpv6AddressParameter>(Ipv6Address(a));
}

TestPacket
InitPacket()
{
    auto init = Create<SctpInitChunk>();
    init->SetInitiateTag(0x01020304);
    init->SetARwnd(65536);
    init->SetNumOutboundStreams(10);
    init->SetNumInboundStreams(2048);
    init->SetInitialTsn(1000);
    init->AddParameter(V4("10.0.0.1"));
    init->AddParameter(V4("10.1.0.1"));
    init->AddParameter(V6("2001:db8::1"));
    auto types = Create<SctpSupportedAddressTypesParameter>();
    types->SetAddressTypes({5, 6}); // IPv4, IPv6
    init->AddParameter(types);
    auto preservative = Create<SctpCookiePreservativeParameter>();
    preservative->SetLifeSpanIncrement(2000);
    init->AddParameter(preservative);
    init->AddParameter(Create<SctpEcnCapableParameter>());
    init->AddParameter(Create<SctpForwardTsnSupportedParameter>());
    auto extensions = Create<SctpSupportedExtensionsParameter>();
    // AUTH, NR-SACK, I-DATA, ASCONF-ACK, PKTDROP, RE-CONFIG, PAD, FORWARD-TSN, ASCONF,
    // I-FORWARD-TSN
    extensions->SetChunkTypes({0x0f, 0x10, 0x40, 0x80, 0x81, 0x82, 0x84, 0xc0, 0xc1, 0xc2});
    init->AddParameter(extensions);
    auto random = Create<SctpRandomParameter>();
    random->SetRandom(Counting(32, 0xa0));
    init->AddParameter(random);
    auto chunkList = Create<SctpChunkListParameter>();
    chunkList->SetChunkTypes({0x80, 0xc1}); // ASCONF-ACK, ASCONF (RFC 5061 §4.2.7)
    init->AddParameter(chunkList);
    auto hmacs = Create<SctpRequestedHmacAlgorithmParameter>();
    hmacs->SetHmacIds({3, 1}); // SHA-256, SHA-1
    init->AddParameter(hmacs);
    auto adaptation = Create<SctpAdaptationLayerIndicationParameter>();
    adaptation->SetAdaptationCode(0x12345678);
    init->AddParameter(adaptation);
    init->AddParameter(Create<SctpNatSupportParameter>());
    auto zeroChecksum = Create<SctpZeroChecksumAcceptableParameter>();
    zeroChecksum->SetEdmid(SctpZeroChecksumAcceptableParameter::EDMID_SCTP_OVER_DTLS);
    init->AddParameter(zeroChecksum);
    auto hostName = Create<SctpHostNameAddressParameter>();
    hostName->SetHostName("peer.example"); // 13 bytes with the terminator: exercises padding
    init->AddParameter(hostName);
    auto padding = Create<SctpPaddingParameter>();
    padding->SetPaddingLength(23); // odd: the last parameter's padding is the chunk's own
    init->AddParameter(padding);
    // The Wireshark 4.0 SCTP dissector has no names for 0xC007, 0x8001 and 0x8005 and shows them
    // as unknown parameters; they must still parse without an error.
    TestPacket t{"INIT",
                 SctpBytes({init}, 0),
                 {1},
                 {0x5,
                  0x6,
                  0xc,
                  0x9,
                  0x8000,
                  0xc000,
                  0x8008,
                  0x8002,
                  0x8003,
                  0x8004,
                  0xc006,
                  0xc007,
                  0x8001,
                  0xb,
                  0x8005},
                 {}};
    return t;
}

TestPacket
InitAckPacket()
{
    auto ack = Create<SctpInitAckChunk>();
    ack->SetInitiateTag(0x0a0b0c0d);
    ack->SetARwnd(131072);
    ack->SetNumOutboundStreams(2048);
    ack->SetNumInboundStreams(10);
    ack->SetInitialTsn(5000);
    ack->AddParameter(V4("10.0.0.2"));
    auto cookie = Create<SctpStateCookieParameter>();
    cookie->SetCookie(Counting(37, 0x30)); // odd length: padded
    ack->AddParameter(cookie);
    // The INIT's NAT support parameter, reported back as unrecognized (its upper type bits 11
    // ask for a report).
    ack->AddParameter(Create<SctpUnrecognizedParameter>(Create<SctpNatSupportParameter>()));
    ack->AddParameter(Create<SctpEcnCapableParameter>());
    TestPacket t{"INIT_ACK", SctpBytes({ack}, 0x01020304), {2}, {0x5, 0x7, 0x8, 0x8000}, {}};
    return t;
}

TestPacket
SackPacket()
{
    auto sack = Create<SctpSackChunk>();
    sack->SetCumulativeTsnAck(1000);
    sack->SetARwnd(60000);
    sack->AddGapAckBlock(2, 3);
    sack->AddGapAckBlock(5, 9);
    sack->AddDuplicateTsn(998);
    sack->AddDuplicateTsn(999);
    TestPacket t{"SACK (2 gaps, 2 dups)", SctpBytes({sack}), {3}, {}, {}};
    return t;
}

TestPacket
HeartbeatPacket(bool ack)
{
    Ptr<SctpHeartbeatChunkBase> hb;
    if (ack)
    {
        hb = Create<SctpHeartbeatAckChunk>();
    }
    else
    {
        hb = Create<SctpHeartbeatChunk>();
    }
    hb->SetHeartbeatInfo(Counting(22, 0x40)); // not a multiple of 4: padded
    TestPacket t{ack ? "HEARTBEAT_ACK" : "HEARTBEAT", SctpBytes({hb}), {ack ? 5u : 4u}, {0x1}, {}};
    return t;
}

TestPacket
AbortPacket()
{
    auto abort = Create<SctpAbortChunk>();
    abort->SetTBit(true);
    auto user = Create<SctpUserInitiatedAbortErrorCause>();
    user->SetInformation(std::string("application closed")); // 18 bytes: padded
    abort->AddCause(user);
    auto violation = Create<SctpProtocolViolationErrorCause>();
    violation->SetInformation(std::string("TSN beyond the window"));
    abort->AddCause(violation);
    abort->AddCause(Create<SctpOutOfResourceErrorCause>());
    TestPacket t{"ABORT (T, 3 causes)", SctpBytes({abort}), {6}, {}, {0xc, 0xd, 0x4}};
    return t;
}

TestPacket
ShutdownPacket()
{
    auto s = Create<SctpShutdownChunk>();
    s->SetCumulativeTsnAck(5010);
    TestPacket t{"SHUTDOWN", SctpBytes({s}), {7}, {}, {}};
    return t;
}

TestPacket
EmptyChunkPacket(Ptr<SctpChunk> c, const std::string& label, unsigned type)
{
    TestPacket t{label, SctpBytes({c}), {type}, {}, {}};
    return t;
}

/// \return a RE-CONFIG chunk with an SSN/TSN Reset Request, e.g. to report as unrecognized
Ptr<SctpReConfigChunk>
MakeSsnTsnResetReConfig(uint32_t seq)
{
    auto req = Create<SctpSsnTsnResetRequestParameter>();
    req->SetRequestSeq(seq);
    auto rc = Create<SctpReConfigChunk>();
    rc->AddParameter(req);
    return rc;
}

Ptr<SctpDeleteIpAddressParameter>
DeleteIp(uint32_t correlationId, const char* a)
{
    auto p = Create<SctpDeleteIpAddressParameter>();
    p->SetCorrelationId(correlationId);
    p->SetAddress(Ipv4Address(a));
    return p;
}

TestPacket
ErrorPacket()
{
    auto err = Create<SctpErrorChunk>();
    auto invalidStream = Create<SctpInvalidStreamIdentifierErrorCause>();
    invalidStream->SetStreamId(4711);
    err->AddCause(invalidStream);
    auto missing = Create<SctpMissingMandatoryParameterErrorCause>();
    missing->SetMissingTypes({7}); // the State Cookie: one type, padded
    err->AddCause(missing);
    auto stale = Create<SctpStaleCookieErrorCause>();
    stale->SetStaleness(1500000);
    err->AddCause(stale);
    err->AddCause(Create<SctpOutOfResourceErrorCause>());
    auto unresolvable = Create<SctpUnresolvableAddressErrorCause>();
    auto hostName = Create<SctpHostNameAddressParameter>();
    hostName->SetHostName("unknown.example");
    unresolvable->SetParameter(hostName);
    err->AddCause(unresolvable);
    // A RE-CONFIG (0x82: skip and report) from a peer without stream reset.
    auto unrecognizedChunk = Create<SctpUnrecognizedChunkTypeErrorCause>();
    unrecognizedChunk->SetChunk(ChunkBytes(*MakeSsnTsnResetReConfig(9)));
    err->AddCause(unrecognizedChunk);
    err->AddCause(Create<SctpInvalidMandatoryParameterErrorCause>());
    auto unrecognizedParams = Create<SctpUnrecognizedParametersErrorCause>();
    unrecognizedParams->SetParameters({Create<SctpNatSupportParameter>()});
    err->AddCause(unrecognizedParams);
    auto noData = Create<SctpNoUserDataErrorCause>();
    noData->SetTsn(1234);
    err->AddCause(noData);
    err->AddCause(Create<SctpCookieReceivedWhileShuttingDownErrorCause>());
    auto restart = Create<SctpRestartWithNewAddressesErrorCause>();
    restart->SetParameters({V4("10.2.0.1"), V6("2001:db8::2")});
    err->AddCause(restart);
    auto user = Create<SctpUserInitiatedAbortErrorCause>();
    user->SetInformation(std::string("bye"));
    err->AddCause(user);
    auto violation = Create<SctpProtocolViolationErrorCause>();
    violation->SetInformation(std::string("x"));
    err->AddCause(violation);
    auto deleteLast = Create<SctpDeleteLastRemainingIpAddressErrorCause>();
    deleteLast->SetParameter(DeleteIp(1, "10.0.0.1"));
    err->AddCause(deleteLast);
    auto shortage = Create<SctpResourceShortageErrorCause>();
    shortage->SetParameter(DeleteIp(2, "10.0.0.3"));
    err->AddCause(shortage);
    auto deleteSource = Create<SctpDeleteSourceIpAddressErrorCause>();
    deleteSource->SetParameter(DeleteIp(3, "10.0.0.2"));
    err->AddCause(deleteSource);
    err->AddCause(Create<SctpIllegalAsconfAckErrorCause>());
    auto refused = Create<SctpRequestRefusedNoAuthorizationErrorCause>();
    refused->SetParameter(DeleteIp(4, "10.0.0.4"));
    err->AddCause(refused);
    err->AddCause(Create<SctpNatCollidingStateErrorCause>());
    err->AddCause(Create<SctpNatMissingStateErrorCause>());
    auto hmac = Create<SctpUnsupportedHmacIdentifierErrorCause>();
    hmac->SetHmacId(2);
    err->AddCause(hmac);
    // tshark dissects the chunk inside the Unrecognized Chunk Type cause: 130 follows 9.
    TestPacket t{"ERROR (every cause)",
                 SctpBytes({err}),
                 {9, 130},
                 {0xb, 0xc002},
                 {0x1, 0x2, 0x3,  0x4,  0x5,  0x6,  0x7,  0x8,  0x9,  0xa,  0xb,
                  0xc, 0xd, 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xb0, 0xb1, 0x105}};
    return t;
}

TestPacket
CookieEchoPacket()
{
    auto echo = Create<SctpCookieEchoChunk>();
    echo->SetCookie(Counting(37, 0x30));
    // Bundled with DATA, as RFC 9260 §5.1 allows.
    TestPacket t{"COOKIE_ECHO + DATA", SctpBytes({echo, MakeData(1100, "early")}), {10, 0}, {}, {}};
    return t;
}

TestPacket
EcnePacket(bool extended)
{
    auto ecne = Create<SctpEcneChunk>();
    ecne->SetLowestTsn(1001);
    if (extended)
    {
        ecne->SetPacketsSinceCwr(3);
    }
    TestPacket t{extended ? "ECNE (12-byte FreeBSD form)" : "ECNE",
                 SctpBytes({ecne}),
                 {12},
                 {},
                 {}};
    return t;
}

TestPacket
CwrPacket()
{
    auto cwr = Create<SctpCwrChunk>();
    cwr->SetLowestTsn(1001);
    TestPacket t{"CWR", SctpBytes({cwr}), {13}, {}, {}};
    return t;
}

TestPacket
ShutdownCompletePacket()
{
    auto sc = Create<SctpShutdownCompleteChunk>();
    sc->SetTBit(true);
    TestPacket t{"SHUTDOWN_COMPLETE (T)", SctpBytes({sc}), {14}, {}, {}};
    return t;
}

Ptr<SctpAsconfChunk>
MakeAsconf()
{
    auto asconf = Create<SctpAsconfChunk>();
    asconf->SetSerialNumber(0x11223344);
    asconf->SetAddressParameter(V4("10.0.0.1"));
    auto add = Create<SctpAddIpAddressParameter>();
    add->SetCorrelationId(1);
    add->SetAddress(Ipv4Address("10.3.0.1"));
    asconf->AddParameter(add);
    auto addV6 = Create<SctpAddIpAddressParameter>();
    addV6->SetCorrelationId(2);
    addV6->SetAddress(Ipv6Address("2001:db8::3"));
    asconf->AddParameter(addV6);
    asconf->AddParameter(DeleteIp(3, "10.1.0.1"));
    auto primary = Create<SctpSetPrimaryAddressParameter>();
    primary->SetCorrelationId(4);
    primary->SetAddress(Ipv4Address("10.3.0.1"));
    asconf->AddParameter(primary);
    return asconf;
}

TestPacket
AuthPacket()
{
    auto auth = Create<SctpAuthChunk>();
    auth->SetSharedKeyId(0);
    auth->SetHmacId(1);             // SHA-1
    auth->SetHmac(Counting(20, 1)); // a 20-byte HMAC-SHA-1 (value not checked by tshark)
    // AUTH comes first, then the chunks it covers (RFC 4895 §6.2).
    TestPacket t{"AUTH + ASCONF",
                 SctpBytes({auth, MakeAsconf()}),
                 {15, 193},
                 {0x5, 0x6, 0xc001, 0xc002, 0xc004},
                 {}};
    return t;
}

TestPacket
NrSackPacket()
{
    auto nr = Create<SctpNrSackChunk>();
    nr->SetCumulativeTsnAck(2000);
    nr->SetARwnd(50000);
    nr->AddGapAckBlock(2, 2);
    nr->AddGapAckBlock(4, 6);
    nr->AddNrGapAckBlock(2, 2);
    nr->AddDuplicateTsn(1999);
    TestPacket t{"NR_SACK", SctpBytes({nr}), {16}, {}, {}};
    return t;
}

TestPacket
IDataPacket()
{
    auto first = Create<SctpIDataChunk>();
    first->SetTsn(3000);
    first->SetStreamId(1);
    first->SetMessageId(42);
    first->SetBeginning(true);
    first->SetPpid(0);
    first->SetUserData(Counting(10, 'a'));
    auto last = Create<SctpIDataChunk>();
    last->SetTsn(3001);
    last->SetStreamId(1);
    last->SetMessageId(42);
    last->SetEnd(true);
    last->SetFsn(1);
    last->SetUserData(Counting(5, 'k'));
    TestPacket t{"I_DATA (two fragments)", SctpBytes({first, last}), {64, 64}, {}, {}};
    return t;
}

TestPacket
IForwardTsnPacket()
{
    auto f = Create<SctpIForwardTsnChunk>();
    f->SetNewCumulativeTsn(3005);
    SctpIForwardTsnStream ordered;
    ordered.streamId = 1;
    ordered.messageId = 42;
    SctpIForwardTsnStream unordered;
    unordered.streamId = 2;
    unordered.unordered = true;
    unordered.messageId = 7;
    f->SetStreams({ordered, unordered});
    TestPacket t{"I_FORWARD_TSN", SctpBytes({f}), {194}, {}, {}};
    return t;
}

TestPacket
AsconfPacket()
{
    TestPacket t{"ASCONF (add v4/v6, delete, set primary)",
                 SctpBytes({MakeAsconf()}),
                 {193},
                 {0x5, 0x6, 0xc001, 0xc002, 0xc004},
                 {}};
    return t;
}

TestPacket
AsconfAckPacket()
{
    auto ack = Create<SctpAsconfAckChunk>();
    ack->SetSerialNumber(0x11223344);
    auto ok = Create<SctpSuccessIndicationParameter>();
    ok->SetCorrelationId(1);
    ack->AddParameter(ok);
    auto failed = Create<SctpErrorCauseIndicationParameter>();
    failed->SetCorrelationId(3);
    auto deleteLast = Create<SctpDeleteLastRemainingIpAddressErrorCause>();
    deleteLast->SetParameter(DeleteIp(3, "10.1.0.1"));
    failed->AddCause(deleteLast);
    ack->AddParameter(failed);
    auto refused = Create<SctpErrorCauseIndicationParameter>();
    refused->SetCorrelationId(4);
    auto noAuthorization = Create<SctpRequestRefusedNoAuthorizationErrorCause>();
    auto primary = Create<SctpSetPrimaryAddressParameter>();
    primary->SetCorrelationId(4);
    primary->SetAddress(Ipv4Address("10.3.0.1"));
    noAuthorization->SetParameter(primary);
    refused->AddCause(noAuthorization);
    ack->AddParameter(refused);
    TestPacket t{"ASCONF_ACK (success, error cause indication)",
                 SctpBytes({ack}),
                 {128},
                 {0xc005, 0xc003, 0xc002, 0xc004},
                 {0xa0, 0xa4}};
    return t;
}

std::vector<TestPacket>
ReConfigPackets()
{
    std::vector<TestPacket> packets;

    auto outgoing = Create<SctpOutgoingSsnResetRequestParameter>();
    outgoing->SetRequestSeq(100);
    outgoing->SetResponseSeq(200);
    outgoing->SetLastAssignedTsn(5000);
    outgoing->SetStreams({1, 2, 3}); // odd count: padded
    auto incoming = Create<SctpIncomingSsnResetRequestParameter>();
    incoming->SetRequestSeq(101);
    incoming->SetStreams({4});
    auto rc1 = Create<SctpReConfigChunk>();
    rc1->AddParameter(outgoing);
    rc1->AddParameter(incoming);
    packets.push_back(
        {"RE_CONFIG (outgoing + incoming SSN reset)", SctpBytes({rc1}), {130}, {0xd, 0xe}, {}});

    packets.push_back(
        {"RE_CONFIG (SSN/TSN reset)", SctpBytes({MakeSsnTsnResetReConfig(102)}), {130}, {0xf}, {}});

    auto addOut = Create<SctpAddOutgoingStreamsRequestParameter>();
    addOut->SetRequestSeq(103);
    addOut->SetNumNewStreams(5);
    auto addIn = Create<SctpAddIncomingStreamsRequestParameter>();
    addIn->SetRequestSeq(104);
    addIn->SetNumNewStreams(6);
    auto rc3 = Create<SctpReConfigChunk>();
    rc3->AddParameter(addOut);
    rc3->AddParameter(addIn);
    packets.push_back(
        {"RE_CONFIG (add outgoing + incoming streams)", SctpBytes({rc3}), {130}, {0x11, 0x12}, {}});

    auto performed = Create<SctpReconfigResponseParameter>();
    performed->SetResponseSeq(100);
    performed->SetResult(SctpReconfigResponseParameter::SUCCESS_PERFORMED);
    auto withTsns = Create<SctpReconfigResponseParameter>();
    withTsns->SetResponseSeq(102);
    withTsns->SetResult(SctpReconfigResponseParameter::SUCCESS_PERFORMED);
    withTsns->SetNextTsns(6000, 7000);
    auto rc4 = Create<SctpReConfigChunk>();
    rc4->AddParameter(performed);
    rc4->AddParameter(withTsns);
    packets.push_back({"RE_CONFIG (two responses, with and without next TSNs)",
                       SctpBytes({rc4}),
                       {130},
                       {0x10},
                       {}});

    // A request and a response together (RFC 6525 §3.1 allows this pair).
    auto denied = Create<SctpReconfigResponseParameter>();
    denied->SetResponseSeq(200);
    denied->SetResult(SctpReconfigResponseParameter::DENIED);
    auto outgoingAll = Create<SctpOutgoingSsnResetRequestParameter>();
    outgoingAll->SetRequestSeq(105);
    outgoingAll->SetResponseSeq(201);
    outgoingAll->SetLastAssignedTsn(5001); // no streams: all of them
    auto rc5 = Create<SctpReConfigChunk>();
    rc5->AddParameter(outgoingAll);
    rc5->AddParameter(denied);
    packets.push_back({"RE_CONFIG (outgoing reset of all streams + denied response)",
                       SctpBytes({rc5}),
                       {130},
                       {0xd, 0x10},
                       {}});
    return packets;
}

TestPacket
PadPacket()
{
    auto pad = Create<SctpPadChunk>();
    pad->SetPaddingLength(101); // odd: the chunk's own padding follows
    // PAD bundled before a HEARTBEAT, as in a path MTU probe (RFC 4820 §3).
    auto hb = Create<SctpHeartbeatChunk>();
    hb->SetHeartbeatInfo(Counting(8));
    TestPacket t{"PAD + HEARTBEAT", SctpBytes({pad, hb}), {132, 4}, {0x1}, {}};
    return t;
}

TestPacket
ForwardTsnPacket()
{
    auto f = Create<SctpForwardTsnChunk>();
    f->SetNewCumulativeTsn(1010);
    SctpForwardTsnStream a;
    a.streamId = 1;
    a.streamSeq = 5;
    SctpForwardTsnStream b;
    b.streamId = 3;
    b.streamSeq = 9;
    f->SetStreams({a, b});
    TestPacket t{"FORWARD_TSN", SctpBytes({f}), {192}, {}, {}};
    return t;
}

TestPacket
PktDropPacket()
{
    auto drop = Create<SctpPktDropChunk>();
    drop->SetFromMiddlebox(true);
    drop->SetBadCrc(false);
    drop->SetLinkBandwidth(1000000);
    drop->SetQueueDepth(20000);
    // The dropped packet from its common header on: a DATA packet. tshark dissects it, so its
    // DATA chunk follows the PKTDROP in the chunk types.
    drop->SetDroppedPacket(SctpBytes({MakeData(1001, "dropped payload")}, 0x0a0b0c0d));
    TestPacket t{"PKTDROP (M, one DATA packet)", SctpBytes({drop}), {129, 0}, {}, {}};
    return t;
}

/// \return one packet of every chunk type, every parameter and every error cause
std::vector<TestPacket>
AllPackets()
{
    std::vector<TestPacket> p;
    p.push_back(DataPacket());
    p.push_back(InitPacket());
    p.push_back(InitAckPacket());
    p.push_back(SackPacket());
    p.push_back(HeartbeatPacket(false));
    p.push_back(HeartbeatPacket(true));
    p.push_back(AbortPacket());
    p.push_back(ShutdownPacket());
    p.push_back(EmptyChunkPacket(Create<SctpShutdownAckChunk>(), "SHUTDOWN_ACK", 8));
    p.push_back(ErrorPacket());
    p.push_back(CookieEchoPacket());
    p.push_back(EmptyChunkPacket(Create<SctpCookieAckChunk>(), "COOKIE_ACK", 11));
    p.push_back(EcnePacket(false));
    p.push_back(EcnePacket(true));
    p.push_back(CwrPacket());
    p.push_back(ShutdownCompletePacket());
    p.push_back(AuthPacket());
    p.push_back(NrSackPacket());
    p.push_back(IDataPacket());
    p.push_back(IForwardTsnPacket());
    p.push_back(AsconfPacket());
    p.push_back(AsconfAckPacket());
    for (TestPacket& t : ReConfigPackets())
    {
        p.push_back(t);
    }
    p.push_back(PadPacket());
    p.push_back(ForwardTsnPacket());
    p.push_back(PktDropPacket());
    return p;
}

/**
 * \brief The chunk names in tshark's Info column, which lists the top-level chunks of a packet
 * with details in parentheses, e.g. "I_DATA (TSN=0) (Message Fragment) I_DATA (TSN=1)".
 * \param [in] info the column
 * \return the names, in order
 */
std::vector<std::string>
InfoChunkNames(const std::string& info)
{
    std::string bare;
    int depth = 0;
    for (char c : info)
    {
        if (c == '(')
        {
            ++depth;
        }
        else if (c == ')')
        {
            depth = std::max(0, depth - 1);
        }
        else if (depth == 0)
        {
            bare += c;
        }
    }
    std::vector<std::string> names;
    std::istringstream words(bare);
    std::string w;
    while (words >> w)
    {
        names.push_back(w);
    }
    return names;
}

/// \return the numbers as text, for failure messages
std::string
Join(const std::vector<unsigned>& v)
{
    std::ostringstream os;
    os << "[";
    for (size_t i = 0; i < v.size(); ++i)
    {
        os << (i ? ", " : "") << v[i];
    }
    os << "]";
    return os.str();
}

} // namespace

/// The capture holds every chunk type the codec has a class for (its enum).
TEST(SctpWireTsharkTest, CaptureCoversEveryChunkType)
{
    std::set<unsigned> written;
    for (const TestPacket& t : AllPackets())
    {
        SctpPacket p;
        std::string error;
        ASSERT_TRUE(SctpPacket::Deserialize(t.sctp.data(), t.sctp.size(), p, error))
            << t.label << ": " << error;
        EXPECT_TRUE(SctpCrc32c::Verify(t.sctp.data(), t.sctp.size())) << t.label;
        EXPECT_EQ(p.Serialize(true), t.sctp) << t.label << ": parse and re-serialize differ";
        for (const auto& c : p.GetChunks())
        {
            written.insert(c->GetType());
        }
    }
    // RFC 9260, 4895, NR-SACK draft, 8260, 5061, pktdrprep draft, 6525, 4820, 3758.
    const std::set<unsigned> all = {0,  1,  2,  3,  4,  5,   6,   7,   8,   9,   10,  11, 12,
                                    13, 14, 15, 16, 64, 128, 129, 130, 132, 192, 193, 194};
    EXPECT_EQ(written, all);
}

/// tshark decodes every packet: no malformed packet, no expert error, good checksums, and the
/// chunk types, parameter types and cause codes that were written.
TEST(SctpWireTsharkTest, TsharkDecodesEveryChunkType)
{
    const std::string tshark = FindInPath("tshark");
    ASSERT_FALSE(tshark.empty()) << NO_TSHARK;

    const std::vector<TestPacket> packets = AllPackets();
    std::vector<Bytes> records;
    for (const TestPacket& t : packets)
    {
        records.push_back(t.sctp);
    }
    const std::string pcap = OutputPath("sctp-wire-tshark.pcap");
    ASSERT_TRUE(WritePcap(pcap, Datagrams(records))) << "cannot write " << pcap;

    std::vector<DecodedFrame> frames;
    std::string diagnostics;
    ASSERT_EQ(Decode(tshark, pcap, frames, diagnostics), 0) << diagnostics;
    ASSERT_EQ(frames.size(), packets.size()) << diagnostics;

    for (size_t i = 0; i < packets.size(); ++i)
    {
        const TestPacket& t = packets[i];
        const DecodedFrame& d = frames[i];
        SCOPED_TRACE("frame " + std::to_string(i + 1) + " " + t.label + "\n  tshark: " + d.line);

        EXPECT_EQ(d.ipChecksumStatus, std::vector<unsigned>{1}) << "IPv4 header checksum";
        // One status per SCTP packet: PKTDROP's dropped packet is checked too.
        EXPECT_FALSE(d.sctpChecksumStatus.empty()) << "no CRC32c status";
        for (unsigned status : d.sctpChecksumStatus)
        {
            EXPECT_EQ(status, 1u) << "CRC32c not good";
        }
        EXPECT_EQ(d.chunkTypes, t.chunkTypes)
            << "chunk types: tshark " << Join(d.chunkTypes) << ", written " << Join(t.chunkTypes);
        // tshark names the top-level chunks as the codec does.
        SctpPacket p;
        std::string error;
        ASSERT_TRUE(SctpPacket::Deserialize(t.sctp.data(), t.sctp.size(), p, error)) << error;
        std::vector<std::string> names;
        for (const auto& c : p.GetChunks())
        {
            names.push_back(SctpChunk::GetTypeName(c->GetType()));
        }
        EXPECT_EQ(InfoChunkNames(d.info), names) << "chunk names in the Info column";
        for (unsigned type : t.parameterTypes)
        {
            EXPECT_NE(std::find(d.parameterTypes.begin(), d.parameterTypes.end(), type),
                      d.parameterTypes.end())
                << "parameter type 0x" << std::hex << type << " not decoded";
        }
        for (unsigned code : t.causeCodes)
        {
            EXPECT_NE(std::find(d.causeCodes.begin(), d.causeCodes.end(), code), d.causeCodes.end())
                << "cause code 0x" << std::hex << code << " not decoded";
        }
        // Notes and chats are fine; a warning or an error is not.
        for (unsigned severity : d.expertSeverities)
        {
            EXPECT_LT(severity, PI_WARN) << "expert info: " << d.expertMessages;
        }
        EXPECT_EQ(d.info.find("Malformed"), std::string::npos) << d.info;
        EXPECT_EQ(d.expertMessages.find("Malformed"), std::string::npos) << d.expertMessages;
    }
}

/// The checks above are not vacuous: the same decoding flags a bad CRC32c, a bad IPv4 header
/// checksum and a truncated chunk.
TEST(SctpWireTsharkTest, TsharkCheckDetectsDamage)
{
    const std::string tshark = FindInPath("tshark");
    ASSERT_FALSE(tshark.empty()) << NO_TSHARK;

    Bytes badCrc = DataPacket().sctp;
    badCrc[8] ^= 0xff;
    Bytes truncated = SackPacket().sctp;
    truncated.resize(truncated.size() - 4); // the chunk length now exceeds the packet
    SctpCrc32c::Store(truncated.data(), truncated.size());
    std::vector<Bytes> datagrams = Datagrams({badCrc, truncated, DataPacket().sctp});
    datagrams[2][10] ^= 0xff; // IPv4 header checksum
    const std::string pcap = OutputPath("sctp-wire-tshark-damaged.pcap");
    ASSERT_TRUE(WritePcap(pcap, datagrams));

    std::vector<DecodedFrame> frames;
    std::string diagnostics;
    ASSERT_EQ(Decode(tshark, pcap, frames, diagnostics), 0) << diagnostics;
    ASSERT_EQ(frames.size(), 3u) << diagnostics;

    EXPECT_EQ(frames[0].sctpChecksumStatus, std::vector<unsigned>{0}) << frames[0].line;
    const auto& sev = frames[1].expertSeverities;
    EXPECT_TRUE(std::any_of(sev.begin(), sev.end(), [](unsigned s) { return s >= PI_ERROR; }))
        << "no expert error for a truncated chunk: " << frames[1].line;
    EXPECT_EQ(frames[2].ipChecksumStatus, std::vector<unsigned>{0}) << frames[2].line;
}
