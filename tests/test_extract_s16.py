"""Families of the s15w/s15x batches and the widening after them, each written by hand with
made-up values (none is a copy of a file in tests/fixtures/real_captures), read by the full
reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json
from typing import Any

import pytest
from extract_cases import CAT, FOUND

from crawler.extract import read_profile, without_rules

GEN = without_rules(CAT)


def _read(platform: str, url: str, status: int, body: Any, generic: bool = True,
          handle: str | None = None):
    if isinstance(body, dict | list):
        body = json.dumps(body)
    raw = body.encode() if isinstance(body, str) else body
    return read_profile((GEN if generic else CAT)[platform], url, status, {}, raw, handle)


BOTH = pytest.mark.parametrize("generic", [True, False], ids=["generic", "full"])


# ------------------------------------------------------------------ JSON-LD: the account as author


def _profile_page_ld(handle: str, name: str, site: str) -> dict:
    """A ProfilePage whose account is its ``author`` and whose ``mainEntityOfPage`` points back
    at the page itself; the counts on the page node, the user name as a PropertyValue."""
    username = {"@type": "http://schema.org/PropertyValue", "propertyID": "Username",
                "value": handle}
    return {"\u0040context": "https://schema.org", "@type": "ProfilePage", "description": "",
            "author": {"@type": "Person", "identifier": username, "name": name,
                       "alternateName": handle, "sameAs": site,
                       "url": f"https://www.instagram.com/{handle}", "interactionStatistic": None},
            "mainEntityOfPage": {"@type": "ProfilePage",
                                 "@id": f"https://www.instagram.com/{handle}/"},
            "identifier": username,
            "interactionStatistic": [
                {"@type": "InteractionCounter", "interactionType": "http://schema.org/WriteAction",
                 "userInteractionCount": "58"},
                {"@type": "InteractionCounter", "interactionType": "http://schema.org/FollowAction",
                 "userInteractionCount": "4021"}]}


@BOTH
def test_jsonld_profile_page_names_its_account_as_author(generic):
    handle = "kettle.lane"
    ld = json.dumps(_profile_page_ld(handle, "Kettle Lane Tea", "https://kettlelane.example/"))
    # the '@' written as \u0040, as the page's serializer escapes it
    ld = ld.replace('"@', '"\\u0040')
    page = (f'<html><head><title>{handle} \u2022 Instagram</title>'
            f'<script type="application/ld+json">{ld}</script></head><body></body></html>')
    got = _read("instagram", f"https://www.instagram.com/{handle}/", 200, page, generic)
    assert got.state is FOUND and got.handle == handle
    assert got.fields.display_name == "Kettle Lane Tea"
    assert got.fields.posts == 58 and got.fields.followers == 4021
    assert list(got.fields.external_links) == ["https://kettlelane.example/"]
    # the user name in ``identifier`` is the handle, never the platform's numeric id
    assert got.fields.platform_id != handle
