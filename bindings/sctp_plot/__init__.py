"""Plots of the trace files written by ns-3 SCTP's SctpTraceHelper."""

from .plot_failover import plot_failover  # noqa: F401
from .plot_traces import load_series, plot_transfer  # noqa: F401
