/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script-struct.h"

#include "sctp-script-symbols.h"

#include "ns3/inet-socket-address.h"
#include "ns3/inet6-socket-address.h"

#include <arpa/inet.h>
#include <sstream>

namespace ns3
{

SctpScriptStruct::Builder::Builder()
{
    m_value.kind = SctpScriptValue::STRUCT;
}

SctpScriptStruct::Builder&
SctpScriptStruct::Builder::Add(const std::string& key, int64_t value)
{
    return Add(key, Number(value));
}

SctpScriptStruct::Builder&
SctpScriptStruct::Builder::Add(const std::string& key, const SctpScriptValue& value)
{
    m_value.items.push_back({key, "", value});
    return *this;
}

const SctpScriptValue&
SctpScriptStruct::Builder::Get() const
{
    return m_value;
}

SctpScriptValue
SctpScriptStruct::Number(int64_t value)
{
    SctpScriptValue v;
    v.kind = SctpScriptValue::NUMBER;
    v.number = value;
    v.real = static_cast<double>(value);
    v.text = std::to_string(value);
    return v;
}

bool
SctpScriptStruct::Field(const SctpScriptValue& s,
                        const char* key,
                        int64_t& out,
                        bool& present,
                        std::string& error)
{
    present = false;
    if (s.kind != SctpScriptValue::STRUCT)
    {
        return true;
    }
    const SctpScriptValue* v = s.Find(key);
    if (v == nullptr || v->IsEllipsis())
    {
        return true;
    }
    if (!SctpScriptSymbols::Evaluate(*v, out, error))
    {
        error = std::string(key) + ": " + error;
        return false;
    }
    present = true;
    return true;
}

bool
SctpScriptStruct::CheckFields(const SctpScriptValue& s,
                              std::initializer_list<const char*> keys,
                              const std::string& what,
                              std::string& error)
{
    if (s.IsEllipsis())
    {
        return true;
    }
    if (s.kind != SctpScriptValue::STRUCT)
    {
        error = what + ": expected {...}, got " + s.ToString();
        return false;
    }
    for (const auto& item : s.items)
    {
        bool known = false;
        for (const char* k : keys)
        {
            known = known || item.key == k;
        }
        if (!known)
        {
            error = what + " has no field '" +
                    (item.key.empty() ? item.value.ToString() : item.key) + "'";
            return false;
        }
    }
    return true;
}

namespace
{

/**
 * \brief The address text of an expected value: "a.b.c.d", inet_addr("a.b.c.d"), INADDR_ANY.
 * \param [in] v the value
 * \param [out] text the normalized address
 * \return false if v is not an address
 */
bool
AddressText(const SctpScriptValue& v, std::string& text)
{
    std::string raw;
    if (v.kind == SctpScriptValue::ADDRESS || v.kind == SctpScriptValue::STRING)
    {
        raw = v.text;
    }
    else if (v.kind == SctpScriptValue::CALL && v.items.size() == 1 &&
             (v.text == "inet_addr" || v.text == "inet6_addr"))
    {
        raw = v.items[0].value.text;
    }
    else if (v.kind == SctpScriptValue::WORD && v.text == "INADDR_ANY")
    {
        raw = "0.0.0.0";
    }
    else
    {
        return false;
    }
    unsigned char buf[16];
    char out[INET6_ADDRSTRLEN];
    int family = raw.find(':') == std::string::npos ? AF_INET : AF_INET6;
    if (inet_pton(family, raw.c_str(), buf) != 1)
    {
        return false;
    }
    inet_ntop(family, buf, out, sizeof(out));
    text = out;
    return true;
}

} // namespace

bool
SctpScriptStruct::Compare(const SctpScriptValue& expected,
                          const SctpScriptValue& actual,
                          const std::string& path,
                          std::string& error)
{
    if (expected.IsEllipsis())
    {
        return true;
    }
    if (expected.kind == SctpScriptValue::STRUCT)
    {
        if (actual.kind != SctpScriptValue::STRUCT)
        {
            error = path + ": expected " + expected.ToString() + ", got " + actual.ToString();
            return false;
        }
        for (const auto& item : expected.items)
        {
            if (item.key.empty())
            {
                error = path + ": fields must be named (" + item.value.ToString() + ")";
                return false;
            }
            const SctpScriptValue* a = actual.Find(item.key);
            if (a == nullptr)
            {
                error = path + " has no field '" + item.key + "'";
                return false;
            }
            if (!Compare(item.value, *a, path + "." + item.key, error))
            {
                return false;
            }
        }
        return true;
    }
    if (expected.kind == SctpScriptValue::LIST && actual.kind != SctpScriptValue::LIST)
    {
        if (expected.items.size() != 1)
        {
            error = path + ": expected " + expected.ToString() + ", got " + actual.ToString();
            return false;
        }
        return Compare(expected.items[0].value, actual, path, error);
    }
    if (expected.kind == SctpScriptValue::LIST)
    {
        bool prefix = expected.EndsWithEllipsis();
        size_t want = expected.items.size() - (prefix ? 1 : 0);
        if (prefix ? actual.items.size() < want : actual.items.size() != want)
        {
            error = path + ": expected " + expected.ToString() + ", got " + actual.ToString();
            return false;
        }
        for (size_t i = 0; i < want; ++i)
        {
            if (!Compare(expected.items[i].value,
                         actual.items[i].value,
                         path + "[" + std::to_string(i) + "]",
                         error))
            {
                return false;
            }
        }
        return true;
    }
    if (actual.kind == SctpScriptValue::ADDRESS)
    {
        std::string want;
        if (!AddressText(expected, want) || want != actual.text)
        {
            error = path + ": expected " + expected.ToString() + ", got " + actual.text;
            return false;
        }
        return true;
    }
    int64_t want;
    if (!SctpScriptSymbols::Evaluate(expected, want, error))
    {
        error = path + ": " + error;
        return false;
    }
    if (actual.kind != SctpScriptValue::NUMBER || actual.number != want)
    {
        error = path + ": expected " + expected.ToString() + ", got " + actual.ToString();
        return false;
    }
    return true;
}

SctpScriptValue
SctpScriptStruct::Sockaddr(const Address& address)
{
    Builder b;
    SctpScriptValue addr;
    addr.kind = SctpScriptValue::ADDRESS;
    std::ostringstream os;
    if (InetSocketAddress::IsMatchingType(address) || Ipv4Address::IsMatchingType(address))
    {
        uint16_t port = 0;
        Ipv4Address ip;
        if (InetSocketAddress::IsMatchingType(address))
        {
            ip = InetSocketAddress::ConvertFrom(address).GetIpv4();
            port = InetSocketAddress::ConvertFrom(address).GetPort();
        }
        else
        {
            ip = Ipv4Address::ConvertFrom(address);
        }
        ip.Print(os);
        addr.text = os.str();
        b.Add("sa_family", 2).Add("sin_port", port).Add("sin_addr", addr);
        return b.Get();
    }
    uint16_t port = 0;
    Ipv6Address ip;
    if (Inet6SocketAddress::IsMatchingType(address))
    {
        ip = Inet6SocketAddress::ConvertFrom(address).GetIpv6();
        port = Inet6SocketAddress::ConvertFrom(address).GetPort();
    }
    else if (Ipv6Address::IsMatchingType(address))
    {
        ip = Ipv6Address::ConvertFrom(address);
    }
    uint8_t buf[16];
    char text[INET6_ADDRSTRLEN];
    ip.Serialize(buf);
    inet_ntop(AF_INET6, buf, text, sizeof(text));
    addr.text = text;
    b.Add("sa_family", 28).Add("sin6_port", port).Add("sin6_addr", addr);
    return b.Get();
}

bool
SctpScriptStruct::ParseSockaddr(const SctpScriptValue& value,
                                const Address& fallback,
                                Address& out,
                                std::string& error)
{
    if (value.IsEllipsis())
    {
        out = fallback;
        return true;
    }
    if (value.kind == SctpScriptValue::LIST && value.items.size() == 1)
    {
        return ParseSockaddr(value.items[0].value, fallback, out, error);
    }
    if (!CheckFields(value,
                     {"sa_family", "sin_port", "sin_addr", "sin6_port", "sin6_addr", "sin_len"},
                     "sockaddr",
                     error))
    {
        return false;
    }
    int64_t family = 2;
    int64_t port = 0;
    bool present;
    if (!Field(value, "sa_family", family, present, error))
    {
        return false;
    }
    bool v6 = family == 28;
    if (!Field(value, v6 ? "sin6_port" : "sin_port", port, present, error))
    {
        return false;
    }
    const SctpScriptValue* a = value.Find(v6 ? "sin6_addr" : "sin_addr");
    std::string text = v6 ? "::" : "0.0.0.0";
    if (a && !a->IsEllipsis() && !AddressText(*a, text))
    {
        error = "sockaddr: not an address: " + a->ToString();
        return false;
    }
    if (v6)
    {
        out = Inet6SocketAddress(Ipv6Address(text.c_str()), static_cast<uint16_t>(port));
    }
    else
    {
        out = InetSocketAddress(Ipv4Address(text.c_str()), static_cast<uint16_t>(port));
    }
    return true;
}

} // namespace ns3
