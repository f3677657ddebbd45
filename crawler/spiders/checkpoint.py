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
so replaying a sighting twice stores it once. A variant probe that settled without a profile
(the catalog's rules read "not found") leaves no observation: its outcome is stored apart
(``probe_outcomes``, a ``ProbeOutcome`` item, from the crawl's callback and from the forked
probe workers alike) and the resumed crawl does not ask it again (``resume/skipped/probe``).
What a resume asks again: the discovery paths, each platform's calibration probe, every probe
that could not be checked (rate-limited, blocked, a login wall, an error, a timeout, retries
exhausted: only definite answers are kept), and whatever had not answered yet.

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

from dataclasses import dataclass, field
from typing import Any

from matching.models import LinkedPage, ProbeState, ProfileObservation, Via

from .. import stats_keys
from ..store import Store


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
    #: profiles whose stored outcome this process has replayed (see the module docstring)
    replayed: set[tuple[str, str]] = field(default_factory=set, compare=False, repr=False)

    @classmethod
    def load(cls, db: str, audit_id: int) -> Checkpoint:
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
        finally:
            store.close()
        return cls(observations, pages, unobserved, settled)

    @classmethod
    def from_settings(cls, settings: Any) -> Checkpoint:
        """The checkpoint of ``BRANDSWEEP_AUDIT_ID`` when ``BRANDSWEEP_RESUME`` is on, else an
        empty one (a fresh audit has nothing to skip)."""
        audit_id = settings.get("BRANDSWEEP_AUDIT_ID")
        if not settings.getbool("BRANDSWEEP_RESUME") or audit_id in (None, ""):
            return cls()
        return cls.load(settings.get("BRANDSWEEP_DB") or "brandsweep.db", int(audit_id))

    def __len__(self) -> int:
        return len(self.observations) + len(self.linked_pages) + len(self.settled)

    def observation(self, platform: str, handle: str) -> ProfileObservation | None:
        return self.observations.get((platform, handle))

    def not_found(self, platform: str, handle: str) -> bool:
        """True when the audit already holds a definite "not found" for this probe."""
        return (platform, handle) in self.settled

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
