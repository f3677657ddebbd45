"""Families the generic layers must read on a blind batch, each written by hand with made-up
values (none is a copy of a file in tests/fixtures/real_captures): a site's placeholder page for
a name no account has (marked noindex, naming no one) and soft-404 words in other UI languages."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json

from extract_cases import CAT, FOUND, NOT_FOUND, UNVERIFIABLE, read_either

from crawler.extract import hints as H

_read = read_either


# ------------------------------------------------------------------ a placeholder page (noindex)


def _contact_page(handle: str, robots: bool = True, title: str | None = None,
                  image: str = "https://telegram.org/img/t_logo.png") -> str:
    head_title = title or f"Telegram: Contact @{handle}"
    meta_robots = '<meta name="robots" content="noindex, nofollow">' if robots else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Telegram: Contact @{handle}</title>
<meta property="og:title" content="{head_title}">
<meta property="og:image" content="{image}">
<meta property="og:site_name" content="Telegram">
<meta property="og:description" content="">
{meta_robots}
</head><body><div class="tgme_page_wrap"><div class="tgme_page">
<div class="tgme_page_icon"><i class="tgme_icon_user"></i></div>
<div class="tgme_page_description">If you have <strong>Telegram</strong>, you can contact <a class="tgme_username_link" href="tg://resolve?domain={handle}">@{handle}</a> right away.</div>
<div class="tgme_page_action"><a class="tgme_action_button_new" href="tg://resolve?domain={handle}">Send Message</a></div>
</div></div></body></html>"""


def test_placeholder_page_marked_noindex_is_missing_with_generic_layers_alone():
    """A free name's 'Contact @name' page: no name, picture, bio or count, and robots noindex
    (the soft 404 a site marks so): missing for the generic layers too, as for the rules."""
    page = _contact_page("quillfeather")
    assert _read("telegram", "https://t.me/quillfeather", 200, page).state is NOT_FOUND
    assert _read("telegram", "https://t.me/quillfeather", 200, page, generic=False).state is NOT_FOUND


def test_placeholder_without_noindex_stays_unread():
    """The same page without noindex and without its 'contact @name' invite says nothing
    either way: unverifiable, never missing (with the invite naming only the name asked for,
    it is the free name's placeholder: tests/test_extract_s17.py)."""
    page = _contact_page("quillfeather", robots=False)
    page = page.split('<div class="tgme_page_description">')[0] + "</div></div></body></html>"
    assert _read("telegram", "https://t.me/quillfeather", 200, page).state is UNVERIFIABLE


def test_noindex_page_that_names_someone_stays_found():
    """A profile page marked noindex (a private or new account) that gives a name and a picture
    is a profile: noindex alone never makes it missing."""
    page = _contact_page("marrowlane", title="Marrow Lane Bakery",
                         image="https://cdn4.telegram-cdn.org/file/made-up-avatar.jpg")
    page = page.replace('<div class="tgme_page_icon"><i class="tgme_icon_user"></i></div>',
                        '<div class="tgme_page_title"><span>Marrow Lane Bakery</span></div>'
                        '<div class="tgme_page_extra">@marrowlane</div>')
    got = _read("telegram", "https://t.me/marrowlane", 200, page)
    assert got.state is FOUND and got.fields.display_name == "Marrow Lane Bakery"


def test_noindex_placeholder_needs_a_200():
    page = _contact_page("quillfeather")
    assert _read("telegram", "https://t.me/quillfeather", 503, page).state is UNVERIFIABLE


# ------------------------------------------------------------------ soft 404s in other languages


def test_user_not_found_in_other_languages_is_missing_even_with_200():
    for title in ("Benutzer nicht gefunden", "Usuario no encontrado", "Utilisateur introuvable",
                  "Utente non trovato", "Usuário não encontrado", "Kullanıcı bulunamadı",
                  "Пользователь не найден", "ユーザーが見つかりません", "Gebruiker niet gevonden",
                  "Nie znaleziono użytkownika"):
        assert H.error_page(title, "", 200) == ("missing", None), title
        assert H.error_page(title, "", 404) == ("missing", None), title


def test_page_not_available_in_other_languages_needs_a_404():
    """'This page isn't available' names no account: a 404 or 410 says missing, a 200 does not
    (a found page may say it of something else)."""
    for title in ("Diese Seite ist leider nicht verfügbar", "Esta página no está disponible",
                  "Cette page n'est pas disponible", "Questa pagina non è disponibile",
                  "Esta página não está disponível", "Bu sayfa kullanılamıyor",
                  "Эта страница недоступна", "このページはご利用いただけません"):
        assert H.error_page(title, "", 404) == ("missing", None), title
        assert H.error_page(title, "", 200) is None, title


def test_found_page_quoting_not_found_words_stays_found():
    """A profile whose bio or post quotes 'Benutzer nicht gefunden' is still that profile: only
    the title or first heading of a page is read as its error notice."""
    page = """<html><head><title>Anneliese Korb (@korbwerk) / X</title>
<meta property="og:title" content="Anneliese Korb (@korbwerk)">
<meta property="og:description" content="Fehlermeldungen sammeln: 'Benutzer nicht gefunden' ist mein Favorit.">
<meta property="og:image" content="https://pbs.twimg.com/profile_images/1/made-up.jpg">
</head><body><h1>Anneliese Korb</h1><p>Benutzer nicht gefunden</p></body></html>"""
    got = _read("x", "https://x.com/korbwerk", 200, page)
    assert got.state is FOUND and got.fields.display_name == "Anneliese Korb"


# ------------------------------------------------------------------ a post's permalink page

_MASTO_POST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Orla Finch: "Tide tables for the weekend are up…" - fjord.example</title>
<meta content="Orla Finch (@orla@fjord.example)" property="og:title">
<meta content="Tide tables for the weekend are up, check the harbour board before you sail." property="og:description">
<meta content="article" property="og:type">
<meta content="https://fjord.example/@orla/113456789012345678" property="og:url">
<meta content="https://fjord.example/system/accounts/avatars/000/000/001/original/abc.png" property="og:image">
<meta content="orla@fjord.example" property="profile:username">
</head><body><div id="mastodon"></div></body></html>"""


def test_post_page_names_its_author_but_its_text_is_no_bio():
    """A fediverse post's permalink: the author (its title's name, profile:username) is the
    profile read; the description is the post's text, never the author's bio, for the generic
    layers and for the full reader alike."""
    url = "https://fjord.example/@orla/113456789012345678"
    for generic in (True, False):
        got = _read("mastodon", url, 200, _MASTO_POST, generic=generic)
        assert got.state is FOUND and got.handle == "orla@fjord.example"
        assert got.fields.display_name == "Orla Finch" and got.fields.bio is None


def test_profile_page_keeps_its_description_as_bio():
    """The same head on the profile's own address (no post id): its description is the bio."""
    page = _MASTO_POST.replace("https://fjord.example/@orla/113456789012345678",
                               "https://fjord.example/@orla")
    got = _read("mastodon", "https://fjord.example/@orla", 200, page)
    assert got.fields.bio and got.fields.bio.startswith("Tide tables")


def test_post_paths():
    from crawler.extract.layers import _POST_PATH

    def post(path: str) -> bool:
        return bool(_POST_PATH.search(path))

    for path in ("/orlafinch/status/1890000000000000000", "/@orla/113456789012345678",
                 "/@orla.finch/video/7400000000000000000", "/p/Cx1a2B3c4D5/", "/reel/Cx1a2B3c4D/",
                 "/notice/AbCdEf123", "/notes/9x8y7z6w5v", "/users/orla/statuses/113456789012345678",
                 "/shorts/aBcDeFgHiJk", "/orla-finch/posts/1234567890"):
        assert post(path), path
    for path in ("/orlafinch", "/@orla", "/@orla/with_replies", "/c/OrlaFinch/videos",
                 "/channel/UCaBcDeFgHiJkLmNoPqRsTuV", "/user/orlafinch", "/in/orla-finch/",
                 "/@orla.finch"):
        assert not post(path), path


_X_POST = """<html><head><title>Orla Finch on X: "Tide tables are up" / X</title>
<meta property="og:title" content="Orla Finch (@orlafinch) on X">
<meta property="og:description" content="Tide tables for the weekend are up">
<meta property="og:url" content="https://x.com/orlafinch/status/1890000000000000000">
<meta property="og:image" content="https://pbs.twimg.com/media/MadeUpMedia1.jpg">
</head><body></body></html>"""


def test_x_post_page_reads_its_author_not_the_posts_text_or_media():
    got = _read("x", "https://x.com/orlafinch/status/1890000000000000000", 200, _X_POST)
    assert got.state is FOUND and got.handle == "orlafinch"
    assert got.fields.display_name == "Orla Finch"
    assert got.fields.bio is None and got.fields.avatar_url is None  # the post's text and media


def test_post_page_keeps_an_avatar_its_address_calls_one():
    page = _X_POST.replace("https://pbs.twimg.com/media/MadeUpMedia1.jpg",
                           "https://pbs.twimg.com/profile_images/123/made_up_400x400.jpg")
    got = _read("x", "https://x.com/orlafinch/status/1890000000000000000", 200, page)
    assert got.fields.avatar_url == "https://pbs.twimg.com/profile_images/123/made_up_400x400.jpg"


def test_author_paths():
    from crawler.extract.layers import _AUTHOR_PATH

    def author(path: str) -> str | None:
        m = _AUTHOR_PATH.match(path)
        return (m.group("h") or m.group("f")) if m else None

    assert author("/orlafinch/status/1890000000000000000") == "orlafinch"
    assert author("/@orla/113456789012345678") == "orla"
    assert author("/@orla@fjord.example/113456789012345678") == "orla"
    assert author("/@orla.finch/video/7400000000000000000") == "orla.finch"
    assert author("/users/orla/statuses/113456789012345678") == "orla"
    assert author("/orla-finch/posts/1234567890") == "orla-finch"
    for path in ("/orlafinch", "/@orla", "/p/Cx1a2B3c4D5/", "/watch", "/@orla/with_replies"):
        assert author(path) is None, path


# ------------------------------------------------------------------ a note with mistyped end tags


def test_note_with_end_tags_typed_with_a_brace_keeps_its_text():
    """A documentation's example account whose note closes its spans with '</span}' (a typo
    copied into client libraries' fixtures): the text after each such tag stays in the bio."""
    from crawler.extract.values import html_to_text

    note = ('<p>:sail:\u200b <a href="https://reef.example/tags/knots" class="mention hashtag">#<span>knots</span}.club '
            '~ sails <a href="https://reef.example/tags/dinghy" class="mention hashtag">#<span>dinghy</span} ~ '
            'art by <span class="h-card"><a href="https://reef.example/@gull" class="u-url mention">@<span>gull</span}</span></p>')
    assert html_to_text(note) == ":sail: #knots.club ~ sails #dinghy ~ art by @gull"
    assert html_to_text("<p>plain {braces} and [brackets] (kept)</p>") == "plain {braces} and [brackets] (kept)"


# ------------------------------------------------------------------ an account's RSS feed

_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:webfeeds="http://webfeeds.org/rss/1.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Orla Finch</title><description>{desc}</description><link>{link}</link>
<image><url>https://fjord.example/system/accounts/avatars/000/000/001/original/abc.png</url><title>Orla Finch</title><link>{link}</link></image>
<lastBuildDate>Sun, 01 Dec 2024 10:00:00 +0000</lastBuildDate>
<generator>Mastodon v4.2.0</generator>
<item><guid isPermaLink="true">https://fjord.example/@orla/113456789012345678</guid><title>Knots</title><link>https://fjord.example/@orla/113456789012345678</link>
<pubDate>Sun, 01 Dec 2024 10:00:00 +0000</pubDate><description>&lt;p&gt;Tide tables are up&lt;/p&gt;</description></item>
</channel></rss>"""


def test_rss_feed_of_an_account_on_its_own_server():
    """A fediverse account's /@name.rss on a server the catalog does not name: the channel is
    the account (title the name, image the picture, link the profile); the template
    description is no bio and the items are posts; extract auto names it by its generator."""
    from crawler.extract.detect import saved_answer

    body = _RSS.format(desc="Public posts from @orla@fjord.example", link="https://fjord.example/@orla")
    for generic in (True, False):
        got = _read("mastodon", "https://fjord.example/@orla.rss", 200, body, generic=generic)
        assert got.state is FOUND and got.handle == "orla@fjord.example"
        assert got.fields.display_name == "Orla Finch" and got.fields.bio is None
        assert got.fields.avatar_url.endswith("/original/abc.png")
    assert saved_answer(CAT, "auto", body.encode(), "file:///saved")[0] == "mastodon"


def test_rss_feed_keeps_an_own_description_and_refuses_a_feed_of_no_profile():
    body = _RSS.format(desc="Sailing, knots and tide tables.", link="https://fjord.example/@orla")
    got = _read("mastodon", "https://fjord.example/@orla.rss", 200, body)
    assert got.fields.bio == "Sailing, knots and tide tables."
    # a site's news feed links its home page: it is no account's
    body = _RSS.format(desc="News from the harbour", link="https://fjord.example/")
    assert _read("mastodon", "https://fjord.example/news.rss", 200, body).state is not FOUND


# ------------------------------------------------------------------ fediverse servers' own APIs


def test_misskey_user_answer_gives_its_avatar_url():
    body = {"id": "9abcdefghi", "name": "Orla Finch", "username": "orla", "host": None,
            "avatarUrl": "https://mk.example/proxy/avatar.webp?url=made-up", "isBot": False,
            "description": "Sailing and tide tables.", "followersCount": 120, "followingCount": 45,
            "notesCount": 678, "isLocked": False, "createdAt": "2023-01-02T03:04:05.000Z",
            "fields": [{"name": "Web", "value": "https://orla.example"}]}
    got = _read("mastodon", "https://mk.example/api/users/show", 200, json.dumps(body))
    assert got.state is FOUND and got.handle == "orla@mk.example"
    assert got.fields.avatar_url == "https://mk.example/proxy/avatar.webp?url=made-up"
    assert (got.fields.followers, got.fields.following, got.fields.posts) == (120, 45, 678)


def test_peertube_account_avatars_and_its_own_address():
    """PeerTube's account: its avatars are sizes of one picture with server-relative paths
    (the widest is read, on the server that answered); its url is its own page there, no
    outside link."""
    body = {"id": 12, "name": "orla", "host": "tube.example", "displayName": "Orla Finch",
            "description": "Videos of boats.", "followersCount": 33, "followingCount": 0,
            "url": "https://tube.example/accounts/orla",
            "avatars": [{"path": "/lazy-static/avatars/small.png", "width": 48},
                        {"path": "/lazy-static/avatars/large.png", "width": 600}],
            "createdAt": "2022-05-06T07:08:09.000Z"}
    got = _read("mastodon", "https://tube.example/api/v1/accounts/orla", 200, json.dumps(body))
    assert got.state is FOUND and got.handle == "orla@tube.example"
    assert got.fields.avatar_url == "https://tube.example/lazy-static/avatars/large.png"
    assert got.fields.external_links == ()


def test_gdata_v2_user_entry_gives_its_thumbnail_as_the_picture():
    body = {"version": "1.0", "encoding": "UTF-8", "entry": {
        "id": {"$t": "tag:youtube.com,2008:user:aBcDeFgHiJkLmNoPqRsTuV"}, "title": {"$t": "Orla Finch"},
        "author": [{"name": {"$t": "orlafinch"}, "yt$userId": {"$t": "aBcDeFgHiJkLmNoPqRsTuV"}}],
        "yt$channelId": {"$t": "UCaBcDeFgHiJkLmNoPqRsTuV"},
        "yt$statistics": {"subscriberCount": "1234", "totalUploadViews": "99999"},
        "yt$username": {"$t": "orlafinch", "display": "Orla Finch"},
        "media$thumbnail": {"url": "https://yt3.ggpht.com/made-up/photo.jpg"}}}
    got = _read("youtube", "https://gdata.youtube.com/feeds/api/users/orlafinch?alt=json&v=2", 200, json.dumps(body))
    assert got.state is FOUND and got.handle == "orlafinch" and got.fields.followers == 1234
    assert got.fields.avatar_url == "https://yt3.ggpht.com/made-up/photo.jpg"


# ------------------------------------------------------------------ masked values in recordings


def test_masked_values_of_a_recording_are_no_values():
    """A cassette whose recorder masked the secrets ('<TEST_LOGIN>', '[FILTERED]'): the account
    is there (its id, counts, picture), but a mask is never its handle, name or bio."""
    from crawler.extract.values import is_mask

    body = {"login": "<TEST_LOGIN>", "id": 12345, "avatar_url": "https://avatars.githubusercontent.com/u/12345?v=4",
            "type": "User", "name": "<TEST_NAME>", "bio": "[FILTERED]", "public_repos": 5,
            "followers": 3, "following": 1, "created_at": "2015-01-01T00:00:00Z"}
    for generic in (True, False):
        got = _read("github", "https://api.github.com/users/<TEST_LOGIN>", 200, json.dumps(body), generic=generic)
        assert got.state is FOUND and got.handle is None
        assert got.fields.display_name is None and got.fields.bio is None
        assert got.fields.platform_id == "12345" and got.fields.followers == 3
    for mask in ("<TEST_LOGIN>", "<<ACCESS_TOKEN>>", "[FILTERED]", "[REDACTED]", "{{ user_name }}"):
        assert is_mask(mask), mask
    for value in ("Orla <Finch>", "<3 boats", "REDACTED", "[Sailing] club", "orla_finch", "<b>Hi</b>"):
        assert not is_mask(value), value


# ------------------------------------------------------------------ two status blocks (a proxy)


def test_http_message_with_an_interim_head_reads_the_final_status():
    """A message recorded through a proxy or with 'Expect: 100-continue' has two heads: the
    first of no headers ('200 Connection established', '100 Continue'); the status read is
    the answer's own."""
    from crawler.extract.detect import saved_answer

    body = b'{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}'
    for first in (b"HTTP/1.1 100 Continue\r\n\r\n", b"HTTP/1.1 200 Connection established\r\n\r\n",
                  b"HTTP/1.0 200 Connection established\n\n"):
        msg = first + b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n" + body
        _, _, status, headers, got, _ = saved_answer(CAT, "github", msg, "file:///saved")
        assert status == 404 and headers["Content-Type"] == "application/json" and got == body


# ------------------------------------------------------------------ names only an API gives


def test_api_record_names_a_handle_the_address_rules_refuse():
    """An API answer's own record names its account: a word the site reserves for its paths
    ('login') or an app's bot account ('tidybot[bot]') is still that account's handle, for the
    generic layers as for the rules; a page's address never gives one."""
    user = {"login": "login", "id": 4321, "name": "Someone", "followers": 2, "following": 1,
            "public_repos": 3, "type": "User"}
    bot = {"login": "tidybot[bot]", "id": 98765432, "type": "Bot", "followers": 0,
           "following": 0, "public_repos": 0}
    for generic in (True, False):
        got = _read("github", "https://api.github.com/users/login", 200, json.dumps(user), generic=generic)
        assert got.state is FOUND and got.handle == "login" and got.fields.platform_id == "4321"
        got = _read("github", "", 200, json.dumps(bot), generic=generic)
        assert got.state is FOUND and got.handle == "tidybot[bot]"
    from crawler.extract.layers import _API_NAME

    assert _API_NAME.fullmatch("tidybot[bot]") and _API_NAME.fullmatch("login")
    assert not _API_NAME.fullmatch("two words") and not _API_NAME.fullmatch("x[bot]y")


# ------------------------------------------------------------------ an 'About' card no id names

_CARD_PAGE = """<html><head><title>Orla Finch | LinkedIn</title>
<meta property="og:title" content="Orla Finch"><link rel="canonical" href="https://www.linkedin.com/in/orla-finch/"></head>
<body><main>
<section class="artdeco-card pv-top-card"><h1 class="text-heading-xlarge">Orla Finch</h1>
<div class="text-body-medium">Harbour pilot at Fjord Port Authority</div></section>
<section id="ember51" class="artdeco-card ember-view">
<div id="about" class="pv-profile-card__anchor"></div>
<div class="pvs-header__container"><h2 class="pvs-header__title">
<span aria-hidden="true">About</span><span class="visually-hidden">About</span></h2></div>
<div class="inline-show-more-text"><span aria-hidden="true">I guide ships into a narrow fjord
and teach knots on weekends.</span><span class="visually-hidden">I guide ships into a narrow fjord
and teach knots on weekends.</span>
<button class="inline-show-more-text__button"><span>…see more</span></button></div>
</section>
<section class="artdeco-card"><h2><span aria-hidden="true">Experience</span><span class="visually-hidden">Experience</span></h2>
<ul><li><span aria-hidden="true">Harbour pilot</span></li></ul></section>
</main></body></html>"""


def test_about_card_named_by_its_heading_alone_gives_the_bio_once():
    """A profile card whose section no id or class names, headed 'About' for the eye and again
    for a screen reader: the text after the heading is the bio, each line once, without the
    '…see more' button; the tagline under the name is not the bio."""
    got = _read("linkedin", "https://www.linkedin.com/in/orla-finch/", 200, _CARD_PAGE)
    assert got.state is FOUND and got.handle == "in/orla-finch"
    assert got.fields.bio == "I guide ships into a narrow fjord and teach knots on weekends."


def test_a_section_headed_otherwise_gives_no_bio():
    page = _CARD_PAGE.replace(">About</span>", ">Activity</span>")
    got = _read("linkedin", "https://www.linkedin.com/in/orla-finch/", 200, page)
    assert got.fields.bio is None or "fjord" not in got.fields.bio


# ------------------------------------------------------------------ a name beside the id it stands for

_CHANNEL_PAGE = """<html><head><title>Orla Finch Sails - YouTube</title>
<meta property="og:title" content="Orla Finch Sails">
<meta property="og:description" content="Knots, tides and small boats, every Friday.">
<meta property="og:image" content="https://yt3.ggpht.com/made-up-avatar=s900-c-k">
<meta itemprop="channelId" content="UCaBcDeFgHiJkLmNoPqRsTuV"></head>
<body><link rel="canonical" href="https://www.youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsTuV">
<link rel="alternate" media="handheld" href="https://m.youtube.com/c/OrlaFinchSails">
<link rel="alternate" type="application/rss+xml" href="https://www.youtube.com/feeds/videos.xml?channel_id=UCaBcDeFgHiJkLmNoPqRsTuV">
</body></html>"""


def test_page_named_by_its_id_takes_the_name_its_mobile_twin_gives():
    """A channel page whose canonical address is its id (/channel/UC...) and whose mobile
    alternate is its custom name (/c/<name>): the name is the handle, the id its platform id."""
    url = "https://www.youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsTuV"
    got = _read("youtube", url, 200, _CHANNEL_PAGE)
    assert got.state is FOUND and got.handle.casefold() == "orlafinchsails"
    assert got.fields.platform_id == "UCaBcDeFgHiJkLmNoPqRsTuV"
    bare = _CHANNEL_PAGE.replace('<link rel="alternate" media="handheld" href="https://m.youtube.com/c/OrlaFinchSails">', "")
    assert _read("youtube", url, 200, bare).handle == "UCaBcDeFgHiJkLmNoPqRsTuV"
