"""``-q`` wherever a command prints something besides its errors, as ``audit -q`` and
``report -q``: ``validate``, ``triage`` (recording, importing) and ``evidence`` say nothing but
their errors, and their exit code still says how it went. ``platforms`` has none: its listing is
all it prints. In-process through click's runner, no crawl."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from crawler.cli import main
from crawler.store import Store
from matching.models import ProbeState, ProfileObservation
from reports import sample

SEED = Path(__file__).resolve().parents[1] / "seeds" / "official_accounts.yaml"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_the_commands_that_print_more_than_errors_take_q():
    for name in ("audit", "demo", "report", "validate", "triage", "evidence"):
        opts = {o for p in main.commands[name].params for o in getattr(p, "opts", ())}
        assert {"-q", "--quiet"} <= opts, name
    assert "-q" not in {o for p in main.commands["platforms"].params
                        for o in getattr(p, "opts", ())}


def test_validate_q_says_only_the_errors(tmp_path: Path):
    loud = run("validate", str(SEED))
    assert loud.exit_code == 0 and ": OK" in loud.output
    quiet = run("validate", "-q", str(SEED))
    assert quiet.exit_code == 0 and quiet.output == ""
    bad = tmp_path / "bad.yaml"
    bad.write_text("organization: X\nbrands: 3\n", encoding="utf-8")
    got = CliRunner().invoke(main, ["validate", "-q", str(bad)])
    assert got.exit_code == 2 and "bad.yaml" in got.output  # the errors are still said


def test_triage_q_records_without_a_word(tmp_path: Path):
    db = tmp_path / "audits.db"
    with Store(db) as store:
        audit = store.begin_audit(sample.inventory(), {})
        store.add_observation(audit, ProfileObservation(
            "instagram", "n0rthwindcoffee", "https://instagram.test/n0rthwindcoffee",
            ProbeState.FOUND, fetched_at="2026-11-01T10:00:00+00:00"))
        store.finish_audit(audit, counts={})
    got = run("triage", "--db", str(db), "instagram:n0rthwindcoffee", "--as", "fan", "-q")
    assert got.exit_code == 0 and got.output == ""
    with Store(db) as store:
        assert ("instagram", "n0rthwindcoffee") in store.triage()
    listed = run("triage", "--db", str(db), "--list", "-q")  # what was asked for
    assert "instagram:n0rthwindcoffee" in listed.output
