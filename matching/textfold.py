"""How prose is folded before a word list reads it: one module the word lists and the matcher share.

Why a module of its own: :mod:`matching.lexicon` folds its phrases when it is imported, and
:mod:`matching.normalise` imports the word lists (its handle affixes), so the folding the two
share cannot live in :mod:`matching.normalise` without an import cycle. Nothing here reads a
table bigger than a few dozen letters; :mod:`matching.normalise` re-exports these functions.

Two forms:

- :func:`fold_text`: Latin-script prose, lower-cased ASCII (``çekiliş`` -> ``cekilis``,
  ``Ždrijeb`` -> ``zdrijeb``, ``đặt cọc`` -> ``dat coc``, Uzbek ``oʻ`` and ``o'`` alike).
- :func:`fold_script`: prose of other scripts, kept as written but without the marks and
  letter variants writers use interchangeably (Arabic tatweel, vowel marks and hamza seats,
  Persian and Urdu ``ی``/``ک`` against Arabic ``ي``/``ك``, Hebrew niqqud, Greek accents, Russian
  ``ё``, Devanagari and Gurmukhi nukta, candrabindu, zero-width joiners).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

__all__ = ["fold_script", "fold_text", "nfkc", "turkish_fold"]

_TURKISH = str.maketrans({"İ": "i", "I": "i", "ı": "i"})


def nfkc(s: str) -> str:
    """Unicode NFKC: full-width ``ｎｏｒｔｈ`` and math-bold letters become plain letters."""
    return unicodedata.normalize("NFKC", s)


def turkish_fold(s: str) -> str:
    """Fold the four Turkish i's to ``i`` before any ``lower()``.

    ``"İ".lower()`` is ``"i̇"`` (two code points) and ``"I".lower()`` is ``"i"`` where a Turk
    means ``ı``; folding all of them to ``i`` makes ``NORTHWIND KAHVE``, ``Northwind Kahve`` and
    ``northwınd`` compare equal whatever the writer's locale.
    """
    return s.replace("i\u0307", "i").replace("I\u0307", "i").translate(_TURKISH)


@lru_cache(maxsize=200_000)
def _no_pictures(s: str) -> str:
    """``s`` without pictographs (emoji, dingbats: Unicode category So): ``anyascii`` would
    spell them as words ("Mordisco Oficial 🍔" -> "... hamburger"), words nobody wrote."""
    if all(unicodedata.category(c) != "So" for c in s):
        return s
    return "".join(" " if unicodedata.category(c) == "So" else c for c in s)


#: Cyrillic letters as Serbian Latin writes them, without its diacritics (as :func:`fold_text`
#: leaves "š", "ž", "č"): Serbian is written in both scripts, and one word list reads both
_CYRILLIC_AS_LATIN = str.maketrans({
    "ш": "s", "ж": "z", "ч": "c", "ћ": "c", "ђ": "dj", "џ": "dz", "х": "h", "ц": "c",
    "Ш": "S", "Ж": "Z", "Ч": "C", "Ћ": "C", "Ђ": "Dj", "Џ": "Dz", "Х": "H", "Ц": "C",
})

#: apostrophes and the Uzbek, Hawaiian and Arabizi letter marks (``oʻ``, ``gʻ``, ``3``-less
#: ``'``) as one ASCII apostrophe: "oʻzbek", "o'zbek" and "o`zbek" are one word
_APOSTROPHES = str.maketrans({"`": "'", "\u02bb": "'", "\u02bc": "'", "\u2018": "'",
                              "\u2019": "'", "\u00b4": "'"})


def fold_text(s: str) -> str:
    """Lower-case ASCII form of prose, for word lists: NFKC, Turkish i's, transliteration
    (``anyascii``), without the confusable skeleton :func:`matching.normalise.fold` applies to
    names (it garbles words written in Cyrillic, "поштарину" -> "poshtapiny"); Cyrillic reads
    as Serbian Latin folded ("postarinu", as "poštarinu" folds). Apostrophes are one."""
    if s.isascii():
        s = s.lower()
        return s.translate(_APOSTROPHES) if "`" in s else s
    s = turkish_fold(nfkc(_no_pictures(s))).translate(_CYRILLIC_AS_LATIN).translate(_APOSTROPHES)
    return anyascii(s).lower().translate(_APOSTROPHES)


def _script_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Arabic script: tatweel and the vowel and Quranic marks (optional in writing) removed;
    # hamza seats, alef maksura, ta marbuta and the Persian and Urdu letter forms as one
    for cp in (0x0640, *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)):
        table[cp] = None
    for src, dst in {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي",
                     "ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك", "ہ": "ه", "ۀ": "ه", "ة": "ه",
                     "ۃ": "ه", "ە": "ه"}.items():
        table[ord(src)] = dst
    for i in range(10):  # Arabic-Indic and Persian digits
        table[0x0660 + i] = str(i)
        table[0x06F0 + i] = str(i)
    # Hebrew points and cantillation (niqqud): optional in writing
    for cp in (*range(0x0591, 0x05BE), 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7):
        table[cp] = None
    # Greek accents (tonos, dialytika): dropped in capitals and in quick typing
    for src, dst in {"ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ό": "ο", "ύ": "υ", "ώ": "ω",
                     "ϊ": "ι", "ϋ": "υ", "ΐ": "ι", "ΰ": "υ"}.items():
        table[ord(src)] = dst
    # Russian ё is written е more often than not
    table[ord("ё")] = "е"
    # Devanagari nukta (फ़/फ) and candrabindu (ँ/ं): spelt both ways
    table[0x093C] = None
    table[0x0901] = "\u0902"
    table[0x0A3C] = None  # Gurmukhi nukta (ਫ਼/ਫ)
    # zero-width joiner and soft hyphen: invisible, typed or not
    table[0x200D] = None
    table[0x00AD] = None
    return table


_SCRIPT_TABLE = _script_table()
# a zero-width non-joiner splits Persian compounds ("پیش‌پرداخت"), which people also type with
# a space; elsewhere (Indic loanwords) it is invisible
_ZWNJ_ARABIC = re.compile(r"(?<=[\u0600-\u06ff])\u200c|\u200c(?=[\u0600-\u06ff])")


def fold_script(text: str | None) -> str:
    """Prose of any script as written, for phrase lists of other scripts: NFKC, case-folded,
    without the marks and letter variants writers use interchangeably (see the module).

    >>> fold_script("الـدفـع مُقدّماً") == fold_script("الدفع مقدما")
    True
    >>> fold_script("ΔΩΡΕΆΝ") == fold_script("δωρεάν")
    True
    """
    s = unicodedata.normalize("NFKC", text or "").casefold()
    if s.isascii():
        return s
    if "\u200c" in s:
        s = _ZWNJ_ARABIC.sub(" ", s).replace("\u200c", "")
    return s.translate(_SCRIPT_TABLE)
