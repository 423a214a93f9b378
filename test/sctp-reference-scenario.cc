/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-reference-scenario.h"

#include "ns3/error-model.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace ns3
{

std::string
SctpReferenceScenario::Name(Stack s)
{
    return s == OURS ? "ns3-sctp" : "usrsctp";
}

void
SctpReferenceScenario::Run()
{
    BooleanValue checksums;
    GlobalValue::GetValueByName("ChecksumEnabled", checksums);
    GlobalValue::Bind("ChecksumEnabled", BooleanValue(true)); // CRC32c both ways, as on a wire
    RngSeedManager::SetSeed(1);
    RngSeedManager::SetRun(seed);

    NodeContainer nodes;
    nodes.Create(2);
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", StringValue(rate));
    p2p.SetChannelAttribute("Delay", TimeValue(delay));
    p2p.SetQueue("ns3::DropTailQueue",
                 "MaxSize",
                 QueueSizeValue(QueueSize(QueueSizeUnit::PACKETS, queue)));
    NetDeviceContainer devices = p2p.Install(nodes);
    auto addLoss = [this](Ptr<NetDevice> device, double loss, int64_t stream) {
        if (loss <= 0)
        {
            return;
        }
        Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
        em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
        em->SetRate(loss);
        em->AssignStreams(stream);
        device->SetAttribute("ReceiveErrorModel", PointerValue(em));
        device->TraceConnectWithoutContext(
            "PhyRxDrop",
            Callback<void, Ptr<const Packet>>([this](Ptr<const Packet>) { phyDrops++; }));
    };
    addLoss(devices.Get(1), dataLoss, 10);
    addLoss(devices.Get(0), sackLoss, 11);

    InternetStackHelper internet;
    internet.Install(nodes);
    Ipv4AddressHelper addresses;
    addresses.SetBase("10.1.1.0", "255.255.255.0");
    Ipv4InterfaceContainer ifs = addresses.Assign(devices);

    SctpStackHelper ours;
    SctpUsrsctpHelper freebsd;
    if (configureUsrsctp)
    {
        configureUsrsctp(freebsd);
    }
    for (uint32_t i = 0; i < 2; ++i)
    {
        Stack s = i == 0 ? client : server;
        if (s == OURS)
        {
            ours.Install(nodes.Get(i));
            ours.AssignStreams(NodeContainer(nodes.Get(i)), 100 + 10 * i);
        }
        else
        {
            freebsd.Install(nodes.Get(i));
            freebsd.AssignStreams(NodeContainer(nodes.Get(i)), 200 + 10 * i);
        }
    }
    if (configure)
    {
        configure(nodes.Get(0), nodes.Get(1));
    }

    const uint16_t port = 5000;
    SctpMessageSinkHelper sinkHelper(InetSocketAddress(Ipv4Address::GetAny(), port));
    ApplicationContainer sinkApps = sinkHelper.Install(nodes.Get(1));
    sinkApps.Start(Seconds(0));
    Ptr<SctpMessageSink> sink = DynamicCast<SctpMessageSink>(sinkApps.Get(0));
    if (onServerSocket)
    {
        sink->TraceConnectWithoutContext(
            "Accept",
            Callback<void, Ptr<Socket>, const Address&>([this](Ptr<Socket> s, const Address&) {
                onServerSocket(DynamicCast<SctpSocket>(s));
            }));
    }

    SctpMessageSourceHelper sourceHelper(InetSocketAddress(ifs.GetAddress(1), port));
    sourceHelper.SetAttribute("MessageSize", UintegerValue(messageSize));
    sourceHelper.SetAttribute("Streams", UintegerValue(streams));
    sourceHelper.SetAttribute("UnorderedFraction", DoubleValue(unordered));
    sourceHelper.SetAttribute("Ppid", UintegerValue(ppid));
    sourceHelper.SetAttribute("MaxBytes", UintegerValue(bytes));
    sourceHelper.SetAttribute("CloseWhenDone", BooleanValue(closeWhenDone));
    ApplicationContainer sourceApps = sourceHelper.Install(nodes.Get(0));
    SctpMessageSourceHelper::AssignStreams(sourceApps, 300);
    sourceApps.Start(start);
    Ptr<SctpMessageSource> source = DynamicCast<SctpMessageSource>(sourceApps.Get(0));
    if (onClientSocket)
    {
        source->TraceConnectWithoutContext("Socket",
                                           Callback<void, Ptr<Socket>>([this](Ptr<Socket> s) {
                                               onClientSocket(DynamicCast<SctpSocket>(s));
                                           }));
    }
    if (!pcapPrefix.empty())
    {
        p2p.EnablePcap(pcapPrefix, devices, false);
        pcapFiles = {pcapPrefix + "-0-0.pcap", pcapPrefix + "-1-0.pcap"};
    }
    if (beforeRun)
    {
        beforeRun();
    }

    Simulator::Stop(stop);
    Simulator::Run();

    connected = source->IsConnected();
    clientClosedNormally = source->IsClosedNormally();
    clientFailed = source->HasFailed();
    serverClosedNormally = sink->GetClosedNormally();
    serverClosedInError = sink->GetClosedInError();
    bytesSent = source->GetBytesSent();
    bytesReceived = sink->GetBytesReceived();
    messagesReceived = sink->GetMessagesReceived();
    sinkErrors = sink->GetErrors();
    missing = sink->GetMissing();
    complete = sink->IsComplete();
    firstError = sink->GetFirstError();
    established = source->GetEstablishedTime();
    lastRx = sink->GetLastRxTime();
    Simulator::Destroy();
    GlobalValue::Bind("ChecksumEnabled", checksums);
}

std::string
SctpReferenceScenario::Summary() const
{
    std::ostringstream os;
    os << Name(client) << " -> " << Name(server) << ": connected " << connected << ", sent "
       << bytesSent << ", received " << bytesReceived << " in " << messagesReceived
       << " messages, errors " << sinkErrors << ", missing " << missing << ", complete " << complete
       << ", client closed " << clientClosedNormally << " failed " << clientFailed
       << ", server closed " << serverClosedNormally << " in error " << serverClosedInError
       << ", phy drops " << phyDrops << (firstError.empty() ? "" : ", first error: ") << firstError;
    return os.str();
}

namespace
{

/**
 * \param [in] command a shell command
 * \param [out] out what it printed
 * \return its exit status, -1 if it could not run
 */
int
RunCommand(const std::string& command, std::string& out)
{
    out.clear();
    FILE* f = popen(command.c_str(), "r");
    if (!f)
    {
        return -1;
    }
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof(buffer), f)) > 0)
    {
        out.append(buffer, n);
    }
    int status = pclose(f);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

bool
SctpReferenceScenario::CheckPcaps(const std::vector<std::string>& files,
                                  std::string& report,
                                  uint32_t minFrames)
{
    std::string out;
    if (RunCommand("command -v tshark", out) != 0)
    {
        report = "tshark not found (it is a declared dependency: apt-get install tshark)";
        return false;
    }
    std::ostringstream os;
    bool ok = true;
    for (const std::string& file : files)
    {
        // One line per frame: number, SCTP checksum status (1 good), malformed, expert severity.
        std::string dir = file.substr(0, file.rfind('/') + 1);
        std::string command = "WIRESHARK_CONFIG_DIR='" + dir +
                              "' tshark -n -o sctp.checksum:crc-32c -d udp.port==9899,sctp -r '" +
                              file +
                              "' -T fields -E separator=/t -E occurrence=f -e frame.number "
                              "-e sctp.checksum.status -e _ws.malformed -e _ws.expert.severity "
                              "2>/dev/null";
        int rc = RunCommand(command, out);
        if (rc != 0)
        {
            os << file << ": tshark failed (exit status " << rc << "); ";
            ok = false;
            continue;
        }
        uint32_t frames = 0;
        uint32_t good = 0;
        uint32_t bad = 0;
        std::istringstream lines(out);
        std::string line;
        while (std::getline(lines, line))
        {
            if (line.empty())
            {
                continue;
            }
            std::vector<std::string> fields;
            std::istringstream fs(line);
            std::string field;
            while (std::getline(fs, field, '\t'))
            {
                fields.push_back(field);
            }
            fields.resize(4);
            frames++;
            bool frameOk = fields[1] == "1" && fields[2].empty();
            if (!fields[3].empty() && std::strtoul(fields[3].c_str(), nullptr, 0) >= 8388608)
            {
                frameOk = false; // expert info of severity error
            }
            (frameOk ? good : bad)++;
            if (!frameOk && bad <= 3)
            {
                os << file << " frame " << fields[0] << ": checksum " << fields[1] << " malformed '"
                   << fields[2] << "' severity " << fields[3] << "; ";
            }
        }
        os << file.substr(file.rfind('/') + 1) << ": " << frames << " frames, " << good << " good, "
           << bad << " bad; ";
        ok = ok && bad == 0 && frames >= minFrames;
    }
    report = os.str();
    return ok;
}

std::string
SctpReferenceScenario::TempDir()
{
    char tmpl[] = "/tmp/ns3-sctp-reference-XXXXXX";
    char* dir = mkdtemp(tmpl);
    return dir ? std::string(dir) : std::string("/tmp");
}

void
SctpReferenceScenario::RemoveDir(const std::string& dir)
{
    std::error_code ec;
    if (dir.rfind("/tmp/ns3-sctp-reference-", 0) == 0)
    {
        std::filesystem::remove_all(dir, ec);
    }
}

} // namespace ns3
