"""The audit compares a declared handle as the platform does (#11): Facebook ignores dots, so
the declared ``quillmark.papier`` is the page the crawl stored as ``quillmarkpapier``.

Before, the runner classified without the catalog's handle rules: the declared account read
"could not be checked" and its own page came out as an unlisted second account.
"""

from __future__ import annotations

from pathlib import Path

from crawler.catalog import load_catalog
from crawler.runner import match_and_store
from crawler.store import Store
from matching.inventory import load_inventory
from matching.models import ProbeState, ProfileFields, ProfileObservation

INVENTORY = """\
organization: Quillmark Papier GmbH
domains: [quillmark.de]
brands:
  - name: Quillmark Papier
    websites: [https://www.quillmark.de]
    accounts:
      - {platform: facebook, handle: quillmark.papier}
"""


def test_a_declared_handle_with_dots_is_the_page_the_crawl_stored_without(
        tmp_path: Path) -> None:
    catalog = load_catalog(())
    path = tmp_path / "inventory.yaml"
    path.write_text(INVENTORY, encoding="utf-8")
    inventory = load_inventory(path, catalog.rules(), url_parser=catalog.match_profile_url)
    store = Store(tmp_path / "audits.db")
    audit_id = store.begin_audit(inventory, settings={})
    store.add_observation(audit_id, ProfileObservation(
        "facebook", "quillmarkpapier", "https://www.facebook.com/quillmarkpapier",
        ProbeState.FOUND, http_status=200,
        fields=ProfileFields(display_name="Quillmark Papier", followers=900)))
    with_rules = match_and_store(store, audit_id, inventory, now="2026-11-20T12:00:00+00:00",
                                 rules=catalog.rules())
    assert [(f.handle, f.cls.value) for f in with_rules] == [("quillmarkpapier", "official")]
    store.close()
