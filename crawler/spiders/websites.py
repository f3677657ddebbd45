"""Discovery path (d): the company's own websites, the strongest officialness evidence there is.

A small, bounded, polite crawl of each ``brands[].websites`` entry: robots.txt obeyed (Scrapy's
RobotsTxtMiddleware; these requests do not opt out), ``/sitemap.xml`` read, links followed only
within the inventory's official domains, at most ``BRANDSWEEP_SITE_MAX_DEPTH`` links deep.
``SiteBudgetMiddleware`` caps pages per host and per path shape, and :func:`crawlable` refuses
the usual traps (repeating path segments, endless calendars' deep queries, binary files).
Every link to a social profile becomes a ``Sighting(via=official_site)``: anchors, ``rel=me``
links and JSON-LD ``sameAs``.

A page (or sitemap) that answered is kept as a ``SitePage`` item (its links with their texts):
``--resume`` replays one that answered recently rather than fetching it again (:func:`ask`;
crawler/spiders/checkpoint.py). Reading a page (``parse_page``) and acting on what it says
(``follow_page``) are apart so that a live page and a replayed one go through the same code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin, urlsplit

from matching.models import Via
from matching.signals import (
    fake_mark,
    link_context,
    retired_wording,
    scam_warning,
    sentence_around,
    sentence_claims,
)
from matching.user_words import using

from .. import limits, stats_keys
from ..items import SitePage
from ..written import asked, build, invalid, written
from . import enrich, fediverse
from .checkpoint import skipped
from .linked_pages import page_text

if TYPE_CHECKING:
    from scrapy.http import Response
    from twisted.python.failure import Failure

_SKIP = ("jpg jpeg png gif webp svg ico bmp tif tiff pdf zip gz tgz rar 7z mp3 mp4 m4a mov avi "
         "webm wav ogg css js json xml rss atom woff woff2 ttf eot exe dmg apk iso csv xls xlsx "
         "doc docx ppt pptx")
SKIP_EXTENSIONS = frozenset(_SKIP.split(" "))
MAX_SEGMENTS = 8
MAX_QUERY_PARAMS = 3


def crawlable(url: str) -> bool:
    """Whether a same-site URL is worth fetching (no binaries, no obvious crawler traps).

    >>> crawlable("https://x.com/about")
    True
    >>> crawlable("https://x.com/a/b/a/b/a/b")
    False
    >>> crawlable("https://x.com/logo.png")
    False
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) > MAX_SEGMENTS:
        return False
    if segments and "." in segments[-1]:
        ext = segments[-1].rsplit(".", 1)[-1].lower()
        if ext in SKIP_EXTENSIONS:
            return False
    # a segment seen three times (/a/b/a/b/a) is a relative-link loop
    if any(segments.count(s) >= 3 for s in set(segments)):
        return False
    if len(segments) >= 4 and segments[-2:] == segments[-4:-2]:
        return False
    return not (parts.query and parts.query.count("&") + 1 > MAX_QUERY_PARAMS)


def site_meta(root: str, depth: int) -> dict[str, Any]:
    return {"brandsweep_site": root, "bs_depth": depth,
            "handle_httpstatus_list": [404, 410]}


PAGE, SITEMAP = "page", "sitemap"


def ask(spider: Any, url: str, kind: str, meta: dict[str, Any], priority: int
        ) -> Iterator[Any]:
    """The request for one official page (``kind``: page or sitemap), or, when a resumed audit
    holds its recent answer, what that answer leads to, replayed without a request (once per
    process: a live crawl's dupefilter lets a page be fetched once)."""
    stored = spider.checkpoint.site_page(url, kind)
    if stored is None:
        callback = spider.parse_site_page if kind == PAGE else spider.parse_sitemap
        try:
            request = build(url, callback=callback, errback=spider.site_failed, meta=meta,
                            priority=priority)
        except ValueError as exc:  # a host no browser accepts (w3lib 2.6): not read
            gap = limits.record(spider, invalid(exc), urlsplit(url).hostname or url, url,
                                "official site page not read", path="official_site")
            if gap:
                yield gap
            return
        yield request
        return
    if not spider.checkpoint.first_site_replay(stored):
        return
    skipped(spider, "site")
    if kind == PAGE:
        yield from follow_page(spider, stored.final_url, meta, stored.links,
                               lambda: stored.text)
    else:
        yield from follow_sitemap(spider, stored.final_url, meta, stored.links, stored.index)


def start(spider: Any) -> Iterator[Any]:
    seen: set[str] = set()
    for brand in spider.inventory.brands:
        for site in brand.websites:
            url = site if "://" in site else f"https://{site}"
            parts = urlsplit(url)
            root = f"{parts.scheme}://{parts.netloc}"
            if root in seen:
                continue
            seen.add(root)
            yield from ask(spider, url, PAGE, site_meta(root, 0), 15)
            yield from ask(spider, f"{root}/sitemap.xml", SITEMAP, site_meta(root, 1), 15)


def _asked(response: Response) -> str:
    """The URL the crawl asked for this page (before any redirect, as written): a resume's
    key (compared canonically: :func:`crawler.spiders.checkpoint.site_key`)."""
    return asked(response.request if response.request is not None else response)


#: the block around a link whose sentence may say what the company thinks of the channel
_AROUND = ("ancestor::*[self::p or self::li or self::td or self::dd or self::figcaption][1]"
           "//text()")


#: the same block for a URL written as text (the element that holds it, or its block)
_AROUND_TEXT = ("ancestor-or-self::*[self::p or self::li or self::td or self::dd or "
                "self::figcaption][1]//text()")
#: the heading a link sits under (the nearest before it), and whether it is the page's chrome
_HEADING = ("preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or "
            "self::h6][1]//text()")
_CHROME = "ancestor::*[self::header or self::footer or self::nav]"
#: a URL written as text ("bitte melden: https://www.instagram.com/x/ (nicht von uns!)")
_BARE_URL = re.compile(r"(?:https?://|(?<![\w./@-])www\.)[^\s<>\"'«»“”‘’()\[\]{}]+", re.IGNORECASE)
#: elements whose own text holds a URL outside a link (never a script's or a style's)
_URL_TEXT = ("//body//*[not(self::script or self::style or self::noscript or self::a or "
             "self::textarea) and not(ancestor::a)][text()[contains(., '://') or "
             "contains(., 'www.')]]")
#: at most this many URLs written as text per page (a page of logs is no list of accounts)
MAX_BARE_URLS = 100


#: elements whose own text writes an @-handle outside a link (never a script's or a style's)
_HANDLE_TEXT = ("//body//*[not(self::script or self::style or self::noscript or self::a or "
                "self::textarea or self::code or self::pre) and not(ancestor::a)]"
                "[text()[contains(., '@')]]")
#: an @-handle written as text: not an e-mail address (a letter before the '@'), not a
#: Mastodon address (another '@' after it); a full stop after it ends the sentence
_WRITTEN_HANDLE = re.compile(r"(?<![\w@.+/=-])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?)"
                             r"(?![\w@-])")
#: at most this many handles written as text per page
MAX_WRITTEN_HANDLES = 50
_CJK_STOP = re.compile(r"(?<=[。！？])")
#: the platforms' names as pages write them in other scripts (the catalog's titles give the
#: Latin ones: "Instagram", "X", "Twitter")
NATIVE_PLATFORM_NAMES: Mapping[str, tuple[str, ...]] = {
    "telegram": ("تلگرام", "تيليجرام", "تيليغرام", "تليجرام", "تلغرام", "телеграм", "Телеграм",
                 "טלגרם", "텔레그램", "テレグラム", "टेलीग्राम"),
    "instagram": ("اینستاگرام", "إنستغرام", "انستغرام", "انستجرام", "инстаграм", "Инстаграм",
                  "インスタグラム", "インスタ", "인스타그램", "อินสตาแกรม"),
    "facebook": ("فيسبوك", "فیسبوک", "фейсбук", "Фейсбук", "フェイスブック", "페이스북", "เฟซบุ๊ก"),
    "x": ("𝕏", "تويتر", "توییتر", "твиттер", "Твиттер", "ツイッター", "트위터", "ทวิตเตอร์"),
    "youtube": ("يوتيوب", "یوتیوب", "ютуб", "Ютуб", "ユーチューブ", "유튜브", "ยูทูบ"),
    "tiktok": ("تيك توك", "تیک تاک", "тикток", "ТикТок", "ティックトック", "틱톡", "ติ๊กต๊อก"),
}


def _platform_words(catalog: Any) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, platform) of every name by which a page may name a platform whose handles are
    written with an '@': the catalog's name and title words ("X (Twitter)": "X", "Twitter"),
    and :data:`NATIVE_PLATFORM_NAMES`. A one-letter name counts only as a capital standing
    alone ("X", never "x" of "2 x 3")."""
    out: list[tuple[re.Pattern[str], str]] = []
    for name, platform in catalog.items():
        shown = getattr(platform.handle, "shown", None)
        if shown is None or not any(t.startswith("@") for _m, t in shown.forms):
            continue  # LinkedIn, Reddit: no @-names
        latin = {name, *re.findall(r"[A-Za-z][A-Za-z0-9]*", platform.title or "")}
        for w in sorted(latin):
            flags = 0 if len(w) == 1 else re.IGNORECASE
            word = w.upper() if len(w) == 1 else w
            out.append((re.compile(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", flags),
                        name))
        for w in NATIVE_PLATFORM_NAMES.get(name, ()):
            out.append((re.compile(re.escape(w)), name))
    return out


def _handles_platforms(sentence: str, words_: Sequence[tuple[re.Pattern[str], str]]
                       ) -> list[tuple[str, str | None]]:
    """(handle as written, platform named for it or None) of each @-handle of ``sentence``.
    Pages write the platform before the handles ("Instagram: @brand.jobs", "our X accounts
    are @A and @B": each handle takes the nearest name before it, since the handle before)
    or after them ("@Brand_Support on X is not ours", "@A en X y @B en Telegram": each takes
    the first name after it, before the next handle); which way the sentence goes is told by
    what comes first, a platform's name or a handle."""
    handles = [(m.start(), m.end(), m.group(0)) for m in _WRITTEN_HANDLE.finditer(sentence)]
    if not handles:
        return []
    names = sorted((m.start(), m.end(), platform) for rx, platform in words_
                   for m in rx.finditer(sentence))
    # a name inside another (the "X" of "X (Twitter)" twice) or inside a handle counts once
    names = [n for n in names if not any(h[0] <= n[0] < h[1] for h in handles)]
    if not names:
        return [(h[2], None) for h in handles]
    prefix = names[0][0] < handles[0][0]
    out: list[tuple[str, str | None]] = []
    last: str | None = None
    for i, (start, end, as_written) in enumerate(handles):
        if prefix:
            since = handles[i - 1][1] if i else 0
            before = [n for n in names if since <= n[0] and n[1] <= start]
            last = before[-1][2] if before else last
            out.append((as_written, last))
        else:
            until = handles[i + 1][0] if i + 1 < len(handles) else len(sentence)
            after = [n for n in names if end <= n[0] and n[1] <= until]
            out.append((as_written, after[0][2] if after else None))
    return out


def _written_handles(response: Response, title: str, catalog: Any
                     ) -> Iterator[tuple[str, str]]:
    """(profile URL, the handle as written with the company's word on it) for each @-handle
    written as text outside a link with a platform named in its sentence: a contacts page's
    "Instagram: @brand.jobs", a warning page's "@Brand_Support on X is not ours". The words
    around it are read as a link's are (:func:`_noted`: disowned, claimed, listed among
    others'); a handle whose sentence names no platform, or one the platform would not
    accept, is passed over. Never from scripts, styles or code; at most
    :data:`MAX_WRITTEN_HANDLES` a page."""
    words_ = _platform_words(catalog)
    seen = 0
    for el in response.xpath(_HANDLE_TEXT):
        chrome = bool(el.xpath(_CHROME))
        heading = "" if chrome else _joined(el.xpath(_HEADING).getall(), 200)
        page = "" if chrome else f"{heading} · {title}"
        # a page that warns of fakes names them in prose as often as it names the company's
        # own: there a handle counts only when its own sentence says which it is
        warns = bool(page and (scam_warning(page) or fake_mark(page)))
        for node in el.xpath("text()").getall():
            if "@" not in node:
                continue
            done: set[str] = set()
            # sentences end at a full stop before a space, or at a CJK full stop
            for part in _CJK_STOP.split(node):
                for m in _WRITTEN_HANDLE.finditer(part):
                    sentence = sentence_around(part, m.start(), m.end()).strip()
                    if sentence in done:
                        continue
                    done.add(sentence)
                    for as_written, platform in _handles_platforms(sentence, words_):
                        rule = catalog[platform] if platform else None
                        if rule is None or not rule.is_valid(as_written.lstrip("@")):
                            continue
                        said = link_context(as_written, sentence)
                        if warns and said is None and not sentence_claims(as_written, sentence):
                            continue
                        if seen >= MAX_WRITTEN_HANDLES:
                            return
                        seen += 1
                        # its own sentence only, never the page's heading or title
                        yield rule.profile_url(as_written.lstrip("@")), _noted(
                            as_written, sentence, "", "")


def _joined(texts: Iterable[str], limit: int) -> str:
    return " ".join(t.strip() for t in texts if t.strip())[:limit]


def _noted(text: str, block: str, heading: str, title: str) -> str:
    """``text`` with the company's word on the link in brackets, as the words around it say
    it: retired ("our old page, no longer updated"), a fake it warns of or someone else's
    account on a list of others (:func:`matching.signals.link_context`). Matching reads them."""
    at = block.find(text) if text else -1
    note = retired_wording(sentence_around(block, at, at + len(text))) if at >= 0 else None
    shown = f"{text} ({note})" if note and note not in text else text
    context = link_context(text, block, heading, title)
    return f"{shown} {context}" if context else shown


def _links(response: Response, catalog: Any = None) -> Iterator[tuple[str, str]]:
    """(absolute URL, anchor text or source) for each link of an HTML page, and for each URL
    written as text outside a link (its text: the URL as written). The words around a link
    (its sentence, list item or table cell, the heading it sits under, the page's title) may
    say what the company thinks of the channel; they are added after its text (:func:`_noted`):
    the company's word on the link, which matching reads. The links of a page's header,
    navigation and footer are the site's own, whatever the page is about: only their own
    sentence counts. With the platform ``catalog``, @-handles written as text with a platform
    named beside them count as links to those profiles (:func:`_written_handles`)."""
    title = _joined(response.css("title::text").getall(), 200)
    for a in response.css("a[href]"):
        text = " ".join(t.strip() for t in a.css("::text").getall() if t.strip())[:120]
        block = _joined(a.xpath(_AROUND).getall(), 1200)
        chrome = bool(a.xpath(_CHROME))
        heading = "" if chrome else _joined(a.xpath(_HEADING).getall(), 200)
        yield urljoin(response.url, a.attrib["href"]), _noted(
            text, block or (text if chrome else _joined(a.xpath("../text()|../*//text()")
                                                        .getall(), 600)),
            heading, "" if chrome else title)
    yield from _bare_urls(response, title)
    if catalog is not None:
        yield from _written_handles(response, title, catalog)
    for link in response.css("link[href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        if "me" in rel or "author" in rel:
            yield urljoin(response.url, link.attrib["href"]), "rel=me"
    for script in response.css('script[type="application/ld+json"]::text').getall():
        yield from ((u, "JSON-LD sameAs") for u in _same_as(script))


def _bare_urls(response: Response, title: str) -> Iterator[tuple[str, str]]:
    """(URL, the URL as written with the company's word on it) for each http(s) or www. URL
    written as text outside a link: a warning page names an impostor by its address rather
    than linking it. Followed as a link is (:func:`follow_page`: the same SSRF guard, robots
    and budgets), at most :data:`MAX_BARE_URLS` a page."""
    seen = 0
    for el in response.xpath(_URL_TEXT):
        chrome = bool(el.xpath(_CHROME))
        for node in el.xpath("text()").getall():
            for m in _BARE_URL.finditer(node):
                written = m.group(0).rstrip(".,;:!?")
                url = written if "://" in written else f"https://{written}"
                if seen >= MAX_BARE_URLS or not urlsplit(url).hostname:
                    return
                seen += 1
                block = _joined(el.xpath(_AROUND_TEXT).getall(), 1200)
                heading = "" if chrome else _joined(el.xpath(
                    "(self::h1|self::h2|self::h3|self::h4|self::h5|self::h6)//text()").getall()
                    or el.xpath(_HEADING).getall(), 200)
                yield url, _noted(written[:120], block, heading, "" if chrome else title)


def _same_as(text: str) -> Iterable[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    out: list[str] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            same = node.get("sameAs")
            if isinstance(same, str):
                out.append(same)
            elif isinstance(same, list):
                out.extend(s for s in same if isinstance(s, str))
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
    return out


def _shown(response: Response) -> Callable[[], str | None]:
    """What the official page shows (``linked_pages.page_text``), read once when first asked:
    the sightings of the profiles it links keep it ("UK desk (archive): closed in 2020")."""
    return cache(lambda: page_text(response))


def parse_page(spider: Any, response: Response) -> Iterator[Any]:
    if response.status != 200 or not hasattr(response, "css"):
        return
    with using(spider.words):  # the user's retired-channel words note links too (--words)
        links = tuple(_links(response, spider.catalog))
    shown = _shown(response)
    yield from follow_page(spider, response.url, response.meta, links, shown)
    # what the page showed is kept when a sighting needed it (a profile among its links)
    text = shown() if shown.cache_info().currsize else None  # type: ignore[attr-defined]
    yield SitePage(_asked(response), PAGE, response.url, links, text)


def follow_page(spider: Any, page_url: str, meta: Mapping[str, Any],
                links: Iterable[tuple[str, str]], shown: Callable[[], str | None]
                ) -> Iterator[Any]:
    """What an official page's links lead to (a live page's or a replayed one's): sightings of
    the profiles it links, the official pages it links (within the depth), the gaps."""
    depth = meta.get("bs_depth", 0)
    max_depth = spider.settings.getint("BRANDSWEEP_SITE_MAX_DEPTH", 2)
    stats = spider.crawler.stats
    if stats:
        stats.inc_value(stats_keys.SITE_PAGES)
    for url, text in links:
        url = urldefrag(url)[0]
        match = spider.catalog.match_profile_url(url)
        if match:
            platform, handle = match
            yield from enrich.sighted(spider, platform, handle, Via.OFFICIAL_SITE, page_url,
                                      text, url, page_text=shown())
            continue
        if not spider.is_official_url(url):
            # a Mastodon profile on a server the catalog does not list (asked once, politely)
            yield from fediverse.sighted(spider, url, Via.OFFICIAL_SITE, page_url, text,
                                         page_text=shown())
            continue
        if not crawlable(url):
            continue
        if depth >= max_depth:
            gap = limits.record(spider, limits.SITE_MAX_DEPTH, urlsplit(url).hostname or "",
                                url, f"links deeper than {max_depth} not followed")
            if gap:
                yield gap
            continue
        parts = urlsplit(url)
        yield from ask(spider, url, PAGE, site_meta(f"{parts.scheme}://{parts.netloc}",
                                                    depth + 1), 15 - depth)


_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>", re.IGNORECASE)


def parse_sitemap(spider: Any, response: Response) -> Iterator[Any]:
    """Pages listed in sitemap.xml (and one level of sitemap index), fetched as depth-1 pages."""
    if response.status != 200:
        return
    is_index = b"<sitemapindex" in response.body[:2000]
    links = tuple((raw.decode("utf-8", "replace").replace("&amp;", "&"), "")
                  for raw in _LOC.findall(response.body)[:200])
    yield from follow_sitemap(spider, response.url, response.meta, links, is_index)
    yield SitePage(_asked(response), SITEMAP, response.url, links, None, is_index)


def follow_sitemap(spider: Any, sitemap_url: str, meta: Mapping[str, Any],
                   links: Iterable[tuple[str, str]], is_index: bool) -> Iterator[Any]:
    """What a sitemap's URLs lead to (a live sitemap's or a replayed one's)."""
    root = meta["brandsweep_site"]
    for url, _ in links:
        match = spider.catalog.match_profile_url(url)
        if match:
            yield from enrich.sighted(spider, match[0], match[1], Via.OFFICIAL_SITE,
                                      sitemap_url, "sitemap", url)
            continue
        if not spider.is_official_url(url):
            continue
        if is_index and meta.get("bs_depth", 1) <= 1:
            yield from ask(spider, url, SITEMAP, site_meta(root, 2), 14)
        elif crawlable(url):
            yield from ask(spider, url, PAGE, site_meta(root, 1), 14)


def failed(spider: Any, failure: Failure) -> Iterator[Any]:
    """Official pages that could not be fetched. Counted always; a limit hit, a refusal by the
    SSRF guard or a fetch error is also a CoverageGap (one per host and reason): the report
    must not pass over an official site it could not read. robots.txt refusals are by design
    and only counted."""
    request = failure.request  # type: ignore[attr-defined]
    reason = enrich.failure_reason(failure)
    if spider.crawler.stats:
        spider.crawler.stats.inc_value(f"{stats_keys.SITE_SKIPPED}{reason.split(':')[0]}")
    if reason == "robots":
        return
    host = urlsplit(request.url).hostname or request.url
    url = written(request)  # as the inventory or the page wrote it (crawler/written.py)
    if reason in limits.LIMITS:
        gap = limits.record(spider, reason, host, url, "official site page not read")
    else:
        gap = limits.record(spider, reason, host, url, "official site page not read",
                            path="official_site")
    if gap:
        yield gap
