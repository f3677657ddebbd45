"""The SQLite store: round trips, idempotency, migrations, history and evidence queries."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from crawler.store import MIGRATIONS, Store
from matching.models import (
    AllowEntry,
    Brand,
    Department,
    Evidence,
    Finding,
    FindingClass,
    Inventory,
    LinkedPage,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Severity,
    Sighting,
    Status,
    Triage,
    TriageDecision,
    Via,
)

INVENTORY = Inventory(
    organization="Northwind Coffee Co.",
    domains=("northwindcoffee.com",),
    departments=(Department("Marketing", "m@northwindcoffee.com"), Department("Care")),
    brands=(
        Brand(
            name="Northwind Coffee",
            aliases=("Northwind", "NWC"),
            websites=("https://www.northwindcoffee.com",),
            strategy=("instagram", "x"),
            accounts=(
                OfficialAccount(
                    "instagram", "northwindcoffee", "Northwind Coffee", "Marketing", line=12
                ),
                OfficialAccount(
                    "linkedin",
                    "northwind-coffee",
                    "Northwind Coffee",
                    url="https://www.linkedin.com/company/northwind-coffee",
                    note="n",
                    line=14,
                ),
            ),
        ),
    ),
    allow=(AllowEntry("instagram", "reseller", "partner"),),
    source="seeds/official_accounts.yaml",
    digest="d1",
)

FIELDS = ProfileFields(
    display_name="Northwind Coffee",
    bio="Official",
    avatar_url="https://cdn/a.jpg",
    avatar_phash="ffee",
    avatar_thumb="data:image/png;base64,AAAA",
    followers=10,
    following=2,
    posts=3,
    verified=True,
    is_private=False,
    external_links=("https://northwindcoffee.com",),
    verified_links=("https://northwindcoffee.com/x",),
    created_at="2020-01-01T00:00:00+00:00",
    last_active_at="2024-01-01T00:00:00+00:00",
    platform_id="12345",
    category="business",
)

SIGHT = Sighting(
    "instagram",
    "northwind_support",
    Via.WEB_SEARCH,
    "https://ddg/?q=nw",
    "northwind support",
    "https://instagram.com/northwind_support",
)
SIGHT2 = Sighting("instagram", "northwind_support", Via.PROBE, "variant:affix")


def observation(
    handle="northwind_support", state=ProbeState.FOUND, fetched_at="2024-05-01T10:00:00+00:00", **kw
) -> ProfileObservation:
    base = dict(
        platform="instagram",
        handle=handle,
        url=f"https://www.instagram.com/{handle}/",
        state=state,
        reason=None if state is not ProbeState.UNVERIFIABLE else "login_wall",
        http_status=200 if state is ProbeState.FOUND else 404,
        fields=FIELDS if state is ProbeState.FOUND else ProfileFields(),
        fetched_at=fetched_at,
        final_url=f"https://www.instagram.com/{handle}/",
    )
    base.update(kw)
    return ProfileObservation(**base)


def finding(handle="northwind_support", obs=None, **kw) -> Finding:
    base = dict(
        platform="instagram",
        handle=handle,
        url=f"https://www.instagram.com/{handle}/",
        display_name="Northwind Support",
        cls=FindingClass.IMPOSTOR,
        severity=Severity.HIGH,
        score=0.93,
        brand="Northwind Coffee",
        department=None,
        evidence=(
            Evidence("handle_similarity", 0.91, "'northwind_support' is northwindcoffee + affix"),
            Evidence("scam_wording", "DM us", "bio asks for DMs"),
            Evidence("avatar_match", True, "same logo"),
            Evidence("note", None, "no value"),
        ),
        discovered_via=(Via.PROBE, Via.WEB_SEARCH),
        probe_state=ProbeState.FOUND,
        status=Status.CHANGED,
        status_detail="bio changed",
        triage=Triage(
            "instagram",
            handle,
            TriageDecision.TAKEDOWN_REQUESTED,
            "sent",
            "2024-05-02T00:00:00+00:00",
        ),
        imitates=("instagram", "northwindcoffee"),
        harm=0.8,
        observation=obs,
    )
    base.update(kw)
    return Finding(**base)


@pytest.fixture(params=["memory", "file"])
def store(request, tmp_path):
    s = Store(":memory:" if request.param == "memory" else tmp_path / "db" / "bs.db")
    yield s
    s.close()


def table_counts(s: Store) -> dict[str, int]:
    return {
        t: s.db[t].count
        for t in (
            "audits",
            "sightings",
            "observations",
            "profiles",
            "snapshots",
            "linked_pages",
            "findings",
            "triage",
        )
    }


# --------------------------------------------------------------------------- round trips


def test_inventory_and_audit_round_trip(store):
    a = store.begin_audit(INVENTORY, {"platforms": ["instagram"], "max_variants": 5})
    assert store.inventory(a) == INVENTORY
    (row,) = store.audits()
    assert row["id"] == a and row["complete"] is False and row["finished_at"] is None
    assert row["settings"] == {"platforms": ["instagram"], "max_variants": 5}
    assert (row["inventory_digest"], row["organization"]) == ("d1", "Northwind Coffee Co.")
    assert row["inventory_path"] == "seeds/official_accounts.yaml"
    store.finish_audit(a, counts={"impostor": 2})
    (row,) = store.audits()
    assert row["complete"] is True and row["counts"] == {"impostor": 2} and row["finished_at"]


def test_observation_round_trip_with_sightings(store):
    a = store.begin_audit(INVENTORY, {})
    obs = observation(sightings=(SIGHT, SIGHT2))
    store.add_observation(a, obs)
    store.add_observation(a, observation("gone", ProbeState.NOT_FOUND))
    store.add_sighting(a, Sighting("x", "never_fetched", Via.PLATFORM_SEARCH, "search:x"))
    got = store.observations(a)
    assert got[0] == obs  # fields, tuples and enums rebuilt; sightings attached
    assert got[0].discovered_via == (Via.PROBE, Via.WEB_SEARCH)
    assert got[1] == observation("gone", ProbeState.NOT_FOUND)
    assert len(store.sightings(a)) == 3


def test_sightings_added_separately_are_attached(store):
    a = store.begin_audit(INVENTORY, {})
    store.add_sighting(a, SIGHT)
    store.add_observation(a, observation())
    (got,) = store.observations(a)
    assert got.sightings == (SIGHT,)


SEARCH_SIGHT = Sighting(
    "x",
    "nwcroastery",
    Via.WEB_SEARCH,
    "https://duckduckgo.com/html/?q=site%3Ax.com+%22NWC%22",
    'site:x.com "NWC"',
    "https://x.com/NWCRoastery",
    title="NWC Roastery (@NWCRoastery) / X",
    snippet="Roast logs from the Northwind Coffee Co. roastery in Leeds. northwindcoffee.com",
)


def test_search_result_text_round_trips_and_stays_idempotent(store):
    a = store.begin_audit(INVENTORY, {})
    obs = observation("nwcroastery", platform="x", fields=ProfileFields(),
                      sightings=(SEARCH_SIGHT,))
    store.add_observation(a, obs)
    store.add_sighting(a, SEARCH_SIGHT)
    # the same result without its text (an older worker) neither duplicates nor erases it
    bare = Sighting(SEARCH_SIGHT.platform, SEARCH_SIGHT.handle, SEARCH_SIGHT.via,
                    SEARCH_SIGHT.source, SEARCH_SIGHT.detail, SEARCH_SIGHT.url)
    store.add_sighting(a, bare)
    assert store.observations(a) == [obs]
    assert store.sightings(a) == [SEARCH_SIGHT]
    ev = store.evidence("x", "nwcroastery")
    assert ev["sightings"][0]["title"] == "NWC Roastery (@NWCRoastery) / X"
    assert "roastery in Leeds" in ev["sightings"][0]["snippet"]


def test_a_later_copy_fills_missing_search_text(store):
    a = store.begin_audit(INVENTORY, {})
    bare = Sighting(SEARCH_SIGHT.platform, SEARCH_SIGHT.handle, SEARCH_SIGHT.via,
                    SEARCH_SIGHT.source, SEARCH_SIGHT.detail, SEARCH_SIGHT.url)
    store.add_sighting(a, bare)
    store.add_sighting(a, SEARCH_SIGHT)
    store.add_sighting(a, SEARCH_SIGHT)
    assert store.sightings(a) == [SEARCH_SIGHT]


def test_a_linking_page_s_text_round_trips_and_a_later_copy_fills_it(store):
    a = store.begin_audit(INVENTORY, {})
    full = Sighting("facebook", "nwcrefunds", Via.LINKED_PAGE, "https://nwc-refunds.example/",
                    "linked from instagram:nwc.promo", "https://www.facebook.com/NWCRefunds",
                    page_text="NWC Refund Centre · Enter your card number and the SMS code")
    bare = Sighting(full.platform, full.handle, full.via, full.source, full.detail, full.url)
    store.add_sighting(a, bare)
    store.add_sighting(a, full)
    store.add_sighting(a, bare)
    assert store.sightings(a) == [full]


def test_a_linked_page_s_text_round_trips(store):
    a = store.begin_audit(INVENTORY, {})
    page = LinkedPage("https://nwc-refunds.example/", "instagram", "nwc.promo",
                      final_url="https://nwc-refunds.example/", http_status=200,
                      title="NWC Refund Centre", text="NWC Refund Centre · Enter the SMS code")
    store.add_observation(a, observation("nwc.promo"))
    store.add_linked_page(a, page)
    assert store.linked_pages(a) == [page]
    assert store.evidence("instagram", "nwc.promo")["linked_pages"][0]["text"] == page.text


def test_sightings_of_a_store_made_before_the_text_columns_read_back(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    monkeypatch.setattr("crawler.store.MIGRATIONS", MIGRATIONS[:2])
    old = Store(path)
    a = old.begin_audit(INVENTORY, {})
    old.add_observation(a, observation())
    with old.db.atomic():  # a row as the code of that schema wrote it
        old.db.execute(
            "INSERT INTO sightings (audit_id, platform, handle, via, source, detail, url)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (a, SIGHT.platform, SIGHT.handle, SIGHT.via.value, SIGHT.source, SIGHT.detail,
             SIGHT.url),
        )
    old.close()
    monkeypatch.undo()
    s = Store(path)
    assert "003_sighting_search_text" in s.migrations()
    assert s.observations(a)[0].sightings == (SIGHT,)
    s.add_sighting(a, SEARCH_SIGHT)
    assert s.sightings(a)[-1] == SEARCH_SIGHT
    s.close()


def test_linked_page_round_trip(store):
    a = store.begin_audit(INVENTORY, {})
    page = LinkedPage(
        "https://northwind-support.example/",
        "instagram",
        "northwind_support",
        final_url="https://northwind-support.example/login",
        http_status=200,
        title="Northwind Support",
        social_links=("https://instagram.com/x",),
    )
    refused = LinkedPage(
        "http://10.0.0.1/", "instagram", "northwind_support", refused="private address"
    )
    store.add_linked_page(a, page)
    store.add_linked_page(a, refused)
    assert store.linked_pages(a) == [page, refused]


def test_findings_round_trip_and_observation_attached(store):
    a = store.begin_audit(INVENTORY, {})
    obs = observation(sightings=(SIGHT,))
    store.add_observation(a, obs)
    f1 = finding(obs=obs)
    f2 = finding(
        "northwindcoffee",
        cls=FindingClass.MISSING,
        severity=None,
        evidence=(),
        discovered_via=(),
        probe_state=ProbeState.NOT_FOUND,
        status=Status.NEW,
        status_detail=None,
        triage=None,
        imitates=None,
        harm=0.0,
        display_name=None,
        department="Marketing",
    )
    store.save_findings(a, [f1, f2])
    assert store.findings(a) == [f1, f2]
    assert store.latest_finding("instagram", "northwind_support") == f1
    # the audit's observations already read (the runner's): the same findings, the same
    # observation objects attached rather than a second read
    read = store.observations(a)
    again = store.findings(a, observations=read)
    assert again == [f1, f2] and again[0].observation is read[0]


def test_save_findings_replaces(store):
    a = store.begin_audit(INVENTORY, {})
    store.save_findings(a, [finding("a"), finding("b")])
    store.save_findings(a, [finding("c")])
    assert [f.handle for f in store.findings(a)] == ["c"]
    store.save_findings(a, [])
    assert store.findings(a) == []


def test_save_findings_is_atomic(store):
    a = store.begin_audit(INVENTORY, {})
    store.save_findings(a, [finding("a")])
    bad = finding("b", platform=None)  # NOT NULL fails inside the transaction, after the DELETE
    with pytest.raises(sqlite3.IntegrityError):
        store.save_findings(a, [finding("c"), bad])
    assert [f.handle for f in store.findings(a)] == ["a"]


def test_snapshot_compressed_and_deduplicated(store):
    a = store.begin_audit(INVENTORY, {})
    body = b"<html>" + b"northwind " * 1000 + b"</html>"
    store.add_observation(a, observation(), body=body)
    store.add_observation(a, observation("other"), body=body)
    sha = hashlib.sha256(body).hexdigest()
    assert store.snapshot(sha) == body
    assert store.db["snapshots"].count == 1
    stored = store.db.execute("SELECT length(body), size FROM snapshots").fetchone()
    assert stored[0] < len(body) and stored[1] == len(body)
    assert store.observations(a)[0].body_sha256 == sha
    with pytest.raises(KeyError):
        store.snapshot("0" * 64)


# --------------------------------------------------------------------------- idempotency


def test_every_write_is_idempotent(store):
    a = store.begin_audit(INVENTORY, {})
    obs = observation(sightings=(SIGHT,))
    page = LinkedPage("https://l.example/", "instagram", "northwind_support", title="t")
    t = Triage("instagram", "northwind_support", TriageDecision.FAN, None, "2024-01-01T00:00:00")

    def emit():
        store.add_observation(a, obs, body=b"body")
        store.add_sighting(a, SIGHT)
        store.add_sighting(a, SIGHT2)
        store.add_linked_page(a, page)
        store.set_triage(t)
        store.save_findings(a, [finding()])

    emit()
    before = (
        table_counts(store),
        store.observations(a),
        store.linked_pages(a),
        store.findings(a),
        store.triage(),
        store.evidence("instagram", "northwind_support"),
    )
    emit()
    after = (
        table_counts(store),
        store.observations(a),
        store.linked_pages(a),
        store.findings(a),
        store.triage(),
        store.evidence("instagram", "northwind_support"),
    )
    assert before == after
    assert before[0]["sightings"] == 2


def test_found_is_not_overwritten_by_later_unverifiable(store):
    a = store.begin_audit(INVENTORY, {})
    found = observation(fetched_at="2024-05-01T10:00:00+00:00")
    store.add_observation(a, found)
    later = observation(state=ProbeState.UNVERIFIABLE, fetched_at="2024-05-01T11:00:00+00:00")
    store.add_observation(a, later)
    assert store.observations(a) == [found]
    # ... but unverifiable followed by found is upgraded, whatever the times
    store.add_observation(a, observation("b", ProbeState.UNVERIFIABLE, "2024-05-02T00:00:00"))
    store.add_observation(a, observation("b", ProbeState.FOUND, "2024-05-01T00:00:00"))
    assert store.observations(a)[1].state is ProbeState.FOUND
    # same state: the later fetch wins
    newer = observation(fetched_at="2024-05-03T00:00:00+00:00", http_status=201)
    store.add_observation(a, newer)
    assert store.observations(a)[0] == newer
    store.add_observation(a, observation(fetched_at="2024-05-02T00:00:00+00:00"))
    assert store.observations(a)[0] == newer


def test_same_profile_in_two_audits_kept_apart(store):
    a = store.begin_audit(INVENTORY, {})
    b = store.begin_audit(INVENTORY, {})
    store.add_observation(a, observation())
    store.add_observation(b, observation(state=ProbeState.NOT_FOUND))
    assert store.observations(a)[0].state is ProbeState.FOUND
    assert store.observations(b)[0].state is ProbeState.NOT_FOUND


# --------------------------------------------------------------------------- migrations, WAL


def test_migrations_applied_once_and_wal(tmp_path):
    path = tmp_path / "bs.db"
    s = Store(path)
    assert s.db.journal_mode == "wal"
    assert s.migrations() == [name for name, _ in MIGRATIONS]
    a = s.begin_audit(INVENTORY, {})
    s.add_observation(a, observation())
    s.close()
    s = Store(path)  # reopen: nothing re-applied, data intact
    assert s.db["migrations"].count == len(MIGRATIONS)
    assert s.observations(a)[0] == observation()
    s.close()


def test_new_migration_applied_on_open(tmp_path, monkeypatch):
    path = tmp_path / "bs.db"
    Store(path).close()
    calls = []

    def m002(db):
        calls.append(1)
        db.execute("ALTER TABLE audits ADD COLUMN extra TEXT")

    monkeypatch.setattr("crawler.store.MIGRATIONS", [*MIGRATIONS, ("002_extra", m002)])
    s = Store(path)
    assert s.migrations()[-1] == "002_extra" and "extra" in s.db["audits"].columns_dict
    s.close()
    Store(path).close()
    assert calls == [1]


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    path = tmp_path / "bs.db"
    Store(path).close()

    def broken(db):
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr("crawler.store.MIGRATIONS", [*MIGRATIONS, ("002_broken", broken)])
    with pytest.raises(RuntimeError):
        Store(path)
    monkeypatch.setattr("crawler.store.MIGRATIONS", MIGRATIONS)
    s = Store(path)
    assert "half" not in s.db.table_names()
    assert s.migrations() == [name for name, _ in MIGRATIONS]
    s.close()


def test_two_stores_share_one_file(tmp_path):
    """Two writers (two crawler processes) on one WAL file, same items: stored once."""
    path = tmp_path / "bs.db"
    s1, s2 = Store(path), Store(path)
    a = s1.begin_audit(INVENTORY, {})
    for s in (s1, s2):
        s.add_observation(a, observation(sightings=(SIGHT,)))
    assert s1.observations(a) == s2.observations(a) == [observation(sightings=(SIGHT,))]
    s1.close()
    s2.close()


# --------------------------------------------------------------------------- history


def test_previous_audit_rules(store):
    other = Inventory("Other Org", digest="zz")
    edited = Inventory("Northwind Coffee Co.", digest="d2", source="elsewhere.yaml")
    a1 = store.begin_audit(INVENTORY, {})
    store.finish_audit(a1)
    o1 = store.begin_audit(other, {})
    store.finish_audit(o1)
    a2 = store.begin_audit(INVENTORY, {})
    store.finish_audit(a2)
    a3 = store.begin_audit(INVENTORY, {})  # interrupted: never finished
    a4 = store.begin_audit(INVENTORY, {})
    assert store.previous_audit(a1) is None
    assert store.previous_audit(a2) == a1
    assert store.previous_audit(a4) == a2  # a3 is ignored
    assert store.previous_audit(a3) == a2
    assert store.previous_audit(o1) is None  # another company's audit never counts
    e1 = store.begin_audit(edited, {})
    assert store.previous_audit(e1) == a2  # digest changed: same organization accepted
    store.finish_audit(e1)
    a5 = store.begin_audit(INVENTORY, {})
    assert store.previous_audit(a5) == a2  # same digest preferred over the newer edit
    assert store.previous_audit(999) is None
    store.finish_audit(a4, complete=False)
    assert store.previous_audit(a5) == a2  # finished but incomplete: still ignored


def test_latest_and_incomplete_audit(store):
    assert store.latest_audit() is None
    a1 = store.begin_audit(INVENTORY, {})
    assert store.latest_audit() is None and store.latest_audit(complete_only=False) == a1
    assert store.incomplete_audit(INVENTORY) == a1
    store.finish_audit(a1)
    assert store.latest_audit() == a1 and store.incomplete_audit(INVENTORY) is None
    a2 = store.begin_audit(INVENTORY, {})
    assert store.latest_audit() == a1 and store.incomplete_audit(INVENTORY) == a2


def test_triage_latest_wins_history_kept(store):
    k = ("instagram", "northwind_support")
    t1 = Triage(*k, TriageDecision.IMPOSTOR_CONFIRMED, "looks fake", "2024-01-01T00:00:00+00:00")
    t2 = Triage(*k, TriageDecision.TAKEDOWN_REQUESTED, None, "2024-02-01T00:00:00+00:00")
    t3 = Triage(*k, TriageDecision.TAKEN_DOWN, "gone", "2024-03-01T00:00:00+00:00")
    other = Triage("x", "nw_fans", TriageDecision.FAN, None, "2024-01-05T00:00:00+00:00")
    for t in (t2, t3, other, t1):  # arrival order differs from decision order
        store.set_triage(t)
    assert store.triage() == {k: t3, ("x", "nw_fans"): other}
    assert store.triage_history(*k) == [t1, t2, t3]
    stamped = store.set_triage(Triage(*k, TriageDecision.FALSE_POSITIVE))
    assert stamped.decided_at and store.triage()[k] == stamped


def test_audit_status_and_finish_reason(store):
    """Complete only when the crawl finished; a partial audit keeps why, a killed one reads
    partial with no reason, and --resume makes it run again (then complete)."""
    a1 = store.begin_audit(INVENTORY, {})
    assert (store.audit(a1)["status"], store.audit(a1)["finish_reason"]) == ("partial", None)
    store.finish_audit(a1)
    assert (store.audit(a1)["status"], store.audit(a1)["finish_reason"]) == (
        "complete", "finished")
    a2 = store.begin_audit(INVENTORY, {})
    store.mark_partial(a2, "interrupted:SIGINT")
    store.finish_audit(a2, complete=False, finish_reason="interrupted:SIGINT")
    row = store.audit(a2)
    assert (row["status"], row["complete"], row["finish_reason"]) == (
        "partial", False, "interrupted:SIGINT")
    a3 = store.begin_audit(INVENTORY, {})
    assert store.previous_audit(a3) == a1  # the partial one never counts
    store.mark_partial(a3, "crash:ValueError: boom")
    assert store.incomplete_audit(INVENTORY) == a3
    store.resume_audit(a3)
    assert store.audit(a3)["finish_reason"] is None
    store.finish_audit(a3)
    assert store.audit(a3)["status"] == "complete" and store.previous_audit(a3) == a1


def test_triage_keeps_its_reviewer(store):
    k = ("instagram", "n0rthwindcoffee")
    t1 = store.set_triage(Triage(*k, TriageDecision.IMPOSTOR_CONFIRMED, by="ayse"))
    t2 = store.set_triage(Triage(*k, TriageDecision.TAKEDOWN_REQUESTED, "ticket 1",
                                 "2999-01-01T00:00:00+00:00"))
    assert store.triage_history(*k) == [t1, t2]
    assert store.triage()[k].by is None and t1.by == "ayse"
    assert store.triage_histories() == {k: [t1, t2]}


# --------------------------------------------------------------------------- evidence


def test_evidence_dict(store):
    a1 = store.begin_audit(INVENTORY, {})
    store.add_observation(
        a1,
        observation(fetched_at="2024-05-01T10:00:00+00:00", sightings=(SIGHT,)),
        body=b"page one",
    )
    store.finish_audit(a1)
    a2 = store.begin_audit(INVENTORY, {})
    store.add_observation(
        a2,
        observation(fetched_at="2024-06-01T10:00:00+00:00", sightings=(SIGHT2,)),
        body=b"page two",
    )
    store.save_findings(a2, [finding()])
    store.set_triage(
        Triage(
            "instagram",
            "northwind_support",
            TriageDecision.IMPOSTOR_CONFIRMED,
            "fake",
            "2024-06-02T00:00:00+00:00",
        )
    )
    ev = store.evidence("instagram", "northwind_support")
    assert ev["url"] == "https://www.instagram.com/northwind_support/"
    assert ev["platform_id"] == "12345"
    assert (ev["first_seen"], ev["last_seen"]) == (
        "2024-05-01T10:00:00+00:00",
        "2024-06-01T10:00:00+00:00",
    )
    assert (ev["first_audit"], ev["last_audit"]) == (a1, a2)
    assert [h["http_status"] for h in ev["http_statuses"]] == [200, 200]
    assert [(p["audit_id"], p["sha256"]) for p in ev["pages"]] == [
        (a1, hashlib.sha256(b"page one").hexdigest()),
        (a2, hashlib.sha256(b"page two").hexdigest()),
    ]
    assert store.snapshot(ev["pages"][1]["sha256"]) == b"page two"
    assert ev["fields"]["avatar_thumb"] == ev["avatar_thumb"] == "data:image/png;base64,AAAA"
    assert ev["observations"][0]["fields"]["platform_id"] == "12345"
    assert ev["fields"]["display_name"] == "Northwind Coffee"
    assert ev["finding"]["class"] == "impostor" and ev["finding"]["severity"] == "high"
    assert ev["finding"]["evidence"][0]["signal"] == "handle_similarity"
    assert [s["via"] for s in ev["sightings"]] == ["probe"]
    assert ev["triage"]["decision"] == "impostor_confirmed"
    assert store.evidence("instagram", "nobody") == {}


def test_evidence_lists_the_profiles_linked_pages_with_refusals(store):
    a1 = store.begin_audit(INVENTORY, {})
    store.add_observation(a1, observation())
    store.add_linked_page(a1, LinkedPage("https://old.example/", "instagram",
                                         "northwind_support", http_status=200))
    a2 = store.begin_audit(INVENTORY, {})
    store.add_observation(a2, observation())
    target = "http://127.0.0.1:8080/admin"
    refused = LinkedPage("https://northwind-rewards.example/claim", "instagram",
                         "northwind_support", final_url=target,
                         refused=f"refused: loopback address 127.0.0.1 (redirected to {target})")
    scam = LinkedPage("https://northwind-coffee-rewards.com/", "instagram", "northwind_support",
                      final_url="https://northwind-coffee-rewards.com/", http_status=200,
                      title="Northwind Coffee Rewards",
                      social_links=("https://t.me/northwindcoffee_support",))
    other = LinkedPage("https://elsewhere.example/", "instagram", "someone_else", http_status=200)
    for page in (refused, scam, other):
        store.add_linked_page(a2, page)
    pages = store.evidence("instagram", "northwind_support")["linked_pages"]
    assert [p["url"] for p in pages] == [refused.url, scam.url]  # latest audit, this profile
    assert pages[0]["refused"] == refused.refused and pages[0]["final_url"] == target
    assert pages[0]["http_status"] is None and pages[0]["audit_id"] == a2
    assert pages[1]["title"] == "Northwind Coffee Rewards"
    assert pages[1]["social_links"] == ["https://t.me/northwindcoffee_support"]


def test_evidence_keeps_latest_found_fields_when_profile_disappears(store):
    a1 = store.begin_audit(INVENTORY, {})
    store.add_observation(a1, observation())
    a2 = store.begin_audit(INVENTORY, {})
    store.add_observation(a2, observation(state=ProbeState.NOT_FOUND, fetched_at="2024-07-01"))
    ev = store.evidence("instagram", "northwind_support")
    assert ev["fields"]["display_name"] == "Northwind Coffee"  # what it looked like when found
    assert [o["state"] for o in ev["observations"]] == ["found", "not_found"]
    assert ev["last_seen"] == "2024-05-01T10:00:00+00:00"  # not_found is not a sighting


def test_swept_platforms_reads_the_list_alone():
    """History's scope (--platforms) without decoding the settings' crawl summary."""
    from matching.models import Inventory

    store = Store()
    inv = Inventory(organization="Northwind", brands=())
    a = store.begin_audit(inv, settings={"platforms": ["github", "x"], "crawl": {"big": 1}})
    b = store.begin_audit(inv, settings={"platforms": []})
    c = store.begin_audit(inv, settings={"platforms": "github"})  # not a list: ignored
    assert store.swept_platforms(a) == ("github", "x")
    assert store.swept_platforms(b) == () and store.swept_platforms(c) == ()
    assert store.swept_platforms(999) == ()
    assert [r["id"] for r in store.audits(settings=False)] == [a, b, c]
    assert "settings" not in store.audits(settings=False)[0]
    assert store.audit(a)["settings"]["crawl"] == {"big": 1} and store.audit(999) is None


def test_the_log_is_copied_into_the_file_while_the_audit_goes_on(tmp_path):
    """``checkpoint_meanwhile``: once an audit writes nothing more, its write-ahead log is
    copied into the database file on a thread (the report is written meanwhile), so the file
    alone holds the audit before the store is closed; a write after it still lands."""
    import shutil

    db = tmp_path / "a.db"
    store = Store(db)
    a = store.begin_audit(INVENTORY, {"platforms": ["instagram"]})
    store.finish_audit(a, counts={"impostor": 1})
    assert (tmp_path / "a.db-wal").stat().st_size > 0
    store.checkpoint_meanwhile()
    store._checkpointer.join()
    shutil.copy(db, tmp_path / "alone.db")  # the file without its log
    alone = sqlite3.connect(tmp_path / "alone.db")
    assert alone.execute("SELECT count(*) FROM audits").fetchone() == (1,)
    alone.close()
    store.mark_partial(a, "interrupted:SIGINT")  # a write after it: copied at close
    store.close()
    reopened = Store(db)
    assert reopened.audit(a)["finish_reason"] == "interrupted:SIGINT"
    reopened.close()


def test_no_checkpoint_thread_for_a_store_in_memory():
    store = Store()
    store.checkpoint_meanwhile()
    assert store._checkpointer is None
    store.close()


def test_profile_fields_are_stored_as_asdict_writes_them():
    """The flat copy ``_fields_to_json`` makes is what ``dataclasses.asdict`` made."""
    import dataclasses

    from crawler.store import _dumps, _fields_to_json

    for fields in (ProfileFields(), ProfileFields(
            display_name="Northwind ☕", bio="line\nbreak", followers=3, verified=False,
            external_links=("https://a.example/", "https://b.example/"),
            verified_links=("https://a.example/",), created_at="2020-01-01T00:00:00Z")):
        assert _fields_to_json(fields) == _dumps(dataclasses.asdict(fields))
    assert all(isinstance(f.default, str | int | bool | tuple | type(None))
               for f in dataclasses.fields(ProfileFields)), "a nested field: use asdict again"
