"""The operator chart under the real helm (built by set-up from the Go module proxy): lint, render, and every
rendered object validated against the Kubernetes JSON schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml
from eventpipeline.infra.tools import HELM_VERSION, Tools
from eventpipeline.operator.builders.deployment import build_deployment
from eventpipeline.operator.pipeline import pipeline_from_body

from tests.integration import chart_support
from tests.integration.chart_support import K8S_VERSION, run

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
CHART = REPO / "charts" / "eventpipeline-operator"
SCENARIOS = sorted((CHART / "ci").glob("*-values.yaml"))
RELEASE, NAMESPACE = "evp", "evp-system"
OUR_CRD_GROUPS = {"kopf.dev", "analytics.eventpipeline.dev"}
MONITORING_GROUP = "monitoring.coreos.com"


@pytest.fixture(scope="module")
def helm(tools: Tools) -> Path:
    return tools.helm


def render(helm: Path, *extra: str) -> list[dict[str, Any]]:
    return chart_support.render(helm, CHART, RELEASE, NAMESPACE, "--include-crds", *extra)


def by_kind(objs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [o for o in objs if o["kind"] == kind]


def test_helm_version(helm: Path) -> None:
    proc = run(helm, "version", "--short")
    assert proc.stdout.startswith(HELM_VERSION), proc.stdout + proc.stderr


@pytest.mark.parametrize("values", [None, *SCENARIOS], ids=lambda p: p.name if p else "defaults")
def test_lint(helm: Path, values: Path | None) -> None:
    proc = run(
        helm, "lint", "--strict", "--kube-version", K8S_VERSION, str(CHART), *(["-f", str(values)] if values else [])
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("values", [None, *SCENARIOS], ids=lambda p: p.name if p else "defaults")
def test_rendered_objects_are_valid_kubernetes(helm: Path, values: Path | None) -> None:
    objs = render(helm, *(["-f", str(values)] if values else []))
    kinds = {o["kind"] for o in objs}
    assert {"CustomResourceDefinition", "ServiceAccount", "Deployment"} <= kinds
    crd_kinds = {c["spec"]["names"]["kind"] for c in by_kind(objs, "CustomResourceDefinition")}
    for obj in objs:
        group = obj["apiVersion"].split("/")[0]
        if group in OUR_CRD_GROUPS:
            assert obj["kind"] in crd_kinds, f"{obj['kind']} rendered but its CRD is not in the chart"
            continue
        if group == MONITORING_GROUP:  # the prometheus-operator's kinds: no schema offline, checked below
            assert obj["kind"] in {"PodMonitor", "PrometheusRule"}
            continue
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)


def test_cluster_mode_rbac(helm: Path) -> None:
    objs = render(helm)
    assert not by_kind(objs, "Role")
    assert not by_kind(objs, "RoleBinding")
    (role,) = by_kind(objs, "ClusterRole")
    (binding,) = by_kind(objs, "ClusterRoleBinding")
    assert binding["subjects"] == [
        {"kind": "ServiceAccount", "name": "evp-eventpipeline-operator", "namespace": NAMESPACE}
    ]
    resources = {r for rule in role["rules"] for r in rule["resources"]}
    assert {"eventpipelines", "eventpipelines/status", "eventpipelines/finalizers", "deployments/scale"} <= resources
    assert "clusterkopfpeerings" in resources
    _least_privilege(role["rules"])
    assert [p["kind"] for p in objs if p["apiVersion"].startswith("kopf.dev/")] == ["ClusterKopfPeering"]
    env = _env(objs)
    assert env["EP_OPERATOR_NAMESPACES"] == "*"


def test_namespaced_mode_grants_nothing_cluster_wide(helm: Path) -> None:
    objs = render(helm, "-f", str(CHART / "ci" / "namespaced-values.yaml"))
    assert not by_kind(objs, "ClusterRole")
    assert not by_kind(objs, "ClusterRoleBinding")
    roles = by_kind(objs, "Role")
    assert sorted(r["metadata"]["namespace"] for r in roles) == ["analytics", "analytics-staging"]
    assert sorted(b["metadata"]["namespace"] for b in by_kind(objs, "RoleBinding")) == [
        "analytics",
        "analytics-staging",
    ]
    for role in roles:
        _least_privilege(role["rules"])
        assert "clusterkopfpeerings" not in {r for rule in role["rules"] for r in rule["resources"]}
    peerings = [o for o in objs if o["kind"] == "KopfPeering"]
    assert sorted(p["metadata"]["namespace"] for p in peerings) == ["analytics", "analytics-staging"]
    assert _env(objs)["EP_OPERATOR_NAMESPACES"] == "analytics,analytics-staging"
    (sa,) = by_kind(objs, "ServiceAccount")
    assert sa["metadata"]["name"] == "evp-operator"


def test_namespaced_mode_defaults_to_release_namespace(helm: Path) -> None:
    objs = render(helm, "--set", "watch.mode=namespaces")
    assert [r["metadata"]["namespace"] for r in by_kind(objs, "Role")] == [NAMESPACE]
    assert _env(objs)["EP_OPERATOR_NAMESPACES"] == NAMESPACE


def test_deployment_hardening_and_probes(helm: Path) -> None:
    (dep,) = by_kind(render(helm), "Deployment")
    pod = dep["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    sc = container["securityContext"]
    assert sc["readOnlyRootFilesystem"] is True
    assert sc["allowPrivilegeEscalation"] is False
    assert sc["capabilities"] == {"drop": ["ALL"]}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "health"}
    assert container["readinessProbe"]["httpGet"]["path"] == "/healthz"
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports == {"health": 8080, "metrics": 9090}
    assert container["resources"]["requests"]["cpu"] == "100m"
    assert container["image"] == "ghcr.io/eventpipeline/operator:0.1.0"
    selector = dep["spec"]["selector"]["matchLabels"]
    assert "helm.sh/chart" not in selector
    assert selector.items() <= dep["spec"]["template"]["metadata"]["labels"].items()
    assert "helm.sh/chart" in dep["metadata"]["labels"]


def test_values_schema_is_enforced_by_helm(helm: Path) -> None:
    proc = run(helm, "template", RELEASE, str(CHART), "--set", "watch.mode=everywhere")
    assert proc.returncode != 0
    assert "/watch/mode" in proc.stderr, proc.stderr


def test_chart_crd_is_the_generated_one(helm: Path) -> None:
    objs = render(helm)
    names = sorted(c["metadata"]["name"] for c in by_kind(objs, "CustomResourceDefinition"))
    assert names == [
        "clusterkopfpeerings.kopf.dev",
        "eventpipelinereprocesses.analytics.eventpipeline.dev",
        "eventpipelines.analytics.eventpipeline.dev",
        "kopfpeerings.kopf.dev",
    ]
    for name in ("eventpipelines.analytics.eventpipeline.dev", "eventpipelinereprocesses.analytics.eventpipeline.dev"):
        rendered = next(c for c in objs if c["metadata"]["name"] == name)
        assert rendered == yaml.safe_load((REPO / "crds" / f"{name}.yaml").read_text())


def _least_privilege(rules: list[dict[str, Any]]) -> None:
    for rule in rules:
        assert "*" not in rule["verbs"], rule
        assert "*" not in rule["resources"], rule
        assert "*" not in rule["apiGroups"], rule
        if rule["resources"] == ["pods"]:
            assert set(rule["verbs"]) == {"list"}  # the autoscaler finds its pods' IPs
        if rule["resources"] == ["secrets"]:
            assert set(rule["verbs"]) == {"get", "create"}  # named ones read, generated keys created
        if "events" in rule["resources"]:
            assert set(rule["verbs"]) == {"create", "patch"}
        finalizers = (["eventpipelines/finalizers"], ["eventpipelinereprocesses/finalizers"])
        assert "update" not in rule["verbs"] or rule["resources"] in finalizers, rule


def _env(objs: list[dict[str, Any]]) -> dict[str, str]:
    (dep,) = by_kind(objs, "Deployment")
    return {e["name"]: e.get("value", "") for e in dep["spec"]["template"]["spec"]["containers"][0]["env"]}


def test_monitoring_is_off_by_default(helm: Path) -> None:
    objs = render(helm)
    assert not [o for o in objs if o["apiVersion"].startswith(MONITORING_GROUP)]
    assert not [o for o in by_kind(objs, "ConfigMap") if o["metadata"]["name"].endswith("-dashboard")]


def test_monitoring_objects_when_enabled(helm: Path) -> None:
    """PodMonitors for the operator (its metrics port) and for the tiers of the watched namespaces (port http, the
    pipeline and tier labels), the PrometheusRule holding the rules file as is, the dashboard ConfigMap."""
    objs = render(helm, "-f", str(CHART / "ci" / "monitoring-values.yaml"))
    monitors = {o["metadata"]["name"]: o for o in by_kind(objs, "PodMonitor")}
    assert set(monitors) == {"evp-eventpipeline-operator", "evp-eventpipeline-operator-pipelines"}
    operator = monitors["evp-eventpipeline-operator"]
    assert operator["spec"]["podMetricsEndpoints"][0]["port"] == "metrics"
    assert operator["metadata"]["labels"]["release"] == "kube-prometheus-stack"
    deployment = by_kind(objs, "Deployment")[0]
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert operator["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    ports = {p["name"] for p in deployment["spec"]["template"]["spec"]["containers"][0]["ports"]}
    assert "metrics" in ports
    tiers = monitors["evp-eventpipeline-operator-pipelines"]["spec"]
    assert tiers["namespaceSelector"] == {"matchNames": ["analytics"]}
    assert tiers["selector"]["matchLabels"] == {
        "app.kubernetes.io/name": "eventpipeline",
        "app.kubernetes.io/managed-by": "eventpipeline-operator",
    }
    endpoint = tiers["podMetricsEndpoints"][0]
    assert (endpoint["port"], endpoint["interval"]) == ("http", "15s")
    pipeline = pipeline_from_body(
        {
            "metadata": {"name": "shop", "namespace": "analytics", "generation": 1},
            "spec": {"kafka": {"bootstrapServers": "kafka:9092"}, "postgres": {"primary": {"name": "pg"}}},
        }
    )
    for tier in ("ingest", "consumer", "analytics"):  # the pods the operator builds are the ones it selects
        pod = build_deployment(pipeline, tier)["spec"]["template"]
        assert tiers["selector"]["matchLabels"].items() <= pod["metadata"]["labels"].items()
        assert (
            pod["metadata"]["labels"]["app.kubernetes.io/component"]
            in tiers["selector"]["matchExpressions"][0]["values"]
        )
        assert "http" in {p["name"] for p in pod["spec"]["containers"][0]["ports"]}
    assert {r["targetLabel"] for r in endpoint["relabelings"]} == {"pipeline", "tier"}
    (rule,) = by_kind(objs, "PrometheusRule")
    assert rule["spec"] == yaml.safe_load((CHART / "files" / "prometheus-rules.yaml").read_text())
    (dashboard,) = [o for o in by_kind(objs, "ConfigMap") if o["metadata"]["name"].endswith("-dashboard")]
    assert dashboard["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert json.loads(dashboard["data"]["eventpipeline.json"]) == json.loads(
        (CHART / "files" / "dashboard.json").read_text()
    )
