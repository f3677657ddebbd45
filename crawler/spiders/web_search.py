"""Discovery path (c): web search engines, for profiles no probe can guess or reach.

LinkedIn answers crawlers with 999 and X hides profiles behind JavaScript, but search engines
have indexed them. Two engines, both parsed here by pure functions (no Scrapy in the parsing):

* DuckDuckGo's HTML endpoint (``https://html.duckduckgo.com/html/``): ``.result`` blocks whose
  links are wrapped as ``//duckduckgo.com/l/?uddg=<percent-encoded URL>&rut=...``; unwrapped with
  ``parse_qs`` (which decodes once, so never unquote again). A CAPTCHA (HTTP 202 and/or a
  ``challenge-form``) means "could not search", never "nothing found".
* SearXNG's JSON API (``/search?q=&format=json&pageno=``) on the user's own instance. A 200 with
  empty ``results`` and non-empty ``unresponsive_engines`` is again "could not search".

Queries: each brand name and alias quoted, and per platform ``site:<web_search_site> "<name>"``.
Result URLs become sightings through ``Catalog.match_profile_url``; each keeps the result's title
and snippet (``Sighting.title``/``snippet``), which ``matching.snippets`` reads when the profile
itself cannot be (X's JavaScript shell, LinkedIn's 999). A result that is no profile but a
lookalike or scam site (:func:`suspicious_hits`) is fetched once and the profiles it links
are sighted (``linked_pages.follow_search_site``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from parsel import Selector
from scrapy import FormRequest, Request

from matching.models import Via
from matching.signals import suspicious_site
from matching.user_words import using

from .. import stats_keys
from ..items import CoverageGap
from ..options import SEARCH_ENGINES
from . import enrich, fediverse, linked_pages

if TYPE_CHECKING:
    from matching.models import Inventory

DDG_URL = "https://html.duckduckgo.com/html/"
ENGINES = SEARCH_ENGINES  # the --search-engine choices (crawler/options.py)


@dataclass(frozen=True)
class WebHit:
    url: str
    title: str = ""
    snippet: str = ""


@dataclass(frozen=True)
class WebResults:
    """One page of search results, or why there are none we can trust.

    ``blocked`` set means the engine did not really search (captcha, disabled format, every
    engine failing): the report must say "could not search", not "nothing found".
    """

    hits: tuple[WebHit, ...] = ()
    blocked: str | None = None
    next_form: dict[str, str] | None = None  # DuckDuckGo: the form fields of the "Next" button
    has_more: bool = False  # SearXNG: a further page may exist

    @property
    def searched(self) -> bool:
        return self.blocked is None


@dataclass(frozen=True)
class WebQuery:
    text: str
    brand: str
    site: str | None = None  # the catalog's web_search_site when the query is a site: query
    platform: str | None = None


# --------------------------------------------------------------------------- queries


def build_queries(inventory: Inventory, sites: Iterable[tuple[str, str]],
                  max_queries: int = 80) -> list[WebQuery]:
    """Brand queries first, then ``site:`` queries per platform; deduplicated and capped.

    ``sites`` is ``(platform, web_search_site)`` pairs. Names of three characters or fewer
    ("NWC") are searched only with a site: restriction: alone they mostly find other things.
    """
    out: list[WebQuery] = []
    seen: set[str] = set()

    def add(q: WebQuery) -> None:
        key = q.text.casefold()
        if key not in seen:
            seen.add(key)
            out.append(q)

    sites = list(sites)
    for brand in inventory.brands:
        for name in brand.names:
            if len(name) > 3:
                add(WebQuery(f'"{name}"', brand.name))
    for brand in inventory.brands:
        for name in brand.names:
            for platform, site in sites:
                add(WebQuery(f'site:{site} "{name}"', brand.name, site, platform))
    return out[:max_queries]


# --------------------------------------------------------------------------- DuckDuckGo


def ddg_form(query: str, region: str = "wt-wt") -> dict[str, str]:
    """The form fields of a first-page DuckDuckGo HTML search (as SearXNG sends them)."""
    return {"q": query, "b": "", "kl": region}


def unwrap_ddg_href(href: str) -> str | None:
    """The target of a DuckDuckGo result link; plain links come back unchanged.

    >>> unwrap_ddg_href("//duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.instagram.com%2Fnw%2F&rut=ab")
    'https://www.instagram.com/nw/'
    >>> unwrap_ddg_href("https://t.me/northwind")
    'https://t.me/northwind'
    """
    href = (href or "").strip()
    if not href:
        return None
    absolute = "https:" + href if href.startswith("//") else href
    parts = urlsplit(absolute)
    host = (parts.hostname or "").lower()
    if parts.path in ("/l/", "/l") and (not host or host == "duckduckgo.com"
                                        or host.endswith(".duckduckgo.com")):
        values = parse_qs(parts.query).get("uddg")
        # parse_qs already percent-decoded the value once: unquoting again would corrupt
        # targets that legitimately contain %xx (e.g. an encoded handle in a query string)
        return values[0] if values else None
    if parts.scheme in ("http", "https"):
        return absolute
    return None


def parse_duckduckgo(status: int, body: bytes | str) -> WebResults:
    """Results of one DuckDuckGo HTML page. Ads (``result--ad``) are skipped."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    sel = Selector(text=text or "<html></html>")
    if sel.css("form#challenge-form") or status == 202:
        return WebResults(blocked="captcha")
    if status in (403, 429):
        return WebResults(blocked="rate_limited" if status == 429 else "blocked")
    if status != 200:
        return WebResults(blocked=f"http_{status}")
    hits: list[WebHit] = []
    seen: set[str] = set()
    for block in sel.css(".result"):
        classes = block.attrib.get("class", "")
        if "result--ad" in classes.split() or "result--ad" in classes:
            continue
        a = block.css("h2 a, a.result__a")
        href = a.attrib.get("href") if a else None
        url = unwrap_ddg_href(href or "")
        if not url or url in seen:
            continue
        seen.add(url)
        title = " ".join(t.strip() for t in a[0].css("::text").getall() if t.strip())
        snippet = " ".join(
            t.strip() for t in block.css(".result__snippet ::text").getall() if t.strip()
        )
        hits.append(WebHit(url, title, snippet))
    return WebResults(hits=tuple(hits), next_form=_ddg_next_form(sel))


def _ddg_next_form(sel: Selector) -> dict[str, str] | None:
    """Fields of the "Next" form (they carry ``s``, ``dc`` and the ``vqd`` token page 2 needs)."""
    for form in sel.css(".nav-link form, form.nav-link"):
        submit = " ".join(form.css("input[type=submit]::attr(value)").getall()).lower()
        if "next" not in submit and "next" not in (form.attrib.get("class") or ""):
            continue
        fields: dict[str, str] = {}
        for inp in form.css("input"):
            name = inp.attrib.get("name")
            if name and (inp.attrib.get("type") or "text").lower() != "submit":
                fields[name] = inp.attrib.get("value", "")
        if fields.get("q"):
            return fields
    return None


# --------------------------------------------------------------------------- SearXNG


def searxng_url(base: str, query: str, pageno: int = 1) -> str:
    """``<base>/search?q=...&format=json&pageno=N``; ``base`` may end with or without ``/``."""
    root = base.rstrip("/")
    if root.endswith("/search"):
        root = root[: -len("/search")]
    return f"{root}/search?" + urlencode({"q": query, "format": "json", "pageno": pageno})


def parse_searxng(status: int, body: bytes | str) -> WebResults:
    """Results of one SearXNG JSON page."""
    if status == 403:
        # SearXNG answers 403 when "json" is not in settings.yml search.formats
        return WebResults(blocked="json_format_disabled")
    if status == 429:
        return WebResults(blocked="rate_limited")
    if status != 200:
        return WebResults(blocked=f"http_{status}")
    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return WebResults(blocked="bad_json")
    if not isinstance(data, dict):
        return WebResults(blocked="bad_json")
    results = data.get("results") or []
    hits: list[WebHit] = []
    seen: set[str] = set()
    for r in results:
        if not isinstance(r, dict) or not isinstance(r.get("url"), str):
            continue
        if r["url"] in seen:
            continue
        seen.add(r["url"])
        hits.append(WebHit(r["url"], str(r.get("title") or ""), str(r.get("content") or "")))
    unresponsive = data.get("unresponsive_engines") or []
    if not hits and unresponsive:
        names = ", ".join(_engine_error(e) for e in unresponsive)
        return WebResults(blocked=f"unresponsive_engines: {names}")
    return WebResults(hits=tuple(hits), has_more=bool(hits))


def _engine_error(entry: Any) -> str:
    if isinstance(entry, Sequence) and not isinstance(entry, str) and len(entry) >= 2:
        return f"{entry[0]} ({entry[1]})"
    return str(entry)


def profile_hits(hits: Iterable[WebHit], match: Any, allowed: Iterable[str] | None = None
                 ) -> Iterator[tuple[str, str, WebHit]]:
    """(platform, handle, hit) for every hit that is a profile link of an allowed platform."""
    allowed_set = set(allowed) if allowed is not None else None
    for hit in hits:
        m = match(hit.url)
        if not m:
            continue
        platform, handle = m
        if allowed_set is not None and platform not in allowed_set:
            continue
        yield platform, handle, hit


def suspicious_hits(hits: Iterable[WebHit], match: Any, official_domains: Iterable[str],
                    brand_keys: Sequence[str] = (), brand_names: Sequence[str] = ()
                    ) -> Iterator[tuple[WebHit, str]]:
    """(hit, why) for every hit that is no profile link but a site worth one visit: a
    lookalike domain, or a result naming the brand with scam wording
    (``matching.signals.suspicious_site``)."""
    for hit in hits:
        if match(hit.url):
            continue
        why = suspicious_site(hit.url, f"{hit.title} {hit.snippet}", official_domains,
                              brand_keys, brand_names)
        if why is not None:
            yield hit, why


__all__ = [
    "DDG_URL", "ENGINES", "WebHit", "WebQuery", "WebResults", "build_queries", "ddg_form",
    "parse_duckduckgo", "parse_searxng", "profile_hits", "searxng_url", "suspicious_hits",
    "unwrap_ddg_href",
]


# --------------------------------------------------------------------------- spider glue
# Requests and callbacks of the path; the spider's thin methods delegate here.


def _meta(engine: str, query: WebQuery, page: int) -> dict[str, Any]:
    return {
        "bs_web": {"engine": engine, "query": query.text, "brand": query.brand,
                   "platform": query.platform, "page": page},
        "handle_httpstatus_list": [202, 400, 403, 429, 500, 502, 503],
        "dont_obey_robotstxt": True,
        "cookiejar": f"search:{engine}",
    }


def search_request(spider: Any, query: WebQuery, page: int = 1,
                   form: dict[str, str] | None = None) -> Any:
    engine = spider.search_engine
    if engine == "duckduckgo":
        return FormRequest(
            DDG_URL,
            formdata=form or ddg_form(query.text),
            headers={"Referer": "https://html.duckduckgo.com/"},
            callback=spider.parse_web_search,
            errback=spider.web_search_failed,
            meta=_meta(engine, query, page),
            priority=5,
        )
    return Request(
        searxng_url(spider.searxng_url, query.text, page),
        headers={"Accept": "application/json"},
        callback=spider.parse_web_search,
        errback=spider.web_search_failed,
        meta=_meta(engine, query, page),
        priority=5,
    )


def start(spider: Any) -> Iterator[Any]:
    if spider.search_engine not in ("duckduckgo", "searxng"):
        return
    sites = [(name, spider.catalog[name].web_search_site) for name in spider.active
             if spider.catalog[name].web_search_site]
    max_q = spider.settings.getint("BRANDSWEEP_WEB_SEARCH_MAX_QUERIES", 80)
    for q in build_queries(spider.inventory, sites, max_q):
        yield search_request(spider, q)


def parse(spider: Any, response: Any) -> Iterator[Any]:
    info = response.meta["bs_web"]
    engine = info["engine"]
    parsed = (parse_duckduckgo if engine == "duckduckgo" else parse_searxng)(
        response.status, response.body)
    stats = spider.crawler.stats
    display = ("https://duckduckgo.com/html/?" + urlencode({"q": info["query"]})
               if engine == "duckduckgo" else response.url)
    if not parsed.searched:
        if stats:
            stats.inc_value(stats_keys.web_search(engine, "could_not_search"))
        yield CoverageGap("web_search", engine, parsed.blocked or "blocked", info["query"],
                          display, info["page"])
        return
    if stats:
        stats.inc_value(stats_keys.web_search(engine, "pages"))
        stats.inc_value(stats_keys.web_search(engine, "results"), len(parsed.hits))
    for platform, handle, hit in profile_hits(parsed.hits, spider.catalog.match_profile_url,
                                              spider.active):
        yield from enrich.sighted(spider, platform, handle, Via.WEB_SEARCH, display,
                                  info["query"], hit.url, title=hit.title, snippet=hit.snippet)
    for hit in parsed.hits:
        if not spider.catalog.match_profile_url(hit.url):
            # a Mastodon profile on a server the catalog does not list (asked once)
            yield from fediverse.sighted(spider, hit.url, Via.WEB_SEARCH, display,
                                         info["query"], title=hit.title, snippet=hit.snippet)
    with using(spider.words):  # the user's scam words choose visits too (--words)
        suspicious = list(suspicious_hits(parsed.hits, spider.catalog.match_profile_url,
                                          spider.official_domains, spider.brand_keys,
                                          spider.brand_names))
    for hit, why in suspicious:
        yield from linked_pages.follow_search_site(spider, hit.url, why, display, info["query"])
    cap = spider.settings.getint("BRANDSWEEP_WEB_SEARCH_PAGES", 2)
    if not info.get("platform"):
        # a brand name alone: scam sites rank behind the company's own pages (settings.py)
        cap = max(cap, spider.settings.getint("BRANDSWEEP_WEB_SEARCH_BRAND_PAGES", cap))
    if info["page"] >= cap or not parsed.hits:
        return
    query = WebQuery(info["query"], info["brand"], None, info.get("platform"))
    if engine == "duckduckgo" and parsed.next_form:
        yield search_request(spider, query, info["page"] + 1, parsed.next_form)
    elif engine == "searxng" and parsed.has_more:
        yield search_request(spider, query, info["page"] + 1)


def failed(spider: Any, failure: Any) -> Iterator[Any]:
    request = failure.request
    info = request.meta["bs_web"]
    yield CoverageGap("web_search", info["engine"], enrich.failure_reason(failure),
                      info["query"], request.url, info["page"])
