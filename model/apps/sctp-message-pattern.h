/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_MESSAGE_PATTERN_H
#define SCTP_MESSAGE_PATTERN_H

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief What a self-describing test message says about itself.
 */
struct SctpMessageDescription
{
    uint32_t number{0};    //!< message number, counted from 0 by the sender
    uint32_t size{0};      //!< total size of the message in bytes, header included
    uint32_t ppid{0};      //!< payload protocol identifier it was sent with
    uint16_t sid{0};       //!< stream it was sent on
    bool unordered{false}; //!< sent with SCTP_UNORDERED
    bool last{false};      //!< the sender's last message
    int64_t sendTimeNs{0}; //!< simulation time when it was queued, in nanoseconds
};

/**
 * \ingroup sctp
 * \brief The content of the messages SctpMessageSource sends and SctpMessageSink checks.
 *
 * A message is a header followed by a body. Every byte follows from the header, so a receiver
 * checks a message without knowing anything else about the sender:
 *
 * \verbatim
   byte  0..3   message number (big-endian)
   byte  4..7   message size in bytes, header included (big-endian)
   byte  8..11  PPID the message was sent with (big-endian)
   byte 12..13  stream identifier (big-endian)
   byte 14      flags: 0x01 unordered, 0x02 last message of the sender
   byte 15      check byte over bytes 0..14 and 16..23 (CheckByte)
   byte 16..23  send time in nanoseconds of simulation time (big-endian, two's complement)
   byte 24..    BodyByte(number, index)
   \endverbatim
 *
 * The body formula is the one of the transfer test scenario for bytes past its 4-byte message
 * number, so both can share it.
 */
class SctpMessagePattern
{
  public:
    /// Size of the header; messages are at least this long.
    static constexpr uint32_t HEADER_SIZE = 24;

    /// Flag bit: the message was sent unordered.
    static constexpr uint8_t FLAG_UNORDERED = 0x01;

    /// Flag bit: the sender sends nothing after this message.
    static constexpr uint8_t FLAG_LAST = 0x02;

    /**
     * \brief The body byte at an index of a message.
     * \param [in] number the message number
     * \param [in] index the byte's index in the message (any index, header included)
     * \return the byte
     */
    static uint8_t BodyByte(uint32_t number, uint32_t index)
    {
        return static_cast<uint8_t>((number * 31 + index * 7 + (index >> 8)) & 0xff);
    }

    /**
     * \brief Build a message.
     * \param [in] desc what the message says about itself; desc.size below HEADER_SIZE is raised
     *             to HEADER_SIZE
     * \return the bytes
     */
    static std::vector<uint8_t> Make(const SctpMessageDescription& desc);

    /**
     * \brief Parse and check a message's header (size, check byte) and body.
     * \param [in] data the complete message
     * \param [out] desc what its header says (filled as far as it could be read)
     * \param [out] error why the message is wrong, empty if it is right
     * \return true if every byte is as the header says
     */
    static bool Check(const std::vector<uint8_t>& data,
                      SctpMessageDescription& desc,
                      std::string& error);

    /**
     * \brief The check byte of a header.
     * \param [in] header the first HEADER_SIZE bytes of a message
     * \return the value byte 15 must have
     */
    static uint8_t CheckByte(const uint8_t* header);
};

} // namespace ns3

#endif /* SCTP_MESSAGE_PATTERN_H */
