"""Random bytes where brandsweep expects a database, an inventory or a page: never a traceback.

Hypothesis feeds:

* random bytes, and a real brandsweep database with random bytes overwritten, as ``--db`` of
  ``report`` (reads) and ``triage`` (writes): the command ends with exit 0 or 2, never an
  exception; a file that was not brandsweep's (anything but a valid or empty database) has the
  same bytes afterwards;
* random bytes and random YAML-ish text as an inventory to ``validate``: exit 0 or 2;
* random bytes as a page body, with random charset labels, to every platform's extractor and to
  the decoder: a result, never an exception.

The CLI runs in-process (click's CliRunner) so that hundreds of examples stay fast; ``report``
and ``triage`` start no crawl.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.catalog import load_catalog
from crawler.cli import main
from crawler.extract import read_profile
from crawler.extract.decode import decode_body
from crawler.runner import match_and_store
from crawler.store import Store
from matching.inventory import load_inventory

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"
CATALOG = load_catalog(())
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real brandsweep database with one audit (its bytes are mutated by the tests; a path,
    not bytes, so that a failing example prints short)."""
    inventory = load_inventory(SEED, CATALOG.rules(), url_parser=CATALOG.match_profile_url)
    db = tmp_path_factory.mktemp("db") / "real.db"
    store = Store(db)
    audit_id = store.begin_audit(inventory, settings={})
    match_and_store(store, audit_id, inventory, now="2026-11-20T12:00:00+00:00")
    store.close()
    return db


def _run(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{args}: {result.exception!r}\n{result.output}") \
            from result.exception
    assert result.exit_code in (0, 2), (args, result.exit_code, result.output)
    return result


def _is_sqlite(data: bytes) -> bool:
    return data.startswith(b"SQLite format 3\x00")


def _check_db_commands(tmp_path: Path, data: bytes, brandsweeps: bool) -> None:
    db = tmp_path / "fuzz.db"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(data)
    before = hashlib.sha256(data).hexdigest()
    out = tmp_path / "out"
    report = _run("report", "--db", str(db), "--out", str(out))
    triage = _run("triage", "--db", str(db), "github:octocat", "--as", "fan")
    after = hashlib.sha256(db.read_bytes()).hexdigest()
    if not brandsweeps and data:
        # not brandsweep's database: refused, and not one byte changed
        assert report.exit_code == 2 and triage.exit_code == 2, (report.output, triage.output)
        assert after == before


@FUZZ
@given(data=st.one_of(st.binary(max_size=4096),
                      st.binary(max_size=200).map(lambda b: b"SQLite format 3\x00" + b)))
def test_random_bytes_as_a_database(tmp_path, data):
    _check_db_commands(tmp_path, data, brandsweeps=False)


@FUZZ
@given(patches=st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=64)),
                        min_size=1, max_size=6),
       cut=st.one_of(st.none(), st.integers(min_value=0)))
def test_a_damaged_brandsweep_database(tmp_path, real_db, patches, cut):
    data = bytearray(real_db.read_bytes())
    for offset, chunk in patches:
        offset %= len(data)
        data[offset:offset + len(chunk)] = chunk
    if cut is not None:
        data = data[: cut % len(data)]
    # still brandsweep's file: writes are allowed when it is accepted, never a traceback
    _check_db_commands(tmp_path, bytes(data), brandsweeps=True)


YAML_SIGNS = list("abc:-[]{}#&*!|>'\"\n\t 0123456789.,%@`?")
YAMLISH = st.text(alphabet=st.one_of(st.sampled_from(YAML_SIGNS), st.characters(codec="utf-8")),
                  max_size=400)


@FUZZ
@given(data=st.one_of(st.binary(max_size=2048), YAMLISH.map(lambda t: t.encode("utf-8")),
                      YAMLISH.map(lambda t: ("organization: X\nbrands:\n  - name: A\n" + t)
                                  .encode("utf-8"))))
def test_random_inventories(tmp_path, data):
    inventory = tmp_path / "inventory.yaml"
    inventory.write_bytes(data)
    _run("validate", str(inventory))


CHARSETS = st.sampled_from(["utf-8", "windows-1254", "utf-16", "shift_jis", "nonsense", "",
                            "latin-1", "utf-8-sig", "x-user-defined", "koi8-r"])
CTYPES = st.sampled_from(["text/html", "application/json", "text/plain", "image/png", ""])


@FUZZ
@given(body=st.one_of(st.binary(max_size=8192),
                      st.binary(max_size=2000).map(lambda b: b"<html><head><meta charset='"
                                                   b"utf-8'><title>" + b + b"</title></head>")),
       charset=CHARSETS, ctype=CTYPES, status=st.sampled_from([200, 404, 403, 429, 500, 999]))
def test_random_page_bodies(body, charset, ctype, status):
    headers = {"Content-Type": f"{ctype}; charset={charset}" if charset else ctype}
    text, notes = decode_body(body, headers)
    assert isinstance(text, str) and isinstance(notes, dict)
    for name in sorted(CATALOG):
        entry = CATALOG[name]
        read = read_profile(entry, f"https://example.com/{name}/someone", status, headers, body,
                            handle="someone")
        assert read.state is not None
