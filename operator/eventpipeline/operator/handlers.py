"""kopf handlers, kept thin: each one calls the reconcile (or the cleanup), writes the status, posts the Events,
and maps the outcome to kopf's error split: an invalid spec is a PermanentError (retrying cannot fix it), a dependency
not ready a TemporaryError with a delay.

`register` puts them in a registry, so intervals come from the settings read once at start (main.py), and tests
can build a private registry with fake dependencies.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any, TypeVar

import kopf
from eventpipeline.common.api import GROUP, PLURAL, VERSION, parse_duration
from eventpipeline.common.api.reprocess import REPROCESS_PLURAL
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.operator import metrics
from eventpipeline.operator.deletion import cleanup
from eventpipeline.operator.deps import Deps
from eventpipeline.operator.kafka_topics import make_admin
from eventpipeline.operator.kube import ApiServerClient, load_config
from eventpipeline.operator.pipeline import TIERS, InvalidSpecError, pipeline_from_body
from eventpipeline.operator.reconcile import Outcome, reconcile
from eventpipeline.operator.records import KubeEvent
from eventpipeline.operator.reprocess.machine import TERMINAL
from eventpipeline.operator.reprocess.run import held_by, release, reprocess_pass
from eventpipeline.operator.rotation.clock import SystemClock
from eventpipeline.operator.rotation.operator_pass import HANDLED_ANNOTATION, due, rotation_pass
from eventpipeline.operator.scaling import Scaler
from eventpipeline.operator.settings import OperatorSettings
from kubernetes.client.exceptions import ApiException

log = logging.getLogger("eventpipeline.operator.handlers")

T = TypeVar("T")

PREFIX = "analytics.eventpipeline.dev"
FINALIZER = f"{PREFIX}/finalizer"


def default_deps(settings: OperatorSettings) -> Deps:
    """The real world: the API server from the kubeconfig (or the pod's service account), Kafka, Postgres."""
    admins: dict[KafkaConnection, Any] = {}

    def admin_for(kafka: KafkaConnection) -> Any:
        # One AdminClient per cluster and credentials, reused across passes (each one owns librdkafka threads); a
        # rotated password or CA is a new key, so the next pass connects with it.
        if kafka not in admins:
            admins[kafka] = make_admin(kafka, timeout_s=settings.kafka_timeout_seconds)
        admins[kafka].drain()
        return admins[kafka]

    return Deps(
        kube=ApiServerClient(load_config()), admin_for=admin_for, kafka_timeout_seconds=settings.kafka_timeout_seconds
    )


def configure_kopf(kopf_settings: kopf.OperatorSettings) -> None:
    """Annotations for kopf's bookkeeping (the status stays ours), our finalizer, bounded watch timeouts."""
    kopf_settings.persistence.finalizer = FINALIZER
    kopf_settings.persistence.progress_storage = kopf.AnnotationsProgressStorage(prefix=PREFIX)
    kopf_settings.persistence.diffbase_storage = kopf.AnnotationsDiffBaseStorage(
        prefix=PREFIX, key="last-handled-configuration"
    )
    # We post our own Events for every change; kopf would otherwise also post each INFO log line as one.
    kopf_settings.posting.level = logging.WARNING
    # Without timeouts a watch silently stalls after network trouble (kopf docs, "Configuration: API timeouts").
    kopf_settings.watching.server_timeout = 300
    kopf_settings.watching.client_timeout = 330
    kopf_settings.watching.connect_timeout = 30
    kopf_settings.networking.request_timeout = 60
    # The finalizer stays until every timer of the object has exited. A timer caught mid-pass (an autoscale scrape,
    # a reconcile, a rotation) outlives kopf's few "instant exit" loop cycles, and kopf then re-checks only after
    # `cancellation_polling`, 60 s by default: deleting took a minute although the cleanup was done in a second.
    # Wait a little for the pass to end, then re-check every second.
    kopf_settings.background.instant_exit_timeout = 0.5
    kopf_settings.background.cancellation_polling = 1.0


async def unless_stopped(stopped: kopf.DaemonStopped, work: Coroutine[Any, Any, T]) -> T | None:
    """A timer's pass, given up as soon as kopf stops the object's timers (it is being deleted, or the operator
    exits). kopf keeps the finalizer until every timer has returned and never cancels a timer itself, so a pass
    waiting 10 s on an unreachable Kafka held the deletion that long. Each pass is level-triggered: one given up
    writes nothing, and work already in a thread finishes there, unheard. (kopf passes timers `stopped`, though
    its TimerFn protocol does not declare it: the timers take it from their kwargs.)"""
    running = asyncio.ensure_future(work)
    stop = asyncio.ensure_future(stopped.wait())
    try:
        await asyncio.wait({running, stop}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stop.cancel()
    if running.done():
        return running.result()
    running.cancel()
    return None


def post_events(body: kopf.Body, events: list[KubeEvent]) -> None:
    for event in events:
        kopf.event(body, type=event.type, reason=event.reason, message=event.message[:1024])


def api_error_text(exc: ApiException) -> str:
    """The status and the API server's own message, which names the verb, the resource and the subject (a 403
    without them leaves an operator's user guessing which rule is missing)."""
    message = ""
    try:
        body = json.loads(exc.body or "")
        message = body.get("message", "") if isinstance(body, dict) else ""
    except ValueError:
        message = ""
    return f"API server: {exc.status} {exc.reason}" + (f": {message[:500]}" if message else "")


def pipeline_key(body: kopf.Body) -> str:
    return f"{body.metadata.namespace}/{body.metadata.name}"


def observe_spec(key: str, body: kopf.Body) -> None:
    """The spec's replica bounds and objectives as metrics (an invalid spec has none to show)."""
    try:
        pipeline = pipeline_from_body(body)
    except InvalidSpecError:
        return
    spec = pipeline.spec
    metrics.observe_bounds(key, {t: (pipeline.tier(t).min_replicas, pipeline.tier(t).max_replicas) for t in TIERS})
    metrics.observe_objectives(
        key,
        None if spec.freshness_objective is None else parse_duration(spec.freshness_objective),
        {
            "ingest": spec.ingest.autoscaling.p99_latency_ms / 1000,
            "consumer": float(spec.consumer.autoscaling.max_lag_seconds),
            "analytics": spec.analytics.autoscaling.p99_latency_ms / 1000,
        },
    )


def register(
    registry: kopf.OperatorRegistry,
    settings: OperatorSettings,
    deps_factory: Callable[[], Deps] | None = None,
    post: Callable[[kopf.Body, list[KubeEvent]], None] = post_events,
) -> None:
    """Register every handler of the operator into `registry` (`post` puts Events in the API server)."""
    state: dict[str, Any] = {}
    resource = (GROUP, VERSION, PLURAL)

    def deps() -> Deps:
        if "deps" not in state:
            state["deps"] = deps_factory() if deps_factory is not None else default_deps(settings)
        return state["deps"]  # type: ignore[no-any-return]

    # The boundary: everything a handler publishes (status, Events, the messages of the errors kopf logs and posts)
    # goes through the redactor here, whichever step wrote it.
    def publish(body: kopf.Body, patch: kopf.Patch, status: dict[str, Any], events: list[KubeEvent]) -> None:
        redact = deps().redactor
        for key, value in redact(status).items():
            patch.status[key] = value
        post(body, [KubeEvent(e.type, e.reason, redact(e.message)) for e in events])

    def retry_later(message: str, delay: float) -> kopf.TemporaryError:
        return kopf.TemporaryError(deps().redactor(message), delay=delay)

    async def run(body: kopf.Body, patch: kopf.Patch, memo: kopf.Memo) -> Outcome:
        # One pass at a time per object: the change handlers and the drift timer run in separate tasks.
        lock: asyncio.Lock = memo.setdefault("reconcile_lock", asyncio.Lock())
        key = pipeline_key(body)
        async with lock:
            started = time.perf_counter()
            try:
                outcome = await reconcile(body, deps(), retry_base_s=settings.retry_delay_seconds)
            except ApiException as exc:
                metrics.observe_reconcile(key, "error", time.perf_counter() - started)
                raise retry_later(api_error_text(exc), settings.retry_delay_seconds) from exc
            except Exception:
                metrics.observe_reconcile(key, "error", time.perf_counter() - started)
                raise
        result: metrics.ReconcileResult = (
            "invalid" if outcome.invalid is not None else "retry" if outcome.retry_after is not None else "ok"
        )
        metrics.observe_reconcile(key, result, time.perf_counter() - started)
        metrics.observe_status(key, outcome.status)
        observe_spec(key, body)
        publish(body, patch, outcome.status, outcome.events)
        return outcome

    @kopf.on.startup(id="configure", registry=registry)
    def startup(settings: kopf.OperatorSettings, **_: Any) -> None:
        configure_kopf(settings)

    @kopf.on.login(id="login", registry=registry)
    def login(**kwargs: Any) -> kopf.ConnectionInfo | None:
        """An own registry has none of kopf's default login handlers. The kubernetes client's login (in-cluster
        service account, else the kubeconfig) first; it fixes $KUBECONFIG at import, so fall back to kopf's own
        kubeconfig reader, which reads $KUBECONFIG now (KopfRunner in tests sets it after the import)."""
        try:
            return kopf.login_via_client(**kwargs)
        except kopf.LoginError:
            return kopf.login_with_kubeconfig(**kwargs)

    @kopf.on.resume(*resource, id="reconcile", registry=registry)
    @kopf.on.create(*resource, id="reconcile", registry=registry)
    @kopf.on.update(*resource, id="reconcile", registry=registry)
    async def reconcile_pipeline(body: kopf.Body, patch: kopf.Patch, memo: kopf.Memo, **_: Any) -> None:
        outcome = await run(body, patch, memo)
        if outcome.invalid is not None:
            raise kopf.PermanentError(f"invalid spec: {outcome.invalid}")
        if outcome.retry_after is not None:
            ready: dict[str, Any] = next((c for c in outcome.status["conditions"] if c["type"] == "Ready"), {})
            raise retry_later(f"not ready: {ready.get('message', '')}", outcome.retry_after)

    @kopf.timer(
        *resource,
        id="drift",
        interval=settings.drift_interval_seconds,
        initial_delay=settings.drift_interval_seconds,
        registry=registry,
    )
    async def correct_drift(body: kopf.Body, patch: kopf.Patch, memo: kopf.Memo, **kwargs: Any) -> None:
        await unless_stopped(kwargs["stopped"], run(body, patch, memo))

    scaler = Scaler(settings)

    @kopf.timer(*resource, id="autoscale", interval=settings.scaling_interval_seconds, registry=registry)
    async def autoscale(body: kopf.Body, patch: kopf.Patch, memo: kopf.Memo, **kwargs: Any) -> None:
        # No scaling while paused, before the first reconcile made the Deployments, or while a reprocess holds the
        # consumers at zero.
        if (body.get("spec") or {}).get("paused") or not (body.get("status") or {}).get("observedGeneration"):
            return
        if held_by(body) is not None:
            return
        result = await unless_stopped(kwargs["stopped"], scaler.run(body, deps()))
        if result is not None:
            metrics.observe_status(pipeline_key(body), result.status)
            publish(body, patch, result.status, result.events)

    clock = SystemClock()

    async def rotate(body: kopf.Body, patch: kopf.Patch, memo: kopf.Memo) -> None:
        # Not while paused, not before the first reconcile made the schema, not for an invalid spec.
        if (body.get("spec") or {}).get("paused") or not (body.get("status") or {}).get("observedGeneration"):
            return
        try:
            pipeline = pipeline_from_body(body)
        except InvalidSpecError:
            return
        run_now, request = due(body, clock.now())
        if not run_now:
            return
        lock: asyncio.Lock = memo.setdefault("rotation_lock", asyncio.Lock())
        async with lock:
            outcome = await rotation_pass(
                pipeline,
                deps(),
                clock=clock,
                interval=timedelta(seconds=settings.rotation_interval_seconds),
                retry=timedelta(seconds=settings.rotation_retry_seconds),
                request=request,
            )
        key = pipeline_key(body)
        if outcome.error is not None:
            metrics.observe_rotation(key, "failed")
        elif outcome.postgres_status.get("lastRotation"):
            metrics.observe_rotation(key, "ok")
            metrics.observe_status(key, {"postgres": outcome.postgres_status})
        else:
            metrics.observe_rotation(key, "skipped")  # another operator process held the rotation lock
        if outcome.handled_request is not None:
            patch.metadata.annotations[HANDLED_ANNOTATION] = outcome.handled_request
        # A merge patch: None removes a previous error; the reconcile turns a present one into Degraded.
        publish(
            body,
            patch,
            {"postgres": {**outcome.postgres_status, "rotationError": outcome.error}},
            [KubeEvent(type=t, reason=r, message=m) for t, r, m in outcome.events],
        )

    # The on-demand annotation is picked up by the next check (within rotation_check_seconds): a field handler would
    # need the annotation's key in its handler id, which kopf stores as an annotation key of its own.
    @kopf.timer(*resource, id="rotation", interval=settings.rotation_check_seconds, registry=registry)
    async def rotation_timer(body: kopf.Body, patch: kopf.Patch, memo: kopf.Memo, **kwargs: Any) -> None:
        await unless_stopped(kwargs["stopped"], rotate(body, patch, memo))

    @kopf.on.delete(*resource, id="cleanup", registry=registry)
    async def delete_pipeline(body: kopf.Body, retry: int, **_: Any) -> None:
        await scaler.forget(body)
        metrics.forget(pipeline_key(body))
        outcome = await cleanup(
            body, deps(), attempt=retry, max_attempts=settings.cleanup_attempts, retry_s=settings.retry_delay_seconds
        )
        post(body, [KubeEvent(e.type, e.reason, deps().redactor(e.message)) for e in outcome.events])
        if outcome.retry_after is not None:
            raise retry_later(outcome.events[-1].message, outcome.retry_after)

    reprocesses = (GROUP, VERSION, REPROCESS_PLURAL)

    def unfinished(body: kopf.Body, **_: Any) -> bool:
        return (body.get("status") or {}).get("phase") not in TERMINAL

    # One step per tick, and kopf writes the status after each: the next step only ever starts from a recorded
    # phase (a restarted operator resumes from it). The timer runs at once for a new object and stops when the
    # reprocess has ended.
    @kopf.timer(
        *reprocesses,
        id="reprocess-steps",
        interval=settings.reprocess_poll_seconds,
        when=unfinished,
        registry=registry,
    )
    async def reprocess_step(body: kopf.Body, patch: kopf.Patch, **kwargs: Any) -> None:
        outcome = await unless_stopped(kwargs["stopped"], reprocess_pass(body, deps()))
        if outcome is not None:
            publish(body, patch, outcome.status, outcome.events)

    @kopf.on.delete(*reprocesses, id="reprocess-release", registry=registry)
    async def delete_reprocess(body: kopf.Body, **_: Any) -> None:
        post(body, await release(body, deps()))
