"""``brandsweep audit --as-of DATE``: classify as of a moment other than now (dormancy counts to
it). Parsing and its errors, and that the value reaches the audit's options; no audit runs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from crawler import cli
from crawler.option_values import OptionValueError, parse_as_of

TODAY = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "iso"), [
    ("2026-09-30", "2026-09-30T23:59:59+00:00"),  # a date: the end of that day, UTC
    (" 2026-09-30 ", "2026-09-30T23:59:59+00:00"),
    ("2026-09-30T17:00", "2026-09-30T17:00:00+00:00"),  # no offset: UTC
    ("2026-09-30T17:00:30+03:00", "2026-09-30T14:00:30+00:00"),
    ("2026-09-30 17:00Z", "2026-09-30T17:00:00+00:00"),
    ("2026-12-07", "2026-12-07T23:59:59+00:00"),  # tomorrow somewhere: within a day's slack
    (None, None),
])
def test_as_of_parses_to_utc_iso(text, iso):
    assert parse_as_of(text, today=TODAY) == iso


@pytest.mark.parametrize(("text", "words"), [
    ("2026-13-01", "is not a date"),
    ("30/09/2026", "YYYY-MM-DD"),
    ("last quarter", "e.g. 2026-09-30"),
    ("", "is not a date"),
    ("2026-09-30T25:00", "is not a date"),
    ("2027-12-06", "in the future (today is 2026-12-06)"),
])
def test_a_bad_as_of_says_what_to_write(text, words):
    with pytest.raises(OptionValueError, match=r".*") as err:
        parse_as_of(text, today=TODAY)
    assert words in str(err.value)


def test_the_cli_refuses_a_bad_as_of_before_anything_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_run", lambda *a, **k: pytest.fail("the audit must not start"))
    inv = tmp_path / "inventory.yaml"
    inv.write_text("organization: X\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["audit", str(inv), "--as-of", "2026-02-30"])
    assert result.exit_code == 2
    assert "--as-of" in result.output and "is not a date" in result.output


def test_the_audit_classifies_at_as_of(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "_run", lambda options, *a, **k: seen.append(options) or 0)
    monkeypatch.setattr(cli, "_done", lambda code: None)
    inv = tmp_path / "inventory.yaml"
    inv.write_text("organization: X\n", encoding="utf-8")
    args = ["audit", str(inv), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "a.db"), "-q"]
    CliRunner().invoke(cli.main, [*args, "--as-of", "2026-09-30"], catch_exceptions=False)
    CliRunner().invoke(cli.main, args, catch_exceptions=False)
    assert [o.now for o in seen] == ["2026-09-30T23:59:59+00:00", None]


def test_the_report_says_what_the_audit_classified_as_of(tmp_path):
    from crawler.options import AuditOptions
    from crawler.runner import _settings_summary

    options = AuditOptions(inventory=tmp_path / "i.yaml", out=tmp_path, db=tmp_path / "a.db")
    assert "as_of" not in _settings_summary(options)
    options.now = "2026-09-30T23:59:59+00:00"
    assert _settings_summary(options)["as_of"] == "2026-09-30T23:59:59+00:00"
