"""The class of a profile, decided by one ordered table a reviewer can read.

Signals first (:mod:`matching.profile_signals`), then :data:`RULES`, top to bottom: the first
rule whose condition holds gives the class, the severity and the reason printed first in the
finding. In words:

1. **Declared** accounts: gone -> ``missing``; could not be checked -> ``unverified``; found
   but saying it moved to another account (Mastodon's move) -> ``missing``, as a renamed
   account (the account it moved to is the company's own: ``classify.moved_accounts``); dormant
   or outside the strategy (a second account of the brand on the platform, too, when it is
   either) -> ``redundant``; else ``official`` (the company keeps both of two active declared
   accounts up: each has its audience).
2. **Allowed** in the inventory -> ``unrelated``.
3. **Walled** (login wall, bot block): ``impostor`` when what others show of it (its search
   result, pages linking to it) gives two independent signs of a scam, every such Evidence
   marked "secondary: ...". The kinds of sign: a request in its search result for money up
   front (a deposit, a transfer or a fee next to an amount, a sum beside the return
   promised for it), a login ("account blocked? recover it") or card, bank or identity data
   (such a request weighs as two); other scam wording there (a return promised: guaranteed,
   or a yearly yield with its rate); a lookalike domain that links it or that its result
   names (lure words towards, or on a page linked from, a lookalike are one more; so is a
   result that sends its readers to the very lookalike that links it, and a linking
   lookalike whose page asks for money or data); a result under the
   brand's full name that sends its readers to someone else's site (not official, not named
   as the page is); a lure word in its handle; a name or handle claiming to be official
   that nothing official links; a drawn-in badge; signs that need no dictionary: a payment
   service by its own name beside a DM or a sum, a deposit as a share of the price, a job
   offered for a sum the applicant pays (training, the form, a visa: the recruitment-fee
   scam; all three weigh as two), a prize (an iPhone, a gift emoji); a page of neither the
   company nor a lookalike that links it and warns of a scam (an NGO's alert, a news report
   of victims); a handle one letter off the company's declared handle on that platform (a
   typosquat, beside such a warning, which may name the real page too). The official
   site's link to a page whose search result makes applicants pay is no proof it is the
   company's (sites name impostors to warn about them).
   A lookalike site asks for money when it names the number to pay to (an account's or a
   wallet's, seven figures or more) beside a word that takes money, in any language ("حوّل
   تبرعك إلى حساب ... 0012-445-778": a donation appeal to a private account). **No search
   result is needed**: a walled page under the brand's name that a lookalike site asking for
   money or data links as its own channel is that scam's page (two signs: the lookalike's
   link and its request; a lure or claim in the handle is a third), ``impostor``; a page a
   lookalike links that asks nothing stays ``unverified`` (one sign). Earlier labels
   contradict each other on this shape (some expect ``unverified`` for want of a snippet);
   the issue's rule (walled pages with lookalike evidence of a scam are impostors, the
   evidence secondary) decides it.
   Severity ``high`` when the evidence asks for money or data (its search result, or the
   lookalike page that links it, as the crawl read that page, or the warning that links it
   says it asked for a payment), else ``medium``. Such signs
   around a page that names the brand only by a word others share (a one-word alias) leave
   it ``unverified``, "check by hand", unless it is the same scam's page elsewhere (below).
   A walled page the official site links (or whose handle is an official domain, or whose
   search result bears only the company's traces: only an official link, a pointer to a
   declared account or an old / automatic account's words, evidence ``own_traces`` marked
   "secondary: ..."), with no such sign, is the company's own: ``redundant`` or
   ``official_unlisted`` as in 4. Else ``unverified``; its reason says what points one way
   (:func:`_walled_reason`): one sign of a scam only (a candidate: the handle's lure word or
   "official" alone, a lookalike's link that asks nothing), or a person's or a fan's page by
   what others show of it ("Barista at <brand>", "fan page"): no takedown on that. The page
   itself was not read, and the harness expects ``unverified`` of every such page.
4. **The company's own** (linked from the official site, a verified or only-official link
   with the logo, a self-described company channel, or a page left behind years ago: the
   logo, or the brand's own name with an official link, on a page opened years before it
   fell silent over a year ago (where the platform shows no opening date: silent for
   years; where it shows no post dates, as Facebook: opened over five years ago), linking
   nowhere, to an official domain or to a lapsed one that no longer answers, asking nothing
   and using no scam word the company does not use itself; "official" or a painted tick is
   no harm there; or, where only a domain handle proves an account (Bluesky), a name the
   company reserved and left: its own word that it is a backup or reserve account, a link to
   nothing but an official domain, silent over a year) and nothing a fraudster would gain ->
   ``redundant`` when it duplicates, sleeps or sits outside the strategy, else
   ``official_unlisted``. It duplicates the brand's declared account of the platform for
   the department its words name (a branch's page belongs to the branch department the
   inventory names, "Sucursales Occidente"; a handle naming a purpose of its own, careers,
   outages or a country its name says too, ``brand-careers``, ``brandqurbaanuk`` "UK &
   Europe", doubles no declared account whose handle names none); a page left behind years
   ago duplicates the
   brand's declared account there whatever purpose its old words name. Own channels are
   never impostors. A **group** (a Facebook group, ``groups/<name>``, or a page whose
   category says "group") is its members': the company's own only when the company declares
   it, its site links it or it proves the official domain, never by its logo, its age, its
   words or its search result; a group in the logo asking nothing is a candidate (11).
4b. **Blank** (found, but the page shows nothing of its own: a JavaScript shell reached only
   through pages that link to it): as behind a wall, ``impostor`` on two independent
   secondary signs of a scam; a handle that is the brand's name plus a help desk's word
   (``brand_help``, ``brandclienti``), or the company's full name plus a country code
   (``companyname_hu``), or a declared handle of the platform with other separators
   (``HNKBura`` beside ``HNK_Bura``; not once that declared account is gone: it copies no
   page any more), and nothing else -> ``impostor``, medium (the handle is all the page
   says, and it says "the company's help desk" or "the company's account": a claim of a
   role or a copy of the account, not a likeness, as 10c's desk that asks nothing and 11's
   copy; the tuning labels call every such X shell medium, or high where its unread bio
   asks, never low; still a candidate to check by hand); the brand's name plus
   a fan's word (``brand.parodie``) -> ``fan``; else ``unverified`` ("handle taken: check by
   hand").
5. **Impostor**: about us *and* evidence of deception or harm (scam wording, lookalike or
   refused links, look-alike letters, a painted-on badge, a young account in the logo). A
   fan declaration excuses scam wording, not a lookalike site. Soft words and an order
   channel ("book on WhatsApp") on a page named as someone else (a person, another
   business) that poses as nothing of ours are its trade's, no harm. Severity ``high`` when
   it solicits victims (scam wording beside the pose) or asks for money or data (a pay
   word beside a wallet or a sum, where to pay: a wallet by its name, an IBAN, a bank
   account by its number), or the page its link leads to asks it (``LinkedPage.text``: a
   card number and an SMS code), else ``medium`` (a lookalike site whose page asks nothing
   the crawl read stays medium); never ``high`` for a page that links the
   official site, says only soft words ("DM us") and asks for nothing; ``high`` for a help
   desk (below) that asks the customer's details in a private message, ``medium`` for a
   help desk that only invites ("DM us", "escríbenos por privado") and asks for nothing:
   real desks say the same.
5b. **A help desk known by its search result** (its own page shows a crawler nothing): named
   as the brand's help desk (``brand_support``, "<Brand> Servicio al Cliente") and sending
   customers to a private message ("DM us", "Escribinos por mensaje directo", "в личку"), the
   company neither declaring nor linking it -> ``impostor``, its reason secondary: the
   fake-support scam. ``high`` when it asks their details there (a booking or transaction
   number, the full name, a phone, tax or ID number), else ``medium``. The company's own
   desk is declared or linked (own, above); a warning ("we never ask ... by DM") is no ask.
6. **Fan**: openly unofficial wording about us (a reviewer's "nobody sponsors me" too);
   not the fans of a namesake: a team, a band or a series beside the brand's word ("fan
   page of the <Word>s cricket team") that the company never names itself by. A
   customer's own story of the brand, its name right after ("Mi tratamiento con <Brand>",
   "Mis noches en <Brand>", "мой отдых в <Brand>"), on a page that poses as nothing, asks
   for nothing and names no role at the company, is a fan's too, "cuenta personal" or not.
   So is a group that names the brand and calls its members a community, a club, owners,
   users, lovers or fans ("<Brand> Community", "Gemeinschaft", "comunidad", "topluluğu",
   "сообщество", "مجتمع") or treats the brand as its reader's ("your <Brand>"): the
   customers' community, in the logo or not; not a place's or a market's group using the
   word (a village, buy and sell: a namesake), nor one asking for money or data (an
   impostor as any page), nor one claiming to be official that names no members ("your
   <Brand>" only); a group that names its members ("<Brand> Owners Club (Official)",
   "Official community of <Brand> owners") calls the members' club official, it does not
   pose as the company. "Official" said to deny it is no claim, in
   any language ("Pas la page officielle de <Brand>", "Bukan kumpulan rasmi syarikat",
   "(la ofisiál)", "Tsy pejy ofisialy"): customers' and resellers' groups say so.
7. **Personal** accounts (an employee's "opinions my own" or role at the company, "Asesora
   comercial en <Brand>", also in the company's logo; a person's name) -> ``unrelated``.
8. **Existence only**: the site proved the handle exists and showed nothing else ->
   ``unverified``, "handle taken: check by hand". Existence is not impersonation.
9. **Not about us** -> ``unrelated`` (a namesake).
10. **Same name, a life of its own**: poses by the name alone, on a page read directly
    with a description of its own and no claim to be the company's -> ``unrelated``. The
    brand's name of several words counts too when an article stands before it and nothing
    else ("The Breck Box": a title, not how a company names itself) and the bio tells of a
    subject the company's bios never write of; a
    domain named as its own handle (``breckbox.dev`` of the GitHub user ``breckbox``) is
    then its own, no lookalike. So does the brand's name beside a word of its own that the
    bio says again ("<Name> Band": "rock band"; no shop's, desk's or department's word), even
    when its short bio is partly like an official one (under 80 %: the brand's name and a
    country they share): a page that says twice what it is. A person whose surname is the
    brand's word ("Dr. Anna <Brand>") linking her practice, a practice's word beside that
    surname (``praxis-<brand>.de``, ``<brand>law.com``), is a namesake too: no lookalike.
    So is a page that says whose official page it is, when that is a band's, a team's or a
    podcast's ("Official channel of the Faroese metal band <NAME>", "the band's official
    channel"; a kind the company's names and bios never use): its "official" is that
    namesake's, no claim to be the company, unless the company's logo or links are there.
10b. **A reseller**: poses with the name or logo but names itself a seller of the brand's
    goods (distributor, dealer, wholesaler, "yetkili bayi", "موزع معتمد", "revenda", a
    licensed agent) and shows no harm (a tick beside "official agent" certifies its agency,
    no badge; its own site named for its place, ``brand-altona.de`` of "Franchisenehmer ...
    Altona", asking nothing, is a partner's, no lookalike; "we are not an authorized dealer"
    denies a licence, it claims none) -> ``unrelated`` (a trade of its own: allow it, or ask
    about it). Not a page
    named as the company's own page for a market the company keeps a declared account for
    ("<Brand> Brasil" beside the declared ``brand.brasil``): its bio's "official
    distributor" is a claim.
10c. **Poses, and more than resemblance** (name, logo or bio, and none of the harm of 5
    read from its wording): what is read of the page asks for money or data by the rules that
    read walled pages' search results (a fee or prepayment with its sum, a wallet, an IBAN or
    account to pay, a card, an ID, a login) -> ``impostor``, high; it presents itself as the
    company's help desk ("<Brand> Customer Care", "Kundservice", "خدمة العملاء"; about us by
    its name or its bio naming the brand's full name, where its name alone would not pose),
    undeclared and unlinked, and asks nothing -> ``impostor``, medium (a claim of a role,
    not a likeness: the fake-support scam's first step; as 5's help desk that only invites).
    Likewise its handle and name present it as the company's account for a country ("<Brand>
    Kenya" on ``BrandKE``, "<Brand> EU"; not a company form, a DJ or a club's "IL"), on a
    platform where the brand's declared handles mark no country, nothing of the company's
    vouching for it -> ``impostor``, medium; an own regional account the site links is own
    (4), and a regional page that names its distributor ("Vertrieb in DE durch ...") a
    reseller (10b). A page named the brand's wholesale, export or distribution desk ("<Brand>
    Wholesale", "<Brand> Distributors Uganda") is no reseller: it poses as the brand's trade.
11. **Resemblance only** (poses with name, logo or bio, no harm) -> ``impostor``, never
    high: medium when it wears the company's logo (the picture its declared accounts share,
    not one only one of them shows) or copies an official bio, a likeness made on purpose
    that deceives though it asks nothing yet; low when only its name resembles, a candidate
    to check. A copy of the name, logo and bio that asks nothing and claims no role stays
    here, however young or exact the copy (a platform that shows no opening date shows no
    young account).
12. Everything else -> ``unrelated``: a namesake that resembles the name but poses as nothing.

After the table, one profile's class may follow from another's
(:func:`matching.classify.scam_contacts`): an account an impostor that asks for victims names
as its contact ("write to @brand_hr_anna", same platform), presenting itself as the brand's
and nobody's own, is the scam's staff persona: ``impostor``, as severe as the scam.
A walled page left to check by hand for signs of a scam under a common word, whose handle is
that of an impostor read on another platform (:func:`matching.classify.scam_twins`: a Threads
profile is its Instagram account; a scam keeps its name across platforms), is that scam's
page there: ``impostor``, as severe as its twin.
A walled Threads page of the very handle of an Instagram impostor, that a page outside the
company links, is that impostor (a Threads profile is the Instagram account of its name);
found only by guessing its handle, it stays ``unverified``.
A walled Threads page the table left plainly "walled" (nothing around it but resemblance: no
sign of a scam, a fan or a person), whose handle is exactly, case aside, that of an Instagram
account of the company's (declared and not found gone, or read as its own here), is the
company's own Threads profile (:func:`matching.classify.own_twins`: a Threads profile made
with an Instagram account carries its username): ``redundant`` when Threads is outside the
brand's strategy or a declared Threads account of the brand's same department is there, else
``official_unlisted``; its activity behind the wall is unknown, and the finding says so and
names the Instagram account. Never for a handle that only resembles one, nor beside an
Instagram impostor, fan or stranger.

Pure and total: every :class:`Signals` meets exactly one first rule (the last always holds).
Weights and thresholds live in :class:`~matching.config.MatchConfig`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matching.config import MatchConfig
from matching.models import Evidence, FindingClass, ProbeState, Severity

__all__ = ["RULES", "WALLED_COMMON_WORD", "WALLED_HANDLE_SIGN", "Decision", "Rule", "Signals",
           "common_word_signs", "decide"]

#: the rule of a walled page with signs of a scam that names the brand only by a common word
WALLED_COMMON_WORD = "walled, signs of a scam under a common word"
#: the rule name of the candidates that only resemble the brand (``Evidence.value``)
RESEMBLANCE_ONLY = "resemblance only"
#: the rule name of the candidates that copy the logo or an official bio and ask nothing
A_COPY = "a copy, asks nothing"
#: the reason of that rule around its signs: :func:`matching.classify.scam_twins` reads the
#: signs back from between these two, so both sides use these constants
COMMON_WORD_OPEN = "check by hand: what others show of it has signs of a scam ("
COMMON_WORD_CLOSE = "), but it names the brand only by a word others share"


def common_word_signs(reason: str) -> str:
    """The signs a ``WALLED_COMMON_WORD`` reason lists (the text between its two constants)."""
    return reason[len(COMMON_WORD_OPEN):reason.rfind(COMMON_WORD_CLOSE)]



@dataclass(frozen=True)
class Signals:
    """What the signals say about one profile: the decision table's only input."""

    state: ProbeState = ProbeState.FOUND
    declared: bool = False
    #: the account a found declared account says it moved to (Mastodon's ``moved``): its
    #: owner left it, as a renamed account is left
    moved_to: str | None = None
    #: why a (declared or own) account should be retired: duplicate, dormant, off-strategy
    redundancy: tuple[Evidence, ...] = ()
    allowed: Evidence | None = None
    walled: bool = False  # the profile's page could not be read
    #: found, but its own page showed nothing (a JavaScript shell) and no search result
    #: spoke for it: only pages linking to it say anything, and that is secondary evidence
    blank: bool = False
    existence_only: bool = False  # found, and nothing else shown
    #: the word a handle adds to the brand's name, when that is all it adds: a help desk's
    #: (``brand_help``) or a fan's (``brand.parodie``)
    handle_lure: str | None = None
    handle_fan: str | None = None
    #: the declared handle of the platform this one spells with other separators or case
    #: (``HNKBura`` beside ``HNK_Bura``)
    handle_twin: str | None = None
    relevance: float = 0.0  # 0..1: is it about us?
    about_us: bool = False  # relevance over the cut-off, and a brand it is about
    near_us: bool = False  # some tie to us (name, mention, logo): for fan pages
    poses: bool = False  # name, logo or bio presented as the brand's
    #: wears the company's logo (its mark: :func:`matching.index.not_marks`) or copies an
    #: official account's bio: a likeness made on purpose, which deceives
    copies: bool = False
    #: poses by the name alone, on a page with a life of its own (its own bio, no logo, no
    #: claim to be the company's): a namesake, not a candidate
    name_only: bool = False
    own: Evidence | None = None  # the strongest proof that it is the company's
    harm: tuple[Evidence, ...] = ()  # deception or harm
    strong_harm: bool = False  # harm that no fan word or company link excuses
    secondary_harm: tuple[str, ...] = ()  # signs of a scam read around a walled page
    #: what is read of the page, or of the lookalike page that links it, asks for money or
    #: data (a deposit, card or login details): the severity of the scam it belongs to
    secondary_asks: bool = False
    #: (desk word, private channel, detail asked): a JavaScript shell known by its search
    #: result only, presented as the brand's help desk, that takes customers into private
    #: messages (:func:`matching.profile_signals.searched_help_desk`)
    searched_desk: tuple[str, str, str | None] | None = None
    #: presents itself as the brand's help desk and asks nothing: no details, money or data
    soft_desk: bool = False
    #: such a help desk (``soft_desk``) under no other name than the brand's and a desk's
    #: ("Quillmark Kundservice", not "Quillmark Bertolini" on ``quillmarkhelp``)
    desk_persona: bool = False
    #: the page says in words that it is a help desk (a desk's name, "customer service",
    #: "Kundservice", or an invitation to write in private), not only by a word of its handle
    desk_said: bool = False
    #: presents itself as the brand's help desk and sends people to a lookalike domain (a
    #: "refund" or "login" site): the fake desk's phishing
    desk_lookalike: bool = False
    fan: Evidence | None = None
    personal: Evidence | None = None
    scam: bool = False
    #: scam wording beyond the soft words honest channels use too ("DM us", "free")
    hard_scam: bool = False
    pose_score: float = 0.0
    harm_score: float = 0.0
    identity: float = 0.0
    official_link: bool = False  # links an official domain (for the reason's wording)
    #: known by its search result only, which bears only the company's traces (its name,
    #: official links): :func:`matching.profile_signals.searched_own_traces`
    searched_own_traces: bool = False
    #: the words by which a page says whose official page it is, when that is a namesake's
    #: ("official channel of the ... band <Name>":
    #: :func:`matching.profile_signals.official_of_another`)
    official_of: str | None = None
    #: the words by which a posing page names itself a seller of the brand's goods
    #: ("Authorized Distributor", "bayi"): a trade of its own, not the company
    reseller: str | None = None
    #: the country by which its handle and name present it as the brand's account for that
    #: market, which the brand's declared handles on the platform never mark
    #: (:func:`matching.profile_signals.national_name`)
    national: str | None = None


@dataclass(frozen=True)
class Decision:
    cls: FindingClass
    severity: Severity | None
    rule: str
    reason: str | None = None  # printed first in the finding when set


def _impostor_severity(s: Signals, c: MatchConfig) -> Severity:
    """High: poses as the brand *and* solicits victims on the profile itself (scam wording),
    or what is read of it or of the lookalike page that links it asks for money, card, login
    or identity data (the scam it belongs to asks). Medium: any other evidence of deception
    or harm, and a page that sends people to the company's own site whose only scam words
    are the soft ones ("DM us", "free") and that asks for nothing: it has not yet shown the
    harm a takedown races against. A help desk that asks the customer's details in a
    private message, or sends them to a lookalike site, is high (it asks for data, or its
    site does); one that only invites ("DM us") and asks for
    nothing is medium, as a real desk says the same."""
    if s.secondary_asks or s.desk_lookalike or (
            s.searched_desk is not None and s.searched_desk[2]):
        return Severity.HIGH
    if s.soft_desk:
        return Severity.MEDIUM
    if s.official_link and not (s.hard_scam or s.strong_harm):
        return Severity.MEDIUM
    if s.pose_score > 0 and s.scam and s.harm_score >= c.severity_high:
        return Severity.HIGH
    return Severity.MEDIUM


def _secondary_severity(s: Signals, c: MatchConfig) -> Severity:
    """High when what others show of a walled page asks for money, card, login or identity
    data (a deposit, a transfer, "recover your blocked account"), in its search result or on
    the lookalike page that links it; medium otherwise."""
    return Severity.HIGH if s.secondary_asks else Severity.MEDIUM


#: own-account proofs that stand without reading the page: the official site links it, its
#: handle is a domain the company holds, or its search result bears only the company's traces
#: (links only the official domain and points at a declared account or calls itself an old,
#: archived or automatic one: secondary evidence, which counts for own as for scams)
_WALLED_OWN_PROOFS = frozenset({"official_site_link", "domain_handle", "own_traces"})


def _walled_own(s: Signals) -> bool:
    """A walled page whose ownership is proven off the page (the official site links it, or
    its handle is an official domain), with no secondary sign of a scam."""
    return (s.own is not None and str(s.own.signal) in _WALLED_OWN_PROOFS
            and not s.secondary_harm)


#: how a walled page's reason begins when its one sign of a scam is in its handle alone: the
#: handle is the page's, so :func:`matching.classify.own_twins` still reads it as plainly walled
WALLED_HANDLE_SIGN = "check by hand: the page itself could not be read, and its handle alone"


def _walled_reason(s: Signals) -> str | None:
    """Why a walled page stays ``unverified`` when something around it points one way: one
    sign of a scam only (a lure word in its handle, a lookalike's link that asks nothing, a
    search result's scam word): a candidate, never a confident class; or a person's or a
    fan's page by what others show of it (its search result, the URL's shape): no takedown
    on that, though the page itself is unread. Nothing to say (resemblance only): None."""
    if len(s.secondary_harm) == 1:
        sign = s.secondary_harm[0]
        if sign.startswith("its handle"):
            return (f"{WALLED_HANDLE_SIGN} looks like a scam's ({sign}): one sign, a candidate "
                    "to check, not enough to call it an impostor")
        return ("check by hand: the page itself could not be read, and what others show of it "
                f"has one sign of a scam only ({sign}): a candidate, not enough to call it an "
                "impostor")
    if s.secondary_harm:
        return None
    if s.personal is not None:
        return ("check by hand: the page itself could not be read; what others show of it "
                f"(secondary) reads as a person's own account ({s.personal.detail}), with no "
                "sign of a scam: not the company posing, no takedown on this")
    if s.fan is not None and s.near_us:
        return ("check by hand: the page itself could not be read; what others show of it "
                f"(secondary) reads as a fan's or community page ({s.fan.detail}), with no "
                "sign of a scam: not the company posing, no takedown on this")
    return None


def _namesake(s: Signals) -> str:
    """The reason of a namesake, true to the evidence: a profile that links an official domain
    is not said to show "no official link" (that link alone, with nothing else of the
    company, proves nothing: anyone may link a company's site)."""
    if s.official_link:
        return ("a namesake: the name resembles the brand and it links the official domain, "
                "but it shows nothing else of the company (no logo, copied bio, claim to be "
                "the company's, or scam wording): anyone may link a company's site")
    if s.scam:
        return ("a namesake: the name resembles the brand, but the profile names itself as "
                "someone else and shows nothing of the company (no logo, copied bio, official "
                "or lookalike link); its words of trade (a gift, 'book on WhatsApp') ask for "
                "no money or data")
    return ("a namesake: the name resembles the brand, but the profile shows nothing of the "
            "company (no logo, copied bio, official or lookalike link, or scam wording)")


def _life_of_its_own(s: Signals) -> str:
    """The reason of a namesake with a page of its own; one whose "official" is a band's, a
    team's or a podcast's says whose."""
    if s.official_of:
        return (f"a namesake: it shares the brand's name, and its page says whose official "
                f"page it is ('{s.official_of}'): someone else's, not the company's; nothing "
                "of the company is there (no logo, copied bio, official or lookalike link, or "
                "scam wording)")
    return ("a namesake: it shares the brand's name, but its page shows a description of its "
            "own and nothing of the company (no logo, copied bio, official or lookalike link, "
            "claim to be official, or scam wording)")


def _searched_desk(s: Signals) -> str | None:
    """The reason of a help desk known by its search result: what it presents itself as,
    where it sends the customers and what it asks for there, all read off the search result."""
    if s.searched_desk is None:
        return None
    desk, channel, detail = s.searched_desk
    asks = (f" for their details ('{detail}')" if detail else "")
    return ("secondary: the page itself shows a crawler nothing; its search result presents it "
            f"as the company's help desk ('{desk}') and sends customers to a private message "
            f"('{channel}'){asks}, though the company neither declares nor links it: the "
            "fake help desk's scam")


@dataclass(frozen=True)
class Rule:
    """One row: ``name`` (shown to maintainers), ``when`` it applies, what it decides."""

    name: str
    when: Callable[[Signals, MatchConfig], bool]
    cls: FindingClass
    severity: Callable[[Signals, MatchConfig], Severity | None] = lambda s, c: None
    reason: Callable[[Signals], str | None] = lambda s: None


C = FindingClass

#: the decision table, in order: the first rule that holds decides
RULES: tuple[Rule, ...] = (
    # -- declared in the inventory
    Rule("declared, gone", lambda s, c: s.declared and s.state == ProbeState.NOT_FOUND,
         C.MISSING),
    Rule("declared, not checked", lambda s, c: s.declared and s.state != ProbeState.FOUND,
         C.UNVERIFIED),
    Rule("declared, moved", lambda s, c: s.declared and bool(s.moved_to), C.MISSING,
         reason=lambda s: f"the account says it moved to {s.moved_to}: the company left it "
                          "(the inventory should name the new account)"),
    Rule("declared, to retire", lambda s, c: s.declared and bool(s.redundancy), C.REDUNDANT),
    Rule("declared", lambda s, c: s.declared, C.OFFICIAL),
    # -- the reviewer's word in the inventory
    Rule("allowed", lambda s, c: s.allowed is not None, C.UNRELATED),
    # -- the page could not be read: secondary evidence or nothing
    Rule("walled, secondary evidence of a scam",
         lambda s, c: s.walled and s.about_us and s.own is None and len(s.secondary_harm) >= 2,
         C.IMPOSTOR, severity=_secondary_severity,
         reason=lambda s: "secondary: the page itself could not be read; "
         + "; ".join(s.secondary_harm)),
    # signs of a scam around a page that names the brand only by a word others share: the
    # reviewer's to check (or the same scam's page elsewhere: matching.classify.scam_twins)
    Rule(WALLED_COMMON_WORD,
         lambda s, c: s.walled and s.own is None and not s.about_us and s.identity > 0
         and len(s.secondary_harm) >= 2,
         C.UNVERIFIED,
         reason=lambda s: COMMON_WORD_OPEN + "; ".join(s.secondary_harm) + COMMON_WORD_CLOSE),
    # the company's own link is read on the company's site, not on the walled page
    Rule("walled, linked by the company, to retire",
         lambda s, c: s.walled and _walled_own(s) and bool(s.redundancy), C.REDUNDANT),
    Rule("walled, linked by the company", lambda s, c: s.walled and _walled_own(s),
         C.OFFICIAL_UNLISTED),
    Rule("walled", lambda s, c: s.walled, C.UNVERIFIED, reason=lambda s: _walled_reason(s)),
    # -- the company's own (never an impostor)
    Rule("own, to retire", lambda s, c: s.own is not None and bool(s.redundancy), C.REDUNDANT),
    Rule("own, not listed", lambda s, c: s.own is not None, C.OFFICIAL_UNLISTED),
    # -- found, but its page shows nothing: what links to it is secondary, as behind a wall
    Rule("blank, secondary evidence of a scam",
         lambda s, c: s.blank and s.about_us and len(s.secondary_harm) >= 2,
         C.IMPOSTOR, severity=lambda s, c: Severity.MEDIUM,
         reason=lambda s: "secondary: the page itself shows nothing to read; "
         + "; ".join(s.secondary_harm)),
    Rule("blank, a help desk's handle",
         lambda s, c: s.blank and s.own is None and s.handle_lure is not None,
         C.IMPOSTOR, severity=lambda s, c: Severity.MEDIUM,
         reason=lambda s: f"its handle presents it as the company's help desk or national "
         f"account (the brand's name and '{s.handle_lure}'), the company neither declares nor "
         "links it, and its page shows a crawler nothing else: a candidate to check by hand"),
    Rule("blank, a declared handle's twin",
         lambda s, c: s.blank and s.own is None and s.handle_twin is not None,
         C.IMPOSTOR, severity=lambda s, c: Severity.MEDIUM,
         reason=lambda s: f"its handle is the company's declared @{s.handle_twin} with other "
         "separators, the closest copy of that account a handle can be; the company neither "
         "declares nor links it, and its page shows a crawler nothing else: a candidate to "
         "check by hand"),
    Rule("blank, a fan's handle", lambda s, c: s.blank and s.handle_fan is not None, C.FAN,
         reason=lambda s: f"its handle says it is a fan or parody account (the brand's name "
         f"and '{s.handle_fan}'); its page shows a crawler nothing else"),
    Rule("blank", lambda s, c: s.blank, C.UNVERIFIED,
         reason=lambda s: "handle taken: check by hand (the page shows nothing of its own; "
         "what links to it is not enough to call it an impostor)"),
    # -- deception or harm
    Rule("impostor: deception or harm",
         lambda s, c: s.about_us and bool(s.harm) and (s.fan is None or s.strong_harm),
         C.IMPOSTOR, severity=_impostor_severity),
    # -- known by its search result only, as the brand's help desk that takes customers into
    # private messages: the fake-support scam (the company's own desk is declared or linked)
    Rule("a help desk known by its search result",
         lambda s, c: s.searched_desk is not None and s.own is None and s.fan is None
         and s.personal is None,
         C.IMPOSTOR, severity=lambda s, c: Severity.HIGH if s.searched_desk and (
             s.searched_desk[2] or s.secondary_asks) else Severity.MEDIUM,
         reason=_searched_desk),
    # -- somebody else
    Rule("fan", lambda s, c: s.fan is not None and s.near_us, C.FAN),
    Rule("personal account", lambda s, c: s.personal is not None, C.UNRELATED,
         reason=lambda s: s.personal.detail if s.personal else None),
    Rule("existence only", lambda s, c: s.existence_only, C.UNVERIFIED,
         reason=lambda s: "handle taken: check by hand (the site shows that the handle exists "
         "and nothing else to compare: no name, bio, picture or links)"),
    Rule("not about us", lambda s, c: not s.about_us, C.UNRELATED,
         reason=lambda s: _namesake(s) if s.identity >= 0.8 else None),
    # -- resemblance alone: a low-priority candidate
    Rule("same name, a life of its own", lambda s, c: s.poses and s.name_only, C.UNRELATED,
         reason=_life_of_its_own),
    Rule("a reseller", lambda s, c: s.poses and s.reseller is not None, C.UNRELATED,
         reason=lambda s: f"a reseller: it poses with the brand's name or logo but names itself "
         f"a seller of the brand's goods ('{s.reseller}'), a trade of its own, and shows no "
         "deception or harm: add it to allow if the company deals with it"),
    Rule("known by its search result, the company's traces only",
         lambda s, c: s.poses and s.searched_own_traces, C.UNVERIFIED,
         reason=lambda s: "check by hand: the page shows a crawler nothing; its search result "
         "bears only the company's traces (the brand's name, links to the official domain "
         "only, no request or lure): the company's own account outside its list, or a copy "
         "that has not shown its hand"),
    # -- poses, and shows more than resemblance: what its own page asks, or the role it claims
    Rule("poses, and its page asks for money or data",
         lambda s, c: s.poses and s.secondary_asks and not s.walled, C.IMPOSTOR,
         severity=lambda s, c: Severity.HIGH,
         reason=lambda s: "poses as the brand (name, logo or bio) and what is read of it asks "
         "for money or data (a fee, a prepayment, a wallet or account to pay, a card, an ID, a "
         "code), though the company neither declares nor links it: the scam's request itself"),
    Rule("poses as the company's help desk",
         lambda s, c: (s.poses or (s.about_us and s.desk_said)) and s.desk_persona
         and s.own is None,
         C.IMPOSTOR, severity=lambda s, c: Severity.MEDIUM,
         reason=lambda s: "presents itself as the company's help desk "
         "(customer service, support), which the company neither declares nor links; it asks "
         "for nothing yet: a claim beyond resemblance, the fake-support scam's first step"),
    Rule("poses as the company's account for a country",
         lambda s, c: s.poses and s.national is not None and s.own is None,
         C.IMPOSTOR, severity=lambda s, c: Severity.MEDIUM,
         reason=lambda s: f"presents itself as the company's account for a country (the "
         f"brand's name and '{s.national}' in its handle and name), which the company neither "
         "declares nor links and whose declared accounts on the platform mark no country; it "
         "asks for nothing yet: a claim of a role beyond resemblance"),
    Rule(A_COPY, lambda s, c: s.poses and s.copies, C.IMPOSTOR,
         severity=lambda s, c: Severity.MEDIUM,
         reason=lambda s: "poses as the brand in a copy of its logo or of an official bio, "
         "which the company neither declares nor links, and asks for nothing yet: it deceives, "
         "though it shows no harm"),
    Rule(RESEMBLANCE_ONLY, lambda s, c: s.poses, C.IMPOSTOR,
         severity=lambda s, c: Severity.LOW,
         reason=lambda s: "resembles the brand (name, logo or bio) but shows no deception or "
         "harm: a low-priority candidate to check"),
    Rule("namesake", lambda s, c: True, C.UNRELATED, reason=_namesake),
)


def decide(signals: Signals, config: MatchConfig) -> Decision:
    """The first rule of :data:`RULES` that holds for ``signals``."""
    for rule in RULES:
        if rule.when(signals, config):
            return Decision(rule.cls, rule.severity(signals, config), rule.name,
                            rule.reason(signals))
    raise AssertionError("the last rule always holds")  # pragma: no cover
