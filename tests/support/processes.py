"""A server under test as a child process (a tier's `python -m` entry point, or a benchmark's baseline): started,
waited for until it answers, measured (/proc), read (its log, its /metrics) and stopped gracefully.

Tests and benchmarks share it; the tier-specific environment is in each tier's support module.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

from eventpipeline.infra import procs


def python_module(module: str) -> list[str]:
    """The command line of `python -m module` with this interpreter (the project's virtualenv)."""
    return [sys.executable, "-m", module]


def served_tier(tier: str, log_dir: Path, settings: Mapping[str, str]) -> ServedProcess:
    """`python -m eventpipeline.<tier>` on a free loopback port, configured as the operator configures it: each
    setting by field name becomes `EP_<TIER>_<NAME>` (`keepalive_seconds` is EP_INGEST_KEEPALIVE_SECONDS); a `host`
    or `port` in `settings` wins over ours. Not started: use it in a `with`."""
    port = procs.free_port()
    named = {"host": "127.0.0.1", "port": str(port), **settings}
    return ServedProcess(
        python_module(f"eventpipeline.{tier}"),
        url=f"http://127.0.0.1:{port}",
        log=log_dir / f"{tier}-{port}.log",
        env={f"EP_{tier.upper()}_{name.upper()}": value for name, value in named.items()},
    )


class ServedProcess:
    """`with ServedProcess(cmd, url=..., log=...) as server:` starts it and, unless `health` is None, waits until
    `url + health` answers 200; if the process exits meanwhile, it fails at once with the end of its log."""

    def __init__(
        self,
        cmd: Sequence[str],
        *,
        url: str,
        log: Path,
        env: Mapping[str, str] | None = None,
        health: str | None = "/healthz",
        start_timeout: float = 60.0,
    ) -> None:
        self.cmd = list(cmd)
        self.url = url
        self.log = log
        self.env = {**os.environ, **(env or {})}
        self.health = health
        self.start_timeout = start_timeout
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def proc(self) -> subprocess.Popen[bytes]:
        if self._proc is None:
            raise RuntimeError(f"{self.cmd[:3]} not started")
        return self._proc

    @property
    def pid(self) -> int:
        return self.proc.pid

    def start(self) -> ServedProcess:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as out:
            self._proc = subprocess.Popen(self.cmd, env=self.env, stdout=out, stderr=out)
        if self.health is not None and not procs.wait_until(self._answers, self.start_timeout, 0.2):
            self.stop()
            raise RuntimeError(f"{self.url}{self.health} not healthy after {self.start_timeout:.0f}s:\n{self.tail()}")
        return self

    def _answers(self) -> bool:
        if not self.alive():
            raise RuntimeError(f"{self.cmd[:3]} exited with {self.proc.returncode}:\n{self.tail()}")
        try:
            with urllib.request.urlopen(f"{self.url}{self.health}", timeout=2) as response:
                return bool(response.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def cpu_seconds(self) -> float:
        """User + system CPU of the process (all its threads) so far."""
        return procs.cpu_seconds(self.pid)

    def rss_kib(self) -> int:
        return procs.rss_kib(self.pid)

    def logs(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except FileNotFoundError:
            return "(no log)"

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.logs().splitlines()[-lines:])

    def metrics_text(self) -> str:
        """The /metrics page (raises while the server is not up)."""
        with urllib.request.urlopen(f"{self.url}/metrics", timeout=5) as response:
            return str(response.read().decode())

    def metric(self, name: str, **labels: str) -> float:
        """Sum of a metric's samples over the label sets that include `labels` (all of them when none is given;
        raises while the server is not up)."""
        total = 0.0
        for line in self.metrics_text().splitlines():
            match = re.match(rf"^{re.escape(name)}(\{{(.*)\}})? (\S+)$", line)
            if match is None:
                continue
            have = dict(re.findall(r'(\w+)="([^"]*)"', match.group(2) or ""))
            if all(have.get(key) == value for key, value in labels.items()):
                total += float(match.group(3))
        return total

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM (graceful: drain, flush) and wait; SIGKILL after `timeout`. The exit code (None: never started)."""
        if self._proc is None:
            return None
        if self._proc.poll() is None:
            self._proc.send_signal(signal.SIGTERM)
            try:
                return self._proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._proc.kill()
        return self._proc.wait()

    def kill(self) -> None:
        """SIGKILL: a crash, nothing flushed."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(30)

    def __enter__(self) -> ServedProcess:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
