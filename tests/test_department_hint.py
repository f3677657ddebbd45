"""The department an own account's evidence names (``matching.classify.department_hint``): a
link on (nearly) every page of the company's site (a footer, a menu: on "/careers" too) says
nothing of a department; a link only a department's pages carry says that department. The
report, findings.json, the CSV and the xlsx give the same answer (issue #11)."""

from __future__ import annotations

from dataclasses import replace

from matching.classify import department_hint
from matching.models import (
    Department,
    Finding,
    FindingClass,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Sighting,
    Status,
    Via,
)
from reports import sample

FOOTER = ("/", "/careers", "/shop", "/about")
KEYS = ["northwindcoffee", "northwind", "nwc"]


def _inv():
    base = sample.inventory()
    return replace(base, departments=(*base.departments,
                                      Department("People", "people@northwindcoffee.com")))


def _linked(pages: tuple[str, ...], handle: str = "northwindcoffee", text: str = "Telegram",
            bio: str = "Roastery news") -> ProfileObservation:
    url = f"https://t.me/{handle}"
    return ProfileObservation(
        "telegram", handle, url, ProbeState.FOUND, http_status=200,
        fields=ProfileFields(display_name="Northwind Coffee", bio=bio),
        sightings=tuple(Sighting("telegram", handle, Via.OFFICIAL_SITE,
                                 f"https://www.northwindcoffee.com{p}", text, url)
                        for p in pages))


def test_a_link_on_every_page_names_no_department():
    """The demo's Telegram and Bluesky accounts, in the site's footer, were "People": the
    path of one page carrying the footer ("/careers") was read as the account's purpose."""
    assert department_hint(_inv(), (), _linked(FOOTER), KEYS) is None
    assert department_hint(_inv(), (), _linked(("/careers", "/")), KEYS) is None


def test_a_link_only_a_departments_pages_carry_names_it():
    """The other way: a link the careers pages alone carry is the recruiters' account, as
    are the pages of the help desk ("/support", "/help/contact")."""
    inv = _inv()
    assert department_hint(inv, (), _linked(("/careers",)), KEYS) == "People"
    assert department_hint(inv, (), _linked(("/careers", "/en/careers/open-jobs")),
                           KEYS) == "People"
    assert department_hint(inv, (), _linked(("/de/karriere", "/en/jobs/open")),
                           KEYS) == "People"


def test_the_accounts_own_words_still_name_its_department_from_a_footer():
    inv = _inv()
    assert department_hint(inv, (), _linked(FOOTER, "northwindjobs"), KEYS) == "People"
    assert department_hint(inv, (), _linked(FOOTER, text="Careers on Telegram"),
                           KEYS) == "People"
    assert department_hint(inv, (), _linked(FOOTER, bio="We're hiring: roasters, baristas"),
                           KEYS) == "People"


def _finding(o: ProfileObservation, department: str | None) -> Finding:
    return Finding(o.platform, o.handle, o.url, "Northwind Coffee",
                   FindingClass.OFFICIAL_UNLISTED, None, 0.95, "Northwind Coffee", department,
                   discovered_via=(Via.OFFICIAL_SITE,), status=Status.NEW, observation=o)


def test_the_report_uses_the_public_hint_and_agrees_with_the_findings():
    """The report no longer imports a private function of matching/; a footer link stored
    without a department is shown without one (as findings.json has it), an earlier audit's
    stored guess from a footer page's path is "not known", a department page's link keeps
    its department."""
    import ast
    from pathlib import Path

    from reports import build_view
    from reports.view import department_unsaid

    root = Path(__file__).resolve().parents[1] / "reports"
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("matching"):
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, (path.name, private)
    inv = _inv()
    now = _finding(_linked(FOOTER), None)
    earlier = _finding(_linked(FOOTER), "People")
    careers = _finding(_linked(("/careers",)), "People")
    assert not department_unsaid(now, inv)
    assert department_unsaid(earlier, inv)
    assert not department_unsaid(careers, inv)
    view = build_view(inv, [*sample.findings(), now], replace(sample.audit(), lang="en"))
    (row,) = [r for r in view.rows if r.platform == "telegram"]
    assert row.department is None and not row.department_guessed


def test_findings_json_and_the_csv_say_the_department_the_report_says(tmp_path):
    """An earlier audit's stored guess from a footer page's path, re-rendered: the report says
    "not known", and findings.json and the CSV no longer give the guess (null, empty)."""
    import csv
    import json

    from reports import write_outputs

    inv = _inv()
    earlier = _finding(_linked(FOOTER), "People")
    careers = _finding(_linked(("/careers",), "northwindjobs"), "People")
    write_outputs(tmp_path, inv, [*sample.findings(), earlier, careers],
                  replace(sample.audit(), lang="en"), only=("findings.json", "findings.csv"))
    rows = {(r["platform"], r["handle"]): r["department"]
            for r in json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))}
    assert rows[("telegram", "northwindcoffee")] is None
    assert rows[("telegram", "northwindjobs")] == "People"
    with (tmp_path / "findings.csv").open(encoding="utf-8-sig") as fh:
        by = {(r["platform"], r["handle"]): r["department"] for r in csv.DictReader(fh)}
    assert by[("telegram", "northwindcoffee")] == ""
    assert by[("telegram", "northwindjobs")] == "People"
