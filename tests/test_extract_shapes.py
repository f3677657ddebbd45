"""Answer shapes real clients have met, read by the extractors: API answers and their error
shapes of several generations, mobile and logged-in page layouts, walls. Each body is written by
hand from the platform's documented or widely captured shape with made-up values (none is a copy
of a file in tests/fixtures/real_captures), so a capture is never the test of its own fix."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json

import pytest
from extract_cases import CAT, FOUND, NOT_FOUND, UNVERIFIABLE, read

from crawler.extract import read_profile
from crawler.extract.captures import recorded_answers

# ------------------------------------------------------------------ recorded-answer formats


def test_r_vcr_cassette_status_is_an_object_with_status_code():
    """R's vcr writes ``status: {status_code: 200, category, reason, message}``; an answer read
    with status 0 would be 'no response'."""
    body = json.dumps([{"id": 1, "id_str": "1", "screen_name": "harbourferry", "name": "Harbour Ferry"}])
    cassette = {"http_interactions": [{
        "request": {"method": "get", "uri": "https://api.twitter.com/1.1/users/lookup.json?screen_name=harbourferry"},
        "response": {"status": {"status_code": 200, "category": "Success", "reason": "OK", "message": "Success: (200) OK"},
                     "headers": {"content-type": "application/json"}, "body": {"encoding": "", "file": False, "string": body}},
        "recorded_at": "2021-03-01 10:00:00 GMT"}]}
    [got] = recorded_answers(json.dumps(cassette).encode())
    assert got.status == 200
    for status in ({"statusCode": 404}, "404 Not Found", 404, {"code": 404}):
        cassette["http_interactions"][0]["response"]["status"] = status
        [got] = recorded_answers(json.dumps(cassette).encode())
        assert got.status == 404, status


# ------------------------------------------------------------------ API answers and errors


@pytest.mark.parametrize(
    "message",
    [
        "(#803) Cannot query users by their username (northwind)",
        "Unsupported get request. Object with ID 'northwind' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation",
        "(#10) To use 'Page Public Content Access', your use of this endpoint must be reviewed and approved by Facebook.",
    ],
)
def test_graph_api_refusals_are_could_not_check(message):
    """The Graph API refuses some questions (users by user name since v2.0; objects the token
    may not see): that is no answer about the profile, never 'not found'."""
    body = {"error": {"message": message, "type": "OAuthException", "code": 100, "fbtrace_id": "AbCdEf"}}
    got = read("facebook", "https://graph.facebook.com/v2.3/northwind", 400, body)
    assert got.state is UNVERIFIABLE, (got.reason, got.evidence)


def test_graph_api_page_websites_in_one_string():
    """A Graph API page of 2010-2016 lists its sites in one ``website`` string, one a line."""
    page = {"id": "110987654321", "name": "Harbour Ferry", "username": "harbourferry", "category": "Travel/leisure",
            "likes": 40211, "link": "https://www.facebook.com/harbourferry",
            "website": "www.harbourferry.example\nhttp://blog.harbourferry.example, https://twitter.com/harbourferry"}
    got = read("facebook", "https://graph.facebook.com/harbourferry", 200, page)
    assert got.state is FOUND and got.handle == "harbourferry"
    links = set(got.fields.external_links)
    assert {"https://www.harbourferry.example", "http://blog.harbourferry.example"} <= links, links


def test_linkedin_v1_company_and_error_answers():
    """LinkedIn REST API v1 (2012-2018): a company names itself by ``universalName``; an error
    is ``{errorCode, message, status}`` with the HTTP status repeated in the body."""
    company = {"id": 20202, "name": "Harbour Ferry Lines", "universalName": "harbour-ferry-lines", "numFollowers": 812,
               "websiteUrl": "http://harbourferry.example", "description": "Ferries since 1921."}
    got = read("linkedin", "https://api.linkedin.com/v1/companies/20202:(id,name,universal-name)?format=json", 200, company)
    assert got.state is FOUND and got.handle == "harbour-ferry-lines"
    assert (got.fields.followers, got.fields.platform_id) == (812, "20202")
    missing = {"errorCode": 0, "message": "Invalid member id {98765}", "requestId": "ZZ12", "status": 404, "timestamp": 1400000000000}
    got = read("linkedin", "https://api.linkedin.com/v1/people/id=98765?format=json", 404, missing)
    assert got.state is NOT_FOUND, (got.reason, got.evidence)
    throttled = {"errorCode": 0, "message": "Throttle limit for calls to this resource is reached.", "status": 403}
    got = read("linkedin", "https://api.linkedin.com/v1/people/id=98765?format=json", 403, throttled)
    assert got.state is UNVERIFIABLE


def test_reddit_bare_account_object():
    """Reddit's OAuth ``/api/v1/me`` (and ``/api/v1/user/<name>/about``) answer the account
    object bare, named only by ``name`` beside its karma."""
    me = {"name": "harbour_ferry", "id": "abc12", "created_utc": 1500000000.0, "link_karma": 311, "comment_karma": 42,
          "is_gold": False, "is_mod": False, "has_verified_email": True, "over_18": False}
    got = read("reddit", "https://oauth.reddit.com/api/v1/me", 200, me)
    assert got.state is FOUND and got.handle == "harbour_ferry"
    assert got.fields.platform_id == "abc12"


def test_tiktok_app_api_user_uid():
    """TikTok's app API (aweme/v1/user, 2018-2021) gives the numeric id as ``uid``."""
    body = {"status_code": 0, "user": {"uid": "6800000000000000001", "unique_id": "harbourferry", "nickname": "Harbour Ferry",
                                       "signature": "Boats.", "follower_count": 12, "following_count": 3, "aweme_count": 9}}
    got = read("tiktok", "https://api16-normal-c-useast1a.tiktokv.com/aweme/v1/user/?user_id=6800000000000000001", 200, body)
    assert got.state is FOUND and got.handle == "harbourferry"
    assert got.fields.platform_id == "6800000000000000001"


# ------------------------------------------------------------------ mobile page layouts

MBASIC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Maja Lind</title></head><body>
<div id="header"><a href="/home.php">Home</a><a href="/maja.lind.77?lst=1%3A2&amp;ref_component=mbasic_home_header">Profile</a></div>
<div id="root"><div class="x1"><div class="x2">Knitting and ferries.</div><a href="/profile/basic/intro/bio/"><span>Edit Bio</span></a></div>
<div class="x3"><a href="/maja.lind.77?v=timeline&amp;lst=1%3A2">Timeline</a> · <a href="/maja.lind.77/friends?lst=1%3A2">Friends</a> · <a href="/maja.lind.77/photos">Photos</a></div>
<div id="contact-info"><table><tr><td><div><span>Websites</span></div></td>
<td><div><a href="https://lm.facebook.com/l.php?u=https%3A%2F%2Fmajalind.example%2F%3Ffbclid%3DIwAR0&amp;h=AT1">https://majalind.example/</a></div></td></tr></table></div>
</div></body></html>"""


def test_mbasic_profile_page_without_open_graph():
    """m./mbasic.facebook.com pages carry no Open Graph: the profile is named by its own tab
    links (/<name>?v=timeline, /<name>/friends), its name is the title, its site the
    'Websites' row (behind the l.php wrapper, without the click id)."""
    got = read("facebook", "https://mbasic.facebook.com/maja.lind.77/about", 200, MBASIC)
    assert got.state is FOUND and got.handle == "majalind77", (got.reason, got.evidence)
    assert got.fields.display_name == "Maja Lind"
    assert got.fields.bio == "Knitting and ferries."
    assert got.fields.external_links == ("https://majalind.example/",)


def test_mbasic_page_of_another_name_or_without_tabs_is_not_found_as_that_name():
    """Tab links name a profile only when they are the fetched profile's own: a page whose
    tabs belong to someone else, or a bare page with just a title, is not read as found."""
    other = MBASIC.replace("maja.lind.77?v=", "olaf.berg.5?v=").replace("maja.lind.77/friends", "olaf.berg.5/friends").replace(
        "maja.lind.77/photos", "olaf.berg.5/photos")
    got = read("facebook", "https://mbasic.facebook.com/maja.lind.77/about", 200, other)
    assert got.state is not FOUND or got.handle != "majalind77" or got.fields.display_name is None
    bare = "<html><head><title>Maja Lind</title></head><body><p>Hello</p></body></html>"
    assert read("facebook", "https://mbasic.facebook.com/maja.lind.77", 200, bare).state is not FOUND


@pytest.mark.parametrize(
    ("label", "row"),
    [
        ("Website", '<dl><dt>Website</dt><dd><a href="https://harbourferry.example">harbourferry.example</a></dd></dl>'),
        ("Sitio web", '<table><tr><th>Sitio web</th><td><a href="https://harbourferry.example">Visitar</a></td></tr></table>'),
        ("Webseite:", '<div><span>Webseite:</span><a href="https://harbourferry.example">harbourferry.example</a></div>'),
    ],
)
def test_labelled_website_row(label, row):
    """An about page's labelled website row gives the outside link, in several languages."""
    page = ('<html><head><title>Harbour Ferry | LinkedIn</title><link rel="canonical" href="https://www.linkedin.com/company/harbour-ferry"></head>'
            f'<body><h1 class="top-card-layout__title">Harbour Ferry</h1>{row}</body></html>')
    got = read("linkedin", "https://www.linkedin.com/company/harbour-ferry/about", 200, page)
    assert got.state is FOUND, (label, got.reason)
    assert "https://harbourferry.example" in got.fields.external_links, (label, got.fields.external_links)


# ------------------------------------------------------------------ more recording formats

PROFILE = {"id": 4411, "id_str": "4411", "screen_name": "harbourferry", "name": "Harbour Ferry", "followers_count": 1200}
PROFILE_TEXT = json.dumps(PROFILE)
URL = "https://api.twitter.com/1.1/users/show.json?screen_name=harbourferry"


@pytest.mark.parametrize(
    "data",
    [
        # go-vcr (Go): the body a plain string, the status '200 OK' beside the code
        ("---\nversion: 1\ninteractions:\n- request:\n    body: \"\"\n    url: " + URL + "\n    method: GET\n"
         "  response:\n    body: '" + PROFILE_TEXT + "'\n    headers:\n      Content-Type:\n      - application/json\n    status: 200 OK\n    code: 200\n").encode(),
        # Java Betamax tapes
        ("!tape\nname: users\ninteractions:\n- recorded: 2014-01-01T00:00:00.000Z\n  request:\n    method: GET\n    uri: " + URL + "\n"
         "  response:\n    status: 200\n    headers:\n      Content-Type: application/json\n    body: '" + PROFILE_TEXT + "'\n").encode(),
        # HAR (a browser export, Polly.js)
        json.dumps({"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": URL}, "response": {"status": 200, "headers": [{"name": "content-type", "value": "application/json"}],
                                                                                                                     "content": {"mimeType": "application/json", "text": PROFILE_TEXT}}}]}}).encode(),
        # nock (Node.js): the response kept as an object
        json.dumps([{"scope": "https://api.twitter.com:443", "method": "GET", "path": "/1.1/users/show.json?screen_name=harbourferry", "body": "", "status": 200,
                     "response": PROFILE, "rawHeaders": ["content-type", "application/json"]}]).encode(),
        # WireMock stub mapping (Java)
        json.dumps({"request": {"method": "GET", "url": "/1.1/users/show.json?screen_name=harbourferry"}, "response": {"status": 200, "jsonBody": PROFILE, "headers": {"Content-Type": "application/json"}}}).encode(),
        # ExVCR (Elixir): status_code
        json.dumps([{"request": {"method": "get", "url": URL, "headers": []}, "response": {"status_code": 200, "headers": {"content-type": "application/json"}, "body": PROFILE_TEXT, "type": "ok"}}]).encode(),
        # the Python ``responses`` recorder
        ("responses:\n- response:\n    auto_calculate_content_length: false\n    body: '" + PROFILE_TEXT + "'\n    content_type: application/json\n    method: GET\n    status: 200\n    url: " + URL + "\n").encode(),
    ],
    ids=["go-vcr", "java-betamax", "har", "nock", "wiremock", "exvcr", "responses"],
)
def test_recording_formats_of_other_languages(data):
    [got] = recorded_answers(data)
    assert got.status == 200, got
    assert json.loads(got.body)["screen_name"] == "harbourferry"
    read_it = read_profile(CAT["x"], got.url if got.url and got.url.startswith("http") else URL, got.status, got.headers, got.body)
    assert read_it.state is FOUND and read_it.handle == "harbourferry"


def test_nock_gzip_chunks_and_har_base64():
    import gzip

    packed = gzip.compress(PROFILE_TEXT.encode())
    [got] = recorded_answers(json.dumps([{"scope": "https://api.twitter.com:443", "method": "GET", "path": "/x", "status": 200, "response": [packed.hex()], "responseIsBinary": False}]).encode())
    assert got.body == PROFILE_TEXT.encode() and got.url == "https://api.twitter.com/x"
    import base64

    har = {"log": {"entries": [{"request": {"url": URL}, "response": {"status": 404, "headers": [], "content": {"text": base64.b64encode(b'{"errors":[{"code":50}]}').decode(), "encoding": "base64"}}}]}}
    [got] = recorded_answers(json.dumps(har).encode())
    assert (got.status, got.body) == (404, b'{"errors":[{"code":50}]}')


def test_a_python_2_vcrpy_cassette_with_unicode_tags_is_read() -> None:
    """vcrpy under Python 2 tagged its strings ``!!python/unicode``: safe YAML refuses the tag,
    so such a cassette was one opaque body; the tags are plain text and the answers read."""
    cassette = b"""interactions:
- request:
    body: null
    headers:
      User-Agent: [!!python/unicode 'python-requests/2.9.1']
    method: !!python/unicode 'GET'
    uri: !!python/unicode 'https://graph.facebook.com/v2.5/somepage'
  response:
    body: {string: !!python/unicode '{"name":"Some Page","id":"1234"}'}
    headers:
      content-type: [!!python/unicode 'application/json']
    status: {code: 200, message: !!python/unicode 'OK'}
- request:
    body: null
    headers: {}
    method: !!python/str 'GET'
    uri: !!python/unicode 'https://graph.facebook.com/v2.5/gone'
  response:
    body: {string: '{"error":{"code":803}}'}
    headers: {}
    status: {code: 404, message: Not Found}
version: 1
"""
    first, second = recorded_answers(cassette)
    assert first.url == "https://graph.facebook.com/v2.5/somepage"
    assert first.status == 200 and b'"Some Page"' in first.body
    assert second.status == 404 and second.url.endswith("/gone")


def test_other_python_tags_stay_refused() -> None:
    """Only the two text tags are read: an object tag is no cassette, the file is one body."""
    data = b"interactions:\n- !!python/object/apply:os.system ['true']\n"
    (only,) = recorded_answers(data)
    assert only.body == data and only.url is None
