"""Text normalisation for comparing handles and names the way a person's eye compares them.

An impostor does not need the exact brand name; it needs one a reader mistakes for it:
``nоrthwind`` with a Cyrillic ``о``, ``n0rthwind``, ``north_wind``, ``northwind_support``,
``NORTHWIND KAHVE`` typed on a Turkish keyboard. Each step here removes one such difference so two
strings that *look* alike end up with the same :func:`comparison_key`:

1. :func:`nfkc`: Unicode compatibility normalisation (full-width and mathematical letters).
2. :func:`turkish_fold`: ``İ``/``I``/``ı`` -> ``i`` (Python's ``lower()`` turns ``İ`` into ``i̇``).
3. :func:`skeleton`: Unicode TR39 confusables (Cyrillic ``о`` -> ``o``) from the
   ``confusable-homoglyphs`` package's copy of Unicode's ``confusables.txt``.
4. ``anyascii``: transliteration of whatever is left (``ş`` -> ``s``, ``ç`` -> ``c``).
5. :func:`deleet`: ``0`` -> ``o``, ``3`` -> ``e``, ``@`` -> ``a`` ...
6. :func:`peel_affixes`: ``official``, ``support``, ``tr`` ... peeled off and remembered.
7. separators removed and the ``i``/``l``/``1`` glyph class collapsed.

Everything is pure and cached where a table is involved; nothing here does I/O beyond reading the
package's bundled JSON once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from anyascii import anyascii

from matching.offline_tld import import_tldextract
from matching.textfold import _no_pictures, fold_script, fold_text, nfkc, turkish_fold
from matching.words import HANDLE_AFFIXES

if TYPE_CHECKING:
    import tldextract
else:  # without the HTTP library it imports to download lists brandsweep never downloads
    tldextract = import_tldextract()

__all__ = [
    "AFFIXES",
    "SEPARATORS",
    "comparison_key",
    "deleet",
    "fold",
    "fold_script",
    "fold_text",
    "homoglyphs_used",
    "is_mixed_script",
    "scripts_of",
    "nfkc",
    "peel_affixes",
    "public_suffix_list",
    "registered_domain",
    "skeleton",
    "squash",
    "tokens",
    "turkish_fold",
]

#: characters platforms and people use to split words in a handle or name
SEPARATORS = "._- \t\u00a0\u200b\u200c\u200d\ufeff"
_SEP_RE = re.compile(r"[._\-\s\u00a0\u200b\u200c\u200d\ufeff/:,+&'\"?()\[\]{}#*~]+")

#: words impostors and regional accounts wrap around a brand name (the list lives in
#: :mod:`matching.words` with the rest of the vocabulary)
AFFIXES: tuple[str, ...] = HANDLE_AFFIXES
# longest first so "fans" is peeled before "fan", "official" before "the"
_AFFIXES_BY_LEN = tuple(sorted(set(AFFIXES), key=lambda a: (-len(a), a)))
# a peeled core must keep this many characters, else "theo" would become "o"
_MIN_CORE = 3

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "|": "i",
        "!": "i",
    }
)
# glyphs a reader cannot tell apart in most fonts: collapsed to one letter in the key
_GLYPH_CLASS = str.maketrans({"l": "i"})


@lru_cache(maxsize=1)
def _prototypes() -> dict[str, str]:
    """char -> ASCII prototype, built once from Unicode's confusables table.

    ``confusable_homoglyphs`` stores each confusables.txt pair in both directions
    (``о`` -> ``[o]`` and ``o`` -> ``[о, ο, ...]``); TR39 skeletons only need the direction
    towards the plain-Latin prototype, so a non-ASCII character maps to its first ASCII
    look-alike, and ASCII keys give their non-ASCII look-alikes.
    """
    # 2 MB table: loaded on first use only
    from confusable_homoglyphs.confusables import confusables_data

    def clean(c: str) -> str:
        return c.replace("\u200e", "").replace("\u200f", "")

    table: dict[str, str] = {}
    for key, entries in confusables_data.items():
        if len(key) != 1 or key.isascii():
            continue
        for e in entries:
            c = clean(e["c"])
            if c and c.isascii() and c.isprintable():
                table[key] = c
                break
    for key, entries in confusables_data.items():
        if len(key) != 1 or not key.isascii() or not key.isalnum():
            continue
        for e in entries:
            c = clean(e["c"])
            if len(c) == 1 and not c.isascii() and c not in table:
                table[c] = key
    # Turkish letters are real letters, not tricks: transliterate them, don't flag them
    for ch in "ışğçöüİŞĞÇÖÜâîû":
        table.pop(ch, None)
    return table


@lru_cache(maxsize=1)
def _translate_table() -> dict[int, str]:
    return {ord(k): v for k, v in _prototypes().items()}


def skeleton(s: str) -> str:
    """TR39-style skeleton: every confusable character replaced by its ASCII prototype."""
    if s.isascii():
        return s
    return s.translate(_translate_table())


def fold(s: str) -> str:
    """Readable ASCII lower-case form: NFKC, Turkish fold, skeleton, transliteration.
    Pictographs (emoji) become spaces, not the words ``anyascii`` spells for them."""
    if s.isascii():  # the common case: nothing to fold but the case
        return s.lower()
    s = turkish_fold(nfkc(_no_pictures(s)))
    s = skeleton(s)
    return anyascii(s).lower()


def deleet(s: str) -> str:
    """Undo leetspeak digits and symbols (``n0rthw1nd`` -> ``northwind``)."""
    return s.translate(_LEET)


def tokens(s: str) -> list[str]:
    """Words of a folded string, split on separators and punctuation."""
    return [t for t in _SEP_RE.split(fold(s.strip().lstrip("@"))) if t]


def squash(s: str) -> str:
    """Folded form with every separator removed: ``North_Wind.Coffee`` -> ``northwindcoffee``."""
    return "".join(tokens(s))


@lru_cache(maxsize=200_000)
def peel_affixes(s: str) -> tuple[str, tuple[str, ...]]:
    """Peel affix words (``official``, ``support``, ``tr``, ``fans``...) off both ends.

    Works on separated words first (``northwind_support``) and then on squashed text
    (``supportnorthwind``, ``northwindtr``), never leaving a core shorter than 3 characters.
    Returns ``(core, affixes)`` with the affixes in the order they were found.

    >>> peel_affixes("official_northwind_support")
    ('northwind', ('official', 'support'))
    """
    words = tokens(s)
    found: list[str] = []
    # whole words at either end
    while len(words) > 1 and deleet(words[0]) in _AFFIXES_BY_LEN:
        found.append(deleet(words.pop(0)))
    while len(words) > 1 and deleet(words[-1]) in _AFFIXES_BY_LEN:
        found.append(deleet(words.pop()))
    core = "".join(words)
    # glued affixes at either end
    changed = True
    while changed:
        changed = False
        plain = deleet(core)
        for a in _AFFIXES_BY_LEN:
            if plain.startswith(a) and len(plain) - len(a) >= max(_MIN_CORE, len(a) + 1):
                core, changed = core[len(a) :], True
                found.append(a)
                break
            if plain.endswith(a) and len(plain) - len(a) >= max(_MIN_CORE, len(a) + 1):
                core, changed = core[: -len(a)], True
                found.append(a)
                break
    return core, tuple(found)


@lru_cache(maxsize=200_000)
def comparison_key(s: str) -> str:
    """The full pipeline: two strings a reader confuses get the same key.

    >>> comparison_key("N0rth_Wind-Official") == comparison_key("northwind")
    True
    """
    core, _ = peel_affixes(s)
    return deleet(core).translate(_GLYPH_CLASS)


def plain_key(s: str) -> str:
    """Like :func:`comparison_key` but without peeling affixes (``northwindsupport`` stays)."""
    return deleet(squash(s)).translate(_GLYPH_CLASS)


def _script(ch: str) -> str:
    """A coarse script name from the Unicode character name (LATIN, CYRILLIC, GREEK...)."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "UNKNOWN"
    return name.split(" ", 1)[0]


#: Unicode name prefixes of digits that belong to a letter script: Arabic-Indic and the
#: extended (Persian, Urdu) digits are the Arabic script's own
_DIGIT_SCRIPTS = {"ARABIC-INDIC": "ARABIC", "EXTENDED": "ARABIC"}


def scripts_of(s: str) -> frozenset[str]:
    """The scripts of the letters (and non-ASCII digits) of ``s`` as written: ``Ақбота`` ->
    ``{"CYRILLIC"}``, ``بانک ۲۴`` -> ``{"ARABIC"}``. Full-width and mathematical letters are
    scripts of their own (``FULLWIDTH``, ``MATHEMATICAL``), never the Latin they imitate, so
    no brand's Latin name makes them its own."""
    out = set()
    for ch in s or "":
        if ch.isalpha() or (ch.isdigit() and not ch.isascii()):
            sc = _script(ch)
            out.add(_DIGIT_SCRIPTS.get(sc, sc))
    return frozenset(out)


def is_mixed_script(s: str) -> bool:
    """True when letters of more than one script are mixed (``Nоrthwind`` with Cyrillic о)."""
    scripts = {_script(ch) for ch in nfkc(s) if ch.isalpha()}
    return len(scripts) > 1


def homoglyphs_used(s: str) -> list[tuple[str, str]]:
    """Characters that imitate another (ASCII) letter: ``[("о", "o")]`` for Cyrillic ``о``.

    Turkish letters are real letters and never reported; full-width and mathematical letters
    are (``ｎ`` imitates ``n``).
    """
    table = _prototypes()
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for ch in s:
        if ch in seen or ch.isascii() or not ch.isalnum():
            continue  # punctuation (an en dash, curly quotes) is typography, not a disguise
        seen.add(ch)
        n = nfkc(ch)
        if n != ch and n.isascii() and n.strip():
            out.append((ch, n))
        elif ch in table:
            out.append((ch, table[ch]))
    return out


# ----------------------------------------------------------------------------- domains


@lru_cache(maxsize=1)
def public_suffix_list() -> tldextract.TLDExtract:
    """The one suffix-list reader of brandsweep: the offline snapshot bundled with tldextract
    (``suffix_list_urls=()``: never the network), with the list's *private* section on.

    Private suffixes are hosts where anyone can get a name: ``github.io``, ``blogspot.com``,
    ``web.app``, ``netlify.app``, ``azurewebsites.net``. With them on, ``northwind.github.io``
    is a registered domain of its own, and ``free-giveaway.github.io`` is somebody else's;
    with them off both shrink to ``github.io`` and a scam page on the same host would count
    as the company's own site.
    """
    return tldextract.TLDExtract(suffix_list_urls=(), include_psl_private_domains=True)


@lru_cache(maxsize=100_000)
def registered_domain(url_or_host: str) -> str:
    """The name a company registers: ``https://shop.northwindcoffee.com.tr/x`` ->
    ``northwindcoffee.com.tr``, ``https://northwind.github.io/`` -> ``northwind.github.io``.

    Accepts a URL or a bare host; lower case, no trailing dot. A host under no known suffix
    (``localhost``, reserved test names) or a bare suffix (``github.io``) comes back whole;
    text that is no host at all gives ``""``. Every domain comparison of matching and the
    crawler goes through here, so all of them agree on what "the same site" is.
    """
    s = (url_or_host or "").strip()
    if "//" not in s:
        s = "http://" + s
    try:
        host = (urlsplit(s).hostname or "").rstrip(".")
    except ValueError:
        return ""
    if not host:
        return ""
    return public_suffix_list()(host).top_domain_under_public_suffix or host
