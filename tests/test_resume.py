"""``brandsweep audit --resume`` after a SIGKILL mid-crawl: nothing lost, nothing duplicated.

Three real audits of the demo inventory against one simulated web (a subprocess, as an operator
would run it): an uninterrupted one (its own database), and one killed with SIGKILL once the
store holds some observations, then resumed with ``--resume`` into the same database. The
resumed audit must be the interrupted one (same id, now complete), hold exactly one observation
per profile, and report the same findings as the uninterrupted run; what the first run had
settled (variant probes, search pages, calibrations, official site pages) is not asked again.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from subprocess_audit import REPO, SimWebProcess, audit_command, audit_env, run_audit

from crawler.store import Store

INVENTORY = REPO / "seeds" / "official_accounts.yaml"
ARGS = ("--max-variants", "3", "--search-engine", "duckduckgo")


def _count(db: Path, sql: str) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
    except sqlite3.OperationalError:
        return 0
    try:
        return int(con.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0
    finally:
        con.close()


def _requests(log: Path) -> int:
    text = log.read_text(encoding="utf-8")
    return int(text.split("'downloader/request_count': ")[1].split(",")[0])


def _findings(db: Path) -> tuple[int, set[tuple]]:
    store = Store(db)
    try:
        audit_id = store.latest_audit(complete_only=True)
        assert audit_id is not None
        return audit_id, {
            (f.platform, f.handle, f.cls.value, f.severity.value if f.severity else None,
             f.probe_state.value, f.probe_reason, tuple(sorted(e.signal for e in f.evidence)))
            for f in store.findings(audit_id)
        }
    finally:
        store.close()


def test_sigkill_then_resume_gives_the_uninterrupted_findings(tmp_path):
    with SimWebProcess() as web:
        full = run_audit(INVENTORY, web, tmp_path / "full.db", tmp_path / "full", *ARGS)
        assert full.returncode == 0, full.stderr[-3000:]
        total = _count(tmp_path / "full.db", "SELECT count(*) FROM observations")
        assert total > 30

        db = tmp_path / "killed.db"
        proc = subprocess.Popen(audit_command(INVENTORY, web, db, tmp_path / "killed", *ARGS),
                                cwd=REPO, env=audit_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            # some profiles observed and some search pages answered (they come later)
            if _count(db, "SELECT count(*) FROM observations") >= 10 \
                    and _count(db, "SELECT count(*) FROM search_pages"
                                   " WHERE path = 'platform_search'") >= 3:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the audit ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        before = _count(db, "SELECT count(*) FROM observations")
        assert 10 <= before < total, (before, total)
        assert _count(db, "SELECT count(*) FROM audits WHERE complete = 1") == 0
        assert _count(db, "SELECT count(*) FROM findings") == 0
        settled = _count(db, "SELECT count(*) FROM probe_outcomes")
        searched = _count(db, "SELECT count(*) FROM search_pages")
        platform_pages = _count(db, "SELECT count(*) FROM search_pages"
                                " WHERE path = 'platform_search'")
        calibrated = _count(db, "SELECT count(*) FROM calibrations")
        site_pages = _count(db, "SELECT count(*) FROM site_pages")

        resumed = run_audit(INVENTORY, web, db, tmp_path / "resumed", *ARGS, "--resume")
        assert resumed.returncode == 0, resumed.stderr[-3000:]

    # the interrupted audit was continued, not a new one begun
    assert _count(db, "SELECT count(*) FROM audits") == 1
    assert _count(db, "SELECT count(*) FROM audits WHERE complete = 1") == 1
    # one observation per profile, none duplicated
    assert _count(db, "SELECT count(*) FROM observations") == _count(
        db, "SELECT count(*) FROM (SELECT DISTINCT platform, handle FROM observations)")
    assert _count(db, "SELECT count(*) FROM observations") == total
    # what the first run stored was not fetched again
    log = (tmp_path / "resumed" / "crawl.log").read_text(encoding="utf-8")
    assert "brandsweep/resume/skipped/profile" in log
    # nor was a variant probe that had settled "not found" (probe_outcomes): asked once
    print(f"settled before the resume: {settled}; requests: uninterrupted "
          f"{_requests(tmp_path / 'full' / 'crawl.log')}, resumed "
          f"{_requests(tmp_path / 'resumed' / 'crawl.log')}")
    assert settled > 0
    assert f"'brandsweep/resume/skipped/probe': {settled}," in log
    # nor a search page that answered (search_pages: replayed), nor a platform's calibration
    print(f"search pages settled before the resume: {searched}; calibrations: {calibrated}")
    assert searched > 0 and calibrated > 0
    # (a DuckDuckGo page whose next page had not answered is asked again: its "Next" token)
    skipped_pages = int(log.split("'brandsweep/resume/skipped/search': ")[1].split(",")[0])
    assert 3 <= platform_pages <= skipped_pages <= searched
    assert f"'brandsweep/resume/skipped/calibration': {calibrated}," in log
    # nor an official site page that answered (site_pages: replayed, each once)
    assert site_pages > 0 and f"'brandsweep/resume/skipped/site': {site_pages}," in log

    full_id, full_findings = _findings(tmp_path / "full.db")
    resumed_id, resumed_findings = _findings(db)
    assert resumed_id == 1
    assert resumed_findings == full_findings
    assert (tmp_path / "resumed" / "report.html").exists()


def test_resume_without_an_interrupted_audit_starts_a_new_one(tmp_path):
    """--resume when the last audit finished: a fresh audit, not a re-run of the finished one."""
    world = tmp_path / "small.yaml"
    world.write_text((REPO / "simweb" / "hostile_world.yaml").read_text("utf-8")
                     .split("\nsettings:")[0] + "\nsites: []\nprofiles:\n"
                     "  - {platform: github, handle: quillmark, truth: {class: official}}\n",
                     encoding="utf-8")
    inventory = tmp_path / "inv.yaml"
    inventory.write_text("organization: Quillmark Ltd\nbrands:\n  - name: Quillmark\n"
                         "    accounts:\n      - {platform: github, handle: quillmark}\n",
                         encoding="utf-8")
    db = tmp_path / "a.db"
    with SimWebProcess(world) as web:
        for out in ("one", "two"):
            done = run_audit(inventory, web, db, tmp_path / out, "--platforms", "github",
                             "--max-variants", "0", "--resume")
            assert done.returncode == 0, done.stderr[-3000:]
    assert _count(db, "SELECT count(*) FROM audits WHERE complete = 1") == 2
