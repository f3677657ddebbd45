"""Politeness and bookkeeping around the sweep: rate limits, back-off, budgets, proxy, progress.

Scrapy's ``RetryMiddleware`` retries at once and ignores ``Retry-After`` (scrapy/scrapy#3849), and
treats a 429 like a 5xx. Here a rate limit is a message from the host: wait as long as it asks
(capped), for the whole host, then try again; give up after a few rounds and let the probe say
``unverifiable(rate_limited)``, never "not found". Waiting is done by pushing the host's download
slot into the future rather than by sleeping: the other hosts keep going meanwhile.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections import Counter
from email.utils import parsedate_to_datetime
from time import monotonic
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import exceptions as sx
from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import NotConfigured
from twisted.internet import error as tx
from twisted.internet.task import LoopingCall

from matching.models import ProbeState, ProfileObservation
from reports.terminal import progress_line

from . import stats_keys
from .limits import SITE_MAX_PAGES, SITE_MAX_PER_PATTERN, LimitReached

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- rate limits


def parse_retry_after(value: str | bytes | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), or None.

    >>> parse_retry_after("7")
    7.0
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    10.0
    >>> parse_retry_after("soon") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if not value:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def rate_limit_wait(response: Response, default: float, now: float | None = None) -> float | None:
    """How long a response asks us to wait, or None when it is not a rate limit.

    429 always is one; so is GitHub's 403 with ``x-ratelimit-remaining: 0`` (wait until
    ``x-ratelimit-reset``, an epoch); a 503 only when it carries ``Retry-After``.
    """
    headers = response.headers
    after = parse_retry_after(headers.get(b"Retry-After"), now=now)
    if response.status == 429:
        return after if after is not None else default
    if response.status == 403 and headers.get(b"x-ratelimit-remaining") == b"0":
        if after is not None:
            return after
        reset = headers.get(b"x-ratelimit-reset")
        if reset and reset.strip().isdigit():
            now = time.time() if now is None else now
            return max(0.0, float(reset) - now)
        return default
    if response.status == 503 and after is not None:
        return after
    return None


def penalise_slot(crawler: Crawler, request: Request, seconds: float) -> None:
    """Hold every request of ``request``'s download slot (its host) back for ``seconds``.

    The downloader waits ``delay - (now - lastseen)`` before the next request of a slot; moving
    ``lastseen`` forward makes it wait. A zero delay disables that check, so the slot gets a
    token one-millisecond delay. Requests already on the wire are not recalled. In a
    distributed audit the hold is also shared through Redis
    (``crawler.distributed.politeness``), so every process waits, not only this one.
    """
    engine = getattr(crawler, "engine", None)
    downloader = getattr(engine, "downloader", None)
    if downloader is None or seconds <= 0:
        return
    key = request.meta.get("download_slot") or urlsplit(request.url).hostname or ""
    shared = getattr(downloader, "shared_hold", None)
    if shared is not None:  # a distributed audit: every process holds the host back
        shared(key, seconds)
    lane = getattr(crawler, "bs_probe_lane", None)  # the probe lane's slot of the host too
    if lane is not None:
        lane.penalise(key, seconds)
    slot = downloader.slots.get(key)
    if slot is None:
        return

    slot.delay = max(slot.delay, 0.001)
    slot.lastseen = max(slot.lastseen, monotonic() + seconds - slot.delay)


class RateLimitMiddleware:
    """Re-schedules rate-limited requests after the wait the host asked for.

    After ``BRANDSWEEP_RATE_LIMIT_RETRIES`` rounds the 429 response goes through to the callback,
    marked ``meta["brandsweep_rate_limited"]``, and the page object records it as unverifiable.
    """

    def __init__(self, crawler: Crawler):
        s = crawler.settings
        self.crawler = crawler
        self.max_rounds = s.getint("BRANDSWEEP_RATE_LIMIT_RETRIES", 3)
        self.cap = s.getfloat("BRANDSWEEP_RETRY_AFTER_MAX", 120.0)
        self.default = s.getfloat("BRANDSWEEP_RETRY_AFTER_DEFAULT", 5.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RateLimitMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        wait = rate_limit_wait(response, self.default)
        if wait is None:
            return response
        stats = self.crawler.stats
        host = urlsplit(request.url).hostname or ""
        rounds = int(request.meta.get("brandsweep_rate_rounds", 0))
        if stats:
            stats.inc_value(stats_keys.RATE_LIMITED)
            stats.inc_value(f"{stats_keys.RATE_LIMITED_HOST}{host}")
        if rounds >= self.max_rounds or wait > self.cap * 10:
            # a wait of hours (an exhausted hourly quota) is not worth holding the sweep for
            if stats:
                stats.inc_value(stats_keys.RATE_LIMITED_GAVE_UP)
            request.meta["brandsweep_rate_limited"] = True
            response.meta["brandsweep_rate_limited"] = True
            return response
        wait = min(wait, self.cap)
        log.info("rate limited by %s: waiting %.1fs (round %d)", host, wait, rounds + 1)
        penalise_slot(self.crawler, request, wait)
        retry = request.copy()
        retry.meta["brandsweep_rate_rounds"] = rounds + 1
        retry.dont_filter = True
        return retry


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (5xx, timeouts, connection resets) with exponential back-off per host."""

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.base = settings.getfloat("BRANDSWEEP_RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("BRANDSWEEP_RETRY_BACKOFF_MAX", 30.0)

    def _retry(self, request: Request, reason: Any) -> Request | None:
        retry = super()._retry(request, reason)
        if retry is not None:
            attempt = int(retry.meta.get("retry_times", 1))
            penalise_slot(self.crawler, request, min(self.cap, self.base * 2 ** (attempt - 1)))
        return retry


#: a host that could not be reached: no such name, nothing listening, no answer in time
UNREACHABLE = (sx.CannotResolveHostError, sx.DownloadConnectionRefusedError,
               sx.DownloadTimeoutError, sx.DownloadFailedError, sx.ResponseDataLossError,
               tx.DNSLookupError, tx.ConnectError, tx.ConnectionLost, tx.ConnectionDone,
               tx.TimeoutError)


class UnreachableRobotsLine(logging.Filter):
    """Scrapy logs a robots.txt it could not fetch as an ERROR with a traceback. When the
    host could not be reached (a name that does not resolve, a refused connection, a timeout)
    the page's own request fails the same way next, and its errback records why (the report's
    coverage section says it): one warning line without the traceback says the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, UNREACHABLE) and record.levelno > logging.WARNING:
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(UnreachableRobotsLine())


# --------------------------------------------------------------------------- budgets, proxy

_DIGITS = re.compile(r"\d+")


def path_pattern(url: str) -> str:
    """The shape of a URL for trap detection: digits folded, query values dropped.

    >>> path_pattern("https://x.com/news/2024/05?page=3&sort=new")
    'x.com/news/N/N?page&sort'
    """
    parts = urlsplit(url)
    keys = sorted({kv.split("=", 1)[0] for kv in parts.query.split("&") if kv})
    shape = _DIGITS.sub("N", f"{parts.hostname}{parts.path}")
    return shape + ("?" + "&".join(keys) if keys else "")


class SiteBudgetMiddleware:
    """Caps an official-site crawl: pages per host and pages per path shape.

    Applies to requests marked ``meta["brandsweep_site"]`` only. Counting here rather than in the
    spider keeps the spider stateless (it could run under scrapy-redis); the price is that a
    distributed crawl counts per worker.
    """

    def __init__(self, max_pages: int, max_per_pattern: int, stats: Any = None):
        self.max_pages = max_pages
        self.max_per_pattern = max_per_pattern
        self.stats = stats
        self.pages: Counter[str] = Counter()
        self.patterns: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBudgetMiddleware:
        s = crawler.settings
        return cls(s.getint("BRANDSWEEP_SITE_MAX_PAGES", 40),
                   s.getint("BRANDSWEEP_SITE_MAX_PER_PATTERN", 5), crawler.stats)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("brandsweep_site") or request.url.endswith("/robots.txt"):
            return
        host = urlsplit(request.url).hostname or ""
        pattern = path_pattern(request.url)
        if self.pages[host] >= self.max_pages or self.patterns[pattern] >= self.max_per_pattern:
            if self.stats:
                self.stats.inc_value(stats_keys.SITE_OVER_BUDGET)
            if self.pages[host] >= self.max_pages:
                raise LimitReached(SITE_MAX_PAGES, f"site budget: {self.max_pages} pages of "
                                   f"{host} already fetched, not {request.url}")
            raise LimitReached(SITE_MAX_PER_PATTERN, f"site budget: {self.max_per_pattern} "
                               f"pages shaped {pattern} already fetched, not {request.url}")
        self.pages[host] += 1
        self.patterns[pattern] += 1


class ProxyOptionMiddleware:
    """Sends every request through ``--proxy`` (setting BRANDSWEEP_PROXY) unless a request
    already names its own. The standard HTTP(S)_PROXY/NO_PROXY variables need nothing from us:
    Scrapy's HttpProxyMiddleware reads them."""

    def __init__(self, proxy: str):
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProxyOptionMiddleware:
        proxy = crawler.settings.get("BRANDSWEEP_PROXY")
        if not proxy:
            raise NotConfigured
        return cls(proxy)

    def process_request(self, request: Request) -> None:
        request.meta.setdefault("proxy", self.proxy)


# --------------------------------------------------------------------------- progress



class ProgressExtension:
    """Keeps the operator company during long sweeps, and keeps the outcome books.

    Every ``BRANDSWEEP_PROGRESS_INTERVAL`` seconds one line on stderr: requests done, queued,
    profiles found per platform, unverifiable count. Whatever the terminal setting, it counts
    observations per state and unverifiable reasons into the crawl stats
    (``brandsweep/observations/<state>``, ``brandsweep/unverifiable/<reason>``) so the runner
    can report what could not be checked.

    Each profile counts once (the first observation of it this process saw): a platform
    without a probe (LinkedIn) yields its unverifiable observation once per sighting, and
    twenty-eight sightings of three pages are three profiles. The report's counts come from
    the store (``crawler.runner.crawl_summary``), which holds one row per profile whatever
    the processes emitted; these stats serve the progress line and the benchmarks.
    """

    def __init__(self, crawler: Crawler, show: bool, interval: float, lang: str | None = None):
        self.crawler = crawler
        self.show = show
        self.interval = interval
        self.lang = lang  # the report's language (BRANDSWEEP_LANG)
        self.found: Counter[str] = Counter()
        self.unverifiable = 0
        self.counted: set[tuple[str, str]] = set()
        self._task: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        s = crawler.settings
        ext = cls(crawler, s.getbool("BRANDSWEEP_PROGRESS", True),
                  s.getfloat("BRANDSWEEP_PROGRESS_INTERVAL", 5.0), s.get("BRANDSWEEP_LANG"))
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def item_scraped(self, item: Any, response: Any = None, spider: Any = None) -> None:
        if not isinstance(item, ProfileObservation):
            return
        key = (item.platform, item.handle)
        if key in self.counted:
            return
        self.counted.add(key)
        stats = self.crawler.stats
        if stats:
            stats.inc_value(stats_keys.observation(item.state.value))
            stats.inc_value(stats_keys.observation(item.state.value, item.platform))
            if item.state is ProbeState.UNVERIFIABLE:
                stats.inc_value(f"{stats_keys.UNVERIFIABLE}{item.reason or 'unknown'}")
        if item.state is ProbeState.FOUND:
            self.found[item.platform] += 1
        elif item.state is ProbeState.UNVERIFIABLE:
            self.unverifiable += 1

    def spider_opened(self, spider: Any = None) -> None:
        if not self.show or self.interval <= 0:
            return

        # a timer, not a response hook: the line keeps coming while a host makes us wait
        self._task = LoopingCall(self.print_line)
        self._task.start(self.interval, now=False)

    def print_line(self, final: bool = False, reason: str = "finished") -> None:
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        engine = getattr(self.crawler, "engine", None)
        # requests sent less those still in flight: answered or given up, and at the end the
        # report's "requests sent" (the probe workers' are in the stats from the start); the
        # responses alone left out every request that timed out or was refused
        flying = getattr(getattr(engine, "downloader", None), "active", None) or ()
        done = max(0, int(stats.get("downloader/request_count", 0)) - len(flying))
        queued = 0
        try:
            queued = len(engine._slot.scheduler) if engine and engine._slot else 0  # type: ignore[union-attr]
        except (AttributeError, TypeError):
            queued = 0
        # (a worker's crawl ends when its audit is over: done, not stopped)
        label = ("done" if reason in ("finished", "audit_finished") else "stopped") \
            if final else "sweep"
        # in the report's language (reports/terminal.py names the first platforms, sums the rest)
        print(progress_line(self.lang, label, done, queued, sorted(self.found.items()),
                            self.unverifiable, self._extra(), self._titles()),
              file=sys.stderr, flush=True)

    def _titles(self) -> dict[str, str]:
        """The platforms found so far by the names users know (the spider's catalog titles:
        ``X (Twitter)``, not ``x``); none when the spider has no catalog."""
        catalog = getattr(getattr(self.crawler, "spider", None), "catalog", None)
        out: dict[str, str] = {}
        for name in self.found:
            try:
                out[name] = str(catalog[name].title)  # type: ignore[index]
            except (KeyError, TypeError, AttributeError):
                continue
        return out

    def _extra(self) -> str:
        """What another extension adds to the line (a distributed audit's totals over every
        process: ``crawler.distributed``), set as ``crawler.brandsweep_progress_extra``."""
        extra = getattr(self.crawler, "brandsweep_progress_extra", None)
        if not callable(extra):
            return ""
        try:
            text = extra()
        except Exception:  # noqa: BLE001 - a progress line never breaks the crawl
            return ""
        return text or ""

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        if self._task is not None and self._task.running:
            self._task.stop()
        self._task = None
        if self.show:
            self.print_line(final=True, reason=reason)
