"""Small, total conversions from what pages say to typed field values.

Every function here returns None rather than raising: a page object never crashes on odd input,
it just knows less. Counts are localised and abbreviated on real pages ("52.1k", "1,211",
"4,69 M de suscriptores", Telegram's "82 932 subscribers"), hence a dedicated parser.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

MAX_COUNT = 10**13  # more than any platform's audience: larger numbers are garbage

_SUFFIXES = {
    "k": 10**3,
    "thousand": 10**3,
    "mil": 10**3,
    "тыс": 10**3,
    "b": 10**9,
    "bn": 10**9,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "million": 10**6,
    "millones": 10**6,
    "millions": 10**6,
    "mio": 10**6,
    "млн": 10**6,
    "billion": 10**9,
    "mrd": 10**9,
    "md": 10**9,
    "млрд": 10**9,
    "tys": 10**3,
    "rb": 10**3,
    "jt": 10**6,
    "lakh": 10**5,
    "cr": 10**7,
    "万": 10**4,
    "萬": 10**4,
    "만": 10**4,
    "천": 10**3,
    "亿": 10**8,
    "億": 10**8,
    "억": 10**8,
}
_COUNT_RE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f\u2009.,']\d{3})+|\d+(?:[.,]\d+)?)"
    r"\s*(k|thousand|mil(?:l(?:ones|ions?))?|mln|mn|mio|mrd|md|bn|b|m|тыс|млн|млрд|tys|rb|jt|"
    r"lakh|cr|[万萬만천亿億억])?(?![a-z])",
    re.IGNORECASE,
)


def parse_count(value: Any) -> int | None:
    """'1.2M Followers' -> 1200000; '82 932 subscribers' -> 82932; '4,69 M' -> 4690000;
    '1.2万' -> 12000; '3,4 jt' -> 3400000.

    Negative, absurd or unparseable values give None.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if 0 <= value < MAX_COUNT else None
    text = str(value).replace("\u00a0", " ").replace("\u202f", " ").strip()
    if not text or text.lstrip().startswith("-"):
        return None
    m = _COUNT_RE.search(text)
    if not m:
        return None
    number, suffix = m.group(1), (m.group(2) or "").lower()
    mult = 1
    if suffix:
        mult = _SUFFIXES.get(suffix, _SUFFIXES.get(suffix[:3], 1))
        if suffix.startswith("mil") and suffix != "mil":
            mult = 10**6
    number = number.replace("'", "").replace(" ", "").replace("\u2009", "")
    if suffix:
        # abbreviated: the separator is a decimal point ("52.1k", "4,69 M")
        if "." in number and "," in number:
            number = number.replace(",", "")
        number = number.replace(",", ".")
        if number.count(".") > 1:
            number = number.replace(".", "", number.count(".") - 1)
        try:
            result = round(float(number) * mult)
        except ValueError:
            return None
    else:
        groups = re.split(r"[.,]", number)
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
            number = "".join(groups)  # thousands separators
        else:
            number = groups[0]  # a decimal count without suffix: keep the whole part
        try:
            result = int(number)
        except ValueError:
            return None
    return result if 0 <= result < MAX_COUNT else None


def to_int(value: Any) -> int | None:
    """An exact integer (JSON number or digit string); negatives and booleans give None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value < MAX_COUNT else None
    if isinstance(value, float):
        return int(value) if 0 <= value < MAX_COUNT else None
    text = str(value).strip().replace(",", "").replace(" ", "")
    if re.fullmatch(r"\d{1,15}", text):
        return int(text)
    return parse_count(value)


def to_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if value is None:
        return None
    if isinstance(value, int | float):
        return bool(value)
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "verified", "valid"):
        return True
    if text in ("false", "no", "0", "none", "null", ""):
        return False
    return None


_TW_DATE = "%a %b %d %H:%M:%S %z %Y"


def to_datetime(value: Any) -> str | None:
    """ISO 8601 (UTC, seconds) from ISO strings, Twitter dates or epoch numbers."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return from_epoch(value)
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", text):
        return from_epoch(float(text))
    for parse in (_iso, lambda t: datetime.strptime(t, _TW_DATE)):
        try:
            dt = parse(text)
        except (ValueError, OverflowError):
            continue
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=UTC)
        return dt.astimezone(UTC).replace(microsecond=0).isoformat()
    return None


def _iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def from_epoch(value: Any) -> str | None:
    try:
        number = float(value)
        if number > 1e11:  # milliseconds
            number /= 1000
        if not (0 < number < 4e9):
            return None
        return datetime.fromtimestamp(number, UTC).replace(microsecond=0).isoformat()
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def to_url(value: Any) -> str | None:
    """A clean http(s) URL: entities decoded, scheme added to bare domains, others refused."""
    if value is None or isinstance(value, bool | int | float | dict | list):
        return None
    text = html.unescape(str(value)).strip().strip("\"'")
    if not text or len(text) > 2048 or any(c.isspace() for c in text):
        return None
    if text.startswith("//"):
        text = "https:" + text
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.I):
        if re.match(r"^[\w-]+(\.[\w-]+)+(/|$)", text):
            text = "https://" + text
        else:
            return None
    scheme = text.split(":", 1)[0].lower()
    return text if scheme in ("http", "https") else None


def unwrap_query(url: str, param: str) -> str:
    """youtube.com/redirect?...&q=<target> -> target (decoded once)."""
    try:
        values = parse_qs(urlsplit(url).query).get(param)
    except ValueError:
        return url
    return values[0] if values else url


def as_text(value: Any) -> str | None:
    """A string for regexes and str fields: JSON containers serialised, scalars stringified."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        try:
            return json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            return None
    return str(value)


def clean_text(value: str) -> str:
    """Entity-decoded text with tabs as line breaks (Telegram) and trimmed blank runs."""
    text = html.unescape(value).replace("\r\n", "\n").replace("\t", "\n")
    text = re.sub(r"[ \u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def html_to_text(value: str) -> str:
    """Mastodon notes and similar HTML snippets -> text with line breaks."""
    text = re.sub(r"(?i)<br\s*/?>", "\n", value)
    text = re.sub(r"(?i)</p>\s*<p[^>]*>", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return clean_text(text)


def dedupe(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


def json_path(data: Any, path: str | Sequence[Any] | None) -> list[Any]:
    """Values at a dot path ('a.b.0.c', '*' fans out over lists/dicts); [] when absent."""
    if path is None or path == "":
        return [] if data is None else [data]
    parts: Sequence[Any] = path.split(".") if isinstance(path, str) else path
    current = [data]
    for part in parts:
        nxt: list[Any] = []
        for node in current:
            if part == "*":
                if isinstance(node, list):
                    nxt.extend(node)
                elif isinstance(node, dict):
                    nxt.extend(node.values())
            elif isinstance(node, dict):
                if part in node:
                    nxt.append(node[part])
                elif str(part) in node:
                    nxt.append(node[str(part)])
            elif isinstance(node, list):
                try:
                    idx = int(part)
                    nxt.append(node[idx])
                except (ValueError, IndexError, TypeError):
                    continue
        current = nxt
        if not current:
            return []
    return [v for v in current if v is not None]


def loads_json_prefix(text: str) -> Any:
    """JSON from text that may run past the object (a script's rest, a non-greedy regex
    capture); None if no JSON value starts there."""
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    try:
        obj, _ = json.JSONDecoder(strict=False).raw_decode(text)
        return obj
    except ValueError:
        return None
