"""Resuming an interrupted audit from the store: what was already observed is not fetched again.

``brandsweep audit --resume`` continues the newest unfinished audit of the inventory, whatever
ended it (Ctrl-C, a crash, SIGKILL, a reboot). The store is the checkpoint because it is the one
thing a hard kill cannot leave half-written: every item is its own SQLite transaction. A Scrapy
JOBDIR is not used: it saves its request queue only on a clean close, while its seen-requests
file is written as requests are scheduled, so after a SIGKILL it would filter out requests that
were queued but never downloaded, and lose their findings.

The resumed crawl runs every discovery path again (search pages, official sites: cheap, and
their results are not stored as such). Each profile fetch and linked-page fetch first asks the
checkpoint: when the audit already holds its outcome, the request is not sent and what that
response would have led to is replayed from the stored item instead (a suspicious profile's
external links, the social links of a linked page, a variant's sighting). Writes are upserts,
so replaying a sighting twice stores it once. Variant probes that found nothing leave no item,
so those are probed again: slower, never wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from matching.models import LinkedPage, ProfileObservation

from .. import stats_keys
from ..store import Store


@dataclass
class Checkpoint:
    """The stored outcomes of one audit, keyed as the spider asks for them."""

    observations: dict[tuple[str, str], ProfileObservation] = field(default_factory=dict)
    linked_pages: dict[tuple[str, str, str], LinkedPage] = field(default_factory=dict)

    @classmethod
    def load(cls, db: str, audit_id: int) -> Checkpoint:
        store = Store(db)
        try:
            observations = {(o.platform, o.handle): o for o in store.observations(audit_id)}
            pages = {(p.url, p.from_platform, p.from_handle): p
                     for p in store.linked_pages(audit_id)}
        finally:
            store.close()
        return cls(observations, pages)

    @classmethod
    def from_settings(cls, settings: Any) -> Checkpoint:
        """The checkpoint of ``BRANDSWEEP_AUDIT_ID`` when ``BRANDSWEEP_RESUME`` is on, else an
        empty one (a fresh audit has nothing to skip)."""
        audit_id = settings.get("BRANDSWEEP_AUDIT_ID")
        if not settings.getbool("BRANDSWEEP_RESUME") or audit_id in (None, ""):
            return cls()
        return cls.load(settings.get("BRANDSWEEP_DB") or "brandsweep.db", int(audit_id))

    def __len__(self) -> int:
        return len(self.observations) + len(self.linked_pages)

    def observation(self, platform: str, handle: str) -> ProfileObservation | None:
        return self.observations.get((platform, handle))

    def linked_page(self, url: str, platform: str, handle: str) -> LinkedPage | None:
        return self.linked_pages.get((url, platform, handle))


def skipped(spider: Any, what: str) -> None:
    stats = spider.crawler.stats
    if stats:
        stats.inc_value(f"{stats_keys.RESUME_SKIPPED}{what}")
