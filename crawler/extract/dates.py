"""Relative dates ("3 years ago", "Streamed 2 weeks ago", "hace 3 años", "vor 2 Wochen",
"3 年前") read against the moment the answer was served.

A page shows its account's last activity mostly as relative text in its UI language (YouTube's
``publishedTimeText`` on every video of a channel page; its ``hl`` decides the language). Dormancy
is "no activity for more than a year", so reading those dates decides whether an own account is
redundant; platforms floor them ("1 year ago" for one year to just under two), so they are read
as the middle of what they can mean (``relative_date``). The reference moment is the
response's ``Date`` header (a saved answer's recorded header), else the time of reading; a
relative date is never read against anything else.

Total and bounded: short strings only, no exceptions out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from crawler.extract import values as V

MAX_DATE_TEXT = 60  # "Streamed 2 weeks ago" is short; longer strings are sentences, not dates

# unit -> days, and the words for it in the UI languages the platforms serve (stems, lower case)
_UNITS: tuple[tuple[float, str], ...] = (
    (1 / 86400, r"seconds?|secs?|segundos?|secondes?|sekunden?|secondi|seconden|sekund(?:y|ę|)?|"
                r"saniye|секунд[уы]?|секунди?|秒|초|giây|detik|sekuntia|सेकंड|วินาที|ثوان(?:ٍ)?|"
                r"ثانية|שניות|δευτερόλεπτα?|másodperce|secunde|sekunder"),
    (1 / 1440, r"minutes?|mins?|minutos?|minuti|minuten?|minut(?:y|ę|er)?|dakika|минут[уы]?|"
               r"хвилин[уи]?|分(?:钟|鐘)?|분|phút|menit|minuuttia|मिनट|นาที|دقائق|دقيقة|"
               r"דקות|λεπτά?|perce|minute"),
    (1 / 24, r"hours?|hrs?|horas?|heures?|stunden?|or[ae]|uur|godzin[yę]?|saat|час(?:а|ов)?|"
             r"годин[уи]?|時間|小时|小時|시간|giờ|jam|tuntia|घंटे|घंटा|ชั่วโมง|ساعات|ساعة|"
             r"שעות|שעה|ώρες|ώρα|órája|timmar|timme|timer|time"),
    (1, r"days?|días?|dias?|jours?|tag(?:en|e)?|giorn[oi]|dag(?:en)?|dni|dzień|gün|"
        r"д(?:ень|ня|ней)|дн(?:і|ів)|день|日|天|일|ngày|hari|päivää|दिन|วัน|أيام|يوم|ימים|"
        r"יום|μέρες|μέρα|napja|zile|zi|dager|døgn|dage|dygn|dagar"),
    (7, r"weeks?|semanas?|semaines?|wochen?|settiman[ae]|weken|week|tygodni[ea]?|tydzień|"
        r"hafta|недел[юьиь]|недель|тижн(?:і|ів|ень)|тиждень|週間|週|周|주|tuần|minggu|"
        r"viikkoa|सप्ताह|हफ़्ते|हफ्ते|สัปดาห์|أسابيع|أسبوع|שבועות|שבוע|εβδομάδες|εβδομάδα|"
        r"hete|săptămâni|săptămână|veckor|vecka|uker|uke|uger|uge"),
    (30, r"months?|mes(?:es)?|meses|mois|monat(?:en|e)?|mesi|maand(?:en)?|miesi(?:ąc|ące|ęcy)|"
         r"ay|месяц(?:а|ев)?|місяц(?:і|ів|ь)|か月|ヶ月|カ月|ケ月|个月|個月|개월|달|tháng|bulan|"
         r"kuukautta|महीने|महीना|เดือน|أشهر|شهر|شهور|חודשים|חודש|μήνες|μήνα|hónapja|luni|lună|"
         r"månader|månad|måneder|måned"),
    (365, r"years?|yrs?|años?|anos?|ans?|années?|jahr(?:en|e)?|anni|anno|jaar|lat[a]?|lety|rok|"
          r"yıl|год(?:а)?|лет|рок(?:и|ів)?|рік|年|년|năm|tahun|vuotta|साल|वर्ष|ปี|سنوات|سنة|عام|"
          r"أعوام|שנים|שנה|χρόνια|χρόνο|éve|ani|an|år"),
)
# the words that make a duration a time in the past, in those languages
_AGO = re.compile(
    r"(?i)\bago\b|\bfa\b|\bgeleden\b|\btemu\b|önce|назад|тому|前|전|trước|\blalu\b|sitten|"
    r"पहले|ที่แล้ว|\bsedan\b|\bsiden\b|\bhace\b|\bhá\b|il y a|\bvor\b|před|\bacum\b|قبل|منذ|"
    r"לפני|πριν|\b(?:éve|hete|napja|hónapja|órája|perce|másodperce)\b"
)
# 'a', 'an', 'one' in place of the number ('an hour ago', 'vor einem Jahr', 'il y a un an')
_ONE = (r"an?|one|un[ae]?|uma?|ein(?:em|er|e)?|een|jeden|jedn[aą]|один|одну|одна|один|bir|"
        r"egy|μία|ένα|一|한")
_NUMBER = rf"(?P<n>\d{{1,4}}|{_ONE})"
_PATTERNS = [
    (days, re.compile(rf"(?i)(?<![\w.,]){_NUMBER}\s*(?:{words})"
                      r"(?:(?<=[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af])|(?![^\W\d_]))"))
    for days, words in _UNITS
]
_YESTERDAY = re.compile(r"(?i)^\s*(?:yesterday|ayer|ontem|hier|gestern|ieri|gisteren|wczoraj|"
                        r"dün|вчера|учора|昨日|昨天|어제|hôm qua|kemarin|eilen|igår|i går|"
                        r"tegnap|ieri|أمس|אתמול|χθες|कल)\s*$")


def response_date(headers: Mapping[str, Any] | None) -> datetime | None:
    """The answer's ``Date`` header as an aware datetime (None when absent or unreadable)."""
    from crawler.extract.decode import header  # noqa: PLC0415 - decode is the lower layer

    raw = header(headers, "Date")
    if not raw:
        return None
    try:
        when = parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def relative_date(text: str, ref: datetime) -> datetime | None:
    """The moment a short relative date means, counted back from ``ref``; None when the text
    is not one ('Streamed 2 weeks ago', 'hace 3 años', 'vor 2 Wochen', 'il y a 1 an', '3 年前',
    '3년 전', 'قبل 3 سنوات'; 'yesterday' -> ref - 1 day).

    Platforms FLOOR these dates: '1 year ago' is anything from one year to just under two,
    '3 weeks ago' anything from 21 days to 27. So 'N units ago' reads as the middle of its
    interval, N + 0.5 units ('1 year ago' -> ref - 547.5 days, '3 days ago' -> ref - 3.5 days):
    reading it as exactly N units would put every such date at the recent end of what it can
    mean, and a channel silent for 23 months, shown '1 year ago', would never pass a "silent
    for more than a year" test, and '11 months ago' read as 12 would call an active channel
    dormant. The middle is at most half a unit from the truth where either bound can be a whole
    unit off, and it falls on the right side of a year: '1 year ago' (never less than a year)
    reads as silent for more than a year, '11 months ago' as less."""
    if not isinstance(text, str):
        return None
    text = " ".join(V.ascii_digits(text).split())
    if not text or len(text) > MAX_DATE_TEXT:
        return None
    if _YESTERDAY.match(text):
        return ref - timedelta(days=1)
    if not _AGO.search(text):
        return None
    for days, rx in _PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        raw = m.group("n")
        count = int(raw) if raw.isdigit() else 1
        rest = (text[: m.start()] + " " + text[m.end():]).strip()
        # the date and at most a verb and the 'ago' word around it ('Streamed', 'Transmitido',
        # 'gestreamt', 'に配信済み'), not a sentence that mentions a duration
        if len(re.findall(r"[^\W\d_]+", rest)) > 6:
            return None
        try:
            return ref - timedelta(days=days * (count + 0.5))
        except OverflowError:
            return None
    return None


# keys whose short text is a relative date of the profile's own content (YouTube's videos,
# shorts, streams and community posts; other platforms' "time ago" fields)
_TIME_KEYS = re.compile(r"(?i)^(?:published_?time(?:_?text)?|relative_?(?:date|time)(?:_?text)?|"
                        r"time_?ago(?:_?text)?|timestamp_?text|date_?text)$")
_BYLINE_KEYS = ("shortBylineText", "longBylineText", "ownerText")
MAX_VISITS = 40_000


def newest_activity(doc: Any, ref: datetime, own_id: str | None = None) -> datetime | None:
    """The most recent relative date among the items of a page's state object (the channel's
    own uploads); items a byline credits to another channel (a featured channel's video)
    are left out."""
    best: datetime | None = None
    for text in _time_texts(doc, own_id):
        when = relative_date(text, ref)
        if when is not None and (best is None or when > best):
            best = when
    return best


def _time_texts(doc: Any, own_id: str | None) -> Iterator[str]:
    stack: list[tuple[Any, int]] = [(doc, 0)]
    visits = 0
    while stack and visits < MAX_VISITS:
        node, depth = stack.pop()
        visits += 1
        if depth > 40:
            continue
        if isinstance(node, dict):
            if own_id and _credited_elsewhere(node, own_id):
                continue
            for key, value in node.items():
                if isinstance(key, str) and _TIME_KEYS.match(key):
                    text = _text_of(value)
                    if text:
                        yield text
                elif isinstance(value, dict | list):
                    stack.append((value, depth + 1))
            # the 2024- 'lockup' cards: metadata parts whose text is the relative date
            parts = node.get("metadataParts")
            if isinstance(parts, list):
                for part in parts[:8]:
                    text = _text_of(part.get("text")) if isinstance(part, dict) else None
                    if text:
                        yield text
        elif isinstance(node, list):
            stack.extend((item, depth + 1) for item in node[:500])


def _text_of(value: Any) -> str | None:
    """'x', {'simpleText': 'x'}, {'runs': [{'text': 'x'}...]}, {'content': 'x'}."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("simpleText", "content", "text"):
            if isinstance(value.get(key), str):
                return value[key]
        runs = value.get("runs")
        if isinstance(runs, list):
            return "".join(r.get("text", "") for r in runs[:10] if isinstance(r, dict)
                           and isinstance(r.get("text"), str))
    return None


def _credited_elsewhere(node: dict, own_id: str) -> bool:
    for key in _BYLINE_KEYS:
        byline = node.get(key)
        if not isinstance(byline, dict):
            continue
        for run in byline.get("runs") or ():
            endpoint = ((run or {}).get("navigationEndpoint") or {}).get("browseEndpoint") or {}
            browse_id = endpoint.get("browseId")
            if isinstance(browse_id, str) and browse_id and browse_id != own_id:
                return True
    return False


def reference_time(headers: Mapping[str, Any] | None) -> tuple[datetime, str]:
    """(the moment relative dates count back from, where it came from: 'date_header' or
    'clock')."""
    when = response_date(headers)
    if when is not None:
        return when.astimezone(UTC), "date_header"
    return datetime.now(UTC), "clock"
