#!/usr/bin/env python3
"""Plot the congestion windows of several runs of sctp-cc-compare on one time axis.

Usage:
    plot_cc_compare.py DIRECTORY [--output DIRECTORY/cwnd-compare.png] [--title TEXT]
                       [--mtu 1500]

Reads every DIRECTORY/cwnd-VARIANT.txt ("time_s cwnd_bytes" lines, '#' comments) and draws
one step line per variant, cwnd in MTUs, in the order default, highspeed, htcp, rtcc (each
followed by its -fbsd variant, dashed). Exit status: 0 when the figure was written, 1 when no
series was found, 2 when matplotlib is not available.
"""

import argparse
import glob
import os
import sys

ORDER = ["default", "highspeed", "highspeed-fbsd", "htcp", "htcp-fbsd", "rtcc", "rtcc-fbsd"]


def load_cwnd(path):
    """Return (times, cwnd_bytes) read from one series file."""
    ts, vs = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split()
            try:
                t, v = float(fields[0]), float(fields[1])
            except (ValueError, IndexError):
                continue
            ts.append(t)
            vs.append(v)
    return ts, vs


def find_series(directory):
    """Return [(variant, path)] for the cwnd files of DIRECTORY, known variants first."""
    found = {}
    for path in glob.glob(os.path.join(directory, "cwnd-*.txt")):
        name = os.path.basename(path)[len("cwnd-"):-len(".txt")]
        found[name] = path
    ordered = [(v, found.pop(v)) for v in ORDER if v in found]
    return ordered + sorted(found.items())


def plot_cc_compare(directory, output, title=None, mtu=1500.0):
    """Draw the figure; return the number of series drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = find_series(directory)
    if not series:
        return 0
    fig, ax = plt.subplots(figsize=(10, 5))
    colors = {}
    palette = plt.rcParams["axes.prop_cycle"].by_key().get("color", ["C0", "C1", "C2", "C3"])
    for name, path in series:
        ts, vs = load_cwnd(path)
        if not ts:
            continue
        base = name[:-len("-fbsd")] if name.endswith("-fbsd") else name
        if base not in colors:
            colors[base] = palette[len(colors) % len(palette)]
        style = "--" if name.endswith("-fbsd") else "-"
        # The default module is drawn wider, so that a variant that follows it exactly (RTCC
        # without its estimator hooks) does not hide it.
        width = 2.5 if name == "default" else 1.0
        ax.step(ts, [v / mtu for v in vs], where="post", linestyle=style, linewidth=width,
                color=colors[base], label=name, zorder=1 if name == "default" else 2)
    ax.set_xlabel("time (s)")
    ax.set_ylabel("cwnd (MTUs of %d bytes)" % int(mtu))
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left", fontsize="small")
    if title:
        ax.set_title(title)
    fig.tight_layout()
    fig.savefig(output, dpi=120)
    plt.close(fig)
    return len(series)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--output")
    parser.add_argument("--title")
    parser.add_argument("--mtu", type=float, default=1500.0)
    args = parser.parse_args(argv)
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        print("plot_cc_compare: matplotlib is not available", file=sys.stderr)
        return 2
    output = args.output or os.path.join(args.directory, "cwnd-compare.png")
    if plot_cc_compare(args.directory, output, args.title, args.mtu) == 0:
        print("plot_cc_compare: no cwnd-*.txt in %s" % args.directory, file=sys.stderr)
        return 1
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
