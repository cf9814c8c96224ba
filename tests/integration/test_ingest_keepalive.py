"""Idle keep-alive connections: kept past uvicorn's 5 s default (a client reusing one must not meet a closed
socket), and closed after the configured time."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.integration.ingest_support import run_ingest

pytestmark = pytest.mark.integration

REQUEST = b"GET /healthz HTTP/1.1\r\nHost: ingest\r\n\r\n"


def ask(sock: socket.socket) -> bytes:
    """One request on the open connection; the whole answer (head and Content-Length body), b"" when the server
    had closed the connection. The whole answer: uvicorn writes head and body separately, and a body left unread
    would be taken for the next answer."""
    try:
        sock.sendall(REQUEST)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = next(
            (
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            ),
            0,
        )
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body
    except (BrokenPipeError, ConnectionResetError):
        return b""


def connect(url: str) -> socket.socket:
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=10)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def test_idle_connection_is_kept_past_five_seconds(tmp_path: Path, endpoints: Any, kafka_topic: str) -> None:
    with run_ingest(tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=kafka_topic) as server:
        sock = connect(server.url)
        with sock:
            assert ask(sock).startswith(b"HTTP/1.1 200")
            time.sleep(6.5)  # past uvicorn's default keep-alive of 5 s
            assert ask(sock).startswith(b"HTTP/1.1 200")


def test_idle_connection_is_closed_after_the_setting(tmp_path: Path, endpoints: Any, kafka_topic: str) -> None:
    with run_ingest(tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=kafka_topic, keepalive_seconds="1") as server:
        sock = connect(server.url)
        with sock:
            assert ask(sock).startswith(b"HTTP/1.1 200")
            time.sleep(2.5)
            assert ask(sock) == b""
