"""The names the crawl's searches type: each brand's names, then the word they share.

The web search and the platforms' searches type each brand name and alias, then the word its
names share when none of them is that word alone.

A reviewer who meets "Bilo Kava", "Bilo Yaqona" and "Bilo Grog" in an inventory also searches
"Bilo": what else goes by the brand's name (a namesake, a page that drops the product word, an
impostor's "Bilo Official") is listed for that word alone, never for the full names. The shared
word is the words every name of one script has in common (compared without case or accents,
names of three characters or fewer left aside: an acronym shares no word), in the order of the
first name; it is searched when it is longer than three characters (shorter ones mostly find
other things, as for :func:`crawler.spiders.web_search.build_queries`) and is not already a name.
One query per brand and script at most: bounded by the inventory, never by a world.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["search_names", "shared_name"]


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _script(name: str) -> str:
    """The script of a name's first letter ("LATIN", "CYRILLIC", "ARABIC" ...)."""
    for c in name:
        if c.isalpha():
            return unicodedata.name(c, "?").split(" ", 1)[0]
    return ""


def _words(name: str) -> list[str]:
    return [w.strip(".,;:!?()\"'") for w in name.split() if w.strip(".,;:!?()\"'")]


def shared_name(names: Iterable[str]) -> list[str]:
    """The word (or words) all of a brand's names share, per script, when it is no name itself.

    >>> shared_name(["Bilo Kava", "Bilo Yaqona", "Bilo Grog", "Bilo Kava Fiji"])
    ['Bilo']
    >>> shared_name(["Dental Guayacán", "Clínica Guayacán", "Dental Guayacan"])
    ['Guayacán']
    >>> shared_name(["Golnar Saffron", "Golnar"])  # already a name
    []
    """
    names = [n.strip() for n in names if len(n.strip()) > 3]
    taken = {_fold(n) for n in names}
    groups: dict[str, list[list[str]]] = {}
    for name in names:
        groups.setdefault(_script(name), []).append(_words(name))
    out: list[str] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        common = set.intersection(*({_fold(w) for w in words} for words in group))
        shared = " ".join(w for w in dict.fromkeys(group[0]) if _fold(w) in common)
        if len(shared) > 3 and _fold(shared) not in taken:
            out.append(shared)
            taken.add(_fold(shared))
    return out


def search_names(names: Iterable[str]) -> list[str]:
    """A brand's names and aliases, then :func:`shared_name` (each once, case aside)."""
    names = list(names)
    out: dict[str, str] = {}
    for name in [*names, *shared_name(names)]:
        out.setdefault(name.casefold(), name)
    return list(out.values())
