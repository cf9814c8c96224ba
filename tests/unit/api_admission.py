"""A small stand-in for the API server's admission of a custom resource, for unit tests without a cluster.

What it does, in the API server's order: reject unknown fields (kubectl's default strict field validation),
apply the schema's defaults, validate against the OpenAPI schema (jsonschema, Draft 4 = OpenAPI 3.0 semantics),
then evaluate the CEL rules (cel-python) where they are declared. The e2e suite runs the same manifests through
the real API server; this catches mistakes in seconds.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import celpy
import jsonschema
from celpy.adapter import json_to_cel


@dataclass(frozen=True)
class Rejection:
    path: str
    message: str
    rule: str | None = None  # the CEL rule that failed, when it was one

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def admit(obj: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], list[Rejection]]:
    """The object as stored (defaults applied) and every reason it would be rejected."""
    unknown = list(_unknown_fields(obj, schema, ""))
    if unknown:
        return obj, unknown
    stored = copy.deepcopy(obj)
    _apply_defaults(stored, schema)
    validator = jsonschema.Draft4Validator(to_jsonschema(schema))
    errors = [
        Rejection(".".join(str(p) for p in e.absolute_path), e.message)
        for e in sorted(validator.iter_errors(stored), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if errors:
        return stored, errors
    return stored, list(_cel(stored, schema, ""))


def to_jsonschema(node: Any) -> Any:
    """OpenAPI 3.0 `nullable` -> JSON-schema null type; x-kubernetes-* keys are left for `admit`."""
    if isinstance(node, list):
        return [to_jsonschema(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_jsonschema(v) if k in ("properties", "items", "additionalProperties") else v for k, v in node.items()}
    if "properties" in node:
        out["properties"] = {k: to_jsonschema(v) for k, v in node["properties"].items()}
    if node.get("nullable"):
        out["type"] = [node["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
    return out


def _unknown_fields(obj: Any, schema: dict[str, Any], path: str) -> Any:
    if not isinstance(obj, dict) or schema.get("x-kubernetes-preserve-unknown-fields"):
        if isinstance(obj, list) and "items" in schema:
            for i, item in enumerate(obj):
                yield from _unknown_fields(item, schema["items"], f"{path}[{i}]")
        return
    props = schema.get("properties")
    extra = schema.get("additionalProperties")
    for key, value in obj.items():
        sub = f"{path}.{key}" if path else key
        if props is not None and key in props:
            yield from _unknown_fields(value, props[key], sub)
        elif isinstance(extra, dict):
            yield from _unknown_fields(value, extra, sub)
        elif props is not None:
            yield Rejection(sub, f'unknown field "{sub}"')


def _apply_defaults(obj: Any, schema: dict[str, Any]) -> None:
    if isinstance(obj, dict):
        for key, sub in schema.get("properties", {}).items():
            if key not in obj and "default" in sub:
                obj[key] = copy.deepcopy(sub["default"])
            if key in obj:
                _apply_defaults(obj[key], sub)
        if isinstance(schema.get("additionalProperties"), dict):
            for value in obj.values():
                _apply_defaults(value, schema["additionalProperties"])
    elif isinstance(obj, list) and "items" in schema:
        for item in obj:
            _apply_defaults(item, schema["items"])


_ENV = celpy.Environment()
_PROGRAMS: dict[str, Any] = {}


def _program(rule: str) -> Any:
    """Compiling with cel-python's parser is slow; each rule is compiled once per process."""
    if rule not in _PROGRAMS:
        _PROGRAMS[rule] = _ENV.program(_ENV.compile(rule))
    return _PROGRAMS[rule]


def _cel(obj: Any, schema: dict[str, Any], path: str) -> Any:
    if obj is None:
        return
    for rule in schema.get("x-kubernetes-validations", []):
        if "oldSelf" in rule["rule"]:
            continue  # a transition rule: the API server evaluates it on updates only, and this admits creates
        result = _program(rule["rule"]).evaluate({"self": json_to_cel(obj)})
        if not bool(result):
            where = path + rule.get("fieldPath", "")
            yield Rejection(where, rule["message"], rule["rule"])
    if isinstance(obj, dict):
        for key, sub in schema.get("properties", {}).items():
            if key in obj:
                yield from _cel(obj[key], sub, f"{path}.{key}" if path else key)
    elif isinstance(obj, list) and "items" in schema:
        for i, item in enumerate(obj):
            yield from _cel(item, schema["items"], f"{path}[{i}]")


def crd_schema(crd: dict[str, Any]) -> dict[str, Any]:
    """The openAPIV3Schema of the CRD's only version."""
    schema: dict[str, Any] = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]
    return schema
