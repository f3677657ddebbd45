"""Families closed after the s23ai batch (reddit's subreddit answer of 2013 and its bare 404 of
2014), in the generic layers so that any platform's JSON of the same shape is read: a typed id
(a fullname ``t5_<id>``, a URN, ``<kind>:<own id>``) under ``name`` is never the shown name; a
short public about text (``public_description``, ``about``) is the bio beside a long sidebar
``description``; a ``*_type`` / ``visibility`` word public or private says whether the account
is private; an error body that is only the HTTP status again (``{"error": 404}``) is that
status's answer. Every answer here is written by hand with made-up values in the documented
shapes (none is a copy of a file in tests/fixtures/real_captures) and read by the full reader
and by the generic layers alone."""

from __future__ import annotations

from typing import Any

import pytest
from extract_cases import FOUND, NOT_FOUND, UNVERIFIABLE, read_either

BOTH = pytest.mark.parametrize("generic", [True, False], ids=["generic", "full"])

SIDEBAR = ("**Welcome to r/larkpress**\n\n* Be kind\n* No spam\n* Broadsides only on Fridays\n\n"
           "See the wiki for the full rules, the archive of every print run and the FAQ.")


def _subreddit(**data: Any) -> dict[str, Any]:
    """A subreddit's ``about.json`` (kind t5) as reddit answered it in 2013: the fullname under
    ``name``, the bare name under ``display_name``, the long sidebar under ``description``."""
    base: dict[str, Any] = {
        "id": "3kq9z", "name": "t5_3kq9z", "display_name": "larkpress", "title": "Lark Press",
        "public_description": "Readers of the Lark Press broadsides",
        "description": SIDEBAR, "subscribers": 1204, "accounts_active": 7,
        "subreddit_type": "public", "over18": False, "created_utc": 1301270400.0,
        "url": "/r/larkpress/",
    }
    base.update(data)
    return {"kind": "t5", "data": base}


URL = "https://www.reddit.com/r/larkpress/about.json"


@BOTH
def test_a_subreddits_fullname_is_never_its_name(generic):
    got = read_either("reddit", URL, 200, _subreddit(), generic)
    assert got.state is FOUND
    assert got.fields.display_name is not None
    assert not got.fields.display_name.startswith("t5_")
    assert got.fields.followers == 1204


@pytest.mark.parametrize("typed", ["t5_3kq9z", "urn:li:organization:3kq9z", "group:3kq9z",
                                   "group_3kq9z"])
def test_a_typed_id_under_name_gives_way_to_the_next_name_key_on_any_platform(typed):
    body = {"id": "3kq9z", "name": typed, "display_name": "Lark Press",
            "username": "larkpress", "followers_count": 12}
    got = read_either("mastodon", "https://social.example/api/v1/accounts/3kq9z", 200, body)
    assert got.state is FOUND and got.fields.display_name == "Lark Press"


@pytest.mark.parametrize("name", ["Lark Press", "t5 fans", "Group 3kq9z", "team_other"])
def test_a_name_that_is_no_typed_id_stays_the_name(name):
    body = {"id": "3kq9z", "name": name, "display_name": "Someone Else",
            "username": "larkpress", "followers_count": 12}
    got = read_either("mastodon", "https://social.example/api/v1/accounts/3kq9z", 200, body)
    assert got.state is FOUND and got.fields.display_name == name


@BOTH
def test_the_public_description_is_the_bio_not_the_sidebar(generic):
    got = read_either("reddit", URL, 200, _subreddit(), generic)
    assert got.fields.bio == "Readers of the Lark Press broadsides"


@BOTH
def test_without_a_public_description_the_sidebar_is_the_bio(generic):
    got = read_either("reddit", URL, 200, _subreddit(public_description=""), generic)
    assert got.fields.bio is not None and "Welcome to r/larkpress" in got.fields.bio


def test_a_short_public_about_beside_a_long_description_on_another_platform():
    body = {"username": "larkpress", "display_name": "Lark Press", "followers_count": 3,
            "description": SIDEBAR, "short_description": "Broadsides, weekly"}
    got = read_either("mastodon", "https://social.example/api/v1/accounts/lookup?acct=larkpress",
                      200, body)
    assert got.fields.bio == "Broadsides, weekly"


@BOTH
@pytest.mark.parametrize(("kind", "private"), [("public", False), ("private", True)])
def test_the_subreddit_type_says_whether_it_is_private(kind, private, generic):
    got = read_either("reddit", URL, 200, _subreddit(subreddit_type=kind), generic)
    assert got.state is FOUND and got.fields.is_private is private


@pytest.mark.parametrize(("key", "word", "private"), [
    ("subreddit_type", "public", False), ("subreddit_type", "private", True),
    ("account_type", "Private", True), ("visibility", "public", False),
    ("subreddit_type", "restricted", None), ("subreddit_type", "user", None),
    ("content_type", "video", None),
])
def test_a_privacy_word_is_read_from_a_type_or_visibility_key(key, word, private):
    from crawler.extract.layers import _private_word

    assert _private_word({key: word, "name": "x"}) is private


def test_a_privacy_flag_wins_over_a_type_word():
    body = {"username": "larkpress", "display_name": "Lark Press", "followers_count": 3,
            "locked": False, "account_type": "private"}
    got = read_either("mastodon", "https://social.example/api/v1/accounts/lookup?acct=larkpress",
                      200, body)
    assert got.state is FOUND and got.fields.is_private is False


@BOTH
@pytest.mark.parametrize(("platform", "url"), [
    ("reddit", "https://www.reddit.com/user/nobodyhere/about.json"),
    ("reddit", "https://www.reddit.com/r/nobodyhere/about.json"),
    ("mastodon", "https://social.example/api/v1/accounts/lookup?acct=nobodyhere"),
    ("github", "https://api.github.com/users/nobodyhere"),
])
@pytest.mark.parametrize("body", [{"error": 404}, {"code": 404}, {"status": 404, "error": 404}])
def test_a_body_that_only_echoes_404_is_not_found(platform, url, body, generic):
    got = read_either(platform, url, 404, body, generic)
    assert got.state is NOT_FOUND, (got.reason, got.evidence)


@pytest.mark.parametrize(("status", "body"), [(429, {"error": 429}), (401, {"code": 401})])
def test_an_echoed_refusal_is_unverifiable(status, body):
    got = read_either("reddit", "https://www.reddit.com/user/nobodyhere/about.json", status, body)
    assert got.state is UNVERIFIABLE


@pytest.mark.parametrize("body", [
    {"error": 500},  # a number other than the status says nothing of the account
    {"error": True},  # a flag is no status
    {"error": 404, "data": {"name": "x"}},  # a body that says more is read for what it says
])
def test_a_body_that_is_no_bare_echo_is_not_read_as_one(body):
    from crawler.extract.layers import _status_echo

    assert _status_echo(body, 404) is None


def test_a_bare_echo_is_the_status_answer():
    from crawler.extract.layers import _status_echo

    assert _status_echo({"error": 404}, 404) == ("missing", None)
    assert _status_echo({"error": 410}, 410) == ("missing", None)
    assert _status_echo({"error": 418}, 418) is None  # a status it does not know
