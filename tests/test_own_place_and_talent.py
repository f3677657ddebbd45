"""Mutation tests (#11, unlisted21): which declared account an undeclared own account
doubles, when its words name one place among several or the talent team's own programme.

A branch's page the site's ``/branches`` page links, named for the Orange Walk branch, is the
Orange Walk Branch's: with no declared account of that branch it doubles nothing
(``official_unlisted``), where it used to be read as the first branch of the inventory's list
(Cayo) and called a second Cayo page; named for Cayo, it is the Cayo branch's second page
(``redundant``). Declaring an Orange Walk page makes it a second page again.

A walled LinkedIn page the ``/careers`` page links, whose handle names an early-careers
programme or the talent team (``graduate``, ``talento``, ``trainee``), is HR's channel of its
own beside HR's main company page (``official_unlisted``); a handle that names no such purpose
linked from the same page doubles HR's page (``redundant``), as before.
"""

from __future__ import annotations

import pytest

from matching.models import FindingClass, ProbeState, Sighting, Via
from tests.builders import active_page, finding_for, one_brand_inventory, profile

SITE = "https://www.jabiruxpress.test/"


def _courier(*accounts: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    return one_brand_inventory(
        "Jabiru Xpress Ltd.", "Jabiru Xpress", domain="jabiruxpress.test", site=SITE,
        strategy=("facebook", "instagram", "linkedin"),
        departments=("Marketing", "Cayo Branch", "Orange Walk Branch", "Human Resources"),
        accounts=[("facebook", "JabiruXpress", "Marketing"), *accounts])


BRANCHES = [("facebook", "JabiruXpressCayo", "Cayo Branch"),
            ("linkedin", "jabiru-xpress", "Human Resources")]


def _declared_pages(declared: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    """The declared accounts as found, active (a declared account never found is no page
    an undeclared one could double)."""
    return [active_page(platform, handle, f"Jabiru Xpress {dept}", f"{dept}. {SITE}")
            for platform, handle, dept in [("facebook", "JabiruXpress", "Marketing"),
                                           *declared]]


def _branch_page(handle: str, town: str):  # type: ignore[no-untyped-def]
    page = active_page("facebook", handle, f"Jabiru Xpress {town}",
                       f"{town} branch: package pick-up Mon-Sat 9-5. Payments at the counter "
                       "only.")
    return profile("facebook", handle, sightings=(
        Sighting("facebook", handle, Via.OFFICIAL_SITE, SITE + "branches", "Facebook",
                 url=page.url),), **{k: getattr(page.fields, k) for k in (
                     "display_name", "bio", "posts", "followers", "last_active_at")})


@pytest.mark.parametrize("declared,handle,town,cls,department", [
    (BRANCHES, "jabiruxpressorangewalk", "Orange Walk", FindingClass.OFFICIAL_UNLISTED,
     "Orange Walk Branch"),
    (BRANCHES, "jabiruxpresscayotown", "Cayo", FindingClass.REDUNDANT, "Cayo Branch"),
    ([*BRANCHES, ("facebook", "JabiruOW", "Orange Walk Branch")], "jabiruxpressorangewalk",
     "Orange Walk", FindingClass.REDUNDANT, "Orange Walk Branch"),
])
def test_a_branch_page_is_the_branch_it_names(
        declared: list[tuple[str, str, str]], handle: str, town: str, cls: FindingClass,
        department: str) -> None:
    f = finding_for(_courier(*declared), _branch_page(handle, town), _declared_pages(declared))
    assert (f.cls, f.department) == (cls, department)


def _careers_linkedin(handle: str):  # type: ignore[no-untyped-def]
    url = f"https://linkedin.test/{handle}"
    return profile("linkedin", handle, url=url, state=ProbeState.UNVERIFIABLE,
                   reason="bot_block", sightings=(
                       Sighting("linkedin", handle, Via.OFFICIAL_SITE, SITE + "careers",
                                "LinkedIn", url=url),))


@pytest.mark.parametrize("handle,cls", [
    ("jabiru-xpress-graduate-programme", FindingClass.OFFICIAL_UNLISTED),
    ("jabiru-xpress-talento", FindingClass.OFFICIAL_UNLISTED),
    ("jabiru-xpress-trainee", FindingClass.OFFICIAL_UNLISTED),
    ("jabiru-xpress-couriers", FindingClass.REDUNDANT),
])
def test_the_talent_teams_programme_page_is_no_second_hr_page(
        handle: str, cls: FindingClass) -> None:
    f = finding_for(_courier(*BRANCHES), _careers_linkedin(handle), _declared_pages(BRANCHES))
    assert f.cls == cls
    assert f.department == "Human Resources"
