"""Output folders and database files checked before anything is written to them.

Every problem becomes a :class:`PathProblem` whose text reads ``file: what is wrong — what to
do``; the CLI prints it and exits 2. Before these checks, 21 of 56 careless-operator cases (a
database path that is a folder, an ``--out`` that is a file, a read-only folder, a text file
given as ``--db``, a database from a newer brandsweep ...) ended in a Python traceback, and
``audit`` wrote an unfinished audit row into a newer database before failing.

The database check (:func:`check_database`) only *reads*, through a read-only connection:

* not a SQLite file at all (text, random bytes), or shorter than its header says (truncated);
* ``PRAGMA quick_check`` fails (corrupted);
* a SQLite database that is not brandsweep's (tables, but no ``migrations`` table): refused, so
  another program's database is never written to;
* migrations this version does not know (a newer brandsweep wrote it): refused before anything
  is written;
* a table or column the applied migrations create is missing (changed outside brandsweep).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from matching.inventory import N_, localized

SQLITE_HEADER = b"SQLite format 3\x00"


class PathProblem(Exception):
    """``path: what is wrong — what to do``; ``str()`` in English, :meth:`render` in the
    reader's language (the problem and the fix are :class:`~matching.inventory.Text`)."""

    def __init__(self, path: str | Path, problem: str, fix: str):
        super().__init__(f"{path}: {problem} — {fix}")
        self.path = str(path)
        self.problem = problem
        self.fix = fix

    def render(self, gettext: Any) -> str:
        return f"{self.path}: {localized(self.problem, gettext)} — {localized(self.fix, gettext)}"


def _restore(option: str) -> str:
    """The fix of a damaged database."""
    return N_("restore it from a backup, or start a new one with another {option}", option=option)


def _file_above(path: Path) -> Path | None:
    """The first existing ancestor of ``path`` that is a file, not a folder."""
    for parent in path.absolute().parents:
        if parent.exists():
            return parent if not parent.is_dir() else None
    return None


def check_out_dir(out: Path, option: str = "--out") -> Path:
    """A folder the command can write its files into (created when missing)."""
    if out.exists() and not out.is_dir():
        raise PathProblem(out, N_("{option} is a file, not a folder", option=option),
                          N_("give a folder for the report files (e.g. {example})",
                             example=f"{out.with_suffix('')}-report"))
    above = _file_above(out)
    if above is not None:
        raise PathProblem(out, N_("{above} is a file, so no folder can be made under it",
                                  above=str(above)),
                          N_("give {option} a path in a folder", option=option))
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        raise PathProblem(out, N_("cannot write in this folder ({reason})",
                                  reason=str(exc.strerror or exc)),
                          N_("choose a folder you can write to with {option}",
                             option=option)) from None
    return out


def database_writable(db: Path) -> bool:
    """Whether SQLite could write the database (the file and its folder, for the journal)."""
    folder = db.absolute().parent
    return os.access(folder, os.W_OK) and (not db.exists() or os.access(db, os.W_OK))


def check_database(db: Path, *, write: bool, option: str = "--db") -> None:
    """Raise :class:`PathProblem` unless ``db`` is a usable brandsweep database (or, when
    ``write``, a new file that can be created). Reads only; never writes."""
    if db.is_dir():
        raise PathProblem(db, N_("{option} is a folder, not a database file", option=option),
                          N_("give a file path, e.g. {example}", example=str(db / "brandsweep.db")))
    above = _file_above(db)
    if above is not None:
        raise PathProblem(db, N_("{above} is a file, so no database can be made under it",
                                 above=str(above)),
                          N_("give {option} a path in a folder", option=option))
    if not db.exists():
        if not write:
            raise PathProblem(db, N_("no such database"),
                              N_("give {option} the database an audit wrote", option=option))
        folder = db.absolute().parent
        if folder.exists() and not os.access(folder, os.W_OK):
            raise PathProblem(db, N_("cannot create the database: {folder} is not writable",
                                     folder=str(folder)),
                              N_("give {option} a path in a folder you can write to",
                                 option=option))
        return
    if write and not database_writable(db):
        raise PathProblem(db, N_("the database is read-only (the file or its folder)"),
                          N_("make it writable, or copy it and give the copy with {option}",
                             option=option))
    _check_contents(db, option)


def _check_contents(db: Path, option: str) -> None:
    try:
        with open(db, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise PathProblem(db, N_("cannot read the database ({reason})",
                                 reason=str(exc.strerror or exc)),
                          N_("check the path and its permissions")) from None
    if not head:
        return  # an empty file: SQLite treats it as a new database
    if not head.startswith(SQLITE_HEADER):
        shown = head[:24].decode("utf-8", "replace").splitlines()[0] if head.strip() else ""
        raise PathProblem(db, N_("not a SQLite database (it begins {shown})", shown=repr(shown))
                          if shown else N_("not a SQLite database"),
                          N_("give {option} a brandsweep database, or a new file name to start "
                             "one", option=option))
    if len(head) < 100:
        raise PathProblem(db, N_("the database is truncated (shorter than its 100-byte header)"),
                          _restore(option))
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid = head[92:96] == head[24:28] and pages > 0
    wal = Path(f"{db}-wal")
    size = db.stat().st_size
    if valid and not (wal.exists() and wal.stat().st_size) and size < page_size * pages:
        raise PathProblem(db, N_("the database is truncated ({size} of {expected} bytes)",
                                 size=size, expected=page_size * pages),
                          _restore(option))
    # store.py pulls in sqlite-utils; the CLI imports this module at start-up for every command
    from .store import read_only_connection

    try:
        conn = read_only_connection(db)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise PathProblem(db, N_("the database cannot be opened ({reason})", reason=str(exc)),
                          _restore(option)) from None
    try:
        _check_schema(db, conn, option)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise PathProblem(db, N_("the database is corrupted ({reason})", reason=str(exc)),
                          _restore(option)) from None
    finally:
        conn.close()


def _check_schema(db: Path, conn: sqlite3.Connection, option: str) -> None:
    from .store import MIGRATIONS  # lazy: see _check_contents

    check = conn.execute("PRAGMA quick_check(1)").fetchone()
    if not check or check[0] != "ok":
        raise PathProblem(db, N_("the database is corrupted ({reason})",
                                 reason=str(check[0]) if check else "?"),
                          _restore(option))
    tables = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if not tables:
        return  # a new, empty database
    if "migrations" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise PathProblem(db, N_("a SQLite database, but not brandsweep's (its tables: {shown})",
                                 shown=shown),
                          N_("give {option} a brandsweep database, or a new file name",
                             option=option))
    try:
        applied = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY id")]
    except sqlite3.OperationalError as exc:
        raise PathProblem(db, N_("its migrations table is damaged ({reason})", reason=str(exc)),
                          _restore(option)) from None
    known = [name for name, _ in MIGRATIONS]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise PathProblem(db, N_("written by a newer brandsweep (schema {schema}, this version "
                                 "knows up to {known})", schema=unknown[-1], known=known[-1]),
                          N_("upgrade brandsweep (pip install -U brandsweep), or give another "
                             "{option}", option=option))
    expected = _expected_columns([name for name in known if name in applied])
    for table, columns in sorted(expected.items()):
        if table not in tables:
            raise PathProblem(db, N_("table {table} is missing (changed outside brandsweep)",
                                     table=repr(table)),
                              _restore(option))
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})")}
        missing = sorted(columns - have)
        if missing:
            raise PathProblem(db, N_("table {table} lacks column(s) {columns} (changed outside "
                                     "brandsweep)", table=repr(table), columns=", ".join(missing)),
                              _restore(option))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _expected_columns(applied: list[str]) -> dict[str, set[str]]:
    """Tables and columns the applied migrations create, found by applying them in memory."""
    from .store import MIGRATIONS, Database  # lazy: see _check_contents

    mem = Database(memory=True, execute_plugins=False)
    for name, migrate in MIGRATIONS:
        if name in applied:
            migrate(mem)
    return {t.name: {c.name for c in t.columns} for t in mem.tables
            if not t.name.startswith("sqlite_")}
