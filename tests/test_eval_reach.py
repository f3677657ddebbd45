"""What the end-to-end mode of ``benchmarks/eval_worlds.py`` counts as reachable (#11).

A labelled profile is scored end to end only when the simulated web answers the crawl's own
requests with it: the crawl's web search queries (read by the crawl's parser, as many pages as
it reads), the platforms' search APIs, the company site's links, a guess the crawl would
report. A world's ``indexed_by`` label alone is not enough: a namesake no query for the brand
lists, a handle longer than the platform allows, an "official_site" link on a site no path
leads to, a walled profile only a guess reaches were scored as misses the crawl could never
avoid. Tiny in-memory worlds: no audit, no server, milliseconds.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _eval_worlds():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_worlds_reach",
                                                  ROOT / "benchmarks" / "eval_worlds.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


EW = _eval_worlds()

INVENTORY = """
organization: Quokkaroo Ltd
domains: [quokkaroo.example]
brands:
  - name: Quokkaroo
    websites: [https://www.quokkaroo.example]
    strategy: [instagram, x]
    accounts:
      - {platform: instagram, handle: quokkaroo}
"""


def _world(*profiles: dict, sites: tuple[dict, ...] = ()):  # type: ignore[no-untyped-def]
    from simweb.world import World, _site, make_profile

    company = {"host": "www.quokkaroo.example", "kind": "company", "title": "Quokkaroo",
               "pages": {"/": {"title": "Quokkaroo", "body": "<p>Quokkaroo shoes</p>"}},
               "footer": [{"url": "https://www.instagram.com/quokkaroo/", "text": "Instagram"}]}
    return World(now="2026-11-20T12:00:00+00:00", organization="Quokkaroo Ltd",
                 profiles=[make_profile({"platform": "instagram", "handle": "quokkaroo",
                                         "display_name": "Quokkaroo"}),
                           *(make_profile(p) for p in profiles)],
                 sites=[_site(company), *(_site(s) for s in sites)])


@pytest.fixture(scope="module")
def inventory(tmp_path_factory):  # type: ignore[no-untyped-def]
    from crawler.catalog import load_catalog
    from matching.inventory import load_inventory

    path = tmp_path_factory.mktemp("inv") / "inventory.yaml"
    path.write_text(INVENTORY, encoding="utf-8")
    catalog = load_catalog()
    return load_inventory(path, catalog.rules(), url_parser=catalog.match_profile_url)


def _reach(world, inventory) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return EW._reachable(world, inventory, EW._catalog().rules())


def test_a_web_search_label_counts_only_when_a_query_of_the_crawl_lists_it(inventory) -> None:
    """The crawl searches the brand's names; a namesake whose page never says them is not
    among the results, whatever the world's ``indexed_by`` says."""
    world = _world(
        {"platform": "facebook", "handle": "quokkaroofans", "display_name": "Quokkaroo fans",
         "indexed_by": ["web_search"]},
        {"platform": "facebook", "handle": "wallabycafe", "display_name": "Wallaby Cafe",
         "bio": "Coffee by the harbour.", "indexed_by": ["web_search"]},
    )
    found, _sites = EW.search_listed(world, inventory)
    assert ("facebook", "quokkaroofans") in found
    assert ("facebook", "wallabycafe") not in found
    reach = _reach(world, inventory)
    assert ("facebook", "quokkaroofans") in reach and ("facebook", "wallabycafe") not in reach
    why = EW.unreachable_reason(world.profile("facebook", "wallabycafe"), EW._catalog())
    assert why.startswith("web_search, but no search of the crawl lists it")


def test_a_handle_the_platform_would_refuse_is_unreachable_and_said_to_be(inventory) -> None:
    """X handles have at most 15 characters: the crawl reads a longer one in no result."""
    world = _world({"platform": "x", "handle": "QuokkarooSupportDesk",
                    "display_name": "Quokkaroo Support", "indexed_by": ["web_search"]})
    assert ("x", "quokkaroosupportdesk") not in _reach(world, inventory)
    why = EW.unreachable_reason(world.profile("x", "QuokkarooSupportDesk"), EW._catalog())
    assert why == "x would refuse the handle (the catalog's handle rule)"


def test_official_site_means_a_link_on_the_companys_site(inventory) -> None:
    """An ``official_site`` label on a profile no company page links (its own shop's site,
    which no path of the crawl visits) is unreachable; the company's footer link is not."""
    shop = {"host": "www.wallabyhardware.example", "kind": "other", "title": "Wallaby",
            "indexed_by": ["web_search"],
            "footer": [{"url": "https://www.facebook.com/wallabyhardware", "text": "Facebook"}],
            "pages": {"/": {"title": "Wallaby Hardware", "body": "<p>Cables and fans</p>"}}}
    world = _world({"platform": "facebook", "handle": "wallabyhardware",
                    "display_name": "Wallaby Hardware", "indexed_by": ["official_site"]},
                   sites=(shop,))
    reach = _reach(world, inventory)
    assert ("instagram", "quokkaroo") in reach
    assert ("facebook", "wallabyhardware") not in reach


def test_a_walled_profile_only_a_guess_reaches_is_not_scored(inventory) -> None:
    """Threads answers a random handle with its login wall: the crawl drops a guessed
    handle's unverifiable answer there (the coverage gap says so), so a walled Threads
    profile nothing else points to is unreachable; a readable guess stays reachable."""
    world = _world(
        {"platform": "threads", "handle": "quokkaroo.official", "display_name": "Quokkaroo",
         "behaviour": "login_wall"},
        {"platform": "tiktok", "handle": "quokkaroo.official", "display_name": "Quokkaroo"},
    )
    assert "threads" in EW.walled_platforms(world)
    reach = _reach(world, inventory)
    assert ("threads", "quokkaroo.official") not in reach
    assert ("tiktok", "quokkaroo.official") in reach


def test_a_profile_whose_end_to_end_class_differs_from_the_fast_one_is_a_gap() -> None:
    """``--mode both`` compares the two modes profile by profile, over what the audit
    scored: an unreached profile is no gap, a different class (or none at all) is; the
    count sums over worlds and reaches the JSON only when both modes ran."""
    fast, e2e = EW.Score(), EW.Score()
    fast.add({("x", "a"): "impostor", ("x", "b"): "redundant", ("x", "c"): "fan"},
             {("x", "a"): "impostor", ("x", "b"): "redundant", ("x", "c"): "fan"})
    e2e.add({("x", "a"): "impostor", ("x", "b"): "redundant"}, {("x", "a"): "unverified"},
            ignore_extra=True)
    assert EW.class_gaps(fast, e2e) == [(("x", "a"), "impostor", "impostor", "unverified"),
                                        (("x", "b"), "redundant", "redundant", "(none)")]
    assert "class_gaps_vs_fast" not in EW.Score().to_json()
    total = EW.Score()
    for n in (2, 0):
        total.merge(EW.Score(gaps=n))
    assert total.to_json()["class_gaps_vs_fast"] == 2


def test_a_signal_of_one_mode_only_is_counted_per_platform() -> None:
    """A field the ideal observation has and the crawl's has not shows as a signal of the
    fast mode only, counted per platform, even when the class did not change."""
    fast, e2e = EW.Score(), EW.Score()
    fast.add({("instagram", "a"): "impostor"}, {("instagram", "a"): "impostor"})
    e2e.add({("instagram", "a"): "impostor"}, {("instagram", "a"): "impostor"})
    fast.signals = {("instagram", "a"): frozenset({"avatar_match", "young_with_logo"})}
    e2e.signals = {("instagram", "a"): frozenset({"avatar_match", "linked_from_lookalike"})}
    assert EW.signal_gaps(fast, e2e) == {"instagram young_with_logo (fast only)": 1,
                                         "instagram linked_from_lookalike (e2e only)": 1}
    total = EW.Score()
    total.merge(EW.Score(signal_gaps=EW.signal_gaps(fast, e2e)))
    assert total.to_json()["signal_gaps_vs_fast"]["instagram young_with_logo (fast only)"] == 1


def test_a_scam_channel_s_bio_mention_and_a_review_s_links_are_reached(inventory) -> None:
    """The crawl sights the @name a suspicious Telegram channel's description mentions
    (t.me links it) and visits a page about the brand a search for its name lists (a review
    linking a fans' group): both reach profiles nothing else lists."""
    review = {"host": "shoeblog.example", "kind": "other", "title": "Shoe blog",
              "indexed_by": ["web_search"],
              "pages": {"/quokkaroo-review": {
                  "title": "Quokkaroo boots after two years", "body": "<p>My review.</p>",
                  "links": [{"url": "https://t.me/QuokkarooFansClub", "text": "fans"}]}}}
    world = _world(
        {"platform": "telegram", "handle": "QuokkarooOfficialSale", "display_name": "Quokkaroo",
         "bio": "50% off! Prepay and send the receipt to @Quokkaroo_Admin_Desk",
         "kind": "channel", "indexed_by": ["web_search"]},
        {"platform": "telegram", "handle": "Quokkaroo_Admin_Desk", "display_name": "Admin"},
        {"platform": "telegram", "handle": "QuokkarooFansClub", "display_name": "Fans",
         "kind": "group"},
        sites=(review,))
    reach = _reach(world, inventory)
    assert ("telegram", "quokkarooofficialsale") in reach
    assert ("telegram", "quokkaroo_admin_desk") in reach  # mentioned by the scam channel
    assert ("telegram", "quokkaroofansclub") in reach  # linked by the review


def test_the_ideal_observation_follows_a_link_to_a_host_nobody_serves() -> None:
    """The crawl fetches a suspicious profile's link whatever it is; a host the world does not
    serve is a page it could not read, and still evidence of where the link leads (a
    lookalike domain), as in the crawl's observation."""
    world = _world({"platform": "instagram", "handle": "quokkaroo.bonus",
                    "display_name": "Quokkaroo Bonus",
                    "links": ["https://quokkaroo-bonus.example/login",
                              "https://www.quokkaroo.example/", "https://x.com/quokkaroo"]})
    _obs, pages = EW.EM.world_observations(world, EW._catalog().rules())
    assert [(p.url, p.refused) for p in pages] == [
        ("https://quokkaroo-bonus.example/login", "fetch failed: the host does not answer")]


def test_the_ideal_observation_carries_the_linking_page_s_text() -> None:
    """A lookalike site's page that links a walled profile is read as the crawl reads it
    (``linked_pages.page_text`` on the page simweb serves): its request for card numbers is
    on the profile's linked_page sighting, in the fast mode as in the crawl."""
    scam = {"host": "quokkaroo-refund.example", "kind": "lookalike", "title": "Refunds",
            "pages": {"/": {"title": "Quokkaroo refunds",
                            "body": "<p>Enter your card number and the SMS code.</p>",
                            "links": [{"url": "https://www.facebook.com/QuokkarooRefund",
                                       "text": "Facebook"}]}}}
    world = _world({"platform": "facebook", "handle": "QuokkarooRefund",
                    "display_name": "Quokkaroo Refund", "behaviour": "login_wall",
                    "indexed_by": ["linked_page"]}, sites=(scam,))
    obs, _pages = EW.EM.world_observations(world, EW._catalog().rules())
    walled = next(o for o in obs if o.platform == "facebook")
    linked = [s for s in walled.sightings if s.via == "linked_page"]
    assert [s.page_text for s in linked] == [
        "Quokkaroo refunds · Refunds · Enter your card number and the SMS code. · Facebook"]


def test_an_audit_s_requests_are_counted_per_brand(tmp_path, inventory) -> None:
    """End to end, each world reports the requests its audit sent (the crawl summary's
    count) and their number per brand: what a change of discovery costs."""
    from crawler.store import Store

    with Store(tmp_path / "audit.db") as store:
        a = store.begin_audit(inventory, {})
        store.set_crawl_summary(a, {"requests": 1150})
    assert EW._requests_sent(tmp_path / "audit.db") == 1150
    total = EW.Score()
    total.merge(EW.Score(requests=1150, brands=2))
    total.merge(EW.Score(requests=450, brands=1))
    assert total.to_json()["requests"] == 1600
    assert total.to_json()["requests_per_brand"] == 533.3
    assert "requests" not in EW.Score().to_json()


def test_a_guess_is_reached_as_the_platform_spells_it(inventory) -> None:
    """The crawl reports a guess under the platform's canonical handle: the variant
    'quokkaroo.official' is Facebook's 'quokkarooofficial' (Facebook ignores dots)."""
    world = _world({"platform": "facebook", "handle": "QuokkarooOfficial",
                    "display_name": "Quokkaroo Official"})
    assert ("facebook", "quokkarooofficial") in _reach(world, inventory)


def test_the_ideal_observation_reads_the_page_a_profile_links() -> None:
    """The page a found profile's bio links is read as the crawl reads it: its title and its
    text (``LinkedPage.text``), evidence about the profile that links it."""
    scam = {"host": "quokkaroo-bonus.example", "kind": "lookalike", "title": "Bonus",
            "pages": {"/": {"title": "Quokkaroo bonus",
                            "body": "<p>Enter your card number and the SMS code.</p>"}}}
    world = _world({"platform": "instagram", "handle": "quokkaroo.bonus",
                    "display_name": "Quokkaroo Bonus",
                    "links": ["https://quokkaroo-bonus.example/"]}, sites=(scam,))
    _obs, pages = EW.EM.world_observations(world, EW._catalog().rules())
    assert [(p.title, p.text) for p in pages] == [
        ("Quokkaroo bonus", "Quokkaroo bonus · Bonus · Enter your card number and the SMS code.")]


def test_a_site_link_on_another_host_of_the_platform_reaches_the_profile(inventory) -> None:
    """The company's footer links ``threads.net/@brand``; the world's profile lives at
    ``threads.com/@brand``: the crawl reads both as one profile (``match_profile_url``), so it
    is reachable (was: unreachable, 'official_site, but ... no page it reads links it')."""
    site = {"host": "www.quokkaroo.example", "kind": "company", "title": "Quokkaroo",
            "pages": {"/": {"title": "Quokkaroo", "body": "<p>Quokkaroo shoes</p>"}},
            "footer": [{"url": "https://www.threads.net/@quokkaroo", "text": "Threads"}]}
    from simweb.world import _site

    world = _world({"platform": "threads", "handle": "quokkaroo", "display_name": "Quokkaroo",
                    "indexed_by": ["official_site"]})
    world.sites[0] = _site(site)
    assert ("threads", "quokkaroo") in _reach(world, inventory)
    assert not EW._links_profile("https://www.threads.net/@quokkaroo2",
                                 "https://www.threads.com/@quokkaroo")
