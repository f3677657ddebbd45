"""``brandsweep triage --import FILE``: apply the decisions a reviewer made in report.html.

The report page lets a reviewer pick a triage decision per finding, keeps the choices in the
browser's storage for that audit, and exports them as a JSON file (no server involved)::

    {"format": "brandsweep-decisions", "version": 1,
     "audit": {"id": "7", "started_at": "2025-03-01T10:00:00+00:00", "organization": "..."},
     "reviewer": "Ayşe Yılmaz", "exported_at": "2025-03-02T09:15:00.000Z",
     "decisions": [{"profile": "instagram:northwindcoffee_support",
                    "decision": "impostor_confirmed", "decided_at": "2025-03-02T09:14:10.000Z"}]}

Importing is all or nothing: the whole file is checked first (its audit is in the database
and started when the file says, every profile is a finding of that audit, every decision is
one ``triage --as`` accepts, a reviewer is named here or with ``--by``), and any problem is
reported with the entry's line and nothing is written. Then each decision is recorded with
the reviewer's name and the time it was made in the page. Importing is idempotent: a decision
the database already holds (the profile's current decision is the same) is left alone, as is
one the database has superseded with a later decision, and the summary says how many of each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from matching.models import Finding, Triage, TriageDecision
from reports.i18n import parse_time
from reports.view import plain

FORMAT = "brandsweep-decisions"
VERSION = 1


class DecisionsError(ValueError):
    """The file cannot be applied; ``problems`` lists every reason with its line."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))


@dataclass
class ImportResult:
    audit_id: int
    reviewer: str
    applied: list[Triage] = field(default_factory=list)
    unchanged: list[Triage] = field(default_factory=list)
    superseded: list[Triage] = field(default_factory=list)


def _iso(value: str) -> str:
    d = parse_time(value)
    if d is None:
        raise ValueError(value)
    return d.astimezone(UTC).replace(microsecond=0).isoformat()


def _triage(f: Finding, decision: TriageDecision, when: str, who: str, audit_id: int,
            reason: str = "") -> Triage:
    """The decision as stored: the reviewer in ``Triage.by``, the time it was made in the
    page, and a note giving the reviewer's reason (when there is one) and where it was made."""
    where = f"in report.html of audit {audit_id}"
    return Triage(f.platform, f.handle, decision, f"{reason} ({where})" if reason else where,
                  when, by=who)


#: the longest reason a decision may carry (the page's field takes 500)
MAX_REASON = 1000


def _line_of(text: str, needle: str) -> int | None:
    pos = text.find(needle)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else None


def read_decisions(path: Path) -> tuple[dict[str, Any], str]:
    """The parsed file and its text; a :class:`DecisionsError` when it is not one."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionsError(path, [f"cannot read the file: {exc}"]) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DecisionsError(
            path,
            [
                f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg}); "
                "export the file again from the report's 'Export decisions' button"
            ],
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DecisionsError(
            path,
            [
                f"not a brandsweep decisions file (expected \"format\": \"{FORMAT}\"); "
                "export it from report.html with 'Export decisions'"
            ],
        )
    if data.get("version") != VERSION:
        raise DecisionsError(
            path,
            [
                f"version {data.get('version')!r} is not supported (this brandsweep reads "
                f"version {VERSION}); re-render the report with this version and export again"
            ],
        )
    return data, text


def plan_import(
    path: Path,
    data: dict[str, Any],
    text: str,
    audits: dict[int, dict[str, Any]],
    findings_of,
    current: dict[tuple[str, str], Triage],
    reviewer: str | None = None,
) -> ImportResult:
    """Check the file against the database and sort its decisions into applied / unchanged /
    superseded, writing nothing. ``findings_of(audit_id)`` gives an audit's findings;
    ``current`` is the current decision per profile (``Store.triage()``)."""
    problems: list[str] = []
    audit = data.get("audit")
    if not isinstance(audit, dict) or audit.get("id") in (None, ""):
        raise DecisionsError(path, ["the file names no audit (\"audit\": {\"id\": ...})"])
    try:
        audit_id = int(str(audit["id"]))
    except ValueError as exc:
        raise DecisionsError(path, [f"audit id {audit['id']!r} is not a number"]) from exc
    if audit_id not in audits:
        raise DecisionsError(
            path,
            [
                f"audit {audit_id} is not in this database (audits: {sorted(audits) or 'none'}); "
                "import into the database the report was rendered from"
            ],
        )
    started = audits[audit_id].get("started_at")
    if audit.get("started_at") and started and _iso(str(started)) != _iso(
        str(audit["started_at"])
    ):
        raise DecisionsError(
            path,
            [
                f"the file is for an audit {audit_id} started {audit['started_at']}, but this "
                f"database's audit {audit_id} started {started}: it is another database"
            ],
        )
    who = (reviewer or "").strip() or str(data.get("reviewer") or "").strip()
    if not who:
        problems.append(
            "no reviewer named: fill in 'Reviewer' in the report before exporting, or pass "
            "--by NAME"
        )
    entries = data.get("decisions")
    if not isinstance(entries, list):
        raise DecisionsError(path, [*problems, "\"decisions\" must be a list"])
    by_key: dict[str, Finding] = {}
    for f in findings_of(audit_id):
        by_key.setdefault(f"{f.platform}:{plain(f.handle)}", f)
    exported = str(data.get("exported_at") or "")
    result = ImportResult(audit_id, who)
    seen: set[str] = set()
    planned: list[Triage] = []
    choices = ", ".join(d.value for d in TriageDecision)
    for i, e in enumerate(entries, 1):
        profile = e.get("profile") if isinstance(e, dict) else None
        where = f"decision {i}"
        if isinstance(profile, str):
            line = _line_of(text, json.dumps(profile, ensure_ascii=False)) or _line_of(
                text, profile
            )
            where = f"line {line}" if line else where
            where += f" ({profile})"
        if not isinstance(e, dict) or not isinstance(profile, str):
            problems.append(f"{where}: each decision needs \"profile\": \"platform:handle\"")
            continue
        if profile in seen:
            problems.append(f"{where}: the profile appears twice; keep one decision")
            continue
        seen.add(profile)
        f = by_key.get(profile)
        if f is None:
            problems.append(f"{where}: not a finding of audit {audit_id}")
            continue
        try:
            decision = TriageDecision(str(e.get("decision")))
        except ValueError:
            problems.append(
                f"{where}: unknown decision {e.get('decision')!r}; use one of {choices}"
            )
            continue
        when_raw = str(e.get("decided_at") or exported)
        try:
            when = _iso(when_raw) if when_raw else None
        except ValueError:
            problems.append(f"{where}: decided_at {when_raw!r} is not an ISO 8601 time")
            continue
        if when is None:
            problems.append(f"{where}: no decided_at and no exported_at in the file")
            continue
        moment = parse_time(when)
        if moment is not None and moment > datetime.now(UTC) + timedelta(minutes=5):
            problems.append(f"{where}: decided_at {when_raw} is in the future")
            continue
        reason = e.get("note", "")
        if not isinstance(reason, str):
            problems.append(f"{where}: \"note\" must be text (the reviewer's reason)")
            continue
        reason = " ".join(reason.split())
        if len(reason) > MAX_REASON:
            problems.append(f"{where}: the note has {len(reason)} characters; keep it under "
                            f"{MAX_REASON}")
            continue
        planned.append(_triage(f, decision, when, who, audit_id, reason))
    if problems:
        raise DecisionsError(path, problems)
    for t in planned:
        cur = current.get((t.platform, t.handle))
        if cur is not None and TriageDecision(cur.decision) == t.decision:
            result.unchanged.append(t)
        elif (
            cur is not None
            and cur.decided_at
            and t.decided_at
            and _iso(cur.decided_at) > t.decided_at
        ):
            result.superseded.append(t)
        else:
            result.applied.append(t)
    return result


__all__ = ["DecisionsError", "ImportResult", "plan_import", "read_decisions"]
