"""Start, find and stop server processes by pid, without ever signalling a process that is not ours.

A pid file alone is not proof: after a killed session the pid may belong to anything. A pid counts as
ours only when the process is alive (not a zombie), its working directory is the service's own dir and
its command line holds the expected program name.
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
from pathlib import Path


def read_pid(pidfile: Path) -> int | None:
    try:
        return int(pidfile.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _stat(pid: int) -> list[str] | None:
    """/proc/<pid>/stat fields after the command name (state first), or None when there is no such process."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()
    except OSError:
        return None


def alive(pid: int) -> bool:
    """True when the process exists and is not a zombie."""
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def started_at(pid: int) -> int | None:
    """The process's start time (clock ticks since boot): with the pid, what identifies one process.

    Pids come back quickly (pid_max is 32768 on our machines), so a pid alone may name a newer process by the time
    it is signalled again.
    """
    fields = _stat(pid)
    return int(fields[19]) if fields is not None else None


def is_ours(pid: int, *, workdir: Path, token: str) -> bool:
    """The process runs in `workdir` and its command line mentions `token`."""
    if not alive(pid):
        return False
    try:
        cwd = os.readlink(f"/proc/{pid}/cwd")
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return Path(cwd) == workdir.resolve() and token in cmdline


def spawn(
    cmd: Sequence[str],
    *,
    cwd: Path,
    log: Path,
    env: Mapping[str, str] | None = None,
    user: str | None = None,
) -> subprocess.Popen[bytes]:
    """Start a detached server (own session, so a Ctrl-C of the caller does not reach it), output to `log`."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        return subprocess.Popen(
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


def wait_until(check: Callable[[], bool], *, timeout: float, interval: float = 0.25) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)
