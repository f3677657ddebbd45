"""Words a user adds to the classifier's lexicon: the data and its rules, no file reading.

A compliance team knows its own scams ("claim your loyalty voucher") and namesakes better than
any built-in list. They write them in a YAML file (``brandsweep audit --words FILE``, read and
checked by :mod:`crawler.words_file`, which reports file, line and fix); what reaches matching
is a :class:`UserWords` value, data like :class:`~matching.config.MatchConfig`.

Every phrase names a family of :data:`matching.lexicon.FAMILIES` and a language of
:data:`matching.lexicon.LEXICON`, and follows the lexicon's conventions: written naturally,
diacritics or not; ``*`` at the end of a word stands for any ending; no regular expressions.
:meth:`UserWords.as_lexicon` gives the phrases in the lexicon's own shape (language -> family
-> phrases), so the classifier reads them exactly as it reads its built-in ones.

    >>> w = UserWords((UserPhrase("scam", "en", "claim your voucher"),))
    >>> w.as_lexicon()
    {'en': {'scam': ('claim your voucher',)}}
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from matching.lexicon import FAMILIES, LEXICON

__all__ = ["LANGUAGES", "MAX_PHRASE", "UserPhrase", "UserWords", "check_family",
           "check_language", "check_phrase"]

#: the languages a phrase may name: those of the lexicon (ISO 639-1, or a tag for a variant)
LANGUAGES: frozenset[str] = frozenset(LEXICON)

#: characters a phrase may have at most (a sentence is a bio, not a phrase)
MAX_PHRASE = 80

#: at least two letters, or one letter of a script written without spaces between words
_LETTERS = re.compile(r"[^\W\d_]")
_DENSE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class UserPhrase:
    family: str
    language: str
    phrase: str
    #: where it was written (``words.yaml:12``), for evidence and error messages
    source: str = ""


@dataclass(frozen=True)
class UserWords:
    """The phrases a user added, checked. Empty by default: the built-in lexicon alone."""

    phrases: tuple[UserPhrase, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def family(self, family: str) -> tuple[str, ...]:
        """The phrases of ``family`` in every language, in the order written."""
        return tuple(dict.fromkeys(p.phrase for p in self.phrases if p.family == family))

    def as_lexicon(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """language -> family -> phrases: :data:`matching.lexicon.LEXICON`'s shape."""
        out: dict[str, dict[str, tuple[str, ...]]] = {}
        for p in self.phrases:
            fam = out.setdefault(p.language, {})
            if p.phrase not in fam.get(p.family, ()):
                fam[p.family] = (*fam.get(p.family, ()), p.phrase)
        return out

    @classmethod
    def of(cls, entries: Iterable[tuple[str, str, str]]) -> UserWords:
        """From (family, language, phrase) triples, each checked (ValueError with the fix)."""
        out = []
        for family, language, phrase in entries:
            for problem in (check_family(family), check_language(language), check_phrase(phrase)):
                if problem:
                    raise ValueError(problem)
            out.append(UserPhrase(family, language, " ".join(phrase.split())))
        return cls(tuple(out))


def _close(value: str, choices: Iterable[str]) -> str:
    near = difflib.get_close_matches(value.lower(), sorted(choices), n=1, cutoff=0.6)
    return f"did you mean '{near[0]}'? " if near else ""


def check_family(family: object) -> str | None:
    """None when ``family`` is a family of the lexicon; else what is wrong and the fix."""
    if not isinstance(family, str):
        return f"family must be a word, not {family!r}; one of: {', '.join(FAMILIES)}"
    if family not in FAMILIES:
        return (f"unknown family '{family}': {_close(family, FAMILIES)}"
                f"one of: {', '.join(FAMILIES)}")
    return None


def check_language(language: object) -> str | None:
    """None when ``language`` is a language of the lexicon; else what is wrong and the fix."""
    if not isinstance(language, str):
        return f"language must be a code such as 'en' or 'tr', not {language!r}"
    if language not in LANGUAGES:
        hint = _close(language, LANGUAGES)
        return (f"unknown language '{language}': {hint}write a language code of the lexicon "
                f"({', '.join(sorted(LANGUAGES))})")
    return None


def check_phrase(phrase: object) -> str | None:
    """None when ``phrase`` can be matched as the lexicon matches its own; else the fix."""
    if not isinstance(phrase, str):
        kind = {bool: "yes/no", int: "a number", float: "a number"}.get(type(phrase), "not text")
        return (f"phrase {phrase!r} is {kind} to YAML, not text: put it in quotes "
                f"(\"{phrase}\")" if kind != "not text" else
                "each phrase must be text, e.g. - claim your voucher")
    text = " ".join(phrase.split())
    if not text:
        return "empty phrase: write the words, or remove the line"
    if len(text) > MAX_PHRASE:
        return (f"phrase of {len(text)} characters: at most {MAX_PHRASE}; keep the few words "
                f"that make it a lure (a whole sentence seldom repeats word for word)")
    letters = _LETTERS.findall(text)
    if len(letters) < 2 and not _DENSE.search(text):
        return (f"phrase '{text}' has fewer than two letters: it would match almost any "
                f"text; write a word or more")
    for word in text.split():
        if "*" in word.rstrip("*") or word.endswith("**") or word == "*":
            return (f"'*' may only end a word (nagrod* = nagroda, nagrody ...), as in the "
                    f"lexicon; '{word}' has it elsewhere")
    return None
