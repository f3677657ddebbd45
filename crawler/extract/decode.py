"""Bytes -> text without ever crashing, and without letting one bad byte garble a page.

Order (the WHATWG encoding sniffing order, shortened): a byte-order mark; the charset the
``Content-Type`` header declares; ``<meta charset>`` in the first 4 KB; and only when nothing is
declared, UTF-8 if the bytes are valid UTF-8 (or mostly: more valid multibyte sequences than
invalid bytes), else detection (charset-normalizer) for undeclared
legacy charsets (a windows-1254 Turkish page with no label).

A declared charset is kept: invalid bytes become U+FFFD one by one and the rest of the page keeps
its meaning. Re-decoding a whole page in another charset because one byte was bad would let an
impostor garble the very names the matcher compares ("Acmé" -> "AcmĂ©") with a single stray
byte. One exception: a page labelled UTF-8 in which *no* non-ASCII byte forms valid UTF-8 is a
mislabelled legacy page (windows-1254 pages labelled UTF-8 exist), so detection decides. An
unknown label counts as no label.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib
from collections.abc import Mapping
from typing import Any

MAX_BODY_BYTES = 8 * 1024 * 1024  # bigger bodies are cut: no profile needs more

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_LANG_TR = re.compile(rb"""<html[^>]+lang\s*=\s*["']?tr\b""", re.I)
_TR_BYTES = re.compile(rb"[\xd0\xdd\xde\xf0\xfd\xfe]")
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


def header(headers: Mapping[str, Any] | None, name: str) -> str | None:
    """A header value as str, case-insensitively; lists/bytes (Scrapy) are accepted."""
    if not headers:
        return None
    wanted = name.lower()
    try:
        items = list(headers.items())
    except Exception:  # noqa: BLE001 - a strange mapping is "no headers"
        return None
    for key, value in items:
        k = key.decode("latin-1", "replace") if isinstance(key, bytes) else str(key)
        if k.lower() != wanted:
            continue
        if isinstance(value, list | tuple):
            value = value[0] if value else ""
        if isinstance(value, bytes):
            return value.decode("latin-1", "replace")
        return str(value)
    return None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except (LookupError, ValueError):
        return None


def decode_body(
    body: bytes | str | None, headers: Mapping[str, Any] | None = None
) -> tuple[str, dict]:
    """The body as text and notes about how it was decoded (charset, truncation, invalid bytes).

    >>> decode_body(b"Acm\\xc3\\xa9 \\xff Widgets", {"Content-Type": "text/html; charset=utf-8"})[0]
    'Acmé \\ufffd Widgets'
    """
    notes: dict[str, Any] = {}
    if body is None:
        return "", notes
    if isinstance(body, str):
        return body, notes
    if not isinstance(body, bytes | bytearray | memoryview):
        return "", notes
    raw = bytes(body)
    if raw[:2] == b"\x1f\x8b":
        raw = _gunzipped(raw, notes)
    if len(raw) > MAX_BODY_BYTES:
        notes["body_truncated"] = len(raw)
        raw = raw[:MAX_BODY_BYTES]
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return _keep(raw, codec, notes)
    declared = _declared(raw, headers)
    if declared is not None:
        if declared in ("utf-8", "utf-8-sig") and _mislabelled_utf8(raw):
            notes["charset_mismatch"] = declared
        elif declared not in ("utf-8", "utf-8-sig") and _utf8_under_legacy_label(raw):
            # a UTF-8 page under a legacy label (a server's default ISO-8859-1, a saved
            # page's stale <meta charset>): read as written, or 'Café' reads 'CafÃ©'
            notes["charset_mismatch"] = declared
            return _keep(raw, "utf-8", notes)
        else:
            return _keep(raw, declared, notes)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        notes["charset"] = "utf-8"
        return text, notes
    if _mostly_utf8(raw):
        return _keep(raw, "utf-8", notes)  # UTF-8 with a few stray bytes, not another charset
    detected = _detect(raw)
    if detected is not None:
        notes["charset"] = f"{detected[0]} (detected)"
        return detected[1], notes
    return _keep(raw, "utf-8", notes)


def _gunzipped(raw: bytes, notes: dict[str, Any]) -> bytes:
    """A body still gzip-compressed (saved or handed over before any client decoded it: its
    Content-Encoding kept, or none said): its content, at most MAX_BODY_BYTES of it (a
    compression bomb stops there); the bytes as they are when they are no gzip stream."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, MAX_BODY_BYTES + 1)
    except zlib.error:
        return raw
    notes["gzip"] = True
    return out


def _declared(raw: bytes, headers: Mapping[str, Any] | None) -> str | None:
    """The charset the header declares, else the one ``<meta charset>`` does (a known codec)."""
    m = _HEADER_CHARSET.search(header(headers, "content-type") or "")
    if m and _codec(m.group(1)):
        return _wide_checked(_codec(m.group(1)), raw)
    m2 = _META_CHARSET.search(raw[:4096])
    if m2:
        return _wide_checked(_codec(m2.group(1).decode("ascii", "replace")), raw)
    return None


def _wide_checked(codec: str | None, raw: bytes) -> str | None:
    """A UTF-16 or UTF-32 label only where the bytes have the NULs such text of ASCII letters
    needs: a page whose own ``<meta charset="utf-16">`` could be read at all is not UTF-16
    (WHATWG reads that label as UTF-8), nor is a header's on a body without one NUL."""
    if codec and codec.startswith(("utf-16", "utf_16", "utf-32", "utf_32")) \
            and b"\x00" not in raw[:4096]:
        return None
    return codec


def _keep(raw: bytes, codec: str, notes: dict[str, Any]) -> tuple[str, dict]:
    """Decode in ``codec``, each invalid byte replaced by U+FFFD (counted in the notes)."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        text = raw.decode(codec, "replace")
        notes["invalid_bytes"] = text.count("\ufffd") - raw.decode(
            codec, "ignore").count("\ufffd")
    except LookupError:
        return _keep(raw, "utf-8", notes)
    notes["charset"] = codec
    return text, notes


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(raw: bytes) -> bool:
    """More valid UTF-8 multibyte sequences than invalid bytes: UTF-8 with stray bytes."""
    valid = len(_UTF8_MULTIBYTE.findall(raw))
    if not valid:
        return False
    invalid = raw.decode("utf-8", "replace").count("\ufffd") - raw.decode(
        "utf-8", "ignore").count("\ufffd")
    return valid > invalid


MIN_UTF8_SEQUENCES = 2  # multibyte sequences that make a valid UTF-8 body UTF-8, whatever its label


def _utf8_under_legacy_label(raw: bytes) -> bool:
    """A body that is valid UTF-8 with several multibyte sequences: no legacy page forms two
    valid UTF-8 sequences and not one invalid byte by chance ('é' in windows-1252 is a lone
    E9, a UTF-8 lead byte that needs two continuation bytes after it)."""
    if raw.isascii():
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(_UTF8_MULTIBYTE.findall(raw)) >= MIN_UTF8_SEQUENCES


MIN_MISLABEL_BYTES = 4  # invalid bytes a page needs before its valid sequences count as chance


def _mislabelled_utf8(raw: bytes) -> bool:
    """True when a body labelled UTF-8 has non-ASCII bytes and (next to none of them) valid UTF-8
    among them: a legacy page with a wrong label, not a UTF-8 page with a bad byte. A
    double-byte legacy page (Shift-JIS, EUC-JP, GBK, EUC-KR) or a Cyrillic one with its
    «quotes» forms a few valid sequences by chance (Shift-JIS 'に' then 'ち' is C9 82), so a
    page whose invalid bytes are several and more than twice its valid sequences is mislabelled
    too; one stray byte in a UTF-8 page never is."""
    if raw.isascii():
        return False
    try:
        raw.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    valid = len(_UTF8_MULTIBYTE.findall(raw))
    if not valid:
        return True
    invalid = raw.decode("utf-8", "replace").count("\ufffd") - raw.decode(
        "utf-8", "ignore").count("\ufffd")
    return invalid >= MIN_MISLABEL_BYTES and invalid > 2 * valid


def _detect(raw: bytes) -> tuple[str, str] | None:
    """Guess an undeclared single-byte charset (a windows-1254 Turkish page with no label) with
    charset-normalizer, which Scrapy already depends on; None when it has no confident answer."""
    from charset_normalizer import from_bytes  # slow import; only for undeclared charsets

    try:
        matches = from_bytes(raw[:200_000])
    except Exception:  # noqa: BLE001 - detection is best effort, never fatal
        return None
    best = matches.best()
    if best is None:
        return None
    # a short page ties many charsets at no chaos: UTF-16 and UTF-32 only where the bytes have
    # the NULs their ASCII letters need, then the charsets whose reading makes the most words
    # of one script (windows-1251 reads '«АКМЕ» Привет' where windows-1250 reads '«ŔĘĚĹ» Ďđčâĺň')
    tied = [m for m in matches if m.chaos <= best.chaos
            and (b"\x00" in raw or not m.encoding.startswith(("utf_16", "utf_32")))]
    if tied:
        scores = {m.encoding: _word_score(str(m)) for m in tied}
        top = max(scores.values())
        tied = [m for m in tied if scores[m.encoding] == top]
        best = tied[0]
    # Single-byte Latin charsets tie on short pages; a page that says it is Turkish
    # (<html lang="tr">), or that uses the six bytes where windows-1254 has ğ Ğ ı İ ş Ş (and
    # windows-1252/1250 the Icelandic ð Ð ý Ý þ Þ or ţ đ), gets windows-1254 among the equally
    # plausible ones: else "İletişim" reads "Ýletiţim" and the matcher compares garbage.
    if _LANG_TR.search(raw[:4096]) or _TR_BYTES.search(raw):
        turkish = [m for m in tied if m.encoding == "cp1254"]
        best = turkish[0] if turkish else best
    else:
        # otherwise windows-1252, the web's most common legacy charset, wins a tie ("crème",
        # not "crčme"); a Central European page is not a tie (its letters are symbols in 1252)
        western = [m for m in tied if m.encoding == "cp1252"]
        best = western[0] if western else best
    try:
        return best.encoding, raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


_WORD = re.compile(r"[^\W\d_]{2,}")
MAX_SCORED_WORDS = 2_000


def _word_score(text: str) -> int:
    """How many of a reading's non-ASCII words look written: all letters of one script, and a
    Latin word mostly plain letters (a real word carries a diacritic or two, not six)."""
    score = 0
    for n, m in enumerate(_WORD.finditer(text)):
        if n >= MAX_SCORED_WORDS:
            break
        word = m.group(0)
        if word.isascii():
            continue
        scripts = {_script(ch) for ch in word}
        if len(scripts) != 1:
            continue
        if scripts == {"latin"} and sum(not ch.isascii() for ch in word) * 2 > len(word):
            continue
        score += 1
    return score


def _script(ch: str) -> str:
    """A letter's script, coarsely: its Unicode name's first word (LATIN, CYRILLIC, GREEK,
    HANGUL ...), the kana and the ideographs of one writing system as one."""
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0].lower()
    if first in ("hiragana", "katakana", "cjk"):
        return "cjk"
    return first or "other"


# ---------------------------------------------------------------------------- web archives

# a page as a web archive's replay serves it (the Wayback Machine, pywb, OpenWayback): every
# address rewritten to ``https://web.archive.org/web/<timestamp>[flag_]/<original>`` (or the
# relative ``/web/<timestamp>/<original>``), a toolbar inserted at the top of the body
_ARCHIVED_URL = re.compile(
    r"^(?:https?:)?//(?:web\.)?archive\.org/web/\d{4,14}(?:[a-z]{2}_)?/+(?P<u>.+)$", re.I | re.S)
_ARCHIVE_PREFIX = re.compile(
    r"(?:(?:https?:)?//(?:web\.)?archive\.org)?/web/\d{4,14}(?:[a-z]{2}_)?/(?=(?:https?:)?//|"
    r"https?(?::|%3A)|www\.)", re.I)
_ARCHIVE_TOOLBAR = re.compile(
    r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
    re.I | re.S)
_ARCHIVE_MARK = re.compile(r"(?i)web\.archive\.org/web/\d|WAYBACK TOOLBAR|_static/js/wombat|"
                           r"End Wayback Rewrite JS Include")


def unarchived_url(url: str) -> str:
    """The original address of a web archive's replay address, else ``url``."""
    m = _ARCHIVED_URL.match(url or "")
    if m is None:
        return url
    original = m.group("u")
    if original.startswith("//"):
        return "https:" + original
    return original if re.match(r"(?i)^https?://", original) else "http://" + original


def unarchived(url: str, text: str) -> tuple[str, str]:
    """(url, text) of a page a web archive replays, its rewriting undone: the original address,
    the page's own addresses restored and the archive's toolbar taken out; anything else as
    it is."""
    url = unarchived_url(url)
    if not _ARCHIVE_MARK.search(text[:200_000]):
        return url, text
    text = _ARCHIVE_TOOLBAR.sub("", text, count=1)
    return url, _ARCHIVE_PREFIX.sub("", text)
