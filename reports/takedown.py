"""The prefilled report text an analyst pastes into a platform's impersonation form.

Plain language, in English or Turkish like the report (``--lang en|tr``). The texts are small
templates kept here (one dict per language) so they can later move into the report's gettext
catalogs (``reports/locale``) without changing what they say. Every value that came from the
web (display names, signal details) is flattened to one line and cut to a sane length: the
text is pasted into a form, never rendered as markup.

Example::

    text = report_text(TakedownCase(platform_title="Instagram", profile_url="https://...",
                                    organization="Northwind Coffee Co."), lang="en")
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LANGUAGES = ("en", "tr")

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Subject: Impersonation of {organization} on {platform}: {profile_url}",
        "hello": "Hello {platform} Trust & Safety team,",
        "who": "I am writing on behalf of {holder}, the owner of the {brand} brand.",
        "claim": "The account {profile_url}{named} is not ours and is not authorised by us, "
                 "but it presents itself as {organization}.",
        "official": "It copies our official {official_platform} account {official_url}"
                    "{official_named}.",
        "why": "Why we believe it impersonates us:",
        "why_others": "What search results and pages that link it show of it (its own page "
                      "could not be read):",
        "captured": "We captured the profile page on {date}; the screenshot, PDF and the page "
                    "as served are attached, with their SHA-256 checksums.",
        "not_captured": "We could not capture the profile page itself: {reason}. The attached "
                        "evidence shows what we could record.",
        "first_seen": "We first saw this account on {date}.",
        "ask": "Please remove the account, or make clear that it is not affiliated with "
               "{organization}. It misleads our customers.",
        "marks": "Our registered trademarks: {marks}.",
        "contact": "You can reach us at {contact}.",
        "bye": "Kind regards,",
        "signature": "{holder}",
        "named": " (shown as \"{name}\")",
        "no_capture": "no capture of the page is stored",
        "cap_login_wall": "{platform} shows a login page instead of the profile to visitors "
                          "who are not signed in",
        "cap_js_shell": "{platform} shows the profile only to browsers that run its scripts",
        "cap_script_only": "{platform} shows the profile only to browsers that run its scripts",
        "cap_js_shell_scripts": "even to a browser running its scripts, {platform} showed no "
                                "profile",
        "cap_not_found": "{platform} answered that there is no such profile: it may have been "
                         "removed or renamed since we saw it",
        "cap_blocked": "{platform} refused our request",
        "cap_rate_limited": "{platform} refused our request",
        "cap_refused": "the page could not be fetched",
        "cap_failed": "the page could not be fetched or rendered",
        "cap_no_browser": "no screenshot could be taken",
    },
    "tr": {
        "subject": "Konu: {platform} üzerinde {organization} taklidi: {profile_url}",
        "hello": "Merhaba {platform} Güven ve Güvenlik ekibi,",
        "who": "{brand} markasının sahibi {holder} adına yazıyorum.",
        "claim": "{profile_url}{named} hesabı bize ait değildir ve tarafımızdan "
                 "yetkilendirilmemiştir, ancak kendisini {organization} olarak tanıtmaktadır.",
        "official": "Taklit ettiği hesap, resmî {official_platform} hesabımız "
                    "{official_url}{official_named}.",
        "why": "Bu hesabın bizi taklit ettiğini düşünmemizin nedenleri (denetim kayıtları):",
        "why_others": "Arama sonuçlarının ve ona bağlantı veren sayfaların ondan gösterdikleri "
                      "(sayfasının kendisi okunamadı):",
        "captured": "Profil sayfasını {date} tarihinde kaydettik; ekran görüntüsü, PDF ve "
                    "sunulduğu hâliyle sayfa, SHA-256 özetleriyle birlikte ektedir.",
        "not_captured": "Profil sayfasının kendisini kaydedemedik: {reason}. Ekteki kanıtlar "
                        "kaydedebildiklerimizi göstermektedir.",
        "first_seen": "Bu hesabı ilk kez {date} tarihinde gördük.",
        "ask": "Lütfen hesabı kaldırın ya da {organization} ile bir bağı olmadığını açıkça "
               "belirtin. Hesap müşterilerimizi yanıltmaktadır.",
        "marks": "Tescilli markalarımız: {marks}.",
        "contact": "Bize {contact} adresinden ulaşabilirsiniz.",
        "bye": "Saygılarımızla,",
        "signature": "{holder}",
        "named": " (\"{name}\" adıyla görünen)",
        "no_capture": "sayfanın kaydı yok",
        "cap_login_wall": "{platform}, oturum açmamış ziyaretçilere profil yerine giriş "
                          "sayfasını gösteriyor",
        "cap_js_shell": "{platform}, profili yalnızca betiklerini çalıştıran tarayıcılara "
                        "gösteriyor",
        "cap_script_only": "{platform}, profili yalnızca betiklerini çalıştıran tarayıcılara "
                           "gösteriyor",
        "cap_js_shell_scripts": "{platform}, betiklerini çalıştıran bir tarayıcıya bile profili "
                                "göstermedi",
        "cap_not_found": "{platform} böyle bir profil olmadığını bildirdi: hesap, biz "
                         "gördükten sonra kaldırılmış ya da adı değiştirilmiş olabilir",
        "cap_blocked": "{platform} isteğimizi reddetti",
        "cap_rate_limited": "{platform} isteğimizi reddetti",
        "cap_refused": "sayfa alınamadı",
        "cap_failed": "sayfa alınamadı ya da görüntülenemedi",
        "cap_no_browser": "ekran görüntüsü alınamadı",
    },
}


def one_line(text: object, limit: int = 300) -> str:
    """Untrusted text as one plain line: control characters and line breaks become spaces."""
    s = "".join(ch if ch.isprintable() else " " for ch in str(text))
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


@dataclass
class TakedownCase:
    """What the report text says; every field optional but the platform and the profile."""

    platform_title: str
    profile_url: str
    organization: str = ""
    display_name: str | None = None
    legal_name: str | None = None
    brand: str | None = None
    contact: str | None = None
    trademarks: tuple[str, ...] = ()
    official_url: str | None = None
    official_name: str | None = None
    official_platform: str | None = None
    reasons: list[str] = field(default_factory=list)  # plain words, one per signal
    #: what others show of it (a search result, a page that links it) when its own page was
    #: hidden: plain words, one per signal, under their own heading
    others: list[str] = field(default_factory=list)
    captured_at: str | None = None  # None: not captured
    not_captured: str | None = None  # why, in plain words (English: the capture's own reason)
    #: the capture's state (login_wall, js_shell, not_found ...): the text says why in the
    #: reader's language, without the tool's own advice; None with no capture stored
    capture_state: str | None = None
    first_seen: str | None = None


def _why_not_captured(case: TakedownCase, t: dict[str, str], values: dict[str, str]) -> str:
    """Why the page itself is not attached, for the platform's reader: in the text's language,
    never the tool's own advice ("brandsweep evidence --recapture ...")."""
    if case.capture_state == "none":
        return t["no_capture"]
    known = t.get(f"cap_{case.capture_state}") if case.capture_state else None
    if known:
        return known.format(**values)
    return one_line(case.not_captured) if case.not_captured else t["cap_failed"]


def report_text(case: TakedownCase, lang: str = "en") -> str:
    """The text to paste into the platform's form (or the e-mail's body), ending in a newline."""
    t = _TEXTS[lang if lang in _TEXTS else "en"]
    holder = one_line(case.legal_name or case.organization or "the rights holder")
    org = one_line(case.organization or holder)
    values = {
        "platform": one_line(case.platform_title),
        "profile_url": one_line(case.profile_url, 500),
        "organization": org,
        "holder": holder,
        "brand": one_line(case.brand or org),
        "named": t["named"].format(name=one_line(case.display_name, 120))
        if case.display_name else "",
    }
    lines = [t["subject"].format(**values), "", t["hello"].format(**values), "",
             t["who"].format(**values), t["claim"].format(**values)]
    if case.official_url:
        official_named = t["named"].format(name=one_line(case.official_name, 120)) \
            if case.official_name else ""
        lines.append(t["official"].format(
            official_url=one_line(case.official_url, 500), official_named=official_named,
            official_platform=one_line(case.official_platform or case.platform_title)))
    if case.reasons:
        lines += ["", t["why"]]
        lines += [f"- {one_line(r)}" for r in case.reasons]
    if case.others:
        lines += ["", t["why_others"]]
        lines += [f"- {one_line(r)}" for r in case.others]
    lines.append("")
    if case.captured_at:
        lines.append(t["captured"].format(date=one_line(case.captured_at, 40)))
    elif case.not_captured or case.capture_state:
        lines.append(t["not_captured"].format(reason=_why_not_captured(case, t, values)))
    if case.first_seen:
        lines.append(t["first_seen"].format(date=one_line(case.first_seen, 40)))
    lines += ["", t["ask"].format(**values)]
    if case.trademarks:
        lines.append(t["marks"].format(marks="; ".join(one_line(m, 120) for m in
                                                       case.trademarks)))
    if case.contact:
        lines.append(t["contact"].format(contact=one_line(case.contact, 200)))
    lines += ["", t["bye"], t["signature"].format(**values)]
    # "Northwind Coffee Co." ending a sentence: one full stop, not two
    return re.sub(r"(?<!\.)\.\.(?=\s|$)", ".", "\n".join(lines)) + "\n"


__all__ = ["LANGUAGES", "TakedownCase", "one_line", "report_text"]
