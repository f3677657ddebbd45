"""A search result's title and snippet, read as a display name and a bio.

X serves a JavaScript shell and LinkedIn answers 999, so for those profiles the only text a
crawler sees is what a search engine shows: ``NWC Roastery (@NWCRoastery) / X`` and a snippet
with the bio. A human investigator reads that result; this module does the same, as pure
functions over strings (no I/O), so ``matching.classify`` can compare names and read bios of
profiles it could not fetch. The text stays the engine's, not the profile's: classify says so
in every Evidence built from it ("from a web search result: ...").

    >>> name_from_title("x", "NWCRoastery", "NWC Roastery (@NWCRoastery) / X")
    'NWC Roastery'
    >>> name_from_title("telegram", "northwind", "Telegram: Contact @northwind") is None
    True
    >>> bio_from_snippet("instagram", "nw", '1,204 Followers, 3 Following, 12 Posts - '
    ...                  'Northwind (@nw) on Instagram: "Roasters in Leeds"')
    'Roasters in Leeds'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from matching.models import ProfileFields, Sighting, Via

__all__ = ["SearchText", "bio_from_snippet", "from_search_results", "name_from_title"]

# ----------------------------------------------------------------------------- titles

#: what platforms and engines append to a page title after a separator, longest first where
#: one is the start of another ("Instagram photos and videos" before "Instagram")
_SITE_WORDS = (
    r"Instagram photos and videos",
    r"Instagram",
    r"Threads, Say more",
    r"Threads",
    r"X",
    r"Twitter",
    r"LinkedIn",
    r"YouTube",
    r"Facebook",
    r"TikTok",
    r"GitHub",
    r"Reddit",
    r"Mastodon",
    r"Bluesky",
    r"Pinterest",
    r"Profile",
    r"Telegram",
)
_SEP = r"[|•·\-–—/:]"
_SUFFIX = re.compile(
    rf"\s*{_SEP}\s*(?:{'|'.join(_SITE_WORDS)})\s*$|\s+on\s+(?:{'|'.join(_SITE_WORDS)})\s*$",
    re.IGNORECASE,
)
#: ``(@handle)``, ``(@user@instance)``: the handle, which classify already compares
_AT_HANDLE = re.compile(r"\s*\(\s*@[^()\s]+\s*\)")
#: titles that name no one: login walls, consent pages, Telegram's fixed title
_NO_NAME = re.compile(
    r"^(?:telegram:\s*(?:contact|view|join)\b.*|log ?in\b.*|sign ?(?:in|up)\b.*|"
    r"overview for\b.*|u/\S+|r/\S+|page not found.*|error.*|before you continue.*|"
    r"instagram|facebook|x|twitter|linkedin|youtube|tiktok|github|reddit|threads|pinterest)$",
    re.IGNORECASE,
)


def _squash(s: str) -> str:
    return " ".join(s.split())


def _bare(handle: str) -> str:
    return handle.strip().lstrip("@").casefold()


def name_from_title(platform: str, handle: str, title: str | None) -> str | None:
    """The display name in a result title, without the platform's suffix and the handle.

    ``Northwind Coffee (@northwindcoffee) • Instagram photos and videos`` -> ``Northwind
    Coffee``; GitHub's ``handle (Name) · GitHub`` -> ``Name``. None when the title names no one
    (``Telegram: Contact @h``, ``u/h - Reddit``, a login page). A name spelled like the
    handle is kept: many accounts show their handle as their name (``IlloJuan``).
    ``platform`` is accepted for the few shapes that need it (GitHub, Pinterest).
    """
    if not title:
        return None
    t = _squash(title)
    if _NO_NAME.match(t):
        return None
    for _ in range(3):  # "Name (h) - Profile | Pinterest": two suffixes
        stripped = _SUFFIX.sub("", t)
        if stripped == t:
            break
        t = stripped
    bare = _bare(handle)
    # GitHub "login (Name)", Pinterest "Name (login)": the part in brackets that is not the handle
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", t)
    if m and not m.group(2).startswith("@"):
        outside, inside = m.group(1).strip(), m.group(2).strip()
        if _bare(outside) == bare and inside:
            t = inside
        elif _bare(inside) == bare and outside:
            t = outside
    t = _AT_HANDLE.sub("", t).strip(" -|•·–—:")
    t = _squash(t)
    if not t or t.startswith("@") or _NO_NAME.match(t):
        return None
    return t


# ----------------------------------------------------------------------------- snippets

_INSTAGRAM = re.compile(
    r"^[\d.,]+\s*[KMB]?\s+Followers?,.*?\bon Instagram:\s*[\"“](.*)[\"”]\s*$", re.IGNORECASE | re.S
)
_LATEST_FROM = re.compile(
    r"^The latest (?:posts|Tweets|tweets) from\s.*?\(@[^)]+\)\.?\s*", re.IGNORECASE
)
_PLATFORM_NAMES = r"(?:instagram|facebook|linkedin|tiktok|x|twitter|threads|pinterest|reddit)"
_BOILERPLATE = re.compile(
    r"^(?:see instagram photos and videos from\b|"
    rf"(?:log ?in|sign ?up|sign ?in) (?:to|for|on) (?:see |view )?{_PLATFORM_NAMES}\b|"
    r"you can contact @|if you have telegram\b|discover .* on tiktok\b|"
    r"create an account or log ?in\b).*$",
    re.IGNORECASE | re.S,
)
_SUBSCRIBERS = re.compile(r"\s*[·•|-]?\s*[\d.,]+\s*[KMB]?\s+subscribers\.?\s*$", re.IGNORECASE)
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")


def bio_from_snippet(platform: str, handle: str, snippet: str | None) -> str | None:
    """The bio in a result snippet, without the engine's or platform's framing.

    Instagram's ``N Followers, ... on Instagram: "bio"`` -> ``bio``; X's ``The latest posts
    from Name (@h). bio`` -> ``bio``; YouTube's trailing ``12K subscribers`` and a trailing
    ellipsis go. None for boilerplate that says nothing about the profile ("See Instagram photos
    and videos from ...", Telegram's "You can contact @h right away").
    """
    if not snippet:
        return None
    s = _squash(snippet)
    m = _INSTAGRAM.match(s)
    if m:
        s = m.group(1)
    s = _LATEST_FROM.sub("", s)
    s = _SUBSCRIBERS.sub("", s)
    s = _ELLIPSIS.sub("", s).strip()
    if not s or _BOILERPLATE.match(s):
        return None
    return s


# ----------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
class SearchText:
    """Fields read from a search result, and which result: what classify cites."""

    fields: ProfileFields  # the observation's fields with the missing ones filled in
    derived: frozenset[str]  # names of the filled fields ("display_name", "bio")
    sighting: Sighting  # the result they were read from

    def source(self) -> str:
        """A sentence naming the result, for the reviewer to check."""
        s = self.sighting
        parts = []
        if s.title:
            parts.append(f"title '{s.title}'")
        if s.snippet:
            parts.append(f"snippet '{s.snippet}'")
        where = f" ({s.source})" if s.source else ""
        return f"{' and '.join(parts)}{where}"


_SEARCH_VIAS = (Via.WEB_SEARCH, Via.PLATFORM_SEARCH)


def _rank(platform: str, handle: str, s: Sighting) -> tuple:  # type: ignore[type-arg]
    """Best result first: a search path, the title naming this handle, more text, stable."""
    bare = _bare(handle).split(".")[0]
    names_it = bool(s.title) and f"@{bare}" in (s.title or "").casefold()
    name = name_from_title(platform, handle, s.title)
    bio = bio_from_snippet(platform, handle, s.snippet)
    return (
        s.via not in _SEARCH_VIAS,
        not (name or bio),
        not names_it,
        -len(bio or ""),
        -len(name or ""),
        s.source,
        s.detail,
        s.title or "",
        s.snippet or "",
    )


def from_search_results(
    platform: str, handle: str, fields: ProfileFields, sightings: Iterable[Sighting]
) -> SearchText | None:
    """``fields`` with a missing display name and/or bio read from the best search result.

    None when nothing is missing, no sighting carries a title or snippet, or the best one
    yields no usable text. Fields the profile itself showed are never replaced.
    """
    missing_name = not (fields.display_name or "").strip()
    missing_bio = not (fields.bio or "").strip()
    if not (missing_name or missing_bio):
        return None
    results = [s for s in sightings if s.title or s.snippet]
    if not results:
        return None
    best = min(results, key=lambda s: _rank(platform, handle, s))
    name = name_from_title(platform, handle, best.title) if missing_name else None
    bio = bio_from_snippet(platform, handle, best.snippet) if missing_bio else None
    if not (name or bio):
        return None
    derived = frozenset(n for n, v in (("display_name", name), ("bio", bio)) if v)
    new = replace(fields, display_name=name or fields.display_name, bio=bio or fields.bio)
    return SearchText(new, derived, best)
