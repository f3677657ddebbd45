"""Families the s11p capture batch showed, each written by hand with made-up values (none is a
copy of a file in tests/fixtures/real_captures): recordings the unpacker did not open (httplib2
cache entries, an answer kept in a JavaScript module), GitHub's API v2 answers (YAML and JSON,
2008-2012), a YouTube channel's tab page and a new-Reddit user page's own id."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import gzip
import json
from urllib.parse import quote

from extract_cases import CAT, FOUND, read

from crawler.extract import read_profile
from crawler.extract.captures import recorded_answers
from crawler.extract.detect import saved_answer
from crawler.extract.values import loads_yaml_mapping, to_datetime

# ------------------------------------------------------------------ httplib2 cache entries

V2_USER = {"user": {"gravatar_id": "0f3a", "company": None, "name": "Mira Holt",
                    "created_at": "2008/04/02 10:11:12 -0700", "location": "Leeds",
                    "public_repo_count": 17, "public_gist_count": 3, "blog": "http://holt.example",
                    "following_count": 9, "id": 40213, "type": "User", "followers_count": 58,
                    "login": "mholt", "email": "m@holt.example"}}


def _httplib2(status: int, headers: list[tuple[str, str]], body: bytes) -> bytes:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers)
    return f"status: {status}\r\n{head}\r\n".encode() + body


def test_httplib2_cache_entry_is_unpacked_with_its_url():
    """httplib2's cache keeps one file per URL: 'status: 200', lower-case headers, a blank
    line, the body; the address asked is its content-location."""
    data = _httplib2(200, [("content-location", "https://github.com/api/v2/json/user/show/mholt"),
                           ("content-type", "application/json; charset=utf-8"), ("server", "nginx")],
                     json.dumps(V2_USER).encode())
    [got] = recorded_answers(data)
    assert (got.status, got.url, got.headers["content-type"]) == (
        200, "https://github.com/api/v2/json/user/show/mholt", "application/json; charset=utf-8")
    assert json.loads(got.body) == V2_USER
    name, url, status, _headers, body, _ = saved_answer(CAT, "auto", data, "file:///saved")
    assert (name, status) == ("github", 200)
    got = read("github", url, status, body)
    assert got.state is FOUND and got.handle == "mholt"
    assert (got.fields.followers, got.fields.following, got.fields.posts) == (58, 9, 17)


def test_httplib2_entry_of_a_revalidation_keeps_the_cached_answer():
    """An entry rewritten after a 304 revalidation (older httplib2 wrote the 304) still holds
    the cached body: the 200 answer it was; a gzip body httplib2 undid is marked
    '-content-encoding' and a gzip one it kept is unpacked."""
    data = _httplib2(304, [("-content-encoding", "gzip"), ("date", "Tue, 03 May 2011 09:00:00 GMT")],
                     json.dumps(V2_USER).encode())
    [got] = recorded_answers(data)
    assert got.status == 200 and got.url is None and json.loads(got.body) == V2_USER
    packed = _httplib2(200, [("content-type", "text/html")], gzip.compress(b"<html>hi</html>"))
    assert recorded_answers(packed)[0].body == b"<html>hi</html>"
    empty = _httplib2(304, [("etag", '"ab"')], b"")
    assert recorded_answers(empty)[0].status == 304


def test_a_yaml_document_opening_with_status_is_no_cache_entry():
    """A YAML file whose first key is 'status' and whose next lines are no HTTP headers stays
    one bare body."""
    data = b"status: 200\r\nitems: 3\r\n\r\nmore: yes\r\n"
    [got] = recorded_answers(data)
    assert got.body == data and got.status == 200


# ------------------------------------------------------------------ GitHub API v2 in YAML

V2_YAML = "--- \norganization: \n" + """  name: Tidewater Labs
  location: Hull
  created_at: 2009-03-14 08:09:10 -07:00
  public_repo_count: 7
  blog: tidewater.example
  following_count: 0
  id: 77120
  followers_count: 41
  login: tidewater
"""


def test_v2_yaml_answer_reads_as_its_json():
    """GitHub's API v2 answered YAML beside JSON (2008-2012): the document is read as the JSON
    it says, the wrapper ('user:' / 'organization:') and the v2 count names included."""
    got = read("github", "http://github.com/api/v2/yaml/organizations/tidewater", 200, V2_YAML)
    assert got.state is FOUND and got.handle == "tidewater"
    f = got.fields
    assert (f.display_name, f.followers, f.following, f.posts, f.platform_id) == (
        "Tidewater Labs", 41, 0, 7, "77120")
    assert f.external_links == ("https://tidewater.example",)
    assert f.created_at == "2009-03-14T15:09:10+00:00"


def test_v2_yaml_in_a_whole_http_message_is_detected_without_a_url():
    """A saved HTTP message (status line, headers, blank line) with the YAML answer:
    ``extract auto`` names GitHub by the v2 keys, with no URL recorded."""
    data = ("HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: application/x-yaml; charset=utf-8\r\n\r\n"
            + V2_YAML.replace("organization:", "user:")).encode()
    name, url, status, headers, body, _ = saved_answer(CAT, "auto", data, "file:///saved")
    assert (name, status) == ("github", 200)
    got = read_profile(CAT["github"], url, status, headers, body)
    assert got.state is FOUND and got.handle == "tidewater" and got.fields.followers == 41


def test_yaml_declared_by_its_content_type_without_the_marker():
    """A YAML answer without the '---' marker is read when its Content-Type says YAML."""
    body = V2_YAML.split("\n", 1)[1].encode()
    got = read_profile(CAT["github"], "", 200, {"Content-Type": "text/yaml"}, body)
    assert got.state is FOUND and got.fields.posts == 7
    assert read_profile(CAT["github"], "", 200, {}, body).state is not FOUND


def test_yaml_that_is_no_answer_stays_text():
    """Front matter before a page (two documents), a list or a scalar is no YAML answer."""
    assert loads_yaml_mapping("---\ntitle: Hi\n---\n<p>page</p>\n") is None
    assert loads_yaml_mapping("---\n- a\n- b\n") is None
    assert loads_yaml_mapping("login: x\n") is None  # no marker, nothing declared
    assert loads_yaml_mapping("login: x\n", declared=True) == {"login": "x"}


# ------------------------------------------------------------------ answers kept in a JS module

JS_MODULE = """'use strict'
const test = require('ava')
// a recorded answer of GET /users/<login>
const data = {
  "login": "pelagia", "id": 880121, "type": "User", "name": "Pel Agia",
  "blog": "https://pelagia.example", "bio": "Tides and tables", "public_repos": 23,
  "followers": 310, "following": 12
}

module.exports = function fakeFetch(url) {
  return { ok: true, json: () => data }
}
"""


def test_an_answer_kept_in_a_javascript_test_module_is_unpacked():
    """A JS test keeps the answer as a data literal beside a fake fetch: the literal is the
    answer (the fetch stub holding code is none); ``extract auto`` names its platform."""
    [got] = recorded_answers(JS_MODULE.encode())
    assert got.status == 200 and json.loads(got.body)["login"] == "pelagia"
    name, url, status, _headers, body, _ = saved_answer(CAT, "auto", JS_MODULE.encode(), "file:///saved")
    assert (name, status) == ("github", 200)
    got = read("github", url, status, body)
    assert got.state is FOUND and got.handle == "pelagia"
    assert (got.fields.followers, got.fields.posts, got.fields.bio) == (310, 23, "Tides and tables")


def test_javascript_object_notation_is_read_as_data():
    """Unquoted keys, single quotes, trailing commas, comments and undefined: still data; an
    export of names or functions is not."""
    src = b"""import { x } from './x'
export default {
  login: 'quill-and-ink', id: 5121, // the account
  name: 'Quill \\'n\\' Ink', followers: 9, tags: ['a', 'b',], extra: undefined,
}
export const helpers = { x, run: () => 1 }
"""
    [got] = recorded_answers(src)
    assert json.loads(got.body) == {"login": "quill-and-ink", "id": 5121, "name": "Quill 'n' Ink",
                                    "followers": 9, "tags": ["a", "b"], "extra": None}


def test_a_script_that_is_no_module_or_holds_no_data_stays_a_body():
    """A page's script or a module whose literals are code stays one bare body."""
    for src in (b"function f() { return {a: 1, b: 2} }\n",
                b"const routes = [() => 1, () => 2]\nconst cfg = {port: 80}\n",
                b"const t = `${a}`\nconst o = {k: `x${t}`, j: 2}\n"):
        [got] = recorded_answers(src)
        assert got.body == src, src


# ------------------------------------------------------------------ a YouTube channel's tab page


def _yt_tab_page(vanity: str, badges: list | None) -> str:
    header: dict = {"channelId": "UCa1b2c3d4e5f6g7h8i9j0kL", "title": "Θάλασσα Κανάλι",
                    "subscriberCountText": {"simpleText": "12.400 Abonnenten"}}
    if badges is not None:
        header["badges"] = badges
    data = {"header": {"c4TabbedHeaderRenderer": header},
            "metadata": {"channelMetadataRenderer": {
                "title": "Θάλασσα Κανάλι", "description": "Ταξίδια στη θάλασσα",
                "externalId": "UCa1b2c3d4e5f6g7h8i9j0kL",
                "vanityChannelUrl": f"http://www.youtube.com/c/{vanity}"}}}
    return ("<!DOCTYPE html><html><head><title>Θάλασσα Κανάλι - YouTube</title></head><body>"
            f"<script>var ytInitialData = {json.dumps(data)};</script></body></html>")


def test_a_custom_url_in_other_letters_is_the_handle_percent_decoded():
    """A channel's /c/ custom URL in Greek letters is percent-encoded in vanityChannelUrl: the
    handle is the name as written (it was read as an impossible handle: 'not a profile');
    a c4 header without a badge is a channel not verified."""

    page = _yt_tab_page(quote("ΘάλασσαΚανάλι"), badges=None)
    got = read("youtube", "https://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL/community", 200, page)
    assert got.state is FOUND and got.handle == CAT["youtube"].canonical("ΘάλασσαΚανάλι")
    f = got.fields
    assert (f.display_name, f.followers, f.verified, f.platform_id) == (
        "Θάλασσα Κανάλι", 12400, False, "UCa1b2c3d4e5f6g7h8i9j0kL")
    asked = read("youtube", "https://www.youtube.com/c/ΘάλασσαΚανάλι", 200, page, handle="ΘάλασσαΚανάλι")
    assert asked.state is FOUND


def test_a_c4_header_badge_still_says_verified():
    badge = [{"metadataBadgeRenderer": {"style": "BADGE_STYLE_TYPE_VERIFIED", "tooltip": "Verified"}}]
    got = read("youtube", "https://www.youtube.com/c/seaways", 200, _yt_tab_page("seaways", badge))
    assert got.state is FOUND and got.fields.verified is True


# ------------------------------------------------------------------ a new-Reddit user page


def test_new_reddit_user_page_reads_the_account_and_its_bare_id():
    """New Reddit's page state keeps the account (users.models[name], id 't2_<id>') and its
    profile subreddit (profiles.models['t5_<id>'], the subscribers, a title) apart: the
    account is the profile, its id the bare one about.json gives, the profile subreddit's
    counts join it by its profileId (the subreddit's own t5 id was read as the account's)."""
    state = {"users": {"models": {"harbour_lights": {
        "id": "t2_9kq2x", "username": "harbour_lights", "displayName": "harbour_lights",
        "postKarma": 41, "commentKarma": 7, "createdUtc": 1500000000, "profileId": "t5_3vbn1",
        "accountIcon": "https://styles.redditmedia.com/t5_3vbn1/icon.png"}}},
        "profiles": {"about": {"t5_3vbn1": {"publicDescription": "Lighthouse photos", "postKarma": 41}},
                     "models": {"t5_3vbn1": {"id": "t5_3vbn1", "name": "harbour_lights", "type": "user",
                                             "title": "Harbour Lights", "subscribers": 215,
                                             "url": "/user/harbour_lights/"}}}}
    page = ("<!DOCTYPE html><html><head><title>harbour_lights (u/harbour_lights) - Reddit</title></head>"
            f"<body><script id=\"data\">window.___r = {json.dumps(state)};</script></body></html>")
    got = read("reddit", "https://www.reddit.com/user/harbour_lights/", 200, page)
    assert got.state is FOUND and got.handle == "harbour_lights"
    assert (got.fields.platform_id, got.fields.followers) == ("9kq2x", 215)


def test_a_description_that_is_only_the_accounts_label_is_no_bio():
    """New Reddit's description template 'u/<name>: <the profile's description>' with the
    description left empty is the label alone: no bio (it was read as the bio 'u/name:');
    a label with the user's text after it still gives the text."""
    state = {"users": {"models": {"quay_tern": {"id": "t2_7hh1c", "username": "quay_tern",
                                                "postKarma": 3, "profileId": "t5_2pq9z"}}},
             "profiles": {"models": {"t5_2pq9z": {"id": "t5_2pq9z", "name": "quay_tern", "type": "user",
                                                  "title": "", "subscribers": 4}}}}

    def page(desc: str) -> str:
        return ("<html><head><title>quay_tern (u/quay_tern) - Reddit</title>"
                f'<meta name="description" content="{desc}"/></head><body>'
                f"<script>window.___r = {json.dumps(state)};</script></body></html>")
    url = "https://www.reddit.com/user/quay_tern/"
    assert read("reddit", url, 200, page("u/quay_tern: ")).fields.bio is None
    assert read("reddit", url, 200, page("u/quay_tern: Terns and tides")).fields.bio is not None


def test_rails2_json_times_are_dates():
    """GitHub's API v2 JSON wrote Rails 2's times ('2008/04/02 10:11:12 -0700')."""

    assert to_datetime("2008/04/02 10:11:12 -0700") == "2008-04-02T17:11:12+00:00"
    got = read("github", "https://github.com/api/v2/json/user/show/mholt", 200, V2_USER)
    assert got.fields.created_at == "2008-04-02T17:11:12+00:00"


def test_nock_interceptors_written_in_a_test_are_answers_with_their_urls():
    """A test's nock interceptors (host, path, '.reply(status, literal)' or the literal's name):
    each is an answer with its URL and status; the named literal is not counted twice."""
    src = b"""const nock = require('nock')
const user = { login: 'brinewright', id: 4411, name: 'Brine Wright', followers: 12, public_repos: 3 }
describe('client', () => {
  it('gets a user', async () => {
    nock('https://api.github.com')
      .get('/users/brinewright')
      .reply(200, user)
    nock('https://api.github.com/')
      .get('/users/nobody-here').reply(404, { message: 'Not Found' })
  })
})
"""
    first, second = recorded_answers(src)
    assert (first.url, first.status) == ("https://api.github.com/users/brinewright", 200)
    assert (second.url, second.status) == ("https://api.github.com/users/nobody-here", 404)
    got = read("github", first.url, first.status, first.body)
    assert got.state is FOUND and got.fields.display_name == "Brine Wright"
    name, url, status, _headers, _body, _ = saved_answer(CAT, "auto", src, "file:///saved")
    assert name == "github" and url.startswith("https://api.github.com/users/")
