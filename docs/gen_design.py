"""Regenerate the parts of docs/DESIGN.md that the code can say itself.

Two blocks of DESIGN.md are generated, between ``<!-- generated: NAME -->`` and
``<!-- end generated: NAME -->`` markers; everything else is written by hand and kept:

* ``modules``: every module of the product packages and of ``simweb/`` with the first line of its
  docstring (a module without one shows up as such, which is a reason to write one);
* ``signatures``: the public signatures of the main entry points (``ENTRY_POINTS``), read from
  the source with ``ast`` (nothing is imported, so it runs without Scrapy installed).

Usage (from the repository root)::

    python docs/gen_design.py           # rewrite docs/DESIGN.md
    python docs/gen_design.py --check   # exit 1 when DESIGN.md is out of date (tests do this)
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESIGN = ROOT / "docs" / "DESIGN.md"
PACKAGES = ("matching", "reports", "crawler", "simweb")

#: (file, qualified name) of the functions and classes whose signatures DESIGN.md prints
ENTRY_POINTS: tuple[tuple[str, str], ...] = (
    ("matching/inventory.py", "load_inventory"),
    ("matching/variants.py", "generate_candidates"),
    ("matching/classify.py", "classify"),
    ("matching/decide.py", "decide"),
    ("matching/history.py", "apply_history"),
    ("crawler/catalog.py", "load_catalog"),
    ("crawler/wmn.py", "load_catalog_with_sites"),
    ("crawler/extract/__init__.py", "read_profile"),
    ("crawler/extract/search.py", "read_search"),
    ("crawler/options.py", "settings_overrides"),
    ("crawler/options.py", "scrapy_settings"),
    ("crawler/crawl.py", "run_crawl"),
    ("crawler/runner.py", "run_audit"),
    ("crawler/runner.py", "crawl_summary"),
    ("crawler/runner.py", "render"),
    ("crawler/distributed/coordinator.py", "run_distributed_crawl"),
    ("crawler/distributed/worker.py", "run_worker"),
    ("reports/view.py", "build_view"),
    ("reports/render.py", "render_html"),
    ("reports/__init__.py", "write_outputs"),
    ("reports/coverage.py", "build_coverage"),
    ("reports/proposed.py", "proposed_inventory"),
)


def first_line(doc: str | None) -> str:
    if not doc:
        return "(no docstring)"
    line = doc.strip().splitlines()[0].strip()
    return line.replace("|", "\\|")


def module_table(root: Path = ROOT) -> str:
    rows = ["| module | what it is for (its docstring's first line) |", "| --- | --- |"]
    for pkg in PACKAGES:
        for path in sorted((root / pkg).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            rel = path.relative_to(root).as_posix()
            rows.append(f"| `{rel}` | {first_line(ast.get_docstring(tree))} |")
    return "\n".join(rows)


def _find(tree: ast.Module, name: str) -> ast.AST | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) \
                and node.name == name:
            return node
    return None


def signature(node: ast.AST) -> str:
    if isinstance(node, ast.ClassDef):
        return f"class {node.name}"
    assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    args = ast.unparse(node.args)
    returns = f" -> {ast.unparse(node.returns)}" if node.returns else ""
    text = f"{node.name}({args}){returns}"
    return re.sub(r"\s+", " ", text)


def signatures(root: Path = ROOT) -> str:
    lines = ["```python"]
    current = None
    for rel, name in ENTRY_POINTS:
        tree = ast.parse((root / rel).read_text(encoding="utf-8"))
        node = _find(tree, name)
        if node is None:
            raise SystemExit(f"docs/gen_design.py: {rel} has no {name}; update ENTRY_POINTS")
        if rel != current:
            lines.append(f"# {rel}")
            current = rel
        lines.append(signature(node))
        doc = first_line(ast.get_docstring(node)).replace("\\|", "|")
        lines.append(f"    # {doc}")
    lines.append("```")
    return "\n".join(lines)


BLOCKS = {"modules": module_table, "signatures": signatures}


def regenerate(text: str, root: Path = ROOT) -> str:
    for name, build in BLOCKS.items():
        begin, end = f"<!-- generated: {name} -->", f"<!-- end generated: {name} -->"
        if begin not in text or end not in text:
            raise SystemExit(f"docs/DESIGN.md lacks the {begin} ... {end} markers")
        head, rest = text.split(begin, 1)
        _, tail = rest.split(end, 1)
        text = (f"{head}{begin}\n<!-- written by docs/gen_design.py: edit the code, then run "
                f"it -->\n{build(root)}\n{end}{tail}")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if DESIGN.md is stale")
    args = parser.parse_args(argv)
    text = DESIGN.read_text(encoding="utf-8")
    fresh = regenerate(text)
    if args.check:
        if fresh != text:
            print("docs/DESIGN.md is out of date: run python docs/gen_design.py", file=sys.stderr)
            return 1
        return 0
    DESIGN.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
