"""The README documents every command and option (sqlite-utils' tests/test_docs.py habit):
adding an option without documenting it fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_documented(name):
    assert f"brandsweep {name}" in README


@pytest.mark.parametrize(
    "command,option",
    sorted(
        (name, opt)
        for name, cmd in main.commands.items()
        for param in cmd.params
        for opt in param.opts
        if opt.startswith("--") and opt not in ("--help",)
    ),
)
def test_every_option_is_documented(command, option):
    assert option in README, f"{command} {option} is missing from the README"


def test_quick_start_has_exactly_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [b for b in quick.split("```")[1::2]]
    commands = [line for b in blocks for line in b.splitlines() if line.strip() and line != "sh"]
    assert commands == [
        "pip install -e . && brandsweep demo --out demo-report",
        "pip install -e '.[test]' && pytest",
    ]
