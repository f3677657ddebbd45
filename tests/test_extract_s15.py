"""Families of the s13t/s14u/s14v batches and the widening after them, each written by hand
with made-up values (none is a copy of a file in tests/fixtures/real_captures), read by the
full reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json
from typing import Any

import pytest
from extract_cases import CAT, FOUND, NOT_FOUND, read_either

_read = read_either


BOTH = pytest.mark.parametrize("generic", [True, False], ids=["generic", "full"])


# ------------------------------------------------------------------ a batch lookup's first name


def _v11_user(name: str, uid: int, followers: int) -> dict:
    return {"id": uid, "id_str": str(uid), "name": name.title(), "screen_name": name,
            "description": f"made-up account {name}", "followers_count": followers,
            "friends_count": 12, "statuses_count": 345, "protected": False, "verified": False,
            "url": None, "entities": {"description": {"urls": []}}}


@BOTH
def test_batch_lookup_reads_the_first_name_asked_whatever_the_answer_order(generic):
    """users/lookup?screen_name=a,b,c answers in an order of its own: the profile is the name
    asked first, not the array's first object (whose record may even be longer)."""
    answer = [_v11_user("otherfinch", 71, 90_000), _v11_user("thirdwren", 72, 5),
              _v11_user("plumquill", 73, 640)]
    url = ("https://api.twitter.com/1.1/users/lookup.json?"
           "screen_name=plumquill%2Cotherfinch%2Cthirdwren")
    got = _read("x", url, 200, answer, generic)
    assert got.state is FOUND and got.handle == "plumquill"
    assert got.fields.followers == 640 and got.fields.platform_id == "73"


@BOTH
def test_batch_lookup_by_usernames_key_and_plain_commas(generic):
    answer = {"data": [{"id": "81", "username": "firstjay", "name": "First Jay",
                        "public_metrics": {"followers_count": 3}},
                       {"id": "82", "username": "secondrook", "name": "Second Rook",
                        "public_metrics": {"followers_count": 44}}]}
    url = "https://api.twitter.com/2/users/by?usernames=secondrook,firstjay&user.fields=public_metrics"
    got = _read("x", url, 200, answer, generic)
    assert got.handle == "secondrook" and got.fields.followers == 44


# ------------------------------------------------------------------ an actor on a server with a port


def _actor(base: str, name: str, **extra: Any) -> dict:
    return {"@context": ["https://www.w3.org/ns/activitystreams"], "id": f"{base}/users/{name}",
            "type": "Person", "preferredUsername": name, "name": name, "summary": "",
            "inbox": f"{base}/users/{name}/inbox", "outbox": f"{base}/users/{name}/outbox",
            "followers": f"{base}/users/{name}/followers",
            "manuallyApprovesFollowers": False, **extra}


@BOTH
def test_actor_of_a_server_with_a_port_is_named_with_that_port(generic):
    base = "http://localhost:4123"
    got = _read("mastodon", f"{base}/users/tester", 200, _actor(base, "tester"), generic)
    assert got.state is FOUND and got.handle == "tester@localhost:4123"


@BOTH
def test_actor_without_a_port_keeps_the_known_reading(generic):
    base = "https://fedi.example.org"
    got = _read("mastodon", f"{base}/users/tester", 200, _actor(base, "tester"), generic)
    assert got.handle == "tester@fedi.example.org"


def test_api_account_of_a_dev_server_stays_bare():
    """The client API's own account record (acct bare, no actor type) keeps its bare name."""
    body = {"id": "1090", "username": "devuser", "acct": "devuser", "display_name": "Dev",
            "followers_count": 2, "following_count": 1, "statuses_count": 9, "locked": False,
            "url": "http://localhost:4123/@devuser"}
    got = _read("mastodon", "http://localhost:4123/api/v1/accounts/1090", 200, body)
    assert got.handle == "devuser"


# ------------------------------------------------------------------ WebFinger's 404


@BOTH
@pytest.mark.parametrize("body", ["", "<html><body><h1>Not Found</h1></body></html>",
                                  '{"error":"Record not found"}'])
def test_webfinger_404_is_missing_whatever_the_body(generic, body):
    """RFC 7033: a WebFinger server answers 404 for a resource it does not know."""
    url = "https://toot.example.net/.well-known/webfinger?resource=acct:nobodyhere@toot.example.net"
    assert _read("mastodon", url, 404, body, generic).state is NOT_FOUND


def test_webfinger_other_statuses_are_not_missing():
    url = "https://toot.example.net/.well-known/webfinger?resource=acct:x@toot.example.net"
    assert _read("mastodon", url, 503, "").state is not NOT_FOUND
    assert _read("mastodon", url, 200, "").state is not NOT_FOUND
    assert _read("mastodon", "https://toot.example.net/some/other/path", 404, "").state is not FOUND


# ------------------------------------------------------------------ extract auto: the headers say


def test_auto_names_the_platform_from_a_cookie_domain_when_the_body_says_nothing():
    from crawler.extract.detect import saved_answer

    message = (b"HTTP/2 451 \r\ncontent-type: text/html\r\nset-cookie: sid=abc123; Domain=.tiktok.com;"
               b" Path=/; Secure\r\n\r\nUnavailable here")
    name, _url, status, _h, _b, _n = saved_answer(CAT, "auto", message, "file:///saved")
    assert (name, status) == ("tiktok", 451)


def test_auto_names_a_server_by_its_security_policy_hosts():
    from crawler.extract.detect import header_platform

    policy = ("default-src 'none'; img-src 'self' https://mastodon.online https://files.mastodon.online;"
              " connect-src 'self' https://mastodon.online wss://streaming.mastodon.online")
    assert header_platform(CAT, {"Content-Security-Policy": policy}) == "mastodon"
    assert header_platform(CAT, {"Location": "https://github.com/login"}) == "github"
    assert header_platform(CAT, {"content-type": "text/html"}) is None
    # a policy naming two platforms as often: no guess
    tie = "frame-src https://www.youtube.com https://x.com"
    assert header_platform(CAT, {"content-security-policy": tie}) is None


# ------------------------------------------------------------------ Atom feeds: the author, a shortened id, an uploads total

_CID = "UCq7Zt3mRr9xWk2LpN4vB8sA"  # made up: 'UC' + 22 characters


def _channel_feed(feed_level_id: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id={_CID}"/>
 <id>yt:channel:{feed_level_id}</id>
 <yt:channelId>{feed_level_id}</yt:channelId>
 <title>Copper Kettle Workshop</title>
 <link rel="alternate" href="https://www.youtube.com/channel/{_CID}"/>
 <author><name>Copper Kettle Workshop</name><uri>https://www.youtube.com/channel/{_CID}</uri></author>
 <published>2016-02-03T10:00:00+00:00</published>
 <entry><id>yt:video:abcDEF12345</id><yt:videoId>abcDEF12345</yt:videoId><yt:channelId>{_CID}</yt:channelId>
  <title>Tinning a pan</title><author><name>Copper Kettle Workshop</name><uri>https://www.youtube.com/channel/{_CID}</uri></author></entry>
</feed>"""


@BOTH
@pytest.mark.parametrize("feed_id", [_CID[2:], _CID], ids=["without-UC", "whole"])
def test_channel_feed_id_is_the_whole_channel_id(generic, feed_id):
    """The 2025 channel feed names its channel without the 'UC' its links spell: the id is
    the whole one."""
    got = _read("youtube", f"http://www.youtube.com/feeds/videos.xml?channel_id={_CID}", 200,
                _channel_feed(feed_id), generic)
    assert got.state is FOUND and got.fields.platform_id == _CID
    assert got.fields.display_name == "Copper Kettle Workshop"


def _gdata_uploads_xml(total: int) -> str:
    return (f"<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
            f"xmlns:openSearch='http://a9.com/-/spec/opensearch/1.1/' xmlns:yt='http://gdata.youtube.com/schemas/2007'>"
            f"<id>tag:youtube.com,2008:user:{_CID}:uploads</id><title>Uploads by Copper Kettle</title>"
            f"<link rel='alternate' type='text/html' href='http://www.youtube.com/channel/{_CID}/videos'/>"
            f"<author><name>Copper Kettle</name><uri>http://gdata.youtube.com/feeds/api/users/CopperKettleTV</uri>"
            f"<yt:userId>{_CID[2:]}</yt:userId></author>"
            f"<openSearch:totalResults>{total}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex>"
            f"<entry><id>tag:youtube.com,2008:video:abcDEF12345</id><title>Tinning a pan</title>"
            f"<author><name>Copper Kettle</name><uri>http://gdata.youtube.com/feeds/api/users/CopperKettleTV</uri></author></entry></feed>")


def _gdata_uploads_json(total: int) -> dict:
    return {"version": "1.0", "encoding": "UTF-8", "feed": {
        "xmlns": "http://www.w3.org/2005/Atom", "id": {"$t": f"tag:youtube.com,2008:user:{_CID}:uploads"},
        "title": {"$t": "Uploads by Copper Kettle"},
        "link": [{"rel": "alternate", "type": "text/html", "href": f"http://www.youtube.com/channel/{_CID}/videos"}],
        "author": [{"name": {"$t": "Copper Kettle"}, "uri": {"$t": "http://gdata.youtube.com/feeds/api/users/CopperKettleTV"},
                    "yt$userId": {"$t": _CID[2:]}}],
        "openSearch$totalResults": {"$t": total}, "openSearch$startIndex": {"$t": 1},
        "entry": [{"id": {"$t": "tag:youtube.com,2008:video:abcDEF12345"}, "title": {"$t": "Tinning a pan"},
                   "author": [{"name": {"$t": "Copper Kettle"}}]}]}}


@BOTH
@pytest.mark.parametrize("shape", ["xml", "json"])
def test_gdata_uploads_feed_names_its_author(generic, shape):
    """GData v2's uploads feed (Atom or alt=json): the user name is the author's API address
    (/feeds/api/users/<name>), the id the links' whole one, the feed's total the uploads."""
    url = f"http://gdata.youtube.com/feeds/api/users/{_CID}/uploads?v=2" + ("&alt=json" if shape == "json" else "")
    body = _gdata_uploads_xml(812) if shape == "xml" else _gdata_uploads_json(812)
    got = _read("youtube", url, 200, body, generic)
    assert got.state is FOUND and got.handle == "copperkettletv"
    f = got.fields
    assert (f.display_name, f.posts, f.platform_id) == ("Copper Kettle", 812, _CID)


def test_a_search_feed_total_is_no_count():
    """A feed that is not the account's own uploads (a search): its total is not posts."""
    body = _gdata_uploads_xml(90_000).replace(":uploads</id>", ":search</id>")
    got = _read("youtube", "http://gdata.youtube.com/feeds/api/videos?q=kettle&v=2", 200, body)
    assert got.fields.posts is None


# ------------------------------------------------------------------ an app answer's header renderer


def _music_artist(header_key: str = "musicImmersiveHeaderRenderer", button: bool = True) -> dict:
    other = "UCz9Yy8Xx7Ww6Vv5Uu4Tt3Ss"  # the subscribe button's channel: another one
    node: dict[str, Any] = {
        "title": {"runs": [{"text": "Lantern Field"}]},
        "description": {"runs": [{"text": "Lantern Field is a made-up folk trio from a small coastal town."}]},
        "thumbnail": {"musicThumbnailRenderer": {"thumbnail": {"thumbnails": [{"url": "https://lh3.example/x.jpg"}]}}}}
    if button:
        node["subscriptionButton"] = {"subscribeButtonRenderer": {
            "subscriberCountText": {"runs": [{"text": "12.3K"}]}, "channelId": other,
            "longSubscriberCountText": {"runs": [{"text": "12.3K subscribers"}]}}}
    return {"responseContext": {"serviceTrackingParams": [
                {"service": "GFEEDBACK", "params": [{"key": "browse_id", "value": _CID}, {"key": "logged_in", "value": "0"}]},
                {"service": "CSI", "params": [{"key": "c", "value": "WEB_REMIX"}]}]},
            "header": {header_key: node},
            "contents": {"singleColumnBrowseResultsRenderer": {"tabs": [{"tabRenderer": {"content": {"sectionListRenderer": {
                "contents": [{"musicCarouselShelfRenderer": {"contents": [{"musicTwoRowItemRenderer": {
                    "title": {"runs": [{"text": "Some Other Band", "navigationEndpoint": {"browseEndpoint": {"browseId": "UCa1Bb2Cc3Dd4Ee5Ff6Gg7Hh"}}}]}}}]}}]}}}}]}}}


@BOTH
def test_app_header_is_the_channel_asked_for(generic):
    got = _read("youtube", "https://music.youtube.com/youtubei/v1/browse", 200, _music_artist(), generic)
    assert got.state is FOUND and got.handle == _CID
    f = got.fields
    assert (f.display_name, f.platform_id, f.followers) == ("Lantern Field", _CID, 12_300)
    assert f.bio.startswith("Lantern Field is a made-up folk trio")


def test_app_header_without_a_follow_button_is_no_profile():
    """A playlist's or an album's header (no subscribe button) is not an account."""
    got = _read("youtube", "https://music.youtube.com/youtubei/v1/browse", 200,
                _music_artist("musicDetailHeaderRenderer", button=False))
    assert got.state is not FOUND


# ------------------------------------------------------------------ answers in other wrappings

_V11 = {"id_str": "5522", "screen_name": "saltmarsh_co", "name": "Saltmarsh Co", "followers_count": 431,
        "friends_count": 9, "statuses_count": 88, "description": "a made-up rope maker"}
_V11_URL = "https://api.twitter.com/1.1/users/show.json?screen_name=saltmarsh_co"


@BOTH
@pytest.mark.parametrize("wrap", ["twice", "d-envelope", "json-lines"])
def test_answer_in_another_json_wrapping_is_read(generic, wrap):
    """The answer as a JSON string of JSON (encoded twice), inside a one-key envelope as JSON
    text (ASP.NET's {"d": ...}), or as JSON Lines (the profile on its first line)."""
    body = {"twice": json.dumps(json.dumps(_V11)), "d-envelope": json.dumps({"d": json.dumps(_V11)}),
            "json-lines": json.dumps(_V11) + "\n" + json.dumps({"kind": "end_of_stream"}) + "\n"}[wrap]
    got = _read("x", _V11_URL, 200, body, generic)
    assert got.state is FOUND and got.handle == "saltmarsh_co"
    assert (got.fields.followers, got.fields.posts, got.fields.platform_id) == (431, 88, "5522")


def test_a_json_string_that_is_no_json_stays_unread():
    got = _read("x", _V11_URL, 200, json.dumps("just a sentence"))
    assert got.state is not FOUND


@BOTH
def test_json_api_resource_attributes_and_id(generic):
    body = {"data": {"type": "users", "id": "5522", "attributes": {
        "screen_name": "saltmarsh_co", "name": "Saltmarsh Co", "followers_count": 431}},
        "links": {"self": "https://api.example/users/5522"}}
    got = _read("x", _V11_URL, 200, body, generic)
    assert got.handle == "saltmarsh_co" and got.fields.platform_id == "5522"


@pytest.mark.parametrize("shape", ["lambda", "lambda-base64", "axios", "requests"])
def test_saved_answer_records_are_unpacked(shape):
    """A client's or a function's answer saved as one JSON object (AWS Lambda's proxy answer,
    axios' response, a requests answer dumped): its status, headers and body."""
    import base64

    from crawler.extract.captures import recorded_answers

    text = json.dumps(_V11)
    record = {
        "lambda": {"statusCode": 404, "headers": {"content-type": "application/json"}, "body": text},
        "lambda-base64": {"statusCode": 404, "headers": {}, "isBase64Encoded": True,
                          "body": base64.b64encode(text.encode()).decode()},
        "axios": {"status": 404, "statusText": "Not Found", "headers": {"content-type": "application/json"},
                  "data": _V11, "config": {"url": _V11_URL, "method": "get"}},
        "requests": {"url": _V11_URL, "status_code": 404, "headers": {"Content-Type": "application/json"},
                     "text": text},
    }[shape]
    (answer,) = recorded_answers(json.dumps(record).encode())
    assert answer.status == 404 and json.loads(answer.body) == _V11
    if shape in ("axios", "requests"):
        assert answer.url == _V11_URL


def test_an_api_answer_with_a_status_key_is_no_record():
    from crawler.extract.captures import recorded_answers

    body = json.dumps({"status": 200, "data": _V11, "meta": {"page": 1}}).encode()
    (answer,) = recorded_answers(body)
    assert answer.body == body  # read as the answer itself


# ------------------------------------------------------------------ page state kept in other places


def _state_page(container: str) -> str:
    return ('<!DOCTYPE html><html><head><title>Loading</title></head><body><div id="root"></div>'
            f"{container}</body></html>")


_STATE = {"user": {"id": "60415", "username": "fernlatch", "name": "Fern Latch",
                   "followers_count": 2710, "following_count": 31, "description": "a made-up potter"}}


def _containers() -> dict[str, str]:
    import html as html_mod

    text = json.dumps(_STATE)
    page_props = {"component": "Profile", "props": _STATE, "url": "/fernlatch"}
    return {
        "var": f"<script>var bootState = {text};</script>",
        "const": f"<script>const __APP__ = {text};</script>",
        "json-parse-double": f"<script>window.__STATE__ = JSON.parse({json.dumps(text)});</script>",
        "json-parse-single": "<script>window.__STATE__ = JSON.parse('" + text.replace('"', '\\x22') + "');</script>",
        "data-props": f'<div id="app" data-props="{html_mod.escape(text)}"></div>',
        "data-page": f'<div id="app" data-page="{html_mod.escape(json.dumps(page_props))}"></div>',
        "next-flight": '<script>self.__next_f.push([0])</script><script>self.__next_f.push([1,'
                       + json.dumps('3:I["chunk",[]]\n7:["$","main",null,' + text + ']\n') + '])</script>',
    }


@BOTH
@pytest.mark.parametrize("kind", list(_containers()))
def test_state_object_in_other_containers(generic, kind):
    """A profile object a page keeps in a declared variable, a JSON.parse string literal, an
    element's data attribute or a Next.js app router's flight rows: read like any state."""
    got = _read("x", "https://x.com/fernlatch", 200, _state_page(_containers()[kind]), generic)
    assert got.state is FOUND and got.handle == "fernlatch"
    assert (got.fields.display_name, got.fields.followers, got.fields.platform_id) == ("Fern Latch", 2710, "60415")


def test_a_declared_settings_object_is_no_profile():
    page = _state_page('<script>var settings = {"theme": "dark", "locale": "en", "name": "Fern Latch"};</script>')
    assert _read("x", "https://x.com/fernlatch", 200, page).state is not FOUND


def test_state_of_another_user_is_not_the_page_owner():
    other = {"user": {**_STATE["user"], "username": "someoneelse", "id": "1"}}
    page = _state_page(f"<script>var bootState = {json.dumps(other)};</script>")
    got = _read("x", "https://x.com/fernlatch", 200, page)
    assert got.fields.followers is None


# ------------------------------------------------------------------ not-found pages in more languages

_PAGE_GONE = ["Pagina niet gevonden", "Strona nie została znaleziona", "Такой страницы нет",
              "Сторінку не знайдено", "页面不存在", "找不到頁面", "الصفحة غير موجودة", "Không tìm thấy trang",
              "Halaman tidak ditemukan", "ไม่พบหน้านี้", "Sidan hittades inte", "Siden findes ikke",
              "Siden finnes ikke", "Sivua ei löytynyt", "Η σελίδα δεν βρέθηκε", "Stránka nenalezena",
              "Az oldal nem található", "Pagina nu a fost găsită", "הדף לא נמצא", "पेज नहीं मिला"]
_ACCOUNT_GONE = ["Dit account bestaat niet", "To konto nie istnieje", "Цей акаунт не існує", "该账号不存在",
                 "此帳號不存在", "이 계정은 존재하지 않습니다", "هذا الحساب غير موجود", "Tài khoản này không tồn tại",
                 "Akun ini tidak ada", "Kontot finns inte", "Brugeren findes ikke", "Kontoen finnes ikke",
                 "Tiliä ei ole olemassa", "Αυτός ο λογαριασμός δεν υπάρχει", "Tento účet neexistuje",
                 "Ez a fiók nem létezik", "Acest cont nu există", "החשבון הזה לא קיים", "यह खाता मौजूद नहीं है",
                 "Pengguna tidak ditemukan", "사용자를 찾을 수 없습니다"]


def _notice(title: str) -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"


@pytest.mark.parametrize("title", _PAGE_GONE)
def test_page_not_found_in_more_languages_is_missing_with_a_404_only(title):
    assert _read("x", "https://x.com/nobodyhere", 404, _notice(title)).state is NOT_FOUND
    assert _read("x", "https://x.com/nobodyhere", 200, _notice(title)).state is not NOT_FOUND


@pytest.mark.parametrize("title", _ACCOUNT_GONE)
def test_account_does_not_exist_in_more_languages_is_missing_even_with_200(title):
    assert _read("x", "https://x.com/nobodyhere", 200, _notice(title)).state is NOT_FOUND


# ------------------------------------------------------------------ AT Protocol identities

_DID = "did:plc:q4rt7ykw2mzxv3snb6ehc5la"  # made up


def _did_doc(did: str = _DID, handle: str = "marshwick.bsky.social") -> dict:
    return {"@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
            "id": did, "alsoKnownAs": [f"at://{handle}"],
            "verificationMethod": [{"id": f"{did}#atproto", "type": "Multikey", "controller": did,
                                    "publicKeyMultibase": "zQ3shMadeUpKeyMadeUpKey"}],
            "service": [{"id": "#atproto_pds", "type": "AtprotoPersonalDataServer",
                         "serviceEndpoint": "https://pds.example.net"}]}


@BOTH
def test_did_document_names_its_handle_and_did(generic):
    got = _read("bluesky", f"https://plc.directory/{_DID}", 200, _did_doc(), generic)
    assert got.state is FOUND and got.handle == "marshwick.bsky.social"
    assert got.fields.platform_id == _DID


@BOTH
def test_did_web_document(generic):
    did = "did:web:marsh.example.org"
    got = _read("bluesky", "https://marsh.example.org/.well-known/did.json", 200,
                _did_doc(did, "marsh.example.org"), generic)
    assert got.handle == "marsh.example.org" and got.fields.platform_id == did


@BOTH
def test_did_not_registered_is_missing(generic):
    body = {"message": "DID not registered: did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"}
    got = _read("bluesky", "https://plc.directory/did:plc:aaaaaaaaaaaaaaaaaaaaaaaa", 404, body, generic)
    assert got.state is NOT_FOUND


def test_actor_also_known_as_is_no_did_document():
    """An ActivityPub actor's alsoKnownAs (the accounts it moved from) names no handle."""
    from crawler.extract.generic import GenericPage
    from crawler.extract.layers import did_document

    actor = {"id": "https://fedi.example.org/users/wren", "type": "Person",
             "alsoKnownAs": ["https://old.example.org/users/wren"]}
    platform = CAT["mastodon"]
    page = GenericPage(platform, next(iter(platform.views.values())), actor["id"], 200, {}, b"{}")
    assert did_document(actor, page) is None


@BOTH
def test_a_name_resolved_to_its_did_is_found(generic):
    url = "https://bsky.social/xrpc/com.atproto.identity.resolveHandle?handle=marshwick.bsky.social"
    got = _read("bluesky", url, 200, {"did": _DID}, generic)
    assert got.state is FOUND and got.handle == "marshwick.bsky.social"
    assert got.fields.platform_id == _DID


def test_auto_tells_a_did_document():
    from crawler.extract.detect import detect_platform

    assert detect_platform(CAT, None, json.dumps(_did_doc()).encode()) == "bluesky"


# ------------------------------------------------------------------ an account's Atom feed


def _reddit_user_feed(name: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f'<category term="{name}" label="u/{name}"/><updated>2023-05-01T10:00:00+00:00</updated>'
            f'<id>/user/{name}/.rss</id><link rel="self" href="https://www.reddit.com/user/{name}/.rss" type="application/atom+xml" />'
            f'<link rel="alternate" href="https://www.reddit.com/user/{name}" type="text/html" /><title>overview for {name}</title>'
            f'<entry><author><name>/u/{name}</name><uri>https://www.reddit.com/user/{name}</uri></author>'
            f'<content type="html">made up</content><id>t1_zz9</id><title>/u/{name} on a thread</title></entry></feed>')


@BOTH
def test_feed_title_template_and_path_id_are_not_the_account(generic):
    """'overview for <name>' is the feed's title, '/user/<name>/.rss' its id: neither is the
    account's name or id."""
    got = _read("reddit", "https://www.reddit.com/user/tallowmere/.rss", 200, _reddit_user_feed("tallowmere"), generic)
    assert got.state is FOUND and got.handle == "tallowmere"
    assert got.fields.display_name is None and got.fields.platform_id is None


@BOTH
def test_feed_asked_by_user_name_is_that_user(generic):
    feed = _channel_feed(_CID).replace(f"channel_id={_CID}", "user=copperkettle")
    got = _read("youtube", "https://www.youtube.com/feeds/videos.xml?user=copperkettle", 200, feed, generic)
    assert got.handle == "copperkettle" and got.fields.platform_id == _CID


# ------------------------------------------------------------------ error answers of other servers and eras


@BOTH
def test_cant_find_user_is_missing(generic):
    """Pleroma's and Akkoma's 404 {"error": "Can't find user"}."""
    got = _read("mastodon", "https://pleroma.example.net/api/v1/accounts/nobodyhere", 404,
                {"error": "Can't find user"}, generic)
    assert got.state is NOT_FOUND


def test_an_empty_410_is_gone_for_the_generic_layers_too():
    got = _read("mastodon", "https://fedi.example.org/users/leftlong", 410, "")
    assert got.state is NOT_FOUND and got.reason == "gone"


def test_an_empty_404_of_a_page_stays_unread_by_the_generic_layers():
    assert _read("mastodon", "https://fedi.example.org/users/leftlong", 404, "").state is not FOUND


@BOTH
def test_xml_api_error_saying_suspended_overrules_a_403(generic):
    """An XML API's own error (GData's <errors>) says the account was suspended: missing,
    whatever a bare 403 would suggest; a maintenance error stays unverifiable."""
    gone = ("<errors xmlns='http://schemas.google.com/g/2005'><error><domain>yt:service</domain>"
            "<code>user_suspended</code><internalReason>This account has been suspended</internalReason></error></errors>")
    url = "http://gdata.youtube.com/feeds/api/users/leftlong?v=2"
    got = _read("youtube", url, 403, gone, generic)
    assert got.state is NOT_FOUND and got.reason == "suspended"
    busy = gone.replace("user_suspended", "down_for_maintenance").replace("This account has been suspended", "Try later")
    assert _read("youtube", url, 403, busy, generic).state is not NOT_FOUND


# ------------------------------------------------------------------ listings of other accounts, several asked


def _masto(acct: str, uid: str, followers: int) -> dict:
    return {"id": uid, "username": acct.split("@")[0], "acct": acct, "display_name": acct.title(),
            "followers_count": followers, "following_count": 2, "statuses_count": 30}


@BOTH
@pytest.mark.parametrize("url,body", [
    ("https://fedi.example.org/api/v1/accounts/55012/followers",
     [_masto("reedwarbler@other.example", "71", 900), _masto("stonechat", "72", 4)]),
    ("https://api.twitter.com/1.1/followers/list.json?screen_name=tealbarn",
     {"users": [_v11_user("otherfinch", 71, 900), _v11_user("thirdwren", 72, 4)], "next_cursor": 0}),
    ("https://api.twitter.com/1.1/friends/list.json?screen_name=tealbarn",
     {"users": [_v11_user("otherfinch", 71, 900)], "next_cursor": 0}),
], ids=["mastodon-followers", "x-followers", "x-friends"])
def test_a_list_of_an_accounts_followers_is_not_that_account(generic, url, body):
    """An account's followers or friends are other accounts: none of them is the profile."""
    platform = "mastodon" if "fedi" in url else "x"
    got = _read(platform, url, 200, body, generic)
    assert got.state is not FOUND or got.handle not in ("reedwarbler@other.example", "otherfinch")


@BOTH
def test_several_profiles_asked_by_repeated_key_read_the_first_asked(generic):
    def prof(handle: str, did: str, followers: int) -> dict:
        return {"did": did, "handle": handle, "displayName": handle.split(".")[0].title(),
                "followersCount": followers, "followsCount": 1, "postsCount": 2}

    body = {"profiles": [prof("alder.bsky.social", "did:plc:aaaaaaaaaaaaaaaaaaaaaaa1", 50),
                         prof("birch.bsky.social", "did:plc:aaaaaaaaaaaaaaaaaaaaaaa2", 70)]}
    url = ("https://public.api.bsky.app/xrpc/app.bsky.actor.getProfiles?"
           "actors=birch.bsky.social&actors=alder.bsky.social")
    got = _read("bluesky", url, 200, body, generic)
    assert got.handle == "birch.bsky.social" and got.fields.followers == 70


@BOTH
def test_an_activity_feed_of_a_profile_page_is_that_account(generic):
    feed = ('<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            '<id>tag:github.com,2008:/hollyoak</id><link type="text/html" rel="alternate" href="https://github.com/hollyoak"/>'
            '<link type="application/atom+xml" rel="self" href="https://github.com/hollyoak.atom"/>'
            '<title>hollyoak’s Activity</title><updated>2021-03-01T00:00:00Z</updated>'
            '<entry><id>tag:github.com,2008:PushEvent/9</id><title type="html">hollyoak pushed to main</title>'
            '<author><name>hollyoak</name><uri>https://github.com/hollyoak</uri></author></entry></feed>')
    got = _read("github", "https://github.com/hollyoak.atom", 200, feed, generic)
    assert got.state is FOUND and got.handle == "hollyoak" and got.fields.display_name is None


# ------------------------------------------------------------------ profile pages: more counter words, site sentences, a DID address


def _fedi_page(description: str, lang: str = "de") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>Hazel Rook (@hazel@toot.example.net) - Toot Example</title>'
            f'<meta content="{description}" name="description"><meta content="Toot Example" property="og:site_name">'
            '<meta content="Hazel Rook (@hazel@toot.example.net)" property="og:title">'
            '<meta content="https://toot.example.net/@hazel" property="og:url">'
            '<meta content="hazel@toot.example.net" property="profile:username"></head><body></body></html>')


@BOTH
def test_fediverse_page_counters_in_german(generic):
    page = _fedi_page("2.345 Beiträge, 67 Folge ich, 8.901 Follower · Schreinerin am Fluss")
    got = _read("mastodon", "https://toot.example.net/@hazel", 200, page, generic)
    f = got.fields
    assert (f.posts, f.following, f.followers) == (2345, 67, 8901)
    assert f.bio == "Schreinerin am Fluss"


def test_auto_tells_a_fediverse_profile_page_on_its_own_host():
    from crawler.extract.detect import detect_platform

    page = _fedi_page("12 Posts, 3 Following, 4 Followers · hi", "en").encode()
    assert detect_platform(CAT, None, page) == "mastodon"


@BOTH
@pytest.mark.parametrize("platform,url,desc,bio", [
    ("threads", "https://www.threads.net/@hazelrook",
     "2.3K Followers • 45 Threads • Joiner by the river. See the latest conversations with @hazelrook.",
     "Joiner by the river."),
    ("github", "https://github.com/hazelrook",
     "Joiner by the river. hazelrook has 7 repositories available. Follow their code on GitHub.",
     "Joiner by the river."),
])
def test_site_sentences_after_the_bio_are_cut(generic, platform, url, desc, bio):
    handle = url.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    page = (f'<!DOCTYPE html><html><head><title>Hazel Rook (@{handle})</title>'
            f'<meta property="og:title" content="Hazel Rook (@{handle})">'
            f'<meta property="og:description" content="{desc}"><meta property="og:url" content="{url}"></head><body></body></html>')
    got = _read(platform, url, 200, page, generic)
    assert got.fields.bio == bio  # the bio's own full stop is kept (Threads' rule once dropped it)


@BOTH
def test_page_addressed_by_did_is_named_by_its_title_handle(generic):
    did = "did:plc:bbbbbbbbbbbbbbbbbbbbbbb1"
    page = ('<!DOCTYPE html><html><head><title>Hazel Rook (@hazelrook.bsky.social) &mdash; Bluesky</title>'
            '<meta property="og:title" content="Hazel Rook (@hazelrook.bsky.social)">'
            '<meta property="og:description" content="Joiner by the river">'
            f'<meta property="og:url" content="https://bsky.app/profile/{did}"></head>'
            '<body><div id="root"><noscript><h1>JavaScript Required</h1></noscript></div></body></html>')
    got = _read("bluesky", f"https://bsky.app/profile/{did}", 200, page, generic)
    assert got.handle == "hazelrook.bsky.social" and got.fields.platform_id == did


# ------------------------------------------------------------------ a body kept with its chunked framing


def _chunked(data: bytes, size: int = 7) -> bytes:
    parts = [data[i:i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n" % len(p) + p + b"\r\n" for p in parts) + b"0\r\n\r\n"


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_chunked_body_of_a_raw_message_is_unframed(gz):
    import gzip

    from crawler.extract.captures import recorded_answers

    body = json.dumps(_V11).encode()
    payload = gzip.compress(body) if gz else body
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
    head += b"Content-Encoding: gzip\r\n\r\n" if gz else b"\r\n"
    (answer,) = recorded_answers(head + _chunked(payload))
    assert json.loads(answer.body) == _V11


def test_chunked_body_in_a_warc_record_is_unframed():
    from crawler.extract.captures import recorded_answers

    http = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + _chunked(json.dumps(_V11).encode()))
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + _V11_URL.encode()
              + b"\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http)
              + http + b"\r\n\r\n")
    answers = recorded_answers(record)
    assert answers[0].url == _V11_URL and json.loads(answers[0].body) == _V11


def test_a_body_a_recorder_already_unframed_is_kept():
    from crawler.extract.captures import recorded_answers

    body = json.dumps(_V11).encode()
    (answer,) = recorded_answers(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body)
    assert answer.body == body


def test_app_answer_named_by_its_canonical_channel_address_takes_the_browsed_id():
    """An artist answer naming its channel by a canonical /channel/<id> address (microformat)
    and saying it was asked for that id: the id is the profile's id too (generic layers)."""
    doc = _music_artist()
    doc["microformat"] = {"microformatDataRenderer": {
        "urlCanonical": f"https://music.youtube.com/channel/{_CID}", "title": "Lantern Field",
        "description": "Lantern Field is a made-up folk trio from a small coastal town."}}
    got = _read("youtube", "https://music.youtube.com/youtubei/v1/browse", 200, doc)
    assert got.handle == _CID and got.fields.platform_id == _CID


@pytest.mark.parametrize("message", ["Felhasználó nem található.", "Uživatel nenalezen", "Käyttäjää ei löytynyt",
                                     "Användaren hittades inte", "Brugeren findes ikke", "Brukeren finnes ikke",
                                     "Pengguna tidak ditemukan", "Không tìm thấy người dùng", "המשתמש לא נמצא",
                                     "Користувача не знайдено", "Utilizatorul nu a fost găsit", "Ο χρήστης δεν βρέθηκε",
                                     "ไม่พบผู้ใช้", "کاربر یافت نشد", "उपयोगकर्ता नहीं मिला", "找不到該用戶"])
def test_api_error_message_in_more_languages_is_missing(message):
    """An API localises its error to the caller's language: a user not found is missing."""
    got = _read("pinterest", "https://api.pinterest.com/v3/users/nobodyhere/", 404,
                {"status": "failure", "code": 30, "message": message})
    assert got.state is NOT_FOUND


# ------------------------------------------------------------------ a devalue payload (Nuxt 3)

_PAYLOAD = [["ShallowReactive", 1], {"data": 2, "state": 8}, ["ShallowReactive", 3],
            {"profile-fernlatch": 4}, {"username": 5, "name": 6, "followers_count": 7, "id": 9,
                                       "joined": 10, "tags": 11},
            "fernlatch", "Fern Latch", 2710, {}, "60415", ["Date", "2019-04-01T00:00:00.000Z"],
            ["Set", 5, 6]]


@BOTH
@pytest.mark.parametrize("script_id", ["__NUXT_DATA__", "some-other-id"])
def test_devalue_payload_is_revived(generic, script_id):
    """Nuxt 3 keeps its state as a devalue payload: a flat array whose objects point at their
    values by index; revived, its profile object reads like any other."""
    page = _state_page(f'<script type="application/json" id="{script_id}">{json.dumps(_PAYLOAD)}</script>')
    got = _read("x", "https://x.com/fernlatch", 200, page, generic)
    assert got.state is FOUND and got.handle == "fernlatch"
    assert (got.fields.display_name, got.fields.followers, got.fields.platform_id) == ("Fern Latch", 2710, "60415")


def test_revived_leaves_other_documents_alone():
    from crawler.extract.layers import revived

    plain = [{"a": 1, "b": 0}, {"username": "x"}]
    assert revived(plain) is plain
    cyclic = [["Reactive", 1], {"self": 1, "me": 2}, "fernlatch"]
    assert revived(cyclic)["me"] == "fernlatch"  # a reference cycle ends, never loops


# ------------------------------------------------------------------ a batch API's answer

_PAGE = {"id": "2233445566", "name": "Quay Bakery", "username": "quaybakery", "fan_count": 654,
         "link": "https://www.facebook.com/quaybakery"}


@BOTH
def test_graph_batch_answer_is_read_through(generic):
    """The Graph API's batch answer: [{code, headers, body: '<JSON>'}, ...]: the page inside."""
    batch = [{"code": 200, "headers": [{"name": "Content-Type", "value": "text/javascript; charset=UTF-8"}],
              "body": json.dumps(_PAGE)},
             {"code": 200, "headers": [], "body": json.dumps({"data": [{"id": "2233445566_1", "message": "made up"}]})}]
    got = _read("facebook", "https://graph.facebook.com/", 200, batch, generic)
    assert got.state is FOUND and got.handle == "quaybakery"
    assert (got.fields.followers, got.fields.platform_id) == (654, "2233445566")


def test_graph_batch_of_one_error_is_that_error():
    err = {"error": {"message": "(#803) Some of the aliases you requested do not exist: nobodyhere",
                     "type": "OAuthException", "code": 803}}
    batch = [{"code": 404, "headers": [], "body": json.dumps(err)}]
    assert _read("facebook", "https://graph.facebook.com/", 200, batch).state is NOT_FOUND


# ------------------------------------------------------------------ an embed page naming its account in its address


def _embed_page(owner: str) -> str:
    user = {"id_str": "7700", "screen_name": owner, "name": "Moss Gate", "followers_count": 812,
            "friends_count": 14, "statuses_count": 2050, "description": "a made-up garden"}
    tweets = [{"id_str": str(n), "full_text": f"post {n}", "created_at": "Mon Jan 02 10:00:00 +0000 2023",
               "retweet_count": 0, "favorite_count": 1, "user": user} for n in (11, 12)]
    data = {"props": {"pageProps": {"timeline": {"entries": [
        {"type": "tweet", "entry_id": f"tweet-{t['id_str']}", "content": {"tweet": t}} for t in tweets]}}},
        "page": "/timeline-profile/screen-name/[screenName]", "query": {"screenName": owner}}
    return ('<!DOCTYPE html><html><head></head><body><script id="__NEXT_DATA__" type="application/json">'
            f"{json.dumps(data)}</script></body></html>")


@BOTH
def test_embed_page_naming_its_account_in_its_path_reads_the_timeline_author(generic):
    """A timeline embed (/srv/timeline-profile/screen-name/<name>) names no account in its
    head; its address does, and its posts' author is that account."""
    url = "https://syndication.twitter.com/srv/timeline-profile/screen-name/mossgate"
    got = _read("x", url, 200, _embed_page("mossgate"), generic)
    assert got.state is FOUND and got.handle == "mossgate"
    f = got.fields
    assert (f.display_name, f.followers, f.posts, f.platform_id) == ("Moss Gate", 812, 2050, "7700")


def test_embed_page_of_another_account_is_not_read_as_the_address_one():
    url = "https://syndication.twitter.com/srv/timeline-profile/screen-name/mossgate"
    got = _read("x", url, 200, _embed_page("someoneelse"))
    assert got.fields.followers is None


def test_counts_with_the_italian_connector():
    from crawler.extract import hints as H

    assert H.counters_in("3,4 Mln di iscritti") == {"followers": 3_400_000}
    assert H.counters_in("56 mila iscritti") == {"followers": 56_000}
