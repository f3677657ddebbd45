"""Shapes the s9k/s9l capture batches showed the readers had not met, each written by hand with
made-up values (none is a copy of a file in tests/fixtures/real_captures): recorders of other
languages (Elixir's ExVCR with Erlang's httpc, PHP mock arrays), a saved page without its head,
older API generations' error and object shapes."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json

from extract_cases import CAT, FOUND, UNVERIFIABLE, read

from crawler.extract.captures import recorded_answers
from crawler.extract.detect import detect_platform, saved_answer

# ------------------------------------------------------------------ recorded-answer formats


def _exvcr(url: str, status: object, headers: object, body: str) -> bytes:
    return json.dumps([{
        "request": {"url": url, "headers": [], "method": "get", "body": "",
                    "options": {"httpc_options": [], "http_options": {"autoredirect": False}}},
        "response": {"type": "ok", "status_code": status, "headers": headers, "body": body},
    }]).encode()


def test_exvcr_httpc_status_line_kept_as_a_list():
    """ExVCR's httpc adapter (Elixir over Erlang's httpc) records the status line as its parts,
    ``["HTTP/1.1", 200, "OK"]``; read as a number it was 0, 'no answer at all'."""
    user = {"id": 4411, "id_str": "4411", "screen_name": "harbourferry", "name": "Harbour Ferry",
            "description": "Crossings every hour", "followers_count": 812, "friends_count": 40,
            "statuses_count": 1290, "verified": False, "protected": False}
    data = _exvcr("https://api.twitter.com/1.1/users/show.json", ["HTTP/1.1", 200, "OK"],
                  {"content-type": "application/json;charset=utf-8"}, json.dumps(user))
    [got] = recorded_answers(data)
    assert (got.status, got.headers["content-type"]) == (200, "application/json;charset=utf-8")
    name, url, status, headers, body, _ = saved_answer(CAT, "auto", data, "file:///saved")
    assert (name, status) == ("x", 200)
    got = read("x", url, status, body)
    assert got.state is FOUND and got.handle == "harbourferry"
    assert (got.fields.followers, got.fields.posts) == (812, 1290)


def test_exvcr_status_line_parts_and_header_pairs_in_other_shapes():
    """The same status as a 429 line, and headers kept as [name, value] pairs (Erlang tuples
    written as lists) or as {name, value} objects."""
    body = json.dumps({"errors": [{"message": "Rate limit exceeded", "code": 88}]})
    for headers in ([["content-type", "application/json"], ["x-rate-limit-remaining", "0"]],
                    [{"name": "content-type", "value": "application/json"}]):
        [got] = recorded_answers(_exvcr("https://api.twitter.com/1.1/followers/ids.json",
                                        ["HTTP/1.1", 429, "Too Many Requests"], headers, body))
        assert (got.status, got.headers["content-type"]) == (429, "application/json")
    assert read("x", "https://api.twitter.com/1.1/users/show.json?screen_name=harbourferry", 429, body).state is UNVERIFIABLE


def test_exvcr_custom_cassette_url_is_a_regex_sigil():
    """ExVCR's custom cassettes match the request with an Elixir regex sigil; the answer's
    address is its literal part (so `extract auto` and the choice of answer see the API)."""
    user = json.dumps({"id_str": "4411", "screen_name": "harbourferry", "name": "Harbour Ferry", "followers_count": 3})
    for url, want in (("~r/https://api.twitter.com/1.1/account/verify_credentials.json\\?.+/",
                       "https://api.twitter.com/1.1/account/verify_credentials.json"),
                      ("~r|https://api\\.twitter\\.com/1\\.1/users/show\\.json|i",
                       "https://api.twitter.com/1.1/users/show.json"),
                      ("~r/^https:\\/\\/api.twitter.com\\/1.1\\/users\\/show.json/",
                       "https://api.twitter.com/1.1/users/show.json"),
                      ("~r/users.+/", None)):
        [got] = recorded_answers(_exvcr(url, 200, {}, user))
        assert got.url == want, url


def test_php_mock_response_array_with_status_and_plain_headers():
    """A PHP test's mocked client answer (Guzzle mocks): ``return ['status' => 200, 'headers'
    => ['Name' => 'value', ...], 'body' => '<JSON>'];``, tab-indented, slashes escaped in the
    JSON, the body followed by a comma or not."""
    me = '{"id":"5550123","first_name":"Ana","last_name":"Reyes","link":"https:\\/\\/www.facebook.com\\/5550123","name":"Ana Reyes"}'
    for tail in ("", ","):
        php = ("<?php\n\nreturn [\n    'status' => 200,\n    'headers' => [\n\t\t'Content-Type' => 'text/javascript; charset=UTF-8',\n"
               "\t\t'Facebook-API-Version' => 'v2.4',\n    ],\n    'body' => '" + me + "'" + tail + "\n];\n").encode()
        [got] = recorded_answers(php)
        assert (got.status, got.headers["Facebook-API-Version"]) == (200, "v2.4")
        assert json.loads(got.body)["name"] == "Ana Reyes"
    got = read("facebook", "https://graph.facebook.com/v2.4/me", 200, got.body)
    assert got.state is FOUND and got.fields.display_name == "Ana Reyes" and got.fields.platform_id == "5550123"
    first = b"<?php\nreturn [\n    'body' => '{\"error\": \"not found\"}',\n    'status' => 404,\n];\n"
    [got] = recorded_answers(first)
    assert (got.status, got.body) == (404, b'{"error": "not found"}')
    old = b"<?php\nreturn array(\n  'status_code' => 404,\n  'headers' => array(\n    'Content-Type' => 'text/html',\n  ),\n  'body' => '<p>gone</p>'\n);\n"
    [got] = recorded_answers(old)
    assert (got.status, got.headers["Content-Type"], got.body) == (404, "text/html", b"<p>gone</p>")


# ------------------------------------------------------------------ which platform (extract auto)


def test_headless_page_told_by_its_platforms_asset_hosts():
    """A page saved without its head (no og:url, no canonical) whose links to the site are all
    relative: the images and styles it loads from the platform's own CDN name the platform,
    even when a post on it links another platform's videos."""
    page = ("<div class='ProfileHeaderCard'><a href='/harbourferry'>Harbour Ferry</a>"
            + "".join(f"<img src='https://pbs.twimg.com/profile_images/{i}/a.jpg'>" for i in range(4))
            + "<a href='https://www.youtube.com/watch?v=abc'>video</a>"
            + "<a href='https://youtu.be/def'>video</a></div>")
    assert detect_platform(CAT, "file:///saved", page) == "x"
    page = ("<p>Harbour Ferry</p><img src='https://scontent-ams4-1.cdninstagram.com/v/t51/a.jpg'>"
            "<img src='https://scontent-ams4-1.cdninstagram.com/v/t51/b.jpg'>")
    assert detect_platform(CAT, "file:///saved", page) == "instagram"


def test_instagram_api_v1_errors_are_told_apart():
    """Instagram API v1's errors name no host: ``{"meta": {"error_type": "...Exception", "code",
    "error_message"}}`` and the bare rate-limit form; a cassette on api.instagram.com too."""
    bodies = ({"meta": {"error_type": "OAuthAccessTokenException", "code": 400, "error_message": "The access_token provided is invalid."}},
              {"error_type": "OAuthRateLimitException", "code": 429, "error_message": "Too many requests this hour."})
    for body in bodies:
        assert detect_platform(CAT, None, json.dumps(body)) == "instagram"
    data = _exvcr("https://api.instagram.com/v1/tags/ferry/media/recent", 429, {}, json.dumps({"ok": 1}))
    assert saved_answer(CAT, "auto", data, "file:///saved")[0] == "instagram"
    got = read("instagram", "https://api.instagram.com/v1/tags/ferry/media/recent", 429, bodies[1])
    assert got.state is UNVERIFIABLE


# ------------------------------------------------------------------ API objects of older generations


def test_telegram_bot_api_getchat_channel_and_group_named_by_title():
    """The Bot API's getChat about a channel or a (super)group: ``{id, title, username, type}``,
    no first/last name; the title is its shown name. A private chat is named in parts."""
    for kind in ("channel", "supergroup"):
        body = {"ok": True, "result": {"id": -1001234567, "title": "Harbour Ferry News", "username": "harbourferrynews", "type": kind}}
        got = read("telegram", "https://api.telegram.org/bot123:abc/getChat?chat_id=@harbourferrynews", 200, body)
        assert got.state is FOUND and got.handle == "harbourferrynews", kind
        assert (got.fields.display_name, got.fields.platform_id) == ("Harbour Ferry News", "-1001234567")
    body = {"ok": True, "result": {"id": 99, "first_name": "Ana", "last_name": "Reyes", "username": "anareyes_ferry", "type": "private"}}
    got = read("telegram", "https://api.telegram.org/bot123:abc/getChat", 200, body)
    assert got.state is FOUND and got.fields.display_name == "Ana Reyes"


def test_linkedin_api_v1_member_json_named_by_its_public_profile_url():
    """LinkedIn API v1 ``people/~:(...)?format=json``: no id or vanity-name key; the public
    profile's address names the member, the summary is the bio, and the member URL resources
    (a ``{_total, values}`` collection) are the outside links, in their order."""
    body = {"firstName": "Ana", "lastName": "Reyes", "formattedName": "Ana Reyes", "headline": "Skipper at Harbour Ferry",
            "summary": "Twenty years on the water.", "numConnections": 120, "industry": "Maritime",
            "publicProfileUrl": "http://www.linkedin.com/in/ana-reyes-ferry",
            "memberUrlResources": {"_total": 2, "values": [{"name": "Company Website", "url": "http://harbourferry.example"},
                                                          {"name": "Personal Website", "url": "http://anareyes.example"}]},
            "positions": {"_total": 1, "values": [{"company": {"name": "Harbour Ferry"}, "title": "Skipper"}]}}
    got = read("linkedin", "https://api.linkedin.com/v1/people/~:(id,first-name)?format=json", 200, body)
    assert got.state is FOUND and got.handle == "in/ana-reyes-ferry"
    f = got.fields
    assert (f.display_name, f.bio) == ("Ana Reyes", "Twenty years on the water.")
    assert f.external_links[:2] == ("http://harbourferry.example", "http://anareyes.example")


# ------------------------------------------------------------------ pages of 2008-2020


def test_hcard_of_the_pages_owner_gives_name_bio_and_site():
    """A page marked up as an hCard (class vcard: fn, nickname, note, url), as GitHub's and
    X's web-intent pages were: the owner's card, not a follower's card in the face list; a
    shortened site link (t.co) stands for the address it shows."""
    page = """<html><head><title>harbourferry's Profile - GitHub</title></head><body>
      <h1>harbourferry</h1>
      <div class="vcard subject">
        <a class="fn url" href="/harbourferry" rel="me"><img class="photo" src="/a.png" alt="">Harbour Ferry Co</a>
        <p><span class="nickname">@harbourferry</span></p>
        <p class="note">Crossings every hour. Timetables: <a href="https://t.co/zz1"><span class="invisible">https://</span><span>ferry.example/times</span></a></p>
        <p class="adr">Izmir &middot; <a class="url" rel="me" href="https://t.co/AbC123">https://harbourferry.example</a></p>
      </div>
      <ul><li class="vcard"><a class="url" href="/someone_else"><img class="fn photo" alt="someone_else"></a><span class="note">Other bio</span></li></ul>
      <ul class="stats"><li><a href="/harbourferry/followers"><strong>1,465</strong> <span>followers</span></a></li></ul>
    </body></html>"""
    got = read("github", "https://github.com/harbourferry", 200, page)
    assert got.state is FOUND and got.handle == "harbourferry"
    f = got.fields
    assert f.display_name == "Harbour Ferry Co"
    assert f.bio == "Crossings every hour. Timetables: https://ferry.example/times"
    assert f.external_links[0] == "https://harbourferry.example"


def test_hcard_naming_another_account_is_not_the_pages():
    page = """<html><body><div class="vcard"><span class="fn">Someone Else</span><span class="nickname">someone_else</span>
      <span class="note">Not this page's bio</span></div>
      <div class="profile"><h1>Harbour Ferry</h1><p>12 followers</p></div></body></html>"""
    got = read("x", "https://twitter.com/harbourferry", 200, page)
    assert got.fields.bio != "Not this page's bio" and got.fields.display_name != "Someone Else"


def test_old_counters_and_site_slogans():
    """GitHub's profile counters of 2008-2012 ('2 public repos') are its posts; a 2013 page's
    description that is the site's sentence about anyone ('Name is using Pinterest, an online
    pinboard ...') is no bio, even where a platform rule reads that tag."""
    from crawler.extract import hints as H

    assert H.exact_counter("2 public repos") == ("posts", 2)
    assert H.exact_counter("14 public repositories") == ("posts", 14)
    page = """<html><head><title>Harbour Ferry (harbourferry) on Pinterest</title>
      <meta property="og:url" content="http://www.pinterest.com/harbourferry/">
      <meta property="og:title" content="Harbour Ferry (harbourferry)">
      <meta property="og:description" content="Harbour Ferry is using Pinterest, an online pinboard to collect and share what inspires you.">
      <meta property="pinterestapp:followers" content="12"></head>
      <body><h2 class="userProfileHeaderName">Harbour Ferry</h2><p class="userProfileHeaderBio">Boats and timetables.</p></body></html>"""
    got = read("pinterest", "http://www.pinterest.com/harbourferry/", 200, page)
    assert got.state is FOUND and got.fields.followers == 12
    assert "is using Pinterest" not in (got.fields.bio or "")


def test_instagram_age_gate_of_2018_is_an_existing_account():
    """Instagram's age gate of 2017-2018 ('Restricted profile', 'You must be 18 years old or
    over to see this profile') is served only for an account that exists, with its picture;
    its title is no name. Without the account's picture it proves nothing."""
    gate = """<!DOCTYPE html><html lang="en" class="no-js not-logged-in"><head><title>
      Restricted profile &bull; Instagram</title></head><body><div class="-cx-PRIVATE-GatedContentPage__root">
      <div class="-cx-PRIVATE-GatedContentPage__userAvatarContainer">
      <img class="-cx-PRIVATE-GatedContentPage__userAvatar" src="https://scontent.cdninstagram.com/t51.2885-19/s150x150/1_a.jpg"/></div>
      <h2>Restricted profile</h2><p>You must be 18 years old or over to see this profile</p></div></body></html>"""
    got = read("instagram", "https://www.instagram.com/harbourbrewery/", 200, gate)
    assert got.state is FOUND and got.handle == "harbourbrewery"
    assert got.fields.display_name is None
    assert got.fields.avatar_url == "https://scontent.cdninstagram.com/t51.2885-19/s150x150/1_a.jpg"
    bare = gate.replace('<img class="-cx-PRIVATE-GatedContentPage__userAvatar" src="https://scontent.cdninstagram.com/t51.2885-19/s150x150/1_a.jpg"/>', "")
    assert read("instagram", "https://www.instagram.com/harbourbrewery/", 200, bare).state is not FOUND


def test_linkedin_api_v1_member_xml_the_same():
    """The same member record in API v1's default XML: the public profile URL names the
    member, the nested member URL resources are the outside links."""
    xml = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<person>
  <first-name>Ana</first-name>
  <last-name>Reyes</last-name>
  <summary>Twenty years on the water.</summary>
  <site-standard-profile-request><url>http://www.linkedin.com/profile/view?id=123</url></site-standard-profile-request>
  <public-profile-url>http://www.linkedin.com/in/ana-reyes-ferry</public-profile-url>
  <member-url-resources total="2">
    <member-url-resource><url>http://harbourferry.example</url><name>Company Website</name></member-url-resource>
    <member-url-resource><url>http://anareyes.example</url><name>Blog</name></member-url-resource>
  </member-url-resources>
</person>"""
    got = read("linkedin", "https://api.linkedin.com/v1/people/~", 200, xml)
    assert got.state is FOUND and got.handle == "in/ana-reyes-ferry"
    assert got.fields.external_links == ("http://harbourferry.example", "http://anareyes.example")
