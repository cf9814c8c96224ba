"""References to Secrets and ConfigMaps in the pipeline's own namespace (never across namespaces)."""

from __future__ import annotations

from eventpipeline.common.api.base import ApiModel, ResourceName, SecretKey, cel_rule
from pydantic import Field, model_validator


class SecretKeyRef(ApiModel):
    """One key of a Secret."""

    name: ResourceName = Field(description="Name of the Secret, in the EventPipeline's namespace.")
    key: SecretKey = Field(description="Key inside the Secret.")


class DsnSecretRef(SecretKeyRef):
    """A Secret key holding a libpq connection string (`postgresql://user:password@host:5432/db`)."""

    key: SecretKey = Field(default="dsn", description="Key holding the PostgreSQL DSN.")


class UrlSecretRef(SecretKeyRef):
    """A Secret key holding a URL (`redis://:password@host:6379/0`)."""

    key: SecretKey = Field(default="url", description="Key holding the URL.")


class CaSecretRef(SecretKeyRef):
    """A Secret key holding PEM CA certificates (Strimzi's `<cluster>-cluster-ca-cert`, CloudNativePG's
    `<cluster>-ca`: both `ca.crt`)."""

    key: SecretKey = Field(default="ca.crt", description="Key holding the PEM CA bundle.")


class PasswordSecretRef(SecretKeyRef):
    """A Secret key holding a password (a Strimzi KafkaUser's Secret: `password`)."""

    key: SecretKey = Field(default="password", description="Key holding the password.")


class KeysSecretRef(SecretKeyRef):
    """A Secret key holding API keys, one per line."""

    key: SecretKey = Field(default="keys", description="Key holding the API keys, one per line.")


class ConfigMapKeyRef(ApiModel):
    """One key of a ConfigMap."""

    name: ResourceName = Field(description="Name of the ConfigMap, in the EventPipeline's namespace.")
    key: SecretKey = Field(description="Key inside the ConfigMap.")


class LocalSecretRef(ApiModel):
    """A whole Secret, whose expected keys the referring field documents."""

    name: ResourceName = Field(description="Name of the Secret, in the EventPipeline's namespace.")


class ValueFrom(ApiModel):
    """Where to read a value: exactly one of a Secret key or a ConfigMap key."""

    secret_key_ref: SecretKeyRef | None = Field(default=None, description="Read the value from a Secret key.")
    config_map_key_ref: ConfigMapKeyRef | None = Field(default=None, description="Read the value from a ConfigMap key.")

    @model_validator(mode="after")
    @cel_rule(
        "has(self.secretKeyRef) != has(self.configMapKeyRef)",
        "exactly one of secretKeyRef or configMapKeyRef must be set",
    )
    def _exactly_one(self) -> ValueFrom:
        if (self.secret_key_ref is None) == (self.config_map_key_ref is None):
            raise ValueError("exactly one of secretKeyRef or configMapKeyRef must be set")
        return self
