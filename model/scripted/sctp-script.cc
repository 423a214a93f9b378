/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-script.h"

#include <sstream>

namespace ns3
{

bool
SctpScriptValue::IsEllipsis() const
{
    return kind == ELLIPSIS;
}

const SctpScriptValue*
SctpScriptValue::Find(const std::string& key) const
{
    for (const SctpScriptItem& item : items)
    {
        if (item.key == key)
        {
            return &item.value;
        }
    }
    return nullptr;
}

bool
SctpScriptValue::EndsWithEllipsis() const
{
    return !items.empty() && items.back().key.empty() && items.back().value.IsEllipsis();
}

namespace
{

/**
 * \brief Write container items separated by commas.
 * \param [in,out] os the stream
 * \param [in] items the items
 * \param [in] separator what goes between two items
 */
void
PrintItems(std::ostream& os, const std::vector<SctpScriptItem>& items, const char* separator)
{
    bool first = true;
    for (const SctpScriptItem& item : items)
    {
        if (!first)
        {
            os << separator;
        }
        first = false;
        if (!item.key.empty())
        {
            os << item.key;
            if (!item.keyArgument.empty())
            {
                os << "(" << item.keyArgument << ")";
            }
            os << "=";
        }
        os << item.value.ToString();
    }
}

} // namespace

std::string
SctpScriptValue::ToString() const
{
    std::ostringstream os;
    switch (kind)
    {
    case NONE:
        break;
    case ELLIPSIS:
        os << "...";
        break;
    case NUMBER:
    case WORD:
    case ADDRESS:
        os << text;
        break;
    case STRING:
        os << '"' << text << '"';
        break;
    case LIST:
        os << "[";
        PrintItems(os, items, ", ");
        os << "]";
        break;
    case STRUCT:
        os << "{";
        PrintItems(os, items, ", ");
        os << "}";
        break;
    case ELEMENT:
        os << text << "[";
        PrintItems(os, items, ", ");
        os << "]";
        break;
    case CALL:
        os << text << "(";
        PrintItems(os, items, ", ");
        os << ")";
        break;
    case OR:
        PrintItems(os, items, "|");
        break;
    case RANGE:
        PrintItems(os, items, ":");
        break;
    }
    return os.str();
}

} // namespace ns3
