"""Evidence as plain sentences a platform reviewer reads, in the report's language.

``matching`` records each signal as data (``Evidence(signal, value, detail)``); the raw pair
``avatar_match 2`` means nothing to a reader who does not know that 2 is "2 of 64 bits of a
perceptual hash differ, so lower is closer". Here each known signal gets a sentence template
(translated through the catalog), filled with its value; the code and the matcher's own detail
stay available as the tooltip. Quoted values (a domain, a handle, a scam word) are scraped or
inventory text: they come back as separate :class:`Piece` parts flagged ``quoted``, which the
template prints inside ``translate="no"`` and escapes like any scraped value.

An unknown signal (a new one from ``matching``) still reads as a sentence: the code and value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from matching.models import Evidence

from .i18n import N_, Translator


@dataclass(frozen=True)
class Piece:
    """Part of a sentence: template text, or a quoted (untranslated, untrusted) value."""

    text: str
    quoted: bool = False


Sentence = tuple[Piece, ...]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ACCOUNT = re.compile(r"official account ([\w.-]+:[^\s,;()]+)")
_LINE = re.compile(r"\(line (\d+)\)")


def fill(template: str, **values: object) -> Sentence:
    """Split a translated template on ``{name}`` placeholders: text, then quoted values."""
    out: list[Piece] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(template):
        if m.start() > pos:
            out.append(Piece(template[pos : m.start()]))
        v = values.get(m.group(1))
        out.append(Piece("" if v is None else str(v), quoted=not isinstance(v, Num)))
        pos = m.end()
    if pos < len(template):
        out.append(Piece(template[pos:]))
    # numbers are not quoted: merge them into the surrounding text
    merged: list[Piece] = []
    for p in out:
        if merged and not p.quoted and not merged[-1].quoted:
            merged[-1] = Piece(merged[-1].text + p.text)
        else:
            merged.append(p)
    return tuple(merged)


class Num(str):
    """A number already formatted for the language: part of the sentence, not a quote."""


def text_of(sentence: Sentence) -> str:
    return "".join(p.text for p in sentence)


def _num(x: object) -> float | None:
    if isinstance(x, bool):
        return None
    if isinstance(x, int | float):
        return float(x)
    try:
        return float(str(x))
    except (TypeError, ValueError):
        return None


# Each: signal -> function(tr, value, detail) -> Sentence. Templates are marked with N_ and
# translated where used, so pybabel finds them here.
Builder = Callable[[Translator, object, str], Sentence]


def _pct(tr: Translator, v: object) -> Num:
    x = _num(v)
    return Num(tr.percent(x) if x is not None else "?")


def _account(detail: str) -> str | None:
    m = _ACCOUNT.search(detail or "")
    return m.group(1) if m else None


def account_ref(detail: str | None) -> str | None:
    """The ``platform:handle`` of the official account a signal's detail cites, if any."""
    return _account(detail or "")


def _avatar(tr: Translator, v: object, detail: str) -> Sentence:
    bits = _num(v)
    ref = _account(detail)
    n = Num(tr.number(int(bits))) if bits is not None else Num("?")
    if bits is not None and bits == 0:
        t = (
            N_("the avatar is identical to the picture of the official account {ref}")
            if ref
            else N_("the avatar is identical to the official picture")
        )
    elif bits is not None and bits <= 8:
        # (the measure, "2 of 64 bits of a perceptual hash", stays in the audit's record)
        t = (
            N_(
                "the avatar is nearly identical to the picture of the official account {ref}: "
                "the same picture, resized or saved again"
            )
            if ref
            else N_(
                "the avatar is nearly identical to the official picture: the same picture, "
                "resized or saved again"
            )
        )
    else:
        t = (
            N_(
                "the avatar resembles the picture of the official account {ref}: the same "
                "picture with small changes (cropped, recoloured or framed)"
            )
            if ref
            else N_("the avatar resembles the official picture: the same picture with small "
                    "changes (cropped, recoloured or framed)")
        )
    return fill(tr.gettext(t), ref=ref, n=n)


#: the triage decisions as a reviewer reads them (the report's menu, its case history, the
#: evidence sentence "a reviewer's decision: Taken down")
CHOICE_LABELS: dict[str, str] = {
    "impostor_confirmed": N_("Impostor confirmed"),
    "takedown_requested": N_("Takedown requested"),
    "taken_down": N_("Taken down"),
    "false_positive": N_("False positive"),
    "official": N_("Our own account"),
    "fan": N_("Fan / parody"),
    "allow": N_("Allowed (partner, reseller)"),
}

#: the classes as a reviewer reads them (the report's tables and counts, a decision's evidence)
CLASS_LABELS: dict[str, str] = {
    "impostor": N_("Impostor"),
    "missing": N_("Missing"),
    "redundant": N_("Redundant"),
    "official_unlisted": N_("Official, unlisted"),
    "unverified": N_("Unverified"),
    "fan": N_("Fan / parody"),
    "unrelated": N_("Unrelated"),
    "official": N_("Official"),
}


#: why a profile has its class, by the name of the matcher's rule that decided it
#: (matching/decide.py RULES), in words a reviewer reads in any language
RULE_LABELS: dict[str, str] = {
    "declared, gone": N_("it is in the inventory, but no longer exists"),
    "declared, not checked": N_("it is in the inventory, but could not be checked"),
    "declared, to retire": N_("it is in the inventory, and is a channel to merge or close"),
    "declared": N_("it is in the inventory"),
    "allowed": N_("the inventory allows it (a partner or reseller)"),
    "walled, secondary evidence of a scam": N_(
        "the page itself could not be read, and what others show of it is a scam"
    ),
    "walled, linked by the company, to retire": N_(
        "the page could not be read; the company's site links it, and it is a channel to "
        "merge or close"
    ),
    "walled, linked by the company": N_("the page could not be read; the company's site links it"),
    "walled": N_("the page could not be read (a login wall or a block)"),
    "own, to retire": N_("the company's own account, a channel to merge or close"),
    "own, not listed": N_("the company's own account, not in the inventory"),
    "blank, secondary evidence of a scam": N_(
        "the page shows nothing to read, and what others show of it is a scam"
    ),
    "blank, a help desk's handle": N_(
        "the page shows nothing to read, and its handle presents it as the company's help "
        "desk: check it by hand"
    ),
    "blank, a fan's handle": N_(
        "the page shows nothing to read, and its handle says it is a fan or parody account"
    ),
    "blank": N_(
        "handle taken: check by hand (the page shows nothing of its own)"
    ),
    "impostor: deception or harm": N_(
        "it presents itself as the company and shows deception or harm"
    ),
    "fan": N_("a fan or parody account"),
    "personal account": N_("a personal account"),
    "existence only": N_(
        "handle taken: check by hand (the site shows only that it exists)"
    ),
    "not about us": N_("not about the company"),
    "same name, a life of its own": N_(
        "a namesake: it shares the brand's name, but has a description of its own and shows "
        "nothing of the company"
    ),
    "a copy, asks nothing": N_(
        "it poses as the company in a copy of its logo or bio and asks for nothing yet"
    ),
    "resemblance only": N_(
        "it resembles the brand but shows no deception or harm: a low-priority candidate to check"
    ),
    "namesake": N_("a namesake, not the company"),
}


def _decision(tr: Translator, v: object, detail: str, was: str | None = None) -> Sentence:
    """Why this class: in English the matcher's own reason (it names what it saw), else the
    rule's label in the report's language; a rule without a label is quoted as it is. When a
    reviewer's decision changed the class (``was``: the audit's own class), the reason is the
    audit's, and says so: "why the audit had it as Impostor: ..." under an Unrelated row."""
    if was is not None and was in CLASS_LABELS:
        template, extra = N_("why the audit had it as {cls}: {v}"), {
            "cls": Num(tr.gettext(CLASS_LABELS[was]))}
    else:
        template, extra = N_("why this class: {v}"), {}
    if tr.lang == "en" and detail:
        return fill(tr.gettext(template), v=detail, **extra)
    label = RULE_LABELS.get(str(v))
    if label is None:
        return fill(tr.gettext(template), v=detail or v, **extra)
    return fill(tr.gettext(template), v=Num(tr.gettext(label)), **extra)


def overruled_class(evidence: Sequence[Evidence]) -> str | None:
    """The class the audit gave before a reviewer's decision changed it, else None."""
    for e in evidence:
        if e.signal == "triage":
            over = _OVER.search(e.detail or "")
            if over:
                return over.group(1)
    return None


_NAME_MATCH = re.compile(r"display name '(.+)' matches brand name '(.+)' \((?:1\.00|1)\)$")


def _display_name(tr: Translator, v: object, detail: str) -> Sentence:
    """"the display name is the brand's name “Northwind Coffee”" (or contains it), not
    "100% similar" for a name with "Support 24/7" added; other names by percentage."""
    m = _NAME_MATCH.search(detail)
    if m and (_num(v) or 0) >= 1:
        shown, brand = m.group(1), m.group(2)
        if shown.strip().casefold() == brand.strip().casefold():
            return fill(tr.gettext(N_("the display name is the brand's name {name}")),
                        name=brand)
        return fill(tr.gettext(N_("the display name {shown} contains the brand's name {name}")),
                    shown=shown, name=brand)
    return fill(tr.gettext(N_("the display name is {pct} similar to the brand's name")),
                pct=_pct(tr, v))


_SPELLS = re.compile(r"the handle '[^']*' spells '([^']+)' with look-alike letters")


def _homoglyph_sentence(tr: Translator, v: object, detail: str) -> Sentence:
    """Letters of another alphabet (``а`` for ``a``), or plain letters that pass for others
    (``l`` for ``i``: the matcher says which name it spells); not all are another alphabet."""
    m = _SPELLS.search(detail)
    if m:
        return fill(tr.gettext(N_("the handle spells {name} with look-alike letters")),
                    name=m.group(1))
    return fill(tr.gettext(N_("the name uses look-alike letters from another alphabet")))


_OVERRULED = re.compile(r"triaged '(\w+)', but it now shows impostor signals")


def _reopened(tr: Translator, v: object, detail: str) -> Sentence:
    """Why a decided case is open again (matching/history.py's reason): a takedown that did
    not hold, or a decision the profile's new signals overrule."""
    if detail.startswith("marked taken down, but the profile is back (still there)"):
        return fill(tr.gettext(N_("recorded as taken down, but the profile is still there")))
    if detail.startswith("marked taken down, but the profile is back"):
        return fill(tr.gettext(N_("recorded as taken down, but the profile is back")))
    m = _OVERRULED.match(detail)
    if m:
        label = CHOICE_LABELS.get(m.group(1))
        return fill(tr.gettext(N_("a reviewer decided {decision}, but it now shows impostor "
                                  "signals (the official logo or a lookalike link, with scam "
                                  "wording)")),
                    decision=Num(tr.gettext(label)) if label else m.group(1))
    return fill(tr.gettext(N_("it reappeared after it had been resolved")))


_OVER = re.compile(r"over the audit's own reading '(\w+)'")


def _triage(tr: Translator, v: object, detail: str) -> Sentence:
    """A reviewer's decision, by its label in the report's language (not ``taken_down``), and
    the class the audit had given when the decision changed it (matching's apply_triage)."""
    label = CHOICE_LABELS.get(str(v))
    said = Num(tr.gettext(label)) if label else v
    over = _OVER.search(detail)
    was = CLASS_LABELS.get(over.group(1)) if over else None
    if was is None:
        return fill(tr.gettext(N_("a reviewer's decision: {v}")), v=said)
    return fill(tr.gettext(N_("a reviewer's decision: {v} (the audit had it as {cls})")),
                v=said, cls=Num(tr.gettext(was)))


def _simple(template: str, key: str = "v") -> Builder:
    def build(tr: Translator, v: object, detail: str) -> Sentence:
        return fill(tr.gettext(template), **{key: v})

    return build


def _percent(template: str) -> Builder:
    def build(tr: Translator, v: object, detail: str) -> Sentence:
        return fill(tr.gettext(template), pct=_pct(tr, v), ref=_account(detail))

    return build


_ADDS = re.compile(r"^handle '[^']*' resembles '([^']+)' \(affix(?:_scam)?\): adds '([^']+)'")
_SWAPS = re.compile(r"^handle '[^']*' resembles '([^']+)' \(homoglyph\): '([^']+)' replaces "
                    r"'([^']+)'")
_LEFT_OUT = re.compile(r"^handle '[^']*' resembles '([^']+)' \(omission\)")
_ITSELF = re.compile(r"^handle '[^']*' is the name '([^']+)' itself")
_SEPARATED = re.compile(r"^handle '[^']*' resembles '([^']+)' \(separator\)")
#: any other resemblance: the name or declared handle it resembles (the brand's name is one of
#: the matcher's targets, a declared account's handle another: "naseemcare_lb" is 100% similar
#: to the declared "naseemcarelb", not to the brand's name)
_RESEMBLES = re.compile(r"^handle '[^']*' resembles '([^']+)' \(")


_SNIPPET = re.compile(r"snippet '(.*)'(?: \([^()]*\))?; the profile itself shows", re.S)


def _search_result(tr: Translator, v: object, detail: str) -> Sentence:
    """The result's URL and what its text says (the snippet a reviewer can check): on a page
    the platform hides, the words that made it suspect are there, not on the page."""
    m = _SNIPPET.search(detail)
    text = " ".join(m.group(1).split()) if m else ""
    if not text:
        return fill(tr.gettext(N_("found through a web search result: {v}")), v=v)
    if len(text) > 240:
        text = text[:239] + "…"
    return fill(tr.gettext(N_("found through a web search result: {v}, which reads: {text}")),
                v=v, text=text)


def _handle(tr: Translator, v: object, detail: str) -> Sentence:
    """How the handle resembles the brand, as the matcher saw it: "the brand's name
    “northwindcoffee” with “support” added" says more than "100% similar" (it is the affix
    that was scored); any other resemblance as a percentage of the name or declared handle it
    resembles, which the reader can compare."""
    d = detail.removeprefix("secondary: ")
    m = _ADDS.match(d)
    if m:
        return fill(tr.gettext(N_("the handle is the brand's name {name} with {extra} added")),
                    name=m.group(1), extra=m.group(2))
    m = _SWAPS.match(d)
    if m:
        return fill(tr.gettext(N_("the handle is the brand's name {name} with look-alike "
                                  "characters ({fake} for {real})")),
                    name=m.group(1), fake=m.group(2), real=m.group(3))
    m = _LEFT_OUT.match(d)
    if m:
        return fill(tr.gettext(N_("the handle is the brand's name {name} with a letter left "
                                  "out")), name=m.group(1))
    m = _ITSELF.match(d)
    if m and (_num(v) or 0) >= 1:
        return fill(tr.gettext(N_("the handle is the brand's name {name} itself")),
                    name=m.group(1))
    m = _SEPARATED.match(d)
    if m:
        return fill(tr.gettext(N_("the handle is {name} with only separators added")),
                    name=m.group(1))
    m = _RESEMBLES.match(d)
    if m:
        return fill(tr.gettext(N_("the handle is {pct} similar to {name}")), pct=_pct(tr, v),
                    name=m.group(1))
    return fill(tr.gettext(N_("the handle is {pct} similar to the brand's name")), pct=_pct(tr, v))


_BESIDE = re.compile(r"beside the declared ([\w.-]+:[^\s,;()]+)")


def _unproven_claim(tr: Translator, v: object, detail: str) -> Sentence:
    """"Official", said four ways the matcher tells apart (matching/profile_signals.py's
    _unproven_claim and the three it falls back to): one sentence said them all as a missing
    domain handle, which a TikTok profile beside the declared account never had to show."""
    beside = _BESIDE.search(detail or "")
    if beside:
        return fill(tr.gettext(N_(
            "claims to be official ({v}) beside the declared account {ref}, but nothing "
            "official links to it or verifies its link")), v=v, ref=beside.group(1))
    if "has not verified that link" in (detail or ""):
        return fill(tr.gettext(N_(
            "claims to be official ({v}) and links the company's site, but the platform has "
            "not verified that link and nothing official links to it")), v=v)
    if "neither declares nor links it" in (detail or ""):
        return fill(tr.gettext(N_(
            "claims to be official ({v}), but the company neither declares nor links it, and "
            "it links none of the company's domains")), v=v)
    return fill(tr.gettext(N_(
        "claims to be official ({v}) without the domain handle that proves an official "
        "account there")), v=v)


_OLD_LINKS = re.compile(r"links only (?P<links>.+?), asks for nothing")
_OLD_DOMAIN = re.compile(r"^the official domain (?P<dom>\S+)$")
_GONE_DOMAIN = re.compile(r"^(?P<dom>\S+), which no longer answers$")


def _company_resources(tr: Translator, v: object, detail: str) -> Sentence:
    """Two forms: a domain (the logo and links only to the official domain) or, for the
    company's old page left behind years ago, the date of its last sign of life: that one said
    as the old page it is ("... resmî alan adı 2010-02-02T12:00:00+00:00 adresine" read a date
    as a domain), where it links and since when it is silent, the date in the reader's
    calendar."""
    when = str(v or "")
    if not re.match(r"\d{4}-\d{2}-\d{2}", when):
        return fill(tr.gettext(N_("uses the official logo and links only to the official "
                                  "domain {v}")), v=v)
    out: list[Piece] = list(fill(tr.gettext(
        N_("the company's old page, left behind: it uses the official logo")
        if "official logo" in (detail or "") else
        N_("the company's old page, left behind: it bears the brand's own name"))))
    m = _OLD_LINKS.search(detail or "")
    said = [x.strip() for x in m["links"].split(" and ")] if m else []
    official = [d["dom"] for x in said if (d := _OLD_DOMAIN.match(x))]
    gone = [d["dom"] for x in said if (d := _GONE_DOMAIN.match(x))]
    if official:
        out += [Piece(", "), *fill(tr.gettext(
            N_("links to the official domain {v}") if gone else
            N_("links only to the official domain {v}")), v=", ".join(official))]
    if gone:
        out += [Piece(", "), *fill(tr.gettext(N_("links to {v}, which no longer answers")),
                                   v=", ".join(gone))]
    if not said:
        out += [Piece(", "), *fill(tr.gettext(N_("links nowhere")))]
    template = (N_("asks for nothing and has been silent since {date}")
                if "silent since" in (detail or "") else
                N_("asks for nothing and was opened on {date}, over five years ago"))
    out += [Piece(", "), *fill(tr.gettext(template), date=Num(tr.date(when)))]
    merged: list[Piece] = []
    for piece in out:  # neighbouring words one piece, as fill gives them
        if merged and not piece.quoted and not merged[-1].quoted:
            merged[-1] = Piece(merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return tuple(merged)


def _count(template: str) -> Builder:
    def build(tr: Translator, v: object, detail: str) -> Sentence:
        x = _num(v)
        return fill(tr.gettext(template), n=Num(tr.number(int(x)) if x is not None else "?"))

    return build


def _declared(tr: Translator, v: object, detail: str) -> Sentence:
    m = _LINE.search(detail or "")
    if m:
        return fill(
            tr.gettext(N_("declared in the inventory (line {line})")), line=Num(m.group(1))
        )
    return fill(tr.gettext(N_("declared in the inventory")))


def _unverifiable(tr: Translator, v: object, detail: str) -> Sentence:
    return fill(
        tr.gettext(N_("could not be checked: {reason}")),
        reason=Num(probe_reason_text(tr, str(v) if v else None)),
    )


#: Why a profile could not be checked, in words (``probe_reason`` codes).
PROBE_REASONS: dict[str, str] = {
    "login_wall": N_("the platform shows a login wall"),
    "bot_block": N_("the platform blocked the crawler"),
    "rate_limited": N_("the platform limited the request rate"),
    "captcha": N_("the platform asked for a CAPTCHA"),
    "timeout": N_("the platform did not answer in time"),
    "server_error": N_("the platform answered with a server error"),
    "no_probe": N_("the platform cannot be probed from outside"),
    "bad_credentials": N_("the platform refused the credential"),
    "blocked": N_("the platform blocked the request"),
    "http_error": N_("the platform answered with an error"),
    "network_error": N_("the network failed"),
    "unreadable": N_("the page could not be read"),
    # what the readers of crawler/extract and the catalog's markers say (crawler/platforms.yaml)
    "unrecognised_page": N_("the platform answered with a page brandsweep does not recognise"),
    "no_profile_data": N_("the page names the handle but shows nothing of the account"),
    "handle_mismatch": N_("the platform answered with another account than the one asked for"),
    "js_shell": N_("the page shows the profile only to a browser running JavaScript"),
    "waf": N_("the platform's web firewall blocked the crawler"),
    "consent_wall": N_("the platform shows a cookie-consent wall"),
    "redirect": N_("the platform redirected the request elsewhere"),
    "claims_random_handles": N_("the platform says any handle exists, a made-up one too"),
    "no_search_api": N_("the platform has no search brandsweep can read"),
    "extractor_error": N_("the page could not be read"),
    "not_checked": N_("it was not checked in this audit"),
    "gone": N_("the profile no longer exists"),
    "suspended": N_("the platform suspended the account"),
    "banned": N_("the platform banned the community"),
    # a community's walls (a subreddit's about answer, crawler/extract/layers.py)
    "private": N_("the community is private: only its members see it"),
    "quarantined": N_("the platform quarantined the community: only signed-in users who accept "
                      "a warning see it"),
    "gated": N_("the community shows itself only after a content warning"),
    "terminated": N_("the platform closed the account"),
    "invalid_handle": N_("the platform says the handle is not valid"),
    # a failed fetch (crawler/spiders/enrich.py failure_reason)
    "dns_error": N_("the platform's address could not be found"),
    "connection_refused": N_("the platform refused the connection"),
    "connection_reset": N_("the connection broke before the answer came"),
    "connection_error": N_("the platform did not answer"),
    "robots": N_("the platform's robots.txt forbids the page"),
}


_REASON_CODE = re.compile(r"[a-z0-9_:.-]+")


def probe_reason_text(tr: Translator, reason: str | None) -> str:
    """Why a profile could not be checked. A code gets its sentence; a catalog's own words
    for a platform no probe can read (``probe: {view: none, reason: TEXT}``, e.g. LinkedIn's
    "bot-blocked (HTTP 999 ...)") follow the sentence in English and are left out in another
    language, where they would be the only English on the line."""
    if not reason:
        return tr.gettext(N_("the platform did not answer"))
    template = PROBE_REASONS.get(reason)
    if template:
        return tr.gettext(template)
    if _REASON_CODE.fullmatch(reason):  # a code this list does not know yet
        return tr.gettext(N_("the check failed")) + f" ({reason})"
    text = tr.gettext(PROBE_REASONS["no_probe"])
    return f"{text} ({reason})" if tr.lang == "en" else text


_NOT_FOUND_HTTP = _count(N_("the platform says this profile does not exist (HTTP {n})"))


def _not_found(tr: Translator, v: object, detail: str) -> Sentence:
    """The platform's "no such profile": its HTTP status, or the word a settled probe kept
    (``suspended``: crawler.runner.said_gone) in the reader's words."""
    if not isinstance(v, str) or _num(v) is not None:
        return _NOT_FOUND_HTTP(tr, v, detail)
    return fill(tr.gettext(PROBE_REASONS.get(v) or N_("the platform says it no longer exists")))


BUILDERS: dict[str, Builder] = {
    "avatar_match": _avatar,
    "handle_similarity": _handle,
    "display_name_similarity": _display_name,
    "bio_copy": _percent(N_("the bio is {pct} the same as the bio of the official account {ref}")),
    "brand_mention": _simple(N_("the bio names the brand: {v}")),
    "scam_wording": _simple(N_("the profile uses scam wording: {v}")),
    "lookalike_link": _simple(N_("links to the lookalike domain {v}")),
    "lookalike_page": _simple(N_("its link leads to a page on the lookalike domain {v}")),
    "promoted_by_lookalike": _simple(N_("promoted by a page on the lookalike domain {v}")),
    "official_link": _simple(N_("links to the official domain {v}")),
    "verified_official_link": _simple(
        N_("the platform verified its link to the official domain {v}")
    ),
    "official_site_link": _simple(N_("linked from the official website: {v}")),
    "official_site_mention": _simple(N_("named on the official website: {v}")),
    "search_result": _search_result,
    "search_result_company": _simple(
        N_("a web search result shows it linking only to the official domain {v}")
    ),
    "own_traces": _simple(
        N_("shows only the company's own traces (no link but to its domains, a pointer to a "
           "declared account, or an old or automatic account's words): {v}")
    ),
    "defers_to_declared": _simple(N_("sends its readers to the declared account {v}")),
    "moved_to": _simple(N_("says it moved to the account {v}: the company left it")),
    "moved_from": _simple(N_("the declared account {v} says it moved here: the company's "
                             "account now")),
    "self_declared_unofficial": _simple(N_("describes itself as unofficial: {v}")),
    "company_resources": _company_resources,
    "duplicate_account": _simple(N_("a second account of the brand on this platform, next to {v}")),
    "outside_strategy": _simple(N_("{v} is not in the brand's platform strategy")),
    "domain_handle": _simple(N_("the handle is built from the official domain {v}")),
    "link_refused": _simple(N_("links into a private network, which was refused: {v}")),
    "dormant": _count(N_("no activity for {n} days")),
    "not_found": _not_found,
    "declared": _declared,
    "unverifiable": _unverifiable,
    "homoglyphs": _homoglyph_sentence,
    "empty_profile": _simple(N_("an empty profile: no posts, bio or links (the handle is held)")),
    "verified_badge": _simple(N_("the platform shows a verified badge")),
    "allowed": _simple(N_("on the inventory's allow list")),
    "reopened": _reopened,
    "triage": _triage,
    "existence_only": _simple(
        N_("the profile exists, but the platform shows nothing more about it: check by hand")
    ),
    "own_channel": _simple(N_("describes itself as a company channel: {v}")),
    "impersonated_badge": _simple(
        N_("its text shows a verified badge the platform has not given it: {v}")
    ),
    "unproven_claim": _unproven_claim,
    "young_logo_copy": _count(N_("created {n} days ago and already wears the official logo")),
    "personal_account": _simple(N_("a personal account: {v}")),
    "namesake": _simple(N_("a namesake, not the company: {v}")),
    "decision": _decision,
}


def sentence(tr: Translator, e: Evidence, was: str | None = None) -> Sentence:
    """The reader's sentence for one piece of evidence (never empty). Evidence that rests on
    what others show of a walled page (matching marks its detail "secondary: ") says so.
    ``was``: the audit's own class when a reviewer's decision changed it
    (:func:`overruled_class`), so the classifier's reason is not read as the new class's."""
    if e.signal == "decision" and was is not None:
        try:
            return _decision(tr, e.value, e.detail or "", was)
        except (TypeError, ValueError):
            pass
    build = BUILDERS.get(e.signal)
    if build is not None:
        try:
            out = build(tr, e.value, e.detail or "")
        except (TypeError, ValueError):  # an odd value from a new matcher: fall through
            pass
        else:
            if (e.detail or "").startswith("secondary: ") and e.signal != "decision":
                return (Piece(tr.gettext(N_("secondary: "))), *out)
            return out
    value = "" if e.value is None else str(e.value)
    return fill(tr.gettext(N_("signal {code}: {v}")), code=e.signal, v=value)


__all__ = ["CHOICE_LABELS", "RULE_LABELS", "Piece", "account_ref", "Sentence", "sentence",
           "text_of", "overruled_class", "probe_reason_text", "PROBE_REASONS"]
