"""kopf wiring: handler ids (they become annotation keys), kopf settings, operator settings from env."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
from typing import Any

import kopf
import pytest
from eventpipeline.operator.deps import Deps
from eventpipeline.operator.handlers import FINALIZER, api_error_text, configure_kopf, register
from eventpipeline.operator.postgres_admin import PostgresUnavailableError
from eventpipeline.operator.records import KubeEvent, Problem
from eventpipeline.operator.redaction import REDACTED
from eventpipeline.operator.reprocess.run import HOLD_ANNOTATION
from eventpipeline.operator.settings import OperatorSettings
from kopf._core.engines import daemons  # kopf's routine behind the finalizer: no public API has it
from kopf._core.intents import stoppers
from kubernetes.client.exceptions import ApiException

from tests.unit.kube_fake import FakeKube

pytestmark = pytest.mark.unit


def test_handlers_registered_with_stable_ids() -> None:
    registry = kopf.OperatorRegistry()
    register(registry, OperatorSettings(drift_interval_seconds=30))
    changing = [h.id for h in registry._changing.get_all_handlers()]
    spawning: dict[str, Any] = {str(h.id): h for h in registry._spawning.get_all_handlers()}
    assert changing == [
        "reconcile",
        "reconcile",
        "reconcile",
        "cleanup",
        "reprocess-release",
    ]
    assert set(spawning) == {"drift", "autoscale", "rotation", "reprocess-steps"}
    assert spawning["drift"].interval == 30


def test_kopf_settings() -> None:
    settings = kopf.OperatorSettings()
    configure_kopf(settings)
    assert settings.persistence.finalizer == FINALIZER == "analytics.eventpipeline.dev/finalizer"
    assert isinstance(settings.persistence.progress_storage, kopf.AnnotationsProgressStorage)
    # Bounded watches and requests: without them a watch stalls silently after network trouble.
    assert (
        settings.watching.server_timeout,
        settings.watching.client_timeout,
        settings.watching.connect_timeout,
        settings.networking.request_timeout,
    ) == (300, 330, 30, 60)
    assert settings.posting.level == logging.WARNING
    # A timer mid-pass at deletion holds the finalizer until kopf re-checks: every second, not kopf's 60 s default.
    assert settings.background.cancellation_polling == 1.0
    assert settings.background.instant_exit_timeout == 0.5


@pytest.mark.parametrize(
    ("value", "namespaces", "clusterwide"),
    [("", [], True), ("*", ["*"], True), ("team-a", ["team-a"], False), ("a, b", ["a", "b"], False)],
)
def test_namespaces_setting(
    monkeypatch: pytest.MonkeyPatch, value: str, namespaces: list[str], clusterwide: bool
) -> None:
    monkeypatch.setenv("EP_OPERATOR_NAMESPACES", value)
    settings = OperatorSettings()
    assert settings.namespaces == namespaces
    assert settings.clusterwide is clusterwide


def test_an_api_error_names_what_the_api_server_refused() -> None:
    refused = ApiException(status=403, reason="Forbidden")
    refused.body = json.dumps(
        {
            "kind": "Status",
            "message": 'configmaps "p-config" is forbidden: User "sa" cannot create resource "configmaps"',
        }
    )
    assert api_error_text(refused) == (
        'API server: 403 Forbidden: configmaps "p-config" is forbidden: User "sa" cannot create resource "configmaps"'
    )
    for body in (None, "", "<html>bad gateway</html>", '["not", "a", "status"]'):
        opaque = ApiException(status=502, reason="Bad Gateway")
        opaque.body = body
        assert api_error_text(opaque) == "API server: 502 Bad Gateway"


async def _finalizer_delays_while_a_timer_is_mid_pass(settings: kopf.OperatorSettings, pass_s: float) -> list[float]:
    """What kopf's own stopping routine answers when an object is deleted while its autoscale timer is mid-pass:
    the delays before the finalizer may go (empty = released now)."""
    registry = kopf.OperatorRegistry()
    register(registry, OperatorSettings())
    handler = next(h for h in registry._spawning.get_all_handlers() if h.id == "autoscale")
    stopper = stoppers.DaemonStopper()

    async def timer_pass() -> None:
        await asyncio.sleep(pass_s)  # a scrape or Kafka admin call in flight: it does not see the stopper

    daemon = daemons.Daemon(
        task=asyncio.create_task(timer_pass()), logger=logging.getLogger("t"), handler=handler, stopper=stopper
    )
    try:
        return list(await daemons.stop_daemons(settings=settings, daemons={handler.id: daemon}))
    finally:
        daemon.task.cancel()


async def test_a_timer_mid_pass_holds_the_finalizer_for_a_second_not_a_minute() -> None:
    ours = kopf.OperatorSettings()
    configure_kopf(ours)
    # The race behind the 60 s deletions: kopf's defaults re-check a busy timer only a minute later.
    assert await _finalizer_delays_while_a_timer_is_mid_pass(kopf.OperatorSettings(), 0.2) == [60]
    assert await _finalizer_delays_while_a_timer_is_mid_pass(ours, 0.2) == []
    assert await _finalizer_delays_while_a_timer_is_mid_pass(ours, 5.0) == [1.0]


TOKEN = "tok-9d2e71c4-not-a-dsn"  # a recognizable Secret value: it must appear in no status and no Event


def kube_with_token_secret() -> FakeKube:
    """An API server holding the Secret `pg` whose `dsn` key is TOKEN."""
    kube = FakeKube()
    kube.objects[("Secret", "ns", "pg")] = {
        "metadata": {"name": "pg", "resourceVersion": "0"},
        "data": {"dsn": base64.b64encode(TOKEN.encode()).decode()},
    }
    return kube


def _pipeline_body() -> kopf.Body:
    raw: Any = {
        "metadata": {"name": "demo", "namespace": "ns", "uid": "u", "generation": 1},
        "spec": {"kafka": {"bootstrapServers": "kafka:9092"}, "postgres": {"primary": {"name": "pg"}}},
        "status": {"observedGeneration": 1},
    }
    return kopf.Body(raw)


def _handler(registry: kopf.OperatorRegistry, handler_id: str) -> Any:
    every = [*registry._changing.get_all_handlers(), *registry._spawning.get_all_handlers()]
    return next(h.fn for h in every if h.id == handler_id)


async def test_a_secret_value_quoted_by_the_database_driver_is_not_published() -> None:
    """The rotation connects with the Secret's value; psycopg's error quotes a value it cannot parse. The status
    field and the Warning Event carry the error, without the value."""
    posted: list[KubeEvent] = []
    registry = kopf.OperatorRegistry()
    register(
        registry,
        OperatorSettings(),
        deps_factory=lambda: Deps(kube=kube_with_token_secret()),
        post=lambda body, events: posted.extend(events),
    )
    patch = kopf.Patch()
    stopper = stoppers.DaemonStopper()
    await _handler(registry, "rotation")(
        body=_pipeline_body(), patch=patch, memo=kopf.Memo(), stopped=stopper.async_waiter
    )
    error = patch["status"]["postgres"]["rotationError"]
    assert error.startswith("RotationFailed: ProgrammingError: ")
    assert REDACTED in error
    assert [e.reason for e in posted] == ["RotationFailed"]
    assert TOKEN not in json.dumps(dict(patch)) + json.dumps([e.message for e in posted])


async def test_every_handler_message_goes_through_the_redactor() -> None:
    """Any step's text that quotes a Secret value (a Kafka or Postgres error): status, Events and the retry message
    kopf logs and posts."""
    posted: list[KubeEvent] = []

    def settle_quoting_the_value(*args: Any, **kwargs: Any) -> list[Problem]:
        raise PostgresUnavailableError(f'postgres: could not parse "{TOKEN}"')

    registry = kopf.OperatorRegistry()
    register(
        registry,
        OperatorSettings(),
        deps_factory=lambda: Deps(kube=kube_with_token_secret(), settle_ownership=settle_quoting_the_value),
        post=lambda body, events: posted.extend(events),
    )
    patch = kopf.Patch()
    with pytest.raises(kopf.TemporaryError) as retry:
        await _handler(registry, "reconcile")(body=_pipeline_body(), patch=patch, memo=kopf.Memo())
    published = json.dumps(dict(patch)) + json.dumps([e.message for e in posted]) + str(retry.value)
    assert "postgres: could not parse" in published
    assert TOKEN not in published


async def test_a_timer_gives_up_its_pass_when_kopf_stops_it() -> None:
    """kopf keeps the finalizer until the object's timers return, and never cancels one: a drift reconcile stuck on
    an unreachable store must end when the stopper is set, writing nothing."""
    entered, release = threading.Event(), threading.Event()

    def stuck(*args: Any, **kwargs: Any) -> list[Problem]:
        entered.set()
        release.wait()  # Kafka not answering
        return []

    registry = kopf.OperatorRegistry()
    register(
        registry,
        OperatorSettings(),
        deps_factory=lambda: Deps(kube=kube_with_token_secret(), settle_ownership=stuck),
        post=lambda body, events: None,
    )
    stopper = stoppers.DaemonStopper()
    patch = kopf.Patch()
    drift = asyncio.create_task(
        _handler(registry, "drift")(body=_pipeline_body(), patch=patch, memo=kopf.Memo(), stopped=stopper.async_waiter)
    )
    try:
        await asyncio.to_thread(entered.wait)
        stopper.set(reason=stoppers.DaemonStoppingReason.RESOURCE_DELETED)
        await asyncio.wait_for(drift, timeout=60)  # a guard against hanging, not a measure
        assert not release.is_set()  # the pass was given up while the store still had not answered
        assert dict(patch) == {}
    finally:
        release.set()


async def test_the_autoscaler_keeps_off_a_pipeline_whose_consumers_a_reprocess_holds() -> None:
    kube = kube_with_token_secret()
    kube.objects[("Deployment", "ns", "demo-consumer")] = {
        "metadata": {"name": "demo-consumer", "namespace": "ns", "resourceVersion": "1"},
        "spec": {"replicas": 0},
        "status": {"replicas": 0},
    }
    registry = kopf.OperatorRegistry()
    register(registry, OperatorSettings(), deps_factory=lambda: Deps(kube=kube), post=lambda body, events: None)
    body = _pipeline_body()
    held: Any = {**body, "metadata": {**body["metadata"], "annotations": {HOLD_ANNOTATION: "fix"}}}
    patch = kopf.Patch()
    stopper = stoppers.DaemonStopper()
    await _handler(registry, "autoscale")(
        body=kopf.Body(held), patch=patch, memo=kopf.Memo(), stopped=stopper.async_waiter
    )
    assert dict(patch) == {}
    assert kube.objects[("Deployment", "ns", "demo-consumer")]["spec"]["replicas"] == 0


async def test_the_reprocess_timer_writes_the_status_and_posts_the_events() -> None:
    """A reprocess naming a pipeline that does not exist ends Failed at its first step, said in status and Event."""
    posted: list[KubeEvent] = []
    registry = kopf.OperatorRegistry()
    register(
        registry,
        OperatorSettings(),
        deps_factory=lambda: Deps(kube=kube_with_token_secret()),
        post=lambda body, events: posted.extend(events),
    )
    raw: Any = {
        "metadata": {"name": "fix", "namespace": "ns"},
        "spec": {"pipeline": "nope", "from": "2026-12-02T08:00:00Z", "to": "2026-12-02T10:00:00Z"},
    }
    patch = kopf.Patch()
    stopper = stoppers.DaemonStopper()
    await _handler(registry, "reprocess-steps")(body=kopf.Body(raw), patch=patch, stopped=stopper.async_waiter)
    assert patch["status"]["phase"] == "Failed"
    assert patch["status"]["conditions"][0]["reason"] == "PipelineNotFound"
    assert [e.reason for e in posted] == ["PipelineNotFound"]
