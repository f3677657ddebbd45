"""Mastodon as real servers answer (#11): a moved account (``moved_to``), an account its server
suspended (``deleted:`` with ``reason: suspended``), a deleted account's 410 page, and the walls
of a server in secure mode (401), rate-limited (429) or behind a bot filter (403). Real HTTP
against the local server, each answer read by the crawler's own extractor: it reads it right
or says it could not check. The moved account: the crawler reads ``moved`` in each shape
(``fields.moved_to``) and the classifier files the declared account ``missing`` and the one it
moved to as the company's own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from crawler.probe_read import read_outcome
from matching.classify import classify
from matching.models import (
    Finding,
    FindingClass,
    Inventory,
    OfficialAccount,
    ProbeState,
    ProfileObservation,
    SignalName,
)
from simweb import SimWeb, load_world
from simweb.world import World, WorldError
from tests.builders import one_brand_inventory, profile, written_world
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
    return written_world(tmp_path, {
        "now": NOW, "organization": "Quillon Ropes Ltd", "sites": [],
        "profiles": _profiles() if profiles is None else profiles,
        "deleted": [{"platform": "mastodon", "handle": "quillonshop@fosstodon.org",
                     "reason": "suspended", "truth": {"class": "missing"}},
                    {"platform": "mastodon", "handle": "quillonnews",
                     "truth": {"class": "missing"}}]})


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimWeb]:
    """The module's world, served once: the tests here only read it (its walls answer alike
    every time)."""
    with SimWeb(_world(tmp_path_factory.mktemp("mastodon"))) as served:
        yield served


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


def test_a_moved_account_names_its_new_account(web: SimWeb) -> None:
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


def test_a_suspended_or_deleted_account_is_read_as_gone(web: SimWeb) -> None:
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
     401, "login_wall"),  # secure mode: the REST API needs a signed-in user, whoever asks:
    # a wall, never "bad_credentials" (no token was sent, none was refused)
    ("https://mastodon.social/api/v1/accounts/lookup?acct=quillondeals", "quillondeals",
     429, "rate_limited"),
    ("https://mastodon.social/api/v1/accounts/lookup?acct=quillonfans", "quillonfans",
     403, "bot_block"),
])
def test_a_walled_mastodon_account_could_not_be_checked(
        web: SimWeb, url: str, handle: str, status: int, reason: str) -> None:
    for _ in range(2):  # every time, not only the first
        got_status, _, got = _read(web, url, handle)
        assert got_status == status
        assert got.state is ProbeState.UNVERIFIABLE
        assert got.reason == reason


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


@pytest.mark.parametrize(("error", "sent", "reason"), [
    # secure mode answers every anonymous client alike: a wall, with or without a token
    ("This method requires an authenticated user", False, "login_wall"),
    ("This method requires an authenticated user", True, "login_wall"),
    ("Request not signed", False, "login_wall"),
    # the words of a refused token: ours only when one was sent
    ("The access token is invalid", True, "bad_credentials"),
    ("The access token is invalid", False, "login_wall"),
])
def test_bad_credentials_only_when_a_credential_was_sent(error: str, sent: bool,
                                                          reason: str) -> None:
    """A 401 is ``bad_credentials`` (the user's token refused, a coverage gap says so) only
    when the request carried the user's credential; else the server wants a signed-in or
    signed client, as a secure-mode Mastodon server does of everyone: a wall, could not
    check (#11). ``credential_sent`` is what the spider passes (``meta["bs_auth"]``)."""
    body = json.dumps({"error": error}).encode()
    state, got, _, _ = read_outcome(
        load_catalog()["mastodon"], "https://ropes.social/api/v1/accounts/lookup?acct=quillon",
        401, {"content-type": "application/json; charset=utf-8"}, body, "quillon@ropes.social",
        credential_sent=sent)
    assert (state, got) == (ProbeState.UNVERIFIABLE, reason)


# ------------------------------------------------------------ a declared account that moved

SITE = "https://www.quillonropes.example/"


def _inventory(strategy: tuple[str, ...] = ("mastodon",)) -> Inventory:
    declared = OfficialAccount("mastodon", "quillonropes", "Quillon Ropes", "Marketing", line=7)
    return one_brand_inventory("Quillon Ropes Ltd", "Quillon Ropes", domain="quillonropes.example",
                               site=SITE, aliases=("Quillon",), strategy=strategy,
                               accounts=[declared], departments=("Marketing",))


def _masto(handle: str, **fields: object) -> ProfileObservation:
    user, _, server = handle.partition("@")
    return profile("mastodon", handle, url=f"https://{server or 'mastodon.social'}/@{user}",
                   **fields)


def _moved_audit(moved: str | None, *, new_fields: dict | None = None,
                 strategy: tuple[str, ...] = ("mastodon",)) -> dict[str, Finding]:
    old = _masto("quillonropes", display_name="Quillon Ropes", bio="Climbing ropes from Sheffield.",
                 followers=300, posts=120, last_active_at="2026-10-01", moved_to=moved)
    new = _masto("quillon@ropes.social", **(new_fields if new_fields is not None else dict(
        display_name="Quillon Ropes", bio="Climbing ropes from Sheffield. Now on our own server.",
        followers=310, posts=40, last_active_at="2026-11-01")))
    found = classify(_inventory(strategy), [old, new], [], now=NOW, rules=load_catalog().rules())
    return {f.handle: f for f in found}


def test_a_declared_account_that_moved_is_missing_and_names_the_new_one() -> None:
    """Mutation pair: the same declared account with and without Mastodon's ``moved``."""
    got = _moved_audit("quillon@ropes.social")
    old = got["quillonropes"]
    assert old.cls == FindingClass.MISSING, old.evidence
    said = [e for e in old.evidence if e.signal == SignalName.MOVED_TO]
    assert said and said[0].value == "@quillon@ropes.social", old.evidence
    assert "moved to @quillon@ropes.social" in said[0].detail
    # the account it moved to is the company's own (not a second account beside the old)
    new = got["quillon@ropes.social"]
    assert new.cls == FindingClass.OFFICIAL_UNLISTED and new.severity is None, new.evidence
    assert new.evidence[0].signal == SignalName.MOVED_FROM
    assert "@quillonropes (line 7)" in new.evidence[0].detail
    assert not any(e.signal == SignalName.DUPLICATE_ACCOUNT for e in new.evidence)
    # without the move: the declared account is official, the other one no own account by it
    plain = _moved_audit(None)
    assert plain["quillonropes"].cls == FindingClass.OFFICIAL
    assert not any(e.signal == SignalName.MOVED_FROM
                   for e in plain["quillon@ropes.social"].evidence)


def test_the_new_account_of_a_move_is_redundant_for_the_usual_reasons() -> None:
    """Outside the brand's strategy, or asleep: own, to retire; never an impostor."""
    off = _moved_audit("quillon@ropes.social", strategy=("instagram",))
    assert off["quillonropes"].cls == FindingClass.MISSING
    assert off["quillon@ropes.social"].cls == FindingClass.REDUNDANT
    # a new account that shows nothing of the brand is still the one the company moved to
    bare = _moved_audit("quillon@ropes.social", new_fields={"display_name": "q", "posts": 1,
                                                             "last_active_at": "2026-11-01"})
    assert bare["quillon@ropes.social"].cls == FindingClass.OFFICIAL_UNLISTED


def test_the_crawler_reads_the_move_in_every_shape(web: SimWeb) -> None:
    """The API's ``moved`` (simweb, as mastodon.social answers it), the web page's banner,
    and an ActivityPub actor's ``movedTo`` (a real capture: vidarh/activitypub's fixture)."""
    _, _, got = _read(web, "https://mastodon.social/api/v1/accounts/lookup?acct=quillonropes",
                      "quillonropes")
    assert got.state is ProbeState.FOUND and got.fields.moved_to == "quillon@ropes.social"
    _, _, got = _read(web, "https://mastodon.social/@quillonropes", "quillonropes")
    assert got.state is ProbeState.FOUND and got.fields.moved_to == "quillon@ropes.social"
    _, _, got = _read(web, "https://ropes.social/api/v1/accounts/lookup?acct=quillon",
                      "quillon@ropes.social")
    assert got.state is ProbeState.FOUND and got.fields.moved_to is None
    actor = (Path(__file__).parent / "fixtures/real_captures/mastodon/"
             "vidarhap_actor_moved_vidarh_2024.json").read_bytes()
    got = read_profile(load_catalog()["mastodon"], "https://mastodon.social/users/vidarh", 200,
                       {"content-type": "application/activity+json"}, actor, "vidarh")
    assert got.state is ProbeState.FOUND and got.fields.moved_to == "vidar@m.galaxybound.com"
    # an account of the answering server named by its bare acct is that server's; the
    # configured instance's accounts keep their bare name, as the catalog keys them
    local = {"id": "1", "username": "old", "acct": "old", "url": "https://ropes.social/@old",
             "moved": {"id": "2", "username": "new", "acct": "new",
                       "url": "https://ropes.social/@new"}}
    for url, handle, want in (("https://ropes.social/api/v1/accounts/lookup?acct=old",
                               "old@ropes.social", "new@ropes.social"),
                              ("https://mastodon.social/api/v1/accounts/lookup?acct=old", "old",
                               "new")):
        if want == "new":
            local = {**local, "url": "https://mastodon.social/@old",
                     "moved": {**local["moved"], "url": "https://mastodon.social/@new"}}
        got = read_profile(load_catalog()["mastodon"], url, 200,
                           {"content-type": "application/json"}, json.dumps(local).encode(),
                           handle)
        assert got.fields.moved_to == want, url
    # an old server-rendered page (Mastodon 2.x-3.x) says it in words beside the link
    old_page = ('<html><head><meta property="profile:username" content="old@mastodon.social">'
                '</head><body><div class="x"><p>Old has moved to:</p><div class="card">'
                '<a href="https://mastodon.online/@new">New</a></div></div></body></html>')
    got = read_profile(load_catalog()["mastodon"], "https://mastodon.social/@old", 200,
                       {"content-type": "text/html"}, old_page.encode(), "old")
    assert got.fields.moved_to == "new@mastodon.online"
    assert read_profile(load_catalog()["mastodon"], "https://mastodon.social/@old", 200,
                        {"content-type": "text/html"},
                        old_page.replace("has moved to", "likes").encode(), "old"
                        ).fields.moved_to is None
