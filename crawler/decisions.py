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

import difflib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from matching.inventory import N_, Text, localized
from matching.models import Finding, Triage, TriageDecision
from reports.i18n import LANGUAGES, Translator, instant, parse_time
from reports.view import CHOICE_LABELS, plain

from .decisions_sheet import SheetError, is_workbook, read_workbook

FORMAT = "brandsweep-decisions"
VERSION = 1


class DecisionsError(ValueError):
    """The file cannot be applied; ``problems`` lists every reason with its line (each a
    :class:`~matching.inventory.Text`: :meth:`render` says them in the reader's language)."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))

    def render(self, gettext) -> str:
        return "\n".join(f"{self.path}: {localized(p, gettext)}" for p in self.problems)


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
            reason: str = "", gettext: Any = None, sheet: str | None = None) -> Triage:
    """The decision as stored: the reviewer in ``Triage.by``, the time it was made in the
    page, and a note giving the reviewer's reason (when there is one) and where it was made
    (report.html, or the spreadsheet ``sheet``; in the language of the import, ``gettext``;
    English without)."""
    made = N_("in the spreadsheet {file} of audit {id}", file=sheet, id=audit_id) if sheet \
        else N_("in report.html of audit {id}", id=audit_id)
    where = localized(made, gettext or str) or ""
    return Triage(f.platform, f.handle, decision, f"{reason} ({where})" if reason else where,
                  when, by=who)


#: the longest reason a decision may carry (the page's field takes 500)
MAX_REASON = 1000


def _line_of(text: str, needle: str, nth: int = 0) -> int | None:
    """The line of the ``nth`` (0: the first) occurrence of ``needle`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return text.count("\n", 0, pos) + 1


def _where(text: str, i: int, profile: object, nth: int = 0) -> Text:
    """Where a decision is in the file: its line and profile, else its number (``nth``: how
    many decisions before it name the same profile: a repeated one is at its own line)."""
    if not isinstance(profile, str):
        return N_("decision {n}", n=i)
    line = _line_of(text, json.dumps(profile, ensure_ascii=False), nth) \
        or _line_of(text, profile, nth)
    if line:
        return N_("line {line} ({profile})", line=line, profile=profile)
    return N_("decision {n} ({profile})", n=i, profile=profile)


def sheet_words() -> tuple[set[str], set[str], dict[str, str]]:
    """What findings.xlsx calls its Handle and Decision columns in each language, and each
    decision's name in each language (case-folded) -> its code, the codes too."""
    handle, decision = set(), set()
    codes = {d.value: d.value for d in TriageDecision}
    for lang in LANGUAGES:
        tr = Translator(lang)
        handle.add(tr.gettext("Handle"))
        decision.add(tr.gettext("Decision"))
        codes.update({tr.gettext(label).casefold(): code for code, label in CHOICE_LABELS.items()})
    return handle, decision, codes


def read_decisions(path: Path) -> tuple[dict[str, Any], str]:
    """The parsed file and its text; a :class:`DecisionsError` when it is not one. A workbook
    (findings.xlsx with its Decision column filled in) is read as one (crawler.decisions_sheet),
    each decision with its row and no text."""
    if is_workbook(path):
        try:
            data = read_workbook(path, *sheet_words())
        except SheetError as exc:
            raise DecisionsError(path, [exc.problem]) from exc
        for e in data["decisions"]:  # a handle's hidden characters as the page names them
            platform, sep, handle = (e["profile"] or "").partition(":")
            e["profile"] = f"{platform}{sep}{plain(handle)}" if e["profile"] else None
        return data, ""
    if Path(path).suffix.lower() in (".csv", ".tsv", ".ods", ".xls"):
        raise DecisionsError(path, [N_(
            "a {kind} file is not read: type the decisions in the Decision column of the "
            "audit's findings.xlsx and import the workbook, or export them from report.html "
            "('Export decisions')", kind=Path(path).suffix.lower().lstrip(".").upper())])
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionsError(path, [N_("cannot read the file: {reason}", reason=str(exc))]) \
            from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DecisionsError(
            path,
            [
                N_("line {line}, column {column}: not valid JSON ({why}); export the file again "
                   "from the report's 'Export decisions' button", line=exc.lineno,
                   column=exc.colno, why=exc.msg)
            ],
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DecisionsError(
            path,
            [
                N_("not a brandsweep decisions file (expected \"format\": \"{format}\"); "
                   "export it from report.html with 'Export decisions'", format=FORMAT)
            ],
        )
    if data.get("version") != VERSION:
        raise DecisionsError(
            path,
            [
                N_("version {version!r} is not supported (this brandsweep reads version "
                   "{supported}); re-render the report with this version and export again",
                   version=data.get("version"), supported=VERSION)
            ],
        )
    return data, text


def _either(items: list[str]) -> Text | str:
    """``'a'``, ``'a or b'`` in the reader's language (a list said "a, b mi demek
    istediniz?" in Turkish)."""
    return items[0] if len(items) == 1 else N_("{first} or {second}", first=items[0],
                                               second=items[1])


def _one_reading(said: Any, f: Finding, current: Triage | None = None) -> Any:
    """A spreadsheet row's decision from its two readings (the Decision column's, the triage
    code column's): the one that differs from the decision the sheet was written with (the
    one the reviewer changed), when they disagree; both (a list) when neither is that. The
    sheet was written with the audit's decision, or, re-rendered, with the one recorded
    since (``current``, the database's): either is what the reviewer found there."""
    if not isinstance(said, list):
        return said
    if len(said) < 2:
        return said[0] if said else None
    written = {str(t.decision) for t in (f.triage, current) if t is not None}
    changed = [s for s in said if s not in written]
    return changed[0] if len(changed) == 1 else said[:2]


def plan_import(
    path: Path,
    data: dict[str, Any],
    text: str,
    audits: dict[int, dict[str, Any]],
    findings_of,
    current: dict[tuple[str, str], Triage],
    reviewer: str | None = None,
    gettext: Any = None,
) -> ImportResult:
    """Check the file against the database and sort its decisions into applied / unchanged /
    superseded, writing nothing. ``findings_of(audit_id)`` gives an audit's findings;
    ``current`` is the current decision per profile (``Store.triage()``); ``gettext`` the
    language of the notes it writes ("in report.html of audit 7")."""
    problems: list[str] = []
    audit = data.get("audit")
    if not isinstance(audit, dict) or audit.get("id") in (None, ""):
        raise DecisionsError(path, [N_("the file names no audit (\"audit\": {\"id\": ...})")])
    try:
        audit_id = int(str(audit["id"]))
    except ValueError as exc:
        raise DecisionsError(path, [N_("audit id {id!r} is not a number", id=audit["id"])]) \
            from exc
    if audit_id not in audits:
        raise DecisionsError(
            path,
            [
                N_("audit {id} is not in this database (audits: {audits}); import into the "
                   "database the report was rendered from", id=audit_id,
                   audits=[str(a) for a in sorted(audits)] or N_("none"))
            ],
        )
    started = audits[audit_id].get("started_at")
    if audit.get("started_at") and started and _iso(str(started)) != _iso(
        str(audit["started_at"])
    ):
        raise DecisionsError(
            path,
            [
                N_("the file is for an audit {id} started {file_start}, but this database's "
                   "audit {id} started {db_start}: it is another database", id=audit_id,
                   file_start=audit["started_at"], db_start=started)
            ],
        )
    who = (reviewer or "").strip() or str(data.get("reviewer") or "").strip()
    sheet = Path(path).name if data.get("source") == "xlsx" else None
    if not who:
        problems.append(
            N_("no reviewer named: the spreadsheet does not say who saved it; pass --by NAME")
            if sheet else
            N_("no reviewer named: fill in 'Reviewer' in the report before exporting, or pass "
               "--by NAME")
        )
    entries = data.get("decisions")
    if not isinstance(entries, list):
        raise DecisionsError(path, [*problems, N_("\"decisions\" must be a list")])
    by_key: dict[str, Finding] = {}
    for f in findings_of(audit_id):
        by_key.setdefault(f"{f.platform}:{plain(f.handle)}", f)
    exported = str(data.get("exported_at") or "")
    result = ImportResult(audit_id, who)
    seen: set[str] = set()
    planned: list[Triage] = []
    choices = ", ".join(d.value for d in TriageDecision)
    named: dict[str, int] = {}  # decisions so far per profile: a repeated one's own line
    for i, e in enumerate(entries, 1):
        profile = e.get("profile") if isinstance(e, dict) else None
        nth = named.get(profile, 0) if isinstance(profile, str) else 0
        if isinstance(profile, str):
            named[profile] = nth + 1
        where = _where(text, i, profile, nth) if not isinstance(e, dict) or "row" not in e \
            else N_("row {row} ({profile})", row=e["row"], profile=profile)
        if not isinstance(e, dict) or not isinstance(profile, str):
            problems.append(N_("{where}: each decision needs \"profile\": \"platform:handle\"",
                               where=where))
            continue
        if profile in seen:
            problems.append(N_("{where}: the profile appears twice; keep one decision",
                               where=where))
            continue
        seen.add(profile)
        f = by_key.get(profile)
        if f is None:
            near = difflib.get_close_matches(profile, list(by_key), n=2, cutoff=0.8)
            problems.append(
                N_("{where}: not a finding of audit {id}; did you mean {near}?", where=where,
                   id=audit_id, near=_either(near)) if near else
                N_("{where}: not a finding of audit {id}", where=where, id=audit_id))
            continue
        said = _one_reading(e.get("decision"), f, current.get((f.platform, f.handle)))
        if isinstance(said, list):
            problems.append(N_("{where}: the Decision column says {label!r}, the triage column "
                               "{code!r}: keep one", where=where, label=said[0], code=said[1]))
            continue
        try:
            decision = TriageDecision(str(said))
        except ValueError:
            problems.append(
                N_("{where}: unknown decision {decision!r}; use one of {choices}", where=where,
                   decision=said, choices=choices) if not sheet else
                N_("{where}: unknown decision {decision!r}; write one of the names the report's "
                   "Decide menu gives, or a code: {choices}", where=where, decision=said,
                   choices=choices))
            continue
        when_raw = str(e.get("decided_at") or exported)
        try:
            when = _iso(when_raw) if when_raw else None
        except ValueError:
            problems.append(N_("{where}: decided_at {value!r} is not an ISO 8601 time",
                               where=where, value=when_raw))
            continue
        if when is None:
            problems.append(N_("{where}: no decided_at and no exported_at in the file",
                               where=where))
            continue
        moment = parse_time(when)
        if moment is not None and moment > datetime.now(UTC) + timedelta(minutes=5):
            problems.append(N_("{where}: decided_at {value} is in the future", where=where,
                               value=when_raw))
            continue
        reason = e.get("note", "")
        if not isinstance(reason, str):
            problems.append(N_("{where}: \"note\" must be text (the reviewer's reason)",
                               where=where))
            continue
        reason = " ".join(reason.split())
        if len(reason) > MAX_REASON:
            problems.append(N_("{where}: the note has {n} characters; keep it under {most}",
                               where=where, n=len(reason), most=MAX_REASON))
            continue
        planned.append(_triage(f, decision, when, who, audit_id, reason, gettext, sheet))
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
            and instant(cur.decided_at) > instant(t.decided_at)
        ):
            result.superseded.append(t)
        else:
            result.applied.append(t)
    return result


def download_folders(home: Path | None = None,
                     env: Mapping[str, str] | None = None) -> list[Path]:
    """Where a browser saves what a page exports: the desktop's download folder
    (``XDG_DOWNLOAD_DIR``, from the environment or ``user-dirs.dirs``: its name is the
    desktop's language, ``~/İndirilenler`` on a Turkish one), then ``~/Downloads`` (macOS,
    Windows and most browsers' default); the ones that exist, each once."""
    env = os.environ if env is None else env
    home = Path(home) if home is not None else Path.home()
    named: list[str] = []
    if env.get("XDG_DOWNLOAD_DIR"):
        named.append(env["XDG_DOWNLOAD_DIR"])
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config") / "user-dirs.dirs"
    try:
        for line in config.read_text(encoding="utf-8").splitlines():
            key, sep, value = line.strip().partition("=")
            if sep and key == "XDG_DOWNLOAD_DIR":
                named.append(value.strip().strip('"'))
    except (OSError, UnicodeDecodeError):
        pass
    out: list[Path] = []
    for text in [*named, str(home / "Downloads")]:
        folder = Path(text.replace("$HOME", str(home))).expanduser()
        if folder.is_dir() and folder not in out and folder != home:
            out.append(folder)
    return out


def of_audit(data: Any, audits: Mapping[int, Mapping[str, Any]]) -> int | None:
    """The id of the audit of ``audits`` a decisions file was exported from: its audit's id
    and start time both match (an audit 1 of another database is another audit); else None."""
    audit = data.get("audit") if isinstance(data, dict) else None
    if not isinstance(audit, dict) or data.get("format") != FORMAT:
        return None
    try:
        audit_id = int(str(audit.get("id")))
        ours, theirs = audits[audit_id].get("started_at"), audit.get("started_at")
        if ours and theirs and _iso(str(ours)) == _iso(str(theirs)):
            return audit_id
    except (KeyError, ValueError, TypeError):
        pass
    return None


@dataclass
class Located:
    """Where ``triage --import NAME`` found the file: ``path`` (None: nowhere), whether it
    was looked up in a download folder, the folders looked in and the files of the same name
    there that belong to another audit (never taken)."""

    path: Path | None
    downloaded: bool = False
    folders: list[Path] = field(default_factory=list)
    others: list[Path] = field(default_factory=list)


def locate_decisions(name: Path, audits: Mapping[int, Mapping[str, Any]],
                     folders: list[Path] | None = None) -> Located:
    """``--import NAME`` as typed: the file itself when it is there; else, for a bare name
    (``decisions-audit-7.json``, as the report and the terminal print it), the newest file of
    that name in the browser's download folders, also as a browser renames a second download
    (``decisions-audit-7 (1).json``, ``decisions-audit-7(1).json``, ``decisions-audit-7 2.json``),
    that was exported from an audit of this database (same id, same start)."""
    if name.exists() or len(name.parts) != 1 or name.suffix.lower() != ".json":
        return Located(name if name.exists() else None)
    folders = download_folders() if folders is None else folders
    pattern = re.compile(re.escape(name.stem) + r"(?: ?\(\d+\)| \d+|-\d+)?"
                         + re.escape(name.suffix) + "$", re.IGNORECASE)
    found: list[tuple[float, Path]] = []
    others: list[Path] = []
    for folder in folders:
        try:
            candidates = [p for p in folder.iterdir() if pattern.match(p.name) and p.is_file()]
        except OSError:
            continue
        for p in candidates:
            try:
                data = json.loads(p.read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError, ValueError):
                data = None
            if of_audit(data, audits) is None:
                others.append(p)
            else:
                found.append((p.stat().st_mtime, p))
    if not found:
        return Located(None, False, folders, sorted(others))
    return Located(max(found)[1], True, folders, sorted(others))


__all__ = ["DecisionsError", "ImportResult", "Located", "download_folders", "locate_decisions",
           "of_audit", "plan_import", "read_decisions"]
