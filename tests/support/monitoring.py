"""The operator chart's alerts and dashboard as tests read them: the PromQL of each, the metric names it selects, and
the series names a Prometheus text exposition (or a registry) offers. One reading serves the unit test (names that
some component defines) and the e2e test (names the running stack exports)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import promql_parser
import yaml
from prometheus_client.metrics_core import Metric
from prometheus_client.parser import text_string_to_metric_families

REPO = Path(__file__).resolve().parents[2]
FILES = REPO / "charts" / "eventpipeline-operator" / "files"
RULES: dict[str, Any] = yaml.safe_load((FILES / "prometheus-rules.yaml").read_text())
DASHBOARD: dict[str, Any] = json.loads((FILES / "dashboard.json").read_text())
SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "summary": ("_count", "_sum")}
# Grafana's own variables, replaced by a duration before a query is parsed (as Grafana does before sending it).
GRAFANA_DURATIONS = re.compile(r"\$__(rate_)?interval|\$__range")


def series_names(families: Iterable[Metric]) -> set[str]:
    """The series names of metric families, labelled ones included before their first sample."""
    names: set[str] = set()
    for family in families:
        names |= {family.name + s for s in SUFFIXES.get(family.type, ("",))}
    return names


def scraped_names(text: str) -> set[str]:
    """The series names a /metrics answer (Prometheus text format) offers."""
    return series_names(text_string_to_metric_families(text))


def selectors(expr: str) -> list[str]:
    """The metric names an expression selects, from its parsed syntax tree."""
    names: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, promql_parser.VectorSelector):
            assert node.name, f"a selector without a metric name in {expr!r}"
            names.append(node.name)

    promql_parser.walk(promql_parser.parse(expr), pre_visit=visit)
    return names


def rules() -> list[dict[str, Any]]:
    return [rule for group in RULES["groups"] for rule in group["rules"]]


def dashboard_queries() -> list[str]:
    """Every panel's and variable's query, as Grafana sends it (its variables replaced)."""
    queries = [t["expr"] for p in DASHBOARD["panels"] for t in p["targets"]]
    queries += [v["query"]["query"] for v in DASHBOARD["templating"]["list"] if v["type"] == "query"]
    out = []
    for query in queries:
        found = re.fullmatch(r"label_values\((\w+), *\w+\)", query)
        out.append(found.group(1) if found else GRAFANA_DURATIONS.sub("5m", query.replace("$pipeline", ".*")))
    return out
