"""What every local server shares: a dir, a log, a pid file that is checked before it is trusted,
a port check before start, a bounded wait for health, and a stop that only signals our own process."""

from __future__ import annotations

import abc
import contextlib
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from eventpipeline.infra import procs
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.settings import InfraSettings


class Progress:
    """One line per step: `component  what ... ok (1.2s)`. `quiet=True` for private test instances."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet

    @contextlib.contextmanager
    def step(self, component: str, what: str) -> Iterator[None]:
        start = time.monotonic()
        if not self.quiet:
            print(f"{component:<17} {what} ...", end="", flush=True)
        try:
            yield
        except BaseException:
            if not self.quiet:
                print(" FAILED", flush=True)
            raise
        if not self.quiet:
            print(f" ok ({time.monotonic() - start:.1f}s)", flush=True)

    def say(self, component: str, what: str) -> None:
        if not self.quiet:
            print(f"{component:<17} {what}", flush=True)


class Service(abc.ABC):
    """One server process. Subclasses say how to prepare, run and probe it."""

    name: ClassVar[str]
    marker: ClassVar[str]
    stop_signal: ClassVar[signal.Signals] = signal.SIGTERM
    start_timeout: ClassVar[float] = 60.0
    blocking: ClassVar[bool] = True  # wait for health before the next component starts

    def __init__(self, settings: InfraSettings, progress: Progress | None = None) -> None:
        self.settings = settings
        self.progress = progress or Progress(quiet=True)
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def user(self) -> str | None:
        """The OS user the server runs as (None: the caller's)."""
        return None

    @property
    def root(self) -> Path:
        return self.settings.state_dir / self.name

    @property
    def workdir(self) -> Path:
        """The dir the running process sits in; part of the proof that a pid is ours."""
        return self.root

    @property
    def log(self) -> Path:
        return self.settings.log_dir / f"{self.name}.log"

    @property
    def pidfile(self) -> Path:
        return self.root / "pid"

    @property
    @abc.abstractmethod
    def ports(self) -> tuple[int, ...]: ...

    @property
    @abc.abstractmethod
    def endpoint(self) -> str: ...

    @abc.abstractmethod
    def prepare(self) -> None:
        """Install, fetch or initialise what `command` needs; idempotent."""

    @abc.abstractmethod
    def command(self) -> list[str]: ...

    @abc.abstractmethod
    def healthy(self) -> bool: ...

    def env(self) -> dict[str, str] | None:
        return None

    def after_healthy(self) -> None:
        """One-time setup that needs the server up (e.g. create the database); idempotent."""
        return

    def fail(self, message: str) -> InfraError:
        return InfraError(self.name, message, self.log)

    def pid(self) -> int | None:
        """The pid of our running server, or None (a stale or foreign pid file does not count)."""
        pid = procs.read_pid(self.pidfile)
        if pid is not None and procs.is_ours(pid, workdir=self.workdir, token=self.marker):
            return pid
        return None

    def start(self) -> int:
        for port in self.ports:
            if procs.port_open(self.settings.host, port):
                raise self.fail(f"port {self.settings.host}:{port} is already in use by another process")
        try:
            self.log.parent.mkdir(parents=True, exist_ok=True)
            proc = procs.spawn(self.command(), cwd=self.workdir, log=self.log, env=self.env(), user=self.user)
        except OSError as exc:
            raise self.fail(f"cannot start ({exc})") from exc
        self._proc = proc
        self.pidfile.write_text(f"{proc.pid}\n")
        return proc.pid

    def wait_healthy(self, pid: int) -> None:
        def done() -> bool:
            return not procs.alive(pid) or self.healthy()

        procs.wait_until(done, timeout=self.start_timeout, interval=0.3)
        if not procs.alive(pid):
            raise self.fail("the server exited during start-up")
        if not self.healthy():
            raise self.fail(f"not healthy {self.start_timeout:.0f}s after start")

    def stop(self) -> bool:
        """Stop our server if it runs; drop a stale pid file. True when a process was stopped."""
        pid = self.pid()
        if pid is not None:
            procs.terminate(pid, sig=self.stop_signal)
        if self._proc is not None:
            self._proc.poll()  # our child (private instance): collect it, no zombie, no ResourceWarning
            self._proc = None
        self.pidfile.unlink(missing_ok=True)
        return pid is not None


def require_executable(service: Service, program: str, what: str) -> str:
    """Resolve a program name or path, or fail naming the component and its log."""
    found = shutil.which(program)
    if found is None:
        raise service.fail(f"{what} not found ({program!r} is not an executable on PATH)")
    return found


def python() -> str:
    return sys.executable
