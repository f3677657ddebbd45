"""Texts of another language in the report carry their own ``lang``.

A department's, a brand's, an owner's name is in the inventory's language (its ``language:``),
not the page's: read out by a screen reader in the page's voice, a Turkish department's name in
an English page ("Müşteri Hizmetleri") is spelled out wrong. A display name or a bio comes from
the web, in a language nobody declared: ``lang=""`` (unknown) and ``dir="auto"`` (an Arabic name
in a Turkish row keeps its own direction).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from reports import build_view, render_html, sample
from reports.view import other_language


@lru_cache(maxsize=4)  # a page renders in a few tenths of a second: once each
def _page(inventory_lang: str | None, page_lang: str) -> tuple[object, str]:
    inventory = replace(sample.inventory(), language=inventory_lang)
    view = build_view(inventory, sample.findings(), replace(sample.audit(), lang=page_lang))
    return view, render_html(view)


def test_other_language_is_the_inventorys_when_it_is_not_the_pages():
    assert other_language("tr", "en") == "tr"
    assert other_language("pt-BR", "tr") == "pt-BR"
    assert other_language("tr-TR", "tr") is None  # the same language
    assert other_language("TR", "tr") is None
    assert other_language(None, "tr") is None  # not declared: nothing to say


def test_inventory_names_in_a_page_of_another_language_carry_the_inventorys_lang():
    view, html = _page("tr", "en")
    assert view.inventory_lang == "tr"
    assert '<h1 translate="no" lang="tr">Northwind Coffee Co.</h1>' in html
    # a department's name wherever it is shown: rows, health table, owner lists, groups
    assert html.count('<span translate="no" lang="tr">Marketing</span>') >= 3
    assert 'lang="tr">marketing@northwindcoffee.com<' in html  # its owner
    assert re.search(r'<option value="Marketing" translate="no" lang="tr">', html)
    # the page's own words in the same column are not the inventory's
    groups = {g.name: g.name_lang for g in view.by_department}
    assert groups.get("Marketing") == "tr"
    assert all(lang is None for name, lang in groups.items() if name.startswith("("))
    assert {g.name_lang for g in view.by_brand if not g.name.startswith("(")} == {"tr"}
    assert {g.name_lang for g in view.by_platform} == {None}


def test_inventory_names_in_a_page_of_its_own_language_carry_nothing():
    for inventory_lang in ("tr", None):
        view, html = _page(inventory_lang, "tr")
        assert view.inventory_lang is None
        assert re.findall(r'\blang="[^"]+"', html) == ['lang="tr"']  # the page's, once


def test_web_texts_are_of_an_unknown_language_and_direction():
    _view, html = _page(None, "tr")
    names = re.findall(r'<span class="dn" translate="no"( lang="" dir="auto")?>', html)
    assert names and all(names)
    assert re.search(r'<p class="card-bio" translate="no" lang="" dir="auto">', html)
