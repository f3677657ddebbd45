"""Every careless-operator case ends with ``file: what is wrong — what to do`` and exit 2.

One test per case of issue #12's list (before: 21 of 56 such cases ended in a traceback, exit 1,
and a newer-schema database got an unfinished audit row written into it). Each runs the real
CLI in a subprocess, as an operator would, and checks: exit 2, no traceback, the path and the
fix in the message, and that a database that was refused was not written to (same bytes).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.catalog import load_catalog
from crawler.runner import match_and_store
from crawler.store import Store
from matching.inventory import load_inventory

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"


def brandsweep(*args: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()
               ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-m", "crawler.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(done: subprocess.CompletedProcess[str], path: Path | str, *words: str) -> str:
    """The command exited 2 with one clear line naming ``path``, each of ``words`` and a fix."""
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr and "Unhandled error" not in done.stderr, done.stderr
    message = done.stderr.strip().splitlines()[-1]
    assert str(path) in message, message
    assert " — " in message, message  # what is wrong — what to do
    for word in words:
        assert word in message, message
    return message


@pytest.fixture
def audit_db(tmp_path: Path) -> Path:
    """A brandsweep database holding one finished audit of the demo inventory (no crawl:
    every declared account unobserved), as ``report`` reads it."""
    catalog = load_catalog(())
    inventory = load_inventory(SEED, catalog.rules(), url_parser=catalog.match_profile_url)
    db = tmp_path / "audits.db"
    store = Store(db)
    audit_id = store.begin_audit(inventory, settings={})
    match_and_store(store, audit_id, inventory, now="2026-11-20T12:00:00+00:00")
    store.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{db}{suffix}").exists()
    return db


def _read_only_prefix(folder: Path) -> tuple[str, ...]:
    """Run a command with ``folder`` read-only. Root ignores permission bits, so as root the
    command runs in a private mount namespace where the folder is a read-only bind mount."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        for child in folder.iterdir():
            child.chmod(0o444)
        return ()
    if not shutil.which("unshare"):
        pytest.skip("needs unshare(1) to make a read-only folder as root")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode:
        pytest.skip("cannot make a mount namespace here")
    script = (f'mount --bind "{folder}" "{folder}" && '
              f'mount -o remount,bind,ro "{folder}" && exec "$@"')
    return ("unshare", "-m", "sh", "-c", script, "sh")


# --------------------------------------------------------------------------- paths


def test_database_path_is_a_folder(tmp_path):
    done = brandsweep("audit", str(SEED), "--db", str(tmp_path), "--out", str(tmp_path / "o"))
    refused(done, tmp_path, "is a folder", "brandsweep.db")


def test_database_path_under_a_file(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x", encoding="utf-8")
    db = blocker / "audits.db"
    done = brandsweep("audit", str(SEED), "--db", str(db), "--out", str(tmp_path / "o"))
    refused(done, db, "is a file")


def test_out_is_a_file(tmp_path, audit_db):
    out = tmp_path / "report.html"
    out.write_text("old", encoding="utf-8")
    refused(brandsweep("report", "--db", str(audit_db), "--out", str(out)), out,
            "is a file, not a folder")
    refused(brandsweep("audit", str(SEED), "--db", str(tmp_path / "a.db"), "--out", str(out)),
            out, "is a file, not a folder")
    assert not (tmp_path / "a.db").exists()
    refused(brandsweep("evidence", "--db", str(audit_db), "--all", "--out", str(out)), out,
            "is a file, not a folder")
    assert out.read_text(encoding="utf-8") == "old"


def test_read_only_output_folder(tmp_path, audit_db):
    out = tmp_path / "ro"
    out.mkdir()
    prefix = _read_only_prefix(out)
    done = brandsweep("report", "--db", str(audit_db), "--out", str(out), prefix=prefix)
    refused(done, out, "cannot write in this folder", "--out")


def test_report_on_a_read_only_database(tmp_path, audit_db):
    """Reading needs no write: the report is written, the database file is untouched."""
    before = digest(audit_db)
    prefix = _read_only_prefix(audit_db.parent)
    out = tmp_path.parent / f"{tmp_path.name}-out"
    done = brandsweep("report", "--db", str(audit_db), "--out", str(out), prefix=prefix)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "report.html").exists()
    assert digest(audit_db) == before


def test_audit_into_a_read_only_database(tmp_path, audit_db):
    prefix = _read_only_prefix(audit_db.parent)
    out = tmp_path.parent / f"{tmp_path.name}-out"
    done = brandsweep("audit", str(SEED), "--db", str(audit_db), "--out", str(out), prefix=prefix)
    refused(done, audit_db, "read-only")


# --------------------------------------------------------------------------- database files


def test_a_text_file_as_database(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("organization: Northwind\nthis is not a database\n", encoding="utf-8")
    before = digest(db)
    refused(brandsweep("audit", str(SEED), "--db", str(db), "--out", str(tmp_path / "o")), db,
            "not a SQLite database")
    refused(brandsweep("report", "--db", str(db), "--out", str(tmp_path / "o")), db,
            "not a SQLite database")
    assert digest(db) == before


def test_a_truncated_database(tmp_path, audit_db):
    data = audit_db.read_bytes()
    audit_db.write_bytes(data[: len(data) // 2])
    before = digest(audit_db)
    refused(brandsweep("report", "--db", str(audit_db), "--out", str(tmp_path / "o")), audit_db,
            "truncated", "backup")
    refused(brandsweep("audit", str(SEED), "--db", str(audit_db), "--out", str(tmp_path / "o")),
            audit_db, "truncated")
    assert digest(audit_db) == before


def test_a_corrupted_database(tmp_path, audit_db):
    data = bytearray(audit_db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data), page):  # every page after the first: garbage
        data[offset:offset + 64] = b"\xde\xad\xbe\xef" * 16
    audit_db.write_bytes(bytes(data))
    before = digest(audit_db)
    message = refused(brandsweep("report", "--db", str(audit_db), "--out",
                                 str(tmp_path / "o")), audit_db, "backup")
    assert "corrupted" in message or "cannot be opened" in message
    refused(brandsweep("audit", str(SEED), "--db", str(audit_db), "--out", str(tmp_path / "o")),
            audit_db)
    assert digest(audit_db) == before


def test_a_schema_with_bytes_that_are_not_utf8(tmp_path, audit_db):
    """Damage inside the schema's text: SQLite's error quotes the damaged name, and Python's
    sqlite3 cannot decode that message (a UnicodeDecodeError, not a DatabaseError). Found by
    tests/test_property_bad_bytes.py; every command still refuses the file with the fix."""
    conn = sqlite3.connect(audit_db)
    conn.execute("PRAGMA writable_schema = ON")
    with conn:  # an index's text now holds two bytes that are no UTF-8
        damaged = conn.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = ?",
                               (b"CREATE INDEX audits_digest ON audits (\xff\xfe)",
                                "audits_digest"))
        assert damaged.rowcount == 1
    conn.close()
    before = digest(audit_db)
    message = refused(brandsweep("report", "--db", str(audit_db), "--out",
                                 str(tmp_path / "o")), audit_db, "backup")
    assert "corrupted" in message or "cannot be opened" in message
    refused(brandsweep("triage", "--db", str(audit_db), "github:octocat", "--as", "fan"),
            audit_db)
    assert digest(audit_db) == before


def test_a_database_from_a_newer_brandsweep_is_refused_before_anything_is_written(
        tmp_path, audit_db):
    conn = sqlite3.connect(audit_db)
    conn.execute("INSERT INTO migrations (name, applied_at) VALUES ('999_future', '2030')")
    conn.commit()
    conn.close()
    before = digest(audit_db)
    done = brandsweep("audit", str(SEED), "--db", str(audit_db), "--out", str(tmp_path / "o"))
    refused(done, audit_db, "newer brandsweep", "999_future", "upgrade")
    assert digest(audit_db) == before  # no unfinished audit row, no migration, no WAL switch
    refused(brandsweep("report", "--db", str(audit_db), "--out", str(tmp_path / "o")),
            audit_db, "newer brandsweep")
    # the library refuses too, whoever opens the file
    from crawler.store import StoreSchemaError

    with pytest.raises(StoreSchemaError):
        Store(audit_db)
    assert digest(audit_db) == before


def test_another_programs_sqlite_database_is_never_written(tmp_path):
    db = tmp_path / "crm.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Northwind')")
    conn.commit()
    conn.close()
    before = digest(db)
    refused(brandsweep("audit", str(SEED), "--db", str(db), "--out", str(tmp_path / "o")), db,
            "not brandsweep's", "customers")
    assert digest(db) == before


def test_a_missing_table(tmp_path, audit_db):
    conn = sqlite3.connect(audit_db)
    conn.execute("DROP TABLE findings")
    conn.commit()
    conn.close()
    refused(brandsweep("report", "--db", str(audit_db), "--out", str(tmp_path / "o")), audit_db,
            "table 'findings' is missing")


def test_bad_json_in_a_row(tmp_path, audit_db):
    conn = sqlite3.connect(audit_db)
    conn.execute("UPDATE findings SET evidence = '{not json'")
    conn.commit()
    conn.close()
    refused(brandsweep("report", "--db", str(audit_db), "--out", str(tmp_path / "o")), audit_db,
            "findings", "not valid JSON")


def test_an_unknown_class_value_in_a_row(tmp_path, audit_db):
    conn = sqlite3.connect(audit_db)
    conn.execute("UPDATE findings SET class = 'zombie'")
    conn.commit()
    conn.close()
    refused(brandsweep("report", "--db", str(audit_db), "--out", str(tmp_path / "o")), audit_db,
            "findings", "zombie")


# --------------------------------------------------------------------------- inventories


def test_an_inventory_with_a_5000_digit_number(tmp_path):
    inventory = tmp_path / "inv.yaml"
    inventory.write_text("organization: Northwind\nbrands:\n  - name: Northwind\n"
                         f"    aliases: [{'9' * 5000}]\n", encoding="utf-8")
    for command in (("validate", str(inventory)),
                    ("audit", str(inventory), "--db", str(tmp_path / "a.db"), "--out",
                     str(tmp_path / "o"))):
        done = brandsweep(*command)
        assert done.returncode == 2, done.stderr[-2000:]
        assert "Traceback" not in done.stderr
        assert f"{inventory}:4:" in done.stderr and "too long to be a number" in done.stderr
        assert "quotes" in done.stderr
    assert not (tmp_path / "a.db").exists()


# --------------------------------------------------------------------------- option values


@pytest.mark.parametrize(("args", "words"), [
    (("--resolve", "*=127.0.0.1:abc"), ("--resolve", "port 'abc'")),
    (("--resolve", "*=127.0.0.1:99999"), ("--resolve", "1 to 65535")),
    (("--resolve", "*=localhost:8080"), ("--resolve", "not an IP address")),
    (("--resolve", "127.0.0.1:8080"), ("--resolve", "HOST=ADDRESS:PORT")),
    (("--proxy", "not a url"), ("--proxy", "not an http/https URL")),
    (("--proxy", "http://proxy.example:99999"), ("--proxy", "65535")),
    (("--searxng-url", "javascript:alert(1)"), ("--searxng-url", "not an http/https URL")),
], ids=["resolve-port-abc", "resolve-port-99999", "resolve-name", "resolve-no-host", "proxy",
        "proxy-port", "searxng-javascript"])
def test_option_values_are_checked_at_parse_time(tmp_path, args, words):
    db = tmp_path / "a.db"
    done = brandsweep("audit", str(SEED), "--db", str(db), "--out", str(tmp_path / "o"), *args)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, done.stderr
    assert not db.exists()


@pytest.mark.parametrize(("value", "words"), [
    ('{"DOWNLOAD_TIMEOUT": "x"}', ("DOWNLOAD_TIMEOUT must be a number",)),
    ('{"DOWNLAOD_TIMEOUT": 5}', ("did you mean DOWNLOAD_TIMEOUT",)),
    ('{"RETRY_ENABLED": "perhaps"}', ("RETRY_ENABLED must be true or false",)),
    ("[1, 2]", ("must be a JSON object",)),
    ("{DOWNLOAD_TIMEOUT: 5}", ("is not JSON",)),
], ids=["timeout-x", "typo", "bool", "list", "not-json"])
def test_scrapy_settings_from_the_environment_are_checked_first(tmp_path, value, words):
    db = tmp_path / "a.db"
    done = brandsweep("audit", str(SEED), "--db", str(db), "--out", str(tmp_path / "o"),
                      env={"BRANDSWEEP_SCRAPY_SETTINGS": value})
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    assert "Unhandled error in Deferred" not in done.stderr and "Traceback" not in done.stderr
    assert "BRANDSWEEP_SCRAPY_SETTINGS" in done.stderr
    for word in words:
        assert word in done.stderr, done.stderr
    assert not db.exists()


def test_extract_checks_its_options_too(tmp_path):
    done = brandsweep("extract", "github", "https://api.github.com/users/x", "--resolve",
                      "*=127.0.0.1:abc")
    assert done.returncode == 2 and "port 'abc'" in done.stderr
    done = brandsweep("extract", "github", "https://api.github.com/users/x",
                      env={"BRANDSWEEP_SCRAPY_SETTINGS": json.dumps({"DOWNLOAD_TIMEOUT": "x"})})
    assert done.returncode == 2 and "DOWNLOAD_TIMEOUT must be a number" in done.stderr


def test_an_inventory_that_never_ends_or_is_no_file(tmp_path):
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    for path, words in ((Path("/dev/zero"), "not a regular file"),
                        (fifo, "not a regular file")):
        done = brandsweep("validate", str(path))
        assert done.returncode == 2, done.stderr[-2000:]
        assert "Traceback" not in done.stderr and words in done.stderr, done.stderr


@pytest.mark.parametrize(("content", "words"), [
    (bytes(range(256)) * 4, "not UTF-8"),
    (f"platforms:\n  x: {'9' * 5000}\n".encode(), "invalid YAML"),
], ids=["binary", "5000-digits"])
def test_bad_catalog_and_sites_files(tmp_path, content, words):
    path = tmp_path / "mine.yaml"
    path.write_bytes(content)
    for option in ("--platforms-file", "--sites-file"):
        done = brandsweep("platforms", option, str(path))
        assert done.returncode == 2, done.stderr[-2000:]
        assert "Traceback" not in done.stderr
        assert str(path) in done.stderr and words in done.stderr, done.stderr
