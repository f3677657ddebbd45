"""What the command line says, as pure functions (milliseconds: no audit, no crawl)."""

from __future__ import annotations

import shlex
from types import SimpleNamespace

from crawler.cli import partial_message, resume_command


def test_the_resume_command_repeats_the_command_given():
    """A partial audit of a staging mirror, in Turkish, into its own folder: the command that
    continues it keeps --resolve (without it the resumed audit would crawl the real web),
    --out, --lang and --as-of, and is quoted so it can be pasted."""
    argv = ["audit", "envanter dosyası.yaml", "--out", "k2", "--db", "k.db", "--resolve",
            "*=127.0.0.1:8131", "--allow-private-network", "--lang", "tr", "--as-of",
            "2026-09-30"]
    cmd = resume_command(argv)
    assert shlex.split(cmd) == ["brandsweep", *argv, "--resume"]
    assert shlex.split(resume_command([*argv, "--resume"])).count("--resume") == 1


def test_the_resume_command_prints_no_password():
    cmd = resume_command(["audit", "inv.yaml", "--proxy", "http://ayse:s3cret@proxy:3128",
                          "--redis-url", "redis://:pw@10.0.0.5:6379/0"])
    assert "s3cret" not in cmd and ":pw@" not in cmd
    assert "http://ayse:****@proxy:3128" in cmd


def test_a_partial_audit_says_so_in_the_reports_language():
    result = SimpleNamespace(audit_id=7, lang="tr", finish_reason="interrupted:SIGINT")
    text = partial_message(result, "brandsweep audit inv.yaml --resume")
    assert text.startswith("denetim 7 KISMİ: Tarama kesildi (SIGINT).")
    assert text.endswith("Şu komutla sürdürün: brandsweep audit inv.yaml --resume")
    en = partial_message(SimpleNamespace(audit_id=7, lang="en",
                                         finish_reason="closespider_timeout"), "demo")
    assert en.startswith("audit 7 is PARTIAL: The crawl stopped at the time limit")
    assert en.endswith("Run the demo again for a complete one.")


def test_fail_on_says_how_many_in_the_reports_language():
    from crawler.cli import fail_on_message

    one = SimpleNamespace(lang="en", failed_on=[object()])
    assert fail_on_message(one, "high") == "--fail-on high: 1 new finding at or above it"
    two = SimpleNamespace(lang="tr", failed_on=[object(), object()])
    assert fail_on_message(two, "high") == (
        "--fail-on high: bu düzeyde ya da üstünde 2 yeni bulgu")


def test_a_missing_weasyprint_is_said_before_anything_is_written(monkeypatch, tmp_path):
    """report --pdf wrote the whole report, then failed (exit 1) on the missing extra."""
    import sys

    from click.testing import CliRunner

    from crawler.cli import main

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import weasyprint -> ImportError
    db = tmp_path / "a.db"
    db.write_bytes(b"")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["report", "--db", str(db), "--out", str(out), "--pdf"])
    assert res.exit_code == 2, res.output
    assert "pip install 'brandsweep[pdf]'" in res.output and "print report.html" in res.output
    assert not out.exists()


def test_the_terminal_summary_says_what_changed_and_what_is_gone(capsys, tmp_path):
    """A cron reader heard only 'new or reopened: 1': the impostor that disappeared was in the
    report alone."""
    from dataclasses import replace

    from crawler.cli import _print_summary
    from matching.models import Status
    from reports import sample

    base = sample.findings()
    findings = [replace(base[0], status=Status.UNCHANGED), replace(base[1], status=Status.RESOLVED),
                replace(base[4], status=Status.CHANGED), replace(base[5], status=Status.NEW)]
    result = SimpleNamespace(lang="en", counts={}, considered=3, audit_id=4, complete=True,
                             findings=findings, outputs={"report.html": tmp_path / "r.html"},
                             db=None)
    _print_summary(result)
    out = capsys.readouterr().out
    assert "new or reopened since the previous audit: 1" in out
    assert "changed since the previous audit: 1" in out
    assert "resolved since the previous audit: 1" in out


# ------------------------------------------------------------------ a signal after the store


def test_a_signal_after_the_findings_are_stored_is_no_partial_audit():
    """Ctrl-C while the report is written (or pages captured): the findings and history are
    stored and the audit is complete; only a signal there, never a crash, and never before."""
    from crawler.interrupt import Interrupted, InterruptedAfterStore, after_store

    got = after_store(Interrupted("SIGTERM"), 7, stored=True)
    assert isinstance(got, InterruptedAfterStore) and (got.audit_id, got.signame) == (7, "SIGTERM")
    assert after_store(KeyboardInterrupt(), 7, stored=True).signame == "SIGINT"
    assert after_store(Interrupted("SIGINT"), 7, stored=False) is None  # partial: resume it
    assert after_store(ValueError("boom"), 7, stored=True) is None  # a crash stays a crash
    assert after_store(KeyboardInterrupt(), None, stored=True) is None


def test_the_cli_says_how_to_write_the_report_not_to_resume(monkeypatch, tmp_path, capsys):
    """A complete audit interrupted while writing its report: the message gives the command
    that writes the report from the store (quoted, with its language), not a --resume that
    would start a whole new audit."""
    import pytest

    import crawler.runner
    from crawler.cli import _run
    from crawler.interrupt import InterruptedAfterStore
    from crawler.options import AuditOptions

    def interrupted(options):
        raise InterruptedAfterStore("SIGINT", 12)

    monkeypatch.setattr(crawler.runner, "run_audit", interrupted)
    out = tmp_path / "rapor klasörü"
    options = AuditOptions(inventory=tmp_path / "i.yaml", out=out, db=tmp_path / "a.db",
                           lang="tr")
    with pytest.raises(SystemExit) as code:
        _run(options, quiet=True)
    assert code.value.code == 1
    err = capsys.readouterr().err
    # in the audit's language, as the rest of what the terminal says
    assert "denetim 12 tamamlandı ve kaydedildi" in err and "--resume" not in err
    cmd = err.split("şu komutla yazın: ", 1)[1].splitlines()[0]
    assert shlex.split(cmd) == ["brandsweep", "report", "--db", str(tmp_path / "a.db"), "--out",
                                str(out), "--lang", "tr"]


# ------------------------------------------------------------------ the crawl's terminal lines


def test_the_progress_line_and_the_stop_speak_the_reports_language():
    """A Turkish audit printed '[sweep] 120 requests done ...' and 'stopping: ...' in English
    between a Turkish start and a Turkish summary."""
    from reports.terminal import (
        GRACE_OVER,
        probe_workers_line,
        progress_line,
        settled_line,
        stopped_line,
        stopping_line,
    )

    found = [("instagram", 3), ("x", 1200)]
    assert progress_line("tr", "sweep", 1234, 5, found, 1) == (
        "[tarama] 1.234 istek tamamlandı, 5 sırada; bulunan: instagram 3, x 1.200; "
        "sayfası okunamayan: 1")  # as Coverage says it: not the summary's 'Doğrulanamadı'
    assert progress_line("tr", "stopped", 0, 0, [], 0).startswith("[durduruldu] 0 istek")
    assert "bulunan: henüz yok" in progress_line("tr", "sweep", 0, 0, [], 0)
    # the platforms by the names users know (the crawl's catalog titles), codes without one
    assert "bulunan: Instagram 3, X (Twitter) 1.200;" in progress_line(
        "tr", "sweep", 1234, 5, found, 1, titles={"instagram": "Instagram", "x": "X (Twitter)"})
    assert "bulunan: Instagram 3, x 1.200;" in progress_line(
        "tr", "sweep", 1234, 5, found, 1, titles={"instagram": "Instagram"})
    many = [(f"p{i:02d}", 1) for i in range(20)]
    assert "p14 1 ve 5 platformda daha 5;" in progress_line("tr", "done", 9, 0, many, 0)
    assert stopping_line("tr", "SIGINT") == (
        "durduruluyor: gönderilmiş istekler tamamlanıyor; hemen durdurmak için yeniden "
        "Ctrl-C'ye basın (SIGINT)")
    assert stopped_line("tr", GRACE_OVER) == "durduruldu: gönderilmiş istekler zamanında " \
        "tamamlanmadı"
    assert settled_line("tr", 4000, 12, 3).startswith("[bitti] 4.000 istek tamamlandı")
    assert probe_workers_line("tr", 1200, 2).startswith("[yoklama süreçleri]")
    # English is as it was (tests and scripts grep '[done]' and the STOPPING text)
    from crawler.interrupt import STOPPING

    assert stopping_line(None, "SIGTERM") == f"{STOPPING} (SIGTERM)"
    assert progress_line("en", "done", 1234, 0, found, 1, "all processes: 3 done") == (
        "[done] 1234 requests done, 0 queued; found: instagram 3, x 1200; page not readable: 1; "
        "all processes: 3 done")
    assert probe_workers_line("en", 1, 1) == (
        "[probe workers] asking 1 existence-only probes on 1 process")
    assert stopped_line("en") == "stopped"


def test_the_crawl_is_told_the_language_without_losing_its_probe_workers():
    """The language reaches the crawl as BRANDSWEEP_LANG, a setting the probe workers need
    not mirror: a Turkish audit keeps its workers (an unknown key would turn them off)."""
    import os
    import sys

    import pytest

    from crawler import lane_fork
    from crawler.options import AuditOptions

    options = AuditOptions(inventory="i.yaml", out=None, db="a.db", lang="tr")  # type: ignore[arg-type]
    overrides = options.crawl_overrides(1)
    assert overrides["BRANDSWEEP_LANG"] == "tr"
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        pytest.skip("fork: Linux only")
    kw = {"proxy": None, "resolve": {}, "resume": False, "redis_url": None}
    assert lane_fork.workers_wanted(overrides, **kw) >= 1


def test_a_stop_outside_the_crawl_is_said_in_the_audits_language(tmp_path):
    from crawler.cli import interrupted_message
    from crawler.options import AuditOptions

    options = AuditOptions(inventory=tmp_path / "i.yaml", out=tmp_path, db=tmp_path / "a.db",
                           lang="tr")
    text = interrupted_message(options, "SIGTERM", "brandsweep audit i.yaml --resume")
    assert text.startswith("denetim, raporu yazılmadan önce kesildi (SIGTERM); kısmi olarak "
                           "kaydedildi: şu komutla sürdürün: brandsweep audit i.yaml --resume")
    assert text.splitlines()[1] == f"veritabanı: {(tmp_path / 'a.db').resolve()}"


def test_the_first_audit_invents_no_previous_one(capsys):
    """A first audit said '34 new or reopened since the previous audit' (report and
    terminal) while its trend said there was no previous audit."""
    from dataclasses import replace

    from crawler.cli import _print_summary
    from matching.models import Status
    from reports import build_view, sample

    first = [replace(f, status=Status.NEW) for f in sample.findings()[:6]]
    audit = replace(sample.audit(), lang="tr")
    head = build_view(sample.inventory(), first, audit).headline
    assert head.endswith("; bu envanterin ilk denetimi (henüz karşılaştırılacak bir şey yok).")
    assert "önceki denetimden" not in head
    later = build_view(sample.inventory(), sample.findings(), audit).headline
    assert "önceki denetimden bu yana" in later
    result = SimpleNamespace(lang="en", counts={}, audit_id=1, considered=6, findings=first,
                             complete=True, outputs={"report.html": __import__("pathlib").Path(
                                 "r.html")}, db=None)
    _print_summary(result)
    out = capsys.readouterr().out
    assert "the first audit of this inventory" in out and "since the previous" not in out


def test_the_terminal_says_when_coverage_was_incomplete(capsys):
    """A cron reader heard the counts, never that two steps could not run: 'no impostor on
    Reddit' read as a clean bill."""
    from pathlib import Path

    from crawler.cli import _print_summary
    from reports import sample

    result = SimpleNamespace(lang="tr", counts={}, audit_id=3, considered=10,
                             findings=sample.findings(), complete=True,
                             outputs={"report.html": Path("r.html")}, db=None,
                             gap_reasons=(("bot_block", 1), ("login_wall", 1)))
    _print_summary(result)
    out = capsys.readouterr().out
    assert "  kapsam eksik: 2 adım çalışamadı ya da bir sınıra takıldı (bot engeli, giriş " \
        "duvarı); raporun Kapsam bölümüne bakın" in out
    _print_summary(SimpleNamespace(**{**vars(result), "gap_reasons": ()}))
    assert "kapsam" not in capsys.readouterr().out


def test_the_coverage_line_names_the_platforms_never_checked(capsys):
    """The line counted steps that could not run (14 steps), never that Threads and LinkedIn
    were not checked at all, which is what a 'nothing found there' reader needs."""
    from pathlib import Path

    from crawler.cli import _print_summary, coverage_line
    from reports import sample
    from reports.coverage import unchecked_platforms
    from reports.i18n import Translator

    result = SimpleNamespace(lang="en", counts={}, audit_id=3, considered=10,
                             findings=sample.findings(), complete=True,
                             outputs={"report.html": Path("r.html")}, db=None,
                             gap_reasons=(("login_wall", 3),), unchecked=("Threads", "LinkedIn"))
    _print_summary(result)
    assert ("  coverage incomplete: 2 platforms not checked at all (Threads, LinkedIn); 3 steps "
            "could not run or hit a limit (login wall); see the report's Coverage"
            in capsys.readouterr().out)
    tr = coverage_line(Translator("tr"), ("Threads",), ())
    assert tr == "kapsam eksik: 1 platform hiç denetlenmedi (Threads); raporun Kapsam bölümüne " \
        "bakın"
    assert coverage_line(Translator("en"), (), ()) is None
    crawl = {"platforms": [
        {"name": "threads", "title": "Threads", "probes": {}, "observations": {}},
        {"name": "x", "title": "X", "probes": {"unverifiable": 2}, "observations": {}},
        {"name": "reddit", "title": "Reddit", "probes": {}, "observations": {"search": 1}},
    ]}
    assert unchecked_platforms(crawl) == ("Threads",)
    assert unchecked_platforms(None) == () and unchecked_platforms({}) == ()


def test_the_last_progress_line_counts_the_requests_the_report_counts(capsys):
    """'[done] 1,187 requests' against the report's 1,193 requests sent: the line counted the
    responses, so the requests that timed out or were refused were in the report only."""
    from crawler.middlewares import ProgressExtension

    stats = {"downloader/request_count": 1193, "response_received_count": 1187}
    engine = SimpleNamespace(_slot=None, downloader=SimpleNamespace(active=set()))
    crawler = SimpleNamespace(stats=SimpleNamespace(get_stats=lambda: stats), engine=engine)
    ext = ProgressExtension(crawler, True, 5.0, "en")  # type: ignore[arg-type]
    ext.print_line(final=True)
    assert capsys.readouterr().err.startswith("[done] 1193 requests done, 0 queued")
    engine.downloader.active = {"a", "b"}  # still in flight: not done yet
    ext.print_line()
    assert capsys.readouterr().err.startswith("[sweep] 1191 requests done")
    # the platforms found by their catalog titles, read from the spider's catalog
    catalog = {"x": SimpleNamespace(title="X (Twitter)")}
    crawler.spider = SimpleNamespace(catalog=catalog)
    ext.found.update({"x": 2, "zz": 1})
    ext.print_line()
    assert "found: X (Twitter) 2, zz 1;" in capsys.readouterr().err


def test_a_distributed_audit_and_its_workers_speak_its_language():
    """A Turkish distributed audit's progress line ended in 'all processes: 47 done, ...' and
    the worker's last line was English; the workers now get the audit's language with it."""
    from reports.terminal import distributed_suffix, worker_done_line

    assert distributed_suffix("en", 47, 3, 3, 120, 1) == (
        "all processes: 47 done, 3 queued, 3 leased, 120/min, 1 worker")
    assert distributed_suffix(None, 1520, 40, 18, 610, 2, 12) == (
        "all processes: 1520 done, 40 queued, 18 leased, 610/min, 2 workers, 12 re-queued")
    tr = distributed_suffix("tr", 1520, 40, 18, 610, 2, 12)
    assert tr.startswith("tüm süreçler: 1.520 tamamlandı, 40 sırada") and "done" not in tr
    assert tr.endswith(", 12 yeniden kuyruğa alındı")
    assert worker_done_line("en", "vm2:1:ab", "brandsweep:x:3", "finished", 1200, 40) == (
        "worker vm2:1:ab: audit brandsweep:x:3 (done): 1200 requests, 40 items")
    assert worker_done_line("tr", "vm2:1:ab", "brandsweep:x:3", "finished", 1200, 40) == (
        "yardımcı süreç vm2:1:ab: denetim brandsweep:x:3 (bitti): 1.200 istek, 40 kayıt")
    assert "(shutdown)" in worker_done_line("tr", "p", "k", "shutdown", 1, 1)


def test_the_coordinator_publishes_the_audits_language_for_its_workers(tmp_path, monkeypatch):
    """The payload a worker reads carries BRANDSWEEP_LANG (a plain value: it travels)."""
    from crawler.distributed import audit

    inv = tmp_path / "inv.yaml"
    inv.write_text("organization: X\n", encoding="utf-8")
    payload = audit.AuditPayload.from_files(3, inv, (), None, {}, {"BRANDSWEEP_LANG": "tr"})
    assert audit.AuditPayload.from_json(payload.to_json()).settings == {"BRANDSWEEP_LANG": "tr"}


def test_evidence_says_its_errors_in_the_reports_language(tmp_path):
    """A Turkish reviewer's `evidence` mistakes were answered in English."""
    from click.testing import CliRunner

    from crawler.cli import main
    from crawler.store import Store
    from reports import sample

    db = tmp_path / "audits.db"
    with Store(db) as store:
        store.finish_audit(store.begin_audit(sample.inventory(), {}), counts={})

    def run(*args: str):
        return CliRunner().invoke(main, ["evidence", "--db", str(db), "--out",
                                         str(tmp_path / "out"), *args])

    got = run("--lang", "tr")
    assert got.exit_code == 2 and "bir PLATFORM:KULLANICI_ADI verin ya da --all" in got.output
    got = run("--lang", "tr", "instagram:nobody_here")
    assert got.exit_code == 2 and "hiçbir denetimde instagram:nobody_here profili yok" in \
        got.output
    got = run("--lang", "tr", "--all", "--as", "taken_down")
    assert got.exit_code == 2 and "taken_down kararı verilmiş profil yok" in got.output
    got = run("--lang", "en", "--all")
    assert got.exit_code == 2 and "no profile classed impostor; nothing to pack" in got.output


def test_validate_speaks_the_inventorys_language(tmp_path):
    """`validate` on a Turkish inventory ended with '1 error(s) in ...' / '...: OK'."""
    from pathlib import Path

    from click.testing import CliRunner

    from crawler.cli import main

    inv = tmp_path / "inv.yaml"
    inv.write_text("organization: X\nlanguage: tr\nbrands: 3\n", encoding="utf-8")
    got = CliRunner().invoke(main, ["validate", str(inv)])
    assert got.exit_code == 2 and f"{inv} içinde 1 hata" in got.output
    got = CliRunner().invoke(main, ["validate", str(inv), "--lang", "en"])
    assert got.exit_code == 2 and f"1 error in {inv}" in got.output
    seed = Path(__file__).resolve().parents[1] / "seeds" / "official_accounts.yaml"
    got = CliRunner().invoke(main, ["validate", str(seed), "--lang", "tr"])
    assert got.exit_code == 0 and f"{seed}: sorun yok" in got.output


def test_the_coverage_headline_counts_probe_steps_in_the_singular_and_plural():
    """'2 probe step(s) could not run' in the report's summary."""
    from reports.coverage import build_coverage
    from reports.i18n import Translator

    gaps = [{"path": "probe", "engine": "x", "reason": "bot_block"},
            {"path": "probe", "engine": "instagram", "reason": "login_wall"}]
    two = build_coverage(gaps, crawl=None, tr=Translator("en")).headline or ""
    assert "2 probe steps could not run" in two and "step(s)" not in two
    one = build_coverage(gaps[:1], crawl=None, tr=Translator("en")).headline or ""
    assert "1 probe step could not run" in one
    tr = build_coverage(gaps, crawl=None, tr=Translator("tr")).headline or ""
    assert "2 yoklama adımı çalışamadı" in tr


def test_triage_import_counts_decisions_in_the_languages_plural():
    """'1 decision', '3 decisions' (not 'decision(s)'); Turkish has one form."""
    from crawler.cli import recorded_line
    from reports.i18n import Translator

    en, tr = Translator("en"), Translator("tr")
    assert recorded_line(en, "d.json", 1, 4, "") == "d.json: 1 decision of audit 4 recorded."
    assert recorded_line(en, "d.json", 3, 4, "; 1 already recorded") == (
        "d.json: 3 decisions of audit 4 recorded; 1 already recorded.")
    assert recorded_line(tr, "d.json", 3, 4, "") == (
        "d.json: 4 numaralı denetimin 3 kararı kaydedildi.")


def test_clicks_own_usage_errors_speak_the_command_lines_language():
    """'Error: Invalid value for '--as'' and 'Missing argument' were English in a Turkish run;
    English stays click's, and click is itself again afterwards."""
    import gettext

    import click.exceptions
    from click.testing import CliRunner

    from crawler.cli import main

    runner = CliRunner()
    tr = runner.invoke(main, ["triage", "--as", "foo", "--lang", "tr"])
    assert tr.exit_code == 2
    assert "Hata: '--as' için geçersiz değer: 'foo' şunlardan biri değil:" in tr.output
    missing = runner.invoke(main, ["audit", "--lang=tr"])
    assert "Kullanım:" in missing.output and "Hata: Eksik argüman 'ENVANTER'." in missing.output
    gone = runner.invoke(main, ["validate", "yok.yaml", "--lang", "tr"])
    assert "'yok.yaml' bulunamadı." in gone.output and "File" not in gone.output
    helped = runner.invoke(main, ["demo", "--lang", "tr", "--help"])
    assert helped.output.startswith("Kullanım:")  # the help speaks --lang too
    en = runner.invoke(main, ["audit", "--lang", "en"])
    assert "Error: Missing argument 'INVENTORY'." in en.output
    assert click.exceptions._ is gettext.gettext


def test_evidence_says_its_zip_and_counts_packs_in_the_languages_plural(tmp_path):
    """'kanıt paketi: DIR' said nothing of the .zip --zip wrote beside it, and a batch said
    'evidence pack(s)'."""
    from pathlib import Path

    from crawler.cli import packs_line
    from reports.i18n import Translator

    en, tr = Translator("en"), Translator("tr")
    pack = tmp_path / "kanit"
    one = packs_line(tr, [pack], pack, single=True, zipped=True)
    assert one.splitlines() == [f"kanıt paketi: {pack.resolve()}",
                                f"tek dosya olarak: {Path(str(pack) + '.zip').resolve()}"]
    assert "\n" not in packs_line(en, [pack], pack, single=True, zipped=False)
    batch = packs_line(en, [pack / "a", pack / "b"], pack, single=False, zipped=True)
    assert batch.startswith("2 evidence packs in ") and "each with its .zip" in batch
    assert packs_line(en, [pack / "a"], pack, single=False, zipped=False).startswith(
        "1 evidence pack in ")


def test_the_help_speaks_the_users_language_and_english_stays_the_default():
    """``--help`` was English for a Turkish user: BRANDSWEEP_LANG (then LC_ALL, LC_MESSAGES,
    LANG) gives it in Turkish, click's own words and the usage line too; English is as
    written, also after a Turkish help in the same process."""
    from click.testing import CliRunner

    from crawler.cli import main

    english = {"BRANDSWEEP_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "",
               "LANG": "en_US.UTF-8"}
    before = CliRunner(env=english).invoke(main, ["audit", "--help"]).output
    tr = CliRunner(env={**english, "BRANDSWEEP_LANG": "tr"}).invoke(main, ["audit", "--help"])
    assert tr.exit_code == 0
    assert tr.output.startswith("Kullanım: main audit [SEÇENEKLER] ENVANTER")
    words = " ".join(tr.output.split())  # as read, whatever the wrapping
    for said in ("Asıl tarama: bul, eşleştir, kaydet, raporla.", "Örnek:", "Seçenekler:",
                 "[varsayılan: duckduckgo]", "Bu iletiyi göster ve çık."):
        assert said in words
    assert "brandsweep audit seeds/official_accounts.yaml --out report/" in tr.output
    assert "Show this message" not in tr.output and "Options:" not in tr.output
    group = CliRunner(env={**english, "LANG": "tr_TR.UTF-8"}).invoke(main, ["--help"])
    assert "Komutlar:" in group.output and "Asıl tarama" in group.output
    after = CliRunner(env=english).invoke(main, ["audit", "--help"]).output
    assert after == before and before.startswith("Usage: main audit [OPTIONS] INVENTORY")
    assert "Show this message and exit." in after and "The real sweep" in after


def test_the_helps_placeholders_speak_the_users_language_and_choices_stay():
    """``--out PATH``, ``--platforms TEXT``, ``--max-variants INTEGER RANGE`` stayed English in
    a Turkish help: each placeholder is a message (the usage line's and "Missing argument"'s
    too); a list of choices is what the user types and stays; English is as click writes it."""
    from click.testing import CliRunner

    from crawler.cli import main

    english = {"BRANDSWEEP_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "",
               "LANG": "en_US.UTF-8"}
    tr = CliRunner(env={**english, "BRANDSWEEP_LANG": "tr"}).invoke(main, ["audit", "--help"])
    lines = [" ".join(line.split()[:2]) for line in tr.output.splitlines()]
    for said in ("--out YOL", "--platforms METİN", "--platforms-file DOSYA",
                 "--max-variants TAMSAYI", "--resolve SUNUCU=ADRES:PORT",
                 "--timezone SAAT_DİLİMİ", "--as-of TARİH", "--fail-on [high|medium|low]"):
        assert said in lines, said
    assert " PATH" not in tr.output and "INTEGER" not in tr.output
    triage = CliRunner(env=english).invoke(main, ["triage", "--lang", "tr", "--help"])
    assert triage.output.startswith("Kullanım: main triage [SEÇENEKLER] [PROFİL]")
    en = CliRunner(env=english).invoke(main, ["audit", "--help"]).output
    assert "--out PATH" in en and "--max-variants INTEGER RANGE" in en


def test_a_placeholder_keeps_its_brackets_and_a_list_of_choices_is_not_translated():
    from crawler.click_messages import speak_metavar

    def tr(message: str) -> str:
        return {"PROFILE": "PROFİL", "FILE": "DOSYA", "INTEGER RANGE": "TAMSAYI"}.get(
            message, message)

    assert speak_metavar("[PROFILE]...", tr) == "[PROFİL]..."
    assert speak_metavar("FILE", tr) == "DOSYA"
    assert speak_metavar("INTEGER RANGE", tr) == "TAMSAYI"
    assert speak_metavar("[en|tr]", tr) == "[en|tr]"
    assert speak_metavar("FILE", None) == "FILE"


def test_the_users_language_follows_the_usual_order(monkeypatch):
    """BRANDSWEEP_LANG first; then the POSIX locale: the first set of LC_ALL, LC_MESSAGES,
    LANG (C is English), GNU's LANGUAGE list before it; English otherwise."""
    from reports.i18n import system_language

    def lang(**env):
        for var in ("BRANDSWEEP_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
            monkeypatch.delenv(var, raising=False)
        for var, value in env.items():
            monkeypatch.setenv(var, value)
        return system_language()

    assert lang(BRANDSWEEP_LANG="tr", LC_ALL="en_US.UTF-8") == "tr"
    assert lang(BRANDSWEEP_LANG="xx", LANG="tr_TR.UTF-8") == "tr"  # unsupported: ignored
    assert lang(LC_ALL="en_US.UTF-8", LANG="tr_TR.UTF-8") == "en"
    assert lang(LC_MESSAGES="tr_TR.UTF-8", LANG="en_US.UTF-8") == "tr"
    assert lang(LC_ALL="C", LANG="tr_TR.UTF-8") == "en"
    assert lang(LANG="de_DE.UTF-8", LANGUAGE="tr:de") == "tr"
    assert lang(LANG="C.UTF-8", LANGUAGE="tr") == "en"
    assert lang(LANG="de_DE.UTF-8") == "en"


def test_a_help_text_is_translated_paragraph_by_paragraph():
    """A paragraph click rewraps is one message (its whitespace single); a \\b block keeps
    its example lines as written, only its heading is a message; \\f and after stay."""
    from crawler.click_messages import translate_help

    seen: list[str] = []

    def record(message: str) -> str:
        seen.append(message)
        return message.upper()

    text = """First line
        goes on.

        \b
        Example:
          brandsweep audit x.yaml
        \f
        internal"""
    out = translate_help(text, record)
    assert seen == ["First line goes on.", "Example:"]
    assert out == "FIRST LINE GOES ON.\n\n\b\nEXAMPLE:\n  brandsweep audit x.yaml\n\f\ninternal"


def test_every_option_of_every_command_says_what_it_is_for():
    """``--db FILE  [default: brandsweep.db]`` and a bare ``--platforms-file FILE`` said
    nothing in either language: every option has a help text (and so a translation)."""
    import click

    from crawler.cli import main

    bare = [f"{name} {p.opts[0]}" for name, cmd in sorted(main.commands.items())
            for p in cmd.params if isinstance(p, click.Option) and not p.help]
    assert bare == []


class _Decided:
    def __init__(self, value):
        self.decision = type("D", (), {"value": value})()


class _Store:
    """What the evidence command reads of a store to refuse a pack (a fake: no database)."""

    def __init__(self, cls, decision=None, impostors=(), reopened=False):
        from matching.models import Evidence, FindingClass

        def finding(handle, c, evidence=()):
            return type("F", (), {"platform": "instagram", "handle": handle,
                                  "cls": FindingClass(c), "evidence": evidence})()

        self._finding = finding("acme", cls, (Evidence("reopened", 0, ""),) if reopened else ())
        self._decided = {("instagram", "acme"): _Decided(decision)} if decision else {}
        self._all = [self._finding, *(finding(h, "impostor") for h in impostors)]

    def triage(self):
        return self._decided

    def latest_finding(self, platform, handle):
        return self._finding

    def latest_audit(self):
        return 1

    def findings(self, audit_id):
        return self._all


def test_no_takedown_pack_for_one_of_our_own_accounts_or_a_cleared_profile():
    """``evidence instagram:acme`` (the impostor is acme_) wrote a pack whose report text asked
    Instagram to take down the company's own account; a profile a reviewer had cleared as a
    fan got one too. Both are refused with the look-alike impostor and the command that records
    an impostor; an impostor, or a profile a reviewer confirmed, is packed as before."""
    from crawler.cli import _own_account_refusal
    from reports.i18n import Translator

    tr = Translator("tr")
    said = _own_account_refusal(_Store("official", impostors=("acme_", "other")), "a.db",
                                "instagram", "acme", tr)
    assert said is not None and said.startswith("instagram:acme sizin hesaplarınızdan biri "
                                                "(Resmî): ")
    assert "instagram:acme_?" in said and "instagram:other" not in said
    assert said.endswith("brandsweep triage --db a.db instagram:acme --as impostor_confirmed")
    fan = _own_account_refusal(_Store("impostor", "fan"), "a.db", "instagram", "acme",
                               Translator("en"))
    assert fan is not None and fan.startswith("instagram:acme: a reviewer decided Fan / parody;")
    for ok in (_Store("impostor"), _Store("official", "impostor_confirmed"),
               _Store("impostor", "fan", reopened=True), _Store("unverified")):
        assert _own_account_refusal(ok, "a.db", "instagram", "acme", tr) is None


def test_a_refused_folder_or_database_is_said_in_the_users_language(tmp_path):
    """``Hata: /x: cannot write in this folder (...) — choose a folder ...``: click's word was
    Turkish, the problem and its fix English. Both follow the command's language now; English
    as it was."""
    from click.testing import CliRunner

    from crawler.cli import main
    from crawler.paths import PathProblem, check_database
    from reports.i18n import Translator

    bad = tmp_path / "notes.db"
    bad.write_text("hello", encoding="utf-8")
    try:
        check_database(bad, write=False)
    except PathProblem as exc:
        problem = exc
    assert str(problem).endswith("not a SQLite database (it begins 'hello') — give --db a "
                                 "brandsweep database, or a new file name to start one")
    assert problem.render(Translator("tr").gettext) == (
        f"{bad}: bir SQLite veritabanı değil (şöyle başlıyor: 'hello') — --db için bir brandsweep "
        "veritabanı ya da yenisini başlatmak için yeni bir dosya adı verin")
    said = CliRunner().invoke(main, ["triage", "--db", str(bad), "--list", "--lang", "tr"])
    assert said.exit_code == 2 and "Hata: " in said.output
    assert "bir SQLite veritabanı değil" in said.output and "not a SQLite" not in said.output


def test_the_summary_ends_with_the_next_step_when_there_are_impostors(tmp_path):
    """The terminal ended at 'database: ...': a reviewer who found impostors was not told what
    to do next. It says it with this audit's database, in the report's language; nothing when
    there is no impostor or the audit is partial. Deciding comes first (ux19)."""
    from dataclasses import replace

    from crawler.cli import next_step_line
    from matching.models import FindingClass, Status, Triage, TriageDecision
    from reports import sample
    from reports.i18n import Translator

    base = sample.findings()
    impostor = replace(base[1], cls=FindingClass.IMPOSTOR, status=Status.NEW)
    official = replace(base[0], cls=FindingClass.OFFICIAL)
    db = tmp_path / "my audits.db"
    result = SimpleNamespace(complete=True, db=db, findings=[official, impostor])
    line = next_step_line(Translator("tr"), result)
    assert line is not None and line.startswith("sonraki adım: 1. rapordaki kararı verilmemiş 1 ")
    # deciding first (the report's decisions file), then the packs of the confirmed ones
    # only: ``evidence --all`` alone packed the undecided impostors too
    assert f"brandsweep triage --db '{db}' --import decisions-audit-N.json" in line
    packs = f"brandsweep evidence --db '{db}' --all --as impostor_confirmed --out evidence-packs/"
    assert line.endswith(packs)
    assert line.index("triage") < line.index("evidence")
    decided = replace(impostor, triage=Triage("x", "y", TriageDecision.IMPOSTOR_CONFIRMED))
    said = next_step_line(Translator("en"), replace_ns(result, findings=[official, decided]))
    assert said == f"next: write the takedown packs of the impostors you confirmed: {packs}"
    assert next_step_line(Translator("en"), replace_ns(result, findings=[official])) is None
    assert next_step_line(Translator("en"), replace_ns(result, complete=False)) is None


def replace_ns(ns, **changes):
    return SimpleNamespace(**{**vars(ns), **changes})


def test_an_imported_decisions_note_and_the_version_speak_the_users_language(tmp_path):
    """``triage --list`` in Turkish showed 'not: in report.html of audit 2' (written by the
    import in English) and ``--version`` said 'version': both follow the language now."""
    import json

    from click.testing import CliRunner

    from crawler.cli import main
    from crawler.decisions import plan_import, read_decisions
    from reports import sample
    from reports.i18n import Translator

    doc = {"format": "brandsweep-decisions", "version": 1,
           "audit": {"id": "7", "started_at": "2025-03-01T10:00:00Z"}, "reviewer": "Ayşe",
           "exported_at": "2025-03-02T09:00:00Z",
           "decisions": [{"profile": "instagram:northwindcoffee_support",
                          "decision": "false_positive", "note": "eski sayfamız"}]}
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    data, text = read_decisions(path)
    got = plan_import(path, data, text, {7: {"id": 7}}, lambda _id: sample.findings(), {},
                      gettext=Translator("tr").gettext).applied[0]
    assert got.note == "eski sayfamız (7 numaralı denetimin report.html dosyasında)"
    env = {"BRANDSWEEP_LANG": "tr"}
    assert ", sürüm " in CliRunner(env=env).invoke(main, ["--version"]).output
    assert ", version " in CliRunner(env={"BRANDSWEEP_LANG": "en"}).invoke(
        main, ["--version"]).output


def test_a_profile_is_also_its_address_as_the_report_writes_it():
    """The report names an account ``instagram.com/acme``; triage and evidence refused it
    ('expected PLATFORM:HANDLE ... or a profile URL'). It reads as the URL it is."""
    from crawler.cli import _profile_key

    assert _profile_key("instagram.com/acme") == _profile_key("https://www.instagram.com/acme/")
    assert _profile_key("t.me/acme_help")[0] == "telegram"
    assert _profile_key("linkedin:in/jane-doe")[0] == "linkedin"  # not an address


def test_a_mistyped_decision_names_the_closest_one():
    """``--as impostor`` listed seven codes and left the reviewer to find the one meant: the
    closest is named, in the command's language."""
    from click.testing import CliRunner

    from crawler.cli import main

    tr = CliRunner().invoke(main, ["triage", "x:a", "--as", "impostor", "--lang", "tr"])
    assert tr.exit_code == 2 and "'impostor_confirmed' mi demek istediniz?" in tr.output
    en = CliRunner().invoke(main, ["triage", "x:a", "--as", "fals", "--lang", "en"])
    assert "Did you mean 'false_positive'?" in en.output
    none = CliRunner().invoke(main, ["triage", "x:a", "--as", "zzz", "--lang", "en"])
    assert "Did you mean" not in none.output


def test_the_summary_still_ends_with_the_paths(capsys, tmp_path):
    """The next step comes before the report's and the database's paths: the last line is
    still where the history is (scripts read it)."""
    from dataclasses import replace

    from crawler.cli import _print_summary
    from matching.models import FindingClass, Status
    from reports import sample

    impostor = replace(sample.findings()[1], cls=FindingClass.IMPOSTOR, status=Status.NEW)
    result = SimpleNamespace(lang="en", counts={"impostor": 1}, considered=1, audit_id=1,
                             complete=True, findings=[impostor],
                             outputs={"report.html": tmp_path / "r.html"}, db=tmp_path / "a.db")
    _print_summary(result)
    lines = capsys.readouterr().out.rstrip().splitlines()
    assert lines[-1] == f"database: {(tmp_path / 'a.db').resolve()}"
    assert lines[-3].startswith("  next: 1. decide the 1 undecided impostor in the report")


def test_evidence_all_takes_only_a_decision_to_report(tmp_path):
    """``evidence --all --as official`` wrote takedown packs for every account a reviewer had
    marked as the company's own: --as takes the decisions to report only."""
    from click.testing import CliRunner

    from crawler.cli import main

    db = tmp_path / "a.db"
    db.write_bytes(b"")
    for cleared in ("official", "fan", "false_positive", "allow"):
        said = CliRunner().invoke(main, ["evidence", "--db", str(db), "--all", "--as", cleared,
                                         "--out", str(tmp_path / "p"), "--lang", "en"])
        assert said.exit_code == 2 and "'impostor_confirmed', 'takedown_requested', " \
            "'taken_down'" in said.output, said.output


def test_evidence_packs_speak_the_audits_report_language_by_default(tmp_path):
    """An audit reported in Turkish (``--lang tr``) of an inventory whose ``language:`` has no
    report texts (``ar``): ``evidence`` said its line in Turkish but wrote English packs
    labelled "(ar)". The packs follow the language --help names: the audit's report's."""
    from dataclasses import replace

    from click.testing import CliRunner

    from crawler.cli import main
    from crawler.store import Store
    from reports import sample

    db = tmp_path / "audits.db"
    impostor = sample.findings()[1]
    with Store(db) as store:
        audit = store.begin_audit(replace(sample.inventory(), language="ar"), {"lang": "tr"})
        store.save_findings(audit, [impostor])
        store.finish_audit(audit, counts={})
    out = tmp_path / "pack"
    got = CliRunner().invoke(main, ["evidence", "--db", str(db), "--out", str(out),
                                    f"{impostor.platform}:{impostor.handle}"])
    assert got.exit_code == 0, got.output
    assert "kanıt paketi" in got.output
    assert (out / "summary.md").read_text("utf-8").startswith("# Kanıt paketi: ")
    assert (out / "report-text.txt").read_text("utf-8").startswith("Konu: ")


def test_a_mistyped_command_on_a_turkish_audits_database_is_refused_in_turkish(tmp_path):
    """``triage --db audits.db ... --as false_positve`` on a database of Turkish audits: click
    refused it in English, then the command spoke Turkish once it ran. The refusal follows
    the audits' language (as the command does); --lang still wins."""
    from click.testing import CliRunner

    from crawler.cli import main
    from crawler.store import Store
    from reports import sample

    db = tmp_path / "audits.db"
    with Store(db) as store:
        store.finish_audit(store.begin_audit(sample.inventory(), {"lang": "tr"}), counts={})
    english = {"BRANDSWEEP_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "",
               "LANG": "en_US.UTF-8"}
    runner = CliRunner(env=english)
    got = runner.invoke(main, ["triage", "--db", str(db), "instagram:x", "--as", "false_positve"])
    assert got.exit_code == 2
    assert "Hata: '--as' için geçersiz değer" in got.output
    assert "'false_positive' mi demek istediniz?" in got.output
    en = runner.invoke(main, ["triage", f"--db={db}", "instagram:x", "--as", "fp", "--lang", "en"])
    assert "Error: Invalid value for '--as'" in en.output
    elsewhere = runner.invoke(main, ["triage", "--db", str(tmp_path / "none.db"), "--as", "fp"])
    assert "Error: Invalid value for '--as'" in elsewhere.output


def test_a_mistyped_zone_or_platform_is_refused_in_the_users_language_with_the_fix(tmp_path):
    """'--timezone Istanbul' and '--platforms instagramm' were refused in English in a Turkish
    run, without naming the zone or the platform meant."""
    import pytest
    from click.testing import CliRunner

    from crawler.catalog import load_catalog
    from crawler.cli import _near_zone, _usage_problem
    from crawler.options import UsageError
    from crawler.plan import check_platforms

    assert _near_zone("istanbul") == "Europe/Istanbul"
    assert _near_zone("Europe/Istambul") == "Europe/Istanbul"
    assert _near_zone("Mars") is None
    from crawler.cli import main

    (tmp_path / "a.db").touch()
    got = CliRunner().invoke(main, ["report", "--timezone", "Istanbul", "--db",
                                    str(tmp_path / "a.db"), "--out", str(tmp_path / "o"),
                                    "--lang", "tr"])
    assert got.exit_code == 2
    assert "bilinmeyen saat dilimi 'Istanbul': 'Europe/Istanbul' mi demek istediniz?" in \
        got.output
    catalog = load_catalog()
    with pytest.raises(UsageError) as refused:
        check_platforms(catalog, ["instagramm"])
    assert str(refused.value).startswith(
        "--platforms: unknown platform 'instagramm'; did you mean 'instagram'?")
    assert _usage_problem(refused.value, "tr").startswith(
        "--platforms: bilinmeyen platform 'instagramm'; 'instagram' mi demek istediniz?")
    with pytest.raises(UsageError) as two:
        check_platforms(catalog, ["foo", "bar"])
    assert _usage_problem(two.value, "tr").startswith(
        "--platforms: bilinmeyen platform(lar): foo, bar; bilinenler: bluesky,")
    assert _usage_problem(UsageError("as it is"), "tr") == "as it is"
    typo = CliRunner().invoke(main, ["audit", "x.yaml", "--fail-on", "hgh", "--lang", "tr"])
    assert "'high' mi demek istediniz?" in typo.output
    extract = CliRunner(env={"BRANDSWEEP_LANG": "tr"}).invoke(
        main, ["extract", "instagramm", "page.html"])
    assert "bilinmeyen platform 'instagramm'; 'instagram' mi demek istediniz?" in \
        extract.output


def test_platforms_lists_each_code_beside_the_name_the_report_shows():
    """The report says 'X (Twitter)'; the inventory and --platforms take 'x': the listing
    gives both."""
    from click.testing import CliRunner

    from crawler.cli import main

    lines = CliRunner().invoke(main, ["platforms"]).output.splitlines()
    x = next(line for line in lines if line.startswith("x "))
    assert x.split()[:3] == ["x", "X", "(Twitter)"] and " probe=" in x
    assert next(line for line in lines if line.startswith("tiktok ")).split()[1] == "TikTok"
