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


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Grand concours ! Envoyez-nous votre numéro de carte", "scam"),  # French
        ("Page fan, non officielle", "fan"),
        ("Conseillère chez Lumen Paris. Mes propos n'engagent que moi.", "employee"),
        ("Concorso! Inviaci i tuoi dati bancari", "scam"),  # Italian
        ("Pagina fan non ufficiale", "fan"),
        ("Sorteio! Informe sua senha", "scam"),  # Portuguese
        ("Winactie: stuur je bankgegevens", "scam"),  # Dutch
        ("Fanpagina, niet officieel", "fan"),
    ],
)
def test_more_european_languages(text: str, kind: str) -> None:
    import re

    from matching.normalise import fold

    if kind == "scam":
        assert sig.scam_wording(text) is not None
    elif kind == "fan":
        assert sig.self_declared_fan(text) is not None
    else:
        assert re.search("|".join(words.EMPLOYEE_PATTERNS), fold(text))


def test_a_warning_about_data_requests_is_no_scam_wording() -> None:
    for text in ("We will never ask for your card details.",
                 "Karakuş asla kart bilgilerinizi istemez.",
                 "Nous ne demandons jamais votre mot de passe."):
        assert sig.scam_wording(text) is None, text
    assert sig.scam_wording("DM us your card details for a refund") is not None
