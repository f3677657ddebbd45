"""Shapes the next blind batches may bring, read on synthetic answers written by hand from the
documented or widely seen shape (issue #11, round 5): other fediverse servers' account
objects, API error shapes, GraphQL connections.

- PeerTube accounts and channels (``name`` the user name, ``host`` its server apart,
  ``displayName`` the shown name) and Lemmy's ``person_view`` (``person``, ``counts``,
  ``actor_id``);
- errors that say the account is not there in other words: Lemmy's ``couldnt_find_person``,
  the Graph API's business discovery ('Cannot find User' under code 110), Bluesky's
  'Unable to resolve handle', an ActivityPub actor answered 410 ``{"error": "Gone"}``;
- GitHub GraphQL's user: ``repositories {totalCount}`` and ``databaseId``;
- saved answers in other tools' files and encodings: JSON behind an anti-hijacking prefix
  (``)]}'``, ``for (;;);``) or in a JSONP call, ``curl -iL`` with every hop's head, web
  archives (WARC, one gzip member a record), pages saved as one file (MHTML, quoted-printable),
  cassette bodies recorded deflate- or brotli-coded, Postman collections' saved examples;
- an Open Graph app's own count properties (``pinterestapp:followers`` and its like);
- a Bluesky profile view labelled ``!takedown``, and LinkedIn's finder answering no element;
- Ruby VCR cassettes of 2010-2014: VCR 1.x's list of ``!ruby/struct:VCR::HTTPInteraction`` with
  a port in the URL, and bodies under Ruby's own ``!binary`` tag;
- saves kept bzip2- or xz-packed, and Burp Suite's saved items (base64 HTTP messages);
- fediverse servers' profile pages: a bare ``profile:username`` on another server (GoToSocial,
  Misskey) is that server's account, the name beside the address in the title ('Wren
  (@wren@toot.example)', 'Wren, @wren@gts.example') is the name, an app's ``<ns>:user-id``.
"""

# ruff: noqa: E501  (tables of real-shaped answers)

from __future__ import annotations

import gzip
import json
import zlib

import pytest

from crawler.extract import read_profile, without_rules
from tests.extract_cases import CAT, FOUND, NOT_FOUND, UNVERIFIABLE

BARE = without_rules(CAT)


def _read(body, platform, url, catalog=BARE, status=200):
    return read_profile(catalog[platform], url, status, {}, json.dumps(body).encode(), None)


PEERTUBE_ACCOUNT = {"id": 3, "name": "wren", "host": "tube.example", "displayName": "Wren of the Harbour",
                    "description": "Ferry videos.", "followersCount": 100, "followingCount": 2,
                    "url": "https://tube.example/accounts/wren", "avatars": [{"path": "/lazy-static/avatars/a.png", "width": 48}],
                    "createdAt": "2018-01-01T00:00:00.000Z", "userId": 2}


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize(("body", "url", "want"), [
    (PEERTUBE_ACCOUNT, "https://tube.example/api/v1/accounts/wren", "wren@tube.example"),
    ({**PEERTUBE_ACCOUNT, "name": "wren_channel", "url": "https://tube.example/video-channels/wren_channel",
      "ownerAccount": {"id": 3, "name": "wren", "host": "tube.example", "displayName": "Owner"}},
     "https://tube.example/api/v1/video-channels/wren_channel", "wren_channel@tube.example"),
    # an account of another server, asked of this one: its own server names it
    ({**PEERTUBE_ACCOUNT, "host": "other.example"}, "https://tube.example/api/v1/accounts/wren@other.example", "wren@other.example"),
])
def test_peertube_accounts_and_channels(body, url, want, catalog):
    got = _read(body, "mastodon", url, catalog)
    assert got.state is FOUND, got.evidence
    assert got.handle == want
    f = got.fields
    assert f.display_name == "Wren of the Harbour"
    assert (f.followers, f.following) == (100, 2)


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
def test_lemmy_person_view(catalog):
    body = {"person_view": {"person": {"id": 2, "name": "wren", "display_name": "Wren of the Harbour", "bio": "Ferries.",
                                       "actor_id": "https://links.example/u/wren", "local": True, "banned": False,
                                       "published": "2019-04-03T12:00:00Z", "bot_account": False, "deleted": False},
                            "counts": {"person_id": 2, "post_count": 10, "comment_count": 100}, "is_admin": False},
            "comments": [], "posts": [], "moderates": []}
    got = _read(body, "mastodon", "https://links.example/api/v3/user?username=wren", catalog)
    assert got.state is FOUND, got.evidence
    assert got.handle == "wren@links.example"
    assert got.fields.display_name == "Wren of the Harbour"
    assert got.fields.posts == 10 and got.fields.bio == "Ferries."


def test_a_name_is_a_user_name_only_beside_its_server():
    """A Graph API page's ``name`` with a ``host``-less record stays its shown name."""
    got = _read({"id": "1234567890", "name": "Harbour Ferries", "username": "harbourferries", "fan_count": 12},
                "facebook", "https://graph.facebook.com/v19.0/harbourferries")
    assert got.fields.display_name == "Harbour Ferries"


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize(("platform", "url", "status", "body"), [
    ("mastodon", "https://links.example/api/v3/user?username=nobody", 400, {"error": "couldnt_find_person"}),
    ("mastodon", "https://toot.example/users/gone", 410, {"error": "Gone"}),
    ("instagram", "https://graph.facebook.com/v19.0/1784?fields=business_discovery.username(nobody_x){followers_count}", 400,
     {"error": {"message": "Invalid user id", "type": "OAuthException", "code": 110, "error_subcode": 2207013, "is_transient": False,
                "error_user_title": "Cannot find User", "error_user_msg": "The user with username: nobody_x cannot be found.", "fbtrace_id": "A1"}}),
    ("bluesky", "https://bsky.social/xrpc/com.atproto.identity.resolveHandle?handle=nobody.bsky.social", 400,
     {"error": "InvalidRequest", "message": "Unable to resolve handle"}),
    ("github", "https://api.github.com/graphql", 200,
     {"data": {"user": None}, "errors": [{"type": "NOT_FOUND", "path": ["user"], "message": "Could not resolve to a User with the login of 'nobody-x'."}]}),
])
def test_errors_that_say_the_account_is_not_there(platform, url, status, body, catalog):
    got = _read(body, platform, url, catalog, status)
    assert got.state is NOT_FOUND, (got.state, got.reason)


@pytest.mark.parametrize(("platform", "url", "status", "body"), [
    # a bad token or a missing permission still says nothing about the account
    ("instagram", "https://graph.facebook.com/v19.0/me", 400,
     {"error": {"message": "Invalid OAuth access token.", "type": "OAuthException", "code": 190, "fbtrace_id": "A"}}),
    ("mastodon", "https://toot.example/api/v1/accounts/1", 410, {"error": "This API is gone, use v2"}),
    ("bluesky", "https://bsky.social/xrpc/app.bsky.actor.getProfile?actor=x.bsky.social", 401,
     {"error": "AuthMissing", "message": "Authentication Required"}),
])
def test_errors_that_say_nothing_about_the_account(platform, url, status, body):
    got = _read(body, platform, url, BARE, status)
    assert got.state is UNVERIFIABLE, (got.state, got.reason)


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
def test_github_graphql_user(catalog):
    body = {"data": {"user": {"login": "wren", "name": "Wren", "bio": "Ferries.", "id": "MDQ6VXNlcjU4MzIzMQ==", "databaseId": 583231,
                              "followers": {"totalCount": 5}, "following": {"totalCount": 2},
                              "repositories": {"totalCount": 10}, "websiteUrl": "https://wren.example"}}}
    got = _read(body, "github", "https://api.github.com/graphql", catalog)
    assert got.state is FOUND and got.handle == "wren"
    f = got.fields
    assert (f.followers, f.following, f.posts, f.platform_id) == (5, 2, 10, "583231")


USER = {"login": "wren", "id": 51, "name": "Wren Harbour", "followers": 5, "following": 2, "public_repos": 7, "type": "User"}
RAW = json.dumps(USER).encode()


def _saved(data, platform="github"):
    from crawler.extract.detect import saved_answer

    name, url, status, headers, body, _ = saved_answer(CAT, platform, data, "file:///saved")
    return url, read_profile(CAT[name or platform], url, status, headers, body)


@pytest.mark.parametrize("data", [
    b")]}'\n" + RAW, b")]}',\n" + RAW, b"for (;;);" + RAW, b"while(1);" + RAW,
    b"/**/jQuery1102_1({...})".replace(b"{...}", RAW) + b";", b"callback(" + RAW + b")",
])
def test_json_behind_a_guard_or_in_a_callback_is_read(data):
    _, got = _saved(data)
    assert got.state is FOUND and got.handle == "wren" and got.fields.followers == 5


def test_a_script_that_merely_calls_something_is_no_json():
    _, got = _saved(b"init({a: 1}); run();")
    assert got.state is not FOUND


def test_curl_il_keeps_the_last_hop():
    data = (b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://api.github.com/users/wren\r\n\r\n"
            b"HTTP/2 200\r\ncontent-type: application/json\r\n\r\n" + RAW)
    from crawler.extract.captures import recorded_answers

    (answer,) = recorded_answers(data)
    assert answer.status == 200 and answer.body == RAW


def _warc_record(kind, url, block):
    return (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode() + block + b"\r\n\r\n"


@pytest.mark.parametrize("compressed", [False, True])
def test_web_archives_give_their_responses(compressed):
    from crawler.extract.captures import recorded_answers

    records = [b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 12\r\n\r\nsoftware: x\n\r\n\r\n",
               _warc_record("request", "https://api.github.com/users/wren", b"GET /users/wren HTTP/1.1\r\n\r\n"),
               _warc_record("response", "https://api.github.com/users/wren",
                            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + RAW),
               _warc_record("response", "https://api.github.com/users/nobody",
                            b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{\"message\": \"Not Found\"}")]
    data = b"".join(gzip.compress(r) for r in records) if compressed else b"".join(records)
    found = recorded_answers(data)
    assert [(a.url, a.status) for a in found] == [("https://api.github.com/users/wren", 200),
                                                 ("https://api.github.com/users/nobody", 404)]
    assert found[0].body == RAW


def test_a_page_saved_as_one_file_gives_its_html():
    import quopri

    page = ("<html><head><meta property='og:url' content='https://github.com/wren'></head>"
            "<body><h1>Wren Harbour \u00e9</h1></body></html>").encode()
    data = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://github.com/wren\r\nSubject: wren\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B----\"\r\n\r\n"
            b"------B----\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            b"Content-Location: https://github.com/wren\r\n\r\n" + quopri.encodestring(page) + b"\r\n------B------\r\n")
    from crawler.extract.captures import recorded_answers

    (answer,) = recorded_answers(data)
    assert answer.url == "https://github.com/wren" and answer.body == page


@pytest.mark.parametrize("coding", ["deflate", "raw-deflate", "br"])
def test_cassette_bodies_recorded_coded_are_read_as_the_client_read_them(coding):
    import yaml

    from crawler.extract.captures import recorded_answers

    if coding == "br":
        brotli = pytest.importorskip("brotli")
        body = brotli.compress(RAW)
    elif coding == "raw-deflate":
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = packer.compress(RAW) + packer.flush()
    else:
        body = zlib.compress(RAW)
    cassette = {"version": 1, "interactions": [{
        "request": {"uri": "https://api.github.com/users/wren", "method": "GET", "body": None, "headers": {}},
        "response": {"status": {"code": 200, "message": "OK"},
                     "headers": {"Content-Encoding": [coding.replace("raw-", "")]}, "body": {"string": body}}}]}
    (answer,) = recorded_answers(yaml.dump(cassette).encode())
    assert answer.body == RAW
    # a body not coded as its header says stays as recorded
    cassette["interactions"][0]["response"]["body"] = {"string": RAW}
    (plain,) = recorded_answers(yaml.dump(cassette).encode())
    assert plain.body == RAW


def test_postman_collections_give_their_saved_examples():
    from crawler.extract.captures import recorded_answers

    doc = {"info": {"name": "gh", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "users", "item": [{"name": "user", "request": {"method": "GET", "url": {"raw": "https://api.github.com/users/wren"}},
                                                "response": [{"name": "ok", "code": 200, "status": "OK",
                                                              "originalRequest": {"method": "GET", "url": {"raw": "https://api.github.com/users/wren"}},
                                                              "header": [{"key": "Content-Type", "value": "application/json"}], "body": RAW.decode()}]}]}]}
    (answer,) = recorded_answers(json.dumps(doc).encode())
    assert (answer.url, answer.status, answer.body) == ("https://api.github.com/users/wren", 200, RAW)


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
def test_an_apps_own_count_metas(catalog):
    page = """<!DOCTYPE html><html><head><title>Harbour Ferries (harbourferries) on Pinterest</title>
<meta property="og:url" content="https://www.pinterest.com/harbourferries/"><meta property="og:type" content="pinterestapp:pinner">
<meta property="og:title" content="Harbour Ferries"><meta property="og:description" content="Boats across the bay.">
<meta property="pinterestapp:followers" name="pinterestapp:followers" content="1200"><meta property="pinterestapp:following" content="30">
<meta property="pinterestapp:boards" content="12"><meta property="pinterestapp:pins" content="345"></head><body></body></html>"""
    got = read_profile(catalog["pinterest"], "https://www.pinterest.com/harbourferries/", 200,
                       {"Content-Type": "text/html"}, page.encode(), None)
    assert got.state is FOUND and got.handle == "harbourferries"
    assert (got.fields.followers, got.fields.following, got.fields.posts) == (1200, 30, 345)


def test_count_metas_need_a_plain_number_under_an_apps_name():
    from crawler.extract.layers import _APP_COUNT

    assert _APP_COUNT.match("soundcloud:follower_count") and _APP_COUNT.match("pinterestapp:pins")
    assert not _APP_COUNT.match("followers") and not _APP_COUNT.match("pinterestapp:boards")


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize(("labels", "state"), [
    ([{"src": "did:plc:mod", "uri": "did:plc:abc", "val": "!takedown", "cts": "2024-01-01T00:00:00Z"}], NOT_FOUND),
    ([{"src": "did:plc:mod", "uri": "did:plc:abc", "val": "!takedown", "neg": True, "cts": "2024-01-01T00:00:00Z"}], FOUND),
    ([{"src": "did:plc:mod", "uri": "did:plc:abc", "val": "porn", "cts": "2024-01-01T00:00:00Z"}], FOUND),
])
def test_a_bluesky_profile_labelled_taken_down(labels, state, catalog):
    body = {"did": "did:plc:abc", "handle": "wren.bsky.social", "displayName": "Wren", "labels": labels,
            "followersCount": 4, "followsCount": 1, "postsCount": 9}
    got = _read(body, "bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=wren.bsky.social", catalog)
    assert got.state is state, (got.state, got.reason)


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
def test_linkedin_finder_without_elements(catalog):
    url = "https://api.linkedin.com/v2/organizations?q=vanityName&vanityName=nobody-x"
    got = _read({"elements": [], "paging": {"count": 10, "start": 0, "links": []}}, "linkedin", url, catalog)
    assert got.state is NOT_FOUND
    found = _read({"elements": [{"vanityName": "harbour-ferries", "localizedName": "Harbour Ferries", "id": 1234}],
                   "paging": {"count": 10, "start": 0, "links": []}}, "linkedin", url.replace("nobody-x", "harbour-ferries"), catalog)
    assert found.state is FOUND and found.fields.display_name == "Harbour Ferries"


VCR1 = """---
- !ruby/struct:VCR::HTTPInteraction
  request: !ruby/struct:VCR::Request
    method: :get
    uri: https://api.github.com:443/users/wren
    body:
    headers:
      accept:
      - application/json
  response: !ruby/struct:VCR::Response
    status: !ruby/struct:VCR::ResponseStatus
      code: 200
      message: OK
    headers:
      content-type:
      - application/json; charset=utf-8
    body: '{body}'
    http_version: "1.1"
"""


def test_vcr_1_cassettes_of_ruby_structs():
    from crawler.extract.captures import recorded_answers

    (answer,) = recorded_answers(VCR1.replace("{body}", RAW.decode()).encode())
    assert (answer.url, answer.status, answer.body) == ("https://api.github.com/users/wren", 200, RAW)
    url, got = _saved(VCR1.replace("{body}", RAW.decode()).encode(), "auto")
    assert got.state is FOUND and got.handle == "wren"


def test_ruby_binary_bodies():
    import base64

    from crawler.extract.captures import recorded_answers

    lines = "".join(f"        {line}\n" for line in base64.encodebytes(RAW).decode().split())
    cassette = ("---\nhttp_interactions:\n- request:\n    method: get\n    uri: https://api.github.com/users/wren\n"
                "    body:\n      encoding: US-ASCII\n      string: ''\n    headers: {}\n  response:\n    status:\n      code: 200\n"
                "      message: OK\n    headers:\n      Content-Type:\n      - application/json\n    body:\n      encoding: ASCII-8BIT\n"
                "      string: !binary |-\n" + lines + "    http_version:\n  recorded_at: Mon, 01 Jul 2013 00:00:00 GMT\nrecorded_with: VCR 2.5.0\n")
    (answer,) = recorded_answers(cassette.encode())
    assert answer.body == RAW and answer.url == "https://api.github.com/users/wren"


def test_other_ruby_and_python_object_tags_stay_refused():
    """Only Ruby's structs (as plain mappings) and !binary are read: a Python object tag is no
    cassette (the file is then one opaque body)."""
    from crawler.extract.captures import recorded_answers

    data = b"interactions:\n- request: !!python/object/apply:os.system ['true']\n  response: {status: 200}\n"
    (answer,) = recorded_answers(data)
    assert answer.body is data


@pytest.mark.parametrize("packer", ["bz2", "lzma"])
def test_saves_kept_bzip2_or_xz_packed(packer):
    import importlib

    from crawler.extract.captures import recorded_answers

    module = importlib.import_module(packer)
    (answer,) = recorded_answers(module.compress(RAW))
    assert answer.body == RAW
    message = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + RAW
    (answer,) = recorded_answers(module.compress(message))
    assert answer.body == RAW and answer.status == 200
    broken = module.compress(RAW)[:-8]
    (answer,) = recorded_answers(broken)
    assert answer.body is broken


def test_burp_saved_items():
    import base64

    from crawler.extract.captures import recorded_answers

    message = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + RAW
    doc = ('<?xml version="1.0"?>\n<!DOCTYPE items [\n<!ELEMENT items (item*)>\n]>\n'
           '<items burpVersion="2023.1" exportTime="Mon Jan 02 00:00:00 UTC 2023">\n<item>\n'
           '<time>Mon Jan 02 00:00:00 UTC 2023</time>\n<url><![CDATA[https://api.github.com/users/wren]]></url>\n'
           '<host ip="140.82.1.1">api.github.com</host>\n<status>200</status>\n'
           '<request base64="true"><![CDATA[R0VUIC91c2Vycy93cmVuIEhUVFAvMS4xDQoNCg==]]></request>\n'
           f'<response base64="true"><![CDATA[{base64.b64encode(message).decode()}]]></response>\n</item>\n</items>\n')
    (answer,) = recorded_answers(doc.encode())
    assert (answer.url, answer.status, answer.body) == ("https://api.github.com/users/wren", 200, RAW)


GTS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>@wren@gts.example - GoToSocial</title>
<meta property="og:type" content="profile"><meta property="og:title" content="{title}"><meta property="og:url" content="https://gts.example/@wren">
<meta property="og:site_name" content="gts.example"><meta property="og:description" content="Ferries across the bay."><meta property="profile:username" content="wren">
{extra}</head><body><main class="profile"><h2 class="displayname">Wren Harbour</h2><div class="bio"><p>Ferries across the bay.</p></div></main></body></html>"""


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize(("title", "extra", "pid"), [
    ("Wren Harbour, @wren@gts.example", "", None),                                     # GoToSocial
    ("Wren Harbour (@wren@gts.example)", "", None),                                    # Mastodon's form
    ("Wren Harbour (@wren)", '<meta property="misskey:user-id" content="9abc0def12">', "9abc0def12"),  # Misskey
])
def test_fediverse_pages_of_other_servers(title, extra, pid, catalog):
    page = GTS_PAGE.format(title=title, extra=extra).encode()
    got = read_profile(catalog["mastodon"], "https://gts.example/@wren", 200, {"Content-Type": "text/html"}, page, None)
    assert got.state is FOUND, got.evidence
    assert got.handle == "wren@gts.example"
    assert got.fields.display_name == "Wren Harbour"
    assert got.fields.platform_id == pid


def test_a_name_beside_another_accounts_address_is_kept():
    page = GTS_PAGE.format(title="Wren Harbour (@someone@gts.example)", extra="").encode()
    got = read_profile(BARE["mastodon"], "https://gts.example/@wren", 200, {"Content-Type": "text/html"}, page, None)
    assert got.fields.display_name == "Wren Harbour (@someone@gts.example)"
