"""Forked probe workers (crawler/lane_fork.py) find what the lane finds, politely, and lose
nothing when one dies or the user presses Ctrl-C.

Every check runs the whole ``brandsweep audit`` in a subprocess against the loopback sites
(simweb/sites.py, each site on its own 127.0.X.Y address), as an operator would; the workers
are compared with the in-crawl lane alone (``BRANDSWEEP_PROBE_WORKERS = 0``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from crawler import lane_fork
from crawler.store import Store
from crawler.wmn import slug
from simweb.sites import ARRIVAL_JITTER, SitesServer, site_address, wmn_sites
from tests.builders import child_env

REPO = Path(__file__).resolve().parents[1]
HANDLE = "northwind"
FAULTS = {0: "rate_limit", 1: "flaky", 2: "huge", 3: "many_headers", 4: "loop", 5: "gzip"}
RATE = "platforms: {}\ndefaults:\n  existence_only_rate: {concurrency: 1, delay: 0.3}\n"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the workers fork on Linux only")


def _cmd(tmp: Path, doc: dict[str, Any], *extra: str, variants: int = 1) -> list[str]:
    sites = tmp / "wmn.json"
    sites.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    inv = tmp / "inventory.yaml"
    inv.write_text("organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
                   "brands:\n  - name: Northwind\n    accounts: []\n", encoding="utf-8")
    rate = tmp / "rate.yaml"
    rate.write_text(RATE, encoding="utf-8")
    return [sys.executable, "-m", "crawler.cli", "audit", str(inv), "--sites-file", str(sites),
            "--platforms", ",".join(slug(s["name"]) for s in doc["sites"]),
            "--platforms-file", str(rate), "--max-variants", str(variants),
            "--search-engine", "none", "--allow-private-network",
            "--out", str(tmp / "report"), "--db", str(tmp / "a.db"), "-q", *extra]


def _audit(tmp: Path, doc: dict[str, Any], env: dict[str, str], variants: int = 1
           ) -> dict[str, Any]:
    tmp.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(_cmd(tmp, doc, variants=variants), cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {"findings": json.loads((tmp / "report" / "findings.json").read_text()),
            "coverage": json.loads((tmp / "report" / "coverage.json").read_text())}


def _outcomes(result: dict[str, Any]) -> dict[tuple[str, str], tuple[Any, ...]]:
    return {(f["platform"], f["handle"]): (f["probe_state"], f.get("probe_reason"), f["class"])
            for f in result["findings"]}


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def test_the_settings_the_workers_mirror_are_the_crawls() -> None:
    """The workers read no Scrapy settings (they run before Scrapy is imported): what they
    apply must be what crawler/settings.py and Scrapy's defaults say."""
    from crawler.options import scrapy_settings

    s = scrapy_settings({})
    for key, value in lane_fork.DEFAULTS.items():
        assert s.get(key) == value or s.getfloat(key) == value, key
    assert dict(s.getdict("DEFAULT_REQUEST_HEADERS")) == lane_fork.REQUEST_HEADERS
    assert s.get("USER_AGENT").startswith("brandsweep/")
    assert not s.getbool("METAREFRESH_ENABLED")  # a worker does not read <meta refresh>


def test_one_worker_per_usable_core_up_to_the_setting(monkeypatch) -> None:
    """The default adapts to the cores the audit may use (its affinity, as a container or
    taskset sets it), up to BRANDSWEEP_PROBE_WORKERS."""
    if not sys.platform.startswith("linux"):
        pytest.skip("fork: Linux only")
    base = {"BRANDSWEEP_AUDIT_ID": 1}
    kw: dict[str, Any] = {"proxy": None, "resolve": {}, "resume": False, "redis_url": None}
    for cores, wanted in ((1, 1), (2, 2), (6, 6), (32, lane_fork.DEFAULTS[
            "BRANDSWEEP_PROBE_WORKERS"])):
        monkeypatch.setattr(os, "sched_getaffinity", lambda _pid, n=cores: set(range(n)))
        assert lane_fork.workers_wanted(base, **kw) == wanted
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(16)))
    assert lane_fork.workers_wanted({**base, "BRANDSWEEP_PROBE_WORKERS": 3}, **kw) == 3


def test_workers_only_where_fork_and_the_lane_apply() -> None:
    """No worker behind a proxy, with --resolve, --resume or Redis, with the lane off, or
    when a setting the workers do not mirror is overridden."""
    base = {"BRANDSWEEP_AUDIT_ID": 1, "LOG_LEVEL": "INFO"}
    kw: dict[str, Any] = {"proxy": None, "resolve": {}, "resume": False, "redis_url": None}
    assert lane_fork.workers_wanted(base, **kw) >= 1
    assert lane_fork.workers_wanted({**base, "BRANDSWEEP_PROBE_WORKERS": 0}, **kw) == 0
    assert lane_fork.workers_wanted({**base, "BRANDSWEEP_PROBE_LANE": False}, **kw) == 0
    assert lane_fork.workers_wanted({**base, "DOWNLOAD_SLOTS": {}}, **kw) == 0
    for change in ({"proxy": "http://proxy:3128"}, {"resolve": {"*": "127.0.0.1:80"}},
                   {"resume": True}, {"redis_url": "redis://x"}):
        assert lane_fork.workers_wanted(base, **{**kw, **change}) == 0


def test_workers_find_what_the_lane_finds_on_faulty_sites(tmp_path: Path) -> None:
    """Twelve sites, six with a fault (a 429 with Retry-After, a 503, a 6 MB page, 150
    headers, a redirect loop, gzip), two handles a site: the audit with workers gives every
    profile the same state, reason and class as the audit without them; what a worker could
    not settle was asked again by the lane, at the host's rate (measured at the server: one
    request at a time, never two closer than the 0.3 s delay, the 429's Retry-After of 1 s
    waited out across the hand-over)."""
    results, servers = {}, {}
    for workers in (2, 0):
        env = child_env(BRANDSWEEP_PROBE_WORKERS=workers)
        with SitesServer(handle=HANDLE, faults=FAULTS, record_arrivals=True) as server:
            doc = wmn_sites(12, server.port)
            results[workers] = _audit(tmp_path / str(workers), doc, env, variants=2)
            servers[workers] = server.stats()
    assert _outcomes(results[2]) == _outcomes(results[0])
    log = (tmp_path / "2" / "report" / "crawl.log").read_text()
    settled = int(log.split("'brandsweep/probe_workers/settled': ", 1)[1].split(",", 1)[0])
    assert settled >= 12  # most probes were the workers' (the rest: the lane's)
    assert "probe_workers" not in (tmp_path / "0" / "report" / "crawl.log").read_text()
    found = {f["platform"] for f in results[2]["findings"]
             if f["handle"] == HANDLE and f["probe_state"] == "found"}
    names = [slug(s["name"]) for s in doc["sites"]]
    assert found == {names[i] for i in (0, 1, 5, *range(6, 12))}
    for i in (2, 3, 4):  # could not check: never "not found"
        states = {f["probe_state"] for f in results[2]["findings"] if f["platform"] == names[i]}
        assert states <= {"unverifiable"}, (i, states)
    crawl = results[2]["coverage"]["crawl"]
    assert crawl["observations"] == results[0]["coverage"]["crawl"]["observations"]
    # a 429 a worker met is the coverage's rate limit as the lane's is (it was lost: the lane
    # then got the profile at once, so the report said no rate limit was met)
    assert crawl["rate_limited"] == results[0]["coverage"]["crawl"]["rate_limited"] >= 1
    hosts = servers[2]["hosts"]
    assert max(h["max_in_flight"] for h in hosts.values()) == 1
    shortest = min(h["min_gap"] for h in hosts.values() if h["min_gap"] is not None)
    assert shortest >= 0.3 - ARRIVAL_JITTER, shortest
    first, second = hosts[site_address(0)]["arrivals"][:2]
    assert second - first >= 1.0 - ARRIVAL_JITTER  # Retry-After: 1 on the first answer
    assert servers[2]["user_agents"] == servers[0]["user_agents"]


def test_a_dead_worker_costs_time_never_findings(tmp_path: Path) -> None:
    """A worker killed while it probes (SIGKILL, as the OOM killer would): what it had not
    written is asked by the crawl's lane, so the audit completes and finds the handle on
    every site; nothing is called "not found" that nobody checked."""
    env = child_env()
    with SitesServer(handle=HANDLE, latency=0.5) as server:
        doc = wmn_sites(80, server.port)
        cmd = _cmd(tmp_path, doc)
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while not workers and time.monotonic() < deadline and proc.poll() is None:
            if server.stats()["requests"] >= 10:
                workers = _children(proc.pid)
            time.sleep(0.02)
        assert workers, "no worker seen"
        os.kill(workers[0], signal.SIGKILL)
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-3000:]
    findings = json.loads((tmp_path / "report" / "findings.json").read_text())
    found = {f["platform"] for f in findings if f["probe_state"] == "found"}
    assert found == {slug(s["name"]) for s in doc["sites"]}
    assert not [f for f in findings if f["probe_state"] == "not_found"]
    coverage = json.loads((tmp_path / "report" / "coverage.json").read_text())
    assert coverage["crawl"]["finish_reason"] == "finished"


@pytest.mark.parametrize("after_requests", [10, 0], ids=["while-probing", "at-fork"])
def test_ctrl_c_while_workers_probe_stops_them_and_resume_completes(
        tmp_path: Path, after_requests: int) -> None:
    """SIGINT to the audit while its workers probe 60 slow sites: the workers end (none is
    left running), the audit is partial with nothing unchecked stored, and ``--resume``
    finds the handle on every site. ``at-fork`` signals the moment a worker exists, while
    the audit may still be opening its store: the signal waits for the audit's row (it was
    lost once, under load, leaving nothing for ``--resume``)."""
    env = child_env()
    with SitesServer(handle=HANDLE, latency=1.0) as server:
        doc = wmn_sites(60, server.port)
        cmd = _cmd(tmp_path, doc)
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline and proc.poll() is None:
            if server.stats()["requests"] >= after_requests:
                workers = _children(proc.pid)
                if workers:
                    break
            time.sleep(0.02)
        assert workers, "no worker seen"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 1, err[-2000:]
        for pid in workers:
            assert not os.path.exists(f"/proc/{pid}") or _zombie_or_gone(pid), pid
        with Store(tmp_path / "a.db") as store:
            audit_id = store.latest_audit(complete_only=False)
            assert audit_id is not None
            row = store.audit(audit_id)
            observations = list(store.observations(audit_id))
        assert row is not None
        assert (row["status"], row["finish_reason"]) == ("partial", "interrupted:SIGINT")
        assert not [o for o in observations if o.state.value != "found"]
        done = subprocess.run([*cmd, "--resume"], cwd=REPO, env=env, capture_output=True,
                              text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
    findings = json.loads((tmp_path / "report" / "findings.json").read_text())
    found = {f["platform"] for f in findings if f["probe_state"] == "found"}
    assert found == {slug(s["name"]) for s in doc["sites"]}


def test_a_parent_killed_outright_leaves_no_worker_probing(tmp_path: Path) -> None:
    """SIGKILL to the audit (no handler runs): its workers end with it, they do not go on
    asking sites for an audit nobody will store."""
    with SitesServer(handle=HANDLE, latency=1.0) as server:
        doc = wmn_sites(60, server.port)
        # four handles a site, one at a time, 1 s an answer: the workers would go on for
        # seconds after the parent is gone
        proc = subprocess.Popen(_cmd(tmp_path, doc, variants=4), cwd=REPO, env=child_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while not workers and time.monotonic() < deadline and proc.poll() is None:
            if server.stats()["requests"] >= 5:
                workers = _children(proc.pid)
            time.sleep(0.02)
        assert workers, "no worker seen"
        proc.kill()
        proc.wait(timeout=30)
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline and not all(_zombie_or_gone(p) for p in workers):
            time.sleep(0.05)
        assert all(_zombie_or_gone(p) for p in workers)


def _zombie_or_gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except OSError:
        return True


def test_a_held_signal_is_raised_once_the_audit_exists_and_a_second_stops_at_once() -> None:
    """``hold_signals`` (the window between forking the workers and the audit's row): the
    first SIGINT is kept, not raised, and raised as ``Interrupted`` on demand; a second one
    raises at once; the previous handler is back afterwards."""
    from crawler.interrupt import Interrupted, hold_signals

    before = signal.getsignal(signal.SIGINT)
    with hold_signals() as held:
        held.raise_if_signalled()  # nothing yet: no raise
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # (delivered at the next bytecode boundary)
        with pytest.raises(Interrupted) as first:
            held.raise_if_signalled()
        assert first.value.signame == "SIGINT"
        held.raise_if_signalled()  # raised once only
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)
        with pytest.raises(Interrupted) as second:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
        assert second.value.signame == "SIGINT"
    assert signal.getsignal(signal.SIGINT) is before
