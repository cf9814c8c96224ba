"""Local processes standing in for one Deployment's pods: start, probe, restart with backoff, stop with SIGTERM.

Non-blocking: `tick()` advances every process one step (the runner calls it about once a second), so one slow
shutdown never holds up the other Deployments. Restarts back off like a kubelet's CrashLoopBackOff, but shorter
(1 s doubling to 30 s, reset after 60 s of running) because a local stack should recover quickly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from eventpipeline.infra import procs
from eventpipeline.infra.stack.render import Pod, ProcessSpec, RenderError

log = logging.getLogger("eventpipeline.infra.stack.supervisor")

BACKOFF_START: Final = 1.0
BACKOFF_MAX: Final = 30.0
BACKOFF_RESET_AFTER: Final = 60.0
MAX_GRACE: Final = 30.0
BASE_ENV_KEYS: Final = ("PATH", "LANG", "LC_ALL", "TZ", "SSL_CERT_FILE", "SSL_CERT_DIR")

# Given a pod identity, its dir and its port -> the process spec (raises RenderError).
Renderer = Callable[[Pod, Path, int], ProcessSpec]


def base_env() -> dict[str, str]:
    """The little a container image's environment would hold: no host EP_* or KUBECONFIG leaks into a pod."""
    env = {k: os.environ[k] for k in BASE_ENV_KEYS if k in os.environ}
    env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
    env["PYTHONUNBUFFERED"] = "1"
    return env


async def http_ok(port: int, path: str, limit_s: float = 1.5) -> bool:
    """GET http://127.0.0.1:port/path answers 2xx/3xx (a readiness probe, like the kubelet's)."""
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), limit_s)
    except (OSError, TimeoutError):
        return False
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        line = await asyncio.wait_for(reader.readline(), limit_s)
        parts = line.split()
        return len(parts) >= 2 and parts[1][:1] in (b"2", b"3")
    except (OSError, TimeoutError):
        return False
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


@dataclass
class LocalProcess:
    """One replica: a stable pod identity, port and dir, and the current OS process (if any)."""

    pod: Pod
    port: int
    workdir: Path
    log_path: Path
    template: str
    spec: ProcessSpec | None = None
    popen: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    ready: bool = False
    restarts: int = 0
    next_start: float = 0.0
    backoff: float = BACKOFF_START
    stopping_since: float | None = None
    last_error: str = ""

    @property
    def pid(self) -> int | None:
        return self.popen.pid if self.popen is not None and self.popen.poll() is None else None

    def snapshot(self) -> dict[str, Any]:
        return {
            "pod": self.pod.name,
            "pid": self.pid,
            "port": self.port,
            "url": f"http://127.0.0.1:{self.port}",
            "workdir": str(self.workdir),
            "ready": self.ready,
            "restarts": self.restarts,
            "stopping": self.stopping_since is not None,
            "log": str(self.log_path),
            "error": self.last_error,
        }


def write_files(spec: ProcessSpec) -> None:
    """Materialize the volumes; rewrite a file only when its content changed (like the kubelet's refresh)."""
    for directory in spec.dirs:
        directory.mkdir(parents=True, exist_ok=True)
    for path, data in spec.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if path.read_bytes() == data:
                continue
        except OSError:
            pass
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        tmp.chmod(0o600)
        tmp.replace(path)


@dataclass
class Replicas:
    """The processes of one Deployment, kept at its `spec.replicas` and its current template."""

    name: str
    namespace: str
    root: Path
    logs: Path
    processes: list[LocalProcess] = field(default_factory=list)
    problem: str = ""
    pending: int = 0  # replicas the node's CPU could not hold (runner._admit)

    def _new(self, template: str, labels: Mapping[str, str]) -> LocalProcess:
        pod_name = f"{self.name}-{template}-{secrets.token_hex(3)[:5]}"
        pod = Pod(pod_name, self.namespace, str(uuid.uuid4()), dict(labels))
        workdir = self.root / pod_name
        return LocalProcess(pod, procs.free_port(), workdir, self.logs / f"{pod_name}.log", template)

    def current(self, template: str) -> list[LocalProcess]:
        return [p for p in self.processes if p.template == template and p.stopping_since is None]

    def _start(self, proc: LocalProcess, render: Renderer, now: float) -> None:
        try:
            proc.spec = render(proc.pod, proc.workdir, proc.port)
        except RenderError as exc:
            proc.last_error = self.problem = str(exc)
            proc.next_start = now + proc.backoff
            proc.backoff = min(proc.backoff * 2, BACKOFF_MAX)
            log.warning("cannot start %s: %s", proc.pod.name, exc)
            return
        proc.workdir.mkdir(parents=True, exist_ok=True)
        write_files(proc.spec)
        proc.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = base_env() | proc.spec.env
        with proc.log_path.open("ab") as out:
            out.write(f"--- {time.strftime('%Y-%m-%dT%H:%M:%S')} start {' '.join(proc.spec.argv)}\n".encode())
            out.flush()
            proc.popen = subprocess.Popen(
                proc.spec.argv,
                cwd=proc.workdir,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        proc.started_at = now
        proc.ready = False
        proc.last_error = self.problem = ""
        log.info("started %s pid %s port %s", proc.pod.name, proc.popen.pid, proc.port)

    def _signal(self, proc: LocalProcess, sig: signal.Signals) -> None:
        if proc.popen is not None and proc.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.popen.pid, sig)

    def begin_stop(self, proc: LocalProcess, now: float) -> None:
        if proc.stopping_since is None:
            proc.stopping_since = now
            proc.ready = False
            self._signal(proc, signal.SIGTERM)

    def _reap_stopping(self, now: float) -> None:
        for proc in [p for p in self.processes if p.stopping_since is not None]:
            assert proc.stopping_since is not None
            grace = min(proc.spec.grace_seconds if proc.spec else MAX_GRACE, MAX_GRACE)
            if proc.popen is not None and proc.popen.poll() is None:
                if now - proc.stopping_since > grace:
                    self._signal(proc, signal.SIGKILL)
                continue
            self.processes.remove(proc)
            shutil.rmtree(proc.workdir, ignore_errors=True)
            log.info("stopped %s", proc.pod.name)

    def _keep_running(self, proc: LocalProcess, render: Renderer, now: float) -> None:
        if proc.popen is not None and proc.popen.poll() is not None:
            code = proc.popen.returncode
            proc.popen, proc.ready = None, False
            if now - proc.started_at > BACKOFF_RESET_AFTER:
                proc.backoff = BACKOFF_START
            proc.restarts += 1
            proc.last_error = f"exited with {code}"
            proc.next_start = now + proc.backoff
            proc.backoff = min(proc.backoff * 2, BACKOFF_MAX)
            log.warning("%s exited with %s; restart in %.0fs", proc.pod.name, code, proc.next_start - now)
        elif proc.popen is None and now >= proc.next_start:
            self._start(proc, render, now)
        elif proc.spec is not None and proc.popen is not None:
            try:
                refreshed = render(proc.pod, proc.workdir, proc.port)
                write_files(refreshed)  # a Secret's new content reaches the mounted file, as with a kubelet
            except RenderError as exc:
                self.problem = str(exc)

    def tick(self, *, replicas: int, template: str, labels: Mapping[str, str], render: Renderer) -> None:
        now = time.monotonic()
        self._reap_stopping(now)
        current = self.current(template)
        for _ in range(replicas - len(current)):
            current.append(self._new(template, labels))
            self.processes.append(current[-1])
        for proc in current[replicas:]:  # scale down: the newest go first
            self.begin_stop(proc, now)
        current = current[:replicas]
        for proc in current:
            self._keep_running(proc, render, now)
        # Rolling update with maxUnavailable 0: old processes go once the new ones are all ready.
        if all(p.ready for p in current):
            for proc in self.processes:
                if proc.template != template:
                    self.begin_stop(proc, now)

    async def probe(self) -> None:
        running = [p for p in self.processes if p.pid is not None and p.stopping_since is None]

        async def one(proc: LocalProcess) -> None:
            path = proc.spec.readiness_path if proc.spec else None
            proc.ready = await http_ok(proc.port, path) if path else True

        await asyncio.gather(*(one(p) for p in running))

    def stop_all(self) -> None:
        now = time.monotonic()
        for proc in self.processes:
            self.begin_stop(proc, now)

    def done(self) -> bool:
        self._reap_stopping(time.monotonic())
        return not self.processes

    def ready_ports(self) -> list[int]:
        return [p.port for p in self.processes if p.ready and p.stopping_since is None]
