"""What the operator talks to, injectable (tests swap any part for a fake), and the pipeline's references into it:
the values of the Secrets and ConfigMaps its spec names (a missing one is a `Problem`, not an exception).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from confluent_kafka.admin import AdminClient
from eventpipeline.common.api import SecretKeyRef
from eventpipeline.common.kafka_client import KafkaConnection, security_protocol
from eventpipeline.common.postgres_tls import verified_dsn
from eventpipeline.operator import kafka_topics, ownership, postgres_admin
from eventpipeline.operator.dead_letters import unreplayed as unreplayed_dead_letters
from eventpipeline.operator.kube import KubeClient
from eventpipeline.operator.pipeline import Pipeline
from eventpipeline.operator.records import Problem
from eventpipeline.operator.redaction import Redactor


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Deps:
    """Everything the reconcile touches, injectable: tests swap any part for a fake."""

    kube: KubeClient
    admin_for: Callable[[KafkaConnection], AdminClient] = field(default=kafka_topics.make_admin)
    ensure_topic: Callable[..., kafka_topics.TopicReport] = kafka_topics.ensure_topic
    ensure_database: Callable[..., postgres_admin.DatabaseReport] = postgres_admin.ensure_database
    replica_status: Callable[[str], postgres_admin.ReplicaReport] = postgres_admin.replica_status
    newest_event: Callable[[str, str], datetime | None] = postgres_admin.newest_event
    dead_letters: Callable[..., Awaitable[int | None]] = unreplayed_dead_letters
    settle_ownership: Callable[..., list[Problem]] = ownership.settle
    owned: Callable[..., ownership.Owned] = ownership.owned
    forget_owned: Callable[..., None] = ownership.forget
    clock: Callable[[], datetime] = _now
    kafka_timeout_seconds: float = 10.0
    redactor: Redactor = field(default_factory=Redactor)


async def secret_value(deps: Deps, namespace: str, name: str, key: str) -> str | None:
    """A Secret key's value, remembered by the redactor first: no status or Event may quote it afterwards."""
    value = await deps.kube.read_key("Secret", namespace, name, key)
    if value is not None:
        deps.redactor.remember(value)
    return value


async def read_secret(deps: Deps, pipeline: Pipeline, ref: SecretKeyRef, field_path: str) -> str | Problem:
    value = await secret_value(deps, pipeline.namespace, ref.name, ref.key)
    if value is None:
        return Problem("SecretNotFound", f"{field_path}: Secret {ref.name} with key {ref.key} not found")
    return value.strip()


async def postgres_dsn(deps: Deps, pipeline: Pipeline, ref: SecretKeyRef, field_path: str) -> str | Problem:
    """A DSN from its Secret, verifying the server against `spec.postgres.caSecret` when set (the CA is written to a
    file: libpq reads a root certificate only from a file)."""
    dsn = await read_secret(deps, pipeline, ref, field_path)
    ca_ref = pipeline.spec.postgres.ca_secret
    if isinstance(dsn, Problem) or ca_ref is None:
        return dsn
    pem = await read_secret(deps, pipeline, ca_ref, "spec.postgres.caSecret")
    if isinstance(pem, Problem):
        return pem
    return verified_dsn(dsn, ca_file(pem))


def ca_file(pem: str, directory: Path | None = None) -> Path:
    """The PEM text as a file named by its content (written once, atomically; a changed CA is a new file)."""
    directory = directory or Path(tempfile.gettempdir()) / "eventpipeline-ca"
    path = directory / f"{hashlib.sha256(pem.encode()).hexdigest()[:32]}.pem"
    if not path.exists():
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(pem + "\n")
        partial.replace(path)
    return path


async def kafka_connection(deps: Deps, pipeline: Pipeline) -> KafkaConnection | Problem:
    """How the operator reaches the pipeline's Kafka: the bootstrap list, and the SASL credentials and CA its spec
    names (read from their Secrets on every pass, so a rotated password is used at once)."""
    bootstrap = await _bootstrap_servers(deps, pipeline)
    if isinstance(bootstrap, Problem):
        return bootstrap
    kafka = pipeline.spec.kafka
    username = password = ca_pem = ""
    if kafka.sasl is not None:
        if kafka.sasl.username is not None:
            username = kafka.sasl.username
        else:
            assert kafka.sasl.username_secret is not None  # the model guarantees exactly one
            found = await read_secret(deps, pipeline, kafka.sasl.username_secret, "spec.kafka.sasl.usernameSecret")
            if isinstance(found, Problem):
                return found
            username = found
        found = await read_secret(deps, pipeline, kafka.sasl.password_secret, "spec.kafka.sasl.passwordSecret")
        if isinstance(found, Problem):
            return found
        password = found
    if kafka.tls is not None and kafka.tls.ca_secret is not None:
        found = await read_secret(deps, pipeline, kafka.tls.ca_secret, "spec.kafka.tls.caSecret")
        if isinstance(found, Problem):
            return found
        ca_pem = found
    return KafkaConnection(
        bootstrap=bootstrap,
        security_protocol=security_protocol(tls=kafka.tls is not None, sasl=kafka.sasl is not None),
        sasl_mechanism=kafka.sasl.mechanism if kafka.sasl is not None else "SCRAM-SHA-512",
        username=username,
        password=password,
        ca_pem=ca_pem,
    )


async def _bootstrap_servers(deps: Deps, pipeline: Pipeline) -> str | Problem:
    """The bootstrap list, inline or from a Secret / ConfigMap key."""
    kafka = pipeline.spec.kafka
    if kafka.bootstrap_servers is not None:
        return kafka.bootstrap_servers
    source = kafka.bootstrap_servers_from
    assert source is not None
    if source.secret_key_ref is not None:
        return await read_secret(deps, pipeline, source.secret_key_ref, "spec.kafka.bootstrapServersFrom")
    assert source.config_map_key_ref is not None
    ref = source.config_map_key_ref
    value = await deps.kube.read_key("ConfigMap", pipeline.namespace, ref.name, ref.key)
    if value is None:
        return Problem(
            "ConfigMapNotFound", f"spec.kafka.bootstrapServersFrom: ConfigMap {ref.name} key {ref.key} not found"
        )
    return value.strip()
