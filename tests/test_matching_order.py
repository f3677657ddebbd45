"""Matching is a pure function of the inventory and the observations, whatever order the crawl
stored them in (issue #11): two official accounts sharing one picture, the copy of it is said
to imitate the same one on every run (the inventory's first), not whichever the crawl answered
first. Fast: the classifier on a handful of observations, no crawl."""

from __future__ import annotations

import itertools
from pathlib import Path

from crawler.catalog import load_catalog
from matching.classify import classify
from matching.inventory import load_inventory
from matching.models import ProbeState, ProfileFields, ProfileObservation

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"
LOGO = "c3a5d2e1f0b49687"


def _obs(platform: str, handle: str, **fields) -> ProfileObservation:
    return ProfileObservation(platform, handle, f"https://{platform}.example/{handle}",
                              ProbeState.FOUND, http_status=200,
                              fields=ProfileFields(avatar_phash=LOGO, **fields))


def test_a_copied_picture_two_official_accounts_share_names_the_same_one_in_any_order():
    catalog = load_catalog(())
    inventory = load_inventory(SEED, catalog.rules(), url_parser=catalog.match_profile_url)
    observations = [
        _obs("instagram", "northwindkahve", display_name="Northwind Kahve"),
        _obs("facebook", "northwindkahve", display_name="Northwind Kahve"),
        _obs("instagram", "northwindkahve.destek", display_name="Northwind Kahve Destek",
             bio="Hediye kartı kazandınız! Kart bilgilerinizi DM ile gönderin."),
    ]
    seen = set()
    for order in itertools.permutations(observations):
        found = classify(inventory, list(order), now="2026-11-20T12:00:00+00:00",
                         rules=catalog.rules())
        copy = next(f for f in found if f.handle == "northwindkahve.destek")
        avatar = [e.detail for e in copy.evidence if e.signal == "avatar_match"]
        assert avatar, copy.evidence
        seen.add((copy.cls, tuple(avatar),
                  tuple(sorted((f.key, f.cls, f.evidence) for f in found))))
    assert len(seen) == 1, seen
    (_, avatar, _), = seen
    # the inventory declares instagram's before facebook's
    assert "instagram" in avatar[0], avatar
