"""reports/json_indent.py writes exactly what ``json.dumps(indent=2, sort_keys=True,
ensure_ascii=False, default=str)`` writes: every kind of value, and a real coverage.json."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from enum import Enum, IntEnum

import pytest

from reports.json_indent import dump_indented, dumps_indented


class Colour(Enum):
    RED = "red"


class Level(IntEnum):
    HIGH = 3


def _reference(obj: object) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False, default=str)


VALUES = [
    {}, [], (), "", 0, -7, 2**70, 1.5, -0.0, 1e-300, 3.0e20, float("nan"), float("inf"),
    float("-inf"), True, False, None, "plain", 'quote " back \\ slash', "tab\tnew\nline\x00",
    "Türkçe ✓ 日本 \U0001f600 \u2028 \u202e", Level.HIGH, Colour.RED,
    datetime(2026, 12, 6, tzinfo=UTC),
    {"b": 1, "a": [1, {"z": None, "y": []}], "c": {}},
    {1: "int key", 2: "two"}, {1.5: "float key"}, {True: "t"}, {None: "n"},
    [[[]], [{}], [1, [2, [3]]]], ("tuple", ["in", ("tuple",)]),
    {"rows": [{"name": f"site_{i:05d}", "probes": {"found": i, "not_found": 0},
               "calibration": None if i % 2 else "not_needed", "ratio": i / 7}
              for i in range(50)]},
]


@pytest.mark.parametrize("value", VALUES, ids=[f"v{i}" for i in range(len(VALUES))])
def test_the_same_text_as_json_dumps(value: object) -> None:
    assert dumps_indented(value) == _reference(value)
    fh = io.StringIO()
    dump_indented(value, fh)
    assert fh.getvalue() == _reference(value)


def test_a_large_document_streams_to_the_same_text() -> None:
    doc = {"platforms": [{"name": f"p{i}", "probes": {"found": i}, "title": f"Site {i} ✓"}
                         for i in range(20_000)]}
    fh = io.StringIO()
    dump_indented(doc, fh)
    assert fh.getvalue() == _reference(doc)


def test_keys_json_cannot_write_are_refused_alike() -> None:
    with pytest.raises(TypeError):
        _reference({(1, 2): "tuple key"})
    with pytest.raises(TypeError):
        dumps_indented({(1, 2): "tuple key"})
