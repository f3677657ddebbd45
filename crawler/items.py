"""Item types the crawler emits besides the shared ones of ``matching.models``.

``Sighting``, ``ProfileObservation`` and ``LinkedPage`` are the shared domain items. These two are
crawler business: the raw body that backs an observation (evidence, not a domain fact), and a
coverage gap (a discovery path that could not do its job, which the report must show so that
"nothing found" is never confused with "could not look").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageBody:
    """The bytes a profile observation was read from; the pipeline stores them as a snapshot.

    Yielded right before the ``ProfileObservation`` with the same ``sha256`` (or before the
    avatar fetch that delays it); the pipeline joins them by ``sha256``."""

    platform: str
    handle: str
    sha256: str
    url: str
    body: bytes

    def __repr__(self) -> str:  # keep multi-kilobyte bodies out of logs
        size = len(self.body)
        return f"PageBody({self.platform}:{self.handle}, {size} bytes, {self.sha256[:12]})"


@dataclass(frozen=True)
class CoverageGap:
    """A discovery step that could not be done: "could not search", never "nothing found".

    ``path`` is the discovery path (web_search, platform_search, probe, official_site);
    ``engine`` the engine or platform; ``reason`` e.g. ``captcha``, ``unresponsive_engines: ...``,
    ``rate_limited``, ``login_wall`` (every probe of the platform is walled, so variants were not
    probed).
    """

    path: str
    engine: str
    reason: str
    query: str = ""
    url: str = ""
    page: int = 1


@dataclass(frozen=True)
class ProbeOutcome:
    """A variant probe that settled without a profile (``state`` is ``not_found``, ``reason``
    what the catalog's rules gave): stored so that ``--resume`` does not ask it again
    (crawler/spiders/checkpoint.py). "Could not check" is never one."""

    platform: str
    handle: str
    state: str
    reason: str | None = None


@dataclass(frozen=True)
class SearchHit:
    """One result of a settled search page, as the search path reads it: a platform search
    API's profile (``handle`` set) or a web search engine's result (``handle`` empty)."""

    url: str
    handle: str = ""
    title: str | None = None
    snippet: str | None = None


@dataclass(frozen=True)
class SearchPage:
    """A search page that answered (settled: the engine or platform really searched), with
    what it listed, stored so that ``--resume`` does not ask it again but replays it
    (crawler/spiders/checkpoint.py). ``path`` is ``platform_search`` (``source`` the platform)
    or ``web_search`` (``source`` the engine); ``url`` the page as its sightings name it;
    ``next_url`` / ``next_form`` / ``has_more`` how the path reaches the following page
    (a platform's next URL, DuckDuckGo's "Next" form, SearXNG's "there may be more").
    ``state``: ``found`` (the page listed results, maybe none we could use) or ``not_found``
    (the platform answered honestly that nothing matched). A page that was rate-limited,
    blocked, walled or failed is never one: asked again."""

    path: str
    source: str
    query: str
    page: int
    url: str
    hits: tuple[SearchHit, ...] = ()
    next_url: str = ""
    next_form: tuple[tuple[str, str], ...] = ()
    has_more: bool = False
    state: str = "found"


@dataclass(frozen=True)
class Calibration:
    """What a platform answered for a random handle nobody owns (``state``: ``not_found`` or
    ``found``; a calibration that could not be read is never one), stored per platform so
    that ``--resume`` reuses it (crawler/spiders/checkpoint.py)."""

    platform: str
    state: str
    reason: str | None = None
    #: the catalog entry's rules it was made under (``checkpoint.calibration_rules``): a
    #: resume reuses it only under the same rules
    rules: str = ""


@dataclass(frozen=True)
class SitePage:
    """A page of the company's own website (or its sitemap) that answered, with what the crawl
    read from it, stored so that ``--resume`` replays it instead of fetching it again while it
    is recent (``crawler.spiders.checkpoint.SITE_PAGE_MAX_AGE``).

    ``url``: the URL asked (before any redirect: the key the crawl asks with); ``final_url``:
    the page's own URL (its sightings name it). ``kind``: ``page`` (``links``: each link's
    absolute URL and text, as ``websites._links`` read it; ``text``: what the page shows, kept
    when one of its links was a profile) or ``sitemap`` (``links``: the URLs it lists, text
    empty; ``index``: a sitemap index)."""

    url: str
    kind: str
    final_url: str
    links: tuple[tuple[str, str], ...] = ()
    text: str | None = None
    index: bool = False
