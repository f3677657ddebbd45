"""What each simulated platform's anonymous answer shows of a profile, and how it shows dates.

One table read by two sides that must agree: simweb's renderers (``simweb/platforms.py`` puts a
date in a page only when this table says the platform shows it) and the ideal observation of
the fast evaluation (``benchmarks/eval_matching.py`` gives a profile exactly the fields this
table says a perfect crawl of the rendered page reads). ``tests/test_simweb_shows.py`` renders
every platform in-process, runs brandsweep's own extractor on the answer and checks the table
against what it reads, so the two cannot drift apart again.

The table copies the real platforms' anonymous pages (/work/shared/PLATFORMS.md): Instagram's
profile API has counts and recent posts but no creation date; Facebook's page has the Page's
creation time but no last activity; Telegram's ``t.me`` card has a name, a description and
(for channels and groups) a member count, no date at all; YouTube shows its videos' ages as
relative text ("3 years ago"), floored as every platform floors them.

Fields always shown when the world has them (display name, bio, avatar, links) are not listed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simweb.world import WorldProfile

#: the countable and dated fields (``matching.models.ProfileFields`` names) a platform's
#: anonymous page or API answer carries for every kind of account
SHOWS: Mapping[str, frozenset[str]] = {
    # the web_profile_info API: counts, flags, the newest posts' timestamps; no creation date
    "instagram": frozenset({"followers", "following", "posts", "verified", "is_private",
                            "last_active_at"}),
    # the page: likes (followers), the badge, the Page's creation time; no following, no
    # post count, no last activity for an anonymous visitor
    "facebook": frozenset({"followers", "verified", "created_at"}),
    # the page state: every count, createTime, the newest video's createTime
    "tiktok": frozenset({"followers", "following", "posts", "verified", "is_private",
                         "created_at", "last_active_at"}),
    # the channel page: subscribers, videos, the badge, its videos' ages ("3 years ago")
    "youtube": frozenset({"followers", "posts", "verified", "last_active_at"}),
    # the t.me card: subscribers or members, the badge; no date
    "telegram": frozenset({"followers", "verified"}),
    # github.com without a token: followers, repositories; users also following, organisations
    # their repositories' last update and their name as a title with no badge (HIDDEN_BY_KIND,
    # NO_BADGE_DRAWN)
    "github": frozenset({"followers", "following", "posts", "verified", "last_active_at"}),
    # the public AppView: every count, createdAt, indexedAt
    "bluesky": frozenset({"followers", "following", "posts", "verified", "created_at",
                          "last_active_at"}),
    # the lookup API: counts, locked, created_at and last_status_at (both to the day), and
    # which of its links the server verified (a field's verified_at, rel=me)
    "mastodon": frozenset({"followers", "following", "posts", "is_private", "created_at",
                           "last_active_at", "verified_links"}),
    # the page state: counts, created_at, last_pin_save_time (its claimed website's
    # domain_verified is drawn, but brandsweep's reader does not take it as a verified link)
    "pinterest": frozenset({"followers", "following", "posts", "verified", "created_at",
                            "last_active_at"}),
    # a subreddit's about.json: subscribers, subreddit_type, created_utc (a user's answer is
    # walled: Reddit refuses anonymous crawlers)
    "reddit": frozenset({"followers", "is_private", "created_at"}),
}

#: what a kind of account does not show on its platform, beyond ``SHOWS``
HIDDEN_BY_KIND: Mapping[tuple[str, str], frozenset[str]] = {
    ("github", "organization"): frozenset({"following"}),  # an organisation follows nobody
    # a user's page lists no repository date
    ("github", "user"): frozenset({"last_active_at"}),
    ("telegram", "user"): frozenset({"followers"}),  # a person's card shows the @name instead
}

#: pages that draw the account's name as a title and no badge beside it whatever the account
#: is: a reader takes that as "not verified" (GitHub's organisation page: its verified-domain
#: flag is in the API, ``/orgs/<org>`` ``is_verified``, which an anonymous crawl does not ask;
#: a user's page: GitHub has no badge for people, and its name is the page's h1)
NO_BADGE_DRAWN = frozenset({("github", "organization"), ("github", "user")})

#: how a platform writes a date, when not as a full timestamp: ``day`` (a date without time),
#: ``ago`` (relative text, "3 years ago", floored: see ``ago_text``)
DATE_FORM: Mapping[tuple[str, str], str] = {
    ("mastodon", "created_at"): "day",
    ("mastodon", "last_active_at"): "day",
    ("youtube", "last_active_at"): "ago",
}

#: platforms whose last activity is the date of the newest post they list: none without a post
ACTIVITY_FROM_POSTS = frozenset({"instagram", "tiktok", "youtube"})

#: platforms with no website field, whose accounts' links are lines of their description
LINKS_IN_DESCRIPTION = frozenset({"telegram", "bluesky"})

COUNTED = ("followers", "following", "posts")
FLAGS = ("verified", "is_private")
DATES = ("created_at", "last_active_at")


def shows(platform: str, kind: str, field: str, posts: int = 1) -> bool:
    """Whether ``platform``'s anonymous answer for an account of ``kind`` carries ``field``
    (a ``ProfileFields`` name among ``COUNTED``, ``FLAGS``, ``DATES`` and ``verified_links``,
    the links the platform itself verified); a platform that is
    not in the table shows none of them. ``posts``: the account's post count (a last activity
    read from the newest post needs one)."""
    if field not in SHOWS.get(platform, frozenset()):
        return False
    if field in HIDDEN_BY_KIND.get((platform, kind), frozenset()):
        return False
    return not (field == "last_active_at" and platform in ACTIVITY_FROM_POSTS and posts <= 0)


def shown_verified(platform: str, kind: str, verified: bool) -> bool:
    """The verified flag a reader of the page gets (``NO_BADGE_DRAWN``: never a badge)."""
    return verified and (platform, kind) not in NO_BADGE_DRAWN


def description_with_links(p: WorldProfile) -> str:
    """The description a Telegram chat or a Bluesky account shows: its bio, then each of the
    world's ``links:`` the bio does not already hold, one a line. Neither platform has a website
    field: an account's links live in its description, so a world that gives one a link means
    this text."""
    extra = [url for url in p.links if url not in p.bio]
    return "\n".join([p.bio, *extra]) if p.bio and extra else (p.bio or "\n".join(extra))


def shown_bio(p: WorldProfile) -> str:
    """The bio as ``p``'s page shows it (``LINKS_IN_DESCRIPTION``: with the links' lines)."""
    return description_with_links(p) if p.platform in LINKS_IN_DESCRIPTION else p.bio


def date_form(platform: str, field: str) -> str:
    """``exact``, ``day`` or ``ago``: how ``platform`` writes ``field``."""
    return DATE_FORM.get((platform, field), "exact")


#: the units platforms count a time in the past in, largest first, in seconds: the reader
#: (``crawler/extract/dates.py``) counts a month as 30 days and a year as 365
_AGO_UNITS = (("year", 365 * 86400), ("month", 30 * 86400), ("week", 7 * 86400),
              ("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1))
#: the most of a unit a platform writes before it moves to the next one ("4 weeks ago" for
#: 28 to 29 days, then "1 month ago"; "11 months ago" up to a full year, then "1 year ago")
_AGO_MOST = {"month": 11, "week": 4}


def ago_text(seconds: float) -> str:
    """A time in the past as a platform writes it: the largest unit that fits, FLOORED, as
    YouTube and every platform that writes "ago" does: "1 year ago" is anything from 365 days
    to 729, "2 months ago" anything from 60 days to 89.

    >>> ago_text(700 * 86400), ago_text(59 * 86400), ago_text(3 * 86400 + 5), ago_text(30)
    ('1 year ago', '1 month ago', '3 days ago', '30 seconds ago')
    """
    s = max(1, int(seconds))
    for unit, size in _AGO_UNITS:
        n = s // size
        if n >= 1:
            n = min(n, _AGO_MOST.get(unit, n))
            return f"{n} {unit}{'s' if n > 1 else ''} ago"
    return "1 second ago"  # unreachable: s >= 1
