"""Resuming an interrupted audit from the store: what was already observed is not fetched again.

``brandsweep audit --resume`` continues the newest unfinished audit of the inventory, whatever
ended it (Ctrl-C, a crash, SIGKILL, a reboot). The store is the checkpoint because it is the one
thing a hard kill cannot leave half-written: every item is its own SQLite transaction. A Scrapy
JOBDIR is not used: it saves its request queue only on a clean close, while its seen-requests
file is written as requests are scheduled, so after a SIGKILL it would filter out requests that
were queued but never downloaded, and lose their findings.

The resumed crawl runs every discovery path again (official sites are cheap and their results
are not stored as such). Each profile fetch and linked-page fetch first asks the checkpoint:
when the audit already holds its outcome, the request is not sent and what that response would
have led to is replayed from the stored item instead (a suspicious profile's external links,
the social links of a linked page, a variant's sighting). Writes are upserts, so replaying a
sighting twice stores it once. A variant probe that settled without a profile (the catalog's
rules read "not found") leaves no observation: its outcome is stored apart (``probe_outcomes``,
a ``ProbeOutcome`` item, from the crawl's callback and from the forked probe workers alike) and
the resumed crawl does not ask it again (``resume/skipped/probe``).

A search page that answered (a platform's search API, a web search engine's page of results)
is stored with what it listed (``search_pages``, a ``SearchPage`` item: the query, the page,
the platform or engine, its results, how to reach the next page). The resumed crawl does not
ask it again (``resume/skipped/search``) but replays it through the same code as a live
answer (``platform_search.listed``, ``web_search.results``): its profiles are sighted and
probed unless their observations are stored, its suspicious sites and pages about the brand
are visited unless stored, the next page is asked or replayed in turn, and the path's page
counts (which the coverage section reads) count it. A page the engine or platform did not
really answer (rate-limited, blocked, a captcha, an error) is never stored: asked again. A
stored DuckDuckGo page whose next page has not answered is asked again too: the next page needs
the token (``vqd``) its "Next" form carries, which the engine may have forgotten by the resume
(``web_search._stale_next``); so is a stored page of a platform search that pages with a cursor
its server issued (Bluesky) while the pages after it have not all answered
(``platform_search.stale_cursor``). Page numbers and offsets are the client's own: replayed.

A platform's calibration (its answer for a random handle nobody owns) is about the platform,
not the audit: ``calibrations`` keeps the newest definite one per platform (not found, or
found), with the audit that made it and when. A resumed audit reuses one made less than
:data:`CALIBRATION_MAX_AGE` (24 hours) before, by whichever audit of the database
(``resume/skipped/calibration``); older, or one that could not be read, is asked again. A
fresh audit never reuses one: it calibrates every platform, as an audit always did, since a
platform changes what it answers for a missing user without notice, and an audit started
anew is a new look. A calibration is also kept with a digest of the catalog entry's rules it
was read with (:func:`calibration_rules`: the profile URL, the probe's views and their found /
not-found rules, the handle rule, ...): a resume after the entry changed (a user's own catalog
file edited between the stop and the resume) calibrates again.

The company's own website pages (``websites``: a page, a sitemap) that answered are stored
with what the crawl read from them (``site_pages``, a ``SitePage`` item: each link with its
text, the page's text when it linked a profile, a sitemap's URLs). A resumed audit does not
fetch one stored less than :data:`SITE_PAGE_MAX_AGE` (24 hours, the calibrations' age) before
(``resume/skipped/site``) but replays it through the same code as a live answer
(``websites.follow_page``, ``websites.follow_sitemap``): its profiles are sighted (and probed
unless stored), the official pages it links asked or replayed in turn, at the depth the
resumed crawl reaches them. Once per process, as the dupefilter lets a live crawl fetch a page
once. Older, or a page that did not answer (an error, a 404, robots.txt refused it), is asked
again. The site budget (pages per host) counts the pages a process fetches: a resume may
fetch up to a budget of pages the first run did not reach.

What a resume asks again: the official site pages that had not answered or are older than
:data:`SITE_PAGE_MAX_AGE`, every search page and calibration that had not
answered or had not answered for certain, every probe that could not be checked
(rate-limited, blocked, a login wall, an error, a timeout, retries exhausted: only definite
answers are kept), and whatever had not answered yet.

Distributed audits (``--redis-url``): workers on other machines never open the store. Their
items (these included) travel to the coordinator, which stores them: a distributed audit
records the same way. A resumed coordinator publishes its checkpoint in Redis before it
publishes the audit (:meth:`Checkpoint.items`, ``crawler.distributed.audit.publish_checkpoint``,
the key ``<audit>:checkpoint``) and each worker's spider skips and replays with it
(:meth:`Checkpoint.from_items`, ``crawler.distributed.worker.WorkerSpider``): a worker asks
no profile, linked page, settled probe or search page the store already held, whichever
process's callback leads to it. Like the coordinator's, it is the checkpoint of the resume's
start: what the resumed run itself settles is deduplicated by the shared dupefilter.

A profile sighted before the interruption whose probe had not answered yet has a sighting and
no observation. The discovery path that sighted it usually sights it again, but nothing
guarantees it (a search engine lists other results, a budget ran out elsewhere, a callback
failed): so the resumed crawl also asks every such profile itself
(:func:`crawler.spiders.enrich.unfinished`; the dupefilter drops the second request when a path
sights it again). Each is observed, or its failure is a coverage gap; none is silently dropped,
which would let the audit call the profile gone (``resolved``).

A stored profile's links are replayed once per process, as a live crawl fetches a profile once
(the dupefilter): a ring of scam pages and profiles that link one another (a profile links a
page, the page links the profile back) is a cycle, and replaying it again at every sighting
recursed until Python gave up, which killed the callback that sighted it (a search page, say)
and with it every sighting it had not yet made: those profiles were never probed again.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from w3lib.url import canonicalize_url

from matching.models import LinkedPage, ProbeState, ProfileObservation, Via

from .. import stats_keys
from ..items import Calibration, ProbeOutcome, SearchPage, SitePage
from ..store import Store

if TYPE_CHECKING:
    from ..catalog import Platform

#: how long a platform's stored calibration is reused by a resumed audit; older, it is asked
#: again (a platform changes what it answers for a missing user without notice)
CALIBRATION_MAX_AGE = timedelta(hours=24)
#: how long an official site page that answered is replayed by a resumed audit rather than
#: fetched again (a company changes its site: older, it is asked again)
SITE_PAGE_MAX_AGE = CALIBRATION_MAX_AGE
#: the calibration states a resumed audit reuses: definite answers only
SETTLED_CALIBRATIONS = frozenset({ProbeState.NOT_FOUND.value, ProbeState.FOUND.value})


#: the catalog entry's parts a calibration does not depend on: how the platform is named,
#: searched, reported and paced, where the entry came from
NOT_CALIBRATION = frozenset({"title", "search", "web_search_site", "web_search_communities",
                             "concurrency", "delay", "report", "host_rates", "source"})


def calibration_rules(platform: Platform) -> str:
    """16 hex digits of sha256 over what a calibration of ``platform`` depends on: its entry
    but for :data:`NOT_CALIBRATION` (the profile URL, the probe's views with their found and
    not-found rules, the handle rule, the parameters, ...). The same in every process and run
    (no object identity in it), different once a rule changed."""
    data = {f.name: _plain(getattr(platform, f.name)) for f in dataclasses.fields(platform)
            if f.init and f.name not in NOT_CALIBRATION}
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=_opaque)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _plain(value: Any) -> Any:
    """``value`` as JSON data: patterns by their text, dataclasses (but for
    :data:`NOT_CALIBRATION`) and mappings as objects, sets sorted."""
    if isinstance(value, re.Pattern):
        return {"re": value.pattern, "flags": value.flags}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.init and f.name not in NOT_CALIBRATION}  # (a handle rule's title too)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(json.dumps(_plain(v), sort_keys=True, default=_opaque) for v in value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _opaque(value: Any) -> str:
    """Anything else by its type only (its repr may hold an address, different each run)."""
    return type(value).__qualname__


def fresh_calibrations(stored: dict[str, tuple[str, str | None, int | None, str, str]],
                       now: datetime | None = None
                       ) -> dict[str, tuple[ProbeState, str | None, str]]:
    """platform -> (state, reason, rules) of the stored calibrations a resumed audit may reuse:
    settled, and made less than :data:`CALIBRATION_MAX_AGE` before ``now`` (by whichever
    audit of the database: a calibration is about the platform). Whether it was made under the
    entry's present rules is asked with :meth:`Checkpoint.calibration`."""
    now = now or datetime.now(UTC)
    out: dict[str, tuple[ProbeState, str | None, str]] = {}
    for platform, (state, reason, _audit, at, rules) in stored.items():
        try:
            when = datetime.fromisoformat(at)
        except (TypeError, ValueError):
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        if state in SETTLED_CALIBRATIONS and timedelta(0) <= now - when < CALIBRATION_MAX_AGE:
            out[platform] = (ProbeState(state), reason, rules)
    return out


def fresh_site_pages(stored: list[tuple[SitePage, str]], now: datetime | None = None
                     ) -> dict[tuple[str, str], SitePage]:
    """(url, kind) -> the stored official site pages a resumed audit replays: those stored less
    than :data:`SITE_PAGE_MAX_AGE` before ``now``."""
    now = now or datetime.now(UTC)
    out = {}
    for page, at in stored:
        when = _when(at)
        if when is not None and timedelta(0) <= now - when < SITE_PAGE_MAX_AGE:
            # also under the URL it redirected to: a live crawl's dupefilter had seen that one
            out.setdefault(site_key(page.final_url, page.kind), page)
            out[site_key(page.url, page.kind)] = page
    return out


def site_key(url: str, kind: str) -> tuple[str, str]:
    """An official page's key as the crawl's dupefilter sees the URL (Scrapy's default request
    fingerprint canonicalizes it): ``https://a.example`` and ``https://a.example/`` are one
    page, as are the same query's parameters in another order.

    >>> site_key("https://a.example", "page") == site_key("https://a.example/#top", "page")
    True
    """
    return canonicalize_url(url), kind


def _when(at: str | None) -> datetime | None:
    try:
        when = datetime.fromisoformat(at or "")
    except (TypeError, ValueError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


@dataclass
class Checkpoint:
    """The stored outcomes of one audit, keyed as the spider asks for them."""

    observations: dict[tuple[str, str], ProfileObservation] = field(default_factory=dict)
    linked_pages: dict[tuple[str, str, str], LinkedPage] = field(default_factory=dict)
    #: (platform, handle) sighted before the interruption (not by a variant probe: those are
    #: probed again anyway) but never observed, in sighting order
    unobserved: tuple[tuple[str, str], ...] = ()
    #: (platform, handle) of variant probes that settled without a profile (definite answers)
    settled: frozenset[tuple[str, str]] = frozenset()
    #: (path, source, query, page) -> the search page that answered before the interruption
    searches: dict[tuple[str, str, str, int], SearchPage] = field(default_factory=dict)
    #: platform -> its calibration a resume reuses (:func:`fresh_calibrations`) and the rules
    #: it was made under
    calibrations: dict[str, tuple[ProbeState, str | None, str]] = field(default_factory=dict)
    #: (url, kind) -> an official site page that answered recently (:func:`fresh_site_pages`;
    #: the URL as :func:`site_key` has it)
    site_pages: dict[tuple[str, str], SitePage] = field(default_factory=dict)
    #: profiles whose stored outcome this process has replayed (see the module docstring)
    replayed: set[tuple[str, str]] = field(default_factory=set, compare=False, repr=False)
    #: the official site pages (url, kind) this process has replayed
    sites_replayed: set[tuple[str, str]] = field(default_factory=set, compare=False,
                                                 repr=False)

    @classmethod
    def load(cls, db: str, audit_id: int, now: datetime | None = None) -> Checkpoint:
        store = Store(db)
        try:
            observations = {(o.platform, o.handle): o for o in store.observations(audit_id)}
            pages = {(p.url, p.from_platform, p.from_handle): p
                     for p in store.linked_pages(audit_id)}
            # a variant probe's sighting: the probes run again (with their calibration)
            unobserved = tuple(dict.fromkeys(
                (s.platform, s.handle) for s in store.sightings(audit_id)
                if (s.platform, s.handle) not in observations and s.via is not Via.PROBE))
            settled = frozenset(key for key, (state, _) in store.probe_outcomes(audit_id).items()
                                if state == ProbeState.NOT_FOUND.value)
            searches = {(p.path, p.source, p.query, p.page): p
                        for p in store.search_pages(audit_id)}
            calibrations = fresh_calibrations(store.calibrations(), now)
            site_pages = fresh_site_pages(store.site_pages(audit_id), now)
        finally:
            store.close()
        return cls(observations, pages, unobserved, settled, searches, calibrations,
                   site_pages)

    @classmethod
    def from_settings(cls, settings: Any) -> Checkpoint:
        """The checkpoint of ``BRANDSWEEP_AUDIT_ID`` when ``BRANDSWEEP_RESUME`` is on, else an
        empty one (a fresh audit has nothing to skip)."""
        audit_id = settings.get("BRANDSWEEP_AUDIT_ID")
        if not settings.getbool("BRANDSWEEP_RESUME") or audit_id in (None, ""):
            return cls()
        return cls.load(settings.get("BRANDSWEEP_DB") or "brandsweep.db", int(audit_id))

    def items(self) -> list[Any]:
        """The checkpoint as crawl items, for a distributed audit's workers, which never open
        the store (``crawler.distributed.audit.publish_checkpoint``): :meth:`from_items` builds
        it back. The unobserved profiles stay out: only the coordinator's start asks them."""
        return [*self.observations.values(), *self.linked_pages.values(),
                *(ProbeOutcome(p, h, ProbeState.NOT_FOUND.value) for p, h in sorted(self.settled)),
                *self.searches.values(),
                *(Calibration(p, state.value, reason, rules)
                  for p, (state, reason, rules) in self.calibrations.items()),
                *self.site_pages.values()]

    @classmethod
    def from_items(cls, items: Any) -> Checkpoint:
        """The checkpoint :meth:`items` gave (a worker's, from Redis); other items are ignored."""
        out, settled = cls(), set()
        for item in items:
            if isinstance(item, ProfileObservation):
                out.observations[(item.platform, item.handle)] = item
            elif isinstance(item, LinkedPage):
                out.linked_pages[(item.url, item.from_platform, item.from_handle)] = item
            elif isinstance(item, ProbeOutcome) and item.state == ProbeState.NOT_FOUND.value:
                settled.add((item.platform, item.handle))
            elif isinstance(item, SearchPage):
                out.searches[(item.path, item.source, item.query, item.page)] = item
            elif isinstance(item, Calibration) and item.state in SETTLED_CALIBRATIONS:
                out.calibrations[item.platform] = (ProbeState(item.state), item.reason,
                                                   item.rules)
            elif isinstance(item, SitePage):
                out.site_pages[site_key(item.url, item.kind)] = item
        out.settled = frozenset(settled)
        return out

    def __len__(self) -> int:
        return (len(self.observations) + len(self.linked_pages) + len(self.settled)
                + len(self.searches) + len(self.calibrations) + len(self.site_pages))

    def observation(self, platform: str, handle: str) -> ProfileObservation | None:
        return self.observations.get((platform, handle))

    def not_found(self, platform: str, handle: str) -> bool:
        """True when the audit already holds a definite "not found" for this probe."""
        return (platform, handle) in self.settled

    def search_page(self, path: str, source: str, query: str, page: int) -> SearchPage | None:
        """The search page that answered before the interruption, or None (ask it)."""
        return self.searches.get((path, source, query, page))

    def calibration(self, platform: str, rules: str) -> tuple[ProbeState, str | None] | None:
        """The platform's stored calibration a resume reuses, or None (calibrate again): one
        made under other rules than ``rules`` (:func:`calibration_rules` of the entry now) is
        not reused."""
        stored = self.calibrations.get(platform)
        if stored is None or stored[2] != rules:
            return None
        return stored[0], stored[1]

    def site_page(self, url: str, kind: str) -> SitePage | None:
        """The official site page (``kind``: page or sitemap) that answered recently before
        the interruption, or None (ask it)."""
        return self.site_pages.get(site_key(url, kind))

    def first_site_replay(self, page: SitePage) -> bool:
        """True the first time this process replays the stored ``page`` (asked by its URL or
        the one it redirected to), False after."""
        key = site_key(page.url, page.kind)
        if key in self.sites_replayed:
            return False
        self.sites_replayed.add(key)
        return True

    def first_replay(self, platform: str, handle: str) -> bool:
        """True the first time this process replays ``platform:handle``, False after."""
        key = (platform, handle)
        if key in self.replayed:
            return False
        self.replayed.add(key)
        return True

    def linked_page(self, url: str, platform: str, handle: str) -> LinkedPage | None:
        return self.linked_pages.get((url, platform, handle))


def skipped(spider: Any, what: str) -> None:
    stats = spider.crawler.stats
    if stats:
        stats.inc_value(f"{stats_keys.RESUME_SKIPPED}{what}")
