"""Families closed in the s17 round: what the generic layers read where only a platform rule
did, error answers of eras the captures have not met, and hostile pages. Every answer here is
written by hand with made-up values (none is a copy of a file in tests/fixtures/real_captures)
and read by the full reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import gzip
import json

import pytest
from extract_cases import CAT, FOUND, GENERIC, NOT_FOUND, UNVERIFIABLE, read_either

from crawler.extract import read_profile
from crawler.extract.decode import MAX_BODY_BYTES, decode_body

_read = read_either

BOTH = pytest.mark.parametrize("generic", [True, False], ids=["generic", "full"])
UTF8 = {"Content-Type": "text/html; charset=utf-8"}


# ------------------------------------------------------------------ a wrong charset label


@pytest.mark.parametrize("text,charset,expected", [
    # a double-byte page labelled UTF-8 forms a few valid UTF-8 sequences by chance
    ("<title>ヤマブキ文具 (@yamabuki) こんにちは</title>", "shift_jis", "ヤマブキ文具"),
    ("<p>株式会社ヤマブキ 東京都</p>", "euc_jp", "株式会社ヤマブキ"),
    ("<p>주식회사 누리 문구</p>", "euc_kr", "주식회사 누리"),
    ("<p>蓝山文具 北京</p>", "gbk", "蓝山文具"),
    # windows-1251 with its «quotes» (Е» is C5 BB, a valid UTF-8 pair)
    ("<p>«ЛЕСНИК» Привет, мир</p>", "cp1251", "«ЛЕСНИК» Привет"),
])
def test_a_legacy_page_labelled_utf8_with_chance_sequences_is_redecoded(text, charset, expected):
    decoded, notes = decode_body(text.encode(charset), UTF8)
    assert expected in decoded
    assert notes["charset_mismatch"] == "utf-8"


@pytest.mark.parametrize("text,headers", [
    ('<meta charset="shift_jis"><title>ヤマブキ文具 (@yamabuki)</title>', {}),
    ("<title>Café Müller (@cafemuller)</title>", {"Content-Type": "text/html; charset=ISO-8859-1"}),
    ("<title>Лесник (@lesnik)</title>", {"Content-Type": "text/html; charset=windows-1251"}),
])
def test_a_utf8_page_under_a_legacy_label_is_read_as_utf8(text, headers):
    decoded, notes = decode_body(text.encode("utf-8"), headers)
    assert decoded == text and "charset_mismatch" in notes


@pytest.mark.parametrize("text,charset", [
    ("<title>Café Müller</title>", "cp1252"), ("<title>Лесник Привет</title>", "cp1251"),
    ("<title>ヤマブキ文具</title>", "shift_jis"), ("<title>株式会社ヤマブキ</title>", "euc_jp"),
])
def test_a_legacy_page_under_its_own_label_keeps_it(text, charset):
    decoded, notes = decode_body(text.encode(charset), {"Content-Type": f"text/html; charset={charset}"})
    assert decoded == text and "charset_mismatch" not in notes


@pytest.mark.parametrize("headers,meta", [({}, '<meta charset="utf-16">'),
                                          ({"Content-Type": "text/html; charset=UTF-16"}, "")])
def test_a_utf16_label_on_a_body_without_nuls_is_no_label(headers, meta):
    text = f"{meta}<title>Slate Harbor (@slateharbor)</title>"
    assert decode_body(text.encode("utf-8"), headers)[0] == text


def test_a_utf16_body_under_its_label_keeps_it():
    text = "<title>Slate Harbor (@slateharbor)</title>"
    assert decode_body(text.encode("utf-16-le"), {"Content-Type": "text/html; charset=utf-16le"})[0] == text


def test_a_utf8_page_with_a_few_stray_bytes_keeps_its_label():
    decoded, notes = decode_body(b"<p>Acm\xc3\xa9 \xff Widgets \xfe</p>", UTF8)
    assert "Acmé" in decoded and "charset_mismatch" not in notes


@BOTH
def test_a_shift_jis_profile_page_labelled_utf8_keeps_its_name(generic):
    page = ('<html><head><meta charset="utf-8"><title>ヤマブキ文具 (@yamabuki_bungu) / X</title>'
            '<meta property="og:title" content="ヤマブキ文具 (@yamabuki_bungu)">'
            '<meta property="og:description" content="東京の文房具店です。こんにちは"></head>'
            '<body><h1>ヤマブキ文具</h1></body></html>').encode("shift_jis")
    got = _read("x", "https://twitter.com/yamabuki_bungu", 200, page, generic)
    assert got.state is FOUND and got.fields.display_name == "ヤマブキ文具"


# ------------------------------------------------------------------ a messenger's contact placeholder

_INVITE = ('<div class="tgme_page_description">If you have <strong>Telegram</strong>, you can '
           'contact <a class="tgme_username_link" href="tg://resolve?domain={h}">@{h}</a> right away.</div>')


@BOTH
@pytest.mark.parametrize("shape", ["no_head", "no_icon"])
def test_a_contact_invite_naming_only_the_asked_name_is_a_free_name(generic, shape):
    """A saved t.me body without its robots tag or icon: only 'contact @name' is left."""
    h = "lantern_quay"
    body = _INVITE.format(h=h)
    if shape == "no_icon":
        page = f'<html><head><title>Telegram: Contact @{h}</title></head><body><div class="tgme_page">{body}</div></body></html>'
    else:
        page = f"<html><body>{body}</body></html>"
    got = _read("telegram", f"https://t.me/{h}", 200, page, generic)
    assert got.state is NOT_FOUND


@BOTH
def test_a_contact_invite_naming_the_account_by_its_name_is_an_account(generic):
    h = "lantern_quay"
    page = (f'<html><head><title>Telegram: Contact @{h}</title><meta property="og:title" content="Lantern Quay">'
            f'<meta property="og:description" content="You can contact @{h} right away."></head><body>'
            f'<div class="tgme_page"><div class="tgme_page_title"><span dir="auto">Lantern Quay</span></div>'
            f'<div class="tgme_page_extra">@{h}</div><div class="tgme_page_description">If you have '
            '<strong>Telegram</strong>, you can contact <br><strong>Lantern Quay</strong> right away.</div></div></body></html>')
    got = _read("telegram", f"https://t.me/{h}", 200, page, generic)
    assert got.state is FOUND and got.fields.display_name == "Lantern Quay"


@BOTH
def test_a_contact_invite_for_another_name_decides_nothing(generic):
    page = "<html><body>" + _INVITE.format(h="someone_else") + "</body></html>"
    got = _read("telegram", "https://t.me/lantern_quay", 200, page, generic)
    assert got.state is UNVERIFIABLE


# ------------------------------------------------------------------ an age gate on the account's page


def _gate(title: str, heading: str, line: str, avatar: bool = True) -> str:
    img = '<img class="gate-avatar" src="https://cdn.example.net/p/s150/8841.jpg"/>' if avatar else ""
    return (f"<html><head><title>{title}</title></head><body><main><div>{img}</div>"
            f"<h2>{heading}</h2><p>{line}</p><a href=\"/accounts/login/\">Log in</a></main></body></html>")


@BOTH
@pytest.mark.parametrize("heading,line", [
    ("Restricted profile", "You must be 18 years old or over to see this profile"),
    ("Age restricted account", "You must be at least 21 years old to view this account."),
    ("Content warning", "This profile is age-restricted. Log in to confirm your age."),
])
def test_an_age_gate_on_a_profile_address_says_the_account_exists(generic, heading, line):
    got = _read("instagram", "https://www.instagram.com/harbor.cellars/", 200,
                _gate(f"{heading} \u2022 Instagram", heading, line), generic)
    assert got.state is FOUND and got.handle == "harbor.cellars"


@BOTH
@pytest.mark.parametrize("line", [
    "You must be 18 years old to enter this site.",  # a site-wide gate says nothing of anyone
    "You must be 18 or over to view this page.",
])
def test_a_site_wide_age_gate_decides_nothing(generic, line):
    got = _read("instagram", "https://www.instagram.com/harbor.cellars/", 200,
                _gate("Instagram", "Welcome", line, avatar=False), generic)
    assert got.state is UNVERIFIABLE


# ------------------------------------------------------------------ X: the caller's account, a partial user

_GQL = "https://x.com/i/api/graphql/Qw9sT2/UserByScreenName?variables=%7B%22screen_name%22%3A%22brisk_ferry%22%7D"


@BOTH
@pytest.mark.parametrize("status", [200, 403])
@pytest.mark.parametrize("data", [{}, {"user": {}}])
def test_x_graphql_missing_user_not_suspended_is_the_callers_lock(generic, status, data):
    """'Missing TwitterUserNotSuspended' is the asking session's own account locked or
    suspended: could not check, never 'not found' (nor 'suspended') for the account asked."""
    body = {"errors": [{"message": "Authorization: Denied by access control: Missing TwitterUserNotSuspended; "
                                   "this account is temporarily locked.",
                        "code": 37, "kind": "Permissions", "name": "AuthorizationError", "source": "Client",
                        "extensions": {"name": "AuthorizationError", "source": "Client", "code": 37,
                                       "kind": "Permissions"}}], "data": data}
    got = _read("x", _GQL, status, body, generic)
    assert got.state is UNVERIFIABLE and got.reason == "bad_credentials"


@BOTH
def test_x_v11_code_64_is_the_callers_suspension(generic):
    body = {"errors": [{"code": 64, "message": "Your account is suspended and is not permitted to access this feature"}]}
    got = _read("x", "https://api.twitter.com/1.1/users/show.json?screen_name=brisk_ferry", 403, body, generic)
    assert got.state is UNVERIFIABLE


@BOTH
@pytest.mark.parametrize("status", [200, 403])
def test_x_graphql_code_63_beside_a_partial_user_is_suspended(generic, status):
    """GraphQL's partial answer: the user's ids, and an error whose path is its profile."""
    body = {"errors": [{"message": "Authorization: User has been suspended. (63)", "locations": [{"line": 9, "column": 5}],
                        "path": ["user", "legacy"], "extensions": {"name": "AuthorizationError", "source": "Client",
                                                                  "code": 63, "kind": "Permissions"},
                        "code": 63, "kind": "Permissions", "name": "AuthorizationError", "source": "Client"}],
            "data": {"user": {"id": "VXNlcjo1NTUwMTI=", "rest_id": "555012", "affiliates_highlighted_label": {},
                              "legacy_extended_profile": {}, "is_profile_translatable": False}}}
    got = _read("x", _GQL, status, body, generic)
    assert got.state is NOT_FOUND and got.reason == "suspended"


# ------------------------------------------------------------------ a lookup answer that names no one

_RESEARCH = "https://open.tiktokapis.com/v2/research/user/info/?fields=display_name,bio_description,avatar_url,is_verified,follower_count,following_count,likes_count,video_count,bio_url"
_RESEARCH_USER = {"data": {"display_name": "Copper Wren Studio", "bio_description": "Hand-thrown mugs",
                           "avatar_url": "https://p16-sign.tiktokcdn-us.com/tos/avt-0068/b2.jpeg",
                           "is_verified": False, "follower_count": 2741, "following_count": 19,
                           "likes_count": 40210, "video_count": 63, "bio_url": "https://copperwren.example"},
                  "error": {"code": "ok", "message": "", "log_id": "20261207035500AB12"}}


@BOTH
def test_a_research_api_user_info_answer_is_the_account_the_crawl_asked_for(generic):
    """The name went in the POST body; the answer names no one: the asked name is its name."""
    got = _read("tiktok", _RESEARCH, 200, _RESEARCH_USER, generic, handle="copperwren")
    assert got.state is FOUND and got.handle == "copperwren"
    assert got.fields.display_name == "Copper Wren Studio" and got.fields.followers == 2741
    assert got.fields.posts == 63 and got.fields.verified is False
    assert list(got.fields.external_links) == ["https://copperwren.example"]


@BOTH
def test_a_nameless_answer_read_alone_names_no_one(generic):
    got = _read("tiktok", _RESEARCH, 200, _RESEARCH_USER, generic)
    assert got.state is UNVERIFIABLE


@BOTH
@pytest.mark.parametrize("status,error", [
    (429, {"code": "rate_limit_exceeded", "message": "API rate limit exceeded", "log_id": "20261207"}),
    (401, {"code": "access_token_invalid", "message": "The access token is invalid or not found in the request.", "log_id": "20261207"}),
])
def test_a_research_api_error_is_could_not_check(generic, status, error):
    got = _read("tiktok", _RESEARCH, status, {"data": {}, "error": error}, generic, handle="copperwren")
    assert got.state is UNVERIFIABLE


@BOTH
def test_an_age_gate_without_the_accounts_picture_decides_nothing(generic):
    got = _read("instagram", "https://www.instagram.com/harbor.cellars/", 200,
                _gate("Restricted profile \u2022 Instagram", "Restricted profile",
                      "You must be 18 years old or over to see this profile", avatar=False), generic)
    assert got.state is UNVERIFIABLE


# ------------------------------------------------------------------ YouTube of 2014-2022 without its rules


def _yt_state(header: dict, metadata: dict) -> str:
    doc = {"header": header, "metadata": {"channelMetadataRenderer": metadata}}
    return f"var ytInitialData = {json.dumps(doc, ensure_ascii=False)};"


_CID = "UCq7Rz0xW3mVb8nKpL2sTfYa"


@BOTH
def test_a_custom_url_in_other_letters_names_the_channel(generic):
    """The page names itself by its /channel/ id; the state's vanity URL (percent-encoded
    Japanese letters) is the channel's custom name."""
    vanity = "http://www.youtube.com/c/Kamome%E3%81%8B%E3%82%82%E3%82%81"
    meta = {"title": "Kamome かもめ", "description": "港の写真", "externalId": _CID,
            "channelUrl": f"https://www.youtube.com/channel/{_CID}", "vanityChannelUrl": vanity,
            "avatar": {"thumbnails": [{"url": "https://yt3.ggpht.com/made-up=s900", "width": 900, "height": 900}]}}
    header = {"c4TabbedHeaderRenderer": {"channelId": _CID, "title": "Kamome かもめ",
                                         "subscriberCountText": {"simpleText": "12,4 K Abonnenten"}}}
    page = (f'<html><head><link rel="canonical" href="https://www.youtube.com/channel/{_CID}">'
            f'<meta property="og:title" content="Kamome かもめ"></head><body><script>{_yt_state(header, meta)}</script></body></html>')
    got = _read("youtube", f"https://www.youtube.com/channel/{_CID}/community", 200, page, generic)
    assert got.state is FOUND and got.handle == "kamomeかもめ"
    assert got.fields.platform_id == _CID


@BOTH
@pytest.mark.parametrize("badges,verified", [(None, False), ([{"metadataBadgeRenderer": {"icon": {"iconType": "CHECK_CIRCLE_THICK"}, "style": "BADGE_STYLE_TYPE_VERIFIED", "tooltip": "Verified"}}], True)])
def test_a_channel_header_without_a_badge_is_not_verified(generic, badges, verified):
    header = {"c4TabbedHeaderRenderer": {"channelId": _CID, "title": "Tern Point",
                                         "avatar": {"thumbnails": [{"url": "https://yt3.ggpht.com/made-up=s48"}]}}}
    if badges:
        header["c4TabbedHeaderRenderer"]["badges"] = badges
    meta = {"title": "Tern Point", "externalId": _CID, "channelUrl": f"https://www.youtube.com/channel/{_CID}"}
    page = (f'<html><head><link rel="canonical" href="https://www.youtube.com/channel/{_CID}"></head>'
            f'<body><script>{_yt_state(header, meta)}</script></body></html>')
    got = _read("youtube", f"https://www.youtube.com/channel/{_CID}/playlists", 200, page, generic)
    assert got.state is FOUND and got.fields.verified is verified


@BOTH
def test_a_counter_named_by_its_class_is_read(generic):
    """A 2014 channel page: the subscriber count a bare number in the subscribe button."""
    page = ('<html><head><title>Tern Point - YouTube</title><meta property="og:title" content="Tern Point">'
            '<link rel="canonical" href="http://www.youtube.com/user/ternpoint"><meta property="og:type" content="profile"></head><body>'
            '<div id="c4-header"><h1 class="branded-page-header-title"><a class="spf-link branded-page-header-title-link" href="/user/ternpoint">Tern Point</a></h1>'
            '<span class="channel-header-subscription-button-container"><button class="yt-uix-button"><span class="yt-uix-button-content">Subscribe</span></button>'
            '<span class="yt-subscription-button-subscriber-count-branded-horizontal" title="31,207">31,207</span></span></div>'
            '<div class="branded-page-related-channels"><span class="yt-subscriber-count" title="9,001">9,001</span></div></body></html>')
    got = _read("youtube", "http://www.youtube.com/user/ternpoint", 200, page, generic)
    assert got.state is FOUND and got.fields.followers == 31207


# ------------------------------------------------------------------ InnerTube browse answers with a header only

_BROWSE = "https://www.youtube.com/youtubei/v1/browse?prettyPrint=false"


def _page_header(badge: bool = False) -> dict:
    text: dict = {"content": "Tern Point"}
    if badge:
        text["attachmentRuns"] = [{"startIndex": 10, "length": 0, "element": {"type": {"imageType": {"image": {
            "sources": [{"clientResource": {"imageName": "CHECK_CIRCLE_FILLED"}}]}}}},
            "alignment": "ALIGNMENT_VERTICAL_CENTER"}]
    return {"pageHeaderRenderer": {"pageTitle": "Tern Point", "content": {"pageHeaderViewModel": {
        "title": {"dynamicTextViewModel": {"text": text}},
        "metadata": {"contentMetadataViewModel": {"metadataRows": [
            {"metadataParts": [{"text": {"content": "@ternpoint"}}]},
            {"metadataParts": [{"text": {"content": "1.2K subscribers"}}, {"text": {"content": "48 videos"}}]}]}},
        "description": {"descriptionPreviewViewModel": {"description": {"content": "Boats and birds of the estuary"}}}}}}}


@BOTH
@pytest.mark.parametrize("badge", [False, True])
def test_a_browse_answer_with_only_a_page_header_is_the_channel(generic, badge):
    got = _read("youtube", _BROWSE, 200, {"responseContext": {}, "header": _page_header(badge)}, generic)
    assert got.state is FOUND and got.handle == "ternpoint"
    assert got.fields.display_name == "Tern Point" and got.fields.followers == 1200
    assert got.fields.posts == 48 and got.fields.bio == "Boats and birds of the estuary"
    # without a badge the generic layers say nothing (a badge may sit where no key names it);
    # YouTube's own rule knows the view-model title carries the badge, so no badge is False
    assert got.fields.verified is (True if badge else (None if generic else False))


@BOTH
def test_a_browse_answer_with_only_a_c4_header_is_the_channel(generic):
    header = {"c4TabbedHeaderRenderer": {"channelId": _CID, "title": "Tern Point",
                                         "subscriberCountText": {"simpleText": "1.2K subscribers"},
                                         "subscribeButton": {"buttonRenderer": {"text": {"runs": [{"text": "Subscribe"}]}}},
                                         "channelHandleText": {"runs": [{"text": "@ternpoint"}]}}}
    got = _read("youtube", _BROWSE, 200, {"responseContext": {}, "header": header}, generic)
    assert got.state is FOUND and got.handle == "ternpoint"
    assert got.fields.platform_id == _CID and got.fields.followers == 1200


# ------------------------------------------------------------------ hostile pages never break extraction

_PROFILE = ('<html><head><title>Slate Harbor (@slateharbor) / X</title><meta property="og:title" content="Slate Harbor (@slateharbor)">'
            '<meta property="og:description" content="Maps and charts"></head><body><h1>Slate Harbor</h1>{extra}</body></html>')


def test_a_body_over_the_cap_is_cut_and_noted():
    text, notes = decode_body(b"<p>" + b"x" * (MAX_BODY_BYTES + 10), {})
    assert len(text) == MAX_BODY_BYTES and notes["body_truncated"] == MAX_BODY_BYTES + 13


@BOTH
@pytest.mark.parametrize("extra", ["a\x00b", "<p>\x00</p>\x00\x00", "<script>var s = '\x00';</script>"])
def test_nul_bytes_never_break_a_profile_page(generic, extra):
    got = _read("x", "https://twitter.com/slateharbor", 200, _PROFILE.format(extra=extra).encode(), generic)
    assert got.state is FOUND and got.fields.display_name == "Slate Harbor"


@BOTH
@pytest.mark.parametrize("depth", [900, 3000])
def test_a_state_object_nested_past_any_limit_is_skipped(generic, depth):
    deep = '{"a":' * depth + "1" + "}" * depth
    page = _PROFILE.format(extra=f'<script id="__NEXT_DATA__" type="application/json">{deep}</script>'
                                 f"<script>window.__INITIAL_STATE__ = {deep};</script>")
    got = _read("x", "https://twitter.com/slateharbor", 200, page, generic)
    assert got.state is FOUND and got.fields.display_name == "Slate Harbor"


@BOTH
@pytest.mark.parametrize("body", ['{"a":' * 3000 + "1" + "}" * 3000, "[" * 5000 + "]" * 5000])
def test_an_api_answer_nested_past_any_limit_is_unverifiable(generic, body):
    got = _read("github", "https://api.github.com/users/slateharbor", 200, body, generic)
    assert got.state is UNVERIFIABLE and got.reason != "extractor_error"


@BOTH
@pytest.mark.parametrize("link", ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                                  "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)"])
def test_a_script_or_data_link_never_becomes_the_external_link(generic, link):
    api = {"login": "slateharbor", "id": 4411, "name": "Slate Harbor", "blog": link, "followers": 3}
    got = _read("github", "https://api.github.com/users/slateharbor", 200, api, generic)
    assert got.state is FOUND and got.fields.external_links == ()
    ld = ('<script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person",'
          '"name":"Slate Harbor","alternateName":"slateharbor","sameAs":["' + link.replace("\t", "\\t")
          + '","https://slateharbor.example"]}}</script><a rel="me" href="' + link + '">site</a>')
    got = _read("x", "https://twitter.com/slateharbor", 200, _PROFILE.format(extra=ld), generic)
    assert got.state is FOUND and got.fields.external_links == ("https://slateharbor.example",)


# ------------------------------------------------------------------ the X/Twitter XML API of 2008-2012


@BOTH
@pytest.mark.parametrize("status,error,state", [
    (404, "Not found", NOT_FOUND),
    (403, "User has been suspended.", NOT_FOUND),
    (400, "Rate limit exceeded. Clients may not make more than 150 requests per hour.", UNVERIFIABLE),
])
def test_a_rails_hash_error_of_the_xml_api_is_read_like_its_json_twin(generic, status, error, state):
    body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<hash>\n  <request>/users/show/tidewell.xml</request>\n'
            f"  <error>{error}</error>\n</hash>\n")
    got = _read("x", "http://twitter.com/users/show/tidewell.xml", status, body, generic)
    assert got.state is state


# ------------------------------------------------------------------ a rendered channel page's '@handle' line

_RENDERED = {
    "c4": ('<ytd-c4-tabbed-header-renderer><div id="channel-header"><div id="meta"><ytd-channel-name id="channel-name">'
           '<yt-formatted-string class="ytd-channel-name">Tern Point</yt-formatted-string></ytd-channel-name>'
           '<yt-formatted-string id="channel-handle">@ternpoint</yt-formatted-string>'
           '<yt-formatted-string id="subscriber-count">1.2K subscribers</yt-formatted-string></div></div></ytd-c4-tabbed-header-renderer>'),
    "page_header": ('<yt-page-header-view-model><div class="page-header-view-model-wiz__page-header-headline"><h1>'
                    '<span class="yt-core-attributed-string" role="text">Tern Point</span></h1></div>'
                    '<yt-content-metadata-view-model><div class="metadata-row"><span class="yt-core-attributed-string">@ternpoint</span></div>'
                    '<div class="metadata-row"><span>1.2K subscribers</span></div></yt-content-metadata-view-model></yt-page-header-view-model>'),
}
_COMMENT = ('<ytd-comments><div id="comment"><div><div><div><span class="author">Gull Fan</span></div></div></div>'
            '<div id="content-text"><span>@someoneelse</span><span> lovely boats</span></div></div></ytd-comments>')


def _rendered(header: str) -> str:
    return (f'<html><head><title>Tern Point - YouTube</title><link rel="canonical" href="https://www.youtube.com/channel/{_CID}">'
            f'<meta property="og:title" content="Tern Point"></head><body>{header}{_COMMENT}</body></html>')


@BOTH
@pytest.mark.parametrize("era", sorted(_RENDERED))
def test_a_rendered_channel_pages_handle_line_names_it(generic, era):
    got = _read("youtube", f"https://www.youtube.com/channel/{_CID}", 200, _rendered(_RENDERED[era]), generic)
    assert got.state is FOUND and got.handle == "ternpoint"
    assert got.fields.platform_id == _CID and got.fields.followers == 1200


@BOTH
def test_an_at_line_without_the_profiles_name_beside_it_names_no_one(generic):
    header = _RENDERED["c4"].replace('<yt-formatted-string id="channel-handle">@ternpoint</yt-formatted-string>', "")
    got = _read("youtube", f"https://www.youtube.com/channel/{_CID}", 200, _rendered(header), generic)
    assert got.state is FOUND and got.handle == _CID


# ------------------------------------------------------------------ error answers pinned: never 'not found' for a limit


@BOTH
@pytest.mark.parametrize("code,status", [(4, 400), (17, 403), (32, 400), (613, 400), (80001, 400)])
def test_a_graph_api_rate_limit_is_could_not_check(generic, code, status):
    body = {"error": {"message": f"(#{code}) Application request limit reached", "type": "OAuthException",
                      "is_transient": True, "code": code, "fbtrace_id": "AbC12dEf"}}
    got = _read("facebook", "https://graph.facebook.com/v19.0/larkspurmill?fields=id,name", status, body, generic)
    assert got.state is UNVERIFIABLE


@BOTH
def test_a_limited_mastodon_account_exists(generic):
    """Moderators' 'limited' hides an account from public timelines; it still exists."""
    body = {"id": "10944", "username": "larkspur", "acct": "larkspur", "display_name": "Larkspur Mill",
            "locked": False, "bot": False, "created_at": "2021-03-02T00:00:00.000Z", "note": "<p>Flour</p>",
            "url": "https://mastodon.social/@larkspur", "avatar": "https://files.mastodon.social/a/original/b.png",
            "followers_count": 52, "following_count": 3, "statuses_count": 40, "limited": True,
            "emojis": [], "fields": []}
    got = _read("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=larkspur", 200, body, generic)
    assert got.state is FOUND and got.fields.followers == 52


# ------------------------------------------------------------------ an X user object whose site is the platform's home


@pytest.mark.parametrize("url,links,generic", [
    ("http://twitter.com", ("http://twitter.com",), True),  # the bare home page the user gave
    ("http://twitter.com", ("http://twitter.com",), False),
    ("https://twitter.com/larkspurmill", (), True),  # the profile's own page: no outside link
])
def test_an_x_user_objects_url_on_the_platform_home_is_its_site(url, links, generic):
    body = {"id": 776600011, "id_str": "776600011", "name": "Larkspur Mill", "screen_name": "larkspurmill",
            "description": "Flour", "url": url, "followers_count": 0, "friends_count": 10, "statuses_count": 0,
            "protected": False, "verified": False, "created_at": "Thu Aug 23 19:45:07 +0000 2012"}
    got = _read("x", "https://api.twitter.com/1.1/account/update_profile.json", 200, body, generic)
    assert got.state is FOUND and got.fields.external_links == links


# ------------------------------------------------------------------ a body still compressed


@BOTH
@pytest.mark.parametrize("headers", [{"Content-Encoding": "gzip"}, {}])
def test_a_gzip_body_no_client_decoded_is_read(generic, headers):
    body = gzip.compress(json.dumps({"login": "slateharbor", "id": 4411, "name": "Slate Harbor",
                                     "followers": 3}).encode())
    got = read_profile((GENERIC if generic else CAT)["github"], "https://api.github.com/users/slateharbor",
                       200, headers, body)
    assert got.state is FOUND and got.fields.display_name == "Slate Harbor"


def test_a_gzip_bomb_stops_at_the_body_cap():
    text, notes = decode_body(gzip.compress(b"A" * (3 * MAX_BODY_BYTES), compresslevel=1), {})
    assert len(text) == MAX_BODY_BYTES and notes["gzip"] is True


def test_bytes_that_only_start_like_gzip_are_kept():
    text, notes = decode_body(b"\x1f\x8b<html>x</html>", {})
    assert "gzip" not in notes and "<html>x</html>" in text


# ------------------------------------------------------------------ an About section's list of facts is no bio

_FACTS = ('<dl class="mt-6"><div><dt>Website</dt><dd><a href="https://larkspurmill.example">https://larkspurmill.example</a></dd></div>'
          "<div><dt>Industry</dt><dd>Food Production</dd></div><div><dt>Company size</dt><dd>11-50 employees</dd></div>"
          "<div><dt>Headquarters</dt><dd>Leeds</dd></div><div><dt>Founded</dt><dd>1921</dd></div></dl>")


@BOTH
@pytest.mark.parametrize("section_class", ["core-section-container", "about-us"])
def test_an_about_sections_fact_list_stays_out_of_the_bio(generic, section_class):
    page = ('<html><head><title>Larkspur Mill | LinkedIn</title><link rel="canonical" href="https://www.linkedin.com/company/larkspur-mill">'
            '</head><body><section class="top-card-layout"><h1 class="top-card-layout__title">Larkspur Mill</h1>'
            '<h3>Food Production <span>1,204 followers</span></h3></section>'
            f'<section class="{section_class}"><h2 class="section-title">About us</h2><div><p>Stone-ground flour from Yorkshire wheat since 1921.</p>'
            f"{_FACTS}</div></section></body></html>")
    got = _read("linkedin", "https://www.linkedin.com/company/larkspur-mill", 200, page, generic)
    assert got.state is FOUND and got.fields.bio == "Stone-ground flour from Yorkshire wheat since 1921."
