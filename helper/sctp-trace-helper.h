/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_TRACE_HELPER_H
#define SCTP_TRACE_HELPER_H

#include "ns3/ptr.h"

#include <string>
#include <vector>

namespace ns3
{

class Socket;
class SctpAssociation;
class SctpMessageSource;
class SctpMessageSink;
class SctpTraceFiles;

/**
 * \ingroup sctp
 * \brief Turns the trace sources of associations and their paths into text files, one file per
 * series, in one directory.
 *
 * Every file starts with a '#' line naming its columns; each following line is "time_s value..."
 * with the simulation time in seconds. For an association traced under the name NAME:
 *
 * | file                         | columns                                          |
 * |------------------------------|--------------------------------------------------|
 * | NAME-state.txt               | time_s state name (RFC 9260 state, as a number and its name) |
 * | NAME-retransmissions.txt     | time_s tsn fast (1 fast retransmit, 0 T3-rtx)    |
 * | NAME-timeouts.txt            | time_s rto_ms (each T3-rtx expiry, the RTO that expired) |
 * | NAME-fast-recovery.txt       | time_s in_recovery tsn (1 entered with its exit TSN, 0 left) |
 * | NAME-delivered.txt           | time_s bytes (user bytes handed to the application so far) |
 * | NAME-peer-rwnd.txt           | time_s bytes (the peer's receive window as estimated) |
 * | NAME-pathI-cwnd.txt          | time_s bytes                                     |
 * | NAME-pathI-ssthresh.txt      | time_s bytes                                     |
 * | NAME-pathI-rto.txt           | time_s ms                                        |
 * | NAME-pathI-srtt.txt          | time_s ms                                        |
 * | NAME-pathI-flight.txt        | time_s bytes (bytes in flight)                   |
 * | NAME-pathI-state.txt         | time_s state name (0 active, 1 potentially failed, 2 inactive) |
 *
 * I numbers the paths from 0 in the order the association adds them (path 0 is the one the
 * association started on). Each series starts with the value it has when tracing starts, then
 * has one line per change. Paths added later (the peer's other addresses) are picked up at the
 * association's next state change.
 *
 * \code
 *   SctpTraceHelper traces("results/my-run");
 *   traces.TraceSource(sourceApp, "client"); // the source's association, once it exists
 *   traces.TraceSink(sinkApp, "server");     // each association the sink accepts
 *   Simulator::Run();
 *   traces.Flush();
 * \endcode
 *
 * The files stay open (and are written) for as long as the traced objects live; the helper itself
 * may go out of scope earlier. Flush() writes out what is buffered.
 */
class SctpTraceHelper
{
  public:
    /**
     * \param [in] directory where the files go; created (with its parents) if missing
     */
    explicit SctpTraceHelper(const std::string& directory);

    ~SctpTraceHelper();

    /**
     * \brief Copies share the open files.
     * \param [in] other the helper to copy
     */
    SctpTraceHelper(const SctpTraceHelper& other);

    /**
     * \brief Copies share the open files.
     * \param [in] other the helper to copy
     * \return this helper
     */
    SctpTraceHelper& operator=(const SctpTraceHelper& other);

    /**
     * \brief Trace an association and its paths.
     * \param [in] association the association
     * \param [in] name prefix of its files
     */
    void TraceAssociation(Ptr<SctpAssociation> association, const std::string& name);

    /**
     * \brief Trace the association of a one-to-one socket.
     * \param [in] socket an SctpSocket that has an association (connect called, or accepted)
     * \param [in] name prefix of its files
     * \return false if the socket has no association yet
     */
    bool TraceSocket(Ptr<Socket> socket, const std::string& name);

    /**
     * \brief Trace the association an SctpMessageSource opens, from its connect on.
     * \param [in] source the application (not started yet)
     * \param [in] name prefix of its files
     */
    void TraceSource(Ptr<SctpMessageSource> source, const std::string& name);

    /**
     * \brief Trace each association an SctpMessageSink accepts: the first under name, the
     * next ones under name-2, name-3, ...
     * \param [in] sink the application
     * \param [in] name prefix of the files
     */
    void TraceSink(Ptr<SctpMessageSink> sink, const std::string& name);

    /// Write out every file's buffered lines.
    void Flush();

    /// \return the directory
    std::string GetDirectory() const;

    /// \return the paths of the files opened so far
    std::vector<std::string> GetFiles() const;

  private:
    Ptr<SctpTraceFiles> m_files; //!< the open files, shared with the trace sinks
};

} // namespace ns3

#endif /* SCTP_TRACE_HELPER_H */
