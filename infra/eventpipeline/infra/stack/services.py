"""The two long-running processes `make up` owns: the operator and the workload runner.

Each has a dir under `state_dir()/stack/`, a pid file and a log; a pid counts as ours only when the process runs
in that dir with the expected module on its command line (eventpipeline.infra.procs), so `up` reuses what runs and
`down` never signals a stranger.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from eventpipeline.infra import procs
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.paths import state_dir


def stack_dir() -> Path:
    return state_dir() / "stack"


@dataclass(frozen=True)
class Managed:
    name: str
    module: str
    argv: tuple[str, ...]
    env: dict[str, str]

    @property
    def workdir(self) -> Path:
        return stack_dir() / self.name

    @property
    def pidfile(self) -> Path:
        return self.workdir / "pid"

    @property
    def log(self) -> Path:
        return stack_dir() / "logs" / f"{self.name}.log"

    def pid(self) -> int | None:
        pid = procs.read_pid(self.pidfile)
        if pid is not None and procs.is_ours(pid, workdir=self.workdir, token=self.module):
            return pid
        return None

    def start(self) -> tuple[int, bool]:
        """(pid, started now); an already running process is reused."""
        pid = self.pid()
        if pid is not None:
            return pid, False
        self.workdir.mkdir(parents=True, exist_ok=True)
        try:
            proc = procs.spawn(
                [sys.executable, "-m", self.module, *self.argv], cwd=self.workdir, log=self.log, env=self.env
            )
        except OSError as exc:
            raise InfraError(self.name, f"cannot start ({exc})", self.log) from exc
        self.pidfile.write_text(f"{proc.pid}\n")
        return proc.pid, True

    def stop(self, timeout: float = 60) -> bool:
        pid = self.pid()
        if pid is not None:
            procs.terminate(pid, timeout=timeout)
        self.pidfile.unlink(missing_ok=True)
        return pid is not None

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log yet)"
