"""The crawl's limits, and how hitting one is recorded rather than passed over in silence.

Limits (all in ``crawler/settings.py``): response size ``DOWNLOAD_MAXSIZE`` (Scrapy enforces it
on the wire, with or without Content-Length, and again while inflating gzip/deflate/br bodies:
a 50 MB gzip bomb stops at the limit), the response head (status and headers: bytes
``BRANDSWEEP_MAX_HEADER_BYTES``, fields ``BRANDSWEEP_MAX_HEADERS``, time to its end
``BRANDSWEEP_HEADERS_TIMEOUT``; ``crawler/transport.py``), redirects ``REDIRECT_MAX_TIMES``
and redirect loops (``crawler/redirects.py``), pages per official host
and per path shape (``SiteBudgetMiddleware``), link depth on official sites
``BRANDSWEEP_SITE_MAX_DEPTH``, external links per suspicious profile
``BRANDSWEEP_LINKED_MAX_PER_PROFILE`` and linked pages per audit ``BRANDSWEEP_LINKED_MAX_PAGES``,
time per request ``DOWNLOAD_TIMEOUT`` and per audit
``CLOSESPIDER_TIMEOUT`` (the crawl's finish reason, kept in the audit's crawl summary).

Scrapy reports most of these as a bare ``IgnoreRequest`` or ``DownloadCancelledError`` with a
sentence; :func:`limit_of` turns the failure into a short name the report can print. A profile
that hit a limit is ``unverifiable`` with that name as its reason; a website page or a linked
page that hit one becomes a ``CoverageGap(path="limit", ...)``, one per page, or per (host,
limit) for budgets and depth so a crawler trap does not write a thousand rows; the crawl stats
count every hit
(``brandsweep/limits/<name>``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest

from . import stats_keys
from .items import CoverageGap

if TYPE_CHECKING:
    from twisted.python.failure import Failure

#: limit names, as reasons and as CoverageGap.reason
TOO_LARGE = "too_large"
TOO_MANY_REDIRECTS = "too_many_redirects"
REDIRECT_LOOP = "redirect_loop"  # a redirect back to a URL of the same chain (A -> B -> A)
HEADERS_TOO_LARGE = "headers_too_large"  # BRANDSWEEP_MAX_HEADER_BYTES (crawler/transport.py)
TOO_MANY_HEADERS = "too_many_headers"  # BRANDSWEEP_MAX_HEADERS
HEADERS_TIMEOUT = "headers_timeout"  # BRANDSWEEP_HEADERS_TIMEOUT: the head began, never ended
SITE_MAX_PAGES = "site_max_pages"
SITE_MAX_PER_PATTERN = "site_max_per_pattern"
SITE_MAX_DEPTH = "site_max_depth"
LINKED_MAX_PER_PROFILE = "linked_max_per_profile"
LINKED_MAX_PAGES = "linked_max_pages"
TRAP_LIMITS = frozenset({SITE_MAX_PAGES, SITE_MAX_PER_PATTERN, SITE_MAX_DEPTH,
                         LINKED_MAX_PER_PROFILE, LINKED_MAX_PAGES})
LIMITS = frozenset({TOO_LARGE, TOO_MANY_REDIRECTS, REDIRECT_LOOP, HEADERS_TOO_LARGE,
                    TOO_MANY_HEADERS, HEADERS_TIMEOUT, SITE_MAX_PAGES, SITE_MAX_PER_PATTERN,
                    SITE_MAX_DEPTH, LINKED_MAX_PER_PROFILE, LINKED_MAX_PAGES})


class LimitReached(IgnoreRequest):
    """A request dropped by one of our own budgets; ``limit`` is its name."""

    def __init__(self, limit: str, message: str):
        super().__init__(message)
        self.limit = limit


def limit_of(failure: Failure) -> str | None:
    """The limit a failed request hit, or None when it failed for another reason."""
    exc = failure.value
    if isinstance(exc, LimitReached):
        return exc.limit
    text = str(exc)
    if isinstance(exc, DownloadCancelledError):
        # Scrapy cancels a download for one reason we can meet: DOWNLOAD_MAXSIZE, announced by
        # Content-Length ("max size" in the message) or reached while the body streamed in
        # (a bare cancellation; the size shows only in the log). We use no stop_download.
        return TOO_LARGE
    if isinstance(exc, IgnoreRequest):
        if "DOWNLOAD_MAXSIZE" in text:
            return TOO_LARGE  # HttpCompressionMiddleware: decompression bomb
        if "max redirections" in text:
            return TOO_MANY_REDIRECTS
    return None


def record(spider: Any, limit: str, engine: str, url: str = "", detail: str = "",
           path: str = "limit") -> CoverageGap | None:
    """Count a limit hit (or, with another ``path``, a step that could not run); the first
    per (path, engine, reason) also becomes a CoverageGap (returned, for the caller to yield)."""
    stats = spider.crawler.stats
    if stats:
        group = stats_keys.LIMITS if path == "limit" else stats_keys.group(f"gaps/{path}")
        stats.inc_value(f"{group}{limit}")
    seen: set[tuple[str, ...]] = spider.__dict__.setdefault("_limits_recorded", set())
    # budgets and depth are hit once per link of a trap: one gap per host says it all; an
    # oversized or endlessly redirecting page is a page of its own, so each one gets its gap
    key = (path, engine, limit) if limit in TRAP_LIMITS else (path, engine, limit, url)
    if key in seen:
        return None
    seen.add(key)
    return CoverageGap(path, engine, limit, query=detail, url=url)


# --------------------------------------------------------------------------- the response head
# (read by both transports: crawler/transport.py and the probe lane's crawler/lane_http.py)

DEFAULT_MAX_HEADER_BYTES = 64 * 1024
DEFAULT_MAX_HEADERS = 100
DEFAULT_HEADERS_TIMEOUT = 10.0


class HeadLimits:
    """The three numbers, read once from the settings."""

    def __init__(self, max_bytes: int, max_headers: int, timeout: float):
        self.max_bytes = max_bytes
        self.max_headers = max_headers
        self.timeout = timeout

    @classmethod
    def from_settings(cls, settings: Any) -> HeadLimits:
        return cls(settings.getint("BRANDSWEEP_MAX_HEADER_BYTES", DEFAULT_MAX_HEADER_BYTES),
                   settings.getint("BRANDSWEEP_MAX_HEADERS", DEFAULT_MAX_HEADERS),
                   settings.getfloat("BRANDSWEEP_HEADERS_TIMEOUT", DEFAULT_HEADERS_TIMEOUT))
