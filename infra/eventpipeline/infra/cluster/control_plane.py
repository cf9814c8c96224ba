"""Bring the local cluster up, down, or report it: idempotent, verified pids, nothing half-started.

`up` makes the node's network, starts whatever is not already running in dependency order (control plane, then
the real node: containerd, kubelet, kube-proxy), waits for each to serve, loads the node's images, deploys cluster
DNS and waits for the node and DNS to be Ready. A failure stops
everything again and raises one line naming the component and its log. `down` leaves nothing of the node behind:
no process, mount, cgroup, network namespace, veth or iptables rule.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventpipeline.infra import images, procs
from eventpipeline.infra.cluster import components as c
from eventpipeline.infra.cluster import coredns, node_state
from eventpipeline.infra.cluster import network as net
from eventpipeline.infra.cluster import node as n
from eventpipeline.infra.cluster.certs import CLIENTS, Pki, ensure_pki, kubeconfig_text
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.tools import Tools, installed, tools

NODE_READY_TIMEOUT = 180.0
DNS_READY_TIMEOUT = 180.0


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


def _as_list(items: list[dict[str, Any]]) -> str:
    return json.dumps({"apiVersion": "v1", "kind": "List", "items": items})


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

    def control_plane(self) -> list[c.Component]:
        """In start order; stop goes in reverse."""
        return [
            c.etcd(self.bins),
            c.apiserver(self.bins, self.pki),
            c.controller_manager(self.bins, self.pki),
            c.scheduler(self.bins),
        ]

    def node(self) -> list[c.Component]:
        return [n.containerd(self.bins), n.kubelet(self.bins), n.kube_proxy(self.bins)]

    def components(self) -> list[c.Component]:
        return [*self.control_plane(), *self.node()]

    # --- processes ---------------------------------------------------------------------------

    @staticmethod
    def pid(comp: c.Component) -> int | None:
        pid = procs.read_pid(comp.pidfile)
        if pid is not None and procs.is_ours(pid, workdir=comp.workdir, token=comp.program):
            return pid
        return None

    def _start(self, comp: c.Component) -> None:
        pid = self.pid(comp)
        if pid is None:
            for host, port in comp.ports:
                if procs.port_open(host, port):
                    raise InfraError(comp.name, f"port {host}:{port} is already in use by another process", comp.log)
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

    def ready_nodes(self) -> list[str]:
        nodes = json.loads(self.kubectl("get", "nodes", "-o", "json"))["items"]
        return [
            n["metadata"]["name"]
            for n in nodes
            if any(
                cond.get("type") == "Ready" and cond.get("status") == "True"
                for cond in (n.get("status") or {}).get("conditions") or []
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
        try:
            with _step(
                "node-network", f"netns {net.NETNS}, veth {net.HOST_IF} {net.HOST_IP} <-> {net.NODE_IP}", quiet=quiet
            ):
                net.up()
                node_state.make_cgroups(n.CGROUP_ROOT)
                changed = n.write_configs(self.pki, images.PAUSE_IMAGE)
            for comp in self.control_plane():
                self._start_step(comp, quiet=quiet)
            containerd, kubelet, kube_proxy = self.node()
            for comp in (kube_proxy, kubelet, containerd):
                if n.CONFIG_OF[comp.name] in changed:
                    self._stop(comp)  # started again below with the new config; pods keep running meanwhile
            self._start_step(containerd, quiet=quiet)
            with _step("images", "import the node's images into containerd", quiet=quiet):
                images.load(images.archives(), n.containerd_socket(), say=lambda _: None)
            for comp in (kubelet, kube_proxy):
                self._start_step(comp, quiet=quiet)
            with _step("node", f"wait for {n.NODE_NAME} Ready", quiet=quiet):
                self._wait_ready((n.NODE_NAME,), kubelet.log)
                self._settle_nodes()
            with _step("dns", f"CoreDNS at {net.DNS_SERVICE_IP}, wait until it answers", quiet=quiet):
                dns = _as_list(coredns.manifests(images.COREDNS_IMAGE))
                self.kubectl("apply", "--server-side", "-f", "-", stdin=dns)
                name = f"kubernetes.default.svc.{net.CLUSTER_DOMAIN}"
                if not procs.wait_until(
                    lambda: coredns.resolve(name) == [net.API_SERVICE_IP], timeout=DNS_READY_TIMEOUT, interval=0.5
                ):
                    raise InfraError("dns", f"{name} did not resolve via {net.DNS_SERVICE_IP}", kubelet.log)
        except BaseException:
            self._down(quiet=True)
            raise
        if not quiet:
            print(f"{'cluster':<24} {c.API_URL}  KUBECONFIG={c.kubeconfig_file('admin')}", flush=True)

    def _start_step(self, comp: c.Component, *, quiet: bool) -> None:
        running = self.pid(comp) is not None
        with _step(comp.name, "already running" if running else "start", quiet=quiet):
            self._start(comp)

    def _settle_nodes(self) -> None:
        """This cluster has one node, untainted (the kubelet registers it with no taints). What etcd keeps from an
        older cluster goes: Node objects of any other name (the fake nodes it once had; the scheduler would bind pods
        to them, and the controller-manager's pod GC removes what was), and taints on our node that the kubelet no
        longer declares (the node lifecycle controller's own `node.kubernetes.io/*` taints are its business)."""
        items = json.loads(self.kubectl("get", "nodes", "-o", "json"))["items"]
        others = [o["metadata"]["name"] for o in items if o["metadata"]["name"] != n.NODE_NAME]
        if others:
            self.kubectl("delete", "node", "--wait=false", *others)
        ours = next(o for o in items if o["metadata"]["name"] == n.NODE_NAME)
        stale = [
            f"{t['key']}:{t['effect']}-"
            for t in (ours.get("spec") or {}).get("taints") or []
            if not t["key"].startswith("node.kubernetes.io/")
        ]
        if stale:
            self.kubectl("taint", "node", n.NODE_NAME, *stale)

    def _wait_ready(self, names: tuple[str, ...], log: Path) -> None:
        if not procs.wait_until(lambda: set(names) <= set(self.ready_nodes()), timeout=NODE_READY_TIMEOUT, interval=1):
            raise InfraError(names[0], f"not Ready {NODE_READY_TIMEOUT:.0f}s after start", log)

    def down(self, *, quiet: bool = False) -> None:
        with self._locked():
            self._down(quiet=quiet)

    def _down(self, *, quiet: bool) -> None:
        containerd, kubelet, kube_proxy = self.node()
        for comp in (kube_proxy, kubelet):
            self._stop_step(comp, quiet=quiet)
        # kubelet no longer restarts containers: end them, their shims, then containerd.
        node_state.kill_cgroup_processes(n.CGROUP_ROOT)
        node_state.kill_shims(n.containerd_socket())
        self._stop_step(containerd, quiet=quiet)
        for comp in reversed(self.control_plane()):
            self._stop_step(comp, quiet=quiet)
        mounted = node_state.unmount_under(n.node_dir())
        left = node_state.remove_cgroups(n.CGROUP_ROOT)
        net.down()
        if mounted or left:
            raise InfraError(
                "node", f"left behind: mounts {[str(m) for m in mounted]}, cgroups {[str(g) for g in left]}"
            )

    def _stop_step(self, comp: c.Component, *, quiet: bool) -> None:
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
