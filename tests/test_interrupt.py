"""An interrupted audit never rewrites history (issue #9), end to end.

Real audits (``python -m crawler.cli audit`` in a subprocess) of the demo inventory against the
simulated web (Instagram only, web search on, no handle variants: every profile of the story is
in the search index), all into one SQLite history as a scheduled job would write it:

1. a complete audit                                  -> the baseline
2. SIGINT mid-crawl (``--fail-on high``)              -> partial, exit 1 (not 3), report marked
   then ``--resume``                                  -> the same audit, complete, nothing new,
                                                        the same findings as the baseline
3. SIGTERM mid-crawl                                 -> partial (interrupted:SIGTERM)
4. SIGINT as soon as the audit exists                -> partial
5. the per-audit time limit (CLOSESPIDER_TIMEOUT)    -> partial (closespider_timeout)
6. SIGKILL mid-crawl                                 -> left unfinished, read as partial
7. SIGINT twice while a web search hangs             -> the second one stops at once
8. the next audit, one impostor gone, one new, one changed, ``--fail-on high``
                                                     -> compared with 2 (none of 3-7): exactly
                                                        those three statuses, exit 3 for the
                                                        one new impostor only

Interrupted runs slow Instagram to 0.5 s a request (``BRANDSWEEP_LOCAL_DELAY_SCALE``) so the
signal lands mid-crawl with requests waiting in the downloader: the ones the stop must drop
instead of crawling. How long each stop took is printed, never asserted.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from subprocess_audit import FAST
from test_history_e2e import (
    ADDED,
    AVATAR,
    REMOVED,
    ROOT,
    SimWebProcess,
    audit_args,
    read_findings,
    world_1,
    world_2,
)

from crawler.interrupt import STOPPING
from crawler.store import Store

SLOW = {"BRANDSWEEP_LOCAL_DELAY_SCALE": 0.1}  # Instagram: 5 s x 0.1 between requests


def env(settings: dict[str, Any] | None = None) -> dict[str, str]:
    path = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": path,
            "BRANDSWEEP_SCRAPY_SETTINGS": json.dumps({**FAST, **(settings or {})})}


def query(db: Path, sql: str, *args: Any) -> list[tuple]:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return []
    try:
        return con.execute(sql, args).fetchall()
    except sqlite3.OperationalError:  # not created yet
        return []
    finally:
        con.close()


def observed(db: Path, after: int) -> tuple[int | None, int]:
    rows = query(db, "SELECT max(id) FROM audits WHERE id > ?", after)
    audit_id = rows[0][0] if rows else None
    if audit_id is None:
        return None, 0
    n = query(db, "SELECT count(*) FROM observations WHERE audit_id = ?", audit_id)[0][0]
    return audit_id, n


@dataclass
class Run:
    audit_id: int | None
    returncode: int
    stdout: str
    stderr: str
    out: Path
    stopped_in: float | None = None  # seconds from the first signal to the exit
    stored_at_signal: int = 0
    row: dict[str, Any] = field(default_factory=dict)  # the audit's row right after the run
    findings: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)


def audit(work: Path, name: str, web: SimWebProcess, db: Path, *extra: str,
          settings: dict[str, Any] | None = None, quiet: bool = True) -> Run:
    out = work / name
    args = [a for a in audit_args(web.port, db, out, *extra) if quiet or a != "-q"]
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", *args],
                          cwd=ROOT, env=env(settings), capture_output=True, text=True,
                          timeout=300)
    audit_id = query(db, "SELECT max(id) FROM audits")[0][0]
    findings = read_findings(out) if (out / "findings.json").exists() else {}
    return Run(audit_id, proc.returncode, proc.stdout, proc.stderr, out, findings=findings,
               row=audit_row(db, audit_id) if audit_id is not None else {})


def interrupted(work: Path, name: str, web: SimWebProcess, db: Path, signals: tuple[int, ...],
                at: int, *extra: str, gap: float = 0.3,
                settings: dict[str, Any] | None = None) -> Run:
    """Start an audit, send ``signals`` (``gap`` seconds apart) once the store holds ``at``
    observations of it (0: as soon as its audit row exists)."""
    before = query(db, "SELECT coalesce(max(id), 0) FROM audits")
    after = before[0][0] if before else 0
    out = work / name
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", *audit_args(web.port, db, out, *extra)],
        cwd=ROOT, env=env({**SLOW, **(settings or {})}), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 120
    audit_id, n = None, 0
    while time.monotonic() < deadline and proc.poll() is None:
        audit_id, n = observed(db, after)
        if audit_id is not None and n >= at:
            break
        time.sleep(0.02)
    assert proc.poll() is None, f"{name}: the audit ended before it could be interrupted"
    first = time.monotonic()
    for i, sig in enumerate(signals):
        if i:
            time.sleep(gap)
        proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=120)
    run = Run(audit_id, proc.returncode, stdout, stderr, out,
              stopped_in=round(time.monotonic() - first, 2), stored_at_signal=n)
    if audit_id is not None:
        run.row = audit_row(db, audit_id)
    if (out / "findings.json").exists():
        run.findings = read_findings(out)
    print(f"{name}: {n} observations stored at the signal, exit {proc.returncode} "
          f"{run.stopped_in} s after it")
    return run


def audit_row(db: Path, audit_id: int) -> dict[str, Any]:
    with Store(db) as store:
        row = store.audit(audit_id)
    assert row is not None
    return row


def comparable(db: Path, audit_id: int) -> set[tuple]:
    with Store(db) as store:
        return {
            (f.platform, f.handle, f.cls.value, f.severity.value if f.severity else None,
             f.probe_state.value, f.probe_reason, tuple(sorted(e.signal for e in f.evidence)))
            for f in store.findings(audit_id) if f.status.value != "resolved"
        }


@dataclass
class Story:
    db: Path
    runs: dict[str, Run]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    work = tmp_path_factory.mktemp("interrupt")
    db = work / "audits.db"
    runs: dict[str, Run] = {}
    web = SimWebProcess(world_1(), work / "world1.yaml")
    try:
        runs["baseline"] = audit(work, "baseline", web, db, quiet=False)
        runs["sigint"] = interrupted(work, "sigint", web, db, (signal.SIGINT,), 4,
                                     "--fail-on", "high")
        runs["resumed"] = audit(work, "resumed", web, db, "--resume", "--fail-on", "high")
        runs["sigterm"] = interrupted(work, "sigterm", web, db, (signal.SIGTERM,), 8,
                                      "--fail-on", "high")
        runs["early"] = interrupted(work, "early", web, db, (signal.SIGINT,), 0)
        runs["timelimit"] = audit(work, "timelimit", web, db, "--fail-on", "high",
                                  settings={**SLOW, "CLOSESPIDER_TIMEOUT": 3})
        runs["killed"] = interrupted(work, "killed", web, db, (signal.SIGKILL,), 4)
    finally:
        web.stop()
    # the web search hangs for 30 s: after the first SIGINT the crawl would wait for it (the
    # grace is a minute here), so only the second one can end it
    stalled = world_1().with_settings(hostile=[{"host": "html.duckduckgo.com", "path": "/html*",
                                                 "fault": "sleep", "seconds": 30}])
    web = SimWebProcess(stalled, work / "stalled.yaml")
    try:
        runs["twice"] = interrupted(work, "twice", web, db, (signal.SIGINT, signal.SIGINT), 2,
                                    gap=1.0, settings={"DOWNLOAD_TIMEOUT": 60,
                                                       "BRANDSWEEP_STOP_GRACE": 60})
    finally:
        web.stop()
    web = SimWebProcess(world_2(), work / "world2.yaml")
    try:
        runs["next"] = audit(work, "next", web, db, "--fail-on", "high")
    finally:
        web.stop()
    yield Story(db, runs)


PARTIAL_RUNS = ("sigint", "sigterm", "early", "timelimit")


@pytest.mark.slow
def test_the_baseline_is_complete(story: Story) -> None:
    base = story.runs["baseline"]
    assert base.returncode == 0, base.stderr[-3000:]
    assert audit_row(story.db, base.audit_id)["status"] == "complete"
    assert {f["status"] for f in base.findings.values()} == {"new"}
    # the terminal summary ends with where the history is, and agrees with the report
    assert base.stdout.rstrip().endswith(f"database: {story.db.resolve()}")
    html = (base.out / "report.html").read_text(encoding="utf-8")
    considered = sum(1 for f in base.findings.values() if f["status"] != "resolved")
    assert f"audit {base.audit_id}: {considered} profiles considered" in base.stdout
    impostors = sum(1 for f in base.findings.values() if f["class"] == "impostor")
    line = next(x for x in base.stdout.splitlines() if x.startswith("  Impostor"))
    assert line.split()[-1] == str(impostors)
    assert 'id="partial"' not in html


@pytest.mark.slow
@pytest.mark.parametrize("name", PARTIAL_RUNS)
def test_an_interrupted_audit_is_partial_and_says_so(story: Story, name: str) -> None:
    run = story.runs[name]
    assert run.returncode == 1, (name, run.returncode, run.stderr[-3000:])  # not 0, not 3
    assert f"audit {run.audit_id} is PARTIAL" in run.stderr
    assert "--resume" in run.stderr
    row = run.row  # as the run left it (the SIGINT one is resumed later)
    assert (row["status"], row["complete"]) == ("partial", False)
    expected = {"sigint": "interrupted:SIGINT", "sigterm": "interrupted:SIGTERM",
                "early": "interrupted:SIGINT", "timelimit": "closespider_timeout"}[name]
    assert row["finish_reason"] == expected
    if name != "timelimit":
        assert STOPPING in run.stderr  # said at once, before anything else of the stop
    # the report says partial, and so do the machine-readable outputs
    html = (run.out / "report.html").read_text(encoding="utf-8")
    assert 'id="partial"' in html and "Partial audit" in html
    coverage = json.loads((run.out / "coverage.json").read_text(encoding="utf-8"))
    assert coverage["partial"] is True and coverage["partial_reason"]
    rows = json.loads((run.out / "findings.json").read_text(encoding="utf-8"))
    assert all(r["partial"] is True for r in rows)
    # a partial sweep marks nothing resolved (it did not look) and fires no --fail-on
    assert "resolved" not in {r["status"] for r in rows}
    assert "--fail-on high:" not in run.stderr


@pytest.mark.slow
def test_no_outcome_of_a_dropped_request_is_stored(story: Story) -> None:
    """What the stop dropped or cut short leaves no 'unverifiable' observation behind
    (resume would otherwise skip it): every unverifiable profile of an interrupted audit is
    one the baseline found unverifiable too, for the same reason."""
    base = {(p, h, r) for p, h, r in query(
        story.db, "SELECT platform, handle, reason FROM observations WHERE audit_id = ? AND "
        "state = 'unverifiable'", story.runs["baseline"].audit_id)}
    for name in (*PARTIAL_RUNS, "twice"):
        got = set(query(story.db, "SELECT platform, handle, reason FROM observations WHERE "
                        "audit_id = ? AND state = 'unverifiable'", story.runs[name].audit_id))
        assert got <= base, (name, got - base)


@pytest.mark.slow
def test_a_second_signal_stops_at_once_keeping_what_was_stored(story: Story) -> None:
    """A web search hangs for 30 s with a minute of grace: the first Ctrl-C would wait for it,
    the second stops the crawl where it is. Partial, and nothing stored is lost."""
    run = story.runs["twice"]
    assert run.returncode == 1, run.stderr[-3000:]
    assert STOPPING in run.stderr
    row = run.row
    assert (row["status"], row["finish_reason"]) == (
        "partial", "interrupted:SIGINT twice, stopped at once")
    assert f"audit {run.audit_id} is PARTIAL" in run.stderr
    assert 'id="partial"' in (run.out / "report.html").read_text(encoding="utf-8")
    kept = query(story.db, "SELECT count(*) FROM observations WHERE audit_id = ?",
                 run.audit_id)[0][0]
    assert kept >= run.stored_at_signal >= 2


@pytest.mark.slow
def test_resume_continues_the_interrupted_audit_and_equals_the_baseline(story: Story) -> None:
    sigint, resumed = story.runs["sigint"], story.runs["resumed"]
    assert resumed.returncode == 0, resumed.stderr[-3000:]  # nothing new: --fail-on quiet
    assert resumed.audit_id == sigint.audit_id  # continued, not begun anew
    assert audit_row(story.db, sigint.audit_id)["status"] == "complete"
    # compared with the baseline, not with its own partial self: nothing changed
    assert {f["status"] for f in resumed.findings.values()} == {"unchanged"}, {
        k: f["status"] for k, f in resumed.findings.items() if f["status"] != "unchanged"}
    assert comparable(story.db, sigint.audit_id) == comparable(
        story.db, story.runs["baseline"].audit_id)
    # one observation per profile
    (dupes,) = query(story.db, "SELECT count(*) - count(DISTINCT platform || ':' || handle) "
                     "FROM observations WHERE audit_id = ?", sigint.audit_id)[0]
    assert dupes == 0
    assert 'id="partial"' not in (resumed.out / "report.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_sigkill_leaves_an_unfinished_audit_read_as_partial(story: Story) -> None:
    run = story.runs["killed"]
    assert run.returncode == -signal.SIGKILL
    row = audit_row(story.db, run.audit_id)
    assert (row["status"], row["complete"], row["finish_reason"]) == ("partial", False, None)
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", "report", "--db", str(story.db),
                           "--audit", str(run.audit_id), "--out", str(run.out / "again")],
                          cwd=ROOT, env=env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    html = (run.out / "again" / "report.html").read_text(encoding="utf-8")
    assert 'id="partial"' in html and "ended without saying why" in html


@pytest.mark.slow
def test_the_next_audit_compares_with_the_last_complete_one(story: Story) -> None:
    nxt = story.runs["next"]
    got = {h: f["status"] for (p, h), f in nxt.findings.items() if p == "instagram"}
    assert got.pop(REMOVED) == "resolved"
    assert got.pop(ADDED.lower()) == "new"
    assert got.pop(AVATAR) == "changed"
    assert set(got.values()) == {"unchanged"}, got  # nothing new because of the interruptions
    # --fail-on fires for what is really new, and only for it
    assert nxt.returncode == 3, nxt.stderr[-3000:]
    assert "--fail-on high: 1 new finding at or above it" in nxt.stderr
    # the trend lists complete audits only
    html = (nxt.out / "report.html").read_text(encoding="utf-8")
    trend = html.split("Trend of actionable findings", 1)[1].split("</table>", 1)[0]
    for name in ("sigterm", "twice", "early", "timelimit", "killed"):
        assert f"#{story.runs[name].audit_id}<" not in trend, name
    assert f"#{story.runs['sigint'].audit_id}<" in trend  # resumed, so complete
