"""Mutation tests of impostor severity (#11): the severity follows the harm, not the likeness.

The house rule: resemblance alone is never high; deception alone (a copied name, logo or bio
that asks for nothing) is medium; harm (a request for money or data, on the page or on the
lookalike site its link leads to) is high. Each pair is one impostor with and without the
one piece of evidence a severity rule reads.
"""

from __future__ import annotations

from matching.classify import classify
from matching.models import Finding, FindingClass, LinkedPage, ProfileObservation, Severity
from tests.builders import (
    NOW,
    QUILLMARK_LOGO,
    QUILLMARK_MARKETING,
    profile,
    quillmark_facebook,
    quillmark_instagram,
    quillmark_inventory,
    with_fields,
)

INV = quillmark_inventory(("instagram", "facebook", "x"), accounts=QUILLMARK_MARKETING)
OFFICIAL = (quillmark_instagram(), quillmark_facebook())


def finding(o: ProfileObservation, pages: tuple[LinkedPage, ...] = ()) -> Finding:
    findings = classify(INV, [*OFFICIAL, o], pages, now=NOW)
    return next(f for f in findings if f.key == o.key)


# ---------------------------------------------------- a copy that links a lookalike site

RECALL = "https://quillmark-rueckruf.com/"
#: a young copy of the brand's page in its logo, presenting a recall; it asks for nothing
#: in its own words: the link is what it is for
COPY = profile("instagram", "quillmark.rueckruf", display_name="Quillmark Papier",
               bio="Rückruf Füllhalter-Serie K. Betroffene erhalten eine Entschädigung.",
               avatar_phash=QUILLMARK_LOGO, posts=4, followers=60,
               created_at="2026-10-01", last_active_at="2026-11-15")


def recall_site(title: str) -> LinkedPage:
    return LinkedPage(RECALL, "instagram", "quillmark.rueckruf", final_url=RECALL,
                      http_status=200, title=title)


def test_a_copy_whose_link_leads_to_a_lookalike_site_that_asks_nothing_read_is_medium() -> None:
    """The page poses and links a site on a lookalike domain whose page, as the crawl read
    it, asks for nothing (a title only): deception, medium, as a quiet lookalike page in
    test_decision_mutations; the lookalike page is named in the evidence. Only what that page
    asks (card, SMS code, login) makes it high."""
    f = finding(with_fields(COPY, external_links=(RECALL,)),
                (recall_site("Rückruf Füllhalter-Serie K – Entschädigung beantragen"),))
    assert (f.cls, f.severity) == (FindingClass.IMPOSTOR, Severity.MEDIUM), f
    assert "lookalike_page" in {e.signal for e in f.evidence}


def test_the_same_copy_without_the_link_is_medium() -> None:
    """The same young copy in the logo, without the link, deceives and asks for nothing:
    medium."""
    f = finding(COPY)
    assert (f.cls, f.severity) == (FindingClass.IMPOSTOR, Severity.MEDIUM), f


def test_a_lookalike_domain_only_written_in_an_address_is_no_phishing_link() -> None:
    """A contact address whose name part reads as a lookalike domain ("quillmark.papier@
    gmail.com") leads nowhere: no site collects anything, the copy stays medium."""
    f = finding(with_fields(COPY, bio="Offizieller Account der Quillmark Papier GmbH. "
                                      "Anfragen: quillmark.papier@gmail.com"))
    assert f.cls == FindingClass.IMPOSTOR and f.severity == Severity.MEDIUM, f


# ------------------------------------------------ an X shell whose handle claims a desk's role

def shell(handle: str) -> ProfileObservation:
    """An X account found by probing: its page is a JavaScript shell, the handle is all."""
    return profile("x", handle)


def test_a_blank_help_desk_handle_is_a_medium_impostor() -> None:
    """``quillmark_help``: the handle presents it as the company's help desk, which the
    company neither declares nor links: a claim of a role, as a desk that asks nothing
    (medium), not a likeness (low); and never high, the page asks for nothing a crawler
    reads."""
    f = finding(shell("quillmark_help"))
    assert (f.cls, f.severity) == (FindingClass.IMPOSTOR, Severity.MEDIUM), f


def test_a_blank_handle_without_the_desks_word_is_no_impostor() -> None:
    """The same shell under the brand's name and a word that claims no role is only a taken
    handle: check by hand, no severity."""
    f = finding(shell("quillmark_notes"))
    assert f.cls != FindingClass.IMPOSTOR and f.severity is None, f


def test_a_blank_copy_of_a_declared_handle_is_a_medium_impostor() -> None:
    """``quillmark.papier`` on Facebook beside the declared ``quillmarkpapier``: the closest
    copy of the company's account a handle can be, as a copied logo or bio is: medium."""
    f = finding(profile("facebook", "quillmark.papier"))
    assert (f.cls, f.severity) == (FindingClass.IMPOSTOR, Severity.MEDIUM), f
