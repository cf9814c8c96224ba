"""The operator chart's alerts and dashboard: every expression parses as PromQL (promql-parser, the Rust parser of
GreptimeDB), names only metrics that some component of ours defines, and each alert has a runbook section in
docs/operations.md; the dashboard has the shape Grafana loads. The chart's templates around them: test_chart_helm."""

from __future__ import annotations

import re
from typing import Any

import jsonschema
import promql_parser
import pytest
from eventpipeline.analytics.metrics import Metrics as AnalyticsMetrics
from eventpipeline.consumer.metrics import ConsumerMetrics
from eventpipeline.ingest.metrics import IngestMetrics
from eventpipeline.operator import metrics as operator_metrics
from eventpipeline.operator.autoscale import metrics as autoscale_metrics
from prometheus_client import REGISTRY

from tests.support.monitoring import DASHBOARD, REPO, dashboard_queries, rules, selectors, series_names

pytestmark = pytest.mark.unit

OPERATIONS = (REPO / "docs" / "operations.md").read_text()


def exported() -> set[str]:
    """Every series name the operator, ingest, consumer and analytics define (labelled ones need no sample)."""
    # imported for their registrations in the default registry
    assert operator_metrics.RECONCILES is not None
    assert autoscale_metrics.SCALING_DECISIONS is not None
    registries = [REGISTRY, IngestMetrics().registry, ConsumerMetrics().registry, AnalyticsMetrics().registry]
    return set().union(*(series_names(r.collect()) for r in registries))


def test_the_parser_refuses_what_prometheus_refuses() -> None:
    """So the checks below can fail: a broken expression and an unknown function are errors."""
    for bad in ("sum(rate(x[5m])", "rate(x)", "nosuchfunction(x)", "x > on (a"):
        with pytest.raises(ValueError):
            promql_parser.parse(bad)


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r["alert"])
def test_alert_parses_and_names_only_exported_metrics(rule: dict[str, Any]) -> None:
    names = selectors(rule["expr"])
    assert names
    assert set(names) <= exported(), f"{rule['alert']}: {set(names) - exported()} is exported by nothing"


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r["alert"])
def test_alert_has_severity_text_and_a_runbook_section(rule: dict[str, Any]) -> None:
    assert set(rule) <= {"alert", "expr", "for", "labels", "annotations"}
    assert rule["labels"]["severity"] in {"info", "warning", "critical"}
    if "for" in rule:
        promql_parser.parse_duration(rule["for"])
    annotations = rule["annotations"]
    assert annotations["summary"]
    assert annotations["description"]
    assert annotations["runbook"] == f"docs/operations.md#{rule['alert'].lower()}"
    assert re.search(rf"^### {rule['alert']}$", OPERATIONS, re.MULTILINE), f"no runbook for {rule['alert']}"


def test_every_runbook_section_is_an_alert_of_the_chart() -> None:
    documented = set(re.findall(r"^### (EventPipeline\w+)$", OPERATIONS, re.MULTILINE))
    assert documented == {r["alert"] for r in rules()}


def test_every_dashboard_query_parses_and_names_an_exported_metric() -> None:
    queries = dashboard_queries()
    assert len(queries) > 10
    for query in queries:
        names = selectors(query)
        assert names, query
        assert set(names) <= exported(), f"{query!r}: {set(names) - exported()} is exported by nothing"


# The part of Grafana's dashboard model (schemaVersion 39) this dashboard relies on; Grafana publishes no JSON
# Schema of its own, so this is ours: what a dashboard needs to load with its panels, queries and variables.
DASHBOARD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["title", "uid", "schemaVersion", "panels", "templating", "time"],
    "properties": {
        "uid": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,40}$"},
        "schemaVersion": {"type": "integer", "minimum": 36},
        "panels": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "type", "title", "gridPos", "datasource", "targets"],
                "properties": {
                    "id": {"type": "integer"},
                    "type": {"enum": ["timeseries", "stat", "gauge", "table", "bargauge"]},
                    "gridPos": {
                        "type": "object",
                        "required": ["h", "w", "x", "y"],
                        "properties": {"w": {"type": "integer", "minimum": 1, "maximum": 24}},
                    },
                    "datasource": {"$ref": "#/$defs/datasource"},
                    "targets": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["refId", "expr", "datasource"],
                            "properties": {"datasource": {"$ref": "#/$defs/datasource"}},
                        },
                    },
                },
            },
        },
        "templating": {
            "type": "object",
            "required": ["list"],
            "properties": {"list": {"type": "array", "items": {"type": "object", "required": ["name", "type"]}}},
        },
    },
    "$defs": {
        "datasource": {
            "type": "object",
            "required": ["type", "uid"],
            "properties": {"type": {"const": "prometheus"}, "uid": {"const": "${datasource}"}},
        }
    },
}


def test_dashboard_has_the_shape_grafana_loads() -> None:
    jsonschema.validate(DASHBOARD, DASHBOARD_SCHEMA)
    panels = DASHBOARD["panels"]
    assert len({p["id"] for p in panels}) == len(panels)
    for panel in panels:
        assert len({t["refId"] for t in panel["targets"]}) == len(panel["targets"])
        assert panel["gridPos"]["x"] + panel["gridPos"]["w"] <= 24
    cells = [(p["gridPos"]["x"], p["gridPos"]["y"]) for p in panels]
    assert len(set(cells)) == len(cells)  # no two panels start at the same place
    variables = {v["name"] for v in DASHBOARD["templating"]["list"]}
    assert variables == {"datasource", "pipeline"}
