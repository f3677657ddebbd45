"""Families closed in the x23 round: Threads profile pages in other UI languages, and the
Pinterest profile pages of 2024- (a profile whose owner keeps it from search engines, a page
saved twice over, the Relay objects of Pinterest's newer web app). Every page here is written
by hand with made-up values in the shapes of real pages (none is a copy of a file in
tests/fixtures/real_captures) and read by the full reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json

import pytest
from extract_cases import FOUND, NOT_FOUND, UNVERIFIABLE, read_either

from crawler.extract import values as V

_read = read_either

BOTH = pytest.mark.parametrize("generic", [True, False], ids=["generic", "full"])


# ------------------------------------------------ Threads: one profile in the UI languages

def _threads(title: str, desc: str | None, lang: str = "en", handle: str = "wrenmallow") -> str:
    tags = (f'<meta property="og:title" content="{title}"><meta property="og:description" content="{desc}">'
            '<meta property="og:type" content="profile">'
            '<meta property="og:image" content="https://scontent-ams2-1.cdninstagram.com/v/t51.2885-19/wren_n.jpg">'
            if desc is not None else "")
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{tags}'
            f'<link rel="canonical" href="https://www.threads.com/@{handle}"></head><body></body></html>')


# og:description as Threads writes it for a logged-out visitor: counts, the bio, then its own
# sentence naming the account (the same sentence in each UI language)
THREADS_UI = {
    "en": ("Wren Mallow (@wrenmallow) • Threads, Say more",
           "12.3K Followers • 456 Threads • Paper cranes, weekly. See the latest conversations with @wrenmallow.",
           12300),
    "es": ("Wren Mallow (@wrenmallow) • Threads, di más",
           "12,3 mil seguidores • 456 hilos • Paper cranes, weekly. Mira las conversaciones más recientes con @wrenmallow.",
           12300),
    "fr": ("Wren Mallow (@wrenmallow) • Threads",
           "12,3 k abonnés • 456 threads • Paper cranes, weekly. Découvrez les dernières conversations avec @wrenmallow.",
           12300),
    "tr": ("Wren Mallow (@wrenmallow) • Threads",
           "12,3 B takipçi • 456 ileti dizisi • Paper cranes, weekly. @wrenmallow ile ilgili en son sohbetleri gör.",
           12300),
    "de": ("Wren Mallow (@wrenmallow) • Threads",
           "12.345 Follower • 456 Threads • Paper cranes, weekly. Sieh dir die neuesten Unterhaltungen mit @wrenmallow an.",
           12345),
    "pt": ("Wren Mallow (@wrenmallow) • Threads",
           "12,3 mil seguidores • 456 threads • Paper cranes, weekly. Veja as conversas mais recentes com @wrenmallow.",
           12300),
    "it": ("Wren Mallow (@wrenmallow) • Threads",
           "12,3 Mln follower • 456 thread • Paper cranes, weekly. Guarda le conversazioni più recenti con @wrenmallow.",
           12300000),
}


@BOTH
@pytest.mark.parametrize("lang", sorted(THREADS_UI))
def test_a_threads_profile_reads_the_same_in_every_ui_language(lang, generic):
    title, desc, followers = THREADS_UI[lang]
    got = _read("threads", "https://www.threads.com/@wrenmallow", 200, _threads(title, desc, lang), generic)
    assert got.state is FOUND and got.handle == "wrenmallow"
    assert got.fields.display_name == "Wren Mallow"
    assert got.fields.followers == followers
    assert got.fields.posts == 456
    # the bio without the counts before it and without Threads' own sentence after it
    assert got.fields.bio == "Paper cranes, weekly."


@BOTH
def test_a_threads_handle_with_dots_is_cut_from_the_closing_sentence_whole(generic):
    page = _threads("Wren Mallow (@wren.mallow) • Threads",
                    "8,9 M seguidores • 1 hilo • Grullas de papel. Mira las conversaciones más recientes con @wren.mallow.", "es",
                    handle="wren.mallow")
    got = _read("threads", "https://www.threads.com/@wren.mallow", 200, page, generic)
    assert got.state is FOUND and got.handle == "wren.mallow"
    assert got.fields.followers == 8_900_000 and got.fields.posts == 1
    assert got.fields.bio == "Grullas de papel."


@BOTH
def test_a_threads_profile_without_a_bio_has_none_in_any_language(generic):
    page = _threads("Wren Mallow (@wrenmallow) • Threads",
                    "1.234 takipçi • 12 ileti dizisi • @wrenmallow ile ilgili en son sohbetleri gör.", "tr")
    got = _read("threads", "https://www.threads.com/@wrenmallow", 200, page, generic)
    assert got.state is FOUND and got.fields.followers == 1234 and got.fields.posts == 12
    assert got.fields.bio is None


@BOTH
def test_the_2023_threads_description_in_other_languages_keeps_its_bio(generic):
    # July 2023: '<bio>. 8.9M Followers.' (no thread count), in the visitor's language
    page = _threads("Wren Mallow (@wrenmallow) en Threads", "Grullas de papel, cada semana. 8,9 M seguidores.", "es")
    got = _read("threads", "https://www.threads.net/@wrenmallow", 200, page, generic)
    assert got.state is FOUND and got.fields.followers == 8_900_000
    assert got.fields.bio == "Grullas de papel, cada semana"


@BOTH
def test_a_bio_that_only_mentions_conversations_and_someone_keeps_its_sentence(generic):
    # the closing sentence is cut only when it is the last one; a bio's own sentence that names
    # another account and conversations stays (it is followed by more of the bio)
    desc = ("12.3K Followers • 456 Threads • Good conversations with @kestrelpaper every week. Paper cranes. "
            "See the latest conversations with @wrenmallow.")
    got = _read("threads", "https://www.threads.com/@wrenmallow", 200,
                _threads("Wren Mallow (@wrenmallow) • Threads", desc), generic)
    assert got.fields.bio == "Good conversations with @kestrelpaper every week. Paper cranes."


@BOTH
def test_a_bio_that_ends_by_asking_to_join_the_conversation_stays_whole(generic):
    # no 'latest': the account's own words, not Threads' closing sentence (an X bio read from
    # its og:description goes through the same reader)
    page = ('<html><head><title>Northwind Care (@NorthwindCare) / X</title>'
            '<meta property="og:title" content="Northwind Care (@NorthwindCare) on X">'
            '<meta property="og:description" content="Coffee questions answered daily. Join the conversation with @NorthwindCare.">'
            '</head><body></body></html>')
    got = _read("x", "https://x.com/NorthwindCare", 200, page, generic)
    assert got.fields.bio == "Coffee questions answered daily. Join the conversation with @NorthwindCare."


@BOTH
@pytest.mark.parametrize("title", ["Threads • Iniciar sesión", "Threads • Giriş yap", "Threads • Connexion", "Threads • Anmelden"])
def test_a_threads_login_page_in_another_language_is_no_answer(title, generic):
    got = _read("threads", "https://www.threads.com/@wrenmallow", 200, _threads(title, None), generic)
    assert got.state is UNVERIFIABLE


# ------------------------------------------------ Pinterest: profile pages of 2024-

_NODE = "VXNlcjo5MDEyMzQ1Njc4OTAxMjM0NTY="  # base64 of 'User:901234567890123456', made up


def _pinterest_page(state: dict, title: str = "Pinterest", desc: str = "Discover recipes, home ideas, style inspiration and other ideas to try.",
                    image: str = "https://s.pinimg.com/images/facebook_share_image.png", twice: bool = False) -> str:
    page = ('<!DOCTYPE html><html class="en" lang="en"><head><meta charSet="utf-8"/>'
            '<meta content="Pinterest" property="og:site_name"/>'
            f'<meta content="{desc}" data-app="true" name="og:description" property="og:description"/>'
            f'<meta content="{image}" data-app="true" name="og:image" property="og:image"/>'
            f'<meta content="{title}" data-app="true" name="og:title" property="og:title"/>'
            '<meta content="website" data-app="true" name="og:type" property="og:type"/>'
            '<meta content="https://www.pinterest.com/wrenpaper/_created/" data-app="true" name="og:url" property="og:url"/>'
            '<meta content="pinterest://user/wrenpaper" data-app="true" name="al:ios:url" property="al:ios:url"/>'
            f'<title>{title}</title></head><body><div data-test-id="unauth-header"></div>'
            '<script id="__PWS_DATA__" type="application/json">{"appVersion":"0eaecc2","context":{"is_authenticated":false}}</script>'
            f'<script id="__PWS_INITIAL_PROPS__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
            '</body></html>')
    return page + page if twice else page


def _noindex_state() -> dict:
    seo = {"node_id": _NODE, "seo_noindex_reason": "owner_requested", "seo_canonical_domain": "www.pinterest.com",
           "seo_description": "Wren Paper | Paper cranes and boxes, folded by hand.",
           "seo_title": "Wren Paper (wrenpaper) - Profile | Pinterest"}
    return {"initialReduxState": {
        "users": {"": {"unauth_id": "0123456789abcdef0123456789abcdef", "ip_country": "GB", "id": ""}, "undefined": dict(seo)},
        "resources": {"UserResource": {'field_set_key="board_visibility",username="wrenpaper"': {
            "auxData": {"x_pinterest_sli_endpoint_name": "v3_get_user_handler"}, "data": dict(seo),
            "fetching": False, "nextBookmark": "-end-"}}}}}


@pytest.mark.parametrize("twice", [False, True], ids=["once", "saved_twice"])
def test_a_pinterest_profile_kept_from_search_is_read_from_its_resource(twice):
    # the owner asked search engines to skip the profile: the page's own tags are Pinterest's
    # (og:title 'Pinterest', the site's description and share picture), the user's resource
    # keeps the name, the about text and the node id
    got = _read("pinterest", "https://www.pinterest.com/wrenpaper/", 200, _pinterest_page(_noindex_state(), twice=twice), False)
    assert got.state is FOUND and got.handle == "wrenpaper"
    assert got.fields.display_name == "Wren Paper"
    assert got.fields.bio == "Paper cranes and boxes, folded by hand."
    assert got.fields.platform_id == "901234567890123456"
    assert got.fields.avatar_url is None  # Pinterest's share picture is no one's avatar


def test_the_generic_layers_alone_never_call_a_profile_kept_from_search_absent():
    got = _read("pinterest", "https://www.pinterest.com/wrenpaper/", 200, _pinterest_page(_noindex_state()), True)
    assert got.state is not NOT_FOUND
    assert got.state is UNVERIFIABLE or got.fields.display_name == "Wren Paper"


@BOTH
def test_a_pinterest_profile_of_2024_reads_its_user_and_resource(generic):
    user = {"username": "wrenpaper", "full_name": "Wren Paper", "about": "Paper cranes and boxes, folded by hand.",
            "follower_count": 3210, "following_count": 45, "pin_count": 678, "board_count": 9, "id": "901234567890123456",
            "node_id": _NODE, "image_xlarge_url": "https://i.pinimg.com/280x280_RS/0a/1b/2c/0a1b2c3d.jpg",
            "website_url": None, "domain_url": None, "verified_identity": {}, "is_verified_merchant": False,
            "is_private_profile": False, "seo_noindex_reason": None,
            "seo_title": "Wren Paper (wrenpaper) - Profile | Pinterest",
            "seo_description": "Wren Paper | Paper cranes and boxes, folded by hand."}
    state = {"initialReduxState": {
        "users": {"": {"id": ""}, "undefined": {"node_id": _NODE, "seo_title": user["seo_title"]}, "901234567890123456": user},
        "resources": {"UserResource": {'field_set_key="unauth_profile",is_mobile_fork=true,username="wrenpaper"': {"data": user}}}}}
    page = _pinterest_page(state, title="Wren Paper (wrenpaper) - Profile | Pinterest",
                           desc="Wren Paper | Paper cranes and boxes, folded by hand.",
                           image="https://s.pinimg.com/images/default_open_graph_1200.png")
    got = _read("pinterest", "https://www.pinterest.com/wrenpaper/", 200, page, generic)
    assert got.state is FOUND and got.handle == "wrenpaper"
    assert (got.fields.display_name, got.fields.followers, got.fields.following, got.fields.posts) == ("Wren Paper", 3210, 45, 678)
    assert got.fields.bio == "Paper cranes and boxes, folded by hand."
    assert got.fields.platform_id == "901234567890123456"
    assert got.fields.avatar_url == "https://i.pinimg.com/280x280_RS/0a/1b/2c/0a1b2c3d.jpg"
    if not generic:
        assert got.fields.is_private is False


@BOTH
def test_a_pinterest_relay_user_names_its_numeric_id_not_its_node_id(generic):
    # Pinterest's newer web app streams GraphQL answers into the page as Relay calls, camelCase,
    # with 'id' a Relay node id and 'entityId' the account's number
    user = {"__typename": "User", "entityId": "901234567890123456", "id": _NODE, "username": "wrenpaper",
            "fullName": "Wren Paper", "about": "Paper cranes and boxes, folded by hand.", "followerCount": 3210,
            "followingCount": 45, "pinCount": 678, "imageXlargeUrl": "https://i.pinimg.com/280x280_RS/0a/1b/2c/0a1b2c3d.jpg",
            "websiteUrl": "https://wrenpaper.example", "isVerifiedMerchant": False}
    payload = {"data": {"v3GetUserHandlerQuery": {"__typename": "V3GetUserHandler", "data": user}}}
    page = ('<!DOCTYPE html><html lang="en"><head><title>Pinterest</title><meta property="og:title" content="Pinterest">'
            '<meta property="og:type" content="website"><meta property="og:image" content="https://s.pinimg.com/images/facebook_share_image.png">'
            '</head><body><script data-relay-completed-request="true">window.__PWS_RELAY_REGISTER_COMPLETED_REQUEST__('
            '"%7B%22username%22%3A%22wrenpaper%22%7D", ' + json.dumps(payload) + ');</script></body></html>')
    got = _read("pinterest", "https://www.pinterest.com/wrenpaper/", 200, page, generic)
    assert got.state is FOUND and got.handle == "wrenpaper"
    assert got.fields.platform_id == "901234567890123456"
    assert (got.fields.followers, got.fields.following, got.fields.posts) == (3210, 45, 678)
    assert got.fields.avatar_url == "https://i.pinimg.com/280x280_RS/0a/1b/2c/0a1b2c3d.jpg"
    assert got.fields.external_links == ("https://wrenpaper.example",)


@pytest.mark.parametrize(("raw", "want"), [
    (_NODE, "901234567890123456"),
    ("VXNlcjo5MDEyMzQ1Njc4OTAxMjM0NTY", "901234567890123456"),  # without its padding
    ("UGluOjEyMzQ1", "12345"),  # 'Pin:12345'
    ("901234567890123456", None),  # a plain number is no Relay id
    ("d3JlbnBhcGVy", None),  # base64 of 'wrenpaper': no type, no number
    (None, None),
])
def test_a_relay_id_gives_the_number_it_wraps(raw, want):
    assert V.from_relay_id(raw) == want
