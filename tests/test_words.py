"""The one word-list module (#10): every vocabulary the matcher reads, in four languages."""

from __future__ import annotations

import pytest

from matching import signals as sig
from matching import variants, words
from matching.normalise import AFFIXES, peel_affixes


@pytest.mark.parametrize(
    "text",
    [
        "Destek hattı: sipariş numaranızı DM'den yazın",  # Turkish
        "Büyük çekiliş! Hediye kazandınız",
        "Tebrikler, kazandınız! Ödülünüzü alın",
        "Gewinnspiel! Jetzt kostenlos mitmachen",  # German
        "Kundendienst: Bestellnummer per DM senden",
        "¡Gran sorteo! Envíanos tu número de pedido",  # Spanish
        "Soporte 24 horas: verifica tu cuenta",
        "Giveaway: claim your free prize",  # English
    ],
)
def test_scam_vocabulary_in_four_languages(text: str) -> None:
    assert sig.scam_wording(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "Roasting coffee in Leeds since 2009.",
        "Kadıköy'de kahve kavuruyoruz.",
        "Wir rösten Kaffee in Hamburg.",
        "Tostamos café en Sevilla desde 1990.",
    ],
)
def test_ordinary_bios_are_not_scams(text: str) -> None:
    assert sig.scam_wording(text) is None, text


@pytest.mark.parametrize(
    "handle,affix",
    [
        ("northwind_destek", "destek"),
        ("northwindcekilis", "cekilis"),
        ("northwind.kundendienst", "kundendienst"),
        ("northwind_soporte", "soporte"),
        ("northwindsorteo", "sorteo"),
    ],
)
def test_lure_affixes_are_peeled_and_known_as_lures(handle: str, affix: str) -> None:
    core, found = peel_affixes(handle)
    assert core == "northwind" and found == (affix,)
    assert affix in words.LURE_AFFIXES


def test_the_lists_live_in_one_module() -> None:
    assert AFFIXES is words.HANDLE_AFFIXES
    assert variants.AFFIX_WORDS == words.VARIANT_AFFIXES_COMMON + words.VARIANT_AFFIXES_OTHER
    assert sig.SCAM_PATTERNS is words.SCAM_PATTERNS
    assert set(words.HANDLE_AFFIXES) >= words.LURE_AFFIXES
    assert set(words.HANDLE_AFFIXES) >= words.POSE_AFFIXES
