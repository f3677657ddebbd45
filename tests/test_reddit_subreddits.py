"""Subreddits are profiles: found, read and judged like any account (issue #11, coverage).

A subreddit's handle keeps its prefix, ``r/<name>``, on platform ``reddit`` (as Facebook's
groups are ``groups/<name>``). Names follow reddit's own rule (r2's ``subreddit_rx``:
``[A-Za-z0-9][A-Za-z0-9_]{2,20}``, any case; a few language communities have two letters).
The answers below are made up, in the shapes Reddit serves a logged-out client at
``/r/<name>/about.json`` (documented in Pyprohly/reddit-api-doc-notes, subreddit.rst):
kind ``t5`` with display_name, display_name_prefixed, title, public_description, subscribers,
over18, subreddit_type; 403 ``{"reason": "private" | "quarantined" | "gated", "message":
"Forbidden", "error": 403}``; 404 ``{"reason": "banned", ...}``; a name nobody registered
redirects (302) to ``/subreddits/search.json?q=<name>``. All in-process: no server, no crawl.
"""
# ruff: noqa: E501  (realistic bodies are long lines)

from __future__ import annotations

import json

import pytest

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from matching.models import ProbeState
from tests.builders import declared_in_file

CAT = load_catalog()
RD = CAT["reddit"]
JSON = {"Content-Type": "application/json; charset=UTF-8"}


# ------------------------------------------------------------------------ links and handles


@pytest.mark.parametrize(("url", "handle"), [
    ("https://www.reddit.com/r/Tallowmere/", "r/tallowmere"),
    ("https://reddit.com/r/tallowmere", "r/tallowmere"),
    ("https://old.reddit.com/r/Tallowmere/about/", "r/tallowmere"),
    ("https://new.reddit.com/r/tallowmere/about.json", "r/tallowmere"),
    ("https://np.reddit.com/r/tallowmere/comments/1abcde/my_first_ride/", "r/tallowmere"),
    ("https://m.reddit.com/r/tallowmere/wiki/index", "r/tallowmere"),
    ("https://sh.reddit.com/r/Tallowmere_Owners/top/?t=year", "r/tallowmere_owners"),
    ("https://www.reddit.com/r/de/", "r/de"),  # a two-letter language community
    ("https://www.reddit.com/user/tallowmere_cycles/", "tallowmere_cycles"),  # a user, as before
    ("https://www.reddit.com/u/tallowmere_cycles", "tallowmere_cycles"),
])
def test_subreddit_links_are_profiles(url, handle):
    assert RD.handle_from_url(url) == handle
    assert CAT.match_profile_url(url) == ("reddit", handle)


@pytest.mark.parametrize("url", [
    "https://www.reddit.com/r/",
    "https://www.reddit.com/r/all/",
    "https://www.reddit.com/r/popular/top/",
    "https://www.reddit.com/r/_tallowmere/",  # no name starts with '_'
    "https://www.reddit.com/r/ab1/".replace("ab1", "a" * 22),  # 22 characters
    "https://www.reddit.com/r/tallow-mere/",
])
def test_reddits_own_listings_and_impossible_names_are_not_profiles(url):
    assert RD.handle_from_url(url) is None


def test_subreddit_handles_validate_and_build_their_urls():
    assert RD.is_valid("r/tallowmere") and RD.is_valid("r/Tallowmere_Owners") and RD.is_valid("r/de")
    assert not RD.is_valid("r/") and not RD.is_valid("r/_x1") and not RD.is_valid("r/" + "a" * 22)
    assert not RD.is_valid("s/tallowmere")  # only subreddits keep a prefix
    assert RD.canonical("r/Tallowmere") == "r/tallowmere"
    assert RD.profile_url("r/Tallowmere") == "https://www.reddit.com/r/tallowmere/"
    assert RD.probe_url("r/tallowmere") == "https://www.reddit.com/r/tallowmere/about.json"
    assert RD.probe_request("r/tallowmere")["url"] == "https://www.reddit.com/r/tallowmere/about.json"
    # a user keeps its addresses
    assert RD.profile_url("tallowmere_cycles") == "https://www.reddit.com/user/tallowmere_cycles/"
    assert RD.probe_url("tallowmere_cycles") == "https://www.reddit.com/user/tallowmere_cycles/about.json"


def test_a_declared_subreddit_is_accepted_in_an_inventory(tmp_path):
    got = declared_in_file(
        tmp_path, CAT,
        "{platform: reddit, url: 'https://www.reddit.com/r/TallowmereCycles/'}",
        "{platform: reddit, handle: r/tallowmere_help}",
        "{platform: reddit, handle: tallowmere_cycles}")
    assert got == {("reddit", "r/tallowmerecycles"), ("reddit", "r/tallowmere_help"),
                   ("reddit", "tallowmere_cycles")}


# ------------------------------------------------------------------------ reading about.json


def _about(**over):
    data = {
        "display_name": "TallowmereOwners", "display_name_prefixed": "r/TallowmereOwners",
        "title": "Tallowmere Owners", "public_description": "Unofficial community of Tallowmere bike owners.",
        "description": "Rules: be kind.", "subscribers": 12804, "active_user_count": None,
        "over18": False, "subreddit_type": "public", "id": "2xq9v1", "name": "t5_2xq9v1",
        "created": 1577836800.0, "created_utc": 1577836800.0, "icon_img": "",
        "community_icon": "https://styles.redditmedia.com/t5_2xq9v1/styles/communityIcon_q1w2e3.png?width=256&amp;s=0a1b2c",
        "url": "/r/TallowmereOwners/", "lang": "en", "user_is_banned": None, "quarantine": False,
    }
    data.update(over)
    return {"kind": "t5", "data": data}


def _read(body, status=200, headers=None, handle="r/tallowmereowners"):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    url = f"https://www.reddit.com/{handle}/about.json"
    return read_profile(RD, url, status, headers if headers is not None else JSON, raw, handle)


def test_a_public_subreddit_reads_as_found_with_its_title_members_and_description():
    got = _read(_about())
    assert got.state is ProbeState.FOUND and got.handle == "r/tallowmereowners"  # not t5_2xq9v1
    f = got.fields
    assert f.display_name == "Tallowmere Owners"
    assert f.bio == "Unofficial community of Tallowmere bike owners." and f.followers == 12804
    assert f.category == "public" and not f.is_private
    assert f.platform_id == "2xq9v1" and f.created_at == "2020-01-01T00:00:00+00:00"
    assert f.avatar_url.startswith("https://styles.redditmedia.com/t5_2xq9v1/")


def test_a_restricted_or_archived_subreddit_is_found_and_says_its_kind():
    for kind in ("restricted", "archived", "gold_restricted"):
        got = _read(_about(subreddit_type=kind))
        assert got.state is ProbeState.FOUND and got.fields.category == kind


def test_another_subreddits_answer_is_no_proof():
    got = _read(_about(), handle="r/tallowmere")
    assert got.state is not ProbeState.FOUND


def test_a_private_subreddit_is_found_private_its_content_unread():
    """Reddit's 403 {"reason": "private"} at the community's own address says it exists and
    is private, as a private account's page does: found, private, nothing of it read."""
    got = _read({"reason": "private", "message": "Forbidden", "error": 403}, 403)
    assert got.state is ProbeState.FOUND and got.handle == "r/tallowmereowners"
    assert got.fields.is_private is True and got.fields.category == "private"
    assert got.fields.display_name is None and got.fields.followers is None


@pytest.mark.parametrize("reason", ["quarantined", "gated"])
def test_a_quarantined_or_gated_subreddit_exists_but_is_not_shown(reason):
    """Reading a quarantined or gated community needs an opt-in: could not check, with why."""
    body = {"reason": reason, "message": "Forbidden", "error": 403}
    if reason == "quarantined":
        body.update(quarantine_message="This community is quarantined.", quarantine_message_html=None)
    got = _read(body, 403)
    assert got.state is ProbeState.UNVERIFIABLE and got.reason == reason  # never absent


def test_a_403_of_other_words_stays_could_not_check():
    """Only the words 'private' make a 403 a found community (not any JSON 403)."""
    got = _read({"message": "Forbidden", "error": 403}, 403)
    assert got.state is ProbeState.UNVERIFIABLE
    got = _read({"reason": "private", "message": "Forbidden", "error": 403}, 429)
    assert got.state is ProbeState.UNVERIFIABLE
    # a user's about answer is no community: its 403 stays could-not-check
    url = RD.probe_url("tallowmere_cycles")
    got = read_profile(RD, url, 403, JSON, json.dumps({"reason": "private", "error": 403}), "tallowmere_cycles")
    assert got.state is ProbeState.UNVERIFIABLE


def test_a_banned_subreddit_is_gone():
    got = _read({"reason": "banned", "message": "Not Found", "error": 404}, 404)
    assert got.state is ProbeState.NOT_FOUND and got.reason == "banned"


def test_a_subreddit_nobody_registered_is_absent_by_its_404_or_its_search_redirect():
    assert _read({"message": "Not Found", "error": 404}, 404).state is ProbeState.NOT_FOUND
    got = _read(b"", 302, {"Location": "https://www.reddit.com/subreddits/search.json?q=tallowmereowners"})
    assert got.state is ProbeState.NOT_FOUND
    assert RD.views["about"].follow_redirects is False  # the redirect is read, not followed


def test_the_bot_wall_and_429_are_could_not_check():
    wall = (b"<!DOCTYPE html><html><head><title>Blocked</title></head><body><h1>whoa there, pardner!</h1>"
            b"<p>Your request has been blocked due to a network policy.</p></body></html>")
    got = _read(wall, 403, {"Content-Type": "text/html; charset=utf-8"})
    assert got.state is ProbeState.UNVERIFIABLE
    got = _read({"message": "Too Many Requests", "error": 429}, 429)
    assert got.state is ProbeState.UNVERIFIABLE and got.reason == "rate_limited"


def test_a_users_about_answer_reads_as_before():
    body = {"kind": "t2", "data": {"name": "tallowmere_cycles", "id": "abc12", "created_utc": 1577836800.0,
                                   "icon_img": "https://styles.redditmedia.com/t5_x/styles/profileIcon_y.png",
                                   "subreddit": {"display_name_prefixed": "u/tallowmere_cycles", "title": "Tallowmere Cycles",
                                                 "public_description": "Official account", "subscribers": 40}}}
    got = _read(body, handle="tallowmere_cycles")
    assert got.state is ProbeState.FOUND and got.handle == "tallowmere_cycles"
    assert got.fields.display_name == "Tallowmere Cycles" and got.fields.followers == 40
    assert got.fields.category is None


def test_a_subreddits_sidebar_links_are_its_links():
    got = _read(_about(description="Official site: [tallowmere.example](https://tallowmere.example/)\n\nShop: https://shop.tallowmere.example/bikes"))
    assert set(got.fields.external_links) >= {"https://tallowmere.example/", "https://shop.tallowmere.example/bikes"}


# ------------------------------------------------------------------------ the simulated web


def _world():
    from simweb.world import DeletedAccount, World, make_profile

    profiles = [
        make_profile({"platform": "reddit", "handle": "r/TallowmereOwners", "kind": "group",
                      "display_name": "Tallowmere Owners", "bio": "Unofficial community of Tallowmere bike owners.",
                      "followers": 12804, "created_at": "2021-05-09", "links": ["https://tallowmere.example/"],
                      "avatar": "logo:tallowmere", "indexed_by": ["web_search"]}),
        make_profile({"platform": "reddit", "handle": "r/tallowmere_staff", "display_name": "Staff",
                      "private": True}),
        make_profile({"platform": "reddit", "handle": "r/tallowmere_deals", "display_name": "Deals",
                      "behaviour": "quarantined"}),
        make_profile({"platform": "reddit", "handle": "r/tallowmere_walled", "display_name": "Walled",
                      "behaviour": "bot_block"}),
        make_profile({"platform": "reddit", "handle": "tallowmere_cycles", "display_name": "Tallowmere Cycles"}),
    ]
    return World(now="2026-11-20T12:00:00+00:00", organization="Tallowmere Cycles Ltd",
                 profiles=profiles, sites=[], deleted=[DeletedAccount("reddit", "r/tallowmere_old")])


def _get(app, url):
    from urllib.parse import parse_qs, urlsplit

    from simweb.http import Request

    parts = urlsplit(url)
    return app.handle(Request("GET", parts.netloc, parts.path, parse_qs(parts.query), {}))


def _probe(app, handle):
    url = RD.probe_url(handle)
    resp = _get(app, url)
    return resp, read_profile(RD, url, resp.status, resp.headers, resp.body, handle)


def test_simweb_serves_subreddits_as_reddit_answers_a_logged_out_client():
    from simweb.server import App

    world = _world()
    app = App(world)
    resp, got = _probe(app, "r/tallowmereowners")
    assert resp.status == 200 and got.state is ProbeState.FOUND and got.handle == "r/tallowmereowners"
    f = got.fields
    assert (f.display_name, f.followers, f.is_private) == ("Tallowmere Owners", 12804, False)
    assert f.bio == "Unofficial community of Tallowmere bike owners." and f.created_at.startswith("2021-05-09")
    assert "https://tallowmere.example/" in f.external_links and f.avatar_url
    # a private one is found, private; a quarantined one is not shown; the bot wall is could-not-check
    resp, got = _probe(app, "r/tallowmere_staff")
    assert resp.status == 403 and got.state is ProbeState.FOUND and got.fields.is_private is True
    resp, got = _probe(app, "r/tallowmere_deals")
    assert resp.status == 403 and (got.state, got.reason) == (ProbeState.UNVERIFIABLE, "quarantined")
    assert _probe(app, "r/tallowmere_walled")[1].state is ProbeState.UNVERIFIABLE
    # banned is gone; a name nobody registered redirects to the subreddit search
    resp, got = _probe(app, "r/tallowmere_old")
    assert resp.status == 404 and (got.state, got.reason) == (ProbeState.NOT_FOUND, "banned")
    resp, got = _probe(app, "r/nosuchcommunity")
    assert resp.status == 302 and "/subreddits/search.json?q=nosuchcommunity" in resp.headers["Location"]
    assert got.state is ProbeState.NOT_FOUND
    # the community's page (new site) names it; a user stays behind the wall as before
    page = _get(app, "https://www.reddit.com/r/TallowmereOwners/")
    assert page.status == 200 and b'prefixed-name="r/TallowmereOwners"' in page.body
    assert _get(app, "https://www.reddit.com/user/tallowmere_cycles/about.json").status == 403


def test_simweb_expects_walled_subreddits_unverified_and_indexes_them_at_their_address():
    from simweb.search import build_index

    world = _world()
    assert world.profile("reddit", "r/tallowmereowners").url == "https://www.reddit.com/r/TallowmereOwners/"
    assert world.profile("reddit", "r/tallowmereowners").effective_behaviour == "normal"
    assert world.profile("reddit", "r/tallowmere_staff").effective_behaviour == "normal"  # found, private
    assert world.profile("reddit", "r/tallowmere_deals").effective_behaviour == "login_wall"
    assert world.profile("reddit", "tallowmere_cycles").effective_behaviour == "bot_block"
    docs = {d.url: d for d in build_index(world)}
    assert docs["https://www.reddit.com/r/TallowmereOwners/"].title == "r/TallowmereOwners - Reddit"


def test_only_a_subreddit_is_quarantined():
    from simweb.world import make_profile

    with pytest.raises(ValueError, match="quarantined"):
        make_profile({"platform": "reddit", "handle": "tallowmere_cycles", "behaviour": "quarantined"})


def test_the_inventorys_handle_rule_is_said_in_words():
    from matching.inventory import describe_handle_rule

    said = str(describe_handle_rule("reddit", CAT.rules()["reddit"]))
    assert "'r/' followed by letters, digits and '_'" in said and "matching" not in said


# ------------------------------------------------------------------------ reading a subreddit's page

SHREDDIT = (
    '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>r/TallowmereOwners</title>'
    '<meta property="og:title" content="r/TallowmereOwners"></head><body><shreddit-app>'
    '<shreddit-subreddit-header name="TallowmereOwners" prefixed-name="r/TallowmereOwners" '
    'display-name="Tallowmere Owners" description="Unofficial community of Tallowmere bike owners." '
    'subscribers="12804" active="31" weekly-active-users="2200"></shreddit-subreddit-header>'
    '<aside><div class="md"><p>Shop: <a href="https://shop.tallowmere.example/">shop</a></p></div></aside>'
    '<shreddit-post post-title="First ride" subreddit-prefixed-name="r/TallowmereOwners" author="ana"></shreddit-post>'
    '</shreddit-app></body></html>')

OLD_REDDIT = (
    '<!DOCTYPE html><html lang="en"><head><title>Tallowmere Owners</title></head><body>'
    '<div class="side"><div class="spacer"><div class="titlebox"><h1 class="hover redditname">'
    '<a href="https://old.reddit.com/r/TallowmereOwners/" class="hover">TallowmereOwners</a></h1>'
    '<span class="subscribe-button"></span><span class="subscribers"><span class="number">12,804</span> '
    '<span class="word">readers</span></span><div class="usertext-body"><div class="md">'
    '<p>Unofficial community of Tallowmere bike owners.</p><p><a href="https://shop.tallowmere.example/">shop</a></p>'
    '</div></div></div></div></div><div class="content"></div></body></html>')


def _page(body, url="https://www.reddit.com/r/TallowmereOwners/", status=200, handle="r/tallowmereowners"):
    return read_profile(RD, url, status, {"Content-Type": "text/html; charset=utf-8"}, body.encode(), handle)


def test_the_new_sites_community_page_is_read():
    got = _page(SHREDDIT)
    assert got.state is ProbeState.FOUND and got.handle == "r/tallowmereowners"
    f = got.fields
    assert (f.display_name, f.followers) == ("Tallowmere Owners", 12804)
    assert f.bio == "Unofficial community of Tallowmere bike owners."
    assert "https://shop.tallowmere.example/" in f.external_links


def test_old_reddits_community_page_is_read():
    got = _page(OLD_REDDIT, "https://old.reddit.com/r/TallowmereOwners/")
    assert got.state is ProbeState.FOUND and got.handle == "r/tallowmereowners"
    f = got.fields
    assert f.followers == 12804 and f.bio.startswith("Unofficial community of Tallowmere bike owners.")
    assert f.display_name == "Tallowmere Owners"


def test_banned_unknown_and_private_community_pages():
    banned = ('<html><head><title>r/tallowmereowners</title></head><body><h1>r/tallowmereowners has been '
              'banned from Reddit</h1></body></html>')
    got = _page(banned, status=404)
    assert (got.state, got.reason) == (ProbeState.NOT_FOUND, "banned")
    unknown = ('<html><head><title>Reddit - Dive into anything</title></head><body><h1>This community may have '
               'been banned or the community name is incorrect.</h1></body></html>')
    assert _page(unknown, status=404).state is ProbeState.NOT_FOUND
    private = ('<html><head><title>r/tallowmereowners</title></head><body><h1>r/tallowmereowners is a private '
               'community</h1><p>Only approved members can view and participate.</p></body></html>')
    got = _page(private, status=403)
    assert (got.state, got.reason) == (ProbeState.UNVERIFIABLE, "private")


def test_a_new_empty_subreddit_in_the_full_answer_of_2021():
    """The whole key set of a 2021 about answer (a just-created community: empty icon, banner,
    description and public_description, one subscriber); values made up."""
    data = {
        "user_flair_background_color": None, "submit_text_html": None, "restrict_posting": True,
        "user_is_banned": False, "free_form_reports": False, "wiki_enabled": None, "user_is_muted": False,
        "user_can_flair_in_sr": None, "display_name": "tallowmere2", "header_img": None, "title": "tallowmere2",
        "allow_galleries": True, "icon_size": None, "primary_color": "", "active_user_count": 4, "icon_img": "",
        "display_name_prefixed": "r/tallowmere2", "accounts_active": 4, "public_traffic": False, "subscribers": 1,
        "user_flair_richtext": [], "videostream_links_count": 0, "name": "t5_5abc12", "quarantine": False,
        "hide_ads": False, "emojis_enabled": False, "advertiser_category": "", "public_description": "",
        "comment_score_hide_mins": 0, "user_has_favorited": False, "community_icon": "",
        "banner_background_image": "", "submit_text": "", "description_html": None, "header_size": None,
        "key_color": "", "created": 1635348815.0, "wls": None, "submission_type": "any",
        "user_is_subscriber": False, "public_description_html": None, "accept_followers": True,
        "subreddit_type": "public", "banner_img": "", "show_media": True, "id": "5abc12",
        "user_is_moderator": False, "over18": False, "header_title": "", "description": "", "lang": "en",
        "whitelist_status": None, "url": "/r/tallowmere2/", "created_utc": 1635348815.0, "mobile_banner_image": "",
        "user_is_contributor": False}
    got = _read({"kind": "t5", "data": data}, handle="r/tallowmere2")
    assert got.state is ProbeState.FOUND and got.handle == "r/tallowmere2"
    f = got.fields
    assert (f.display_name, f.followers, f.category, f.platform_id) == ("tallowmere2", 1, "public", "5abc12")
    assert not f.bio and not f.avatar_url and not f.external_links
    assert f.created_at == "2021-10-27T15:33:35+00:00"


# ------------------------------------------------------------------------ shown and compared


def test_a_communitys_handle_is_shown_as_its_platform_shows_it():
    from crawler.catalog import load_catalog
    from matching.index import shown_handle
    from matching.models import handle_forms

    forms = handle_forms(load_catalog().rules())  # the catalog's shown_as
    assert shown_handle("reddit", "r/tallowmereowners", forms) == "r/tallowmereowners"
    assert shown_handle("facebook", "groups/tallowmereowners", forms) == "tallowmereowners"
    assert shown_handle("reddit", "tallowmere_cycles", forms) == "u/tallowmere_cycles"  # a user
    assert shown_handle("x", "r/x", forms) == "@r/x"  # only a platform's own community path


def test_handle_similarity_compares_the_communitys_name_not_its_prefix():
    from matching import signals as sig
    from matching.index import handle_text
    from matching.models import ProfileObservation

    def obs(platform, handle):
        return ProfileObservation(platform, handle, "https://example.invalid/", ProbeState.FOUND)

    o = obs("reddit", "r/tallowmerecycles")
    assert handle_text(o) == "tallowmerecycles"
    assert handle_text(obs("facebook", "groups/tallowmere")) == "tallowmere"
    ev = sig.explain_handle(handle_text(o), "Tallowmere Cycles", 1.0)
    assert "'r'" not in ev.detail and "inserted" not in ev.detail


# ------------------------------------------------------------------------ guessing r/<brand>


def test_subreddits_of_the_brand_are_guessed_where_the_catalog_says_communities_exist():
    from matching.models import Brand, Inventory
    from matching.variants import MAX_COMMUNITIES, generate_candidates

    inv = Inventory("Tallowmere Cycles Ltd", brands=(Brand("Tallowmere", aliases=("Tallow Bikes",)),))
    rules = CAT.rules()
    assert rules["reddit"].community == "r/" and not rules["instagram"].community  # data, not code
    got = generate_candidates(inv, rules, 40, platforms=["reddit", "instagram"])
    subs = [c.handle for c in got if c.platform == "reddit" and c.family == "community"]
    assert subs[:2] == ["r/tallowmere", "r/tallowmereofficial"] and "r/tallowbikes" in subs
    assert len(subs) <= MAX_COMMUNITIES and all(RD.handle_from_url(f"https://www.reddit.com/{h}/") == h for h in subs)
    assert "tallowmere" in [c.handle for c in got if c.platform == "reddit"]  # the user, as before
    assert not any(c.handle.startswith("r/") for c in got if c.platform == "instagram")
    assert RD.probe_url("r/tallowmere") == "https://www.reddit.com/r/tallowmere/about.json"
    assert not generate_candidates(inv, rules, 0, platforms=["reddit"])  # no variants, no guesses


def test_web_search_looks_for_the_brands_communities_once_per_brand_after_every_other_query():
    from crawler.spiders.web_search import build_queries
    from matching.models import Brand, Inventory

    assert RD.web_search_communities == "reddit.com/r" and CAT["instagram"].web_search_communities is None
    inv = Inventory("Tallowmere Cycles Ltd", brands=(Brand("Tallowmere", aliases=("Tallow Bikes",)),))
    sites = [("reddit", "reddit.com/user"), ("instagram", "instagram.com")]
    before = build_queries(inv, sites, 80)
    after = build_queries(inv, sites, 80, [("reddit", "reddit.com/r")])
    assert after[:len(before)] == before  # nothing asked before is lost or moved
    assert [q.text for q in after[len(before):]] == ['site:reddit.com/r "Tallowmere"']  # one per brand
    assert after[-1].platform == "reddit"
    assert build_queries(inv, sites, len(before), [("reddit", "reddit.com/r")]) == before  # first cut
