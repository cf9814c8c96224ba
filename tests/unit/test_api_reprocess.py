"""The EventPipelineReprocess API: what admission refuses (the CRD's schema and CEL) and the model's twin checks."""

from __future__ import annotations

from typing import Any

import pytest
from eventpipeline.common.api.crd import reprocess_crd
from eventpipeline.common.api.reprocess import EventPipelineReprocess
from pydantic import ValidationError

from tests.unit.api_admission import admit, crd_schema

pytestmark = pytest.mark.unit

SCHEMA = crd_schema(reprocess_crd())


def manifest(**spec: Any) -> dict[str, Any]:
    base = {"pipeline": "demo", "from": "2026-12-02T08:00:00Z", "to": "2026-12-02T10:00:00Z"}
    return {
        "apiVersion": "analytics.eventpipeline.dev/v1alpha1",
        "kind": "EventPipelineReprocess",
        "metadata": {"name": "fix"},
        "spec": {**base, **spec},
    }


def test_a_range_is_admitted_and_parsed() -> None:
    doc = manifest()
    _, rejections = admit(doc, SCHEMA)
    assert rejections == []
    parsed = EventPipelineReprocess.model_validate(doc)
    assert (parsed.spec.to - parsed.spec.from_).total_seconds() == 7200


def test_an_empty_or_reversed_range_is_refused_at_admission_and_by_the_model() -> None:
    doc = manifest(to="2026-12-02T08:00:00Z")
    _, rejections = admit(doc, SCHEMA)
    assert [r.message for r in rejections] == ["from must be before to"]
    with pytest.raises(ValidationError, match="from must be before to"):
        EventPipelineReprocess.model_validate(doc)


def test_the_pipeline_must_be_named_and_nothing_else_is_accepted() -> None:
    doc = manifest()
    del doc["spec"]["pipeline"]
    _, rejections = admit(doc, SCHEMA)
    assert any("pipeline" in r.message for r in rejections)
    _, rejections = admit(manifest(reprocessAll=True), SCHEMA)
    assert rejections
