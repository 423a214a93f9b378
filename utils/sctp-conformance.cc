/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// sctp-conformance: runs packet-level scripts (packetdrill's SCTP dialect, .pkt files) against
// the stack in simulated time and prints one line per script, then "N passed, N failed".
//
// Usage: sctp-conformance [-v] [-D SYMBOL] [--no-fork] PATH...
//   PATH     a .pkt file, or a folder whose .pkt files (recursively) are run in name order
//   -v       trace every event and every packet of each script on standard error
//   -D SYM   define SYM for #ifdef (FreeBSD and ns3 are defined)
//   --no-fork  run the scripts in this process (by default each runs in its own process, so
//              that a crash fails one script and not the run)
// The exit status is 1 if any script failed.

#include "ns3/sctp-script-runner.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace ns3;

namespace
{

/**
 * \brief Collect the scripts named on the command line.
 * \param [in] path a file or a folder
 * \param [out] out the .pkt files
 * \return false if the path does not exist
 */
bool
Collect(const std::string& path, std::vector<std::string>& out)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec))
    {
        std::vector<std::string> found;
        for (const auto& entry : fs::recursive_directory_iterator(path, ec))
        {
            if (entry.is_regular_file() && entry.path().extension() == ".pkt")
            {
                found.push_back(entry.path().string());
            }
        }
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
        return true;
    }
    if (fs::exists(path, ec))
    {
        out.push_back(path);
        return true;
    }
    return false;
}

/**
 * \param [in] r a result
 * \return its fields joined by NUL characters
 */
std::string
Serialize(const SctpScriptResult& r)
{
    std::ostringstream os;
    os << r.passed << '\0' << r.unsupported << '\0' << r.line << '\0' << r.error << '\0'
       << r.expected << '\0' << r.actual << '\0' << r.packet << '\0';
    return os.str();
}

/**
 * \param [in] text what Serialize wrote
 * \param [in,out] r the result
 */
void
Deserialize(const std::string& text, SctpScriptResult& r)
{
    std::vector<std::string> f;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i)
    {
        if (text[i] == '\0')
        {
            f.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    if (f.size() < 7)
    {
        r.error = "the script's process wrote no result";
        return;
    }
    r.passed = f[0] == "1";
    r.unsupported = f[1] == "1";
    r.line = std::atoi(f[2].c_str());
    r.error = f[3];
    r.expected = f[4];
    r.actual = f[5];
    r.packet = f[6];
}

/**
 * \brief Run one script in a child process.
 * \param [in] runner the runner
 * \param [in] path the script
 * \return its result (a crash is a failure)
 */
SctpScriptResult
RunIsolated(SctpScriptRunner& runner, const std::string& path)
{
    SctpScriptResult r;
    r.path = path;
    int fds[2];
    if (pipe(fds) != 0)
    {
        return runner.RunFile(path);
    }
    std::cout.flush();
    std::cerr.flush();
    pid_t pid = fork();
    if (pid < 0)
    {
        close(fds[0]);
        close(fds[1]);
        return runner.RunFile(path);
    }
    if (pid == 0)
    {
        close(fds[0]);
        std::string text = Serialize(runner.RunFile(path));
        size_t done = 0;
        while (done < text.size())
        {
            ssize_t n = write(fds[1], text.data() + done, text.size() - done);
            if (n <= 0)
            {
                break;
            }
            done += static_cast<size_t>(n);
        }
        close(fds[1]);
        std::cerr.flush();
        _exit(0);
    }
    close(fds[1]);
    std::string text;
    char buf[4096];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof(buf))) > 0)
    {
        text.append(buf, static_cast<size_t>(n));
    }
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status))
    {
        r.error = std::string("the simulation crashed: ") + strsignal(WTERMSIG(status));
        return r;
    }
    Deserialize(text, r);
    return r;
}

/**
 * \param [in] r a result
 * \return its one-line report
 */
std::string
Report(const SctpScriptResult& r)
{
    if (r.passed)
    {
        return "PASS " + r.path;
    }
    std::string line = "FAIL " + r.path;
    if (r.line > 0)
    {
        line += ":" + std::to_string(r.line);
    }
    line += ": " + r.error;
    if (!r.expected.empty())
    {
        line += " | expected: " + r.expected;
    }
    if (!r.actual.empty())
    {
        line += " | got: " + r.actual;
    }
    if (!r.packet.empty() && r.actual.find(r.packet) == std::string::npos)
    {
        line += " | packet: " + r.packet;
    }
    return line;
}

} // namespace

int
main(int argc, char* argv[])
{
    SctpScriptRunner runner;
    bool isolate = true;
    std::vector<std::string> scripts;
    for (int i = 1; i < argc; ++i)
    {
        std::string arg = argv[i];
        if (arg == "-h" || arg == "--help")
        {
            std::cout << "Usage: sctp-conformance [-v] [-D SYMBOL] [--no-fork] PATH...\n"
                         "Runs packetdrill-syntax SCTP scripts (.pkt files, or folders of them)\n"
                         "against the ns-3 SCTP stack in simulated time.\n";
            return 0;
        }
        if (arg == "-v" || arg == "--verbose")
        {
            runner.SetTrace(&std::cerr);
        }
        else if (arg == "--no-fork")
        {
            isolate = false;
        }
        else if (arg == "-D" && i + 1 < argc)
        {
            runner.Define(argv[++i]);
        }
        else if (arg.rfind("-D", 0) == 0 && arg.size() > 2)
        {
            runner.Define(arg.substr(2));
        }
        else if (arg.rfind("--define=", 0) == 0)
        {
            runner.Define(arg.substr(9));
        }
        else if (!Collect(arg, scripts))
        {
            std::cerr << "sctp-conformance: no such file or folder: " << arg << "\n";
            return 2;
        }
    }
    if (scripts.empty())
    {
        std::cerr << "sctp-conformance: no scripts given (see --help)\n";
        return 2;
    }
    int passed = 0;
    int failed = 0;
    for (const std::string& path : scripts)
    {
        SctpScriptResult r = isolate ? RunIsolated(runner, path) : runner.RunFile(path);
        r.path = path;
        std::cout << Report(r) << std::endl;
        (r.passed ? passed : failed)++;
    }
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return failed ? 1 : 0;
}
