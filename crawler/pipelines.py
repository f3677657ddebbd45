"""Items -> the SQLite store, for one audit.

``StorePipeline`` writes every item of the sweep under ``BRANDSWEEP_AUDIT_ID`` into
``crawler.store.Store(BRANDSWEEP_DB)``; the store's writes are idempotent upserts, so a resumed
or repeated crawl converges instead of duplicating. A ``PageBody`` is held until the
``ProfileObservation`` with the same ``sha256`` arrives and is stored with it as evidence.
``CoverageGap`` items ("could not search") go to the store (the report's coverage section and
``coverage.json`` read them back) and into the crawl stats (``brandsweep/coverage_gaps``), which
``run_crawl`` returns.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured

from matching.models import LinkedPage, ProfileObservation, Sighting

from . import stats_keys
from .items import CoverageGap, PageBody
from .store import Store

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)

#: bodies waiting for their observation (an avatar fetch can sit in between); oldest dropped
MAX_PENDING_BODIES = 2000


class StorePipeline:
    def __init__(self, db: str, audit_id: int, stats: Any = None):
        self.db_path = db
        self.audit_id = audit_id
        self.stats = stats
        self.store: Any = None
        self.pending: OrderedDict[str, bytes] = OrderedDict()
        self.gaps: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        s = crawler.settings
        audit_id = s.get("BRANDSWEEP_AUDIT_ID")
        if audit_id in (None, ""):
            raise NotConfigured("BRANDSWEEP_AUDIT_ID is not set: nothing to store into")
        return cls(s.get("BRANDSWEEP_DB") or "brandsweep.db", int(audit_id), crawler.stats)

    def open_spider(self) -> None:
        self.store = Store(self.db_path)

    def close_spider(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        self.pending.clear()

    def process_item(self, item: Any) -> Any:
        store = self.store
        if isinstance(item, PageBody):
            self.pending[item.sha256] = item.body
            while len(self.pending) > MAX_PENDING_BODIES:
                self.pending.popitem(last=False)
        elif isinstance(item, ProfileObservation):
            body = self.pending.pop(item.body_sha256, None) if item.body_sha256 else None
            store.add_observation(self.audit_id, item, body)
        elif isinstance(item, Sighting):
            store.add_sighting(self.audit_id, item)
        elif isinstance(item, LinkedPage):
            store.add_linked_page(self.audit_id, item)
        elif isinstance(item, CoverageGap):
            record = asdict(item)
            self.gaps.append(record)
            if self.stats is not None:
                self.stats.set_value(stats_keys.COVERAGE_GAPS, list(self.gaps))
            store.add_coverage_gap(self.audit_id, item)
        return item
