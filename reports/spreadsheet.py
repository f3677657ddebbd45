"""A small streaming writer of .xlsx workbooks: typed cells, a bold header row, frozen panes,
autofilters, column widths and the document's properties; nothing else.

Why not openpyxl: it builds every cell as an object before writing (10,000 findings x 18
columns: 2 s and tens of MB) and its import costs 0.15 s of every audit's start-up. The format
needed here is small: each sheet is written row by row straight into the zip, strings inline
(``t="inlineStr"``: no shared-string table to hold), so memory does not grow with the rows.

    book = Workbook(path)
    book.sheet("Findings", ["Handle", "Followers"], rows, widths=(26, 11))
    book.close(title="audit 7", creator="brandsweep", created=datetime(...))

Cells: ``str`` is always text (a scraped ``=HYPERLINK(...)`` is never a formula; characters XML
cannot hold become ``[U+XXXX]``), ``int``/``float`` numbers, ``bool`` booleans, ``datetime``
(naive, local) an Excel date shown ``yyyy-mm-dd hh:mm``, ``None`` and ``""`` an empty cell.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

#: characters an XML 1.0 document cannot carry (control characters, lone surrogates, FFFE/F)
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_EPOCH = datetime(1899, 12, 30)
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries' time: the same workbook, the same bytes
MAX_CELL = 32_767  # characters in one cell, Excel's limit
# cell styles (cellXfs in styles.xml): default, header, wrapped text, date
HEADER, WRAP, DATE = 1, 2, 3

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

_STYLES = (
    f'<styleSheet xmlns="{_NS}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDE3EA"/></patternFill></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"'
    ' applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment wrapText="1" vertical="top"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    "</cellStyles></styleSheet>"
)


def column_letter(n: int) -> str:
    """1 -> A, 27 -> AA."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def clean_text(v: str) -> str:
    """``v`` with every character XML cannot hold written as ``[U+XXXX]``."""
    return ILLEGAL.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", v)


def excel_date(d: datetime) -> float:
    """A naive datetime as Excel's day number (1900 date system)."""
    delta = d - _EPOCH
    return delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400


def _cell(ref: str, value: Any, style: int = 0) -> str:
    if value is None or value == "":
        return ""
    s = f' s="{style}"' if style else ""
    if isinstance(value, str):
        if not style and ("\n" in value or len(value) > 60):
            s = f' s="{WRAP}"'
        if len(value) > MAX_CELL:  # Excel refuses a longer cell (and repairs the file)
            value = value[: MAX_CELL - 1] + "…"
        text = escape(clean_text(value))
        return f'<c r="{ref}" t="inlineStr"{s}><is><t xml:space="preserve">{text}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>'
    if isinstance(value, datetime):
        return f'<c r="{ref}" s="{DATE}"><v>{excel_date(value.replace(tzinfo=None))!r}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    if isinstance(value, float):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>' if math.isfinite(value) else ""
    return _cell(ref, str(value), style)


@dataclass(frozen=True)
class ListValidation:
    """A column whose cells offer a drop-down list: the values of ``source`` (a range such as
    ``'Decisions'!$A$2:$A$8``, so a value may hold a comma), with ``prompt`` shown beside the
    cell; another value typed in is let through after ``error`` warns (a code the importer
    also reads)."""

    column: int  # 1-based
    source: str
    title: str = ""
    prompt: str = ""
    error: str = ""

    def xml(self, sqref: str) -> str:
        def attr(name: str, value: str, limit: int) -> str:
            return f" {name}={quoteattr(clean_text(value)[:limit])}" if value else ""

        return (f'<dataValidation type="list" errorStyle="warning" allowBlank="1" '
                f'showInputMessage="1" showErrorMessage="1"'
                f'{attr("promptTitle", self.title, 32)}{attr("prompt", self.prompt, 255)}'
                f'{attr("errorTitle", self.title, 32)}{attr("error", self.error, 255)}'
                f' sqref="{sqref}"><formula1>{escape(self.source)}</formula1>'
                "</dataValidation>")


class Workbook:
    """One .xlsx file being written: ``sheet`` for each sheet in order, then ``close``."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.zip = zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        self.sheets: list[tuple[str, str | None]] = []  # (title, autofilter range)

    def _entry(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        return info

    def sheet(self, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
              widths: Sequence[int] = (), lists: Sequence[ListValidation] = ()) -> int:
        """Write one sheet: the header row (bold, shaded, frozen), then ``rows``; an autofilter
        over all of it; ``lists``: columns whose cells offer a drop-down list of values.
        Returns the number of data rows written."""
        title = clean_text(title)[:31]
        n_cols = max(len(headers), 1)
        letters = [column_letter(i) for i in range(1, n_cols + 1)]
        number = len(self.sheets) + 1
        with self.zip.open(self._entry(f"xl/worksheets/sheet{number}.xml"), "w") as raw:
            buf: list[str] = [
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<worksheet xmlns="{_NS}" xmlns:r="{_REL}"><sheetViews>'
                '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" '
                'activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
                '<sheetFormatPr defaultRowHeight="15"/>'
            ]
            if widths:
                buf.append("<cols>" + "".join(
                    f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                    for i, w in enumerate(widths, 1)) + "</cols>")
            buf.append('<sheetData><row r="1">' + "".join(
                _cell(f"{letters[i]}1", h, HEADER) for i, h in enumerate(headers)) + "</row>")
            n = 1
            for row in rows:
                n += 1
                buf.append(f'<row r="{n}">' + "".join(
                    _cell(f"{letters[i] if i < n_cols else column_letter(i + 1)}{n}", v)
                    for i, v in enumerate(row)) + "</row>")
                if len(buf) >= 500:
                    raw.write("".join(buf).encode("utf-8"))
                    buf.clear()
            ref = f"A1:{letters[-1]}{n}"
            buf.append(f'</sheetData><autoFilter ref="{ref}"/>')
            if lists and n > 1:
                buf.append(f'<dataValidations count="{len(lists)}">' + "".join(
                    v.xml(f"{column_letter(v.column)}2:{column_letter(v.column)}{n}")
                    for v in lists) + "</dataValidations>")
            buf.append('<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" '
                       'footer="0.5"/></worksheet>')
            raw.write("".join(buf).encode("utf-8"))
        self.sheets.append((title, ref))
        return n - 1

    def close(self, title: str = "", creator: str = "", created: datetime | None = None,
              keywords: str = "") -> None:
        """Write the workbook's parts and properties and close the file (``keywords``: the
        document's keywords property, which spreadsheet programs keep when they save)."""
        count = len(self.sheets)
        parts = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            f'ContentType="{_CT}.worksheet+xml"/>' for i in range(1, count + 1))
        self._write("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>{parts}'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'))
        self._write("_rels/.rels", (
            f'<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties" '
            'Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/extended-properties" '
            'Target="docProps/app.xml"/></Relationships>'))
        when = ""
        if created is not None:
            stamp = created.replace(tzinfo=None, microsecond=0).isoformat() + "Z"
            when = (f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
                    f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>')
        self._write("docProps/core.xml", (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>{escape(clean_text(creator))}</dc:creator>"
            f"<dc:title>{escape(clean_text(title))}</dc:title>"
            + (f"<cp:keywords>{escape(clean_text(keywords))}</cp:keywords>" if keywords else "")
            + f"{when}</cp:coreProperties>"))
        self._write("docProps/app.xml", (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties"><Application>brandsweep</Application></Properties>'))
        sheets = "".join(
            f'<sheet name={quoteattr(t)} sheetId="{i}" r:id="rId{i}"/>'
            for i, (t, _ref) in enumerate(self.sheets, 1))
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{escape(_quote_sheet(t))}!{_absolute(ref)}</definedName>"
            for i, (t, ref) in enumerate(self.sheets) if ref)
        self._write("xl/workbook.xml", (
            f'<workbook xmlns="{_NS}" xmlns:r="{_REL}"><bookViews><workbookView activeTab="0"/>'
            f"</bookViews><sheets>{sheets}</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "") + "</workbook>"))
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" '
            f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, count + 1))
        self._write("xl/_rels/workbook.xml.rels", (
            f'<Relationships xmlns="{_PKG_REL}">{rels}<Relationship Id="rId{count + 1}" '
            f'Type="{_REL}/styles" Target="styles.xml"/></Relationships>'))
        self._write("xl/styles.xml", _STYLES)
        self.zip.close()

    def _write(self, name: str, xml: str) -> None:
        self.zip.writestr(self._entry(name),
                          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml)


def _quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _absolute(ref: str) -> str:
    """``A1:R12`` -> ``$A$1:$R$12``."""
    return ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in ref.split(":"))
