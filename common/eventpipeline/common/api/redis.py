"""`spec.redis`: the analytics cache, run by the operator (managed) or brought by the user (external)."""

from __future__ import annotations

from eventpipeline.common.api.base import ApiModel, Duration, Image, cel_rule
from eventpipeline.common.api.refs import CaSecretRef, UrlSecretRef
from eventpipeline.common.api.resources import Resources, resources
from pydantic import Field, model_validator


class ManagedRedis(ApiModel):
    """A single Redis pod run by the operator (a cache: no persistence)."""

    image: Image = Field(default="redis:7.2-alpine", description="Redis image.")
    resources: Resources = Field(
        default_factory=lambda: resources("50m", "64Mi", "128Mi"), description="Redis container resources."
    )


class ExternalRedis(ApiModel):
    """A Redis the user runs."""

    url_secret: UrlSecretRef = Field(
        description="Secret key holding the Redis URL (`rediss://` for TLS; a password in the URL is sent as AUTH)."
    )
    ca_secret: CaSecretRef | None = Field(
        default=None,
        description=(
            "Secret key holding the PEM CA bundle that signed a `rediss://` server's certificate. Default: the system's"
            " trust store."
        ),
    )


class RedisSpec(ApiModel):
    """The cache in front of analytics queries: managed (default) or external, not both."""

    managed: ManagedRedis | None = Field(
        default=None, description="Run Redis in the cluster. Default when external is not set."
    )
    external: ExternalRedis | None = Field(default=None, description="Use an existing Redis.")
    cache_ttl: Duration = Field(default="10s", description="How long analytics answers stay cached.")

    @model_validator(mode="after")
    @cel_rule("!(has(self.managed) && has(self.external))", "set at most one of managed or external")
    def _managed_or_external(self) -> RedisSpec:
        if self.managed is not None and self.external is not None:
            raise ValueError("set at most one of managed or external")
        if self.external is None and self.managed is None:
            self.managed = ManagedRedis()
        return self
