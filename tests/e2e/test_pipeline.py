"""An EventPipeline on real pods, reconciled by the operator the chart installed, against Kafka and PostgreSQL of
the development chart: Ready with real containers and owned children; an event sent to ingest is stored once and
counted by analytics; a backlog makes the consumer Deployment grow to new containers and shrink back once drained;
a spec change rolls exactly one Deployment; a missing Secret is named; deletion under each policy.

The host reaches Services, pods and the development servers directly on the local cluster (routes into the node);
pods reach them by Service name. Every check reads the API server, Kafka, PostgreSQL, or answers over HTTP.
"""

from __future__ import annotations

import base64
import hashlib
import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
import redis
import yaml
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.common.schema.partitions import (
    add_months,
    create_partitions,
    existing_partitions,
    month_bounds,
    partition_name,
)
from eventpipeline.operator import kafka_topics
from eventpipeline.operator.rotation.operator_pass import ANNOTATION
from kubernetes import client

from tests.e2e.conftest import DevDeps
from tests.e2e.node_support import Kubectl
from tests.support.kafka import event_values, produce
from tests.support.monitoring import dashboard_queries, scraped_names, selectors
from tests.support.s3 import ACCESS_KEY, SECRET_KEY, archived, s3_client

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
GROUP, VERSION, PLURAL = "analytics.eventpipeline.dev", "v1alpha1", "eventpipelines"
TIERS = ("ingest", "consumer", "analytics")


def manifest(
    name: str, *, topic: str, schema: str, bootstrap: str, policy: str, consumer_cpu_limit: str | None = None
) -> dict[str, Any]:
    """examples/minimal.yaml with its own name, topic and schema, on the development Kafka, with small CPU
    requests."""
    doc: dict[str, Any] = yaml.safe_load((REPO / "examples" / "minimal.yaml").read_text())
    doc["metadata"] = {"name": name}
    doc["spec"]["kafka"].update(bootstrapServers=bootstrap, topic=topic, partitions=3)
    doc["spec"]["consumer"] = {"maxReplicas": 3, "autoscaling": {"lagPerReplica": 500}}
    for tier in TIERS:
        # The suite's node is this 2-core machine, shared with the development servers and the tests' own
        # pipelines: at the default 250m per pod a second pipeline, or a scaled-out consumer, stays Pending.
        doc["spec"].setdefault(tier, {})["resources"] = {
            "requests": {"cpu": "50m", "memory": "128Mi"},
            "limits": {"memory": "512Mi"},
        }
    if consumer_cpu_limit:
        doc["spec"]["consumer"]["resources"]["limits"]["cpu"] = consumer_cpu_limit
    doc["spec"]["postgres"].update(schema=schema, deletionPolicy=policy)
    return doc


def ready(obj: dict[str, Any]) -> bool:
    status = obj.get("status") or {}
    conditions = {c["type"]: c for c in status.get("conditions") or []}
    generation = obj["metadata"]["generation"]
    return bool(
        conditions.get("Ready", {}).get("status") == "True"
        and status.get("observedGeneration") == generation
        and conditions["Ready"].get("observedGeneration") == generation
    )


def topic_exists(bootstrap: str, topic: str) -> bool:
    with kafka_topics.make_admin(KafkaConnection(bootstrap)) as admin:
        return kafka_topics.describe_topic(admin, topic, timeout_s=30) is not None


def schema_exists(dsn: str, schema: str) -> bool:
    with psycopg.connect(dsn) as conn:
        return conn.execute("select 1 from pg_namespace where nspname = %s", (schema,)).fetchone() is not None


class Pipeline:
    """One EventPipeline in the test's namespace and what the test reads of it."""

    def __init__(self, k8s_api: client.ApiClient, namespace: str, name: str) -> None:
        self.namespace, self.name = namespace, name
        # The typed client's Optional fields are noise here: a missing field fails the test anyway.
        self.core: Any = client.CoreV1Api(k8s_api)
        self.apps: Any = client.AppsV1Api(k8s_api)
        self.custom: Any = client.CustomObjectsApi(k8s_api)

    def create(
        self, names: dict[str, str], dev_deps: DevDeps, *, policy: str, consumer_cpu_limit: str | None = None
    ) -> None:
        """The DSN Secret (Service names: the operator and the pods resolve them) and the EventPipeline."""
        dsn = dev_deps.pods.postgres_primary_dsn
        data: dict[str, bytes | str] = {"dsn": base64.b64encode(dsn.encode()).decode()}
        secret = client.V1Secret(metadata=client.V1ObjectMeta(name="demo-postgres"), data=data)
        self.core.create_namespaced_secret(self.namespace, secret)
        body = manifest(
            self.name,
            topic=names["topic"],
            schema=names["schema"],
            bootstrap=dev_deps.pods.kafka_bootstrap,
            policy=policy,
            consumer_cpu_limit=consumer_cpu_limit,
        )
        self.custom.create_namespaced_custom_object(GROUP, VERSION, self.namespace, PLURAL, body)

    def get(self) -> dict[str, Any]:
        found: dict[str, Any] = self.custom.get_namespaced_custom_object(
            GROUP, VERSION, self.namespace, PLURAL, self.name
        )
        return found

    def patch(self, spec: dict[str, Any]) -> None:
        self.custom.patch_namespaced_custom_object(GROUP, VERSION, self.namespace, PLURAL, self.name, {"spec": spec})

    def delete(self) -> None:
        self.custom.delete_namespaced_custom_object(GROUP, VERSION, self.namespace, PLURAL, self.name)

    def gone(self) -> bool:
        try:
            self.get()
        except client.exceptions.ApiException as exc:
            return bool(exc.status == 404)
        return False

    def key(self, kind: str) -> str:
        secret = self.core.read_namespaced_secret(f"{self.name}-{kind}-keys", self.namespace)
        text = base64.b64decode(next(iter(secret.data.values()))).decode()
        return next(line.strip() for line in text.splitlines() if line.strip())

    def url(self, tier: str) -> str:
        """The tier's Service by ClusterIP: the host reaches it through the node's kube-proxy."""
        svc = self.core.read_namespaced_service(f"{self.name}-{tier}", self.namespace)
        return f"http://{svc.spec.cluster_ip}:{svc.spec.ports[0].port}"

    def running_containers(self, tier: str) -> list[str]:
        """The containerd ids of the tier's running, ready containers (what the kubelet reports)."""
        pods = self.core.list_namespaced_pod(self.namespace, label_selector=f"app.kubernetes.io/component={tier}")
        return [
            s.container_id
            for p in pods.items
            if p.status.phase == "Running"
            for s in p.status.container_statuses or []
            if s.ready and s.state.running and (s.container_id or "").startswith("containerd://")
        ]


@pytest.fixture
def pipe(k8s_api: client.ApiClient, namespace: str, names: dict[str, str]) -> Pipeline:
    """The test's EventPipeline (not created yet) in its fresh namespace."""
    return Pipeline(k8s_api, namespace, names["name"])


@pytest.fixture
def names(dev_deps: DevDeps) -> Iterator[dict[str, str]]:
    """A unique pipeline name, topic and schema; whatever Retain left behind is removed after the test."""
    suffix = uuid.uuid4().hex[:8]
    out = {"name": f"p{suffix}", "topic": f"e2e-{suffix}", "schema": f"e2e_{suffix}"}
    yield out
    with kafka_topics.make_admin(KafkaConnection(dev_deps.host.kafka_bootstrap)) as admin:
        kafka_topics.delete_topics(admin, [out["topic"], f"{out['topic']}.dlq"], timeout_s=30)
    with psycopg.connect(dev_deps.host.postgres_primary_dsn, autocommit=True) as conn:
        conn.execute(f'drop schema if exists "{out["schema"]}" cascade')
        if conn.execute("select to_regclass('eventpipeline_registry.owners')").fetchone() != (None,):
            conn.execute(
                "delete from eventpipeline_registry.owners where name = any(%s)",
                ([out["topic"], f"{out['topic']}.dlq", out["schema"]],),
            )


def post(url: str, body: dict[str, Any], *, user: str) -> tuple[int, dict[str, Any]]:
    auth = base64.b64encode(f"{user}:".encode()).decode()
    headers = {"Content-Type": "application/json", "Authorization": f"Basic {auth}"}
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def get_json(url: str, *, bearer: str) -> dict[str, Any] | None:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {bearer}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            found: dict[str, Any] = json.loads(resp.read())
            return found
    except (urllib.error.URLError, OSError):
        return None


def get_status(url: str, *, bearer: str) -> int:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {bearer}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def scrape(core: Any, namespace: str, selector: str, port_name: str) -> set[str]:
    """The series names the selected running pods' /metrics offer, on the container port of that name."""
    names: set[str] = set()
    pods = [
        p
        for p in core.list_namespaced_pod(namespace, label_selector=selector).items
        if p.status.phase == "Running" and p.metadata.deletion_timestamp is None
    ]
    assert pods, f"no pod {selector} in {namespace}"
    for pod in pods:
        ports = [p.container_port for c in pod.spec.containers for p in c.ports or [] if p.name == port_name]
        assert ports, f"{pod.metadata.name} has no port {port_name}"
        with urllib.request.urlopen(f"http://{pod.status.pod_ip}:{ports[0]}/metrics", timeout=10) as resp:
            names |= scraped_names(resp.read().decode())
    return names


def rotate_keys(pipe: Pipeline, summary_url: str, wait_for: Callable[..., Any]) -> None:
    """Replace each generated keys Secret's key; the old key is refused and the new one accepted, without a rollout
    (the Deployments' pod templates are unchanged: the running processes reloaded the files)."""

    def templates() -> dict[str, int]:
        return {
            t: pipe.apps.read_namespaced_deployment(f"{pipe.name}-{t}", pipe.namespace).metadata.generation
            for t in ("ingest", "analytics")
        }

    before = templates()
    old_write, old_read = pipe.key("write"), pipe.key("read")
    new_write, new_read = f"wk-{uuid.uuid4().hex}", f"rk-{uuid.uuid4().hex}"
    for kind, key in (("write", new_write), ("read", new_read)):
        secret = pipe.core.read_namespaced_secret(f"{pipe.name}-{kind}-keys", pipe.namespace)
        (field,) = secret.data
        pipe.core.patch_namespaced_secret(secret.metadata.name, pipe.namespace, {"stringData": {field: f"{key}\n"}})
    track = f"{pipe.url('ingest')}/v1/track"

    def ingest_rotated() -> bool:
        new_status, _ = post(track, {"userId": "u-2", "event": "Rotated"}, user=new_write)
        old_status, _ = post(track, {"userId": "u-3", "event": "Revoked"}, user=old_write)
        return (new_status, old_status) == (200, 401)

    def analytics_rotated() -> bool:
        return (get_status(summary_url, bearer=new_read), get_status(summary_url, bearer=old_read)) == (200, 401)

    # The kubelet refreshes Secret volumes on its sync (up to about a minute), then the tiers notice within seconds.
    wait_for(ingest_rotated, timeout=150, what="ingest to accept the new write key and refuse the old one")
    wait_for(analytics_rotated, timeout=150, what="analytics to accept the new read key and refuse the old one")
    assert templates() == before


def test_pipeline_on_real_pods_stores_and_counts_an_event_and_deletes_everything(
    operator: str,
    kubectl: Kubectl,
    dev_deps: DevDeps,
    pipe: Pipeline,
    names: dict[str, str],
    wait_for: Callable[..., Any],
) -> None:
    pipe.create(names, dev_deps, policy="Delete")
    obj = wait_for(lambda: (o := pipe.get()) and ready(o) and o, timeout=300, what="Ready on real pods")
    assert obj["status"]["kafka"]["partitions"] == 3
    assert topic_exists(dev_deps.host.kafka_bootstrap, names["topic"])
    assert schema_exists(dev_deps.host.postgres_primary_dsn, names["schema"])
    uid = obj["metadata"]["uid"]
    for tier in TIERS:
        deployment = pipe.apps.read_namespaced_deployment(f"{pipe.name}-{tier}", pipe.namespace)
        (ref,) = deployment.metadata.owner_references
        assert (ref.uid, ref.controller, ref.block_owner_deletion) == (uid, True, True)
        assert len(pipe.running_containers(tier)) == (2 if tier == "ingest" else 1)  # minReplicas, real containers

    # One event in through ingest's Service, stored once, counted by analytics through its Service.
    message_id = f"e2e-{uuid.uuid4()}"
    status, answer = post(
        f"{pipe.url('ingest')}/v1/track",
        {"userId": "u-1", "event": "Signed Up", "messageId": message_id, "properties": {"plan": "pro"}},
        user=pipe.key("write"),
    )
    assert (status, answer.get("success")) == (200, True), answer
    since = (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    until = (datetime.now(UTC) + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    summary_url = f"{pipe.url('analytics')}/v1/metrics/summary?from={since}&to={until}"
    counted = wait_for(
        lambda: (s := get_json(summary_url, bearer=pipe.key("read"))) and s.get("total_events") == 1 and s,
        timeout=120,
        what="analytics to count the event",
    )
    assert counted["events_by_event"] == [{"type": "track", "event": "Signed Up", "events": 1}]
    with psycopg.connect(dev_deps.host.postgres_primary_dsn) as conn:
        rows = conn.execute(f'select type, event, user_id from "{names["schema"]}".events').fetchall()
    assert rows == [("track", "Signed Up", "u-1")]

    # status.freshness: the stored event's time as the operator measured it on the primary, and the printer column.
    def freshness() -> dict[str, Any] | None:
        found = (pipe.get().get("status") or {}).get("freshness") or {}
        return found if found.get("newestEventAt") else None

    fresh = wait_for(freshness, timeout=120, what="status.freshness of the stored event")
    with psycopg.connect(dev_deps.host.postgres_primary_dsn) as conn:
        (stored,) = conn.execute(f'select max(ts) from "{names["schema"]}".events').fetchone() or (None,)
    assert fresh["newestEventAt"] == stored.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert fresh["seconds"] >= 0
    table = kubectl("-n", pipe.namespace, "get", "eventpipeline", pipe.name).stdout.splitlines()
    assert "FRESHNESS" in table[0].split()

    # Every series the chart's dashboard queries is one this running stack exports: scraped where the chart's
    # PodMonitors scrape, the operator's pod and each tier's pods.
    scraped = scrape(pipe.core, operator, "app.kubernetes.io/component=operator", "metrics")
    for tier in TIERS:
        scraped |= scrape(pipe.core, pipe.namespace, f"app.kubernetes.io/component={tier}", "http")
    queried = {name for query in dashboard_queries() for name in selectors(query)}
    assert queried - scraped == set(), f"the dashboard queries series nothing exports: {sorted(queried - scraped)}"

    # The operator's own next passes (every 5 s here) change nothing: no resourceVersion moves.
    def versions() -> dict[str, str]:
        out = {}
        for lister in (
            pipe.core.list_namespaced_service,
            pipe.core.list_namespaced_config_map,
            pipe.core.list_namespaced_secret,
            pipe.apps.list_namespaced_deployment,
        ):
            out.update(
                {f"{o.kind}/{o.metadata.name}": o.metadata.resource_version for o in lister(pipe.namespace).items}
            )
        return out

    # Deployments' status moves while pods settle; compare their generation, not their resourceVersion.
    def generations() -> dict[str, int]:
        return {
            d.metadata.name: d.metadata.generation for d in pipe.apps.list_namespaced_deployment(pipe.namespace).items
        }

    def drift_passes() -> int:
        """The operator's finished drift passes over this pipeline, as its log reports them."""
        logs = kubectl("-n", operator, "logs", "deploy/eventpipeline-operator", "--tail=-1").stdout
        return sum(1 for line in logs.splitlines() if "Timer 'drift' succeeded" in line and pipe.name in line)

    before, gens, passes = versions(), generations(), drift_passes()
    wait_for(lambda: drift_passes() >= passes + 2, timeout=60, what="two more drift passes of the operator")
    assert generations() == gens
    assert {k: v for k, v in versions().items() if not k.startswith("Deployment/")} == {
        k: v for k, v in before.items() if not k.startswith("Deployment/")
    }

    # A spec change rolls exactly the consumer Deployment, to new real containers.
    pipe.patch({"consumer": {"resources": {"requests": {"cpu": "60m", "memory": "96Mi"}}}})
    wait_for(lambda: generations()[f"{pipe.name}-consumer"] > gens[f"{pipe.name}-consumer"], what="consumer rolled")
    assert {k: v for k, v in generations().items() if k != f"{pipe.name}-consumer"} == {
        k: v for k, v in gens.items() if k != f"{pipe.name}-consumer"
    }
    wait_for(lambda: ready(pipe.get()), timeout=240, what="Ready at generation 2")

    # A Secret the schema cannot know about is missing: reported by name.
    pipe.patch({"postgres": {"primary": {"name": "missing"}}})

    def blocked() -> bool:
        conditions = {c["type"]: c for c in pipe.get()["status"]["conditions"]}
        return conditions["Ready"]["reason"] == "SecretNotFound" and "missing" in conditions["Ready"]["message"]

    wait_for(blocked, what="Ready=False SecretNotFound")
    pipe.patch({"postgres": {"primary": {"name": "demo-postgres"}}})

    # Delete: the finalizer drops the topics and the schema before the object goes; the pods go with it.
    pipe.delete()
    wait_for(pipe.gone, timeout=180, what="EventPipeline deleted")
    assert not topic_exists(dev_deps.host.kafka_bootstrap, names["topic"])
    assert not schema_exists(dev_deps.host.postgres_primary_dsn, names["schema"])


def test_keys_rotate_without_a_rollout_and_the_managed_redis_requires_its_password(
    operator: str,
    dev_deps: DevDeps,
    pipe: Pipeline,
    names: dict[str, str],
    wait_for: Callable[..., Any],
) -> None:
    pipe.create(names, dev_deps, policy="Delete")
    wait_for(lambda: (o := pipe.get()) and ready(o) and o, timeout=300, what="Ready on real pods")
    since = (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    until = (datetime.now(UTC) + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    summary_url = f"{pipe.url('analytics')}/v1/metrics/summary?from={since}&to={until}"
    assert get_status(summary_url, bearer=pipe.key("read")) == 200  # a cache lookup, through AUTH

    # The managed Redis refuses clients without its generated password, and analytics, which has it, cached there.
    svc = pipe.core.read_namespaced_service(f"{pipe.name}-redis", pipe.namespace)
    secret = pipe.core.read_namespaced_secret(f"{pipe.name}-redis", pipe.namespace)
    password = base64.b64decode(secret.data["password"]).decode()
    with (
        redis.Redis(host=svc.spec.cluster_ip, port=6379, socket_timeout=10) as anonymous,
        pytest.raises(redis.AuthenticationError),
    ):
        anonymous.ping()
    with redis.Redis(host=svc.spec.cluster_ip, port=6379, password=password, socket_timeout=10) as cache:
        stats = cache.info("stats")
    # Lookups that reached the keyspace (cached answers expire in 10 s; these counters do not): analytics' own.
    assert stats["keyspace_hits"] + stats["keyspace_misses"] > 0, stats

    # Keys rotate without a rollout: the Secrets are edited, the kubelet updates the pods' files, and the tiers reload
    # them; the revoked keys get 401 and the new ones work.
    rotate_keys(pipe, summary_url, wait_for)


def test_a_backlog_grows_the_consumer_to_real_containers_and_it_shrinks_back_once_drained(
    operator: str,
    dev_deps: DevDeps,
    pipe: Pipeline,
    names: dict[str, str],
    wait_for: Callable[..., Any],
) -> None:
    # The consumer's CPU limit (the kubelet's CFS quota) makes it drain slower than the backlog arrives, so the lag
    # stays over lagPerReplica for tens of seconds instead of the two a free consumer needs to catch up.
    pipe.create(names, dev_deps, policy="Delete", consumer_cpu_limit="50m")
    # Scale-down waits for the highest recommendation of this window (300 s by default) to fall.
    pipe.patch({"consumer": {"scaleDownStabilization": "20s"}})
    wait_for(lambda: ready(pipe.get()), timeout=300, what="Ready")
    consumer = f"{pipe.name}-consumer"

    def replicas() -> int:
        return int(pipe.apps.read_namespaced_deployment(consumer, pipe.namespace).spec.replicas)

    assert replicas() == 1

    # A backlog far over lagPerReplica (500), produced straight into the topic from the host, as ingest writes it.
    sent = produce(dev_deps.host.kafka_bootstrap, names["topic"], event_values(60_000, spread=timedelta(minutes=5)))

    grown = wait_for(lambda: replicas() > 1 and replicas(), timeout=120, what="the autoscaler to grow the consumer")
    assert grown <= 3  # maxReplicas
    wait_for(
        lambda: len(pipe.running_containers("consumer")) >= grown,
        timeout=180,
        what=f"{grown} real consumer containers running",
    )
    status = pipe.get()["status"]
    assert status["consumer"]["lastScale"]["to"] >= grown, status.get("consumer")

    # Drained: every event stored exactly once, then the lag reads 0 and the consumer shrinks back to its minimum
    # once the scale-down window has passed.
    def stored() -> int:
        with psycopg.connect(dev_deps.host.postgres_primary_dsn) as conn:
            row = conn.execute(f'select count(*), count(distinct event_id) from "{names["schema"]}".events').fetchone()
        assert row is not None
        assert row[0] == row[1], f"duplicates stored: {row}"
        return int(row[0])

    wait_for(lambda: stored() == sent, timeout=420, interval=5, what=f"all {sent} events stored")
    wait_for(lambda: replicas() == 1, timeout=180, what="the autoscaler to shrink the consumer back to 1")

    # The Deployment is scaled before the pass's status is written: wait for status to say so too.
    def shrunk() -> dict[str, Any] | None:
        last: dict[str, Any] = pipe.get()["status"]["consumer"]["lastScale"]
        return last if last["to"] == 1 and last["from"] >= 2 else None

    last = wait_for(shrunk, timeout=60, what="status.consumer.lastScale to record the scale-down")
    assert "scale down" in last["reason"], last
    # The lag in status is the autoscaler's last reading; the consumer commits its last batch after storing it.
    wait_for(lambda: pipe.get()["status"]["kafka"]["totalLag"] == 0, timeout=60, what="status.kafka.totalLag 0")
    assert stored() == sent
    pipe.delete()
    wait_for(pipe.gone, timeout=180, what="EventPipeline deleted")


def test_the_rotation_timer_archives_an_expired_month_to_s3_and_drops_it(
    operator: str,
    dev_deps: DevDeps,
    pipe: Pipeline,
    names: dict[str, str],
    wait_for: Callable[..., Any],
) -> None:
    s3 = s3_client(dev_deps.host.s3_endpoint)
    bucket = names["topic"]
    s3.create_bucket(Bucket=bucket)
    credentials = {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY}
    secret = client.V1Secret(metadata=client.V1ObjectMeta(name="archive-s3"), string_data=credentials)
    pipe.core.create_namespaced_secret(pipe.namespace, secret)
    pipe.create(names, dev_deps, policy="Delete")
    archive = {
        "s3": {"bucket": bucket, "endpoint": dev_deps.pods.s3_endpoint, "credentialsSecret": {"name": "archive-s3"}}
    }
    pipe.patch({"postgres": {"partitioning": {"premake": 2, "retentionMonths": 4, "archive": archive}}})
    wait_for(lambda: ready(pipe.get()), timeout=300, what="Ready")

    def last_rotation() -> datetime | None:
        found = ((pipe.get().get("status") or {}).get("postgres") or {}).get("lastRotation")
        return datetime.fromisoformat(found.replace("Z", "+00:00")) if found else None

    wait_for(last_rotation, timeout=120, what="the first rotation")

    # A month six months back (past the four kept), with rows: what a pipeline running since then would hold.
    now = datetime.now(UTC)
    year, month = add_months(now.year, now.month, -6)
    expired = partition_name(year, month)
    start, _ = month_bounds(year, month)
    with psycopg.connect(dev_deps.host.postgres_primary_dsn, autocommit=True) as conn:
        assert create_partitions(conn, names["schema"], [(year, month)]) == [expired]
        conn.execute(
            f'insert into "{names["schema"]}".events (event_id, type, event, user_id, ts, received_at)'
            " select gen_random_uuid(), 'track', 'Old', 'u' || i, %s + i * interval '1 hour', %s"
            " from generate_series(1, 25) as i",
            (start, start),
        )
    placed = datetime.now(UTC).replace(microsecond=0)

    # Nobody asks for a rotation: the operator's timer runs the next one (every 15 s here) on its own.
    def rotated() -> bool:
        at = last_rotation()
        with psycopg.connect(dev_deps.host.postgres_primary_dsn) as conn:
            gone = expired not in existing_partitions(conn, names["schema"])
        return bool(at and at >= placed and gone)

    try:
        wait_for(rotated, timeout=120, what=f"the timer's rotation to archive and drop {expired}")
    except AssertionError as exc:
        with psycopg.connect(dev_deps.host.postgres_primary_dsn) as conn:
            partitions = sorted(existing_partitions(conn, names["schema"]))
        raise AssertionError(f"{exc}; status.postgres {pipe.get()['status'].get('postgres')}, {partitions}") from exc
    manifest = archived(s3, bucket)[expired]
    assert manifest["_sha256_ok"]
    assert manifest["_csv_rows"] == 25
    status = pipe.get()["status"]["postgres"]
    assert status["lastArchivedObject"].startswith(f"s3://{bucket}/"), status
    assert "rotationError" not in status, status
    assert ANNOTATION not in (pipe.get()["metadata"].get("annotations") or {})
    pipe.delete()
    wait_for(pipe.gone, timeout=180, what="EventPipeline deleted")


def test_retain_policy_keeps_topic_and_schema(
    operator: str,
    dev_deps: DevDeps,
    pipe: Pipeline,
    names: dict[str, str],
    wait_for: Callable[..., Any],
) -> None:
    pipe.create(names, dev_deps, policy="Retain")
    wait_for(lambda: ready(pipe.get()), timeout=300, what="Ready")
    pipe.delete()
    wait_for(pipe.gone, timeout=180, what="EventPipeline deleted")
    assert topic_exists(dev_deps.host.kafka_bootstrap, names["topic"])
    assert schema_exists(dev_deps.host.postgres_primary_dsn, names["schema"])


def test_the_chart_installed_operator_runs_on_the_node(operator: str, kubectl: Kubectl) -> None:
    pods = json.loads(kubectl("-n", operator, "get", "pods", "-o", "json").stdout)["items"]
    (pod,) = pods
    status = pod["status"]["containerStatuses"][0]
    assert status["ready"] is True
    assert status["containerID"].startswith("containerd://")
    assert pod["spec"]["serviceAccountName"] == "eventpipeline-operator"


# Prints {relative path: sha256} of the installed eventpipeline package's modules, as the image carries them.
_INSTALLED_CODE = """
import hashlib, json, pathlib, eventpipeline.operator as op
root = pathlib.Path(op.__path__[0]).parent
print(json.dumps({str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
                  for p in sorted(root.rglob('*.py')) if p.parts[len(root.parts)] in ('operator', 'common')}))
"""


def test_the_operator_image_carries_the_checked_out_code(operator: str, kubectl: Kubectl) -> None:
    """What runs is what the tests read: every module of the operator and common packages in the running pod is
    byte for byte the checkout's (a stale image build would test old code)."""
    installed = json.loads(
        kubectl("-n", operator, "exec", "deploy/eventpipeline-operator", "--", "python", "-c", _INSTALLED_CODE).stdout
    )
    checkout = {
        str(p.relative_to(base.parent)): hashlib.sha256(p.read_bytes()).hexdigest()
        for base in (REPO / "operator" / "eventpipeline" / "operator", REPO / "common" / "eventpipeline" / "common")
        for p in sorted(base.rglob("*.py"))
    }
    assert installed == checkout
