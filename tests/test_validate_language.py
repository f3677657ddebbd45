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


PLATFORMS_BROKEN = {
    "keys": "platforms:\n  myforum:\n    hosts: [forum.example]\n    profle_url: x\n",
    "name": "platforms:\n  My-Forum: {hosts: [forum.example]}\n",
    "url": ("platforms:\n  myforum:\n    hosts: [forum.example]\n"
            "    profile_url: 'https://forum.example/u/'\n"),
    "pattern": ("platforms:\n  myforum:\n    hosts: [forum.example]\n"
                "    profile_url: 'https://forum.example/u/{handle}'\n"
                "    profile_patterns: ['^/u/([a-z]+)$']\n    handle: {pattern: '[a-z]+'}\n"),
    "yaml": "platforms:\n  myforum: [\n",
}


def test_a_platforms_files_problems_read_in_turkish_with_file_line_and_fix(tmp_path):
    """--platforms-file's errors (about 72 messages) were English only: each is a Text now,
    with a Turkish template for it and every wording inside it; keys and values as written."""
    from crawler.catalog import CatalogError, load_catalog

    catalog = catalog_messages("tr")
    tr = Translator("tr").gettext
    said = {}
    for name, text in PLATFORMS_BROKEN.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            load_catalog([path])
        except CatalogError as exc:
            for t in _templates(exc.message) + _templates(exc.hint):
                assert catalog.get(t), f"no Turkish for {t!r}"
            said[name] = exc.render(tr)
            assert said[name].startswith(f"{path}:") and said[name] != str(exc)
        else:
            raise AssertionError(f"{name}: accepted")
    assert said["keys"].endswith("'myforum' platformu içinde bilinmeyen anahtar 'profle_url' "
                                 "(ipucu: 'profile_url' mı demek istediniz?)")
    assert "geçersiz platform adı 'My-Forum'" in said["name"]
    assert "'profile_url' içinde '{handle}' yok" in said["url"]
    assert "'handle' adlı grup yok (ipucu: kullanıcı adı kısmını (?P<handle>...)" in said["pattern"]
    assert "geçersiz YAML" in said["yaml"]


def test_every_catalog_error_is_written_to_be_translated():
    """Each CatalogError of crawler/catalog.py and crawler/wmn.py (--sites-file) gets its
    message (and hint) as N_(...) or a name holding one, never an f-string or a bare English
    string."""
    import ast
    from pathlib import Path

    calls = []
    for name in ("catalog.py", "wmn.py"):
        src = (Path(__file__).resolve().parent.parent / "crawler" / name).read_text("utf-8")
        calls += [n for n in ast.walk(ast.parse(src)) if isinstance(n, ast.Call)
                  and getattr(n.func, "id", None) == "CatalogError"]
    assert len(calls) >= 79
    for call in calls:
        for arg in call.args[2:]:
            ok = isinstance(arg, ast.Name) or (
                isinstance(arg, ast.Call) and getattr(arg.func, "id", None) == "N_") or (
                isinstance(arg, ast.IfExp) and all(
                    isinstance(b, ast.Call) and getattr(b.func, "id", None) == "N_"
                    for b in (arg.body, arg.orelse)))
            assert ok, f"line {call.lineno}: {ast.unparse(arg)[:80]}"


def test_validate_says_a_platforms_files_problem_in_the_inventorys_language(tmp_path):
    from click.testing import CliRunner

    from crawler.cli import main

    inv = tmp_path / "inv.yaml"
    inv.write_text("organization: Acme\nlanguage: tr\nbrands:\n  - name: Acme\n    accounts:\n"
                   "      - {platform: instagram, handle: acme}\n", encoding="utf-8")
    bad = tmp_path / "p.yaml"
    bad.write_text(PLATFORMS_BROKEN["keys"], encoding="utf-8")
    result = CliRunner(env={"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
                            "LANGUAGE": ""}).invoke(
        main, ["validate", str(inv), "--platforms-file", str(bad)])
    assert result.exit_code == 2
    assert result.output.startswith("Hata: ")  # click's word too, on an English machine
    assert f"{bad}:4: 'myforum' platformu içinde bilinmeyen anahtar 'profle_url'" in result.output


def test_a_file_that_cannot_be_read_says_why_in_the_readers_words(tmp_path):
    """'kelime dosyası okunamıyor: No such file or directory': the system's reason was
    English in a Turkish validate."""
    from crawler.catalog import CatalogError, read_catalog_text

    (err,) = validate_words(tmp_path / "yok.yaml")
    assert err.render(Translator("tr").gettext).endswith(
        "kelime dosyası okunamıyor: böyle bir dosya yok — dosya yolunu kontrol edin")
    assert "there is no such file" in str(err)
    try:
        read_catalog_text(tmp_path / "p.yaml")
    except CatalogError as exc:
        said = exc.render(Translator("tr").gettext)
        assert said.endswith("dosya okunamıyor: böyle bir dosya yok")
