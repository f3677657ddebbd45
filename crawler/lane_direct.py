"""An audit whose probe workers answered everything: stored without starting a crawl.

A sweep of existence-only sites (``--sites-file``, ``--search-engine none``, no official site to
read) is nothing but probes, and the forked workers (crawler/lane_fork.py) settle them all
before Scrapy would even be imported. Starting a crawl then cost a second of a 1,000-site
audit for nothing: importing Scrapy and Twisted, building the engine and the downloader, and
sending the workers' answers through the spider's callbacks, the item pipeline and the stats
one by one. ``settle`` writes into the store what that crawl would have written, in the order
it would have (per profile: the sighting, the page body, the observation), and returns the
stats it would have counted, as a plain dict (``crawler.crawl.CrawlStats.from_scrapy`` reads
it as it reads Scrapy's).

It is taken only when nothing in the audit needs the crawl (``plan_needs_crawl``: no web
search, no official site, no search API, every platform existence-only, every probe asked by
a worker) and nothing the workers answered leads anywhere (``answers_need_crawl``: every
probe settled, no avatar to fetch, no external link to follow). Anything else, and always
when a worker died, goes through the crawl as before: its lane asks what was not settled
with every guarantee of the ordinary path (retries, Retry-After, the host's delay after the
workers' last request), so "could not check" is never turned into "not found" here.
``BRANDSWEEP_SETTLED_WITHOUT_CRAWL = False`` (``BRANDSWEEP_SCRAPY_SETTINGS``) always crawls.

tests/test_lane_direct.py checks that an audit stored this way has the same observations,
sightings, findings and crawl summary as the same audit through the crawl.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from matching.models import ProbeState, ProfileObservation, Sighting, Via, utcnow_iso
from reports.terminal import settled_line

from . import stats_keys
from .items import ProbeOutcome
from .wmn import rules_decide

#: the calibration a site did not need: ``crawler.spiders.probes.NOT_NEEDED``
NOT_NEEDED = "not_needed"
#: observations written per transaction (as the crawl's store pipeline batches them)
BATCH = 256
#: the setting that turns this path off
SETTING = "BRANDSWEEP_SETTLED_WITHOUT_CRAWL"


def enabled(overrides: Mapping[str, Any]) -> bool:
    return bool(overrides.get(SETTING, True))


def _probe_keys(plan: Any) -> Iterator[tuple[str, str, Any]]:
    """(platform, canonical handle, candidate) of every probe the plan asks, in the order the
    sweep spider asks them (``crawler.spiders.probes.start``: a platform's declared handles,
    then its variants)."""
    by_platform: dict[str, list[Any]] = {}
    for c in plan.candidates:
        by_platform.setdefault(c.platform, []).append(c)
    for name in plan.platforms:
        platform = plan.catalog[name]
        cands = by_platform.get(name, ())
        for c in cands:
            if c.family == "declared":
                yield name, platform.canonical(c.handle), c
        for c in cands:
            if c.family != "declared":
                yield name, platform.canonical(c.handle), c


def plan_needs_crawl(plan: Any, jobs: set[tuple[str, str]] | None) -> str | None:
    """Why this plan needs a crawl whatever the workers answer (None: it may not).

    ``jobs``: the (platform, handle) of every probe the workers were given."""
    if jobs is None:
        return "no probe workers"
    if plan.search_engine in ("duckduckgo", "searxng"):
        return "web search"
    if any(b.websites for b in plan.inventory.brands):
        return "official sites to read"
    for name in plan.platforms:
        platform = plan.catalog[name]
        if platform.search is not None:
            return f"{name}: search API"
        if not platform.existence_only:
            return f"{name}: not existence-only"
    for name, handle, _ in _probe_keys(plan):
        if (name, handle) not in jobs:
            return f"{name}:{handle} not asked by the workers"
    return None


def answers_need_crawl(plan: Any, prefetch: Any) -> str | None:
    """Why the workers' answers need the crawl (None: every probe settled, and no answer
    leads to another request: an avatar to fetch, an external link to follow)."""
    if prefetch is None:
        return "no probe workers"
    if prefetch.lost:
        return "a probe worker ended early"
    for name, handle, _ in _probe_keys(plan):
        got = prefetch.get(name, handle)
        if got is None:
            return f"{name}:{handle} not settled by the workers"
        fields = got.fields
        if fields.external_links:
            return f"{name}:{handle} has links to follow"
        avatar = fields.avatar_url
        if got.state == ProbeState.FOUND.value and avatar and avatar.startswith(
                ("http://", "https://")):
            return f"{name}:{handle} has an avatar to fetch"
    return None


class _Items:
    """What the crawl would emit, counted as its stats count it (probes, observations once
    a profile, items scraped)."""

    def __init__(self, stats: Counter[Any]):
        self.stats = stats
        self.counted: set[tuple[str, str]] = set()
        self.found = 0
        self.unverifiable = 0
        #: variants settled "not found" (the crawl's ``ProbeOutcome`` items: ``--resume``)
        self.settled: list[ProbeOutcome] = []

    def observation(self, obs: ProfileObservation) -> None:
        """``crawler.middlewares.ProgressExtension.item_scraped``: each profile once."""
        key = (obs.platform, obs.handle)
        if key in self.counted:
            return
        self.counted.add(key)
        state = obs.state.value
        self.stats[stats_keys.observation(state)] += 1
        self.stats[stats_keys.observation(state, obs.platform)] += 1
        if obs.state is ProbeState.UNVERIFIABLE:
            self.stats[f"{stats_keys.UNVERIFIABLE}{obs.reason or 'unknown'}"] += 1
            self.unverifiable += 1
        elif obs.state is ProbeState.FOUND:
            self.found += 1


def _emitted(plan: Any, prefetch: Any, items: _Items
             ) -> Iterator[tuple[Sighting | None, ProfileObservation | None, bytes | None]]:
    """Per probe, what the spider's callbacks emit for a settled answer
    (``crawler.spiders.enrich.settle``): its sighting, its observation and body (None: not
    stored, a variant not found)."""
    stats = items.stats
    variants_of: set[str] = set()
    for name, handle, cand in _probe_keys(plan):
        platform = plan.catalog[name]
        got = prefetch.get(name, handle)
        declared = cand.family == "declared"
        sighting = None
        if declared:
            sighting = Sighting(name, handle, Via.PROBE, "inventory", "declared",
                                platform.profile_url(handle))
        elif name not in variants_of:
            variants_of.add(name)
            if rules_decide(platform):  # (``plan_needs_crawl``: the workers asked it, so yes)
                stats[f"{stats_keys.CALIBRATION}{name}"] = NOT_NEEDED
        for field_name in got.implausible:
            stats[f"{stats_keys.IMPLAUSIBLE}{field_name}"] += 1
        state = ProbeState(got.state)
        stats[stats_keys.probe(name, state.value)] += 1
        if not declared:
            if state is ProbeState.NOT_FOUND:
                items.settled.append(ProbeOutcome(name, handle, state.value, got.reason))
                yield None, None, None
                continue
            sighting = Sighting(name, handle, Via.PROBE, f"variant:{cand.family}",
                                f"{cand.family} of {cand.source or ''}".strip(),
                                platform.profile_url(handle))
        body = got.body or b""
        sha = hashlib.sha256(body).hexdigest() if body else None
        obs = ProfileObservation(
            platform=name, handle=handle, url=platform.profile_url(handle), state=state,
            reason=None if state is ProbeState.FOUND else got.reason, http_status=got.status,
            fields=got.fields, fetched_at=utcnow_iso(), body_sha256=sha,
            final_url=got.url or None,
        )
        items.observation(obs)
        yield sighting, obs, body or None


def settle(plan: Any, prefetch: Any, store: Any, audit_id: int, overrides: Mapping[str, Any]
           ) -> tuple[dict[str, Any], float, float]:
    """Store the workers' answers as the crawl would have; returns (the crawl's stats as
    Scrapy would have counted them, elapsed seconds, CPU seconds of this process).

    Call only when ``plan_needs_crawl`` and ``answers_need_crawl`` are both None. Writes in
    transactions of ``BATCH`` profiles (``Store.add_observations``); a signal in between
    (``Interrupted``) leaves what was committed, which ``--resume`` keeps."""
    started, cpu = time.monotonic(), time.process_time()
    begun = datetime.now(tz=UTC)
    stats: Counter[Any] = Counter(prefetch.stats)
    items = _Items(stats)
    scraped = 0
    batch: list[tuple[Sighting | None, ProfileObservation, bytes | None]] = []
    for sighting, obs, body in _emitted(plan, prefetch, items):
        # body: an item too; no observation: a ``ProbeOutcome`` item
        scraped += (sighting is not None) + (obs is not None) + bool(body) + (obs is None)
        if obs is None:
            continue
        batch.append((sighting, obs, body))
        if len(batch) >= BATCH:
            store.add_observations(audit_id, batch)
            batch = []
    if batch:
        store.add_observations(audit_id, batch)
    for at in range(0, len(items.settled), BATCH):
        store.add_probe_outcomes(audit_id, items.settled[at:at + BATCH])
    ended = datetime.now(tz=UTC)
    raw: dict[str, Any] = dict(stats)
    raw.update({
        "item_scraped_count": scraped,
        "finish_reason": "finished",
        "start_time": begun.isoformat(),
        "finish_time": ended.isoformat(),
        "elapsed_time_seconds": (ended - begun).total_seconds(),
        "brandsweep/probe_workers/without_crawl": 1,
    })
    _log(overrides, raw, prefetch)
    if overrides.get("BRANDSWEEP_PROGRESS", True):
        print(settled_line(overrides.get("BRANDSWEEP_LANG"),
                           int(raw.get("downloader/request_count", 0)), items.found,
                           items.unverifiable), file=sys.stderr, flush=True)
    return raw, time.monotonic() - started, time.process_time() - cpu


def _log(overrides: Mapping[str, Any], raw: Mapping[str, Any], prefetch: Any) -> None:
    """The crawl's log (``crawl.log`` next to the report, or the terminal with ``-v``): why
    no crawl ran, and the stats dump the crawl would end with (the same layout:
    crawler/crawl_stats.py)."""
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S")  # noqa: DTZ005 - as Scrapy's log
    dump = ",\n ".join(f"{k!r}: {v!r}" for k, v in sorted(raw.items(), key=lambda kv: kv[0]))
    lines = [
        f"{stamp} [brandsweep.lane_direct] INFO: the probe workers settled all "
        f"{len(prefetch.settled)} probes of this audit and none leads to another request: "
        "stored without starting a crawl (BRANDSWEEP_SETTLED_WITHOUT_CRAWL)",
        f"{stamp} [scrapy.statscollectors] INFO: Dumping Scrapy stats:\n{{{dump}}}",
    ]
    path = overrides.get("LOG_FILE")
    if path:
        mode = "a" if overrides.get("LOG_FILE_APPEND", True) else "w"
        with Path(path).open(mode, encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    elif str(overrides.get("LOG_LEVEL", "WARNING")).upper() in ("INFO", "DEBUG"):
        print("\n".join(lines), file=sys.stderr, flush=True)
