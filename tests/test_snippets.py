"""matching.snippets: a search result's title and snippet read as a display name and a bio.

Titles are the shapes engines really show for each platform (the page's ``<title>`` or
``og:title``; see /work/shared/PLATFORMS.md and the captures in /work/shared/real_pages).
"""

from __future__ import annotations

import doctest

import pytest

import matching.snippets as snippets
from matching.models import ProfileFields, Sighting, Via
from matching.snippets import bio_from_snippet, from_search_results, name_from_title

TITLES = [
    # platform, handle, title, display name
    ("x", "NWCRoastery", "NWC Roastery (@NWCRoastery) / X", "NWC Roastery"),
    ("x", "NorthwindDecaf", "Northwind Decaf (parody) (@NorthwindDecaf) / X",
     "Northwind Decaf (parody)"),
    ("x", "pdabrowski_k1", "Paweł Dąbrowski (@pdabrowski_k1) | Twitter", "Paweł Dąbrowski"),
    ("x", "NWCRoastery", "NWC Roastery (@NWCRoastery) on X", "NWC Roastery"),
    ("x", "NWCRoastery", "(@NWCRoastery) / X", None),
    ("linkedin", "northwind-coffee", "Northwind Coffee Co. | LinkedIn", "Northwind Coffee Co."),
    ("linkedin", "audiense", "Audiense | LinkedIn", "Audiense"),
    ("linkedin", "northwind-kahve-turkiye", "Northwind Kahve Türkiye - LinkedIn",
     "Northwind Kahve Türkiye"),
    ("youtube", "northwindcoffeelive", "Northwind Coffee LIVE - YouTube", "Northwind Coffee LIVE"),
    ("youtube", "onemedia", "ONE Media - YouTube", "ONE Media"),
    ("instagram", "pluto__travel", "Pluto (@pluto__travel) • Instagram photos and videos",
     "Pluto"),
    ("instagram", "northwindcoffee", "Northwind Coffee (@northwindcoffee) · Instagram photos "
     "and videos", "Northwind Coffee"),
    ("instagram", "northwindcoffee", "Login • Instagram", None),
    ("facebook", "NorthwindCoffeeSupport", "Northwind Coffee Support | Facebook",
     "Northwind Coffee Support"),
    ("facebook", "northwindkahve", "Northwind Kahve - Facebook", "Northwind Kahve"),
    ("facebook", "x", "Log in or sign up to view", None),
    ("tiktok", "illojuan", "IlloJuan (@illojuan) | TikTok", "IlloJuan"),
    ("threads", "northwindcoffee", "Northwind Coffee Co. (@northwindcoffee) • Threads, Say more",
     "Northwind Coffee Co."),
    ("telegram", "DiaboxApp", "Telegram: Contact @DiaboxApp", None),
    ("github", "rubyhero", "rubyhero (John Doe) · GitHub", "John Doe"),
    ("github", "northwindcoffee", "northwindcoffee · GitHub", "northwindcoffee"),
    ("github", "northwindcoffee", "Northwind Coffee Co. · GitHub", "Northwind Coffee Co."),
    ("reddit", "northwindcoffeefan", "u/northwindcoffeefan - Reddit", None),
    ("reddit", "northwindcoffeefan", "Overview for northwindcoffeefan", None),
    ("mastodon", "northwind_support", "Northwind Coffee Support (@northwind_support@mastodon."
     "social) - Mastodon", "Northwind Coffee Support"),
    ("bluesky", "stephenking.bsky.social", "Stephen King (@stephenking.bsky.social) — Bluesky",
     "Stephen King"),
    ("pinterest", "northwindcoffeeco", "Northwind Coffee Co. (northwindcoffeeco) - Profile | "
     "Pinterest", "Northwind Coffee Co."),
    ("x", "NorthwindCoffee", "NorthwindCoffee / X", "NorthwindCoffee"),
    ("x", "NorthwindCoffee", "@NorthwindCoffee / X", None),
    ("x", "a", "", None),
    ("x", "a", None, None),
]


@pytest.mark.parametrize(("platform", "handle", "title", "name"), TITLES)
def test_name_from_title(platform: str, handle: str, title: str | None, name: str | None) -> None:
    assert name_from_title(platform, handle, title) == name


SNIPPETS = [
    ("instagram", "northwindcoffee",
     '12.4K Followers, 310 Following, 1,042 Posts - Northwind Coffee (@northwindcoffee) on '
     'Instagram: "Small-batch roasters since 2009 ☕"', "Small-batch roasters since 2009 ☕"),
    ("instagram", "x", "See Instagram photos and videos from Northwind (@x)", None),
    ("x", "NWCRoastery",
     "Roast logs from the Northwind Coffee Co. roastery in Leeds. northwindcoffee.com "
     "https://www.northwindcoffee.com/",
     "Roast logs from the Northwind Coffee Co. roastery in Leeds. northwindcoffee.com "
     "https://www.northwindcoffee.com/"),
    ("x", "NWCRoastery", "The latest posts from NWC Roastery (@NWCRoastery). Roast logs from "
     "Leeds", "Roast logs from Leeds"),
    ("youtube", "northwindcoffeelive", "Claim your free coffee today! 1.2K subscribers",
     "Claim your free coffee today!"),
    ("linkedin", "northwind-coffee", "Small-batch roasters |  1,204 followers on LinkedIn. "
     "We roast in Leeds ...",
     "Small-batch roasters | 1,204 followers on LinkedIn. We roast in Leeds"),
    ("telegram", "northwind", "You can contact @northwind right away.", None),
    ("facebook", "x", "Log in to Facebook to see posts, photos and more.", None),
    ("x", "signup", "Sign up for our roastery newsletter at northwindcoffee.com",
     "Sign up for our roastery newsletter at northwindcoffee.com"),
    ("x", "a", "   ", None),
]


@pytest.mark.parametrize(("platform", "handle", "snippet", "bio"), SNIPPETS)
def test_bio_from_snippet(platform: str, handle: str, snippet: str, bio: str | None) -> None:
    assert bio_from_snippet(platform, handle, snippet) == bio


def _result(title: str | None, snippet: str | None, via: Via = Via.WEB_SEARCH,
            source: str = "https://duckduckgo.com/html/?q=nwc") -> Sighting:
    return Sighting("x", "nwcroastery", via, source, '"NWC"', "https://x.com/NWCRoastery",
                    title=title, snippet=snippet)


def test_from_search_results_fills_only_missing_fields() -> None:
    got = from_search_results(
        "x", "nwcroastery", ProfileFields(),
        [_result("NWC Roastery (@NWCRoastery) / X", "Roast logs from Leeds.")],
    )
    assert got is not None
    assert got.fields.display_name == "NWC Roastery" and got.fields.bio == "Roast logs from Leeds."
    assert got.derived == {"display_name", "bio"}
    assert "NWC Roastery (@NWCRoastery) / X" in got.source()
    # a name the profile showed itself is kept; only the bio comes from the result
    own = from_search_results("x", "nwcroastery", ProfileFields(display_name="Own Name"),
                              [_result("Other (@NWCRoastery) / X", "Roast logs.")])
    assert own is not None and own.fields.display_name == "Own Name"
    assert own.derived == {"bio"}


def test_from_search_results_nothing_to_do() -> None:
    full = ProfileFields(display_name="N", bio="B")
    assert from_search_results("x", "h", full, [_result("T (@h) / X", "S")]) is None
    assert from_search_results("x", "h", ProfileFields(), []) is None
    assert from_search_results("x", "h", ProfileFields(), [_result(None, None)]) is None
    assert from_search_results("telegram", "h", ProfileFields(),
                               [_result("Telegram: Contact @h", None)]) is None


def test_best_result_is_deterministic_and_prefers_the_one_naming_the_handle() -> None:
    vague = _result("Northwind Coffee roasts | Blog", "A post about NWC Roastery.",
                    source="https://duckduckgo.com/html/?q=a")
    named = _result("NWC Roastery (@NWCRoastery) / X", "Roast logs.",
                    source="https://duckduckgo.com/html/?q=b")
    linked = _result(None, None, via=Via.LINKED_PAGE)
    for order in ([vague, named, linked], [linked, named, vague]):
        got = from_search_results("x", "nwcroastery", ProfileFields(), order)
        assert got is not None and got.sighting == named


def test_doctests() -> None:
    assert doctest.testmod(snippets).failed == 0
