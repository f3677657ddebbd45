"""``brandsweep triage`` and ``report`` cannot go wrong quietly: every mistake is exit 2 and says
the fix. In-process through click's runner (no crawl, so no reactor), against a real SQLite
store holding one audit that observed a few profiles."""

from __future__ import annotations

import getpass
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import main
from crawler.store import Store
from matching.models import ProbeState, ProfileObservation
from reports import sample

SEEN = {
    "instagram": ("northwindcoffee_support", "northwindcoffee", "n0rthwindcoffee"),
    "x": ("northwindcare",),
}


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "audits.db"
    with Store(path) as store:
        audit = store.begin_audit(sample.inventory(), {})
        for platform, handles in SEEN.items():
            for handle in handles:
                store.add_observation(audit, ProfileObservation(
                    platform, handle, f"https://{platform}.test/{handle}", ProbeState.FOUND,
                    fetched_at="2026-11-01T10:00:00+00:00"))
        store.finish_audit(audit, counts={})
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def decisions(db: Path) -> dict:
    with Store(db) as store:
        return store.triage()


def test_a_database_that_does_not_exist_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    got = run("triage", "--db", str(missing), "instagram:northwindcoffee_support",
              "--as", "fan")
    assert got.exit_code == 2
    assert f"no database at {missing}" in got.output
    assert "brandsweep audit INVENTORY --db" in got.output  # how to make one
    assert not missing.exists()
    assert run("triage", "--db", str(missing), "--list").exit_code == 2
    assert not missing.exists()


def test_a_profile_no_audit_has_seen_is_refused_with_near_matches(db: Path) -> None:
    got = run("triage", "--db", str(db), "instagram:northwindcofee_support", "--as", "fan")
    assert got.exit_code == 2
    assert "no audit has seen instagram:northwindcofee_support" in got.output
    assert "instagram:northwindcoffee_support" in got.output  # the near match
    # the same handle seen on another platform is named too
    got = run("triage", "--db", str(db), "instagram:northwindcare", "--as", "fan")
    assert got.exit_code == 2 and "x:northwindcare" in got.output
    assert decisions(db) == {}


def test_a_profile_url_is_read_through_the_catalog(db: Path) -> None:
    got = run("triage", "--db", str(db), "https://www.instagram.com/NorthwindCoffee_Support/",
              "--as", "impostor_confirmed", "--by", "ayse")
    assert got.exit_code == 0, got.output
    assert "instagram:northwindcoffee_support triaged as impostor_confirmed by ayse" in got.output
    assert ("instagram", "northwindcoffee_support") in decisions(db)
    bad = run("triage", "--db", str(db), "https://example.com/northwind", "--as", "fan")
    assert bad.exit_code == 2 and "not a profile URL" in bad.output


@pytest.mark.parametrize("alias", ["twitter", "Twitter"])
def test_platform_aliases(db: Path, alias: str) -> None:
    got = run("triage", "--db", str(db), f"{alias}:@NorthwindCare", "--as", "official")
    assert got.exit_code == 0, got.output
    assert decisions(db)[("x", "northwindcare")].decision.value == "official"


def test_an_unknown_platform_suggests_the_near_one(db: Path) -> None:
    got = run("triage", "--db", str(db), "instagran:northwindcoffee", "--as", "fan")
    assert got.exit_code == 2 and "did you mean 'instagram'?" in got.output


def test_missing_decision_or_profile_is_exit_2(db: Path) -> None:
    got = run("triage", "--db", str(db), "instagram:northwindcoffee_support")
    assert got.exit_code == 2 and "--as DECISION" in got.output
    assert run("triage", "--db", str(db)).exit_code == 2
    assert run("triage", "--db", str(db), "--json").exit_code == 2
    got = run("triage", "--db", str(db), "instagram:northwindcoffee_support", "--as", "gone")
    assert got.exit_code == 2


def test_reviewer_is_kept_and_the_replaced_decision_is_shown(db: Path) -> None:
    first = run("triage", "--db", str(db), "ig:n0rthwindcoffee", "--as", "fan", "--by", "ayse")
    assert first.exit_code == 0 and "(was:" not in first.output
    second = run("triage", "--db", str(db), "instagram:n0rthwindcoffee", "--as",
                 "impostor_confirmed")  # --by defaults to the OS user
    assert second.exit_code == 0, second.output
    # the day and the minute, as --import prints them ("on 2 Nov 2026 14:05 (UTC+03:00)")
    assert re.search(r"\(was: fan by ayse on \d+ \w+ 20\d\d \d\d:\d\d \(UTC", second.output)
    current = decisions(db)[("instagram", "n0rthwindcoffee")]
    assert current.decision.value == "impostor_confirmed" and current.by == getpass.getuser()


def test_list_shows_each_case_and_json_has_the_history(db: Path) -> None:
    for decision in ("impostor_confirmed", "takedown_requested", "taken_down"):
        got = run("triage", "--db", str(db), "instagram:n0rthwindcoffee", "--as", decision,
                  "--by", "mehmet", "--note", f"step {decision}")
        assert got.exit_code == 0, got.output
    text = run("triage", "--db", str(db), "--list")
    assert text.exit_code == 0
    line = next(x for x in text.output.splitlines() if x.startswith("instagram:n0rthwindcoffee"))
    assert "impostor_confirmed" in line and "takedown_requested" in line and "taken_down" in line
    assert "(mehmet)" in line and "audit 1: found" in line
    got = run("triage", "--db", str(db), "--list", "--json")
    assert got.exit_code == 0
    cases = json.loads(got.output)
    assert [c["decision"] for c in cases] == ["taken_down"]
    assert [h["decision"] for h in cases[0]["history"]] == [
        "impostor_confirmed", "takedown_requested", "taken_down"]
    assert cases[0]["by"] == "mehmet" and cases[0]["last_state"] == "found"


def test_report_on_an_empty_database_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    Store(empty).close()
    got = run("report", "--db", str(empty), "--out", str(tmp_path / "r"))
    assert got.exit_code == 2
    assert "holds no audit yet" in got.output and "None" not in got.output


def test_triage_speaks_the_reviewers_language(db: Path) -> None:
    """A Turkish team's triage answered in English: --lang (else the audited inventory's
    language, else the machine's) chooses it; the decision keeps its code, which --as takes."""
    first = run("triage", "--db", str(db), "ig:n0rthwindcoffee", "--as", "fan", "--by", "ayse",
                "--lang", "tr")
    assert first.exit_code == 0, first.output
    assert first.output.startswith(
        "instagram:n0rthwindcoffee için karar kaydedildi: Hayran / parodi (fan), ayse, ")
    second = run("triage", "--db", str(db), "ig:n0rthwindcoffee", "--as", "impostor_confirmed",
                 "--by", "mehmet", "--lang", "tr", "--note", "IBAN istiyor")
    assert "(önceki: Hayran / parodi (fan), ayse, " in second.output
    listed = run("triage", "--db", str(db), "--list", "--lang", "tr").output
    assert "[denetim 1: bulundu]  not: IBAN istiyor" in listed
    # each decision by its label, then the code --as takes (it was the code alone)
    assert "Hayran / parodi (fan) " in listed and " -> " in listed
    english = run("triage", "--db", str(db), "--list", "--lang", "en").output
    assert "[audit 1: found]  note: IBAN istiyor" in english


def test_an_imported_decision_keeps_the_reviewers_reason(tmp_path: Path) -> None:
    """report.html's decisions carried no reason: 'overruled' with nothing saying why. A
    reason typed in the page is kept with where it was made; a bad one is refused."""
    from crawler.decisions import DecisionsError, plan_import, read_decisions

    def plan(entry: dict):
        doc = {"format": "brandsweep-decisions", "version": 1,
               "audit": {"id": "7", "started_at": "2025-03-01T10:00:00Z"}, "reviewer": "Ayşe",
               "exported_at": "2025-03-02T09:00:00Z",
               "decisions": [{"profile": "instagram:northwindcoffee_support",
                              "decision": "false_positive", **entry}]}
        path = tmp_path / "d.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        data, text = read_decisions(path)
        return plan_import(path, data, text, {7: {"id": 7}}, lambda _id: sample.findings(), {})

    got = plan({"note": "  our old  help desk page "}).applied[0]
    assert got.note == "our old help desk page (in report.html of audit 7)"
    assert plan({}).applied[0].note == "in report.html of audit 7"
    for bad, says in (({"note": 5}, "must be text"), ({"note": "x" * 1001}, "keep it under")):
        with pytest.raises(DecisionsError, match=says):
            plan(bad)


def test_a_triage_mistake_is_said_in_the_reviewers_language(db: Path) -> None:
    got = run("triage", "--db", str(db), "instagram:northwindcofee_support", "--as", "fan",
              "--lang", "tr")
    assert got.exit_code == 2
    assert "hiçbir denetim instagram:northwindcofee_support profilini görmedi; görülenler: " \
        "instagram:northwindcoffee_support" in got.output
    missing = run("triage", "--db", str(db), "instagram:northwindcoffee_support", "--lang", "tr")
    assert missing.exit_code == 2 and "--as KARAR verin" in missing.output


def test_list_shows_each_decisions_instant_as_the_report_does(db: Path) -> None:
    """``triage --list`` printed a decision's day as stored ('2026-11-02', the UTC day, in
    English) or a day without its time (Turkish), where the report prints the instant in the
    reader's zone with its offset: both show ``2 Kas 2026 01:30 (UTC+03:00)`` now, the day
    itself moved by the zone (22:30 UTC on the 1st is the 2nd in Istanbul)."""
    from matching.models import Triage, TriageDecision

    with Store(db) as store:
        store.set_triage(Triage("instagram", "n0rthwindcoffee", TriageDecision.FAN, None,
                                "2026-11-01T22:30:00+00:00", by="ayse"))
    turkish = run("triage", "--db", str(db), "--list", "--lang", "tr",
                  "--timezone", "Europe/Istanbul").output
    assert "Hayran / parodi (fan) 2 Kas 2026 01:30 (UTC+03:00) (ayse)" in turkish, turkish
    english = run("triage", "--db", str(db), "--list", "--lang", "en",
                  "--timezone", "Europe/Istanbul").output
    assert "fan 2 Nov 2026 01:30 (UTC+03:00) (ayse)" in english, english
    assert "2026-11-01" not in english
    utc = run("triage", "--db", str(db), "--list", "--lang", "en", "--timezone", "UTC").output
    assert "fan 1 Nov 2026 22:30 (UTC) (ayse)" in utc, utc
    # the machine-readable list keeps the stored instant
    got = json.loads(run("triage", "--db", str(db), "--list", "--json").output)
    assert got[0]["history"][0]["decided_at"] == "2026-11-01T22:30:00+00:00"
