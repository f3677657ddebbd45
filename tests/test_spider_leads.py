"""Leads a found profile gives the crawl, on hand-built observations (no crawl, no server).

A scam channel names the rest of its ring in its bio ("send the receipt to @brand_sales_admin");
t.me, Instagram, X and Threads render such an ``@name`` as a link to that platform's profile,
so the crawl sights it like a link (``linked_pages.bio_mentions``).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from crawler.catalog import load_catalog
from crawler.spiders import enrich, linked_pages
from matching.models import ProbeState, ProfileFields, ProfileObservation, Via


@pytest.fixture(scope="module")
def catalog() -> Any:
    return load_catalog()


@pytest.mark.parametrize(("platform", "bio", "expected"), [
    ("telegram", "Prepay by telebirr and send the receipt to @Brand_Sales_Admin.",
     ["brand_sales_admin"]),
    ("instagram", "write to @brand.support. or @other_one (not @brand_shop_tr@mail.com)",
     ["brand.support", "other_one"]),
    # an e-mail address, a URL's path and the profile itself are no mentions
    ("telegram", "mail sales@brand.com, https://x.com/@brandx, me: @BrandShop", []),
    # Facebook, TikTok and YouTube bios do not link an @name to a profile there
    ("facebook", "write to @brand_sales_admin", []),
    ("tiktok", "write to @brand_sales_admin", []),
    ("telegram", "@aaaa1 @bbbb2 @cccc3 @dddd4", ["aaaa1", "bbbb2", "cccc3"]),  # at most three
])
def test_bio_mentions(catalog: Any, platform: str, bio: str, expected: list[str]) -> None:
    assert linked_pages.bio_mentions(catalog, platform, "BrandShop", bio) == expected


def _spider(catalog: Any, declared: set[tuple[str, str]] = frozenset()) -> Any:  # type: ignore[assignment]
    return SimpleNamespace(catalog=catalog, declared=declared, allowed=set(),
                           active=set(catalog), settings=SimpleNamespace(getint=lambda k, d: d),
                           is_official_url=lambda url: False)


def _obs(bio: str, handle: str = "brandshop_promo") -> ProfileObservation:
    return ProfileObservation("telegram", handle, f"https://t.me/{handle}", ProbeState.FOUND,
                              fields=ProfileFields(bio=bio))


def test_a_suspicious_profile_s_mentions_are_sighted(catalog: Any, monkeypatch: Any) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(enrich, "sighted", lambda _s, *a, **_k: iter([calls.append(a)]))
    list(linked_pages.follow(_spider(catalog), _obs("send the receipt to @Brand_Sales_Admin")))
    assert [(c[0], c[1], c[2], c[3]) for c in calls] == [
        ("telegram", "brand_sales_admin", Via.LINKED_PAGE, "https://t.me/brandshop_promo")]
    assert calls[0][4] == "mentioned by telegram:brandshop_promo"


def test_a_declared_channel_s_mentions_are_no_leads(catalog: Any, monkeypatch: Any) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(enrich, "sighted", lambda _s, *a, **_k: iter([calls.append(a)]))
    spider = _spider(catalog, {("telegram", "brandshop")})
    list(linked_pages.follow(spider, _obs("jobs: @BrandJobs", handle="brandshop")))
    assert calls == []


# --------------------------------------------------------------------------- pages about the brand
# A search for the brand lists reviews, forum threads and blog posts about it; the fans' group a
# blogger links and the scam channel a forum warns about are linked from there.

NAMES = ("Wenz Shoes", "Wenz", "ወንዝ", "NWC")


@pytest.mark.parametrize(("text", "expected"), [
    ("Review: my Wenz boots after two years", "Wenz"),
    ("wenz shoes: the honest review", "Wenz Shoes"),
    ("የወንዝ ጫማ ግምገማ", "ወንዝ"),  # "of Wenz": one word in Amharic
    ("Wenzel family reunion", None),  # another word that starts the same
    ("NWC results 2026", None),  # a Latin name under four letters says nothing alone
])
def test_names_brand(text: str, expected: str | None) -> None:
    from crawler.spiders.web_search import names_brand

    assert names_brand(text, NAMES) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name with a case ending: Estonian comitative, Slovak genitive, Finnish genitive
    ("Kogemused Tarnese loomakliinikuga?", "Tarnese Loomakliinik"),
    ("Recenzia hotela Sokolika v Tatrach", "Sokolik"),
    ("Sokolikan huonekalut", "Sokolik"),
    # a longer tail is another word; a name under five letters takes no ending
    ("Sokolikowski family", None),
    ("Tarneseni", None),
    ("Buraka bar", None),
])
def test_names_brand_with_a_case_ending(text: str, expected: str | None) -> None:
    from crawler.spiders.web_search import names_brand

    assert names_brand(text, ("Tarnese Loomakliinik", "Sokolik", "Bura")) == expected


def test_about_hits_are_pages_about_the_brand_not_profiles_nor_its_own(catalog: Any) -> None:
    from crawler.spiders.web_search import WebHit, about_hits

    hits = [
        WebHit("https://www.instagram.com/wenzshoes/", "Wenz Shoes (@wenzshoes)"),  # a profile
        WebHit("https://www.wenzleather.com.et/stores", "Wenz Shoes stores"),  # its own site
        WebHit("https://addisstyle.blog/wenz-review", "Wenz boots after two years", "review"),
        WebHit("https://weather.example/addis", "Addis Ababa weather", "sunny"),  # not about it
    ]
    got = list(about_hits(hits, catalog.match_profile_url, ["wenzleather.com.et"], NAMES))
    assert [(h.url, why) for h, why in got] == [
        ("https://addisstyle.blog/wenz-review",
         "addisstyle.blog: a page about 'Wenz' (its search result names it)")]


def test_about_pages_only_from_a_search_for_a_brand_name() -> None:
    from crawler.spiders.web_search import about_budget

    settings = SimpleNamespace(getint=lambda name, default: {
        "BRANDSWEEP_WEB_SEARCH_ABOUT_PAGES": 3}[name])
    assert about_budget(settings, None) == 3
    assert about_budget(settings, "instagram") == 0  # site:instagram.com lists profiles


def test_a_site_named_after_the_brand_is_about_it(catalog: Any) -> None:
    """A scam page's result may not say the brand (a title "Compensación 50 €"): its domain
    does."""
    from crawler.spiders.web_search import WebHit, about_hits

    hits = [WebHit("https://wenz-compensacion.com/", "Compensación 50 €", "IBAN y tarjeta"),
            WebHit("https://wenzelbakery.com/", "Bakery", "bread")]
    got = list(about_hits(hits, catalog.match_profile_url, ["wenzleather.com.et"], NAMES))
    assert [(h.url, why) for h, why in got] == [
        ("https://wenz-compensacion.com/", "wenz-compensacion.com: a site whose name says 'Wenz'")]


# --------------------------------------------------------------------------- an unreadable page
# TikTok's oEmbed proves a handle exists; its page carries the profile. A page that answers a
# JavaScript shell leaves the profile unchecked ("could not check"), as the fast mode's ideal
# observation says; X's page is a shell to every crawler, so there existence is what it shows.


def _second_view(catalog: Any, platform: str, handle: str) -> ProfileObservation:
    from crawler.items import PageBody
    from crawler.spiders.enrich import _after_read

    spider = SimpleNamespace(catalog=catalog, crawler=SimpleNamespace(stats=None),
                             settings=SimpleNamespace(getbool=lambda k, d: d),
                             follow_links=lambda obs: iter(()))
    first = {"state": "found", "reason": None, "status": 200, "body": b"{}",
             "url": catalog[platform].probe_request(handle)["url"]}
    bs = {"platform": platform, "handle": handle, "stage": "second_view", "first": first}
    page = SimpleNamespace(body=b"<html><title>shell</title></html>", status=200,
                           url=catalog[platform].profile_url(handle), meta={})
    items = list(_after_read(spider, catalog[platform], handle, bs, ProbeState.UNVERIFIABLE,
                             "unrecognised_page", ProfileFields(), page))
    (obs,) = [i for i in items if isinstance(i, ProfileObservation)]
    assert all(isinstance(i, (ProfileObservation, PageBody)) for i in items)
    return obs


def test_a_tiktok_page_that_shows_nothing_leaves_the_profile_unchecked(catalog: Any) -> None:
    obs = _second_view(catalog, "tiktok", "brand_promo")
    assert (obs.state, obs.reason) == (ProbeState.UNVERIFIABLE, "unrecognised_page")


def test_x_s_shell_is_its_normal_answer_the_sign_up_check_s_existence_stands(catalog: Any) -> None:
    obs = _second_view(catalog, "x", "brand_promo")
    assert obs.state is ProbeState.FOUND and obs.fields == ProfileFields()
