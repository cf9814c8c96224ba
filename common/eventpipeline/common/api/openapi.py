"""Pydantic JSON schema -> a structural OpenAPI v3 schema the Kubernetes API server accepts.

Structural means (https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/
#specifying-a-structural-schema): no $ref, every node has a type, no anyOf/oneOf carrying types, OpenAPI 3.0
keywords only. Defaults from `default_factory` are kept (pydantic drops them) so the API server fills in the same
values the models would.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue, NoDefault, models_json_schema
from pydantic_core import core_schema

# JSON-schema keywords that OpenAPI v3 (as Kubernetes validates it) understands; everything else is dropped.
_KEEP = {
    "type",
    "format",
    "description",
    "default",
    "enum",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "nullable",
}


class WithFactoryDefaults(GenerateJsonSchema):
    """Like pydantic's generator, but reports `default_factory` values and leaves unset (None) fields out of them."""

    def get_default_value(self, schema: core_schema.WithDefaultSchema) -> Any:
        factory = schema.get("default_factory")
        if factory is not None and not schema.get("default_factory_takes_data"):
            return factory()  # type: ignore[call-arg]
        return schema.get("default", NoDefault)

    def encode_default(self, dft: Any) -> Any:
        if isinstance(dft, BaseModel):
            return dft.model_dump(mode="json", by_alias=True, exclude_none=True)
        return super().encode_default(dft)


def json_schemas(*models: type[BaseModel]) -> tuple[list[JsonSchemaValue], dict[str, JsonSchemaValue]]:
    """JSON schemas of the models (validation mode, by alias) and their shared `$defs`."""
    keyed, top = models_json_schema(
        [(m, "validation") for m in models], by_alias=True, schema_generator=WithFactoryDefaults
    )
    defs: dict[str, JsonSchemaValue] = top.get("$defs", {})
    return [keyed[(m, "validation")] for m in models], defs


def to_structural(node: JsonSchemaValue, defs: dict[str, JsonSchemaValue]) -> dict[str, Any]:
    """Convert one JSON-schema node (and below) into a structural OpenAPI v3 node."""
    node = _resolve(node, defs)
    nullable = False
    if "anyOf" in node:
        options = [o for o in node["anyOf"] if o.get("type") != "null"]
        if len(options) != 1:
            raise ValueError(f"cannot express anyOf with {len(options)} non-null options structurally: {node}")
        nullable = len(options) < len(node["anyOf"])
        siblings = {k: v for k, v in node.items() if k != "anyOf"}
        node = {**_resolve(options[0], defs), **siblings}
    if "const" in node:
        node = {**{k: v for k, v in node.items() if k != "const"}, "enum": [node["const"]]}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-kubernetes-") or key in _KEEP:
            out[key] = value
    if out.get("default", ...) is None:
        del out["default"]  # "no value" is expressed by leaving the field out, not by a null default
    if nullable:
        out["nullable"] = True
    if "properties" in out:
        out["type"] = "object"
        out["properties"] = {name: to_structural(sub, defs) for name, sub in out["properties"].items()}
        out.pop("additionalProperties", None)  # unknown fields are pruned, and rejected by strict field validation
    elif out.get("type") == "object":
        extra = out.pop("additionalProperties", None)
        if out.get("x-kubernetes-preserve-unknown-fields"):
            pass
        elif isinstance(extra, dict):
            out["additionalProperties"] = to_structural(extra, defs)
        else:
            raise ValueError(f"object without properties must be a typed map or marked free-form: {node}")
    if "items" in out:
        out["items"] = to_structural(out["items"], defs)
    for bound in ("exclusiveMinimum", "exclusiveMaximum"):
        if isinstance(out.get(bound), (int, float)) and not isinstance(out[bound], bool):
            out[bound.replace("exclusiveM", "m")] = out[bound]  # JSON Schema 2020 number -> OpenAPI 3.0 bool
            out[bound] = True
    if "type" not in out:
        raise ValueError(f"schema node has no type: {node}")
    return out


def _resolve(node: JsonSchemaValue, defs: dict[str, JsonSchemaValue]) -> JsonSchemaValue:
    """Inline a `$ref`; the referring node's own keys (description, default) win over the definition's."""
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**defs[name], **siblings}
    return node
