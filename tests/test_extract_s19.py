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
