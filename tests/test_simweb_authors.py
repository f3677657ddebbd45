"""What authors of labelled worlds ran into (#11): the expected class of walled and private
profiles, Bluesky's well-known path on a site's aliases, Telegram's multi-line descriptions,
the hosts simweb serves. Real HTTP against the local server, as in test_simweb.py."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from matching.models import ProbeState
from simweb import SimWeb, load_world
from tests.test_simweb import fetch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_matching as EM  # noqa: E402

NOW = "2026-11-20T12:00:00+00:00"


def _world(tmp_path: Path, sites: list, profiles: list):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.yaml"
    path.write_text(yaml.safe_dump({"now": NOW, "organization": "Tallowmere Cycles Ltd",
                                    "sites": sites, "profiles": profiles}), encoding="utf-8")
    return load_world(path)


COMPANY = {"host": "www.tallowmere.co.nz", "aliases": ["tallowmere.co.nz"], "kind": "company",
           "title": "Tallowmere", "footer": [
               {"url": "https://www.linkedin.com/company/tallowmere-cycles", "text": "LinkedIn"},
               {"url": "https://www.linkedin.com/company/tallowmere-careers", "text": "Careers"},
               {"url": "https://www.reddit.com/r/TallowmereCycles/", "text": "Reddit"},
               {"url": "https://www.reddit.com/r/TallowmereRiders/", "text": "Riders"}],
           "pages": {"/": {"title": "Tallowmere", "body": "<p>Bikes made in Nelson.</p>"}}}


def _profiles() -> list:
    def sub(handle: str, cls: str, **more):  # type: ignore[no-untyped-def]
        return {"platform": "reddit", "handle": handle, "display_name": handle[2:],
                "bio": "Unofficial owners club", "truth": {"class": cls}, **more}
    return [
        {"platform": "linkedin", "handle": "tallowmere-cycles", "truth": {"class": "official"}},
        {"platform": "linkedin", "handle": "tallowmere-careers",
         "truth": {"class": "official_unlisted"}},
        {"platform": "linkedin", "handle": "tallowmere-fans", "truth": {"class": "fan"}},
        sub("r/TallowmereCycles", "official", private=True),
        sub("r/TallowmereRiders", "official_unlisted", private=True),
        sub("r/TallowmereOwners", "fan", private=True),
        sub("r/TallowmereProof", "fan", private=True, truth={"class": "fan", "expected": "fan"}),
        sub("r/TallowmereDeals", "impostor", behaviour="quarantined"),
        sub("r/TallowmereOpen", "fan"),
    ]


@pytest.mark.parametrize(("platform", "handle", "expected"), [
    # declared, walled (LinkedIn's 999 to everyone): could not check, though the footer links it
    ("linkedin", "tallowmere-cycles", "unverified"),
    # undeclared own page the company's site links: the link is the evidence
    ("linkedin", "tallowmere-careers", "official_unlisted"),
    ("linkedin", "tallowmere-fans", "unverified"),
    # a private subreddit: Reddit's 403 "private" proves it exists, shows nothing else
    ("reddit", "r/TallowmereCycles", "official"),  # declared: found
    ("reddit", "r/TallowmereRiders", "official_unlisted"),  # the company links it
    ("reddit", "r/TallowmereOwners", "unverified"),  # nothing read, nothing links it
    ("reddit", "r/TallowmereProof", "fan"),  # truth.expected says what proves it
    ("reddit", "r/TallowmereDeals", "unverified"),  # quarantined: shown only after an opt-in
    ("reddit", "r/TallowmereOpen", "fan"),  # a public community is read like any profile
])
def test_expected_class_of_walled_and_private_profiles(tmp_path, platform, handle, expected):
    world = _world(tmp_path, [COMPANY], _profiles())
    assert world.expected_class(world.profile(platform, handle)) == expected


def test_the_ideal_observation_of_a_private_subreddit_is_what_reddit_shows(tmp_path):
    """Fast mode observes what the crawl can: found (the 403 says it exists), private, nothing
    else; simweb serves exactly that 403 and the crawl's reader reads it so."""
    world = _world(tmp_path, [COMPANY], _profiles())
    rules = load_catalog().rules()
    obs, _pages = EM.world_observations(world, rules)
    got = {o.handle: o for o in obs if o.platform == "reddit"}
    hidden = got["r/tallowmereowners"]
    assert hidden.state is ProbeState.FOUND and hidden.fields.is_private
    assert hidden.fields.display_name is None and hidden.fields.bio is None
    assert got["r/tallowmereopen"].fields.bio == "Unofficial owners club"
    assert got["r/tallowmeredeals"].state is ProbeState.UNVERIFIABLE
    url = "https://www.reddit.com/r/TallowmereOwners/about.json"
    with SimWeb(world) as server:
        status, headers, body = fetch(server, url)
    read = read_profile(load_catalog()["reddit"], url, status, headers, body, "r/tallowmereowners")
    assert (read.state, read.fields.is_private, read.fields.bio) == (ProbeState.FOUND, True, None)


# ------------------------------------------------------------------------------- Bluesky


def _bsky(handle: str) -> dict:
    return {"platform": "bluesky", "handle": handle, "display_name": "Tallowmere",
            "truth": {"class": "official"}}


def test_atproto_did_is_the_sites_file_on_its_main_host_and_the_handles_own_host(tmp_path):
    """Bluesky fetches ``https://<handle>/.well-known/atproto-did`` and follows no redirect:
    the handle's own host answers the DID. The file is the site's, so its main host serves it
    too; an alias of a company site redirects that path like every other one."""
    shop = {"host": "tallowshop.example", "aliases": ["www.tallowshop.example"],
            "kind": "other", "title": "Shop", "pages": {"/": {"title": "Shop"}}}
    main_first = {**COMPANY, "host": "tallowmere.co.nz", "aliases": ["www.tallowmere.co.nz"]}
    world = _world(tmp_path, [main_first, shop],
                   [_bsky("tallowmere.co.nz"), _bsky("www.tallowshop.example")])
    with SimWeb(world) as server:
        did = fetch(server, "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile"
                            "?actor=tallowmere.co.nz")[2]
        want = re.search(rb'"did":\s*"([^"]+)"', did).group(1)  # type: ignore[union-attr]
        status, _, body = fetch(server, "https://tallowmere.co.nz/.well-known/atproto-did")
        assert status == 200 and body.strip() == want  # the handle's host: the main host here
        status, headers, _ = fetch(server, "https://www.tallowmere.co.nz/.well-known/atproto-did")
        assert status == 301  # a company alias redirects; Bluesky would not follow it
        assert headers["location"] == "https://tallowmere.co.nz/.well-known/atproto-did"
        # a site that serves its aliases as they are: the same file on every host of it
        for host in ("tallowshop.example", "www.tallowshop.example"):
            status, _, body = fetch(server, f"https://{host}/.well-known/atproto-did")
            assert status == 200 and body.startswith(b"did:plc:"), host


def test_atproto_did_on_a_company_alias_that_is_the_handle(tmp_path):
    """The handle is the bare domain, the site's main host is ``www.``: both answer (the
    handle's host because Bluesky asks there, the main host because the file is the site's)."""
    world = _world(tmp_path, [COMPANY], [_bsky("tallowmere.co.nz")])
    with SimWeb(world) as server:
        a = fetch(server, "https://tallowmere.co.nz/.well-known/atproto-did")
        b = fetch(server, "https://www.tallowmere.co.nz/.well-known/atproto-did")
        assert a[0] == b[0] == 200 and a[2] == b[2] and a[2].startswith(b"did:plc:")
        # other paths of the alias still redirect to the main host
        assert fetch(server, "https://tallowmere.co.nz/")[0] == 301
    bare = _world(tmp_path, [COMPANY], [])  # no Bluesky account, no atproto_did: no file
    with SimWeb(bare) as server:
        assert fetch(server, "https://www.tallowmere.co.nz/.well-known/atproto-did")[0] == 404


# ------------------------------------------------------------------------------- Telegram


def test_telegram_serves_the_whole_description_and_the_crawl_reads_every_line(tmp_path):
    """t.me shows every line of a description (each break a <br/>) and puts all of it in
    og:description (breaks as tabs, '!' as &#33;), as the captures under
    tests/fixtures/real_captures/telegram/ show; a link on a later line is a link."""
    world = _world(tmp_path, [], [{
        "platform": "telegram", "handle": "tallowdeals", "display_name": "Tallow Deals",
        "kind": "channel", "followers": 1200,
        "bio": "Deals every day!\nOrder: https://tallow-deals.example/shop\nWrite @tallowhelp",
        "links": ["https://tallow.example/more"], "truth": {"class": "impostor"}}])
    with SimWeb(world) as server:
        status, headers, body = fetch(server, "https://t.me/tallowdeals")
    text = body.decode()
    og = re.search(r'og:description" content="([^"]*)"', text).group(1)  # type: ignore[union-attr]
    assert og == ("Deals every day&#33;\tOrder: https://tallow-deals.example/shop\t"
                  "Write @tallowhelp\thttps://tallow.example/more")
    assert text.count("<br/>", text.index("tgme_page_description")) == 3
    got = read_profile(load_catalog()["telegram"], "https://t.me/tallowdeals", status, headers,
                       body, "tallowdeals")
    assert got.fields.bio.splitlines() == ["Deals every day!",
                                           "Order: https://tallow-deals.example/shop",
                                           "Write @tallowhelp", "https://tallow.example/more"]
    assert set(got.fields.external_links) >= {"https://tallow-deals.example/shop",
                                              "https://tallow.example/more"}


# ------------------------------------------------------------------------------- hosts


def test_unknown_hosts_answer_421_with_the_hosts_simweb_serves(tmp_path):
    world = _world(tmp_path, [COMPANY], [])
    with SimWeb(world) as server:
        status, _, body = fetch(server, "https://nosuch.example/x")
        assert status == 421 and b"serves no host named nosuch.example" in body
        assert b"www.tallowmere.co.nz" in body and b"searx.local" in body
        for host in ("searx.local", "searxng.local"):
            status, _, body = fetch(server, f"https://{host}/search?format=json&q=tallowmere")
            assert status == 200 and b'"results"' in body, host


def test_an_unquoted_colon_in_a_world_value_is_refused_naming_file_and_line(tmp_path):
    """The schema comment says to quote values holding ': '; unquoted, the file is refused
    with its own name, line and column (it said "<unicode string>")."""
    path = tmp_path / "w.yaml"
    path.write_text(f'now: "{NOW}"\norganization: X\nprofiles:\n  - platform: x\n'
                    "    handle: tallowmere\n    bio: Order: DM us\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError) as err:
        load_world(path)
    assert f'in "{path}", line 6' in str(err.value)
    schema = (ROOT / "simweb" / "world.yaml").read_text(encoding="utf-8")
    assert 'quote every value that contains ": "' in schema


def test_the_server_of_a_deleted_mastodon_account_answers_it_is_gone(tmp_path):
    """A declared ``shop@mastodon.nz`` that was deleted: mastodon.nz still answers, 404
    "Record not found" (gone), so the audit can say ``missing`` (it answered 421 before:
    could not check)."""
    path = tmp_path / "w.yaml"
    path.write_text(yaml.safe_dump({"now": NOW, "organization": "Tallowmere", "profiles": [],
                                    "deleted": [{"platform": "mastodon",
                                                 "handle": "shop@mastodon.nz"}]}),
                    encoding="utf-8")
    with SimWeb(load_world(path)) as server:
        status, headers, body = fetch(server, "https://mastodon.nz/api/v1/accounts/lookup?acct=shop")
    assert status == 404 and b"Record not found" in body
    got = read_profile(load_catalog()["mastodon"],
                       "https://mastodon.nz/api/v1/accounts/lookup?acct=shop", status, headers,
                       body, "shop@mastodon.nz")
    assert got.state is ProbeState.NOT_FOUND
