"""Kafka topic management through the admin API: create, adopt, grow, revert drift, refuse to shrink.

Kafka cannot remove partitions (a record's partition is fixed by its key, and shrinking would strand data), so a
requested decrease is refused and reported, never retried forever. Only the config keys we declare are managed:
overrides that someone else set on other keys are left alone (adopting a topic must not wipe its settings).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from confluent_kafka import KafkaError, KafkaException, TopicCollection

# The documented public path is confluent_kafka.admin; the package re-exports these without `__all__`.
from confluent_kafka.admin import (  # type: ignore[attr-defined]
    AdminClient,
    AlterConfigOpType,
    ConfigEntry,
    ConfigResource,
    NewPartitions,
    NewTopic,
    ResourceType,
)
from eventpipeline.common.kafka_client import ClientConfig, KafkaConnection
from eventpipeline.operator.records import Problem

log = logging.getLogger("eventpipeline.operator.kafka_topics")

DAY_MS = 24 * 60 * 60 * 1000
DEFAULT_RETENTION_MS = 30 * DAY_MS


class KafkaUnavailableError(Exception):
    """Kafka could not be reached or answered with a retriable error: retry later."""


@dataclass(frozen=True)
class TopicSpec:
    """What the topic should look like; `config` holds every managed key (retention.ms included).

    A replication factor of -1 asks for the broker's default (and then accepts whatever an adopted topic has)."""

    name: str
    partitions: int
    replication_factor: int
    config: Mapping[str, str] = field(default_factory=dict)


@dataclass
class TopicReport:
    """The observed topic after a pass, the changes made, and the problems found."""

    name: str
    partitions: int = 0
    replication_factor: int = 0
    config: dict[str, str] = field(default_factory=dict)
    created: bool = False
    actions: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def topic_spec(
    name: str,
    *,
    partitions: int,
    replication_factor: int,
    retention_ms: int = DEFAULT_RETENTION_MS,
    extra_config: Mapping[str, str] | None = None,
) -> TopicSpec:
    """The managed config is retention.ms plus the extra keys (an explicit retention.ms in extra wins)."""
    config = {"retention.ms": str(retention_ms)}
    config.update({key: str(value) for key, value in (extra_config or {}).items()})
    return TopicSpec(name=name, partitions=partitions, replication_factor=replication_factor, config=config)


def dlq_name(topic: str) -> str:
    """Dead letters go to `<topic>.dlq` (docs/dev/contracts.md)."""
    return f"{topic}.dlq"


# Why a broker turned the connection down, as librdkafka reports it to the error callback (not to the request,
# which only times out): wrong SASL credentials, a TLS failure (unknown CA, host name mismatch).
_REFUSALS = frozenset({KafkaError._AUTHENTICATION, KafkaError._SSL, KafkaError.SASL_AUTHENTICATION_FAILED})


# librdkafka retries a refused connection within a second or so: an older refusal is history, not the reason.
REFUSAL_FRESH_SECONDS = 30.0


class Admin(AdminClient):
    """An AdminClient that remembers why the brokers last refused it, so a timed-out request can say so.

    With an error callback set, librdkafka queues its errors until `poll`: the owner calls `drain` now and then
    (each reconcile pass does), so the queue stays short while nothing fails."""

    def __init__(self, config: ClientConfig) -> None:
        self._refusal = ""
        self._refused_at = 0.0
        settings: dict[str, Any] = {**config, "error_cb": self._on_error}  # the stubs type no callbacks
        super().__init__(settings)

    def drain(self) -> None:
        """Serve the queued error callbacks (an AdminClient calls them only from `poll`)."""
        self.poll(0)

    def why_refused(self) -> str:
        """The brokers' latest refusal if it is recent, else ''."""
        self.drain()
        fresh = time.monotonic() - self._refused_at < REFUSAL_FRESH_SECONDS
        return self._refusal if fresh else ""

    def _on_error(self, error: KafkaError) -> None:
        # librdkafka's text names the mechanism and the broker, never the credentials.
        if error.code() in _REFUSALS:
            self._refusal, self._refused_at = error.str(), time.monotonic()


def make_admin(kafka: KafkaConnection, *, timeout_s: float = 10.0) -> Admin:
    """An AdminClient that fails fast when the brokers are unreachable (or refuse its credentials)."""
    ms = int(timeout_s * 1000)
    return Admin(
        {
            **kafka.config(),
            "socket.timeout.ms": ms,
            "socket.connection.setup.timeout.ms": ms,
            "reconnect.backoff.max.ms": 1000,
            "log_level": 3,
        }
    )


def unavailable(exc: Exception, what: str, admin: object) -> KafkaUnavailableError:
    """The error for a request Kafka did not answer, with the brokers' refusal when there was one."""
    refusal = admin.why_refused() if isinstance(admin, Admin) else ""
    return KafkaUnavailableError(f"kafka: {what}: {refusal or exc or type(exc).__name__}")


def _wait(
    admin: AdminClient, future: Future[Any], timeout_s: float, what: str, *, tolerate: tuple[int, ...] = ()
) -> KafkaError | None:
    """Wait for an admin future: None on success, the error when its code is tolerated, else raise unavailable."""
    try:
        future.result(timeout=timeout_s)
    except KafkaException as exc:
        error: KafkaError = exc.args[0]
        if error.code() in tolerate:
            return error
        raise unavailable(exc, what, admin) from exc
    except TimeoutError as exc:
        raise unavailable(exc, what, admin) from exc
    return None


def describe_topic(admin: AdminClient, name: str, *, timeout_s: float = 10.0) -> tuple[int, int] | None:
    """(partitions, replication factor), or None when the topic does not exist.

    DescribeTopics, not a metadata request: asking the metadata of one topic auto-creates it on brokers with
    `auto.create.topics.enable` (the default), with the broker's partition count instead of ours.
    """
    future = admin.describe_topics(TopicCollection([name]), request_timeout=timeout_s)[name]
    try:
        description = future.result(timeout=timeout_s)
    except KafkaException as exc:
        error: KafkaError = exc.args[0]
        if error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART:
            return None
        raise unavailable(exc, f"describe topic {name}", admin) from exc
    except TimeoutError as exc:
        raise unavailable(exc, f"describe topic {name}", admin) from exc
    partitions = description.partitions
    replication = max((len(p.replicas) for p in partitions), default=0)
    return len(partitions), replication


def _wait_visible(admin: AdminClient, name: str, timeout_s: float) -> tuple[int, int]:
    """A created topic takes a moment to reach every broker's metadata: poll, bounded."""
    deadline = time.monotonic() + timeout_s
    while True:
        described = describe_topic(admin, name, timeout_s=timeout_s)
        if described is not None and described[0] > 0:
            return described
        if time.monotonic() > deadline:
            raise KafkaUnavailableError(f"kafka: topic {name} not visible {timeout_s:.0f}s after create")
        time.sleep(0.2)


def topic_config(admin: AdminClient, name: str, *, timeout_s: float = 10.0) -> dict[str, str]:
    """Every config value of the topic (defaults included), as strings."""
    resource = ConfigResource(ResourceType.TOPIC, name)
    try:
        entries: dict[str, ConfigEntry] = admin.describe_configs([resource], request_timeout=timeout_s)[
            resource
        ].result(timeout=timeout_s)
    except (KafkaException, TimeoutError) as exc:
        raise unavailable(exc, f"describe configs of {name}", admin) from exc
    return {key: entry.value for key, entry in entries.items() if entry.value is not None}


def _create(admin: AdminClient, spec: TopicSpec, report: TopicReport, timeout_s: float) -> bool:
    """Create the topic; False when another writer created it first (then it is adopted)."""
    new = NewTopic(
        spec.name,
        num_partitions=spec.partitions,
        replication_factor=spec.replication_factor,
        config=dict(spec.config),
    )
    future = admin.create_topics([new], request_timeout=timeout_s)[spec.name]
    rejected = (KafkaError.INVALID_REPLICATION_FACTOR, KafkaError.INVALID_CONFIG, KafkaError.INVALID_PARTITIONS)
    error = _wait(
        admin, future, timeout_s, f"create topic {spec.name}", tolerate=(KafkaError.TOPIC_ALREADY_EXISTS, *rejected)
    )
    if error is not None:
        if error.code() in rejected:
            report.problems.append(Problem("TopicCreateRejected", f"kafka refused topic {spec.name}: {error.str()}"))
        return False
    report.created = True
    report.actions.append(
        f"created topic {spec.name} with {spec.partitions} partitions, replication factor {spec.replication_factor}"
    )
    return True


def _grow(admin: AdminClient, spec: TopicSpec, current: int, report: TopicReport, timeout_s: float) -> None:
    future = admin.create_partitions([NewPartitions(spec.name, spec.partitions)], request_timeout=timeout_s)[spec.name]
    _wait(admin, future, timeout_s, f"grow partitions of {spec.name}")
    report.actions.append(f"increased partitions of {spec.name} from {current} to {spec.partitions}")


def config_drift(desired: Mapping[str, str], actual: Mapping[str, str]) -> dict[str, str]:
    """The managed keys whose actual value differs from the desired one (desired values returned)."""
    return {key: value for key, value in desired.items() if actual.get(key) != value}


def _revert(
    admin: AdminClient, spec: TopicSpec, drift: Mapping[str, str], report: TopicReport, timeout_s: float
) -> None:
    entries = [ConfigEntry(key, value, incremental_operation=AlterConfigOpType.SET) for key, value in drift.items()]
    resource = ConfigResource(ResourceType.TOPIC, spec.name, incremental_configs=entries)
    future = admin.incremental_alter_configs([resource], request_timeout=timeout_s)[resource]
    error = _wait(
        admin,
        future,
        timeout_s,
        f"alter configs of {spec.name}",
        tolerate=(KafkaError.INVALID_CONFIG, KafkaError.POLICY_VIOLATION),
    )
    if error is not None:
        report.problems.append(Problem("TopicConfigRejected", f"kafka refused config of {spec.name}: {error.str()}"))
        return
    changed = ", ".join(f"{key}={value}" for key, value in sorted(drift.items()))
    report.actions.append(f"set config of {spec.name}: {changed}")


def ensure_topic(admin: AdminClient, spec: TopicSpec, *, timeout_s: float = 10.0) -> TopicReport:
    """Make the topic match `spec` as far as Kafka allows, and say what was done and what was refused.

    Raises KafkaUnavailableError when Kafka cannot be reached (the caller retries later).
    """
    report = TopicReport(name=spec.name)
    described = describe_topic(admin, spec.name, timeout_s=timeout_s)
    if described is None:
        _create(admin, spec, report, timeout_s)
        if report.problems:
            return report
        described = _wait_visible(admin, spec.name, timeout_s)
    partitions, replication = described
    if spec.partitions > partitions:
        _grow(admin, spec, partitions, report, timeout_s)
        partitions = spec.partitions
    elif spec.partitions < partitions:
        report.problems.append(
            Problem(
                "PartitionDecreaseRefused",
                f"topic {spec.name} has {partitions} partitions; the spec asks for {spec.partitions}, "
                "and Kafka cannot remove partitions (keys would move and ordering break): "
                f"set partitions to {partitions} or more",
            )
        )
    if spec.replication_factor > 0 and replication != spec.replication_factor:
        report.problems.append(
            Problem(
                "ReplicationFactorMismatch",
                f"topic {spec.name} has replication factor {replication}, the spec asks for "
                f"{spec.replication_factor}; changing it needs a partition reassignment, which the operator "
                "does not do",
            )
        )
    actual = topic_config(admin, spec.name, timeout_s=timeout_s)
    drift = config_drift(spec.config, actual)
    if drift:
        _revert(admin, spec, drift, report, timeout_s)
        if not any(p.reason == "TopicConfigRejected" for p in report.problems):
            actual.update(drift)
    report.partitions = partitions
    report.replication_factor = replication
    report.config = {key: actual[key] for key in spec.config if key in actual}
    for action in report.actions:
        log.info("kafka change", extra={"topic": spec.name, "action": action})
    return report


def delete_topics(admin: AdminClient, names: list[str], *, timeout_s: float = 10.0) -> list[str]:
    """Delete the topics that exist; returns the names deleted. Missing topics are not an error."""
    deleted: list[str] = []
    futures = admin.delete_topics(names, request_timeout=timeout_s)
    for name, future in futures.items():
        if (
            _wait(admin, future, timeout_s, f"delete topic {name}", tolerate=(KafkaError.UNKNOWN_TOPIC_OR_PART,))
            is None
        ):
            deleted.append(name)
    return deleted


def as_status(report: TopicReport) -> dict[str, Any]:
    """The topic facts as they appear in the EventPipeline status."""
    return {
        "topic": report.name,
        "partitions": report.partitions,
        "replicationFactor": report.replication_factor,
        "config": dict(report.config),
    }
