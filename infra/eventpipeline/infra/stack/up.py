"""`make up` / `make down`: infrastructure, control plane, CRD, operator, examples/minimal.yaml, the workloads.

Every step is idempotent (a second `up` reuses what runs and re-applies what is declarative), prints one progress
line, and a failure names the component and its log. `down` stops runner, operator, control plane and infra, in that
order, and keeps every data dir.
"""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml
from eventpipeline.infra import procs
from eventpipeline.infra.cluster import kubeconfig_path
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.endpoints import load as load_endpoints
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.kubectl import kubectl
from eventpipeline.infra.paths import REPO_ROOT
from eventpipeline.infra.procs import wait_until
from eventpipeline.infra.stack.services import Managed, stack_dir
from eventpipeline.infra.stack.supervisor import http_ok

NAMESPACE: Final = "default"
MANIFEST: Final = REPO_ROOT / "examples" / "minimal.yaml"
INGEST_PORT: Final = 18080
ANALYTICS_PORT: Final = 18081
OPERATOR_HEALTH_PORT: Final = 18070
OPERATOR_METRICS_PORT: Final = 18071
READY_TIMEOUT: Final = 300.0
SERVE_TIMEOUT: Final = 180.0
GROUP, VERSION, PLURAL = "analytics.eventpipeline.dev", "v1alpha1", "eventpipelines"


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


def run_logged(component: str, argv: list[str], log: Path, timeout: float = 3600) -> None:
    """Run a sub-command with its output in `log`; a failure names the component and the log."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        proc = subprocess.run(argv, stdout=out, stderr=subprocess.STDOUT, timeout=timeout, check=False)
    if proc.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-5:])
        raise InfraError(component, f"`{' '.join(argv[1:])}` exited with {proc.returncode}:\n{tail}\n", log)


def operator_process(namespace: str = NAMESPACE) -> Managed:
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "KUBECONFIG": str(kubeconfig_path()),
        "EP_OPERATOR_NAMESPACES": namespace,
        "EP_OPERATOR_STANDALONE": "true",
        "EP_OPERATOR_HEALTH_HOST": "127.0.0.1",
        "EP_OPERATOR_HEALTH_PORT": str(OPERATOR_HEALTH_PORT),
        "EP_OPERATOR_METRICS_PORT": str(OPERATOR_METRICS_PORT),
        "EP_OPERATOR_RETRY_DELAY_SECONDS": "3",
        "PYTHONUNBUFFERED": "1",
    }
    return Managed("operator", "eventpipeline.operator", (), env)


def runner_process(pipeline: str, namespace: str = NAMESPACE, endpoints: Endpoints | None = None) -> Managed:
    """The runner; the local servers are passed explicitly so that it needs no settings of its own."""
    servers = (
        () if endpoints is None else (f"--redis-url={endpoints.redis_url}", f"--kafka={endpoints.kafka_bootstrap}")
    )
    argv = (
        *servers,
        f"--kubeconfig={kubeconfig_path()}",
        f"--namespace={namespace}",
        f"--state-dir={stack_dir() / 'runner'}",
        f"--port={pipeline}-ingest={INGEST_PORT}",
        f"--port={pipeline}-analytics={ANALYTICS_PORT}",
    )
    return Managed("runner", "eventpipeline.infra.stack.runner", argv, {"PATH": "/usr/local/bin:/usr/bin:/bin"})


def local_manifest(endpoints: Endpoints, path: Path = MANIFEST) -> tuple[dict[str, Any], dict[str, str]]:
    """The example pointed at this machine's servers, and the DSN Secrets it needs (name -> DSN).

    Two changes only, both documented in docs/stack.md: `spec.kafka.bootstrapServers` is the local Kafka (the
    operator, running here, must reach it), and when the example lists no replica, the local streaming replica is
    added through a `<primary-secret>-replica` Secret, so analytics reads a replica as it would in production.
    """
    doc: dict[str, Any] = yaml.safe_load(path.read_text())
    spec = doc["spec"]
    spec["kafka"].pop("bootstrapServersFrom", None)
    spec["kafka"]["bootstrapServers"] = endpoints.kafka_bootstrap
    postgres = spec["postgres"]
    primary = postgres["primary"]["name"]
    secrets = {primary: endpoints.postgres_primary_dsn}
    if not postgres.get("replicas"):
        postgres["replicas"] = [{"name": f"{primary}-replica"}]
    for replica in postgres["replicas"]:
        secrets[replica["name"]] = endpoints.postgres_replica_dsn
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

    def logs(self) -> Path:
        return stack_dir() / "logs"

    def up(self) -> None:
        python = sys.executable
        with step("infra", "Kafka, PostgreSQL primary+replica, Redis, S3"):
            run_logged("infra", [python, "-m", "eventpipeline.infra", "up"], self.logs() / "infra-up.log")
        endpoints = load_endpoints()
        with step("cluster", "etcd, kube-apiserver, controller-manager, scheduler, kwok"):
            run_logged("cluster", [python, "-m", "eventpipeline.infra.cluster", "up"], self.logs() / "cluster-up.log")
        with step("crd", "apply crds/ and wait for Established"):
            for path in sorted((REPO_ROOT / "crds").glob("*.yaml")):
                kubectl("apply", "--server-side", "--force-conflicts", "-f", str(path))
            kubectl("wait", "--for=condition=Established", "--timeout=60s", f"crd/{PLURAL}.{GROUP}")
        operator = operator_process(self.namespace)
        reuse = " (already running: reused)" if operator.pid() else ""
        with step("operator", f"python -m eventpipeline.operator (namespace {self.namespace}){reuse}"):
            pid, _ = operator.start()

            def healthy() -> bool:
                if not procs.alive(pid):
                    raise InfraError("operator", "exited during start-up", operator.log)
                return procs.port_open("127.0.0.1", OPERATOR_HEALTH_PORT)

            if not wait_until(healthy, 60, 0.5):
                raise InfraError("operator", "no /healthz 60s after start", operator.log)
        doc, secrets = local_manifest(endpoints)
        name = doc["metadata"]["name"]
        with step("secrets", f"DSN Secrets {', '.join(secrets)} -> local PostgreSQL"):
            items = [secret_manifest(n, self.namespace, dsn) for n, dsn in secrets.items()]
            kubectl("apply", "-f", "-", stdin=json.dumps({"apiVersion": "v1", "kind": "List", "items": items}))
        with step("pipeline", f"apply {MANIFEST.relative_to(REPO_ROOT)} as {self.namespace}/{name}"):
            kubectl("apply", "--namespace", self.namespace, "-f", "-", stdin=json.dumps(doc))
        self._wait_ready(name, operator)
        runner = runner_process(name, self.namespace, endpoints)
        reuse = " (already running: reused)" if runner.pid() else ""
        with step("runner", f"workloads as local processes, following the Deployments{reuse}"):
            runner.start()
        with step("serve", f"ingest :{INGEST_PORT} and analytics :{ANALYTICS_PORT} answer /readyz"):
            self._wait_serving(runner)
        self._print_summary(name)

    def _wait_ready(self, name: str, operator: Managed) -> None:
        print(f"{'pipeline':<12} waiting for Ready (conditions as they change):", flush=True)
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
            if operator.pid() is None:
                raise InfraError("operator", "exited while reconciling", operator.log)
            if time.monotonic() >= deadline:
                print(f"--- operator log tail ({operator.log}):\n{operator.log_tail()}", file=sys.stderr)
                raise InfraError("pipeline", f"not Ready {READY_TIMEOUT:.0f}s after apply: {line}", operator.log)
            time.sleep(2)

    def _wait_serving(self, runner: Managed) -> None:
        def serving() -> bool:
            if runner.pid() is None:
                raise InfraError("runner", "exited", runner.log)
            return all(asyncio.run(http_ok(port, "/readyz")) for port in (INGEST_PORT, ANALYTICS_PORT))

        if not wait_until(serving, SERVE_TIMEOUT, 1.0):
            state = stack_dir() / "runner" / "runner.json"
            raise InfraError(
                "runner", f"ingest/analytics not ready after {SERVE_TIMEOUT:.0f}s; see {state}", runner.log
            )

    def _first_key(self, secret: str) -> str:
        data = json.loads(kubectl("get", "secret", secret, "-n", self.namespace, "-o", "json"))["data"]
        for value in data.values():
            for line in base64.b64decode(value).decode().splitlines():
                if line.strip():
                    return line.strip()
        raise InfraError("keys", f"Secret {secret} holds no key")

    def _print_summary(self, name: str) -> None:
        write, read = self._first_key(f"{name}-write-keys"), self._first_key(f"{name}-read-keys")
        ingest, analytics = f"http://127.0.0.1:{INGEST_PORT}", f"http://127.0.0.1:{ANALYTICS_PORT}"
        event = '{"event": "Signed Up", "userId": "u-1", "properties": {"plan": "pro"}}'
        print(
            f"""
EventPipeline {self.namespace}/{name} is Ready; its workloads run as local processes.
  ingest     {ingest}
  analytics  {analytics}
  write key  {write}
  read key   {read}
  KUBECONFIG={kubeconfig_path()}   logs: {self.logs()}   processes: {stack_dir() / "runner" / "runner.json"}

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
        doc = yaml.safe_load(MANIFEST.read_text())
        for managed in (runner_process(doc["metadata"]["name"], self.namespace), operator_process(self.namespace)):
            with step(managed.name, "stop"):
                managed.stop()
        with step("cluster", "stop the control plane"):
            run_logged(
                "cluster", [sys.executable, "-m", "eventpipeline.infra.cluster", "down"], self.logs() / "down.log"
            )
        with step("infra", "stop the servers (data kept)"):
            run_logged("infra", [sys.executable, "-m", "eventpipeline.infra", "down"], self.logs() / "down.log")

    def status(self) -> bool:
        doc = yaml.safe_load(MANIFEST.read_text())
        ok = True
        for managed in (operator_process(self.namespace), runner_process(doc["metadata"]["name"], self.namespace)):
            pid = managed.pid()
            ok = ok and pid is not None
            print(f"{managed.name:<12} {f'running pid {pid}' if pid else 'stopped'}  (log {managed.log})")
        return ok
