"""The runner's pure translation of a pod template into a local process (render.py, mapping.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from eventpipeline.infra.stack.mapping import HostMap, MappingError, MountRewrite, Target, image_tier, local_argv
from eventpipeline.infra.stack.render import Pod, RenderError, expand, render, template_hash

pytestmark = pytest.mark.unit

POD = Pod("demo-ingest-abc-1", "ns1", "uid-1", {"app.kubernetes.io/component": "ingest"})


def deployment(**container: Any) -> dict[str, Any]:
    """The shape the operator's build_deployment renders (command, envFrom, env, key-file mount, /tmp)."""
    base: dict[str, Any] = {
        "name": "ingest",
        "image": "ghcr.io/eventpipeline/ingest:0.1.0",
        "command": ["python", "-m", "eventpipeline.ingest"],
        "envFrom": [{"configMapRef": {"name": "demo-ingest"}}],
        "env": [],
        "volumeMounts": [
            {"name": "tmp", "mountPath": "/tmp"},
            {"name": "write-keys", "mountPath": "/etc/eventpipeline/write-keys", "readOnly": True},
        ],
        "readinessProbe": {"httpGet": {"path": "/readyz", "port": "http"}},
    }
    base.update(container)
    return {
        "metadata": {"name": "demo-ingest"},
        "spec": {
            "template": {
                "spec": {
                    "containers": [base],
                    "terminationGracePeriodSeconds": 30,
                    "volumes": [
                        {"name": "tmp", "emptyDir": {}},
                        {
                            "name": "write-keys",
                            "secret": {"secretName": "demo-write-keys", "items": [{"key": "keys", "path": "keys"}]},
                        },
                    ],
                }
            }
        },
    }


CONFIGMAPS = {
    "demo-ingest": {
        "EP_INGEST_KAFKA_BOOTSTRAP": "kafka.kafka.svc:9092",
        "EP_INGEST_TOPIC": "demo-events",
        "EP_INGEST_PORT": "8080",
        "EP_INGEST_WRITE_KEYS_FILE": "/etc/eventpipeline/write-keys/keys",
    }
}
SECRETS = {"demo-write-keys": {"keys": "k1\n"}, "demo-postgres": {"dsn": "postgresql://u:p@demo-pg.ns1.svc:5432/db"}}


def do_render(dep: dict[str, Any], tmp_path: Path, hosts: HostMap | None = None) -> Any:
    return render(
        dep,
        pod=POD,
        workdir=tmp_path,
        port=40001,
        secrets=SECRETS.get,
        configmaps=CONFIGMAPS.get,
        hosts=hosts or HostMap(),
        python="/venv/bin/python",
    )


def test_operator_shape_becomes_a_local_process(tmp_path: Path) -> None:
    hosts = HostMap()
    hosts.add("kafka.kafka.svc", 9092, Target("127.0.0.1", 19092))
    spec = do_render(deployment(), tmp_path, hosts)
    assert spec.argv == ["/venv/bin/python", "-m", "eventpipeline.ingest"]
    assert spec.tier == "ingest"
    assert spec.env["EP_INGEST_PORT"] == "40001"  # the unique local port wins over the ConfigMap's 8080
    assert spec.env["EP_INGEST_KAFKA_BOOTSTRAP"] == "127.0.0.1:19092"
    keys = tmp_path / "volumes" / "write-keys"
    assert spec.env["EP_INGEST_WRITE_KEYS_FILE"] == f"{keys}/keys"
    assert spec.files == {keys / "keys": b"k1\n"}
    assert spec.env["TMPDIR"] == str(tmp_path / "volumes" / "tmp")
    assert spec.readiness_path == "/readyz"
    assert spec.env["HOSTNAME"] == POD.name


def test_env_order_expansion_and_refs(tmp_path: Path) -> None:
    env = [
        {"name": "EP_INGEST_TOPIC", "value": "override"},
        {"name": "A", "valueFrom": {"secretKeyRef": {"name": "demo-postgres", "key": "dsn"}}},
        {"name": "B", "valueFrom": {"configMapKeyRef": {"name": "demo-ingest", "key": "EP_INGEST_TOPIC"}}},
        {"name": "JOINED", "value": "$(A),$(MISSING),$$(A)"},
        {"name": "POD", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
        {"name": "NS", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}},
        {"name": "OPT", "valueFrom": {"secretKeyRef": {"name": "nope", "key": "x", "optional": True}}},
    ]
    hosts = HostMap()
    hosts.add_service("demo-pg", "ns1", 5432, Target("127.0.0.1", 15432))
    spec = do_render(deployment(env=env), tmp_path, hosts)
    assert spec.env["EP_INGEST_TOPIC"] == "override"  # env overrides envFrom
    assert spec.env["A"] == "postgresql://u:p@127.0.0.1:15432/db"
    assert spec.env["B"] == "demo-events"
    assert spec.env["JOINED"] == "postgresql://u:p@127.0.0.1:15432/db,$(MISSING),$(A)"
    assert (spec.env["POD"], spec.env["NS"]) == (POD.name, "ns1")
    assert "OPT" not in spec.env


def test_missing_secret_names_the_field(tmp_path: Path) -> None:
    env = [{"name": "EP_X", "valueFrom": {"secretKeyRef": {"name": "absent", "key": "dsn"}}}]
    with pytest.raises(RenderError, match=r"env\[0\] \(EP_X\): Secret 'absent' not found"):
        do_render(deployment(env=env), tmp_path)
    dep = deployment()
    dep["spec"]["template"]["spec"]["volumes"][1]["secret"]["secretName"] = "gone"
    with pytest.raises(RenderError, match=re.escape("volumes[write-keys].secret: Secret 'gone' not found")):
        do_render(dep, tmp_path)


def test_image_entrypoint_and_unknown_programs() -> None:
    assert image_tier("ghcr.io/eventpipeline/analytics@sha256:abc") == "analytics"
    assert image_tier("redis:7") is None
    assert local_argv([], ["--x"], "reg/consumer:1", python="/py") == (
        ["/py", "-m", "eventpipeline.consumer", "--x"],
        "consumer",
    )
    with pytest.raises(MappingError, match=re.escape("container.command")):
        local_argv(["redis-server"], [], "redis:7")
    with pytest.raises(MappingError, match=re.escape("eventpipeline.<tier>")):
        local_argv(["python", "-m", "http.server"], [], "x")


def test_host_map_spellings_and_default_port() -> None:
    hosts = HostMap()
    hosts.add_service("demo-redis", "ns1", 6379, Target("127.0.0.1", 16379))
    assert hosts.rewrite("redis://demo-redis.ns1.svc:6379/0") == "redis://127.0.0.1:16379/0"
    assert hosts.rewrite("redis://demo-redis.ns1.svc.cluster.local/0") == "redis://127.0.0.1:16379/0"
    assert hosts.rewrite("redis://demo-redis.ns1:6379/0") == "redis://127.0.0.1:16379/0"
    # Another port, another namespace, a longer name: untouched.
    assert hosts.rewrite("demo-redis.ns1.svc:7000") == "demo-redis.ns1.svc:7000"
    assert hosts.rewrite("demo-redis.ns2.svc:6379") == "demo-redis.ns2.svc:6379"
    assert hosts.rewrite("xdemo-redis.ns1.svc:6379") == "xdemo-redis.ns1.svc:6379"


def test_mount_rewrite_respects_path_boundaries(tmp_path: Path) -> None:
    rewrite = MountRewrite.of({"/tmp": tmp_path / "t", "/etc/ep": tmp_path / "e"})
    assert rewrite.rewrite("/tmp/x") == f"{tmp_path}/t/x"
    assert rewrite.rewrite("/tmpx/y") == "/tmpx/y"
    assert rewrite.rewrite("a=/etc/ep,/etc/ep/k") == f"a={tmp_path}/e,{tmp_path}/e/k"


def test_expand_and_template_hash() -> None:
    assert expand("$(A)-$(B)", {"A": "1"}) == "1-$(B)"
    one, two = deployment(), deployment(image="other:1")
    assert template_hash(one) == template_hash(deployment())
    assert template_hash(one) != template_hash(two)
