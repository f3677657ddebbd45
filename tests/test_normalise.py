"""Normalisation: strings a reader confuses must share a comparison key, namesakes must not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.normalise import (
    comparison_key,
    fold,
    homoglyphs_used,
    is_mixed_script,
    peel_affixes,
    plain_key,
    skeleton,
    squash,
    turkish_fold,
)


@pytest.mark.parametrize(
    "a, b",
    [
        ("NORTHWIND KAHVE", "Northwind Kahve"),
        ("northwınd kahve", "Northwind Kahve"),  # dotless ı
        ("NORTHWİND KAHVE", "northwind kahve"),  # dotted capital İ
        ("N\u043erthwind", "Northwind"),  # Cyrillic о
        ("N\u03bfrthw\u0456nd", "northwind"),  # Greek ο, Cyrillic і
        ("ｎｏｒｔｈｗｉｎｄ", "northwind"),  # full width
        ("n0rthw1nd", "northwind"),
        ("north_wind.coffee", "Northwind Coffee"),
        ("northwind-coffee-official", "northwindcoffee"),
        ("the_real_northwind", "northwind"),
        ("NorthwindCoffeeTR", "northwindcoffee"),
        ("supportnorthwind", "northwind"),
        ("northwindfans", "northwind"),
        ("resmi_northwind_destek", "northwind"),
        ("Açar Kahve", "acar kahve"),
        ("Şeker Ğıda Çay Ölçü Ürün", "seker gida cay olcu urun"),
    ],
)
def test_lookalikes_share_a_key(a: str, b: str) -> None:
    assert comparison_key(a) == comparison_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Northwind Sailing Club", "Northwind Coffee"),
        ("southwind", "northwind"),
        ("theo", "o"),
    ],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert comparison_key(a) != comparison_key(b)


def test_turkish_fold_handles_all_four_is() -> None:
    assert turkish_fold("İIıi") == "iiii"
    assert fold("İSTANBUL") == "istanbul"  # not "i̇stanbul" with a combining dot


def test_skeleton_maps_cyrillic_and_greek_to_latin() -> None:
    assert skeleton("\u0430\u0441\u0435\u043e\u0440") == "aceop"  # Cyrillic а с е о р
    assert skeleton("\u03bf") == "o"  # Greek omicron


def test_peel_affixes_remembers_what_it_peeled() -> None:
    assert peel_affixes("official_northwind_support") == ("northwind", ("official", "support"))
    assert peel_affixes("northwindcoffeetr") == ("northwindcoffee", ("tr",))
    assert peel_affixes("helpnorthwind") == ("northwind", ("help",))
    # never peel a name down to nothing
    assert peel_affixes("theo") == ("theo", ())
    assert peel_affixes("support") == ("support", ())
    assert peel_affixes("the_news") == ("news", ("the",))


def test_plain_key_keeps_affixes() -> None:
    assert plain_key("northwind_support") == "northwindsupport"
    assert squash("North_Wind.Coffee") == "northwindcoffee"


def test_homoglyphs_used_names_the_imitated_letter() -> None:
    assert homoglyphs_used("N\u043erthwind") == [("\u043e", "o")]
    assert is_mixed_script("N\u043erthwind")
    # Turkish letters are letters, not tricks
    assert homoglyphs_used("Northwind Kahve İstanbul şubesi ığüşöç") == []
    assert not is_mixed_script("Açar Kahve")
    assert homoglyphs_used("northwind") == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_pipeline_never_crashes(s: str) -> None:
    key = comparison_key(s)
    assert isinstance(key, str)
    assert key.isascii()
    core, affixes = peel_affixes(s)
    assert isinstance(core, str) and isinstance(affixes, tuple)
    homoglyphs_used(s)
    is_mixed_script(s)
