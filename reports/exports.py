"""Machine-readable outputs: ``findings.json`` and ``findings.csv`` (README, "Outputs of an audit").

One JSON object per finding with the contract's fields, plus extras a script may want.
Order is deterministic (severity, class, platform, handle) so diffs between audits are small.
The CSV is the JSON flattened; cells that a spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from matching.models import Finding, Triage

from .i18n import N_, translations
from .view import shown_after_audit, sort_findings

#: The contract fields, in output order, then the extras.
CONTRACT_FIELDS: tuple[str, ...] = (
    "platform",
    "handle",
    "url",
    "display_name",
    "class",
    "severity",
    "score",
    "brand",
    "department",
    "evidence",
    "discovered_via",
    "status",
    "probe_state",
    "probe_reason",
    "triage",
)
EXTRA_FIELDS: tuple[str, ...] = (
    "status_detail",
    "imitates",
    "harm",
    "triage_note",
    "followers",
    "posts",
    "last_active_at",
    "platform_id",
    "http_status",
    "fetched_at",
    # a re-rendered report's: its ``triage`` was recorded after the audit (the JSON's too)
    "triage_after_audit",
)
FIELDS = CONTRACT_FIELDS + EXTRA_FIELDS

#: First characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection).
#: Full-width forms too (＝ U+FF1D, ＋, －, ＠): some spreadsheets (Excel with East Asian input,
#: LibreOffice's autocorrect) read them as the ASCII operators.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _jsonable(v: Any) -> Any:
    """Evidence values as strict JSON: rounded floats, NaN/inf as null, odd types as text."""
    if isinstance(v, float):
        return round(v, 4) if math.isfinite(v) else None
    if v is None or isinstance(v, str | int | bool):
        return v
    return str(v)


def finding_to_dict(f: Finding) -> dict[str, Any]:
    """One finding as the contract's JSON object (enums as their string values)."""
    obs = f.observation
    fl = obs.fields if obs else None
    return {
        "platform": f.platform,
        "handle": f.handle,
        "url": f.url,
        "display_name": f.display_name,
        "class": str(f.cls),
        "severity": str(f.severity) if f.severity else None,
        "score": round(max(0.0, min(1.0, float(f.score))), 4),
        "brand": f.brand,
        "department": f.department,
        "evidence": [
            {"signal": e.signal, "value": _jsonable(e.value), "detail": e.detail}
            for e in f.evidence
        ],
        "discovered_via": [str(v) for v in f.discovered_via],
        "status": str(f.status),
        "probe_state": str(f.probe_state),
        "probe_reason": f.probe_reason,
        "triage": str(f.triage.decision) if f.triage else None,
        "status_detail": f.status_detail,
        "imitates": f"{f.imitates[0]}:{f.imitates[1]}" if f.imitates else None,
        "harm": _jsonable(float(f.harm)),
        "triage_note": f.triage.note if f.triage else None,
        "followers": fl.followers if fl else None,
        "posts": fl.posts if fl else None,
        "last_active_at": fl.last_active_at if fl else None,
        "platform_id": fl.platform_id if fl else None,
        "http_status": obs.http_status if obs else None,
        "fetched_at": obs.fetched_at if obs else None,
    }


def findings_to_json(findings: Iterable[Finding],
                     later: Mapping[str, Triage] | None = None) -> list[dict[str, Any]]:
    """The ``findings.json`` list, sorted by severity, class, platform, handle (each with
    ``triage_after_audit``; ``later``: see :func:`write_json`)."""
    return list(_finding_dicts(findings, later))


def _finding_dicts(findings: Iterable[Finding],
                   later: Mapping[str, Triage] | None = None) -> Iterator[dict[str, Any]]:
    """``findings_to_json`` one at a time (the writers never hold every dict at once), with
    ``triage_after_audit`` (``later``: the decisions recorded after the audit)."""
    for f in sort_findings(findings):
        d = finding_to_dict(f)
        d["triage_after_audit"] = shown_after_audit(later or {}, f) is not None
        yield d


def write_json(path: Path, findings: Iterable[Finding], partial: bool = False,
               later: Mapping[str, Triage] | None = None) -> Path:
    """``findings.json``: a JSON list with one finding per line (diffable between audits,
    compact, and written by the C encoder: ``indent=`` is several times slower at 10k).

    Every object carries ``partial``: true when the audit's crawl did not finish (its
    findings are what it reached; coverage.json says why it stopped), and
    ``triage_after_audit``: true when its ``triage`` was recorded after the audit (a
    re-rendered report's; ``later``: those decisions by "platform:handle")."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:  # one line at a time (10,000 findings)
        sep = "[\n"
        for d in _finding_dicts(findings, later):
            after = d.pop("triage_after_audit")
            fh.write(sep + json.dumps({**d, "partial": partial, "triage_after_audit": after},
                                      ensure_ascii=False, allow_nan=False))
            sep = ",\n"
        fh.write("[]\n" if sep == "[\n" else "\n]\n")
    return path


def csv_safe(text: str) -> str:
    """Defuse a cell a spreadsheet would evaluate (``=HYPERLINK(...)``): prefix a quote."""
    return "'" + text if text.lstrip("'").startswith(_FORMULA_START) else text


def csv_unescape(text: str) -> str:
    """Inverse of :func:`csv_safe`, for readers that want the raw value back."""
    if text.startswith("'") and text.lstrip("'").startswith(_FORMULA_START):
        return text[1:]
    return text


def _evidence_value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def flatten(d: dict[str, Any]) -> dict[str, str]:
    """A JSON finding as CSV cells: evidence as ``signal=value: detail`` lines, lists with ``;``."""
    out: dict[str, str] = {}
    for k in FIELDS:
        v = d.get(k)
        if k == "evidence":
            cell = "\n".join(
                f"{e['signal']}={_evidence_value(e['value'])}: {e['detail']}" for e in v or ()
            )
        elif isinstance(v, list):
            cell = ";".join(str(x) for x in v)
        elif v is None:
            cell = ""
        elif isinstance(v, bool):
            cell = "true" if v else "false"
        else:
            cell = str(v)
        out[k] = csv_safe(cell)
    return out


#: Column headers of the CSV and the spreadsheet, for readers (the CSV in English keeps the
#: field names themselves: scripts rely on them).
HEADER_LABELS: dict[str, str] = {
    "platform": N_("Platform"),
    "handle": N_("Handle"),
    "url": N_("URL"),
    "display_name": N_("Display name"),
    "class": N_("Class"),
    "severity": N_("Severity"),
    "score": N_("Score"),
    "brand": N_("Brand"),
    "department": N_("Department"),
    "evidence": N_("Evidence"),
    "discovered_via": N_("Discovered via"),
    "status": N_("Status"),
    "probe_state": N_("Probe state"),
    "probe_reason": N_("Probe reason"),
    "triage": N_("Decision"),
    "status_detail": N_("Status detail"),
    "imitates": N_("Imitates"),
    "harm": N_("Harm"),
    "triage_note": N_("Decision note"),
    "followers": N_("Followers"),
    "posts": N_("Posts"),
    "last_active_at": N_("Last activity"),
    "platform_id": N_("Platform ID"),
    "http_status": N_("HTTP status"),
    "fetched_at": N_("Fetched at"),
    "triage_after_audit": N_("Decision recorded after the audit"),
}
_DECIMAL_FIELDS = ("score", "harm")


def csv_dialect(lang: str = "en") -> tuple[str, str]:
    """(delimiter, decimal mark) Excel expects under the language's usual locale.

    Excel splits a CSV on the locale's list separator and reads numbers with its decimal mark;
    in Turkish (and most of continental Europe) those are ``;`` and ``,``. A ``sep=`` first
    line would force the delimiter, but Excel then ignores the UTF-8 byte-order mark and
    garbles every non-ASCII letter (ı, ş, ğ), so the Turkish file uses ``;`` with decimal
    commas instead, and both files start with the BOM."""
    return (";", ",") if lang == "tr" else (",", ".")


def findings_csv(findings: Iterable[Finding], lang: str = "en",
                 later: Mapping[str, Triage] | None = None) -> str:
    """The CSV text. English: the field names as headers, ``,`` and ``.`` (the contract's
    shape); Turkish: translated headers, ``;`` and decimal commas (see :func:`csv_dialect`)."""
    buf = io.StringIO()
    _write_csv_rows(buf, findings, lang, later)
    return buf.getvalue()


def _write_csv_rows(out: TextIO, findings: Iterable[Finding], lang: str,
                    later: Mapping[str, Triage] | None) -> None:
    delimiter, decimal = csv_dialect(lang)
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    if lang == "en":
        w.writerow(FIELDS)
    else:
        _ = translations(lang).gettext
        w.writerow([_(HEADER_LABELS[k]) for k in FIELDS])
    for d in _finding_dicts(findings, later):
        row = flatten(d)
        if decimal != ".":
            for k in _DECIMAL_FIELDS:
                row[k] = row[k].replace(".", decimal)
        w.writerow([row[k] for k in FIELDS])


def write_csv(path: Path, findings: Iterable[Finding], lang: str = "en",
              later: Mapping[str, Triage] | None = None) -> Path:
    """``findings.csv``: UTF-8 with BOM so spreadsheet apps detect the encoding; its last
    column, ``triage_after_audit``, as the JSON's (``later``: see :func:`write_json`)."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        _write_csv_rows(fh, findings, lang, later)  # row by row, not one string of them all
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read ``findings.csv`` back (quote prefixes removed), whatever its language: the
    delimiter is read from the header line, translated headers are mapped back to the field
    names and decimal commas to points. Used by tests and scripts."""
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not rows:
        return []
    header = rows[0]
    names = {h: h for h in FIELDS}
    if header and header[0] not in names:
        for lang in ("tr",):
            _ = translations(lang).gettext
            names.update({_(HEADER_LABELS[k]): k for k in FIELDS})
    keys = [names.get(h, h) for h in header]
    out = []
    for r in rows[1:]:
        d = {k: csv_unescape(v) for k, v in zip(keys, r, strict=False)}
        if delimiter == ";":
            for k in _DECIMAL_FIELDS:
                if k in d:
                    d[k] = d[k].replace(",", ".")
        out.append(d)
    return out


__all__: Sequence[str] = [
    "CONTRACT_FIELDS",
    "FIELDS",
    "finding_to_dict",
    "findings_to_json",
    "write_json",
    "write_csv",
    "read_csv",
    "csv_safe",
]
