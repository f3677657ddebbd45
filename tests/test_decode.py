"""Decoding keeps a declared charset: one invalid byte becomes U+FFFD, the names around it stay.

Before, a body labelled UTF-8 with one invalid byte was re-decoded from start to end in another
charset ("AcmĂ© Widgets", "Northwind TĂĽrkiye"): an impostor could garble the very names the
matcher compares. Detection now runs only where nothing is declared (or where a UTF-8 label is
plainly wrong: not one valid UTF-8 sequence among the non-ASCII bytes).
"""

from __future__ import annotations

import pytest

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from crawler.extract.decode import decode_body

PAGE = ("<html><head><meta charset='utf-8'><title>Acmé Widgets</title>"
        "<meta property='og:title' content='Northwind Türkiye'></head>"
        "<body><p>Acmé Widgets · Northwind Türkiye</p><p>bad byte: ").encode() + b"\xff" + \
    " İstanbul şubesi</p></body></html>".encode()


@pytest.mark.parametrize("headers", [{"Content-Type": "text/html; charset=utf-8"},
                                     {"Content-Type": "text/html"}, {}])
def test_one_invalid_byte_is_replaced_and_the_rest_kept(headers):
    text, notes = decode_body(PAGE, headers)
    assert "Acmé Widgets" in text and "Northwind Türkiye" in text and "İstanbul şubesi" in text
    assert "bad byte: \ufffd İstanbul" in text
    assert notes["charset"] == "utf-8" and notes["invalid_bytes"] == 1


def test_a_declared_legacy_charset_is_kept():
    body = "Kahve Dükkânı şğİ".encode("cp1254") + b"\x81"  # 0x81: undefined in windows-1254
    text, notes = decode_body(body, {"Content-Type": "text/html; charset=windows-1254"})
    assert text == "Kahve Dükkânı şğİ\ufffd" and notes["charset"] == "cp1254"


def test_the_header_wins_over_meta():
    body = b"<meta charset='windows-1254'>" + "Türkiye".encode()
    assert "Türkiye" in decode_body(body, {"Content-Type": "text/html; charset=utf-8"})[0]


def test_a_utf8_label_on_a_page_without_one_utf8_sequence_is_a_mislabel():
    body = ('<html lang="tr"><body>Şubelerimiz İstanbul\'da, destek için bize yazın. '
            "Dolma kalemler, şık ve dayanıklı.</body></html>").encode("cp1254")
    text, notes = decode_body(body, {"Content-Type": "text/html; charset=utf-8"})
    assert notes["charset_mismatch"] == "utf-8" and "detected" in notes["charset"]
    assert "Şubelerimiz İstanbul" in text


def test_undeclared_invalid_utf8_with_valid_sequences_is_not_redecoded_wholesale():
    """Nothing declared, mostly UTF-8 with one stray byte: detection may guess, but whatever it
    picks, the names must survive (here it keeps UTF-8 with the byte replaced)."""
    body = PAGE.replace(b"<meta charset='utf-8'>", b"")
    text, _ = decode_body(body, {})
    assert "Acmé Widgets" in text and "Northwind Türkiye" in text


def test_a_profile_page_with_one_bad_byte_keeps_its_display_name():
    catalog = load_catalog(())
    page = ("<html><head><meta charset='utf-8'>"
            "<meta property='og:title' content='Telegram: Contact @acmewidgets'>"
            "</head><body><div class='tgme_page_title'><span dir='auto'>Acmé Widgets "
            "Türkiye</span></div><div class='tgme_page_extra'>1 234 subscribers</div>"
            "<div class='tgme_page_description'>Resmi hesap ").encode() + b"\xfe" + \
        " İstanbul</div></body></html>".encode()
    read = read_profile(catalog["telegram"], "https://t.me/acmewidgets", 200,
                        {"Content-Type": "text/html; charset=utf-8"}, page, handle="acmewidgets")
    assert read.fields.display_name == "Acmé Widgets Türkiye", read


@pytest.mark.parametrize(("text", "charset"), [
    ("Quillmark Türkiye İletişim: şikâyet ve öneriler, ğüşıöç", "cp1254"),
    ("Café crème, à la française: déjà vu", "cp1252"),
    ("Zażółć gęślą jaźń, prosimy o kontakt", "cp1250"),
    ("Привет, это официальный аккаунт компании", "cp1251"),
])
def test_undeclared_legacy_pages_are_detected_with_their_letters(text, charset):
    """Where nothing is declared, detection must not garble names: single-byte Latin charsets
    tie on short pages, and the tie goes to windows-1254 when the page uses the bytes of ğ ı İ
    ş (else "İletişim" read "Ýletiţim"), otherwise to windows-1252."""
    decoded, notes = decode_body(f"<p>{text}</p>".encode(charset), {"Content-Type": "text/html"})
    assert text in decoded, (decoded, notes)
    assert "detected" in notes["charset"]
