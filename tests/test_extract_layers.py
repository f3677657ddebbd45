"""The generic layers (crawler/extract/layers.py) on the shapes real platforms answer with:
API answers and their error shapes, page state objects of several eras, schema.org JSON-LD,
Open Graph, the rendered DOM, login walls. Bodies follow the platforms' documented or captured
shapes (X API v1.1/v2/GraphQL, Graph API, YouTube Data API, ActivityPub, TikTok's three page
states); whole real captures are scored in test_real_pages.py."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from extract_cases import CAT, FOUND, NOT_FOUND, UNVERIFIABLE, read

from crawler.extract import read_profile
from crawler.extract.layers import clean_title

GQL = "https://x.com/i/api/graphql/abc/UserByScreenName?variables=%7B%7D"

# ----------------------------------------------------------------------------- X API shapes


@pytest.mark.parametrize(
    ("url", "status", "body", "reason"),
    [
        (GQL, 200, {"data": {}}, None),
        (GQL, 200, {"data": {"user": {}}}, None),
        (GQL, 200, {"data": {"user": {"result": {"__typename": "UserUnavailable", "reason": "Suspended", "message": "User is suspended"}}}}, "suspended"),
        (GQL, 200, {"data": {"user_result_by_screen_name": {"id": "VXNl", "result": {"__typename": "UserUnavailable", "unavailable_reason": "Suspended"}}}}, "suspended"),
        ("https://api.twitter.com/1.1/users/show.json?screen_name=nobody", 404, {"errors": [{"code": 50, "message": "User not found."}]}, None),
        ("https://api.twitter.com/1.1/users/show.json?screen_name=gone", 403, {"errors": [{"code": 63, "message": "User has been suspended."}]}, "suspended"),
        ("https://api.twitter.com/2/users/by/username/nobody", 200, {"errors": [{"value": "nobody", "detail": "Could not find user with username: [nobody].", "title": "Not Found Error", "resource_type": "user", "parameter": "username", "resource_id": "nobody", "type": "https://api.twitter.com/2/problems/resource-not-found"}]}, None),
        ("https://api.twitter.com/2/users/by/username/gone", 200, {"errors": [{"parameter": "username", "resource_id": "gone", "value": "gone", "detail": "User has been suspended: [gone].", "title": "Forbidden", "resource_type": "user", "type": "https://api.twitter.com/2/problems/resource-not-found"}]}, "suspended"),
    ],
)
def test_x_api_errors_are_not_found(url, status, body, reason):
    got = read("x", url, status, body)
    assert got.state is NOT_FOUND, (got.state, got.reason, got.evidence)
    assert got.reason == reason


def test_x_api_v2_user_is_read():
    body = {"data": {"id": "2244994945", "name": "Twitter Dev", "username": "TwitterDev", "verified": True,
                     "description": "The voice of the #TwitterDev team", "public_metrics": {"followers_count": 514020, "following_count": 2038, "tweet_count": 3639},
                     "url": "https://t.co/3ZX3TNiZCY", "entities": {"url": {"urls": [{"expanded_url": "https://developer.x.com"}]}}}}
    got = read("x", "https://api.twitter.com/2/users/by/username/TwitterDev", 200, body)
    assert got.state is FOUND and got.handle == "twitterdev"
    f = got.fields
    assert (f.display_name, f.followers, f.following, f.posts, f.verified, f.platform_id) == ("Twitter Dev", 514020, 2038, 3639, True, "2244994945")
    assert f.external_links == ("https://developer.x.com",)  # the t.co wrapper is not the link


def test_x_rate_limit_and_bad_token_are_unverifiable_not_missing():
    got = read("x", "https://api.twitter.com/2/users/by/username/a", 200, {"errors": [{"code": 88, "message": "Rate limit exceeded"}]})
    assert (got.state, got.reason) == (UNVERIFIABLE, "rate_limited")
    got = read("x", "https://api.twitter.com/1.1/users/show.json?screen_name=a", 401, {"errors": [{"code": 89, "message": "Invalid or expired token."}]})
    assert got.state is UNVERIFIABLE


# ----------------------------------------------------------------------------- other APIs


def test_graph_api_page_and_errors():
    page = {"id": "20531316728", "name": "Facebook", "username": "facebookapp", "fan_count": 214507731,
            "verification_status": "blue_verified", "about": "The Facebook Page celebrates...", "website": "http://www.facebook.com",
            "link": "https://www.facebook.com/facebookapp/"}
    got = read("facebook", "https://graph.facebook.com/v19.0/20531316728", 200, page)
    assert got.state is FOUND and got.handle == "facebookapp"
    assert (got.fields.followers, got.fields.verified, got.fields.platform_id) == (214507731, True, "20531316728")
    assert got.fields.external_links == ("http://www.facebook.com",)
    missing = {"error": {"message": "(#803) Some of the aliases you requested do not exist: nosuchpage", "type": "OAuthException", "code": 803}}
    assert read("facebook", "https://graph.facebook.com/v19.0/nosuchpage", 404, missing).state is NOT_FOUND
    expired = {"error": {"message": "Error validating access token: Session has expired", "type": "OAuthException", "code": 190}}
    got = read("facebook", "https://graph.facebook.com/v19.0/x", 400, expired)
    assert (got.state, got.reason) == (UNVERIFIABLE, "bad_credentials")


def test_youtube_data_api_channel_and_empty_list():
    found = {"kind": "youtube#channelListResponse", "pageInfo": {"totalResults": 1}, "items": [{"kind": "youtube#channel", "id": "UC_x5XG1OV2P6uZZ5FSM9Ttw",
             "snippet": {"title": "Google for Developers", "description": "Subscribe...", "customUrl": "@googledevelopers"},
             "statistics": {"subscriberCount": "2490000", "videoCount": "6417", "hiddenSubscriberCount": False}}]}
    got = read("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet,statistics&forHandle=googledevelopers", 200, found)
    assert got.state is FOUND and got.handle == "googledevelopers"
    assert (got.fields.display_name, got.fields.followers, got.fields.posts, got.fields.platform_id) == ("Google for Developers", 2490000, 6417, "UC_x5XG1OV2P6uZZ5FSM9Ttw")
    empty = {"kind": "youtube#channelListResponse", "etag": "x", "pageInfo": {"totalResults": 0, "resultsPerPage": 5}}
    assert read("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&forHandle=nobody", 200, empty).state is NOT_FOUND
    quota = {"error": {"code": 403, "message": "The request cannot be completed because you have exceeded your quota.", "errors": [{"reason": "quotaExceeded"}]}}
    assert read("youtube", "https://www.googleapis.com/youtube/v3/channels?id=x", 403, quota).state is UNVERIFIABLE


def test_instagram_api_null_user_is_not_found_and_graph_api_user_is_read():
    got = read("instagram", "https://www.instagram.com/api/v1/users/web_profile_info/?username=nosuchuser", 200, {"data": {"user": None}, "status": "ok"})
    assert got.state is NOT_FOUND
    business = {"business_discovery": {"id": "17841407673135339", "username": "facebookfordevelopers", "name": "Facebook for Developers",
                                       "biography": "Follow us", "followers_count": 64976, "media_count": 436}, "id": "17841406338772941"}
    got = read("instagram", "https://graph.facebook.com/v19.0/17841406338772941?fields=business_discovery", 200, business)
    assert got.state is FOUND and got.handle == "facebookfordevelopers"
    assert (got.fields.followers, got.fields.posts, got.fields.platform_id) == (64976, 436, "17841407673135339")


def test_activitypub_actor_is_a_mastodon_profile():
    actor = {"@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://fosstodon.org/users/alice", "type": "Person",
             "following": "https://fosstodon.org/users/alice/following", "followers": "https://fosstodon.org/users/alice/followers",
             "preferredUsername": "alice", "name": "Alice Example", "summary": "<p>Coffee &amp; code</p>", "url": "https://fosstodon.org/@alice",
             "manuallyApprovesFollowers": False, "published": "2019-03-01T00:00:00Z",
             "attachment": [{"type": "PropertyValue", "name": "Website", "value": "<a href=\"https://alice.example\" rel=\"me\">alice.example</a>"}],
             "icon": {"type": "Image", "url": "https://cdn.fosstodon.org/alice.png"}}
    got = read("mastodon", "https://fosstodon.org/users/alice", 200, actor)
    assert got.state is FOUND and got.handle == "alice@fosstodon.org"
    f = got.fields
    assert (f.display_name, f.bio, f.followers) == ("Alice Example", "Coffee & code", None)  # a URL is no count
    assert f.external_links == ("https://alice.example",)
    assert f.avatar_url == "https://cdn.fosstodon.org/alice.png"


@pytest.mark.parametrize(
    ("platform", "url", "status", "body", "state", "reason"),
    [
        ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=gone.bsky.social", 400, {"error": "AccountTakedown", "message": "Account has been suspended"}, NOT_FOUND, "suspended"),
        ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=off.bsky.social", 400, {"error": "AccountDeactivated", "message": "Account is deactivated"}, NOT_FOUND, "deactivated"),
        ("reddit", "https://www.reddit.com/user/gone/about.json", 200, {"kind": "t2", "data": {"name": "gone", "is_suspended": True}}, NOT_FOUND, "suspended"),
        ("github", "https://api.github.com/users/x", 403, {"message": "API rate limit exceeded for 1.2.3.4."}, UNVERIFIABLE, None),
        ("pinterest", "https://api.pinterest.com/v5/user_account?ad_account_id=1", 404, {"code": 4, "message": "User not found."}, NOT_FOUND, None),
    ],
)
def test_api_error_shapes(platform, url, status, body, state, reason):
    got = read(platform, url, status, body)
    assert got.state is state, (got.state, got.reason, got.evidence)
    if reason:
        assert got.reason == reason


def test_pinterest_api_user_account():
    body = {"account_type": "BUSINESS", "username": "northwindcoffee", "business_name": "Northwind Coffee", "website_url": "https://northwindcoffee.com",
            "follower_count": 1200, "following_count": 12, "pin_count": 340, "profile_image": "https://i.pinimg.com/a.jpg", "id": "5491"}
    got = read("pinterest", "https://api.pinterest.com/v5/user_account", 200, body)
    assert got.state is FOUND and got.handle == "northwindcoffee"
    assert (got.fields.followers, got.fields.posts, got.fields.external_links) == (1200, 340, ("https://northwindcoffee.com",))


# ----------------------------------------------------------------------------- page states


def _tiktok_page(script: str) -> str:
    return f"<!DOCTYPE html><html><head><title>TikTok</title></head><body><div id='app'></div>{script}</body></html>"


SIGI = {"UserModule": {"users": {"northwindcoffee": {"id": "6781", "uniqueId": "northwindcoffee", "nickname": "Northwind Coffee", "signature": "Roasted in Izmir",
                                                      "verified": True, "privateAccount": False, "bioLink": {"link": "northwindcoffee.com"}}},
                       "stats": {"northwindcoffee": {"followerCount": 1200, "followingCount": 3, "heart": 9000, "videoCount": 41}}}}
NEXT = {"props": {"pageProps": {"statusCode": 0, "userInfo": {"user": {"id": "6781", "uniqueId": "northwindcoffee", "nickname": "Northwind Coffee", "signature": "Roasted in Izmir", "verified": True},
                                                            "stats": {"followerCount": 1100, "followingCount": 3, "videoCount": 40}}}}}


@pytest.mark.parametrize(
    ("page", "followers"),
    [
        (_tiktok_page(f'<script id="SIGI_STATE" type="application/json">{json.dumps(SIGI)}</script>'), 1200),
        (_tiktok_page(f"<script>window['SIGI_STATE']={json.dumps(SIGI)};window['SIGI_RETRY']=1</script>"), 1200),
        (_tiktok_page(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(NEXT)}</script>'), 1100),
    ],
    ids=["sigi-script", "sigi-window", "next-data"],
)
def test_tiktok_page_state_eras(page, followers):
    got = read("tiktok", "https://www.tiktok.com/@northwindcoffee", 200, page, handle="northwindcoffee")
    assert got.state is FOUND, (got.reason, got.evidence)
    f = got.fields
    assert (f.display_name, f.bio, f.followers, f.verified, f.platform_id) == ("Northwind Coffee", "Roasted in Izmir", followers, True, "6781")


def test_tiktok_next_data_missing_user():
    page = _tiktok_page('<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"statusCode":10202,"userInfo":{}}}}</script>')
    assert read("tiktok", "https://www.tiktok.com/@nobody_here", 200, page, handle="nobody_here").state is NOT_FOUND


def test_instagram_shared_data_skips_the_logged_in_viewer():
    shared = {"config": {"viewer": {"username": "someone_else", "full_name": "Viewer", "biography": "me", "edge_followed_by": {"count": 9}, "id": "1"}},
              "entry_data": {"ProfilePage": [{"graphql": {"user": {"username": "northwindcoffee", "full_name": "Northwind Coffee", "biography": "Coffee",
                                                                    "edge_followed_by": {"count": 5200}, "edge_follow": {"count": 10},
                                                                    "edge_owner_to_timeline_media": {"count": 77}, "id": "99"}}}]}}
    page = f'<html><head><meta property="og:url" content="https://www.instagram.com/northwindcoffee/"></head><body><script>window._sharedData = {json.dumps(shared)};</script></body></html>'
    got = read("instagram", "file:///saved.html", 200, page)
    assert got.state is FOUND and got.handle == "northwindcoffee"
    assert (got.fields.display_name, got.fields.followers, got.fields.posts) == ("Northwind Coffee", 5200, 77)


# ----------------------------------------------------------------------------- JSON-LD, meta, DOM


X_RENDERED = """<!DOCTYPE html><html dir="ltr" lang="en"><head>
<meta content="Northwind Coffee (@NorthwindCoffee) / X" property="og:title">
<script type="application/ld+json" data-testid="UserProfileSchema-test">{"@context":"http://schema.org","@type":"ProfilePage","dateCreated":"2012-03-01T10:00:00.000Z",
"mainEntity":{"@type":"Person","additionalName":"NorthwindCoffee","description":"Coffee from Izmir","identifier":"1234567",
"image":{"@type":"ImageObject","contentUrl":"https://pbs.twimg.com/profile_images/1/a_400x400.jpg"},
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/FollowAction","name":"Follows","userInteractionCount":5120},
{"@type":"InteractionCounter","interactionType":"https://schema.org/SubscribeAction","name":"Friends","userInteractionCount":88},
{"@type":"InteractionCounter","interactionType":"https://schema.org/WriteAction","name":"Tweets","userInteractionCount":4210}],
"name":"Northwind Coffee","url":"https://x.com/NorthwindCoffee"},"relatedLink":["https://t.co/abc","https://northwindcoffee.com"]}</script>
</head><body><noscript>JavaScript is not available.</noscript>
<div data-testid="UserName"><span>Northwind Coffee</span><svg aria-label="Verified account"></svg><span>@NorthwindCoffee</span></div>
<article><div data-testid="User-Name"><span>Someone</span><svg aria-label="Verified account"></svg></div></article>
</body></html>"""


def test_rendered_x_page_is_a_profile_not_a_js_shell():
    got = read("x", "https://x.com/NorthwindCoffee", 200, X_RENDERED, handle="NorthwindCoffee")
    assert got.state is FOUND, (got.reason, got.evidence)
    f = got.fields
    assert (f.display_name, f.bio, f.followers, f.following, f.posts, f.platform_id) == ("Northwind Coffee", "Coffee from Izmir", 5120, 88, 4210, "1234567")
    assert f.verified is True and f.external_links == ("https://northwindcoffee.com",)
    assert got.evidence["layers"]["followers"] == "jsonld"


def test_rendered_x_page_of_another_account_is_a_handle_mismatch():
    got = read("x", "https://x.com/NorthwindCoffe", 200, X_RENDERED, handle="NorthwindCoffe")
    assert (got.state, got.reason) == (UNVERIFIABLE, "handle_mismatch")


def test_bare_x_shell_stays_a_js_shell():
    shell = '<html><head><title>X</title></head><body><noscript>JavaScript is not available.</noscript><div id="react-root"></div></body></html>'
    got = read("x", "https://x.com/NorthwindCoffee", 200, shell, handle="NorthwindCoffee")
    assert (got.state, got.reason) == (UNVERIFIABLE, "js_shell")


def test_organization_jsonld_with_same_as_links():
    page = """<html><head><link rel="canonical" href="https://www.pinterest.com/northwindcoffee/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Northwind Coffee","alternateName":"northwindcoffee",
"sameAs":["https://www.pinterest.com/northwindcoffee/","https://northwindcoffee.com"],
"interactionStatistic":{"@type":"InteractionCounter","interactionType":{"@type":"FollowAction"},"userInteractionCount":"3,400"}}</script></head><body></body></html>"""
    got = read("pinterest", "https://www.pinterest.com/northwindcoffee/", 200, page, handle="northwindcoffee")
    assert got.state is FOUND
    assert (got.fields.display_name, got.fields.followers, got.fields.external_links) == ("Northwind Coffee", 3400, ("https://northwindcoffee.com",))


# ----------------------------------------------------------------------------- walls and misreads

FB_LOGIN = """<!DOCTYPE html><html><head><title>Log into Facebook</title>
<meta property="og:url" content="https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Fnorthwindcoffee" />
<meta property="og:title" content="Log into Facebook" /></head>
<body><form id="login_form" action="/login/device-based/regular/login/"><input name="email"></form>You must log in to continue.</body></html>"""

FB_LOGIN_SAME_URL = """<!DOCTYPE html><html><head><title>Facebook – log in or sign up</title>
<meta property="og:url" content="https://www.facebook.com/northwindcoffee/" /><meta property="og:title" content="Northwind Coffee" /></head>
<body><form id="login_form"></form></body></html>"""


@pytest.mark.parametrize("page", [FB_LOGIN, FB_LOGIN_SAME_URL], ids=["login-url", "login-title"])
def test_facebook_login_wall_is_never_found(page):
    for handle in (None, "northwindcoffee"):
        got = read("facebook", "https://www.facebook.com/northwindcoffee/", 200, page, handle=handle)
        assert (got.state, got.reason) == (UNVERIFIABLE, "login_wall"), (handle, got)


def test_linkedin_guest_home_is_a_login_wall():
    page = '<html lang="en"><head><title>LinkedIn: Log In or Sign Up</title><meta property="og:url" content="https://www.linkedin.com/"></head><body></body></html>'
    assert read("linkedin", "https://www.linkedin.com/in/someone", 200, page).state is UNVERIFIABLE


def test_facebook_page_category_url_gives_the_page_id_not_pages():
    page = """<html><head><title>Joe's Diner | Facebook</title>
<meta property="og:url" content="https://www.facebook.com/pages/category/Restaurant/Joes-Diner-1234567890/" />
<meta property="og:title" content="Joe's Diner" /><meta property="og:description" content="Joe's Diner. 1,204 likes · 12 talking about this. Burgers since 1987." /></head><body></body></html>"""
    got = read("facebook", "file:///saved.html", 200, page)
    assert got.state is FOUND and got.handle == "1234567890"
    assert got.fields.display_name == "Joe's Diner" and got.fields.followers == 1204


def test_linkedin_person_name_is_not_the_page_title():
    page = """<html><head><title>Jane Roe - Barista - Northwind Coffee | LinkedIn</title>
<meta property="og:title" content="Jane Roe - Barista - Northwind Coffee | LinkedIn"><meta property="og:url" content="https://tr.linkedin.com/in/jane-roe-1a2b3c">
<link rel="canonical" href="https://tr.linkedin.com/in/jane-roe-1a2b3c"></head><body>
<script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":"Person","name":"Jane Roe","url":"https://tr.linkedin.com/in/jane-roe-1a2b3c",
"worksFor":[{"@type":"Organization","name":"Northwind Coffee"}],"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/FollowAction","name":"Follows","userInteractionCount":412}}]}</script></body></html>"""
    got = read("linkedin", "https://tr.linkedin.com/in/jane-roe-1a2b3c", 200, page)
    assert got.state is FOUND and got.handle == "in/jane-roe-1a2b3c"
    assert got.fields.display_name == "Jane Roe" and got.fields.followers == 412


def test_telegram_link_in_description_is_the_external_link():
    page = """<html><head><meta property="og:title" content="Northwind Coffee"><meta name="robots" content="index"></head><body>
<div class="tgme_page_title"><span dir="auto">Northwind Coffee</span></div><div class="tgme_page_extra">2 805 subscribers</div>
<div class="tgme_page_description">Fresh news<br/>https://northwindcoffee.com/tr</div></body></html>"""
    got = read("telegram", "https://t.me/northwindcoffee", 200, page, handle="northwindcoffee")
    assert got.state is FOUND and got.fields.external_links == ("https://northwindcoffee.com/tr",)


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Kiko Beats (@Kikobeats) / X", "Kiko Beats"),
        ("Northwind Coffee | LinkedIn", "Northwind Coffee"),
        ("Pluto (@pluto__travel) • Instagram photos and videos", "Pluto"),
        ("Northwind Coffee - YouTube", "Northwind Coffee"),
        ("Northwind (@northwind) on X", "Northwind"),
        ("Login Systems Inc", "Login Systems Inc"),
    ],
)
def test_clean_title(title, clean):
    assert clean_title(title) == clean


def test_a_profile_named_login_is_not_a_login_wall():
    page = """<html><head><title>Login Systems (@loginsys) / X</title></head><body>
<script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person","additionalName":"loginsys","name":"Login Systems","identifier":"42",
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/FollowAction","name":"Follows","userInteractionCount":7}]}}</script></body></html>"""
    got = read("x", "https://x.com/loginsys", 200, page, handle="loginsys")
    assert got.state is FOUND and got.fields.display_name == "Login Systems"


# ----------------------------------------------------------------------------- the CLI on captures

ROOT = Path(__file__).resolve().parents[1]
CAPS = ROOT / "tests" / "fixtures" / "real_captures"


def _extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.cli", "extract", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("platform", "file", "state", "handle"),
    [
        ("auto", "reddit/asyncpraw_redditor_fullname_init.cassette.json", "found", "pyapitestuser3"),
        ("reddit", "reddit/asyncpraw_trophies_user_not_exist.cassette.json", "not_found", None),
        ("auto", "mastodon/mastodonpy_test_account.vcr.yaml", "found", "mastodonpy_test"),
        ("auto", "youtube/newpipe_notavailable_2.mock.json", "not_found", None),
        ("auto", "x/metascraper_x_profile_2025.html", "found", "kikobeats"),
        ("x", "x/metascraper_x_profile_2025.html", "found", "kikobeats"),
    ],
)
def test_cli_extract_reads_recordings_and_detects_the_platform(platform, file, state, handle):
    run = _extract(platform, str(CAPS / file))
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert (out["state"], out["handle"]) == (state, handle)
    if file.endswith((".yaml", ".cassette.json", ".mock.json")):
        assert out["evidence"]["recorded_answers"] >= 1


def test_cli_extract_auto_without_clues_is_bad_input(tmp_path):
    saved = tmp_path / "page.html"
    saved.write_text("<html><body>hello</body></html>")
    run = _extract("auto", str(saved))
    assert run.returncode == 2 and "could not tell which platform" in run.stderr


def test_x_mobile_initial_state_page():
    """mobile.twitter.com (2019-2022) kept the profile in window.__INITIAL_STATE__."""
    state = {"entities": {"users": {"entities": {
        "99": {"id_str": "99", "screen_name": "someone", "name": "Some One", "followers_count": 5},
        "1234567": {"id_str": "1234567", "screen_name": "NorthwindCoffee", "name": "Northwind Coffee", "description": "Coffee from Izmir",
                    "followers_count": 5120, "friends_count": 88, "statuses_count": 4210, "verified": False,
                    "entities": {"url": {"urls": [{"url": "https://t.co/x", "expanded_url": "https://northwindcoffee.com"}]}}}}}}}
    page = f"""<html><head><link rel="canonical" href="https://twitter.com/NorthwindCoffee"></head><body>
<script>window.__INITIAL_STATE__={json.dumps(state)};window.__META_DATA__={{}};</script></body></html>"""
    got = read("x", "https://mobile.twitter.com/NorthwindCoffee", 200, page, handle="NorthwindCoffee")
    assert got.state is FOUND, (got.reason, got.evidence)
    f = got.fields
    assert (f.display_name, f.followers, f.following, f.posts, f.platform_id) == ("Northwind Coffee", 5120, 88, 4210, "1234567")
    assert f.external_links == ("https://northwindcoffee.com",)


def test_instagram_a1_json_answer():
    body = {"logging_page_id": "profilePage_99", "graphql": {"user": {"username": "northwindcoffee", "full_name": "Northwind Coffee", "biography": "Coffee",
            "external_url": "https://northwindcoffee.com", "edge_followed_by": {"count": 5200}, "edge_follow": {"count": 10},
            "edge_owner_to_timeline_media": {"count": 77, "edges": []}, "is_verified": True, "is_private": False, "id": "99"}}}
    got = read("instagram", "https://www.instagram.com/northwindcoffee/?__a=1", 200, body, handle="northwindcoffee")
    assert got.state is FOUND
    f = got.fields
    assert (f.followers, f.following, f.posts, f.verified, f.is_private) == (5200, 10, 77, True, False)
    assert f.external_links == ("https://northwindcoffee.com",)
    assert read("instagram", "https://www.instagram.com/nobody/?__a=1", 404, {}, handle="nobody").state is not FOUND


@pytest.mark.parametrize(
    "body",
    [
        # 2017-2019 public profile
        '<html><head><title>Jane Roe | LinkedIn</title><link rel="canonical" href="https://www.linkedin.com/in/jane-roe-1a2b3c"></head><body>'
        '<h1 class="pv-top-card-section__name">Jane Roe</h1><p class="pv-top-card-section__summary-text">Coffee people.</p></body></html>',
        # 2014-2016 public profile
        '<html><head><title>Jane Roe | LinkedIn</title><link rel="canonical" href="https://www.linkedin.com/in/jane-roe-1a2b3c"></head><body>'
        '<div id="top-card"><h1 id="name" class="fn">Jane Roe</h1></div><section id="summary"><div class="description"><p>Coffee people.</p></div></section></body></html>',
        # 2019- guest page
        '<html><head><title>Jane Roe - Barista - Northwind Coffee | LinkedIn</title><link rel="canonical" href="https://www.linkedin.com/in/jane-roe-1a2b3c"></head><body>'
        '<h1 class="top-card-layout__title">Jane Roe</h1><div class="top-card-layout__first-subline">Izmir · 412 followers · 400 connections</div>'
        '<section data-section="summary"><div class="core-section-container__content">Coffee people.</div></section></body></html>',
    ],
    ids=["2017", "2015", "2023"],
)
def test_linkedin_public_profile_layouts(body):
    got = read("linkedin", "file:///saved.html", 200, body)
    assert got.state is FOUND and got.handle == "in/jane-roe-1a2b3c", (got.reason, got.evidence)
    assert got.fields.display_name == "Jane Roe" and got.fields.bio == "Coffee people."


def test_pinterest_api_v1_user_and_missing_user():
    """Pinterest API v1 (2017): {"data": {...counts...}}; a missing user is a 404 message."""
    body = {"data": {"username": "northwindcoffee", "bio": "", "first_name": "Northwind", "last_name": "Coffee", "created_at": "2014-10-10T18:52:41",
                     "counts": {"pins": 1835, "following": 2, "followers": 6, "boards": 18, "likes": 9}, "id": "332914734862997577"}}
    got = read("pinterest", "https://api.pinterest.com/v1/users/northwindcoffee/?fields=id,username,counts", 200, body)
    assert got.state is FOUND and got.handle == "northwindcoffee"
    f = got.fields
    assert (f.display_name, f.followers, f.following, f.posts, f.platform_id) == ("Northwind Coffee", 6, 2, 1835, "332914734862997577")
    got = read("pinterest", "https://api.pinterest.com/v1/users/nobody-here/", 404, {"message": "User not found.", "type": "api"})
    assert got.state is NOT_FOUND


def _capture_entries():
    import yaml

    doc = yaml.safe_load((CAPS / "MANIFEST.yaml").read_text(encoding="utf-8"))
    # a sealed batch is read once, on purpose, by `eval_extract.py --sealed`: never here
    return [e for e in doc["fixtures"] if not str(e.get("batch") or "").startswith("sealed")]


@pytest.mark.parametrize("entry", _capture_entries(), ids=lambda e: e["file"])
def test_extract_reads_every_capture(entry):
    """What `brandsweep extract PLATFORM FILE` (and `auto`) does with each real capture file:
    the recorded answer found, the platform told, no extractor error; the tuning half's states
    right (the held-out half is scored, not asserted: see test_real_pages.py)."""
    from crawler.extract.captures import recorded_answers
    from crawler.extract.detect import saved_answer

    data = (CAPS / entry["file"]).read_bytes()
    for platform in (entry["platform"], "auto"):
        name, url, status, headers, body, notes = saved_answer(CAT, platform, data, "file:///saved")
        wanted = entry.get("interaction")
        if wanted is not None and notes.get("answer_read") not in (None, wanted):
            # a file of many saved examples (a Postman collection), one entry per example:
            # extract reads one of them; this entry is about another, read as the scorer does
            answer = recorded_answers(data)[wanted]
            url, status, headers, body = answer.url or url, answer.status, answer.headers, answer.body
        if platform == "auto" and entry.get("auto") == "none":
            # a body that names no platform (MANIFEST 'auto: none'): 'cannot tell', never another
            assert name is None, name
            continue
        if platform == "auto" and entry.get("auto"):
            # a cassette of several platforms' lookups (MANIFEST 'auto: x'): its last profile one
            assert name == entry["auto"], name
            continue
        assert name == entry["platform"], platform
        got = read_profile(CAT[name], url, status, headers, body)
        assert got.reason != "extractor_error", got.evidence
        if entry["format"] != "ts_template" and not entry["heldout"]:
            assert got.state.value == entry["truth"]["state"], (platform, got.state, got.reason)


def test_recorded_answer_formats():
    from crawler.extract.captures import recorded_answers

    ruby_vcr = b"""---
http_interactions:
- request: {method: get, uri: 'https://api.pinterest.com/v1/users/nobody/'}
  response:
    status: {code: 404, message: NOT FOUND}
    headers: {Content-Type: [application/json]}
    body: {encoding: UTF-8, string: '{"message": "User not found.", "type": "api"}'}
  recorded_at: Thu, 12 Jan 2017 11:59:39 GMT
"""
    [got] = recorded_answers(ruby_vcr)
    assert (got.url, got.status, got.headers["Content-Type"]) == ("https://api.pinterest.com/v1/users/nobody/", 404, "application/json")
    replay = (b"https\nGET\napi.github.com\nNone\n/users/nobody\n{'User-Agent': 'PyGithub/Python'}\nNone\n404\n"
              b"[('status', '404 Not Found')]\n{\"message\":\"Not Found\"}\n\n")
    [got] = recorded_answers(replay)
    assert (got.url, got.status, got.body) == ("https://api.github.com/users/nobody", 404, b'{"message":"Not Found"}')
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/activity+json\r\n\r\n{\"type\": \"Person\"}"
    [got] = recorded_answers(raw)
    assert (got.status, got.headers["Content-Type"], got.body) == (200, "application/activity+json", b'{"type": "Person"}')
    # anything else is one bare body, never an error
    for junk in (b"", b"\x00\xff", b"interactions: [", b"{not json", b"https\nGET\n"):
        assert recorded_answers(junk)[0].body == junk


def test_rendered_tiktok_and_youtube_dom():
    tiktok = """<html><head><title>Northwind Coffee (@northwindcoffee) | TikTok</title>
<link rel="canonical" href="https://www.tiktok.com/@northwindcoffee"></head><body>
<h1 data-e2e="user-title">northwindcoffee</h1><h2 data-e2e="user-subtitle">Northwind Coffee</h2>
<strong data-e2e="following-count">12</strong><strong data-e2e="followers-count">48.2K</strong><strong data-e2e="likes-count">1.1M</strong>
<h2 data-e2e="user-bio">Roasted in Izmir</h2><a data-e2e="user-link" href="https://www.tiktok.com/link/v2?target=https%3A%2F%2Fnorthwindcoffee.com"><span>northwindcoffee.com</span></a>
</body></html>"""
    got = read("tiktok", "https://www.tiktok.com/@northwindcoffee", 200, tiktok, handle="northwindcoffee")
    assert got.state is FOUND, (got.reason, got.evidence)
    f = got.fields
    assert (f.display_name, f.bio, f.followers, f.following, f.external_links) == ("Northwind Coffee", "Roasted in Izmir", 48200, 12, ("https://northwindcoffee.com",))
    youtube = """<html><head><link rel="canonical" href="https://www.youtube.com/@northwindcoffee"></head><body>
<ytd-channel-name><div id="container"><yt-formatted-string id="text">Northwind Coffee</yt-formatted-string></div></ytd-channel-name>
<yt-formatted-string id="subscriber-count">12.4K subscribers</yt-formatted-string><yt-formatted-string id="videos-count"><span>231</span> videos</yt-formatted-string>
</body></html>"""
    got = read("youtube", "https://www.youtube.com/@northwindcoffee", 200, youtube, handle="northwindcoffee")
    assert got.state is FOUND, (got.reason, got.evidence)
    assert (got.fields.display_name, got.fields.followers, got.fields.posts) == ("Northwind Coffee", 12400, 231)


# ----------------------------------------------------------------------------- shapes of the fresh held-out batch
# Each shape the 2026-12-05 held-out batch read wrong on its first run, written out by hand with
# other values (the batch itself stays held out; these are the tuning cases for its shapes).


def test_instagram_api_v1_user_with_first_and_last_name():
    """Instagram API v1 (2011-2016): a meta/data envelope; some answers give first_name and
    last_name but no full_name, and the picture as profile_picture."""
    body = {"meta": {"code": 200}, "data": {"username": "northwindcoffee", "first_name": "Northwind", "last_name": "Coffee",
                                             "profile_picture": "http://images.ak.instagram.com/profiles/profile_99_75sq.jpg", "id": "99"}}
    got = read("instagram", "https://api.instagram.com/v1/users/99", 200, body)
    assert got.state is FOUND and got.handle == "northwindcoffee", (got.reason, got.evidence)
    assert (got.fields.display_name, got.fields.platform_id) == ("Northwind Coffee", "99")
    from crawler.extract.detect import detect_platform

    assert detect_platform(CAT, None, json.dumps(body).encode()) == "instagram"


def test_graph_api_pages_and_users_of_2011_2012():
    """Graph API before v2.6: a page's fan count is "likes" (an int); a page without a user
    name is reached at its id (link /pages/<name>/<id>); a public user has only a link."""
    page = {"name": "Northwind Coffee", "username": "northwindcoffee", "category": "Food/beverages", "id": "1234567890",
            "link": "https://www.facebook.com/northwindcoffee", "likes": 4521, "talking_about_count": 12, "website": "http://northwind.example"}
    got = read("facebook", "https://graph.facebook.com/northwindcoffee", 200, page)
    assert got.state is FOUND and got.handle == "northwindcoffee"
    assert (got.fields.followers, got.fields.external_links) == (4521, ("http://northwind.example",))
    unnamed = {"id": "987654321012345", "name": "Northwind Coffee Izmir", "category": "Cafe",
               "link": "http://www.facebook.com/pages/Northwind-Coffee-Izmir/987654321012345"}
    got = read("facebook", "https://graph.facebook.com/987654321012345", 200, unnamed)
    assert got.state is FOUND and got.handle == "987654321012345"
    assert (got.fields.display_name, got.fields.platform_id) == ("Northwind Coffee Izmir", "987654321012345")
    user = {"id": "5550001", "name": "Jane Roe", "first_name": "Jane", "last_name": "Roe", "link": "http://www.facebook.com/jane.roe", "gender": "female"}
    got = read("facebook", "https://graph.facebook.com/jane.roe", 200, user)
    assert got.state is FOUND and got.handle == "janeroe" and got.fields.display_name == "Jane Roe"  # dots do not count
    # "likes" as a connection (a list of liked pages) is no count
    liker = {"id": "5550002", "name": "John Roe", "link": "http://www.facebook.com/john.roe", "category": "x", "likes": {"data": []}}
    assert read("facebook", "https://graph.facebook.com/john.roe", 200, liker).fields.followers is None


def test_facebook_page_with_a_user_name_in_a_category_url():
    """A named page's og:url of 2019-2021: /pages/category/<category>/<user name>/<tab>/."""
    body = ('<html><head><title>Northwind Coffee - Posts | Facebook</title>'
            '<meta property="og:title" content="Northwind Coffee" />'
            '<meta property="og:description" content="Northwind Coffee. 12,345 likes &#xb7; 67 talking about this. Roasters in Izmir since 1999." />'
            '<meta property="og:url" content="https://www.facebook.com/pages/category/Coffee-Shop/northwindcoffee/posts/" /></head><body></body></html>')
    got = read("facebook", "https://m.facebook.com/northwindcoffee/posts/", 200, body)
    assert got.state is FOUND and got.handle == "northwindcoffee", (got.reason, got.evidence)
    assert (got.fields.display_name, got.fields.followers, got.fields.bio) == ("Northwind Coffee", 12345, "Roasters in Izmir since 1999.")


def test_activitypub_locked_actor_is_private():
    actor = {"@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://social.example/users/bob", "type": "Person",
             "preferredUsername": "bob", "name": "Bob", "manuallyApprovesFollowers": True}
    got = read("mastodon", "https://social.example/users/bob", 200, actor)
    assert got.state is FOUND and got.handle == "bob@social.example" and got.fields.is_private is True


def test_pinterest_api_v1_user_with_only_url_and_names():
    body = {"data": {"url": "https://www.pinterest.com/northwindcoffee/", "first_name": "Northwind", "last_name": "", "id": "3396701343"}}
    got = read("pinterest", "https://api.pinterest.com/v1/users/northwindcoffee/", 200, body)
    assert got.state is FOUND and got.handle == "northwindcoffee", (got.reason, got.evidence)
    assert (got.fields.display_name, got.fields.platform_id) == ("Northwind", "3396701343")


@pytest.mark.parametrize("vanity", ["http://www.youtube.com/c/NorthwindCoffee", "http://www.youtube.com/user/NorthwindCoffee"])
def test_youtube_custom_url_names_the_channel(vanity):
    """Before @handles (2014-2022) a channel's name in URLs was its /c/ or /user/ custom URL."""
    data = {"header": {"c4TabbedHeaderRenderer": {"channelId": "UC" + "a" * 22, "title": "Northwind Coffee",
                                                  "subscriberCountText": {"simpleText": "12.5K subscribers"}}},
            "metadata": {"channelMetadataRenderer": {"title": "Northwind Coffee", "externalId": "UC" + "a" * 22, "vanityChannelUrl": vanity}}}
    body = f'<html><head></head><body><script>var ytInitialData = {json.dumps(data)};</script></body></html>'
    got = read("youtube", "https://www.youtube.com/c/NorthwindCoffee/videos", 200, body)
    assert got.state is FOUND and got.handle.lower() == "northwindcoffee", (got.reason, got.evidence)
    assert (got.fields.followers, got.fields.platform_id) == (12500, "UC" + "a" * 22)


@pytest.mark.parametrize(
    ("platform", "url", "status", "body"),
    [
        ("linkedin", "https://api.linkedin.com/v1/people/id=abc", 404,
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<error>\n  <status>404</status>\n  <timestamp>1300000000000</timestamp>\n'
         '  <error-code>0</error-code>\n  <message>Could not find person based on: id=abc</message>\n</error>\n'),
        ("x", "https://api.twitter.com/1/users/show.xml?screen_name=nobody", 404,
         '<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error code="34">Sorry, that page does not exist</error>\n</errors>\n'),
    ],
    ids=["linkedin-v1", "x-xml"],
)
def test_xml_api_errors_are_not_found(platform, url, status, body):
    got = read(platform, url, status, body)
    assert got.state is NOT_FOUND, (got.state, got.reason, got.evidence)


def test_xml_api_rate_limit_is_not_a_missing_account():
    body = '<?xml version="1.0"?>\n<error>\n  <status>403</status>\n  <message>Throttle limit for calls to this resource is reached.</message>\n</error>\n'
    got = read("linkedin", "https://api.linkedin.com/v1/people/id=abc", 403, body)
    assert got.state is not NOT_FOUND


def test_saved_gzip_page_and_embed_php_cache_are_unpacked():
    import gzip

    from crawler.extract.captures import recorded_answers

    page = b"<html><head><title>x</title></head><body>hi</body></html>"
    [got] = recorded_answers(gzip.compress(page))
    assert got.body == page
    php = (b"<?php\ndeclare(strict_types = 1);\n\nreturn [\n    'headers' => [\n        'content-type' => [\n"
           b"            'application/binary',\n            'text/html; charset=utf-8'\n        ],\n    ],\n"
           b"    'statusCode' => 404,\n    'reasonPhrase' => 'Not Found',\n    'body' => '<p>it\\'s gone \\\\ really</p>'\n];\n")
    [got] = recorded_answers(php)
    assert (got.status, got.headers["content-type"], got.body) == (404, "text/html; charset=utf-8", b"<p>it's gone \\ really</p>")


def test_tiktok_universal_data_era_and_its_missing_user():
    """TikTok 2023-: <script id="__UNIVERSAL_DATA_FOR_REHYDRATION__"> with __DEFAULT_SCOPE__ >
    webapp.user-detail (counts also as strings in statsV2); statusCode 10221 = no such user."""
    state = {"__DEFAULT_SCOPE__": {"webapp.app-context": {"user": {"uniqueId": "someone_logged_in"}},
                                   "webapp.user-detail": {"statusCode": 0, "userInfo": {
                                       "user": {"id": "6781", "uniqueId": "northwindcoffee", "nickname": "Northwind Coffee", "signature": "Roasted in Izmir",
                                                "verified": True, "privateAccount": False},
                                       "stats": {"followerCount": 1300, "followingCount": 3, "videoCount": 42},
                                       "statsV2": {"followerCount": "1300", "followingCount": "3", "videoCount": "42"}}}}}
    page = _tiktok_page(f'<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{json.dumps(state)}</script>')
    got = read("tiktok", "https://www.tiktok.com/@northwindcoffee", 200, page)
    assert got.state is FOUND and got.handle == "northwindcoffee", (got.reason, got.evidence)
    f = got.fields
    assert (f.display_name, f.followers, f.posts, f.verified, f.platform_id) == ("Northwind Coffee", 1300, 42, True, "6781")
    gone = {"__DEFAULT_SCOPE__": {"webapp.user-detail": {"statusCode": 10221, "statusMsg": "", "userInfo": {}}}}
    page = _tiktok_page(f'<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{json.dumps(gone)}</script>')
    assert read("tiktok", "https://www.tiktok.com/@nobody_here", 200, page).state is NOT_FOUND


def test_youtube_page_header_view_model_2024():
    """YouTube's 2024- channel header (pageHeaderRenderer > pageHeaderViewModel): the verified
    badge is an image attached to the title, counts are metadata rows, the link an attribution."""
    redirect = "https://www.youtube.com/redirect?event=channel_header&redir_token=x&q=https%3A%2F%2Fnorthwind.example%2Fshop"
    header = {"pageHeaderRenderer": {"pageTitle": "Northwind Coffee", "content": {"pageHeaderViewModel": {
        "title": {"dynamicTextViewModel": {"text": {"content": "Northwind Coffee", "attachmentRuns": [
            {"startIndex": 16, "length": 0, "element": {"type": {"imageType": {"image": {"sources": [{"clientResource": {"imageName": "CHECK_CIRCLE_FILLED"}}]}}}}}]}}},
        "metadata": {"contentMetadataViewModel": {"metadataRows": [
            {"metadataParts": [{"text": {"content": "@northwindcoffee"}}]},
            {"metadataParts": [{"text": {"content": "12.5K subscribers"}}, {"text": {"content": "41 videos"}}]}]}},
        "attribution": {"attributionViewModel": {"text": {"content": "northwind.example/shop", "commandRuns": [
            {"startIndex": 0, "length": 22, "onTap": {"innertubeCommand": {"commandMetadata": {"webCommandMetadata": {"url": redirect}}, "urlEndpoint": {"url": redirect}}}}]}}}}}}}
    data = {"header": header, "metadata": {"channelMetadataRenderer": {"title": "Northwind Coffee", "description": "Roasted in Izmir",
                                                                       "externalId": "UC" + "b" * 22, "vanityChannelUrl": "http://www.youtube.com/@northwindcoffee"}}}
    body = f'<html><head></head><body><script>var ytInitialData = {json.dumps(data)};</script></body></html>'
    got = read("youtube", "https://www.youtube.com/@northwindcoffee", 200, body)
    assert got.state is FOUND and got.handle == "northwindcoffee", (got.reason, got.evidence)
    f = got.fields
    assert (f.followers, f.posts, f.verified) == (12500, 41, True)
    assert f.external_links == ("https://northwind.example/shop",)


def test_graph_api_user_asked_for_by_id():
    """A Graph API user object with only an id and a name (no user name, no link) is the
    profile the request asked for when its id is the one in the request; another id is not."""
    user = {"id": "5550003", "name": "Jane Roe", "first_name": "Jane", "last_name": "Roe",
            "picture": {"data": {"url": "https://scontent.example/p50x50/x.jpg", "is_silhouette": False}}}
    got = read("facebook", "https://graph.facebook.com/v11.0/5550003", 200, user)
    assert got.state is FOUND, (got.reason, got.evidence)
    assert (got.fields.display_name, got.fields.platform_id) == ("Jane Roe", "5550003")
    assert read("facebook", "https://graph.facebook.com/v11.0/5550009", 200, user).state is not FOUND


def test_gzip_bombs_and_nested_gzip_are_not_unpacked():
    import gzip

    from crawler.extract.captures import MAX_UNZIPPED, recorded_answers

    bomb = gzip.compress(b"\0" * (MAX_UNZIPPED + 1))
    [got] = recorded_answers(bomb)
    assert got.body == bomb  # read as it is, never inflated past the limit
    nested = gzip.compress(gzip.compress(b"<html></html>"))
    [got] = recorded_answers(nested)
    assert got.body == nested
    cut = gzip.compress(b"<html>" + b"x" * 5000 + b"</html>")[:-20]
    assert recorded_answers(cut)[0].body == cut


# ------------------------------------------- shapes met in the sealed batch of 2026-12-05 (fixed after its blind run)

TME_S = """<!DOCTYPE html><html><head><meta property="og:title" content="Harbour Ferries">
<meta property="og:description" content="Timetables and service news"></head><body>
<header class="tgme_header"><div class="tgme_header_info"><div class="tgme_header_title"><span dir="auto">Harbour Ferries</span></div>
<div class="tgme_header_counter">4.2K subscribers</div></div></header>
<div class="tgme_channel_info"><div class="tgme_channel_info_header">
 <i class="tgme_page_photo_image"><img src="https://cdn1.telegram-cdn.org/file/ferry.jpg"></i>
 <div class="tgme_channel_info_header_title_wrap"><div class="tgme_channel_info_header_title"><span dir="auto">Harbour Ferries</span></div>
 <div class="tgme_channel_info_header_labels">{labels}</div></div>
 <div class="tgme_channel_info_header_username"><a href="https://t.me/harbourferries">@harbourferries</a></div></div>
<div class="tgme_channel_info_counters">
 <div class="tgme_channel_info_counter"><span class="counter_value">4.2K</span> <span class="counter_type">subscribers</span></div>
 <div class="tgme_channel_info_counter"><span class="counter_value">310</span> <span class="counter_type">photos</span></div></div>
<div class="tgme_channel_info_description">Timetables from <a href="https://ferries.example/" target="_blank">ferries.example</a><br/>Bot: <a href="https://t.me/ferrybot">@ferrybot</a></div>
</div><div class="tgme_widget_message_wrap">a post</div></body></html>"""


@pytest.mark.parametrize(("labels", "verified"), [("", False), ('<i class="verified-icon"></i>', True)])
def test_telegram_channel_preview_page_is_read(labels, verified):
    """t.me/s/<channel>: the header card has its own classes; the counter is abbreviated, the
    site is a link whose text is the bare domain, links to other chats are no outside site."""
    got = read("telegram", "https://t.me/s/harbourferries", 200, TME_S.replace("{labels}", labels))
    assert got.state is FOUND and got.handle == "harbourferries"
    f = got.fields
    assert (f.display_name, f.followers, f.verified, f.category) == ("Harbour Ferries", 4200, verified, "channel")
    assert f.external_links == ("https://ferries.example/",)
    assert f.bio.startswith("Timetables from ferries.example")


FB_2023 = """<html><head><title>Lakeside Bakery | Facebook</title>
<link rel="canonical" href="https://www.facebook.com/lakeside.bakery">
<meta property="og:title" content="Lakeside Bakery">
<meta property="og:description" content="Lakeside Bakery, Duluth. 12,480 likes · 310 talking about this · 95 were here. Bread baked before dawn.">
<meta property="og:url" content="https://www.facebook.com/lakeside.bakery">
<meta property="al:android:url" content="fb://profile/100061234567890"></head>
<body><a href="https://www.facebook.com/lakeside.bakery/followers/" role="link">13K followers</a></body></html>"""


def test_facebook_2023_page_followers_and_bio_after_the_counters():
    """The new pages layout: followers as shown ('13K followers'), not the likes; the bio is
    the intro after the description's counters; dotted vanity names compare without dots."""
    got = read("facebook", "https://www.facebook.com/lakeside.bakery", 200, FB_2023)
    assert got.state is FOUND
    assert CAT["facebook"].canonical(got.handle) == CAT["facebook"].canonical("lakeside.bakery")
    f = got.fields
    assert (f.followers, f.bio, f.platform_id) == (13000, "Bread baked before dawn.", "100061234567890")


def test_facebook_old_pages_layout_without_vanity_name():
    """/pages/<name>/<id> of the old layout: no Open Graph; the name is the h1 (the title
    adds the category), the id is in the canonical URL, the bio follows '66 likes.'."""
    body = """<html><head><title id="pageTitle">Riverside Choir - Community Organization | Facebook</title>
    <meta name="description" content="Riverside Choir. 212 likes. We sing every Thursday at the old mill.">
    <meta name="robots" content="noindex">
    <link rel="canonical" href="https://www.facebook.com/pages/Riverside-Choir/204455667788990"></head>
    <body><h1 itemprop="name">Riverside Choir</h1></body></html>"""
    got = read("facebook", "https://www.facebook.com/pages/Riverside-Choir/204455667788990", 200, body)
    assert got.state is FOUND and got.handle == "204455667788990"
    f = got.fields
    assert (f.display_name, f.platform_id) == ("Riverside Choir", "204455667788990")
    assert f.bio == "We sing every Thursday at the old mill."


def test_facebook_login_wall_with_a_followers_link_is_never_found():
    body = FB_2023.replace("https://www.facebook.com/lakeside.bakery\"", "https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Flakeside.bakery\"").replace("<title>Lakeside Bakery | Facebook", "<title>Log into Facebook")
    got = read("facebook", "https://www.facebook.com/lakeside.bakery", 200, body)
    assert got.state is UNVERIFIABLE, (got.state, got.reason)


def test_graph_api_v1_page_short_about_is_the_bio_and_old_hyphen_names_are_handles():
    body = {"id": "61234567890", "name": "Harley Motors", "username": "harley-motors", "likes": 412000,
            "about": "Official page of Harley Motors.", "link": "https://www.facebook.com/harley-motors",
            "description": "Founded in 1903 in a small shed, Harley Motors has built motorcycles for more than a century and ...",
            "website": "http://www.harley-motors.example", "category": "Company"}
    got = read("facebook", "https://graph.facebook.com/v1.0/harley-motors", 200, body)
    assert got.state is FOUND and got.handle == "harley-motors"
    f = got.fields
    assert (f.bio, f.followers, f.platform_id) == ("Official page of Harley Motors.", 412000, "61234567890")
    assert CAT["facebook"].is_valid("harley-motors") and not CAT["facebook"].is_valid("-harley")
    # a grandfathered name is read, but never made as a variant to probe (nobody can register one)
    import re
    assert re.fullmatch(CAT["facebook"].handle.pattern, "harley-motors") is None


def test_youtube_channel_page_cut_to_its_head_takes_the_custom_url_as_handle():
    body = """<html><head><link rel="canonical" href="https://www.youtube.com/channel/UCaaaaaaaaaaaaaaaaaaaaa1">
    <link rel="alternate" media="handheld" href="https://m.youtube.com/c/TrainSpotterJo">
    <meta property="og:title" content="TrainSpotterJo"><meta property="og:type" content="profile">
    <meta property="og:description" content="Steam trains, every Sunday.">
    <meta property="og:url" content="https://www.youtube.com/channel/UCaaaaaaaaaaaaaaaaaaaaa1"></head><body></body></html>"""
    got = read("youtube", "https://www.youtube.com/channel/UCaaaaaaaaaaaaaaaaaaaaa1", 200, body)
    assert got.state is FOUND and got.handle.casefold() == "trainspotterjo"
    assert (got.fields.display_name, got.fields.platform_id) == ("TrainSpotterJo", "UCaaaaaaaaaaaaaaaaaaaaa1")


IG_2022_SHELL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" />
<title>Fjord Kayaks (&#064;fjordkayaks) &#x2022; Instagram photos and videos</title>
<link rel="alternate" href="https://www.instagram.com/fjordkayaks/" hreflang="x-default" /></head>
<body><script type="application/json">{"require": [["PolarisProfileRoot.react"]], "actorID": "17840000000000001",
"props": {"id": "5550001", "page_logging": {"name": "profilePage", "params": {"page_id": "profilePage_5550001", "profile_id": "5550001"}}}}</script></body></html>"""


def test_instagram_2022_shell_is_read_from_its_title_and_page_logging():
    """The 2022 Polaris shell (logged in or not) has no Open Graph: the title names the
    profile, page_logging its id (the actorID is the viewer, never the profile)."""
    got = read("instagram", "https://www.instagram.com/fjordkayaks/", 200, IG_2022_SHELL, "fjordkayaks")
    assert got.state is FOUND and got.handle == "fjordkayaks"
    assert (got.fields.display_name, got.fields.platform_id) == ("Fjord Kayaks", "5550001")
    # another handle's title is a mismatch, not this profile
    other = read("instagram", "https://www.instagram.com/fjordkayak/", 200, IG_2022_SHELL, "fjordkayak")
    assert other.state is not FOUND
    login = IG_2022_SHELL.replace("Fjord Kayaks (&#064;fjordkayaks) &#x2022; Instagram photos and videos", "Login &#x2022; Instagram")
    assert read("instagram", "https://www.instagram.com/fjordkayaks/", 200, login, "fjordkayaks").state is UNVERIFIABLE


GDATA_V2 = """<?xml version='1.0' encoding='UTF-8'?><entry xmlns='http://www.w3.org/2005/Atom' xmlns:media='http://search.yahoo.com/mrss/' xmlns:gd='http://schemas.google.com/g/2005' xmlns:yt='http://gdata.youtube.com/schemas/2007'>
<id>tag:youtube.com,2008:user:bbbbbbbbbbbbbbbbbbbbb2</id><published>2008-03-01T10:00:00.000Z</published>
<title>Nordic Rail</title><summary>Trains across the north since 1921.</summary>
<link rel='alternate' type='text/html' href='http://www.youtube.com/channel/UCbbbbbbbbbbbbbbbbbbbbb2'/>
<author><name>Nordic Rail</name><uri>http://gdata.youtube.com/feeds/api/users/NordicRail</uri></author>
<yt:channelId>UCbbbbbbbbbbbbbbbbbbbbb2</yt:channelId>
<gd:feedLink rel='http://gdata.youtube.com/schemas/2007#user.favorites' href='x' countHint='12'/>
<gd:feedLink rel='http://gdata.youtube.com/schemas/2007#user.uploads' href='y' countHint='88'/>
<yt:statistics lastWebAccess='1970-01-01T00:00:00.000Z' subscriberCount='5120' viewCount='900000' totalUploadViews='1200000'/>
<media:thumbnail url='http://lh3.googleusercontent.com/photo.jpg'/>
<yt:username display='Nordic Rail'>nordicrail</yt:username></entry>"""


def test_youtube_gdata_v2_user_entry_is_read():
    got = read("youtube", "http://gdata.youtube.com/feeds/api/users/nordicrail?v=2", 200, GDATA_V2)
    assert got.state is FOUND and got.handle == "nordicrail"
    f = got.fields
    assert (f.display_name, f.bio, f.followers, f.posts, f.platform_id) == (
        "Nordic Rail", "Trains across the north since 1921.", 5120, 88, "UCbbbbbbbbbbbbbbbbbbbbb2")


def test_xml_with_a_document_type_is_never_parsed():
    bomb = GDATA_V2.replace("<entry", "<!DOCTYPE entry [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]><entry", 1)
    got = read("youtube", "http://gdata.youtube.com/feeds/api/users/nordicrail?v=2", 200, bomb)
    assert got.state is not FOUND


@pytest.mark.parametrize("body", [
    {"firstName": "Ada", "lastName": "Quinlan", "headline": "Harbour pilot",
     "siteStandardProfileRequest": {"url": "https://www.linkedin.com/profile/view?id=1234&authType=name"}},
    """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<person><first-name>Ada</first-name><last-name>Quinlan</last-name><headline>Harbour pilot</headline></person>""",
])
def test_linkedin_api_v1_person_named_only_by_the_request_url(body):
    """API v1 people/url=<public profile URL>: the answer holds no handle; the request's
    encoded profile URL names it (JSON and the default XML alike)."""
    url = "https://api.linkedin.com/v1/people/url=http:%2F%2Fwww.linkedin.com%2Fin%2Fadaquinlan?format=json"
    got = read("linkedin", url, 200, body)
    assert got.state is FOUND and got.handle == "in/adaquinlan"
    assert got.fields.display_name == "Ada Quinlan"


def test_go_account_record_with_identity_and_profile_children():
    """A Go tool's account record (Bluesky's automod capture): exported field names, the
    identity and the profile in child objects beside the counts, posts after it."""
    body = {"capturedAt": "2024-03-01T10:00:00Z", "accountMeta": {
        "Identity": {"DID": "did:plc:abcdefghijklmnopqrstuvwx", "Handle": "tidewater.example",
                     "AlsoKnownAs": ["at://tidewater.example"]},
        "Profile": {"HasAvatar": False, "Description": "Ferry times and harbour news.",
                    "DisplayName": "Tidewater Ferries"},
        "FollowersCount": 812, "FollowsCount": 40, "PostsCount": 1203, "Takendown": False},
        "postRecords": [{"uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/1",
                         "value": {"text": "Hello @someone.else", "createdAt": "2024-02-01T00:00:00Z"}}]}
    got = read("bluesky", "https://bsky.app/profile/tidewater.example", 200, body)
    assert got.state is FOUND and got.handle == "tidewater.example"
    f = got.fields
    assert (f.display_name, f.bio, f.followers, f.following, f.posts, f.platform_id) == (
        "Tidewater Ferries", "Ferry times and harbour news.", 812, 40, 1203,
        "did:plc:abcdefghijklmnopqrstuvwx")


def test_x_account_named_like_the_platform_is_a_profile():
    """@X and @Twitter are accounts like any other (no reserved path word)."""
    got = read("x", "https://api.x.com/2/users/by/username/X", 200, {"data": {"id": "4242", "name": "X", "username": "X"}})
    assert got.state is FOUND and got.handle == "x" and got.fields.platform_id == "4242"


@pytest.mark.parametrize(("url", "body", "platform"), [
    ("file:///saved", '\ufeff{"id": 7, "username": "kai", "acct": "kai", "note": "see https://twitter.com/kai and https://twitter.com/k2"}', "mastodon"),
    ("file:///saved", '{"request":"\\/1\\/users\\/show.json","error":"Not authorized"}', "x"),
    ("file:///saved", '{"message": "Not Found", "documentation_url": "https://docs.github.com/rest/users/users#get-a-user"}', "github"),
    ("file:///saved", '{"id": "abc", "localizedFirstName": "Ada", "firstName": {"localized": {"de_DE": "Ada"}, "preferredLocale": {"country": "DE", "language": "de"}}}', "linkedin"),
    ("file:///saved", '{"data": {"userData": {"user": {"username": "kai", "biography": "hi", "follower_count": 3}}}}', "threads"),
    ("https://api.twitter.com/2/users/by/username/kai", '{"data": {"id": "1", "name": "Kai", "username": "kai"}}', "x"),
])
def test_auto_detection_of_answers_that_name_their_platform_by_shape(url, body, platform):
    from crawler.extract.detect import detect_platform

    assert detect_platform(CAT, url, body.encode("utf-8")) == platform


def test_wordpress_http_api_answer_array_is_unwrapped():
    from crawler.extract.captures import recorded_answers

    saved = json.dumps({"headers": {"content-type": "application/activity+json"},
                        "body": json.dumps({"type": "Person", "preferredUsername": "ola"}),
                        "response": {"code": 410, "message": "Gone"}, "cookies": []})
    [got] = recorded_answers(saved.encode())
    assert (got.url, got.status, got.headers["content-type"]) == (None, 410, "application/activity+json")
    assert json.loads(got.body)["preferredUsername"] == "ola"


@pytest.mark.parametrize("kind", ["Group", "Service", "Person", "Organization", "Application"])
def test_activitypub_actor_of_another_server_that_set_nothing(kind):
    """An actor of any server type with only its name and inbox (a Lemmy user, a PeerTube
    channel, a community that set no title or summary) is an account: user@server."""
    body = {"@context": ["https://www.w3.org/ns/activitystreams"], "type": kind,
            "id": "https://forum.example.org/c/harbourlife", "preferredUsername": "harbourlife",
            "inbox": "https://forum.example.org/c/harbourlife/inbox",
            "published": "2024-01-02T03:04:05Z"}
    got = read("mastodon", "https://forum.example.org/c/harbourlife", 200, body)
    assert got.state is FOUND and got.handle == "harbourlife@forum.example.org"


def test_a_bare_key_and_inbox_without_an_actor_type_is_no_account():
    body = {"type": "Note", "id": "https://forum.example.org/n/1", "preferredUsername": "x1",
            "inbox": "https://forum.example.org/inbox"}
    got = read("mastodon", "https://forum.example.org/n/1", 200, body)
    assert got.state is not FOUND


def test_linkedin_api_v2_me_with_localized_name_objects():
    """API v2 /me: first and last name as localized objects, read in the preferred locale."""
    body = {"id": "yQ3a9Xk2Lp",
            "firstName": {"localized": {"fr_FR": "Hélène", "de_DE": "Helene"}, "preferredLocale": {"country": "DE", "language": "de"}},
            "lastName": {"localized": {"fr_FR": "Roux", "de_DE": "Roux"}, "preferredLocale": {"country": "DE", "language": "de"}},
            "profilePicture": {"displayImage": "urn:li:digitalmediaAsset:C4E03AQFabc"}}
    got = read("linkedin", "https://api.linkedin.com/v2/me", 200, body)
    assert got.state is FOUND and got.fields.display_name == "Helene Roux"


def test_mastodon_note_link_reads_as_shown_without_its_invisible_parts():
    from crawler.extract.values import html_to_text

    note = ('<p>Maps at <a href="https://example.org/maps/north" rel="nofollow noopener" target="_blank">'
            '<span class="invisible">https://</span><span class="">example.org/maps/north</span>'
            '<span class="invisible"></span></a> and more</p>')
    assert html_to_text(note) == "Maps at example.org/maps/north and more"
    got = read("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=mapper", 200,
               {"id": "5", "username": "mapper", "acct": "mapper", "display_name": "Mapper", "note": note})
    assert got.fields.bio == "Maps at example.org/maps/north and more"
