"""The real node: our images run as containers under the restricted security context the operator sets and answer
their probes; Services route by name (CoreDNS + kube-proxy); the kubelet restarts a killed container and scales a
Deployment to real containers. Every assertion reads the API server, the node's containerd, or the container."""

from __future__ import annotations

import json
import os
import signal
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from eventpipeline.infra.cluster import node, node_state
from eventpipeline.operator.builders.common import container_security_context, pod_security_context, probes

from tests.e2e.node_support import (
    TAG,
    Kubectl,
    apply,
    container_pid,
    deployment,
    pod_json,
    running_containers,
)

pytestmark = pytest.mark.e2e

TIERS = ("ingest", "consumer", "analytics")


def tier_pod(tier: str) -> dict[str, Any]:
    """A tier's image with the exact security context and probes the operator's Deployments use; its
    dependencies point nowhere, so /healthz must answer while /readyz says not ready."""
    env = {
        "ingest": {"EP_INGEST_KAFKA_BOOTSTRAP": "kafka.nowhere.svc:9092", "EP_INGEST_WRITE_KEYS_FILE": "/keys/keys"},
        "consumer": {
            "EP_CONSUMER_KAFKA_BOOTSTRAP": "kafka.nowhere.svc:9092",
            "EP_CONSUMER_POSTGRES_DSN": "postgresql://u:p@postgres.nowhere.svc:5432/db",
            "EP_CONSUMER_HOST": "0.0.0.0",
            "EP_CONSUMER_PORT": "8080",
        },
        "analytics": {
            "EP_ANALYTICS_POSTGRES_DSN": "postgresql://u:p@postgres.nowhere.svc:5432/db",
            "EP_ANALYTICS_REDIS_URL": "",
            "EP_ANALYTICS_READ_KEYS_FILE": "/keys/keys",
        },
    }[tier]
    container = {
        "name": tier,
        "image": f"ghcr.io/eventpipeline/{tier}:{TAG}",
        "imagePullPolicy": "Never",
        "env": [{"name": k, "value": v} for k, v in env.items()],
        "ports": [{"name": "http", "containerPort": 8080}],
        "securityContext": container_security_context(),
        "volumeMounts": [{"name": "keys", "mountPath": "/keys"}, {"name": "tmp", "mountPath": "/tmp"}],
        **probes(),
    }
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": tier, "labels": {"app": tier}},
        "spec": (
            {
                "securityContext": pod_security_context(),
                "automountServiceAccountToken": False,
                "containers": [container],
                "volumes": [
                    {"name": "keys", "secret": {"secretName": "keys"}},
                    {"name": "tmp", "emptyDir": {}},
                ],
            }
        ),
    }


def test_each_image_runs_restricted_and_answers_its_probes(
    kubectl: Kubectl, namespace: str, wait_for: Callable[..., Any]
) -> None:
    secret = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "keys"},
        "stringData": {"keys": "k-" + uuid.uuid4().hex},
    }
    apply(kubectl, namespace, secret, *(tier_pod(t) for t in TIERS))
    for tier in TIERS:
        # The startup probe passed (/healthz answered) and the container was never restarted.
        def started(tier: str = tier) -> dict[str, Any] | None:
            statuses = (pod_json(kubectl, namespace, tier).get("status") or {}).get("containerStatuses") or []
            return statuses[0] if statuses and statuses[0].get("started") else None

        status = wait_for(started, timeout=180, what=f"{tier}'s startup probe")
        assert status["containerID"].startswith("containerd://")
        assert status["restartCount"] == 0
        probe = (
            "import os, urllib.request, urllib.error\n"
            "print(os.getuid(), os.getgid())\n"
            "print(open('/proc/self/status').read().split('CapEff:')[1].split()[0])\n"
            "try:\n    open('/written-to-root', 'w')\nexcept OSError as e:\n    print(e.errno)\n"
            "for path in ('/healthz', '/readyz'):\n"
            "    try:\n        print(urllib.request.urlopen('http://127.0.0.1:8080' + path).status)\n"
            "    except urllib.error.HTTPError as e:\n        print(e.code)\n"
        )
        out = kubectl("-n", namespace, "exec", tier, "--", "python", "-c", probe).stdout.split("\n")
        assert out[0] == "10001 10001"  # the operator's non-root user
        assert int(out[1], 16) == 0  # no capabilities at all
        assert out[2] == "30"  # EROFS: the root filesystem is read-only
        assert out[3:5] == ["200", "503"]  # alive, and honestly not ready: its dependencies are unreachable


def test_a_pod_reaches_another_through_its_service_name(
    kubectl: Kubectl, namespace: str, wait_for: Callable[..., Any]
) -> None:
    server = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "web", "labels": {"app": "web"}},
        "spec": (
            {
                "securityContext": pod_security_context(),
                "containers": [
                    {
                        "name": "web",
                        "image": f"ghcr.io/eventpipeline/ingest:{TAG}",
                        "imagePullPolicy": "Never",
                        "command": ["python", "-m", "http.server", "8080", "--directory", "/app"],
                        "ports": [{"containerPort": 8080}],
                        "securityContext": container_security_context(),
                        "readinessProbe": {"tcpSocket": {"port": 8080}, "periodSeconds": 1},
                    }
                ],
            }
        ),
    }
    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "web"},
        "spec": {"selector": {"app": "web"}, "ports": [{"port": 80, "targetPort": 8080}]},
    }
    fetch = f"import urllib.request; print(urllib.request.urlopen('http://web.{namespace}.svc.cluster.local').status)"
    client = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "client"},
        "spec": (
            {
                "restartPolicy": "Never",
                "securityContext": pod_security_context(),
                "containers": [
                    {
                        "name": "client",
                        "image": f"ghcr.io/eventpipeline/ingest:{TAG}",
                        "imagePullPolicy": "Never",
                        "command": ["python", "-c", fetch],
                        "securityContext": container_security_context(),
                    }
                ],
            }
        ),
    }
    apply(kubectl, namespace, server, service)
    kubectl("-n", namespace, "wait", "--for=condition=Ready", "pod/web", "--timeout=180s", timeout=200)
    apply(kubectl, namespace, client)

    def finished() -> str | None:
        phase = (pod_json(kubectl, namespace, "client").get("status") or {}).get("phase")
        return phase if phase in ("Succeeded", "Failed") else None

    phase = wait_for(finished, timeout=180, what="the client pod to finish")
    logs = kubectl("-n", namespace, "logs", "client").stdout
    assert (phase, logs.strip()) == ("Succeeded", "200")


def test_a_container_killed_with_sigkill_is_restarted_by_the_kubelet(
    kubectl: Kubectl, namespace: str, wait_for: Callable[..., Any], local_control_plane: bool
) -> None:
    if not local_control_plane:
        pytest.skip("kills the container's process from the host; a kind node's processes live inside Docker")
    apply(kubectl, namespace, deployment("web", 1))
    kubectl("-n", namespace, "rollout", "status", "deployment/web", "--timeout=180s", timeout=200)
    pod = json.loads(kubectl("-n", namespace, "get", "pods", "-l", "app=web", "-o", "json").stdout)["items"][0]
    name, uid = pod["metadata"]["name"], pod["metadata"]["uid"]
    main = container_pid(uid)
    assert main in node_state.pod_pids(node.CGROUP_ROOT, uid)  # how the load test finds a pod's processes
    os.kill(main, signal.SIGKILL)

    def restarted() -> bool:
        statuses = pod_json(kubectl, namespace, name)["status"].get("containerStatuses") or []
        return bool(statuses and statuses[0]["restartCount"] >= 1 and statuses[0].get("state", {}).get("running"))

    wait_for(restarted, timeout=120, what="the kubelet to restart the killed container")
    last = pod_json(kubectl, namespace, name)["status"]["containerStatuses"][0]["lastState"]["terminated"]
    assert last["exitCode"] == 137  # 128 + SIGKILL


def test_a_deployment_scaled_to_three_runs_three_containers(
    kubectl: Kubectl, namespace: str, wait_for: Callable[..., Any], local_control_plane: bool
) -> None:
    apply(kubectl, namespace, deployment("web", 1))
    kubectl("-n", namespace, "scale", "deployment/web", "--replicas=3")
    kubectl("-n", namespace, "rollout", "status", "deployment/web", "--timeout=180s", timeout=200)
    pods = json.loads(kubectl("-n", namespace, "get", "pods", "-l", "app=web", "-o", "json").stdout)["items"]
    ids = {p["status"]["containerStatuses"][0]["containerID"] for p in pods if p["status"].get("containerStatuses")}
    assert len(ids) == 3
    assert all(i.startswith("containerd://") for i in ids)
    if local_control_plane:  # and containerd itself runs three tasks for them (on kind it is out of reach)
        wait_for(lambda: len(running_containers(namespace)) == 3, timeout=60, what="3 running tasks in containerd")
