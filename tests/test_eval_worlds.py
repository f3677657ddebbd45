"""The classifier on labelled worlds nobody here wrote (#11): the bar of the issue, in CI.

``evaluation/tuning/<company>/`` holds worlds written by an engineer who had not read
``matching/`` (only the product brief and the class definitions). This test scores them in
the fast mode of ``benchmarks/eval_worlds.py`` (the ideal observations of each world) against:
impostor precision and recall >= 0.95, no own account (official, official_unlisted,
redundant) and no employee or namesake called impostor, redundant recall >= 0.9, and every
declared account that no longer exists reported missing. Held-out sets (``evaluation/heldout*``)
are never read here: their figures are run by hand and reported in the README in aggregate.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TUNING = ROOT / "evaluation" / "tuning"
E2E_AT_ONCE = 3  # end-to-end audits run side by side (test_end_to_end_on_the_tuning_worlds)


def _eval_worlds():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_worlds",
                                                  ROOT / "benchmarks" / "eval_worlds.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_worlds"] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


EW = _eval_worlds()
# Tuning worlds that arrived after the classifier was last tuned: scored by eval_worlds.py and
# reported in the README, asserted here once the classifier reaches the bar on them (remove a
# name from this set in the commit that gets it there).
# pelanduk, ugleoje (ninth set, blind9 author; scored blind first, then tuned on): pelanduk's
# one impostor "too many" is a walled Threads page a phishing site links and whose handle
# carries a lure word (its truth is impostor, its label expects unverified); ugleoje's
# end-to-end redundant recall is 0.75 (a Mastodon account on an instance the catalog does not
# know, linked only from a sub-page). siraly reached the bar and is asserted.
# Reached the bar in the December 2026 round and asserted since: the sixth author's dalbit,
# mordisco, koivula (ex-heldout3), the seventh's hinatamart, tulsivan, voltaria, and the
# eighth's lynglia, chabacine, zdral (scored blind first, then tuned on).
NOT_YET_AT_THE_BAR: set[str] = {
    "pelanduk",  # ninth set (blind9 author)
    "kamzik", "bura", "bidyut",  # ex-heldout5 (scored twice in aggregate, then moved here)
    # written blind from the real-sweep brief on 2026-12-06, scored once (first run recorded
    # in evaluation/README.md), then tuned on
    # srovmeas, rrufe: a walled page whose search result asks a fee with its sum or the way to
    # pay is an impostor on two secondary signs (the contract's rule and most labels),
    # unverified to these labels (a convention the authors do not share)
    "srovmeas",  # blind11t (Cambodian)
    "rrufe",  # blind12t (Albanian; gurans is at the bar, below)
    # blind12t's qamra, at the bar until the same rule read French: a walled jobs page whose
    # search result asks 'frais de dossier 30 DT' of applicants (the recruitment-fee scam,
    # weighing two as a fee with its sum does) is an impostor, unverified to its label; the
    # same evidence is labelled impostor in vardavar (linkedin vardavar-jewelry-careers)
    "qamra",
    # ex-heldout22, -23, -24 (real-sweep brief; scored in aggregate with the code of the start
    # and of the end of the round of 2026-12-07, then moved here to tune on): umusambi,
    # turpial, bandama and yiguirro were at the bar fast and end to end as they came in (their
    # blind runs: README, "How accurate is it") and are asserted; this one is not yet
    "sughdmeva",
    # ex-heldout25, -26, -27 (real-sweep brief; scored in aggregate with the code of the start
    # (c454194) and of the end (37e92c9) of the eleventh round, 2026-12-07, then moved here):
    # kolasoley, guayacan, kasuba and flamboyant were at the bar fast and end to end as they
    # came in and are asserted; lampuka is not yet, sozh is at the bar (below) (golnar reached
    # the bar fast and end to end on 2026-12-07: its old Telegram channel pointing to the
    # declared one, its Persian parody; 0 fast/e2e differences; sadu and orjen too, below)
    "lampuka",
    # ex-heldout28 to -33 (real-sweep brief; six sets, eighteen companies, scored in aggregate
    # with the code of the start (cce3bab) and of the end (63e8217) of the twelfth round,
    # 2026-12-07, the same figures, then moved here): wingfat, breacan, bilo and lugina were at
    # the bar fast and end to end as they came in (checked once each, 0 fast/e2e differences)
    # and are asserted; tawel, mesquite, alsidra and muxima reached the bar fast after the end
    # run (detect32, detect33) and are asserted; the others are not yet
    "momotombo",  # ex-heldout29 (polkan and tsaramanitra reached the bar, below)
    # ex-heldout30: tawel reached the bar fast on 2026-12-07 (detect32: a friends' charity's
    # own domain 'friendsof<word>' is no lookalike), mesquite too (detect33, below)
    "lanfeng",  # ex-heldout31 (alsidra and guancasco reached the bar on 2026-12-07, below)
    "thebe",  # ex-heldout33 (nadeef and ylham reached the bar, below)
    # ex-heldout34 to -39 (real-sweep brief; six sets, eighteen companies, scored in aggregate
    # with the code of the start (9aefdce) and of the end (eb99b92) of the thirteenth round,
    # 2026-12-07, then moved here): dungkar, omuti, tecolote, kwatta, hilaal, bunce and estanyo
    # were at the bar fast as they came in (their sets' end-to-end runs gave the fast figures)
    # and are asserted; the others are not yet
    "mlambe", "najma", "yagrumo",  # ex-heldout35
    "mbote",  # ex-heldout36
    "lafaek",  # ex-heldout37 (tindur reached the bar on 2026-12-07, below)
    # ex-heldout38's kamlin reached the bar fast and end to end on 2026-12-07 (checked once, 0
    # fast/e2e differences): a link of the company's own anti-scam page whose text calls the
    # page a fake ('（假冒）') is no proof that it is the company's (detect36)
    "tchuba", "waratank",  # ex-heldout38
    # ex-heldout39's teratai reached the bar, below
    # ex-heldout40 to -45 (real-sweep brief; six sets, eighteen companies, scored in aggregate
    # with the code of the fourteenth round's start and end, then moved here): eleven of the
    # eighteen met the bar fast at the end (djiguiya, tirisfroid, wendkuni, canje, kadushi,
    # lanbi, fetu, peau, alpenfirn, salang, sibane) and harriola after d58c4bd (a race
    # director named Iban is no IBAN asked); the others are not yet there:
    "goubet", "salsabil", "wahaj",  # ex-heldout42
    "tiea",  # ex-heldout43
    "murdegu",  # ex-heldout44
    "dukor",  # ex-heldout45
    # ex-heldout46 to -53 (real-sweep brief; eight sets, twenty-four companies, scored in
    # aggregate with the code of the fifteenth round's start d33457d and end 5d0c5af, then moved
    # here): twenty of the twenty-four met the bar fast at the end; not yet:
    "nipi",  # ex-heldout47: a photographer namesake a lookalike site links, called impostor
    "wolpertinger",  # ex-heldout47: an impostor the company's warning page links, read as own
    "kokodmer",  # ex-heldout51: a bot-blocked LinkedIn scam page left unverified
    "ulytau",  # ex-heldout51: a walled Threads twin of the Instagram account left unverified
    # ex-heldout54 to -60 (real-sweep brief; seven sets, twenty-one companies, scored in
    # aggregate with the code of the sixteenth round's start 355f56a and end 3f24ae8, then moved
    # here): six of the twenty-one met the bar fast at the end (ceplis, vyhybka, ruamchai,
    # himchuli, sambok, ylli); not yet:
    "hveralind",  # ex-heldout54: a horse farm named like the spa called impostor;
    # an Estonian help-desk persona ('abi') read as a namesake
    "szybkopak",  # ex-heldout55
    "kalapati",  # ex-heldout56
    "kiakia",  # ex-heldout57
    # sverdlo: its own X account, once called impostor for a t.me link to its declared channel,
    # is unverified since 433d9fa; redundant recall 0.75 keeps it here
    "sverdlo", "tsukiyomi",  # ex-heldout59
    "valverde", "vilina",  # ex-heldout60 (vilina: three namesakes called impostor)
    # ex-heldout61 to -66 (real-sweep brief; six sets, eighteen companies, scored in aggregate
    # with the code of the seventeenth round's start 260e873 and end 689c468, then moved here):
    # twelve of the eighteen met the bar fast at the end; not yet:
    "azurine",  # ex-heldout62: a walled help-desk impostor and an X support page missed
    "hemraj",  # ex-heldout64: an X page of a namesake jeweller called impostor
    "ametista", "lauhiat",  # ex-heldout65 (lauhiat: a developer's GitHub called impostor)
    "illariy",  # ex-heldout66: a declared Mastodon account that moved, redundant in fast mode
    "lumieira",  # ex-heldout66: a bot-blocked Reddit help-desk impostor left unverified
    # ex-heldout67 to -72 (real-sweep brief; six sets, eighteen companies, scored in aggregate
    # with the code of the eighteenth round's start 3b35a67 and end 433d9fa, then moved here):
    # twelve of the eighteen met the bar fast at the end; not yet:
    "sajama",  # ex-heldout67: a scholarship scam the university's own alert page links, read
    # as its own; an X portal-support page read as a namesake
    "kandula",  # ex-heldout69: an X impostor shell left unverified; an X careers page redundant
    "afiya",  # ex-heldout70: an X support impostor read as a namesake; two own pages unlisted
    "hatid",  # ex-heldout71: a drivers' group saying 'opisyal' called impostor
    "tgu",  # ex-heldout71: an old-logo training page read as the university's left-behind page
    "zeytinada",  # ex-heldout72: an own X account left unverified (redundant recall 0.8)
}
# helpdesk20 (2026-12-07): gomo, raalhu, tasakaal, rubin, ojekita, mwangaza, zitna, kayalveda
# and lecek reached the bar fast (help-desk words across languages, national-account and
# wholesale-desk poses, a distributor named in a regional page's bio) and are asserted since.
# ex-heldout37's tindur and ex-heldout39's teratai reached the bar fast and end to end on
# 2026-12-07 (checked once each, every profile right, 0 fast/e2e differences): a band's
# "official channel" named like the knitwear brand is the band's, and a customers' group that
# calls itself official while naming its members ('Teratai Brides Club (Official)') is a
# community of the brand's people, not the company posing (detect37).
# ex-heldout33's nadeef and ylham, ex-heldout25's sozh, blind12t's gurans, ex-heldout28's vrelo
# and ex-heldout29's tsaramanitra reached the bar fast and end to end on 2026-12-07 (checked
# once each, 0 fast/e2e differences): the walled-page line the tuning labels agree on
# (detect35), and a walled lottery asking the MVola secret code ('kaody miafina'): a walled desk
# asking a booking number by DM, a giveaway's word beside its gift emoji and an 'official'
# handle, a bare 'processing fee' or 'предоплата' with no sum or way to pay are one sign each
# (unverified, as labelled); an advance 'na privatni račun' is money asked (impostor).
# ex-heldout31's guancasco reached the bar fast and end to end on 2026-12-07 (a campaign's
# page whose name is a past year's, 'Reto <Brand> 2022', is left behind: detect34), and
# ex-heldout29's polkan was found at the bar too (its misses: a namesake read as a fan, a
# blank X handle; its representative office's account no longer a second one: detect34);
# checked once each end to end, 0 fast/e2e differences.
# ex-heldout30's mesquite and ex-heldout31's alsidra reached the bar fast on 2026-12-07
# (checked once each): a help desk X shows only through its search result, named by what it
# handles ('<Brand> Warranty Help') or by the brand's Arabic name, asking a policy number and
# the card, or a phone number and the OTP, by DM (detect33). ex-heldout28's muxima too: a
# walled recruiter whose search result asks a process fee in kwanzas ('80.000 Kz') (detect33).
# ex-heldout27's sadu and orjen reached the bar fast and end to end on 2026-12-07 (checked
# once each, 0 fast/e2e differences): a walled page that only a third party's warning links
# (a consumer blog's 'احذروا', a news report's 'Lažne'), with a claim to be official or a
# handle one letter off the declared one beside it, is an impostor on secondary evidence,
# high when the warning says it asked for a payment (detect30).
# ex-heldout23's ouarsenis reached the bar fast and end to end on 2026-12-07 (checked once, 0
# fast/e2e differences): its old X account under the brand's name cut at X's 15 characters
# and its Oran branch's page posting promotions are the company's; a customer's vlog that
# says "machi page ta3 l'agence" is a fan's; a person's handle spelling the declared, gone
# @OuarsenisDZ with other separators is left to check by hand (detect26, detect27).
# ex-heldout22-24's lastovica, govend and kiskadee reached the bar fast and end to end on
# 2026-12-07 (checked once each, 0 fast/e2e differences): a hijacked account renamed to the
# brand promising crypto back doubled, a search result claiming the official account under the
# brand's full name, a word-for-word copy of the live declared account's bio (detect27).
# ex-heldout19's tallawah reached the bar fast and end to end on 2026-12-07 (checked once: 46/46,
# 0 fast/e2e differences) once an official page's sighting kept what the page shows: its
# Facebook UK desk, linked only from a page titled "(archive)", is the company's, left behind.
# ex-heldout19's naseem and ex-heldout20's yarrabee reached the bar fast and end to end on
# 2026-12-07 (checked once each: a help desk X shows only through its search result, asking
# the booking reference, full name and phone by DM; a USDT cash dealer named by the brand's
# word whose own site calls it the brand's agent by the full name) and are asserted since.
# ex-heldout18's kinnaly reached the bar fast, and end to end once the crawl visited a search
# result that warns of a scam (an NGO's alert linking the walled recruitment page) and the
# simulated engine indexed the text of a page's links (2026-12-07, checked once).
# ex-heldout18's breck reached the bar fast and end to end on 2026-12-06 (checked once: the
# company's pages left behind years ago, a developer's own .dev domain named as its handle,
# 'The Breck Box', a ski podcast, read through its search result) and is asserted since.
# ex-heldout16's kasooli and yaguari, ex-heldout17's akshumkar and ex-heldout18's kutsaka
# reached the bar fast and end to end on 2026-12-06 (checked once each: a walled recruitment
# page asking 'UGX 50,000 form fee', a copy of the declared X account's bio as its search
# result shows it, a blank '<name>uy', a reseller-kit scam site linking a walled Pinterest
# board, a 'refund' scam named 'Жылдыз лотерея' of 'Жылдыз моментальная лотерея') and are
# asserted since.
# ex-heldout16's vardavar and ex-heldout17's jicome (at the bar fast as they came in) and
# korimako (walled recruitment and investment pages whose search results ask applicants to
# message 'HR on Telegram' or promise 'investors: 18% a month', a lookalike linking each; the
# Threads page of an Instagram giveaway impostor that the scam's site links) reached the bar
# fast and end to end on 2026-12-06 (checked once each) and are asserted since.
# ex-heldout15's lefkara and winay reached the bar fast and end to end on 2026-12-06 (the
# company's old channels in the logo, silent for years on a platform that shows no opening
# date, redundant, not candidate impostors; a return promised in advance, 'guaranteed monthly
# returns', '12% p.a. returns', read around a walled page a lookalike links) and are asserted
# since.
# ex-heldout12's ombelle and ex-heldout14's borealis scored 1.00 fast and end to end on
# 2026-12-06 (checked once each) and are asserted since.
# ex-heldout13's almklang and sindyan reached the bar fast and end to end on 2026-12-06 (an
# alpaca farm's own site written with its trade's other form, almklang-alpakas.at of
# "Almklang Alpakahof", is no lookalike; a walled LinkedIn page the site links from /franchise
# is the franchise programme's, no second account; each keeps one X handle taken by a
# stranger, 'check by hand', which the bar allows) and are asserted since.
# ex-heldout15's bradan reached the bar fast and end to end on 2026-12-06 (a walled page with
# signs of a scam under the brand's one-word alias, whose handle is an impostor's read on
# another platform, is that scam's page) and is asserted since.
# ex-heldout14's xamxam reached the bar fast and end to end on 2026-12-06 (a students'
# association and a class's own group, 'géré par les délégués', name themselves a community
# of the university's people: fans) and is asserted since.
# ex-heldout12's poyraz reached the bar fast and end to end on 2026-12-06 (a users' self-help
# group that says 'Resmi sayfa değiliz', the Turkic copula inflected, is a fan, not the
# company's channel its 'resmi' made it) and is asserted since.
# ex-heldout11's toche reached the bar fast and end to end on 2026-12-06 (51/51: a deposit
# sent by a payment app or cash desk by name, '300 mil por Daviplata'; a help desk's name
# beside the brand's; a raffle word said twice, or beside an unlinked 'official' claim, is one
# sign around a walled page) and is asserted since.
# ex-heldout11's ghaith reached the bar fast and end to end on 2026-12-06 (a walled Eid-sale
# page a lookalike links, its price in riyals written in Arabic letters) and is asserted since.
# ex-heldout11's gantrisch reached the bar fast and end to end on 2026-12-06 (an old regional
# X account whose search result links the official site's section its handle names,
# Brand_IT -> brand.ch/it, is the company's: redundant, not a candidate impostor) and is
# asserted since.
# blind11t's chipajasy and blind12t's qamra reached the bar fast and end to end on 2026-12-06
# (TikTok's JavaScript shell after its oEmbed read as 'could not check' end to end, as fast),
# and ex-heldout8's chanar (its polite 'bookings' page wears the official logo cut to its
# centre: the official avatar's central crops are compared too); asserted since.
# ex-heldout9's dobilas reached the bar fast and end to end on 2026-12-06 (a task scam's
# "earn 50-200 EUR a day" in Lithuanian, and the fake 'HR manager' it sends its victims to, an
# impostor by who names it) and is asserted since.
# ex-heldout8's tarvaga, zomorroda, ex-heldout9's wenz, oqtosh and ex-heldout10's sunehri,
# zornitsa, owia reached the bar fast and end to end on 2026-12-06 (fees named with their sum,
# mobile-money PINs and card numbers with SMS codes asked, investments with a guaranteed profit
# in Cyrillic, a reseller of the goods no impostor, an outage channel no duplicate) and are
# asserted since.
# The blind12 author's ilvesvet, aqbota, lundaflug and the ex-heldout7 nawras, kldeni, rathmal
# reached the bar fast and end to end on 2026-12-06 (after twelve active own accounts outside
# their brand's strategy were relabelled redundant, as the contract says, and a namesake's site
# titled with its domain's words in another order stopped reading as a lookalike) and are
# asserted since.
# blind11t's zerxali (Azerbaijani) reached the bar fast and end to end on 2026-12-06 (walled
# scam pages a lookalike links with a price or fee in their search result, fan pages in
# Azerbaijani, a fake help desk under the brand's two-word alias) and is asserted since.
# ex-heldout6 (kozorog, shaked, mwambao: scored twice in aggregate, moved here, then tuned on)
# reached the bar fast and end to end in the fifth round of 2026-12-06 and are asserted since.
# Reached the bar (fast 1.00) on 2026-12-06 and asserted since: ugleoje (ninth set), the
# eighth author's hongphuc, klossbo, cenzontle (ex-heldout4: walled scam pages proven by
# secondary evidence, own regional and programme channels official_unlisted), and the blind11
# author's vejdzirnas, quillqa, ebube (first run recorded in evaluation/README.md, "Blind
# first runs", before any change aimed at them).
# ex-heldout13's pakarina reached the bar fast and end to end on 2026-12-06 (a walled LinkedIn
# export office a lookalike links, whose search result announces 'updated banking details':
# the invoice fraud of changed bank details, read in many languages) and is asserted since.
# ex-heldout12's ingwe reached the bar fast and end to end on 2026-12-06 (a walled jobs page
# named with the brand's one-word alias, whose search result says the rest of its name and asks
# 'Pay R300 for PSIRA training': the recruitment-fee scam) and is asserted since.
# ex-heldout14's tsiahtea reached the bar fast and end to end on 2026-12-06 (a walled 'customer
# service centre' named '<brand>客服中心' whose search result speaks the 'cancel the instalment'
# scam, 誤設分期 ... 解除) and is asserted since.
FOLDERS = [f for f in (EW.world_folders([TUNING]) if TUNING.exists() else [])
           if Path(f.name).name not in NOT_YET_AT_THE_BAR]


@pytest.fixture(scope="module")
def tuning():  # type: ignore[no-untyped-def]
    if not FOLDERS:
        pytest.skip("no labelled tuning worlds under evaluation/tuning")
    total = EW.Score()
    for folder in FOLDERS:
        assert not folder.heldout
        total.merge(EW.fast(folder))
    return total


def test_the_demo_world_scores_in_both_shapes_of_the_script() -> None:
    (demo,) = EW.world_folders([ROOT / "simweb"])
    s = EW.fast(demo)
    m = s.metrics()
    assert m["impostor"][0] == 1.0 and m["impostor"][1] == 1.0
    assert s.own_as_impostor() == 0
    assert sum(s.confusion.values()) >= 60


def test_heldout_worlds_are_never_listed_profile_by_profile(tmp_path: Path) -> None:
    """``--verbose`` is refused for held-out folders: tuning never reads their profiles."""
    held = tmp_path / "evaluation" / "heldout" / "acme"
    held.mkdir(parents=True)
    (held / "inventory.yaml").write_text("organization: Acme\n", encoding="utf-8")
    (held / "world.yaml").write_text("now: '2026-01-01'\nprofiles: []\n", encoding="utf-8")
    (folder,) = EW.world_folders([tmp_path / "evaluation"])
    assert folder.heldout
    assert EW.main([str(tmp_path / "evaluation"), "--verbose"]) == 2


@pytest.mark.parametrize("name", ["heldout2", "heldout-2027", "HeldOut"])
def test_every_folder_named_heldout_something_is_held_out(tmp_path: Path, name: str) -> None:
    """A new blind set needs no change to the script: any path part starting with 'heldout'."""
    held = tmp_path / "evaluation" / name / "acme"
    held.mkdir(parents=True)
    (held / "inventory.yaml").write_text("organization: Acme\n", encoding="utf-8")
    (held / "world.yaml").write_text("now: '2026-01-01'\nprofiles: []\n", encoding="utf-8")
    (folder,) = EW.world_folders([tmp_path / "evaluation" / name])
    assert folder.heldout
    assert EW.main([str(held), "--verbose"]) == 2
    assert not EW.is_heldout(Path("evaluation/tuning/acme"))
    assert not EW.is_heldout(Path("evaluation/tuning/withheldout"))


def test_the_tuning_set_has_no_held_out_world() -> None:
    assert len(FOLDERS) >= 4 and not any(f.heldout for f in FOLDERS)


def test_impostor_precision_and_recall(tuning) -> None:  # type: ignore[no-untyped-def]
    p, r, n = tuning.metrics()["impostor"]
    assert n >= 10
    assert p >= 0.95 and r >= 0.95, (p, r, n, tuning.errors())


def test_no_own_account_is_called_impostor(tuning) -> None:  # type: ignore[no-untyped-def]
    assert tuning.own_as_impostor() == 0, tuning.errors()


def test_no_employee_or_namesake_is_called_impostor(tuning) -> None:  # type: ignore[no-untyped-def]
    assert tuning.confusion[("unrelated", "impostor")] == 0, tuning.errors()


def test_redundant_recall(tuning) -> None:  # type: ignore[no-untyped-def]
    _p, r, n = tuning.metrics()["redundant"]
    assert n >= 1 and r >= 0.9, (r, n, tuning.errors())


def test_every_deleted_declared_account_is_missing(tuning) -> None:  # type: ignore[no-untyped-def]
    _p, r, n = tuning.metrics()["missing"]
    assert n >= 1 and r == 1.0, (r, n, tuning.errors())


# End to end, CI audits one world of each author (the fast mode above scores every world): a
# real audit per world costs 5-20 s, and all of them would be a third of CI's time budget.
# BRANDSWEEP_E2E_ALL=1 audits every world at the bar (as `benchmarks/eval_worlds.py --mode e2e
# evaluation/tuning` does, which the README's figures come from).
E2E_ONE_PER_AUTHOR = (
    "karakus",  # first author (Turkish airline)
    "cinar",  # heldout2's author
    "gallerani",  # third
    "aegeas",  # fourth
    "moreirinha",  # fifth
    "dalbit",  # sixth (ex-heldout3)
    "hinatamart",  # seventh
    "lynglia",  # blind8
    "ugleoje",  # blind9 (a Mastodon account on an instance the catalog does not know)
    "hongphuc",  # eighth (ex-heldout4: walled scam pages proven by secondary evidence)
    "vejdzirnas",  # blind11
    "kozorog",  # eleventh (ex-heldout6)
)


def e2e_folders() -> list:  # type: ignore[type-arg]
    if os.environ.get("BRANDSWEEP_E2E_ALL") == "1":
        return FOLDERS
    return [f for f in FOLDERS if Path(f.name).name in E2E_ONE_PER_AUTHOR]


def test_the_end_to_end_sample_is_one_world_per_author_and_all_at_the_bar() -> None:
    """A renamed or demoted world must not silently shrink the end-to-end sample."""
    at_the_bar = {Path(f.name).name for f in FOLDERS}
    assert set(E2E_ONE_PER_AUTHOR) <= at_the_bar, set(E2E_ONE_PER_AUTHOR) - at_the_bar


@pytest.mark.slow
def test_end_to_end_on_the_tuning_worlds() -> None:
    """A real audit of tuning worlds (one per author; every world at the bar with
    BRANDSWEEP_E2E_ALL=1): what the crawl reaches is classified to the bar (recall of
    impostors the crawl never reaches is discovery's, measured, not asserted)."""
    folders = e2e_folders()
    if not folders:
        pytest.skip("no labelled tuning worlds under evaluation/tuning")
    total = EW.Score()
    # three audits at once: each mostly waits (politeness delays, the simulated web), so the
    # worlds share the machine's cores instead of queueing (the same figures, a third the time)
    with ThreadPoolExecutor(max_workers=E2E_AT_ONCE) as pool:
        for score in pool.map(EW.e2e, folders):
            total.merge(score)
    m = total.metrics()
    assert m["impostor"][0] >= 0.95, total.errors()
    assert total.own_as_impostor() == 0, total.errors()
    assert total.confusion[("unrelated", "impostor")] == 0, total.errors()
    assert m["missing"][1] == 1.0 and m["redundant"][1] >= 0.9, total.errors()
    found = sum(n for (t, p), n in total.confusion.items() if t == "impostor" and p != "(none)")
    hit = total.confusion[("impostor", "impostor")]
    assert found and hit / found >= 0.95, total.errors()  # of the impostors the crawl reached


def test_reachability_is_honest_about_platform_search_without_search() -> None:
    """A profile a world marks ``indexed_by: platform_search`` on a platform whose catalog
    entry has no search is unreachable by that path and said to be, with the reason; one a
    suspicious site from a web search links is reachable (the crawl follows those sites)."""
    from types import SimpleNamespace

    (folder,) = EW.world_folders([TUNING / "velours"])
    world, inventory, rules = EW.load(folder)
    reach = EW._reachable(world, inventory, rules)
    assert ("instagram", "maisonvelours.giveaway") in reach  # linked from velours-cadeaux.com
    catalog = EW._catalog()
    assert not getattr(catalog["instagram"], "search", None)
    why = EW.unreachable_reason(SimpleNamespace(platform="instagram",
                                                indexed_by=("platform_search",)), catalog)
    assert why == "platform_search on instagram (the catalog has no search there)"
    assert "no search there" not in EW.unreachable_reason(
        SimpleNamespace(platform="github", indexed_by=("platform_search",)), catalog)
    s = EW.Score(unreachable=2)
    s.unreachable_why[why] += 2
    s.unreachable_truth["impostor"] += 2
    assert s.to_json()["unreachable_why"] == {why: 2}
    assert s.to_json()["unreachable_truth"] == {"impostor": 2}
