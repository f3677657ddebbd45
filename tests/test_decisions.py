"""``triage --import``: the decisions file exported from report.html, checked before anything is
recorded. Pure (no database): the audits, findings and current decisions are given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.decisions import DecisionsError, plan_import, read_decisions
from matching.models import Triage, TriageDecision
from reports import sample

AUDITS = {7: {"id": 7, "started_at": "2025-03-01T10:00:00+00:00"}}


def write(tmp_path: Path, decisions, **top) -> Path:
    doc = {
        "format": "brandsweep-decisions",
        "version": 1,
        "audit": {"id": "7", "started_at": "2025-03-01T10:00:00.000Z"},
        "reviewer": "Ayşe",
        "exported_at": "2025-03-02T09:00:00.000Z",
        "decisions": decisions,
        **top,
    }
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def plan(path: Path, current=None, by=None):
    data, text = read_decisions(path)
    return plan_import(path, data, text, AUDITS, lambda _id: sample.findings(), current or {}, by)


def test_a_good_file_is_planned_with_reviewer_and_time(tmp_path):
    path = write(tmp_path, [
        {"profile": "instagram:northwindcoffee_support", "decision": "impostor_confirmed",
         "decided_at": "2025-03-02T08:59:00.250Z"},
        # the page keys a handle with invisible characters by its visible form
        {"profile": "x:N[U+200B]orthwindCare", "decision": "taken_down"},
    ])
    result = plan(path)
    assert [(t.platform, t.handle, t.decision) for t in result.applied] == [
        ("instagram", "northwindcoffee_support", TriageDecision.IMPOSTOR_CONFIRMED),
        ("x", "N\u200borthwindCare", TriageDecision.TAKEN_DOWN),
    ]
    assert result.applied[0].decided_at == "2025-03-02T08:59:00+00:00"
    assert result.applied[1].decided_at == "2025-03-02T09:00:00+00:00"  # exported_at
    assert all("Ayşe" in (getattr(t, "by", None) or t.note or "") for t in result.applied)


def test_second_import_changes_nothing_and_later_decisions_win(tmp_path):
    path = write(tmp_path, [
        {"profile": "instagram:northwindcoffee_support", "decision": "fan",
         "decided_at": "2025-03-02T08:00:00Z"},
        {"profile": "github:northwind", "decision": "false_positive",
         "decided_at": "2025-03-02T08:00:00Z"},
    ])
    current = {
        ("instagram", "northwindcoffee_support"): Triage(
            "instagram", "northwindcoffee_support", TriageDecision.FAN, None,
            "2025-03-02T08:00:00+00:00"),
        ("github", "northwind"): Triage(
            "github", "northwind", TriageDecision.OFFICIAL, "later, on the CLI",
            "2025-03-03T08:00:00+00:00"),
    }
    result = plan(path, current)
    assert result.applied == []
    assert [t.handle for t in result.unchanged] == ["northwindcoffee_support"]
    assert [t.handle for t in result.superseded] == ["northwind"]


@pytest.mark.parametrize("decisions,top,by,message", [
    ([{"profile": "instagram:nobody", "decision": "fan"}], {}, None,
     "line 12 (instagram:nobody): not a finding of audit 7"),
    ([{"profile": "github:northwind", "decision": "maybe"}], {}, None, "unknown decision 'maybe'"),
    ([{"profile": "github:northwind", "decision": "fan"}], {"reviewer": ""}, None,
     "no reviewer named"),
    ([{"profile": "github:northwind", "decision": "fan", "decided_at": "yesterday"}], {}, None,
     "is not an ISO 8601 time"),
    ([{"profile": "github:northwind", "decision": "fan"}] * 2, {}, None, "appears twice"),
    ([], {"audit": {"id": "8"}}, None, "audit 8 is not in this database"),
    ([], {"audit": {"id": "7", "started_at": "2024-01-01T00:00:00Z"}}, None,
     "it is another database"),
])
def test_problems_are_listed_and_nothing_is_planned(tmp_path, decisions, top, by, message):
    path = write(tmp_path, decisions, **top)
    with pytest.raises(DecisionsError) as err:
        plan(path, by=by)
    assert message in str(err.value) and str(path) in str(err.value)


def test_by_names_the_reviewer_when_the_file_does_not(tmp_path):
    path = write(tmp_path, [{"profile": "github:northwind", "decision": "fan"}], reviewer="")
    t = plan(path, by="Mehmet").applied[0]
    assert getattr(t, "by", None) == "Mehmet" or t.note.startswith("by Mehmet")


@pytest.mark.parametrize("text,message", [
    ('{"format": "brandsweep-decisions",\n "version": 1,,}', "line 2, column"),
    ('{"decisions": []}', "not a brandsweep decisions file"),
    ('{"format": "brandsweep-decisions", "version": 9}', "version 9 is not supported"),
])
def test_files_that_are_not_decisions_files(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DecisionsError) as err:
        read_decisions(path)
    assert message in str(err.value)


# --------------------------------------------------------------------------- the CLI, end to end


def brandsweep(*args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True,
                          text=True, timeout=300, cwd=Path(__file__).resolve().parent.parent)


@pytest.fixture(scope="module")
def stored_db(tmp_path_factory):
    from crawler.store import Store

    db = tmp_path_factory.mktemp("cli") / "audits.db"
    with Store(db) as store:
        audit_id = store.begin_audit(sample.inventory())
        store.save_findings(audit_id, sample.findings())
        store.finish_audit(audit_id)
    return db


def test_report_in_turkish_and_another_zone(stored_db, tmp_path):
    res = brandsweep("report", "--db", str(stored_db), "--out", str(tmp_path / "tr"),
                     "--lang", "tr", "--timezone", "Asia/Tokyo")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("rapor: ")
    html = (tmp_path / "tr" / "report.html").read_text(encoding="utf-8")
    assert '<html lang="tr"' in html and "(UTC+09:00)" in html
    head = (tmp_path / "tr" / "findings.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert head.startswith("Platform;Kullanıcı adı;")


@pytest.mark.parametrize("args,message", [
    (("--timezone", "Mars/Olympus"), "unknown time zone 'Mars/Olympus'"),
    (("--lang", "de"), "'de' is not one of 'en', 'tr'"),
])
def test_bad_language_or_zone_is_exit_2(stored_db, tmp_path, args, message):
    res = brandsweep("report", "--db", str(stored_db), "--out", str(tmp_path / "x"), *args)
    assert res.returncode == 2 and message in res.stderr


def test_import_of_a_bad_file_records_nothing(stored_db, tmp_path):
    path = write(tmp_path, [
        {"profile": "instagram:northwindcoffee_support", "decision": "fan"},
        {"profile": "instagram:nobody", "decision": "fan"},
    ], audit={"id": "1"})
    res = brandsweep("triage", "--db", str(stored_db), "--import", str(path))
    assert res.returncode == 2
    assert "(instagram:nobody): not a finding of audit 1" in res.stderr
    assert "nothing was recorded" in res.stderr
    from crawler.store import Store

    with Store(stored_db) as store:
        assert store.triage() == {}
