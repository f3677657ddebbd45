"""Wrapper tests: one real capture's body wrapped the ways other projects' test fixtures keep
answers, so every wrapper is shown to reach the same reading layers as the bare body.

    python benchmarks/wrap_captures.py            # (re)write tests/fixtures/real_captures/wrappers/
    python benchmarks/wrap_captures.py --check    # exit 1 when a file differs from its recipe

The files are synthetic (no new capture): each holds the byte-identical body of a capture
already in MANIFEST.yaml (``base``), wrapped as a recorder, a cassette or a test in some
language writes it. Their manifest entries (``wrapper: FAMILY``, ``base: FILE``, the base's
origin, truth and batch) are written by hand once; tests/test_real_pages.py checks that each
reads exactly as its base reads, field by field, with the full reader and the generic layers
alone, and ``eval_extract.py --wrappers`` scores them as a set of their own.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAPTURES = ROOT / "tests" / "fixtures" / "real_captures"
OUT = CAPTURES / "wrappers"

# (base capture, platform, the URL it answered, its Content-Type, a short name)
BASES = (
    ("x/zendtwitter_users_show_mwop_2013.json", "x",
     "https://api.twitter.com/1.1/users/show.json?screen_name=mwop",
     "application/json; charset=utf-8", "mwop"),
    ("telegram/metascraper_telegram_channel_2021.html", "telegram",
     "https://t.me/unlimitedhangout", "text/html; charset=utf-8", "unlimitedhangout"),
)


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _chunks(text: str, size: int = 60) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def _indented(text: str, pad: str) -> str:
    return "\n".join(pad + line if line else line for line in text.splitlines())


def _gz(body: bytes) -> bytes:
    return gzip.compress(body, mtime=0)


def _hashes(text: str) -> str:
    """As many '#' as a Rust raw string needs around ``text``."""
    n = 1
    while '"' + "#" * n in text:
        n += 1
    return "#" * n


def recipes(body: bytes, url: str, ctype: str) -> dict[str, tuple[str, Callable[[], bytes]]]:
    """Family -> (file extension, maker of the wrapped file)."""
    text = body.decode("utf-8")
    scheme_host, _, path = url.partition("://")[2].partition("/")
    host, path = scheme_host, "/" + path
    is_json = "json" in ctype
    doc = json.loads(text) if is_json else None

    def vcrpy() -> str:
        return ("interactions:\n- request:\n    body: null\n    headers: {}\n    method: GET\n"
                f"    uri: {url}\n  response:\n    body:\n      string: {_q(text)}\n"
                f"    headers:\n      Content-Type:\n      - {ctype}\n"
                "    status:\n      code: 200\n      message: OK\nversion: 1\n")

    def vcrpy_gzip() -> str:
        packed = base64.encodebytes(_gz(body)).decode().replace("\n", "\n        ")
        return ("interactions:\n- request:\n    body: null\n    headers: {}\n    method: GET\n"
                f"    uri: {url}\n  response:\n    body:\n      string: !!binary |\n"
                f"        {packed.rstrip()}\n"
                "    headers:\n      Content-Encoding:\n      - gzip\n"
                f"      Content-Type:\n      - {ctype}\n"
                "    status:\n      code: 200\n      message: OK\nversion: 1\n")

    def ruby_vcr() -> str:
        return ("---\nhttp_interactions:\n- request:\n    method: get\n"
                f"    uri: {url}\n    body:\n      encoding: US-ASCII\n      string: ''\n"
                "  response:\n    status:\n      code: 200\n      message: OK\n"
                f"    headers:\n      Content-Type:\n      - {ctype}\n"
                f"    body:\n      encoding: UTF-8\n      string: {_q(text)}\n"
                "    http_version:\n  recorded_at: Tue, 01 Jan 2019 00:00:00 GMT\n"
                "recorded_with: VCR 4.0.0\n")

    def betamax() -> str:
        return json.dumps({"http_interactions": [{
            "request": {"method": "GET", "uri": url, "headers": {},
                        "body": {"string": "", "encoding": "utf-8"}},
            "response": {"status": {"code": 200, "message": "OK"}, "url": url,
                         "headers": {"Content-Encoding": ["gzip"], "Content-Type": [ctype]},
                         "body": {"base64_string": base64.b64encode(_gz(body)).decode(),
                                  "encoding": "utf-8"}},
            "recorded_at": "2019-01-01T00:00:00"}], "recorded_with": "betamax/0.8.1"}, indent=1)

    def nock() -> str:
        return json.dumps([{"scope": f"https://{host}:443", "method": "GET", "path": path,
                            "body": "", "status": 200,
                            "response": doc if doc is not None else text,
                            "rawHeaders": ["Content-Type", ctype]}], indent=2)

    def nock_gzip() -> str:
        packed = _gz(body)
        return json.dumps([{"scope": f"https://{host}:443", "method": "GET", "path": path,
                            "body": "", "status": 200,
                            "response": [packed[:40].hex(), packed[40:].hex()],
                            "rawHeaders": ["Content-Type", ctype, "Content-Encoding", "gzip"],
                            "responseIsBinary": False}], indent=2)

    def polly() -> str:
        return json.dumps({"log": {
            "_recordingName": "user", "version": "1.2", "pages": [],
            "creator": {"comment": "persister:fs", "name": "Polly.JS", "version": "6.0.5"},
            "entries": [{"_id": "0", "_order": 0, "startedDateTime": "2020-01-01T00:00:00Z",
                         "request": {"method": "GET", "url": url, "headers": []},
                         "response": {"status": 200, "statusText": "OK",
                                      "headers": [{"name": "content-type", "value": ctype}],
                                      "content": {"mimeType": ctype, "size": len(body),
                                                  "text": text}}}]}}, indent=2)

    def har_base64() -> str:
        return json.dumps({"log": {
            "version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
            "entries": [{"request": {"method": "GET", "url": url, "headers": []},
                         "response": {"status": 200, "statusText": "OK",
                                      "headers": [{"name": "Content-Type", "value": ctype}],
                                      "content": {"mimeType": ctype, "size": len(body),
                                                  "encoding": "base64",
                                                  "text": base64.b64encode(body).decode()}}}]}},
            indent=2)

    def python_lines() -> str:
        parts = "\n".join("    " + repr(c) for c in _chunks(text))
        return (f"URL = {url!r}\n\nBODY = (\n{parts}\n)\n\n\n"
                "def test_user(requests_mock):\n"
                "    requests_mock.get(URL, text=BODY, status_code=200)\n")

    def js_concat() -> str:
        parts = " +\n  ".join(_q(c) for c in _chunks(text))
        return (f"const nock = require('nock');\n\nconst body = {parts};\n\n"
                f"nock('https://{host}').get({_q(path)}).reply(200, body);\n")

    def go_raw() -> str:
        return ("package client\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"testing\"\n)\n\n"
                "func TestUser(t *testing.T) {\n"
                f"\tmux.HandleFunc({_q(path.split('?')[0])}, "
                "func(w http.ResponseWriter, r *http.Request) {\n"
                f"\t\tfmt.Fprint(w, `{text}`)\n\t}})\n}}\n")

    def ruby_heredoc() -> str:
        return ("require 'spec_helper'\n\ndescribe Client do\n  before do\n"
                f"    stub_request(:get, {_q(url)}).\n"
                "      to_return(status: 200, body: <<~BODY, "
                f"headers: {{ 'Content-Type' => '{ctype}' }})\n"
                f"{_indented(text, '        ')}\n      BODY\n  end\nend\n")

    def java_text_block() -> str:
        return ("class UserTest {\n  static final int STATUS = 200;\n"
                f"  static final String BODY = \"\"\"\n{_indented(text, '      ')}\n"
                "      \"\"\";\n}\n")

    def java_concat() -> str:
        parts = " +\n      ".join(_q(c) for c in _chunks(text))
        return f"class UserTest {{\n  String body = {parts};\n  int status = 200;\n}}\n"

    def kotlin_raw() -> str:
        return f"val body = \"\"\"\n{_indented(text, '    ')}\n\"\"\".trimIndent()\n"

    def rust_raw() -> str:
        marks = _hashes(text)
        return ("#[test]\nfn user() {\n"
                f"    let body = r{marks}\"{text}\"{marks};\n"
                f"    let _m = mock(\"GET\", {_q(path)}).with_status(200)"
                ".with_body(body).create();\n"
                "}\n")

    def csharp_verbatim() -> str:
        quoted = text.replace('"', '""')
        return f"public class UserTests {{\n    private const string Body = @\"{quoted}\";\n}}\n"

    def php_single() -> str:
        quoted = text.replace("\\", "\\\\").replace("'", "\\'")
        return ("<?php\n\nclass UserTest extends TestCase\n{\n"
                "    public function testUser()\n    {\n"
                f"        $body = '{quoted}';\n        $this->mock(200, $body);\n    }}\n}}\n")

    def php_heredoc() -> str:
        return f"<?php\n$body = <<<'JSON'\n{text}\nJSON;\n"

    def swift_multiline() -> str:
        return f"let body = \"\"\"\n{_indented(text, '    ')}\n    \"\"\"\n"

    def elixir_heredoc() -> str:
        return (f"defmodule UserTest do\n  @body \"\"\"\n{_indented(text, '  ')}\n"
                "  \"\"\"\nend\n")

    def yaml_block() -> str:
        return (f"user:\n  status: 200\n  url: {url}\n  body: |\n{_indented(text, '    ')}\n")

    def jsonp() -> str:
        return f"/**/ jQuery1124_1577({text});"

    def python_repr() -> str:
        return repr(doc) + "\n"

    def python_module() -> str:
        return f"import pytest\n\nUSER = {doc!r}\n\n\ndef test_user():\n    assert USER\n"

    def ts_module() -> str:
        return ("import type { User } from './types';\n\n"
                f"export const USER: User = {_ts_literal(doc)} as const;\n")

    def js_template() -> str:
        escaped = text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
        return f"const html = `{escaped}`;\nmodule.exports = html;\n"

    def each(make: Callable[[], str]) -> Callable[[], bytes]:
        return lambda: make().encode("utf-8")

    out: dict[str, tuple[str, Callable[[], bytes]]] = {
        "vcrpy_yaml": ("yaml", each(vcrpy)),
        "vcrpy_yaml_gzip_binary": ("yaml", each(vcrpy_gzip)),
        "ruby_vcr_yaml": ("yml", each(ruby_vcr)),
        "betamax_base64_gzip": ("json", each(betamax)),
        "nock_recording": ("json", each(nock)),
        "nock_recording_gzip_hex": ("json", each(nock_gzip)),
        "pollyjs_har": ("har", each(polly)),
        "har_base64": ("har", each(har_base64)),
        "python_split_lines": ("py", each(python_lines)),
        "js_concatenated": ("js", each(js_concat)),
        "go_raw_string": ("go", each(go_raw)),
        "ruby_heredoc": ("rb", each(ruby_heredoc)),
        "java_text_block": ("java", each(java_text_block)),
        "java_concatenated": ("java", each(java_concat)),
        "kotlin_raw_string": ("kt", each(kotlin_raw)),
        "rust_raw_string": ("rs", each(rust_raw)),
        "csharp_verbatim": ("cs", each(csharp_verbatim)),
        "php_single_quoted": ("php", each(php_single)),
        "php_nowdoc": ("php", each(php_heredoc)),
        "swift_multiline": ("swift", each(swift_multiline)),
        "elixir_heredoc": ("exs", each(elixir_heredoc)),
        "yaml_block_scalar": ("yaml", each(yaml_block)),
    }
    if doc is not None:
        out["jsonp"] = ("js", each(jsonp))
        out["python_repr"] = ("txt", each(python_repr))
        out["python_module"] = ("py", each(python_module))
        out["ts_object_literal"] = ("ts", each(ts_module))
    else:
        out["js_template"] = ("js", each(js_template))
    return out


def _ts_literal(value: object, pad: str = "") -> str:
    """A value in Prettier's TypeScript notation: unquoted keys where they are names, single
    quotes, trailing commas."""
    inner = pad + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        rows = []
        for key, item in value.items():
            name = key if key.isidentifier() else "'" + key.replace("'", "\\'") + "'"
            rows.append(f"{inner}{name}: {_ts_literal(item, inner)},")
        return "{\n" + "\n".join(rows) + f"\n{pad}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + "\n".join(f"{inner}{_ts_literal(i, inner)}," for i in value) + f"\n{pad}]"
    if isinstance(value, str):
        return "'" + json.dumps(value, ensure_ascii=False)[1:-1].replace("\\\"", '"').replace(
            "'", "\\'") + "'"
    if value is None:
        return "null"
    return json.dumps(value)


def files() -> dict[Path, bytes]:
    """Wrapper file path -> its bytes, for every base and family."""
    out = {}
    for base, _platform, url, ctype, short in BASES:
        body = (CAPTURES / base).read_bytes()
        for family, (ext, make) in recipes(body, url, ctype).items():
            out[OUT / f"{short}_{family}.{ext}"] = make()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for path, data in files().items():
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for path in stale:
        print(f"differs from its recipe: {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
