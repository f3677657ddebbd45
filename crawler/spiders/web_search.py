"""Discovery path (c): web search engines, for profiles no probe can guess or reach.

LinkedIn answers crawlers with 999 and X hides profiles behind JavaScript, but search engines
have indexed them. Two engines, both parsed here by pure functions (no Scrapy in the parsing):

* DuckDuckGo's HTML endpoint (``https://html.duckduckgo.com/html/``): ``.result`` blocks whose
  links are wrapped as ``//duckduckgo.com/l/?uddg=<percent-encoded URL>&rut=...``; unwrapped with
  ``parse_qs`` (which decodes once, so never unquote again). A CAPTCHA (HTTP 202 and/or a
  ``challenge-form``) means "could not search", never "nothing found".
* SearXNG's JSON API (``/search?q=&format=json&pageno=``) on the user's own instance. A 200 with
  empty ``results`` and non-empty ``unresponsive_engines`` is again "could not search".

Queries: each brand name and alias quoted, the word a brand's names share quoted
(crawler/spiders/search_names.py), and per platform ``site:<web_search_site> "<name>"``.
Result URLs become sightings through ``Catalog.match_profile_url``; each keeps the result's title
and snippet (``Sighting.title``/``snippet``), which ``matching.snippets`` reads when the profile
itself cannot be (X's JavaScript shell, LinkedIn's 999). A result that is no profile but a
lookalike or scam site (:func:`suspicious_hits`) is fetched once and the profiles it links
are sighted (``linked_pages.follow_search_site``); so is a page *about* the brand that a search
for its name lists (:func:`about_hits`: a review, a forum thread, a blog post), a few per
page of results (:func:`about_budget`): fans' groups and the scam channels a forum warns
about are linked from there.

A page the engine really searched is kept as a ``SearchPage`` item (its results, how to reach
the next page): a resumed audit does not ask it again but replays it (:func:`ask`,
crawler/spiders/checkpoint.py). A page that could not search (a captcha, a rate limit, an
error) is asked again.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from parsel import Selector
from scrapy import Request

from matching.models import Via
from matching.normalise import registered_domain, tokens
from matching.signals import suspicious_site
from matching.user_words import using

from .. import stats_keys
from ..items import CoverageGap, SearchHit, SearchPage
from ..options import SEARCH_ENGINES
from . import enrich, fediverse, linked_pages
from .checkpoint import skipped
from .search_names import shared_name

if TYPE_CHECKING:
    from matching.models import Inventory

DDG_URL = "https://html.duckduckgo.com/html/"
PATH = "web_search"
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
                  max_queries: int = 80,
                  communities: Iterable[tuple[str, str]] = ()) -> list[WebQuery]:
    """Brand queries first (each name and alias, then the word a brand's names share:
    :func:`crawler.spiders.search_names.shared_name`), then ``site:`` queries per platform,
    then one per brand and platform with communities (``communities``: ``(platform,
    web_search_communities)`` pairs, ``site:reddit.com/r "<brand>"``: last, so they never
    push another query past the cap); deduplicated and capped.

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
    for brand in inventory.brands:  # the word its names share, alone (search_names.py)
        for name in shared_name(brand.names):
            add(WebQuery(f'"{name}"', brand.name))
    for brand in inventory.brands:
        for name in brand.names:
            for platform, site in sites:
                add(WebQuery(f'site:{site} "{name}"', brand.name, site, platform))
    for platform, site in communities:
        for brand in inventory.brands:
            add(WebQuery(f'site:{site} "{brand.name}"', brand.name, site, platform))
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


#: letters a name may end with in a page's text, as a case ending: Estonian "Ilvese
#: loomakliinikuga" (with the Ilvese animal clinic), Slovak "hotely Kamzíka", Finnish
#: "Koivulan", Hungarian "Sirálynak"
MAX_ENDING = 3


def _inflected(key: str, words: str) -> bool:
    """``key``'s words in ``words``, the last one followed by a case ending of at most
    :data:`MAX_ENDING` letters; a one-word name needs five letters ("Ilves" + "e"), so
    a short name does not run into another word ("Bura" is no "Buraka")."""
    if len(key) < 5:
        return False
    at = words.find(f" {key}")
    while at >= 0:
        tail = words[at + len(key) + 1:].split(" ", 1)[0]
        if 0 < len(tail) <= MAX_ENDING and tail.isalpha():
            return True
        at = words.find(f" {key}", at + 1)
    return False


def names_brand(text: str, brand_names: Iterable[str]) -> str | None:
    """The first brand name ``text`` says: a Latin-script name of four letters or more as
    whole words ("Obzor ZhK Oqtosh Chilonzor") or with a case ending (:func:`_inflected`:
    "Kogemused Ilvese loomakliinikuga?"), a name in another script inside a word too
    (Amharic writes "of Wenz" as one word, "የወንዝ")."""
    words = f" {' '.join(tokens(text))} "
    raw = unicodedata.normalize("NFKC", text).casefold()
    for name in brand_names:
        name = name.strip()
        if not name:
            continue
        if name.isascii():
            key = " ".join(tokens(name))
            if len(key.replace(" ", "")) >= 4 and (f" {key} " in words
                                                   or _inflected(key, words)):
                return name
        elif len(name) >= 2 and unicodedata.normalize("NFKC", name).casefold() in raw:
            return name
    return None


def about_hits(hits: Iterable[WebHit], match: Any, official_domains: Iterable[str],
               brand_names: Sequence[str]) -> Iterator[tuple[WebHit, str]]:
    """(hit, why) for every result of a search for the brand that is no profile and no page
    of the company's own whose title or snippet names the brand (a review, a forum thread, a
    blog post about it), or whose domain does (``brand-compensacion.com``). Their links lead
    where no handle variant or search does: the fans' group a blogger links, the scam
    channel a forum warns about, the ring a scam page names in its footer."""
    offs = {registered_domain(d) or d for d in official_domains}
    for hit in hits:
        if match(hit.url) or urlsplit(hit.url).scheme.lower() not in ("http", "https"):
            continue
        dom = registered_domain(hit.url)
        if not dom or dom in offs:
            continue
        name = names_brand(f"{hit.title} {hit.snippet}", brand_names)
        if name is not None:
            yield hit, f"{dom}: a page about '{name}' (its search result names it)"
            continue
        # a site named after the brand ("brand-compensacion.com"), whatever its page says
        name = names_brand(dom.split(".", 1)[0].replace("-", " "), brand_names)
        if name is not None:
            yield hit, f"{dom}: a site whose name says '{name}'"


__all__ = [
    "DDG_URL", "ENGINES", "WebHit", "WebQuery", "WebResults", "about_hits", "build_queries",
    "ddg_form", "names_brand", "parse_duckduckgo", "parse_searxng", "profile_hits",
    "searxng_url", "suspicious_hits", "unwrap_ddg_href",
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
        # the POST a FormRequest would send, as a plain Request: only plain requests travel
        # through Redis (crawler/distributed/wire.py), and a distributed audit searches too
        return Request(
            DDG_URL,
            method="POST",
            body=urlencode(form or ddg_form(query.text)),
            headers={"Referer": "https://html.duckduckgo.com/",
                     "Content-Type": "application/x-www-form-urlencoded"},
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


def ask(spider: Any, query: WebQuery, page: int = 1,
        form: dict[str, str] | None = None) -> Iterator[Any]:
    """The request for one page of results, or, when a resumed audit holds that page, what
    it led to (sightings, visits, the next page), replayed without a request."""
    done = spider.checkpoint.search_page(PATH, spider.search_engine, query.text, page)
    if done is None or _stale_next(spider, query, done):
        yield search_request(spider, query, page, form)
        return
    skipped(spider, "search")
    yield from results(spider, query, done)


def page_cap(settings: Any, query_platform: str | None) -> int:
    """How many pages of one query are read: ``BRANDSWEEP_WEB_SEARCH_PAGES``, more for a
    brand name alone (scam sites rank behind the company's own pages: settings.py)."""
    cap = settings.getint("BRANDSWEEP_WEB_SEARCH_PAGES", 2)
    if not query_platform:
        cap = max(cap, settings.getint("BRANDSWEEP_WEB_SEARCH_BRAND_PAGES", cap))
    return cap


def _stale_next(spider: Any, query: WebQuery, done: SearchPage) -> bool:
    """True when a stored DuckDuckGo page must be asked again rather than replayed: its next
    page has not answered yet and needs the token this page's "Next" form carries (``vqd``),
    which a stored page may hold long after the engine forgot it."""
    if done.source != "duckduckgo" or not done.next_form or not done.hits \
            or done.page >= page_cap(spider.settings, query.platform):
        return False
    return spider.checkpoint.search_page(PATH, done.source, done.query, done.page + 1) is None


def start(spider: Any) -> Iterator[Any]:
    if spider.search_engine not in ("duckduckgo", "searxng"):
        return
    sites = [(name, spider.catalog[name].web_search_site) for name in spider.active
             if spider.catalog[name].web_search_site]
    max_q = spider.settings.getint("BRANDSWEEP_WEB_SEARCH_MAX_QUERIES", 80)
    communities = [(name, spider.catalog[name].web_search_communities) for name in spider.active
                   if spider.catalog[name].web_search_communities]
    for q in build_queries(spider.inventory, sites, max_q, communities):
        yield from ask(spider, q)


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
    page = SearchPage(PATH, engine, info["query"], info["page"], display,
                      tuple(SearchHit(h.url, "", h.title, h.snippet) for h in parsed.hits),
                      next_form=tuple((parsed.next_form or {}).items()),
                      has_more=parsed.has_more)
    yield page  # settled: a resumed audit replays it (``ask``)
    yield from results(spider, WebQuery(info["query"], info["brand"], None, info.get("platform")),
                       page)


def results(spider: Any, query: WebQuery, page: SearchPage) -> Iterator[Any]:
    """What a page of results leads to, live or replayed: a sighting per profile it lists, a
    visit to each suspicious site and page about the brand, the next page."""
    info = {"engine": page.source, "query": page.query, "brand": query.brand,
            "platform": query.platform, "page": page.page}
    engine, display = page.source, page.url
    hits = [WebHit(h.url, h.title or "", h.snippet or "") for h in page.hits]
    parsed = WebResults(tuple(hits), next_form=dict(page.next_form) or None,
                        has_more=page.has_more)
    stats = spider.crawler.stats
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
    yield from _about_pages(spider, info, parsed.hits, {hit.url for hit, _ in suspicious},
                            display)
    if info["page"] >= page_cap(spider.settings, info.get("platform")) or not parsed.hits:
        return
    if engine == "duckduckgo" and parsed.next_form:
        yield from ask(spider, query, info["page"] + 1, parsed.next_form)
    elif engine == "searxng" and parsed.has_more:
        yield from ask(spider, query, info["page"] + 1)


def about_budget(settings: Any, query_platform: str | None) -> int:
    """Pages about the brand visited from one page of results: ``BRANDSWEEP_WEB_SEARCH_ABOUT_PAGES``
    from each page the crawl reads of a search for a brand name alone (scam sites rank behind
    the company's own pages, news and profiles: ``BRANDSWEEP_WEB_SEARCH_BRAND_PAGES``), none
    from a ``site:`` search (its results are profiles). Per response, so what is visited never
    depends on the order answers arrive in."""
    if query_platform:
        return 0
    return settings.getint("BRANDSWEEP_WEB_SEARCH_ABOUT_PAGES", 3)


def _about_pages(spider: Any, info: dict[str, Any], hits: Sequence[WebHit], taken: set[str],
                 display: str) -> Iterator[Any]:
    """The visits to the pages about the brand one page of results lists (:func:`about_hits`,
    within :func:`about_budget`; a site already visited as suspicious is not asked twice)."""
    budget = about_budget(spider.settings, info.get("platform"))
    about = [(h, why) for h, why in about_hits(hits, spider.catalog.match_profile_url,
                                               spider.official_domains, spider.brand_names)
             if h.url not in taken][:budget]
    stats = spider.crawler.stats
    for hit, why in about:
        if stats:
            stats.inc_value(stats_keys.WEB_SEARCH_ABOUT_PAGES)
        yield from linked_pages.follow_search_site(spider, hit.url, why, display, info["query"])


def failed(spider: Any, failure: Any) -> Iterator[Any]:
    request = failure.request
    info = request.meta["bs_web"]
    yield CoverageGap("web_search", info["engine"], enrich.failure_reason(failure),
                      info["query"], request.url, info["page"])
