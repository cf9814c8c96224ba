"""An EventPipeline as the operator sees it: identity from metadata plus the validated spec."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from eventpipeline.common.api import API_VERSION, KIND, EventPipelineSpec, TierSpec, name_problem
from pydantic import ValidationError

Tier = Literal["ingest", "consumer", "analytics"]
TIERS: Final[tuple[Tier, ...]] = ("ingest", "consumer", "analytics")


# Set by a running EventPipelineReprocess on its pipeline: the consumers stay at zero replicas until it lets go
# (neither the autoscaler nor the reconcile's min/max clamp scales them back up meanwhile).
CONSUMERS_HELD_ANNOTATION: Final = "analytics.eventpipeline.dev/consumers-held-by"


class InvalidSpecError(ValueError):
    """The spec does not validate; the message names the fields (it goes into the Ready condition)."""


@dataclass(frozen=True)
class Pipeline:
    """Identity plus spec: everything a builder needs, and nothing that needs I/O."""

    name: str
    namespace: str
    uid: str
    generation: int
    spec: EventPipelineSpec
    consumers_held: bool = False
    api_version: str = API_VERSION
    kind: str = KIND

    def tier(self, tier: Tier) -> TierSpec:
        spec: TierSpec = getattr(self.spec, tier)
        return spec

    def child_name(self, component: str) -> str:
        """`<pipeline>-<component>`: one name scheme for every child object."""
        return f"{self.name}-{component}"

    @property
    def topic(self) -> str:
        return self.spec.kafka.topic_for(self.name)

    @property
    def dlq_topic(self) -> str:
        return f"{self.topic}.dlq"

    @property
    def consumer_group(self) -> str:
        return self.spec.kafka.consumer_group_for(self.name)

    @property
    def schema(self) -> str:
        return self.spec.postgres.schema_name

    def service_url(self, tier: Tier, port: int = 8080) -> str:
        """The in-cluster URL of a tier's Service."""
        return f"http://{self.child_name(tier)}.{self.namespace}.svc:{port}"


def format_validation_error(exc: ValidationError) -> str:
    """`spec.kafka.partitions: Input should be ...; ...`: every failing field, by its camelCase path."""
    parts = []
    for error in exc.errors():
        path = ".".join(str(p) for p in ("spec", *error["loc"]))
        parts.append(f"{path}: {error['msg']}")
    return "; ".join(parts)


def pipeline_from_body(body: Mapping[str, Any]) -> Pipeline:
    """Validate a raw EventPipeline object; InvalidSpecError names every bad field."""
    metadata = body.get("metadata") or {}
    if (bad_name := name_problem(str(metadata["name"]))) is not None:
        raise InvalidSpecError(bad_name)
    try:
        spec = EventPipelineSpec.model_validate(body.get("spec") or {})
    except ValidationError as exc:
        raise InvalidSpecError(format_validation_error(exc)) from exc
    return Pipeline(
        name=str(metadata["name"]),
        namespace=str(metadata.get("namespace") or "default"),
        uid=str(metadata.get("uid") or ""),
        generation=int(metadata.get("generation") or 0),
        spec=spec,
        consumers_held=bool((metadata.get("annotations") or {}).get(CONSUMERS_HELD_ANNOTATION)),
    )
