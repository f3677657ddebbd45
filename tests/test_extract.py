"""Page objects on small realistic bodies: found / not found / each unverifiable case, fields,
decoding, caps, and a fuzz test that no input crashes an extractor."""

# ruff: noqa: E501  (realistic page bodies are long lines)
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.catalog import load_catalog
from crawler.extract import read_profile, read_search
from crawler.extract.decode import decode_body
from crawler.extract.values import parse_count, to_datetime, to_url
from matching.models import ProbeState

FOUND, NOT_FOUND, UNVERIFIABLE = ProbeState.FOUND, ProbeState.NOT_FOUND, ProbeState.UNVERIFIABLE
CAT = load_catalog()


def read(platform, url, status, body, handle=None, headers=None):
    if isinstance(body, dict | list):
        body = json.dumps(body).encode()
    elif isinstance(body, str):
        body = body.encode()
    return read_profile(CAT[platform], url, status, headers or {}, body, handle)


# ----------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.2M Followers", 1_200_000),
        ("52.1k", 52_100),
        ("1,211 Posts", 1211),
        ("4,69 M de suscriptores", 4_690_000),
        ("6,8 K vídeos", 6800),
        ("82 932 subscribers", 82_932),
        ("14 035 members, 5 791 online", 14_035),
        ("5,750 followers on LinkedIn", 5750),
        ("1.211", 1211),
        ("12", 12),
        ("-5", None),
        ("no digits", None),
        (-3, None),
        (True, None),
        ("99999999999999999", None),
    ],
)
def test_parse_count(text, value):
    assert parse_count(text) == value


def test_value_helpers():
    assert to_datetime("Sat Dec 14 04:35:55 +0000 2013") == "2013-12-14T04:35:55+00:00"
    assert to_datetime("2023-05-11T21:21:33.660Z") == "2023-05-11T21:21:33+00:00"
    assert to_datetime(1322552953) == "2011-11-29T07:49:13+00:00"
    assert to_datetime("yesterday") is None
    assert to_url("twitch.tv/x") == "https://twitch.tv/x"
    assert to_url("javascript:alert(1)") is None
    assert to_url("https://a.example/?a=1&amp;b=2") == "https://a.example/?a=1&b=2"


def test_decoding_never_crashes():
    turkish = "Kahve Dükkânı şğİ".encode("cp1254")
    assert (
        decode_body(turkish, {"Content-Type": "text/html; charset=windows-1254"})[0]
        == "Kahve Dükkânı şğİ"
    )
    meta = b'<html><head><meta charset="windows-1254"></head><body>' + turkish + b"</body></html>"
    assert "Dükkânı" in decode_body(meta, {})[0]
    text, notes = decode_body(turkish, {"Content-Type": "text/html; charset=utf-8"})  # a lie
    assert "Kahve" in text and "charset_mismatch" in notes
    assert decode_body(b"abc", {"content-type": "text/html; charset=nonsense-9"})[0] == "abc"
    assert decode_body(None, None)[0] == ""


# ----------------------------------------------------------------------------- GitHub

GH_USER = {
    "login": "NorthwindCoffee",
    "id": 42,
    "name": "Northwind",
    "bio": "Coffee",
    "avatar_url": "https://avatars.githubusercontent.com/u/42?v=4",
    "followers": 12,
    "following": -1,
    "public_repos": 3,
    "blog": "northwindcoffee.com",
    "type": "Organization",
    "twitter_username": "NorthwindCare",
    "created_at": "2015-01-02T03:04:05Z",
}


def test_github_api():
    url = CAT["github"].request_for("api", "northwindcoffee")["url"]  # the probe with a token
    r = read("github", url, 200, GH_USER, "northwindcoffee")
    assert r.state is FOUND and r.handle == "northwindcoffee"
    f = r.fields
    assert (f.display_name, f.followers, f.following, f.posts) == ("Northwind", 12, None, 3)
    assert f.external_links == ("https://northwindcoffee.com", "https://x.com/NorthwindCare")
    assert f.category == "Organization" and f.platform_id == "42"
    assert f.created_at == "2015-01-02T03:04:05+00:00"
    missing = read(
        "github", url, 404, {"message": "Not Found", "documentation_url": "x"}, "northwindcoffee"
    )
    assert missing.state is NOT_FOUND and missing.fields.display_name is None
    limited = read(
        "github",
        url,
        403,
        {"message": "API rate limit exceeded"},
        "northwindcoffee",
        {"x-ratelimit-remaining": "0"},
    )
    assert (limited.state, limited.reason) == (UNVERIFIABLE, "rate_limited")
    # 200 for a different login (renamed account): not a proof about the probed handle
    other = read("github", url, 200, dict(GH_USER, login="someoneelse"), "northwindcoffee")
    assert (other.state, other.reason) == (UNVERIFIABLE, "handle_mismatch")
    assert read("github", url, 502, b"<html>Bad gateway</html>", "x").reason == "server_error"
    assert read("github", url, 404, b"<html>Unicorn</html>", "x").reason == "unrecognised_page"


# ----------------------------------------------------------------------------- Bluesky, Mastodon

BSKY = {
    "did": "did:plc:abc",
    "handle": "northwind.bsky.social",
    "displayName": "Northwind",
    "description": "Official. Shop: https://northwindcoffee.com/shop",
    "followersCount": 10,
    "followsCount": 2,
    "postsCount": 5,
    "createdAt": "2024-01-01T00:00:00.000Z",
    "verification": {"verifiedStatus": "valid"},
}


def test_bluesky_api():
    url = CAT["bluesky"].probe_url("northwind")
    r = read("bluesky", url, 200, BSKY, "northwind")
    assert r.state is FOUND
    assert r.fields.external_links == ("https://northwindcoffee.com/shop",)
    assert r.fields.verified is True and r.fields.platform_id == "did:plc:abc"
    gone = read(
        "bluesky",
        url,
        400,
        {"error": "InvalidRequest", "message": "Profile not found"},
        "northwind",
    )
    assert gone.state is NOT_FOUND
    odd = read(
        "bluesky",
        url,
        400,
        {"error": "InvalidRequest", "message": "Error: actor must be a valid did"},
    )
    assert (odd.state, odd.reason) == (UNVERIFIABLE, "unrecognised_page")


MASTO = {
    "id": "109",
    "username": "northwind",
    "acct": "northwind",
    "display_name": "Northwind",
    "note": "<p>Coffee &amp; more<br/>since 1990</p>",
    "avatar": "https://files.example/a.png",
    "locked": False,
    "bot": False,
    "followers_count": 7,
    "following_count": 1,
    "statuses_count": 3,
    "created_at": "2022-11-01T00:00:00.000Z",
    "last_status_at": "2025-01-02",
    "fields": [
        {
            "name": "Web",
            "value": '<a href="https://northwindcoffee.com" rel="me">x</a>',
            "verified_at": "2023-01-01T00:00:00Z",
        },
        {"name": "Shop", "value": '<a href="https://shop.example">y</a>', "verified_at": None},
    ],
}


def test_mastodon_lookup():
    url = CAT["mastodon"].probe_url("northwind")
    r = read("mastodon", url, 200, MASTO, "northwind")
    assert r.state is FOUND
    assert r.fields.bio == "Coffee & more\nsince 1990"
    assert r.fields.verified_links == ("https://northwindcoffee.com",)
    assert set(r.fields.external_links) == {"https://northwindcoffee.com", "https://shop.example"}
    assert r.fields.last_active_at == "2025-01-02T00:00:00+00:00"
    assert read("mastodon", url, 404, {"error": "Record not found"}, "northwind").state is NOT_FOUND
    assert (
        read("mastodon", url, 429, {"error": "Too many requests"}, "northwind").reason
        == "rate_limited"
    )


# ----------------------------------------------------------------------------- Telegram

TG_FOUND = """<html><head><meta property="og:title" content="Northwind Coffee">
<meta property="og:description" content="Official channel&#33;\tNews">
<meta property="og:image" content="https://cdn4.telegram-cdn.org/file/a.jpg"></head><body>
<div class="tgme_page_photo"><img class="tgme_page_photo_image" src="https://cdn4.telegram-cdn.org/file/a.jpg"></div>
<div class="tgme_page_title"><span dir="auto">Northwind Coffee</span></div>
<div class="tgme_page_extra">12 345 subscribers</div>
<div class="tgme_page_description">Official channel!<br/>News</div></body></html>"""
TG_MISSING = """<html><head><meta property="og:title" content="Telegram: Contact @northwindx">
<meta property="og:image" content="https://telegram.org/img/t_logo.png">
<meta name="robots" content="noindex, nofollow"></head><body><div class="tgme_page_icon"></div>
If you have <strong>Telegram</strong>, you can contact <a class="tgme_username_link">@northwindx</a>
</body></html>"""


def test_telegram():
    r = read("telegram", "https://t.me/northwindcoffee", 200, TG_FOUND, "northwindcoffee")
    assert r.state is FOUND
    assert r.fields.followers == 12345 and r.fields.verified is False
    assert r.fields.bio == "Official channel!\nNews" and r.fields.category == "channel"
    assert (
        read("telegram", "https://t.me/northwindx", 200, TG_MISSING, "northwindx").state
        is NOT_FOUND
    )
    weird = read(
        "telegram", "https://t.me/northwindx", 200, "<html><body>maintenance</body></html>"
    )
    assert weird.state is UNVERIFIABLE


# ----------------------------------------------------------------------------- Instagram

IG_PAGE = """<html><head><title>Northwind (&#064;northwindcoffee) &#x2022; Instagram photos and videos</title>
<meta property="og:title" content="Northwind (&#064;northwindcoffee) &#x2022; Instagram photos and videos">
<meta property="og:description" content="2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Northwind (&#064;northwindcoffee)">
<meta name="description" content="2,362 Followers, 136 Following, 224 Posts - Northwind (&#064;northwindcoffee) on Instagram: &quot;Roasting since 1990&quot;">
<meta property="og:url" content="https://www.instagram.com/northwindcoffee/">
<meta property="og:image" content="https://scontent.cdninstagram.com/a.jpg?oe=1"></head></html>"""


def test_instagram_page_meta_with_entities():
    url = CAT["instagram"].profile_url("northwindcoffee")
    r = read("instagram", url, 200, IG_PAGE, "northwindcoffee")
    assert r.state is FOUND
    f = r.fields
    assert (f.display_name, f.followers, f.following, f.posts) == ("Northwind", 2362, 136, 224)
    assert f.bio == "Roasting since 1990"
    missing = read("instagram", url, 200, '<script>{"routePath":null}</script>', "northwindcoffee")
    assert missing.state is NOT_FOUND
    login = read("instagram", url, 200, "<html><title>Login \u2022 Instagram</title></html>", "x")
    assert (login.state, login.reason) == (UNVERIFIABLE, "login_wall")
    redirect = read(
        "instagram", url, 302, "", "x", {"Location": "https://www.instagram.com/accounts/login/"}
    )
    assert (redirect.state, redirect.reason) == (UNVERIFIABLE, "login_wall")


def test_instagram_api():
    url = CAT["instagram"].probe_url("northwindcoffee")
    user = {
        "username": "northwindcoffee",
        "full_name": "Northwind",
        "biography": "b",
        "edge_followed_by": {"count": 5},
        "edge_follow": {"count": 1},
        "edge_owner_to_timeline_media": {"count": 2},
        "is_verified": True,
        "is_private": False,
        "external_url": "https://northwindcoffee.com",
        "id": "77",
        "profile_pic_url_hd": "https://c/a.jpg",
    }
    r = read("instagram", url, 200, {"data": {"user": user}, "status": "ok"}, "northwindcoffee")
    assert r.state is FOUND and r.fields.verified is True and r.fields.followers == 5
    assert read("instagram", url, 404, b"", "northwindcoffee").state is NOT_FOUND
    ua = read("instagram", url, 400, {"message": "useragent mismatch", "status": "fail"}, "x")
    assert (ua.state, ua.reason) == (UNVERIFIABLE, "bot_block")
    wait = read(
        "instagram", url, 401, {"message": "Please wait a few minutes before you try again."}, "x"
    )
    assert wait.state is UNVERIFIABLE and wait.reason == "rate_limited"


# ----------------------------------------------------------------------------- TikTok, X, YouTube


def test_tiktok_oembed():
    url = CAT["tiktok"].probe_url("northwind")
    body = {
        "version": "1.0",
        "type": "rich",
        "title": "Northwind's Creator Profile",
        "author_url": "https://www.tiktok.com/@northwind",
        "author_name": "Northwind",
    }
    r = read("tiktok", url, 200, body, "northwind")
    assert r.state is FOUND and r.fields.display_name == "Northwind"
    assert (
        read("tiktok", url, 400, {"message": "Something went wrong", "code": 400}, "x").state
        is NOT_FOUND
    )
    captcha = read(
        "tiktok", CAT["tiktok"].enrich_url("x"), 200, '<div id="tiktok-verify-page"></div>', "x"
    )
    assert captcha.reason == "captcha"


def test_x_availability_is_existence_only():
    url = CAT["x"].probe_url("NorthwindCare")
    taken = read(
        "x", url, 200, {"valid": False, "reason": "taken", "msg": "Username has been taken!"}, "x"
    )
    assert taken.state is FOUND and taken.fields.display_name is None
    free = read("x", url, 200, {"valid": True, "reason": "available", "msg": "Available!"}, "x")
    assert free.state is NOT_FOUND
    bad = read("x", url, 200, {"valid": False, "reason": "improper_format"}, "x")
    assert (bad.state, bad.reason) == (UNVERIFIABLE, "invalid_handle")


def test_x_page_og():
    body = """<html><head><meta content="profile" property="og:type" />
    <meta content="https://x.com/NorthwindCare" property="og:url" />
    <meta content="Northwind Care (@NorthwindCare) on X" property="og:title" />
    <meta content="We help." property="og:description" /></head><body><div id="react-root"></div></body></html>"""
    r = read("x", "https://x.com/NorthwindCare", 200, body, "northwindcare")
    assert r.state is FOUND and r.fields.display_name == "Northwind Care"
    shell = read(
        "x",
        "https://x.com/NorthwindCare",
        200,
        "<html><noscript>Please enable JavaScript</noscript></html>",
        "northwindcare",
    )
    assert (shell.state, shell.reason) == (UNVERIFIABLE, "js_shell")


def test_youtube():
    data = {
        "metadata": {
            "channelMetadataRenderer": {
                "title": "Northwind",
                "description": "Coffee",
                "externalId": "UC" + "a" * 22,
                "vanityChannelUrl": "http://www.youtube.com/@NorthwindCoffee",
            }
        },
        "header": {
            "c4TabbedHeaderRenderer": {
                "subscriberCountText": {"simpleText": "1.2K subscribers"},
                "badges": [{"metadataBadgeRenderer": {"style": "BADGE_STYLE_TYPE_VERIFIED"}}],
            }
        },
    }
    body = f"<html><script>var ytInitialData = {json.dumps(data)};</script></html>"
    url = CAT["youtube"].probe_url("NorthwindCoffee")
    r = read("youtube", url, 200, body, "northwindcoffee")
    assert r.state is FOUND and r.fields.followers == 1200 and r.fields.verified is True
    assert (
        read("youtube", url, 404, "<html><title>404 Not Found</title></html>", "x").state
        is NOT_FOUND
    )
    consent = read(
        "youtube", url, 302, "", "x", {"Location": "https://consent.youtube.com/m?continue=x"}
    )
    assert (consent.state, consent.reason) == (UNVERIFIABLE, "consent_wall")
    broken = "<html><script>var ytInitialData = {not json;</script></html>"
    assert (
        read("youtube", url, 200, broken, "x").state is UNVERIFIABLE
    )  # invalid JSON: rule skipped


# ----------------------------------------------------------------------------- LinkedIn, FB, others


@pytest.mark.parametrize(
    ("platform", "status", "body", "reason"),
    [
        ("linkedin", 999, "<html>Request denied</html>", "bot_block"),
        ("facebook", 400, "<html><title>Error</title></html>", "bot_block"),
        ("reddit", 403, "<html>blocked</html>", "bot_block"),
        ("pinterest", 200, "<html><title>Just a moment...</title></html>", "waf"),
        ("threads", 200, "<html><title>Threads \u2022 Log in</title></html>", "login_wall"),
        ("github", 200, '<form id="challenge-form"></form>', "captcha"),
        ("tiktok", 503, "", "server_error"),
    ],
)
def test_unverifiable_fingerprints(platform, status, body, reason):
    p = CAT[platform]
    url = p.probe_url("northwindcoffee") or p.profile_url("northwindcoffee")
    r = read(platform, url, status, body, "northwindcoffee")
    assert (r.state, r.reason) == (UNVERIFIABLE, reason)


def test_facebook_soft_404_and_found():
    url = CAT["facebook"].probe_url("northwindcoffee")
    soft = '<html><title>Facebook</title><script>"This content isn\'t available right now"</script></html>'
    assert read("facebook", url, 200, soft, "northwindcoffee").state is NOT_FOUND
    page = """<html><head><meta property="og:title" content="Northwind Coffee">
    <meta property="og:url" content="https://www.facebook.com/Northwind.Coffee/">
    <meta property="og:description" content="Northwind Coffee. 1,234 likes &#xb7; 5 talking about this. Roasters.">
    </head></html>"""
    r = read("facebook", url, 200, page, "northwindcoffee")
    assert r.state is FOUND and r.fields.followers == 1234 and r.fields.bio == "Roasters."


def test_pinterest_redirect_home_is_not_found():
    url = CAT["pinterest"].probe_url("northwindx")
    r = read("pinterest", url, 301, "", "northwindx", {"Location": "https://www.pinterest.com/"})
    assert r.state is NOT_FOUND


def test_reddit_about():
    url = CAT["reddit"].probe_url("northwind")
    body = {
        "kind": "t2",
        "data": {
            "name": "Northwind",
            "id": "abc",
            "created_utc": 1322552953.0,
            "icon_img": "https://styles.redditmedia.com/a.png?width=256&amp;s=1",
            "subreddit": {"title": "Northwind", "public_description": "coffee", "subscribers": 4},
        },
    }
    r = read("reddit", url, 200, body, "northwind")
    assert (
        r.state is FOUND
        and r.fields.avatar_url == "https://styles.redditmedia.com/a.png?width=256&s=1"
    )
    assert (
        read("reddit", url, 404, {"message": "Not Found", "error": 404}, "northwind").state
        is NOT_FOUND
    )


# ----------------------------------------------------------------------------- caps and robustness


def test_huge_bio_is_truncated_and_recorded():
    body = dict(GH_USER, bio="x" * 1_000_000)
    r = read("github", CAT["github"].request_for("api", "northwindcoffee")["url"], 200, body,
             "northwindcoffee")
    assert r.state is FOUND and len(r.fields.bio) == 10_000
    assert "bio" in r.evidence["truncated"]


def test_unknown_url_tries_every_view():
    r = read("github", "file:///saved.json", 200, GH_USER, None)
    assert r.state is FOUND and r.handle == "northwindcoffee"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.binary(max_size=600)
    | st.builds(lambda b: b'<html><meta charset="' + b[:12] + b'">' + b, st.binary(max_size=300))
    | st.builds(lambda b: b'{"data": {"user": ' + b, st.binary(max_size=300)),
    status=st.sampled_from([0, 200, 301, 400, 404, 429, 999]),
    charset=st.sampled_from(["utf-8", "windows-1254", "utf-16", "bogus", ""]),
)
def test_random_bytes_never_crash(body, status, charset):
    """Every platform's page object survives any bytes (one test: pytest-twisted wraps tests)."""
    for platform in CAT.values():
        url = platform.probe_url("northwind") or platform.profile_url("northwind")
        headers = {"Content-Type": f"text/html; charset={charset}", "Location": "/x"}
        r = read_profile(platform, url, status, headers, body, "northwind")
        assert r.state in (FOUND, NOT_FOUND, UNVERIFIABLE)
        assert r.reason != "extractor_error", (platform.name, r.evidence)


@settings(max_examples=40, deadline=None)
@given(
    doc=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
        max_leaves=20,
    )
)
def test_random_json_never_crashes(doc):
    for name in ("github", "bluesky", "mastodon", "instagram", "x"):
        p = CAT[name]
        r = read_profile(
            p, p.probe_url("northwind"), 200, {}, json.dumps(doc).encode(), "northwind"
        )
        assert r.reason != "extractor_error", r.evidence


# ----------------------------------------------------------------------------- search


def test_bluesky_search_paging():
    p = CAT["bluesky"]
    url = p.search_url("northwind")
    body = json.dumps({"actors": [BSKY, {"handle": "other.bsky.social"}], "cursor": "25"}).encode()
    res = read_search(p, url, 200, {}, body)
    assert res.state is FOUND and [h.handle for h in res.results] == [
        "northwind.bsky.social",
        "other.bsky.social",
    ]
    assert res.results[0].url == "https://bsky.app/profile/northwind.bsky.social"
    assert res.next_url and res.next_url.endswith("cursor=25")
    last = read_search(p, res.next_url, 200, {}, b'{"actors": []}')
    assert last.results == [] and last.next_url is None
    assert read_search(p, url, 429, {}, b"").reason == "rate_limited"
    assert read_search(p, url, 200, {}, b"<html>").state is UNVERIFIABLE


def test_github_and_mastodon_search():
    gh = CAT["github"]
    body = {
        "total_count": 1,
        "items": [
            {
                "login": "NorthwindCoffee",
                "html_url": "https://github.com/NorthwindCoffee",
                "type": "Organization",
                "id": 1,
            }
        ],
    }
    res = read_search(gh, gh.search_url("northwind"), 200, {}, json.dumps(body).encode())
    assert (
        res.results[0].handle == "northwindcoffee"
        and res.results[0].fields.category == "Organization"
    )
    assert res.next_url and "page=2" in res.next_url
    page2 = read_search(gh, res.next_url, 200, {}, json.dumps(body).encode())
    assert page2.next_url is None  # max_pages: 2
    ma = CAT["mastodon"]
    res = read_search(
        ma,
        ma.search_url("northwind"),
        200,
        {},
        json.dumps({"accounts": [dict(MASTO, acct="northwind@fosstodon.org")]}).encode(),
    )
    assert res.results[0].handle == "northwind@fosstodon.org"
    assert res.results[0].fields.bio == "Coffee & more\nsince 1990"


def test_undeclared_windows_1254_is_detected_not_replaced():
    from crawler.extract.decode import decode_body

    page = (
        '<html lang="tr"><head><title>Quillmark Türkiye</title></head><body><p>Resmi hesabımız. '
        "Şubelerimiz İstanbul'da, destek için bize yazın.</p></body></html>"
    ).encode("cp1254")
    assert b"charset" not in page
    text, notes = decode_body(page, {"Content-Type": "text/html"})
    assert "Şubelerimiz İstanbul" in text
    assert "detected" in notes["charset"]
