"""Mutation tests (#11, fans21): fans that say they love the brand or are its fans, its name
in a case form; communities of its customers; customers who say they are not the brand; and
the namesakes, traders and posers that use the same words in another sense.

Fans: "reposting my favourite <Brand> looks", "#<brand>love", "<Brand>in fani jo 20 vuotta"
(Finnish genitive), "a <Brand> rajongója" (Hungarian), "<Brand>-fanit" as a group's name; a
subreddit that names the brand in a case form ("<Brand>s anteckningsböcker"); a group of its
customers ("Grahak Parivar", "Customers of <Brand>") or of those who ask where to buy it
("Kur nopirkt <Brand>?"); "No soy la marca, solo amo sus cuadernos"; a club's ultras; a
football club's fans of its "team" (its own subject, not another fandom).

Not fans: the same pages without the deciding words; a page named as the brand's country
account that loves it; an employee who loves her job there; a personal shopper who says it
is not affiliated; any of them with the company's logo and a lookalike link (an impostor),
or asking money.
"""

from __future__ import annotations

import pytest

from matching.models import Finding, FindingClass, ProfileObservation
from matching.profile_signals import inflected
from tests.builders import active_page, finding_for, one_brand_inventory, profile, with_fields

LOGO = "f766e88961998798"
SITE = "https://www.quillmark.de/"
LOOKALIKE = "https://quillmark-rewards.com/claim"

INV = one_brand_inventory(
    "Quillmark Papier GmbH", "Quillmark Papier", domain="quillmark.de", site=SITE,
    aliases=("Quillmark",),
    strategy=("instagram", "facebook", "youtube", "telegram", "tiktok", "reddit"),
    accounts=[("instagram", "quillmarkpapier")],
)
OFFICIAL = profile("instagram", "quillmarkpapier", display_name="Quillmark Papier",
                   bio="Papier aus Hamburg seit 1921.",
                   avatar_phash=LOGO, posts=900, followers=20000, external_links=(SITE,),
                   last_active_at="2026-11-18")


def classify_one(o: ProfileObservation) -> Finding:
    return finding_for(INV, o, [OFFICIAL])


def said(o: ProfileObservation, bio: str, name: str | None = None) -> ProfileObservation:
    return with_fields(o, bio=bio, display_name=o.fields.display_name if name is None else name)


@pytest.mark.parametrize("word,name,expected", [
    ("quillmarkin", "quillmark", True),      # Finnish genitive
    ("quillmarkiban", "quillmark", False),   # no case ending of ours
    ("quillmarks", "quillmark", True),       # Swedish genitive
    ("cepla", "ceplis", True),               # Latvian: the stem's ending replaced
    ("ceplisbread", "ceplis", False),
    ("quillmarkxyz", "quillmark", False),
])
def test_a_case_form_is_read_as_the_name(word: str, name: str, expected: bool) -> None:
    assert inflected(word, name) is expected


@pytest.mark.parametrize("platform,handle,name,bio,plain", [
    # my favourite <Brand>, and its hashtag of love
    ("instagram", "quillmark.fanclub", "Quillmark Looks",
     "📸 reposting my favourite Quillmark notebooks 💛",
     "📸 reposting Quillmark notebooks 💛"),
    ("instagram", "quillmark.looks", "Quillmark Looks",
     "📸 reposting notebooks 💛 tag #quillmarklove",
     "📸 reposting notebooks 💛 tag #quillmarkhamburg"),
    # its fan, the name in a case form (Finnish genitive, Hungarian, Polish)
    ("instagram", "quillmark_mikko", "Quillmark Mikko",
     "Quillmarkin fani jo 20 vuotta! Kuvia vihoista.",
     "Quillmarkin vihkoja jo 20 vuotta! Kuvia vihoista."),
    ("instagram", "quillmark_anna", "Quillmark Anna",
     "A Quillmark rajongója vagyok. Füzetek és tollak.",
     "A Quillmark füzetei. Füzetek és tollak."),
    # its lovers in their own words (Polish, Turkish)
    ("tiktok", "quillmark_kasia", "Kasia i Quillmark",
     "Kocham Quillmark! Moje zeszyty i pióra.",
     "Zeszyty Quillmark. Moje zeszyty i pióra."),
    ("instagram", "quillmark_ayse", "Ayşe'nin defterleri Quillmark",
     "Quillmark'ı seviyorum, defterlerim burada.",
     "Quillmark defterleri burada."),
])
def test_a_page_that_loves_the_brand_is_a_fan(
        platform: str, handle: str, name: str, bio: str, plain: str) -> None:
    fan = active_page(platform, handle, name, bio)
    f = classify_one(fan)
    assert f.cls == FindingClass.FAN, f
    g = classify_one(said(fan, plain))
    assert g.cls != FindingClass.FAN, g
    # a fan's words excuse no lookalike: with the logo and a lookalike link, an impostor
    fake = with_fields(fan, avatar_phash=LOGO, external_links=(LOOKALIKE,))
    assert classify_one(fake).cls == FindingClass.IMPOSTOR
    # nor does it make a page that asks money a fan's: it reads as the same page without it
    ask = " Giveaway winner! Pay the shipping fee to claim your prize, DM your card number."
    scam = classify_one(said(fan, bio + ask))
    assert scam.cls != FindingClass.FAN, scam
    assert scam.cls == classify_one(said(fan, plain + ask)).cls


@pytest.mark.parametrize("name,bio,plain", [
    ("Lu y sus cuadernos Quillmark", "No soy la marca, solo amo sus cuadernos 📓",
     "Sus cuadernos 📓"),
    ("Probando cuadernos Quillmark", "Non son da marca, só me gustan os seus cadernos.",
     "Os seus cadernos."),
    ("Ma vie en Quillmark", "Je ne suis pas la marque, juste une cliente.",
     "Juste une vie."),
])
def test_a_customer_who_says_she_is_not_the_brand_is_a_fan(
        name: str, bio: str, plain: str) -> None:
    fan = active_page("tiktok", "cuadernosquillmark", name, bio)
    assert classify_one(fan).cls == FindingClass.FAN
    assert classify_one(said(fan, plain)).cls != FindingClass.FAN
    fake = with_fields(fan, avatar_phash=LOGO, external_links=(LOOKALIKE,))
    assert classify_one(fake).cls == FindingClass.IMPOSTOR


def test_a_groups_name_with_the_fan_word_in_a_case_form_is_a_fans() -> None:
    group = active_page("facebook", "groups/quillmarkfanit", "Quillmark-fanit",
                        "Ryhmä Quillmarkin vihkojen ystäville.")
    assert classify_one(group).cls == FindingClass.FAN
    plain = said(group, "Ryhmä Quillmarkin vihkojen ystäville.", name="Quillmark-kauppa")
    assert classify_one(plain).cls != FindingClass.FAN


def test_a_page_named_as_the_brands_country_that_loves_it_still_poses() -> None:
    """A love word on a page named as the brand's account for a country is no fan's: the
    country account it poses as; the fan word itself ("hayranıyız") says whose it is."""
    poser = active_page("instagram", "quillmarkpapier_tr", "Quillmark Papier Türkiye",
                        "Quillmark Papier'i seviyoruz! Yeni defterler.")
    assert classify_one(poser).cls == FindingClass.IMPOSTOR
    fan = said(poser, "Quillmark Papier hayranıyız! Yeni defterler.")
    assert classify_one(fan).cls == FindingClass.FAN


def test_an_employee_who_loves_her_job_is_no_fan() -> None:
    staff = active_page("instagram", "mia.quillmark", "Mia's journals",
                        "I love my job at Quillmark. Sales manager at Quillmark Papier.")
    assert classify_one(staff).cls != FindingClass.FAN
    fan = said(staff, "I love my Quillmark notebooks. Bullet journals from Altona.")
    assert classify_one(fan).cls == FindingClass.FAN


def test_a_subreddit_that_names_the_brand_in_a_case_form_is_its_users() -> None:
    sub = active_page("reddit", "r/quillmarkpapier", "Quillmark Papier",
                      "Skribenter diskuterar Quillmark Papiers anteckningsböcker.")
    assert classify_one(sub).cls == FindingClass.FAN
    other = said(sub, "Skribenter diskuterar anteckningsböcker i Hamburg.")
    assert classify_one(other).cls != FindingClass.FAN


@pytest.mark.parametrize("handle,name,bio,plain_name,plain", [
    ("groups/quillmarkgrahak", "Quillmark Grahak Parivar Surat",
     "Quillmark Papier na notebook vishe vaato.",
     "Quillmark Surat", "Quillmark Papier na notebook vishe vaato."),
    ("groups/quillmarkcustomersof", "Customers of Quillmark Papier",
     "Tips and photos.", "Quillmark Papier Hamburg", "Tips and photos."),
])
def test_a_group_of_the_brands_customers_is_a_fans(
        handle: str, name: str, bio: str, plain_name: str, plain: str) -> None:
    group = active_page("facebook", handle, name, bio)
    assert classify_one(group).cls == FindingClass.FAN
    assert classify_one(said(group, plain, name=plain_name)).cls != FindingClass.FAN


def test_a_personal_shoppers_disclaimer_is_no_fans_word() -> None:
    """A trade that orders the brand's goods for others and says it is not affiliated keeps
    itself apart: its trade's page, no fan's; the same disclaimer on a page of photos of the
    brand's notebooks is a fan's."""
    shop = active_page("instagram", "compras.quillmark", "Compras Quillmark Lima",
                       "Compras por encargo: cuadernos Quillmark Papier. No afiliado a "
                       "Quillmark Papier.")
    assert classify_one(shop).cls != FindingClass.FAN
    fan = said(shop, "Fotos de cuadernos Quillmark Papier. No afiliado a Quillmark Papier.",
               name="Fotos Quillmark Lima")
    assert classify_one(fan).cls == FindingClass.FAN


def test_a_group_that_asks_where_to_buy_the_brand_is_its_customers() -> None:
    group = active_page("facebook", "groups/quillmarklondona", "Quillmark Londonā",
                        "Kur nopirkt Quillmark Papier Londonā? Dalāmies ar adresēm.")
    assert classify_one(group).cls == FindingClass.FAN
    plain = said(group, "Quillmark Papier Londonā. Dalāmies ar adresēm.")
    assert classify_one(plain).cls != FindingClass.FAN


CLUB = one_brand_inventory(
    "Kanaro Football Club", "Kanaro FC", domain="kanarofc.sn", site="https://kanarofc.sn/",
    aliases=("Kanaro",), strategy=("instagram", "x", "facebook"),
    accounts=[("instagram", "kanarofc")],
)
CLUB_PAGE = profile("instagram", "kanarofc", display_name="Kanaro FC",
                    bio="Club de football de Guédiawaye.", avatar_phash=LOGO, posts=900,
                    followers=20000, external_links=("https://kanarofc.sn/",),
                    last_active_at="2026-11-18")


def test_a_clubs_ultras_are_its_fans() -> None:
    ultras = active_page("instagram", "kanaroultras", "Ultras Guédiawaye",
                         "Ultras du Kanaro FC depuis 2008. Groupe indépendant.")
    assert finding_for(CLUB, ultras, [CLUB_PAGE]).cls == FindingClass.FAN
    plain = said(ultras, "Kanaro FC depuis 2008. Guédiawaye.", name="Guédiawaye 2008")
    assert finding_for(CLUB, plain, [CLUB_PAGE]).cls != FindingClass.FAN


def test_a_teams_word_is_a_clubs_own_subject_not_another_fandom() -> None:
    """Beside a football club's name, "football team" is its own subject: its fans'; beside a
    paper maker's, a namesake team's fans."""
    fans = active_page("facebook", "groups/kanarofootballfans", "Kanaro Football Fans",
                       "Fan page of the Kanaro football team.")
    assert finding_for(CLUB, fans, [CLUB_PAGE]).cls == FindingClass.FAN
    other = active_page("facebook", "groups/quillmarkfootballfans", "Quillmark Football Fans",
                        "Fan page of the Quillmark football team.")
    assert classify_one(other).cls != FindingClass.FAN
