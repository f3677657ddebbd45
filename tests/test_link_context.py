"""What the company's own site says about a link, read from the words around it (#11).

A link from the company's site is strong evidence of ownership, but not every link claims "this
is ours": a warning page names an impostor to disown it ("Gefälschtes Konto, bitte melden:
<url> (nicht von uns!)"), often by a URL written as text rather than a link; a line-up, an
agents', a stockists' or a sponsors' page links other people's and businesses' accounts. The
crawler notes the company's word after the link's text (``websites._links``:
``matching.signals.link_context`` on the link's sentence, list item or table cell, the heading
it sits under and the page's title); matching reads the note. Mutation pairs, both directions,
in several languages and scripts: the same URL claimed and disowned, a department page and an
agents' page, a bare URL and an ``<a>``; then a real audit of a simulated web.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.spiders import websites
from crawler.spiders.sweep import SweepSpider
from matching.config import DEFAULT_CONFIG
from matching.models import Finding, FindingClass, Sighting, Via
from matching.signals import (
    LINK_LISTED,
    LINK_WARNED,
    disowned_by_official_site,
    link_context,
    link_text,
    listed_among_others,
)
from tests.builders import (
    QUILLMARK_LOGO,
    QUILLMARK_URL,
    audit_findings,
    company_page,
    finding_for,
    profile,
    quillmark_instagram,
    quillmark_inventory,
    quillmark_inventory_yaml,
    quillmark_world_yaml,
    seed_spider,
    sightings_on,
)

URL = "https://www.instagram.com/quillmark_papier/"

# ----------------------------------------------------------------------------- the words


@pytest.mark.parametrize("block,heading,title", [
    (f"Gefälschtes Konto, bitte melden: {URL} (nicht von uns!)", "Warnung vor Betrug", ""),
    (f"Fake account, please report: {URL}", "", ""),
    (f"{URL} (not affiliated with us)", "", ""),
    (f"Faux compte : {URL}", "", ""),
    (f"Cuenta falsa, no es nuestra: {URL}", "", ""),
    (f"Sahte hesap, bize ait değildir: {URL}", "", ""),
    (f"Поддельный аккаунт: {URL}", "", ""),
    (f"假冒账号：{URL}", "", ""),
    (f"حساب مزيف: {URL}", "", ""),
    (f"{URL}", "Fake accounts", "Beware"),
    (f"{URL}", "Sahte hesaplar", ""),
    (f"Report this account: {URL}", "Beware of scams", "Scam alert"),
    (f"Bitte melden: {URL}", "Warnung vor Betrug", "Warnung vor Betrug"),
])
def test_the_words_around_a_link_disown_it(block: str, heading: str, title: str) -> None:
    """A fake or disowning word in the link's own sentence, a heading that calls what it
    lists fakes, a request to report the account on a page that warns of scams: the company
    disowns the link, in any language."""
    note = link_context(URL, block, heading, title)
    assert note is not None and note.startswith(f"[{LINK_WARNED}: "), (block, note)


@pytest.mark.parametrize("block,heading,title", [
    (f"Unsere offiziellen Konten: {URL}, Facebook.", "Warnung vor Betrug", ""),
    (f"Our official accounts: {URL}", "", "Beware of scams"),
    (f"Resmi hesabımız: {URL}, sahte hesaplara dikkat!", "", ""),
    (f"官方账号：{URL}", "假冒账号", ""),
    (f"Report a scam to our support team: {URL}", "Contact", "Help"),
    (f"Folgen Sie uns: {URL}", "Warnung vor Betrug", "Warnung vor Betrug"),
    (f"{URL}", "Unsere Kanäle", "Über uns"),
])
def test_the_same_url_claimed_is_not_disowned(block: str, heading: str, title: str) -> None:
    """The same URL in "our official accounts:", on a warning page's list of the real
    accounts, beside a report link to the support desk, or under a plain heading: no note
    that disowns it (a claiming word nearer the link wins; "Betrug" in a page's heading is
    the page's kind, not a word on the link)."""
    note = link_context(URL, block, heading, title)
    assert note is None or not note.startswith(f"[{LINK_WARNED}"), (block, note)


@pytest.mark.parametrize("heading,title", [
    ("Line-up", "Line-up 2027"), ("Authorised ticket agents", ""), ("", "Stockists"),
    ("Unsere Händler", ""), ("Sponsoren", ""), ("Nos revendeurs", ""),
    ("Dónde comprar", ""), ("Yetkili bayilerimiz", ""), ("经销商", ""), ("وكلاء", ""),
    ("Speakers", "Summit 2026"), ("Our suppliers", ""),
])
def test_a_list_of_others_lists_the_link_among_them(heading: str, title: str) -> None:
    note = link_context("Nipi on Instagram", "", heading, title)
    assert note is not None and note.startswith(f"[{LINK_LISTED}: "), (heading, note)
    assert link_context("Instagram", "", "Unsere Abteilungen", "Export") is None


def test_the_note_stays_apart_from_the_link_text() -> None:
    detail = f"Instagram {link_context('Instagram', 'Fake: Instagram', '', '')}"
    assert link_text(detail) == "Instagram"
    assert link_text("Instagram (archive)") == "Instagram (archive)"


# ----------------------------------------------------------------------------- the crawler

@pytest.fixture(scope="module")
def spider() -> SweepSpider:
    return seed_spider("x", "instagram")


def _page(spider: SweepSpider, path: str, title: str, main: str) -> HtmlResponse:
    page = company_page(path, title, main, header="<header><a href='/'>NWC</a></header>",
                        footer="<footer><ul><li><a href='https://x.com/nwc_main'>X</a></li>"
                        "</ul></footer>")
    assert spider.is_official_url(page.url)
    return page


def _seen(spider: SweepSpider, response: HtmlResponse) -> dict[str, str]:
    return {i.handle: i.detail for i in sightings_on(spider, response)}


@pytest.mark.parametrize("written", [
    "https://x.com/nwc_giveaway",  # a URL written as text
    '<a href="https://x.com/nwc_giveaway">https://x.com/nwc_giveaway</a>',  # linked
])
def test_a_warning_page_disowns_a_url_written_as_text_or_linked(spider: SweepSpider,
                                                               written: str) -> None:
    """The warning page names the impostor by its URL, as text or as a link whose text is
    the URL: either way the crawl sights it, and its note disowns it; the footer's link on
    the same page stays the company's (a page's chrome is not what the page is about)."""
    main = (f"<h1>Warnung vor Betrug</h1><p>Unsere Konten stehen unten. Gefälschtes Konto, "
            f"bitte melden: {written} (nicht von uns!)</p>")
    seen = _seen(spider, _page(spider, "/warnung", "Warnung vor Betrug", main))
    assert seen["nwc_giveaway"].startswith("https://x.com/nwc_giveaway")
    assert f"[{LINK_WARNED}: 'Gefälschtes Konto, bitte melden: … (nicht von uns!)']" in \
        seen["nwc_giveaway"], seen
    assert seen["nwc_main"] == "X", seen
    # the same URL as text in a claim: sighted, not disowned
    claim = _seen(spider, _page(spider, "/", "Northwind", "<p>Unser offizieller Kanal: "
                                "https://x.com/nwc_giveaway.</p>"))
    assert claim["nwc_giveaway"] == "https://x.com/nwc_giveaway", claim


def test_a_department_page_and_an_agents_page(spider: SweepSpider) -> None:
    """A department's page linking its own channel, an agents' page linking an agent's: only
    the second link is noted as one of others' accounts."""
    dept = _seen(spider, _page(spider, "/export", "Export", '<h1>Export desk</h1><ul><li>'
                               '<a href="https://x.com/nwc_export">Export on X</a></li></ul>'))
    agents = _seen(spider, _page(spider, "/agents", "Our agents | NWC", '<h1>Authorised '
                                 'agents</h1><ul><li><a href="https://x.com/izmirkahve">'
                                 'Izmir Kahve</a></li></ul>'))
    assert dept["nwc_export"] == "Export on X"
    assert agents["izmirkahve"] == f"Izmir Kahve [{LINK_LISTED}: 'Authorised agents']"


def test_bare_urls_are_bounded_and_never_read_from_scripts(spider: SweepSpider) -> None:
    many = " ".join(f"https://x.com/nwc{i}" for i in range(websites.MAX_BARE_URLS + 50))
    main = (f"<p>{many}</p><script>var u='https://x.com/from_script';</script>"
            "<p>Write to www.northwindcoffee.com/contact, please.</p>")
    links = list(websites._links(_page(spider, "/log", "Log", main)))
    urls = [u for u, _ in links]
    assert "https://x.com/from_script" not in urls
    assert sum(u.startswith("https://x.com/nwc") and u != "https://x.com/nwc_main"
               for u in urls) == websites.MAX_BARE_URLS


# ----------------------------------------------------------------------------- matching

SITE = QUILLMARK_URL
LOGO = QUILLMARK_LOGO
INV = quillmark_inventory(("instagram", "facebook", "x"),
                          accounts=[("instagram", "quillmarkpapier", "Marketing")],
                          departments=("Marketing", "Export"))
OFFICIAL = quillmark_instagram(followers=None)


def _classify(handle: str, detail: str, page: str, **fields: object) -> Finding:
    link = Sighting("instagram", handle, Via.OFFICIAL_SITE, SITE + page, detail=detail,
                    url=f"https://instagram.test/{handle}")
    o = profile("instagram", handle, sightings=(link,), **fields)
    return finding_for(INV, o, [OFFICIAL], config=DEFAULT_CONFIG)


_POSER = dict(display_name="Quillmark Papier Gewinnspiel", bio="Quillmark Papier Gewinnspiel",
              avatar_phash=LOGO, posts=5, created_at="2026-09-01", last_active_at="2026-11-18")


@pytest.mark.parametrize("around", [
    "Gefälschtes Konto, bitte melden: … (nicht von uns!)", "Report this account: …",
    "Sahte hesap: …", "假冒账号：…",
])
def test_a_link_the_page_disowns_is_no_ownership_but_the_companys_word(around: str) -> None:
    """The same poser linked by the company's page: its own (the link's plain text) or the
    impostor the page warns of (the crawler's note), with the warning as evidence."""
    own = _classify("quillmarkgewinnspiel", URL, "warnung", **_POSER)
    assert own.cls == FindingClass.OFFICIAL_UNLISTED, own
    detail = f"{URL} [{LINK_WARNED}: '{around}']"
    fake = _classify("quillmarkgewinnspiel", detail, "warnung", **_POSER)
    assert fake.cls == FindingClass.IMPOSTOR, fake
    assert "official_site_link" not in {e.signal for e in fake.evidence}, fake
    assert any("warns about it" in e.detail and around in e.detail for e in fake.evidence), fake


_AGENT = dict(display_name="Izmir Kâğıt Evi", bio="Kırtasiye, İzmir. Quillmark Papier yetkili "
              "satıcısı.", posts=300, followers=900, last_active_at="2026-11-10")
_DESK = dict(display_name="Quillmark Papier Export", bio="Export desk of Quillmark Papier.",
             avatar_phash=LOGO, posts=120, last_active_at="2026-11-10")


def test_an_agents_page_names_someone_elses_account() -> None:
    """An agents' page links an agent's own account (its own name and picture): not the
    company's, not an impostor for that link; the department's page links its channel (the
    logo, the brand's name): the company's, even when the page is a list of agents."""
    listed = f"Izmir Kâğıt Evi [{LINK_LISTED}: 'Authorised agents']"
    agent = _classify("izmirkagitevi", listed, "agents", **_AGENT)
    assert agent.cls == FindingClass.UNRELATED, agent
    assert any("among others' accounts" in e.detail for e in agent.evidence), agent
    plain = _classify("izmirkagitevi", "Izmir Kâğıt Evi", "export", **_AGENT)
    assert plain.cls == FindingClass.OFFICIAL_UNLISTED, plain
    desk = _classify("quillmarkexport", f"Export [{LINK_LISTED}: 'Authorised agents']",
                     "agents", **_DESK)
    assert desk.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), desk


def test_one_plain_link_keeps_it_claimed() -> None:
    footer = Sighting("x", "a", Via.OFFICIAL_SITE, SITE, detail="X")
    listed = Sighting("x", "a", Via.OFFICIAL_SITE, SITE + "partners",
                      detail=f"A [{LINK_LISTED}: 'Partners']")
    assert listed_among_others((listed,), INV.domains) == (SITE + "partners", "Partners")
    assert listed_among_others((listed, footer), INV.domains) is None
    warned = Sighting("x", "a", Via.OFFICIAL_SITE, SITE + "w", detail=f"A [{LINK_WARNED}: 'x']")
    assert disowned_by_official_site((footer, warned), INV.domains) == (SITE + "w", "x")
    assert disowned_by_official_site((footer, listed), INV.domains) is None


# ----------------------------------------------------------------------------- a real audit

WORLD = quillmark_world_yaml(
    [("/warnung", "Warnung"), ("/haendler", "Händler")],
    {"/warnung": {"title": "Warnung vor Betrug",
                  "body": "<h1>Warnung vor Betrug</h1><p>Quillmark verlangt nie Gebühren.</p><p>"
                          "Gefälschtes Konto, bitte melden: "
                          "https://www.instagram.com/quillmark_gewinnspiel/ (nicht von uns!)</p>"},
     "/haendler": {"title": "Unsere Händler",
                   "body": "<h1>Autorisierte Händler</h1><p>Kaufen Sie bei unseren Händlern.</p>",
                   "links": [{"url": "https://www.instagram.com/alsterkontor/",
                              "text": "Alster Kontor (Instagram)"}]}},
    [{"platform": "instagram", "handle": "alsterkontor", "display_name": "Alster Kontor",
      "bio": "Schreibwaren am Alsterufer. Papier von Quillmark und anderen.",
      "avatar": "photo:alster", "followers": 1200, "posts": 400, "created_at": "2018-01-01",
      "last_active_at": "2026-11-10", "indexed_by": ["official_site"],
      "truth": {"class": "unrelated", "brand": "Quillmark Papier"}}],
)
INVENTORY = quillmark_inventory_yaml(("Marketing", "marketing@quillmark.de"))


def test_an_audit_reads_the_warning_pages_bare_url_as_the_companys_disowning(
        tmp_path: Path) -> None:
    """A real audit of a simulated web: the warning page names the impostor by a URL written
    as text; the crawl sights it there, and the finding is an impostor whose evidence says
    the company's own page warns about it. The dealers' page links a dealer's own account:
    unrelated, not the company's."""
    findings = audit_findings(tmp_path, WORLD, INVENTORY, "--platforms", "instagram",
                              "--max-variants", "0")
    fake = findings["quillmark_gewinnspiel"]
    assert fake["class"] == "impostor", fake
    assert "official_site" in fake["discovered_via"], fake
    warned = [e for e in fake["evidence"] if "warns about it" in e["detail"]]
    assert warned and "https://www.quillmark.de/warnung" in warned[0]["detail"], fake
    assert "nicht von uns" in warned[0]["detail"], fake
    dealer = findings["alsterkontor"]
    assert dealer["class"] == "unrelated", dealer
    assert findings["quillmarkpapier"]["class"] == "official"
