"""On a platform that verifies a profile's link to a site (Mastodon's rel=me), calling itself
official beside an unverified link to the company's site is a claim the platform offers a way
to prove, not proven (#11). Mutation pairs: verified, linked from the site, or no claim at all
make the same page the company's own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from matching.models import Finding, FindingClass, ProfileObservation, Sighting, Via
from tests.builders import (
    QUILLMARK_LOGO,
    QUILLMARK_URL,
    finding_for,
    profile,
    quillmark_instagram,
    quillmark_inventory,
    with_fields,
)

LOGO = QUILLMARK_LOGO
SITE = QUILLMARK_URL
OWN = (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)

INV = quillmark_inventory(("instagram", "mastodon"),
                          accounts=[("instagram", "quillmarkpapier", "Marketing")],
                          departments=("Marketing",))
OFFICIAL = quillmark_instagram(bio=None, followers=None)

CLAIM = profile("mastodon", "quillmark@mastodon.social", url="https://mastodon.social/@quillmark",
                display_name="Quillmark Papier", avatar_phash=LOGO, posts=5, followers=20,
                bio="Quillmark Papier – official account.", external_links=(SITE,),
                last_active_at="2026-11-01")


def one(o: ProfileObservation) -> Finding:
    return finding_for(INV, o, [OFFICIAL])


def test_official_with_an_unverified_link_on_mastodon_is_an_unproven_claim() -> None:
    f = one(CLAIM)
    assert f.cls == FindingClass.IMPOSTOR, f
    assert any(e.signal == "unproven_claim" for e in f.evidence), f


@pytest.mark.parametrize("mutation", ["verified", "linked_from_site", "no_claim", "instagram"])
def test_the_same_page_proven_or_claiming_nothing_is_ours(mutation: str) -> None:
    o = {
        "verified": with_fields(CLAIM, verified_links=(SITE,)),
        "linked_from_site": replace(CLAIM, sightings=(Sighting(
            "mastodon", CLAIM.handle, Via.OFFICIAL_SITE, SITE + "kontakt", url=CLAIM.url),)),
        "no_claim": with_fields(CLAIM, bio="Papier aus Hamburg."),
        # a platform that verifies no links: the logo and the official link alone decide
        "instagram": replace(CLAIM, platform="instagram", handle="quillmark.papier"),
    }[mutation]
    f = one(o)
    assert f.cls in OWN, f
    assert not any(e.signal == "unproven_claim" for e in f.evidence), f
