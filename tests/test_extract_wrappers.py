"""Wrappers of answers, read generically: JavaScript and TypeScript data literals (a fixture
module, a page's state script written as code rather than JSON) and bodies kept in any
language's string literals, so the same reading layers see them as a bare body."""

from __future__ import annotations

import json

import pytest

from crawler.catalog import load_catalog
from crawler.extract import read_profile, without_rules
from crawler.extract.captures import recorded_answers
from crawler.extract.detect import saved_answer
from crawler.extract.jsstate import literal_at
from crawler.extract.sources import is_body, string_bodies
from matching.models import ProbeState

CAT = load_catalog()
BARE = without_rules(CAT)
USER = {"login": "pelagia", "id": 880121, "name": "Pel Agia", "bio": "Tides & tables",
        "public_repos": 23, "followers": 310, "following": 12}
BODY = json.dumps(USER)


# ------------------------------------------------------------------ data literals


@pytest.mark.parametrize("source, want", [
    ("{a: 1, // c\n b: [1, 2,], c: undefined, d: !0, e: !1, f: void 0}",
     {"a": 1, "b": [1, 2], "c": None, "d": True, "e": False, "f": None}),
    ("{'k': 'it\\'s', \"q\": `tmpl`, n: -2.5e1, h: 0x1F, s: 1_000, b: 10n, p: +3, d: .5}",
     {"k": "it's", "q": "tmpl", "n": -25.0, "h": 31, "s": 1000, "b": 10, "p": 3, "d": 0.5}),
    ("{a: NaN, b: -Infinity, 3: 'three', $x: null}", {"a": None, "b": None, "3": "three",
                                                      "$x": None}),
    # TypeScript: as const, as Type, satisfies, <Type>value, value!
    ("{a: {b: 1} as const, c: <Foo>{d: 2}, e: 'x'!, f: 1 as unknown as Bar, "
     "g: [] as Array<Record<string, number>>, h: {i: 2} satisfies Baz}",
     {"a": {"b": 1}, "c": {"d": 2}, "e": "x", "f": 1, "g": [], "h": {"i": 2}}),
    # a name, an enum member, a call or a constructor stand for values: None, the rest read
    ("{user: other, role: Role.Admin, id: uuid(), at: new Date('2020-01-02'), n: new Foo(1)}",
     {"user": None, "role": None, "id": None, "at": "2020-01-02", "n": None}),
    ("[1, , 3, ...rest]", [1, None, 3]),
    ("{user, ...base, id: 1}", {"user": None, "id": 1}),
    # Ruby's and PHP's key => value, Python's and Ruby's constants
    ('{"id" => 1, "ok" => true, "url" => nil}', {"id": 1, "ok": True, "url": None}),
    ("{'a': True, 'b': False, 'c': None}", {"a": True, "b": False, "c": None}),
])
def test_a_data_literal_is_read_as_data(source, want):
    assert literal_at(source, 0) == want


@pytest.mark.parametrize("source", [
    "{run: () => 1, a: 2}",             # an arrow function
    "{render() { return 1 }, a: 2}",    # a method
    "{a: function () {}, b: 2}",        # a function
    "{k: `x${t}`, j: 2}",               # a template's substitution
    "{a: 1 + 2}",                       # an operator
    "{a: /re/g}",                       # a regular expression
    "{get a() { return 1 }}",           # an accessor
    "{a: 1",                            # cut off
    "{a: x => 1}",
])
def test_a_literal_holding_code_is_none(source):
    assert literal_at(source, 0) is None


def test_a_typescript_fixture_module_is_the_answer_it_exports():
    """A Prettier-printed TypeScript mock (type import, ``export const X: T = {...}``, then the
    library's expected output and an empty case): the first literal that names an account is
    the answer ``extract`` reads, and the generic layers read it as they read JSON."""
    src = b"""import { IUser } from '../types';

export const RESPONSE: IUser = {
  entry_data: {
    ProfilePage: [
      {
        graphql: {
          user: {
            username: 'pelagia',
            full_name: 'Pel Agia',
            biography: 'Tides & tables',
            edge_followed_by: { count: 310, },
            edge_follow: { count: 12, },
            is_verified: false,
            is_private: false,
            external_url: undefined,
          },
        },
      },
    ],
  },
};

export const EXPECTED: IResult = { profile: { name: 'Pel Agia', followers: 310 }, ok: true };
export const EMPTY: IResult = { profile: null, ok: false };
"""
    answers = recorded_answers(src)
    assert len(answers) == 3
    for cat in (CAT, BARE):
        name, url, status, headers, body, notes = saved_answer(
            CAT, "instagram", src, "https://www.instagram.com/pelagia/")
        assert notes["answer_read"] == 0
        got = read_profile(cat["instagram"], url, status, headers, body)
        assert got.state is ProbeState.FOUND and got.handle == "pelagia"
        assert (got.fields.display_name, got.fields.followers, got.fields.following) == (
            "Pel Agia", 310, 12)


PAGE = """<!doctype html><html><head><title>Pel Agia</title></head><body><div id=app></div>
<script>window.__INITIAL_STATE__ = {
  user: {username: 'pelagia', full_name: 'Pel Agia', biography: 'Tides \\u0026 tables',
         edge_followed_by: {count: 310}, edge_follow: {count: 12}, is_verified: !1,
         is_private: !1, external_url: undefined, id: '880121', },
};</script></body></html>"""


@pytest.mark.parametrize("assign", ["window.__INITIAL_STATE__", "var store", "self.__APP__",
                                    "window['__STATE__']"])
def test_a_page_state_written_as_javascript_is_read_by_the_generic_layers(assign):
    """A page's state script that is no JSON (unquoted keys, single quotes, ``!1``,
    ``undefined``, a trailing comma): read like its JSON twin, with the platform's rules and
    without them."""
    page = PAGE.replace("window.__INITIAL_STATE__", assign).encode()
    for cat in (CAT, BARE):
        got = read_profile(cat["instagram"], "https://www.instagram.com/pelagia/", 200, {}, page)
        assert got.state is ProbeState.FOUND, (assign, got.reason)
        assert got.evidence["layers"]["followers"] == "state"
        assert (got.fields.display_name, got.fields.followers, got.fields.bio,
                got.fields.verified) == ("Pel Agia", 310, "Tides & tables", False)


def test_a_page_state_holding_code_is_not_read():
    """The same state with a function in it is code: not read, and the page without another
    sign of the profile is not called found from it."""
    page = PAGE.replace("id: '880121',", "id: '880121', load: function () { return 1 },")
    got = read_profile(BARE["instagram"], "https://www.instagram.com/pelagia/", 200, {},
                       page.encode())
    assert got.fields.followers is None


# ------------------------------------------------------------------ bodies in string literals

PAGE_BODY = ("<!DOCTYPE html><html><head><title>t</title></head><body>"
             + "<p>x</p>" * 10 + "</body></html>")


@pytest.mark.parametrize("source, want", [
    (f"let body = r#\"{BODY}\"#;", BODY),                                    # Rust
    (f"fmt.Fprint(w, `{BODY}`)", BODY),                                      # Go
    (f'val body = """\n    {BODY}\n""".trimIndent()', BODY),                # Kotlin
    (f'String b = """\n      {BODY}\n      """;', BODY),                    # Java text block
    ('private const string Body = @"' + BODY.replace('"', '""') + '";', BODY),   # C#
    (f"  body: <<~JSON)\n    {BODY}\n  JSON\n", BODY),                       # Ruby heredoc
    (f"$b = <<<'JSON'\n{BODY}\nJSON;\n", BODY),                              # PHP nowdoc
    (f"@body ~s({BODY})", BODY),                                             # Elixir sigil
    ("b = " + json.dumps(BODY), BODY),                                       # escaped, C-like
    ("b = (\n" + "\n".join("    " + repr(BODY[i:i + 20]) for i in range(0, len(BODY), 20))
     + "\n)", BODY),                                                         # Python, split
    ("b = " + " +\n  ".join(json.dumps(BODY[i:i + 20]) for i in range(0, len(BODY), 20)),
     BODY),                                                                  # JS/Java +
    ("$b = " + " .\n  ".join(repr(BODY[i:i + 20]) for i in range(0, len(BODY), 20)) + ";",
     BODY),                                                                  # PHP .
    (f"const page = `{PAGE_BODY}`;", PAGE_BODY),                             # a page
    ('raw = "HTTP/1.1 404 Not Found\\r\\nContent-Type: text/plain\\r\\n\\r\\ngone"',
     "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n\r\ngone"),
])
def test_a_body_in_a_string_literal_of_any_language_is_found(source, want):
    assert [b.decode() for _, _, b in string_bodies(source)] == [want]


@pytest.mark.parametrize("source", [
    "# don't read this\nx = '<a href=\"http://x.example\">a link, not a page</a> and more'",
    "s = '{\"a\": '\n# it's\nt = '1}'",       # a comment between is no joiner
    "s = 'plain text that is long enough to be anything at all'",
    "x = `${a}{\"login\": \"a\"}`",            # a template with a substitution is code
    "x = '{}'",                                # an empty document says nothing
])
def test_a_string_that_is_no_body_is_left(source):
    assert string_bodies(source) == []


def test_two_bodies_side_by_side_stay_two():
    source = f"a = '{BODY}'\nb = '{BODY}'\n"
    assert len(string_bodies(source)) == 2
    assert is_body(BODY) and not is_body("<b>bold</b>" * 3)


def test_a_source_body_keeps_the_status_and_url_its_test_names():
    """The URL and status a test names beside the body it keeps (a raw string in a Go test,
    a heredoc in an RSpec one) are the answer's."""
    go = (b'func TestMissing(t *testing.T) {\n\tmux.HandleFunc("/users/nobody", func(w, r) {\n'
          b'\t\tw.WriteHeader(http.StatusNotFound) // status: 404\n'
          b'\t\tfmt.Fprint(w, `{"message": "Not Found", "documentation_url": "x"}`)\n\t})\n'
          b'\tclient.Get("https://api.github.com/users/nobody")\n}\n')
    [got] = recorded_answers(go)
    assert got.status == 404 and json.loads(got.body)["message"] == "Not Found"
    for named in (b"http.StatusNotFound", b"HttpStatus.NOT_FOUND", b"HttpStatusCode.NotFound",
                  b"Response::HTTP_NOT_FOUND", b"status: :not_found",
                  b"new MockResponse().setResponseCode(404)", b"m.with_status(404)",
                  b"aResponse().withStatus(404)", b"w.WriteHeader(404)"):
        src = go.replace(b" // status: 404", b"").replace(b"http.StatusNotFound", named)
        [got] = recorded_answers(src)
        assert got.status == 404, named
    ruby = (b"require 'spec_helper'\nstub_request(:get, 'https://api.github.com/users/pelagia')"
            b".to_return(status: 200, body: <<~JSON)\n  " + BODY.encode() + b"\nJSON\n")
    [got] = recorded_answers(ruby)
    assert got.url == "https://api.github.com/users/pelagia" and json.loads(got.body) == USER
    read = read_profile(BARE["github"], got.url, got.status, got.headers, got.body)
    assert read.state is ProbeState.FOUND and read.fields.followers == 310


def test_python_data_and_a_yaml_fixture_are_answers():
    """A Python module's dict literal (True, False, None) and a YAML fixture's block scalar
    beside its status and URL."""
    module = f"import pytest\n\nUSER = {dict(USER, site_admin=False, blog=None)!r}\n".encode()
    [got] = recorded_answers(module)
    assert json.loads(got.body)["site_admin"] is False
    yaml_fixture = (b"user:\n  status: 404\n  url: https://api.github.com/users/gone\n"
                    b"  body: |\n    {\"message\": \"Not Found\"}\n")
    [got] = recorded_answers(yaml_fixture)
    assert (got.status, got.url) == (404, "https://api.github.com/users/gone")
    read = read_profile(BARE["github"], got.url, got.status, got.headers, got.body)
    assert read.state is ProbeState.NOT_FOUND


def test_a_json_answer_and_a_page_stay_bodies():
    """A JSON answer whose strings hold markup, and a page whose scripts hold strings, are
    the answer themselves, never a literal inside them."""
    api = json.dumps({**USER, "bio": PAGE_BODY}).encode()
    [got] = recorded_answers(api)
    assert got.body == api
    # JSON without true, false or null is a Python literal too: still the answer as it is
    error = b'{\n  "errorCode": 0,\n  "message": "Invalid member id {1234}",\n  "status": 404\n}'
    [got] = recorded_answers(error)
    assert got.body == error
    page = (PAGE_BODY[:-14] + "<script>var x = '" + BODY + "';</script></body></html>").encode()
    [got] = recorded_answers(page)
    assert got.body == page
