"""Periodic audits end to end: history and triage across real sweeps of a changing world.

Each audit is the real command line (``python -m crawler.cli audit``) in a subprocess, against
the simulated web in another subprocess (``python -m simweb --world FILE``) serving a
world the test changed between audits (``World.without`` / ``with_profile`` /
``replace_profile``, saved with ``World.dump``). All audits write into one SQLite history, as a
scheduled job would. The chain (one module fixture, each test reads one step of it):

1. the demo world                                  -> everything new
2. an impostor removed, one added, one new avatar   -> resolved / new / changed, rest unchanged
3. the same world again                             -> nothing new: ``--fail-on high`` exits 0
   then triage: a fan page ``fan``, a parody ``allow``, an impostor ``false_positive``,
   an impostor ``taken_down`` (and the platform removes it)
4. the parody starts using the logo and scam wording -> reopened; fan kept; false positive
   unrelated; taken-down impostor resolved
5. the taken-down impostor is back                  -> reopened (and ``--fail-on high`` exits 3)
6. only a new medium/low impostor                   -> ``--fail-on high`` exits 0
7. an audit killed mid-crawl (SIGKILL)              -> incomplete, never the "previous" audit
8. the next audit compares with 6, not with 7
9. Instagram and X swept, then 10. Instagram only -> X findings carried over, not "resolved"

Speed: only Instagram is swept (``--platforms instagram``, web search on, no handle variants:
every profile of the story is in the search index), and the hosts that unrelated profiles link
to get a stub page (the demo world answers 502 for them, which costs seconds of retries).
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from matching.history import apply_history
from matching.models import (
    Evidence,
    Finding,
    FindingClass,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Severity,
    Status,
    Triage,
    TriageDecision,
)
from simweb.world import Page, Site, World, load_world

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"

REMOVED = "northwindcoffeegiveaway"  # impostor taken off the platform between audits 1 and 2
ADDED = "northwindcoffee.prizes"  # impostor that appears in audit 2
AVATAR = "northwind.help"  # impostor that swaps its avatar in audit 2
FAN = "northwindcoffeefans"  # fan page, triaged `fan`
PARODY = "notnorthwindcoffee"  # parody, triaged `allow`, then turns into a scam
FALSE_POSITIVE = "northwindkahve.cekilis"  # impostor a reviewer calls a false positive
TAKEN_DOWN = "n0rthwindcoffee"  # impostor triaged `taken_down`, removed, then back
MINOR = "northwindbeans.outlet"  # a new impostor below `high`


# --------------------------------------------------------------------------- worlds


def fast(world: World) -> World:
    """The world plus a stub site for every host a profile links to that the world lacks."""
    hosts = {h for s in world.sites for h in s.hosts}
    missing = sorted({urlsplit(link).hostname or "" for p in world.profiles for link in p.links}
                     - hosts - {""})
    stubs = [Site(host=h, title=h, pages={"/": Page(title=h, body=f"<h1>{h}</h1>")})
             for h in missing]
    return World(world.now, world.organization, list(world.profiles),
                 [*world.sites, *stubs], list(world.deleted), dict(world.settings))


def world_1() -> World:
    return fast(load_world())


def world_2() -> World:
    return (
        world_1()
        .without("instagram", REMOVED)
        .with_profile(
            platform="instagram", handle=ADDED, display_name="Northwind Coffee Prizes",
            bio="🎁 Northwind Coffee Co. anniversary GIVEAWAY! Claim your free year of coffee: "
                "DM us your card details to pay shipping.",
            avatar="logo:nwc|jpeg:70", followers=310, posts=4, created_at="2026-11-01",
            last_active_at="2026-11-18", indexed_by=["web_search"],
            truth={"class": "impostor", "brand": "Northwind Coffee", "severity": "high"},
        )
        .replace_profile("instagram", AVATAR, avatar="photo:help-desk-headset")
    )


def world_4() -> World:
    return (
        world_2()
        .without("instagram", TAKEN_DOWN)
        .replace_profile(
            "instagram", PARODY, avatar="logo:nwc|jpeg:70",
            bio="Official Northwind Coffee giveaway! Claim your prize: DM us your card details "
                "and order number.",
        )
    )


def world_5() -> World:
    back = world_1().profile("instagram", TAKEN_DOWN)
    assert back is not None
    return world_4().with_profile(back)


def world_6() -> World:
    return world_5().with_profile(
        platform="instagram", handle=MINOR, display_name="Northwind beans outlet",
        bio="Cheap Northwind Coffee beans, 60% off. Order by DM.", avatar="photo:sacks",
        followers=40, posts=3, created_at="2026-10-01", last_active_at="2026-11-10",
        indexed_by=["web_search"], truth={"class": "impostor", "severity": "low"},
    )


# --------------------------------------------------------------------------- running


@dataclass
class Run:
    """One audit: exit code, its folder, findings.json keyed by (platform, lowercase handle)."""

    audit_id: int | None
    returncode: int
    out: Path
    stderr: str
    findings: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def __getitem__(self, handle: str) -> dict[str, Any]:
        return self.findings[("instagram", handle.lower())]

    @property
    def html(self) -> str:
        return (self.out / "report.html").read_text(encoding="utf-8")


def _env() -> dict[str, str]:
    path = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": path}


class SimWebProcess:
    """``python -m simweb --port 0 --world FILE``; the port is its first stdout line."""

    def __init__(self, world: World, path: Path) -> None:
        world.dump(path)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "simweb", "--port", "0", "--world", str(path)],
            cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line.isdigit():
            self.stop()
            raise AssertionError(f"simweb did not start: {line!r}")
        self.port = int(line)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def brandsweep(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=timeout, check=False)


def audit_args(port: int, db: Path, out: Path, *extra: str,
               platforms: str = "instagram") -> list[str]:
    return [
        "audit", str(SEED), "--resolve", f"*=127.0.0.1:{port}", "--allow-private-network",
        "--db", str(db), "--out", str(out), "--platforms", platforms, "--max-variants", "0",
        "-q", *extra,
    ]


def read_findings(out: Path) -> dict[tuple[str, str], dict[str, Any]]:
    rows = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    return {(f["platform"], f["handle"].lower()): f for f in rows}


def last_audit_id(db: Path) -> int | None:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT max(id) FROM audits").fetchone()[0]
    finally:
        con.close()


def run_audit(workdir: Path, name: str, world: World, db: Path, *extra: str,
              platforms: str = "instagram") -> Run:
    web = SimWebProcess(world, workdir / f"{name}.world.yaml")
    try:
        out = workdir / name
        # classified at the world's clock, the one its pages and Date headers keep
        proc = brandsweep(*audit_args(web.port, db, out, "--as-of", world.now, *extra,
                                      platforms=platforms))
    finally:
        web.stop()
    assert proc.returncode in (0, 3), f"audit {name} failed ({proc.returncode}):\n{proc.stderr}"
    return Run(last_audit_id(db), proc.returncode, out, proc.stderr, read_findings(out))


def triage(db: Path, handle: str, decision: str) -> None:
    proc = brandsweep("triage", "--db", str(db), f"instagram:{handle}", "--as", decision)
    assert proc.returncode == 0, proc.stderr


def killed_audit(workdir: Path, world: World, db: Path) -> int:
    """Start an audit and SIGKILL it as soon as the store holds observations for it."""
    web = SimWebProcess(world, workdir / "killed.world.yaml")
    before = last_audit_id(db) or 0
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli",
             *audit_args(web.port, db, workdir / "killed", "--as-of", world.now)],
            cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        audit_id = None
        while time.monotonic() < deadline and proc.poll() is None:
            con = sqlite3.connect(db, timeout=5)
            try:
                row = con.execute(
                    "SELECT audit_id, count(*) FROM observations WHERE audit_id > ?"
                    " GROUP BY audit_id", (before,)
                ).fetchone()
            finally:
                con.close()
            if row and row[1] >= 3:
                audit_id = int(row[0])
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.05)
        proc.wait(timeout=30)
    finally:
        web.stop()
    assert audit_id is not None, "the audit finished before it could be killed"
    assert proc.returncode == -signal.SIGKILL
    return audit_id


@dataclass
class Chain:
    db: Path
    runs: dict[str, Run]
    killed: int
    rerender: Path


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chain]:
    work = tmp_path_factory.mktemp("history_e2e")
    db = work / "audits.db"
    runs: dict[str, Run] = {}
    runs["1"] = run_audit(work, "1", world_1(), db)
    runs["2"] = run_audit(work, "2", world_2(), db, "--fail-on", "high")
    # audit 1 re-rendered now that audit 2 exists
    rerender = work / "1-again"
    proc = brandsweep("report", "--db", str(db), "--audit", str(runs["1"].audit_id),
                      "--out", str(rerender))
    assert proc.returncode == 0, proc.stderr
    runs["3"] = run_audit(work, "3", world_2(), db, "--fail-on", "high")
    triage(db, FAN, "fan")
    triage(db, PARODY, "allow")
    triage(db, FALSE_POSITIVE, "false_positive")
    triage(db, TAKEN_DOWN, "taken_down")
    runs["4"] = run_audit(work, "4", world_4(), db)
    runs["5"] = run_audit(work, "5", world_5(), db, "--fail-on", "high")
    runs["6"] = run_audit(work, "6", world_6(), db, "--fail-on", "high")
    killed = killed_audit(work, world_6(), db)
    runs["8"] = run_audit(work, "8", world_6(), db)
    runs["9"] = run_audit(work, "9", world_6(), db, platforms="instagram,x")
    runs["10"] = run_audit(work, "10", world_6(), db)
    yield Chain(db, runs, killed, rerender)


def statuses(run: Run) -> dict[str, str]:
    """Instagram handle -> status (the other platforms are outside ``--platforms``)."""
    return {h: f["status"] for (p, h), f in run.findings.items() if p == "instagram"}


def status_counts(html: str) -> dict[str, int]:
    """The report's "Changes since the previous audit" table, as {status label: count}."""
    table = html.split("Changes since the previous audit", 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<th scope="row">([^<]+)</th><td class="num">([\d,]+)</td>', table)
    return {label.lower(): int(n.replace(",", "")) for label, n in rows}


def report_row(html: str, handle: str) -> str:
    """The findings-table row of one Instagram profile in report.html."""
    rows = [r for r in html.split('<tr id="f')[1:]
            if f'instagram.com/{handle}/"' in r.split("</tr>", 1)[0]]
    assert rows, f"{handle} is not in the report's findings table"
    return rows[0].split("</tr>", 1)[0]


# --------------------------------------------------------------------------- world files


def test_world_dump_round_trips(tmp_path: Path) -> None:
    world = world_2()
    path = world.dump(tmp_path / "w.yaml")
    again = load_world(path)
    assert again == world
    assert again.profile("instagram", ADDED) is not None
    assert again.profile("instagram", REMOVED) is None
    changed = again.profile("instagram", AVATAR)
    assert changed is not None and changed.avatar == "photo:help-desk-headset"
    # and the bundled world survives the trip unchanged, Turkish text and all
    assert load_world(load_world().dump(tmp_path / "demo.yaml")) == load_world()


# --------------------------------------------------------------------------- the rules, pure
# What the chain below exposed, pinned at the level of matching.history (fast, no crawl).


def _finding(handle: str, cls: FindingClass, signals: tuple[str, ...], triage_: Triage | None,
             status: Status = Status.NEW) -> Finding:
    obs = ProfileObservation("instagram", handle, f"https://i.test/{handle}", ProbeState.FOUND,
                             fields=ProfileFields(display_name="NWC", avatar_phash="f766e889"))
    sev = Severity.HIGH if cls == FindingClass.IMPOSTOR else None
    return Finding("instagram", handle, obs.url, "NWC", cls, sev, 0.9, "Northwind Coffee", None,
                   evidence=tuple(Evidence(s, True, s) for s in signals), observation=obs,
                   triage=triage_, status=status)


def test_pure_taken_down_reopens_once() -> None:
    t = Triage("instagram", "scam", TriageDecision.TAKEN_DOWN, decided_at="2026-11-01T00:00:00")
    reopened = apply_history(
        [_finding("scam", FindingClass.IMPOSTOR, (), t)],
        [_finding("scam", FindingClass.IMPOSTOR, (), t, Status.RESOLVED)],
        {("instagram", "scam"): t},
    )[0]
    assert reopened.status == Status.REOPENED
    nxt = apply_history([_finding("scam", FindingClass.IMPOSTOR, (), t)], [reopened],
                        {("instagram", "scam"): t})[0]
    assert (nxt.cls, nxt.status) == (FindingClass.IMPOSTOR, Status.UNCHANGED)


def test_pure_overruled_allow_stays_overruled_until_a_new_decision() -> None:
    posing = ("avatar_match", "scam_wording")
    t = Triage("instagram", "parody", TriageDecision.ALLOW, decided_at="2026-11-01T00:00:00")
    key = ("instagram", "parody")
    reopened = apply_history([_finding("parody", FindingClass.UNRELATED, posing, t)],
                             [_finding("parody", FindingClass.FAN, (), t)], {key: t})[0]
    assert (reopened.cls, reopened.status) == (FindingClass.IMPOSTOR, Status.REOPENED)
    # classify honours the decision again; history keeps it overruled while it still poses
    nxt = apply_history([_finding("parody", FindingClass.UNRELATED, posing, t)], [reopened],
                        {key: t})[0]
    assert (nxt.cls, nxt.severity, nxt.status) == (
        FindingClass.IMPOSTOR, Severity.HIGH, Status.UNCHANGED
    )
    # the reviewer looks again and allows it anew: that decision holds
    t2 = Triage("instagram", "parody", TriageDecision.ALLOW, decided_at="2026-11-20T00:00:00")
    later = apply_history([_finding("parody", FindingClass.UNRELATED, posing, t2)], [nxt],
                          {key: t2})[0]
    assert later.cls == FindingClass.UNRELATED and later.status == Status.CHANGED


# --------------------------------------------------------------------------- 1. history


@pytest.mark.slow
def test_first_audit_everything_is_new(chain: Chain) -> None:
    first = chain.runs["1"]
    assert first.returncode == 0
    assert set(statuses(first).values()) == {"new"}
    for handle in (REMOVED, AVATAR, TAKEN_DOWN, FALSE_POSITIVE):
        assert first[handle]["class"] == "impostor" and first[handle]["severity"] == "high"
    assert first[FAN]["class"] == "fan" and first[PARODY]["class"] == "fan"


@pytest.mark.slow
def test_removed_added_and_changed_impostors(chain: Chain) -> None:
    second = chain.runs["2"]
    got = statuses(second)
    assert got.pop(REMOVED) == "resolved"
    assert got.pop(ADDED.lower()) == "new"
    assert got.pop(AVATAR) == "changed"
    assert set(got.values()) == {"unchanged"}, got
    assert second[ADDED]["class"] == "impostor" and second[ADDED]["severity"] == "high"
    assert "avatar" in second[AVATAR]["status_detail"]
    assert second[REMOVED]["class"] == "impostor"  # resolved keeps what it was
    # the other platforms were not swept: nothing there is news either
    others = {f["status"] for (p, _), f in second.findings.items() if p != "instagram"}
    assert others <= {"unchanged"}, others
    # the report says the same in its summary
    counts = status_counts(second.html)
    assert (counts["new"], counts["changed"], counts["resolved"], counts["reopened"]) == (
        1, 1, 1, 0
    )
    assert counts["unchanged"] == len(second.findings) - 3
    assert "1 finding resolved since the previous audit" in second.html
    assert 'data-status="new"' in report_row(second.html, ADDED)
    assert 'data-status="changed"' in report_row(second.html, AVATAR)


@pytest.mark.slow
def test_nothing_changed_is_all_unchanged(chain: Chain) -> None:
    third = chain.runs["3"]
    assert set(statuses(third).values()) == {"unchanged"}
    assert REMOVED not in statuses(third)  # a resolved finding is said once


# --------------------------------------------------------------------------- 2. triage


@pytest.mark.slow
def test_fan_triage_holds(chain: Chain) -> None:
    for name in ("4", "5", "6"):
        fan = chain.runs[name][FAN]
        assert (fan["class"], fan["triage"], fan["status"]) == ("fan", "fan", "unchanged")


@pytest.mark.slow
def test_false_positive_turns_an_impostor_into_unrelated(chain: Chain) -> None:
    fp = chain.runs["4"][FALSE_POSITIVE]
    assert (fp["class"], fp["severity"], fp["triage"]) == ("unrelated", None, "false_positive")
    assert fp["status"] == "changed" and "impostor -> unrelated" in fp["status_detail"]
    assert chain.runs["5"][FALSE_POSITIVE]["status"] == "unchanged"


@pytest.mark.slow
def test_allowed_page_that_starts_posing_is_reopened(chain: Chain) -> None:
    fourth = chain.runs["4"]
    parody = fourth[PARODY]
    assert (parody["class"], parody["severity"], parody["status"]) == (
        "impostor", "high", "reopened"
    )
    assert parody["triage"] == "allow" and "allow" in parody["status_detail"]
    row = report_row(fourth.html, PARODY)
    assert 'data-status="reopened"' in row and "reopened" in row
    assert status_counts(fourth.html)["reopened"] == 1
    # reopened is news once; the decision stays overruled while it keeps posing
    later = chain.runs["5"][PARODY]
    assert (later["class"], later["severity"], later["status"]) == (
        "impostor", "high", "unchanged"
    )


@pytest.mark.slow
def test_taken_down_impostor_that_reappears_is_reopened(chain: Chain) -> None:
    gone = chain.runs["4"][TAKEN_DOWN]
    assert (gone["status"], gone["triage"]) == ("resolved", "taken_down")
    back = chain.runs["5"][TAKEN_DOWN]
    assert (back["class"], back["status"], back["triage"]) == ("impostor", "reopened", "taken_down")
    assert "taken down" in back["status_detail"]
    # said once: in the next audit it is an impostor like any other, not news again
    still = chain.runs["6"][TAKEN_DOWN]
    assert (still["class"], still["status"]) == ("impostor", "unchanged")


# --------------------------------------------------------------------------- 3. --fail-on


@pytest.mark.slow
def test_fail_on_high(chain: Chain) -> None:
    # audit 2: a new high-severity impostor -> 3
    assert chain.runs["2"].returncode == 3
    assert "--fail-on high" in chain.runs["2"].stderr
    # audit 3: the same world again -> 0
    assert chain.runs["3"].returncode == 0
    # audit 5: a high-severity impostor reopened -> 3
    assert chain.runs["5"].returncode == 3
    # audit 6: only a new impostor below high -> 0
    sixth = chain.runs["6"]
    minor = sixth[MINOR]
    assert minor["class"] == "impostor" and minor["status"] == "new"
    assert minor["severity"] in ("low", "medium")
    assert sixth.returncode == 0, sixth.stderr[-3000:]
    assert [h for h, s in statuses(sixth).items() if s in ("new", "reopened")] == [MINOR]


# --------------------------------------------------------------------------- 4. re-render


@pytest.mark.slow
def test_report_re_renders_an_old_audit_identically(chain: Chain) -> None:
    original = chain.runs["1"].out
    for name in ("findings.json", "findings.csv"):
        assert (chain.rerender / name).read_bytes() == (original / name).read_bytes(), name
    again = json.loads((chain.rerender / "findings.json").read_text(encoding="utf-8"))
    assert {f["status"] for f in again} == {"new"}  # audit 2 did not leak into audit 1


# --------------------------------------------------------------------------- 5. interrupted


@pytest.mark.slow
def test_interrupted_audit_is_incomplete_and_never_previous(chain: Chain) -> None:
    con = sqlite3.connect(chain.db)
    try:
        rows = dict(con.execute("SELECT id, complete FROM audits").fetchall())
        observed = con.execute(
            "SELECT count(*) FROM observations WHERE audit_id = ?", (chain.killed,)
        ).fetchone()[0]
    finally:
        con.close()
    assert rows[chain.killed] == 0 and observed > 0
    after = chain.runs["8"]
    assert after.audit_id == chain.killed + 1 and rows[after.audit_id] == 1
    # compared with audit 6, not with the half-done one: nothing is new
    assert set(statuses(after).values()) == {"unchanged"}, statuses(after)
    # and the report's trend lists complete audits only
    trend = after.html.split("Trend of actionable findings", 1)[1].split("</table>", 1)[0]
    assert f"#{chain.killed}<" not in trend
    assert f"#{chain.runs['6'].audit_id}<" in trend and f"#{after.audit_id} (this" in trend


# --------------------------------------------------------------------------- platform subsets


def test_pure_platforms_outside_the_sweep_are_carried_not_resolved() -> None:
    prev = [_finding("scam", FindingClass.IMPOSTOR, (), None),
            replace(_finding("xscam", FindingClass.IMPOSTOR, (), None), platform="x")]
    out = {f.key: f for f in apply_history([_finding("scam", FindingClass.IMPOSTOR, (), None)],
                                           prev, {}, scope=("instagram",))}
    assert out[("instagram", "scam")].status == Status.UNCHANGED
    carried = out[("x", "xscam")]
    assert (carried.status, carried.cls) == (Status.UNCHANGED, FindingClass.IMPOSTOR)
    # without a scope the same absence is a resolution
    out = {f.key: f for f in apply_history([], prev, {})}
    assert out[("x", "xscam")].status == Status.RESOLVED


@pytest.mark.slow
def test_a_narrower_sweep_does_not_resolve_what_it_did_not_look_at(chain: Chain) -> None:
    wide, narrow = chain.runs["9"], chain.runs["10"]
    x_wide = {h: f for (p, h), f in wide.findings.items() if p == "x"}
    x_impostors = {h for h, f in x_wide.items() if f["class"] == "impostor"}
    assert x_impostors and all(x_wide[h]["status"] == "new" for h in x_impostors)
    x_narrow = {h: f for (p, h), f in narrow.findings.items() if p == "x"}
    assert {h: f["status"] for h, f in x_narrow.items()} == dict.fromkeys(x_wide, "unchanged")
    for h, f in x_wide.items():  # as the wider audit saw them, not "not checked"
        assert x_narrow[h]["class"] == f["class"], h
    assert "resolved" not in statuses(narrow).values()
    assert narrow.returncode == 0
