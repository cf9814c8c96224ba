"""The operator's Kubernetes access: a small protocol (so the reconcile can be tested with a fake) and its
implementation over the official client's `ApiClient.call_api` (server-side apply needs a raw PATCH with
content type `application/apply-patch+yaml`, which the typed API methods don't offer).

The blocking client calls run in threads; the operator's event loop (kopf's) never waits on the network.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
from typing import Any, Final, Protocol

from eventpipeline.operator.builders.common import FIELD_MANAGER
from kubernetes import client as k8s
from kubernetes import config as k8s_config
from kubernetes.client.exceptions import ApiException

PLURALS: Final = {
    "Deployment": "deployments",
    "Service": "services",
    "ConfigMap": "configmaps",
    "Secret": "secrets",
    "ServiceAccount": "serviceaccounts",
    "PodDisruptionBudget": "poddisruptionbudgets",
    "NetworkPolicy": "networkpolicies",
    "Pod": "pods",
}


class KubeClient(Protocol):
    """What the reconcile needs from the API server, and nothing more."""

    async def get(self, api_version: str, kind: str, namespace: str, name: str) -> dict[str, Any] | None: ...

    async def apply(self, obj: dict[str, Any]) -> dict[str, Any]:
        """Server-side apply under our field manager, forcing conflicts (we own what we declare)."""
        ...

    async def create(self, obj: dict[str, Any]) -> bool:
        """Create only; False when the object already exists."""
        ...

    async def list(self, api_version: str, kind: str, namespace: str, label_selector: str) -> list[dict[str, Any]]: ...

    async def delete(self, api_version: str, kind: str, namespace: str, name: str) -> bool: ...

    async def scale(self, namespace: str, name: str, replicas: int) -> None:
        """Set a Deployment's replicas through its scale subresource."""
        ...

    async def read_key(self, kind: str, namespace: str, name: str, key: str) -> str | None:
        """One value of a Secret (decoded) or ConfigMap; None when the object or key is missing."""
        ...


def object_path(api_version: str, kind: str, namespace: str, name: str | None = None) -> str:
    """REST path of a namespaced object (or its collection)."""
    base = f"/api/{api_version}" if "/" not in api_version else f"/apis/{api_version}"
    path = f"{base}/namespaces/{namespace}/{PLURALS[kind]}"
    return f"{path}/{name}" if name else path


def load_config() -> k8s.ApiClient:
    """In a pod: the service account; elsewhere: $KUBECONFIG or ~/.kube/config."""
    configuration = k8s.Configuration()
    try:
        k8s_config.load_incluster_config(client_configuration=configuration)  # type: ignore[no-untyped-call]
    except k8s_config.ConfigException:
        # $KUBECONFIG read now: the client's default is fixed at its import (KopfRunner tests set it later).
        k8s_config.load_kube_config(  # type: ignore[no-untyped-call]
            config_file=os.environ.get("KUBECONFIG"), client_configuration=configuration
        )
    return k8s.ApiClient(configuration)


class ApiServerClient:
    """KubeClient over a real API server."""

    def __init__(self, api: k8s.ApiClient, *, timeout_s: float = 30.0) -> None:
        self._api = api
        self._timeout = timeout_s

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        query: list[tuple[str, Any]] | None = None,
        content_type: str = "application/json",
    ) -> dict[str, Any]:
        request = self._api.param_serialize(
            method,
            path,
            query_params=query or [],
            header_params={"Accept": "application/json", "Content-Type": content_type},
            body=body,
            auth_settings=["BearerToken"],
        )
        response = self._api.call_api(*request, _request_timeout=self._timeout)
        data: bytes = response.read()  # type: ignore[no-untyped-call]
        if not 200 <= response.status <= 299:
            raise ApiException.from_response(http_resp=response, body=data.decode(errors="replace"), data=None)
        parsed = json.loads(data) if data else {}
        return parsed if isinstance(parsed, dict) else {}

    async def _run(self, method: str, path: str, **kwargs: Any) -> dict[str, Any] | None:
        """Call in a thread; None on 404."""
        try:
            return await asyncio.to_thread(self._call, method, path, **kwargs)
        except ApiException as exc:
            if exc.status == 404:
                return None
            raise

    async def get(self, api_version: str, kind: str, namespace: str, name: str) -> dict[str, Any] | None:
        return await self._run("GET", object_path(api_version, kind, namespace, name))

    async def apply(self, obj: dict[str, Any]) -> dict[str, Any]:
        meta = obj["metadata"]
        path = object_path(obj["apiVersion"], obj["kind"], meta["namespace"], meta["name"])
        result = await self._run(
            "PATCH",
            path,
            # The client sends a dict as JSON, which is YAML: the apply-patch content type accepts it.
            body=obj,
            query=[("fieldManager", FIELD_MANAGER), ("force", "true")],
            content_type="application/apply-patch+yaml",
        )
        if result is None:  # the namespace is gone
            raise ApiException(status=404, reason=f"apply {obj['kind']} {meta['name']}: not found")
        return result

    async def create(self, obj: dict[str, Any]) -> bool:
        meta = obj["metadata"]
        try:
            await self._run(
                "POST",
                object_path(obj["apiVersion"], obj["kind"], meta["namespace"]),
                body=obj,
                query=[("fieldManager", FIELD_MANAGER)],
            )
        except ApiException as exc:
            if exc.status == 409:
                return False
            raise
        return True

    async def list(self, api_version: str, kind: str, namespace: str, label_selector: str) -> list[dict[str, Any]]:
        found = await self._run(
            "GET", object_path(api_version, kind, namespace), query=[("labelSelector", label_selector)]
        )
        items: list[dict[str, Any]] = (found or {}).get("items") or []
        for item in items:  # list items carry no apiVersion/kind
            item.setdefault("apiVersion", api_version)
            item.setdefault("kind", kind)
        return items

    async def delete(self, api_version: str, kind: str, namespace: str, name: str) -> bool:
        result = await self._run(
            "DELETE", object_path(api_version, kind, namespace, name), body={"propagationPolicy": "Background"}
        )
        return result is not None

    async def scale(self, namespace: str, name: str, replicas: int) -> None:
        path = object_path("apps/v1", "Deployment", namespace, name) + "/scale"
        await self._run(
            "PATCH",
            path,
            body={"spec": {"replicas": replicas}},
            query=[("fieldManager", FIELD_MANAGER)],
            content_type="application/merge-patch+json",
        )

    async def read_key(self, kind: str, namespace: str, name: str, key: str) -> str | None:
        found = await self.get("v1", kind, namespace, name)
        if found is None:
            return None
        value = (found.get("data") or {}).get(key)
        if value is None:
            return None
        return base64.b64decode(value).decode() if kind == "Secret" else str(value)
