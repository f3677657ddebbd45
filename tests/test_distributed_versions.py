"""A worker of another brandsweep than its coordinator stops before it takes anything, naming
both versions and the fix (crawler/distributed/compat.py); never stores half an audit.

Fast: a dict stands in for Redis (``find_audit`` reads two keys), no process is started.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from crawler.distributed import audit, compat
from crawler.distributed.audit import AuditKeys, AuditPayload, ScaleError
from matching.inventory import Text

KEY = "brandsweep:abcdefabcdef:7"


class _Redis:
    """The two reads ``find_audit`` makes, over one published audit."""

    def __init__(self, payload: str):
        self.meta = {b"state": b"running", b"payload": payload.encode()}

    def zrevrange(self, name: str, start: int, end: int) -> list[bytes]:
        return [KEY.encode()]

    def hmget(self, name: str, fields: list[str]) -> list[bytes | None]:
        assert name == AuditKeys(KEY).meta
        return [self.meta.get(f.encode()) for f in fields]


def _published(**changes: Any) -> str:
    data = json.loads(AuditPayload(7, "inv.yaml", "organization: X\n").to_json())
    data.update(changes)
    return json.dumps({k: v for k, v in data.items() if v is not None})


def _refusal(payload: str) -> str:
    with pytest.raises(ScaleError) as caught:
        audit.find_audit(_Redis(payload))
    text = caught.value.args[0]
    assert isinstance(text, Text)
    return text.render(lambda s: s)


def test_the_same_brandsweep_joins():
    keys, payload = audit.find_audit(_Redis(_published()))
    assert keys.base == KEY and payload.brandsweep == compat.stamp()


def test_another_release_stops_the_worker_naming_both_and_the_fix():
    theirs = {"version": "9.9.9", "code": "0123456789ab"}
    message = _refusal(_published(brandsweep=theirs))
    assert "brandsweep 9.9.9 (code 0123456789ab)" in message  # the coordinator's
    assert compat.describe(compat.stamp()) in message  # this worker's
    assert "pip install 'brandsweep==9.9.9'" in message and KEY in message
    assert "Nothing was taken" in message


def test_other_code_of_the_same_release_stops_the_worker_too():
    """Two checkouts of different commits (one with a store migration or an item type the
    other lacks) say the same version: the code digest tells them apart."""
    theirs = {**compat.stamp(), "code": "fedcba987654"}
    message = _refusal(_published(brandsweep=theirs))
    assert "code fedcba987654" in message and "the same files" in message


def test_a_coordinator_older_than_the_check_stops_the_worker():
    """Its payload has no stamp, and may have fields this worker does not know: the version is
    asked first, so the worker says so rather than 'not an audit payload'."""
    message = _refusal(_published(brandsweep=None, some_old_field=1))
    assert "an older brandsweep" in message


def test_a_worker_older_than_the_check_refuses_the_new_payload():
    """A worker without this check reads the payload strictly (no field it does not know):
    the stamp itself keeps it out of a newer coordinator's audit."""
    data = json.loads(_published())
    assert "brandsweep" in data
    with pytest.raises(ValueError, match="not an audit payload"):
        AuditPayload.from_json(_published(a_field_from_the_future=1))


def test_junk_is_still_refused_as_junk():
    with pytest.raises(ScaleError, match="not one a coordinator wrote"):
        audit.find_audit(_Redis(json.dumps({"inventory_text": 3,
                                            "brandsweep": compat.stamp()})), key=KEY)


def test_the_stamp_is_stable_and_short():
    s = compat.stamp()
    assert s == compat.stamp() and len(s["code"]) == 12 and int(s["code"], 16) >= 0
    assert compat.mismatch(s, KEY) is None


def test_docstring_examples():
    import doctest

    result = doctest.testmod(compat)
    assert result.attempted > 0 and result.failed == 0


def test_line_endings_do_not_change_the_digest(tmp_path, monkeypatch):
    """A checkout on Windows (CRLF) and one on Linux of the same commit are one brandsweep."""
    for name, ending in (("unix", b"\n"), ("windows", b"\r\n")):
        package = tmp_path / name / "crawler" / "distributed"
        package.mkdir(parents=True)
        (package / "compat.py").write_bytes(ending.join([b"a = 1", b"b = 2", b""]))
        (tmp_path / name / "matching").mkdir()
    digests = []
    for name in ("unix", "windows"):
        monkeypatch.setattr(compat, "__file__", str(tmp_path / name / "crawler" / "distributed"
                                                    / "compat.py"))
        compat.code_digest.cache_clear()
        digests.append(compat.code_digest())
    compat.code_digest.cache_clear()
    monkeypatch.undo()
    assert digests[0] == digests[1]
