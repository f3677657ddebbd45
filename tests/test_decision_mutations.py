"""Mutation tests of the decision table (#11, #13): one profile, one change, the class follows.

Each pair differs in exactly the evidence a rule reads: an own account with and without a
lookalike link, an employee page with and without scam wording, a walled page with and
without secondary evidence, an existence-only profile with and without a scam bio. A rule that
reads resemblance instead of evidence fails one side of its pair.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from matching.classify import classify
from matching.config import DEFAULT_CONFIG
from matching.decide import RULES, Signals, decide
from matching.models import (
    Brand,
    Department,
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
    Via,
)
from matching.profile_signals import data_request, job_fee, page_asks
from matching.signals import disowned_by_official_site
from matching.signals import scam_wording as sig_scam_wording
from tests.builders import (
    QUILLMARK_LOGO,
    QUILLMARK_MARKETING,
    QUILLMARK_URL,
    one_brand_inventory,
    profile,
    quillmark_facebook,
    quillmark_instagram,
    quillmark_inventory,
)

NOW = "2026-11-20T12:00:00+00:00"
LOGO = QUILLMARK_LOGO
SITE = QUILLMARK_URL
LOOKALIKE = "https://quillmark-rewards.com/claim"

INV = quillmark_inventory(("instagram", "facebook", "x", "linkedin"),
                          accounts=QUILLMARK_MARKETING,
                          departments=("Marketing", "Kundendienst", "People"))

OFFICIAL = [quillmark_instagram(), quillmark_facebook()]


def obs(platform: str, handle: str, state: ProbeState = ProbeState.FOUND,
        sightings: tuple[Sighting, ...] = (), **fields) -> ProfileObservation:  # type: ignore[no-untyped-def]
    return ProfileObservation(platform, handle.lower(), f"https://{platform}.test/{handle}",
                              state, reason="login_wall" if state != ProbeState.FOUND else None,
                              fields=ProfileFields(**fields), sightings=sightings)


def classify_one(o: ProfileObservation, pages: tuple[LinkedPage, ...] = ()) -> Finding:
    findings = classify(INV, [*OFFICIAL, o], pages, now=NOW)
    return next(f for f in findings if f.key == (o.platform, o.handle))


def signals_of(f: Finding) -> set[str]:
    return {e.signal for e in f.evidence}


# ----------------------------------------------------------------------------- own account


OWN_NEWS = obs(
    "instagram", "quillmark.news", display_name="Quillmark Papier News",
    bio="Neuigkeiten und Presse von Quillmark Papier.", avatar_phash=LOGO, posts=12,
    external_links=(SITE + "presse",), created_at="2016-03-01", last_active_at="2019-05-01",
)


def test_own_account_without_a_lookalike_link_is_the_companys() -> None:
    f = classify_one(OWN_NEWS)
    assert f.cls == FindingClass.REDUNDANT, f  # a second, dormant Instagram account
    assert f.severity is None
    assert signals_of(f) & {"company_resources", "own_channel"}
    assert signals_of(f) >= {"duplicate_account", "dormant"}


def test_the_same_own_account_on_a_platform_without_one_is_official_unlisted() -> None:
    f = classify_one(replace(OWN_NEWS, platform="x", fields=replace(
        OWN_NEWS.fields, last_active_at="2026-11-01")))
    assert f.cls == FindingClass.OFFICIAL_UNLISTED, f


def test_own_account_with_a_lookalike_link_is_an_impostor() -> None:
    mutant = replace(OWN_NEWS, fields=replace(
        OWN_NEWS.fields, external_links=(SITE, LOOKALIKE)))
    f = classify_one(mutant)
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "lookalike_link" in signals_of(f)


# ----------------------------------------------------------------------------- employee

EMPLOYEE = obs(
    "x", "lenaquill", display_name="Lena Brandt",
    bio="Packaging engineer at Quillmark Papier. Opinions my own.", posts=800,
    followers=300, created_at="2015-01-01", last_active_at="2026-11-19",
)


def test_employee_page_without_scam_wording_is_a_personal_account() -> None:
    f = classify_one(EMPLOYEE)
    assert f.cls == FindingClass.UNRELATED, f
    assert f.evidence[0].signal == "decision"
    assert f.evidence[0].detail.startswith("a personal account of an employee"), f.evidence[0]


def test_employee_page_with_scam_wording_is_an_impostor() -> None:
    mutant = replace(EMPLOYEE, fields=replace(
        EMPLOYEE.fields,
        bio="Kundendienst at Quillmark Papier. Refund problems? DM me your order number."))
    f = classify_one(mutant)
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "scam_wording" in signals_of(f)


def test_a_person_named_display_name_with_the_brand_in_the_handle_is_no_impostor() -> None:
    namesake = obs("instagram", "quillmark_models", display_name="Quillmark Models",
                   bio="RC gliders and paper planes, built in my garage.", posts=40,
                   external_links=("https://paperplanes.example.org/",))
    assert classify_one(namesake).cls == FindingClass.UNRELATED


# ----------------------------------------------------------------------------- walled page

SEARCH = Sighting(
    "facebook", "quillmarkgewinnspiel", Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
    "quillmark", "https://facebook.test/quillmarkgewinnspiel",
    title="Quillmark Papier Gewinnspiel | Facebook",
    snippet="Gewinnspiel! Gewinne ein Jahr Papier gratis. Jetzt teilnehmen.",
)
PROMO = Sighting("facebook", "quillmarkgewinnspiel", Via.LINKED_PAGE,
                 "https://quillmark-rewards.com/", url="https://facebook.test/quillmarkgewinnspiel")


def test_walled_page_with_secondary_evidence_is_an_impostor_labelled_secondary() -> None:
    f = classify_one(obs("facebook", "quillmarkgewinnspiel", ProbeState.UNVERIFIABLE,
                         sightings=(SEARCH, PROMO)))
    assert f.cls == FindingClass.IMPOSTOR and f.severity is not None, f
    assert f.evidence[0].signal == "decision"
    assert f.evidence[0].detail.startswith("secondary: ")
    resting = [e for e in f.evidence
               if e.signal in ("scam_wording", "promoted_by_lookalike", "display_name_similarity",
                               "search_result")]
    assert {e.signal for e in resting} >= {"scam_wording", "promoted_by_lookalike"}
    for e in resting:
        assert e.detail.startswith("secondary: "), e


def test_walled_page_without_secondary_evidence_is_unverified() -> None:
    f = classify_one(obs("facebook", "quillmarkgewinnspiel", ProbeState.UNVERIFIABLE))
    assert f.cls == FindingClass.UNVERIFIED and f.severity is None, f
    # one sign alone (the lure word in the handle) is not enough either
    plain = replace(SEARCH, snippet="Papier, Hefte und Notizbücher aus Hamburg.",
                    title="Quillmark Papier | Facebook")
    g = classify_one(obs("facebook", "quillmarkgewinnspiel", ProbeState.UNVERIFIABLE,
                         sightings=(plain,)))
    assert g.cls == FindingClass.UNVERIFIED, g


# ----------------------------------------------------------------------------- existence only


def test_existence_only_profile_without_anything_else_is_handle_taken() -> None:
    f = classify_one(obs("x", "quillmarkpapier_"))
    assert f.cls == FindingClass.UNVERIFIED and f.severity is None, f
    assert f.evidence[0].detail.startswith("handle taken: check by hand")
    assert "impostor" not in {f.cls.value}


def test_existence_only_profile_with_a_scam_bio_is_an_impostor() -> None:
    f = classify_one(obs("x", "quillmarkpapier_", bio="Gewinnspiel! DM us to claim your prize."))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "scam_wording" in signals_of(f)


# ----------------------------------------------------------------------------- the table itself


def test_resemblance_alone_is_never_a_high_severity_impostor() -> None:
    squat = obs("instagram", "quillmarkpapier.de", display_name="Quillmark Papier", posts=0)
    f = classify_one(squat)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.LOW, f
    assert "candidate to check" in f.evidence[0].detail


@pytest.mark.parametrize("harm", [(), ("x",)])
def test_own_evidence_wins_over_resemblance(harm: tuple[str, ...]) -> None:
    from matching.models import Evidence

    proof = Evidence("official_site_link", SITE, "linked from the official website")
    s = Signals(about_us=True, poses=True, own=proof,
                harm=tuple(Evidence("scam_wording", h, h) for h in harm))
    assert decide(s, DEFAULT_CONFIG).cls == FindingClass.OFFICIAL_UNLISTED


def test_every_rule_is_reachable_and_named() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert names.index("own, not listed") < names.index("impostor: deception or harm")
    assert names.index("impostor: deception or harm") < names.index("fan")
    assert names.index("personal account") < names.index("resemblance only")


def test_own_support_channel_that_says_dm_us_is_still_the_companys() -> None:
    """Words a help desk uses ("DM us", "Kundendienst", "free") do not unmake an own channel;
    a request for card details does."""
    care = obs("x", "quillmarkhilfe", display_name="Quillmark Papier Kundendienst",
               bio="Kundendienst von Quillmark Papier. Fragen? DM us, Mo-Fr 9-17 Uhr.",
               avatar_phash=LOGO, posts=2000, external_links=(SITE + "kontakt",),
               created_at="2014-01-01", last_active_at="2026-11-19")
    assert classify_one(care).cls == FindingClass.OFFICIAL_UNLISTED
    phish = replace(care, fields=replace(
        care.fields, bio="Kundendienst von Quillmark. DM us your card details for a refund."))
    assert classify_one(phish).cls == FindingClass.IMPOSTOR


def test_a_javascript_shell_read_from_its_search_result_is_secondary_evidence() -> None:
    """X shows a crawler nothing; what its search result says is secondary, and says so."""
    hit = Sighting("x", "quillmarkgewinnspiel", Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "quillmark", "https://x.test/quillmarkgewinnspiel",
                   title="Quillmark Papier (@QuillmarkGewinnspiel) / X",
                   snippet="Gewinnspiel! Claim your prize at https://quillmark-rewards.com/")
    f = classify_one(obs("x", "quillmarkgewinnspiel", sightings=(hit,)))
    assert f.cls == FindingClass.IMPOSTOR, f
    for e in f.evidence:
        if e.signal in ("scam_wording", "lookalike_link", "display_name_similarity"):
            assert e.detail.startswith("secondary: from a web search result: "), e


# ----------------------------------------------------------------------------- namesake's site

GRILL_SITE = "https://www.quillmarkgrill.de/"
GRILL = obs("facebook", "quillmarkgrill", display_name="Quillmark Grill Hamburg",
            bio="Currywurst am Hafen seit 1986. Mo-Sa 11-20 Uhr.", posts=300, followers=1400,
            external_links=(GRILL_SITE,), created_at="2013-07-07", last_active_at="2026-11-19")


def grill_page(title: str | None = "Quillmark Grill", refused: str | None = None) -> LinkedPage:
    return LinkedPage(GRILL_SITE, "facebook", "quillmarkgrill", final_url=GRILL_SITE,
                      http_status=None if refused else 200, title=title, refused=refused)


def test_a_namesakes_own_site_that_contains_the_brand_word_is_no_lookalike() -> None:
    """``quillmarkgrill.de`` contains the official name, but its page names itself as its
    domain does ("Quillmark Grill"), not as the company: a namesake's own site."""
    f = classify_one(GRILL, (grill_page(),))
    assert f.cls == FindingClass.UNRELATED, f
    assert "namesake" in signals_of(f)
    assert not signals_of(f) & {"lookalike_link", "lookalike_page"}


def test_unread_the_site_named_as_the_profile_is_its_own() -> None:
    """The page could not be read: the grill's site carries the grill's own name."""
    f = classify_one(GRILL, (grill_page(None, refused="fetch failed: timeout"),))
    assert f.cls == FindingClass.UNRELATED, f
    assert "namesake" in signals_of(f)


@pytest.mark.parametrize("mutation", ["brand title", "scam title", "logo", "brand name",
                                      "lure name", "scam bio"])
def test_the_same_site_posing_as_the_company_is_a_lookalike(mutation: str) -> None:
    o, pages = GRILL, (grill_page(),)
    unread = (grill_page(None, refused="fetch failed: timeout"),)
    if mutation == "brand title":
        pages = (grill_page("Quillmark Grill – ein Angebot von Quillmark Papier"),)
    elif mutation == "scam title":
        pages = (grill_page("Quillmark Grill Gewinnspiel: claim your prize"),)
    elif mutation == "logo":
        o = replace(GRILL, fields=replace(GRILL.fields, avatar_phash=LOGO))
    elif mutation == "brand name":  # unread site, profile named as the company itself
        o, pages = replace(GRILL, handle="quillmark", fields=replace(
            GRILL.fields, display_name="Quillmark Papier")), unread
        o = replace(o, fields=replace(o.fields, external_links=("https://www.quillmark.shop/",)))
    elif mutation == "lure name":
        o, pages = replace(GRILL, fields=replace(
            GRILL.fields, display_name="Quillmark Grill Gewinnspiel")), unread
    else:
        o, pages = replace(GRILL, fields=replace(
            GRILL.fields, bio="Gewinnspiel! Gewinne ein Jahr Papier gratis.")), unread
    f = classify_one(o, pages)
    assert f.cls == FindingClass.IMPOSTOR, (mutation, f)
    assert "namesake" not in signals_of(f)
    assert signals_of(f) & {"lookalike_link", "lookalike_page"}


# ----------------------------------------------------------------------------- blank page


def blank_page(handle: str, source: str) -> ProfileObservation:
    """A JavaScript shell (found, nothing readable) that only a linking page speaks for."""
    return obs("tiktok", handle, sightings=(
        Sighting("tiktok", handle, Via.LINKED_PAGE, source, url=f"https://tiktok.test/{handle}"),))


def test_a_blank_page_linked_from_a_lookalike_alone_is_handle_taken() -> None:
    f = classify_one(blank_page("quillmarkfest", "https://www.quillmarkfest-hamburg.de/"))
    assert f.cls == FindingClass.UNVERIFIED and f.severity is None, f
    assert f.evidence[0].detail.startswith("handle taken: check by hand")


def test_a_blank_page_with_two_secondary_signs_is_an_impostor_labelled_secondary() -> None:
    f = classify_one(blank_page("quillmarkgewinnspiel", "https://quillmark-rewards.com/"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    assert f.evidence[0].detail.startswith("secondary: ")
    promo = [e for e in f.evidence if e.signal == "promoted_by_lookalike"]
    assert promo and promo[0].detail.startswith("secondary: "), f.evidence


# ----------------------------------------------------------------------------- help desk


CARE = obs("instagram", "quillmark.kundenservice", display_name="Quillmark Papier",
           bio="Quillmark Papier. Fragen zu Ihrer Bestellung? Wir helfen.", avatar_phash=LOGO,
           posts=400, external_links=(SITE + "kontakt",), created_at="2020-01-01",
           last_active_at="2026-11-19")


@pytest.mark.parametrize("words", [
    "Kundenservice", "Customer service", "Service client", "Atención al cliente",
    "Müşteri hizmetleri", "Servizio clienti", "Atendimento", "Klantenservice",
    # a security team's scam warnings: a purpose of its own too
    "Segurança", "Sicherheit", "Sécurité", "Güvenlik", "Security", "Service",
])
def test_an_own_help_desk_next_to_the_marketing_account_is_no_duplicate(words: str) -> None:
    """Customer service or security warnings, in any of the languages the word lists speak,
    is a department of its own: not a second marketing account. Without those words it
    duplicates the declared one."""
    care = replace(CARE, handle="quillmark.hilfe", fields=replace(
        CARE.fields, display_name=f"Quillmark Papier {words}"))
    f = classify_one(care)
    assert f.cls == FindingClass.OFFICIAL_UNLISTED, (words, f)
    plain = replace(care, handle="quillmark.papier2", fields=replace(
        care.fields, display_name="Quillmark Papier"))
    g = classify_one(plain)
    assert g.cls == FindingClass.REDUNDANT and "duplicate_account" in signals_of(g), g


# ----------------------------------------------------------------------------- data requests


@pytest.mark.parametrize("ask", [
    "Confirm your card to receive your box (0 EUR charged).",
    "Confirmez votre carte bancaire pour recevoir votre coffret.",
    "Confirma tu tarjeta para recibir tu regalo.",
    "Bestätigen Sie Ihre Karte, um Ihr Paket zu erhalten.",
    "Conferma la tua carta per ricevere il premio.",
    "Confirme seu cartão para receber o brinde.",
    "Bevestig je bankpas om je pakket te ontvangen.",
    "Hediyenizi almak için kartınızı onaylayın.",
    "Payment by bank transfer only. Total clearance.",
    "Paiement par virement uniquement.",
    "Pago solo por transferencia.",
    "Zahlung nur per Vorkasse, 49 €.",
])
def test_a_walled_page_asking_for_a_card_or_a_transfer_is_an_impostor(ask: str) -> None:
    """The search result of a walled page asks for a card or for payment by bank transfer
    only (each language): enough secondary evidence. Said as a warning, it is none."""
    hit = replace(SEARCH, handle="quillmarkpapier.fr", url="https://facebook.test/quillmarkpapier.fr",
                  title="Quillmark Papier | Facebook", snippet=ask)
    f = classify_one(obs("facebook", "quillmarkpapier.fr", ProbeState.UNVERIFIABLE,
                         sightings=(hit,)))
    assert f.cls == FindingClass.IMPOSTOR, (ask, f)
    assert f.evidence[0].detail.startswith("secondary: ")


def test_a_walled_page_that_warns_against_card_requests_stays_unverified() -> None:
    hit = replace(SEARCH, handle="quillmarkpapier.fr", url="https://facebook.test/quillmarkpapier.fr",
                  title="Quillmark Papier | Facebook",
                  snippet="Nous ne vous demanderons jamais de confirmer votre carte bancaire.")
    f = classify_one(obs("facebook", "quillmarkpapier.fr", ProbeState.UNVERIFIABLE,
                         sightings=(hit,)))
    assert f.cls == FindingClass.UNVERIFIED, f


# ----------------------------------------------------------------------------- hobbyist

HOBBY = obs("instagram", "quillmark_models", display_name="Quillmark Models",
            bio="RC gliders and paper planes, built in my garage.", posts=40,
            external_links=("https://paperplanes.example.org/",))


def test_a_namesake_hobbyist_without_a_request_for_money_is_unrelated() -> None:
    assert classify_one(HOBBY).cls == FindingClass.UNRELATED


def test_the_hobbyist_asking_for_card_details_in_the_brands_name_is_an_impostor() -> None:
    mutant = replace(HOBBY, fields=replace(
        HOBBY.fields, bio="Quillmark Papier refunds: send your card number by DM."))
    f = classify_one(mutant)
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "scam_wording" in signals_of(f)


# ----------------------------------------------------------------------------- someone else


@pytest.mark.parametrize("name", ["Luca Quillmark", "Quillmark Quartet", "Paolo G."])
def test_a_handle_that_is_the_brand_under_someone_elses_name_is_a_namesake(name: str) -> None:
    """The handle is the brand's word, the name is someone else's: no pose, no impostor.
    Named as the brand itself, the same profile is a candidate to check (impostor, low)."""
    o = obs("github", "quillmark", display_name=name, bio="Backend developer. Go and Rust.",
            posts=31, created_at="2015-05-05", last_active_at="2026-11-01")
    assert classify_one(o).cls == FindingClass.UNRELATED, name
    posing = replace(o, fields=replace(o.fields, display_name="Quillmark Papier"))
    f = classify_one(posing)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.LOW, f


def test_a_students_project_named_like_the_brand_is_a_personal_account() -> None:
    o = obs("github", "quillmarkpapier", display_name="quillmarkpapier",
            bio="Tugas akhir: demo toko kertas (proyek kuliah)", posts=3,
            created_at="2019-05-05", last_active_at="2020-07-07")
    f = classify_one(o)
    assert f.cls == FindingClass.UNRELATED, f
    assert f.evidence[0].detail.startswith("a personal project"), f.evidence[0]
    # without the project's words, wearing the logo: a candidate to check (the name alone on
    # a page with a description of its own is a namesake: see the "life of its own" tests)
    plain = replace(o, fields=replace(o.fields, bio="Demo toko kertas", avatar_phash=LOGO))
    assert classify_one(plain).cls == FindingClass.IMPOSTOR


# ----------------------------------------------------------------------------- press office


def test_a_press_handle_glued_to_the_brand_is_a_department_of_its_own() -> None:
    """An own X account the site links, existence only, handle ``quillmarkpresse``: the press
    office is no duplicate of the declared marketing account; ``quillmark2`` is."""
    inv = replace(INV, brands=(replace(INV.brands[0], accounts=(
        *INV.brands[0].accounts, OfficialAccount("x", "quillmarkpapier", "Quillmark Papier",
                                                 "Kundendienst"))),))
    site = Sighting("x", "quillmarkpresse", Via.OFFICIAL_SITE, SITE + "presse",
                    url="https://x.test/quillmarkpresse")

    def one(handle: str, page: str = "presse") -> Finding:
        o = obs("x", handle, sightings=(replace(site, handle=handle, source=SITE + page),))
        declared = ProfileObservation("x", "quillmarkpapier", "https://x.test/quillmarkpapier",
                                      ProbeState.FOUND)
        found = classify(inv, [*OFFICIAL, declared, o], (), now=NOW)
        return next(f for f in found if f.key == (o.platform, o.handle))

    assert one("quillmarkpresse").cls == FindingClass.OFFICIAL_UNLISTED
    # the site's home page names no purpose (its press page would: see below)
    g = one("quillmark2", page="")
    assert g.cls == FindingClass.REDUNDANT and "duplicate_account" in signals_of(g), g


# ----------------------------------------------------------------------------- other scripts


@pytest.mark.parametrize(("warning", "request_"), [
    ("暗証番号をお伺いすることはありません。",
     "当選しました！カード情報と暗証番号をDMで送ってください。"),
    ("비밀번호를 절대 묻지 않습니다.", "이벤트 당첨! 카드번호와 인증번호를 보내주세요."),
    ("我们不会索要您的验证码。", "恭喜中奖！请发送银行卡号和验证码领取奖品。"),
    ("Мы никогда не просим номер карты.", "Розыгрыш! Пришлите номер карты и код из смс."),
])
def test_an_own_help_desk_warning_in_another_script_stays_the_companys(
        warning: str, request_: str) -> None:
    """The same own help desk: a warning against data requests (said in Japanese, Korean,
    Chinese, Russian) leaves it the company's; the request itself makes it an impostor."""
    care = replace(CARE, handle="quillmark.help", fields=replace(
        CARE.fields, display_name="Quillmark Papier", bio=f"Quillmark Papier. {warning}"))
    assert classify_one(care).cls == FindingClass.OFFICIAL_UNLISTED, warning
    phish = replace(care, fields=replace(care.fields, bio=f"Quillmark Papier. {request_}"))
    f = classify_one(phish)
    assert f.cls == FindingClass.IMPOSTOR, (request_, f)
    assert "scam_wording" in signals_of(f)


@pytest.mark.parametrize("bio", [
    "Работаю в Quillmark Papier. Мнение личное.",
    "Quillmark Papierで働いています。個人の見解です。",
    "Pracuję w Quillmark Papier, prywatne konto.",
    "Bekerja di Quillmark Papier. Pendapat pribadi.",
])
def test_an_employee_in_any_language_is_a_personal_account(bio: str) -> None:
    o = obs("x", "lenaquill", display_name="Lena Brandt", bio=bio, posts=800,
            created_at="2015-01-01", last_active_at="2026-11-19")
    f = classify_one(o)
    assert f.cls == FindingClass.UNRELATED, (bio, f)
    assert f.evidence[0].detail.startswith("a personal account"), f.evidence[0]


@pytest.mark.parametrize("fan", ["非公式ファンアカウント", "비공식 팬페이지",
                                 "Неофициальный фан-клуб", "Nieoficjalny fanpage",
                                 "Bukan akun resmi", "Không chính thức"])
def test_fan_wording_in_any_language_makes_a_fan(fan: str) -> None:
    o = obs("instagram", "quillmark.fans.world", display_name="Quillmark Papier",
            bio=f"{fan} — Quillmark Papier", posts=200, created_at="2019-01-01",
            last_active_at="2026-11-01")
    assert classify_one(o).cls == FindingClass.FAN, fan
    plain = replace(o, fields=replace(o.fields, bio="Quillmark Papier"))
    assert classify_one(plain).cls == FindingClass.IMPOSTOR  # resemblance only: a candidate


# ----------------------------------------------------------------------------- look-alikes


def test_a_blank_handle_spelled_with_look_alike_letters_is_an_impostor() -> None:
    """X shows nothing, but the handle itself is read: 'quiIlmarkpapier' (capital I for l)
    spells the brand with look-alike letters. The plain spelling is only a taken handle."""
    f = classify_one(obs("x", "quiIlmarkpapier"))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "homoglyphs" in signals_of(f)
    g = classify_one(obs("x", "quillmarkpapier_"))
    assert g.cls == FindingClass.UNVERIFIED, g


def test_a_word_in_its_own_script_is_no_disguise() -> None:
    """'Φίλοι της Quillmark Papier' (friends of, in Greek) is a Greek phrase, not Greek
    letters passed off as Latin ones; 'Quillmаrk Papier' with a Cyrillic 'а' is."""
    o = obs("facebook", "quillmarkpapierfans", display_name="Φίλοι της Quillmark Papier",
            bio="Φίλοι της Quillmark Papier. Fan page, not official.", posts=300,
            created_at="2018-01-01", last_active_at="2026-11-01")
    f = classify_one(o)
    assert f.cls == FindingClass.FAN and "homoglyphs" not in signals_of(f), f
    mixed = replace(o, fields=replace(o.fields, display_name="Quillmаrk Papier"))
    g = classify_one(mixed)
    assert "homoglyphs" in signals_of(g) and g.cls == FindingClass.IMPOSTOR, g


@pytest.mark.parametrize("name", ["Quillmark Papier Agents", "Quillmark Papier Mombasa Desk"])
def test_a_help_desk_or_agents_account_of_ours_is_no_duplicate(name: str) -> None:
    care = replace(CARE, handle="quillmark.region", fields=replace(CARE.fields,
                                                                   display_name=name))
    assert classify_one(care).cls == FindingClass.OFFICIAL_UNLISTED, name
    asleep = replace(care, fields=replace(care.fields, last_active_at="2021-01-01"))
    f = classify_one(asleep)
    assert f.cls == FindingClass.REDUNDANT and "dormant" in signals_of(f), f


# ----------------------------------------------------------------------------- money asked up front


@pytest.mark.parametrize("ask", [
    "Anniversary LIVE: send 0.1 ETH to the address and get double back.",
    "AO VIVO: envie 0,01 BTC e receba 0,02 BTC de volta.",
    "Magazijnuitverkoop: betaal vooraf € 25 via de link, levering in 3 dagen.",
    "Empréstimo pré-aprovado: pague a taxa de liberação via PIX e receba hoje.",
    "Para desbloquear sua conta mande DM com CPF e o código recebido por SMS.",
    "Per i rimborsi invia in DM il tuo numero di telefono e il codice ricevuto via SMS.",
    "Hediye çekiniz için formu doldurun, kargo ücretini kartla ödeyin.",
])
def test_a_walled_page_asking_for_money_up_front_or_a_code_is_an_impostor(ask: str) -> None:
    """Crypto to send "and get double back", a fee to pay first, an SMS code, a phone or
    national identity number: a request, in any language, weighs like a card request."""
    hit = replace(SEARCH, handle="quillmarkpapier.fr", url="https://facebook.test/quillmarkpapier.fr",
                  title="Quillmark Papier | Facebook", snippet=ask)
    f = classify_one(obs("facebook", "quillmarkpapier.fr", ProbeState.UNVERIFIABLE,
                         sightings=(hit,)))
    assert f.cls == FindingClass.IMPOSTOR, (ask, f)
    assert f.evidence[0].detail.startswith("secondary: ")
    plain = replace(hit, snippet="Papier, Hefte und Notizbücher aus Hamburg.")
    g = classify_one(obs("facebook", "quillmarkpapier.fr", ProbeState.UNVERIFIABLE,
                         sightings=(plain,)))
    assert g.cls == FindingClass.UNVERIFIED, g


def test_a_warning_against_sms_codes_and_fees_is_no_request() -> None:
    hit = replace(SEARCH, handle="quillmarkpapier.fr", url="https://facebook.test/quillmarkpapier.fr",
                  title="Quillmark Papier | Facebook",
                  snippet="Lembre: nunca pedimos CPF, código recebido por SMS ou taxa.")
    f = classify_one(obs("facebook", "quillmarkpapier.fr", ProbeState.UNVERIFIABLE,
                         sightings=(hit,)))
    assert f.cls == FindingClass.UNVERIFIED, f


def test_a_job_page_asking_a_registration_fee_linked_from_a_lookalike_is_an_impostor() -> None:
    """A fee noun in the search result and a lookalike site linking the page: two signs."""
    hit = replace(SEARCH, handle="quillmark-vagas", url="https://linkedin.test/quillmark-vagas",
                  title="Quillmark Vagas | LinkedIn",
                  snippet="Vagas home office na Quillmark. Taxa de cadastro de R$ 79 via PIX.")
    promo = Sighting("linkedin", "quillmark-vagas", Via.LINKED_PAGE,
                     "https://quillmark-vagas.com/", url="https://linkedin.test/quillmark-vagas")
    f = classify_one(obs("linkedin", "quillmark-vagas", ProbeState.UNVERIFIABLE,
                         sightings=(hit, promo)))
    assert f.cls == FindingClass.IMPOSTOR, f
    g = classify_one(obs("linkedin", "quillmark-vagas", ProbeState.UNVERIFIABLE,
                         sightings=(replace(hit, snippet="Vagas na Quillmark Papier."), promo)))
    assert g.cls == FindingClass.UNVERIFIED, g


# ----------------------------------------------------------------------------- official, unproven


def test_a_walled_page_whose_handle_claims_to_be_official_needs_a_second_sign() -> None:
    """'official' in the handle of a page nothing official links to is one sign; a lookalike
    site linking it is the second."""
    promo = Sighting("instagram", "quillmarkpapier.official", Via.LINKED_PAGE,
                     "https://quillmark-rewards.com/",
                     url="https://instagram.test/quillmarkpapier.official")
    f = classify_one(obs("instagram", "quillmarkpapier.official", ProbeState.UNVERIFIABLE,
                         sightings=(promo,)))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "claims to be official" in f.evidence[0].detail
    g = classify_one(obs("instagram", "quillmarkpapier.official", ProbeState.UNVERIFIABLE))
    assert g.cls == FindingClass.UNVERIFIED, g


SKY = obs("bluesky", "quillmark-offiziell.bsky.social", display_name="Quillmark Papier (offiziell)",
          bio="Der offizielle Account von Quillmark Papier. quillmark.de", avatar_phash=LOGO,
          posts=5, created_at="2026-09-25", last_active_at="2026-11-10")


def test_an_official_claim_on_bluesky_without_the_domain_handle_is_an_impostor() -> None:
    """On Bluesky a company proves its account with its domain as the handle: logo, the
    official domain in the bio and "offiziell" under a shared-suffix handle prove nothing."""
    f = classify_one(SKY)
    assert f.cls == FindingClass.IMPOSTOR and f.severity != Severity.LOW, f
    assert "unproven_claim" in signals_of(f)
    own = classify_one(replace(SKY, handle="quillmark.de"))
    assert own.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), own
    linked = replace(SKY, sightings=(Sighting("bluesky", SKY.handle, Via.OFFICIAL_SITE, SITE,
                                              url=SKY.url),))
    assert classify_one(linked).cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)


def test_a_search_result_naming_the_official_domain_and_inviting_dms_is_no_proof() -> None:
    """X shows only its search result: the brand's name and the official domain make a
    likely own account; the same text inviting people into DMs ("chama na DM") does not."""
    hit = Sighting("x", "quillmarkpapier", Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "quillmark", "https://x.test/quillmarkpapier",
                   title="Quillmark Papier (@QuillmarkPapier) / X",
                   snippet="Papier für Geschäftskunden. quillmark.de")
    f = classify_one(obs("x", "quillmarkpapier", sightings=(hit,)))
    assert f.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), f
    for dm in ("Conta PJ digital, chama na DM. quillmark.de",
               "Papier für Geschäftskunden. We reply to DMs 24/7. quillmark.de"):
        g = classify_one(obs("x", "quillmarkpapier", sightings=(replace(hit, snippet=dm),)))
        assert g.cls == FindingClass.IMPOSTOR, (dm, g)


# ----------------------------------------------------------------------------- same name, own life

NAMESAKE_REPO = obs("github", "quillmarkpapier", display_name="quillmarkpapier",
                    bio="A tiny static site generator in Go.", avatar_phash="0f0f0f0f0f0f0f0f",
                    posts=12, followers=150, created_at="2016-01-01",
                    last_active_at="2026-07-07")


def test_a_project_that_shares_the_brands_word_is_a_namesake() -> None:
    f = classify_one(NAMESAKE_REPO)
    assert f.cls == FindingClass.UNRELATED, f
    assert f.evidence[0].detail.startswith("a namesake"), f.evidence[0]


@pytest.mark.parametrize("mutation", ["logo", "claim", "empty", "full name"])
def test_the_same_name_with_anything_of_the_company_stays_a_candidate(mutation: str) -> None:
    fields = {
        "logo": {"avatar_phash": LOGO},
        "claim": {"bio": "Official account of Quillmark."},
        "empty": {"bio": None, "posts": 0},
        "full name": {"display_name": "Quillmark Papier"},
    }[mutation]
    f = classify_one(replace(NAMESAKE_REPO, fields=replace(NAMESAKE_REPO.fields, **fields)))
    assert f.cls == FindingClass.IMPOSTOR, (mutation, f)


def test_a_channel_without_link_fields_writes_its_site_in_the_description() -> None:
    """Telegram channels have no link field: the official domain in the description, with the
    logo and nothing to gain, makes the company's own; a lookalike there makes an impostor."""
    chan = obs("telegram", "quillmarkkanal", display_name="Quillmark Papier",
               bio="Neuigkeiten von Quillmark. quillmark.de", avatar_phash=LOGO, followers=900,
               created_at="2019-01-01", last_active_at="2022-03-01")
    f = classify_one(chan)
    assert f.cls in (FindingClass.REDUNDANT, FindingClass.OFFICIAL_UNLISTED), f
    scam = replace(chan, fields=replace(chan.fields,
                                        bio="Neuigkeiten von Quillmark. quillmark-rewards.com"))
    assert classify_one(scam).cls == FindingClass.IMPOSTOR


# ----------------------------------------------------------------------------- investments, jobs


@pytest.mark.parametrize("bio", [
    "Quillmark Papier Invest: 30% weekly returns, guaranteed. Cash in to our agent to start.",
    "Invista em papel Quillmark: retorno garantido de 18% ao ano.",
    "Invierte con Quillmark: rentabilidad garantizada.",
    "Quillmark Anlage: garantierte Rendite von 12 %.",
    "Investi con Quillmark: rendimento garantito.",
    "Quillmark yatırım: garantili getiri.",
])
def test_guaranteed_returns_in_the_brands_name_make_an_impostor(bio: str) -> None:
    """The same channel, with and without returns promised in advance."""
    o = obs("telegram", "quillmark_invest", display_name="Quillmark Papier Invest", bio=bio,
            followers=500, created_at="2026-06-01", last_active_at="2026-11-19")
    f = classify_one(o)
    assert f.cls == FindingClass.IMPOSTOR and "scam_wording" in signals_of(f), (bio, f)
    plain = replace(o, fields=replace(o.fields, bio="Papier und Hefte: unsere Neuheiten."))
    assert "scam_wording" not in signals_of(classify_one(plain))


def test_a_walled_job_page_sending_applicants_to_a_messenger_is_an_impostor() -> None:
    """'Apply via Telegram' in the search result and a lookalike careers site linking the page
    are two signs; the same page telling applicants to apply on the site is one."""
    hit = replace(SEARCH, handle="quillmark-jobs-de", url="https://linkedin.test/quillmark-jobs-de",
                  title="Quillmark Papier Jobs | LinkedIn",
                  snippet="Hiring remote developers · apply via Telegram @quillmark_jobs")
    promo = Sighting("linkedin", "quillmark-jobs-de", Via.LINKED_PAGE,
                     "https://quillmark-careers.com/", url="https://linkedin.test/quillmark-jobs-de")
    f = classify_one(obs("linkedin", "quillmark-jobs-de", ProbeState.UNVERIFIABLE,
                         sightings=(hit, promo)))
    assert f.cls == FindingClass.IMPOSTOR, f
    calm = replace(hit, snippet="Hiring remote developers · apply on quillmark.de/jobs")
    g = classify_one(obs("linkedin", "quillmark-jobs-de", ProbeState.UNVERIFIABLE,
                         sightings=(calm, promo)))
    assert g.cls == FindingClass.UNVERIFIED, g


@pytest.mark.parametrize(("name", "expected"), [
    ("Quillmark — офіційна сторінка", FindingClass.IMPOSTOR),
    ("Quillmark Papier Oficial", FindingClass.IMPOSTOR),
    ("Quillmark — неофіційна сторінка", FindingClass.UNVERIFIED),
    ("Quillmark Papier", FindingClass.UNVERIFIED),
])
def test_a_walled_page_whose_name_claims_to_be_official(name: str, expected: FindingClass) -> None:
    """The name its search result shows calls it official (in any script): with a lookalike
    site linking it, two signs; "unofficial" or no claim leaves one."""
    hit = replace(SEARCH, handle="quillmarkua", url="https://facebook.test/quillmarkua",
                  title=f"{name} | Facebook", snippet="Papier und Hefte.")
    promo = Sighting("facebook", "quillmarkua", Via.LINKED_PAGE, "https://quillmark-rewards.com/",
                     url="https://facebook.test/quillmarkua")
    f = classify_one(obs("facebook", "quillmarkua", ProbeState.UNVERIFIABLE,
                         sightings=(hit, promo)))
    assert f.cls == expected, (name, f)


@pytest.mark.parametrize("name", ["Quillmark Papier Apoio", "Quillmark Papier Cares",
                                  "Quillmark Papier Suporte"])
def test_a_help_desk_name_in_another_language_poses_as_the_brand(name: str) -> None:
    """X shows only the search result: a help-desk name in the brand's name is a candidate to
    check (impostor), not someone else's namesake."""
    hit = Sighting("x", "quillmarkhelp2", Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "quillmark", "https://x.test/quillmarkhelp2",
                   title=f"{name} (@QuillmarkHelp2) / X",
                   snippet="Estamos aqui para ajudar, de segunda a sexta.")
    f = classify_one(obs("x", "quillmarkhelp2", sightings=(hit,)))
    assert f.cls == FindingClass.IMPOSTOR, (name, f)
    other = replace(hit, title="Quillmark Papier Bertolini (@QuillmarkHelp2) / X")
    assert classify_one(obs("x", "quillmarkhelp2", sightings=(other,))).cls != FindingClass.IMPOSTOR


# ----------------------------------------------------------------------------- more languages
# The same profile with and without one word of another language (#11): the word lists must
# carry the idea (own channel, employee, fan, scam, data request), not one author's phrasing.

BRANDY = obs("x", "quillmarkpp", display_name="Quillmark Papier", bio="Quillmark Papier",
             posts=40, created_at="2016-03-01", last_active_at="2026-11-01")


def with_bio(o: ProfileObservation, bio: str, **more) -> ProfileObservation:  # type: ignore[no-untyped-def]
    return replace(o, fields=replace(o.fields, bio=bio, **more))


@pytest.mark.parametrize("bio", [
    "Quillmark Papier uutiset ja tiedotteet",  # Finnish
    "Quillmark Papier hírek",  # Hungarian
    "Nyheter fra Quillmark Papier",  # Norwegian
    "Știri Quillmark Papier",  # Romanian
    "Quillmark Papier: tuyển dụng",  # Vietnamese
    "Novedades de Quillmark Papier",  # Spanish
    "Trabalhe conosco na Quillmark Papier",  # Portuguese
    "Quillmark Papier — ニュース",  # Japanese
    "Quillmark Papier 채용",  # Korean
    "Quillmark Papier 招聘",  # Chinese
    "أخبار Quillmark Papier",  # Arabic
    "חדשות Quillmark Papier",  # Hebrew
    "Quillmark Papier समाचार",  # Hindi
    "ข่าว Quillmark Papier",  # Thai
    "Новини Quillmark Papier",  # Ukrainian
])
def test_an_own_channel_says_what_it_is_in_any_language(bio: str) -> None:
    """Links the official site and calls itself the company's news, careers or new address:
    the company's own. The same page without that word is only a candidate."""
    linked = with_bio(BRANDY, bio, external_links=(SITE,))
    assert classify_one(linked).cls == FindingClass.OFFICIAL_UNLISTED, bio
    f = classify_one(with_bio(linked, "Quillmark Papier"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.LOW, f


@pytest.mark.parametrize("bio", [
    "Työskentelen Quillmark Papierilla. Omat mielipiteet.",  # Finnish
    "A Quillmark Papiernél dolgozom, saját vélemény.",  # Hungarian
    "Jobber i Quillmark Papier. Egne meninger.",  # Norwegian
    "Arbejder hos Quillmark Papier.",  # Danish
    "Lucrez la Quillmark Papier. Opiniile sunt ale mele.",  # Romanian
    "Nhân viên tại Quillmark Papier.",  # Vietnamese
    "Empleada de Quillmark Papier. Las opiniones aquí son mías.",  # Spanish
    "Colaboradora da Quillmark Papier. Opinião pessoal.",  # Portuguese
    "Mitarbeiterin bei Quillmark Papier, hier privat.",  # German
    "Cabin crew at Quillmark Papier",  # English job title
    "Ex-designer @ Quillmark Papier",
    "Quillmark Papierに勤務。個人的な見解です。",  # Japanese
    "Quillmark Papier에서 근무",  # Korean
    "就职于 Quillmark Papier，个人意见",  # Chinese
    "موظفة في Quillmark Papier",  # Arabic
    "עובדת ב-Quillmark Papier. הדעות שלי.",  # Hebrew
    "Працюю в Quillmark Papier. Особиста думка.",  # Ukrainian
    "Quillmark Papier में कार्यरत",  # Hindi
    "เป็นพนักงาน Quillmark Papier",  # Thai
])
def test_an_employee_says_so_in_any_language(bio: str) -> None:
    """The same page is a candidate without the employee's words, and a personal account with
    them; with a scam request added it is an impostor again."""
    assert classify_one(BRANDY).cls == FindingClass.IMPOSTOR
    f = classify_one(with_bio(BRANDY, bio))
    assert f.cls == FindingClass.UNRELATED, (bio, f)
    assert "personal_account" in signals_of(f)
    scam = classify_one(with_bio(BRANDY, bio + " Giveaway! Send us your card number."))
    assert scam.cls == FindingClass.IMPOSTOR, scam


@pytest.mark.parametrize("fan", [
    "Epävirallinen fanisivu",  # Finnish
    "Nem hivatalos rajongói oldal",  # Hungarian
    "Ikke en offisiell side",  # Norwegian
    "Inte officiell",  # Swedish
    "Pagină de fani",  # Romanian
    "Club de fans",  # Spanish
    "Fã-clube",  # Portuguese
    "דף מעריצים, לא רשמי",  # Hebrew
    "Неофіційна фан-сторінка",  # Ukrainian
    "ファンクラブ",  # Japanese
    "팬클럽",  # Korean
    "نادي المعجبين",  # Arabic
    "แฟนคลับ",  # Thai
    "फैन क्लब",  # Hindi
])
def test_fan_wording_in_more_languages_makes_a_fan(fan: str) -> None:
    o = with_bio(BRANDY, f"{fan} — Quillmark Papier")
    assert classify_one(o).cls == FindingClass.FAN, fan
    assert classify_one(BRANDY).cls == FindingClass.IMPOSTOR


@pytest.mark.parametrize("scam", [
    "Arvonta! Lähetä korttitiedot.",  # Finnish
    "Nyereményjáték! Add meg a kártyaszámot.",  # Hungarian
    "Konkurranse! Send passord og kortopplysninger.",  # Norwegian
    "Tombolă! Trimite datele cardului.",  # Romanian
    "¡Ganaste! Envía tu clave dinámica.",  # Latin American Spanish
    "Você ganhou! Informe o código de segurança.",  # Brazilian Portuguese
    "הגרלה! שלחו מספר כרטיס וקוד אימות.",  # Hebrew
    "Розіграш! Надішліть номер картки і код з смс.",  # Ukrainian
])
def test_scam_wording_in_more_languages_is_harm(scam: str) -> None:
    """A candidate that only resembles the brand is low; a prize and a data request in any
    language make it a medium or high impostor on its own words."""
    f = classify_one(with_bio(BRANDY, f"Quillmark Papier. {scam}"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity != Severity.LOW, (scam, f)
    assert "scam_wording" in signals_of(f)
    assert classify_one(BRANDY).severity == Severity.LOW


@pytest.mark.parametrize(("warning", "request_"), [
    ("Emme koskaan kysy salasanaa.", "Lähetä salasanasi."),  # Finnish
    ("Soha nem kérjük a jelszavát.", "Küldje el a jelszavát."),  # Hungarian
    ("Vi ber aldri om passord.", "Send oss passord."),  # Norwegian
    ("Nu vă cerem niciodată datele cardului.", "Trimiteți datele cardului."),  # Romanian
    ("לעולם לא נבקש סיסמה.", "שלחו סיסמה."),  # Hebrew
    ("Ми ніколи не просимо номер картки.", "Надішліть номер картки."),  # Ukrainian
])
def test_a_warning_against_data_requests_in_more_languages_is_no_request(
        warning: str, request_: str) -> None:
    assert data_request(warning) is None, warning
    assert data_request(request_) is not None, request_


@pytest.mark.parametrize("name", ["דנה כהן", "田中 花子", "دانة كوهين", "Дана Коэн"])
def test_a_persons_name_in_a_script_without_capitals_is_a_person(name: str) -> None:
    """Hebrew, Arabic and Japanese have no capitals: a two-word name is still a person's.
    The same handle under the brand's name is a candidate."""
    o = obs("x", "quillmarkpapier_dk", display_name=name, bio="Quillmark Papier", posts=40,
            created_at="2016-03-01", last_active_at="2026-11-01")
    f = classify_one(o)
    assert f.cls == FindingClass.UNRELATED and "personal_account" in signals_of(f), (name, f)
    posing = replace(o, fields=replace(o.fields, display_name="Quillmark Papier"))
    assert classify_one(posing).cls == FindingClass.IMPOSTOR


@pytest.mark.parametrize(("warning", "request_"), [
    ("Nu cerem niciodată CNP-ul.", "Trimite-ne în privat CNP-ul și numărul de telefon."),
    ("We never ask for your OTP or UPI PIN.", "Share your UPI ID and OTP to get the refund."),
    ("Emme koskaan kysy henkilötunnusta.", "Lähetä henkilötunnus."),
])
def test_national_ids_and_one_time_codes_are_data_requests(warning: str, request_: str) -> None:
    assert data_request(warning) is None, warning
    assert data_request(request_) is not None, request_


def test_a_walled_refund_page_in_another_language_linked_from_a_lookalike_is_an_impostor(
) -> None:
    """A refund lure in the handle and the snippet (Romanian), and a lookalike site linking
    it: three secondary signs. Without the lure words, only the lookalike speaks: unverified."""
    hit = replace(SEARCH, handle="quillmarkrambursare",
                  url="https://facebook.test/quillmarkrambursare",
                  title="Quillmark Papier - Rambursări | Facebook",
                  snippet="Ai plătit de două ori? Cere banii înapoi: quillmark-rewards.com")
    promo = Sighting("facebook", "quillmarkrambursare", Via.LINKED_PAGE,
                     "https://quillmark-rewards.com/",
                     url="https://facebook.test/quillmarkrambursare")
    f = classify_one(obs("facebook", "quillmarkrambursare", ProbeState.UNVERIFIABLE,
                         sightings=(hit, promo)))
    assert f.cls == FindingClass.IMPOSTOR, f
    plain_hit = replace(hit, handle="quillmarkro", url="https://facebook.test/quillmarkro",
                        title="Quillmark Papier | Facebook", snippet="Hârtie și caiete.")
    plain_promo = replace(promo, handle="quillmarkro", url="https://facebook.test/quillmarkro")
    f = classify_one(obs("facebook", "quillmarkro", ProbeState.UNVERIFIABLE,
                         sightings=(plain_hit, plain_promo)))
    assert f.cls == FindingClass.UNVERIFIED, f


def test_an_own_account_belongs_to_the_brand_whose_site_links_it() -> None:
    """A careers account linked from the main brand's site whose handle happens to resemble a
    sub-brand's handle: the main brand's (on its strategy), not the sub-brand's."""
    inv = replace(INV, brands=(*INV.brands, Brand(
        "Quillmark Labs", websites=("https://www.quillmark-labs.de/",), strategy=("instagram",),
        accounts=(OfficialAccount("instagram", "quillmarklabs", "Quillmark Labs", "Marketing"),),
    )))
    page = Sighting("x", "quillmarkjobs", Via.OFFICIAL_SITE, SITE + "karriere",
                    url="https://x.test/quillmarkjobs")
    o = obs("x", "quillmarkjobs", sightings=(page,))
    f = next(f for f in classify(inv, [*OFFICIAL, o], (), now=NOW) if f.handle == "quillmarkjobs")
    assert f.cls == FindingClass.OFFICIAL_UNLISTED and f.brand == "Quillmark Papier", f


def test_a_brand_named_in_japanese_inside_a_sentence_is_a_mention() -> None:
    """Japanese writes no spaces: the brand's name runs into the next word. A fan channel that
    names it is near us (fan); the same bio without the name is someone else's."""
    inv = replace(INV, brands=(replace(INV.brands[0], aliases=("Quillmark", "クイルマーク紙")),))
    o = obs("youtube", "kamigurume", display_name="紙グルメ",
            bio="クイルマーク紙のノート全部使ってみた（個人の非公式チャンネル）", posts=300,
            created_at="2020-08-01", last_active_at="2026-11-19")
    f = next(f for f in classify(inv, [*OFFICIAL, o], (), now=NOW) if f.handle == "kamigurume")
    assert f.cls == FindingClass.FAN, f
    other = with_bio(o, "ノート全部使ってみた（個人の非公式チャンネル）")
    f = next(f for f in classify(inv, [*OFFICIAL, other], (), now=NOW)
             if f.handle == "kamigurume")
    assert f.cls == FindingClass.UNRELATED, f


@pytest.mark.parametrize("notice", [
    "This account is no longer updated. Follow us on @quillmarkpapier",
    "Dieser Kanal wird nicht mehr aktualisiert.",
    "Esta cuenta ya no se actualiza.",
    "Contul nu mai este actualizat.",
    "クイルマーク公式アカウントでした（更新終了）",
    "Этот аккаунт больше не ведётся.",
    "Tätä tiliä ei enää päivitetä. Olemme siirtyneet.",
])
def test_an_own_channel_that_says_it_is_retired_is_redundant(notice: str) -> None:
    """Linked from the official site, recently active: official_unlisted; the same page that
    says it is no longer in use: redundant, even with a recent post."""
    own = obs("x", "quillmarkpp", display_name="Quillmark Papier", bio="Quillmark Papier",
              posts=40, created_at="2016-03-01", last_active_at="2026-11-01",
              external_links=(SITE,),
              sightings=(Sighting("x", "quillmarkpp", Via.OFFICIAL_SITE, SITE + "shop",
                                  url="https://x.test/quillmarkpp"),))
    assert classify_one(own).cls == FindingClass.OFFICIAL_UNLISTED
    f = classify_one(with_bio(own, f"Quillmark Papier. {notice}"))
    assert f.cls == FindingClass.REDUNDANT, (notice, f)
    assert "dormant" in signals_of(f)


def test_an_own_channel_naming_another_department_is_no_duplicate() -> None:
    """A second Instagram account linked from a page every site has (about us) doubles the
    marketing one, unless its words name another department of the inventory, in whatever
    language the inventory names it ("Logistikzentrum" for the department "Logistik")."""
    inv = replace(INV, departments=(*INV.departments, Department("Logistik")))
    page = Sighting("instagram", "quillmark.lager", Via.OFFICIAL_SITE, SITE + "ueber-uns",
                    url="https://instagram.test/quillmark.lager")
    o = obs("instagram", "quillmark.lager", display_name="Quillmark Papier",
            bio="Quillmark Papier: Lieferstatus und Hinweise.", posts=300,
            created_at="2019-01-01", last_active_at="2026-11-10", avatar_phash=LOGO,
            external_links=(SITE,), sightings=(page,))

    def cls_of(x: ProfileObservation) -> FindingClass:
        return next(f for f in classify(inv, [*OFFICIAL, x], (), now=NOW)
                    if f.handle == x.handle).cls

    assert cls_of(o) == FindingClass.REDUNDANT
    named = with_bio(o, "Quillmark Papier Logistikzentrum: Lieferstatus und Hinweise.")
    assert cls_of(named) == FindingClass.OFFICIAL_UNLISTED


def test_a_site_two_brands_share_does_not_pick_the_brand() -> None:
    """The café line lives on the main brand's site: an own recruiting channel with the main
    brand's logo stays the main brand's (on its strategy), not the café's."""
    inv = replace(INV, brands=(*INV.brands, Brand(
        "Quillmark Café", aliases=("Quillmark Kaffeehaus",), websites=(SITE + "cafe",),
        strategy=("instagram",),
        accounts=(OfficialAccount("instagram", "quillmarkcafe", "Quillmark Café", "Marketing"),),
    )))
    page = Sighting("x", "qm_karriere_kanal", Via.OFFICIAL_SITE, SITE + "karriere",
                    url="https://x.test/qm_karriere_kanal")
    o = obs("x", "qm_karriere_kanal", display_name="Quillmark Karriere",
            bio="Jobs bei Quillmark Papier.", avatar_phash=LOGO, posts=80,
            created_at="2020-01-01", last_active_at="2026-11-10", external_links=(SITE,),
            sightings=(page,))
    f = next(f for f in classify(inv, [*OFFICIAL, o], (), now=NOW)
             if f.handle == "qm_karriere_kanal")
    assert f.cls == FindingClass.OFFICIAL_UNLISTED and f.brand == "Quillmark Papier", f


@pytest.mark.parametrize("text", ["Quillmark Hamburg (archive)", "Pagina Quillmark (arhivă)",
                                  "クイルマーク公式X（更新終了）", "Quillmark Hamburg (архив)"])
def test_an_own_account_the_company_links_as_archived_is_redundant(text: str) -> None:
    """X shows a crawler nothing, so no date: the company's own page is the only witness. The
    same link without "archive" leaves it official_unlisted."""
    def seen(detail: str) -> ProfileObservation:
        return obs("x", "quillmarkhh", sightings=(Sighting(
            "x", "quillmarkhh", Via.OFFICIAL_SITE, SITE + "hamburg", detail,
            url="https://x.test/quillmarkhh"),))

    assert classify_one(seen("Quillmark Hamburg auf X")).cls == FindingClass.OFFICIAL_UNLISTED
    f = classify_one(seen(text))
    assert f.cls == FindingClass.REDUNDANT and "dormant" in signals_of(f), (text, f)


# ----------------------------------------------------------------------------- round of Dec 2026
# X's logged-out page is a JavaScript shell: for an account found by probing or by X's own
# search, the handle is all a crawler reads. The handle alone can say "the company's help desk"
# or "a parody"; it cannot say "ours".


@pytest.mark.parametrize("handle", ["quillmark_help", "quillmarksupport_", "quillmark_desk",
                                    "quillmarkclienti", "quillmark_sahayta", "quillmark2_care"])
def test_a_blank_handle_naming_a_help_desk_is_a_candidate_impostor(handle: str) -> None:
    found = Sighting("x", handle, Via.PLATFORM_SEARCH, "search", url=f"https://x.test/{handle}")
    f = classify_one(obs("x", handle, sightings=(found,)))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, (handle, f)
    assert "help desk" in f.evidence[0].detail
    # the same handle the company links from its site is its own
    linked = Sighting("x", handle, Via.OFFICIAL_SITE, SITE + "kontakt",
                      url=f"https://x.test/{handle}")
    g = classify_one(obs("x", handle, sightings=(found, linked)))
    assert g.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), (handle, g)


@pytest.mark.parametrize("handle", ["quillmark_news", "quillmarkhamburg", "ten_quillmark",
                                    "quillmarkfc", "quillmark_help_desk_team"])
def test_a_blank_handle_without_a_help_desk_word_stays_handle_taken(handle: str) -> None:
    f = classify_one(obs("x", handle))
    # handle taken (or, far from every name of the brand, settled as unrelated)
    assert f.cls in (FindingClass.UNVERIFIED, FindingClass.UNRELATED), (handle, f)


@pytest.mark.parametrize("handle", ["quillmarkparodie", "quillmark_fans", "quillmarkmemes"])
def test_a_blank_handle_naming_a_parody_or_fans_is_a_fan(handle: str) -> None:
    assert classify_one(obs("x", handle)).cls == FindingClass.FAN, handle


def test_an_emoji_in_a_name_is_no_word_of_someone_elses() -> None:
    """anyascii spells '🍔' as 'hamburger': a name with an emoji is still the brand's name."""
    from matching.normalise import fold, tokens

    assert "hamburger" not in fold("Quillmark Oficial 🍔")
    assert tokens("Quillmark 🛠 Tech") == ["quillmark", "tech"]
    hit = Sighting("x", "quillmarkoficial", Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "quillmark", "https://x.test/quillmarkoficial",
                   title="Quillmark Oficial 🍔 (@QuillmarkOficial) / X",
                   snippet="Cuenta oficial de Quillmark Papier")
    f = classify_one(obs("x", "quillmarkoficial", sightings=(hit,)))
    assert f.cls == FindingClass.IMPOSTOR, f
    named = replace(hit, title="Luca Bertolini 🍔 (@QuillmarkOficial) / X")
    assert classify_one(obs("x", "quillmarkoficial", sightings=(named,))).cls != (
        FindingClass.IMPOSTOR)


def test_a_one_word_namesake_read_from_its_search_result_is_a_namesake() -> None:
    inv = replace(INV, brands=(replace(INV.brands[0], aliases=("Quillmark", "Federkiel")),))
    hit = Sighting("x", "federkiel", Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "federkiel", "https://x.test/federkiel", title="Federkiel 🚴 (@federkiel) / X",
                   snippet="Radfahren, Berge, Blasen an den Füßen.")
    f = next(f for f in classify(inv, [*OFFICIAL, obs("x", "federkiel", sightings=(hit,))], (),
                                 now=NOW) if f.handle == "federkiel")
    assert f.cls == FindingClass.UNRELATED, f
    copied = replace(hit, snippet="Papier aus Hamburg seit 1921.")  # the brand's own bio
    g = next(f for f in classify(inv, [*OFFICIAL, obs("x", "federkiel", sightings=(copied,))],
                                 (), now=NOW) if f.handle == "federkiel")
    assert g.cls == FindingClass.IMPOSTOR, g


def test_a_second_own_page_beside_a_declared_page_behind_a_wall_is_redundant() -> None:
    """The declared Facebook page answers with a bot block; the inventory still says the brand
    has one there, so an own regional page linking the site is a second one."""
    walled = [OFFICIAL[0], ProfileObservation(
        "facebook", "quillmarkpapier", "https://facebook.test/quillmarkpapier",
        ProbeState.UNVERIFIABLE, reason="bot_block")]
    region = obs("facebook", "quillmark.bremen", display_name="Quillmark Papier Bremen",
                 bio="Jetzt auch in Bremen! quillmark.de", avatar_phash=LOGO,
                 external_links=(SITE,), created_at="2021-04-01")
    f = next(f for f in classify(INV, [*walled, region], (), now=NOW)
             if f.handle == "quillmark.bremen")
    assert f.cls == FindingClass.REDUNDANT, f
    assert "duplicate_account" in signals_of(f)
    gone = [OFFICIAL[0], ProfileObservation(
        "facebook", "quillmarkpapier", "https://facebook.test/quillmarkpapier",
        ProbeState.NOT_FOUND)]
    g = next(f for f in classify(INV, [*gone, region], (), now=NOW)
             if f.handle == "quillmark.bremen")
    assert g.cls == FindingClass.OFFICIAL_UNLISTED, g


@pytest.mark.parametrize("notice", [
    "LoL-Abteilung (Saison beendet) | season ended",
    "Filiale Bremen, closed in 2022",
    "Tienda cerrada en 2021",
    "퀼마크 LoL 부문 (2022 시즌 종료)",
    "ブレーメン店（2021年閉店）",
])
def test_an_own_page_of_something_that_ended_is_redundant(notice: str) -> None:
    own = obs("x", "quillmarkpp", display_name="Quillmark Papier", bio="Quillmark Papier",
              posts=40, created_at="2016-03-01", last_active_at="2026-11-01",
              external_links=(SITE,),
              sightings=(Sighting("x", "quillmarkpp", Via.OFFICIAL_SITE, SITE + "shop",
                                  url="https://x.test/quillmarkpp"),))
    assert classify_one(own).cls == FindingClass.OFFICIAL_UNLISTED
    assert classify_one(with_bio(own, f"Quillmark Papier. {notice}")).cls == (
        FindingClass.REDUNDANT), notice


@pytest.mark.parametrize("ask", [
    "REA -60 % på allt! Beställ via länken, betalning i förskott 199 kr.",  # Swedish
    "Ale! Platnosc z gory 99 zl, wysylka jutro.",  # Polish
    "Giảm giá 70%, chuyển khoản trước khi giao hàng.",  # Vietnamese
    "Promo akhir tahun, bayar dulu Rp 150.000 baru dikirim.",  # Malay / Indonesian
    "Akcija! Uplata unapred na račun.",  # Serbian
    "Kupón za 1 €, platba vopred na účet.",  # Slovak
    "10주년 쿠폰 지급! 계정 로그인 후 수령",  # Korean: log in to claim
    "VIP 티켓 판매, 입금 확인 후 좌석 안내",  # Korean: pay first
    "限定クーポン！前払いのみ",  # Japanese
    "کارت به کارت کنید و جایزه بگیرید",  # Persian: card-to-card transfer
    "Log in with your game account to claim the skin.",
    "Inicia sesión con tu cuenta para reclamar el premio.",
])
def test_a_walled_page_asking_to_pay_first_or_to_log_in_to_claim_is_an_impostor(
        ask: str) -> None:
    """Money before delivery, or a login to release a prize (credential phishing), in the
    search result of a walled page: a request, which weighs as two signs. Without it, one
    page with the brand's name behind a wall stays unverified."""
    hit = replace(SEARCH, handle="quillmarkpapier.se", url="https://facebook.test/quillmarkpapier.se",
                  title="Quillmark Papier | Facebook", snippet=ask)
    f = classify_one(obs("facebook", "quillmarkpapier.se", ProbeState.UNVERIFIABLE,
                         sightings=(hit,)))
    assert f.cls == FindingClass.IMPOSTOR, (ask, f)
    assert f.evidence[0].detail.startswith("secondary: ")
    plain = replace(hit, snippet="Papier, Hefte und Notizbücher aus Hamburg.")
    assert classify_one(obs("facebook", "quillmarkpapier.se", ProbeState.UNVERIFIABLE,
                            sightings=(plain,))).cls == FindingClass.UNVERIFIED


@pytest.mark.parametrize("warning", [
    "Vi ber aldrig om betalning i förskott.",
    "Never log in to claim a prize on another site.",
    "절대 선입금을 요구하지 않습니다.",
])
def test_a_warning_against_paying_first_or_logging_in_elsewhere_is_no_request(
        warning: str) -> None:
    assert data_request(warning) is None, warning


def test_a_namesakes_site_titled_in_a_shorter_form_is_its_own() -> None:
    """``quillmarkgrill.de`` titled "Quillmark Gril" (a shorter form of the same name, a word
    of its own beside the brand's): the namesake's own site. Titled "Quillmark" alone, it
    names nothing but the brand: a lookalike."""
    assert classify_one(GRILL, (grill_page("Quillmark Gril"),)).cls == FindingClass.UNRELATED
    assert classify_one(GRILL, (grill_page("Quillmark"),)).cls == FindingClass.IMPOSTOR


@pytest.mark.parametrize(("lure", "plain", "site"), [
    ("Gratis kjøleskap til trufaste kundar!", "Mjølk og ost frå fjellet.", "quillmark-fordel.com"),
    ("Win a year of paper!", "Paper from Hamburg.", "quillmark-fordel.com"),
    ("-70 % auf alles, nur heute!", "Papier aus Hamburg.", "quillmark-fordel.com"),
])
def test_a_walled_page_luring_towards_a_lookalike_is_an_impostor(
        lure: str, plain: str, site: str) -> None:
    """A walled page whose search result uses lure words (free, win, -70 %) and names a
    lookalike domain: two signs. The same words without the lookalike, or the lookalike
    without lure words, are one."""
    def walled(snippet: str) -> Finding:
        hit = replace(SEARCH, handle="quillmarkpp2", url="https://facebook.test/quillmarkpp2",
                      title="Quillmark Papier | Facebook", snippet=snippet)
        return classify_one(obs("facebook", "quillmarkpp2", ProbeState.UNVERIFIABLE,
                                sightings=(hit,)))
    f = walled(f"{lure} {site}")
    assert f.cls == FindingClass.IMPOSTOR, (lure, f)
    assert f.evidence[0].detail.startswith("secondary: ")
    assert walled(lure).cls == FindingClass.UNVERIFIED
    assert walled(f"{plain} {site}").cls == FindingClass.UNVERIFIED


@pytest.mark.parametrize("ask", [
    "Registrer kortet ditt for å få premien.",  # Norwegian
    "Osvojite telefon – platite samo poštarinu 150 din.",  # Serbian (Latin)
    "Освојите телефон – платите само поштарину.",  # Serbian (Cyrillic)
    "Zapošljavamo vozače. Uplata 200 € za radnu vizu.",  # Serbian: visa fee
    "Just pay shipping and the box is yours.",
    "แลกแต้มหมดอายุวันนี้! ยืนยันบัญชีที่ลิงก์",  # Thai: verify your account
    "حساب خود را تایید کنید و جایزه بگیرید",  # Persian
    "Xác minh tài khoản để nhận quà.",  # Vietnamese
])
def test_a_walled_page_asking_to_verify_a_card_or_pay_postage_is_an_impostor(ask: str) -> None:
    hit = replace(SEARCH, handle="quillmarkpapier.rs", url="https://facebook.test/quillmarkpapier.rs",
                  title="Quillmark Papier | Facebook", snippet=ask)
    f = classify_one(obs("facebook", "quillmarkpapier.rs", ProbeState.UNVERIFIABLE,
                         sightings=(hit,)))
    assert f.cls == FindingClass.IMPOSTOR, (ask, f)


@pytest.mark.parametrize("name", ["Quillmark Papier ฝ่ายบริการลูกค้า", "Quillmark Papier 고객센터",
                                  "Quillmark Papier 客服", "Quillmark Papier پشتیبانی"])
def test_a_help_desk_name_in_another_script_poses_as_the_brand(name: str) -> None:
    """A help desk's words in another script are no name of someone else's: "Brand 고객센터"
    presents itself as the brand, "Brand Kim Minji" does not."""
    hit = Sighting("x", "quillmarkcs", Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "quillmark", "https://x.test/quillmarkcs", title=f"{name} (@QuillmarkCS) / X",
                   snippet="Fragen zu Bestellungen? Schreiben Sie uns.")
    f = classify_one(obs("x", "quillmarkcs", sightings=(hit,)))
    assert f.cls == FindingClass.IMPOSTOR, (name, f)
    other = replace(hit, title="Quillmark Papier 김민지 (@QuillmarkCS) / X")
    assert classify_one(obs("x", "quillmarkcs", sightings=(other,))).cls != FindingClass.IMPOSTOR


@pytest.mark.parametrize("fan", [
    "Uoffisiell gruppe for oss som elskar Quillmark Papier",  # Norwegian (Nynorsk)
    "Nezvanična stranica o Quillmark Papier",  # Serbian
    "Neformalna grupa. Nije zvanični kanal Quillmark Papier",  # Serbian
    "Samlar på Quillmark Papier-hefte sidan 1987. Ikkje tilknytt Quillmark Papier",
    "Quillmark Papier parodija",  # Serbian parody
    "Quillmark Papier 팬 활동 계정",  # Korean: fan activity account
    "กลุ่มแฟน Quillmark Papier ไม่ใช่ของบริษัท",  # Thai: not the company's
    "صفحه هواداری Quillmark Papier",  # Persian
])
def test_fan_wording_of_more_languages_makes_a_fan(fan: str) -> None:
    assert classify_one(with_bio(BRANDY, fan)).cls == FindingClass.FAN, fan
    assert classify_one(BRANDY).cls == FindingClass.IMPOSTOR


def test_a_shop_that_says_it_is_unrelated_to_the_chain_is_no_fan() -> None:
    """"Not related to the chain" is a namesake shop's disclaimer as much as a fan's: on its
    own it makes nobody a fan."""
    o = with_bio(BRANDY, "Quillmark Papier, kleiner Laden seit 1978. 関係ありません。")
    assert classify_one(o).cls != FindingClass.FAN


def test_cyrillic_prose_folds_as_serbian_latin_for_the_word_lists() -> None:
    """Word lists are written in folded Latin; Serbian writes both scripts. The confusable
    skeleton (for names) would read 'поштарину' as 'poshtapiny'; prose folds as its Latin."""
    from matching.normalise import fold, fold_text

    assert fold_text("Платите само поштарину") == fold_text("Platite samo poštarinu")
    assert fold_text("Mordisco Oficial 🍔") == "mordisco oficial  "
    assert fold("Nоrthwind") == "northwind"  # names still see through look-alike letters


@pytest.mark.parametrize(("path", "text"), [
    ("karriere", ""), ("karijera", "Facebook"), ("tech", ""), ("intreruperi", "@QuillmarkAvarii"),
    ("", "Telegram: service alerts"), ("branches/bremen", "Quillmark Bremen"),
    ("", "Quillmark Rekry"),
])
def test_how_the_site_links_an_own_account_names_its_purpose(path: str, text: str) -> None:
    """An own Instagram account beside the declared marketing one: a duplicate, unless a word
    names a purpose of its own. The company's site often names it where it links it: the page
    (/karriere, /tech, /intreruperi) or the link's text ("service alerts")."""
    link = Sighting("instagram", "quillmark.zwei", Via.OFFICIAL_SITE, SITE + path, text,
                    url="https://instagram.test/quillmark.zwei")
    o = obs("instagram", "quillmark.zwei", display_name="Quillmark Papier",
            bio="Quillmark Papier.", posts=300, created_at="2019-01-01",
            last_active_at="2026-11-10", avatar_phash=LOGO, external_links=(SITE,),
            sightings=(link,))
    assert classify_one(o).cls == FindingClass.OFFICIAL_UNLISTED, (path, text)
    plain = replace(o, sightings=(replace(link, source=SITE + "ueber-uns", detail="Instagram"),))
    assert classify_one(plain).cls == FindingClass.REDUNDANT


def test_a_short_purpose_word_counts_only_as_a_whole_word() -> None:
    """'dev' names a developers' account; 'devolución' (refunds) does not."""
    from matching.classify import _department_cues

    dev = obs("x", "quillmarkdev", display_name="Quillmark dev")
    refund = obs("x", "quillmarkpp", display_name="Quillmark", bio="Devoluciones y cambios")
    assert "tech" in _department_cues((), dev, ["quillmark"])
    assert "tech" not in _department_cues((), refund, ["quillmark"])


@pytest.mark.parametrize("words_", ["개인 계정", "Opinions my own", "Cuenta personal"])
def test_a_team_page_linking_a_persons_own_account_does_not_make_it_ours(words_: str) -> None:
    """A roster links its players' and staff's accounts. A profile that says it is a person's
    own is theirs: unrelated, a personal account. Without those words, the site's link makes
    it the company's."""
    link = Sighting("instagram", "quill_yuna", Via.OFFICIAL_SITE, SITE + "team",
                    url="https://instagram.test/quill_yuna")
    o = obs("instagram", "quill_yuna", display_name="Yuna Seo", sightings=(link,),
            bio=f"Quillmark Papier team | {words_}", posts=400, last_active_at="2026-11-01")
    f = classify_one(o)
    assert f.cls == FindingClass.UNRELATED, (words_, f)
    assert classify_one(with_bio(o, "Quillmark Papier team")).cls in (
        FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)


def test_an_own_account_the_site_links_as_retired_is_redundant() -> None:
    link = Sighting("x", "quillmarkhilfe", Via.OFFICIAL_SITE, SITE + "kontakt",
                    "@QuillmarkHilfe (retired)", url="https://x.test/quillmarkhilfe")
    f = classify_one(obs("x", "quillmarkhilfe", sightings=(link,)))
    assert f.cls == FindingClass.REDUNDANT, f
    active = replace(link, detail="@QuillmarkHilfe")
    assert classify_one(obs("x", "quillmarkhilfe", sightings=(active,))).cls == (
        FindingClass.OFFICIAL_UNLISTED)


@pytest.mark.parametrize("bio", [
    "Pruebo los combos de Quillmark y de otras marcas. Sin sponsor, todo lo pago yo.",
    "Comunidade de clientes Quillmark. Não somos a Quillmark, perfil de fã.",
    "Reseño lo que compro en Quillmark. No trabajo para Quillmark, solo compro mucho.",
    "Review: Quillmark vs the rest. Walang sponsor.",
    "Old Quillmark catalogues 1958-1990, fan archive",
    "Meidän työpöytä Quillmark-vihoilla, en ole yhteistyössä, tykkään vaan",
])
def test_a_reviewer_or_customer_naming_the_brand_by_one_word_is_a_fan(bio: str) -> None:
    """Fan wording next to the brand's one-word name in the bio (no handle or name like the
    brand's): a fan. The same bio without the brand's name is nobody's fan; "I work for" said
    in the negative is no employee."""
    inv = replace(INV, brands=(replace(INV.brands[0], aliases=("Quillmark",)),))
    o = obs("youtube", "probandotodo", display_name="Probando Todo", bio=bio, posts=300,
            created_at="2019-01-01", last_active_at="2026-11-01")

    def cls_of(x: ProfileObservation) -> FindingClass:
        return next(f for f in classify(inv, [*OFFICIAL, x], (), now=NOW)
                    if f.handle == x.handle).cls

    assert cls_of(o) == FindingClass.FAN, bio
    other = with_bio(o, bio.replace("Quillmark", "Papyrex"))
    assert cls_of(other) == FindingClass.UNRELATED, bio


def test_i_work_for_said_in_the_negative_is_no_employee() -> None:
    o = obs("x", "lenaquill", display_name="Lena Brandt", bio="Trabajo para Quillmark Papier.")
    assert "personal_account" in signals_of(classify_one(o))
    neg = with_bio(o, "No trabajo para Quillmark Papier, solo compro mucho.")
    assert "personal_account" not in {
        e.signal for e in classify_one(neg).evidence if "employee" in e.detail}


def test_a_purpose_only_the_bio_names_needs_a_page_that_shows_its_activity() -> None:
    """A regional page whose bio names dealers, on a platform that shows a crawler no dates
    (Facebook): it may be the dormant page it still describes, so it doubles the declared
    page. With its last activity shown and recent, the bio's purpose counts; a purpose the
    company's own link names counts either way."""
    declared = [OFFICIAL[0], replace(OFFICIAL[1], fields=replace(OFFICIAL[1].fields,
                                                                  last_active_at=None))]
    o = obs("facebook", "quillmark.belgie", display_name="Quillmark Papier België",
            bio="Quillmark Papier in België. Dealers in Vlaanderen.", avatar_phash=LOGO,
            external_links=(SITE,), created_at="2014-04-04")

    def cls_of(x: ProfileObservation) -> FindingClass:
        return next(f for f in classify(INV, [*declared, x], (), now=NOW)
                    if f.handle == x.handle).cls

    assert cls_of(o) == FindingClass.REDUNDANT
    assert cls_of(replace(o, fields=replace(o.fields, last_active_at="2026-11-01"))) == (
        FindingClass.OFFICIAL_UNLISTED)
    linked = Sighting("facebook", "quillmark.belgie", Via.OFFICIAL_SITE, SITE + "dealers",
                      "Dealers in België", url="https://facebook.test/quillmark.belgie")
    assert cls_of(replace(o, sightings=(linked,))) == FindingClass.OFFICIAL_UNLISTED


# The languages and scam shapes of the next authors (Serbian, Slovak, Malay, Persian, Yoruba;
# recovery services, fake apps, task jobs): each with and without its word.


@pytest.mark.parametrize("bio", [
    "Zvanične vesti Quillmark Papier",  # Serbian
    "Novinky a kariéra v Quillmark Papier",  # Slovak
    "Berita dan kerjaya Quillmark Papier",  # Malay
])
def test_an_own_channel_says_what_it_is_in_more_languages(bio: str) -> None:
    linked = with_bio(BRANDY, bio, external_links=(SITE,))
    assert classify_one(linked).cls == FindingClass.OFFICIAL_UNLISTED, bio
    assert classify_one(with_bio(linked, "Quillmark Papier")).cls == FindingClass.IMPOSTOR


@pytest.mark.parametrize("bio", [
    "Radim u Quillmark Papier. Lični stavovi.",  # Serbian
    "Pracujem v Quillmark Papier, súkromný účet.",  # Slovak
    "Bekerja di Quillmark Papier. Pandangan peribadi.",  # Malay
    "کارمند Quillmark Papier — نظرات شخصی",  # Persian
    "Mo n sise ni Quillmark Papier",  # Yoruba
])
def test_an_employee_says_so_in_more_languages(bio: str) -> None:
    f = classify_one(with_bio(BRANDY, bio))
    assert f.cls == FindingClass.UNRELATED and "personal_account" in signals_of(f), (bio, f)
    assert classify_one(BRANDY).cls == FindingClass.IMPOSTOR


@pytest.mark.parametrize("scam", [
    "Lost crypto to scammers? We recover your funds. Contact us.",  # recovery service
    "Recuperamos tu dinero perdido en inversiones.",
    "Download the new app here: quillmark-app.apk",  # fake app
    "Earn 50 USD per day liking posts for Quillmark Papier!",  # task job
    "Rad od kuće, isplata odmah!",  # Serbian task job
    "Connect your wallet to claim the Quillmark token.",  # crypto drainer
    "Masukkan nombor kad dan kod TAC untuk hadiah.",  # Malay
    "شماره کارت و رمز دوم را بفرستید",  # Persian: card number and second password
])
def test_more_scam_shapes_are_harm(scam: str) -> None:
    f = classify_one(with_bio(BRANDY, f"Quillmark Papier. {scam}"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity != Severity.LOW, (scam, f)
    assert "scam_wording" in signals_of(f)
    plain = classify_one(BRANDY)
    assert plain.severity == Severity.LOW


def test_a_blank_handle_of_the_full_name_and_a_country_is_a_candidate() -> None:
    """``quillmarkpapier_hu``: the company's full name and a country, on a page that shows a
    crawler nothing: a candidate, medium (it claims the company's account for a market). A
    one-word alias a poet or a village shares
    (``quillmark_gr``) is not enough; the company's site linking it makes it its own."""
    f = classify_one(obs("x", "quillmarkpapier_hu"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    assert classify_one(obs("x", "quillmark_gr")).cls != FindingClass.IMPOSTOR
    linked = Sighting("x", "quillmarkpapier_hu", Via.OFFICIAL_SITE, SITE + "hu", "X",
                      url="https://x.test/quillmarkpapier_hu")
    assert classify_one(obs("x", "quillmarkpapier_hu", sightings=(linked,))).cls in (
        FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)


@pytest.mark.parametrize("ask", [
    "Sofőrállás garantált felvétellel. Jelentkezési díj 15 000 Ft",  # Hungarian
    "Kelulusan pemandu dalam 24 jam. Yuran pemprosesan RM150.",  # Malay
    "Gratis høreapparat – indsend dit CPR og NemKonto her",  # Danish
    "Ansök idag, registreringsavgift 300 kr.",  # Swedish
    "Pay the processing fee of $50 to start.",
])
def test_an_application_fee_or_an_id_and_bank_account_asked_is_a_request(ask: str) -> None:
    assert data_request(ask) is not None, ask
    hit = replace(SEARCH, handle="quillmarkpapier.hu", url="https://facebook.test/quillmarkpapier.hu",
                  title="Quillmark Papier | Facebook", snippet=ask)
    f = classify_one(obs("facebook", "quillmarkpapier.hu", ProbeState.UNVERIFIABLE,
                         sightings=(hit,)))
    assert f.cls == FindingClass.IMPOSTOR, (ask, f)
    assert data_request("Vi beder aldrig om dit CPR-nummer eller din NemKonto.") is None


@pytest.mark.parametrize("fan", [
    "1:87 buszmakettek gyűjteménye, főleg Quillmark Papier festésben",  # Hungarian models
    "Uafhængige anmeldelser af Quillmark Papier. Ingen sponsorater.",  # Danish reviews
])
def test_collectors_and_independent_reviewers_in_more_languages_are_fans(fan: str) -> None:
    assert classify_one(with_bio(BRANDY, fan)).cls == FindingClass.FAN, fan


def test_a_status_handle_belongs_to_the_brand_its_name_spells() -> None:
    """``quillmarkstatus`` linked from the site: the brand 'Quillmark' plus a purpose, so its
    brand is the one its name spells once 'status' is peeled off."""
    from matching.normalise import peel_affixes

    assert peel_affixes("quillmarkstatus") == ("quillmark", ("status",))


def test_a_namesakes_site_linking_its_own_channel_is_no_lookalike_promoting_it() -> None:
    """A brewery's site ``quillmarkbryghus.dk`` links its Telegram channel "Quillmark Bryghus"
    (a channel has no link field to link back): the site is named as the channel is, the
    brewery's own, not a lookalike promoting an impostor. The same site linking a channel that
    wears the logo, or names nothing of its own, still promotes it."""
    via = Sighting("telegram", "quillmarkbryg", Via.LINKED_PAGE, "https://quillmarkbryghus.dk/",
                   url="https://t.me/quillmarkbryg")
    o = obs("telegram", "quillmarkbryg", display_name="Quillmark Bryghus",
            bio="Nyt fra bryggeriet i Faaborg", posts=150, sightings=(via,))
    assert classify_one(o).cls == FindingClass.UNRELATED
    logo = replace(o, fields=replace(o.fields, avatar_phash=LOGO))
    assert classify_one(logo).cls == FindingClass.IMPOSTOR
    bare = replace(o, fields=replace(o.fields, display_name="Quillmark Papier"))
    assert classify_one(bare).cls == FindingClass.IMPOSTOR


def test_a_walled_namesake_naming_its_own_site_with_a_lure_word_stays_unverified() -> None:
    """A walled farm page "Quillmark Gard" whose search result offers free coffee at
    ``quillmarkgard.no``: the site is named as the page is, its own, not a lookalike it lures
    towards. The same words sending people to ``quillmark-fordel.com`` are two signs."""
    def walled(title: str, snippet: str) -> Finding:
        hit = replace(SEARCH, handle="quillmarkgard", url="https://facebook.test/quillmarkgard",
                      title=f"{title} | Facebook", snippet=snippet)
        return classify_one(obs("facebook", "quillmarkgard", ProbeState.UNVERIFIABLE,
                                sightings=(hit,)))
    assert walled("Quillmark Gard", "Gratis kaffe på garden! quillmarkgard.no").cls == (
        FindingClass.UNVERIFIED)
    assert walled("Quillmark Papier", "Gratis kjøleskap! quillmark-fordel.com").cls == (
        FindingClass.IMPOSTOR)


# ------------------------------------------- a namesake's own site under a two-word short name

#: a company whose short name has two words: a trade's site spelling that short name in its
#: domain ("<trade><short name>.de") names itself, not the company
CRANE_LOGO = "a1c3e5f7092b4d6f"
CRANE_INV = one_brand_inventory(
    "Blauer Kranich Versicherung AG", "Blauer Kranich Versicherung",
    domain="blauerkranich-versicherung.de", site="https://www.blauerkranich-versicherung.de/",
    aliases=("Blauer Kranich",), strategy=("instagram", "facebook"),
    accounts=[("instagram", "blauerkranichversicherung", "Marketing")], departments=("Marketing",),
)
CRANE_OFFICIAL = profile(
    "instagram", "blauerkranichversicherung", display_name="Blauer Kranich Versicherung",
    avatar_phash=CRANE_LOGO, posts=500,
    external_links=("https://www.blauerkranich-versicherung.de/",), last_active_at="2026-11-18")
DENTIST_SITE = "https://www.zahnarztblauerkranich.de/"
DENTIST = obs("facebook", "zahnarztblauerkranich", display_name="Zahnarzt Blauer Kranich Bonn",
              bio="Implantate und Prophylaxe in der Bonner Altstadt.", posts=80, followers=900,
              external_links=(DENTIST_SITE,), created_at="2015-02-02",
              last_active_at="2026-11-01")
INN_SITE = "https://www.hausblauerkranich-bonn.de/"
INN = obs("instagram", "hausblauerkranich", display_name="Haus Blauer Kranich",
          bio="Pension am Rhein, 12 Zimmer.", posts=140, followers=700,
          external_links=(INN_SITE,), created_at="2012-05-05", last_active_at="2026-10-01")


def crane_one(o: ProfileObservation, site: str, title: str) -> Finding:
    page = LinkedPage(site, o.platform, o.handle, final_url=site, http_status=200, title=title)
    findings = classify(CRANE_INV, [CRANE_OFFICIAL, o], (page,), now=NOW)
    return next(f for f in findings if f.key == (o.platform, o.handle))


@pytest.mark.parametrize("o,site,title", [
    (DENTIST, DENTIST_SITE, "Zahnarzt Blauer Kranich – Implantate in Bonn"),
    # the page's own name is the title's head, before its tagline
    (INN, INN_SITE, "Haus Blauer Kranich – Pension am Rhein"),
])
def test_a_trades_own_site_spelling_the_two_word_short_name_is_no_lookalike(
        o: ProfileObservation, site: str, title: str) -> None:
    """The domain contains the company's two-word short name, but the page names itself (its
    trade, its town) and neither the company's full name, its logo nor a lure: a namesake."""
    f = crane_one(o, site, title)
    assert f.cls == FindingClass.UNRELATED, f
    assert "namesake" in signals_of(f)
    assert not signals_of(f) & {"lookalike_link", "lookalike_page"}


@pytest.mark.parametrize("mutation", ["full name", "logo", "login", "bare head"])
@pytest.mark.parametrize("o,site,title", [
    (DENTIST, DENTIST_SITE, "Zahnarzt Blauer Kranich – Implantate in Bonn"),
    (INN, INN_SITE, "Haus Blauer Kranich – Pension am Rhein"),
])
def test_the_same_trades_site_posing_as_the_company_is_a_lookalike(
        mutation: str, o: ProfileObservation, site: str, title: str) -> None:
    if mutation == "full name":  # the page wears the company's full name
        title = title.split(" – ")[0] + " – Blauer Kranich Versicherung Kundenportal"
    elif mutation == "logo":  # the profile copies the company's logo
        o = replace(o, fields=replace(o.fields, avatar_phash=CRANE_LOGO))
    elif mutation == "login":  # the profile asks for a login
        o = replace(o, fields=replace(
            o.fields, bio="Bitte bestätigen Sie Ihr Konto mit Ihrem Passwort."))
    else:  # the page is named as the brand alone: nothing of its own
        title = "Blauer Kranich – Ihr Vorteil"
    f = crane_one(o, site, title)
    assert f.cls == FindingClass.IMPOSTOR, (mutation, f)
    assert "namesake" not in signals_of(f)


# ----------------------------------------------------------- a contact channel is no scam word

BAND = obs("youtube", "quillmarkquartett", display_name="Quillmark Quartett",
           bio="Swing aus Bremen. Bookings by WhatsApp or Telegram.", posts=90, followers=4000,
           created_at="2014-04-04", last_active_at="2026-11-02")


@pytest.mark.parametrize("bio", [
    "Swing aus Bremen. Bookings by WhatsApp or Telegram.",
    "Swing aus Bremen. Contrataciones por WhatsApp.",
    "Swing aus Bremen. WhatsApp +49 421 000000",
])
def test_a_namesake_giving_its_messenger_is_no_impostor(bio: str) -> None:
    """Naming a messenger is giving a contact channel, not scam wording."""
    f = classify_one(replace(BAND, fields=replace(BAND.fields, bio=bio)))
    assert f.cls != FindingClass.IMPOSTOR, f
    assert "scam_wording" not in signals_of(f)


LURES = ["Swing aus Bremen. Message us on WhatsApp to claim your prize.",
         "Swing aus Bremen. Invest via Telegram, 20% a week.",
         "Swing aus Bremen. Pay via WhatsApp for your tickets."]


@pytest.mark.parametrize("bio", LURES)
def test_the_same_namesake_luring_through_its_messenger_uses_scam_wording(bio: str) -> None:
    """A request or a lure through the messenger is scam wording."""
    f = classify_one(replace(BAND, fields=replace(BAND.fields, bio=bio)))
    assert "scam_wording" in signals_of(f), f


@pytest.mark.parametrize("bio", LURES)
def test_a_profile_named_as_the_company_luring_through_a_messenger_is_a_high_impostor(
        bio: str) -> None:
    """Named as the company: giving a messenger leaves a low candidate (resemblance only),
    luring through it makes a high-severity impostor."""
    named = replace(BAND, fields=replace(BAND.fields, display_name="Quillmark Papier"))
    calm = classify_one(replace(named, fields=replace(
        named.fields, bio="Swing aus Bremen. Bookings by WhatsApp or Telegram.")))
    assert (calm.cls, calm.severity) == (FindingClass.IMPOSTOR, Severity.LOW), calm
    f = classify_one(replace(named, fields=replace(named.fields, bio=bio)))
    assert (f.cls, f.severity) == (FindingClass.IMPOSTOR, Severity.HIGH), f


# ------------------------------------- someone else's "official" under the company's short name

SINGER = obs("youtube", "blauerkranichofficial", display_name="Blauer Kranich Official",
             bio="Offizieller Kanal der Sängerin Blauer Kranich: Schlager und Volksmusik.",
             posts=300, followers=90000, verified=True, created_at="2016-01-01",
             last_active_at="2026-11-20")


def crane_profile(o: ProfileObservation) -> Finding:
    findings = classify(CRANE_INV, [CRANE_OFFICIAL, o], (), now=NOW)
    return next(f for f in findings if f.key == (o.platform, o.handle))


def test_an_artists_official_channel_under_the_companys_two_word_short_name_is_a_namesake(
) -> None:
    """The company's short name is a person's name too: "<Name> Official" about that person,
    with nothing of the company, claims to be the person's, not the company's."""
    f = crane_profile(SINGER)
    assert f.cls == FindingClass.UNRELATED, f
    assert "unproven_claim" not in signals_of(f)


@pytest.mark.parametrize("mutation", ["logo", "full name", "full name in bio", "lookalike"])
def test_the_same_official_channel_presenting_itself_as_the_company_is_an_impostor(
        mutation: str) -> None:
    o = SINGER
    if mutation == "logo":
        o = replace(o, fields=replace(o.fields, avatar_phash=CRANE_LOGO))
    elif mutation == "full name":
        o = replace(o, fields=replace(o.fields,
                                      display_name="Blauer Kranich Versicherung Official"))
    elif mutation == "full name in bio":
        o = replace(o, fields=replace(
            o.fields, bio="Offizieller Kanal der Blauer Kranich Versicherung AG."))
    else:
        o = replace(o, fields=replace(
            o.fields, external_links=("https://blauerkranich-service.com/",)))
    f = crane_profile(o)
    assert f.cls == FindingClass.IMPOSTOR, (mutation, f)
    assert f.severity in (Severity.MEDIUM, Severity.HIGH), (mutation, f)


PERSON = obs("mastodon", "blauerkranich", display_name="Kranich Blauer",
             bio="Linux, Selfhosting, Bonn.", posts=400, followers=60,
             created_at="2022-11-10", last_active_at="2026-10-30")


def test_the_short_names_words_reversed_as_a_persons_name_are_a_namesake() -> None:
    """The company's words in another order, with a bio of its own and nothing of the
    company: a person (family name first), not a candidate impostor."""
    f = crane_profile(PERSON)
    assert f.cls == FindingClass.UNRELATED, f


@pytest.mark.parametrize("mutation", ["logo", "official link"])
def test_the_reversed_name_with_the_companys_logo_or_link_is_no_namesake(mutation: str) -> None:
    o = (replace(PERSON, fields=replace(PERSON.fields, avatar_phash=CRANE_LOGO))
         if mutation == "logo" else replace(PERSON, fields=replace(
             PERSON.fields, external_links=("https://blauerkranich-service.com/",))))
    f = crane_profile(o)
    assert f.cls == FindingClass.IMPOSTOR, (mutation, f)


# ------------------------------------------------------------- walled scam pages (#11)


def _walled(handle: str, snippet: str | None, *, promoted: bool = True,
            platform: str = "facebook", title: str = "Quillmark Papier | Facebook",
            official: bool = False) -> Finding:
    """A walled page known from its search result (``snippet``), a lookalike page that links
    it (``promoted``) and the official site's link (``official``)."""
    url = f"https://{platform}.test/{handle}"
    seen: list[Sighting] = []
    if snippet is not None:
        seen.append(replace(SEARCH, platform=platform, handle=handle, url=url, title=title,
                            snippet=snippet))
    if promoted:
        seen.append(replace(PROMO, platform=platform, handle=handle, url=url,
                            source="https://quillmark-outlet.shop/"))
    if official:
        seen.append(Sighting(platform, handle, Via.OFFICIAL_SITE, SITE, url=url))
    return classify_one(obs(platform, handle, ProbeState.UNVERIFIABLE, sightings=tuple(seen)))


@pytest.mark.parametrize(("snippet", "severity"), [
    # money up front: a deposit or a transfer next to an amount
    ("Termin ohne Wartezeit: Anzahlung 30 € per Überweisung.", Severity.HIGH),
    ("Skip the queue: hold your slot with a 50 EUR deposit.", Severity.HIGH),
    ("Đặt cọc 500k qua tài khoản, giao hàng trong ngày.", Severity.HIGH),
    ("Reserva tu lugar: depósito de 200 pesos por transferencia.", Severity.HIGH),
    # credential phishing: a blocked account and an offer to recover it
    ("Account suspended? Recover your account in two minutes.", Severity.HIGH),
    ("Konto gesperrt? Hier Konto wiederherstellen.", Severity.HIGH),
    ("Sua conta foi bloqueada? Recupere sua conta agora.", Severity.HIGH),
    # a clearance lure on a page a lookalike shop links: deception, nothing asked yet
    ("Räumungsverkauf -75 %! Nur solange der Vorrat reicht.", Severity.MEDIUM),
    # a registration fee next to an amount (soles), Baltic lures and card-data requests
    ("Beca completa para el curso. Inscripción S/ 80 hasta el viernes.", Severity.HIGH),
    ("Bezmaksas balva katram! Ievadi kartes datus.", Severity.HIGH),
    ("Nemokamai! Laimėk prizą šiandien.", Severity.MEDIUM),
    ("Tasuta kingitus igale tellijale!", Severity.MEDIUM),
])
def test_a_walled_page_with_scam_wording_that_a_lookalike_links_is_an_impostor(
        snippet: str, severity: Severity) -> None:
    """Behind a login wall, the search result's scam wording and a lookalike page that links
    the profile are two independent secondary signs: an impostor, every reason labelled
    secondary, high when the wording asks for money or a login. The page alone, or the
    lookalike's link with a plain result, stays unverified."""
    f = _walled("quillmarkhamburg", snippet)
    assert f.cls == FindingClass.IMPOSTOR, (snippet, f)
    assert f.severity == severity, (snippet, f.severity)
    assert f.evidence[0].detail.startswith("secondary: "), f.evidence[0]
    for e in f.evidence:
        if e.signal in ("scam_wording", "promoted_by_lookalike", "search_result"):
            assert e.detail.startswith("secondary: "), e
    assert _walled("quillmarkhamburg", "Papier, Hefte und Notizbücher aus Hamburg.",
                   ).cls == FindingClass.UNVERIFIED


def test_a_walled_page_with_only_a_name_match_stays_unverified() -> None:
    """The brand's name in the search result and nothing else is no evidence of a scam."""
    f = _walled("quillmarkhamburg", "Quillmark Papier: Papier aus Hamburg.",
                promoted=False)
    assert f.cls == FindingClass.UNVERIFIED, f
    assert _walled("quillmarkhamburg", None, promoted=False).cls == FindingClass.UNVERIFIED


def test_a_clearance_lure_without_a_lookalike_stays_unverified() -> None:
    f = _walled("quillmarkhamburg", "Räumungsverkauf -75 %! Nur solange der Vorrat reicht.",
                promoted=False)
    assert f.cls == FindingClass.UNVERIFIED, f


@pytest.mark.parametrize(("platform", "expected"), [
    ("linkedin", FindingClass.OFFICIAL_UNLISTED),  # in the strategy, no account there yet
    ("threads", FindingClass.REDUNDANT),  # outside the strategy
])
def test_a_walled_page_the_official_site_links_is_the_companys(
        platform: str, expected: FindingClass) -> None:
    """The company's own link is read on the company's site, not on the walled page: the
    page is the company's (never unverified, never an impostor), redundant when the brand's
    strategy leaves its platform out."""
    f = _walled("quillmarkpapier", None, promoted=False, platform=platform, official=True)
    assert f.cls == expected, f
    assert "official_site_link" in signals_of(f)
    # the same walled page without the company's link: nothing to go on (on Threads, under
    # a name no Instagram account of the company's has: the Threads page of the declared
    # instagram:quillmarkpapier is that account's, ``own_twins``, tests/test_threads_twins.py)
    bare = "quillmark.papier" if platform == "threads" else "quillmarkpapier"
    assert _walled(bare, None, promoted=False, platform=platform
                   ).cls == FindingClass.UNVERIFIED


def test_a_walled_page_the_official_site_links_but_a_lookalike_promotes_is_no_own_page() -> None:
    """Sites also link impostors to warn about them: with secondary signs of a scam around
    it, the official site's link proves nothing."""
    f = _walled("quillmarkhamburg", "Konto gesperrt? Hier Konto wiederherstellen.",
                official=True)
    assert f.cls == FindingClass.IMPOSTOR, f


# ----------------------------------------------------------------------------- fans (#11)


@pytest.mark.parametrize(("bio", "plain"), [
    ("Gruppe for brukte Quillmark-hefter. Drives av foreldre, ikke av Quillmark.",
     "Gruppe for brukte Quillmark-hefter."),
    ("Tauschgruppe für Quillmark-Hefte, betrieben von Eltern, nicht von Quillmark.",
     "Tauschgruppe für Quillmark-Hefte."),
    ("Nhóm tự lập của khách hàng dùng sổ Quillmark.",
     "Nhóm của khách hàng dùng sổ Quillmark."),
    ("Khách hàng dùng sổ Quillmark. Không phải trang của công ty.",
     "Khách hàng dùng sổ Quillmark."),
    ("Quillmark 노트 리뷰. 회사와 무관한 개인 채널입니다.", "Quillmark 노트 리뷰."),
])
def test_a_page_that_says_who_runs_it_and_that_it_is_not_the_company_is_a_fan(
        bio: str, plain: str) -> None:
    """A community or reviewer about the brand that says it is not run by the company (in
    the languages of ``words.FAN_PATTERNS``) is a fan; without that sentence the same page
    about the brand is no fan."""
    def page(text: str) -> Finding:
        return classify_one(obs("facebook", "hefte.tauschen", display_name="Hefte tauschen",
                                bio=text, posts=40, last_active_at="2026-11-01"))
    f = page(bio)
    assert f.cls == FindingClass.FAN, (bio, f)
    g = page(plain)
    assert g.cls != FindingClass.FAN, (plain, g)


@pytest.mark.parametrize("bio", [
    "Sisustusvlogi. Testissä Quillmarkin vihkot – ei kaupallista yhteistyötä.",  # genitive
    "Uafhængige anmeldelser af Quillmarks notesbøger.",  # possessive
])
def test_a_fan_writing_the_brand_with_a_case_ending_is_a_fan(bio: str) -> None:
    """The brand's name with a case or possessive ending ("Quillmarkin", "Quillmarks") beside
    fan wording ties the page to the brand; the fan wording about another name does not."""
    f = classify_one(obs("youtube", "vihkovlogi", display_name="Vihkovlogi", bio=bio, posts=90,
                         last_active_at="2026-11-01"))
    assert f.cls == FindingClass.FAN, (bio, f)
    other = bio.replace("Quillmark", "Papyrus")
    assert classify_one(obs("youtube", "vihkovlogi", display_name="Vihkovlogi", bio=other,
                            posts=90, last_active_at="2026-11-01")).cls == FindingClass.UNRELATED


@pytest.mark.parametrize(("bio", "plain"), [
    ("Honest gadget reviews from Hamburg. This week: Quillmark notebooks.",
     "Gadgets from Hamburg. This week: Quillmark notebooks."),
    ("Papīra apskati. Šonedēļ: Quillmark burtnīcas.", "Papīrs. Šonedēļ: Quillmark burtnīcas."),
])
def test_a_review_channel_naming_the_brand_is_a_fan(bio: str, plain: str) -> None:
    """A reviewer (reviews, apskati, recenzje ...) naming the brand is an enthusiast: a fan.
    Without the reviewer's word the same page is no fan."""
    def page(text: str) -> Finding:
        return classify_one(obs("youtube", "papiertester", display_name="Papiertester",
                                bio=text, posts=300, last_active_at="2026-11-01"))
    assert page(bio).cls == FindingClass.FAN, page(bio)
    assert page(plain).cls != FindingClass.FAN, page(plain)


def test_a_namesakes_site_named_with_a_case_ending_is_its_own() -> None:
    """``quillmark-ciems.lv`` titled "Viesu nams Quillmark Ciemā" (the place name inflected,
    beside words of its own) is the guesthouse's own site, not a lookalike; titled
    "Quillmark" alone it names nothing but the brand."""
    site = "https://www.quillmark-ciems.lv/"
    guest = obs("facebook", "quillmark.ciems", display_name="Viesu nams Quillmark",
                bio="Naktsmītne pie jūras.", posts=80, external_links=(site,),
                last_active_at="2026-11-01")

    def page(title: str) -> LinkedPage:
        return LinkedPage(site, "facebook", "quillmark.ciems", final_url=site, http_status=200,
                          title=title)
    f = classify_one(guest, (page("Viesu nams Quillmark Ciemā"),))
    assert f.cls == FindingClass.UNRELATED, f
    assert "namesake" in signals_of(f)
    assert classify_one(guest, (page("Quillmark"),)).cls == FindingClass.IMPOSTOR


@pytest.mark.parametrize("page", ["karjera", "karjaar", "vakances"])
def test_a_careers_account_in_a_baltic_language_is_no_second_account(page: str) -> None:
    """An own Instagram account the site links from its careers page (Latvian, Lithuanian,
    Estonian words) has a purpose of its own: official_unlisted. Linked from a page with no
    purpose, it is a second marketing account: redundant."""
    def own(path: str) -> Finding:
        site = Sighting("instagram", "quillmark.team", Via.OFFICIAL_SITE, SITE + path,
                        url="https://instagram.test/quillmark.team")
        return classify_one(obs("instagram", "quillmark.team", display_name="Quillmark Papier",
                                avatar_phash=LOGO, external_links=(SITE + path,), posts=60,
                                last_active_at="2026-11-10", sightings=(site,)))
    assert own(page).cls == FindingClass.OFFICIAL_UNLISTED, own(page)
    assert own("par-mums").cls == FindingClass.REDUNDANT, own("par-mums")


# ------------------------------------------------- own accounts with an audience of their own (#11)


def _own_second(path: str, *, site: str = SITE, bio: str | None = "Papier aus Hamburg.",
                active: str | None = "2026-11-10", domains: tuple[str, ...] = (),
                name: str | None = "Quillmark Papier") -> Finding:
    """An undeclared second Instagram account of the brand, with its logo, that the company's
    site links from ``site`` + ``path``."""
    o = obs("instagram", "quillmark.zweit", display_name=name, bio=bio,
            avatar_phash=LOGO, external_links=(site + path,), posts=60, last_active_at=active,
            sightings=(Sighting("instagram", "quillmark.zweit", Via.OFFICIAL_SITE, site + path,
                                url="https://instagram.test/quillmark.zweit"),))
    inv = replace(INV, domains=(*INV.domains, *domains)) if domains else INV
    found = classify(inv, [*OFFICIAL, o], (), now=NOW)
    return next(f for f in found if f.key == (o.platform, o.handle))


def test_an_own_account_the_site_presents_on_a_page_of_its_own_is_no_second_account() -> None:
    """Linked from a sub-page (a country's, a branch's, a programme's), an own account whose
    page shows itself serves an audience of its own: official_unlisted. Linked from the home
    page or the about page, or showing nothing of itself (a shell that hides its name, bio
    and activity), it doubles the declared account."""
    assert _own_second("at").cls == FindingClass.OFFICIAL_UNLISTED
    assert _own_second("").cls == FindingClass.REDUNDANT
    assert _own_second("ueber-uns").cls == FindingClass.REDUNDANT
    # a news article or the history page names an account; it presents no audience
    assert _own_second("news/2019-sommerfest").cls == FindingClass.REDUNDANT
    assert _own_second("geschichte").cls == FindingClass.REDUNDANT
    assert _own_second("at", active=None, name=None, bio=None).cls == FindingClass.REDUNDANT


def test_an_own_account_on_another_of_the_companys_sites_is_no_second_account() -> None:
    """The footer of another official domain (a country site) links it, while the declared
    account links the main site: an audience of its own, even from that site's home page."""
    f = _own_second("", site="https://www.quillmark.at/", domains=("quillmark.at",))
    assert f.cls == FindingClass.OFFICIAL_UNLISTED, f
    assert _own_second("", domains=("quillmark.at",)).cls == FindingClass.REDUNDANT
    assert _own_second("about/history", site="https://www.quillmark.at/",
                       domains=("quillmark.at",)).cls == FindingClass.REDUNDANT


def test_an_own_offers_account_on_a_page_of_its_own_is_the_marketing_teams_second() -> None:
    """Offers and promotions ("Angebote", "promo") are the marketing team's: next to the
    declared marketing account such an account is a second one, wherever the site links it;
    job offers stay the recruiters'."""
    assert _own_second("aktionen", bio="Angebote und Aktionen von Quillmark Papier."
                       ).cls == FindingClass.REDUNDANT
    assert _own_second("karriere", bio="Jobs und Angebote für Azubis bei Quillmark."
                       ).cls == FindingClass.OFFICIAL_UNLISTED


# ------------------------------------------------- the company's word on a link's sentence (#11)


@pytest.mark.parametrize(("block", "anchor", "note"), [
    ("Régi helyi oldalunk: facebook.com/quillmark.bremen (már nem frissül).",
     "facebook.com/quillmark.bremen", "nem frissul"),
    ("Página antigua: la campaña de 2019 se siguió en Quillmark Canarias.",
     "Quillmark Canarias", "antigua"),
    # the retired words belong to the other link's sentence
    ("Neue Videos auf dem Hauptkanal Quillmark. Der alte Kanal Quillmark TV bleibt als Archiv.",
     "Quillmark", None),
    ("Neue Videos auf dem Hauptkanal Quillmark. Der alte Kanal Quillmark TV bleibt als Archiv.",
     "Quillmark TV", "archiv"),
    # the lexicon's old-page words, in any of its languages (Swahili, English, Portuguese)
    ("Dar es Salaam, Arusha. Ukurasa wa zamani wa tawi la Arusha: facebook.com/qm.arusha.",
     "facebook.com/qm.arusha", "ukurasa wa zamani"),
    ("Our old page for the Bremen shop: facebook.com/quillmark.bremen.",
     "facebook.com/quillmark.bremen", "old page"),
    ("Conta antiga da loja: instagram.com/quillmark.porto.", "instagram.com/quillmark.porto",
     "conta antiga"),
    # an automatic feed is in use
    ("Automatic flight status: x.com/quillmarkstatus.", "x.com/quillmarkstatus", None),
])
def test_the_sentence_around_a_link_says_whether_the_company_retired_it(
        block: str, anchor: str, note: str | None) -> None:
    """The crawl notes the retirement words of the sentence that holds a company's link
    (``crawler.spiders.websites._links``), not of the paragraph: a page may retire one
    channel and point to another in the next sentence."""
    from matching.signals import retired_wording, sentence_around

    at = block.find(anchor) if note != "archiv" else block.rfind(anchor)
    got = retired_wording(sentence_around(block, at, at + len(anchor)))
    assert (got is not None and note is not None and note in got.lower()) or (
        got is None and note is None), (anchor, got)


def test_an_own_regional_page_the_site_calls_old_is_redundant() -> None:
    """A regional page the company links from its own regional page is official_unlisted,
    unless the company's sentence calls it old or no longer updated (the link's note)."""
    def regional(detail: str) -> Finding:
        site = Sighting("facebook", "quillmark.bremen", Via.OFFICIAL_SITE, SITE + "bremen",
                        detail, url="https://facebook.test/quillmark.bremen")
        return classify_one(obs("facebook", "quillmark.bremen", display_name="Quillmark Bremen",
                                bio="Quillmark Papier in Bremen.", avatar_phash=LOGO,
                                external_links=(SITE + "bremen",), sightings=(site,)))
    assert regional("Quillmark Bremen").cls == FindingClass.OFFICIAL_UNLISTED
    assert regional("Quillmark Bremen (nicht mehr aktiv)").cls == FindingClass.REDUNDANT


# ----------------------------------------------------------------------------- detect8 (#11)
# walled pages a lookalike promotes; a payment service named in a walled page's search result

def _walled_hit(handle: str, title: str, snippet: str, *more: Sighting,
            platform: str = "facebook") -> ProfileObservation:
    url = f"https://{platform}.test/{handle}"
    hit = Sighting(platform, handle, Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                   "quillmark", url, title=title, snippet=snippet)
    return obs(platform, handle, ProbeState.UNVERIFIABLE, sightings=(hit, *more))


#: an inventory whose official domain is not the brand's word: a domain of that word and another
#: word (no lure word, no official name) is then a lookalike only by the profile it links
QM_SITE = "https://www.qm-papier.de/"
INV_QM = replace(INV, domains=("qm-papier.de",), brands=(replace(INV.brands[0],
                                                                 websites=(QM_SITE,)),))
WORD_DOMAIN = "https://quillmark-bestellung.eu/"
LOTTERY = ("Quillmark Papier Lucky Draw 🎁 | Facebook",
           "5,600 Followers - Quillmark Papier Lucky Draw. Code unter dem Deckel eingeben!")


def _classify_qm(o: ProfileObservation) -> Finding:
    findings = classify(INV_QM, [*OFFICIAL, o], (), now=NOW)
    return next(f for f in findings if f.key == (o.platform, o.handle))


def _promo(handle: str, source: str = WORD_DOMAIN) -> Sighting:
    return Sighting("facebook", handle, Via.LINKED_PAGE, source,
                    url=f"https://facebook.test/{handle}")


def test_walled_page_a_brand_word_domain_promotes_is_an_impostor() -> None:
    """A domain made of the brand's word plus other words that links a walled page bearing the
    brand's full name is a lookalike; with a prize in its search result (a gift emoji, no word
    of any language): two signs, an impostor, said as secondary."""
    f = _classify_qm(_walled_hit("quillmarkdraw", *LOTTERY, _promo("quillmarkdraw")))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert f.evidence[0].detail.startswith("secondary: "), f.evidence[0]
    e = next(e for e in f.evidence if e.signal == "promoted_by_lookalike")
    assert e.detail.startswith("secondary: ") and "quillmark-bestellung.eu" in e.detail
    # without the link, a name and a prize: unverified
    g = _classify_qm(_walled_hit("quillmarkdraw", *LOTTERY))
    assert g.cls == FindingClass.UNVERIFIED, g
    # with the link, but no prize: one sign, unverified
    plain = (LOTTERY[0].replace(" 🎁", ""), "Quillmark Papier Bestellungen.")
    h = _classify_qm(_walled_hit("quillmarkdraw", *plain, _promo("quillmarkdraw")))
    assert h.cls == FindingClass.UNVERIFIED, h
    assert "promoted_by_lookalike" in signals_of(h)


def test_a_brand_word_domain_linking_a_namesake_is_no_lookalike() -> None:
    """The same kind of domain linking a page that bears only the shared word (a restaurant
    named like the brand) proves nothing: the linked profile's name decides."""
    f = _classify_qm(_walled_hit("cafeamquillmark", "Café am Quillmark 🎉 | Facebook",
                                 "Frühstück und Kuchen am Quillmarkplatz.",
                                 _promo("cafeamquillmark")))
    assert f.cls == FindingClass.UNVERIFIED, f
    assert "promoted_by_lookalike" not in signals_of(f)


def test_own_walled_page_linked_from_the_official_site_stays_own() -> None:
    """An own walled page the official site links, named as the brand, is the company's; the
    brand-word domain rule adds nothing to it."""
    site = Sighting("facebook", "quillmarkorders", Via.OFFICIAL_SITE, QM_SITE + "bestellen",
                    "Facebook", url="https://facebook.test/quillmarkorders")
    title = ("Quillmark Papier Bestellungen | Facebook", "Quillmark Papier Bestellungen.")
    f = _classify_qm(_walled_hit("quillmarkorders", *title, site))
    assert f.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), f


TICKETS = ("Quillmark Papier Tickets (@quillmark.tickets) • Threads",
           "Quillmark Papier Tickets für alle Termine. Uplata unaprijed na Revolut, "
           "Tickets schicken wir per DM")


def test_walled_page_whose_search_result_takes_payment_by_app_is_a_high_impostor() -> None:
    """A payment service named by its own name beside a private channel in the search result
    of a walled page: money asked out of sight, whatever the language (two signs, high)."""
    f = classify_one(_walled_hit("quillmark.tickets", *TICKETS, platform="threads"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert "Revolut" in f.evidence[0].detail
    # the same text without the payment service: unverified
    plain = (TICKETS[0], "Quillmark Papier Tickets für alle Termine. Tickets per DM")
    assert classify_one(_walled_hit("quillmark.tickets", *plain, platform="threads")).cls == (
        FindingClass.UNVERIFIED)
    # a warning about such payments is no request
    warn = (TICKETS[0], "Quillmark Papier Tickets: never pay via Revolut or in DM.")
    assert classify_one(_walled_hit("quillmark.tickets", *warn, platform="threads")).cls == (
        FindingClass.UNVERIFIED)


def test_a_deposit_asked_as_a_share_of_the_price_is_money_up_front() -> None:
    """"Deposit 50 %" asks money first as a sum does: with a lookalike linking the walled
    page, two signs and high; the discount beside it ("-40 %") is no deposit."""
    deal = ("Quillmark Papier Bestellungen | Facebook",
            "Quillmark Papier bis -40 %. Anzahlung 50 % aufs Konto, Bestätigung per Messenger.")
    f = _classify_qm(_walled_hit("quillmarkorders", *deal, _promo("quillmarkorders")))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    calm = (deal[0], "Quillmark Papier bis -40 %. Bestätigung per Messenger.")
    g = _classify_qm(_walled_hit("quillmarkorders", *calm, _promo("quillmarkorders")))
    assert g.cls == FindingClass.UNVERIFIED, g


# an own offshoot (a campaign, a hotel of the chain) vs a namesake that links the company's site

CAMPAIGN = obs("x", "quillmarkschulstart", display_name="Schulstart Festival 2023",
               bio="Das Quillmark Papier Schulstart Festival 2023 ✏️", posts=64,
               avatar_phash="93331ba16e48ebd2", external_links=(SITE,),
               created_at="2023-01-10", last_active_at="2026-11-01")


def test_an_offshoot_that_names_the_brand_and_links_only_its_site_is_the_companys() -> None:
    f = classify_one(CAMPAIGN)
    assert f.cls == FindingClass.OFFICIAL_UNLISTED, f
    assert "own_channel" in signals_of(f)


def test_the_same_offshoot_without_the_brand_in_its_bio_is_a_namesake_said_truly() -> None:
    """Without the brand named in its bio, the link to the company's site alone proves
    nothing, and the reason does not claim the profile shows "no official link"."""
    mutant = replace(CAMPAIGN, fields=replace(CAMPAIGN.fields, bio="Festival 2023 ✏️"))
    f = classify_one(mutant)
    assert f.cls != FindingClass.OFFICIAL_UNLISTED, f
    assert "own_channel" not in signals_of(f)
    assert not any("official or lookalike link" in e.detail for e in f.evidence), f.evidence


def test_an_offshoot_with_another_sites_link_or_fan_words_is_not_the_companys() -> None:
    other = replace(CAMPAIGN, fields=replace(
        CAMPAIGN.fields, external_links=(SITE, "https://festival-tickets.example.org/")))
    assert "own_channel" not in signals_of(classify_one(other))
    fan = replace(CAMPAIGN, fields=replace(
        CAMPAIGN.fields, bio="Fan page: das Quillmark Papier Schulstart Festival 2023"))
    assert classify_one(fan).cls == FindingClass.FAN


# a second "official" with a badge beside the declared account

BADGED = obs("instagram", "quillmarkpapier.de", display_name="Quillmark Papier",
             bio="Official page of Quillmark Papier ✏️ quillmark.de", avatar_phash=LOGO,
             verified=True, posts=190, followers=26000, following=4000,
             external_links=(SITE,), created_at="2025-06-06", last_active_at="2026-11-19")


def test_a_badged_second_official_beside_the_declared_account_is_an_impostor() -> None:
    """Badge, logo, bio and the company's link can be bought or copied: calling itself the
    official account beside the declared one, with nothing official vouching, deceives."""
    f = classify_one(BADGED)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    assert "unproven_claim" in signals_of(f)


def test_the_same_badged_account_linked_from_the_official_site_is_the_companys() -> None:
    site = Sighting("instagram", "quillmarkpapier.de", Via.OFFICIAL_SITE, SITE, "Instagram",
                    url="https://instagram.test/quillmarkpapier.de")
    f = classify_one(replace(BADGED, sightings=(site,)))
    assert f.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), f


def test_the_same_account_without_a_badge_or_where_none_is_declared_is_the_companys() -> None:
    """An old own double (no badge) and an account on a platform the company has none on
    claim no declared account's seat: the logo and the site's link make them its own."""
    plain = classify_one(replace(BADGED, fields=replace(BADGED.fields, verified=False)))
    assert plain.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), plain
    elsewhere = classify_one(replace(BADGED, platform="x"))
    assert elsewhere.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), elsewhere


# a neighbour the official site links

NEIGHBOUR = obs("instagram", "cafe_quillmark", display_name="Café Quillmark",
                bio="Frühstück und Kuchen im Hafen 🥐 hafencafe-hamburg.de", posts=540,
                followers=3600, external_links=("https://www.hafencafe-hamburg.de/",),
                created_at="2018-01-01", last_active_at="2026-11-19",
                sightings=(Sighting("instagram", "cafe_quillmark", Via.OFFICIAL_SITE, SITE,
                                    "Instagram", url="https://instagram.test/cafe_quillmark"),))


def test_a_neighbour_the_official_site_links_is_not_the_companys() -> None:
    """Its own website is another business's and it shares only a word of the brand: the
    official site's link (partners, neighbours, where to eat) proves no ownership."""
    f = classify_one(NEIGHBOUR)
    assert f.cls == FindingClass.UNRELATED, f
    assert "official_site_mention" in signals_of(f)


@pytest.mark.parametrize("change", [
    {"avatar_phash": LOGO},
    {"display_name": "Quillmark Papier Café"},
    {"external_links": (SITE + "cafe",)},
])
def test_a_linked_page_that_carries_the_brand_is_the_companys(change: dict) -> None:  # type: ignore[type-arg]
    f = classify_one(replace(NEIGHBOUR, fields=replace(NEIGHBOUR.fields, **change)))
    assert f.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), f


def test_a_bio_that_shares_only_the_brand_and_a_phrase_is_no_copy() -> None:
    """"Supporters' group of <brand>. We are not the official page" shares words with the
    official "<brand>. Official page", in another order and with others around: no copy."""
    from matching.signals import bio_similarity

    official = {"facebook:club": "Sportski tim · Senj. Službena stranica HNK Bura Senj."}
    fan = "Navijačka skupina HNK Bura od 1994. Nismo službena stranica kluba."
    assert bio_similarity(fan, official) is None
    copy = "Sportski tim, Senj. Službena stranica HNK Bura Senj!"
    assert bio_similarity(copy, official) is not None


# ----------------------------------------------------------------------------- detect9 (#11)
# words of trade on a page named as someone else; a namesake's site named by its initials


TOURS = obs("tiktok", "quillmark.tours", display_name="Quillmark Tours & Safaris",
            bio="Spice tours and Quillmark Papier mill visits, book on WhatsApp", posts=190,
            followers=5400, created_at="2021-06-06", last_active_at="2026-11-10")


def test_a_business_named_as_itself_that_takes_bookings_by_whatsapp_is_no_impostor() -> None:
    """Another business sharing the brand's word, whose only 'scam' words are how it takes
    orders, deceives nobody about the brand: a namesake, said without denying the words."""
    f = classify_one(TOURS)
    assert f.cls == FindingClass.UNRELATED, f
    assert "ask for no money or data" in f.evidence[0].detail, f.evidence[0]


@pytest.mark.parametrize("change", [
    # the same words under the brand's own name: posing, and taking orders in private
    {"display_name": "Quillmark Papier"},
    # a request for money or data is no trade's word
    {"bio": "Quillmark Papier mill visits, book on WhatsApp, send your card number to confirm"},
    # a lure in the name
    {"display_name": "Quillmark Tours Giveaway"},
])
def test_the_same_business_posing_or_asking_for_money_is_an_impostor(change: dict) -> None:  # type: ignore[type-arg]
    f = classify_one(replace(TOURS, fields=replace(TOURS.fields, **change)))
    assert f.cls == FindingClass.IMPOSTOR, f


def test_an_employee_whose_name_is_a_soft_lure_word_is_a_personal_account() -> None:
    """A person called Zawadi ("gift" in Swahili) who says where she works: the lure word is
    her name, not an offer; with a request for data she is an impostor again."""
    person = obs("tiktok", "mama_gratis_dsm", display_name="Mama Gratis",
                 bio="I work at Quillmark Papier, cooking and comedy", posts=600,
                 followers=23000, created_at="2020-09-09", last_active_at="2026-11-15")
    f = classify_one(person)
    assert f.cls == FindingClass.UNRELATED, f
    assert "employee" in f.evidence[0].detail, f.evidence[0]
    asks = replace(person, fields=replace(
        person.fields, bio="I work at Quillmark Papier, send your card number for a refund"))
    assert classify_one(asks).cls == FindingClass.IMPOSTOR


CLUB_SITE = "https://www.sk-quillmark.de/"
CLUB = obs("instagram", "sk_quillmark", display_name="Segel Klub Quillmark",
           bio="Regatten und Jugendtraining seit 1985, am Quillmarker See.", posts=600,
           followers=1700, external_links=(CLUB_SITE,), created_at="2016-09-01",
           last_active_at="2026-11-15")


def club_one(title: str, site: str = CLUB_SITE, o: ProfileObservation = CLUB) -> Finding:
    page = LinkedPage(site, o.platform, o.handle, final_url=site, http_status=200, title=title)
    findings = classify(INV, [*OFFICIAL, o], (page,), now=NOW)
    return next(f for f in findings if f.key == (o.platform, o.handle))


def test_a_clubs_site_named_by_its_initials_and_the_word_is_no_lookalike() -> None:
    """``sk-quillmark.de`` of "Segel Klub Quillmark": a club's usual domain, its own words cut
    to initials beside the word it shares with the brand; its page names itself so."""
    f = club_one("Segel Klub Quillmark – Regattateam")
    assert f.cls == FindingClass.UNRELATED, f
    assert "namesake" in signals_of(f)
    assert not signals_of(f) & {"lookalike_link", "lookalike_page"}


@pytest.mark.parametrize("title,site", [
    # other initials than the page's name
    ("Segel Klub Quillmark – Regattateam", "https://www.xy-quillmark.de/"),
    # the page wears the brand's full name
    ("Quillmark Papier – Segel Klub", CLUB_SITE),
])
def test_a_site_not_named_by_the_clubs_initials_stays_a_lookalike(title: str, site: str) -> None:
    f = club_one(title, site, replace(CLUB, fields=replace(CLUB.fields, external_links=(site,))))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "lookalike_link" in signals_of(f)


def test_initialled_names() -> None:
    from matching.signals import initialled
    assert initialled("Smučarski klub Kozorog", "skkozorog")
    assert initialled("Planinsko društvo Kozorog", "pdkozorog")
    assert not initialled("Klub Kozorog", "kkozorog")  # one initial says nothing
    assert not initialled("Smučarski klub", "skkozorog")  # no word kept
    assert not initialled("Smučarski klub Kozorog", "sckozorog")


#: the brand's word shared by all its names (no alias of its own) and its initials as an alias
INV_QP = replace(INV_QM, brands=(replace(INV_QM.brands[0], aliases=(
    "Quillmark Papier GmbH", "QMP")),))
CAREERS = "https://quillmark-karriere.net/"
TRACKING = "https://qmp-tracking.net/"


def _classify_qp(o: ProfileObservation) -> Finding:
    findings = classify(INV_QP, [*OFFICIAL, o], (), now=NOW)
    return next(f for f in findings if f.key == (o.platform, o.handle))


@pytest.mark.parametrize("handle,snippet,site", [
    ("quillmarkpapiergmbh", "Remote testers wanted. Apply at quillmark-karriere.net", CAREERS),
    ("quillmarkpapierr", "Kundendienst QMP. Sendung verfolgen: qmp-tracking.net", TRACKING),
])
def test_walled_page_and_the_brand_word_domain_it_names_that_links_it_is_an_impostor(
        handle: str, snippet: str, site: str) -> None:
    """A walled page under the brand's full name whose search result sends its readers to a
    domain made of the brand's own word (shared by all its names) or its initials, a domain
    that links the page back: the two point at each other, two signs of one scam."""
    title = "Quillmark Papier GmbH | Facebook"
    f = _classify_qp(_walled_hit(handle, title, snippet, _promo(handle, site)))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert f.evidence[0].detail.startswith("secondary: "), f.evidence[0]
    assert "the very lookalike" in f.evidence[0].detail
    # the domain links it, but the result does not send anyone there: one sign
    g = _classify_qp(_walled_hit(handle, title, "Papier aus Hamburg.", _promo(handle, site)))
    assert g.cls == FindingClass.UNVERIFIED, g
    assert "promoted_by_lookalike" in signals_of(g)
    # the result names the domain, which does not link it: no lookalike at all
    h = _classify_qp(_walled_hit(handle, title, snippet))
    assert h.cls == FindingClass.UNVERIFIED, h


def test_initials_inside_a_longer_word_of_a_domain_are_no_lookalike() -> None:
    """'qmp' in ``qmpx-tracking.net`` is no word of its own: the domain borrows nothing."""
    site = "https://qmpx-tracking.net/"
    f = _classify_qp(_walled_hit("quillmarkpapierr", "Quillmark Papier GmbH | Facebook",
                                 "Sendung verfolgen: qmpx-tracking.net",
                                 _promo("quillmarkpapierr", site)))
    assert f.cls == FindingClass.UNVERIFIED, f
    assert "promoted_by_lookalike" not in signals_of(f)


FAN_ART = obs("pinterest", "quillmarkpapier", display_name="Quillmark Papier",
              bio="Fan art we love, pinned by the Quillmark Papier community team",
              avatar_phash=LOGO, posts=210, followers=600, external_links=(SITE,),
              created_at="2022-04-04", last_active_at="2023-08-08")


def test_an_own_board_sharing_fan_art_is_the_companys() -> None:
    """'Fan art' names what the board shows, not what it is: with the official logo and only
    the official link, the company's own (Pinterest is outside the strategy: redundant)."""
    f = classify_one(FAN_ART)
    assert f.cls == FindingClass.REDUNDANT, f
    assert "company_resources" in signals_of(f)


@pytest.mark.parametrize("change", [
    {"bio": "Fan art we love. An unofficial fan page, not run by Quillmark Papier"},
    {"avatar_phash": None},
])
def test_the_same_board_that_says_it_is_unofficial_or_lacks_the_logo_is_a_fans(
        change: dict) -> None:  # type: ignore[type-arg]
    f = classify_one(replace(FAN_ART, fields=replace(FAN_ART.fields, **change)))
    assert f.cls == FindingClass.FAN, f


@pytest.mark.parametrize("url,text,why", [
    ("https://quillmark-karriere.net/", "Quillmark Papier – Remote testers wanted", "quillmark"),
    ("https://qmp-tracking.net/", "Quillmark Papier GmbH – Ihre Sendung wartet", "QMP"),
    # no brand name in full: a shop of the same word is no reason to visit
    ("https://quillmark-karriere.net/", "Karriere am Quillmarker See", None),
    # the initials inside a longer word
    ("https://qmpx-tracking.net/", "Quillmark Papier GmbH – Ihre Sendung wartet", None),
])
def test_a_search_result_on_a_brand_word_domain_naming_the_brand_is_worth_a_visit(
        url: str, text: str, why: str | None) -> None:
    """The crawl visits a result whose domain borrows the brand's word or initials when the
    result names the brand in full (its page may link the ring's profiles)."""
    from matching.signals import suspicious_site
    got = suspicious_site(url, text, ("qm-papier.de",), ("quillmarkpapier",),
                          ("Quillmark Papier", "Quillmark Papier GmbH", "QMP"))
    assert (got is None) if why is None else (got is not None and f"'{why}'" in got), got


@pytest.mark.parametrize("text", [
    "Nismo službena stranica kluba", "EI OLE ametlik leht", "Omanike kogukond (mitteametlik)",
    "Si ukurasa rasmi", "Resmi hesap değil", "Nie jesteśmy oficjalną stroną",
    "Nem hivatalos oldal", "Nav oficiālais konts", "Không phải trang chính thức",
    "Bukan akun resmi", "Hindi opisyal na page", "Neoficiální stránka",
    "No somos la cuenta oficial",
    "Keine offizielle Seite", "Это не официальная страница", "Δεν είναι η επίσημη σελίδα",
    "לא דף רשמי", "ليست الصفحة الرسمية", "ไม่เป็นทางการ", "অফিসিয়াল নয়",
])
def test_a_page_saying_it_is_not_the_official_one_in_any_language_is_unofficial(text: str) -> None:
    from matching.signals import self_declared_fan
    assert self_declared_fan(text) is not None, text


@pytest.mark.parametrize("text", [
    # orders to readers, not statements about the page
    "Ne propustite službenu nagradnu igru", "Nu rata pagina oficială",
    "No te pierdas la promo oficial", "Verpassen Sie nicht das offizielle Gewinnspiel",
    "Не пропустите официальный розыгрыш", "Ne propásněte oficiální akci",
    # the official word alone, and "the" in Danish
    "Den officielle side for Quillmark", "Naša službena stranica", "Si eres cliente oficial",
])
def test_an_order_or_a_claim_is_no_unofficial_statement(text: str) -> None:
    from matching.signals import self_declared_fan
    assert self_declared_fan(text) is None, text


SUPPORTERS = obs("facebook", "quillmarkfreunde", display_name="Freundeskreis Quillmark",
                 bio="Stammkunden von Quillmark Papier. Nismo službena stranica.", posts=80,
                 followers=400, created_at="2018-01-01", last_active_at="2026-11-01")


def test_a_community_page_that_says_it_is_not_the_official_one_is_a_fan() -> None:
    f = classify_one(SUPPORTERS)
    assert f.cls == FindingClass.FAN, f
    g = classify_one(replace(SUPPORTERS, fields=replace(
        SUPPORTERS.fields, bio="Stammkunden von Quillmark Papier.")))
    assert g.cls != FindingClass.FAN, g


def test_a_persons_channel_saying_it_is_not_official_stays_a_persons() -> None:
    """A teacher's channel that says "no es un canal oficial" is hers, not a fan's."""
    f = classify_one(obs("youtube", "missanaquill", display_name="Ana Morales",
                         bio="Clases de inglés. Enseño en Quillmark Papier. No es un canal "
                             "oficial.", posts=90, followers=800, created_at="2019-01-01",
                         last_active_at="2026-11-01"))
    assert f.cls == FindingClass.UNRELATED, f


KNIT_SITE = "https://www.quillmark-strick.de/"
KNIT = obs("instagram", "quillmark_strick", display_name="Quillmark Strickwaren",
           bio="Handgestrickte Pullover und Mützen aus Kiel.", posts=300, followers=900,
           external_links=(KNIT_SITE,), created_at="2015-05-05", last_active_at="2026-11-01")


def test_a_shops_own_site_named_as_its_account_but_titled_otherwise_is_no_lookalike() -> None:
    """``quillmark-strick.de`` of "Quillmark Strickwaren" (@quillmark_strick), whose page is
    titled with a tagline: it names neither the brand in full nor a lure, so the domain's
    name, the shop's own, speaks: a namesake."""
    f = club_one("Handgestrickte Pullover aus Kiel", KNIT_SITE, KNIT)
    assert f.cls == FindingClass.UNRELATED, f
    assert not signals_of(f) & {"lookalike_link", "lookalike_page"}
    g = club_one("Quillmark Papier – Gewinnspiel", KNIT_SITE, KNIT)
    assert g.cls == FindingClass.IMPOSTOR, g
    assert "lookalike_link" in signals_of(g)


@pytest.mark.parametrize("snippet,cls", [
    # under the brand's full name, readers sent to someone else's site: a second sign
    ("Sendung verfolgen: paket-status24.net", FindingClass.IMPOSTOR),
    # the company's own site, or none: the claim alone
    ("Sendung verfolgen: quillmark.de", FindingClass.UNVERIFIED),
    ("Papier aus Hamburg.", FindingClass.UNVERIFIED),
])
def test_a_walled_page_named_as_the_brand_sending_readers_to_another_site(
        snippet: str, cls: FindingClass) -> None:
    f = classify_one(_walled_hit("quillmarkofficial", "Quillmark Papier | Facebook", snippet))
    assert f.cls == cls, f


@pytest.mark.parametrize("page", ["ajira", "storf", "kerjaya", "swyddi", "zhaopin",
                                  "stellenangebote"])
def test_a_careers_page_names_the_purpose_of_a_page_that_shows_nothing(page: str) -> None:
    """A Facebook page that shows a crawler nothing, linked from the careers page (in
    Swahili, Icelandic, Malay, Welsh, Chinese, German): the page's path names a purpose of
    its own, so it is no second account of the marketing team's page."""
    def own(path: str) -> Finding:
        site = Sighting("facebook", "quillmarkteam2", Via.OFFICIAL_SITE, SITE + path,
                        url="https://facebook.test/quillmarkteam2")
        return classify_one(obs("facebook", "quillmarkteam2", sightings=(site,)))
    assert own(page).cls == FindingClass.OFFICIAL_UNLISTED, own(page)
    assert own("").cls == FindingClass.REDUNDANT, own("")


OLD_TV = obs("youtube", "quillmarkpapiertv", display_name="Quillmark Papier TV",
             bio="Videos von Quillmark Papier. Neue Videos auf unserem Hauptkanal.",
             avatar_phash=LOGO, posts=30, created_at="2011-01-01", last_active_at="2016-03-01")


def test_an_old_silent_channel_in_the_logo_that_links_nowhere_is_the_companys() -> None:
    """Opened in 2011, silent since 2016, the official logo, no link, nothing asked: the
    company's channel from before it linked its site everywhere (redundant: asleep)."""
    f = classify_one(OLD_TV)
    assert f.cls == FindingClass.REDUNDANT, f
    assert "company_resources" in signals_of(f)


@pytest.mark.parametrize("change", [
    # opened a few months before it went quiet (and not sending its readers to "our main
    # channel", which with its silence is proof of its own: see detect16's block)
    {"created_at": "2015-06-01", "bio": "Videos von Quillmark Papier."},
    {"last_active_at": "2026-11-01"},  # still posting: a copy at work
    {"bio": "Videos von Quillmark Papier. Gewinnspiel: schreib uns per DM!"},  # a lure
])
def test_the_same_channel_young_active_or_luring_is_a_candidate(change: dict) -> None:  # type: ignore[type-arg]
    f = classify_one(replace(OLD_TV, fields=replace(OLD_TV.fields, **change)))
    assert f.cls == FindingClass.IMPOSTOR, f


@pytest.mark.parametrize("bio", [
    "Collecting Quillmark Papier notebooks since 1998.", "Ich sammle alte Quillmark Hefte.",
    "Zbiram stare Quillmark zvezke.", "Colecciono cuadernos Quillmark.",
    "Je collectionne les carnets Quillmark.", "Kerään Quillmark-vihkoja.",
])
def test_a_collector_who_says_so_is_a_fan(bio: str) -> None:
    """The collecting said as the collector says it, in several languages: a fan's page; the
    same page without it shares only the name."""
    o = obs("pinterest", "notebooks_archive", display_name="Notebook archive", bio=bio,
            posts=120, followers=300, created_at="2015-01-01", last_active_at="2026-10-01")
    assert classify_one(o).cls == FindingClass.FAN, bio


@pytest.mark.parametrize("text", ["Collect your prize now", "Collect your reward at the link"])
def test_collect_your_prize_is_no_collectors_word(text: str) -> None:
    from matching.signals import self_declared_fan
    assert self_declared_fan(text) is None


def test_the_brands_full_name_selling_by_whatsapp_is_no_trade_of_its_own() -> None:
    """"Quillmark Papier Hefte" taking orders on WhatsApp wears the brand's full name: a pose,
    so its order channel is a scam's, not a namesake's trade."""
    o = replace(TOURS, fields=replace(TOURS.fields, display_name="Quillmark Papier Hefte"))
    assert classify_one(o).cls == FindingClass.IMPOSTOR


#: a brand whose names share a word in several forms (no alias of the word alone)
ILMAR_INV = replace(CRANE_INV, brands=(replace(
    CRANE_INV.brands[0], name="Ilmari Loomakliinik",
    aliases=("Ilmari Loomakliinikud", "Ilmar Vet")),))


def test_a_page_naming_the_word_all_the_brands_names_share_is_near_it() -> None:
    """"Ilmari patsiendid (mitteametlik)": the word every name of the brand starts with, in
    a case form, beside an unofficial word: a fan's page. Without that word, nobody's."""
    def one(name: str) -> Finding:
        blog = Sighting("facebook", "patsiendid", Via.LINKED_PAGE, "https://blog.example.org/",
                        url="https://facebook.test/patsiendid")
        o = obs("facebook", "patsiendid", display_name=name,
                bio="Omanike kogukond. Jagame kogemusi.", posts=50,
                last_active_at="2026-11-01", sightings=(blog,))
        findings = classify(ILMAR_INV, [CRANE_OFFICIAL, o], (), now=NOW)
        return next(f for f in findings if f.key == (o.platform, o.handle))
    assert one("Ilmari patsiendid (mitteametlik)").cls == FindingClass.FAN
    assert one("Tartu patsiendid (mitteametlik)").cls == FindingClass.UNRELATED


@pytest.mark.parametrize("text", ["Bura editi, fan račun", "Fännikonto, ei ole reklaam",
                                  "Fan konto o zeszytach"])
def test_fan_beside_the_word_for_account_in_other_languages_is_a_fan(text: str) -> None:
    from matching.signals import self_declared_fan
    assert self_declared_fan(text) is not None, text


def _disclaimer(name: str, bio: str) -> Finding:
    blog = Sighting("pinterest", "inspiracie", Via.LINKED_PAGE, "https://blog.example.org/",
                    url="https://pinterest.test/inspiracie")
    return classify_one(obs("pinterest", "inspiracie", display_name=name, bio=bio, posts=40,
                            last_active_at="2026-11-01", sightings=(blog,)))


def test_not_connected_beside_the_brands_name_is_a_fans_disclaimer() -> None:
    """"Nie som spojená s firmou" in a bio about Quillmark Papier: a fan's disclaimer. A
    namesake's "not connected with any shop" in a bio that names no brand: no fan."""
    f = _disclaimer("Inšpirácie", "Nástenky podľa Quillmark Papier. Nie som spojená s firmou.")
    assert f.cls == FindingClass.FAN, f
    g = _disclaimer("Quillmark Grooming", "Strihanie psov. Nie som spojená so žiadnym obchodom.")
    assert g.cls != FindingClass.FAN, g


@pytest.mark.parametrize(("title", "site"), [
    ("Guesthouse Quillmark, Racha", "https://www.quillmark-guesthouse.ge/"),
    ("Hotel Quillmark", "https://www.quillmarkhotel.cl/"),
])
def test_a_namesakes_site_titled_with_its_words_in_another_order_is_its_own(
        title: str, site: str) -> None:
    """``quillmark-guesthouse.ge`` titled "Guesthouse Quillmark, Racha": the domain's words in
    another order, beside a word of its own: the guesthouse's own site, not a lookalike (a
    business puts its trade before or after the name as its language goes). Titled
    "Quillmark" alone it names nothing but the brand: a lookalike."""
    guest = obs("instagram", "quillmark.village", display_name=title.split(",")[0],
                bio="Rooms, home cooking, hiking.", posts=310, followers=2900,
                external_links=(site,), last_active_at="2026-11-10")

    def page(t: str) -> LinkedPage:
        return LinkedPage(site, "instagram", "quillmark.village", final_url=site,
                          http_status=200, title=t)
    f = classify_one(guest, (page(title),))
    assert f.cls == FindingClass.UNRELATED, f
    assert "namesake" in signals_of(f)
    assert classify_one(guest, (page("Quillmark"),)).cls == FindingClass.IMPOSTOR


@pytest.mark.parametrize("bio", [
    "Tableros según Quillmark Papier. No tiene relación con la empresa.",  # Spanish
    "Quadros inspirados na Quillmark Papier. Não tem relação com a empresa.",  # Portuguese
    "Tableaux d'après Quillmark Papier. Nous n'avons aucun lien avec la marque.",  # French
])
def test_no_relation_with_beside_the_brands_name_is_a_fans_disclaimer(bio: str) -> None:
    """"No tiene relación con la empresa" beside the brand's name: a fan's disclaimer, as in
    the Slavic and Baltic languages. Without it the same board is no fan."""
    assert _disclaimer("Inspiración", bio).cls == FindingClass.FAN
    plain = bio.split(". ")[0] + "."
    assert _disclaimer("Inspiración", plain).cls != FindingClass.FAN


@pytest.mark.parametrize(("name", "handle"), [
    ("Quillmark Ажлын байр", "quillmark.team"),  # Mongolian: jobs
    ("Quillmark | وظائف", "quillmark.team"),  # Arabic: jobs
    ("Quillmark Papier", "quillmark.ajil"),  # Mongolian in Latin letters
    ("Quillmark Papier", "quillmark_wazayef"),  # Arabic in Latin letters
])
def test_a_careers_account_named_in_mongolian_or_arabic_is_no_second_account(
        name: str, handle: str) -> None:
    """An own Instagram account, linked from the site's front page, whose name or handle says
    "jobs" in Mongolian or Arabic (as written or in Latin letters) has a purpose of its own:
    official_unlisted. Named as the brand alone, it is a second marketing account: redundant."""
    def own(display: str, h: str) -> Finding:
        site = Sighting("instagram", h, Via.OFFICIAL_SITE, SITE,
                        url=f"https://instagram.test/{h}")
        return classify_one(obs("instagram", h, display_name=display, avatar_phash=LOGO,
                                external_links=(SITE,), posts=60,
                                last_active_at="2026-11-10", sightings=(site,)))
    assert own(name, handle).cls == FindingClass.OFFICIAL_UNLISTED, own(name, handle)
    assert own("Quillmark Papier", "quillmark.team").cls == FindingClass.REDUNDANT


@pytest.mark.parametrize(("snippet", "plain"), [
    ("QPay-ээр 20,000 төгрөг шилжүүлнэ үү", "QPay-ээр төлбөр төлөх боломжтой"),  # Mongolian
    ("Бэлгээ QPay-ээр 5000₮ төлөөд аваарай", "Бэлгээ QPay-ээр төлөөд аваарай"),  # ₮ glued
    ("Vodafone Cash 200 جنيه وهنبعتلك الهدية", "Vodafone Cash متاح"),  # Egyptian pounds
    ("Pago por Tenpo, CLP 15000", "Pago por Tenpo"),  # Chilean pesos
])
def test_a_walled_page_asking_for_tugrik_pounds_or_pesos_by_a_payment_app_is_an_impostor(
        snippet: str, plain: str) -> None:
    """A payment app by its own name (QPay, Vodafone Cash, Tenpo) beside a sum in tögrög
    (₮, төгрөг), Egyptian pounds or Chilean pesos, in the search result of a walled page
    nothing official links: two signs, as beside euros or rupees. The app without a sum (or a
    private channel) asks for nothing."""
    def walled(text: str) -> Finding:
        hit = replace(SEARCH, handle="quillmarkpp3", url="https://facebook.test/quillmarkpp3",
                      title="Quillmark Papier | Facebook", snippet=text)
        return classify_one(obs("facebook", "quillmarkpp3", ProbeState.UNVERIFIABLE,
                                sightings=(hit,)))
    assert walled(snippet).cls == FindingClass.IMPOSTOR, walled(snippet)
    assert walled(plain).cls == FindingClass.UNVERIFIED, walled(plain)


@pytest.mark.parametrize("handle", ["quillmark_khedma", "quillmark_uilchilgee", "quillmark_tuslamj",
                                    "quillmarklavlah", "quillmark_hadaya", "quillmark_concurso",
                                    "quillmarkpapier_mn", "quillmarkpapier_masr"])
def test_a_blank_handle_naming_a_help_desk_or_a_country_in_arabic_or_mongolian_is_a_candidate(
        handle: str) -> None:
    """The help desk's, the gift's and the country's words of Arabic and Mongolian as Latin
    handles write them (khedma, uilchilgee, tuslamj, lavlah, hadaya; _mn, _masr), glued to the
    brand's name on a page that shows nothing: a candidate (medium), as ``_help`` or ``_hu``."""
    f = classify_one(obs("x", handle))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, (handle, f)


@pytest.mark.parametrize("handle", ["quillmarkpapier_rasmy", "quillmarkpapier_albanii"])
def test_a_walled_handle_claiming_official_in_arabizi_or_mongolian_is_a_second_sign(
        handle: str) -> None:
    """"Official" as Egyptian (rasmy) and Mongolian (albanii) Latin handles write it: a claim
    nothing official backs, one more sign beside a winner's lure in the search result of a
    walled page. A handle with a word of no such meaning adds nothing."""
    def walled(h: str) -> Finding:
        hit = replace(SEARCH, handle=h, url=f"https://facebook.test/{h}",
                      title="Quillmark Papier | Facebook",
                      snippet="Fuiste seleccionado como ganador del sorteo")
        return classify_one(obs("facebook", h, ProbeState.UNVERIFIABLE, sightings=(hit,)))
    assert walled(handle).cls == FindingClass.IMPOSTOR, walled(handle)
    assert walled("quillmarkpapier_xyz").cls == FindingClass.UNVERIFIED


@pytest.mark.parametrize("name", ["Quillmark Fans", "Hinchas de Quillmark",
                                  "Fanáticos de Quillmark", "Quillmark фэнүүд",
                                  "عشاق Quillmark"])
def test_a_page_named_as_the_brands_fans_is_a_fan(name: str) -> None:
    """A display name that is the brand's name and the word for its fans, in Spanish,
    Mongolian or Arabic as in English, names the page as the fans' own: fan. One more word
    of its own ("... Shop") and the name says something else."""
    def page(display: str) -> Finding:
        return classify_one(obs("instagram", "cuadernos.fotos", display_name=display,
                                bio="Fotos de cuadernos 📓", posts=100, followers=300,
                                last_active_at="2026-11-01"))
    assert page(name).cls == FindingClass.FAN, page(name)
    assert page(f"{name} Shop").cls != FindingClass.FAN


@pytest.mark.parametrize(("warning", "ask"), [
    ("محدش هيطلب منك كود التفعيل", "ابعتلنا كود التفعيل"),  # Egyptian
    ("Нууц үгээ хэнд ч бүү хэл", "Нууц үгээ илгээнэ үү"),  # Mongolian
    ("Ningún ejecutivo te pedirá tu clave de internet", "Envíanos tu clave de internet"),
])
def test_a_walled_pages_warning_against_giving_data_is_no_sign_of_a_scam(
        warning: str, ask: str) -> None:
    """A walled page's search result that warns ("nobody will ask you for the code", "don't
    tell anyone your password") in Egyptian Arabic, Mongolian or Chilean Spanish asks for
    nothing; the same data asked for is a request, two signs."""
    def walled(text: str) -> Finding:
        hit = replace(SEARCH, handle="quillmarkpp4", url="https://facebook.test/quillmarkpp4",
                      title="Quillmark Papier | Facebook", snippet=text)
        return classify_one(obs("facebook", "quillmarkpp4", ProbeState.UNVERIFIABLE,
                                sightings=(hit,)))
    assert walled(warning).cls == FindingClass.UNVERIFIED, walled(warning)
    assert walled(ask).cls == FindingClass.IMPOSTOR, walled(ask)


@pytest.mark.parametrize("handle", ["quillmarkpaiper", "quillmarkpapeir", "quillmarkpapiers"])
def test_a_typo_of_a_declared_handle_wearing_the_logo_is_no_own_account(handle: str) -> None:
    """The official logo and a link to the official domain make an own account, but not under
    a one-letter slip of the handle the company declares on the same platform (two letters
    swapped, one replaced, one added or dropped inside the name): that is a typosquat. The
    same page under a handle of its own ("quillmark.hamburg") is the company's; a letter
    added at an end ("nkbura" -> "hnkbura") is a renaming, not a slip."""
    def page(h: str) -> Finding:
        return classify_one(obs("instagram", h, display_name="Quillmark Papier",
                                bio="Papier aus Hamburg seit 1921. quillmark.de",
                                avatar_phash=LOGO, posts=30, followers=900,
                                external_links=(SITE,), last_active_at="2026-11-10"))
    if handle == "quillmarkpapiers":
        # an end letter added: not a slip inside the name, the logo and link still count
        assert page(handle).cls in (FindingClass.REDUNDANT, FindingClass.OFFICIAL_UNLISTED)
        return
    assert page(handle).cls == FindingClass.IMPOSTOR, page(handle)
    assert page("quillmark.hamburg").cls in (FindingClass.REDUNDANT,
                                             FindingClass.OFFICIAL_UNLISTED)


# ----------------------------------------------------------------------------- detect12 (#11)
# walled scam pages a lookalike links, whose search result names a local price, wallet or fee


@pytest.mark.parametrize("snippet", [
    "Evdən toxuculuq işi, 1200 AZN aylıq",  # Azerbaijani manat (code)
    "Bilet 50 ₼ endirimlə",  # the manat sign
    "Reservá tu franquicia con Gs. 2.000.000",  # Paraguayan guaraníes
    "Tarifë regjistrimi 30 lekë",  # Albanian lek
    "Makina me qira nga 9€",
])
def test_a_price_on_a_walled_page_a_lookalike_links_is_a_second_sign(snippet: str) -> None:
    """A sum of money (in manat, guaraníes, lek as in euros) in the search result of a walled
    page that a lookalike domain links: the offer of the scam's chain, a second sign beside the
    lookalike. The same result with no lookalike, or the lookalike with no sum, is one sign."""
    assert _walled("quillmarkx", snippet).cls == FindingClass.IMPOSTOR, _walled("quillmarkx",
                                                                                snippet)
    assert _walled("quillmarkx", snippet, promoted=False).cls == FindingClass.UNVERIFIED
    assert _walled("quillmarkx", "Open daily, tickets at the gate").cls == FindingClass.UNVERIFIED


@pytest.mark.parametrize("snippet", [
    "टिकट ५०% छुट, eSewa मा तुरुन्त भुक्तानी।",  # Nepal
    "Ticket booking: pay by Khalti",  # Nepal
    "Pagá por Tigo Money y listo",  # Paraguay
    "Paguaj me RIA",  # money transfer desk
])
def test_a_local_wallet_on_a_walled_page_a_lookalike_links_is_a_payment_sign(
        snippet: str) -> None:
    """A local wallet by its own name (eSewa, Khalti, Tigo Money, a transfer desk) in the
    search result of a walled page a lookalike domain links: money taken through the scam's
    chain, with no sum or private channel needed. Unlinked, the wallet's name alone is no sign."""
    assert _walled("quillmarkx", snippet).cls == FindingClass.IMPOSTOR, _walled("quillmarkx",
                                                                                snippet)
    assert _walled("quillmarkx", snippet, promoted=False).cls == FindingClass.UNVERIFIED


def test_the_albanian_ne_is_no_negation_of_a_payment_request() -> None:
    """"Shkruaj në Messenger" (write in Messenger): the Albanian "në" folds to the Slavic
    negation "ne", but asks, not warns. A real negation still makes a warning."""
    ask = "Dërgo paratë me Western Union dhe na shkruaj në Messenger."
    assert _walled("quillmarkx", ask, promoted=False).cls == FindingClass.IMPOSTOR
    warn = "We never take Western Union, write us in Messenger"
    assert _walled("quillmarkx", warn, promoted=False).cls == FindingClass.UNVERIFIED


@pytest.mark.parametrize(("snippet", "plain"), [
    # Albanian: send the deposit by Western Union and write to us in ("në") Messenger
    ("Oferta e verës! Dërgo kaparin me Western Union dhe na shkruaj në Messenger.",
     "Oferta e verës! Na shkruaj në Messenger."),
    # Albanian: a deposit as a share of the price
    ("Makina nga 1500€, kapar 10% me transfertë.", "Makina nga 1500€."),
    # Azerbaijani: a registration fee in manat
    ("Evdən iş, 1200 AZN. Qeydiyyat haqqı 20 AZN", "Evdən iş, 1200 AZN."),
])
def test_a_walled_page_asking_a_deposit_in_albanian_or_azerbaijani_is_an_impostor(
        snippet: str, plain: str) -> None:
    """Money asked first in Albanian (kapar, the deposit; "në", in, is no negation) and
    Azerbaijani (qeydiyyat haqqı, a registration fee, in AZN) in the search result of a
    walled page nothing official links. Without the request it asks for nothing."""
    def walled(text: str) -> Finding:
        hit = replace(SEARCH, handle="quillmarkpp5", url="https://facebook.test/quillmarkpp5",
                      title="Quillmark Papier | Facebook", snippet=text)
        return classify_one(obs("facebook", "quillmarkpp5", ProbeState.UNVERIFIABLE,
                                sightings=(hit,)))
    assert walled(snippet).cls == FindingClass.IMPOSTOR, walled(snippet)
    assert walled(plain).cls == FindingClass.UNVERIFIED, walled(plain)


@pytest.mark.parametrize("bio", [
    "Kağız sevənlərin səhifəsi. Quillmark və digər ustaların işləri. Rəsmi səhifə deyil",
    "Quillmark dəftərləri haqqında müstəqil rəy və müqayisə",  # an independent review
    "ក្រុមអ្នកចូលចិត្ត Quillmark។ មិនមែនទំព័រផ្លូវការ",  # Khmer: not the official page
    "Quillmark को आधिकारिक पेज होइन",  # Nepali
    "Quillmark: nuk është faqe zyrtare",  # Albanian
])
def test_a_page_saying_it_is_not_the_official_one_in_azerbaijani_khmer_nepali_albanian_is_a_fan(
        bio: str) -> None:
    """"Not the official page" and "independent review" in Azerbaijani, Khmer, Nepali and
    Albanian beside the brand's name: a fan's or reviewer's page. The same bio without the
    disclaimer shows nothing of the company: unrelated."""
    def page(text: str) -> Finding:
        return classify_one(obs("instagram", "kagiz.usta", display_name="Kağız Ustası",
                                bio=text, posts=100, followers=300,
                                last_active_at="2026-11-01"))
    assert page(bio).cls == FindingClass.FAN, page(bio)
    assert page("Quillmark dəftərləri haqqında rəy").cls == FindingClass.UNRELATED


def test_a_page_named_as_the_brands_lovers_is_a_fan() -> None:
    """"<brand> Lovers" names the page's people as the brand's fans, as "<brand> Fans" does."""
    def page(display: str) -> Finding:
        return classify_one(obs("instagram", "cuadernos.fotos", display_name=display,
                                bio="Quillmark notebooks", posts=100, followers=300,
                                last_active_at="2026-11-01"))
    assert page("Quillmark Lovers").cls == FindingClass.FAN, page("Quillmark Lovers")
    assert page("Quillmark Sevənlər").cls == FindingClass.FAN
    assert page("Quillmark Papier").cls != FindingClass.FAN


#: an inventory whose brand's name is one word and whose alias of two words is the name with
#: the trade's word ("<Brand> Papier"): an alias a person's full name could share
INV_ALIAS = replace(INV, brands=(replace(INV.brands[0], name="Quillmark",
                                         aliases=("Quillmark Papier",)),))


@pytest.mark.parametrize("bio", [
    "Müştəri xidməti. Problem? DM-də telefon nömrənizi yazın",  # Azerbaijani
    "Kundenservice. Schreib uns per DM",  # German
    "Customer care: DM us your phone number",
])
def test_a_help_desk_under_the_brands_two_word_alias_is_no_namesake(bio: str) -> None:
    """A page known from its search result that wears the company's alias of two words and
    calls itself the customer service (in Azerbaijani, German, English) speaks for the company:
    a candidate impostor, not a person or namesake with a life of its own. The same name with
    a bio of someone else's (poems) stays unrelated."""
    def page(text: str) -> Finding:
        hit = replace(SEARCH, platform="x", handle="QuillmarkDe", url="https://x.test/QuillmarkDe",
                      title="Quillmark Papier (@QuillmarkDe) / X", snippet=text)
        o = obs("x", "QuillmarkDe", ProbeState.FOUND, display_name=None, bio=None,
                sightings=(hit,))
        return next(f for f in classify(INV_ALIAS, [*OFFICIAL, o], (), now=NOW)
                    if f.key == (o.platform, o.handle))
    assert page(bio).cls == FindingClass.IMPOSTOR, page(bio)
    assert page("Gedichte und Lieder aus Hamburg").cls == FindingClass.UNRELATED


def test_a_walled_pages_lure_word_in_handle_and_name_is_one_sign() -> None:
    """A walled page (TikTok's JavaScript shell) known from a search result that shows only its
    name, "Quillmark Papier Sorteo" of @quillmarkpapier_sorteo: the lure word of the handle,
    said again by a name that spells the handle, is one sign, not two: unverified. A
    description that asks for something more makes the second sign."""
    def page(snippet: str) -> Finding:
        hit = replace(SEARCH, platform="tiktok", handle="quillmarkpapier_sorteo",
                      url="https://tiktok.test/@quillmarkpapier_sorteo",
                      title="Quillmark Papier Sorteo (@quillmarkpapier_sorteo) | TikTok",
                      snippet=snippet)
        return classify_one(obs("tiktok", "quillmarkpapier_sorteo", ProbeState.UNVERIFIABLE,
                                sightings=(hit,)))
    assert page("").cls == FindingClass.UNVERIFIED, page("")
    asks = "Ganaste un iPhone 🎁 escribinos al DM"
    assert page(asks).cls == FindingClass.IMPOSTOR, page(asks)


def test_a_price_on_a_walled_namesakes_page_its_own_site_links_is_no_sign() -> None:
    """A walled page named as someone else ("Quillmark Garten", a guest house) that its own
    site, named as the page is (quillmarkgarten.de), links, with a room's price in its search
    result: a namesake's offer, not a scam's chain. The price counts only beside a lookalike
    the page is not named after."""
    def page(handle: str, title: str, source: str) -> Finding:
        url = f"https://facebook.test/{handle}"
        seen = (replace(SEARCH, platform="facebook", handle=handle, url=url, title=title,
                        snippet="Zimmer ab 90 € pro Nacht, Frühstück inklusive"),
                replace(PROMO, platform="facebook", handle=handle, url=url, source=source))
        return classify_one(obs("facebook", handle, ProbeState.UNVERIFIABLE, sightings=seen))
    own = page("quillmarkgarten", "Quillmark Garten | Facebook", "https://quillmarkgarten.de/")
    assert own.cls == FindingClass.UNVERIFIED, own
    scam = page("quillmarkx", "Quillmark Papier | Facebook", "https://quillmark-outlet.shop/")
    assert scam.cls == FindingClass.IMPOSTOR, scam


# detect13

def test_a_walled_pages_fee_with_its_sum_is_money_asked_up_front() -> None:
    """A walled page (Facebook's login wall) known from its search result, "Quillmark Papier
    Recruitment 2026": a registration or test fee named with its sum ("Pay GH₵150
    registration fee", "Test fee Rs 500") is money asked before any service, which weighs as
    two signs: an impostor. The same result without a sum is one sign at most: unverified."""
    def page(snippet: str) -> Finding:
        hit = replace(SEARCH, platform="facebook", handle="quillmarkrecruitment2026",
                      url="https://facebook.test/quillmarkrecruitment2026",
                      title="Quillmark Papier Recruitment 2026 | Facebook", snippet=snippet)
        return classify_one(obs("facebook", "quillmarkrecruitment2026",
                                ProbeState.UNVERIFIABLE, sightings=(hit,)))
    for asks in ("Quillmark Papier recruitment 2026 - apply now. Pay GH₵150 registration fee "
                 "to secure your slot.",
                 "Quillmark Papier jobs 2026: driver, loader. Test fee Rs 500 to apply."):
        assert page(asks).cls == FindingClass.IMPOSTOR, page(asks)
    bland = "Quillmark Papier recruitment 2026 - apply now on our careers page."
    assert page(bland).cls == FindingClass.UNVERIFIED, page(bland)


def test_a_pin_or_a_card_number_and_sms_code_asked_of_a_help_desks_readers() -> None:
    """A help desk known only from its search result (X shows a crawler no name or bio) that
    asks for a mobile-money PIN with a number, or (in Bulgarian) a card number and the code of
    an SMS: a request for data no company makes in public, an impostor. The same page asking
    for nothing is no impostor."""
    def page(snippet: str) -> Finding:
        hit = replace(SEARCH, platform="x", handle="quillmarkhelp",
                      url="https://x.test/quillmarkhelp",
                      title="Quillmark Help (@QuillmarkHelp) / X", snippet=snippet)
        return classify_one(obs("x", "quillmarkhelp", display_name=None, bio=None,
                                sightings=(hit,)))
    for asks in ("Quillmark Papier support. For a refund DM your account number, MoMo "
                 "number and PIN.",
                 "Quillmark Papier: проблем с плащането? Пишете ни DM с номера на картата и "
                 "кода от SMS."):
        assert page(asks).cls == FindingClass.IMPOSTOR, page(asks)
    bland = "Quillmark Papier fans: we talk about notebooks and pens."
    assert page(bland).cls != FindingClass.IMPOSTOR, page(bland)


def test_a_page_that_names_itself_a_reseller_of_the_goods_is_no_impostor() -> None:
    """A page with the brand's name and copied logo that names itself a seller of the brand's
    goods ("Authorized Distributor", "yetkili bayi", "موزع معتمد") and asks for nothing is a
    trade of its own (a wholesaler to allow): unrelated. Without those words it is a candidate
    (impostor, low); a page that invites people to become distributors hands dealerships out
    (the company's voice, or a dealership fee scam's): still a candidate."""
    def page(name: str, bio: str) -> Finding:
        return classify_one(obs("facebook", "quillmarkpapierhamburg", display_name=name,
                                bio=bio, avatar_phash=LOGO, posts=40))
    bio = "Quillmark Papier wholesale rates. Delivery in Hamburg. Call 040 1234567."
    for name in ("Quillmark Papier - Authorized Distributor Hamburg",
                 "Quillmark Papier yetkili bayi", "Quillmark Papier موزع معتمد"):
        assert page(name, bio).cls == FindingClass.UNRELATED, page(name, bio)
    plain = page("Quillmark Papier Hamburg", "Delivery in Hamburg. Call 040 1234567.")
    assert plain.cls == FindingClass.IMPOSTOR and plain.severity == Severity.MEDIUM, plain
    invite = page("Quillmark Papier", "Devenez distributeur officiel Quillmark Papier !")
    assert invite.cls == FindingClass.IMPOSTOR, invite


def test_a_walled_pages_investment_with_its_sum_and_a_guaranteed_profit() -> None:
    """A walled page known from its search result that invites people to invest in the brand
    from a sum and promises a guaranteed profit (Bulgarian, read from Cyrillic): money asked
    up front and an investment scam's promise, two signs: an impostor. A result that only
    names the brand's shares is no sign: unverified."""
    def page(snippet: str) -> Finding:
        hit = replace(SEARCH, platform="facebook", handle="quillmarkinvest",
                      url="https://facebook.test/quillmarkinvest",
                      title="Quillmark Papier Invest | Facebook", snippet=snippet)
        return classify_one(obs("facebook", "quillmarkinvest", ProbeState.UNVERIFIABLE,
                                sightings=(hit,)))
    asks = "Инвестирайте в Quillmark Papier от 250 €. Гарантирана печалба."
    assert page(asks).cls == FindingClass.IMPOSTOR, page(asks)
    bland = "Quillmark Papier: Nachrichten für Aktionäre."
    assert page(bland).cls == FindingClass.UNVERIFIED, page(bland)


def test_an_own_outage_account_beside_its_departments_news_is_no_duplicate() -> None:
    """An own X account the site's support page links, ``quillmarkoutage``, beside the
    network operations team's declared account (``quillmarknetz``, no status channel): alerts
    are a purpose of their own, official_unlisted. Beside a declared status account
    (``quillmarkstatus``) it is a second one: redundant."""
    def one(declared_handle: str) -> Finding:
        inv = replace(INV, departments=(*INV.departments, Department("Netzbetrieb")),
                      brands=(replace(INV.brands[0], accounts=(
                          *INV.brands[0].accounts,
                          OfficialAccount("x", declared_handle, "Quillmark Papier",
                                          "Netzbetrieb"))),))
        site = Sighting("x", "quillmarkoutage", Via.OFFICIAL_SITE, SITE + "support",
                        url="https://x.test/quillmarkoutage")
        o = obs("x", "quillmarkoutage", sightings=(site,))
        declared = ProfileObservation("x", declared_handle, f"https://x.test/{declared_handle}",
                                      ProbeState.FOUND)
        found = classify(inv, [*OFFICIAL, declared, o], (), now=NOW)
        return next(f for f in found if f.key == (o.platform, o.handle))
    assert one("quillmarknetz").cls == FindingClass.OFFICIAL_UNLISTED, one("quillmarknetz")
    assert one("quillmarkstatus").cls == FindingClass.REDUNDANT, one("quillmarkstatus")


def test_a_customer_who_calls_the_brand_her_favourite_is_a_fan() -> None:
    """A stylist's page about the brand's goods, with a person's own picture and no logo,
    that calls the brand her favourite ("my favourite brand", Mongolian "миний хамгийн дуртай
    брэнд"): a fan, though it never says "unofficial". Without those words: unrelated."""
    def page(bio: str) -> Finding:
        return classify_one(obs("tiktok", "lena.papierstyling", display_name="Lena | styling",
                                bio=bio, posts=150, followers=12000,
                                last_active_at="2026-11-18"))
    for fan_words in ("My favourite brand.", "Миний хамгийн дуртай брэнд."):
        bio = f"Quillmark notebooks, ten ways to use them. {fan_words} #quillmark"
        assert page(bio).cls == FindingClass.FAN, page(bio)
    plain = "Quillmark notebooks, ten ways to use them. #quillmark"
    assert page(plain).cls == FindingClass.UNRELATED, page(plain)


def test_a_walled_own_account_whose_handle_names_the_sub_page_that_links_it() -> None:
    """An own Instagram account the page can't be read of (a wall), ``quillmark.cafe``,
    linked from the site's "/cafe" page: the handle and the site name the same line of
    business, no second account of the marketing team's: official_unlisted. Linked from the
    home page only, nothing sets it apart: redundant beside the declared account."""
    def one(page: str) -> Finding:
        site = Sighting("instagram", "quillmark.cafe", Via.OFFICIAL_SITE, SITE + page,
                        url="https://instagram.test/quillmark.cafe")
        return classify_one(obs("instagram", "quillmark.cafe", ProbeState.UNVERIFIABLE,
                                sightings=(site,)))
    assert one("cafe").cls == FindingClass.OFFICIAL_UNLISTED, one("cafe")
    assert one("").cls == FindingClass.REDUNDANT, one("")


# detect14

@pytest.mark.parametrize("bio", [
    "Dirbk iš namų su Quillmark Papier! Uždirbk 50–200 € per dieną.",  # Lithuanian
    "Strādā no mājām ar Quillmark Papier, pelni 30 € dienā.",  # Latvian
    "Quillmark Papier: teeni 50 € päevas, tööta kodust.",  # Estonian
    "Quillmark Papier: зарабатывай 100$ в день.",  # Russian, read from Cyrillic
    "Quillmark Papier: vydělej 2000 Kč denně.",  # Czech
])
def test_a_task_job_earning_a_sum_a_day_is_scam_wording(bio: str) -> None:
    """The task scam's offer ("rate products and earn 50-200 EUR a day", "work from home") in
    the Baltic languages, Russian and Czech, on a page with the brand's name and logo: scam
    wording, an impostor that asks for victims (high). The same page offering the brand's
    notebooks is a candidate at most (low)."""
    def page(text: str) -> Finding:
        return classify_one(obs("telegram", "quillmark_darbas", display_name="Quillmark Papier",
                                bio=text, avatar_phash=LOGO))
    f = page(bio)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert "scam_wording" in signals_of(f), f
    plain = page("Quillmark Papier notebooks, 8 hours a day of paper love.")
    assert plain.severity != Severity.HIGH, plain


def _with(*extra: ProfileObservation) -> dict[tuple[str, str], Finding]:
    return {f.key: f for f in classify(INV, [*OFFICIAL, *extra], (), now=NOW)}


PERSONA = obs("telegram", "Quillmark_HR_Lena", display_name="Lena | Quillmark HR",
              bio="Quillmark Papier Personalmanagerin. Remote.", avatar_phash="0f0f0f0f0f0f0f0f")


def test_the_staff_persona_a_scam_sends_its_victims_to_is_an_impostor() -> None:
    """A "HR manager" with a person's name and a stock photo (``Quillmark_HR_Lena``) shows
    nothing a scam says: alone, a namesake. When an impostor of the same platform that asks
    for victims (a task job: "earn 50-200 EUR a day ... write to @Quillmark_HR_Lena") names it
    as the contact, it is the scam's staff persona: an impostor as severe as the scam. An
    employee's own account ("opinions my own") the same scam names stays a person's own, and
    a channel naming it without asking for anything makes it nothing."""
    alone = _with(PERSONA)[("telegram", "quillmark_hr_lena")]
    assert alone.cls != FindingClass.IMPOSTOR or alone.severity == Severity.LOW, alone
    scam = obs("telegram", "Quillmark_Darbas", display_name="Quillmark Papier darbas",
               bio="Dirbk iš namų su Quillmark Papier! Uždirbk 50–200 € per dieną. "
                   "Rašyk: @Quillmark_HR_Lena", avatar_phash=LOGO)
    named = _with(PERSONA, scam)[("telegram", "quillmark_hr_lena")]
    assert named.cls == FindingClass.IMPOSTOR and named.severity == Severity.HIGH, named
    assert "quillmark_darbas" in named.evidence[0].detail, named.evidence[0]
    employee = replace(PERSONA, fields=replace(
        PERSONA.fields, bio="Personalmanagerin bei Quillmark Papier. Opinions my own."))
    mine = _with(employee, scam)[("telegram", "quillmark_hr_lena")]
    assert mine.cls == FindingClass.UNRELATED, mine
    quiet = replace(scam, fields=replace(scam.fields, bio="Quillmark Papier. Write to "
                                         "@Quillmark_HR_Lena about our notebooks."))
    other = _with(PERSONA, quiet)[("telegram", "quillmark_hr_lena")]
    assert other.cls != FindingClass.IMPOSTOR or other.severity == Severity.LOW, other


@pytest.mark.parametrize(("text", "asks"), [
    # the Albanian "në" (in) before the request folds to the Slavic negation "ne": it asks
    ("Na dërgoni në Messenger numrin e kartës", True),
    # "no" as "number" (TC kimlik no, account no.) is no negation
    ("TC kimlik no ve IBAN gönderin", True),
    ("Send your account no. and card number for the refund", True),
    ("Customer no: 12345, send your card number", True),
    # real negations in Latin letters around the Latin-letter phrases the other scripts'
    # list holds (CVV, CVC): warnings, no requests
    ("We will never ask for your CVV", False),
    ("Nunca te pediremos el CVC", False),
    ("Asla CVV kodunuzu istemeyiz", False),
    ("Nuk kërkojmë kurrë CVV", False),
    ("No card number needed, ever", False),
    # the same phrase in another script's sentence is still a request
    ("CVVコードを入力してください", True),
])
def test_negation_is_read_at_one_depth_for_every_request(text: str, asks: bool) -> None:
    """One reading of negation for every reader of requests (data, payment, scam wording,
    resellers): a word that only folds to a negation (the Albanian "në"), or "no" meaning
    "number", negates nothing; a Latin-script negation ("never", "nunca", "asla", "kurrë")
    negates the Latin letters the other scripts' list shares (CVV)."""
    assert bool(data_request(text)) is asks, (text, data_request(text))


def test_a_walled_own_page_warning_never_to_give_the_cvv_is_the_companys() -> None:
    """A walled page the official site links, whose search result warns "we will never ask for
    your CVV": the company's own, not a page asking for card
    data (a second Facebook page beside the declared one: redundant). The same result asking
    for the CVV is a sign of a scam: no longer the company's."""
    warn = _walled("quillmarkhamburg", "Quillmark Papier Hamburg. We will never ask for your "
                   "CVV.", promoted=False, official=True)
    assert warn.cls == FindingClass.REDUNDANT, warn
    ask = _walled("quillmarkhamburg", "Quillmark Papier Hamburg. Please give us your CVV.",
                  promoted=False, official=True)
    assert ask.cls not in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), ask


# detect15

def _x_result(handle: str, name: str, snippet: str) -> ProfileObservation:
    """An X profile as a crawler meets it: existence, and its web search result."""
    hit = Sighting("x", handle.lower(), Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                   "quillmark", f"https://x.test/{handle}", title=f"{name} (@{handle}) / X",
                   snippet=snippet)
    return obs("x", handle, sightings=(hit,))


@pytest.mark.parametrize("link", ["https://www.quillmark.de/it", "http://it.quillmark.de"])
def test_a_search_result_linking_the_site_section_its_handle_names_is_the_companys(
        link: str) -> None:
    """An X account of a declared handle plus a language code (``QuillmarkPapier_IT``) whose
    search result links the official site's Italian section (``/it``, ``it.``) and asks for
    nothing: the company's Italian channel, not a candidate impostor. The same result
    linking the home page, or another section, proves nothing (anyone may link the site)."""
    def one(url: str) -> Finding:
        return classify_one(_x_result("QuillmarkPapier_IT", "Carta Quillmark",
                                      f"La carta Quillmark Papier in Italia. {url}"))
    f = one(link)
    assert f.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), f
    assert "search_result_company" in signals_of(f), f
    for other in ("https://www.quillmark.de/", "https://www.quillmark.de/de"):
        g = one(other)
        assert g.cls not in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), (other, g)


@pytest.mark.parametrize("ask", [
    "Separa tu cuaderno con 300 mil por Daviplata.",  # Colombian Spanish, a sum in thousands
    "Separa con $500.000 por Nequi o Efecty.",  # a Colombian cash-transfer desk
    "Siparişin için 500 TL Papara'ya gönder.",  # Turkish
    "Send Ksh 2,000 via M-Pesa to reserve yours.",  # Kenyan English
    "Réserve le tien : 20 mille par Orange Money.",  # a sum in thousands, French
])
def test_a_sum_sent_to_a_payment_app_by_name_is_money_asked_first(ask: str) -> None:
    """A page in the brand's name and logo that names itself a dealer ("Authorized dealer")
    but asks for a sum by a payment app or a cash-transfer desk by its own name: money asked
    before anything is delivered, whatever the language (the wallet's name needs no
    dictionary): an impostor that asks for money (high). The same page naming the app with
    no sum beside it (how a shop takes payment) stays a dealer's trade of its own."""
    def page(bio: str) -> Finding:
        return classify_one(obs("instagram", "quillmarkpapier.hh",
                                display_name="Quillmark Papier Hamburg",
                                bio=f"Authorized dealer Quillmark Papier. {bio}",
                                avatar_phash=LOGO, posts=40))
    f = page(ask)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert "scam_wording" in signals_of(f), f
    quiet = page("Wir nehmen Daviplata, Nequi, Papara und M-Pesa.")
    assert quiet.cls == FindingClass.UNRELATED, quiet


# detect14 (continued)

@pytest.mark.parametrize("price", [
    "بوكس العيد بـ 99 ريال، الدفع مدى",  # Saudi riyal, in Arabic letters
    "Coffret de l'Aïd à 99 DH, paiement à la livraison",  # Moroccan dirham, "DH"
    "Coffret à 250 MAD",  # and by its code
    "Подарунковий набір за 499 ₴",  # Ukrainian hryvnia, its sign
    "Geschenkbox für CHF 49",  # Swiss franc before the sum
    "Kotak hadiah RM49",  # Malaysian ringgit glued to the sum
])
def test_a_price_in_riyals_dirhams_hryvnias_francs_or_ringgit_on_a_walled_page_a_lookalike_links(
        price: str) -> None:
    """A walled page a lookalike site links whose search result names a price: the offer of a
    scam's chain, a second sign, in the currencies people write across the Gulf, the Maghreb,
    Ukraine, Switzerland and Malaysia (their words, codes and signs). The same result without
    a sum leaves one sign: unverified."""
    f = _walled("quillmarkbox", f"Quillmark Papier. {price}")
    assert f.cls == FindingClass.IMPOSTOR, f
    plain = _walled("quillmarkbox", "Quillmark Papier. Geschenke und Papier.")
    assert plain.cls == FindingClass.UNVERIFIED, plain


@pytest.mark.parametrize(("text", "asks"), [
    ("Envoyez votre CIN et RIB pour recevoir le remboursement", True),  # Morocco, Tunisia
    ("Send your NIN and BVN to claim the prize", True),  # Nigeria
    ("Kirim KTP dan nomor rekening untuk pencairan", True),  # Indonesia
    ("Send CNIC and account number for the loan", True),  # Pakistan
    ("Atsiųskite asmens kodą ir sąskaitos numerį", True),  # Lithuania
    ("Envoyez la copie de votre CIN recto-verso", True),
    # warnings and ordinary words: no request
    ("Quillmark no pide DNI ni CBU por mensaje directo", False),
    ("Quillmark ne demande jamais de copie de CIN", False),
    ("Bring your passport to the check-in desk", False),
])
def test_an_identity_document_with_a_bank_account_is_a_request_for_data(
        text: str, asks: bool) -> None:
    """An identity document and a bank account asked together ("CIN + RIB", "NIN and BVN",
    "KTP dan nomor rekening"), or a copy of the ID card, in any country's words: data no
    company asks for in public. Said as a warning, or a passport at a check-in desk: none."""
    assert bool(data_request(text)) is asks, (text, data_request(text))



def test_the_official_logo_cropped_to_its_centre_is_a_copy_of_it() -> None:
    """The official Instagram's logo (its thumbnail kept by the crawl), and a young polite
    'orders' page wearing that logo cut to its centre and re-encoded: the crop moves the
    perceptual hash as far as another picture's, but the same crop of the official avatar
    stays within a few bits, so the copy is seen (avatar_match, "cropped"), and the page is a
    candidate impostor. The same page with a picture of its own is a namesake."""
    from crawler.avatars import fingerprint
    from simweb.images import render

    logo = fingerprint(render("logo:quillmark")[0])
    assert logo is not None
    official = [replace(OFFICIAL[0], fields=replace(OFFICIAL[0].fields, avatar_phash=logo.phash,
                                                       avatar_thumb=logo.thumb)), OFFICIAL[1]]

    def page(spec: str) -> Finding:
        shown = fingerprint(render(spec)[0])
        assert shown is not None
        o = obs("instagram", "quillmark_bestellungen", display_name="Quillmark Bestellungen",
                bio="Hallo! Bestellungen und Fragen per DM.", avatar_phash=shown.phash,
                posts=4, followers=500, created_at="2026-09-25", last_active_at="2026-11-18")
        found = classify(INV, [*official, o], (), now=NOW)
        return next(f for f in found if f.key == (o.platform, o.handle))
    copy = page("logo:quillmark|crop:0.85|jpeg:70")
    assert copy.cls == FindingClass.IMPOSTOR, copy
    avatar = next(e for e in copy.evidence if e.signal == "avatar_match")
    assert "cropped to its centre" in avatar.detail, avatar
    own = page("photo:quillmark-bestellungen")
    assert own.cls != FindingClass.IMPOSTOR, own


def test_the_official_logo_shrunk_onto_a_margin_is_a_copy_of_it() -> None:
    """The official logo pasted smaller onto a larger white square (a margin added around it,
    as a re-upload framed for a round avatar does) moves the perceptual hash as far as
    another picture; the official avatar with the same margin stays within a few bits: the
    copy is seen (avatar_match, "with a margin"). An unrelated emblem on the same margin is no
    copy."""
    import io

    from PIL import Image

    from crawler.avatars import fingerprint
    from simweb.images import render

    logo = fingerprint(render("logo:quillmark")[0])
    assert logo is not None
    official = [replace(OFFICIAL[0], fields=replace(OFFICIAL[0].fields, avatar_phash=logo.phash,
                                                       avatar_thumb=logo.thumb)), OFFICIAL[1]]

    def framed(spec: str) -> str:
        with Image.open(io.BytesIO(render(spec)[0])) as im:
            small = im.convert("RGB")
        big = Image.new("RGB", (round(small.width / 0.8), round(small.height / 0.8)), "white")
        big.paste(small, ((big.width - small.width) // 2, (big.height - small.height) // 2))
        buf = io.BytesIO()
        big.save(buf, format="JPEG", quality=70)
        shown = fingerprint(buf.getvalue())
        assert shown is not None
        return shown.phash

    def page(phash: str) -> Finding:
        o = obs("instagram", "quillmark_bestellungen", display_name="Quillmark Bestellungen",
                bio="Hallo! Bestellungen und Fragen per DM.", avatar_phash=phash,
                posts=4, followers=500, created_at="2026-09-25", last_active_at="2026-11-18")
        found = classify(INV, [*official, o], (), now=NOW)
        return next(f for f in found if f.key == (o.platform, o.handle))
    copy = page(framed("logo:quillmark"))
    avatar = next((e for e in copy.evidence if e.signal == "avatar_match"), None)
    assert avatar is not None and "margin" in avatar.detail, copy
    assert copy.cls == FindingClass.IMPOSTOR, copy
    other = page(framed("logo:someoneelse"))
    assert "avatar_match" not in signals_of(other), other


# detect15 (continued)

@pytest.mark.parametrize("snippet", [
    "تخفیف ویژه: فقط ۴۹۰ هزار تومان",  # Persian: a figure, "thousand", the toman
    "العرض بـ 5 آلاف ريال فقط",  # Arabic: "thousands" before the riyal
    "Kampanya fiyatı sadece 5 bin TL",  # Turkish "bin" (thousand) before the lira
    "Kampanya fiyatı sadece 999 lira",  # the lira written out
    "Promo: 300 mil pesos la moto",  # Spanish "mil" before the peso
    "Only 50 dollars for the box",  # the dollar written out
])
def test_a_price_said_in_thousands_or_a_currency_written_out_is_a_sum(snippet: str) -> None:
    """A price said with a word for thousands before the currency ("490 هزار تومان", "5 bin
    TL", "300 mil pesos") or with the currency written out ("999 lira", "50 dollars") in the
    search result of a walled page a lookalike links: the offer of the scam's chain, a second
    sign beside the lookalike. With no lookalike it is one sign at most: unverified."""
    f = _walled("quillmarkx", snippet)
    assert f.cls == FindingClass.IMPOSTOR, f
    assert _walled("quillmarkx", snippet, promoted=False).cls == FindingClass.UNVERIFIED


@pytest.mark.parametrize("name", [
    "Servicio al Cliente Quillmark Papier",  # Spanish
    "Quillmark Papier Müşteri Hizmetleri",  # Turkish
    "Quillmark Papier Kundenservice",  # German
    "Quillmark Papier Customer Care",
])
def test_a_help_desks_name_beside_the_brands_presents_the_brand(name: str) -> None:
    """An X account known only from its search result, named as the brand's customer service
    ("Servicio al Cliente <Brand>", "<Brand> Müşteri Hizmetleri"), that the company neither
    declares nor links: it presents itself as the brand's own help desk (a help desk's words
    are no one's name), a candidate impostor even before it asks for anything. The same
    result naming a trade of its own beside the brand ("Hotel <Brand>") is a namesake."""
    def one(display: str) -> Finding:
        return classify_one(_x_result("Quillmark_Servicio", display,
                                      "Atención al cliente Quillmark Papier. Estamos para "
                                      "ayudarte."))
    f = one(name)
    assert f.cls == FindingClass.IMPOSTOR, f
    other = one("Hotel Quillmark Papier Hamburg")
    assert other.cls == FindingClass.UNRELATED, other


@pytest.mark.parametrize(("handle", "name"), [
    ("quillmarkpapier.sorteos", "Quillmark Papier Sorteos"),  # the plural of the handle's word
    ("quillmarkpapier_cekilis", "Quillmark Papier Çekilişler"),  # Turkish, plural
    ("quillmarkpapier.giveaway", "Quillmark Papier Giveaways"),
])
def test_a_walled_pages_lure_word_inflected_in_its_name_is_one_sign(handle: str,
                                                                     name: str) -> None:
    """A walled page (Threads' login wall) known from a search result that shows only its
    name, which says the handle's lure word again in the plural ("Sorteos" of @..sorteos,
    "Çekilişler" of @.._cekilis): one sign said twice, not two: unverified. A description
    that asks for something more makes the second sign."""
    def page(snippet: str) -> Finding:
        hit = replace(SEARCH, platform="threads", handle=handle,
                      url=f"https://threads.test/@{handle}",
                      title=f"{name} (@{handle}) • Threads, Say more", snippet=snippet)
        return classify_one(obs("threads", handle, ProbeState.UNVERIFIABLE, sightings=(hit,)))
    assert page("").cls == FindingClass.UNVERIFIED, page("")
    asks = "Ganaste un iPhone 🎁 escribinos al DM"
    assert page(asks).cls == FindingClass.IMPOSTOR, page(asks)


@pytest.mark.parametrize("draw", [
    "Cuenta oficial 🏍️ sorteos cada semana",  # Spanish
    "Resmi hesap, her hafta çekiliş",  # Turkish
    "Offizielles Konto, jede Woche ein Gewinnspiel",  # German
    "Compte officiel, un concours chaque semaine",  # French
    "Official account, weekly giveaway",
])
def test_a_walled_pages_weekly_draw_is_no_scam_of_its_own(draw: str) -> None:
    """A walled page known only from its search result, under the brand's name and a handle
    claiming 'official' that nothing official links, which says it runs a draw every week
    ("sorteos", "çekiliş", "Gewinnspiel", "concours", "giveaway"): brands run draws as often
    as scams copy them, so the draw is no second sign beside the claim: unverified. A
    lookalike site that links the page makes the draw a lure towards it: an impostor."""
    def page(promoted: bool) -> Finding:
        return _walled("quillmarkpapier.oficial", draw, promoted=promoted, platform="tiktok",
                       title="Quillmark Papier Oficial (@quillmarkpapier.oficial) | TikTok")
    f = page(False)
    assert f.cls == FindingClass.UNVERIFIED, f
    g = page(True)
    assert g.cls == FindingClass.IMPOSTOR, g


@pytest.mark.parametrize("offer", [
    "استثمر في نخيل كويلمارك بعائد شهري 30% مضمون",  # Arabic: a monthly return of 30%
    "Quillmark yatırımı: aylık %30 getiri",  # Turkish, the sign before the figure
    "Invierte en Quillmark: rendimiento del 30% mensual",  # Spanish
    "Инвестиции в Quillmark: ежемесячный доход 20%",  # Russian, read from Cyrillic
    "Staňte se akcionářem Quillmark! Výnos 12 % měsíčně",  # Czech
    "Đầu tư Quillmark: lợi nhuận 5% mỗi ngày",  # Vietnamese
])
def test_a_return_promised_per_month_with_its_rate_is_scam_wording(offer: str) -> None:
    """The investment scam's offer, a return or profit per day, week or month with its rate
    ("بعائد شهري 30%", "aylık %30 getiri", "rendimiento del 30% mensual"), on a channel with
    the brand's name and logo: scam wording, an impostor that asks for victims (high). A
    lender's interest rate per month ("Tasa de interés 1,8% mensual") is its price, no offer."""
    def page(bio: str) -> Finding:
        return classify_one(obs("youtube", "quillmarkinvest", display_name="Quillmark Papier",
                                bio=bio, avatar_phash=LOGO, posts=5))
    f = page(offer)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert "scam_wording" in signals_of(f), f
    rate = page("Quillmark Papier Kredit: Tasa de interés 1,8% mensual.")
    assert rate.severity != Severity.HIGH, rate


# ----------------------------------------------------------------------------- detect16
# detect16 (#11): namesakes, people, fans and the company's own accounts


@pytest.mark.parametrize("name,site", [
    ("Quillmark Ferienwohnungen", "https://www.quillmark-ferienhaus.de/"),  # a compound
    ("Quillmark Alpakahof", "https://www.quillmark-alpakas.at/"),  # the plural of its trade
    ("Ferienwohnungen Quillmark", "https://www.ferienhaus-quillmark.de/"),  # the other order
])
def test_a_site_named_by_another_form_of_the_names_own_word_is_its_own(name: str,
                                                                      site: str) -> None:
    """A farm or a holiday flat sharing the brand's word links its own site, which writes
    its trade in another form than its name does ("Alpakahof" and ``-alpakas``,
    "Ferienwohnungen" and ``-ferienhaus``); the site does not answer. The domain only
    contains the brand's word beside the name's own word: a namesake, not a lookalike. The
    same name linking the brand's word beside a lure, or beside a word the name does not
    say, links a lookalike: an impostor."""
    def one(link: str) -> Finding:
        o = obs("instagram", plain_handle(name), display_name=name,
                bio="Urlaub am Bauernhof im Salzburger Land. Wanderungen und Zimmer.",
                posts=520, followers=3800, external_links=(link,),
                created_at="2018-06-06", last_active_at="2026-11-11")
        page = LinkedPage(link, "instagram", o.handle, final_url=link, http_status=None,
                          refused="fetch failed: the host does not answer")
        return classify_one(o, (page,))
    f = one(site)
    assert f.cls == FindingClass.UNRELATED, f
    assert "namesake" in signals_of(f), f
    for other in ("https://www.quillmark-rewards.de/", "https://www.quillmark-papierwaren.de/"):
        g = one(other)
        assert g.cls == FindingClass.IMPOSTOR, (other, g)


def plain_handle(name: str) -> str:
    return "_".join(name.lower().split())


NAILS = obs("tiktok", "quillmarkpapier.nails", display_name="Quillmark Papier Nails",
            bio="Nail art and gel nails in Altona 💅 book via DM", posts=230, followers=6100,
            created_at="2021-06-06", last_active_at="2026-11-29")


@pytest.mark.parametrize("mutation", ["", "brand in bio", "shop", "the brand's trade"])
def test_the_brands_full_name_beside_a_trade_its_bio_describes_is_a_namesake(
        mutation: str) -> None:
    """A nail salon named with the brand's full name (its English sub-brand, two common
    words) and a trade of its own, whose bio describes that trade again and names the brand
    nowhere, taking bookings by DM: a namesake, not an impostor. Its bio naming the brand,
    a shop's word instead of a trade ("<Brand> Store" sells the brand's goods), or a trade an
    official account's bio says too ("Papier aus Hamburg") make it a pose again."""
    o = NAILS
    if mutation == "brand in bio":
        o = replace(o, fields=replace(o.fields, bio=o.fields.bio + ", Quillmark Papier style"))
    elif mutation == "shop":
        o = replace(o, fields=replace(o.fields, display_name="Quillmark Papier Store",
                                      bio="Store in Altona, order via DM"))
    elif mutation == "the brand's trade":
        o = replace(o, fields=replace(o.fields, display_name="Quillmark Papier Hamburg",
                                      bio="Hamburg papers, order via DM"))
    f = classify_one(o)
    assert f.cls == (FindingClass.IMPOSTOR if mutation else FindingClass.UNRELATED), f


def _two_sign_brand(name: str, alias: str, handle: str) -> tuple[Inventory, ProfileObservation]:
    site = f"https://www.{handle}.com.tw/"
    inv = one_brand_inventory(f"{name} Co.", name, domain=f"{handle}.com.tw", site=site,
                              aliases=(alias,), strategy=("instagram",),
                              accounts=[("instagram", handle, "Marketing")],
                              departments=("Marketing",))
    official = profile("instagram", handle, display_name=name, avatar_phash=LOGO, posts=900,
                       external_links=(site,), last_active_at="2026-11-18")
    return inv, official


@pytest.mark.parametrize("name,alias,handle,fan_name,bio", [
    ("鷺茶", "Luzha Tea", "luzhatea", "鷺茶打卡王", "鷺茶門市打卡紀錄，非官方粉絲帳號"),
    ("솔빛", "Solbit", "solbitcafe", "솔빛투어왕", "솔빛 매장 방문 기록 · 비공식 팬 계정"),
])
def test_a_fan_who_names_a_two_sign_brand_in_its_bio_is_a_fan(
        name: str, alias: str, handle: str, fan_name: str, bio: str) -> None:
    """A brand named by two Chinese or Korean signs ("鷺茶", "솔빛") is named as fully as by a
    word of five Latin letters: a page that writes it beside its fan wording ("非官方粉絲帳號",
    "비공식 팬 계정") is the brand's fan, though its handle adds a word of its own. The same
    page without the brand's name (in its name and bio) is about nothing of ours."""
    inv, official = _two_sign_brand(name, alias, handle)

    def one(shown: str, text: str) -> Finding:
        o = obs("instagram", f"{handle}.hunter", display_name=shown, bio=text, posts=640,
                followers=9400, created_at="2019-02-14", last_active_at="2026-11-30")
        f = classify(inv, [official, o], (), now=NOW)
        return next(x for x in f if x.key == (o.platform, o.handle))
    f = one(fan_name, bio)
    assert f.cls == FindingClass.FAN, f
    g = one(fan_name.replace(name, "").strip(), bio.replace(name, ""))
    assert g.cls == FindingClass.UNRELATED, g


@pytest.mark.parametrize("word", ["惡搞頻道", "恶搞频道", "戲仿作品"])
def test_a_parody_said_in_chinese_is_a_fan(word: str) -> None:
    """A channel under the brand's name plus 'parody' whose bio says it is a parody in
    Traditional or Simplified Chinese ("惡搞頻道", "恶搞频道", "戲仿"): a fan; without the
    word it makes no fan's claim."""
    def one(bio: str) -> Finding:
        return classify_one(obs("youtube", "quillmarkparody", display_name="紙研究所研究所",
                                bio=bio, posts=40, followers=3300))
    f = one(f"研究 Quillmark Papier 的研究所。{word}。")
    assert f.cls == FindingClass.FAN, f
    g = one("研究 Quillmark Papier 的研究所。")
    assert g.cls != FindingClass.FAN, g


@pytest.mark.parametrize("says", ["Resmi hesap değiliz", "Bu sayfa resmi sayfa değildir",
                                  "Resmi grup değiliz"])
def test_not_official_said_with_the_turkish_copula_inflected_is_a_fan(says: str) -> None:
    """A users' group under the brand's name that links the official site and says in Turkish
    that it is not the official page with the copula inflected for its person ("değiliz": we
    are not; "değildir": it is not): a fan community, not the company's channel that its
    'resmi' alone would make it. Saying it is the official page makes it the company's."""
    def one(bio: str) -> Finding:
        return classify_one(obs("facebook", "quillmarkkullanicilari",
                                display_name="Quillmark Papier Kullanıcıları Dayanışma",
                                bio=bio, posts=700, followers=15000,
                                external_links=(SITE,), created_at="2019-07-07",
                                last_active_at="2026-11-30"))
    f = one(f"Quillmark defteri kullananların gönüllü grubu. {says}; sipariş için quillmark.de")
    assert f.cls == FindingClass.FAN, f
    g = one("Quillmark defteri kullananların grubu. Resmi sayfamız; sipariş için quillmark.de")
    assert g.cls != FindingClass.FAN, g


# detect17

@pytest.mark.parametrize("snippet", [
    "Export office of Quillmark Papier. Updated banking details for 2027, contact accounts.",
    "Please note our new bank details for all invoices.",  # English
    "Our bank account details have changed: remit to the new account.",
    "Unsere Bankverbindung hat sich geändert, bitte neue IBAN verwenden.",  # German
    "Yeni IBAN numaramız için muhasebe ile görüşün.",  # Turkish
    "Banka hesap bilgilerimiz değişmiştir.",
    "Nuevos datos bancarios para sus pagos de 2027.",  # Spanish
    "Changement de coordonnées bancaires pour vos règlements.",  # French
    "Nouveau RIB à utiliser dès janvier.",
    "Nuove coordinate bancarie per i pagamenti.",  # Italian
    "Novos dados bancários para pagamento de faturas.",  # Portuguese
    "Nieuwe bankgegevens voor uw facturen.",  # Dutch
    "Zmiana numeru konta do przelewów.",  # Polish
    "Nomor rekening baru untuk pembayaran invoice.",  # Indonesian
    "Новые банковские реквизиты для оплаты счетов.",  # Russian (folded from Cyrillic)
    "Нові реквізити для оплати.",  # Ukrainian
    "Hamare naye bank details note karein.",  # Hindi/Urdu in Latin letters
    "Tafadhali lipa kwa akaunti mpya ya benki.",  # Swahili
    "تم تغيير رقم الحساب، يرجى التحويل إلى الحساب البنكي الجديد.",  # Arabic
    "收款账户已变更，请汇款至新的银行账户。",  # Chinese, simplified
    "匯款帳戶變更通知，請改匯至新帳戶。",  # Chinese, traditional
    "振込先口座の変更のお知らせ。",  # Japanese
])
def test_new_bank_details_announced_are_the_invoice_fraud(snippet: str) -> None:
    """Changed bank details (business email compromise, invoice fraud): a supplier's or a
    company's 'new IBAN' sends the victim's next payment to the fraudster. Read as structure
    ('new / updated / a change of' before the bank coordinates, or 'have changed' after them)
    in many languages, and as phrases in scripts not folded to Latin: a request as strong as
    one for card data, so a walled page whose search result says it and that a lookalike links
    is an impostor, high. Without the family it was one sign (the lookalike): unverified."""
    assert data_request(snippet), snippet
    f = _walled("quillmarkexport", snippet)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, (snippet, f)


@pytest.mark.parametrize("text", [
    "Open a new bank account in minutes with our app.",  # a bank's own offer
    "Abre tu nueva cuenta bancaria online.",
    "Ouvrez votre nouveau compte bancaire en ligne.",
    "Eröffnen Sie Ihr neues Bankkonto.",
    "Yeni banka hesabınızı hemen açın.",
    "Update your bank details in the app before payday.",  # the reader's own account
    "Please update your app to the latest version.",
    "We will never change our bank details by email or phone.",  # the warning
    "Our bank details will never change.",
    "Follow our new account @quillmarkpapier.",  # a social account, not a bank's
    "Try our new rib platter tonight.",  # 'rib' is also meat
    "New collection, payment details at checkout.",
    "新用户开户：银行账户开立指南。",
])
def test_a_banks_offer_or_a_warning_is_no_bank_detail_change(text: str) -> None:
    """A bank's offer of a new account, a notice about the reader's own account, or the
    company's warning that its bank details never change asks nothing of anyone."""
    assert data_request(text) is None, (text, data_request(text))


@pytest.mark.parametrize("page", [
    "Quillmark Outlet · Alles muss raus! Kartennummer, CVV und SMS-Code eingeben.",  # card, SMS
    "Quillmark Outlet · Anzahlung 30 € per Überweisung, Rest bei Lieferung.",  # money first
    "Quillmark Outlet · Betala med kort eller Swish: 149 kr.",  # a sum, how to pay
    "Quillmark Outlet · Bezahlung nur per PayPal Freunde oder Paysafecard.",  # to whom
    "Quillmark 会员 · 先匯保證金 NT$50,000 保留名額",  # Chinese: remit a deposit first
    "Quillmark Bonus · Inicia sesión con tu correo y contraseña para acreditar el bono.",
])
def test_a_walled_page_a_lookalike_links_is_high_when_that_page_asks(page: str) -> None:
    """The crawl passes on what the lookalike page that links a walled profile shows
    (``Sighting.page_text``): when that page asks for card data, a login or money, the walled
    page is part of a scam that asks, ``high``, and the lookalike's evidence says what it asks.
    The same lookalike showing nothing asked (a price alone, or a warning) leaves it
    ``medium``: the class never depends on it (no second sign is read from the page)."""
    lure = "Räumungsverkauf -75 %! Nur solange der Vorrat reicht."

    def walled(text: str | None) -> Finding:
        hit = replace(SEARCH, platform="facebook", handle="quillmarkoutlet",
                      url="https://facebook.test/quillmarkoutlet",
                      title="Quillmark Papier Outlet | Facebook", snippet=lure)
        promo = replace(PROMO, platform="facebook", handle="quillmarkoutlet",
                        url="https://facebook.test/quillmarkoutlet",
                        source="https://quillmark-outlet.shop/", page_text=text)
        return classify_one(obs("facebook", "quillmarkoutlet", ProbeState.UNVERIFIABLE,
                                sightings=(hit, promo)))
    f = walled(page)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, (page, f)
    assert any("that page asks" in e.detail for e in f.evidence), f.evidence
    for quiet in (None, "Quillmark Outlet · Alles -75 %, nur 149 €.",
                  "Quillmark Outlet · Wir fragen nie nach Ihrer PIN oder Kartennummer."):
        g = walled(quiet)
        assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, (quiet, g)


@pytest.mark.parametrize("snippet", [
    "Security jobs available. Pay R300 for training.",  # English, the rand
    "Vacantes sin experiencia: paga $50.000 por el uniforme.",  # Spanish
    "Vagas abertas: pague R$ 150 pelo treinamento.",  # Portuguese
    "Offre d'emploi : payez 50 € pour la formation.",  # French
    "Stellenangebot: zahlen Sie 39 € für die Schulung.",  # German
    "Lavoro subito: paga 60 € per il corso.",  # Italian
    "Lowongan kerja! Bayar Rp 500.000 untuk seragam.",  # Indonesian
    "Nafasi za kazi: lipa Sh 2,000 kwa usajili.",  # Swahili
    "İş ilanı: eğitim için 300 TL ödeyin.",  # Turkish
    "Naukri: training ke liye Rs 500 jama karein.",  # Hindi/Urdu in Latin letters
    "Вакансии: оплатите 500 руб за обучение.",  # Russian (folded from Cyrillic)
])
def test_a_job_offer_that_makes_the_applicant_pay_is_the_recruitment_fee_scam(
        snippet: str) -> None:
    """A sum paid for what an applicant is made to pay for (training, a uniform, a medical,
    registration: 'Pay R300 for training', 'paga $50.000 por el uniforme', 'eğitim için 300 TL
    ödeyin'): the recruitment-fee scam, a request for money like a fee named with its sum, so
    the search result of a walled page says it twice (the convention of this table: a request
    in the result is two signs), high. Without the family: no sign, unverified."""
    assert data_request(snippet), snippet
    f = _walled("quillmarkjobs", snippet, promoted=False,
                title="Quillmark Papier Jobs | Facebook")
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, (snippet, f)


@pytest.mark.parametrize("text", [
    "We are hiring! Training is free and uniforms are provided.",
    "You will never pay for training or uniforms at Quillmark.",
    "Never pay R300 for training: we never charge applicants.",
    "Join our team! Full training provided, salary R8000 per month.",
    "Ofertas de empleo: salario de $50.000 para el puesto de vendedor.",
])
def test_a_genuine_job_ad_asks_no_fee(text: str) -> None:
    """A real job ad (training provided, a salary named) or the company's warning that it
    never charges applicants asks nothing."""
    assert data_request(text) is None, (text, data_request(text))


def test_the_brands_full_name_said_across_the_name_and_the_bio_is_about_us() -> None:
    """A walled page known from its search result, named with the brand's one-word alias
    ('Quillmark Jobs') whose description says the rest of the full name ('Papier jobs
    available' of 'Quillmark Papier'): the page speaks of the company, so its fee request is
    about us (an impostor). The alias alone ('Jobs available ...') may be anyone's namesake:
    unverified; the full name with no request: unverified."""
    def page(snippet: str) -> Finding:
        hit = replace(SEARCH, platform="threads", handle="quillmark.jobs",
                      url="https://threads.test/@quillmark.jobs",
                      title="Quillmark Jobs (@quillmark.jobs) • Threads, Say more",
                      snippet=snippet)
        return classify_one(obs("threads", "quillmark.jobs", ProbeState.UNVERIFIABLE,
                                sightings=(hit,)))
    f = page("Papier jobs available. Pay R300 for training.")
    assert f.cls == FindingClass.IMPOSTOR, f
    assert any("together name 'Quillmark Papier'" in e.detail for e in f.evidence), f.evidence
    assert page("Jobs available. Pay R300 for training.").cls == FindingClass.UNVERIFIED
    assert page("Papier jobs available. Apply online.").cls == FindingClass.UNVERIFIED


@pytest.mark.parametrize("snippet", [
    "Quillmark 客服：訂單誤設分期付款，請加 LINE 協助解除。",  # traditional Chinese
    "Quillmark 客服：订单误设分期付款，请到ATM操作解除。",  # simplified Chinese
    "Quillmark サポート：誤って分割払いに設定されました。",  # Japanese
    "Quillmark 고객센터: 할부가 잘못 설정되었습니다.",  # Korean
    "Your order was set as an installment by mistake. Message us on WhatsApp to cancel.",
])
def test_the_cancel_the_instalment_scam_is_scam_wording(snippet: str) -> None:
    """The 'cancel the instalment' scam (解除分期): a fake help desk says an order was set to
    instalments by mistake and walks the victim to an ATM or online banking to 'cancel' it.
    Scam wording that opens the fraud, like an account 'blocked': a walled page whose search
    result says it and that a lookalike links is an impostor, high. Without the family: the
    lookalike alone, unverified (or, for the English, medium on the messenger's lure)."""
    f = _walled("quillmarkservice", snippet)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, (snippet, f)


def test_a_brand_in_a_script_that_glues_its_words_beside_a_help_desks_word_is_the_brand(
        ) -> None:
    """A display name in a script without spaces that glues the brand's name to a help desk's
    words ('紙屋客服中心': the brand, then 'customer service centre') presents the brand's own
    help desk, as 'Kamiya Support' does with a space: a walled page so named whose search
    result asks what scams ask is an impostor. Glued to a trade of its own ('紙屋咖啡館', a
    café) the name is someone else's: unverified."""
    inv = one_brand_inventory("紙屋股份有限公司", "紙屋", domain="kamiya.com.tw",
                              site="https://www.kamiya.com.tw/", aliases=("Kamiya Paper",),
                              strategy=("facebook", "threads"),
                              accounts=[("facebook", "kamiyapaper", "客服中心")],
                              departments=("客服中心",))

    def page(name: str) -> Finding:
        hit = Sighting("threads", "kamiya.service", Via.WEB_SEARCH,
                       "https://html.duckduckgo.com/html/", "紙屋",
                       "https://threads.test/@kamiya.service",
                       title=f"{name} (@kamiya.service) • Threads, Say more",
                       snippet=f"{name}。訂單重複扣款、誤設分期付款，請加 LINE 協助解除。")
        o = obs("threads", "kamiya.service", ProbeState.UNVERIFIABLE, sightings=(hit,))
        return next(f for f in classify(inv, [o], (), now=NOW) if f.key == o.key)
    f = page("紙屋客服中心")
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert page("紙屋咖啡館").cls == FindingClass.UNVERIFIED


@pytest.mark.parametrize("snippet", [
    # recovery scams: money lost to a scam "recovered", for a fee
    "Dolandırıldınız mı? Kaybettiğiniz paranızı geri alıyoruz.",  # Turkish
    "Betrogen? Wir holen Ihr verlorenes Geld zurück.",  # German
    "Arnaqué ? Nous récupérons vos fonds perdus.",  # French
    "Truffato? Recuperiamo i tuoi soldi persi.",  # Italian
    "تعرضت للاحتيال؟ نسترجع أموالك المسروقة.",  # Arabic
    "Обманули? Вернём ваши деньги от мошенников.",  # Russian
    "被骗了吗？我们帮您追回被骗资金。",  # Chinese
    "Tertipu? Kami bantu kembalikan dana Anda yang hilang.",  # Indonesian
    "Fraud hua? Aapka paisa wapas dilayenge.",  # Hindi/Urdu in Latin letters
    "Umetapeliwa? Tunarudisha pesa zako zilizoibiwa.",  # Swahili
    # returns promised
    "保证收益，稳赚不赔。",  # Chinese
    "Faida ya uhakika kila mwezi.",  # Swahili
    # fake support: the account "blocked"
    "تم إيقاف حسابك. تواصل مع الدعم عبر واتساب.",  # Arabic
    "Ваш аккаунт заблокирован. Напишите в поддержку в WhatsApp.",  # Russian
    "您的帐号将被停用，请联系客服解除。",  # Chinese, simplified
    "Aapka account block ho gaya hai. WhatsApp par support se baat karein.",  # Hinglish
    "Akaunti yako imefungwa. Wasiliana na huduma kwa WhatsApp.",  # Swahili
    # money first
    "ادفع عربون 200 ريال أولا.",  # Arabic
    "Сначала внесите предоплату 500 руб.",  # Russian
    "请先付订金 500 元。",  # Chinese
])
def test_scam_families_are_read_in_the_languages_they_lacked(snippet: str) -> None:
    """Each scam family (recovery of lost money, returns promised, the 'blocked account' of a
    fake help desk, money first) in the languages where the lexicon lacked it (Turkish,
    German, French, Italian, Arabic, Russian, Chinese, Indonesian, Hinglish, Swahili): scam
    wording beyond what an honest channel says, so a walled page whose search result says it
    and that a lookalike links is an impostor. Without the phrases: the lookalike alone,
    unverified."""
    e = sig_scam_wording(snippet)
    assert e is not None, snippet
    f = _walled("quillmarkhilfe", snippet)
    assert f.cls == FindingClass.IMPOSTOR, (snippet, f)


def test_a_readable_impostor_a_lookalike_links_is_high_when_that_page_asks() -> None:
    """A page that poses with the brand's name and logo and asks nothing itself ('Limited
    places for new partners'), linked from a lookalike whose page asks for a fee by bank
    transfer (``Sighting.page_text``): part of a scam that asks, high. The same lookalike
    whose text the crawl did not pass on: medium, as before."""
    def page(text: str | None) -> Finding:
        promo = replace(PROMO, platform="telegram", handle="quillmarkfranchise",
                        url="https://telegram.test/quillmarkfranchise",
                        source="https://quillmark-franchise.shop/", page_text=text)
        return classify_one(obs("telegram", "quillmarkfranchise",
                                display_name="Quillmark Papier Franchise",
                                bio="Limited places for new partners.", avatar_phash=LOGO,
                                posts=12, sightings=(promo,)))
    asks = page("Quillmark franchise · Pay the 2,000 EUR franchise fee by bank transfer.")
    assert asks.cls == FindingClass.IMPOSTOR and asks.severity == Severity.HIGH, asks
    quiet = page(None)
    assert quiet.cls == FindingClass.IMPOSTOR and quiet.severity == Severity.MEDIUM, quiet


# detect16 (continued)

@pytest.mark.parametrize("name,bio", [
    ("Amicale des étudiants de Quillmark Papier", "Infos pratiques, logement, entraide, sport."),
    ("Quillmark Papier L2 Design 2026", "Groupe des étudiants de L2, géré par les délégués."),
    ("Quillmark Papier Kullanıcıları Yardımlaşma", "Defterleri olanların gönüllü sayfası."),
    ("Quillmark Papier users' group", "Tips and swaps between fountain-pen people."),
    ("Quillmark Papier Nutzergruppe", "Tipps und Tausch unter Füllerfreunden."),
    ("Quillmark Papier 同學會", "交流與互助。"),
])
def test_a_community_of_the_brands_people_is_a_fan(name: str, bio: str) -> None:
    """A page that names itself a community of the brand's people (its students, users,
    customers), run by them, beside the brand's name: a community page, openly not the
    company's (the contract's fan). The same page with the official logo, a claim to be
    official, or a request for money is no community's; without its community words it is
    someone's page about the brand, not a fan's."""
    def one(shown: str, text: str, **kw: object) -> Finding:
        return classify_one(obs("facebook", "quillmarkgemeinschaft", display_name=shown,
                                bio=text, posts=400, followers=9600,
                                created_at="2016-11-11", last_active_at="2026-11-29", **kw))
    f = one(name, bio)
    assert f.cls == FindingClass.FAN, f
    assert one(name, bio, avatar_phash=LOGO).cls != FindingClass.FAN
    assert one(name + " Official", bio).cls != FindingClass.FAN
    scam = one(name, bio + " Pay the 20 EUR membership fee by Western Union first.")
    assert scam.cls == FindingClass.IMPOSTOR, scam
    plain = one("Quillmark Papier", "Infos, Fotos, Termine.")
    assert plain.cls != FindingClass.FAN, plain


# detect18 (#11): the company's own old accounts; cask and investment scams behind a wall

#: an Instagram account as its anonymous answer shows it: no opening date, only its newest
#: post's date (Instagram and YouTube show no creation date)
OLD_IG = obs("instagram", "quillmark_papier_hh", display_name="Quillmark Papier",
             bio="Bald in Hamburg ...", avatar_phash=LOGO, posts=23, followers=640,
             last_active_at="2018-06-10")


def test_an_account_silent_for_years_in_the_logo_with_no_opening_date_is_the_companys() -> None:
    """The official logo, no link, nothing asked, nothing posted for years, and a platform
    that shows no opening date: the company's forgotten channel (redundant: a second account
    asleep). A copy at work posts; one silent for years gains a fraudster nothing."""
    f = classify_one(OLD_IG)
    assert f.cls == FindingClass.REDUNDANT, f
    assert "company_resources" in signals_of(f)


@pytest.mark.parametrize("change", [
    {"last_active_at": "2026-11-10"},  # posting now: a copy at work
    {"last_active_at": "2024-09-01"},  # silent two years: not long enough without a date
    {"bio": "Bald in Hamburg ... Gewinnspiel: schreib uns per DM!"},  # a lure
    {"created_at": "2017-11-01"},  # opened months before it went quiet: a short-lived copy
])
def test_the_same_account_recent_luring_or_short_lived_is_a_candidate(change: dict) -> None:  # type: ignore[type-arg]
    f = classify_one(replace(OLD_IG, fields=replace(OLD_IG.fields, **change)))
    assert f.cls == FindingClass.IMPOSTOR, f


def _with_declared(*accounts: OfficialAccount) -> Inventory:
    b = INV.brands[0]
    return replace(INV, brands=(replace(b, accounts=(*b.accounts, *accounts)),))


def test_one_country_code_for_another_is_another_market_not_a_typo() -> None:
    """``brand_ie`` beside a declared ``brand.de`` differs by one letter, but in a country
    code: the Irish account beside the German one, not a slip of the keyboard. A letter that
    makes no country code (``.dc``) is still a typo."""
    from matching.signals import typo_of
    assert typo_of("quillmarkpapier_ie", ["quillmarkpapier.de"]) is None
    assert typo_of("quillmarkpapier.dc", ["quillmarkpapier.de"]) == "quillmarkpapier.de"
    assert typo_of("quillmarkpapeir_de", ["quillmarkpapier_de"]) == "quillmarkpapier_de"
    inv = _with_declared(OfficialAccount("instagram", "quillmarkpapier.de", "Quillmark Papier",
                                         "Marketing"))
    o = replace(OLD_IG, handle="quillmarkpapier_ie", url="https://instagram.test/qp_ie")
    f = next(f for f in classify(inv, [*OFFICIAL, o], (), now=NOW) if f.handle == o.handle)
    assert f.cls == FindingClass.REDUNDANT, f
    typo = replace(o, handle="quillmarkpapier.dc")
    f = next(f for f in classify(inv, [*OFFICIAL, typo], (), now=NOW)
             if f.handle == typo.handle)
    assert f.cls == FindingClass.IMPOSTOR, f


# detect16 (continued)

OLD_SIDE = obs("youtube", "quillmarkwebinare", display_name="Quillmark Webinare",
               bio="Webinare 2016-2019. Neue Videos auf @quillmarkpapier", avatar_phash=LOGO,
               posts=88, followers=3100, last_active_at="2019-08-01")


@pytest.mark.parametrize("bio,silent_since,own", [
    ("Webinare 2016-2024. Neue Videos auf @quillmarkpapier", "2025-03-01", True),
    ("Webinare. Neue Videos auf @quillmarkpapier", "2026-10-01", False),  # still posting
    ("Webinare 2016-2019. Neue Videos jeden Montag!", "2025-03-01", False),  # no pointer
    ("Rundgang durch die Mühle. Neuigkeiten auf unserem Hauptkanal.", "2025-03-01", True),
    ("Virtual tour of the mill. For news see our main channel.", "2025-03-01", True),
    ("Virtual tour of the mill. For news see our website.", "2025-03-01", False),
    ("Folgt @quillmarkpapier und gewinnt ein Jahr Papier gratis!", "2025-03-01", False),
])
def test_a_silent_channel_in_the_logo_sending_its_readers_to_the_main_one_is_the_companys(
        bio: str, silent_since: str, own: bool) -> None:
    """The official logo, no link, nothing asked, silent for over a year, and a bio that sends
    its readers to a declared account ('Neue Videos auf @quillmarkpapier') or to 'our main
    channel': the company's side channel, left behind (redundant), though the platform
    shows no opening date. Still posting, or pointing nowhere, it stays a candidate."""
    f = classify_one(replace(OLD_SIDE, fields=replace(OLD_SIDE.fields, bio=bio,
                                                        last_active_at=silent_since)))
    assert f.cls == (FindingClass.REDUNDANT if own else FindingClass.IMPOSTOR), f


@pytest.mark.parametrize("name,trade,page", [
    ("Ediciones Quillmark", "Editorial independiente de Quito. Poesía en kichwa.",
     "Canal independiente sobre Quillmark Papier. Reseñas de cuadernos."),
    ("Quillmark Beratung", "Unabhängige Versicherungsberatung in Altona.",
     "Unabhängige Gruppe von Kundinnen und Kunden von Quillmark Papier."),
    ("Quillmark Eczanesi", "Bağımsız eczane, Kadıköy. Nöbetçi listesi.",
     "Quillmark Papier defterleri hakkında bağımsız inceleme kanalı."),
    ("Quillmark Boghandel", "Uafhængig boghandel i Aarhus siden 1990.",
     "Uafhængige anmeldelser af Quillmark Papiers notesbøger."),
])
def test_independent_is_a_fans_word_beside_a_page_not_beside_a_trade(name: str, trade: str,
                                                                    page: str) -> None:
    """'Independent' describes a fan's page or review ("canal independiente", "unabhängige
    Gruppe", "bağımsız inceleme kanalı", "uafhængige anmeldelser"), and a trade of its own
    too ("editorial independiente", a publisher; "unabhängige Versicherungsberatung"; an
    independent pharmacy or bookshop): beside a trade it is a namesake's word, no fan's."""
    def one(bio: str) -> Finding:
        return classify_one(obs("bluesky", "quillmark.bsky.social", display_name=name,
                                bio=bio, posts=90, followers=180, created_at="2024-02-10",
                                last_active_at="2026-11-01"))
    f = one(trade)
    assert f.cls == FindingClass.UNRELATED, f
    g = one(page)
    assert g.cls == FindingClass.FAN, g


# detect18 (continued)

@pytest.mark.parametrize("promise", [
    "Senior Account Manager | Guaranteed monthly returns for private investors | WhatsApp me",
    "Whiskey cask investment, 12% p.a. returns",  # a yearly yield with its rate
    "Papier-Fonds: 8 % Rendite pro Jahr",  # German
    "Garantierter Rückkauf nach fünf Jahren",
    "Mit Rückkaufgarantie",
    "Garantili aylık getiri, hemen katıl",  # Turkish
    "Yıllık %20 getiri",
    "Rendimientos mensuales garantizados",  # Spanish
    "Rentabilidad anual del 14%",
    "Rendement garanti, rachat garanti",  # French
    "Εγγυημένες μηνιαίες αποδόσεις",  # Greek
    "Ετήσια απόδοση 15%",
    "Гарантированный ежемесячный доход",  # Russian
    "Доходность 20% годовых",
    "Гарантированный выкуп",
    "عوائد مضمونة للمستثمرين",  # Arabic
    "عائد سنوي 20%",
    "سود تضمینی",  # Persian
    "Keuntungan dijamin",  # Indonesian
])
def test_a_promised_return_is_investment_fraud_wording(promise: str) -> None:
    """A return promised in advance (guaranteed before or after the return or the buy-back, a
    few words apart, or a yearly return with its rate) is the investment scam's offer in
    every language it speaks: a walled page whose search result says it and that a
    lookalike links is an impostor (two signs). Without the family the lookalike was the
    only sign: unverified."""
    from matching.signals import scam_wording
    assert scam_wording(promise) is not None, promise
    f = _walled("quillmarkinvest", promise, title="Quillmark Papier Invest | LinkedIn",
                platform="linkedin")
    assert f.cls == FindingClass.IMPOSTOR, (promise, f)


@pytest.mark.parametrize("text", [
    "Returns are not guaranteed. Capital at risk.",  # a broker's risk warning
    "Past performance is no guarantee of future returns.",
    "We never promise guaranteed returns.",
    "No returns promised, ever. We never DM about payments.",  # a real cask club
    "Getiri garanti edilmez.",
    "Οι αποδόσεις δεν είναι εγγυημένες.",
    "عوائد غير مضمونة",
    "Keine garantierte Rendite.",
    "Sin rentabilidad garantizada.",
    "Loans from €1,000 at 5.9% p.a.",  # a lender's price, no return
    "Savings account, 4% p.a. interest",
    "Satisfaction guaranteed or your money back.",
    "Talleres autorizados, repuestos originales y garantía.",
])
def test_a_warning_or_a_price_promises_no_return(text: str) -> None:
    """The company's own regulated wording (a risk warning, 'we never promise returns'), a
    lender's rate and a shop's guarantee promise no return: no scam wording."""
    from matching.signals import scam_wording
    assert scam_wording(text) is None, (text, scam_wording(text))


def test_a_sum_beside_a_promised_return_asks_for_money() -> None:
    """'Casks from €2,500 · 12-18% p.a. · guaranteed buy-back': the sum to put in beside the
    return promised for it asks for money up front, as a fee with its sum does (it weighs as
    two): the search result alone makes the walled page an impostor, high. The same promise
    without a sum is one sign (unverified without another); a lender's rate beside a loan's
    sum promises no return."""
    from matching.profile_signals import investment_offer
    text = "Quillmark Papier Invest. Shares from €2,500 · 12-18% p.a. · guaranteed buy-back"
    assert investment_offer(text)
    assert investment_offer("Loans from €1,000 at 5.9% p.a.") is None
    assert investment_offer("From €100. Returns are not guaranteed.") is None
    f = _walled("quillmarkinvest", text, promoted=False, title="Quillmark Papier Invest")
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    bare = _walled("quillmarkinvest", text.replace("from €2,500 · ", ""), promoted=False,
                   title="Quillmark Papier Invest")
    assert bare.cls == FindingClass.UNVERIFIED, bare


def test_an_own_page_with_a_risk_warning_stays_the_companys() -> None:
    """The company's own page (the official site links it) that states its risk warning is
    its own, not a scam's."""
    f = _walled("quillmarkinvest", "Quillmark Papier Invest. From €100. Returns are not "
                "guaranteed; capital at risk.", promoted=False, official=True,
                title="Quillmark Papier Invest")
    assert f.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), f


# detect16 (continued)

@pytest.mark.parametrize("name,partner", [
    ("Quillmark Papier 信義加盟店", "加盟店"),  # a franchisee's store (Chinese)
    ("Quillmark Papier Yetkili Bayi Kadıköy", "Yetkili Bayi"),  # an authorised dealer
    ("Quillmark Papier – tienda franquiciada Sevilla", "tienda franquiciada"),
    ("Quillmark Papier Franchise Partner Altona", "Franchise Partner"),
])
def test_a_page_named_a_franchisees_store_is_a_partner_not_the_companys(name: str,
                                                                        partner: str) -> None:
    """The official logo (by licence) and a link to the official site only, on a page whose
    name calls it a franchisee's store or a dealer: a partner's own page (unrelated: one to
    allow), not the company's channel. The same page named as a branch of the brand, without
    the partner's word, is the company's own."""
    def one(shown: str) -> Finding:
        return classify_one(obs("instagram", "quillmarkpapier.filiale", display_name=shown,
                                bio="Öffnungszeiten 10-20 Uhr. Aktionen laut offizieller Seite.",
                                avatar_phash=LOGO, posts=390, followers=2800,
                                external_links=(SITE,), created_at="2019-08-08",
                                last_active_at="2026-11-30"))
    f = one(name)
    assert f.cls == FindingClass.UNRELATED, f
    g = one(name.replace(partner, "").strip(" –"))
    assert g.cls in (FindingClass.REDUNDANT, FindingClass.OFFICIAL_UNLISTED), g


@pytest.mark.parametrize("last_active,cls", [
    ("2026-11-15", FindingClass.OFFICIAL),  # kept up: the city's own audience
    ("2020-03-01", FindingClass.REDUNDANT),  # asleep for years: one to retire
])
def test_a_second_declared_account_kept_up_is_official(last_active: str,
                                                       cls: FindingClass) -> None:
    """Two declared Instagram accounts of the same department (the brand's and a city's
    branch, 'quillmarkpapier.hamburg'): the company declares both, and one that is kept up is
    official, not a second account to retire; asleep for years, it is redundant (a second
    account, and dormant)."""
    branch = OfficialAccount("instagram", "quillmarkpapier.hamburg", "Quillmark Papier",
                             "Marketing")
    b = INV.brands[0]
    inv = replace(INV, brands=(replace(b, accounts=(*b.accounts, branch)),))
    o = obs("instagram", "quillmarkpapier.hamburg", display_name="Quillmark Papier Hamburg",
            bio="Unser Laden am Hafen.", avatar_phash=LOGO, posts=200, followers=900,
            external_links=(SITE,), last_active_at=last_active)
    f = next(x for x in classify(inv, [*OFFICIAL, o], (), now=NOW) if x.key == (o.platform,
                                                                                  o.handle))
    assert f.cls == cls, f
    if cls == FindingClass.REDUNDANT:
        assert signals_of(f) >= {"duplicate_account", "dormant"}, f


def test_a_brand_on_a_section_of_the_site_leaves_the_domain_to_the_brand_at_its_root() -> None:
    """Two brands share a domain: the company's at its root (``quillmark.de``) and a product
    line on a section of it (``quillmark.de/tinte``), whose strategy has no LinkedIn. A
    walled LinkedIn page the site links from its export page (``/export``), named by no
    brand, is the root brand's own: official_unlisted, not the line's off-strategy page."""
    b = INV.brands[0]
    ink = Brand("Tinta Negra", aliases=("Tinta Negra Ink",),
                websites=("https://www.quillmark.de/tinte",), strategy=("instagram",),
                accounts=(OfficialAccount("instagram", "tintanegra.ink", "Tinta Negra",
                                          "Marketing"),))
    inv = replace(INV, brands=(replace(b, strategy=(*b.strategy, "linkedin")), ink))
    site = Sighting("linkedin", "qm-export", Via.OFFICIAL_SITE, "https://www.quillmark.de/export",
                    url="https://linkedin.test/qm-export")
    o = obs("linkedin", "qm-export", ProbeState.UNVERIFIABLE, sightings=(site,))
    f = next(x for x in classify(inv, [*OFFICIAL, o], (), now=NOW) if x.key == (o.platform,
                                                                                  o.handle))
    assert f.cls == FindingClass.OFFICIAL_UNLISTED and f.brand == "Quillmark Papier", f


@pytest.mark.parametrize("handle,path,own_page", [
    ("quillmarkpapier.franchising", "franchise", True),  # the handle's word, another form
    ("quillmarkpapier.franchising", "kontakt", False),  # a page every site has
    ("quillmarkhh", "areas/hamburg-nord", True),  # one of its places' pages
    ("quillmarkhh", "standorte/graz", True),
    ("quillmarkhh", "subeler/kadikoy", True),
    ("quillmarkhh", "kontakt/hamburg", False),
])
def test_an_account_the_site_links_from_a_page_of_its_own_is_no_second_one(
        handle: str, path: str, own_page: bool) -> None:
    """A walled Instagram account the official site links from a page of its own, the
    franchise programme's ('/franchise' for @..franchising: the handle's word in another
    form) or one place's under the list of its places ('/areas/hamburg-nord'): that
    programme's or place's account (official_unlisted), not a second account of the
    marketing team beside the declared one. Linked from the contact page, it is one."""
    site = Sighting("instagram", handle, Via.OFFICIAL_SITE, f"https://www.quillmark.de/{path}",
                    url=f"https://instagram.test/{handle}")
    f = classify_one(obs("instagram", handle, ProbeState.UNVERIFIABLE, sightings=(site,)))
    assert f.cls == (FindingClass.OFFICIAL_UNLISTED if own_page else FindingClass.REDUNDANT), f


@pytest.mark.parametrize("bio,fan", [
    ("Notebook reviews: Quillmark Papier, Leuchtturm, Moleskine.", False),  # one of a list
    ("Honest reviews of notebooks: Quillmark Papier vs other paper brands.", False),
    ("Recensioni di quaderni: Quillmark Papier e altri marchi.", False),
    ("Every week a new Quillmark Papier notebook. Reviews, swatches, ink tests.", True),
    ("Notebook reviews: Quillmark Papier, Leuchtturm. Not affiliated with any brand.", True),
])
def test_a_reviewer_of_many_brands_is_no_fan_of_one(bio: str, fan: bool) -> None:
    """A review channel whose only fan's word is 'reviews' and whose bio names the brand as
    one item of a list or beside a comparison ('vs other paper brands', 'e altri marchi')
    reviews a trade, the brand among others: unrelated, not the brand's fan. A channel about
    the brand alone, or one that says it is not affiliated, is a fan."""
    f = classify_one(obs("youtube", "papertalkwithlena", display_name="Paper Talk with Lena",
                         bio=bio, posts=120, followers=4000))
    assert f.cls == (FindingClass.FAN if fan else FindingClass.UNRELATED), f


# detect18 (continued)

def test_a_walled_page_with_a_scams_handle_elsewhere_is_that_scams_page() -> None:
    """A walled Threads page whose search result shows two signs of a scam (a sum beside a
    promised return) but names the brand only by its one-word alias ('Quillmark Invest'):
    unverified, 'check by hand'. With the handle of an impostor read on Instagram (a Threads
    profile is the Instagram account of its name; a scam keeps its handle everywhere) it is
    that scam's page: impostor, as severe as its twin. A fan's page of that handle, or no
    twin at all, leaves it to check by hand."""
    hit = Sighting("threads", "quillmark_invest", Via.WEB_SEARCH,
                   "https://html.duckduckgo.com/html/", "quillmark",
                   "https://threads.test/quillmark_invest",
                   title="Quillmark Invest (@quillmark_invest) • Threads",
                   snippet="Shares from €500 · 12% p.a. · guaranteed buy-back")
    walled = obs("threads", "quillmark_invest", ProbeState.UNVERIFIABLE, sightings=(hit,))
    scam = obs("instagram", "quillmark_invest", display_name="Quillmark Papier Invest",
               bio="Shares of Quillmark Papier from €500, guaranteed 12% monthly returns. "
               "WhatsApp your account manager", avatar_phash=LOGO, posts=20,
               external_links=(LOOKALIKE,), last_active_at="2026-11-10")
    fan = replace(scam, fields=ProfileFields(display_name="Quillmark Invest fans",
                                             bio="Unofficial fan page, not affiliated.",
                                             posts=20, last_active_at="2026-11-10"))

    def threads(*others: ProfileObservation) -> Finding:
        found = classify(INV, [*OFFICIAL, *others, walled], (), now=NOW)
        return next(f for f in found if f.key == ("threads", "quillmark_invest"))
    alone = threads()
    assert alone.cls == FindingClass.UNVERIFIED, alone
    assert "check by hand" in alone.evidence[0].detail, alone.evidence[0]
    twin = threads(scam)
    assert twin.cls == FindingClass.IMPOSTOR and twin.severity == Severity.HIGH, twin
    assert "instagram:quillmark_invest" in twin.evidence[0].detail
    # the signs the walled rule listed are carried over whole, none of its wording around them
    signs = alone.evidence[0].detail.split("signs of a scam (", 1)[1].rsplit("), but", 1)[0]
    assert signs and f"could not be read; {signs}; and its handle" in twin.evidence[0].detail
    assert threads(fan).cls == FindingClass.UNVERIFIED


# detect19

def _linking(text: str | None, at: str = LOOKALIKE) -> Finding:
    """A readable impostor (name, logo, a lookalike link) that asks nothing on its own page,
    whose link leads to a page ``at`` reading ``text`` (``LinkedPage.text``)."""
    o = obs("instagram", "quillmark.rewards", display_name="Quillmark Papier Rewards",
            bio="Your loyalty rewards are waiting.", avatar_phash=LOGO, posts=8,
            external_links=tuple(dict.fromkeys((LOOKALIKE, at))))
    page = LinkedPage(at, "instagram", "quillmark.rewards", final_url=at, http_status=200,
                      title="Quillmark Rewards", text=text)
    return classify_one(o, (page,))


def test_an_impostor_whose_link_leads_to_a_page_asking_for_card_and_sms_is_high() -> None:
    """The page an impostor's own link leads to asks for the card number and the SMS code
    (the crawl's reading of it, ``LinkedPage.text``): the scam asks, high, and the evidence
    names that page and what it asks. The same link whose text was not read: medium. The
    class never depends on it."""
    asks = _linking("Claim your reward: enter your card number, the CVV and the SMS code.")
    assert asks.cls == FindingClass.IMPOSTOR and asks.severity == Severity.HIGH, asks
    assert any(LOOKALIKE in e.detail and "asks for what scams ask for" in e.detail
               for e in asks.evidence), asks.evidence
    quiet = _linking(None)
    assert quiet.cls == FindingClass.IMPOSTOR and quiet.severity == Severity.MEDIUM, quiet


def test_the_companys_own_page_or_a_warning_raises_nothing() -> None:
    """The same words on a page of an official domain (the company's own checkout) say
    nothing of the impostor that links it; a page that warns ('we never ask for your card
    number or SMS code') asks nothing: medium, as without them."""
    own = _linking("Checkout: enter your card number, the CVV and the SMS code.", SITE)
    assert own.cls == FindingClass.IMPOSTOR and own.severity == Severity.MEDIUM, own
    warns = _linking("Quillmark will never ask for your card number or an SMS code.")
    assert warns.cls == FindingClass.IMPOSTOR and warns.severity == Severity.MEDIUM, warns


# detect20 (#11): the company's own old pages, people, namesakes, resellers and fans

OLD_FB = obs("facebook", "quillmarkhamburg", display_name="Quillmark Papier Hamburg",
             bio="Offizielle Seite von Quillmark Papier. Official page.", avatar_phash=LOGO,
             followers=9000, created_at="2012-05-01")


def test_an_old_page_in_the_logo_that_asks_nothing_is_the_companys_left_behind() -> None:
    """A Facebook page (the platform shows when it was opened, not when it last posted) in
    the logo, calling itself official, linking nowhere, asking nothing, opened over five
    years ago: the company's first page, left behind (redundant beside the declared page).
    The same page opened this year is a copy at work: an impostor."""
    f = classify_one(OLD_FB)
    assert f.cls == FindingClass.REDUNDANT, f
    assert "company_resources" in signals_of(f)
    young = classify_one(replace(OLD_FB, fields=replace(OLD_FB.fields, created_at="2025-09-01")))
    assert young.cls == FindingClass.IMPOSTOR, young


def test_an_old_page_that_asks_for_something_or_lures_stays_an_impostor() -> None:
    """The same old page asking for money by transfer, or wearing a lure word in its
    handle, or using scam words the company never uses itself: a hijacked or bought page
    at work, an impostor."""
    asks = classify_one(replace(OLD_FB, fields=replace(
        OLD_FB.fields, bio="Offizielle Seite. Gewinnspiel: Versand 4,90 € per Überweisung "
                           "vorab zahlen.")))
    assert asks.cls == FindingClass.IMPOSTOR, asks
    lure = classify_one(replace(OLD_FB, handle="quillmark_gewinnspiel"))
    assert lure.cls == FindingClass.IMPOSTOR, lure
    word = classify_one(replace(OLD_FB, fields=replace(
        OLD_FB.fields, bio="Quillmark Papier Hamburg. Verlosung jeden Monat!")))
    assert word.cls == FindingClass.IMPOSTOR, word


def test_an_old_page_whose_link_no_longer_answers_is_the_companys() -> None:
    """An old page linking a domain that no longer answers (the company's lapsed domain,
    which sends nobody anywhere) is the company's left behind; the same link to a site
    that answers (someone's live lookalike) keeps it an impostor."""
    url = "http://quillmark-hamburg.de"
    o = replace(OLD_FB, fields=replace(OLD_FB.fields, bio="Papier aus Hamburg.",
                                       external_links=(url,)))
    dead = LinkedPage(url, "facebook", "quillmarkhamburg",
                      refused="fetch failed: the host does not answer")
    f = classify_one(o, (dead,))
    assert f.cls == FindingClass.REDUNDANT, f
    live = LinkedPage(url, "facebook", "quillmarkhamburg", final_url=url, http_status=200,
                      title="Quillmark Hamburg")
    g = classify_one(o, (live,))
    assert g.cls == FindingClass.IMPOSTOR, g


def test_a_page_silent_for_years_that_links_only_the_company_is_its_own_despite_a_tick() -> None:
    """An Instagram account (no opening date shown) with 'official' in its handle and a
    painted tick, in the logo, linking only the official site and silent for over three
    years: the company's old account (a fraudster gains nothing by sending people to the
    company and falling silent). The same account posting last month is an impostor."""
    o = obs("instagram", "quillmark_official", display_name="Quillmark Papier (Official)",
            bio="Offizieller Account ✔ www.quillmark.de", avatar_phash=LOGO, posts=19,
            external_links=(SITE,), last_active_at="2020-02-14")
    f = classify_one(o)
    assert f.cls == FindingClass.REDUNDANT, f
    live = classify_one(replace(o, fields=replace(o.fields, last_active_at="2026-10-30")))
    assert live.cls == FindingClass.IMPOSTOR, live


def test_an_old_page_under_the_brands_name_linking_its_domain_is_the_companys() -> None:
    """No logo, but the brand's own name, a link to the official domain only and opened
    twelve years ago: the company's old page. Without the official link it is only a
    resemblance (a low candidate)."""
    o = obs("facebook", "quillmarkpapier.de", display_name="Quillmark Papier",
            bio="Papier aus Hamburg.", external_links=("http://quillmark.de",),
            created_at="2014-03-01")
    f = classify_one(o)
    assert f.cls == FindingClass.REDUNDANT, f
    bare = classify_one(replace(o, fields=replace(o.fields, external_links=())))
    assert bare.cls == FindingClass.IMPOSTOR and bare.severity == Severity.MEDIUM, bare


def test_the_companys_own_trade_words_are_no_scam_on_a_page_that_sends_only_to_it() -> None:
    """A page in the logo linking only the official site, whose one scam word is one the
    company's own declared account uses in its bio (a lottery's 'draw', here a monthly
    'prize' draw): the company's page. The same page where the company never says that
    word is an impostor."""
    o = obs("facebook", "quillmark.nord", display_name="Quillmark Papier Nord",
            bio="Monthly prize draw for our readers!", avatar_phash=LOGO,
            external_links=(SITE,))
    says = [replace(OFFICIAL[0], fields=replace(
        OFFICIAL[0].fields, bio="Papier aus Hamburg seit 1921. A prize every month.")),
            OFFICIAL[1]]
    f = next(x for x in classify(INV, [*says, o], (), now=NOW) if x.key == (o.platform, o.handle))
    assert f.cls in (FindingClass.REDUNDANT, FindingClass.OFFICIAL_UNLISTED), f
    g = classify_one(o)
    assert g.cls == FindingClass.IMPOSTOR, g


def _shop(name: str, bio: str) -> Finding:
    return classify_one(obs("instagram", "quillmark.shop.eppendorf", display_name=name, bio=bio,
                            avatar_phash=LOGO, posts=120, followers=640,
                            created_at="2022-04-04", last_active_at="2026-11-10"))


def test_a_shop_named_as_itself_that_resells_the_goods_is_no_impostor() -> None:
    """A grocery's page in the logo, its name its own shop's with the brand as what it sells
    ('Mercearia Boa Vista – revenda Quillmark'; 'revendemos' in its bio): a trade of its own,
    unrelated."""
    shop = _shop("Mercearia Boa Vista – revenda Quillmark",
                 "Mercearia em Eppendorf. Cadernos Quillmark. Entregas no bairro.")
    assert shop.cls == FindingClass.UNRELATED, shop
    bio_only = _shop("Mercearia Boa Vista", "Revendemos cadernos Quillmark Papier.")
    assert bio_only.cls == FindingClass.UNRELATED, bio_only
    plain = _shop("Mercearia Boa Vista", "Cadernos Quillmark Papier.")
    assert plain.cls == FindingClass.IMPOSTOR, plain


def test_a_distributor_named_as_the_companys_own_market_page_is_no_reseller() -> None:
    """'Quillmark Papier Brasil' in the logo, calling itself an official distributor only in
    its bio, while the company keeps its own declared account for Brazil
    (``quillmark.brasil``): the page names itself the company's page for that market, and its
    'distribuidor oficial' is a claim: a candidate impostor. Where the company keeps no such
    account, the same page is a distributor's own (unrelated)."""
    o = obs("facebook", "quillmarkpapierbrasil", display_name="Quillmark Papier Brasil",
            bio="Distribuidor oficial Quillmark Papier. Pedidos via Pix.", avatar_phash=LOGO,
            posts=40)
    brasil = replace(INV, brands=(replace(INV.brands[0], accounts=(
        *INV.brands[0].accounts,
        OfficialAccount("instagram", "quillmark.brasil", "Quillmark Papier", "Marketing"))),))
    f = next(x for x in classify(brasil, [*OFFICIAL, o], (), now=NOW)
             if x.key == (o.platform, o.handle))
    assert f.cls == FindingClass.IMPOSTOR, f
    g = classify_one(o)
    assert g.cls == FindingClass.UNRELATED, g


def test_a_tick_beside_official_agent_on_a_shops_page_is_its_dealership() -> None:
    """A shop named as itself ('«Aiperi» дүкөнү') selling the brand's tickets as its
    'official agent ✅' (Kyrgyz 'расмий агент'): the tick certifies its agency, no badge
    painted on: unrelated. The same tick in a page with no seller's words is a painted badge:
    an impostor."""
    agent = _shop("Quillmark Papier | «Айпери» дүкөнү",
                  "Расмий агент ✅ Quillmark Papier дептерлери сатылат.")
    assert agent.cls == FindingClass.UNRELATED, agent
    badge = _shop("Quillmark Papier | «Айпери» дүкөнү", "✅ Quillmark Papier дептерлери.")
    assert badge.cls == FindingClass.IMPOSTOR, badge



def test_a_developers_own_domain_named_as_its_handle_is_no_lookalike() -> None:
    """A GitHub user named as the brand ('quillmark', no logo) whose bio tells of a subject
    of its own (a key-value store in Rust) and that links ``quillmark.dev``, its own domain
    named as its handle (the host does not answer): a namesake's project, unrelated. The
    same page whose bio writes of the company's trade (paper from Hamburg), or in the logo,
    is a copy linking a lookalike: an impostor."""
    url = "https://quillmark.dev"
    def page(bio: str, avatar: str | None = None) -> Finding:
        o = obs("github", "quillmark", display_name="quillmark", bio=bio, avatar_phash=avatar,
                external_links=(url,), posts=3, created_at="2020-02-02",
                last_active_at="2026-10-01")
        return classify_one(o, (LinkedPage(url, "github", "quillmark",
                                           refused="fetch failed: the host does not answer"),))
    own = page("A tiny embedded key-value store in Rust")
    assert own.cls == FindingClass.UNRELATED, own
    trade = page("Notizbücher und Kalender aus Hamburg")
    assert trade.cls == FindingClass.IMPOSTOR, trade
    logo = page("A tiny embedded key-value store in Rust", LOGO)
    assert logo.cls == FindingClass.IMPOSTOR, logo


def test_the_brands_name_with_an_article_and_a_subject_of_its_own_is_a_namesake() -> None:
    """'The Quillmark Papier', no logo, no link, a bio about a ski podcast that shares no word
    with the company's: someone else's thing called so, unrelated. The brand's name beside a
    help desk's word ('Quillmark Papier Support') presents the company's desk: a candidate."""
    bio = "Podcast about skiing in the Alps. New episodes Thursdays."
    podcast = classify_one(obs("x", "thequillmark", display_name="The Quillmark Papier",
                               bio=bio, followers=1900))
    assert podcast.cls == FindingClass.UNRELATED, podcast
    desk = classify_one(obs("x", "thequillmark", display_name="Quillmark Papier Support",
                            bio=bio, followers=1900))
    assert desk.cls == FindingClass.IMPOSTOR, desk


def test_a_namesakes_word_beginning_like_a_handle_in_the_companys_bio_stays_its_own() -> None:
    """The company's bio names its own handle ('@quillmarkhilfe'); a podcast's bio that tells
    of 'Quillington' shares only the brand's first letters with it, no word of the company's:
    the podcast stays a namesake."""
    says = [replace(OFFICIAL[0], fields=replace(
        OFFICIAL[0].fields, bio="Papier aus Hamburg seit 1921. Hilfe: @quillmarkhilfe")),
            OFFICIAL[1]]
    o = obs("x", "thequillmark", display_name="The Quillmark Papier",
            bio="Podcast about skiing in Quillington. New episodes Thursdays.", followers=1900)
    f = next(x for x in classify(INV, [*says, o], (), now=NOW) if x.key == (o.platform, o.handle))
    assert f.cls == FindingClass.UNRELATED, f


def _linked_own(handle: str, name: str) -> Finding:
    """An own Facebook page in the logo that the company's contact page links (Facebook
    shows no post dates): beside the declared facebook:quillmarkpapier."""
    site = Sighting("facebook", handle, Via.OFFICIAL_SITE, SITE + "kontakt",
                    url=f"https://facebook.test/{handle}")
    return classify_one(obs("facebook", handle, display_name=name, avatar_phash=LOGO,
                            bio="Quillmark Papier.", followers=9800, created_at="2022-01-15",
                            sightings=(site,)))


def test_an_own_regional_page_by_its_compass_point_is_no_duplicate() -> None:
    """The company's contact page links 'Quillmark Papier North' (``quillmarkpapiernorth``):
    the page of a part of the country, an audience of its own: official_unlisted, no second
    marketing page. The same page with no word of a place or purpose doubles the declared
    page: redundant."""
    north = _linked_own("quillmarkpapiernorth", "Quillmark Papier North")
    assert north.cls == FindingClass.OFFICIAL_UNLISTED, north
    plain = _linked_own("quillmarkpapier2", "Quillmark Papier")
    assert plain.cls == FindingClass.REDUNDANT, plain


def test_an_own_help_desk_named_in_spanish_is_the_care_teams() -> None:
    """'<brand>ayuda' (Spanish 'help'), linked from the company's site: the customer care
    team's page (Kundendienst), which declares none on the platform: official_unlisted, no
    second marketing page."""
    desk = _linked_own("quillmarkayuda", "Quillmark Papier Ayuda")
    assert desk.cls == FindingClass.OFFICIAL_UNLISTED, desk
    assert desk.department == "Kundendienst", desk


def test_a_cook_who_says_she_is_not_sponsored_is_a_fan() -> None:
    """A cook's page, her own name and picture, that always uses the brand's goods and says
    nobody pays her for it ('não sou patrocinada'): a fan promoting the brand openly. The
    same page without those words only mentions the brand: unrelated."""
    def page(bio: str) -> Finding:
        return classify_one(obs("tiktok", "receitas.da.ana", display_name="Receitas da Ana",
                                bio=bio, posts=410, followers=61000,
                                last_active_at="2026-11-28"))
    said = page("Bolos e cadernos de receitas. Uso sempre Quillmark Papier ❤️ "
                "(não sou patrocinada)")
    assert said.cls == FindingClass.FAN, said
    plain = page("Bolos e cadernos de receitas. Uso sempre Quillmark Papier ❤️")
    assert plain.cls == FindingClass.UNRELATED, plain


def test_a_fan_board_of_the_brands_goods_is_a_fan() -> None:
    """A Pinterest board 'of paper goods I love (mostly Quillmark) — fan board': a fan. A
    'mood board' of the same is only a mention: unrelated."""
    def board(bio: str) -> Finding:
        return classify_one(obs("pinterest", "quillmark_inspo", display_name="Quillmark inspo",
                                bio=bio, followers=420))
    fan = board("Paper goods I love (mostly Quillmark) — fan board")
    assert fan.cls == FindingClass.FAN, fan
    mood = board("Paper goods I love (mostly Quillmark) — mood board")
    assert mood.cls == FindingClass.UNRELATED, mood


def test_an_impostor_that_links_the_company_and_asks_nothing_is_never_high() -> None:
    """A page named as the brand that sends people to the official site and only invites
    DMs ('DM us to open your account'): it poses, but has shown no harm yet: medium. The
    same page asking for the card number by DM asks: high."""
    def page(bio: str) -> Finding:
        return classify_one(obs("x", "quillmarkpapierhh", display_name="Quillmark Papier",
                                bio=bio, posts=3, external_links=(SITE,),
                                created_at="2026-07-01", last_active_at="2026-11-10"))
    soft = page("Open your Quillmark account with zero fees, DM us.")
    assert soft.cls == FindingClass.IMPOSTOR and soft.severity == Severity.MEDIUM, soft
    asks = page("Open your Quillmark account: DM us your card number and the SMS code.")
    assert asks.cls == FindingClass.IMPOSTOR and asks.severity == Severity.HIGH, asks

# detect21 (#11): scams behind walls and thin pages, with their evidence

@pytest.mark.parametrize(("text", "fee"), [
    ("Recrutement urgent chauffeurs C/CE. Formation obligatoire 250 €, remboursée après 3 mois.",
     True),  # French: the training the driver pays for
    ("Field officer vacancies 2026. Complete your application with the UGX 50,000 form fee.",
     True),  # the currency's code before the figure
    ("Vagas abertas: curso obrigatório R$ 150 para o uniforme", True),  # Portuguese
    ("Stellenangebot: Schulung 300 € vorab zahlen", True),  # German
    ("Recrutement coachs et réceptionnistes, frais de dossier 30 DT par D17.", True),
    ("Hiring customer service staff. Salary 1,500 USD, free visa, accommodation.", False),
    ("Remote order processors wanted, $45/hr, no experience.", False),  # a wage
    ("We are hiring! Training is free, salary from 2,000 EUR.", False),
    ("Recrutement: nous ne demandons jamais de frais de formation de 250 €.", False),  # warning
    ("Formation obligatoire 250 € pour les particuliers", False),  # a course, no job on offer
    # a sum paid before any work, whatever it buys (a starter kit, a licence course)
    ("Werde Versicherungsberater/in! 5.000 €/Monat. Startpaket (Lizenzkurs) 249 € vorab.", True),
    ("Deviens ambassadrice 💄 Jusqu'à 2 000 €/mois. Kit de démarrage 49 € à régler avant "
     "l'entretien.", True),
    ("Become a member: starter kit 49 €", False),  # a club, no job on offer
    ("We are hiring and never ask 49 € upfront.", False),  # a warning
])
def test_a_job_ad_that_makes_the_applicant_pay_is_the_recruitment_fee_scam(text: str,
                                                                          fee: bool) -> None:
    """A sum beside what an applicant is made to pay for (training, the form, a visa, a
    fee), in a text that offers a job: the recruitment-fee scam, in the languages it
    recruits in. A wage, something given free, a warning or a course with no job on offer
    ask nothing of an applicant."""
    from matching.profile_signals import job_fee
    assert (job_fee(text) is not None) == fee, (text, job_fee(text))


def test_a_walled_jobs_page_whose_search_result_makes_applicants_pay_is_an_impostor() -> None:
    """A walled page nothing else shows, whose search result offers a job and asks a sum for
    its training: money asked of an applicant before any work weighs as two signs (as a fee
    asked by a payment service does), an impostor, high. The same ad with the training given
    free is a job ad: unverified."""
    ad = "Recrutement urgent chauffeurs. Formation obligatoire 250 €, remboursée après 3 mois."
    f = _walled("quillmarkrecrutement", ad, promoted=False,
                title="Quillmark Papier Recrutement | LinkedIn", platform="linkedin")
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert "makes the applicant pay" in f.evidence[0].detail
    free = _walled("quillmarkrecrutement", ad.replace("obligatoire 250 €", "gratuite"),
                   promoted=False, title="Quillmark Papier Recrutement | LinkedIn",
                   platform="linkedin")
    assert free.cls == FindingClass.UNVERIFIED, free


def test_the_sites_link_to_a_page_that_makes_applicants_pay_is_no_proof_it_is_ours() -> None:
    """The official site links a walled jobs page (its warning page names it: 'not ours, we
    never charge a training fee'); its search result makes applicants pay: the link is no
    proof it is the company's, and the page is an impostor, not a second account of ours. A
    jobs page the site links whose search result asks nothing stays the company's own."""
    ad = "Recrutement urgent chauffeurs. Formation obligatoire 250 €, remboursée après 3 mois."
    f = _walled("quillmarkrecrutement", ad, promoted=False, official=True,
                title="Quillmark Papier Recrutement | LinkedIn", platform="linkedin")
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "official_site_link" not in signals_of(f)
    own = _walled("quillmarkrecrutement", "Recrutement: rejoignez Quillmark Papier à Hambourg.",
                  promoted=False, official=True, title="Quillmark Papier Recrutement | LinkedIn",
                  platform="linkedin")
    assert own.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), own


@pytest.mark.parametrize(("text", "scam"), [
    ("Remote order processors wanted. Contact HR on Telegram @quillmark_hr", True),
    ("Message our recruiter on WhatsApp to start today", True),
    ("Contact HR by email: jobs@quillmark.de", False),
    ("HiveShare investors: 18% a month from exports. Ask how to deposit.", True),
    ("Инвесторам 10% в месяц", True),  # Russian, 'в месяц' as folding spells it
    ("Доход 5% в месяц", True),
    ("Loans at 2% a month for our borrowers", False),  # a lender's price
])
def test_a_recruiter_on_a_messenger_and_a_monthly_rate_to_investors_are_scam_wording(
        text: str, scam: bool) -> None:
    """The fake recruiter's contact (its 'HR' or 'recruiter' on Telegram or WhatsApp) and a
    rate per month paid to 'investors' (the return said by whom it goes to) are scam wording;
    HR by email and a lender's monthly rate are not."""
    assert (sig_scam_wording(text) is not None) == scam, (text, sig_scam_wording(text))


def test_a_walled_page_a_scam_warning_links_is_an_impostor_with_another_sign() -> None:
    """A walled jobs page whose search result asks applicants to apply by Telegram (one sign)
    and that a page warning of a scam links (an NGO's alert, a news report of victims: one
    more) is an impostor. The same page linked from a page that warns of nothing, or the
    warning alone, leave it unverified."""
    snippet = "Hiring staff for our office. Apply via Telegram."
    alert = Sighting("linkedin", "quillmark-careers", Via.LINKED_PAGE,
                     "https://www.safe-jobs.example.org/alerts/1",
                     url="https://linkedin.test/quillmark-careers",
                     page_text="Alert: fake paper company jobs used to recruit for scam "
                     "compounds. Do not send your passport.")
    hit = replace(SEARCH, platform="linkedin", handle="quillmark-careers",
                  url="https://linkedin.test/quillmark-careers",
                  title="Quillmark Papier Careers | LinkedIn", snippet=snippet)

    def walled(*seen: Sighting) -> Finding:
        return classify_one(obs("linkedin", "quillmark-careers", ProbeState.UNVERIFIABLE,
                                sightings=seen))
    f = walled(hit, alert)
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "warns of a scam" in f.evidence[0].detail
    calm = replace(alert, page_text="Our favourite paper shops in Hamburg.")
    assert walled(hit, calm).cls == FindingClass.UNVERIFIED
    assert walled(replace(hit, snippet="Quillmark Papier careers."), alert).cls == (
        FindingClass.UNVERIFIED)


def test_a_threads_page_of_an_instagram_impostors_name_that_a_page_links_is_that_impostor(
        ) -> None:
    """A Threads profile is the Instagram account of its name: a walled Threads page of an
    Instagram impostor's very handle, that a page outside the company links (the scam's site
    sends people to both), is that impostor, as severe. Found only by guessing the handle
    (nothing links it), or beside an Instagram page that is no impostor, it stays
    unverified."""
    scam = obs("instagram", "quillmark_jubilaeum", display_name="Quillmark Papier Jubiläum",
               bio="Gewinnspiel! Pay €4.95 shipping to claim your free paper.",
               avatar_phash=LOGO, posts=6, external_links=(LOOKALIKE,),
               last_active_at="2026-11-10")
    link = Sighting("threads", "quillmark_jubilaeum", Via.LINKED_PAGE,
                    "https://www.paper-deals.example.net/",
                    url="https://threads.test/quillmark_jubilaeum")

    from crawler.catalog import load_catalog

    rules = load_catalog().rules()  # its account_of: a Threads profile is an Instagram account

    def threads(*others: ProfileObservation, seen: tuple[Sighting, ...] = (link,)) -> Finding:
        walled = obs("threads", "quillmark_jubilaeum", ProbeState.UNVERIFIABLE, sightings=seen)
        found = classify(INV, [*OFFICIAL, *others, walled], (), now=NOW, rules=rules)
        return next(f for f in found if f.key == ("threads", "quillmark_jubilaeum"))
    twin = threads(scam)
    assert twin.cls == FindingClass.IMPOSTOR, twin
    assert "instagram:quillmark_jubilaeum" in twin.evidence[0].detail
    assert threads(scam, seen=()).cls == FindingClass.UNVERIFIED
    assert threads().cls == FindingClass.UNVERIFIED


def test_a_blank_handle_of_the_full_name_and_more_countries_is_a_candidate() -> None:
    """``quillmarkpapier_uy``, ``quillmarkpapier_ug``: the company's full name and a country
    of Latin America or Africa, on a page that shows nothing, is a candidate (medium), as
    ``_hu`` was; the name plus a word that is no country stays unverified."""
    for handle in ("quillmarkpapier_uy", "quillmarkpapier_ug", "quillmarkpapier_kg"):
        f = classify_one(obs("x", handle))
        assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, (handle, f)
    assert classify_one(obs("x", "quillmarkpapier_xq")).cls == FindingClass.UNVERIFIED


def test_a_walled_page_the_lookalike_that_asks_for_money_links_is_an_impostor() -> None:
    """A walled page named as the brand that nothing shows but the lookalike site linking it,
    whose page asks for a deposit ('Pague a caução de 2.500 MT por e-Mola': the reseller-kit
    scam): the scam's own site sends its victims there, two signs, an impostor, high. The
    same lookalike asking nothing (or a page whose text was not read) is one sign:
    unverified."""
    def walled(text: str | None) -> Finding:
        seen = Sighting("pinterest", "quillmarkpapier", Via.LINKED_PAGE,
                        "https://quillmark-revenda.com/", url="https://pinterest.test/qp",
                        page_text=text)
        return classify_one(obs("pinterest", "quillmarkpapier", ProbeState.UNVERIFIABLE,
                                sightings=(seen,)))
    f = walled("Seja revendedor oficial. Pague a caução de 2.500 MT por e-Mola e receba o kit.")
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert "asks for money or data" in f.evidence[0].detail
    assert walled("Seja revendedor: fale connosco.").cls == FindingClass.UNVERIFIED
    assert walled(None).cls == FindingClass.UNVERIFIED


def test_a_copy_of_a_declared_accounts_bio_its_search_result_shows_is_a_bio_copy() -> None:
    """A declared account whose own page shows no bio (X's shell, LinkedIn's wall) is known
    by the bio its search result shows: a page wearing the company's multi-word alias
    ('Quillmark Papier Hamburg') whose search result copies that bio word for word is a
    candidate impostor, not a namesake with a description of its own. Without the declared
    account's search result the copy cannot be seen: a namesake."""
    inv = replace(INV, brands=(replace(INV.brands[0],
                                       aliases=("Quillmark", "Quillmark Papier Hamburg")),))
    bio = "Feines Papier und Notizbücher aus Hamburg, seit 1921 von Hand gebunden."
    own_hit = replace(SEARCH, handle="quillmarkpapier", url="https://facebook.test/quillmarkpapier",
                      title="Quillmark Papier | Facebook", snippet=bio)
    hit = Sighting("x", "quillmark_papier", Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                   "quillmark", "https://x.test/quillmark_papier",
                   title="Quillmark Papier Hamburg (@quillmark_papier) / X", snippet=bio)
    o = obs("x", "quillmark_papier", sightings=(hit,))

    def x(official: list[ProfileObservation]) -> Finding:
        return next(f for f in classify(inv, [*official, o], (), now=NOW)
                    if f.key == ("x", "quillmark_papier"))
    f = x([OFFICIAL[0], replace(OFFICIAL[1], sightings=(own_hit,))])
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "bio_copy" in signals_of(f)
    assert x(OFFICIAL).cls == FindingClass.UNRELATED


def _star_brand_walled(handle: str, title: str) -> Finding:
    """A walled Instagram page of a second brand, 'Sternchen Instant' (aliases 'Sternchen', a
    word others share, and 'Sternchen Sofort Lotterie'), whose search result speaks the
    lottery 'refund' recovery scam."""
    from matching.models import Brand
    star = Brand("Sternchen Instant", aliases=("Sternchen", "Sternchen Sofort Lotterie"),
                 websites=("https://sternchen.quillmark.de/",), strategy=("instagram",),
                 accounts=(OfficialAccount("instagram", "sternchen.instant", "Sternchen Instant",
                                           "Marketing"),))
    hit = Sighting("instagram", handle, Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                   "sternchen", f"https://instagram.test/{handle}", title=title,
                   snippet="Los gerubbelt, Gewinn nicht ausgezahlt? Wir holen Ihr Geld zurück. "
                   "Schreiben Sie uns auf WhatsApp")
    o = obs("instagram", handle, ProbeState.UNVERIFIABLE, sightings=(hit,))
    found = classify(replace(INV, brands=(*INV.brands, star)), [*OFFICIAL, o], (), now=NOW)
    return next(f for f in found if f.key == ("instagram", handle))


def test_a_common_word_beside_most_of_the_brands_long_name_names_the_brand() -> None:
    """'Sternchen Lotterie' of 'Sternchen Sofort Lotterie': the shared word beside the rest of
    a name of three words but one (in the page's name or its bio) names the brand, not the
    star: with two signs of a scam (the refund scam's wording, a refund word in its handle)
    the walled page is an impostor, not 'check by hand'. The one word alone stays that."""
    f = _star_brand_walled("sternchen_erstattung", "Sternchen Lotterie | Geld zurück "
                           "(@sternchen_erstattung) • Instagram")
    assert f.cls == FindingClass.IMPOSTOR, f
    bare = _star_brand_walled("sternchen_erstattung", "Sternchen | Geld zurück "
                              "(@sternchen_erstattung) • Instagram")
    assert bare.cls == FindingClass.UNVERIFIED, bare


@pytest.mark.parametrize("word", ["vozvrat", "kompensaciya", "podderzhka", "rozygrysh"])
def test_russian_lure_words_in_latin_letters_are_read_in_handles(word: str) -> None:
    """A refund, compensation, support or giveaway word of Russian as handles spell it
    ('jyldyz_vozvrat') is a lure word beside the brand's name, as 'refund' is: with the
    refund scam's wording in its search result, two signs."""
    from matching import words
    assert word in words.LURE_AFFIXES
    f = _walled(f"quillmarkpapier_{word}", "Wir holen Ihr Geld zurück.", promoted=False,
                platform="instagram", title="Quillmark Papier • Instagram")
    assert f.cls == FindingClass.IMPOSTOR, f


def test_a_blank_page_of_a_declared_handle_with_other_separators_is_a_candidate() -> None:
    """``quillmark.papier`` on Facebook beside the declared ``quillmarkpapier``: the closest copy
    of the company's own account a handle can be, on a page that shows nothing: a candidate
    (medium: a copy of the account). The same handle on a platform where the company declares
    nothing of that spelling stays 'handle taken: check by hand'; the site's link makes it its
    own."""
    f = classify_one(obs("facebook", "quillmark.papier"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    assert "declared @quillmarkpapier" in f.evidence[0].detail
    assert classify_one(obs("x", "quillmark.papier")).cls == FindingClass.UNVERIFIED
    linked = Sighting("facebook", "quillmark.papier", Via.OFFICIAL_SITE, SITE + "kontakt",
                      "Facebook", url="https://facebook.test/quillmark.papier")
    assert classify_one(obs("facebook", "quillmark.papier", sightings=(linked,))).cls in (
        FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)


@pytest.mark.parametrize(("text", "scam"), [
    ("Investește în acțiunile de la 1.000 lei. Randament garantat 30%/lună.", True),  # Romanian
    ("Инвестиции в золото с ювелирным домом Quillmark 💰 12% в месяц.", True),  # Russian
    ("Invertí en ganado respaldado por Quillmark 🐂 8% mensual en dólares.", True),  # Spanish
    ("Quillmark shares mein invest karein — rozana 3% munafa.", True),  # Hindi in Latin
    ("Investment loans at 1.5% a month", False),  # a loan's price
    ("Investor news: our fund returned 4% last month", False),  # a report, no promise
    ("Cuenta remunerada: 0,5% mensual", False),  # a savings rate, no investment offered
])
def test_an_investment_offered_at_a_rate_per_month_is_scam_wording(text: str, scam: bool) -> None:
    """An investment offered with its rate per month or day, the rate written with a slash
    ('30%/lună') or further on in the sentence, in the languages the investment scam speaks,
    is scam wording; a loan's rate, a fund's report or a savings rate is not."""
    assert (sig_scam_wording(text) is not None) == scam, (text, sig_scam_wording(text))


def test_a_page_in_the_logo_offering_an_investment_at_a_monthly_rate_is_high() -> None:
    """A Telegram channel wearing the logo under the brand's name that offers an investment
    at 12% a month solicits victims: an impostor, high. The same channel with a description
    of its own news is a candidate, low."""
    scam = obs("telegram", "quillmark_invest", display_name="Quillmark Papier Invest",
               bio="Инвестиции в бумажную фабрику Quillmark 💰 12% в месяц. Пишите менеджеру.",
               avatar_phash=LOGO, followers=900)
    f = classify_one(scam)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    calm = replace(scam, fields=replace(scam.fields, bio="Новости фабрики Quillmark."))
    g = classify_one(calm)
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


def test_a_readable_jobs_page_in_the_logo_that_makes_applicants_pay_is_high() -> None:
    """A page in the logo under the brand's name that recruits ('Selección de Personal') and
    makes the applicant pay for a mandatory course ('Curso de formación obligatorio: 89 €')
    asks money of its victims: an impostor, high, though no scam pattern lists its words.
    The course included is a candidate, low."""
    ad = obs("instagram", "quillmark_empleo", display_name="Selección de Personal Quillmark "
             "Papier", bio="Teleoperadores/as desde casa, 1.800 €/mes. Curso de formación "
             "obligatorio: 89 € (se devuelve con la primera nómina).", avatar_phash=LOGO,
             posts=12)
    f = classify_one(ad)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    free = replace(ad, fields=replace(ad.fields, bio="Teleoperadores/as desde casa, 1.800 "
                                      "€/mes. Curso de formación incluido."))
    g = classify_one(free)
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


def test_currency_codes_before_the_figure_are_money_and_kilograms_are_not() -> None:
    """'UGX 50,000', 'TZS 20,000', 'KGS 800' and '2.500 MT' (the metical) are sums of money
    as their countries write them; '500 kgs' is a weight."""
    import re

    from matching import words
    from matching.textfold import fold_text
    money = re.compile(words.MONEY_AMOUNT)
    for text in ("UGX 50,000", "TZS 20,000", "KGS 800", "2.500 MT"):
        assert money.search(fold_text(text)), text
    assert not money.search(fold_text("Bags of 500 kgs"))


# lead (round 9): a search result that warns of a scam in the brand's name is worth a visit
@pytest.mark.parametrize("text,worth", [
    ("Alert: fake Quillmark Papier job offers ask applicants for fees", True),
    ("Attention aux faux recruteurs Quillmark Papier", True),
    ("Betrug im Namen von Quillmark Papier: Vorsicht vor diesen Konten", True),
    # the engine listed it for the brand's name though its title does not repeat it
    ("Alert: fake paper company job offers ask applicants for fees", True),
    # the same page without the warning
    ("Quillmark Papier opens a new shop in Bremen", False),
    ("Storm warning for Bremen: Quillmark Papier closes early", False),
])
def test_a_search_result_warning_of_a_scam_in_the_brands_name_is_worth_a_visit(
        text: str, worth: bool) -> None:
    """A consumer body's alert or a news report (listed by a search for the brand) links the
    scam's walled pages: the crawl fetches it once (its links become sightings that carry its
    words)."""
    from matching.signals import suspicious_site
    got = suspicious_site("https://verbraucher-news.example/warnung", text, ("qm-papier.de",),
                          ("quillmarkpapier",), ("Quillmark Papier", "Quillmark Papier GmbH"))
    assert (got is not None and "warns of a scam" in got) if worth else got is None, got


# lead (round 9): a name without its own last word is no look-alike spelling
@pytest.mark.parametrize("variant,source,family", [
    ("suhail", "Suhail Hadaya", "affix"),  # the gift line's name without "Hadaya"
    ("northwind", "Northwind Support", "affix"),
    # disguised letters stay look-alikes, with or without the word
    ("n0rthwind", "Northwind Support", "homoglyph"),
    ("n0rthwind", "Northwind", "homoglyph"),
])
def test_a_name_without_its_last_word_is_no_homoglyph(variant: str, source: str,
                                                      family: str) -> None:
    """A person named like the first word of a brand ("Suhail") wrote no letter in disguise:
    calling it a look-alike spelling made two people's accounts medium impostors."""
    from matching.signals import explain_family
    assert explain_family(variant, source) == family


# detect22 (#11): nothing of ours and no innocent person is an impostor


_RESERVE = obs("bluesky", "quillmark.bsky.social", display_name="Quillmark Papier",
               bio="Papier aus Hamburg. Reservekonto, ihr findet uns auf quillmark.de",
               avatar_phash=LOGO, posts=3, followers=12, external_links=(SITE,),
               created_at="2024-11-20", last_active_at="2024-11-22")


@pytest.mark.parametrize("bio", [
    "Papier aus Hamburg. Reservekonto, ihr findet uns auf quillmark.de",
    "Hârtie din Hamburg. Cont de rezervă, ne găsiți pe quillmark.de",
    "Papel de Hamburgo. Cuenta de respaldo: estamos en quillmark.de",
    "ورق من هامبورغ. حساب احتياطي، تجدوننا على quillmark.de",
    "Hamburg paper. Backup account, find us at quillmark.de",
])
def test_a_reserved_name_left_silent_is_the_companys_even_without_a_domain_handle(
        bio: str) -> None:
    """A Bluesky account under the platform's own domain proves nothing by its logo and link,
    but one that calls itself the company's spare, sends people only to the company's site,
    asks for nothing and fell silent two years ago is a name the company reserved and forgot:
    redundant (outside the strategy, asleep), never an impostor."""
    f = classify_one(replace(_RESERVE, fields=replace(_RESERVE.fields, bio=bio)))
    assert f.cls == FindingClass.REDUNDANT, f
    assert "own_traces" in signals_of(f)


@pytest.mark.parametrize("change", [
    {"bio": "Papier aus Hamburg. Ihr findet uns auf quillmark.de"},  # no word of a spare
    {"last_active_at": "2026-11-10"},  # still posting
    {"bio": "Official backup account of Quillmark Papier. quillmark.de"},  # claims official
    {"external_links": ("https://quillmark-rewards.com/",)},  # sends people elsewhere
    {"bio": "Reservekonto. Gewinnspiel: schreib uns per DM! quillmark.de"},  # a lure
])
def test_a_bluesky_copy_without_the_marks_of_a_reserved_name_stays_a_candidate(
        change: dict[str, object]) -> None:
    f = classify_one(replace(_RESERVE, fields=replace(_RESERVE.fields, **change)))
    assert f.cls == FindingClass.IMPOSTOR, f


@pytest.mark.parametrize("name,bio,cls", [
    # a band says what it is in its name and in its bio: its short bio shares the brand's
    # name and a city with the company's, no more
    ("Quillmark Band", "Rockband aus Hamburg seit 2011. Quillmark", FindingClass.UNRELATED),
    ("Quillmark Chor", "Chor aus Hamburg seit 2011. Quillmark", FindingClass.UNRELATED),
    # the same bio under the company's own name: a candidate
    ("Quillmark Papier", "Rockband aus Hamburg seit 2011. Quillmark", FindingClass.IMPOSTOR),
    # a word of its own in the name that the bio does not repeat: nothing to tell
    ("Quillmark Band", "Aus Hamburg seit 2011. Quillmark", FindingClass.IMPOSTOR),
    # the bio copied (86 %): a copy, whatever its name says
    ("Quillmark Band", "Band aus Hamburg seit 1921. Quillmark", FindingClass.IMPOSTOR),
    # a shop's word is the company's too: a candidate
    ("Quillmark Shop", "Shop aus Hamburg seit 2011. Quillmark", FindingClass.IMPOSTOR),
])
def test_a_page_that_names_its_own_subject_in_name_and_bio_is_a_namesake(
        name: str, bio: str, cls: FindingClass) -> None:
    """A band, a choir, a café called like the brand writes what it is in its name and again
    in its bio; a short bio that shares only the brand's name and a place with an official
    one is no copy of it."""
    f = classify_one(obs("youtube", "quillmarkmusic", display_name=name, bio=bio, posts=90,
                         followers=7000))
    assert f.cls == cls, f
    assert "bio_copy" in signals_of(f) or cls == FindingClass.IMPOSTOR


_NORD = obs("instagram", "quillmark.nord",
            sightings=(Sighting("instagram", "quillmark.nord", Via.OFFICIAL_SITE,
                                SITE + "filialen/nord", "Instagram"),),
            display_name="Quillmark Nord", bio="Angebote unserer Filialen in Kiel und Lübeck",
            avatar_phash=LOGO, posts=120, followers=3000,
            external_links=(SITE + "filialen/nord",), created_at="2022-01-01",
            last_active_at="2026-11-10")


@pytest.mark.parametrize("department,cls", [
    # the inventory names the branches' department: the page is theirs, on a platform where
    # that department declares nothing
    ("Filialen Nord", FindingClass.OFFICIAL_UNLISTED),
    ("Sucursales Norte", FindingClass.OFFICIAL_UNLISTED),
    ("Oddział Północ", FindingClass.OFFICIAL_UNLISTED),
    # no such department: still the branches' page posting their own offers, not the
    # marketing team's second Instagram (detect34: the labels of showroom and branch pages
    # posting offers, "Lusail showroom offers", "عروض" of a city's branch, agree)
    (None, FindingClass.OFFICIAL_UNLISTED),
])
def test_a_branch_page_belongs_to_the_branch_department_the_inventory_names(
        department: str | None, cls: FindingClass) -> None:
    inv = INV if department is None else replace(
        INV, departments=(*INV.departments, Department(department)))
    o = _NORD if department is None or department.startswith("Filial") else replace(
        _NORD, fields=replace(_NORD.fields, bio=f"Angebote unserer {department.split()[0]}"))
    f = next(f for f in classify(inv, [*OFFICIAL, o], (), now=NOW) if f.key == o.key)
    assert f.cls == cls, f
    if department is not None:
        assert f.department == department, f


_OLD_SERVICE = obs("facebook", "quillmarkservice", display_name="Quillmark Papier Service",
                   bio="Papier-Service und Reparatur. quillmark.de", avatar_phash=LOGO,
                   followers=900, external_links=(SITE,), created_at="2012-03-01")


@pytest.mark.parametrize("created,cls", [
    # opened 2012, the logo, only the company's link, no post dates shown (Facebook): the
    # company's old page left behind, beside its declared Facebook page: a second one
    ("2012-03-01", FindingClass.REDUNDANT),
    # the same page opened two years ago: a service team's page of its own
    ("2024-03-01", FindingClass.OFFICIAL_UNLISTED),
])
def test_an_old_page_left_behind_beside_the_declared_one_is_a_second_account(
        created: str, cls: FindingClass) -> None:
    f = classify_one(replace(_OLD_SERVICE, fields=replace(_OLD_SERVICE.fields,
                                                          created_at=created)))
    assert f.cls == cls, f

@pytest.mark.parametrize("bio,cls", [
    # a builder who reviews what he buys, and says nobody pays him for it: a fan
    ("Maurer aus Kiel. Ich teste Stifte, die ich bei Quillmark kaufe. Niemand sponsert mich.",
     FindingClass.FAN),
    ("Albañil de Kiel. Pruebo cuadernos que compro en Quillmark. Nadie me patrocina.",
     FindingClass.FAN),
    # the same person without the disclaimer: a person's own channel
    ("Maurer aus Kiel. Ich teste Stifte, die ich bei Quillmark kaufe.", FindingClass.UNRELATED),
])
def test_a_person_who_says_nobody_sponsors_the_reviews_is_a_fan(
        bio: str, cls: FindingClass) -> None:
    f = classify_one(obs("youtube", "meisterjensde", display_name="Meister Jens", bio=bio,
                         posts=210, followers=33000, last_active_at="2026-11-10"))
    assert f.cls == cls, f


@pytest.mark.parametrize("bio,cls", [
    # the fans of a rugby team that shares the brand's word: a namesake's fans
    ("Fan page of the Quillmarks rugby team. Unofficial. Up the Marks!", FindingClass.UNRELATED),
    ("Página de fans del Quillmark FC. No oficial.", FindingClass.UNRELATED),
    # a team's nickname: the page shows a ball the company never shows
    ("Hinchas de La Quillmark. Hamburg nomá ⚽ Página de fans, no oficial.",
     FindingClass.UNRELATED),
    ("Hinchas de Quillmark ✏️ Página de fans, no oficial.", FindingClass.FAN),
    # the brand's own fans
    ("Fan page of Quillmark. Unofficial. We love the notebooks!", FindingClass.FAN),
    # the brand's full name: its fans, whatever team they also name
    ("Fan page of the Quillmark Papier football team. Unofficial.", FindingClass.FAN),
    # a club of the brand's owners is its fans' own
    ("Quillmark Owners Club. Inoffizielle Gruppe für Quillmark-Sammler.", FindingClass.FAN),
])
def test_a_fan_page_of_a_namesake_team_is_unrelated(bio: str, cls: FindingClass) -> None:
    f = classify_one(obs("instagram", "marks_massive", display_name="Marks Massive",
                         bio=bio, posts=1500, followers=11000, last_active_at="2026-11-10"))
    assert f.cls == cls, f


@pytest.mark.parametrize("name,bio,cls", [
    # a member of staff wearing the company's logo, named by a role at the company
    ("Carla Ruiz", "Asesora comercial en Quillmark Papier. Pedidos de empresa.",
     FindingClass.UNRELATED),
    ("ليلى حداد", "مسؤولة مبيعات في Quillmark Papier", FindingClass.UNRELATED),
    ("Jens Berg", "Vertriebsleiter bei Quillmark Papier, Region Nord.", FindingClass.UNRELATED),
    ("Joana Silva", "Consultora na Quillmark Papier, Lisboa.", FindingClass.UNRELATED),
    # its leaders by their title "of" it
    ("Anna Berg", "Founder & CEO of Quillmark Papier.", FindingClass.UNRELATED),
    ("Anna Berg", "Gründerin von Quillmark Papier, Hamburg.", FindingClass.UNRELATED),
    ("Carla Ruiz", "Fundadora de Quillmark Papier España.", FindingClass.UNRELATED),
    # the same page saying nothing of a role: a candidate to check
    ("Carla Ruiz", "Quillmark Papier. Pedidos de empresa.", FindingClass.IMPOSTOR),
    ("Anna Berg", "Quillmark Papier, Hamburg.", FindingClass.IMPOSTOR),
    # a role, but asking for money up front: the staff persona of a scam
    ("Carla Ruiz", "Asesora comercial en Quillmark Papier. Pedidos de empresa: pago por "
     "adelantado por transferencia a mi cuenta personal.", FindingClass.IMPOSTOR),
])
def test_an_employee_in_the_companys_logo_is_a_person_not_an_impostor(
        name: str, bio: str, cls: FindingClass) -> None:
    f = classify_one(obs("instagram", "carla.qm", display_name=name, bio=bio,
                         avatar_phash=LOGO, posts=300, followers=800,
                         last_active_at="2026-11-01"))
    assert f.cls == cls, f


@pytest.mark.parametrize("bio,cls", [
    ("Independently owned franchise of Quillmark Papier. 12 Briggate, Leeds.",
     FindingClass.UNRELATED),
    ("Independently owned and operated. Quillmark Papier, 12 Briggate, Leeds.",
     FindingClass.UNRELATED),
    ("Quillmark Papier, 12 Briggate, Leeds.", FindingClass.IMPOSTOR),
])
def test_an_english_franchisee_names_its_trade(bio: str, cls: FindingClass) -> None:
    f = classify_one(obs("instagram", "quillmark.leeds", display_name="Quillmark Papier Leeds",
                         bio=bio, avatar_phash=LOGO, posts=60, followers=900,
                         last_active_at="2026-11-01"))
    assert f.cls == cls, f


@pytest.mark.parametrize("name,cls", [
    # a phrase about the brand, its word behind a prefix of its script ("with Zomorroda")
    ("أفكار ديكور بكويل", FindingClass.UNRELATED),
    ("ليلى حداد", FindingClass.UNRELATED),
])
def test_a_phrase_with_the_brands_word_of_another_script_is_no_persons_name(
        name: str, cls: FindingClass) -> None:
    """Arabic words all read as capitalised: "أفكار ديكور بكويل" ("decor ideas with Quill")
    is a phrase about the brand, not a person called so."""
    inv = replace(INV, brands=(replace(INV.brands[0], aliases=("Quillmark", "كويل")),))
    o = obs("instagram", "quillmark", display_name=name, bio="صور ديكور من كويل", posts=90,
            followers=700)
    f = next(f for f in classify(inv, [*OFFICIAL, o], (), now=NOW) if f.key == o.key)
    assert f.cls == cls, f
    person = "personal_account" in signals_of(f)
    assert person == (name == "ليلى حداد"), f.evidence


@pytest.mark.parametrize("bio,cls", [
    # Portuguese "no"/"na" before a place is "in the", no Spanish "no"
    ("Quillmark Papier: revendedor autorizado no Brasil. Rua Augusta 10, São Paulo.",
     FindingClass.UNRELATED),
    ("Loja franqueada Quillmark Papier no Porto.", FindingClass.UNRELATED),
    # a Spanish "no" still negates: it claims the name and denies the trade
    ("No somos distribuidores: Quillmark Papier en Montevideo.", FindingClass.IMPOSTOR),
])
def test_a_reseller_in_portuguese_names_its_place_with_no(bio: str, cls: FindingClass) -> None:
    f = classify_one(obs("instagram", "quillmark.br", display_name="Quillmark Papier Brasil",
                         bio=bio, avatar_phash=LOGO, posts=60, followers=900,
                         last_active_at="2026-11-01"))
    assert f.cls == cls, f



# detect23 (#11): fake help desks known by their search result, job fees, cash-out dealers


def desk(snippet: str, name: str = "Quillmark Support", handle: str = "quillmark_support",
         *more: Sighting) -> ProfileObservation:
    """An X page that shows a crawler nothing, known by its search result only."""
    hit = Sighting("x", handle, Via.WEB_SEARCH, "https://html.duckduckgo.com/", "quillmark",
                   f"https://x.test/{handle}", title=f"{name} (@{handle}) / X", snippet=snippet)
    return obs("x", handle, sightings=(hit, *more))


@pytest.mark.parametrize("snippet", [
    "Problem with your order? DM us your order number, full name and mobile number.",
    "Sorry fi di delay! DM wi yuh transaction number, TRN & phone number.",  # Patois
    "Escribinos por mensaje directo con tu número de pedido y tu DPI.",  # Spanish (voseo)
    "Chama no privado com o número do pedido e seu CPF.",  # Portuguese
    "Envoyez-nous en MP votre numéro de commande et votre date de naissance.",  # French
    "Schreib uns eine Direktnachricht mit deiner Bestellnummer und Geburtsdatum.",  # German
    "Özelden sipariş numaranızı ve TC kimlik numaranızı yazın.",  # Turkish
    "Напишите в личку номер заказа и ФИО.",  # Russian
    "راسلنا على الخاص برقم الطلب والاسم الكامل",  # Arabic
    "Kirim pesan langsung dengan nomor pesanan dan nama lengkap.",  # Indonesian
    "ارسل لنا رسالة خاصة برقم الطلب",  # Arabic: "لنا" (to us) is no "لن" (will not)
    "Tuma DM na namba ya oda na jina kamili.",  # Swahili
    "Nhắn tin riêng cho chúng tôi số đơn hàng và số điện thoại.",  # Vietnamese
    "Napisz do nas na priv numer zamówienia i numer telefonu.",  # Polish
    "Напишіть нам в особисті номер замовлення та ПІБ.",  # Ukrainian
    "Πείτε μας σε προσωπικό μήνυμα τον αριθμό παραγγελίας.",  # Greek
    "Scrivici in privato il numero d'ordine e il codice fiscale.",  # Italian
    "私信我们您的订单号和手机号",  # Chinese
])
def test_a_help_desk_known_by_its_search_result_that_asks_details_by_dm_is_high(
        snippet: str) -> None:
    """A page X shows a crawler nothing of, whose search result names it the brand's help
    desk and asks the customer's details in a private message, is the fake-support scam
    (the company's desk is declared or linked): an impostor, high, its reason secondary.
    The same desk that only invites a DM is medium; one that invites none stays unrelated."""
    f = classify_one(desk(snippet))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert f.evidence[0].detail.startswith("secondary: "), f.evidence[0]


def test_a_help_desk_known_by_its_search_result_is_medium_when_it_asks_nothing() -> None:
    f = classify_one(desk("Hola 👋 Estamos para ayudarte con tus compras. Escribinos por "
                          "mensaje directo.", "Quillmark Servicio al Cliente", "quillmark_sac"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    g = classify_one(desk("Hola 👋 Estamos para ayudarte con tus compras de lunes a viernes.",
                          "Quillmark Servicio al Cliente", "quillmark_sac"))
    assert g.cls != FindingClass.IMPOSTOR, g


@pytest.mark.parametrize("snippet", [
    # a warning, not a request
    "We will never ask for your card number or password by DM.",
])
def test_a_help_desk_that_warns_is_no_fake_desk(snippet: str) -> None:
    assert classify_one(desk(snippet)).cls != FindingClass.IMPOSTOR


def test_a_help_desk_the_company_links_or_named_as_someone_else_is_no_fake_desk() -> None:
    """The company's own desk is linked from its site (own); a desk named as someone else's
    ("Quillmark Bertolini Support") is not the brand's."""
    ask = "DM us your order number and full name."
    site = Sighting("x", "quillmark_support", Via.OFFICIAL_SITE, SITE + "kontakt",
                    "quillmark", "https://x.test/quillmark_support")
    f = classify_one(desk(ask, "Quillmark Support", "quillmark_support", site))
    assert f.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), f
    g = classify_one(desk(ask, "Bertolini Support", "bertolini_support"))
    assert g.cls != FindingClass.IMPOSTOR, g


def test_a_walled_job_ad_that_charges_for_the_uniform_in_quetzales_is_high() -> None:
    """A walled page whose search result offers places ('Plazas de bodeguero Q4,500') and
    makes the applicant pay 'Q150 por el uniforme para reservar tu plaza' is the
    recruitment-fee scam: an impostor, high. The wage alone is no fee."""
    def walled(snippet: str) -> ProfileObservation:
        hit = Sighting("linkedin", "quillmark-empleos", Via.WEB_SEARCH,
                       "https://html.duckduckgo.com/", "quillmark",
                       "https://linkedin.test/quillmark-empleos",
                       title="Quillmark Papier Empleos | LinkedIn", snippet=snippet)
        return obs("linkedin", "quillmark-empleos", ProbeState.UNVERIFIABLE, sightings=(hit,))
    f = classify_one(walled("Plazas de bodeguero Q4,500. Enviá foto de tu DPI por WhatsApp y "
                            "pagá Q150 por el uniforme para reservar tu plaza."))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = classify_one(walled("Plazas de bodeguero Q4,500 al mes. Enviá tu CV."))
    assert g.cls != FindingClass.IMPOSTOR, g


@pytest.mark.parametrize("text,fee", [
    ("Plazas disponibles: cajeros. Depositá Q200 para asegurar tu cupo", True),
    ("We are hiring drivers. Send J$5000 to secure your spot", True),
    ("Estamos contratando. Deposite R$ 80 para garantir sua vaga", True),
    ("Recrutement : versez 50 € pour réserver votre place", True),
    ("Reclutamiento: cajeros, cuota de capacitación 300 quetzales", True),
    ("Vacantes en tienda: L. 500 de inscripción", True),
    # a wage, a quarter, a price in a shop
    ("Empleos: bodeguero, salario Q4,500 al mes", False),
    ("Plaza Mayor, tienda. Q 150 la camisa", False),
    ("Hiring for Q4 2026: store staff", False),
])
def test_job_fees_in_the_currencies_of_central_america_and_the_caribbean(text: str,
                                                                           fee: bool) -> None:
    from matching.profile_signals import job_fee
    assert (job_fee(text) is not None) == fee, (text, job_fee(text))


@pytest.mark.parametrize("text", [
    "Quillmark Papier — Log in · Log in to your Quillmark account",
    "Quillmark Papier - Masuk · Masuk untuk melihat promo khusus member.",
    "Winter sale: secure your order with a 30% deposit by PayID or bank transfer.",
    "Últimas caixas com 70% de desconto. Pagamento por MB Way ou cartão no checkout.",
    "Quillmark turns 100! Claim KSh 10,000 after a KSh 100 activation.",
])
def test_an_impostor_whose_lookalike_page_is_a_login_or_takes_payment_is_high(text: str) -> None:
    """The lookalike page an impostor's link leads to is a login page (credential phishing)
    or takes payment by a wallet, a deposit or an activation fee: the scam asks, high. The
    same page that only shows recipes asks nothing: medium."""
    f = _linking(text)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, (text, f)
    g = _linking("Quillmark Papier - Sito ufficiale delle ricette. Pubblicità.")
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


def test_a_readable_help_desk_page_that_asks_details_by_dm_is_high() -> None:
    """A help desk named as the brand's, known by its search result, whose bio names the
    brand (so it is about us and decided by deception or harm) and asks for the order number
    and the phone number by DM is high; the one that only invites a DM stays medium."""
    f = classify_one(desk("Official Quillmark customer support. Order not arrived? DM us your "
                          "order number and phone number.", "Quillmark Care", "quillmarkcare"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = classify_one(desk("Official Quillmark customer support. Send us a DM anytime.",
                          "Quillmark Care", "quillmarkcare"))
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


REMIT = one_brand_inventory("Tallo Transfer s.a.l.", "Tallo Transfer",
                            domain="tallotransfer.com", site="https://www.tallotransfer.com/",
                            aliases=("Tallo",), accounts=[("telegram", "tallotransfer")])


def _dealer(page_text: str) -> Finding:
    """A Telegram channel named by the brand's one-word alias and a cash dealer's words,
    trading USDT, that a site of the brand's word links, the site reading ``page_text``."""
    site = "https://tallo-cash.net/"
    promo = Sighting("telegram", "tallo_usdt", Via.LINKED_PAGE, site,
                     url="https://t.me/tallo_usdt", page_text=page_text)
    o = obs("telegram", "tallo_usdt", sightings=(promo,), display_name="Tallo Cash | USDT",
            bio="Buy and sell USDT, collect cash dollars at any Tallo branch. Best rate.",
            external_links=(site,), followers=4300)
    return next(f for f in classify(REMIT, [o], (), now=NOW) if f.key == (o.platform, o.handle))


def test_a_cash_dealer_a_site_calls_the_brands_agent_by_its_full_name_is_an_impostor() -> None:
    """The site that links the channel names it the 'authorised agent of Tallo Transfer' (the
    brand's full name): the site borrows the brand to send people to a page named by the
    brand's one-word alias, as a lookalike does, and the channel trades USDT: an impostor.
    The same site naming only its own dealer business leaves the channel a namesake."""
    f = _dealer("Tallo Cash - USDT · Authorised agent of Tallo Transfer. Send USDT, collect "
                "dollars. t.me/tallo_usdt")
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "promoted_by_lookalike" in signals_of(f), f.evidence
    g = _dealer("Tallo Cash - USDT · Send USDT, collect dollars. t.me/tallo_usdt")
    assert g.cls != FindingClass.IMPOSTOR, g


@pytest.mark.parametrize("name,bio", [
    ("Quillmark Papier Support", "Having trouble with your order? We're here to help 💙 DM us"),
    ("Quillmark Papier Soporte", "Estamos para ayudarte 🐦 Escríbenos por DM."),
    ("Quillmark Papier Service Client", "Pour toute réclamation, écrivez-nous en message "
     "privé. Nous répondons 7j/7."),
    ("Quillmark Papier Helpdesk", "Kami sedia membantu 😊 PM kami untuk sebarang pertanyaan."),
])
def test_a_help_desk_in_the_logo_that_only_invites_a_dm_is_medium(name: str, bio: str) -> None:
    """A page in the logo named as the brand's help desk that invites a private message and
    asks for nothing says what a real desk says: an impostor (undeclared, unlinked, in the
    logo), medium. Asking the order number and the card paid with there makes it high."""
    o = obs("instagram", "quillmark.support", display_name=name, bio=bio, avatar_phash=LOGO,
            posts=3, created_at="2026-10-01")
    f = classify_one(o)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, (name, f)
    asks = with_bio(o, bio + " Send your order number and the card you paid with.")
    g = classify_one(asks)
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.HIGH, (name, g)


def test_a_help_desk_that_promises_a_higher_loan_limit_by_dm_stays_high() -> None:
    """'DM us to increase your loan limit instantly' offers what no real desk offers: the
    loan-app scam's lure, high; the same desk that only invites a DM is medium."""
    o = obs("instagram", "quillmark.support", display_name="Quillmark Papier Support",
            bio="Quillmark Papier support. DM us to increase your loan limit instantly.",
            avatar_phash=LOGO, posts=3, created_at="2026-10-01")
    f = classify_one(o)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = classify_one(with_bio(o, "Quillmark Papier support. DM us anytime."))
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


@pytest.mark.parametrize("text,asks", [
    ("Government FREE solar promo 🌞 Pay GH₵250 installation fee and register", True),
    ("Your parcel is held: pay $30 customs clearance fee to release it", True),
    ("Claim your bonus: pay KSh 100 activation fee", True),
    ("Sende Lebenslauf und Kopie deiner ID per WhatsApp.", True),
    ("Envía tu CV y foto de tu DPI por WhatsApp", True),
    ("Send your CV and a copy of your ID to HR", True),
    ("Envoyez la copie de votre CNI en DM", True),
    # a warning, a shop's delivery price
    ("We never ask for a copy of your ID by DM", False),
    ("Free delivery over $30. Pay $5 delivery fee otherwise.", False),
])
def test_fees_before_delivery_and_copies_of_identity_papers_are_requests(text: str,
                                                                        asks: bool) -> None:
    """A fee with its sum that a fake promotion or parcel charges first (installation,
    activation, customs clearance) and a copy of an identity paper are what scams ask."""
    assert (data_request(text) is not None) == asks, (text, data_request(text))


def _walled_desk(snippet: str, *more: Sighting) -> Finding:
    handle = "quillmarkpapier_kundenservice"
    hit = Sighting("instagram", handle, Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "quillmark", f"https://instagram.test/{handle}",
                   title=f"Quillmark Papier Kundenservice (@{handle}) • Instagram",
                   snippet=snippet)
    return classify_one(obs("instagram", handle, ProbeState.UNVERIFIABLE, sightings=(hit, *more)))


@pytest.mark.parametrize("snippet", [
    "Sorry fi di delay! DM wi yuh transaction number, TRN & phone number.",
    "Hola! Escribinos por mensaje directo con tu número de pedido y tu DPI.",
    "Напишите в личку номер заказа и паспортные данные.",
])
def test_a_walled_help_desk_whose_search_result_asks_details_by_dm_is_high(snippet: str) -> None:
    """Behind a login wall, a search result naming the page the brand's help desk and asking
    the customer's details in a private message weighs as a data request (two signs): an
    impostor, high, its evidence secondary. Only inviting a DM is one sign at most; the
    company's site linking the desk makes it the company's, never an impostor."""
    f = _walled_desk(snippet)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert f.evidence[0].detail.startswith("secondary: "), f.evidence[0]
    calm = _walled_desk("Wir helfen gern. Schreiben Sie uns eine Direktnachricht.")
    assert calm.cls != FindingClass.IMPOSTOR, calm
    site = Sighting("instagram", "quillmarkpapier_kundenservice", Via.OFFICIAL_SITE,
                    SITE + "kontakt", "quillmark",
                    "https://instagram.test/quillmarkpapier_kundenservice")
    assert _walled_desk(snippet, site).cls != FindingClass.IMPOSTOR


@pytest.mark.parametrize("bio", [
    "Activa tu cuenta: paga $20 y manda el comprobante por WhatsApp.",
    "فعّل حسابك: ادفع 20$ ورسل الإيصال على الواتساب",
    "Aktiviere dein Konto: zahle 20 € und schick den Beleg per WhatsApp.",
])
def test_an_impostor_in_the_logo_that_asks_a_payment_in_its_bio_is_high(bio: str) -> None:
    """A page in the logo under the brand's name that asks a payment in its bio (a sum, a
    word that takes money and a wallet or a private channel) asks money of its victims:
    high. The same page with holiday greetings asks nothing: medium."""
    o = obs("tiktok", "quillmark.transfer", display_name="Quillmark Papier", bio=bio,
            avatar_phash=LOGO, posts=31, created_at="2026-06-06")
    f = classify_one(o)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = classify_one(with_bio(o, "Frohe Feiertage von Quillmark Papier 🎄"))
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


def test_a_help_desk_that_sends_customers_to_a_lookalike_site_is_high() -> None:
    """A help desk known by its search result that sends the complaints it collects to a
    lookalike domain ('Rückerstattung in 24h beantragen: <lookalike>') hands its victims to
    the scam's own site: high. The same desk naming no site is medium."""
    f = classify_one(desk("Veranstaltung abgesagt? Schreib uns eine DM oder beantrage die "
                          "Rückerstattung in 24h: https://quillmark-erstattung.de"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = classify_one(desk("Veranstaltung abgesagt? Schreib uns eine DM."))
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


@pytest.mark.parametrize("snippet", [
    "Remote reviewer jobs. Earn $300-$500 per day from home. Contact HR on Telegram to start.",
    "Hiring customer service staff. Salary 1,500 USD, free visa. Apply via Telegram.",
    "Vagas home office, ganhe R$ 200 por dia. Chame o RH no WhatsApp.",
])
def test_a_walled_job_ad_that_sends_applicants_to_a_messenger_is_high(snippet: str) -> None:
    """Behind a wall, a job ad under the brand's full name and a lookalike that links it is
    an impostor; sending applicants to a messenger (where the task and recruitment scams ask
    their money) makes it high. The same ad sending them to apply on the page is medium."""
    def walled(text: str) -> Finding:
        hit = Sighting("linkedin", "quillmark-papier-careers", Via.WEB_SEARCH,
                       "https://html.duckduckgo.com/", "quillmark",
                       "https://linkedin.test/quillmark-papier-careers",
                       title="Quillmark Papier Careers | LinkedIn", snippet=text)
        promo = Sighting("linkedin", "quillmark-papier-careers", Via.LINKED_PAGE,
                         "https://quillmark-rewards.com/jobs",
                         url="https://linkedin.test/quillmark-papier-careers",
                         page_text="Quillmark Papier jobs")
        return classify_one(obs("linkedin", "quillmark-papier-careers", ProbeState.UNVERIFIABLE,
                                sightings=(hit, promo)))
    f = walled(snippet)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = walled("Remote reviewer jobs from home. Apply on this page.")
    assert g.severity != Severity.HIGH, g


# detect24


def _desk(*pages: tuple[str, str | None]) -> Finding:
    """An own X desk linked from official pages (path, what the page shows), without dates."""
    handle = "quillmarkhamburg"
    links = tuple(Sighting("x", handle, Via.OFFICIAL_SITE, SITE + path, "Quillmark Hamburg auf X",
                           f"https://x.test/{handle}", page_text=text) for path, text in pages)
    return classify_one(obs("x", handle, display_name="Quillmark Hamburg",
                            bio="Quillmark Papier in Hamburg.", avatar_phash=LOGO,
                            external_links=(SITE,), sightings=links))


@pytest.mark.parametrize("text", [
    "Quillmark Hamburg (archive) · Our Hamburg desk closed in 2020. · Quillmark Hamburg auf X",
    "Quillmark Hamburg (Archiv) · Quillmark Papier · Quillmark Hamburg auf X",
    "Quillmark Hamburgo: esta cuenta ya no está activa · Quillmark Hamburg auf X",
    "Quillmark Hambourg · Quillmark Hamburg auf X : ce compte n'est plus actif",
    "Quillmark Hamburg · Quillmark Hamburg auf X (bu hesap artık kullanılmıyor)",
])
def test_an_account_the_official_page_calls_closed_is_ours_left_behind(text: str) -> None:
    """The company's site links its old desk from a page saying it is closed, archived or no
    longer in use: the company's own account, left behind (redundant), with the page's word."""
    f = _desk(("hamburg", text))
    assert f.cls == FindingClass.REDUNDANT, (text, f)
    assert any(f"the official page {SITE}hamburg" in e.detail for e in f.evidence), f.evidence
    assert _desk(("hamburg", None)).cls == FindingClass.OFFICIAL_UNLISTED


@pytest.mark.parametrize("pages", [
    # an "Archive" menu item or heading of links is no word on the account
    [("hamburg", "Quillmark Hamburg · Archive · Quillmark Hamburg auf X")],
    # a paragraph before the links speaks of other channels
    [("hamburg", "Presse · Fotos und unser Videoarchiv (2012-2019). Unser altes @qm_hilfe "
                 "Konto wird nicht mehr betreut. · Quillmark Hamburg auf X")],
    # a warning about fakes, a new channel to follow
    [("hamburg", "Warnung · This page is no longer monitored by us: beware, it is a fake. · "
                 "Quillmark Hamburg auf X")],
    [("hamburg", "Quillmark Hamburg · Our old page closed; follow our new channel · Quillmark "
                 "Hamburg auf X")],
    # linked from a live page too
    [("hamburg", "Quillmark Hamburg (archive) · Our Hamburg desk closed in 2020."),
     ("kontakt", "Kontakt · Schreiben Sie uns · Quillmark Hamburg auf X")],
])
def test_only_the_words_near_the_link_of_every_official_page_retire_it(
        pages: list[tuple[str, str]]) -> None:
    """Not retired: a bare 'Archive' line, a page warning of fakes or naming a new channel,
    or an account another official page links without such words."""
    assert _desk(*pages).cls == FindingClass.OFFICIAL_UNLISTED, pages


# detect25 (#11): a deposit or an advance asked as a share of the price, either way round;
# help desks and the details they ask in the South Slavic languages and more

@pytest.mark.parametrize("snippet", [
    "Orders 2027 open. 50% deposit via bank transfer, DM for account details",
    "Quillmark Papier Sonderedition: 30% Anzahlung per Überweisung, Rest bei Lieferung.",
    "Narudžbe otvorene. Plaćanje: 50% unaprijed na račun, ostatak pri preuzimanju.",
    "Encomendas abertas: 50% de sinal por transferência.",
    "Reserve now: 40% upfront, the rest on delivery.",
])
def test_a_share_of_the_price_asked_first_either_way_round_is_money_up_front(
        snippet: str) -> None:
    """A walled page whose search result asks a share of the price before anything is
    delivered ("50% deposit", "30% Anzahlung", "50% unaprijed"), linked from a lookalike
    domain: two signs of a scam, an impostor, high, its evidence secondary."""
    o = _walled_hit("quillmarkorders", "Quillmark Papier Orders (@quillmarkorders) • Threads",
                    snippet, _promo("quillmarkorders"), platform="threads")
    f = _classify_qm(o)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, (snippet, f)
    assert f.evidence[0].detail.startswith("secondary: "), f.evidence[0]


@pytest.mark.parametrize("snippet", [
    "Orders 2027 open. Write to us.",  # no money asked
    "Winter sale: up to -40% deposit boxes and files.",  # a discount, not a share asked
    "Finance your order with 0% down payment.",  # a loan's offer
    "Savings: 7% deposit rate for members.",  # a bank's interest
    "Save 20% on prepayment of your subscription.",  # a discount for paying ahead
])
def test_a_percentage_beside_a_deposit_word_that_asks_nothing_is_no_second_sign(
        snippet: str) -> None:
    o = _walled_hit("quillmarkorders", "Quillmark Papier Orders (@quillmarkorders) • Threads",
                    snippet, _promo("quillmarkorders"), platform="threads")
    assert _classify_qm(o).cls == FindingClass.UNVERIFIED, snippet


MK_INV = one_brand_inventory("Quillmark Papier DOOEL", "Квилмарк", domain="quillmark.de",
                             site=SITE, aliases=("Quillmark", "Quillmark Papier"),
                             accounts=[("x", "quillmarkmk")])


def _mk_desk(snippet: str, name: str, handle: str) -> Finding:
    o = desk(snippet, name, handle)
    return next(f for f in classify(MK_INV, [o], (), now=NOW) if f.key == (o.platform, o.handle))


@pytest.mark.parametrize(("snippet", "name", "handle"), [
    # Macedonian: "Problem with an order? Write to us in DM with the order number and the card
    # data", the desk's word in the name only ("Поддршка", support) and in the handle
    ("Проблем со нарачка? Пишете ни во DM со бројот на нарачката и податоците од картичката.",
     "Квилмарк Поддршка", "quillmark_2024"),
    ("Проблем со нарачка? Пишете ни во DM со бројот на нарачката и податоците од картичката.",
     "Квилмарк", "quillmark_help"),
    # Serbian (Cyrillic), Croatian, Bulgarian, Slovene, Romanian, Czech, Hungarian
    ("Проблем са поруџбином? Пишите нам у приватну поруку број поруџбине и име и презиме.",
     "Квилмарк Подршка", "quillmark_2024"),
    ("Problem s narudžbom? Pošaljite nam privatnu poruku s brojem narudžbe i podacima o kartici.",
     "Quillmark Podrška", "quillmark_2024"),
    ("Проблем с поръчка? Пишете ни на лично с номера на поръчката и данните от картата.",
     "Квилмарк Поддръжка", "quillmark_2024"),
    ("Težave z naročilom? Pišite nam v zasebno sporočilo številko naročila.",
     "Quillmark Podpora", "quillmark_2024"),
    ("Probleme cu comanda? Scrie-ne in privat numarul comenzii si numele complet.",
     "Quillmark Support", "quillmark_2024"),
    ("Problém s objednávkou? Napište nám do zpráv číslo objednávky a číslo karty.",
     "Quillmark Podpora", "quillmark_2024"),
    ("Gond a rendeléssel? Írj privát üzenetben: rendelésszám és teljes név.",
     "Quillmark Support", "quillmark_2024"),
    # Urdu, Bengali
    ("آرڈر میں مسئلہ؟ ہمیں ان باکس میں اپنا آرڈر نمبر اور موبائل نمبر بھیجیں۔",
     "Quillmark Support", "quillmark_2024"),
    ("অর্ডারে সমস্যা? ইনবক্সে আপনার অর্ডার নম্বর ও মোবাইল নম্বর পাঠান।",
     "Quillmark Support", "quillmark_2024"),
])
def test_a_help_desk_asking_details_by_dm_in_more_languages_is_high(
        snippet: str, name: str, handle: str) -> None:
    """A help desk known only by its search result, in Macedonian, Serbian, Croatian,
    Bulgarian, Slovene, Romanian, Czech, Hungarian, Urdu or Bengali, that asks the order
    number, the card's data or the full name in a private message: the fake-support scam,
    high."""
    f = _mk_desk(snippet, name, handle)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, (snippet, f)
    assert any(e.detail.startswith("secondary: ") for e in f.evidence), f.evidence


def test_the_same_desk_without_a_request_or_a_desk_word_is_not_high() -> None:
    """Only an invitation to DM: medium; a name of someone else's (a book club) and no desk's
    word: no help desk's scam."""
    snippet = ("Проблем со нарачка? Пишете ни во DM со бројот на нарачката и податоците од "
               "картичката.")
    g = _mk_desk("Проблем со нарачка? Пишете ни во DM.", "Квилмарк Поддршка", "quillmark_2024")
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g
    h = _mk_desk(snippet, "Квилмарк Книжевен Клуб", "quillmark_2024")
    assert h.cls != FindingClass.IMPOSTOR, h


# detect26 (#11): nothing of ours and no innocent person is an impostor: placeholders, gone
# twins, customers' disclaimers


_PLACEHOLDER = obs("mastodon", "quillmarkpapier", display_name="Quillmark Papier",
                   bio="Аккаунт-заглушка. Компания Quillmark Papier здесь не ведёт страницу; "
                   "пишите на quillmark.de", followers=3, posts=1,
                   created_at="2024-02-02", last_active_at="2024-02-02")


@pytest.mark.parametrize("bio", [
    "Аккаунт-заглушка. Компания Quillmark Papier здесь не ведёт страницу; пишите на quillmark.de",
    "Platzhalterkonto von Quillmark Papier. Ihr findet uns auf quillmark.de",
    "Placeholder account: name reserved by Quillmark Papier. Find us at quillmark.de",
    "なりすまし防止のためのアカウントです。quillmark.de",
    "Quillmark Papier: yer tutucu hesap. quillmark.de",
])
def test_a_placeholder_that_holds_the_name_is_the_companys_on_any_platform(bio: str) -> None:
    """A name-holding placeholder (Mastodon, outside the strategy): no logo and no link field,
    the brand's name, its own word that it only holds the name, the company's site in its bio,
    silent for years. Its name proves nothing, but it sends people only to the company and
    asks nothing: redundant, never an impostor (it was a low candidate on every platform
    but Bluesky)."""
    f = classify_one(replace(_PLACEHOLDER, fields=replace(_PLACEHOLDER.fields, bio=bio)))
    assert f.cls == FindingClass.REDUNDANT, f
    assert "own_traces" in signals_of(f)


@pytest.mark.parametrize("change", [
    {"bio": "Компания Quillmark Papier. Пишите на quillmark.de"},  # no word of a placeholder
    {"last_active_at": "2026-11-10"},  # still posting
    {"bio": "Аккаунт-заглушка Quillmark Papier. Пишите на quillmark-rewards.com"},  # elsewhere
    {"bio": "Аккаунт-заглушка. Розыгрыш! Пишите в лс, quillmark.de"},  # a lure
    {"bio": "Официальный аккаунт-заглушка Quillmark Papier, quillmark.de",
     "external_links": ("https://quillmark-rewards.com/",)},  # a link elsewhere
])
def test_a_copy_without_the_marks_of_a_placeholder_stays_a_candidate(
        change: dict[str, object]) -> None:
    f = classify_one(replace(_PLACEHOLDER, fields=replace(_PLACEHOLDER.fields, **change)))
    assert f.cls == FindingClass.IMPOSTOR, f


def test_the_twin_of_a_declared_account_that_is_gone_is_left_to_check_by_hand() -> None:
    """``quillmark.papier`` on Facebook beside the declared ``quillmarkpapier``: a candidate
    while the declared page is there to copy; once the company's page is gone, a page that
    shows a crawler nothing copies nothing: 'handle taken: check by hand', as any handle."""
    twin = obs("facebook", "quillmark.papier")
    gone = obs("facebook", "quillmarkpapier", ProbeState.NOT_FOUND)
    findings = classify(INV, [OFFICIAL[0], gone, twin], (), now=NOW)
    f = next(f for f in findings if f.key == ("facebook", "quillmark.papier"))
    assert f.cls == FindingClass.UNVERIFIED, f
    assert classify_one(twin).cls == FindingClass.IMPOSTOR  # the declared page still there


@pytest.mark.parametrize("bio", [
    "Мои купувања од Quillmark 📚 не сум вработена, само ги сакам.",  # Macedonian
    "Мои покупки в Quillmark, не работаю в компании, просто люблю их бумагу.",  # Russian
    "Моите покупки от Quillmark, не съм служител.",  # Bulgarian
    "Моя Quillmark, vlog perso, machi page ta3 l'agence",  # Algerian Darja in Latin letters
    "Блоги шахсӣ, на таблиғ. Ҳар рӯз Quillmark",  # Tajik: personal, not an ad
    "Kupujem Quillmark svaki tjedan, nisam zaposlena tamo, nije reklama.",  # Croatian
    "Quillmark defterlerim ❤️ reklam değildir, çalışanı değilim.",  # Turkish
    "Quillmark notebooks every week, not an ad, I just love them",  # English
    "Mis cuadernos Quillmark, no es publicidad",  # Spanish
    "Meine Quillmark-Hefte (unbezahlte Werbung)",  # German
    "دفاتري من Quillmark، مش إعلان، مش موظف عندهم",  # Arabic
    "Buku Quillmark favoritku, bukan iklan",  # Indonesian
])
def test_a_customer_who_says_she_is_not_staff_or_not_an_ad_is_a_fan(bio: str) -> None:
    """A customer's page about the brand's goods that says it is no employee's and no ad:
    a fan, not a namesake."""
    o = obs("tiktok", "hefte_und_ich", display_name="Hefte & ich", bio=bio,
            avatar_phash="0f0f0f0f0f0f0f0f", posts=150, followers=8800)
    f = classify_one(o)
    assert f.cls == FindingClass.FAN, f
    plain = classify_one(replace(o, fields=replace(o.fields, bio="Meine Quillmark-Hefte")))
    assert plain.cls != FindingClass.FAN, plain


def _site_linked(handle: str, name: str, bio: str, path: str, platform: str = "instagram",
                 inventory: Inventory = INV) -> Finding:
    o = obs(platform, handle, display_name=name, bio=bio, avatar_phash=LOGO, posts=300,
            followers=2000, created_at="2021-06-01", last_active_at="2026-11-15",
            sightings=(Sighting(platform, handle, Via.OFFICIAL_SITE, SITE + path, name),))
    findings = classify(inventory, [*OFFICIAL, o], (), now=NOW)
    return next(f for f in findings if f.key == (platform, handle))


_BRANCH_INV = replace(INV, departments=(*INV.departments, Department("Laden Altona")))


def test_a_branch_page_that_posts_promotions_belongs_to_the_branch_department() -> None:
    """The Altona shop's own Instagram, linked from the site, posting its promotions: with a
    department for that shop in the inventory it is that department's page (no Instagram
    declared for it): official_unlisted. Without one, its promotions are marketing's, whose
    Instagram is declared: a second account, redundant."""
    args = ("quillmark_altona", "Quillmark Altona", "Laden in Altona: Promos jede Woche",
            "laeden/altona")
    assert _site_linked(*args, inventory=_BRANCH_INV).cls == FindingClass.OFFICIAL_UNLISTED
    assert _site_linked(*args).cls == FindingClass.REDUNDANT


@pytest.mark.parametrize("handle,name,bio,path", [
    # a city's news bureau, linked from the contact page
    ("quillmark.leipzig", "Quillmark Papier - Leipzig Bureau", "Leipzig bureau of Quillmark.",
     "kontakt"),
    # a tutorials channel, linked from the blog
    ("quillmark.tutoriales", "Quillmark Tutoriales", "Hazlo tú mismo: cuadernos y tintas.",
     "blog/videos"),
    # the mill the company shows, linked from "about us"
    ("quillmark.fabrik", "Quillmark Papierfabrik", "Unsere Papierfabrik bei Hamburg.",
     "ueber-uns"),
])
def test_an_own_page_of_its_own_subject_is_no_second_account(handle: str, name: str, bio: str,
                                                              path: str) -> None:
    """A news bureau's page, a tutorials channel, the mill's channel, all linked from the
    company's site and active: the company's, with an audience of their own beside the
    declared Instagram: official_unlisted. The same page saying nothing of its subject is a
    second account of the brand there: redundant."""
    assert _site_linked(handle, name, bio, path).cls == FindingClass.OFFICIAL_UNLISTED
    plain = _site_linked("quillmark.zwei", "Quillmark Papier", "Papier aus Hamburg.", path)
    assert plain.cls == FindingClass.REDUNDANT, plain


@pytest.mark.parametrize("bio", [
    "Offizieller Account von Quillmark Papier.",
    "Die offizielle Seite von Quillmark Papier.",
    "Willkommen auf dem offiziellen Kanal von Quillmark Papier!",
    "Offizielles Profil: Quillmark Papier",
    "Comptes officiels de Quillmark Papier",
    "Canais oficiais da Quillmark Papier",
    "De officiële pagina van Quillmark Papier",
])
def test_an_inflected_claim_to_be_official_is_a_claim(bio: str) -> None:
    """German, French, Portuguese and Dutch inflect "official" ("Offizieller Account", "die
    offizielle Seite", "comptes officiels", "canais oficiais", "officiële pagina"): an
    unlinked page under the brand's name that says so claims to be the company's, like
    "Official account" does."""
    f = classify_one(obs("instagram", "quillmark.papier.de", display_name="Quillmark Papier",
                         bio=bio, posts=20, followers=300))
    assert f.cls == FindingClass.IMPOSTOR, f
    assert "unproven_claim" in signals_of(f), f


@pytest.mark.parametrize("bio,cls", [
    # a seller who denies the company's licence, the negation before the words
    ("We are not an authorized Quillmark Papier dealer. Used notebooks.", FindingClass.UNRELATED),
    ("Nous ne sommes pas revendeur agréé Quillmark Papier. Carnets d'occasion.",
     FindingClass.UNRELATED),
    ("No somos distribuidor oficial de Quillmark Papier. Cuadernos usados.",
     FindingClass.UNRELATED),
    ("Não somos revendedor autorizado Quillmark Papier. Cadernos usados.",
     FindingClass.UNRELATED),
    # ... as after them ("değiliz": we are not), already read
    ("Quillmark Papier yetkili bayi değiliz, ikinci el defterler.", FindingClass.UNRELATED),
    # "not a dealer" with no licence denied: it may present itself as the maker
    ("We are not a dealer: Quillmark Papier factory direct.", FindingClass.IMPOSTOR),
])
def test_a_seller_who_denies_the_companys_licence_is_a_trade_of_its_own(
        bio: str, cls: FindingClass) -> None:
    """A shop that wears the logo and says it is *not* the company's authorized dealer is an
    independent seller of the goods (a reseller: unrelated, to allow or to ask about), in
    whichever order its language puts the negation; a "not a dealer" that denies no licence
    says nothing of the kind and stays a candidate."""
    f = classify_one(obs("instagram", "defter_dunyasi", display_name="Quillmark Papier Defter",
                         bio=bio, avatar_phash=LOGO, posts=40, followers=500))
    assert f.cls == cls, f


_LONG_INV = one_brand_inventory("Lindqvist Papierwerk GmbH", "Lindqvist Papierwerk",
                                domain="lindqvist.de", site="https://www.lindqvist.de/",
                                strategy=("instagram",),
                                accounts=[("instagram", "lindqvist_papierwerk")])


def _x_cut(handle: str, snippet: str) -> Finding:
    from matching.models import HandleRule
    hit = Sighting("x", handle.lower(), Via.WEB_SEARCH, "https://html.duckduckgo.com/html/",
                   "lindqvist", f"https://x.test/{handle}",
                   title=f"Lindqvist Papierwerk (@{handle}) / X", snippet=snippet)
    o = obs("x", handle, sightings=(hit,))
    rules = {"x": HandleRule(r"[A-Za-z0-9_]{1,15}", 1, 15)}
    return next(f for f in classify(_LONG_INV, [o], (), now=NOW, rules=rules)
                if f.key == ("x", handle.lower()))


def test_the_brands_name_cut_at_the_platforms_limit_is_no_misspelling() -> None:
    """X allows 15 characters: "Lindqvist Papierwerk" (19 letters) can only be
    ``LindqvistPapier`` there. Its search result naming the brand and linking nothing but
    the company's site is the company's own (as under the brand's exact name), not a low
    candidate for the letters it 'left out'. Shorter than the limit, it is checked by hand
    (detect34: the company's own X accounts one letter off, known by such a search result,
    were low impostors); a lure in its result, and it stays a candidate."""
    own = "Papierwerk in Hamburg seit 1921. lindqvist.de https://www.lindqvist.de"
    f = _x_cut("LindqvistPapier", own)
    assert f.cls in (FindingClass.REDUNDANT, FindingClass.OFFICIAL_UNLISTED), f
    assert "search_result_company" in signals_of(f)
    assert _x_cut("LindqvistPapie", own).cls == FindingClass.UNVERIFIED
    lure = "Gewinnspiel! Schreib uns per DM. https://www.lindqvist.de"
    assert _x_cut("LindqvistPapier", lure).cls == FindingClass.IMPOSTOR


# detect27 (#11): claims, hijacks, walled pages and severity, in more languages and scripts

TV_INV = one_brand_inventory("Quillmark Media", "Quillmark TV", domain="quillmark.de", site=SITE,
                             aliases=("Quillmark", "قناة كويلمارك", "کەناڵی کویلمارک",
                                      "Κουίλμαρκ TV"),
                             accounts=[("x", "quillmarktv")])


def _tv(name: str, snippet: str, handle: str = "quillmarktv_") -> Finding:
    o = desk(snippet, name, handle)
    return next(f for f in classify(TV_INV, [o], (), now=NOW) if f.key == (o.platform, o.handle))


@pytest.mark.parametrize(("name", "snippet"), [
    # Arabic: "the official account of the Quillmark satellite channel - breaking news"
    ("قناة كويلمارك الفضائية", "الحساب الرسمي لقناة كويلمارك الفضائية - أخبار عاجلة"),
    # Kurdish (Sorani): "the official page of Quillmark channel"
    ("کەناڵی کویلمارک هەولێر", "پەیجی فەرمی کەناڵی کویلمارک - هەواڵی نوێ"),
    # Urdu: "Quillmark TV's official channel"
    ("Quillmark TV پاکستان", "Quillmark TV کا سرکاری چینل - تازہ ترین خبریں"),
    # Greek: "the official channel of Quillmark TV"
    ("Κουίλμαρκ TV Ελλάδα", "Το επίσημο κανάλι του Κουίλμαρκ TV - ειδήσεις"),
    # Bulgarian: "official profile"
    ("Quillmark TV България", "Официално профил на Quillmark TV. Новини."),
    # Kurmanji: "the official account of Quillmark TV"
    ("Quillmark TV Kurdistan", "Hesabê fermî yê Quillmark TV. Nûçe."),
])
def test_a_search_result_claiming_the_official_account_under_the_brands_full_name_is_an_impostor(
        name: str, snippet: str) -> None:
    """A page X shows a crawler nothing of, whose search result names it by the brand's full
    name beside a word of its own (the channel's kind, a place) and calls it the official
    account: a claim nothing of the company backs, an impostor (medium: it asks nothing)."""
    f = _tv(name, snippet)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    assert "unproven_claim" in signals_of(f), f.evidence


@pytest.mark.parametrize(("name", "snippet"), [
    # the same pages without the claim, or saying they are not official
    ("قناة كويلمارك الفضائية", "حساب لقناة كويلمارك الفضائية - أخبار عاجلة"),
    ("قناة كويلمارك الفضائية", "حساب غير رسمي لقناة كويلمارك الفضائية - أخبار عاجلة"),
    ("کەناڵی کویلمارک هەولێر", "پەیجی نافەرمی کەناڵی کویلمارک - هەواڵی نوێ"),
    ("Κουίλμαρκ TV Ελλάδα", "Ειδήσεις του Κουίλμαρκ TV"),
    ("Quillmark TV Kurdistan", "Hesabê nefermî yê Quillmark TV. Nûçe."),
    # a ticket agent's shop: "official agent" certifies its agency (a reseller), no claim
    ("Quillmark TV билеттери | «Айпери» дүкөнү", "Расмий агент ✅ Quillmark TV билеттери сатылат."),
])
def test_the_same_search_result_without_the_claim_is_no_impostor(name: str,
                                                                  snippet: str) -> None:
    f = _tv(name, snippet)
    assert f.cls != FindingClass.IMPOSTOR, f


@pytest.mark.parametrize("snippet", [
    "Quillmark 15 години! Испрати 0.01 BTC и добиј двојно назад. Само денес.",  # Macedonian
    "Отправьте 0.1 BTC и получите вдвое больше. Только сегодня!",  # Russian
    "Надішліть 0.1 BTC і отримайте вдвічі більше.",  # Ukrainian
    "Пошаљи 0.05 BTC и добиј дупло назад.",  # Serbian
    "أرسل 0.1 BTC واحصل على الضعف اليوم فقط",  # Arabic
    "0.1 BTC بھیجیں اور دوگنا واپس پائیں",  # Urdu
    "0.05 ETH भेजें, दोगुना वापस पाएं",  # Hindi
    "0.1 BTC gönder, iki katını geri al!",  # Turkish
    "Envía 0.01 BTC y recibe el doble.",  # Spanish
    "Trimite 0.1 BTC și primești dublu înapoi.",  # Romanian
    "Gửi 0.01 BTC nhận lại gấp đôi.",  # Vietnamese
    "Tuma USDT 50 upate mara mbili leo.",  # Swahili
    "比特币转账，双倍返还",  # Chinese
    "ビットコインを送ると2倍にして返します",  # Japanese
    "비트코인 보내면 두 배로 돌려드립니다",  # Korean
    "ส่ง USDT รับคืนสองเท่า",  # Thai
])
def test_a_hijacked_account_renamed_to_the_brand_with_crypto_doubling_is_a_high_impostor(
        snippet: str) -> None:
    """An old account whose handle has nothing of the brand (a book club's), known by its
    search result only: renamed to the brand and promising to send back double the crypto
    sent to it, in any language and script. The name and the scam are the evidence (the
    hijack pattern): an impostor, high."""
    f = classify_one(desk(snippet, "Quillmark Papier 🎁", "readersclub2010"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    assert "scam_wording" in signals_of(f), f.evidence


def test_the_same_renamed_account_without_crypto_doubling_is_no_impostor() -> None:
    """A birthday and no crypto: no impostor; crypto beside "double" in another sentence, or
    the plain word "double" before it, is no doubling (only the soft word 'bitcoin')."""
    snippet = "Quillmark 15 години! Ви благодариме на сите читатели."
    f = classify_one(desk(snippet, "Quillmark Papier 🎁", "readersclub2010"))
    assert f.cls != FindingClass.IMPOSTOR or f.severity != Severity.HIGH, f
    g = classify_one(desk(snippet, "Readers Club", "readersclub2010"))
    assert g.cls != FindingClass.IMPOSTOR, g
    for text in ("Bitcoin-Automat in unserer Filiale. Doppelte Punkte am Freitag.",
                 "Double espresso and a bitcoin ATM next to our paper shop."):
        e = sig_scam_wording(text)
        assert e is not None and e.value == "bitcoin", (text, e)


def test_a_walled_job_page_asking_a_file_fee_in_algerian_dinars_is_a_high_impostor() -> None:
    """A walled LinkedIn page under the brand's name whose search result offers jobs and asks
    a file fee of "5000 DA" (the Algerian dinar as Algeria writes it after the figure): the
    recruitment-fee scam, two signs, high. Without the sum it is one sign: unverified."""
    def page(snippet: str) -> Finding:
        return classify_one(_walled_hit(
            "quillmark-papier-recrutement", "Quillmark Papier Recrutement | LinkedIn", snippet,
            platform="linkedin"))
    f = page("Recrutement urgent : vendeurs, caissiers. Envoyez CV + frais de dossier 5000 DA "
             "par CCP.")
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = page("Recrutement urgent : vendeurs, caissiers. Envoyez CV + frais de dossier par CCP.")
    assert g.cls == FindingClass.UNVERIFIED, g
    # a day of the week in Portuguese is no sum
    assert job_fee("Vagas abertas! Entrevista no dia 1 da semana que vem.") is None


@pytest.mark.parametrize("ask", [
    "Commande confirmée : envoyez 3000 DA par BaridiMob.",  # Algeria
    "Réservez : 30 DT par Flouci.",  # Tunisia
    "احجز الآن: 25,000 دينار عبر ZainCash",  # Iraq
    "Lipa 20,000 TZS kwa Tigo Pesa kuhifadhi.",  # Tanzania
    "Pay 500 ETB by telebirr to reserve yours.",  # Ethiopia
    "Send USD 20 via EcoCash to reserve.",  # Zimbabwe
    "Reserve com R$ 50 na chave Pix.",  # Brazil
    "KBZPay ဖြင့် 50,000 ကျပ် ပေးပါ (MMK 50,000 KBZPay)",  # Myanmar
    "Send a $100 Steam gift card to reserve yours.",  # a gift card as payment
])
def test_a_sum_sent_to_more_wallets_by_name_is_money_asked_first(ask: str) -> None:
    """More wallets by their own names (the Maghreb's, Iraq's, East Africa's, Brazil's Pix,
    Myanmar's, gift cards): a sum sent there by a page in the brand's name and logo that
    names itself a dealer is money asked first (high); the wallets named without a sum, as a
    shop names how it takes payment, stay a dealer's trade of its own."""
    def page(bio: str) -> Finding:
        return classify_one(obs("instagram", "quillmarkpapier.hh",
                                display_name="Quillmark Papier Hamburg",
                                bio=f"Authorized dealer Quillmark Papier. {bio}",
                                avatar_phash=LOGO, posts=40))
    f = page(ask)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    quiet = page("Wir nehmen BaridiMob, Flouci, ZainCash, Tigo Pesa, telebirr, EcoCash und Pix.")
    assert quiet.cls == FindingClass.UNRELATED, quiet


def _copy_page(bio: str, **more: object) -> Finding:
    fields = {"display_name": "Quillmark Papier", "avatar_phash": LOGO, "posts": 4,
              "followers": 310, "following": 2900, "external_links": (SITE,), **more}
    return classify_one(obs("instagram", "quillmarkpapier.officiall", bio=bio, **fields))


def test_a_word_for_word_copy_of_the_live_declared_accounts_bio_is_no_own_page() -> None:
    """The logo, the official domain and, word for word, the bio of the company's live
    Instagram account, on a second Instagram account nothing official links: a copy of that
    account, not the company's (its own second account says what it is for): an impostor.
    The same page with a bio of its own is the company's unlisted page; a page left behind
    years ago with the same copied bio stays the company's."""
    f = _copy_page("Papier aus Hamburg seit 1921.")
    assert f.cls == FindingClass.IMPOSTOR, f
    g = _copy_page("Quillmark Papier: unser Laden in Hamburg-Altona. quillmark.de")
    assert g.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), g
    h = _copy_page("Papier aus Hamburg seit 1921.", created_at="2014-01-01",
                   last_active_at="2019-03-01")
    assert h.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), h


@pytest.mark.parametrize("text", [
    # English: the card-phishing stream's pretext
    "Watch live in HD. To activate the free HD stream, verify your age with your bank card.",
    # Burmese: a deposit of 300,000 kyat by WavePay; a delivery fee in kyat by KBZPay
    "လစဉ် 1,500,000 ကျပ်အထိ။ အာမခံငွေ 300,000 ကျပ် WavePay ဖြင့် ပေးသွင်းရပါမည်။",
    "ပို့ဆောင်ခ 15,000 ကျပ် KBZPay 09 400 123 987 သို့ လွှဲပါ။",
    # Kurdish (Sorani): "send your mobile number and the code of a top-up card"
    "پیرۆزە! تۆ براوەی! ژمارەی مۆبایل و کۆدی کارتی 10,000 بنێرە.",
    # Arabic: a file fee of 15 dinars by Zain Cash, as Arabic writes both
    "رسوم فتح ملف ١٥ دينار عبر زين كاش",
])
def test_what_a_lookalike_page_asks_in_more_languages_makes_it_high(text: str) -> None:
    """A lookalike's page asking for a card "to verify your age", a sum in kyat by a wallet,
    a top-up card's code in Sorani, a fee by Zain Cash in Arabic script: money or data asked
    (the scam's severity, high). The company's warnings ask nothing."""
    assert page_asks(text), text


@pytest.mark.parametrize("text", [
    "We will never ask you to verify your age with your bank card.",
    "Watch live in HD on our app. Free for subscribers.",
    "ပိတောက် ၂၄ နှစ်ပြည့်။ ကျေးဇူးတင်ပါတယ်။",
])
def test_the_same_pages_without_a_request_ask_nothing(text: str) -> None:
    assert page_asks(text) is None, text


def _under_the_logo(bio: str, **more: object) -> Finding:
    fields = {"display_name": "Quillmark Papier", "avatar_phash": LOGO, "posts": 18,
              "followers": 1500, **more}
    return classify_one(obs("instagram", "quillmark.papier.shop", bio=bio, **fields))


@pytest.mark.parametrize("ask", [
    "Reservas por WhatsApp, depósito del 50% por SINPE",  # Spanish (Costa Rica)
    "Para confirmar transfiere el 50% a la cuenta RUT 15.678.901-2 (Javiera).",  # Chile
    "طلبات الشركات للعيد 🎁 ادفع ٥٠٪ مقدماً إلى الحساب البنكي للمندوب.",  # Arabic
    "احجز بمقدم 500 جنيه فودافون كاش 01123456789",  # Egyptian Arabic, Vodafone Cash
    "ትዕዛዝ በDM፣ ቅድሚያ ክፍያ 50%",  # Amharic
    "Livraison rapide 🚚 Paiement avant livraison (Orange Money/Wave).",  # French
    "ادفع ١ دينار تأكيد عبر CliQ على الاسم QUILL1 وابعت صورة التحويل عالخاص",  # Jordan
    # a help desk's private message asking the customer's details (Finnish, Hindi)
    "Ongelmia tilauksen kanssa? Lähetä DM:llä tilausnumero, koko nimi ja puhelinnumero.",
    "रिफ़ंड तुरंत! अपना ऑर्डर नंबर, UPI ID और OTP DM करें।",
])
def test_a_page_in_the_logo_that_asks_money_or_data_on_its_own_page_is_high(ask: str) -> None:
    """A page that wears the company's logo, links no official domain and asks on its own
    page for a deposit as a share of the price, a sum by a wallet, payment before delivery or
    the customer's details in a private message, in any language: an impostor that asks (high),
    not a low candidate that only resembles."""
    f = _under_the_logo(ask)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, (ask, f)
    assert "scam_wording" in signals_of(f), f


def test_the_same_pages_without_the_request_or_the_logo_are_no_high_impostor() -> None:
    """Without the request: a low candidate; without the logo (a namesake's shop asking its
    own deposit): not an impostor that asks; with the company's site linked (its own shop
    taking deposits): the company's."""
    f = _under_the_logo("Reservas por WhatsApp. Canopy y rafting.")
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    g = classify_one(obs("instagram", "papeleria.quill", display_name="Papelería Quill",
                         bio="Reservas por WhatsApp, depósito del 50% por SINPE", posts=18))
    assert g.cls != FindingClass.IMPOSTOR or g.severity != Severity.HIGH, g
    h = _under_the_logo("Reservas por WhatsApp, depósito del 50% por SINPE. quillmark.de",
                        external_links=(SITE,))
    assert h.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT), h


# detect26 (continued)


def _partner(name: str, bio: str, link: str, pages: tuple[LinkedPage, ...] = ()) -> Finding:
    handle = "quillmark_partner"
    o = obs("facebook", handle, display_name=name, bio=bio, avatar_phash=LOGO,
            external_links=(link,), posts=200, followers=900, created_at="2019-01-01",
            last_active_at="2026-11-01")
    pages = tuple(replace(pg, from_platform="facebook", from_handle=handle) for pg in pages)
    return classify_one(o, pages)


@pytest.mark.parametrize("name,bio,link", [
    ("Quillmark Papier Altona", "Franchisenehmer von Quillmark Papier in Hamburg-Altona.",
     "https://quillmark-altona.de/"),
    ("Quillmark Papier Porto", "Loja franqueada Quillmark Papier no Porto.",
     "https://quillmarkporto.pt/"),
    ("Quillmark Papier Lyon", "Magasin franchisé Quillmark Papier à Lyon.",
     "https://www.quillmark-lyon.fr/"),
    ("Quillmark Papier İzmir", "Quillmark Papier yetkili bayi, İzmir, Alsancak.",
     "https://quillmarkizmir.com.tr/"),
    ("Quillmark Papier Karachi", "Authorized distributor of Quillmark Papier in Karachi.",
     "https://quillmark-karachi.pk/"),
])
def test_a_franchisee_linking_its_own_site_named_for_its_place_is_a_partner(
        name: str, bio: str, link: str) -> None:
    """A franchisee's or dealer's page wears the logo by licence and links its own site,
    named as franchises are: the brand and the place ('quillmark-altona.de'), the place its
    own name and bio give. A partner, not a lookalike: a reseller, unrelated (it was a medium
    impostor on the 'lookalike' alone)."""
    f = _partner(name, bio, link)
    assert f.cls == FindingClass.UNRELATED, f
    assert "lookalike_link" not in signals_of(f)


@pytest.mark.parametrize("name,bio,link,page", [
    # a shop's word, not a place: the fake shop's name
    ("Quillmark Papier Outlet", "Authorized dealer of Quillmark Papier. Outlet prices.",
     "https://quillmark-outlet.com/", None),
    # the place the domain names is none the page gives
    ("Quillmark Papier Karachi", "Authorized distributor of Quillmark Papier in Karachi.",
     "https://quillmark-berlin.de/", None),
    # no seller's word: a page posing as the brand's own for that place
    ("Quillmark Papier Porto", "Quillmark Papier no Porto.", "https://quillmarkporto.pt/",
     None),
    # its site asks for a card number
    ("Quillmark Papier Porto", "Loja franqueada Quillmark Papier no Porto.",
     "https://quillmarkporto.pt/", "Pague já: número do cartão e código CVV."),
])
def test_a_dealers_lookalike_without_the_marks_of_a_partners_site_stays_a_lookalike(
        name: str, bio: str, link: str, page: str | None) -> None:
    pages = (LinkedPage(link, "facebook", "x", title="Quillmark Porto", text=page),) if page else ()
    f = _partner(name, bio, link, pages)
    assert f.cls == FindingClass.IMPOSTOR, f


# detect27 (continued)


@pytest.mark.parametrize(("ask", "plain"), [
    # a registration fee asked of job seekers, and the same ad without it
    ("চাকরির সুযোগ! রেজিস্ট্রেশন ফি ৫০০ টাকা বিকাশে পাঠান।", "চাকরির সুযোগ! আজই আবেদন করুন।"),
    ("نوکریاں دستیاب ہیں۔ رجسٹریشن فیس 1000 روپے جمع کروائیں۔",
     "نوکریاں دستیاب ہیں۔ آج ہی درخواست دیں۔"),
    ("Ana daukar ma'aikata! Ku biya kudin rajista naira 5000.", "Ana daukar ma'aikata!"),
    ("A n gba osise! San owo iforukosile 5000 naira.", "A n gba osise!"),
    ("請人！先入數 500 蚊報名費。", "請人！歡迎應徵。"),
    ("고수익 알바! 등록비 5만원 먼저 입금하세요.", "고수익 알바! 지금 지원하세요."),
    ("रोजगारी! दर्ता शुल्क रु 5000 पठाउनुहोस्।", "रोजगारी! आजै आवेदन दिनुहोस्।"),
    ("வேலை வாய்ப்பு! பதிவு கட்டணம் ரூ 500 செலுத்தவும்.", "வேலை வாய்ப்பு! இன்றே விண்ணப்பிக்கவும்."),
    ("ఉద్యోగాలు! రిజిస్ట్రేషన్ ఫీజు రూ 500 చెల్లించండి.", "ఉద్యోగాలు! ఈరోజే దరఖాస్తు చేయండి."),
    ("नोकरी! नोंदणी शुल्क 500 रुपये भरा.", "नोकरी! आजच अर्ज करा."),
    ("အလုပ်ခေါ်စာ! မှတ်ပုံတင်ကြေး 50,000 ကျပ် ပေးပါ။", "အလုပ်ခေါ်စာ! ယနေ့ လျှောက်ထားပါ။"),
    ("ನೌಕರಿ! ನೋಂದಣಿ ಶುಲ್ಕ ರೂ 500 ಪಾವತಿಸಿ.", "ನೌಕರಿ! ಇಂದೇ ಅರ್ಜಿ ಸಲ್ಲಿಸಿ."),
    # a card's number and a password asked (Egyptian Arabic, Sindhi, Oromo)
    ("ابعت رقم الكارت والباسورد", "ابعت اسمك وعنوانك"),
    ("پنهنجو ڪارڊ نمبر ۽ پاسورڊ موڪليو", "پنهنجو نالو موڪليو"),
    ("Lakkoofsa kaardii fi jecha icciitii ergaa", "Maqaa keessan ergaa"),
])
def test_fees_and_card_data_asked_in_more_languages_are_scam_wording(ask: str,
                                                                     plain: str) -> None:
    """A registration fee asked of job seekers (Bengali, Urdu, Hausa, Yoruba, Cantonese,
    Korean, Nepali, Tamil, Telugu, Marathi, Burmese, Kannada) or a card's number and a
    password (Egyptian Arabic, Sindhi, Oromo) is a request no company makes in public; the
    same text without it asks nothing."""
    e = sig_scam_wording(ask)
    assert e is not None, ask
    assert sig_scam_wording(plain) is None, plain


@pytest.mark.parametrize("ask", [
    "Wholesale price 📦 Pay first by KBZPay, delivery all Myanmar.",  # Myanmar, in English
    "Book gorilla trekking. Pay via MoMo Pay code 412907 to confirm.",  # Rwanda
    "Reserva tu cupo: pagás por SINPE Móvil y te confirmamos.",  # Costa Rica
    "Chef ki e-book! Easypaisa par bhejein aur screenshot DM karein.",  # Urdu in Latin letters
])
def test_a_page_in_the_logo_that_says_whom_to_pay_by_wallet_is_high(ask: str) -> None:
    """A page in the company's logo, linking no official domain, that tells its visitors to
    pay by a payment service named as such (KBZPay, MoMo Pay, SINPE Móvil, Easypaisa): how it
    asks for money and to whom, an impostor that asks (high). The same page naming no wallet
    only resembles (low); a seller naming itself the brand's dealer stays a trade of its own."""
    f = _under_the_logo(ask)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, (ask, f)
    g = _under_the_logo("Wholesale price 📦 delivery all Myanmar.")
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g
    h = _under_the_logo(f"Authorized dealer Quillmark Papier. {ask}")
    assert h.cls == FindingClass.UNRELATED, h


@pytest.mark.parametrize(("ask", "plain"), [
    # a sum paid to release a loan or a parcel (the advance-fee scam), and a shop's sum
    ("Crédito aprovado na hora! Pague a TAC de R$ 250 para liberar.",
     "Pague R$ 250 e receba em casa."),
    ("Préstamo aprobado. Paga $50 para liberar tu dinero.", "Pagamos $50 por tu opinión."),
    ("Votre colis est bloqué : payez 50 € pour débloquer la livraison.",
     "Livraison 5 € partout en France."),
    # a profit guaranteed, shares sold before a listing (Chinese)
    ("即將上市！股東內部認購，保證獲利 30%。", "即將開幕！歡迎光臨。"),
])
def test_money_to_release_a_loan_and_guaranteed_profit_are_scam_wording(ask: str,
                                                                         plain: str) -> None:
    e = sig_scam_wording(ask)
    assert e is not None, ask
    assert sig_scam_wording(plain) is None, plain


# detect26 (continued)


@pytest.mark.parametrize("bio", [
    "Quillmark Papier کے مداح۔ یہ آفیشل پیج نہیں ہے",  # Urdu
    "Quillmark Papier అభిమానుల పేజీ. అధికారిక పేజీ కాదు.",  # Telugu
    "Quillmark Papier चे चाहते. अधिकृत पेज नाही.",  # Marathi
    "Quillmark Papier ਦੇ ਪ੍ਰਸ਼ੰਸਕ। ਅਧਿਕਾਰਤ ਪੇਜ ਨਹੀਂ।",  # Punjabi
    "የ Quillmark Papier አድናቂዎች። ይፋዊ ገጽ አይደለም።",  # Amharic
    "Quillmark Papier රසිකයෝ. නිල පිටුව නොවේ.",  # Sinhala
    "Quillmark Papier ပရိသတ်များ။ တရားဝင်စာမျက်နှာမဟုတ်ပါ။",  # Burmese
    "Quillmark Papierが大好き。公式とは無関係です。",  # Japanese
    "Quillmark Papier 愛好者，與官方無關。",  # Chinese
    "Tagahanga ng Quillmark Papier. Hindi ito opisyal na page.",  # Tagalog
    "Taageerayaasha Quillmark Papier. Ma aha bog rasmi ah.",  # Somali
    "Masoyan Quillmark Papier. Ba shafin hukuma ba ne.",  # Hausa
    "Àwọn olólùfẹ́ Quillmark Papier. Kìí ṣe ojú-ìwé osise.",  # Yoruba
    "Abalandeli be-Quillmark Papier. Akusiyo ikhasi elisemthethweni.",  # Zulu
])
def test_a_fan_who_says_not_official_with_the_negation_after_the_word_is_a_fan(bio: str) -> None:
    """Urdu, the Indic and Ethiopic languages, Sinhala and Burmese put "not" after "official
    page" ("آفیشل پیج نہیں ہے", "అధికారిక పేజీ కాదు"); Japanese and Chinese say "unrelated to
    the official"; Tagalog, Somali, Hausa, Yoruba and Zulu put words between: a fan's page
    in the brand's name and logo that says so is a fan's, never a medium impostor for the
    word "official" it denies."""
    for avatar in ("0f0f0f0f0f0f0f0f", LOGO):
        f = classify_one(obs("instagram", "qm_fans_x", display_name="Quillmark Papier 💙",
                             bio=bio, avatar_phash=avatar, posts=100, followers=300))
        assert f.cls == FindingClass.FAN, f


@pytest.mark.parametrize("bio", [
    "Quillmark Papier کا آفیشل پیج",  # Urdu: the official page
    "Quillmark Papier అధికారిక పేజీ",  # Telugu
    "Quillmark Papier 公式アカウントです。",  # Japanese
    "Ito ang opisyal na page ng Quillmark Papier.",  # Tagalog
])
def test_the_same_words_without_the_negation_claim_to_be_official(bio: str) -> None:
    f = classify_one(obs("instagram", "qm_fans_x", display_name="Quillmark Papier 💙",
                         bio=bio, avatar_phash=LOGO, posts=100, followers=300))
    assert f.cls == FindingClass.IMPOSTOR, f


@pytest.mark.parametrize("bio,mentions", [
    ("Zahnärztin in Berlin. Termine: praxis-quillmark.de", False),  # another's domain
    ("Zahnärztin in Berlin. Mein Papier: quillmark.de", True),
    ("Zahnärztin in Berlin. Mein Papier: www.quillmark.de/shop", True),
])
def test_the_official_domain_at_the_end_of_another_domain_is_no_mention(bio: str,
                                                                          mentions: bool) -> None:
    """"praxis-quillmark.de" ends in the company's "quillmark.de" but names a dentist's
    practice: no mention of the company (the page's link is judged as a link); the company's
    own domain, bare or after "www.", is one."""
    f = classify_one(obs("instagram", "sarah.zahn", display_name="Sarah Z.", bio=bio,
                         avatar_phash="0f0f0f0f0f0f0f0f", posts=50, followers=200))
    assert ("brand_mention" in signals_of(f)) is mentions, f


# detect28 (#11): the company's old channel, which calls itself old and points to the new one


_TG_INV = replace(INV, brands=(replace(INV.brands[0], accounts=(
    *INV.brands[0].accounts,
    OfficialAccount("telegram", "quillmark", "Quillmark Papier", "Marketing"))),))


def _old_channel(display_name: str, bio: str, link: str = "https://t.me/quillmark") -> Finding:
    o = obs("telegram", "quillmarkde", display_name=display_name, bio=bio, avatar_phash=LOGO,
            followers=1200, external_links=(link, SITE))
    findings = classify(_TG_INV, [*OFFICIAL, o], (), now=NOW)
    return next(f for f in findings if f.key == (o.platform, o.handle))


@pytest.mark.parametrize("name,bio", [
    ("Quillmark Papier (old)", "Previous channel of Quillmark Papier. New channel: t.me/quillmark"),
    ("Quillmark Papier (старый)", "Старый канал. Новый канал: t.me/quillmark"),
    ("Quillmark Papier (ancien)", "Notre canal d'avant. Nouveau canal : t.me/quillmark"),
    ("Quillmark Papier (eski)", "Yeni kanalımız: t.me/quillmark"),
    ("Quillmark Papier (قدیمی)", "کانال جدید: t.me/quillmark"),
    ("Quillmark Papier (القديم)", "قناتنا الجديدة: t.me/quillmark"),
    ("Quillmark Papier", "کانال قبلی Quillmark. کانال جدید: t.me/quillmark"),
])
def test_an_old_channel_in_the_logo_pointing_to_the_declared_one_is_ours(name: str,
                                                                           bio: str) -> None:
    """An account in the official logo whose name or bio calls it the brand's old channel
    ("(old)", "(старый)", "(قدیمی)", "کانال قبلی") and that links only the official domain and
    the company's declared channel (t.me/brand) is the company's own channel, left behind:
    redundant, never an impostor for the t.me link."""
    f = _old_channel(name, bio)
    assert f.cls == FindingClass.REDUNDANT, f
    assert "own_traces" in signals_of(f)


@pytest.mark.parametrize("name,bio,link", [
    # no word of an old channel
    ("Quillmark Papier", "Quillmark Papier. New channel: t.me/quillmark", "https://t.me/quillmark"),
    # "hacked": it sends people to a channel the company never declared
    ("Quillmark Papier (old)", "Our old account was hacked, follow t.me/quillmark_new",
     "https://t.me/quillmark_new"),
    ("Quillmark Papier (old)", "Previous channel. New channel: t.me/quillmark_neu",
     "https://t.me/quillmark_neu"),
    # the declared channel and another beside it
    ("Quillmark Papier (old)", "Previous channel. New: t.me/quillmark . DM t.me/qm_support",
     "https://t.me/quillmark"),
])
def test_an_old_channel_that_points_elsewhere_is_no_left_behind_one(name: str, bio: str,
                                                                    link: str) -> None:
    f = _old_channel(name, bio, link)
    assert f.cls == FindingClass.IMPOSTOR, f


@pytest.mark.parametrize("bio", [
    "اکانت طنز. ربطی به شرکت Quillmark Papier نداریم.",  # satire account, nothing to do with
    "صفحه طنز درباره کاغذ",  # a satire page about paper
    "ربطی به شرکت Quillmark Papier نداریم",
])
def test_a_persian_parody_in_the_brands_name_is_a_fan(bio: str) -> None:
    """A page in the brand's name that calls itself a satire account ("اکانت طنز") or says
    it has nothing to do with the company ("ربطی به شرکت ... نداریم") is a parody, a fan's,
    never an impostor; the same name with a plain bio stays a candidate."""
    for avatar in ("0f0f0f0f0f0f0f0f", LOGO):
        f = classify_one(obs("instagram", "quillmark_tanz", display_name="Quillmark Papier",
                             bio=bio, avatar_phash=avatar, posts=100, followers=300))
        assert f.cls == FindingClass.FAN, f
    f = classify_one(obs("instagram", "quillmark_tanz", display_name="Quillmark Papier",
                         bio="کاغذ Quillmark Papier", avatar_phash=LOGO, posts=100,
                         followers=300))
    assert f.cls == FindingClass.IMPOSTOR, f


@pytest.mark.parametrize("bio", [
    "Мадэлі папяровых самалётаў Quillmark. Фанацкі праект, не фабрыка.",  # Belarusian
    "Модели для игры. Фанатский проект, не завод.",  # Russian
    "Моделі для гри. Фанатський проєкт, не завод.",  # Ukrainian
])
def test_a_fan_project_in_the_logo_is_a_fan(bio: str) -> None:
    """A page in the brand's name and a recoloured logo that calls itself a fan project (a
    game mod, a model kit) is a fan's, never a low impostor for the logo it wears."""
    f = classify_one(obs("tiktok", "quillmark_mods", display_name="Quillmark mods", bio=bio,
                         avatar_phash=LOGO, posts=70, followers=7700))
    assert f.cls == FindingClass.FAN, f
    f = classify_one(obs("tiktok", "quillmark_mods", display_name="Quillmark mods",
                         bio="Мадэлі папяровых самалётаў Quillmark.", avatar_phash=LOGO,
                         posts=70, followers=7700))
    assert f.cls == FindingClass.IMPOSTOR, f


# detect29 (#11): a customer's own story of the brand is a fan's page; no role, no pose


@pytest.mark.parametrize("bio", [
    "Mi tratamiento con Quillmark, semana 23/40. Cuenta personal.",  # Spanish
    "Mis noches en Quillmark 🌌 volvería mil veces.",
    "My stay at Quillmark's paper mill, day 3 of 5.",  # English
    "Meine Bestellungen bei Quillmark, ausgepackt und getestet.",  # German
    "Mon séjour chez Quillmark, jour 2.",  # French
    "Minhas compras na Quillmark, toda semana.",  # Portuguese
    "Моё лечение в Quillmark, неделя 12.",  # Russian
    "علاجي مع Quillmark، الأسبوع ١٢",  # Arabic
    "Perawatan saya di Quillmark, minggu ke-12.",  # Indonesian
])
def test_a_customers_own_story_of_the_brand_is_a_fan(bio: str) -> None:
    """A person who tells her own story with the brand, its name right after ("my treatment
    with <Brand>", "mis noches en <Brand>", "мой отдых в <Brand>"), on a page that poses as
    nothing and asks for nothing, is a customer's page about the brand: a fan's, also when
    it calls itself a personal account; without the story it names the brand and no more."""
    f = classify_one(obs("instagram", "ana.diary", display_name="Ana ✨", bio=bio,
                         avatar_phash="0f0f0f0f0f0f0f0f", posts=160, followers=2300))
    assert f.cls == FindingClass.FAN, f
    plain = bio.replace("Quillmark", "Quillmark.").split(".", 1)[1]
    f = classify_one(obs("instagram", "ana.diary", display_name="Ana ✨",
                         bio="Quillmark " + plain, avatar_phash="0f0f0f0f0f0f0f0f",
                         posts=160, followers=2300))
    assert f.cls != FindingClass.FAN, f


@pytest.mark.parametrize("bio", [
    "Asesora comercial en Quillmark. Mi tratamiento con Quillmark, semana 23.",  # a role
    "Mis noches en casa, lejos de Quillmark.",  # no brand after the story
])
def test_an_employees_story_or_another_place_is_no_customers(bio: str) -> None:
    """An employee who names her role keeps a person's page (``unrelated``), whatever story
    she tells; a story of somewhere else beside the brand's name is no customer's story."""
    f = classify_one(obs("instagram", "ana.diary", display_name="Ana ✨", bio=bio,
                         avatar_phash="0f0f0f0f0f0f0f0f", posts=160, followers=2300))
    assert f.cls == FindingClass.UNRELATED, f


def test_a_customers_story_in_the_logo_asking_money_is_no_fan() -> None:
    """The story excuses nothing: in the logo, with a deposit asked by DM, the page is a
    scam's testimonial, an impostor."""
    f = classify_one(obs("instagram", "quillmark.reviews", display_name="Quillmark Papier",
                         bio="Mi tratamiento con Quillmark ✨ Reserva con 50% de anticipo "
                             "obligatorio, escríbenos al DM.",
                         avatar_phash=LOGO, posts=30, followers=300))
    assert f.cls == FindingClass.IMPOSTOR, f


def test_a_belarusian_enthusiast_not_connected_with_the_factory_is_a_fan() -> None:
    """"Не звязаны з заводам" (not connected with the factory) is the Belarusian fan's
    disclaimer, as the Russian "не связан" and the Ukrainian "не пов'язаний"."""
    bio = "Аматарскі канал пра паперу Quillmark: агляды і старыя мадэлі."
    f = classify_one(obs("instagram", "paper_u_poli", display_name="Папера Quillmark",
                         bio=bio + " Не звязаны з фабрыкай.", avatar_phash="0f0f0f0f0f0f0f0f",
                         posts=230, followers=15000))
    assert f.cls == FindingClass.FAN, f
    f = classify_one(obs("instagram", "paper_u_poli", display_name="Папера Quillmark",
                         bio=bio, avatar_phash="0f0f0f0f0f0f0f0f", posts=230, followers=15000))
    assert f.cls != FindingClass.FAN, f


@pytest.mark.parametrize("name,bio,site", [
    ("Dr. Anna Quillmark", "Zahnärztin in Berlin. Termine online.", "https://praxis-quillmark.de"),
    ("Dra. Lucía Quillmark", "Médica de familia en Sevilla.", "https://clinica-quillmark.es"),
    ("Julie Quillmark", "Avocate au barreau de Lyon.", "https://cabinet-quillmark.fr"),
    ("Av. Mehmet Quillmark", "İzmir barosu, iş hukuku.", "https://quillmarkhukuk.com"),
    ("Tom Quillmark", "Family law, Leeds.", "https://quillmarklaw.co.uk"),
])
def test_a_person_whose_surname_is_the_brand_and_her_practice_is_unrelated(
        name: str, bio: str, site: str) -> None:
    """A person named as the brand is ("Dr. Anna Quillmark") who links her own practice,
    the word for a practice beside her surname (``praxis-quillmark.de``,
    ``clinica-quillmark.es``, ``quillmarklaw.co.uk``), is a namesake, never an impostor for
    the domain that holds the brand's word; the same person in the logo, or linking a domain
    of the brand's word and a lure, stays an impostor."""
    handle = "dr." + name.split()[-2].lower().strip(".")
    f = classify_one(obs("instagram", handle, display_name=name, bio=bio,
                         external_links=(site,), avatar_phash="0f0f0f0f0f0f0f0f", posts=50,
                         followers=200))
    assert f.cls == FindingClass.UNRELATED, f
    f = classify_one(obs("instagram", handle, display_name=name, bio=bio,
                         external_links=(site,), avatar_phash=LOGO, posts=50, followers=200))
    assert f.cls == FindingClass.IMPOSTOR, f
    f = classify_one(obs("instagram", handle, display_name=name, bio=bio,
                         external_links=("https://quillmark-gewinn.de",),
                         avatar_phash="0f0f0f0f0f0f0f0f", posts=50, followers=200))
    assert f.cls == FindingClass.IMPOSTOR, f


@pytest.mark.parametrize("warning", [
    "We never charge a registration fee.",  # English
    "Nous ne demandons jamais de frais de dossier.",  # French
    "Nunca cobramos cuota de inscripción.",  # Spanish
    "Não cobramos taxa de inscrição.",  # Portuguese
    "Wir verlangen keine Bearbeitungsgebühr.",  # German
    "Non chiediamo mai una quota di iscrizione.",  # Italian
    "Kami tidak pernah memungut biaya pendaftaran.",  # Indonesian
])
def test_the_companys_recruiting_page_warning_of_fees_is_ours(warning: str) -> None:
    """The company's own recruiting page (the logo, a link to the careers page of the official
    domain) that warns "we never charge a registration fee" asks for nothing: it is the
    company's, never a high impostor for the fee it disclaims; the fee asked with its sum,
    or with a "no" of another phrase before a comma, stays a scam's."""
    def page(bio: str) -> Finding:
        return classify_one(obs("instagram", "quillmark.recrutement",
                                display_name="Quillmark Papier Recrutement",
                                bio=f"{bio} quillmark.de/jobs", avatar_phash=LOGO,
                                external_links=("https://www.quillmark.de/jobs",), posts=100,
                                followers=300))
    assert page(warning).cls == FindingClass.OFFICIAL_UNLISTED
    assert sig_scam_wording(warning) is None
    for asked in ("Registration fee 50 USD to apply.",
                  "No experience needed, registration fee 50 USD."):
        f = page(asked)
        assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f


@pytest.mark.parametrize("bio,plain", [
    ("Quillmark'taki tatilim ✨ tekrar giderim", "Quillmark ✨ tekrar giderim"),  # Turkish
    ("Quillmark ile tedavim, 12. hafta", "Quillmark, 12. hafta"),
    ("Quillmark में मेरा इलाज, हफ्ता 12", "Quillmark, हफ्ता 12"),  # Hindi
    ("درمانم در Quillmark، هفته ۱۲", "Quillmark، هفته ۱۲"),  # Persian
])
def test_a_customers_story_with_the_brand_first_is_a_fan(bio: str, plain: str) -> None:
    """Where the language names the brand first and says "my holiday at" after it
    ("<Brand>'taki tatilim", "<Brand> में मेरा इलाज"), the customer's story makes the fan's
    page as well; the brand's name with the rest of the bio and no story does not."""
    f = classify_one(obs("instagram", "elif.diary", display_name="Elif", bio=bio,
                         avatar_phash="0f0f0f0f0f0f0f0f", posts=160, followers=2300))
    assert f.cls == FindingClass.FAN, f
    f = classify_one(obs("instagram", "elif.diary", display_name="Elif", bio=plain,
                         avatar_phash="0f0f0f0f0f0f0f0f", posts=160, followers=2300))
    assert f.cls != FindingClass.FAN, f


@pytest.mark.parametrize("warning,asked", [
    ("हम कभी भी OTP या पासवर्ड नहीं मांगते।", "अपना OTP भेजें।"),  # Hindi, a Latin word in it
    ("আমরা কখনো OTP বা পাসওয়ার্ড চাই না।", "আপনার OTP পাঠান।"),  # Bengali
    ("Мы никогда не просим код из СМС или пароль.", "Не переживайте, пришлите пароль."),
    ("Hatuwezi kukuomba ada ya usajili.", "Lipa ada ya usajili kwanza."),  # Swahili
])
def test_the_companys_help_desk_warning_in_its_script_is_ours(warning: str, asked: str) -> None:
    """The company's own help desk (the logo, the official link) that warns in its own
    script "we never ask for the OTP or the password" ("OTP" in Latin letters inside a Hindi
    or Bengali sentence, "пароль" far after "никогда" in the same clause) asks for nothing:
    the company's, never a high impostor; the same words asked, or a negation of another
    clause before a comma, stay a scam's."""
    def page(bio: str) -> Finding:
        return classify_one(obs("instagram", "quillmark.hilfe",
                                display_name="Quillmark Papier Kundenservice",
                                bio=f"{bio} quillmark.de", avatar_phash=LOGO,
                                external_links=(SITE,), posts=100, followers=300))
    assert page(warning).cls == FindingClass.OFFICIAL_UNLISTED
    f = page(asked)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f


# detect30
@pytest.mark.parametrize("text,warns", [
    ("احذروا حساب تيك توك ينتحل اسم الشركة", True),  # Arabic: beware, impersonates
    ("Lažne ponude - turisti ostali bez novca", True),  # Montenegrin, Serbian, Croatian
    ("Осторожно, мошенники используют имя компании", True),  # Russian
    ("Шахраї використовують назву компанії", True),  # Ukrainian
    ("警惕冒充公司的诈骗账号", True),  # Chinese
    ("偽アカウントによる詐欺にご注意ください", True),  # Japanese
    ("사칭 계정 주의", True),  # Korean
    ("ระวังมิจฉาชีพแอบอ้างชื่อบริษัท", True),  # Thai
    ("Cảnh báo lừa đảo mạo danh công ty", True),  # Vietnamese
    ("फर्जी अकाउंट से सावधान", True),  # Hindi
    ("ভুয়া পেজ থেকে সাবধান", True),  # Bengali
    ("کلاهبرداری با نام شرکت", True),  # Persian
    ("Matapeli wanatumia jina la kampuni", True),  # Swahili
    ("Perfiles falsos de la empresa piden depósitos", True),  # Spanish
    ("Usurpation d'identité : la société porte plainte", True),  # French
    ("Προσοχή: απάτη με ψεύτικο προφίλ", True),  # Greek
    ("Svindel i firmaets navn", True),  # Danish, Norwegian
    # the same letters in everyday words of other languages
    ("Miejska łaźnia otwarta w niedzielę", False),  # Polish 'bath house'
    ("Подводные работы в порту", False),  # Russian 'underwater'
    ("Het bedrag wordt maandelijks afgeschreven", False),  # Dutch 'amount'
    ("New ropeway opens in the valley", False),
    ("افتتاح فرع جديد للشركة", False),  # Arabic: a new branch opens
    ("公司新店开业", False),  # Chinese: a new shop opens
])
def test_a_page_warns_of_a_scam_in_many_languages_and_scripts(text: str, warns: bool) -> None:
    """How a consumer blog, a news report or a police notice warns of a scam, in the widely
    spoken languages and in scripts written without spaces; the words others use every day
    ('łaźnia', 'подводный', Dutch 'bedrag') warn of nothing."""
    from matching.signals import scam_warning
    assert (scam_warning(text) is not None) == warns, (text, scam_warning(text))


def _warned(handle: str, page_text: str) -> Finding:
    """A walled Facebook page that a news report links (and nothing else)."""
    news = Sighting("facebook", handle, Via.LINKED_PAGE, "https://www.news-hamburg.example/c/1",
                    url=f"https://facebook.test/{handle}", page_text=page_text)
    return classify_one(obs("facebook", handle, ProbeState.UNVERIFIABLE, sightings=(news,)))


def test_a_walled_typo_of_a_declared_page_that_a_news_report_warns_of_is_an_impostor() -> None:
    """A walled page whose handle misspells by one letter the company's declared handle on
    that platform, linked by a news report that warns of a scam, is an impostor: two signs,
    the warning and, beside it, the typo (a warning may name the real page too, never under
    a misspelling). The finding says its evidence is secondary and names the page. A typo
    with a report that warns of nothing, a correct spelling with the warning, stay
    unverified."""
    report = "Lažne stranice: turisti uplatili depozite stranici Quillmark Papir."
    f = _warned("quillmarkpapir", report)
    assert f.cls == FindingClass.IMPOSTOR, f
    reason = f.evidence[0].detail
    assert reason.startswith("secondary") and "news-hamburg.example" in reason, reason
    assert "'Lažne'" in reason and "@quillmarkpapier" in reason, reason
    assert _warned("quillmarkpapir", "Quillmark Papir: neue Filiale in Altona.").cls == (
        FindingClass.UNVERIFIED)
    assert _warned("quillmark.altona", report).cls == FindingClass.UNVERIFIED


def test_a_walled_page_a_warning_says_took_money_is_high_and_one_it_only_names_medium() -> None:
    """The warning that links a walled impostor says what the scam asked ('يطلب تحويل مبلغ',
    'uplatili depozite'): high, as a scam site's request is. A warning that names the page
    and says nothing of money or data leaves it medium."""
    paid = _warned("quillmarkpapier_official",
                   "احذروا حساب ينتحل الشركة يطلب تحويل مبلغ على رابط دفع")
    assert paid.cls == FindingClass.IMPOSTOR and paid.severity == Severity.HIGH, paid
    named = _warned("quillmarkpapier_official", "احذروا حساب ينتحل اسم الشركة")
    assert named.cls == FindingClass.IMPOSTOR and named.severity == Severity.MEDIUM, named


def _posing(bio: str) -> Finding:
    """A page in the brand's name and logo, nothing official links, with ``bio``."""
    return classify_one(obs("instagram", "quillmarkpapier.shop", display_name="Quillmark Papier",
                            bio=bio, avatar_phash=LOGO, posts=12, followers=300,
                            created_at="2026-08-01", last_active_at="2026-11-18"))


@pytest.mark.parametrize("asks,calm", [
    # a payment service and the number to pay to (Costa Rica, Senegal, Zambia)
    ("Papier ab Fabrik. Reservá por SINPE Móvil al 8845-2210 (a nombre de K. Mora).",
     "Papier ab Fabrik. Wir sind bald auch in Costa Rica."),
    ("Papier ab Fabrik. Payez vos frais par Wave au 78 602 11 47.",
     "Papier ab Fabrik. Une nouvelle vague de couleurs."),
    # a wallet by its name: the page takes payment there (Brazil's Pix, with a word of payment)
    ("Picanha direto do frigorífico. Pedidos via Pix, entrega em todo o RS.",
     "Picanha direto do frigorífico. Entrega em todo o RS."),
    # an IBAN, a bank account by its number (Slovene TRR, Mongolian 'данс')
    ("Sezonske vozovnice. Plačilo po predračunu na TRR SI56 0310 0100 0012 345.",
     "Sezonske vozovnice. Prodaja na blagajni smučišča."),
    ("Захиалга өгөхдөө Хаан банкны 5012345678 данс руу шилжүүлнэ.",
     "Захиалга өгөхдөө манай дэлгүүрт ирнэ үү."),
    # pay words of Haitian and Mauritian Creole beside a sum and a wallet or a messenger
    ("Peye 1 500 goud frè dosye sou MonCash epi voye foto CIN ou.",
     "Kola fre chak jou nan tout boutik yo."),
    ("Sac 50kg Rs 1800. Peman avan livrezon. WhatsApp 👇", "Sac 50kg disponib dan boutik."),
    # a fee ('комиссия') with its sum, sent to a messenger; a deposit in Slovene
    ("Вернём деньги. Комиссия за оформление 800 сом. Пишите в WhatsApp",
     "Магазин бумаги. Пишите нам."),
    ("Pošljite 30 € varščine za delovno obleko na WhatsApp +386 40 123 999.",
     "Delovna obleka na voljo v trgovini."),
    # payment first said by refusing payment on delivery, voseo 'pagás antes', money to an agent
    ("Clearance sale. Pay via transfer. No pay on delivery.", "Clearance sale. Pay on delivery."),
    ("Pedidos con delivery. Pagás antes por transferencia 🚚", "Pedidos con delivery 🚚"),
    ("Best rates. Send yuh money through our WhatsApp agent.", "Best rates in town."),
])
def test_an_impostor_that_says_where_to_send_money_is_high(asks: str, calm: str) -> None:
    """An impostor that gives the number to pay to (a wallet and a phone, an IBAN, a bank
    account by its number), or asks a sum in the pay words of a language the lists lacked
    (Creole 'peye', 'peman'; 'комиссия'; Slovene 'varščina'; 'no pay on delivery'), asks for
    money: high, as the labels' convention says. The same page without it: medium."""
    f = _posing(asks)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = _posing(calm)
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


@pytest.mark.parametrize("text,asked", [
    ("Para reembolsos envíanos por DM número de tarjeta y código.", True),
    ("Manda no privado o número do cartão.", True),
    ("ib3atelna ra2m el talab w ra2m el card 3al DM", True),  # Arabizi
    ("Pošljite kopijo osebne izkaznice.", True),  # Slovene: a copy of the ID card
    ("Nunca te pediremos por DM el número de tarjeta.", False),
    ("Número de tarjeta de fidelidad en el ticket.", False),
    ("ib3atelna ra2m el talab", False),  # only the order number
])
def test_a_card_number_asked_into_a_private_message_is_a_data_request(text: str,
                                                                      asked: bool) -> None:
    assert (data_request(text) is not None) == asked, (text, data_request(text))


@pytest.mark.parametrize("text,scam", [
    ("Ob 50. obletnici: pošljite 0,01 BTC in prejmite 0,1 BTC nazaj.", True),  # Slovene
    ("ส่ง 0.1 BTC รับ 0.2 BTC", True),  # Thai, no word for 'double'
    ("Gönder 1 ETH, al 2 ETH", True),
    ("We accept 0.5 BTC minimum for wholesale orders", False),
])
def test_two_sums_of_a_coin_in_one_sentence_are_the_doubling_scam(text: str,
                                                                   scam: bool) -> None:
    """The sum sent and the sum promised back, in any language (no word for 'double')."""
    import re

    from matching import words
    from matching.textfold import fold_text
    two = re.compile(words.CRYPTO_DOUBLING_PATTERNS[-1])
    assert bool(two.search(fold_text(text))) == scam, text


@pytest.mark.parametrize("text,asked", [
    ("ଅଗ୍ରିମ ଦେୟ ପରେ ଡେଲିଭରି", True),  # Odia: advance payment, then delivery
    ("ଡେଲିଭରି ପରେ ଦେୟ", False),  # payment after delivery
    ("Pesen saiki, bayar dhisik via DANA", True),  # Javanese: pay first
    ("Pesen saiki, bayar ing omah", False),  # pay at home
    ("Ishyura mbere tukohereze ibicuruzwa", True),  # Kinyarwanda: pay first
    ("Tukohereza ibicuruzwa mu Rwanda hose", False),
    ("Futa liboso, tokotinda biloko", True),  # Lingala: pay first
    ("Tokotinda biloko na Kinshasa", False),
    ("Kaffaltii duraa erga", True),  # Oromo: advance payment
    ("Peye davans sou MonCash", True),  # Haitian Creole
    ("Kwụọ ụgwọ tupu anyị ezite", True),  # Igbo: pay before we send
    ("پیسې مخکې راولیږئ", True),  # Pashto: send the money first
])
def test_money_asked_first_in_languages_the_lists_lacked(text: str, asked: bool) -> None:
    """Payment before delivery in Odia, Javanese, Kinyarwanda, Lingala, Oromo, Haitian and
    Mauritian Creole, Igbo and Pashto is money asked up front (severity high); the same
    sentences paying after delivery ask nothing."""
    assert (page_asks(text) is not None) == asked, (text, page_asks(text))


# detect31 (#11): Facebook groups judged as communities


def _group(slug: str, name: str, bio: str, *, logo: bool = False, linked: bool = False,
           category: str | None = "Public group") -> Finding:
    """A Facebook group ``groups/<slug>`` (members as followers, opened years ago), beside
    the declared facebook:quillmarkpapier; ``linked``: the company's contact page links it."""
    handle = f"groups/{slug}"
    site = (Sighting("facebook", handle, Via.OFFICIAL_SITE, SITE + "kontakt",
                     url=f"https://www.facebook.com/{handle}/"),) if linked else ()
    return classify_one(obs("facebook", handle, display_name=name, bio=bio, followers=4200,
                            avatar_phash=LOGO if logo else None, category=category,
                            created_at="2015-01-01", sightings=site))


@pytest.mark.parametrize("slug,name,bio", [
    ("quillmarkcommunity", "Quillmark Community",
     "Share photos of your Quillmark notebooks, ask about refills and paper."),
    ("quillmarklovers", "Quillmark Paper Lovers", "For everyone who writes on Quillmark."),
    ("quillmarkde", "Quillmark Papier", "Die Gemeinschaft für alle, die mit Quillmark schreiben."),
    ("quillmarkes", "Quillmark Papier", "Comunidad de usuarios de cuadernos Quillmark."),
    ("quillmarktr", "Quillmark Papier", "Quillmark defter severler topluluğu."),
    ("quillmarkru", "Quillmark Papier", "Сообщество любителей бумаги Quillmark."),
    ("quillmarkar", "Quillmark Papier", "مجتمع محبي دفاتر Quillmark"),
    ("quillmarkyours", "Quillmark Papier", "Zeig uns deine Quillmark Hefte!"),
])
def test_a_group_of_the_brands_customers_is_a_fan_community(slug: str, name: str,
                                                             bio: str) -> None:
    """A group whose name or description treats the brand as what its members own, use or
    love (a community, lovers, users, 'deine <Brand>') is a customers' community: fan, in
    any language, the logo on its cover or not. The same words on a page that is no group
    leave it as before (a namesake)."""
    for logo in (False, True):
        f = _group(slug, name, bio, logo=logo)
        assert f.cls == FindingClass.FAN, (logo, f)
    page = classify_one(obs("facebook", "quillmarkcommunity", display_name="Quillmark Community",
                            bio="Share photos of your Quillmark notebooks, ask about refills."))
    assert page.cls == FindingClass.UNRELATED, page


def test_a_group_is_a_group_by_its_handle_or_its_category() -> None:
    """A group is known by its handle ``groups/<name>`` or by the category its header shows
    ('Public group', 'Groupe privé'); a page's category ('User') makes no group."""
    f = _group("quillmarklovers", "Quillmark Paper Lovers", "For everyone who writes on Quillmark.",
               category=None)
    assert f.cls == FindingClass.FAN, f
    for category, cls in (("Groupe privé", FindingClass.FAN), ("User", FindingClass.UNRELATED)):
        o = obs("facebook", "quillmarklovers", display_name="Quillmark Paper Lovers",
                bio="For everyone who writes on Quillmark.", followers=900, category=category)
        assert classify_one(o).cls == cls, (category, classify_one(o))


def test_a_group_in_the_logo_is_not_the_companys_old_page_unless_the_company_links_it() -> None:
    """A group named exactly like the brand, in its logo, asking nothing, opened years ago, is
    no 'company's old page, left behind' (a page would be): a group is its members', the
    company's own only when the company declares it, its site links it or it proves the
    official domain. Unlinked: a copy of the logo that asks nothing (medium), never
    redundant; the company's contact page linking it makes it the company's own again."""
    f = _group("quillmarkpapier", "Quillmark Papier", "Quillmark Papier", logo=True)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    assert "company_resources" not in signals_of(f), f
    page = classify_one(obs("facebook", "quillmarkpapier.old", display_name="Quillmark Papier",
                            bio="Quillmark Papier", followers=4200, avatar_phash=LOGO,
                            created_at="2015-01-01"))
    assert page.cls == FindingClass.REDUNDANT, page
    own = _group("quillmarkpapier", "Quillmark Papier", "Quillmark Papier", logo=True,
                 linked=True)
    assert own.cls in (FindingClass.REDUNDANT, FindingClass.OFFICIAL_UNLISTED), own


@pytest.mark.parametrize("slug,name,bio", [
    # a place's or a market's group using the brand's word
    ("quillmarkdorf", "Quillmark Dorf Community", "Kaufen und verkaufen im Dorf Quillmark."),
    ("quillmarkvillage", "Quillmark Village Community",
     "Residents of Quillmark village: events, lost pets, buy and sell."),
    ("quillmarkbaraholka", "Quillmark Papier сообщество", "Барахолка: продам, куплю."),
])
def test_a_place_or_a_market_group_using_the_word_stays_unrelated(slug: str, name: str,
                                                                  bio: str) -> None:
    """A village's or a buy-and-sell group that calls itself a community under the brand's
    word is a place's or a trade's group: not the brand's fans."""
    f = _group(slug, name, bio)
    assert f.cls != FindingClass.FAN, f


@pytest.mark.parametrize("name,bio", [
    ("Quillmark Papier Community", "Die offizielle Quillmark Papier Gruppe."),
    ("Quillmark Papier Community",
     "Gewinnspiel! Zahle 5 EUR Versandgebühr und sende deine Kartendaten per DM."),
    ("Quillmark Papier Community", "Support: send your order number and password to get help."),
])
def test_a_community_group_that_claims_to_be_official_or_asks_is_an_impostor(
        name: str, bio: str) -> None:
    """A group that calls itself the brand's community but claims to be the official one,
    asks a fee, card details or a password is an impostor as any page is: its community
    word excuses nothing."""
    f = _group("quillmarkpapiercommunity", name, bio)
    assert f.cls == FindingClass.IMPOSTOR, f


# detect29 (#11), continued: a person's practice, a namesake's order channel


def test_a_dentist_with_her_title_and_degree_linking_her_practice_is_unrelated() -> None:
    """"Dr. Quillmark DDS" (a title before the surname, the letters of a degree after it)
    linking ``quillmarkdental.com`` is a dentist named Quillmark and her practice: a
    namesake, not a medium impostor; a lure domain keeps her a candidate to check."""
    def page(site: str) -> Finding:
        return classify_one(obs("instagram", "quillmark.dds", display_name="Dr. Quillmark DDS",
                                bio="Family dentistry. Call to book.", external_links=(site,),
                                avatar_phash="0f0f0f0f0f0f0f0f", posts=100, followers=300))
    assert page("https://quillmarkdental.com").cls == FindingClass.UNRELATED
    assert page("https://quillmark-gewinn.com").cls == FindingClass.IMPOSTOR


def test_a_namesake_business_taking_bookings_on_whatsapp_links_its_own_site() -> None:
    """A tour operator named with the brand's word and its own ("Quillmark Tours") that
    takes bookings by WhatsApp links its own site (``quillmarktours.co.tz``): its trade's
    order channel does not make that site a lookalike; a deposit asked there still does."""
    def page(bio: str) -> Finding:
        return classify_one(obs("instagram", "quillmark.tours", display_name="Quillmark Tours",
                                bio=bio, external_links=("https://quillmarktours.co.tz",),
                                avatar_phash="0f0f0f0f0f0f0f0f", posts=100, followers=300))
    assert page("Spice tours in Zanzibar. Book via WhatsApp.").cls == FindingClass.UNRELATED
    f = page("Spice tours in Zanzibar. Send your card number and CVV by DM to book.")
    assert f.cls == FindingClass.IMPOSTOR, f


@pytest.mark.parametrize("bio", [
    "Quillmark Papier के अधिकृत विक्रेता, दिल्ली।",  # Hindi
    "Quillmark Papier 正規販売店 大阪",  # Japanese
    "Quillmark Papier 공식 판매점 부산",  # Korean
    "משווק מורשה של Quillmark Papier בחיפה",  # Hebrew
    "Εξουσιοδοτημένος αντιπρόσωπος Quillmark Papier, Θεσσαλονίκη",  # Greek
    "Quillmark Papier-এর অনুমোদিত ডিলার, ঢাকা",  # Bengali
])
def test_an_authorised_seller_in_other_scripts_is_a_reseller(bio: str) -> None:
    """A shop in the logo that names itself the brand's authorised seller or dealer in its own
    script ("अधिकृत विक्रेता", "正規販売店", "공식 판매점", "משווק מורשה") is a reseller, a
    trade of its own (``unrelated``), not a low impostor; the place alone is one."""
    f = classify_one(obs("instagram", "quillmark.shop", display_name="Quillmark Papier Shop",
                         bio=bio, avatar_phash=LOGO, posts=100, followers=300))
    assert f.cls == FindingClass.UNRELATED, f
    f = classify_one(obs("instagram", "quillmark.shop", display_name="Quillmark Papier Shop",
                         bio="Quillmark Papier ✨", avatar_phash=LOGO, posts=100, followers=300))
    assert f.cls == FindingClass.IMPOSTOR, f


@pytest.mark.parametrize("bio", [
    "The best Quillmark Papier desks 😍 your photos are posted here, send them in!",
    "Los mejores escritorios con Quillmark Papier 😍 publicamos tus fotos.",
    "أحلى مكاتب بورق Quillmark Papier 😍 صوركم بتنزل هنا",
])
def test_a_page_reposting_customers_photos_of_the_brand_is_a_fan(bio: str) -> None:
    """A gallery of the brand's customers' photos that says so ("your photos are posted
    here", "صوركم بتنزل هنا"), with no logo, no claim and no link of the company's, is a
    fans' page; the same words in the logo (the company's own "share your photos") do not
    make a fan, nor does the brand's name without them."""
    def page(text: str, avatar: str) -> Finding:
        return classify_one(obs("instagram", "desk_ideas", display_name="Desk ideas",
                                bio=text, avatar_phash=avatar, posts=900, followers=15000))
    assert page(bio, "0f0f0f0f0f0f0f0f").cls == FindingClass.FAN
    assert page(bio, LOGO).cls != FindingClass.FAN
    assert page("The best Quillmark Papier desks 😍", "0f0f0f0f0f0f0f0f").cls != FindingClass.FAN


# detect32 (#11): scam words match in their own script, never as folding transliterates another


@pytest.mark.parametrize("bio", [
    "Рыжий кот Квиллмарк и его хозяйка. Казань",  # Russian: the city folds to Turkish 'kazan'
    "Гратис, кот Квиллмарк",  # Cyrillic spelling of a word that folds to 'gratis'
])
def test_a_word_of_another_script_is_no_latin_scam_word_by_folding(bio: str) -> None:
    """A Latin-script language's lure ("kazan", win, in Turkish; "gratis") counts where it is
    written in Latin letters, not where folding transliterates a Cyrillic word into it ("Казань",
    the city): a namesake's cat is no impostor by it. Written in Latin letters inside Cyrillic
    text, or with Latin letters mixed in to hide it, it still counts."""
    assert sig_scam_wording(bio) is None
    f = classify_one(obs("instagram", "quillmark_kot", display_name="Quillmark рыжий",
                         bio=bio, posts=500, followers=3300))
    assert "scam_wording" not in signals_of(f), f
    hit = sig_scam_wording("Казань: iPhone kazan, пиши")
    assert hit is not None and "kazan" in hit.value
    hit = sig_scam_wording("Каzаn iPhone")  # Cyrillic 'а's in a Latin word
    assert hit is not None and "kazan" in hit.value
    assert sig_scam_wording("бесплатно поклон") is not None  # Serbian Cyrillic lures still read


@pytest.mark.parametrize("domain", [
    "https://www.friendsofquillmark.org.uk/",  # the friends' charity
    "https://quillmarkreviews.net/quillmark-a4-review",  # a review site
    "https://quillmark-owners-club.de/",
])
def test_a_third_partys_domain_that_says_whose_it_is_is_no_lookalike(domain: str) -> None:
    """A domain made of the brand's word that says, beside it, whose it is (a friends'
    charity, a review site, an owners' club) is that third party's own, no lookalike borrowing
    the brand: the page it links is not promoted by a lookalike; the brand's word with other
    words ("quillmark-bestellung") still is one."""
    f = _classify_qm(_walled_hit("quillmarkdraw", *LOTTERY, _promo("quillmarkdraw", domain)))
    assert "promoted_by_lookalike" not in signals_of(f), f
    g = _classify_qm(_walled_hit("quillmarkdraw", *LOTTERY, _promo("quillmarkdraw")))
    assert "promoted_by_lookalike" in signals_of(g), g


# detect33 (#11): a help desk known by its search result, named by what it handles


@pytest.mark.parametrize(("name", "handle"), [
    ("Quillmark Warranty Help", "QuillmarkHelp"),
    ("Quillmark Customer Care", "QuillmarkCare1"),
    ("Quillmark Garantía Soporte", "quillmark_soporte"),
])
def test_a_help_desk_named_by_what_it_handles_is_a_fake_desk(name: str, handle: str) -> None:
    """A desk's name that says what the desk handles beside the brand's ("<Brand> Warranty
    Help") names no one else: known by its search result only and asking a policy number
    and a card by DM, it is the fake-support scam; another company's name beside the desk's
    word still makes someone else's desk."""
    ask = "Warranty claims and renewals. DM your policy number and the card used for renewal."
    f = classify_one(desk(ask, name, handle))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = classify_one(desk(ask, "Bertolini Warranty Help", "bertolinihelp"))
    assert g.cls != FindingClass.IMPOSTOR, g


def test_a_brand_name_in_arabic_is_the_brands_in_either_spelling_of_its_last_letter() -> None:
    """A name is read in native spelling (ة written ه): the brand's Arabic name, spelled the
    same way, is the brand's, not someone else's ("خدمة عملاء السدرة" is the brand's desk);
    a name beside it still is someone else's."""
    from matching.signals import someone_else
    names = ("Example Motors", "السدرة للسيارات", "السدرة")
    assert someone_else("خدمة عملاء السدرة", names) is None
    assert someone_else("السدرة للسيارات", names) is None
    assert someone_else("مطعم فاطمة السدرة", names) is not None


@pytest.mark.parametrize(("handle", "name", "snippet"), [
    ("quillmark.podarki", "Quillmark Подарки", "Подарки от Quillmark 🎁 Пиши в директ"),
    ("quillmark_officiel", "Quillmark Officiel", "Concours 🎁 Gagne 1 an de papier !"),
])
def test_a_walled_page_with_a_gift_emoji_and_a_handle_word_only_is_unverified(
        handle: str, name: str, snippet: str) -> None:
    """A walled page whose search result shows a gift emoji, beside a handle that carries a
    lure word or calls itself official, and asks for nothing (no fee, no data, no link of a
    lookalike) is giveaway copy said twice: check it by hand (unverified). A lookalike domain
    named in the same snippet makes the scam (impostor)."""
    hit = Sighting("instagram", handle, Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "quillmark", f"https://instagram.test/{handle}",
                   title=f"{name} (@{handle}) • Instagram", snippet=snippet)
    f = classify_one(obs("instagram", handle, ProbeState.UNVERIFIABLE, (hit,)))
    assert f.cls == FindingClass.UNVERIFIED, f
    named = replace(hit, snippet=snippet + " quillmark-rewards.com")
    g = classify_one(obs("instagram", handle, ProbeState.UNVERIFIABLE, (named,)))
    assert g.cls == FindingClass.IMPOSTOR, g


@pytest.mark.parametrize(("fee", "wage"), [
    ("Recrutamento de motoristas de pesados para Portugal com visto. Taxa de processo 80.000 Kz.",
     "Recrutamento de motoristas de pesados. Salário 900.000 Kz por mês."),
    ("Работа водителем в Дубае и Турции. Оформление визы 300 USD.",
     "Работа водителем в Дубае. Зарплата 3000 USD, виза бесплатно."),
])
def test_a_job_fee_in_kwanzas_or_a_russian_job_ad_is_a_fee(fee: str, wage: str) -> None:
    """A job ad that makes the applicant pay a process fee in kwanzas ("80.000 Kz", as Angola
    writes it after the sum) or a visa in a Russian ad ("Работа водителем ... Оформление визы
    300 USD") asks money of those it hires; the wage in the same words is no fee."""
    assert job_fee(fee) is not None
    assert job_fee(wage) is None


# detect34 (#11): the company's own branch, showroom, depot and campaign pages; a past season


def _own_ig(handle: str, path: str, bio: str, name: str = "Quillmark Papier",
            platform: str = "instagram", active: str | None = "2026-11-10") -> Finding:
    site = Sighting(platform, handle, Via.OFFICIAL_SITE, SITE + path, f"@{handle}",
                    url=f"https://{platform}.test/{handle}")
    return classify_one(obs(platform, handle, display_name=name, bio=bio, avatar_phash=LOGO,
                            posts=200, external_links=(SITE + path,), last_active_at=active,
                            sightings=(site,)))


@pytest.mark.parametrize("bio", ["Lusail showroom offers. quillmark.de", "Представительство "
                                 "Quillmark в СПб. Акции. quillmark.de",
                                 "صالة عرض لوسيل | offers. quillmark.de",
                                 "Quillmark depot Hamburg-Nord: offers and collection times."])
def test_a_place_of_the_companys_posting_its_offers_is_no_second_account(bio: str) -> None:
    """A showroom's, a depot's or a representative office's own account (in its bio, any
    language) that posts its offers is that place's, not the marketing team's second
    Instagram: official_unlisted. The same offers without the place are a double."""
    f = _own_ig("quillmarkpapier_lusail", "kontakt", bio)
    assert f.cls == FindingClass.OFFICIAL_UNLISTED, f
    g = _own_ig("quillmarkpapier_lusail", "kontakt", "Offers and promo codes. quillmark.de")
    assert g.cls == FindingClass.REDUNDANT, g


def test_the_department_a_handle_names_beats_the_one_its_bio_mentions() -> None:
    """A depot's page named after its town ("Quillmark Francistown Depot") whose bio mentions
    the farmers it serves is the depot's, not a second page of the farmers' team."""
    from matching.classify import department_hint
    inv = replace(INV, departments=(*INV.departments, Department("Farmer Relations"),
                                    Department("Francistown Depot")))
    o = obs("facebook", "quillmarkfrancistown", display_name="Quillmark Francistown",
            bio="Orders, farmer deliveries, collection times.")
    assert department_hint(inv, (), o, ["quillmark"]) == "Francistown Depot"
    no_town = replace(o, handle="quillmarkorders", fields=replace(o.fields,
                                                                  display_name="Quillmark"))
    assert department_hint(inv, (), no_town, ["quillmark"]) == "Farmer Relations"


def test_a_campaigns_account_on_the_campaigns_own_page_is_no_second_account() -> None:
    """An account whose handle calls it a promotion's (``brand.promo``), linked from the
    campaign's own page of the site ("/sommer"), has an audience of its own: official_unlisted.
    Linked from the offers page, or from the contact page, it is the marketing team's
    second Instagram: redundant."""
    bio = "Sommerkampagne: Konzerte, Fotowettbewerb. Regeln: quillmark.de/sommer"
    assert _own_ig("quillmark.promo", "sommer", bio).cls == FindingClass.OFFICIAL_UNLISTED
    assert _own_ig("quillmark.promo", "angebote", bio).cls == FindingClass.REDUNDANT
    assert _own_ig("quillmark.promo", "kontakt", bio).cls == FindingClass.REDUNDANT


@pytest.mark.parametrize(("name", "cls"), [
    ("Quillmark Schreibwettbewerb 2022", FindingClass.REDUNDANT),
    ("Reto Quillmark 2019", FindingClass.REDUNDANT),
    ("Quillmark Papier seit 2004", FindingClass.OFFICIAL_UNLISTED),
    ("Quillmark Schreibwettbewerb 2026", FindingClass.OFFICIAL_UNLISTED),
    ("Quillmark Schreibwettbewerb", FindingClass.OFFICIAL_UNLISTED),
])
def test_a_campaign_page_of_a_past_year_is_left_behind(name: str, cls: FindingClass) -> None:
    """An own page whose last activity a crawler cannot see (X, Facebook) and whose name is a
    campaign's or an event's of a year before the audit's is left behind: redundant. A
    founding year ("seit 2004") or this year's campaign is no past season."""
    f = _own_ig("quillmarkwettbewerb", "wettbewerb", "Regeln auf quillmark.de", name=name,
                platform="x", active=None)
    assert f.cls == cls, f


# reddit23 (#11): a subreddit is a community, judged as a group


def _subreddit(name: str, title: str, bio: str, *, logo: bool = False) -> Finding:
    """A subreddit ``r/<name>`` (subscribers as followers, opened years ago), beside the
    declared facebook:quillmarkpapier."""
    return classify_one(obs("reddit", f"r/{name}", display_name=title, bio=bio, followers=4200,
                            avatar_phash=LOGO if logo else None, category="public",
                            created_at="2015-01-01"))


@pytest.mark.parametrize("name,title,bio", [
    ("quillmarkhelp", "Quillmark Help", "Help with your Quillmark notebooks: refills, paper."),
    ("quillmarkusers", "Quillmark Users", "A community for everyone who writes on Quillmark."),
])
def test_a_subreddit_of_the_brands_customers_is_a_fan_community(name: str, title: str,
                                                                 bio: str) -> None:
    """A subreddit (handle ``r/<name>``) is a community as a Facebook group is: one that
    treats the brand as what its members own or use is a customers' community (fan); the
    same words on a Reddit user's profile leave it as before (no community)."""
    for logo in (False, True):
        f = _subreddit(name, title, bio, logo=logo)
        assert f.cls == FindingClass.FAN, (logo, f)
    user = classify_one(obs("reddit", name, display_name=title, bio=bio, followers=4200,
                            created_at="2015-01-01"))
    assert user.cls != FindingClass.FAN, user


@pytest.mark.parametrize("bio", [
    "Official Quillmark support. DM your order number and card details for a refund.",
    "Quillmark giveaway! Pay the 5 EUR shipping fee and send your card number to win.",
])
def test_a_support_or_giveaway_subreddit_that_asks_is_an_impostor(bio: str) -> None:
    """A brand-named subreddit run as a 'support' desk or a giveaway that asks for a fee,
    card details or an order number is an impostor: being a community excuses nothing."""
    for title in ("Quillmark Papier Support", "Quillmark Papier Community"):
        f = _subreddit("quillmarksupport", title, bio)
        assert f.cls == FindingClass.IMPOSTOR, (title, f)


# detect35 (#11): the walled-page line the labels agree on, and money asked in many scripts


def _walled_by_search(handle: str, name: str, snippet: str) -> Finding:
    """A walled Instagram page known only by its search result, named by the brand's full
    name ("Quillmark Papier ...")."""
    name = name.replace("Quillmark", "Quillmark Papier", 1)
    hit = Sighting("instagram", handle, Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "quillmark", f"https://instagram.test/{handle}",
                   title=f"{name} (@{handle}) • Instagram", snippet=snippet)
    return classify_one(obs("instagram", handle, ProbeState.UNVERIFIABLE, (hit,)))


@pytest.mark.parametrize(("handle", "name", "bare", "priced"), [
    ("quillmark.recruitment", "Quillmark Recruitment",
     "Overseas warehouse jobs, processing fee required.",
     "Overseas warehouse jobs, processing fee USD 300 required."),
    ("quillmark_opt", "Quillmark ОПТ", "Бумага Quillmark оптом, предоплата",
     "Бумага Quillmark оптом, предоплата переводом на карту"),
    ("quillmark.mayorista", "Quillmark Mayorista", "Papel Quillmark al por mayor, pago adelantado.",
     "Papel Quillmark al por mayor, pago adelantado por QR."),
])
def test_a_walled_page_asking_money_without_a_sum_or_a_way_to_pay_is_one_sign(
        handle: str, name: str, bare: str, priced: str) -> None:
    """A walled page whose search result asks money bare (a fee or a prepayment, no sum, no
    payment service, no means of payment: a wholesaler's or an agency's own terms say the
    same) is one sign: check it by hand (unverified); with its sum or the way to pay (a
    card, a QR code) it is money asked (impostor), as the tuning labels agree."""
    f = _walled_by_search(handle, name, bare)
    assert f.cls == FindingClass.UNVERIFIED, f
    g = _walled_by_search(handle, name, priced)
    assert g.cls == FindingClass.IMPOSTOR, g


@pytest.mark.parametrize(("handle", "name", "snippet"), [
    ("quillmark_promo", "Quillmark Promo", "Claim your Quillmark hamper 🎁"),
    ("quillmark.official", "Quillmark Official", "Розыгрыш Quillmark iPad 🎁"),
])
def test_a_giveaways_words_gift_and_handle_are_one_announcement(
        handle: str, name: str, snippet: str) -> None:
    """A giveaway's word beside its gift emoji and a handle's lure word or claim to be
    official, with nothing asked, is one announcement said three ways (unverified); a fee
    asked with its sum in the same result makes the scam (impostor)."""
    f = _walled_by_search(handle, name, snippet)
    assert f.cls == FindingClass.UNVERIFIED, f
    g = _walled_by_search(handle, name, snippet + " Pay USD 5 shipping to receive it.")
    assert g.cls == FindingClass.IMPOSTOR, g


def test_a_walled_desk_asking_a_booking_number_is_one_sign_and_a_pin_two() -> None:
    """A walled help desk (its handle's desk word, the same desk its search result names)
    that asks a booking number by DM, which real desks ask too, is one sign (unverified);
    the card's PIN asked the same way is the fake-support scam (impostor)."""
    base = "Official Quillmark support rep. DM me your booking number"
    f = _walled_by_search("quillmarksupport", "QuillmarkSupport", base + " and WhatsApp.")
    assert f.cls == FindingClass.UNVERIFIED, f
    g = _walled_by_search("quillmarksupport", "QuillmarkSupport", base + " and card PIN.")
    assert g.cls == FindingClass.IMPOSTOR, g


@pytest.mark.parametrize(("asks", "says"), [
    # Malagasy: a lottery's winner asked the wallet's secret code (MVola)
    ("Arahabaina! Nahazo loka 500.000 Ar ianao. Alefaso ny kaody miafina MVola.",
     "Arahabaina! Loka 500.000 Ar ho an'ny mpanjifa."),
    # Serbian in Cyrillic and in Latin letters: payment to a card, an advance to a private account
    ("Quillmark понуде ♨️ Уплата на картицу, јавите се у DM",
     "Quillmark понуде ♨️ јавите се у DM"),
    ("Quillmark last minute avans na privatni račun, javite se u DM",
     "Quillmark last minute, javite se u DM"),
    # Ukrainian, Kazakh, Turkish, Indonesian, Vietnamese: money sent to a card or a private account
    ("Знижки Quillmark, переказ на картку", "Знижки Quillmark"),
    ("Quillmark жеңілдік, картаға аударыңыз", "Quillmark жеңілдік"),
    ("Quillmark indirim, ödeme şahsi hesaba", "Quillmark indirim"),
    ("Promo Quillmark, transfer ke rekening pribadi", "Promo Quillmark"),
    ("Ưu đãi Quillmark, chuyển vào tài khoản cá nhân", "Ưu đãi Quillmark"),
    # a wallet's secret code asked in French, Kinyarwanda, Hindi, Amharic
    ("Gagnant Quillmark: envoyez votre code secret Orange Money", "Gagnant Quillmark"),
    ("Quillmark: ohereza umubare w'ibanga wa MoMo", "Quillmark: murakaza neza"),
    ("Quillmark इनाम: अपना गुप्त कोड भेजें", "Quillmark इनाम"),
    ("Quillmark ሽልማት: ሚስጥራዊ ቁጥር ይላኩ", "Quillmark ሽልማት"),
])
def test_money_to_a_card_a_private_account_or_a_wallets_secret_code_is_asked(
        asks: str, says: str) -> None:
    """A walled page's search result that asks a mobile wallet's secret code (MVola, Orange
    Money, MoMo) or money paid to a card or a private account ("Уплата на картицу", "avans
    na privatni račun", "переказ на картку", "transfer ke rekening pribadi") asks what no
    company asks (impostor), in any script; the same result without the ask is unverified."""
    f = _walled_by_search("quillmark.ponude", "Quillmark ponude", asks)
    assert f.cls == FindingClass.IMPOSTOR, f
    g = _walled_by_search("quillmark.ponude", "Quillmark ponude", says)
    assert g.cls == FindingClass.UNVERIFIED, g


def test_a_mobile_wallets_name_is_a_payment_channel() -> None:
    """A mobile wallet named beside a sum or a DM in a walled page's search result (MVola,
    Afrimoney, Lumicash, Zaad) is a payment no company takes through a page nothing official
    links (impostor); without the wallet's name, the same result is unverified."""
    for wallet in ("MVola", "Afrimoney", "Lumicash", "Zaad"):
        f = _walled_by_search("quillmark.deals", "Quillmark Deals",
                              f"Quillmark -50%, pay by {wallet}, DM")
        assert f.cls == FindingClass.IMPOSTOR, (wallet, f)
    g = _walled_by_search("quillmark.deals", "Quillmark Deals", "Quillmark -50%, DM")
    assert g.cls == FindingClass.UNVERIFIED, g


def test_a_vietnamese_promotion_is_no_negation() -> None:
    """"Khuyến mãi" (a promotion) folds to "khuyen mai", whose "mai" is the Italian and
    Romanian "never": a Vietnamese promotion that asks a transfer to a private account asks
    it (impostor), while an Italian warning with "mai" still warns."""
    f = _walled_by_search("quillmark.vn", "Quillmark VN",
                          "Khuyến mãi Quillmark: chuyển vào tài khoản cá nhân")
    assert f.cls == FindingClass.IMPOSTOR, f
    assert data_request("Non chiediamo mai il codice segreto") is None


def test_a_prepayment_of_the_whole_price_beside_a_gift_is_money_asked() -> None:
    """A prepayment asked as a share of the price ("Пешпардохт 100%") is money asked with
    its sum, beside a gift emoji and a handle's lure word (impostor); the gift and the lure
    word alone, with the giveaway's word, are one announcement (unverified)."""
    f = _walled_by_search("quillmark.gifts", "Quillmark Gifts",
                          "Қуттиҳои тӯҳфавии Quillmark 🎁 Пешпардохт 100% ба корт")
    assert f.cls == FindingClass.IMPOSTOR, f
    g = _walled_by_search("quillmark.gifts", "Quillmark Gifts", "Claim your Quillmark box 🎁")
    assert g.cls == FindingClass.UNVERIFIED, g


# detect34 (continued): the company's own X account known by its search result; a namesake
# of the same sound in the brand's own script


@pytest.mark.parametrize(("snippet", "cls"), [
    ("Papier aus Hamburg seit 1921. quillmark.de https://www.quillmark.de",
     FindingClass.UNVERIFIED),
    # the same copy with a lookalike, or with look-alike letters, is the scam's
    ("Papier aus Hamburg seit 1921. https://quillmark-rewards.com/", FindingClass.IMPOSTOR),
])
def test_an_x_page_known_by_a_search_result_of_the_companys_traces_only_is_checked_by_hand(
        snippet: str, cls: FindingClass) -> None:
    """An X page (a JavaScript shell to a crawler) one letter off the brand, known only by its
    search result, which bears the brand's name and links the official domain and nothing
    else, is as likely the company's own account outside its list as a copy that has not
    shown its hand: check by hand (unverified), never a takedown candidate. A lookalike link
    in the same search result keeps it an impostor."""
    hit = Sighting("x", "quillmarkpapie", Via.WEB_SEARCH, "https://html.duckduckgo.com/",
                   "quillmark", "https://x.test/quillmarkpapie",
                   title="Quillmark Papier (@QuillmarkPapie) / X", snippet=snippet)
    f = classify_one(obs("x", "quillmarkpapie", sightings=(hit,)))
    assert f.cls == cls, f


def test_a_name_of_the_same_sound_in_the_brands_own_script_is_someone_elses() -> None:
    """Folding transliterates "兰峰" (a person's name) and the brand's "岚锋" alike ("lanfeng");
    written in the script the brand names itself in, they differ: "兰峰 Lanfeng" is someone
    of that name, not the brand. The brand's own characters, or a script the brand writes no
    name in, still present the brand."""
    from matching.signals import someone_else
    names = ("LANFENG", "岚锋", "岚锋工具")
    assert someone_else("兰峰 Lanfeng", names) == "兰峰"
    assert someone_else("岚锋 Lanfeng", names) is None
    assert someone_else("岚锋工具", names) is None
    assert someone_else("兰峰 Lanfeng", ("LANFENG",)) is None


@pytest.mark.parametrize("name", ["Tinte Lovers HH", "Amigos Tinta", "Tinta Ljubitelji",
                                  "Tinten Freunde"])
def test_a_community_of_the_brands_lovers_is_no_persons_name(name: str) -> None:
    """"<Brand> Lovers HH" is two or three capitalised words, but lovers, friends or fans
    of a thing (in many languages) are a community, never a person's name: no personal
    account. A person's name of the same shape still is."""
    bio = "Wir lieben Quillmark Papier und Tinte."
    f = classify_one(obs("instagram", "tinte_lovers_hh", display_name=name, bio=bio, posts=40))
    assert "personal_account" not in signals_of(f), f
    g = classify_one(obs("instagram", "tinte_jana_hh", display_name="Jana Novak", bio=bio,
                         posts=40))
    assert "personal_account" in signals_of(g), g


@pytest.mark.parametrize("bio", ["Fansat e letrës Quillmark. Jo faqe zyrtare.",
                                 "Fansat e Quillmark nga Prishtina"])
def test_albanian_fans_who_say_so_are_fans(bio: str) -> None:
    """Albanian fans say "Fansat e <Brand>" (the fans of) and "Jo faqe zyrtare" (not an
    official page, with the noun between the negation and 'official'): a fan page."""
    f = classify_one(obs("instagram", "quillmark_ks", display_name="Quillmark KS",
                         bio=bio, posts=40))
    assert f.cls == FindingClass.FAN, f
    g = classify_one(obs("instagram", "quillmark_ks", display_name="Quillmark KS",
                         bio="Letër nga Prishtina.", posts=40))
    assert g.cls != FindingClass.FAN, g


# detect35 (continued): an impostor asking a payment by its means is high


@pytest.mark.parametrize("asks", [
    "Pagá por transferencia bancaria y enviamos a todo el país.",
    "Reserve now, pay the advance via bank transfer.",
    "Оплата переводом на карту.",
    "โอนผ่านพร้อมเพย์แล้วส่งสลิปทางแชท",
])
def test_an_impostor_asking_payment_by_transfer_or_card_is_high(asks: str) -> None:
    """A posing page (the brand's name and logo) whose bio asks a payment by its means (a
    bank transfer, a card, PromptPay written in Thai), no service named, asks for money:
    high, as the labels' convention says; the same page that only sells is medium."""
    sale = "🔥 LIQUIDACIÓN 60% 🔥 Quillmark Papier a mitad de precio. Pedidos por WhatsApp."
    page = obs("facebook", "quillmarkpapieroficial", display_name="Quillmark Papier Oficial",
               bio=f"{sale} {asks}", avatar_phash=LOGO, posts=12)
    f = classify_one(page)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    calm = with_bio(page, sale)
    g = classify_one(calm)
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


# detect36: the company's own warning page names a scam; that link is no proof of ownership

_WARNING_PAGE = ("Warnung: Betrug im Namen von Quillmark · Quillmark Papier · Quillmark "
                 "verlangt nie Gebühren. Unsere einzigen offiziellen Seiten: Instagram, "
                 "Facebook, X. Die folgenden Seiten sind nicht unsere · {anchor}")


def _on_warning_page(handle: str, anchor: str, **fields) -> ProfileObservation:  # type: ignore[no-untyped-def]
    link = Sighting("facebook", handle, Via.OFFICIAL_SITE, SITE + "warnung", detail=anchor,
                    url=f"https://facebook.test/{handle}",
                    page_text=_WARNING_PAGE.format(anchor=anchor))
    return obs("facebook", handle, sightings=(link,), **fields)


@pytest.mark.parametrize("mark", ["(FAKE)", "(FALSO)", "（假冒）", "— not ours", "(GIAMAN)",
                                  "(faux)", "(sahte)", "(مزيف)",
                                  "(поддельная)"])
def test_an_official_page_that_calls_the_link_fake_proves_no_ownership(mark: str) -> None:
    """The company's own anti-scam page links the fakes it warns of under a text that calls
    them so: no proof that the page is the company's, but the company's word that it is not
    ('<Brand> Gewinnspiel (FAKE)'); the same link under the page's name alone, on the same
    warning page (its list of real accounts), stays the company's own."""
    fields = dict(display_name="Quillmark Gewinnspiel", bio="Quillmark Papier Gewinnspiel",
                  avatar_phash=LOGO, posts=5, created_at="2026-09-01",
                  last_active_at="2026-11-18")
    own = classify_one(_on_warning_page("quillmarkgewinnspiel", "Quillmark Gewinnspiel", **fields))
    assert own.cls == FindingClass.OFFICIAL_UNLISTED, own
    fake = classify_one(_on_warning_page("quillmarkgewinnspiel", f"Quillmark Gewinnspiel {mark}",
                                **fields))
    assert fake.cls != FindingClass.OFFICIAL_UNLISTED, (mark, fake)
    assert "official_site_link" not in signals_of(fake), fake
    assert any("warns about it" in e.detail for e in fake.evidence), fake


@pytest.mark.parametrize("anchor", ["Facebook", "Quillmark Papier auf Instagram",
                                    "Report a scam to our support team", "Fraud desk",
                                    "Quillmark Fanclub (unofficial)", "Gia đình Quillmark",
                                    "Falschparker-Info", "防騙提示"])
def test_a_link_text_without_a_fake_word_disowns_nothing(anchor: str) -> None:
    """Only a word that calls the linked page a fake disowns it: a report link's "scam", a
    fan club's "unofficial", a heading of the warning page are no such word."""
    link = Sighting("facebook", "quillmarkx", Via.OFFICIAL_SITE, SITE + "warnung",
                    detail=anchor, page_text=_WARNING_PAGE.format(anchor=anchor))
    assert disowned_by_official_site((link,), INV.domains) is None, anchor
    fake = replace(link, detail=f"{anchor} (fake)")
    assert disowned_by_official_site((fake,), INV.domains) == (SITE + "warnung", "fake")


# detect37 (#11): fans, customers' groups and namesakes that say "official"

_PAYS = f" Pay the 20 EUR membership fee first: {LOOKALIKE}"


@pytest.mark.parametrize("name,bio", [
    ("Revendeurs indépendants Quillmark Papier",
     "Groupe des revendeurs de Hambourg. Pas la page officielle de Quillmark Papier."),
    ("Geng Pelanggan Quillmark Papier 2026",
     "Kumpulan pelanggan Quillmark Papier. Bukan kumpulan rasmi syarikat. Kongsi tips."),
    ("Komunidade Utilizadór Quillmark Papier (la ofisiál)",
     "Grupu komunidade: fahe dika. Grupu ne'e la'ós kompañia nian."),
    ("Quillmark Papier mpankafy", "Vondrona mpankafy ny Quillmark Papier. Tsy pejy ofisialy."),
])
def test_a_customers_group_that_says_it_is_not_official_is_a_fan(name: str, bio: str) -> None:
    """A group of the brand's customers or resellers that says it is *not* the official page
    (French without its "ne", Malay with the noun between, Tetum's bare "la", Malagasy's
    "tsy") says "official" only to deny it: a fans' community, no claim to be the company.
    The same group sending its members to pay a fee on a lookalike site is an impostor (a
    fan's words excuse no lookalike)."""
    group = obs("facebook", "groups/quillmarkkunden", display_name=name, bio=bio,
                followers=900, category="Public group")
    f = classify_one(group)
    assert f.cls == FindingClass.FAN, f
    assert "unproven_claim" not in signals_of(f), f
    g = classify_one(with_bio(group, bio + _PAYS, external_links=(LOOKALIKE,)))
    assert g.cls == FindingClass.IMPOSTOR, g


@pytest.mark.parametrize("bio", [
    "Official Quillmark group. Pay the 20 EUR membership fee by bank transfer first.",
    "Quillmark Papier official page. Quillmark Papier est la page officielle.",
])
def test_a_group_that_says_it_is_official_is_no_fan(bio: str) -> None:
    """The official word without its negation (or "est la page officielle", an affirmation
    with "pas" nowhere), in a group that names no members of its own, is a claim: not a
    fan."""
    f = classify_one(obs("facebook", "groups/quillmarkkunden",
                         display_name="Quillmark Papier", bio=bio, followers=900,
                         category="Public group"))
    assert f.cls != FindingClass.FAN, f


@pytest.mark.parametrize("name,bio", [
    ("Quillmark Papier Owners Club (Official)", "Official community of Quillmark Papier owners."),
    ("Offizielle Quillmark Papier Gemeinschaft", "Tipps und Fotos der Quillmark Papier Nutzer."),
])
def test_a_customers_group_calling_itself_official_is_a_fan_until_it_asks(
        name: str, bio: str) -> None:
    """A group that names its members (owners, users, a community) and calls itself
    official calls the members' club so: it does not pose as the company, a fan. The same
    group asking a membership fee by bank transfer to an IBAN asks for money: an impostor,
    high."""
    group = obs("facebook", "groups/quillmarkowners", display_name=name, bio=bio,
                followers=900, category="Public group")
    f = classify_one(group)
    assert f.cls == FindingClass.FAN, f
    asks = " Join: pay 20 EUR membership by bank transfer to IBAN DE44500105175407324931."
    g = classify_one(with_bio(group, bio + asks))
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.HIGH, g


@pytest.mark.parametrize("bio", [
    "Eg prjóni Quillmark-mynstur • ikki tilknýtt Quillmark • Tórshavn",
    "Receta tradicionale. Nuk jemi të sponsorizuar nga Quillmark.",
    "Jecel warqadaha Quillmark 😍 bog taageere, ma ihi shirkadda",
    "The supporters' association of Quillmark Papier, registered charity. Members, magazine.",
])
def test_a_fan_who_says_so_in_her_language_is_a_fan(bio: str) -> None:
    """A knitter's "not affiliated" in Faroese, a cook's "we are not sponsored by" in
    Albanian, a Somali supporter's page "I am not the company", a supporters' association:
    fans, even when the brand is one word inflected or glued in the bio. With the company's
    logo and a lookalike site it is an impostor: a fan's words excuse no lookalike."""
    page = obs("instagram", "strikkamed.quill", display_name="Maja 🧶", bio=bio, posts=120,
               followers=800)
    f = classify_one(page)
    assert f.cls == FindingClass.FAN, f
    fake = replace(page, fields=replace(page.fields, avatar_phash=LOGO,
                                        external_links=(LOOKALIKE,)))
    g = classify_one(fake)
    assert g.cls == FindingClass.IMPOSTOR, g


@pytest.mark.parametrize("bio", [
    "Official channel of the Hamburg metal band Quillmark Papier. New album out now.",
    "The official podcast of the Quillmark Papier cycling team.",
    "The band's official channel. Quillmark Papier live in Hamburg.",
])
def test_a_bands_official_channel_is_a_namesake(bio: str) -> None:
    """"Official channel of the ... band Quillmark Papier": the page says whose official
    channel it is, a band's, a team's or a podcast's, a namesake's: unrelated, no claim to be
    the company, and the finding says whose it is. With the company's logo it is a claim
    again (an impostor); "official channel of Quillmark Papier", whose no other, is a claim."""
    page = obs("youtube", "quillmarkofficial", display_name="Quillmark Papier", bio=bio,
               followers=3000, posts=80)
    f = classify_one(page)
    assert f.cls == FindingClass.UNRELATED, f
    assert "unproven_claim" not in signals_of(f), f
    assert "says whose official page it is" in f.evidence[0].detail, f
    logo = classify_one(replace(page, fields=replace(page.fields, avatar_phash=LOGO)))
    assert logo.cls == FindingClass.IMPOSTOR, logo
    bare = classify_one(with_bio(page, "Official channel of Quillmark Papier. New videos."))
    assert bare.cls == FindingClass.IMPOSTOR, bare
    assert "unproven_claim" in signals_of(bare), bare


def test_an_employees_unofficial_personal_page_is_no_fan() -> None:
    """An employee's own page that says it is personal and unofficial ("个人账号 非官方")
    is a person's: its "unofficial" is what any personal page says, no fan's word. The same
    page calling itself a fan page is a fan's; a customer's "cuenta personal, no oficial",
    no role at the company named, stays a fan's."""
    bio = "汉堡打工人 在 Quillmark 做质检三年啦 | 个人账号 非官方"
    page = obs("tiktok", "xiaoyu_quillmark", display_name="小雨在Quillmark上班", bio=bio,
               posts=230, followers=5100)
    f = classify_one(page)
    assert f.cls == FindingClass.UNRELATED, f
    g = classify_one(with_bio(page, bio + " 粉丝页"))
    assert g.cls == FindingClass.FAN, g
    customer = classify_one(obs("instagram", "parrilla.con.quillmark",
                                display_name="Parrilla con Quillmark",
                                bio="Dibujo cada domingo en papel Quillmark. Cuenta personal, "
                                    "no oficial.", posts=230))
    assert customer.cls == FindingClass.FAN, customer


# detect38 (#11): money and data asked in more currencies and words, around a walled page and
# on the lookalike that links it; a store's own page; a customer service in Tok Pisin


def test_a_deposit_in_bahraini_dinars_by_benefitpay_is_money_asked() -> None:
    """'BD 100 deposit by BenefitPay' (Bahrain's dinar before the figure, its wallet by name)
    in the search result of a walled page is money asked through a payment service: impostor,
    high; the same offer with no sum and no wallet is the agency's own words: unverified."""
    f = _walled_by_search("quillmark.maids", "Quillmark Maids",
                          "Housemaids available immediately. Book now with BD 100 deposit by "
                          "BenefitPay.")
    assert (f.cls, f.severity) == (FindingClass.IMPOSTOR, Severity.HIGH), f
    g = _walled_by_search("quillmark.maids", "Quillmark Maids",
                          "Housemaids available immediately. Book now.")
    assert g.cls == FindingClass.UNVERIFIED, g


@pytest.mark.parametrize(("asks", "says"), [
    ("Registration fee Nu. 500 via mBoB to account 200-118. Send your CID number.",
     "Registration opens on Losar. Nu, what are you waiting for?"),
    ("Vul uw naam, ID-nummer en rekeningnummer in. Betaal SRD 150 administratiekosten.",
     "Vul uw naam in voor de nieuwsbrief."),
])
def test_a_lookalikes_page_asking_in_ngultrum_srd_or_a_dutch_account_number_asks(
        asks: str, says: str) -> None:
    """A scam site's page asking a fee in Bhutan's ngultrum ('Nu. 500') through the Bank of
    Bhutan's mBoB, or a Surinamese page asking the ID and bank account number
    ('rekeningnummer') and a fee in SRD, asks money or data; the same page's other words do
    not."""
    assert page_asks(asks) is not None, asks
    assert page_asks(says) is None, says


@pytest.mark.parametrize(("path", "cls"), [
    ("tiendas/santa-ana", FindingClass.OFFICIAL_UNLISTED),
    ("ofertas", FindingClass.REDUNDANT),
])
def test_a_stores_own_page_posting_its_offers_is_no_second_account(
        path: str, cls: FindingClass) -> None:
    """An own Instagram linked only from the page of one of the company's stores
    ('/tiendas/santa-ana') is that store's, whose local offers are its own: official_unlisted.
    The same page linked from the offers page is the marketing team's second account."""
    f = _own_ig("quillmark.santaana", path, "Tienda Santa Ana de Quillmark Papier. Ofertas "
                "locales.", name="Quillmark Santa Ana")
    assert f.cls == cls, f


def test_a_customer_service_in_tok_pisin_names_the_support_department() -> None:
    """'Kastama sevis' (Tok Pisin: customer service) names the support department, not the
    marketing team its 'promosen' would."""
    from matching.classify import department_hint
    o = obs("tiktok", "quillmark.kastama", display_name="Quillmark Kastama Sevis",
            bio="Kastama sevis bilong Quillmark. No gat promosen long hia.")
    assert department_hint(INV, (), o, ["quillmark"]) == "Kundendienst"
    assert department_hint(INV, (), replace(o, handle="quillmark.promosen", fields=replace(
        o.fields, display_name="Quillmark Promosen", bio="Promosen bilong Quillmark.")),
        ["quillmark"]) != "Kundendienst"


# lead (session 17): a scam word that is also a given name ("Iban", Basque and Catalan)
@pytest.mark.parametrize("text, asks", [
    ("Iban Zubia", False),
    ("Iban Zubia (@iban.lasterketa) • Threads", False),
    ("Iban Etxeberria · lasterketa zuzendaria", False),
    ("Send your IBAN to claim the prize", True),
    ("Iban number please, then we refund", True),
    ("Iban Zubia. Send your iban now", True),
])
def test_a_scam_word_that_is_a_persons_name_asks_for_nothing(text: str, asks: bool) -> None:
    from matching.profile_signals import data_request
    from matching.signals import scam_wording

    evidence = scam_wording(text)
    assert (evidence is not None and "iban" in evidence.value) is asks
    assert (data_request(text) == "iban") is asks


# detect40: deception beyond resemblance on a posing page: its own request, a help desk's role,
# look-alike letters read as one ("rn" for "m")

_COPY = obs("instagram", "quillmark.papier", display_name="Quillmark Papier",
            bio="Papier aus Hamburg seit 1921.", avatar_phash=LOGO, posts=9)


def test_a_copy_that_asks_nothing_is_resemblance_only() -> None:
    """The name, the logo and the bio copied, nothing asked and no role claimed: an impostor
    that deceives and asks nothing yet, medium (rule 11; the labels' convention), never high,
    however exact the copy."""
    f = classify_one(_COPY)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f


@pytest.mark.parametrize("asks", [
    "Reserva per DM, pagament avançat per transferència.",  # Catalan: prepayment by transfer
    "Investo në Quillmark që nga 100€. Fitim 20% në javë.",  # Albanian: a sum and a return
    "Wholesale K420/50kg. Pay Airtel Money, we load same day.",  # a wallet beside a sum
])
def test_a_copy_whose_page_asks_for_money_is_high(asks: str) -> None:
    """The same copy whose own page asks for money (read by the rules that read walled
    pages' search results) shows the scam's request itself: high; said as a warning it
    asks nothing and stays low."""
    f = classify_one(with_bio(_COPY, asks))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = classify_one(with_bio(_COPY, "Wir verlangen nie Vorkasse. Papier aus Hamburg."))
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


@pytest.mark.parametrize("name, bio", [
    ("Quillmark Papier Kundservice", "Vi svarar på dina frågor om Quillmark 💛"),  # Swedish
    ("Quillmark Papier Huduma kwa Wateja", "Karibu! Tuko hapa kukusaidia."),  # Swahili
    ("Quillmark Papier Customer Care", "We dey ya fo ep yu."),  # Krio
])
def test_a_copy_presented_as_the_help_desk_is_medium(name: str, bio: str) -> None:
    """A copy that presents itself as the company's help desk, which the company neither
    declares nor links, claims a role beyond the likeness (the fake-support scam's first
    step): medium though it asks nothing yet; the same copy under the brand's plain name and
    handle is low."""
    desk = replace(_COPY, handle="quillmark.help", fields=replace(
        _COPY.fields, display_name=name, bio=bio))
    f = classify_one(desk)
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    g = classify_one(replace(desk, handle=_COPY.handle, fields=replace(
        desk.fields, display_name="Quillmark Papier", bio="Papier aus Hamburg seit 1921.")))
    assert g.cls == FindingClass.IMPOSTOR and g.severity == Severity.MEDIUM, g


@pytest.mark.parametrize("handle", ["quillrnarkpapier", "qui1lmarkpapier", "quiilmarkpapier"])
def test_look_alike_letters_in_a_copys_handle_are_deception(handle: str) -> None:
    """"rn" for "m", "1" or "i" for "l": the handle spells the brand with look-alike letters,
    deception beyond resemblance (medium); the brand's own spelling with a dot is low."""
    f = classify_one(replace(_COPY, handle=handle))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f
    assert "homoglyphs" in signals_of(f), f


def test_a_domain_spelt_with_rn_for_m_is_a_lookalike() -> None:
    """A link to the official domain's name with "rn" for "m" is a lookalike link (one letter
    read as two scores low on a ratio): the copy that links it is an impostor with a
    lookalike link; the copy linking the official domain itself has none."""
    f = classify_one(with_bio(_COPY, "Papier aus Hamburg.", external_links=(
        "https://quillrnark.de/",)))
    assert f.cls == FindingClass.IMPOSTOR and "lookalike_link" in signals_of(f), f
    g = classify_one(with_bio(_COPY, "Papier aus Hamburg.", external_links=(SITE,)))
    assert "lookalike_link" not in signals_of(g), g


@pytest.mark.parametrize(("asks", "says"), [
    ("حملة الخير. حوّل تبرعك إلى حساب مصرف الجمهورية 0012-445-778 باسم المنسق.",
     "حملة الخير. تبرعك يصل إلى مراكز الغسيل."),  # Arabic: a donation to an account's number
    ("Kampanye amal. Transfer donasi ke 0812 3456 7890 atas nama koordinator.",
     "Kampanye amal. Hubungi kami di acara kami."),  # Indonesian: to a wallet's phone number
])
def test_a_walled_page_a_donation_lookalike_sending_money_to_a_number_links_is_high(
        asks: str, says: str) -> None:
    """A lookalike donation site that links a walled page and names the number to transfer
    to (an account's or a wallet's, beside a word that takes money, in any language) asks for
    money: the walled page is its scam's (secondary), high; the same site that only appeals
    asks nothing, and the walled page has one sign (a lookalike links it): unverified."""
    def linked(text: str) -> ProfileObservation:
        promo = Sighting("facebook", "quillmarkspenden", Via.LINKED_PAGE,
                         "https://quillmark-spenden.org/",
                         url="https://facebook.test/quillmarkspenden", page_text=text)
        return obs("facebook", "quillmarkspenden", ProbeState.UNVERIFIABLE, sightings=(promo,))
    f = classify_one(linked(asks))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.HIGH, f
    g = classify_one(linked(says))
    assert g.cls == FindingClass.UNVERIFIED, g
