"""Small, total conversions from what pages say to typed field values.

Every function here returns None rather than raising: a page object never crashes on odd input,
it just knows less. Counts are localised and abbreviated on real pages ("52.1k", "1,211",
"4,69 M de suscriptores", Telegram's "82 932 subscribers"), hence a dedicated parser.
"""

from __future__ import annotations

import base64
import html
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

MAX_COUNT = 10**13  # more than any platform's audience: larger numbers are garbage

# a count's abbreviation word, in every UI language the platforms render compact numbers in
# (CLDR's short decimal formats as YouTube, Instagram, TikTok, X and Facebook show them):
# word (lower case; a trailing '.' is part of the word where the dot decides) -> power of ten
_UNITS: dict[str, int] = {
    # thousand
    "k": 3, "thousand": 3, "mil": 3, "mila": 3, "tsd.": 3, "tsd": 3, "tausend": 3,
    "тыс.": 3, "тыс": 3, "тис.": 3, "тис": 3, "хил.": 3, "хил": 3, "tys.": 3, "tys": 3,
    "tis.": 3, "tis": 3, "tūkst.": 3, "tūkst": 3, "tuh.": 3,
    "rb": 3, "ribu": 3, "rb.": 3, "t.": 3, "t": 3, "tn": 3, "tn.": 3, "tusen": 3, "tusind": 3,
    "bin": 3, "nghìn": 3, "ngàn": 3, "ألف": 3, "آلاف": 3, "الف": 3, "هزار": 3, "हज़ार": 3,
    "हजार": 3, "พัน": 3, "χιλ.": 3, "χιλ": 3, "ezer": 3,
    "千": 3, "천": 3,
    # ten thousand, hundred thousand (East and South Asian counting)
    "万": 4, "萬": 4, "만": 4, "หมื่น": 4, "แสน": 5, "lakh": 5, "lakhs": 5, "lac": 5,
    "लाख": 5, "লাখ": 5, "cr": 7, "crore": 7, "crores": 7, "करोड़": 7, "क॰": 7,
    "कर॰": 7, "কোটি": 7,
    # million
    "m": 6, "mn": 6, "mln": 6, "mln.": 6, "mio": 6, "mio.": 6, "mi": 6, "mill.": 6, "mill": 6,
    "mil.": 6, "milj.": 6, "milj": 6, "million": 6, "millions": 6, "millionen": 6, "millón": 6,
    "millones": 6, "milhão": 6, "milhões": 6, "milione": 6, "milioni": 6, "miljoen": 6,
    "miljoner": 6, "miljon": 6, "millió": 6, "milioane": 6, "milion": 6, "miliony": 6,
    "milionów": 6, "млн": 6, "млн.": 6, "jt": 6, "juta": 6, "tr": 6, "triệu": 6, "مليون": 6,
    "ملايين": 6, "میلیون": 6, "ล้าน": 6, "εκ.": 6, "εκ": 6, "mn.": 6,
    # billion
    "b": 9, "bn": 9, "bi": 9, "md": 9, "md.": 9, "mrd": 9, "mrd.": 9, "mld": 9, "mld.": 9,
    "mia": 9, "mia.": 9, "mr": 9, "млрд": 9, "млрд.": 9, "billion": 9, "billions": 9,
    "milliard": 9, "milliards": 9, "miliardi": 9, "miliardo": 9, "miliar": 9, "tỷ": 9,
    "tỉ": 9, "مليار": 9, "میلیارد": 9, "δισ.": 9, "δισ": 9, "mil m": 9, "mil millones": 9,
    "mil milhões": 9, "亿": 8, "億": 8, "억": 8,
}
# words that only some languages use as units, read only beside that language's own words
# (Turkish 'B' is bin, a thousand, where English 'B' is a billion; Vietnamese 'N' / 'T' are
# nghìn / tỷ; Hungarian 'E' is ezer)
_CONTEXT_UNITS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("b", re.compile(r"(?i)abone|takip[cç]i|izlenme|g[öo]r[üu]nt[üu]lenme|be[ğg]eni|g[öo]nderi"),
     3),
    ("n", re.compile(r"(?i)người|đăng ký|theo dõi|lượt"), 3),
    ("t", re.compile(r"(?i)người|đăng ký|theo dõi|lượt"), 9),
    ("e", re.compile(r"(?i)feliratkoz|követő|megtekint|bejegyz"), 3),
)
# units written against the number or its next word without a space or boundary
_BOUND_FREE = re.compile(r"^[\u0e00-\u0e7f\u0900-\u097f\u0980-\u09ff\u3040-\u9fff\uac00-\ud7af]")
_UNITS = {unicodedata.normalize("NFC", k): v for k, v in _UNITS.items()}
_UNIT_KEYS = sorted(_UNITS, key=len, reverse=True)
# the unit words as a regex alternation, for readers that find a count inside a sentence
# (``hints.py``); single letters only some languages use are left to ``parse_count``'s context
UNIT_PATTERN = "(?:" + "|".join(
    re.escape(k) + ("" if _BOUND_FREE.match(k) else r"(?![^\W\d_])") for k in _UNIT_KEYS
) + r"|[bnteBNTE]\.?(?![^\W\d_]))"
_NUMBER_RE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f\u2009.,']\d{3})+(?![.,]\d)|\d+(?:[.,]\d+)?)"
)
# Eastern Arabic and Persian separators; other scripts' digits are read by unicodedata
_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ",", "\u060c": ",", "\u00a0": " ",
                             "\u202f": " ", "\u2009": " "})


def ascii_digits(text: str) -> str:
    """'١٫٢' -> '1.2', '۱۲' -> '12', '१२' -> '12': any script's decimal digits as ASCII."""
    if text.isascii():
        return text
    out = []
    for ch in text.translate(_SEPARATORS):
        if not ch.isascii() and ch.isdecimal():
            out.append(str(unicodedata.decimal(ch, 0)))
        else:
            out.append(ch)
    return "".join(out)


def _unit(rest: str, whole: str) -> int:
    """The power of ten the words after a number stand for (0: none)."""
    low = rest.lower()
    m = re.match(r"([a-z])\.?(?![a-z])", low)
    if m:
        for key, context, power in _CONTEXT_UNITS:
            if m.group(1) == key and context.search(whole):
                return power
    for key in _UNIT_KEYS:
        if not low.startswith(key):
            continue
        after = low[len(key):len(key) + 1]
        if after and after.isalpha() and not _BOUND_FREE.match(key):
            continue  # 'M' of 'Millionaires', 'b' of 'bytes': not a unit
        return _UNITS[key]
    return 0


def parse_count(value: Any, context: str = "") -> int | None:
    """'1.2M Followers' -> 1200000; '82 932 subscribers' -> 82932; '4,69 M' -> 4690000;
    '1.2万' -> 12000; '3,4 jt' -> 3400000; '1,2 тыс.' -> 1200; '1,2 mil. odběratelů' ->
    1200000 (Czech) but '1,2 mil suscriptores' -> 1200 (Spanish); '١٫٢ ألف' -> 1200.

    ``context``: the words around the count, for units only some languages use ('12,5 B' in
    '12,5 B abone' is Turkish for 12,500). Negative, absurd or unparseable values give None.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if 0 <= value < MAX_COUNT else None
    text = unicodedata.normalize("NFC", ascii_digits(str(value)[:400])).strip()
    if not text or text.lstrip().startswith("-"):
        return None
    m = _NUMBER_RE.search(text)
    if not m:
        return None
    number = m.group(1)
    rest = re.sub(r"^[\s\u00a0]+", "", text[m.end():])[:40]
    # Spanish and Portuguese billions are 'mil millones': the two words together first
    rest = re.sub(r"(?i)^mil\s+(m|millones|milhões)(?![a-z])", r"mil \1", rest)
    power = _unit(rest, f"{text} {context[:400]}")
    number = number.replace("'", "").replace(" ", "")
    if power:
        # abbreviated: the separator is a decimal point ("52.1k", "4,69 M")
        if "." in number and "," in number:
            number = number.replace(",", "")
        number = number.replace(",", ".")
        if number.count(".") > 1:
            number = number.replace(".", "", number.count(".") - 1)
        try:
            result = round(float(number) * 10**power)
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
# Rails 2's JSON times (ActiveSupport before 2.3's standard format: GitHub's API v2 of 2008-2012)
_RAILS2_DATE = "%Y/%m/%d %H:%M:%S %z"


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
    for parse in (_iso, lambda t: datetime.strptime(t, _TW_DATE),
                  lambda t: datetime.strptime(t, _RAILS2_DATE),
                  # a date as English pages write it: 'March 3, 2017' (a Facebook group's history)
                  lambda t: datetime.strptime(t, "%B %d, %Y")):
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


def from_relay_id(value: Any) -> str | None:
    """A Relay global id -> the object's own id: ``'VXNlcjozMjcy...'`` (base64 of
    ``'User:327285235328750589'``, Pinterest's ``node_id``) -> ``'327285235328750589'``; None
    when the value is no such id.

    >>> from_relay_id("VXNlcjo3NDUyNzU1NzU3NDQyOTQzMTQ=")
    '745275575744294314'
    """
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9+/]{8,120}={0,2}", value):
        return None
    try:
        text = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        return None
    m = re.fullmatch(r"[A-Z][A-Za-z]{1,40}:(\d{1,30})", text)
    return m.group(1) if m else None


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


# a value a recorder masked before saving a cassette ('<TEST_LOGIN>', '<<ACCESS_TOKEN>>',
# '[FILTERED]', '{{ user_name }}'): a placeholder for a secret, never the account's own value
_MASK = re.compile(r"^\s*(?:<<?[A-Z][A-Z0-9_\-]{1,60}>>?|\[(?:FILTERED|REDACTED|MASKED|SCRUBBED|"
                   r"REMOVED|HIDDEN|SANITI[SZ]ED)\]|\{\{\s*[\w.\-]{1,60}\s*\}\})\s*$")


def is_mask(value: Any) -> bool:
    """Whether a string value is a recorder's mask, not data."""
    return isinstance(value, str) and _MASK.match(value) is not None


def clean_text(value: str) -> str:
    """Entity-decoded text with tabs as line breaks (Telegram) and trimmed blank runs."""
    text = html.unescape(value).replace("\r\n", "\n").replace("\t", "\n")
    text = re.sub(r"[ \u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# UTF-8 read as windows-1252 / Latin-1 somewhere upstream ('CafÃ©', 'â€™', 'ÐÑ...'): a
# lead byte's letter followed by a continuation byte's symbol
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
                       "\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_LEFT_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_LEFT_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\/")


def repair_text(value: str) -> str:
    """A text field as the page shows it, when an upstream step garbled it: entities escaped
    twice ('&amp;#064;name', X API v1's HTML-escaped bios), JSON escapes left in a string cut
    out of a script ('\\u0040name'), and UTF-8 read as windows-1252 ('CafÃ©' -> 'Café').
    Conservative: a repair is kept only when it decodes strictly and leaves no trace behind."""
    text = value
    for _ in range(2):
        if not _LEFT_ENTITY.search(text):
            break
        text = html.unescape(text)
    if _LEFT_ESCAPE.search(text) and "\\n" not in text:
        text = _LEFT_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else "/", text)
    if _MOJIBAKE.search(text):
        for codec in ("cp1252", "latin-1"):
            try:
                fixed = text.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if not _MOJIBAKE.search(fixed):
                return fixed
    return text


def html_to_text(value: str) -> str:
    """Mastodon notes and similar HTML snippets -> text with line breaks."""
    # Mastodon shortens a link in a note: its scheme and tail sit in spans of class
    # "invisible" that no reader sees ('twitter.com/name' is shown, not 'https://...')
    text = re.sub(r'(?i)<span class="invisible">[^<]*</span>', "", value)
    # an end tag typed with a brace or bracket for its '>' ('</span}', a documentation's
    # example): it closes there, never eating the text up to the next '>'
    text = re.sub(r"</([A-Za-z][\w-]{0,20})\s*[}\])]", r"</\1>", text)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</p>\s*<p[^>]*>", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    # a zero-width space a server puts after each custom emoji's shortcode (':flag:\u200b')
    # so it renders apart: no reader sees it
    return clean_text(text.replace("\u200b", ""))


_HIDDEN = "*[contains(concat(' ', normalize-space(@class), ' '), ' invisible ')]"


def visible_texts(element: Any, with_breaks: bool = False) -> list[str]:
    """The text nodes of a page element (a parsel Selector) a reader sees: a link shortened in
    a bio (X/Twitter's server-rendered pages, Mastodon's) keeps its scheme and tail in spans of
    class "invisible"; ``with_breaks`` keeps the ``<br>`` elements too."""
    hidden = int(float(element.xpath(f"count(ancestor-or-self::{_HIDDEN})").get() or 0))
    query = f".//text()[count(ancestor::{_HIDDEN}) = {hidden}]"
    return element.xpath(query + ("|.//br" if with_breaks else "")).getall()


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
    except RecursionError:
        return None  # nested past the parser's depth: a hostile page's, no profile's
    except ValueError:
        pass
    try:
        obj, _ = json.JSONDecoder(strict=False).raw_decode(text)
        return obj
    except (ValueError, RecursionError):
        return None


MAX_YAML = 2 * 1024 * 1024  # characters of a YAML answer parsed (an API answer is far smaller)
_YAML_START = re.compile(r"---[ \t]*\r?\n")


def loads_yaml_mapping(text: str, declared: bool = False) -> dict | None:
    """An API answer in YAML (GitHub's API v2 of 2008-2012 answered YAML beside JSON, Rails
    apps' ``to_yaml``) as the JSON it says: a mapping whose dates are ISO strings. Only a text
    that opens with the YAML document marker ``---``, or that its Content-Type declares YAML
    (``declared``), and whose document is a mapping; else None."""
    text = text.lstrip("\ufeff \t\r\n")
    if not (declared or _YAML_START.match(text)) or len(text) > MAX_YAML:
        return None
    import yaml  # the catalog loads it already; here only for a YAML answer (rare)

    try:
        doc = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    return _as_json(doc) if isinstance(doc, dict) else None


def _as_json(value: Any) -> Any:
    """A parsed YAML value with JSON's types only (dates and times as ISO strings)."""
    if isinstance(value, dict):
        return {str(k): _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else str(value)


def xpath_literal(value: str) -> str:
    """``value`` as an XPath string literal, whatever quotes it holds (``concat()`` for both)."""
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return "concat(" + ', "\'", '.join(f"'{p}'" for p in value.split("'")) + ")"
