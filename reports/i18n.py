"""Languages and time zones of what a reviewer reads: gettext catalogs (Babel) and dates.

The report, the terminal summary and the exports' headers are written in English in the code
and translated through the gettext catalogs in ``reports/locale/<lang>/LC_MESSAGES/messages.po``
(extracted with ``pybabel extract -F babel.cfg``; see README "Languages"). Only the ``.po`` text
files are shipped: they are compiled to the binary ``.mo`` form in memory the first time a
language is used (:func:`translations`), so a fresh ``pip install -e .`` needs no build step and
the catalog the code reads can never be older than the one in the repository.

Times are stored in UTC ISO 8601; :class:`Translator` shows them in the reader's zone
(``--timezone``, default the machine's) in the language's own format::

    tr = Translator("tr", "Europe/Istanbul")
    tr.gettext("Summary")                     # 'Özet'
    tr.datetime("2025-03-01T10:00:00+00:00")  # '1 Mar 2025 13:00 (UTC+03:00)'
"""

from __future__ import annotations

import contextlib
import gettext as _gettext
import io
import locale
import os
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: Languages with a catalog; English is the source language (no catalog needed).
LANGUAGES: tuple[str, ...] = ("en", "tr")
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"


def N_(message: str) -> str:
    """Mark a constant for extraction; it is translated where it is shown (``tr.gettext``)."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for extraction; ``tr.ngettext(*pair, n)`` where shown."""
    return singular, plural


class LanguageError(ValueError):
    """An unknown language or time zone (the CLI turns it into exit 2 with the fix)."""


def check_language(lang: str | None) -> str:
    """``'tr'`` for ``tr``, ``TR``, ``tr_TR.UTF-8``; a :class:`LanguageError` naming the
    supported ones otherwise."""
    code = (lang or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    if code not in LANGUAGES:
        raise LanguageError(
            f"unsupported language {lang!r}: use one of {', '.join(LANGUAGES)}"
        )
    return code


#: brandsweep's own variable: the language of everything it says, whatever the locale says
LANGUAGE_VARIABLE = "BRANDSWEEP_LANG"


def system_language() -> str:
    """The user's language if it has a catalog, else English, in the usual order:
    ``BRANDSWEEP_LANG``, then the POSIX locale (the first set of ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``; ``C``/``POSIX`` is English), with GNU's ``LANGUAGE`` priority list (``tr:en``)
    before it when the locale is not ``C``; the process locale when none is set.
    (An unsupported ``BRANDSWEEP_LANG`` is ignored: the locale decides.)"""
    own = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    if own:
        with contextlib.suppress(LanguageError):
            return check_language(own)
    value = next((os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG")
                  if os.environ.get(v)), None)
    if value is not None and value.split(".")[0] in ("C", "POSIX"):
        return "en"
    languages = [x for x in os.environ.get("LANGUAGE", "").split(":") if x]
    for candidate in (languages if value is not None else []) + ([value] if value else []):
        try:
            return check_language(candidate)
        except LanguageError:
            continue
    if value is not None:
        return "en"
    try:
        loc = locale.getlocale()[0]
    except ValueError:
        loc = None
    if loc:
        try:
            return check_language(loc)
        except LanguageError:
            pass
    return "en"


def check_timezone(name: str) -> str:
    """The IANA zone name if the system knows it, else a :class:`LanguageError`."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise LanguageError(
            f"unknown time zone {name!r}: use an IANA name such as Europe/Istanbul or UTC"
        ) from exc
    return name


def system_timezone() -> str:
    """The machine's IANA zone: ``TZ``, then /etc/timezone, then the /etc/localtime link;
    ``UTC`` when none names a zone the system knows."""
    candidates: list[str] = []
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        candidates.append(tz)
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        try:
            zone = check_timezone(name)
        except LanguageError:
            continue
        # a server's "Etc/UTC" is UTC, as the report's times say it ("(UTC)"): the exports'
        # headers ("Last activity (Etc/UTC)") said it otherwise
        return "UTC" if zone in UTC_ALIASES else zone
    return "UTC"


#: the zone names of UTC itself (tzdata's links to Etc/UTC)
UTC_ALIASES = frozenset({"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal",
                         "Zulu"})


@lru_cache(maxsize=8)
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalog of ``lang`` (English: the identity)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    lang = check_language(lang)
    po = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == "en" or not po.is_file():
        return _gettext.NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(buf, domain=DOMAIN)


def catalog_messages(lang: str) -> dict[str, str]:
    """msgid -> msgstr of a catalog (plural forms joined), for tests and tooling."""
    from babel.messages.pofile import read_po

    po = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    out: dict[str, str] = {}
    for m in catalog:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple | list) else (m.id,)
        strs = m.string if isinstance(m.string, tuple | list) else (m.string,)
        for i, s in zip(ids, strs, strict=False):
            out[str(i)] = str(s or "")
    return out


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 text as an aware datetime (naive means UTC); None when unreadable."""
    if not value:
        return None
    try:
        d = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


#: an unknown or unreadable time: before any other
_NEVER = datetime.min.replace(tzinfo=UTC)


def instant(value: str | None) -> datetime:
    """An ISO 8601 time as the instant it names, for comparing and ordering: the report
    page's ``...Z``, a database's ``+00:00`` and a reviewer's ``+03:00`` alike (never as
    text: "10:00+03:00" is before "08:00Z"); an unknown one before any other."""
    return parse_time(value) or _NEVER


@lru_cache(maxsize=8192, typed=True)
def _formatted(kind: str, lang: str, x: float, digits: int = 2) -> str:
    """A number in ``lang``'s style, remembered: a report of 10,000 findings prints the same
    few numbers thousands of times, and Babel takes tens of microseconds for each."""
    from babel.numbers import format_decimal, format_percent  # Babel's number tables: on use

    if kind == "percent":
        return str(format_percent(x, locale=lang))
    if kind == "decimal":
        return str(format_decimal(x, format="0." + "0" * digits, locale=lang))
    return str(format_decimal(x, locale=lang))


class Translator:
    """gettext, plurals, numbers and times for one language and zone."""

    def __init__(self, lang: str = "en", timezone: str = "UTC") -> None:
        self.lang = check_language(lang)
        self.timezone = check_timezone(timezone)
        self.zone = ZoneInfo(self.timezone)
        self._t = translations(self.lang)

    def gettext(self, message: str) -> str:
        return self._t.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._t.ngettext(singular, plural, n)

    @property
    def callables(self) -> tuple[Callable[[str], str], Callable[[str, str, int], str]]:
        return self.gettext, self.ngettext

    def number(self, n: object) -> str:
        """Thousands separators in the language's style (1,234 / 1.234); a dash for None."""
        if n is None or n == "":
            return "—"
        if isinstance(n, bool) or not isinstance(n, int | float):
            return str(n)
        return _formatted("number", self.lang, n)

    def decimal(self, x: float, digits: int = 2) -> str:
        return _formatted("decimal", self.lang, round(x, digits), digits)

    def percent(self, x: float) -> str:
        return _formatted("percent", self.lang, x)

    def local(self, value: str | None) -> datetime | None:
        d = parse_time(value)
        return d.astimezone(self.zone) if d else None

    def offset(self, d: datetime) -> str:
        off = d.utcoffset()
        if not off:
            return "UTC"
        minutes = int(off.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        minutes = abs(minutes)
        return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"

    def datetime(self, value: str | None) -> str:
        """``1 Mar 2025 13:00 (UTC+03:00)``: date and minute in the zone, its offset shown."""
        d = self.local(value)
        if d is None:
            return str(value) if value else "—"
        from babel.dates import format_datetime

        text = format_datetime(d, "d MMM y HH:mm", tzinfo=self.zone, locale=self.lang)
        return f"{text} ({self.offset(d)})"

    def date(self, value: str | None) -> str:
        """The calendar day of a time in the zone (``1 Mar 2025``); a bare date stays as is."""
        if not value:
            return "—"
        from babel.dates import format_date

        text = str(value)
        if len(text) == 10:  # a date without time: no zone to convert
            try:
                return str(
                    format_date(datetime.fromisoformat(text).date(), "d MMM y", locale=self.lang)
                )
            except ValueError:
                return text
        d = self.local(text)
        return str(format_date(d.date(), "d MMM y", locale=self.lang)) if d else text


__all__ = [
    "LANGUAGES",
    "LANGUAGE_VARIABLE",
    "LanguageError",
    "N_",
    "NP_",
    "Translator",
    "catalog_messages",
    "check_language",
    "check_timezone",
    "system_language",
    "system_timezone",
    "translations",
]
