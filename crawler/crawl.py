"""Run one sweep crawl in this process and say how it went.

``run_crawl(settings_overrides, spider_kwargs) -> CrawlStats`` is what the runner calls. It
uses ``scrapy.crawler.CrawlerProcess``, which starts (and stops) the Twisted reactor: a reactor
cannot restart, so this runs **once per process**. Tests and anything else that needs several
crawls run ``python -m crawler.crawl --settings JSON --spider JSON`` in a subprocess; it prints
the ``CrawlStats`` as one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from . import stats_keys
from .interrupt import GracefulStop
from .options import scrapy_settings


@dataclass
class CrawlStats:
    """What a crawl did, for the runner's summary and the benchmarks."""

    requests: int = 0
    responses: int = 0
    items: int = 0
    elapsed: float = 0.0
    cpu: float = 0.0  # CPU seconds of this process during the crawl (the engine's cost)
    finish_reason: str | None = None
    observations: dict[str, int] = field(default_factory=dict)  # state -> count
    unverifiable: dict[str, int] = field(default_factory=dict)  # reason -> count
    coverage_gaps: list[dict[str, Any]] = field(default_factory=list)  # could not search, ...
    rate_limited: int = 0
    retries: int = 0
    errors: int = 0
    peak_rss_kb: int = 0
    raw: dict[str, Any] = field(default_factory=dict)  # every Scrapy stat, JSON-safe

    @classmethod
    def from_scrapy(cls, stats: dict[str, Any], elapsed: float, cpu: float = 0.0) -> CrawlStats:
        obs: dict[str, int] = {}
        unv: dict[str, int] = {}
        for key, value in stats.items():
            if not isinstance(key, str):
                continue
            if key.startswith(stats_keys.OBSERVATIONS) and key.count("/") == 2:
                obs[key.rsplit("/", 1)[1]] = int(value)
            elif key.startswith(stats_keys.UNVERIFIABLE):
                unv[key.split("/", 2)[2]] = int(value)
        raw = {k: v if isinstance(v, int | float | str | bool | list | dict | type(None))
               else str(v) for k, v in stats.items()}
        return cls(
            requests=int(stats.get("downloader/request_count", 0)),
            responses=int(stats.get("response_received_count", 0)),
            items=int(stats.get("item_scraped_count", 0)),
            elapsed=round(elapsed, 3),
            cpu=round(cpu, 3),
            finish_reason=stats.get("finish_reason"),
            observations=obs,
            unverifiable=unv,
            coverage_gaps=list(stats.get(stats_keys.COVERAGE_GAPS, [])),
            rate_limited=int(stats.get(stats_keys.RATE_LIMITED, 0)),
            retries=int(stats.get("retry/count", 0)),
            errors=int(stats.get("log_count/ERROR", 0)),
            peak_rss_kb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            raw=raw,
        )


def import_crawl() -> None:
    """Import Scrapy and the spiders as ``run_crawl`` will (a no-op after the first time), so
    a caller can time the imports apart from the crawl (crawler/phases.py)."""
    import scrapy.crawler  # noqa: F401 - heavy: the CLI imports this module

    from .spiders import sweep  # noqa: F401 - heavy (scrapy): the CLI imports this module

    # (Scrapy's HTTP download stack, crawler/transport.py, is imported by Scrapy on the first
    # request it downloads itself, cheaply wherever that happens: a crawl whose requests all
    # go through the probe lane never loads it)


def run_crawl(settings_overrides: dict[str, Any], spider_kwargs: dict[str, Any],
              spider_cls: type | None = None) -> CrawlStats:
    """One sweep in this process (once per process: the reactor cannot restart).

    ``spider_cls``: a subclass of the sweep spider (a distributed worker's, which has no start
    requests of its own); default ``SweepSpider``."""
    from scrapy.crawler import CrawlerProcess  # heavy: the CLI imports this module

    from .spiders.sweep import SweepSpider  # heavy (scrapy): the CLI imports this module

    settings = scrapy_settings(settings_overrides)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_cls or SweepSpider)
    # Ctrl-C / SIGTERM: ours instead of Scrapy's (which waits for every queued request), said
    # even with -q. Not for a distributed worker (``spider_cls``): the requests it holds were
    # taken from the shared queue, and Scrapy's wait lets it hand their outcomes in.
    stopper = None
    if spider_cls is None:
        stopper = GracefulStop(crawler, process,
                               grace=settings.getfloat("BRANDSWEEP_STOP_GRACE"),
                               lang=settings.get("BRANDSWEEP_LANG"))
    started, cpu = time.monotonic(), time.process_time()
    try:
        process.crawl(crawler, **spider_kwargs)
        if stopper is not None:
            from twisted.internet import reactor  # installed by the crawl (the asyncio one)

            reactor.addSystemEventTrigger("after", "startup", stopper.install)
        process.start(install_signal_handlers=stopper is None)
    finally:
        if stopper is not None:
            stopper.finish()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    if not stats.get("finish_reason") and not stats.get(stats_keys.STOP_SIGNAL):
        # (a second Ctrl-C also leaves no finish reason: that one is a stop, said in the stats)
        # the crawler failed while starting (Scrapy logs "Unhandled error in Deferred" and
        # returns): an audit must not go on as if it had crawled and found nothing
        raise CrawlNotStarted("the crawl did not start (a setting or component failed; the "
                              "log above says which)")
    return CrawlStats.from_scrapy(stats, time.monotonic() - started, time.process_time() - cpu)


class CrawlNotStarted(RuntimeError):
    """The crawl ended before it began; the audit stays incomplete (exit 1)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run one brandsweep crawl (JSON in, JSON out).")
    parser.add_argument("--settings", default="{}", help="JSON object of setting overrides")
    parser.add_argument("--spider", default="{}", help="JSON object of spider arguments")
    args = parser.parse_args(argv)
    result = run_crawl(json.loads(args.settings), json.loads(args.spider))
    out = asdict(result)
    print(json.dumps(out, default=str))
    return 0 if result.finish_reason == "finished" else 1


if __name__ == "__main__":
    sys.exit(main())
