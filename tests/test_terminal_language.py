"""What the terminal says outside an audit, in the reader's language (issue #11): the table of
``brandsweep worker --status`` and the usage errors of ``triage``. Fast: no audit, no Redis."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from crawler import cli
from reports.terminal import status_table


def _status(**kw):
    process = SimpleNamespace(process="host:2:w", role="worker", alive=True, heartbeat_age=0.25,
                              leases=2, oldest_deadline=-3.5, per_minute=120, done=1200,
                              taken=1210)
    gone = SimpleNamespace(process="host:3:x", role="worker", alive=False, heartbeat_age=None,
                           leases=1, oldest_deadline=None, per_minute=0, done=4, taken=5)
    base = dict(key="brandsweep:ab:1", state="running", coordinator="host:1:c",
                started_at="2026-12-05T10:00:00Z", queued=3, leased=3, oldest_deadline=-3.5,
                per_minute=120, done=1204, requeued=1, delivered_twice=0, refused=2,
                processes=(process, gone))
    return SimpleNamespace(**{**base, **kw})


def test_worker_status_table_in_turkish():
    text = status_table("tr", _status())
    lines = text.splitlines()
    assert lines[0] == ("tarama brandsweep:ab:1: sürüyor (2026-12-05T10:00:00Z itibarıyla), "
                        "koordinatör host:1:c")
    assert lines[1] == ("kuyruk: 3 istek; kirada: 3 (en yakın süre sonu 3,5 sn önce doldu); "
                        "dakikada 120 istek; 1.204 tamamlandı")
    assert lines[3].split()[:3] == ["süreç", "rol", "canlı"]
    assert lines[4].split()[:3] == ["host:2:w", "işçi", "evet"]
    assert "0,2 sn önce" in lines[4] and "host:3:x" in lines[5] and " yok " in lines[5]
    english = status_table(None, _status())
    assert english.splitlines()[1] == ("queue: 3 requests; leased: 3 (soonest deadline expired "
                                       "3.5 s ago); 120 requests/min; 1204 done")
    # a state this version does not know is shown as it is, not as 'unknown'
    assert status_table("tr", _status(state="paused")).startswith("tarama brandsweep:ab:1: paused")


def test_triage_usage_errors_in_turkish(tmp_path):
    db = tmp_path / "none.db"
    run = CliRunner().invoke
    cases = [
        (["--list", "instagram:x"], "--list ile PROFİL ya da --as verilmez"),
        (["--json"], "--json yalnızca --list ile kullanılır"),
        (["instagram"], "PLATFORM:KULLANICI_ADI (örneğin instagram:northwindcoffee) ya da"),
        (["instagramm:acme"], "bilinmeyen platform 'instagramm'; 'instagram' mi demek"),
        (["https://example.org/acme"], "bilinen hiçbir platformun profil URL'si değil"),
        (["instagram:acme"], "konumunda veritabanı yok: onu bir tarama oluşturur"),
        (["--list"], "konumunda veritabanı yok"),
    ]
    for args, expected in cases:
        as_ = [] if "--list" in args or "--json" in args else ["--as", "fan"]
        result = run(cli.main, ["triage", "--db", str(db), "--lang", "tr", *args, *as_])
        assert result.exit_code == 2 and expected in result.output, (args, result.output)


def test_triage_speaks_the_language_of_the_databases_audits(tmp_path):
    """Without --lang, triage's confirmations came in the audits' language (the inventory's
    'language: tr') but its errors in the machine's: a Turkish team read 'no audit has seen'."""
    import json
    import sqlite3

    from crawler.store import Store

    db = tmp_path / "audits.db"
    Store(db).close()  # brandsweep's schema, no audit yet
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO audits (started_at, complete, inventory) VALUES (?, 1, ?)",
                    ("2026-12-01T10:00:00+00:00",
                     json.dumps({"organization": "Acme", "language": "tr"})))
    con.close()
    assert cli._db_language(db) == "tr"
    assert cli._db_language(tmp_path / "none.db") is None
    result = CliRunner().invoke(cli.main, ["triage", "--db", str(db), "instagram:acme",
                                           "--as", "fan"])
    assert result.exit_code == 2 and "hiçbir denetim instagram:acme profilini görmedi" in \
        result.output, result.output
    result = CliRunner().invoke(cli.main, ["triage", "--db", str(db), "--json"])
    assert "--json yalnızca --list ile kullanılır" in result.output
    # --lang still wins
    result = CliRunner().invoke(cli.main, ["triage", "--db", str(db), "--lang", "en", "--json"])
    assert "--json goes with --list" in result.output
    # and `evidence` and `report` say so too
    result = CliRunner().invoke(cli.main, ["evidence", "--db", str(db), "--out",
                                           str(tmp_path / "packs")])
    assert result.exit_code == 2 and "bir PLATFORM:KULLANICI_ADI verin" in result.output
    result = CliRunner().invoke(cli.main, ["report", "--db", str(db), "--audit", "9", "--out",
                                           str(tmp_path / "out")])
    assert result.exit_code == 2 and "9 numaralı denetim yok; denetimler: 1" in result.output, \
        result.output


def test_a_decisions_file_refused_says_why_in_the_readers_language(tmp_path):
    """triage --import's refusals ('no reviewer named: fill in 'Reviewer' ...') were English
    for a team whose report, and its 'İnceleyen' field, are Turkish."""
    import json

    from crawler.decisions import DecisionsError, plan_import, read_decisions
    from reports.i18n import Translator

    path = tmp_path / "decisions-audit-7.json"
    path.write_text(json.dumps({
        "format": "brandsweep-decisions", "version": 1, "audit": {"id": 7}, "reviewer": "",
        "decisions": [{"profile": "x:a", "decision": "fan"},
                      {"profile": "x:a", "decision": "fan"}]}, indent=1), encoding="utf-8")
    data, text = read_decisions(path)
    with pytest.raises(DecisionsError) as refused:
        plan_import(path, data, text, {7: {}}, lambda audit: [], {})
    english, turkish = str(refused.value), refused.value.render(Translator("tr").gettext)
    assert "no reviewer named: fill in 'Reviewer'" in english
    assert "inceleyen belirtilmemiş: dışa aktarmadan önce rapordaki 'İnceleyen'" in turkish
    assert f"{path}: 10. satır (x:a): 7 numaralı denetimin bir bulgusu değil" in turkish
    assert english.splitlines()[1] == f"{path}: line 10 (x:a): not a finding of audit 7"
    # the repeated decision is named at its own line (14), not at the first one's
    assert english.splitlines()[2] == (f"{path}: line 14 (x:a): the profile appears twice; "
                                       "keep one decision")
    # a profile of the audit spelled a little differently is named
    near = SimpleNamespace(platform="x", handle="ab")
    with pytest.raises(DecisionsError) as refused:
        plan_import(path, data, text, {7: {}}, lambda audit: [near], {}, reviewer="ayse")
    assert "line 10 (x:a): not a finding of audit 7; did you mean x:ab?" in str(refused.value)
    bad = tmp_path / "bad.json"
    bad.write_text('{"decisions": []}', encoding="utf-8")
    with pytest.raises(DecisionsError) as refused:
        read_decisions(bad)
    assert "bir brandsweep karar dosyası değil" in refused.value.render(Translator("tr").gettext)


def test_a_refused_words_file_is_said_in_the_audits_language_whatever_the_order(tmp_path,
                                                                               monkeypatch):
    """'audit INV --words FILE --lang tr' answered in English (--lang came after --words), and
    the inventory's 'language: tr' was never consulted."""
    monkeypatch.setattr(cli, "_run", lambda *a, **k: (_ for _ in ()).throw(AssertionError))
    inv = tmp_path / "inventory.yaml"
    inv.write_text("organization: X\nlanguage: tr\n", encoding="utf-8")
    words = tmp_path / "words.yaml"
    words.write_text("words:\n  - {family: scams, language: en, phrases: [a voucher]}\n",
                     encoding="utf-8")
    base = ["audit", str(inv), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "a.db")]
    for extra in (["--words", str(words), "--lang", "tr"], ["--words", str(words)],
                  ["--lang", "tr", "--words", str(words)]):
        result = CliRunner().invoke(cli.main, [*base, *extra])
        assert result.exit_code == 2, result.output
        assert "--words: words.yaml içinde 1 hata" in result.output.replace(str(tmp_path) + "/",
                                                                            "")
        assert "bilinmeyen aile 'scams'" in result.output
    result = CliRunner().invoke(cli.main, [*base, "--words", str(words), "--lang", "en"])
    assert "unknown family 'scams'" in result.output


def test_the_commands_after_an_audit_speak_the_language_its_report_was_written_in(tmp_path):
    """An audit run with --lang en on a Turkish inventory: triage then answered in Turkish
    (the inventory's language), the audit's own choice not kept."""
    import json
    import sqlite3

    from crawler.options import AuditOptions
    from crawler.runner import _settings_summary
    from crawler.store import Store

    paths = {"inventory": tmp_path / "i.yaml", "out": tmp_path / "o", "db": tmp_path / "a.db"}
    assert _settings_summary(AuditOptions(**paths, lang="en"))["lang"] == "en"
    db = tmp_path / "audits.db"
    Store(db).close()
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO audits (started_at, complete, settings, inventory) "
                    "VALUES (?, 1, ?, ?)", ("2026-12-01T10:00:00+00:00",
                                            json.dumps({"lang": "en", "crawl": {}}),
                                            json.dumps({"organization": "Acme",
                                                        "language": "tr"})))
    con.close()
    assert cli._db_language(db) == "en"
    store = Store(db)
    try:
        assert store.audit_language(1) == "en"
        assert cli._store_translator(store, None, "UTC").lang == "en"
        assert cli._store_translator(store, "tr", "UTC").lang == "tr"  # --lang wins
    finally:
        store.close()
    result = CliRunner().invoke(cli.main, ["triage", "--db", str(db), "--json"])
    assert "--json goes with --list" in result.output


def test_an_option_value_refused_is_said_in_the_language_asked_for(tmp_path):
    """'--as-of 2099-01-01 --lang tr' answered "Invalid value for '--as-of': ... is in the
    future" in English; English stays click's usage error."""
    inv = tmp_path / "inventory.yaml"
    inv.write_text("organization: X\n", encoding="utf-8")
    run = CliRunner().invoke
    for args in (["--lang", "tr", "--as-of", "2099-01-01"], ["--as-of", "2099-01-01",
                                                             "--lang", "tr"]):
        result = run(cli.main, ["audit", str(inv), *args])
        assert result.exit_code == 2
        assert "--as-of: '2099-01-01' gelecekte (bugün " in result.output, result.output
    result = run(cli.main, ["audit", str(inv), "--lang", "tr", "--resolve", "*=localhost:80"])
    assert "--resolve: '*=localhost:80': 'localhost' bir IP adresi değil" in result.output
    result = run(cli.main, ["audit", str(inv), "--lang", "en", "--as-of", "2099-01-01"])
    assert "Invalid value for '--as-of': '2099-01-01' is in the future" in result.output
