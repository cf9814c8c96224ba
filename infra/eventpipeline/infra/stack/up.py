"""`make up` / `make down`: the whole stack on the local cluster's real node, installed the way users install it.

`up`: the cluster (control plane + real node, images imported), the development dependencies' chart (Kafka,
PostgreSQL primary + replica, S3; data kept under the state dir), the operator's chart (its own namespace, its
RBAC), the DSN Secrets examples/minimal.yaml names, the example itself, then waits until it is Ready and prints
where ingest and analytics answer, a write and a read key and two curl commands. Every step is idempotent and prints
one line; a failure names the component and its log. `down` stops the cluster (every pod with it), keeping the
cluster's objects and the servers' data, so the next `up` brings the same pipeline back.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml
from eventpipeline.infra import devdeps, operator_release
from eventpipeline.infra.cluster import kubeconfig_path
from eventpipeline.infra.cluster.control_plane import ControlPlane
from eventpipeline.infra.devdeps import ClusterAddresses
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.kubectl import kubectl
from eventpipeline.infra.paths import REPO_ROOT

NAMESPACE: Final = "default"
MANIFEST: Final = REPO_ROOT / "examples" / "minimal.yaml"
READY_TIMEOUT: Final = 300.0
PLURAL: Final = "eventpipelines"
# Below what a busy pod uses, on purpose: the node is this
# machine's 2 cores, shared with the development servers and the e2e suite, which runs its own pipelines and a
# second development release next to a running `make up`. Requests sized to use (300m/150m/100m were tried) left the
# suite Pending and did not make the load test pass either (docs/benchmarks.md).
LOCAL_TIER_CPU: Final = {"ingest": "100m", "consumer": "100m", "analytics": "100m"}


@contextmanager
def step(component: str, what: str) -> Iterator[None]:
    """One progress line per step: `component  what ... ok (1.2s)`."""
    start = time.monotonic()
    print(f"{component:<12} {what} ...", end="", flush=True)
    try:
        yield
    except BaseException:
        print(" FAILED", flush=True)
        raise
    print(f" ok ({time.monotonic() - start:.1f}s)", flush=True)


def local_manifest(servers: ClusterAddresses, path: Path = MANIFEST) -> tuple[dict[str, Any], dict[str, str]]:
    """The example pointed at the development servers, and the DSN Secrets it needs (name -> DSN).

    Three changes only: `spec.kafka.bootstrapServers` is the development Kafka's Service; when the example lists no
    replica, the development streaming replica is added through a `<primary-secret>-replica` Secret, so analytics
    reads a replica as it would in production; and each tier requests LOCAL_TIER_CPU instead of the default 250m,
    so the example leaves room on the 2-core node for the e2e suite (see LOCAL_TIER_CPU). No CPU limit: a tier still
    uses what is free.
    """
    doc: dict[str, Any] = yaml.safe_load(path.read_text())
    spec = doc["spec"]
    spec["kafka"].pop("bootstrapServersFrom", None)
    spec["kafka"]["bootstrapServers"] = servers.kafka_bootstrap
    postgres = spec["postgres"]
    primary = postgres["primary"]["name"]
    secrets = {primary: servers.postgres_primary_dsn}
    if not postgres.get("replicas"):
        postgres["replicas"] = [{"name": f"{primary}-replica"}]
    for replica in postgres["replicas"]:
        secrets[replica["name"]] = servers.postgres_replica_dsn
    for tier, cpu in LOCAL_TIER_CPU.items():
        spec.setdefault(tier, {}).setdefault(
            "resources", {"requests": {"cpu": cpu, "memory": "256Mi"}, "limits": {"memory": "512Mi"}}
        )
    return doc, secrets


def secret_manifest(name: str, namespace: str, dsn: str, key: str = "dsn") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": name, "namespace": namespace, "labels": {"app.kubernetes.io/part-of": "eventpipeline"}},
        "type": "Opaque",
        "data": {key: base64.b64encode(dsn.encode()).decode()},
    }


def conditions_line(obj: dict[str, Any]) -> str:
    status = obj.get("status") or {}
    parts = [
        f"{c['type']}={c['status']}({c.get('reason', '')})"
        for c in status.get("conditions") or []
        if c.get("type") in ("Ready", "Progressing", "Degraded")
    ]
    return " ".join(parts) or "no status yet"


def is_ready(obj: dict[str, Any]) -> bool:
    status = obj.get("status") or {}
    generation = (obj.get("metadata") or {}).get("generation")
    ready = {c["type"]: c for c in status.get("conditions") or []}.get("Ready") or {}
    return ready.get("status") == "True" and status.get("observedGeneration") == generation


@dataclass
class Stack:
    namespace: str = NAMESPACE

    def up(self) -> None:
        print("cluster      control plane + real node (containerd, kubelet, kube-proxy, CoreDNS), images:", flush=True)
        ControlPlane.prepare().up()
        kubeconfig = kubeconfig_path()
        with step("devdeps", f"helm {devdeps.RELEASE}: Kafka, PostgreSQL primary + replica, S3 (data kept)"):
            devdeps.install(kubeconfig, data_dir=devdeps.local_data_dir())
        with step("operator", f"helm {operator_release.RELEASE} in {operator_release.NAMESPACE}, its RBAC"):
            operator_release.install(kubeconfig)
        doc, secrets = local_manifest(devdeps.cluster_addresses(kubeconfig))
        name = doc["metadata"]["name"]
        with step("secrets", f"DSN Secrets {', '.join(secrets)} -> the development PostgreSQL"):
            items = [secret_manifest(n, self.namespace, dsn) for n, dsn in secrets.items()]
            kubectl("apply", "-f", "-", stdin=json.dumps({"apiVersion": "v1", "kind": "List", "items": items}))
        with step("pipeline", f"apply {MANIFEST.relative_to(REPO_ROOT)} as {self.namespace}/{name}"):
            kubectl("apply", "--namespace", self.namespace, "-f", "-", stdin=json.dumps(doc))
        self._wait_ready(name)
        self._print_summary(name)

    def _wait_ready(self, name: str) -> None:
        print(f"{'pipeline':<12} waiting for Ready on real pods (conditions as they change):", flush=True)
        last = ""
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            obj = json.loads(kubectl("get", PLURAL, name, "-n", self.namespace, "-o", "json"))
            line = conditions_line(obj)
            if line != last:
                print(f"{'':<12}   {line}", flush=True)
                last = line
            if is_ready(obj):
                return
            if time.monotonic() >= deadline:
                logs = f"kubectl -n {operator_release.NAMESPACE} logs deploy/{operator_release.RELEASE}"
                raise InfraError("pipeline", f"not Ready {READY_TIMEOUT:.0f}s after apply: {line} (see `{logs}`)")
            time.sleep(2)

    def first_key(self, secret: str) -> str:
        data = json.loads(kubectl("get", "secret", secret, "-n", self.namespace, "-o", "json"))["data"]
        for value in data.values():
            for line in base64.b64decode(value).decode().splitlines():
                if line.strip():
                    return line.strip()
        raise InfraError("keys", f"Secret {secret} holds no key")

    def url(self, service: str) -> str:
        """A Service by ClusterIP: this machine routes Service addresses into the node (docs/cluster.md)."""
        spec = json.loads(kubectl("get", "service", service, "-n", self.namespace, "-o", "json"))["spec"]
        return f"http://{spec['clusterIP']}:{spec['ports'][0]['port']}"

    def _print_summary(self, name: str) -> None:
        write, read = self.first_key(f"{name}-write-keys"), self.first_key(f"{name}-read-keys")
        ingest, analytics = self.url(f"{name}-ingest"), self.url(f"{name}-analytics")
        event = '{"event": "Signed Up", "userId": "u-1", "properties": {"plan": "pro"}}'
        print(
            f"""
EventPipeline {self.namespace}/{name} is Ready; its tiers run as pods on the local node (kubectl get pods).
  ingest     {ingest}      (Service {name}-ingest; this machine routes to Service addresses)
  analytics  {analytics}      (Service {name}-analytics)
  write key  {write}
  read key   {read}
  KUBECONFIG={kubeconfig_path()}

Send an event (the Segment HTTP Tracking API, docs/ingest.md):
  curl -sS -X POST {ingest}/v1/track -u '{write}:' -H 'Content-Type: application/json' \\
       -d '{event}'
Read the summary (the last hour; answers are cached for 10 s):
  curl -sS -G {analytics}/v1/metrics/summary -H 'Authorization: Bearer {read}' \\
       --data-urlencode "from=$(date -u -d '-1 hour' +%FT%TZ)" --data-urlencode "to=$(date -u -d '+1 min' +%FT%TZ)"
""",
            flush=True,
        )

    def down(self) -> None:
        print("cluster      stop everything (objects in etcd and the servers' data are kept):", flush=True)
        ControlPlane.existing().down()

    def status(self) -> bool:
        if not ControlPlane.existing().status():
            return False
        doc = yaml.safe_load(MANIFEST.read_text())
        obj = json.loads(kubectl("get", PLURAL, doc["metadata"]["name"], "-n", self.namespace, "-o", "json"))
        print(f"{'pipeline':<24} {conditions_line(obj)}", flush=True)
        return is_ready(obj)
