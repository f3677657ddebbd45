"""Families closed in the s19 round: the misses of the batch 2026-12-07-s18ac-blind (YouTube
channel feeds of 2015-2024 in the shapes feed libraries keep them), oEmbed answers about a
profile, and the shapes of answers nobody here had met (429s, X GraphQL's unavailable users,
Instagram's null user, TikTok's status codes ...). Every answer here is written by hand with
made-up values (none is a copy of a file in tests/fixtures/real_captures) and read by the full
reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import pytest
from extract_cases import FOUND, NOT_FOUND, UNVERIFIABLE, read_either

_read = read_either

BOTH = pytest.mark.parametrize("generic", [True, False], ids=["generic", "full"])

_CH = "UCkestrelpaperAAAAAAAAAA"  # made-up, 24 characters as a channel id is


# ------------------------------------------------ a YouTube channel feed as feed libraries keep it

def _entry(author: str = "Kestrel Paper Co", uri: str = f"https://www.youtube.com/channel/{_CH}",
           n: int = 1) -> str:
    return (f'<entry><id>yt:video:kestrelvid{n}</id><yt:videoId>kestrelvid{n}</yt:videoId>'
            f'<yt:channelId>{_CH}</yt:channelId><title>Folding a crane, part {n}</title>'
            f'<link rel="alternate" href="https://www.youtube.com/watch?v=kestrelvid{n}"/>'
            f'<author><name>{author}</name><uri>{uri}</uri></author>'
            f'<published>2019-03-0{n}T10:00:00+00:00</published>'
            '<media:group><media:title>Folding</media:title>'
            '<media:community><media:starRating count="12" average="5.00" min="1" max="5"/>'
            '<media:statistics views="345"/></media:community></media:group></entry>')


_NS = ('xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" '
       'xmlns="http://www.w3.org/2005/Atom"')


@BOTH
def test_a_channel_feed_cut_down_to_its_id_title_and_entries_names_its_channel(generic):
    # the head kept only <id>yt:channel:...</id> and <title>: the entries' one author is the channel
    body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<feed {_NS}>\n <id>yt:channel:{_CH}</id>\n'
            f' <title>Kestrel Paper Co</title>\n {_entry(n=1)}\n {_entry(n=2)}\n</feed>')
    got = _read("youtube", f"https://www.youtube.com/feeds/videos.xml?channel_id={_CH}", 200, body, generic)
    assert got.state is FOUND
    assert got.fields.display_name == "Kestrel Paper Co"
    assert got.fields.platform_id == _CH
    assert got.fields.followers is None and got.fields.posts is None  # one video's figures


@BOTH
def test_entries_of_different_authors_name_no_channel(generic):
    # a feed whose entries were written by several people is no one's profile
    body = (f'<feed {_NS}><id>tag:kestrel.example,2019:mixed</id><title>Paper folding picks</title>'
            f'{_entry(n=1)}{_entry(author="Someone Else", uri="https://www.youtube.com/channel/UCotherpersonBBBBBBBBBBB", n=2)}</feed>')
    got = _read("youtube", "https://kestrel.example/picks.xml", 200, body, generic)
    assert got.state is not FOUND or got.fields.platform_id != _CH


@BOTH
def test_a_feed_with_blank_lines_before_its_declaration_is_read(generic):
    # a feed saved (or served by a template) with an empty line before <?xml ...?>
    body = (f'\n\n<?xml version="1.0" encoding="UTF-8"?>\n<feed {_NS}>'
            '<link rel="self" href="http://www.youtube.com/feeds/videos.xml?user=kestrelpaper"/>'
            f'<id>yt:channel:{_CH}</id><yt:channelId>{_CH}</yt:channelId><title>Kestrel Paper Co</title>'
            '<link rel="alternate" href="http://www.youtube.com/user/kestrelpaper"/>'
            f'<author><name>Kestrel Paper Co</name><uri>http://www.youtube.com/channel/{_CH}</uri></author>'
            f'<published>2009-01-01T00:00:00+00:00</published>{_entry()}</feed>')
    got = _read("youtube", "http://www.youtube.com/feeds/videos.xml?user=kestrelpaper", 200, body, generic)
    assert got.state is FOUND
    assert (got.fields.display_name, got.fields.platform_id) == ("Kestrel Paper Co", _CH)
    bom = _read("youtube", "http://www.youtube.com/feeds/videos.xml?user=kestrelpaper", 200,
                "\ufeff" + body.lstrip(), generic)
    assert bom.state is FOUND and bom.fields.platform_id == _CH


@BOTH
def test_a_channel_feeds_title_is_the_channels_name_not_its_byline(generic):
    # the feed's author reads otherwise than its title (a byline edited by hand): a channel's
    # own feed is titled with the channel's name
    body = (f'<feed {_NS}><id>yt:channel:{_CH}</id><yt:channelId>{_CH}</yt:channelId>'
            '<title>Kestrel Paper Co</title>'
            f'<author><name>Kestrel Paper Co Staff</name><uri>https://www.youtube.com/channel/{_CH}</uri></author>'
            f'{_entry()}</feed>')
    got = _read("youtube", f"https://www.youtube.com/feeds/videos.xml?channel_id={_CH}", 200, body, generic)
    assert got.state is FOUND
    assert got.fields.display_name == "Kestrel Paper Co"


def test_a_channel_feed_id_is_read_whole_or_abbreviated():
    from crawler.extract.layers import _CHANNEL_FEED_ID
    assert _CHANNEL_FEED_ID.match(f"yt:channel:{_CH}").group(1) == _CH
    assert _CHANNEL_FEED_ID.match("yt:channel:kestrelpaperAAAAAAAAAA").group(1) == "kestrelpaperAAAAAAAAAA"
    assert _CHANNEL_FEED_ID.match("yt:video:kestrelvid1") is None
    assert _CHANNEL_FEED_ID.match("tag:youtube.com,2008:channel:abc") is None


# ------------------------------------------------ YouTube's "are you a robot" pages: could not check

_NOT_A_BOT = [
    # the 2024- check in the player state of a page that shows no channel
    (200, '<!DOCTYPE html><html><head><title>YouTube</title></head><body><script>var ytInitialPlayerResponse = '
          '{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Sign in to confirm you’re not a bot",'
          '"errorScreen":{"playerErrorMessageRenderer":{"subreason":{"runs":[{"text":"This helps protect our community."}]}}}}};'
          '</script></body></html>'),
    # the same words escaped in the state, as an alert of an otherwise empty page
    (200, '<html><head><title>YouTube</title></head><body><script>var ytInitialData = {"alerts":[{"alertRenderer":'
          '{"type":"ERROR","text":{"simpleText":"Sign in to confirm you\\u2019re not a bot"}}}]};</script></body></html>'),
    # a 404 status with the check's words: the check, not a missing channel
    (404, "<html><head><title>404</title></head><body><p>Sign in to confirm that you're not a bot.</p></body></html>"),
    # Google's /sorry interstitial (429) a channel address was sent to
    (429, '<html><head><title>https://www.youtube.com/@kestrelpaper</title></head><body><form id="captcha-form" action="index" method="post">'
          '<div class="g-recaptcha" data-sitekey="x"></div></form><div>Our systems have detected unusual traffic from your '
          'computer network. This page checks to see if it&#39;s really you sending the requests, and not a robot.</div></body></html>'),
]


@BOTH
@pytest.mark.parametrize("status,body", _NOT_A_BOT)
def test_a_youtube_bot_check_is_could_not_check_never_not_found(status, body, generic):
    got = _read("youtube", "https://www.youtube.com/@kestrelpaper", status, body, generic)
    assert got.state is UNVERIFIABLE
    assert got.reason in ("captcha", "rate_limited")


def test_a_small_page_asking_to_confirm_you_are_not_a_bot_is_a_block_notice():
    from crawler.extract import hints as H
    assert H.block_text_reason("Please confirm you are not a robot to continue") == "captcha"
    assert H.block_text_reason("Confirm you’re not a bot") == "captcha"
    assert H.block_text_reason("We make bots, not robots") is None


def test_a_github_api_v2_xml_answer_names_its_platform():
    # API v2 (2008-2012) answered XML too: <user> with dashed count elements, no URL saved
    from extract_cases import CAT

    from crawler.extract.detect import detect_platform
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user>\n  <name>Wren Mallow</name>\n'
            '  <public-repo-count type="integer">4</public-repo-count>\n  <login>wrenmallow</login>\n'
            '  <followers-count type="integer">3</followers-count>\n</user>\n')
    assert detect_platform(CAT, None, body) == "github"


# ------------------------------------------------ oEmbed answers about a profile or its posts

def _oembed(**kw) -> dict:
    base = {"type": "rich", "version": "1.0", "html": "<blockquote>made up</blockquote>", "width": 550, "height": None}
    base.update(kw)
    return base


_OEMBED_FOUND = [
    # YouTube: author_name is the channel's name, author_url its address
    ("youtube", "https://www.youtube.com/oembed?url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dkestrelvid1&format=json",
     _oembed(type="video", title="Folding a crane", author_name="Kestrel Paper Co", author_url="https://www.youtube.com/@kestrelpaper",
             provider_name="YouTube", provider_url="https://www.youtube.com/"), "kestrelpaper", "Kestrel Paper Co"),
    # Mastodon's /api/oembed of a status: the author on the answering server
    ("mastodon", "https://toot.kestrel.example/api/oembed?url=https://toot.kestrel.example/@wren/1100",
     _oembed(title="New status by wren", author_name="Wren Mallow", author_url="https://toot.kestrel.example/@wren",
             provider_name="toot.kestrel.example", provider_url="https://toot.kestrel.example/", cache_age=86400),
     "wren@toot.kestrel.example", "Wren Mallow"),
    # Bluesky's embed.bsky.app: the display name, the profile address
    ("bluesky", "https://embed.bsky.app/oembed?url=https://bsky.app/profile/wren.bsky.social/post/3kzzzzzzzzz2a",
     _oembed(author_name="Wren Mallow", author_url="https://bsky.app/profile/wren.bsky.social",
             provider_name="Bluesky Social", provider_url="https://bsky.app", cache_age=86400), "wren.bsky.social", "Wren Mallow"),
    # 'Name (@handle)' as some services write the author
    ("bluesky", "https://embed.bsky.app/oembed?url=https://bsky.app/profile/wren.bsky.social/post/3kzzzzzzzzz2a",
     _oembed(author_name="Wren Mallow (@wren.bsky.social)", author_url="https://bsky.app/profile/wren.bsky.social",
             provider_name="Bluesky Social"), "wren.bsky.social", "Wren Mallow"),
    # Instagram's Graph oEmbed: author_name is the owner's user name, no address
    ("instagram", "https://graph.facebook.com/v19.0/instagram_oembed?url=https://www.instagram.com/p/Czzzzzzzzzz/",
     _oembed(author_name="wren.mallow", provider_name="Instagram", provider_url="https://www.instagram.com/", width=658),
     "wren.mallow", None),
    # Reddit's oEmbed of a post: the author by user name
    ("reddit", "https://www.reddit.com/oembed?url=https://www.reddit.com/r/origami/comments/zz9/a_crane/",
     _oembed(title="A crane", author_name="wren_mallow", provider_name="reddit", provider_url="https://www.reddit.com/"),
     "wren_mallow", None),
]


@BOTH
@pytest.mark.parametrize("platform,url,body,handle,name", _OEMBED_FOUND)
def test_an_oembed_answer_tells_its_author_and_nothing_more(platform, url, body, handle, name, generic):
    got = _read(platform, url, 200, body, generic)
    assert got.state is FOUND
    assert got.handle == handle
    assert got.fields.display_name == name
    f = got.fields
    assert (f.followers, f.following, f.posts, f.bio, f.verified) == (None, None, None, None, None)


@BOTH
def test_an_oembed_answer_naming_no_author_tells_nothing(generic):
    # X's timeline embed of a profile address is built from the address: no sign the account exists
    body = _oembed(url="https://twitter.com/wrenmallow", title="", provider_name="Twitter", provider_url="https://twitter.com",
                   html='<a class="twitter-timeline" href="https://twitter.com/wrenmallow?ref_src=twsrc%5Etfw">Tweets by wrenmallow</a>',
                   cache_age="3153600000")
    got = _read("x", "https://publish.twitter.com/oembed?url=https%3A%2F%2Ftwitter.com%2Fwrenmallow", 200, body, generic)
    assert got.state is UNVERIFIABLE


_OEMBED_REFUSED = [
    # Mastodon's oEmbed serves statuses only: a profile address is 'Record not found'
    ("mastodon", "https://toot.kestrel.example/api/oembed?url=https://toot.kestrel.example/@wren", 404, {"error": "Record not found"}),
    # YouTube's serves videos and playlists; a private one is 401, an unknown 404
    ("youtube", "https://www.youtube.com/oembed?url=https://www.youtube.com/@kestrelpaper&format=json", 404, "Not Found"),
    ("youtube", "https://www.youtube.com/oembed?url=https://www.youtube.com/@kestrelpaper&format=json", 400, "Bad Request"),
    ("youtube", "https://www.youtube.com/oembed?url=https://www.youtube.com/watch?v=kestrelvid1", 401, "Unauthorized"),
    # X's: a tweet gone or protected says nothing certain of the account
    ("x", "https://publish.twitter.com/oembed?url=https://twitter.com/wrenmallow/status/1234", 404,
     {"errors": [{"code": 34, "message": "Sorry, that page does not exist"}]}),
    ("x", "https://publish.twitter.com/oembed?url=https://twitter.com/wrenmallow/status/1234", 403,
     {"errors": [{"code": 179, "message": "Sorry, you are not authorized to see this status."}]}),
    # Bluesky's serves posts only
    ("bluesky", "https://embed.bsky.app/oembed?url=https://bsky.app/profile/wren.bsky.social", 400,
     {"error": "InvalidRequest", "message": "Invalid URL"}),
    # Graph API's instagram_oembed and oembed_page
    ("instagram", "https://graph.facebook.com/v19.0/instagram_oembed?url=https://www.instagram.com/wren.mallow/", 400,
     {"error": {"message": "(#100) The requested resource does not exist", "type": "OAuthException", "code": 100, "fbtrace_id": "Azzz"}}),
    ("facebook", "https://graph.facebook.com/v19.0/oembed_page?url=https://www.facebook.com/wrenmallow", 400,
     {"error": {"message": "(#100) Invalid URL", "type": "OAuthException", "code": 100, "fbtrace_id": "Azzz"}}),
    ("reddit", "https://www.reddit.com/oembed?url=https://www.reddit.com/user/wren_mallow", 404, {"message": "Not Found", "error": 404}),
    ("pinterest", "https://www.pinterest.com/oembed.json?url=https://www.pinterest.com/wrenmallow/", 404, {"status": "failure", "message": "Not found"}),
    ("mastodon", "https://toot.kestrel.example/api/oembed?url=https://toot.kestrel.example/@wren/1100&format=xml", 501, ""),
]


@BOTH
@pytest.mark.parametrize("platform,url,status,body", _OEMBED_REFUSED)
def test_an_oembed_refusal_is_could_not_check_never_not_found(platform, url, status, body, generic):
    got = _read(platform, url, status, body, generic)
    assert got.state is UNVERIFIABLE


def test_tiktoks_creator_embed_keeps_its_documented_not_found():
    # TikTok's oEmbed embeds creators: its 400 'Something went wrong' for a profile address is
    # the catalog's not-found (its view knows what the platform means)
    got = _read("tiktok", "https://www.tiktok.com/oembed?url=https://www.tiktok.com/@wrenmallow", 400,
                {"code": 400, "message": "Something went wrong"}, False)
    assert got.state is NOT_FOUND


# ------------------------------------------------ 429 answers on every platform: could not check

_PROFILE_PLATFORMS = ["x", "instagram", "facebook", "tiktok", "youtube", "linkedin", "github", "reddit",
                      "pinterest", "threads", "bluesky", "mastodon", "telegram"]
_429_BODIES = [
    '<html><head><title>429 Too Many Requests</title></head><body><h1>Too Many Requests</h1>'
    "<p>Sorry, this page isn't available right now. User not found?</p></body></html>",
    {"errors": [{"code": 88, "message": "Rate limit exceeded"}]},
    {"message": "Please wait a few minutes before you try again.", "require_login": True, "status": "fail"},
    {"error": "not_found", "message": "User not found"},  # a body that says 'not found' under a 429
]


@BOTH
@pytest.mark.parametrize("platform", _PROFILE_PLATFORMS)
def test_a_429_is_could_not_check_on_every_platform_whatever_its_body_says(platform, generic):
    from extract_cases import CAT
    url = CAT[platform].profile_url("wrenmallow")
    for body in _429_BODIES:
        got = _read(platform, url, 429, body, generic)
        assert got.state is UNVERIFIABLE, (platform, body)


# ------------------------------------------------ X GraphQL UserByScreenName of 2022-2025

_GQL = "https://x.com/i/api/graphql/zzQueryId/UserByScreenName?variables=%7B%22screen_name%22%3A%22wrenmallow%22%7D"


@BOTH
@pytest.mark.parametrize("result,state,reason", [
    ({"__typename": "UserUnavailable", "reason": "Suspended",
      "unavailable_message": {"rtl": False, "text": "X suspends accounts which violate the X Rules. Learn more", "entities": []}},
     NOT_FOUND, "suspended"),
    ({"__typename": "UserUnavailable", "message": "User is suspended", "reason": "Suspended"}, NOT_FOUND, "suspended"),
    # withheld because protected: it exists, nothing of it can be read
    ({"__typename": "UserUnavailable", "reason": "Protected"}, UNVERIFIABLE, "protected"),
])
def test_an_unavailable_user_says_why(result, state, reason, generic):
    got = _read("x", _GQL, 200, {"data": {"user": {"result": result}}}, generic)
    assert (got.state, got.reason) == (state, reason)


@BOTH
def test_a_graphql_error_code_63_is_a_suspended_account(generic):
    body = {"errors": [{"message": "Authorization: User has been suspended. (63)", "code": 63, "kind": "Permissions",
                        "name": "AuthorizationError", "source": "Client", "tracing": {"trace_id": "zz"}}], "data": {}}
    got = _read("x", _GQL, 200, body, generic)
    assert (got.state, got.reason) == (NOT_FOUND, "suspended")


@BOTH
def test_the_2025_user_shape_says_protected_in_its_privacy_block(generic):
    # 2025-: name, screen_name, created_at moved to core; protected to privacy; avatar to avatar
    user = {"__typename": "User", "id": "VXNlcjo5OTk=", "rest_id": "999", "is_blue_verified": False,
            "avatar": {"image_url": "https://pbs.twimg.com/profile_images/9/wren_normal.jpg"},
            "core": {"created_at": "Tue Feb 06 09:00:00 +0000 2018", "name": "Wren Mallow", "screen_name": "wrenmallow"},
            "legacy": {"description": "Folding paper", "followers_count": 120, "friends_count": 30, "statuses_count": 77},
            "location": {"location": "Leeds"}, "privacy": {"protected": True}, "verification": {"verified": False}}
    got = _read("x", _GQL, 200, {"data": {"user": {"result": user}}}, generic)
    assert got.state is FOUND and got.handle == "wrenmallow"
    assert got.fields.is_private is True
    assert (got.fields.display_name, got.fields.followers, got.fields.platform_id) == ("Wren Mallow", 120, "999")


# ------------------------------------------------ Instagram web_profile_info, TikTok's status codes

@BOTH
@pytest.mark.parametrize("host", ["www.instagram.com", "i.instagram.com"])
def test_web_profile_info_with_a_null_user_is_not_found(host, generic):
    url = f"https://{host}/api/v1/users/web_profile_info/?username=wren.mallow"
    got = _read("instagram", url, 200, {"data": {"user": None}, "status": "ok"}, generic)
    assert got.state is NOT_FOUND
    # the same endpoint asking for a login, or throttling, could not check
    wall = _read("instagram", url, 401, {"message": "Please wait a few minutes before you try again.",
                                         "require_login": True, "status": "fail"}, generic)
    assert wall.state is UNVERIFIABLE


def _tiktok_page(scope: dict) -> str:
    import json
    return ('<!DOCTYPE html><html><head><title>TikTok - Make Your Day</title></head><body>'
            '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">'
            + json.dumps({"__DEFAULT_SCOPE__": {"webapp.app-context": {"language": "en"}, "webapp.user-detail": scope}})
            + '</script></body></html>')


@BOTH
@pytest.mark.parametrize("code", [10202, 10221])
def test_tiktok_state_codes_of_a_missing_or_banned_account_are_not_found(code, generic):
    got = _read("tiktok", "https://www.tiktok.com/@wrenmallow", 200, _tiktok_page({"statusCode": code, "statusMsg": ""}), generic)
    assert got.state is NOT_FOUND


@BOTH
def test_tiktok_state_code_10222_is_a_private_account_that_exists(generic):
    user = {"id": "7200000000000000009", "uniqueId": "wrenmallow", "nickname": "Wren Mallow", "signature": "",
            "privateAccount": True, "secret": True, "verified": False}
    page = _tiktok_page({"userInfo": {"user": user, "stats": {"followerCount": 31, "followingCount": 4}},
                         "statusCode": 10222, "statusMsg": ""})
    got = _read("tiktok", "https://www.tiktok.com/@wrenmallow", 200, page, generic)
    assert got.state is FOUND and got.handle == "wrenmallow"
    assert got.fields.is_private is True and got.fields.followers == 31
    # the code alone, no user object: nothing says whose it is
    bare = _read("tiktok", "https://www.tiktok.com/@wrenmallow", 200, _tiktok_page({"statusCode": 10222}), generic)
    assert bare.state is UNVERIFIABLE


# ------------------------------------------------ Telegram: a channel's preview with no public posts

@BOTH
def test_a_channel_preview_with_no_posts_is_the_channel(generic):
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Wren Paper – Telegram</title>'
            '<meta property="og:title" content="Wren Paper"><meta property="og:description" content="Paper cranes, weekly.">'
            '<meta property="twitter:app:url:googleplay" content="tg://resolve?domain=wrenpaper">'
            '<link rel="canonical" href="https://t.me/s/wrenpaper"></head><body class="widget_frame_base tgme_webpreview">'
            '<header class="tgme_header"><div class="tgme_header_info"><div class="tgme_header_title">Wren Paper</div>'
            '<div class="tgme_header_counter">12 subscribers</div></div></header>'
            '<main class="tgme_main"><section class="tgme_channel_history js-message_history"></section></main>'
            '<div class="tgme_channel_info"><div class="tgme_channel_info_header">'
            '<div class="tgme_channel_info_header_title"><span dir="auto">Wren Paper</span></div>'
            '<div class="tgme_channel_info_header_username"><a href="https://t.me/wrenpaper">@wrenpaper</a></div></div>'
            '<div class="tgme_channel_info_description">Paper cranes, weekly.</div>'
            '<div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span class="counter_value">12</span> '
            '<span class="counter_type">subscribers</span></div></div></div></body></html>')
    got = _read("telegram", "https://t.me/s/wrenpaper", 200, page, generic)
    assert got.state is FOUND and got.handle == "wrenpaper"
    assert (got.fields.display_name, got.fields.followers, got.fields.posts) == ("Wren Paper", 12, None)


def test_a_private_tiktok_accounts_withheld_video_count_is_unknown_not_zero():
    # statusCode 10222: the page gives videoCount 0 whatever the account posted
    user = {"id": "7200000000000000009", "uniqueId": "wrenmallow", "nickname": "Wren Mallow", "privateAccount": True}
    stats = {"followerCount": 31, "followingCount": 4, "videoCount": 0}
    private = _read("tiktok", "https://www.tiktok.com/@wrenmallow", 200,
                    _tiktok_page({"userInfo": {"user": user, "stats": stats}, "statusCode": 10222}), False)
    assert private.state is FOUND and private.fields.posts is None and private.fields.followers == 31
    # a public account with no videos has 0 of them
    public = _read("tiktok", "https://www.tiktok.com/@wrenmallow", 200,
                   _tiktok_page({"userInfo": {"user": dict(user, privateAccount=False), "stats": stats}, "statusCode": 0}), False)
    assert public.fields.posts == 0


@BOTH
def test_an_oembed_answer_in_xml_reads_as_its_json_twin(generic):
    body = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed><version>1.0</version><type>video</type>'
            '<title>Folding a crane</title><author_name>Kestrel Paper Co</author_name>'
            '<author_url>https://www.youtube.com/@kestrelpaper</author_url><provider_name>YouTube</provider_name>'
            '<html>&lt;iframe&gt;&lt;/iframe&gt;</html></oembed>')
    got = _read("youtube", "https://www.youtube.com/oembed?url=https://www.youtube.com/watch?v=kestrelvid1&format=xml",
                200, body, generic)
    assert got.state is FOUND and got.handle == "kestrelpaper"
    assert got.fields.display_name == "Kestrel Paper Co"


# ------------------------------------------------ an item's permalink under a community is no profile address

@BOTH
def test_a_users_listing_is_the_user_not_the_community_its_posts_sit_in(generic):
    # subreddits are profiles too (r/<name>): a post's permalink under one names the post, not
    # the profile; the listing of a user's posts and comments is that user's
    def item(kind: str, n: int) -> dict:
        data = {"subreddit": "Origami", "subreddit_id": "t5_zz1", "author": "wren_mallow", "id": f"zz{n}",
                "name": f"{kind}_zz{n}", "created_utc": 1500000000.0 + n, "score": 3,
                "permalink": f"/r/Origami/comments/zz{n}/a_paper_crane/", "link_id": "t3_zz0"}
        if kind == "t3":
            data.update(title="A paper crane", selftext="", url="https://i.example.com/crane.jpg", num_comments=2)
        else:
            data.update(body="Nice fold", link_title="A paper crane")
        return {"kind": kind, "data": data}

    body = {"kind": "Listing", "data": {"modhash": "", "children": [item("t1", 1), item("t3", 2), item("t1", 3)],
                                        "after": None, "before": None}}
    got = _read("reddit", "https://www.reddit.com/user/wren_mallow.json", 200, body, generic)
    assert got.handle != "r/origami"
    assert got.state is not FOUND or got.handle == "wren_mallow"
