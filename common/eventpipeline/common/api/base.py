"""Building blocks shared by every EventPipeline API model: the base config, the CEL pairing, string types.

Kubernetes field names are camelCase (aliases); Python attributes are snake_case. Every cross-field rule is
written twice on purpose, once as a pydantic validator (the operator and the tests) and once as a CEL rule (the
API server): `cel_rule` puts both in one place so a test can check that no rule lacks its twin.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator
from pydantic.alias_generators import to_camel

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class CelRule:
    """One `x-kubernetes-validations` entry; `field_path` names the field the message is about."""

    rule: str
    message: str
    field_path: str | None = None
    reason: str = "FieldValueInvalid"

    def to_openapi(self) -> dict[str, str]:
        out = {"rule": self.rule, "message": self.message}
        if self.field_path:
            out["fieldPath"] = self.field_path
            out["reason"] = self.reason
        return out


def cel_rule(rule: str, message: str, *, field_path: str | None = None) -> Callable[[F], F]:
    """Attach the CEL twin to a pydantic validator function (put it under `@model_validator`)."""

    def mark(func: F) -> F:
        func.__cel_rule__ = CelRule(rule=rule, message=message, field_path=field_path)  # type: ignore[attr-defined]
        return func

    return mark


def _add_cel_rules(schema: dict[str, Any], cls: type[Any]) -> None:
    rules = cel_rules_of(cls)
    if rules:
        schema["x-kubernetes-validations"] = [r.to_openapi() for r in rules]


class ApiModel(BaseModel):
    """Base of every spec/status model: camelCase on the wire, unknown fields rejected.

    Strict like the API server: `"12"` is not an integer and `"yes"` is not a boolean. Timestamps opt out (they
    arrive from the API server as RFC 3339 strings).
    """

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        strict=True,
        validate_default=True,
        json_schema_extra=_add_cel_rules,
    )

    @model_validator(mode="before")
    @classmethod
    def _plain_mapping(cls, data: Any) -> Any:
        """Accept any Mapping (kopf hands out read-only views), not only dicts, despite strict mode."""
        return _plain(data)


def _plain(value: Any) -> Any:
    """Mappings to dicts and sequences to lists, all the way down (strings stay strings)."""
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def cel_rules_of(cls: type[Any]) -> list[CelRule]:
    """The CEL rules declared on the model validators of `cls` (own and inherited), in declaration order."""
    decorators = getattr(cls, "__pydantic_decorators__", None)
    if decorators is None:
        return []
    out: list[CelRule] = []
    for dec in decorators.model_validators.values():
        if dec.info.mode != "after":
            continue  # input normalisation, not a rule
        rule = getattr(dec.func, "__cel_rule__", None)
        if rule is not None:
            out.append(rule)
    return out


# --- string types -------------------------------------------------------------------------------------------------

DURATION_PATTERN = r"^([0-9]+(ms|s|m|h|d|w))+$"
_DURATION_PART = re.compile(r"([0-9]+)(ms|s|m|h|d|w)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}

Duration = Annotated[str, StringConstraints(pattern=DURATION_PATTERN, max_length=32)]
"""A duration such as "30d", "300s", "5m" or "1h30m" (units ms, s, m, h, d, w)."""


def parse_duration(value: str) -> float:
    """Seconds in a Duration string; ValueError naming the value when it is not one."""
    if not re.fullmatch(DURATION_PATTERN, value):
        raise ValueError(f"invalid duration {value!r}: expected e.g. '30d', '300s', '5m', '1h30m'")
    return sum(int(n) * _UNIT_SECONDS[unit] for n, unit in _DURATION_PART.findall(value))


# Kubernetes resource.Quantity, without a sign (we never want negative resources).
QUANTITY_PATTERN = (
    r"^(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$"
)
Quantity = Annotated[str, StringConstraints(pattern=QUANTITY_PATTERN, max_length=64)]
"""A Kubernetes quantity as a string: "250m", "1", "512Mi", "2Gi"."""

DNS_SUBDOMAIN_PATTERN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
ResourceName = Annotated[str, StringConstraints(pattern=DNS_SUBDOMAIN_PATTERN, min_length=1, max_length=253)]
"""The name of a Secret or ConfigMap in the pipeline's namespace."""

SECRET_KEY_PATTERN = r"^[-._a-zA-Z0-9]+$"  # noqa: S105 - a key-name pattern, not a password
SecretKey = Annotated[str, StringConstraints(pattern=SECRET_KEY_PATTERN, min_length=1, max_length=253)]

IMAGE_PATTERN = r"^[^\s]+$"
Image = Annotated[str, StringConstraints(pattern=IMAGE_PATTERN, min_length=1, max_length=512)]
