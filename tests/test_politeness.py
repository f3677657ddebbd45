"""Politeness and honesty of the crawler: identity, robots.txt, rate limits, budgets, settings.

Pure pieces (Retry-After parsing, trap detection) are tested as functions; the rest is read off
the demo sweep (a real crawl of the simulated web, see conftest.py): what the server saw is
what the crawler did.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import pytest
from scrapy.http import HtmlResponse, Request

from crawler import settings as defaults
from crawler.middlewares import parse_retry_after, path_pattern, rate_limit_wait
from crawler.spiders.websites import crawlable
from matching.models import ProbeState

NOW = 1_800_000_000.0


def response(status: int, **headers: str) -> HtmlResponse:
    return HtmlResponse("https://api.github.com/users/x", status=status, headers=headers,
                        body=b"", request=Request("https://api.github.com/users/x"))


@pytest.mark.parametrize(("value", "expected"), [
    ("7", 7.0),
    (" 120 ", 120.0),
    ("1.5", 1.5),
    (format_datetime(datetime.fromtimestamp(NOW + 30, UTC), usegmt=True), 30.0),
    (format_datetime(datetime.fromtimestamp(NOW - 30, UTC), usegmt=True), 0.0),  # past: now
    ("soon", None),
    ("", None),
    (None, None),
    (b"5", 5.0),
])
def test_parse_retry_after(value: Any, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_rate_limit_wait() -> None:
    assert rate_limit_wait(response(429, **{"Retry-After": "3"}), 5.0, NOW) == 3.0
    assert rate_limit_wait(response(429), 5.0, NOW) == 5.0  # no header: the default
    # GitHub: 403 + x-ratelimit-remaining: 0, wait until x-ratelimit-reset (epoch)
    gh = response(403, **{"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(NOW) + 42)})
    assert rate_limit_wait(gh, 5.0, NOW) == 42.0
    assert rate_limit_wait(response(403), 5.0, NOW) is None  # a block, not a rate limit
    assert rate_limit_wait(response(503), 5.0, NOW) is None
    assert rate_limit_wait(response(503, **{"Retry-After": "2"}), 5.0, NOW) == 2.0
    assert rate_limit_wait(response(200), 5.0, NOW) is None


@pytest.mark.parametrize(("url", "ok"), [
    ("https://www.northwindcoffee.com/about", True),
    ("https://www.northwindcoffee.com/events?month=2026-12", True),
    ("https://www.northwindcoffee.com/a/b/a/b/a/b", False),
    ("https://www.northwindcoffee.com/x/y/z/z/y/z/y/z/q", False),
    ("https://www.northwindcoffee.com/menu.pdf", False),
    ("https://www.northwindcoffee.com/s?a=1&b=2&c=3&d=4", False),
    ("mailto:care@northwindcoffee.com", False),
])
def test_crawlable(url: str, ok: bool) -> None:
    assert crawlable(url) is ok


def test_path_pattern_folds_calendar_pages_together() -> None:
    a = path_pattern("https://www.northwindcoffee.com/events?month=2026-12")
    b = path_pattern("https://www.northwindcoffee.com/events?month=2031-01")
    assert a == b == "www.northwindcoffee.com/events?month"
    assert path_pattern("https://h/news/12") != path_pattern("https://h/about")


def test_settings_defaults() -> None:
    assert defaults.USER_AGENT.startswith(f"brandsweep/{defaults.VERSION} (+https://github.com/")
    assert "brand-protection audit" in defaults.USER_AGENT
    assert defaults.REMOTE_CONTROL_ENABLED is False
    assert defaults.TELNETCONSOLE_ENABLED is False
    assert defaults.ROBOTSTXT_OBEY is True
    assert defaults.AUTOTHROTTLE_ENABLED is True
    assert 10 <= defaults.DOWNLOAD_TIMEOUT <= 30
    assert 429 not in defaults.RETRY_HTTP_CODES  # RateLimitMiddleware owns 429
    assert 403 not in defaults.RETRY_HTTP_CODES and 999 not in defaults.RETRY_HTTP_CODES
    assert defaults.DOWNLOAD_MAXSIZE <= 10 * 1024 * 1024
    assert defaults.REDIRECT_MAX_TIMES <= 5
    assert "asyncio" in defaults.TWISTED_REACTOR.lower()
    assert defaults.BRANDSWEEP_RETRY_AFTER_MAX <= 120


def test_download_slots_come_from_the_catalog() -> None:
    from scrapy.crawler import Crawler

    from crawler.catalog import load_catalog
    from crawler.options import scrapy_settings as crawl_settings
    from crawler.spiders.sweep import SweepSpider

    crawler = Crawler(SweepSpider, crawl_settings({}))
    SweepSpider.from_crawler(crawler, inventory="seeds/official_accounts.yaml")
    slots = crawler.settings.getdict("DOWNLOAD_SLOTS")
    gh = load_catalog()["github"]
    # jitter 0: DOWNLOAD_DELAY_JITTER would shorten some delays below the catalog's
    assert slots["api.github.com"] == {"concurrency": gh.concurrency, "delay": gh.delay,
                                       "jitter": 0.0}
    assert slots["html.duckduckgo.com"]["concurrency"] == 1
    # routed to a local simulated web: delays shrink, concurrency stays
    local = Crawler(SweepSpider, crawl_settings({"BRANDSWEEP_RESOLVE": {"*": "127.0.0.1:1"}}))
    SweepSpider.from_crawler(local, inventory="seeds/official_accounts.yaml")
    assert local.settings.getdict("DOWNLOAD_SLOTS")["api.github.com"] == {
        "concurrency": gh.concurrency, "delay": 0.0, "jitter": 0.0}


# --------------------------------------------------------------------------- the demo sweep


def test_every_request_carries_our_user_agent(demo_sweep: Any) -> None:
    assert len(demo_sweep.agents) > 100
    assert {ua for _, ua, _, _ in demo_sweep.agents} == {defaults.USER_AGENT}


def test_robots_txt_honoured_on_the_official_site(demo_sweep: Any) -> None:
    site = [(path, t) for host, _, path, t in demo_sweep.agents
            if host == "www.northwindcoffee.com"]
    paths = [p for p, _ in site]
    assert paths[0] == "/robots.txt"  # asked before any page
    assert not [p for p in paths if p.startswith("/private")]
    assert not demo_sweep.vias("instagram", "northwindprivatetest")


def test_retry_after_honoured_and_no_probe_lost(demo_sweep: Any) -> None:
    for host, path_part, key in (
        ("www.tiktok.com", "@northwindcoffee", ("tiktok", "northwindcoffee")),
        ("mastodon.social", "acct=northwindcoffee", ("mastodon", "northwindcoffee")),
    ):
        hits = [(s, p) for m, h, p, s in demo_sweep.request_log
                if h == host and p.endswith(path_part) or (h == host and path_part + "&" in p)]
        statuses = [s for s, _ in hits]
        assert statuses[:2] == [429, 200], (host, statuses)
        times = [t for h, _, p, t in demo_sweep.agents
                 if h == host and (p.endswith(path_part) or path_part + "&" in p)]
        # the server asked for "Retry-After: 1"; the retry waited for it
        assert times[1] - times[0] >= 0.9
        assert demo_sweep.observations[key].state is ProbeState.FOUND
    assert demo_sweep.stats["rate_limited"] >= 2


def test_persistent_rate_limit_is_unverifiable_after_a_few_rounds(demo_sweep: Any) -> None:
    # without GITHUB_TOKEN GitHub is probed through its profile pages, which answer 429
    rounds = [s for m, h, p, s in demo_sweep.request_log
              if h == "github.com" and p == "/northwind"]
    assert set(rounds) == {429}
    assert 1 < len(rounds) <= 1 + defaults.BRANDSWEEP_RATE_LIMIT_RETRIES
    obs = demo_sweep.observations[("github", "northwind")]
    assert obs.state is ProbeState.UNVERIFIABLE and obs.reason == "rate_limited"


def test_platform_hosts_paced_one_at_a_time(demo_sweep: Any) -> None:
    # catalog concurrency 1 on instagram: requests never overlap, so the server never sees two
    # in the same instant (a weak check, but a real one: scheduling is what is tested)
    ig = sorted(t for h, _, _, t in demo_sweep.agents if h == "www.instagram.com")
    assert len(ig) > 20
    assert all(b > a for a, b in zip(ig, ig[1:], strict=False))


def test_failures_become_reasons_never_absence() -> None:
    from scrapy import exceptions as sx
    from scrapy.exceptions import IgnoreRequest
    from twisted.internet.error import DNSLookupError
    from twisted.python.failure import Failure

    from crawler.netguard import RefusedRequest
    from crawler.spiders.enrich import failure_reason

    cases = [
        (DNSLookupError("nope.example"), "dns_error"),
        (sx.CannotResolveHostError("x"), "dns_error"),
        (sx.DownloadTimeoutError("slow"), "timeout"),
        (sx.DownloadConnectionRefusedError("x"), "connection_refused"),
        (IgnoreRequest("Forbidden by robots.txt"), "robots"),
        (RefusedRequest("http://10.0.0.1/", "private address 10.0.0.1"),
         "refused: private address 10.0.0.1"),
        (IgnoreRequest("site budget: https://x/"), "ignored"),
    ]
    for exc, reason in cases:
        assert failure_reason(Failure(exc)) == reason
