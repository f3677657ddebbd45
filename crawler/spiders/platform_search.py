"""Discovery path (b): the platforms' own public search APIs (Bluesky searchActors, Mastodon v2
search, GitHub search/users, whatever the catalog declares under ``search``).

Each brand name and alias is searched, then the word a brand's names share
(crawler/spiders/search_names.py); pages are followed up to the smaller of the catalog's
``max_pages`` and ``BRANDSWEEP_SEARCH_PAGES``. A search the platform refused (rate limit, block)
becomes a ``CoverageGap``; an empty answer is only "nothing found" when the request succeeded
(and for Mastodon, only on that instance).

A page that answered is kept as a ``SearchPage`` item (what it listed, the next page's URL): a
resumed audit does not ask it again but replays it (:func:`ask`, crawler/spiders/checkpoint.py),
unless its next page is reached with a cursor the server issued and has not answered yet
(:func:`stale_cursor`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from scrapy import Request

from matching.models import ProbeState, Via

from .. import stats_keys
from ..credentials import BAD_CREDENTIALS, refused, refused_gap
from ..extract import read_search
from ..items import CoverageGap, SearchHit, SearchPage
from . import enrich
from .checkpoint import skipped
from .search_names import search_names

PATH = "platform_search"

if TYPE_CHECKING:
    from scrapy.http import Response
    from twisted.python.failure import Failure

    from matching.models import Inventory

    from ..catalog import Platform


def queries(spider: Any) -> list[str]:
    return inventory_queries(spider.inventory)


def inventory_queries(inventory: Inventory) -> list[str]:
    """Each brand's names and aliases, then the word they share (:func:`search_names`), each
    once."""
    out: list[str] = []
    for brand in inventory.brands:
        for name in search_names(brand.names):
            if name.casefold() not in {q.casefold() for q in out}:
                out.append(name)
    return out


def search_request(spider: Any, platform: Platform, query: str, page: int,
                   url: str | None = None) -> Request:
    meta = enrich.profile_meta(platform, "", kind="search")
    meta["bs_search"] = {"platform": platform.name, "query": query, "page": page}
    spec = platform.search
    return Request(
        url or platform.search_url(query),
        headers=dict(spec.headers) if spec and spec.headers else None,
        callback=spider.parse_platform_search,
        errback=spider.platform_search_failed,
        meta=meta,
        priority=10,
    )


def ask(spider: Any, platform: Platform, query: str, page: int,
        url: str | None = None) -> Iterator[Any]:
    """The request for one search page, or, when a resumed audit holds its answer, what that
    answer led to (its sightings, the next page), replayed without a request."""
    done = spider.checkpoint.search_page(PATH, platform.name, query, page)
    if done is None or stale_cursor(spider, platform, done):
        yield search_request(spider, platform, query, page, url)
        return
    skipped(spider, "search")
    yield from listed(spider, platform, done)


def page_cap(spider: Any, platform: Platform) -> int:
    """How many pages of one query are read: ``BRANDSWEEP_SEARCH_PAGES``, at most the
    catalog's ``max_pages``."""
    cap = spider.settings.getint("BRANDSWEEP_SEARCH_PAGES", 2)
    return min(cap, platform.search.max_pages) if platform.search is not None else cap


def stale_cursor(spider: Any, platform: Platform, done: SearchPage) -> bool:
    """True when a stored page must be asked again rather than replayed: the API pages with a
    cursor it issued (``paging: {type: cursor}``, Bluesky's searchActors) and the pages after
    this one have not all answered. Such a cursor is the server's own token, documented only as
    "may not necessarily allow scrolling through entire result set", never as lasting: a
    stored one may be refused or point elsewhere in a ranking that moved while the audit was
    stopped. Offset and page numbers are the client's own, replayed as they are (Mastodon's
    search reads one page)."""
    spec = platform.search
    if spec is None or spec.paging.get("type") != "cursor" or not done.next_url \
            or not done.hits or done.page >= page_cap(spider, platform):
        return False
    after = spider.checkpoint.search_page(PATH, platform.name, done.query, done.page + 1)
    return after is None or stale_cursor(spider, platform, after)


def start(spider: Any) -> Iterator[Any]:
    for name in spider.active:
        platform = spider.catalog[name]
        if platform.search is None:
            continue
        for q in queries(spider):
            yield from ask(spider, platform, q, 1)


def parse(spider: Any, response: Response) -> Iterator[Any]:
    info = response.meta["bs_search"]
    platform = spider.catalog[info["platform"]]
    read = read_search(platform, response.url, response.status, enrich.headers_dict(response),
                       response.body)
    stats = spider.crawler.stats
    if refused(platform, response):
        # the credential (GITHUB_TOKEN) was refused: the search could not run
        read = dataclasses.replace(read, state=ProbeState.UNVERIFIABLE, reason=BAD_CREDENTIALS,
                                   results=[], next_url=None)
        gap = refused_gap(platform)
        if gap is not None:
            yield gap
    if ProbeState(read.state) is not ProbeState.FOUND and not read.results:
        reason = read.reason or f"http_{response.status}"
        if response.meta.get("brandsweep_rate_limited"):
            reason = "rate_limited"
        if ProbeState(read.state) is ProbeState.UNVERIFIABLE:
            if stats:
                stats.inc_value(stats_keys.platform_search(platform.name, "failed"))
            yield CoverageGap("platform_search", platform.name, reason, info["query"],
                              response.url, info["page"])
        elif not response.meta.get("brandsweep_rate_limited"):
            # an honest "nothing matched": settled, a resumed audit does not ask it again
            yield SearchPage(PATH, platform.name, info["query"], info["page"], response.url,
                             state=ProbeState.NOT_FOUND.value)
        return
    hits: list[SearchHit] = []
    for hit in read.results:
        handle = getattr(hit, "handle", None) or (hit[0] if isinstance(hit, tuple) else None)
        url = getattr(hit, "url", None) or (hit[1] if isinstance(hit, tuple) else None)
        if not handle:
            continue
        # the result's own name and description, like a web search result's title and snippet
        fields = getattr(hit, "fields", None) or (hit[2] if isinstance(hit, tuple)
                                                  and len(hit) > 2 else None)
        hits.append(SearchHit(url or platform.profile_url(handle), handle,
                              getattr(fields, "display_name", None),
                              getattr(fields, "bio", None)))
    page = SearchPage(PATH, platform.name, info["query"], info["page"], response.url,
                      tuple(hits), (read.next_url or "") if read.results else "")
    if not response.meta.get("brandsweep_rate_limited"):
        yield page  # settled: a resumed audit replays it (``ask``)
    yield from listed(spider, platform, page)


def listed(spider: Any, platform: Platform, page: SearchPage) -> Iterator[Any]:
    """What a page of results leads to: a sighting (and its probe) per profile listed, the
    next page within ``BRANDSWEEP_SEARCH_PAGES`` and the catalog's ``max_pages``. Live and
    replayed pages alike."""
    if page.state != ProbeState.FOUND.value:
        return
    stats = spider.crawler.stats
    if stats:
        stats.inc_value(stats_keys.platform_search(platform.name, "pages"))
    for hit in page.hits:
        yield from enrich.sighted(spider, platform.name, hit.handle, Via.PLATFORM_SEARCH,
                                  page.url, page.query, hit.url, title=hit.title,
                                  snippet=hit.snippet)
    if page.next_url and page.page < page_cap(spider, platform):
        yield from ask(spider, platform, page.query, page.page + 1, page.next_url)


def failed(spider: Any, failure: Failure) -> Iterator[Any]:
    request = failure.request  # type: ignore[attr-defined]
    info = request.meta["bs_search"]
    yield CoverageGap("platform_search", info["platform"], enrich.failure_reason(failure),
                      info["query"], request.url, info["page"])
