"""charts/eventpipeline-dev on a real node, installed by `eventpipeline.infra.devdeps.install`: every pod Ready as
its non-root user; a record goes through Kafka from the host and from a pod, a row written on the primary is read
on the replica, an S3 object is stored and read back; with `data_dir`, data survives an uninstall and a reinstall.

Most checks read the session's release (conftest's `dev_deps`, the same one `make up` uses); the data-directory
check installs into a namespace of its own and removes it afterwards.
The host reaches ClusterIPs and pod IPs on the local cluster only (routes into the node); on kind the host-side
checks of Kafka, PostgreSQL and S3 are not possible and say so, the in-pod check still runs.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import psycopg
import pytest
from confluent_kafka import Consumer, Producer
from eventpipeline.infra import devdeps
from eventpipeline.infra.devdeps import ClusterAddresses, cluster_addresses, endpoints, install, uninstall
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.operator.builders.common import container_security_context, pod_security_context

from tests.e2e.conftest import DevDeps, Kubectl
from tests.e2e.node_support import TAG, apply, pod_json

pytestmark = pytest.mark.e2e

UIDS = {"kafka": 1001, "postgres": 999, "postgres-replica": 999, "s3": 1002}


@dataclass(frozen=True)
class Release:
    namespace: str
    host: Endpoints
    pods: ClusterAddresses


def installed(kubectl: Kubectl, kubeconfig: Path, namespace: str, data_dir: Path | None) -> Release:
    install(kubeconfig, namespace=namespace, data_dir=data_dir, timeout="8m")
    binary = Path(kubectl.binary)
    return Release(
        namespace,
        endpoints(kubeconfig, namespace=namespace, kubectl=binary),
        cluster_addresses(kubeconfig, namespace=namespace, kubectl=binary),
    )


def remove(kubectl: Kubectl, kubeconfig: Path, namespace: str) -> None:
    uninstall(kubeconfig, namespace=namespace)
    kubectl("delete", "namespace", namespace, "--wait=false", check=False)


@pytest.fixture(scope="module")
def release(dev_deps: DevDeps) -> Release:
    return Release(devdeps.NAMESPACE, dev_deps.host, dev_deps.pods)


def host_routes_into_the_cluster(local_control_plane: bool) -> None:
    if not local_control_plane:
        pytest.skip("only the local cluster routes the host to ClusterIPs and pod IPs (tests/e2e on kind: in-pod)")


def produce_and_consume(bootstrap: str, topic: str, value: bytes) -> bytes:
    """Produce one record (acknowledged), then read it back from the start of the topic."""
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "allow.auto.create.topics": True})
    delivered: list[Any] = []
    producer.produce(topic, value=value, on_delivery=lambda err, msg: delivered.append(err or msg))
    assert producer.flush(60) == 0
    assert len(delivered) == 1
    assert not isinstance(delivered[0], Exception), delivered
    consumer = Consumer(
        {"bootstrap.servers": bootstrap, "group.id": f"e2e-{uuid.uuid4().hex[:8]}", "auto.offset.reset": "earliest"}
    )
    try:
        consumer.subscribe([topic])
        for _ in range(60):
            msg = consumer.poll(2)
            if msg is not None and msg.error() is None:
                found = msg.value()
                assert found is not None
                return found
    finally:
        consumer.close()
    raise AssertionError(f"nothing read back from {topic} at {bootstrap}")


def test_every_server_is_ready_as_its_own_non_root_user(release: Release, kubectl: Kubectl) -> None:
    pods = json.loads(kubectl("-n", release.namespace, "get", "pods", "-o", "json").stdout)["items"]
    by_name = {p["metadata"]["labels"]["app.kubernetes.io/name"]: p for p in pods}
    assert sorted(by_name) == sorted(["kafka", "postgres-primary", "postgres-replica", "s3"])
    for component, pod in by_name.items():
        (status,) = pod["status"]["containerStatuses"]
        assert status["ready"] is True, component
        assert status["containerID"].startswith("containerd://")
        expected = UIDS["postgres" if component == "postgres-primary" else component]
        assert pod["spec"]["securityContext"]["runAsUser"] == expected


def test_install_again_changes_nothing(release: Release, kubectl: Kubectl, kubeconfig: Path) -> None:
    before = json.loads(kubectl("-n", release.namespace, "get", "pods", "-o", "json").stdout)["items"]
    again = installed(kubectl, kubeconfig, release.namespace, devdeps.local_data_dir())
    after = json.loads(kubectl("-n", release.namespace, "get", "pods", "-o", "json").stdout)["items"]
    assert again == release
    assert sorted(p["metadata"]["uid"] for p in after) == sorted(p["metadata"]["uid"] for p in before)


def test_kafka_from_the_host_through_the_service_then_the_pod_ip(release: Release, local_control_plane: bool) -> None:
    host_routes_into_the_cluster(local_control_plane)
    value = f"from the host {uuid.uuid4()}".encode()
    assert produce_and_consume(release.host.kafka_bootstrap, f"e2e-host-{uuid.uuid4().hex[:8]}", value) == value


def test_kafka_from_a_pod_by_service_name(release: Release, kubectl: Kubectl, wait_for: Callable[..., Any]) -> None:
    """The consumer product image has confluent-kafka: a pod produces and reads back one record through
    kafka.<namespace>.svc:9092 (CoreDNS, kube-proxy, then the broker's pod IP)."""
    script = (
        "import sys, uuid\n"
        "from confluent_kafka import Consumer, Producer\n"
        "boot, topic = sys.argv[1], 'e2e-pod-' + uuid.uuid4().hex[:8]\n"
        "p = Producer({'bootstrap.servers': boot, 'acks': 'all'})\n"
        "p.produce(topic, value=b'from a pod'); assert p.flush(60) == 0\n"
        "c = Consumer({'bootstrap.servers': boot, 'group.id': topic, 'auto.offset.reset': 'earliest'})\n"
        "c.subscribe([topic])\n"
        "for _ in range(60):\n"
        "    m = c.poll(2)\n"
        "    if m is not None and m.error() is None:\n"
        "        print('read', m.value().decode()); break\n"
        "else:\n"
        "    sys.exit('nothing read back')\n"
    )
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "kafka-client"},
        "spec": {
            "restartPolicy": "Never",
            "securityContext": pod_security_context(),
            "containers": [
                {
                    "name": "client",
                    "image": f"ghcr.io/eventpipeline/consumer:{TAG}",
                    "imagePullPolicy": "Never",
                    "command": ["/app/.venv/bin/python", "-c", script, release.pods.kafka_bootstrap],
                    "securityContext": container_security_context(),
                }
            ],
        },
    }

    def finished() -> str | None:
        phase = pod_json(kubectl, release.namespace, "kafka-client")["status"].get("phase")
        return phase if phase in ("Succeeded", "Failed") else None

    apply(kubectl, release.namespace, pod)
    try:
        phase = wait_for(finished, timeout=180, what="the Kafka client pod to finish")
        logs = kubectl("-n", release.namespace, "logs", "kafka-client").stdout
        assert phase == "Succeeded", logs
        assert "read from a pod" in logs
    finally:
        kubectl("-n", release.namespace, "delete", "pod", "kafka-client", "--wait=false", check=False)


def test_a_row_written_on_the_primary_is_read_on_the_replica(
    release: Release, local_control_plane: bool, wait_for: Callable[..., Any]
) -> None:
    host_routes_into_the_cluster(local_control_plane)
    table = f"e2e_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(release.host.postgres_primary_dsn, autocommit=True, connect_timeout=10) as primary:
        # Schema-qualified: a pipeline with the default schema makes `eventpipeline`, the user's name, first on the
        # search path, and an unqualified table would land there while the check below reads public.
        primary.execute(f"create table public.{table} (v text)")
        primary.execute(f"insert into public.{table} values ('streamed')")
        (written,) = primary.execute("select pg_current_wal_lsn()::text").fetchone() or ("",)
    with psycopg.connect(release.host.postgres_replica_dsn, autocommit=True, connect_timeout=10) as replica:
        row = replica.execute("select pg_is_in_recovery()").fetchone()
        assert row == (True,)

        def streamed() -> bool:
            found = replica.execute(
                "select count(*) from pg_tables where tablename = %s and schemaname = 'public'", (table,)
            ).fetchone()
            return found == (1,) and replica.execute(f"select v from public.{table}").fetchall() == [("streamed",)]

        def position() -> str:
            """Where the replica stands, should it not catch up: what it received and replayed vs the write."""
            row = replica.execute(
                "select pg_last_wal_receive_lsn()::text, pg_last_wal_replay_lsn()::text, pg_is_wal_replay_paused(),"
                " (select status || ' from ' || coalesce(sender_host, '?') from pg_stat_wal_receiver)"
            ).fetchone()
            return f"written at {written}; received, replayed, paused, receiver: {row}"

        # A replica that restarted with its node replays its WAL first: the bound leaves room for that.
        try:
            wait_for(streamed, timeout=120, what=f"{table} on the replica")
        except AssertionError as exc:
            raise AssertionError(f"{exc}; {position()}") from exc


def test_s3_stores_an_object(release: Release, local_control_plane: bool) -> None:
    host_routes_into_the_cluster(local_control_plane)
    s3 = boto3.client(
        "s3",
        endpoint_url=release.host.s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="dev",
        aws_secret_access_key="dev",
    )
    bucket = f"e2e-{uuid.uuid4().hex[:8]}"
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="month/2026-11.jsonl", Body=b'{"n": 1}\n')
    assert s3.get_object(Bucket=bucket, Key="month/2026-11.jsonl")["Body"].read() == b'{"n": 1}\n'


def test_data_dir_keeps_kafka_and_postgres_data_across_a_reinstall(
    kubectl: Kubectl, kubeconfig: Path, local_control_plane: bool, wait_for: Callable[..., Any]
) -> None:
    """What `make down` / `make up` rely on: the node directory outlives the release."""
    host_routes_into_the_cluster(local_control_plane)
    namespace = f"e2e-devdata-{uuid.uuid4().hex[:8]}"
    data_dir = Path(tempfile.mkdtemp(prefix="ep-devdeps-e2e-", dir="/var/tmp"))
    topic, value, table = f"kept-{uuid.uuid4().hex[:8]}", b"kept across a reinstall", f"kept_{uuid.uuid4().hex[:8]}"
    try:
        first = installed(kubectl, kubeconfig, namespace, data_dir)
        assert produce_and_consume(first.host.kafka_bootstrap, topic, value) == value
        with psycopg.connect(first.host.postgres_primary_dsn, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f"create table {table} as select 'kept' as v")
        assert sorted(p.name for p in data_dir.iterdir()) == ["kafka", "postgres-primary", "postgres-replica"]

        uninstall(kubeconfig, namespace=namespace)  # returns once the pods are gone
        assert not json.loads(kubectl("-n", namespace, "get", "pods", "-o", "json").stdout)["items"]
        second = installed(kubectl, kubeconfig, namespace, data_dir)
        with psycopg.connect(second.host.postgres_primary_dsn, autocommit=True, connect_timeout=10) as conn:
            assert conn.execute(f"select v from {table}").fetchall() == [("kept",)]
        with psycopg.connect(second.host.postgres_replica_dsn, autocommit=True, connect_timeout=10) as conn:
            wait_for(lambda: conn.execute(f"select count(*) from {table}").fetchone() == (1,), timeout=60)
        consumer = Consumer(
            {"bootstrap.servers": second.host.kafka_bootstrap, "group.id": topic, "auto.offset.reset": "earliest"}
        )
        try:
            consumer.subscribe([topic])
            record = wait_for(lambda: (m := consumer.poll(2)) is not None and m.error() is None and m, timeout=120)
            assert record.value() == value
        finally:
            consumer.close()
    finally:
        remove(kubectl, kubeconfig, namespace)
        shutil.rmtree(data_dir, ignore_errors=True)
