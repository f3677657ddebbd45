"""Bytes -> text without ever crashing: charset header, then <meta charset>, then UTF-8, then
detection (charset-normalizer) for undeclared legacy charsets.

Real pages lie about their charset (windows-1254 pages labelled UTF-8 exist): a wrong or unknown
label falls back to UTF-8 with replacement characters rather than an exception.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from typing import Any

MAX_BODY_BYTES = 8 * 1024 * 1024  # bigger bodies are cut: no profile needs more

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_LANG_TR = re.compile(rb"""<html[^>]+lang\s*=\s*["']?tr\b""", re.I)
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
    """The body as text and notes about how it was decoded (charset, truncation)."""
    notes: dict[str, Any] = {}
    if body is None:
        return "", notes
    if isinstance(body, str):
        return body, notes
    if not isinstance(body, bytes | bytearray | memoryview):
        return "", notes
    raw = bytes(body)
    if len(raw) > MAX_BODY_BYTES:
        notes["body_truncated"] = len(raw)
        raw = raw[:MAX_BODY_BYTES]
    candidates: list[str] = []
    ctype = header(headers, "content-type") or ""
    m = _HEADER_CHARSET.search(ctype)
    if m and _codec(m.group(1)):
        candidates.append(_codec(m.group(1)))  # type: ignore[arg-type]
    m2 = _META_CHARSET.search(raw[:4096])
    if m2:
        label = _codec(m2.group(1).decode("ascii", "replace"))
        if label:
            candidates.append(label)
    if raw.startswith(codecs.BOM_UTF8):
        candidates.insert(0, "utf-8-sig")
    for codec in candidates:
        try:
            text = raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            notes.setdefault("charset_mismatch", codec)
            continue
        notes["charset"] = codec
        return text, notes
    try:
        notes["charset"] = "utf-8"
        return raw.decode("utf-8"), notes
    except UnicodeDecodeError:
        pass
    detected = _detect(raw)
    if detected is not None:
        notes["charset"] = f"{detected[0]} (detected)"
        return detected[1], notes
    notes["charset"] = "utf-8 (replaced)"
    return raw.decode("utf-8", "replace"), notes


def _detect(raw: bytes) -> tuple[str, str] | None:
    """Guess an undeclared single-byte charset (a windows-1254 Turkish page with no label) with
    charset-normalizer, which Scrapy already depends on; None when it has no confident answer."""
    from charset_normalizer import from_bytes

    try:
        matches = from_bytes(raw[:200_000])
    except Exception:  # noqa: BLE001 - detection is best effort, never fatal
        return None
    best = matches.best()
    if best is None:
        return None
    # Single-byte Latin charsets tie on short pages; a page that says it is Turkish
    # (<html lang="tr">) gets windows-1254 among the equally plausible ones.
    if _LANG_TR.search(raw[:4096]):
        tied = [m for m in matches if m.chaos <= best.chaos and m.encoding == "cp1254"]
        best = tied[0] if tied else best
    try:
        return best.encoding, raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
