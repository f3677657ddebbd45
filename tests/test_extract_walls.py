"""Never "found" when the truth is "could not check" (issue #11).

Walls, bot blocks, challenges, consent and rate-limit pages are often served under the profile's
own address: their og:url and canonical link echo it, their title may carry the handle. Each
platform's logged-out answers (PLATFORMS.md) are written here in their real shapes, with a
made-up handle, and read with the platform's rules on and off, with and without the handle
the crawl asked for: none may read as found. Beside each, the same platform's page that does
carry the account's data (a state object, JSON-LD, counts, the name beside the handle) still
reads as found, so the gate is not simply "refuse HTML".
"""
# ruff: noqa: E501  (realistic bodies are long lines)

from __future__ import annotations

import json

import pytest

from crawler.extract import hints as H
from crawler.extract import read_profile, without_rules
from tests.extract_cases import CAT, FOUND, UNVERIFIABLE

BARE = without_rules(CAT)
H_ = "harbourferry"


def rd(platform, url, status, body, handle=None, catalog=CAT):
    return read_profile(catalog[platform], url, status, {}, body.encode(), handle)


def _head(title, url, extra=""):
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">{extra}'
            '</head>')


# (platform, url, status, body): answers that say nothing of the account
WALLS = [
    # Pinterest's 200 bot page for a name it will not serve (WMN 2026-06-17 "blocked"): the
    # address echoed, the site's own title and description, an empty user store
    ("pinterest", f"https://www.pinterest.com/{H_}/", 200,
     _head("Pinterest", f"https://www.pinterest.com/{H_}/",
           '<meta property="og:title" content="Pinterest"><meta property="og:description" '
           'content="Discover recipes, home ideas, style inspiration and other ideas to try.">')
     + '<body><div id="__PWS_ROOT__"></div><script id="__PWS_DATA__" type="application/json">'
     '{"props":{"initialReduxState":{"users":{}}}}</script></body></html>'),
    # the profile's title echoed by a page with nothing of the account on it
    ("pinterest", f"https://www.pinterest.com/{H_}/", 200,
     f"<html><head><title>{H_} - Profile | Pinterest</title></head><body>"
     "<div>Our systems have detected unusual activity from your network.</div></body></html>"),
    ("pinterest", f"https://www.pinterest.com/{H_}/", 200,
     f"<html><head><title>{H_} - Profile | Pinterest</title></head><body><div id='app'></div>"
     "</body></html>"),
    # Facebook: the logged-out interstitial under the profile's address
    ("facebook", f"https://www.facebook.com/{H_}/", 200,
     _head("Facebook", f"https://www.facebook.com/{H_}/",
           '<meta property="og:title" content="Facebook"><meta property="og:image" '
           'content="https://www.facebook.com/images/fb_icon_325x325.png">')
     + "<body><div>You must log in to continue.</div></body></html>"),
    ("facebook", f"https://www.facebook.com/{H_}/", 200,
     _head("Log into Facebook", f"https://www.facebook.com/{H_}/")
     + '<body><form id="login_form" action="/login/"></form></body></html>'),
    # Instagram: the logged-out shell that links to the login form
    ("instagram", f"https://www.instagram.com/{H_}/", 200,
     _head("Instagram", f"https://www.instagram.com/{H_}/")
     + '<body><a href="/accounts/login/">Log in</a> to see photos and videos.</body></html>'),
    ("instagram", f"https://www.instagram.com/{H_}/", 200,
     _head("Login • Instagram", f"https://www.instagram.com/{H_}/") + "<body></body></html>"),
    # X: a title that only echoes the handle, and the JavaScript-only frame
    ("x", f"https://x.com/{H_}", 200,
     _head(f"(@{H_}) / X", f"https://x.com/{H_}") + "<body><div id='react-root'></div></body></html>"),
    ("x", f"https://x.com/{H_}", 200,
     _head("X", f"https://x.com/{H_}")
     + "<body><noscript>JavaScript is not available.</noscript></body></html>"),
    # LinkedIn: the authwall, and a company title over a redirect to it
    ("linkedin", f"https://www.linkedin.com/company/{H_}", 200,
     _head("Sign Up | LinkedIn", f"https://www.linkedin.com/company/{H_}") + "<body></body></html>"),
    ("linkedin", f"https://www.linkedin.com/company/{H_}", 200,
     _head("Harbour Ferry | LinkedIn", f"https://www.linkedin.com/company/{H_}")
     + '<body><script>window.location.href="/authwall?trk=public"</script></body></html>'),
    # TikTok's captcha page and its empty app frame
    ("tiktok", f"https://www.tiktok.com/@{H_}", 200,
     _head("TikTok - Make Your Day", f"https://www.tiktok.com/@{H_}")
     + '<body><div class="tiktok-verify-page">Verify to continue</div></body></html>'),
    # YouTube: the network check and Google's consent page
    ("youtube", f"https://www.youtube.com/@{H_}", 200,
     _head("YouTube", f"https://www.youtube.com/@{H_}")
     + "<body>Our systems have detected unusual traffic from your computer network.</body></html>"),
    ("youtube", f"https://www.youtube.com/@{H_}", 200,
     "<html><head><title>Before you continue to YouTube</title></head><body>"
     '<form action="https://consent.youtube.com/save" method="POST"></form></body></html>'),
    # Reddit: the bot wall and the adult-content interstitial with the address echoed
    ("reddit", f"https://www.reddit.com/user/{H_}/", 200,
     "<html><head><title>Reddit - Prove your humanity</title></head><body></body></html>"),
    ("reddit", f"https://www.reddit.com/user/{H_}/", 200,
     _head("reddit.com: over 18?", f"https://www.reddit.com/user/{H_}/")
     + "<body>You must be 18+ to view this community</body></html>"),
    ("reddit", f"https://www.reddit.com/user/{H_}/", 200,
     "<html><head><title>Blocked</title></head><body><h1>whoa there, pardner!</h1><p>Your "
     "request has been blocked due to a network policy.</p></body></html>"),
    # Threads' login page
    ("threads", f"https://www.threads.net/@{H_}", 200,
     _head("Threads • Log in", f"https://www.threads.net/@{H_}") + "<body></body></html>"),
    # GitHub's secondary rate limit served as a page under the profile's address
    ("github", f"https://github.com/{H_}", 200,
     _head(H_, f"https://github.com/{H_}")
     + "<body><p>You have triggered an abuse detection mechanism. Please wait a few minutes "
     "before you try again.</p></body></html>"),
    # WAF and CDN pages in front of any platform (Cloudflare, Akamai, a throttle)
    ("instagram", f"https://www.instagram.com/{H_}/", 200,
     _head("Just a moment...", f"https://www.instagram.com/{H_}/")
     + '<body><span id="challenge-error-text">Enable JavaScript and cookies</span></body></html>'),
    ("tiktok", f"https://www.tiktok.com/@{H_}", 200,
     _head("Access Denied", f"https://www.tiktok.com/@{H_}")
     + "<body>You don't have permission to access this resource. Reference #18.2f</body></html>"),
    ("x", f"https://x.com/{H_}", 200,
     _head("Too Many Requests", f"https://x.com/{H_}") + "<body>Rate limit exceeded.</body></html>"),
    ("pinterest", f"https://www.pinterest.com/{H_}/", 200,
     _head("Zugriff verweigert", f"https://www.pinterest.com/{H_}/") + "<body></body></html>"),
    ("facebook", f"https://www.facebook.com/{H_}/", 200,
     _head("Слишком много запросов", f"https://www.facebook.com/{H_}/") + "<body></body></html>"),
]


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules on", "rules off"])
@pytest.mark.parametrize("asked", [None, H_], ids=["saved file", "crawl"])
@pytest.mark.parametrize(("platform", "url", "status", "body"), WALLS,
                         ids=[f"{w[0]}-{i}" for i, w in enumerate(WALLS)])
def test_a_wall_under_the_profiles_address_is_never_found(platform, url, status, body, asked,
                                                          catalog):
    got = rd(platform, url, status, body, asked, catalog)
    assert got.state is not FOUND, (got.reason, got.fields, got.evidence)


@pytest.mark.parametrize(("title", "reason"), [
    ("Access Denied", "bot_block"), ("403 Forbidden", "bot_block"), ("Blocked", "bot_block"),
    ("Attention Required! | Cloudflare", "bot_block"), ("Acceso denegado", "bot_block"),
    ("Too Many Requests", "rate_limited"), ("429 Too Many Requests", "rate_limited"),
    ("Trop de requêtes", "rate_limited"), ("Rate Limited | Pinterest", "rate_limited"),
    ("Are you a robot?", "captcha"), ("Robot Check", "captcha"), ("Just a moment...", "captcha"),
    ("Pardon Our Interruption", "captcha"), ("Êtes-vous un robot ?", "captcha"),
])
def test_block_titles_in_several_languages(title, reason):
    assert H.block_reason(title) == reason


@pytest.mark.parametrize("title", [
    "Blocked Ferry (@blockedferry) / X", "Access Denied Records | LinkedIn",
    "Harbour Ferry (@harbourferry) • Instagram photos and videos", "Robot Checkers Club",
    "Too Many Requests Podcast - YouTube", "Just a moment in time",
])
def test_profile_names_with_block_words_are_not_block_titles(title):
    assert H.block_reason(title) is None


def test_a_block_title_or_notice_gives_its_reason():
    got = rd("x", f"https://x.com/{H_}", 200, WALLS[21][3])
    assert (got.state, got.reason) == (UNVERIFIABLE, "rate_limited")
    got = rd("reddit", f"https://www.reddit.com/user/{H_}/", 200, WALLS[16][3])
    assert (got.state, got.reason) == (UNVERIFIABLE, "bot_block")
    got = rd("pinterest", f"https://www.pinterest.com/{H_}/", 200, WALLS[2][3])
    assert (got.state, got.reason) == (UNVERIFIABLE, "no_profile_data")
    assert got.evidence["vetoed_found"]


# (platform, url, body, what proves it): the same platforms' pages that carry the account
_PWS = {"initialReduxState": {"users": {"901": {"id": "901", "username": H_,
                                                "full_name": "Harbour Ferry", "follower_count": 12}}}}
PROFILES = [
    ("pinterest", f"https://www.pinterest.com/{H_}/",
     _head(f"Harbour Ferry ({H_}) - Profile | Pinterest", f"https://www.pinterest.com/{H_}/")
     + '<body><script id="__PWS_INITIAL_PROPS__" type="application/json">'
     + json.dumps(_PWS) + "</script></body></html>"),
    ("instagram", f"https://www.instagram.com/{H_}/",
     _head(f"Harbour Ferry (@{H_}) • Instagram photos and videos", f"https://www.instagram.com/{H_}/",
           '<meta property="og:description" content="2,362 Followers, 136 Following, 224 Posts - '
           f'See Instagram photos and videos from Harbour Ferry (@{H_})">') + "<body></body></html>"),
    ("x", f"https://x.com/{H_}",
     _head("X", f"https://x.com/{H_}",
           f'<meta property="og:title" content="Harbour Ferry (@{H_}) on X">'
           '<meta property="og:description" content="Ferries across the harbour since 1921.">')
     + "<body></body></html>"),
    ("telegram", f"https://t.me/{H_}",
     f"<html><head><title>Telegram: Contact @{H_}</title>"
     '<meta property="og:title" content="Harbour Ferry"></head><body>'
     '<div class="tgme_page_title"><span dir="auto">Harbour Ferry</span></div>'
     f'<div class="tgme_page_extra">@{H_}</div></body></html>'),
    ("github", f"https://github.com/{H_}",
     _head(f"{H_} (Harbour Ferry) · GitHub", f"https://github.com/{H_}",
           f'<meta property="profile:username" content="{H_}">') + "<body></body></html>"),
    ("linkedin", f"https://www.linkedin.com/company/{H_}",
     _head("Harbour Ferry | LinkedIn", f"https://www.linkedin.com/company/{H_}",
           '<meta name="description" content="Harbour Ferry | 5,750 followers on LinkedIn. '
           'Ferries since 1921.">') + "<body></body></html>"),
]


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules on", "rules off"])
@pytest.mark.parametrize(("platform", "url", "body"), PROFILES,
                         ids=[p[0] for p in PROFILES])
def test_a_page_with_the_accounts_own_data_is_found(platform, url, body, catalog):
    got = rd(platform, url, 200, body, None, catalog)
    assert got.state is FOUND, (got.reason, got.evidence)
    assert got.evidence.get("proof")


def test_a_name_beside_the_handle_proves_more_than_the_handle_alone():
    base = "<html><head><title>{}</title></head><body></body></html>"
    url = f"https://www.instagram.com/{H_}/"
    named = rd("instagram", url, 200, base.format(f"Harbour Ferry (@{H_}) • Instagram"))
    echoed = rd("instagram", url, 200, base.format(f"{H_} (@{H_}) • Instagram"))
    assert named.state is FOUND and named.evidence["proof"] == "title_name_handle"
    assert echoed.state is UNVERIFIABLE


def test_the_handle_only_in_the_address_proves_nothing_even_with_a_name():
    """A page titled with a name (no handle), whose only tie to the account is the address it
    was fetched from and its canonical link: a wall titled like the account is still a wall."""
    page = _head("Harbour Ferry | LinkedIn", f"https://www.linkedin.com/company/{H_}") + \
        "<body></body></html>"
    for catalog in (CAT, BARE):
        got = rd("linkedin", f"https://www.linkedin.com/company/{H_}", 200, page, H_, catalog)
        assert got.state is UNVERIFIABLE, got.evidence
