"""crawler/report_split.py: report.html written by a forked process while the audit writes the
other files: the same bytes as one process writes, and its failures are the audit's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from crawler import report_split
from reports import sample, write_outputs

pytestmark = pytest.mark.skipif(not report_split.can_split(), reason="fork: Linux only")


def _writer(out: Path, pids: list[int]):
    inv, findings, audit = sample.inventory(), sample.synthetic(300), sample.audit()

    def write(only, forked):
        pids.append(os.getpid())
        return write_outputs(out, inv, findings, audit, history=sample.history(), only=only)

    return write, len(findings)


def test_two_processes_write_the_bytes_one_process_writes(tmp_path: Path) -> None:
    pids: list[int] = []
    write, n = _writer(tmp_path / "split", pids)
    split = report_split.write_split(write, n)
    assert pids == [os.getpid()]  # this process wrote its share; the other is not listed here
    write_one, _ = _writer(tmp_path / "one", [])
    one = write_one(None, False)
    assert sorted(split) == sorted(one)
    for name, path in one.items():
        assert split[name].read_bytes() == path.read_bytes(), name
    assert (tmp_path / "split" / "report.html").stat().st_size > 100_000  # the forked share


def test_a_small_report_is_written_in_one_process(tmp_path: Path) -> None:
    calls: list[tuple] = []

    def write(only, forked):
        calls.append((only, forked))
        return {}

    report_split.write_split(write, report_split.SPLIT_FROM - 1)
    assert calls == [(None, False)]


def test_the_forked_writers_failure_is_the_audits(tmp_path: Path) -> None:
    """A report.html that cannot be written (here: a folder of that name) fails the audit
    with the forked process's error, as one process would; the other files are written."""
    out = tmp_path / "out"
    (out / "report.html").mkdir(parents=True)
    write, n = _writer(out, [])
    with pytest.raises(OSError, match="IsADirectoryError"):
        report_split.write_split(write, n)
    assert (out / "findings.json").stat().st_size > 0


def test_an_error_other_than_the_disks_is_named(tmp_path: Path) -> None:
    def write(only, forked):
        if forked:
            raise ValueError("a finding the template cannot render")
        return {}

    with pytest.raises(report_split.ReportProcessError, match="ValueError: a finding"):
        report_split.write_split(write, report_split.SPLIT_FROM)


def test_a_writer_that_dies_is_not_a_written_report(tmp_path: Path) -> None:
    def write(only, forked):
        if forked:
            os.kill(os.getpid(), 9)
        return {}

    with pytest.raises(report_split.ReportProcessError, match="status -9"):
        report_split.write_split(write, report_split.SPLIT_FROM)


def test_an_error_here_ends_the_forked_writer(tmp_path: Path) -> None:
    """Ctrl-C (or any error) while this process writes its share: the forked writer is ended
    by its id and reaped, not left writing."""
    marker = tmp_path / "forked-pid"

    def write(only, forked):
        if forked:
            marker.write_text(str(os.getpid()))
            import time

            time.sleep(30)
            return {}
        while not marker.exists() or not marker.read_text():
            pass
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        report_split.write_split(write, report_split.SPLIT_FROM)
    pid = int(marker.read_text())
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped already
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_nothing_buffered_is_written_twice(tmp_path: Path, capfd) -> None:
    def write(only, forked):
        return {}

    sys.stdout.write("said once")
    report_split.write_split(write, report_split.SPLIT_FROM)
    assert capfd.readouterr().out.count("said once") == 1


def test_meanwhile_runs_here_once_the_writer_is_forked(tmp_path: Path) -> None:
    """The store's checkpoint thread starts in ``meanwhile``: after the fork (a thread is
    never forked along), in this process, once, whether the report is split or not."""
    import threading

    seen: list[tuple[int, int]] = []

    def write(only, forked):
        if forked:  # the forked writer: no thread of this process came along
            assert threading.active_count() == 1
        return {}

    def meanwhile():
        seen.append((os.getpid(), threading.active_count()))
        threading.Thread(target=lambda: None).start()

    report_split.write_split(write, report_split.SPLIT_FROM, meanwhile)
    report_split.write_split(write, report_split.SPLIT_FROM - 1, meanwhile)
    assert [pid for pid, _ in seen] == [os.getpid(), os.getpid()]
