"""Statuses against the previous audit of the same inventory, and the reopen rules.

A reviewer reads an audit as news: what is new, what changed (an impostor swapped its avatar for
our logo), what is gone (taken down: resolved), and what came back (reopened). Triage decisions
are respected by ``classify``; this module decides when a decision no longer holds:

* ``taken_down`` and the profile is found again -> impostor, **reopened**;
* ``false_positive`` / ``allow`` / ``fan`` and the profile now shows impostor signals it did not
  show before (the official logo plus scam wording, or a lookalike link plus scam wording) ->
  impostor, **reopened**.

Pure: findings in, findings out (``dataclasses.replace``), no clock.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import replace

from matching.models import (
    Evidence,
    Finding,
    FindingClass,
    ProbeState,
    Severity,
    Status,
    Triage,
    TriageDecision,
)
from matching.models import SignalName as S

__all__ = ["apply_history", "changes"]

#: classes worth a "resolved" line when they disappear (namesakes coming and going are noise)
_RESOLVABLE = {
    FindingClass.IMPOSTOR,
    FindingClass.FAN,
    FindingClass.OFFICIAL_UNLISTED,
    FindingClass.REDUNDANT,
    FindingClass.OFFICIAL,
    FindingClass.UNVERIFIED,
}
_SOFT_DECISIONS = {TriageDecision.FALSE_POSITIVE, TriageDecision.ALLOW, TriageDecision.FAN}


def _signals(f: Finding) -> set[str]:
    return {e.signal for e in f.evidence}


def _impostor_signals(f: Finding) -> bool:
    """Logo + scam wording, or lookalike link + scam wording: posing and doing harm."""
    s = _signals(f)
    return S.SCAM_WORDING in s and bool(s & {S.AVATAR_MATCH, S.LOOKALIKE_LINK, S.LOOKALIKE_PAGE})


def _short(s: str | None, n: int = 60) -> str:
    if s is None:
        return "none"
    return repr(s if len(s) <= n else s[: n - 1] + "…")


def changes(previous: Finding, current: Finding) -> list[str]:
    """What a reviewer would notice between two findings of one profile, as short phrases."""
    out: list[str] = []
    po, co = previous.observation, current.observation
    pf = po.fields if po is not None else None
    cf = co.fields if co is not None else None
    if pf is not None and cf is not None:
        if pf.avatar_phash != cf.avatar_phash and (pf.avatar_phash or cf.avatar_phash):
            out.append("avatar changed")
        if pf.display_name != cf.display_name:
            out.append(f"display name {_short(pf.display_name)} -> {_short(cf.display_name)}")
        if (pf.bio or "") != (cf.bio or ""):
            out.append(f"bio {_short(pf.bio)} -> {_short(cf.bio)}")
        if set(pf.external_links) != set(cf.external_links):
            added = sorted(set(cf.external_links) - set(pf.external_links))
            removed = sorted(set(pf.external_links) - set(cf.external_links))
            parts = [f"+{u}" for u in added] + [f"-{u}" for u in removed]
            out.append("links " + " ".join(parts))
    elif previous.display_name != current.display_name:
        out.append(
            f"display name {_short(previous.display_name)} -> {_short(current.display_name)}"
        )
    if previous.cls != current.cls:
        out.append(f"class {previous.cls.value} -> {current.cls.value}")
    if previous.severity != current.severity:
        ps = previous.severity.value if previous.severity else "none"
        cs = current.severity.value if current.severity else "none"
        out.append(f"severity {ps} -> {cs}")
    if previous.probe_state != current.probe_state:
        out.append(f"probe {previous.probe_state.value} -> {current.probe_state.value}")
    return out


def _triage_for(f: Finding, triage: Mapping[tuple[str, str], Triage]) -> Triage | None:
    return f.triage or triage.get(f.key) or triage.get((f.platform, f.handle.lower()))


def _same_decision(a: Triage | None, b: Triage | None) -> bool:
    """One reviewer decision seen in two audits (not a later decision of the same kind)."""
    return (
        a is not None
        and b is not None
        and a.decision == b.decision
        and a.decided_at == b.decided_at
    )


def _reopen(f: Finding, why: str, severity: Severity | None = None) -> Finding:
    ev = Evidence(S.REOPENED, True, why)
    sev = severity or f.severity or Severity.MEDIUM
    return replace(
        f,
        cls=FindingClass.IMPOSTOR,
        severity=sev,
        status=Status.REOPENED,
        status_detail=why,
        evidence=(ev, *f.evidence),
    )


def _overruled(f: Finding, why: str, severity: Severity) -> Finding:
    """An impostor whose soft triage was overruled in an earlier audit, still an impostor."""
    ev = Evidence(S.REOPENED, True, why)
    return replace(f, cls=FindingClass.IMPOSTOR, severity=severity, evidence=(ev, *f.evidence))


_NOT_SWEPT = "not swept in this audit (--platforms): as of the previous audit"
_NOT_CHECKED = "sighted in this audit but not checked: as of the previous audit"


def _carried(p: Finding, triage: Mapping[tuple[str, str], Triage],
             detail: str = _NOT_SWEPT) -> Finding:
    """A previous finding this audit did not look at (a platform it did not sweep, a profile
    it sighted but could not check), kept as it was."""
    return replace(p, status=Status.UNCHANGED, status_detail=detail,
                   triage=_triage_for(p, triage))


def _gone(prev: Mapping[tuple[str, str], Finding], seen: Collection[tuple[str, str]],
          swept: Collection[str] | None, unchecked: Collection[tuple[str, str]],
          tri: Mapping[tuple[str, str], Triage]) -> Iterator[Finding]:
    """The previous findings this (complete) audit did not report: resolved, or carried over
    when it did not look at them (a platform not swept, a profile sighted but not checked)."""
    for key, p in prev.items():
        if key in seen or p.status == Status.RESOLVED:
            continue
        if swept is not None and p.platform not in swept:
            yield _carried(p, tri)
        elif key in unchecked:
            yield _carried(p, tri, _NOT_CHECKED)
        elif p.cls in _RESOLVABLE:
            why = "not seen in this audit (deleted, renamed or taken down)"
            yield replace(p, status=Status.RESOLVED, status_detail=why,
                          triage=_triage_for(p, tri))


def apply_history(
    current: Sequence[Finding],
    previous: Sequence[Finding] | None,
    triage: Mapping[tuple[str, str], Triage] | None = None,
    scope: Collection[str] | None = None,
    partial: bool = False,
    unchecked: Collection[tuple[str, str]] = (),
) -> list[Finding]:
    """Set ``status``/``status_detail`` on every current finding; add ``resolved`` ones.

    ``previous`` is None for the first audit of an inventory (everything is new). Findings of
    the previous audit that are gone now (not observed, or not found) come back with status
    ``resolved`` so the report can say "taken down".

    ``scope`` is the platforms this audit swept (``--platforms``; None = all). A previous
    finding on a platform outside it was not looked for, so it is neither resolved nor
    compared with this audit's "not checked" placeholder: it is carried over ``unchanged``,
    which also keeps the next full audit's comparison honest.

    ``partial``: this audit's crawl did not finish (interrupted, time limit, crash). What it
    observed is compared as usual, but a previous finding it did not reach is not
    ``resolved`` (it was not looked for) and is left out: a partial report shows what was
    seen. The store never uses a partial audit as the previous one, so none of this becomes
    history.

    ``unchecked``: profiles this audit sighted but holds no observation of (its probe never
    answered). Not seeing such a profile is no sign that it is gone: a previous finding of one
    is carried over ``unchanged``, never ``resolved``.
    """
    tri = triage or {}
    prev = {f.key: f for f in previous or ()}
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    swept = set(scope) if scope else None
    for f in current:
        seen.add(f.key)
        p = prev.get(f.key)
        if (
            swept is not None
            and f.platform not in swept
            and p is not None
            and p.status != Status.RESOLVED
        ):
            out.append(_carried(p, tri))
            continue
        t = _triage_for(f, tri)
        if t is not None and f.triage is None:
            f = replace(f, triage=t)
        found = f.probe_state == ProbeState.FOUND
        # ---- reopen rules
        if t is not None and found:
            # a reopen is news once: when the previous audit already saw the profile there
            # under this very decision, it was reported then (classify keeps it an impostor)
            seen_under_it = (
                p is not None
                and _same_decision(p.triage, t)
                and p.status != Status.RESOLVED
                and p.probe_state == ProbeState.FOUND
            )
            if t.decision == TriageDecision.TAKEN_DOWN and not seen_under_it:
                was = (
                    "gone in the previous audit"
                    if p is None
                    or p.status == Status.RESOLVED
                    or p.probe_state == ProbeState.NOT_FOUND
                    else "still there"
                )
                out.append(_reopen(f, f"marked taken down, but the profile is back ({was})"))
                continue
            if t.decision in _SOFT_DECISIONS and _impostor_signals(f):
                sev = Severity.HIGH if S.AVATAR_MATCH in _signals(f) else Severity.MEDIUM
                why = (
                    f"triaged '{t.decision.value}', but it now shows impostor signals "
                    "(official logo or lookalike link, with scam wording)"
                )
                if seen_under_it and p is not None and p.cls == FindingClass.IMPOSTOR:
                    # reopened before and still posing: the decision stays overruled until
                    # the reviewer decides again (a newer decision is honoured)
                    f = _overruled(f, why, p.severity or sev)
                elif p is None or not _impostor_signals(p):
                    out.append(_reopen(f, why, sev))
                    continue
        # ---- plain statuses
        if previous is None or p is None:
            out.append(replace(f, status=Status.NEW, status_detail=None))
            continue
        if p.status == Status.RESOLVED and found:
            out.append(
                replace(f, status=Status.NEW, status_detail="reappeared after being resolved")
            )
            continue
        diff = changes(p, f)
        if f.cls == FindingClass.MISSING and p.cls != FindingClass.MISSING:
            diff = diff or ["no longer found"]
        if diff:
            out.append(replace(f, status=Status.CHANGED, status_detail="; ".join(diff)))
        else:
            out.append(replace(f, status=Status.UNCHANGED, status_detail=None))
    # ---- what disappeared
    if not partial:
        out.extend(_gone(prev, seen, swept, unchecked, tri))
    # a current not-found of a profile that was found before is resolved too (undeclared only:
    # a declared account that vanishes is "missing", which classify already says)
    return [
        replace(f, status=Status.RESOLVED, status_detail="the platform says it no longer exists")
        if f.probe_state == ProbeState.NOT_FOUND
        and f.cls != FindingClass.MISSING
        and f.key in prev
        and f.status != Status.NEW
        else f
        for f in out
    ]
