"""Candidate handles worth probing, dnstwist-style.

dnstwist's ``Fuzzer`` has one small generator per typo-squatting technique, tags every result
with the technique that produced it, and filters validity once at the end. The same shape here:
:func:`fuzz` runs the families on one name; :func:`generate_candidates` feeds it every brand name,
alias and declared handle of an inventory, makes each variant valid for each platform's
:class:`~matching.models.HandleRule` (adapting case and separators, dropping the impossible),
ranks by likelihood and caps per platform and brand. Declared handles are never cut: they are the
accounts the audit must confirm.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from matching.models import Candidate, HandleRule, Inventory
from matching.normalise import squash

__all__ = ["FAMILY_LIKELIHOOD", "FAMILIES", "adapt", "fuzz", "generate_candidates"]

#: affixes impostors glue to a brand; the first group is what scams use to look like support
SCAM_AFFIXES = ("support", "help", "care", "official", "giveaway", "promo", "real")
OTHER_AFFIXES = ("the", "hq", "team", "global", "news", "jobs", "tr", "us", "uk", "de")
AFFIX_WORDS = SCAM_AFFIXES + OTHER_AFFIXES
_PREFIX_ONLY = {"the", "real"}  # "the_northwind", never "northwind_the"
_SUFFIX_ONLY = {"tr", "us", "uk", "de", "hq"}  # country codes follow the name

#: ranking weight of each family (higher is probed first): declared and exact names are certain
#: to matter; scam affixes are what impostors register; typo families are cheap guesses.
FAMILY_LIKELIHOOD: dict[str, float] = {
    "declared": 1.0,
    "exact": 0.95,
    "transliteration": 0.9,
    "affix_scam": 0.8,
    "separator": 0.7,
    "homoglyph": 0.65,
    "affix": 0.6,
    "omission": 0.5,
    "repetition": 0.45,
    "transposition": 0.45,
    "vowel_swap": 0.4,
    "replacement": 0.35,
}
FAMILIES = tuple(FAMILY_LIKELIHOOD)
# likelihood factor per further variant of the same family and source
_DECAY = 0.9

_QWERTY = {
    "1": "2q",
    "2": "3wq1",
    "3": "4ew2",
    "4": "5re3",
    "5": "6tr4",
    "6": "7yt5",
    "7": "8uy6",
    "8": "9iu7",
    "9": "0oi8",
    "0": "po9",
    "q": "12wa",
    "w": "3esaq2",
    "e": "4rdsw3",
    "r": "5tfde4",
    "t": "6ygfr5",
    "y": "7uhgt6",
    "u": "8ijhy7",
    "i": "9okju8",
    "o": "0plki9",
    "p": "lo0",
    "a": "qwsz",
    "s": "edxzaw",
    "d": "rfcxse",
    "f": "tgvcdr",
    "g": "yhbvft",
    "h": "ujnbgy",
    "j": "ikmnhu",
    "k": "olmji",
    "l": "kop",
    "z": "asx",
    "x": "zsdc",
    "c": "xdfv",
    "v": "cfgb",
    "b": "vghn",
    "n": "bhjm",
    "m": "njk",
}
_VOWELS = "aeiou"
# ASCII look-alikes a platform with an ASCII grammar still accepts
_ASCII_HOMOGLYPHS: dict[str, tuple[str, ...]] = {
    "o": ("0",),
    "0": ("o",),
    "l": ("1", "i"),
    "i": ("1", "l"),
    "1": ("l", "i"),
    "e": ("3",),
    "a": ("4",),
    "s": ("5",),
    "t": ("7",),
    "g": ("9", "q"),
    "q": ("g",),
    "b": ("6",),
    "z": ("2",),
}
_MULTI_HOMOGLYPHS = (
    ("m", "rn"),
    ("rn", "m"),
    ("w", "vv"),
    ("vv", "w"),
    ("d", "cl"),
    ("cl", "d"),
    ("nn", "m"),
)
# Unicode look-alikes (Cyrillic/Greek); only survive on platforms whose grammar allows them
_UNICODE_HOMOGLYPHS: dict[str, tuple[str, ...]] = {
    "a": ("а",),
    "c": ("с",),
    "e": ("е",),
    "i": ("і",),
    "o": ("о", "ο"),
    "p": ("р",),
    "x": ("х",),
    "y": ("у",),
    "k": ("κ",),
    "n": ("п",),
    "h": ("һ",),
}


def _omission(s: str) -> Iterator[str]:
    for i in range(len(s)):
        yield s[:i] + s[i + 1 :]


def _repetition(s: str) -> Iterator[str]:
    for i, c in enumerate(s):
        if c.isalnum():
            yield s[:i] + c + s[i:]


def _transposition(s: str) -> Iterator[str]:
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            yield s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def _replacement(s: str) -> Iterator[str]:
    for i, c in enumerate(s):
        for k in _QWERTY.get(c, ""):
            yield s[:i] + k + s[i + 1 :]


def _vowel_swap(s: str) -> Iterator[str]:
    for i, c in enumerate(s):
        if c in _VOWELS:
            for v in _VOWELS:
                if v != c:
                    yield s[:i] + v + s[i + 1 :]


def _homoglyph(s: str) -> Iterator[str]:
    for i, c in enumerate(s):
        for g in _ASCII_HOMOGLYPHS.get(c, ()):
            yield s[:i] + g + s[i + 1 :]
    for a, b in _MULTI_HOMOGLYPHS:
        start = s.find(a)
        while start != -1:
            yield s[:start] + b + s[start + len(a) :]
            start = s.find(a, start + 1)
    for i, c in enumerate(s):
        for g in _UNICODE_HOMOGLYPHS.get(c, ()):
            yield s[:i] + g + s[i + 1 :]


def _separator(words: list[str]) -> Iterator[str]:
    """Joined words with ``_``/``.``/``-`` between them (and without)."""
    if len(words) < 2:
        return
    for sep in ("_", ".", "-", ""):
        yield sep.join(words)
    # a separator inside a single glued word is rarer; the split between words is the likely one


def _affixes(core: str) -> Iterator[tuple[str, str]]:
    for a in AFFIX_WORDS:
        family = "affix_scam" if a in SCAM_AFFIXES else "affix"
        if a in _PREFIX_ONLY:
            forms: tuple[str, ...] = (f"{a}_{core}", f"{a}{core}", f"{a}.{core}")
        elif a in _SUFFIX_ONLY:
            forms = (f"{core}_{a}", f"{core}{a}", f"{core}.{a}")
        else:
            forms = (f"{core}_{a}", f"{core}{a}", f"{a}_{core}", f"{a}{core}", f"{core}.{a}")
        for form in forms:
            yield form, family


def fuzz(name: str) -> Iterator[tuple[str, str]]:
    """Every variant of ``name`` with the family that produced it, unfiltered, in family order.

    ``name`` may be a display name ("Northwind Coffee") or a handle ("northwind_coffee"); typo
    families run on the squashed lower-case form. Duplicates across families are yielded once,
    tagged with the first (most likely) family.

    >>> ("n0rthwindcoffee", "homoglyph") in set(fuzz("northwindcoffee"))
    True
    """
    raw = name.strip().lstrip("@")
    words = [w for w in re.split(r"[\s._\-]+", raw.lower()) if w]
    base = squash(raw)
    seen: set[str] = {base, raw.lower()}

    def emit(v: str, family: str) -> Iterator[tuple[str, str]]:
        if v and v not in seen:
            seen.add(v)
            yield v, family

    if not base:
        return
    ascii_words = [squash(w) for w in words]
    if "".join(words) != base:  # non-ASCII letters: Açar -> acar
        yield from emit("".join(words), "exact")
        yield base, "transliteration"
    for v in _separator(ascii_words):
        yield from emit(v, "separator")
    for v, fam in _affixes(base):
        yield from emit(v, fam)
    if len(base) < 4:  # typo families on "nwc" are noise
        return
    for v in _homoglyph(base):
        yield from emit(v, "homoglyph")
    for fam, gen in (
        ("omission", _omission),
        ("repetition", _repetition),
        ("transposition", _transposition),
        ("vowel_swap", _vowel_swap),
        ("replacement", _replacement),
    ):
        for v in gen(base):
            yield from emit(v, fam)


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _valid(handle: str, rule: HandleRule) -> bool:
    return (
        rule.min_length <= len(handle) <= rule.max_length
        and _compiled(rule.pattern).fullmatch(handle) is not None
    )


def adapt(handle: str, rule: HandleRule) -> str | None:
    """``handle`` made valid for ``rule``, or None when it cannot be.

    Tries the handle as is (lower-cased unless the platform is case-sensitive), then with
    separators swapped for ones the grammar accepts, then without separators.
    """
    h = handle if rule.case_sensitive else handle.lower()
    if _valid(h, rule):
        return h
    if any(c in h for c in "._-"):
        for sep in ("_", "-", ".", ""):
            alt = re.sub(r"[._\-]", sep, h)
            if _valid(alt, rule):
                return alt
    return None


def _sources(brand_names: Iterable[str], handles: Iterable[str]) -> list[str]:
    out: list[str] = []
    for s in (*brand_names, *handles):
        if s and s not in out:
            out.append(s)
    return out


def generate_candidates(
    inventory: Inventory,
    rules: Mapping[str, HandleRule],
    max_variants: int = 60,
    platforms: Iterable[str] | None = None,
) -> list[Candidate]:
    """Handles to probe per platform, ranked by likelihood, valid for each platform.

    For every platform (``platforms`` or all of ``rules``) and brand: the brand's declared
    handles on that platform (family ``declared``, never cut), its names, aliases and handles
    declared elsewhere squashed (``exact``), then fuzzed variants. Deduplicated by
    ``rule.canonical`` per platform (a handle two brands share is kept for the first brand),
    capped at ``max_variants`` per platform and brand on top of the declared handles.
    """
    chosen = list(platforms) if platforms is not None else list(rules)
    out: list[Candidate] = []
    for platform in chosen:
        rule = rules.get(platform)
        if rule is None:
            continue
        seen: set[str] = set()
        for brand in inventory.brands:
            picked: list[Candidate] = []
            for acc in brand.accounts:
                if acc.platform != platform:
                    continue
                key = rule.canonical(acc.handle)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Candidate(platform, acc.handle, brand.name, "declared", acc.handle, 1.0))
            pool: dict[str, Candidate] = {}
            other_handles = [a.handle for a in brand.accounts]
            sources = _sources(brand.names, other_handles)
            for s_index, source in enumerate(sources):
                # earlier sources (the brand name) rank above later ones (aliases, handles)
                source_weight = 0.93 ** min(s_index, 20)
                tries: list[tuple[str, str]] = [(squash(source), "exact")]
                tries.extend(fuzz(source))
                rank_in_family: dict[str, int] = {}
                for variant, family in tries:
                    h = adapt(variant, rule)
                    if h is None:
                        continue
                    key = rule.canonical(h)
                    if key in seen or key in pool:
                        continue
                    # each further member of a family is a little less likely, so a short list
                    # still holds the best of every family rather than 60 affixes
                    k = rank_in_family[family] = rank_in_family.get(family, -1) + 1
                    like = FAMILY_LIKELIHOOD.get(family, 0.3) * source_weight * _DECAY**k
                    pool[key] = Candidate(
                        platform, h, brand.name, family, source, round(max(like, 0.0), 5)
                    )
            picked = sorted(pool.values(), key=lambda c: (-c.likelihood, c.handle))[:max_variants]
            for c in picked:
                seen.add(rule.canonical(c.handle))
            out.extend(picked)
    return out
