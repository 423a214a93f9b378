/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script-element.h"

#include "sctp-script-symbols.h"

#include <cstring>

namespace ns3
{

SctpScriptElement::SctpScriptElement(const SctpScriptValue& value)
    : m_value(value)
{
}

const std::string&
SctpScriptElement::GetName() const
{
    return m_value.text;
}

int
SctpScriptElement::GetLine() const
{
    return m_value.line;
}

bool
SctpScriptElement::CheckKeys(std::initializer_list<const char*> keys,
                             bool positional,
                             std::string& error) const
{
    for (const SctpScriptItem& item : m_value.items)
    {
        if (item.key.empty())
        {
            if (!positional && !item.value.IsEllipsis())
            {
                error = m_value.text + "[...] has no place for " + item.value.ToString();
                return false;
            }
            continue;
        }
        bool known = false;
        for (const char* k : keys)
        {
            known = known || item.key == k;
        }
        if (!known)
        {
            std::string list;
            for (const char* k : keys)
            {
                list += list.empty() ? k : std::string(", ") + k;
            }
            error = m_value.text + " has no field '" + item.key + "' (fields: " + list + ")";
            return false;
        }
    }
    return true;
}

const SctpScriptValue*
SctpScriptElement::Get(const char* key) const
{
    return m_value.Find(key);
}

bool
SctpScriptElement::IsWild(const char* key) const
{
    const SctpScriptValue* v = Get(key);
    return v == nullptr || v->IsEllipsis();
}

bool
SctpScriptElement::Number(const char* key, int64_t fallback, int64_t& out, std::string& error) const
{
    if (IsWild(key))
    {
        out = fallback;
        return true;
    }
    if (!TypeNumber(*Get(key), out, error))
    {
        error = m_value.text + "." + key + ": " + error;
        return false;
    }
    return true;
}

std::vector<const SctpScriptValue*>
SctpScriptElement::Positional() const
{
    std::vector<const SctpScriptValue*> out;
    for (const SctpScriptItem& item : m_value.items)
    {
        if (item.key.empty())
        {
            out.push_back(&item.value);
        }
    }
    return out;
}

bool
SctpScriptElement::PositionalEndsWithEllipsis() const
{
    std::vector<const SctpScriptValue*> p = Positional();
    return !p.empty() && p.back()->IsEllipsis();
}

bool
SctpScriptElement::Flags(const SctpScriptValue& value,
                         uint8_t chunkType,
                         uint8_t& out,
                         std::string& error)
{
    if (value.kind == SctpScriptValue::WORD)
    {
        std::string letters = SctpScriptSymbols::FlagLetters(chunkType);
        out = 0;
        for (char c : value.text)
        {
            size_t i = letters.find(c);
            if (i == std::string::npos)
            {
                error = "flag '" + std::string(1, c) + "' is not one of \"" + letters + "\"";
                return false;
            }
            out |= static_cast<uint8_t>(1u << (letters.size() - 1 - i));
        }
        return true;
    }
    int64_t v;
    if (!SctpScriptSymbols::Evaluate(value, v, error))
    {
        return false;
    }
    if (v < 0 || v > 0xff)
    {
        error = "flags out of range";
        return false;
    }
    out = static_cast<uint8_t>(v);
    return true;
}

bool
SctpScriptElement::Bytes(const SctpScriptValue& value,
                         std::vector<uint8_t>& out,
                         bool& prefixOnly,
                         std::string& error)
{
    out.clear();
    prefixOnly = false;
    if (value.kind == SctpScriptValue::STRING)
    {
        out.assign(value.text.begin(), value.text.end());
        return true;
    }
    if (value.kind != SctpScriptValue::LIST)
    {
        error = "expected a byte list, got " + value.ToString();
        return false;
    }
    for (size_t i = 0; i < value.items.size(); ++i)
    {
        const SctpScriptValue& b = value.items[i].value;
        if (b.IsEllipsis())
        {
            if (i + 1 != value.items.size())
            {
                error = "'...' must end a byte list";
                return false;
            }
            prefixOnly = true;
            break;
        }
        int64_t v;
        if (!SctpScriptSymbols::Evaluate(b, v, error))
        {
            return false;
        }
        if (v < 0 || v > 0xff)
        {
            error = "byte " + b.ToString() + " out of range";
            return false;
        }
        out.push_back(static_cast<uint8_t>(v));
    }
    return true;
}

bool
SctpScriptElement::Numbers(const SctpScriptValue& value,
                           std::vector<int64_t>& out,
                           bool& prefixOnly,
                           std::string& error)
{
    out.clear();
    prefixOnly = false;
    if (value.kind != SctpScriptValue::LIST)
    {
        error = "expected a list, got " + value.ToString();
        return false;
    }
    for (size_t i = 0; i < value.items.size(); ++i)
    {
        const SctpScriptValue& n = value.items[i].value;
        if (n.IsEllipsis())
        {
            if (i + 1 != value.items.size())
            {
                error = "'...' must end a list";
                return false;
            }
            prefixOnly = true;
            break;
        }
        int64_t v;
        if (!TypeNumber(n, v, error))
        {
            return false;
        }
        out.push_back(v);
    }
    return true;
}

bool
SctpScriptElement::TypeNumber(const SctpScriptValue& value, int64_t& out, std::string& error)
{
    if (value.kind == SctpScriptValue::WORD)
    {
        if (value.text == "IPv4")
        {
            out = 5;
            return true;
        }
        if (value.text == "IPv6")
        {
            out = 6;
            return true;
        }
        if (value.text == "HOSTNAME")
        {
            out = 11;
            return true;
        }
        int t = SctpScriptSymbols::ChunkType(value.text);
        if (t >= 0)
        {
            out = t;
            return true;
        }
        t = SctpScriptSymbols::ParameterType(value.text);
        if (t >= 0)
        {
            out = t;
            return true;
        }
    }
    return SctpScriptSymbols::Evaluate(value, out, error);
}

} // namespace ns3
