"""Cookies: Scrapy's public-suffix refusal still works, read from the bundled suffix list, and
the check never downloads the list (crawler/cookies.py)."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares import cookies as scrapy_cookies
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler import settings as project_settings
from crawler.cookies import OfflineSuffixCookiesMiddleware


@pytest.fixture
def middleware(monkeypatch):
    # whatever a test leaves in Scrapy's module global is put back afterwards
    monkeypatch.setattr(scrapy_cookies, "_split_domain", scrapy_cookies._split_domain)
    crawler = get_crawler(settings_dict={"COOKIES_ENABLED": project_settings.COOKIES_ENABLED})
    return OfflineSuffixCookiesMiddleware.from_crawler(crawler)


def _answer(url: str, *cookies: str) -> tuple[Request, HtmlResponse]:
    request = Request(url, meta={"cookiejar": "shop"})
    headers = {"Set-Cookie": list(cookies)}
    return request, HtmlResponse(url, headers=headers, body=b"<html></html>", request=request)


def _sent(middleware, url: str) -> str:
    request = Request(url, meta={"cookiejar": "shop"})
    middleware.process_request(request)
    return request.headers.get("Cookie", b"").decode()


def test_the_project_uses_the_offline_middleware():
    enabled = project_settings.DOWNLOADER_MIDDLEWARES
    assert enabled["scrapy.downloadermiddlewares.cookies.CookiesMiddleware"] is None
    assert "crawler.cookies.OfflineSuffixCookiesMiddleware" in enabled


def test_the_public_suffix_check_reads_the_bundled_list(middleware):
    from matching.normalise import public_suffix_list

    assert scrapy_cookies._split_domain is public_suffix_list()
    # tldextract's downloading extractor (its default suffix_list_urls) is no longer asked
    assert tuple(scrapy_cookies._split_domain.suffix_list_urls) == ()


def test_a_cookie_for_a_public_suffix_is_refused_and_the_site_s_own_is_kept(middleware):
    request, response = _answer("https://shop.example.co.uk/",
                                "everyone=1; Domain=co.uk; Path=/",
                                "github_wide=1; Domain=github.io; Path=/",
                                "mine=1; Domain=example.co.uk; Path=/")
    middleware.process_response(request, response)
    assert _sent(middleware, "https://www.example.co.uk/") == "mine=1"
    assert _sent(middleware, "https://another.co.uk/") == ""
    # github.io is in the list's private section: a cookie there would reach every user's site
    request, response = _answer("https://northwind.github.io/", "wide=1; Domain=github.io")
    middleware.process_response(request, response)
    assert _sent(middleware, "https://free-giveaway.github.io/") == ""
