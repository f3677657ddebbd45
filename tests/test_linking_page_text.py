"""What a page that links a profile shows travels with the profile's sighting (#11).

A lookalike site that asks for card numbers and SMS codes links a walled Facebook page: the
page's own words are evidence about the profile it sends its victims to
(``Sighting.page_text``). Hand-built responses, no crawl, no server: milliseconds.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse, Request

from crawler.catalog import load_catalog
from crawler.spiders import enrich, linked_pages
from matching.models import PAGE_TEXT_MAX, Via

SCAM_PAGE = """<!DOCTYPE html><html><head><title>Brand Refund Centre</title>
<script>var t = "tracking";</script><style>p {color: red}</style></head><body>
<header><a href="/">Brand Refund Centre</a></header>
<nav><a href="/">Home</a> <a href="/faq">FAQ</a></nav>
<main><h1>Brand Refund Centre</h1>
<p>Your order was cancelled? Enter your <b>card number</b> and the SMS code to get
   €150 back.</p>
<form method="post"><input name="cc" placeholder="Card number"><input type="hidden"
  name="token" placeholder="secret"><input name="otp" aria-label="SMS code">
  <input type="submit" value="Claim refund"></form>
<p>Chat with us: <a href="https://www.facebook.com/BrandRefundDesk">Facebook</a></p></main>
<footer><a href="https://www.instagram.com/brand.refund/">Instagram</a> &copy; 2026</footer>
</body></html>"""


def test_page_text_is_what_a_person_reads() -> None:
    text = linked_pages.page_text(Selector(text=SCAM_PAGE))
    assert text == (
        "Brand Refund Centre · Your order was cancelled? Enter your card number and the SMS "
        "code to get €150 back. · Card number · SMS code · Claim refund · Chat with us: Facebook")
    # no script, style, menu, footer or hidden field
    for hidden in ("tracking", "color", "FAQ", "2026", "secret", "Instagram"):
        assert hidden not in text


def test_page_text_is_bounded_and_cut_at_a_word() -> None:
    page = f"<html><head><title>T</title></head><body><p>{'word ' * 600}</p></body></html>"
    text = linked_pages.page_text(Selector(text=page))
    assert text is not None and len(text) <= PAGE_TEXT_MAX
    assert text.startswith("T · word") and text.endswith("word")
    assert linked_pages.page_text(Selector(text="<html><body> </body></html>")) is None


@pytest.fixture(scope="module")
def catalog() -> Any:
    return load_catalog()


def _spider(catalog: Any) -> Any:
    return SimpleNamespace(catalog=catalog, active=set(catalog))


def _response(meta: dict[str, Any], status: int = 200) -> HtmlResponse:
    url = "https://brand-refunds.example/"
    return HtmlResponse(url, status=status, body=SCAM_PAGE.encode(), encoding="utf-8",
                        request=Request(url, meta=meta))


def _calls(monkeypatch: Any) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(enrich, "sighted", lambda _s, *a, **k: iter([calls.append((a, k))]))
    return calls


def test_a_search_listed_scam_site_s_text_is_on_the_sightings_of_what_it_links(
        catalog: Any, monkeypatch: Any) -> None:
    calls = _calls(monkeypatch)
    meta = {"bs_search_site": {"why": "a lookalike domain", "source": "s", "query": "Brand"}}
    list(linked_pages.parse_search_site(_spider(catalog), _response(meta)))
    assert [(a[0], a[1], a[2]) for a, _k in calls] == [
        ("facebook", "brandrefunddesk", Via.LINKED_PAGE),
        ("instagram", "brand.refund", Via.LINKED_PAGE)]
    assert all("Enter your card number" in (k["page_text"] or "") for _a, k in calls)


def test_a_profile_s_linked_page_passes_its_text_on_but_not_an_error_page(
        catalog: Any, monkeypatch: Any) -> None:
    calls = _calls(monkeypatch)
    meta = {"bs_from": ("instagram", "brand.promo"), "bs_link": "https://brand-refunds.example/"}
    items = list(linked_pages.parse(_spider(catalog), _response(meta)))
    assert items[0].social_links and items[0].title == "Brand Refund Centre"
    assert "Enter your card number" in (items[0].text or "")  # on the profile that links it
    assert calls and all("SMS code" in (k["page_text"] or "") for _a, k in calls)
    calls.clear()
    items = list(linked_pages.parse(_spider(catalog), _response(meta, status=404)))
    assert calls and all(k["page_text"] is None for _a, k in calls)
    assert items[0].text is None


def test_a_page_nested_deep_or_huge_is_read_without_error() -> None:
    def nested(n: int) -> str:
        return ("<html><body>" + "<div>" * n + "<p>Send the SMS code</p>" + "</div>" * n
                + "</body></html>")

    assert linked_pages.page_text(Selector(text=nested(200))) == "Send the SMS code"
    linked_pages.page_text(Selector(text=nested(5000)))  # the parser's limit, no error
    huge = "<html><body>" + "<p>more words here</p>" * 50000 + "</body></html>"
    text = linked_pages.page_text(Selector(text=huge))
    assert text is not None and len(text) <= PAGE_TEXT_MAX
