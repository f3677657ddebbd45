"""The generic layers on their own (the platforms' rules switched off, as on a page of an era no
rule was written for) and the word-level hints they use (crawler/extract/hints.py).

Every body here is written by hand with made-up accounts; it follows the shape of a real answer
(named in each test) without copying one, so the real captures in test_real_pages.py stay a
measurement rather than the test of the rule that reads them."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json

import pytest

from crawler.catalog import load_catalog
from crawler.extract import hints as H
from crawler.extract import read_profile, without_rules
from matching.models import ProbeState

FOUND, NOT_FOUND, UNVERIFIABLE = ProbeState.FOUND, ProbeState.NOT_FOUND, ProbeState.UNVERIFIABLE
CAT = load_catalog()
BARE = without_rules(CAT)


def read(platform, url, status, body, handle=None, catalog=BARE):
    if isinstance(body, dict | list):
        body = json.dumps(body).encode()
    elif isinstance(body, str):
        body = body.encode()
    return read_profile(catalog[platform], url, status, {}, body, handle)


# ----------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2.31M subscribers", ("followers", 2_310_000)),
        ("412 videos", ("posts", 412)),
        ("Followers: 8,4K", ("followers", 8_400)),
        ("3,4 Mio. Abonnenten", ("followers", 3_400_000)),
        ("1,2 mil seguidores", ("followers", 1_200)),
        ("2,7 M de suscriptores", ("followers", 2_700_000)),
        ("1,3 M d’abonnés", ("followers", 1_300_000)),
        ("4,1 millones de suscriptores", ("followers", 4_100_000)),
        ("4.6万 粉丝", ("followers", 46_000)),
        ("フォロワー 1.5万", ("followers", 15_000)),
        ("7 103 подписчика", ("followers", 7_103)),
        ("12,5 rb pengikut", ("followers", 12_500)),
        ("1.234 Beiträge", ("posts", 1_234)),
        ("318 following", ("following", 318)),
        ("9,120 likes", ("likes", 9_120)),
        ("Nordic Rail", None),
        ("2023", None),
    ],
)
def test_a_counter_in_many_ui_languages(text, want):
    assert H.exact_counter(text) == want


def test_counters_in_a_sentence_and_a_bio_without_them():
    desc = "5,120 Followers, 88 Following, 4,210 Posts - See photos and videos"
    assert H.counters_in(desc) == {"followers": 5120, "following": 88, "posts": 4210}
    page = "Lakeside Bakery. 2,410 likes · 31 talking about this · 12 were here. Bread since 1921."
    assert H.counters_in(page) == {"likes": 2410}
    assert H.name_before_counters(page) == "Lakeside Bakery"
    assert H.strip_counters(page, "Lakeside Bakery") == "Bread since 1921."
    # a bio that starts with numbers that count nothing a platform counts stays whole
    assert H.strip_counters("3 kids, 2 dogs, one bakery.", None) == "3 kids, 2 dogs, one bakery."


@pytest.mark.parametrize(
    ("label", "badge"),
    [("Nordic Rail, verified", True), ("Verified account", True), ("BADGE_STYLE_TYPE_VERIFIED", True),
     ("CHECK_CIRCLE_THICK", True), ("Verificado", True), ("Unverified", False), ("Get verified", False),
     ("Subscribe", False), ("Nordic Rail", False)],
)
def test_badge_labels(label, badge):
    assert H.is_badge(label) is badge


def test_link_out_wrappers_are_unwrapped_and_own_links_are_not_outside():
    own = CAT["youtube"].owns_host
    assert H.unwrap_link_out("https://www.youtube.com/redirect?event=channel_header&q=https%3A%2F%2Fnordicrail.example%2F", own) == "https://nordicrail.example/"
    assert H.unwrap_link_out("https://l.facebook.com/l.php?u=https%3A%2F%2Flakeside.example%2Fshop&h=AT0", CAT["facebook"].owns_host) == "https://lakeside.example/shop"
    assert H.unwrap_link_out("https://www.youtube.com/redirect?q=https%3A%2F%2Fwww.youtube.com%2F%40other", own) is None
    assert H.unwrap_link_out("https://nordicrail.example/?q=https%3A%2F%2Fx.example", own) is None


# ----------------------------------------------------------------------------- API answers


def _alert(text, kind="ERROR"):
    return {"responseContext": {"visitorData": "x"}, "header": {"c4TabbedHeaderRenderer": {"channelId": "UCaaaaaaaaaaaaaaaaaaaaaa", "avatar": {"thumbnails": [{"url": "https://yt3.example/default-user=s100"}]}}},
            "alerts": [{"alertRenderer": {"type": kind, "text": {"simpleText": text}}}]}


BROWSE = "https://www.youtube.com/youtubei/v1/browse?prettyPrint=false"


@pytest.mark.parametrize("catalog", [BARE, CAT], ids=["rules off", "rules on"])
def test_an_apps_error_alert_says_missing_or_terminated(catalog):
    got = read("youtube", BROWSE, 200, _alert("This channel does not exist."), catalog=catalog)
    assert got.state is NOT_FOUND
    got = read("youtube", BROWSE, 200, _alert("This account has been terminated for a violation of the Terms of Service."), catalog=catalog)
    assert (got.state, got.reason) == (NOT_FOUND, "terminated")


def test_an_info_alert_or_an_unknown_error_is_no_verdict():
    assert read("youtube", BROWSE, 200, _alert("This channel does not exist.", kind="INFO")).state is UNVERIFIABLE
    assert read("youtube", BROWSE, 200, _alert("Something went wrong, try again.")).state is UNVERIFIABLE


def _view_model_browse():
    """An InnerTube browse answer of the 2024- shape: the counts, the badge and the link only as
    display text of the page header; a listed channel's counts elsewhere."""
    return {
        "header": {"pageHeaderRenderer": {"pageTitle": "Nordic Rail", "content": {"pageHeaderViewModel": {
            "title": {"dynamicTextViewModel": {"text": {"content": "Nordic Rail"}, "rendererContext": {"accessibilityContext": {"label": "Nordic Rail, verified"}}}},
            "metadata": {"contentMetadataViewModel": {"metadataRows": [
                {"metadataParts": [{"text": {"content": "@nordicrail"}}]},
                {"metadataParts": [{"text": {"content": "2.31M subscribers"}}, {"text": {"content": "412 videos"}}]}]}},
            "attribution": {"attributionViewModel": {"text": {"content": "nordicrail.example and 2 more links", "commandRuns": [
                {"onTap": {"innertubeCommand": {"urlEndpoint": {"url": "https://www.youtube.com/redirect?event=channel_header&q=https%3A%2F%2Fnordicrail.example%2F"}}}}]}}}}}}},
        "metadata": {"channelMetadataRenderer": {"title": "Nordic Rail", "description": "Trains across the north.", "externalId": "UCbbbbbbbbbbbbbbbbbbbbbb",
                                                 "vanityChannelUrl": "http://www.youtube.com/@nordicrail", "avatar": {"thumbnails": [{"url": "https://yt3.example/a=s900"}]}}},
        "contents": {"twoColumnBrowseResultsRenderer": {"tabs": [{"tabRenderer": {"content": {"items": [
            {"gridChannelRenderer": {"title": {"simpleText": "Other Rail"}, "subscriberCountText": {"simpleText": "9.9M subscribers"}, "videoCountText": {"runs": [{"text": "7,001"}, {"text": " videos"}]}}}]}}}]}},
    }


def test_header_counters_badge_and_link_of_an_app_answer():
    got = read("youtube", BROWSE, 200, _view_model_browse())
    assert got.state is FOUND and got.handle == "nordicrail"
    f = got.fields
    assert (f.followers, f.posts, f.verified, f.platform_id) == (2_310_000, 412, True, "UCbbbbbbbbbbbbbbbbbbbbbb")
    assert f.external_links == ("https://nordicrail.example/",)


def test_a_header_without_a_badge_says_nothing_about_verification():
    body = _view_model_browse()
    body["header"]["pageHeaderRenderer"]["content"]["pageHeaderViewModel"]["title"]["dynamicTextViewModel"]["rendererContext"] = {}
    assert read("youtube", BROWSE, 200, body).fields.verified is None


# ----------------------------------------------------------------------------- pages


def _channel_page(state):
    return ('<html><head><title>Fjord Trains - YouTube</title><meta property="og:title" content="Fjord Trains">'
            '<meta property="og:url" content="https://www.youtube.com/channel/UCcccccccccccccccccccccc">'
            f'</head><body><script>var ytInitialData = {json.dumps(state)};</script></body></html>')


def test_a_page_named_by_its_id_reads_the_state_object_with_that_id():
    """The channel page's og:url names it by id (/channel/UC...), its state object by id and
    by its custom URL: the object is the page's own, its custom name is the handle, and the
    2018-style header gives the badge and the links."""
    state = {"metadata": {"channelMetadataRenderer": {"title": "Fjord Trains", "description": "Rail films.", "externalId": "UCcccccccccccccccccccccc",
                                                      "vanityChannelUrl": "http://www.youtube.com/c/FjordTrains"}},
             "header": {"c4TabbedHeaderRenderer": {"channelId": "UCcccccccccccccccccccccc", "title": "Fjord Trains",
                                                   "badges": [{"metadataBadgeRenderer": {"icon": {"iconType": "CHECK_CIRCLE_THICK"}, "style": "BADGE_STYLE_TYPE_VERIFIED", "tooltip": "Verificado"}}],
                                                   "subscriberCountText": {"simpleText": "48K subscribers"},
                                                   "headerLinks": {"channelHeaderLinksRenderer": {"primaryLinks": [
                                                       {"navigationEndpoint": {"urlEndpoint": {"url": "https://fjordtrains.example/"}}, "icon": {"thumbnails": [{"url": "https://s2.example/favicons?domain=fjordtrains.example"}]}, "title": {"simpleText": "Site"}}]}}}},
             "contents": {"items": [{"channelRenderer": {"channelId": "UCdddddddddddddddddddddd", "title": {"simpleText": "Other"}, "subscriberCountText": {"simpleText": "3M subscribers"}}}]}}
    got = read("youtube", "https://www.youtube.com/channel/UCcccccccccccccccccccccc", 200, _channel_page(state))
    assert got.state is FOUND and got.handle == "fjordtrains"
    f = got.fields
    assert (f.display_name, f.bio, f.platform_id, f.followers, f.verified) == ("Fjord Trains", "Rail films.", "UCcccccccccccccccccccccc", 48_000, True)
    assert f.external_links == ("https://fjordtrains.example/",)


def test_a_state_object_of_another_channel_is_not_read():
    state = {"metadata": {"channelMetadataRenderer": {"title": "Someone Else", "description": "Not us.", "externalId": "UCdddddddddddddddddddddd",
                                                      "vanityChannelUrl": "http://www.youtube.com/@someoneelse"}}}
    got = read("youtube", "https://www.youtube.com/channel/UCcccccccccccccccccccccc", 200, _channel_page(state))
    assert got.fields.bio != "Not us." and got.fields.platform_id != "UCdddddddddddddddddddddd"


def test_a_normalised_state_store_joins_the_parts_kept_under_the_handle():
    """SIGI_STATE-style stores keep the user and its stats in separate maps keyed by handle."""
    sigi = {"UserModule": {"users": {"lakesidebakery": {"id": "7001", "uniqueId": "lakesidebakery", "nickname": "Lakeside Bakery", "signature": "Bread since 1921", "verified": False}},
                           "stats": {"lakesidebakery": {"followerCount": 15300, "followingCount": 12, "videoCount": 230}}},
            "ItemModule": {"1": {"author": "someoneelse", "stats": {"playCount": 99}}}}
    page = ('<html><head><meta property="og:url" content="https://www.tiktok.com/@lakesidebakery"></head><body>'
            f'<script id="SIGI_STATE" type="application/json">{json.dumps(sigi)}</script></body></html>')
    got = read("tiktok", "https://www.tiktok.com/@lakesidebakery", 200, page)
    assert got.state is FOUND and got.handle == "lakesidebakery"
    f = got.fields
    assert (f.display_name, f.followers, f.following, f.posts, f.platform_id) == ("Lakeside Bakery", 15300, 12, 230, "7001")


def test_a_next_data_page_without_og_url_is_read_for_the_url_it_was_fetched_from():
    nxt = {"props": {"pageProps": {"userInfo": {"user": {"id": "8002", "uniqueId": "harborferry", "nickname": "Harbor Ferry", "signature": "Crossings daily"},
                                                "stats": {"followerCount": 5100, "followingCount": 3, "videoCount": 41}}}}}
    page = f'<html><head><title>Harbor Ferry on TikTok</title></head><body><script id="__NEXT_DATA__" type="application/json">{json.dumps(nxt)}</script></body></html>'
    got = read("tiktok", "https://www.tiktok.com/@harborferry", 200, page)
    assert got.state is FOUND and got.handle == "harborferry"
    assert (got.fields.followers, got.fields.posts, got.fields.platform_id) == (5100, 41, "8002")
    # the same page fetched for another name names no one: no state object is trusted
    other = read("tiktok", "https://www.tiktok.com/@harborferri", 200, page)
    assert other.fields.platform_id is None


def test_the_title_handle_names_a_page_without_og_url():
    page = ('<html><head><title>Lakeside Bakery (&#064;lakeside.bakery) • Instagram photos and videos</title></head>'
            '<body><div id="react-root"></div></body></html>')
    got = read("instagram", "https://www.instagram.com/lakeside.bakery/", 200, page)
    assert got.state is FOUND and got.handle == "lakeside.bakery"
    assert got.fields.display_name == "Lakeside Bakery"


def test_a_bare_shell_fetched_for_a_name_is_no_profile():
    shell = '<html><head><title>Instagram</title></head><body><div id="react-root"></div></body></html>'
    assert read("instagram", "https://www.instagram.com/lakeside.bakery/", 200, shell).state is UNVERIFIABLE


def test_a_page_description_with_likes_and_an_app_link_id():
    """Facebook Pages of 2022-23: 'Name. N likes · N were here. <bio>', the followers shown in
    the page, the numeric id in the App Links deep link."""
    page = ('<html><head><title>Lakeside Bakery - Bakery | Facebook</title>'
            '<meta name="description" content="Lakeside Bakery. 2,410 likes · 12 were here. Bread since 1921.">'
            '<meta property="al:android:url" content="fb://profile/100012345678901">'
            '<meta property="og:url" content="https://www.facebook.com/lakesidebakery"></head>'
            '<body><div><a href="https://www.facebook.com/lakesidebakery/followers/">2.6K followers</a></div></body></html>')
    got = read("facebook", "https://www.facebook.com/lakesidebakery", 200, page)
    assert got.state is FOUND
    f = got.fields
    assert (f.display_name, f.bio, f.followers, f.platform_id) == ("Lakeside Bakery", "Bread since 1921.", 2600, "100012345678901")
    # without a followers line the likes stand in
    got = read("facebook", "https://www.facebook.com/lakesidebakery", 200, page.replace("2.6K followers", "Shop"))
    assert got.fields.followers == 2410


def test_counters_split_over_elements_in_the_rendered_page():
    page = ('<html><head><meta property="og:url" content="https://t.me/harborferry"><meta property="og:title" content="Harbor Ferry"></head><body>'
            '<div class="info"><div class="counter"><span class="value">12.5K</span> <span class="type">subscribers</span></div>'
            '<div class="counter"><span class="value">1.1K</span> <span class="type">photos</span></div></div>'
            '<div class="post">Crossings daily. 300 followers joined the other channel today</div></body></html>')
    got = read("telegram", "https://t.me/harborferry", 200, page)
    assert got.state is FOUND and got.fields.followers == 12_500


# ----------------------------------------------------------------------------- errors and walls


@pytest.mark.parametrize(
    ("status", "title", "state", "reason"),
    [
        (404, "Page Not Found | Pinterest", NOT_FOUND, None),
        (410, "404 - Gone", NOT_FOUND, None),
        (200, "This account doesn’t exist", NOT_FOUND, None),
        (200, "Sorry, that page doesn’t exist!", UNVERIFIABLE, "unrecognised_page"),  # a soft page, not an account
        (200, "Account suspended", NOT_FOUND, "suspended"),
        (200, "Page not found", UNVERIFIABLE, "unrecognised_page"),
    ],
)
def test_error_pages_with_the_rules_off(status, title, state, reason):
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"
    got = read("pinterest", "https://www.pinterest.com/nordicrail/", status, page)
    assert (got.state, got.reason) == (state, reason)


def test_a_generic_404_is_left_to_a_view_with_rules():
    """Where the platform has rules for a view, a generic error page is theirs to read (the
    Threads page view says how a profile looks and nothing about missing ones): only words
    that name the account count there."""
    page = "<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>"
    url = "https://www.threads.net/@nordicrail"
    assert read("threads", url, 404, page, catalog=CAT).state is UNVERIFIABLE
    assert read("threads", url, 404, page).state is NOT_FOUND
    named = "<html><head><title>Threads</title></head><body><h1>This account doesn't exist</h1></body></html>"
    assert read("threads", url, 404, named, catalog=CAT).state is NOT_FOUND


@pytest.mark.parametrize("catalog", [BARE, CAT], ids=["rules off", "rules on"])
def test_a_login_wall_is_never_found(catalog):
    wall = ('<html><head><title>Log into Facebook</title><meta property="og:title" content="Lakeside Bakery">'
            '<meta name="description" content="Lakeside Bakery. 2,410 likes. Bread since 1921."></head>'
            '<body><form id="login_form"></form>You must log in to continue.</body></html>')
    got = read("facebook", "https://www.facebook.com/lakesidebakery", 200, wall, catalog=catalog)
    assert got.state is UNVERIFIABLE
    signin = '<html><head><title>Sign in • Instagram</title></head><body>Lakeside Bakery (@lakeside.bakery)</body></html>'
    assert read("instagram", "https://www.instagram.com/lakeside.bakery/", 200, signin, catalog=catalog).state is UNVERIFIABLE


def test_an_answer_naming_its_user_only_by_name_is_the_user_the_request_asked_for():
    """Reddit's about.json of 2013 has no screen name key: its ``name`` is the user name the
    URL asked for; an answer whose name is someone else's stays unrecognised."""
    body = {"kind": "t2", "data": {"name": "harborferry", "id": "q7z1x", "link_karma": 31, "comment_karma": 4, "created_utc": 1365295919.0}}
    got = read("reddit", "http://www.reddit.com/user/harborferry/about.json", 200, body)
    assert got.state is FOUND and got.handle == "harborferry" and got.fields.platform_id == "q7z1x"
    got = read("reddit", "http://www.reddit.com/user/harborferri/about.json", 200, body)
    assert got.state is UNVERIFIABLE


def test_a_profile_subreddit_joins_its_user_and_the_user_id_wins():
    body = {"kind": "t2", "data": {"name": "harborferry", "id": "q7z1x", "verified": True, "created_utc": 1500000000.0,
                                   "subreddit": {"display_name": "u_harborferry", "name": "t5_9abcd", "title": "Harbor Ferry", "public_description": "Crossings daily",
                                                 "subscribers": 77, "url": "/user/harborferry/"}}}
    got = read("reddit", "https://www.reddit.com/user/harborferry/about.json", 200, body)
    assert got.state is FOUND
    assert (got.fields.platform_id, got.fields.followers, got.fields.bio) == ("q7z1x", 77, "Crossings daily")


@pytest.mark.parametrize(
    ("platform", "url", "body", "want"),
    [
        # Instagram API v1 (2011-2016): counts under 'counts' as followed_by / follows / media
        ("instagram", "https://api.instagram.com/v1/users/self", {"data": {"username": "lakeside.bakery", "full_name": "Lakeside Bakery", "id": "4411", "counts": {"media": 87, "follows": 12, "followed_by": 3020}}}, (3020, 12, 87)),
        # a chat API's channel object: member_count
        ("telegram", "https://t.me/harborferry", {"ok": True, "result": {"username": "harborferry", "title": "Harbor Ferry", "id": -1001, "member_count": 12500}}, (12500, None, None)),
        # TikTok's app API: aweme_count, following_count, follower_count
        ("tiktok", "https://www.tiktok.com/@harborferry", {"user": {"unique_id": "harborferry", "nickname": "Harbor Ferry", "uid": "9001", "follower_count": 880, "following_count": 4, "aweme_count": 61}}, (880, 4, 61)),
    ],
)
def test_count_keys_of_other_api_generations(platform, url, body, want):
    got = read(platform, url, 200, body)
    assert got.state is FOUND, (got.reason, got.evidence)
    assert (got.fields.followers, got.fields.following, got.fields.posts) == want


@pytest.mark.parametrize(
    ("status", "body"),
    [(404, {"code": "USER_NOT_FOUND", "status": "fail"}), (200, {"error_code": "UserNotFound"}), (410, {"title": "User does not exist"}),
     (200, {"data": None, "errors": [{"message": "User not found", "extensions": {"code": "NOT_FOUND"}}]})],
)
def test_error_codes_in_words(status, body):
    got = read("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=nobody.example", status, body)
    assert got.state is NOT_FOUND, (got.reason, got.evidence)


def test_a_state_object_found_by_its_shape_whatever_its_name():
    """A page of an era whose state object nobody named here (an unknown script id, an unknown
    window variable) is read by the shape of the profile object in it."""
    state = {"entities": {"profiles": {"p1": {"screen_name": "harborferry", "name": "Harbor Ferry", "description": "Crossings daily", "followers_count": 4100, "id_str": "5150"}}}}
    for script in (f'<script type="application/json" id="__APP_STATE_2031__">{json.dumps(state)}</script>',
                   f"<script>window.__appBoot = {json.dumps(state)};</script>"):
        page = f'<html><head><link rel="canonical" href="https://x.com/harborferry"></head><body>{script}</body></html>'
        got = read("x", "https://x.com/harborferry", 200, page)
        assert got.state is FOUND and got.fields.followers == 4100 and got.fields.platform_id == "5150"


@pytest.mark.parametrize(
    "title",
    ["Anmelden • Instagram", "Connexion • Instagram", "Iniciar sesión • Instagram", "Facebook – log in or sign up",
     "Facebook - Connexion ou inscription", "Войти • Instagram", "ログイン • Instagram"],
)
def test_login_pages_in_other_ui_languages_are_walls(title):
    page = f'<html><head><title>{title}</title><meta property="og:title" content="Lakeside Bakery"></head><body>Lakeside Bakery</body></html>'
    got = read("instagram", "https://www.instagram.com/lakeside.bakery/", 200, page)
    assert (got.state, got.reason) == (UNVERIFIABLE, "login_wall")


def test_a_title_that_names_the_app_in_the_middle_still_has_a_name_in_front():
    from crawler.extract.layers import clean_title

    assert clean_title("Harbor Ferry (@harborferry) TikTok | Watch Harbor Ferry's Newest TikTok Videos") == "Harbor Ferry"
    assert clean_title("Lakeside Bakery • Instagram-Fotos und -Videos") == "Lakeside Bakery"
    assert clean_title("Nordic Rail auf Instagram") == "Nordic Rail"
    assert clean_title("Nordic Rail - Trains | LinkedIn") == "Nordic Rail - Trains"


def test_a_german_instagram_description():
    page = ('<html><head><meta property="og:url" content="https://www.instagram.com/lakeside.bakery/">'
            '<meta property="og:title" content="Lakeside Bakery (&#064;lakeside.bakery) • Instagram-Fotos und -Videos">'
            '<meta property="og:description" content="3.020 Follower, 12 gefolgt, 87 Beiträge – Sieh dir Instagram-Fotos und -Videos von Lakeside Bakery (&#064;lakeside.bakery) an">'
            '<meta name="description" content="3.020 Follower, 12 gefolgt, 87 Beiträge – Lakeside Bakery (&#064;lakeside.bakery) auf Instagram: „Brot seit 1921.“"></head><body></body></html>')
    got = read("instagram", "https://www.instagram.com/lakeside.bakery/", 200, page)
    f = got.fields
    assert (f.display_name, f.followers, f.following, f.posts, f.bio) == ("Lakeside Bakery", 3020, 12, 87, "Brot seit 1921.")


def test_rel_me_links_are_the_profiles_own_outside_links():
    page = ('<html><head><link rel="canonical" href="https://github.com/harborferry"><meta property="og:title" content="Harbor Ferry"></head><body>'
            '<a rel="me nofollow" href="https://harborferry.example/">site</a><a rel="me" href="https://github.com/harborferry?tab=repositories">repos</a>'
            '<a href="https://elsewhere.example/">not marked</a></body></html>')
    got = read("github", "https://github.com/harborferry", 200, page)
    assert got.fields.external_links == ("https://harborferry.example/",)


@pytest.mark.parametrize(("text", "count"), [("1.2万", 12_000), ("3,4 jt", 3_400_000), ("2억", 200_000_000), ("12 crates", 12), ("1,5 lakh", 150_000)])
def test_counts_abbreviated_in_other_number_systems(text, count):
    from crawler.extract.values import parse_count

    assert parse_count(text) == count


# ----------------------------------------------------------------------------- s4 tuning batch
# shapes the 2026-12-05-s4-tuning batch showed on its first run, each with other values


def test_a_php_vcr_cassette_is_unpacked():
    """php-vcr writes a bare JSON list of request/response pairs, the status an object."""
    from crawler.extract.captures import recorded_answers

    user = {"id": 4242, "id_str": "4242", "screen_name": "harborferry", "name": "Harbor Ferry", "followers_count": 58, "friends_count": 2, "statuses_count": 5,
            "protected": False, "verified": False}
    cassette = [{"request": {"method": "POST", "url": "https://api.twitter.com/oauth/request_token", "headers": {}},
                 "response": {"status": {"http_version": "1.1", "code": "200", "message": "OK"}, "headers": {}, "body": "oauth_token=x"}},
                {"request": {"method": "GET", "url": "https:\\/\\/api.twitter.com\\/1.1\\/account\\/verify_credentials.json", "headers": {"Host": "api.twitter.com"}},
                 "response": {"status": {"http_version": "2", "code": "200", "message": ""}, "headers": {"content-type": "application/json"}, "body": json.dumps(user)}}]
    answers = recorded_answers(json.dumps(cassette).encode())
    assert [a.status for a in answers] == [200, 200]
    assert answers[1].url.endswith("/verify_credentials.json")
    got = read("x", answers[1].url, answers[1].status, answers[1].body, catalog=CAT)
    assert got.state is FOUND and got.handle == "harborferry" and got.fields.followers == 58
    # a plain JSON list that is no cassette stays a body
    assert recorded_answers(b'[{"id": 1}, {"id": 2}]')[0].body == b'[{"id": 1}, {"id": 2}]'


def test_decomposed_text_is_read_composed():
    """A page written in NFD ('u' + combining diaeresis) gives the composed 'ü'."""
    page = ('<html><head><meta property="og:url" content="https://x.com/muehlenbaeck">'
            '<meta property="og:title" content="Mu\u0308hlenba\u0308ck (@muehlenbaeck) / X">'
            '<meta property="og:description" content="Bro\u0308tchen seit 1921"></head><body></body></html>')
    for catalog in (BARE, CAT):
        got = read("x", "https://x.com/muehlenbaeck", 200, page, catalog=catalog)
        assert got.fields.display_name == "Mühlenbäck" and got.fields.bio == "Brötchen seit 1921"


@pytest.mark.parametrize("catalog", [BARE, CAT], ids=["rules off", "rules on"])
def test_an_account_answer_from_another_server_names_the_server(catalog):
    """Mastodon's API (and Pleroma's, Akkoma's) gives a local account's ``acct`` without its
    server; brandsweep writes accounts of servers other than the configured instance as
    user@server. A test server (localhost, an IP address) names no server."""
    account = {"id": "77", "username": "harborferry", "acct": "harborferry", "display_name": "Harbor Ferry", "note": "<p>Crossings</p>",
               "followers_count": 9, "following_count": 1, "statuses_count": 30, "locked": False, "url": "https://ferries.example/@harborferry"}
    got = read("mastodon", "https://ferries.example/api/v1/accounts/77", 200, account, catalog=catalog)
    assert got.state is FOUND and got.handle == "harborferry@ferries.example"
    got = read("mastodon", "http://localhost:3000/api/v1/accounts/77", 200, account, catalog=catalog)
    assert got.handle == "harborferry"
    home = CAT["mastodon"].params["instance"]
    got = read("mastodon", f"https://{home}/api/v1/accounts/lookup?acct=harborferry", 200, account, catalog=catalog)
    assert got.handle == "harborferry"


def test_boot_data_passed_to_a_call_is_a_state_object():
    """X's pages of 2012-2014 passed their state to a boot call, ``page({...})``; a loader's
    ``push({...})`` holds no profile and is passed over."""
    boot = {"pageName": "profile", "profile_user": {"id_str": "5150", "screen_name": "HarborFerry", "name": "Harbor Ferry", "description": "Crossings daily",
                                                    "followers_count": 410, "friends_count": 7, "statuses_count": 88}}
    page = ('<html><head><title>Harbor Ferry (HarborFerry) en Twitter</title>'
            '<meta name="description" content="Conecta instantáneamente con lo que es más importante para ti."></head><body>'
            '<script>using.bundles.push({"$bundle/a.js": ["app/a"]}); using("app/pages/profile", function(page) { page('
            + json.dumps(boot) + '); });</script></body></html>')
    got = read("x", "https://twitter.com/HarborFerry", 200, page)
    assert got.state is FOUND and got.handle == "harborferry"
    f = got.fields
    assert (f.display_name, f.bio, f.platform_id, f.followers) == ("Harbor Ferry", "Crossings daily", "5150", 410)


def test_a_title_with_the_handle_in_plain_brackets():
    page = '<html><head><title>Harbor Ferry (HarborFerry) on Twitter</title><link rel="canonical" href="https://twitter.com/HarborFerry"></head><body></body></html>'
    assert read("x", "https://twitter.com/HarborFerry", 200, page).fields.display_name == "Harbor Ferry"
    # brackets that are not the handle stay in the name (a card with the account's picture:
    # a title and the address alone prove no profile)
    page = page.replace("(HarborFerry)", "(Official)")
    assert read("x", "https://twitter.com/HarborFerry", 200, page).state is UNVERIFIABLE
    page = page.replace("</head>", '<meta property="og:title" content="Harbor Ferry (Official) on Twitter">'
                        '<meta property="og:image" content="https://pbs.twimg.com/profile_images/1/hf.jpg"></head>')
    assert read("x", "https://twitter.com/HarborFerry", 200, page).fields.display_name == "Harbor Ferry (Official)"


@pytest.mark.parametrize("catalog", [BARE, CAT], ids=["rules off", "rules on"])
def test_an_error_page_that_echoes_the_profile_url_is_never_found(catalog):
    """An error page may carry the asked URL as its og:url and its error as og:title; it is no
    profile (missing where its words allow, else unverifiable), never found."""
    page = ('<html><head><title>Page not found</title><meta property="og:title" content="Page not found">'
            '<meta property="og:url" content="https://www.pinterest.com/nordicrail/">'
            '<meta property="og:description" content="Sorry, we could not find that page."></head>'
            '<body><h1>Page not found</h1></body></html>')
    for status in (200, 404):
        got = read("pinterest", "https://www.pinterest.com/nordicrail/", status, page, catalog=catalog)
        assert got.state is not FOUND, (status, got)
    got = read("threads", "https://www.threads.net/@nordicrail", 200,
               page.replace("pinterest.com/nordicrail/", "threads.net/@nordicrail"), catalog=catalog)
    assert got.state is not FOUND


def test_data_attributes_of_the_pages_own_account():
    """data-screen-name / data-user-id / data-name on the profile card give the id; a
    timeline item's attributes (another author) are not the page's."""
    page = ('<html><head><link rel="canonical" href="https://twitter.com/HarborFerry"><title>Harbor Ferry (@HarborFerry) | Twitter</title></head><body>'
            '<div class="tweet" data-screen-name="someoneelse" data-name="Someone" data-user-id="999"></div>'
            '<div class="ProfileNav" data-screen-name="HarborFerry" data-name="Harbor Ferry" data-user-id="5150"></div></body></html>')
    got = read("x", "https://twitter.com/HarborFerry", 200, page)
    assert got.state is FOUND and got.fields.platform_id == "5150"


def test_json_in_a_hidden_input_is_a_state_object():
    state = {"profile_user": {"id_str": "5150", "screen_name": "HarborFerry", "name": "Harbor Ferry", "followers_count": 410}}
    value = json.dumps(state).replace('"', "&quot;")
    page = (f'<html><head><link rel="canonical" href="https://twitter.com/HarborFerry"></head><body>'
            f'<input type="hidden" id="init-data" class="json-data" value="{value}"></body></html>')
    got = read("x", "https://twitter.com/HarborFerry", 200, page)
    assert got.state is FOUND and got.fields.followers == 410 and got.fields.platform_id == "5150"


def test_a_link_checkers_cassette_reads_the_answer_that_has_a_body():
    """A link checker records dozens of platform URLs with empty bodies; `extract auto` reads
    the one answer that has something to read (here LinkedIn's 999 wall)."""
    from crawler.extract.captures import Recorded
    from crawler.extract.detect import choose_answer

    answers = [Recorded("https://github.com/harborferry", 200, {}, b""),
               Recorded("https://www.linkedin.com/company/harborferry", 999, {}, b"<html><script>window.location='/authwall'</script></html>"),
               Recorded("https://x.com/harborferry", 200, {}, b""),
               Recorded("https://github.com/otherferry", 200, {}, b"")]
    assert choose_answer(CAT, answers, None) == 1
    assert choose_answer(CAT, answers, "x") == 2  # asked for X: its (empty) answer is all there is


@pytest.mark.parametrize(
    ("title", "error"),
    [("404", True), ("404 Not Found", True), ("Error 404", True), ("404 - Page not found", True), ("Page Not Found | Pinterest", True),
     ("Not Found", True), ("404 Studio (@404studio)", False), ("Lost and Found Bakery", False), ("Error 404 Band - Not Found Tour", False)],
)
def test_error_titles_and_names_that_merely_contain_the_words(title, error):
    assert bool(H.MISSING_PAGE.search(title)) is error


def test_a_rendered_page_of_the_2014_2019_kind():
    """Counters spelled out in title attributes, the bio and the avatar marked by their class,
    a rel=me link shortened to t.co with the address it stands for in its title."""
    page = ('<html><head><link rel="canonical" href="https://twitter.com/HarborFerry">'
            '<meta name="description" content="The latest Tweets from Harbor Ferry (@HarborFerry). Crossings daily"></head><body>'
            '<div class="ProfileAvatar"><img class="ProfileAvatar-image " src="https://pbs.example/harbor_400x400.jpg" alt="Harbor Ferry"></div>'
            '<h1><a class="ProfileHeaderCard-nameLink">Harbor Ferry</a></h1>'
            '<p class="ProfileHeaderCard-bio u-dir">Crossings daily, since 1921.</p>'
            '<span class="ProfileHeaderCard-urlText"><a rel="me nofollow noopener" href="https://t.co/AbC123" title="https://harborferry.example/">harborferry.example</a></span>'
            '<ul><li><a title="412 Tweets" href="/HarborFerry"><span data-count="412">412</span></a></li>'
            '<li><a title="5,120 Followers" class="ProfileNav-stat"><span>5.1K</span></a></li></ul>'
            '<div class="biometric-login">Use your fingerprint</div></body></html>')
    got = read("x", "https://twitter.com/HarborFerry", 200, page)
    assert got.state is FOUND
    f = got.fields
    assert (f.bio, f.posts, f.followers, f.avatar_url) == ("Crossings daily, since 1921.", 412, 5120, "https://pbs.example/harbor_400x400.jpg")
    assert f.external_links == ("https://harborferry.example/",)


@pytest.mark.parametrize(
    "body",
    [{"message": "login_required", "status": "fail"}, {"message": "checkpoint_required", "checkpoint_url": "/challenge/"},
     {"error": "You must be logged in to see this profile"}],
)
@pytest.mark.parametrize("status", [200, 400, 404])
def test_an_api_that_asks_for_a_login_is_a_wall_never_missing(body, status):
    got = read("instagram", "https://i.instagram.com/api/v1/users/web_profile_info/?username=lakeside.bakery", status, body)
    assert got.state is UNVERIFIABLE
    got = read("instagram", "https://i.instagram.com/api/v1/users/web_profile_info/?username=lakeside.bakery", status, body, catalog=CAT)
    assert got.state is not NOT_FOUND


def test_schema_org_microdata_of_the_pages_own_entity():
    """Pages of 2012-2018 marked schema.org up as itemprop attributes: the top-level Person's
    own properties are read, not those of an entity nested in it (its employer)."""
    page = ('<html><head><link rel="canonical" href="https://github.com/harborferry"></head><body>'
            '<div itemscope itemtype="http://schema.org/Person">'
            '<a itemprop="image" href="https://avatars.example/u/5150"><img src="https://avatars.example/u/5150?s=40"></a>'
            '<span itemprop="name">Harbor Ferry Co.</span><span itemprop="additionalName">harborferry</span>'
            '<div itemprop="worksFor" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Ferry Holdings</span></div>'
            '<a itemprop="url" href="https://harborferry.example/">harborferry.example</a></div>'
            '<div itemscope itemtype="http://schema.org/Person"><span itemprop="name">A Follower</span></div></body></html>')
    got = read("github", "https://github.com/harborferry", 200, page)
    assert got.state is FOUND and got.handle == "harborferry"
    f = got.fields
    assert (f.display_name, f.avatar_url, f.external_links) == ("Harbor Ferry Co.", "https://avatars.example/u/5150", ("https://harborferry.example/",))
    # the entity of another account is not read
    other = page.replace(">harborferry</span>", ">someoneelse</span>")
    assert read("github", "https://github.com/harborferry", 200, other).fields.display_name != "Harbor Ferry Co."


def test_a_layer_that_trips_leaves_the_rules_answer():
    """A page the layers cannot parse (here a hostile nesting depth) keeps what the rules read."""
    deep = "<div>" * 3000 + "x" + "</div>" * 3000
    page = f'<html><head><meta property="og:url" content="https://github.com/harborferry"></head><body>{deep}</body></html>'
    got = read("github", "https://github.com/harborferry", 200, page, catalog=CAT)
    assert got.reason != "extractor_error"


def test_a_page_named_by_a_number_is_named_by_its_id():
    page = ('<html><head><title>Lakeside Bakery - Bakery | Facebook</title>'
            '<link rel="canonical" href="https://www.facebook.com/pages/Lakeside-Bakery/104455667788990">'
            '<meta name="description" content="Lakeside Bakery. 66 likes. Bread since 1921."></head><body></body></html>')
    got = read("facebook", "https://www.facebook.com/pages/Lakeside-Bakery/104455667788990", 200, page)
    assert got.state is FOUND and got.handle == "104455667788990"
    assert (got.fields.platform_id, got.fields.display_name) == ("104455667788990", "Lakeside Bakery")


@pytest.mark.parametrize(
    "ld",
    ['{"@context": "https://schema.org", "@type": "Organization", "name": "Harbor Ferry", "alternateName": "harborferry", "sameAs": ["https://harborferry.example/",],}',
     '<![CDATA[{"@type": "Organization", "name": "Harbor Ferry", "alternateName": "harborferry", "sameAs": ["https://harborferry.example/"]}]]>',
     '{&quot;@type&quot;: &quot;Organization&quot;, &quot;name&quot;: &quot;Harbor Ferry&quot;, &quot;alternateName&quot;: &quot;harborferry&quot;, &quot;sameAs&quot;: [&quot;https://harborferry.example/&quot;]}'],
)
def test_json_ld_with_the_usual_hand_made_slips(ld):
    page = f'<html><head><link rel="canonical" href="https://www.pinterest.com/harborferry/"><script type="application/ld+json">{ld}</script></head><body></body></html>'
    got = read("pinterest", "https://www.pinterest.com/harborferry/", 200, page)
    assert got.state is FOUND and got.fields.display_name == "Harbor Ferry"
    assert got.fields.external_links == ("https://harborferry.example/",)


# ----------------------------------------------------------------------------- shapes of 2024-2026
# (extract25: each written from the shape a platform's documentation or a maintained scraper
# describes; the synthetic fixtures of batch 2026-12-07-s22-shapes are scored apart, and these
# cases are the tests of the readers' fixes)


def _relay_page(result: dict, meta: str = "") -> str:
    """A page carrying a query result as Meta's server-rendered Relay payload does."""
    payload = {"require": [["ScheduledServerJS", "handle", None, [{"__bbox": {"require": [[
        "RelayPrefetchedStreamCache", "next", [], ["adp_SomeProfileQueryRelayPreloader_1a2b",
                                                   {"__bbox": {"complete": True, "result": result}}]]]}}]]]}
    boot = {"require": [["ScheduledServerJS", "handle", None, [{"__bbox": {"define": [["SiteData", [], {"push_phase": "C3"}, 1]]}}]]]}
    return (f"<html><head>{meta}</head><body>"
            f'<script type="application/json" data-sjs>{json.dumps(boot)}</script>'
            f'<script type="application/json" data-content-len="9" data-sjs>{json.dumps(result and payload)}</script>'
            "</body></html>")


@pytest.mark.parametrize("catalog", [BARE, CAT], ids=["generic", "full"])
def test_a_relay_result_deep_in_a_pages_bootloader_is_read_as_an_answer(catalog):
    user = {"__typename": "User", "id": "100064000000777", "name": "Quayside Ropes",
            "url": "https://www.facebook.com/quaysideropes",
            "profile_social_context": {"content": [{"text": {"text": "912 likes"}},
                                                   {"text": {"text": "1.4K followers"}}]},
            "delegate_page": {"id": "61550000000777",
                              "best_description": {"text": "Hand-laid ropes since 1921."}},
            "show_verified_badge_on_profile": False}
    meta = ('<meta property="og:title" content="Quayside Ropes" />'
            '<meta property="og:url" content="https://www.facebook.com/quaysideropes/" />')
    page = _relay_page({"data": {"user": {"profile_header_renderer": {"user": user}}}}, meta)
    got = read("facebook", "https://www.facebook.com/quaysideropes/", 200, page, catalog=catalog)
    assert got.state is FOUND
    assert got.fields.followers == 1_400
    assert got.fields.bio == "Hand-laid ropes since 1921."
    assert got.fields.platform_id == "100064000000777"


def test_a_relay_page_without_results_is_read_whole():
    from crawler.extract.layers import _relay_results

    assert _relay_results({"require": [["ScheduledServerJS", "handle", None, [{"__bbox": {"define": []}}]]]}) == []
    inner = {"data": {"user": {"username": "a"}}}
    assert _relay_results({"x": [{"__bbox": {"result": inner}}]}) == [inner]
    assert _relay_results({"x": [{"__bbox": {"result": {"errors": []}}}]}) == []  # no data


def _hex_js(text: str) -> str:
    return "".join(f"\\x{ord(c):02x}" if c in '{}[]":,/' else c for c in text)


@pytest.mark.parametrize("catalog", [BARE, CAT], ids=["generic", "full"])
def test_a_state_object_assigned_as_an_escaped_string(catalog):
    # m.youtube.com: ``var ytInitialData = '\x7b\x22responseContext\x22...'``
    state = {"header": {"pageHeaderRenderer": {"pageTitle": "Harbour Knots", "content": {"pageHeaderViewModel": {
        "title": {"dynamicTextViewModel": {"text": {"content": "Harbour Knots"}}},
        "metadata": {"contentMetadataViewModel": {"metadataRows": [
            {"metadataParts": [{"text": {"content": "@harbourknots"}}]},
            {"metadataParts": [{"text": {"content": "3.2K subscribers"}}, {"text": {"content": "77 videos"}}]}]}}}}}},
        "metadata": {"channelMetadataRenderer": {"title": "Harbour Knots", "description": "Knots, weekly.",
                                                 "externalId": "UCk1n2o3t4s5h6a7r8b9o0uR",
                                                 "vanityChannelUrl": "http://www.youtube.com/@harbourknots"}}}
    page = f"<html><body><script>var ytInitialData = '{_hex_js(json.dumps(state))}';</script></body></html>"
    got = read("youtube", "https://m.youtube.com/@harbourknots", 200, page, catalog=catalog)
    assert got.state is FOUND
    assert got.handle == "harbourknots"
    assert (got.fields.followers, got.fields.posts) == (3_200, 77)
    assert got.fields.platform_id == "UCk1n2o3t4s5h6a7r8b9o0uR"
    # the view model's title has no badge attachment and no 'Verified' label: YouTube's rule
    # says not verified; the generic layers say nothing (test_a_header_without_a_badge_...)
    assert got.fields.verified is (False if catalog is CAT else None)
    # a string that opens no object is no state (a script's settings string)
    plain = "<html><body><script>var ytcfgName = 'harbour';</script></body></html>"
    assert read("youtube", "https://m.youtube.com/@harbourknots", 200, plain).fields.followers is None


def test_a_page_header_view_model_title_with_a_badge_is_never_read_as_unbadged():
    title = {"dynamicTextViewModel": {"text": {"content": "Harbour Knots", "attachmentRuns": [
        {"startIndex": 13, "length": 0, "element": {"type": {"imageType": {"image": {"sources": [
            {"clientResource": {"imageName": "CHECK_CIRCLE_FILLED"}}]}}}}}]},
        "rendererContext": {"accessibilityContext": {"label": "Harbour Knots, Verified"}}}}
    state = {"header": {"pageHeaderRenderer": {"content": {"pageHeaderViewModel": {"title": title}}}},
             "metadata": {"channelMetadataRenderer": {"title": "Harbour Knots", "description": "Knots, weekly.",
                                                      "externalId": "UCk1n2o3t4s5h6a7r8b9o0uR",
                                                      "vanityChannelUrl": "http://www.youtube.com/@harbourknots"}}}
    page = f"<html><body><script>var ytInitialData = {json.dumps(state)};</script></body></html>"
    for catalog in (BARE, CAT):
        got = read("youtube", "https://www.youtube.com/@harbourknots", 200, page, catalog=catalog)
        assert got.fields.verified is True
        # the label alone (no attachment) says verified too, never 'not verified'
        del title["dynamicTextViewModel"]["text"]["attachmentRuns"]
        page2 = f"<html><body><script>var ytInitialData = {json.dumps(state)};</script></body></html>"
        got = read("youtube", "https://www.youtube.com/@harbourknots", 200, page2, catalog=catalog)
        assert got.fields.verified is True
        title["dynamicTextViewModel"]["text"]["attachmentRuns"] = [{"element": {"type": {"imageType": {
            "image": {"sources": [{"clientResource": {"imageName": "CHECK_CIRCLE_FILLED"}}]}}}}}]


def test_x_api_v2_posts_are_the_tweets_not_the_media():
    # public_metrics of 2024-: like_count and media_count beside tweet_count
    body = {"data": {"id": "42", "name": "Harbour Knots", "username": "harbourknots",
                     "public_metrics": {"followers_count": 10, "following_count": 2,
                                        "tweet_count": 530, "listed_count": 0,
                                        "like_count": 7, "media_count": 12}}}
    got = read("x", "https://api.x.com/2/users/by/username/harbourknots", 200, body)
    assert got.fields.posts == 530


@pytest.mark.parametrize("catalog", [BARE, CAT], ids=["generic", "full"])
def test_a_graphql_error_that_the_asked_user_is_suspended_is_gone_not_a_wall(catalog):
    suspended = {"errors": [{"message": "Authorization: User has been suspended. (63)", "code": 63,
                             "kind": "Permissions", "extensions": {"name": "AuthorizationError", "code": 63}}],
                 "data": {"user": {}}}
    url = "https://x.com/i/api/graphql/q/UserByScreenName?variables=%7B%22screen_name%22%3A%22harbourknots%22%7D"
    got = read("x", url, 200, suspended, catalog=catalog)
    assert (got.state, got.reason) == (NOT_FOUND, "suspended")
    # the caller's own suspension (64) says nothing of the account asked for
    caller = {"errors": [{"message": "Your account is suspended and is not permitted to access this feature.",
                          "code": 64}], "data": {"user": {}}}
    assert read("x", url, 200, caller, catalog=catalog).state is UNVERIFIABLE
