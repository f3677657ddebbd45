"""``findings.xlsx``: the report's views as spreadsheet sheets, for reviewers who work in Excel.

One sheet per view (findings, what to do, own accounts, consolidation, coverage), in the
report's language, each platform by the name users know it by (the catalog's title). Cells are
typed, so sorting and filtering work as a reader expects: scores and follower counts are
numbers, times are dates (in the report's zone, named in the header: Excel has no zones). Every
sheet has its header row frozen and an autofilter on. Scraped text is written as text, never as
a formula (``=HYPERLINK(...)`` stays text), and characters a workbook cannot hold are replaced
by their ``U+XXXX`` name. The Decision column offers the decisions as a drop-down list (the
last sheet names them with their codes), so a reviewer picks one ``triage --import`` reads.
Written row by row (reports/spreadsheet.py): 10,000 findings take a fraction of a second and
no memory per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import Any

from matching.models import Finding

from .i18n import N_, Translator
from .sentences import CHOICE_LABELS, sentence, text_of
from .spreadsheet import ListValidation, Workbook, _quote_sheet
from .view import ReportView, plain, sort_findings


def _local(tr: Translator, value: str | None) -> datetime | None:
    d = tr.local(value)
    return d.replace(tzinfo=None) if d else None


def _first_up(text: str, lang: str) -> str:
    """A cell's label with a capital first letter, as its neighbours ('Değişmedi' beside
    'Taklitçi'); Turkish capitalises i as İ."""
    if not text:
        return text
    first = "İ" if lang == "tr" and text[0] == "i" else text[0].upper()
    return first + text[1:]


def _without_reason(text: str, reason: str) -> str:
    """A coverage gap's sentence without its reason, which has its own column (the sheet
    said each reason twice)."""
    if reason and text.endswith(reason):
        return text[: -len(reason)].rstrip().rstrip(":").rstrip() or text
    return text


#: the action groups of the company's own accounts (their rows give department and owner)
OWN_GROUPS = ("redundant", "official_unlisted", "missing")


def action_rows(view: ReportView, tr: Translator) -> Iterable[list[Any]]:
    """The "What to do" sheet's rows: each group's items, and where the report lists only the
    first ones (``ITEM_LIMIT``), a last row saying how many more and where they are."""
    unknown = tr.gettext("department not known: ask the departments' owners")
    for g in view.actions:
        for it in g.items:
            r = it.row
            # an own account's: whom to send it to, its department and that one's owner, as
            # the report's line says (an impostor or an unverifiable profile belongs to no
            # department of ours, whatever the matcher guessed)
            own = g.key in OWN_GROUPS
            dept = (unknown if r.department_unknown else r.department) if own else None
            yield [g.title, r.severity_label, view.platform_title(r.platform),
                   r.handle_plain, r.followers, it.instruction, dept, r.owner if own else None]
        if g.total > len(g.items):
            more = g.total - len(g.items)
            yield [g.title, "", "", "", None, tr.ngettext(
                "… and {n} more of this group: the “All findings” sheet lists every finding",
                "… and {n} more of this group: the “All findings” sheet lists every finding",
                more).format(n=tr.number(more))]


def write_xlsx(
    path: Path, view: ReportView, findings: Sequence[Finding], created_at: str | None = None
) -> Path:
    """Write the workbook; ``created_at`` (ISO) becomes its creation time (reproducible)."""
    tr = Translator(view.lang, view.timezone)
    _ = tr.gettext
    zone = f" ({view.timezone})"
    # a department nothing the audit read says (``department_unsaid``), as the report says it
    unknown = _("department not known: ask the departments' owners")
    wb = Workbook(path)
    rows_by_key = {r.key: r for r in view.rows}
    #: a taken handle's sentences, by its evidence: a sweep's thousands of taken handles
    #: repeat a few evidence lists (the report's rows leave these sentences to this sheet)
    taken_text: dict[Any, str] = {}

    def taken_sentences(f: Finding) -> str:
        try:
            return taken_text[f.evidence]
        except KeyError:
            text = taken_text[f.evidence] = "\n".join(text_of(sentence(tr, e))
                                                      for e in f.evidence)
            return text
        except TypeError:  # a value that cannot be a key (a list): said as it is
            return "\n".join(text_of(sentence(tr, e)) for e in f.evidence)

    def finding_rows() -> Iterable[list[Any]]:
        for f in sort_findings(findings):
            fl = f.observation.fields if f.observation else None
            r = rows_by_key.get(f"{f.platform}:{plain(f.handle)}")
            yield [
                r.severity_label if r else (str(f.severity) if f.severity else ""),
                r.cls_label if r else str(f.cls),
                _first_up(r.status_label, tr.lang) if r else str(f.status),
                view.platform_title(f.platform),
                f.handle,
                f.display_name,
                f.url,
                fl.followers if fl else None,
                fl.posts if fl else None,
                round(max(0.0, min(1.0, float(f.score))), 4),
                round(float(f.harm), 4),
                f.brand,
                unknown if r and r.department_unknown else f.department,
                # the report's (an account found gone is replaced by the live one)
                r.imitates if r else (f"{f.imitates[0]}:{f.imitates[1]}" if f.imitates else None),
                r.triage_label if r else (str(f.triage.decision) if f.triage else None),
                "\n".join(e.text for e in r.evidence) if r and not r.handle_taken
                else taken_sentences(f) if r else "",
                _local(tr, fl.last_active_at) if fl else None,
                _local(tr, f.observation.fetched_at) if f.observation else None,
                # the codes, as findings.json and the CSV give them, for a script or a
                # filter that must not depend on the language (``CODE_COLUMNS``)
                f.platform, str(f.cls), str(f.severity) if f.severity else None, str(f.status),
                str(f.triage.decision) if f.triage else None,
                # the exports' ``triage_after_audit``, as the report says it (date, reviewer)
                r.triage_after if r else None,
            ]

    # the Decision column (and its code column) offer the decisions as the page's menu
    # names them, listed on the last sheet: picked, not typed ("İzinli (iş ortağı, bayi)"
    # holds a comma, so the list is a range, not a comma-separated one)
    choices = _("Decisions")
    last = len(CHOICE_LABELS) + 1
    hint = _("Pick a decision from the list (the last sheet, {sheet}, says each one); "
             "then run brandsweep triage --import with this file.").format(sheet=choices)
    warn = _("Not a decision of the list: brandsweep triage --import will refuse the row "
             "unless it is a decision's code (impostor_confirmed, fan, ...).")
    decide = [ListValidation(15, f"{_quote_sheet(choices)}!$A$2:$A${last}", _("Decision"),
                             hint, warn),
              ListValidation(23, f"{_quote_sheet(choices)}!$B$2:$B${last}", "triage",
                             hint, warn)]
    wb.sheet(
        _("All findings"),
        [
            _("Severity"), _("Class"), _("Status"), _("Platform"), _("Handle"),
            _("Display name"), _("URL"), _("Followers"), _("Posts"), _("Score"), _("Harm"),
            _("Brand"), _("Department"), _("Imitates"), _("Decision"), _("Evidence"),
            _("Last activity") + zone, _("Fetched at") + zone,
            *CODE_COLUMNS,
            _("Decision recorded after the audit"),
        ],
        finding_rows(),
        (10, 14, 11, 11, 26, 26, 36, 11, 8, 7, 7, 18, 16, 26, 18, 70, 17, 17,
         10, 16, 9, 10, 18, 30),
        decide,
    )
    wb.sheet(
        _("What to do"),
        [_("Action"), _("Severity"), _("Platform"), _("Handle"), _("Followers"), _("What to do"),
         _("Department"), _("Owner")],
        action_rows(view, tr),
        (30, 10, 11, 28, 11, 70, 16, 26),
    )
    wb.sheet(
        _("Own accounts"),
        [
            _("Brand"), _("Platform"), _("Account"), _("Declared"), _("State"),
            _("Recommendation"), _("Department"), _("Owner"), _("Department guessed"),
            _("Followers"), _("Posts"), _("Days silent"), _("Dormant"), "platform", "state",
        ],
        (
            [
                h.brand, view.platform_title(h.platform),
                h.handle if isinstance(h.handle, str) else "".join(s.text for s in h.handle),
                _("yes") if h.declared else _("no"), h.state_label, h.recommendation,
                # the owner to send the account to (the inventory's, of its department)
                *((unknown, None, "") if h.department_unknown else
                  (h.department, h.owner, _("yes") if h.department_guessed else _("no"))),
                h.followers, h.posts, h.days_silent,
                "" if h.dormant is None else (_("yes") if h.dormant else _("no")),
                h.platform, h.state,
            ]
            for h in view.health
        ),
        (20, 11, 28, 9, 16, 40, 16, 26, 10, 11, 8, 10, 9, 10, 16),
    )
    wb.sheet(
        _("Consolidation"),
        [_("Brand"), _("Platform"), _("In the strategy"), _("Account"), _("State"),
         _("Recommendation")],
        chain(
            (
                [
                    row.brand, view.platform_title(c.platform),
                    _("yes") if c.in_strategy else _("no"),
                    "".join(s.text for s in a.handle) if not isinstance(a.handle, str)
                    else a.handle,
                    a.state_label, text_of(a.rec_text),
                ]
                for row in view.consolidation
                for c in row.cells
                for a in (c.accounts or (None,))
                if a is not None
            ),
            # then the accounts to create (a strategy platform without one)
            (
                [row.brand, view.platform_title(c.platform), _("yes"), "", "",
                 text_of(c.rec_text)]
                for row in view.consolidation
                for c in row.cells
                if c.rec == "create"
            ),
        ),
        (20, 11, 10, 28, 16, 50),
    )
    cov = view.coverage
    wb.sheet(
        _("Coverage"),
        [_("Step"), _("What could not be checked"), _("Why")],
        (
            [g.title, _without_reason(x.text, x.reason_text), x.reason_text]
            for g in (cov.groups if cov else ())
            for x in g.gaps
        ),
        (24, 80, 40),
    )
    wb.sheet(
        choices,
        [_("Decision"), "triage"],
        ([_(label), code] for code, label in CHOICE_LABELS.items()),
        (34, 20),
    )
    stamp = tr.local(created_at) if created_at else None
    wb.close(title=view.title, creator="brandsweep",
             created=stamp.replace(tzinfo=None) if stamp is not None else None,
             # which audit the sheet is of: ``triage --import`` reads its Decision column
             keywords=f"{AUDIT_KEYWORD}{view.audit_key}")
    return Path(path)


#: The columns of "All findings" that keep the codes (findings.json's and the CSV's field
#: names and values, in every language): a script or a saved filter reads these.
CODE_COLUMNS = ("platform", "class", "severity", "status", "triage")

#: the workbook's keywords property: this, then the audit's ``id@started_at``
#: (``ReportView.audit_key``), so a Decision column filled in is imported into its audit
AUDIT_KEYWORD = "brandsweep-audit:"

#: Sheet titles, for tests and readers of the workbook (translated where written).
SHEETS = (N_("All findings"), N_("What to do"), N_("Own accounts"), N_("Consolidation"),
          N_("Coverage"), N_("Decisions"))

__all__ = ["AUDIT_KEYWORD", "CODE_COLUMNS", "SHEETS", "write_xlsx"]
