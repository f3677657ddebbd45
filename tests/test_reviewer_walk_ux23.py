"""What a Turkish reviewer met walking the loop (demo, report, triage, evidence, a later
audit), each fixed where it stopped them: fast unit tests, no audit."""

from __future__ import annotations

from pathlib import Path

from reports.i18n import Translator


def test_after_a_few_packs_each_profile_has_its_own_command_to_paste():
    """``evidence --all`` ended with ``triage ... PLATFORM:KULLANICI_ADI --as
    takedown_requested``, a placeholder triage refuses when typed as shown, although it had
    just packed two named profiles."""
    from crawler.cli import NAMED_PACKS, after_packs_line

    keys = [("youtube", "northwindcoffeelive"), ("instagram", "northwind coffee")]
    said = after_packs_line(Translator("tr"), Path("my audits.db"), single=False, profiles=keys)
    assert said.endswith(
        "brandsweep triage --db 'my audits.db' youtube:northwindcoffeelive --as "
        "takedown_requested; brandsweep triage --db 'my audits.db' 'instagram:northwind coffee' "
        "--as takedown_requested")
    assert "KULLANICI_ADI" not in said
    many = [("x", f"fake{i}") for i in range(NAMED_PACKS + 1)]
    said = after_packs_line(Translator("tr"), Path("a.db"), single=False, profiles=many)
    assert said.endswith("brandsweep triage --db a.db PLATFORM:KULLANICI_ADI --as "
                         "takedown_requested")
    one = after_packs_line(Translator("en"), Path("a.db"), single=True,
                           profiles=[("x", "fake")])
    assert one.endswith("record the request: brandsweep triage --db a.db x:fake --as "
                        "takedown_requested")


def _carried_taken_down():
    from dataclasses import replace

    from matching.history import _NOT_CHECKED
    from matching.models import FindingClass, Status, Triage, TriageDecision
    from reports import sample

    base = next(f for f in sample.findings() if f.cls == FindingClass.IMPOSTOR)
    down = Triage(base.platform, base.handle, TriageDecision.TAKEN_DOWN, None,
                  "2025-01-01T00:00:00+00:00")
    return replace(base, triage=down, status=Status.UNCHANGED, status_detail=_NOT_CHECKED)


def test_a_taken_down_impostor_the_audit_did_not_read_is_no_failed_takedown():
    """A taken-down impostor still linked from a scam site was sighted but never read in the
    next audit; its finding, carried over "as of the previous audit", kept the earlier
    "found", and the terminal and the report said "takedown failed: still live"."""
    from dataclasses import replace

    from matching.history import _NOT_SWEPT
    from matching.models import Status
    from reports.view import AS_OF_PREVIOUS, carried_over, takedowns_failed

    carried = _carried_taken_down()
    assert carried_over(carried) and takedowns_failed([carried]) == []
    assert carried_over(replace(carried, status_detail=_NOT_SWEPT))
    read_again = replace(carried, status_detail=None)  # this audit found it: still up
    assert not carried_over(read_again) and takedowns_failed([read_again]) == [read_again]
    back = replace(carried, status=Status.REOPENED, status_detail="reappeared")
    assert takedowns_failed([back]) == [back]
    assert _NOT_SWEPT.endswith(AS_OF_PREVIOUS)


def test_a_profile_sighted_but_never_read_is_said_in_the_readers_language():
    """The coverage section said "Instagram yoklaması çalışamadı instagram:x was sighted but
    its profile was never read: not checked in this audit: not checked", the terminal's
    coverage line "... not checked", the finding's detail English."""
    from matching.history import _NOT_CHECKED
    from reports.coverage import gap_view, reason_text
    from reports.view import status_detail_text

    tr = Translator("tr")
    gap = {"path": "probe", "engine": "instagram", "reason": "not checked",
           "query": "instagram:northwindcofee was sighted but its profile was never read: not "
                    "checked in this audit", "url": "", "page": 1}
    view = gap_view(gap, tr=tr)
    assert view.text == ("instagram:northwindcofee görüldü ama profili hiç okunamadı: bu "
                         "denetimde okunmadı")
    assert reason_text("not checked", tr) == "bu denetimde okunmadı"
    assert status_detail_text(tr, _NOT_CHECKED) == ("bu denetimde görüldü ama kontrol "
                                                     "edilemedi: önceki denetimdeki hâliyle")


def test_a_servers_etc_utc_is_called_utc_as_the_report_says_it(monkeypatch):
    """The xlsx headers said "Son etkinlik (Etc/UTC)" where the report said "(UTC)"."""
    from reports.i18n import system_timezone

    monkeypatch.setenv("TZ", "Etc/UTC")
    assert system_timezone() == "UTC"
    monkeypatch.setenv("TZ", "Europe/Istanbul")
    assert system_timezone() == "Europe/Istanbul"


def test_the_next_step_names_the_spreadsheets_import_too(tmp_path):
    """The terminal said to decide in the report's Decision column only; the reviewer who
    decides in findings.xlsx (its Decision column is imported too) was not told how."""
    from dataclasses import replace
    from types import SimpleNamespace

    from crawler.cli import next_step_line
    from matching.models import FindingClass, Status
    from reports import sample

    impostor = replace(sample.findings()[1], cls=FindingClass.IMPOSTOR, status=Status.NEW)
    sheet = tmp_path / "my report" / "findings.xlsx"
    result = SimpleNamespace(complete=True, db=Path("a.db"), audit_id=3, findings=[impostor],
                             outputs={"findings.xlsx": sheet})
    said = next_step_line(Translator("tr"), result)
    assert said is not None
    assert (f"ya da findings.xlsx'in Karar sütunu, sonra brandsweep triage --db a.db --import "
            f"'{sheet}'; ya da tek tek") in said
    assert "--import decisions-audit-3.json" in said
