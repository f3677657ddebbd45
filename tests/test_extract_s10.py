"""Shapes the s10m/s10n capture batches showed the readers had not met, each written by hand with
made-up values (none is a copy of a file in tests/fixtures/real_captures): other recorders'
files (a Ruby gem's YAML response cache, Ruby hash literals, another ExVCR adapter's cassette)
and fields of older or other API generations."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import base64
import json

from extract_cases import CAT, FOUND, NOT_FOUND, read

from crawler.extract.captures import recorded_answers
from crawler.extract.detect import detect_platform, saved_answer

# ------------------------------------------------------------------ recorded-answer formats


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_yaml_headers_body_pair_with_binary_headers():
    """A Ruby gem's response cache (2012): a YAML pair [headers, body], the header names and
    values ``!binary`` base64, the status among them; the body an ordinary API answer."""
    user = {"type": "User", "login": "quaywright", "id": 90817, "name": "Ada Quay",
            "followers": 31, "following": 4, "public_repos": 12, "blog": "http://quay.example"}
    head = "".join(f'  !binary "{_b64(k)}": !binary |-\n    {_b64(v)}\n' for k, v in
                   [("server", "nginx"), ("status", "200 OK"),
                    ("content-type", "application/json; charset=utf-8")])
    data = ("---\n- " + head[2:] + "- ! '" + json.dumps(user, separators=(",", ":")) + "'\n").encode()
    [got] = recorded_answers(data)
    assert (got.status, got.headers["content-type"], got.url) == (200, "application/json; charset=utf-8", None)
    name, url, status, _headers, body, _ = saved_answer(CAT, "auto", data, "file:///saved")
    assert (name, status) == ("github", 200)
    got = read("github", "https://api.github.com/users/quaywright", status, body)
    assert got.state is FOUND and (got.handle, got.fields.followers) == ("quaywright", 31)


def test_yaml_list_of_two_without_headers_is_no_cache():
    """A two-item YAML list that is not [headers, body] stays one bare body."""
    data = b"- name: a\n  value: 1\n- just text\n"
    [got] = recorded_answers(data)
    assert got.body == data


def test_federation_cassette_reads_the_actor_not_the_pictures_after_it():
    """An ExVCR cassette of a federation client (hackney adapter, 'binary' flags) fetches the
    actor on a self-hosted server, then its avatar and header images: the actor is read."""
    actor = {"@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://toot.example/users/lenka",
             "type": "Person", "preferredUsername": "lenka", "name": "Lenka P.",
             "summary": "<p>Ferries and maps</p>", "url": "https://toot.example/@lenka",
             "manuallyApprovesFollowers": False, "inbox": "https://toot.example/users/lenka/inbox",
             "outbox": "https://toot.example/users/lenka/outbox"}

    def pair(url: str, kind: str, body: str, binary: bool) -> dict:
        return {"request": {"url": url, "method": "get", "headers": {"Accept": "application/activity+json"},
                            "body": "", "request_body": "", "options": {}},
                "response": {"binary": binary, "type": "ok", "status_code": 200,
                             "headers": {"Content-Type": kind}, "body": body}}

    data = json.dumps([
        pair("https://toot.example/users/lenka", "application/activity+json; charset=utf-8", json.dumps(actor), False),
        pair("https://media.toot.example/avatars/1.jpg", "image/jpeg", "g20AABDJ/9j/4AAQ", True),
        pair("https://media.toot.example/headers/1.png", "image/png", "g20AAG+S/9j/4AAQ", True),
    ]).encode()
    for platform in ("mastodon", "auto"):
        name, url, status, _headers, body, notes = saved_answer(CAT, platform, data, "file:///saved")
        assert (name, url, notes["answer_read"]) == ("mastodon", "https://toot.example/users/lenka", 0)
    got = read("mastodon", url, status, body)
    assert got.state is FOUND and got.handle == "lenka@toot.example"


def test_ruby_hash_literal_answer_reads_as_json():
    """A Ruby test keeps a parsed API answer as a hash literal ('"key"=>value', nil): it is the
    same answer as JSON, '=>' inside a string left alone."""
    data = b'''{
  "kind"=>"youtube#channelListResponse",
  "items"=>[
    {"kind"=>"youtube#channel", "id"=>"UCq0Wb8fjxMa1HTrTmB4Cc1Q",
     "snippet"=>{"title"=>"Quay Lights", "description"=>"map=>sea", "customUrl"=>nil},
     "statistics"=>{"subscriberCount"=>"4100", "videoCount"=>"37", "hiddenSubscriberCount"=>false}}
  ]
}'''
    [got] = recorded_answers(data)
    doc = json.loads(got.body)
    assert doc["items"][0]["snippet"] == {"title": "Quay Lights", "description": "map=>sea", "customUrl": None}
    name, url, status, _headers, body, _ = saved_answer(CAT, "auto", data, "file:///saved")
    assert name == "youtube"
    got = read("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&id=UCq0Wb8fjxMa1HTrTmB4Cc1Q", status, body)
    assert got.state is FOUND and (got.fields.display_name, got.fields.followers) == ("Quay Lights", 4100)


def test_ruby_hash_literal_error_answer():
    """The API's error object as a Ruby hash: its code 404 and reason say 'no such channel'."""
    data = b'{\n  "error"=> {"errors"=> [{"domain"=>"youtube.parameter", "reason"=>"channelNotFound", "message"=>"Channel not found."}], "code"=>404, "message"=>"Channel not found."}\n}'
    name, url, status, _headers, body, _ = saved_answer(CAT, "youtube", data, "file:///saved")
    got = read("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&id=UCzz", status, body)
    assert got.state is NOT_FOUND


def test_xml_api_flags_spelled_as_words_are_read():
    """An XML API answer spells its flags as words (<verified>true</verified>, 2009 users/show):
    they read as the JSON twin's booleans."""
    body = """<?xml version="1.0" encoding="UTF-8"?>
<user>
  <id>77120</id>
  <name>Mira Holt</name>
  <screen_name>mholt</screen_name>
  <protected>true</protected>
  <followers_count>310</followers_count>
  <friends_count>52</friends_count>
  <statuses_count>988</statuses_count>
  <verified>true</verified>
</user>"""
    got = read("x", "https://twitter.com/users/show/mholt.xml", 200, body)
    assert got.state is FOUND and (got.fields.verified, got.fields.is_private) == (True, True)
    got = read("x", "https://twitter.com/users/show/mholt.xml", 200, body.replace(">true<", ">false<"))
    assert (got.fields.verified, got.fields.is_private) == (False, False)


def test_oauth_user_info_named_by_app_scoped_ids():
    """An OAuth 'who am I' answer (open API v2 user/info) names its user only by ids scoped to
    the asking app (open_id, union_id): the account is found, its name, counts and badge read,
    and no platform id is made of those ids."""
    body = json.dumps({"data": {"user": {
        "open_id": "-000aBcD9xYz", "union_id": "0c7e1f2a-1111-4b2b-9c3c-5d5e6f7a8b9c",
        "avatar_url": "https://p16.example-cdn.com/obj/a1", "display_name": "Harbour Lights",
        "bio_description": "", "follower_count": 4200, "following_count": 17, "likes_count": 90000,
        "is_verified": True, "profile_deep_link": "https://vm.example/ZMx1/"}},
        "error": {"code": "ok", "message": "", "log_id": "2024010100000012345"}})
    got = read("tiktok", "https://open.tiktokapis.com/v2/user/info/?fields=open_id,display_name", 200, body)
    f = got.fields
    assert got.state is FOUND and (f.display_name, f.followers, f.following, f.verified) == ("Harbour Lights", 4200, 17, True)
    assert f.platform_id is None


def test_app_scoped_id_alone_is_no_profile():
    """An app-scoped id with nothing else (no name, no counts) names no account to read."""
    body = json.dumps({"data": {"user": {"open_id": "-000aBcD9xYz"}}, "error": {"code": "ok", "message": ""}})
    got = read("tiktok", "https://open.tiktokapis.com/v2/user/info/?fields=open_id", 200, body)
    assert got.state is not FOUND


def test_data_api_error_names_youtube_by_its_domain():
    """`extract auto`: a Google API error answer whose errors' domain is a YouTube service
    ('youtube.channel') is YouTube's; another Google service's error is not."""
    body = b'{"error": {"errors": [{"domain": "youtube.channel", "reason": "channelNotFound", "message": "x"}], "code": 404, "message": "x"}}'
    assert detect_platform(CAT, "file:///saved", body) == "youtube"
    other = body.replace(b"youtube.channel", b"usageLimits")
    assert detect_platform(CAT, "file:///saved", other) is None


def test_actor_metadata_link_with_single_quoted_href():
    """An ActivityPub actor's metadata row whose HTML quotes its href with single quotes (an
    events server's actor) still gives the link."""
    actor = {"@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://events.example/federation/u/agenda",
             "type": "Application", "name": "agenda", "preferredUsername": "agenda",
             "inbox": "https://events.example/federation/u/agenda/inbox",
             "attachment": [{"type": "PropertyValue", "name": "Website",
                             "value": "<a href='https://agenda-town.example/about'>agenda-town.example</a>"}]}
    got = read("mastodon", "https://events.example/federation/u/agenda", 200, json.dumps(actor))
    assert got.state is FOUND and got.fields.external_links == ("https://agenda-town.example/about",)


def test_linkedin_2013_public_page_summary_is_the_bio():
    """The logged-out public profile page of 2011-2014 (hCard markup) keeps the summary in the
    #profile-summary section: it is the bio, not the headline."""
    page = """<html><head><title>Mara Quell | LinkedIn</title><link rel="canonical" href="http://www.linkedin.com/in/maraquell"></head><body>
<div id="name"><h1><span class="full-name"><span class="given-name">Mara</span> <span class="family-name">Quell</span></span></h1></div>
<p class="headline-title title">Harbour pilot at Bay Ports</p>
<div class="section" id="profile-summary"><div class="header"><h2>Mara Quell's Summary</h2></div>
<div class="content"><p class=" description summary">
    I guide container ships into the bay and teach night navigation.
<br>Ask me about tides.</p></div></div>
</body></html>"""
    got = read("linkedin", "https://www.linkedin.com/in/maraquell", 200, page)
    assert got.state is FOUND and got.fields.bio.startswith("I guide container ships into the bay")
