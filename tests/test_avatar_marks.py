"""Mutation tests of picture evidence (#11): a copy of the company's logo is a sign of posing, a
picture the company's accounts do not present as theirs is not.

A cooperative's private Facebook group shows the platform's default silhouette, as do countless
strangers' profiles; its other accounts share the logo. A namesake (a developer's project named
like the brand) in the default picture copies nothing: ``unrelated``. The same namesake in the
logo is a candidate to check; an impostor in the logo stays an impostor. Which picture is the
mark is read from the declared accounts (:func:`matching.index.not_marks`): the picture two or
more show, else every picture (one account, or nothing shared: nothing tells the logo apart).
"""

from __future__ import annotations

from dataclasses import replace

from matching.index import not_marks
from matching.models import Finding, FindingClass, Inventory, ProfileObservation
from tests.builders import finding_for, one_brand_inventory, profile, with_fields

NOW = "2026-12-07T12:00:00+00:00"
# perceptual hashes of simweb's pictures (simweb/images.py, hashed as crawler/avatars.py does)
LOGO = "e7d498aa21cfc3b0"  # logo:vilina
LOGO_COPY = "e7d49caa218fc3b0"  # logo:vilina|jpeg:60|resize:120
SLATKO = "e6add8b0710d94d3"  # logo:slatko
DEFAULT = "9d78a762619e9a61"  # the platforms' default silhouette
PHOTO = "ed8db0b0da5a418f"  # photo:bakina (a group photo)
SITE = "https://www.vilinaberries.com/"

INV = one_brand_inventory(
    "Zemljoradnička zadruga Vilina", "Vilina", domain="vilinaberries.com", site=SITE,
    aliases=("Vilina Berries",), strategy=("instagram", "facebook", "youtube"),
    accounts=[("instagram", "vilina.berries", "Marketing"), ("facebook", "zzvilina", "Marketing"),
              ("youtube", "vilinaberries", "Marketing"),
              ("facebook", "groups/kooperantivilina", "Kooperanti")],
    departments=("Marketing", "Kooperanti"),
)
BERRIES = INV.brands[0]

OFFICIAL = [
    profile("instagram", "vilina.berries", display_name="Vilina Berries", avatar_phash=LOGO,
            bio="Frozen Arilje raspberries, IQF, crumble, puree.", posts=400,
            external_links=(SITE,), last_active_at="2026-12-01"),
    profile("facebook", "zzvilina", display_name="ЗЗ Вилина", avatar_phash=LOGO, posts=300,
            external_links=(SITE,), last_active_at="2026-11-28"),
    profile("youtube", "vilinaberries", display_name="Vilina Berries", avatar_phash=LOGO, posts=40,
            external_links=(SITE,), last_active_at="2026-10-02"),
    profile("facebook", "groups/kooperantivilina", display_name="Кооперанти задруге Вилина",
            avatar_phash=DEFAULT, followers=590),
]

#: an open-source project that happens to carry the brand's word, in the default picture
NAMESAKE = profile("github", "vilina", display_name="vilina", avatar_phash=DEFAULT,
                   bio="A tiny static site generator in Zig", followers=44)
#: a name squat with the copied bio and the logo, asking nothing yet
SQUAT = profile("mastodon", "vilinaberries", display_name="Vilina Berries", avatar_phash=LOGO_COPY,
                bio="Frozen Arilje raspberries, IQF, crumble, puree.", posts=3)


def classify_one(o: ProfileObservation, official: list[ProfileObservation] = OFFICIAL,
                 inv: Inventory = INV) -> Finding:
    return finding_for(inv, o, official, now=NOW)


def signals_of(f: Finding) -> set[str]:
    return {e.signal for e in f.evidence}


def test_a_namesake_in_the_default_picture_of_an_own_group_is_unrelated() -> None:
    f = classify_one(NAMESAKE)
    assert f.cls == FindingClass.UNRELATED, f
    assert "avatar_match" not in signals_of(f)


def test_the_same_namesake_in_the_logo_copies_it() -> None:
    f = classify_one(with_fields(NAMESAKE, avatar_phash=LOGO_COPY))
    assert "avatar_match" in signals_of(f), f
    assert f.cls == FindingClass.IMPOSTOR, f


def test_a_community_in_the_default_picture_copies_nothing() -> None:
    f = classify_one(profile("reddit", "r/raspberrygrowers", display_name="raspberrygrowers",
                             avatar_phash=DEFAULT, followers=5200,
                             bio="Growers of raspberries worldwide."))
    assert f.cls != FindingClass.IMPOSTOR, f
    assert "avatar_match" not in signals_of(f)


def test_an_impostor_in_the_logo_stays_an_impostor() -> None:
    f = classify_one(SQUAT)
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "avatar_match" in signals_of(f)


def test_the_default_picture_is_the_mark_when_the_brand_shows_nothing_else() -> None:
    """One declared account in the default picture and nothing else: nothing tells the logo
    apart, so the picture is compared as before (a reviewer checks the candidate)."""
    lone = replace(BERRIES, accounts=(BERRIES.accounts[3],))
    f = classify_one(NAMESAKE, OFFICIAL[3:], replace(INV, brands=(lone,)))
    assert "avatar_match" in signals_of(f), f


def test_a_logo_on_one_account_only_is_the_mark_when_nothing_is_shared() -> None:
    """Two accounts in two pictures: either may be the logo; both stay marks."""
    two = replace(BERRIES, accounts=BERRIES.accounts[:1] + BERRIES.accounts[3:])
    f = classify_one(SQUAT, [OFFICIAL[0], OFFICIAL[3]], replace(INV, brands=(two,)))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "avatar_match" in signals_of(f)


def test_which_pictures_are_marks() -> None:
    brands = {"ig": "A", "fb": "A", "grp": "A", "sub": "B", "subfb": "B", "jam": "C"}
    pictures = {"ig": int(LOGO, 16), "fb": int(LOGO_COPY, 16), "grp": int(DEFAULT, 16),
                # a sub-brand in the parent's logo and in its own: both its marks
                "sub": int(LOGO, 16), "subfb": int(SLATKO, 16),
                # a brand whose only account shows the default picture
                "jam": int(DEFAULT, 16)}
    # the default picture on two accounts (grp and jam) is shown twice by the company
    assert not_marks(pictures, brands) == set()
    del pictures["jam"]
    # on one account, while the other two of its brand share the logo: set aside
    assert not_marks(pictures, brands) == {"grp"}
    # a sub-brand's second account in its own logo too: its logo is shared within it
    pictures["subig"], brands["subig"] = int(SLATKO, 16), "B"
    pictures["subgrp"], brands["subgrp"] = int(PHOTO, 16), "B"
    assert not_marks(pictures, brands) == {"grp", "subgrp"}
