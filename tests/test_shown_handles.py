"""Handles as their platforms show them (issue #11, the reviewer's loop): an account of X,
Instagram, TikTok, ... is ``@name``; what is no @-name never gets an '@': a LinkedIn page
or person (``in/<name>``), a YouTube channel id, a Facebook profile number or group, a
subreddit (``r/<name>``), a Reddit user (``u/<name>``). Mastodon's ``@name@server`` keeps
its own. The report's own-accounts cells, their "merge into" advice and the workbook's
Consolidation sheet all go through :func:`matching.index.shown_handle`. In process.

Platform knowledge is data: each form is the catalog's ``shown_as`` (crawler/platforms.yaml),
given to matching with the handle rules and kept with the audit's crawl summary for the
report, so a user's own platform (``--platforms-file``) writes its handles its own way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.catalog import CatalogError, load_catalog
from matching.index import shown_handle
from matching.models import (
    CrawlSummary,
    Finding,
    FindingClass,
    HandleForm,
    ProbeState,
    Status,
    handle_forms,
)
from reports import build_view, sample
from reports.render import render_html
from reports.sentences import text_of

CHANNEL = "UC" + "a1B2c3D4e5F6g7H8i9J0kL"  # a channel id: UC and 22 characters

#: a user's own platform and an override of a built-in one's form (``--platforms-file``)
USER_CATALOG = """\
platforms:
  forum:
    title: Coffee Forum
    hosts: [forum.example]
    profile_url: 'https://forum.example/{handle}'
    profile_patterns: ['^/(?P<handle>(?:c/)?[a-z0-9_]{3,30})/?$']
    handle: {pattern: '(?:c/)?[a-z0-9_]{3,30}', min_length: 3, max_length: 32}
    probe: {view: none, reason: no public pages}
    # a member is ~name, a board c/<name> by its name and the word 'board'
    shown_as: [{match: 'c/(?P<board>.+)', form: '{board} board'}, '~{handle}']
  facebook:
    shown_as: 'fb:{handle}'
"""


@pytest.fixture(scope="module")
def builtin_forms() -> dict[str, HandleForm]:
    return handle_forms(load_catalog().rules())


@pytest.fixture(scope="module")
def user_catalog(tmp_path_factory):
    path = tmp_path_factory.mktemp("catalog") / "platforms.yaml"
    path.write_text(USER_CATALOG, encoding="utf-8")
    return load_catalog([path])


@pytest.mark.parametrize(("platform", "handle", "shown"), [
    ("x", "NorthwindCare", "@NorthwindCare"),
    ("instagram", "northwindcoffee", "@northwindcoffee"),
    ("bluesky", "northwindcoffee.com", "@northwindcoffee.com"),
    ("mastodon", "northwind", "@northwind"),
    ("mastodon", "northwind@social.example", "@northwind@social.example"),
    ("mastodon", "@northwind@social.example", "@northwind@social.example"),  # never "@@"
    ("youtube", "northwindcoffee", "@northwindcoffee"),
    ("youtube", CHANNEL, CHANNEL),
    ("linkedin", "northwind-coffee", "northwind-coffee"),
    ("linkedin", "in/jane-roe-1a2b3c", "in/jane-roe-1a2b3c"),
    ("facebook", "northwindcoffee", "@northwindcoffee"),
    ("facebook", "100063512345678", "100063512345678"),
    ("facebook", "groups/northwindfans", "northwindfans"),
    ("reddit", "r/northwindcoffee", "r/northwindcoffee"),
    ("reddit", "northwind_roasters", "u/northwind_roasters"),
    ("some-forum", "northwind", "northwind"),  # a user's catalog platform: as written
])
def test_a_handle_is_shown_in_its_platforms_form(platform, handle, shown, builtin_forms):
    assert shown_handle(platform, handle, builtin_forms) == shown


def test_without_the_catalogs_forms_a_handle_is_shown_as_written():
    """No platform is special-cased in code: without its forms X's handle is as written."""
    assert shown_handle("x", "@NorthwindCare") == "NorthwindCare"
    assert shown_handle("reddit", "northwind_roasters") == "northwind_roasters"


def test_a_users_own_catalog_entry_writes_handles_its_own_way(user_catalog):
    forms = handle_forms(user_catalog.rules())
    assert shown_handle("forum", "northwind_fan", forms) == "~northwind_fan"
    assert shown_handle("forum", "c/northwind", forms) == "northwind board"
    # an override changes one key of a built-in entry: its form; the others keep theirs
    assert shown_handle("facebook", "groups/northwindfans", forms) == "fb:groups/northwindfans"
    assert shown_handle("x", "NorthwindCare", forms) == "@NorthwindCare"
    assert user_catalog["facebook"].rule.pattern == load_catalog()["facebook"].rule.pattern


@pytest.mark.parametrize(("shown_as", "said"), [
    ("'~{name}'", "unknown placeholder {name} in shown_as"),
    ("[{match: 'c/(?P<board>.+)', form: '{handle} {boards}'}]",
     "unknown placeholder {boards} in shown_as"),
    ("[{match: 'c/(.+', form: '{handle}'}]", "bad regular expression 'c/(.+'"),
    ("[{matches: 'c/.+', form: '{handle}'}]", "did you mean 'match'?"),
    ("[{match: 'c/.+'}]", "each shown_as form is a template or {match: REGEX, form: TEMPLATE}"),
    ("'~{handle'", "has a brace without its pair"),
])
def test_a_bad_shown_as_is_refused_with_its_line(tmp_path: Path, shown_as: str, said: str):
    path = tmp_path / "platforms.yaml"
    path.write_text(USER_CATALOG.replace(
        "shown_as: [{match: 'c/(?P<board>.+)', form: '{board} board'}, '~{handle}']",
        f"shown_as: {shown_as}"), encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog([path])
    text = err.value.render(lambda m: m)
    assert said in text and f"{path}:10" in text, text


def test_the_audit_keeps_its_catalogs_forms_for_the_report(user_catalog):
    """The crawl summary stored with the audit carries each platform's form (a report
    re-rendered later shows the handles as the audit's catalog did); a summary stored
    before it did gets the built-in catalog's."""
    from crawler.crawl import CrawlStats
    from crawler.runner import _with_handle_forms, crawl_summary

    summary = crawl_summary(CrawlStats(), user_catalog, ["forum"], "none")
    stored = CrawlSummary.from_dict(summary.to_dict())
    assert stored is not None and stored.handle_forms is not None
    assert stored.handle_forms["forum"].show("c/northwind") == "northwind board"
    assert "linkedin" not in stored.handle_forms  # as written: nothing to keep
    assert _with_handle_forms(stored) == stored
    old = {k: v for k, v in summary.to_dict().items() if k != "handle_forms"}
    filled = _with_handle_forms(CrawlSummary.from_dict(old))
    assert filled is not None and filled.handle_forms is not None
    assert filled.handle_forms["x"].show("NorthwindCare") == "@NorthwindCare"


def test_the_report_shows_a_users_platform_in_its_form(user_catalog):
    from dataclasses import replace

    from crawler.crawl import CrawlStats
    from crawler.runner import crawl_summary

    findings = [
        *sample.findings(),
        _own("forum", "northwind", "https://forum.example/northwind", FindingClass.OFFICIAL,
             followers=900),
        _own("forum", "northwind_old", "https://forum.example/northwind_old",
             FindingClass.REDUNDANT),
    ]
    crawl = crawl_summary(CrawlStats(), user_catalog, ["forum", "instagram"], "none")
    audit = replace(sample.audit(), timezone="UTC", crawl=crawl)
    inv = sample.inventory()
    brand = replace(inv.brands[0], strategy=(*inv.brands[0].strategy, "forum"))
    view = build_view(replace(inv, brands=(brand, *inv.brands[1:])), findings, audit)
    cells = {(c.platform, text_of(a.handle) if not isinstance(a.handle, str) else a.handle):
             text_of(a.rec_text)
             for row in view.consolidation for c in row.cells for a in c.accounts}
    assert cells[("forum", "~northwind_old")] == "merge into ~northwind", cells
    assert ("facebook", "fb:northwindcoffee.old") in cells, cells  # the override's form
    assert ("instagram", "@northwindcoffee") in cells, cells
    html = render_html(view)
    assert ">~northwind_old<" in html and "Coffee Forum" in html


def _own(platform: str, handle: str, url: str, cls: FindingClass,
         followers: int = 10) -> Finding:
    from dataclasses import replace

    obs = replace(sample._obs(platform, handle, url, display_name="Northwind Coffee",
                              followers=followers))
    return Finding(platform, handle, url, "Northwind Coffee", cls, None, 0.9,
                   "Northwind Coffee", "Marketing", probe_state=ProbeState.FOUND,
                   status=Status.NEW, observation=obs)


def _view(lang: str = "en"):
    from dataclasses import replace

    findings = [
        *sample.findings(),
        _own("linkedin", "northwind-coffee", "https://www.linkedin.com/company/northwind-coffee/",
             FindingClass.OFFICIAL, followers=9000),
        _own("linkedin", "northwind-coffee-tr",
             "https://www.linkedin.com/company/northwind-coffee-tr/", FindingClass.REDUNDANT),
        _own("youtube", CHANNEL, f"https://www.youtube.com/channel/{CHANNEL}",
             FindingClass.OFFICIAL_UNLISTED, followers=500),
        _own("youtube", "northwindcoffeetv", "https://www.youtube.com/@northwindcoffeetv",
             FindingClass.REDUNDANT),
    ]
    audit = replace(sample.audit(), lang=lang, timezone="UTC")
    return build_view(sample.inventory(), findings, audit), findings


def test_the_own_accounts_cells_and_their_advice_use_the_platforms_form():
    view, _ = _view()
    cells = {(c.platform, text_of(a.handle) if not isinstance(a.handle, str) else a.handle):
             text_of(a.rec_text)
             for row in view.consolidation for c in row.cells for a in c.accounts}
    assert "@northwind-coffee" not in str(cells) and "@" + CHANNEL not in str(cells), cells
    assert cells[("linkedin", "northwind-coffee-tr")] == "merge into northwind-coffee"
    assert ("youtube", CHANNEL) in cells
    # an @-platform's account keeps its '@', and its advice names the channel id as it is
    assert cells[("youtube", "@northwindcoffeetv")] == f"merge into {CHANNEL}"
    html = render_html(view)
    assert not re.search(r"@(?:northwind-coffee|in/|" + CHANNEL + ")", html)
    assert ">northwind-coffee-tr<" in html


def test_the_workbooks_consolidation_sheet_says_the_same(tmp_path):
    import zipfile

    from reports.xlsx import write_xlsx

    view, findings = _view("tr")
    path = write_xlsx(tmp_path / "findings.xlsx", view, findings)
    with zipfile.ZipFile(path) as book:
        text = "".join(book.read(n).decode("utf-8") for n in book.namelist()
                       if n.startswith("xl/") and n.endswith(".xml"))
    assert "northwind-coffee-tr" in text and CHANNEL in text
    assert not re.search(r"@(?:northwind-coffee|in/|" + CHANNEL + ")", text)


def _forms_evidence(signal: str, finding: Finding) -> tuple[object, str]:
    e = next(e for e in finding.evidence if e.signal == signal)
    return e.value, e.detail


@pytest.mark.parametrize(("catalog", "shown"), [
    ("none", "quillmarkpapier"), ("builtin", "@quillmarkpapier"), ("user", "fb:quillmarkpapier")])
def test_the_evidence_names_a_declared_account_in_its_platforms_form(catalog, shown,
                                                                      user_catalog):
    """``defers_to_declared`` wrote '@' + the handle, lower-cased, whatever the platform:
    it writes the declared account as the catalog given to classify says (the same rules
    that canonicalise its handles), as the report's own-accounts cells do."""
    from dataclasses import replace

    from test_own_secondary import INV, OFFICIAL, SITE

    from matching.classify import classify
    from matching.models import ProfileFields, ProfileObservation, Sighting, Via
    from tests.builders import NOW

    rules = {"none": None, "builtin": load_catalog().rules(),
             "user": user_catalog.rules()}[catalog]
    site = Sighting("facebook", "quillmarkhamburg", Via.OFFICIAL_SITE, SITE + "hamburg",
                    url="https://facebook.test/quillmarkhamburg")
    o = ProfileObservation(
        "facebook", "quillmarkhamburg", "https://facebook.test/quillmarkhamburg",
        ProbeState.FOUND, sightings=(site,),
        fields=ProfileFields(display_name="Quillmark Papier – Hamburg",
                             bio="Hamburg shop. From now on: @QuillmarkPapier",
                             avatar_phash="f766e88961998798", external_links=(SITE,)))
    official = [OFFICIAL[0], replace(OFFICIAL[1], fields=replace(
        OFFICIAL[1].fields, avatar_phash="f766e88961998798"))]
    f = next(f for f in classify(INV, [*official, o], (), now=NOW, rules=rules)
             if f.key == o.key)
    assert f.cls == FindingClass.REDUNDANT, f
    value, detail = _forms_evidence("defers_to_declared", f)
    assert value == shown and f"declared account {shown} (" in detail, (value, detail)


@pytest.mark.parametrize(("catalog", "shown"), [
    ("none", "next to NorthwindCare"), ("builtin", "next to @NorthwindCare")])
def test_a_second_accounts_evidence_names_the_first_in_its_form(catalog, shown):
    from test_classify import run, searched

    rules = load_catalog().rules() if catalog == "builtin" else None
    obs = searched(
        "x", "NWCRoastery", "Northwind Coffee Roastery (@NWCRoastery) / X",
        "Roast logs from the Northwind Coffee Co. roastery in Leeds. northwindcoffee.com "
        "https://www.northwindcoffee.com/",
    )
    f = run(obs, rules=rules)[("x", "nwcroastery")]
    assert f.cls == FindingClass.REDUNDANT, f
    assert _forms_evidence("duplicate_account", f)[1].endswith(shown), f.evidence
