#!/usr/bin/env python3
"""Plot congestion-window series of several runs on one figure.

Usage:
    plot_cwnd_compare.py --output FILE.png [--title TEXT] LABEL=FILE [LABEL=FILE ...]

Each FILE holds "time_s cwnd_bytes" lines (lines starting with '#' are skipped), as written by
the sctp-vs-freebsd example. Each series is drawn as a step function (a value holds until the
next change), labelled LABEL, in kilobytes over seconds.
Exit status: 0 when the figure was written, 2 when matplotlib is not available, 1 on bad input.
"""

import argparse
import os
import sys


def load(path):
    """Return (times, values) read from a series file."""
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True, help="the PNG to write")
    parser.add_argument("--title", default="congestion window", help="the figure's title")
    parser.add_argument("series", nargs="+", help="LABEL=FILE")
    args = parser.parse_args()
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not available", file=sys.stderr)
        return 2
    fig, ax = plt.subplots(figsize=(10, 4.5))
    for item in args.series:
        if "=" not in item:
            print(f"not LABEL=FILE: {item}", file=sys.stderr)
            return 1
        label, path = item.split("=", 1)
        if not os.path.exists(path):
            print(f"missing: {path}", file=sys.stderr)
            return 1
        ts, vs = load(path)
        if ts:
            ax.step(ts, [v / 1000.0 for v in vs], where="post", label=label, linewidth=1)
    ax.set_xlabel("time (s)")
    ax.set_ylabel("cwnd (kB)")
    ax.set_title(args.title)
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(args.output, dpi=120)
    return 0


if __name__ == "__main__":
    sys.exit(main())
