"""A reviewer's decision wins over the classifier's on a profile the audit could not read (a
login wall): matching/classify.apply_triage, and the report's sentence saying so. Pure
functions, no audit."""

from __future__ import annotations

import pytest

from matching.classify import apply_triage
from matching.models import (
    Evidence,
    Finding,
    FindingClass,
    ProbeState,
    Severity,
    Triage,
    TriageDecision,
)
from reports.i18n import Translator
from reports.sentences import sentence, text_of


def walled(cls: FindingClass = FindingClass.IMPOSTOR,
           state: ProbeState = ProbeState.UNVERIFIABLE) -> Finding:
    return Finding(
        "facebook", "brand.giveaway", "https://facebook.test/brand.giveaway", "Brand Giveaway",
        cls, Severity.HIGH if cls == FindingClass.IMPOSTOR else None, 0.9, "Brand", None,
        evidence=(Evidence("scam_wording", "giveaway", "from a search result"),),
        probe_state=state, probe_reason="login_wall", imitates=("facebook", "brand"),
    )


def decided(decision: TriageDecision) -> Triage:
    return Triage("facebook", "brand.giveaway", decision, note="checked logged in",
                  decided_at="2026-12-01")


@pytest.mark.parametrize(("decision", "expected"), [
    (TriageDecision.FALSE_POSITIVE, FindingClass.UNRELATED),
    (TriageDecision.ALLOW, FindingClass.UNRELATED),
    (TriageDecision.FAN, FindingClass.FAN),
    (TriageDecision.OFFICIAL, FindingClass.OFFICIAL_UNLISTED),
])
def test_a_walled_impostor_cleared_by_a_reviewer_takes_their_class(
        decision: TriageDecision, expected: FindingClass) -> None:
    f = apply_triage(walled(), decided(decision))
    assert f.cls == expected and f.severity is None
    assert f.triage == decided(decision)
    assert f.evidence[0].signal == "triage"
    assert f.evidence[0].detail.endswith("over the audit's own reading 'impostor'")
    assert f.evidence[1:] == walled().evidence  # what made the audit suspect it stays


def test_a_walled_unverified_profile_confirmed_by_a_reviewer_is_an_impostor() -> None:
    f = apply_triage(walled(FindingClass.UNVERIFIED), decided(TriageDecision.IMPOSTOR_CONFIRMED))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM


def test_a_decision_that_agrees_says_nothing_of_an_override() -> None:
    f = apply_triage(walled(), decided(TriageDecision.TAKEDOWN_REQUESTED))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH
    assert "own reading" not in f.evidence[0].detail


def test_taken_down_on_a_walled_page_and_a_gone_profile_keep_their_class() -> None:
    # the audit cannot tell a walled page is back; a profile no longer there has nothing to class
    t = apply_triage(walled(FindingClass.UNVERIFIED), decided(TriageDecision.TAKEN_DOWN))
    assert t.cls == FindingClass.UNVERIFIED and t.triage is not None
    gone = apply_triage(walled(FindingClass.UNRELATED, ProbeState.NOT_FOUND),
                        decided(TriageDecision.IMPOSTOR_CONFIRMED))
    assert gone.cls == FindingClass.UNRELATED and gone.evidence == walled().evidence


def test_the_report_says_what_the_audit_had_read() -> None:
    ev = apply_triage(walled(), decided(TriageDecision.FALSE_POSITIVE)).evidence[0]
    en = text_of(sentence(Translator("en"), ev))
    assert en == "a reviewer's decision: False positive (the audit had it as Impostor)"
    tr = text_of(sentence(Translator("tr"), ev))
    assert "Taklitçi" in tr and "Impostor" not in tr
    plain = Evidence("triage", "fan", "reviewer decided 'fan'")
    assert text_of(sentence(Translator("en"), plain)) == "a reviewer's decision: Fan / parody"


def _reopened_fan():
    """sample's impostor, decided 'fan' by a reviewer, reopened by history: it now shows
    impostor signals (matching/history.py)."""
    from dataclasses import replace

    from matching.models import Status
    from reports import sample

    base = sample.findings()
    imp = base[1]
    why = ("triaged 'fan', but it now shows impostor signals (official logo or lookalike "
           "link, with scam wording)")
    return base, replace(
        imp, triage=Triage(imp.platform, imp.handle, TriageDecision.FAN, None, "2026-10-01"),
        status=Status.REOPENED, status_detail=why,
        evidence=(Evidence("reopened", True, why), *imp.evidence))


def test_a_cleared_profile_history_reopened_is_on_the_list_to_report_again() -> None:
    """It was left off the list and counted 'cleared by a reviewer', the very case history
    reopens for a reviewer to see."""
    from reports import sample
    from reports.view import build_view

    base, imp = _reopened_fan()
    view = build_view(sample.inventory(), [base[0], imp], sample.audit())
    listed = [a.row.handle_plain for g in view.actions if g.key == "impostor" for a in g.items]
    assert imp.handle in listed
    assert "cleared by a reviewer" not in view.headline


def test_evidence_all_packs_a_cleared_profile_history_reopened() -> None:
    from types import SimpleNamespace

    from crawler.evidence import batch_keys

    base, imp = _reopened_fan()
    store = SimpleNamespace(triage=lambda: {imp.key: imp.triage}, latest_audit=lambda: 3,
                            findings=lambda audit: [imp])
    assert batch_keys(store, None) == [imp.key]  # type: ignore[arg-type]
