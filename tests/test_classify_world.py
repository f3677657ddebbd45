"""The matcher on the demo world (simweb/world.yaml): every profile has a true class."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from matching.classify import classify
from matching.models import FindingClass, Severity

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT / "simweb" / "world.yaml"

pytestmark = pytest.mark.skipif(not WORLD.exists(), reason="world.yaml not written yet")


def _eval_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "eval_matching", ROOT / "benchmarks" / "eval_matching.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    ev = _eval_module()
    world, inventory, obs, pages, rules = ev.load_demo()
    findings = classify(inventory, obs, pages, now=world.now, rules=rules)
    truth = ev.demo_truth(world, rules)
    return ev, world, findings, truth, rules


def test_impostor_precision_and_recall(result) -> None:  # type: ignore[no-untyped-def]
    ev, _world, findings, truth, _ = result
    metrics, _ = ev.score(findings, truth)
    precision, recall, _f1, support = metrics["impostor"]
    assert support >= 10
    assert precision >= 0.95 and recall >= 0.95, metrics["impostor"]


def test_no_namesake_or_fan_is_a_high_severity_impostor(result) -> None:  # type: ignore[no-untyped-def]
    _ev, _world, findings, truth, _ = result
    bad = [
        f.key
        for f in findings
        if truth.get((f.platform, f.handle.lower())) in ("unrelated", "fan")
        and f.cls == FindingClass.IMPOSTOR
        and f.severity == Severity.HIGH
    ]
    assert bad == []


def test_official_unlisted_and_redundant_recall(result) -> None:  # type: ignore[no-untyped-def]
    ev, _world, findings, truth, _ = result
    metrics, _ = ev.score(findings, truth)
    for cls in ("official_unlisted", "redundant"):
        assert metrics[cls][1] >= 0.9, (cls, metrics[cls])


def test_declared_but_deleted_accounts_are_missing(result) -> None:  # type: ignore[no-untyped-def]
    _ev, world, findings, _truth, rules = result
    by = {f.key: f for f in findings}
    assert world.deleted
    for d in world.deleted:
        rule = rules.get(d.platform)
        key = (d.platform, rule.canonical(d.handle) if rule else d.handle.lower())
        assert by[key].cls == FindingClass.MISSING, by[key]


def test_every_unverifiable_probe_is_unverified(result) -> None:  # type: ignore[no-untyped-def]
    ev, world, findings, _truth, rules = result
    by = {f.key: f for f in findings}
    # walled pages, unless their search result and linking pages prove what they are
    # (``truth.expected``: a walled scam page is an impostor on secondary evidence, #11), or
    # their handle is that of the company's Instagram account on Threads (the Threads profile
    # of that account: ``World.instagram_twin``, ``matching.classify.own_twins``)
    hidden = [p for p in world.profiles
              if p.effective_behaviour in ev.UNVERIFIABLE and not p.truth_expected
              and not world.instagram_twin(p)]
    assert hidden
    for p in hidden:
        rule = rules.get(p.platform)
        key = (p.platform, rule.canonical(p.handle) if rule else p.handle.lower())
        assert by[key].cls == FindingClass.UNVERIFIED, by[key]
        assert by[key].probe_reason


def test_impostors_name_their_brand_and_evidence(result) -> None:  # type: ignore[no-untyped-def]
    _ev, world, findings, _truth, _ = result
    truth_brand = {(p.platform, p.handle.lower()): p.truth_brand for p in world.profiles}
    for f in findings:
        if f.cls == FindingClass.IMPOSTOR:
            assert f.evidence and f.severity is not None
            assert f.brand == truth_brand.get((f.platform, f.handle.lower())), f.key


def test_x_is_evaluated_as_the_crawler_sees_it(result) -> None:  # type: ignore[no-untyped-def]
    """X shows a crawler existence only: no fields, no links; the search result's text is all."""
    ev, world, findings, truth, _ = result
    _w, _inv, obs, pages, _rules = ev.load_demo()
    x = [o for o in obs if o.platform == "x" and o.state.value == "found"]
    assert x and all(o.fields == type(o.fields)() for o in x)
    assert not [p for p in pages if p.from_platform == "x"]
    searched = [o for o in x if any(s.title for s in o.sightings)]
    assert {o.handle for o in searched} >= {"nwcroastery", "northwinddecaf"}


def test_every_demo_profile_gets_its_expected_class(result) -> None:  # type: ignore[no-untyped-def]
    _ev, _world, findings, truth, _ = result
    got = {(f.platform, f.handle.lower()): f.cls.value for f in findings}
    wrong = sorted(f"{k[0]}:{k[1]} expected {t}, got {got.get(k)}"
                   for k, t in truth.items() if got.get(k) != t)
    assert not wrong, "\n".join(wrong)
