"""The reviewer's loop as a new user walks it (ux20): what the report, the terminal and the
exports say agree with each other and with what works when typed. Fast: views built in
memory from reports.sample, no audit."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from matching.models import FindingClass, Status, Triage, TriageDecision
from reports import build_view, render_html, sample
from reports.i18n import Translator


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_impostors_to_report_says_decide_first_then_pack_as_the_terminal_does(lang):
    """The report said ``brandsweep evidence`` exports a pack for each impostor while the
    terminal said decide first, then pack the confirmed ones: both give the same commands,
    with this audit's database, in every language the report has."""
    from crawler.cli import next_step_line

    audit = replace(sample.audit(), lang=lang, db_path="/srv/audits/my audits.db")
    view = build_view(sample.inventory(), sample.findings(), audit)
    group = next(g for g in view.actions if g.key == "impostor")
    text = group.description
    packs = ("brandsweep evidence --db '/srv/audits/my audits.db' --all --as "
             "impostor_confirmed --out evidence-packs/")
    triage = (f"brandsweep triage --db '/srv/audits/my audits.db' --import "
              f"decisions-audit-{audit.audit_id}.json")
    assert packs in text and triage in text
    assert text.index(triage) < text.index(packs)  # deciding first
    assert "exports a takedown pack for each" not in text
    assert f"{packs}." not in text  # no full stop to paste into the --out path
    result = SimpleNamespace(complete=True, db="/srv/audits/my audits.db",
                             audit_id=audit.audit_id, findings=sample.findings())
    said = next_step_line(Translator(lang), result)
    assert said is not None and said.endswith(packs) and triage in said
    if lang == "tr":
        assert "Önce her birine karar verin" in text and "PLATFORM:KULLANICI_ADI" in text
    # on the page the commands are code, never translated
    assert '<code translate="no">{}</code>'.format(packs.replace("'", "&#39;")) in render_html(
        view)
    # every impostor decided: only the packs are left, in the report as in the terminal
    decided = [replace(f, triage=Triage(f.platform, f.handle, TriageDecision.IMPOSTOR_CONFIRMED))
               if f.cls == FindingClass.IMPOSTOR and f.status != Status.RESOLVED else f
               for f in sample.findings()]
    view = build_view(sample.inventory(), decided, audit)
    text = next(g for g in view.actions if g.key == "impostor").description
    assert packs in text and "--import" not in text


def test_a_refused_command_leaves_no_folder_it_made_and_keeps_the_users(tmp_path):
    """``audit bad.yaml --out new/report`` refused the inventory (exit 2) and left the empty
    folders behind; a folder that existed stays, and so does one that holds a file."""
    from click.testing import CliRunner

    from crawler import cli

    bad = tmp_path / "bad.yaml"
    bad.write_text("organization: X\nbrandz: []\n", encoding="utf-8")
    kept = tmp_path / "kept"
    kept.mkdir()
    for out in (tmp_path / "new" / "deep" / "report", kept / "report"):
        said = CliRunner().invoke(cli.main, ["audit", str(bad), "--out", str(out),
                                             "--db", str(tmp_path / "a.db")])
        assert said.exit_code == 2 and "brandz" in said.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "kept"]
    assert list(kept.iterdir()) == []
    # only while empty, and only what this command made
    made = tmp_path / "made"
    cli._out_dir(made / "sub")
    (made / "note.txt").write_text("mine", encoding="utf-8")
    cli.remove_made_folders()
    assert (made / "note.txt").exists() and not (made / "sub").exists()


def test_an_impostors_department_follows_the_account_it_is_shown_imitating(tmp_path):
    """The matcher gave an impostor the department of the declared account it first picked
    (x:NorthwindCare, Customer Care, found gone); the report names the brand's live declared
    account on X instead (Marketing's): the department shown is that account's, in the
    report, the spreadsheet and the exports. A department the profile's own words name (an
    impostor of the live Instagram account calling itself support) stays, and so does one
    where the account shown is undeclared (its department only a guess: the demo's Telegram
    'support' impostor became People's); class and severity never move."""
    import json

    from matching.models import OfficialAccount
    from reports import write_outputs
    from reports.view import shown_imitations

    inv = sample.inventory()
    brand = inv.brands[0]
    inv = replace(inv, source=None, brands=(replace(brand, accounts=(*brand.accounts, (
        OfficialAccount("x", "NorthwindCoffeeX", brand.name, "Marketing")))),
        *inv.brands[1:]))
    base = sample.findings()
    fake = next(f for f in base if f.cls == FindingClass.IMPOSTOR and f.platform == "x")
    assert fake.imitates == ("x", "NorthwindCare") and fake.department == "Customer Care"
    official = next(f for f in base if f.cls == FindingClass.OFFICIAL)
    live_x = replace(official, platform="x", handle="NorthwindCoffeeX", department="Marketing",
                     url="https://x.com/NorthwindCoffeeX")
    support = replace(next(f for f in base if f.handle == "northwindcoffee_support"),
                      department="Customer Care")  # its own words: "_support"
    findings = [f for f in base if f.handle != "northwindcoffee_support"] + [live_x, support]
    shown = {(f.platform, f.handle): f for f in shown_imitations(findings, inv)}
    now = shown[(fake.platform, fake.handle)]
    assert now.imitates == ("x", "NorthwindCoffeeX") and now.department == "Marketing"
    assert (now.cls, now.severity) == (fake.cls, fake.severity)
    assert shown[("instagram", "northwindcoffee_support")].department == "Customer Care"
    undeclared = replace(live_x, cls=FindingClass.OFFICIAL_UNLISTED, department="People")
    kept = {(f.platform, f.handle): f for f in shown_imitations(
        [f for f in findings if f is not live_x] + [undeclared], sample.inventory())}
    assert kept[(fake.platform, fake.handle)].imitates == ("x", "NorthwindCoffeeX")
    assert kept[(fake.platform, fake.handle)].department == "Customer Care"
    view = build_view(inv, findings, sample.audit())
    row = next(r for r in view.rows if r.platform == "x" and r.cls == "impostor")
    assert row.department == "Marketing" and "NorthwindCoffeeX" in (row.imitates or "")
    paths = write_outputs(tmp_path, inv, findings, sample.audit(), only=("findings.json",))
    said = {d["handle"]: d for d in json.loads(paths["findings.json"].read_text("utf-8"))}
    assert said[fake.handle]["department"] == "Marketing"
    assert said[fake.handle]["imitates"] == "x:NorthwindCoffeeX"


def test_evidence_tooltips_in_turkish_give_the_code_not_the_matchers_english():
    """The tooltip of an evidence line was the matcher's English note in a Turkish report;
    there it is the signal's code (the sentence says the rest), in English the note too."""
    tips = {}
    for lang in ("en", "tr"):
        view = build_view(sample.inventory(), sample.findings(),
                          replace(sample.audit(), lang=lang))
        row = next(r for r in view.rows if r.handle_plain == "northwindcoffee_support")
        tips[lang] = next(e.tip for e in row.evidence if e.signal == "handle_similarity")
    assert tips["en"] == "handle_similarity 0.91: 'northwindcoffee' + suffix '_support'."
    assert tips["tr"] == "sinyal kodu: handle_similarity 0.91"
    # a value in words (a rule's name, a probe's reason) is the matcher's English: code only
    from reports.view import evidence_tip

    tr = Translator("tr")
    assert evidence_tip(tr, "decision", "walled, secondary evidence of a scam", "x") == (
        "sinyal kodu: decision")
    assert evidence_tip(tr, "avatar_match", "4", "x") == "sinyal kodu: avatar_match 4"


def test_an_unreachable_redis_is_said_in_the_users_language_and_leaves_no_audit(
        tmp_path, monkeypatch):
    """``worker`` and ``audit --redis-url`` said 'cannot use Redis at ...' in English on a
    Turkish terminal, and the audit had begun (a partial audit and its database left behind)
    before the crawl found Redis unreachable."""
    pytest.importorskip("redis")
    from click.testing import CliRunner

    from crawler import cli
    from crawler.distributed.audit import ScaleError, connect
    from reports.i18n import translations

    url = "redis://127.0.0.1:1/0"  # nothing listens on port 1: refused at once
    with pytest.raises(ScaleError) as refused:
        connect(url)
    said = cli._usage_problem(refused.value, "tr")
    assert said.startswith("redis://127.0.0.1:1/0 adresindeki Redis kullanılamıyor: bu adreste "
                           "yanıt veren yok (")
    assert "Redis'i orada başlatın" in said
    assert str(refused.value).startswith("cannot use Redis at redis://127.0.0.1:1/0: nothing")
    assert translations("tr").gettext("no open audit in Redis after {n} s") != (
        "no open audit in Redis after {n} s")
    monkeypatch.setenv("BRANDSWEEP_LANG", "tr")
    out = CliRunner().invoke(cli.main, ["worker", "--redis-url", url])
    assert out.exit_code == 2 and "adresindeki Redis kullanılamıyor" in out.output
    inv = tmp_path / "inv.yaml"
    inv.write_text(sample.SOURCE_YAML, encoding="utf-8")
    out = CliRunner().invoke(cli.main, ["audit", str(inv), "--out", str(tmp_path / "o"),
                                        "--db", str(tmp_path / "a.db"), "--redis-url", url])
    assert out.exit_code == 2 and "adresindeki Redis kullanılamıyor" in out.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inv.yaml"]


def test_the_later_decisions_note_gives_a_command_that_runs_as_typed():
    """'To see the report as it stood: brandsweep report --as-of-audit.' failed when typed
    (no --out; the database not this one; the full stop glued to the option): the note gives
    the whole command, with this audit's database and number, as code on the page."""
    t = Triage("instagram", "northwindcoffee_support", TriageDecision.FALSE_POSITIVE, None,
               "2025-03-02T08:00:00+00:00", by="ayse")
    later = {"instagram:northwindcoffee_support": t}
    import html as html_lib

    from reports.view import with_later_decisions

    for lang, folder in (("en", "'<FOLDER>'"), ("tr", "'<KLASÖR>'")):
        audit = replace(sample.audit(), lang=lang, later_decisions=later, db_path="/a/b.db")
        view = build_view(sample.inventory(), with_later_decisions(sample.findings(), later),
                          audit)
        command = (f"brandsweep report --db /a/b.db --audit {audit.audit_id} --out {folder} "
                   "--as-of-audit")
        assert view.later_note is not None and view.later_note.endswith(command)
        assert (f'<code translate="no">{html_lib.escape(command, quote=False)}</code>'
                in render_html(view).replace("&#39;", "'").replace("&#x27;", "'"))
        hidden = build_view(sample.inventory(), sample.findings(),
                            replace(audit, later_decisions={}, later_hidden=2))
        assert hidden.later_note is not None
        assert command.replace("--as-of-audit", "--with-later-decisions") in hidden.later_note


def test_the_later_decisions_note_names_the_reports_own_folder():
    """'--out FOLDER', typed as shown, wrote the report into ./FOLDER: a report that knows
    its folder names it (the later decisions added here, in place; the report as it stood
    beside it, not over it)."""
    t = Triage("instagram", "northwindcoffee_support", TriageDecision.FALSE_POSITIVE, None,
               "2025-03-02T08:00:00+00:00", by="ayse")
    later = {"instagram:northwindcoffee_support": t}
    from reports.view import with_later_decisions

    audit = replace(sample.audit(), lang="en", later_decisions=later, db_path="/a/b.db",
                    out_dir="/srv/audits/acme 2026")
    view = build_view(sample.inventory(), with_later_decisions(sample.findings(), later), audit)
    assert view.later_note is not None and view.later_note.endswith(
        f"--audit {audit.audit_id} --out '/srv/audits/acme 2026-as-it-stood' --as-of-audit")
    hidden = build_view(sample.inventory(), sample.findings(),
                        replace(audit, later_decisions={}, later_hidden=2))
    assert hidden.later_note is not None
    assert "--out '/srv/audits/acme 2026' --with-later-decisions" in hidden.later_note


def test_a_placeholder_typed_as_printed_is_refused_not_made_a_folder(tmp_path, monkeypatch):
    """The placeholder a command prints when the folder is not known fails loudly (exit 2,
    nothing made) instead of writing into a folder named after it."""
    from pathlib import Path

    from crawler.cli import BadInput, _out_dir

    monkeypatch.chdir(tmp_path)
    for typed in ("<FOLDER>", "<KLASÖR>"):
        with pytest.raises(BadInput, match="a placeholder, as a command printed it"):
            _out_dir(Path(typed))
    assert not any(tmp_path.iterdir())
    assert _out_dir(Path("acme")) == Path("acme")  # a folder, made


def test_fail_on_names_the_new_findings_that_set_it_off():
    """'--fail-on high: 1 new finding at or above it' did not say which: a scheduled audit's
    reader had to open the report to find it. The profiles follow, worst first, as triage
    takes them, the first five."""
    from crawler.cli import fail_on_message

    fake = [f for f in sample.findings() if f.severity is not None]
    said = fail_on_message(SimpleNamespace(lang="en", failed_on=fake[:1]), "high")
    assert said == (f"--fail-on high: 1 new finding at or above it: "
                    f"{fake[0].platform}:{fake[0].handle}")
    many = [replace(fake[0], handle=f"fake{i}") for i in range(7)]
    said = fail_on_message(SimpleNamespace(lang="tr", failed_on=many), "medium")
    assert said.endswith(": instagram:fake0, instagram:fake1, instagram:fake2, "
                         "instagram:fake3, instagram:fake4, ve 2 tane daha")
    # a first audit (the summary said "nothing to compare with yet"): every finding is new
    first = [replace(f, status=Status.NEW) for f in sample.findings()]
    said = fail_on_message(SimpleNamespace(lang="en", failed_on=fake[:1], findings=first),
                           "high")
    assert said.endswith("(the inventory's first audit: every finding is new; the next audit "
                         "compares with this one)")
    later = fail_on_message(SimpleNamespace(lang="en", failed_on=fake[:1],
                                            findings=sample.findings()), "high")
    assert "first audit" not in later
    # a takedown that did not hold: reopened, not new
    back = replace(fake[0], status=Status.REOPENED)
    said = fail_on_message(SimpleNamespace(lang="tr", failed_on=[back]), "high")
    assert said.endswith(f"{back.platform}:{back.handle} (yeniden açıldı)")


def test_the_findings_table_says_why_it_lists_more_than_the_summary_counts():
    """The second audit's terminal said '68 profiles considered', the summary '24 impostors',
    while the table said '69 findings.' and 'Impostor (25)': it also lists what was resolved
    since the previous audit. It says so, with the number the summary counts."""
    import re

    findings = sample.findings()
    resolved = sum(1 for f in findings if f.status == Status.RESOLVED)
    assert resolved == 1
    for lang, said in (("en", "The table also lists 1 finding resolved since the previous "
                              f"audit: the summary and the terminal count the "
                              f"{len(findings) - 1} profiles this audit considered."),
                       ("tr", "Tablo, önceki denetimden beri çözülen 1 bulguyu da listeliyor")):
        html = render_html(build_view(sample.inventory(), findings,
                                      replace(sample.audit(), lang=lang), sample.history()))
        note = re.search(r'id="f-resolved">([^<]*)<', html)
        assert note is not None and note.group(1).startswith(said)
    live = [f for f in findings if f.status != Status.RESOLVED]
    assert 'id="f-resolved"' not in render_html(build_view(sample.inventory(), live,
                                                           sample.audit()))


def test_after_an_import_the_terminal_says_what_comes_next():
    """``triage --import`` ended at '3 decisions of audit 1 recorded.': the reviewer was not
    told to re-render the report, nor how to pack the impostors just confirmed."""
    from pathlib import Path

    from crawler.cli import after_import_line

    db = Path("my audits.db")
    line = after_import_line(Translator("en"), db, 7, confirmed=True)
    assert line == ("next: see them in the report: brandsweep report --db 'my audits.db' "
                    "--audit 7 --out '<FOLDER>'; write the takedown packs of the impostors you "
                    "confirmed: brandsweep evidence --db 'my audits.db' --all --as "
                    "impostor_confirmed --out evidence-packs/")
    tr = after_import_line(Translator("tr"), db, 7, confirmed=False)
    assert tr == ("sonraki adım: bunları raporda görün: brandsweep report --db 'my audits.db' "
                  "--audit 7 --out '<KLASÖR>'")
    # the audit's own folder when the database keeps it (relative below the working folder)
    from crawler.cli import _audit_folder

    here = Path.cwd().resolve()
    assert _audit_folder({"settings": {"out": str(here / "acme report")}}) == "acme report"
    assert _audit_folder({"settings": {"out": "/elsewhere/r"}}) == "/elsewhere/r"
    assert _audit_folder({"settings": {}}) is None
    line = after_import_line(Translator("en"), db, 7, confirmed=False, out="acme report")
    assert line.endswith("--audit 7 --out 'acme report'")


def test_after_the_packs_the_terminal_says_to_send_them_and_record_the_request():
    """``evidence`` ended at the packs' path: what to do with them, and the decision without
    which the next audit lists the impostor to report again, went unsaid."""
    from pathlib import Path

    from crawler.cli import after_packs_line

    one = after_packs_line(Translator("en"), Path("a.db"), single=True)
    assert one == ("next: send report-text.txt through the platform's form or address "
                   "(summary.md names it), then record the request: brandsweep triage --db "
                   "a.db PLATFORM:HANDLE --as takedown_requested")
    batch = after_packs_line(Translator("tr"), Path("a.db"), single=False)
    assert batch.startswith("sonraki adım: her paketin report-text.txt")
    assert batch.endswith("brandsweep triage --db a.db PLATFORM:KULLANICI_ADI --as "
                          "takedown_requested")


def test_the_spreadsheets_what_to_do_says_where_the_rest_of_a_long_group_is():
    """The report lists a group's first 200 items (the rest are in the full table); the
    spreadsheet's "What to do" sheet stopped there too without a word."""
    from reports.untrusted import ITEM_LIMIT
    from reports.xlsx import action_rows

    many = [replace(f, handle=f"fake{i}", status=Status.NEW, triage=None)
            for i, f in enumerate([next(f for f in sample.findings()
                                        if f.cls == FindingClass.IMPOSTOR)] * (ITEM_LIMIT + 3))]
    view = build_view(sample.inventory(), [*sample.findings(), *many],
                      replace(sample.audit(), lang="tr"))
    group = next(g for g in view.actions if g.key == "impostor")
    assert group.total > len(group.items) == ITEM_LIMIT
    rows = [r for r in action_rows(view, Translator("tr")) if r[0] == group.title]
    assert len(rows) == ITEM_LIMIT + 1
    assert rows[-1][5] == (f"… ve bu gruptan {group.total - ITEM_LIMIT} tane daha: “Tüm "
                           "bulgular” sayfası her bulguyu listeliyor")


def test_triage_list_says_a_takedown_failed_as_the_report_does():
    """``triage --list`` showed 'taken_down ... [audit 3: found]' and left the reader to work
    out that the takedown did not hold; it says so when an audit that knew of the decision
    still found the profile (the report's "Takedowns that failed"), not for a decision
    recorded after the last audit."""
    from crawler.cli import _triage_cases, triage_list_line
    from crawler.store import Store

    imp = next(f for f in sample.findings() if f.cls == FindingClass.IMPOSTOR)
    down = Triage(imp.platform, imp.handle, TriageDecision.TAKEN_DOWN, None,
                  "2025-02-01T09:00:00+00:00", by="ayse")
    for stored, failed in ((replace(imp, status=Status.REOPENED, triage=down), True),
                           (replace(imp, triage=None), False)):
        store = Store(":memory:")
        try:
            audit = store.begin_audit(sample.inventory())
            store.save_findings(audit, [stored])
            store.finish_audit(audit, counts={})
            store.set_triage(down)
            (case,) = _triage_cases(store)
        finally:
            store.close()
        assert case["takedown_failed"] is failed
        line = triage_list_line(Translator("tr"), case)
        assert ("kaldırma başarısız oldu, yeniden bildirin" in line) is failed


def test_the_summary_names_the_takedowns_that_failed(capsys):
    """'takedowns failed (marked taken down, still live): 1' did not say which profile to
    report again; it names them, as triage and evidence take them."""
    from pathlib import Path

    from crawler.cli import _print_summary

    base = sample.findings()
    imp = next(f for f in base if f.cls == FindingClass.IMPOSTOR)
    back = replace(imp, status=Status.REOPENED, triage=Triage(
        imp.platform, imp.handle, TriageDecision.TAKEN_DOWN, None, "2025-02-01T09:00:00+00:00"))
    findings = [back if f is imp else f for f in base]
    _print_summary(SimpleNamespace(lang="en", counts={}, audit_id=3, considered=9,
                                   findings=findings, complete=True,
                                   outputs={"report.html": Path("r.html")}, db=None))
    assert (f"  takedowns failed (marked taken down, still live): 1 ({imp.platform}:"
            f"{imp.handle})\n") in capsys.readouterr().out


def test_the_summary_says_which_audit_it_compared_with():
    """'new since the previous audit: 1': which one? An interrupted audit in between is not
    it, and after an edited inventory it is the organization's last one. The summary says."""
    from crawler.cli import compared_with
    from crawler.store import Store

    assert compared_with(Translator("en"), None, 2) is None
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "a.db"
        with Store(db) as store:
            first = store.begin_audit(sample.inventory())
            store.finish_audit(first, counts={})
            broken = store.begin_audit(sample.inventory())
            store.finish_audit(broken, complete=False)
            third = store.begin_audit(sample.inventory())
            store.finish_audit(third, counts={})
            started = (store.audit(first) or {})["started_at"]
        tr = Translator("tr", "UTC")
        assert compared_with(tr, db, third) == (
            f"{tr.datetime(started)} tarihli {first} numaralı denetimle karşılaştırıldı")
        assert compared_with(tr, db, first) is None


def test_a_redis_outage_is_said_on_the_terminal_in_the_audits_language(capsys):
    """A distributed audit's '[redis] Redis unreachable ...' lines stayed English on a
    Turkish terminal; the log keeps its English line, the terminal says it in the audit's
    language."""
    pytest.importorskip("redis")
    from crawler.distributed.reconnect import OutageRetry

    retry = OutageRetry(limit=30, echo=True, lang="tr")
    assert retry._pause(ConnectionError("refused"), 1) is not None
    retry._back()
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("[redis] Redis'e ulaşılamıyor (refused): bekleniyor, artan aralıklarla en "
                      "çok 30 sn yeniden deneniyor")
    assert err[1].startswith("[redis] Redis ") and err[1].endswith(" sn sonra geri geldi: "
                                                                    "sürdürülüyor")
    english = OutageRetry(limit=30, echo=True)
    english._pause(ConnectionError("refused"), 1)
    assert capsys.readouterr().err.startswith("[redis] Redis unreachable (refused): waiting")
