"""Container resources and extra environment variables, shaped like their Kubernetes counterparts."""

from __future__ import annotations

from typing import Annotated

from eventpipeline.common.api.base import ApiModel, Quantity
from pydantic import Field, StringConstraints

ENV_NAME_PATTERN = r"^[-._a-zA-Z][-._a-zA-Z0-9]*$"


class ResourceList(ApiModel):
    """CPU and memory amounts (quote them in YAML: `cpu: "1"`)."""

    cpu: Quantity | None = Field(default=None, description='CPU, e.g. "250m" or "1".')
    memory: Quantity | None = Field(default=None, description='Memory, e.g. "256Mi".')


class Resources(ApiModel):
    """Requests and limits of a container."""

    requests: ResourceList = Field(default_factory=ResourceList, description="What the scheduler reserves.")
    limits: ResourceList = Field(default_factory=ResourceList, description="The most the container may use.")


def resources(cpu: str, memory: str, memory_limit: str) -> Resources:
    """A default: request cpu and memory, limit memory only (CPU limits throttle latency-sensitive tiers)."""
    return Resources(requests=ResourceList(cpu=cpu, memory=memory), limits=ResourceList(memory=memory_limit))


class EnvVar(ApiModel):
    """One extra environment variable of a tier's containers."""

    name: Annotated[str, StringConstraints(pattern=ENV_NAME_PATTERN, min_length=1, max_length=256)] = Field(
        description="Variable name."
    )
    value: Annotated[str, StringConstraints(max_length=32768)] = Field(default="", description="Variable value.")
