"""The runner's process supervision and balancer with a stand-in program (no shared servers): replica count
followed, crashes restarted, a template change rolled with no gap, SIGTERM on scale-down, round-robin."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from eventpipeline.infra.stack.proxy import RoundRobinProxy
from eventpipeline.infra.stack.render import Pod, ProcessSpec
from eventpipeline.infra.stack.supervisor import Replicas

pytestmark = pytest.mark.unit

# Answers every GET with its own port and the template it was started from; logs SIGTERM before exiting.
SERVER = """
import http.server, os, signal, sys
port = int(os.environ["EP_FAKE_PORT"])
def term(*_):
    print("SIGTERM", flush=True); sys.exit(0)
signal.signal(signal.SIGTERM, term)
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = f"{port} {os.environ['TEMPLATE']} {open(os.environ['KEYS']).read().strip()}".encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
http.server.HTTPServer(("127.0.0.1", port), H).serve_forever()
"""


def renderer(template: str, keys: str = "k1") -> Callable[[Pod, Path, int], ProcessSpec]:
    def render(pod: Pod, workdir: Path, port: int) -> ProcessSpec:
        key_file = workdir / "volumes" / "keys" / "keys"
        return ProcessSpec(
            argv=[sys.executable, "-c", SERVER],
            env={"EP_FAKE_PORT": str(port), "TEMPLATE": template, "KEYS": str(key_file)},
            tier="ingest",
            files={key_file: keys.encode()},
            dirs=[workdir / "volumes" / "keys"],
            readiness_path="/readyz",
            grace_seconds=5,
        )

    return render


async def settle(reps: Replicas, *, replicas: int, template: str, keys: str = "k1", until: Callable[[], bool]) -> None:
    """Tick like the runner does until `until()` holds (bounded: fails rather than hangs)."""
    for _ in range(300):
        reps.tick(replicas=replicas, template=template, labels={}, render=renderer(template, keys))
        await reps.probe()
        if until():
            return
        await asyncio.sleep(0.1)
    pytest.fail(f"never settled: {[p.snapshot() for p in reps.processes]}")


async def get(port: int) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /x HTTP/1.0\r\n\r\n")
    data = await reader.read()
    writer.close()
    return data.split(b"\r\n\r\n", 1)[1].decode()


async def test_replicas_restarts_rollout_and_balancer(tmp_path: Path) -> None:
    reps = Replicas("demo-ingest", "ns", tmp_path / "pods", tmp_path / "logs")
    proxy = RoundRobinProxy("demo-ingest", reps.ready_ports)
    await proxy.start()
    try:
        await settle(reps, replicas=2, template="t1", until=lambda: len(reps.ready_ports()) == 2)
        ports = set(reps.ready_ports())
        answers = {await get(proxy.port) for _ in range(4)}
        assert {a.split()[0] for a in answers} == {str(p) for p in ports}  # both backends served
        assert all(a.endswith("t1 k1") for a in answers)  # env and materialized files reached the process

        # A Secret's new content reaches the mounted file of a running process (no restart).
        await settle(reps, replicas=2, template="t1", keys="k2", until=lambda: True)
        assert (await get(proxy.port)).endswith("t1 k2")

        # A crash is restarted (same pod identity and port), counted.
        victim = reps.processes[0]
        old_pid = victim.pid
        assert old_pid is not None
        os.kill(old_pid, signal.SIGKILL)
        await settle(
            reps,
            replicas=2,
            template="t1",
            keys="k2",
            until=lambda: victim.restarts == 1 and victim.pid not in (None, old_pid) and victim.ready,
        )

        # Scale down: one process gets SIGTERM and goes; the other keeps serving.
        await settle(reps, replicas=1, template="t1", keys="k2", until=lambda: len(reps.processes) == 1)
        gone = [p for p in (tmp_path / "logs").glob("*.log") if "SIGTERM" in p.read_text().splitlines()]
        assert len(gone) == 1

        # A template change: the new process starts, the old one stops only once the new one is ready.
        await settle(reps, replicas=1, template="t2", until=lambda: [p.template for p in reps.processes] == ["t2"])
        assert (await get(proxy.port)).split()[1] == "t2"
    finally:
        reps.stop_all()
        for _ in range(100):
            if reps.done():
                break
            await asyncio.sleep(0.1)
        await proxy.close()
    assert reps.done()
    assert not list((tmp_path / "pods").iterdir())  # per-process dirs are removed with the process


async def test_balancer_without_backends_closes_the_connection() -> None:
    proxy = RoundRobinProxy("empty", list)
    await proxy.start()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", proxy.port)
        writer.write(b"GET / HTTP/1.0\r\n\r\n")
        try:
            answer = await reader.read()
        except ConnectionResetError:  # closed with our request unread: a reset, like a Service without endpoints
            answer = b""
        assert answer == b""
        writer.close()
    finally:
        await proxy.close()
