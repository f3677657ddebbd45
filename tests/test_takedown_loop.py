"""The takedown loop end to end (issue #9): one impostor walked through confirmed -> takedown
requested -> marked taken down while still live -> failed, with a real audit after each
decision, and the report's action list showing it in the right group at every step.

Audits are the real command line against the simulated web (the helpers of
tests/test_history_e2e.py: Instagram only, web search on, no handle variants), decisions the
real ``brandsweep triage``, all into one SQLite history.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_history_e2e import TAKEN_DOWN, Run, brandsweep, run_audit, world_1

KEY = f"instagram:{TAKEN_DOWN}"
GROUPS = ("takedown_failed", "impostor", "in_progress")


def group_of(html: str) -> list[str]:
    """The action-list groups whose items include the profile."""
    found = []
    for key in GROUPS:
        if f'id="act-{key}"' not in html:
            continue
        section = html.split(f'id="act-{key}"', 1)[1].split("</section>", 1)[0]
        if f'data-key="{KEY}"' in section:
            found.append(key)
    return found


def item(html: str, group: str) -> str:
    section = html.split(f'id="act-{group}"', 1)[1].split("</section>", 1)[0]
    return section.split(f'data-key="{KEY}"', 1)[1].split("</li>\n", 1)[0]


def case_of(entry: str) -> str:
    """The case file of an action item (its triage decisions so far), '' when it has none."""
    if '<ol class="case"' not in entry:
        return ""
    return entry.split('<ol class="case"', 1)[1].split("</ol>", 1)[0]


def triage(db: Path, decision: str, by: str) -> str:
    proc = brandsweep("triage", "--db", str(db), KEY, "--as", decision, "--by", by)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@dataclass
class Walk:
    runs: dict[str, Run]
    said: dict[str, str]


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Walk]:
    work = tmp_path_factory.mktemp("takedown")
    db = work / "audits.db"
    runs: dict[str, Run] = {}
    said: dict[str, str] = {}
    runs["found"] = run_audit(work, "found", world_1(), db)
    said["confirmed"] = triage(db, "impostor_confirmed", "ayse")
    runs["confirmed"] = run_audit(work, "confirmed", world_1(), db)
    said["requested"] = triage(db, "takedown_requested", "ayse")
    runs["requested"] = run_audit(work, "requested", world_1(), db)
    said["taken_down"] = triage(db, "taken_down", "mehmet")  # ... but the platform did not
    runs["failed"] = run_audit(work, "failed", world_1(), db, "--fail-on", "high")
    runs["still_failed"] = run_audit(work, "still_failed", world_1(), db, "--fail-on", "high")
    runs["gone"] = run_audit(work, "gone", world_1().without("instagram", TAKEN_DOWN), db)
    yield Walk(runs, said)


@pytest.mark.slow
def test_found_and_confirmed_impostors_are_to_report(walk: Walk) -> None:
    assert walk.runs["found"][TAKEN_DOWN]["class"] == "impostor"
    assert group_of(walk.runs["found"].html) == ["impostor"]
    confirmed = walk.runs["confirmed"]
    assert confirmed[TAKEN_DOWN]["triage"] == "impostor_confirmed"
    assert group_of(confirmed.html) == ["impostor"]
    case = case_of(item(confirmed.html, "impostor"))  # the case file: who confirmed it
    assert "Impostor confirmed" in case and "ayse" in case
    assert case_of(item(walk.runs["found"].html, "impostor")) == ""


@pytest.mark.slow
def test_a_requested_takedown_is_in_progress_with_its_days(walk: Walk) -> None:
    assert "(was: impostor_confirmed by ayse on " in walk.said["requested"]
    html = walk.runs["requested"].html
    assert group_of(html) == ["in_progress"]
    entry = item(html, "in_progress")
    assert "Takedown requested today, still live" in entry  # not "0 days ago"
    # the case so far, oldest first, with the reviewer
    case = case_of(entry)
    assert case.index("Impostor confirmed") < case.index("Takedown requested")
    assert case.count("ayse") == 2


@pytest.mark.slow
def test_taken_down_but_still_live_is_a_failed_takedown_in_every_audit(walk: Walk) -> None:
    for name, status in (("failed", "reopened"), ("still_failed", "unchanged")):
        run = walk.runs[name]
        f = run[TAKEN_DOWN]
        assert (f["class"], f["triage"], f["status"]) == ("impostor", "taken_down", status), name
        assert group_of(run.html) == ["takedown_failed"], name
        # top of the action list, counted in the summary
        actions = run.html.split('id="actions"', 1)[1]
        assert actions.index('id="act-takedown_failed"') < actions.index('id="act-impostor"')
        summary = run.html.split('id="summary"', 1)[1].split("</section>", 1)[0]
        assert 'href="#act-takedown_failed"><span class="kpi-n">1<' in summary, name
        case = case_of(item(run.html, "takedown_failed"))
        steps = ("Impostor confirmed", "Takedown requested", "Taken down")
        assert [case.index(x) for x in steps] == sorted(case.index(x) for x in steps), name
        assert "mehmet" in case, name
    # the reopen is news once: --fail-on fires for it, not again in the next audit
    assert walk.runs["failed"].returncode == 3
    assert walk.runs["still_failed"].returncode == 0


@pytest.mark.slow
def test_a_takedown_that_worked_leaves_the_action_list(walk: Walk) -> None:
    gone = walk.runs["gone"]
    assert gone[TAKEN_DOWN]["status"] == "resolved"
    assert group_of(gone.html) == []
