"""matching/lazy_re.py: patterns compiled on first use, and an empty text answered without
compiling, which holds only while no pattern matching defines can match the empty string."""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re

import matching
from matching.lazy_re import LazyPattern


def _every_pattern() -> list[LazyPattern]:
    for mod in pkgutil.iter_modules(matching.__path__):
        importlib.import_module(f"matching.{mod.name}")
    return [o for o in gc.get_objects() if isinstance(o, LazyPattern)]


def test_no_pattern_of_matching_matches_the_empty_string() -> None:
    patterns = _every_pattern()
    assert len(patterns) >= 20  # the scan sees them (scam, fan, data request wording...)
    empty = [p for p in patterns if re.compile(p.pattern, p.flags).search("") is not None]
    assert not empty, f"these match the empty string; LazyPattern assumes none does: {empty}"


def test_an_empty_text_is_answered_without_compiling() -> None:
    p = LazyPattern(r"giveaway|refund")
    assert p.search("") is None and p.match("") is None and p.fullmatch("") is None
    assert list(p.finditer("")) == [] and p.findall("") == []
    assert p._compiled is None
    assert p.search("a refund!").group(0) == "refund"
    assert p._compiled is not None
    assert [m.group(0) for m in p.finditer("giveaway refund")] == ["giveaway", "refund"]


def test_answers_are_those_of_the_compiled_pattern() -> None:
    for pattern in (r"\bfan\b", r"(?i)official|offiziell", r"[$€]\s?\d+"):
        lazy, rx = LazyPattern(pattern), re.compile(pattern)
        for text in ("", "fan", "Official page", "win $100 now", "x"):
            assert bool(lazy.search(text)) == bool(rx.search(text))
            assert lazy.findall(text) == rx.findall(text)
