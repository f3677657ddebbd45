"""Regular expressions compiled the first time they are used, not when their module is imported.

``matching.signals`` and ``matching.profile_signals`` hold a few dozen large alternations (scam,
fan, employee and retirement wording, in several scripts). Compiling them all took a tenth of a
second of every audit's start, although a sweep whose profiles carry no text (existence-only
sites: a page that exists, nothing read from it) never searches most of them. A
``LazyPattern`` has the methods of ``re.Pattern`` the matching code calls, and compiles on the
first call (once: the compiled pattern is kept).

    _FAN_RE = LazyPattern("|".join(FAN_PATTERNS))
    _FAN_RE.search(text)  # compiled here, the first time

No LazyPattern matches the empty string (tests/test_lazy_re.py checks every one matching
defines), so a search of an empty text (a blank profile's bio: every profile of an
existence-only site) answers "no match" without compiling: a sweep of such sites compiled
50 ms of patterns to search nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """``re.compile(pattern, flags)``, deferred to the first use."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        rx = self._compiled
        if rx is None:
            rx = self._compiled = re.compile(self.pattern, self.flags)
        return rx

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        if not string:
            return None  # never matches the empty string (the module's docstring)
        return self.compiled.search(string, *args)

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        if not string:
            return None  # (as ``search``)
        return self.compiled.match(string, *args)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        if not string:
            return None  # (as ``search``)
        return self.compiled.fullmatch(string, *args)

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        if not string:
            return iter(())  # (as ``search``)
        return self.compiled.finditer(string, *args)

    def findall(self, string: str, *args: int) -> list[Any]:
        if not string:
            return []  # (as ``search``)
        return self.compiled.findall(string, *args)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:60]!r}{'...' if len(self.pattern) > 60 else ''})"
