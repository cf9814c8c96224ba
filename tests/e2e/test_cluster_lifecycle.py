"""`cluster down` leaves nothing of the node behind (no process, mount, cgroup, network namespace, veth or host
iptables rule) even with pods running, and `cluster up` brings the node and those pods back, and leaves the cluster
with its one node."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from eventpipeline.infra.cluster import network as net
from eventpipeline.infra.cluster import node, node_state
from eventpipeline.infra.cluster.control_plane import ControlPlane

from tests.e2e.node_support import Kubectl, apply, deployment

pytestmark = pytest.mark.e2e


def cluster(command: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "eventpipeline.infra.cluster", command, "--quiet"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def host_rules() -> str:
    """The host's iptables and ip6tables rules (every table), counters left out."""
    out = []
    for tool in ("iptables-save", "ip6tables-save"):
        text = subprocess.run([tool], capture_output=True, text=True, check=True).stdout
        out += [line for line in text.splitlines() if not line.startswith(("#", ":"))]
    return "\n".join(out)


def node_processes() -> list[str]:
    """Command lines of anything the node ran: containerd, its shims, kubelet, kube-proxy, container processes."""
    found = []
    marks = (b"containerd", b"kubelet", b"kube-proxy", str(node.node_dir()).encode())
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if any(mark in cmdline for mark in marks):
            found.append(cmdline.replace(b"\0", b" ").decode(errors="replace"))
    return found + [f"pid {pid} in the pods' cgroups" for pid in node_state.cgroup_pids(node.CGROUP_ROOT)]


def links() -> list[str]:
    text = subprocess.run(["ip", "-o", "link", "show"], capture_output=True, text=True, check=True).stdout
    return [line.split(":")[1].strip() for line in text.splitlines() if "ep-" in line or "veth" in line]


def test_down_leaves_nothing_behind_and_up_brings_the_node_back(
    kubectl: Kubectl, namespace: str, wait_for: Callable[..., Any], local_control_plane: bool
) -> None:
    if not local_control_plane:
        pytest.skip("stops and starts the local cluster; kind clusters are made and deleted by kind")
    # `up` on a running cluster keeps every component running (same pids): nothing it rewrites stops them
    plane = ControlPlane.existing()
    running = {comp.name: plane.pid(comp) for comp in plane.components()}
    assert None not in running.values(), running
    cluster("up")
    assert {comp.name: plane.pid(comp) for comp in plane.components()} == running

    apply(kubectl, namespace, deployment("web", 2))
    kubectl("-n", namespace, "rollout", "status", "deployment/web", "--timeout=180s", timeout=200)
    # what an older cluster leaves in etcd, which `up` removes: a Node object no kubelet backs (its fake nodes)
    # and a taint on our node that the kubelet does not declare
    stale = f"stale-{namespace}"
    kubectl("create", "-f", "-", input=json.dumps({"apiVersion": "v1", "kind": "Node", "metadata": {"name": stale}}))
    kubectl("taint", "node", node.NODE_NAME, f"{stale}=true:NoSchedule")
    rules = host_rules()
    assert net.NETNS_PATH.exists()
    assert node_state.mounts_under(node.node_dir())  # pods are running: there is something to clean up

    cluster("down")
    assert node_state.mounts_under(node.node_dir()) == []
    assert node_processes() == []
    assert not any(root.exists() for root in node_state.cgroup_roots(node.CGROUP_ROOT))
    assert not net.NETNS_PATH.exists()
    assert net.NETNS not in subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, check=True).stdout
    assert links() == []
    assert host_rules() == rules

    cluster("up")
    assert kubectl("get", "nodes", "-o", "name").stdout.split() == [f"node/{node.NODE_NAME}"]
    taints = json.loads(kubectl("get", "node", node.NODE_NAME, "-o", "json").stdout)["spec"].get("taints") or []
    assert [t for t in taints if not t["key"].startswith("node.kubernetes.io/")] == []

    def web_running() -> bool:
        pods = json.loads(kubectl("-n", namespace, "get", "pods", "-l", "app=web", "-o", "json").stdout)["items"]
        return len(pods) == 2 and all(p["status"].get("phase") == "Running" for p in pods)

    wait_for(web_running, timeout=240, what="the Deployment's pods running again after up")
