"""``audit --resume --out NEW`` writes the report where it was asked, and says so.

The first run's ``--out`` was kept as the audit's folder: the report went to NEW, but the
commands printed later (``triage --import``'s next step, the report's later-decisions note)
named the first run's folder, and nothing said the report had moved. A resumed audit keeps
the folder it was given (the store's ``settings.out``) and the terminal names both.
"""

from __future__ import annotations

from pathlib import Path

from crawler.cli import moved_line
from crawler.runner import other_folder
from crawler.store import Store
from reports.i18n import Translator
from reports.sample import inventory


def test_a_resume_keeps_the_folder_it_was_given(tmp_path):
    store = Store(tmp_path / "a.db")
    try:
        audit = store.begin_audit(inventory(), {"out": "/srv/first", "as_of": "2025-01-01"})
        store.mark_partial(audit, "interrupted:SIGINT")
        row = store.audit(audit)
        assert other_folder(row, Path("/srv/first")) is None  # the same folder: nothing to say
        assert other_folder(row, Path("/srv/second")) == "/srv/first"
        store.resume_audit(audit, out="/srv/second")
        settings = store.audit(audit)["settings"]
        assert settings["out"] == "/srv/second" and settings["as_of"] == "2025-01-01"
        store.resume_audit(audit)  # no folder given: left as it is
        assert store.audit(audit)["settings"]["out"] == "/srv/second"
    finally:
        store.close()


def test_an_audit_without_a_stored_folder_says_nothing():
    assert other_folder({"settings": {}}, Path("/srv/x")) is None
    assert other_folder({"settings": None}, Path("/srv/x")) is None


def test_the_terminal_names_both_folders_in_the_readers_language():
    en = moved_line(Translator("en"), "/srv/first", Path("/srv/second"))
    assert en.startswith("its report is written to /srv/second") and "not to /srv/first" in en
    tr = moved_line(Translator("tr"), "/srv/first", Path("/srv/second"))
    assert "/srv/second klasörüne yazıldı" in tr and "/srv/first klasörüne değil" in tr
