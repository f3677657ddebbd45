"""Mutation tests (#11, detect39): which department an undeclared own account serves, when
only the company's page that links it, or a short word of its handle or name, says so.

A walled LinkedIn page the company's ``/export`` page alone links is the Export team's: no
second account of the HR team's declared LinkedIn page (``official_unlisted``); the same page
linked from the home page names no department and doubles the declared one (``redundant``).
An Instagram account named for the "Corsi" department (a word under six letters) is that
department's; the same account named for nothing doubles the declared one.
"""

from __future__ import annotations

import pytest

from matching.models import (
    Finding,
    FindingClass,
    ProbeState,
    ProfileObservation,
    Sighting,
    Via,
)
from tests.builders import (
    QUILLMARK_LOGO,
    QUILLMARK_URL,
    finding_for,
    profile,
    quillmark_instagram,
    quillmark_inventory,
)

LOGO = QUILLMARK_LOGO
SITE = QUILLMARK_URL

INV = quillmark_inventory(("instagram", "facebook", "linkedin"),
                          accounts=[("instagram", "quillmarkpapier", "Marketing"),
                                    ("linkedin", "quillmark-papier-gmbh", "Personal")],
                          departments=("Marketing", "Export", "Corsi", "Personal"))

OFFICIAL = [
    quillmark_instagram(),
    profile("linkedin", "quillmark-papier-gmbh", display_name="Quillmark Papier GmbH",
            avatar_phash=LOGO, followers=3000, external_links=(SITE,)),
]


def classify_one(o: ProfileObservation) -> Finding:
    return finding_for(INV, o, OFFICIAL)


def _walled_linkedin(linking_page: str) -> ProfileObservation:
    url = "https://linkedin.test/quillmark-blue-paper"
    return profile("linkedin", "quillmark-blue-paper", url=url, state=ProbeState.UNVERIFIABLE,
                   reason="bot_block",
                   sightings=(Sighting("linkedin", "quillmark-blue-paper", Via.OFFICIAL_SITE,
                                       linking_page, "LinkedIn", url=url),))


@pytest.mark.parametrize("linking_page,cls,department", [
    (SITE + "export", FindingClass.OFFICIAL_UNLISTED, "Export"),
    (SITE, FindingClass.REDUNDANT, None),
])
def test_the_page_that_alone_links_an_own_account_names_its_department(
        linking_page: str, cls: FindingClass, department: str | None) -> None:
    f = classify_one(_walled_linkedin(linking_page))
    assert f.cls == cls, f
    if department is not None:
        assert f.department == department, f


def _instagram(name: str, handle: str) -> ProfileObservation:
    return profile("instagram", handle, display_name=name, avatar_phash=LOGO, posts=80,
                   followers=400, bio="Schmiedekurse in der Werkstatt, max. 4 Personen.",
                   external_links=(SITE,), last_active_at="2026-11-10",
                   sightings=(Sighting("instagram", handle, Via.OFFICIAL_SITE, SITE, "Instagram",
                                       url=f"https://instagram.test/{handle}"),))


@pytest.mark.parametrize("name,handle,cls", [
    ("Quillmark Corsi", "quillmark.corsi", FindingClass.OFFICIAL_UNLISTED),
    ("Quillmark Papier", "quillmark.papier.de", FindingClass.REDUNDANT),
])
def test_a_short_department_name_in_the_handle_or_name_names_it(
        name: str, handle: str, cls: FindingClass) -> None:
    f = classify_one(_instagram(name, handle))
    assert f.cls == cls, f
