"""The workload runner (the e2e harness, not the product): kwok runs no containers, so this runs them as processes.

`python -m eventpipeline.infra.stack.runner --kubeconfig K --namespace N` (or `Runner(config).run(stop)` in tests)
polls the API server about once a second and, for every tier Deployment the operator manages in N, keeps
`spec.replicas` local processes configured from the pod template exactly as a kubelet would (render.py), with the
translations of mapping.py. It balances ingest and analytics behind one stable port each (proxy.py), writes what runs
to `<state-dir>/runner.json`, and points the autoscaler at the processes through the EventPipeline annotation
`analytics.eventpipeline.dev/scrape-urls` (the operator's scrape override, operator/scaling.py).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import uvloop
from eventpipeline.infra import procs
from eventpipeline.infra.endpoints import load as load_endpoints
from eventpipeline.infra.paths import state_dir
from eventpipeline.infra.stack.capacity import admit, cpu_millis, pod_cpu_request
from eventpipeline.infra.stack.mapping import TIERS, HostMap, Target, parse_map_option
from eventpipeline.infra.stack.proxy import RoundRobinProxy
from eventpipeline.infra.stack.render import Pod, ProcessSpec, render, template_hash
from eventpipeline.infra.stack.supervisor import Replicas
from kubernetes import client, config

log = logging.getLogger("eventpipeline.infra.stack.runner")

MANAGED_BY: Final = "app.kubernetes.io/managed-by=eventpipeline-operator"
COMPONENT: Final = "app.kubernetes.io/component"
INSTANCE: Final = "app.kubernetes.io/instance"
SCRAPE_ANNOTATION: Final = "analytics.eventpipeline.dev/scrape-urls"
GROUP, VERSION, PLURAL = "analytics.eventpipeline.dev", "v1alpha1", "eventpipelines"
BALANCED: Final = ("ingest", "analytics")
CMDLINE_MARK: Final = "eventpipeline."  # every workload argv has `-m eventpipeline.<tier>`
# The example manifests' in-cluster Kafka (examples/minimal.yaml), when a manifest is applied unchanged.
EXAMPLE_KAFKA: Final = ("kafka.kafka.svc", 9092)


def default_state_dir(namespace: str) -> Path:
    return state_dir() / "stack" / "runner" / namespace


@dataclass
class RunnerConfig:
    kubeconfig: Path
    namespace: str
    state_dir: Path
    redis: Target | None = None
    kafka: Target | None = None
    lb_ports: dict[str, int] = field(default_factory=dict)
    extra_map: list[tuple[str, int, Target]] = field(default_factory=list)
    interval: float = 1.0
    python: str = sys.executable
    annotate: bool = True
    node_cpu_millis: int | None = None  # the node's allocatable CPU: replicas past it stay pending (capacity.py)


@dataclass
class Snapshot:
    deployments: list[dict[str, Any]]
    services: list[dict[str, Any]]
    secrets: dict[str, dict[str, str]]
    configmaps: dict[str, dict[str, str]]


def target_of(url: str, default_port: int) -> Target:
    parts = urlsplit(url if "://" in url else f"tcp://{url}")
    return Target(parts.hostname or "127.0.0.1", parts.port or default_port)


class Runner:
    """`source` replaces the API server as the origin of the objects (tests of the runner alone); then nothing is
    annotated."""

    def __init__(self, cfg: RunnerConfig, source: Callable[[], Snapshot] | None = None) -> None:
        self.cfg = cfg
        self._source = source
        self._api: client.ApiClient | None = None
        if source is None:
            kube = client.Configuration()
            config.load_kube_config(config_file=str(cfg.kubeconfig), client_configuration=kube)  # type: ignore[no-untyped-call]
            self._api = client.ApiClient(kube)
        self.replicas: dict[str, Replicas] = {}
        self.proxies: dict[str, RoundRobinProxy] = {}
        self._annotated: dict[str, str] = {}
        self._identity: dict[str, tuple[str, str]] = {}  # deployment -> (pipeline, tier)
        self._state_text = ""
        self.state_file = cfg.state_dir / "runner.json"
        self.hosts = HostMap()

    # --- API server ------------------------------------------------------------------------

    def _list(self, call: Any, **kwargs: Any) -> list[dict[str, Any]]:
        response = call(self.cfg.namespace, _preload_content=False, **kwargs)
        items: list[dict[str, Any]] = json.loads(response.data)["items"]
        return items

    def snapshot(self) -> Snapshot:
        if self._source is not None:
            return self._source()
        core, apps = client.CoreV1Api(self._api), client.AppsV1Api(self._api)
        secrets = {
            s["metadata"]["name"]: {k: base64.b64decode(v).decode() for k, v in (s.get("data") or {}).items()}
            for s in self._list(core.list_namespaced_secret)
        }
        configmaps = {
            c["metadata"]["name"]: dict(c.get("data") or {}) for c in self._list(core.list_namespaced_config_map)
        }
        return Snapshot(
            deployments=self._list(apps.list_namespaced_deployment, label_selector=MANAGED_BY),
            services=self._list(core.list_namespaced_service, label_selector=MANAGED_BY),
            secrets=secrets,
            configmaps=configmaps,
        )

    def _annotate(self, pipeline: str, urls: Mapping[str, list[str]]) -> None:
        value = json.dumps(dict(sorted(urls.items())), sort_keys=True)
        if self._annotated.get(pipeline) == value:
            return
        patch = {"metadata": {"annotations": {SCRAPE_ANNOTATION: value}}}
        try:
            client.CustomObjectsApi(self._api).patch_namespaced_custom_object(
                GROUP, VERSION, self.cfg.namespace, PLURAL, pipeline, patch
            )
            self._annotated[pipeline] = value
        except client.ApiException as exc:
            if exc.status != 404:
                log.warning("cannot annotate EventPipeline %s: %s", pipeline, exc.reason)

    # --- one pass --------------------------------------------------------------------------

    def _host_map(self, snap: Snapshot) -> HostMap:
        hosts = HostMap()
        ns = self.cfg.namespace
        if self.cfg.kafka is not None:
            hosts.add(*EXAMPLE_KAFKA, self.cfg.kafka)
        for host, port, target in self.cfg.extra_map:
            hosts.add(host, port, target)
        for svc in snap.services:
            name = svc["metadata"]["name"]
            component = (svc["metadata"].get("labels") or {}).get(COMPONENT)
            local: Target | None = None
            if component == "redis" and self.cfg.redis is not None:
                local = self.cfg.redis
            elif component in BALANCED and name in self.proxies:
                local = Target("127.0.0.1", self.proxies[name].port)
            for index, port in enumerate((svc.get("spec") or {}).get("ports") or []):
                if local is not None:
                    hosts.add_service(name, ns, int(port["port"]), local, default=index == 0)
        return hosts

    def _renderer(self, deployment: dict[str, Any], snap: Snapshot) -> Any:
        def run(pod: Pod, workdir: Path, port: int) -> ProcessSpec:
            return render(
                deployment,
                pod=pod,
                workdir=workdir,
                port=port,
                secrets=snap.secrets.get,
                configmaps=snap.configmaps.get,
                hosts=self.hosts,
                python=self.cfg.python,
            )

        return run

    async def _ensure_proxy(self, name: str) -> None:
        if name not in self.proxies:
            proxy = RoundRobinProxy(name, self.replicas[name].ready_ports, port=self.cfg.lb_ports.get(name, 0))
            await proxy.start()
            self.proxies[name] = proxy
            log.info("balancing %s on %s", name, proxy.url)

    async def step(self) -> None:
        snap = await asyncio.to_thread(self.snapshot)
        wanted = {}
        for deployment in snap.deployments:
            labels = deployment["metadata"].get("labels") or {}
            if labels.get(COMPONENT) in TIERS:
                wanted[deployment["metadata"]["name"]] = deployment
                self._identity[deployment["metadata"]["name"]] = (labels.get(INSTANCE, ""), labels[COMPONENT])
        for name, deployment in wanted.items():
            if name not in self.replicas:
                self.replicas[name] = Replicas(
                    name, self.cfg.namespace, self.cfg.state_dir / "pods", self.cfg.state_dir / "logs"
                )
            if deployment["metadata"]["labels"][COMPONENT] in BALANCED:
                await self._ensure_proxy(name)
        self.hosts = self._host_map(snap)
        granted = self._admit(wanted)
        for name, reps in list(self.replicas.items()):
            current = wanted.get(name)
            if current is None:
                reps.stop_all()
                if reps.done():
                    del self.replicas[name]
                    if name in self.proxies:
                        await self.proxies.pop(name).close()
                continue
            template = current["spec"]["template"]
            reps.tick(
                replicas=granted[name],
                template=template_hash(current),
                labels=(template.get("metadata") or {}).get("labels") or {},
                render=self._renderer(current, snap),
            )
        await asyncio.gather(*(r.probe() for r in self.replicas.values()))
        if self.cfg.annotate and self._api is not None:
            await asyncio.to_thread(self._annotate_all, wanted)
        self.write_state()

    def _admit(self, wanted: Mapping[str, dict[str, Any]]) -> dict[str, int]:
        """Replicas per Deployment that fit the node's CPU; the rest are recorded as pending (and logged once)."""
        desired = {name: int(d["spec"].get("replicas", 1)) for name, d in wanted.items()}
        running = {name: len(self.replicas[name].current(template_hash(d))) for name, d in wanted.items()}
        request = {name: pod_cpu_request(d) for name, d in wanted.items()}
        granted = admit(desired, running, request, self.cfg.node_cpu_millis)
        for name in wanted:
            pending = desired[name] - granted[name]
            reps = self.replicas[name]
            if pending != reps.pending:
                if pending:
                    log.warning(
                        "%s: %d of %d replicas pending: insufficient cpu (node %dm, %dm per pod)",
                        name,
                        pending,
                        desired[name],
                        self.cfg.node_cpu_millis or 0,
                        request[name],
                    )
                else:
                    log.info("%s: all %d replicas scheduled", name, desired[name])
                reps.pending = pending
        return granted

    def _annotate_all(self, wanted: Mapping[str, dict[str, Any]]) -> None:
        per_pipeline: dict[str, dict[str, list[str]]] = {}
        for name, deployment in wanted.items():
            labels = deployment["metadata"]["labels"]
            tier = labels[COMPONENT]
            if tier not in BALANCED or name not in self.replicas:
                continue
            metrics = [f"http://127.0.0.1:{port}/metrics" for port in self.replicas[name].ready_ports()]
            per_pipeline.setdefault(labels.get(INSTANCE, ""), {})[tier] = metrics
        for pipeline, tiers in per_pipeline.items():
            if pipeline:
                self._annotate(pipeline, tiers)

    # --- state -----------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        deployments = {}
        for name, reps in sorted(self.replicas.items()):
            proxy = self.proxies.get(name)
            pipeline, tier = self._identity.get(name, ("", ""))
            deployments[name] = {
                "pipeline": pipeline,
                "tier": tier,
                "url": proxy.url if proxy is not None else None,
                "problem": reps.problem,
                "pending": reps.pending,
                "processes": [p.snapshot() for p in reps.processes],
            }
        return {"namespace": self.cfg.namespace, "hosts": self.hosts.rows(), "deployments": deployments}

    def write_state(self) -> None:
        text = json.dumps(self.state(), indent=2, sort_keys=True) + "\n"
        if text == self._state_text:
            return
        self.cfg.state_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(text)
        tmp.replace(self.state_file)
        self._state_text = text

    def reap_orphans(self) -> int:
        """Processes a previous runner left behind (it was killed): stop the ones verifiably ours."""
        try:
            previous = json.loads(self.state_file.read_text())
        except (OSError, ValueError):
            return 0
        count = 0
        for deployment in (previous.get("deployments") or {}).values():
            for proc in deployment.get("processes") or []:
                pid, workdir = proc.get("pid"), proc.get("workdir")
                if pid and workdir and procs.is_ours(int(pid), workdir=Path(workdir), token=CMDLINE_MARK):
                    procs.terminate(int(pid), timeout=10)
                    count += 1
        return count

    # --- lifecycle -------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        if reaped := await asyncio.to_thread(self.reap_orphans):
            log.info("stopped %d processes left by a previous runner", reaped)
        try:
            while not stop.is_set():
                try:
                    await self.step()
                except (client.ApiException, OSError) as exc:  # API server restarting: keep what runs
                    log.warning("pass failed: %s", exc)
                except Exception:  # a harness keeps its processes running whatever one pass met
                    log.exception("pass failed")
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.cfg.interval)
        finally:
            await self.shutdown()

    async def shutdown(self) -> None:
        for reps in self.replicas.values():
            reps.stop_all()
        deadline = time.monotonic() + 40
        while any(not r.done() for r in self.replicas.values()) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.2)  # polling child exits; there is no event to wait on
        for proxy in self.proxies.values():
            await proxy.close()
        self.replicas.clear()
        self.proxies.clear()
        self.write_state()
        if self._api is not None:
            self._api.close()  # type: ignore[no-untyped-call]


def default_node_cpu() -> str:
    """The host's cores minus one, at least one: Kafka, both Postgres servers, Redis and the control plane run on
    this host too, outside any pod, as a kubelet's `system-reserved` would account for them."""
    return f"{max(1000, ((os.cpu_count() or 1) - 1) * 1000)}m"


def parse_args(argv: list[str] | None) -> RunnerConfig:
    parser = argparse.ArgumentParser(prog="python -m eventpipeline.infra.stack.runner", description=__doc__)
    parser.add_argument("--kubeconfig", type=Path, required=True)
    parser.add_argument("--namespace", required=True)
    parser.add_argument("--state-dir", type=Path, help="runner.json, process dirs and logs (default: under state_dir)")
    parser.add_argument("--port", action="append", default=[], metavar="DEPLOYMENT=PORT", help="stable balancer port")
    parser.add_argument("--map", action="append", default=[], metavar="HOST:PORT=HOST:PORT", help="extra host mapping")
    parser.add_argument("--redis-url", help="local stand-in for managed Redis (default: endpoints.load())")
    parser.add_argument("--kafka", help="local stand-in for the examples' kafka.kafka.svc:9092 (default: endpoints)")
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--no-annotate", action="store_true", help="don't set the scrape-urls annotation")
    parser.add_argument(
        "--node-cpu",
        default=default_node_cpu(),
        help="the node's allocatable CPU for the workloads (e.g. 2 or 1500m; 'none': no limit; default: this host's "
        "cores minus one reserved for the servers that share it)",
    )
    args = parser.parse_args(argv)
    node_cpu = None if args.node_cpu == "none" else cpu_millis(args.node_cpu)
    if node_cpu == 0:
        parser.error(f"--node-cpu {args.node_cpu!r}: expected a CPU quantity such as 2, 0.5 or 1500m, or 'none'")
    redis, kafka = args.redis_url, args.kafka
    if redis is None or kafka is None:
        endpoints = load_endpoints()
        redis = redis or endpoints.redis_url
        kafka = kafka or endpoints.kafka_bootstrap.split(",")[0]
    ports = {}
    for item in args.port:
        name, _, port = item.partition("=")
        ports[name] = int(port)
    return RunnerConfig(
        kubeconfig=args.kubeconfig,
        namespace=args.namespace,
        state_dir=args.state_dir or default_state_dir(args.namespace),
        redis=target_of(redis, 6379),
        kafka=target_of(kafka.split(",")[0], 9092),
        lb_ports=ports,
        extra_map=[parse_map_option(m) for m in args.map],
        interval=args.interval,
        annotate=not args.no_annotate,
        node_cpu_millis=node_cpu,
    )


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cfg = parse_args(argv)

    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await Runner(cfg).run(stop)

    uvloop.run(serve())  # the balancer's bytes go through this loop: uvloop's is the cheaper one (docs/stack.md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
