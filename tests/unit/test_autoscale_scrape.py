"""The /metrics fetch against a real HTTP server on loopback: a pod answering with a redirect, an endless or
oversized body, or a trickle is refused; a normal answer is read whole."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from eventpipeline.operator.autoscale.scrape import ScrapeRefusedError, fetch_text

pytestmark = pytest.mark.unit

METRICS = b'ep_http_requests_total{route="/v1/batch",method="POST",status="200"} 3\n'
SECRET_TARGET = "http://127.0.0.1:1/internal-admin"


class Pod(BaseHTTPRequestHandler):
    """A pod's /metrics, good or hostile depending on the path."""

    def do_GET(self) -> None:
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", SECRET_TARGET)
            self.end_headers()
            return
        self.send_response(200)
        self.end_headers()
        if self.path == "/metrics":
            self.wfile.write(METRICS)
        elif self.path == "/huge":
            try:
                for _ in range(64):  # 4 MiB, twice the limit
                    self.wfile.write(b"#" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the operator stopped reading: what the test wants
        elif self.path == "/trickle":
            for _ in range(40):  # a byte every 0.1 s: each read is quick, the whole answer is not
                self.wfile.write(b"#")
                self.wfile.flush()
                time.sleep(0.1)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def pod() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pod)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_normal_answer_is_read(pod: str) -> None:
    assert fetch_text(f"{pod}/metrics", 5.0) == METRICS.decode()


def test_a_redirect_is_not_followed(pod: str) -> None:
    with pytest.raises(ScrapeRefusedError, match="redirects are not followed"):
        fetch_text(f"{pod}/redirect", 5.0)


def test_a_body_over_the_limit_is_not_read_whole(pod: str) -> None:
    with pytest.raises(ScrapeRefusedError, match="exceeds 2097152 bytes"):
        fetch_text(f"{pod}/huge", 30.0)


def test_a_trickling_answer_ends_at_the_deadline(pod: str) -> None:
    with pytest.raises(ScrapeRefusedError, match="took over 1 s"):
        fetch_text(f"{pod}/trickle", 1.0)


def test_only_http_urls() -> None:
    with pytest.raises(ValueError, match="must be http"):
        fetch_text("file:///etc/passwd", 1.0)
