"""The reviewer's loop, the rough edges ux20's walks left (ux21): the decisions file where the
browser saved it, ``report -q``, ... Fast: pure functions, or one audit stored without a
crawl."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.catalog import load_catalog
from crawler.cli import main
from crawler.decisions import download_folders, locate_decisions
from crawler.runner import match_and_store
from crawler.store import Store
from matching.inventory import load_inventory

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> tuple[Path, dict]:
    """A database holding one finished audit of the demo inventory (no crawl: every declared
    account unobserved, so "missing"), and that audit's row."""
    catalog = load_catalog(())
    inventory = load_inventory(SEED, catalog.rules(), url_parser=catalog.match_profile_url)
    db = tmp_path_factory.mktemp("db") / "audits.db"
    store = Store(db)
    audit_id = store.begin_audit(inventory, settings={})
    match_and_store(store, audit_id, inventory, now="2026-11-20T12:00:00+00:00")
    row = dict(store.audit(audit_id) or {})
    store.close()
    return db, row


def decisions(audit_id: int, started_at: str, profile: str = "instagram:northwindcoffee") -> str:
    """A decisions file as report.js exports it."""
    return json.dumps({
        "format": "brandsweep-decisions", "version": 1,
        "audit": {"id": str(audit_id), "started_at": started_at, "organization": "N"},
        "reviewer": "Ayşe", "exported_at": "2026-11-21T09:00:00.000Z",
        "decisions": [{"profile": profile, "decision": "official",
                       "decided_at": "2026-11-21T08:59:00.000Z"}],
    }, indent=2)


def test_the_download_folder_is_the_desktops_in_its_language(tmp_path):
    """A Turkish desktop saves downloads in ~/İndirilenler (user-dirs.dirs says so), others in
    ~/Downloads; both are looked in, the desktop's first."""
    (tmp_path / ".config").mkdir()
    (tmp_path / ".config" / "user-dirs.dirs").write_text(
        '# written by xdg-user-dirs-update\nXDG_DOWNLOAD_DIR="$HOME/İndirilenler"\n',
        encoding="utf-8")
    assert download_folders(tmp_path, env={}) == []  # neither exists yet
    (tmp_path / "İndirilenler").mkdir()
    (tmp_path / "Downloads").mkdir()
    assert download_folders(tmp_path, env={}) == [tmp_path / "İndirilenler",
                                                  tmp_path / "Downloads"]


def test_the_decisions_file_is_found_where_the_browser_saved_it_never_another_audits(tmp_path):
    """The terminal and the report print ``--import decisions-audit-1.json``, but the browser
    saved it in the download folder (the second export as ``decisions-audit-1 (1).json``):
    the newest export of this database's audit 1 is taken there; a newer file of the same
    name from another database's audit 1 (another start) is never taken."""
    started = "2026-11-20T12:00:00+00:00"
    audits = {1: {"id": 1, "started_at": started}}
    folder = tmp_path / "Downloads"
    folder.mkdir()
    ours_old = folder / "decisions-audit-1.json"
    ours_old.write_text(decisions(1, started), encoding="utf-8")
    ours = folder / "decisions-audit-1 (1).json"
    ours.write_text(decisions(1, "2026-11-20T12:00:00Z"), encoding="utf-8")
    theirs = folder / "decisions-audit-1(2).json"
    theirs.write_text(decisions(1, "2026-10-01T08:00:00+00:00"), encoding="utf-8")
    (folder / "decisions-audit-12.json").write_text(decisions(1, started), encoding="utf-8")
    os.utime(ours_old, (1_000, 1_000))
    os.utime(ours, (2_000, 2_000))
    os.utime(theirs, (3_000, 3_000))
    found = locate_decisions(Path("decisions-audit-1.json"), audits, [folder])
    assert found.path == ours and found.downloaded
    assert found.others == [theirs]
    # only another audit's there: nothing taken, and the refusal can name it
    ours.unlink()
    ours_old.unlink()
    none = locate_decisions(Path("decisions-audit-1.json"), audits, [folder])
    assert none.path is None and none.others == [theirs]
    # a file typed as it is, where it is, is the one read
    here = tmp_path / "mine.json"
    here.write_text("{}", encoding="utf-8")
    assert locate_decisions(here, audits, [folder]).path == here


def test_triage_import_as_printed_reads_the_download_folder(stored, tmp_path, monkeypatch):
    """The command as the terminal prints it, typed in another folder than the download one."""
    db, row = stored
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    (home / "Downloads" / "decisions-audit-1.json").write_text(
        decisions(1, row["started_at"]), encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["triage", "--db", str(db), "--import",
                                     "decisions-audit-1.json", "--lang", "en"])
    assert done.exit_code == 0, done.output
    assert "instagram:northwindcoffee triaged as official (by Ayşe" in done.output
    assert "the newest export of this database's audit in your download folder" in done.output
    # the file is gone from both places: the refusal names where it looked and the fix
    (home / "Downloads" / "decisions-audit-1.json").unlink()
    gone = CliRunner().invoke(main, ["triage", "--db", str(db), "--import",
                                     "decisions-audit-1.json", "--lang", "en"])
    assert gone.exit_code == 2
    assert str(home / "Downloads") in gone.output
    assert "--import ~/Downloads/decisions-audit-1.json" in gone.output


def test_report_has_quiet_as_the_other_commands(stored, tmp_path):
    """``brandsweep report -q`` was refused (no such option) while audit, demo and worker took
    it: with it the report is written and nothing but errors is said."""
    db, _row = stored
    out = tmp_path / "r"
    done = CliRunner().invoke(main, ["report", "--db", str(db), "--out", str(out), "-q"])
    assert done.exit_code == 0, done.output
    assert done.output == ""
    assert (out / "report.html").is_file()


def test_the_demos_served_profiles_and_the_profiles_considered_add_up():
    """'simulated web ... (67 profiles served)' then 'audit 1: 68 profiles considered': the
    one more is the inventory's account the simulated web does not serve (reported missing);
    the first line says so."""
    from crawler.cli import _declared_not_served, served_line
    from reports.i18n import Translator
    from simweb import load_world

    assert _declared_not_served(load_world()) == 1
    assert served_line(Translator("en"), "http://127.0.0.1:9/", 67, 1) == (
        "simulated web on http://127.0.0.1:9/ (67 profiles served; the inventory declares 1 "
        "more account that it does not serve: the audit counts it as missing)")
    assert served_line(Translator("en"), "http://h/", 67, 0) == (
        "simulated web on http://h/ (67 profiles served)")
    assert served_line(Translator("tr"), "http://h/", 1067, 2).startswith(
        "benzetimli web http://h/ adresinde (1.067 profil sunuluyor; envanter, sunmadığı 2 hesap")


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_later_audits_first_things_bring_what_is_new_forward(lang):
    """A second audit's "First things to do" listed the old, undecided impostors first and
    the one new since the previous audit further down, or not at all: what is new comes
    first, marked, and the page says so; a first audit keeps the action list's order."""
    from dataclasses import replace

    from matching.models import FindingClass, Status
    from reports import build_view, render_html, sample

    base = [f for f in sample.findings() if f.status != Status.RESOLVED]
    old = [replace(f, status=Status.UNCHANGED) for f in base]
    fresh = next(i for i, f in enumerate(old) if f.cls == FindingClass.OFFICIAL_UNLISTED)
    later = [replace(f, status=Status.NEW) if i == fresh else f for i, f in enumerate(old)]
    audit = replace(sample.audit(), lang=lang)
    view = build_view(sample.inventory(), later, audit)
    assert view.top_new_first
    first = view.top_actions[0][1].row
    assert (first.platform, first.cls, first.status) == ("tiktok", "official_unlisted", "new")
    assert [it.row.cls for _g, it in view.top_actions[1:]] == ["impostor", "impostor"]
    html = render_html(view)
    said = {"en": "(new since the previous audit first)",
            "tr": "(önceki denetimden bu yana yeniler önce)"}[lang]
    assert said in html
    top = html[html.index('id="top-actions"'):]
    top = top[:top.index("</ol>")]
    assert top.count('class="st st-new"') == 1
    # the first audit (everything new): the action list's order, nothing marked
    first_audit = build_view(sample.inventory(), [replace(f, status=Status.NEW) for f in base],
                             audit)
    assert not first_audit.top_new_first
    assert first_audit.top_actions[0][1].row.cls == "impostor"
    assert 'id="top-new-first"' not in render_html(first_audit)


def test_a_turkish_spreadsheet_reads_turkish_and_keeps_the_codes_in_their_own_columns(tmp_path):
    """A Turkish reviewer reads labels (Taklitçi, Yüksek, Yeni); a script or a saved filter
    needs the codes whatever the language: the findings sheet keeps them in their own
    columns, named as findings.json names the fields. The own accounts sheet gives each
    account's department owner (the compliance team sends each owner their list) and its
    state's code."""
    from dataclasses import replace

    from reports import sample, write_outputs
    from reports.xlsx import CODE_COLUMNS

    openpyxl = pytest.importorskip("openpyxl")
    audit = replace(sample.audit(), lang="tr")
    paths = write_outputs(tmp_path, replace(sample.inventory(), source=None), sample.findings(),
                          audit, sample.history(), only=("findings.xlsx",))
    wb = openpyxl.load_workbook(paths["findings.xlsx"])
    ws = wb["Tüm bulgular"]
    head = [c.value for c in ws[1]]
    assert set(CODE_COLUMNS) <= set(head)
    assert head[-1] == "Denetimden sonra kaydedilen karar"
    rows = [dict(zip(head, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]
    support = next(r for r in rows if r["Kullanıcı adı"] == "northwindcoffee_support")
    assert (support["Sınıf"], support["Önem"], support["Değişim"]) == ("Taklitçi", "Yüksek",
                                                                         "Yeni")
    assert (support["platform"], support["class"], support["severity"], support["status"]) == (
        "instagram", "impostor", "high", "new")
    own = wb["Kendi hesaplarımız"]
    head = [c.value for c in own[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True)) for r in own.iter_rows(min_row=2)]
    redundant = next(r for r in rows if r["state"] == "redundant")
    assert (redundant["Durum"], redundant["Birim"], redundant["Sorumlu"]) == (
        "Gereksiz", "Marketing", "marketing@northwindcoffee.com")
    # the "What to do" sheet too: each action with the department and owner to send it to
    todo = wb["Yapılacaklar"]
    head = [c.value for c in todo[1]]
    assert head[-2:] == ["Birim", "Sorumlu"]
    merge = next(r for r in todo.iter_rows(min_row=2, values_only=True)
                 if r[0] == "Birleştirilecek kendi kanallarımız")
    assert merge[-2:] == ("Marketing", "marketing@northwindcoffee.com")
    report = next(r for r in todo.iter_rows(min_row=2, values_only=True)
                  if r[0] == "Bildirilecek taklitçiler")
    assert report[-2:] == (None, None)  # an impostor is no department's account


def _footer_finding(handle: str, pages: tuple[str, ...], text: str = "Telegram"):
    """An own Telegram account the company's site links from ``pages`` (a footer: every
    page), with the department the matcher gave it: People, from the "/careers" page's path."""
    from matching.models import (
        Finding,
        FindingClass,
        ProbeState,
        ProfileFields,
        ProfileObservation,
        Sighting,
        Status,
        Via,
    )

    url = f"https://t.me/{handle}"
    sightings = tuple(Sighting("telegram", handle, Via.OFFICIAL_SITE,
                               f"https://www.northwindcoffee.com{p}", text, url) for p in pages)
    o = ProfileObservation("telegram", handle, url, ProbeState.FOUND, http_status=200,
                           fields=ProfileFields(display_name="Northwind Coffee",
                                                bio="Roastery news"),
                           sightings=sightings)
    return Finding("telegram", handle, url, "Northwind Coffee", FindingClass.OFFICIAL_UNLISTED,
                   None, 0.95, "Northwind Coffee", "People", discovered_via=(Via.OFFICIAL_SITE,),
                   status=Status.NEW, observation=o)


def test_a_department_nothing_says_is_not_known_rather_than_guessed():
    """The demo's Telegram and Bluesky accounts, linked from the site's footer, were shown
    under "People": the matcher read the path of one page that carries the footer
    ("/careers"). Nothing the account says names a department: the report, the spreadsheet and
    the proposed inventory say so (ask the owners) instead of showing the guess; an account
    whose own words or link say it (Careers on Telegram), or that one careers page links,
    keeps its department."""
    from dataclasses import replace

    from matching.models import Department
    from reports import build_view, render_html, sample
    from reports.proposed import proposed_inventory
    from reports.view import department_unsaid

    base = sample.inventory()
    inv = replace(base, departments=(*base.departments,
                                     Department("People", "people@northwindcoffee.com")))
    footer = ("", "/careers", "/shop", "/about")
    everywhere = _footer_finding("northwindcoffee", footer)
    assert department_unsaid(everywhere, inv)
    assert not department_unsaid(_footer_finding("northwindcoffee", ("/careers",)), inv)
    assert not department_unsaid(_footer_finding("northwindjobs", footer), inv)
    assert not department_unsaid(_footer_finding("nwc", footer, "Careers on Telegram"), inv)
    view = build_view(inv, [*sample.findings(), everywhere], replace(sample.audit(), lang="en"))
    (row,) = [h for h in view.health if h.platform == "telegram"]
    assert row.department_unknown and row.owner is None  # no owner of the guess to ask
    html = render_html(view)
    assert "department not known: ask the departments' owners" in html
    line = next(it.snippet for g in view.actions if g.key == "official_unlisted"
                for it in g.items if it.row.platform == "telegram")
    assert line == "- {platform: telegram, handle: northwindcoffee}"
    people = [g for g in view.by_department if g.name == "People"]
    assert not people  # counted under "(no department)", not as People's
    from matching.models import Evidence

    wordy = replace(everywhere, evidence=tuple(
        Evidence("brand_mention", "Northwind Coffee Co", "the bio names the brand " * 5)
        for _ in range(5)))  # a comment is cut at 300 characters: the word on it comes first
    text = proposed_inventory(replace(inv, source=None), [wordy], None, audit_id=7)
    entry = next(x for x in text.splitlines() if "platform: telegram" in x)
    assert "department" not in entry.split("#")[0]
    assert "department not known: ask the departments' owners" in text


def test_a_redundant_account_of_no_known_department_does_not_name_the_guessed_owner():
    """The consolidation item of the demo's Telegram channel said "ask People
    (talent@...)" under "Owner: department not known": the instruction and the owner line
    agree that the department is not known."""
    from dataclasses import replace

    from matching.models import Department, FindingClass
    from reports import build_view, render_html, sample

    base = sample.inventory()
    inv = replace(base, departments=(*base.departments,
                                     Department("People", "people@northwindcoffee.com")))
    red = replace(_footer_finding("northwindcoffee", ("", "/careers", "/shop")),
                  cls=FindingClass.REDUNDANT)
    view = build_view(inv, [*sample.findings(), red], replace(sample.audit(), lang="en"))
    item = next(it for g in view.actions if g.key == "redundant" for it in g.items
                if it.row.platform == "telegram")
    assert item.row.owner is None and item.row.department_unknown
    assert "People" not in item.instruction and "people@" not in item.instruction
    assert item.instruction.endswith(
        "which department runs it is not known: ask the departments' owners.")
    assert "people@northwindcoffee.com" not in render_html(view).split('id="act-redundant"')[1] \
        .split("</section>")[0]


def test_a_screen_reader_hears_which_profile_each_link_and_heading_is_about():
    """A screen reader's list of links read "details, details, ..." (top actions, the own
    accounts' grid and table), the evidence comparisons had no heading of their own (h2, then
    a row of h4 "Evidence"), and a table wider than a small screen sat in a scroll box the
    keyboard could not reach. Each "details" link and "Evidence" heading names its profile
    (platform and handle) for the screen reader, each comparison is an h3 under the section's
    h2, and each scroll box is focusable and named by its table's caption."""
    import re
    from dataclasses import replace

    from reports import build_view, render_html, sample

    html = render_html(build_view(sample.inventory(), sample.findings(),
                                  replace(sample.audit(), lang="en")))
    links = re.findall(r'<a class="more" href="#[^"]+">(.*?)</a>', html)
    assert len(links) > 5
    for text in links:
        assert re.fullmatch(r'details<span class="sr">: [^<]+ <span translate="no">.+</span>'
                            r'</span>', text), text
    # the action list's "Decide…" menus, reached with Tab: each names its profile
    actions = html[html.index('id="actions"'):html.index('id="compare"')]
    menus = re.findall(r'<label class="decide"><span class="sr">(.*?)</span><select', actions)
    assert menus and all(re.match(r'Decision<span class="sr">: [^<]+ <span translate="no">', m)
                         for m in menus), menus[:2]
    levels = [int(n) for n in re.findall(r"<h([1-6])", html)]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    assert re.search(r'<h3 class="cmp-head">.*?Instagram.*?northwindcoffee_support', html)
    boxes = re.findall(r'<div class="scroll"([^>]*)>', html)
    assert boxes and ".scroll:focus-visible" in html  # its focus shows as a link's does
    for attrs in boxes:
        label = re.search(r'tabindex="0" role="region" aria-labelledby="([^"]+)"', attrs)
        assert label and f'<caption id="{label.group(1)}">' in html, attrs


def test_a_missing_database_names_the_ones_nearby(stored, tmp_path, monkeypatch):
    """After ``brandsweep demo`` (its database inside its --out folder), ``brandsweep report
    --out x`` said "File 'brandsweep.db' does not exist." (report, evidence) or how to create
    one (triage): each names the databases nearby, as --db takes them."""
    import shutil

    db, _row = stored
    (tmp_path / "demo-report").mkdir()
    shutil.copy(db, tmp_path / "demo-report" / "brandsweep.db")
    monkeypatch.chdir(tmp_path)
    for args in (["report", "--out", "x"], ["evidence", "--all", "--out", "x"],
                 ["triage", "--list"]):
        done = CliRunner().invoke(main, args, env={"BRANDSWEEP_LANG": "en"})
        assert done.exit_code == 2, (args, done.output)
        assert ("no database at brandsweep.db; here: demo-report/brandsweep.db — give it with "
                "--db, e.g. --db demo-report/brandsweep.db") in done.output, done.output
    folder = CliRunner().invoke(main, ["report", "--db", "demo-report", "--out", "x"],
                                env={"BRANDSWEEP_LANG": "en"})
    assert folder.exit_code == 2
    assert "demo-report is a folder: give the database file in it (--db " \
           "demo-report/brandsweep.db)" in folder.output


def test_the_summary_names_what_is_new_since_the_previous_audit(capsys):
    """'new or reopened since the previous audit: 2' said how many, not which: the terminal
    names them, most urgent first (an impostor before an unlisted account), as triage takes
    them."""
    from dataclasses import replace
    from types import SimpleNamespace

    from crawler.cli import _print_summary
    from matching.models import FindingClass, Status
    from reports import sample

    base = [f for f in sample.findings() if f.status != Status.RESOLVED]
    imp = next(f for f in base if f.cls == FindingClass.IMPOSTOR)
    unl = next(f for f in base if f.cls == FindingClass.OFFICIAL_UNLISTED)
    findings = [replace(f, status=Status.NEW) if f is unl else
                replace(f, status=Status.REOPENED) if f is imp else
                replace(f, status=Status.UNCHANGED) for f in base]
    _print_summary(SimpleNamespace(lang="en", counts={}, considered=len(findings), audit_id=4,
                                   complete=True, findings=findings,
                                   outputs={"report.html": Path("r.html")}, db=None))
    out = capsys.readouterr().out
    assert (f"new or reopened since the previous audit: 2 ({imp.platform}:{imp.handle} "
            f"(reopened), {unl.platform}:{unl.handle})") in out, out


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_the_own_accounts_to_act_on_are_listed_per_department_with_its_owner(lang):
    """A compliance team consolidating channels sends each department's owner the accounts
    to close, merge or add: the report lists them per department with the owner (the
    inventory's order), those of no known department last, asking who runs them."""
    from dataclasses import replace

    from matching.models import Department
    from reports import build_view, render_html, sample

    base = sample.inventory()
    inv = replace(base, departments=(*base.departments,
                                     Department("People", "people@northwindcoffee.com")))
    footer = _footer_finding("northwindcoffee", ("", "/careers", "/shop"))
    view = build_view(inv, [*sample.findings(), footer], replace(sample.audit(), lang=lang))
    lists = [(o.department, o.owner, [(h.platform, str(h.handle)) for h in o.accounts])
             for o in view.owner_lists]
    assert lists == [
        ("Marketing", "marketing@northwindcoffee.com",
         [("facebook", "northwindcoffee.old"), ("tiktok", "northwindcoffee")]),
        (None, None, [("telegram", "northwindcoffee")]),
    ]
    html = render_html(view)
    table = html[html.index('id="owner-lists"'):]
    table = table[:table.index("</table>")]
    assert "marketing@northwindcoffee.com" in table and "northwindcoffee.old" in table
    assert {"en": "department not known: ask the departments' owners",
            "tr": "birimi bilinmiyor: birim sorumlularına sorun"}[lang] in table
    assert {"en": "To send to each department's owner",
            "tr": "Her birimin sorumlusuna gönderilecekler"}[lang] in html
