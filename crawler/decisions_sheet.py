"""``brandsweep triage --import findings.xlsx``: decisions typed into an audit's spreadsheet.

A reviewer who works in Excel or LibreOffice fills the "Decision" column ("Karar" in a Turkish
workbook) of its first sheet with a decision's name as the page shows it ("Taklitçi olduğu
doğrulandı", "False alarm") or its code (``impostor_confirmed``), or the ``triage`` code
column, saves, and imports the file. This module reads the workbook without a spreadsheet
library (the format is a zip of XML parts: the shared strings, the first sheet with the
``platform`` and ``triage`` code columns) and gives :func:`crawler.decisions.plan_import` the
same shape a decisions file from report.html has, each decision with its row:

- the audit is the one the workbook names in its keywords property (``reports/xlsx.py``
  writes ``brandsweep-audit:7@2025-03-01T10:00:00+00:00``; spreadsheet programs keep it);
- the reviewer is the one who saved it last (the file's ``lastModifiedBy``), else ``--by``;
- the time of the decisions is the file's modification time;
- a row whose decision cells are empty is left alone (undecided); the decision column and the
  code column each give a reading, and when they disagree the one that differs from the
  decision the sheet was written with is the reviewer's (``plan_import`` chooses).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from matching.inventory import N_

#: the zip files' first bytes: a workbook, not a text file
ZIP_MAGIC = b"PK\x03\x04"
#: reports/xlsx.py's AUDIT_KEYWORD (crawler does not import the report's writer for it)
AUDIT_KEYWORD = "brandsweep-audit:"
#: the code columns of the first sheet (reports/xlsx.py's CODE_COLUMNS), English in every
#: language
PLATFORM, TRIAGE = "platform", "triage"

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
       "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
_REF = re.compile(r"([A-Z]+)(\d+)")


class SheetError(ValueError):
    """The workbook cannot be read as decisions: ``problem`` says why (a Text)."""

    def __init__(self, problem: Any) -> None:
        super().__init__(str(problem))
        self.problem = problem


def is_workbook(path: Path) -> bool:
    """The file is a zip (an .xlsx), whatever its name."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(4) == ZIP_MAGIC
    except OSError:
        return False


def _column(ref: str) -> int:
    """``C7`` -> 2 (0-based)."""
    letters = _REF.match(ref)
    n = 0
    for ch in letters.group(1) if letters else "A":
        n = n * 26 + ord(ch) - 64
    return n - 1


def _text(el: ET.Element | None) -> str:
    """Every ``<t>`` under a shared string or an inline string, joined (rich text runs)."""
    if el is None:
        return ""
    return "".join(t.text or "" for t in el.iter(f"{{{_NS['m']}}}t"))


def _rows(book: zipfile.ZipFile, part: str, shared: list[str]) -> list[tuple[int, list[str]]]:
    """(row number, its cells as text) of one sheet part."""
    out = []
    root = ET.fromstring(book.read(part))
    for row in root.iter(f"{{{_NS['m']}}}row"):
        cells: list[str] = []
        for c in row.findall("m:c", _NS):
            kind, value = c.get("t"), c.find("m:v", _NS)
            if kind == "inlineStr":
                text = _text(c.find("m:is", _NS))
            elif kind == "s" and value is not None and (value.text or "").isdigit():
                i = int(value.text or 0)
                text = shared[i] if i < len(shared) else ""
            else:
                text = value.text or "" if value is not None else ""
            at = _column(c.get("r") or "") if c.get("r") else len(cells)
            cells.extend([""] * (at + 1 - len(cells)))
            cells[at] = text.strip()
        out.append((int(row.get("r") or len(out) + 1), cells))
    return out


def _sheet_parts(book: zipfile.ZipFile) -> list[str]:
    """The sheets' parts in the workbook's order."""
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") or "" for r in rels.findall("rel:Relationship", _NS)}
    parts = []
    for s in workbook.iter(f"{{{_NS['m']}}}sheet"):
        t = target.get(s.get(f"{{{_NS['r']}}}id"), "")
        parts.append(t.lstrip("/") if t.startswith("/") else posixpath.join("xl", t))
    return parts


def _core(book: zipfile.ZipFile) -> tuple[str, str]:
    """(keywords, lastModifiedBy) of the document's properties ('' when absent)."""
    try:
        core = ET.fromstring(book.read("docProps/core.xml"))
    except KeyError:
        return "", ""
    keywords = core.find("cp:keywords", _NS)
    by = core.find("cp:lastModifiedBy", _NS)
    return ((keywords.text or "").strip() if keywords is not None else "",
            (by.text or "").strip() if by is not None else "")


def read_workbook(path: Path, handle_headers: set[str], decision_headers: set[str],
                  codes: dict[str, str]) -> dict[str, Any]:
    """The decisions typed into the workbook at ``path``, as a decisions file's data: the
    handle column is the one headed by one of ``handle_headers`` (the writer's "Handle" in
    each language), the decision column by one of ``decision_headers``; ``codes`` maps a
    decision's name as typed (case-folded: a label in any language, or the code) to its
    code. Each decision carries its ``row``; a :class:`SheetError` when it is no findings
    workbook of brandsweep's."""
    try:
        with zipfile.ZipFile(path) as book:
            names = set(book.namelist())
            shared = []
            if "xl/sharedStrings.xml" in names:
                root = ET.fromstring(book.read("xl/sharedStrings.xml"))
                shared = [_text(si) for si in root.findall("m:si", _NS)]
            keywords, saved_by = _core(book)
            sheet = None
            for part in _sheet_parts(book):
                rows = _rows(book, part, shared) if part in names else []
                if rows and PLATFORM in rows[0][1] and TRIAGE in rows[0][1]:
                    sheet = rows
                    break
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError) as exc:
        raise SheetError(N_("cannot read the workbook: {reason}", reason=str(exc))) from exc
    if sheet is None:
        raise SheetError(N_("no sheet with the 'platform' and 'triage' columns: import the "
                            "findings.xlsx an audit wrote, its first sheet's Decision column "
                            "filled in"))
    audit_id, _sep, started = keywords.removeprefix(AUDIT_KEYWORD).partition("@")
    if not keywords.startswith(AUDIT_KEYWORD) or not audit_id:
        raise SheetError(N_("the workbook does not say which audit it is of (its keywords "
                            "property is gone, or an older brandsweep wrote it): write it again "
                            "with brandsweep report --db FILE --audit ID --out DIR, or record "
                            "each decision with brandsweep triage PLATFORM:HANDLE --as DECISION"))
    header = sheet[0][1]

    def at(names: set[str]) -> int | None:
        return next((i for i, h in enumerate(header) if h.casefold() in names), None)

    columns = (header.index(PLATFORM), at({h.casefold() for h in handle_headers}),
               at({h.casefold() for h in decision_headers}), header.index(TRIAGE))
    if columns[1] is None:
        raise SheetError(N_("no Handle column in the first sheet (the column was renamed?)"))
    decisions = []
    for number, cells in sheet[1:]:
        cells = cells + [""] * (max(c or 0 for c in columns) + 1 - len(cells))
        platform, handle = cells[columns[0]], cells[columns[1] or 0]
        said = [cells[c] for c in (columns[2], columns[3]) if c is not None]
        readings = list(dict.fromkeys(codes.get(s.casefold(), s) for s in said if s))
        if not readings:
            continue  # undecided, or an empty row
        decisions.append({"profile": f"{platform}:{handle}" if platform or handle else None,
                          "decision": readings, "row": number})
    modified = datetime.fromtimestamp(Path(path).stat().st_mtime, UTC)
    return {"format": "brandsweep-decisions", "version": 1, "source": "xlsx",
            "audit": {"id": audit_id, "started_at": started or None},
            "reviewer": saved_by, "exported_at": modified.isoformat(), "decisions": decisions}


__all__ = ["SheetError", "is_workbook", "read_workbook"]
