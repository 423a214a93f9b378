#!/usr/bin/env python3
"""Plot the trace files of SctpTraceHelper for one transfer.

Usage:
    plot_traces.py DIRECTORY [--sender client] [--receiver server] [--path 0]
                   [--output DIRECTORY/transfer.png] [--title TEXT]

Reads, from DIRECTORY (files written by ns3::SctpTraceHelper, "time_s value" columns):
    SENDER-pathP-cwnd.txt, SENDER-pathP-ssthresh.txt, SENDER-pathP-flight.txt,
    SENDER-retransmissions.txt, SENDER-timeouts.txt, RECEIVER-delivered.txt
and draws two panels sharing the time axis: the sender's congestion window, slow-start threshold
and bytes in flight, with its fast retransmissions and T3 timeouts marked; and the bytes the
receiver delivered to its application. Missing files are skipped.
Exit status: 0 when the figure was written, 2 when matplotlib is not available.
"""

import argparse
import os
import sys


def load_series(path, columns=2):
    """Return a list of column lists read from a trace file, [] for each if it is missing.

    Lines starting with '#' are skipped; non-numeric trailing columns (state names) are ignored.
    """
    out = [[] for _ in range(columns)]
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split()
            try:
                values = [float(x) for x in fields[:columns]]
            except ValueError:
                continue
            if len(values) < columns:
                continue
            for i, v in enumerate(values):
                out[i].append(v)
    return out


def _step(ts, vs, end=None):
    """Return the series as a step function (the value holds until the next change)."""
    if not ts:
        return [], []
    xs, ys = [], []
    for i, (t, v) in enumerate(zip(ts, vs)):
        if i > 0:
            xs.append(t)
            ys.append(ys[-1])
        xs.append(t)
        ys.append(v)
    if end is not None and end > xs[-1]:
        xs.append(end)
        ys.append(ys[-1])
    return xs, ys


def plot_transfer(directory, sender="client", receiver="server", path=0, output=None,
                  title=None):
    """Draw the figure; return the file written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def f(name):
        return os.path.join(directory, name)

    prefix = "%s-path%d-" % (sender, path)
    cwnd_t, cwnd = load_series(f(prefix + "cwnd.txt"))
    ssth_t, ssth = load_series(f(prefix + "ssthresh.txt"))
    flight_t, flight = load_series(f(prefix + "flight.txt"))
    rtx_t, _tsn, rtx_fast = load_series(f(sender + "-retransmissions.txt"), 3)
    to_t, _rto = load_series(f(sender + "-timeouts.txt"))
    del_t, delivered = load_series(f(receiver + "-delivered.txt"))

    ends = [s[-1] for s in (cwnd_t, flight_t, del_t) if s]
    end = max(ends) if ends else None

    fig, (ax1, ax2) = plt.subplots(2, 1, sharex=True, figsize=(10, 7))
    kb = 1.0 / 1000.0
    if cwnd_t:
        x, y = _step(cwnd_t, [v * kb for v in cwnd], end)
        ax1.plot(x, y, label="cwnd", color="tab:blue", linewidth=1.2)
    if ssth_t:
        # ssthresh starts "infinite" (the peer's rwnd or 2^32-1): show it only once it is real.
        limit = 4 * max(cwnd) if cwnd else None
        pts = [(t, v) for t, v in zip(ssth_t, ssth) if limit is None or v <= limit]
        if pts:
            x, y = _step([p[0] for p in pts], [p[1] * kb for p in pts], end)
            ax1.plot(x, y, label="ssthresh", color="tab:green", linestyle="--", linewidth=1)
    if flight_t:
        x, y = _step(flight_t, [v * kb for v in flight], end)
        ax1.plot(x, y, label="bytes in flight", color="tab:orange", linewidth=0.6, alpha=0.8)
    fast = [t for t, k in zip(rtx_t, rtx_fast) if k == 1]
    if fast:
        ax1.plot(fast, [0] * len(fast), "|", color="tab:red", markersize=12,
                 label="fast retransmission (%d)" % len(fast))
    if to_t:
        ax1.plot(to_t, [0] * len(to_t), "v", color="black", markersize=8,
                 label="T3 timeout (%d)" % len(to_t))
    ax1.set_ylabel("kB")
    ax1.set_title(title or "SCTP transfer: %s path %d" % (sender, path))
    ax1.grid(True, alpha=0.3)
    ax1.legend(loc="upper right", fontsize="small")

    if del_t:
        x, y = _step(del_t, [v / 1e6 for v in delivered], end)
        ax2.plot(x, y, color="tab:purple", linewidth=1.2, label="%s delivered" % receiver)
        ax2.legend(loc="upper left", fontsize="small")
    ax2.set_ylabel("delivered (MB)")
    ax2.set_xlabel("time (s)")
    ax2.grid(True, alpha=0.3)

    fig.tight_layout()
    output = output or os.path.join(directory, "transfer.png")
    fig.savefig(output, dpi=110)
    plt.close(fig)
    return output


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", help="directory of the trace files")
    parser.add_argument("--sender", default="client", help="file prefix of the sender")
    parser.add_argument("--receiver", default="server", help="file prefix of the receiver")
    parser.add_argument("--path", type=int, default=0, help="the sender's path index")
    parser.add_argument("--output", help="image file (default DIRECTORY/transfer.png)")
    parser.add_argument("--title", help="figure title")
    args = parser.parse_args(argv)
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        print("plot_traces: matplotlib is not installed for %s; no plot written "
              "(on Debian: apt-get install python3-matplotlib)" % sys.executable,
              file=sys.stderr)
        return 2
    out = plot_transfer(args.directory, args.sender, args.receiver, args.path, args.output,
                        args.title)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
