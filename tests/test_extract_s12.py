"""Families the s11o, s12q and s12r capture batches showed, each written by hand with made-up
values (none is a copy of a file in tests/fixtures/real_captures): a list of Bluesky profiles,
YouTube Data API channels answers with no description, Instagram's /me of an OAuth flow and its
old /<name>/media/ listing, an X tweet permalink of 2016, and a page title that is only a
template around the handle."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json

from extract_cases import CAT, FOUND, read

from crawler.extract.detect import saved_answer
from crawler.extract.layers import _dicts, listing_owner

# ------------------------------------------------------------------ a list of Bluesky profiles


def _bsky(n: int, handle: str, name: str, followers: int, viewer: dict | None = None) -> dict:
    did = f"did:plc:{'abcdefghijklmnopqrstuvw'[n:]}{n}x"
    return {"did": did, "handle": handle, "displayName": name,
            "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did}/bafk{n}@jpeg",
            "associated": {"lists": 0, "feedgens": 0, "starterPacks": 0, "labeler": False},
            "viewer": viewer or {"muted": False, "blockedBy": False},
            "labels": [], "createdAt": "2024-02-01T10:00:00.000Z",
            "description": f"{name} writes here.", "indexedAt": "2025-03-01T10:00:00.000Z",
            "followersCount": followers, "followsCount": 12 + n, "postsCount": 40 + n}


PROFILES = [
    _bsky(1, "quayside.bsky.social", "Quayside Books", 310,
          {"muted": False, "blockedBy": False, "knownFollowers": {"count": 1, "followers": [
              {"did": "did:plc:zz9", "handle": "other.bsky.social", "displayName": "Other One",
               "viewer": {"muted": False}, "labels": []}]}}),
    _bsky(2, "harbourferry.bsky.social", "Harbour Ferry", 90_000),
    _bsky(3, "millpond.example", "Mill Pond", 4_200),
]


def test_list_of_equal_profiles_reads_the_first():
    """A list of profileViewDetailed objects (getProfiles' 'profiles', or a library's saved
    list of them): every one is as complete as the others, so the first (the first actor
    asked) is the one read, not the last nor the most followed; never a known follower."""
    for doc in (PROFILES, {"profiles": PROFILES}):
        got = read("bluesky", "", 200, doc)
        assert got.state is FOUND and got.handle == "quayside.bsky.social"
        f = got.fields
        assert (f.display_name, f.followers, f.following, f.posts) == ("Quayside Books", 310, 13, 41)
        assert f.platform_id == PROFILES[0]["did"]
    name, *_ = saved_answer(CAT, "auto", json.dumps(PROFILES).encode(), "file:///saved")
    assert name == "bluesky"


def test_dicts_walks_in_document_order():
    doc = {"a": {"n": 1, "b": [{"n": 2}, {"n": 3, "c": {"n": 4}}]}, "d": {"n": 5}}
    assert [node["n"] for node, _ in _dicts(doc) if "n" in node] == [1, 2, 3, 4, 5]


# ------------------------------------------------------------------ YouTube Data API channels


def _channels(part_extra: dict | None = None) -> dict:
    item = {"kind": "youtube#channel", "etag": '"abc/def"', "id": "UCq0Lw3Xx9mJ1pQ2rS3tU4vW",
            "snippet": {"title": "Mira Holt", "description": "", "publishedAt": "2017-05-04T09:10:11.000Z",
                        "thumbnails": {"default": {"url": "https://yt3.ggpht.com/a/xyz=s88", "width": 88, "height": 88}},
                        "localized": {"title": "Mira Holt", "description": ""}, "country": "GB"}}
    item.update(part_extra or {})
    return {"kind": "youtube#channelListResponse", "etag": '"abc/ghi"',
            "pageInfo": {"totalResults": 1, "resultsPerPage": 1}, "items": [item]}


def test_channels_snippet_with_an_empty_description_is_a_channel():
    """channels.list?part=snippet of a channel with no description and no customUrl: the
    resource says it is a channel (kind youtube#channel), so its snippet's title is its name."""
    for url, extra in (
        ("https://www.googleapis.com/youtube/v3/channels?id=UCq0Lw3Xx9mJ1pQ2rS3tU4vW&part=snippet&key=K", None),
        ("https://www.googleapis.com/youtube/v3/channels?mine=true&part=snippet,status",
         {"status": {"privacyStatus": "public", "isLinked": True, "longUploadsStatus": "allowed"}}),
    ):
        got = read("youtube", url, 200, _channels(extra))
        assert got.state is FOUND, got.reason
        assert (got.fields.display_name, got.fields.platform_id) == ("Mira Holt", "UCq0Lw3Xx9mJ1pQ2rS3tU4vW")
        assert got.fields.bio is None


def test_channels_answer_of_any_part_is_a_channel():
    """channels.list with part=id, status or contentDetails only: the resource (its kind, etag
    and id) is a channel that exists; a search result's {kind, channelId} reference is not."""
    for extra in ({}, {"status": {"privacyStatus": "public", "isLinked": True}},
                  {"contentDetails": {"relatedPlaylists": {"likes": "", "uploads": "UUq0Lw3Xx9mJ1pQ2rS3tU4vW"}}}):
        item = {"kind": "youtube#channel", "etag": "Zx1", "id": "UCq0Lw3Xx9mJ1pQ2rS3tU4vW", **extra}
        doc = {"kind": "youtube#channelListResponse", "etag": "Zx0",
               "pageInfo": {"totalResults": 1, "resultsPerPage": 5}, "items": [item]}
        got = read("youtube", "https://www.googleapis.com/youtube/v3/channels?part=id&id=UCq0Lw3Xx9mJ1pQ2rS3tU4vW", 200, doc)
        assert got.state is FOUND and got.fields.platform_id == "UCq0Lw3Xx9mJ1pQ2rS3tU4vW", extra
    search = {"kind": "youtube#searchListResponse", "etag": "Zx2", "pageInfo": {"totalResults": 2, "resultsPerPage": 5},
              "items": [{"kind": "youtube#searchResult", "etag": f"Zx{n}", "id": {"kind": "youtube#channel", "channelId": f"UCq0Lw3Xx9mJ1pQ2rS3tU4v{n}"}}
                        for n in range(2)]}
    got = read("youtube", "https://www.googleapis.com/youtube/v3/search?part=id&q=mira&type=channel", 200, search)
    assert got.state is not FOUND


def test_a_title_without_a_channel_kind_is_no_profile():
    """The title rule needs the resource's own kind: a bare {id, title} is a video or a list."""
    doc = {"items": [{"id": "PLq0Lw3Xx9", "title": "Mira Holt", "thumbnails": {}}]}
    got = read("youtube", "https://www.googleapis.com/youtube/v3/playlists?id=PLq0Lw3Xx9", 200, doc)
    assert got.state is not FOUND or got.fields.display_name is None


# ------------------------------------------------------------------ Instagram


def test_instagram_me_of_an_oauth_flow_names_its_account():
    """The Basic Display (and Graph) API's /me with fields=account_type,id,username: an account's
    own record, its type says so, even with no name, counts or picture."""
    body = {"account_type": "BUSINESS", "id": "5123987741", "username": "harbour.ferry"}
    got = read("instagram", "https://graph.instagram.com/me?fields=account_type,id,username", 200, body)
    assert got.state is FOUND and got.handle == "harbour.ferry"


def test_id_and_username_alone_stay_unrecognised():
    """Without the account's type (or a name, counts, a picture) {id, username} saved with no
    address is not read as a profile: a media object of the Graph API has the same two keys."""
    body = {"id": "17912345678901234", "username": "harbour.ferry"}
    got = read("instagram", "", 200, body)
    assert got.state is not FOUND


def test_own_account_answered_with_its_id_and_handle_only():
    """/me?fields=id,username (Instagram's and Threads' Graph APIs, no account_type asked):
    the request is for the token's own account, so its id and handle are someone; the same
    body from an address that asks for nobody in particular stays unrecognised."""
    body = {"id": "17841400000000042", "username": "harbour.ferry"}
    for platform, url in (("instagram", "https://graph.instagram.com/v19.0/me?fields=id,username"),
                          ("instagram", "https://api.instagram.com/v1/users/self"),
                          ("threads", "https://graph.threads.net/v1.0/me?fields=id,username")):
        got = read(platform, url, 200, body)
        assert got.state is FOUND and got.handle == "harbour.ferry", (platform, url, got.reason)
    assert read("instagram", "https://graph.instagram.com/v19.0/search?q=x", 200, body).state is not FOUND


def test_own_media_list_of_the_graph_api_names_its_owner():
    """/me/media?fields=id,caption,media_type,media_url,permalink,timestamp,username: every
    media object's username is its owner's, the token's own account."""
    items = [{"id": f"1790000000{n}", "caption": "Ferry at dawn", "media_type": "IMAGE",
              "media_url": f"https://scontent.example/{n}.jpg", "permalink": f"https://www.instagram.com/p/Cx{n}/",
              "timestamp": "2021-05-01T10:00:00+0000", "username": "harbour.ferry"} for n in range(3)]
    doc = {"data": items, "paging": {"cursors": {"before": "a", "after": "b"}}}
    got = read("instagram", "https://graph.instagram.com/me/media?fields=id,caption,username", 200, doc)
    assert got.state is FOUND and got.handle == "harbour.ferry"
    items[1] = dict(items[1], username="millpond")  # a feed of several owners: no one's
    assert read("instagram", "https://graph.instagram.com/me/media", 200, doc).state is not FOUND


def _media_item(n: int, owner: dict, liker: dict) -> dict:
    return {"id": f"99887766554433{n}_{owner['id']}", "code": f"BxYz{n}", "type": "image",
            "created_time": str(1455000000 + n), "link": f"https://www.instagram.com/p/BxYz{n}/",
            "images": {"low_resolution": {"url": f"https://scontent.example/{n}.jpg", "width": 320, "height": 320}},
            "caption": {"created_time": str(1455000000 + n), "text": "Ferry at dawn #harbour", "from": owner,
                        "id": f"1790000000{n}"},
            "likes": {"count": 4, "data": [liker]},
            "comments": {"count": 1, "data": [{"created_time": "1455000100", "text": "lovely", "from": liker, "id": f"1780000000{n}"}]},
            "user": owner, "location": None, "can_view_comments": True, "alt_media_url": None}


def test_instagram_media_listing_reads_its_owner():
    """The old public /<name>/media/ answer (2012-2016): items each with the owner's user
    object (here with an empty full name), their likers and commenters (with full names):
    the account asked for is the owner, with its own id, not a liker nor a media id."""
    owner = {"username": "harbour.ferry", "profile_picture": "https://scontent.example/p.jpg", "id": "3141592653", "full_name": ""}
    liker = {"username": "millpond", "profile_picture": "https://scontent.example/m.jpg", "id": "2718281828", "full_name": "Mill Pond Cafe"}
    doc = {"status": "ok", "items": [_media_item(n, owner, liker) for n in range(3)], "more_available": True}
    got = read("instagram", "https://www.instagram.com/harbour.ferry/media/", 200, doc)
    assert got.state is FOUND and got.handle == "harbour.ferry"
    assert got.fields.platform_id == "3141592653"
    assert got.fields.display_name is None


def test_instagram_media_listing_saved_without_its_address():
    """The same listing saved with no address: the owner every post names (its 'user') is
    the account, not a liker with a longer record; posts of several owners favour none."""
    owner = {"username": "harbour.ferry", "profile_picture": "https://scontent.example/p.jpg", "id": "3141592653", "full_name": ""}
    liker = {"username": "millpond", "profile_picture": "https://scontent.example/m.jpg", "id": "2718281828", "full_name": "Mill Pond Cafe"}
    doc = {"status": "ok", "items": [_media_item(n, owner, liker) for n in range(3)], "more_available": True}
    got = read("instagram", "", 200, doc)
    assert got.state is FOUND and (got.handle, got.fields.platform_id) == ("harbour.ferry", "3141592653")
    other = {"username": "quayside", "profile_picture": "https://scontent.example/q.jpg", "id": "1618033988", "full_name": ""}
    mixed = {"status": "ok", "items": [_media_item(1, owner, liker), _media_item(2, other, liker)]}
    assert listing_owner(mixed) is None and listing_owner(doc) == "id:3141592653"


# ------------------------------------------------------------------ an X tweet permalink of 2016

TWEET_PAGE = """<!DOCTYPE html><html><head><title>Quayside Books on Twitter: "New shelf today."</title>
<meta property="og:type" content="article"><meta property="og:title" content="Quayside Books on Twitter">
<meta property="og:description" content="&ldquo;New shelf today.&rdquo;">
<link rel="canonical" href="https://twitter.com/QuaysideBooks/status/801234567890123456"></head><body>
<div class="ProfileCard js-actionable-user" data-screen-name="QuaysideBooks" data-user-id="">
<div class="ProfileHeaderCard"><h1 class="ProfileHeaderCard-name"><a href="/QuaysideBooks" class="ProfileHeaderCard-nameLink u-textInheritColor js-nav">Quayside Books</a></h1>
<h2 class="ProfileHeaderCard-screenname u-inlineBlock u-dir"><a class="ProfileHeaderCard-screennameLink u-linkComplex js-nav" href="/QuaysideBooks">@<span class="u-linkComplex-target">QuaysideBooks</span></a></h2>
<p class="ProfileHeaderCard-bio u-dir">Second-hand books by the harbour.</p></div></div>
<div class="permalink-tweet-container"><div class="tweet permalink-tweet js-actionable-user" data-screen-name="QuaysideBooks" data-name="Quayside Books" data-user-id="55512345">
<div class="follow-bar"><div class="user-actions btn-group not-following" data-user-id="55512345" data-screen-name="QuaysideBooks" data-name="Quayside Books" data-protected="false"></div></div>
<p class="TweetTextSize">New shelf today.</p></div></div>
<ol class="stream-items"><li><div class="tweet js-actionable-user" data-screen-name="millpond" data-name="Mill Pond" data-user-id="66698765">
<div class="user-actions" data-user-id="66698765" data-screen-name="millpond" data-protected="true"></div><p>@QuaysideBooks nice</p></div></li></ol>
</body></html>"""


def test_tweet_permalink_gives_its_authors_id_and_protection():
    """A logged-out tweet page of 2016: its URL and canonical are the tweet's, so only the
    platform's rules read the author (the sidebar's ProfileHeaderCard); the author's own
    elements then give the account id and data-protected, a replier's never."""
    got = read("x", "https://twitter.com/QuaysideBooks/status/801234567890123456", 200, TWEET_PAGE)
    assert got.state is FOUND and got.handle == "quaysidebooks"
    assert (got.fields.platform_id, got.fields.is_private) == ("55512345", False)
    assert got.fields.display_name == "Quayside Books"


# ------------------------------------------------------------------ a page title around a handle

GH_HEAD = ('<meta property="og:url" content="https://github.com/{h}"><meta property="profile:username" content="{h}">'
           '<meta property="og:title" content="{h} - Overview">')


def _page(title: str, head: str, body: str) -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def test_github_user_with_no_name_has_no_display_name():
    """GitHub's og:title is 'login - Overview' for every user, and the <title> of one with no
    name is 'login · GitHub': templates around the handle, not a name."""
    html = _page("harbourferry · GitHub", GH_HEAD.format(h="harbourferry"),
                 '<div class="p-note user-profile-bio"><div>Boats.</div></div>')
    got = read("github", "https://github.com/harbourferry", 200, html)
    assert got.state is FOUND and got.handle == "harbourferry"
    assert got.fields.display_name is None and got.fields.bio == "Boats."


def test_github_head_only_reads_the_name_from_the_title():
    """A page saved with its head only: the og:title is the template, the <title> still gives
    'login (Name) · GitHub'."""
    html = _page("harbourferry (Harbour Ferry) · GitHub", GH_HEAD.format(h="harbourferry"), "")
    got = read("github", "https://github.com/harbourferry", 200, html)
    assert got.fields.display_name == "Harbour Ferry"


def test_title_templates_around_a_handle_on_other_platforms():
    """'name - Videos', '@name | Posts' and the like are the handle and a tab: no name (and no
    sign of a profile: every name gets the template); a title whose words are a name stays."""
    for title, want in (("harbourferry - Videos", None), ("@harbourferry | Posts", None),
                        ("Harbour Ferry | Posts", "Harbour Ferry | Posts"),
                        # a bare og:title is the name's own slot, even when the name is the
                        # handle (Telegram's 'BotFather' of @botfather)
                        ("HarbourFerry", "HarbourFerry")):
        html = _page(title, '<meta property="og:url" content="https://mastodon.social/@harbourferry">'
                            f'<meta property="og:title" content="{title}">'
                            '<meta property="og:description" content="Boats and more boats.">', "")
        got = read("mastodon", "https://mastodon.social/@harbourferry", 200, html)
        assert got.fields.display_name == want, (title, got.fields.display_name)
    # Reddit writes the handle 'u/name': 'u/name - Reddit' is its template too
    html = _page("u/harbourferry - Reddit", '<meta property="og:title" content="u/harbourferry - Reddit">'
                 '<meta property="og:description" content="Boats and more boats.">', "")
    got = read("reddit", "https://www.reddit.com/user/harbourferry/", 200, html)
    assert got.fields.display_name is None
    # a title with a slot for the name keeps it, even when the name is the handle
    html = _page("harbourferry (@harbourferry) | TikTok", "", "")
    got = read("tiktok", "https://www.tiktok.com/@harbourferry", 200, html)
    assert got.fields.display_name in ("harbourferry", None)
