"""WhatsMyName-format site lists become existence-only platforms with WMN semantics."""

from __future__ import annotations

import json

import pytest

from crawler.catalog import CatalogError, load_catalog
from crawler.extract import read_profile
from crawler.wmn import load_catalog_with_sites, load_wmn, load_wmn_catalog, slug
from matching.models import ProbeState

WMN = {
    "license": ["CC BY-SA 4.0"],
    "categories": ["social"],
    "sites": [
        {
            "name": "Example Forum",
            "uri_check": "https://forum.example/api/users/{account}.json",
            "uri_pretty": "https://forum.example/u/{account}",
            "e_code": 200,
            "e_string": '"username":',
            "m_code": 404,
            "m_string": "not found",
            "known": ["alice", "bob"],
            "cat": "social",
        },
        {
            "name": "Post Site",
            "uri_check": "https://post.example/check",
            "post_body": "user={account}",
            "headers": {"Content-Type": "application/x-www-form-urlencoded"},
            "e_code": 200,
            "e_string": "taken",
            "m_code": 200,
            "m_string": "available",
            "known": ["x"],
            "cat": "misc",
            "strip_bad_char": ".",
        },
        {
            "name": "Broken Site",
            "uri_check": "https://broken.example/{account}",
            "e_code": 200,
            "e_string": "x",
            "m_code": 404,
            "m_string": "y",
            "known": [],
            "cat": "misc",
            "valid": False,
        },
        {
            "name": "GitHub",
            "uri_check": "https://github.com/{account}",
            "e_code": 200,
            "e_string": "p-nickname",
            "m_code": 404,
            "m_string": "Not Found",
            "known": ["octocat"],
            "cat": "coding",
        },
    ],
}


@pytest.fixture
def wmn_file(tmp_path):
    path = tmp_path / "wmn-data.json"
    path.write_text(json.dumps(WMN, indent=2), encoding="utf-8")
    return path


def test_sites_become_existence_only_platforms(wmn_file):
    sites = load_wmn(wmn_file)
    assert set(sites) == {"example_forum", "post_site", "github"}  # valid: false skipped
    forum = sites["example_forum"]
    assert forum.existence_only
    assert forum.probe_url("Alice") == "https://forum.example/api/users/alice.json"
    assert forum.profile_url("alice") == "https://forum.example/u/alice"
    post = sites["post_site"]
    req = post.probe_request("a.b")
    assert req["method"] == "POST" and req["body"] == "user=ab"
    # WhatsMyName's checker follows redirects and reads the rules on the final answer
    assert req["follow_redirects"] is True


def test_wmn_semantics(wmn_file):
    forum = load_wmn(wmn_file)["example_forum"]
    url = forum.probe_url("alice")
    found = read_profile(forum, url, 200, {}, b'{"username": "alice"}', "alice")
    assert found.state is ProbeState.FOUND
    assert found.fields.display_name is None  # existence only
    missing = read_profile(forum, url, 404, {}, b"user not found", "alice")
    assert missing.state is ProbeState.NOT_FOUND
    # mixed outcomes are broken detection, never "absent"
    assert read_profile(forum, url, 200, {}, b"not found", "alice").state is ProbeState.UNVERIFIABLE
    assert (
        read_profile(forum, url, 404, {}, b"<html></html>", "alice").state
        is ProbeState.UNVERIFIABLE
    )
    assert read_profile(forum, url, 429, {}, b"not found", "alice").reason == "rate_limited"


def test_merge_keeps_builtin_entries(wmn_file):
    cat = load_wmn_catalog(load_catalog(), wmn_file)
    assert "example_forum" in cat
    assert cat["github"].views.keys() >= {"api", "page"}  # built-in kept, not the WMN one
    assert cat.match_profile_url("https://forum.example/u/carol") == ("example_forum", "carol")


def test_bad_wmn_file_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"sites": [{"name": "X", "uri_check": "https://x.example/{account}"}]})
    )
    with pytest.raises(CatalogError, match="missing 'e_code'"):
        load_wmn(bad)
    typo = tmp_path / "typo.json"
    site = dict(WMN["sites"][0], e_strng="x")
    typo.write_text(json.dumps({"sites": [site]}, indent=1))
    with pytest.raises(CatalogError) as err:
        load_wmn(typo)
    assert "e_string" in err.value.hint and err.value.line is not None
    with pytest.raises(CatalogError, match="no 'sites'"):
        (tmp_path / "empty.json").write_text("{}")
        load_wmn(tmp_path / "empty.json")


def test_slug():
    assert slug("Buy Me a Coffee") == "buy_me_a_coffee"
    assert slug("9GAG") == "site_9gag"


def test_load_catalog_sites_file(wmn_file):
    cat = load_catalog_with_sites(sites_file=wmn_file)
    assert "example_forum" in cat and "github" in cat
