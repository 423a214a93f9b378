/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-trace-helper.h"

#include "ns3/abort.h"
#include "ns3/callback.h"
#include "ns3/log.h"
#include "ns3/output-stream-wrapper.h"
#include "ns3/sctp-association.h"
#include "ns3/sctp-message-sink.h"
#include "ns3/sctp-message-source.h"
#include "ns3/sctp-path.h"
#include "ns3/sctp-socket-impl.h"
#include "ns3/simple-ref-count.h"
#include "ns3/simulator.h"
#include "ns3/system-path.h"

#include <iomanip>
#include <memory>
#include <set>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpTraceHelper");

/**
 * \ingroup sctp
 * \brief The files of an SctpTraceHelper, shared by the trace sinks that write them.
 */
class SctpTraceFiles : public SimpleRefCount<SctpTraceFiles>
{
  public:
    /**
     * \param [in] directory where the files go
     */
    explicit SctpTraceFiles(const std::string& directory)
        : m_directory(directory)
    {
    }

    /**
     * \brief Open a file and write its column line.
     * \param [in] name the file name in the directory
     * \param [in] columns the column line, without the leading '#'
     * \return the stream
     */
    Ptr<OutputStreamWrapper> Open(const std::string& name, const std::string& columns)
    {
        std::string path = SystemPath::Append(m_directory, name);
        Ptr<OutputStreamWrapper> s = Create<OutputStreamWrapper>(path, std::ios::out);
        NS_ABORT_MSG_IF(!s->GetStream()->good(), "SctpTraceHelper: cannot write " << path);
        *s->GetStream() << "# " << columns << "\n" << std::fixed;
        m_streams.push_back(s);
        m_paths.push_back(path);
        return s;
    }

    /// Write out what is buffered.
    void Flush()
    {
        for (auto& s : m_streams)
        {
            s->GetStream()->flush();
        }
    }

    std::string m_directory;                         //!< the directory
    std::vector<Ptr<OutputStreamWrapper>> m_streams; //!< open files
    std::vector<std::string> m_paths;                //!< their paths
};

namespace
{

/**
 * \param [in] s a stream
 * \return the stream, after the current simulation time in seconds
 */
std::ostream&
Stamp(Ptr<OutputStreamWrapper> s)
{
    std::ostream& os = *s->GetStream();
    os << std::setprecision(6) << Simulator::Now().GetSeconds() << ' ';
    return os;
}

/**
 * \param [in] t a time
 * \return it in milliseconds
 */
double
Ms(Time t)
{
    return t.GetSeconds() * 1000.0;
}

void
WriteU32(Ptr<OutputStreamWrapper> s, uint32_t, uint32_t value)
{
    Stamp(s) << value << '\n';
}

void
WriteU64(Ptr<OutputStreamWrapper> s, uint64_t, uint64_t value)
{
    Stamp(s) << value << '\n';
}

void
WriteTimeMs(Ptr<OutputStreamWrapper> s, Time, Time value)
{
    Stamp(s) << std::setprecision(3) << Ms(value) << '\n';
}

const char*
PathStateName(int32_t state)
{
    switch (state)
    {
    case SctpPath::ACTIVE:
        return "ACTIVE";
    case SctpPath::POTENTIALLY_FAILED:
        return "POTENTIALLY-FAILED";
    case SctpPath::INACTIVE:
        return "INACTIVE";
    default:
        return "UNKNOWN";
    }
}

void
WritePathState(Ptr<OutputStreamWrapper> s, int32_t, int32_t state)
{
    Stamp(s) << state << ' ' << PathStateName(state) << '\n';
}

void
WriteRetransmission(Ptr<OutputStreamWrapper> s, uint32_t tsn, bool fast)
{
    Stamp(s) << tsn << ' ' << (fast ? 1 : 0) << '\n';
}

void
WriteTimeout(Ptr<OutputStreamWrapper> s, const Address&, Time rto)
{
    Stamp(s) << std::setprecision(3) << Ms(rto) << '\n';
}

void
WriteFastRecovery(Ptr<OutputStreamWrapper> s, uint32_t tsn, bool entered)
{
    Stamp(s) << (entered ? 1 : 0) << ' ' << tsn << '\n';
}

} // namespace

/**
 * \ingroup sctp
 * \brief What is traced of one association: its name, its state file, and its paths.
 */
class SctpAssociationTrace : public SimpleRefCount<SctpAssociationTrace>
{
  public:
    /**
     * \param [in] files the helper's files
     * \param [in] association the association
     * \param [in] name prefix of its files
     */
    SctpAssociationTrace(Ptr<SctpTraceFiles> files,
                         SctpAssociation* association,
                         const std::string& name)
        : m_files(files),
          m_association(association),
          m_name(name)
    {
    }

    /// Connect to the association's trace sources and to its current paths.
    void Start()
    {
        Ptr<SctpAssociation> a = m_association;
        m_state = m_files->Open(m_name + "-state.txt", "time_s state name");
        WriteState(a->GetState());
        a->TraceConnectWithoutContext("State",
                                      MakeBoundCallback(&SctpAssociationTrace::StateChanged,
                                                        Ptr<SctpAssociationTrace>(this)));
        Connect(a, "Retransmission", "retransmissions", "time_s tsn fast", &WriteRetransmission);
        Connect(a, "Timeout", "timeouts", "time_s rto_ms", &WriteTimeout);
        Connect(a, "FastRecovery", "fast-recovery", "time_s in_recovery tsn", &WriteFastRecovery);
        Ptr<OutputStreamWrapper> delivered =
            m_files->Open(m_name + "-delivered.txt", "time_s bytes");
        uint64_t d = 0;
        WriteU64(delivered, d, 0);
        a->TraceConnectWithoutContext("DeliveredBytes", MakeBoundCallback(&WriteU64, delivered));
        Ptr<OutputStreamWrapper> rwnd = m_files->Open(m_name + "-peer-rwnd.txt", "time_s bytes");
        WriteU32(rwnd, 0, a->GetPeerRwnd());
        a->TraceConnectWithoutContext("PeerRwnd", MakeBoundCallback(&WriteU32, rwnd));
        ScanPaths();
    }

  private:
    /**
     * \brief Open a file for a trace source and connect a writer to it.
     * \param [in] a the association
     * \param [in] source trace source name
     * \param [in] file file name suffix
     * \param [in] columns column line
     * \param [in] writer the writer
     */
    template <typename... Args>
    void Connect(Ptr<SctpAssociation> a,
                 const std::string& source,
                 const std::string& file,
                 const std::string& columns,
                 void (*writer)(Ptr<OutputStreamWrapper>, Args...))
    {
        Ptr<OutputStreamWrapper> s = m_files->Open(m_name + "-" + file + ".txt", columns);
        a->TraceConnectWithoutContext(source, MakeBoundCallback(writer, s));
    }

    /**
     * \param [in] state a state to write with the current time
     */
    void WriteState(SctpAssociation::State state)
    {
        Stamp(m_state) << int(state) << ' ' << SctpAssociation::StateName(state) << '\n';
    }

    /**
     * \brief State trace sink: write the state, pick up new paths.
     * \param [in] self the trace
     * \param [in] oldState the previous state
     * \param [in] newState the new state
     */
    static void StateChanged(Ptr<SctpAssociationTrace> self,
                             SctpAssociation::State oldState,
                             SctpAssociation::State newState)
    {
        self->WriteState(newState);
        self->ScanPaths();
    }

    /// Trace the paths not traced yet.
    void ScanPaths()
    {
        for (const auto& path : m_association->GetPaths())
        {
            if (!m_paths.insert(PeekPointer(path)).second)
            {
                continue;
            }
            std::string p = m_name + "-path" + std::to_string(m_paths.size() - 1) + "-";
            Ptr<SctpPathCcState> cc = path->GetCcState();

            Ptr<OutputStreamWrapper> s = m_files->Open(p + "cwnd.txt", "time_s bytes");
            WriteU32(s, 0, cc->m_cWnd);
            cc->TraceConnectWithoutContext("CongestionWindow", MakeBoundCallback(&WriteU32, s));

            s = m_files->Open(p + "ssthresh.txt", "time_s bytes");
            WriteU32(s, 0, cc->m_ssThresh);
            cc->TraceConnectWithoutContext("SlowStartThreshold", MakeBoundCallback(&WriteU32, s));

            s = m_files->Open(p + "rto.txt", "time_s ms");
            WriteTimeMs(s, Time(), path->GetRto());
            path->TraceConnectWithoutContext("Rto", MakeBoundCallback(&WriteTimeMs, s));

            s = m_files->Open(p + "srtt.txt", "time_s ms");
            WriteTimeMs(s, Time(), path->GetRttEstimator().GetSrtt());
            path->TraceConnectWithoutContext("Srtt", MakeBoundCallback(&WriteTimeMs, s));

            s = m_files->Open(p + "flight.txt", "time_s bytes");
            WriteU32(s, 0, path->GetFlightSize());
            path->TraceConnectWithoutContext("BytesInFlight", MakeBoundCallback(&WriteU32, s));

            s = m_files->Open(p + "state.txt", "time_s state name");
            WritePathState(s, 0, path->GetState());
            path->TraceConnectWithoutContext("State", MakeBoundCallback(&WritePathState, s));
        }
    }

    Ptr<SctpTraceFiles> m_files;       //!< the helper's files
    SctpAssociation* m_association;    //!< the association (alive while it calls us)
    std::string m_name;                //!< file prefix
    Ptr<OutputStreamWrapper> m_state;  //!< the state file
    std::set<const SctpPath*> m_paths; //!< paths traced, in order of their index
};

SctpTraceHelper::SctpTraceHelper(const std::string& directory)
    : m_files(Create<SctpTraceFiles>(directory))
{
    NS_LOG_FUNCTION(this << directory);
    SystemPath::MakeDirectories(directory);
}

SctpTraceHelper::~SctpTraceHelper() = default;

SctpTraceHelper::SctpTraceHelper(const SctpTraceHelper& other) = default;

SctpTraceHelper& SctpTraceHelper::operator=(const SctpTraceHelper& other) = default;

namespace
{

/**
 * \brief Trace the association of a socket.
 * \param [in] files the helper's files
 * \param [in] socket the socket
 * \param [in] name prefix of the files
 * \return false if the socket has no association
 */
bool
TraceSocketInto(Ptr<SctpTraceFiles> files, Ptr<Socket> socket, const std::string& name)
{
    Ptr<SctpSocketImpl> s = DynamicCast<SctpSocketImpl>(socket);
    if (!s || !s->GetAssociation())
    {
        NS_LOG_WARN("SctpTraceHelper: socket " << socket << " has no association to trace");
        return false;
    }
    Ptr<SctpAssociationTrace> t =
        Create<SctpAssociationTrace>(files, PeekPointer(s->GetAssociation()), name);
    t->Start();
    return true;
}

/// Trace sink of SctpMessageSource's Socket trace.
void
SourceSocketCreated(Ptr<SctpTraceFiles> files, std::string name, Ptr<Socket> socket)
{
    TraceSocketInto(files, socket, name);
}

/// Trace sink of SctpMessageSink's Accept trace.
void
SinkAccepted(Ptr<SctpTraceFiles> files,
             std::string name,
             std::shared_ptr<uint32_t> count,
             Ptr<Socket> socket,
             const Address& from)
{
    ++*count;
    TraceSocketInto(files, socket, *count == 1 ? name : name + "-" + std::to_string(*count));
}

} // namespace

void
SctpTraceHelper::TraceAssociation(Ptr<SctpAssociation> association, const std::string& name)
{
    NS_LOG_FUNCTION(this << association << name);
    NS_ABORT_MSG_IF(!association, "SctpTraceHelper: no association to trace for " << name);
    Ptr<SctpAssociationTrace> t =
        Create<SctpAssociationTrace>(m_files, PeekPointer(association), name);
    t->Start();
}

bool
SctpTraceHelper::TraceSocket(Ptr<Socket> socket, const std::string& name)
{
    NS_LOG_FUNCTION(this << socket << name);
    return TraceSocketInto(m_files, socket, name);
}

void
SctpTraceHelper::TraceSource(Ptr<SctpMessageSource> source, const std::string& name)
{
    NS_LOG_FUNCTION(this << source << name);
    source->TraceConnectWithoutContext("Socket",
                                       MakeBoundCallback(&SourceSocketCreated, m_files, name));
}

void
SctpTraceHelper::TraceSink(Ptr<SctpMessageSink> sink, const std::string& name)
{
    NS_LOG_FUNCTION(this << sink << name);
    sink->TraceConnectWithoutContext(
        "Accept",
        MakeBoundCallback(&SinkAccepted, m_files, name, std::make_shared<uint32_t>(0)));
}

void
SctpTraceHelper::Flush()
{
    m_files->Flush();
}

std::string
SctpTraceHelper::GetDirectory() const
{
    return m_files->m_directory;
}

std::vector<std::string>
SctpTraceHelper::GetFiles() const
{
    return m_files->m_paths;
}

} // namespace ns3
