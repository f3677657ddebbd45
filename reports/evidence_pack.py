"""The evidence pack of one profile (``brandsweep evidence``): what a takedown request needs.

A folder with:

* ``summary.md``: who is imitated, which signals fired, first/last seen, URL, platform id,
  HTTP status: short enough to paste into a platform's impersonation form;
* ``evidence.json``: everything we know (the store's evidence dict plus the finding);
* ``pages/<sha256>.html``: the stored page bodies, named by their SHA-256;
* ``avatar.png|jpg|gif|webp``: the avatar thumbnail when one was kept;
* ``SHA256SUMS``: checksums of every file above, in ``sha256sum -c`` format, so the pack can be
  shown not to have been altered after the audit.

The ``evidence`` dict comes from ``crawler.store.Store.evidence(platform, handle)``; this module
reads it defensively (every key optional). Keys it understands: ``platform``, ``handle``, ``url``,
``first_seen``, ``last_seen``, ``observations`` (list of dicts with ``fetched_at``,
``http_status``, ``url``, ``final_url``, ``body_sha256``, ``fields`` with ``platform_id`` /
``avatar_thumb``), ``sightings`` (a search result's ``title``/``snippet`` included),
``linked_pages`` (``url``, ``final_url``, ``http_status``, ``title``, ``refused``) and
``findings``.

Where the profile's links lead is part of the case: a link the crawler refused to follow
because it redirects into a private network (127.0.0.1, 169.254.169.254) is listed with the
reason, its targets printed as code, never as links a reviewer could click.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from matching.models import Finding

from .exports import finding_to_dict
from .proposed import comment
from .view import safe_avatar

_AVATAR_EXT = {"png": "png", "jpeg": "jpg", "gif": "gif", "webp": "webp"}


def _jsonable(v: Any) -> Any:
    """Dataclasses, enums, bytes, tuples... as JSON values (bytes summarised, not dumped)."""
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return {f.name: _jsonable(getattr(v, f.name)) for f in dataclasses.fields(v)}
    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, Mapping):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple | set | frozenset):
        items = [_jsonable(x) for x in v]
        return sorted(items, key=json.dumps) if isinstance(v, set | frozenset) else items
    if isinstance(v, bytes | bytearray):
        return {"sha256": hashlib.sha256(v).hexdigest(), "bytes": len(v)}
    if v is None or isinstance(v, str | int | float | bool):
        return v
    return str(v)


def _observations(evidence: Mapping[str, Any], finding: Finding | None) -> list[dict[str, Any]]:
    raw = [o for o in evidence.get("observations") or [] if isinstance(o, Mapping)]
    obs: list[dict[str, Any]] = [dict(_jsonable(o)) for o in raw]
    if not obs and finding is not None and finding.observation is not None:
        obs = [_jsonable(finding.observation)]
    return sorted(obs, key=lambda o: str(o.get("fetched_at") or ""))


def _field(o: Mapping[str, Any], name: str) -> Any:
    if o.get(name) is not None:
        return o[name]
    fields = o.get("fields")
    return fields.get(name) if isinstance(fields, Mapping) else None


def _avatar(
    evidence: Mapping[str, Any], finding: Finding | None, obs: list[dict]
) -> tuple[str, bytes] | None:
    candidates: list[Any] = [evidence.get("avatar_thumb")]
    if finding is not None and finding.observation is not None:
        candidates.append(finding.observation.fields.avatar_thumb)
    candidates += [_field(o, "avatar_thumb") for o in reversed(obs)]
    for uri in candidates:
        ok = safe_avatar(uri) if isinstance(uri, str) else None
        if ok:
            kind, b64 = ok[len("data:image/") :].split(";base64,", 1)
            return _AVATAR_EXT[kind], base64.b64decode(b64)
    return None


def _md(text: object) -> str:
    """One line of untrusted text for Markdown: no line breaks, markup characters escaped."""
    s = comment(str(text), limit=500)
    for ch in "\\`*_[]<>|#":
        s = s.replace(ch, "\\" + ch)
    return s


def _code(text: object) -> str:
    """Untrusted text as a Markdown code span: shown verbatim, never turned into a link."""
    s = comment(str(text), limit=500).replace("`", "'")
    return f"`{s}`"


def _linked_pages(evidence: Mapping[str, Any]) -> list[str]:
    """Where the profile's external links lead, one bullet each (refusals with their reason)."""
    out: list[str] = []
    for p in evidence.get("linked_pages") or []:
        if not isinstance(p, Mapping) or not p.get("url"):
            continue
        final = p.get("final_url")
        hop = f" -> {_code(final)}" if final and final != p["url"] else ""
        if p.get("refused"):
            out.append(f"- {_code(p['url'])}{hop}: **not followed**: {_code(p['refused'])}")
            continue
        status = f"HTTP {_md(p['http_status'])}" if p.get("http_status") is not None else ""
        title = f"titled \"{_md(p['title'])}\"" if p.get("title") else ""
        details = ", ".join(x for x in (status, title) if x)
        out.append(f"- {_code(p['url'])}{hop}" + (f": {details}" if details else ""))
        socials = [x for x in p.get("social_links") or [] if isinstance(x, str)]
        if socials:
            out.append("  - links to " + ", ".join(_code(x) for x in socials[:10]))
    return out


def _search_results(evidence: Mapping[str, Any]) -> list[str]:
    """What search engines showed about the profile (its only text when it cannot be read)."""
    out: list[str] = []
    seen: set[tuple[str, str]] = set()
    for sg in evidence.get("sightings") or []:
        if not isinstance(sg, Mapping) or not (sg.get("title") or sg.get("snippet")):
            continue
        key = (str(sg.get("title") or ""), str(sg.get("snippet") or ""))
        if key in seen:
            continue
        seen.add(key)
        text = " / ".join(_md(x) for x in key if x)
        out.append(f"- {text} (search: {_code(sg.get('source') or '')})")
    return out


def _summary(
    evidence: Mapping[str, Any],
    finding: Finding | None,
    obs: list[dict],
    pages: list[tuple[str, int]],
    avatar_name: str | None,
) -> str:
    platform = finding.platform if finding else evidence.get("platform", "?")
    handle = finding.handle if finding else evidence.get("handle", "?")
    url = (finding.url if finding else None) or evidence.get("url")
    last = obs[-1] if obs else {}
    first_seen = evidence.get("first_seen") or (obs[0].get("fetched_at") if obs else None)
    last_seen = evidence.get("last_seen") or last.get("fetched_at")
    name = (finding.display_name if finding else None) or _field(last, "display_name")
    out = [f"# Evidence pack: {_md(platform)} profile {_md(handle)}", ""]
    if finding is not None:
        cls = str(finding.cls)
        sev = f", severity {finding.severity}" if finding.severity else ""
        out.append(f"**Assessment:** {cls}{sev} (relevance score {finding.score:.2f}).")
        if finding.imitates:
            out.append(
                f"**Imitates:** the official {_md(finding.imitates[0])} account "
                f"{_md(finding.imitates[1])}"
                + (f" of {_md(finding.brand)}" if finding.brand else "")
                + "."
            )
        elif finding.brand:
            out.append(f"**Brand concerned:** {_md(finding.brand)}.")
        out.append("")
    out.append("| | |")
    out.append("|---|---|")
    rows = [
        ("Platform", platform),
        ("Handle", handle),
        ("Display name", name),
        ("Profile URL", url),
        ("Platform id", evidence.get("platform_id") or _field(last, "platform_id")),
        ("HTTP status (last fetch)", last.get("http_status")),
        ("Final URL", last.get("final_url")),
        ("First seen", first_seen),
        ("Last seen", last_seen),
        ("Times fetched", len(obs) or None),
    ]
    for label, value in rows:
        if value not in (None, ""):
            out.append(f"| {label} | {_md(value)} |")
    out.append("")
    if finding is not None and finding.evidence:
        out.append("## Signals that fired")
        out.append("")
        for e in finding.evidence:
            val = "" if e.value is None else f" = {_md(e.value)}"
            out.append(f"- `{_md(e.signal)}`{val}: {_md(e.detail)}")
        out.append("")
    linked = _linked_pages(evidence)
    if linked:
        out.append("## Where its links lead")
        out.append("")
        out.extend(linked)
        out.append("")
    searched = _search_results(evidence)
    if searched:
        out.append("## What search engines show")
        out.append("")
        out.extend(searched)
        out.append("")
    if finding is not None and finding.triage is not None:
        note = f" ({_md(finding.triage.note)})" if finding.triage.note else ""
        out.append(f"**Reviewer decision:** {finding.triage.decision}{note}.")
        out.append("")
    out.append("## Files")
    out.append("")
    out.append(
        "- `evidence.json`: every observation, sighting, linked page and finding recorded."
    )
    for sha, size in pages:
        out.append(f"- `pages/{sha}.html`: stored page body, {size:,} bytes.")
    if avatar_name:
        out.append(f"- `{avatar_name}`: the profile picture as captured.")
    out.append("- `SHA256SUMS`: checksums of the files above (`sha256sum -c SHA256SUMS`).")
    return "\n".join(out) + "\n"


def write_evidence_pack(
    out_dir: Path,
    evidence: dict,
    finding: Finding | None,
    snapshots: Mapping[str, bytes],
) -> Path:
    """Write the pack into ``out_dir`` (created) and return it.

    ``snapshots`` maps a key (normally the body's SHA-256, as stored) to the page bytes; files
    are named by the SHA-256 recomputed here, so a corrupt store cannot mislabel a page."""
    out = Path(out_dir)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    obs = _observations(evidence, finding)
    written: list[str] = []
    pages: list[tuple[str, int]] = []
    mismatched: list[str] = []
    for key in sorted(snapshots):
        body = snapshots[key]
        if body is None:  # the store lost the body: listed in evidence.json, not written
            continue
        sha = hashlib.sha256(body).hexdigest()
        if key != sha:
            mismatched.append(str(key))
        path = out / "pages" / f"{sha}.html"
        path.write_bytes(body)
        if (sha, len(body)) not in pages:
            pages.append((sha, len(body)))
            written.append(f"pages/{sha}.html")
    avatar = _avatar(evidence, finding, obs)
    avatar_name = None
    if avatar:
        avatar_name = f"avatar.{avatar[0]}"
        (out / avatar_name).write_bytes(avatar[1])
        written.append(avatar_name)
    full = {
        "finding": finding_to_dict(finding) if finding is not None else None,
        "evidence": _jsonable(evidence),
        "observations": obs,
        "pages": [{"sha256": s, "bytes": n, "file": f"pages/{s}.html"} for s, n in pages],
        "snapshot_keys_not_matching_sha256": mismatched,
    }
    (out / "evidence.json").write_text(
        json.dumps(full, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    (out / "summary.md").write_text(
        _summary(evidence, finding, obs, pages, avatar_name), encoding="utf-8"
    )
    written = ["summary.md", "evidence.json", *written]
    sums = [f"{hashlib.sha256((out / name).read_bytes()).hexdigest()}  {name}" for name in written]
    (out / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    return out


__all__ = ["write_evidence_pack"]
