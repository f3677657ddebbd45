"""Shapes the next blind batches may bring, read on synthetic answers written by hand from the
documented or widely seen shape (issue #11, round 5): other fediverse servers' account
objects, API error shapes, GraphQL connections.

- PeerTube accounts and channels (``name`` the user name, ``host`` its server apart,
  ``displayName`` the shown name) and Lemmy's ``person_view`` (``person``, ``counts``,
  ``actor_id``);
- errors that say the account is not there in other words: Lemmy's ``couldnt_find_person``,
  the Graph API's business discovery ('Cannot find User' under code 110), Bluesky's
  'Unable to resolve handle', an ActivityPub actor answered 410 ``{"error": "Gone"}``;
- GitHub GraphQL's user: ``repositories {totalCount}`` and ``databaseId``.
"""

# ruff: noqa: E501  (tables of real-shaped answers)

from __future__ import annotations

import json

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
