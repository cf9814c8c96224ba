"""examples/minimal.yaml and examples/complete.yaml: valid for the models and for the CRD schema."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from eventpipeline.common.api import EventPipeline, EventPipelineSpec
from eventpipeline.common.api.crd import eventpipeline_crd

from tests.unit.api_admission import admit, crd_schema

pytestmark = pytest.mark.unit

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCHEMA = crd_schema(eventpipeline_crd())
# Fields that exclude one another: complete.yaml shows the second of each pair commented out.
ALTERNATIVES = {
    "spec.kafka.bootstrapServersFrom",
    "spec.kafka.bootstrapServersFrom.secretKeyRef",
    "spec.kafka.bootstrapServersFrom.configMapKeyRef",
    "spec.redis.external",
    "spec.kafka.sasl.usernameSecret",
}


def _load(name: str) -> dict[str, Any]:
    """The example's EventPipeline (an example may carry the other projects' objects it relies on)."""
    docs = yaml.safe_load_all((EXAMPLES / name).read_text())
    found: dict[str, Any] = next(d for d in docs if d and d.get("kind") == "EventPipeline")
    return found


@pytest.mark.parametrize("name", ["minimal.yaml", "complete.yaml", "strimzi-cloudnativepg.yaml"])
def test_example_is_valid_for_models_and_schema(name: str) -> None:
    doc = _load(name)
    EventPipeline.model_validate(doc)
    _, rejections = admit(doc, SCHEMA)
    assert rejections == []


@pytest.mark.parametrize("name", ["minimal.yaml", "complete.yaml", "strimzi-cloudnativepg.yaml"])
def test_crd_defaults_equal_model_defaults(name: str) -> None:
    """What the API server stores after defaulting is what the models make of the same input."""
    doc = _load(name)
    stored, _ = admit(doc, SCHEMA)
    modelled = EventPipelineSpec.model_validate(doc["spec"]).model_dump(mode="json", by_alias=True, exclude_none=True)
    assert stored["spec"] == modelled


def _leaves(node: Any, path: str) -> list[str]:
    if isinstance(node, dict) and node:
        return [leaf for key, value in node.items() for leaf in _leaves(value, f"{path}.{key}")]
    return [path]


def test_minimal_has_only_fields_without_defaults() -> None:
    """Removing any field of minimal.yaml makes it invalid: nothing in it is optional."""
    doc = _load("minimal.yaml")
    leaves = _leaves(doc["spec"], "spec")
    assert leaves
    for leaf in leaves:
        broken = copy.deepcopy(doc)
        *parents, last = leaf.split(".")[1:]
        target = broken["spec"]
        for key in parents:
            target = target[key]
        del target[last]
        _, rejections = admit(broken, SCHEMA)
        assert rejections, f"minimal.yaml: {leaf} has a default, so it does not belong in the minimal example"


def _schema_paths(node: dict[str, Any], path: str) -> list[str]:
    out = []
    for name, sub in node.get("properties", {}).items():
        out.append(f"{path}.{name}")
        out += _schema_paths(sub, f"{path}.{name}")
    if isinstance(node.get("items"), dict):
        out += _schema_paths(node["items"], path + "[]")
    return out


def _doc_paths(node: Any, path: str) -> set[str]:
    out: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            out.add(f"{path}.{key}")
            out |= _doc_paths(value, f"{path}.{key}")
    elif isinstance(node, list):
        for item in node:
            out |= _doc_paths(item, path + "[]")
    return out


def test_complete_sets_every_field() -> None:
    text = (EXAMPLES / "complete.yaml").read_text()
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    present = _doc_paths(_load("complete.yaml")["spec"], "spec")
    missing = []
    for path in _schema_paths(SCHEMA["properties"]["spec"], "spec"):
        if path in present:
            continue
        if path in ALTERNATIVES:
            name = path.rsplit(".", 1)[-1]
            assert any(line.lstrip().startswith("#") and f"{name}:" in line for line in comments), path
            continue
        if any(path.startswith(alt + ".") for alt in ALTERNATIVES):
            continue  # the fields of a commented-out alternative
        missing.append(path)
    assert missing == [], f"complete.yaml lacks {missing}"
