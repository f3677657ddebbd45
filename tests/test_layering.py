"""matching/ and reports/ are pure libraries: no Scrapy, Twisted or SQLite imports (read by ast)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {"scrapy", "twisted", "sqlite_utils", "sqlite3"}
MODULES = sorted(p for pkg in ("matching", "reports") for p in (ROOT / pkg).rglob("*.py"))


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
            if node.args and isinstance(node.args[0], ast.Constant):
                roots.add(str(node.args[0].value).split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            roots.add(str(node.args[0].value).split(".")[0])
    return roots


def test_there_are_modules_to_check() -> None:
    names = {p.name for p in MODULES}
    assert {"normalise.py", "variants.py", "signals.py", "classify.py", "history.py"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_packages_do_not_import_io_frameworks(path: Path) -> None:
    bad = imported_roots(path) & FORBIDDEN
    assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


def test_the_scanner_catches_an_import(tmp_path: Path) -> None:
    f = tmp_path / "x.py"
    f.write_text("import os\nfrom scrapy.http import Request\nimport sqlite3 as s\n")
    assert imported_roots(f) & FORBIDDEN == {"scrapy", "sqlite3"}


def test_simweb_is_beside_the_product_not_inside_it() -> None:
    """The simulated web ships for the demo and the tests; the product never depends on it
    except through ``brandsweep demo`` (crawler/cli.py), and it imports no product package."""
    for path in sorted((ROOT / "simweb").rglob("*.py")):
        roots = imported_roots(path)
        assert not roots & {"crawler", "reports"}, f"{path.relative_to(ROOT)} imports the product"
    for pkg in ("matching", "reports"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            assert "simweb" not in imported_roots(path), f"{path.relative_to(ROOT)} imports simweb"
