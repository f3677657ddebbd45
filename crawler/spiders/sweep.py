"""The sweep spider: one crawl that runs every discovery path and enriches what they find.

Paths (each a module of this package): ``probes`` (declared handles and variants),
``platform_search`` (platform search APIs), ``web_search`` (DuckDuckGo HTML or SearXNG JSON),
``websites`` (official sites), ``linked_pages`` (one hop from suspicious profiles); ``enrich``
turns each sighting into one observation.

Stateless apart from its requests: the spider holds configuration (catalog, inventory, the
candidate list derived from them) and nothing it discovers. Everything needed to handle a
response travels in ``request.meta``; "fetch each profile once" is Scrapy's dupefilter keyed on
the fetch URL. So the spider can run under scrapy-redis or resume from a JOBDIR.

What a response leads to depends on the response and the configuration only, never on which
path reached the profile first (the dupefilter keeps whichever request came first, and that
order varies between runs, more so across processes): every suspicious profile gets its
external links followed, and a profile the variant generator guessed gets its variant
sighting whichever request fetched it (``variant_of``).

The runner hands the spider its loaded plan (``plan=SweepPlan``, crawler/plan.py); everything
the discovery paths read is one typed ``SweepContext`` (``spider.ctx``, crawler/spiders/context.py)
built in ``from_crawler``. Without a plan, the spider loads one from these arguments (strings,
as ``scrapy crawl sweep -a name=value`` gives them)::

    inventory        path of the inventory YAML (required without a plan)
    platforms        comma-separated subset of the catalog (default: all)
    platforms_files  comma-separated extra catalog files
    sites_file       WhatsMyName-format site list
    max_variants     variants per platform and brand (default BRANDSWEEP_MAX_VARIANTS)
    search_engine    duckduckgo | searxng | none
    searxng_url      base URL of a SearXNG instance with the json format enabled
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy.settings import SETTINGS_PRIORITIES

from matching.normalise import registered_domain
from matching.variants import DEFAULT_MAX_VARIANTS

from ..hosts import platform_hosts  # noqa: F401 - where the spider's users look for it
from ..options import UsageError
from ..pipelines import StorePipeline
from ..plan import SweepPlan
from . import enrich, fediverse, linked_pages, platform_search, probes, web_search, websites
from .checkpoint import Checkpoint
from .context import SweepContext

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure

    from matching.models import Candidate, Inventory
    from matching.user_words import UserWords

    from ..catalog import Catalog

#: politeness towards web search engines (no published limits; DuckDuckGo blocks by IP)
SEARCH_SLOTS = {"html.duckduckgo.com": {"concurrency": 1, "delay": 2.0}}


def _split(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split(",") if v.strip()]


def _store_pipeline(crawler: Any) -> StorePipeline | None:
    """The crawl's store pipeline (its batches of the probe workers' answers), if it runs."""
    itemproc = getattr(getattr(crawler.engine, "scraper", None), "itemproc", None)
    for mw in getattr(itemproc, "middlewares", ()):
        if isinstance(mw, StorePipeline):
            return mw
    return None


class SweepSpider(scrapy.Spider):
    name = "sweep"
    #: the probe lane (crawler/probe_lane.py), set in from_crawler when it runs
    lane: Any = None

    def __init__(self, plan: SweepPlan | None = None, inventory: str = "", platforms: Any = "",
                 platforms_files: Any = "", sites_file: str = "", max_variants: Any = None,
                 search_engine: str = "duckduckgo", searxng_url: str = "",
                 words_file: str = "", prefetch: Any = None, **kwargs: Any):
        """``plan``: the loaded plan (the runner's); otherwise the paths and options to load
        it from, once, in ``from_crawler`` (``scrapy crawl sweep -a inventory=PATH``, the
        ``python -m crawler.crawl`` subprocess, a distributed worker)."""
        super().__init__(**kwargs)
        if plan is None and not inventory:
            raise ValueError("the sweep spider needs a plan or -a inventory=PATH")
        self._plan = plan
        #: what the forked probe workers answered before the crawl (crawler/lane_fork.py)
        self.prefetch = prefetch
        self._plan_args = {
            "inventory": inventory, "platforms": _split(platforms),
            "platforms_files": _split(platforms_files), "sites_file": sites_file or None,
            "max_variants": max_variants, "search_engine": search_engine,
            "searxng_url": searxng_url, "words_file": words_file or None,
        }

    # ------------------------------------------------------------------ settings

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SweepSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        plan = spider._plan or spider._load_plan(s)
        spider.ctx = SweepContext.build(plan, settings=s, crawler=crawler,
                                        checkpoint=Checkpoint.from_settings(s))
        spider.configure_politeness(crawler)
        spider.lane = None
        if any(spider.catalog[name].existence_only for name in spider.active):
            # existence-only probes through the lean lane (crawler/probe_lane.py), with the
            # politeness above
            from ..probe_lane import ProbeLane

            spider.lane = ProbeLane.from_crawler(crawler, spider)
        return spider

    def _load_plan(self, settings: Any) -> SweepPlan:
        args = dict(self._plan_args)
        variants = args.pop("max_variants")
        try:
            return SweepPlan.load(
                args.pop("inventory"), args.pop("platforms"), args.pop("platforms_files"),
                args.pop("sites_file"),
                max_variants=int(variants) if variants not in (None, "")
                else settings.getint("BRANDSWEEP_MAX_VARIANTS", DEFAULT_MAX_VARIANTS),
                **args,
            )
        except UsageError as exc:
            raise ValueError(str(exc)) from None

    # the plan and the context, as the discovery paths read them
    @property
    def catalog(self) -> Catalog:
        return self.ctx.catalog

    @property
    def inventory(self) -> Inventory:
        return self.ctx.inventory

    @property
    def active(self) -> tuple[str, ...]:
        return self.ctx.active

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        return self.ctx.candidates

    @property
    def candidates_by_platform(self) -> dict[str, list[Candidate]]:
        return self.ctx.candidates_by_platform

    @property
    def variant_of(self) -> Mapping[tuple[str, str], Candidate]:
        return self.ctx.variant_of

    @property
    def declared(self) -> frozenset[tuple[str, str]]:
        return self.ctx.declared

    @property
    def allowed(self) -> frozenset[tuple[str, str]]:
        return self.ctx.allowed

    @property
    def official_domains(self) -> frozenset[str]:
        return self.ctx.official_domains

    @property
    def brand_keys(self) -> tuple[str, ...]:
        return self.ctx.brand_keys

    @property
    def brand_names(self) -> tuple[str, ...]:
        return self.ctx.brand_names

    @property
    def words(self) -> UserWords | None:
        """The user's own phrases (``--words``), read where the crawl judges a text."""
        return self.ctx.plan.words

    @property
    def checkpoint(self) -> Checkpoint:
        return self.ctx.checkpoint

    @property
    def search_engine(self) -> str:
        return self.ctx.plan.search_engine

    @property
    def searxng_url(self) -> str:
        return self.ctx.plan.searxng_url

    @property
    def max_variants(self) -> int:
        return self.ctx.plan.max_variants

    def configure_politeness(self, crawler: Crawler) -> None:
        """Per-host concurrency and delay from the catalog (DOWNLOAD_SLOTS), unless the
        settings already name the host; a platform whose credential is set (``auth:``,
        e.g. GITHUB_TOKEN) gets its auth rate on the credential's hosts. When every host is
        routed to a local simulated web (``BRANDSWEEP_RESOLVE = {"*": ...}``), delays shrink by
        BRANDSWEEP_LOCAL_DELAY_SCALE: politeness towards our own 127.0.0.1 server is moot,
        concurrency limits still apply."""
        s = crawler.settings
        if s.frozen:
            return
        local = "*" in (s.getdict("BRANDSWEEP_RESOLVE") or {})
        scale = s.getfloat("BRANDSWEEP_LOCAL_DELAY_SCALE", 0.0) if local else 1.0
        slots = dict(s.getdict("DOWNLOAD_SLOTS") or {})
        planned: dict[str, dict[str, Any]] = {}
        for name in self.active:
            p = self.catalog[name]
            for host in platform_hosts(p):
                # the catalog's auth rate on the hosts its credential goes to, when it is set
                concurrency, delay = p.rate_for(host)
                planned[host] = {"concurrency": max(1, int(concurrency)),
                                 "delay": float(delay) * scale}
        for host, conf in SEARCH_SLOTS.items():
            planned[host] = {"concurrency": conf["concurrency"], "delay": conf["delay"] * scale}
        for host, conf in planned.items():
            # no jitter on a catalog host: DOWNLOAD_DELAY_JITTER would shorten some delays
            # below the catalog's (a +-25 % jitter turns 2 s into 1.5 s)
            conf.setdefault("jitter", 0.0)
            slots.setdefault(host, conf)
        s.set("DOWNLOAD_SLOTS", slots, priority="spider")
        # Global concurrency grows with the hosts: each host is held to its own slot
        # (concurrency and delay above), so the global cap only decides how many hosts are
        # worked on at once. A fixed 16 made a 1,000-site sweep crawl 16 sites at a time.
        wanted = sum(int(conf["concurrency"]) for conf in planned.values())
        floor = s.getint("CONCURRENT_REQUESTS", 16)
        cap = s.getint("BRANDSWEEP_MAX_CONCURRENT_REQUESTS", 1024)
        if (s.getpriority("CONCURRENT_REQUESTS") or 0) < SETTINGS_PRIORITIES["cmdline"]:
            # (a value the user set, BRANDSWEEP_SCRAPY_SETTINGS, is kept)
            s.set("CONCURRENT_REQUESTS", max(floor, min(wanted, cap)), priority="spider")
        if local:
            s.set("DOWNLOAD_DELAY", s.getfloat("DOWNLOAD_DELAY") * scale, priority="spider")
            s.set("AUTOTHROTTLE_START_DELAY", s.getfloat("AUTOTHROTTLE_START_DELAY") * scale,
                  priority="spider")

    # ------------------------------------------------------------------ helpers

    def is_official_url(self, url: str) -> bool:
        host = urlsplit(url).hostname
        return bool(host) and registered_domain(host) in self.official_domains

    # ------------------------------------------------------------------ start

    async def start(self) -> AsyncIterator[Any]:
        lane = self.lane
        pre, stats = self.prefetch, self.crawler.stats
        if pre is not None and stats:  # the workers' requests and answers count as the crawl's
            for key, value in sorted(pre.stats.items()):
                stats.inc_value(key, value)
        store = _store_pipeline(self.crawler) if pre is not None else None
        try:
            for item in self.initial():
                if lane is not None and isinstance(item, scrapy.Request):
                    if lane.takes(item):
                        lane.submit(item)  # straight to the probe lane (crawler/probe_lane.py)
                        if store is not None:
                            store.end_batch()  # nothing held open while the lane has no room
                        await lane.room()
                        continue
                elif lane is not None and pre is not None:
                    # mostly the workers' answers: the lane's item path, batched commits
                    if store is not None:
                        store.begin_batch()
                    await lane.emit(item)
                    continue
                if store is not None:
                    store.end_batch()
                yield item
        finally:
            if store is not None:
                store.end_batch()

    def initial(self) -> Iterator[Any]:
        yield from probes.start(self)
        yield from websites.start(self)
        yield from platform_search.start(self)
        yield from web_search.start(self)
        yield from enrich.unfinished(self)  # a resumed audit's sighted, unprobed profiles

    # ------------------------------------------------------------------ callbacks
    # Thin methods so requests serialise (scrapy-redis, JOBDIR need spider methods).

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        return iter(())

    def parse_profile(self, response: Response) -> Iterator[Any]:
        return enrich.parse_profile(self, response)

    def profile_failed(self, failure: Failure) -> Iterator[Any]:
        return enrich.profile_failed(self, failure)

    def parse_calibration(self, response: Response) -> Iterator[Any]:
        return probes.calibrated(self, response)

    def calibration_failed(self, failure: Failure) -> Iterator[Any]:
        return probes.calibration_failed(self, failure)

    def follow_links(self, obs: Any) -> Iterator[Any]:
        """What an observation leads to: its external links when the profile is suspicious
        (``enrich`` reaches ``linked_pages`` through here, so neither imports the other)."""
        return linked_pages.follow(self, obs)

    def parse_avatar(self, response: Response) -> Iterator[Any]:
        return enrich.parse_avatar(self, response)

    def avatar_failed(self, failure: Failure) -> Iterator[Any]:
        return enrich.avatar_failed(self, failure)

    def parse_platform_search(self, response: Response) -> Iterator[Any]:
        return platform_search.parse(self, response)

    def platform_search_failed(self, failure: Failure) -> Iterator[Any]:
        return platform_search.failed(self, failure)

    def parse_web_search(self, response: Response) -> Iterator[Any]:
        return web_search.parse(self, response)

    def web_search_failed(self, failure: Failure) -> Iterator[Any]:
        return web_search.failed(self, failure)

    def parse_site_page(self, response: Response) -> Iterator[Any]:
        return websites.parse_page(self, response)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        return websites.parse_sitemap(self, response)

    def site_failed(self, failure: Failure) -> Iterator[Any]:
        return websites.failed(self, failure)

    def parse_linked_page(self, response: Response) -> Iterator[Any]:
        return linked_pages.parse(self, response)

    def linked_page_failed(self, failure: Failure) -> Iterator[Any]:
        return linked_pages.failed(self, failure)

    def parse_search_site(self, response: Response) -> Iterator[Any]:
        return linked_pages.parse_search_site(self, response)

    def search_site_failed(self, failure: Failure) -> Iterator[Any]:
        return linked_pages.search_site_failed(self, failure)

    def parse_webfinger(self, response: Response) -> Iterator[Any]:
        return fediverse.parse(self, response)

    def webfinger_failed(self, failure: Failure) -> Iterator[Any]:
        return fediverse.failed(self, failure)
