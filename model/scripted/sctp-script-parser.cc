/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script-parser.h"

#include <arpa/inet.h>
#include <cctype>
#include <cmath>
#include <fstream>
#include <sstream>

namespace ns3
{

namespace
{

/// One token of a script.
struct Token
{
    /// Token kinds.
    enum Type
    {
        END,      //!< end of the text
        NUMBER,   //!< integer or decimal fraction
        WORD,     //!< identifier
        STRING,   //!< "..."
        ADDRESS,  //!< bare IPv4 or IPv6 address
        ELLIPSIS, //!< ...
        COMMAND,  //!< `...`
        CODE,     //!< %{ ... }%
        PUNCT,    //!< any other single character
    };

    Type type{END};       //!< kind
    std::string text;     //!< the characters
    int64_t number{0};    //!< NUMBER: integer value
    double real{0};       //!< NUMBER: real value
    bool fraction{false}; //!< NUMBER: has a decimal point
    char punct{0};        //!< PUNCT: the character
    int line{0};          //!< line number
};

/**
 * \brief Remove the #ifdef regions whose symbol is not defined and collect the option lines,
 * keeping the line count so that line numbers stay right.
 * \param [in] text the script
 * \param [in] defines the defined symbols
 * \param [out] script receives the options
 * \param [out] error what is wrong
 * \return the text to tokenize, or an empty optional on error (error set)
 */
bool
Preprocess(const std::string& text,
           const std::set<std::string>& defines,
           SctpScript& script,
           std::string& out,
           std::string& error)
{
    std::istringstream in(text);
    std::string line;
    int lineNo = 0;

    // Each entry: is the enclosing region active, is this branch active, line of the #if.
    struct Cond
    {
        bool parentActive;
        bool active;
        int line;
    };

    std::vector<Cond> stack;
    bool inComment = false;
    auto active = [&stack]() { return stack.empty() || stack.back().active; };
    while (std::getline(in, line))
    {
        ++lineNo;
        size_t first = line.find_first_not_of(" \t\r");
        std::string trimmed = first == std::string::npos ? "" : line.substr(first);
        if (!inComment && trimmed.rfind("#if", 0) == 0)
        {
            std::istringstream words(trimmed);
            std::string directive;
            std::string symbol;
            words >> directive >> symbol;
            if ((directive != "#ifdef" && directive != "#ifndef") || symbol.empty())
            {
                error = "line " + std::to_string(lineNo) + ": #ifdef or #ifndef needs a name";
                return false;
            }
            bool defined = defines.count(symbol) > 0;
            bool branch = directive == "#ifdef" ? defined : !defined;
            bool parent = active();
            stack.push_back({parent, parent && branch, lineNo});
            out += "\n";
            continue;
        }
        if (!inComment && trimmed.rfind("#else", 0) == 0)
        {
            if (stack.empty())
            {
                error = "line " + std::to_string(lineNo) + ": #else without #ifdef";
                return false;
            }
            stack.back().active = stack.back().parentActive && !stack.back().active;
            out += "\n";
            continue;
        }
        if (!inComment && trimmed.rfind("#endif", 0) == 0)
        {
            if (stack.empty())
            {
                error = "line " + std::to_string(lineNo) + ": #endif without #ifdef";
                return false;
            }
            stack.pop_back();
            out += "\n";
            continue;
        }
        if (!active())
        {
            out += "\n";
            continue;
        }
        if (!inComment && trimmed.rfind("--", 0) == 0 && trimmed.size() > 2 &&
            std::isalpha(static_cast<unsigned char>(trimmed[2])))
        {
            std::string option = trimmed.substr(2);
            size_t comment = option.find("//");
            if (comment != std::string::npos)
            {
                option = option.substr(0, comment);
            }
            while (!option.empty() && std::isspace(static_cast<unsigned char>(option.back())))
            {
                option.pop_back();
            }
            size_t eq = option.find('=');
            std::string name = option.substr(0, eq);
            std::string value = eq == std::string::npos ? "" : option.substr(eq + 1);
            script.options[name] = value;
            script.optionLines[name] = lineNo;
            out += "\n";
            continue;
        }
        // Track C comments only to keep directives inside them from being read.
        for (size_t i = 0; i + 1 < line.size(); ++i)
        {
            if (!inComment && line[i] == '/' && line[i + 1] == '/')
            {
                break;
            }
            if (!inComment && line[i] == '/' && line[i + 1] == '*')
            {
                inComment = true;
                ++i;
            }
            else if (inComment && line[i] == '*' && line[i + 1] == '/')
            {
                inComment = false;
                ++i;
            }
        }
        out += line;
        out += "\n";
    }
    if (!stack.empty())
    {
        error = "line " + std::to_string(stack.back().line) + ": #ifdef without #endif";
        return false;
    }
    return true;
}

/// Splits the preprocessed text into tokens.
class Lexer
{
  public:
    /**
     * \param [in] text the text
     */
    explicit Lexer(const std::string& text)
        : m_text(text)
    {
    }

    /**
     * \brief Tokenize everything.
     * \param [out] tokens the tokens, ending with END
     * \param [out] error what is wrong
     * \return false on an unterminated string, comment or command
     */
    bool Run(std::vector<Token>& tokens, std::string& error)
    {
        while (true)
        {
            if (!SkipSpaceAndComments(error))
            {
                return false;
            }
            Token t;
            t.line = m_line;
            if (m_pos >= m_text.size())
            {
                t.type = Token::END;
                tokens.push_back(t);
                return true;
            }
            char c = m_text[m_pos];
            if (m_text.compare(m_pos, 3, "...") == 0)
            {
                t.type = Token::ELLIPSIS;
                t.text = "...";
                m_pos += 3;
            }
            else if (c == '"')
            {
                if (!Quoted('"', t, error))
                {
                    return false;
                }
                t.type = Token::STRING;
            }
            else if (c == '`')
            {
                if (!Quoted('`', t, error))
                {
                    return false;
                }
                t.type = Token::COMMAND;
            }
            else if (c == '%' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '{')
            {
                size_t end = m_text.find("}%", m_pos);
                if (end == std::string::npos)
                {
                    error = "line " + std::to_string(m_line) + ": unterminated %{ code block";
                    return false;
                }
                t.type = Token::CODE;
                t.text = m_text.substr(m_pos + 2, end - m_pos - 2);
                for (char x : t.text)
                {
                    m_line += x == '\n';
                }
                m_pos = end + 2;
            }
            else if (Address(t))
            {
                t.type = Token::ADDRESS;
            }
            else if (std::isdigit(static_cast<unsigned char>(c)) ||
                     (c == '-' && m_pos + 1 < m_text.size() &&
                      std::isdigit(static_cast<unsigned char>(m_text[m_pos + 1]))))
            {
                Number(t);
            }
            else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_')
            {
                size_t start = m_pos;
                while (m_pos < m_text.size() &&
                       (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) ||
                        m_text[m_pos] == '_'))
                {
                    ++m_pos;
                }
                t.type = Token::WORD;
                t.text = m_text.substr(start, m_pos - start);
            }
            else
            {
                t.type = Token::PUNCT;
                t.punct = c;
                t.text = std::string(1, c);
                ++m_pos;
            }
            tokens.push_back(t);
        }
    }

  private:
    /**
     * \brief Skip blanks, newlines and both comment styles.
     * \param [out] error set for an unterminated C comment
     * \return false on error
     */
    bool SkipSpaceAndComments(std::string& error)
    {
        while (m_pos < m_text.size())
        {
            char c = m_text[m_pos];
            if (c == '\n')
            {
                ++m_line;
                ++m_pos;
            }
            else if (std::isspace(static_cast<unsigned char>(c)))
            {
                ++m_pos;
            }
            else if (m_text.compare(m_pos, 2, "//") == 0)
            {
                while (m_pos < m_text.size() && m_text[m_pos] != '\n')
                {
                    ++m_pos;
                }
            }
            else if (m_text.compare(m_pos, 2, "/*") == 0)
            {
                size_t end = m_text.find("*/", m_pos + 2);
                if (end == std::string::npos)
                {
                    error = "line " + std::to_string(m_line) + ": unterminated comment";
                    return false;
                }
                for (size_t i = m_pos; i < end; ++i)
                {
                    m_line += m_text[i] == '\n';
                }
                m_pos = end + 2;
            }
            else
            {
                break;
            }
        }
        return true;
    }

    /**
     * \brief Read a string or command between two quote characters.
     * \param [in] quote the character
     * \param [out] t receives the text
     * \param [out] error set if the closing quote is missing
     * \return false on error
     */
    bool Quoted(char quote, Token& t, std::string& error)
    {
        size_t i = m_pos + 1;
        std::string text;
        while (i < m_text.size() && m_text[i] != quote)
        {
            if (m_text[i] == '\\' && i + 1 < m_text.size())
            {
                ++i;
            }
            m_line += m_text[i] == '\n';
            text += m_text[i];
            ++i;
        }
        if (i >= m_text.size())
        {
            error = "line " + std::to_string(t.line) + ": unterminated " +
                    (quote == '"' ? "string" : "command");
            return false;
        }
        t.text = text;
        m_pos = i + 1;
        return true;
    }

    /**
     * \brief Read a bare IPv4 or IPv6 address, if one starts here.
     * \param [out] t receives the text
     * \return true if an address was read
     */
    bool Address(Token& t)
    {
        size_t i = m_pos;
        while (i < m_text.size() && (std::isxdigit(static_cast<unsigned char>(m_text[i])) ||
                                     m_text[i] == ':' || m_text[i] == '.'))
        {
            ++i;
        }
        // Never swallow an ellipsis that follows a number ("0.1...0.2").
        std::string run = m_text.substr(m_pos, i - m_pos);
        size_t dots = run.find("..");
        if (dots != std::string::npos)
        {
            run = run.substr(0, dots);
        }
        while (!run.empty() && run.back() == '.')
        {
            run.pop_back();
        }
        size_t colons = 0;
        size_t periods = 0;
        for (char x : run)
        {
            colons += x == ':';
            periods += x == '.';
        }
        unsigned char buf[16];
        bool v6 = colons >= 2 && inet_pton(AF_INET6, run.c_str(), buf) == 1;
        bool v4 = colons == 0 && periods == 3 && inet_pton(AF_INET, run.c_str(), buf) == 1;
        if (!v4 && !v6)
        {
            return false;
        }
        // The address must not run on into a word ("1.1.1.1x").
        size_t end = m_pos + run.size();
        if (end < m_text.size() &&
            (std::isalnum(static_cast<unsigned char>(m_text[end])) || m_text[end] == '_'))
        {
            return false;
        }
        t.text = run;
        m_pos = end;
        return true;
    }

    /**
     * \brief Read a decimal or hexadecimal integer, or a decimal fraction.
     * \param [out] t the token
     */
    void Number(Token& t)
    {
        size_t start = m_pos;
        bool negative = false;
        if (m_text[m_pos] == '-')
        {
            negative = true;
            ++m_pos;
        }
        t.type = Token::NUMBER;
        if (m_text.compare(m_pos, 2, "0x") == 0 || m_text.compare(m_pos, 2, "0X") == 0)
        {
            size_t digits = m_pos + 2;
            size_t i = digits;
            while (i < m_text.size() && std::isxdigit(static_cast<unsigned char>(m_text[i])))
            {
                ++i;
            }
            uint64_t v =
                std::stoull(i > digits ? m_text.substr(digits, i - digits) : "0", nullptr, 16);
            t.number = negative ? -static_cast<int64_t>(v) : static_cast<int64_t>(v);
            t.real = static_cast<double>(t.number);
            m_pos = i;
        }
        else
        {
            size_t i = m_pos;
            while (i < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[i])))
            {
                ++i;
            }
            if (i + 1 < m_text.size() && m_text[i] == '.' &&
                std::isdigit(static_cast<unsigned char>(m_text[i + 1])))
            {
                ++i;
                while (i < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[i])))
                {
                    ++i;
                }
                t.fraction = true;
            }
            std::string digits = m_text.substr(m_pos, i - m_pos);
            t.real = std::stod(digits) * (negative ? -1 : 1);
            t.number = t.fraction ? static_cast<int64_t>(t.real)
                                  : static_cast<int64_t>(std::stoull(digits)) * (negative ? -1 : 1);
            m_pos = i;
        }
        t.text = m_text.substr(start, m_pos - start);
    }

    const std::string& m_text; //!< the text
    size_t m_pos{0};           //!< read position
    int m_line{1};             //!< current line
};

/// Builds the events from the tokens.
class Parser
{
  public:
    /**
     * \param [in] tokens the tokens, ending with END
     */
    explicit Parser(const std::vector<Token>& tokens)
        : m_tokens(tokens)
    {
    }

    /**
     * \brief Parse every event.
     * \param [in,out] script receives the events
     * \param [out] error "line N: ..." on failure
     * \return false on a syntax error
     */
    bool Run(SctpScript& script, std::string& error)
    {
        while (Peek().type != Token::END)
        {
            SctpScriptEvent event;
            if (!Event(event))
            {
                error = m_error;
                return false;
            }
            script.events.push_back(std::move(event));
        }
        return true;
    }

  private:
    /// \param [in] ahead how far \return the token that far ahead
    const Token& Peek(size_t ahead = 0) const
    {
        size_t i = std::min(m_pos + ahead, m_tokens.size() - 1);
        return m_tokens[i];
    }

    /// \return the current token, then advance
    const Token& Next()
    {
        const Token& t = Peek();
        if (m_pos < m_tokens.size() - 1)
        {
            ++m_pos;
        }
        return t;
    }

    /// \param [in] c a character \param [in] ahead how far \return true if that token is c
    bool IsPunct(char c, size_t ahead = 0) const
    {
        return Peek(ahead).type == Token::PUNCT && Peek(ahead).punct == c;
    }

    /**
     * \brief Record a syntax error at the current token.
     * \param [in] what the message
     * \return false
     */
    bool Fail(const std::string& what)
    {
        const Token& t = Peek();
        std::string near = t.type == Token::END ? "end of script" : "'" + t.text + "'";
        m_error = "line " + std::to_string(t.line) + ": " + what + " (at " + near + ")";
        return false;
    }

    /// \param [in] c the character \return false (with an error) unless the token is c
    bool Expect(char c)
    {
        if (!IsPunct(c))
        {
            return Fail(std::string("expected '") + c + "'");
        }
        Next();
        return true;
    }

    /**
     * \brief Convert a NUMBER token in seconds to a Time.
     * \param [in] t the token
     * \return the time
     */
    static Time Seconds(const Token& t)
    {
        return MicroSeconds(std::llround(t.real * 1e6));
    }

    /**
     * \brief One event: time, then packet, system call or command.
     * \param [out] event the event
     * \return false on error
     */
    bool Event(SctpScriptEvent& event)
    {
        event.line = Peek().line;
        if (IsPunct('*'))
        {
            Next();
            event.time.type = SctpScriptTime::ANY;
        }
        else
        {
            bool relative = false;
            if (IsPunct('+'))
            {
                relative = true;
                Next();
            }
            if (Peek().type != Token::NUMBER || Peek().real < 0)
            {
                return Fail("expected an event time");
            }
            event.time.type = relative ? SctpScriptTime::RELATIVE : SctpScriptTime::ABSOLUTE;
            event.time.start = Seconds(Next());
            if (IsPunct('~'))
            {
                Next();
                bool relativeEnd = false;
                if (IsPunct('+'))
                {
                    relativeEnd = true;
                    Next();
                }
                if (relativeEnd != relative)
                {
                    return Fail("both ends of a time range must be absolute or both relative");
                }
                if (Peek().type != Token::NUMBER)
                {
                    return Fail("expected the end of the time range");
                }
                event.time.end = Seconds(Next());
                event.time.type =
                    relative ? SctpScriptTime::RELATIVE_RANGE : SctpScriptTime::ABSOLUTE_RANGE;
                if (event.time.end < event.time.start)
                {
                    return Fail("time range is backwards");
                }
            }
        }
        // "start...end call()": a blocking system call expected to return at end.
        if (Peek().type == Token::ELLIPSIS && Peek(1).type == Token::NUMBER)
        {
            Next();
            event.syscall.blocking = true;
            event.syscall.end = Seconds(Next());
            if (Peek().type != Token::WORD || !IsPunct('(', 1))
            {
                return Fail("an end time is only allowed before a system call");
            }
        }
        if (IsPunct('<') || IsPunct('>'))
        {
            event.kind = SctpScriptEvent::PACKET;
            return Packet(event.packet);
        }
        if (event.time.type == SctpScriptTime::ANY ||
            event.time.type == SctpScriptTime::ABSOLUTE_RANGE ||
            event.time.type == SctpScriptTime::RELATIVE_RANGE)
        {
            return Fail("'*' and time ranges are only allowed for outbound packets");
        }
        if (Peek().type == Token::COMMAND)
        {
            event.kind = SctpScriptEvent::COMMAND;
            event.command = Next().text;
            return true;
        }
        if (Peek().type == Token::CODE)
        {
            event.kind = SctpScriptEvent::COMMAND;
            event.command = "%{" + Next().text + "}%";
            return true;
        }
        if (Peek().type == Token::WORD && IsPunct('(', 1))
        {
            event.kind = SctpScriptEvent::SYSCALL;
            return Syscall(event.syscall);
        }
        return Fail("expected a packet, a system call or a `command`");
    }

    /**
     * \brief A packet line after its time.
     * \param [out] packet the packet
     * \return false on error
     */
    bool Packet(SctpScriptPacket& packet)
    {
        packet.inbound = Next().punct == '<';
        if (Peek().type == Token::ADDRESS && IsPunct('>', 1) && Peek(2).type == Token::ADDRESS)
        {
            packet.hasAddresses = true;
            packet.sourceAddress = Next().text;
            Next();
            packet.destinationAddress = Next().text;
        }
        if (Peek().type == Token::NUMBER && IsPunct('>', 1) && Peek(2).type == Token::NUMBER)
        {
            packet.hasPorts = true;
            packet.sourcePort = static_cast<uint16_t>(Next().number);
            Next();
            packet.destinationPort = static_cast<uint16_t>(Next().number);
        }
        if (Peek().type != Token::WORD || Peek().text != "sctp")
        {
            return Fail("only sctp packets are supported");
        }
        Next();
        if (IsPunct('('))
        {
            Next();
            while (!IsPunct(')'))
            {
                if (Peek().type != Token::WORD)
                {
                    return Fail("expected tag=N, bad_crc32c or zero_checksum");
                }
                std::string word = Next().text;
                if (word == "bad_crc32c")
                {
                    packet.badCrc = true;
                }
                else if (word == "zero_checksum")
                {
                    packet.zeroChecksum = true;
                }
                else if (word == "tag")
                {
                    if (!Expect('=') || Peek().type != Token::NUMBER)
                    {
                        return Fail("expected tag=N");
                    }
                    packet.explicitTag = true;
                    packet.tag = static_cast<uint32_t>(Next().number);
                }
                else
                {
                    return Fail("unknown sctp header option '" + word + "'");
                }
                if (IsPunct(','))
                {
                    Next();
                }
            }
            Next();
        }
        if (!Expect(':'))
        {
            return false;
        }
        if (IsPunct('['))
        {
            packet.raw = true;
            SctpScriptValue bytes;
            if (!Value(bytes))
            {
                return false;
            }
            packet.chunks.push_back(bytes);
            return true;
        }
        if (Peek().type != Token::WORD || !IsPunct('[', 1))
        {
            return true; // no chunks
        }
        while (true)
        {
            SctpScriptValue chunk;
            if (Peek().type != Token::WORD || !IsPunct('[', 1))
            {
                return Fail("expected a chunk such as DATA[...]");
            }
            if (!Value(chunk))
            {
                return false;
            }
            packet.chunks.push_back(chunk);
            if (!IsPunct(';'))
            {
                return true;
            }
            Next();
        }
    }

    /**
     * \brief A system call after its time.
     * \param [in,out] call the call
     * \return false on error
     */
    bool Syscall(SctpScriptSyscall& call)
    {
        call.name = Next().text;
        Next(); // (
        SctpScriptValue args;
        if (!Items(')', args))
        {
            return false;
        }
        for (auto& item : args.items)
        {
            if (!item.key.empty())
            {
                return Fail("system-call arguments are positional");
            }
            call.args.push_back(item.value);
        }
        if (!Expect('='))
        {
            return false;
        }
        if (!Value(call.result))
        {
            return false;
        }
        if (Peek().type == Token::WORD && !Peek().text.empty() && Peek().text[0] == 'E')
        {
            call.errnoName = Next().text;
        }
        if (IsPunct('('))
        {
            // A free-text note such as (Operation now in progress).
            int depth = 0;
            do
            {
                if (Peek().type == Token::END)
                {
                    return Fail("unterminated note");
                }
                if (IsPunct('('))
                {
                    ++depth;
                }
                else if (IsPunct(')'))
                {
                    --depth;
                }
                Next();
            } while (depth > 0);
        }
        return true;
    }

    /**
     * \brief Items of a container up to its closing character, which is consumed.
     * \param [in] close ']', '}' or ')'
     * \param [in,out] container receives the items
     * \return false on error
     */
    bool Items(char close, SctpScriptValue& container)
    {
        if (IsPunct(close))
        {
            Next();
            return true;
        }
        while (true)
        {
            SctpScriptItem item;
            if (Peek().type == Token::WORD && IsPunct('=', 1))
            {
                item.key = Next().text;
                Next();
            }
            else if (Peek().type == Token::WORD && IsPunct('(', 1) && KeyWithArgument())
            {
                item.key = Next().text;
                Next(); // (
                while (!IsPunct(')'))
                {
                    item.keyArgument += Next().text;
                }
                Next(); // )
                Next(); // =
            }
            if (!Value(item.value))
            {
                return false;
            }
            container.items.push_back(std::move(item));
            if (IsPunct(close))
            {
                Next();
                return true;
            }
            if (!IsPunct(','))
            {
                return Fail(std::string("expected ',' or '") + close + "'");
            }
            Next();
        }
    }

    /// \return true if "word(...)" at the current token is followed by '=' (msg_iov(1)=)
    bool KeyWithArgument() const
    {
        size_t i = 2;
        while (Peek(i).type != Token::END && !IsPunct(')', i))
        {
            if (IsPunct('(', i) || IsPunct(',', i))
            {
                return false;
            }
            ++i;
        }
        return IsPunct(')', i) && IsPunct('=', i + 1);
    }

    /**
     * \brief A value, with a following ":b" (range) or "|b|c" (or-expression).
     * \param [out] value the value
     * \return false on error
     */
    bool Value(SctpScriptValue& value)
    {
        SctpScriptValue first;
        if (!Primary(first))
        {
            return false;
        }
        if (IsPunct(':') && first.kind == SctpScriptValue::NUMBER)
        {
            value.kind = SctpScriptValue::RANGE;
            value.line = first.line;
            value.items.push_back({"", "", first});
            Next();
            SctpScriptValue second;
            if (!Primary(second))
            {
                return false;
            }
            value.items.push_back({"", "", second});
            return true;
        }
        if (!IsPunct('|'))
        {
            value = std::move(first);
            return true;
        }
        value.kind = SctpScriptValue::OR;
        value.line = first.line;
        value.items.push_back({"", "", first});
        while (IsPunct('|'))
        {
            Next();
            SctpScriptValue next;
            if (!Primary(next))
            {
                return false;
            }
            value.items.push_back({"", "", next});
        }
        return true;
    }

    /**
     * \brief A value without operators.
     * \param [out] value the value
     * \return false on error
     */
    bool Primary(SctpScriptValue& value)
    {
        const Token& t = Peek();
        value.line = t.line;
        switch (t.type)
        {
        case Token::ELLIPSIS:
            value.kind = SctpScriptValue::ELLIPSIS;
            Next();
            return true;
        case Token::NUMBER:
            value.kind = SctpScriptValue::NUMBER;
            value.number = t.number;
            value.real = t.real;
            value.isFraction = t.fraction;
            value.text = t.text;
            Next();
            return true;
        case Token::STRING:
            value.kind = SctpScriptValue::STRING;
            value.text = t.text;
            Next();
            return true;
        case Token::ADDRESS:
            value.kind = SctpScriptValue::ADDRESS;
            value.text = t.text;
            Next();
            return true;
        case Token::WORD:
            value.text = t.text;
            Next();
            if (IsPunct('['))
            {
                Next();
                value.kind = SctpScriptValue::ELEMENT;
                return Items(']', value);
            }
            if (IsPunct('('))
            {
                Next();
                value.kind = SctpScriptValue::CALL;
                return Items(')', value);
            }
            value.kind = SctpScriptValue::WORD;
            return true;
        case Token::PUNCT:
            if (t.punct == '[')
            {
                Next();
                value.kind = SctpScriptValue::LIST;
                return Items(']', value);
            }
            if (t.punct == '{')
            {
                Next();
                value.kind = SctpScriptValue::STRUCT;
                return Items('}', value);
            }
            return Fail("expected a value");
        default:
            return Fail("expected a value");
        }
    }

    const std::vector<Token>& m_tokens; //!< the tokens
    size_t m_pos{0};                    //!< the current token
    std::string m_error;                //!< the first error
};

} // namespace

SctpScriptParser::SctpScriptParser()
{
    // The stack follows FreeBSD: scripts' FreeBSD branches describe its expected behaviour.
    m_defines.insert("FreeBSD");
    m_defines.insert("ns3");
}

void
SctpScriptParser::Define(const std::string& symbol)
{
    m_defines.insert(symbol);
}

void
SctpScriptParser::Undefine(const std::string& symbol)
{
    m_defines.erase(symbol);
}

bool
SctpScriptParser::ParseFile(const std::string& path, SctpScript& script, std::string& error) const
{
    std::ifstream in(path);
    if (!in)
    {
        error = "cannot read " + path;
        return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return ParseText(text.str(), path, script, error);
}

bool
SctpScriptParser::ParseText(const std::string& text,
                            const std::string& path,
                            SctpScript& script,
                            std::string& error) const
{
    script = SctpScript();
    script.path = path;
    std::string body;
    if (!Preprocess(text, m_defines, script, body, error))
    {
        return false;
    }
    std::vector<Token> tokens;
    Lexer lexer(body);
    if (!lexer.Run(tokens, error))
    {
        return false;
    }
    Parser parser(tokens);
    return parser.Run(script, error);
}

} // namespace ns3
