"""What a node leaves on the host besides its processes, made and removed here: the pods' cgroups (one tree,
`/eventpipeline` in every cgroup v1 controller), the containers' processes and shims, and the mounts kubelet and
containerd make (all below the node's state dir, pods' network namespaces included). `clear()` is what
`cluster down` runs after kubelet stopped; afterwards nothing of the node is left mounted, running or in a cgroup.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

from eventpipeline.infra import procs

CGROUP_FS = Path("/sys/fs/cgroup")


def _controllers() -> list[Path]:
    """Every cgroup v1 hierarchy mounted here (named ones like name=systemd included; the v2 one left out)."""
    found = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        before, _, after = line.partition(" - ")
        if after.split(" ", 1)[0] == "cgroup":
            found.append(Path(before.split()[4]))
    return sorted(found)


def cgroup_roots(name: str) -> list[Path]:
    return [controller / name.strip("/") for controller in _controllers()]


def make_cgroups(name: str) -> None:
    """The pods' cgroup root in every controller (kubelet requires it to exist). A new cpuset cgroup starts with
    no CPUs and no memory nodes, so it gets its parent's."""
    for root in cgroup_roots(name):
        root.mkdir(exist_ok=True)
        if (root / "cpuset.cpus").exists():
            for key in ("cpuset.cpus", "cpuset.mems"):
                if not (root / key).read_text().strip():
                    (root / key).write_text((root.parent / key).read_text())


def _walk_bottom_up(root: Path) -> Iterator[Path]:
    for dirpath, _, _ in sorted(os.walk(root), key=lambda entry: -len(entry[0])):
        yield Path(dirpath)


def cgroup_pids(name: str) -> set[int]:
    pids: set[int] = set()
    for root in cgroup_roots(name):
        for group in _walk_bottom_up(root) if root.exists() else []:
            with contextlib.suppress(OSError):
                pids.update(int(p) for p in (group / "cgroup.procs").read_text().split())
    return pids


def kill_cgroup_processes(name: str) -> None:
    """SIGKILL every process in the pods' cgroups (containers that kubelet no longer stops) until none is left."""

    def gone() -> bool:
        for pid in cgroup_pids(name):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        return not cgroup_pids(name)

    procs.wait_until(gone, timeout=30, interval=0.2)


def remove_cgroups(name: str) -> list[Path]:
    """rmdir the pods' cgroup trees, deepest first; returns what could not be removed."""
    left = []
    for root in cgroup_roots(name):
        for group in _walk_bottom_up(root) if root.exists() else []:
            try:
                group.rmdir()
            except OSError:
                left.append(group)
    return left


def kill_shims(socket: Path) -> None:
    """The containerd shims of this containerd (they outlive it by design), by the address on their command line."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if cmdline and cmdline[0].endswith(b"containerd-shim-runc-v2") and str(socket).encode() in cmdline:
            procs.terminate(int(proc.name), sig=signal.SIGKILL, timeout=10)


def mounts_under(path: Path) -> list[Path]:
    """Mount points at or below `path`, deepest first."""
    prefix = str(path.resolve())
    points = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        point = line.split()[4].replace("\\040", " ")
        if point == prefix or point.startswith(prefix + "/"):
            points.append(Path(point))
    return sorted(set(points), key=lambda p: -len(p.parts))


def unmount_under(path: Path) -> list[Path]:
    """Unmount everything at or below `path`; returns what is still mounted."""
    for point in mounts_under(path):
        subprocess.run(["umount", "--lazy", str(point)], capture_output=True, check=False)
    return mounts_under(path)


def pod_pids(name: str, pod_uid: str) -> list[int]:
    """The processes of one pod (its containers'), from its cgroup below the pods' root: what a load test samples."""
    found: set[int] = set()
    for root in cgroup_roots(name):
        if root.parent.name != "pids" or not root.exists():
            continue
        for dirpath, dirnames, _ in os.walk(root):
            if Path(dirpath).name == f"pod{pod_uid}":
                for group in _walk_bottom_up(Path(dirpath)):
                    with contextlib.suppress(OSError):
                        found.update(int(p) for p in (group / "cgroup.procs").read_text().split())
                dirnames.clear()
    return sorted(found)
