"""Decisions recorded late (issue #11, audit integrity): "recorded after the audit" goes by when
a decision reached the database, not when the reviewer made it on the report page, so one made
before the next audit but imported after it shows in that audit's report (it was in neither).
Older rows, whose import time is unknown, go by the time they were made. Fast: a store in
memory, no audit."""

from __future__ import annotations

from crawler.runner import _cases_as_of, later_decisions
from crawler.store import Store
from matching.models import Triage, TriageDecision

FINISHED = "2026-11-20T12:00:00+00:00"  # the second audit's end
MADE = "2026-11-20T09:00:00+00:00"      # on the first audit's page, before the second ended
IMPORTED = "2026-11-21T08:00:00+00:00"  # triage --import, the day after


def test_a_decision_made_before_the_audit_but_imported_after_it_is_later():
    store = Store(":memory:")
    try:
        late = store.set_triage(Triage("instagram", "northwind.destek",
                                       TriageDecision.IMPOSTOR_CONFIRMED, None, MADE),
                                recorded_at=IMPORTED)
        known = store.set_triage(Triage("instagram", "northwind.tr", TriageDecision.FAN, None,
                                        MADE), recorded_at=MADE)
        assert later_decisions(store, FINISHED) == {"instagram:northwind.destek": late}
        # the report as it stood: the case holds what the audit knew
        assert _cases_as_of(store, FINISHED) == {"instagram:northwind.tr": (known,)}
        assert set(_cases_as_of(store, None)) == {"instagram:northwind.destek",
                                                  "instagram:northwind.tr"}
        # recording it again (a second import) keeps when it was first recorded
        store.set_triage(late, recorded_at="2026-11-19T00:00:00+00:00")
        assert later_decisions(store, FINISHED) == {"instagram:northwind.destek": late}
        assert store.triage_recorded()[("instagram", "northwind.destek")] == [(late, IMPORTED)]
    finally:
        store.close()


def test_a_decision_recorded_before_the_time_was_kept_goes_by_when_it_was_made():
    store = Store(":memory:")
    try:
        old = store.set_triage(Triage("x", "northwindhelp", TriageDecision.FALSE_POSITIVE, None,
                                      MADE))
        store.db.execute("UPDATE triage SET recorded_at = NULL")  # a row of an older version
        assert store.triage_recorded()[("x", "northwindhelp")] == [(old, None)]
        assert later_decisions(store, FINISHED) == {}
        assert later_decisions(store, "2026-11-20T08:00:00+00:00") == {"x:northwindhelp": old}
    finally:
        store.close()


def test_the_terminal_the_page_and_the_exports_count_a_late_import_alike(tmp_path):
    """``render`` (what ``brandsweep report`` calls): a decision made before the audit ended
    but imported after it is counted once by the terminal's line, the page's note and the
    exports' ``triage_after_audit`` (the page said nothing of it before)."""
    import csv
    import json

    from crawler.runner import render
    from reports import sample

    store = Store(":memory:")
    try:
        inv = sample.inventory()
        audit = store.begin_audit(inv)
        store.save_findings(audit, sample.findings())
        store.finish_audit(audit)
        store.set_triage(Triage("instagram", "northwindcoffee_support",
                                TriageDecision.FALSE_POSITIVE, None, "2000-01-01T00:00:00+00:00",
                                by="ayse"), recorded_at="2999-01-01T00:00:00+00:00")
        told: list[tuple[int, bool]] = []
        paths = render(store, audit, inv, tmp_path, lang="en", timezone="UTC",
                       on_later=lambda n, shown: told.append((n, shown)))
    finally:
        store.close()
    assert told == [(1, True)]
    html = paths["report.html"].read_text(encoding="utf-8")
    assert "1 decision recorded after this audit is shown" in html
    rows = json.loads(paths["findings.json"].read_text("utf-8"))
    assert [d["handle"] for d in rows if d["triage_after_audit"]] == ["northwindcoffee_support"]
    with paths["findings.csv"].open(encoding="utf-8") as fh:
        flags = [r["triage_after_audit"] for r in csv.DictReader(fh)]
    assert sum(f.lower() in ("true", "1", "yes") for f in flags) == 1, set(flags)


def test_a_case_step_imported_late_is_marked_after_the_audit_on_the_page():
    """A takedown request made before the audit ended but imported after it: the finding's
    row and its case file both say "after the audit" (the case went by when it was made)."""
    from dataclasses import replace

    from reports import build_view, sample
    from reports.view import with_later_decisions

    made = "2025-02-01T08:00:00+00:00"  # before the sample audit's end (1 Mar 2025)
    t = Triage("instagram", "northwindcoffee_support", TriageDecision.TAKEDOWN_REQUESTED, None,
               made, by="ayse")
    later = {"instagram:northwindcoffee_support": t}
    audit = replace(sample.audit(), later_decisions=later,
                    triage_history={"instagram:northwindcoffee_support": (t,)})
    view = build_view(sample.inventory(), with_later_decisions(sample.findings(), later), audit)
    steps = [s for g in view.actions for it in g.items
             if it.row.handle_plain == "northwindcoffee_support" for s in it.case]
    assert steps and all(s.after for s in steps), steps
