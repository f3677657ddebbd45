"""Decisions compared as instants, never as text (issue #11, the reviewer's loop).

The report page stamps a decision ``...Z``, the database ``+00:00``, and a database another
tool or an older brandsweep wrote may hold a reviewer's ``+03:00``: "14:30+03:00" is 11:30 UTC,
before "13:00Z", though it sorts after it as text. Which decision is a profile's newest, the
order of its case file, and which decisions were recorded after an audit go by the instant.
A reviewer who decided twice, once before the audit's end and once after, sees both in the
order made, and only what the audit did not know marked "after the audit". Fast: a store in
memory, no crawl."""

from __future__ import annotations

from dataclasses import replace

from crawler.runner import _cases_as_of, later_decisions, recorded_after
from crawler.store import Store
from matching.models import Triage, TriageDecision
from reports.i18n import instant

FINISHED = "2026-11-20T12:00:00+00:00"  # the audit's end
KEY = ("instagram", "northwindcoffee_support")
#: before the audit's end (11:30 UTC), written in Istanbul's offset: after it as text
BEFORE = Triage(*KEY, TriageDecision.IMPOSTOR_CONFIRMED, None, "2026-11-20T14:30:00+03:00",
                by="ayse")
#: after the audit's end, stamped by the page: before BEFORE as text
AFTER = Triage(*KEY, TriageDecision.TAKEDOWN_REQUESTED, None, "2026-11-20T13:00:00.000Z",
               by="ayse")


def test_instant_reads_every_offset_and_puts_the_unknown_first():
    assert instant("2026-11-20T14:30:00+03:00") < instant("2026-11-20T13:00:00.000Z")
    assert instant("2026-11-20T11:30:00Z") == instant("2026-11-20T14:30:00+03:00")
    assert instant(None) < instant("1970-01-01T00:00:00Z") and instant("soon") == instant(None)


def _store() -> Store:
    store = Store(":memory:")
    # made and recorded before the audit's end (both said in +03:00), the second after it
    store.set_triage(BEFORE, recorded_at="2026-11-20T14:31:00+03:00")
    store.set_triage(AFTER, recorded_at="2026-11-20T13:00:05Z")
    return store


def test_the_newest_decision_and_the_case_order_go_by_the_instant():
    store = _store()
    try:
        assert store.triage()[KEY] == AFTER
        assert store.triage_history(*KEY) == [BEFORE, AFTER]
        assert store.triage_histories()[KEY] == [BEFORE, AFTER]
        assert [t for t, _ in store.triage_recorded()[KEY]] == [BEFORE, AFTER]
    finally:
        store.close()


def test_only_what_was_recorded_after_the_audits_end_is_later():
    store = _store()
    try:
        assert later_decisions(store, FINISHED) == {"instagram:northwindcoffee_support": AFTER}
        assert recorded_after(store, FINISHED) == (AFTER,)
        # the report as it stood at the audit's end: the first decision only
        assert _cases_as_of(store, FINISHED) == {"instagram:northwindcoffee_support": (BEFORE,)}
        # an audit that ended in Istanbul's afternoon, said in its offset: after both
        assert later_decisions(store, "2026-11-20T16:30:00+03:00") == {}
        assert recorded_after(store, "2026-11-20T16:30:00+03:00") == ()
    finally:
        store.close()


def _case_steps(history, later, recorded):
    from reports import build_view, sample
    from reports.view import with_later_decisions

    audit = replace(sample.audit(), finished_at=FINISHED, later_decisions=later,
                    recorded_after=recorded,
                    triage_history={"instagram:northwindcoffee_support": history})
    view = build_view(sample.inventory(), with_later_decisions(sample.findings(), later), audit)
    return [(s.decision, s.after) for g in view.actions for it in g.items
            if it.row.handle_plain == "northwindcoffee_support" for s in it.case]


def test_the_case_file_lists_both_decisions_in_order_and_marks_the_later_one_only():
    later = {"instagram:northwindcoffee_support": AFTER}
    # handed over in text order (as a database sorted by text gave them): shown by instant
    steps = _case_steps((AFTER, BEFORE), later, (AFTER,))
    assert steps == [("Impostor confirmed", False), ("Takedown requested", True)], steps


def test_every_decision_imported_after_the_audit_is_marked_not_only_the_newest():
    """Both made on the page before the audit ended, imported together after it: the audit
    knew neither, so the case file marks both (the finding shows the newest)."""
    first = replace(BEFORE, decided_at="2026-11-20T10:00:00.000Z")
    second = replace(AFTER, decided_at="2026-11-20T11:00:00.000Z")
    store = Store(":memory:")
    try:
        for t in (first, second):
            store.set_triage(t, recorded_at="2026-11-21T08:00:00+00:00")
        later = later_decisions(store, FINISHED)
        recorded = recorded_after(store, FINISHED)
    finally:
        store.close()
    assert later == {"instagram:northwindcoffee_support": second}
    assert set(recorded) == {first, second}
    steps = _case_steps((first, second), later, recorded)
    assert steps == [("Impostor confirmed", True), ("Takedown requested", True)], steps
