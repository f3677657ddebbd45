"""Candidate handles worth probing, ranked the way impostors actually register them.

dnstwist's ``Fuzzer`` has one small generator per typo-squatting technique and tags every
result with the technique that produced it; brand-protection tools then spend a probe budget on
the likeliest results first. The same shape here, in three steps:

1. **Roots.** Every brand contributes the names impostors copy, each weighted by how much it
   matters (:data:`ROOT_WEIGHTS`): the squashed brand name and the handles declared on the
   platform are the primary roots; handles declared elsewhere, aliases and the brands after the
   first one (:data:`SECONDARY_BRAND_FACTOR`) get a smaller share of the budget.
2. **Families per root.** One generator per family, each already in its own order of
   likelihood (dropping one of a doubled letter before dropping the first letter, ``o/0`` and
   ``vv/w`` before ``e/3``, ``.official`` before ``supportbrand``); the platform's own naming
   conventions (the catalog's ``variant_suffixes``: ``brandtv``, ``brand_bot``) are a family
   of the brand's name. Families are interleaved by
   weighted round-robin (:data:`FAMILY_LANES`) so a short budget holds the best of every family
   instead of 30 keyboard replacements; tier-2 families (other affixes, vowel swaps,
   adjacent-key replacements, rare glyphs) start once the tier-1 families run dry.
3. **Budget.** Per platform, ``max_variants`` for each brand of the inventory, pooled and spent
   across roots by weighted round-robin, so every declared handle gets its top variants and the
   brand name gets the biggest share, in two bands: every root's tier 1 before any root's
   tier 2. An alias-only root ("NWC") spends its share on affixes first: its typo families
   wait in tier 2. A compound root, another root plus a word ("MinminiCare" beside the alias
   "Minmini"), keeps its name and separated spellings in tier 1 and waits with its affixes
   and typos; a declared handle that is one of the company's domains ("minminipass.in") is
   the name before the suffix. Each variant is made valid for the platform's
   :class:`~matching.models.HandleRule` (case, separators, a Bluesky-style ``suffix``) or dropped,
   and deduplicated by ``rule.canonical``. Where handles are domains (a rule with a ``suffix``),
   the inventory's own domains are probed first. Declared handles are never cut: they are the
   accounts the audit must confirm.

Everything is ordered by lists and stable tie-breaks, never by set or hash order, so one
inventory always gives the same candidates in the same order.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from matching import words
from matching.models import Brand, Candidate, HandleRule, Inventory
from matching.normalise import public_suffix_list, squash, tokens

__all__ = [
    "AFFIX_WORDS",
    "FAMILIES",
    "FAMILY_LANES",
    "FAMILY_LIKELIHOOD",
    "ROOT_WEIGHTS",
    "SECONDARY_BRAND_FACTOR",
    "adapt",
    "COUNTRY_LANGUAGES",
    "LOCAL_AFFIXES",
    "load_handle_words",
    "country_codes",
    "local_affixes",
    "fuzz",
    "generate_candidates",
]

T = TypeVar("T")

# --------------------------------------------------------------------------- ranking data

#: affixes impostors glue to a brand, most prevalent first: support/scam words and the
#: country codes of "regional" fake pages (tier 1)
SCAM_AFFIXES = words.VARIANT_AFFIXES_COMMON
#: other words seen on impostor and fan accounts (tier 2)
OTHER_AFFIXES = words.VARIANT_AFFIXES_OTHER
AFFIX_WORDS = SCAM_AFFIXES + OTHER_AFFIXES
_PREFIX_ONLY = frozenset({"the", "real"})  # "the_northwind", never "northwind_the"
_SUFFIX_ONLY = frozenset({"tr", "us", "uk", "de", "hq", "app", "live", "rewards"})
# suffix forms in order: "." first (Instagram's favourite; X turns it into "_", Facebook ignores
# it, so it degrades into the next form), glued, "_"
_SUFFIX_SEPS = (".", "", "_")
_PREFIX_SEPS = ("", "_", ".")

#: how much of a platform's budget a root earns for each role it plays (roles add up):
#: the brand name and the declared handles are what impostors copy
ROOT_WEIGHTS: dict[str, float] = {
    "brand_name": 3.0,
    "declared": 2.0,
    "declared_elsewhere": 1.0,
    "alias": 0.5,
}
#: roots of the second and later brands of an inventory weigh this much less
SECONDARY_BRAND_FACTOR = 0.6

#: (tier, family, weight) lanes of the round-robin inside one root. Weights are shares of the
#: tier's picks: scam affixes are what social-media impostors register most, single-edit typos
#: and the common homoglyphs next. Tier 2 starts when tier 1 is exhausted.
FAMILY_LANES: tuple[tuple[int, str, float], ...] = (
    (1, "separator", 1.5),
    (1, "affix_scam", 2.0),  # brand + word
    (1, "affix_platform", 1.0),  # the platform's own conventions: brandtv, brand_bot
    (1, "addition", 0.5),  # brand_, _brand: the handle taken, a separator added at an end
    (1, "omission", 0.5),
    (1, "homoglyph", 1.0),  # o/0, vv/w, rn/m, l/1/i
    (1, "repetition", 0.25),
    (1, "transposition", 0.2),
    (1, "affix_scam", 0.5),  # word + brand
    (2, "affix", 1.0),
    (2, "homoglyph", 0.5),  # e/3, a/4, ... and Unicode look-alikes
    (2, "vowel_swap", 0.5),
    (2, "replacement", 0.5),
)

#: rough prevalence of each family among impostor handles, for callers that label or sort
#: families (a report legend). Ranking uses FAMILY_LANES; a candidate's ``likelihood`` is its
#: place in the probe order.
FAMILY_LIKELIHOOD: dict[str, float] = {
    "declared": 1.0,
    "exact": 0.95,
    "transliteration": 0.9,
    "affix_scam": 0.8,
    "affix_platform": 0.75,
    "separator": 0.7,
    "addition": 0.65,
    "omission": 0.65,
    "homoglyph": 0.65,
    "repetition": 0.5,
    "transposition": 0.5,
    "affix": 0.45,
    "vowel_swap": 0.35,
    "replacement": 0.35,
}
FAMILIES = tuple(FAMILY_LIKELIHOOD)

_QWERTY = {
    "1": "2q", "2": "3wq1", "3": "4ew2", "4": "5re3", "5": "6tr4", "6": "7yt5", "7": "8uy6",
    "8": "9iu7", "9": "0oi8", "0": "po9", "q": "12wa", "w": "3esaq2", "e": "4rdsw3",
    "r": "5tfde4", "t": "6ygfr5", "y": "7uhgt6", "u": "8ijhy7", "i": "9okju8", "o": "0plki9",
    "p": "lo0", "a": "qwsz", "s": "edxzaw", "d": "rfcxse", "f": "tgvcdr", "g": "yhbvft",
    "h": "ujnbgy", "j": "ikmnhu", "k": "olmji", "l": "kop", "z": "asx", "x": "zsdc",
    "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm", "m": "njk",
}  # fmt: skip
_VOWELS = "aeiou"
# the look-alikes impostors use, most common first (tier 1)
_COMMON_HOMOGLYPHS: tuple[tuple[str, str], ...] = (
    ("o", "0"), ("w", "vv"), ("m", "rn"), ("l", "1"), ("i", "l"), ("l", "i"), ("i", "1"),
    ("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("1", "i"),
)  # fmt: skip
# rarer ASCII look-alikes (tier 2)
_RARE_HOMOGLYPHS: tuple[tuple[str, str], ...] = (
    ("e", "3"), ("a", "4"), ("s", "5"), ("t", "7"), ("g", "9"), ("g", "q"), ("q", "g"),
    ("b", "6"), ("z", "2"), ("d", "cl"), ("cl", "d"), ("nn", "m"),
)  # fmt: skip
# Unicode look-alikes (Cyrillic/Greek); only survive on platforms whose grammar allows them
_UNICODE_HOMOGLYPHS: tuple[tuple[str, str], ...] = (
    ("o", "\u043e"), ("a", "\u0430"), ("e", "\u0435"), ("c", "\u0441"), ("i", "\u0456"),
    ("p", "\u0440"), ("x", "\u0445"), ("y", "\u0443"), ("o", "\u03bf"), ("k", "\u03ba"),
    ("n", "\u043f"), ("h", "\u04bb"),
)  # fmt: skip
_MAX_BOUNDARIES = 6  # separator subsets grow as 2**n


# --------------------------------------------------------------------------- families


def _unique(items: Iterable[str], exclude: str) -> list[str]:
    """Items in order, each once, without ``exclude`` (a variant is never its own root)."""
    out: dict[str, None] = {}
    for v in items:
        if v and v != exclude:
            out.setdefault(v, None)
    return list(out)


def _addition(s: str) -> list[str]:
    """A separator added at an end, what a platform suggests when the handle is taken
    (dnstwist's ``addition``, with the characters handles add): ``brand_``, ``_brand``,
    ``brand__``, ``brand1``; never a dot at an end, which Instagram and TikTok refuse. A
    platform with no ``_`` gets ``brand-`` or nothing (:func:`adapt`)."""
    return _unique((f"{s}_", f"_{s}", f"{s}__", f"{s}1"), s)


def _omission(s: str) -> list[str]:
    """Drop one letter: one of a doubled pair (coffee -> cofee, coffe), then the last letter,
    then a vowel from the end of the name back (naseemtransfer -> naseemtransfr before
    nseemtransfer: a reader takes in a name's start and skims its later letters, so the
    letter an impostor leaves out is late), then any other the same way, the first last."""
    doubled = [i for i in range(1, len(s)) if s[i] == s[i - 1]]
    vowels = [i for i in range(len(s) - 2, 0, -1) if s[i] in _VOWELS]
    order = [*doubled, len(s) - 1, *vowels, *range(len(s) - 2, 0, -1), 0]
    return _unique((s[:i] + s[i + 1 :] for i in order), s)


def _repetition(s: str) -> list[str]:
    """Double a letter: the last one first, then single letters, already doubled ones last."""
    single = [i for i, c in enumerate(s) if c.isalnum()
              and not (i and s[i - 1] == c) and not (i + 1 < len(s) and s[i + 1] == c)]
    order = [len(s) - 1, *single, *range(len(s))]
    return _unique((s[:i] + s[i] + s[i:] for i in order if s[i].isalnum()), s)


def _transposition(s: str) -> list[str]:
    """Swap neighbours, inside the word first (the first letter is rarely mistyped)."""
    order = [*range(1, len(s) - 1), 0]
    return _unique((s[:i] + s[i + 1] + s[i] + s[i + 2 :] for i in order if i + 1 < len(s)), s)


def _replacement(s: str) -> list[str]:
    return _unique((s[:i] + k + s[i + 1 :] for i, c in enumerate(s) for k in _QWERTY.get(c, "")), s)


def _vowel_swap(s: str) -> list[str]:
    return _unique(
        (s[:i] + v + s[i + 1 :] for i, c in enumerate(s) if c in _VOWELS for v in _VOWELS), s
    )


def _substitutions(s: str, pairs: Sequence[tuple[str, str]]) -> list[str]:
    """One look-alike substitution, by diagonal order of (pair rank + occurrence): the first
    ``o`` as ``0`` and the ``w`` as ``vv`` come before the second ``o``."""
    ranked: list[tuple[int, int, str]] = []
    for rank, (a, b) in enumerate(pairs):
        start, occ = s.find(a), 0
        while start != -1:
            ranked.append((rank + occ, occ, s[:start] + b + s[start + len(a) :]))
            start, occ = s.find(a, start + 1), occ + 1
    ranked.sort(key=lambda t: (t[0], t[1]))
    return _unique((v for _, _, v in ranked), s)


def _separators(s: str, splits: Sequence[frozenset[int]]) -> list[str]:
    """Separators between the words of ``s``: the known spellings' word boundaries first
    ("Northwind Coffee Co." -> northwind_coffee_co), then every other subset of them."""
    known = [tuple(sorted(b for b in sp if 0 < b < len(s))) for sp in splits]
    union = sorted({b for sp in known for b in sp})[:_MAX_BOUNDARIES]
    subsets: list[tuple[int, ...]] = [sp for sp in known if sp]
    for n in range(len(union), 0, -1):
        subsets.extend(itertools.combinations(union, n))
    out: list[str] = []
    for cut in dict.fromkeys(subsets):
        parts = [s[i:j] for i, j in itertools.pairwise((0, *cut, len(s)))]
        out.extend(sep.join(parts) for sep in ("_", ".", "-"))
    return _unique(out, s)


def _platform_suffix_forms(base: str, splits: Sequence[frozenset[int]],
                           suffixes: Sequence[str]) -> list[str]:
    """The platform's own naming conventions (the catalog's ``variant_suffixes``, as written
    after a name, likeliest first): ``brand`` + each (``brandtv``, ``brand_bot``,
    ``brand-careers``), and where the suffix starts with a separator, the brand's words
    separated the same way after it (``dobilas-linen-careers``), as a platform that makes a
    page's address from its name writes them.

    >>> _platform_suffix_forms("dobilaslinen", [frozenset({7})], ("tv", "-careers"))
    ['dobilaslinentv', 'dobilaslinen-careers', 'dobilas-linen-careers']
    """
    cuts = [tuple(sorted(b for b in sp if 0 < b < len(base))) for sp in splits]
    words_of = [[base[i:j] for i, j in itertools.pairwise((0, *cut, len(base)))]
                for cut in dict.fromkeys(cuts) if cut]
    out: list[str] = []
    for suffix in suffixes:
        out.append(base + suffix)
        sep = suffix[:1]
        if sep in "._-" and sep:
            out += [sep.join(w) + suffix for w in words_of]
    return _unique(out, base)


def _affix_forms(core: str, words: Sequence[str], prefix: bool) -> list[str]:
    """Brand + word (or word + brand) in diagonal order of (word rank + form rank), so the
    top words in their top forms come first: core.official, core.support, coreofficial..."""
    seps = _PREFIX_SEPS if prefix else _SUFFIX_SEPS
    ranked: list[tuple[int, int, str]] = []
    for wi, w in enumerate(words):
        if (prefix and w in _SUFFIX_ONLY) or (not prefix and w in _PREFIX_ONLY):
            continue
        for fi, sep in enumerate(seps):
            ranked.append((wi + fi, fi, f"{w}{sep}{core}" if prefix else f"{core}{sep}{w}"))
    ranked.sort(key=lambda t: (t[0], t[1]))
    return _unique((v for _, _, v in ranked), core)


@dataclass(frozen=True)
class _Plan:
    """The platform-independent variants of one root: a head and two tiers of lanes."""

    head: tuple[tuple[str, str], ...]  # (variant, family): exact / transliteration
    tiers: tuple[tuple[tuple[str, float, tuple[str, ...]], ...], ...]  # (family, weight, items)


#: the country codes among :data:`SCAM_AFFIXES` (regional pages of the big markets)
_FIXED_CODES = frozenset({"us", "uk", "tr"})


def _scam_affix_forms(base: str, splits: Sequence[frozenset[int]],
                      countries: Sequence[str], local: Sequence[str] = ()) -> list[str]:
    """The tier-1 suffix lane: the scam words' forms, the company's own country codes
    (:func:`country_codes`) ranked as the second word (after "official"): the
    "regional" page impostors open (``brand.et``, ``brandet``, ``brand_et``; a Turkish
    company's ``brand.tr`` too, though "tr" is also a fixed code), and after ``brand.et`` and
    ``brand_et`` the brand's words separated the same way (``brand.name.et``,
    ``brand_name_et``). The words of
    the company's languages (:func:`local_affixes`: "podpora", "kundeservice") take turns
    with the English ones; a company with country codes of its own has no use for the fixed
    ones of other markets ("brand.tr" for a Slovak company): their places go to its words."""
    words_in = [w for w in SCAM_AFFIXES[1:] if w not in countries]  # "tr" ranks second
    if countries:
        words_in = [w for w in words_in if w not in _FIXED_CODES]
    mixed: list[str] = []
    for i in range(max(len(words_in), len(local))):  # an English word, then a local one
        mixed += [*words_in[i:i + 1], *local[i:i + 1]]
    words = (*SCAM_AFFIXES[:1], *countries, *dict.fromkeys(mixed))
    forms = _affix_forms(base, words, prefix=False)
    cuts = [tuple(sorted(b for b in sp if 0 < b < len(base))) for sp in splits]
    words_of = [[base[i:j] for i, j in itertools.pairwise((0, *cut, len(base)))]
                for cut in cuts if cut]
    out: list[str] = []
    for form in forms:
        out.append(form)
        for sep in (".", "_"):  # brand.et -> brand.name.et, brand_et -> brand_name_et
            code = form.removeprefix(f"{base}{sep}")
            if form.startswith(f"{base}{sep}") and code in countries:
                out += [sep.join((*w, code)) for w in words_of]
    return _unique(out, base)


@lru_cache(maxsize=4096)
def _plan(base: str, splits: tuple[frozenset[int], ...] = (), raw: str = "",
          typo_tier: int = 1, countries: tuple[str, ...] = (),
          local: tuple[str, ...] = (), platform_suffixes: tuple[str, ...] = (),
          affix_tier: int = 1) -> _Plan:
    """Every variant of the squashed ``base``, by family, each family in its own order.

    ``typo_tier=2`` moves the typo families (omission, homoglyph, repetition, transposition) to
    tier 2: for an alias ("Northwind", "NWC") impostors add words, they rarely misspell an
    abbreviation on purpose. ``affix_tier=2`` does the same for the families that add to the
    name (scam words, the platform's conventions, a separator at an end): a compound root
    (:func:`_mark_compounds`, "MinminiCare") is already the brand plus a word, and
    "minminicare.official" is two steps from the brand.
    ``countries`` are the company's own country codes: suffixes of
    the scam-affix lane (:func:`country_codes`), ``local`` the words of its languages
    (:func:`local_affixes`), ``platform_suffixes`` the platform's naming conventions
    (:attr:`HandleRule.variant_suffixes`)."""
    head: list[tuple[str, str]] = []
    if raw and raw != base:  # non-ASCII: "açarkahve" is exact, "acarkahve" a transliteration
        head += [(raw, "exact"), (base, "transliteration")]
    typos = len(base) >= 4  # typo families on "nwc" are noise
    # one list per lane of FAMILY_LANES, in the same order
    lists: list[list[str]] = [
        _separators(base, splits),
        _scam_affix_forms(base, splits, countries, local),
        _platform_suffix_forms(base, splits, platform_suffixes),
        _addition(base),
        _omission(base) if typos else [],
        _substitutions(base, _COMMON_HOMOGLYPHS) if typos else [],
        _repetition(base) if typos else [],
        _transposition(base) if typos else [],
        _affix_forms(base, SCAM_AFFIXES, prefix=True),
        _affix_forms(base, OTHER_AFFIXES, prefix=False)
        + _affix_forms(base, OTHER_AFFIXES, prefix=True),
        _substitutions(base, _RARE_HOMOGLYPHS) + _substitutions(base, _UNICODE_HOMOGLYPHS)
        if typos else [],
        _vowel_swap(base) if typos else [],
        _replacement(base) if typos else [],
    ]
    moved = {**dict.fromkeys(("omission", "homoglyph", "repetition", "transposition"), typo_tier),
             **dict.fromkeys(("affix_scam", "affix_platform", "addition"), affix_tier)}
    lanes = [(moved.get(fam, t) if t == 1 else t, fam, w) for t, fam, w in FAMILY_LANES]
    tiers = tuple(
        tuple((fam, w, tuple(items)) for (t, fam, w), items in zip(lanes, lists, strict=True)
              if t == tier and items)
        for tier in (1, 2)
    )
    return _Plan(tuple(head), tiers)


def _merge(lanes: Sequence[tuple[float, Iterator[T]]], keep: Callable[[T], bool]) -> Iterator[T]:
    """Weighted round-robin (stride scheduling): the k-th item of a lane of weight w is due at
    k/w; ties go to the earlier lane. An exhausted lane drops out and the others share its
    turns. ``keep`` is asked again when an item comes due, since another lane (or root) may
    have taken the same handle meanwhile."""
    heap: list[tuple[float, int, int, float, T, Iterator[T]]] = []

    def push(idx: int, w: float, k: int, it: Iterator[T]) -> None:
        for item in it:
            if keep(item):
                heapq.heappush(heap, (k / w, idx, k, w, item, it))
                return

    for idx, (w, it) in enumerate(lanes):
        if w > 0:
            push(idx, w, 1, it)
    while heap:
        _, idx, k, w, item, it = heapq.heappop(heap)
        if not keep(item):
            push(idx, w, k, it)  # same turn, next item
            continue
        yield item
        push(idx, w, k + 1, it)


def _tiered(plan: _Plan, convert: Callable[[str, str], T | None],
            keep: Callable[[T], bool]) -> tuple[Iterator[T], Iterator[T]]:
    """The head and tier 1 interleaved, and tier 2 interleaved, as two lazy streams;
    ``convert`` maps a raw variant to an item (or None when the platform cannot have it)."""

    def lane(family: str, items: Iterable[str]) -> Iterator[T]:
        for v in items:
            c = convert(v, family)
            if c is not None:
                yield c

    def head() -> Iterator[T]:
        for v, fam in plan.head:
            c = convert(v, fam)
            if c is not None and keep(c):
                yield c

    first, second = (_merge([(w, lane(fam, items)) for fam, w, items in tier], keep)
                     for tier in plan.tiers)
    return itertools.chain(head(), first), second


def _ordered(plan: _Plan, convert: Callable[[str, str], T | None],
             keep: Callable[[T], bool]) -> Iterator[T]:
    """The head, then tier 1 interleaved, then tier 2 interleaved (one root's whole order)."""
    return itertools.chain(*_tiered(plan, convert, keep))


def _camel_words(text: str) -> list[str]:
    """Folded words of a name or handle, splitting camelCase (NorthwindCare -> northwind, care)."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)
    return tokens(spaced)


def _boundaries(words: Sequence[str]) -> frozenset[int]:
    return frozenset(itertools.accumulate(len(w) for w in words[:-1]))


def _segment(base: str, vocab: frozenset[str]) -> frozenset[int]:
    """Word boundaries in a glued handle, from the brand's known words: scanning left to right,
    the longest known word at each position marks a boundary on both sides
    (northwindcoffeeco -> northwind|coffee|co)."""
    cuts: set[int] = set()
    longest = max((len(w) for w in vocab), default=0)
    i = 0
    while i < len(base):
        for j in range(min(len(base), i + longest), i, -1):
            if base[i:j] in vocab and base[i:j] != base:
                cuts.update((i, j))
                i = j
                break
        else:
            i += 1
    return frozenset(c for c in cuts if 0 < c < len(base))


def fuzz(name: str) -> Iterator[tuple[str, str]]:
    """Every variant of ``name`` with the family that produced it, unfiltered, likeliest first.

    ``name`` may be a display name ("Northwind Coffee") or a handle ("northwind_coffee"); typo
    families run on the squashed lower-case form. Families are interleaved as in
    :func:`generate_candidates`; a variant two families produce is yielded once, tagged with
    the family that reached it first.

    >>> ("n0rthwindcoffee", "homoglyph") in set(fuzz("northwindcoffee"))
    True
    """
    raw = name.strip().lstrip("@")
    base = squash(raw)
    if not base:
        return
    words = [w for w in re.split(r"[\s._\-]+", raw.lower()) if w]
    ascii_words = [squash(w) for w in words]
    plan = _plan(base, (_boundaries([w for w in ascii_words if w]),), "".join(words))
    # the name itself is no variant; its squashed form is one only as a transliteration
    seen: set[str] = {raw.lower()} if plan.head else {raw.lower(), base}

    def convert(v: str, fam: str) -> tuple[str, str] | None:
        return (v, fam) if v not in seen else None

    def keep(item: tuple[str, str]) -> bool:
        return item[0] not in seen

    for item in _ordered(plan, convert, keep):
        seen.add(item[0])
        yield item


# --------------------------------------------------------------------------- platform rules


_SEPS = re.compile(r"[._\-]")


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _valid(handle: str, rule: HandleRule) -> bool:
    return (
        rule.min_length <= len(handle) <= rule.max_length
        and _compiled(rule.pattern).fullmatch(handle) is not None
    )


@lru_cache(maxsize=65536)
def _is_domain(name: str) -> bool:
    """Whether ``name`` ends in a public suffix (northwind.coffee, nwc.shop; not nwc.official)."""
    ext = public_suffix_list()(name)
    return bool(ext.domain and ext.suffix)


def adapt(handle: str, rule: HandleRule) -> str | None:
    """``handle`` made valid for ``rule``, or None when it cannot be.

    Tries the handle as is (lower-cased unless the platform is case-sensitive), then with
    separators swapped for ones the grammar accepts, then without separators.

    On a platform whose handles are domains with a ``suffix`` for bare names (Bluesky:
    ``name`` means ``name.bsky.social``), a variant that is a real domain stays one
    (``northwind.coffee``); any other dot is a separator (``northwindcoffee.official`` ->
    ``northwindcoffee-official.bsky.social``); the bare name gets the suffix.
    """
    h = handle if rule.case_sensitive else handle.lower()
    suffix = rule.suffix if rule.case_sensitive else rule.suffix.lower()
    if suffix and "." in h and not h.startswith("did:") and not _is_domain(h):
        h = h.replace(".", "-")
    tries = [h]
    if any(c in h for c in "._-"):
        tries += [_SEPS.sub(sep, h) for sep in ("_", "-", ".", "")]
    for t in tries:
        if not _valid(t, rule):
            continue
        if suffix and "." not in t and not t.startswith("did:"):
            t += suffix
            if not _valid(t, rule):
                continue
        return t
    return None


# --------------------------------------------------------------------------- roots and budget


@dataclass
class _Root:
    """One name impostors copy, on one platform: ``base`` is its squashed form."""

    base: str
    brand: str
    source: str
    raw: str  # lower-case joined words (may hold non-ASCII letters)
    roles: dict[str, None]
    splits: list[frozenset[int]]
    factor: float
    compound: bool = False  # another root plus a word (:func:`_mark_compounds`)

    @property
    def weight(self) -> float:
        return self.factor * sum(ROOT_WEIGHTS[r] for r in self.roles)


#: letters of scripts that write no short vowels (Arabic, Hebrew, Syriac, Thaana): their
#: transliteration is a row of consonants ("نسيم" -> "nsym") nobody registers; impostors of
#: such a name write it the way the brand's Latin name does
_ABJAD = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0750-\u077f"
                    "\u0780-\u07bf\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _roots(inventory: Inventory, platform: str) -> list[_Root]:
    """The roots of every brand on ``platform``, heaviest first (stable: inventory order).
    An alias in a script without vowels (:data:`_ABJAD`) is none."""
    roots: dict[str, _Root] = {}
    own = _own_domains(inventory)
    for b_index, brand in enumerate(inventory.brands):
        factor = 1.0 if b_index == 0 else SECONDARY_BRAND_FACTOR
        vocab = _vocabulary(brand)
        texts: list[tuple[str, str]] = [(brand.name, "brand_name")]
        texts += [(_domain_name(a.handle, own), "declared") for a in brand.accounts
                  if a.platform == platform]
        texts += [(_domain_name(a.handle, own), "declared_elsewhere") for a in brand.accounts
                  if a.platform != platform]
        texts += [(a, "alias") for a in brand.aliases]
        for text, role in texts:
            base = squash(text)
            if not base or (role == "alias" and _ABJAD.search(text)):
                continue
            root = roots.get(base)
            if root is None:
                joined = "".join(re.split(r"[\s._\-]+", text.strip().lstrip("@").lower()))
                raw = joined if not joined.isascii() else ""  # "açarkahve": exact, then ascii
                root = roots[base] = _Root(base, brand.name, text, raw, {}, [], factor)
            elif root.brand != brand.name:
                continue  # a name two brands share belongs to the first
            root.roles.setdefault(role, None)
            split = _boundaries(_camel_words(text))
            if not split:
                split = _segment(base, vocab)
            if split and split not in root.splits:
                root.splits.append(split)
    _mark_compounds(list(roots.values()))
    return sorted(roots.values(), key=lambda r: -r.weight)


def _own_domains(inventory: Inventory) -> frozenset[str]:
    """The inventory's domains and its brands' website hosts, lower case, without ``www.``."""
    hosts = [*inventory.domains]
    for brand in inventory.brands:
        hosts += [urlsplit(s if "//" in s else f"//{s}").hostname or "" for s in brand.websites]
    return frozenset(h.lower().removeprefix("www.") for h in hosts if h)


def _domain_name(handle: str, own: frozenset[str]) -> str:
    """A declared handle that is one of the company's own domains (Bluesky's
    ``minminipass.in``) is the name before its public suffix (``minminipass``): impostors
    copy the name, and "minminipassin.official" is nobody's handle.

    >>> _domain_name("minminipass.in", frozenset({"minminipass.in"}))
    'minminipass'
    """
    h = handle.lower().lstrip("@")
    if h not in own:
        return handle
    return public_suffix_list()(h).domain or handle


#: a root shorter than this is never the stem of a compound ("nwc" in "nwcbeans" may be chance)
_MIN_STEM = 4


def _mark_compounds(roots: Sequence[_Root]) -> None:
    """Mark the roots that are another root plus a word: a handle declared on another platform
    or an alias ("MinminiCare", "minmini_coimbatore", "Wahaj Ampere") that starts or ends with
    another root of the inventory ("minmini", "wahaj"). Such a root is itself what an
    impostor's affix makes of the stem; its own affixes and typos are two steps from the brand
    (tier 2 of its plan), so they wait for every root's likeliest variants. The brand's name
    and the handles declared on the platform are never compounds: they are what impostors
    copy first, and so is a name the company both declares and goes by (an alias that is also
    a handle of its own elsewhere: "Sanwan Cruise", ``sanwancruise``)."""
    for root in roots:
        if len(root.roles) > 1 or set(root.roles) & {"brand_name", "declared"}:
            continue
        root.compound = any(
            other is not root and len(other.base) >= _MIN_STEM
            and len(other.base) < len(root.base)
            and (root.base.startswith(other.base) or root.base.endswith(other.base))
            for other in roots)


def _domains(inventory: Inventory,
             converter: Callable[[_Root], Callable[[str, str], _Item | None]]) -> Iterator[_Item]:
    """The inventory's domains and its brands' website hosts, as exact domain handles."""
    owners: dict[str, str] = {}
    for brand in inventory.brands:
        for site in brand.websites:
            host = urlsplit(site if "//" in site else f"//{site}").hostname or ""
            owners.setdefault(host.removeprefix("www."), brand.name)
    first = inventory.brands[0].name if inventory.brands else inventory.organization
    for domain in inventory.domains:
        owners.setdefault(domain.lower().removeprefix("www."), first)
    for domain, owner in owners.items():
        if domain and "." in domain:
            item = converter(_Root(squash(domain), owner, domain, "", {}, [], 1.0))(domain, "exact")
            if item is not None:
                yield item


#: two-letter top-level domains sold as generic names (``.io``, ``.ai``, ``.tv`` ...): no
#: country a company's regional page would name
GENERIC_CCTLDS = frozenset({"ai", "cc", "co", "fm", "gg", "io", "me", "tv", "ws", "to", "ly",
                            "so", "sh", "vc", "la", "gl", "am", "im", "nu", "pw", "tk"})


#: where the words of each language live: one file per language (ISO 639-1), ``<lang>.txt``
HANDLE_WORDS_DIR = Path(__file__).with_name("handle_words")
_HANDLE_WORD = re.compile(r"[a-z0-9]+")


def load_handle_words(folder: Path = HANDLE_WORDS_DIR) -> dict[str, tuple[str, ...]]:
    """The words an impostor of a company writes after its name in the company's own language,
    per language: one file per language in ``folder`` (``fi.txt``: ``virallinen``, ``tuki``
    ...), one word a line as handles spell them (lower case ASCII letters and digits, no
    diacritics), likeliest first; ``#`` starts a comment. A translator adds a language by
    adding a file. A word a handle cannot spell is an error naming file and line.

    >>> load_handle_words()["fi"][:3]
    ('virallinen', 'asiakaspalvelu', 'tuki')
    """
    out: dict[str, tuple[str, ...]] = {}
    for path in sorted(folder.glob("*.txt")):
        words_in: list[str] = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            word = line.split("#", 1)[0].strip()
            if not word:
                continue
            if not _HANDLE_WORD.fullmatch(word):
                raise ValueError(f"{path}:{n}: {word!r} is no handle word: write it in lower case "
                                 "ASCII letters and digits, without diacritics or separators")
            words_in.append(word)
        out[path.stem] = tuple(dict.fromkeys(words_in))
    return out


#: the words an impostor of a company writes after its name in the company's own language
#: ("kamzikpodpora", "lynglia.kundeservice", "voltaria_suport", "brand_oficial", "brand.akcia"),
#: as handles spell them, most common first: "official", "support", "help", then an offer, a
#: giveaway, jobs. Per language (ISO 639-1), read from :data:`HANDLE_WORDS_DIR`;
#: :func:`local_affixes` picks them.
LOCAL_AFFIXES: dict[str, tuple[str, ...]] = load_handle_words()
#: the languages of a country's people, by its country code (first the most spoken): where
#: the inventory names no language, its domains' country says which words its impostors use
COUNTRY_LANGUAGES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("de", "at", "li"), ("de",)), "ch": ("de", "fr", "it"),
    **dict.fromkeys(("fr", "lu", "sn", "ci", "cm", "mc"), ("fr",)), "be": ("nl", "fr"),
    "ca": ("en", "fr"), **dict.fromkeys(("ma", "tn", "dz"), ("ar", "fr")),
    **dict.fromkeys(("es", "mx", "ar", "cl", "co", "pe", "py", "uy", "ec", "bo", "ve", "cr",
                     "gt", "pa", "do", "hn", "sv", "ni", "cu", "pr"), ("es",)),
    **dict.fromkeys(("pt", "br", "ao", "mz"), ("pt",)), **dict.fromkeys(("it", "sm"), ("it",)),
    "nl": ("nl",), "no": ("no",), "se": ("sv",), "dk": ("da",), "fi": ("fi", "sv"),
    "ee": ("et",), "lv": ("lv",), "lt": ("lt",), "pl": ("pl",), "cz": ("cs",), "sk": ("sk",),
    "si": ("sl",), **dict.fromkeys(("hr", "ba"), ("hr",)), **dict.fromkeys(("rs", "me"), ("sr",)),
    "bg": ("bg",), **dict.fromkeys(("ro", "md"), ("ro",)), "hu": ("hu",),
    **dict.fromkeys(("gr", "cy"), ("el",)), "tr": ("tr",), "az": ("az",), "uz": ("uz",),
    "kz": ("kk", "ru"), **dict.fromkeys(("ru", "by"), ("ru",)), "ua": ("uk",), "ge": ("ka",),
    **dict.fromkeys(("al", "xk"), ("sq",)), "is": ("is",), "id": ("id",), "my": ("ms",),
    "ph": ("tl", "en"), "vn": ("vi",), "in": ("hi", "en"), "pk": ("ur", "en"),
    **dict.fromkeys(("sa", "ae", "eg", "jo", "qa", "kw", "bh", "om", "lb", "iq", "ly", "sd",
                     "ps", "ye", "sy"), ("ar",)), "il": ("he",),
    **dict.fromkeys(("ke", "tz", "ug"), ("sw", "en")), "jp": ("ja",), "kr": ("ko",),
    **dict.fromkeys(("cn", "tw", "hk", "mo"), ("zh",)),
    **dict.fromkeys(("gb", "uk", "ie", "au", "nz", "us", "gh", "ng", "za", "sg", "lk", "jm",
                     "zw", "zm", "bw", "rw", "mw", "et"), ("en",)),
}


def local_affixes(inventory: Inventory, countries: Sequence[str] = ()) -> tuple[str, ...]:
    """The words of :data:`LOCAL_AFFIXES` in the company's languages: the inventory's
    ``language`` first, then those of its country codes (:func:`country_codes`), each word
    once and none the scam-affix lane already has, taken in turn from each language (its
    "official", then its "support" ...)."""
    langs: list[str] = []
    if inventory.language:
        langs.append(inventory.language.split("-")[0].split("_")[0].lower())
    for code in countries:
        langs += COUNTRY_LANGUAGES.get(code, ())
    lists = [LOCAL_AFFIXES.get(lang, ()) for lang in dict.fromkeys(langs)]
    out: dict[str, None] = {}
    for rank in range(max((len(w) for w in lists), default=0)):
        for words_of in lists:
            if rank < len(words_of) and words_of[rank] not in AFFIX_WORDS:
                out.setdefault(words_of[rank], None)
    return tuple(out)


def country_codes(inventory: Inventory) -> tuple[str, ...]:
    """The company's own country codes, from the country-code top-level domains of its domains
    and brand websites (``wenzleather.com.et`` -> ``et``), in inventory order; generic ones
    (:data:`GENERIC_CCTLDS`) are none. Impostors name a "regional" page after the company's
    country (``brand_et``, ``brand.lt``), whatever the fixed codes of
    :data:`matching.words.VARIANT_AFFIXES_COMMON` say."""
    hosts = [*inventory.domains]
    for brand in inventory.brands:
        hosts += [urlsplit(s if "//" in s else f"//{s}").hostname or "" for s in brand.websites]
    out: dict[str, None] = {}
    for host in hosts:
        tld = host.lower().rstrip(".").rsplit(".", 1)[-1]
        if "." in host and len(tld) == 2 and tld.isascii() and tld.isalpha() \
                and tld not in GENERIC_CCTLDS:
            out.setdefault(tld, None)
    return tuple(out)


def _vocabulary(brand: Brand) -> frozenset[str]:
    """Words of the brand's names and of its camelCase handles (never a whole glued handle),
    to split glued handles. Words under 3 letters would split anything ("co" in "coldbrew")."""
    words = [w for t in brand.names for w in _camel_words(t)]
    for a in brand.accounts:
        parts = _camel_words(a.handle)
        if len(parts) > 1:
            words += parts
    return frozenset(w for w in words if len(w) >= 3)


_Item = tuple[str, str, str, str, str]  # (canonical, handle, family, brand, source)


#: handle variants per platform and brand when nobody says (``--max-variants``); the one default
DEFAULT_MAX_VARIANTS = 40


def _order_score(i: int) -> float:
    """Likelihood recorded on the i-th variant of a platform: decreasing with probe order."""
    return 0.95 / (1 + i / 50)


def generate_candidates(
    inventory: Inventory,
    rules: Mapping[str, HandleRule],
    max_variants: int = DEFAULT_MAX_VARIANTS,
    platforms: Iterable[str] | None = None,
) -> list[Candidate]:
    """Handles to probe per platform, likeliest first, each valid for its platform.

    For every platform (``platforms`` or all of ``rules``): the declared handles of every brand
    (family ``declared``, never cut), then up to ``max_variants * len(inventory.brands)``
    variants: each root's exact form, then the roots' family-interleaved variants spent by
    weighted round-robin across roots (see the module docstring); on a platform with
    communities (``rule.community``) the brand's guessed communities come first, within that
    budget (``_communities``). Deduplicated by
    ``rule.canonical`` per platform: a handle two brands or roots share is kept once.

    >>> from matching.models import OfficialAccount
    >>> inv = Inventory("Org", brands=(Brand("Northwind Coffee", accounts=(
    ...     OfficialAccount("x", "NorthwindCoffee", "Northwind Coffee"),)),))
    >>> [c.handle for c in generate_candidates(inv, {"x": HandleRule(r"\\w{1,15}")}, 4)]
    ['NorthwindCoffee', 'northwindcofee', 'n0rthwindcoffee', 'nrothwindcoffee', 'northwindcoffe']
    """
    chosen = list(platforms) if platforms is not None else list(rules)
    budget = max(0, max_variants) * len(inventory.brands)
    out: list[Candidate] = []
    # a platform's variants depend on it only through its handle rule and the handles declared
    # on it: where none is declared, they are computed once per rule (a 1,000-site list shares
    # a dozen rules)
    declared_on = {a.platform for b in inventory.brands for a in b.accounts}
    shared: dict[HandleRule, list[Candidate]] = {}
    for platform in chosen:
        rule = rules.get(platform)
        if rule is None:
            continue
        seen: set[str] = set()
        for brand in inventory.brands:
            for acc in brand.accounts:
                if acc.platform != platform or rule.canonical(acc.handle) in seen:
                    continue
                seen.add(rule.canonical(acc.handle))
                out.append(Candidate(platform, acc.handle, brand.name, "declared", acc.handle, 1.0))
        if budget == 0:
            continue
        # a platform with communities: the brand's guessed first, within the budget
        guessed = _communities(inventory, platform, rule, seen) if rule.community else []
        out.extend(guessed)
        left = max(0, budget - len(guessed))
        if platform not in declared_on:
            proto = shared.get(rule)
            if proto is None:
                proto = shared[rule] = list(itertools.islice(
                    _variants(inventory, platform, rule, seen), budget))
            out.extend(Candidate(platform, c.handle, c.brand, c.family, c.source, c.likelihood)
                       for c in proto[:left])
            continue
        out.extend(itertools.islice(_variants(inventory, platform, rule, seen), left))
    return out


#: the affixes a brand's own community is named with, likeliest first (r/<brand>,
#: r/<brand>official, ...), and the most guessed per brand
COMMUNITY_AFFIXES = ("", "official", "support", "help")
MAX_COMMUNITIES = 6


def _communities(inventory: Inventory, platform: str, rule: HandleRule,
                 seen: set[str]) -> list[Candidate]:
    """A platform with communities (``rule.community``, Reddit's ``r/``): each brand's
    communities by its name with ``COMMUNITY_AFFIXES``, then its aliases, folded to letters and
    digits, each valid for the platform, at most ``MAX_COMMUNITIES`` per brand (family
    ``community``); marks each in ``seen``.

    >>> inv = Inventory("Org", brands=(Brand("Tallowmere", aliases=("Tallow Bikes",)),))
    >>> [c.handle for c in _communities(inv, "reddit", HandleRule(r"r/\\w{3,21}", community="r/"),
    ...                                 set())]  # doctest: +NORMALIZE_WHITESPACE
    ['r/tallowmere', 'r/tallowmereofficial', 'r/tallowmeresupport', 'r/tallowmerehelp',
     'r/tallowbikes']
    """
    out: list[Candidate] = []
    for brand in inventory.brands:
        names = [brand.name, *brand.aliases]
        tries = [(names[0], a) for a in COMMUNITY_AFFIXES] + [(n, "") for n in names[1:]]
        kept = 0
        for name, affix in tries:
            folded = re.sub(r"[^a-z0-9]", "", squash(name).lower())
            handle = rule.community + folded + affix
            key = rule.canonical(handle)
            if not folded or key in seen or not _valid(handle, rule):
                continue
            seen.add(key)
            out.append(Candidate(platform, handle, brand.name, "community", name, 0.9))
            kept += 1
            if kept >= MAX_COMMUNITIES:
                break
    return out


def _variants(inventory: Inventory, platform: str, rule: HandleRule,
              seen: set[str]) -> Iterator[Candidate]:
    """Every variant of the platform's roots, in probe order; marks each in ``seen``."""
    roots = _roots(inventory, platform)
    countries = country_codes(inventory)
    local = local_affixes(inventory, countries)

    def keep(item: _Item) -> bool:
        return item[0] not in seen

    def converter(root: _Root) -> Callable[[str, str], _Item | None]:
        def convert(v: str, family: str) -> _Item | None:
            h = adapt(v, rule)
            if h is None:
                return None
            key = rule.canonical(h)
            return None if key in seen else (key, h, family, root.brand, root.source)
        return convert

    def exact(root: _Root) -> Iterator[_Item]:
        item = converter(root)(root.base, "exact")  # None when declared here
        if item is not None:
            yield item

    def tiers(root: _Root) -> tuple[Iterator[_Item], Iterator[_Item]]:
        plan = _plan(root.base, tuple(root.splits), root.raw,
                     typo_tier=2 if root.compound or set(root.roles) == {"alias"} else 1,
                     countries=countries, local=local,
                     # a platform's page is named after the brand, never after a handle
                     platform_suffixes=rule.variant_suffixes if "brand_name" in root.roles
                     else (), affix_tier=2 if root.compound else 1)
        first, second = _tiered(plan, converter(root), keep)
        return itertools.chain(exact(root), first), second

    # every root's tier 1 (its exact form first), then every root's tier 2, each band by
    # weighted round-robin: no root's tier 2 ("minminicare.official", a keyboard slip) takes
    # the place of another root's tier 1 ("<alias>.official")
    streams = [(r.weight, tiers(r)) for r in roots]
    first = [(w, t[0]) for w, t in streams]
    if rule.suffix:  # domain handles: the company's own domains come first
        first.insert(0, (float("inf"), _domains(inventory, converter)))
    bands = itertools.chain(_merge(first, keep), _merge([(w, t[1]) for w, t in streams], keep))
    for i, item in enumerate(bands):
        seen.add(item[0])
        key, h, family, brand, source = item
        yield Candidate(platform, h, brand, family, source, _order_score(i))
