"""The names the crawl's searches type (crawler/spiders/search_names.py): each brand's names and
aliases, then the word they share, searched by the web search and the platforms' searches."""

from __future__ import annotations

from crawler.spiders.platform_search import inventory_queries
from crawler.spiders.search_names import search_names, shared_name
from crawler.spiders.web_search import build_queries
from matching.models import Brand, Inventory


def test_shared_word_of_a_brands_names() -> None:
    assert shared_name(["Acme Kava", "Acme Grog", "Acme Kava Fiji"]) == ["Acme"]
    # accents and case aside, spelled as the first name spells it
    assert shared_name(["Dental Pérola", "Clínica Perola", "PÉROLA Dental"]) == ["Pérola"]
    # two words shared are searched together
    assert shared_name(["Blue Harbour Hotel", "Blue Harbour Spa"]) == ["Blue Harbour"]


def test_no_shared_word_when_it_is_a_name_short_or_absent() -> None:
    assert shared_name(["Acme Kava", "Acme"]) == []  # already a name
    assert shared_name(["Sun Bank", "Sun Mobile"]) == []  # three letters: other things
    assert shared_name(["Acme Kava", "Zeta Grog"]) == []  # nothing in common
    assert shared_name(["Acme Kava"]) == []  # one name
    # an acronym shares no word but does not hide the others' shared word
    assert shared_name(["Acme Kava", "AK", "Acme Grog"]) == ["Acme"]


def test_shared_word_per_script() -> None:
    names = ["Orlo Terme", "Orlo Spa", "Орло Терме", "Орло Спа"]
    assert shared_name(names) == ["Orlo", "Орло"]
    assert search_names(names) == [*names, "Orlo", "Орло"]


def test_web_search_types_the_shared_word_after_the_names() -> None:
    inv = Inventory("Acme Kava Ltd", brands=(
        Brand("Acme Kava", aliases=("Acme Grog",)), Brand("Zeta Tea", aliases=("Zeta",))))
    texts = [q.text for q in build_queries(inv, [("instagram", "instagram.com")])]
    assert texts[:5] == ['"Acme Kava"', '"Acme Grog"', '"Zeta Tea"', '"Zeta"', '"Acme"']
    # the site: queries stay on the names (one more query per brand, never per platform)
    assert 'site:instagram.com "Acme"' not in texts
    assert len(texts) == 5 + 4


def test_platform_search_types_the_shared_word_once() -> None:
    inv = Inventory("Acme", brands=(Brand("Acme Kava", aliases=("Acme Grog",)),
                                    Brand("Acme Tea", aliases=("Acme Chai",))))
    assert inventory_queries(inv) == ["Acme Kava", "Acme Grog", "Acme", "Acme Tea", "Acme Chai"]
