"""docs/DESIGN.md cannot drift: its module table and entry-point signatures are what
docs/gen_design.py makes of the code today, and it points at nothing outside the repository."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs"))

import gen_design  # noqa: E402


def test_design_md_is_what_the_code_says() -> None:
    text = gen_design.DESIGN.read_text(encoding="utf-8")
    assert gen_design.regenerate(text) == text, "run: python docs/gen_design.py"


def test_every_module_is_in_the_table() -> None:
    text = gen_design.DESIGN.read_text(encoding="utf-8")
    for pkg in gen_design.PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            assert f"| `{path.relative_to(ROOT).as_posix()}` |" in text


def test_the_check_fails_on_a_stale_copy(tmp_path: Path) -> None:
    text = gen_design.DESIGN.read_text(encoding="utf-8")
    stale = text.replace("| `crawler/options.py` |", "| `crawler/gone.py` |")
    assert gen_design.regenerate(stale) == text  # regenerating repairs it ...
    proc = subprocess.run([sys.executable, str(ROOT / "docs" / "gen_design.py"), "--check"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr  # ... and the real file is current


def test_no_pointer_outside_the_repository() -> None:
    text = gen_design.DESIGN.read_text(encoding="utf-8")
    assert "../shared" not in text
    for path in re.findall(r"`((?:crawler|matching|reports|simweb|docs|tests)/[\w/.-]+\.\w+)`",
                           text):
        assert (ROOT / path).exists(), f"DESIGN.md names {path}, which does not exist"
