"""Where a command's time and memory go, phase by phase (load, crawl, classify, report...).

An audit is many stages, and "the audit took 3 s" does not say which to cut. Each stage runs
inside ``phase(name)``; the clock records its wall time, CPU time and the process's resident
memory after it (current and peak), logs one line at debug level (``-vv``) and keeps the rows
in ``RECORDS`` for a benchmark to read (``benchmarks/bench_probe_engine.py --profile-phases``
runs the command through a launcher that dumps them at exit).

    with phase("classify"):
        findings = classify(...)

Costs two clock reads and a getrusage per phase: cheap enough to stay on in every run.
"""

from __future__ import annotations

import logging
import os
import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass

log = logging.getLogger("brandsweep.phases")



def _process_age() -> float:
    """Seconds since this process started (Linux /proc, 10 ms steps), else 0: the start-up
    phase then includes the interpreter's own start and every import before this module."""
    try:
        with open("/proc/self/stat", "rb") as f:
            started = int(f.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/uptime", "rb") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - started / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return 0.0


#: when the process started: the start-up phase runs from here to the first ``phase``
STARTED = time.perf_counter() - _process_age()
_CPU_STARTED = 0.0  # process_time() counts from the process's start


@dataclass(frozen=True)
class PhaseRecord:
    """One phase: ``wall``/``cpu`` seconds, resident memory after it (``rss_mb``) and the
    process's peak so far (``peak_mb``), both in MB."""

    name: str
    wall: float
    cpu: float
    rss_mb: float
    peak_mb: float

    def to_dict(self) -> dict[str, float | str]:
        return asdict(self)


RECORDS: list[PhaseRecord] = []
_last = {"wall": STARTED, "cpu": _CPU_STARTED}


def _rss_mb() -> float:
    """Resident memory now (Linux /proc; elsewhere the peak stands in for it)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            pages = int(f.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except (OSError, ValueError, IndexError):
        return _peak_mb()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def mark(name: str) -> PhaseRecord:
    """Close the phase that ran since the previous mark (or since start-up) under ``name``."""
    wall, cpu = time.perf_counter(), time.process_time()
    record = PhaseRecord(name, round(wall - _last["wall"], 4), round(cpu - _last["cpu"], 4),
                         round(_rss_mb(), 1), round(_peak_mb(), 1))
    _last["wall"], _last["cpu"] = wall, cpu
    RECORDS.append(record)
    log.debug("phase %s: %.3f s wall, %.3f s CPU, %.0f MB resident (peak %.0f MB)",
              name, record.wall, record.cpu, record.rss_mb, record.peak_mb)
    return record


@contextmanager
def phase(name: str) -> Iterator[None]:
    """Time the block as ``name``; whatever ran since the last phase is ``between phases``
    when it took noticeable time (so the rows add up to the command)."""
    if time.perf_counter() - _last["wall"] > 0.005:
        mark("between phases" if RECORDS else "start-up: imports")
    try:
        yield
    finally:
        mark(name)
