"""Mutation tests of deception wording (#11): impostors that read as namesakes, in families.
Each case is one profile with and without the signal that decides it.

1. A help desk persona in words the lists lacked ("<Brand> abi", "<Brand> Huduma", "خدمة مرضى
   <Brand>", "<Brand> ਮਦਦ"), known by its search result only and inviting private messages: an
   impostor; the same page under a name of someone else's is not.
2. A help desk's handle that spells the brand with look-alike letters (``QuiIImarkHelp``,
   ``Qu1llmarkCare``) on a page that shows a crawler nothing: a candidate impostor, as the
   plain spelling is; the same spelling with a word that is no desk's is not.
3. A handle and a name of the brand plus a country ("Vantoria Foods Kenya", ``VantoriaFoodsKE``)
   on a platform where the brand's declared accounts mark no country: an impostor posing as
   the national account; where the brand marks its markets on that platform, or the company's
   site links the page (its own regional account), not.
4. A page named the brand's wholesale desk ("Vantoria Foods Wholesale") is no reseller; a
   genuine reseller (its own firm's name, or a licence and a town) stays ``unrelated``; behind a
   wall the wholesale name is one sign beside a lookalike's link.
"""

from __future__ import annotations

from typing import Any

import pytest

from matching.classify import classify
from matching.models import (
    Finding,
    FindingClass,
    Inventory,
    OfficialAccount,
    ProbeState,
    ProfileObservation,
    Severity,
    Sighting,
    Via,
)
from tests.builders import QUILLMARK_URL, one_brand_inventory, profile

NOW = "2026-11-20T12:00:00+00:00"
LOGO = "f766e88961998798"
SITE = "https://www.vantoriafoods.co.ke/"
LOOKALIKE = "https://vantoriafoods-export.com/"
OWN = {FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT}


def inventory(*x_handles: str) -> Inventory:
    """Vantoria Foods' inventory: its Instagram and Facebook accounts and ``x_handles`` on X."""
    return one_brand_inventory(
        "Vantoria Foods Ltd", "Vantoria Foods", domain="vantoriafoods.co.ke", site=SITE,
        aliases=("Vantoria",), strategy=("instagram", "facebook", "x", "linkedin"),
        accounts=[("instagram", "vantoriafoods"), ("facebook", "vantoriafoods"),
                  *(("x", h) for h in x_handles)])


OFFICIAL = [
    profile("instagram", "vantoriafoods", display_name="Vantoria Foods",
            bio="Spices and flours from Nairobi.", avatar_phash=LOGO, posts=900,
            external_links=(SITE,), last_active_at="2026-11-18"),
    profile("facebook", "vantoriafoods", display_name="Vantoria Foods", avatar_phash=LOGO,
            posts=300, external_links=(SITE,), last_active_at="2026-11-10"),
]


def classify_one(o: ProfileObservation, inv: Inventory | None = None) -> Finding:
    found = classify(inv or inventory("VantoriaFoods"), [*OFFICIAL, o], (), now=NOW)
    return next(f for f in found if f.key == (o.platform, o.handle))


def shell(handle: str, name: str, snippet: str, *more: Sighting) -> ProfileObservation:
    """An X page that shows a crawler nothing, known by its search result."""
    hit = Sighting("x", handle.lower(), Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                   "vantoria", f"https://x.test/{handle}", title=f"{name} (@{handle}) / X",
                   snippet=snippet)
    return profile("x", handle.lower(), url=f"https://x.test/{handle}", sightings=(hit, *more))


def page(platform: str, handle: str, **fields: Any) -> ProfileObservation:
    return profile(platform, handle.lower(), url=f"https://{platform}.test/{handle}", **fields)


# ----------------------------------------------------------------------------- 1. desk personas

DESK_NAMES = [
    ("VantoriaAbi", "Vantoria Foods abi", "Küsimusi? Kirjuta meile DM, aitame hea meelega."),
    ("VantoriaHuduma", "Vantoria Foods Huduma", "Pole kwa usumbufu. Tutumie DM tukusaidie."),
    ("VantoriaCare", "خدمة مرضى Vantoria Foods", "مرحباً بكم. راسلونا على الخاص."),
    ("VantoriaMadad", "Vantoria Foods ਮਦਦ", "Questions? Send us a DM."),
    ("VantoriaTugi", "Vantoria Foods klienditugi", "Küsimusi? Kirjuta meile DM."),
]


@pytest.mark.parametrize(("handle", "name", "bio"), DESK_NAMES)
def test_a_help_desk_persona_in_any_language_is_an_impostor(handle: str, name: str,
                                                            bio: str) -> None:
    f = classify_one(shell(handle, name, bio))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert f.severity == Severity.MEDIUM, f


@pytest.mark.parametrize(("handle", "name", "bio"), DESK_NAMES)
def test_the_same_page_named_as_someone_else_is_no_help_desk(handle: str, name: str,
                                                            bio: str) -> None:
    f = classify_one(shell("VantoriaKask", "Vantoria Kask", bio))
    assert f.cls != FindingClass.IMPOSTOR, f


# ----------------------------------------------------------------------------- 2. look-alike desk


def blank(handle: str) -> ProfileObservation:
    return profile("x", handle.lower(), url=f"https://x.test/{handle}")


@pytest.mark.parametrize("handle", ["VantoriaHelp", "VantoriaFoodsCare", "Vant0riaHelp",
                                    "VantoriaFoodsAbi", "Vant0riaFoodsTugi"])
def test_a_blank_desk_handle_in_look_alike_letters_is_a_candidate(handle: str) -> None:
    f = classify_one(blank(handle))
    assert (f.cls, f.severity) == (FindingClass.IMPOSTOR, Severity.MEDIUM), f


@pytest.mark.parametrize("handle", ["Vant0riaHoney", "VantoriaFoodsKask"])
def test_a_blank_handle_without_a_desk_word_is_no_candidate(handle: str) -> None:
    assert classify_one(blank(handle)).cls != FindingClass.IMPOSTOR


def test_look_alike_letters_keep_the_brand_longer_than_the_desk() -> None:
    """A capital I for an l in the brand's name: 'QuiIImark' is 'Quillmark'."""
    desk = OfficialAccount("x", "QuillmarkHilfe", "Quillmark")
    inv = one_brand_inventory("Quillmark GmbH", "Quillmark", domain="quillmark.de",
                              site=QUILLMARK_URL, accounts=[desk])
    found = classify(inv, [blank("QuiIImarkHelp"), blank("QuiIImarkMoon")], (), now=NOW)
    cls = {f.handle: f.cls for f in found}
    assert cls["quiiimarkhelp"] == FindingClass.IMPOSTOR
    assert cls["quiiimarkmoon"] != FindingClass.IMPOSTOR


# ----------------------------------------------------------------------------- 3. country


NATIONAL = ("VantoriaFoodsKE", "Vantoria Foods Kenya", "Vantoria Foods news and offers for Kenya")


@pytest.mark.parametrize(("handle", "name"), [
    ("VantoriaFoodsKE", "Vantoria Foods Kenya"), ("VantoriaFoodsNG", "Vantoria Foods NG"),
    ("VantoriaFoodsIndia", "Vantoria Foods India"), ("VantoriaFoodsEU", "Vantoria Foods EU"),
    ("VantoriaFoods_ZW", "Vantoria Foods Zimbabwe"),
])
def test_a_brand_plus_a_country_it_never_marks_poses_as_its_national_account(
        handle: str, name: str) -> None:
    f = classify_one(shell(handle, name, NATIONAL[2]))
    assert (f.cls, f.severity) == (FindingClass.IMPOSTOR, Severity.MEDIUM), f
    assert "account for a country" in f.evidence[0].detail


def test_where_the_brand_marks_its_markets_on_the_platform_a_country_page_is_no_claim() -> None:
    f = classify_one(shell(*NATIONAL), inventory("VantoriaFoods", "VantoriaFoodsUG"))
    assert f.cls != FindingClass.IMPOSTOR, f


def test_an_own_regional_account_the_company_site_links_stays_own() -> None:
    site = Sighting("x", "vantoriafoodske", Via.OFFICIAL_SITE, SITE + "kenya",
                    url="https://x.test/VantoriaFoodsKE")
    f = classify_one(shell(*NATIONAL, site))
    assert f.cls in OWN, f


@pytest.mark.parametrize(("handle", "name", "bio"), [
    ("Vantoria_NG", "Vantoria Nguyen", "coffee, film, Saigon"),
    ("VantoriaFoods_DJ", "DJ Vantoria Foods", "House and afrobeats, Mombasa nights"),
    ("VantoriaFoodsIL", "Vantoria Foods IL", "Fotball og ski for barn og unge"),
    ("TJVantoriaFoods", "TJ Vantoria Foods", "Turistický oddíl. Výlety každou sobotu."),
])
def test_a_code_that_names_someone_else_is_no_national_account(handle: str, name: str,
                                                               bio: str) -> None:
    """A person whose handle ends like a country, a disc jockey, a sports club ("IL", "TJ"
    before the name: a country is a suffix)."""
    f = classify_one(shell(handle, name, bio))
    assert f.cls != FindingClass.IMPOSTOR, f


# ----------------------------------------------------------------------------- 4. wholesale


def test_a_page_named_the_brands_wholesale_desk_is_no_reseller() -> None:
    fake = page("facebook", "vantoriafoodswholesale", display_name="Vantoria Foods Wholesale",
                bio="Contact us for wholesale prices on Vantoria Foods spices.",
                avatar_phash=LOGO, posts=4)
    assert classify_one(fake).cls == FindingClass.IMPOSTOR


@pytest.mark.parametrize(("handle", "name", "bio"), [
    ("nairobispicetraders", "Nairobi Spice Traders",
     "Authorised distributor of Vantoria Foods in Nairobi. Wholesale prices."),
    ("vantoriamombasadistributor", "Vantoria Foods — Authorized Distributor Mombasa",
     "Vantoria spices at wholesale rates. Mombasa delivery."),
    ("vantoriafoods_de", "Vantoria Foods Deutschland",
     "Gewürze aus Kenia. Vertrieb in DE durch Gewürzhaus Bauer GmbH, Nürnberg."),
])
def test_a_genuine_reseller_in_the_logo_stays_unrelated(handle: str, name: str,
                                                        bio: str) -> None:
    f = classify_one(page("instagram", handle, display_name=name, bio=bio, avatar_phash=LOGO,
                          posts=120))
    assert f.cls == FindingClass.UNRELATED, f


def test_the_same_regional_page_without_its_distributor_is_a_national_pose() -> None:
    f = classify_one(page("instagram", "vantoriafoods_de", display_name="Vantoria Foods "
                          "Deutschland", bio="Gewürze aus Kenia.", avatar_phash=LOGO, posts=120))
    assert f.cls == FindingClass.IMPOSTOR, f


def _walled_wholesale(name: str) -> Finding:
    handle = "vantoria-foods-trade"
    hit = Sighting("linkedin", handle, Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                   "vantoria", f"https://linkedin.test/{handle}", title=f"{name} | LinkedIn",
                   snippet="Factory-price lots. Reserve with a deposit to our trade agent.")
    lure = Sighting("linkedin", handle, Via.LINKED_PAGE, LOOKALIKE,
                    url=f"https://linkedin.test/{handle}")
    o = profile("linkedin", handle, state=ProbeState.UNVERIFIABLE, reason="bot_block",
                sightings=(hit, lure))
    return classify_one(o)


def test_behind_a_wall_a_wholesale_name_beside_a_lookalikes_link_is_two_signs() -> None:
    f = _walled_wholesale("Vantoria Foods Wholesale")
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "wholesale" in f.evidence[0].detail


def test_behind_a_wall_the_lookalikes_link_alone_is_one_sign() -> None:
    assert _walled_wholesale("Vantoria Foods").cls == FindingClass.UNVERIFIED
