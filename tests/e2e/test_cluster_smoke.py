"""The test cluster is a real one: a Deployment gets a ReplicaSet, scheduled pods and Ready status,
and the EventPipeline CRD is served and enforces its schema."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from eventpipeline.infra import images
from eventpipeline.infra.cluster import node
from kubernetes import client

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
CRD = REPO / "crds" / "eventpipelines.analytics.eventpipeline.dev.yaml"
CRD_NAME = "eventpipelines.analytics.eventpipeline.dev"
Kubectl = Callable[..., subprocess.CompletedProcess[str]]
MINIMAL = REPO / "examples" / "minimal.yaml"
INVALID_DIR = REPO / "tests" / "data" / "invalid"
# An invalid manifest may name the field the API server must report: `# field: spec.kafka.partitions`.
FIELD_HINT = re.compile(r"^#\s*(?:expect(?:ed)?[-_ ]?)?field:\s*(\S+)", re.MULTILINE | re.IGNORECASE)


def _deployment(name: str, replicas: int, image: str) -> dict[str, Any]:
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
                "spec": {"containers": [{"name": "main", "image": image, "imagePullPolicy": "IfNotPresent"}]},
            },
        },
    }


def test_deployment_gets_ready_pods(
    k8s_api: client.ApiClient,
    kubectl: Kubectl,
    namespace: str,
    wait_for: Callable[..., Any],
    local_control_plane: bool,
) -> None:
    # The pause image: the local node holds ours (nothing can be pulled here), a kind node its own.
    image = images.PAUSE_IMAGE if local_control_plane else "registry.k8s.io/pause:3.10"
    kubectl("apply", "-n", namespace, "-f", "-", input=json.dumps(_deployment("smoke", 2, image)))
    apps, core = client.AppsV1Api(k8s_api), client.CoreV1Api(k8s_api)

    def ready_pods() -> list[client.V1Pod]:
        pods = core.list_namespaced_pod(namespace, label_selector="app=smoke").items
        ready = [
            p
            for p in pods
            if p.status
            and p.status.phase == "Running"
            and any(c.type == "Ready" and c.status == "True" for c in p.status.conditions or [])
        ]
        return ready if len(ready) == 2 else []

    pods = wait_for(ready_pods, timeout=180, what="2 Ready pods of deployment smoke")
    assert all(p.spec.node_name for p in pods)
    if local_control_plane:
        assert {p.spec.node_name for p in pods} == {node.NODE_NAME}  # the real node, real containers
        assert all((p.status.container_statuses or [])[0].container_id.startswith("containerd://") for p in pods)
        # Owned through a ReplicaSet the controller-manager created.
        owners = {ref.kind for p in pods for ref in p.metadata.owner_references}
        assert owners == {"ReplicaSet"}

    def ready_replicas() -> int | None:
        status = apps.read_namespaced_deployment("smoke", namespace).status
        return status.ready_replicas if status and status.ready_replicas == 2 else None

    assert wait_for(ready_replicas, timeout=120, what="deployment smoke readyReplicas=2") == 2


def _install_crd(kubectl: Kubectl, wait_for: Callable[..., Any]) -> None:
    kubectl("apply", "--server-side", "--force-conflicts", "-f", str(CRD))

    def established() -> bool:
        out = kubectl("get", "crd", CRD_NAME, "-o", "json").stdout
        conds = (json.loads(out).get("status") or {}).get("conditions") or []
        return any(c["type"] == "Established" and c["status"] == "True" for c in conds)

    wait_for(established, timeout=60, what=f"CRD {CRD_NAME} Established")


def test_crd_established_and_minimal_example_accepted(
    kubectl: Kubectl, namespace: str, wait_for: Callable[..., Any]
) -> None:
    _install_crd(kubectl, wait_for)
    kubectl("apply", "-n", namespace, "-f", str(MINIMAL))
    got = json.loads(kubectl("get", "eventpipeline", "demo", "-n", namespace, "-o", "json").stdout)
    assert got["spec"]["kafka"]["bootstrapServers"] == "kafka.kafka.svc:9092"
    assert got["metadata"]["generation"] == 1


@pytest.mark.parametrize("manifest", sorted(INVALID_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_invalid_manifest_rejected_naming_the_field(
    manifest: Path, kubectl: Kubectl, namespace: str, wait_for: Callable[..., Any]
) -> None:
    _install_crd(kubectl, wait_for)
    proc = kubectl("apply", "-n", namespace, "-f", str(manifest), check=False)
    assert proc.returncode != 0, f"{manifest.name} was accepted: {proc.stdout}"
    # The API server (not a client-side check) refused it: an Invalid (422) or strict-decoding BadRequest (400).
    assert "Error from server" in proc.stderr or " is invalid: " in proc.stderr, proc.stderr
    hint = FIELD_HINT.search(manifest.read_text())
    expected = hint.group(1) if hint else "spec."
    assert expected in proc.stderr, f"{manifest.name}: error does not name {expected!r}: {proc.stderr}"
