"""Families of the s13t/s14u/s14v batches and the widening after them, each written by hand
with made-up values (none is a copy of a file in tests/fixtures/real_captures), read by the
full reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json
from typing import Any

import pytest
from extract_cases import CAT, FOUND, NOT_FOUND

from crawler.extract import read_profile, without_rules

GEN = without_rules(CAT)


def _read(platform: str, url: str, status: int, body: Any, generic: bool = True):
    if isinstance(body, dict | list):
        body = json.dumps(body)
    raw = body.encode() if isinstance(body, str) else body
    return read_profile((GEN if generic else CAT)[platform], url, status, {}, raw, None)


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
