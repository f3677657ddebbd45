"""``brandsweep validate`` speaks the reader's language (issue #11): every problem of an
inventory or a words file is a :class:`matching.inventory.Text` whose template, and every
wording inside it ("the inventory", "a brand", "a number"), has a Turkish translation; the
file, line, column and the user's own values are shown as written. Pure functions, no CLI."""

from __future__ import annotations

import pickle

from crawler.words_file import validate_words
from matching.inventory import N_, InventoryError, Text, validate_inventory
from matching.models import HandleRule
from reports.i18n import Translator, catalog_messages

RULES = {"instagram": HandleRule(r"[A-Za-z0-9._]{1,30}", 1, 30)}

BROKEN = """\
organization: Acme
domains: [https://acme.com, acme.com, acme.com]
departments:
  - {name: Marketing, owner: not-an-email}
brands:
  - name: Acme
    colour: red
    websites: [ftp://acme.com]
    accounts:
      - {platform: instagramm, handle: acme}
      - {platform: instagram, handle: "acme!!bad#"}
      - {platform: instagram, department: Sales, handle: acme_tr}
      - {platform: instagram, handle: acme_tr}
      - {platform: instagram}
contact: nobody
language: 12
"""


def _templates(text: object) -> list[str]:
    """A Text's template and those of the Texts inside it."""
    if not isinstance(text, Text):
        return []
    out = [text.template]
    for value in text.params.values():
        for v in value if isinstance(value, list) else [value]:
            out += _templates(v)
    return out


def _check(errors: list[InventoryError], english_words: tuple[str, ...]) -> list[str]:
    catalog = catalog_messages("tr")
    tr = Translator("tr").gettext
    lines = []
    for err in errors:
        for t in _templates(err.message) + _templates(err.hint):
            assert catalog.get(t), f"no Turkish for {t!r}"
        text = err.render(tr)
        assert text.startswith(f"{err.path}:{err.line}:{err.column}: ")
        assert text != str(err)
        assert not any(w in text for w in english_words), text
        lines.append(text)
    return lines


def test_inventory_problems_read_in_turkish_with_file_line_and_fix(tmp_path):
    path = tmp_path / "inv.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    errors = validate_inventory(path, RULES)
    assert len(errors) >= 10 and all(isinstance(e.message, Text) for e in errors)
    lines = _check(errors, (" must be ", " is not ", "did you mean", " in a brand", "write "))
    joined = "\n".join(lines)
    # the user's values as written; the wording Turkish
    assert "bilinmeyen platform 'instagramm' — 'instagram' mi demek istediniz?" in joined
    assert "'acme!!bad#' geçerli bir instagram kullanıcı adı değil" in joined
    assert "harfler, rakamlar, '.' ve '_'" in joined  # the rule, its 'and' translated too
    # English stays what it was
    assert str(errors[0]).endswith("domain 'https://acme.com' has a scheme — write the bare "
                                   "name: acme.com")


def test_words_file_problems_read_in_turkish(tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text('words:\n  - family: scams\n    language: en\n    phrases: [a, "x, y", 12]\n'
                    "  - {family: fan, language: en, phrases: [taraftar], colour: 1}\n",
                    encoding="utf-8")
    errors = validate_words(path)
    assert len(errors) == 5
    lines = _check(errors, ("did you mean", " has ", " reads as ", "unknown"))
    assert lines[0].endswith("bilinmeyen aile 'scams': 'scam' mi demek istediniz? şunlardan "
                             "biri: " + ", ".join(errors[0].message.params["names"]))


def test_a_yaml_error_keeps_pyyamls_words_and_translates_the_fix(tmp_path):
    path = tmp_path / "inv.yaml"
    path.write_text("organization: Acme\nbrands:\n\t- name: x\n", encoding="utf-8")
    (err,) = validate_inventory(path, RULES)
    text = err.render(Translator("tr").gettext)
    assert "YAML söz dizimi hatası:" in text and "boşlukla girinti yapın" in text


def test_text_is_its_english_string_and_survives_pickling():
    t = N_("unknown platform '{name}'", name="{x}")
    assert t == "unknown platform '{x}'" and isinstance(t, str)
    back = pickle.loads(pickle.dumps(t))
    assert back == t and back.render(Translator("tr").gettext) == "bilinmeyen platform '{x}'"


def test_a_translation_with_other_placeholders_falls_back_to_english():
    t = N_("unknown platform '{name}'", name="tiktokk")
    assert t.render(lambda s: "bilinmeyen platform '{isim}'") == "unknown platform 'tiktokk'"
    # a user's value that happens to be a catalog entry is not translated
    assert N_("unknown platform '{name}'", name="the inventory").render(
        Translator("tr").gettext) == "bilinmeyen platform 'the inventory'"
