"""The sweep spider against the simulated web: real Scrapy crawls over real TCP on 127.0.0.1.

The demo world labels every profile with its truth and the discovery paths that can reveal it
(``indexed_by``; probing reveals any handle the variant generator guesses). A sweep must find
every profile that is about the company (truth class other than ``unrelated``) and reachable by
at least one path, through the paths it is reachable by, and must never call a blocked or
walled profile "not found".
"""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from PIL import Image

from crawler.catalog import load_catalog
from matching.models import ProbeState
from matching.variants import generate_candidates

CATALOG = load_catalog()
PATHS = ("web_search", "platform_search", "official_site", "linked_page")


def key(platform: str, handle: str) -> tuple[str, str]:
    return platform, CATALOG[platform].canonical(handle)


def guessable(result: Any, max_variants: int = 40) -> set[tuple[str, str]]:
    """Profiles a probe can reach: candidate handles of platforms that have a probe."""
    cands = generate_candidates(result.inventory, CATALOG.rules(), max_variants)
    return {key(c.platform, c.handle) for c in cands if CATALOG[c.platform].probe_possible}


def test_overall_recall_of_reachable_profiles(demo_sweep: Any) -> None:
    guess = guessable(demo_sweep)
    missed, considered = [], 0
    for p in demo_sweep.world.profiles:
        k = key(p.platform, p.handle)
        reachable = bool(p.indexed_by) or (k in guess and p.effective_behaviour
                                          not in ("login_wall", "bot_block"))
        if p.truth_class == "unrelated" or not reachable:
            continue
        considered += 1
        if k not in demo_sweep.observations:
            missed.append(k)
    assert considered >= 40
    assert missed == []


@pytest.mark.parametrize("path", PATHS)
def test_recall_per_discovery_path(demo_sweep: Any, path: str) -> None:
    expected = [key(p.platform, p.handle) for p in demo_sweep.world.profiles
                if path in p.indexed_by]
    assert expected, f"the demo world has no profile indexed by {path}"
    missed = [k for k in expected if path not in demo_sweep.vias(*k)]
    assert missed == []


def test_probe_path_finds_guessable_impostors(demo_sweep: Any) -> None:
    guess = guessable(demo_sweep)
    probe_only = [key(p.platform, p.handle) for p in demo_sweep.world.profiles
                  if not p.indexed_by and key(p.platform, p.handle) in guess
                  and p.effective_behaviour == "normal"]
    assert probe_only, "the demo world should hold profiles only a probe can find"
    for k in probe_only:
        assert "probe" in demo_sweep.vias(*k), k
        assert demo_sweep.observations[k].state is ProbeState.FOUND


def test_declared_accounts_always_observed_and_deleted_one_not_found(
        demo_sweep: Any) -> None:
    for account in demo_sweep.inventory.accounts:
        k = key(account.platform, account.handle)
        assert k in demo_sweep.observations, k
        assert "probe" in demo_sweep.vias(*k)
    for gone in demo_sweep.world.deleted:
        obs = demo_sweep.observations[key(gone.platform, gone.handle)]
        assert obs.state is ProbeState.NOT_FOUND
        assert obs.http_status == 404


def test_linkedin_and_x_found_through_web_search_never_not_found(demo_sweep: Any) -> None:
    for platform in ("linkedin", "x"):
        indexed = [key(p.platform, p.handle) for p in demo_sweep.world.on(platform)
                   if "web_search" in p.indexed_by]
        assert indexed
        for k in indexed:
            assert "web_search" in demo_sweep.vias(*k), k
    for (platform, handle), obs in demo_sweep.observations.items():
        if platform in ("linkedin", "x"):
            assert obs.state is not ProbeState.NOT_FOUND, (platform, handle)
        if platform == "linkedin":
            assert obs.state is ProbeState.UNVERIFIABLE and obs.reason
    # LinkedIn has no anonymous probe: nothing was fetched from it
    assert not [r for r in demo_sweep.request_log if "linkedin.com" in r[1]]


def test_search_sightings_keep_the_result_title_and_snippet(demo_sweep: Any) -> None:
    # X and LinkedIn cannot be read: the search result's text is all matching will see
    web = [s for s in demo_sweep.sightings
           if s.via.value == "web_search" and s.platform == "x" and s.handle == "nwcroastery"]
    assert web and all(s.title == "Northwind Coffee Roastery (@NWCRoastery) / X" for s in web)
    assert all("roastery in Leeds" in (s.snippet or "") for s in web)
    linkedin = [s for s in demo_sweep.sightings
                if s.platform == "linkedin" and s.handle == "northwind-coffee-rewards"]
    assert any((s.title or "").endswith("| LinkedIn") and s.snippet for s in linkedin)
    # a platform's own search: the result's name and description
    bsky = [s for s in demo_sweep.sightings if s.via.value == "platform_search"
            and s.handle == "coffeedeals4u.bsky.social"]
    assert bsky and all(s.title == "Northwind Coffee Rewards" for s in bsky)


def test_every_probe_state_appears_with_reasons(demo_sweep: Any) -> None:
    states = {o.state for o in demo_sweep.observations.values()}
    assert states == set(ProbeState)
    reasons = {o.reason for o in demo_sweep.observations.values()
               if o.state is ProbeState.UNVERIFIABLE}
    assert {"login_wall", "rate_limited"} <= reasons
    for obs in demo_sweep.observations.values():
        if obs.state is ProbeState.UNVERIFIABLE:
            assert obs.reason, obs
        assert obs.fetched_at


def test_walled_profiles_are_unverifiable_not_missing(demo_sweep: Any) -> None:
    for p in demo_sweep.world.profiles:
        obs = demo_sweep.observations.get(key(p.platform, p.handle))
        if obs is not None and p.effective_behaviour in ("login_wall", "bot_block",
                                                         "rate_limited"):
            assert obs.state is ProbeState.UNVERIFIABLE, obs


def test_each_profile_fetched_once(demo_sweep: Any) -> None:
    from collections import Counter

    probes = Counter(
        (host, path) for method, host, path, status in demo_sweep.request_log
        if method == "GET" and status != 429 and host in {
            "api.github.com", "public.api.bsky.app", "www.instagram.com", "t.me",
            "www.youtube.com", "api.x.com", "www.facebook.com"}
        and not (host == "api.github.com" and status == 403)  # rate limit rounds
        and "/search" not in path and "searchActors" not in path
    )
    repeated = {k: n for k, n in probes.items() if n > 1}
    assert repeated == {}


def test_avatars_are_hashed_and_thumbnailed(demo_sweep: Any) -> None:
    with_avatar = [o for o in demo_sweep.observations.values()
                   if o.state is ProbeState.FOUND and o.fields.avatar_url]
    assert len(with_avatar) >= 20
    hashed = [o for o in with_avatar if o.fields.avatar_phash]
    assert len(hashed) >= 0.9 * len(with_avatar)
    for o in hashed:
        assert len(o.fields.avatar_phash) == 16
        head, _, data = o.fields.avatar_thumb.partition(",")
        assert head == "data:image/png;base64"
        img = Image.open(io.BytesIO(base64.b64decode(data)))
        assert max(img.size) <= 64


def test_copied_logo_hash_is_close_to_the_official_one(demo_sweep: Any) -> None:
    from crawler.avatars import phash_distance

    official = demo_sweep.observations[("instagram", "northwindcoffee")].fields.avatar_phash
    copied = demo_sweep.observations[("instagram", "northwindcofee")].fields.avatar_phash
    unrelated = demo_sweep.observations[("instagram", "northwindsailing")].fields.avatar_phash
    assert official and copied and unrelated
    assert phash_distance(official, copied) <= 8
    assert phash_distance(official, unrelated) > 12


def test_linked_pages_one_hop_from_suspicious_profiles(demo_sweep: Any) -> None:
    pages = demo_sweep.linked_pages
    lookalike = [lp for lp in pages if "northwind-coffee-rewards.com" in lp.url]
    assert lookalike
    page = next(lp for lp in lookalike if lp.http_status == 200)
    assert page.title and "Rewards" in page.title
    assert "https://t.me/northwindcoffee_support" in page.social_links
    declared = {key(a.platform, a.handle) for a in demo_sweep.inventory.accounts}
    assert not [lp for lp in pages if (lp.from_platform, lp.from_handle) in declared]
    # one hop only: nothing was fetched from a page linked by a page
    assert all(lp.url.startswith(("http://", "https://")) or lp.refused for lp in pages)


def test_official_site_links_harvested_and_budgeted(demo_sweep: Any) -> None:
    site = [r for r in demo_sweep.request_log if r[1] == "www.northwindcoffee.com"]
    paths = {r[2] for r in site}
    assert {"/robots.txt", "/sitemap.xml", "/"} <= paths
    events = [p for p in paths if p.startswith("/events?")]
    assert len(events) <= 5  # the endless calendar is capped per path shape
    assert len(site) <= 42
    assert "official_site" in demo_sweep.vias("instagram", "northwindcareers")
    assert "official_site" in demo_sweep.vias("bluesky", "northwindcoffee.com")


def test_coverage_gaps_reported_for_walled_platforms(demo_sweep: Any) -> None:
    gaps = {(g["path"], g["engine"]) for g in demo_sweep.gaps}
    assert ("probe", "threads") in gaps  # every threads handle is behind the login page
    assert not [g for g in demo_sweep.gaps if g["path"] == "web_search"]


def test_searxng_engine_and_unresponsive_engines_are_could_not_search(tmp_path: Any,
                                                                     sweeper: Any) -> None:
    from simweb import SimWeb, load_world

    world = load_world().with_settings(unresponsive_word="polaris")
    server = SimWeb(world).start()
    try:
        result = sweeper(server, tmp_path, spider={
            "search_engine": "searxng", "searxng_url": "http://searx.local",
            "platforms": "linkedin,x", "max_variants": 2},
            settings={"BRANDSWEEP_PROGRESS": True, "BRANDSWEEP_PROGRESS_INTERVAL": 0.01})
    finally:
        server.stop()
    assert "web_search" in result.vias("linkedin", "northwind-kahve-turkiye")
    assert "web_search" in result.vias("x", "nwcroastery")
    failed = [g for g in result.gaps if g["path"] == "web_search"]
    assert failed and all("polaris" in g["query"].lower() for g in failed)
    assert all(g["reason"].startswith("unresponsive_engines") for g in failed)
    assert {k[0] for k in result.observations} <= {"linkedin", "x"}
    # progress lines on stderr while it ran, and a closing one (off in the demo sweep: -q)
    assert "[sweep]" in result.stderr and "[done]" in result.stderr
    done = [line for line in result.stderr.splitlines() if line.startswith("[done]")]
    assert len(done) == 1 and "requests done" in done[0] and "X (Twitter) " in done[0]


def test_quiet_sweep_prints_no_progress(demo_sweep: Any) -> None:
    assert "[sweep]" not in demo_sweep.stderr and "[done]" not in demo_sweep.stderr


def test_sweep_uses_no_deprecated_scrapy_api(demo_sweep: Any) -> None:
    assert "DeprecationWarning" not in demo_sweep.stderr
    assert "Traceback" not in demo_sweep.stderr


def test_duckduckgo_captcha_is_could_not_search(tmp_path: Any, sweeper: Any) -> None:
    from simweb import SimWeb, load_world

    server = SimWeb(load_world().with_settings(ddg_captcha=True)).start()
    try:
        result = sweeper(server, tmp_path, spider={"platforms": "linkedin"})
    finally:
        server.stop()
    gaps = [g for g in result.gaps if g["path"] == "web_search"]
    assert gaps and {g["reason"] for g in gaps} == {"captcha"}
    assert not [s for s in result.sightings if s.via.value == "web_search"]
    # the official site still revealed the declared LinkedIn page, unverifiable, never missing
    obs = result.observations[("linkedin", "northwind-coffee")]
    assert obs.state is ProbeState.UNVERIFIABLE


def test_network_failures_are_unverifiable_never_not_found(tmp_path: Any, sweeper: Any) -> None:
    """t.me refuses connections, www.youtube.com accepts and never answers (timeout)."""
    import socket

    from simweb import SimWeb, load_world

    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    refused_port = closed.getsockname()[1]
    closed.close()
    silent = socket.socket()  # listens, never accepts: the kernel completes the handshake
    silent.bind(("127.0.0.1", 0))
    silent.listen(64)
    server = SimWeb(load_world()).start()
    try:
        result = sweeper(server, tmp_path, spider={
            "platforms": "telegram,youtube", "search_engine": "none", "max_variants": 3,
        }, settings={
            "BRANDSWEEP_RESOLVE": {"t.me": f"127.0.0.1:{refused_port}",
                                   "www.youtube.com": f"127.0.0.1:{silent.getsockname()[1]}",
                                   "*": server.address},
            "DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 0,
        })
    finally:
        server.stop()
        silent.close()
    tg = result.observations[("telegram", "northwindcoffee")]  # linked from the official site
    assert (tg.state, tg.reason) == (ProbeState.UNVERIFIABLE, "connection_refused")
    yt = result.observations[("youtube", "northwindcoffee")]  # declared
    assert (yt.state, yt.reason) == (ProbeState.UNVERIFIABLE, "timeout")
    assert ProbeState.NOT_FOUND not in {o.state for o in result.observations.values()}
    gaps = {(g["path"], g["engine"]) for g in result.gaps}
    assert {("probe", "telegram"), ("probe", "youtube")} <= gaps


# --------------------------------------------------------------------------- order independence

ORDER_PLATFORMS = {"platforms": "instagram,facebook,telegram"}


def outcome(result: Any) -> dict[str, Any]:
    """What discovery produced, independent of when: linked pages per profile, sightings per
    profile (path and source), observation state per profile."""
    pages: dict[tuple[str, str], set[tuple[Any, ...]]] = {}
    for p in result.linked_pages:
        pages.setdefault((p.from_platform, p.from_handle), set()).add(
            (p.url, p.final_url, p.http_status, p.refused, p.social_links))
    sightings: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for s in result.sightings:
        sightings.setdefault((s.platform, s.handle), set()).add((s.via.value, s.source))
    states = {k: (o.state.value, o.reason) for k, o in result.observations.items()}
    return {"linked_pages": pages, "sightings": sightings, "states": states}


def test_discovery_does_not_depend_on_request_order(tmp_path: Any, sweeper: Any,
                                                    simweb_factory: Any) -> None:
    """The same sweep in two request orders finds the same things.

    instagram:northwindcofee is both a variant guess (a probe) and listed on the lookalike
    rewards page another impostor links to; facebook:NorthwindCoffeeSupport both a web search
    result and listed there. Scrapy's default order reaches them by probe/search first;
    depth-first with two slots (``DEPTH_PRIORITY=-100``) reaches them through the linked page
    first. The dupefilter keeps whichever request came first, so anything that rode on the
    request (how many hops away it was, whether it was the variant probe) must not decide what
    follows: their links are followed and their variant sightings kept either way."""
    default = sweeper(simweb_factory(), tmp_path / "default", spider=ORDER_PLATFORMS)
    deep_first = sweeper(simweb_factory(), tmp_path / "deep", spider=ORDER_PLATFORMS,
                         settings={"DEPTH_PRIORITY": -100, "CONCURRENT_REQUESTS": 2})
    a, b = outcome(default), outcome(deep_first)
    assert ("instagram", "northwindcofee") in a["linked_pages"]
    assert "probe" in {via for via, _ in a["sightings"][("instagram", "northwindcofee")]}
    for what in ("linked_pages", "sightings", "states"):
        diff = {k: (a[what].get(k), b[what].get(k)) for k in set(a[what]) | set(b[what])
                if a[what].get(k) != b[what].get(k)}
        assert diff == {}, what


def test_linked_pages_per_audit_are_capped_and_the_cap_is_a_gap(tmp_path: Any, sweeper: Any,
                                                                simweb_factory: Any) -> None:
    result = sweeper(simweb_factory(), tmp_path, spider={**ORDER_PLATFORMS,
                                                         "search_engine": "none"},
                     settings={"BRANDSWEEP_LINKED_MAX_PAGES": 2})
    fetched = [p for p in result.linked_pages if not p.refused]
    assert 0 < len(fetched) <= 2
    gaps = [g for g in result.gaps if g["reason"] == "linked_max_pages"]
    assert [(g["path"], g["engine"]) for g in gaps] == [("limit", "linked_pages")]
    assert "only 2 linked pages are fetched per audit" in gaps[0]["query"]
    assert result.stats["raw"]["brandsweep/limits/linked_max_pages"] >= 1


def test_scam_sites_listed_by_web_search_are_visited_and_their_profiles_sighted(
        tmp_path: Any, sweeper: Any) -> None:
    """A scam site that a web search for the brand lists (no profile links to it) is fetched
    once, and the profiles its footer links are sighted from it (via linked_page): the only
    path to a giveaway ring whose handles no variant guesses. A namesake's site, a site with
    no brand lookalike domain and the company's own site are not fetched this way."""
    from pathlib import Path

    from simweb import SimWeb, load_world

    folder = Path(__file__).resolve().parents[1] / "evaluation" / "tuning" / "velours"
    server = SimWeb(load_world(folder / "world.yaml")).start()
    try:
        result = sweeper(server, tmp_path, inventory=folder / "inventory.yaml",
                         spider={"platforms": "instagram,facebook", "max_variants": 2})
    finally:
        server.stop()
    visits = [r for r in result.request_log if r[1] in ("velours-cadeaux.com",
                                                        "www.velours-cadeaux.com")]
    # listed by several search queries, fetched once for them (plus once per profile that
    # links it: the one-hop path, each a LinkedPage of its own)
    per_profile = [p for p in result.linked_pages if "velours-cadeaux.com" in p.url]
    assert len([r for r in visits if r[2] == "/"]) == 1 + len(per_profile)
    from_site = [s for s in result.sightings if s.via.value == "linked_page"
                 and "velours-cadeaux.com" in s.source and "web search" in (s.detail or "")]
    assert {(s.platform, s.handle.lower()) for s in from_site} >= {
        ("instagram", "maisonvelours.giveaway"), ("facebook", "maisonvelourscadeaux")}
    assert ("instagram", "maisonvelours.giveaway") in result.observations
    assert result.stats["raw"]["brandsweep/linked_pages/requested"] >= 1
