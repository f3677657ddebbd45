"""An audit's report files on two cores: report.html in a forked process, the rest in this one.

After a 1,000-site sweep the report is the longest step left (a quarter of a second of CPU:
the HTML page alone half of it), and by then the probe workers are gone and a core is idle.
Both processes build the report's view from the same findings (a twentieth of a second);
the forked one writes ``report.html`` only, this one every other file, then waits for it. The
files are byte for byte those one process writes (tests/test_report_split.py).

One process does it all where fork is not the platform's way (Windows, macOS), and for a
small report (``SPLIT_FROM`` findings), where the fork would cost more than it saves. The
forked process never touches the store, leaves with ``os._exit`` (nothing of the parent's runs
at its exit) and ends with the parent (Ctrl-C reaches both; a parent killed outright takes it
along: ``PR_SET_PDEATHSIG``). If it fails, the audit fails as it would have in one process:
with its error (an ``OSError`` stays one: a full disk, a folder that is not writable).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Collection
from pathlib import Path

#: the file the second process writes
FORKED = frozenset({"report.html"})
#: the files this process writes meanwhile
HERE = frozenset({"findings.json", "findings.csv", "findings.xlsx", "proposed_inventory.yaml",
                  "coverage.json"})
#: below this many findings one process writes everything
SPLIT_FROM = 200

Writer = Callable[[Collection[str] | None, bool], dict[str, Path]]


class ReportProcessError(RuntimeError):
    """The process writing ``report.html`` failed (its error's type and message)."""


def can_split() -> bool:
    """Fork is the platform's way only on Linux (macOS: unsafe with system libraries)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def write_split(write: Writer, findings: int,
                meanwhile: Callable[[], object] | None = None) -> dict[str, Path]:
    """Run ``write(only, forked)`` for ``FORKED`` in a forked process and for the rest here
    (``only=None``: everything, in one process, when splitting does not pay); the paths of
    every file. ``meanwhile`` is called here before this process writes its share, after the
    fork: it may start a thread (the store's checkpoint), which is then never forked."""
    if findings < SPLIT_FROM or not can_split():
        if meanwhile is not None:
            meanwhile()
        return write(None, False)
    read_end, write_end = os.pipe()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()  # nothing buffered is written twice
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the forked writer: never returns
        os.close(read_end)
        _child(write, write_end, parent)
    os.close(write_end)
    try:
        if meanwhile is not None:
            meanwhile()
        paths = write(HERE, False)
        with os.fdopen(read_end, "rb") as pipe:
            read_end = -1
            said = pipe.read().decode("utf-8", "replace")
        _, status = os.waitpid(pid, 0)
        pid = 0
    except BaseException:
        if pid:  # an error here, Ctrl-C: the writer is ended (by its id) and reaped
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        if read_end >= 0:
            os.close(read_end)
        raise
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        os_error, kind, message = said[:1] == "1", *said[1:].partition(": ")[::2]
        if not said:
            raise ReportProcessError(f"writing report.html failed: its process ended with "
                                     f"status {code}")
        if os_error:
            raise OSError(f"writing report.html: {kind}: {message}")
        raise ReportProcessError(f"writing report.html failed: {kind}: {message}")
    return paths


def _child(write: Writer, pipe: int, parent: int) -> None:
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it (the parent stops too)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _die_with_parent(parent)
        write(FORKED, True)
        code = 0
    except BaseException as exc:  # noqa: BLE001 - whatever it was, the parent says it
        said = f"{int(isinstance(exc, OSError))}{type(exc).__name__}: {exc}"
        with contextlib.suppress(OSError):
            os.write(pipe, said.encode("utf-8", "replace")[:4000])
    finally:
        os._exit(code)


def _die_with_parent(parent: int) -> None:
    """Linux ends the writer with its parent (``PR_SET_PDEATHSIG``), as the probe workers."""
    try:
        import ctypes  # the writer's only: a C call no stdlib module offers

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)
