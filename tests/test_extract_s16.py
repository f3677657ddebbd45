"""Families of the s15w/s15x batches and the widening after them, each written by hand with
made-up values (none is a copy of a file in tests/fixtures/real_captures), read by the full
reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import json

import pytest
from extract_cases import CAT, FOUND, NOT_FOUND, UNVERIFIABLE, read_either

_read = read_either


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


# ------------------------------------------------------------------ state kept as JavaScript


_NUXT2 = ('<!DOCTYPE html><html><head><title>Fern Moth</title></head><body><div id="__nuxt"></div>'
          '<script>window.__NUXT__=(function(a,b,c,d){a.x=1;return {layout:"default",data:[{profile:{'
          'username:"fernmoth",name:b,followers_count:c,following_count:17,description:"Moths \\u002F ferns",'
          'verified:!1,id:"88123",created_at:new Date(1600000000000),website:d}}],error:a,'
          'serverRendered:true}}({},"Fern Moth",4210,"https:\\u002F\\u002Ffern.example"));</script></body></html>')


@BOTH
def test_nuxt2_function_form_state_is_read_with_its_arguments(generic):
    got = _read("pinterest", "https://www.pinterest.com/fernmoth/", 200, _NUXT2, generic)
    f = got.fields
    assert got.state is FOUND and got.handle == "fernmoth"
    assert (f.display_name, f.followers, f.following) == ("Fern Moth", 4210, 17)
    assert f.bio == "Moths / ferns" and f.platform_id == "88123"
    assert list(f.external_links) == ["https://fern.example"]


def test_nuxt2_reader_binds_parameters_and_refuses_code():
    from crawler.extract.jsstate import nuxt_function_state

    got = nuxt_function_state('window.__NUXT__=(function(a,b){return {user:{name:a,tags:[b,,"x"],'
                              '"quoted-key":-2.5,on:!0}}})("Ada",void 0);')
    assert got == {"user": {"name": "Ada", "tags": [None, None, "x"], "quoted-key": -2.5,
                            "on": True}}
    assert nuxt_function_state('window.__NUXT__=(function(a){return {n:a+1}}(1));') is None
    assert nuxt_function_state('window.__NUXT__=(function(a){return {n:fetch(a)}}(1));') is None
    assert nuxt_function_state("window.__NUXT__=(function(a){return {n:a}") is None  # cut short


_ASTRO = ('<!DOCTYPE html><html><head><title>Fern Moth</title></head><body>'
          '<astro-island uid="Z1" component-url="/_astro/Profile.js" props="{&quot;profile&quot;:[0,{'
          '&quot;username&quot;:[0,&quot;fernmoth&quot;],&quot;name&quot;:[0,&quot;Fern Moth&quot;],'
          '&quot;followers_count&quot;:[0,4210],&quot;joined&quot;:[3,&quot;2021-05-01T00:00:00.000Z&quot;],'
          '&quot;tags&quot;:[1,[[0,&quot;moths&quot;]]]}]}" ssr client="load"></astro-island></body></html>')


@BOTH
def test_astro_island_props_are_state(generic):
    got = _read("tiktok", "https://www.tiktok.com/@fernmoth", 200, _ASTRO, generic)
    assert got.state is FOUND and got.handle == "fernmoth"
    assert got.fields.display_name == "Fern Moth" and got.fields.followers == 4210


def test_astro_props_decode_their_typed_pairs():
    from crawler.extract.jsstate import astro_props

    (doc,) = astro_props(['{"a":[0,{"b":[1,[[0,1],[0,"x"]]],"m":[4,[[1,[[0,"k"],[0,2]]]]]}],'
                          '"d":[3,"2020-01-01"]}'])
    assert doc == {"a": {"b": [1, "x"], "m": {"k": 2}}, "d": "2020-01-01"}


# ------------------------------------------------------------------ GitHub-like software is no platform


def _gitea_user(website: str) -> dict:
    return {"id": 42, "login": "fernmoth", "login_name": "", "full_name": "Fern Moth",
            "email": "fernmoth@noreply.forge.example", "avatar_url": "https://forge.example/avatars/5f1e",
            "language": "", "is_admin": False, "last_login": "0001-01-01T00:00:00Z",
            "created": "2021-03-04T10:11:12+01:00", "restricted": False, "active": False,
            "prohibit_login": False, "location": "", "website": website, "description": "moths",
            "visibility": "public", "followers_count": 12, "following_count": 3,
            "starred_repos_count": 9, "username": "fernmoth"}


@pytest.mark.parametrize("body", [
    _gitea_user("https://twitter.com/fernmoth"),
    [_gitea_user("https://www.instagram.com/fernmoth/")],
    {"ok": True, "data": [_gitea_user("https://x.com/fernmoth")]},
    {"message": "user redirect does not exist [name: fernmoth]",
     "url": "https://forge.example/api/swagger", "note": "see https://x.com/forge"},
    {"id": 7, "username": "fernmoth", "name": "Fern Moth", "state": "active",
     "web_url": "https://gitlab.example/fernmoth", "website_url": "https://x.com/fernmoth",
     "twitter": "fernmoth", "followers": 3},
], ids=["gitea-user", "gitea-search", "forgejo-envelope", "gitea-error", "gitlab-user"])
def test_auto_names_no_platform_for_a_forge_answer_linking_one(body):
    """A Gitea/Forgejo (GitHub-like) or GitLab API answer is no catalog platform's, however its
    profile's website links one: ``extract auto`` says it cannot tell."""
    from crawler.extract.detect import detect_platform

    assert detect_platform(CAT, None, json.dumps(body).encode()) is None
    assert detect_platform(CAT, "https://forge.example/api/v1/users/fernmoth",
                           json.dumps(body).encode()) is None


def test_auto_still_names_github_for_its_own_answer():
    from crawler.extract.detect import detect_platform

    body = {"login": "fernmoth", "id": 42, "public_repos": 3, "followers": 12,
            "html_url": "https://github.com/fernmoth", "blog": "https://x.com/fernmoth"}
    assert detect_platform(CAT, None, json.dumps(body).encode()) == "github"


# ------------------------------------------------------------------ an error answer names no profile


@pytest.mark.parametrize("status,body", [
    (400, {"message": "Something went wrong", "code": 400}),
    (200, {"error": "temporarily unavailable", "status": "fail"}),
    (404, {"detail": "Not here"}),
], ids=["oembed-400", "error-words-200", "bare-404"])
def test_an_error_answer_about_a_profile_url_is_no_profile_of_it(status, body):
    """The generic layers once took any one-object answer to a request carrying a profile URL
    (an oEmbed's ``url=``) for that profile: an error status or an object of error words alone
    is no profile, whatever URL it was asked about."""
    url = "https://www.tiktok.com/oembed?url=https://www.tiktok.com/@fernmoth"
    got = _read("tiktok", url, status, body, True)
    assert got.state is not FOUND


def test_an_answer_about_a_profile_url_still_names_it():
    """LinkedIn API v1 people/url=<profile URL>: an unnamed person's record is the one asked."""
    url = ("https://api.linkedin.com/v1/people/url=https%3A%2F%2Fwww.linkedin.com%2Fin%2Ffernmoth"
           ":(id,first-name,last-name,headline,num-connections)?format=json")
    body = {"id": "aB3dE", "firstName": "Fern", "lastName": "Moth", "headline": "Moths",
            "numConnections": 212}
    got = _read("linkedin", url, 200, body, True)
    assert got.state is FOUND and got.fields.display_name == "Fern Moth"


# ------------------------------------------------------------------ InnerTube's URL resolver


def _resolved(path: str, page_type: str = "WEB_PAGE_TYPE_CHANNEL") -> dict:
    return {"responseContext": {"visitorData": "Cgt4", "serviceTrackingParams": []},
            "endpoint": {"clickTrackingParams": "CAEQ", "commandMetadata": {"webCommandMetadata": {
                "url": path, "webPageType": page_type, "rootVe": 3611,
                "apiUrl": "/youtubei/v1/browse"}},
                "browseEndpoint": {"browseId": "UCfernmothfernmothfernmo", "params": "EgC4AQA%3D"}}}


@BOTH
def test_innertube_resolve_url_names_the_channel_and_its_id(generic):
    url = "https://www.youtube.com/youtubei/v1/navigation/resolve_url?prettyPrint=false"
    got = _read("youtube", url, 200, _resolved("/@fernmoth"), generic)
    assert got.state is FOUND and got.handle == "fernmoth"
    assert got.fields.platform_id == "UCfernmothfernmothfernmo"
    other = _read("youtube", url, 200, _resolved("/playlist?list=PL1", "WEB_PAGE_TYPE_PLAYLIST"),
                  generic)
    assert other.state is not FOUND


# ------------------------------------------------------------------ X: withheld because protected


@BOTH
def test_x_user_unavailable_because_protected_is_not_absent(generic):
    url = ("https://x.com/i/api/graphql/abc/UserByScreenName?variables="
           "%7B%22screen_name%22%3A%22fernmoth%22%7D")
    body = {"data": {"user": {"result": {"__typename": "UserUnavailable", "reason": "Protected"}}}}
    got = _read("x", url, 200, body, generic)
    assert got.state is UNVERIFIABLE and got.reason == "protected"
    body["data"]["user"]["result"]["reason"] = "Suspended"
    assert _read("x", url, 200, body, generic).state is NOT_FOUND


# ------------------------------------------------------------------ a page's state says the account is gone


def _shell(script: str) -> str:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>YouTube</title>'
            f'</head><body><div id="app"></div>{script}</body></html>')


@BOTH
@pytest.mark.parametrize("text,reason", [
    ("This account has been terminated for a violation of the Terms of Service.", "terminated"),
    ("This channel does not exist.", None),
])
def test_page_state_error_alert_says_the_channel_is_gone(generic, text, reason):
    state = {"responseContext": {"serviceTrackingParams": []},
             "alerts": [{"alertRenderer": {"type": "ERROR", "text": {"runs": [{"text": text}]}}}]}
    page = _shell(f"<script>var ytInitialData = {json.dumps(state)};</script>")
    got = _read("youtube", "https://www.youtube.com/@fernmoth", 200, page, generic)
    assert got.state is NOT_FOUND and got.reason == reason


@BOTH
def test_page_state_status_code_of_a_free_name_is_not_found(generic):
    state = {"__DEFAULT_SCOPE__": {"webapp.app-context": {"language": "en"},
                                   "webapp.user-detail": {"statusCode": 10221, "statusMsg": ""}}}
    page = _shell('<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">'
                  f"{json.dumps(state)}</script>")
    got = _read("tiktok", "https://www.tiktok.com/@fernmoth", 200, page, generic)
    assert got.state is NOT_FOUND


# ------------------------------------------------------------------ answers of newer APIs, named by auto


@pytest.mark.parametrize("platform,body", [
    ("threads", {"id": "88123", "username": "fernmoth", "name": "Fern Moth",
                 "threads_profile_picture_url": "https://scontent.cdninstagram.com/a.jpg",
                 "threads_biography": "Moths and ferns"}),
    ("threads", {"username": "fernmoth", "name": "Fern Moth", "biography": "Moths",
                 "is_verified": True, "follower_count": 4210, "likes_count": 90,
                 "quotes_count": 1, "replies_count": 2, "reposts_count": 3, "views_count": 400}),
    ("threads", {"error": {"message": "Invalid parameter", "type": "THApiException", "code": 100,
                           "error_user_msg": "The requested user could not be found.",
                           "fbtrace_id": "Abc"}}),
    ("tiktok", {"data": {}, "error": {"code": "invalid_params", "message": "The user does not exist",
                                      "log_id": "20240101"}}),
    ("linkedin", {"paging": {"start": 0, "count": 10}, "elements": [
        {"vanityName": "fernmoth", "localizedName": "Fern Moth", "id": 88123}]}),
], ids=["threads-me", "threads-profile-lookup", "threads-error", "tiktok-v2-error", "linkedin-rest"])
def test_auto_names_the_platform_of_a_newer_api_answer(platform, body):
    from crawler.extract.detect import detect_platform

    assert detect_platform(CAT, None, json.dumps(body).encode()) == platform


@BOTH
def test_atproto_verification_status_is_the_badge(generic):
    def profile(status: str) -> dict:
        return {"did": "did:plc:fernmothfernmothfernmoth", "handle": "fernmoth.bsky.social",
                "displayName": "Fern Moth", "followersCount": 4210, "followsCount": 17,
                "postsCount": 321, "verification": {"verifications": [],
                                                     "verifiedStatus": status,
                                                     "trustedVerifierStatus": "none"}}
    url = "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=fernmoth.bsky.social"
    assert _read("bluesky", url, 200, profile("valid"), generic).fields.verified is True
    assert _read("bluesky", url, 200, profile("none"), generic).fields.verified is False


# ------------------------------------------------------------------ hydration data of other frameworks


_USER = {"user": {"username": "fernmoth", "name": "Fern Moth", "followers_count": 4210,
                  "description": "Moths & ferns <3", "id": "88123"}}


def _hydrated(script: str) -> str:
    return ('<!DOCTYPE html><html><head><title>Fern Moth</title></head><body><app-root></app-root>'
            f'{script}</body></html>')


@BOTH
def test_angular_transfer_state_is_unescaped(generic):
    escaped = json.dumps(_USER)
    for plain, entity in (("&", "&a;"), ('"', "&q;"), ("<", "&l;"), (">", "&g;"), ("'", "&s;")):
        escaped = escaped.replace(plain, entity)
    page = _hydrated(f'<script id="serverApp-state" type="application/json">{escaped}</script>')
    got = _read("pinterest", "https://www.pinterest.com/fernmoth/", 200, page, generic)
    assert got.state is FOUND and got.fields.followers == 4210
    assert got.fields.bio == "Moths & ferns <3"


@BOTH
def test_sveltekit_fetched_answer_body_is_read(generic):
    record = {"status": 200, "statusText": "", "headers": {}, "body": json.dumps(_USER)}
    page = _hydrated('<script type="application/json" data-sveltekit-fetched '
                     f'data-url="/api/users/fernmoth">{json.dumps(record)}</script>')
    got = _read("pinterest", "https://www.pinterest.com/fernmoth/", 200, page, generic)
    assert got.state is FOUND and got.fields.followers == 4210 and got.fields.platform_id == "88123"


# ------------------------------------------------------------------ a batch lookup that leaves the name out


@BOTH
@pytest.mark.parametrize("platform,url,body", [
    ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfiles?actors=fernmoth.bsky.social",
     {"profiles": []}),
    ("x", "https://api.twitter.com/1.1/users/lookup.json?screen_name=fernmoth", []),
])
def test_batch_lookup_answered_with_no_account_is_not_found(generic, platform, url, body):
    assert _read(platform, url, 200, body, generic).state is NOT_FOUND


@BOTH
def test_empty_search_is_no_verdict(generic):
    url = "https://mastodon.example/api/v2/search?q=%40fernmoth&resolve=true&type=accounts"
    got = _read("mastodon", url, 200, {"accounts": [], "statuses": [], "hashtags": []}, generic)
    assert got.state is UNVERIFIABLE


_LD_PERSON = {"@type": "Person", "@id": "https://social.example/fernmoth#person", "name": "Fern Moth",
              "alternateName": "@fernmoth", "description": "Moths", "sameAs": ["https://fern.example"],
              "interactionStatistic": [{"@type": "InteractionCounter",
                                        "interactionType": {"@type": "FollowAction"},
                                        "userInteractionCount": 4210}]}


@BOTH
@pytest.mark.parametrize("ld", [
    {"@context": "https://schema.org", "@graph": [
        {"@type": "ProfilePage", "@id": "https://www.pinterest.com/fernmoth/",
         "mainEntity": {"@id": "https://social.example/fernmoth#person"}}, _LD_PERSON]},
    {"@context": "https://schema.org", "@type": ["ProfilePage", "WebPage"], "mainEntity": [_LD_PERSON]},
    {"@context": "https://schema.org", "@type": "ProfilePage", "about": _LD_PERSON},
], ids=["graph-reference", "main-entity-list", "about"])
def test_jsonld_profile_page_entity_by_reference_list_or_about(generic, ld):
    page = ('<!DOCTYPE html><html><head><title>Fern Moth</title><script type="application/ld+json">'
            f'{json.dumps(ld)}</script></head><body></body></html>')
    got = _read("pinterest", "https://www.pinterest.com/fernmoth/", 200, page, generic)
    assert got.state is FOUND and got.handle == "fernmoth"
    assert got.fields.display_name == "Fern Moth" and got.fields.followers == 4210


# ------------------------------------------------------------------ counters in more UI languages


@BOTH
@pytest.mark.parametrize("desc", [
    "4 210 подписчиков, 17 подписок, 321 публикаций — посмотрите в Instagram фото и видео Fern Moth (@fernmoth)",
    "4,210 位粉丝、17 人已关注、321 篇帖子 - 查看 Fern Moth (@fernmoth) 的 Instagram 照片和视频",
    "4210 obserwujących, 17 obserwowanych, 321 posty - Zobacz zdjęcia i filmy z Instagramu od Fern Moth (@fernmoth)",
    "4.210 Pengikut, 17 Mengikuti, 321 Postingan - Lihat foto dan video Instagram dari Fern Moth (@fernmoth)",
    "4,210 متابِع، 17 متابَع، 321 منشور - شاهد صور ومقاطع فيديو Instagram من Fern Moth (@fernmoth)",
], ids=["ru", "zh", "pl", "id", "ar"])
def test_meta_description_counters_in_more_languages(generic, desc):
    page = ('<!DOCTYPE html><html><head><title>Fern Moth (@fernmoth) \u2022 Instagram</title>'
            '<meta property="og:title" content="Fern Moth (@fernmoth) \u2022 Instagram">'
            f'<meta property="og:description" content="{desc}">'
            '<meta property="og:url" content="https://www.instagram.com/fernmoth/"></head><body></body></html>')
    got = _read("instagram", "https://www.instagram.com/fernmoth/", 200, page, generic)
    assert (got.fields.followers, got.fields.following, got.fields.posts) == (4210, 17, 321)


# ------------------------------------------------------------------ a rendered page named by its channel id


@BOTH
def test_rendered_channel_page_canonical_channel_id_is_its_id(generic):
    page = ('<!DOCTYPE html><html><head><title>Fern Moth - YouTube</title>'
            '<link rel="canonical" href="https://www.youtube.com/channel/UCfernmothfernmothfernmo"></head>'
            '<body><ytd-app><ytd-c4-tabbed-header-renderer>'
            '<yt-formatted-string id="text" class="style-scope ytd-channel-name">Fern Moth</yt-formatted-string>'
            '<yt-formatted-string id="channel-handle">@fernmoth</yt-formatted-string>'
            '<yt-formatted-string id="subscriber-count">4.21K subscribers</yt-formatted-string>'
            '</ytd-c4-tabbed-header-renderer></ytd-app></body></html>')
    got = _read("youtube", "https://www.youtube.com/@fernmoth", 200, page, generic)
    assert got.state is FOUND and got.fields.followers == 4210
    assert got.fields.platform_id == "UCfernmothfernmothfernmo"


# ------------------------------------------------------------------ two more recorders


def test_charles_session_answers_are_unpacked():
    import base64
    import gzip

    from crawler.extract.captures import recorded_answers

    found = json.dumps({"login": "fernmoth", "id": 41, "public_repos": 3})
    session = [
        {"status": "COMPLETE", "method": "GET", "scheme": "https", "host": "api.github.com",
         "actualPort": 443, "path": "/users/fernmoth", "query": None,
         "response": {"status": 200, "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [
             {"name": "Content-Type", "value": "application/json"}]},
             "body": {"text": found, "charset": "utf-8"}}},
        {"status": "COMPLETE", "method": "GET", "scheme": "http", "host": "api.github.com",
         "actualPort": 8080, "path": "/users/nobody", "query": "a=1",
         "response": {"status": 404, "header": {"headers": [
             {"name": "Content-Encoding", "value": "gzip"}]},
             "body": {"encoded": base64.b64encode(gzip.compress(b'{"message": "Not Found"}')).decode(),
                      "encoding": "base64"}}},
    ]
    first, second = recorded_answers(json.dumps(session).encode())
    assert (first.url, first.status, first.body) == (
        "https://api.github.com/users/fernmoth", 200, found.encode())
    assert (second.url, second.status) == ("http://api.github.com:8080/users/nobody?a=1", 404)
    assert second.body == b'{"message": "Not Found"}'


def test_mockserver_expectations_are_unpacked():
    from crawler.extract.captures import recorded_answers

    one = {"httpRequest": {"method": "GET", "path": "/users/fernmoth",
                           "headers": {"Host": ["api.github.com"]}},
           "httpResponse": {"statusCode": 200, "headers": {"Content-Type": ["application/json"]},
                            "body": {"type": "JSON", "json": {"login": "fernmoth", "id": 41}}}}
    (got,) = recorded_answers(json.dumps(one).encode())
    assert got.url == "https://api.github.com/users/fernmoth" and got.status == 200
    assert json.loads(got.body) == {"login": "fernmoth", "id": 41}
    bare = [{"httpRequest": {"path": "/users/nobody"},
             "httpResponse": {"statusCode": 404, "body": '{"message": "Not Found"}'}}]
    (gone,) = recorded_answers(json.dumps(bare).encode())
    assert gone.url is None and gone.status == 404 and gone.body == b'{"message": "Not Found"}'


# ------------------------------------------------------------------ a page a web archive replays


_ARCHIVE = "https://web.archive.org/web/20150312010203/"


def _archived_github_page() -> str:
    return ('<!DOCTYPE html><html><head><script src="//archive.org/includes/analytics.js"></script>'
            '<!-- End Wayback Rewrite JS Include --><title>fernmoth (Fern Moth) \u00b7 GitHub</title>'
            f'<meta property="og:url" content="{_ARCHIVE}https://github.com/fernmoth">'
            f'<link rel="canonical" href="{_ARCHIVE}https://github.com/fernmoth"></head><body>'
            '<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp"><a href="/web/20150101000000*/github.com/fernmoth">'
            '12 captures</a></div><!-- END WAYBACK TOOLBAR INSERT -->'
            '<div class="vcard"><h1><span class="vcard-fullname" itemprop="name">Fern Moth</span>'
            '<span class="vcard-username" itemprop="additionalName">fernmoth</span></h1>'
            f'<a class="vcard-stat" href="/web/20150312010203/https://github.com/fernmoth/followers">'
            '<strong class="vcard-stat-count">4.2k</strong><span>Followers</span></a>'
            f'<a href="{_ARCHIVE}http://fern.example/" class="url">http://fern.example</a></div></body></html>')


@BOTH
@pytest.mark.parametrize("url", [_ARCHIVE + "https://github.com/fernmoth", "file:///saved.html"])
def test_web_archive_replay_is_read_as_the_original_page(generic, url):
    got = _read("github", url, 200, _archived_github_page(), generic)
    assert got.state is FOUND and got.handle == "fernmoth"
    assert got.fields.display_name == "Fern Moth" and got.fields.followers == 4200
    assert list(got.fields.external_links) == ["http://fern.example/"]


def test_unarchived_url_and_auto():
    from crawler.extract.decode import unarchived_url
    from crawler.extract.detect import detect_platform

    assert unarchived_url(_ARCHIVE + "https://github.com/fernmoth") == "https://github.com/fernmoth"
    assert unarchived_url("https://web.archive.org/web/2015id_/twitter.com/fernmoth") == \
        "http://twitter.com/fernmoth"
    assert unarchived_url("https://github.com/fernmoth") == "https://github.com/fernmoth"
    assert detect_platform(CAT, _ARCHIVE + "https://github.com/fernmoth", b"<html></html>") == "github"


def test_warc_revisit_record_reads_the_earlier_payload():
    """A harvester that fetched the same answer twice keeps the second as a ``revisit`` record
    (its headers only, the payload deduplicated): its body is the earlier record's."""
    from crawler.extract.captures import recorded_answers

    url = "https://api.github.com/users/fernmoth"
    body = b'{"login": "fernmoth", "id": 41}'
    http = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"

    def record(kind: str, block: bytes) -> bytes:
        head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\n"
                f"WARC-Payload-Digest: sha1:FERNMOTH\r\nContent-Length: {len(block)}\r\n\r\n")
        return head.encode() + block + b"\r\n\r\n"

    first, again = recorded_answers(record("response", http + body) + record("revisit", http))
    assert first.body == body and again.body == body and again.status == 200
