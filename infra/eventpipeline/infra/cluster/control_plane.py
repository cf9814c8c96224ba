"""Bring the local control plane up, down, or report it: idempotent, verified pids, nothing half-started.

`up` starts whatever is not already running in dependency order, waits for each to serve, creates the
fake nodes and waits for one to be Ready. A failure stops the whole control plane again and raises one
line naming the component and its log.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from eventpipeline.infra import procs
from eventpipeline.infra.cluster import components as c
from eventpipeline.infra.cluster.certs import CLIENTS, Pki, ensure_pki, kubeconfig_text
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.tools import Tools, installed, tools

FAKE_NODES = ("kwok-node-0", "kwok-node-1")
NODE_READY_TIMEOUT = 180.0


@contextmanager
def _step(component: str, what: str, *, quiet: bool) -> Iterator[None]:
    start = time.monotonic()
    if not quiet:
        print(f"{component:<24} {what} ...", end="", flush=True)
    try:
        yield
    except BaseException:
        if not quiet:
            print(" FAILED", flush=True)
        raise
    if not quiet:
        print(f" ok ({time.monotonic() - start:.1f}s)", flush=True)


@dataclass(frozen=True)
class ControlPlane:
    bins: Tools
    pki: Pki

    @classmethod
    def prepare(cls) -> ControlPlane:
        """Find the binaries set-up built (never builds), create (once) the PKI and kubeconfigs."""
        bins = installed()
        pki = ensure_pki(c.cluster_dir() / "pki")
        for user in CLIENTS:
            path = c.kubeconfig_file(user)
            text = kubeconfig_text(pki, server=c.API_URL, user=user)
            if not path.exists() or path.read_text() != text:
                path.write_text(text)
                path.chmod(0o600)
        return cls(bins, pki)

    @classmethod
    def existing(cls) -> ControlPlane:
        """The control plane as it is on disk, building nothing: for `down` and `status`."""
        return cls(tools(), Pki(c.cluster_dir() / "pki"))

    def components(self) -> list[c.Component]:
        """In start order; stop goes in reverse."""
        return [
            c.etcd(self.bins),
            c.apiserver(self.bins, self.pki),
            c.controller_manager(self.bins, self.pki),
            c.scheduler(self.bins),
            c.kwok(self.bins),
        ]

    # --- processes ---------------------------------------------------------------------------

    @staticmethod
    def pid(comp: c.Component) -> int | None:
        pid = procs.read_pid(comp.pidfile)
        if pid is not None and procs.is_ours(pid, workdir=comp.workdir, token=comp.token):
            return pid
        return None

    def _start(self, comp: c.Component) -> None:
        pid = self.pid(comp)
        if pid is None:
            for port in comp.ports:
                if procs.port_open(c.HOST, port):
                    raise InfraError(comp.name, f"port {c.HOST}:{port} is already in use by another process", comp.log)
            comp.workdir.mkdir(parents=True, exist_ok=True)
            try:
                proc = procs.spawn(comp.argv, cwd=comp.workdir, log=comp.log)
            except OSError as exc:
                raise InfraError(comp.name, f"cannot start ({exc})", comp.log) from exc
            pid = proc.pid
            comp.pidfile.write_text(f"{pid}\n")
        procs.wait_until(lambda: not procs.alive(pid) or comp.healthy(), timeout=comp.start_timeout, interval=0.5)
        if not procs.alive(pid):
            raise InfraError(comp.name, "exited during start-up", comp.log)
        if not comp.healthy():
            raise InfraError(comp.name, f"not healthy {comp.start_timeout:.0f}s after start", comp.log)

    def _stop(self, comp: c.Component) -> bool:
        pid = self.pid(comp)
        if pid is not None:
            procs.terminate(pid)
        comp.pidfile.unlink(missing_ok=True)
        return pid is not None

    # --- API objects -------------------------------------------------------------------------

    def kubectl(self, *args: str, stdin: str | None = None) -> str:
        proc = subprocess.run(
            [str(self.bins.kubectl), f"--kubeconfig={c.kubeconfig_file('admin')}", *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if proc.returncode != 0:
            raise InfraError("kubectl", f"`kubectl {' '.join(args)}` failed: {proc.stderr.strip()[-300:]}")
        return proc.stdout

    def _create_nodes(self) -> None:
        items = [
            {
                "apiVersion": "v1",
                "kind": "Node",
                "metadata": {
                    "name": name,
                    "annotations": {c.FAKE_NODE_ANNOTATION: "fake", "node.alpha.kubernetes.io/ttl": "0"},
                    "labels": {"kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "type": "kwok"},
                },
            }
            for name in FAKE_NODES
        ]
        self.kubectl("apply", "-f", "-", stdin=json.dumps({"apiVersion": "v1", "kind": "List", "items": items}))

    def ready_nodes(self) -> list[str]:
        nodes = json.loads(self.kubectl("get", "nodes", "-o", "json"))["items"]
        return [
            n["metadata"]["name"]
            for n in nodes
            if any(
                cond.get("type") == "Ready" and cond.get("status") == "True"
                for cond in n.get("status", {}).get("conditions", [])
            )
        ]

    # --- commands ----------------------------------------------------------------------------

    def up(self, *, quiet: bool = False) -> None:
        """Start what is missing. A file lock serialises concurrent callers (parallel test sessions)."""
        with self._locked():
            self._up(quiet=quiet)

    @staticmethod
    @contextmanager
    def _locked() -> Iterator[None]:
        lock = c.cluster_dir() / "up.lock"
        lock.parent.mkdir(parents=True, exist_ok=True)
        with lock.open("w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            yield

    def _up(self, *, quiet: bool) -> None:
        comps = self.components()
        try:
            for comp in comps:
                running = self.pid(comp) is not None
                with _step(comp.name, "already running" if running else "start", quiet=quiet):
                    self._start(comp)
            with _step("nodes", f"create {len(FAKE_NODES)} kwok nodes, wait for Ready", quiet=quiet):
                self._create_nodes()
                if not procs.wait_until(lambda: bool(self.ready_nodes()), timeout=NODE_READY_TIMEOUT, interval=1):
                    kwok_log = comps[-1].log
                    raise InfraError("kwok", f"no node Ready {NODE_READY_TIMEOUT:.0f}s after creation", kwok_log)
        except BaseException:
            self._down(quiet=True)
            raise
        if not quiet:
            print(f"{'cluster':<24} {c.API_URL}  KUBECONFIG={c.kubeconfig_file('admin')}", flush=True)

    def down(self, *, quiet: bool = False) -> None:
        with self._locked():
            self._down(quiet=quiet)

    def _down(self, *, quiet: bool) -> None:
        for comp in reversed(self.components()):
            stopped = self._stop(comp)
            if not quiet:
                print(f"{comp.name:<24} {'stopped' if stopped else 'not running'}", flush=True)

    def serving(self) -> bool:
        """Every component runs (verified pid) and answers its probe."""
        return all(self.pid(comp) is not None and comp.healthy() for comp in self.components())

    def status(self) -> bool:
        """Print one line per component; True when every one runs and serves."""
        ok = True
        for comp in self.components():
            pid = self.pid(comp)
            serving = pid is not None and comp.healthy()
            ok = ok and serving
            state = f"running pid {pid}, {'healthy' if serving else 'NOT healthy'}" if pid else "stopped"
            print(f"{comp.name:<24} {state}  (log {comp.log})", flush=True)
        if ok:
            print(f"{'nodes':<24} ready: {', '.join(self.ready_nodes()) or 'none'}", flush=True)
        return ok
