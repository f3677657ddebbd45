"""What went away between two audits (issue #11, audit integrity): a profile the audit sighted
whose probe settled "not found" is resolved, with the platform's answer as its evidence; one it
could not check stays a gap, carried over; a partial audit resolves nothing. Fast: one store,
no crawl."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.catalog import load_catalog
from crawler.runner import match_and_store
from crawler.store import Store
from matching.inventory import load_inventory
from matching.models import Finding, FindingClass, Severity, Sighting, Status, Via

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "official_accounts.yaml"
NOW = "2026-11-20T12:00:00+00:00"
GONE = ("instagram", "northwindkahve.destek")   # a page still links it; the platform: 404
WALLED = ("instagram", "northwindkahve.yardim")  # sighted, its probe never answered
UNSEEN = ("tiktok", "northwindkahve.hediye")     # a variant probe: "not found", no sighting


@pytest.fixture(scope="module")
def inventory():
    catalog = load_catalog(())
    return load_inventory(SEED, catalog.rules(), url_parser=catalog.match_profile_url)


def _impostor(key: tuple[str, str]) -> Finding:
    return Finding(key[0], key[1], f"https://example.test/{key[1]}", key[1],
                   FindingClass.IMPOSTOR, Severity.HIGH, 0.9, "Northwind Coffee", None)


def _second_audit(db: Path, inventory, complete: bool = True) -> list[Finding]:
    store = Store(db)
    try:
        first = store.begin_audit(inventory, settings={})
        store.save_findings(first, [_impostor(k) for k in (GONE, WALLED, UNSEEN)])
        store.finish_audit(first, complete=True)
        audit = store.begin_audit(inventory, settings={})
        for platform, handle in (GONE, WALLED):
            store.add_sighting(audit, Sighting(platform, handle, Via.LINKED_PAGE,
                                               "https://scam.example/", "link"))
        store.add_probe_outcomes(audit, [(*GONE, "not_found", "http_404"),
                                         (*UNSEEN, "not_found", "suspended")])
        found = match_and_store(store, audit, inventory, now=NOW, complete=complete)
        gaps = store.coverage_gaps(audit)
    finally:
        store.close()
    _second_audit.gaps = gaps  # type: ignore[attr-defined]
    return found


def test_a_profile_the_platform_says_is_gone_is_resolved_with_its_answer(tmp_path, inventory):
    found = {f.key: f for f in _second_audit(tmp_path / "a.db", inventory)}
    gone = found[GONE]
    assert gone.status is Status.RESOLVED
    assert gone.status_detail == "the platform says it no longer exists"
    assert (gone.evidence[0].signal, gone.evidence[0].value) == ("not_found", 404)
    assert "http_404" in gone.evidence[0].detail
    unseen = found[UNSEEN]
    assert unseen.status is Status.RESOLVED and unseen.evidence[0].value == "suspended"
    # could not check: a gap, its finding carried over as it was, never resolved
    walled = found[WALLED]
    assert walled.status is Status.UNCHANGED and "not checked" in (walled.status_detail or "")
    assert walled.evidence == ()
    gaps = _second_audit.gaps  # type: ignore[attr-defined]
    assert [g["query"].split(" ")[0] for g in gaps] == ["instagram:northwindkahve.yardim"]


def test_a_partial_audit_resolves_nothing(tmp_path, inventory):
    found = _second_audit(tmp_path / "a.db", inventory, complete=False)
    assert all(f.status is not Status.RESOLVED for f in found)
    assert GONE not in {f.key for f in found}


def test_the_platforms_word_for_a_gone_profile_is_said_in_the_readers_language():
    """A resolved profile's evidence is its probe's reason: an HTTP status, or the platform's
    word (it read "(HTTP ?)" for "suspended")."""
    from matching.models import Evidence
    from reports.i18n import Translator
    from reports.sentences import sentence, text_of

    def said(value, lang="en"):
        return text_of(sentence(Translator(lang), Evidence("not_found", value, "")))

    assert said(404) == "the platform says this profile does not exist (HTTP 404)"
    assert said("suspended") == "the platform suspended the account"
    assert said("gone_somehow") == "the platform says it no longer exists"
    assert "?" not in said("suspended", "tr") and "HTTP" not in said("suspended", "tr")
