"""Families the s7g and s7h batches' blind runs missed, read on synthetic variants (issue #11):
never the captures themselves (tests/fixtures/real_captures batches 2026-12-06-s7g-blind and
2026-12-06-s7h-blind are their scorer's business).

- the fediverse before ActivityPub: an OStatus Atom feed whose ``<author>`` is a Portable
  Contacts person (GNU social, StatusNet, postActiv, Mastodon 1.x);
"""

# ruff: noqa: E501  (tables of real-shaped answers)

from __future__ import annotations

import json

import pytest

from crawler.extract import read_profile, without_rules
from tests.extract_cases import CAT, FOUND

BARE = without_rules(CAT)


def _read(body, platform, url, catalog=BARE, status=200, headers=None):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return read_profile(catalog[platform], url, status, headers or {}, raw, None)


OSTATUS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:activity="http://activitystrea.ms/spec/1.0/" xmlns:poco="http://portablecontacts.net/spec/1.0" xmlns:statusnet="http://status.net/schema/api/1/">
 <id>https://{host}/api/statuses/user_timeline/{uid}.atom</id>
 <title>wren timeline</title>
 <logo>https://{host}/avatar/{uid}-96.png</logo>
 <author>
  <activity:object-type>http://activitystrea.ms/schema/1.0/person</activity:object-type>
  <uri>https://{host}/user/{uid}</uri>
  <name>wren</name>
  <summary>Ferry timetables, mostly.</summary>
  <link rel="alternate" type="text/html" href="https://{host}/wren"/>
  <link rel="avatar" type="image/png" href="https://{host}/avatar/{uid}-96.png"/>
  <poco:preferredUsername>wren</poco:preferredUsername>
  <poco:displayName>Wren of the Harbour</poco:displayName>
  <poco:note>Ferry timetables, mostly.</poco:note>
  <poco:urls><poco:type>homepage</poco:type><poco:value>https://wren.example</poco:value><poco:primary>true</poco:primary></poco:urls>
  <followers url="https://{host}/wren/subscribers"></followers>
  {info}
 </author>
 <entry><id>tag:{host},2016:noticeId=1</id><title>hello</title><author><name>someone-else</name></author></entry>
</feed>"""


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize(("host", "url", "info", "uid"), [
    ("gnusocial.example", "https://gnusocial.example/api/statuses/user_timeline/812.atom",
     '<statusnet:profile_info local_id="812"></statusnet:profile_info>', "812"),
    ("toot.example", "https://toot.example/users/wren.atom", "", None),   # Mastodon 1.x: no local id
])
def test_ostatus_atom_feeds_name_their_author(host, url, info, uid, catalog):
    body = OSTATUS_FEED.format(host=host, uid=uid or "1", info=info).encode()
    got = _read(body, "mastodon", url, catalog, headers={"Content-Type": "application/atom+xml"})
    assert got.state is FOUND, got.evidence
    assert got.handle == f"wren@{host}"
    f = got.fields
    assert f.display_name == "Wren of the Harbour"
    assert f.bio == "Ferry timetables, mostly."
    assert "https://wren.example" in f.external_links
    assert f.platform_id == uid


def test_a_plain_atom_author_is_no_fediverse_person():
    """A blog's Atom feed names an author with no Portable Contacts user name: no handle."""
    body = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>
    <author><name>Wren</name><uri>https://wren.example</uri></author></feed>"""
    got = _read(body, "mastodon", "https://wren.example/feed.atom")
    assert got.handle is None
