"""A host the simulated web does not serve reads as one that does not exist (#11).

On the real web such a name does not resolve. simweb, reached for every name through the
wildcard pin ``--resolve '*=127.0.0.1:PORT'``, answers it 421 Misdirected Request; the routing
layer (crawler/resolve.py) reads a wildcard pin's 421 as real DNS would have answered: no such
name (an IP literal: nothing listens there). The audit then says the name did not resolve,
never "not found" and never "HTTP 421". Real crawls and real HTTP against the local server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from crawler.capture import CaptureConfig, GuardedFetcher
from crawler.resolve import unserved
from matching.models import ProbeState
from simweb import SimWeb, load_world

NOW = "2026-11-20T12:00:00+00:00"
PIN = {"*": "127.0.0.1:8123"}


@pytest.mark.parametrize(("resolve", "host", "status", "expected"), [
    (PIN, "nosuch.example", 421, "no_such_name"),
    (PIN, "NoSuch.Example", 421, "no_such_name"),
    (PIN, "203.0.113.9", 421, "connection_refused"),
    (PIN, "::1", 421, "connection_refused"),
    (PIN, "nosuch.example", 404, None),  # a server's own answer, read as a page
    (PIN, "nosuch.example", 200, None),
    # pinned by itself: that server's 421 is its answer, the name did resolve
    ({"staging.example": "127.0.0.1:8123"}, "staging.example", 421, None),
    ({**PIN, "staging.example": "127.0.0.1:9000"}, "staging.example", 421, None),
    ({}, "nosuch.example", 421, None),  # no routing: the real network's 421
])
def test_a_wildcard_pins_421_is_read_as_a_name_without_address(
        resolve: dict[str, str], host: str, status: int, expected: str | None) -> None:
    assert unserved(resolve, host, status) == expected


def _world(tmp_path: Path) -> Path:
    path = tmp_path / "world.yaml"
    path.write_text(yaml.safe_dump({
        "now": NOW, "organization": "Tallowmere Cycles Ltd",
        "sites": [{"host": "www.tallowmere.co.nz", "kind": "company", "title": "Tallowmere",
                   "footer": [{"url": "https://www.instagram.com/tallowmereparts/",
                               "text": "Parts on Instagram"}],
                   "pages": {"/": {"title": "Tallowmere",
                                   "body": "<p>Bikes made in Nelson.</p>"}}}],
        "profiles": [
            {"platform": "instagram", "handle": "tallowmere", "display_name": "Tallowmere",
             "bio": "Bikes made in Nelson", "followers": 900,
             "truth": {"class": "official", "brand": "Tallowmere"}},
            # undeclared (its links are followed): a parts shop the company site links
            {"platform": "instagram", "handle": "tallowmereparts",
             "display_name": "Tallowmere Parts", "bio": "Spare parts for Tallowmere bikes",
             "followers": 120,
             "links": ["https://tallowmere-parts.example/", "http://203.0.113.9/"],
             "truth": {"class": "official_unlisted", "brand": "Tallowmere"}}],
    }), encoding="utf-8")
    return path


def test_capturing_an_unserved_host_says_the_name_did_not_resolve(tmp_path: Path) -> None:
    with SimWeb(load_world(_world(tmp_path))) as web:
        fetcher = GuardedFetcher(CaptureConfig(resolve={"*": web.address},
                                               allow_private_network=True))
        gone = fetcher.fetch("https://tallowmere-parts.example/")
        nobody = fetcher.fetch("http://203.0.113.9/")
        served = fetcher.fetch("https://www.tallowmere.co.nz/")
        statuses = {(h, s) for _m, h, _p, s in web.request_log}
    assert gone.status is None and gone.error and "no such name" in gone.error, gone.error
    assert nobody.status is None and nobody.error and "ConnectionRefused" in nobody.error
    assert served.status == 200 and b"Bikes made in Nelson" in served.body
    # simweb did answer 421: the fetcher read it as the name's absence, not as a page
    assert {("tallowmere-parts.example", 421), ("203.0.113.9", 421)} <= statuses


def test_an_audit_says_unserved_hosts_did_not_resolve_never_not_found(
        tmp_path: Path, sweeper: Any) -> None:
    """A real crawl: an undeclared Instagram the company site links, links a shop domain simweb
    does not serve and an IP address nothing serves; a declared Mastodon account sits on a
    server simweb does not serve. The links are "fetch failed: dns_error" and "fetch failed:
    connection_refused" (they said "http_421"), and the Mastodon account is unverifiable,
    "dns_error": never not found."""
    inventory = tmp_path / "inventory.yaml"
    inventory.write_text(yaml.safe_dump({
        "organization": "Tallowmere Cycles Ltd", "domains": ["tallowmere.co.nz"],
        "departments": [{"name": "Marketing", "owner": "hello@tallowmere.co.nz"}],
        "brands": [{"name": "Tallowmere", "websites": ["https://www.tallowmere.co.nz"],
                    "strategy": ["instagram", "mastodon"],
                    "accounts": [
                        {"platform": "instagram", "handle": "tallowmere",
                         "department": "Marketing"},
                        {"platform": "mastodon", "url": "https://nosuch.social/@tallowmere",
                         "department": "Marketing"}]}]}), encoding="utf-8")
    server = SimWeb(load_world(_world(tmp_path))).start()
    try:
        result = sweeper(server, tmp_path, inventory=inventory,
                         spider={"platforms": "instagram,mastodon", "max_variants": 1,
                                 "search_engine": "none"})
    finally:
        server.stop()
    pages = {p.url: p.refused for p in result.linked_pages}
    assert pages.get("https://tallowmere-parts.example/") == "fetch failed: dns_error", pages
    assert pages.get("http://203.0.113.9/") == "fetch failed: connection_refused", pages
    obs = result.observations[("mastodon", "tallowmere@nosuch.social")]
    assert obs.state is ProbeState.UNVERIFIABLE and obs.reason == "dns_error", (
        obs.state, obs.reason)
    assert result.observations[("instagram", "tallowmere")].state is ProbeState.FOUND
    answered = {(r[1], r[3]) for r in result.request_log}
    assert ("tallowmere-parts.example", 421) in answered and ("nosuch.social", 421) in answered
    assert not any("421" in str(g.get("reason")) for g in result.gaps), result.gaps
    # the robots.txt of a host that does not resolve: one warning line, not a traceback
    assert "robots.txt" in result.stderr and "Traceback" not in result.stderr, result.stderr
