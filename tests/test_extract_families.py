"""Families of failure the blind first runs showed, each tested as a family (issue #11).

The misses of every earlier blind batch fell into a few kinds; each is read here by the generic
layers on synthetic variants (other eras' key names, other clients' escapes, every API's error
shape), not on the capture that showed it:

- a new key name for the same field (another case or separator, an owner prefix, a form suffix);
- a text garbled upstream (entities escaped twice, JSON escapes left in, UTF-8 read as cp1252);
- an API's error shape (not found, suspended, rate limit, bad key, refusal), rules on and off;
- hostile answers (huge, deep, wrongly labelled, malformed): no crash, no hang, never found.
"""
# ruff: noqa: E501  (tables of real-shaped answers)

from __future__ import annotations

import json

import pytest

from crawler.extract import read_profile, without_rules
from crawler.extract.values import repair_text
from tests.extract_cases import CAT, FOUND, UNVERIFIABLE

BARE = without_rules(CAT)
API = "https://api.github.com/users/harbourferry"


def _read(body, catalog=BARE, platform="github", url=API, status=200, headers=None):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return read_profile(catalog[platform], url, status, headers or {}, raw, None)


@pytest.mark.parametrize("user", [
    # another case or separator
    {"Login": "harbourferry", "Id": 901, "FollowersCount": 12, "Bio": "Ferries."},
    {"login": "harbourferry", "id": 901, "followers-count": 12, "bio": "Ferries."},
    # an owner prefix, a form suffix
    {"user_login": "harbourferry", "user_id_str": "901", "user_followers_total": 12, "user_bio": "Ferries."},
    {"profile_handle": "harbourferry", "profile_id": 901, "profile_follower_count": 12, "profile_description": "Ferries."},
    {"username": "harbourferry", "accountId": 901, "followersTotal": 12, "bioText": "Ferries."},
])
def test_a_new_key_name_of_the_same_field(user):
    got = _read(user)
    assert got.state is FOUND, got.evidence
    assert got.handle == "harbourferry" and got.fields.platform_id == "901"
    assert got.fields.followers == 12 and got.fields.bio == "Ferries."


def test_a_key_known_for_another_field_is_never_read_as_this_one():
    got = _read({"user_name": "harbourferry", "id": 901, "followers_count": 3, "followersUrl": "https://x/f",
                 "following_count": 4, "pinned_tweet_id": "777"})
    assert got.fields.display_name is None  # user_name is a handle, not a shown name
    assert (got.fields.followers, got.fields.following, got.fields.platform_id) == (3, 4, "901")


@pytest.mark.parametrize(("raw", "want"), [
    ("CafÃ© Harbour", "Café Harbour"), ("Itâ€™s ferry time", "It’s ferry time"),
    ("ÐŸÐ°Ñ€Ð¾Ð¼", "Паром"), ("港のフェリー".encode().decode("latin-1"), "港のフェリー"),
    ("&amp;#064;harbourferry", "@harbourferry"), ("Tom &amp;amp; Jerry", "Tom & Jerry"),
    ("\\u0040harbourferry", "@harbourferry"), ("https:\\/\\/ferry.example", "https://ferry.example"),
    # nothing to repair: left exactly as written
    ("SÃO PAULO", "SÃO PAULO"), ("Água Viva", "Água Viva"), ("Café Müller", "Café Müller"),
    ("naïve – text", "naïve – text"), ("Tom & Jerry", "Tom & Jerry"), ("東京", "東京"),
])
def test_text_garbled_upstream_is_repaired_conservatively(raw, want):
    assert repair_text(raw) == want


def test_a_garbled_name_in_an_answer_reads_as_shown():
    got = _read({"login": "harbourferry", "id": 9, "name": "CafÃ© Harbour", "bio": "Itâ€™s &amp;amp; more"})
    assert (got.fields.display_name, got.fields.bio) == ("Café Harbour", "It’s & more")


ERRORS = [
 ("github", "https://api.github.com/users/nobodyhere", 404, {"message": "Not Found", "documentation_url": "x", "status": "404"}, "not_found"),
 ("x", "https://api.x.com/2/users/by/username/nobodyhere", 200, {"errors": [{"value": "nobodyhere", "detail": "Could not find user with username: [nobodyhere].", "title": "Not Found Error", "resource_type": "user", "parameter": "username", "resource_id": "nobodyhere", "type": "https://api.twitter.com/2/problems/resource-not-found"}]}, "not_found"),
 ("x", "https://api.x.com/2/users/by/username/nobodyhere", 200, {"errors": [{"detail": "User has been suspended: [nobodyhere].", "title": "Forbidden", "type": "https://api.twitter.com/2/problems/resource-not-found"}]}, "not_found"),
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=nobodyhere", 404, {"error": "Record not found"}, "not_found"),
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=nobodyhere", 410, {"error": "This account has been suspended"}, "not_found"),
 ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=nobodyhere.bsky.social", 400, {"error": "InvalidRequest", "message": "Profile not found"}, "not_found"),
 ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=nobodyhere.bsky.social", 400, {"error": "AccountTakedown", "message": "Account has been suspended"}, "not_found"),
 ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=nobodyhere.bsky.social", 400, {"error": "AccountDeactivated", "message": "Account is deactivated"}, "not_found"),
 ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=nobodyhere.bsky.social", 429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, "unverifiable"),
 ("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&forHandle=@nobodyhere", 200, {"kind": "youtube#channelListResponse", "etag": "x", "pageInfo": {"totalResults": 0, "resultsPerPage": 5}}, "not_found"),
 ("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&forHandle=@nobodyhere", 403, {"error": {"code": 403, "message": "The request cannot be completed because you have exceeded your quota.", "errors": [{"reason": "quotaExceeded", "domain": "youtube.quota"}]}}, "unverifiable"),
 ("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&forHandle=@nobodyhere", 400, {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.", "errors": [{"reason": "badRequest"}], "status": "INVALID_ARGUMENT"}}, "unverifiable"),
 ("telegram", "https://api.telegram.org/bot123:abc/getChat?chat_id=@nobodyhere", 400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}, "not_found"),
 ("reddit", "https://www.reddit.com/user/nobodyhere/about.json", 404, {"message": "Not Found", "error": 404}, "not_found"),
 ("reddit", "https://oauth.reddit.com/user/nobodyhere/about", 200, {"kind": "t2", "data": {"name": "nobodyhere", "is_suspended": True}}, "not_found"),
 ("instagram", "https://www.instagram.com/api/v1/users/web_profile_info/?username=nobodyhere", 200, {"data": {"user": None}, "status": "ok"}, "not_found"),
 ("instagram", "https://www.instagram.com/api/v1/users/web_profile_info/?username=nobodyhere", 400, {"message": "useragent mismatch", "status": "fail"}, "unverifiable"),
 ("instagram", "https://www.instagram.com/api/v1/users/web_profile_info/?username=nobodyhere", 429, {"message": "Please wait a few minutes before you try again.", "require_login": True, "status": "fail"}, "unverifiable"),
 ("facebook", "https://graph.facebook.com/v19.0/nobodyhere", 404, {"error": {"message": "(#803) Some of the aliases you requested do not exist: nobodyhere", "type": "OAuthException", "code": 803, "fbtrace_id": "x"}}, "not_found"),
 ("facebook", "https://graph.facebook.com/v19.0/nobodyhere", 400, {"error": {"message": "Unsupported get request. Object with ID 'nobodyhere' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", "type": "GraphMethodException", "code": 100, "error_subcode": 33}}, "unverifiable"),
 ("github", "https://api.github.com/graphql", 200, {"data": {"user": None}, "errors": [{"type": "NOT_FOUND", "path": ["user"], "message": "Could not resolve to a User with the login of 'nobodyhere'."}]}, "not_found"),
 ("x", "https://x.com/i/api/graphql/abc/UserByScreenName", 200, {"data": {}}, "not_found"),
 ("x", "https://x.com/i/api/graphql/abc/UserByScreenName", 200, {"data": {"user": {"result": {"__typename": "UserUnavailable", "reason": "Suspended", "message": "User is suspended"}}}}, "not_found"),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=nobodyhere", 404, {"errors": [{"code": 50, "message": "User not found."}]}, "not_found"),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=nobodyhere", 403, {"errors": [{"code": 63, "message": "User has been suspended."}]}, "not_found"),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=nobodyhere", 429, {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}, "unverifiable"),
 ("pinterest", "https://api.pinterest.com/v5/user_account", 404, {"code": 3, "message": "User not found."}, "not_found"),
 ("linkedin", "https://api.linkedin.com/v2/organizations/0", 404, {"serviceErrorCode": 0, "message": "Organization 0 does not exist", "status": 404}, "not_found"),
 # generic shapes
 ("github", "https://api.github.com/users/nobodyhere", 404, {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No user nobodyhere"}, "not_found"),
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=nobodyhere", 200, {"status": "error", "message": "User not found"}, "not_found"),
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=nobodyhere", 200, {"success": False, "error": {"code": "USER_NOT_FOUND"}}, "not_found"),
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=nobodyhere", 503, {"error": "Service Unavailable"}, "unverifiable"),
 ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=nobodyhere.bsky.social", 200, {}, "unverifiable"),
]


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules on", "rules off"])
@pytest.mark.parametrize(("platform", "url", "status", "body", "want"), ERRORS,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(ERRORS)])
def test_api_error_shapes_of_every_platform(platform, url, status, body, want, catalog):
    got = _read(body, catalog, platform, url, status)
    assert got.state.value == want, (got.reason, got.evidence)


# ---------------------------------------------------------------------------- hostile answers

HOSTILE = [
    b"{" * 200_000,  # unbalanced, deep
    ("[" * 5000 + "]" * 5000).encode(),  # deep but valid
    json.dumps({"a": [{"publishedTimeText": {"simpleText": "3 years ago"}}] * 50_000}).encode(),
    b'{"login": "harbourferry", "bio": "' + b"\\u00" * 100_000 + b'"}',  # broken escapes
    b"\xff\xfe" + "<html><title>x</title></html>".encode("utf-16-le"),  # UTF-16 with a BOM
    b'<html><head><meta charset="utf-8"></head><body>' + b"\xc3" * 50_000 + b"</body></html>",
    b"<html><head><title>" + b"A" * 300_000 + b"</title></head></html>",
    b"<html><body>" + b'<span>@harbourferry</span>' * 5_000 + b"</body></html>",
    b"<html><body>" + b"<div>" * 20_000 + b"Access Denied" + b"</div>" * 20_000 + b"</body></html>",
    b'<html><head><script type="application/ld+json">{"@type": "ProfilePage", "mainEntity": ' * 2000 + b"</script></head></html>",
    b"<html><head><title>Too Many Requests</title></head><body>" + b"x" * 9_000_000 + b"</body></html>",
    b"\x00\x01\x02" * 100_000,
]


@pytest.mark.parametrize("platform", ["github", "youtube", "pinterest", "x"])
@pytest.mark.parametrize("body", HOSTILE, ids=[f"hostile-{i}" for i in range(len(HOSTILE))])
def test_hostile_answers_never_crash_nor_read_as_a_profile_they_do_not_show(platform, body):
    url = CAT[platform].profile_url("harbourferry")
    for catalog in (CAT, BARE):
        got = read_profile(catalog[platform], url, 200, {"Date": "garbage"}, body, "harbourferry")
        assert got.reason != "extractor_error", got.evidence
        if body.startswith((b"{", b"[", b"\x00", b"\xff")) or b"<span>@" in body:
            continue  # a (broken) API answer or a page that does name the handle
        assert got.state is not FOUND or got.evidence.get("proof"), got.evidence


def test_a_wrongly_labelled_page_still_reads_its_profile():
    page = ('<html><head><meta charset="iso-8859-1"><title>Café (@harbourferry) • Instagram</title>'
            '<meta property="og:description" content="1.234 Follower, 5 Beiträge - Café (@harbourferry)">'
            '</head><body></body></html>').encode()
    got = read_profile(CAT["instagram"], "https://www.instagram.com/harbourferry/", 200,
                       {"Content-Type": "text/html; charset=utf-8"}, page, None)
    assert got.state is FOUND and got.fields.followers == 1234
    assert got.state is not UNVERIFIABLE


# ---------------------------------------------------------------------------- badges and bio links


def _tg(title_html, desc_html, handle="harbourferry"):
    return (f'<html><head><meta property="og:title" content="Harbour Ferry">'
            f'<meta property="og:description" content="Ferries across the harbour. Timetables on ferry.example">'
            f'<meta property="og:url" content="https://t.me/{handle}"></head><body>'
            f'<div class="head">{title_html}</div>'
            f'<div class="page_description">{desc_html}</div></body></html>').encode()


@pytest.mark.parametrize(("title", "want"), [
    ('<div class="channel_title"><span>Harbour Ferry</span><i class="verified-icon"></i></div>', True),
    ('<div class="channel_title"><span>Harbour Ferry</span></div><div class="labels"><span class="VerifiedBadge"></span></div>', True),
    ('<h1>Harbour Ferry <svg aria-label="Verified account"></svg></h1>', True),
    ('<div class="channel_title"><span>Harbour Ferry</span></div>', False),
    ('<h1>Harbour Ferry</h1><span class="unverified-badge"></span>', False),
    ('<p>Harbour Ferry</p>', None),  # no title element: the page says nothing either way
])
def test_a_badge_beside_the_profiles_own_name(title, want):
    got = read_profile(BARE["telegram"], "https://t.me/harbourferry", 200, {}, _tg(title, "x"), None)
    assert got.fields.verified is want


def test_a_badge_elsewhere_is_not_the_profiles():
    page = _tg('<div class="channel_title"><span>Harbour Ferry</span></div>',
               "x") .replace(b"</body>", b'<div class="post"><span>Other Channel</span><i class="verified-icon"></i></div></body>')
    got = read_profile(BARE["telegram"], "https://t.me/harbourferry", 200, {}, page, None)
    assert got.fields.verified is False


def test_the_bios_own_links_are_outside_links():
    desc = 'Ferries across the harbour. Timetables on <a href="https://ferry.example/times">ferry.example</a> <a href="https://t.me/other">@other</a>'
    got = read_profile(BARE["telegram"], "https://t.me/harbourferry", 200, {},
                       _tg('<div class="channel_title"><span>Harbour Ferry</span></div>', desc), None)
    assert got.fields.external_links == ("https://ferry.example/times",)
    # an address written out in the bio counts too; the platform's own and t.co links never
    page = _tg('<h1>Harbour Ferry</h1>', "x").replace(
        b"Timetables on ferry.example", b"See https://ferry.example/a, https://t.co/xyz and https://t.me/harbourferry")
    got = read_profile(BARE["telegram"], "https://t.me/harbourferry", 200, {}, page, None)
    assert got.fields.external_links == ("https://ferry.example/a",)
