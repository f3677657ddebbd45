"""The SQLite store: every audit, every observation, and the evidence behind each finding.

One file (WAL journal, so report readers never block the crawler's writes), schema versioned by
ordered migration functions recorded in a ``migrations`` table and applied on open.

Writes are idempotent because with scrapy-redis several machines may emit the same item:

* sightings have a UNIQUE constraint over all their columns (``INSERT OR IGNORE``);
* observations are keyed by ``(audit_id, platform, handle)`` and upserted keeping the *most
  informative* fetch: ``found`` > ``not_found`` > ``unverifiable``, then the latest ``fetched_at``
  (a later ``unverifiable`` duplicate never erases a ``found``);
* page bodies are stored once per sha256 (zlib-compressed), the evidence of takedown requests;
* ``profiles`` keeps a stable identity across audits (first/last seen);
* triage keeps its history, one row per decision; the latest wins;
* coverage gaps (a search or probe that could not run) are unique per audit and content.

Example::

    store = Store("brandsweep.db")
    audit = store.begin_audit(inventory, settings={"platforms": ["instagram"]})
    store.add_observation(audit, obs, body=b"<html>...")
    store.finish_audit(audit, counts={"impostor": 1})
    store.previous_audit(audit)   # -> the last complete audit of the same inventory, or None
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from matching.models import (
    AllowEntry,
    Brand,
    Department,
    Evidence,
    Finding,
    FindingClass,
    Inventory,
    LinkedPage,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Severity,
    Sighting,
    Status,
    Triage,
    TriageDecision,
    Via,
    utcnow_iso,
)
from reports.i18n import instant

from .items import Calibration, SearchHit, SearchPage, SitePage

__all__ = ["GAP_FIELDS", "MIGRATIONS", "Store", "STATE_RANK"]


# how much a fetch proves: a duplicate item only replaces a stored one that proves less
STATE_RANK = {ProbeState.UNVERIFIABLE: 1, ProbeState.NOT_FOUND: 2, ProbeState.FOUND: 3}


# --------------------------------------------------------------------------- migrations


def lenient_text(value: bytes) -> str:
    """SQLite text as str, a damaged byte as U+FFFD (Python's default raises mid-query)."""
    return value.decode("utf-8", "replace")


def read_only_connection(db: Path) -> sqlite3.Connection:
    """A connection that can never write ``db`` (``crawler/paths.py`` checks through it)."""
    uri = db.absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    conn.text_factory = lenient_text
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # a WAL database in a read-only folder cannot get its -shm file: read it as immutable
        conn.close()
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True)
        conn.text_factory = lenient_text
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn


def _run_script(db: Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would COMMIT the migration's transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending!r}")


def _m001_initial(db: Database) -> None:
    """The first schema: audits and what the crawler saw, findings, triage, snapshots."""
    _run_script(
        db,
        """
        CREATE TABLE audits (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            complete INTEGER NOT NULL DEFAULT 0,
            inventory_path TEXT,
            inventory_digest TEXT,
            organization TEXT,
            settings TEXT,            -- json
            counts TEXT,              -- json
            inventory TEXT            -- json: the Inventory as audited, to re-render reports
        );
        CREATE INDEX audits_digest ON audits(inventory_digest, complete);

        CREATE TABLE sightings (
            audit_id INTEGER NOT NULL REFERENCES audits(id),
            platform TEXT NOT NULL,
            handle TEXT NOT NULL,
            via TEXT NOT NULL,
            source TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',   -- '' stands for None: NULLs never collide in UNIQUE
            UNIQUE (audit_id, platform, handle, via, source, detail, url)
        );

        CREATE TABLE observations (
            audit_id INTEGER NOT NULL REFERENCES audits(id),
            platform TEXT NOT NULL,
            handle TEXT NOT NULL,
            url TEXT NOT NULL,
            state TEXT NOT NULL,
            state_rank INTEGER NOT NULL,
            reason TEXT,
            http_status INTEGER,
            fields TEXT,              -- json ProfileFields
            fetched_at TEXT,
            body_sha256 TEXT,
            final_url TEXT,
            PRIMARY KEY (audit_id, platform, handle)
        );
        CREATE INDEX observations_profile ON observations(platform, handle);

        CREATE TABLE profiles (
            platform TEXT NOT NULL,
            handle TEXT NOT NULL,
            first_seen TEXT,
            last_seen TEXT,
            first_audit INTEGER,
            last_audit INTEGER,
            PRIMARY KEY (platform, handle)
        );

        CREATE TABLE snapshots (
            sha256 TEXT PRIMARY KEY,
            body BLOB NOT NULL,       -- zlib
            size INTEGER NOT NULL,
            url TEXT,
            fetched_at TEXT
        );

        CREATE TABLE linked_pages (
            audit_id INTEGER NOT NULL REFERENCES audits(id),
            url TEXT NOT NULL,
            from_platform TEXT NOT NULL,
            from_handle TEXT NOT NULL,
            final_url TEXT,
            http_status INTEGER,
            title TEXT,
            social_links TEXT,        -- json list
            refused TEXT,
            PRIMARY KEY (audit_id, url, from_platform, from_handle)
        );

        CREATE TABLE findings (
            audit_id INTEGER NOT NULL REFERENCES audits(id),
            position INTEGER NOT NULL,
            platform TEXT NOT NULL,
            handle TEXT NOT NULL,
            class TEXT NOT NULL,
            severity TEXT,
            score REAL NOT NULL,
            brand TEXT,
            department TEXT,
            status TEXT NOT NULL,
            status_detail TEXT,
            evidence TEXT,            -- json [{signal, value, detail}]
            discovered_via TEXT,      -- json list
            probe_state TEXT NOT NULL,
            probe_reason TEXT,
            imitates TEXT,            -- json [platform, handle] or null
            harm REAL NOT NULL DEFAULT 0,
            url TEXT,
            display_name TEXT,
            triage TEXT,              -- json Triage or null
            PRIMARY KEY (audit_id, platform, handle)
        );
        CREATE INDEX findings_profile ON findings(platform, handle);

        CREATE TABLE triage (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            platform TEXT NOT NULL,
            handle TEXT NOT NULL,
            decision TEXT NOT NULL,
            note TEXT,
            decided_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX triage_once
            ON triage(platform, handle, decision, coalesce(note, ''), decided_at);
        """,
    )


def _m002_coverage_gaps(db: Database) -> None:
    """Discovery steps that could not run (CAPTCHA, login wall for everyone, limits hit).

    Kept apart from observations: a gap is "could not look", never "nothing found", and the
    report must list it so that zero impostors on a platform is not read as a clean bill.
    Empty strings stand for missing query/url so the UNIQUE key makes re-adds no-ops."""
    _run_script(
        db,
        """
        CREATE TABLE coverage_gaps (
            audit_id INTEGER NOT NULL REFERENCES audits(id),
            path TEXT NOT NULL,       -- web_search, platform_search, probe, official_site, limit
            engine TEXT NOT NULL,     -- duckduckgo, searxng, or a platform name
            reason TEXT NOT NULL,     -- captcha, login_wall, unresponsive_engines: ..., http_403
            query TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            page INTEGER NOT NULL DEFAULT 1,
            recorded_at TEXT,
            UNIQUE (audit_id, path, engine, reason, query, url, page)
        );
        """,
    )


def _m003_sighting_search_text(db: Database) -> None:
    """A search result's title and snippet on its sighting (``Sighting.title``/``snippet``).

    For X and LinkedIn they are all a crawler can read of a profile; matching derives a
    display name and bio from them. Plain nullable columns outside the UNIQUE key: a sighting
    is the same sighting whatever text the engine showed, so re-adds stay no-ops (the first
    text stored is kept; a later copy only fills a missing one)."""
    _run_script(
        db,
        """
        ALTER TABLE sightings ADD COLUMN title TEXT;
        ALTER TABLE sightings ADD COLUMN snippet TEXT;
        """,
    )


def _m004_captures(db: Database) -> None:
    """Profile pages as a person saw them (``crawler/capture.py``), for evidence packs.

    One row per capture; the page body, screenshot and PDF sit in ``snapshots`` by sha256
    like every stored body. ``meta`` is the capture's JSON (state, reason in plain words,
    content type, redirects, the resources the rendering asked for)."""
    _run_script(
        db,
        """
        CREATE TABLE captures (
            platform TEXT NOT NULL,
            handle TEXT NOT NULL,
            captured_at TEXT NOT NULL,
            audit_id INTEGER,         -- the audit it was taken for; NULL: brandsweep evidence
            state TEXT NOT NULL,      -- shown, login_wall, js_shell, script_only, ...
            body_sha256 TEXT,
            screenshot_sha256 TEXT,
            pdf_sha256 TEXT,
            meta TEXT,                -- json
            PRIMARY KEY (platform, handle, captured_at)
        );
        """,
    )


def _m005_audit_status_triage_by(db: Database) -> None:
    """Why an audit ended, and who decided a triage.

    ``audits.status``: NULL while the crawl runs (read as ``partial``: a killed audit never
    gets to write anything else), ``complete`` when it finished, ``partial`` when it was
    interrupted (a signal, the time limit, a crash, a lost
    coordinator). ``complete`` stays the flag every query uses (1 only for ``complete``);
    ``finish_reason`` keeps the crawl's own word (``finished``, ``shutdown``,
    ``closespider_timeout``, ``interrupted: SIGINT``, ``crash: ...``). Audits from before
    this migration were complete or killed: their status is derived from ``complete``
    (an unfinished one reads ``partial``, reason unknown).

    ``triage.by``: the reviewer who recorded the decision (``--by``, default the OS user);
    NULL for decisions recorded before it was asked."""
    _run_script(
        db,
        """
        ALTER TABLE audits ADD COLUMN status TEXT;
        ALTER TABLE audits ADD COLUMN finish_reason TEXT;
        UPDATE audits SET status = CASE WHEN complete = 1 THEN 'complete' ELSE 'partial' END;
        UPDATE audits SET finish_reason = 'finished' WHERE complete = 1;
        ALTER TABLE triage ADD COLUMN by TEXT;
        """,
    )


def _m006_sighting_page_text(db: Database) -> None:
    """What the page that links a profile shows, on its sighting (``Sighting.page_text``).

    A lookalike site that asks for card numbers and SMS codes links a walled page: the page's
    own words are evidence about the profile it sends its victims to. A nullable column outside
    the UNIQUE key, filled like the title and snippet (the first text stored is kept)."""
    _run_script(db, "ALTER TABLE sightings ADD COLUMN page_text TEXT;")


def _m007_linked_page_text(db: Database) -> None:
    """What a page one hop from a profile's link shows (``LinkedPage.text``), beside its
    title: a scam page's requests are evidence about the profile that links it."""
    _run_script(db, "ALTER TABLE linked_pages ADD COLUMN text TEXT;")


def _m008_probe_outcomes(db: Database) -> None:
    """A variant probe that settled without a profile (the catalog's rules read "not found").

    It leaves no observation, so before this table ``--resume`` asked every such probe again.
    Only definite answers are kept: "could not check" (rate-limited, walled, an error) is asked
    again. An older brandsweep refuses a file with this migration (``_refuse_newer``): it says
    the file was written by a newer brandsweep and leaves it untouched."""
    _run_script(
        db,
        """
        CREATE TABLE probe_outcomes (
            audit_id INTEGER NOT NULL REFERENCES audits(id),
            platform TEXT NOT NULL,
            handle TEXT NOT NULL,
            state TEXT NOT NULL,      -- not_found
            reason TEXT,              -- what the catalog's rules gave (http_404, ...)
            recorded_at TEXT,
            PRIMARY KEY (audit_id, platform, handle)
        );
        """,
    )


def _m009_search_pages_calibrations(db: Database) -> None:
    """Search pages that answered and what they listed (``search_pages``), and each platform's
    calibration with a random handle (``calibrations``).

    Before these tables ``--resume`` asked every search page and every calibration again. Only
    settled answers are kept (a page that was rate-limited, blocked or failed, a calibration
    that could not be read are asked again). A calibration is about the platform, not the
    audit: keyed by platform, the last one kept, with when and by which audit it was made
    (``crawler.spiders.checkpoint.CALIBRATION_MAX_AGE``). An older brandsweep refuses a file
    with this migration (``_refuse_newer``) and leaves it untouched."""
    _run_script(
        db,
        """
        CREATE TABLE search_pages (
            audit_id INTEGER NOT NULL REFERENCES audits(id),
            path TEXT NOT NULL,       -- platform_search | web_search
            source TEXT NOT NULL,     -- the platform, or the search engine
            query TEXT NOT NULL,
            page INTEGER NOT NULL,
            url TEXT NOT NULL,        -- the page as its sightings name it
            state TEXT NOT NULL,      -- found (it listed results) | not_found (an honest none)
            hits TEXT NOT NULL,       -- JSON: [{url, handle, title, snippet}, ...]
            next TEXT NOT NULL,       -- JSON: {next_url, next_form, has_more}
            recorded_at TEXT,
            PRIMARY KEY (audit_id, path, source, query, page)
        );
        CREATE TABLE calibrations (
            platform TEXT PRIMARY KEY,
            state TEXT NOT NULL,      -- not_found | found
            reason TEXT,
            audit_id INTEGER,         -- the audit that made it
            recorded_at TEXT NOT NULL
        );
        """,
    )


def _m010_calibration_rules(db: Database) -> None:
    """The catalog entry's rules a calibration was made under (``calibrations.rules``, a digest:
    ``crawler.spiders.checkpoint.calibration_rules``). A platform's calibration was keyed by its
    name alone, so a resume after the entry changed (a user's catalog file edited between the
    stop and the resume: another not-found rule, another profile URL) reused an answer read with
    the old rules. One stored before this column has none: it is asked again."""
    _run_script(db, "ALTER TABLE calibrations ADD COLUMN rules TEXT NOT NULL DEFAULT '';")


def _m011_triage_recorded_at(db: Database) -> None:
    """When each triage decision was recorded in this database (``triage.recorded_at``), beside
    when the reviewer made it (``decided_at``, the report page's time, which a decisions file
    or a spreadsheet carries in): a decision made before an audit but imported after it is
    one the audit did not know, so "decisions recorded after the audit" go by this time
    (``crawler.runner.later_decisions``). NULL for decisions recorded before this migration:
    when they were imported is unknown, and ``decided_at`` stands in for it. An older
    brandsweep refuses a file with this migration (``_refuse_newer``) and leaves it
    untouched."""
    _run_script(db, "ALTER TABLE triage ADD COLUMN recorded_at TEXT;")


def _m012_site_pages(db: Database) -> None:
    """The company's own website pages that answered and what the crawl read from them
    (``site_pages``: the links with their texts, the page's text; a sitemap's URLs). Before
    this table ``--resume`` fetched every official page again; now it replays one answered
    less than ``crawler.spiders.checkpoint.SITE_PAGE_MAX_AGE`` before. An older brandsweep
    refuses a file with this migration (``_refuse_newer``) and leaves it untouched."""
    _run_script(
        db,
        """
        CREATE TABLE site_pages (
            audit_id INTEGER NOT NULL REFERENCES audits(id),
            url TEXT NOT NULL,        -- as asked (before redirects)
            kind TEXT NOT NULL,       -- page | sitemap
            final_url TEXT NOT NULL,
            links TEXT NOT NULL,      -- JSON: [[url, text], ...]
            text TEXT,
            is_index INTEGER NOT NULL DEFAULT 0,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (audit_id, url, kind)
        );
        """,
    )


# Ordered: append new migrations, never edit or reorder applied ones.
MIGRATIONS: list[tuple[str, Callable[[Database], None]]] = [
    ("001_initial", _m001_initial),
    ("002_coverage_gaps", _m002_coverage_gaps),
    ("003_sighting_search_text", _m003_sighting_search_text),
    ("004_captures", _m004_captures),
    ("005_audit_status_triage_by", _m005_audit_status_triage_by),
    ("006_sighting_page_text", _m006_sighting_page_text),
    ("007_linked_page_text", _m007_linked_page_text),
    ("008_probe_outcomes", _m008_probe_outcomes),
    ("009_search_pages_calibrations", _m009_search_pages_calibrations),
    ("010_calibration_rules", _m010_calibration_rules),
    ("011_triage_recorded_at", _m011_triage_recorded_at),
    ("012_site_pages", _m012_site_pages),
]

#: The fields of a coverage gap, in the order of ``crawler.items.CoverageGap``.
GAP_FIELDS: tuple[str, ...] = ("path", "engine", "reason", "query", "url", "page")


#: upsert of one settled probe (``Store.add_probe_outcomes``): the last answer is kept
_PROBE_OUTCOME_SQL = (
    "INSERT INTO probe_outcomes (audit_id, platform, handle, state, reason, recorded_at)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (audit_id, platform, handle)"
    " DO UPDATE SET state = excluded.state, reason = excluded.reason")


#: upsert of one settled search page (``Store.add_search_pages``): the last answer is kept
_SEARCH_PAGE_SQL = (
    "INSERT INTO search_pages (audit_id, path, source, query, page, url, state, hits, next,"
    " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (audit_id, path, source, query, page) DO UPDATE SET url = excluded.url,"
    " state = excluded.state, hits = excluded.hits, next = excluded.next,"
    " recorded_at = excluded.recorded_at")

#: upsert of one official site page that answered (``Store.add_site_pages``): the last kept
_SITE_PAGE_SQL = (
    "INSERT INTO site_pages (audit_id, url, kind, final_url, links, text, is_index,"
    " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (audit_id, url, kind)"
    " DO UPDATE SET final_url = excluded.final_url, links = excluded.links,"
    " text = excluded.text, is_index = excluded.is_index, recorded_at = excluded.recorded_at")

#: upsert of a platform's calibration (``Store.add_calibrations``): the newest is kept
_CALIBRATION_SQL = (
    "INSERT INTO calibrations (platform, state, reason, audit_id, recorded_at, rules)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform) DO UPDATE SET state = excluded.state,"
    " reason = excluded.reason, audit_id = excluded.audit_id,"
    " recorded_at = excluded.recorded_at, rules = excluded.rules")


# --------------------------------------------------------------------------- (de)serialising


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


class StoreDataError(Exception):
    """A stored row brandsweep cannot read back (bad JSON, an unknown class value): the file was
    changed outside brandsweep. The CLI prints it with the database path and exits 2."""


class StoreSchemaError(StoreDataError):
    """The file's schema is not one this version can use (newer, or read-only and older)."""


def _loads(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except (ValueError, TypeError) as exc:
        raise StoreDataError(f"a stored value is not valid JSON ({str(text)[:40]!r}: {exc})") \
            from None


def _reading(table: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Row builders raise :class:`StoreDataError` (naming the table) for values they cannot
    read, rather than a bare ValueError or KeyError from deep inside."""
    def wrap(build: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(build)
        def inner(*args: Any, **kwargs: Any) -> Any:
            try:
                return build(*args, **kwargs)
            except StoreDataError as exc:
                raise StoreDataError(f"table {table}: {exc}") from None
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise StoreDataError(f"table {table}: a row holds a value this version cannot "
                                     f"read ({exc})") from None
        return inner
    return wrap


def _rebuild(cls: type, data: dict[str, Any] | None) -> Any:
    """A frozen dataclass from its JSON dict: lists back to tuples, unknown keys dropped
    (a newer writer may have added fields an older reader does not know)."""
    data = data or {}
    known = {f.name for f in dataclasses.fields(cls)}
    kwargs = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
    return cls(**kwargs)


#: ProfileFields' names, in order: its values are flat (text, numbers, tuples of text)
_PROFILE_FIELDS = tuple(f.name for f in dataclasses.fields(ProfileFields))


def _fields_to_json(fields: ProfileFields) -> str:
    """What ``dataclasses.asdict`` gives for these flat fields, without its recursive deep
    copy (which was most of storing a 1,000-site sweep's answers)."""
    return _dumps({name: getattr(fields, name) for name in _PROFILE_FIELDS})


def _triage_to_json(t: Triage | None) -> str | None:
    if t is None:
        return None
    return _dumps(
        {
            "platform": t.platform,
            "handle": t.handle,
            "decision": t.decision.value,
            "note": t.note,
            "decided_at": t.decided_at,
            **({"by": t.by} if t.by else {}),
        }
    )


def _triage_from(data: dict[str, Any] | None) -> Triage | None:
    if not data:
        return None
    return Triage(
        platform=data["platform"],
        handle=data["handle"],
        decision=TriageDecision(data["decision"]),
        note=data.get("note"),
        decided_at=data.get("decided_at"),
        by=data.get("by"),
    )


def _inventory_to_json(inv: Inventory) -> str:
    return _dumps(dataclasses.asdict(inv))


def _inventory_from(data: dict[str, Any]) -> Inventory:
    brands = tuple(
        Brand(
            name=b["name"],
            aliases=tuple(b.get("aliases") or ()),
            websites=tuple(b.get("websites") or ()),
            strategy=tuple(b.get("strategy") or ()),
            accounts=tuple(_rebuild(OfficialAccount, a) for a in b.get("accounts") or ()),
        )
        for b in data.get("brands") or ()
    )
    return Inventory(
        organization=data["organization"],
        domains=tuple(data.get("domains") or ()),
        departments=tuple(_rebuild(Department, d) for d in data.get("departments") or ()),
        brands=brands,
        allow=tuple(_rebuild(AllowEntry, a) for a in data.get("allow") or ()),
        source=data.get("source"),
        digest=data.get("digest"),
        legal_name=data.get("legal_name"),
        contact=data.get("contact"),
        trademarks=tuple(data.get("trademarks") or ()),
        language=data.get("language"),
    )


# --------------------------------------------------------------------------- row writes

#: the UNIQUE key is unchanged (title/snippet/page_text are not part of it): a duplicate is
#: a no-op, except that it fills a title, snippet or page text the stored copy lacks
_SIGHTING_SQL = (
    "INSERT INTO sightings"
    " (audit_id, platform, handle, via, source, detail, url, title, snippet, page_text)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (audit_id, platform, handle, via, source, detail, url) DO UPDATE SET"
    " title = coalesce(sightings.title, excluded.title),"
    " snippet = coalesce(sightings.snippet, excluded.snippet),"
    " page_text = coalesce(sightings.page_text, excluded.page_text)"
    " WHERE (sightings.title IS NULL AND excluded.title IS NOT NULL)"
    " OR (sightings.snippet IS NULL AND excluded.snippet IS NOT NULL)"
    " OR (sightings.page_text IS NULL AND excluded.page_text IS NOT NULL)"
)
_SNAPSHOT_SQL = ("INSERT OR IGNORE INTO snapshots (sha256, body, size, url, fetched_at)"
                 " VALUES (?, ?, ?, ?, ?)")
#: a duplicate of a profile replaces the stored one only if it proves more
#: (found > not_found > unverifiable) or as much but was fetched later
_OBSERVATION_SQL = """
    INSERT INTO observations (audit_id, platform, handle, url, state, state_rank,
        reason, http_status, fields, fetched_at, body_sha256, final_url)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (audit_id, platform, handle) DO UPDATE SET
        url = excluded.url, state = excluded.state, state_rank = excluded.state_rank,
        reason = excluded.reason, http_status = excluded.http_status,
        fields = excluded.fields, fetched_at = excluded.fetched_at,
        body_sha256 = excluded.body_sha256, final_url = excluded.final_url
    WHERE excluded.state_rank > observations.state_rank
       OR (excluded.state_rank = observations.state_rank
           AND coalesce(excluded.fetched_at, '')
               > coalesce(observations.fetched_at, ''))
"""
_PROFILE_SQL = """
    INSERT INTO profiles (platform, handle, first_seen, last_seen, first_audit,
        last_audit) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, handle) DO UPDATE SET
        first_seen = min(first_seen, excluded.first_seen),
        last_seen = max(last_seen, excluded.last_seen),
        first_audit = min(first_audit, excluded.first_audit),
        last_audit = max(last_audit, excluded.last_audit)
"""


def _sighting_row(audit_id: int, s: Sighting) -> tuple[Any, ...]:
    return (audit_id, s.platform, s.handle, Via(s.via).value, s.source, s.detail or "",
            s.url or "", s.title or None, s.snippet or None, s.page_text or None)


# --------------------------------------------------------------------------- the store


class Store:
    """The audit history in one SQLite file (``":memory:"`` for tests).

    All writes run in a transaction; every ``add_*`` is idempotent. Not thread-safe: one Store
    per thread/process (SQLite's WAL lets several processes share the file)."""

    def __init__(self, path: str | Path = ":memory:", *, timeout: float = 30.0,
                 readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._checkpointer: Any = None  # a thread (``checkpoint_meanwhile``)
        # execute_plugins=False: no sqlite-utils plugin of the machine runs on the history (and
        # the scan for them, over every installed package's entry points, cost 0.02 s a start)
        if self.path == ":memory:":
            self.db = Database(memory=True, execute_plugins=False)
        elif readonly:
            # ``brandsweep report`` on a database it may not write: no WAL switch, no
            # migration; an older schema is refused (StoreSchemaError) rather than upgraded
            self.db = Database(read_only_connection(Path(self.path)), execute_plugins=False)
            self._check_current()
            return
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = Database(sqlite3.connect(self.path, timeout=timeout), execute_plugins=False)
            self.db.enable_wal()
            # WAL + NORMAL: durable at checkpoints, fast per-item commits for the pipeline
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        self.db.conn.text_factory = lenient_text  # a damaged byte must not end a report
        self._migrate()

    # -- lifecycle

    def _migrate(self) -> None:
        """Apply the migrations not yet recorded, in order, each in its own transaction.

        ``BEGIN IMMEDIATE`` takes the write lock first, so two processes opening a fresh file
        at once apply each migration exactly once."""
        conn = self.db.conn
        self._refuse_newer()
        conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations ("
            "id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
        )
        conn.commit()
        for name, migrate in MIGRATIONS:
            conn.execute("BEGIN IMMEDIATE")
            try:
                done = conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone()
                if not done:
                    migrate(self.db)
                    conn.execute(
                        "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                        (name, utcnow_iso()),
                    )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _applied(self) -> list[str] | None:
        """Migration names recorded in the file, or None when it has no migrations table."""
        if not self.db.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                    "name = 'migrations'").fetchone():
            return None
        return [r[0] for r in self.db.conn.execute("SELECT name FROM migrations ORDER BY id")]

    def _refuse_newer(self) -> None:
        """Before anything is written: a file a newer brandsweep migrated is left alone."""
        known = [name for name, _ in MIGRATIONS]
        unknown = [name for name in self._applied() or () if name not in known]
        if unknown:
            raise StoreSchemaError(f"written by a newer brandsweep (schema {unknown[-1]}, this "
                                   f"version knows up to {known[-1]})")

    def _check_current(self) -> None:
        """A read-only store must already have every migration applied."""
        self._refuse_newer()
        applied = self._applied() or []
        pending = [name for name, _ in MIGRATIONS if name not in applied]
        if pending:
            raise StoreSchemaError(f"the database needs an upgrade ({', '.join(pending)}) but "
                                   "is read-only")

    def migrations(self) -> list[str]:
        """Names of the applied migrations, in order."""
        return [r["name"] for r in self.db.query("SELECT name FROM migrations ORDER BY id")]

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.join()
            self._checkpointer = None
        self.db.close()

    def checkpoint_meanwhile(self) -> None:
        """Copy the write-ahead log into the database file on a thread of its own, while
        this process goes on (an audit: writing its report).

        Closing the last connection does it otherwise, with two ``fdatasync`` calls that
        took 0.05 to 0.4 s of a finished audit on a busy shared disk; SQLite leaves Python's
        lock while it copies and syncs, so here that waiting overlaps the report. Only once
        nothing more is written (a write after it is copied at close, as usual); ``close``
        waits for it. A failure costs nothing: the close copies what is left."""
        if self.path == ":memory:" or self.readonly or self._checkpointer is not None:
            return
        import threading  # the store's only thread: started here, joined by ``close``

        def checkpoint() -> None:
            try:
                conn = sqlite3.connect(self.path, timeout=5.0)
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                finally:
                    conn.close()
            except sqlite3.Error:
                pass  # the close checkpoints instead

        self._checkpointer = threading.Thread(target=checkpoint, name="brandsweep-checkpoint",
                                              daemon=True)
        self._checkpointer.start()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def batch(self) -> Iterator[Store]:
        """Group many writes in one transaction (nested writes become savepoints)::

        with store.batch():
            for item in items:
                store.add_sighting(audit, item)
        """
        with self.db.atomic():
            yield self

    # -- audits

    def begin_audit(self, inventory: Inventory, settings: dict[str, Any] | None = None) -> int:
        """Open an audit (``complete=0``, no status: it reads ``partial`` until
        :meth:`finish_audit`, which is the truth if the process dies) and return its id."""
        with self.db.atomic():
            cur = self.db.execute(
                "INSERT INTO audits (started_at, complete, inventory_path, inventory_digest,"
                " organization, settings, inventory) VALUES (?, 0, ?, ?, ?, ?, ?)",
                (
                    utcnow_iso(),
                    inventory.source,
                    inventory.digest,
                    inventory.organization,
                    _dumps(settings or {}),
                    _inventory_to_json(inventory),
                ),
            )
            return int(cur.lastrowid or 0)

    def resume_audit(self, audit_id: int, out: str | None = None) -> None:
        """Mark an interrupted audit running again (``--resume`` continues it); ``out``: the
        folder this run writes the report to, kept as the audit's (settings ``out``: the
        commands printed later name it) when the run was given another ``--out``."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE audits SET status = NULL, complete = 0, finish_reason = NULL"
                " WHERE id = ?",
                (audit_id,),
            )
            if out is None:
                return
            row = self.db.execute("SELECT settings FROM audits WHERE id = ?",
                                  (audit_id,)).fetchone()
            settings = (_loads(row[0]) or {}) if row else {}
            if settings.get("out") != out:
                settings["out"] = out
                self.db.execute("UPDATE audits SET settings = ? WHERE id = ?",
                                (_dumps(settings), audit_id))

    def finish_audit(
        self,
        audit_id: int,
        complete: bool = True,
        counts: dict[str, Any] | None = None,
        finish_reason: str | None = None,
    ) -> None:
        """Close an audit: ``complete`` only when its crawl finished; otherwise it is
        ``partial`` (never the "previous" audit, see :meth:`previous_audit`) and
        ``finish_reason`` says why."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE audits SET finished_at = ?, complete = ?, counts = ?, status = ?,"
                " finish_reason = ? WHERE id = ?",
                (
                    utcnow_iso(),
                    int(complete),
                    _dumps(counts or {}),
                    "complete" if complete else "partial",
                    finish_reason or ("finished" if complete else None),
                    audit_id,
                ),
            )

    def mark_partial(self, audit_id: int, finish_reason: str) -> None:
        """Record that an audit stopped before its crawl finished, and why (kept even when
        nothing else of the audit can be written any more, e.g. after a crash)."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE audits SET complete = 0, status = 'partial', finish_reason = ?,"
                " finished_at = coalesce(finished_at, ?) WHERE id = ?",
                (finish_reason, utcnow_iso(), audit_id),
            )

    def audits(self, *, settings: bool = True) -> list[dict[str, Any]]:
        """Every audit, oldest first: id, started_at, finished_at, complete (bool), status
        (``complete`` or ``partial``: interrupted, or still running), finish_reason (None for
        an audit killed before it could say, or still running), inventory_path,
        inventory_digest, organization, settings and counts (dicts).

        ``settings=False`` leaves the settings out (they hold each audit's crawl summary: a
        row per platform, megabytes for a 10,000-site sweep): for a list of audits."""
        return self._audit_rows("ORDER BY id", (), settings)

    def audit(self, audit_id: int) -> dict[str, Any] | None:
        """One row of :meth:`audits`, or None."""
        rows = self._audit_rows("WHERE id = ?", (audit_id,), True)
        return rows[0] if rows else None

    def audit_language(self, audit_id: int) -> str | None:
        """The language the audit's report was written in (its settings' ``lang``; None for
        an audit stored before it was kept), read without decoding the rest of its settings."""
        row = self.db.execute(
            "SELECT json_extract(settings, '$.lang') FROM audits WHERE id = ?"
            " AND json_valid(settings)", (audit_id,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def swept_platforms(self, audit_id: int) -> tuple[str, ...]:
        """The audit's ``--platforms`` (its settings' ``platforms``; empty = all), read
        without decoding the rest of its settings (the crawl summary is megabytes)."""
        row = self.db.execute(
            "SELECT json_extract(settings, '$.platforms') FROM audits WHERE id = ?"
            " AND json_valid(settings) AND json_type(settings, '$.platforms') = 'array'",
            (audit_id,)).fetchone()
        value = _loads(row[0]) if row and row[0] else None
        return tuple(str(p) for p in value) if isinstance(value, list) else ()

    def _audit_rows(self, where: str, params: tuple[Any, ...], settings: bool
                    ) -> list[dict[str, Any]]:
        out = []
        for row in self.db.query(
            "SELECT id, started_at, finished_at, complete, status, finish_reason,"
            " inventory_path, inventory_digest, organization, counts"
            + (", settings" if settings else "") + f" FROM audits {where}", params
        ):
            row["complete"] = bool(row["complete"])
            row["status"] = row["status"] or ("complete" if row["complete"] else "partial")
            if settings:
                row["settings"] = _loads(row["settings"]) or {}
            row["counts"] = _loads(row["counts"]) or {}
            out.append(row)
        return out

    def inventory(self, audit_id: int) -> Inventory:
        """The inventory as it was when the audit began (reports re-render from it)."""
        row = self.db.execute("SELECT inventory FROM audits WHERE id = ?", (audit_id,)).fetchone()
        if row is None or row[0] is None:
            raise KeyError(f"no audit {audit_id}")
        return _reading("audits")(lambda text: _inventory_from(_loads(text)))(row[0])

    def latest_audit(self, complete_only: bool = True) -> int | None:
        """The newest (complete, unless ``complete_only=False``) audit, or None."""
        sql = "SELECT max(id) FROM audits" + (" WHERE complete = 1" if complete_only else "")
        return self.db.execute(sql).fetchone()[0]

    def incomplete_audit(self, inventory: Inventory) -> int | None:
        """The newest unfinished audit of this very inventory (same digest): what ``--resume``
        continues. None when the last audit of it finished."""
        row = self.db.execute(
            "SELECT id, complete FROM audits WHERE inventory_digest IS ? ORDER BY id DESC LIMIT 1",
            (inventory.digest,),
        ).fetchone()
        return int(row[0]) if row and not row[1] else None

    def previous_audit(self, audit_id: int) -> int | None:
        """The audit to compare ``audit_id`` with: the latest *complete* earlier audit of the
        same inventory digest; failing that, of the same organization.

        Why the fallback: editing the inventory (say, adopting ``proposed_inventory.yaml``)
        changes its digest but not the company; treating every finding as new after each edit
        would defeat ``--fail-on``. The organization is used rather than the path because
        paths are relative and the demo's live in temporary directories. Unfinished audits
        (crashed, interrupted) never count."""
        row = self.db.execute(
            "SELECT inventory_digest, organization FROM audits WHERE id = ?", (audit_id,)
        ).fetchone()
        if row is None:
            return None
        digest, organization = row
        for column, value in (("inventory_digest", digest), ("organization", organization)):
            if value is None:
                continue
            found = self.db.execute(
                f"SELECT max(id) FROM audits WHERE complete = 1 AND id < ? AND {column} = ?",
                (audit_id, value),
            ).fetchone()[0]
            if found is not None:
                return int(found)
        return None

    def set_crawl_summary(self, audit_id: int, summary: dict[str, Any]) -> None:
        """Keep what the crawl did (requests, statuses, probes per platform) in the audit's
        settings under ``"crawl"``, so ``brandsweep report`` re-renders the coverage section
        exactly as the audit printed it."""
        with self.db.atomic():
            row = self.db.execute(
                "SELECT settings FROM audits WHERE id = ?", (audit_id,)
            ).fetchone()
            if row is None:
                raise KeyError(f"no audit {audit_id}")
            settings = _loads(row[0]) or {}
            settings["crawl"] = summary
            self.db.execute(
                "UPDATE audits SET settings = ? WHERE id = ?", (_dumps(settings), audit_id)
            )

    def crawl_summary(self, audit_id: int) -> dict[str, Any]:
        """What :meth:`set_crawl_summary` stored; ``{}`` for an audit without one."""
        row = self.db.execute("SELECT settings FROM audits WHERE id = ?", (audit_id,)).fetchone()
        settings = (_loads(row[0]) or {}) if row else {}
        summary = settings.get("crawl")
        return summary if isinstance(summary, dict) else {}

    # -- what the crawler saw

    def add_coverage_gap(self, audit_id: int, gap: Any) -> None:
        """Record a discovery step that could not run; adding the same gap again is a no-op.

        ``gap`` is a ``CoverageGap`` item or any object/mapping with its fields
        (path, engine, reason; query, url and page optional)::

            store.add_coverage_gap(audit, CoverageGap("web_search", "duckduckgo", "captcha",
                                                      query='"Northwind Coffee"'))
        """
        get = gap.get if isinstance(gap, Mapping) else (lambda k, d=None: getattr(gap, k, d))
        path, engine, reason = (str(get(k) or "") for k in ("path", "engine", "reason"))
        if not path or not reason:
            raise ValueError(f"a coverage gap needs a path and a reason, got {gap!r}")
        with self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO coverage_gaps"
                " (audit_id, path, engine, reason, query, url, page, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    audit_id,
                    path,
                    engine,
                    reason,
                    str(get("query") or ""),
                    str(get("url") or ""),
                    int(get("page") or 1),
                    utcnow_iso(),
                ),
            )

    def coverage_gaps(self, audit_id: int) -> list[dict[str, Any]]:
        """The audit's coverage gaps in first-recorded order, as plain dicts with the
        ``CoverageGap`` fields (path, engine, reason, query, url, page): what the report
        and ``coverage.json`` print."""
        cols = ", ".join(GAP_FIELDS)
        return list(
            self.db.query(
                f"SELECT {cols} FROM coverage_gaps WHERE audit_id = ? ORDER BY rowid",
                (audit_id,),
            )
        )

    def add_probe_outcome(self, audit_id: int, platform: str, handle: str, state: str,
                          reason: str | None = None) -> None:
        """Record a probe that settled without a profile (upsert: the last answer is kept)."""
        self.add_probe_outcomes(audit_id, [(platform, handle, state, reason)])

    def add_probe_outcomes(self, audit_id: int, outcomes: Iterable[Any]) -> None:
        """Several settled probes in one transaction: each a ``ProbeOutcome`` or a
        (platform, handle, state, reason) tuple."""
        now = utcnow_iso()
        rows = [(audit_id, *(o if isinstance(o, tuple) else
                             (o.platform, o.handle, o.state, o.reason)), now) for o in outcomes]
        with self.db.atomic():
            self.db.conn.executemany(_PROBE_OUTCOME_SQL, rows)

    def probe_outcomes(self, audit_id: int) -> dict[tuple[str, str], tuple[str, str | None]]:
        """(platform, handle) -> (state, reason) of the audit's settled probes."""
        return {(r["platform"], r["handle"]): (r["state"], r["reason"]) for r in self.db.query(
            "SELECT platform, handle, state, reason FROM probe_outcomes WHERE audit_id = ?",
            (audit_id,))}

    def add_search_pages(self, audit_id: int, pages: Iterable[SearchPage]) -> None:
        """Settled search pages (``crawler.items.SearchPage``) in one transaction (upserts)."""
        now = utcnow_iso()
        rows = [(audit_id, p.path, p.source, p.query, p.page, p.url, p.state,
                 _dumps([dataclasses.asdict(h) for h in p.hits]),
                 _dumps({"next_url": p.next_url, "next_form": [list(f) for f in p.next_form],
                         "has_more": p.has_more}), now) for p in pages]
        with self.db.atomic():
            self.db.conn.executemany(_SEARCH_PAGE_SQL, rows)

    @_reading("search_pages")
    def search_pages(self, audit_id: int) -> list[SearchPage]:
        """The audit's settled search pages, in the order they were first stored."""
        out = []
        for r in self.db.query(
                "SELECT path, source, query, page, url, state, hits, next FROM search_pages"
                " WHERE audit_id = ? ORDER BY rowid", (audit_id,)):
            nxt = _loads(r["next"]) or {}
            out.append(SearchPage(
                r["path"], r["source"], r["query"], int(r["page"]), r["url"],
                tuple(SearchHit(**h) for h in _loads(r["hits"]) or ()),
                str(nxt.get("next_url") or ""),
                tuple((str(k), str(v)) for k, v in nxt.get("next_form") or ()),
                bool(nxt.get("has_more")), r["state"]))
        return out

    def add_site_pages(self, audit_id: int, pages: Iterable[SitePage]) -> None:
        """Official site pages that answered (``crawler.items.SitePage``), one transaction."""
        now = utcnow_iso()
        rows = [(audit_id, p.url, p.kind, p.final_url, _dumps([list(link) for link in p.links]),
                 p.text, int(p.index), now) for p in pages]
        with self.db.atomic():
            self.db.conn.executemany(_SITE_PAGE_SQL, rows)

    @_reading("site_pages")
    def site_pages(self, audit_id: int) -> list[tuple[SitePage, str]]:
        """The audit's official site pages that answered, each with when it was stored."""
        return [(SitePage(r["url"], r["kind"], r["final_url"],
                          tuple((str(u), str(t)) for u, t in _loads(r["links"]) or ()),
                          r["text"], bool(r["is_index"])), r["recorded_at"])
                for r in self.db.query(
                    "SELECT url, kind, final_url, links, text, is_index, recorded_at"
                    " FROM site_pages WHERE audit_id = ? ORDER BY rowid", (audit_id,))]

    def add_calibrations(self, audit_id: int | None, calibrations: Iterable[Calibration]
                         ) -> None:
        """Platforms' settled calibrations in one transaction: the newest per platform is
        kept, with the audit that made it and when."""
        now = utcnow_iso()
        rows = [(c.platform, c.state, c.reason, audit_id, now, c.rules) for c in calibrations]
        with self.db.atomic():
            self.db.conn.executemany(_CALIBRATION_SQL, rows)

    def calibrations(self) -> dict[str, tuple[str, str | None, int | None, str, str]]:
        """platform -> (state, reason, audit id, recorded at, the rules it was made under) of
        its newest calibration."""
        return {r["platform"]: (r["state"], r["reason"], r["audit_id"], r["recorded_at"],
                                r["rules"])
                for r in self.db.query("SELECT platform, state, reason, audit_id, recorded_at,"
                                       " rules FROM calibrations")}

    def add_sighting(self, audit_id: int, sighting: Sighting) -> None:
        with self.db.atomic():
            self._insert_sighting(audit_id, sighting)

    def _insert_sighting(self, audit_id: int, s: Sighting) -> None:
        self.db.execute(_SIGHTING_SQL, _sighting_row(audit_id, s))

    def sightings(self, audit_id: int) -> list[Sighting]:
        """All sightings of an audit, including those of profiles never fetched."""
        return [
            self._sighting(r)
            for r in self.db.query(
                "SELECT * FROM sightings WHERE audit_id = ? ORDER BY rowid", (audit_id,)
            )
        ]

    @staticmethod
    @_reading("sightings")
    def _sighting(r: dict[str, Any]) -> Sighting:
        return Sighting(
            platform=r["platform"],
            handle=r["handle"],
            via=Via(r["via"]),
            source=r["source"],
            detail=r["detail"],
            url=r["url"] or None,
            title=r.get("title"),
            snippet=r.get("snippet"),
            page_text=r.get("page_text"),
        )

    def add_observation(
        self, audit_id: int, obs: ProfileObservation, body: bytes | None = None
    ) -> None:
        """Store one fetch of a profile (and its body as a snapshot).

        A duplicate of the same profile in the same audit replaces the stored one only if it
        proves more (found > not_found > unverifiable) or as much but was fetched later. When
        ``body`` is given its sha256 becomes the observation's ``body_sha256``. Sightings
        attached to ``obs`` are stored too."""
        with self.db.atomic():
            self._write_observations(audit_id, [(obs, body)])

    def add_observations(
        self, audit_id: int,
        items: Sequence[tuple[Sighting | None, ProfileObservation, bytes | None]],
    ) -> None:
        """``add_sighting`` and ``add_observation`` for many profiles at once, in one
        transaction and one statement per table (the probe workers' answers of a sweep,
        crawler/lane_direct.py): the same rows, in the same order within each table."""
        with self.db.atomic():
            sightings = [s for s, _, _ in items if s is not None]
            if sightings:
                self.db.conn.executemany(_SIGHTING_SQL,
                                         [_sighting_row(audit_id, s) for s in sightings])
            self._write_observations(audit_id, [(o, b) for _, o, b in items])

    def _write_observations(self, audit_id: int,
                            items: Sequence[tuple[ProfileObservation, bytes | None]]) -> None:
        snapshots, observations, profiles, sightings = [], [], [], []
        for obs, body in items:
            state = ProbeState(obs.state)
            body_sha = obs.body_sha256
            if body is not None:
                body_sha = hashlib.sha256(body).hexdigest()
                snapshots.append((body_sha, zlib.compress(body, 6), len(body),
                                  obs.final_url or obs.url, obs.fetched_at))
            observations.append((
                audit_id, obs.platform, obs.handle, obs.url, state.value, STATE_RANK[state],
                obs.reason, obs.http_status, _fields_to_json(obs.fields), obs.fetched_at,
                body_sha, obs.final_url,
            ))
            if state is ProbeState.FOUND:
                seen = obs.fetched_at or utcnow_iso()
                profiles.append((obs.platform, obs.handle, seen, seen, audit_id, audit_id))
            sightings.extend(_sighting_row(audit_id, s) for s in obs.sightings)
        conn = self.db.conn
        if snapshots:
            conn.executemany(_SNAPSHOT_SQL, snapshots)
        conn.executemany(_OBSERVATION_SQL, observations)
        if profiles:
            conn.executemany(_PROFILE_SQL, profiles)
        if sightings:
            conn.executemany(_SIGHTING_SQL, sightings)

    def observations(self, audit_id: int) -> list[ProfileObservation]:
        """The audit's observations in first-stored order, each with its sightings attached."""
        by_key: dict[tuple[str, str], list[Sighting]] = {}
        for s in self.sightings(audit_id):
            by_key.setdefault((s.platform, s.handle), []).append(s)
        fields: dict[str | None, ProfileFields] = {}  # a sweep's profiles repeat a few
        return [
            self._observation(r, by_key.get((r["platform"], r["handle"]), []), fields)
            for r in self.db.query(
                "SELECT * FROM observations WHERE audit_id = ? ORDER BY rowid", (audit_id,)
            )
        ]

    @staticmethod
    @_reading("observations")
    def _observation(r: dict[str, Any], sightings: Iterable[Sighting],
                     fields: dict[str | None, ProfileFields] | None = None) -> ProfileObservation:
        """``fields``: the ProfileFields already read, by their stored text (frozen: one
        object serves every observation that stored the same fields)."""
        text = r["fields"]
        read = fields.get(text) if fields is not None else None
        if read is None:
            read = _rebuild(ProfileFields, _loads(text))
            if fields is not None:
                fields[text] = read
        return ProfileObservation(
            platform=r["platform"],
            handle=r["handle"],
            url=r["url"],
            state=ProbeState(r["state"]),
            reason=r["reason"],
            http_status=r["http_status"],
            fields=read,
            fetched_at=r["fetched_at"],
            body_sha256=r["body_sha256"],
            final_url=r["final_url"],
            sightings=tuple(sightings),
        )

    def add_linked_page(self, audit_id: int, page: LinkedPage) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO linked_pages (audit_id, url, from_platform, from_handle,"
                " final_url, http_status, title, social_links, refused, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    audit_id,
                    page.url,
                    page.from_platform,
                    page.from_handle,
                    page.final_url,
                    page.http_status,
                    page.title,
                    _dumps(list(page.social_links)),
                    page.refused,
                    page.text,
                ),
            )

    def linked_pages(self, audit_id: int) -> list[LinkedPage]:
        return [
            LinkedPage(
                url=r["url"],
                from_platform=r["from_platform"],
                from_handle=r["from_handle"],
                final_url=r["final_url"],
                http_status=r["http_status"],
                title=r["title"],
                social_links=tuple(_loads(r["social_links"]) or ()),
                refused=r["refused"],
                text=r.get("text"),
            )
            for r in self.db.query(
                "SELECT * FROM linked_pages WHERE audit_id = ? ORDER BY rowid", (audit_id,)
            )
        ]

    def _put_blob(self, body: bytes | None, url: str | None, fetched_at: str | None) -> str | None:
        if body is None:
            return None
        sha = hashlib.sha256(body).hexdigest()
        self.db.execute(
            "INSERT OR IGNORE INTO snapshots (sha256, body, size, url, fetched_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (sha, zlib.compress(body, 6), len(body), url, fetched_at),
        )
        return sha

    def add_capture(self, capture: Any, audit_id: int | None = None) -> None:
        """Store one ``crawler.capture.Capture`` (bytes by sha256; re-adding is a no-op)."""
        with self.db.atomic():
            body = self._put_blob(capture.body, capture.final_url, capture.captured_at)
            shot = self._put_blob(capture.screenshot, capture.final_url, capture.captured_at)
            pdf = self._put_blob(capture.pdf, capture.final_url, capture.captured_at)
            self.db.execute(
                "INSERT OR IGNORE INTO captures (platform, handle, captured_at, audit_id, state,"
                " body_sha256, screenshot_sha256, pdf_sha256, meta)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (capture.platform, capture.handle, capture.captured_at, audit_id, capture.state,
                 body, shot, pdf, _dumps(capture.meta())),
            )

    def captures(self, platform: str, handle: str) -> list[dict[str, Any]]:
        """The profile's captures, oldest first: ``meta`` keys plus ``audit_id`` and the
        ``body_sha256``/``screenshot_sha256``/``pdf_sha256`` of the stored files."""
        out = []
        for r in self.db.query(
            "SELECT * FROM captures WHERE platform = ? AND handle = ? ORDER BY captured_at",
            (platform, handle),
        ):
            meta = _loads(r["meta"]) or {}
            meta.update({k: r[k] for k in ("audit_id", "state", "captured_at", "body_sha256",
                                            "screenshot_sha256", "pdf_sha256")})
            out.append(meta)
        return out

    def captured_in(self, audit_id: int) -> set[tuple[str, str]]:
        """Profiles captured for an audit (a resumed audit does not capture them twice)."""
        return {(r["platform"], r["handle"]) for r in self.db.query(
            "SELECT platform, handle FROM captures WHERE audit_id = ?", (audit_id,))}

    def snapshot(self, sha256: str) -> bytes:
        """A stored page body by its sha256 (KeyError if never stored)."""
        row = self.db.execute("SELECT body FROM snapshots WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise KeyError(sha256)
        return zlib.decompress(row[0])

    # -- findings

    def save_findings(self, audit_id: int, findings: Iterable[Finding]) -> None:
        """Replace the audit's findings, atomically (readers see the old set or the new one)."""
        rows = [self._finding_row(audit_id, i, f) for i, f in enumerate(findings)]
        with self.db.atomic():
            self.db.execute("DELETE FROM findings WHERE audit_id = ?", (audit_id,))
            if rows:
                cols = list(rows[0])
                self.db.conn.executemany(
                    f"INSERT OR REPLACE INTO findings ({', '.join(cols)})"
                    f" VALUES ({', '.join('?' for _ in cols)})",
                    [tuple(r[c] for c in cols) for r in rows],
                )

    @staticmethod
    def _finding_row(audit_id: int, position: int, f: Finding) -> dict[str, Any]:
        return {
            "audit_id": audit_id,
            "position": position,
            "platform": f.platform,
            "handle": f.handle,
            "class": FindingClass(f.cls).value,
            "severity": Severity(f.severity).value if f.severity is not None else None,
            "score": float(f.score),
            "brand": f.brand,
            "department": f.department,
            "status": Status(f.status).value,
            "status_detail": f.status_detail,
            "evidence": _dumps(
                [{"signal": e.signal, "value": e.value, "detail": e.detail} for e in f.evidence]
            ),
            "discovered_via": _dumps([Via(v).value for v in f.discovered_via]),
            "probe_state": ProbeState(f.probe_state).value,
            "probe_reason": f.probe_reason,
            "imitates": _dumps(list(f.imitates)) if f.imitates is not None else None,
            "harm": float(f.harm),
            "url": f.url,
            "display_name": f.display_name,
            "triage": _triage_to_json(f.triage),
        }

    @staticmethod
    @_reading("findings")
    def _finding(r: dict[str, Any], obs: ProfileObservation | None) -> Finding:
        imitates = _loads(r["imitates"])
        return Finding(
            platform=r["platform"],
            handle=r["handle"],
            url=r["url"],
            display_name=r["display_name"],
            cls=FindingClass(r["class"]),
            severity=Severity(r["severity"]) if r["severity"] else None,
            score=r["score"],
            brand=r["brand"],
            department=r["department"],
            evidence=tuple(
                Evidence(signal=e["signal"], value=e["value"], detail=e["detail"])
                for e in _loads(r["evidence"]) or ()
            ),
            discovered_via=tuple(Via(v) for v in _loads(r["discovered_via"]) or ()),
            probe_state=ProbeState(r["probe_state"]),
            probe_reason=r["probe_reason"],
            status=Status(r["status"]),
            status_detail=r["status_detail"],
            triage=_triage_from(_loads(r["triage"])),
            imitates=(imitates[0], imitates[1]) if imitates else None,
            harm=r["harm"],
            observation=obs,
        )

    def findings(self, audit_id: int,
                 observations: Iterable[ProfileObservation] | None = None) -> list[Finding]:
        """The audit's findings in saved order, each with its observation (if any) attached.

        ``observations``: the audit's, when the caller read them from this store already
        (``observations(audit_id)``, nothing written to them since): not read twice."""
        if observations is None:
            observations = self.observations(audit_id)
        by_key = {o.key: o for o in observations}
        return [
            self._finding(r, by_key.get((r["platform"], r["handle"])))
            for r in self.db.query(
                "SELECT * FROM findings WHERE audit_id = ? ORDER BY position", (audit_id,)
            )
        ]

    def latest_finding(self, platform: str, handle: str) -> Finding | None:
        """The profile's finding in the newest audit that has one (observation attached)."""
        rows = list(
            self.db.query(
                "SELECT * FROM findings WHERE platform = ? AND handle = ?"
                " ORDER BY audit_id DESC LIMIT 1",
                (platform, handle),
            )
        )
        if not rows:
            return None
        r = rows[0]
        obs_rows = list(
            self.db.query(
                "SELECT * FROM observations WHERE audit_id = ? AND platform = ? AND handle = ?",
                (r["audit_id"], platform, handle),
            )
        )
        obs = None
        if obs_rows:
            sightings = [
                self._sighting(s)
                for s in self.db.query(
                    "SELECT * FROM sightings WHERE audit_id = ? AND platform = ? AND handle = ?"
                    " ORDER BY rowid",
                    (r["audit_id"], platform, handle),
                )
            ]
            obs = self._observation(obs_rows[0], sightings)
        return self._finding(r, obs)

    # -- triage

    def set_triage(self, triage: Triage, recorded_at: str | None = None) -> Triage:
        """Record a decision (history is kept; the latest wins). Returns it with ``decided_at``
        filled in. Recording the very same decision twice stores it once (recorded when it
        first was). ``recorded_at``: when it reached the database, now unless given (a
        test's clock)."""
        if triage.decided_at is None:
            triage = dataclasses.replace(triage, decided_at=utcnow_iso())
        with self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO triage (platform, handle, decision, note, decided_at, by,"
                " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    triage.platform,
                    triage.handle,
                    TriageDecision(triage.decision).value,
                    triage.note,
                    triage.decided_at,
                    triage.by,
                    recorded_at or utcnow_iso(),
                ),
            )
        return triage

    def _triage_rows(self, where: str = "", params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Triage rows oldest first by the instant each decision was made, then as recorded:
        ``decided_at`` in any offset (a page's ``Z``, a reviewer's ``+03:00``) is compared as
        a time, never as text."""
        rows = self.db.query(f"SELECT * FROM triage {where} ORDER BY id", params)
        return sorted(rows, key=lambda r: instant(r["decided_at"]))

    def triage(self) -> dict[tuple[str, str], Triage]:
        """The current decision per profile: the latest ``decided_at`` (then the latest row)."""
        out: dict[tuple[str, str], Triage] = {}
        for r in self._triage_rows():
            out[(r["platform"], r["handle"])] = self._triage_row(r)
        return out

    def triage_history(self, platform: str, handle: str) -> list[Triage]:
        """Every decision on one profile, oldest first."""
        return [
            self._triage_row(r)
            for r in self._triage_rows("WHERE platform = ? AND handle = ?", (platform, handle))
        ]

    def triage_histories(self) -> dict[tuple[str, str], list[Triage]]:
        """Every profile's decisions, oldest first: the case file of each triaged profile
        (impostor_confirmed -> takedown_requested -> taken_down, with dates and reviewer)."""
        out: dict[tuple[str, str], list[Triage]] = {}
        for r in self._triage_rows():
            out.setdefault((r["platform"], r["handle"]), []).append(self._triage_row(r))
        return out

    def triage_recorded(self) -> dict[tuple[str, str], list[tuple[Triage, str | None]]]:
        """:meth:`triage_histories` with when each decision was recorded in this database
        (``recorded_at``; None for one recorded before brandsweep kept it: unknown)."""
        out: dict[tuple[str, str], list[tuple[Triage, str | None]]] = {}
        for r in self._triage_rows():
            out.setdefault((r["platform"], r["handle"]), []).append(
                (self._triage_row(r), r.get("recorded_at")))
        return out

    @staticmethod
    @_reading("triage")
    def _triage_row(r: dict[str, Any]) -> Triage:
        return Triage(
            platform=r["platform"],
            handle=r["handle"],
            decision=TriageDecision(r["decision"]),
            note=r["note"],
            decided_at=r["decided_at"],
            by=r.get("by"),
        )

    def known_handles(self, platform: str) -> set[str]:
        """Every handle of ``platform`` any audit observed, sighted or reported: what a
        reviewer can triage (a decision on a profile no audit has seen is a typo)."""
        out: set[str] = set()
        for table in ("observations", "sightings", "findings"):
            out.update(
                r[0]
                for r in self.db.execute(
                    f"SELECT DISTINCT handle FROM {table} WHERE platform = ?", (platform,)
                ).fetchall()
            )
        return out

    def latest_sighting(self, platform: str, handle: str) -> dict[str, Any] | None:
        """The newest audit that observed the profile: audit_id, state, fetched_at; or None."""
        row = self.db.execute(
            "SELECT audit_id, state, fetched_at FROM observations WHERE platform = ?"
            " AND handle = ? ORDER BY audit_id DESC LIMIT 1",
            (platform, handle),
        ).fetchone()
        return {"audit_id": row[0], "state": row[1], "fetched_at": row[2]} if row else None

    # -- evidence

    def _linked_pages_of(self, audit_id: int, platform: str, handle: str) -> list[dict[str, Any]]:
        """The pages one hop from a profile's links in one audit, in stored order."""
        return [
            _linked_page_dict(r)
            for r in self.db.query(
                "SELECT * FROM linked_pages WHERE audit_id = ? AND from_platform = ?"
                " AND from_handle = ? ORDER BY rowid",
                (audit_id, platform, handle),
            )
        ]

    def evidence(self, platform: str, handle: str) -> dict[str, Any]:
        """Everything stored about one profile, for a takedown request; ``{}`` if never seen.

        Keys: platform, handle, url (latest), final_url, platform_id, first_seen, last_seen,
        first_audit, last_audit; http_statuses (one per audit); observations (per audit: state,
        reason, http_status, url, final_url, fetched_at, body_sha256, fields); pages (stored
        bodies: audit_id, sha256, size, url, fetched_at; read them with :meth:`snapshot`);
        fields (latest *found* fields, avatar thumbnail included) and avatar_thumb; sightings
        (latest audit, with a search result's title and snippet); linked_pages (latest audit:
        the pages one hop from the profile's links, each url, final_url, http_status, title,
        social_links and refused, the reason it was not fetched: a redirect into a private
        network is evidence in itself); finding (latest: class, severity, score,
        evidence...); triage (current decision) and triage_history."""
        obs_rows = list(
            self.db.query(
                "SELECT * FROM observations WHERE platform = ? AND handle = ? ORDER BY audit_id",
                (platform, handle),
            )
        )
        finding = self.latest_finding(platform, handle)
        if not obs_rows and finding is None:
            return {}
        profile = next(
            iter(
                self.db.query(
                    "SELECT * FROM profiles WHERE platform = ? AND handle = ?", (platform, handle)
                )
            ),
            {},
        )
        observations = [self._observation(r, ()) for r in obs_rows]
        latest = observations[-1] if observations else None
        found = [o for o in observations if o.state is ProbeState.FOUND]
        fields = found[-1].fields if found else (latest.fields if latest else ProfileFields())
        pages = []
        for r in obs_rows:
            if not r["body_sha256"]:
                continue
            snap = next(
                iter(
                    self.db.query(
                        "SELECT size, url, fetched_at FROM snapshots WHERE sha256 = ?",
                        (r["body_sha256"],),
                    )
                ),
                None,
            )
            if snap is None:
                continue
            pages.append(
                {
                    "audit_id": r["audit_id"],
                    "sha256": r["body_sha256"],
                    "size": snap["size"],
                    "url": r["final_url"] or r["url"],
                    "fetched_at": r["fetched_at"],
                }
            )
        last_audit = obs_rows[-1]["audit_id"] if obs_rows else None
        history = self.triage_history(platform, handle)
        return {
            "platform": platform,
            "handle": handle,
            "url": latest.url if latest else (finding.url if finding else None),
            "final_url": latest.final_url if latest else None,
            "platform_id": fields.platform_id,
            "first_seen": profile.get("first_seen"),
            "last_seen": profile.get("last_seen"),
            "first_audit": profile.get("first_audit"),
            "last_audit": profile.get("last_audit"),
            "http_statuses": [
                {
                    "audit_id": r["audit_id"],
                    "http_status": r["http_status"],
                    "state": r["state"],
                    "fetched_at": r["fetched_at"],
                }
                for r in obs_rows
            ],
            "observations": [
                {
                    "audit_id": r["audit_id"],
                    "state": r["state"],
                    "reason": r["reason"],
                    "http_status": r["http_status"],
                    "url": r["url"],
                    "final_url": r["final_url"],
                    "fetched_at": r["fetched_at"],
                    "body_sha256": r["body_sha256"],
                    "fields": _loads(r["fields"]) or {},
                }
                for r in obs_rows
            ],
            "pages": pages,
            "fields": dataclasses.asdict(fields),
            "avatar_thumb": fields.avatar_thumb,
            "sightings": [
                {**dataclasses.asdict(s), "via": s.via.value}
                for s in self.sightings(last_audit)
                if (s.platform, s.handle) == (platform, handle)
            ]
            if last_audit is not None
            else [],
            "linked_pages": self._linked_pages_of(last_audit, platform, handle)
            if last_audit is not None
            else [],
            "finding": _finding_dict(finding) if finding else None,
            "triage": _triage_dict(history[-1]) if history else None,
            "triage_history": [_triage_dict(t) for t in history],
        }


def _linked_page_dict(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "audit_id": r["audit_id"],
        "url": r["url"],
        "final_url": r["final_url"],
        "http_status": r["http_status"],
        "title": r["title"],
        "social_links": list(_loads(r["social_links"]) or ()),
        "refused": r["refused"],
        "text": r.get("text"),
    }


def _triage_dict(t: Triage) -> dict[str, Any]:
    return {"decision": t.decision.value, "note": t.note, "decided_at": t.decided_at,
            "by": t.by}


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "platform": f.platform,
        "handle": f.handle,
        "url": f.url,
        "display_name": f.display_name,
        "class": f.cls.value,
        "severity": f.severity.value if f.severity else None,
        "score": f.score,
        "harm": f.harm,
        "brand": f.brand,
        "department": f.department,
        "status": f.status.value,
        "status_detail": f.status_detail,
        "probe_state": f.probe_state.value,
        "probe_reason": f.probe_reason,
        "imitates": list(f.imitates) if f.imitates else None,
        "discovered_via": [v.value for v in f.discovered_via],
        "evidence": [
            {"signal": e.signal, "value": e.value, "detail": e.detail} for e in f.evidence
        ],
    }
