"""A 1 GB body is refused without the process growing: measured on a real uvicorn process's RSS."""

from __future__ import annotations

import select
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.integration.ingest_support import WRITE_KEY, run_ingest
from tests.support import ServedProcess

pytestmark = pytest.mark.integration

GIB = 1024**3
CHUNK = 256 * 1024
MAX_GROWTH_KIB = 8 * 1024  # "a few MB"; the body cap is 1 MiB


def _headers(length: int | None) -> bytes:
    lines = [
        "POST /v1/batch HTTP/1.1",
        "Host: ingest",
        f"X-Write-Key: {WRITE_KEY}",
        "Content-Type: application/json",
        f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _stream_gigabyte(server: ServedProcess, *, declared: bool) -> tuple[bytes, int, int]:
    """Send up to 1 GiB, generated chunk by chunk (never materialized); stop when the server answers or
    hangs up. Returns the response bytes, how many body bytes were sent, and the peak RSS seen."""
    port = int(server.url.rsplit(":", 1)[1])
    chunk = b"[" + b" " * (CHUNK - 1)
    framed = chunk if declared else b"%x\r\n" % len(chunk) + chunk + b"\r\n"
    sent = 0
    peak = server.rss_kib()
    response = b""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(_headers(GIB if declared else None))
        try:
            while sent < GIB:
                readable, _, _ = select.select([sock], [], [], 0)
                if readable:
                    break
                sock.sendall(framed)
                sent += len(chunk)
                if sent % (64 * CHUNK) == 0:
                    peak = max(peak, server.rss_kib())
        except (BrokenPipeError, ConnectionResetError):
            pass
        try:
            while data := sock.recv(65536):
                response += data
        except (ConnectionResetError, TimeoutError):
            pass
    return response, sent, max(peak, server.rss_kib())


@pytest.mark.parametrize("declared", [False, True], ids=["chunked", "content-length"])
def test_gigabyte_body_is_refused_without_growing_the_process(
    tmp_path: Path, endpoints: Any, kafka_topic: str, declared: bool
) -> None:
    with run_ingest(tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=kafka_topic) as server:
        # warm up: one accepted request so lazily allocated state exists before the baseline
        warm = httpx.post(
            server.url + "/v1/track", json={"event": "t", "userId": "u"}, headers={"X-Write-Key": WRITE_KEY}
        )
        assert warm.status_code == 200
        before = server.rss_kib()
        response, sent, peak = _stream_gigabyte(server, declared=declared)
        assert response.startswith(b"HTTP/1.1 413"), response[:200]
        assert b"the limit is 1048576" in response
        assert sent < GIB  # the server hung up long before the end
        assert peak - before < MAX_GROWTH_KIB, f"RSS grew {peak - before} KiB (before {before} KiB)"
        assert server.proc.poll() is None
