"""Glue between an EventPipeline and the autoscaler (operator/autoscale, which knows neither EventPipelines nor the
API server, so its decisions are testable alone): per pipeline readers, pod discovery, the scale applier, and the
status/Events of each decision.

The decision and the pass are the autoscaler's (`ScalingLoop.run_pass`); this module only wires them to the
object. Scrape targets come only from the API server (the Running pods' IPs): nothing in an EventPipeline can point
the operator at another URL.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from eventpipeline.operator.autoscale import (
    ConsumerObserver,
    HttpMetricsReader,
    HttpObserver,
    KafkaLagReader,
    ReplicaStatus,
    ScalingLoop,
    pod_urls,
)
from eventpipeline.operator.autoscale.policy import LAG_SECONDS
from eventpipeline.operator.autoscale.spec import analytics_policy, consumer_policy_from, ingest_policy
from eventpipeline.operator.builders.common import HTTP_PORT, selector_labels
from eventpipeline.operator.builders.deployment import deployment_name
from eventpipeline.operator.deps import Deps, kafka_connection
from eventpipeline.operator.pipeline import TIERS, InvalidSpecError, Pipeline, Tier, pipeline_from_body
from eventpipeline.operator.records import KubeEvent, Problem
from eventpipeline.operator.settings import OperatorSettings

log = logging.getLogger("eventpipeline.operator.scaling")


@dataclass
class ScaleResult:
    status: dict[str, Any] = field(default_factory=dict)
    events: list[KubeEvent] = field(default_factory=list)


class Scaler:
    """Keeps the autoscaler's per-pipeline state (histories, lag snapshots, scrape baselines) between ticks."""

    def __init__(self, settings: OperatorSettings) -> None:
        self._settings = settings
        self._loop = ScalingLoop()
        self._lag: dict[str, KafkaLagReader] = {}
        self._http: dict[tuple[str, str], HttpMetricsReader] = {}

    @staticmethod
    def _key(body: Mapping[str, Any]) -> str:
        meta = body.get("metadata") or {}
        return f"{meta.get('namespace')}/{meta.get('name')}"

    async def forget(self, body: Mapping[str, Any]) -> None:
        key = self._key(body)
        self._loop.forget(key)
        reader = self._lag.pop(key, None)
        if reader is not None:
            await reader.aclose()
        for tier in TIERS:
            self._http.pop((key, tier), None)

    async def tier_urls(self, deps: Deps, pipeline: Pipeline, tier: Tier) -> list[str]:
        """The /metrics URLs of the tier's Running pods."""
        selector = ",".join(f"{k}={v}" for k, v in selector_labels(pipeline, tier).items())
        pods = await deps.kube.list("v1", "Pod", pipeline.namespace, selector)
        ips = [
            (p.get("status") or {}).get("podIP") or ""
            for p in pods
            if (p.get("status") or {}).get("phase") == "Running"
        ]
        return pod_urls(ips, port=HTTP_PORT)

    async def _observer(self, deps: Deps, pipeline: Pipeline, tier: Tier) -> ConsumerObserver | HttpObserver | None:
        key = f"{pipeline.namespace}/{pipeline.name}"
        if tier == "consumer":
            if key not in self._lag:
                kafka = await kafka_connection(deps, pipeline)
                if isinstance(kafka, Problem):
                    return None
                self._lag[key] = KafkaLagReader(
                    kafka=kafka,
                    admin=deps.admin_for(kafka),
                    group=pipeline.consumer_group,
                    topic=pipeline.topic,
                )
            return ConsumerObserver(reader=self._lag[key])
        reader = self._http.setdefault((key, tier), HttpMetricsReader())
        urls = await self.tier_urls(deps, pipeline, tier)
        return HttpObserver(reader=reader, urls=lambda: urls)

    async def run(self, body: Mapping[str, Any], deps: Deps) -> ScaleResult:
        """One scaling pass over the three tiers of one pipeline."""
        result = ScaleResult()
        try:
            pipeline = pipeline_from_body(body)
        except InvalidSpecError:
            return result
        policies = {
            "ingest": ingest_policy(pipeline.spec.ingest),
            "consumer": consumer_policy_from(pipeline.spec.consumer),
            "analytics": analytics_policy(pipeline.spec.analytics),
        }
        lag_seconds: float | None = None

        async def scale(name: str, replicas: int) -> None:
            await deps.kube.scale(pipeline.namespace, name, replicas)

        for tier in TIERS:
            name = deployment_name(pipeline, tier)
            deployment = await deps.kube.get("apps/v1", "Deployment", pipeline.namespace, name)
            observer = await self._observer(deps, pipeline, tier)
            if deployment is None or observer is None:
                continue
            spec, status = deployment.get("spec") or {}, deployment.get("status") or {}
            replicas = ReplicaStatus(
                replicas=int(spec.get("replicas") or 0), ready=int(status.get("readyReplicas") or 0)
            )
            record = await self._loop.run_pass(
                pipeline=f"{pipeline.namespace}/{pipeline.name}",
                deployment=name,
                policy=policies[tier],
                observer=observer,
                replicas=replicas,
                scale=scale,
            )
            if tier == "consumer":
                lag_seconds = record.metrics.get(LAG_SECONDS)
            if record.from_replicas != record.to_replicas:
                result.status[tier] = {"lastScale": record.to_status()}
                if record.applied:
                    result.status[tier]["desiredReplicas"] = record.to_replicas
                kind: Literal["Normal", "Warning"] = "Normal" if record.applied else "Warning"
                result.events.append(
                    KubeEvent(
                        kind, "Autoscaled", f"{name}: {record.from_replicas} -> {record.to_replicas}: {record.reason}"
                    )
                )
        lag = self._lag.get(f"{pipeline.namespace}/{pipeline.name}")
        if lag is not None and lag.snapshots:
            result.status["kafka"] = {
                "totalLag": sum(p.lag for p in lag.snapshots[-1].partitions),
                # the autoscaler's own number (None, which a merge patch removes, when unknown)
                "lagSeconds": None if lag_seconds is None else round(lag_seconds, 3),
            }
        return result
