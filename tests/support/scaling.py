"""What the autoscaler's glue (operator/scaling.py) needs of the API server, in memory: Deployments with a scale
subresource and Pods to list. The unit tests of the glue and its integration test with the real Kafka share it."""

from __future__ import annotations

from typing import Any


class Kube:
    """Deployments with a scale subresource, Pods to list, nothing else."""

    def __init__(self) -> None:
        self.deployments: dict[str, dict[str, Any]] = {}
        self.pods: list[dict[str, Any]] = []
        self.selectors: list[str] = []
        self.refuse_scale = False

    def deployment(self, name: str, replicas: int, ready: int) -> None:
        self.deployments[name] = {"spec": {"replicas": replicas}, "status": {"readyReplicas": ready}}

    async def get(self, api_version: str, kind: str, namespace: str, name: str) -> dict[str, Any] | None:
        assert (api_version, kind) == ("apps/v1", "Deployment")
        return self.deployments.get(name)

    async def list(self, api_version: str, kind: str, namespace: str, label_selector: str) -> list[dict[str, Any]]:
        self.selectors.append(label_selector)
        return self.pods

    async def scale(self, namespace: str, name: str, replicas: int) -> None:
        if self.refuse_scale:
            raise PermissionError("deployments/scale is forbidden")
        self.deployments[name]["spec"]["replicas"] = replicas

    async def read_key(self, kind: str, namespace: str, name: str, key: str) -> str | None:
        return None
