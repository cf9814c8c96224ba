"""Every manifest under tests/data/invalid/ is rejected by the models AND by the CRD schema, naming the field.

The e2e suite re-runs the same files through the real API server with `kubectl apply`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from eventpipeline.common.api import EventPipeline
from eventpipeline.common.api.crd import eventpipeline_crd
from pydantic import ValidationError

from tests.unit.api_admission import admit, crd_schema

pytestmark = pytest.mark.unit

INVALID = sorted((Path(__file__).parents[1] / "data" / "invalid").glob("*.yaml"))
SCHEMA = crd_schema(eventpipeline_crd())


def _load(path: Path) -> tuple[dict[str, Any], str]:
    text = path.read_text()
    field = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("# field:"))
    assert any(line.startswith("# breaks:") for line in text.splitlines()), f"{path.name} lacks a '# breaks:' line"
    return yaml.safe_load(text), field


def test_there_are_invalid_manifests() -> None:
    assert len(INVALID) >= 7


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_models_reject_naming_the_field(path: Path) -> None:
    doc, field = _load(path)
    with pytest.raises(ValidationError) as info:
        EventPipeline.model_validate(doc)
    assert field in str(info.value), f"{path.name}: {field!r} not named in:\n{info.value}"


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_crd_schema_rejects_naming_the_field(path: Path) -> None:
    doc, field = _load(path)
    _, rejections = admit(doc, SCHEMA)
    assert rejections, f"{path.name} was admitted by the CRD schema"
    assert any(field in str(r) for r in rejections), f"{path.name}: {field!r} not named in {rejections}"


def test_every_cel_rule_is_exercised_and_has_its_pydantic_twin() -> None:
    """Each CEL rule of the CRD rejects at least one invalid manifest, which the models reject too."""
    declared = {r["rule"] for r in _cel_rules(SCHEMA)}
    failed: set[str] = set()
    for path in INVALID:
        doc, _ = _load(path)
        _, rejections = admit(doc, SCHEMA)
        cel = {r.rule for r in rejections if r.rule}
        if cel:
            with pytest.raises(ValidationError):
                EventPipeline.model_validate(doc)
        failed |= cel
    assert declared, "the CRD declares no CEL rules"
    assert failed == declared, f"CEL rules no invalid manifest exercises: {declared - failed}"


def _cel_rules(node: Any) -> list[dict[str, str]]:
    if isinstance(node, dict):
        out = list(node.get("x-kubernetes-validations", []))
        for key in ("properties", "items", "additionalProperties"):
            sub = node.get(key)
            if key == "properties" and isinstance(sub, dict):
                for child in sub.values():
                    out += _cel_rules(child)
            elif isinstance(sub, dict):
                out += _cel_rules(sub)
        return out
    return []
