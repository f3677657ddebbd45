"""Option values checked when the command line is parsed, before anything runs or is written.

Each checker returns the parsed value or raises :class:`OptionValueError` with one sentence of
what is wrong and what to do; the CLI prints it as ``--option: ...`` and exits 2. Before this,
``--resolve '*=127.0.0.1:abc'``, ``--proxy 'not a url'`` and ``--searxng-url javascript:...``
were accepted without a word and failed deep inside the crawl (or never), and
``BRANDSWEEP_SCRAPY_SETTINGS='{"DOWNLOAD_TIMEOUT": "x"}'`` printed "Unhandled error in
Deferred" and exited 0 having crawled nothing.
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta
from typing import Any
from urllib.parse import urlsplit

from matching.inventory import N_, localized

_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\.[A-Za-z0-9_]"
                   r"([A-Za-z0-9_-]{0,62}))*\.?$")


class OptionValueError(ValueError):
    """A bad option value; the message says what is wrong and what to do (a
    :class:`~matching.inventory.Text`: :meth:`render` says it in the reader's language)."""

    def render(self, gettext: Any) -> str:
        return localized(self.args[0], gettext) or "" if self.args else ""


def _port(text: str, what: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise OptionValueError(N_("{what}: port {port!r} is not a number from 1 to 65535",
                                  what=what, port=text))
    return int(text)


def parse_resolve(entries: Iterable[str]) -> dict[str, str]:
    """``HOST=ADDRESS:PORT`` entries -> ``{host: "address:port"}``.

    ADDRESS is an IP address (``[::1]`` for IPv6), as for ``curl --resolve``: a name there would
    be looked up, and the pin would no longer be exact.

    >>> parse_resolve(["*=127.0.0.1:8080", "Shop.Example=[::1]:443"])
    {'*': '127.0.0.1:8080', 'shop.example': '[::1]:443'}
    """
    out: dict[str, str] = {}
    for entry in entries:
        example = N_("e.g. {one} or {all}", one="--resolve 'www.example.com=127.0.0.1:8080'",
                     all="'*=127.0.0.1:8080'")
        host, sep, target = entry.partition("=")
        host = host.strip().lower()
        if not sep or not host or not target.strip():
            raise OptionValueError(N_("expects HOST=ADDRESS:PORT, got {entry!r} ({example})",
                                      entry=entry, example=example))
        if host != "*" and not _HOST.match(host):
            raise OptionValueError(N_("{host!r} is not a host name ({example})", host=host,
                                      example=example))
        address, colon, port = target.strip().rpartition(":")
        if not colon or not address:
            raise OptionValueError(N_("{entry!r} has no port: write ADDRESS:PORT ({example})",
                                      entry=entry, example=example))
        _port(port, entry)
        bare = address[1:-1] if address.startswith("[") and address.endswith("]") else address
        try:
            ip = ipaddress.ip_address(bare)
        except ValueError:
            raise OptionValueError(N_(
                "{entry!r}: {address!r} is not an IP address; --resolve pins a name to an "
                "address, write it as one (127.0.0.1, [::1])", entry=entry,
                address=address)) from None
        shown = f"[{ip}]" if ip.version == 6 else str(ip)
        out[host] = f"{shown}:{port}"
    return out


def check_url(value: str | None, what: str, schemes: tuple[str, ...] = ("http", "https")
              ) -> str | None:
    """An absolute URL with one of ``schemes``, a host and a valid port, or an error."""
    if value is None:
        return None
    example = {"--proxy": "http://proxy.example:3128",
               "--searxng-url": "https://searx.example.org"}.get(what, "https://host.example")
    try:
        parts = urlsplit(value.strip())
        port = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        raise OptionValueError(N_("{value!r} is not a valid URL ({why}); e.g. {example}",
                                  value=value, why=str(exc), example=example)) from None
    if parts.scheme.lower() not in schemes:
        raise OptionValueError(N_("{value!r} is not an {schemes} URL; e.g. {example}",
                                  value=value, schemes="/".join(schemes), example=example))
    if not parts.hostname:
        raise OptionValueError(N_("{value!r} names no host; e.g. {example}", value=value,
                                  example=example))
    if port is not None and not 1 <= port <= 65535:
        raise OptionValueError(N_("{value!r}: port {port} is not from 1 to 65535", value=value,
                                  port=port))
    return value.strip()


#: how far past the machine's clock ``--as-of`` may be: a day (the date in the furthest zone)
AS_OF_SLACK = timedelta(days=1)


def parse_as_of(value: str | None, what: str = "--as-of", *, today: datetime | None = None
                ) -> str | None:
    """The moment an audit classifies at (``--as-of``), as ISO 8601 in UTC; None for the clock.

    A date alone means the end of that day in UTC ("as of 30 September" counts what happened
    on the 30th); a time without an offset is UTC. Not later than ``today`` (the machine's
    clock) plus a day: the crawl sees the web as it is now, and a typo of a year ahead would
    call every account dormant.

    >>> parse_as_of("2026-09-30")
    '2026-09-30T23:59:59+00:00'
    >>> parse_as_of("2026-09-30T08:00+03:00")
    '2026-09-30T05:00:00+00:00'
    """
    if value is None:
        return None
    text = value.strip()
    example = N_("write YYYY-MM-DD or YYYY-MM-DDTHH:MM with an optional offset, e.g. "
                 "2026-09-30 or 2026-09-30T17:00+03:00")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = datetime.fromisoformat(text).date()
            when = datetime.combine(day, time(23, 59, 59), UTC)
            begins = datetime.combine(day, time(0, 0), UTC)  # a day still to come is refused
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", text):
            when = begins = datetime.fromisoformat(text.replace("Z", "+00:00"))
        else:
            raise ValueError(text)
    except ValueError:
        raise OptionValueError(N_("{value!r} is not a date; {example}", value=value,
                                  example=example)) from None
    if when.tzinfo is None:
        when = begins = when.replace(tzinfo=UTC)
    when = when.astimezone(UTC).replace(microsecond=0)
    clock = today or datetime.now(UTC)
    if begins > clock + AS_OF_SLACK:
        raise OptionValueError(N_(
            "{value!r} is in the future (today is {today}); an audit crawls the web as it is "
            "today, so it can classify as of today or an earlier moment, not later",
            value=value, today=f"{clock:%Y-%m-%d}"))
    return when.isoformat()


def check_scrapy_settings(text: str | None, env: str) -> dict[str, Any]:
    """The JSON object of Scrapy settings in ``env``, each known and of the right type."""
    if not text:
        return {}
    try:
        overrides = json.loads(text)
    except ValueError as exc:
        raise OptionValueError(f"{env} is not JSON ({exc}); e.g. {env}='{{\"DOWNLOAD_TIMEOUT\""
                               f": 60}}'") from None
    if not isinstance(overrides, dict):
        raise OptionValueError(f"{env} must be a JSON object of Scrapy settings, e.g. "
                               f"{env}='{{\"DOWNLOAD_TIMEOUT\": 60}}'")
    from scrapy.settings import Settings  # heavy; only with BRANDSWEEP_SCRAPY_SETTINGS set

    defaults = Settings()
    defaults.setmodule("crawler.settings", priority="project")
    known = {name for name, _ in defaults.items()}
    for name, value in overrides.items():
        if name not in known:
            # a setting of an extension is fine; a near miss of a known one is a typo that would
            # otherwise be ignored without a word
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.85)
            if close:
                raise OptionValueError(f"{env}: unknown Scrapy setting {name!r} (did you mean "
                                       f"{close[0]}?)")
            continue
        _check_type(env, name, value, defaults.get(name))
    return overrides


def _check_type(env: str, name: str, value: Any, default: Any) -> None:
    def bad(kind: str) -> OptionValueError:
        return OptionValueError(f"{env}: {name} must be {kind}, not {json.dumps(value)}")

    if default is None:
        return
    if isinstance(default, bool):
        if not (isinstance(value, bool) or value in (0, 1)
                or str(value).lower() in ("true", "false", "0", "1")):
            raise bad("true or false")
    elif isinstance(default, int | float):
        if isinstance(value, bool):
            raise bad("a number")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise bad("a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise bad("a finite number")
        if isinstance(default, int) and isinstance(value, str) and not value.strip().isdigit():
            raise bad("a whole number")
    elif isinstance(default, dict) or hasattr(default, "copy_to_dict"):
        if not isinstance(value, dict):
            raise bad("a JSON object")
    elif isinstance(default, list | tuple):
        if not isinstance(value, list | str):
            raise bad("a JSON list")
    elif isinstance(default, str) and not isinstance(value, str):
        raise bad("a string")
