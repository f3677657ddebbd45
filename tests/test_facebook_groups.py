"""Facebook groups are profiles: found, read and judged like any page (issue #11, coverage).

A group's handle keeps its path, ``groups/<name or numeric id>``, on platform ``facebook``
(as LinkedIn's people are ``in/<name>``). The pages below are made up, in the shapes Facebook
serves a logged-out visitor: Open Graph tags (og:title "Name | Facebook", the description,
og:url /groups/<name>/), the app link ``fb://group/<id>``, and the header line "Public group ·
12K members" (localised); a private group shows the same header and never its posts.
All in-process: no server, no crawl.
"""
# ruff: noqa: E501  (realistic bodies are long lines)

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from matching.models import ProbeState
from simweb.http import Request
from simweb.search import build_index
from simweb.server import App
from simweb.world import World, make_profile
from tests.builders import declared_in_file

CAT = load_catalog()
FB = CAT["facebook"]


# ------------------------------------------------------------------------ links and handles


@pytest.mark.parametrize(("url", "handle"), [
    ("https://www.facebook.com/groups/TallowmereRiders/", "groups/tallowmereriders"),
    ("https://facebook.com/groups/tallowmere.riders", "groups/tallowmereriders"),
    ("https://m.facebook.com/groups/1987654321012345/about/", "groups/1987654321012345"),
    ("https://web.facebook.com/groups/tallowmereriders/posts/1234567890/", "groups/tallowmereriders"),
    ("https://www.facebook.com/groups/tallowmereriders/permalink/99/?ref=share", "groups/tallowmereriders"),
    ("https://www.facebook.com/groups/tallowmere-riders/members", "groups/tallowmere-riders"),
    ("https://www.facebook.com/tallowmerecycles", "tallowmerecycles"),  # a page, as before
])
def test_group_links_are_profiles(url, handle):
    assert FB.handle_from_url(url) == handle
    assert CAT.match_profile_url(url) == ("facebook", handle)


@pytest.mark.parametrize("url", [
    "https://www.facebook.com/groups/",
    "https://www.facebook.com/groups/feed/",
    "https://www.facebook.com/groups/discover",
    "https://www.facebook.com/groups/create/",
    "https://www.facebook.com/groups/joins/?nav_source=tab",
])
def test_facebooks_own_group_pages_are_not_profiles(url):
    assert FB.handle_from_url(url) is None


def test_group_handles_validate_and_build_their_urls():
    assert FB.is_valid("groups/tallowmereriders") and FB.is_valid("groups/1987654321012345")
    assert not FB.is_valid("groups/") and not FB.is_valid("pages/tallowmere")
    assert not FB.is_valid("tallowmere/riders")  # only groups keep a path
    assert FB.profile_url("groups/TallowmereRiders") == "https://www.facebook.com/groups/tallowmereriders/"
    assert FB.probe_url("groups/tallowmereriders") == "https://www.facebook.com/groups/tallowmereriders/"
    assert FB.profile_url("tallowmerecycles") == "https://www.facebook.com/tallowmerecycles/"


def test_a_declared_community_group_is_accepted_in_an_inventory(tmp_path):
    got = declared_in_file(
        tmp_path, CAT,
        "{platform: facebook, url: 'https://www.facebook.com/groups/tallowmereriders/'}",
        "{platform: facebook, handle: groups/1987654321012345}",
        "{platform: facebook, handle: tallowmerecycles}")
    assert got == {("facebook", "groups/tallowmereriders"), ("facebook", "groups/1987654321012345"),
                   ("facebook", "tallowmerecycles")}


# ------------------------------------------------------------------------ reading a group page


def _group_page(name, slug, gid, kind_line, description, lang="en"):
    url = f"https://www.facebook.com/groups/{slug}/"
    return (f'<!DOCTYPE html><html lang="{lang}" id="facebook"><head><meta charset="utf-8">'
            f'<title>{name} | Facebook</title><meta property="og:title" content="{name} | Facebook">'
            f'<meta property="og:description" content="{description}"><meta property="og:url" content="{url}">'
            f'<meta property="og:image" content="https://scontent.xx.fbcdn.net/v/t39.30808-6/1_{gid}_n.jpg">'
            f'<meta property="al:android:url" content="fb://group/{gid}"><meta property="al:ios:url" content="fb://group/{gid}">'
            f'<link rel="canonical" href="{url}"></head><body><div role="main"><h1><a href="{url}">{name}</a></h1>'
            f'<div><span>{kind_line[0]}</span> &#xb7; <a href="{url}members/">{kind_line[1]}</a></div>'
            f'<div><h2>About</h2><span>{description}</span><div><span>History</span>'
            f'<span>Group created on March 3, 2017</span></div></div></div></body></html>')


def _read(url, body, handle, status=200, headers=None):
    return read_profile(FB, url, status, headers or {}, body.encode(), handle)


def test_a_public_group_reads_as_found_with_its_name_members_and_description():
    body = _group_page("Tallowmere Owners Club", "tallowmereowners", "1987654321012345",
                       ("Public group", "12K members"), "For owners of Tallowmere bikes.")
    got = _read("https://www.facebook.com/groups/tallowmereowners/", body, "groups/tallowmereowners")
    assert got.state is ProbeState.FOUND and got.handle == "groups/tallowmereowners"
    f = got.fields
    assert f.display_name == "Tallowmere Owners Club"  # without ' | Facebook'
    assert f.bio == "For owners of Tallowmere bikes." and f.followers == 12000
    assert f.category == "Public group" and not f.is_private
    assert f.platform_id == "1987654321012345"
    assert f.created_at == "2017-03-03T00:00:00+00:00"  # its history line


def test_a_group_asked_by_its_id_is_found_under_its_name():
    body = _group_page("Tallowmere Owners Club", "tallowmereowners", "1987654321012345",
                       ("Public group", "12,804 members"), "For owners.")
    got = _read("https://www.facebook.com/groups/1987654321012345/", body, "groups/1987654321012345")
    assert got.state is ProbeState.FOUND and got.handle == "groups/tallowmereowners"
    assert got.fields.followers == 12804


def test_a_private_group_is_found_private_and_a_localised_header_is_read():
    body = _group_page("Tallowmere Entraide", "tallowmereentraide", "1122334455667788",
                       ("Groupe privé", "3,4 k membres"), "Entraide entre propriétaires.", lang="fr")
    got = _read("https://www.facebook.com/groups/tallowmereentraide/", body, "groups/tallowmereentraide")
    assert got.state is ProbeState.FOUND
    assert got.fields.is_private is True and got.fields.followers == 3400
    assert got.fields.category == "Groupe privé"


def test_a_group_behind_the_login_wall_is_unverifiable_never_absent():
    login = "https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Fgroups%2Ftallowmereowners%2F"
    got = _read("https://www.facebook.com/groups/tallowmereowners/", "", "groups/tallowmereowners",
                status=302, headers={"Location": login})
    assert got.state is ProbeState.UNVERIFIABLE and got.reason == "login_wall"


# ------------------------------------------------------------------------ the simulated web


def _world():
    profiles = [
        make_profile({"platform": "facebook", "handle": "groups/tallowmere.owners", "kind": "group",
                      "display_name": "Tallowmere Owners Club", "bio": "For owners of Tallowmere bikes.",
                      "followers": 12804, "created_at": "2024-05-09", "indexed_by": ["web_search"]}),
        make_profile({"platform": "facebook", "handle": "groups/tallowmeresupport", "kind": "group",
                      "display_name": "Tallowmere Support", "bio": "Send us your order number.",
                      "followers": 300, "private": True}),
        make_profile({"platform": "facebook", "handle": "groups/tallowmerewalled", "kind": "group",
                      "display_name": "Walled", "behaviour": "login_wall"}),
        make_profile({"platform": "facebook", "handle": "tallowmerecycles", "kind": "organization",
                      "display_name": "Tallowmere Cycles", "followers": 18000}),
    ]
    return World(now="2026-11-20T12:00:00+00:00", organization="Tallowmere Cycles Ltd",
                 profiles=profiles, sites=[])


def _get(app, url):
    parts = urlsplit(url)
    return app.handle(Request("GET", parts.netloc, parts.path, {}, {}))


def test_simweb_serves_public_private_walled_and_missing_groups():
    world = _world()
    app = App(world)
    owners = world.profile("facebook", "groups/tallowmereowners")
    for url in ("https://www.facebook.com/groups/tallowmereowners/",
                "https://www.facebook.com/groups/tallowmere.owners/about/",
                f"https://www.facebook.com/groups/{owners.numeric_id}/"):
        resp = _get(app, url)
        got = read_profile(FB, url, resp.status, resp.headers, resp.body, FB.handle_from_url(url))
        assert got.state is ProbeState.FOUND and got.handle == "groups/tallowmereowners", url
        assert got.fields.followers == 12800 and got.fields.display_name == "Tallowmere Owners Club"
        assert got.fields.created_at == "2024-05-09T00:00:00+00:00"
    url = "https://www.facebook.com/groups/tallowmeresupport/"
    resp = _get(app, url)
    got = read_profile(FB, url, resp.status, resp.headers, resp.body, "groups/tallowmeresupport")
    assert got.state is ProbeState.FOUND and got.fields.is_private is True
    resp = _get(app, "https://www.facebook.com/groups/tallowmerewalled/")
    assert resp.status == 302 and "/login/" in resp.headers["Location"]
    url = "https://www.facebook.com/groups/nosuchgroup/"
    resp = _get(app, url)
    got = read_profile(FB, url, resp.status, resp.headers, resp.body, "groups/nosuchgroup")
    assert got.state is ProbeState.NOT_FOUND
    # a page keeps its own address and markup
    resp = _get(app, "https://www.facebook.com/tallowmerecycles")
    assert resp.status == 200 and b"__isProfile" in resp.body and b"fb://group/" not in resp.body


def test_simweb_search_indexes_a_group_at_its_address():
    urls = {doc.url for doc in build_index(_world())}
    assert "https://www.facebook.com/groups/tallowmere.owners" in urls
