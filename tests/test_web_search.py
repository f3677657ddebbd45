"""Parsing of web search result pages: DuckDuckGo HTML and SearXNG JSON (pure functions).

The pages here are written in the shape the real engines send (DuckDuckGo's ``.result`` blocks
with ``//duckduckgo.com/l/?uddg=`` links, its 202 challenge page; SearXNG's ``results`` and
``unresponsive_engines``). The point of most cases: a blocked engine is "could not search",
never an empty result list.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from crawler.spiders.web_search import (
    WebHit,
    WebQuery,
    build_queries,
    parse_duckduckgo,
    parse_searxng,
    profile_hits,
    searxng_url,
    suspicious_hits,
    unwrap_ddg_href,
)
from matching.models import Brand, Inventory


def ddg_result(url: str, title: str = "t", snippet: str = "s", ad: bool = False) -> str:
    wrapped = f"//duckduckgo.com/l/?uddg={quote(url, safe='')}&amp;rut=abc123"
    cls = "result results_links result--ad" if ad else "result results_links web-result"
    return (f'<div class="{cls}"><div class="links_main result__body">'
            f'<h2 class="result__title"><a rel="nofollow" class="result__a" href="{wrapped}">'
            f"{title}</a></h2>"
            f'<a class="result__snippet" href="{wrapped}">{snippet}</a></div></div>')


def ddg_page(results: list[str], next_form: bool = False) -> bytes:
    nav = ""
    if next_form:
        nav = ('<div class="nav-link"><form action="/html/" method="post">'
               '<input type="submit" class="btn btn--alt" value="Next">'
               '<input type="hidden" name="q" value="&quot;Northwind Coffee&quot;">'
               '<input type="hidden" name="s" value="10"><input type="hidden" name="dc" value="11">'
               '<input type="hidden" name="vqd" value="4-12345"><input name="kl" value="wt-wt" '
               'type="hidden"></form></div>')
    return (f'<html><body><div id="links" class="results">{"".join(results)}{nav}'
            f"</div></body></html>").encode()


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("//duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.instagram.com%2Fnorthwindcoffee%2F&rut=x",
         "https://www.instagram.com/northwindcoffee/"),
        ("https://duckduckgo.com/l/?kh=-1&uddg=https%3A%2F%2Fx.com%2FNWC_Giveaway",
         "https://x.com/NWC_Giveaway"),
        ("/l/?uddg=https%3A%2F%2Ft.me%2Fnorthwindcoffee", "https://t.me/northwindcoffee"),
        # decoded once only: a %25 in the wrapped value stays a literal %xx in the target
        ("//duckduckgo.com/l/?uddg=https%3A%2F%2Fexample.com%2Fa%2520b", "https://example.com/a%20b"),
        ("https://www.linkedin.com/company/northwind-coffee",
         "https://www.linkedin.com/company/northwind-coffee"),
        ("javascript:void(0)", None),
        ("", None),
    ],
)
def test_unwrap_ddg_href(href: str, expected: str | None) -> None:
    assert unwrap_ddg_href(href) == expected


def test_ddg_results_unwrapped_ads_skipped_and_next_form() -> None:
    page = ddg_page([
        ddg_result("https://www.instagram.com/northwindcoffee/", "Northwind Coffee (@nwc)"),
        ddg_result("https://ads.example/buy", ad=True),
        ddg_result("https://www.linkedin.com/company/northwind-kahve-turkiye", "Northwind Kahve"),
        ddg_result("https://www.instagram.com/northwindcoffee/"),  # duplicate
    ], next_form=True)
    res = parse_duckduckgo(200, page)
    assert res.searched
    assert [h.url for h in res.hits] == [
        "https://www.instagram.com/northwindcoffee/",
        "https://www.linkedin.com/company/northwind-kahve-turkiye",
    ]
    assert res.hits[0].title == "Northwind Coffee (@nwc)"
    assert res.next_form is not None
    assert res.next_form["vqd"] == "4-12345" and res.next_form["s"] == "10"
    assert res.next_form["q"] == '"Northwind Coffee"'


def test_ddg_no_results_is_a_search_with_nothing_found() -> None:
    page = (b'<html><body><div id="links"><div class="result result--no-result">'
            b'<div class="no-results">No results.</div></div></div></body></html>')
    res = parse_duckduckgo(200, page)
    assert res.searched and res.hits == () and res.next_form is None


@pytest.mark.parametrize("status", [202, 200])
def test_ddg_captcha_is_could_not_search(status: int) -> None:
    page = (b'<html><body><div class="anomaly-modal__title">Unfortunately, bots use DuckDuckGo'
            b' too.</div><form id="challenge-form" action="//duckduckgo.com/anomaly.js" '
            b'method="POST"><input type="hidden" name="q" value="x"></form></body></html>')
    res = parse_duckduckgo(status, page)
    assert not res.searched
    assert res.blocked == "captcha"
    assert res.hits == ()


def test_ddg_bare_202_and_errors_are_could_not_search() -> None:
    assert parse_duckduckgo(202, b"").blocked == "captcha"
    assert parse_duckduckgo(429, b"").blocked == "rate_limited"
    assert parse_duckduckgo(503, b"<html></html>").blocked == "http_503"


def searx(results: list[dict], unresponsive: list | None = None) -> bytes:
    return json.dumps({"query": "q", "number_of_results": len(results), "results": results,
                       "answers": [], "unresponsive_engines": unresponsive or []}).encode()


def test_searxng_results() -> None:
    res = parse_searxng(200, searx([
        {"url": "https://x.com/NWCRoastery", "title": "NWC Roastery", "content": "c",
         "engine": "duckduckgo"},
        {"url": "https://x.com/NWCRoastery", "title": "dup"},
        {"title": "no url"},
    ], unresponsive=[["brave", "timeout"]]))
    assert res.searched and res.has_more
    assert [h.url for h in res.hits] == ["https://x.com/NWCRoastery"]


def test_searxng_all_engines_failing_is_could_not_search() -> None:
    res = parse_searxng(200, searx([], unresponsive=[["duckduckgo", "CAPTCHA"],
                                                     ["google", "timeout"]]))
    assert not res.searched
    assert res.blocked == "unresponsive_engines: duckduckgo (CAPTCHA), google (timeout)"


def test_searxng_empty_without_failures_is_nothing_found() -> None:
    res = parse_searxng(200, searx([]))
    assert res.searched and res.hits == () and not res.has_more


@pytest.mark.parametrize(("status", "body", "reason"), [
    (403, b"<h1>403 Forbidden</h1>", "json_format_disabled"),
    (429, b"", "rate_limited"),
    (200, b"<html>not json</html>", "bad_json"),
    (200, b"[1, 2]", "bad_json"),
])
def test_searxng_failures(status: int, body: bytes, reason: str) -> None:
    assert parse_searxng(status, body).blocked == reason


def test_searxng_url() -> None:
    assert searxng_url("http://127.0.0.1:8888/", '"Northwind" site:t.me', 2) == (
        "http://127.0.0.1:8888/search?q=%22Northwind%22+site%3At.me&format=json&pageno=2")
    assert searxng_url("https://searx.example/search", "a").startswith(
        "https://searx.example/search?q=a&")


def test_build_queries_brand_then_site_queries() -> None:
    inv = Inventory("Northwind Coffee Co.", brands=(
        Brand("Northwind Coffee", aliases=("NWC", "Northwind")),
    ))
    qs = build_queries(inv, [("instagram", "instagram.com"), ("linkedin", "linkedin.com/company")])
    texts = [q.text for q in qs]
    assert texts[:2] == ['"Northwind Coffee"', '"Northwind"']  # NWC too short alone
    assert 'site:instagram.com "NWC"' in texts
    assert 'site:linkedin.com/company "Northwind Coffee"' in texts
    assert all(isinstance(q, WebQuery) and q.brand == "Northwind Coffee" for q in qs)
    assert len(build_queries(inv, [("instagram", "instagram.com")], max_queries=3)) == 3


def test_profile_hits_filters_platforms() -> None:
    from crawler.spiders.web_search import WebHit

    def match(url: str):
        if "instagram.com/" in url:
            return ("instagram", url.rstrip("/").rsplit("/", 1)[1])
        if "x.com/" in url:
            return ("x", url.rsplit("/", 1)[1].lower())
        return None

    hits = [WebHit("https://www.instagram.com/nwc/"), WebHit("https://x.com/NWC"),
            WebHit("https://example.com/")]
    got = [(p, h) for p, h, _ in profile_hits(hits, match, ["instagram"])]
    assert got == [("instagram", "nwc")]


def test_suspicious_hits_are_lookalike_or_scam_sites_never_profiles_or_official() -> None:
    """Search results that are no profile but a scam site get one visit (their footers link
    the ring's profiles): a lookalike domain, or a result naming the brand with scam wording.
    Profiles, official pages and ordinary pages about the brand are not fetched."""
    from crawler.catalog import load_catalog
    from matching.index import build_index

    inv = Inventory("Northwind Coffee Co.", domains=("northwindcoffee.com",), brands=(
        Brand("Northwind Coffee", aliases=("Northwind",)),
    ))
    keys = build_index(inv, {}, None).brand_keys
    names = ("Northwind Coffee", "Northwind")
    hits = [
        WebHit("https://www.instagram.com/northwind_rewards/", "Northwind Coffee giveaway"),
        WebHit("https://northwind-coffee-rewards.com/", "Claim your reward"),
        WebHit("https://www.northwindcoffee.com/win", "Northwind Coffee: win a mug", "free"),
        WebHit("https://blog.example.org/p", "Northwind Coffee giveaway", "claim your prize"),
        WebHit("https://news.example.org/a", "Northwind Coffee opens in Izmir", "a new shop"),
        WebHit("https://weather.example.org/", "Northwind warning", "claim a free umbrella"),
    ]
    got = {h.url: why for h, why in suspicious_hits(
        hits, load_catalog().match_profile_url, inv.domains, keys, names)}
    assert set(got) == {"https://northwind-coffee-rewards.com/", "https://blog.example.org/p"}
    assert "lookalike" in got["https://northwind-coffee-rewards.com/"]
    assert "Northwind Coffee" in got["https://blog.example.org/p"]
