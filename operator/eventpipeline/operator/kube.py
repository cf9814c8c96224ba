"""The operator's Kubernetes access: a small protocol (so the reconcile can be tested with a fake) and its
implementation over the official client's dynamic client, which does server-side apply (`server_side_apply`:
`application/apply-patch+yaml` with our field manager) and finds each kind's REST path by discovery.

The blocking client calls run in threads; the operator's event loop (kopf's) never waits on the network.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import threading
from pathlib import Path
from typing import Any, Protocol

from eventpipeline.operator.builders.common import FIELD_MANAGER
from kubernetes import client as k8s
from kubernetes import config as k8s_config
from kubernetes.dynamic import DynamicClient, Resource
from kubernetes.dynamic.exceptions import ConflictError, NotFoundError


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
        """Set (or, for None, remove) annotations with a merge patch, leaving everything else of the object alone;
        with `resource_version`, only if the object has not changed since (a conflict raises)."""
        ...


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

    def __init__(
        self, api: k8s.ApiClient, *, timeout_seconds: float = 30.0, discovery_cache: Path | None = None
    ) -> None:
        self._api = api
        self._timeout = timeout_seconds
        self._cache = discovery_cache
        self._dynamic: DynamicClient | None = None
        # Discovery fills (and writes to a file) one shared cache: one thread at a time.
        self._lock = threading.Lock()

    def _resource(self, api_version: str, kind: str) -> tuple[DynamicClient, Resource]:
        with self._lock:
            if self._dynamic is None:  # on first use, in a thread: construction already asks the API server
                self._dynamic = DynamicClient(self._api, cache_file=str(self._cache) if self._cache else None)
            return self._dynamic, self._dynamic.resources.get(api_version=api_version, kind=kind)

    def _get(self, api_version: str, kind: str, namespace: str, name: str) -> dict[str, Any] | None:
        dynamic, resource = self._resource(api_version, kind)
        try:
            found = dynamic.get(
                resource, name=name, namespace=namespace, _request_timeout=self._timeout, serialize=False
            )
        except NotFoundError:
            return None
        return _as_dict(found)

    async def get(self, api_version: str, kind: str, namespace: str, name: str) -> dict[str, Any] | None:
        return await asyncio.to_thread(self._get, api_version, kind, namespace, name)

    def _apply(self, obj: dict[str, Any]) -> dict[str, Any]:
        dynamic, resource = self._resource(obj["apiVersion"], obj["kind"])
        applied = dynamic.server_side_apply(
            resource,
            body=obj,
            field_manager=FIELD_MANAGER,
            force_conflicts=True,
            _request_timeout=self._timeout,
            serialize=False,
        )
        return _as_dict(applied)

    async def apply(self, obj: dict[str, Any]) -> dict[str, Any]:
        return await asyncio.to_thread(self._apply, obj)

    def _create(self, obj: dict[str, Any]) -> bool:
        dynamic, resource = self._resource(obj["apiVersion"], obj["kind"])
        try:
            dynamic.create(
                resource, body=obj, field_manager=FIELD_MANAGER, _request_timeout=self._timeout, serialize=False
            )
        except ConflictError:
            return False
        return True

    async def create(self, obj: dict[str, Any]) -> bool:
        return await asyncio.to_thread(self._create, obj)

    def _list(self, api_version: str, kind: str, namespace: str, label_selector: str) -> list[dict[str, Any]]:
        dynamic, resource = self._resource(api_version, kind)
        found = dynamic.get(
            resource,
            namespace=namespace,
            label_selector=label_selector,
            _request_timeout=self._timeout,
            serialize=False,
        )
        items: list[dict[str, Any]] = _as_dict(found).get("items") or []
        for item in items:  # list items carry no apiVersion/kind
            item.setdefault("apiVersion", api_version)
            item.setdefault("kind", kind)
        return items

    async def list(self, api_version: str, kind: str, namespace: str, label_selector: str) -> list[dict[str, Any]]:
        return await asyncio.to_thread(self._list, api_version, kind, namespace, label_selector)

    def _delete(self, api_version: str, kind: str, namespace: str, name: str) -> bool:
        dynamic, resource = self._resource(api_version, kind)
        try:
            dynamic.delete(
                resource,
                name=name,
                namespace=namespace,
                body={"propagationPolicy": "Background"},
                _request_timeout=self._timeout,
                serialize=False,
            )
        except NotFoundError:
            return False
        return True

    async def delete(self, api_version: str, kind: str, namespace: str, name: str) -> bool:
        return await asyncio.to_thread(self._delete, api_version, kind, namespace, name)

    def _scale(self, namespace: str, name: str, replicas: int) -> None:
        dynamic, deployments = self._resource("apps/v1", "Deployment")
        dynamic.patch(
            deployments.subresources["scale"],
            body={"spec": {"replicas": replicas}},
            name=name,
            namespace=namespace,
            content_type="application/merge-patch+json",
            field_manager=FIELD_MANAGER,
            _request_timeout=self._timeout,
            serialize=False,
        )

    async def scale(self, namespace: str, name: str, replicas: int) -> None:
        await asyncio.to_thread(self._scale, namespace, name, replicas)

    def _annotate(
        self,
        api_version: str,
        kind: str,
        namespace: str,
        name: str,
        values: dict[str, str | None],
        *,
        resource_version: str | None,
    ) -> None:
        dynamic, resource = self._resource(api_version, kind)
        metadata: dict[str, Any] = {"annotations": values}
        if resource_version is not None:
            metadata["resourceVersion"] = resource_version  # a precondition: 409 Conflict when it moved on
        dynamic.patch(
            resource,
            body={"metadata": metadata},
            name=name,
            namespace=namespace,
            content_type="application/merge-patch+json",
            field_manager=FIELD_MANAGER,
            _request_timeout=self._timeout,
            serialize=False,
        )

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
        await asyncio.to_thread(
            lambda: self._annotate(api_version, kind, namespace, name, values, resource_version=resource_version)
        )

    async def read_key(self, kind: str, namespace: str, name: str, key: str) -> str | None:
        found = await self.get("v1", kind, namespace, name)
        if found is None:
            return None
        value = (found.get("data") or {}).get(key)
        if value is None:
            return None
        return base64.b64decode(value).decode() if kind == "Secret" else str(value)


def _as_dict(response: Any) -> dict[str, Any]:
    """The API server's JSON answer as the plain dict the reconcile works with (asked for raw with
    `serialize=False`: the client's ResourceInstance wrapper would only be unwrapped again)."""
    data: bytes = response.data
    value = json.loads(data) if data else {}
    return value if isinstance(value, dict) else {}
