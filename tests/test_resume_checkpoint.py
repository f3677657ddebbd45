"""The resume plan as a unit, on a real SQLite store (no crawl): what a ``--resume`` asks again.

A scam ring links itself (a profile's bio links a lookalike page, whose footer links the profile
back): replaying the stored part of it must end, and a profile sighted before the interruption
but never probed must be asked again, whichever discovery path had sighted it.
"""

from __future__ import annotations

from pathlib import Path

from scrapy import Request

from crawler.options import AuditOptions
from crawler.runner import load_plan, unchecked
from crawler.spiders import enrich
from crawler.spiders.checkpoint import Checkpoint
from crawler.spiders.sweep import SweepSpider
from crawler.store import Store
from matching.history import apply_history
from matching.models import (
    Finding,
    FindingClass,
    LinkedPage,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Severity,
    Sighting,
    Status,
    Via,
)
from tests.builders import store_spider

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"
PAGE = "https://lookalike-rewards.example/"


def _interrupted_audit(db: Path, inventory) -> int:
    """An audit stopped mid-crawl: a suspicious Instagram profile and the page it links (which
    links it back and a TikTok profile) are stored; the TikTok profile was sighted, not probed."""
    store = Store(db)
    try:
        audit = store.begin_audit(inventory)
        store.add_observation(audit, ProfileObservation(
            "instagram", "ring.support", "https://www.instagram.com/ring.support/",
            ProbeState.FOUND, fields=ProfileFields(external_links=(PAGE,))))
        store.add_linked_page(audit, LinkedPage(
            PAGE, "instagram", "ring.support", final_url=PAGE, http_status=200,
            social_links=("https://www.instagram.com/ring.support/",
                          "https://www.tiktok.com/@ring.giveaway")))
        store.add_sighting(audit, Sighting("tiktok", "ring.giveaway", Via.LINKED_PAGE, PAGE,
                                           "linked from instagram:ring.support",
                                           "https://www.tiktok.com/@ring.giveaway"))
    finally:
        store.close()
    return audit


def _resumed_spider(tmp_path: Path) -> SweepSpider:
    plan = load_plan(AuditOptions(inventory=SEED, out=tmp_path, db=tmp_path / "a.db",
                                  platforms=("instagram", "tiktok"), max_variants=0))
    audit = _interrupted_audit(tmp_path / "a.db", plan.inventory)
    return store_spider(plan, tmp_path / "a.db", audit, BRANDSWEEP_RESUME=True)


def test_a_stored_ring_that_links_itself_is_replayed_once(tmp_path: Path) -> None:
    spider = _resumed_spider(tmp_path)
    out = list(enrich.sighted(spider, "instagram", "ring.support", Via.WEB_SEARCH, "q"))
    # no fetch of what is stored, no endless replay of the cycle; the page's links sighted
    assert not any(isinstance(o, Request) and "instagram" in o.url for o in out)
    sighted = {(o.platform, o.handle) for o in out if isinstance(o, Sighting)}
    assert sighted == {("instagram", "ring.support"), ("tiktok", "ring.giveaway")}
    # the unprobed profile the page links is asked
    assert any(isinstance(o, Request) and "ring.giveaway" in o.url for o in out)
    # sighted again later (another search): the sighting, nothing replayed a second time
    again = list(enrich.sighted(spider, "instagram", "ring.support", Via.WEB_SEARCH, "q2"))
    assert [type(o) for o in again] == [Sighting]


def test_a_profile_sighted_but_never_probed_is_asked_again(tmp_path: Path) -> None:
    spider = _resumed_spider(tmp_path)
    assert spider.checkpoint.unobserved == (("tiktok", "ring.giveaway"),)
    asked = [o for o in enrich.unfinished(spider) if isinstance(o, Request)]
    assert [r.meta["bs"]["handle"] for r in asked] == ["ring.giveaway"]


def test_a_sighted_profile_never_read_is_a_gap_and_never_resolved(tmp_path: Path) -> None:
    """Whatever dropped its probe, a profile the audit sighted but could not read is reported
    as "not checked", and its previous finding is carried over, not called taken down."""
    plan = load_plan(AuditOptions(inventory=SEED, out=tmp_path, db=tmp_path / "a.db",
                                  platforms=("instagram", "tiktok"), max_variants=0))
    audit = _interrupted_audit(tmp_path / "a.db", plan.inventory)
    store = Store(tmp_path / "a.db")
    try:
        left = unchecked(store, audit, store.observations(audit), complete=True)
        gaps = store.coverage_gaps(audit)
    finally:
        store.close()
    assert left == {("tiktok", "ring.giveaway")}
    assert [(g["engine"], g["reason"]) for g in gaps] == [("tiktok", "not checked")]
    assert "tiktok:ring.giveaway" in gaps[0]["query"]

    previous = [Finding("tiktok", "ring.giveaway", "https://www.tiktok.com/@ring.giveaway",
                        "Ring", FindingClass.IMPOSTOR, Severity.HIGH, 0.9, "Northwind Coffee",
                        None)]
    out = apply_history([], previous, {}, unchecked=left)
    assert [(f.key, f.status) for f in out] == [(("tiktok", "ring.giveaway"), Status.UNCHANGED)]
    assert "not checked" in (out[0].status_detail or "")
    # without the sighting it is gone: resolved, as before
    assert apply_history([], previous, {})[0].status == Status.RESOLVED


def test_variant_probes_and_declared_accounts_are_left_to_their_own_path(tmp_path: Path) -> None:
    """The probes run again with their calibration (a platform that 'finds' random handles),
    so their sightings are not asked as plain profiles."""
    spider = _resumed_spider(tmp_path)
    store = Store(tmp_path / "a.db")
    try:
        store.add_sighting(1, Sighting("tiktok", "ring.guess", Via.PROBE, "variant:typo"))
    finally:
        store.close()
    assert Checkpoint.load(str(tmp_path / "a.db"), 1).unobserved == (("tiktok", "ring.giveaway"),)
    declared = next(k for k in sorted(spider.declared) if k[0] in spider.active)
    spider.checkpoint.unobserved = (declared,)
    assert list(enrich.unfinished(spider)) == []
