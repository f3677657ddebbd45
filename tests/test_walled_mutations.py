"""Mutation tests of walled pages (#11): the same unreadable page with and without the
secondary evidence that decides it, in several languages and scripts.

1. A walled person's or fan's page stays ``unverified`` (the harness, ``World.expected_class``,
   expects that of every walled page its labels do not override), and its reason says what its
   search result shows: a person's or a fan's own page, no takedown on that.
2. A walled impostor: a search result that makes an applicant pay (a starter kit with its sum,
   in any currency a country writes before the figure) *and* a lookalike linking it is an
   impostor, its evidence secondary; the lookalike's link alone is one sign: ``unverified``.
3. A walled page whose handle alone looks like a scam's (a giveaway's, a help desk's, a claim to
   be official) is a candidate to check (``unverified``, the reason says so), never a class
   from its handle alone; the lookalike linking it is the second sign.
"""

from __future__ import annotations

import pytest

from matching.classify import classify
from matching.decide import WALLED_HANDLE_SIGN
from matching.models import (
    Finding,
    FindingClass,
    ProbeState,
    ProfileObservation,
    Sighting,
    Via,
)
from matching.profile_signals import job_fee
from tests.builders import QUILLMARK_URL, quillmark_instagram, quillmark_inventory

NOW = "2026-11-20T12:00:00+00:00"
SITE = QUILLMARK_URL
LOOKALIKE = "https://quillmark-rewards.com/"
WALL = ProbeState.UNVERIFIABLE

INV = quillmark_inventory(("instagram", "facebook", "x", "linkedin"))
OFFICIAL = quillmark_instagram(avatar_phash=None, followers=None)


def walled(platform: str, handle: str, *sightings: Sighting) -> Finding:
    o = ProfileObservation(platform, handle, f"https://{platform}.test/{handle}", WALL,
                           reason="login_wall", sightings=sightings)
    found = classify(INV, [OFFICIAL, o], (), now=NOW)
    return next(f for f in found if f.key == (platform, handle))


def searched(platform: str, handle: str, title: str, snippet: str) -> Sighting:
    return Sighting(platform, handle, Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                    "quillmark", f"https://{platform}.test/{handle}", title=title,
                    snippet=snippet)


def linked(platform: str, handle: str) -> Sighting:
    return Sighting(platform, handle, Via.LINKED_PAGE, LOOKALIKE,
                    url=f"https://{platform}.test/{handle}")


# ----------------------------------------------------------------------------- 1. people, fans

PEOPLE = [
    ("in/lena-brandt", "Lena Brandt - Barista - Quillmark Papier | LinkedIn",
     "Barista at Quillmark Papier Hamburg. Opinions my own."),
    ("in/lucia-perez", "Lucía Pérez - Quillmark Papier | LinkedIn",
     "Asesora comercial en Quillmark Papier. Opiniones personales."),
    ("in/anna-ivanova", "Анна Иванова - Quillmark Papier | LinkedIn",
     "Менеджер по продажам в Quillmark Papier. Мнение моё."),
]


@pytest.mark.parametrize("handle,title,snippet", PEOPLE)
def test_a_walled_persons_page_says_so_from_its_search_result(handle: str, title: str,
                                                               snippet: str) -> None:
    f = walled("linkedin", handle, searched("linkedin", handle, title, snippet))
    assert f.cls == FindingClass.UNVERIFIED and f.severity is None, f
    assert f.evidence[0].signal == "decision"
    assert "a person's own account" in f.evidence[0].detail, f.evidence[0]
    assert "no takedown" in f.evidence[0].detail
    # without the search result the page says nothing, and the finding says nothing more
    g = walled("linkedin", handle)
    assert g.cls == FindingClass.UNVERIFIED, g
    assert "person" not in " ".join(e.detail for e in g.evidence)


@pytest.mark.parametrize("snippet", [
    "Fan page of Quillmark Papier notebooks. Not affiliated with the company.",
    "Fanseite für Quillmark-Notizbücher. Keine offizielle Seite.",
])
def test_a_walled_fan_page_says_so_from_its_search_result(snippet: str) -> None:
    hit = searched("facebook", "quillmarkfans", "Quillmark Fans | Facebook", snippet)
    f = walled("facebook", "quillmarkfans", hit)
    assert f.cls == FindingClass.UNVERIFIED, f
    assert "a fan's or community page" in f.evidence[0].detail, f.evidence[0]
    assert "fan" not in walled("facebook", "quillmarkfans").evidence[0].detail


def test_a_walled_employee_page_whose_search_result_is_a_scam_is_no_persons_page() -> None:
    """The same employee's page, its search result asking applicants for a fee, and a
    lookalike linking it: an impostor, its evidence secondary."""
    hit = searched("linkedin", "in/lena-brandt", "Lena Brandt - Quillmark Papier | LinkedIn",
                   "Quillmark Papier is hiring! Pay the registration fee of 49 EUR to apply.")
    f = walled("linkedin", "in/lena-brandt", hit, linked("linkedin", "in/lena-brandt"))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert f.evidence[0].detail.startswith("secondary: ")


# ----------------------------------------------------------------------------- 2. impostors

KITS = [
    ("Quillmark Agents | LinkedIn",
     "Become a Quillmark agent! Buy your starter kit SCR 2,000. Recruitment."),
    ("Quillmark Conseil | LinkedIn", "Devenez conseillère Quillmark ! Kit de démarrage 150 €."),
    ("Quillmark Beratung | LinkedIn", "Werde Quillmark-Beraterin! Starterpaket 99 €"),
    ("Quillmark Agents | LinkedIn", "Become a Quillmark agent, starter kit MUR 1,500. Hiring now."),
]


@pytest.mark.parametrize("title,snippet", KITS)
def test_a_walled_page_that_sells_recruits_a_starter_kit_and_a_lookalike_links(
        title: str, snippet: str) -> None:
    h = "quillmark-agents"
    f = walled("linkedin", h, searched("linkedin", h, title, snippet), linked("linkedin", h))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert f.evidence[0].detail.startswith("secondary: "), f.evidence[0]
    assert "makes the applicant pay" in f.evidence[0].detail
    # the same page, its search result offering nothing for a price: the lookalike's link
    # is one sign, a candidate to check
    plain = searched("linkedin", h, title, "Quillmark agents across the islands.")
    g = walled("linkedin", h, plain, linked("linkedin", h))
    assert g.cls == FindingClass.UNVERIFIED, g
    assert "one sign of a scam only" in g.evidence[0].detail, g.evidence[0]


@pytest.mark.parametrize("text,fee", [
    ("Become a Loto agent! Buy your starter kit SCR 2,000. Recruitment.", "scr 2,000"),
    ("Recrutement : kit d'inscription MUR 800.", "mur 800"),
    ("Hiring resort staff, processing fee MVR 300", "mvr 300"),
])
def test_the_rupees_of_the_islands_are_sums(text: str, fee: str) -> None:
    assert fee in (job_fee(text) or ""), job_fee(text)


@pytest.mark.parametrize("text", [
    "Hiring agents. Free starter kit, salary SCR 8,000 per month.",
    "Become an agent: we never charge for the starter kit SCR 2,000",
    "Starter kit SCR 2,000 in our shop.",  # a price, no job offered
    "Become a member: starter kit 49 €",  # a club's, no work named
])
def test_a_starter_kit_given_warned_of_or_sold_is_no_fee(text: str) -> None:
    assert job_fee(text) is None


# ----------------------------------------------------------------------------- 3. the handle

@pytest.mark.parametrize("handle,word", [
    ("quillmarkgiveaway", "giveaway"),
    ("quillmark_support", "support"),
    ("quillmark.hediye", "hediye"),
    ("quillmark.official", "official"),
])
def test_a_walled_handle_that_looks_like_a_scam_is_a_candidate_only(handle: str,
                                                                     word: str) -> None:
    f = walled("instagram", handle)
    assert f.cls == FindingClass.UNVERIFIED and f.severity is None, f
    assert f.evidence[0].detail.startswith(WALLED_HANDLE_SIGN), f.evidence[0]
    assert f"'{word}'" in f.evidence[0].detail
    g = walled("instagram", handle, linked("instagram", handle))
    assert g.cls == FindingClass.IMPOSTOR, g
    assert g.evidence[0].detail.startswith("secondary: ")
