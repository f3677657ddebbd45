"""``brandsweep worker``: crawl part of a coordinator's audit, from nothing but a Redis URL.

A worker waits for an open audit (``--audit-key`` or the newest one), writes the published
inventory and catalog files into a temporary folder, builds the same sweep spider as the
coordinator (same candidates, same catalog) minus its start requests (the coordinator seeded the
queue), and crawls until the coordinator marks the audit finished. Its items go to Redis; it
never opens a store. One audit per process (Twisted's reactor cannot restart): run it under a
supervisor that restarts it to serve audit after audit.

Machine-local choices stay the worker's own: ``--resolve`` (how this machine reaches hosts),
``--allow-private-network`` (whether this machine may fetch private addresses), the log level.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..crawl import run_crawl
from ..options import settings_overrides
from ..spiders.checkpoint import Checkpoint
from ..spiders.sweep import SweepSpider
from . import audit, require_scrapy_redis, scale_settings

if TYPE_CHECKING:
    from ..crawl import CrawlStats

#: how a worker's crawl may end and still count as a success
DONE_REASONS = ("finished", "audit_finished")
#: its audit was published anew (``audit --resume``): started again, the worker joins it
RESTARTED = "audit_restarted"


class WorkerSpider(SweepSpider):
    """The sweep spider without start requests: a worker only takes from the shared queue.

    ``checkpoint``: a resumed audit's stored outcomes as its coordinator published them
    (``audit.checkpoint_items``): a worker skips and replays what the coordinator would."""

    def __init__(self, *args: Any, checkpoint: Checkpoint | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._published = checkpoint

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SweepSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        if isinstance(spider, WorkerSpider) and spider._published is not None:
            spider.ctx = dataclasses.replace(spider.ctx, checkpoint=spider._published)
        return spider

    async def start(self) -> AsyncIterator[Any]:
        return
        yield  # an async generator that yields nothing


@dataclass
class WorkerOptions:
    redis_url: str
    audit_key: str | None = None
    wait: float = 0.0  # seconds to wait for an audit; 0 = forever
    resolve: dict[str, str] = field(default_factory=dict)
    allow_private_network: bool = False
    log_level: str = "WARNING"
    progress: bool = True
    #: called once when no audit is open yet (the CLI says the worker waits, and for what)
    on_wait: Any = None


@dataclass
class WorkerResult:
    audit_key: str
    process: str
    stats: CrawlStats
    lang: str | None = None  # the audit's language, as its coordinator published it

    @property
    def ok(self) -> bool:
        return self.stats.finish_reason in DONE_REASONS


def run_worker(options: WorkerOptions) -> WorkerResult:
    """Join one audit and crawl until it is over (once per process)."""
    require_scrapy_redis()
    client = audit.connect(options.redis_url)
    keys, payload = audit.find_audit(client, options.audit_key, wait=options.wait,
                                     on_wait=options.on_wait)
    me = audit.process_id()
    settings = settings_overrides(
        audit_id=None, base=payload.settings, log_level=options.log_level,
        progress=options.progress, allow_private_network=options.allow_private_network,
        resolve=options.resolve,
    )
    settings.update(scale_settings(options.redis_url, keys.base, "worker", me, settings))
    # the run it joins (a coordinator that publishes the audit anew, e.g. --resume, is another)
    joined = client.hget(keys.meta, "coordinator")
    settings["BRANDSWEEP_REDIS_JOINED"] = joined.decode(errors="replace") if joined else ""
    with tempfile.TemporaryDirectory(prefix="brandsweep-worker-") as folder:
        kwargs = payload.spider_kwargs(Path(folder))
        kwargs["checkpoint"] = Checkpoint.from_items(audit.checkpoint_items(client, keys))
        stats = run_crawl(settings, kwargs, spider_cls=WorkerSpider)
    return WorkerResult(keys.base, me, stats, settings.get("BRANDSWEEP_LANG"))
