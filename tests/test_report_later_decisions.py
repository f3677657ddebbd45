"""The reviewer's loop (ux19): a re-rendered report shows the decisions recorded after its
audit, marked so, with the counts and next steps following them, while the audit's findings
(class, severity, evidence) stay as stored; ``--as-of-audit`` renders it as it stood, and an
audit a later one superseded is rendered as it stood by default. Fast: a store in memory."""

from __future__ import annotations

from dataclasses import replace

from crawler.runner import later_decisions, superseded
from crawler.store import Store
from matching.models import Triage, TriageDecision
from reports import build_view, render_html, sample
from reports.view import with_later_decisions

FINISHED = sample.audit().finished_at  # 2025-03-01T10:04:12+00:00


def _store_with(*decisions: Triage) -> Store:
    store = Store(":memory:")
    for t in decisions:
        store.set_triage(t, recorded_at=t.decided_at)  # imported as soon as it was made
    return store


def test_only_decisions_recorded_after_the_audit_are_later_and_findings_keep_their_class():
    before = Triage("instagram", "northwindcoffee_support", TriageDecision.FAN, None,
                    "2025-03-01T09:00:00+00:00")
    after = Triage("instagram", "northwindcoffee_support", TriageDecision.IMPOSTOR_CONFIRMED,
                   "checked", "2025-03-02T08:00:00+00:00", by="ayse")
    other = Triage("instagram", "northwind.coffee.tr", TriageDecision.FALSE_POSITIVE, None,
                   "2025-03-01T10:00:00+00:00")  # before the audit's end: already its own
    store = _store_with(before, after, other)
    try:
        later = later_decisions(store, FINISHED)
        assert later == {"instagram:northwindcoffee_support": after}
        assert later_decisions(store, None) == {}  # an unfinished audit has none
    finally:
        store.close()
    findings = sample.findings()
    shown = with_later_decisions(findings, later)
    changed = [(a, b) for a, b in zip(findings, shown, strict=True) if a is not b]
    assert len(changed) == 1
    was, now = changed[0]
    assert now.triage == after
    # the audit's own finding is untouched (issue #9): only the decision is newer
    assert (now.cls, now.severity, now.evidence, now.score) == (
        was.cls, was.severity, was.evidence, was.score)


def test_the_rerendered_report_marks_later_decisions_and_counts_follow_them():
    findings = sample.findings()
    t = Triage("instagram", "northwindcoffee_support", TriageDecision.FALSE_POSITIVE, None,
               "2025-03-02T08:00:00+00:00", by="ayse")
    later = {"instagram:northwindcoffee_support": t}
    audit = replace(sample.audit(), later_decisions=later,
                    triage_history={"instagram:northwindcoffee_support": (t,)})
    view = build_view(sample.inventory(), with_later_decisions(findings, later), audit)
    row = next(r for r in view.rows if r.handle_plain == "northwindcoffee_support")
    assert row.cls == "impostor" and row.severity == "high"  # as the audit stored it
    assert row.triage == "false_positive"
    assert row.triage_after == "recorded after the audit, 2 Mar 2025 08:00 (UTC) by ayse"
    undecided = {c.key: c.count for c in view.filter_decisions}["undecided"]
    plain = build_view(sample.inventory(), findings, sample.audit())
    assert undecided == {c.key: c.count for c in plain.filter_decisions}["undecided"] - 1
    # a cleared impostor leaves "Impostors to report": the next step follows the decision
    to_report = next(g for g in view.actions if g.key == "impostor")
    assert all(it.row.handle_plain != "northwindcoffee_support" for it in to_report.items)
    assert view.later_note is not None and "--as-of-audit" in view.later_note
    html = render_html(view)
    assert 'id="later-decisions"' in html and "recorded after the audit, 2 Mar 2025" in html
    assert plain.later_note is None and 'id="later-decisions"' not in render_html(plain)


def test_a_report_as_of_its_audit_says_how_many_later_decisions_it_leaves_out():
    view = build_view(sample.inventory(), sample.findings(),
                      replace(sample.audit(), later_hidden=2))
    assert all(r.triage_after is None for r in view.rows)
    assert view.later_note is not None and "2 profiles" in view.later_note
    assert "--with-later-decisions" in view.later_note
    tr = build_view(sample.inventory(), sample.findings(),
                    replace(sample.audit(), later_hidden=2, lang="tr"))
    assert tr.later_note is not None and tr.later_note.startswith("Bu rapor kararları")


def test_only_the_newest_audit_of_an_inventory_shows_later_decisions_by_default():
    store = Store(":memory:")
    try:
        inv = sample.inventory()
        first = store.begin_audit(inv)
        store.finish_audit(first)
        second = store.begin_audit(inv)
        assert not superseded(store, first)  # one still running supersedes nothing yet
        store.finish_audit(second)
        assert superseded(store, first) and not superseded(store, second)
        interrupted = store.begin_audit(inv)
        store.finish_audit(interrupted, complete=False)
        assert not superseded(store, second)  # a partial audit supersedes nothing
    finally:
        store.close()


def test_findings_json_says_which_decision_was_recorded_after_the_audit(tmp_path):
    import json

    from reports.exports import write_json

    t = Triage("instagram", "northwindcoffee_support", TriageDecision.IMPOSTOR_CONFIRMED, None,
               "2025-03-02T08:00:00+00:00")
    later = {"instagram:northwindcoffee_support": t}
    path = write_json(tmp_path / "findings.json",
                      with_later_decisions(sample.findings(), later), later=later)
    rows = {d["handle"]: d for d in json.loads(path.read_text(encoding="utf-8"))}
    assert rows["northwindcoffee_support"]["triage"] == "impostor_confirmed"
    assert rows["northwindcoffee_support"]["triage_after_audit"] is True
    assert not any(d["triage_after_audit"] for h, d in rows.items()
                   if h != "northwindcoffee_support")


def test_brandsweep_report_renders_the_newest_audit_with_later_decisions(tmp_path):
    """``render`` (what ``brandsweep report`` calls) on a store in memory: the newest audit
    shows the later decision, marked, and counts it; ``as_of_audit=True`` leaves it out and
    says so; the stored findings are not touched."""
    import json

    from crawler.runner import render

    store = Store(":memory:")
    try:
        inv = sample.inventory()
        audit = store.begin_audit(inv)
        store.save_findings(audit, sample.findings())
        store.finish_audit(audit)
        stored = store.findings(audit)
        when = store.audit(audit)["finished_at"]
        store.set_triage(Triage("instagram", "northwindcoffee_support",
                                TriageDecision.FALSE_POSITIVE, None, "2999-01-01T00:00:00+00:00",
                                by="ayse"))
        assert when < "2999"
        told: list[tuple[int, bool]] = []
        paths = render(store, audit, inv, tmp_path / "now", lang="en", timezone="UTC",
                       on_later=lambda n, shown: told.append((n, shown)))
        assert told == [(1, True)]
        html = paths["report.html"].read_text(encoding="utf-8")
        assert 'id="later-decisions"' in html and "recorded after the audit, 1 Jan 2999" in html
        rows = {d["handle"]: d for d in json.loads(paths["findings.json"].read_text("utf-8"))}
        assert rows["northwindcoffee_support"]["triage"] == "false_positive"
        assert rows["northwindcoffee_support"]["class"] == "impostor"  # the audit's own
        strict = render(store, audit, inv, tmp_path / "then", lang="en", timezone="UTC",
                        as_of_audit=True, on_later=lambda n, shown: told.append((n, shown)))
        assert told == [(1, True), (1, False)]
        html = strict["report.html"].read_text(encoding="utf-8")
        assert "recorded after the audit, 1 Jan 2999" not in html
        assert "1 profile has a decision recorded since" in html
        assert store.findings(audit) == stored  # history is never rewritten
    finally:
        store.close()


def test_the_report_command_says_which_decisions_it_shows():
    from crawler.cli import later_line
    from reports.i18n import Translator

    assert later_line(Translator("en"), 7, 3, True) == (
        "3 decisions recorded after audit 7 are shown, marked as such (--as-of-audit: the "
        "report as it stood)")
    assert later_line(Translator("en"), 7, 1, False) == (
        "1 profile of audit 7 has a decision recorded since, not shown "
        "(--with-later-decisions adds it)")
    assert later_line(Translator("tr"), 7, 3, True).startswith(
        "denetim 7 sonrasında kaydedilen 3 karar")


def test_findings_csv_and_xlsx_say_it_too_in_a_last_column(tmp_path):
    """The CSV (either language) and the spreadsheet's "All findings" carry what the JSON's
    ``triage_after_audit`` says, in a column after the contract's and the older extras."""
    from reports.exports import FIELDS, read_csv, write_csv

    t = Triage("instagram", "northwindcoffee_support", TriageDecision.IMPOSTOR_CONFIRMED, None,
               "2025-03-02T08:00:00+00:00", by="ayse")
    later = {"instagram:northwindcoffee_support": t}
    shown = with_later_decisions(sample.findings(), later)
    assert FIELDS[-1] == "triage_after_audit"
    for lang in ("en", "tr"):
        rows = read_csv(write_csv(tmp_path / f"{lang}.csv", shown, lang, later=later))
        after = {r["handle"]: r["triage_after_audit"] for r in rows}
        assert after.pop("northwindcoffee_support") == "true"
        assert set(after.values()) == {"false"}
    head = (tmp_path / "tr.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert head.endswith(";Denetimden sonra kaydedilen karar")
    openpyxl = __import__("pytest").importorskip("openpyxl")
    from reports import write_outputs

    audit = replace(sample.audit(), later_decisions=later)
    paths = write_outputs(tmp_path / "out", replace(sample.inventory(), source=None), shown,
                          audit, sample.history(), only=("findings.xlsx",))
    ws = openpyxl.load_workbook(paths["findings.xlsx"])["All findings"]
    head = [c.value for c in ws[1]]
    assert head[-1] == "Decision recorded after the audit"
    cells = {r[4]: r[-1] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert cells.pop("northwindcoffee_support").startswith("recorded after the audit, 2 Mar")
    assert set(cells.values()) == {None}


def test_a_later_decision_is_found_under_the_handle_or_its_lower_case_in_one_place():
    """One lookup (``reports.view.later_decision``) for the findings shown, the report's mark
    and the exports: a decision typed in lower case reaches a mixed-case handle."""
    from reports.view import later_decision, shown_after_audit

    t = Triage("x", "northwindcare", TriageDecision.OFFICIAL, None, "2025-03-02T08:00:00+00:00")
    later = {"x:northwindcare": t}
    f = next(f for f in sample.findings() if f.handle == "NorthwindCare")
    assert later_decision(later, f) is t
    assert shown_after_audit(later, f) is None  # the finding does not carry it yet
    (g,) = with_later_decisions([f], later)
    assert g.triage is t and shown_after_audit(later, g) is t
