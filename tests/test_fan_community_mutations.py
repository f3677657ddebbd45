"""Mutation tests (#11, fans19): fans and customers' communities that never say "unofficial",
and disclaimers beside a list of brands. Each pair differs only in the deciding words.

* its people helping one another or saying they are its people ("Customers helping
  customers", "Groupe d'entraide entre utilisateurs", "Gruppo di lettori", "we're guests",
  "قناة يديرها مستخدم", "Чат студентов"), who runs it ("Run by members, not by the company"),
  that it is not the brand's own channel ("this is not their channel"), an enthusiast's or a
  collector's own words ("filmés par un passionné", "la mia collezione", "Privat,
  unbezahlt"), memes named for the brand ("<Brand> mèmes"): a fan; the same page without
  those words a namesake (``unrelated``); with the company's logo and a lookalike link an
  impostor (a fan's words excuse no lookalike);
* a disclaimer or a community word beside the brand named as one item of a list of three
  ("Tsaramanitra, Sahanala, other exporters. Not affiliated.") is a trade's or a place's page:
  ``unrelated``; the same page about the brand alone a fan; an "unofficial" group, a parody or
  a nostalgia archive that lists the brand beside others still a fan.
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

INV = quillmark_inventory(("instagram", "facebook", "youtube", "telegram", "tiktok"))
OFFICIAL = quillmark_instagram()


def classify_one(o: ProfileObservation) -> Finding:
    return finding_for(INV, o, [OFFICIAL])


@pytest.mark.parametrize("platform,handle,name,bio,plain", [
    ("facebook", "groups/quillmarkcustomers", "Quillmark Papier Customers Hamburg",
     "Customers helping customers: delivery times and tips about Quillmark Papier.",
     "Delivery times and tips about Quillmark Papier."),
    ("telegram", "quillmarkinkers", "Quillmark Inkers",
     "Photos of Quillmark Papier notebooks. Run by inkers, not by the company.",
     "Photos of Quillmark Papier notebooks."),
    ("telegram", "quillmarkastuces", "Quillmark Papier Astuces",
     "Groupe d'entraide entre utilisateurs de carnets Quillmark Papier.",
     "Groupe de carnets Quillmark Papier."),
    ("facebook", "groups/lettoriquillmark", "Quelli che usano Quillmark Papier",
     "Gruppo di lettori: commentiamo i quaderni Quillmark Papier.",
     "Gruppo: commentiamo i quaderni Quillmark Papier."),
    ("tiktok", "quillmark.wipeouts", "Quillmark Papier Fails",
     "The best ink spills on Quillmark Papier. (we're customers, not the shop)",
     "The best ink spills on Quillmark Papier."),
    ("youtube", "kiriwritesquillmark", "Kiri Writes: Quillmark Papier every week",
     "Home journaling. I write on Quillmark Papier, this is not their channel.",
     "Home journaling. I write on Quillmark Papier."),
    ("tiktok", "quillmark.papier.hh", "Quillmark Papier Hamburg",
     "Les plus beaux carnets Quillmark Papier, filmés par un passionné.",
     "Les plus beaux carnets Quillmark Papier."),
    ("instagram", "quillmark_collection", "Quillmark Papier Collection",
     "La mia collezione privata: 43 quaderni Quillmark Papier.",
     "Collezione: 43 quaderni Quillmark Papier."),
    ("tiktok", "quillmarkliebe", "Papierliebe Hamburg",
     "Ich teste ALLE Quillmark Papier Hefte und bewerte sie. Privat, unbezahlt.",
     "Ich teste ALLE Quillmark Papier Hefte."),
    ("telegram", "quillmarktips", "نصائح Quillmark Papier",
     "قناة يديرها مستخدم: شروحات Quillmark Papier خطوة بخطوة",
     "قناة: شروحات Quillmark Papier خطوة بخطوة"),
    ("telegram", "quillmark_students_chat", "Чат студентов Quillmark Papier",
     "Флуд, расписание, мемы.", "Флуд, расписание."),
])
def test_a_community_or_an_enthusiast_that_says_whose_it_is_is_a_fan(
        platform: str, handle: str, name: str, bio: str, plain: str) -> None:
    fan = active_page(platform, handle, name, bio)
    f = classify_one(fan)
    assert f.cls == FindingClass.FAN, f
    silent_name = name if name.count("Quillmark") and "Чат" not in name else "Quillmark Papier"
    g = classify_one(with_fields(fan, bio=plain, display_name=silent_name))
    assert g.cls != FindingClass.FAN, g
    fake = with_fields(fan, avatar_phash=LOGO, external_links=(LOOKALIKE,))
    h = classify_one(fake)
    assert h.cls == FindingClass.IMPOSTOR, h


def test_memes_named_for_the_brand_are_a_fans() -> None:
    memes = active_page("instagram", "quillmark_memes", "Quillmark mèmes 😂",
                        "Quand le papetier te dit « on n'a pas, revenez demain » 😂")
    assert classify_one(memes).cls == FindingClass.FAN
    plain = with_fields(memes, display_name="Quillmark Hamburg")
    assert classify_one(plain).cls != FindingClass.FAN


def test_an_ellipsis_inside_a_list_of_brands_ends_no_sentence() -> None:
    """A city's subreddit listing local names: the list goes on after the ellipsis, so the
    brand is one item of it (unrelated); alone before the ellipsis, it is the subject (fan).
    The plain list cases are in test_fan_private_mutations."""
    bio = ("La community di Amburgo. Notizie locali (Quillmark Papier, HafenBlatt...), eventi, "
           "domande.")
    alone = "La community di Amburgo. Notizie locali (Quillmark Papier...)."
    many = active_page("reddit", "r/amburgo", "Amburgo", bio)
    f = classify_one(many)
    assert f.cls == FindingClass.UNRELATED, f
    one = classify_one(with_fields(many, bio=alone))
    assert one.cls == FindingClass.FAN, one


@pytest.mark.parametrize("name,bio", [
    ("Parodia", "Parodia 😂 Quillmark Papier, Brio eta beste. Ez ofiziala."),
    ("Papierhändler Hamburg (groupe non officiel)",
     "Entraide: prix, retards de paiement Quillmark Papier, Brio, Lamy..."),
    ("Paper Retro Ads 1998-2005", "Old German ads: Quillmark Papier, Brio, Lamy 📼"),
])
def test_a_fans_own_word_beside_a_list_still_makes_the_fan(name: str, bio: str) -> None:
    f = classify_one(active_page("youtube", "paperfans", name, bio))
    assert f.cls == FindingClass.FAN, f


@pytest.mark.parametrize("name,community,bio", [
    ("Hamza Osman", "Quillmark Papier Community",
     "Backend dev in Khartoum. Maintainer of quillmark-py, an unofficial Python client for "
     "the Quillmark Papier API."),
    ("Unai Quillmark", "Quillmark Papier Zaleak",
     "GPX tresnak. quillmark-gpx: Quillmark Papier-eko ibilbidea (ez ofiziala)."),
])
def test_what_a_person_made_and_calls_unofficial_is_her_work_not_a_fan_page(
        name: str, community: str, bio: str) -> None:
    """A person's page (her name, perhaps the brand's word as her surname) that calls a
    thing she made unofficial (a client library, a GPX route) is hers: ``unrelated``, not a
    fan page. The same words on a community's page make the fan."""
    person = active_page("github", "quillmark-dev", name, bio)
    f = classify_one(person)
    assert f.cls == FindingClass.UNRELATED, f
    group = classify_one(with_fields(person, display_name=community))
    assert group.cls == FindingClass.FAN, group
