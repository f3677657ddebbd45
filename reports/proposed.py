"""``proposed_inventory.yaml``: the declared inventory, updated with what the audit learned.

* ``official_unlisted`` accounts are added to their brand, with the evidence as a comment
  (``# added by brandsweep audit 7: linked from https://www.northwindcoffee.com/``);
* ``missing`` accounts are kept (the schema has no status key) under a
  ``# MISSING in audit 7: not found at URL`` comment;
* ``redundant`` accounts are flagged for retirement with a comment (an undeclared redundant
  account is added, since it is the company's, with the same flag).

The output only uses the inventory schema keys (README), so it is valid input for the next audit.
When the original text is given, lines are *inserted* into it (its comments and layout stay, as
a reviewer will diff the two files); when the layout cannot be patched safely (flow-style
lists, unparsable text), the inventory is dumped cleanly instead. Every scraped value written
here is either a quoted YAML scalar or a comment stripped of line breaks and control
characters, so a hostile handle or bio cannot inject YAML.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from matching.models import Finding, FindingClass, Inventory, OfficialAccount, Status

from .i18n import N_, Translator
from .sentences import probe_reason_text, sentence
from .view import (
    account_addresses,
    department_unsaid,
    profile_text,
    sort_findings,
    written_as,
)

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.@-]*(?: [A-Za-z0-9_.@()-]+)*\Z")
_SPECIAL = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "none", "~"}


def scalar(v: object) -> str:
    """A YAML flow scalar: plain when unambiguous, else a JSON (= YAML double-quoted) string."""
    s = str(v)
    if _PLAIN.match(s) and s.lower() not in _SPECIAL:
        return s
    # Readable UTF-8 ("Northwind Türkiye"), but control, format (bidi overrides, zero-width) and
    # unassigned characters escaped: YAML refuses some of them and a reviewer cannot see them.
    quoted = json.dumps(s, ensure_ascii=False)
    return "".join(
        (f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        if unicodedata.category(ch)[0] in "CZ" and ch != " " else ch
        for ch in quoted
    )


def comment(text: str, limit: int = 300) -> str:
    """Text safe inside a ``#`` comment: one line, no control/invisible characters."""
    out = []
    for ch in str(text):
        cat = unicodedata.category(ch)
        if ch in "\r\n\t" or cat in ("Zl", "Zp"):
            out.append(" ")
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            out.append(f"[U+{ord(ch):04X}]")
        else:
            out.append(ch)
    s = re.sub(r"\s+", " ", "".join(out)).strip()
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _canon(h: str) -> str:
    return h.strip().lstrip("@").lower()


def _flow(entry: dict[str, str]) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in entry.items()) + "}"


def _account_entry(acc: OfficialAccount) -> dict[str, str]:
    entry = {"platform": acc.platform}
    if acc.url:
        entry["url"] = acc.url
    else:
        entry["handle"] = acc.handle
    if acc.department:
        entry["department"] = acc.department
    if acc.note:
        entry["note"] = acc.note
    return entry


# --------------------------------------------------------------------------- the plan


@dataclass
class _Plan:
    """What to write, independent of how: notes on declared accounts, additions per brand."""

    notes: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    additions: dict[str, list[tuple[dict[str, str], str]]] = field(default_factory=dict)
    audit_label: str = "audit"
    tr: Translator = field(default_factory=Translator)
    #: the report's next step for each own account, by ``(platform, lower-case handle)``
    advice: Mapping[tuple[str, str], str] = field(default_factory=dict)
    #: ``platform:handle`` (lower case) -> the account's address, as the report cites it
    addresses: Mapping[str, str] = field(default_factory=dict)


#: what the comments say, in the reader's language (the markers too: a Turkish team greps for
#: its own words); ``brandsweep`` stays as it is
HEADER = (N_("Proposed by brandsweep {audit}: lines marked 'brandsweep', 'MISSING' or"),
          N_("'REDUNDANT' were added by the audit; review them, then use this file as the "
             "inventory."))
DUMP_HEADER = (N_("Proposed by brandsweep {audit}: review the commented lines, then use"),
               N_("this file as the inventory of the next audit."))


def _evidence_text(f: Finding, tr: Translator | None = None,
                   addresses: Mapping[str, str] | None = None) -> str:
    """The evidence: in English the matcher's own details (the measures behind them), in
    another language the report's sentences, an account they cite by its address as the
    report names it (``addresses``: ``reports.view.account_addresses``)."""
    if tr is not None and tr.lang != "en":
        text = profile_text(f)
        said = ["".join(
            (addresses or {}).get(p.text.lower(), p.text) if p.quoted else p.text
            for p in sentence(tr, written_as(e, text))) for e in f.evidence]
        return "; ".join(said) if said else tr.gettext("no evidence detail recorded")
    details = [e.detail for e in f.evidence if e.detail]
    return "; ".join(details) if details else "no evidence detail recorded"


def _declared(inv: Inventory, f: Finding) -> OfficialAccount | None:
    for acc in inv.accounts:
        if acc.platform != f.platform:
            continue
        if _canon(acc.handle) == _canon(f.handle):
            return acc
        if acc.url and f.url and acc.url.rstrip("/") == f.url.rstrip("/"):
            return acc
    return None


def _plan(inv: Inventory, findings: Iterable[Finding], audit_id: object,
          tr: Translator, advice: Mapping[tuple[str, str], str] | None = None) -> _Plan:
    _ = tr.gettext
    label = _("audit {id}").format(id=audit_id) if audit_id is not None else _("audit")
    findings = list(findings)
    plan = _Plan(audit_label=label, tr=tr, advice=advice or {},
                 addresses=account_addresses(findings))
    brand_names = [b.name for b in inv.brands]
    dept_names = {d.name for d in inv.departments}
    seen: set[tuple[str, str]] = set()
    for f in sort_findings(findings):
        if f.status == Status.RESOLVED:
            continue
        acc = _declared(inv, f)
        if acc is not None:
            key = (acc.platform, _canon(acc.handle))
            if f.cls == FindingClass.MISSING:
                where = f.url or acc.url or f"{f.platform}:{f.handle}"
                reason = f.probe_reason if tr.lang == "en" else \
                    probe_reason_text(tr, f.probe_reason) if f.probe_reason else None
                why = f" ({reason})" if reason else ""
                plan.notes.setdefault(key, []).append(
                    comment(_("MISSING in {audit}: not found at {where}").format(
                        audit=label, where=where) + why)
                )
            elif f.cls == FindingClass.REDUNDANT:
                said = plan.advice.get((f.platform, _canon(f.handle)))
                evidence = _evidence_text(f, tr, plan.addresses)
                plan.notes.setdefault(key, []).append(comment(
                    _("REDUNDANT in {audit}: {advice}: {evidence}").format(
                        audit=label, advice=said, evidence=evidence) if said else
                    _("REDUNDANT in {audit}: consider retiring or consolidating: "
                      "{evidence}").format(audit=label, evidence=evidence)))
            continue
        if f.cls not in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT):
            continue
        if not brand_names or (f.platform, _canon(f.handle)) in seen:
            continue
        seen.add((f.platform, _canon(f.handle)))
        brand = f.brand if f.brand in brand_names else brand_names[0]
        entry = {"platform": f.platform, "handle": f.handle}
        unsaid = department_unsaid(f, inv)
        if f.department and f.department in dept_names and not unsaid:
            entry["department"] = f.department
        said = plan.advice.get((f.platform, _canon(f.handle)))
        evidence = _evidence_text(f, tr, plan.addresses)
        if f.cls == FindingClass.REDUNDANT and said:
            # the report's next step (merge into the primary, close it ...), not another one
            note = _("added by brandsweep {audit} (REDUNDANT: {advice}): {evidence}").format(
                audit=label, advice=said, evidence=evidence)
        elif f.cls == FindingClass.REDUNDANT:
            note = _("added by brandsweep {audit} (REDUNDANT: consider retiring): "
                     "{evidence}").format(audit=label, evidence=evidence)
        else:
            note = _("added by brandsweep {audit}: {evidence}").format(
                audit=label, evidence=evidence)
        if unsaid:  # the matcher's guess rests on nothing the audit read: asked, not written
            # (first: a long comment is cut at its end)
            note = _("department not known: ask the departments' owners") + "; " + note
        plan.additions.setdefault(brand, []).append((entry, comment(note)))
    return plan


# --------------------------------------------------------------------------- clean dump


def _flow_list(items: Sequence[str]) -> str:
    return "[" + ", ".join(scalar(i) for i in items) + "]"


def _dump(inv: Inventory, plan: _Plan) -> str:
    _ = plan.tr.gettext
    lines = ["# " + _(DUMP_HEADER[0]).format(audit=plan.audit_label)]
    lines.append("# " + _(DUMP_HEADER[1]))
    lines.append(f"organization: {scalar(inv.organization)}")
    if inv.legal_name:
        lines.append(f"legal_name: {scalar(inv.legal_name)}")
    if inv.contact:
        lines.append(f"contact: {scalar(inv.contact)}")
    if inv.trademarks:
        lines.append(f"trademarks: {_flow_list(inv.trademarks)}")
    if inv.language:
        lines.append(f"language: {scalar(inv.language)}")
    lines.append(f"domains: {_flow_list(inv.domains)}")
    if inv.departments:
        lines.append("departments:")
        for d in inv.departments:
            entry = {"name": d.name}
            if d.owner:
                entry["owner"] = d.owner
            lines.append(f"  - {_flow(entry)}")
    lines.append("brands:" if inv.brands else "brands: []")
    for b in inv.brands:
        lines.append(f"  - name: {scalar(b.name)}")
        if b.aliases:
            lines.append(f"    aliases: {_flow_list(b.aliases)}")
        if b.websites:
            lines.append(f"    websites: {_flow_list(b.websites)}")
        if b.strategy:
            lines.append(f"    strategy: {_flow_list(b.strategy)}")
        adds = plan.additions.get(b.name, [])
        if not b.accounts and not adds:
            lines.append("    accounts: []")
            continue
        lines.append("    accounts:")
        for acc in b.accounts:
            for note in plan.notes.get((acc.platform, _canon(acc.handle)), []):
                lines.append(f"      # {note}")
            lines.append(f"      - {_flow(_account_entry(acc))}")
        for entry, note in adds:
            lines.append(f"      # {note}")
            lines.append(f"      - {_flow(entry)}")
    if inv.allow:
        lines.append("allow:")
        for a in inv.allow:
            entry = {"platform": a.platform, "handle": a.handle}
            if a.note:
                entry["note"] = a.note
            lines.append(f"  - {_flow(entry)}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- patch text


class _Unpatchable(Exception):
    """The source layout cannot take inserted lines safely: dump cleanly instead."""


def _get(node: Node, key: str) -> Node | None:
    if not isinstance(node, MappingNode):
        return None
    for k, v in node.value:
        if isinstance(k, ScalarNode) and k.value == key:
            return v
    return None


def _str(node: Node | None) -> str | None:
    return node.value if isinstance(node, ScalarNode) else None


def _last_line(node: Node) -> int:
    """0-based line of the node's last character (comments and blank lines after it excluded)."""
    if isinstance(node, ScalarNode) or getattr(node, "flow_style", False):
        end = node.end_mark
        return end.line - 1 if end.column == 0 and end.line > node.start_mark.line else end.line
    children: list[Node] = []
    if isinstance(node, MappingNode):
        for k, v in node.value:
            children += [k, v]
    elif isinstance(node, SequenceNode):
        children = list(node.value)
    if not children:
        return node.start_mark.line
    return max(_last_line(c) for c in children)


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" "))]


def _patch(source: str, inv: Inventory, plan: _Plan) -> str:
    root = yaml.compose(source)
    if not isinstance(root, MappingNode):
        raise _Unpatchable("not a mapping")
    brands = _get(root, "brands")
    if not isinstance(brands, SequenceNode):
        raise _Unpatchable("no brands list")
    newline = "\r\n" if "\r\n" in source else "\n"
    lines = source.splitlines()
    inserts: list[tuple[int, list[str]]] = []  # (insert before this 0-based line, lines)
    declared = {(a.platform, _canon(a.handle)): a for a in inv.accounts}
    by_url = {(a.platform, a.url.rstrip("/")): a for a in inv.accounts if a.url}
    done_notes: set[tuple[str, str]] = set()
    done_brands: set[str] = set()

    for brand in brands.value:
        if not isinstance(brand, MappingNode) or brand.flow_style:
            raise _Unpatchable("flow-style brand")
        name = _str(_get(brand, "name"))
        accounts = _get(brand, "accounts")
        items: list[Node] = []
        if accounts is not None:
            if not isinstance(accounts, SequenceNode):
                raise _Unpatchable("accounts is not a list")
            items = list(accounts.value)
        for item in items:
            platform = _str(_get(item, "platform"))
            handle = _str(_get(item, "handle"))
            url = _str(_get(item, "url"))
            acc = None
            if platform and handle:
                acc = declared.get((platform, _canon(handle)))
            if acc is None and platform and url:
                acc = by_url.get((platform, url.rstrip("/")))
            if acc is None:
                continue
            key = (acc.platform, _canon(acc.handle))
            notes = plan.notes.get(key)
            if not notes or key in done_notes:
                continue
            done_notes.add(key)
            line = item.start_mark.line
            indent = _indent(lines[line])
            if accounts is not None and accounts.flow_style:
                indent = _indent(lines[accounts.start_mark.line])
            inserts.append((line, [f"{indent}# {n}" for n in notes]))
        adds = plan.additions.get(name or "", [])
        if not adds:
            continue
        done_brands.add(name or "")
        if accounts is not None and (accounts.flow_style or not items):
            raise _Unpatchable("flow-style accounts")
        if items:
            first = lines[items[0].start_mark.line]
            if not first.lstrip().startswith("-"):
                raise _Unpatchable("unexpected item layout")
            indent = _indent(first)
            at = _last_line(accounts) + 1  # type: ignore[arg-type]
            new: list[str] = []
        else:
            key_col = brand.value[0][0].start_mark.column
            indent = " " * (key_col + 2)
            at = _last_line(brand) + 1
            new = [" " * key_col + "accounts:"]
        for entry, note in adds:
            new += [f"{indent}# {note}", f"{indent}- {_flow(entry)}"]
        inserts.append((at, new))

    if set(plan.additions) - done_brands:
        raise _Unpatchable("brand of an addition not found in the text")
    if set(plan.notes) - done_notes:
        raise _Unpatchable("declared account not found in the text")
    header = ["# " + plan.tr.gettext(HEADER[0]).format(audit=plan.audit_label),
              "# " + plan.tr.gettext(HEADER[1])]
    inserts.append((0, header))
    for at, new in sorted(inserts, key=lambda x: x[0], reverse=True):
        lines[at:at] = new
    return newline.join(lines) + newline


def proposed_inventory(
    inventory: Inventory,
    findings: Iterable[Finding],
    source_text: str | None = None,
    *,
    audit_id: object = None,
    lang: str = "en",
    advice: Mapping[tuple[str, str], str] | None = None,
) -> str:
    """The proposed inventory as YAML text (see the module docstring); its comments in
    ``lang`` (the keys and values are the inventory's, in any language). ``advice``: the
    report's next step for each own account (``ReportView.advice``), which a redundant
    account's comment repeats.

    >>> src = Path("seeds/official_accounts.yaml").read_text()
    >>> text = proposed_inventory(inv, findings, src, audit_id=7)
    """
    plan = _plan(inventory, list(findings), audit_id, Translator(lang), advice)
    if source_text:
        try:
            text = _patch(source_text, inventory, plan)
            yaml.safe_load(text)
            return text
        except (_Unpatchable, yaml.YAMLError, IndexError):
            pass
    return _dump(inventory, plan)


__all__ = ["proposed_inventory", "scalar", "comment"]
