"""On a platform that verifies a profile's link to a site (Mastodon's rel=me), calling itself
official beside an unverified link to the company's site is a claim the platform offers a way
to prove, not proven (#11). Mutation pairs: verified, linked from the site, or no claim at all
make the same page the company's own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from matching.classify import classify
from matching.models import (
    Brand,
    Department,
    Finding,
    FindingClass,
    Inventory,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Sighting,
    Via,
)

NOW = "2026-11-20T12:00:00+00:00"
LOGO = "f766e88961998798"
SITE = "https://www.quillmark.de/"
OWN = (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)

INV = Inventory(
    organization="Quillmark Papier GmbH", domains=("quillmark.de",),
    departments=(Department("Marketing"),),
    brands=(Brand("Quillmark Papier", aliases=("Quillmark",), websites=(SITE,),
                  strategy=("instagram", "mastodon"),
                  accounts=(OfficialAccount("instagram", "quillmarkpapier", "Quillmark Papier",
                                            "Marketing"),)),),
)
OFFICIAL = ProfileObservation(
    "instagram", "quillmarkpapier", "https://instagram.test/quillmarkpapier", ProbeState.FOUND,
    fields=ProfileFields(display_name="Quillmark Papier", avatar_phash=LOGO, posts=900,
                         external_links=(SITE,), last_active_at="2026-11-18"))

CLAIM = ProfileObservation(
    "mastodon", "quillmark@mastodon.social", "https://mastodon.social/@quillmark",
    ProbeState.FOUND,
    fields=ProfileFields(display_name="Quillmark Papier", avatar_phash=LOGO, posts=5,
                         followers=20, bio="Quillmark Papier – official account.",
                         external_links=(SITE,), last_active_at="2026-11-01"))


def one(o: ProfileObservation) -> Finding:
    return next(f for f in classify(INV, [OFFICIAL, o], (), now=NOW) if f.key == o.key)


def test_official_with_an_unverified_link_on_mastodon_is_an_unproven_claim() -> None:
    f = one(CLAIM)
    assert f.cls == FindingClass.IMPOSTOR, f
    assert any(e.signal == "unproven_claim" for e in f.evidence), f


@pytest.mark.parametrize("mutation", ["verified", "linked_from_site", "no_claim", "instagram"])
def test_the_same_page_proven_or_claiming_nothing_is_ours(mutation: str) -> None:
    f_ = CLAIM.fields
    o = {
        "verified": replace(CLAIM, fields=replace(f_, verified_links=(SITE,))),
        "linked_from_site": replace(CLAIM, sightings=(Sighting(
            "mastodon", CLAIM.handle, Via.OFFICIAL_SITE, SITE + "kontakt", url=CLAIM.url),)),
        "no_claim": replace(CLAIM, fields=replace(f_, bio="Papier aus Hamburg.")),
        # a platform that verifies no links: the logo and the official link alone decide
        "instagram": replace(CLAIM, platform="instagram", handle="quillmark.papier"),
    }[mutation]
    f = one(o)
    assert f.cls in OWN, f
    assert not any(e.signal == "unproven_claim" for e in f.evidence), f
