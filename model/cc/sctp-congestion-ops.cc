/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-congestion-ops.h"

#include "ns3/fatal-error.h"
#include "ns3/log.h"
#include "ns3/sctp-packet.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpCongestionOps");

NS_OBJECT_ENSURE_REGISTERED(SctpCongestionOps);

namespace
{
/// Class name and human name of each module number, indexed by SctpCongestionOps::ModuleId.
struct ModuleName
{
    const char* typeName; ///< TypeId name of the implementing class
    const char* label;    ///< what the module is called in sctp(4)
};

const ModuleName g_modules[] = {
    {"ns3::SctpCcDefault", "RFC 2581/4960 default"},
    {"ns3::SctpCcHighSpeed", "HighSpeed TCP"},
    {"ns3::SctpCcHtcp", "H-TCP"},
    {"ns3::SctpCcRtcc", "RTCC (DCCC)"},
};

constexpr uint32_t g_numModules = sizeof(g_modules) / sizeof(g_modules[0]);
} // namespace

TypeId
SctpCongestionOps::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SctpCongestionOps").SetParent<Object>().SetGroupName("Sctp");
    return tid;
}

SctpCongestionOps::SctpCongestionOps()
{
    NS_LOG_FUNCTION(this);
}

SctpCongestionOps::SctpCongestionOps(const SctpCongestionOps& other)
    : Object(other)
{
}

SctpCongestionOps::~SctpCongestionOps()
{
    NS_LOG_FUNCTION(this);
}

std::string
SctpCongestionOps::TypeNameForModule(uint32_t id)
{
    NS_LOG_FUNCTION(id);
    return id < g_numModules ? g_modules[id].typeName : "";
}

bool
SctpCongestionOps::LookupModule(uint32_t id, TypeId& tid)
{
    NS_LOG_FUNCTION(id);
    const std::string name = TypeNameForModule(id);
    if (name.empty())
    {
        return false;
    }
    // Looked up by name so that a module class added later is found without editing this map.
    TypeId found;
    if (!TypeId::LookupByNameFailSafe(name, &found))
    {
        return false;
    }
    tid = found;
    return true;
}

TypeId
SctpCongestionOps::TypeIdForModule(uint32_t id)
{
    NS_LOG_FUNCTION(id);
    if (id >= g_numModules)
    {
        NS_FATAL_ERROR("SCTP congestion control module " << id << " does not exist (valid: 0..3)");
    }
    TypeId tid;
    if (!LookupModule(id, tid))
    {
        NS_FATAL_ERROR("SCTP congestion control module " << id << " (" << g_modules[id].label
                                                         << ", " << g_modules[id].typeName
                                                         << ") is not yet available");
    }
    return tid;
}

void
SctpCongestionOps::EnforceCwndLimit(Ptr<SctpPathCcState> path, uint32_t maxCwnd)
{
    NS_LOG_FUNCTION(path << maxCwnd);
    // The limit never takes a path below one full packet of payload room.
    const uint32_t floor = path->m_mtu - SctpPacket::COMMON_HEADER_SIZE;
    if (maxCwnd > 0 && path->m_cWnd > maxCwnd && path->m_cWnd > floor)
    {
        path->m_cWnd = std::max(maxCwnd, floor);
    }
}

void
SctpCongestionOps::PacketTransmitted(Ptr<SctpPathCcState> path)
{
    NS_LOG_FUNCTION(this << path);
}

void
SctpCongestionOps::TsnAcknowledged(Ptr<SctpPathCcState> path, uint32_t sendSize)
{
    NS_LOG_FUNCTION(this << path << sendSize);
}

void
SctpCongestionOps::PrepareForSack(Ptr<SctpPathCcState> path)
{
    NS_LOG_FUNCTION(this << path);
}

void
SctpCongestionOps::RttCalculated(Ptr<SctpPathCcState> path)
{
    NS_LOG_FUNCTION(this << path);
}

void
SctpCongestionOps::NewTransmissionBegins(Ptr<SctpPathCcState> path,
                                         const SctpCcAssocInputs& assoc [[maybe_unused]])
{
    NS_LOG_FUNCTION(this << path);
}

bool
SctpCongestionOps::HasOptions() const
{
    NS_LOG_FUNCTION(this);
    return false;
}

bool
SctpCongestionOps::SetOption(uint32_t option, uint32_t value)
{
    NS_LOG_FUNCTION(this << option << value);
    NS_LOG_LOGIC(GetName() << " has no congestion-control option " << option);
    return false;
}

bool
SctpCongestionOps::GetOption(uint32_t option, uint32_t& value [[maybe_unused]]) const
{
    NS_LOG_FUNCTION(this << option);
    NS_LOG_LOGIC(GetName() << " has no congestion-control option " << option);
    return false;
}

} // namespace ns3
