"""crawler/identity.py: the version the User-Agent names, read without importlib.metadata."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from crawler.identity import USER_AGENT, VERSION, read_version

ROOT = Path(__file__).resolve().parents[1]


def test_a_checkout_says_its_pyproject_version() -> None:
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'(?m)^version = "([^"]+)"', project).group(1) == VERSION
    assert USER_AGENT.startswith(f"brandsweep/{VERSION} (+https://")


def test_an_installed_package_says_its_metadata_version(tmp_path: Path) -> None:
    info = tmp_path / "brandsweep-2.3.4.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: brandsweep\nVersion: 2.3.4\n\n"
                                   "Version: 9.9.9 (a line of the description)\n")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "7"\n')
    assert read_version(tmp_path) == "2.3.4"


def test_another_projects_pyproject_is_not_ours(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "7.0"\n')
    assert read_version(tmp_path) != "7.0"


def test_the_probe_workers_identity_loads_no_package_metadata() -> None:
    code = ("import sys, crawler.identity\n"
            "print('importlib.metadata' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, env={"PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "False", out.stderr
