"""Families the s7g and s7h batches' blind runs missed, read on synthetic variants (issue #11):
never the captures themselves (tests/fixtures/real_captures batches 2026-12-06-s7g-blind and
2026-12-06-s7h-blind are their scorer's business).

- the fediverse before ActivityPub: an OStatus Atom feed whose ``<author>`` is a Portable
  Contacts person (GNU social, StatusNet, postActiv, Mastodon 1.x);
- a Google API resource that says what it is (``youtube#channel``) with an id and counts
  only (YouTube Data API ``channels.list`` asked for ``part=statistics`` alone);
- a GNU social / StatusNet / postActiv error page whose message box says 'No such user'
  under a server-error title, and such a page told apart by the software its footer credits;
- `extract auto` on answers that carry no URL of their own: a Telegram Bot API answer (its
  host, its ``{"ok": ..., "result"}`` envelope) and a trimmed or shell page that names its
  site only (``og:site_name``, an app link's scheme, a bare title);
- a timeline of one account's posts (X API v1/v1.1 ``statuses/user_timeline``): each post
  carries its author, whose id is the account's (not the post's);
- X/Twitter's server-rendered pages of 2014-2020: a bio whose shortened link keeps its scheme
  in an ``invisible`` span (the reader sees 'example.com/blog/'), and the protected flag its
  follow button carries (``data-protected``) beside the account's name and id;
- answers a client's test recorder wrote in its language's notation: the body an escaped
  string literal beside its status (OCaml Cohttp records, Elixir HTTPoison and Tesla structs,
  Ruby hashes), several in one file after a token call.
"""

# ruff: noqa: E501  (tables of real-shaped answers)

from __future__ import annotations

import json

import pytest

from crawler.extract import read_profile, without_rules
from tests.extract_cases import CAT, FOUND, NOT_FOUND

BARE = without_rules(CAT)


def _read(body, platform, url, catalog=BARE, status=200, headers=None):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return read_profile(catalog[platform], url, status, headers or {}, raw, None)


OSTATUS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:activity="http://activitystrea.ms/spec/1.0/" xmlns:poco="http://portablecontacts.net/spec/1.0" xmlns:statusnet="http://status.net/schema/api/1/">
 <id>https://{host}/api/statuses/user_timeline/{uid}.atom</id>
 <title>wren timeline</title>
 <logo>https://{host}/avatar/{uid}-96.png</logo>
 <author>
  <activity:object-type>http://activitystrea.ms/schema/1.0/person</activity:object-type>
  <uri>https://{host}/user/{uid}</uri>
  <name>wren</name>
  <summary>Ferry timetables, mostly.</summary>
  <link rel="alternate" type="text/html" href="https://{host}/wren"/>
  <link rel="avatar" type="image/png" href="https://{host}/avatar/{uid}-96.png"/>
  <poco:preferredUsername>wren</poco:preferredUsername>
  <poco:displayName>Wren of the Harbour</poco:displayName>
  <poco:note>Ferry timetables, mostly.</poco:note>
  <poco:urls><poco:type>homepage</poco:type><poco:value>https://wren.example</poco:value><poco:primary>true</poco:primary></poco:urls>
  <followers url="https://{host}/wren/subscribers"></followers>
  {info}
 </author>
 <entry><id>tag:{host},2016:noticeId=1</id><title>hello</title><author><name>someone-else</name></author></entry>
</feed>"""


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize(("host", "url", "info", "uid"), [
    ("gnusocial.example", "https://gnusocial.example/api/statuses/user_timeline/812.atom",
     '<statusnet:profile_info local_id="812"></statusnet:profile_info>', "812"),
    ("toot.example", "https://toot.example/users/wren.atom", "", None),   # Mastodon 1.x: no local id
])
def test_ostatus_atom_feeds_name_their_author(host, url, info, uid, catalog):
    body = OSTATUS_FEED.format(host=host, uid=uid or "1", info=info).encode()
    got = _read(body, "mastodon", url, catalog, headers={"Content-Type": "application/atom+xml"})
    assert got.state is FOUND, got.evidence
    assert got.handle == f"wren@{host}"
    f = got.fields
    assert f.display_name == "Wren of the Harbour"
    assert f.bio == "Ferry timetables, mostly."
    assert "https://wren.example" in f.external_links
    assert f.platform_id == uid


def test_a_plain_atom_author_is_no_fediverse_person():
    """A blog's Atom feed names an author with no Portable Contacts user name: no handle."""
    body = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>
    <author><name>Wren</name><uri>https://wren.example</uri></author></feed>"""
    got = _read(body, "mastodon", "https://wren.example/feed.atom")
    assert got.handle is None


def _channels(stats, kind="youtube#channel", cid="UCq0HarbourFerries00000"):
    return {"kind": "youtube#channelListResponse", "etag": "abc",
            "pageInfo": {"totalResults": 1, "resultsPerPage": 5},
            "items": [{"kind": kind, "etag": "def", "id": cid, "statistics": stats}]}


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize("url", [
    "https://www.googleapis.com/youtube/v3/channels?part=statistics&id=UCq0HarbourFerries00000",
    "https://youtube.googleapis.com/youtube/v3/channels?part=statistics&mine=true",
])
def test_a_channel_answer_with_statistics_only_is_that_channel(url, catalog):
    stats = {"viewCount": "9120", "commentCount": "0", "subscriberCount": "431",
             "hiddenSubscriberCount": False, "videoCount": "57"}
    got = _read(_channels(stats), "youtube", url, catalog)
    assert got.state is FOUND, got.evidence
    f = got.fields
    assert f.platform_id == "UCq0HarbourFerries00000"
    assert (f.followers, f.posts) == (431, 57)


def test_a_video_with_statistics_is_no_channel():
    """Only a resource that says it is a channel (or a person) counts: a video's id and
    counts name no account."""
    stats = {"viewCount": "9120", "likeCount": "3", "commentCount": "1"}
    got = _read(_channels(stats, kind="youtube#video", cid="dQw4w9WgXcQ"), "youtube",
                "https://www.googleapis.com/youtube/v3/videos?part=statistics&id=dQw4w9WgXcQ")
    assert got.state is not FOUND or got.fields.platform_id != "dQw4w9WgXcQ"


GNUSOCIAL_ERROR = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title} - harbour.example</title></head>
<body id="error"><div id="wrap"><div id="header"><ul class="nav"><li><a href="/main/login">Login</a></li></ul></div>
<div id="core"><div id="content"><h1>{title}</h1><div id="content_inner"><div class="error">{message}</div></div></div></div>
<div id="footer"><p><strong>harbour.example</strong> is a social network. It runs on <a href="https://gnu.io/social/">{software}</a>, version 1.2.0.</p></div>
</div></body></html>"""


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize(("title", "message", "software", "status"), [
    ("Internal Server Error", "No such user found.", "postActiv", 200),   # a WebFinger lookup
    ("No such user.", "No such user.", "GNU social", 404),                # a profile URL
    ("Error", "No such profile.", "StatusNet", 200),
])
def test_gnu_social_family_error_pages_say_the_user_does_not_exist(title, message, software, status, catalog):
    body = GNUSOCIAL_ERROR.format(title=title, message=message, software=software).encode()
    got = _read(body, "mastodon", "https://harbour.example/.well-known/webfinger?resource=acct:nobody@harbour.example",
                catalog, status=status, headers={"Content-Type": "text/html"})
    assert got.state is NOT_FOUND, got.evidence


def test_a_gnu_social_family_page_is_told_by_the_software_its_footer_credits():
    from crawler.extract.detect import detect_platform

    for software in ("GNU social", "postActiv", "StatusNet"):
        body = GNUSOCIAL_ERROR.format(title="Error", message="No such user.", software=software)
        assert detect_platform(CAT, None, body) == "mastodon", software
    assert detect_platform(CAT, None, "<html><body><p>It runs on <a href='/'>WordPress</a></p></body></html>") != "mastodon"


def test_a_bio_that_mentions_no_such_user_is_still_a_profile_line():
    """Only a line that is the whole message counts: words inside a longer sentence do not."""
    from crawler.extract import hints as H

    assert H.MISSING_PAGE.search("No such user found.")
    assert not H.MISSING_PAGE.search("There is no such user as a typical commuter")


@pytest.mark.parametrize(("url", "body", "want"), [
    ("https://api.telegram.org/bot<TOKEN>/test/getMe", '{"ok":true,"result":{"id":7,"is_bot":true,"first_name":"Ferry","username":"ferry_bot"}}', "telegram"),
    (None, '{"ok": true, "result": {"id": -100123, "type": "channel", "title": "Ferries"}}', "telegram"),
    (None, '{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}', "telegram"),
    (None, '{"ok":false,"error":"invalid_auth"}', None),                          # Slack's, not Telegram's
    (None, '<html><head><meta property="og:site_name" content="Instagram"/></head><body></body></html>', "instagram"),
    (None, '<html><head><meta property="al:ios:url" content="instagram://user?username=ferry"/></head></html>', "instagram"),
    (None, '<html><head><meta property="al:android:url" content="twitter://user?screen_name=ferry"/></head></html>', "x"),
    (None, '<!-- trimmed --><html><head><title>Pinterest</title></head><body></body></html>', "pinterest"),
    (None, '<html><head><title>Ferry timetables</title></head><body></body></html>', None),
])
def test_auto_tells_answers_without_urls_by_what_they_name(url, body, want):
    from crawler.extract.detect import detect_platform

    assert detect_platform(CAT, url, body) == want


def _tweet(tid, text, user, reply_to=None):
    return {"created_at": "Wed Apr 10 18:02:11 +0000 2013", "id": tid, "id_str": str(tid), "text": text,
            "in_reply_to_status_id": reply_to, "in_reply_to_screen_name": "someone" if reply_to else None,
            "retweet_count": 0, "entities": {"user_mentions": [{"screen_name": "someone", "id": 9, "id_str": "9"}] if reply_to else []},
            "user": user}


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize("with_id_str", [True, False])   # v1.1, and v1 of 2009-2010 (no id_str)
def test_a_timeline_names_its_author_by_the_authors_id(with_id_str, catalog):
    user = {"id": 48213577, "name": "Harbour Ferries", "screen_name": "harbourferries",
            "description": "Boats across the bay.", "followers_count": 812, "friends_count": 40,
            "statuses_count": 3120, "protected": False, "verified": False}
    if with_id_str:
        user["id_str"] = "48213577"
    body = [_tweet(322000000000000001 + i, "@someone on time" if i else "Sailing at 9",
                   user, reply_to=321999999999999999 if i else None) for i in range(3)]
    got = _read(body, "x", "https://api.twitter.com/1.1/statuses/user_timeline.json?screen_name=harbourferries", catalog)
    assert got.state is FOUND, got.evidence
    assert got.handle == "harbourferries"
    f = got.fields
    assert f.platform_id == "48213577"
    assert (f.followers, f.following, f.posts) == (812, 40, 3120)


LEGACY_X = """<!DOCTYPE html><html><head><title>Harbour Ferries (@harbourferries) | Twitter</title></head><body>
<div class="ProfileHeaderCard"><h1 class="ProfileHeaderCard-name"><a class="ProfileHeaderCard-nameLink" href="/harbourferries">Harbour Ferries</a></h1>
<h2 class="ProfileHeaderCard-screenname"><a class="ProfileHeaderCard-screennameLink" href="/harbourferries">@<b class="u-linkComplex-target">harbourferries</b></a></h2>
<p class="ProfileHeaderCard-bio u-dir">Boats across the bay. Timetables at <a href="https://t.co/AbCdEf" data-expanded-url="https://harbour.example/times/" class="twitter-timeline-link" title="https://harbour.example/times/"><span class="invisible">https://</span><span class="js-display-url">harbour.example/times/</span><span class="tco-ellipsis"><span class="invisible">&nbsp;</span></span></a></p>
</div>
<div class="ProfileNav" data-user-id="48213577"><ul><li class="ProfileNav-item ProfileNav-item--userActions">
<div class="user-actions btn-group not-following" data-user-id="48213577" data-screen-name="harbourferries" data-name="Harbour Ferries" data-protected="{protected}"></div></li></ul></div>
<div class="stream"><div class="tweet" data-screen-name="someone" data-user-id="9" data-name="Someone" data-protected="{other}"></div></div>
</body></html>"""


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize(("protected", "other"), [("false", "true"), ("true", "false")])
def test_a_legacy_x_page_shows_its_bio_as_read_and_says_whether_it_is_protected(protected, other, catalog):
    body = LEGACY_X.format(protected=protected, other=other).encode()
    got = _read(body, "x", "https://twitter.com/harbourferries", catalog, headers={"Content-Type": "text/html"})
    assert got.state is FOUND, got.evidence
    assert got.handle == "harbourferries"
    f = got.fields
    assert f.bio == "Boats across the bay. Timetables at harbour.example/times/"
    assert f.is_private is (protected == "true")
    assert f.platform_id == "48213577"


def test_visible_texts_leave_out_what_no_reader_sees():
    from parsel import Selector

    from crawler.extract import values as V

    el = Selector(text='<p class="bio">a <span class="invisible">https://</span>b.example<br/>c</p>').css("p")[0]
    assert "".join(V.visible_texts(el)) == "a b.examplec"
    assert len(V.visible_texts(el, with_breaks=True)) == 4
    hidden = Selector(text='<div class="invisible"><p class="bio">shown when opened</p></div>').css("p")[0]
    assert "".join(V.visible_texts(hidden)) == "shown when opened"   # the element's own context


COHTTP = (b'((request(Post_form(uri https://www.reddit.com/api/v1/access_token)(headers((authorization <A>)))))'
          b'(response(((encoding(Fixed 40))(headers((content-type"application/json")))(version HTTP_1_1)(status OK)(flush false))'
          b'"{\\"access_token\\": \\"<T>\\", \\"expires_in\\": 3600}")))'
          b'((request(Get(uri https://oauth.reddit.com/user/harbourferries/about?raw_json=1)(headers((authorization"bearer <T>")))))'
          b'(response(((encoding(Fixed 99))(headers((content-type"application/json; charset=UTF-8")(date"Tue, 25 Aug 2020 18:57:06 GMT")))'
          b'(version HTTP_1_1)(status {status})(flush false))"{body}")))')
REDDIT_T2 = b'{\\"kind\\": \\"t2\\", \\"data\\": {\\"name\\": \\"harbourferries\\", \\"id\\": \\"7xk2\\", \\"link_karma\\": 12, \\"comment_karma\\": 3, \\"created_utc\\": 1500000000.0, \\"verified\\": true, \\"subreddit\\": {\\"title\\": \\"Harbour \\\\u00e9 Ferries\\", \\"display_name\\": \\"u_harbourferries\\", \\"subreddit_type\\": \\"user\\", \\"public_description\\": \\"Boats\\\\nacross\\"}}}'


def test_answers_in_source_notation_are_unpacked():
    from crawler.extract.captures import recorded_answers

    found = recorded_answers(COHTTP.replace(b"{status}", b"OK").replace(b"{body}", REDDIT_T2))
    assert [(a.url, a.status) for a in found] == [
        ("https://www.reddit.com/api/v1/access_token", 200),
        ("https://oauth.reddit.com/user/harbourferries/about?raw_json=1", 200)]
    doc = json.loads(found[1].body)
    assert doc["data"]["subreddit"]["title"] == "Harbour \u00e9 Ferries"
    assert doc["data"]["subreddit"]["public_description"] == "Boats\nacross"
    gone = recorded_answers(COHTTP.replace(b"{status}", b"Not_found").replace(b"{body}", b'{\\"message\\": \\"Not Found\\", \\"error\\": 404}'))
    assert gone[1].status == 404
    limited = recorded_answers(COHTTP.replace(b"{status}", b"(Code 429)").replace(b"{body}", b'{\\"message\\": \\"Too Many Requests\\"}'))
    assert limited[1].status == 429


@pytest.mark.parametrize(("source", "url", "status"), [
    # Elixir: HTTPoison's response struct as inspect/1 prints it (the call in a comment)
    (b'#\n# HTTPoison.get!("https://api.github.com/users/wren")\n#\n\n%HTTPoison.Response{body: "{\\"login\\":\\"wren\\",\\"id\\":51,\\"name\\":\\"Wren \\\\u00c9\\"}",\n headers: [{"Server", "GitHub.com"}, {"Status", "200 OK"}],\n status_code: 200}\n',
     "https://api.github.com/users/wren", 200),
    # Elixir: newer HTTPoison names the URL; Tesla's Env puts the status first
    (b'%HTTPoison.Response{status_code: 404, body: "{\\"message\\":\\"Not Found\\"}", headers: [], request_url: "https://api.github.com/users/nobody"}',
     "https://api.github.com/users/nobody", 404),
    (b'%Tesla.Env{method: :get, url: "https://api.github.com/users/wren", status: 200, body: "{\\"login\\":\\"wren\\",\\"id\\":51}", headers: []}',
     "https://api.github.com/users/wren", 200),
    # Ruby: a hash a test stubs a request with
    (b'stub_request(:get, "https://api.github.com/users/wren").to_return({:status => 200, :body => "{\\"login\\":\\"wren\\",\\"id\\":51}"})',
     None, 200),
])
def test_one_answer_in_source_notation(source, url, status):
    from crawler.extract.captures import recorded_answers

    (answer,) = recorded_answers(source)
    assert answer.status == status
    assert url is None or answer.url == url
    assert json.loads(answer.body)["login" if status == 200 else "message"]


@pytest.mark.parametrize("body", [
    # a JSON answer whose strings hold escaped HTML or JSON is that answer, not source
    b'{"source": "<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter for iPhone and some more words</a>", "status": 200}',
    b'for (;;);{"payload": "{\\"a\\": 1}", "status": 200}',
    b'<html><script>var s = "{\\"a\\": 1}";</script></html>',
])
def test_bodies_are_never_taken_for_source(body):
    from crawler.extract.captures import recorded_answers

    (answer,) = recorded_answers(body)
    assert answer.body is body
