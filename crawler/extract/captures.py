"""Recorded answers inside saved files: HTTP cassettes and mocks, so ``brandsweep extract`` reads
what other tools saved, not only bare bodies.

Projects that test against platforms keep their answers in a handful of formats: vcrpy YAML
cassettes (and Ruby VCR's, go-vcr's, Java Betamax tapes), betamax/PRAW JSON cassettes (body as
text or base64, often gzip), R vcr JSON cassettes, php-vcr and ExVCR JSON cassettes (a bare list
of request/response pairs, the status an object), HAR logs (browser exports, Polly.js), nock
recordings (Node.js), WireMock stub mappings, MockServer expectations, Charles Proxy sessions
(.chlsj), Postman collections' saved examples, the Python
``responses`` recorder's YAML, NewPipe mock JSON, PyGithub ReplayData, the PHP response cache of
oscarotero/Embed (``return ['headers' => [...], 'statusCode' => 200, 'body' => '...'];``), raw
HTTP responses (status line, headers, blank line, body, each hop of ``curl -iL``), web archives
(WARC), pages saved as one file (MHTML), Burp Suite's saved items, other recorders' tapes
(Talkback's JSON5, Hoverfly simulations, Mountebank imposters, govcr, Google's httpreplay,
one answer record saved as JSON (AWS Lambda's proxy answer, axios' response, a requests dump),
.NET's EasyVCR and Scotch, VCRURLConnection, node-replay, Servirtium's markdown, yakbak's Node
modules), `curl -v` saved with its trace, HTTPie's verbose print, and any of these gzip-,
bzip2- or xz-compressed (``page.html.gz``, ``.warc.gz``, ``.json.xz``); last, an answer a
client's test recorder wrote in its language's data notation:
the body an escaped string literal beside its status (OCaml Cohttp s-expressions
``(status Not_found)``, Elixir ``%HTTPoison.Response{body: "...", status_code: 404}``, Ruby and
Python literals). ``recorded_answers`` unpacks any of them into (url, status, headers, body); a file
in none of these formats is one answer: the body itself. Nothing here raises on a malformed
file: it is then read as a bare body.

Example::

    >>> answers = recorded_answers(b'HTTP/1.1 404 Not Found\\r\\nServer: x\\r\\n\\r\\ngone')
    >>> answers[0].status, answers[0].body
    (404, b'gone')
"""

from __future__ import annotations

import ast
import base64
import json
import re
import zlib
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import yaml

from crawler.extract.jsstate import literal_at
from crawler.extract.sources import is_body, string_bodies


@dataclass(frozen=True)
class Recorded:
    """One recorded answer: where it came from and what it said."""

    url: str | None
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


_HTTP_HEAD = re.compile(rb"^HTTP/\d(?:\.\d)?\s+(\d{3})[^\r\n]*\r?\n")


def is_http_message(data: bytes) -> bool:
    """A saved answer with its status line and headers (``curl -i``, WebMock's raw files)."""
    return _HTTP_HEAD.match(data[:4096].lstrip()) is not None


def recorded_answers(data: bytes) -> list[Recorded]:
    """Every answer recorded in ``data`` (a cassette, a mock, a raw HTTP answer or a body)."""
    try:
        found = _unpack(data)
    except Exception:  # noqa: BLE001 - an odd file is a bare body
        found = []
    if not found:
        try:
            found = _ruby_hash(data) or _source_literals(data) or _js_module(data)
        except Exception:  # noqa: BLE001 - an odd file is a bare body
            found = []
    # then the bodies a test in any language keeps in its source: Python data, string
    # literals of every syntax, data literals, a YAML fixture's text blocks
    for reader in (_python_data, _source_strings, _data_literals, _document_strings):
        if found:
            break
        try:
            found = reader(data)
        except Exception:  # noqa: BLE001 - an odd file is a bare body
            found = []
    return found or [Recorded(None, 200, {}, data)]


def _unpack(data: bytes) -> list[Recorded]:
    if data[:2] == b"\x1f\x8b":  # a saved page kept gzip-compressed (one level, not nested)
        inner = _maybe_gunzip(data)
        if inner is data or inner[:2] == b"\x1f\x8b":
            return []
        return _unpack(inner) or [Recorded(None, 200, {}, inner)]
    if data[:3] == b"BZh" or data[:6] == b"\xfd7zXZ\x00":  # a save kept bzip2- or xz-packed
        inner = _unpacked(data)
        if inner is data:
            return []
        return _unpack(inner) or [Recorded(None, 200, {}, inner)]
    head = data[:4096].lstrip()
    if head.startswith(b"<") and re.search(rb"<items burpVersion=", head[:2000]):
        return _burp(data)
    if head.startswith(b"<?php") and _PHP_STATUS.search(data) and b"'body' =>" in data:
        answer = _php_cache(data)
        return [answer] if answer.body else []
    if re.match(rb"WARC/1\.\d\r?\n", head):
        return _warc(data.lstrip())
    if re.match(rb"(?:From|MIME-Version|Snapshot-Content-Location|Subject|Date):", head) and \
            re.search(rb"(?i)content-type:\s*multipart/related", head):
        return _mhtml(data)
    if _HTTP_HEAD.match(head):
        return [_raw_http(data.lstrip())]
    if _HTTPLIB2_HEAD.match(head):
        return _httplib2(data.lstrip())
    if head.startswith(b"structure(list(") and _R_STATUS.search(data):
        return _r_httptest(data)
    if head.startswith(b"["):
        doc = json.loads(data)
        if isinstance(doc, list) and doc and all(
            isinstance(i, dict) and isinstance(i.get("request"), dict)
            and isinstance(i.get("response"), dict) for i in doc[:50]
        ):
            return [_betamax(i) for i in doc]  # php-vcr, ExVCR: a bare list of interactions
        if isinstance(doc, list) and doc and all(
            isinstance(i, dict) and "scope" in i and "path" in i and "status" in i
            for i in doc[:50]
        ):
            return _nock(doc)
        if isinstance(doc, list) and doc and all(
            isinstance(i, dict) and "host" in i and "path" in i
            and isinstance(i.get("response"), dict) for i in doc[:50]
        ):
            return [_charles(i) for i in doc[:500]]  # a Charles Proxy session (.chlsj)
        if isinstance(doc, list) and doc and all(
                isinstance(i, dict) and isinstance(i.get("httpResponse"), dict) for i in doc[:50]):
            return [_mockserver(i) for i in doc[:500]]  # MockServer expectations
        return _tape_records(doc)
    if head.startswith(b"{"):
        doc = _json_or_json5(data)
        if isinstance(doc, dict):
            if isinstance(doc.get("http_interactions"), list):  # betamax
                return [_betamax(i) for i in doc["http_interactions"]]
            if isinstance(doc.get("interactions"), list) and doc["interactions"]:
                first = doc["interactions"][0]
                if isinstance(first, dict) and "response" in first and "request" in first:
                    return [_betamax(i) for i in doc["interactions"]]  # PRAW-style
            if isinstance(doc.get("response"), dict) and "responseBody" in doc["response"]:
                return [_newpipe(doc)]
            log = doc.get("log")
            if isinstance(log, dict) and isinstance(log.get("entries"), list):
                return _har(doc)
            if isinstance(doc.get("item"), list) and "postman" in str(
                    (doc.get("info") or {}).get("schema", "")):
                return _postman(doc["item"])
            if isinstance(doc.get("mappings"), list):  # WireMock: several stub mappings
                return [_betamax(m) for m in doc["mappings"][:500] if isinstance(m, dict)
                        and isinstance(m.get("response"), dict)]
            if isinstance(doc.get("request"), dict) and isinstance(doc.get("response"), dict) \
                    and any(k in doc["response"] for k in ("status", "body", "jsonBody")):
                return [_betamax(doc)]  # one WireMock mapping
            if isinstance(doc.get("body"), str) and isinstance(doc.get("headers"), dict) \
                    and isinstance(doc.get("response"), dict) and "code" in doc["response"]:
                # the WordPress HTTP API's answer array saved as JSON (wp_remote_get: headers,
                # body as a string, response {code, message}); it records no URL
                return [Recorded(None, _status(doc["response"]), _headers(doc["headers"]),
                                 doc["body"].encode("utf-8"))]
            if isinstance(doc.get("httpResponse"), dict):
                return [_mockserver(doc)]  # one MockServer expectation
            record = _answer_record(doc)
            if record is not None:
                return [record]
            return _tape_records(doc)
        return []
    if re.search(rb"(?m)^responses:\s*$", head[:200]):
        doc = _cassette_yaml(data)  # the ``responses`` library's recorder (Python)
        if isinstance(doc, dict) and isinstance(doc.get("responses"), list):
            return [_betamax({"request": {"url": (r.get("response") or {}).get("url")},
                              "response": r.get("response") or {}})
                    for r in doc["responses"] if isinstance(r, dict)]
    if b"interactions:" in head[:400]:
        # Java Betamax tapes open with a YAML tag of their own ('!tape'): it says nothing here
        doc = _cassette_yaml(re.sub(rb"^\s*!tape\b", b"", data, count=1))
        if isinstance(doc, dict) and isinstance(doc.get("interactions"), list):
            return [_vcr(i) for i in doc["interactions"]]
        if isinstance(doc, dict) and isinstance(doc.get("http_interactions"), list):
            return [_vcr(i) for i in doc["http_interactions"]]  # Ruby VCR
    if re.match(rb"(?:---\s*)?-\s+!ruby/struct:VCR::HTTPInteraction\b", head):
        # VCR 1.x (2010-2012): a bare list of Ruby structs, the URL with its port
        doc = _cassette_yaml(data)
        if isinstance(doc, list):
            return [_vcr(i) for i in doc[:500] if isinstance(i, dict)]
    if re.match(rb"https?\r?\n(?:GET|POST|PUT|PATCH|DELETE|HEAD)\r?\n", head):
        return _replay_data(data)
    if re.match(rb'(?:---\s*)?-\s+(?:!binary\s+"[A-Za-z0-9+/=]+"|[A-Za-z][\w-]*):', head):
        return _headers_body_pair(_cassette_yaml(data))
    return _text_tape(data)


# ------------------------------------------------------------------ other recorders' tapes

_RESPONSE_KEYS = ("response", "Response", "res", "is")
_REQUEST_KEYS = ("request", "Request", "req")
_BODY_KEYS = ("body", "Body", "jsonBody", "content", "Content", "text")
_STATUS_KEYS = ("status", "Status", "statusCode", "StatusCode", "status_code", "code", "Code")
_URL_KEYS = ("url", "uri", "Uri", "URL", "Url", "RequestUri", "requestUri")
_BASE64_TEXT = re.compile(r"[A-Za-z0-9+/=\r\n]{16,}")
MAX_TAPE_NODES = 20_000


# a client's or a function's answer kept as one JSON object: AWS Lambda's proxy answer
# {statusCode, headers, body, isBase64Encoded}, axios' {status, statusText, headers, data,
# config: {url}}, a fetch or requests answer saved as {url, status|status_code, headers, body|text}
_RECORD_KEYS = frozenset({"statusCode", "status", "status_code", "statusText", "reason", "ok",
                          "headers", "multiValueHeaders", "body", "text", "data", "content",
                          "isBase64Encoded", "config", "request", "url", "redirected", "type",
                          "elapsed", "encoding", "cookies", "duration"})


def _answer_record(doc: dict) -> Recorded | None:
    """One saved answer record (see ``_RECORD_KEYS``): a status (100-599) under its own key,
    headers or the flags such records carry, and a body; every key one such records have, so
    an API answer that only has a ``status`` is never taken for one."""
    if not doc.keys() <= _RECORD_KEYS:
        return None
    raw = next((doc[k] for k in ("statusCode", "status_code", "status") if k in doc), None)
    status = raw if isinstance(raw, int) and not isinstance(raw, bool) else (
        int(raw) if isinstance(raw, str) and raw.isdigit() else 0)
    framed = isinstance(doc.get("headers"), dict) or "isBase64Encoded" in doc \
        or "statusText" in doc
    body_key = next((k for k in ("body", "text", "content", "data") if k in doc), None)
    if not 100 <= status <= 599 or not framed or body_key is None:
        return None
    body = doc[body_key]
    if isinstance(body, dict | list):
        data = json.dumps(body).encode("utf-8")
    elif isinstance(body, str):
        data = body.encode("utf-8")
        if doc.get("isBase64Encoded") is True:
            try:
                data = _maybe_gunzip(base64.b64decode(body, validate=False))
            except (ValueError, TypeError):
                return None
    elif body is None:
        data = b""
    else:
        return None
    config = doc.get("config") if isinstance(doc.get("config"), dict) else {}
    url = doc.get("url") or config.get("url")
    headers = _headers(doc.get("headers")) if isinstance(doc.get("headers"), dict) else {}
    return Recorded(url if isinstance(url, str) and url else None, status, headers, data)


def _charles(item: dict) -> Recorded:
    """One request of a Charles Proxy session saved as JSON (.chlsj): scheme, host, port, path
    and query; the answer's status, ``header.headers`` [{name, value}] and ``body.text`` (or
    ``body.encoded``, base64)."""
    resp = item["response"]
    port = item.get("actualPort")
    scheme = str(item.get("scheme") or "https")
    default = {"https": 443, "http": 80}.get(scheme)
    netloc = str(item.get("host") or "") + (f":{port}" if isinstance(port, int) and port != default
                                              else "")
    query = item.get("query")
    url = f"{scheme}://{netloc}{item.get('path') or '/'}" + (f"?{query}" if query else "")
    header = resp.get("header") if isinstance(resp.get("header"), dict) else {}
    headers = _headers(header.get("headers") or [])
    body = resp.get("body") if isinstance(resp.get("body"), dict) else {}
    data = str(body.get("text") or "").encode("utf-8")
    if not data and isinstance(body.get("encoded"), str):
        try:
            data = base64.b64decode(body["encoded"], validate=False)
        except (ValueError, TypeError):
            data = b""
    return Recorded(url, _status(resp), headers, _decoded(data, headers))


def _mockserver(item: dict) -> Recorded:
    """One MockServer expectation (Java): ``httpRequest`` {method, path, headers} and
    ``httpResponse`` {statusCode, headers, body}, the body a string or an object of its type
    (JSON with ``json``, STRING with ``string``, BINARY with ``base64Bytes``)."""
    req = item.get("httpRequest") if isinstance(item.get("httpRequest"), dict) else {}
    resp = item["httpResponse"]
    raw_status = resp.get("statusCode", 200)
    status = raw_status if isinstance(raw_status, int) and 100 <= raw_status <= 599 else 200
    headers = _headers(resp.get("headers") or {})
    body = resp.get("body")
    if isinstance(body, dict):
        if "json" in body:
            body = body["json"] if isinstance(body["json"], str) else json.dumps(body["json"])
        elif isinstance(body.get("base64Bytes"), str):
            try:
                body = base64.b64decode(body["base64Bytes"], validate=False)
            except (ValueError, TypeError):
                body = b""
        else:
            body = body.get("string", body.get("xml", ""))
    data = body if isinstance(body, bytes) else str(body or "").encode("utf-8")
    host = _headers(req.get("headers") or {}).get("Host")
    path = req.get("path")
    url = f"https://{host}{path}" if host and isinstance(path, str) else None
    return Recorded(url, status, headers, data)


def _json_or_json5(data: bytes) -> Any:
    """JSON, or a Talkback tape's JSON5 (keys unquoted, commas trailing) read as JSON."""
    try:
        return json.loads(data)
    except ValueError:
        if not re.search(rb"(?m)^\s*(?:meta|req|res)\s*:", data[:20_000]):
            raise
    text = data.decode("utf-8", "replace")
    text = re.sub(r"(?m)(^\s*|[{,]\s*)([A-Za-z_$][\w$-]*)\s*:(?!//)", r'\1"\2":', text)
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", text))


def _tape_records(doc: Any) -> list[Recorded]:
    """Request/response pairs another recorder keeps in JSON: Talkback tapes ({meta, req,
    res}), Hoverfly simulations (data.pairs[]), Mountebank imposters (stubs[].responses[].is),
    govcr tracks and Google's httpreplay entries (bodies in base64), .NET's EasyVCR and Scotch
    ({Request, Response}), VCRURLConnection's flat records ({method, uri, status, body}). A
    response is an object with a status (100-599) and a body beside its request (or a
    predicate naming the path); nothing else is taken for one, so a bare API answer is never
    read as a recording."""
    out: list[Recorded] = []
    stack: list[tuple[Any, dict]] = [(doc, {})]
    seen = 0
    while stack and seen < MAX_TAPE_NODES:
        node, context = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend((item, context) for item in reversed(node[:2000]))
            continue
        if not isinstance(node, dict):
            continue
        record = _tape_pair(node, context)
        if record is not None:
            out.append(record)
            continue
        inner = {**context, **{k: node[k] for k in ("meta", "predicates") if k in node}}
        stack.extend((value, inner) for value in reversed(list(node.values())[:200])
                     if isinstance(value, dict | list))
    return out


def _tape_pair(node: dict, context: dict) -> Recorded | None:
    if isinstance(node.get("meta"), dict):
        context = {**context, "meta": node["meta"]}  # a Talkback tape's host
    response = next((node[k] for k in _RESPONSE_KEYS if isinstance(node.get(k), dict)), None)
    request = next((node[k] for k in _REQUEST_KEYS if isinstance(node.get(k), dict)), None)
    if response is not None and (request is not None or "predicates" in context
                                 or "is" in node):
        status = _tape_status(response)
        if status and any(k in response for k in _BODY_KEYS):
            return Recorded(_tape_url(request or {}, context), status,
                            _headers(response.get("headers") or response.get("Headers")
                                     or response.get("Header")), _tape_body(response))
    if isinstance(node.get("method"), str) and any(isinstance(node.get(k), str)
                                                   for k in _URL_KEYS):
        status = _tape_status(node)  # a flat record: method, uri, status, headers, body
        if status and any(k in node for k in _BODY_KEYS):
            return Recorded(_tape_url(node, context), status, _headers(node.get("headers")),
                            _tape_body(node))
    return None


def _tape_status(record: dict) -> int:
    raw = next((record[k] for k in _STATUS_KEYS if record.get(k) is not None), None)
    status = _status({"code": raw.get("Code", raw.get("code"))} if isinstance(raw, dict)
                     else raw)
    return status if 100 <= status <= 599 else 0


def _tape_body(record: dict) -> bytes:
    body = next((record[k] for k in _BODY_KEYS if k in record), None)
    if isinstance(body, dict | list):
        return json.dumps(body).encode("utf-8")
    text = str(body or "")
    if record.get("encodedBody") is True or (
            _BASE64_TEXT.fullmatch(text) and not text.strip().isdigit()):
        try:
            raw = base64.b64decode(text, validate=False)
            decoded = _maybe_gunzip(raw)
            if decoded.lstrip()[:1] in (b"{", b"[", b"<") or record.get("encodedBody") is True:
                return decoded
        except (ValueError, TypeError):
            pass
    return text.encode("utf-8")


def _tape_url(request: dict, context: dict) -> str | None:
    raw = next((request[k] for k in _URL_KEYS if request.get(k)), None)
    if isinstance(raw, dict):  # govcr: {Scheme, Host, Path, RawQuery}
        parts = {str(k).lower(): v or "" for k, v in raw.items()}
        raw = f"{parts.get('scheme') or 'https'}://{parts.get('host', '')}{parts.get('path', '')}"
    matcher = {k: v[0].get("value") for k, v in request.items()
               if isinstance(v, list) and v and isinstance(v[0], dict) and "value" in v[0]}
    if raw is None and matcher.get("destination"):  # Hoverfly's matchers
        scheme, path = matcher.get("scheme") or "https", matcher.get("path") or ""
        raw = f"{scheme}://{matcher['destination']}{path}"
    if raw is None:
        predicates = context.get("predicates") or []
        raw = next((p.get("equals", {}).get("path") for p in predicates
                    if isinstance(p, dict) and isinstance(p.get("equals"), dict)), None)
    host = (context.get("meta") or {}).get("host") if isinstance(context.get("meta"), dict) \
        else None
    if isinstance(raw, str) and raw.startswith("/") and isinstance(host, str):
        raw = host.rstrip("/") + raw  # a Talkback tape: the path, the host in its meta
    return raw if isinstance(raw, str) and raw else None


# node-replay's file, or HTTPie's verbose print (`http -v`: the request line with its version,
# its headers, blank lines, then the answer)
_REPLAY_HEAD = re.compile(rb"\A(?:GET|POST|PUT|PATCH|DELETE|HEAD) (/\S*)(?: HTTP/\d(?:\.\d)?)?\r?\n"
                          rb"((?:[^\r\n]+\r?\n)*)(?:\r?\n)+(?=HTTP/\d(?:\.\d)? \d{3})")
_SERVIRTIUM = re.compile(
    r"## Interaction \d+: (?:GET|POST|PUT|PATCH|DELETE|HEAD) (\S+).*?### Response body recorded"
    r" for playback \((\d{3}): ?([^)]*)\):\s*```\r?\n(.*?)\r?\n```", re.S)
_YAKBAK_WRITE = re.compile(r'res\.write\((?:new Buffer|Buffer\.from)\("([A-Za-z0-9+/=]*)", '
                           r'"base64"\)\)')


def _text_tape(data: bytes) -> list[Recorded]:
    """Recorders that keep text: node-replay and HTTPie's verbose print (the request's line and
    headers, a blank line, then the whole HTTP answer), Servirtium's markdown (one '##
    Interaction' each, the body in a fenced block under 'Response body recorded for playback
    (200: type)'), and yakbak's tapes (a Node module writing the status, the headers and the
    body in base64)."""
    head = data[:4096]
    if re.search(rb"(?m)^< HTTP/\d(?:\.\d)? \d{3}", data[:65536]) and \
            re.search(rb"(?m)^> (?:GET|POST|PUT|PATCH|DELETE|HEAD) /", data[:65536]):
        return _curl_verbose(data)
    m = _REPLAY_HEAD.match(head)
    if m:
        answer = _raw_http(data[m.end():])
        host = re.search(rb"(?im)^host:\s*(\S+)", m.group(2))
        url = (b"https://" + host.group(1) + m.group(1)).decode("latin-1") if host \
            else m.group(1).decode("latin-1")
        return [Recorded(url, answer.status, answer.headers, answer.body)]
    if head.startswith(b"## Interaction ") or b"\n## Interaction " in head:
        text = data.decode("utf-8", "replace")
        return [Recorded(path, int(status), {"Content-Type": kind} if kind else {},
                         body.encode("utf-8"))
                for path, status, kind, body in _SERVIRTIUM.findall(text)[:500]]
    if b"res.statusCode" in head and b"x-yakbak-tape" in data[:20_000]:
        text = data.decode("utf-8", "replace")
        status = re.search(r"res\.statusCode\s*=\s*(\d{3})", text)
        body = b"".join(base64.b64decode(chunk) for chunk in _YAKBAK_WRITE.findall(text))
        headers = dict(re.findall(r'res\.setHeader\("([^"]+)", "([^"]*)"\)', text))
        line = re.search(r"(?m)^\s*\*\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD) (/\S*)", text)
        named = re.search(r"(?im)^\s*\*\s*host:\s*(\S+)", text)
        url = (f"https://{named.group(1)}{line.group(1)}" if named else line.group(1)) \
            if line else None
        if status:
            return [Recorded(url, int(status.group(1)), headers, _decoded(body, headers))]
    return []


def _curl_verbose(data: bytes) -> list[Recorded]:
    """``curl -v`` saved with its trace ('* ' notes, '> ' the request, '< ' the answer's status
    line and headers, then the body; '{ [n bytes data]' progress lines): the last answer."""
    lines = data.splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(rb"< HTTP/\d(?:\.\d)? \d{3}", line)]
    if not starts:
        return []
    start = starts[-1]
    status = int(lines[start].split()[2])
    headers: dict[str, str] = {}
    end = start + 1
    while end < len(lines) and lines[end].startswith(b"<"):
        key, sep, value = lines[end][1:].decode("latin-1").partition(":")
        if sep and key.strip():
            headers[key.strip()] = value.strip()
        end += 1
    body = b"\n".join(line for line in lines[end:]
                      if not re.match(rb"[*<>] |[*<>]$|\{ \[[\d.]+ [a-z]+ data\]", line))
    path = re.search(rb"(?m)^> (?:GET|POST|PUT|PATCH|DELETE|HEAD) (/\S*)", data)
    host = re.search(rb"(?im)^> host:\s*(\S+)", data)
    url = (b"https://" + host.group(1) + path.group(1)).decode("latin-1") if path and host \
        else None
    return [Recorded(url, status, headers, _decoded(body.strip(), headers))]


_RUBY_HASH_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|=>|\bnil\b|[^"=n]+|.', re.S)


def _ruby_hash(data: bytes) -> list[Recorded]:
    """A JSON answer a Ruby test kept as a hash literal (``{"kind"=>"x", "id"=>nil}``, the
    inspect output of a parsed body): the same answer as JSON; no status or URL is recorded."""
    head = data[:4096].lstrip()
    if not head.startswith((b"{", b"[")) or not re.search(rb'"\s*=>', head):
        return []
    text = data.decode("utf-8")
    out = "".join(":" if t == "=>" else "null" if t == "nil" else t
                  for t in _RUBY_HASH_TOKEN.findall(text))
    doc = json.loads(out)
    return [Recorded(None, 200, {}, json.dumps(doc, ensure_ascii=False).encode("utf-8"))]


def _headers_body_pair(doc: Any) -> list[Recorded]:
    """A response cache kept as a YAML pair ``[headers, body]`` (the gh gem's, Ruby, 2012):
    the headers a mapping (names and values often ``!binary`` base64, the status among them
    as '200 OK'), the body one string; no URL is recorded."""
    if not (isinstance(doc, list) and len(doc) == 2 and isinstance(doc[0], dict)
            and isinstance(doc[1], str | bytes)):
        return []
    headers = {(k.decode("utf-8", "replace") if isinstance(k, bytes) else str(k)).lower():
               (v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v))
               for k, v in doc[0].items()}
    if not ({"status", "content-type"} & headers.keys()):
        return []
    body = doc[1] if isinstance(doc[1], bytes) else doc[1].encode("utf-8")
    return [Recorded(None, _status(headers.get("status", 200)), headers,
                     _decoded(body, headers))]


class _CassetteLoader(yaml.SafeLoader):
    """Safe YAML plus the two string tags vcrpy wrote under Python 2 (``!!python/unicode``,
    ``!!python/str``): plain text, nothing constructed, so a 2014-2019 cassette reads."""


def _python2_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


for _tag in ("python/unicode", "python/str"):
    _CassetteLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _python2_text)


def _ruby_binary(loader: yaml.SafeLoader, node: yaml.Node) -> bytes:
    """Ruby's own ``!binary`` tag (VCR cassettes written by Syck/Psych, 2011-2014): base64."""
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    return base64.b64decode("".join(text.split()))


def _ruby_struct(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    """A Ruby object tag (``!ruby/struct:VCR::Response``, VCR 1.x cassettes): its fields as a
    plain mapping (nothing of Ruby's is constructed)."""
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


_CassetteLoader.add_constructor("!binary", _ruby_binary)
_CassetteLoader.add_multi_constructor("!ruby/", _ruby_struct)


def _cassette_yaml(data: bytes) -> Any:
    return yaml.load(data, Loader=_CassetteLoader)  # noqa: S506 - SafeLoader + two text tags


def _replay_data(data: bytes) -> list[Recorded]:
    """PyGithub's ReplayData: per request 10 lines (scheme, method, host, port, path, request
    headers, request body, status, response headers as a Python literal, body), blank-separated."""
    lines = data.decode("utf-8", "replace").splitlines()
    out = []
    i = 0
    while i + 9 < len(lines):
        scheme, _, host, port, path = lines[i : i + 5]
        if scheme not in ("http", "https") or not lines[i + 7].strip().isdigit():
            break
        try:
            pairs = ast.literal_eval(lines[i + 8])
            headers = {str(k): str(v) for k, v in pairs}
        except (ValueError, SyntaxError, TypeError):
            headers = {}
        netloc = host if port in ("None", "") else f"{host}:{port}"
        out.append(Recorded(f"{scheme}://{netloc}{path}", int(lines[i + 7]), headers,
                            lines[i + 9].encode("utf-8")))
        i += 10
        while i < len(lines) and not lines[i].strip():
            i += 1
    return out


def _headers(raw: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(raw, list):
        # headers kept as a list: [name, value] pairs (ExVCR's httpc and ibrowse adapters,
        # Erlang tuples written as lists) or {name, value} objects
        pairs = [(i[0], i[1]) if isinstance(i, list | tuple) and len(i) == 2
                 else (i.get("name", i.get("key")), i.get("value")) if isinstance(i, dict)
                 else (None, None) for i in raw[:500]]
        raw = {k: v for k, v in pairs if isinstance(k, str) and v is not None}
    if isinstance(raw, dict):
        for key, value in raw.items():
            if isinstance(value, list):
                value = value[0] if value else ""
            out[str(key)] = str(value)
    return out


MAX_UNZIPPED = 64 * 1024 * 1024  # a gzip bomb stops here (the answer is then read as it is)


def _maybe_gunzip(body: bytes) -> bytes:
    """The gzip-compressed body unpacked (at most MAX_UNZIPPED bytes), else the body itself."""
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = inflater.decompress(body, MAX_UNZIPPED)
    except zlib.error:
        return body
    if inflater.unconsumed_tail or not inflater.eof:
        return body  # larger than any page we read, or cut short: not unpacked
    rest = inflater.unused_data
    while rest[:2] == b"\x1f\x8b" and len(out) < MAX_UNZIPPED:
        # several gzip members one after the other (a .warc.gz: one member a record)
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, MAX_UNZIPPED - len(out))
        except zlib.error:
            break
        if inflater.unconsumed_tail or not inflater.eof:
            break
        rest = inflater.unused_data
    return out


def _decoded(body: bytes, headers: dict[str, str]) -> bytes:
    """A recorded body as the client read it: gzip by its magic bytes, and the other content
    codings its recorded headers name (deflate, with or without the zlib wrapper; br, when
    the brotli module is there), each at most MAX_UNZIPPED bytes; else the body itself. A body
    kept with its chunked transfer framing (a WARC record, ``curl --raw``) is unframed first."""
    if "chunked" in next((v for k, v in headers.items()
                          if k.lower() == "transfer-encoding"), "").lower():
        body = _unchunked(body)
    body = _maybe_gunzip(body)
    coding = next((v for k, v in headers.items() if k.lower() == "content-encoding"), "")
    coding = coding.strip().lower()
    try:
        if coding == "deflate":
            for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
                try:
                    inflater = zlib.decompressobj(wbits)
                    out = inflater.decompress(body, MAX_UNZIPPED)
                except zlib.error:
                    continue
                if inflater.eof and not inflater.unconsumed_tail:
                    return out
        elif coding == "br":
            import brotli  # optional: Scrapy's own brotli support brings it

            decoder = brotli.Decompressor()
            out = decoder.process(body, output_buffer_limit=MAX_UNZIPPED)
            if decoder.is_finished() and len(out) < MAX_UNZIPPED:
                return bytes(out)
    except Exception:  # noqa: BLE001 - not what the header says, or no brotli: as recorded
        return body
    return body


_CHUNK_SIZE = re.compile(rb"([0-9a-fA-F]{1,8})[ \t]*(?:;[^\r\n]*)?\r?\n")


def _unchunked(body: bytes) -> bytes:
    """A body in HTTP/1.1 chunked framing (hex size line, data, CRLF ... a 0 chunk) as its
    data; the body itself when it is not framed so (a recorder that unframed it already)."""
    out = bytearray()
    pos = 0
    while pos < len(body) and len(out) <= MAX_UNZIPPED:
        m = _CHUNK_SIZE.match(body, pos)
        if m is None:
            return body
        size = int(m.group(1), 16)
        if size == 0:
            return bytes(out)
        start = m.end()
        if start + size > len(body):
            return body
        out += body[start : start + size]
        pos = start + size
        pos += 2 if body[pos : pos + 2] == b"\r\n" else 1 if body[pos : pos + 1] == b"\n" else 0
    return bytes(out) if out else body


def _status(raw: Any) -> int:
    """An int status from a cassette's ``status``: 200, "200 OK", {"code": 200} (Python
    vcrpy, betamax), {"status_code": 200} (R's vcr), {"statusCode": 200}."""
    if isinstance(raw, dict):
        raw = next((raw[k] for k in ("code", "status_code", "statusCode", "status")
                    if raw.get(k) is not None), None)
    if isinstance(raw, list | tuple):
        # a status line kept as its parts: ExVCR's httpc adapter (Elixir, Erlang's httpc)
        # records ["HTTP/1.1", 200, "OK"]
        parts = [x for x in raw if isinstance(x, int) and not isinstance(x, bool)]
        raw = parts[0] if parts else None
    if isinstance(raw, str):
        m = re.match(r"\s*(\d{3})\b", raw)
        raw = m.group(1) if m else raw
    try:
        return int(raw)
    except (TypeError, ValueError):
        return 0


def _vcr(inter: dict) -> Recorded:
    return _betamax(inter)


def _betamax(inter: dict) -> Recorded:
    """One request/response pair of any cassette dialect: vcrpy, Ruby VCR, betamax, PRAW,
    php-vcr, R's vcr, go-vcr, Java Betamax tapes, ExVCR, WireMock. The body may be text, an
    object (``{string}``, ``{base64_string}``, WireMock's ``jsonBody``), the status an int, a
    string ('200 OK') or an object (``{code}``, ``{status_code}``)."""
    resp = inter.get("response") or {}
    raw = resp.get("body")
    if raw is None and "jsonBody" in resp:
        raw = json.dumps(resp["jsonBody"])
    if raw is None:
        raw = resp.get("content", "")
    if isinstance(raw, dict) and raw.get("base64_string"):
        body = base64.b64decode(raw["base64_string"])
    elif isinstance(raw, dict) and ("string" in raw or "encoding" in raw or "file" in raw):
        text = raw.get("string")
        body = text if isinstance(text, bytes) else str(text or "").encode("utf-8")
    elif isinstance(raw, dict | list):
        body = json.dumps(raw).encode("utf-8")  # a JSON body kept as an object
    elif isinstance(raw, bytes):
        body = raw
    else:
        body = str(raw or "").encode("utf-8")
    request = inter.get("request") or {}
    url = request.get("uri") or request.get("url") or request.get("urlPath") \
        or request.get("urlPattern")
    status = next((resp[k] for k in ("status", "status_code", "code", "statusCode")
                   if resp.get(k) is not None), None)
    headers = _headers(resp.get("headers"))
    if isinstance(url, str) and url.startswith("~r"):
        url = _sigil_url(url)
    if url:
        # a default port the recorder kept ('https://api.github.com:443/users/x', VCR 1.x)
        url = re.sub(r"^(https://[^/:?#]+):443(?=[/?#]|$)|^(http://[^/:?#]+):80(?=[/?#]|$)",
                     lambda m: m.group(1) or m.group(2), str(url))
    return Recorded(str(url) if url else None, _status(status), headers, _decoded(body, headers))


def _sigil_url(url: str) -> str | None:
    """The address an ExVCR custom cassette matches with an Elixir regex sigil
    (``~r/https://api.example.com/1.1/x.json\\?.+/``): its literal part, up to the first
    wildcard, unescaped."""
    m = re.fullmatch(r"~r([/|\"'])(.*)\1[a-z]*", url.strip(), re.S)
    if m is None:
        return None
    literal = re.split(r"\\?\?\.[+*]|(?<!\\)\.[+*]|(?<!\\)[(\[^$]", m.group(2).lstrip("^"))[0]
    literal = re.sub(r"\\(.)", r"\1", literal)
    return literal if re.match(r"https?://[^/\s]+", literal) else None


def _har(doc: dict) -> list[Recorded]:
    """A HAR log (browser exports, Polly.js recordings): ``log.entries[].request.url`` and
    ``response.{status, headers: [{name, value}], content: {text, encoding}}``."""
    out = []
    for entry in doc["log"]["entries"][:500]:
        if not isinstance(entry, dict):
            continue
        resp = entry.get("response") or {}
        content = resp.get("content") or {}
        text = content.get("text") or ""
        body = base64.b64decode(text) if content.get("encoding") == "base64" \
            else str(text).encode("utf-8")
        headers = {str(h.get("name")): str(h.get("value")) for h in resp.get("headers") or []
                   if isinstance(h, dict)}
        out.append(Recorded((entry.get("request") or {}).get("url"), _status(resp.get("status")),
                            headers, _maybe_gunzip(body)))
    return out


def _nock(items: list) -> list[Recorded]:
    """nock's recorded definitions (Node.js): ``[{scope, method, path, status, response,
    rawHeaders}]``; the response is an object, text, or gzip chunks in hex."""
    out = []
    for item in items[:500]:
        raw = item.get("response", item.get("body", ""))
        if isinstance(raw, list) and raw and all(isinstance(x, str) for x in raw) and all(
            re.fullmatch(r"[0-9a-f]*", x) for x in raw
        ):
            body = bytes.fromhex("".join(raw))  # responseIsBinary / gzip chunks
        elif isinstance(raw, dict | list):
            body = json.dumps(raw).encode("utf-8")
        else:
            body = str(raw or "").encode("utf-8")
        pairs = item.get("rawHeaders") or []
        headers = {str(pairs[i]): str(pairs[i + 1]) for i in range(0, len(pairs) - 1, 2)} \
            if isinstance(pairs, list) else _headers(pairs)
        scope = str(item.get("scope") or "").rstrip("/")
        scope = re.sub(r":(?:443|80)$", "", scope)
        out.append(Recorded(f"{scope}{item.get('path') or ''}" or None,
                            _status(item.get("status")), headers, _maybe_gunzip(body)))
    return out


def _newpipe(doc: dict) -> Recorded:
    resp = doc["response"]
    url = (doc.get("request") or {}).get("url")
    body = str(resp.get("responseBody") or "").encode("utf-8")
    return Recorded(
        url, _status(resp.get("responseCode")), _headers(resp.get("responseHeaders")), body
    )


_PHP_STR = r"'((?:[^'\\]|\\.)*)'"


def _php_unquote(text: str) -> str:
    """A PHP single-quoted literal: only \\ and \' are escapes."""
    return re.sub(r"\\([\\'])", r"\1", text)


_PHP_STATUS = re.compile(rb"'(?:statusCode|status_code|status|code)'\s*=>\s*(\d{3})\b")


def _php_cache(data: bytes) -> Recorded:
    """An answer a PHP test keeps as an array it returns: oscarotero/Embed's cache file (headers
    as name => list of values, one per hop of a redirect chain: the last is the final
    answer's; ``statusCode``) or a mocked client response (Guzzle mocks: ``'status' => 200``,
    headers as name => value); the body a single-quoted string."""
    text = data.decode("utf-8", "replace")
    headers: dict[str, str] = {}
    start = re.search(r"'headers'\s*=>\s*(?:\[|array\()", text)
    end = re.compile(r"'body'\s*=>").search(text, start.end()) if start else None
    block = text[start.end() : end.start() if end else len(text)] if start else ""
    entry = re.compile(r"'([^']+)'\s*=>\s*(?:\[\s*((?:" + _PHP_STR + r",?\s*)*)\]|"
                       + _PHP_STR + ")")
    for m in entry.finditer(block):
        values = re.findall(_PHP_STR, m.group(2) or "") or [m.group(4)]
        if values[-1] is not None:
            headers[m.group(1)] = _php_unquote(values[-1])
    status = _PHP_STATUS.search(data)
    body = re.search(r"'body'\s*=>\s*" + _PHP_STR + r",?\s*\n\s*(?:\]|\));", text, re.S) or \
        re.search(r"'body'\s*=>\s*" + _PHP_STR + r"\s*[,\])]", text, re.S)  # not the last key
    return Recorded(
        None,
        int(status.group(1)) if status else 0,
        headers,
        _php_unquote(body.group(1)).encode("utf-8") if body else b"",
    )


# httplib2's cache entry (Python, 2006-): 'status: 200', the answer's headers with lower-case
# names, a blank line, the body; the names of the headers a client usually gets
_HTTPLIB2_HEAD = re.compile(rb"status: (\d{3})\r?\n(?:[!-9;-~]+: [^\r\n]*\r?\n)*?\r?\n")
_USUAL_HEADERS = re.compile(rb"(?m)^(?:content-type|content-length|date|server|etag|"
                            rb"cache-control|content-location|connection|-content-encoding):")


def _httplib2(data: bytes) -> list[Recorded]:
    """An httplib2 cache entry (one file per URL in its cache folder): the status as a
    'status:' line, the headers, a blank line, the body. httplib2 renames a content coding it
    undid to '-content-encoding' and records the address asked as 'content-location'. An entry
    rewritten after a revalidation keeps the cached body under 'status: 304' (httplib2 before
    0.10 wrote the 304 of the revalidation): that body is the cached 200 answer."""
    m = _HTTPLIB2_HEAD.match(data)
    if m is None or not _USUAL_HEADERS.search(m.group(0)):
        return []
    headers: dict[str, str] = {}
    for line in m.group(0).decode("latin-1").splitlines()[1:]:
        key, sep, value = line.partition(": ")
        if sep:
            headers[key] = value.strip()
    body = _decoded(data[m.end() :], headers)
    status = int(m.group(1))
    if status == 304 and body.strip():
        status = 200
    url = headers.get("content-location", "")
    return [Recorded(url if url.startswith(("http://", "https://")) else None, status, headers,
                     body)]


# R's httptest (2017-) saves each answer as the R expression that rebuilds httr's response:
# structure(list(url = "...", status_code = 200L, headers = structure(list(`content-type` =
# "...", ...)), ..., content = charToRaw("...") or as.raw(c(0x7b, ...)), ...), class = "response")
_R_STATUS = re.compile(rb"\bstatus_code = (\d{3})L?\b")
_R_URL = re.compile(rb'\burl = "((?:[^"\\]|\\.)*)"')
_R_TYPE = re.compile(rb'`content-type` = "([^"]*)"')
_R_TEXT = re.compile(rb'\bcontent = charToRaw\("((?:[^"\\]|\\.)*)"\)', re.S)
_R_RAW = re.compile(rb"\bcontent = as\.raw\(c\(([0-9a-fx,\s]*)\)\)", re.S)
_R_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "0": "\0"}


def _r_string(raw: bytes) -> bytes:
    """An R string literal's text: backslash escapes, and \\uXXXX / \\U{XXXX} code points."""
    text = raw.decode("utf-8", "replace")
    out = re.sub(r"\\(u\{?[0-9a-fA-F]{1,4}\}?|U\{?[0-9a-fA-F]{1,8}\}?|.)",
                 lambda m: chr(int(m.group(1)[1:].strip("{}"), 16))
                 if m.group(1)[0] in "uU" and len(m.group(1)) > 1
                 else _R_ESCAPES.get(m.group(1), m.group(1)), text)
    return out.encode("utf-8")


def _r_httptest(data: bytes) -> list[Recorded]:
    """An R httptest recording (``.R``): the URL asked, the status, the content type and the
    body, which httr had already decompressed (so no content coding is kept)."""
    status = _R_STATUS.search(data)
    url = _R_URL.search(data)
    text = _R_TEXT.search(data)
    raw = _R_RAW.search(data)
    if text is not None:
        body = _r_string(text.group(1))
    elif raw is not None:
        body = bytes(int(b, 16) for b in re.findall(r"0x([0-9a-f]{2})", raw.group(1).decode()))
    else:
        return []
    kind = _R_TYPE.search(data)
    headers = {"content-type": kind.group(1).decode("latin-1")} if kind else {}
    return [Recorded(_r_string(url.group(1)).decode("utf-8") if url else None,
                     int(status.group(1)) if status else 200, headers, body)]


def _raw_http(data: bytes) -> Recorded:
    m = _HTTP_HEAD.match(data)
    status = int(m.group(1)) if m else 0
    rest = data[m.end() :] if m else data
    crlf = rest.find(b"\r\n\r\n")
    lf = rest.find(b"\n\n")
    if rest[:2] == b"\r\n" or rest[:1] == b"\n":
        # a head of no headers ('HTTP/1.1 200 Connection established' of a proxy's CONNECT,
        # '100 Continue'): its blank line ends it at once, and the answer's own head follows
        head, body = b"", rest[2:] if rest[:2] == b"\r\n" else rest[1:]
    elif crlf >= 0 and (lf < 0 or crlf < lf):
        head, body = rest[:crlf], rest[crlf + 4 :]
    elif lf >= 0:
        head, body = rest[:lf], rest[lf + 2 :]
    else:
        head, body = rest, b""
    if _HTTP_HEAD.match(body.lstrip()[:4096]):
        # ``curl -iL``: each hop of a redirect (or a 100 Continue) has its own head; the last
        # one is the answer
        return _raw_http(body.lstrip())
    headers: dict[str, str] = {}
    for line in head.decode("latin-1").splitlines():
        key, sep, value = line.partition(":")
        if sep:
            headers[key.strip()] = value.strip()
    return Recorded(None, status, headers, _decoded(body, headers))


# ------------------------------------------------------------------ answers in source notation

MAX_SOURCE = 8 * 1024 * 1024  # characters of a source file searched for recorded answers
_LITERAL = re.compile(r'"((?:[^"\\]|\\.){2,})"', re.S)
_ESCAPE = re.compile(
    r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\d{3})|(.))",
    re.S,
)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "0": "\0"}
_STATUS_MARK = re.compile(
    r"(?i)\bstatus(?:_?code)?\b['\"]?\s*(?:=>|[:=])?\s*\(?\s*(?:code\s+)?(\d{3}\b|[A-Z][A-Za-z_]{1,40})"
)
_URL_MARK = re.compile(r"(?i)(?:\buri|\burl|request_url|\bget!?)\W{0,4}(https?://[^\s\"')]+)")


def _unescape_literal(text: str) -> bytes:
    """A double-quoted literal of OCaml, Elixir, Ruby, Python or C as bytes (``\\ddd`` and
    ``\\xHH`` are bytes; ``\\uXXXX`` and ``\\u{...}`` characters)."""
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(text):
        out += text[pos : m.start()].encode("utf-8")
        pos = m.end()
        hex_char, hex4, byte_hex, byte_dec, other = m.groups()
        if hex_char or hex4:
            out += chr(int(hex_char or hex4, 16)).encode("utf-8", "replace")
        elif byte_hex:
            out.append(int(byte_hex, 16))
        elif byte_dec:
            out.append(min(int(byte_dec), 255))
        else:
            out += _SIMPLE_ESCAPES.get(other, other).encode("utf-8")
    out += text[pos:].encode("utf-8")
    return bytes(out)


# a status named as a language's HTTP library names it: Go's http.StatusNotFound, Spring's
# HttpStatus.NOT_FOUND, .NET's HttpStatusCode.NotFound, Symfony's Response::HTTP_NOT_FOUND,
# Rails' status: :not_found
_STATUS_NAMED = re.compile(r"\b(?:http\.Status|HttpStatus(?:Code)?\.|Response::HTTP_|"
                           r"status:\s*:)([A-Za-z_]{2,40})")
# a status a mock server's builder is given: OkHttp's MockResponse().setResponseCode(404),
# mockito's .with_status(404), WireMock's aResponse().withStatus(404), Go's WriteHeader(404)
_STATUS_CALL = re.compile(r"(?i)(?:set_?response_?code|with_?status|write_?header|"
                          r"status_?code|\.code|\.status)\(\s*(\d{3})\b")


def _status_of(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    for name in (word, re.sub(r"(?<=[a-z])(?=[A-Z])", "_", word)):  # NotFound: NOT_FOUND
        try:
            return int(HTTPStatus[name.upper()])  # Cohttp's variants: OK, Not_found ...
        except KeyError:
            continue
    return None


def _source_literals(data: bytes) -> list[Recorded]:
    """Answers written as string literals in a source file (a client's recorded test answers):
    each literal that is an escaped JSON document (or an HTML or XML page), with the status
    marker on the side the file puts it (before the body in Cohttp's records, after it in an
    Elixir struct) and the URL its request named."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"<", b"\x1f", b"") or b'\\"' not in data[:MAX_SOURCE]:
        return []  # a page, a compressed file, or nothing escaped
    if head[:1] in (b"{", b"["):
        try:
            json.loads(data)
            return []  # a JSON answer itself: its strings are its own values
        except ValueError:
            pass
    text = data[:MAX_SOURCE].decode("utf-8", "replace")
    bodies: list[tuple[int, int, bytes]] = []
    for m in _LITERAL.finditer(text):
        body = _unescape_literal(m.group(1))
        head = body.lstrip()[:1]
        if head in (b"{", b"["):
            try:
                json.loads(body)
            except ValueError:
                continue
        elif head != b"<" or len(body) < 50:
            continue
        bodies.append((m.start(), m.end(), body))
        if len(bodies) >= 500:
            break
    if not bodies:
        return []
    rest = "".join(text[(bodies[i - 1][1] if i else 0) : start]
                   for i, (start, _, _) in enumerate(bodies)) + text[bodies[-1][1] :]
    if re.search(r'"\s*:(?!:)', rest):
        return []  # JSON's own key syntax outside the literals: a JSON-like answer, not source
    return _marked(text, bodies)


def _marked(text: str, bodies: list[tuple[int, int, bytes]]) -> list[Recorded]:
    """Each body found in a source ``text`` (start, end, body) as an answer, with the status
    marker on the side the file puts it (before the body in Cohttp's records, after it in an
    Elixir struct) and the URL its request named (the nearest before it, else after it)."""
    if not bodies:
        return []
    marks = sorted((m.start(), code) for pattern in (_STATUS_MARK, _STATUS_NAMED, _STATUS_CALL)
                   for m in pattern.finditer(text)
                   if (code := _status_of(m.group(1))) is not None and 100 <= code <= 599)
    before = bool(marks) and marks[0][0] < bodies[0][0]
    out = []
    for i, (start, end, body) in enumerate(bodies):
        prev_end = bodies[i - 1][1] if i else 0
        next_start = bodies[i + 1][0] if i + 1 < len(bodies) else len(text)
        if before:
            near = [c for p, c in marks if prev_end <= p < start][-1:]
        else:
            near = [c for p, c in marks if end <= p < next_start][:1]
        urls = [u.group(1) for u in _URL_MARK.finditer(text, prev_end, start)][-1:] or \
            [u.group(1) for u in _URL_MARK.finditer(text, end, next_start)][:1]
        out.append(Recorded(urls[0] if urls else None, near[0] if near else 200, {}, body))
    return out


# a JavaScript or TypeScript module (a test's fixture or mock): its opening statement
_JS_MODULE = re.compile(
    r"(?:\s*(?://[^\n]*|/\*.*?\*/))*\s*(?:['\"]use strict['\"]|(?:const|let|var|import|export)\s|"
    r"module\.exports\b|exports\.\w|require\s*\()", re.S)
# a data literal a module names: ``const data = {``, ``module.exports = {``, ``export default [``
_JS_ASSIGN = re.compile(
    r"(?:\b(?:const|let|var)\s+[\w$]+(?:\s*:\s*[\w$.<>\[\]|, ]{1,200}?)?\s*=(?!=)|"
    r"\bmodule\.exports\s*=|"
    r"\bexports\.[\w$]+\s*=|\bexport\s+default)\s*([{\[])")

# nock's interceptors written in a test (``nock('https://api.x.com').get('/users/a')
# .reply(200, {...})`` or ``.reply(200, user)``, the literal named): the host, the path, the status
_NOCK_SCOPE = re.compile(r"""\bnock\(\s*(['"`])(https?://[^'"`\s]+)\1""")
_NOCK_REPLY = re.compile(
    r"""\.(?:get|post|put|patch|delete|head)\(\s*(['"`])([^'"`]*)\1[^()]*\)\s*"""
    r"""(?:\.\w+\([^()]*\)\s*)*\.reply\(\s*(\d{3})\s*,\s*(?:([{\[])|([A-Za-z_$][\w$]*)\s*[,)])""")


def _js_module(data: bytes) -> list[Recorded]:
    """Answers a JavaScript or TypeScript test module keeps as data literals (``const data =
    {...}`` then a fake fetch returning it; ``module.exports = {...}``; nock's ``.reply(200,
    {...})`` with its host and path): each object literal in JSON notation or JavaScript's own
    (unquoted keys, single quotes, trailing commas, comments), in the file's order; a literal
    holding code (a function) is no answer. A literal with no nock interceptor around it
    records no status or URL: it is read as a 200 answer."""
    text = data[:MAX_SOURCE].decode("utf-8", "replace")
    if not _JS_MODULE.match(text):
        return []
    named = {m.group(1): m.start(2) for m in re.finditer(
        r"\b(?:const|let|var)\s+([\w$]+)(?:\s*:\s*[\w$.<>\[\]|, ]{1,200}?)?\s*=\s*([{\[])",
        text)}
    found: dict[int, Recorded] = {}
    for m in _NOCK_REPLY.finditer(text):
        start = m.start(4) if m.group(4) else named.get(m.group(5) or "")
        doc = _js_literal(text, start) if start is not None else None
        if isinstance(doc, dict | list):
            scopes = [s.group(2) for s in _NOCK_SCOPE.finditer(text, 0, m.start())]
            url = scopes[-1].rstrip("/") + m.group(2) if scopes else None
            found[start] = Recorded(url, int(m.group(3)), {"Content-Type": "application/json"},
                                    json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    for m in _JS_ASSIGN.finditer(text):
        if m.start(1) in found or len(found) >= 500:
            continue
        doc = _js_literal(text, m.start(1))
        # data, not a setting: two members or more, or one holding an object or a list (a
        # page's whole state under one key: ``{entry_data: {ProfilePage: [...]}}``)
        if isinstance(doc, dict) and (len(doc) >= 2 or any(
                isinstance(v, dict | list) and v for v in doc.values())) or isinstance(
                doc, list) and doc and all(isinstance(i, dict) for i in doc):
            found[m.start(1)] = Recorded(None, 200, {"Content-Type": "application/json"},
                                         json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    return [found[k] for k in sorted(found)]


def _js_literal(text: str, start: int) -> Any:
    """The value of the data literal opening at ``start``: JSON, else JavaScript's or
    TypeScript's object notation (``crawler.extract.jsstate.literal_at``); None when it holds
    code (a function, an arrow, a template's substitution)."""
    try:
        return json.JSONDecoder(strict=False).raw_decode(text, start)[0]
    except (ValueError, RecursionError):
        pass
    return literal_at(text, start)


def _source_file(data: bytes) -> str | None:
    """The text of a file that may be source code holding answers: not a page (a file opening
    with ``<``, PHP apart), not compressed, not a JSON document itself; else None."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head or head[:1] == b"\x1f" or head[:1] == b"<" and not head.startswith(b"<?php"):
        return None
    if head[:1] in (b"{", b"["):
        try:
            json.loads(data)
            return None
        except (ValueError, RecursionError):
            pass
    text = data[:MAX_SOURCE].decode("utf-8", "replace")
    # a JSON answer behind a prefix that keeps scripts from running it (``for (;;);``,
    # ``)]}'``, ``while(1);``): the answer, not source
    opening = re.search(r"[{\[]", text[:64])
    if opening:
        try:
            _doc, end = json.JSONDecoder(strict=False).raw_decode(text, opening.start())
        except (ValueError, RecursionError):
            pass
        else:
            if not text[end:].strip():
                return None
    return text


def _source_strings(data: bytes) -> list[Recorded]:
    """Answers a test in any language keeps in its string literals (raw strings, text blocks,
    heredocs, literals joined over several lines: ``crawler.extract.sources``), each with the
    status and URL the test names beside it."""
    text = _source_file(data)
    if text is None:
        return []
    bodies = string_bodies(text)
    out = []
    for answer in _marked(text, bodies):
        if answer.body.startswith(b"HTTP/"):
            inner = _raw_http(answer.body)
            answer = Recorded(answer.url, inner.status, inner.headers, inner.body)
        out.append(answer)
    return out


# a Python module or a Python value's repr: a dict or list literal (True, False, None)
_PYTHON_SOURCE = re.compile(rb"(?m)^(?:import |from \S+ import |def |class |[A-Za-z_]\w* = [{\[])")
MAX_PYTHON = 2 * 1024 * 1024  # characters of a Python file parsed


def _python_data(data: bytes) -> list[Recorded]:
    """Answers a Python test keeps as data (``USER = {'login': 'a', 'site_admin': False}``; a
    file holding one dict's repr): each dict or list literal a module assigns, as JSON, in the
    file's order; no status or URL is recorded."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if len(data) > MAX_PYTHON or not (head[:1] in (b"{", b"[") or _PYTHON_SOURCE.search(data)):
        return []
    if _source_file(data) is None:
        return []  # a JSON answer (also a Python literal when it has no true, false or null)
    text = data.decode("utf-8")
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    values: list[ast.expr] = []
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
        values.append(tree.body[0].value)  # a repr alone
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
                node.value, ast.Dict | ast.List):
            values.append(node.value)
    out = []
    for value in sorted(values, key=lambda v: (v.lineno, v.col_offset))[:500]:
        try:
            doc = ast.literal_eval(value)
        except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
            continue
        if _is_data(doc):
            out.append(Recorded(None, 200, {"Content-Type": "application/json"}, json.dumps(
                doc, ensure_ascii=False, default=_plain).encode("utf-8")))
    return out


def _plain(value: Any) -> Any:
    """A Python value JSON has no form for (bytes, a set, a tuple's inner set) as text/list."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    return str(value)


def _is_data(doc: Any) -> bool:
    """Data, not a setting: a mapping of two members or more, or of one holding an object or
    a list (a page's whole state under one key), or a non-empty list of mappings."""
    if isinstance(doc, dict):
        return len(doc) >= 2 or any(isinstance(v, dict | list) and v for v in doc.values())
    return isinstance(doc, list) and bool(doc) and all(isinstance(i, dict) for i in doc)


# a data literal assigned in any C-family language or Ruby (``val user = {``, ``@user = {``,
# ``static final Map USER = {``, ``$user = [``), or a whole file that is one literal
_ANY_LITERAL_ASSIGN = re.compile(
    r"(?m)(?:^[ \t]*(?:(?:export|const|let|var|val|final|static|public|private|protected|"
    r"readonly)\s+)*[@$]?[A-Za-z_][\w$.]*(?:\s*:\s*[^=\n;]{1,200}?)?\s*=(?![=>])\s*|\A\s*)([{\[])")


def _data_literals(data: bytes) -> list[Recorded]:
    """Answers kept as a data literal of the notation C-family languages and Ruby share
    (unquoted keys, single quotes, ``=>``, trailing commas; ``crawler.extract.jsstate``):
    each assigned one that is data (``_is_data``), in the file's order."""
    text = _source_file(data)
    if text is None:
        return []
    out = []
    for m in _ANY_LITERAL_ASSIGN.finditer(text):
        doc = literal_at(text, m.start(1))
        if _is_data(doc):
            out.append(Recorded(None, 200, {"Content-Type": "application/json"},
                                json.dumps(doc, ensure_ascii=False).encode("utf-8")))
        if len(out) >= 500:
            break
    return out


# keys under which a fixture document keeps a body as text (``body: |`` in a YAML fixture)
_BODY_KEY = re.compile(r"(?i)body|response|content|text|html|json|payload|data|page|fixture")


def _document_strings(data: bytes) -> list[Recorded]:
    """Bodies a YAML fixture keeps as text under a body's key (``user: {status: 200, url:
    ..., body: |\n  {...}}``), each with the status and URL beside it; a JSON file is left
    alone (its strings are its own values)."""
    text = _source_file(data)
    if text is None or not re.search(r"(?m)^\s*[\w.-]+:\s*[|>][-+]?\s*$", text[:200_000]):
        return []
    try:
        doc = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError, ValueError):
        return []
    out: list[Recorded] = []
    stack: list[Any] = [doc]
    seen = 0
    while stack and seen < MAX_TAPE_NODES and len(out) < 500:
        node = stack.pop(0)
        seen += 1
        if isinstance(node, list):
            stack.extend(node[:500])
        if not isinstance(node, dict):
            continue
        for key, value in list(node.items())[:500]:
            if isinstance(value, str) and _BODY_KEY.search(str(key)) and is_body(value):
                status = next((v for k in _STATUS_KEYS if isinstance(v := node.get(k), int)
                               and 100 <= v <= 599), 200)
                url = next((v for k in _URL_KEYS if isinstance(v := node.get(k), str)
                            and v.startswith("http")), None)
                out.append(Recorded(url, status, {}, value.strip().encode("utf-8")))
            elif isinstance(value, dict | list):
                stack.append(value)
    return out


def _warc(data: bytes) -> list[Recorded]:
    """A web archive (WARC 1.0/1.1, as wget, Webrecorder, Heritrix and the Internet Archive
    write them): each ``response`` record's HTTP message, each ``resource`` record's content,
    with its ``WARC-Target-URI``; a ``revisit`` record with the body of the earlier answer it
    repeats."""
    out: list[Recorded] = []
    payloads: dict[str, bytes] = {}  # an answer's body by its payload digest and by its URL
    pos = 0
    while len(out) < 500:
        m = re.compile(rb"WARC/1\.\d\r?\n").search(data, pos)
        if not m:
            break
        end = data.find(b"\r\n\r\n", m.end())
        sep = 4
        if end < 0:
            end, sep = data.find(b"\n\n", m.end()), 2
        if end < 0:
            break
        fields: dict[str, str] = {}
        for line in data[m.end() : end].decode("latin-1").splitlines():
            key, colon, value = line.partition(":")
            if colon:
                fields[key.strip().lower()] = value.strip()
        try:
            length = int(fields.get("content-length", "0"))
        except ValueError:
            break
        block = data[end + sep : end + sep + length]
        pos = end + sep + length
        url = fields.get("warc-target-uri", "").strip("<>") or None
        kind = fields.get("warc-type", "")
        if kind == "response" and _HTTP_HEAD.match(block):
            answer = _raw_http(block)
            out.append(Recorded(url, answer.status, answer.headers, answer.body))
            for key in (fields.get("warc-payload-digest"), url):
                if key:
                    payloads.setdefault(key, answer.body)
        elif kind == "revisit" and _HTTP_HEAD.match(block):
            # the same answer fetched again, kept as its headers only (deduplicated): the body
            # is the earlier record's of the same payload digest (or of the URL it refers to)
            answer = _raw_http(block)
            body = payloads.get(fields.get("warc-payload-digest", "")) or payloads.get(
                fields.get("warc-refers-to-target-uri", "").strip("<>") or url or "", b"")
            out.append(Recorded(url, answer.status, answer.headers, answer.body or body))
        elif kind == "resource":
            content_type = fields.get("content-type", "")
            out.append(Recorded(url, 200, {"Content-Type": content_type} if content_type else {},
                                block))
    return out


def _mhtml(data: bytes) -> list[Recorded]:
    """A page saved as one file (MHTML: Chrome's and Edge's 'Webpage, Single File'): its HTML
    part, quoted-printable or base64 undone, with the address the save names."""
    # the email package loads only for a saved MHTML page (rare), not on every probe worker
    import email
    from email import policy  # with the line above: the MHTML path only

    message = email.message_from_bytes(data, policy=policy.compat32)
    top_url = message.get("Snapshot-Content-Location") or message.get("Content-Location")
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = part.get_content_charset()
        headers = {"Content-Type": f"text/html; charset={charset}" if charset else "text/html"}
        url = part.get("Content-Location") or top_url
        return [Recorded(str(url) if url else None, 200, headers, payload)]
    return []


def _postman(items: list, depth: int = 0) -> list[Recorded]:
    """A Postman collection's saved example answers (``item[].response[]``: ``code``,
    ``header`` [{key, value}], ``body``; folders nest ``item`` lists)."""
    out: list[Recorded] = []
    for item in items[:500]:
        if not isinstance(item, dict):
            continue
        if isinstance(item.get("item"), list) and depth < 8:
            out += _postman(item["item"], depth + 1)
        for resp in item.get("response") or []:
            if not isinstance(resp, dict):
                continue
            request = resp.get("originalRequest") or item.get("request") or {}
            url = request.get("url") if isinstance(request, dict) else None
            if isinstance(url, dict):
                url = url.get("raw")
            headers = {str(h.get("key")): str(h.get("value")) for h in resp.get("header") or []
                       if isinstance(h, dict)}
            out.append(Recorded(str(url) if url else None, _status(resp.get("code")), headers,
                                str(resp.get("body") or "").encode("utf-8")))
    return out


def _unpacked(data: bytes) -> bytes:
    """A bzip2- or xz-packed save unpacked (at most MAX_UNZIPPED bytes), else the data itself."""
    # bz2 and lzma load only for a save kept bzip2- or xz-packed (rare), not on every worker
    import bz2  # with lzma below: the packed-save path only
    import lzma  # with bz2 above: the packed-save path only

    try:
        unpacker: Any = bz2.BZ2Decompressor() if data[:3] == b"BZh" else lzma.LZMADecompressor()
        out = unpacker.decompress(data, MAX_UNZIPPED)
    except (OSError, EOFError, ValueError, lzma.LZMAError):
        return data
    return out if unpacker.eof else data


def _burp(data: bytes) -> list[Recorded]:
    """Burp Suite's saved items (``<items burpVersion=...><item><url>``, ``<status>``, the whole
    ``<response base64="true">`` HTTP message): each item's answer with its URL."""
    text = data.decode("utf-8", "replace")
    out = []
    for item in re.findall(r"<item>(.*?)</item>", text, re.S)[:500]:
        url = re.search(r"<url><!\[CDATA\[(.*?)\]\]></url>", item, re.S)
        resp = re.search(r'<response base64="(true|false)"><!\[CDATA\[(.*?)\]\]></response>', item,
                         re.S)
        if not resp:
            continue
        raw = base64.b64decode(resp.group(2)) if resp.group(1) == "true" else \
            resp.group(2).encode("utf-8")
        if not _HTTP_HEAD.match(raw):
            continue
        answer = _raw_http(raw)
        out.append(Recorded(url.group(1).strip() if url else None, answer.status, answer.headers,
                            answer.body))
    return out
