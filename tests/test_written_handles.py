"""Handles written as text on the company's pages, and the company's own channels (#11).

A contacts page lists "Instagram: @brand.jobs" without a link; a warning page says
"@Brand_Support on X is not ours". The crawler reads such a handle as it reads a link
(``websites._written_handles``: the platform named in its sentence, before or after it; the
words of its own sentence disown or claim it, :func:`matching.signals.link_context`), bounded
per page, never from scripts. On a page that warns of fakes a handle counts only when its own
sentence says which it is. Then the own-account rows: a department's or a country's channel
beside the brand's main account is ``official_unlisted``, a second account of the same purpose
``redundant`` (mutation pairs, both directions), and an audit of a simulated web end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.catalog import load_catalog
from crawler.spiders import websites
from crawler.spiders.sweep import SweepSpider
from matching.config import DEFAULT_CONFIG
from matching.models import (
    Brand,
    Department,
    Finding,
    FindingClass,
    Inventory,
    OfficialAccount,
    Sighting,
    Via,
)
from matching.signals import LINK_WARNED, link_context, sentence_claims
from tests.builders import (
    audit_findings,
    company_page,
    finding_for,
    profile,
    quillmark_inventory_yaml,
    quillmark_world_yaml,
    seed_spider,
    sightings_on,
)

# ----------------------------------------------------------------------------- the sentence


@pytest.fixture(scope="module")
def words() -> list:  # type: ignore[type-arg]
    return websites._platform_words(load_catalog())


@pytest.mark.parametrize("sentence,expected", [
    ("Instagram: @brand.jobs", [("@brand.jobs", "instagram")]),
    ("@Brand_Support on X is not ours.", [("@Brand_Support", "x")]),
    # the platform before the handles: each takes the nearest name before it
    ("Obavijesti objavljujemo na X računu @BuraUlaznice i Telegram kanalu @bura_ulaznice.",
     [("@BuraUlaznice", "x"), ("@bura_ulaznice", "telegram")]),
    ("Our X accounts are @TautaiMaritime and @TautaiHelpdesk.",
     [("@TautaiMaritime", "x"), ("@TautaiHelpdesk", "x")]),
    # after them: each takes the first name after it
    ("Nuestra cuenta de ayuda es @CelesteAyuda en X y el asistente @CelesteBot en Telegram.",
     [("@CelesteAyuda", "x"), ("@CelesteBot", "telegram")]),
    ("کانال‌های تلگرام ما فقط @salangbarbari و @salang_jobs است.",
     [("@salangbarbari", "telegram"), ("@salang_jobs", "telegram")]),
    ("最新情報は公式X @TsukiyomiHobby をご覧ください", [("@TsukiyomiHobby", "x")]),
    # no platform named: nothing to read it by
    ("Write to @brandcare for help.", [("@brandcare", None)]),
    # an e-mail address and a Mastodon address are no @-handles of a platform's
    ("Mail care@brand.com or follow @brand@mastodon.nz on X.", []),
    # a lower-case x is no platform ("2 x 3")
    ("Boxes of 2 x 3 at @brandshop", [("@brandshop", None)]),
])
def test_the_platform_named_beside_a_written_handle(words, sentence: str,  # type: ignore[no-untyped-def]
                                                    expected: list) -> None:  # type: ignore[type-arg]
    assert websites._handles_platforms(sentence, words) == expected


@pytest.mark.parametrize("block", [
    "Site https://x.com/brand_help - not ours",
    "https://x.com/brand_help – not affiliated with us",
    "https://x.com/brand_help: fake",
])
def test_a_dash_or_colon_after_a_link_opens_its_clause(block: str) -> None:
    """"<url> - not ours": the dash introduces what the page says of the link; the next item
    of a list after a dash ("<url> - news, and beware of fakes") is still cut off."""
    assert (link_context("https://x.com/brand_help", block) or "").startswith(f"[{LINK_WARNED}")
    assert link_context("https://x.com/brand", "Our accounts: https://x.com/brand - news, "
                        "and beware of fakes") is None


def test_a_sentence_claims_or_disowns_a_written_handle() -> None:
    assert sentence_claims("@brand", "Our official Instagram is @brand.")
    assert sentence_claims("@TsukiyomiHobby", "最新情報は公式X @TsukiyomiHobby をご覧ください")
    assert not sentence_claims("@brand_help", "@brand_help on X is not ours, our official is @b")
    assert not sentence_claims("@brand", "Write to @brand on X.")


# ----------------------------------------------------------------------------- the crawler

@pytest.fixture(scope="module")
def spider() -> SweepSpider:
    return seed_spider("x", "instagram", "telegram")


def _page(path: str, title: str, main: str) -> HtmlResponse:
    return company_page(path, title, main,
                        footer="<footer><p>Follow us on Instagram @northwindcoffee</p></footer>")


def _seen(spider: SweepSpider, response: HtmlResponse) -> dict[tuple[str, str], str]:
    return {(i.platform, i.handle): i.detail for i in sightings_on(spider, response)}


def test_a_contacts_page_lists_handles_as_text(spider: SweepSpider) -> None:
    """"Instagram: @nwc.jobs" on the contacts page is sighted as a link from the official
    site (its text the handle as written), the footer's too; an e-mail address and a handle
    with no platform named are not."""
    main = ("<h1>Contacts</h1><ul><li>Instagram: @nwc.jobs</li><li>Telegram: @nwc_orders"
            "</li><li>Press: press@northwindcoffee.com</li></ul><p>Ask @nwc_friend for beans.</p>")
    seen = _seen(spider, _page("/contacts", "Contacts", main))
    assert seen[("instagram", "nwc.jobs")] == "@nwc.jobs", seen
    assert seen[("telegram", "nwc_orders")] == "@nwc_orders", seen
    assert seen[("instagram", "northwindcoffee")] == "@northwindcoffee", seen
    assert not any(h == "nwc_friend" or "northwindcoffee.com" in h for _p, h in seen), seen


def test_a_warning_page_names_a_fake_by_its_handle(spider: SweepSpider) -> None:
    """On a page that warns of fakes, the handle its sentence disowns is sighted with the
    company's word on it; one its sentence claims is sighted plain; one its sentence says
    nothing of is passed over (the page names fakes as often as its own)."""
    main = ("<h1>Scam warning</h1><p>@NWC_Support on X is not ours. Our official X account "
            "is @NorthwindCare. Scammers also write from @nwc_refunds on X.</p>")
    seen = _seen(spider, _page("/scam-warning", "Scam warning", main))
    assert seen[("x", "nwc_support")] == f"@NWC_Support [{LINK_WARNED}: '… on X is not ours.']"
    assert seen[("x", "northwindcare")] == "@NorthwindCare", seen
    assert ("x", "nwc_refunds") not in seen, seen
    # the same neutral sentence on a page that warns of nothing: the company's word
    plain = _seen(spider, _page("/contact", "Contact", "<p>Refunds: write to @nwc_refunds "
                                "on X.</p>"))
    assert plain[("x", "nwc_refunds")] == "@nwc_refunds", plain


def test_written_handles_are_bounded_and_never_read_from_scripts() -> None:
    many = " ".join(f"@nwc{i}" for i in range(websites.MAX_WRITTEN_HANDLES + 20))
    main = (f"<p>Instagram {many}</p><script>var s = 'Instagram @from_script';</script>"
            "<pre>X @from_code</pre><a href='/x'>X @in_a_link</a>")
    links = list(websites._links(_page("/log", "Log", main), load_catalog()))
    urls = [u for u, _ in links]
    assert not any(u.endswith(("from_script/", "from_code", "in_a_link/")) for u in urls), urls
    assert sum("instagram.com/nwc" in u for u in urls) == websites.MAX_WRITTEN_HANDLES
    # without the catalog (no platform names to read them by): links only
    assert not any("instagram.com/nwc" in u for u, _ in websites._links(_page("/log", "Log",
                                                                              main)))


# ----------------------------------------------------------------------------- own accounts

SITE = "https://www.goubet.dj"
LOGO = "f766e88961998798"


def _inventory(declared: str, department: str = "Ressources Humaines") -> Inventory:
    return Inventory(
        organization="Goubet Acier SA",
        domains=("goubet.dj",),
        departments=(Department("Communication"), Department("Ressources Humaines"),
                     Department("Service Clients")),
        brands=(
            Brand("Goubet Acier", aliases=("Goubet",), websites=(SITE,),
                  strategy=("facebook", "instagram", "x"),
                  accounts=(OfficialAccount("x", declared, "Goubet Acier", department),
                            OfficialAccount("facebook", "GoubetAcier", "Goubet Acier",
                                            "Communication"))),
            Brand("Goubet Depot", aliases=("Depot Goubet",), websites=(f"{SITE}/depot",),
                  strategy=("facebook",),
                  accounts=(OfficialAccount("facebook", "DepotGoubet", "Goubet Depot",
                                            "Communication"),)),
        ),
    )


def _own(inv: Inventory, platform: str, handle: str, page: str, name: str, bio: str) -> Finding:
    link = Sighting(platform, handle, Via.OFFICIAL_SITE, f"{SITE}/{page}", detail=name,
                    url=f"https://{platform}.test/{handle}")
    o = profile(platform, handle, sightings=(link,), display_name=name, bio=bio,
                avatar_phash=LOGO, posts=200, followers=900, external_links=(f"{SITE}/{page}",),
                created_at="2022-01-01", last_active_at="2026-11-10")
    declared = [profile(a.platform, a.handle, display_name=a.brand, avatar_phash=LOGO, posts=900,
                        external_links=(SITE,), last_active_at="2026-11-18")
                for a in inv.accounts]
    return finding_for(inv, o, declared, config=DEFAULT_CONFIG)


def test_a_departments_channel_beside_the_brands_main_account() -> None:
    """The careers channel beside the HR team's main account (the brand's name as handle) is
    a channel of its own: official_unlisted. Beside a declared careers account, a second one
    of the same purpose: redundant."""
    args = ("x", "GoubetCareers", "carrieres", "Goubet Acier Careers", "Offres d'emploi.")
    apart = _own(_inventory("GoubetAcier"), *args)
    assert apart.cls == FindingClass.OFFICIAL_UNLISTED, apart
    assert apart.department == "Ressources Humaines"
    second = _own(_inventory("GoubetJobs"), *args)
    assert second.cls == FindingClass.REDUNDANT, second
    assert any(e.signal == "duplicate_account" for e in second.evidence), second


def test_french_recruiting_words_name_the_hr_department() -> None:
    """"Recrute", "/emplois": the HR team's channel, no second account of the care desk's
    main one; beside the HR team's declared "GoubetEmplois", a second of its kind."""
    args = ("x", "GoubetRecrute", "emplois", "Goubet Recrute", "Nos annonces. Aucuns frais.")
    f = _own(_inventory("GoubetSante", "Service Clients"), *args)
    assert f.cls == FindingClass.OFFICIAL_UNLISTED, f
    assert f.department == "Ressources Humaines"
    second = _own(_inventory("GoubetEmplois"), *args)
    assert second.cls == FindingClass.REDUNDANT, second


def test_a_countrys_page_beside_the_brands_main_one() -> None:
    """A handle ending with a country's code that its name says again ("UK") is that
    country's page: official_unlisted. The code in the handle alone (a domain written as a
    handle, ``goubetdj``) is no country's page: a second account, redundant."""
    uk = _own(_inventory("GoubetAcier"), "facebook", "GoubetAcierUK", "uk",
              "Goubet Acier UK & Europe", "Goubet Acier for the diaspora.")
    assert uk.cls == FindingClass.OFFICIAL_UNLISTED, uk
    dj = _own(_inventory("GoubetAcier"), "facebook", "GoubetAcierDJ", "uk",
              "Goubet Acier (ancienne page)", "Goubet Acier.")
    assert dj.cls == FindingClass.REDUNDANT, dj


def test_a_page_of_the_shared_site_outside_a_brands_section() -> None:
    """Two brands share goubet.dj (one at /depot): an account linked from /visite/pk12 is
    the main brand's (its strategy has Instagram: official_unlisted), one linked from
    /depot/pk12 the depot's (outside its strategy: redundant)."""
    main = _own(_inventory("GoubetAcier"), "instagram", "goubet.pk12", "visite/pk12",
                "Goubet PK12 Factory", "Our PK12 factory.")
    assert main.cls == FindingClass.OFFICIAL_UNLISTED, main
    assert main.brand == "Goubet Acier"
    depot = _own(_inventory("GoubetAcier"), "instagram", "goubet.pk12", "depot/pk12",
                 "Goubet PK12 Factory", "Our PK12 factory.")
    assert depot.brand == "Goubet Depot", depot
    assert depot.cls == FindingClass.REDUNDANT, depot


# ----------------------------------------------------------------------------- a real audit

INVENTORY = quillmark_inventory_yaml(("Marketing", "marketing@quillmark.de"),
                                     ("Personal", "jobs@quillmark.de"))

WORLD = quillmark_world_yaml(
    [("/warnung", "Warnung"), ("/kontakt", "Kontakt")],
    {"/warnung": {"title": "Warnung vor Betrug",
                  "body": "<h1>Warnung vor Betrug</h1><p>Quillmark verlangt nie Gebühren. Das "
                          "Konto @quillmark_gewinnspiel auf Instagram ist nicht von uns!</p>"},
     "/kontakt": {"title": "Kontakt",
                  "body": "<h1>Kontakt</h1><ul><li>Karriere auf Instagram: @quillmark.karriere"
                          "</li></ul>"}},
    [{"platform": "instagram", "handle": "quillmark.karriere",
      "display_name": "Quillmark Karriere",
      "bio": "Jobs bei Quillmark Papier in Hamburg. quillmark.de/kontakt",
      "avatar": "logo:quillmark", "followers": 700, "posts": 80,
      "links": ["https://www.quillmark.de/kontakt"], "created_at": "2021-03-01",
      "last_active_at": "2026-11-12", "indexed_by": ["official_site"],
      "truth": {"class": "official_unlisted", "brand": "Quillmark Papier",
                "department": "Personal"}}],
)


def test_an_audit_reads_handles_written_on_the_companys_pages(tmp_path: Path) -> None:
    """A real audit of a simulated web whose pages name two accounts only as text: the
    warning page's "@quillmark_gewinnspiel auf Instagram ist nicht von uns!" makes it an
    impostor on the company's word; the contacts page's "Karriere auf Instagram:
    @quillmark.karriere" makes the careers channel the company's own, found through the
    site."""
    findings = audit_findings(tmp_path, WORLD, INVENTORY, "--platforms", "instagram",
                              "--max-variants", "0")
    fake = findings["quillmark_gewinnspiel"]
    assert fake["class"] == "impostor", fake
    assert "official_site" in fake["discovered_via"], fake
    warned = [e for e in fake["evidence"] if "warns about it" in e["detail"]]
    assert warned and "https://www.quillmark.de/warnung" in warned[0]["detail"], fake
    jobs = findings["quillmark.karriere"]
    assert jobs["class"] == "official_unlisted", jobs
    assert "official_site" in jobs["discovered_via"], jobs
    assert findings["quillmarkpapier"]["class"] == "official"
