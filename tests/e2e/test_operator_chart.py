"""The operator installed the way users install it: `helm upgrade --install` of charts/eventpipeline-operator, its
image on a real node, under the chart's ServiceAccount and RBAC, in both watch modes; what the RBAC grants is
checked with the API server's own authorization (SubjectAccessReview through `kubectl auth can-i`)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from eventpipeline.infra import operator_release
from eventpipeline.infra.images import archives

from tests.e2e.node_support import Kubectl

pytestmark = pytest.mark.e2e


class Release:
    """One release of the operator chart in its own namespace, with its own kopf peering (so it never pauses or is
    paused by another operator in the cluster); uninstalled, and its namespace deleted, after the test."""

    def __init__(self, kubectl: Kubectl, kubeconfig: Path, namespace: str) -> None:
        self.kubectl, self.kubeconfig, self.namespace = kubectl, kubeconfig, namespace
        self.name = "evp"

    def install(self, **values: Any) -> None:
        operator_release.install(
            self.kubeconfig,
            release=self.name,
            namespace=self.namespace,
            values={"peering": {"name": self.namespace}, **values},
        )

    def uninstall(self) -> None:
        operator_release.uninstall(self.kubeconfig, release=self.name, namespace=self.namespace)
        self.kubectl("delete", "namespace", self.namespace, "--wait=false", check=False)

    def can(self, verb: str, resource: str, namespace: str | None) -> bool:
        sa = f"system:serviceaccount:{self.namespace}:{self.name}-eventpipeline-operator"
        scope = ["-n", namespace] if namespace else ["--all-namespaces"]
        proc = self.kubectl("auth", "can-i", verb, resource, f"--as={sa}", *scope, check=False)
        return proc.stdout.strip() == "yes"


@pytest.fixture
def release(kubectl: Kubectl, kubeconfig: Path) -> Iterator[Release]:
    rel = Release(kubectl, kubeconfig, f"e2e-op-{uuid.uuid4().hex[:8]}")
    yield rel
    rel.uninstall()


def operator_pod(kubectl: Kubectl, namespace: str) -> dict[str, Any]:
    pods = json.loads(kubectl("-n", namespace, "get", "pods", "-o", "json").stdout)["items"]
    assert len(pods) == 1, [p["metadata"]["name"] for p in pods]
    pod: dict[str, Any] = pods[0]
    return pod


def test_namespaced_install_runs_on_the_node_with_only_its_namespaces_rights(
    release: Release, kubectl: Kubectl, namespace: str, wait_for: Callable[..., Any]
) -> None:
    release.install(watch={"mode": "namespaces", "namespaces": [namespace]})
    pod = operator_pod(kubectl, release.namespace)
    assert pod["spec"]["serviceAccountName"] == f"{release.name}-eventpipeline-operator"
    status = pod["status"]["containerStatuses"][0]
    assert status["ready"] is True
    assert status["containerID"].startswith("containerd://")
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    # What it may do where it works, and nothing beyond.
    assert release.can("patch", "eventpipelines.analytics.eventpipeline.dev/status", namespace)
    assert release.can("patch", "deployments.apps", namespace)  # server-side apply is a PATCH
    assert release.can("create", "deployments.apps", namespace)  # ... authorized as create when it creates
    assert release.can("get", "secrets", namespace)
    assert release.can("create", "secrets", namespace)  # generated API keys
    assert not release.can("list", "secrets", namespace)  # reads the Secrets its pipelines name, one by one
    assert not release.can("update", "secrets", namespace)
    assert not release.can("get", "secrets", "kube-system")
    assert not release.can("list", "eventpipelines.analytics.eventpipeline.dev", None)
    assert not release.can("list", "namespaces", None)
    assert not release.can("create", "clusterroles.rbac.authorization.k8s.io", None)

    # kopf works in the watched namespace: it announces itself (identity, last seen) in the peering object there.
    def announced() -> dict[str, Any]:
        found = kubectl("-n", namespace, "get", "kopfpeerings", "-o", "json", check=False).stdout
        items = json.loads(found)["items"] if found else []
        return {k: v for item in items for k, v in (item.get("status") or {}).items()}

    peers = wait_for(announced, timeout=120, what="the operator's entry in the watched namespace's KopfPeering")
    assert len(peers) == 1


def test_cluster_install_runs_on_the_node_with_cluster_wide_rights(
    release: Release, kubectl: Kubectl, namespace: str
) -> None:
    release.install(watch={"mode": "cluster"})
    pod = operator_pod(kubectl, release.namespace)
    assert pod["status"]["containerStatuses"][0]["ready"] is True
    # the pod runs the image set-up built last, and says so: a rebuilt image (same tag) rolls the pod
    built = next(image.image_id for image in archives() if image.name == "operator")
    assert pod["metadata"]["annotations"][operator_release.IMAGE_ID_ANNOTATION] == built
    assert pod["status"]["containerStatuses"][0]["imageID"] == built
    assert release.can("list", "eventpipelines.analytics.eventpipeline.dev", None)
    assert release.can("patch", "deployments.apps", namespace)
    assert release.can("get", "secrets", namespace)
    assert not release.can("list", "secrets", namespace)
    assert not release.can("delete", "namespaces", None)
    assert not release.can("create", "clusterroles.rbac.authorization.k8s.io", None)
