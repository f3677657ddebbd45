"""Look-alike letters are judged against the scripts the brand itself writes in (#11).

A company whose names are Cyrillic ("Ақбота Қаржы") writes its own display names in Cyrillic:
that is its spelling, not Cyrillic letters posing as Latin ones. A word that mixes scripts
("Ақбoта" with a Latin o, "Quillmаrk" with a Cyrillic а), full-width letters, or a whole word
of look-alikes in a script the brand does not use that spells a brand word, still is.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from matching import signals as sig
from matching.models import Finding, FindingClass, Inventory, ProfileObservation
from matching.normalise import scripts_of
from tests.builders import finding_for, one_brand_inventory, profile, with_fields

LOGO = "f766e88961998798"
SITE = "https://www.aqbota.kz/"
OWN = (FindingClass.OFFICIAL, FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)

INV = one_brand_inventory(
    "ТОО МФО Ақбота Қаржы", "Ақбота Қаржы", domain="aqbota.kz", site=SITE,
    aliases=("Aqbota", "Aqbota Qarzhy"), strategy=("instagram", "telegram", "facebook"),
    accounts=[("instagram", "aqbota.kz", "Маркетинг"), ("telegram", "aqbota_kz", "Маркетинг")],
    departments=("Маркетинг",),
)

OFFICIAL = [
    profile("instagram", "aqbota.kz", display_name="Ақбота Қаржы", avatar_phash=LOGO, posts=900,
            external_links=(SITE,), last_active_at="2026-11-18"),
    profile("telegram", "aqbota_kz", display_name="Ақбота Қаржы", avatar_phash=LOGO,
            bio="Ресми арна. aqbota.kz", followers=20000),
]

#: an old news channel of the company: Telegram has no link field, the description names
#: no site, only the declared channel to follow now
OLD_NEWS = profile("telegram", "aqbota_news", display_name="Ақбота Қаржы – новости (архив)",
                   bio="Канал больше не ведётся. Подписывайтесь на @aqbota_kz",
                   avatar_phash=LOGO, followers=3000)


def one(o: ProfileObservation, inv: Inventory = INV) -> Finding:
    return finding_for(inv, o, OFFICIAL)


def lookalike_claims(f: Finding) -> list[str]:
    return [e.detail for e in f.evidence
            if e.signal == "homoglyphs" or "look-alike letters" in e.detail]


def test_a_name_in_the_brands_own_script_claims_no_look_alike_letters() -> None:
    linked = with_fields(OLD_NEWS, external_links=(SITE,))
    f = one(linked)
    assert f.cls in OWN and lookalike_claims(f) == [], f


def test_one_latin_letter_in_the_brands_cyrillic_name_is_a_disguise() -> None:
    mixed = replace(with_fields(OLD_NEWS, display_name="Ақбoта Қаржы",  # a Latin o
                                external_links=(SITE,)), handle="aqbota_kz_news")
    f = one(mixed)
    assert f.cls == FindingClass.IMPOSTOR and lookalike_claims(f), f


def test_an_own_channel_without_a_link_that_points_at_the_declared_one_is_ours() -> None:
    """End to end a Telegram channel shows no link: its logo, "no longer maintained" and
    "subscribe to @aqbota_kz" (a declared channel) make it the company's retired channel."""
    f = one(OLD_NEWS)
    assert f.cls in OWN, f
    assert any(e.signal == "own_traces" for e in f.evidence), f


@pytest.mark.parametrize("bio", [
    "Канал больше не ведётся.",  # retired, but sends nobody to the declared channel
    "Подписывайтесь на @aqbota_kz",  # points at it, but does not say it is retired
    "Канал больше не ведётся. Подписывайтесь на @aqbota_kz. Бонус 50 000 ₸: "
    "https://aqbota-bonus.kz",  # and a lookalike link
])
def test_without_both_traces_or_with_a_scam_sign_it_is_not_ours(bio: str) -> None:
    f = one(with_fields(OLD_NEWS, bio=bio))
    assert not any(e.signal == "own_traces" for e in f.evidence), f


@pytest.mark.parametrize(("name", "keys", "own", "disguised"), [
    ("Ақбота Қаржы – новости (архив)", ["aqbota"], {"CYRILLIC", "LATIN"}, ""),
    ("Ақбoта Қаржы", ["aqbota"], {"CYRILLIC", "LATIN"}, "Ақбoта"),  # a Latin o among Cyrillic
    ("Quillmаrk Papier", ["quillmark"], {"LATIN"}, "Quillmаrk"),  # a Cyrillic а among Latin
    # full-width letters
    ("Ｑｕｉｌｌｍａｒｋ Papier", ["quillmarkpapier"], {"LATIN"}, "Ｑｕｉｌｌｍａｒｋ"),
    ("ТЕХАС", ["texac"], {"LATIN"}, "ТЕХАС"),  # Cyrillic spelling a Latin-only brand's word
    ("ТЕХАС", ["texac"], {"CYRILLIC", "LATIN"}, ""),  # ... the brand's own Cyrillic name
    ("ΑΙΓΑΙΑΣ Νέα", ["aigaias"], {"GREEK"}, ""),  # Greek
    ("Αigaias", ["aigaias"], {"GREEK", "LATIN"}, "Αigaias"),  # a Greek Alpha among Latin
    ("Սօս Բանկ", ["sos"], {"ARMENIAN"}, ""),  # Armenian
    ("ქართული ბანკი", ["kartuli"], {"GEORGIAN"}, ""),  # Georgian
    ("همراه ۲۴ ٥", ["hamrah"], {"ARABIC"}, ""),  # Arabic letters, Persian and Arabic digits
])
def test_disguised_words_per_word_against_the_brands_scripts(
        name: str, keys: list[str], own: set[str], disguised: str) -> None:
    assert sig.disguised_words(name, keys, own) == disguised


def test_the_scripts_of_a_name() -> None:
    assert scripts_of("Ақбота Aqbota") == {"CYRILLIC", "LATIN"}
    assert scripts_of("Ｑｕｉｌｌ") == {"FULLWIDTH"}  # never the Latin it imitates
    assert scripts_of("بانک ۲۴") == {"ARABIC"}


def test_the_display_name_evidence_lists_look_alikes_only_of_disguised_words() -> None:
    own = sig.explain_name("Ақбота Қаржы – новости", "Ақбота Қаржы", 1.0)
    assert "look-alike" not in own.detail
    fake = sig.explain_name("Northwind Сoffee", "Northwind Coffee", 1.0)  # Cyrillic С
    assert "look-alike letters: 'С' (U+0421)" in fake.detail
