"""Families the s7 batch's blind run missed, read by the generic layers on synthetic variants
(issue #11): never the captures themselves (tests/fixtures/real_captures batch
2026-12-06-s7-extract8 is their scorer's business).

- fediverse servers that are not Mastodon: Misskey-family REST users (``notesCount``,
  ``isLocked``, profile fields holding a bare address), a ``{type, object}`` wrapper, and
  accounts of other servers whose names hold dots and hyphens (Bridgy Fed, PeerTube);
- a person's name in two parts in every API generation (LinkedIn v2 ``localizedFirstName``,
  OpenID Connect ``given_name``), and LinkedIn's people under ``in/``;
- a listing of one author's own items (Reddit's ``/user/<name>.json``) as that account.
"""

# ruff: noqa: E501  (tables of real-shaped answers)

from __future__ import annotations

import json

import pytest

from crawler.extract import read_profile, without_rules
from tests.extract_cases import CAT, FOUND, UNVERIFIABLE

BARE = without_rules(CAT)


def _read(body, platform, url, catalog=BARE, status=200):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return read_profile(catalog[platform], url, status, {}, raw, None)


MISSKEY_USER = {"id": "9abc0def12", "username": "harbour", "host": None, "name": "Harbour Ferries",
                "description": "Boats across the bay.", "isLocked": True, "isCat": False,
                "followersCount": 120, "followingCount": 8, "notesCount": 431,
                "fields": [{"name": "Site", "value": "https://harbour.example"},
                           {"name": "Pronouns", "value": "they/them"}]}


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize("body", [
    MISSKEY_USER,                                   # users/show, admin/show-user
    {"type": "User", "object": MISSKEY_USER},       # ap/show's wrapper
    {"data": MISSKEY_USER},                         # a client's envelope
    {**MISSKEY_USER, "notes_count": 431, "notesCount": None, "is_locked": True, "isLocked": None},
])
def test_misskey_family_users_read_from_other_servers(body, catalog):
    got = _read(body, "mastodon", "https://slippy.example/api/users/show", catalog)
    assert got.state is FOUND, got.evidence
    assert got.handle == "harbour@slippy.example"
    f = got.fields
    assert (f.followers, f.following, f.posts) == (120, 8, 431)
    assert f.is_private is True and f.platform_id == "9abc0def12"
    assert "https://harbour.example" in f.external_links
    assert not any("they" in link for link in f.external_links)


@pytest.mark.parametrize(("user", "host", "want"), [
    ("bsky.brid.gy", "bsky.brid.gy", "bsky.brid.gy@bsky.brid.gy"),     # Bridgy Fed's bot
    ("jane.doe", "tube.example", "jane.doe@tube.example"),           # PeerTube
    ("news-desk", "blog.example", "news-desk@blog.example"),         # WordPress ActivityPub
])
def test_actors_of_other_servers_keep_their_own_grammar(user, host, want):
    actor = {"@context": "https://www.w3.org/ns/activitystreams", "type": "Service",
             "id": f"https://{host}/{user}", "preferredUsername": user, "name": "Desk",
             "summary": "<p>A bot.<p>Follow it.", "icon": {"type": "Image", "url": "https://x.example/a.png"}}
    got = _read(actor, "mastodon", f"https://{host}/{user}")
    assert got.state is FOUND, got.evidence
    assert got.handle == want and got.fields.display_name == "Desk"


def test_the_home_instance_grammar_still_refuses_impossible_names():
    platform = CAT["mastodon"]
    assert not platform.is_valid("bad.name")                    # mastodon.social's own grammar
    assert not platform.is_valid("bad.name@mastodon.social")
    assert platform.is_valid("bad.name@other.example")          # another server's
    assert not platform.is_valid("bad name@other.example")


@pytest.mark.parametrize("me", [
    {"id": "a1b2c3", "localizedFirstName": "Ada", "localizedLastName": "Lovelace", "vanityName": "ada-lovelace"},
    {"id": "a1b2c3", "firstName": {"localized": {"en_US": "Ada"}, "preferredLocale": {"country": "US", "language": "en"}},
     "lastName": {"localized": {"en_US": "Lovelace"}}, "vanityName": "ada-lovelace"},
    {"sub": "a1b2c3", "id": "a1b2c3", "given_name": "Ada", "family_name": "Lovelace", "vanityName": "ada-lovelace"},
])
def test_a_person_named_in_two_parts_is_a_linkedin_person(me):
    got = _read(me, "linkedin", "https://api.linkedin.com/v2/me")
    assert got.state is FOUND, got.evidence
    assert got.fields.display_name == "Ada Lovelace" and got.fields.platform_id == "a1b2c3"
    assert got.handle == "in/ada-lovelace"


def test_a_linkedin_organisation_keeps_its_bare_name():
    org = {"id": 1337, "localizedName": "Harbour Ferries", "vanityName": "harbour-ferries",
           "localizedDescription": "Ferries."}
    got = _read(org, "linkedin", "https://api.linkedin.com/v2/organizations/1337")
    assert got.state is FOUND and got.handle == "harbour-ferries"


def _listing(authors):
    return {"kind": "Listing", "data": {"children": [
        {"kind": "t1" if i % 2 else "t3", "data": {"id": f"x{i}", "author": a, "body": "hi", "score": 1}}
        for i, a in enumerate(authors)]}}


@pytest.mark.parametrize("url", ["https://www.reddit.com/user/ferrybot.json",
                                 "https://www.reddit.com/user/ferrybot/submitted.json",
                                 "https://www.reddit.com/user/ferrybot/"])
def test_a_listing_of_one_authors_own_items_is_that_account(url):
    got = _read(_listing(["ferrybot", "FerryBot", "ferrybot"]), "reddit", url)
    assert got.state is FOUND, got.evidence
    assert got.handle == "ferrybot"


@pytest.mark.parametrize(("authors", "url"), [
    (["ferrybot", "someoneelse", "ferrybot"], "https://www.reddit.com/user/ferrybot.json"),  # mixed
    (["ferrybot"], "https://www.reddit.com/user/ferrybot.json"),                              # one item
    (["ferrybot", "ferrybot"], "https://www.reddit.com/r/ferries.json"),                      # no user asked
    (["otherbot", "otherbot"], "https://www.reddit.com/user/ferrybot.json"),                  # another author
])
def test_other_listings_are_never_read_as_the_account(authors, url):
    got = _read(_listing(authors), "reddit", url)
    assert got.state is UNVERIFIABLE, got


def test_a_saved_listing_names_its_one_author_only_when_long_enough():
    saved = "file:///saved.json"
    assert _read(_listing(["ferrybot"] * 5), "reddit", saved).handle == "ferrybot"
    assert _read(_listing(["ferrybot"] * 4), "reddit", saved).state is UNVERIFIABLE
    assert _read(_listing(["ferrybot"] * 5 + ["other"]), "reddit", saved).state is UNVERIFIABLE


def test_saved_fediverse_answers_are_told_and_named():
    from crawler.extract.detect import saved_answer

    misskey = json.dumps(MISSKEY_USER).encode()
    name, *_ = saved_answer(CAT, "auto", misskey, "file:///saved")
    assert name == "mastodon"  # Misskey's REST user is the fediverse platform's
    actor = {"type": "Service", "id": "https://bsky.brid.gy/bsky.brid.gy", "preferredUsername": "bsky.brid.gy",
             "name": "Bridge", "summary": "A bridge bot."}
    got = _read(actor, "mastodon", "file:///saved")
    assert got.state is FOUND and got.handle == "bsky.brid.gy@bsky.brid.gy"


# ---------------------------------------------------------------- Meta's web apps (Threads 2023)

def _meta_page(desc, route=""):
    return (f'<html><head><meta property="og:title" content="Harbour Ferries (&#064;harbourferry) on Threads" />'
            f'<meta property="og:description" content="{desc}" />'
            f'<meta property="og:url" content="https://www.threads.net/@harbourferry" /></head>'
            f'<body><script>requireLazy([],function(){{x({route})}});</script></body></html>').encode()


ROUTE = ('{"actorID":"0","rootView":{"props":{"user_id":"77\\n0001"}},"entityKeyConfig":{"entity_id":'
         '{"source":"prop","value":"user_id"},"entity_type":{"source":"constant","value":"profilePage"}},'
         '"hostableView":{"props":{"user_id":"770001"}},"url":"\\/\\u0040harbourferry",'
         '"params":{"vanity":"\\u0040harbourferry"},"routePath":"\\/{vanity}"}')


@pytest.mark.parametrize("catalog", [CAT, BARE], ids=["rules", "generic"])
@pytest.mark.parametrize(("desc", "bio"), [
    ("Boats across the bay &#x26f4;. 8.9M Followers.", "Boats across the bay ⛴"),
    ("Boats. Across the bay. 12K Followers.", "Boats. Across the bay"),
    ("Boats across the bay · 12K followers · 3 posts", "Boats across the bay"),
])
def test_a_description_that_is_the_bio_then_counters(desc, bio, catalog):
    got = _read(_meta_page(desc), "threads", "https://www.threads.net/@harbourferry", catalog)
    assert got.state is FOUND, got.evidence
    assert got.fields.bio == bio


def test_a_meta_route_config_names_the_profiles_id():
    url = "https://www.threads.net/@harbourferry"
    got = _read(_meta_page("Boats. 12K Followers.", ROUTE), "threads", url, BARE)
    assert got.state is FOUND and got.fields.platform_id == "770001"
    # the route of another page (a post, another user) names no id of this profile
    other = ROUTE.replace("harbourferry", "someoneelse")
    assert _read(_meta_page("Boats. 12K Followers.", other), "threads", url, BARE).fields.platform_id is None
    viewer = ROUTE.replace('"770001"', '"0"').replace('"77\\n0001"', '"0"')
    assert _read(_meta_page("Boats. 12K Followers.", viewer), "threads", url, BARE).fields.platform_id is None


@pytest.mark.parametrize("title", ["Telegram: Contact @harbourferry", "Telegram: View @harbourferry"])
def test_the_platforms_title_template_and_logo_are_no_profile(title):
    page = (f'<html><head><meta property="og:title" content="{title}">'
            '<meta property="og:image" content="https://telegram.org/img/t_logo.png">'
            '<meta property="og:description" content=""></head><body><div class="tgme_page">'
            'If you have <strong>Telegram</strong>, you can contact <a>@harbourferry</a> right away.'
            '</div></body></html>').encode()
    got = _read(page, "telegram", "https://t.me/harbourferry", BARE)
    assert got.state is not FOUND, got  # every name, taken or not, gets this page


@pytest.mark.parametrize("key", ["urlCanonical", "canonicalUrl", "canonical_url"])
def test_an_apps_own_metadata_block_names_the_profile_by_its_canonical_address(key):
    answer = {"responseContext": {}, "header": {"someHeaderRenderer": {"title": {"runs": [{"text": "x"}]}}},
              "microformat": {"microformatDataRenderer": {
                  key: "https://music.youtube.com/channel/UCabcdefghijklmnopqrstuv",
                  "title": "Harbour Ferries", "description": "Songs of the sea."}}}
    got = _read(answer, "youtube", "https://music.youtube.com/youtubei/v1/browse")
    assert got.state is FOUND, got.evidence
    assert got.handle == "UCabcdefghijklmnopqrstuv"
    assert (got.fields.display_name, got.fields.bio) == ("Harbour Ferries", "Songs of the sea.")
    # another platform's address names nobody here
    answer["microformat"]["microformatDataRenderer"][key] = "https://example.com/channel/UCabcdefghijklmnopqrstuv"
    assert _read(answer, "youtube", "https://music.youtube.com/youtubei/v1/browse").state is not FOUND


@pytest.mark.parametrize(("extra", "want"), [
    ("56 054 members, 12 326 online", 56054),
    ("1,234 subscribers", 1234),
    ("12 326 online, 56 054 members", 56054),
])
def test_counters_listed_in_one_line_of_the_page(extra, want):
    page = ('<html><head><meta property="og:title" content="Harbour Ferries">'
            '<meta property="og:url" content="https://t.me/harbourferry"></head><body>'
            f'<div class="tgme_page_title">Harbour Ferries</div><div class="tgme_page_extra">{extra}</div>'
            '</body></html>').encode()
    got = _read(page, "telegram", "https://t.me/harbourferry", BARE)
    assert got.state is FOUND and got.fields.followers == want


def test_a_meta_pages_own_logging_block_names_the_profiles_id():
    url = "https://www.threads.net/@harbourferry"
    log = '{"page_logging": {"name": "profilePage", "params": {"page_id": "profilePage_770001", "profile_id": "770001"}}}'
    assert _read(_meta_page("Boats. 12K Followers.", log), "threads", url, BARE).fields.platform_id == "770001"
    two = log + log.replace("770001", "880002")  # two profiles logged: which one is unknown
    assert _read(_meta_page("Boats. 12K Followers.", two), "threads", url, BARE).fields.platform_id is None


@pytest.mark.parametrize("key", ["acct", "fqn"])
def test_a_remote_accounts_full_address_names_its_own_server(key):
    account = {"id": "1095", "username": "harbour", key: "harbour@ferries.example", "display_name": "Harbour",
               "followers_count": 3, "following_count": 1, "statuses_count": 9}
    got = _read(account, "mastodon", "https://other.example/api/v1/accounts/lookup?acct=harbour@ferries.example")
    assert got.state is FOUND and got.handle == "harbour@ferries.example"
