"""Answer shapes met in the real-capture batches 2026-12-06-s5c-blind and -s5d-blind (read
after their one sealed run), each written here by hand with made-up values (none is a copy of a
file in tests/fixtures/real_captures), so a capture is never the only test of its own fix."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json

import pytest
from extract_cases import CAT, FOUND, NOT_FOUND, read


@pytest.mark.parametrize(
    "message",
    [
        "Gebruiker niet gevonden.",  # Dutch
        "Benutzer nicht gefunden.",  # German
        "Utilisateur introuvable.",  # French
        "Usuario no encontrado.",  # Spanish
        "Usuário não encontrado.",  # Portuguese
        "Utente non trovato.",  # Italian
        "Nie znaleziono użytkownika.",  # Polish
        "Kullanıcı bulunamadı.",  # Turkish
        "Пользователь не найден.",  # Russian
        "ユーザーが見つかりません。",  # Japanese
        "用户不存在",  # Chinese
        "사용자를 찾을 수 없습니다.",  # Korean
        "المستخدم غير موجود",  # Arabic
    ],
)
def test_api_user_not_found_in_other_languages(message):
    """An API localises its error message to the caller's language: 'user not found' in the
    major languages is 'not found', as the English message is."""
    got = read("pinterest", "https://api.pinterest.com/v1/users/harbourferry/", 404, {"message": message, "type": "api"})
    assert got.state is NOT_FOUND, (got.reason, got.evidence)


@pytest.mark.parametrize(
    "message",
    [
        "Er is iets misgegaan. Probeer het later opnieuw.",  # Dutch: something went wrong
        "Zu viele Anfragen. Bitte später erneut versuchen.",  # German: too many requests
        "Une erreur est survenue.",  # French: an error occurred
    ],
)
def test_api_errors_in_other_languages_that_do_not_say_missing(message):
    """Other localised errors say nothing about the profile: never 'not found'."""
    got = read("pinterest", "https://api.pinterest.com/v1/users/harbourferry/", 500, {"message": message, "type": "api"})
    assert got.state is not NOT_FOUND and got.state is not FOUND, (got.state, got.reason)


def test_graph_api_me_with_many_permissions_is_the_user():
    """Graph API ``/me`` read with a user token and many permissions answers one large person
    record (app-scoped id and link, bio, website, lists of schools and employers naming other
    people): the record itself is the profile, not one of the people it names."""
    me = {
        "id": "10150000000000001", "name": "Maja Lind", "first_name": "Maja", "last_name": "Lind",
        "link": "https://www.facebook.com/app_scoped_user_id/10150000000000001/",
        "bio": "Ferry skipper and weekend baker.", "website": "http://majalind.example",
        "birthday": "01/02/1985", "gender": "female", "locale": "sv_SE", "timezone": 1,
        "updated_time": "2014-03-01T10:00:00+0000", "verified": True, "email": "maja@majalind.example",
        "hometown": {"id": "108000000000001", "name": "Gothenburg, Sweden"},
        "location": {"id": "108000000000002", "name": "Stockholm, Sweden"},
        "education": [{"school": {"id": "105000000000001", "name": "Chalmers"}, "type": "College",
                       "classes": [{"id": "140000000000001", "name": "Navigation '05",
                                    "with": [{"id": "10150000000000009", "name": "Per Holm"}]}]}],
        "work": [{"employer": {"id": "104000000000001", "name": "Harbour Ferry Lines"},
                  "position": {"id": "107000000000001", "name": "Skipper"}}],
        "languages": [{"id": "106000000000001", "name": "Swedish"}, {"id": "106000000000002", "name": "English"}],
    }
    got = read("facebook", "https://graph.facebook.com/v2.0/me", 200, me)
    assert got.state is FOUND, (got.reason, got.evidence)
    assert got.fields.display_name == "Maja Lind"
    assert got.fields.bio == "Ferry skipper and weekend baker."
    assert got.fields.platform_id == "10150000000000001"
    assert "http://majalind.example" in got.fields.external_links


def test_graph_api_large_list_of_other_things_is_not_a_user():
    """A large object that is no person's record (its name is not made of a first and a last
    name) is not taken for the user answered."""
    thing = {"id": "555", "name": "Harbour Ferry Lines", "first_name": "Per", "last_name": "Holm",
             "a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}
    got = read("facebook", "https://graph.facebook.com/v2.0/me", 200, thing)
    assert got.state is not FOUND or got.fields.display_name != "Harbour Ferry Lines"


def test_auto_tells_innertube_pinterest_errors_and_linkedin_fragments():
    """``extract auto`` on a saved body with no URL: a YouTube Music (InnerTube) answer opens with
    its ``responseContext``; Pinterest API v1's whole error is ``{message, type: api}``; a saved
    LinkedIn fragment without its head is told by LinkedIn's design-system classes even when the
    company it shows links another platform more often; a bare OAuth error names nothing."""
    from crawler.extract.detect import detect_platform

    music = {"responseContext": {"serviceTrackingParams": [{"service": "CSI", "params": [{"key": "c", "value": "WEB_REMIX"}]}]},
             "header": {"musicImmersiveHeaderRenderer": {"title": {"runs": [{"text": "Harbour Band"}]}}}}
    assert detect_platform(CAT, None, json.dumps(music)) == "youtube"
    assert detect_platform(CAT, None, '{\n  "message": "Benutzer nicht gefunden.",\n  "type": "api"\n}') == "pinterest"
    fragment = ('<div class="org-top-card-module ember-view"><h1 class="org-top-card-module__name">Harbour Ferry</h1>'
                '<a href="https://www.facebook.com/harbourferry">f</a><a href="https://www.facebook.com/harbourferry/photos">p</a>'
                '<span class="artdeco-icon"></span></div>')
    assert detect_platform(CAT, None, fragment) == "linkedin"
    assert detect_platform(CAT, None, '{"error": "The access token is invalid"}') is None


def _music_artist(header_kind):
    channel = "UC" + "h4rb0urB4nd" * 2
    return channel, {
        "responseContext": {"serviceTrackingParams": [{"service": "CSI", "params": [{"key": "c", "value": "WEB_REMIX"}]}]},
        "header": {header_kind: {
            "title": {"runs": [{"text": "Harbour Band"}]},
            "description": {"runs": [{"text": "A folk band from the docks."}]},
            "subscriptionButton": {"subscribeButtonRenderer": {
                "channelId": channel, "subscriberCountText": {"runs": [{"text": "12.5K"}]},
                "longSubscriberCountText": {"runs": [{"text": "12.5K subscribers"}]},
                "shortSubscriberCountText": {"runs": [{"text": "12.5K"}]}}}}},
        "contents": {"singleColumnBrowseResultsRenderer": {"tabs": [{"tabRenderer": {"content": {"sectionListRenderer": {"contents": [
            {"musicCarouselShelfRenderer": {"contents": [{"musicTwoRowItemRenderer": {
                "title": {"runs": [{"text": "Other Artist"}]},
                "subtitle": {"runs": [{"text": "2.1M subscribers"}]},
                "navigationEndpoint": {"browseEndpoint": {"browseId": "UC" + "0therArt1st" * 2}}}}]}}]}}}}]}},
        "microformat": {"microformatDataRenderer": {
            "urlCanonical": f"https://music.youtube.com/channel/{channel}", "title": "Harbour Band",
            "description": "A folk band from the docks.", "twitterSiteHandle": "@youtubemusic"}},
    }


@pytest.mark.parametrize("header_kind", ["musicImmersiveHeaderRenderer", "musicVisualHeaderRenderer"])
def test_youtube_music_artist_browse_answer(header_kind):
    """YouTube Music's InnerTube browse answer for an artist channel (client WEB_REMIX): the
    header names the artist and its subscribe button the count; the canonical /channel/ URL
    gives the id, the only name the answer has; other artists in its shelves are not it."""
    channel, body = _music_artist(header_kind)
    got = read("youtube", "https://music.youtube.com/youtubei/v1/browse?prettyPrint=false", 200, body)
    assert got.state is FOUND, (got.reason, got.evidence)
    assert (got.handle, got.fields.platform_id) == (channel, channel)
    assert got.fields.display_name == "Harbour Band"
    assert got.fields.bio == "A folk band from the docks."
    assert got.fields.followers == 12500


def test_youtube_music_browse_error_is_not_found_and_empty_is_not_found_either_way():
    """A browse answer with neither header nor channel metadata is no profile (never found)."""
    body = {"responseContext": {"serviceTrackingParams": []}, "contents": {}}
    got = read("youtube", "https://music.youtube.com/youtubei/v1/browse?prettyPrint=false", 200, body)
    assert got.state is not FOUND


def test_x_v1_user_url_carrying_the_screen_name_is_the_external_link():
    """X API v1/v1.1 documents a user's ``url`` as the site the user gave; that it carries the
    same name (a code host's page) does not make it the profile's own page."""
    user = {"id": 4242, "id_str": "4242", "name": "Harbour Ferry", "screen_name": "harbourferry",
            "description": "Boats.", "url": "https://gitlab.example/harbourferry", "protected": False,
            "followers_count": 10, "friends_count": 2, "statuses_count": 30, "verified": False}
    got = read("x", "https://api.twitter.com/1/users/show.json?screen_name=harbourferry", 200, user)
    assert got.state is FOUND
    assert got.fields.external_links == ("https://gitlab.example/harbourferry",)


def test_account_url_on_another_instance_is_not_an_external_link():
    """Elsewhere (a federated account, no ``screen_name``) a ``url`` holding the handle is the
    profile's own page on its instance, not a link out."""
    acct = {"id": "1", "username": "harbourferry", "acct": "harbourferry@boats.example",
            "display_name": "Harbour Ferry", "note": "Boats.", "url": "https://boats.example/@harbourferry",
            "followers_count": 3, "following_count": 1, "statuses_count": 4}
    got = read("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=harbourferry@boats.example", 200, acct)
    assert "https://boats.example/@harbourferry" not in got.fields.external_links


def test_reddit_bare_account_object_shows_its_profile_subreddit_title():
    """A Reddit account object saved without its {kind: t2, data} envelope: ``name`` is the user
    name; the name shown is the profile subreddit's ``title``, its about text the
    ``public_description``."""
    acct = {"name": "harbour_ferry", "id": "9zz9z", "link_karma": 12, "comment_karma": 40, "created_utc": 1400000000.0,
            "icon_img": "https://styles.redditmedia.example/a.png",
            "subreddit": {"display_name": "u_harbour_ferry", "title": "Harbour Ferry Lines", "subreddit_type": "user",
                          "public_description": "Ferries since 1921.", "subscribers": 0, "name": "t5_abc12",
                          "url": "/user/harbour_ferry/", "display_name_prefixed": "u/harbour_ferry"}}
    got = read("reddit", "https://oauth.reddit.com/user/harbour_ferry/about", 200, acct)
    assert got.state is FOUND and got.handle == "harbour_ferry"
    assert got.fields.display_name == "Harbour Ferry Lines"
    assert got.fields.bio == "Ferries since 1921."
    untitled = dict(acct, subreddit=dict(acct["subreddit"], title=""))
    got = read("reddit", "https://oauth.reddit.com/user/harbour_ferry/about", 200, untitled)
    assert got.fields.display_name in (None, "harbour_ferry")


BRANDED_2015 = """<!DOCTYPE html><html lang="en"><head><title>Harbour Ferry - YouTube</title>
<link rel="canonical" href="https://www.youtube.com/user/harbourferry">
<meta property="og:site_name" content="YouTube"><meta property="og:url" content="https://www.youtube.com/user/harbourferry">
<meta property="og:title" content="Harbour Ferry"><meta property="og:description" content="Ferries since 1921.">
<meta property="og:type" content="profile"><meta itemprop="channelId" content="UCh4rb0urF3rryh4rb0urF3r"></head>
<body><div id="c4-header-bg-container"></div>
<div class="branded-page-header-title-container">
 <span class="channel-header-subscription-button-container yt-uix-button-subscription-container">
  <button class="yt-uix-button yt-uix-subscription-button" data-channel-external-id="UCh4rb0urF3rryh4rb0urF3r"><span class="subscribe-label">Subscribe</span></button>
  <span class="yt-subscription-button-subscriber-count-branded-horizontal" title="12,345">12,345</span></span>
 <h1 class="branded-page-header-title"><span class="qualified-channel-title has-badge"><a href="/user/harbourferry" class="branded-page-header-title-link" title="Harbour Ferry">Harbour Ferry</a></span>%s</h1>
</div>
<div class="branded-page-related-channels"><ul><li class="branded-page-related-channels-item">
 <a href="/user/othership">Other Ship</a> <img class="yt-channel-title-icon-verified" alt="">
 <span class="yt-subscription-button-subscriber-count-unbranded-horizontal" title="9,999,999">9,999,999</span></li></ul></div>
</body></html>"""


@pytest.mark.parametrize("badge", [True, False])
def test_youtube_branded_page_channel_header_count_and_badge(badge):
    """YouTube's server-rendered 'branded-page' channel page (2013-2017, before ytInitialData):
    the subscriber count beside the header's own subscribe button and the Verified badge beside
    its h1 title; a related channel's count and badge in the side list are not the channel's."""
    mark = ('<a href="//support.google.com/youtube/bin/answer.py?answer=3046484" class="qualified-channel-title-badge">'
            '<img data-tooltip-text="Verified" alt="" class="yt-channel-title-icon-verified yt-sprite"></a>') if badge else ""
    got = read("youtube", "https://www.youtube.com/user/harbourferry", 200, BRANDED_2015 % mark)
    assert got.state is FOUND, (got.reason, got.evidence)
    assert got.fields.followers == 12345
    assert bool(got.fields.verified) is badge


@pytest.mark.parametrize("title,name", [
    ("(1) Maja Lind | LinkedIn", "Maja Lind"),
    ("(12+) Harbour Ferry | Facebook", "Harbour Ferry"),
    ("(3) Harbour Ferry (@harbourferry) / X", "Harbour Ferry"),
    ("(1984) Harbour Ferry | LinkedIn", "Harbour Ferry"),
    ("Harbour Ferry (1921) | LinkedIn", "Harbour Ferry (1921)"),
])
def test_notification_count_in_a_logged_in_title_is_not_the_name(title, name):
    """A logged-in browser's title starts with the unread-notification count '(N) '; it is not
    part of the name (a bracket later in the title is)."""
    from crawler.extract.layers import clean_title

    assert clean_title(title) == name


LINKEDIN_MEMBER_2022 = """<!DOCTYPE html><html><head><title>(4) Maja Lind | LinkedIn</title>
<link rel="canonical" href="https://www.linkedin.com/in/majalind/"></head><body>
<code id="bpr-guid-1">{"included":[{"firstName":"Viewer","lastName":"Person","$type":"com.linkedin.voyager.identity.shared.MiniProfile"}]}</code>
<main><section class="artdeco-card ember-view pv-top-card"><h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">Maja Lind</h1>
<div class="text-body-medium break-words">Skipper at Harbour Ferry Lines</div></section>
<section id="ember120" class="artdeco-card ember-view"><div id="about" class="pv-profile-card-anchor"></div>
<div class="pvs-header__container"><h2 class="pvs-header__title"><span aria-hidden="true">About</span><span class="visually-hidden">About</span></h2></div>
<div class="display-flex ph5 pv3"><div class="pv-shared-text-with-see-more t-14"><div class="inline-show-more-text inline-show-more-text--is-collapsed">
<span aria-hidden="true"><!---->Twenty years at sea, now teaching
 navigation.<span class="white-space-pre"> </span></span><span class="visually-hidden"><!---->Twenty years at sea, now teaching navigation.</span>
</div></div></div></section>
<section id="ember130" class="artdeco-card ember-view"><div id="experience" class="pv-profile-card-anchor"></div>
<div class="inline-show-more-text"><span aria-hidden="true">Ran the night crossing.</span></div></section>
</main></body></html>"""


def test_linkedin_logged_in_member_page_name_and_about():
    """A member page saved by a logged-in viewer (2021-): the name without the title's
    notification count; the bio is the card anchored #about (its text once, not the
    experience card's, not the viewer's own name from the embedded data)."""
    got = read("linkedin", "https://www.linkedin.com/in/majalind/", 200, LINKEDIN_MEMBER_2022)
    assert got.state is FOUND and got.handle == "in/majalind"
    assert got.fields.display_name == "Maja Lind"
    assert " ".join(got.fields.bio.split()) == "Twenty years at sea, now teaching navigation."


LINKEDIN_COMPANY_ABOUT_2018 = """<div class="org-organization-page ember-view">
<section class="org-top-card Elevation-2dp ember-view"><div class="org-top-card-primary-content__content-inner">
<h1 class="org-top-card-primary-content__title t-24 t-black" title="Harbour Ferry Lines">
  <span dir="ltr">Harbour Ferry Lines</span>
</h1>
<ul class="org-top-card-primary-content__info-list"><li class="org-top-card-primary-content__industry">Maritime</li>
<li class="org-top-card-primary-content__follower-count">8,812 followers</li></ul>
<p class="org-top-card-primary-content__tagline">Across the bay since 1921.</p></div></section>
<div class="org-grid__core-rail">
<section class="mb3 container-with-shadow ember-view"><h4 class="t-18">Overview</h4>
<p class="white-space-pre-wrap mb5 t-14 t-black--light t-normal">Harbour Ferry Lines runs six ferries across the bay.
We carry 2 million passengers a year.</p>
<dl><dt class="org-page-details__definition-term">Website</dt><dd class="org-page-details__definition-text"><a href="http://harbourferry.example">http://harbourferry.example</a></dd></dl></section>
<section class="container-with-shadow"><p class="white-space-pre-wrap">Other card text.</p></section>
</div>
<div class="org-similar-orgs"><h1 class="org-top-card-summary__subtitle">Not a title</h1><span>12,345 followers</span></div>
</div>"""


def test_linkedin_logged_in_company_about_fragment():
    """A logged-in company About tab saved as a fragment (2018, no head): the top card's title
    is the name; the first card's overview paragraph (not the tagline) is the bio."""
    got = read("linkedin", "https://www.linkedin.com/company/harbour-ferry-lines/about/", 200, LINKEDIN_COMPANY_ABOUT_2018)
    assert got.state is FOUND
    assert got.fields.display_name == "Harbour Ferry Lines"
    assert got.fields.bio.startswith("Harbour Ferry Lines runs six ferries across the bay.")
