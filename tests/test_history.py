"""History: new / changed / unchanged / resolved / reopened, and the reopen rules of triage."""

from __future__ import annotations

from dataclasses import replace

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


def finding(
    handle: str,
    cls: FindingClass = FindingClass.IMPOSTOR,
    *,
    bio: str = "hello",
    name: str = "Northwind Coffee",
    avatar: str = "f766e88961998798",
    links: tuple[str, ...] = (),
    signals: tuple[str, ...] = (),
    severity: Severity | None = Severity.MEDIUM,
    triage: Triage | None = None,
) -> Finding:
    fields = ProfileFields(display_name=name, bio=bio, avatar_phash=avatar, external_links=links)
    obs = ProfileObservation(
        "instagram", handle, f"https://i.test/{handle}", ProbeState.FOUND, fields=fields
    )
    return Finding(
        "instagram",
        handle,
        obs.url,
        name,
        cls,
        severity if cls == FindingClass.IMPOSTOR else None,
        0.8,
        "Northwind Coffee",
        None,
        evidence=tuple(Evidence(s, True, s) for s in signals),
        observation=obs,
        triage=triage,
    )


def by_key(findings: list[Finding]) -> dict[tuple[str, str], Finding]:
    return {f.key: f for f in findings}


def test_first_audit_everything_is_new() -> None:
    out = apply_history([finding("a"), finding("b")], None, {})
    assert {f.status for f in out} == {Status.NEW}


def test_unchanged_changed_new_and_resolved() -> None:
    prev = [
        finding("same"),
        finding("edited"),
        finding("gone"),
        finding("namesake", FindingClass.UNRELATED),
    ]
    cur = [
        finding("same"),
        finding(
            "edited",
            bio="DM us your order number",
            avatar="0000000000000001",
            links=("https://northwind-coffee-rewards.com/",),
            severity=Severity.HIGH,
        ),
        finding("fresh"),
    ]
    out = by_key(apply_history(cur, prev, {}))
    assert out[("instagram", "same")].status == Status.UNCHANGED
    edited = out[("instagram", "edited")]
    assert edited.status == Status.CHANGED
    detail = edited.status_detail or ""
    for part in (
        "avatar changed",
        "bio",
        "links +https://northwind-coffee-rewards.com/",
        "severity medium -> high",
    ):
        assert part in detail
    assert out[("instagram", "fresh")].status == Status.NEW
    gone = out[("instagram", "gone")]
    assert gone.status == Status.RESOLVED and gone.cls == FindingClass.IMPOSTOR
    # a namesake that was not seen again is noise, not news
    assert ("instagram", "namesake") not in out


def test_class_change_is_reported() -> None:
    out = apply_history([finding("x", FindingClass.IMPOSTOR)], [finding("x", FindingClass.FAN)], {})
    assert out[0].status == Status.CHANGED and "class fan -> impostor" in (
        out[0].status_detail or ""
    )


def test_resolved_is_not_repeated() -> None:
    prev = [replace(finding("gone"), status=Status.RESOLVED)]
    assert apply_history([], prev, {}) == []


def test_reappearing_after_resolved_is_new() -> None:
    prev = [replace(finding("back"), status=Status.RESOLVED)]
    out = apply_history([finding("back")], prev, {})
    assert out[0].status == Status.NEW and "reappeared" in (out[0].status_detail or "")


def test_taken_down_profile_that_reappears_is_reopened() -> None:
    t = Triage("instagram", "scam", TriageDecision.TAKEN_DOWN)
    prev = [replace(finding("scam", triage=t), status=Status.RESOLVED)]
    out = apply_history([finding("scam", triage=t)], prev, {("instagram", "scam"): t})
    assert out[0].status == Status.REOPENED and out[0].cls == FindingClass.IMPOSTOR
    assert out[0].evidence[0].signal == "reopened"


def test_false_positive_that_turns_into_an_impostor_is_reopened() -> None:
    t = Triage("instagram", "cafe", TriageDecision.FALSE_POSITIVE)
    prev = [finding("cafe", FindingClass.UNRELATED, triage=t)]
    now = finding(
        "cafe", FindingClass.UNRELATED, triage=t, signals=("avatar_match", "scam_wording")
    )
    out = apply_history([now], prev, {("instagram", "cafe"): t})
    assert out[0].status == Status.REOPENED
    assert out[0].cls == FindingClass.IMPOSTOR and out[0].severity == Severity.HIGH


def test_fan_triage_holds_while_nothing_changes() -> None:
    t = Triage("instagram", "fans", TriageDecision.FAN)
    prev = [finding("fans", FindingClass.FAN, triage=t, signals=("avatar_match",))]
    cur = [finding("fans", FindingClass.FAN, triage=t, signals=("avatar_match",))]
    out = apply_history(cur, prev, {("instagram", "fans"): t})
    assert out[0].status == Status.UNCHANGED and out[0].cls == FindingClass.FAN


def test_triage_is_attached_from_the_mapping() -> None:
    t = Triage("instagram", "x", TriageDecision.IMPOSTOR_CONFIRMED)
    out = apply_history([finding("x")], None, {("instagram", "x"): t})
    assert out[0].triage == t


def test_a_partial_audit_resolves_nothing_it_did_not_reach() -> None:
    """An interrupted sweep that never reached a profile says nothing about it: not
    resolved, and left out (the next complete audit compares with the last complete one)."""
    prev = [finding("reached"), finding("not_reached")]
    out = by_key(apply_history([finding("reached")], prev, {}, partial=True))
    assert list(out) == [("instagram", "reached")]
    assert out[("instagram", "reached")].status == Status.UNCHANGED
    # the same absence in a complete audit is a resolution
    full = by_key(apply_history([finding("reached")], prev, {}))
    assert full[("instagram", "not_reached")].status == Status.RESOLVED
