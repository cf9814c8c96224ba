"""What each tier is told, by the env var names of docs/dev/contracts.md.

Plain settings go to the tier's ConfigMap (loaded with envFrom); anything secret is a `secretKeyRef` env entry or a
file mounted from a Secret, so no secret value ever appears in a Deployment or ConfigMap the operator writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from eventpipeline.common.api import SecretKeyRef, ValueFrom, parse_duration
from eventpipeline.common.kafka_client import security_protocol
from eventpipeline.operator.builders.common import HTTP_PORT
from eventpipeline.operator.builders.secret import REDIS_PASSWORD_KEY, redis_secret_name
from eventpipeline.operator.pipeline import Pipeline, Tier

REDIS_PORT: Final = 6379
KEYS_DIR: Final = "/etc/eventpipeline"
KEYS_FILE: Final = "keys"
CA_FILE: Final = "ca.crt"


@dataclass
class TierEnv:
    """The ConfigMap data, the env entries (secret refs, then user extras), and the key-file volumes."""

    config: dict[str, str] = field(default_factory=dict)
    env: list[dict[str, Any]] = field(default_factory=list)
    volumes: list[dict[str, Any]] = field(default_factory=list)
    mounts: list[dict[str, Any]] = field(default_factory=list)


def _value_from(ref: ValueFrom) -> dict[str, Any]:
    if ref.secret_key_ref is not None:
        return {"secretKeyRef": {"name": ref.secret_key_ref.name, "key": ref.secret_key_ref.key}}
    assert ref.config_map_key_ref is not None  # the model guarantees exactly one
    return {"configMapKeyRef": {"name": ref.config_map_key_ref.name, "key": ref.config_map_key_ref.key}}


def _secret_env(name: str, secret: str, key: str) -> dict[str, Any]:
    return {"name": name, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}


def _kafka(pipeline: Pipeline, prefix: str, out: TierEnv) -> None:
    """Bootstrap, TLS and SASL of the tier's Kafka clients (`KafkaClientSettings` in common): the password as a
    secretKeyRef, the CA as a file mounted from its Secret."""
    kafka = pipeline.spec.kafka
    var = f"{prefix}KAFKA_BOOTSTRAP"
    if kafka.bootstrap_servers is not None:
        out.config[var] = kafka.bootstrap_servers
    else:
        assert kafka.bootstrap_servers_from is not None
        out.env.append({"name": var, "valueFrom": _value_from(kafka.bootstrap_servers_from)})
    out.config[f"{prefix}KAFKA_SECURITY_PROTOCOL"] = security_protocol(
        tls=kafka.tls is not None, sasl=kafka.sasl is not None
    )
    if kafka.sasl is not None:
        out.config[f"{prefix}KAFKA_SASL_MECHANISM"] = kafka.sasl.mechanism
        if kafka.sasl.username is not None:
            out.config[f"{prefix}KAFKA_SASL_USERNAME"] = kafka.sasl.username
        else:
            assert kafka.sasl.username_secret is not None  # the model guarantees exactly one
            user = kafka.sasl.username_secret
            out.env.append(_secret_env(f"{prefix}KAFKA_SASL_USERNAME", user.name, user.key))
        password = kafka.sasl.password_secret
        out.env.append(_secret_env(f"{prefix}KAFKA_SASL_PASSWORD", password.name, password.key))
    if kafka.tls is not None and kafka.tls.ca_secret is not None:
        out.config[f"{prefix}KAFKA_CA_FILE"] = _secret_file(kafka.tls.ca_secret, "kafka-ca", CA_FILE, out)


def _postgres_ca(pipeline: Pipeline, prefix: str, out: TierEnv) -> None:
    """The CA the tier verifies PostgreSQL with (its settings then force sslmode=verify-full on every DSN)."""
    ca = pipeline.spec.postgres.ca_secret
    if ca is not None:
        out.config[f"{prefix}POSTGRES_CA_FILE"] = _secret_file(ca, "postgres-ca", CA_FILE, out)


def _secret_file(ref: SecretKeyRef, volume: str, filename: str, out: TierEnv) -> str:
    """Mount one key of a Secret as a file (kubelet refreshes it when the Secret changes); returns its path."""
    out.volumes.append(
        {"name": volume, "secret": {"secretName": ref.name, "items": [{"key": ref.key, "path": filename}]}}
    )
    directory = f"{KEYS_DIR}/{volume}"
    out.mounts.append({"name": volume, "mountPath": directory, "readOnly": True})
    return f"{directory}/{filename}"


def redis_url(pipeline: Pipeline) -> str:
    """The managed Redis Service's URL (database 0)."""
    return f"redis://{pipeline.child_name('redis')}.{pipeline.namespace}.svc:{REDIS_PORT}/0"


def _seconds(duration: str) -> str:
    value = parse_duration(duration)
    return str(int(value)) if value == int(value) else str(value)


def ingest_env(pipeline: Pipeline) -> TierEnv:
    out = TierEnv()
    _kafka(pipeline, "EP_INGEST_", out)
    out.config["EP_INGEST_TOPIC"] = pipeline.topic
    out.config["EP_INGEST_HOST"] = "0.0.0.0"
    out.config["EP_INGEST_PORT"] = str(HTTP_PORT)
    ref = pipeline.spec.auth.write_keys_secret_for(pipeline.name)
    out.config["EP_INGEST_WRITE_KEYS_FILE"] = _secret_file(ref, "write-keys", KEYS_FILE, out)
    return out


def consumer_env(pipeline: Pipeline) -> TierEnv:
    out = TierEnv()
    _kafka(pipeline, "EP_CONSUMER_", out)
    out.config["EP_CONSUMER_TOPIC"] = pipeline.topic
    out.config["EP_CONSUMER_GROUP"] = pipeline.consumer_group
    out.config["EP_CONSUMER_DLQ_TOPIC"] = pipeline.dlq_topic
    out.config["EP_CONSUMER_SCHEMA"] = pipeline.schema
    out.config["EP_CONSUMER_PORT"] = str(HTTP_PORT)
    # The operator applies migrations before the consumer starts; pods racing DDL would only add lock waits.
    out.config["EP_CONSUMER_MIGRATE"] = "false"
    # An id must stay in the dedup ledger as long as Kafka can redeliver it: the topic's retention, at least 24 h.
    retention_hours = -(-int(parse_duration(pipeline.spec.kafka.retention)) // 3600)
    out.config["EP_CONSUMER_LEDGER_RETENTION_HOURS"] = str(max(24, retention_hours))
    primary = pipeline.spec.postgres.primary
    out.env.append(_secret_env("EP_CONSUMER_POSTGRES_DSN", primary.name, primary.key))
    _postgres_ca(pipeline, "EP_CONSUMER_", out)
    return out


def analytics_env(pipeline: Pipeline) -> TierEnv:
    out = TierEnv()
    postgres = pipeline.spec.postgres
    out.env.append(_secret_env("EP_ANALYTICS_PRIMARY_DSN", postgres.primary.name, postgres.primary.key))
    # One DSN per Secret, joined with Kubernetes' $(VAR) expansion so that no DSN is ever copied out of its Secret.
    names = []
    for index, replica in enumerate(postgres.replicas):
        names.append(f"EP_ANALYTICS_REPLICA_DSN_{index}")
        out.env.append(_secret_env(names[-1], replica.name, replica.key))
    out.env.append({"name": "EP_ANALYTICS_REPLICA_DSNS", "value": ",".join(f"$({n})" for n in names)})
    _postgres_ca(pipeline, "EP_ANALYTICS_", out)
    redis = pipeline.spec.redis
    if redis.external is not None:
        url = redis.external.url_secret
        out.env.append(_secret_env("EP_ANALYTICS_REDIS_URL", url.name, url.key))
        if redis.external.ca_secret is not None:
            out.config["EP_ANALYTICS_REDIS_CA_FILE"] = _secret_file(redis.external.ca_secret, "redis-ca", CA_FILE, out)
    else:
        out.config["EP_ANALYTICS_REDIS_URL"] = redis_url(pipeline)
        out.env.append(_secret_env("EP_ANALYTICS_REDIS_PASSWORD", redis_secret_name(pipeline), REDIS_PASSWORD_KEY))
    out.config["EP_ANALYTICS_SCHEMA"] = pipeline.schema
    # An external Redis may serve several pipelines: keys are namespaced per pipeline so answers never mix.
    out.config["EP_ANALYTICS_CACHE_PREFIX"] = f"ep:{pipeline.namespace}:{pipeline.name}:"
    out.config["EP_ANALYTICS_CACHE_TTL_SECONDS"] = _seconds(redis.cache_ttl)
    out.config["EP_ANALYTICS_HOST"] = "0.0.0.0"
    out.config["EP_ANALYTICS_PORT"] = str(HTTP_PORT)
    ref = pipeline.spec.auth.read_keys_secret_for(pipeline.name)
    out.config["EP_ANALYTICS_READ_KEYS_FILE"] = _secret_file(ref, "read-keys", KEYS_FILE, out)
    return out


def tier_env(pipeline: Pipeline, tier: Tier) -> TierEnv:
    """The tier's settings; the user's extra env comes last, minus any name the operator sets (ours win)."""
    out = {"ingest": ingest_env, "consumer": consumer_env, "analytics": analytics_env}[tier](pipeline)
    ours = set(out.config) | {entry["name"] for entry in out.env}
    out.env.extend({"name": e.name, "value": e.value} for e in pipeline.tier(tier).env if e.name not in ours)
    return out
