"""Processes and ports of the development machine: start, find and stop server processes by pid (never signalling
a process that is not ours), read what /proc says about a process, pick a free port, wait for a condition.

A pid file alone is not proof: after a killed session the pid may belong to anything. A pid counts as
ours only when the process is alive (not a zombie), its working directory is the service's own dir and
its command line holds the expected program name.

The /proc readers serve the tests and the benchmarks too (psutil is not a dependency).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

PROC: Final = Path("/proc")
TICKS_PER_SECOND: Final = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ProcStat:
    pid: int
    comm: str
    ppid: int
    cpu_ticks: int  # utime + stime of the process (all its threads)
    state: str = "R"  # Z (zombie) and X (dead) are gone for every purpose here
    start_ticks: int = 0  # clock ticks after boot: with the pid, what identifies one process


def parse_stat(text: str) -> ProcStat:
    """One /proc/<pid>/stat line. `comm` may hold spaces and parentheses: split at the LAST ')'."""
    head, _, rest = text.rpartition(")")
    pid_text, _, comm = head.partition(" (")
    fields = rest.split()
    # fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15 (proc(5), 1-based)
    return ProcStat(
        pid=int(pid_text),
        comm=comm,
        ppid=int(fields[1]),
        cpu_ticks=int(fields[11]) + int(fields[12]),
        state=fields[0],
        start_ticks=int(fields[19]),
    )


def read_table(proc: Path = PROC) -> dict[int, ProcStat]:
    """Every process now; those that vanish while being read are skipped."""
    table: dict[int, ProcStat] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = parse_stat((entry / "stat").read_text())
        except (OSError, ValueError, IndexError):
            continue
        table[stat.pid] = stat
    return table


def cpu_seconds(pid: int, proc: Path = PROC) -> float:
    """User + system CPU of one process (all its threads) so far; OSError once it is gone."""
    return parse_stat((proc / str(pid) / "stat").read_text()).cpu_ticks / TICKS_PER_SECOND


def rss_kib(pid: int, proc: Path = PROC) -> int:
    """Resident memory of one process; OSError once it is gone."""
    for line in (proc / str(pid) / "status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0  # a zombie has no VmRSS line


def cmdline(pid: int, proc: Path = PROC) -> list[str]:
    """The process's argv; empty once it is gone (or for a kernel thread)."""
    try:
        raw = (proc / str(pid) / "cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def environ(pid: int, proc: Path = PROC) -> dict[str, str]:
    """The environment the process started with; empty once it is gone (or when it is not ours to read)."""
    try:
        raw = (proc / str(pid) / "environ").read_bytes()
    except OSError:
        return {}
    pairs = (part.decode(errors="replace").partition("=") for part in raw.split(b"\0") if part)
    return {key: value for key, _, value in pairs}


def read_pid(pidfile: Path) -> int | None:
    try:
        return int(pidfile.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _stat(pid: int) -> ProcStat | None:
    """The process's /proc/<pid>/stat, or None when there is no such process."""
    try:
        return parse_stat((PROC / str(pid) / "stat").read_text())
    except (OSError, ValueError, IndexError):
        return None


def alive(pid: int) -> bool:
    """True when the process exists and is not a zombie."""
    stat = _stat(pid)
    return stat is not None and stat.state not in ("Z", "X")


def started_at(pid: int) -> int | None:
    """The process's start time (clock ticks since boot): with the pid, what identifies one process.

    Pids come back quickly (pid_max is 32768 on our machines), so a pid alone may name a newer process by the time
    it is signalled again.
    """
    stat = _stat(pid)
    return stat.start_ticks if stat is not None else None


def is_ours(pid: int, *, workdir: Path, token: str) -> bool:
    """The process runs in `workdir` and its command line mentions `token`."""
    if not alive(pid):
        return False
    try:
        cwd = os.readlink(PROC / str(pid) / "cwd")
    except OSError:
        return False
    return Path(cwd) == workdir.resolve() and token in " ".join(cmdline(pid))


def spawn(
    cmd: Sequence[str],
    *,
    cwd: Path,
    log: Path,
    env: Mapping[str, str] | None = None,
    user: str | None = None,
) -> subprocess.Popen[bytes]:
    """Start a detached server (own session, so a Ctrl-C of the caller does not reach it), output to `log`.

    Returns once the new program's argv is visible in /proc: Popen returns when the exec has closed its error pipe,
    which the kernel does before it sets up the new image's arguments, so a pid check made at once (`is_ours`) could
    read an empty command line.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        proc = subprocess.Popen(
            list(cmd),
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            user=user,
            group=user,
            extra_groups=[] if user else None,
        )
    wait_until(lambda: proc.poll() is not None or cmdline(proc.pid), timeout=5, interval=0.005)
    return proc


def terminate(pid: int, *, sig: signal.Signals = signal.SIGTERM, timeout: float = 30.0) -> None:
    """Signal, wait for the exit, and SIGKILL the process (group) when it does not go in time.

    Only the process that had this pid when called is waited for and killed: once it is gone, a new process that
    got the same pid is left alone.
    """
    identity = started_at(pid)

    def same_process_alive() -> bool:
        _reap(pid)
        return alive(pid) and started_at(pid) == identity

    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)
    deadline = time.monotonic() + timeout
    while same_process_alive():
        if time.monotonic() >= deadline:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            wait_until(lambda: not same_process_alive(), timeout=5, interval=0.1)
            return
        time.sleep(0.1)


def _reap(pid: int) -> None:
    """Collect the exit status when the server is our child (private instances), so no zombie stays."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    """Something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _ephemeral_range() -> tuple[int, int]:
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999


def free_ports(count: int, host: str = "127.0.0.1") -> list[int]:
    """`count` distinct ports nobody listens on right now (for private servers started a moment later).

    Picked below the kernel's ephemeral range: a port that `bind(0)` hands out is also what the next outgoing
    connection of any process may take before our server binds it. Each candidate is held bound until all are
    chosen, so the same port is never returned twice.
    """
    low = 20000
    high = max(low + count * 10, min(_ephemeral_range()[0], 32768)) - 1
    rnd = random.SystemRandom()
    held: list[socket.socket] = []
    try:
        while len(held) < count:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                sock.bind((host, rnd.randint(low, high)))
            except OSError:
                sock.close()
                continue
            held.append(sock)
        return [int(s.getsockname()[1]) for s in held]
    finally:
        for sock in held:
            sock.close()


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (see `free_ports`)."""
    return free_ports(1, host)[0]


def wait_until(check: Callable[[], object], timeout: float, interval: float = 0.25) -> bool:
    """Call `check` until it returns something truthy (True) or `timeout` seconds passed (False). An exception from
    `check` ends the wait at once (a server that exited is not going to come up). The one polling loop: the tests'
    `eventually` builds on it."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)
