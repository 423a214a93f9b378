/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_H
#define SCTP_SCRIPT_H

#include "ns3/nstime.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup sctp
 * The parsed form of a packet-level script in packetdrill's SCTP dialect: a list of timed
 * events (packets injected or expected, system calls, commands) whose arguments are trees of
 * SctpScriptValue.
 */

namespace ns3
{

struct SctpScriptItem;

/**
 * \ingroup sctp
 * \brief One value of a script: a number, a word, a list, a structure, a chunk or parameter
 * element, a call such as htonl(5), an or-expression, or the wildcard "...".
 *
 * Chunks, parameters and error causes (NAME[...]), system-call arguments ({...}, [...]) and
 * their results are all values of this one kind, so that one parser reads every part of a
 * script and the meaning is given by whoever reads the tree.
 */
struct SctpScriptValue
{
    /// What the value is.
    enum Kind
    {
        NONE,     //!< no value (an absent optional part)
        ELLIPSIS, //!< "...": anything / not checked / filled in
        NUMBER,   //!< an integer (decimal or 0x hex) or a decimal fraction
        WORD,     //!< an identifier: a symbol (O_NONBLOCK), a flag word (BE), NULL
        STRING,   //!< a double-quoted string
        ADDRESS,  //!< an IPv4 or IPv6 address written bare
        LIST,     //!< [a, b, ...]
        STRUCT,   //!< {name=value, ...} or {a, b}
        ELEMENT,  //!< NAME[items]: a chunk, parameter or cause
        CALL,     //!< name(args): htonl(1), inet_addr("1.2.3.4")
        OR,       //!< a|b|c
        RANGE,    //!< a:b (gap ack blocks)
    };

    Kind kind{NONE};                   //!< the kind
    int64_t number{0};                 //!< NUMBER: the integer value
    double real{0};                    //!< NUMBER: the value as written, fractions included
    bool isFraction{false};            //!< NUMBER: written with a decimal point
    std::string text;                  //!< WORD/STRING/ADDRESS/NUMBER text; ELEMENT/CALL name
    std::vector<SctpScriptItem> items; //!< children (LIST, STRUCT, ELEMENT, CALL, OR, RANGE)
    int line{0};                       //!< script line where the value starts

    /// \return true for "..."
    bool IsEllipsis() const;

    /// \return the value written back in script syntax
    std::string ToString() const;

    /**
     * \brief Find a keyed item of a STRUCT or ELEMENT.
     * \param [in] key the key
     * \return the item's value, or nullptr
     */
    const SctpScriptValue* Find(const std::string& key) const;

    /// \return true if the last item of a container is "..."
    bool EndsWithEllipsis() const;
};

/**
 * \ingroup sctp
 * \brief One child of a container value: an optional key (with an optional argument, as in
 * msg_iov(1)=[...]) and a value.
 */
struct SctpScriptItem
{
    std::string key;         //!< empty for positional items
    std::string keyArgument; //!< the text between parentheses after the key, if any
    SctpScriptValue value;   //!< the value
};

/**
 * \ingroup sctp
 * \brief When an event is to happen.
 */
struct SctpScriptTime
{
    /// The forms of packetdrill's event times.
    enum Type
    {
        ABSOLUTE,       //!< 1.5: since the start of the script
        RELATIVE,       //!< +0.1: since the previous event completed
        ANY,            //!< *: whenever (outbound packets only)
        ABSOLUTE_RANGE, //!< 1.0~2.0
        RELATIVE_RANGE, //!< +1.0~+2.0
    };

    Type type{ABSOLUTE}; //!< the form
    Time start;          //!< the time, or the start of the range
    Time end;            //!< the end of the range
};

/**
 * \ingroup sctp
 * \brief A packet line: "< sctp: ..." (injected) or "> sctp: ..." (expected from the stack).
 */
struct SctpScriptPacket
{
    bool inbound{true};                  //!< '<': injected into the stack
    bool explicitTag{false};             //!< sctp(tag=N)
    uint32_t tag{0};                     //!< the N of sctp(tag=N)
    bool badCrc{false};                  //!< sctp(bad_crc32c)
    bool zeroChecksum{false};            //!< sctp(zero_checksum)
    bool hasAddresses{false};            //!< "< 192.0.2.9 > 192.168.0.1 sctp: ..."
    std::string sourceAddress;           //!< explicit source address
    std::string destinationAddress;      //!< explicit destination address
    bool hasPorts{false};                //!< "< 1234>8080 sctp: ..."
    uint16_t sourcePort{0};              //!< explicit source port
    uint16_t destinationPort{0};         //!< explicit destination port
    bool raw{false};                     //!< "sctp: [bytes]": the chunks as bytes
    std::vector<SctpScriptValue> chunks; //!< ELEMENT values, or the raw bytes
};

/**
 * \ingroup sctp
 * \brief A system-call line: "connect(3, ..., ...) = -1 EINPROGRESS (note)".
 */
struct SctpScriptSyscall
{
    std::string name;                  //!< the call
    std::vector<SctpScriptValue> args; //!< its arguments
    bool blocking{false};              //!< written "start...end call(...)"
    Time end;                          //!< the end time of a blocking call (same base as start)
    SctpScriptValue result;            //!< the expected return value
    std::string errnoName;             //!< the expected errno name, if any
};

/**
 * \ingroup sctp
 * \brief One event of a script.
 */
struct SctpScriptEvent
{
    /// What the event is.
    enum Kind
    {
        PACKET,  //!< a packet line
        SYSCALL, //!< a system call
        COMMAND, //!< a `shell command`
    };

    int line{0};               //!< script line of the event's time
    SctpScriptTime time;       //!< when
    Kind kind{PACKET};         //!< what
    SctpScriptPacket packet;   //!< PACKET
    SctpScriptSyscall syscall; //!< SYSCALL
    std::string command;       //!< COMMAND: the text between the backquotes
};

/**
 * \ingroup sctp
 * \brief A parsed script: its options (--name=value lines) and its events in order.
 */
struct SctpScript
{
    std::string path;                           //!< where it was read from
    std::map<std::string, std::string> options; //!< --name=value lines
    std::map<std::string, int> optionLines;     //!< the line of each option
    std::vector<SctpScriptEvent> events;        //!< the events
};

} // namespace ns3

#endif /* SCTP_SCRIPT_H */
