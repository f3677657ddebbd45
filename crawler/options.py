"""What an audit was asked to do, the usage error, and the one builder of Scrapy settings.

Every process that crawls (an audit, a distributed worker, ``brandsweep extract URL``, the
``python -m crawler.crawl`` subprocess the tests use) gets its Scrapy settings from
:func:`scrapy_settings` over overrides made by :func:`settings_overrides`, so a setting is
decided in one place: ``crawler/settings.py`` at project priority, then the audit's own
choices, then ``BRANDSWEEP_SCRAPY_SETTINGS`` (like ``scrapy -s``), at command-line priority.

Option *values* are checked where the command line is parsed (``crawler/option_values.py``,
``crawler/paths.py``); this module holds the checked options and turns them into settings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matching.variants import DEFAULT_MAX_VARIANTS

from .option_values import OptionValueError, check_scrapy_settings

if TYPE_CHECKING:
    from scrapy.settings import Settings

    from matching.user_words import UserWords

#: environment variable with a JSON object of Scrapy settings laid over ours, like ``scrapy -s``
#: (e.g. ``{"DOWNLOAD_TIMEOUT": 60}`` for a slow proxy); the tests use it to shorten timeouts
SETTINGS_ENV = "BRANDSWEEP_SCRAPY_SETTINGS"

SEARCH_ENGINES = ("duckduckgo", "searxng", "none")


class UsageError(Exception):
    """Bad options or input: the CLI exits 2 with this message."""


@dataclass
class AuditOptions:
    """One audit's options, checked (the CLI builds it; tests and benchmarks may too)."""

    inventory: Path
    out: Path
    db: Path
    platforms: tuple[str, ...] = ()
    platforms_files: tuple[Path, ...] = ()
    sites_file: Path | None = None
    search_engine: str = "duckduckgo"
    searxng_url: str | None = None
    proxy: str | None = None
    max_variants: int = DEFAULT_MAX_VARIANTS
    fail_on: str | None = None
    allow_private_network: bool = False
    # demo/tests: route hostnames to a local server (crawler/resolve.py)
    resolve: dict[str, str] = field(default_factory=dict)
    now: str | None = None  # the clock matching uses (dormancy); defaults to the real time
    # --words: the user's own phrases for the classifier (crawler/words_file.py), and the file
    words: UserWords | None = None
    words_file: Path | None = None
    progress: bool = True
    log_level: str = "WARNING"
    resume: bool = False
    # crawl with other machines through a shared scrapy-redis queue (crawler/distributed/)
    redis_url: str | None = None
    # impostor pages captured (page, screenshot, PDF) for evidence packs; 0 = none
    capture_max: int = 40
    # what a reviewer reads: language (None: the inventory's, else the machine's) and the
    # zone times are shown in (None: the machine's)
    lang: str | None = None
    timezone: str | None = None

    def crawl_overrides(self, audit_id: int | None) -> dict[str, Any]:
        """This audit's crawl settings, as overrides of ``crawler/settings.py``."""
        return settings_overrides(
            audit_id=audit_id, db=self.db, out=self.out, log_level=self.log_level,
            progress=self.progress, allow_private_network=self.allow_private_network,
            proxy=self.proxy, resolve=self.resolve, resume=self.resume, lang=self.lang,
        )


def env_overrides() -> dict[str, Any]:
    """``BRANDSWEEP_SCRAPY_SETTINGS`` as a dict, checked (a bad value is a UsageError)."""
    try:
        return check_scrapy_settings(os.environ.get(SETTINGS_ENV), SETTINGS_ENV)
    except OptionValueError as exc:
        raise UsageError(str(exc)) from None


def settings_overrides(
    *,
    audit_id: int | None,
    db: Path | None = None,
    out: Path | None = None,
    log_level: str = "WARNING",
    progress: bool = True,
    allow_private_network: bool = False,
    proxy: str | None = None,
    resolve: Mapping[str, str] | None = None,
    resume: bool = False,
    base: Mapping[str, Any] | None = None,
    lang: str | None = None,
) -> dict[str, Any]:
    """The settings one crawling process lays over ``crawler/settings.py``.

    ``base``: settings published by a distributed audit's coordinator (a worker's starting
    point). Then this process's choices, then ``BRANDSWEEP_SCRAPY_SETTINGS``. ``out``: where
    the crawl log goes when the terminal shows only warnings (an audit; a worker has none).
    ``lang``: the language of the progress lines and of the stop (reports/terminal.py).
    """
    settings: dict[str, Any] = dict(base or {})
    settings.update({
        "BRANDSWEEP_AUDIT_ID": audit_id,
        "BRANDSWEEP_ALLOW_PRIVATE_NETWORK": allow_private_network,
        "BRANDSWEEP_PROGRESS": progress,
        "LOG_LEVEL": log_level,
    })
    if db is not None:
        settings["BRANDSWEEP_DB"] = str(db)
    if out is not None and log_level not in ("INFO", "DEBUG"):
        # The crawl's own log (retries given up, refusals, robots) goes next to the report,
        # where an auditor can read it; the terminal keeps the progress line and the summary.
        out.mkdir(parents=True, exist_ok=True)
        settings["LOG_FILE"] = str(out / "crawl.log")
        settings["LOG_FILE_APPEND"] = False
        settings["LOG_LEVEL"] = "INFO"
    if lang:
        settings["BRANDSWEEP_LANG"] = lang
    if proxy:
        settings["BRANDSWEEP_PROXY"] = proxy
    if resolve:
        # scrapy_settings() swaps in the routing download handler (crawler/resolve.py)
        settings["BRANDSWEEP_RESOLVE"] = dict(resolve)
    if resume:
        # The store is the checkpoint (crawler/spiders/checkpoint.py), not a Scrapy JOBDIR:
        # after a SIGKILL a JOBDIR has lost its queue (saved only on a clean close) but kept
        # its seen-requests file, so resuming from it would skip requests never downloaded.
        settings["BRANDSWEEP_RESUME"] = True
    settings.update(env_overrides())
    return settings


def scrapy_settings(overrides: Mapping[str, Any]) -> Settings:
    """``crawler/settings.py`` at project priority, ``overrides`` on top (command-line
    priority); with ``BRANDSWEEP_RESOLVE`` the routing download handler replaces ours (a
    handler someone chose on purpose is kept)."""
    # Scrapy's import costs half a second; `brandsweep validate`, `--help` and the report
    # commands read options without ever building settings.
    from scrapy.settings import Settings

    from .resolve import handlers_setting  # scrapy-heavy, like Settings above
    from .transport import HANDLER_PATH  # scrapy-heavy, like Settings above

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(dict(overrides), priority="cmdline")
    resolve = settings.getdict("BRANDSWEEP_RESOLVE")
    if resolve and settings.getdict("DOWNLOAD_HANDLERS").get("http") in (None, HANDLER_PATH):
        settings.set("DOWNLOAD_HANDLERS", handlers_setting(resolve), priority="cmdline")
    return settings
