"""Helpers of the real-node e2e tests: apply objects, read pods, pin pods to the real node, and ask the node
itself (containerd, /proc) what runs."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventpipeline.infra.cluster import node
from eventpipeline.operator.builders.common import container_security_context, pod_security_context

Kubectl = Callable[..., subprocess.CompletedProcess[str]]
TAG = "0.1.0"


def apply(kubectl: Kubectl, namespace: str, *objects: dict[str, Any]) -> None:
    doc = json.dumps({"apiVersion": "v1", "kind": "List", "items": list(objects)})
    kubectl("-n", namespace, "apply", "-f", "-", input=doc)


def pod_json(kubectl: Kubectl, namespace: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(kubectl("-n", namespace, "get", "pod", name, "-o", "json").stdout)
    return found


def deployment(name: str, replicas: int) -> dict[str, Any]:
    labels = {"app": name}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": (
                    {
                        "securityContext": pod_security_context(),
                        "containers": [
                            {
                                "name": "web",
                                "image": f"ghcr.io/eventpipeline/ingest:{TAG}",
                                "imagePullPolicy": "Never",
                                "command": ["python", "-m", "http.server", "8080", "--directory", "/app"],
                                "securityContext": container_security_context(),
                            }
                        ],
                    }
                ),
            },
        },
    }


def running_containers(namespace: str) -> list[str]:
    """Names of the containers containerd runs for this namespace's pods (asked of containerd, not the API)."""
    proc = subprocess.run(
        ["ctr", f"--address={node.containerd_socket()}", "-n", "k8s.io", "containers", "ls", "-q"],
        capture_output=True,
        text=True,
        check=True,
    )
    names = []
    for cid in proc.stdout.split():
        info = subprocess.run(
            ["ctr", f"--address={node.containerd_socket()}", "-n", "k8s.io", "containers", "info", cid],
            capture_output=True,
            text=True,
            check=False,
        )
        if info.returncode != 0:
            continue
        labels = json.loads(info.stdout).get("Labels") or {}
        if labels.get("io.kubernetes.pod.namespace") == namespace and labels.get("io.kubernetes.container.name"):
            task = subprocess.run(
                ["ctr", f"--address={node.containerd_socket()}", "-n", "k8s.io", "tasks", "ps", cid],
                capture_output=True,
                text=True,
                check=False,
            )
            if task.returncode == 0:
                names.append(labels["io.kubernetes.pod.name"])
    return names


def container_pid(pod_uid: str) -> int:
    """The main process of a pod's app container, found on the host by the pod's cgroup."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cgroups = (proc / "cgroup").read_text()
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if pod_uid in cgroups and b"http.server" in cmdline:
            return int(proc.name)
    raise AssertionError(f"no process of pod {pod_uid} on this host")
