"""One audit crawled by several processes on several machines through scrapy-redis.

The canonical scrapy-redis layout: every process runs the same sweep spider with scrapy-redis'
scheduler and dupefilter, so they take requests from one shared queue and no URL is fetched by
two of them. ``brandsweep audit --redis-url URL`` is the **coordinator**: it owns the SQLite
store, publishes the audit (inventory, catalog files, options) in Redis, seeds the queue with
the start requests, crawls like any other process, drains the workers' items into its store and
decides when the crawl is over; matching and the report then run as in a single-process audit.
``brandsweep worker --redis-url URL`` is a **worker**: it needs nothing but the Redis URL, joins
the newest open audit (or ``--audit-key``), crawls, pushes its items to Redis and exits when the
coordinator closes the audit.

Why it is correct without changing the spiders: the sweep spider is stateless apart from its
requests (all a callback needs rides in ``request.meta``); the store's writes are upserts keyed
by platform and handle, so an item delivered twice is stored once; matching is a pure function
of inventory and stored observations.

Nothing executable crosses Redis: requests (``wire``), items (``codec``) and the published
audit are plain JSON checked on arrival; an entry that fails the check is logged, counted
(``brandsweep/redis/refused``, shown in the report's coverage) and skipped, never unpickled.

Nothing is lost when a process dies: a request taken from the queue is leased, not popped
(``leases``), acknowledged once its outcome is out, and re-queued by any process when its
holder stops renewing the lease.

Modules: ``audit`` (Redis keys, publishing, the end of a crawl; redis only), ``leases`` (the
lease scripts; redis only), ``status`` (``worker --status``, the progress line), ``codec``
(items as JSON), ``wire`` (requests as JSON, the queue's serializer), ``components`` (Scrapy
scheduler, dupefilter, pipeline, extension, lease keeper; needs scrapy-redis), ``politeness``
(one per-host budget for all processes: the downloader), ``reconnect`` (riding out a Redis
restart), ``coordinator`` and ``worker`` (the two roles), ``coordinate_only`` (a coordinator
that never fetches).
"""

from __future__ import annotations

from typing import Any

from matching.inventory import N_

from ..options import scrapy_settings
from .audit import ScaleError

SCHEDULER = "crawler.distributed.components.AuditScheduler"
#: the coordinator's scheduler with BRANDSWEEP_REDIS_COORDINATE_ONLY: it never fetches
COORDINATE_ONLY_SCHEDULER = "crawler.distributed.coordinate_only.CoordinateOnlyScheduler"
QUEUE = "crawler.distributed.components.AuditQueue"
SERIALIZER = "crawler.distributed.wire"  # JSON, never scrapy-redis' default pickle
DUPEFILTER = "crawler.distributed.components.AuditDupeFilter"
EXTENSION = "crawler.distributed.components.AuditExtension"
PIPELINE = "crawler.distributed.components.RedisItemPipeline"
STORE_PIPELINE = "crawler.pipelines.StorePipeline"
#: per-host concurrency, delay and Retry-After holds shared by every process (``politeness``)
DOWNLOADER = "crawler.distributed.politeness.SharedPoliteDownloader"


def require_scrapy_redis() -> None:
    """Fail early, with the fix, when the ``scale`` extra is not installed."""
    try:
        import redis  # noqa: F401
        import scrapy_redis  # noqa: F401
    except ImportError as exc:
        raise ScaleError(N_("--redis-url needs scrapy-redis: {command}",
                            command="pip install 'brandsweep[scale]'")) from exc


def scale_settings(redis_url: str, key: str, role: str, process: str,
                   base: dict[str, Any] | None = None) -> dict[str, Any]:
    """Scrapy settings that make this process one of the audit's crawlers.

    ``base``: the settings the crawl would otherwise get (the extension and pipeline dicts are
    merged into the project's, not replacing them). Every Redis client of the crawl rides out
    a Redis restart (``reconnect``) for up to ``BRANDSWEEP_REDIS_OUTAGE_MAX`` seconds."""
    from .reconnect import OUTAGE_MAX, redis_params  # needs redis: the optional 'scale' extra

    project = scrapy_settings(base or {})
    extensions = dict(project.getdict("EXTENSIONS"))
    extensions[EXTENSION] = 600
    pipelines = dict(project.getdict("ITEM_PIPELINES"))
    if role == "worker":
        pipelines[STORE_PIPELINE] = None  # workers never open the store
        pipelines[PIPELINE] = 300
    coordinate_only = role == "coordinator" and project.getbool(
        "BRANDSWEEP_REDIS_COORDINATE_ONLY")
    return {
        "SCHEDULER": COORDINATE_ONLY_SCHEDULER if coordinate_only else SCHEDULER,
        "SCHEDULER_QUEUE_CLASS": QUEUE,
        "SCHEDULER_SERIALIZER": SERIALIZER,
        "DUPEFILTER_CLASS": DUPEFILTER,
        "DOWNLOADER": DOWNLOADER,
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        # the outage lines also on the terminal when the log goes to a file (the coordinator)
        "REDIS_PARAMS": redis_params(
            project.getfloat("BRANDSWEEP_REDIS_OUTAGE_MAX", OUTAGE_MAX),
            echo=bool(project.get("LOG_FILE")) and project.getbool("BRANDSWEEP_PROGRESS"),
            lang=project.get("BRANDSWEEP_LANG")),
        "BRANDSWEEP_REDIS_AUDIT_KEY": key,
        "BRANDSWEEP_REDIS_ROLE": role,
        "BRANDSWEEP_REDIS_PROCESS": process,
        "EXTENSIONS": extensions,
        "ITEM_PIPELINES": pipelines,
    }
