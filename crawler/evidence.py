"""``brandsweep evidence``: gather a profile's case from the store and the catalog, write packs.

The pack writer (``reports/evidence_pack.py``) is pure; this module is the I/O around it: the
store's evidence dict and latest finding, the latest capture and its files, the official
account the profile imitates (its stored name and avatar), the rights holder from the audited
inventory, and the platform's ``report:`` entry from the catalog. With ``--recapture`` the
pages are captured again first (``crawler/capture.py``) and stored like audit-time captures.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from reports import Case, OfficialView, pack_name, write_evidence_pack, write_index, zip_pack
from reports.sentences import account_ref
from reports.view import CLEARED, live_imitations

from .capture import CAPTURE_DECISIONS, CaptureConfig, CaptureTarget, capture_many
from .catalog import Catalog
from .catalog_texts import translate_report_text
from .store import Store


@dataclass
class EvidenceOptions:
    out: Path
    zip: bool = False
    lang: str | None = None
    timezone: str = "UTC"
    recapture: bool = False
    scripts: bool = False
    proxy: str | None = None
    resolve: dict[str, str] = field(default_factory=dict)
    allow_private_network: bool = False


def batch_keys(store: Store, decision: str | None) -> list[tuple[str, str]]:
    """The profiles of ``evidence --all``: those whose current reviewer decision is
    ``decision``; without one, the latest audit's impostors and every profile a reviewer
    confirmed as impostor or reported for takedown."""
    current = store.triage()
    if decision:
        return sorted(k for k, t in current.items() if t.decision.value == decision)
    keys = {k for k, t in current.items() if t.decision.value in CAPTURE_DECISIONS}
    latest = store.latest_audit()
    impostors = [f for f in store.findings(latest) if f.cls.value == "impostor"] \
        if latest is not None else []
    keys |= {(f.platform, f.handle) for f in impostors}
    # a reviewer's "not an impostor" stands: no takedown pack for it, unless the latest audit
    # reopened it (it now shows impostor signals: the report lists it to report again)
    overruled = {(f.platform, f.handle) for f in impostors
                 if any(e.signal == "reopened" for e in f.evidence)}
    cleared = {k for k, t in current.items() if t.decision.value in NOT_TO_REPORT}
    return sorted(keys - (cleared - overruled))


#: reviewer decisions that take a profile off the takedown list (the report's)
NOT_TO_REPORT = CLEARED


def _official(store: Store, catalog: Catalog, imitates: tuple[str, str] | None,
              inventory: Any) -> OfficialView | None:
    if not imitates:
        return None
    platform, handle = imitates
    data = store.evidence(platform, handle) or {}
    fields = data.get("fields") or {}
    url = None
    for account in getattr(inventory, "accounts", ()) or ():
        if (account.platform, (account.handle or "").lower()) == (platform, handle.lower()):
            url = getattr(account, "url", None)
    if not url and platform in catalog:
        url = catalog[platform].profile_url(handle)
    return OfficialView(platform=platform, handle=handle, url=url or data.get("url"),
                        display_name=fields.get("display_name"),
                        avatar_thumb=data.get("avatar_thumb"))


def _account_refs(store: Store, catalog: Catalog, finding: Any,
                  inventory: Any) -> dict[str, str]:
    """Each ``platform:handle`` the finding's evidence cites -> "URL (Platform)", as the
    platform's reviewer reads it in the report text (never brandsweep's own notation)."""
    out: dict[str, str] = {}
    for e in getattr(finding, "evidence", ()) or ():
        ref = account_ref(getattr(e, "detail", None))
        if not ref or ref in out or ":" not in ref:
            continue
        view = _official(store, catalog, tuple(ref.split(":", 1)), inventory)  # type: ignore[arg-type]
        if view is not None and view.url and view.url.startswith("https://"):
            entry = catalog.get(view.platform)
            out[ref] = f"{view.url} ({entry.title if entry is not None else view.platform})"
    return out


def _case(store: Store, catalog: Catalog, platform: str, handle: str, data: dict[str, Any],
          finding: Any, lang: str | None, timezone: str = "UTC") -> Case:
    audit_id = data.get("last_audit") or store.latest_audit()
    inventory = None
    if audit_id is not None:
        try:
            inventory = store.inventory(audit_id)
        except (KeyError, TypeError, ValueError):
            inventory = None
    captures = store.captures(platform, handle)
    capture = captures[-1] if captures else None
    files: dict[str, bytes] = {}
    for key in ("body_sha256", "screenshot_sha256", "pdf_sha256"):
        sha = capture.get(key) if capture else None
        if sha:
            with contextlib.suppress(KeyError):
                files[sha] = store.snapshot(sha)
    lang = lang or getattr(inventory, "language", None) or "en"
    entry = catalog.get(platform)
    spec = entry.report if entry is not None else None
    url = (finding.url if finding else None) or data.get("url") or (
        entry.profile_url(handle) if entry is not None else "")
    params = entry.params if entry is not None else {}
    official = _official(store, catalog, finding.imitates if finding else None, inventory)
    official_entry = catalog.get(official.platform) if official else None
    return Case(
        capture=capture,
        capture_files=files,
        official=official,
        official_title=official_entry.title if official_entry is not None else None,
        organization=getattr(inventory, "organization", None),
        legal_name=getattr(inventory, "legal_name", None),
        contact=getattr(inventory, "contact", None),
        trademarks=tuple(getattr(inventory, "trademarks", ()) or ()),
        platform_title=entry.title if entry is not None else platform,
        report_form=spec.form_url(handle, url, params) if spec else None,
        report_email=spec.email if spec else None,
        report_steps=spec.fill(translate_report_text(spec.steps, lang), params) if spec else None,
        report_note=spec.fill(translate_report_text(spec.note, lang), params) if spec else None,
        lang=lang,
        account_refs=_account_refs(store, catalog, finding, inventory),
        timezone=timezone,
    )


def _recapture(store: Store, catalog: Catalog, keys: Sequence[tuple[str, str]],
               options: EvidenceOptions) -> None:
    targets = []
    for platform, handle in keys:
        finding = store.latest_finding(platform, handle)
        targets.append(CaptureTarget(platform, handle,
                                     finding.display_name if finding else None,
                                     finding.url if finding else None))
    config = CaptureConfig(allow_private_network=options.allow_private_network,
                           resolve=dict(options.resolve), proxy=options.proxy,
                           scripts=options.scripts)
    for cap in capture_many(targets, catalog, config, budget_seconds=3600):
        store.add_capture(cap, audit_id=None)


def _imitated(store: Store) -> dict[tuple[str, str], tuple[str, str] | None]:
    """The account each finding of the latest audit imitates, as its report names it: a
    declared account the audit found gone is replaced by the brand's live one on that platform
    (``reports.view.live_imitations``), so the report text never points the platform to an
    account it cannot open."""
    latest = store.latest_audit()
    if latest is None:
        return {}
    return {(f.platform, f.handle): f.imitates for f in live_imitations(store.findings(latest))}


def write_packs(store: Store, catalog: Catalog, keys: Sequence[tuple[str, str]],
                options: EvidenceOptions, *, single: bool) -> list[Path]:
    """One pack per profile (``single``: into ``options.out`` itself), an index for a batch."""
    if options.recapture:
        _recapture(store, catalog, keys, options)
    written: list[Path] = []
    rows: list[dict[str, Any]] = []
    current = store.triage()
    imitated = _imitated(store)
    pack_lang = options.lang or "en"  # the index's: the packs' (the inventory's by default)
    for platform, handle in keys:
        data = store.evidence(platform, handle)
        if not data:
            continue
        finding = store.latest_finding(platform, handle)
        if finding is not None and (platform, handle) in imitated:
            finding = replace(finding, imitates=imitated[(platform, handle)])
        snapshots: dict[str, bytes] = {}
        for page in data.get("pages", []):
            try:
                snapshots[page["sha256"]] = store.snapshot(page["sha256"])
            except KeyError:
                continue
        case = _case(store, catalog, platform, handle, data, finding, options.lang,
                     options.timezone)
        pack_lang = case.lang
        target = options.out if single else options.out / pack_name(platform, handle)
        path = write_evidence_pack(target, data, finding, snapshots, case)
        written.append(path)
        if options.zip:
            zip_pack(path, path.parent / f"{path.name}.zip")
        decision = current.get((platform, handle))
        # the account as the index names it for a reviewer: platform, display name, address
        fields = data.get("fields") or {}
        rows.append({
            "platform": platform, "handle": handle, "pack": path.name,
            "platform_title": case.platform_title,
            "display_name": (finding.display_name if finding else None)
            or fields.get("display_name"),
            "url": (finding.url if finding else None) or data.get("url")
            or (catalog[platform].profile_url(handle) if platform in catalog else None),
            "class": finding.cls.value if finding else None,
            "severity": str(finding.severity) if finding and finding.severity else None,
            "followers": fields.get("followers"),
            "decision": decision.decision.value if decision else None,
            "capture": (case.capture or {}).get("state"),
            "report_form": case.report_form, "report_email": case.report_email,
            "zip": f"{path.name}.zip" if options.zip else None,
        })
    if not single:
        write_index(options.out, rows, lang=pack_lang)
    return written


__all__ = ["NOT_TO_REPORT", "EvidenceOptions", "batch_keys", "write_packs"]
