"""The chart's values.yaml and ci/ scenarios satisfy values.schema.json, which refuses what the templates cannot use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

pytestmark = pytest.mark.unit

CHART = Path(__file__).resolve().parents[2] / "charts" / "eventpipeline-operator"
SCHEMA = yaml.safe_load((CHART / "values.schema.json").read_text())
SCENARIOS = sorted((CHART / "ci").glob("*-values.yaml"))


def _merged(override: dict[str, Any]) -> dict[str, Any]:
    """Helm's coalescing of user values over values.yaml (maps merge, everything else replaces)."""

    def merge(base: Any, top: Any) -> Any:
        if isinstance(base, dict) and isinstance(top, dict):
            return {k: merge(base.get(k), top[k]) if k in top else base[k] for k in {**base, **top}}
        return top

    defaults = yaml.safe_load((CHART / "values.yaml").read_text())
    result: dict[str, Any] = merge(defaults, override)
    return result


def test_values_yaml_points_editors_at_the_schema() -> None:
    first = (CHART / "values.yaml").read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=values.schema.json"


def test_scenarios_exist() -> None:
    assert {p.name for p in SCENARIOS} >= {"default-values.yaml", "namespaced-values.yaml", "cluster-wide-values.yaml"}


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_scenario_satisfies_schema(path: Path) -> None:
    jsonschema.Draft7Validator(SCHEMA).validate(_merged(yaml.safe_load(path.read_text()) or {}))


@pytest.mark.parametrize(
    ("override", "word"),
    [
        ({"watch": {"mode": "everywhere"}}, "everywhere"),
        ({"watch": {"mode": "namespaces", "namespaces": ["Bad_NS"]}}, "Bad_NS"),
        ({"replicaCount": -1}, "-1"),
        ({"image": {"pullPolicy": "Sometimes"}}, "Sometimes"),
        ({"imageTag": "0.1.0"}, "imageTag"),
        ({"logLevel": "LOUD"}, "LOUD"),
    ],
)
def test_schema_refuses_bad_values(override: dict[str, Any], word: str) -> None:
    errors = list(jsonschema.Draft7Validator(SCHEMA).iter_errors(_merged(override)))
    assert errors
    assert any(word in e.message for e in errors), [e.message for e in errors]


def test_chart_metadata() -> None:
    chart = yaml.safe_load((CHART / "Chart.yaml").read_text())
    assert chart["apiVersion"] == "v2"
    assert chart["name"] == CHART.name
    assert chart["type"] == "application"
