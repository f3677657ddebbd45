"""Mastodon profiles on servers the catalog does not list (#11): recognised by their path,
confirmed by the server's WebFinger answer, then probed like any Mastodon profile."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crawler.catalog import load_catalog
from crawler.spiders import fediverse
from matching.models import ProbeState

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("url", "expected"), [
    ("https://mastodon.dk/@ugle", ("ugle", "mastodon.dk")),
    ("https://social.example.co.uk/@Team_News/", ("Team_News", "social.example.co.uk")),
    ("https://snabelen.no/users/meieri", ("meieri", "snabelen.no")),
    ("https://mastodon.dk/@ugle@fosstodon.org", ("ugle", "fosstodon.org")),  # a remote account
    ("https://mastodon.social/@ugle", None),  # a catalog host: the catalog reads it
    ("https://www.instagram.com/ugle/", None),
    ("https://mastodon.dk/@ugle/11234567", None),  # a post, not a profile
    ("https://blog.example.org/about", None),
    ("ftp://mastodon.dk/@ugle", None),
    ("https://localhost/@ugle", None),
])
def test_a_fediverse_profile_path_on_any_host_is_a_candidate(url: str, expected: Any) -> None:
    assert fediverse.candidate(load_catalog(), url) == expected


def _jrd(subject: str, rel: str = "self", kind: str = "application/activity+json") -> bytes:
    return json.dumps({"subject": subject, "links": [
        {"rel": "http://webfinger.net/rel/profile-page", "type": "text/html",
         "href": "https://mastodon.dk/@ugle"},
        {"rel": rel, "type": kind, "href": "https://mastodon.dk/users/ugle"}]}).encode()


def test_only_a_webfinger_answer_naming_an_actor_of_that_account_confirms_it() -> None:
    assert fediverse._names_actor(_jrd("acct:ugle@mastodon.dk"), "ugle", "mastodon.dk")
    assert fediverse._names_actor(_jrd("acct:Ugle@Mastodon.dk"), "ugle", "mastodon.dk")
    assert not fediverse._names_actor(_jrd("acct:other@mastodon.dk"), "ugle", "mastodon.dk")
    assert not fediverse._names_actor(_jrd("acct:ugle@mastodon.dk", kind="text/html"),
                                      "ugle", "mastodon.dk")
    assert not fediverse._names_actor(_jrd("acct:ugle@mastodon.dk", rel="alternate"),
                                      "ugle", "mastodon.dk")
    assert not fediverse._names_actor(b"<html><title>Blog</title></html>", "ugle", "mastodon.dk")
    assert not fediverse._names_actor(b"[]", "ugle", "mastodon.dk")


def test_a_mastodon_profile_on_an_unlisted_server_linked_from_the_site_is_probed(
        tmp_path: Path, sweeper: Any) -> None:
    """A real crawl: the company's page links ``https://mastodon.dk/@ugleoje`` (a server the
    catalog does not list). The server's WebFinger answer confirms the actor, the profile is
    sighted from the official site and read through the server's API, asked once each."""
    from simweb import SimWeb, load_world

    folder = ROOT / "evaluation" / "tuning" / "ugleoje"
    server = SimWeb(load_world(folder / "world.yaml")).start()
    try:
        result = sweeper(server, tmp_path, inventory=folder / "inventory.yaml",
                         spider={"platforms": "mastodon", "max_variants": 1})
    finally:
        server.stop()
    key = ("mastodon", "ugleoje@mastodon.dk")
    seen = [s for s in result.sightings if (s.platform, s.handle) == key]
    assert seen and {s.via.value for s in seen} == {"official_site"}, seen
    assert any("/fediverse" in s.source for s in seen)
    obs = result.observations[key]
    assert obs.state is ProbeState.FOUND and obs.fields.display_name, (
        obs.reason, [r for r in result.request_log if r[1] == "mastodon.dk"])
    asked = [r for r in result.request_log if r[1] == "mastodon.dk"
             and r[2].startswith("/.well-known/webfinger")]
    assert len(asked) == 1, asked


def test_a_declared_mastodon_account_on_an_unlisted_server_is_probed_on_that_server(
        tmp_path: Path, sweeper: Any) -> None:
    """A real crawl: the inventory declares ``https://mastodon.dk/@ugleoje`` (a server the
    catalog does not list) with ``platform: mastodon``; the audit probes it on mastodon.dk
    (the server's account lookup), finds it, and reads it as the declared account."""
    from simweb import SimWeb, load_world

    folder = ROOT / "evaluation" / "tuning" / "ugleoje"
    text = (folder / "inventory.yaml").read_text(encoding="utf-8")
    line = "      - {platform: instagram, handle: ugleoje, department: Marketing}\n"
    assert line in text
    declared = line + "      - {platform: mastodon, url: 'https://mastodon.dk/@ugleoje'}\n"
    inventory = tmp_path / "inventory.yaml"
    inventory.write_text(text.replace(line, declared, 1), encoding="utf-8")
    server = SimWeb(load_world(folder / "world.yaml")).start()
    try:
        result = sweeper(server, tmp_path, inventory=inventory,
                         spider={"platforms": "mastodon", "max_variants": 1})
    finally:
        server.stop()
    obs = result.observations[("mastodon", "ugleoje@mastodon.dk")]
    assert obs.state is ProbeState.FOUND and obs.fields.display_name == "Ugleøje Optik"
    asked = [r for r in result.request_log if r[1] == "mastodon.dk"
             and r[2].startswith("/api/v1/accounts/lookup")]
    assert asked, [r for r in result.request_log if r[1] == "mastodon.dk"]
