"""An in-memory API server for the reconcile's unit tests: objects by (kind, namespace, name), server-side apply
that bumps resourceVersion only on a real change, Secrets read as the operator reads them."""

from __future__ import annotations

import base64
import copy
import itertools
from typing import Any


class FakeKube:
    """Stores objects; bumps resourceVersion only when the applied content changes; Deployments are ready at once."""

    def __init__(self) -> None:
        self.objects: dict[tuple[str, str, str], dict[str, Any]] = {}
        self._rv = itertools.count(1)
        self.writes = 0

    def _bump(self, obj: dict[str, Any]) -> None:
        obj["metadata"]["resourceVersion"] = str(next(self._rv))
        self.writes += 1

    async def get(self, api_version: str, kind: str, namespace: str, name: str) -> dict[str, Any] | None:
        found = self.objects.get((kind, namespace, name))
        return copy.deepcopy(found) if found else None

    @staticmethod
    def _content(obj: dict[str, Any]) -> dict[str, Any]:
        """What an apply can change: not the status, the bookkeeping, nor spec.replicas (not ours)."""
        out = copy.deepcopy(obj)
        out.pop("status", None)
        for key in ("resourceVersion", "generation"):
            out["metadata"].pop(key, None)
        out.get("spec", {}).pop("replicas", None)
        return out

    async def apply(self, obj: dict[str, Any]) -> dict[str, Any]:
        key = (obj["kind"], obj["metadata"]["namespace"], obj["metadata"]["name"])
        old = self.objects.get(key)
        if old is not None and self._content(old) == self._content(obj):
            return copy.deepcopy(old)
        new = copy.deepcopy(obj)
        if old is not None and "replicas" in old.get("spec", {}):
            new["spec"]["replicas"] = old["spec"]["replicas"]  # not in our apply: SSA leaves it alone
        if obj["kind"] == "Deployment":
            new["spec"].setdefault("replicas", 1)
            new["metadata"]["generation"] = 1
            replicas = new["spec"]["replicas"]
            new["status"] = {
                "observedGeneration": 1,
                "replicas": replicas,
                "updatedReplicas": replicas,
                "readyReplicas": replicas,
            }
        self._bump(new)
        self.objects[key] = new
        return copy.deepcopy(new)

    async def create(self, obj: dict[str, Any]) -> bool:
        key = (obj["kind"], obj["metadata"]["namespace"], obj["metadata"]["name"])
        if key in self.objects:
            return False
        new = copy.deepcopy(obj)
        if "stringData" in new:
            new["data"] = {k: base64.b64encode(v.encode()).decode() for k, v in new.pop("stringData").items()}
        self._bump(new)
        self.objects[key] = new
        return True

    async def list(self, api_version: str, kind: str, namespace: str, label_selector: str) -> list[dict[str, Any]]:
        wanted = dict(part.split("=") for part in label_selector.split(","))
        return [
            copy.deepcopy(o)
            for (k, ns, _), o in self.objects.items()
            if k == kind and ns == namespace and wanted.items() <= o["metadata"].get("labels", {}).items()
        ]

    async def delete(self, api_version: str, kind: str, namespace: str, name: str) -> bool:
        return self.objects.pop((kind, namespace, name), None) is not None

    async def scale(self, namespace: str, name: str, replicas: int) -> None:
        obj = self.objects[("Deployment", namespace, name)]
        obj["spec"]["replicas"] = replicas
        obj["status"].update(replicas=replicas, updatedReplicas=replicas, readyReplicas=replicas)
        self._bump(obj)

    async def read_key(self, kind: str, namespace: str, name: str, key: str) -> str | None:
        obj = self.objects.get((kind, namespace, name))
        if obj is None or key not in (obj.get("data") or {}):
            return None
        value = obj["data"][key]
        return base64.b64decode(value).decode() if kind == "Secret" else str(value)

    async def annotate(
        self,
        api_version: str,
        kind: str,
        namespace: str,
        name: str,
        values: dict[str, str | None],
        *,
        resource_version: str | None = None,
    ) -> None:
        obj = self.objects[(kind, namespace, name)]
        if resource_version is not None and resource_version != obj["metadata"].get("resourceVersion"):
            raise RuntimeError(f"409 Conflict: {kind} {name} changed since {resource_version}")
        annotations = obj["metadata"].setdefault("annotations", {})
        for key, value in values.items():
            if value is None:
                annotations.pop(key, None)
            else:
                annotations[key] = value
        self._bump(obj)

    def versions(self) -> dict[tuple[str, str, str], str]:
        return {k: o["metadata"]["resourceVersion"] for k, o in self.objects.items()}
