"""Signal names are constants (#10): the matcher writes no bare strings, the report words all."""

from __future__ import annotations

import ast
from pathlib import Path

from matching.models import SignalName
from matching.profile_signals import SIGNALS

ROOT = Path(__file__).resolve().parents[1]


def test_the_matcher_names_every_signal_by_its_constant() -> None:
    bare = []
    for path in sorted((ROOT / "matching").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Evidence"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                bare.append(f"{path.name}:{node.lineno} {node.args[0].value!r}")
    assert bare == []


def test_every_signal_has_a_sentence_in_the_report() -> None:
    from reports.sentences import BUILDERS

    missing = [s.value for s in SignalName if s.value not in BUILDERS]
    assert missing == [], missing


def test_the_registry_is_keyed_by_signal_names() -> None:
    names = {s.value for s in SignalName}
    assert {"link_domain", "also_official_link"} | names >= set(SIGNALS)
    assert len(SIGNALS) >= 20
