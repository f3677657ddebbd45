"""Mutation tests (#11, fans20): the families of fans read as namesakes and of namesakes read
as fans in the twelfth round's blind sets. Each pair differs only in the deciding words.

Fans: a home cook's recipes with the brand's product ("Kedvenc receptjeim <Brand> olajjal",
"On cuisine tout à l'huile <Brand>", "Recepti sa <Brand>"); a customer who says she is only
that ("Mimi ni mtumiaji tu, si wafanyakazi wa <Brand>", "I'm just a customer"); a group of
its regulars or lovers ("Hópur fyrir fastagesti", "Grupa ljubitelja"); its drivers' own
association ("Paguyuban Driver <Brand>"); a subreddit named for it that speaks of it by the
other word of its name ("photos of the papier"); a Tagalog "not official" with its politeness
particle ("Hindi po ito official channel").

Not fans: a namesake whose only unofficial words deny a tie with the brand, named there and
nowhere else ("Podcast ... Indépendant, aucun lien avec <Brand>"), or with anyone at all ("Not
affiliated with any shop"); a reviewer of a list of brands closed by "and"; the company's
staff's own club; a club of another place's people; a courier's day at work.
"""

from __future__ import annotations

import pytest

from matching.models import Finding, FindingClass, ProfileObservation
from tests.builders import (
    QUILLMARK_LOGO,
    QUILLMARK_URL,
    active_page,
    finding_for,
    quillmark_instagram,
    quillmark_inventory,
    with_fields,
)

LOGO = QUILLMARK_LOGO
SITE = QUILLMARK_URL
LOOKALIKE = "https://quillmark-rewards.com/claim"

INV = quillmark_inventory(("instagram", "facebook", "youtube", "telegram", "tiktok"),
                          aliases=("Quillmark", "Quillmark Öl"))
OFFICIAL = quillmark_instagram(bio="Papier und Öl aus Hamburg seit 1921.")


def classify_one(o: ProfileObservation) -> Finding:
    return finding_for(INV, o, [OFFICIAL])


def said(o: ProfileObservation, bio: str, name: str | None = None) -> ProfileObservation:
    return with_fields(o, bio=bio, display_name=o.fields.display_name if name is None else name)


@pytest.mark.parametrize("platform,handle,name,bio,plain", [
    # recipes with the brand's product, in Hungarian, French, Spanish, Serbian, Russian
    ("pinterest", "anna_receptjei", "Anna receptjei", "Kedvenc receptjeim Quillmark olajjal ❤️",
     "Anna, Budapest. Quillmark olaj ❤️"),
    ("instagram", "cuisine_ql_bko", "Les mamans de Bamako 🧡",
     "On cuisine tout à l'huile Quillmark depuis toujours 😍",
     "On aime l'huile Quillmark depuis toujours 😍"),
    ("tiktok", "cocina.de.lu", "La cocina de Lu", "Mis recetas con aceite Quillmark, paso a paso",
     "Aceite Quillmark, paso a paso"),
    ("facebook", "receptisaquillmark", "Bakina kuhinja", "Recepti sa Quillmark uljem i ljubavlju",
     "Ulje Quillmark i ljubav"),
    ("telegram", "kuhnya_ql", "Кухня Лены", "Мои рецепты с маслом Quillmark",
     "Масло Quillmark"),
    # a customer who says she is only that (Swahili, English, Spanish)
    ("tiktok", "wanjiru.akiba", "Wanjiru Akiba",
     "Changamoto ya akiba na Quillmark 🐷 Mimi ni mtumiaji tu, si wafanyakazi wa Quillmark.",
     "Changamoto ya akiba na Quillmark 🐷"),
    ("instagram", "mia.journals", "Mia Jensen",
     "My journals on Quillmark Papier. I'm just a customer!",
     "My journals on Quillmark Papier."),
    ("instagram", "lu.cuadernos", "Lucía Pérez",
     "Mis cuadernos Quillmark Papier. Solo soy clienta, no soy empleada.",
     "Mis cuadernos Quillmark Papier."),
    # its drivers' own association (Indonesian)
    ("instagram", "quillmarkdriverjaktim", "Quillmark Jaktim",
     "Paguyuban driver Quillmark Jakarta Timur. Kopdar tiap Jumat.",
     "Quillmark Jakarta Timur. Tiap Jumat."),
    # Tagalog "not official" with its particle
    ("youtube", "quillmarktipsnijoy", "Quillmark Papier Tips ni Ate Joy",
     "Tutorial gamit ang Quillmark Papier. Hindi po ito official channel.",
     "Tutorial gamit ang Quillmark Papier."),
])
def test_a_fan_in_words_the_lexicon_lacked_is_a_fan(
        platform: str, handle: str, name: str, bio: str, plain: str) -> None:
    fan = active_page(platform, handle, name, bio)
    f = classify_one(fan)
    assert f.cls == FindingClass.FAN, f
    g = classify_one(said(fan, plain))
    assert g.cls != FindingClass.FAN, g
    # a fan's words excuse no lookalike: with the logo and a lookalike link, an impostor
    fake = with_fields(fan, avatar_phash=LOGO, external_links=(LOOKALIKE,))
    assert classify_one(fake).cls == FindingClass.IMPOSTOR


@pytest.mark.parametrize("handle,name,bio,plain", [
    ("groups/quillmarkfastagestir", "Quillmark fastagestir",
     "Hópur fyrir fastagesti Quillmark: árskort, ráð og myndir.",
     "Hópur um Quillmark: árskort, ráð og myndir."),
    ("groups/receptisaquillmarkom", "Quillmark u kuhinji",
     "Grupa ljubitelja Quillmark ulja. Delimo ideje za torte.",
     "Grupa: Quillmark ulje. Delimo ideje za torte."),
    ("groups/quillmarkregulars", "Quillmark regulars",
     "For the regulars of the Quillmark shop: news and photos.",
     "The Quillmark shop: news and photos."),
])
def test_a_group_of_the_brands_regulars_or_lovers_is_a_fan(
        handle: str, name: str, bio: str, plain: str) -> None:
    fan = active_page("facebook", handle, name, bio)
    assert classify_one(fan).cls == FindingClass.FAN
    g = classify_one(said(fan, plain, name="Quillmark"))
    assert g.cls != FindingClass.FAN, g


def test_the_companys_staffs_own_club_is_no_fans_group() -> None:
    club = active_page("facebook", "groups/quillmarkstaffclub", "Quillmark Staff Football Club",
                       "Friendly matches of Quillmark Papier staff, Sundays in Altona.")
    assert classify_one(club).cls == FindingClass.UNRELATED
    fans = said(club, "Friendly matches of Quillmark Papier lovers, Sundays in Altona.",
                name="Quillmark Football Club")
    assert classify_one(fans).cls == FindingClass.FAN


def test_a_club_of_another_places_people_is_a_namesakes() -> None:
    club = active_page("github", "quillmark", "Quillmark Code Club",
                       "After-school coding club for Altona students.")
    assert classify_one(club).cls != FindingClass.FAN
    users = said(club, "Coding club for Quillmark users.")
    assert classify_one(users).cls == FindingClass.FAN


@pytest.mark.parametrize("name,bio,fan_bio", [
    ("Quillmark, le podcast",
     "Podcast culture et histoire des Antilles. Indépendant, aucun lien avec Quillmark Papier.",
     "Podcast sur les carnets Quillmark Papier. Indépendant, aucun lien avec Quillmark Papier."),
    ("مولدة Quillmark الأهلية",
     "مولدة Quillmark - حي الزهراء، الموصل. أبو أحمد. لا علاقة لنا بشركة Quillmark Papier.",
     "صور دفاتر Quillmark Papier. لا علاقة لنا بشركة Quillmark Papier."),
])
def test_a_namesake_that_denies_the_tie_is_no_fan(name: str, bio: str, fan_bio: str) -> None:
    """Its only unofficial words deny a tie with the brand, named there and nowhere else, on a
    page named as someone else with a subject of its own: a namesake. The same disclaimer on
    a page about the brand's goods: a fan."""
    own = active_page("telegram", "quillmark_cast", name, bio)
    assert classify_one(own).cls == FindingClass.UNRELATED
    assert classify_one(said(own, fan_bio)).cls == FindingClass.FAN


def test_a_blanket_disclaimer_is_no_fans_word() -> None:
    bot = active_page("mastodon", "quillmark", "quillmark",
                      "Bot reposting stationery deals from public boards. Not affiliated with "
                      "any shop.")
    assert classify_one(bot).cls == FindingClass.UNRELATED
    fan = said(bot, "Bot reposting Quillmark Papier deals. Not affiliated with Quillmark Papier.")
    assert classify_one(fan).cls == FindingClass.FAN


def test_a_reviewer_of_a_list_closed_by_and_is_no_fan() -> None:
    many = active_page("youtube", "notebookreviewsmia", "Notebook Reviews with Mia",
                       "Honest reviews of notebooks: Quillmark, Leuchtturm and Moleskine brands. "
                       "Not sponsored.")
    assert classify_one(many).cls == FindingClass.UNRELATED
    one = said(many, "Honest reviews of Quillmark notebooks. Not sponsored.")
    assert classify_one(one).cls == FindingClass.FAN


def test_a_couriers_day_at_work_is_a_persons_page() -> None:
    courier = active_page("tiktok", "kurier.quillmark.marek", "Marek na trasie",
                          "Dzień z życia kuriera Quillmark. Konto prywatne, nie oficjalne.")
    f = classify_one(courier)
    assert f.cls == FindingClass.UNRELATED, f
    customer = said(courier, "Moje paczki od Quillmark, nie jestem pracownikiem. "
                             "Konto prywatne, nie oficjalne.")
    assert classify_one(customer).cls == FindingClass.FAN


def test_a_subreddit_that_speaks_of_the_brand_by_its_kind_is_its_users() -> None:
    sub = active_page("reddit", "r/quillmark", "Quillmark",
                      "Ink talk, travel tips to Hamburg, photos of the papier.")
    assert classify_one(sub).cls == FindingClass.FAN
    other = said(sub, "Ink talk, travel tips to Hamburg, photos of the harbour.")
    assert classify_one(other).cls != FindingClass.FAN
