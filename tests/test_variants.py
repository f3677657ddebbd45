"""Variant families on "northwindcoffee" and candidate generation over an inventory."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.models import Brand, HandleRule, Inventory, OfficialAccount
from matching.variants import adapt, fuzz, generate_candidates

RULES = {
    "instagram": HandleRule(r"[A-Za-z0-9._]+", 1, 30),
    "x": HandleRule(r"[A-Za-z0-9_]+", 4, 15),
    "facebook": HandleRule(r"[A-Za-z0-9.]+", 5, 50, ignore_chars="."),
    "github": HandleRule(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?", 1, 39),
    "mastodon": HandleRule(r"[A-Za-z0-9_]+", 1, 30, case_sensitive=True),
    "unicode": HandleRule(r"\w+", 1, 40),
}

INVENTORY = Inventory(
    organization="Northwind Coffee Co.",
    domains=("northwindcoffee.com",),
    brands=(
        Brand(
            "Northwind Coffee",
            aliases=("Northwind", "NWC", "Northwind Kahve"),
            accounts=(
                OfficialAccount("instagram", "northwindcoffee", "Northwind Coffee"),
                OfficialAccount("x", "NorthwindCare", "Northwind Coffee", "Customer Care"),
                OfficialAccount("x", "NorthwindCoffee", "Northwind Coffee", "Marketing"),
            ),
        ),
        Brand("Açar Kahve", accounts=(OfficialAccount("instagram", "acarkahve", "Açar Kahve"),)),
    ),
)


@pytest.fixture(scope="module")
def variants() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for v, fam in fuzz("northwindcoffee"):
        out.setdefault(fam, set()).add(v)
    return out


@pytest.mark.parametrize(
    "family, expected",
    [
        ("omission", {"northwindcofee", "nrthwindcoffee", "northwindcoffe"}),
        ("repetition", {"northwindcofffee", "nnorthwindcoffee"}),
        ("transposition", {"nrothwindcoffee", "northwindcofefe", "northwnidcoffee"}),
        ("homoglyph", {"n0rthwindcoffee", "northw1ndcoffee", "northvvindcoffee",
                       "n\u043erthwindcoffee"}),
        ("vowel_swap", {"northwindcaffee", "narthwindcoffee"}),
        ("replacement", {"nprthwindcoffee", "northwindcoffew"}),
        ("affix_scam", {"northwindcoffee_support", "supportnorthwindcoffee", "northwindcoffeehelp",
                        "northwindcoffee_giveaway", "northwindcoffeeofficial"}),
        ("affix", {"the_northwindcoffee", "northwindcoffeetr", "northwindcoffee_news",
                   "northwindcoffeehq"}),
    ],
)
def test_each_family_produces_its_variants(
    variants: dict[str, set[str]], family: str, expected: set[str]
) -> None:
    assert expected <= variants[family], expected - variants[family]


def test_separator_and_transliteration_families() -> None:
    fams = {}
    for v, fam in fuzz("Açar Kahve"):
        fams.setdefault(fam, set()).add(v)
    assert "acarkahve" in fams["transliteration"]
    assert {"acar_kahve", "acar.kahve", "acar-kahve"} <= fams["separator"]
    assert "açarkahve" in fams["exact"]


def test_no_variant_equals_the_name_and_each_is_tagged_once() -> None:
    out = list(fuzz("northwindcoffee"))
    names = [v for v, _ in out]
    assert "northwindcoffee" not in names
    assert len(names) == len(set(names))


def test_adapt_respects_rules() -> None:
    assert adapt("North_Wind", RULES["instagram"]) == "north_wind"
    assert adapt("north.wind", RULES["x"]) == "north_wind"
    assert adapt("north_wind", RULES["github"]) == "north-wind"
    assert adapt("NorthWind", RULES["mastodon"]) == "NorthWind"
    assert adapt("n\u043erthwind", RULES["x"]) is None  # Cyrillic not allowed on X
    assert adapt("n\u043erthwind", RULES["unicode"]) == "n\u043erthwind"
    assert adapt("abc", RULES["x"]) is None  # too short


def test_generate_candidates_ranks_declared_and_exact_first() -> None:
    cands = generate_candidates(INVENTORY, RULES, max_variants=25)
    x = [c for c in cands if c.platform == "x" and c.brand == "Northwind Coffee"]
    assert [c.family for c in x[:2]] == ["declared", "declared"]
    assert {c.handle for c in x[:2]} == {"NorthwindCare", "NorthwindCoffee"}
    # the declared handle is not repeated as an "exact" candidate (dedup by canonical)
    assert sum(1 for c in x if c.handle.lower() == "northwindcoffee") == 1
    assert x[2].family == "exact"
    families = {c.family for c in x}
    assert {"affix_scam", "homoglyph", "omission"} <= families
    likes = [c.likelihood for c in x if c.family != "declared"]
    assert likes == sorted(likes, reverse=True)


def test_cap_never_cuts_declared() -> None:
    cands = generate_candidates(INVENTORY, RULES, max_variants=0)
    assert {(c.platform, c.handle) for c in cands} == {
        ("instagram", "northwindcoffee"),
        ("x", "NorthwindCare"),
        ("x", "NorthwindCoffee"),
        ("instagram", "acarkahve"),
    }
    more = generate_candidates(INVENTORY, RULES, max_variants=10, platforms=["x"])
    assert {c.platform for c in more} == {"x"}
    per_brand: dict[str, int] = {}
    for c in more:
        if c.family != "declared":
            per_brand[c.brand] = per_brand.get(c.brand, 0) + 1
    assert max(per_brand.values()) == 10


def test_candidates_are_valid_and_unique_per_platform() -> None:
    cands = generate_candidates(INVENTORY, RULES, max_variants=60)
    seen: set[tuple[str, str]] = set()
    for c in cands:
        rule = RULES[c.platform]
        key = (c.platform, rule.canonical(c.handle))
        assert key not in seen, key
        seen.add(key)
        if c.family != "declared":
            assert re.fullmatch(rule.pattern, c.handle), c
            assert rule.min_length <= len(c.handle) <= rule.max_length
            if not rule.case_sensitive:
                assert c.handle == c.handle.lower()
    # facebook ignores '.', so north.windcoffee and northwindcoffee are one candidate
    fb = [c.handle.replace(".", "") for c in cands if c.platform == "facebook"]
    assert len(fb) == len(set(fb))
    # Unicode homoglyphs only where the grammar allows them
    assert any(not c.handle.isascii() for c in cands if c.platform == "unicode")
    assert all(c.handle.isascii() for c in cands if c.platform != "unicode")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_fuzz_never_crashes(name: str) -> None:
    for v, fam in fuzz(name):
        assert isinstance(v, str) and fam


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(min_size=1, max_size=25),
    platform=st.sampled_from(sorted(RULES)),
)
def test_every_candidate_is_valid_for_its_rule(name: str, platform: str) -> None:
    inv = Inventory("Org", brands=(Brand(name),))
    rule = RULES[platform]
    for c in generate_candidates(inv, {platform: rule}, max_variants=30):
        assert re.fullmatch(rule.pattern, c.handle)
        assert rule.min_length <= len(c.handle) <= rule.max_length
