"""YouTube's own search as a discovery path: the logged-out results page, channels only.

YouTube has no public search API without a key, but its results page carries every result as a
``channelRenderer`` inside ``ytInitialData``. These tests read that page in the shapes it has
had (the 2023+ one, where ``subscriberCountText`` shows the @handle and ``videoCountText`` the
subscriber count; the older one with a count in each), refuse pages that are not results (the
EU consent page), and find through a real crawl a channel only YouTube's search reveals.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crawler.catalog import CatalogError, load_catalog
from crawler.extract import read_search
from matching.models import ProbeState

CAT = load_catalog()
YT = CAT["youtube"]
URL = YT.search_url("northwind")


def _page(data: dict[str, Any], style: str = "var") -> bytes:
    assign = {"var": "var ytInitialData = ", "window": 'window["ytInitialData"] = '}[style]
    return (f'<!DOCTYPE html><html><head><title>northwind - YouTube</title></head><body>'
            f'<script nonce="a">{assign}{json.dumps(data)};</script>'
            f'<script>var ytcfg = {{"a": 1}};</script></body></html>').encode()


def _results(*items: dict[str, Any]) -> dict[str, Any]:
    return {
        "contents": {"twoColumnSearchResultsRenderer": {"primaryContents": {
            "sectionListRenderer": {"contents": [
                {"itemSectionRenderer": {"contents": list(items)}}]}}}},
        # channels outside the results (the top bar, a header) are not hits
        "topbar": {"channelRenderer": {"channelId": "UC" + "t" * 22,
                                       "navigationEndpoint": {"browseEndpoint": {
                                           "canonicalBaseUrl": "/@topbar"}}}},
    }


MODERN = {"channelRenderer": {
    "channelId": "UC" + "a" * 22,
    "title": {"simpleText": "Northwind Coffee Giveaway"},
    "navigationEndpoint": {"browseEndpoint": {"browseId": "UC" + "a" * 22,
                                              "canonicalBaseUrl": "/@NorthwindGiveaway"}},
    "descriptionSnippet": {"runs": [{"text": "Official "}, {"text": "Northwind", "bold": True},
                                    {"text": " prizes every week"}]},
    "subscriberCountText": {"simpleText": "@NorthwindGiveaway"},
    "videoCountText": {"simpleText": "1.2K subscribers"},
}}
OLD = {"channelRenderer": {
    "channelId": "UC" + "b" * 22,
    "title": {"simpleText": "Northwind Fans"},
    "navigationEndpoint": {"browseEndpoint": {"canonicalBaseUrl": "/user/northwindfans"}},
    "subscriberCountText": {"simpleText": "3.4M subscribers"},
    "videoCountText": {"runs": [{"text": "120"}, {"text": " videos"}]},
}}


def test_the_modern_results_page_gives_handle_name_snippet_and_subscribers() -> None:
    read = read_search(YT, URL, 200, {"content-type": "text/html"}, _page(_results(MODERN)))
    assert read.state is ProbeState.FOUND
    (hit,) = read.results
    assert hit.handle == "northwindgiveaway"
    assert hit.url == "https://www.youtube.com/@northwindgiveaway"
    assert hit.fields.display_name == "Northwind Coffee Giveaway"
    assert hit.fields.bio == "Official Northwind prizes every week"  # the runs joined
    assert hit.fields.followers == 1200  # from videoCountText: the other holds the @handle
    assert hit.fields.platform_id == "UC" + "a" * 22


def test_an_older_result_without_an_at_handle_is_its_channel_id() -> None:
    read = read_search(YT, URL, 200, {}, _page(_results(MODERN, {"videoRenderer": {}}, OLD),
                                                "window"))
    handles = [h.handle for h in read.results]
    assert handles == ["northwindgiveaway", "UC" + "b" * 22]
    old = read.results[1]
    assert old.url == "https://www.youtube.com/channel/UC" + "b" * 22
    assert old.fields.followers == 3_400_000  # subscriberCountText first, in this era


def test_no_channels_is_an_answer_and_a_consent_page_is_not() -> None:
    empty = read_search(YT, URL, 200, {}, _page(_results(
        {"backgroundPromoRenderer": {"title": {"runs": [{"text": "No results found"}]}}})))
    assert empty.state is ProbeState.FOUND and empty.results == []
    consent = (b'<html><head><title>Before you continue to YouTube</title></head><body>'
               b'<form action="https://consent.youtube.com/save"></form></body></html>')
    read = read_search(YT, URL, 200, {}, consent)
    assert read.state is ProbeState.UNVERIFIABLE and read.reason == "unrecognised_page"
    assert read_search(YT, URL, 429, {}, b"").state is ProbeState.UNVERIFIABLE


def test_a_hostile_results_page_never_breaks_the_reader() -> None:
    deep = ('var ytInitialData = {"contents": ' + '{"a": [' * 5000 + '{"channelRenderer": {}}'
            + ']}' * 5000 + '};').encode()
    for body in (deep, b"var ytInitialData = {" + b"[" * 100000,
                 _page(_results({"channelRenderer": {"navigationEndpoint": {"browseEndpoint": {
                     "canonicalBaseUrl": "/@<script>"}}}}))):
        read = read_search(YT, URL, 200, {}, body)
        assert read.state in (ProbeState.FOUND, ProbeState.UNVERIFIABLE)
        assert all("<" not in h.handle for h in read.results)


@pytest.mark.parametrize(("entry", "message"), [
    ("handle_regex: '^/@(.+)'", "handle_regex needs a group (?P<v>...)"),
    ("embedded: 'ytInitialData = x'", "embedded must be a script variable's name"),
    ("handle: []", "handle must be a JSON path, or a list of them"),
])
def test_catalog_mistakes_in_a_search_page_entry_name_the_line(
        tmp_path: Path, entry: str, message: str) -> None:
    key = entry.split(":")[0]
    lines = {"handle": "      handle: login", "handle_regex": "", "embedded": ""}
    lines[key] = "      " + entry
    extra = tmp_path / "mine.yaml"
    extra.write_text("\n".join(filter(None, [
        "platforms:",
        "  pagesearch:",
        "    title: Page Search",
        "    hosts: [pagesearch.example]",
        "    profile_url: 'https://pagesearch.example/{handle}'",
        "    profile_patterns: ['^/(?P<handle>[a-z]+)$']",
        "    handle: {pattern: '[a-z]+'}",
        "    search:",
        "      url: 'https://pagesearch.example/results?q={query}'",
        "      results: 'contents.**.item'",
        *lines.values(),
    ])) + "\n", encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog([extra])
    text = str(err.value)
    assert message in text and "mine.yaml" in text and ":" in text


def test_a_channel_only_youtube_search_reveals_is_found_by_the_audit(
        simweb_factory: Any, tmp_path: Path) -> None:
    """A real audit against the simulated web: the channel's handle is not a variant of any
    brand name, no site links it and no web search indexes it; only YouTube's results page
    for a brand name lists it."""
    import os
    import subprocess
    import sys

    from simweb import load_world

    world = load_world().with_profile(
        platform="youtube", handle="WkndBeanPrizes", display_name="Northwind Coffee Prizes",
        bio="Northwind Coffee weekly prize draw! Claim your voucher on our site",
        followers=812, posts=3, kind="channel", indexed_by=["platform_search"],
        created_at="2026-10-01", last_active_at="2026-11-20",
        truth={"class": "impostor", "severity": "medium"},
    )
    server = simweb_factory(world)
    root = Path(__file__).resolve().parents[1]
    out, db = tmp_path / "out", tmp_path / "bs.db"
    env = {**os.environ, "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    args = ["audit", str(root / "seeds" / "official_accounts.yaml"), "--resolve",
            f"*=127.0.0.1:{server.port}", "--allow-private-network", "--db", str(db),
            "--out", str(out), "-q", "--platforms", "youtube", "--max-variants", "3",
            "--search-engine", "none"]
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    rows = findings["findings"] if isinstance(findings, dict) else findings
    mine = [f for f in rows if f.get("platform") == "youtube"
            and str(f.get("handle", "")).lower() == "wkndbeanprizes"]
    assert mine, [(f.get("platform"), f.get("handle")) for f in rows]
    searched = [entry for entry in server.request_log if "results" in str(entry)]
    assert searched, "the audit never asked YouTube's results page"
