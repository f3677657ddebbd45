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
