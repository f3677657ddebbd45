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

How the classifier reads them: every pattern of :mod:`matching.signals` and
:mod:`matching.profile_signals` that is built from lexicon families is a :class:`FamilyPattern`
naming those families. :func:`matching.classify.classify` takes ``words`` and holds them for
the length of the call (:func:`using`, compiled once per distinct value); a family pattern then
tries the user's phrases of its families, folded and bounded as the lexicon's own, before its
built-in alternation, and behaves exactly as the built-in pattern otherwise (negations, soft
words, whole-hit checks). Outside such a call, or with no words, it is the built-in pattern:
matching stays a function of its arguments.

    >>> rx = FamilyPattern(r"\bwinners list\b", ("scam",))
    >>> with using(w):
    ...     rx.search("claim your voucher today").group(0)
    'claim your voucher'
    >>> rx.search("claim your voucher today") is None
    True
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

from matching.inventory import N_, Text
from matching.lazy_re import LazyPattern
from matching.lexicon import FAMILIES, LEXICON, fold_phrase, is_latin, trie_pattern
from matching.textfold import fold_script

__all__ = ["LANGUAGES", "MAX_PHRASE", "FamilyPattern", "UserPhrase", "UserWords",
           "check_family", "check_language", "check_phrase", "native_hits", "using"]

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
    #: where it was written (``words.yaml:12``), for evidence and error messages; not part
    #: of the value (the same phrase written elsewhere is the same phrase)
    source: str = field(default="", compare=False)


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

    def digest(self) -> str:
        """``sha256:<16 hex>`` of the phrases (family, language, text, in order): what an
        audit records of the words it used; comments, notes and layout of the file aside."""
        canon = json.dumps([(p.family, p.language, p.phrase) for p in self.phrases],
                           ensure_ascii=False, separators=(",", ":"))
        return "sha256:" + hashlib.sha256(canon.encode("utf-8")).hexdigest()[:16]

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


def _close(value: str, choices: Iterable[str]) -> Text | str:
    near = difflib.get_close_matches(value.lower(), sorted(choices), n=1, cutoff=0.6)
    return N_("did you mean '{word}'? ", word=near[0]) if near else ""


# the messages are Text (matching.inventory): brandsweep validate shows them translated


def check_family(family: object) -> Text | None:
    """None when ``family`` is a family of the lexicon; else what is wrong and the fix."""
    if not isinstance(family, str):
        return N_("family must be a word, not {value!r}; one of: {names}", value=family,
                  names=list(FAMILIES))
    if family not in FAMILIES:
        return N_("unknown family '{value}': {near}one of: {names}", value=family,
                  near=_close(family, FAMILIES), names=list(FAMILIES))
    return None


def check_language(language: object) -> Text | None:
    """None when ``language`` is a language of the lexicon; else what is wrong and the fix."""
    if not isinstance(language, str):
        return N_("language must be a code such as 'en' or 'tr', not {value!r}", value=language)
    if language not in LANGUAGES:
        return N_("unknown language '{value}': {near}write a language code of the lexicon "
                  "({names})", value=language, near=_close(language, LANGUAGES),
                  names=sorted(LANGUAGES))
    return None


def check_phrase(phrase: object) -> Text | None:
    """None when ``phrase`` can be matched as the lexicon matches its own; else the fix."""
    if not isinstance(phrase, str):
        if isinstance(phrase, int | float):
            kind = N_("yes/no") if isinstance(phrase, bool) else N_("a number")
            return N_("phrase {value!r} is {kind} to YAML, not text: put it in quotes "
                      "(\"{value}\")", value=phrase, kind=kind)
        return N_("each phrase must be text, e.g. - claim your voucher")
    text = " ".join(phrase.split())
    if not text:
        return N_("empty phrase: write the words, or remove the line")
    if len(text) > MAX_PHRASE:
        return N_("phrase of {n} characters: at most {most}; keep the few words that make it "
                  "a lure (a whole sentence seldom repeats word for word)", n=len(text),
                  most=MAX_PHRASE)
    letters = _LETTERS.findall(text)
    if len(letters) < 2 and not _DENSE.search(text):
        return N_("phrase '{text}' has fewer than two letters: it would match almost any text; "
                  "write a word or more", text=text)
    if "," in text:
        return N_("phrase '{text}' has a comma: the evidence lists the phrases a page used with "
                  "commas between them; write each part as a phrase of its own", text=text)
    for word in text.split():
        if "*" in word.rstrip("*") or word.endswith("**") or word == "*":
            return N_("'*' may only end a word (nagrod* = nagroda, nagrody ...), as in the "
                      "lexicon; '{word}' has it elsewhere", word=word)
    return None


# ----------------------------------------------------------------------------- in the classifier

#: how a family pattern's built-in alternation is written, so the user's part is written alike
KINDS = ("bounded", "bare", "native")


class _Compiled:
    """One :class:`UserWords` value, folded once, and each family pattern's compiled union."""

    def __init__(self, words: UserWords):
        latin: dict[str, dict[str, None]] = {}
        native: dict[str, dict[str, None]] = {}
        for p in words.phrases:
            if is_latin(p.phrase):
                latin.setdefault(p.family, {})[fold_phrase(p.phrase)] = None
            else:
                native.setdefault(p.family, {})[fold_script(p.phrase)] = None
        self.latin = {f: tuple(sorted(v, key=len, reverse=True)) for f, v in latin.items()}
        self.native = {f: tuple(sorted(v, key=len, reverse=True)) for f, v in native.items()}
        self.patterns: dict[int, re.Pattern[str]] = {}

    def part(self, families: tuple[str, ...], kind: str) -> str:
        """The user's phrases of ``families`` as ``kind`` is written ('' when none)."""
        table = self.native if kind == "native" else self.latin
        phrases = tuple(sorted({p for f in families for p in table.get(f, ())},
                               key=len, reverse=True))
        if not phrases:
            return ""
        if kind == "native":
            return "|".join(re.escape(p) for p in phrases)
        body = trie_pattern(phrases)
        return rf"\b{body}\b" if kind == "bounded" else f"(?:{body})"

    def pattern(self, fp: FamilyPattern) -> re.Pattern[str]:
        rx = self.patterns.get(id(fp))
        if rx is None:
            part = self.part(fp.families, fp.kind)
            rx = (re.compile(f"{part}|{fp.pattern}", fp.flags) if part
                  else LazyPattern.compiled.fget(fp))  # type: ignore[attr-defined]
            self.patterns[id(fp)] = rx
        return rx


_ACTIVE: ContextVar[_Compiled | None] = ContextVar("brandsweep_user_words", default=None)


@lru_cache(maxsize=8)
def _compiled(words: UserWords) -> _Compiled:
    return _Compiled(words)


@contextmanager
def using(words: UserWords | None) -> Iterator[None]:
    """Family patterns read ``words`` too inside this block (this thread or task only)."""
    token = _ACTIVE.set(_compiled(words) if words else None)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


class FamilyPattern(LazyPattern):
    """A :class:`~matching.lazy_re.LazyPattern` built from the lexicon's ``families``: inside
    :func:`using`, the user's phrases of those families come first in its alternation.
    ``kind``: how the built-in alternation is written, 'bounded' (folded text, whole words),
    'bare' (folded, for a whole-hit ``fullmatch``) or 'native' (other scripts, as written)."""

    __slots__ = ("families", "kind")

    #: every family pattern made (tests check each family is read somewhere); held for good,
    #: which also keeps each one's ``id`` its own (``_Compiled.patterns`` is keyed by it)
    made: ClassVar[list[FamilyPattern]] = []

    def __init__(self, pattern: str, families: tuple[str, ...], kind: str = "bounded",
                 flags: int = 0):
        super().__init__(pattern, flags)
        unknown = [f for f in families if f not in FAMILIES]
        if unknown or kind not in KINDS:
            raise ValueError(f"unknown family {unknown} or kind {kind!r}")
        self.families = families
        self.kind = kind
        FamilyPattern.made.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        active = _ACTIVE.get()
        if active is None:
            return LazyPattern.compiled.fget(self)  # type: ignore[attr-defined]
        return active.pattern(self)


def native_hits(families: tuple[str, ...]) -> frozenset[str]:
    """The user's phrases of ``families`` in other scripts, folded as text is (inside
    :func:`using`; else none): for readers that compare a hit with a set of phrases."""
    active = _ACTIVE.get()
    if active is None:
        return frozenset()
    return frozenset(p for f in families for p in active.native.get(f, ()))
