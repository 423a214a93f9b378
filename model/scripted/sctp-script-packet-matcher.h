/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_PACKET_MATCHER_H
#define SCTP_SCRIPT_PACKET_MATCHER_H

#include "sctp-script-mapping.h"
#include "sctp-script.h"

#include "ns3/ptr.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

class SctpChunk;

/**
 * \ingroup sctp
 * \brief Compares a packet the stack sent with an expected packet line ("> sctp: ...") and
 * writes packets in script syntax.
 *
 * The packet is decoded with the module's codec (a packet the codec cannot parse fails the
 * match), its CRC32c is checked, and then chunk by chunk: the same number of chunks, the same
 * types, and every field the script gives equal to the packet's; fields left out or written
 * "..." are not checked, and a list ending with "..." checks only its first items. Values of the
 * stack's sequence spaces are mapped back to script numbers first (see SctpScriptMapping); the
 * stack's INIT or INIT-ACK defines that mapping, and its State Cookie and Heartbeat Information
 * are remembered for the script to echo. The verification tag is checked when the script gives
 * it (sctp(tag=N)), and otherwise against the rules of RFC 9260 §8.5: 0 for an INIT, the tag
 * of the INIT being answered for an INIT-ACK, one of the script's announced tags for anything
 * else (packets with the T bit are only checked when a tag is given).
 */
class SctpScriptPacketMatcher
{
  public:
    /**
     * \param [in,out] mapping what is known of the association (updated by INIT, INIT-ACK and
     *        HEARTBEAT of the stack)
     */
    explicit SctpScriptPacketMatcher(SctpScriptMapping& mapping);

    /**
     * \brief Compare a packet with an expected line.
     * \param [in] spec the expected packet
     * \param [in] bytes the SCTP packet the stack sent (common header first)
     * \param [out] error the first difference, as "CHUNK.field: expected X, got Y"
     * \return true if the packet matches
     */
    bool Match(const SctpScriptPacket& spec, const std::vector<uint8_t>& bytes, std::string& error);

    /**
     * \brief Write a packet in script syntax, with the stack's numbers mapped to the script's.
     * \param [in] bytes the SCTP packet
     * \return e.g. "sctp(tag=2): DATA[flgs=BE, len=1016, tsn=1, sid=0, ssn=0, ppid=0]"
     */
    std::string Describe(const std::vector<uint8_t>& bytes) const;

  private:
    /**
     * \brief Compare one chunk.
     * \param [in] spec the expected NAME[...] element
     * \param [in] chunk the decoded chunk
     * \param [out] error the difference
     * \return true if it matches
     */
    bool MatchChunk(const SctpScriptValue& spec, Ptr<SctpChunk> chunk, std::string& error);

    /**
     * \brief Compare a list of TLVs (parameters or causes) with the positional items of an
     * element (or of a LIST value).
     * \param [in] expected the expected items; a last "..." accepts anything after them
     * \param [in] actual the TLVs, each without padding
     * \param [in] causes compare causes rather than parameters
     * \param [in] where the name of the list, for messages
     * \param [out] error the difference
     * \return true if they match
     */
    bool MatchList(const std::vector<const SctpScriptValue*>& expected,
                   const std::vector<std::vector<uint8_t>>& actual,
                   bool causes,
                   const std::string& where,
                   std::string& error);

    /**
     * \brief Compare one parameter.
     * \param [in] spec the expected element
     * \param [in] tlv the parameter's bytes without padding
     * \param [out] error the difference
     * \return true if it matches
     */
    bool MatchParameter(const SctpScriptValue& spec,
                        const std::vector<uint8_t>& tlv,
                        std::string& error);

    /**
     * \brief Compare one error cause.
     * \param [in] spec the expected element
     * \param [in] tlv the cause's bytes without padding
     * \param [out] error the difference
     * \return true if it matches
     */
    bool MatchCause(const SctpScriptValue& spec,
                    const std::vector<uint8_t>& tlv,
                    std::string& error);

    /**
     * \brief Learn from an INIT or INIT-ACK of the stack, checking that a tag the script
     * already knows is the same and that a tag the script calls new is new.
     * \param [in] spec the expected chunk
     * \param [in] tag the chunk's initiate tag
     * \param [in] tsn the chunk's initial TSN
     * \param [out] error the difference
     * \return true if consistent
     */
    bool LearnInit(const SctpScriptValue& spec, uint32_t tag, uint32_t tsn, std::string& error);

    /**
     * \param [in] chunk a chunk
     * \return the chunk in script syntax
     */
    std::string DescribeChunk(Ptr<SctpChunk> chunk) const;

    /**
     * \param [in] tlv a parameter without padding
     * \return the parameter in script syntax
     */
    std::string DescribeParameter(const std::vector<uint8_t>& tlv) const;

    /**
     * \param [in] tlv a cause without padding
     * \return the cause in script syntax
     */
    std::string DescribeCause(const std::vector<uint8_t>& tlv) const;

    SctpScriptMapping& m_mapping; //!< what is known of the association
};

} // namespace ns3

#endif /* SCTP_SCRIPT_PACKET_MATCHER_H */
