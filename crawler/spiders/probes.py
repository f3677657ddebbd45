"""Discovery path (a): probe handles a person (or an impostor) would pick.

Declared handles are always probed: they are what the audit must confirm. Variants from
``matching.variants.generate_candidates`` are probed after one calibration request per platform
with a random handle nobody owns, the lesson of Sherlock, WhatsMyName and SpiderFoot:

* random handle not found: the platform answers honestly; probe every variant;
* random handle unverifiable (a login wall, a bot block, a timeout): the variants are probed
  anyway, since a calibration that could not be read says nothing about the handles. What it
  cannot vouch for is marked: a ``CoverageGap`` says the platform's answers were not
  cross-checked against a random handle, a variant found there is kept (the platform's own
  found rule matched), and a variant that is unverifiable too adds nothing the gap does not
  already say, so it is counted (``brandsweep/uncalibrated/<platform>``), not reported one by
  one (a walled platform would otherwise give one "unverified" finding per guessed handle);
* random handle "found": the platform claims everything exists; variants found there are
  recorded as unverifiable (``claims_random_handles``), never as found.

An existence-only site (a WhatsMyName entry) whose found rule needs a marker of its own on the
page (``e_string``) that a missing user's page does not carry gets no calibration
(``crawler.wmn.rules_decide``; ``defaults: existence_only_calibration: always`` restores it):
a page that "finds" every name must then show that marker, which is what the rule tests.
A status-only rule is calibrated as before.

Platforms without a direct probe (``probe: none`` in the catalog) get no variant probes at all.

A definite calibration (not found, or found) is stored per platform (a ``Calibration`` item);
a resumed audit reuses one made less than ``checkpoint.CALIBRATION_MAX_AGE`` ago instead of
asking again (``resume/skipped/calibration``). A fresh audit always calibrates.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from matching.models import Candidate, ProbeState, Sighting, Via

from .. import stats_keys
from ..credentials import BAD_CREDENTIALS, refused_gap
from ..items import Calibration, CoverageGap
from ..wmn import rules_decide
from . import enrich
from .checkpoint import calibration_rules, skipped

if TYPE_CHECKING:
    from scrapy.http import Response
    from twisted.python.failure import Failure

    from ..catalog import Platform

DECLARED_PRIORITY = 30
CALIBRATION_PRIORITY = 20
VARIANT_PRIORITY = 0
#: the calibration a site did not need (its rules decide: ``crawler.wmn.rules_decide``)
NOT_NEEDED = "not_needed"


def random_handle(platform: Platform) -> str | None:
    """A handle valid on the platform that nobody plausibly owns (None if none fits its rule)."""
    for _ in range(5):
        token = secrets.token_hex(6)
        for candidate in (f"bsw{token}", f"bsw{token}"[:platform.handle.max_length],
                          f"bsw{token}".upper()):
            if platform.is_valid(candidate):
                return candidate
    return None


def start(spider: Any) -> Iterator[Any]:
    """Declared probes first (with their sighting: the inventory pointed at them), then one
    calibration request per platform that has variants to probe."""
    by_platform: dict[str, list[Candidate]] = spider.candidates_by_platform
    for name in spider.active:
        platform = spider.catalog[name]
        cands = by_platform.get(name, [])
        for c in cands:
            if c.family != "declared":
                continue
            h = platform.canonical(c.handle)
            yield Sighting(name, h, Via.PROBE, "inventory", "declared", platform.profile_url(h))
            yield from enrich.enrichment(spider, platform, h, declared=True,
                                         priority=DECLARED_PRIORITY)
        variants = [c for c in cands if c.family != "declared"]
        if not variants or not platform.probe_possible:
            continue
        if rules_decide(platform):
            # the site's own found and not-found rules tell a profile from a missing user's
            # page: a random handle would cost a request and teach nothing (crawler/wmn.py)
            stats = spider.crawler.stats
            if stats:
                stats.set_value(f"{stats_keys.CALIBRATION}{name}", NOT_NEEDED)
            yield from variant_requests(spider, platform, None)
            continue
        stored = spider.checkpoint.calibration(name, calibration_rules(platform))
        if stored is not None:
            # resumed audit: the platform answered a random handle lately (checkpoint.py)
            skipped(spider, "calibration")
            yield from after_calibration(spider, platform, *stored)
            continue
        rand = random_handle(platform)
        req = None
        if rand:
            req = enrich.profile_request(spider, platform, platform.canonical(rand),
                                         kind="calibrate", priority=CALIBRATION_PRIORITY)
        if req is None:
            yield from variant_requests(spider, platform, None)
        else:
            # calibration answers have their own callbacks: what they lead to (variant probes
            # or a coverage gap) is this module's business, not the enrichment's
            yield req.replace(callback=spider.parse_calibration,
                              errback=spider.calibration_failed, dont_filter=True)


def calibrated(spider: Any, response: Response) -> Iterator[Any]:
    """Callback of the random-handle probe."""
    bs = response.meta["bs"]
    platform = spider.catalog[bs["platform"]]
    state, reason, _ = enrich._read(platform, response, bs["handle"])
    if reason == BAD_CREDENTIALS:
        gap = refused_gap(platform)
        if gap is not None:
            yield gap
    elif (state in (ProbeState.NOT_FOUND, ProbeState.FOUND)
          and not response.meta.get("brandsweep_rate_limited")):
        # a definite answer: a resumed audit reuses it for a while (checkpoint.py)
        yield Calibration(platform.name, state.value, reason, calibration_rules(platform))
    yield from after_calibration(spider, platform, state, reason)


def calibration_failed(spider: Any, failure: Failure) -> Iterator[Any]:
    """Errback of the random-handle probe: no calibration, so no variant probes (a gap)."""
    platform, _, reason, gap = enrich.record_failure(spider, failure)
    if gap:
        yield gap
    yield from after_calibration(spider, platform, None, reason)


def after_calibration(spider: Any, platform: Platform, state: ProbeState | None,
                      reason: str | None) -> Iterator[Any]:
    stats = spider.crawler.stats
    if stats:
        stats.set_value(f"{stats_keys.CALIBRATION}{platform.name}",
                        state.value if state else f"failed: {reason}")
    if state is ProbeState.UNVERIFIABLE or state is None:
        yield CoverageGap("probe", platform.name, reason or "unverifiable",
                          query="variants probed without calibration: a random handle could not "
                                "be checked, so a found there is not cross-checked")
        yield from variant_requests(spider, platform, None, uncalibrated=reason or "unverifiable")
        return
    yield from variant_requests(spider, platform, state)


def variant_requests(spider: Any, platform: Platform, calibration: ProbeState | None,
                     uncalibrated: str | None = None) -> Iterator[Any]:
    claims_random = calibration is ProbeState.FOUND
    extra_meta: dict[str, Any] = {"claims_random": claims_random}
    if uncalibrated:
        extra_meta["uncalibrated"] = uncalibrated
    for c in spider.candidates_by_platform.get(platform.name, ()):
        if c.family == "declared":
            continue
        h = platform.canonical(c.handle)
        done = spider.checkpoint.observation(platform.name, h)
        if done is not None:
            # resumed audit: the probe was answered before the interruption
            yield Sighting(platform.name, h, Via.PROBE, f"variant:{c.family}",
                           f"{c.family} of {c.source}".strip(), platform.profile_url(h))
            yield from enrich.replay(spider, done)
            continue
        if spider.checkpoint.not_found(platform.name, h):
            skipped(spider, "probe")  # resumed audit: settled "not found" before
            continue
        got = enrich.prefetched(spider, platform.name, h)
        if got is not None:  # a forked probe worker asked it (crawler/lane_fork.py)
            yield from enrich.settle(spider, platform, got, {
                "platform": platform.name, "handle": h, "kind": "variant", "family": c.family,
                "declared": False, "source": c.source, **extra_meta})
            continue
        req = enrich.profile_request(spider, platform, h, kind="variant", family=c.family,
                                     priority=VARIANT_PRIORITY,
                                     extra={"source": c.source, **extra_meta})
        if req is not None:
            enrich.retried(spider, req)
            if uncalibrated:
                # its unverifiable answer is dropped (the gap says it), so it must not take
                # the URL from a search's enrichment of the same profile in the dupefilter:
                # that fetch reports the profile, whichever of the two is scheduled first
                req.dont_filter = True
            yield req
