"""Families closed in the s17 round: what the generic layers read where only a platform rule
did, error answers of eras the captures have not met, and hostile pages. Every answer here is
written by hand with made-up values (none is a copy of a file in tests/fixtures/real_captures)
and read by the full reader and by the generic layers alone."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import pytest
from extract_cases import FOUND, NOT_FOUND, UNVERIFIABLE, read_either

from crawler.extract.decode import decode_body

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
