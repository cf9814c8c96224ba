"""Idle keep-alive connections: kept past uvicorn's 5 s default (a client reusing one must not meet a closed
socket), and closed after the configured time."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any

import pytest

from tests.integration.ingest_support import run_ingest
from tests.support.sockets import connect, read_answer

pytestmark = pytest.mark.integration

REQUEST = b"GET /healthz HTTP/1.1\r\nHost: ingest\r\n\r\n"


def ask(sock: socket.socket) -> bytes:
    """One request on the open connection; its whole answer, b"" when the server had closed the connection."""
    try:
        sock.sendall(REQUEST)
    except (BrokenPipeError, ConnectionResetError):
        return b""
    return read_answer(sock)


def test_idle_connection_is_kept_past_five_seconds(tmp_path: Path, endpoints: Any, kafka_topic: str) -> None:
    with run_ingest(tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=kafka_topic) as server:
        sock = connect(server.url, timeout=10)
        with sock:
            assert ask(sock).startswith(b"HTTP/1.1 200")
            time.sleep(6.5)  # past uvicorn's default keep-alive of 5 s
            assert ask(sock).startswith(b"HTTP/1.1 200")


def test_idle_connection_is_closed_after_the_setting(tmp_path: Path, endpoints: Any, kafka_topic: str) -> None:
    with run_ingest(tmp_path, bootstrap=endpoints.kafka_bootstrap, topic=kafka_topic, keepalive_seconds="1") as server:
        sock = connect(server.url, timeout=10)
        with sock:
            assert ask(sock).startswith(b"HTTP/1.1 200")
            time.sleep(2.5)
            assert ask(sock) == b""
