"""The probe lane's HTTP client (crawler/lane_http.py) against raw answers a real server sends.

A loopback server writes each answer byte for byte, as servers in the wild do (chunked bodies,
bodies ended by closing the connection, folded headers, interim answers), and the hostile ones
(a head that never ends, 150 headers, a declared body over the limit, a body that stops half
way). The lane's end-to-end behaviour on faulty sites is compared with Scrapy's in
tests/test_probe_lane.py; this file checks the parts that comparison does not reach.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from crawler import lane_http

MAX_BYTES, MAX_HEADERS = 4096, 20


def _client(check: Callable[[str, str], str | None] | None = None,
            idle: float = 5.0) -> lane_http.Client:
    return lane_http.Client(max_bytes=MAX_BYTES, max_headers=MAX_HEADERS, idle_timeout=idle,
                            check=check or (lambda address, host: None))


def _run(answers: list[bytes | Callable[..., Any]], fetches: int = 1, *,
         check: Callable[[str, str], str | None] | None = None, maxsize: int = 10_000,
         close_after: int | None = None) -> tuple[list[Any], int]:
    """Serve ``answers`` in order (one per request, on whatever connection it comes), fetch
    ``fetches`` times; (each fetch's result or exception, connections the server saw)."""

    async def main() -> tuple[list[Any], int]:
        queue = list(answers)
        connections = 0

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            nonlocal connections
            connections += 1
            served = 0
            try:
                while queue:
                    head = await reader.readuntil(b"\r\n\r\n")
                    assert head.startswith(b"GET /u/x HTTP/1.1\r\nHost: 127.0.0.1:")
                    answer = queue.pop(0)
                    if callable(answer):
                        await answer(writer)
                    else:
                        writer.write(answer)
                    await writer.drain()
                    served += 1
                    if close_after is not None and served >= close_after:
                        break
            except (asyncio.IncompleteReadError, ConnectionError):
                pass
            writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = _client(check)
        key = ("http", "127.0.0.1", port, True, "127.0.0.1")
        head = f"GET /u/x HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
        results: list[Any] = []
        for _ in range(fetches):
            try:
                async with asyncio.timeout(5):
                    results.append(await client.fetch(key, head, None, "GET", maxsize))
            except Exception as exc:  # noqa: BLE001 - the result under test
                results.append(exc)
            await asyncio.sleep(0.05)
        client.close()
        server.close()
        return results, connections

    return asyncio.run(main())


def test_content_length_chunked_and_close_delimited_bodies() -> None:
    answers = [
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"4;ext=1\r\nchun\r\n3\r\nked\r\n0\r\nX-Trailer: 1\r\n\r\n",
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nX-A: one\r\n  two\r\n"
        b"Connection: close\r\n\r\nuntil the end",
    ]
    results, connections = _run(answers, 3)
    assert results[0] == (200, [(b"Content-Length", b"5")], b"hello")
    assert results[1][0] == 200 and results[1][2] == b"chunked"
    status, headers, body = results[2]
    assert status == 404 and (b"X-A", b"one two") in headers and body == b"until the end"
    assert connections == 1  # kept alive between the answers


def test_a_kept_connection_the_server_closed_is_replaced_once() -> None:
    """The server closes after each answer without saying so: the next request, sent on the
    kept connection, is answered on a new one instead of failing."""
    answers = [b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"] * 2
    results, connections = _run(answers, 2, close_after=1)
    assert [r[2] for r in results] == [b"ok", b"ok"]
    assert connections == 2


def test_hostile_heads_and_bodies_are_bounded() -> None:
    endless = b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * (MAX_BYTES + 10)
    many = b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: x\r\n" % i for i in range(30)) + b"\r\n"
    big = b"HTTP/1.1 200 OK\r\nContent-Length: 20000\r\n\r\n"
    big_chunked = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                   + (b"1000\r\n" + b"x" * 4096 + b"\r\n") * 3)
    cut = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this"
    not_http = b"SSH-2.0-OpenSSH_9.6\r\n\r\n"
    results = []
    for answer in (endless, many, big, big_chunked, cut, not_http):
        result, _ = _run([answer], 1, close_after=1)
        results.append(result[0])
    assert isinstance(results[0], lane_http.HeadTooLarge)
    assert isinstance(results[1], lane_http.TooManyHeaders)
    assert isinstance(results[2], lane_http.TooLarge) and results[2].declared
    assert isinstance(results[3], lane_http.TooLarge) and not results[3].declared
    assert isinstance(results[4], lane_http.DataLoss)
    assert isinstance(results[5], lane_http.BadHead)


def test_the_connection_time_check_refuses_before_connecting() -> None:
    refused: list[tuple[str, str]] = []

    def check(address: str, host: str) -> str | None:
        refused.append((address, host))
        return f"loopback address {address}"

    results, connections = _run([b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"], 1,
                                check=check)
    assert isinstance(results[0], lane_http.ResolveError)
    assert "refused: loopback address 127.0.0.1" in str(results[0])
    assert connections == 0 and refused == [("127.0.0.1", "127.0.0.1")]


def test_names_resolve_and_every_address_is_checked() -> None:
    """``localhost`` resolves at connection time; the check sees the name and its address."""
    seen: list[tuple[str, str]] = []

    async def main() -> Any:
        client = _client(lambda address, host: seen.append((address, host)) or "no")
        try:
            return await client.fetch(("http", "localhost", 9, False, "localhost"), b"", None,
                                      "GET", 0)
        except lane_http.ResolveError as exc:
            return exc
        finally:
            client.close()

    result = asyncio.run(main())
    assert isinstance(result, lane_http.ResolveError) and "refused: no" in str(result)
    assert seen and all(host == "localhost" and address.startswith("127.")
                        for address, host in seen)


def test_nothing_listening_is_connection_refused() -> None:
    async def main() -> Any:
        client = _client()
        try:
            return await client.fetch(("http", "127.0.0.1", 9, True, "127.0.0.1"),
                                      b"GET / HTTP/1.1\r\n\r\n", None, "GET", 0)
        except lane_http.Error as exc:
            return exc
        finally:
            client.close()

    assert isinstance(asyncio.run(main()), lane_http.ConnectRefused)


def _self_signed(tmp: Any) -> tuple[str, str]:
    """A throwaway certificate for 127.0.0.1 (cryptography comes with Scrapy's TLS stack)."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "probe-lane-test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp / "cert.pem", tmp / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def test_https_is_spoken_without_verifying_the_certificate(tmp_path: Any) -> None:
    """Most sites of a real list are https: the lane speaks TLS (a self-signed certificate is
    read, as by Scrapy's default context) and keeps the connection for the next probe."""
    import ssl

    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)

    async def main() -> tuple[list[Any], int]:
        connections = 0

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            nonlocal connections
            connections += 1
            try:
                while True:
                    await reader.readuntil(b"\r\n\r\n")
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nsecured")
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                pass
            writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
        port = server.sockets[0].getsockname()[1]
        client = _client()
        head = f"GET /u/x HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
        results = [await client.fetch(("https", "127.0.0.1", port, True, "127.0.0.1"), head,
                                      None, "GET", 1000) for _ in range(2)]
        client.close()
        server.close()
        return results, connections

    results, connections = asyncio.run(main())
    assert [r[2] for r in results] == [b"secured", b"secured"]
    assert connections == 1


def test_a_name_allowed_by_the_check_is_connected_to() -> None:
    async def main() -> Any:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = _client()
        head = f"GET / HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n".encode()
        try:
            return await client.fetch(("http", "localhost", port, False, "localhost"), head,
                                      None, "GET", 0)
        finally:
            client.close()
            server.close()

    assert asyncio.run(main())[2] == b"hi"
