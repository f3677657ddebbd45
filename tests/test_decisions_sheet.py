"""``triage --import findings.xlsx``: a reviewer's decisions typed into the spreadsheet.

A Turkish reviewer filled the "Karar" column of findings.xlsx in a spreadsheet program and gave
the file to ``triage --import``, which answered "dosya okunamıyor: 'utf-8' codec can't decode
byte 0xd1": nothing in brandsweep read what the spreadsheet invites one to fill in. The
workbook now names its audit, and the import reads its Decision column (a name in any language
or a code) or its triage code column, row by row, with the same checks as a decisions file.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest

from crawler.decisions import DecisionsError, _one_reading, plan_import, read_decisions
from crawler.decisions_sheet import is_workbook
from matching.models import Triage, TriageDecision
from reports import build_view, sample
from reports.i18n import Translator
from reports.xlsx import AUDIT_KEYWORD, write_xlsx

openpyxl = pytest.importorskip("openpyxl")

AUDIT = replace(sample.audit(), lang="tr")
AUDITS = {AUDIT.audit_id: {"started_at": AUDIT.started_at}}


@lru_cache(maxsize=1)
def _written(folder: str) -> Path:
    path = Path(folder) / "findings.xlsx"
    view = build_view(sample.inventory(), sample.findings(), AUDIT)
    write_xlsx(path, view, sample.findings())
    return path


def _filled(tmp_path: Path, decisions: dict[str, tuple[str, str]], *, by: str | None = None,
            blank_row: bool = False, keywords: str | None = None) -> Path:
    """The audit's workbook as a reviewer saves it: ``decisions`` maps a handle to (column,
    value), the column "Karar", "triage" or "Kullanıcı adı" (a handle typed over)."""
    wb = openpyxl.load_workbook(_written(str(tmp_path.parent)))
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    for row in range(2, ws.max_row + 1):
        handle = ws.cell(row, head.index("Kullanıcı adı") + 1).value
        if handle in decisions:
            column, value = decisions[handle]
            ws.cell(row, head.index(column) + 1).value = value
    if blank_row:
        ws.insert_rows(3)
    wb.properties.lastModifiedBy = by
    if keywords is not None:
        wb.properties.keywords = keywords
    path = tmp_path / "kararlar.xlsx"
    wb.save(path)  # as Excel writes it: shared strings, its own styles
    return path


def _plan(path: Path, by: str | None = None):
    data, text = read_decisions(path)
    recorded = {(f.platform, f.handle): f.triage for f in sample.findings() if f.triage}
    return plan_import(path, data, text, AUDITS, lambda _id: sample.findings(), recorded, by,
                       Translator("tr").gettext)


def test_the_workbook_names_its_audit(tmp_path):
    path = _written(str(tmp_path))
    assert is_workbook(path) and not is_workbook(Path(__file__))
    with zipfile.ZipFile(path) as book:
        core = book.read("docProps/core.xml").decode()
    assert f"<cp:keywords>{AUDIT_KEYWORD}{AUDIT.audit_id}@{AUDIT.started_at}</cp:keywords>" \
        in core


def test_decisions_typed_in_the_spreadsheet_are_imported_row_by_row(tmp_path):
    path = _filled(tmp_path, {
        "northwindcoffee_support": ("Karar", "Taklitçi olduğu doğrulandı"),
        "northwind.coffee.tr": ("Karar", "yanlış ALARM"),  # any case
        "northwind": ("triage", "allow"),  # the code column
    }, by="Ayşe Yılmaz", blank_row=True)
    plan = _plan(path)
    assert plan.reviewer == "Ayşe Yılmaz" and plan.audit_id == AUDIT.audit_id
    got = {t.handle: t.decision for t in plan.applied}
    assert got == {"northwindcoffee_support": TriageDecision.IMPOSTOR_CONFIRMED,
                   "northwind.coffee.tr": TriageDecision.FALSE_POSITIVE,
                   "northwind": TriageDecision.ALLOW}
    assert all(t.note == "7 numaralı denetimin kararlar.xlsx tablosunda" for t in plan.applied)
    # the decision the sheet was written with (x: takedown_requested) is already recorded
    assert [t.decision for t in plan.unchanged] == [TriageDecision.TAKEDOWN_REQUESTED]


def test_a_wrong_name_and_a_handle_typed_over_are_named_by_their_row(tmp_path):
    path = _filled(tmp_path, {
        "northwindcoffee_support": ("Karar", "impostor_confirmd"),
        "northwind.coffee.tr": ("Kullanıcı adı", "northwind.cofee.tr"),
    }, by="Ayşe")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    for row in range(2, ws.max_row + 1):  # the changed handle's row is decided too
        if ws.cell(row, head.index("Kullanıcı adı") + 1).value == "northwind.cofee.tr":
            ws.cell(row, head.index("Karar") + 1).value = "Yanlış alarm"
            changed = row
        if ws.cell(row, head.index("Kullanıcı adı") + 1).value == "northwindcoffee_support":
            wrong = row
    wb.save(path)
    with pytest.raises(DecisionsError) as err:
        _plan(path)
    said = err.value.render(Translator("tr").gettext)
    assert f"{wrong}. satır (instagram:northwindcoffee_support): bilinmeyen karar " \
           "'impostor_confirmd'" in said
    assert f"{changed}. satır (instagram:northwind.cofee.tr): 7 numaralı denetimin bir " \
           "bulgusu değil; instagram:northwind.coffee.tr ya da instagram:northwindcoffee mi " \
           "demek istediniz?" in said


def test_without_a_reviewer_or_its_audit_the_sheet_is_refused_with_the_fix(tmp_path):
    path = _filled(tmp_path, {"northwind": ("Karar", "İzinli (iş ortağı, bayi)")})
    with pytest.raises(DecisionsError) as err:
        _plan(path)
    assert "--by AD verin" in err.value.render(Translator("tr").gettext)
    assert [t.decision for t in _plan(path, by="Ayşe").applied] == [TriageDecision.ALLOW]
    os.remove(path)
    path = _filled(tmp_path, {"northwind": ("Karar", "allow")}, by="Ayşe", keywords="")
    with pytest.raises(DecisionsError) as err:
        read_decisions(path)
    assert "hangi denetime ait olduğunu söylemiyor" in err.value.render(Translator("tr").gettext)


def test_the_reviewers_reading_is_the_one_that_differs_from_the_sheet():
    f = replace(sample.findings()[1], triage=Triage("instagram", "x", TriageDecision.FAN))
    assert _one_reading(["allow"], f) == "allow"
    assert _one_reading(["allow", "fan"], f) == "allow"  # the code column still says fan
    assert _one_reading(["fan", "allow"], f) == "allow"  # the name column still says fan
    assert _one_reading(["allow", "official"], f) == ["allow", "official"]  # both changed
    assert _one_reading("allow", f) == "allow"  # a decisions file's single value


def test_a_csv_with_decisions_is_refused_with_the_way_that_works(tmp_path):
    """findings.csv has a Karar column too; importing it said "1. satır, 1. sütun: geçerli
    JSON değil (Expecting value)"."""
    path = tmp_path / "findings.csv"
    path.write_text("Platform;Kullanıcı adı;Karar\n", encoding="utf-8")
    with pytest.raises(DecisionsError) as err:
        read_decisions(path)
    said = err.value.render(Translator("tr").gettext)
    assert "CSV dosyası okunmaz" in said and "findings.xlsx" in said and "JSON" not in said


def test_a_workbook_not_found_is_looked_for_in_the_audits_folder(tmp_path, monkeypatch):
    from crawler.cli import BadInput, _located_decisions

    monkeypatch.chdir(tmp_path)
    audits = {1: {"settings": {"out": str(tmp_path / "old")}},
              2: {"settings": {"out": str(tmp_path / "rapor 2")}}}
    with pytest.raises(BadInput) as err:
        _located_decisions(Translator("tr").gettext, Path("findings.xlsx"), audits)
    assert str(err.value).endswith("örneğin --import 'rapor 2/findings.xlsx'")


def test_a_sheet_of_a_rerendered_report_names_the_decision_recorded_since(tmp_path):
    """Decided in the page, imported, re-rendered: the new workbook's Karar and triage
    columns hold the decision recorded after the audit (the audit stored none). The reviewer
    moves one on in the Karar column: that is the decision, not a conflict of two readings."""
    from reports.view import with_later_decisions

    handle = "northwindcoffee_support"
    confirmed = Triage("instagram", handle, TriageDecision.IMPOSTOR_CONFIRMED, None,
                       "2025-03-02T09:00:00+00:00", by="Ayşe")
    later = {f"instagram:{handle}": confirmed}
    audit = replace(AUDIT, later_decisions=later)
    findings = with_later_decisions(sample.findings(), later)
    written = tmp_path / "findings.xlsx"
    write_xlsx(written, build_view(sample.inventory(), findings, audit), findings)
    wb = openpyxl.load_workbook(written)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, head.index("Kullanıcı adı") + 1).value == handle:
            assert ws.cell(row, head.index("triage") + 1).value == "impostor_confirmed"
            ws.cell(row, head.index("Karar") + 1).value = "Kaldırma talep edildi"
    wb.properties.lastModifiedBy = "Ayşe"
    path = tmp_path / "kararlar.xlsx"
    wb.save(path)
    data, text = read_decisions(path)
    recorded = {(f.platform, f.handle): f.triage for f in findings if f.triage}
    plan = plan_import(path, data, text, AUDITS, lambda _id: sample.findings(), recorded, None,
                       Translator("tr").gettext)
    assert [(t.handle, t.decision) for t in plan.applied] == [
        (handle, TriageDecision.TAKEDOWN_REQUESTED)]
    # the audit's own decision and the one recorded since both read as "what was there"
    f = next(f for f in sample.findings() if f.handle == handle)
    assert _one_reading(["takedown_requested", "impostor_confirmed"], f, confirmed) \
        == "takedown_requested"
    assert _one_reading(["fan", "false_positive"], f, confirmed) == ["fan", "false_positive"]


def test_the_decision_column_offers_the_decisions_as_a_list(tmp_path):
    """A Turkish reviewer had to type "İzinli (iş ortağı, bayi)" into an empty Karar cell,
    exactly: the column offered nothing to pick. It offers the decisions as the page's menu
    names them (a drop-down list whose values sit on the last sheet, "Kararlar", beside
    their codes: a value holds a comma), the code column the codes; a value picked from the
    list is one the import reads."""
    from reports.sentences import CHOICE_LABELS

    tr = Translator("tr")
    wb = openpyxl.load_workbook(_written(str(tmp_path)))
    assert wb.sheetnames[-1] == "Kararlar"
    listed = [r for r in wb["Kararlar"].iter_rows(min_row=2, values_only=True)]
    assert listed == [(tr.gettext(label), code) for code, label in CHOICE_LABELS.items()]
    assert ("İzinli (iş ortağı, bayi)", "allow") in listed
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    karar = openpyxl.utils.get_column_letter(head.index("Karar") + 1)
    code = openpyxl.utils.get_column_letter(head.index("triage") + 1)
    lists = {str(v.sqref): v for v in ws.data_validations.dataValidation}
    assert set(lists) == {f"{karar}2:{karar}{ws.max_row}", f"{code}2:{code}{ws.max_row}"}
    label_list = lists[f"{karar}2:{karar}{ws.max_row}"]
    assert label_list.type == "list" and label_list.formula1 == "'Kararlar'!$A$2:$A$8"
    assert lists[f"{code}2:{code}{ws.max_row}"].formula1 == "'Kararlar'!$B$2:$B$8"
    assert "Kararlar" in label_list.prompt and label_list.errorStyle == "warning"
    # a value picked from the list is imported
    path = _filled(tmp_path, {"northwind": ("Karar", listed[-1][0])}, by="Ayşe")
    assert [(t.handle, t.decision) for t in _plan(path).applied] == [
        ("northwind", TriageDecision.ALLOW)]
