"""Generated secrets: API keys for a pipeline whose spec names no keys Secret, and the managed Redis' password.

Only ever created, never applied again: regenerating on every pass would rotate every client's key. Keys are
`secrets.token_urlsafe(32)` (256 bits); the file holds one key per line, as ingest and analytics read it.
"""

from __future__ import annotations

import secrets
from typing import Any, Literal

from eventpipeline.operator.builders.common import metadata
from eventpipeline.operator.pipeline import Pipeline

KeysKind = Literal["write", "read"]


def generate_key() -> str:
    return secrets.token_urlsafe(32)


def keys_secret_ref(pipeline: Pipeline, kind: KeysKind) -> tuple[str, str]:
    """(Secret name, key) that the tier reads its keys from."""
    auth = pipeline.spec.auth
    ref = auth.write_keys_secret_for(pipeline.name) if kind == "write" else auth.read_keys_secret_for(pipeline.name)
    return ref.name, ref.key


def generated(pipeline: Pipeline, kind: KeysKind) -> bool:
    """Whether the operator owns (and generates) this keys Secret: the spec names none."""
    auth = pipeline.spec.auth
    return (auth.write_keys_secret if kind == "write" else auth.read_keys_secret) is None


def build_keys_secret(pipeline: Pipeline, kind: KeysKind, keys: list[str]) -> dict[str, Any]:
    """The Secret holding `keys`; pass fresh `generate_key()` values, and only when the Secret doesn't exist yet."""
    name, key = keys_secret_ref(pipeline, kind)
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": metadata(pipeline, f"{kind}-keys", name),
        "type": "Opaque",
        "stringData": {key: "".join(f"{k}\n" for k in keys)},
    }


REDIS_PASSWORD_KEY = "password"  # noqa: S105 (the Secret's key name, not a password)
REDIS_CONFIG_KEY = "redis.conf"


def redis_secret_name(pipeline: Pipeline) -> str:
    """The managed Redis' password Secret: the Redis Deployment's own name (another kind, so no clash)."""
    return pipeline.child_name("redis")


def build_redis_secret(pipeline: Pipeline, password: str) -> dict[str, Any]:
    """The password, for analytics, and a config file that sets it, for Redis: a file, so the password is on no
    command line. URL-safe characters only (`generate_key()`), which a Redis config line takes unquoted."""
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": metadata(pipeline, "redis", redis_secret_name(pipeline)),
        "type": "Opaque",
        "stringData": {REDIS_PASSWORD_KEY: password, REDIS_CONFIG_KEY: f"requirepass {password}\n"},
    }
