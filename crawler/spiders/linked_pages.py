"""Discovery path (e): one hop from a suspicious profile's external links.

An impostor's bio link is often the scam itself: a lookalike "rewards" site that links to the
rest of the ring (a Telegram "support" channel, an X giveaway account). A profile is suspicious
when it is found, not declared and not on the allow list; its external links outside the
official domains (http/https only, at most ``BRANDSWEEP_LINKED_MAX_PER_PROFILE``) are fetched,
redirects followed, robots.txt obeyed, the SSRF guard (``crawler.netguard``) in front. The page
becomes a ``LinkedPage`` and the social profiles it lists become ``Sighting(via=linked_page)``,
each carrying what the page shows (``Sighting.page_text``, :func:`page_text`): a walled page
a lookalike links is known by the lookalike's words ("enter your card number and the SMS code").

The same hop starts from web search results too (:func:`follow_search_site`): a result that
is no profile and whose domain is a lookalike (or whose title and snippet name the brand and use
scam wording, ``matching.signals.suspicious_site``) is fetched once, and the profiles its page
links become ``Sighting(via=linked_page)`` whose source is that page. Scam sites link their
ring's profiles (a giveaway Instagram, a Facebook page behind the login wall) from a footer;
nothing else leads to profiles whose handle no variant guesses and no platform search finds.
These fetches share the audit's ``BRANDSWEEP_LINKED_MAX_PAGES`` budget, obey robots.txt, pass
the SSRF guard, and go through the dupefilter (a site listed by ten queries is fetched once).

"One hop" is about pages, not profiles: the links *on* a linked page are never fetched (no
crawl of the scam site, no second page), only its social-profile links become sightings. A
profile sighted that way is enriched like any other, and when it is suspicious its own links
are followed too: every suspicious profile is treated alike, however it was discovered. Which
request reaches a profile first varies from run to run (the dupefilter keeps the first, and
under scrapy-redis several processes race); if the path decided whether links are followed,
the linked pages fetched, and with them evidence and findings, would vary too.

Still bounded: each profile is fetched once (the dupefilter), each follows at most
``BRANDSWEEP_LINKED_MAX_PER_PROFILE`` links, a linked page leads only to profiles, and
``BRANDSWEEP_LINKED_MAX_PAGES`` caps the linked-page fetches of an audit (counted in the crawl
stats, so per process under scrapy-redis). A cap hit is a ``CoverageGap(path="limit")``, and the
stats ``brandsweep/limits/<name>`` count every link it left unfetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin, urlsplit

from matching.models import PAGE_TEXT_MAX, LinkedPage, ProbeState, ProfileObservation, Via

from .. import limits, stats_keys
from ..items import CoverageGap
from ..written import build, invalid, redirected, written
from . import enrich, fediverse
from .checkpoint import skipped

if TYPE_CHECKING:
    from scrapy.http import Response
    from twisted.python.failure import Failure

#: crawl stat: linked-page requests sent, checked against BRANDSWEEP_LINKED_MAX_PAGES
REQUESTED = stats_keys.LINKED_PAGES_REQUESTED
#: statuses the callbacks read themselves: a 404, a block page or a 999 says something too
READ_STATUSES = [400, 401, 403, 404, 410, 429, 451, 500, 502, 503, 999]


def suspicious(spider: Any, obs: ProfileObservation) -> bool:
    key = (obs.platform, obs.handle)
    return (obs.state is ProbeState.FOUND and key not in spider.declared
            and key not in spider.allowed)


#: platforms whose profile page links an ``@name`` in the bio to that platform's own profile
#: (t.me's description, Instagram's, X's and Threads' bios): a mention is a link there.
#: "Send the receipt to @brand_sales_admin" is how a scam channel names the rest of its ring
MENTION_PLATFORMS = frozenset({"telegram", "instagram", "x", "threads"})
#: mentions followed per profile (a bio naming a dozen channels is a directory, not a ring)
MAX_MENTIONS = 3
# an @name that is no e-mail address (a word or a dot before the @, an @ after it) and no
# URL's path
_MENTION = re.compile(r"(?<![\w@./])@([A-Za-z0-9_][A-Za-z0-9_.]{1,62})(?![\w@])")


def bio_mentions(catalog: Any, platform: str, handle: str, bio: str | None) -> list[str]:
    """The handles a bio mentions on its own platform (:data:`MENTION_PLATFORMS`), each as the
    catalog reads the mention's profile URL, without the profile itself; at most
    :data:`MAX_MENTIONS`, in order."""
    if platform not in MENTION_PLATFORMS or not bio or platform not in set(catalog):
        return []
    entry = catalog[platform]
    own = entry.canonical(handle)
    out: list[str] = []
    for name in _MENTION.findall(bio):
        match = catalog.match_profile_url(entry.profile_url(name.rstrip(".")))
        if match and match[0] == platform and entry.canonical(match[1]) != own \
                and match[1] not in out:
            out.append(match[1])
        if len(out) >= MAX_MENTIONS:
            break
    return out


def follow(spider: Any, obs: ProfileObservation) -> Iterator[Any]:
    """Requests (or refusals) for the external links of a suspicious profile, and sightings
    of the profiles its bio mentions (:func:`bio_mentions`). Any profile that says it moved
    (Mastodon's ``moved``: ``fields.moved_to``) leads to its new account, whoever's."""
    moved = obs.fields.moved_to
    if moved and obs.state is ProbeState.FOUND and \
            spider.catalog[obs.platform].canonical(moved) != obs.handle:
        yield from enrich.sighted(spider, obs.platform, moved, Via.LINKED_PAGE, obs.url,
                                  f"moved from {obs.platform}:{obs.handle}")
    if not suspicious(spider, obs):
        return
    for name in bio_mentions(spider.catalog, obs.platform, obs.handle, obs.fields.bio):
        yield from enrich.sighted(spider, obs.platform, name, Via.LINKED_PAGE, obs.url,
                                  f"mentioned by {obs.platform}:{obs.handle}",
                                  spider.catalog[obs.platform].profile_url(name))
    cap = spider.settings.getint("BRANDSWEEP_LINKED_MAX_PER_PROFILE", 3)
    taken = 0
    for link in dict.fromkeys(obs.fields.external_links):
        link = link.strip()
        if not link:
            continue
        if "://" not in link and not link.startswith(("mailto:", "tel:", "javascript:")):
            link = "https://" + link.lstrip("/")
        scheme = urlsplit(link).scheme.lower()
        if scheme not in ("http", "https"):
            yield from refused(spider, link, obs.platform, obs.handle, f"scheme {scheme!r}")
            continue
        if taken >= cap:
            gap = limits.record(spider, limits.LINKED_MAX_PER_PROFILE,
                                f"{obs.platform}:{obs.handle}", link,
                                f"only the first {cap} external links are followed")
            if gap:
                yield gap
            break
        if spider.is_official_url(link):
            continue  # links to the company's own site: evidence for matching, not a lead
        match = spider.catalog.match_profile_url(link)
        if match:
            # the "website" is another social profile: a lead in itself, nothing to fetch
            yield from enrich.sighted(spider, match[0], match[1], Via.LINKED_PAGE, obs.url,
                                      f"linked from {obs.platform}:{obs.handle}", link)
            continue
        if fediverse.candidate(spider.catalog, link):
            # a profile on a fediverse server the catalog does not list: asked, not fetched
            yield from fediverse.sighted(spider, link, Via.LINKED_PAGE, obs.url,
                                         f"linked from {obs.platform}:{obs.handle}")
            continue
        taken += 1
        done = spider.checkpoint.linked_page(link, obs.platform, obs.handle)
        if done is not None:
            yield from replay(spider, done)
            continue
        try:
            # dont_filter: a scam page linked by three impostors is evidence on each of them;
            # with the dupefilter only the first profile observed would get its LinkedPage, so
            # the findings would depend on the order responses happened to arrive in
            request = build(link, callback=spider.parse_linked_page,
                            errback=spider.linked_page_failed, dont_filter=True,
                            meta={"bs_from": (obs.platform, obs.handle), "bs_link": link,
                                  "handle_httpstatus_list": READ_STATUSES},
                            priority=8)
        except ValueError as exc:  # a host no browser accepts (w3lib 2.6): not fetched
            yield from refused(spider, link, obs.platform, obs.handle, invalid(exc))
            continue
        allowed, gap = _take_page(spider, link, f"{obs.platform}:{obs.handle}'s link and "
                                  "later ones not fetched")
        if not allowed:
            if gap:
                yield gap
            continue
        yield request


def follow_search_site(spider: Any, url: str, why: str, source: str,
                       query: str) -> Iterator[Any]:
    """A request for a suspicious site a web search listed (see the module docstring);
    ``source`` is the search page that listed it, ``why`` what makes it suspicious."""
    if urlsplit(url).scheme.lower() not in ("http", "https") or spider.is_official_url(url):
        return
    try:
        request = build(url, callback=spider.parse_search_site,
                        errback=spider.search_site_failed,
                        meta={"bs_search_site": {"why": why, "source": source, "query": query},
                              "handle_httpstatus_list": READ_STATUSES},
                        priority=8)
    except ValueError as exc:  # a host no browser accepts (w3lib 2.6): not fetched
        yield CoverageGap("linked_page", "web_search", invalid(exc), url=url,
                          query=f"site listed by a web search for {query} not fetched")
        return
    allowed, gap = _take_page(spider, url, f"the site {url} that a web search listed was not "
                              "fetched")
    if not allowed:
        if gap:
            yield gap
        return
    yield request


def _take_page(spider: Any, url: str, not_fetched: str) -> tuple[bool, Any]:
    """One page of the audit's linked-page budget (profiles' links and search-listed sites
    share it): ``(True, None)`` and counted, or ``(False, the coverage gap to yield)``."""
    stats = spider.crawler.stats
    audit_cap = spider.settings.getint("BRANDSWEEP_LINKED_MAX_PAGES", 200)
    fetched = int(stats.get_value(REQUESTED, 0)) if stats else 0
    if fetched >= audit_cap:
        return False, limits.record(spider, limits.LINKED_MAX_PAGES, "linked_pages", url,
                                    f"only {audit_cap} linked pages are fetched per audit; "
                                    + not_fetched)
    if stats:
        stats.inc_value(REQUESTED)
    return True, None


# the text a person reads on the page: not its scripts, styles, menus or footer (the footer
# holds the social links themselves, "(c) year" and legal boilerplate)
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer", "head",
                     "iframe", "object"})
# elements that end a line of text: their text is one segment, not run into the next
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "header", "aside", "form",
                     "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
                     "table", "tr", "td", "th", "blockquote", "pre", "br", "hr", "label",
                     "button", "option", "figcaption", "address", "fieldset", "legend"})


def _open(el: Any, tag: str, line: list[str], flush: Any) -> None:
    """An element's start: a block ends the line before it; a form field says what it asks
    for ("Card number", "SMS code") in its placeholder or label, a button in its value."""
    if tag in _BLOCKS:
        flush()
    line.append(el.text or "")
    kind = (el.get("type") or "").lower()
    if tag in ("input", "textarea", "select") and kind != "hidden":
        line.append(el.get("placeholder") or el.get("aria-label") or "")
        if kind in ("submit", "button"):
            line.append(el.get("value") or "")
        flush()


def _segments(root: Any) -> list[str]:
    """The lines of text a page's body shows, in document order (see :func:`page_text`).
    Iterative (a page nested ten thousand deep is no recursion error) and done once it has
    twice :data:`~matching.models.PAGE_TEXT_MAX` characters."""
    out: list[str] = []
    line: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal size
        text = " ".join(" ".join(line).split())
        line.clear()
        if text:
            out.append(text)
            size += len(text)

    body = root.find(".//body") if hasattr(root, "find") else None
    # (element, entered): an element is entered (its start), then closed (its end, its tail)
    stack: list[tuple[Any, bool]] = [(c, False) for c in reversed(body)] if body is not None \
        else []
    while stack and size < 2 * PAGE_TEXT_MAX:
        el, entered = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if entered or tag is None or tag in _HIDDEN:
            if entered and tag in _BLOCKS:
                flush()
            line.append(el.tail or "")
            continue
        _open(el, tag, line, flush)
        stack.append((el, True))
        stack.extend((c, False) for c in reversed(el))
    flush()
    return out


def page_text(selector: Any) -> str | None:
    """What a page shows a person, for the sightings of the profiles it links
    (``Sighting.page_text``): its ``<title>``, then its body's lines of text in document
    order (no script, style, menu or footer; a form field's placeholder or label and a
    button's value where they stand), each line's whitespace collapsed, a line shown twice
    kept once, joined by " · ", at most :data:`~matching.models.PAGE_TEXT_MAX` characters cut
    at a word. ``selector``: a Scrapy response or a ``parsel.Selector``; None for a page
    without text."""
    root = getattr(selector, "root", None)
    if root is None and hasattr(selector, "selector"):
        root = selector.selector.root
    title = " ".join((selector.css("title::text").get() or "").split())
    parts: list[str] = [title] if title else []
    for text in _segments(root):
        if text not in parts:
            parts.append(text)
    out = " · ".join(parts)
    if len(out) > PAGE_TEXT_MAX:
        cut = out[:PAGE_TEXT_MAX + 1].rsplit(" ", 1)[0]
        out = (cut if len(cut) >= PAGE_TEXT_MAX // 2 else out[:PAGE_TEXT_MAX]).rstrip(" ·")
    return out or None


def _page_text(response: Response) -> str | None:
    return page_text(response) if hasattr(response, "xpath") else None


def _social_links(spider: Any, response: Response) -> list[str]:
    """The page's links to profiles: the catalog's, and fediverse paths on other servers
    (:mod:`crawler.spiders.fediverse`, checked before they are sighted)."""
    social: list[str] = []
    if hasattr(response, "css"):
        for href in response.css("a[href]::attr(href)").getall():
            url = urldefrag(urljoin(response.url, href))[0]
            if url not in social and (spider.catalog.match_profile_url(url)
                                      or fediverse.candidate(spider.catalog, url)):
                social.append(url)
    return social


def parse_search_site(spider: Any, response: Response) -> Iterator[Any]:
    """The profiles a suspicious site from a web search links: sightings whose source is the
    page (``matching`` reads a lookalike source as "promoted by a lookalike site")."""
    info = response.meta["bs_search_site"]
    if response.status >= 400:
        return
    social = _social_links(spider, response)
    text = _page_text(response) if social else None
    for url in social:
        match = spider.catalog.match_profile_url(url)
        detail = f"linked from {info['why']} (listed by a web search for {info['query']})"
        if match:
            yield from enrich.sighted(spider, match[0], match[1], Via.LINKED_PAGE, response.url,
                                      detail, url, page_text=text)
        else:
            yield from fediverse.sighted(spider, url, Via.LINKED_PAGE, response.url, detail,
                                         page_text=text)


def search_site_failed(spider: Any, failure: Failure) -> Iterator[Any]:
    request = failure.request  # type: ignore[attr-defined]
    info = request.meta["bs_search_site"]
    reason = enrich.failure_reason(failure)
    if not reason.startswith(("refused", "robots")) and reason not in limits.LIMITS:
        reason = f"fetch failed: {reason}"
    yield CoverageGap("linked_page", "web_search", reason, url=written(request),
                      query=f"site listed by a web search for {info['query']} not fetched")


def parse(spider: Any, response: Response) -> Iterator[Any]:
    platform, handle = response.meta["bs_from"]
    link = response.meta.get("bs_link", response.url)
    title: str | None = None
    if hasattr(response, "css"):
        title = (response.css("title::text").get() or "").strip() or None
    social = _social_links(spider, response)
    # an error page's text says nothing about the profile or the profiles it links
    text = _page_text(response) if response.status < 400 else None
    # where it led: the link itself unless redirected (w3lib 2.6 writes an unredirected
    # https://a.example as https://a.example/, no hop: crawler/written.py)
    final_url = response.url if response.meta.get("redirect_urls") else link
    yield LinkedPage(link, platform, handle, final_url=final_url,
                     http_status=response.status, title=title, social_links=tuple(social),
                     text=text)
    for url in social:
        match = spider.catalog.match_profile_url(url)
        if match:
            yield from enrich.sighted(spider, match[0], match[1], Via.LINKED_PAGE, response.url,
                                      f"linked from {platform}:{handle}", url, page_text=text)
        else:
            yield from fediverse.sighted(spider, url, Via.LINKED_PAGE, response.url,
                                         f"linked from {platform}:{handle}", page_text=text)


def replay(spider: Any, page: LinkedPage) -> Iterator[Any]:
    """A resumed audit already holds this linked page: its social links are sighted again
    (their own fetches are skipped in turn when stored), nothing is fetched."""
    skipped(spider, "linked_page")
    for url in page.social_links:
        match = spider.catalog.match_profile_url(url)
        detail = f"linked from {page.from_platform}:{page.from_handle}"
        if match:
            yield from enrich.sighted(spider, match[0], match[1], Via.LINKED_PAGE,
                                      page.final_url or page.url, detail, url)
        else:
            yield from fediverse.sighted(spider, url, Via.LINKED_PAGE,
                                         page.final_url or page.url, detail)


def refused(spider: Any, link: str, platform: str, handle: str, reason: str,
            final_url: str | None = None) -> Iterator[Any]:
    """A link not fetched: the LinkedPage says why (evidence on the profile), and a
    CoverageGap puts it in the report's coverage section."""
    yield LinkedPage(link, platform, handle, final_url=final_url, refused=reason)
    if spider.crawler.stats:
        spider.crawler.stats.inc_value(stats_keys.LINKED_PAGES_REFUSED)
    yield CoverageGap("linked_page", f"{platform}:{handle}", reason, url=link,
                      query=f"external link of {platform}:{handle} not fetched")


def failed(spider: Any, failure: Failure) -> Iterator[Any]:
    request = failure.request  # type: ignore[attr-defined]
    platform, handle = request.meta["bs_from"]
    link = request.meta.get("bs_link", request.url)
    reason = enrich.failure_reason(failure)
    if not reason.startswith(("refused", "robots")) and reason not in limits.LIMITS:
        reason = f"fetch failed: {reason}"
    final_url = None
    if redirected(request):
        # refused or failed after redirects: say where the link really led (not a URL
        # comparison: w3lib 2.6 writes the link itself otherwise, crawler/written.py)
        final_url = request.url
        reason = f"{reason} (redirected to {request.url})"
    yield from refused(spider, link, platform, handle, reason, final_url)
