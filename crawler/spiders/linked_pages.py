"""Discovery path (e): one hop from a suspicious profile's external links.

An impostor's bio link is often the scam itself: a lookalike "rewards" site that links to the
rest of the ring (a Telegram "support" channel, an X giveaway account). A profile is suspicious
when it is not declared, not on the allow list, and links outside the official domains. Each
such link (http/https only, at most ``BRANDSWEEP_LINKED_MAX_PER_PROFILE``) is fetched once,
robots.txt obeyed, the SSRF guard (``crawler.netguard``) in front; the page becomes a
``LinkedPage`` and the social profiles it lists become ``Sighting(via=linked_page)`` whose
enrichment goes no further (one hop, not a crawl).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin, urlsplit

from scrapy import Request

from matching.models import LinkedPage, ProbeState, ProfileObservation, Via

from .. import limits
from . import enrich
from .items import CoverageGap

if TYPE_CHECKING:
    from scrapy.http import Response
    from twisted.python.failure import Failure


def suspicious(spider: Any, obs: ProfileObservation) -> bool:
    key = (obs.platform, obs.handle)
    return (obs.state is ProbeState.FOUND and key not in spider.declared
            and key not in spider.allowed)


def follow(spider: Any, obs: ProfileObservation) -> Iterator[Any]:
    """Requests (or refusals) for the external links of a suspicious profile."""
    if not suspicious(spider, obs):
        return
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
                                      f"linked from {obs.platform}:{obs.handle}", link, hops=1)
            continue
        taken += 1
        done = spider.checkpoint.linked_page(link, obs.platform, obs.handle)
        if done is not None:
            yield from replay(spider, done)
            continue
        # dont_filter: a scam page linked by three impostors is evidence on each of them; with
        # the dupefilter only the first profile observed would get its LinkedPage, so the
        # findings would depend on the order responses happened to arrive in
        yield Request(link, callback=spider.parse_linked_page, errback=spider.linked_page_failed,
                      dont_filter=True,
                      meta={"bs_from": (obs.platform, obs.handle), "bs_link": link,
                            "handle_httpstatus_list": [400, 401, 403, 404, 410, 429, 451, 500,
                                                       502, 503, 999]},
                      priority=8)


def parse(spider: Any, response: Response) -> Iterator[Any]:
    platform, handle = response.meta["bs_from"]
    link = response.meta.get("bs_link", response.url)
    title: str | None = None
    social: list[str] = []
    if hasattr(response, "css"):
        title = (response.css("title::text").get() or "").strip() or None
        for href in response.css("a[href]::attr(href)").getall():
            url = urldefrag(urljoin(response.url, href))[0]
            if spider.catalog.match_profile_url(url) and url not in social:
                social.append(url)
    yield LinkedPage(link, platform, handle, final_url=response.url,
                     http_status=response.status, title=title, social_links=tuple(social))
    for url in social:
        match = spider.catalog.match_profile_url(url)
        if match:
            yield from enrich.sighted(spider, match[0], match[1], Via.LINKED_PAGE, response.url,
                                      f"linked from {platform}:{handle}", url, hops=1)


def replay(spider: Any, page: LinkedPage) -> Iterator[Any]:
    """A resumed audit already holds this linked page: its social links are sighted again
    (their own fetches are skipped in turn when stored), nothing is fetched."""
    from .checkpoint import skipped

    skipped(spider, "linked_page")
    for url in page.social_links:
        match = spider.catalog.match_profile_url(url)
        if match:
            yield from enrich.sighted(spider, match[0], match[1], Via.LINKED_PAGE,
                                      page.final_url or page.url,
                                      f"linked from {page.from_platform}:{page.from_handle}",
                                      url, hops=1)


def refused(spider: Any, link: str, platform: str, handle: str, reason: str,
            final_url: str | None = None) -> Iterator[Any]:
    """A link not fetched: the LinkedPage says why (evidence on the profile), and a
    CoverageGap puts it in the report's coverage section."""
    yield LinkedPage(link, platform, handle, final_url=final_url, refused=reason)
    if spider.crawler.stats:
        spider.crawler.stats.inc_value("brandsweep/linked_pages/refused")
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
    if request.url != link:
        # refused or failed after redirects: say where the link really led
        final_url = request.url
        reason = f"{reason} (redirected to {request.url})"
    yield from refused(spider, link, platform, handle, reason, final_url)
