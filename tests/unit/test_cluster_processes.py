"""Control-plane process handling with stand-in programs: verified pids, one-line errors, clean stops."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from eventpipeline.infra import procs
from eventpipeline.infra.cluster import components as c
from eventpipeline.infra.cluster.certs import Pki
from eventpipeline.infra.cluster.control_plane import ControlPlane
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.tools import tools

pytestmark = pytest.mark.unit


@pytest.fixture
def plane(monkeypatch: pytest.MonkeyPatch) -> Iterator[ControlPlane]:
    # Not tmp_path: the pid check compares the process's working dir with this one, and a concurrent pytest session
    # may prune pytest's numbered temp dirs from under a running test.
    root = Path(tempfile.mkdtemp(prefix="ep-cluster-procs-", dir="/var/tmp"))
    monkeypatch.setenv("EVENTPIPELINE_STATE_DIR", str(root))
    yield ControlPlane(tools(), Pki(root / "pki"))
    shutil.rmtree(root, ignore_errors=True)


def why_not_ours(comp: c.Component) -> str:
    """What the pid check saw, for the failure message."""
    pid = procs.read_pid(comp.pidfile)
    if pid is None:
        return f"no pid in {comp.pidfile}"
    try:
        cwd = os.readlink(f"/proc/{pid}/cwd")
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError as exc:
        return f"pid {pid}: {exc}"
    return f"pid {pid}: alive={procs.alive(pid)} cwd={cwd} (want {comp.workdir.resolve()}) cmdline={cmdline!r}"


def _component(name: str, argv: list[str], *, healthy: bool = True, ports: tuple[int, ...] = ()) -> c.Component:
    return c.Component(
        name=name, argv=argv, ports=tuple((c.HOST, p) for p in ports), healthy=lambda: healthy, start_timeout=2
    )


def test_start_is_idempotent_and_stop_ends_the_verified_pid(plane: ControlPlane) -> None:
    comp = _component("sleeper", ["/bin/sleep", "60"])
    plane._start(comp)
    pid = plane.pid(comp)
    assert pid is not None, why_not_ours(comp)
    assert procs.alive(pid)
    plane._start(comp)  # already running: reused, not started twice
    assert plane.pid(comp) == pid
    assert plane._stop(comp) is True
    assert not procs.alive(pid)
    assert plane.pid(comp) is None
    assert plane._stop(comp) is False


def test_a_foreign_pid_in_the_pid_file_is_not_ours(plane: ControlPlane) -> None:
    comp = _component("sleeper", ["/bin/sleep", "60"])
    comp.workdir.mkdir(parents=True)
    comp.pidfile.write_text("1\n")  # init: alive, but not our program in our dir
    assert plane.pid(comp) is None
    assert plane._stop(comp) is False
    assert procs.alive(1)


def test_exit_during_start_names_component_and_log(plane: ControlPlane) -> None:
    comp = _component("quitter", ["/bin/false"], healthy=False)
    with pytest.raises(InfraError) as err:
        plane._start(comp)
    assert str(err.value) == f"quitter: exited during start-up; see {comp.log}"


def test_busy_port_is_reported_before_starting(plane: ControlPlane) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        comp = _component("squatter", ["/bin/sleep", "60"], ports=(port,))
        with pytest.raises(InfraError, match=rf"squatter: port 127.0.0.1:{port} is already in use"):
            plane._start(comp)
    assert not comp.pidfile.exists()


def test_unhealthy_start_times_out_with_the_log(plane: ControlPlane) -> None:
    comp = _component("mute", ["/bin/sleep", "60"], healthy=False)
    try:
        with pytest.raises(InfraError, match=r"mute: not healthy 2s after start; see .*mute\.log"):
            plane._start(comp)
    finally:
        plane._stop(comp)
