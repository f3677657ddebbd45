"""The signals of one undeclared profile, as a registry: name -> function (like dnstwist's fuzzers).

Each registered function reads a :class:`Profile` (the observation, its row of the bulk scores,
the brand index, the pages one hop from it) and returns an :class:`~matching.models.Evidence`
or ``None``. :func:`gather` runs them in registry order, so a signal may read the ones before it
(``bio_copy`` needs to know the brand, which avatar, links and mentions decide); adding a signal
is one function and one line in :data:`SIGNALS`. What the signals found becomes the input of
the decision table (:func:`to_decision_input`, :mod:`matching.decide`).

The wording helpers themselves (``scam_wording``, ``explain_handle`` ...) live in
:mod:`matching.signals`; this module says which apply to a profile and how they combine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property, lru_cache

from matching import signals as sig
from matching import words
from matching.bulk import Bulk
from matching.config import MatchConfig
from matching.decide import Signals
from matching.index import (
    BrandIndex,
    Target,
    domain_handle,
    fast_key,
    handle_text,
    native_mention,
    strong_name,
)
from matching.lazy_re import LazyPattern
from matching.models import (
    Brand,
    Evidence,
    LinkedPage,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Sighting,
    SignalName,
    Via,
)
from matching.normalise import (
    deleet,
    fold,
    fold_text,
    homoglyphs_used,
    peel_affixes,
    plain_key,
    registered_domain,
    scripts_of,
    squash,
    tokens,
)
from matching.snippets import SearchText
from matching.user_words import FamilyPattern, native_hits

__all__ = ["SIGNALS", "Profile", "blank", "gather", "handle_word", "to_decision_input"]

#: the prefix of every Evidence resting on what others show about a profile (a search result,
#: a page linking to it) rather than on the profile's own page
SECONDARY = "secondary: "


@dataclass
class Profile:
    """One undeclared profile and everything its signals may read. ``found`` fills as
    :func:`gather` runs: registry name -> the Evidence that signal returned."""

    o: ProfileObservation  # fields may come from a search result (see ``searched``)
    key: tuple[str, str]
    row: int
    bulk: Bulk
    ix: BrandIndex
    pages: Sequence[LinkedPage]
    config: MatchConfig
    now: str
    searched: SearchText | None = None
    #: the profile's own page could not be read (login wall, bot block, JavaScript shell):
    #: evidence from search results and linking pages is secondary and says so
    walled: bool = False
    found: dict[str, Evidence] = field(default_factory=dict)

    # ------------------------------------------------------------------ reading helpers
    @property
    def fields(self) -> ProfileFields:
        return self.o.fields

    @cached_property
    def derived(self) -> frozenset[str]:
        """Fields read from a search result instead of the profile (``display_name``, ``bio``)."""
        return self.searched.derived if self.searched is not None else frozenset()

    @cached_property
    def origin(self) -> str:
        if self.searched is None:
            return ""
        s = self.searched.sighting
        where = f"a {s.platform} search result" if s.via == Via.PLATFORM_SEARCH else (
            "a web search result")
        return f"{SECONDARY}from {where}" if self.walled else f"from {where}"

    def cite(self, e: Evidence | None, *used: str) -> Evidence | None:
        """``e`` marked as the search engine's text when it rests on a derived field."""
        if e is None or self.derived.isdisjoint(used):
            return e
        return replace(e, detail=f"{self.origin}: {e.detail}")

    def secondary(self, e: Evidence | None) -> Evidence | None:
        """``e`` marked as secondary when the profile's own page could not be read."""
        if e is None or not self.walled or e.detail.startswith(SECONDARY):
            return e
        return replace(e, detail=SECONDARY + e.detail)

    @cached_property
    def h_target(self) -> Target | None:
        i = self.bulk.handle_target[self.row]
        return self.ix.targets[i] if i >= 0 else None

    @cached_property
    def n_target(self) -> Target | None:
        i = self.bulk.name_target[self.row]
        return self.ix.targets[i] if i >= 0 else None

    @cached_property
    def identity(self) -> float:
        return max(self.bulk.handle_score[self.row], self.bulk.name_score[self.row])

    @cached_property
    def id_target(self) -> Target | None:
        h, n = self.bulk.handle_score[self.row], self.bulk.name_score[self.row]
        return self.h_target if h >= n else self.n_target

    @cached_property
    def avatar(self) -> tuple[int, OfficialAccount] | None:
        if self.bulk.avatar_dist[self.row] > self.config.phash_distance:
            return None
        return self.ix.avatar_labels[self.bulk.avatar_idx[self.row]]

    @cached_property
    def links(self) -> list[str]:
        """Link fields, then domains written in the bio ("claim at northwind-rewards.com")."""
        return [*self.fields.external_links, *sig.domains_in_text(self.fields.bio)]

    def _kind(self, url: str) -> tuple[str, str, str]:
        return sig.classify_domain(url, self.ix.official_domains, self.ix.brand_keys,
                                   self.config.lookalike_cutoff)

    @cached_property
    def namesake_sites(self) -> dict[str, Evidence]:
        """Registered domains among the links that only contain the brand's word and whose
        fetched page is another business's own site (:func:`matching.signals.namesake_site`):
        not lookalikes. Only for a profile that neither wears the logo nor uses scam wording
        itself (a trade's own order channel aside, "book via WhatsApp"): an impostor may
        link a harmless-looking page too."""
        f = self.fields
        # the sites that link to it count too: a namesake's own site links its own channel
        # (a brewery's site its Telegram channel, which has no link field to link back)
        linking = [s.source for s in self.o.sightings if s.via == Via.LINKED_PAGE]
        if not (self.links or linking) or _trade_words_beyond(sig.scam_wording(
                f.bio, f.display_name)) or homoglyphs_used(f"{self.o.handle} {self.disguised}"):
            return {}
        partner = self._partner_sites()
        if partner or self.avatar is not None:
            return partner
        names = self.brand_names
        own_name = "display_name" not in self.derived
        out: dict[str, Evidence] = {}
        for url in [*self.links, *linking]:
            kind, dom, why = self._kind(url)
            if kind != "lookalike" or dom in out:
                continue
            read = [pg for pg in self.pages if pg.title and not pg.refused
                    and (pg.http_status or 200) < 400
                    and registered_domain(pg.final_url or pg.url) == dom]
            # a page the crawl read decides (its title may wear the brand's name or lure);
            # an unread one, or one that claims nothing, leaves the name the profile and its
            # domain share
            e = sig.namesake_site(dom, why, read, names) if read else None
            if e is None and own_name and sig.pages_claim_nothing(dom, read, names):
                # its own site named as the profile is, whose read page is titled otherwise
                # ("Domov | ročno pleteni puloverji") but neither names the brand in full
                # nor lures
                e = sig.own_named_site(dom, why, self.o.handle, f.display_name, names) or (
                    self._own_domain_of_another_trade(dom, why))
            if e is not None:
                out[dom] = e
        return out

    def _partner_sites(self) -> dict[str, Evidence]:
        """A franchisee's or a dealer's own site, named for its place: the page names itself
        a seller of the brand's goods ("Loja franqueada <Brand> no Porto", "yetkili bayi,
        İzmir") and links a domain that is the brand's name and that place
        (``brandporto.pt``, ``brand-izmir.com.tr``), the place a word of the page's own name
        or bio, no lure, shop or desk word; the site, where the crawl read it, asks for no
        money or data. A partner runs its own site by licence, as it wears the logo: not a
        lookalike. A fake dealer that asks for a deposit shows it in its words or its site."""
        f = self.fields
        trade = reseller_words(f.display_name) or reseller_words(f.bio)
        if trade is None:
            return {}
        said = set(tokens(f"{f.display_name or ''} {f.bio or ''}"))
        names = sorted({squash(n) for n in self.brand_names}, key=len, reverse=True)
        out: dict[str, Evidence] = {}
        for url in self.links:
            kind, dom, _why = self._kind(url)
            if kind != "lookalike" or dom in out:
                continue
            label = squash(dom.split(".", 1)[0])
            brand = next((n for n in names if len(n) >= 4 and label.startswith(n)), None)
            rest = label[len(brand):] if brand else ""
            if len(rest) < 3 or not rest.isalpha() or rest not in said or rest in _NO_PLACE:
                continue
            read = [pg for pg in self.pages
                    if registered_domain(pg.final_url or pg.url) == dom and not pg.refused]
            if any(sig.scam_wording(pg.title, pg.text) or data_request(pg.text)
                   for pg in read):
                continue
            out[dom] = Evidence(
                SignalName.NAMESAKE, dom,
                f"links to {dom}, the own site of a seller of the brand's goods ('{trade}') "
                f"named for its place ('{rest}', as the page says): a partner's site, not a "
                "lookalike")
        return out

    def _own_domain_of_another_trade(self, dom: str, why: str) -> Evidence | None:
        """A domain whose name is the profile's own handle (``breckbox.dev`` of the GitHub
        user ``breckbox``), linked by a page with no logo whose bio describes a subject of its
        own that the company never writes of (:func:`bio_of_its_own`): the project's or
        person's own domain, which shares the brand's word and imitates nothing of the
        company's. A copy wears the logo or writes of the company's trade."""
        if not why.startswith("contains") or "bio" in self.derived:
            return None
        label = plain_key(dom.split(".", 1)[0])
        if label != plain_key(self.o.handle) or bio_of_its_own(self) is None:
            return None
        return Evidence(
            SignalName.NAMESAKE,
            dom,
            f"links to {dom}, its own domain named as its handle '{self.o.handle}', and its "
            "bio describes a subject of its own, none of the company's: the domain shares the "
            "brand's word and imitates nothing of the company's",
        )

    @cached_property
    def own_scripts(self) -> frozenset[str]:
        """The scripts the inventory writes the brand's names and aliases in (every brand's
        when the profile is about none yet): Cyrillic for "Ақбота Қаржы"."""
        brands = self.ix.inventory.brands
        t = self.id_target
        picked = [brands[t.brand]] if t is not None and self.identity >= 0.8 else brands
        return frozenset().union(*(scripts_of(n) for b in picked for n in b.names))

    @cached_property
    def disguised(self) -> str:
        """The words of the display name that use look-alike letters as a disguise
        (:func:`matching.signals.disguised_words`), against the brand's own scripts."""
        return sig.disguised_words(self.fields.display_name or "", self.ix.brand_keys,
                                   self.own_scripts)

    @cached_property
    def brand_names(self) -> list[str]:
        """Every brand name and alias of the inventory."""
        return [n for b in self.ix.inventory.brands for n in b.names]

    @cached_property
    def suspect_links(self) -> list[str]:
        """:attr:`links` without the namesakes' own sites."""
        cleared = self.namesake_sites
        return [u for u in self.links if registered_domain(u) not in cleared] if cleared else (
            self.links)

    @cached_property
    def suspect_pages(self) -> Sequence[LinkedPage]:
        """:attr:`pages` without the pages of the namesakes' own sites."""
        cleared = self.namesake_sites
        if not cleared:
            return self.pages
        return [pg for pg in self.pages
                if registered_domain(pg.final_url or pg.url) not in cleared]

    @cached_property
    def kinds(self) -> dict[str, str]:
        """'official' / 'lookalike' / 'other' -> the first registered domain of that kind
        (a namesake's own site is 'other')."""
        out: dict[str, str] = {}
        for url in self.links:
            kind, dom, _why = self._kind(url)
            if kind == "lookalike" and dom in self.namesake_sites:
                kind = "other"
            out.setdefault(kind, dom)
        return out

    @cached_property
    def link_field_kinds(self) -> set[str]:
        """The kinds of the profile's link fields only (not domains written in the bio)."""
        out = set()
        for u in self.fields.external_links:
            kind, dom, _why = self._kind(u)
            out.add("other" if kind == "lookalike" and dom in self.namesake_sites else kind)
        return out

    @cached_property
    def affixes(self) -> tuple[str, ...]:
        return peel_affixes(handle_text(self.o))[1]

    @cached_property
    def lure_affixes(self) -> list[str]:
        return [a for a in self.affixes if a in words.LURE_AFFIXES | words.POSE_AFFIXES]

    def has(self, *names: str) -> bool:
        return any(n in self.found for n in names)

    @cached_property
    def lookalike(self) -> bool:
        return "lookalike" in self.kinds or self.has(
            SignalName.LOOKALIKE_PAGE, SignalName.PROMOTED_BY_LOOKALIKE
        )

    @cached_property
    def brand_index(self) -> int | None:
        """Which brand the profile is about: name, then logo, links, mention (read after them)."""
        ix, t = self.ix, self.id_target
        if t is not None and self.identity >= 0.8:
            return t.brand
        if self.avatar is not None:
            return self.avatar[0]
        if "official" in self.kinds and self.kinds["official"] in ix.brand_domains:
            return ix.brand_domains[self.kinds["official"]]
        mention = self.found.get(SignalName.BRAND_MENTION)
        if mention is not None and ix.mention_brand.get(str(mention.value), -1) >= 0:
            return ix.mention_brand[str(mention.value)]
        if t is not None:
            return t.brand
        if len(ix.inventory.brands) == 1 and self.has(
            SignalName.LOOKALIKE_LINK, SignalName.OFFICIAL_LINK, SignalName.LOOKALIKE_PAGE,
            SignalName.PROMOTED_BY_LOOKALIKE, SignalName.BRAND_MENTION,
        ):
            return 0
        return None

    @property
    def brand(self) -> Brand | None:
        b = self.brand_index
        return self.ix.inventory.brands[b] if b is not None else None

    @cached_property
    def blocked(self) -> bool:
        """Worth the slow signals (bio comparison, wording): something ties it to us."""
        return bool(
            self.identity >= self.config.block_floor
            or self.avatar is not None
            or self.has(SignalName.LOOKALIKE_LINK, SignalName.OFFICIAL_LINK,
                        SignalName.LOOKALIKE_PAGE, SignalName.PROMOTED_BY_LOOKALIKE,
                        SignalName.BRAND_MENTION)
        )


SignalFn = Callable[[Profile], Evidence | None]


# ----------------------------------------------------------------------------- resemblance


def _handle_similarity(p: Profile) -> Evidence | None:
    if p.h_target is None:
        return None
    return sig.explain_handle(handle_text(p.o), p.h_target.text,
                              p.bulk.handle_score[p.row])


def _display_name_similarity(p: Profile) -> Evidence | None:
    if p.n_target is None or not p.fields.display_name:
        return None
    e = sig.explain_name(p.fields.display_name, p.n_target.text, p.bulk.name_score[p.row],
                         p.disguised)
    return p.cite(e, "display_name")


def _search_result(p: Profile) -> Evidence | None:
    s = p.searched
    if s is None:
        return None
    shows = " or ".join(n.replace("display_name", "name") for n in sorted(p.derived)[::-1])
    return Evidence(
        SignalName.SEARCH_RESULT,
        s.sighting.url or s.sighting.source,
        f"{p.origin}: {s.source()}; the profile itself shows a crawler no {shows}",
    )


def _avatar_match(p: Profile) -> Evidence | None:
    if p.avatar is None:
        return None
    acc = p.avatar[1]
    crops = p.ix.avatar_crops
    i = p.bulk.avatar_idx[p.row]
    share = crops[i] if 0 <= i < len(crops) else None
    return sig.explain_avatar(int(p.bulk.avatar_dist[p.row]), f"{acc.platform}:{acc.handle}",
                              share)


def _own_link_domains(p: Profile) -> set[str]:
    """Registered domains of the profile's link fields, when some text came from a search."""
    return {registered_domain(u) for u in p.fields.external_links} if p.derived else set()


def _cite_domain(p: Profile, e: Evidence, dom: object) -> Evidence | None:
    """``e``, about the domain ``dom``, cited as the search engine's text when only the
    (derived) bio wrote that domain, not one of the profile's link fields."""
    return p.cite(e, *(() if dom in _own_link_domains(p) else ("bio",)))


def _link_domain(p: Profile) -> Evidence | None:
    if not (p.kinds.keys() - {"other"}):
        return None
    e = sig.external_link_domain(p.suspect_links, p.ix.official_domains, p.ix.brand_keys,
                                 p.config.lookalike_cutoff)
    if e is None:
        return None
    # a domain only the (derived) bio wrote is the search engine's text
    return _cite_domain(p, e, e.value)


def _namesake_site(p: Profile) -> Evidence | None:
    return next(iter(p.namesake_sites.values()), None)


def _also_official_link(p: Profile) -> Evidence | None:
    if SignalName.LOOKALIKE_LINK not in p.found or "official" not in p.kinds:
        return None
    dom = p.kinds["official"]
    e = Evidence(SignalName.OFFICIAL_LINK, dom, f"also links to the official domain {dom}")
    return _cite_domain(p, e, dom)


def _lookalike_page(p: Profile) -> Evidence | None:
    cfg, ix = p.config, p.ix
    e = (sig.lookalike_linked_page(p.suspect_pages, ix.official_domains, ix.brand_keys,
                                   cfg.lookalike_cutoff) if p.pages else None)
    if e is None:
        cleared = p.namesake_sites
        sightings = [s for s in p.o.sightings if registered_domain(s.source) not in cleared
                     ] if cleared else p.o.sightings
        e = sig.linked_from_lookalike_site(sightings, ix.official_domains, ix.brand_keys,
                                           cfg.lookalike_cutoff) or _word_domain_promotes(
                                               p, sightings)
        asked = _promoter_asks(p, e)
        if e is not None and asked:
            e = replace(e, detail=f"{e.detail}; that page asks for what scams ask for "
                                  f"('{asked}')")
    return p.secondary(_with_page_asks(p, e))


def _own_page_asks(p: Profile) -> tuple[LinkedPage, str] | None:
    """The page one hop from the profile's own link (``LinkedPage.text``, read as
    ``Sighting.page_text`` is) and what it asks of its visitors (:func:`page_asks`): card
    data and an SMS code, a login, money up front. On a lookalike domain only, where it
    leads and ends (as :func:`page_asks` is read): never a page of an official domain (the
    company's own login or checkout), a namesake's own site or a shop elsewhere."""
    for pg in p.suspect_pages:
        if not pg.text or any(p._kind(u)[0] != "lookalike"
                              for u in filter(None, (pg.final_url, pg.url))):
            continue
        asked = site_asks(pg.text)
        if asked:
            return pg, asked
    return None


def _with_page_asks(p: Profile, e: Evidence | None) -> Evidence | None:
    """``e`` saying what the page the profile links asks, when that page is the one ``e``
    names (its lookalike page or its link's lookalike domain)."""
    found = _own_page_asks(p) if e is not None and e.signal in (
        SignalName.LOOKALIKE_PAGE, SignalName.LOOKALIKE_LINK) else None
    if e is None or found is None or "asks for what scams ask for" in e.detail:
        return e
    pg, asked = found
    if e.value not in {registered_domain(u) for u in filter(None, (pg.final_url, pg.url))}:
        return e
    return replace(e, detail=f"{e.detail}; the page {pg.final_url or pg.url} asks for what "
                             f"scams ask for ('{asked}')")


def _promoter_asks(p: Profile, e: Evidence | None) -> str | None:
    """What the lookalike page that links a profile asks of its visitors, as the crawl read it
    (``Sighting.page_text``: its title and text, a form's labels): card data, an SMS code, a
    login, money up front ("Kart numarası, CVV ve SMS onay kodunu girin", "350 TL ön ödemeyi
    IBAN'a gönderin"). Not a warning ("we never ask for your PIN")."""
    if e is None or e.signal != SignalName.PROMOTED_BY_LOOKALIKE:
        return None
    for s in p.o.sightings:
        if s.via != Via.LINKED_PAGE or not s.page_text or registered_domain(s.source) != e.value:
            continue
        asked = site_asks(s.page_text)
        if asked:
            return asked
    return None


_PAY_WORDS = LazyPattern(rf"\b({words.PAY_WORDS})\b")
_NATIVE_PAY = LazyPattern("|".join(re.escape(sig.native(w)) for w in words.NATIVE_PAY_WORDS))
_LOGIN_FORM = LazyPattern(rf"\b({words.LOGIN_FORM_WORDS})\b")


def page_asks(text: str | None) -> str | None:
    """What a scam site's page asks of its visitors (its title, text and form labels, read
    whole): card, bank, identity or login data (:func:`data_request`, a password field), money
    up front, or a sum beside a word that takes money ("Betala med kort eller Swish", "Payez 99
    DT", "consigna $80.000 ... por Nequi", "сплатіть 500 грн", "先匯保證金 NT$50,000") or a
    payment service's name. Read on a lookalike site only: a shop's price list elsewhere is no
    request. Not a warning ("we never ask for your PIN")."""
    if not text:
        return None
    asked = data_request(text)
    if asked:
        return asked
    folded = fold_text(text)

    def said(pattern: LazyPattern) -> str | None:
        return next((m.group(0) for m in pattern.finditer(folded)
                     if not sig.negated(folded, m.start(), m.end(), text)), None)

    asked = said(_MONEY_OR_LOGIN) or said(_LOGIN_FORM)
    if asked:
        return asked
    pay = said(_PAY_WORDS)
    wallet = said(_PAYMENT_RE)
    money = _MONEY_RE.search(folded)
    if pay and wallet:
        return f"{pay} ... {wallet}"  # how to pay, and to whom: "Bezahlung per PayPal"
    pay = pay or wallet or next((m.group(0) for m in _NATIVE_PAY.finditer(sig.native(text))),
                                None)
    return f"{pay} ... {money.group(0)}" if pay and money else None


def site_asks(text: str | None) -> str | None:
    """:func:`page_asks` on a lookalike site's page, which also asks when it names the number
    to pay to beside a word that takes money (:func:`_pays_to_a_number`): on a scam's own
    site that is where the money goes; on a profile it may be a hotline beside a service's
    name ("airport transfer, call ...")."""
    return page_asks(text) or (_pays_to_a_number(text) if text else None)


_SENTENCE = re.compile(r"[.!?\n؟。](?=\s|$)")


def _pays_to_a_number(text: str) -> str | None:
    """A word that takes money and, in the same sentence, the number to send it to (an
    account's or a wallet's: seven figures or more), on a scam site's page: "حوّل تبرعك إلى
    حساب مصرف الجمهورية 0012-445-778", "Transfer your deposit to 0012445778". Where to pay
    needs no word of the language beside the one that takes money."""
    for sentence in _SENTENCE.split(text):
        folded = fold_text(sentence)
        number = _NUMBER.search(folded)
        if number is None or sig.negated(folded, number.start(), number.end(), sentence):
            continue
        pay = _pay_word(sentence, folded)
        if pay:
            return f"{pay} ... {number.group(0).strip()}"
    return None


def _bears_brand_name(p: Profile) -> str | None:
    """The brand's full name (or a declared handle) the profile's name or handle carries, at
    0.9 or more: not a one-word alias a restaurant, a hill or a person shares."""
    t = p.id_target
    if t is None or not t.strong or p.identity < 0.9:
        return None
    return t.text


def _word_domain_promotes(p: Profile, sightings: Sequence[Sighting]) -> Evidence | None:
    """A page on a domain made of one of the brand's words and other words
    (``<brand-word>-<anything>.tld``), not an official domain and not a namesake's own site,
    links a profile that bears the brand's full name: the domain borrows the brand to send
    people to an account posing as the company, which is what a lookalike site does. Alone,
    such a domain is no lookalike (a restaurant named after the same hill has one too); the
    name the linked profile bears decides. A fan's domain (``<word>-fans``) is not one."""
    name = _bears_brand_name(p)
    if p.id_target is None or (name is None and not _named_by_its_promoter(p, sightings)):
        return None
    how = (f"a profile named as the brand ('{name}')" if name else
           f"a profile named by the brand's word ('{p.id_target.text}') that the page calls "
           "the brand's by its full name")
    words_ = {k[1:] for k in p.ix.brand_keys if k.startswith("=")}
    words_ |= {k for k in p.ix.brand_keys if not k.startswith("=")}
    words_ |= _core_words(p.ix.inventory.brands[p.id_target.brand].names)
    short = _short_aliases(p.ix.inventory.brands[p.id_target.brand].names)
    for s in sightings:
        if s.via != Via.LINKED_PAGE:
            continue
        dom = registered_domain(s.source)
        if not dom or dom in p.ix.official_domains:
            continue
        label = plain_key(dom.split(".", 1)[0])
        parts = set(re.split(r"[^a-z0-9]+", fold(dom.split(".", 1)[0])))
        if parts & words.FAN_HANDLE_WORDS:
            continue
        word = next((w for w in sorted(words_, key=len, reverse=True)
                     if len(w) >= 5 and w in label and label != w), None)
        if word is None and len(parts) > 1:
            # a short alias (the brand's initials, "MCX") only as a word of its own
            word = next((w for w in sorted(short) if w in {plain_key(x) for x in parts}), None)
        if word is None or _says_whose(label, word):
            continue
        return Evidence(
            SignalName.PROMOTED_BY_LOOKALIKE,
            dom,
            f"linked from {s.source}, a page on {dom}, a domain made of the brand's word "
            f"'{word}' and other words that sends people to {how}: a lookalike",
        )
    return None


_THIRD_PARTY_KEYS = tuple(plain_key(w) for w in words.THIRD_PARTY_DOMAIN_WORDS)


def _says_whose(label: str, word: str) -> bool:
    """Whether a domain's label (:func:`plain_key`) says, beside the brand's ``word``, whose
    it is: a third party's own (:data:`~matching.words.THIRD_PARTY_DOMAIN_WORDS`: the friends'
    charity "friendsof<word>", a review site "<word>reviews"), no lookalike."""
    rest = label.replace(word, " ")
    return any(k in rest for k in _THIRD_PARTY_KEYS)


def _named_by_its_promoter(p: Profile, sightings: Sequence[Sighting]) -> bool:
    """A profile named by the brand's word ("Naseem Cash") that a page linking it names by
    the brand's full name ("وكيل معتمد لنسيم للتحويل", "authorised
    agent of <Brand> Transfer"): the page and the profile it promotes together bear the
    brand's full name, as the profile alone would (a namesake's own site names its own
    business, not the company's full name)."""
    t = p.id_target
    if t is None or p.identity < _DESK_NAME_FLOOR:
        return False
    full = [n for n in p.ix.inventory.brands[t.brand].names if strong_name(n)]
    for s in sightings:
        if s.via != Via.LINKED_PAGE or not s.page_text:
            continue
        folded, native = fold_text(s.page_text), sig.native(s.page_text)
        if any(re.search(rf"(?<![a-z0-9]){re.escape(fold_text(n))}(?![a-z0-9])", folded)
               or (not n.isascii() and sig.native(n) in native) for n in full):
            return True
    return False


def _core_words(names: Sequence[str], folded: bool = False) -> set[str]:
    """The word every name of several words of a brand shares ("Shaked" of "Shaked Games",
    "Shaked Games Ltd" and "Shaked Studio"; "Mwambao" of "Mwambao Cargo Express" and
    "Mwambao Cargo"), of five letters or more and not a trade's or a department's word
    ("hotel", "support"): the brand's own word, which a domain made of it and others
    borrows. Latin-script names only (a name in another script shares no letters with a
    domain). Empty when the brand has fewer than two such names. Keys as domains are read
    (:func:`plain_key`), or as text is (``folded``)."""
    key = (lambda w: fold_text(w).strip()) if folded else plain_key
    sets = [{key(w) for w in tokens(n)} for n in names
            if len(tokens(n)) > 1 and scripts_of(n) <= {"LATIN"}]
    if len(sets) < 2:
        return set()
    generic = {key(w) for w in (*_ORG_WORDS, *words.DEPARTMENT_HINTS)}
    # shared as the start of a word of each name: "Ilves" and "Ilvese" (a case ending)
    return {w for w in set().union(*sets) if len(w) >= 5 and w not in generic
            and all(any(t.startswith(w) for t in ws) for ws in sets)}


def _short_aliases(names: Sequence[str]) -> set[str]:
    """A brand's names of one word and three or four letters (its initials: "MCX", "KBP")."""
    return {k for n in names if len(tokens(n)) == 1 and scripts_of(n) <= {"LATIN"}
            and 3 <= len(k := plain_key(n)) <= 4}


def _link_refused(p: Profile) -> Evidence | None:
    return sig.link_refused(p.pages) if p.pages else None


def _brand_mention(p: Profile) -> Evidence | None:
    ix, bio = p.ix, p.fields.bio
    if (ix.mention_re is None and not ix.native_mentions) or not bio:
        return None
    m = ix.mention_re and ix.mention_re.search(fold(bio))
    if m:
        term = m.group(1)
    else:
        hit = native_mention(ix, bio)
        if hit is None:
            return _name_split_across(p)
        term = hit[0]
    return p.cite(Evidence(SignalName.BRAND_MENTION, term, f"bio mentions '{term}'"), "bio")


def _name_split_across(p: Profile) -> Evidence | None:
    """The brand's full name said across the page's name and its bio: the name bears a
    one-word alias ("Ingwe Jobs") and the bio (or the name) the rest of a full name
    ("Security jobs available" of "Ingwe Security"), all of it but one word for a name of
    three words or more ("Жылдыз лотерея" of "Жылдыз моментальная лотерея"): the page
    speaks of the company, not of the leopard or the star."""
    t, bio = p.n_target, fold_text(p.fields.bio or "")
    if t is None or t.strong or not t.is_name or p.identity < 0.65 or not bio:
        return None
    alias = set(tokens(fold_text(t.text)))
    said = f"{bio} {fold_text(p.fields.display_name or '')}"
    for name in p.ix.inventory.brands[t.brand].names:
        words_ = [w for w in tokens(fold_text(name)) if w not in alias]
        if not (strong_name(name) and alias <= set(tokens(fold_text(name))) and words_):
            continue
        found = [w for w in words_ if len(w) >= 4 and re.search(rf"\b{re.escape(w)}\b", said)]
        # a name of three words or more may drop one of them ("Жылдыз лотерея" of "Жылдыз
        # моментальная лотерея"); the alias and the words said must still be most of it
        if found and len(found) >= len(words_) - (1 if len(words_) >= 2 else 0):
            return p.cite(Evidence(SignalName.BRAND_MENTION, name,
                                   f"its name and its bio together name '{name}'"), "bio")
    return None


def _lookalike_spelling(p: Profile) -> Evidence | None:
    """The handle spells a brand name or declared handle with look-alike letters of plain
    ASCII ('i' or 'I' for 'l', '0' for 'o', 'rn' for 'm'): ``ziatyvrch`` for ``zlatyvrch``."""
    t = p.h_target
    handle = handle_text(p.o)
    if t is None or sig.explain_family(handle, t.text) != "homoglyph" or squash(
            handle) == squash(t.text):
        return None
    if p.bulk.handle_score[p.row] < 0.95 and sig.confusable_key(handle) != sig.confusable_key(
            t.text):
        return None  # ("rn" for "m" scores lower, one letter read as two: still the name)
    return Evidence(
        SignalName.HOMOGLYPHS,
        handle,
        f"the handle '{handle}' spells '{t.text}' with look-alike letters",
    )


def _homoglyphs(p: Profile) -> Evidence | None:
    name = p.disguised
    text = " ".join(x for x in (p.o.handle, name) if x)
    if p.identity < 0.85 or not homoglyphs_used(text):
        return _lookalike_spelling(p)
    e = sig.homoglyph_use(text)
    return e if homoglyphs_used(p.o.handle) else p.cite(e, "display_name")


def _bio_copy(p: Profile) -> Evidence | None:
    b = p.brand_index
    if not (p.blocked and b is not None and p.fields.bio):
        return None
    e = sig.bio_similarity(p.fields.bio, p.ix.bios.get(b, {}), p.config.bio_cutoff)
    return p.cite(e, "bio")


def _own_text(p: Profile) -> list[str | None]:
    """The profile's own name and bio, without what a search result supplied."""
    return [t for n, t in (("bio", p.fields.bio), ("display_name", p.fields.display_name))
            if n not in p.derived]


_REVIEWER = LazyPattern(words.REVIEWER_PATTERN)
_LIST_END = re.compile(r"(?<![.])[.!?;](?=\s|$)")
_COMPARES = LazyPattern("|".join(words.COMPARISON_PATTERNS))


def _reviews_of_many(p: Profile, word: str) -> bool:
    """Its only fan's word is a reviewer's ("reviews") and it reviews many things beside the
    brand, which its bio names as one item of a list or beside a comparison ("Owia Solar vs
    other pay-as-you-go brands", "Rathmal, estate teas, auctions", "Klossbo, Brio, Lego och
    Micki"): a reviewer of a trade who covers the brand among others, not the brand's fan
    ("Every morning a cup of <Brand>. Tea reviews, tea bar visits" is one). A disclaimer of
    its own ("not affiliated", "no sponsoring") still makes the fan."""
    if not _REVIEWER.fullmatch(fold_text(word)):
        return False
    texts = [t for t in (p.fields.bio, p.fields.display_name) if t]
    if any(sig.self_declared_fan(_REVIEWER.sub(" ", fold_text(t))) for t in texts):
        return False
    return _listed_among_others(p, after_a_comma=True)


def _listed_among_others(p: Profile, after_a_comma: bool = False, items: int = 2,
                         compares: bool = True) -> bool:
    """The bio names the brand as one item of a list or beside a comparison ("Tsaramanitra,
    Sahanala, other exporters", "Полкан, Мурзик, Royal Canin", "<Brand> vs other brands"):
    it is about a trade, a market or a place the brand is one of, not about the brand. A
    comma after the brand's name makes a list; one before it does so only
    ``after_a_comma`` (a reviewer's "tea reviews, Rathmal"; not "podcast ez-ofiziala,
    <Brand>-i buruz", where the comma closes what the page is). A list has ``items`` items
    at least: three ask for two commas in the brand's sentence ("Não somos a <Brand>, perfil
    de fã" is two clauses, no list). A comparison ("<Brand> vs the rest") counts only
    ``compares``: a review of the brand against others is still about the brand."""
    bio = fold_text(p.fields.bio or "")
    for n in p.brand_names:
        k = fold_text(n).strip()
        for m in (re.finditer(rf"(?<![a-z0-9]){re.escape(k)}", bio) if len(k) >= 3 else ()):
            # the brand is one item of a list, or compared with others, in its sentence
            i, j = m.start(), m.end()
            if compares and _COMPARES.search(bio[max(0, i - 25):j + 25]):
                return True
            # the brand's sentence: an ellipsis ("RagusaOggi...") or a point inside a word
            # ("tiris.mr") ends none
            start = max((e.end() for e in _LIST_END.finditer(bio, 0, i)), default=0)
            end = next((e.start() for e in _LIST_END.finditer(bio, j)), len(bio))
            after = bio[j:j + 4].lstrip(" '’s").startswith(",")
            # "<Brand>, <Other> and <Another>": a list's last item joined by its conjunction
            joined = sum(1 for a in _AND.finditer(bio[j:end]) if _written_as_a_name(
                p.fields.bio or "", (bio[j + a.end():].split() or [""])[0])) if after else 0
            if bio[start:end].count(",") + joined < items - 1:
                continue
            if after and items >= 3:
                # the next item is a name, not a clause ("Мои покупки в <Brand>, не работаю
                # в компании, просто люблю их", "Моя <Brand>, vlog perso, ...": a
                # customer's clauses): a word or three, the first written as a name
                nxt = _AND.split(bio[bio.index(",", j) + 1:end].split(",")[0])[0].split()
                after = 0 < len(nxt) <= 3 and _written_as_a_name(p.fields.bio or "", nxt[0])
            if after or (after_a_comma and bio[:i].rstrip().endswith(",")):
                return True
    return False


#: the word that joins a list's last item ("A, B and C"), folded
_AND = re.compile(r"\s(?:and|&|und|et|y|e|i|och|og|en|ve|ja|es|si|и)\s")


def _written_as_a_name(text: str, folded: str) -> bool:
    """A word of ``text`` that folds to ``folded`` (its start) is written as a name, a
    capital first (a script without capitals says nothing: no)."""
    key = plain_key(folded)
    return bool(key) and any(plain_key(fold_text(w)).startswith(key) and w[:1].isupper()
                             for w in re.findall(r"[^\W_]+", text))


_FAN_KIND = LazyPattern(words.FAN_KIND_PATTERN)


def _of_many(p: Profile, e: Evidence | None) -> Evidence | None:
    """``e``, unless its words are only a disclaimer, an independence or a community word
    ("not affiliated", "независимые", "community") and the bio names the brand as one of many
    (:func:`_listed_among_others`): an independent price watch of several exporters, a
    review channel of several brands, a city's community listing its employers are about
    their trade or place, not the brand's fans. A fan's, a parody's, an enthusiast's or a
    collector's own word ("Parodia: <Brand>, <Other> and more") still makes the fan."""
    if e is None or _FAN_KIND.search(fold_text(str(e.value))) or _FAN_KIND.search(
            sig.native(str(e.value))):
        return e
    return None if _listed_among_others(p, items=3, compares=False) else e


_OWN_WORK = LazyPattern(words.OWN_WORK_PATTERN)


def _surname_of_the_brand(p: Profile) -> bool:
    """A display name that reads as a person's whose surname is the brand's word ("Unai
    Harriola"): two or three capitalised words, the last one the brand's, no other word the
    brand's or an organisation's."""
    parts = (p.fields.display_name or "").split()
    if not 2 <= len(parts) <= 3 or "display_name" in p.derived or not all(
            _capitalised(w) and w.isalpha() for w in parts):
        return False
    brand_words = {w for t in p.ix.targets if t.is_name for w in tokens(t.text)}
    first = {w for part in parts[:-1] for w in tokens(part)}
    return bool(set(tokens(parts[-1])) & brand_words) and not first & (
        brand_words | _ORG_WORDS)


def _a_persons_own_work(p: Profile, said: str) -> bool:
    """The page is a person's (her name as its name, perhaps the brand's word as her
    surname) and what it calls unofficial is a thing she made, in the same sentence ("an
    unofficial Python client for the <Brand> API", "harriola-gpx ... (ez ofiziala)"): her own
    work, no fan page. A community's or a bot's page keeps its fan's word."""
    if not (_person_name(p) or _surname_of_the_brand(p)):
        return False
    bio = fold_text(p.fields.bio or "")
    i = bio.find(said)
    if i < 0:
        return False
    start = max((m.end() for m in _LIST_END.finditer(bio, 0, i)), default=0)
    end = next((m.start() for m in _LIST_END.finditer(bio, i + len(said))), len(bio))
    return _OWN_WORK.search(bio[start:end]) is not None


_BLANKET = LazyPattern(words.BLANKET_DISCLAIMER_PATTERN)
_SENTENCE_END = re.compile(r"(?<=[.!?\u061f\u3002])\s+")


def _blanket_disclaimer(p: Profile, said: str) -> bool:
    """The bio's unofficial words ``said`` disclaim a tie with anyone at all ("Not affiliated
    with any agency", "sin relación con ninguna marca"), and the bio says no other fan's
    word: a trade's or a bot's blanket words, no fan's, no claim."""
    folded = fold_text(p.fields.bio or "")
    j = folded.find(said)
    if j < 0 or not _BLANKET.match(folded[j + len(said):]):
        return False
    return sig.self_declared_fan(folded[:j] + " " + folded[j + len(said):]) is None


def _a_namesakes_disclaimer(p: Profile, said: str) -> bool:
    """Its only unofficial words (``said``) disclaim a tie, no fan's word: with anyone at all
    ("Not affiliated with any agency": a trade's or a bot's blanket disclaimer), or with the
    brand, named in that sentence and nowhere else, on a page named as someone else that
    tells of a subject of its own ("Lanbi, le podcast": "Podcast culture et histoire des
    Antilles. Indépendant, aucun lien avec la radio Lanbi FM"; a neighbourhood's generator
    that says it has nothing to do with the company of the same name): a namesake keeping
    itself apart, not the brand's fan. A fan's, a parody's or a collector's word, a fan's name
    ("<Brand> Lovers"), the company's logo or the brand named again outside the disclaimer
    (its full name, or its word beside none of the page's own name) keep the fan."""
    if _FAN_KIND.search(fold_text(said)) or _FAN_KIND.search(sig.native(said)):
        return False
    if sig.not_official(said):
        return False  # "podcast ez-ofiziala": what the page is, no tie denied
    bio = p.fields.bio or ""
    sentences = [x for x in _SENTENCE_END.split(bio) if x.strip()]
    at = next((i for i, x in enumerate(sentences)
               if said in fold_text(x) or said in sig.native(x)), None)
    if at is None:
        return False
    sentence = sentences[at]
    if _blanket_disclaimer(p, said):
        return True  # "not affiliated with any agency"
    # the brand named as what the disclaimer denies, not before it ("Uso sempre <Brand> (não
    # sou patrocinada)": a customer's)
    form = next((x for x in (fold_text(sentence), sig.native(sentence)) if said in x), "")
    j = form.find(said)
    if j < 0 or _brand_named_in(p, form[:j]):
        return False
    name = p.fields.display_name or ""
    if p.avatar is not None or not _brand_named_in(p, form[j:]) or sig.someone_else(
            name, p.brand_names) is None or sig.self_declared_fan(name) is not None or (
            sig.fan_name(name, p.brand_names) is not None):
        return False
    rest = " ".join(sentences[:at] + sentences[at + 1:])
    if sig.self_declared_fan(rest) is not None:
        return False
    folded_rest = fold_text(rest)
    if any(len(tokens(n)) > 1 and fold_text(n).strip() in folded_rest for n in p.brand_names):
        return False  # the brand's full name, again: the page is about it
    # the page says twice what it is ("Lanbi, le podcast": "Podcast culture ..."), and the
    # brand's word comes back only inside the page's own name ("مولدة الوهج", its generator)
    own = {k for w in re.findall(r"[^\W_]+", name) if len(w) >= 4 and not _brand_named_in(p, w)
           for k in tokens(w)}
    said_words = re.findall(r"[^\W_]+", rest)
    keys = [set(tokens(w)) for w in said_words]
    if not any(k & own for k in keys):
        return False
    left = [w for i, w in enumerate(said_words) if not (
        _brand_named_in(p, w) and any(keys[j] & own for j in (i - 1, i + 1)
                                      if 0 <= j < len(keys)))]
    return len(left) >= 3 and not _brand_named_in(p, " ".join(left))


def _self_declared_fan(p: Profile) -> Evidence | None:
    # a reviewer's or a collector's page names the brand only in its bio, often by a one-word
    # name no mention term holds ("Pruebo combos de Mordisco"): its fan wording still counts
    if not (p.blocked or _names_the_brand(p)):
        return None
    e = sig.self_declared_fan(p.fields.bio, p.fields.display_name)
    if e is not None and _reviews_of_many(p, str(e.value)):
        e = None
    if e is not None and _a_persons_own_work(p, str(e.value)):
        e = None
    if e is not None and _a_namesakes_disclaimer(p, str(e.value)):
        e = None
    if e is not None and _a_traders_disclaimer(p, str(e.value)):
        e = None
    if e is not None and p.derived and sig.self_declared_fan(*_own_text(p)) is None:
        e = p.cite(e, *p.derived)
    if e is None and "display_name" not in p.derived:
        # "Quillmark Fans", "Hinchas de Quillmark": the page's name is the fans' own
        e = sig.fan_name(p.fields.display_name, p.brand_names)
        if e is not None:
            return p.cite(e, "display_name")
    if e is None and _names_the_brand(p, bio_only=True):
        # "not connected with the hotel" beside the brand's name: a fan's disclaimer (a
        # namesake's "not connected with any clinic" names no brand)
        m = _NOT_CONNECTED.search(fold_text(p.fields.bio or ""))
        if m:
            e = p.cite(Evidence(SignalName.SELF_DECLARED_UNOFFICIAL, m.group(0),
                                f"describes itself as unofficial: '{m.group(0)}'"), "bio")
    return _of_many(p, e or _community(p) or _group_community(p) or _customer_story(p)
                    or _subreddit_of_the_brand(p) or _loves_the_brand(p))


def _a_traders_disclaimer(p: Profile, said: str) -> bool:
    """Its unofficial words (``said``) are a disclaimer only ("Not affiliated with <Brand>",
    "非官方代理"), no fan's word, on the page of a trade that sells or orders the brand's goods
    for others (:func:`reseller`: a personal shopper, a ticket reseller, a dealer): the
    trader keeping itself apart, not a fan (``unrelated``, a trade of its own)."""
    if _FAN_KIND.search(fold_text(said)) and not sig.not_official(said) and not (
            _NOT_AFFILIATED.search(fold_text(said))):
        return False
    return reseller(p) is not None


#: a bare disclaimer of a tie (folded): what a trader says as well as a fan
_NOT_AFFILIATED = re.compile(r"\b(not|non|no|nao|pas|nicht|niet)\b.{0,12}\b(affil|associat|"
                             r"connect|endors|sponsor)")


def _loves_the_brand(p: Profile) -> Evidence | None:
    """The bio says its writer loves the brand, holds it her favourite or is its fan, the
    word right beside the brand's name (:data:`~matching.words.FAN_LOVE_WORDS`: "reposting my
    favourite <Brand> looks", "#<brand>love", "<Brand>in fani jo 20 vuotta", "<Brand>'ı
    seviyoruz"), the name in a case form too (:func:`inflected`): a fan's page. Only on a page
    that poses as nothing (no logo of the company's, no claim to be official, no link to an
    official or lookalike domain, no look-alike letters), asks for nothing (no scam wording,
    no request for money or data) and whose owner names no role at the company ("I love my
    job at <Brand>": an employee's page stays a person's)."""
    f = p.fields
    if p.avatar is not None or "official" in p.kinds or p.lookalike or p.has(
            SignalName.LINK_REFUSED, SignalName.HOMOGLYPHS) or not f.bio or "bio" in p.derived:
        return None
    if sig.scam_wording(f.bio, f.display_name) is not None or _official_claim(p) or (
            _asks_money_or_data(p) or _names_a_role(p)):
        return None
    said = _love_beside_the_name(p, fold_text(f.bio), words.FAN_WORD_FORMS)
    if said is None and sig.someone_else(f.display_name, p.brand_names) is not None and (
            national_name(p) is None):
        # a love word, on a page named as someone else's ("Illariy Looks", "Saunahullu
        # Mikko"): a page named as the brand itself or its country's ("<Brand> Türkiye")
        # that loves it still poses
        said = _love_beside_the_name(p, fold_text(f.bio), words.FAN_LOVE_WORDS)
    if said is None:
        return None
    return p.cite(Evidence(
        SignalName.SELF_DECLARED_UNOFFICIAL, said,
        f"says its writer loves the brand or is its fan ('{said}'): a fan's page, not the "
        "company's"), "bio")


def _love_beside_the_name(p: Profile, text: str, loves: frozenset[str]) -> str | None:
    """The words of ``text`` (folded) where a word of ``loves`` (a love or a fan word:
    :data:`~matching.words.FAN_LOVE_WORDS`, :data:`~matching.words.FAN_WORD_FORMS`) stands
    next to one of the brand's names of five
    letters or more (a word between at most, "my favourite <Brand>", "<Brand>'ı seviyoruz"),
    or is glued after it ("#<brand>love"), the name as written or in a case form: or None."""
    # a Turkish case ending after an apostrophe is the name's ("<brand>'ı seviyoruz")
    said = re.findall(r"[a-z0-9]+", re.sub(r"(?<=[a-z])'[a-z]{1,4}\b", "", text))
    for n in p.brand_names:
        parts = re.findall(r"[a-z0-9]+", fold_text(n))
        if not parts or len("".join(parts)) < 5 or not scripts_of(n) <= {"LATIN"}:
            continue
        key = "".join(parts)
        for i, w in enumerate(said):
            if len(parts) == 1 and w.startswith(key) and w[len(key):] in loves:
                return w  # "#illariylove"
            got = said[i:i + len(parts)]
            if len(got) < len(parts) or not all(inflected(g, k) if len(k) >= 5 else g == k
                                                for g, k in zip(got, parts, strict=True)):
                continue
            end = i + len(parts)
            # right beside it, or a possessive or article between ("love my <Brand>"): "paper
            # goods I love (mostly <Brand>)" loves the goods
            glue = words.FAN_LOVE_GLUE
            before = said[max(0, i - 2):i]
            after = said[end:end + 2]
            if (before[-1:] and before[-1] in loves) or (
                    len(before) == 2 and before[0] in loves and before[1] in glue) or (
                    after[:1] and after[0] in loves):
                return " ".join(said[max(0, i - 2):end + 1])
    return None


def _subreddit_of_the_brand(p: Profile) -> Evidence | None:
    """A subreddit (``r/<name>``: Reddit's communities are their users', opened by anyone)
    named for the brand, whose description mentions the brand by a name of its own (not
    only the one word a namesake shares: "songo, the Cuban rhythm"), that poses as nothing (no
    logo, no claim to be official, no link to an official or lookalike domain) and asks for
    nothing (no scam wording, request for money or data): the brand's users' community, a
    fan's page though it never says "unofficial" ("Fetū Nonu drinkers: stockists abroad,
    recipes"). A city's or a trade's subreddit that lists the brand among others is not
    named for it; a subreddit about another subject of the same name does not name the
    brand in its description; a subreddit selling the brand's goods or asking for data stays
    what its words make it."""
    f = p.fields
    if not (p.o.platform == "reddit" and p.o.handle.startswith("r/")) or p.o.state != (
            ProbeState.FOUND):
        return None
    if p.avatar is not None or "official" in p.kinds or f.external_links or p.lookalike or (
            p.has(SignalName.LINK_REFUSED, SignalName.HOMOGLYPHS)):
        return None
    # the brand mentioned in a case form counts as its mention ("Skärgårdsvinds avgångar")
    if p.identity < 0.8 or not (p.has(SignalName.BRAND_MENTION) or _its_kind_said(p)
                                or _inflected_name_in(p, fold_text(f.bio or ""), changed=True)):
        return None
    if sig.scam_wording(f.bio, f.display_name) is not None or _official_claim(p) or (
            _asks_money_or_data(p)):
        return None
    return p.cite(Evidence(
        SignalName.SELF_DECLARED_UNOFFICIAL, p.o.handle,
        f"a subreddit named for the brand ({p.o.handle}), about it, run by its users: a "
        "community page, not the company's channel"), "bio")


def _its_kind_said(p: Profile) -> bool:
    """The bio speaks of the brand by the other word of its name, the kind of thing it is
    ("photos from the festival" in the subreddit named for "<Word> Festival"): a word of four
    letters or more of one of the brand's names of several words that the page's own name and
    handle do not carry."""
    named = set(tokens(p.fields.display_name or "")) | set(tokens(p.o.handle))
    bio = set(tokens(p.fields.bio or ""))
    # in a case form too ("Routakivi-kiukaista" of "Routakivi kiukaat")
    return any(len(w) >= 4 and w not in named and (w in bio or any(inflected(b, w) for b in bio))
               for n in p.brand_names if len(tokens(n)) > 1 for w in tokens(n))


def _customer_story(p: Profile) -> Evidence | None:
    """A customer's own story of the brand, in the first person, the brand's name right after
    (:func:`matching.signals.customer_story`: "Mi tratamiento con <Brand>", "Mis noches en
    <Brand>", "my stay at <Brand>", "мой отдых в <Brand>"): a customer's page about the brand,
    a fan's, even when it calls itself a personal account. Only on a page that poses as
    nothing (no logo, no claim to be official, no link to an official domain) and asks for
    nothing (no scam wording, lookalike, refused link or look-alike letters), whose owner
    names no role at the company (an employee's page stays a person's: ``unrelated``)."""
    f = p.fields
    if p.avatar is not None or "official" in p.kinds or (
            p.lookalike or p.has(SignalName.LINK_REFUSED, SignalName.HOMOGLYPHS)):
        return None
    if sig.scam_wording(f.bio, f.display_name) is not None or _official_claim(p):
        return None
    if _names_a_role(p):
        return None
    # a customer's own story first, then a home cook's recipes with the brand's product (its
    # product is the page's subject), each looked for in the bio before the name
    readers = ((sig.customer_story, "tells a customer's own story of the brand ('{}')"),
               (sig.recipes_with, "shares a customer's recipes with the brand's product ('{}')"))
    for read, told in readers:
        for name in ("bio", "display_name"):
            found = read(getattr(f, name), p.brand_names)
            if found:
                return p.cite(Evidence(
                    SignalName.SELF_DECLARED_UNOFFICIAL, found,
                    told.format(found) + ": a customer's page about it, not the company's"),
                    name)
    return None


_NOT_CONNECTED = LazyPattern("|".join(words.NOT_CONNECTED_PATTERNS))
_COMMUNITY = LazyPattern("|".join(words.COMMUNITY_PATTERNS))
_NATIVE_COMMUNITY = LazyPattern("|".join(re.escape(sig.native(w))
                                         for w in words.NATIVE_COMMUNITY_PHRASES))


def _community(p: Profile) -> Evidence | None:
    """The page names itself a community of the brand's people, run by them ("Amicale des
    étudiants de <Brand>", "groupe des étudiants ... géré par les délégués", "<Brand> users'
    group", "學生會"), or reposts its customers' photos ("your photos are posted here",
    "صوركم بتنزل هنا"), beside the brand's name: a community page, openly not the company's.
    Only on a page that poses as nothing (no logo, no claim to be official, no link to an
    official domain, which the company's own community would carry) and asks for nothing
    (no scam wording, lookalike, refused link or look-alike letters): a scam that calls its
    victims a community stays what its harm makes it."""
    f = p.fields
    if not _names_the_brand(p) or p.avatar is not None or "official" in p.kinds or (
            p.lookalike or p.has(SignalName.LINK_REFUSED, SignalName.HOMOGLYPHS)):
        return None
    if sig.scam_wording(f.bio, f.display_name) is not None or _official_claim(p):
        return None
    for name in ("display_name", "bio"):
        text = getattr(f, name) or ""
        m = _COMMUNITY.search(fold_text(text)) or _NATIVE_COMMUNITY.search(sig.native(text))
        if m and _of_other_people(p, text, m.group(0)):
            m = None
        if m:
            return p.cite(Evidence(
                SignalName.SELF_DECLARED_UNOFFICIAL, m.group(0),
                f"names itself a community of the brand's people ('{m.group(0)}'), run by "
                "them, not the company's channel"), name)
        m = _REPOST.search(fold_text(text)) or _NATIVE_REPOST.search(sig.native(text))
        if m:
            return p.cite(Evidence(
                SignalName.SELF_DECLARED_UNOFFICIAL, m.group(0),
                f"reposts the brand's customers' photos ('{m.group(0)}'): a fans' gallery, "
                "not the company's channel"), name)
    return None


def _of_other_people(p: Profile, text: str, said: str) -> bool:
    """The community words ``said`` name whose people they gather by a name that is not the
    brand's, in a text that names no brand of ours ("After-school coding club for Majuro
    students": a town's pupils, beside a club named with the brand's word): a namesake's
    club, not the brand's community."""
    if _brand_named_in(p, text):
        return False
    m = re.search(r"\b(?:of|for|des|de|du|di|dei|degli|der|von) (?:the |la |les |los |las )?"
                  r"([a-z]+) ", said)
    if m is None:
        return False
    word = m.group(1)
    # the brand's own word, not a place its longer names carry ("Iakwe Careers Majuro")
    brand = {plain_key(n) for n in p.brand_names} | {
        plain_key(k) for b in p.ix.inventory.brands for k in _core_words(b.names)}
    return plain_key(word) not in brand and _written_as_a_name(text, word) and not (
        re.fullmatch(words.COMMUNITY_PEOPLE, word))


_REPOST = LazyPattern("|".join(words.REPOST_PATTERNS))
_NATIVE_REPOST = LazyPattern("|".join(re.escape(sig.native(w))
                                      for w in words.NATIVE_REPOST_PHRASES))


_GROUP_CATEGORY = LazyPattern(r"\b(?:" + "|".join(sorted(words.GROUP_CATEGORY_WORDS)) + r")\b")
_GROUP_COMMUNITY = LazyPattern("|".join(words.GROUP_COMMUNITY_PATTERNS))
_NATIVE_GROUP_COMMUNITY = LazyPattern("|".join(
    re.escape(sig.native(w)) for w in words.NATIVE_GROUP_COMMUNITY_WORDS))
_GROUP_PLACE_TRADE = LazyPattern("|".join(words.GROUP_PLACE_TRADE_PATTERNS))
_GROUP_STAFF = LazyPattern("|".join(words.GROUP_STAFF_PATTERNS))
_NATIVE_GROUP_STAFF = LazyPattern("|".join(
    re.escape(sig.native(w)) for w in words.NATIVE_GROUP_STAFF_WORDS))
_NATIVE_GROUP_PLACE_TRADE = LazyPattern("|".join(
    re.escape(sig.native(w)) for w in words.NATIVE_GROUP_PLACE_TRADE_WORDS))


def is_group(p: Profile) -> bool:
    """The profile is a group, not a page or a person: its handle keeps the path
    ``groups/<name or id>`` (a Facebook group) or ``r/<name>`` (a subreddit, Reddit's
    community), or its category says so ("Public group", "Groupe privé", "Öffentliche
    Gruppe"). A group is its members': the company's own only when the company declares it,
    its site links it or it proves the official domain."""
    if p.o.handle.startswith("groups/") or (p.o.platform == "reddit"
                                            and p.o.handle.startswith("r/")):
        return True
    category = p.fields.category
    return p.o.platform == "facebook" and bool(category) and bool(
        _GROUP_CATEGORY.search(fold_text(category or "")))


def _your_brand(p: Profile, text: str) -> str | None:
    """The brand as what the reader owns or uses, "your <Brand>", "tu <Brand>", "deine
    <Brand>" (one word between at most): the words, or None."""
    keys = {plain_key(w) for n in p.brand_names for w in tokens(n) if len(plain_key(w)) >= 4}
    toks = fold_text(text).split()
    for i, t in enumerate(toks):
        if t.strip(".,;:!?()") not in words.GROUP_POSSESSIVES:
            continue
        for j in (i + 1, i + 2):
            w = plain_key(toks[j]) if j < len(toks) else ""
            if any(w == k or (w.startswith(k) and len(w) - len(k) <= 3) for k in keys):
                return " ".join(toks[i:j + 1])
    return None


def _group_community(p: Profile) -> Evidence | None:
    """A group of the brand's customers: a group (:func:`is_group`) that names the brand and
    calls its members a community, a club, owners, users, lovers or fans ("<Brand>
    Community", "<Brand> Bike Lovers", "Gemeinschaft", "comunidad", "topluluğu",
    "сообщество", "مجتمع"), or treats the brand as what its reader owns ("share photos of
    your <Brand>"): a fans' community, openly not the company's channel, the logo on its
    cover or not. Not a group of a place or a market using the brand's word (a village, buy
    and sell), nor one that claims to be official, uses scam wording, asks for money or
    data, or links a lookalike: those stay what their words make them."""
    f = p.fields
    if not is_group(p) or not _names_the_brand(p) or p.lookalike or p.has(
            SignalName.LINK_REFUSED, SignalName.HOMOGLYPHS):
        return None
    if sig.scam_wording(f.bio, f.display_name) is not None or _asks_money_or_data(p):
        return None
    both = f"{f.display_name or ''} . {f.bio or ''}"
    if _GROUP_PLACE_TRADE.search(fold_text(both)) or _NATIVE_GROUP_PLACE_TRADE.search(
            sig.native(both)):
        return None
    # the company's staff's own club ("<Brand> Staff Football Club"): its people, no fans
    if _GROUP_STAFF.search(fold_text(both)) or _NATIVE_GROUP_STAFF.search(sig.native(both)):
        return None
    said_in = {name: _members_word(getattr(f, name) or "") for name in ("display_name", "bio")}
    # "Official community of <Brand> owners", "<Brand> Owners Club (Official)": a group that
    # calls its members' club official in the words that name the members claims nothing of
    # the company's; "Die offizielle <Brand> Gruppe" (no members named there), an "official"
    # handle or an official word beside "your <Brand>" only is a claim
    claim = _official_claim(p) or _claims_official(p)
    if claim is not None:
        where = {"name": "display_name"}.get(claim[0], claim[0])
        if where == "handle" or said_in.get(where) is None or any(
                said_in[n] is None and _official_word(getattr(f, n)) for n in said_in):
            return None
    for name in ("display_name", "bio"):
        text = getattr(f, name) or ""
        said = said_in[name] or (None if claim else _your_brand(p, text))
        if said:
            return p.cite(Evidence(
                SignalName.SELF_DECLARED_UNOFFICIAL, said,
                f"a group of the brand's customers ('{said}'): a fans' community, not the "
                "company's channel"), name)
    return None


def _members_word(text: str) -> str | None:
    """The word by which a group names its members as a community (community, club, owners,
    users, lovers, fans, in many languages), or None."""
    m = _GROUP_COMMUNITY.search(fold_text(text)) or _NATIVE_GROUP_COMMUNITY.search(
        sig.native(text))
    return m.group(0) if m else None


def _official_word(text: str | None) -> bool:
    """The text calls something official (not said to deny it)."""
    return bool(text) and not sig.self_declared_fan(text) and bool(
        _POSE_WORDS.search(" ".join(tokens(text or "")))
        or _NATIVE_POSE.search(sig.native(text)))


def _scam_wording(p: Profile) -> Evidence | None:
    if not p.blocked:
        return None
    e = sig.scam_wording(p.fields.bio, p.fields.display_name)
    if e is not None and _only_chats_of_ours(p, e):
        e = None
    fee = e is None and job_fee(f"{p.fields.display_name or ''}. {p.fields.bio or ''}")
    if fee:
        # a job offered for a sum the applicant pays (the recruitment-fee scam), said in
        # words no scam pattern lists ("Curso de formación obligatorio: 89 €")
        e = Evidence(SignalName.SCAM_WORDING, fee, f"makes a job applicant pay: '{fee}'")
    asked = None if e is not None or fee else _asks_under_the_logo(p)
    if asked:
        e = Evidence(SignalName.SCAM_WORDING, asked,
                     f"wears the company's logo and asks for money or data on its page: "
                     f"'{asked}'")
    if e is not None and p.derived and sig.scam_wording(*_own_text(p)) != e:
        e = p.cite(e, *p.derived)
    return e


#: a link straight into a Telegram chat or channel (``t.me/<name>``, ``telegram.me/<name>``)
_TELEGRAM_LINK = LazyPattern(r"(?<![\w.])(?:t|telegram)\.me/(?:s/)?@?([a-z0-9_]{3,64})")


def _only_chats_of_ours(p: Profile, e: Evidence) -> bool:
    """The page's only scam word is a ``t.me`` link, and every such link goes to a Telegram
    account the inventory declares ("we no longer post here, find us at t.me/<ours>"). A link
    into a chat is scam vocabulary because a fake help desk sends people to its own chat; one
    into the company's declared channel sends them to the company, and marked the company's
    own dormant accounts impostors."""
    if e.value != "t.me":
        return False
    # the declared accounts of the platform t.me links go to (the inventory's, not this
    # profile's platform)
    declared = {a.handle.lower().lstrip("@") for b in p.ix.inventory.brands
                for a in b.accounts if a.platform == _HOST_PLATFORM["t.me"] and a.handle}
    texts = [p.fields.bio or "", p.fields.display_name or "", *p.fields.external_links]
    chats = [m.group(1) for t in texts for m in _TELEGRAM_LINK.finditer(t.lower())]
    return bool(chats) and all(c in declared for c in chats)


def _asks_under_the_logo(p: Profile) -> str | None:
    """What a page that wears the company's logo, and links no official domain, asks on its
    own page (not a search result's words) in the words the walled pages' rules read: a
    deposit as a share of the price ("depósito del 50% por SINPE", "ادفع ٥٠٪ مقدماً"), a sum
    to pay by a wallet or in private ("ادفع ١ دينار عبر CliQ"), money up front or a login, or
    a help desk's private message asking the customer's details ("Pošlite DM s číslom
    rezervácie, menom a telefónom"). The company's own pages link its site (or the site links
    them), and a namesake wears no logo of ours."""
    if p.avatar is None or "official" in p.kinds:
        return None
    for name in ("bio", "display_name"):
        text = getattr(p.fields, name)
        if not text or name in p.derived:
            continue
        folded = fold_text(text)
        share = _DEPOSIT_SHARE_RE.search(folded)
        if share and not sig.negated(folded, share.start(), share.end(), text):
            return share.group(0)
        asked = _pays(text) or next(
            (m.group(0) for m in _MONEY_OR_LOGIN.finditer(folded)
             if not sig.negated(folded, m.start(), m.end(), text)), None)
        if asked:
            return asked
        wallet = None if reseller(p) else _paid_by_wallet(folded, text)
        if wallet:
            return wallet
        channel, detail = desk_request(text)
        if channel and detail:
            return f"{channel} ... {detail}"
    return None


def _paid_by_wallet(folded: str, text: str) -> str | None:
    """A word that takes money beside a payment service by its own name, in one sentence
    ("Pay first by KBZPay", "Pague no Pix e receba em casa", "Ishyura kuri MoMo"), not said
    as a warning: how a page asks its visitors to pay, and to whom."""
    for clause in re.split(r"[.!?\n]", folded):
        pay = next((m for m in _PAY_WORDS.finditer(clause)), None)
        wallet = _PAYMENT_RE.search(clause)
        if pay and wallet and not sig.negated(clause, pay.start(), pay.end(), text):
            return f"{pay.group(0)} ... {wallet.group(1)}"
    return None


_CHECK_MARKS = LazyPattern("[\u2713\u2714\u2611\u2705\U0001f5f8]")
_VERIFIED_WORDS = LazyPattern(r"\b(verified|dogrulanmis|verifiziert|verificad[ao])\b")


def _impersonated_badge(p: Profile) -> Evidence | None:
    """A check mark or "verified" drawn into the name or bio of an account the platform has not
    verified: a badge painted on, a classic impersonation trick."""
    if p.fields.verified or not p.blocked:
        return None
    seller = reseller(p) is not None
    for name, text in (("display_name", p.fields.display_name), ("bio", p.fields.bio)):
        m = _CHECK_MARKS.search(text or "") or _VERIFIED_WORDS.search(fold_text(text or ""))
        if m is not None and seller and _CHECK_MARKS.fullmatch(m.group(0)) and reseller_words(
                text):
            continue  # a shop's tick beside "official agent": its dealership, not a badge
        if m is not None:
            e = Evidence(
                SignalName.IMPERSONATED_BADGE,
                m.group(0),
                f"its {name.replace('_', ' ')} shows '{m.group(0)}', but the platform has not "
                "verified the account",
            )
            return p.cite(e, name)
    return None


def _days_between(earlier: str | None, later: str) -> int | None:
    try:
        a = datetime.fromisoformat((earlier or "").replace("Z", "+00:00"))
        b = datetime.fromisoformat(later.replace("Z", "+00:00"))
    except ValueError:
        return None
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return (b - a).days


def _young_logo_copy(p: Profile) -> Evidence | None:
    """An account created lately that wears the official logo and links nowhere official:
    how a fresh impostor starts. The company's own new channel links its domain, and has a
    purpose of its own: one that links the domain but copies word for word the bio of the
    company's live declared account of the same platform is a copy of that account
    (:func:`_fresh_twin`)."""
    if p.avatar is None:
        return None
    days = _days_between(p.fields.created_at, p.now)
    if days is None or days < 0 or days > p.config.young_account_days:
        return None
    if "official" in p.kinds:
        twin = _fresh_twin(p)
        if twin is None:
            return None
        return Evidence(
            SignalName.YOUNG_LOGO_COPY,
            days,
            f"created {days} days ago, it wears the logo and copies word for word the bio of "
            f"the company's live declared account {twin} on the same platform: a copy of that "
            "account, not a channel of its own (the company neither declares nor links it)",
        )
    acc = p.avatar[1]
    return Evidence(
        SignalName.YOUNG_LOGO_COPY,
        days,
        f"created {days} days ago and already wears the logo of {acc.platform}:{acc.handle}, "
        "without a link to an official domain",
    )


def _fresh_twin(p: Profile) -> str | None:
    """The declared account (``platform:handle``) of the same platform, found and read,
    whose bio this profile's own bio repeats word for word, when nothing official links this
    profile: a second account of the platform that says nothing of its own."""
    b = p.brand_index
    if b is None or not p.fields.bio or "bio" in p.derived or sig.linked_from_official_site(
            p.o.sightings, p.ix.official_domains) is not None:
        return None
    mine = " ".join(tokens(p.fields.bio))
    return next((label for label, bio in p.ix.bios.get(b, {}).items()
                 if label.split(":", 1)[0] == p.o.platform
                 and " ".join(tokens(bio)) == mine), None)


_EMPLOYEE_RE = FamilyPattern("|".join(words.EMPLOYEE_PATTERNS), ("employee",))
_ORG_WORDS = frozenset({
    "official", "news", "support", "care", "help", "shop", "store", "club", "team", "company",
    "co", "inc", "ltd", "llc", "gmbh", "sa", "fans", "fan", "group", "community", "page", "band",
    "studio", "coffee", "cafe", "bakery", "airline", "airlines", "air", "bank", "hotel",
    "restaurant", "global", "the", "and", "of", "in",
    # a community of the thing's lovers, friends or fans is no person (English, Spanish,
    # Portuguese, Italian, French, German, Dutch, Albanian, Serbo-Croatian, Polish, Czech and
    # Slovak, Hungarian, Turkish, Swedish, Norwegian and Danish, Finnish; folded)
    "lovers", "friends", "amigos", "amantes", "amici", "amis", "freunde", "liefhebbers",
    "vrienden", "dashamiret", "dashamires", "ljubitelji", "milosnicy", "milovnici",
    "rajongok", "hayranlari", "vanner", "venner", "ystavat", "addicts", "enthusiasts",
})


def _capitalised(word: str) -> bool:
    """Starts with a capital, or is written in a script without capitals (Hebrew, Arabic,
    Devanagari, Thai, Japanese, Korean, Chinese: "דנה כהן" is capitalised as far as it can be)."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def _person_name(p: Profile) -> str | None:
    """A display name that reads as a person's (``Jane Doe``): two or three capitalised words,
    none of them a brand word or an organisation word."""
    name = p.fields.display_name or ""
    parts = name.split()
    if not 2 <= len(parts) <= 3 or "display_name" in p.derived:
        return None
    if not all(_capitalised(w) and w.replace("-", "").replace("'", "").isalpha() for w in parts):
        return None
    brand_words = {w for t in p.ix.targets if t.is_name for w in tokens(t.text)}
    low = {w for w in tokens(name)}
    if low & (brand_words | _ORG_WORDS):
        return None
    # a brand's word of another script inside a word of the name, behind a prefix the
    # script writes onto words ("بزمردة": "with Zomorroda"): a phrase about the brand
    native = [sig.native(w) for n in p.brand_names if not n.isascii() for w in n.split()
              if len(w) >= 3]
    if any(k and k in sig.native(part) for k in native for part in parts):
        return None
    return name


_PROJECT_RE = LazyPattern("|".join(words.PERSONAL_PROJECT_PATTERNS))


def _employee_words(text: str | None) -> re.Match[str] | None:
    """"I work at", "opinions my own" (any language), unless said in the negative ("No
    trabajo para Mordisco": a customer saying he is not on the staff)."""
    return next(_employee_matches(text), None) or sig.NATIVE_EMPLOYEE.search(sig.native(text))


def _employee_matches(text: str | None) -> Iterator[re.Match[str]]:
    """The employee's words of :func:`_employee_words` in Latin letters, each one."""
    folded = fold_text(text or "")
    for m in _EMPLOYEE_RE.finditer(folded):
        if not re.search(r"(?<![a-z])(no|not|don't|dont|nao|non|nie|ne|nem|ikke|inte|ei|en)"
                         r"\s+$", folded[max(0, m.start() - 12):m.start()]):
            yield m


#: the employee's words that only say the account is a person's own, no role at the company
_PERSONAL_ONLY = LazyPattern(r"personal (account|page|profile)|privater? account|"
                             r"kisisel hesap|cuenta personal")


def _names_a_role(p: Profile) -> bool:
    """Its name or bio says its owner works for the company ("I work at", "opinions my own",
    a job title "at"), more than that the account is a person's own ("cuenta personal")."""
    for text in (p.fields.bio, p.fields.display_name):
        if any(not _PERSONAL_ONLY.fullmatch(m.group(0)) for m in _employee_matches(text)):
            return True
        if sig.NATIVE_EMPLOYEE.search(sig.native(text)):
            return True
    return False


#: two signs or more of a script whose every sign is a syllable or a word (Chinese, Japanese
#: kana, Korean Hangul): a name there as long as a word of five Latin letters ("呷茶")
_SYLLABLES = LazyPattern(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")


def _names_the_brand(p: Profile, bio_only: bool = False) -> bool:
    """The bio or name (``bio_only``: the bio) writes one of the brand's names or aliases as a
    word (a one-word alias too, "Mordisco"; in a script without spaces, a word of the name,
    "ชบา"; two signs of Chinese, Japanese or Korean, "呷茶"): with fan wording beside it, the
    page is about the brand, whatever its handle."""
    bio = p.fields.bio or ""
    return _brand_named_in(p, bio if bio_only else f"{bio} {p.fields.display_name or ''}")


def _brand_named_in(p: Profile, both: str) -> bool:
    """``both`` writes one of the brand's names or aliases as a word (as
    :func:`_names_the_brand` reads a page's name and bio)."""
    text, raw = fold_text(both), sig.native(both)
    for n in p.brand_names:
        if n.isascii():
            k = fold_text(n).strip()
            # a long name may carry a case or possessive ending ("Koivulan", "Ugleøjes")
            end = "(?:'?[a-z]{1,3})?" if len(k) >= 6 else ""
            if len(k) >= 4 and re.search(rf"(?<![a-z0-9]){re.escape(k)}{end}(?![a-z0-9])",
                                         text):
                return True
        elif any((len(w) >= 3 or _SYLLABLES.fullmatch(w)) and w in raw
                 for w in sig.native(n).split()):
            return True
    # the word all of a brand's names share ("Ilves" of "Ilves Loomakliinik", "Ilvese
    # Loomakliinik", "Ilves Vet"), with a case ending ("Ilveses", "Ilvese patsiendid")
    for b in p.ix.inventory.brands:
        for k in _core_words(b.names, folded=True):
            if re.search(rf"(?<![a-z0-9]){re.escape(k)}(?:'?[a-z]{{1,3}})?(?![a-z0-9])", text):
                return True
    # a name in a case form that changes its stem ("Cepļa rupjmaizi" of "Ceplis rupjmaize")
    return _inflected_name_in(p, text)


def inflected(word: str, name_word: str) -> bool:
    """``word`` (folded) is ``name_word`` (folded, five letters or more) in a case form of a
    language with cases: the name's nominative ending (:data:`~matching.words.
    INFLECTION_STEM_ENDINGS`) replaced by a case ending (:data:`~matching.words.
    INFLECTION_CASE_ENDINGS`), a stem of four letters at least kept ("cepla" of "ceplis",
    "routakiven" of "routakivi", "kiukaista" of "kiukaat"), or the whole name with a case
    ending after it ("skargardsvinds"). Only those endings: another word that starts like the
    name is no case of it."""
    if word == name_word:
        return True
    if len(name_word) < 5 or not name_word.isalpha():
        return False
    ends = words.INFLECTION_CASE_ENDINGS
    if word.startswith(name_word) and word[len(name_word):] in ends:
        return True
    for e in words.INFLECTION_STEM_ENDINGS:
        stem = name_word[:-len(e)]
        if name_word.endswith(e) and len(stem) >= 4 and word.startswith(stem) and (
                word[len(stem):] in ends):
            return True
    return False


def _inflected_name_in(p: Profile, text: str, changed: bool = False) -> bool:
    """``text`` (folded) writes one of the brand's Latin-script names of five letters or
    more, every word of it in a case form (:func:`inflected`) or as written, one after the
    other: the brand named as a language with cases names it ("Cepļa" for "Ceplis").
    ``changed``: one word at least in a form other than the name's own."""
    said = re.findall(r"[a-z0-9]+", text)
    for n in p.brand_names:
        parts = re.findall(r"[a-z0-9]+", fold_text(n))
        if not parts or len(parts[0]) < 5 or not scripts_of(n) <= {"LATIN"}:
            continue
        for i in range(len(said) - len(parts) + 1):
            got = said[i:i + len(parts)]
            if all(inflected(g, w) if len(w) >= 5 else g == w
                   for g, w in zip(got, parts, strict=True)) and (not changed or got != parts):
                return True
    return False


def bio_of_its_own(p: Profile) -> str | None:
    """The profile's bio describes a subject of its own (a ski podcast, a key-value store
    in Rust), none of the company's: three words of four letters or more at least, none of
    which the company's declared accounts' bios use (nor a word sharing their first five
    letters) nor is a word of the brand's names, no brand's name, no scam wording, no word
    calling it a company channel. The bio, or None."""
    bio = p.fields.bio
    if not bio or _names_the_brand(p, bio_only=True) or own_wording(bio) is not None:
        return None
    if sig.scam_wording(bio) is not None:
        return None
    mine = {k for k in (plain_key(w) for w in tokens(bio)) if len(k) >= 4}
    if len(mine) < 3:
        return None
    names = {plain_key(w) for n in p.brand_names for w in tokens(n)}
    long_names = [k for k in names if len(k) >= 4]
    # the company's words, without its own names (a handle in a bio, "breckmove"): those
    # are read as whole words below
    theirs = {k for k in (plain_key(w) for t in p.ix.bios.values() for b in t.values()
                          for w in tokens(b))
              if len(k) >= 4 and not any(n in k for n in long_names)}
    # a word of the company's bios in another form shares its first five letters; a brand's
    # name only as a whole word ("Breckenridge" is no "Breck")
    if any(k in theirs or k in names or (
            len(k) >= 5 and any(t[:5] == k[:5] for t in theirs if len(t) >= 5)) for k in mine):
        return None
    return bio


def _personal_account(p: Profile) -> Evidence | None:
    """Someone's own account (an employee's "opinions my own", a person's name, a student's
    project)."""
    for name, text in (("bio", p.fields.bio), ("display_name", p.fields.display_name)):
        m = _employee_words(text)
        if m:
            e = Evidence(
                SignalName.PERSONAL_ACCOUNT,
                m.group(0),
                f"a personal account of an employee: its {name.replace('_', ' ')} says "
                f"'{m.group(0)}'",
            )
            return p.cite(e, name)
        m = _PROJECT_RE.search(fold_text(text or ""))
        if m:
            e = Evidence(
                SignalName.PERSONAL_ACCOUNT,
                m.group(0),
                f"a personal project: its {name.replace('_', ' ')} says '{m.group(0)}'",
            )
            return p.cite(e, name)
    person = _person_name(p)
    if person is not None and not p.has(SignalName.AVATAR_MATCH, SignalName.BIO_COPY):
        return Evidence(
            SignalName.PERSONAL_ACCOUNT,
            person,
            f"a personal account: the display name '{person}' is a person's name",
        )
    return None


def _empty_profile(p: Profile) -> Evidence | None:
    return sig.empty_profile(p.fields)


# ----------------------------------------------------------------------------- the company's own


def _official_site_link(p: Profile) -> Evidence | None:
    """Linked from the official website, unless the link reads as a warning about it."""
    e = sig.linked_from_official_site(p.o.sightings, p.ix.official_domains)
    if e is None:
        return None
    disowned = sig.disowned_by_official_site(p.o.sightings, p.ix.official_domains)
    if disowned is not None:
        # the company's own warning page names the impostors to warn its customers: its
        # link says the page is not the company's, the opposite of a proof of ownership
        return Evidence(
            SignalName.OFFICIAL_SITE_MENTION,
            disowned[0],
            f"the company's own page {disowned[0]} warns about it: '{disowned[1]}' (not taken "
            "as proof that it is the company's: the company names it as a fake)",
        )
    listed = sig.listed_among_others(p.o.sightings, p.ix.official_domains)
    if listed is not None and not _carries_brand(p):
        # a line-up, an agents' or a stockists' page links other people's and businesses'
        # own accounts: the company names them, it does not claim them
        return Evidence(
            SignalName.OFFICIAL_SITE_MENTION,
            listed[0],
            f"{e.detail}, among others' accounts ('{listed[1]}'); not taken as proof that it "
            "is the company's: the page lists third parties (artists, agents, stockists, "
            "partners), and the profile carries nothing of the brand in its name or picture",
        )
    person = p.found.get(SignalName.PERSONAL_ACCOUNT)
    if person is not None and not person.detail.startswith("a personal account:") and not (
            p.has(SignalName.AVATAR_MATCH) or "official" in p.kinds):
        # a roster or team page links its people's own accounts: "personal account",
        # "opinions my own" in the profile's words make it theirs, not the company's
        return Evidence(
            SignalName.OFFICIAL_SITE_MENTION,
            e.value,
            f"{e.detail}; not taken as proof that it is the company's: the profile says it is "
            f"a person's own ('{person.value}'), as the accounts of people a team page lists",
        )
    elsewhere = _another_business(p)
    if elsewhere is not None:
        return Evidence(
            SignalName.OFFICIAL_SITE_MENTION,
            e.value,
            f"{e.detail}; not taken as proof that it is the company's: the profile's own "
            f"website is another business's ({elsewhere}) and it carries nothing of the brand "
            "but a shared word (sites also link partners, neighbours and sister businesses)",
        )
    fee = _job_fee_asked(p)
    if fee:
        # a walled page whose search result makes job applicants pay: no employer's channel
        # does; a company's warning page names such a page to disown it ("not ours")
        return Evidence(
            SignalName.OFFICIAL_SITE_MENTION,
            e.value,
            f"{e.detail}; not taken as proof that it is the company's: its search result "
            f"makes job applicants pay ('{fee}'), which no employer's own page does (company "
            "pages also name impostors to warn about them)",
        )
    refused = p.has(SignalName.LINK_REFUSED)
    if refused or (p.has(SignalName.SCAM_WORDING) and p.lookalike):
        # no company channel sends people into a private network or to a lookalike scam
        # page: sites also link impostors to warn about them ("this one is not ours")
        why = ("its links lead into a private network" if refused
               else "it uses scam wording and links to a lookalike domain")
        return Evidence(
            SignalName.OFFICIAL_SITE_MENTION,
            e.value,
            f"{e.detail}; not taken as proof that it is the company's: {why} "
            "(company pages also name impostors to warn about them)",
        )
    return e


def _carries_brand(p: Profile) -> bool:
    """The profile presents itself as the brand: the logo (a region's or a department's page:
    "Loto Kokodmer Praslin"), or the brand's full name or a declared handle as its name. A
    third party the company lists carries its own picture and name, the brand's word at most
    beside its own ("Nipi Lynge", an artist; "Nafa Distribution Kayes", a wholesaler; "<a
    shop> - <Brand> agent in Karbala"), and often a link to the company's site (its
    supplier's)."""
    if p.avatar is not None:
        return True
    t = p.id_target
    if (t is not None and t.strong and p.identity >= 0.8
            and sig.someone_else(p.fields.display_name, p.brand_names) is None):
        return True
    if p.fields.display_name or p.fields.avatar_phash:
        return False
    # a page that shows nothing of its own (X's JavaScript shell, a wall): its handle is all
    # it presents, the brand's full name in it ("PesaFitiAgents", the agents' channel)
    handle = plain_key(handle_text(p.o))
    return any(t.strong and len(t.key) >= 4 and t.key in handle for t in p.ix.targets)


def _another_business(p: Profile) -> str | None:
    """The registered domain of the profile's own website when that is not an official domain
    and the profile carries nothing of the brand but, at most, a word it shares (no full
    name or declared handle at 0.8, no logo, no official link, no full name in its bio): a
    partner, a neighbour or a sister business the official site links (a restaurant, a surf
    school), whose account is its own, not the company's."""
    if "official" in p.kinds or p.avatar is not None:
        return None
    t = p.id_target
    if t is not None and t.strong and p.identity >= 0.8:
        return None
    mention = p.found.get(SignalName.BRAND_MENTION)
    if mention is not None and (_full_name_mention(p, str(mention.value))
                                or str(mention.value).startswith("@")):
        return None
    return next((registered_domain(u) for u in p.fields.external_links
                 if registered_domain(u) and p._kind(u)[0] != "official"
                 and not _platform_host(u)), None)


def _platform_host(url: str) -> bool:
    """A link to a social platform (another profile of the page), not a website of its own."""
    return registered_domain(url) in _PLATFORM_DOMAINS


_PLATFORM_DOMAINS = frozenset({
    "facebook.com", "instagram.com", "x.com", "twitter.com", "tiktok.com", "youtube.com",
    "youtu.be", "linkedin.com", "t.me", "telegram.me", "threads.net", "threads.com",
    "pinterest.com", "reddit.com", "github.com", "bsky.app", "mastodon.social", "wa.me",
    "linktr.ee", "whatsapp.com",
})


def _verified_official_link(p: Profile) -> Evidence | None:
    return sig.verified_official_link(p.fields, p.ix.official_domains)


def _domain_handle(p: Profile) -> Evidence | None:
    return domain_handle(p.o, p.ix)


def _verified_badge(p: Profile) -> Evidence | None:
    if sig.verified_badge(p.fields) is None or "official" not in p.kinds or unproven(p):
        return None
    dom = p.kinds["official"]
    return Evidence(SignalName.VERIFIED_BADGE, True,
                    f"verified badge and a link to the official domain {dom}")


_SOFT_SCAM = FamilyPattern("|".join(words.SOFT_SCAM_WORDS), ("soft_scam", "dm_invite"), "bare")
_NATIVE_SOFT = frozenset(sig.native(w) for w in words.NATIVE_SOFT_SCAM_PHRASES)


def _native_soft(hit: str) -> bool:
    """A soft scam hit of another script, built in or the user's (matching/user_words.py)."""
    return hit in _NATIVE_SOFT or hit in native_hits(("soft_scam", "dm_invite"))


def _hard_scam(p: Profile, excused: frozenset[str] = frozenset()) -> bool:
    """Scam wording beyond what honest company channels say too (payment, credential or
    personal-data requests, giveaways to claim, crypto): see ``words.SOFT_SCAM_WORDS``;
    ``excused``: words not counted (the company's own, :func:`company_words`)."""
    e = p.found.get(SignalName.SCAM_WORDING)
    if e is None:
        return False
    hits = [h.strip() for h in str(e.value).split(",") if h.strip() not in excused]
    if not hits:
        return False
    return any(not _SOFT_SCAM.fullmatch(h) and not _native_soft(h) for h in hits) or (
        len(hits) >= 5)


_ORDER_CHANNEL = LazyPattern("|".join(words.ORDER_CHANNEL_WORDS))
_GIVEAWAY = LazyPattern(r"\b(" + "|".join(words.GIVEAWAY_WORDS) + r")\b")


def its_own_trade(p: Profile, poses: bool) -> bool:
    """Scam wording that is a trade's own, on a page that poses as nothing of ours: the only
    harm is scam vocabulary of the soft kind (free, a gift, a contest) or an order channel
    ("book on WhatsApp"), and the page names itself as someone else (a person, "Mama Zawadi";
    a business, "<word> Tours & Safaris") with no logo, copied bio, lure or claim in its
    handle or name. A tour operator taking bookings by WhatsApp or an employee called Zawadi
    ("gift") deceives nobody about the brand; a request for money or data, or any other sign
    of deception, still makes an impostor."""
    e = p.found.get(SignalName.SCAM_WORDING)
    if e is None or poses or p.avatar is not None or p.lure_affixes or _official_claim(p):
        return False
    if any(n in p.found for n in _HARM if n != SignalName.SCAM_WORDING):
        return False
    name = p.fields.display_name
    if "display_name" in p.derived or sig.someone_else(name, p.brand_names) is None:
        return False
    # the brand's full name in its name ("<Brand Resort> tickets") is a pose, not a namesake's,
    # unless the name's own word is a trade its bio describes and the brand's is not
    plain = plain_key(name or "")
    if (_bears_brand_name(p) or any(plain_key(n) in plain for n in p.brand_names
                                    if len(tokens(n)) > 1)) and not _a_trade_of_its_own(p):
        return False
    hits = [h.strip() for h in str(e.value).split(",")]
    if _GIVEAWAY.search(fold_text(name or "")):
        return False  # a giveaway in its name is a lure, not a word of its trade
    return all(_SOFT_SCAM.fullmatch(h) or _native_soft(h) or _ORDER_CHANNEL.fullmatch(h)
               for h in hits)


def _trade_words_beyond(e: Evidence | None) -> bool:
    """Scam wording beyond a trade's own order channel ("book via WhatsApp",
    :func:`its_own_trade`): a namesake's site is no excuse for it (nor for a giveaway: "win a
    year of paper" on a namesake's page poses with the brand's goods)."""
    return e is not None and not all(
        _ORDER_CHANNEL.fullmatch(h) for h in (h.strip() for h in str(e.value).split(",")))


_SHOP_WORDS = frozenset(plain_key(w) for w in words.SHOP_NAME_WORDS)


def _a_trade_of_its_own(p: Profile) -> bool:
    """The name is the brand's full name beside a word of its own that is a trade ("Pearl
    Lab 美甲", a nail salon; "<Brand> Nails"): its bio describes that trade again ("美甲・光療",
    "nail art and gel") and names the brand nowhere, no official account's bio says the word
    (it is not the brand's own trade), and the word is no shop's ("<Brand> Store" sells the
    brand). A business named like the brand, not a page posing as it."""
    f = p.fields
    other = sig.someone_else(f.display_name, p.brand_names)
    if not other or not f.bio or p.has(SignalName.BRAND_MENTION) or _names_the_brand(
            p, bio_only=True):
        return False
    bio = [plain_key(w) for w in tokens(f.bio)]
    official = {plain_key(w) for t in p.ix.bios.values() for b in t.values() for w in tokens(b)}
    for w in tokens(other):
        k = plain_key(w)
        if len(k) < 4 or k in _SHOP_WORDS or any(k in o for o in official):
            continue
        stem = k[:max(4, len(k) - 2)]
        if any(b.startswith(stem) or k in b for b in bio):
            return True
    return False


def _harmless(p: Profile) -> bool:
    """Nothing a fraudster would gain: no scam wording beyond the soft words and the
    company's own (:func:`company_words`), lookalike, look-alike letters, a typo of a
    declared handle of the platform, fan wording, refused link or painted-on badge."""
    return not (p.lookalike or _hard_scam(p, company_words(p) | _pointer_words(p)) or p.has(
        SignalName.HOMOGLYPHS, SignalName.SELF_DECLARED_UNOFFICIAL,
        SignalName.LINK_REFUSED, SignalName.IMPERSONATED_BADGE,
    ) or _typosquat(p))


def _pointer_words(p: Profile) -> frozenset[str]:
    """The scam words only its links to the company's declared accounts make
    (:func:`declared_account_links`: ``t.me`` in "new channel: t.me/brand"): a pointer to the
    company's own account, no lure. The same words elsewhere in its text still count."""
    links = declared_account_links(p)
    if not links:
        return frozenset()
    bio = p.fields.bio or ""
    for url in links:
        bio = bio.replace(url, " ")
    return frozenset(_words_of((p.fields.bio or "",)) - _words_of((bio,)))


def _typosquat(p: Profile) -> bool:
    """The handle misspells by one letter a handle the inventory declares on the same
    platform (:func:`matching.signals.typo_of`)."""
    return _typo_of_declared(p) is not None


def _typo_of_declared(p: Profile) -> str | None:
    """The declared handle of the same platform that the handle misspells by one letter."""
    declared = [a.handle for b in p.ix.inventory.brands for a in b.accounts
                if a.platform == p.o.platform and a.handle]
    return sig.typo_of(p.o.handle, declared)


def declared_twin(p: Profile) -> str | None:
    """The handle the inventory declares on the same platform that this one spells with the
    same letters and digits and other separators or case (``HNKBura`` beside the declared
    ``HNK_Bura``, ``brand.shop`` beside ``brand_shop``): the closest copy of the company's own
    account a handle can be, when it is not that account."""
    mine = squash(p.o.handle)
    if len(mine) < 5:
        return None
    return next((a.handle for b in p.ix.inventory.brands for a in b.accounts
                 if a.platform == p.o.platform and a.handle and squash(a.handle) == mine
                 and a.handle.lower() != p.o.handle.lower()), None)


#: platforms whose handle can *be* a domain the platform verified (Bluesky): there a company
#: proves its account by its domain as the handle, and a shared-suffix handle proves nothing
DOMAIN_HANDLE_PLATFORMS = frozenset({"bluesky"})


#: platforms that verify a profile's link to a site (Mastodon's rel=me check, shown as a
#: verified link): there an official account that links the company's site proves the link
LINK_VERIFYING_PLATFORMS = frozenset({"mastodon"})


def unproven(p: Profile) -> bool:
    """What the profile says of itself proves no ownership: its handle is no official domain
    where the platform asks for one (:func:`unproven_handle`), or it claims to be official
    without the proof the platform offers (an ``unproven_claim``)."""
    return unproven_handle(p) or p.has(SignalName.UNPROVEN_CLAIM)


def unproven_handle(p: Profile) -> bool:
    """On a platform where the company proves its account by its domain as the handle, this
    one uses none of the official domains: what it says of itself (logo, "official", the
    official domain in its bio) is what anybody can write, so it proves no ownership."""
    return p.o.platform in DOMAIN_HANDLE_PLATFORMS and domain_handle(p.o, p.ix) is None


_POSE_WORDS = FamilyPattern(r"(?<![a-z])(" + "|".join(sorted(words.POSE_AFFIXES - {"real"}))
                            + r")(?![a-z])", ("official",))


def _unproven_claim(p: Profile) -> Evidence | None:
    """Calls itself official ("resmi", "Offizieller Account") on a platform where an official
    account proves itself with its domain as the handle, and shows no such handle: a claim
    the platform offers a way to prove, not proven, like a badge painted on. Elsewhere:
    :func:`_unbacked_claim`."""
    if not unproven_handle(p):
        return _unbacked_claim(p) or _unverified_link_claim(p) or _second_official(p)
    if p.identity < 0.8 or p.has(
            SignalName.SELF_DECLARED_UNOFFICIAL) or sig.linked_from_official_site(
            p.o.sightings, p.ix.official_domains) is not None:
        return None
    for name, text in (("handle", p.o.handle), ("display_name", p.fields.display_name),
                       ("bio", p.fields.bio)):
        m = _POSE_WORDS.search(" ".join(tokens(text or "")))
        if m:
            e = Evidence(
                SignalName.UNPROVEN_CLAIM,
                m.group(0),
                f"its {name.replace('_', ' ')} claims to be official ('{m.group(0)}'), but on "
                f"{p.o.platform} an official account proves itself with the company's domain "
                "as its handle, and this one has none",
            )
            return p.cite(e, name)
    return None


def _a_namesakes_own_official(p: Profile) -> bool:
    """"<Given> <Family> Official": a company's short alias of two or more words (a person's
    full name shares that form) is the only brand name the profile wears, and nothing else of
    the company is there: not the brand's own name, the logo, an official or lookalike link.
    Its "official" is then someone else's (an artist's channel), not a claim to be the company.

    A brand's own name ("<Brand> Official"), a one-word short name, the logo or the company's
    links keep the claim a claim."""
    if p.avatar is not None or {"official", "lookalike"} & set(p.kinds):
        return False
    shown = plain_key(_POSE_WORDS.sub(" ", " ".join(tokens(p.fields.display_name or ""))))
    if not shown:
        return False
    for brand in p.ix.inventory.brands:
        aliases = [a for a in brand.aliases if len(tokens(a)) > 1 and plain_key(a) == shown]
        if not aliases:
            continue
        if plain_key(brand.name) == shown:
            return False
        # the bio names the company more fully than the shared alias: it presents itself
        # as the company
        bio = plain_key(p.fields.bio or "")
        others = {plain_key(n) for n in (brand.name, *brand.aliases)} - {shown}
        return not any(o and o in bio for o in others)
    return False


def _reordered_name(p: Profile) -> bool:
    """The display name is a brand name of several words in another order ("<B> <A>" for
    "<A> <B>"), and nothing else: how a person's name is written where the family name comes
    first, never how the company writes itself."""
    shown = [plain_key(t) for t in tokens(p.fields.display_name or "")]
    if len(shown) < 2:
        return False
    for n in p.brand_names:
        own = [plain_key(t) for t in tokens(n)]
        if own != shown and sorted(own) == sorted(shown):
            return True
    return False


def _unbacked_claim(p: Profile) -> Evidence | None:
    """The brand's name, calling itself official ("Cuenta oficial", "公式"), while nothing of
    the company backs the claim: the company neither declares it nor links it, and it links
    no official domain. An own channel that says "official" links the company's site or is
    linked from it (and is proven the company's before this counts); a person's or another
    business's name ("Mikko Koivula Official") names someone else."""
    near = p.identity >= 0.8 or (p.identity >= p.config.block_floor
                                 and p.has(SignalName.BRAND_MENTION))
    if not near or "official" in p.kinds or p.has(
            SignalName.SELF_DECLARED_UNOFFICIAL, SignalName.PERSONAL_ACCOUNT) or (
            sig.linked_from_official_site(p.o.sightings, p.ix.official_domains) is not None):
        return None
    if sig.someone_else(p.fields.display_name, p.brand_names) is not None and not (
            _full_name_shown(p) and not _a_trade_of_its_own(p) and reseller(p) is None):
        return None
    if _a_namesakes_own_official(p) or official_of_another(p) is not None:
        return None
    claim = _claims_official(p)
    if claim is None:
        return None
    name, word = claim
    e = Evidence(
        SignalName.UNPROVEN_CLAIM,
        word,
        f"its {name.replace('_', ' ')} claims to be official ('{word}'), but the "
        "company neither declares nor links it, and it links no official domain",
    )
    return p.cite(e, name)


#: "official <channel> of (the) <kind within four words>", "the <kind>'s official <channel>"
#: (folded text): whose the official page says it is
_OFFICIAL_OF = LazyPattern(
    r"\b(?:official|oficial|officiel\w*|ufficiale|offiziell\w*)\s+(?:\w+\s+)?"
    r"(?:of|de|del|da|do|di|des|du|von|der)\s+(?:the\s+|la\s+|el\s+|le\s+|l'|il\s+|die\s+)?"
    r"((?:[\w'-]+\s*){1,4})")
_KINDS_OF_ANOTHER = frozenset(fold_text(w) for w in words.FANDOM_SUBJECT_WORDS)


def official_of_another(p: Profile) -> str | None:
    """"Official channel of the Faroese metal band <Name>": the page says whose official
    channel it is, and that is a band's, a team's, a podcast's or a series' (a word of
    :data:`~matching.words.FANDOM_SUBJECT_WORDS` the company's names and bios never use):
    a namesake's own official page, no claim to be the company's. Only where nothing of the
    company is there (no logo, official or lookalike link): with the logo it is a claim
    again. The words, or None."""
    if p.avatar is not None or {"official", "lookalike"} & set(p.kinds):
        return None
    theirs = {fold_text(w) for n in p.brand_names for w in tokens(n)} | _company_bio_words(p)
    kinds = _KINDS_OF_ANOTHER - theirs
    for text in (p.fields.bio, p.fields.display_name):
        said = fold_text(text or "")
        for m in _OFFICIAL_OF.finditer(said):
            if any(w.strip("'-") in kinds for w in m.group(1).split()):
                return m.group(0)
        # "the band's official channel"
        owner = re.search(r"\b([\w-]+)'s\s+official\b", said)
        if owner and owner.group(1) in kinds:
            return owner.group(0)
    return None


def _full_name_shown(p: Profile) -> str | None:
    """A name of the brand of several words ("قناة كوفند", "Quillmark Papier") inside the
    display name, beside a word of the channel's kind ("الفضائية", satellite; "Hamburg"): the
    name presents the brand, as "<Brand Resort> tickets" does, not a person or a business of
    one shared word. The name, or None."""
    shown = plain_key(p.fields.display_name or "")
    return next((n for n in p.brand_names
                 if len(tokens(n)) > 1 and len(plain_key(n)) >= 6 and plain_key(n) in shown),
                None)


def _claims_official(p: Profile) -> tuple[str, str] | None:
    """Where the profile calls itself official (``handle``, ``display_name`` or ``bio``) and
    the word it uses; a fan's text that says "official" about someone else does not count."""
    for name, text in (("handle", p.o.handle), ("display_name", p.fields.display_name),
                       ("bio", p.fields.bio)):
        m = _POSE_WORDS.search(" ".join(tokens(text or ""))) or (
            _NATIVE_POSE.search(sig.native(text)) if name != "handle" else None)
        if m and not (name != "handle" and sig.self_declared_fan(text)):
            return name, m.group(0)
    return None


def _unverified_link_claim(p: Profile) -> Evidence | None:
    """Calls itself official and links the company's site on a platform that verifies such
    links (Mastodon), but the platform has not verified this one, and nothing official links
    to it: the company's own account proves its link there, as the platform offers."""
    if (p.o.platform not in LINK_VERIFYING_PLATFORMS or "official" not in p.kinds
            or p.identity < 0.8 or p.has(SignalName.SELF_DECLARED_UNOFFICIAL)
            or sig.verified_official_link(p.fields, p.ix.official_domains) is not None
            or sig.linked_from_official_site(p.o.sightings, p.ix.official_domains)
            is not None):
        return None
    claim = _claims_official(p)
    if claim is None:
        return None
    name, word = claim
    e = Evidence(
        SignalName.UNPROVEN_CLAIM,
        word,
        f"its {name.replace('_', ' ')} claims to be official ('{word}') and links "
        f"the company's site, but {p.o.platform} has not verified that link (an "
        "official account proves it there) and nothing official links to it",
    )
    return p.cite(e, name)


def _second_official(p: Profile) -> Evidence | None:
    """Verified, wears the company's logo or links its site, and calls itself official under
    the brand's bare name on a platform where the company declares its account of that brand,
    while nothing official vouches for this one (the
    site does not link it, the platform verified no link of it, its handle is no official
    domain). A badge (sold by the platforms), the logo, the bio and a link to the company's
    site can all be copied or bought: the company's second account presents itself apart (a
    region, a department, a programme) and is linked, it does not claim to be *the* official
    one beside the declared account."""
    b = p.brand_index
    if not p.fields.verified:
        # an old own double that calls itself official (the logo, the site's link, no badge)
        # is the company's dormant second account: only a badge makes it claim the seat of
        # the declared one
        return None
    if b is None or p.identity < 0.9 or p.has(SignalName.SELF_DECLARED_UNOFFICIAL,
                                              SignalName.PERSONAL_ACCOUNT):
        return None
    if sig.someone_else(p.fields.display_name, p.brand_names) is not None or (
            _a_namesakes_own_official(p)):
        return None
    if p.avatar is None and "official" not in p.kinds:
        return None  # nothing of the company's: a namesake's "official" (a singer's channel)
    own_handle = p.o.handle.lower().lstrip("@")
    declared = [a for a in p.ix.inventory.brands[b].accounts
                if a.platform == p.o.platform and a.handle.lower().lstrip("@") != own_handle]
    if not declared or sig.linked_from_official_site(
            p.o.sightings, p.ix.official_domains) is not None or sig.verified_official_link(
            p.fields, p.ix.official_domains) is not None or domain_handle(p.o, p.ix):
        return None
    claim = _claims_official(p)
    if claim is None:
        return None
    name, word = claim
    e = Evidence(
        SignalName.UNPROVEN_CLAIM,
        word,
        f"its {name.replace('_', ' ')} claims to be official ('{word}') under the brand's "
        f"own name beside the declared {p.o.platform}:{declared[0].handle}, but nothing "
        "official links it or verifies its link: a badge, the logo and a link to the "
        "company's site can be bought or copied",
    )
    return p.cite(e, name)


def _partner_name(p: Profile) -> bool:
    """The page's name calls it a franchisee's store or a dealer ("<Brand> 逢甲加盟店", "<Brand>
    Yetkili Bayi"): a partner's own page, not the company's (a company page that lists its
    dealers, "Dealers in Vlaanderen", says so in its bio, not in its name)."""
    return reseller_words(p.fields.display_name) is not None


def _company_resources(p: Profile) -> Evidence | None:
    """The official logo and links to official domains only, with nothing to gain for a
    fraudster: the company's own channel nobody listed (often an old one). Not a page named
    a franchisee's store or a dealer ("<Brand> 逢甲加盟店", "<Brand> Yetkili Bayi"): a
    partner wears the logo and links the company by licence, and runs its page itself."""
    # a profile without link fields (a Telegram channel) writes its site in the description
    kinds = p.link_field_kinds or set(p.kinds)
    if _partner_name(p):
        return None  # a franchisee's or a dealer's own page wears the logo by licence
    old = _left_behind(p)
    if old is not None:
        return old
    if p.avatar is None or kinds != {"official"} or not (_harmless(p) or _shows_fan_work(p)):
        return None
    if unproven(p) or _fresh_twin(p) is not None:
        # a word-for-word copy of the bio of the company's live account of the platform:
        # a copy of that account (the company's own second account says what it is for)
        return None
    dom = p.kinds["official"]
    return Evidence(
        SignalName.COMPANY_RESOURCES,
        dom,
        f"uses the official logo and links only to the official domain {dom}, without scam "
        "wording or lookalike links",
    )


#: an account that wears the logo and links nowhere counts as the company's old one only
#: when it was opened this long before its last sign of life (or, its opening date not shown,
#: has been silent this long) ...
_LEFT_BEHIND_AGE_DAYS = 3 * 365
#: ... or, where the platform shows when a page was opened but not when it last posted
#: (Facebook), when it was opened this long ago
_OLD_PAGE_DAYS = 5 * 365


def _long_ago(p: Profile) -> str | None:
    """How the page shows that it was left behind years ago, or None. Silent for longer
    than ``dormant_days`` after years of life (opened ``_LEFT_BEHIND_AGE_DAYS`` before its
    last post), or silent that long itself where no opening date is shown; where the
    platform shows no date of any post (Facebook), opened ``_OLD_PAGE_DAYS`` ago."""
    f = p.fields
    if f.last_active_at:
        quiet = _days_between(f.last_active_at, p.now)
        if quiet is None or quiet < p.config.dormant_days:
            return None
        if f.created_at:
            age = _days_between(f.created_at, f.last_active_at)
            if age is None or age < _LEFT_BEHIND_AGE_DAYS:
                return None
            return f"was opened {f.created_at} and has been silent since {f.last_active_at}"
        if quiet < _LEFT_BEHIND_AGE_DAYS:
            return None  # no opening date shown: the silence alone must be years long
        return f"shows no opening date and has been silent since {f.last_active_at}"
    age = _days_between(f.created_at, p.now)
    if age is None or age < _OLD_PAGE_DAYS:
        return None
    return (f"was opened {f.created_at}, over five years ago (the platform shows no date of "
            "its posts)")


def _dead_link(p: Profile, dom: str) -> bool:
    """The crawl followed a link to ``dom`` and no page answered: the host is gone (a lapsed
    domain) or answers only an error."""
    tried = [pg for pg in p.pages if registered_domain(pg.final_url or pg.url) == dom]
    return bool(tried) and all(
        (pg.refused or "").startswith("fetch failed") or (pg.http_status or 0) >= 400
        for pg in tried)


def _left_links(p: Profile) -> str | None:
    """Where an old page sends people, when that is nowhere a fraudster gains: nowhere, an
    official domain, or a domain that no longer answers (the company's lapsed old domain,
    which sends nobody anywhere). None when it links anything else."""
    official: list[str] = []
    dead: list[str] = []
    for url in p.links:
        kind, dom, _why = p._kind(url)
        if kind == "official":
            official.append(dom)
        elif _dead_link(p, dom):
            dead.append(dom)
        else:
            return None
    said = [f"the official domain {d}" for d in dict.fromkeys(official)] + [
        f"{d}, which no longer answers" for d in dict.fromkeys(dead)]
    return "links only " + " and ".join(said) if said else "links nowhere"


#: how :func:`_left_behind` names what it found: an old page, to retire whatever the platform
#: shows of its posts (:func:`matching.classify._decided` reads it)
LEFT_BEHIND = "the company's old page, left behind"


def _left_behind(p: Profile) -> Evidence | None:
    """The company's old page, left behind: it wears the official logo (or bears the
    brand's own name and links an official domain), was left years ago (:func:`_long_ago`),
    links nothing but official domains or lapsed ones that no longer answer, and shows
    nothing a fraudster would gain: no scam wording beyond the company's own words, no
    request for money or data, lure word in the handle, look-alike letters, unofficial words,
    typo of a declared handle, nor a lookalike site that promotes it. A word or a mark
    calling it official ("official" in the handle, a painted tick) is no harm there: the
    company's first page called itself so before a newer one was declared. An impostor
    copying the logo starts young (see ``young_logo_copy``) and asks for something soon; a
    hijacked old page is put to work at once; one silent for years that sends people only
    to the company gains a fraudster nothing."""
    if unproven_handle(p) or p.brand_index is None or set(p.lure_affixes) - words.POSE_AFFIXES:
        return None
    if p.has(SignalName.HOMOGLYPHS, SignalName.SELF_DECLARED_UNOFFICIAL,
             SignalName.LINK_REFUSED, SignalName.EMPTY_PROFILE,
             SignalName.PROMOTED_BY_LOOKALIKE) or _typosquat(p):
        return None
    when = _long_ago(p)
    if when is None or _scam_hits(p) - company_words(p) or _asks_money_or_data(p):
        return None
    links = _left_links(p)
    if links is None:
        return None
    if p.avatar is None and not ("official" in p.kinds and _poses_by_name(p)):
        return None
    page = p.found.get(SignalName.LOOKALIKE_PAGE)
    if page is not None and not _dead_link(p, str(page.value)):
        return None
    acc = p.avatar[1] if p.avatar is not None else None
    wears = (f"wears the official logo of {acc.platform}:{acc.handle}" if acc is not None
             else "bears the brand's own name")
    return Evidence(
        SignalName.COMPANY_RESOURCES,
        p.fields.last_active_at or p.fields.created_at,
        f"{wears}, {links}, asks for nothing and {when}: {LEFT_BEHIND} (an impostor starts "
        "young and asks soon)",
    )


def _poses_by_name(p: Profile) -> bool:
    """Its name is one of the brand's own full names, presented as the brand."""
    t = p.id_target
    return (p.identity >= 0.9 and t is not None and t.strong
            and sig.someone_else(p.fields.display_name, p.brand_names) is None)


def _scam_hits(p: Profile) -> set[str]:
    """The scam words its page uses (``scam_wording``'s hits), or none."""
    e = p.found.get(SignalName.SCAM_WORDING)
    return {h.strip() for h in str(e.value).split(",")} if e is not None else set()


@lru_cache(maxsize=64)
def _words_of(bios: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for bio in bios:
        e = sig.scam_wording(bio)
        if e is not None:
            out.update(h.strip() for h in str(e.value).split(","))
    return frozenset(out)


def company_words(p: Profile) -> frozenset[str]:
    """The words of the scam vocabulary the company's own declared accounts use in their
    bios: its trade's words (a lottery's "draw", "Розыгрыши по четвергам"), which on a page
    that sends people only to the company are no lure of a fraudster's."""
    return _words_of(tuple(sorted(b for t in p.ix.bios.values() for b in t.values())))


_FAN_WORK = LazyPattern(r"\bfan ?(art|made|edits?)\b")


def _shows_fan_work(p: Profile) -> bool:
    """Its only fan word names what it shows ("fan art we love", "fan-made edits"), not what it
    is: a company's community channel shares its players' fan art too. Otherwise harmless, and
    with no word calling the page itself unofficial, a fan's or a parody."""
    e = p.found.get(SignalName.SELF_DECLARED_UNOFFICIAL)
    if e is None or not _FAN_WORK.fullmatch(fold_text(str(e.value))):
        return False
    rest = [_FAN_WORK.sub(" ", fold_text(t or "")) for t in (p.fields.bio, p.fields.display_name)]
    return sig.self_declared_fan(*rest) is None and not (
        p.lookalike or _hard_scam(p) or p.has(
            SignalName.HOMOGLYPHS, SignalName.LINK_REFUSED, SignalName.IMPERSONATED_BADGE))


_OWN_RE = FamilyPattern("|".join(words.OWN_CHANNEL_PATTERNS), ("own_channel",))
#: the same in other scripts, read on the text as written (folding would transliterate it)
_NATIVE_OWN = FamilyPattern("|".join(re.escape(sig.native(w)) for w in sorted(
    words.NATIVE_OWN_CHANNEL_PHRASES, key=len, reverse=True)), ("own_channel",), "native")


def own_wording(text: str | None) -> str | None:
    """The word by which a page calls itself a company channel (news, careers, a region,
    "we moved"), in any language, or None. A fan's "unofficial" is no such word."""
    m = _OWN_RE.search(fold_text(text or ""))
    if m:
        return m.group(0)
    if sig.self_declared_fan(text) is not None:
        return None
    n = _NATIVE_OWN.search(sig.native(text))
    return n.group(0) if n else None


def _own_channel(p: Profile) -> Evidence | None:
    """Describes itself as a channel of the company (news, careers, a region) and links an
    official domain, without anything a fraudster would gain."""
    if "official" not in p.kinds or "lookalike" in p.kinds or not _harmless(p):
        return None
    if unproven(p) or _partner_name(p):
        return None
    if p.identity < 0.8 and not p.has(SignalName.BRAND_MENTION, SignalName.AVATAR_MATCH):
        return None
    for text in (p.fields.bio, p.fields.display_name, " ".join(p.affixes)):
        word = own_wording(text)
        if word:
            dom = p.kinds["official"]
            e = Evidence(
                SignalName.OWN_CHANNEL,
                dom,
                f"describes itself as a company channel ('{word}') and links the official "
                f"domain {dom}, without scam wording, lookalike links or look-alike letters",
            )
            return p.cite(e, "bio", "display_name")
    return _own_offshoot(p)


def _own_offshoot(p: Profile) -> Evidence | None:
    """A page of something of the company's (a hotel of the chain, a campaign, an event):
    its name is the brand's plus words of its own, or another name altogether, its bio names
    the brand by a full name ("Bidyut Energy Cricket Carnival 2023", "part of Kamzík
    Hotels"), and it links nothing but an official domain, with nothing a fraudster would gain
    and no fan's or person's words. An impostor poses as the brand itself (its name *is* the
    brand's) or sends people elsewhere; a namesake's subject is something else and links its
    own site. Read from the page itself, not from a search result."""
    if p.link_field_kinds != {"official"} or not _harmless(p) or unproven(p) or p.derived:
        return None
    if p.has(SignalName.PERSONAL_ACCOUNT, SignalName.SELF_DECLARED_UNOFFICIAL,
             SignalName.SCAM_WORDING, SignalName.UNPROVEN_CLAIM) or p.lure_affixes:
        return None
    mention = p.found.get(SignalName.BRAND_MENTION)
    if mention is None or not _full_name_mention(p, str(mention.value)):
        return None
    if (sig.listed_among_others(p.o.sightings, p.ix.official_domains) is not None
            and not _carries_brand(p)):
        return None  # the company's site lists it among others' (its wholesalers, agents)
    if p.identity >= 0.9 and sig.someone_else(p.fields.display_name, p.brand_names) is None:
        return None  # the brand's own name, presented as the brand: not an offshoot's
    dom = p.kinds["official"]
    return Evidence(
        SignalName.OWN_CHANNEL,
        dom,
        f"a page of something of the company's: its bio names the brand ('{mention.value}') "
        f"and it links only the official domain {dom}, without scam wording, lookalike "
        "links, look-alike letters or fan words",
    )


def _full_name_mention(p: Profile, term: str) -> bool:
    """The mentioned term is one of the brand's full names (several words, or the brand's
    first name), not a one-word alias a hill or a person shares, nor a handle."""
    k = plain_key(term)
    return any(plain_key(n) == k and (i == 0 or strong_name(n))
               for b in p.ix.inventory.brands for i, n in enumerate(b.names))


def _search_result_company(p: Profile) -> Evidence | None:
    """All a crawler can read is the search result (X, LinkedIn): it names the brand, sends
    people only to the official domain and has nothing a fraudster would gain, on a handle
    that copies no official one. The reviewer confirms, as official_unlisted asks anyway.
    Text a search engine shows is the weakest proof there is: any scam word undoes it, also
    those help desks use ("DM us", "chama na DM"), which suffice to move victims out of sight."""
    if p.searched is None or p.fields.avatar_phash or p.kinds.keys() != {"official"}:
        return None
    if not _harmless(p) or p.lure_affixes or p.has(SignalName.SCAM_WORDING):
        return None
    if unproven(p):
        return None
    if p.identity < 0.8 and not p.has(SignalName.BRAND_MENTION):
        return None
    h_t = p.h_target
    section = own_section(p)
    cut = h_t is not None and _cut_to_the_limit(p, h_t.key)
    if h_t is not None and fast_key(handle_text(p.o)) != h_t.key and section is None and not cut:
        return None
    named = f"'{p.fields.display_name}'" if "display_name" in p.derived else "the brand"
    dom = p.kinds["official"]
    how = (f"scam wording or lookalike links, its handle's own word naming the section of "
           f"the site it links ({section})" if section
           else "scam wording or lookalike links, its handle the brand's name cut at the "
           f"{_max_handle(p)} characters {p.o.platform} allows" if cut
           else "scam wording, lookalike links or a lookalike handle")
    return Evidence(
        SignalName.SEARCH_RESULT_COMPANY,
        dom,
        f"{p.origin}: {named} links only to the official domain {dom}, without {how} (the "
        "profile's own page and avatar could not be read)",
    )


def _max_handle(p: Profile) -> int | None:
    """The most characters the platform allows in a handle (X: 15), from its catalog rule."""
    rule = p.ix.canon.get(p.o.platform) if p.ix.canon else None
    return rule.max_length if rule is not None else None


def _cut_to_the_limit(p: Profile, name_key: str) -> bool:
    """The handle is the brand's name cut where the platform stops it: it uses every
    character the platform allows (X: 15) and spells the start of a longer name
    (``OuarsenisVoyage`` for a 16-letter "Ouarsenis Voyages"). The company cannot register
    its full name there; the cut name is its own name as the platform lets anyone write it,
    not a misspelling of it."""
    limit = _max_handle(p)
    handle = p.o.handle.strip().lstrip("@")
    key = fast_key(handle_text(p.o))
    return (limit is not None and len(handle) == limit and len(name_key) > len(key) >= 8
            and name_key.startswith(key))


_URL_IN_TEXT = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(/[^\s?#]*)?",
                          re.IGNORECASE)


def own_section(p: Profile) -> str | None:
    """The section of the official site a page links (``brand.ch/it``, ``it.brand.ch``) whose
    name is the word its handle adds to the brand's (``brand_IT``, ``brandjobs`` ->
    ``/jobs``): the channel of that section of the company (a language, a country, a trade),
    set up by someone who knows the site's own structure. An impostor copying the brand
    links the home page or its own site; this costs nothing to copy but gains nothing
    either: it sends people to the company's own pages. The address, or None."""
    rest = "".join(ch for ch in _glued_rest(p) if ch.isalnum())
    if len(rest) < 2 or not rest.isalpha():
        return None
    texts = [*p.fields.external_links, p.fields.bio or ""]
    for text in texts:
        for m in _URL_IN_TEXT.finditer(text):
            host, path = m.group(1).lower(), (m.group(2) or "").lower()
            if registered_domain(host) not in p.ix.official_domains:
                continue
            first = path.strip("/").split("/", 1)[0]
            label = host.removeprefix("www.").split(".", 1)[0]
            if rest in (first, label):
                return m.group(0)
    return None


def _glued_rest(p: Profile) -> str:
    """The handle without the brand's name in it (``gantrisch_it`` -> ``it``)."""
    plain = plain_key(p.o.handle)
    for k in sorted(p.ix.brand_keys, key=len, reverse=True):
        if len(k) >= 4 and k in plain:
            return plain.replace(k, " ", 1).strip()
    return ""


_FORMER_RE = FamilyPattern("|".join(words.FORMER_ACCOUNT_PATTERNS), ("former_account",))
_NATIVE_FORMER = FamilyPattern("|".join(re.escape(sig.native(w)) for w in sorted(
    words.NATIVE_FORMER_ACCOUNT_PHRASES, key=len, reverse=True)), ("former_account",), "native")
_AT_HANDLE = re.compile(r"@([\w.\-]{2,60})")


def _declared_pointer(p: Profile) -> str | None:
    """The ``@handle`` of a declared account the text sends people to ("customer service:
    @brand", "follow @brand"), or the address of one it links ("new channel: t.me/brand"):
    an account pointing at the company's own, not at itself."""
    declared = {a.handle.lower().lstrip("@") for b in p.ix.inventory.brands
                for a in b.accounts}
    own = p.o.handle.lower().lstrip("@")
    for text in (p.fields.bio, p.fields.display_name):
        for m in _AT_HANDLE.finditer(text or ""):
            h = m.group(1).rstrip(".-").lower()
            if h in declared and h != own:
                return "@" + h
    links = declared_account_links(p)
    return links[0] if links else None


#: the platform of a profile address's host (``t.me/brand`` is the Telegram account ``brand``)
_HOST_PLATFORM = {
    "t.me": "telegram", "telegram.me": "telegram", "instagram.com": "instagram",
    "x.com": "x", "twitter.com": "x", "tiktok.com": "tiktok", "facebook.com": "facebook",
    "youtube.com": "youtube", "threads.net": "threads", "threads.com": "threads",
    "pinterest.com": "pinterest", "bsky.app": "bluesky",
}
_PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(" + "|".join(re.escape(h) for h in _HOST_PLATFORM)
    + r")/(?:@|profile/)?([\w.\-]{2,60})", re.IGNORECASE)


def declared_account_links(p: Profile) -> list[str]:
    """The addresses among its links and bio of another account the inventory declares on
    that platform (``t.me/brand``, ``instagram.com/brand``): links to the company's own
    account, which send people nowhere a fraudster gains."""
    declared = {(a.platform, a.handle.lower().lstrip("@")) for b in p.ix.inventory.brands
                for a in b.accounts if a.handle}
    own = (p.o.platform, p.o.handle.lower().lstrip("@"))
    out: list[str] = []
    for text in [*p.fields.external_links, p.fields.bio or ""]:
        for m in _PROFILE_URL.finditer(text):
            key = (_HOST_PLATFORM[m.group(1).lower()], m.group(2).rstrip(".-").lower())
            if key in declared and key != own and m.group(0) not in out:
                out.append(m.group(0))
    return out


_MAIN_CHANNEL = LazyPattern("|".join(words.MAIN_CHANNEL_PATTERNS))
_NATIVE_MAIN_CHANNEL = LazyPattern("|".join(re.escape(sig.native(w))
                                            for w in words.NATIVE_MAIN_CHANNEL_PHRASES))


def _main_channel(p: Profile) -> str | None:
    """The words by which a page sends its readers to "our main channel" ("for news see our
    main channel", "Neue Videos auf unserem Hauptkanal", "ana hesabımız"): the company's voice
    about its own main account, unnamed."""
    text = p.fields.bio or ""
    m = _MAIN_CHANNEL.search(fold_text(text)) or _NATIVE_MAIN_CHANNEL.search(sig.native(text))
    return m.group(0) if m else None


def _links_only_company(p: Profile) -> bool:
    """It links nothing but official domains and the company's declared accounts."""
    ours = declared_account_links(p)
    hosts = {registered_domain(u) for u in ours}
    for url in p.fields.external_links:
        m = _PROFILE_URL.search(url)
        if p._kind(url)[0] != "official" and (m is None or m.group(0) not in ours):
            return False
    if any(m.group(0) not in ours for m in _PROFILE_URL.finditer(p.fields.bio or "")):
        return False  # "new channel: t.me/brand, support: t.me/brand_help"
    # a bio's written address is read as its bare host ("t.me/brand" as t.me)
    return all(p._kind(d)[0] == "official" or d in hosts
               for d in sig.domains_in_text(p.fields.bio))


def own_traces(p: Profile) -> dict[str, str]:
    """kind -> what: what the text says that only the company's own account says. It points
    at a declared account ("now at @brand") or at "our main channel" (``pointer``), calls
    itself old, archived, retired or automatic (``former``), or a company channel: news,
    careers, a region (``channel``)."""
    out: dict[str, str] = {}
    pointer = _declared_pointer(p)
    if pointer:
        out["pointer"] = f"it sends people to the declared account {pointer}"
    else:
        main = _main_channel(p)
        if main:
            out["pointer"] = f"it sends people to the company's main account ('{main}')"
    for text in (p.fields.bio, p.fields.display_name):
        m = _FORMER_RE.search(fold_text(text or "")) or _NATIVE_FORMER.search(sig.native(text))
        r = sig.retired(replace(p.fields, display_name=None, bio=text))
        if (m or r) and "former" not in out:
            word = m.group(0) if m else str(r.value if r else "")
            out["former"] = ("it calls itself an old, backup, placeholder, archived or "
                             f"automatic account ('{word}')")
        channel = own_wording(text)
        if channel and "channel" not in out:
            out["channel"] = f"it calls itself a company channel ('{channel}')"
    return out


def _own_traces(p: Profile) -> Evidence | None:
    """Only the company's traces, where the usual proofs cannot be read.

    Walled (login wall, JavaScript shell): what a search result shows of it links nothing
    but an official domain, shows no scam sign (no lookalike, look-alike letters, lure word
    in its handle, fan wording, request for money or data), and says one thing only the
    company's own account says (:func:`own_traces`); the same on a readable page makes it
    the company's, so secondary evidence counts for own as it counts for scams, and says so.
    A help desk's soft words ("customer service") stand beside a pointer to the declared
    account or an "old account" (they send people to the real desk), not beside a bare
    channel word.

    Read, but with no link to prove it (a Telegram channel has no link field, and its
    description may name no site): the official logo, no link but to an official domain,
    no scam sign, and both a pointer to a declared account (or to "our main channel") and
    the words of a retired or automatic account ("no longer maintained, subscribe to
    @brand"), or over a year of silence ("New videos on @brand", last post in 2019): a
    fraudster gains nothing by sending people to the real account and then falling
    silent. Else, and where a handle proves nothing (:func:`unproven_handle`): a page kept
    in reserve (:func:`_kept_in_reserve`)."""
    if not _harmless(p) or p.lure_affixes or p.brand_index is None:
        return None
    if unproven(p):
        return _kept_in_reserve(p)
    traces = own_traces(p)
    if p.walled:
        if not p.derived or p.kinds.keys() != {"official"}:
            return None
        kind = next((k for k in ("pointer", "former", "channel") if k in traces), None)
        if kind is None or (kind == "channel" and p.has(SignalName.SCAM_WORDING)):
            return None
        dom = p.kinds["official"]
        return Evidence(
            SignalName.OWN_TRACES,
            dom,
            f"{p.origin}: it links only to the official domain {dom} and {traces[kind]}, "
            "without scam wording, lookalike links or look-alike letters (the profile's own "
            "page could not be read)",
        )
    asleep = sig.dormancy(p.fields, p.now, p.config.dormant_days)
    if p.avatar is None or not _links_only_company(p) or "pointer" not in traces or not (
            "former" in traces or asleep is not None):
        return _kept_in_reserve(p)
    if "former" not in traces and p.has(SignalName.SCAM_WORDING):
        return None  # "follow @brand and win": its silence is no word of its own
    where = p.kinds.get("official", "")
    why = (traces["former"][3:] if "former" in traces or asleep is None
           else f"has been silent: {asleep.detail}")
    return Evidence(
        SignalName.OWN_TRACES,
        _declared_pointer(p) or traces["pointer"],
        f"uses the official logo, {why} and {traces['pointer'][3:]}, "
        "without scam wording, lookalike links or look-alike letters"
        + (f" (links only to the official domain {where})" if where else " (links nowhere)"),
    )


def _kept_in_reserve(p: Profile) -> Evidence | None:
    """A name the company reserved and forgot (a Bluesky handle under the platform's own
    domain, a Mastodon or X placeholder): the official logo or the brand's own name, a link
    to nothing but an official domain (its link field, or the site written in its bio), its
    own word that it is a backup, reserve, placeholder or old account ("Cont de rezervă, ne
    găsiți pe <site>", "backup account, find us at <site>", "Аккаунт-заглушка ... пишите на
    <site>"), and silent for over a year (``dormant_days``). Its name and logo prove nothing,
    but a fraudster gains nothing by a page that sends people only to the company, asks
    nothing and fell silent; a copy that claims to be official, or says nothing of being a
    spare, or still posts, stays a candidate."""
    if p.walled or p.has(SignalName.UNPROVEN_CLAIM, SignalName.SCAM_WORDING):
        return None
    if not p.link_field_kinds <= {"official"} or p.kinds.keys() != {"official"}:
        return None
    if p.avatar is None and not _poses_by_name(p):
        return None
    former = own_traces(p).get("former")
    asleep = sig.dormancy(p.fields, p.now, p.config.dormant_days)
    if former is None or asleep is None:
        return None
    dom = p.kinds["official"]
    return Evidence(
        SignalName.OWN_TRACES,
        dom,
        f"links only the official domain {dom}, {former[3:]} and has been silent: "
        f"{asleep.detail}; a name the company reserved and left (its name and logo prove "
        "nothing, but a page that sends people only to the company, asks for nothing and fell "
        "silent gains a fraudster nothing)",
    )


# ----------------------------------------------------------------------------- the registry

#: every signal of an undeclared profile, in the order they run (and are shown)
SIGNALS: dict[str, SignalFn] = {
    "handle_similarity": _handle_similarity,
    "display_name_similarity": _display_name_similarity,
    "search_result": _search_result,
    "avatar_match": _avatar_match,
    "link_domain": _link_domain,
    "namesake": _namesake_site,
    "also_official_link": _also_official_link,
    "lookalike_page": _lookalike_page,
    "link_refused": _link_refused,
    "brand_mention": _brand_mention,
    "homoglyphs": _homoglyphs,
    "bio_copy": _bio_copy,
    "self_declared_unofficial": _self_declared_fan,
    "scam_wording": _scam_wording,
    "impersonated_badge": _impersonated_badge,
    "young_logo_copy": _young_logo_copy,
    "unproven_claim": _unproven_claim,
    "personal_account": _personal_account,
    "empty_profile": _empty_profile,
    # the company's own: the first that fires is the proof (see ``OWN``)
    "official_site_link": _official_site_link,
    "verified_official_link": _verified_official_link,
    "domain_handle": _domain_handle,
    "verified_badge": _verified_badge,
    "company_resources": _company_resources,
    "own_channel": _own_channel,
    "search_result_company": _search_result_company,
    "own_traces": _own_traces,
}

#: registry names whose Evidence proves the company's own, strongest first
OWN = ("official_site_link", "verified_official_link", "domain_handle", "verified_badge",
       "company_resources", "own_channel", "search_result_company", "own_traces")
#: proofs of the company's own that a group (:func:`is_group`) cannot give: a group is its
#: members' (a customers' group wears the logo, calls itself by the brand's name, may even say
#: "official"); only the company's declaring it, its site's link or the official domain proved
#: make it the company's
_NOT_A_GROUPS_PROOF = frozenset({"verified_badge", "company_resources", "own_channel",
                                 "search_result_company", "own_traces"})


def gather(p: Profile, signals: Mapping[str, SignalFn] = SIGNALS) -> Profile:
    """Run every signal on ``p`` in order; ``p.found`` holds the ones that fired, keyed by
    the Evidence's signal name (a registry entry may answer with a related name:
    ``link_domain`` with ``lookalike_link`` or ``official_link``)."""
    group = is_group(p)
    for name, fn in signals.items():
        if group and name in _NOT_A_GROUPS_PROOF:
            continue
        e = fn(p)
        if e is not None:
            p.found.setdefault(e.signal, e)
    return p


# ----------------------------------------------------------------------------- decision input

_HARM = (SignalName.SCAM_WORDING, SignalName.LOOKALIKE_LINK, SignalName.LOOKALIKE_PAGE,
         SignalName.PROMOTED_BY_LOOKALIKE, SignalName.LINK_REFUSED, SignalName.HOMOGLYPHS,
         SignalName.IMPERSONATED_BADGE, SignalName.YOUNG_LOGO_COPY, SignalName.UNPROVEN_CLAIM)
#: harm a fan declaration or a company link does not excuse
_STRONG_HARM = (SignalName.LOOKALIKE_LINK, SignalName.LOOKALIKE_PAGE,
                SignalName.PROMOTED_BY_LOOKALIKE, SignalName.LINK_REFUSED,
                SignalName.HOMOGLYPHS, SignalName.IMPERSONATED_BADGE)


def _noisy_or(weights: Sequence[float]) -> float:
    q = 1.0
    for w in weights:
        q *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - q


def relevance(p: Profile) -> float:
    """Is this profile about us? A noisy-or of name identity and corroboration (0..1)."""
    c, has = p.config, p.has
    near = p.identity >= 0.8 or has(SignalName.BRAND_MENTION)
    return _noisy_or([
        c.w_identity * p.identity,
        c.w_avatar if p.avatar is not None else 0.0,
        c.w_bio_copy if has(SignalName.BIO_COPY) else 0.0,
        c.w_official_link if "official" in p.kinds else 0.0,
        c.w_lookalike_link if p.lookalike else 0.0,
        c.w_mention if has(SignalName.BRAND_MENTION) else 0.0,
        c.w_homoglyph if has(SignalName.HOMOGLYPHS) else 0.0,
        c.w_affix if p.lure_affixes and p.identity >= 0.8 else 0.0,
        c.w_scam if has(SignalName.SCAM_WORDING) and near else 0.0,
    ])


def _names_a_weak_alias(p: Profile) -> bool:
    """The bio names one of the brand's single-word aliases ("photos of Karakuş planes"):
    too common to make a profile about us, enough to make its fan wording about us."""
    bio = fold(p.fields.bio or "")
    if not bio:
        return False
    return any(re.search(rf"(?<![a-z0-9]){re.escape(fold(t.text))}(?![a-z0-9])", bio)
               for t in p.ix.targets if t.is_name and not t.strong)


def blank(o: ProfileObservation, searched: SearchText | None = None) -> bool:
    """Found, and its own page showed nothing to compare (no name, bio, picture, link, date
    or count) and no search result spoke for it: a JavaScript shell, an existence check."""
    f = o.fields
    return (
        o.state == ProbeState.FOUND
        and searched is None
        and not (f.display_name or f.bio or f.avatar_url or f.avatar_phash or f.external_links
                 or f.verified_links or f.created_at or f.last_active_at)
        and f.posts is None and f.followers is None and f.following is None
    )


def hides_itself(o: ProfileObservation, searched: SearchText | None = None) -> bool:
    """Found, private, and its own page shows no name or description (a private subreddit's
    403 "private"; what a search result says of it aside): a page that hides what it is, read
    as behind a wall. Nothing read could make it a namesake, a fan or an impostor: the walled
    rules decide (the company's link makes it its own, two secondary signs of a scam an
    impostor, else unverified). A private account that shows its name and bio is read as any."""
    f = o.fields
    derived = searched.derived if searched is not None else frozenset()
    return (o.state == ProbeState.FOUND and bool(f.is_private)
            and not any(getattr(f, n) and n not in derived for n in ("display_name", "bio")))


def handle_word(p: Profile, vocabulary: frozenset[str], strong: bool = False) -> str | None:
    """The word of ``vocabulary`` a handle adds to one of the brand's names, when that is all
    it adds (``brand_help``, ``brandcare_``, ``brand.parodie``): on a page that shows nothing
    else, the handle is all that says what the account presents itself as. Digits and
    separators are ignored; the name must be five letters or more (a declared handle that
    already carries the word, ``brandcare``, counts as the name plus the word). ``strong``:
    only the company's full names (several words, or the brand's first name), not a one-word
    alias a poet or a village shares ("Aegeas" in ``aegeas_gr``)."""
    names = [n for b in p.ix.inventory.brands for i, n in enumerate(b.names)
             if not strong or i == 0 or strong_name(n)]
    keys = sorted({squash(n) for n in names}, key=len, reverse=True)
    squashed = squash(handle_text(p.o))
    word = _handle_rest(re.sub(r"\d+", "", squashed), keys, vocabulary)
    if word is None and re.search(r"[0-9l]", squashed):
        # the brand's name in look-alike letters ("0jekita" for "ojekita", a capital I for
        # an l in "KaIapati"): read as a reader reads it, digits for the letters they imitate
        # and l and I as one letter, the desk's word as written
        word = _handle_rest(deleet(squashed), keys, vocabulary, glyphs=True)
    return word


def _handle_rest(plain: str, keys: Sequence[str], vocabulary: frozenset[str],
                 glyphs: bool = False) -> str | None:
    """The one word of ``vocabulary`` a squashed handle adds to the longest of the brand's
    names (squashed, ``keys``) it holds; ``glyphs``: l and i compare as one letter."""
    seen = plain.translate(_GLYPHS) if glyphs else plain
    for name in keys:
        key = name.translate(_GLYPHS) if glyphs else name
        if len(name) < 5 or not name.isascii() or key not in seen:
            continue
        at = seen.index(key)
        rest = [w for w in re.split(r"[^a-z]+", f"{plain[:at]} {plain[at + len(key):]}") if w]
        if len(rest) == 1 and rest[0] in vocabulary:
            return rest[0]
        return None
    return None


#: letters a reader cannot tell apart in a handle (a capital I and a small l)
_GLYPHS = str.maketrans({"l": "i"})


def national_name(p: Profile) -> str | None:
    """The country (or region) by which a page presents itself as the brand's account for
    that market: its handle is one of the brand's full names plus a country's code or name
    and nothing else (``GomoGrowZW``, ``KayalvedaIndia``, ``VilinaBerriesEU``), its name the
    brand's plus a country's words and nothing else ("GomoGrow Zimbabwe", "Raalhu Express
    MV": a handle's country under the brand's bare name is a squat of the name), and
    none of the brand's declared handles on the platform marks a market (the brand keeps
    one account there, for every country). A company's own regional account proves itself
    (its site links it, it links only the official domain): those rows come first. The
    country word of the handle, or None."""
    b = p.brand
    if p.o.state != ProbeState.FOUND or b is None or p.identity < 0.9:
        return None
    code = handle_word(p, words.COUNTRY_WORDS, strong=True)
    if code is None or not re.sub(r"[\d_.\-]+$", "", handle_text(p.o).lower()).endswith(code):
        return None  # a word before the name ("TJ Zlatý vrch": a Czech sports club) is no market
    other = sig.someone_else(p.fields.display_name, p.brand_names)
    if not other or any(fold(w) not in words.COUNTRY_WORDS
                        or fold(w) in words.COUNTRY_CODES_NOT_IN_NAMES for w in tokens(other)):
        return None  # the handle alone says the country: a squat of the name, no claim
    keys = sorted({squash(n) for n in b.names}, key=len, reverse=True)
    if any(_handle_rest(re.sub(r"\d+", "", squash(a.handle)), keys, words.COUNTRY_WORDS)
           for a in b.accounts if a.platform == p.o.platform and a.handle):
        return None  # the brand marks its markets on this platform: a page of one may be its
    return code


def _existence_only(p: Profile) -> bool:
    """The site showed that the handle exists and nothing else to compare, and no page links
    to it either."""
    return (
        blank(p.o, p.searched)
        and not p.pages
        and not any(s.via in (Via.OFFICIAL_SITE, Via.LINKED_PAGE) for s in p.o.sightings)
    )


def _lure_in_handle(p: Profile) -> str | None:
    """A lure word (support, giveaway, refund, destek ...) anywhere in the handle."""
    for a in p.affixes:
        if a in words.LURE_AFFIXES:
            return a
    plain = "".join(tokens(handle_text(p.o)))
    return next((w for w in sorted(words.LURE_AFFIXES) if len(w) >= 5 and w in plain), None)


_DATA_REQUEST = FamilyPattern("|".join((*words.DATA_REQUEST_PATTERNS,
                                        *words.FEE_REQUEST_PATTERNS)),
                              ("data_request", "advance_payment"))


def data_request(text: str | None) -> str | None:
    """A request for card, bank, identity or login data that is not a warning about one
    ("we never ask for your card details" is no request), or for money up front: a fee with
    its sum, money to invest with its sum, a sum beside the return promised for it
    (:func:`investment_offer`)."""
    folded = fold_text(text or "")
    for m in _DATA_REQUEST.finditer(folded):
        if not sig.negated(folded, m.start(), m.end(), text) and not sig.only_a_name(
                m.group(0), text):
            return m.group(0)
    return sig.native_data_request(text) or investment_offer(text)


_RETURN_PROMISE = LazyPattern("|".join(words.RETURN_PROMISE_PATTERNS))
_JOB_OFFER = LazyPattern(words.JOB_OFFER_WORDS)
_WAGE = LazyPattern(words.WAGE_WORDS)
_JOB_FEE_WORD = LazyPattern(rf"\b({words.JOB_FEE_WORDS})\b")
_FREE = LazyPattern(words.FREE_WORDS)
_JOB_ADVANCE = LazyPattern(words.JOB_ADVANCE_WORDS)
_JOB_KIT = LazyPattern(words.JOB_KIT_WORDS)
_JOB_KIT_ROLE = LazyPattern(words.JOB_KIT_ROLES)
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)")


def job_fee(text: str | None) -> str | None:
    """The sum a job ad makes its applicant pay ("Recrutement urgent chauffeurs. Formation
    obligatoire 250 €", "Field officer vacancies. Complete your application with the UGX
    50,000 form fee"): a sum beside what applicants are made to pay for (training, a visa,
    the form, a fee), in a text that offers a job. Not a wage ("Salary 1,500 USD, free visa",
    "$45/hr"), nor what is given ("free visa", "formation gratuite"), nor a warning ("we never
    charge a training fee"): the recruitment-fee scam asks money of those it hires. A sum
    to pay before any work ("249 € vorab", "à régler avant l'entretien") is such a fee
    whatever it is said to buy; so is a starter kit a recruit must buy, where the text names
    the work ("Become an agent! Buy your starter kit SCR 2,000"), not a club's."""
    folded = fold_text(text or "")
    if not _JOB_OFFER.search(folded):
        return None
    for m in _MONEY_RE.finditer(folded):
        start, end = m.start(), m.end()
        before = folded[max(0, start - 40):start]
        before = before[max((c.end() for c in _CLAUSE_END.finditer(before)), default=0):]
        after = folded[end:end + 40]
        stop = _CLAUSE_END.search(after)
        after = after[:stop.start()] if stop else after
        if _WAGE.search(before[-20:]) or _WAGE.match(after.lstrip(" ,")):
            continue  # the pay on offer
        cost = _JOB_FEE_WORD.search(before) or _JOB_FEE_WORD.search(after)
        if cost is None and _JOB_KIT_ROLE.search(folded):
            cost = _JOB_KIT.search(before) or _JOB_KIT.search(after)  # a recruit's kit
        ahead = _JOB_ADVANCE.search(after)
        if sig.negated(folded, start, end, text):
            continue
        if cost is None:
            if ahead is not None:
                return f"{m.group(0).strip()} ... {ahead.group(0)}"  # paid before any work
            continue
        near = before if cost.string is before else after
        if _FREE.search(near[max(0, cost.start() - 15):cost.end() + 15]):
            continue  # given, not paid
        return f"{cost.group(0)} ... {m.group(0).strip()}"
    return None




def investment_offer(text: str | None) -> str | None:
    """A sum to put in beside the return promised for it ("Casks from €2,500 · 12-18% p.a. ·
    guaranteed buy-back", "ab 500 € einsteigen, garantierte Rendite", "1000 TL yatır, aylık
    %20 getiri"): the investment scam asks for money up front, as a fee named with its sum
    does; its text need not say "invest". Neither the sum nor the promise said as a warning.
    A lender's rate beside a loan's sum promises no return ("Loans from €1,000 at 5.9%
    p.a."): the promise must name a return, a profit or a buy-back, or guarantee one."""
    folded = fold_text(text or "")
    promise = next((m.group(0) for m in _RETURN_PROMISE.finditer(folded)
                    if not sig.promise_withdrawn(folded, m.start(), m.end())), None)
    if promise is None:
        return None
    money = next((m.group(0) for m in _MONEY_RE.finditer(folded)
                  if not sig.negated(folded, m.start(), m.end(), text)), None)
    return f"{money.strip()} ... {promise}" if money else None


_NATIVE_POSE = FamilyPattern("|".join(re.escape(sig.native(w)) for w in words.NATIVE_POSE_PHRASES),
                             ("official",), "native")


_HELP_DESK = FamilyPattern("|".join(words.HELP_DESK_PATTERNS), ("help_desk",))
_NATIVE_HELP_DESK = FamilyPattern(
    "|".join(re.escape(sig.native(w)) for w in words.NATIVE_HELP_DESK_PHRASES), ("help_desk",),
    "native")
#: a desk's one word in other scripts, read on a page's name only ("<Brand> مساعدة")
_NATIVE_DESK_NAME = LazyPattern("|".join(
    re.escape(sig.native(w)) for w in words.NATIVE_DESK_NAME_WORDS))


def help_desk_persona(p: Profile) -> str | None:
    """The words by which the page presents itself as a help desk ("Müştəri xidməti",
    "customer service", "ग्राहक सेवा") in its name or bio: the company's service, as the page
    tells it, not a namesake's life of its own."""
    for text in (p.fields.display_name, p.fields.bio):
        m = _HELP_DESK.search(fold_text(text or "")) or _NATIVE_HELP_DESK.search(
            sig.native(text or ""))
        if m:
            return m.group(0)
    return None


_DESK_PRIVATE = LazyPattern(words.DESK_PRIVATE_WORDS)
_DESK_DETAIL = LazyPattern(words.DESK_DETAIL_WORDS)
_DESK_PROMISE = LazyPattern(words.DESK_PROMISE_WORDS)
_NATIVE_DESK_PRIVATE = LazyPattern("|".join(
    re.escape(sig.native(w)) for w in words.NATIVE_DESK_PRIVATE_PHRASES))
_NATIVE_DESK_DETAIL = LazyPattern("|".join(
    re.escape(sig.native(w)) for w in words.NATIVE_DESK_DETAIL_PHRASES))


def _unnegated(pattern: LazyPattern, native: LazyPattern, text: str) -> str | None:
    """The first match of ``pattern`` in folded ``text`` (else of ``native`` in the text as
    written) that is not said as a warning ("we never ask for your card number by DM")."""
    folded = fold_text(text)
    for m in pattern.finditer(folded):
        if not sig.negated_clause(folded, m.start(), m.end(), text):
            return m.group(0)
    t = sig.native(text)
    for m in native.finditer(t):
        if not sig.native_negated(t, m.start(), m.end()):
            return m.group(0)
    return None


def desk_request(text: str | None) -> tuple[str | None, str | None]:
    """(private channel, detail): where a help desk's text sends its customers out of sight
    ("DM us", "Escribinos por mensaje directo", "пишите в личку") and the details it asks for
    ("booking reference, full name and mobile number", "transaction number, TRN", "tu DPI"),
    neither said as a warning."""
    return (_unnegated(_DESK_PRIVATE, _NATIVE_DESK_PRIVATE, text or ""),
            _unnegated(_DESK_DETAIL, _NATIVE_DESK_DETAIL, text or ""))


#: the brand's name in the page's name (a name of the brand beside other words scores 0.70,
#: stored as a 32-bit float)
_DESK_NAME_FLOOR = 0.69


def desk_word(p: Profile) -> str | None:
    """The word by which the page presents itself as the brand's help desk: its handle is a
    brand's name and a desk's word (``brand_help``, ``brand_sac``), or its name holds a
    desk's name ("Servicio al Cliente", "خدمة عملاء") or a desk's word beside the brand's
    ("<Brand> Support", "<Brand> Soporte", "<Brand> | CSKH")."""
    hw = handle_word(p, words.DESK_WORDS)
    if hw:
        return hw
    raw = p.fields.display_name or ""
    name = fold_text(raw)
    m = (_HELP_DESK.search(name) or _NATIVE_HELP_DESK.search(sig.native(raw))
         or _NATIVE_DESK_NAME.search(sig.native(raw)))
    if m:
        return m.group(0)
    return next((w for w in tokens(name) if fold(w) in words.DESK_WORDS), None)


def soft_desk(p: Profile) -> bool:
    """A help desk (:func:`desk_word`) that only invites: no details, money or data asked
    (in private or in public), nothing promised that no real desk gives (a higher loan
    limit), no lookalike, refused link or disguised letters. Real help
    desks say the same ("DM us", "escríbenos por mensaje privado"): it has not yet shown
    the harm a takedown races against."""
    f = p.fields
    if desk_word(p) is None or p.lookalike or p.has(
            SignalName.LINK_REFUSED, SignalName.HOMOGLYPHS):
        return False
    texts = (f.bio, f.display_name)
    return not any(desk_request(t)[1] or data_request(t) or job_fee(t)
                   or _MONEY_RE.search(fold_text(t or ""))
                   or _DESK_PROMISE.search(fold_text(t or "")) for t in texts)


def searched_help_desk(p: Profile) -> tuple[str, str, str | None] | None:
    """(desk word, private channel, detail asked): a page whose own page shows a crawler no
    name and no bio (a JavaScript shell), known by its search result only, that presents it
    as the brand's help desk (a handle of the brand's name and a desk's word, ``brand_help``,
    ``brand_sac``, or a desk's name beside the brand's: "<Brand> Servicio al Cliente") and
    sends the customers to a private message, for their details or not. A company's help
    desk is declared, or linked from its site, or proves an official domain (those are own
    before this is read); an undeclared one that takes customers into private messages is the
    fake-support scam, answering complaints to the real desk. Not a page named as someone
    else, a person's, or a fan's."""
    f = p.fields
    if (p.o.state != ProbeState.FOUND or not {"display_name", "bio"} <= p.derived
            or p.identity < _DESK_NAME_FLOOR or _desk_named_as_someone_else(p)
            or p.has(SignalName.SELF_DECLARED_UNOFFICIAL, SignalName.PERSONAL_ACCOUNT)):
        return None
    desk = desk_word(p)
    if desk is None:
        return None
    channel, detail = desk_request(f.bio)
    if channel is None:
        return None
    return desk, channel, detail


def _desk_named_as_someone_else(p: Profile) -> bool:
    """The name holds words neither the brand's nor a help desk's own ("Bertolini Support"),
    not a desk's word or what it handles ("<Brand> Warranty Help", "<Brand> Care")."""
    other = sig.someone_else(p.fields.display_name, p.brand_names)
    desk = words.DESK_WORDS | words.DESK_TOPIC_WORDS
    return bool(other) and any(fold(w) not in desk for w in tokens(other or ""))


#: words a domain adds to the brand's name that name no place of a partner: lures, claims,
#: a shop's, a help desk's or a department's word (``brand-outlet``, ``brand-official``)
_NO_PLACE = frozenset(fold(w) for w in (
    *words.HELP_DESK_HANDLE_WORDS, *words.POSE_AFFIXES, *words.SHOP_NAME_WORDS,
    *words.DEPARTMENT_HINTS))

_RESELLER = LazyPattern("|".join(words.RESELLER_PATTERNS))
_INVITE_BEFORE = LazyPattern(words.RESELLER_INVITE_BEFORE)
_INVITE_AFTER = LazyPattern(words.RESELLER_INVITE_AFTER)
_NATIVE_RESELLER = LazyPattern("|".join(re.escape(sig.native(w))
                                        for w in words.NATIVE_RESELLER_PHRASES))


_IN_THE_PLACE = re.compile(r"(?<![\w])n[oa]( [A-ZÀ-Ý])")


def reseller_words(text: str | None) -> str | None:
    """The words by which ``text`` names its writer a seller of a brand's goods ("Authorized
    Distributor Karachi", "yetkili bayi", "موزع معتمد"): a trade of its own that sells the
    product (a wholesaler, a dealer), not the company. Not "we are no dealer", nor an
    invitation to become one ("Devenez distributeur", "dealers wanted")."""
    # Portuguese "no"/"na" before a place's name is "in the" ("Revendedor autorizado no
    # Brasil", "Loja franqueada no Porto"), no Spanish "no"
    text = _IN_THE_PLACE.sub(r"em\1", text or "")
    folded = fold_text(text)
    m = _RESELLER.search(folded)
    if m and not sig.negated(folded, m.start(), m.end(), text):
        if _INVITE_BEFORE.search(folded[:m.start()]) or _INVITE_AFTER.search(folded[m.end():]):
            return None  # it hands dealerships out
        return m.group(0)
    if m:
        # "we are not an authorized <Brand> dealer", "no somos distribuidor oficial": a seller
        # who denies the company's licence, as "yetkili bayi değiliz" and "لسنا موزعا معتمدا"
        # say it with the negation after: an independent trade, not the company
        a = _AUTHORISED.search(folded, max(0, m.start() - 40), m.end() + 25)
        if a:
            return folded[min(a.start(), m.start()):max(a.end(), m.end())]
    n = _NATIVE_RESELLER.search(sig.native(text or ""))
    return n.group(0) if n else None


#: the licence a seller claims or denies: authorized, official, certified (folded)
_AUTHORISED = LazyPattern(
    r"\b(authori[sz]ed|official|certified|licensed|agree\w*|autorise\w*|officiel\w*|"
    r"oficial\w*|autorizad[oa]s?|certificad[oa]s?|autorizzat[oa]|ufficial[ei]|"
    r"offiziell\w*|zertifiziert\w*|autoryzowan\w*|yetkili|resmi)\b")


def reseller(p: Profile) -> str | None:
    """:func:`reseller_words` of the page's name, else of its bio, unless its name presents
    it as the company's own page for a market the company keeps a declared account for
    (:func:`_named_as_a_declared_branch`), or as the company's own sales desk
    (:func:`sales_desk_name`: "<Brand> Wholesale", "<Brand> Distributors Uganda", not a
    shop's word): posing as the brand's trade, not selling the brand under a name of its
    own."""
    f = p.fields
    if sales_desk_name(p) not in (None, *_STORE_WORDS):
        return None  # a shop's name beside a seller's licence in its bio stays a reseller
    return reseller_words(f.display_name) or (
        None if _named_as_a_declared_branch(p) else reseller_words(f.bio))


_NATIVE_SALES_DESK = LazyPattern("|".join(
    re.escape(sig.native(w)) for w in sorted(words.NATIVE_SALES_DESK_WORDS, key=len,
                                             reverse=True)))
#: a seller's licence in a page's name ("Authorized Distributor"): a reseller's claim of its
#: own, not the brand's desk ("official" is the brand's own word, and stays out)
_LICENCE = LazyPattern(
    r"\b(authori[sz]ed|certified|licensed|agree\w*|autorise\w*|autorizad[oa]s?|"
    r"autorizzat[oa]|autoryzowan\w*|yetkili|zertifiziert\w*|vertrags\w*)\b")
#: sales-desk words that name a shop as well as the brand's own trade desk ("<Brand> Shop",
#: "<Brand> Official Store"): a reseller's own shop may be named so, and a seller's licence in
#: its bio keeps it a reseller; no sign of a scam behind a wall either
_STORE_WORDS = frozenset({
    "official", "store", "shop", "online", "outlet", "factory", "direct", "depot", "tienda",
    "loja", "boutique", "negozio", "oficial", "officiel", "officielle", "ufficiale",
    "offiziell", "resmi", "sales", "dealer", "dealers", "dealership", "bulk"})


def sales_desk_name(p: Profile) -> str | None:
    """The word by which a page's name makes it the brand's own sales desk: the brand's name
    and a wholesale, export, distribution or store word, with at most a country besides
    ("Lecek Carpets Wholesale", "Kasooli Seeds Distributors Uganda", "Ben Ammar Estate
    Wholesale"), no firm, town or person of its own and no licence of a seller ("Sunehri Ghee
    — Authorized Distributor Karachi" is a wholesaler of Karachi). None otherwise."""
    raw = p.fields.display_name or ""
    if not raw or p.brand is None or p.identity < 0.69 or _LICENCE.search(fold_text(raw)):
        return None
    native_hit = _NATIVE_SALES_DESK.search(sig.native(raw))
    text = _NATIVE_SALES_DESK.sub(" ", sig.native(raw)) if native_hit else raw
    names = {fold(w) for n in p.brand_names for w in tokens(n)}
    rest = [fold(w) for w in tokens(fold_text(text)) if fold(w) not in names]
    other = sig.someone_else(text, p.brand_names)
    if other and any(fold(w) not in words.SALES_DESK_WORDS | words.COUNTRY_WORDS
                     for w in tokens(other)):
        return None
    word = next((w for w in rest if w in words.SALES_DESK_WORDS), None)
    return word or (native_hit.group(0) if native_hit else None)


def _named_as_a_declared_branch(p: Profile) -> bool:
    """The name is the brand's plus a word that one of the brand's declared handles holds
    ("Yaguarí Carnes Brasil" beside the declared ``yaguari.brasil``): the page names itself
    the company's own page for that country, region or line, which the company already
    keeps, and "official distributor" in its bio is a claim, not a trade of its own."""
    b = p.brand
    other = sig.someone_else(p.fields.display_name, p.brand_names) if b is not None else None
    if b is None or not other:
        return False
    handles = [plain_key(a.handle) for a in b.accounts if a.handle]
    return any(len(k) >= 4 and any(k in h for h in handles)
               for k in (plain_key(w) for w in tokens(other)))


def _official_claim(p: Profile) -> tuple[str, str] | None:
    """(where, word): the handle or the name calls the page official ("resmi", "офіційна
    сторінка"), unless it says it is not ("not official", "неофіційний")."""
    if p.has(SignalName.SELF_DECLARED_UNOFFICIAL):
        return None
    claim = next((a for a in p.affixes if a in words.POSE_AFFIXES and a != "real"), None)
    if claim:
        return "handle", claim
    name = p.fields.display_name or ""
    m = _POSE_WORDS.search(" ".join(tokens(name))) or _NATIVE_POSE.search(sig.native(name))
    return ("name", m.group(0)) if m else None


def _secondary_harm(p: Profile) -> list[str]:
    """Independent signs of a scam read around a walled page: a request for money, data or a
    prize claim in its search result (not the words help desks use too; a request for card,
    bank or identity data counts twice), a lookalike domain linking to it or named there, a
    lure word in its handle."""
    cues = []
    share = p.walled and p.derived and next(
        (m.group(0) for t in (p.fields.bio, p.fields.display_name)
         if (m := _DEPOSIT_SHARE_RE.search(fold_text(t or "")))), None)
    if share:
        # a deposit as a share of the price: money asked first (counts twice, like a sum)
        cues.append(f"its search result asks for a deposit up front ('{share}')")
        cues.append("money asked before any service, by an account nothing official links")
    if _hard_scam(p):
        cues.append(f"its search result asks for what scams ask for "
                    f"({p.found[SignalName.SCAM_WORDING].value})")
        asked = data_request(p.fields.bio) or data_request(p.fields.display_name)
        if asked and not _bare_money_ask(p, asked):
            cues.append(f"it asks for data no company asks for in public ('{asked}')")
    elif p.has(SignalName.SCAM_WORDING) and p.derived and _lure_target(p):
        # lure words ("free", "win", "-70 %") in the text that sends people to a lookalike
        # domain, or on a page a lookalike domain sends people to: the words a help desk also
        # says, said in a scam's service
        cues.append(f"its search result lures ({p.found[SignalName.SCAM_WORDING].value}) "
                    f"{_lure_target(p)}")
    desk = _walled_desk_asks(p)
    if desk:
        # a help desk's details asked in private: counts twice, like a data request, when
        # they are data no desk asks for (a card, a PIN, a password); a booking or order
        # number, which real desks ask too, once
        cues.append(f"its search result presents it as the company's help desk ('{desk[0]}') "
                    f"and asks for the customer's details in a private message ('{desk[1]}', "
                    f"'{desk[2]}')")
        if data_request(p.fields.bio):
            cues.append("details asked in private by a help desk nothing official declares or "
                        "links: the fake-support scam")
    desk_name = (sales_desk_name(p) if p.lookalike and "display_name" in p.derived
                 and not p.has(SignalName.OFFICIAL_SITE_LINK) else None)
    if desk_name is not None and desk_name not in _STORE_WORDS:
        # a name of the brand's wholesale or export desk, which the company neither declares
        # nor links, beside a lookalike site that sends people there: the fake trade desk and
        # its site. A wholesaler's own terms ("оптом, предоплата") beside such a name stay one
        # sign (tests/test_decision_mutations.py)
        cues.append(f"its name presents it as the company's own wholesale, export or "
                    f"distribution desk ('{desk_name}'), which nothing official links")
    fee = _job_fee_asked(p)
    if fee:
        # money asked of those it hires (counts twice, like a sum asked by a payment service)
        cues.append(f"its search result offers a job and makes the applicant pay ('{fee}')")
        cues.append("money asked of an applicant before any work: the recruitment-fee scam")
    warned = _warned_of(p)
    if warned:
        took = _warning_says_paid(p)
        cues.append(f"a page that warns of a scam links to it ({warned[0]}: '{warned[1]}')"
                    + (f" and says it asked for money or data ('{took}')" if took else ""))
    prize = _prize(p)
    if prize:
        cues.append(f"its search result promises a prize ('{prize}')")
    paid = _payment_channel(p)
    if paid:
        cues.append(f"its search result asks for payment through {paid}")
        cues.append("a payment no company takes through an account nothing official links")
    elif _priced(p) and _lure_target(p):
        cues.append(f"its search result names a price ('{_priced(p)}') on a page a lookalike "
                    "domain sends people to: the offer of a scam's chain")
    if p.lookalike:
        cues.append("a lookalike domain links to it or is named in its search result")
        asks = _promoter_asks(p, p.found.get(SignalName.PROMOTED_BY_LOOKALIKE))
        if asks:
            cues.append(f"the lookalike page that links it asks for money or data ('{asks}'): "
                        "a scam's own site sends its victims there")
    ring = _ring(p)
    if ring:
        cues.append(f"its search result sends its readers to {ring}, the very lookalike that "
                    "links it: each points at the other, as the pages of one scam do")
    elsewhere = _sends_elsewhere(p)
    if elsewhere:
        cues.append(f"its search result, under the brand's full name, sends its readers to "
                    f"{elsewhere}, a site neither the company's nor named as the page is")
    lure = _lure_in_handle(p)
    if lure and not _echo_of_the_handle(p, lure) and not (desk and fold(desk[0]) == lure):
        # (a desk's word in the handle is the desk the search result names: one sign)
        cues.append(f"its handle carries the lure word '{lure}'")
    typo = _typo_of_declared(p) if warned else None
    if typo:
        # the warning may link the company's real page beside the fakes: a page under a
        # misspelling of the one the company runs beside it is not that real page
        cues.append(f"its handle misspells by one letter the company's declared @{typo} on "
                    "this platform, as a typosquatter's does")
    claim = _official_claim(p)
    if claim and not lure:
        # the company's own walled pages are declared or linked (and never reach this list)
        cues.append(f"its {claim[0]} claims to be official ('{claim[1]}') though nothing "
                    "official links to it")
    if p.has(SignalName.IMPERSONATED_BADGE):
        cues.append("its name shows a verified mark the platform has not given")
    gift = f"its search result promises a prize ('{prize}')"
    if prize and not prize.isascii() and len(cues) == 2 and gift in cues and any(
            c.startswith(("its handle carries the lure word", "its handle claims",
                          "its name claims")) for c in cues):
        # a gift emoji beside a handle's lure word or claim ("brand.podarki", "brand_officiel")
        # is one giveaway's copy said twice, no request, price or link: check it by hand
        cues.remove(gift)
    if desk_request(p.fields.bio)[0] or data_request(p.fields.bio):
        return cues  # the winner is sent to a private message, or money or data is asked
    return _one_announcement(cues, gift)


#: the cues a giveaway's announcement gives by itself: its words, its prize, its handle's
#: lure word or claim to be official
_ANNOUNCEMENT_CUES = ("its search result asks for what scams ask for",
                      "its search result promises a prize", "its handle carries the lure word",
                      "its handle claims", "its name claims")


def _one_announcement(cues: list[str], gift: str) -> list[str]:
    """A giveaway's words beside its gift emoji and a handle's lure word or claim ("Claim your
    <brand> hamper 🎁" on ``brand_promo``, "Розыгрыш ... 🎁" on ``brand.official``), and
    nothing else (no request for money or data, no price, payment channel, lookalike or
    warning, no private message the winner is sent to: "you won, DM us" is the scam's first
    step), are one announcement said three ways: one sign, for a reviewer to check. The
    labels of every tuning world agree: each walled impostor read with a gift emoji has a
    request, a lookalike, a warning or a payment channel besides."""
    if (len(cues) == 3 and gift in cues
            and all(c.startswith(_ANNOUNCEMENT_CUES) for c in cues)
            and any(c.startswith(_ANNOUNCEMENT_CUES[0]) for c in cues)):
        return [c for c in cues if c.startswith(_ANNOUNCEMENT_CUES[0])]
    return cues


# family patterns: a user's own advance_payment phrases are read here too (user_words)
_MONEY_ASK = FamilyPattern("|".join(words.MONEY_ASK_PATTERNS), ("advance_payment",))
_NATIVE_MONEY_ASK = FamilyPattern("|".join(re.escape(sig.native(w))
                                           for w in words.NATIVE_MONEY_ASK_PHRASES),
                                  ("advance_payment",), "native")
_PAYMENT_MEANS = LazyPattern(words.PAYMENT_MEANS)
_NATIVE_PAYMENT_MEANS = LazyPattern("|".join(re.escape(sig.native(w))
                                             for w in words.NATIVE_PAYMENT_MEANS_PHRASES))


def payment_named(text: str | None) -> bool:
    """``text`` names a sum, a payment service or a means of payment (a QR code, a bank
    transfer, a card's or a private account's number), in any script."""
    folded = fold_text(text or "")
    return bool(_MONEY_RE.search(folded) or _PAYMENT_RE.search(folded)
                or _PAYMENT_MEANS.search(folded)
                or _NATIVE_PAYMENT_MEANS.search(sig.native(text or "")))


def _bare_money_ask(p: Profile, asked: str) -> bool:
    """What a walled page's search result asks is money (a fee, a prepayment, a deposit) and
    the text names neither its sum nor the way to pay it ("Overseas jobs, processing fee
    required", "Запчасти оптом, предоплата"): one sign, not two, as a wholesaler's or an
    agency's own terms say the same; a sum or a way to pay ("visa fee $500", "pago
    adelantado por QR", "avans na privatni račun") is money asked. A request for data (a
    card, a code, a password) is never bare."""
    if not (_MONEY_ASK.search(fold_text(asked)) or _NATIVE_MONEY_ASK.search(sig.native(asked))):
        return False
    return not any(payment_named(t) or _SHARE.search(t)
                   for t in (getattr(p.fields, n) or "" for n in ("bio", "display_name")
                             if n in p.derived))


#: a share of the price ("Пешпардохт 100%", "50% upfront"): the part asked first is a sum
_SHARE = re.compile(r"(?<![-\u2212\d.,])[1-9]\d{0,2}\s?%")


def _walled_desk_asks(p: Profile) -> tuple[str, str, str] | None:
    """(desk word, private channel, detail): a walled page whose search result names it the
    brand's help desk (:func:`desk_word`) and asks the customer's details in a private
    message (:func:`desk_request`), which the company's own desk, linked from its site, is
    not read for."""
    if not p.walled or "bio" not in p.derived or p.has(SignalName.OFFICIAL_SITE_LINK):
        return None
    desk = desk_word(p)
    if desk is None:
        return None
    channel, detail = desk_request(p.fields.bio)
    return (desk, channel, detail) if channel and detail else None


def _warned_of(p: Profile) -> tuple[str, str] | None:
    """(page, its words): a page of neither the company nor a lookalike that links a walled
    profile and warns of a scam ("Alert: fake cruise company jobs used to recruit for scam
    compounds"), as a consumer body, a news report or an NGO bulletin does. One sign: such a
    page may link the real page beside the fake ones, so another must agree."""
    if not p.walled:
        return None
    for s in p.o.sightings:
        if s.via != Via.LINKED_PAGE or not s.page_text:
            continue
        kind, _dom, _why = p._kind(s.source)
        if kind in ("lookalike", "official"):
            continue
        warning = sig.scam_warning(s.page_text)
        if warning:
            return s.source, warning
    return None


def _warning_says_paid(p: Profile) -> str | None:
    """The words in which the page that warns of the walled page (:func:`_warned_of`) says
    its victims paid or were asked to ("uplatili depozite", "يطلب تحويل مبلغ", "asked for
    card details"): what the scam asks, as the alert reports it."""
    warned = _warned_of(p)
    if warned is None:
        return None
    text = next(s.page_text for s in p.o.sightings if s.source == warned[0] and s.page_text)
    asked = page_asks(text)
    if asked:
        return asked
    m = _PAY_WORDS.search(fold_text(text)) or _NATIVE_PAY.search(sig.native(text))
    return m.group(0) if m else None


def _job_fee_asked(p: Profile) -> str | None:
    """:func:`job_fee` in what a search engine shows of a walled page (not the page itself)."""
    if not p.walled or not p.derived:
        return None
    return next((fee for name in ("bio", "display_name") if name in p.derived
                 if (fee := job_fee(getattr(p.fields, name)))), None)


def _echo_of_the_handle(p: Profile, lure: str) -> bool:
    """The scam words read around a walled page are the handle's lure word and nothing else,
    read in a display name that spells the handle ("Brand Sorteo" of @brand_sorteo, a search
    result with no description): one sign said twice, not two."""
    e = p.found.get(SignalName.SCAM_WORDING)
    if e is None or "bio" in p.derived or p.fields.bio:
        return False
    hits = {fold_text(w).strip(" '") for w in str(e.value).split(",")}
    return all(_inflection_of(h, lure) for h in hits)


def _inflection_of(word: str, stem: str) -> bool:
    """``word`` is ``stem`` or ``stem`` with an ending of a few letters (a plural, a case:
    "sorteos" of "sorteo", "çekilişler" of "cekilis", "giveaways"): one word, said again."""
    short, long_ = sorted((word, stem), key=len)
    rest = long_[len(short):]
    return long_.startswith(short) and len(rest) <= 3 and (not rest or rest.isalpha())


def _sends_elsewhere(p: Profile) -> str | None:
    """The site a walled page's search result sends its readers to ("track your parcel at
    <domain>") when the page bears the brand's full name and the site is neither an official
    domain, a lookalike (counted already), a social platform, nor named as the page is (a
    namesake's own site): a page presented as the company's that sends people to someone
    else's site. Not when it also links an official domain."""
    if not p.walled or "bio" not in p.derived or p.kinds.keys() != {"other"}:
        return None
    dom = p.kinds["other"]
    if (_bears_brand_name(p) is None or _platform_host(f"https://{dom}/") or p.lookalike
            or _named_as_the_page(p, dom)):
        return None
    return dom


def _ring(p: Profile) -> str | None:
    """The lookalike domain that links a walled page (a domain made of the brand's word and
    others, beside a page bearing the brand's full name) when the page's search result also
    sends its readers there ("Apply at <brand>-careers.net", "track your parcel:
    <initials>-tracking.net"): the page and the domain promote each other, two signs, not one."""
    e = p.found.get(SignalName.PROMOTED_BY_LOOKALIKE)
    if not p.walled or e is None or "bio" not in p.derived:
        return None
    named = {registered_domain(u) for u in sig.domains_in_text(p.fields.bio)}
    return str(e.value) if e.value in named else None


_PAYMENT_RE = LazyPattern(r"(?<![a-z0-9])(" + "|".join(
    re.escape(w) for w in sorted(words.PAYMENT_SERVICES, key=len, reverse=True))
    + r")(?:[a-z]{0,3})(?![a-z0-9])")
_PRIVATE_RE = LazyPattern(r"(?<![a-z0-9])(" + "|".join(
    re.escape(w) for w in words.PRIVATE_CHANNEL_WORDS) + r")(?![a-z0-9])")
_MONEY_RE = LazyPattern(words.MONEY_AMOUNT)


_PRIZE_RE = LazyPattern("|".join(
    (re.escape(w) if not w.isascii() else rf"(?<![a-z0-9]){re.escape(w)}(?![a-z])")
    for w in words.PRIZE_MARKERS))
#: a deposit as a share of the price, either way round: "Anzahlung 50 %", "50% deposit", "50% de
#: sinal", "30 % zaliczki", "50% upfront" (a discount, "-40 %", a "0% down payment" loan or a
#: bank's "7% deposit rate" is no such share)
_DEPOSIT_SHARE_RE = LazyPattern(
    rf"\b({words.DEPOSIT_WORDS})\b[^.!?\d]{{0,12}}\d{{1,3}}\s?%"
    rf"|(?<![-\u2212\d.,])[1-9]\d{{0,2}}\s?%\s?(?:(?:of|de|da|do|di|du|del|na|as|a|the|kao|kato|als|v|u|w)\s){{0,2}}"
    rf"({words.DEPOSIT_WORDS}|{words.UPFRONT_SHARE_WORDS})\b"
    r"(?!\s(?:rates?|interest|accounts?|insurance|guarantee))")


def _prize(p: Profile) -> str | None:
    """A prize (an iPhone, a gift emoji) in what a search engine shows of a walled page: the
    lure of a giveaway, named without words of any language. Not from the page itself."""
    if not p.walled or not p.derived:
        return None
    for name in ("display_name", "bio"):
        if name in p.derived:
            m = _PRIZE_RE.search(fold_text(getattr(p.fields, name) or "")) or _PRIZE_RE.search(
                getattr(p.fields, name) or "")
            if m:
                return m.group(0)
    return None


def _payment_channel(p: Profile) -> str | None:
    """The payment service a walled page's search result sends money to ("Uplata unaprijed na
    Revolut, ulaznice šaljemo u DM"), when the same text names a private channel (DM, inbox, a
    messenger) or a sum: the service's own name, which needs no dictionary of the language.
    Only in text a search engine supplied (the page itself is walled), and not in a warning
    ("we never take payment via Revolut")."""
    if not p.walled or not p.derived:
        return None
    for name in ("bio", "display_name"):
        if name not in p.derived:
            continue
        raw = getattr(p.fields, name) or ""
        text = fold_text(raw)
        for m in _PAYMENT_RE.finditer(text):
            if sig.negated(text, m.start(), m.end(), raw):
                continue
            if _PRIVATE_RE.search(text) or _MONEY_RE.search(text) or _lure_target(p):
                name = m.group(1)
                return ("an IBAN" if name == "iban"
                        else words.PAYMENT_SERVICE_NAMES.get(name, name.title()))
    return None


def _priced(p: Profile) -> str | None:
    """A sum of money in what a search engine shows of a walled page ("1200 AZN", "Gs.
    2.000.000"), not in a warning."""
    if not p.walled or not p.derived:
        return None
    for name in ("bio", "display_name"):
        if name in p.derived:
            raw = getattr(p.fields, name) or ""
            text = fold_text(raw)
            m = _MONEY_RE.search(text)
            if m and not sig.negated(text, m.start(), m.end(), raw):
                return m.group(0)
    return None


def _lure_target(p: Profile) -> str | None:
    """How a walled page's search result and a lookalike domain meet: the result names the
    lookalike ("towards ..."), or the lookalike's page links the profile ("on a page ...
    links"); None when the domain is named as the page is (a namesake's own site)."""
    if "lookalike" in p.kinds and not _named_as_the_page(p, p.kinds["lookalike"]):
        return f"towards the lookalike domain {p.kinds['lookalike']}"
    e = p.found.get(SignalName.PROMOTED_BY_LOOKALIKE)
    if e is not None and not _named_as_the_page(p, str(e.value)):
        return f"on a page the lookalike domain {e.value} links to"
    return None


_MONEY_OR_LOGIN = FamilyPattern("|".join(words.MONEY_OR_LOGIN_REQUEST_PATTERNS),
                                ("account_alert",))


def _asks_money_or_data(p: Profile) -> bool:
    """What is read of (or around) the page asks for money up front, a login, or card, bank
    or identity data: the severity of an impostor known from secondary evidence."""
    texts = (p.fields.bio, p.fields.display_name)
    return _payment_channel(p) is not None or _job_fee_asked(p) is not None or (
        _walled_desk_asks(p) is not None) or _job_by_messenger(p) or any(
        data_request(t) or _MONEY_OR_LOGIN.search(fold_text(t or "")) or _pays(t)
        or _DEPOSIT_SHARE_RE.search(fold_text(t or "")) for t in texts) or (
        _promoter_asks(p, p.found.get(SignalName.PROMOTED_BY_LOOKALIKE)) is not None) or (
        _own_page_asks(p) is not None) or _warning_says_paid(p) is not None or any(
        page_asks(t) or money_channel(t) or _pays_by_means(t) for t in texts)


def _pay_word(text: str, folded: str) -> str | None:
    """The first word that takes money ("pay", "ادفع", "付款") not said as a warning: folded
    text first, then other scripts as written."""
    return next((m.group(0) for m in _PAY_WORDS.finditer(folded)
                 if not sig.negated(folded, m.start(), m.end(), text)), None) or next(
        (m.group(0) for m in _NATIVE_PAY.finditer(sig.native(text))
         if not sig.native_negated(sig.native(text), m.start(), m.end())), None)


def _pays_by_means(text: str | None) -> str | None:
    """A payment the text asks for by its means, with no service named: a word that takes
    money beside a bank transfer, a card, a QR code or a private account ("Pagá por
    transferencia BAC o Banpro", "30% advance via bank transfer", "уплата на картицу"), not
    said as a warning: money asked, the severity of a scam that asks (high)."""
    if not text:
        return None
    folded = fold_text(text)
    pay = _pay_word(text, folded)
    means = next((m.group(0) for m in _PAYMENT_MEANS.finditer(folded)
                  if not sig.negated(folded, m.start(), m.end(), text)), None) or next(
        (m.group(0) for m in _NATIVE_PAYMENT_MEANS.finditer(sig.native(text))), None)
    return f"{pay} ... {means}" if pay and means else None


#: a number of seven figures or more (spaces and dashes between them): a phone or an account
_LONG_NUMBER = r"\+?\d(?:[\s-]?\d){6,}"
_IBAN = LazyPattern(r"\b[a-z]{2}\d{2}(?:\s?[0-9a-z]{4}){3,}")
#: a bank account named as such, folded ('account', 'cuenta', 'compte', Mongolian 'данс',
#: Russian 'счёт', Slovene 'TRR', Ukrainian 'рахунок', Turkish 'hesap', Indonesian 'rekening')
_ACCOUNT_NUMBER = LazyPattern(
    r"\b(account|acct|a/c|cuenta|conta|compte|konto|rekening|hesap|hesab|dans|scet|schet|"
    rf"rahunok|trr|racun|zirojet)\b[^.!?]{{0,30}}{_LONG_NUMBER}|"
    rf"{_LONG_NUMBER}[^.!?]{{0,20}}\b(dans|account|cuenta|conta|compte|konto|rekening)\b")
_NUMBER = LazyPattern(_LONG_NUMBER)


def money_channel(text: str | None) -> str | None:
    """Where the text sends money: a payment service by its name ("Pedidos via Pix", "SINPE
    Móvil al 8845-2210", "Wave au 78 602 11 47": no company's page needs it), an IBAN
    ("TRR SI56 0310 0100 0012 345"), a bank account by its number ("Хаан банкны 5012345678
    данс"). An impostor that gives it takes money, whatever language its words are in; not
    said as a warning ("we never take payment to a personal account")."""
    if not text:
        return None
    folded = fold_text(text)
    found = [*(_IBAN.finditer(folded)), *(_ACCOUNT_NUMBER.finditer(folded)),
             *(_PAYMENT_RE.finditer(folded))]
    return next((m.group(0) for m in found
                 if not sig.negated(folded, m.start(), m.end(), text)), None)


_MESSENGER = LazyPattern(r"\b(telegram|whatsapp|wa\.me|t\.me|signal|viber|line id)\b")


def _job_by_messenger(p: Profile) -> bool:
    """What a search engine shows of a walled page offers a job and sends applicants to a
    messenger ("Earn $300-$500 per day from home. Contact HR on Telegram", "Recruitment ...
    apply via Telegram"): the task and recruitment scams, which ask their money there."""
    if not p.walled or "bio" not in p.derived:
        return False
    text = fold_text(f"{p.fields.display_name or ''} {p.fields.bio or ''}")
    return bool(_JOB_OFFER.search(text) and _MESSENGER.search(fold_text(p.fields.bio or "")))


def _pays(text: str | None) -> str | None:
    """A payment the text asks for: a word that takes money ("pay", "ادفع", "付款") beside a
    sum and a payment service or a private channel ("ادفع 20$ عبر Whish ورسل الإيصال", "pay
    $20 via GCash then DM the receipt"), not said as a warning."""
    if not text:
        return None
    folded = fold_text(text)
    pay = _pay_word(text, folded)
    money = _MONEY_RE.search(folded)
    where = _PAYMENT_RE.search(folded) or _PRIVATE_RE.search(folded) or (
        _NATIVE_DESK_PRIVATE.search(sig.native(text)))
    return f"{pay} ... {money.group(0)}" if pay and money and where else None


def _named_as_the_page(p: Profile, dom: str) -> bool:
    """The domain a walled page's search result names is named as the page is, beside words
    of its own ("Lynglia gard" and ``lyngliagarden.no``): the namesake's own site, whose
    "free coffee" is no lure towards a lookalike. Not when the page bears the brand's full
    name and the domain holds an official domain's name: that pair is the company's name
    twice, an impostor's own lookalike, not a namesake's site."""
    _kind, _dom, why = p._kind(f"https://{dom}/")
    if why.startswith("contains the official domain name") and _bears_brand_name(p):
        return False
    return sig.own_named_site(dom, why, p.o.handle, p.fields.display_name,
                              p.brand_names) is not None


def name_only_namesake(p: Profile) -> bool:
    """Shares the brand's name and nothing else, on a page that speaks for itself (read
    directly, or through its search result, which shows the page's own description), with a
    bio of its own (not empty, not the brand's),
    no logo, no look-alike letters, no link to an official domain, and no word claiming to
    be the company's (official, support, news, a lure affix), and a name of one word (a
    fruit, a bird, a hill: the word the brand shares with the world, or the bare handle), not
    the company's name of several words. An open-source project or a hobbyist called like the
    brand: a namesake, not a candidate impostor. A squatter (empty page), a profile whose
    search result shows no description, or one showing the brand's full name ("Quillmark
    Papier") stays a candidate."""
    f = p.fields
    if p.o.state != ProbeState.FOUND or not (f.bio or "").strip():
        return False
    # a person's name of several words that the company's short name shares, or the
    # company's words in another order ("<Family> <Given>"): someone else, not the company
    # ... or a band's, a team's or a podcast's own official page, whose it says
    person = (_reordered_name(p) or _a_namesakes_own_official(p)
              or official_of_another(p) is not None)
    subject = _a_subject_it_names(p)
    if len(tokens(f.display_name or "")) > 1 and not (
            person or subject or _brand_name_of_its_own(p)):
        return False  # the company's name of several words, with nothing else to tell
    if p.avatar is not None or p.has(SignalName.HOMOGLYPHS, SignalName.EMPTY_PROFILE,
                                     SignalName.SCAM_WORDING):
        return False
    copy = p.found.get(SignalName.BIO_COPY)
    if copy is not None and (subject is None or float(copy.value or 0) >= _PARTLY_SIMILAR):
        return False
    # a person's handle may say "official" (the person's); a lure word never is anyone's
    lures = [a for a in p.lure_affixes if not person or a not in words.POSE_AFFIXES]
    said = sig.self_declared_fan(f.bio)
    # a page that ties itself to nobody ("Bot reposting job ads. Not affiliated with any
    # agency") names no department of ours by the brand's own word in its handle ("jobs")
    blanket = said is not None and _blanket_disclaimer(p, str(said.value))
    if "official" in p.kinds or p.lookalike or lures or (not blanket and any(
            a in words.DEPARTMENT_HINTS for a in p.affixes)):
        return False
    if person and help_desk_persona(p):  # a help desk speaks for the company, not a person
        return False
    if person:  # its "official" is that person's
        return sig.self_declared_fan(f.bio) is None
    text = " ".join(x for x in (f.display_name, f.bio, "" if blanket else " ".join(p.affixes))
                    if x)
    # a blanket disclaimer ("not affiliated with any agency") ties the page to nobody
    return own_wording(text) is None and (said is None or blanket)


#: a bio this similar to an official one is a copy whatever the page calls itself; below it,
#: the likeness of two short bios may be the brand's name and a country they share
_PARTLY_SIMILAR = 0.8


def _company_bio_words(p: Profile) -> set[str]:
    """The words (four letters or more) of the declared accounts' bios."""
    return {k for k in (plain_key(w) for t in p.ix.bios.values() for b in t.values()
                        for w in tokens(b)) if len(k) >= 4}


def _a_subject_it_names(p: Profile) -> str | None:
    """The word by which a page names a subject of its own twice: its display name is the
    brand's name and a word of its own ("<Name> Band", "<Name> Choir", "Café <Name>") and its
    bio says that word again ("rock band", "Rockband", "the café on ..."), a word the
    company's names and bios never use and no word of the company's own channels, desks,
    departments, shops, lures or claims. A page that says in its name and in its bio what it
    is, is about that: a short bio that shares the brand's name and a country with an
    official one ("<Country> rock band <Name>" beside "<Country> snacks <Name>") is no copy.
    The word, or None."""
    other = sig.someone_else(p.fields.display_name, p.brand_names)
    if other is None or not p.fields.bio:
        return None
    said = {plain_key(w) for w in tokens(p.fields.bio)}
    theirs = _company_bio_words(p)
    reserved = (words.HELP_DESK_HANDLE_WORDS | words.POSE_AFFIXES | set(words.SHOP_NAME_WORDS)
                | set(words.VARIANT_AFFIXES_COMMON) | set(words.VARIANT_AFFIXES_OTHER))
    for w in tokens(other):
        k = plain_key(w)
        if len(k) < 3 or k in theirs or fold(w) in reserved or k in words.DEPARTMENT_HINTS:
            continue
        if own_wording(w) or reseller_words(w):
            continue
        if k in said or any((len(k) >= 5 and t[:5] == k[:5]) or (len(k) >= 4 and t.endswith(k))
                            for t in said):
            return w  # in another form ("bands"), or in a compound ("Rockband")
    return None


def _brand_name_of_its_own(p: Profile) -> bool:
    """The name is the brand's name of several words with an article before it and nothing
    else ("The Breck Box": the title of a thing, not how a company names itself), no help
    desk's, on a page whose bio tells of a subject of its own
    (:func:`bio_of_its_own`: a ski podcast): someone else's thing called so. A word of its own
    beside the brand's ("Support", "Kundtjänst") presents a department of the company."""
    names = {plain_key(w) for n in p.brand_names for w in tokens(n)}
    extra = [w for w in tokens(p.fields.display_name or "") if plain_key(w) not in names]
    if not extra or any(fold(w) not in _ARTICLES for w in extra) or help_desk_persona(
            p) is not None:
        return False  # the company's own name, bare, is a candidate's (its pose)
    return bio_of_its_own(p) is not None


#: articles a name may put before the brand's ("The Breck Box", "La Quillmark", "Die ...")
_ARTICLES = frozenset({"the", "a", "an", "la", "le", "les", "l", "el", "los", "las", "il",
                       "lo", "gli", "der", "die", "das", "het", "de", "o", "os", "as"})


def _fan(p: Profile) -> Evidence | None:
    """Its fan declaration, unless that is only a person's "not an official channel" (a
    teacher's or an employee's own page says so too): a person, not a fan; or the fans are a
    namesake's (:func:`fandom_of_another`)."""
    e = p.found.get(SignalName.SELF_DECLARED_UNOFFICIAL)
    if e is not None and fandom_of_another(p) is not None:
        return None
    if e is None or p.found.get(SignalName.PERSONAL_ACCOUNT) is None:
        return e
    # a customer's own story names no role at the company (:func:`_customer_story`)
    story = e.detail.startswith(("tells a customer's own story", "shares a customer's recipes"))
    # an employee's "unofficial" (a role at the company named: "在岚锋做质检", "I work at")
    # is what every personal page says, no fan's word; a customer's "cuenta personal, no
    # oficial" stays a fan's
    said = (sig.fan_words_beyond_unofficial if _names_a_role(p) else sig.fan_words)
    return e if story or said(p.fields.bio, p.fields.display_name) else None


_FANDOM = frozenset(fold_text(w) for w in words.FANDOM_SUBJECT_WORDS)


def fandom_of_another(p: Profile) -> str | None:
    """Whose fans a fan page gathers when that is a namesake of the brand: beside the
    brand's word (with a case or plural ending: "Tallawahs") stands a word naming a team, a
    sport, a band or a series ("Fan page fi di Tallawahs cricket team", "<Word> FC fan
    page"), one the company's names and bios never use, or the page shows a sport's ball the
    company's bios never show ("Hinchas de La <Word>. ⚽": a team's nickname); the page names
    none of the brand's names of several words, no logo, no link of the company's. The
    words, or None."""
    if p.avatar is not None or {"official", "lookalike"} & set(p.kinds):
        return None
    text = fold_text(f"{p.fields.display_name or ''} . {p.fields.bio or ''}")
    toks = text.split()
    full = [fold_text(n) for n in p.brand_names if len(tokens(n)) > 1]
    if any(f and f in text for f in full):
        return None
    theirs = {fold_text(w) for n in p.brand_names for w in tokens(n)} | _company_bio_words(p)
    # a cinema's programme is its own subject ("Minmini Cinemas": "movie"), a team's sport
    names = {fold_text(w) for b in p.ix.inventory.brands for n in b.names for w in tokens(n)}
    names |= set(tokens(p.ix.inventory.organization or ""))
    theirs |= {s for w in names for s in words.FANDOM_OF_TRADE.get(w, ())}
    kinds = _FANDOM - theirs
    keys = {plain_key(n) for n in p.brand_names if len(tokens(n)) == 1 and len(n) >= 4}
    raw = f"{p.fields.display_name or ''} {p.fields.bio or ''}"
    ball = _SPORT_BALL.search(raw)
    if ball and any(_SPORT_BALL.search(b) for t in p.ix.bios.values() for b in t.values()):
        ball = None
    for i, t in enumerate(toks):
        w = plain_key(t)
        if not any(w == k or (w.startswith(k) and len(w) - len(k) <= 2) for k in keys):
            continue
        near = [x.strip(".,;:!?()") for x in toks[max(0, i - 2):i] + toks[i + 1:i + 3]]
        kind = next((x for x in near if x in kinds), None)
        if kind is not None or ball:
            return " ".join(toks[max(0, i - 2):i + 3]) + (f" {ball.group(0)}" if ball else "")
    return None


#: a sport's ball or field: on a fan page, the sign of a team
_SPORT_BALL = re.compile("[\u26bd\u26be\U0001f3c0\U0001f3c8\U0001f3c9\U0001f3cf"
                         "\U0001f3d0\U0001f3d2\U0001f945\U0001f3df]")


def _harm_scores(p: Profile, poses: bool) -> tuple[float, float]:
    """(pose, harm) for severity: poses as the brand (name, logo, bio) plus does harm."""
    c, has = p.config, p.has
    empty = has(SignalName.EMPTY_PROFILE)
    squat = empty and not (p.avatar or p.lookalike or has(
        SignalName.BIO_COPY, SignalName.SCAM_WORDING, SignalName.LINK_REFUSED))
    pose = _noisy_or([
        c.h_name if poses and not squat else 0.0,
        c.h_avatar if p.avatar is not None else 0.0,
        c.h_bio if has(SignalName.BIO_COPY) else 0.0,
    ])
    damage = _noisy_or([
        c.h_scam if has(SignalName.SCAM_WORDING) else 0.0,
        c.h_lookalike if p.lookalike else 0.0,
        c.h_refused_link if has(SignalName.LINK_REFUSED) else 0.0,
        c.h_deception if has(SignalName.HOMOGLYPHS, SignalName.IMPERSONATED_BADGE,
                             SignalName.YOUNG_LOGO_COPY, SignalName.UNPROVEN_CLAIM) else 0.0,
    ])
    return pose, min(1.0, pose + damage + (c.h_squat if squat else 0.0))


def to_decision_input(p: Profile, redundancy: Sequence[Evidence] = (),
                      allowed: Evidence | None = None) -> Signals:
    """What :func:`matching.decide.decide` reads, from the signals that fired on ``p``."""
    c, has = p.config, p.has
    rel = relevance(p)
    t = p.id_target
    # the name poses when it presents itself as the brand: "Gallerani Quartet" and "Luca
    # Gallerani" name someone else, whatever the handle (an X handle 'gallerani' of "Paolo G.")
    other = sig.someone_else(p.fields.display_name, p.brand_names)
    # a country's words beside the brand's name in a regional page's handle and name are
    # no one else's name: the page presents the brand's account for that market
    national = national_name(p)
    name_pose = ((p.identity >= 0.9 and t is not None and t.strong
                  and (other is None or national is not None))
                 or has(SignalName.HOMOGLYPHS))
    poses = name_pose or p.avatar is not None or has(SignalName.BIO_COPY)
    pose_score, harm_score = _harm_scores(p, name_pose)
    own = next((p.found[n] for n in OWN if n in p.found), None)
    return Signals(
        state=p.o.state,
        allowed=allowed,
        walled=p.o.state == ProbeState.UNVERIFIABLE or hides_itself(p.o, p.searched),
        existence_only=_existence_only(p),
        handle_lure=(handle_word(p, words.HELP_DESK_HANDLE_WORDS)
                     or handle_word(p, words.COUNTRY_HANDLE_CODES, strong=True))
        if p.o.state == ProbeState.FOUND else None,
        handle_fan=handle_word(p, words.FAN_HANDLE_WORDS) if p.o.state == ProbeState.FOUND
        else None,
        handle_twin=declared_twin(p) if p.o.state == ProbeState.FOUND else None,
        # the handle is read, not inferred: look-alike letters in it are primary evidence
        blank=blank(p.o, p.searched) and not has(SignalName.HOMOGLYPHS),
        relevance=rel,
        about_us=rel >= c.relevance_cutoff and p.brand_index is not None,
        near_us=bool(p.identity >= 0.8 or rel >= c.relevance_cutoff
                     or has(SignalName.BRAND_MENTION) or p.avatar is not None
                     or (p.identity >= c.block_floor and _names_a_weak_alias(p))
                     or (has(SignalName.SELF_DECLARED_UNOFFICIAL) and _names_the_brand(p))),
        poses=poses,
        # a country beside the company's full name, in the handle and the name alike, is the
        # company's market, no namesake's life of its own
        copies=p.avatar is not None or has(SignalName.BIO_COPY),
        name_only=poses and national is None and name_only_namesake(p),
        official_of=official_of_another(p) if poses else None,
        national=national if poses else None,
        reseller=reseller(p) if poses else None,
        own=own,
        redundancy=tuple(redundancy),
        harm=() if its_own_trade(p, poses) else tuple(p.found[n] for n in _HARM if n in p.found),
        strong_harm=has(*_STRONG_HARM) or (has(SignalName.SCAM_WORDING) and p.lookalike),
        secondary_harm=tuple(_secondary_harm(p)),
        secondary_asks=_asks_money_or_data(p),
        searched_desk=searched_help_desk(p),
        soft_desk=soft_desk(p),
        desk_persona=soft_desk(p) and not _desk_named_as_someone_else(p),
        desk_said=help_desk_persona(p) is not None or desk_request(p.fields.bio)[0] is not None,
        desk_lookalike="lookalike" in p.kinds and desk_word(p) is not None,
        fan=_fan(p),
        personal=p.found.get(SignalName.PERSONAL_ACCOUNT),
        scam=has(SignalName.SCAM_WORDING),
        hard_scam=_hard_scam(p),
        pose_score=pose_score,
        harm_score=harm_score,
        identity=p.identity,
        official_link="official" in p.kinds,
        searched_own_traces=searched_own_traces(p),
    )


def searched_own_traces(p: Profile) -> bool:
    """A page that shows a crawler nothing (X's JavaScript shell), known by its search result
    only, whose search result bears only the company's traces: the brand's name, its bio's
    words, links to official domains and to the company's declared accounts ("we no longer
    post here, find us at t.me/<ours>") and nothing else, no look-alike letters, no lure word
    in the handle ("help", "giveaway"). The company's
    own X account left outside the strategy reads so, and so would a copy that has not yet
    shown its hand: neither proof of ours nor a sign of a scam."""
    return ({"display_name", "bio"} <= p.derived and "official" in p.kinds
            and (set(p.kinds) == {"official"} or _links_only_company(p))
            and not p.lure_affixes and not p.has(SignalName.HOMOGLYPHS))
