"""Each simulated platform's handle grammar, as data: a world is checked against it when it loads.

The rules are the platform catalog's (``crawler/platforms.yaml``, ``handle:``), copied here
because simweb may not import ``crawler/``; ``tests/test_simweb_handles.py`` fails when the two
disagree. A handle the audit's catalog would refuse is one no crawl can probe, so a world that
holds it measures nothing: the author gets the file, the line and the fix instead.

>>> handle_problem("x", "NorthwindCoffeeCompany")
'x handles are 1 to 15 characters (this one has 22)'
>>> handle_problem("telegram", "nwc") is None
False
>>> handle_problem("instagram", "northwind.coffee") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class HandleRule:
    """One platform's grammar: ``pattern`` must match the whole handle, ``min_length`` and
    ``max_length`` bound it; ``hint`` says in words what the platform allows."""

    pattern: str
    min_length: int
    max_length: int
    hint: str


#: platform -> grammar; the same patterns and bounds as the catalog's ``handle:`` entries
HANDLE_RULES: dict[str, HandleRule] = {
    "github": HandleRule(
        r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}", 1, 39,
        "letters, digits and single hyphens between them, at most 39"),
    "bluesky": HandleRule(
        r"(?:did:[a-z]+:[A-Za-z0-9._:%-]+)|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)", 3, 253,
        "the full handle, a domain name: name.bsky.social or the company's own domain"),
    "mastodon": HandleRule(
        r"[A-Za-z0-9_]{1,30}", 1, 30,
        "the local username (letters, digits, _), the server in `instance:`"),
    "youtube": HandleRule(
        r"(?:[\w.\-\u00b7]{3,30})|(?:UC[A-Za-z0-9_-]{22})", 3, 100,
        "an @handle of 3 to 30 letters, digits, '.', '-', '_' (without the @), or a UC... "
        "channel id"),
    "telegram": HandleRule(
        r"[A-Za-z][A-Za-z0-9_]{3,31}", 4, 32,
        "letters, digits and _, starting with a letter: 5 to 32 (a few auctioned names have 4)"),
    "tiktok": HandleRule(
        r"(?!\.)(?![0-9]+$)[A-Za-z0-9_.]{2,24}(?<!\.)", 2, 24,
        "2 to 24 letters, digits, '_' and '.', not ending in '.', not digits only"),
    "x": HandleRule(
        r"[A-Za-z0-9_]{1,15}", 1, 15,
        "letters, digits and _, at most 15"),
    "instagram": HandleRule(
        r"[A-Za-z0-9._]{1,30}", 1, 30,
        "letters, digits, '.' and '_', at most 30"),
    "facebook": HandleRule(
        r"(?:groups/[A-Za-z0-9][A-Za-z0-9._-]{0,49}|[A-Za-z0-9.]{5,50})", 5, 57,
        "a page's username of 5 to 50 letters, digits and '.', or groups/<name> for a group"),
    "linkedin": HandleRule(
        r"(?:in/)?[A-Za-z0-9][A-Za-z0-9_%&.-]{0,99}", 2, 103,
        "a company page's slug (linkedin.com/company/<slug>), or in/<name> for a person"),
    "threads": HandleRule(
        r"[A-Za-z0-9._]{1,30}", 1, 30,
        "the Instagram username it was made with: letters, digits, '.' and '_'"),
    "pinterest": HandleRule(
        r"[A-Za-z0-9_]{3,30}", 3, 30,
        "3 to 30 letters, digits and _"),
    "reddit": HandleRule(
        r"(?:r/[A-Za-z0-9][A-Za-z0-9_]{1,20}|[A-Za-z0-9_-]{3,20})", 3, 23,
        "a user's name (3 to 20 letters, digits, '_', '-'), or r/<name> for a subreddit"),
}

_COMPILED = {name: re.compile(rule.pattern) for name, rule in HANDLE_RULES.items()}


def handle_problem(platform: str, handle: str) -> str | None:
    """Why ``handle`` cannot be a handle on ``platform`` (None when it can). A Mastodon
    ``user@server`` (a ``deleted:`` entry on another server) is checked by its user part."""
    rule = HANDLE_RULES.get(platform)
    if rule is None:
        return None
    h = handle.strip()
    if h.startswith("@"):
        return f"write the handle without its '@' ({h[1:]!r})"
    if platform == "mastodon" and "@" in h:
        h = h.partition("@")[0]
    if not rule.min_length <= len(h) <= rule.max_length:
        return (f"{platform} handles are {rule.min_length} to {rule.max_length} characters "
                f"(this one has {len(h)})")
    if not _COMPILED[platform].fullmatch(h):
        return f"not a {platform} handle: {rule.hint}"
    return None
