/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_PACKET_BUILDER_H
#define SCTP_SCRIPT_PACKET_BUILDER_H

#include "sctp-script-mapping.h"
#include "sctp-script.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Turns an injected packet line ("< sctp: ...") into the bytes of an SCTP packet.
 *
 * The bytes are written directly, not through the codec's chunk classes, so that a script can
 * inject what no well-behaved sender would: wrong lengths, any flags, unknown types, a bad
 * CRC32c. In a typed chunk, parameter or cause a "len=" smaller than its fields truncates it and
 * a larger one fills it with zeros (DATA[len=1016] carries 1000 bytes); the generic CHUNK,
 * PARAMETER and CAUSE write the given length field over exactly the given bytes, so that their
 * length can disagree with their contents.
 * Values of the stack's sequence spaces (the cumulative TSN of SACK and SHUTDOWN, duplicate
 * TSNs, ECNE, ...) are mapped from script numbers to real ones through SctpScriptMapping; the
 * script's own tags and TSNs are written as given. A field that is absent or "..." is 0, except
 * that COOKIE_ECHO[val=...] echoes the stack's last State Cookie and
 * HEARTBEAT_ACK[HEARTBEAT_INFORMATION[val=...]] its last Heartbeat Information. The common
 * header's verification tag is 0 for a packet with an INIT, the script's own tag for an ABORT or
 * SHUTDOWN-COMPLETE with the T bit, and the stack's tag otherwise, unless sctp(tag=N) gives it.
 */
class SctpScriptPacketBuilder
{
  public:
    /**
     * \param [in,out] mapping what is known of the association (the script's INIT tags are
     *        recorded in it)
     */
    explicit SctpScriptPacketBuilder(SctpScriptMapping& mapping);

    /**
     * \brief Build the bytes of an injected packet.
     * \param [in] spec the packet line
     * \param [in] sourcePort the script side's port
     * \param [in] destinationPort the stack's port
     * \param [out] bytes the SCTP packet, CRC32c included
     * \param [out] error what is wrong with the line
     * \return false if the line cannot be built
     */
    bool Build(const SctpScriptPacket& spec,
               uint16_t sourcePort,
               uint16_t destinationPort,
               std::vector<uint8_t>& bytes,
               std::string& error);

    /**
     * \brief Build one chunk (used for UNRECOGNIZED_CHUNK_TYPE causes too).
     * \param [in] chunk the NAME[...] element
     * \param [out] out receives the chunk, padded to 4 bytes
     * \param [out] unpadded the chunk's length without padding
     * \param [out] error what is wrong
     * \return false on error
     */
    bool BuildChunk(const SctpScriptValue& chunk,
                    std::vector<uint8_t>& out,
                    size_t& unpadded,
                    std::string& error);

  private:
    /**
     * \brief Build one parameter.
     * \param [in] parameter the element
     * \param [out] out receives the TLV without padding
     * \param [out] error what is wrong
     * \return false on error
     */
    bool BuildParameter(const SctpScriptValue& parameter,
                        std::vector<uint8_t>& out,
                        std::string& error);

    /**
     * \brief Build one error cause.
     * \param [in] cause the element
     * \param [out] out receives the TLV without padding
     * \param [out] error what is wrong
     * \return false on error
     */
    bool BuildCause(const SctpScriptValue& cause, std::vector<uint8_t>& out, std::string& error);

    /**
     * \brief Append TLVs (parameters or causes), padding all but the last.
     * \param [in] items the elements ("..." items are skipped)
     * \param [in] causes build causes rather than parameters
     * \param [in,out] out where to append
     * \param [out] error what is wrong
     * \return false on error
     */
    bool BuildList(const std::vector<const SctpScriptValue*>& items,
                   bool causes,
                   std::vector<uint8_t>& out,
                   std::string& error);

    SctpScriptMapping& m_mapping; //!< what is known of the association
    bool m_reflect{false};        //!< the packet has a T bit set
    bool m_hasInit{false};        //!< the packet has an INIT
};

} // namespace ns3

#endif /* SCTP_SCRIPT_PACKET_BUILDER_H */
