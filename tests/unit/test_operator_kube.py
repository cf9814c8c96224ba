"""The KubeClient's HTTP requests, recorded by a loopback HTTP server that also answers the dynamic client's
discovery: server-side apply with our field manager and force, create-only POST, scale subresource, 404 as None,
Secret values decoded."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
from eventpipeline.operator.kube import ApiServerClient
from kubernetes import client

pytestmark = pytest.mark.unit

Seen = list[tuple[str, str, str, Any]]


def _resources(group_version: str, *names: tuple[str, str]) -> dict[str, Any]:
    """An APIResourceList: (plural, kind) pairs; a plural with a `/` is a subresource."""
    return {
        "kind": "APIResourceList",
        "groupVersion": group_version,
        "resources": [
            {"name": name, "kind": kind, "namespaced": True, "singularName": "", "verbs": ["get", "patch"]}
            for name, kind in names
        ],
    }


def _group(name: str) -> dict[str, Any]:
    version = {"groupVersion": f"{name}/v1", "version": "v1"}
    return {"name": name, "versions": [version], "preferredVersion": version}


DISCOVERY = {
    "/version": {"major": "1", "minor": "36", "gitVersion": "v1.36.3"},
    "/apis": {"kind": "APIGroupList", "groups": [_group("apps"), _group("policy")]},
    "/api/v1": _resources("v1", ("configmaps", "ConfigMap"), ("secrets", "Secret")),
    "/apis/apps/v1": _resources("apps/v1", ("deployments", "Deployment"), ("deployments/scale", "Scale")),
    "/apis/policy/v1": _resources("policy/v1", ("poddisruptionbudgets", "PodDisruptionBudget")),
}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[ApiServerClient, Seen]]:
    seen: Seen = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            code = 200
            if self.path in DISCOVERY:
                out = json.dumps(DISCOVERY[self.path])
            else:
                seen.append((self.command, self.path, str(self.headers.get("Content-Type")), body))
                code = 404 if "missing" in self.path else 409 if "exists" in str(body) else 200
                out = json.dumps({"metadata": {"name": "x", "resourceVersion": "5"}, "data": {"dsn": "cG9zdGdyZXM="}})
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out.encode())

        do_GET = do_PATCH = do_POST = do_DELETE = _answer

        def log_message(self, *args: Any) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    cfg = client.Configuration()
    cfg.host = f"http://127.0.0.1:{httpd.server_port}"
    yield ApiServerClient(client.ApiClient(cfg), discovery_cache=tmp_path / "discovery.json"), seen
    httpd.shutdown()
    thread.join()


async def test_apply_is_server_side_apply_with_our_manager(server: tuple[ApiServerClient, Seen]) -> None:
    kube, seen = server
    obj = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "namespace": "ns"}, "spec": {}}
    result = await kube.apply(obj)
    assert result["metadata"]["resourceVersion"] == "5"
    assert seen == [
        (
            "PATCH",
            "/apis/apps/v1/namespaces/ns/deployments/d?fieldManager=eventpipeline-operator&force=true",
            "application/apply-patch+yaml",
            obj,
        )
    ]


async def test_scale_goes_through_the_subresource(server: tuple[ApiServerClient, Seen]) -> None:
    kube, seen = server
    await kube.scale("ns", "d", 3)
    (method, path, content_type, body) = seen[0]
    assert (method, path.split("?")[0], content_type, body) == (
        "PATCH",
        "/apis/apps/v1/namespaces/ns/deployments/d/scale",
        "application/merge-patch+json",
        {"spec": {"replicas": 3}},
    )


async def test_get_missing_is_none_and_create_conflict_is_false(server: tuple[ApiServerClient, Seen]) -> None:
    kube, seen = server
    assert await kube.get("v1", "ConfigMap", "ns", "missing") is None
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "exists", "namespace": "ns"}}
    assert await kube.create(secret) is False
    assert seen[1][:2] == ("POST", "/api/v1/namespaces/ns/secrets?fieldManager=eventpipeline-operator")


async def test_secret_values_are_decoded_and_lists_filtered(server: tuple[ApiServerClient, Seen]) -> None:
    kube, seen = server
    assert await kube.read_key("Secret", "ns", "pg", "dsn") == "postgres"
    assert await kube.read_key("Secret", "ns", "pg", "other") is None
    await kube.list("policy/v1", "PodDisruptionBudget", "ns", "a=b,c=d")
    assert seen[-1][1] == "/apis/policy/v1/namespaces/ns/poddisruptionbudgets?labelSelector=a%3Db%2Cc%3Dd"


async def test_delete_propagates_in_the_background_and_missing_is_false(server: tuple[ApiServerClient, Seen]) -> None:
    kube, seen = server
    assert await kube.delete("apps/v1", "Deployment", "ns", "d") is True
    assert await kube.delete("apps/v1", "Deployment", "ns", "missing") is False
    assert seen[0] == (
        "DELETE",
        "/apis/apps/v1/namespaces/ns/deployments/d",
        "application/json",
        {"propagationPolicy": "Background"},
    )
