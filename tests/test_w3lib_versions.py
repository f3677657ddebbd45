"""The crawler under w3lib 2.5 and 2.6 alike (crawler/written.py says what 2.6 changed).

w3lib 2.6 rewrites a URL as a Request is built (``http://0x7f.1/admin`` is asked as
``http://127.0.0.1/admin``, ``https://a.example`` as ``https://a.example/``, a percent-encoded
host decoded) and refuses to build one for a host no browser accepts. Every assertion here
holds under both versions and fails under 2.6 when the crawler reads ``request.url`` where it
means the link as the page wrote it, or dies on a link 2.6 will not hold. Fast: the spider's
functions called directly, no crawl.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from test_resume_searches import _spider
from twisted.python.failure import Failure

from crawler.netguard import PrivateNetworkGuard, RefusedRequest
from crawler.netrules import url_host, url_refusal_without_dns
from crawler.spiders import linked_pages
from crawler.written import asked, build, redirected, written
from matching.models import LinkedPage, ProbeState, ProfileFields, ProfileObservation

#: links as hostile pages write them, each naming a loopback address
LOOPBACK_LINKS = ["http://0x7f.1/admin", "http://%31%32%37.0.0.1/admin",
                  "http://127.0.0.1./admin", "http://2130706433/admin", "http://127.1/admin"]


@pytest.mark.parametrize(("url", "host"), [
    ("http://%31%32%37.0.0.1./x", "127.0.0.1"), ("https://Shop.Example./a", "shop.example"),
    ("https://shop.example", "shop.example"), ("http://[::1]:8080/", "::1"),
])
def test_the_guard_reads_a_host_as_browsers_do(url: str, host: str) -> None:
    assert url_host(url) == host


@pytest.mark.parametrize("link", LOOPBACK_LINKS)
def test_a_loopback_link_is_refused_and_named_as_written(link: str) -> None:
    """Refused before DNS under both versions (2.5 leaves ``%31%32%37.0.0.1`` and a final dot
    to the resolver, or to a proxy), and the refusal names the link the page wrote."""
    assert url_refusal_without_dns(link, False) == "loopback address 127.0.0.1"
    guard = PrivateNetworkGuard(allow_private=False, resolve_map={}, behind_proxy=True,
                                dns_overrides={})
    request = build(link)
    with pytest.raises(RefusedRequest) as refused:
        asyncio.run(guard.process_request(request))
    assert refused.value.url == link and refused.value.reason == "loopback address 127.0.0.1"


def test_the_written_url_stays_with_its_request_and_not_with_a_redirect_hop() -> None:
    request = build("https://shop.example", meta={"bs_link": "https://shop.example"})
    assert written(request) == asked(request) == "https://shop.example"
    assert not redirected(request)
    hop = request.replace(url="https://www.shop.example/home",
                          meta={**request.meta, "redirect_urls": [request.url]})
    assert written(hop) == "https://www.shop.example/home" and redirected(hop)
    assert asked(hop) == "https://shop.example"  # the first URL, as written


def _refusal(request: Request) -> Failure:
    failure = Failure(RefusedRequest(written(request), "loopback address 127.0.0.1"))
    failure.request = request  # type: ignore[attr-defined]
    return failure


def test_a_refused_link_that_went_nowhere_is_no_redirect(tmp_path: Path) -> None:
    """``its link http://0x7f.1/admin points into a private network``, never ``redirects to
    http://127.0.0.1/admin``: the link was refused where it stood."""
    spider, _ = _spider(tmp_path, resume=False)
    link = "http://0x7f.1/admin"
    request = build(link, meta={"bs_from": ("x", "scam"), "bs_link": link})
    page, _gap = linked_pages.failed(spider, _refusal(request))
    assert isinstance(page, LinkedPage)
    assert (page.url, page.final_url, page.refused) == (
        link, None, "refused: loopback address 127.0.0.1")
    hop = request.replace(url="http://127.0.0.1:8080/admin",
                          meta={**request.meta, "redirect_urls": [request.url]})
    page, _gap = linked_pages.failed(spider, _refusal(hop))
    assert page.final_url == "http://127.0.0.1:8080/admin"
    assert page.refused == ("refused: loopback address 127.0.0.1 (redirected to "
                            "http://127.0.0.1:8080/admin)")


def test_a_page_that_answered_where_it_stood_led_nowhere_else(tmp_path: Path) -> None:
    spider, _ = _spider(tmp_path, resume=False)
    link = "https://rewards.example"
    request = build(link, meta={"bs_from": ("x", "scam"), "bs_link": link})
    response = HtmlResponse(request.url, body=b"<title>Claim</title>", encoding="utf-8",
                            request=request)
    (page,) = [o for o in linked_pages.parse(spider, response) if isinstance(o, LinkedPage)]
    assert (page.url, page.final_url) == (link, link)


def test_a_link_no_request_can_hold_loses_nothing_after_it(tmp_path: Path) -> None:
    """``http://promo.2024/`` ends in a number and is no IPv4 address: w3lib 2.6 refuses to
    build its request (2.5 builds one that fails at DNS). The profile's next link is still
    asked, and the first is either asked or recorded as not fetched, named as written."""
    spider, _ = _spider(tmp_path, resume=False)
    bad, good = "http://promo.2024/", "https://rewards.example/claim"
    obs = ProfileObservation("github", "northwind-rewards", "https://github.com/northwind-rewards",
                             ProbeState.FOUND, fields=ProfileFields(external_links=(bad, good)))
    out = list(linked_pages.follow(spider, obs))
    asked_urls = [written(o) for o in out if isinstance(o, Request)]
    assert good in asked_urls
    refused = [o for o in out if isinstance(o, LinkedPage)]
    assert bad in asked_urls or [(p.url, p.refused.startswith("not a URL a request can hold"))
                                 for p in refused] == [(bad, True)]
