"""Handles as their platforms show them (issue #11, the reviewer's loop): an account of X,
Instagram, TikTok, ... is ``@name``; what is no @-name never gets an '@': a LinkedIn page
or person (``in/<name>``), a YouTube channel id, a Facebook profile number or group, a
subreddit (``r/<name>``), a Reddit user (``u/<name>``). Mastodon's ``@name@server`` keeps
its own. The report's own-accounts cells, their "merge into" advice and the workbook's
Consolidation sheet all go through :func:`matching.index.shown_handle`. In process."""

from __future__ import annotations

import re

import pytest

from matching.index import shown_handle
from matching.models import Finding, FindingClass, ProbeState, Status
from reports import build_view, sample
from reports.render import render_html
from reports.sentences import text_of

CHANNEL = "UC" + "a1B2c3D4e5F6g7H8i9J0kL"  # a channel id: UC and 22 characters


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
def test_a_handle_is_shown_in_its_platforms_form(platform, handle, shown):
    assert shown_handle(platform, handle) == shown


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
