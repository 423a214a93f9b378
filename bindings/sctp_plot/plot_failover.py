#!/usr/bin/env python3
"""Plot a multi-homed transfer through a path failure from SctpTraceHelper's trace files.

Usage:
    plot_failover.py DIRECTORY [--sender client] [--receiver server] [--paths 2]
                     [--fail SECONDS] [--repair SECONDS]
                     [--output DIRECTORY/failover.png] [--title TEXT]

Reads, from DIRECTORY (files written by ns3::SctpTraceHelper, "time_s value" columns):
    SENDER-pathP-cwnd.txt, SENDER-pathP-flight.txt, SENDER-pathP-state.txt for each path P,
    SENDER-timeouts.txt, RECEIVER-delivered.txt
and draws one panel per path of the sender (its congestion window and bytes in flight, with the
time the path spent POTENTIALLY-FAILED or INACTIVE shaded) and one panel of the bytes the
receiver delivered to its application, all on one time axis, with the failure and the repair
marked by vertical lines. The sender's T3 timeouts are marked on the first panel.
Missing files are skipped.
Exit status: 0 when the figure was written, 2 when matplotlib is not available.
"""

import argparse
import os
import sys

try:
    from .plot_traces import _step, load_series
except ImportError:  # run as a script
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from plot_traces import _step, load_series  # noqa: E402

# SctpPath::State numbers.
_ACTIVE, _PF, _INACTIVE = 0, 1, 2


def _state_spans(ts, states, end):
    """Return (start, stop, state) for each stretch spent in a state other than ACTIVE."""
    spans = []
    for i, (t, s) in enumerate(zip(ts, states)):
        stop = ts[i + 1] if i + 1 < len(ts) else end
        if s != _ACTIVE and stop is not None and stop > t:
            spans.append((t, stop, int(s)))
    return spans


def plot_failover(directory, sender="client", receiver="server", paths=2, fail=None,
                  repair=None, output=None, title=None):
    """Draw the figure; return the file written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def f(name):
        return os.path.join(directory, name)

    series = []
    for p in range(paths):
        prefix = "%s-path%d-" % (sender, p)
        series.append({
            "cwnd": load_series(f(prefix + "cwnd.txt")),
            "flight": load_series(f(prefix + "flight.txt")),
            "state": load_series(f(prefix + "state.txt")),
        })
    to_t, _rto = load_series(f(sender + "-timeouts.txt"))
    del_t, delivered = load_series(f(receiver + "-delivered.txt"))

    ends = [s[0][-1] for d in series for s in d.values() if s[0]]
    ends += [del_t[-1]] if del_t else []
    end = max(ends) if ends else None

    fig, axes = plt.subplots(paths + 1, 1, sharex=True, figsize=(10, 3 + 2.4 * paths))
    kb = 1.0 / 1000.0

    def mark_failure(ax, label):
        if fail is not None:
            ax.axvline(fail, color="tab:red", linestyle="--", linewidth=1,
                       label="path 0 fails" if label else None)
        if repair is not None:
            ax.axvline(repair, color="tab:green", linestyle="--", linewidth=1,
                       label="path 0 repaired" if label else None)

    for p, d in enumerate(series):
        ax = axes[p]
        shaded = set()
        for start, stop, state in _state_spans(d["state"][0], d["state"][1], end):
            name = "potentially failed" if state == _PF else "inactive"
            ax.axvspan(start, stop, color="tab:orange" if state == _PF else "tab:red",
                       alpha=0.12, label=None if name in shaded else name)
            shaded.add(name)
        cwnd_t, cwnd = d["cwnd"]
        if cwnd_t:
            x, y = _step(cwnd_t, [v * kb for v in cwnd], end)
            ax.plot(x, y, label="cwnd", color="tab:blue", linewidth=1.2)
        flight_t, flight = d["flight"]
        if flight_t:
            x, y = _step(flight_t, [v * kb for v in flight], end)
            ax.plot(x, y, label="bytes in flight", color="tab:orange", linewidth=0.6,
                    alpha=0.8)
        if p == 0 and to_t:
            ax.plot(to_t, [0] * len(to_t), "v", color="black", markersize=7,
                    label="T3 timeout (%d)" % len(to_t))
        mark_failure(ax, p == 0)
        ax.set_ylabel("path %d (kB)" % p)
        ax.grid(True, alpha=0.3)
        ax.legend(loc="upper right", fontsize="small")
    axes[0].set_title(title or "SCTP failover: %s, %d paths" % (sender, paths))

    ax = axes[paths]
    if del_t:
        x, y = _step(del_t, [v / 1e6 for v in delivered], end)
        ax.plot(x, y, color="tab:purple", linewidth=1.2, label="%s delivered" % receiver)
    mark_failure(ax, True)
    ax.set_ylabel("delivered (MB)")
    ax.set_xlabel("time (s)")
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left", fontsize="small")

    fig.tight_layout()
    output = output or os.path.join(directory, "failover.png")
    fig.savefig(output, dpi=110)
    plt.close(fig)
    return output


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", help="directory of the trace files")
    parser.add_argument("--sender", default="client", help="file prefix of the sender")
    parser.add_argument("--receiver", default="server", help="file prefix of the receiver")
    parser.add_argument("--paths", type=int, default=2, help="number of the sender's paths")
    parser.add_argument("--fail", type=float, help="time the primary path failed (s)")
    parser.add_argument("--repair", type=float, help="time the primary path came back (s)")
    parser.add_argument("--output", help="image file (default DIRECTORY/failover.png)")
    parser.add_argument("--title", help="figure title")
    args = parser.parse_args(argv)
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        print("plot_failover: matplotlib is not installed for %s; no plot written "
              "(on Debian: apt-get install python3-matplotlib)" % sys.executable,
              file=sys.stderr)
        return 2
    out = plot_failover(args.directory, args.sender, args.receiver, args.paths, args.fail,
                        args.repair, args.output, args.title)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
