"""Variant families on "northwindcoffee" and candidate generation over an inventory."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.models import Brand, HandleRule, Inventory, OfficialAccount
from matching.normalise import squash
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
                        "northwindcoffee_giveaway", "northwindcoffeeofficial",
                        "northwindcoffee.shop", "northwindcoffeetr"}),
        ("addition", {"northwindcoffee_", "_northwindcoffee", "northwindcoffee1"}),
        ("affix", {"the_northwindcoffee", "northwindcoffeeteam", "northwindcoffee_news",
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


def test_generate_candidates_declared_first_then_interleaved_families() -> None:
    cands = generate_candidates(INVENTORY, RULES, max_variants=25)
    x = [c for c in cands if c.platform == "x" and c.brand == "Northwind Coffee"]
    assert [c.family for c in x[:2]] == ["declared", "declared"]
    assert {c.handle for c in x[:2]} == {"NorthwindCare", "NorthwindCoffee"}
    # the declared handle is not repeated as an "exact" candidate (dedup by canonical)
    assert sum(1 for c in x if c.handle.lower() == "northwindcoffee") == 1
    # round-robin: the first ten variants already span the tier-1 families
    first = [c.family for c in x[2:12]]
    assert {"affix_scam", "homoglyph", "omission", "separator"} <= set(first), first
    assert "exact" in {c.family for c in x}  # the aliases' own names ("northwind")
    likes = [c.likelihood for c in cands if c.platform == "x" and c.family != "declared"]
    assert likes == sorted(likes, reverse=True)


def test_budget_is_pooled_per_platform_and_never_cuts_declared() -> None:
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
    # 10 per brand, pooled: the first brand (name + two declared handles) earns the larger share
    assert sum(per_brand.values()) == 10 * len(INVENTORY.brands)
    assert per_brand["Northwind Coffee"] > per_brand["Açar Kahve"] > 0


def test_cheap_families_come_before_keyboard_replacements() -> None:
    """30 replacements never come before an omission: tier-2 families wait for tier 1."""
    inv = Inventory("Org", brands=(Brand("Northwind Coffee"),))
    cands = generate_candidates(inv, {"instagram": RULES["instagram"]}, max_variants=60)
    families = [c.family for c in cands]
    assert "replacement" not in families and "vowel_swap" not in families
    assert families.index("omission") < 12
    assert cands[0].handle == "northwindcoffee" and cands[0].family == "exact"
    # the obvious typos are at the top of their families
    top = [c.handle for c in cands[:20]]
    assert {"northwindcofee", "northwindcoffe", "n0rthwindcoffee", "northvvindcoffee"} <= set(top)


def test_every_declared_handle_gets_its_top_variants() -> None:
    inv = Inventory("Org", brands=(
        Brand("Northwind Coffee", accounts=tuple(
            OfficialAccount("instagram", h, "Northwind Coffee")
            for h in ("northwindcoffee", "northwindcoffeeco", "northwindroastery", "nwc.beans"))),
    ))
    cands = generate_candidates(inv, {"instagram": RULES["instagram"]}, max_variants=12)
    by_source: dict[str, list[str]] = {}
    for c in cands:
        if c.family != "declared":
            by_source.setdefault(squash(c.source), []).append(c.family)
    for root in ("northwindcoffee", "northwindcoffeeco", "northwindroastery", "nwcbeans"):
        assert len(by_source.get(root, [])) >= 2, (root, by_source)
    assert len(by_source["northwindcoffee"]) > len(by_source["nwcbeans"])


def test_glued_handles_are_split_with_the_brands_words() -> None:
    """northwindcoffeeco is northwind|coffee|co: impostors register northwind_coffee_co."""
    inv = Inventory("Org", brands=(Brand("Northwind Coffee", accounts=(
        OfficialAccount("instagram", "northwindcoffeeco", "Northwind Coffee"),)),))
    handles = {c.handle: c.family for c in generate_candidates(inv, RULES, max_variants=40)
               if c.platform == "instagram"}
    assert handles["northwind_coffee_co"] == "separator"
    assert handles["northwind.coffee"] == "separator"


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


# --------------------------------------------------------------------------- the demo world

# what a brand-protection analyst calls "within one step" of a name: the affix words of the
# brief, single edits (rapidfuzz OSA: omission, repetition, replacement, transposition) and the
# common ASCII homoglyphs
WORLD_AFFIXES = ("support", "help", "care", "official", "giveaway", "promo", "shop", "store",
                 "tr", "us", "uk")
WORLD_HOMOGLYPHS = (("vv", "w"), ("rn", "m"), ("0", "o"), ("1", "l"), ("1", "i"))


def _one_step(handle: str, roots: set[str]) -> bool:
    from rapidfuzz.distance import OSA

    h = squash(handle)
    unglyphed = {h}
    for a, b in WORLD_HOMOGLYPHS:
        unglyphed.add(h.replace(a, b))
    if unglyphed & roots:
        return True  # exact, separators, homoglyphs
    if any(OSA.distance(h, r, score_cutoff=1) <= 1 for r in roots):
        return True
    return any(h in (r + w, w + r) for r in roots for w in WORLD_AFFIXES)


@pytest.fixture(scope="module")
def demo() -> tuple[Any, Any, Any]:
    from crawler.catalog import load_catalog
    from matching.inventory import load_inventory
    from simweb import load_world

    catalog = load_catalog()
    seed = Path(__file__).resolve().parents[1] / "seeds" / "official_accounts.yaml"
    inventory = load_inventory(seed, catalog.rules(), url_parser=catalog.match_profile_url)
    return catalog, inventory, load_world()


def test_demo_world_probe_only_impostors_are_generated(demo: tuple[Any, Any, Any]) -> None:
    """Every impostor only a probe can find (no search, site or link reveals it) and within one
    edit/affix/homoglyph of a declared handle or brand name is among the default candidates."""
    catalog, inventory, world = demo
    roots = {squash(t) for b in inventory.brands for t in (*b.names, *(a.handle for a in
                                                                       b.accounts))}
    probe_only = [p for p in world.profiles if not p.indexed_by and p.truth_class == "impostor"]
    guessable = {(p.platform, catalog[p.platform].canonical(p.handle)) for p in probe_only
                 if _one_step(catalog[p.platform].canonical(p.handle).removesuffix(".bsky.social"),
                              roots)}
    explicit = {("instagram", "northwindcoffe"), ("instagram", "northvvindcoffee"),
                ("instagram", "northwindcoffee.shop"), ("facebook", "northwindcoffeeofficial"),
                ("x", "northwindcofee")}
    assert explicit <= guessable  # the world still holds them, and the predicate sees them
    assert len(guessable) >= 7
    cands = generate_candidates(inventory, catalog.rules(), max_variants=40)
    generated = {(c.platform, catalog[c.platform].canonical(c.handle)) for c in cands}
    assert guessable - generated == set()
    # and each with the family that explains it
    family = {(c.platform, catalog[c.platform].canonical(c.handle)): c.family for c in cands}
    assert family["instagram", "northwindcoffe"] == "omission"
    assert family["x", "northwindcofee"] == "omission"
    assert family["instagram", "northvvindcoffee"] == "homoglyph"
    assert family["instagram", "northwindcoffee.shop"] == "affix_scam"
    assert family["facebook", "northwindcoffeeofficial"] == "affix_scam"


def test_demo_candidates_valid_for_the_catalog(demo: tuple[Any, Any, Any]) -> None:
    catalog, inventory, _ = demo
    cands = generate_candidates(inventory, catalog.rules(), max_variants=40)
    per_platform: dict[str, int] = {}
    for c in cands:
        assert catalog[c.platform].is_valid(c.handle), c
        if c.family != "declared":
            per_platform[c.platform] = per_platform.get(c.platform, 0) + 1
    assert set(per_platform.values()) == {40 * len(inventory.brands)}


# --------------------------------------------------------------------------- domain handles

BSKY = HandleRule(
    r"(?:did:[a-z]+:[A-Za-z0-9._:%-]+)|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)",
    3, 253, suffix=".bsky.social",
)


def test_handle_rule_suffix_makes_bare_names_full_handles() -> None:
    assert BSKY.canonical("NorthwindCoffee") == "northwindcoffee.bsky.social"
    assert BSKY.canonical("northwindcoffee.com") == "northwindcoffee.com"
    assert BSKY.canonical("did:plc:abc123") == "did:plc:abc123"
    assert HandleRule(r"\w+").canonical("northwind") == "northwind"  # no suffix, no change


def test_adapt_on_domain_handles() -> None:
    assert adapt("northwindcofee", BSKY) == "northwindcofee.bsky.social"
    assert adapt("northwind_coffee", BSKY) == "northwind-coffee.bsky.social"
    assert adapt("northwind.coffee", BSKY) == "northwind.coffee"  # .coffee is a real TLD
    assert adapt("northwindcoffee.official", BSKY) == "northwindcoffee-official.bsky.social"


def test_bluesky_candidates_carry_the_suffix() -> None:
    inv = Inventory("Northwind Coffee Co.", domains=("northwindcoffee.com",), brands=(
        Brand("Northwind Coffee", websites=("https://www.northwindcoffee.com.tr",),
              accounts=(OfficialAccount("bluesky", "northwindcoffee.com", "Northwind Coffee"),)),
    ))
    cands = generate_candidates(inv, {"bluesky": BSKY}, max_variants=40)
    handles = [c.handle for c in cands]
    assert handles[0] == "northwindcoffee.com"  # declared
    assert "northwindcoffee.com.tr" in handles[:3]  # the brand's website as a domain handle
    assert {"northwindcoffee.bsky.social", "northwindcofee.bsky.social",
            "n0rthwindcoffee.bsky.social"} <= set(handles)
    for h in handles:
        assert "." in h and re.fullmatch(BSKY.pattern, h), h
        assert h.endswith(".bsky.social") or h.count(".") >= 1
    keys = [BSKY.canonical(h) for h in handles]
    assert len(keys) == len(set(keys))
    assert handles.count("northwindcoffee.com") == 1  # declared, not repeated as a domain


# --------------------------------------------------------------------------- determinism

def test_same_input_same_list() -> None:
    a = generate_candidates(INVENTORY, RULES, max_variants=30)
    b = generate_candidates(INVENTORY, RULES, max_variants=30)
    assert a == b
    assert [c.handle for c in a] == [c.handle for c in b]


def test_order_does_not_depend_on_hash_seed() -> None:
    """No set or dict-of-hash order leaks into the output: another PYTHONHASHSEED, same list."""
    import hashlib
    import os
    import subprocess
    import sys

    code = (
        "import hashlib, sys; sys.path.insert(0, 'tests');"
        "from test_variants import INVENTORY, RULES; "
        "from matching.variants import generate_candidates; "
        "print(hashlib.sha256(repr(generate_candidates(INVENTORY, RULES, 30)).encode())"
        ".hexdigest())"
    )
    root = Path(__file__).resolve().parents[1]
    here = hashlib.sha256(repr(generate_candidates(INVENTORY, RULES, 30)).encode()).hexdigest()
    for seed in ("1", "12345"):
        out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                             text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)})
        assert out.stdout.strip() == here


@settings(max_examples=80, deadline=None)
@given(
    name=st.text(min_size=1, max_size=25),
    handle=st.from_regex(r"[A-Za-z0-9_.]{1,20}", fullmatch=True),
    platform=st.sampled_from(sorted(RULES) + ["bluesky"]),
)
def test_every_variant_is_valid_for_its_platform(name: str, handle: str, platform: str) -> None:
    rules = {**RULES, "bluesky": BSKY}
    rule = rules[platform]
    inv = Inventory("Org", brands=(
        Brand(name, aliases=("Alias " + name,),
              accounts=(OfficialAccount("instagram", handle, name),)),
    ))
    cands = generate_candidates(inv, rules, max_variants=15, platforms=[platform])
    keys = [rule.canonical(c.handle) for c in cands]
    assert len(keys) == len(set(keys))
    assert sum(c.family != "declared" for c in cands) <= 15
    for c in cands:
        if c.family == "declared":
            continue
        assert re.fullmatch(rule.pattern, c.handle), c
        assert rule.min_length <= len(c.handle) <= rule.max_length
        if platform == "bluesky":
            assert "." in c.handle


def test_country_codes_come_from_the_companys_own_country_code_domains() -> None:
    from matching.variants import country_codes

    inv = Inventory("Wenz PLC", domains=("wenzleather.com.et", "wenz.io", "wenz.com"),
                    brands=(Brand("Wenz Shoes", websites=("https://www.wenzshoes.lt/",)),))
    # .io is sold as a generic name: no country; .com none either
    assert country_codes(inv) == ("et", "lt")
    assert country_codes(INVENTORY) == ()


def test_a_regional_page_of_the_companys_country_is_probed_within_the_budget() -> None:
    """brand_et / brand_name_et: the "regional" impostor of an Ethiopian company's brand is
    among its first variants; a company with no country-code domain probes no such handle."""
    brand = Brand("Wenz Shoes", accounts=(OfficialAccount("instagram", "wenzshoes", "Wenz Shoes"),))
    inv = Inventory("Wenz PLC", domains=("wenzleather.com.et",), brands=(brand,))
    first = [c.handle for c in generate_candidates(inv, RULES, 40) if c.platform == "instagram"]
    assert {"wenzshoes.et", "wenzshoes_et", "wenz_shoes_et"} <= set(first), first
    x = [c.handle for c in generate_candidates(inv, RULES, 40) if c.platform == "x"]
    assert "wenzshoes_et" in x
    plain = Inventory("Wenz PLC", domains=("wenzleather.com",), brands=(brand,))
    assert not any(c.handle.endswith(("_et", ".et")) for c in generate_candidates(plain, RULES, 40))


def test_local_affixes_are_the_words_of_the_companys_languages() -> None:
    """The inventory's language first, then its country codes' languages, one word of each
    in turn; English words the lane already has are not repeated."""
    from matching.variants import local_affixes

    sk = Inventory("Kamzik a.s.", domains=("kamzik.sk",), brands=(Brand("Kamzik"),))
    assert local_affixes(sk, ("sk",))[:3] == ("oficialny", "podpora", "pomoc")
    be = Inventory("Ombelle NV", brands=(Brand("Ombelle"),), language="fr")
    assert local_affixes(be, ("be",))[:4] == ("officiel", "officieel", "aide", "klantenservice")
    assert local_affixes(INVENTORY, ()) == ()
    assert "support" not in local_affixes(sk, ("gb",))  # the lane's own word, not twice


def test_a_support_page_in_the_companys_language_is_probed_within_the_budget() -> None:
    """'brand.kundeservice', 'brand_suport': an impostor's customer-service page named in the
    company's language is among the first variants of a company whose domains are Norwegian
    (or Romanian); the fixed regional codes of other markets ('brand.tr') give way."""
    brand = Brand("Lynglia", accounts=(OfficialAccount("instagram", "lynglia", "Lynglia"),))
    no = Inventory("Lynglia SA", domains=("lynglia.no",), brands=(brand,))
    first = [c.handle for c in generate_candidates(no, RULES, 40) if c.platform == "instagram"]
    assert {"lynglia.offisiell", "lynglia.kundeservice", "lynglia.no"} <= set(first), first
    assert not any(h.endswith((".tr", ".uk", "_tr", "_uk")) for h in first), first
    ro = Inventory("Voltaria SA", domains=("voltaria.ro",),
                   brands=(Brand("Voltaria", accounts=(OfficialAccount("x", "Voltaria", "V"),)),))
    x = [c.handle.lower() for c in generate_candidates(ro, RULES, 40) if c.platform == "x"]
    assert "voltaria_suport" in x, x
    plain = Inventory("Lynglia SA", domains=("lynglia.com",), brands=(brand,))
    assert not any("kundeservice" in c.handle for c in generate_candidates(plain, RULES, 40))


def test_a_separator_added_at_an_end_is_probed_within_the_budget() -> None:
    """'brand_': the handle a platform suggests when the brand's is taken (dnstwist's
    addition) is among the first variants where the rule allows it, and no platform gets a
    form its rule refuses (Facebook ignores separators: no 'brand_' there)."""
    brand = Brand("Peau Surf", accounts=(OfficialAccount("instagram", "peausurf", "Peau Surf"),))
    inv = Inventory("Peau Surf Ltd", domains=("peausurf.com",), brands=(brand,))
    cands = generate_candidates(inv, RULES, 40)
    insta = [c.handle for c in cands if c.platform == "instagram"]
    assert "peausurf_" in insta[:20], insta
    x = [c.handle.lower() for c in cands if c.platform == "x"]
    assert "peausurf_" in x[:20] and "_peausurf" in x, x
    assert all(not c.handle.endswith(("_", ".")) for c in cands if c.platform == "facebook")


def test_the_brands_words_and_its_country_code_separated_by_dots() -> None:
    """'brand.name.bd': a regional impostor spells the brand's words and the company's country
    code with dots (Instagram, TikTok), as 'brand_name_bd' with underscores; in any
    language the name's words are the brand's."""
    for name, cc, want in (("Bidyut Energy", "com.bd", "bidyut.energy.bd"),
                           ("Korimako Honey", "co.nz", "korimako.honey.nz"),
                           ("Zornitsa Petrol", "bg", "zornitsa.petrol.bg"),
                           ("Çınar Market", "com.tr", "cinar.market.tr")):
        inv = Inventory(name, domains=(f"brand.{cc}",), brands=(Brand(name),))
        cands = generate_candidates(inv, RULES, 40)
        for platform, form in (("instagram", want), ("unicode", want.replace(".", "_"))):
            first = [c.handle for c in cands if c.platform == platform]
            assert form in first, (platform, first)
    plain = Inventory("Bidyut", domains=("bidyut.com",), brands=(Brand("Bidyut Energy"),))
    assert not any(c.handle.count(".") > 1 for c in generate_candidates(plain, RULES, 40))


def test_a_platforms_own_naming_conventions_are_probed_within_the_budget() -> None:
    """The catalog's ``variant_suffixes`` ('tv' on YouTube, '_bot' on Telegram, '-careers' on
    LinkedIn) glue to the brand's name, in any language, among its first variants, and where
    a suffix starts with a separator also after the brand's words ('kestrel-tiles-careers');
    the budget is the same with or without them, and a platform without any gets none."""
    rules = {
        "youtube": HandleRule(r"[\w.\-]{3,30}", 3, 30, variant_suffixes=("tv", "channel")),
        "telegram": HandleRule(r"[A-Za-z][A-Za-z0-9_]{3,31}", 4, 32,
                               variant_suffixes=("_bot", "bot")),
        "linkedin": HandleRule(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}", 2, 100,
                               variant_suffixes=("-careers",)),
        "plain": HandleRule(r"[\w.\-]{3,30}", 3, 30),
    }
    for name, account, careers in (("Kestrel Tiles", "kestreltiles", "kestrel-tiles-careers"),
                                   ("Çınar Market", "cinarmarket", "cinar-market-careers"),
                                   ("Ολυμπος", "olympos", "")):
        brand = Brand(name, accounts=(OfficialAccount("x", account, name),))
        inv = Inventory(name, brands=(brand,))
        cands = generate_candidates(inv, rules, 40)
        base = squash(name)
        want = (f"{base}tv", f"{base}_bot", careers or f"{base}-careers")
        for platform, handle in zip(("youtube", "telegram", "linkedin"), want, strict=True):
            first = [c.handle for c in cands if c.platform == platform]
            assert handle in first[:20], (platform, first)
            assert len(first) == 40
            family = {c.handle: c.family for c in cands if c.platform == platform}
            assert family[handle] == "affix_platform"
        assert not any(c.family == "affix_platform" for c in cands if c.platform == "plain")
    # the convention names the brand's pages, never a handle's ("northwindcaretv")
    youtube = [c.handle for c in generate_candidates(INVENTORY, rules, 40)
               if c.platform == "youtube"]
    assert "northwindcoffeetv" in youtube
    assert not any(h.startswith("northwindcare") and h.endswith("tv") for h in youtube)


def test_omission_leaves_out_a_late_letter_first() -> None:
    """A reader takes in a name's start: the letter an impostor leaves out is a late one
    ('kestreltils' before 'kstreltiles'), so a brand name's late vowel is among its first
    variants (in any language), the first letter last of all."""
    from matching.variants import _omission

    assert _omission("kestreltiles")[:3] == ["kestreltile", "kestreltils", "kestreltles"]
    assert _omission("kestreltiles")[-1] == "estreltiles"
    for name, late in (("Naveen Transport", "naveentransprt"), ("Dobilas Linen", "dobilaslinn"),
                       ("Golnar Saffron", "golnarsaffrn"), ("Żuraw Express", "zurawexpres")):
        brand = Brand(name, accounts=(OfficialAccount("instagram", squash(name), name),))
        cands = generate_candidates(Inventory(name, brands=(brand,)), RULES, 40)
        first = [c.handle for c in cands if c.platform == "instagram"]
        assert late in first, (late, first)


def test_an_alias_in_a_script_without_vowels_spends_no_budget() -> None:
    """'سمير' or 'שמיר' transliterate to 'smyr', 'shmyr': consonants nobody registers; the
    budget goes to the brand's Latin name instead. A Cyrillic or Greek alias, whose
    letters carry its vowels, still makes variants."""
    for alias in ("سمير للسفر", "שמיר נסיעות"):
        brand = Brand("Samir Travel", aliases=(alias,))
        cands = generate_candidates(Inventory("Samir", brands=(brand,)), RULES, 40)
        assert not any(c.source == alias for c in cands), alias
        assert len([c for c in cands if c.platform == "instagram"]) == 40
    brand = Brand("Samir Travel", aliases=("Самир",))
    cands = generate_candidates(Inventory("Samir", brands=(brand,)), RULES, 40)
    assert any(c.source == "Самир" for c in cands)


#: a brand with handles on other platforms that are its name plus a word (a care desk, two
#: cities, an outlet), its domain as a Bluesky handle, and two aliases
DOBILAS = Inventory("Dobilas Linen UAB", domains=("dobilaslinen.lt",), brands=(Brand(
    "Dobilas Linen", aliases=("Dobilas", "Linas Home"),
    accounts=(OfficialAccount("instagram", "dobilaslinen", "Dobilas Linen"),
              OfficialAccount("x", "DobilasCare", "Dobilas Linen"),
              OfficialAccount("facebook", "dobilas.vilnius", "Dobilas Linen"),
              OfficialAccount("facebook", "dobilas.kaunas", "Dobilas Linen"),
              OfficialAccount("tiktok", "dobilasoutlet", "Dobilas Linen"),
              OfficialAccount("bluesky", "dobilaslinen.lt", "Dobilas Linen"))),))


def _instagram(inv: Inventory, budget: int) -> list[Any]:
    return [c for c in generate_candidates(inv, {"instagram": RULES["instagram"]}, budget)
            if c.family != "declared"]


def test_every_roots_tier_1_comes_before_any_roots_tier_2() -> None:
    """Within the default budget of 40, each alias gets its '.official': the handles that are
    the alias plus a word ('DobilasCare', 'dobilas.vilnius') spend no place on their own
    affixes and typos (their tier 2), which the old single round-robin across roots mixed
    with the others' tier 1 and reached the aliases' '.official' after 42 guesses."""
    top = [c.handle for c in _instagram(DOBILAS, 40)]
    for handle in ("dobilas", "linashome", "dobilas.official", "linashome.official"):
        assert handle in top, (handle, top)
    # the brand's own likeliest still come first, and its support page within 20
    assert top[:2] == ["dobilaslinen.official", "dobilas_linen"], top
    assert "dobilaslinen.support" in top[:20], top


def test_a_root_that_is_another_root_plus_a_word_spends_nothing_on_its_affixes_and_typos() -> None:
    """'DobilasCare' is 'dobilas' plus a word: its name and its separated spellings are probed
    ('dobilas_care', 'dobilas.care'), its own affixes and typos ('dobilascare.official',
    'd0bilascare') wait for every root's tier 1 and stay out of the budget. The brand's name
    and the handle declared on the platform are never such a compound."""
    cands = _instagram(DOBILAS, 60)
    compounds = {"DobilasCare", "dobilas.vilnius", "dobilas.kaunas", "dobilasoutlet"}
    by_source: dict[str, set[str]] = {}
    for c in cands:
        by_source.setdefault(c.source, set()).add(c.family)
    for source in compounds:
        assert by_source.get(source) == {"exact", "separator"}, (source, by_source.get(source))
    assert {"dobilas_care", "dobilas.care", "dobilas.vilnius"} <= {c.handle for c in cands}
    # the brand's name keeps its typos and affixes, its declared handle too
    assert {"homoglyph", "omission", "affix_scam"} <= by_source["Dobilas Linen"]
    solo = Inventory("Dobilas Linen UAB", brands=(Brand("Dobilas Linen", aliases=("Dobilas",),
                     accounts=(OfficialAccount("instagram", "dobilascare", "Dobilas Linen"),)),))
    declared = {c.family for c in _instagram(solo, 60) if c.source == "dobilascare"}
    assert {"homoglyph", "affix_scam"} <= declared, declared


def test_a_declared_domain_handle_is_the_name_before_its_suffix() -> None:
    """Bluesky's 'dobilaslinen.lt' (the company's own domain) is the root 'dobilaslinen',
    not 'dobilaslinenlt' with variants nobody registers ('dobilaslinenlt.official'); a
    handle that only looks like a domain and is none of the company's stays as written."""
    cands = _instagram(DOBILAS, 80)
    assert not any(c.source == "dobilaslinen.lt" for c in cands)
    assert not any(c.handle.startswith("dobilaslinenlt.") for c in cands)
    other = Inventory("Org", domains=("dobilaslinen.lt",), brands=(Brand("Dobilas Linen",
                      accounts=(OfficialAccount("bluesky", "linas.shop", "Dobilas Linen"),)),))
    assert any(c.source == "linas.shop" for c in _instagram(other, 40))


def test_the_words_of_each_language_are_a_file_a_translator_can_extend(tmp_path) -> None:
    """One file per language, one word a line as handles spell it, likeliest first; the offer,
    giveaway and jobs words of a language follow its official/support/help words; a word no
    handle can spell names its file and line."""
    from matching.variants import LOCAL_AFFIXES, load_handle_words

    assert LOCAL_AFFIXES["fi"][:3] == ("virallinen", "asiakaspalvelu", "tuki")
    assert LOCAL_AFFIXES["cs"][3:] == ("akce", "soutez", "kariera")
    assert all(w.isascii() and w.isalnum() and w == w.lower()
               for words_of in LOCAL_AFFIXES.values() for w in words_of)
    (tmp_path / "xx.txt").write_text("# a comment\nvirallinen\n\nvirallinen  # twice\nrekry\n",
                                     encoding="utf-8")
    assert load_handle_words(tmp_path) == {"xx": ("virallinen", "rekry")}
    (tmp_path / "yy.txt").write_text("tuki\nkundtjänst\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"yy\.txt:2: 'kundtjänst'"):
        load_handle_words(tmp_path)


def test_a_czech_offer_page_is_probed_with_a_larger_budget() -> None:
    """'brand.akce' (a Czech "offer" page): a word of the company's language after its
    official/support/help words, so it is probed once the budget reaches it."""
    brand = Brand("Jelenec Pivo", accounts=(OfficialAccount("instagram", "jelenecpivo",
                                                             "Jelenec Pivo"),))
    inv = Inventory("Jelenec a.s.", domains=("jelenecpivo.cz",), brands=(brand,))
    handles = [c.handle for c in generate_candidates(inv, RULES, 80) if c.platform == "instagram"]
    assert "jelenecpivo.akce" in handles
    assert handles.index("jelenecpivo.podpora") < handles.index("jelenecpivo.akce")
