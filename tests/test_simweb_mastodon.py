"""Mastodon as real servers answer (#11): a moved account (``moved_to``), an account its server
suspended (``deleted:`` with ``reason: suspended``), a deleted account's 410 page, and the walls
of a server in secure mode (401), rate-limited (429) or behind a bot filter (403). Real HTTP
against the local server, each answer read by the crawler's own extractor: it reads it right
or says it could not check. (An end-to-end audit of the same world, run once by hand with
benchmarks/eval_worlds.py --mode both, reported every expected class but the moved account's:
the classifier does not read ``moved`` and calls the dormant declared account ``redundant``.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from matching.models import ProbeState
from simweb import SimWeb, load_world
from simweb.world import World, WorldError
from tests.test_simweb import fetch

NOW = "2026-11-20T12:00:00+00:00"
OWN = {"class": "official", "brand": "Quillon Ropes"}


def _profiles() -> list[dict]:
    return [
        {"platform": "mastodon", "handle": "quillonropes", "display_name": "Quillon Ropes",
         "bio": "Climbing ropes made in Sheffield.", "followers": 300, "posts": 120,
         "last_active_at": "2024-03-01", "moved_to": "quillon@ropes.social", "truth": OWN},
        {"platform": "mastodon", "handle": "quillon", "instance": "ropes.social",
         "display_name": "Quillon Ropes", "followers": 310, "last_active_at": "2026-11-01",
         "truth": {"class": "official_unlisted", "brand": "Quillon Ropes"}},
        {"platform": "mastodon", "handle": "quillonhelp", "instance": "ropes.social",
         "behaviour": "login_wall", "truth": {"class": "impostor"}},
        {"platform": "mastodon", "handle": "quillondeals", "behaviour": "rate_limited",
         "truth": {"class": "impostor"}},
        {"platform": "mastodon", "handle": "quillonfans", "behaviour": "bot_block",
         "truth": {"class": "fan"}},
    ]


def _world(tmp_path: Path, profiles: list[dict] | None = None) -> World:
    path = tmp_path / "w.yaml"
    path.write_text(yaml.safe_dump({
        "now": NOW, "organization": "Quillon Ropes Ltd", "sites": [],
        "profiles": _profiles() if profiles is None else profiles,
        "deleted": [{"platform": "mastodon", "handle": "quillonshop@fosstodon.org",
                     "reason": "suspended", "truth": {"class": "missing"}},
                    {"platform": "mastodon", "handle": "quillonnews",
                     "truth": {"class": "missing"}}]}), encoding="utf-8")
    return load_world(path)


def _read(web: SimWeb, url: str, handle: str):  # type: ignore[no-untyped-def]
    status, headers, body = fetch(web, url)
    return status, body, read_profile(load_catalog()["mastodon"], url, status, headers, body,
                                      handle)


def test_expected_classes_follow_the_contract(tmp_path: Path) -> None:
    world = _world(tmp_path)
    got = {p.handle: world.expected_class(p) for p in world.profiles}
    # a declared account that moved is filed as CONTRACT.md files a renamed one: missing
    assert got == {"quillonropes": "missing", "quillon": "official_unlisted",
                   "quillonhelp": "unverified", "quillondeals": "unverified",
                   "quillonfans": "unverified"}
    assert [world.expected_deleted(d) for d in world.deleted] == ["missing", "missing"]
    again = load_world(world.dump(tmp_path / "again.yaml"))  # moved_to and reason travel
    assert again.profiles == world.profiles and again.deleted == world.deleted


def test_a_moved_account_names_its_new_account(tmp_path: Path) -> None:
    with SimWeb(_world(tmp_path)) as web:
        status, body, got = _read(
            web, "https://mastodon.social/api/v1/accounts/lookup?acct=quillonropes",
            "quillonropes")
        assert status == 200
        moved = json.loads(body)["moved"]
        assert moved["acct"] == "quillon@ropes.social"
        assert moved["url"] == "https://ropes.social/@quillon"
        assert got.state is ProbeState.FOUND  # the old account is still there
        status, _, page = fetch(web, "https://mastodon.social/@quillonropes")
        assert status == 200 and b"has indicated that their new account is now" in page
        assert b'href="https://ropes.social/@quillon"' in page
        # the new account answers on its own server, without a ``moved``
        status, body, got = _read(
            web, "https://ropes.social/api/v1/accounts/lookup?acct=quillon", "quillon@ropes.social")
        assert status == 200 and "moved" not in json.loads(body)
        assert got.state is ProbeState.FOUND


def test_a_suspended_or_deleted_account_is_read_as_gone(tmp_path: Path) -> None:
    with SimWeb(_world(tmp_path)) as web:
        status, body, got = _read(
            web, "https://fosstodon.org/api/v1/accounts/lookup?acct=quillonshop",
            "quillonshop@fosstodon.org")
        assert status == 200 and json.loads(body)["suspended"] is True
        assert (got.state, got.reason) == (ProbeState.NOT_FOUND, "suspended")
        status, _, _ = fetch(web, "https://fosstodon.org/.well-known/webfinger"
                                  "?resource=acct:quillonshop@fosstodon.org")
        assert status == 410
        for url, handle in (("https://fosstodon.org/@quillonshop", "quillonshop@fosstodon.org"),
                            ("https://mastodon.social/@quillonnews", "quillonnews")):
            status, _, got = _read(web, url, handle)
            assert status == 410 and got.state is ProbeState.NOT_FOUND, url
        status, _, got = _read(
            web, "https://mastodon.social/api/v1/accounts/lookup?acct=quillonnews", "quillonnews")
        assert status == 404 and got.state is ProbeState.NOT_FOUND


@pytest.mark.parametrize(("url", "handle", "status", "reason"), [
    ("https://ropes.social/api/v1/accounts/lookup?acct=quillonhelp", "quillonhelp@ropes.social",
     401, None),  # secure mode: the REST API needs a signed-in user (the crawler names it
    # "bad_credentials", the catalog's reason for a refused MASTODON token, even with none sent)
    ("https://mastodon.social/api/v1/accounts/lookup?acct=quillondeals", "quillondeals",
     429, "rate_limited"),
    ("https://mastodon.social/api/v1/accounts/lookup?acct=quillonfans", "quillonfans",
     403, "bot_block"),
])
def test_a_walled_mastodon_account_could_not_be_checked(
        tmp_path: Path, url: str, handle: str, status: int, reason: str | None) -> None:
    with SimWeb(_world(tmp_path)) as web:
        for _ in range(2):  # every time, not only the first
            got_status, _, got = _read(web, url, handle)
            assert got_status == status
            assert got.state is ProbeState.UNVERIFIABLE
            assert reason is None or got.reason == reason


@pytest.mark.parametrize(("change", "message"), [
    ({"platform": "x", "handle": "quillon", "moved_to": "quillonropes"}, "only Mastodon shows"),
    ({"platform": "mastodon", "handle": "quillonold", "moved_to": "nobody@ropes.social"},
     "no such Mastodon profile"),
    ({"platform": "mastodon", "handle": "quillonapp", "behaviour": "js_shell"}, "no page shell"),
])
def test_a_rename_or_wall_mastodon_cannot_show_is_refused(
        tmp_path: Path, change: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message) as err:
        _world(tmp_path, [*_profiles(), {**change, "truth": {"class": "unrelated"}}])
    if "no such" in message:
        assert isinstance(err.value, WorldError) and str(tmp_path / "w.yaml") in str(err.value)


def test_one_username_on_two_servers_is_two_accounts(tmp_path: Path) -> None:
    """The brand's ``quillonropes`` on mastodon.social and an impostor's on mastodon.online:
    keyed ``quillonropes`` and ``quillonropes@mastodon.online`` (as the audit names them), each
    served by its own server (they were refused as duplicates)."""
    world = _world(tmp_path, [
        {"platform": "mastodon", "handle": "quillonropes", "display_name": "Quillon Ropes",
         "truth": OWN},
        {"platform": "mastodon", "handle": "QuillonRopes", "instance": "mastodon.online",
         "display_name": "Quillon Ropes Support", "truth": {"class": "impostor"}}])
    assert [p.key for p in world.profiles] == [
        ("mastodon", "quillonropes"), ("mastodon", "quillonropes@mastodon.online")]
    other = world.profile("mastodon", "quillonropes@mastodon.online")
    assert other is not None and other.truth_class == "impostor"
    assert world.profile("mastodon", "quillonropes@mastodon.social") is world.profiles[0]
    assert world.without("mastodon", "quillonropes@mastodon.online").profiles == world.profiles[:1]
    with SimWeb(world) as web:
        for host, name in (("mastodon.social", "Quillon Ropes"),
                           ("mastodon.online", "Quillon Ropes Support")):
            status, body, got = _read(
                web, f"https://{host}/api/v1/accounts/lookup?acct=quillonropes", "quillonropes")
            assert status == 200 and json.loads(body)["display_name"] == name
            assert got.state is ProbeState.FOUND
