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
from .items import Calibration, CoverageGap, PageBody, ProbeOutcome, SearchPage, SitePage
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
        self._batch = 0  # inside ``batched``: items per transaction
        self._in_batch = 0

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
        self.end_batch()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.pending.clear()

    def begin_batch(self, size: int = 256) -> None:
        """From now on items are written in one transaction per ``size`` instead of one each
        (until ``end_batch``): the probe workers' answers arrive by the thousand, and a commit
        per item cost a sixth of the crawl (crawler/lane_fork.py). A hard kill loses at most
        the open transaction's items, which ``--resume`` asks again (slower, never wrong)."""
        if self.store is None or self._batch:
            return
        conn = self.store.db.conn
        if not conn.in_transaction:
            conn.execute("BEGIN")
        self._batch, self._in_batch = max(1, size), 0

    def end_batch(self) -> None:
        """Commit the open batch: back to a transaction per item."""
        if not self._batch:
            return
        self._batch = 0
        if self.store is not None and self.store.db.conn.in_transaction:
            self.store.db.conn.commit()

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
        elif isinstance(item, ProbeOutcome):
            store.add_probe_outcome(self.audit_id, item.platform, item.handle, item.state,
                                    item.reason)
        elif isinstance(item, SearchPage):
            store.add_search_pages(self.audit_id, [item])
        elif isinstance(item, Calibration):
            store.add_calibrations(self.audit_id, [item])
        elif isinstance(item, SitePage):
            store.add_site_pages(self.audit_id, [item])
        elif isinstance(item, CoverageGap):
            record = asdict(item)
            self.gaps.append(record)
            if self.stats is not None:
                self.stats.set_value(stats_keys.COVERAGE_GAPS, list(self.gaps))
            store.add_coverage_gap(self.audit_id, item)
        if self._batch:
            self._in_batch += 1
            if self._in_batch >= self._batch:
                conn = store.db.conn
                conn.commit()
                conn.execute("BEGIN")
                self._in_batch = 0
        return item
