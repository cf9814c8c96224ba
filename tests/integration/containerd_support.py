"""A private containerd for image tests (own root, state and socket under /var/tmp, CRI plugin off), so a test
never touches a node's, and `ctr` helpers to run the images in it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from eventpipeline.infra.cluster.node import containerd_answers
from eventpipeline.infra.images import ImageArchive
from eventpipeline.infra.images.containerd import NAMESPACE
from eventpipeline.infra.images.rootfs import remove_tree
from eventpipeline.infra.procs import spawn, terminate

from tests.support import eventually

CONFIG = """\
version = 2
root = "{root}/root"
state = "{root}/state"
disabled_plugins = ["io.containerd.grpc.v1.cri"]
[grpc]
  address = "{root}/containerd.sock"
[ttrpc]
  address = "{root}/containerd.sock.ttrpc"
[debug]
  address = ""
[metrics]
  address = ""
"""


@contextmanager
def private_containerd() -> Iterator[Path]:
    """Start a containerd of its own; yields its socket. Everything it made is removed afterwards."""
    if shutil.which("containerd") is None or shutil.which("ctr") is None:
        pytest.fail("containerd is not installed (run `make setup`)", pytrace=False)
    # Outside pytest's tmp_path (concurrent sessions may prune it), short enough for a socket path.
    root = Path(tempfile.mkdtemp(prefix="ep-ctrd-", dir="/var/tmp"))
    (root / "config.toml").write_text(CONFIG.format(root=root))
    proc = spawn(["containerd", "--config", str(root / "config.toml")], cwd=root, log=root / "containerd.log")
    address = root / "containerd.sock"
    try:
        eventually(lambda: containerd_answers(address), timeout=60)
        yield address
    finally:
        terminate(proc.pid)
        remove_tree(root)


def ctr(containerd: Path, *args: str, check: bool = True, timeout: float = 120) -> str:
    cmd = ["ctr", "--address", str(containerd), "--namespace", NAMESPACE, *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    assert proc.returncode == 0 or not check, f"{' '.join(cmd)} -> {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def task_status(containerd: Path, name: str) -> str | None:
    """`RUNNING`, `STOPPED`, ... of a task (`ctr task ls`: TASK PID STATUS), None when there is none."""
    rows = [line.split() for line in ctr(containerd, "task", "ls").splitlines()[1:]]
    return next((row[2] for row in rows if len(row) == 3 and row[0] == name), None)


def task_pid(containerd: Path, name: str) -> int:
    rows = [line.split() for line in ctr(containerd, "task", "ls").splitlines()[1:]]
    return next(int(row[1]) for row in rows if len(row) == 3 and row[0] == name)


def run(containerd: Path, image: ImageArchive, *argv: str) -> str:
    """`ctr run` the image (its user, env and config; root file system read-only; no_new_privs, as a pod with
    `allowPrivilegeEscalation: false`), output of `argv`."""
    return ctr(containerd, "run", "--rm", "--read-only", image.ref, f"t-{uuid.uuid4().hex[:12]}", *argv)


def bind(src: Path, dst: str, *, read_only: bool = False) -> list[str]:
    """`ctr run` arguments that mount `src` at `dst`."""
    return ["--mount", f"type=bind,src={src},dst={dst},options=rbind:{'ro' if read_only else 'rw'}"]


@contextmanager
def detached(containerd: Path, name: str, *run_args: str) -> Iterator[str]:
    """`ctr run -d ... NAME ...` (run_args: options, the image, the name's place is given by the caller), killed
    and deleted afterwards; yields the name."""
    ctr(containerd, "run", "-d", *run_args)
    try:
        yield name
    finally:
        ctr(containerd, "task", "kill", "-s", "SIGKILL", name, check=False)
        eventually(lambda: task_status(containerd, name) != "RUNNING", timeout=30)
        ctr(containerd, "task", "delete", name, check=False)
        ctr(containerd, "container", "delete", name, check=False)


def exec_in(containerd: Path, name: str, *argv: str, check: bool = True) -> str:
    """Run `argv` in the running container `name` (its user, namespaces and mounts)."""
    return ctr(containerd, "task", "exec", "--exec-id", f"x-{uuid.uuid4().hex[:10]}", name, *argv, check=check)


def succeeds(containerd: Path, name: str, *argv: str) -> bool:
    """Whether `argv` exits 0 in the running container `name` (a probe)."""
    cmd = ["ctr", "--address", str(containerd), "--namespace", NAMESPACE, "task", "exec"]
    cmd += ["--exec-id", f"p-{uuid.uuid4().hex[:10]}", name, *argv]
    return subprocess.run(cmd, capture_output=True, timeout=60, check=False).returncode == 0
