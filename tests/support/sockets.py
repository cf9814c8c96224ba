"""Raw HTTP/1.1 over a socket, for tests that must control every byte and its timing (keep-alive, trickled headers
and bodies): a connection, and one whole answer read from it."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit


def connect(url: str, timeout: float = 30.0) -> socket.socket:
    """A TCP connection to `url`'s host and port, Nagle off (each `sendall` leaves at once), reads bounded by
    `timeout` so a server that never answers fails the test instead of hanging it."""
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def read_answer(sock: socket.socket) -> bytes:
    """One whole answer (head and Content-Length body), b"" when the server closed the connection first. The whole
    answer: uvicorn writes head and body separately, and a body left unread would be taken for the next answer."""
    try:
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
    except ConnectionResetError:
        return b""


def status(answer: bytes) -> int:
    """The status code of an answer's head (0: no answer)."""
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else 0


def closed(sock: socket.socket) -> bool:
    """True when the server closed the connection (EOF or reset) with nothing more to read."""
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True
