"""The coordinator's crawl: publish the audit, crawl with the others, gather their figures.

Called by ``crawler.runner.run_audit`` instead of ``run_crawl`` when ``--redis-url`` is given;
everything before (the audit row in the store) and after (matching, history, report) is the
single-process code path.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import stats_keys
from ..crawl import CrawlStats, run_crawl
from ..options import env_overrides
from ..spiders.checkpoint import Checkpoint
from . import audit, require_scrapy_redis, scale_settings
from .leases import LeaseKeys, Leases

if TYPE_CHECKING:
    from ..plan import SweepPlan

log = logging.getLogger(__name__)


def run_distributed_crawl(
    redis_url: str,
    audit_id: int,
    inventory_digest: str | None,
    inventory: Path,
    platforms_files: tuple[Path, ...],
    sites_file: Path | None,
    settings: dict[str, Any],
    spider_kwargs: dict[str, Any],
    plan: SweepPlan | None = None,
) -> CrawlStats:
    """Publish the audit under ``brandsweep:<digest>:<audit id>``, crawl it as the coordinator
    and return the crawl's stats summed over every process that took part.

    ``spider_kwargs`` (text) are published for the workers, which load the same plan from them;
    the coordinator's own spider gets the already loaded ``plan`` when given."""
    require_scrapy_redis()
    import redis  # the optional 'scale' extra, checked just above

    client = audit.connect(redis_url)
    keys = audit.AuditKeys(audit.audit_key(inventory_digest, audit_id))
    me = audit.process_id()
    shared = {k: spider_kwargs[k] for k in ("platforms", "max_variants", "search_engine",
                                            "searxng_url") if k in spider_kwargs}
    # the workers speak the audit's language (their progress lines, their last line)
    lang = {"BRANDSWEEP_LANG": settings["BRANDSWEEP_LANG"]} \
        if settings.get("BRANDSWEEP_LANG") else {}
    payload = audit.AuditPayload.from_files(
        audit_id, inventory, platforms_files, sites_file, shared, {**env_overrides(), **lang},
        words_file=Path(spider_kwargs["words_file"]) if spider_kwargs.get("words_file") else None,
    )
    if settings.get("BRANDSWEEP_RESUME"):
        # what the audit stored before its stop, for the workers to skip (they have no store)
        done = Checkpoint.load(settings.get("BRANDSWEEP_DB") or "brandsweep.db", audit_id)
        log.info("resumed audit: %d stored outcomes published for the workers",
                 audit.publish_checkpoint(client, keys, done.items()))
    audit.publish_audit(client, keys, payload, coordinator=me)
    log.info("distributed audit %s published; workers: brandsweep worker --redis-url %s "
             "--audit-key %s", keys.base, audit.redact(redis_url), keys.base)
    crawl = {**settings, **scale_settings(redis_url, keys.base, "coordinator", me, settings)}
    try:
        stats = run_crawl(crawl, {"plan": plan} if plan is not None else spider_kwargs)
    finally:
        with contextlib.suppress(redis.RedisError):  # Redis gone for good: nothing to close
            if audit.audit_state(client, keys) == audit.RUNNING:  # the crawl never opened
                audit.close_audit(client, keys, audit.INTERRUPTED)
    try:
        others = audit.process_stats(client, keys, exclude=me)
    except redis.RedisError as exc:  # the crawl gave up on Redis: only our own figures
        log.warning("the workers' figures are not in this audit's crawl summary: %s", exc)
        others = {}
    merged = audit.merge_stats(stats.raw, others.values())
    merged[stats_keys.REDIS_AUDIT_KEY] = keys.base
    with contextlib.suppress(redis.RedisError):  # Redis gone: the figures are unknown
        merged.update(lease_figures(client, keys))
    merged[stats_keys.REDIS_PROCESSES] = [
        _process_row(me, "coordinator", stats.raw),
        *(_process_row(pid, "worker", s) for pid, s in sorted(others.items())
          if pid != audit.REFUSED_PSEUDO),
    ]
    with contextlib.suppress(redis.RedisError):
        client.delete(keys.items, keys.stats, keys.lease_stats, keys.checkpoint)
    result = CrawlStats.from_scrapy(merged, stats.elapsed)
    result.finish_reason = stats.finish_reason
    return result


def lease_figures(client: Any, keys: audit.AuditKeys) -> dict[str, int]:
    """The audit's lease counters as crawl stats: requests re-queued from expired leases (a
    process died or stalled holding them; each crawled again), of which delivered twice (the
    stalled holder finished too; the store kept one) or withdrawn (it finished first)."""
    figures = Leases(client, LeaseKeys.for_audit(keys.base)).stats()
    return {stats_keys.REDIS_REQUEUED: figures.get("requeued", 0),
            stats_keys.REDIS_DELIVERED_TWICE: figures.get("delivered_twice", 0),
            stats_keys.REDIS_WITHDRAWN: figures.get("withdrawn", 0)}


def _process_row(pid: str, role: str, stats: dict[str, Any]) -> dict[str, Any]:
    return {
        "process": pid,
        "role": role,
        "requests": _int(stats.get("downloader/request_count")),
        "responses": _int(stats.get("response_received_count")),
        "items": _int(stats.get("item_scraped_count")),
    }


def _int(value: Any) -> int:
    """A count from another process's published stats (0 when it is not one)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
