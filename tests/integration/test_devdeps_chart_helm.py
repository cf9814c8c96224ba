"""charts/eventpipeline-dev under the real helm (set-up builds it): lint, render, every object valid against the
Kubernetes schemas, and what the objects say (names and ports the code and the docs give, storage, hardening,
probes, placement, the generated config)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml
from eventpipeline.infra.devdeps import CHART, NAMESPACE, RELEASE, chartfiles
from eventpipeline.infra.tools import Tools

from tests.integration import chart_support
from tests.integration.chart_support import K8S_VERSION, run

pytestmark = pytest.mark.integration

SCENARIOS = sorted((CHART / "ci").glob("*-values.yaml"))
UIDS = {"kafka": 1001, "postgres": 999, "postgres-replica": 999, "s3": 1002}


@pytest.fixture(scope="module")
def helm(tools: Tools) -> Path:
    return tools.helm


def render(helm: Path, *extra: str) -> list[dict[str, Any]]:
    return chart_support.render(helm, CHART, RELEASE, NAMESPACE, *extra)


def named(objs: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    return {o["metadata"]["name"]: o for o in objs if o["kind"] == kind}


def workloads(objs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {**named(objs, "StatefulSet"), **named(objs, "Deployment")}


@pytest.mark.parametrize("values", [None, *SCENARIOS], ids=lambda p: p.name if p else "defaults")
def test_lint(helm: Path, values: Path | None) -> None:
    args = ["lint", "--strict", "--kube-version", K8S_VERSION, str(CHART), *(["-f", str(values)] if values else [])]
    proc = run(helm, *args)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("values", [None, *SCENARIOS], ids=lambda p: p.name if p else "defaults")
def test_rendered_objects_are_valid_kubernetes(helm: Path, values: Path | None) -> None:
    objs = render(helm, *(["-f", str(values)] if values else []))
    assert sorted((o["kind"], o["metadata"]["name"]) for o in objs) == sorted(
        [
            ("ConfigMap", "kafka-config"),
            ("ConfigMap", "postgres-config"),
            ("Secret", "postgres"),
            ("Secret", "kafka-sasl"),
            ("Job", "kafka-scram-user"),
            ("Service", "kafka"),
            ("Service", "postgres"),
            ("Service", "postgres-replica"),
            ("Service", "s3"),
            ("StatefulSet", "kafka"),
            ("StatefulSet", "postgres"),
            ("StatefulSet", "postgres-replica"),
            ("Deployment", "s3"),
        ]
    )
    for obj in objs:
        assert obj["metadata"]["namespace"] == NAMESPACE
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)


def test_services_are_the_names_and_ports_pods_are_given_and_select_one_server_each(helm: Path) -> None:
    objs = render(helm)
    services = named(objs, "Service")
    ports = {name: svc["spec"]["ports"][0]["port"] for name, svc in services.items()}
    assert ports == {
        "kafka": chartfiles.KAFKA_PORT,
        "postgres": chartfiles.POSTGRES_PORT,
        "postgres-replica": chartfiles.POSTGRES_PORT,
        "s3": chartfiles.S3_PORT,
    }
    pods = workloads(objs)
    for name, svc in services.items():
        template = pods[name]["spec"]["template"]
        assert svc["spec"]["selector"].items() <= template["metadata"]["labels"].items()
        others = [n for n, w in pods.items() if n != name]
        for other in others:  # the primary's Service never reaches the replica, and so on
            assert not svc["spec"]["selector"].items() <= pods[other]["spec"]["template"]["metadata"]["labels"].items()
        (container,) = template["spec"]["containers"]
        target = svc["spec"]["ports"][0]["targetPort"]
        assert {p["name"]: p["containerPort"] for p in container["ports"]}[target] == ports[name]


def test_every_server_runs_hardened_with_probes_and_resources(helm: Path) -> None:
    for name, workload in workloads(render(helm)).items():
        pod = workload["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["runAsUser"] == UIDS[name]
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        assert pod["automountServiceAccountToken"] is False
        assert "initContainers" not in pod or [c["name"] for c in pod["initContainers"]] == ["format-storage"]
        for container in pod["containers"] + pod.get("initContainers", []):
            sc = container["securityContext"]
            assert (sc["readOnlyRootFilesystem"], sc["allowPrivilegeEscalation"]) == (True, False), name
            assert sc["capabilities"] == {"drop": ["ALL"]}
            assert container["resources"]["limits"]["memory"], name
        (container,) = pod["containers"]
        assert "readinessProbe" in container, name
        assert "livenessProbe" in container, name
        assert {"name": "tmp", "mountPath": "/tmp"} in container["volumeMounts"]


def test_kafka_advertises_the_pod_ip_and_formats_before_it_starts(helm: Path) -> None:
    pod = workloads(render(helm))["kafka"]["spec"]["template"]["spec"]
    (broker,) = pod["containers"]
    (fmt,) = pod["initContainers"]
    pod_ip = {"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}}
    assert pod_ip in broker["env"]  # server.properties reads ${env:POD_IP}
    assert pod_ip in fmt["env"]
    assert broker["command"][:2] == fmt["command"][:2] == ["java", "@/etc/kafka/jvm.options"]
    assert "--ignore-formatted" in fmt["command"]
    assert "--cluster-id=ZXZlbnRwaXBlbGluZS1kZQ" in fmt["command"]
    assert broker["readinessProbe"]["exec"]["command"] == ["kafka-ready", f"127.0.0.1:{chartfiles.KAFKA_PORT}"]


def test_the_config_is_the_generated_one_with_the_values_extras_last(helm: Path) -> None:
    files = chartfiles.generated_files()
    maps = named(render(helm), "ConfigMap")
    assert maps["kafka-config"]["data"] == {
        "server.properties": files["files/kafka/server.properties"],
        "jvm.options": files["files/kafka/jvm.options"],
        "log4j2.properties": files["files/kafka/log4j2.properties"],
    }
    assert maps["postgres-config"]["data"] == {
        "postgresql.conf": files["files/postgres/postgresql.conf"],
        "pg_hba.conf": files["files/postgres/pg_hba.conf"],
    }
    extras = named(render(helm, "-f", str(CHART / "ci" / "persistent-values.yaml")), "ConfigMap")
    assert extras["kafka-config"]["data"]["server.properties"].endswith("log.retention.hours=24\nnum.partitions=6\n")
    assert extras["postgres-config"]["data"]["postgresql.conf"].endswith("work_mem = '16MB'\n")


def test_data_is_an_emptydir_by_default_and_a_node_directory_per_server_with_host_path(helm: Path) -> None:
    for workload in workloads(render(helm)).values():
        volumes = {v["name"]: v for v in workload["spec"]["template"]["spec"]["volumes"]}
        assert "hostPath" not in volumes.get("data", {})
    objs = render(helm, "-f", str(CHART / "ci" / "persistent-values.yaml"))
    root = yaml.safe_load((CHART / "ci" / "persistent-values.yaml").read_text())["persistence"]["hostPath"]
    for name in ("kafka", "postgres", "postgres-replica"):
        pod = workloads(objs)[name]["spec"]["template"]["spec"]
        volumes = {v["name"]: v for v in pod["volumes"]}
        component = {"postgres": "postgres-primary"}.get(name, name)
        assert volumes["data"]["hostPath"] == {"path": f"{root}/{component}", "type": "DirectoryOrCreate"}
        # The kubelet makes the directory as root: the first init container hands it to the server's user.
        permissions = pod["initContainers"][0]
        assert permissions["name"] == "volume-permissions"
        assert permissions["command"][:2] == ["chown", f"{UIDS[name]}:{UIDS[name]}"]
        assert permissions["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["CHOWN"]}
    assert "volumes" not in workloads(objs)["s3"]["spec"]["template"]["spec"] or all(
        "hostPath" not in v for v in workloads(objs)["s3"]["spec"]["template"]["spec"]["volumes"]
    )


def test_placement_values_reach_every_pod(helm: Path) -> None:
    values = yaml.safe_load((CHART / "ci" / "placement-values.yaml").read_text())
    for name, workload in workloads(render(helm, "-f", str(CHART / "ci" / "placement-values.yaml"))).items():
        pod = workload["spec"]["template"]["spec"]
        assert pod["tolerations"] == values["tolerations"], name
        assert pod["affinity"] == values["affinity"], name
    for workload in workloads(render(helm, "--set", "nodeSelector.kubernetes\\.io/os=linux")).values():
        assert workload["spec"]["template"]["spec"]["nodeSelector"] == {"kubernetes.io/os": "linux"}


def test_postgres_credentials_come_from_one_secret(helm: Path) -> None:
    objs = render(helm, "--set", "postgres.password=pw", "--set", "postgres.database=analytics")
    assert named(objs, "Secret")["postgres"]["stringData"] == {
        "database": "analytics",
        "username": "eventpipeline",
        "password": "pw",
    }
    for name in ("postgres", "postgres-replica"):
        (container,) = workloads(objs)[name]["spec"]["template"]["spec"]["containers"]
        env = {e["name"]: e for e in container["env"]}
        for key, var in (("database", "POSTGRES_DB"), ("username", "POSTGRES_USER"), ("password", "POSTGRES_PASSWORD")):
            assert env[var]["valueFrom"] == {"secretKeyRef": {"name": "postgres", "key": key}}
    (replica,) = workloads(objs)["postgres-replica"]["spec"]["template"]["spec"]["containers"]
    assert replica["command"] == ["pg-start", "replica"]
    assert {e["name"]: e.get("value") for e in replica["env"]}["PRIMARY_HOST"] == "postgres"


@pytest.mark.parametrize(
    ("setting", "path"),
    [
        ("persistence.hostPath=relative/dir", "/persistence/hostPath"),
        ("kafka.clusterId=short", "/kafka/clusterId"),
        ("postgres.database=Bad-Name", "/postgres/database"),
        ("s3.image.pullPolicy=Sometimes", "/s3/image/pullPolicy"),
    ],
)
def test_values_schema_is_enforced_by_helm(helm: Path, setting: str, path: str) -> None:
    proc = run(helm, "template", RELEASE, str(CHART), "--set", setting)
    assert proc.returncode != 0
    assert path in proc.stderr, proc.stderr


def test_kafka_has_a_scram_listener_whose_user_a_hook_job_makes_from_the_secret(helm: Path) -> None:
    objs = render(helm)
    kafka = named(objs, "Service")["kafka"]
    sasl = {p["name"]: p for p in kafka["spec"]["ports"]}["kafka-sasl"]
    assert sasl["port"] == chartfiles.KAFKA_SASL_PORT
    (broker,) = workloads(objs)["kafka"]["spec"]["template"]["spec"]["containers"]
    assert {p["name"]: p["containerPort"] for p in broker["ports"]}[sasl["targetPort"]] == chartfiles.KAFKA_SASL_PORT
    job = named(objs, "Job")["kafka-scram-user"]
    assert job["metadata"]["annotations"]["helm.sh/hook"] == "post-install,post-upgrade"
    (container,) = job["spec"]["template"]["spec"]["containers"]
    env = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"]}
    assert env == {
        "SASL_USERNAME": {"name": "kafka-sasl", "key": "username"},
        "SASL_PASSWORD": {"name": "kafka-sasl", "key": "password"},
    }
    assert "--add-config=SCRAM-SHA-512=[iterations=8192,password=$(SASL_PASSWORD)]" in container["command"]
    assert f"--bootstrap-server=kafka.{NAMESPACE}.svc:{chartfiles.KAFKA_PORT}" in container["command"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    secret = named(objs, "Secret")["kafka-sasl"]
    assert secret["stringData"] == {"username": "eventpipeline", "password": "eventpipeline"}
