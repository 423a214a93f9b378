/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// libFuzzer entry point for the SCTP packet parser. Any input must parse or be refused without a
// crash; a parsed packet must serialize to bytes that parse again to the same chunks and
// serialize to the same bytes (the codec's canonical form is a fixed point). Nested TLVs that
// the codec keeps as bytes and parses on demand are parsed too, as the association would.
//
// Built as a libFuzzer target with clang (cmake/sctp-fuzz.cmake), and with any compiler into
// the fuzz-corpus ctest through sctp-fuzz-driver.cc.

#include "ns3/sctp-chunk.h"
#include "ns3/sctp-control-chunks.h"
#include "ns3/sctp-error-causes.h"
#include "ns3/sctp-extension-chunks.h"
#include "ns3/sctp-packet.h"
#include "ns3/sctp-parameters.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/**
 * \brief Report a broken property with the input that broke it, then abort (libFuzzer saves the
 * input as a crash; the driver's ctest fails).
 * \param [in] data the input
 * \param [in] size its length
 * \param [in] what the property
 */
[[noreturn]] void
Fail(const uint8_t* data, size_t size, const std::string& what)
{
    std::fprintf(stderr, "sctp-packet-fuzzer: %s\ninput (%zu bytes):", what.c_str(), size);
    for (size_t i = 0; i < size; ++i)
    {
        std::fprintf(stderr, "%s%02x", i % 32 ? "" : "\n  ", data[i]);
    }
    std::fprintf(stderr, "\n");
    std::abort();
}

/// \return the chunk types of a packet, in order
std::vector<uint8_t>
ChunkTypes(const SctpPacket& p)
{
    std::vector<uint8_t> types;
    for (const auto& c : p.GetChunks())
    {
        types.push_back(c->GetType());
    }
    return types;
}

/**
 * \brief Parse the TLVs that a parameter or cause carries as bytes; a refusal is fine.
 * \param [in] p a parameter
 */
void
ParseNested(const Ptr<SctpParameter>& p)
{
    std::vector<Ptr<SctpParameter>> inner;
    std::string error;
    if (auto list = DynamicCast<SctpParameterListValue<SctpParameter>>(p))
    {
        list->GetParameters(inner, error);
    }
}

/**
 * \brief Parse what an error cause carries as bytes: copied parameters, or a whole chunk.
 * \param [in] c an error cause
 */
void
ParseNested(const Ptr<SctpErrorCause>& c)
{
    std::string error;
    if (auto list = DynamicCast<SctpParameterListValue<SctpErrorCause>>(c))
    {
        std::vector<Ptr<SctpParameter>> inner;
        list->GetParameters(inner, error);
    }
    else if (auto chunk = DynamicCast<SctpUnrecognizedChunkTypeErrorCause>(c))
    {
        SctpWireReader r(chunk->GetChunk());
        SctpChunk::Deserialize(r, error);
    }
}

/**
 * \brief Walk the chunks of a parsed packet into everything parsed on demand.
 * \param [in] p the packet
 * \param [in] depth how many PKTDROPs enclose this packet
 */
void
ParseNested(const SctpPacket& p, int depth)
{
    for (const auto& c : p.GetChunks())
    {
        if (auto init = DynamicCast<SctpInitChunkBase>(c))
        {
            for (const auto& param : init->GetParameters())
            {
                ParseNested(param);
            }
        }
        else if (auto list = DynamicCast<SctpParameterListChunk>(c))
        {
            for (const auto& param : list->GetParameters())
            {
                ParseNested(param);
                if (auto indication = DynamicCast<SctpErrorCauseIndicationParameter>(param))
                {
                    for (const auto& cause : indication->GetCauses())
                    {
                        ParseNested(cause);
                    }
                }
            }
        }
        else if (auto causes = DynamicCast<SctpCauseListChunk>(c))
        {
            for (const auto& cause : causes->GetCauses())
            {
                ParseNested(cause);
            }
        }
        else if (auto hb = DynamicCast<SctpHeartbeatChunkBase>(c))
        {
            std::vector<uint8_t> info;
            hb->GetHeartbeatInfo(info);
        }
        else if (auto drop = DynamicCast<SctpPktDropChunk>(c); drop && depth < 2)
        {
            // The dropped packet, possibly truncated, as the PKTDROP handler reads it.
            const std::vector<uint8_t>& bytes = drop->GetDroppedPacket();
            SctpPacket inner;
            std::string error;
            if (SctpPacket::Deserialize(bytes.data(), bytes.size(), inner, error))
            {
                ParseNested(inner, depth + 1);
            }
        }
    }
}

} // namespace

/**
 * \brief The fuzz target.
 * \param [in] data the input
 * \param [in] size its length
 * \return 0 (the input is always kept by libFuzzer's rules)
 */
extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    SctpPacket first;
    std::string error;
    if (!SctpPacket::Deserialize(data, size, first, error))
    {
        if (error.empty())
        {
            Fail(data, size, "refused without a reason");
        }
        return 0;
    }
    ParseNested(first, 0);
    std::ostringstream printed;
    first.Print(printed);

    const std::vector<uint8_t> bytes = first.Serialize(true);
    if (bytes.size() != first.GetSerializedSize())
    {
        Fail(data,
             size,
             "Serialize wrote " + std::to_string(bytes.size()) + " bytes, GetSerializedSize says " +
                 std::to_string(first.GetSerializedSize()));
    }
    SctpPacket second;
    if (!SctpPacket::Deserialize(bytes.data(), bytes.size(), second, error))
    {
        Fail(data, size, "the re-serialized packet does not parse: " + error);
    }
    if (ChunkTypes(first) != ChunkTypes(second))
    {
        Fail(data, size, "the re-serialized packet has other chunks");
    }
    if (second.GetSourcePort() != first.GetSourcePort() ||
        second.GetDestinationPort() != first.GetDestinationPort() ||
        second.GetVerificationTag() != first.GetVerificationTag())
    {
        Fail(data, size, "the re-serialized packet has another common header");
    }
    if (second.Serialize(true) != bytes)
    {
        Fail(data, size, "serializing the re-parsed packet gives other bytes");
    }
    return 0;
}
