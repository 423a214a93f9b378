/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// A stand-in for libFuzzer's driver, so that every compiler exercises LLVMFuzzerTestOneInput:
// a built-in corpus (one packet of every chunk type, built with the codec, plus hand-written
// edge cases), then mutations of it and random inputs from a fixed seed. The run is the same on
// every machine (the mutator uses only the raw output of std::mt19937, whose sequence the
// standard fixes), so a failure reproduces by re-running.
//
// Usage: sctp-fuzz-driver [--iterations N] [--seed S] [--write-corpus DIR] [FILE...]
//   FILE...          run these inputs only (e.g. a crash file saved by libFuzzer)
//   --write-corpus   write the built-in corpus into DIR, one file per packet, for libFuzzer

#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-data-chunk.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-packet.h"
#include "ns3/sctp-parameters.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

using namespace ns3;

namespace
{

using Bytes = std::vector<uint8_t>;

/// \return the packet holding the chunks
Bytes
Packet(const std::vector<Ptr<SctpChunk>>& chunks)
{
    SctpPacket p;
    p.SetSourcePort(5000);
    p.SetDestinationPort(5001);
    p.SetVerificationTag(0x01020304);
    for (const auto& c : chunks)
    {
        p.AddChunk(c);
    }
    return p.Serialize(true);
}

/// \return the bytes of one chunk
Bytes
ChunkBytes(const SctpChunk& c)
{
    SctpWireWriter w;
    c.Serialize(w);
    return w.Release();
}

/// \return bytes from hex digits
Bytes
Hex(const char* hex)
{
    Bytes b;
    for (const char* p = hex; p[0] && p[1]; p += 2)
    {
        b.push_back(static_cast<uint8_t>(std::stoul(std::string(p, 2), nullptr, 16)));
    }
    return b;
}

template <class T>
Ptr<T>
AddressParameter(uint32_t correlationId)
{
    auto p = Create<T>();
    p->SetCorrelationId(correlationId);
    p->SetAddress(Ipv4Address("10.0.0.1"));
    return p;
}

/// How many of the last corpus entries are hand-written (and may be malformed on purpose).
constexpr size_t HAND_WRITTEN = 5;

/// \return one packet of every chunk type, with every parameter and cause in one of them
std::vector<Bytes>
Corpus()
{
    std::vector<Bytes> corpus;

    auto data = Create<SctpDataChunk>();
    data->SetTsn(1);
    data->SetBeginning(true);
    data->SetEnd(true);
    data->SetUserData(Bytes{1, 2, 3, 4, 5});
    corpus.push_back(Packet({data}));

    auto init = Create<SctpInitChunk>();
    init->SetInitiateTag(1);
    init->SetNumOutboundStreams(1);
    init->SetNumInboundStreams(1);
    init->AddParameter(Create<SctpIpv4AddressParameter>(Ipv4Address("10.0.0.1")));
    init->AddParameter(Create<SctpIpv6AddressParameter>(Ipv6Address("2001:db8::1")));
    auto types = Create<SctpSupportedAddressTypesParameter>();
    types->SetAddressTypes({5, 6, 11});
    init->AddParameter(types);
    init->AddParameter(Create<SctpCookiePreservativeParameter>());
    init->AddParameter(Create<SctpEcnCapableParameter>());
    init->AddParameter(Create<SctpForwardTsnSupportedParameter>());
    auto ext = Create<SctpSupportedExtensionsParameter>();
    ext->SetChunkTypes({0x0f, 0x80, 0x82, 0xc1});
    init->AddParameter(ext);
    auto random = Create<SctpRandomParameter>();
    random->SetRandom(Bytes(32, 0x5a));
    init->AddParameter(random);
    auto chunkList = Create<SctpChunkListParameter>();
    chunkList->SetChunkTypes({0x80, 0xc1});
    init->AddParameter(chunkList);
    auto hmacs = Create<SctpRequestedHmacAlgorithmParameter>();
    hmacs->SetHmacIds({3});
    init->AddParameter(hmacs);
    init->AddParameter(Create<SctpAdaptationLayerIndicationParameter>());
    init->AddParameter(Create<SctpNatSupportParameter>());
    init->AddParameter(Create<SctpZeroChecksumAcceptableParameter>());
    auto host = Create<SctpHostNameAddressParameter>();
    host->SetHostName("a.example");
    init->AddParameter(host);
    auto padding = Create<SctpPaddingParameter>();
    padding->SetPaddingLength(5);
    init->AddParameter(padding);
    corpus.push_back(Packet({init}));

    auto initAck = Create<SctpInitAckChunk>();
    auto cookie = Create<SctpStateCookieParameter>();
    cookie->SetCookie(Bytes(21, 0xc0));
    initAck->AddParameter(cookie);
    initAck->AddParameter(Create<SctpUnrecognizedParameter>(Create<SctpNatSupportParameter>()));
    corpus.push_back(Packet({initAck}));

    auto sack = Create<SctpSackChunk>();
    sack->AddGapAckBlock(2, 3);
    sack->AddDuplicateTsn(7);
    auto nrSack = Create<SctpNrSackChunk>();
    nrSack->AddGapAckBlock(2, 3);
    nrSack->AddNrGapAckBlock(5, 5);
    nrSack->AddDuplicateTsn(7);
    corpus.push_back(Packet({sack, nrSack}));

    auto hb = Create<SctpHeartbeatChunk>();
    hb->SetHeartbeatInfo(Bytes(13, 0x11));
    auto hbAck = Create<SctpHeartbeatAckChunk>();
    hbAck->SetHeartbeatInfo(Bytes(8, 0x22));
    corpus.push_back(Packet({hb, hbAck}));

    auto abort = Create<SctpAbortChunk>();
    auto user = Create<SctpUserInitiatedAbortErrorCause>();
    user->SetInformation(std::string("bye"));
    abort->AddCause(user);
    abort->AddCause(Create<SctpProtocolViolationErrorCause>());
    corpus.push_back(Packet({abort}));

    auto shutdown = Create<SctpShutdownChunk>();
    corpus.push_back(Packet({shutdown,
                             Create<SctpShutdownAckChunk>(),
                             Create<SctpShutdownCompleteChunk>(),
                             Create<SctpCookieAckChunk>()}));

    auto reconfigInner = Create<SctpReConfigChunk>();
    reconfigInner->AddParameter(Create<SctpSsnTsnResetRequestParameter>());
    auto err = Create<SctpErrorChunk>();
    err->AddCause(Create<SctpInvalidStreamIdentifierErrorCause>());
    auto missing = Create<SctpMissingMandatoryParameterErrorCause>();
    missing->SetMissingTypes({7, 9});
    err->AddCause(missing);
    err->AddCause(Create<SctpStaleCookieErrorCause>());
    err->AddCause(Create<SctpOutOfResourceErrorCause>());
    auto unresolvable = Create<SctpUnresolvableAddressErrorCause>();
    unresolvable->SetParameter(host);
    err->AddCause(unresolvable);
    auto unrecognizedChunk = Create<SctpUnrecognizedChunkTypeErrorCause>();
    unrecognizedChunk->SetChunk(ChunkBytes(*reconfigInner));
    err->AddCause(unrecognizedChunk);
    err->AddCause(Create<SctpInvalidMandatoryParameterErrorCause>());
    auto unrecognizedParams = Create<SctpUnrecognizedParametersErrorCause>();
    unrecognizedParams->SetParameters({Create<SctpNatSupportParameter>(), hmacs});
    err->AddCause(unrecognizedParams);
    err->AddCause(Create<SctpNoUserDataErrorCause>());
    err->AddCause(Create<SctpCookieReceivedWhileShuttingDownErrorCause>());
    auto restart = Create<SctpRestartWithNewAddressesErrorCause>();
    restart->SetParameters({Create<SctpIpv4AddressParameter>(Ipv4Address("10.0.0.9"))});
    err->AddCause(restart);
    auto deleteLast = Create<SctpDeleteLastRemainingIpAddressErrorCause>();
    deleteLast->SetParameter(AddressParameter<SctpDeleteIpAddressParameter>(1));
    err->AddCause(deleteLast);
    err->AddCause(Create<SctpResourceShortageErrorCause>());
    err->AddCause(Create<SctpDeleteSourceIpAddressErrorCause>());
    err->AddCause(Create<SctpIllegalAsconfAckErrorCause>());
    err->AddCause(Create<SctpRequestRefusedNoAuthorizationErrorCause>());
    err->AddCause(Create<SctpNatCollidingStateErrorCause>());
    err->AddCause(Create<SctpNatMissingStateErrorCause>());
    err->AddCause(Create<SctpUnsupportedHmacIdentifierErrorCause>());
    corpus.push_back(Packet({err}));

    auto echo = Create<SctpCookieEchoChunk>();
    echo->SetCookie(Bytes(21, 0xc0));
    corpus.push_back(Packet({echo, data}));

    auto ecne = Create<SctpEcneChunk>();
    auto ecneLong = Create<SctpEcneChunk>();
    ecneLong->SetPacketsSinceCwr(2);
    corpus.push_back(Packet({ecne, ecneLong, Create<SctpCwrChunk>()}));

    auto asconf = Create<SctpAsconfChunk>();
    asconf->SetAddressParameter(Create<SctpIpv4AddressParameter>(Ipv4Address("10.0.0.1")));
    asconf->AddParameter(AddressParameter<SctpAddIpAddressParameter>(1));
    asconf->AddParameter(AddressParameter<SctpDeleteIpAddressParameter>(2));
    asconf->AddParameter(AddressParameter<SctpSetPrimaryAddressParameter>(3));
    auto auth = Create<SctpAuthChunk>();
    auth->SetHmacId(3);
    auth->SetHmac(Bytes(32, 0));
    corpus.push_back(Packet({auth, asconf}));

    auto asconfAck = Create<SctpAsconfAckChunk>();
    auto success = Create<SctpSuccessIndicationParameter>();
    asconfAck->AddParameter(success);
    auto indication = Create<SctpErrorCauseIndicationParameter>();
    indication->AddCause(deleteLast);
    asconfAck->AddParameter(indication);
    corpus.push_back(Packet({asconfAck}));

    auto outgoing = Create<SctpOutgoingSsnResetRequestParameter>();
    outgoing->SetStreams({1, 2, 3});
    auto incoming = Create<SctpIncomingSsnResetRequestParameter>();
    incoming->SetStreams({4});
    auto rc1 = Create<SctpReConfigChunk>();
    rc1->AddParameter(outgoing);
    rc1->AddParameter(incoming);
    auto response = Create<SctpReconfigResponseParameter>();
    response->SetNextTsns(1, 2);
    auto rc2 = Create<SctpReConfigChunk>();
    rc2->AddParameter(response);
    rc2->AddParameter(Create<SctpSsnTsnResetRequestParameter>());
    auto rc3 = Create<SctpReConfigChunk>();
    rc3->AddParameter(Create<SctpAddOutgoingStreamsRequestParameter>());
    rc3->AddParameter(Create<SctpAddIncomingStreamsRequestParameter>());
    corpus.push_back(Packet({rc1, rc2, rc3}));

    auto pad = Create<SctpPadChunk>();
    pad->SetPaddingLength(9);
    corpus.push_back(Packet({pad, hb}));

    auto idata = Create<SctpIDataChunk>();
    idata->SetBeginning(true);
    idata->SetUserData(Bytes{1, 2, 3});
    auto iforward = Create<SctpIForwardTsnChunk>();
    SctpIForwardTsnStream is;
    is.unordered = true;
    iforward->SetStreams({is});
    auto forward = Create<SctpForwardTsnChunk>();
    forward->SetStreams({SctpForwardTsnStream()});
    corpus.push_back(Packet({idata, iforward, forward}));

    auto drop = Create<SctpPktDropChunk>();
    drop->SetTruncated(true);
    Bytes dropped = corpus.front();
    dropped.resize(dropped.size() - 3); // truncated inside the DATA chunk
    drop->SetDroppedPacket(dropped);
    corpus.push_back(Packet({drop}));

    // Hand-written edge cases: header only; a last chunk without its padding; an unknown chunk
    // type; a zero-length chunk; a chunk longer than the packet.
    corpus.push_back(Hex("138813890102030400000000"));
    corpus.push_back(Hex("1388138901020304000000000003001100000001000000000000000007"));
    corpus.push_back(Hex("1388138901020304000000007f000006abcd0000"));
    corpus.push_back(Hex("13881389010203040000000001000000"));
    corpus.push_back(Hex("1388138901020304000000000b0000ff"));
    return corpus;
}

/// A deterministic mutator over the corpus.
class Mutator
{
  public:
    /**
     * \param [in] seed the seed
     * \param [in] corpus the inputs to mutate and splice
     */
    Mutator(uint32_t seed, const std::vector<Bytes>& corpus)
        : m_rng(seed),
          m_corpus(corpus)
    {
    }

    /// \return a number in [0, n); n > 0
    uint32_t Below(uint32_t n)
    {
        return static_cast<uint32_t>(m_rng() % n);
    }

    /// \return a corpus entry with one to four mutations
    Bytes Mutated()
    {
        Bytes b = m_corpus[Below(m_corpus.size())];
        const uint32_t n = 1 + Below(4);
        for (uint32_t i = 0; i < n; ++i)
        {
            MutateOnce(b);
        }
        return b;
    }

    /// \return a common header followed by random bytes, or random bytes alone
    Bytes Random()
    {
        Bytes b(Below(96));
        for (uint8_t& x : b)
        {
            x = static_cast<uint8_t>(m_rng());
        }
        return b;
    }

  private:
    /// Values that sit on the boundaries of length and type fields.
    static constexpr uint16_t INTERESTING[] = {
        0,    1,    2,    3,     4,      5,      7,      8,      12,     16,     20,    0x7f,
        0x80, 0xc0, 0xff, 0x100, 0x7fff, 0x8000, 0xc000, 0xfffb, 0xfffc, 0xfffe, 0xffff};

    /**
     * \brief Apply one mutation.
     * \param [in,out] b the bytes
     */
    void MutateOnce(Bytes& b)
    {
        const size_t size = b.size();
        switch (Below(8))
        {
        case 0: // flip a bit
            if (size)
            {
                b[Below(size)] ^= static_cast<uint8_t>(1u << Below(8));
            }
            break;
        case 1: // an interesting byte
            if (size)
            {
                b[Below(size)] = static_cast<uint8_t>(INTERESTING[Below(std::size(INTERESTING))]);
            }
            break;
        case 2: // an interesting 16-bit field, at an even offset as lengths and types are
            if (size >= 2)
            {
                const size_t at = Below(size / 2) * 2;
                uint16_t v = INTERESTING[Below(std::size(INTERESTING))];
                if (Below(4) == 0)
                {
                    v = static_cast<uint16_t>(size - at + Below(9) - 4); // around "the rest"
                }
                b[at] = static_cast<uint8_t>(v >> 8);
                b[at + 1] = static_cast<uint8_t>(v);
            }
            break;
        case 3: // truncate
            b.resize(Below(size + 1));
            break;
        case 4: // insert random bytes
        {
            const size_t at = Below(size + 1);
            Bytes ins(1 + Below(16));
            for (uint8_t& x : ins)
            {
                x = static_cast<uint8_t>(m_rng());
            }
            b.insert(b.begin() + at, ins.begin(), ins.end());
            break;
        }
        case 5: // delete a range
            if (size)
            {
                const size_t at = Below(size);
                const size_t len = 1 + Below(std::min<size_t>(size - at, 16));
                b.erase(b.begin() + at, b.begin() + at + len);
            }
            break;
        case 6: // duplicate a range elsewhere
            if (size)
            {
                const size_t at = Below(size);
                const size_t len = 1 + Below(std::min<size_t>(size - at, 32));
                const Bytes copy(b.begin() + at, b.begin() + at + len);
                b.insert(b.begin() + Below(size + 1), copy.begin(), copy.end());
            }
            break;
        default: // splice: this one's head, another's tail
        {
            const Bytes& other = m_corpus[Below(m_corpus.size())];
            b.resize(Below(size + 1));
            const size_t from = Below(other.size() + 1);
            b.insert(b.end(), other.begin() + from, other.end());
            break;
        }
        }
    }

    std::mt19937 m_rng;                 //!< the generator; only its raw output is used
    const std::vector<Bytes>& m_corpus; //!< the inputs to mutate
};

/// \return true if the bytes parse as a packet
bool
Parses(const Bytes& b)
{
    SctpPacket p;
    std::string error;
    return SctpPacket::Deserialize(b.data(), b.size(), p, error);
}

/**
 * \param [in] path a file
 * \param [out] out its bytes
 * \return false if it could not be read
 */
bool
ReadFile(const char* path, Bytes& out)
{
    std::ifstream f(path, std::ios::binary);
    out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    return !f.bad() && f.is_open();
}

} // namespace

int
main(int argc, char** argv)
{
    uint32_t iterations = 200000;
    uint32_t seed = 1;
    std::string corpusDir;
    std::vector<const char*> files;
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        if (arg == "--iterations" && i + 1 < argc)
        {
            iterations = static_cast<uint32_t>(std::stoul(argv[++i]));
        }
        else if (arg == "--seed" && i + 1 < argc)
        {
            seed = static_cast<uint32_t>(std::stoul(argv[++i]));
        }
        else if (arg == "--write-corpus" && i + 1 < argc)
        {
            corpusDir = argv[++i];
        }
        else if (arg.rfind("--", 0) == 0)
        {
            std::cerr << "usage: " << argv[0]
                      << " [--iterations N] [--seed S] [--write-corpus DIR] [FILE...]\n";
            return 2;
        }
        else
        {
            files.push_back(argv[i]);
        }
    }

    if (!files.empty())
    {
        for (const char* path : files)
        {
            Bytes b;
            if (!ReadFile(path, b))
            {
                std::cerr << "cannot read " << path << "\n";
                return 2;
            }
            LLVMFuzzerTestOneInput(b.data(), b.size());
            std::cout << path << ": ok\n";
        }
        return 0;
    }

    const std::vector<Bytes> corpus = Corpus();
    if (!corpusDir.empty())
    {
        for (size_t i = 0; i < corpus.size(); ++i)
        {
            const std::string path = corpusDir + "/seed-" + std::to_string(i);
            std::ofstream f(path, std::ios::binary);
            f.write(reinterpret_cast<const char*>(corpus[i].data()),
                    static_cast<std::streamsize>(corpus[i].size()));
            if (!f)
            {
                std::cerr << "cannot write " << path << "\n";
                return 2;
            }
        }
        std::cout << corpus.size() << " seeds written to " << corpusDir << "\n";
        return 0;
    }

    for (const Bytes& b : corpus)
    {
        SctpPacket p;
        std::string error;
        // The hand-written edge cases at the end may be refused; the codec-built ones not.
        if (&b - corpus.data() < static_cast<std::ptrdiff_t>(corpus.size() - HAND_WRITTEN) &&
            !SctpPacket::Deserialize(b.data(), b.size(), p, error))
        {
            std::cerr << "corpus packet " << &b - corpus.data() << " does not parse: " << error
                      << "\n";
            return 1;
        }
        LLVMFuzzerTestOneInput(b.data(), b.size());
    }
    Mutator m(seed, corpus);
    uint32_t parsed = 0;
    for (uint32_t i = 0; i < iterations; ++i)
    {
        // Mostly mutations of valid packets, which reach deep into the chunk parsers; some
        // random bytes for the common header and the chunk framing.
        const Bytes b = m.Below(10) ? m.Mutated() : m.Random();
        parsed += Parses(b);
        LLVMFuzzerTestOneInput(b.data(), b.size());
    }
    // How many inputs parsed shows whether the mutations still reach past the framing checks.
    std::cout << corpus.size() << " corpus inputs and " << iterations
              << " mutated/random inputs (seed " << seed << ", " << parsed
              << " of them parsed) went through without a failure\n";
    return 0;
}
