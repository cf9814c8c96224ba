"""The CustomResourceDefinitions, as dicts: EventPipeline (from the models) and kopf's peering CRDs (fixed)."""

from __future__ import annotations

from typing import Any

from eventpipeline.common.api.base import cel_rules_of
from eventpipeline.common.api.openapi import json_schemas, to_structural
from eventpipeline.common.api.reprocess import (
    REPROCESS_CRD_NAME,
    REPROCESS_KIND,
    REPROCESS_PLURAL,
    REPROCESS_PRINTER_COLUMNS,
    REPROCESS_SHORT_NAMES,
    REPROCESS_SINGULAR,
    ReprocessSpec,
    ReprocessStatus,
)
from eventpipeline.common.api.resource import (
    CRD_NAME,
    GROUP,
    KIND,
    PLURAL,
    PRINTER_COLUMNS,
    SHORT_NAMES,
    SINGULAR,
    VERSION,
    EventPipeline,
)
from eventpipeline.common.api.spec import EventPipelineSpec
from eventpipeline.common.api.status import EventPipelineStatus
from pydantic import BaseModel

# Key order in the YAML: what a reader looks for first.
_ORDER = [
    "description",
    "type",
    "format",
    "enum",
    "default",
    "nullable",
    "minimum",
    "exclusiveMinimum",
    "maximum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "required",
]

# `kubectl get eventpipeline-all` lists every kind of ours. Not a name any kind answers to: a category equal to
# `eventpipeline` made `kubectl get eventpipeline NAME` ambiguous ("you must specify only one resource").
CATEGORY = "eventpipeline-all"


def _root(description: str, spec: type[BaseModel], status: type[BaseModel]) -> dict[str, Any]:
    """An object schema: apiVersion, kind, metadata, and the spec and status of the models."""
    (spec_schema, status_schema), defs = json_schemas(spec, status)
    return {
        "description": description,
        "type": "object",
        "required": ["spec"],
        "properties": {
            "apiVersion": {"type": "string", "description": "APIVersion of this object."},
            "kind": {"type": "string", "description": "Kind of this object."},
            "metadata": {"type": "object"},
            "spec": to_structural(spec_schema, defs),
            "status": to_structural(status_schema, defs),
        },
    }


def openapi_schema() -> dict[str, Any]:
    """The `openAPIV3Schema` of the EventPipeline CRD."""
    root = _root(
        "EventPipeline runs an event-analytics stack: ingest -> Kafka -> consumer -> PostgreSQL, "
        "analytics over the replicas through a Redis cache.",
        EventPipelineSpec,
        EventPipelineStatus,
    )
    # Root-level rules: the only place CEL may read metadata.name. They cannot carry a fieldPath (the API server
    # refuses `.metadata.name`: metadata has no schema here), so each message names the field itself.
    root["x-kubernetes-validations"] = [rule.to_openapi() for rule in cel_rules_of(EventPipeline)]
    ordered: dict[str, Any] = _ordered(root)
    return ordered


def _crd(
    *,
    name: str,
    kind: str,
    plural: str,
    singular: str,
    short_names: tuple[str, ...],
    columns: tuple[dict[str, str], ...],
    schema: dict[str, Any],
) -> dict[str, Any]:
    """A namespaced CRD of our group with a status subresource and printer columns."""
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": name, "labels": {"app.kubernetes.io/part-of": "eventpipeline"}},
        "spec": {
            "group": GROUP,
            "names": {
                "kind": kind,
                "listKind": f"{kind}List",
                "plural": plural,
                "singular": singular,
                "shortNames": list(short_names),
                "categories": [CATEGORY],
            },
            "scope": "Namespaced",
            "versions": [
                {
                    "name": VERSION,
                    "served": True,
                    "storage": True,
                    "subresources": {"status": {}},
                    "additionalPrinterColumns": [dict(c) for c in columns],
                    "schema": {"openAPIV3Schema": schema},
                }
            ],
        },
    }


def eventpipeline_crd() -> dict[str, Any]:
    """The EventPipeline CRD: namespaced, status subresource, printer columns."""
    return _crd(
        name=CRD_NAME,
        kind=KIND,
        plural=PLURAL,
        singular=SINGULAR,
        short_names=SHORT_NAMES,
        columns=PRINTER_COLUMNS,
        schema=openapi_schema(),
    )


def reprocess_crd() -> dict[str, Any]:
    """The EventPipelineReprocess CRD (common/api/reprocess.py)."""
    root = _root(
        "EventPipelineReprocess rebuilds the stored events and rollups of a time range of an EventPipeline from its "
        "Kafka topic (docs/reprocess.md).",
        ReprocessSpec,
        ReprocessStatus,
    )
    return _crd(
        name=REPROCESS_CRD_NAME,
        kind=REPROCESS_KIND,
        plural=REPROCESS_PLURAL,
        singular=REPROCESS_SINGULAR,
        short_names=REPROCESS_SHORT_NAMES,
        columns=REPROCESS_PRINTER_COLUMNS,
        schema=_ordered(root),
    )


def kopf_peering_crds() -> list[dict[str, Any]]:
    """kopf's peering CRDs (https://kopf.readthedocs.io/en/stable/peering/): free-form by kopf's design."""
    out = []
    for kind, scope in (("ClusterKopfPeering", "Cluster"), ("KopfPeering", "Namespaced")):
        plural = kind.lower() + "s"
        out.append(
            {
                "apiVersion": "apiextensions.k8s.io/v1",
                "kind": "CustomResourceDefinition",
                "metadata": {"name": f"{plural}.kopf.dev"},
                "spec": {
                    "group": "kopf.dev",
                    "names": {"kind": kind, "plural": plural, "singular": kind.lower()},
                    "scope": scope,
                    "versions": [
                        {
                            "name": "v1",
                            "served": True,
                            "storage": True,
                            "schema": {
                                "openAPIV3Schema": {
                                    "type": "object",
                                    "x-kubernetes-preserve-unknown-fields": True,
                                }
                            },
                        }
                    ],
                },
            }
        )
    return out


def _ordered(node: Any) -> Any:
    if isinstance(node, list):
        return [_ordered(x) for x in node]
    if not isinstance(node, dict):
        return node
    rank = {k: i for i, k in enumerate(_ORDER)}
    keys = sorted(node, key=lambda k: (rank.get(k, len(_ORDER)), k in ("properties", "items", "additionalProperties")))
    out: dict[str, Any] = {}
    for key in keys:
        value = node[key]
        if key == "properties":
            out[key] = {name: _ordered(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties"):
            out[key] = _ordered(value)
        else:
            out[key] = value
    return out
