"""Families the s11-extract14 batch (a Postman collection of X's API v2 with saved examples)
showed, each written by hand with made-up values (none is a copy of a file in
tests/fixtures/real_captures): which answer of a many-answer recording `brandsweep extract`
reads when the platform's API has no catalog view."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json

import pytest
from extract_cases import CAT, FOUND, NOT_FOUND, read

from crawler.extract.captures import Recorded, recorded_answers
from crawler.extract.detect import _ONE_ACCOUNT, choose_answer, saved_answer


def _ans(url: str, body: object, status: int = 200) -> Recorded:
    return Recorded(url, status, {}, json.dumps(body).encode())


USER = {"data": {"id": "7051", "name": "Harbour Ferries", "username": "harbourferries"}}
TWEETS = {"data": [{"id": "1", "text": "Sailings resume at 6"}], "meta": {"result_count": 1}}


def test_a_lookup_then_a_timeline_reads_the_lookup():
    """A client looks a user up, then fetches their timeline: neither URL is a catalog view of
    X (its API v2 has none), so the account the recording is about is the lookup, not the
    later timeline (it used to read the last answer on X's hosts: the timeline)."""
    answers = [
        _ans("https://api.twitter.com/oauth2/token", {"token_type": "bearer"}),
        _ans("https://api.twitter.com/2/users/by/username/harbourferries", USER),
        _ans("https://api.twitter.com/2/users/7051/tweets?max_results=5", TWEETS),
    ]
    assert choose_answer(CAT, answers, None) == 1
    assert choose_answer(CAT, answers, "x") == 1


def test_a_postman_collection_of_examples_reads_a_user_lookup():
    """A Postman collection keeps saved examples of every request; `extract auto` reads a user
    lookup (the last one), not the stream's 429 that closes the collection."""
    collection = {
        "info": {"name": "API v2", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
            {"name": "User Lookup", "item": [{
                "name": "User by Username",
                "request": {"method": "GET", "url": {"raw": "https://api.twitter.com/2/users/by/username/:username"}},
                "response": [{"name": "200 Success", "code": 200, "header": [],
                              "originalRequest": {"url": {"raw": "https://api.twitter.com/2/users/by/username/:username"}},
                              "body": json.dumps(USER)}]}]},
            {"name": "Filtered Stream", "item": [{
                "name": "Stream",
                "request": {"method": "GET", "url": {"raw": "https://api.twitter.com/2/tweets/search/stream"}},
                "response": [{"name": "429", "code": 429, "header": [], "body": "Rate limit exceeded\n"}]}]},
        ],
    }
    data = json.dumps(collection).encode()
    assert len(recorded_answers(data)) == 2
    name, url, status, _headers, body, notes = saved_answer(CAT, "auto", data, "file:///saved")
    assert (name, status, notes["answer_read"]) == ("x", 200, 0)
    got = read("x", url, status, body)
    assert got.state is FOUND and got.handle == "harbourferries"
    assert got.fields.display_name == "Harbour Ferries"


def test_an_account_lookup_after_a_feed_on_bluesky_and_instagram():
    """The same on other APIs the catalog reads without a view of every endpoint: a Bluesky
    profile then the author's feed; an Instagram web_profile_info then the media feed."""
    bsky = [_ans("https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=ferries.example", {"did": "did:plc:abc", "handle": "ferries.example"}),
            _ans("https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=ferries.example", {"feed": []})]
    insta = [_ans("https://i.instagram.com/api/v1/users/web_profile_info/?username=harbourferries", {"data": {"user": {"username": "harbourferries"}}}),
             _ans("https://i.instagram.com/api/v1/feed/user/7051/?count=12", {"items": []})]
    assert choose_answer(CAT, bsky, "bluesky") == 0
    assert choose_answer(CAT, insta, "instagram") == 0


@pytest.mark.parametrize("url", [
    "https://api.twitter.com/2/users/by/username/harbourferries",
    "https://api.twitter.com/2/users/7051?user.fields=description",
    "https://api.twitter.com/1.1/users/show.json?screen_name=harbourferries",
    "https://ferries.example/api/v1/accounts/109",
    "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=ferries.example",
    "https://i.instagram.com/api/v1/users/7051/info/",
    "https://www.reddit.com/user/harbourferries/about.json",
    "https://www.googleapis.com/youtube/v3/channels?part=snippet&forHandle=@harbourferries",
])
def test_urls_that_name_one_account(url):
    assert _ONE_ACCOUNT.search(url)


@pytest.mark.parametrize("url", [
    "https://api.twitter.com/2/users/7051/tweets",
    "https://api.twitter.com/2/users/7051/followers",
    "https://api.twitter.com/2/users/by?usernames=harbourferries,quayline",
    "https://api.twitter.com/2/users?ids=7051,7052",
    "https://api.twitter.com/2/tweets/search/stream",
    "https://api.twitter.com/1.1/statuses/user_timeline.json?screen_name=harbourferries",
    "https://ferries.example/api/v1/accounts/109/statuses",
    "https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=ferries.example",
    "https://graph.facebook.com/me?fields=id,name",
])
def test_urls_that_are_no_single_account_lookup(url):
    assert not _ONE_ACCOUNT.search(url)


def test_the_graph_api_without_an_account_url_keeps_the_last_answer():
    """No URL names an account (Graph API node ids): the last answer on the hosts, as before."""
    answers = [_ans("https://graph.facebook.com/v19.0/me?fields=id", {"id": "1"}),
               _ans("https://graph.facebook.com/v19.0/harbourferries?fields=name,fan_count", {"name": "Harbour Ferries", "id": "2"})]
    assert choose_answer(CAT, answers, "facebook") == 1


def test_a_not_found_lookup_example_still_reads_not_found():
    """A 200 answer with only the API v2 'Not Found Error' (a saved example's shape)."""
    body = {"errors": [{"detail": "Could not find user with username: [harbourferriez].",
                        "title": "Not Found Error", "resource_type": "user", "parameter": "username",
                        "value": "harbourferriez", "type": "https://api.twitter.com/2/problems/resource-not-found"}]}
    got = read("x", "https://api.twitter.com/2/users/by/username/:username", 200, json.dumps(body))
    assert got.state is NOT_FOUND


# ------------------------------------------------------------------ the generic layers: an "About" / "Summary" section


def _generic(platform: str, url: str, page: str, status: int = 200):
    from crawler.extract import read_profile, without_rules

    return read_profile(without_rules(CAT)[platform], url, status, {}, page.encode())


_HEAD = ('<html><head><title>Jane Roe | LinkedIn</title>'
         '<link rel="canonical" href="https://www.linkedin.com/in/jane-roe-1a2b3c"></head><body>'
         '<div id="top-card"><h1 id="name">Jane Roe</h1></div>')


@pytest.mark.parametrize("section", [
    # a section named by its id, its heading the word (LinkedIn's public profiles of 2014-2016)
    '<section id="summary" class="profile-section"><h3 class="title">Summary</h3><div class="description">'
    '<p>Harbour logistics planner since 2009. <br>Mentor for new dispatchers.</p></div></section>',
    # a div named by its id, the heading the person's name and the word (2013)
    '<div class="section" id="profile-summary"><div class="header"><h2>\n  Jane Roe\'s Summary\n</h2></div>'
    '<div class="content"><p class="description">Harbour logistics planner since 2009.<br>\nMentor for new dispatchers.</p></div></div>',
    # another site's "About" block named by its class
    '<div class="profile-about"><h4>About</h4><p>Harbour logistics planner since 2009. Mentor for new dispatchers.</p></div>',
], ids=["section-summary", "div-profile-summary", "class-about"])
def test_a_summary_or_about_section_is_the_bio(section):
    """With every platform rule off, a profile page's own "Summary" / "About" section (named by
    its id or class, its heading that word) gives the bio; the heading is not part of it."""
    got = _generic("linkedin", "https://www.linkedin.com/in/jane-roe-1a2b3c", _HEAD + section + "</body></html>")
    assert got.state is FOUND, (got.reason, got.evidence)
    assert " ".join(got.fields.bio.split()) == "Harbour logistics planner since 2009. Mentor for new dispatchers."
    assert got.evidence["layers"]["bio"] == "dom"


@pytest.mark.parametrize("section", [
    # the site's footer column "About": links, not a bio
    '<footer><div class="about"><h4>About</h4><ul><li><a href="/careers">Careers</a></li><li><a href="/press">Press and media</a></li></ul></div></footer>',
    # the same column outside a footer element: mostly links
    '<div class="footer-about"><h4>About</h4><a href="/careers">Careers</a> <a href="/press">Press and media</a> <a href="/blog">Our blog</a></div>',
    # a section named about whose heading is something else
    '<section id="about"><h3>Experience</h3><p>Dispatcher at Harbour Ferries, 2009 to 2015.</p></section>',
], ids=["footer", "links", "other-heading"])
def test_no_bio_from_an_about_column_of_links_or_another_heading(section):
    got = _generic("linkedin", "https://www.linkedin.com/in/jane-roe-1a2b3c", _HEAD + section + "</body></html>")
    assert got.fields.bio is None, got.fields.bio


# ------------------------------------------------------------------ the generic layers: a header's marked name


_FRAGMENT = ('<div class="organization-outlet"><section class="org-top-card">'
             '<ul><li><h1 class="org-top-card-primary-content__title t-24 t-black">Harbour Ferries</h1></li>'
             '<li class="org-top-card-summary-info-list__info-item">Maritime transport</li></ul></section>'
             '<section class="org-similar-orgs"><ul><li><h3 class="org-company-card__company-name">Quayline Boats</h3></li></ul></section></div>')


def test_a_page_saved_without_its_head_takes_the_name_its_header_marks():
    """A page a browser driver saved as a fragment (no title, no meta): the name the profile
    header marks by its class (an h1 first), not another account's card in a side list."""
    got = _generic("linkedin", "https://www.linkedin.com/company/harbourferries/about/", _FRAGMENT)
    assert got.fields.display_name == "Harbour Ferries", (got.state, got.evidence)


@pytest.mark.parametrize("page", [
    # only another account's card, in a list: no name
    '<div><section class="similar"><ul><li><h3 class="org-company-card__company-name">Quayline Boats</h3></li></ul></section></div>',
    # a class that merely contains the word ('profile-namespace-wrapper', 'organization') is no name
    '<div><div class="profile-namespace-wrapper">Harbour Ferries</div><h2 class="organization">Harbour Ferries</h2></div>',
    # an @handle marked as the name is a handle, not a display name
    '<div><span class="profile-display-name">@harbourferries</span></div>',
], ids=["list-card", "not-a-name-class", "at-handle"])
def test_no_name_from_a_side_list_or_a_class_that_only_contains_the_word(page):
    got = _generic("linkedin", "https://www.linkedin.com/company/harbourferries/about/", page)
    assert got.fields.display_name is None, got.fields.display_name


# ------------------------------------------------------------------ other recorders' tapes

import base64  # noqa: E402

TAPE_USER = {"login": "harbourferries", "id": 7051, "name": "Harbour Ferries", "followers": 51}
TAPE_BODY = json.dumps(TAPE_USER)
TAPE_B64 = base64.b64encode(TAPE_BODY.encode()).decode()
TAPE_URL = "https://api.github.com/users/harbourferries"
TAPES = {
    "talkback-json5": ('{\n  meta: {\n    createdAt: "2023-01-01T00:00:00.000Z",\n    host: "https://api.github.com",\n    resHumanReadable: true,\n  },\n'
                       '  req: {\n    url: "/users/harbourferries",\n    method: "GET",\n    headers: {accept: "application/json"},\n    body: "",\n  },\n'
                       '  res: {\n    status: 200,\n    headers: {"content-type": ["application/json; charset=utf-8"]},\n    body: '
                       + json.dumps(TAPE_USER, indent=2).replace("\n", "\n    ") + ',\n  },\n}\n'),
    "talkback-base64": json.dumps({"meta": {"createdAt": "2023", "host": "https://api.github.com"}, "req": {"url": "/users/harbourferries", "method": "GET", "headers": {}, "body": ""},
                                   "res": {"status": 200, "headers": {"content-type": ["application/json"]}, "body": TAPE_B64}}),
    "hoverfly": json.dumps({"data": {"pairs": [{"request": {"path": [{"matcher": "exact", "value": "/users/harbourferries"}], "method": [{"matcher": "exact", "value": "GET"}],
                                                            "destination": [{"matcher": "exact", "value": "api.github.com"}], "scheme": [{"matcher": "exact", "value": "https"}]},
                                                "response": {"status": 200, "body": TAPE_BODY, "encodedBody": False, "headers": {"Content-Type": ["application/json"]}}}]},
                            "meta": {"schemaVersion": "v5"}}),
    "govcr": json.dumps({"Name": "user", "Tracks": [{"Request": {"Method": "GET", "URL": {"Scheme": "https", "Host": "api.github.com", "Path": "/users/harbourferries"}, "Header": {}, "Body": ""},
                                                    "Response": {"Status": "200 OK", "StatusCode": 200, "Proto": "HTTP/1.1", "Header": {"Content-Type": ["application/json"]}, "Body": TAPE_B64}}]}),
    "httpreplay": json.dumps({"Initial": "", "Version": "0.2", "Entries": [{"ID": "a1", "Request": {"Method": "GET", "URL": TAPE_URL, "Header": {}},
                                                                           "Response": {"StatusCode": 200, "Proto": "HTTP/1.1", "Header": {"Content-Type": ["application/json"]}, "Body": TAPE_B64}}]}),
    "easyvcr": json.dumps([{"Request": {"Method": "GET", "Uri": TAPE_URL, "Headers": {}, "Body": None},
                            "Response": {"Status": {"Code": 200, "Message": "OK"}, "Headers": {"Content-Type": "application/json"}, "Body": TAPE_BODY}, "RecordedAt": "2023-01-01T00:00:00Z"}]),
    "scotch": json.dumps([{"Request": {"Method": "GET", "RequestUri": TAPE_URL, "Headers": {}}, "Response": {"StatusCode": 200, "ReasonPhrase": "OK", "Content": TAPE_BODY, "Headers": {}}}]),
    "vcrurlconnection": json.dumps([{"method": "GET", "uri": TAPE_URL, "status": 200, "headers": {"Content-Type": "application/json"}, "body": TAPE_BODY}]),
    "node-replay": "GET /users/harbourferries\nhost: api.github.com\naccept: application/json\n\nHTTP/1.1 200 OK\ncontent-type: application/json\n\n" + TAPE_BODY + "\n",
    # `curl -v` saved with its trace: '* ' notes, '> ' the request, '< ' the answer's head, progress lines
    "curl-verbose": ("*   Trying 192.0.2.7:443...\n* Connected to api.github.com (192.0.2.7) port 443 (#0)\n> GET /users/harbourferries HTTP/2\n"
                     "> Host: api.github.com\n> user-agent: curl/8.5.0\n> accept: */*\n>\n* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):\n"
                     "< HTTP/2 200\n< server: GitHub.com\n< content-type: application/json; charset=utf-8\n<\n{ [163 bytes data]\n"
                     + TAPE_BODY + "\n* Connection #0 to host api.github.com left intact\n"),
    # HTTPie's verbose print (`http -v`): the request line with its version, blank lines, the answer
    "httpie-verbose": ("GET /users/harbourferries HTTP/1.1\nAccept: */*\nConnection: keep-alive\nHost: api.github.com\nUser-Agent: HTTPie/3.2.2\n\n\n\n"
                       "HTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\n\n" + TAPE_BODY + "\n\n\n"),
    "servirtium": ("## Interaction 0: GET /users/harbourferries\n\n### Request headers recorded for playback:\n\n```\nAccept: application/json\n```\n\n"
                   "### Response headers recorded for playback:\n\n```\nContent-Type: application/json\n```\n\n"
                   "### Response body recorded for playback (200: application/json):\n\n```\n" + TAPE_BODY + "\n```\n\n"),
    "yakbak": ('var path = require("path");\n\n/**\n * GET /users/harbourferries\n *\n * accept: application/json\n * host: api.github.com\n */\n\n'
               'module.exports = function (req, res) {\n  res.statusCode = 200;\n\n  res.setHeader("content-type", "application/json; charset=utf-8");\n\n'
               '  res.setHeader("x-yakbak-tape", path.basename(__filename, ".js"));\n\n  res.write(new Buffer("' + TAPE_B64 + '", "base64"));\n  res.end();\n\n  return __filename;\n};\n'),
}


@pytest.mark.parametrize("name", sorted(TAPES))
def test_other_recorders_tapes_give_their_answer(name):
    """Recorders no entry has used yet keep the answer in their own shapes (JSON5, base64
    bodies, matchers, PascalCase keys, markdown, a Node module): each gives the recorded
    status and body, and the URL as far as it is recorded, so `extract` reads the profile."""
    data = TAPES[name].encode()
    answers = recorded_answers(data)
    assert [(a.status, json.loads(a.body)) for a in answers] == [(200, TAPE_USER)], answers
    name_, url, status, _headers, body, _ = saved_answer(CAT, "github", data, "file:///saved")
    got = read("github", url if url.startswith("http") else TAPE_URL, status, body)
    assert got.state is FOUND and (got.handle, got.fields.followers) == ("harbourferries", 51)


def test_a_recorded_404_keeps_its_status():
    """A tape that recorded the missing account: its status reaches the reader."""
    tape = {"data": {"pairs": [{"request": {"destination": [{"matcher": "exact", "value": "api.github.com"}], "path": [{"matcher": "exact", "value": "/users/nobody-here"}]},
                                "response": {"status": 404, "body": '{"message":"Not Found"}', "encodedBody": False, "headers": {}}}]}}
    [answer] = recorded_answers(json.dumps(tape).encode())
    assert (answer.url, answer.status) == ("https://api.github.com/users/nobody-here", 404)
    assert read("github", answer.url, answer.status, answer.body).state is NOT_FOUND


@pytest.mark.parametrize("doc", [
    {"meta": {"code": 200}, "data": {"username": "harbourferries"}},
    {"status": 200, "content": "hello", "user": {"name": "Harbour Ferries"}},
    {"response": {"status": 200, "body": "no request beside it"}},
    [{"status": 200, "body": "no method, no URL"}],
])
def test_an_api_answer_with_status_and_body_keys_stays_a_bare_answer(doc):
    data = json.dumps(doc).encode()
    [answer] = recorded_answers(data)
    assert answer.body == data and answer.url is None


# ------------------------------------------------------------------ a server's own 404 words


@pytest.mark.parametrize("status,words,want", [
    (410, "The page you are looking for isn't here.", NOT_FOUND),      # Mastodon's 404/410 page
    (404, "The page you were looking for doesn’t exist.", NOT_FOUND),
    (404, "Sorry! We couldn't find that page.", NOT_FOUND),
    (404, "This page could not be found", NOT_FOUND),
    (200, "The page you are looking for isn't here.", None),           # no account named: a 200 proves nothing
    (200, "Sorry! We couldn't find that page.", None),
])
def test_a_servers_own_404_words_with_a_404_or_410(status, words, want):
    """With every platform rule off, the usual words of a server's 404 page read as 'not found'
    with a 404 or 410 only: they name no account, so a 200 page saying them stays unread."""
    page = f"<html><head><title>ferries.example</title></head><body><h1>{words}</h1></body></html>"
    got = _generic("mastodon", "https://ferries.example/@harbourferries", page, status)
    if want is None:
        assert got.state is not NOT_FOUND, got.reason
    else:
        assert got.state is want, (got.state, got.reason)
