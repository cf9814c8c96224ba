"""Every builder: recommended labels, owner reference, probes, security context, no tier replicas, contract env
names, and no secret value inlined anywhere."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml
from eventpipeline.common.api import NAME_MAX_LENGTH
from eventpipeline.operator.builders import (
    build_configmap,
    build_deployment,
    build_keys_secret,
    build_networkpolicy,
    build_pdb,
    build_redis_deployment,
    build_redis_networkpolicy,
    build_redis_secret,
    build_redis_service,
    build_service,
    build_serviceaccount,
    desired_objects,
    generate_key,
)
from eventpipeline.operator.builders.env import tier_env
from eventpipeline.operator.pipeline import TIERS, InvalidSpecError, Pipeline, Tier, pipeline_from_body

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
UID = "0d9c1f0e-1111-2222-3333-444455556666"
LABELS = {
    "app.kubernetes.io/name",
    "app.kubernetes.io/instance",
    "app.kubernetes.io/component",
    "app.kubernetes.io/part-of",
    "app.kubernetes.io/managed-by",
}


SECURED: dict[str, Any] = {
    "kafka": {
        "bootstrapServers": "kafka:9093",
        "tls": {"caSecret": {"name": "kafka-cluster-ca-cert"}},
        "sasl": {"usernameSecret": {"name": "kafka-user", "key": "username"}, "passwordSecret": {"name": "shop"}},
    },
    "postgres": {
        "primary": {"name": "pg-primary"},
        "replicas": [{"name": "pg-replica-a"}],
        "caSecret": {"name": "pg-ca"},
    },
}
EXTERNAL_REDIS_TLS = {"external": {"urlSecret": {"name": "shop-redis"}, "caSecret": {"name": "redis-ca"}}}


def make(spec_overrides: dict[str, Any] | None = None) -> Pipeline:
    spec: dict[str, Any] = {
        "kafka": {"bootstrapServers": "kafka:9092", "partitions": 12},
        "postgres": {
            "primary": {"name": "pg-primary"},
            "replicas": [{"name": "pg-replica-a"}, {"name": "pg-replica-b", "key": "uri"}],
        },
    }
    spec.update(spec_overrides or {})
    body = {"metadata": {"name": "shop", "namespace": "team-a", "uid": UID, "generation": 3}, "spec": spec}
    return pipeline_from_body(body)


def every_object(pipeline: Pipeline) -> list[dict[str, Any]]:
    objects = desired_objects(pipeline)
    objects.append(build_keys_secret(pipeline, "write", ["k"]))
    objects.append(build_redis_secret(pipeline, "p"))
    return objects


def test_every_object_has_the_recommended_labels_and_a_controller_owner_reference() -> None:
    pipeline = make()
    for obj in every_object(pipeline):
        meta = obj["metadata"]
        assert set(meta["labels"]) >= LABELS, obj["kind"]
        assert meta["labels"]["app.kubernetes.io/instance"] == "shop"
        assert meta["labels"]["app.kubernetes.io/managed-by"] == "eventpipeline-operator"
        assert meta["namespace"] == "team-a"
        assert meta["ownerReferences"] == [
            {
                "apiVersion": "analytics.eventpipeline.dev/v1alpha1",
                "kind": "EventPipeline",
                "name": "shop",
                "uid": UID,
                "controller": True,
                "blockOwnerDeletion": True,
            }
        ]


def test_desired_objects_cover_every_kind_for_every_tier_and_names_are_unique() -> None:
    objects = desired_objects(make())
    kinds = [(o["kind"], o["metadata"]["name"]) for o in objects]
    assert len(kinds) == len(set(kinds))
    for tier in TIERS:
        for kind in ("Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy"):
            assert (kind, f"shop-{tier}") in kinds
        assert ("ConfigMap", f"shop-{tier}-config") in kinds
    assert ("ServiceAccount", "shop-workload") in kinds
    assert ("Deployment", "shop-redis") in kinds  # managed by default


@pytest.mark.parametrize("tier", TIERS)
def test_tier_deployment_never_sets_replicas(tier: str) -> None:
    deployment = build_deployment(make(), tier)  # type: ignore[arg-type]
    assert "replicas" not in deployment["spec"]


@pytest.mark.parametrize("tier", TIERS)
def test_deployment_probes_security_and_resources(tier: str) -> None:
    deployment = build_deployment(make(), tier)  # type: ignore[arg-type]
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["command"] == ["python", "-m", f"eventpipeline.{tier}"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    sc = container["securityContext"]
    assert sc["runAsNonRoot"] is True
    assert sc["readOnlyRootFilesystem"] is True
    assert sc["allowPrivilegeEscalation"] is False
    assert sc["capabilities"] == {"drop": ["ALL"]}
    assert sc["seccompProfile"] == {"type": "RuntimeDefault"}
    assert pod["automountServiceAccountToken"] is False
    assert container["resources"] == {"requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"memory": "512Mi"}}
    annotations = deployment["spec"]["template"]["metadata"]["annotations"]
    assert not [a for a in annotations if a.startswith("prometheus.io/")]  # the chart's PodMonitor scrapes them
    assert container["ports"] == [{"name": "http", "containerPort": 8080, "protocol": "TCP"}]  # what it selects
    # The selector is a subset of the pod labels, and stable labels only.
    selector = deployment["spec"]["selector"]["matchLabels"]
    assert selector.items() <= deployment["spec"]["template"]["metadata"]["labels"].items()
    assert set(selector) == {"app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component"}


def _contract_names(tier: str) -> set[str]:
    """The env names docs/dev/contracts.md lists for the tier."""
    text = (ROOT / "docs/dev/contracts.md").read_text()
    return set(re.findall(rf"`(EP_{tier.upper()}_[A-Z_]+)`", text))


def _env_names(pipeline: Pipeline, tier: str) -> set[str]:
    container = build_deployment(pipeline, tier)["spec"]["template"]["spec"]["containers"][0]  # type: ignore[arg-type]
    config = build_configmap(pipeline, tier)["data"]  # type: ignore[arg-type]
    return set(config) | {e["name"] for e in container["env"]}


@pytest.mark.parametrize("tier", TIERS)
def test_env_names_are_the_contracts(tier: str) -> None:
    # Every optional variable set: the managed Redis' password in one, the external Redis' CA in the other.
    names = _env_names(make(SECURED), tier) | _env_names(make({**SECURED, "redis": EXTERNAL_REDIS_TLS}), tier)
    contract = _contract_names(tier)
    assert contract, "contracts.md lists names for every tier"
    assert contract <= names
    extra = {n for n in names if not n.startswith("EP_ANALYTICS_REPLICA_DSN_")} - contract
    assert not extra, f"names not in docs/dev/contracts.md: {extra}"


def test_secrets_are_referenced_never_inlined() -> None:
    pipeline = make()
    consumer = build_deployment(pipeline, "consumer")["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e for e in consumer["env"]}
    assert env["EP_CONSUMER_POSTGRES_DSN"]["valueFrom"] == {"secretKeyRef": {"name": "pg-primary", "key": "dsn"}}
    analytics = build_deployment(pipeline, "analytics")["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e for e in analytics["env"]}
    assert env["EP_ANALYTICS_PRIMARY_DSN"]["valueFrom"]["secretKeyRef"]["name"] == "pg-primary"
    assert env["EP_ANALYTICS_REPLICA_DSN_1"]["valueFrom"]["secretKeyRef"] == {"name": "pg-replica-b", "key": "uri"}
    assert env["EP_ANALYTICS_REPLICA_DSNS"]["value"] == "$(EP_ANALYTICS_REPLICA_DSN_0),$(EP_ANALYTICS_REPLICA_DSN_1)"
    # $(VAR) only expands variables defined earlier in the list.
    names = [e["name"] for e in analytics["env"]]
    assert names.index("EP_ANALYTICS_REPLICA_DSNS") > names.index("EP_ANALYTICS_REPLICA_DSN_1")
    # Keys are files from Secrets, and no object but the generated keys Secret holds any data from a Secret.
    ingest = build_deployment(pipeline, "ingest")["spec"]["template"]
    volumes = {v["name"]: v for v in ingest["spec"]["volumes"]}
    assert volumes["write-keys"]["secret"] == {
        "secretName": "shop-write-keys",
        "items": [{"key": "keys", "path": "keys"}],
    }
    key_file = build_configmap(pipeline, "ingest")["data"]["EP_INGEST_WRITE_KEYS_FILE"]
    mount = ingest["spec"]["containers"][0]["volumeMounts"][1]
    assert key_file.startswith(mount["mountPath"] + "/")
    assert mount["readOnly"] is True
    rendered = json.dumps(desired_objects(pipeline))
    assert "postgresql://" not in rendered
    assert "requirepass" not in rendered  # the Redis password's Secret is created apart, never applied
    # "password" appears only as the reference to that Secret's key, under the setting's name
    ref = {
        "name": "EP_ANALYTICS_REDIS_PASSWORD",
        "valueFrom": {"secretKeyRef": {"name": "shop-redis", "key": "password"}},
    }
    reference = json.dumps(ref)
    assert "password" not in rendered.replace(reference, "").lower()


def test_bootstrap_from_a_secret_and_external_redis_are_secret_refs() -> None:
    pipeline = make(
        {
            "kafka": {"bootstrapServersFrom": {"secretKeyRef": {"name": "kafka", "key": "bootstrap"}}},
            "redis": {"external": {"urlSecret": {"name": "cache"}}},
        }
    )
    ingest_env = {
        e["name"]: e for e in build_deployment(pipeline, "ingest")["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert ingest_env["EP_INGEST_KAFKA_BOOTSTRAP"]["valueFrom"] == {
        "secretKeyRef": {"name": "kafka", "key": "bootstrap"}
    }
    assert "EP_INGEST_KAFKA_BOOTSTRAP" not in build_configmap(pipeline, "ingest")["data"]
    analytics = build_deployment(pipeline, "analytics")["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e for e in analytics["env"]}
    assert env["EP_ANALYTICS_REDIS_URL"]["valueFrom"] == {"secretKeyRef": {"name": "cache", "key": "url"}}
    kinds = {(o["kind"], o["metadata"]["name"]) for o in desired_objects(pipeline)}
    assert ("Deployment", "shop-redis") not in kinds
    assert ("Service", "shop-redis") not in kinds


def test_user_env_cannot_override_operator_settings_and_config_change_rolls_pods() -> None:
    plain = make()
    custom = make({"consumer": {"env": [{"name": "EP_CONSUMER_TOPIC", "value": "evil"}, {"name": "X", "value": "1"}]}})
    env = build_deployment(custom, "consumer")["spec"]["template"]["spec"]["containers"][0]["env"]
    assert {"name": "X", "value": "1"} in env
    assert all(e["name"] != "EP_CONSUMER_TOPIC" for e in env)
    retuned = make({"kafka": {"bootstrapServers": "kafka:9092", "partitions": 12, "topic": "other"}})
    key = "analytics.eventpipeline.dev/config-hash"

    def config_hash(p: Pipeline) -> str:
        return str(build_deployment(p, "consumer")["spec"]["template"]["metadata"]["annotations"][key])

    assert config_hash(plain) == config_hash(make())
    assert config_hash(plain) != config_hash(retuned)


def test_configmap_values_follow_the_spec() -> None:
    data = build_configmap(make({"redis": {"cacheTtl": "30s"}}), "analytics")["data"]
    assert data["EP_ANALYTICS_CACHE_TTL_SECONDS"] == "30"
    assert data["EP_ANALYTICS_CACHE_PREFIX"] == "ep:team-a:shop:"  # a shared Redis never mixes two pipelines
    assert data["EP_ANALYTICS_REDIS_URL"] == "redis://shop-redis.team-a.svc:6379/0"
    consumer = build_configmap(make(), "consumer")["data"]
    assert consumer["EP_CONSUMER_TOPIC"] == "shop-events"
    assert consumer["EP_CONSUMER_DLQ_TOPIC"] == "shop-events.dlq"
    assert consumer["EP_CONSUMER_GROUP"] == "shop-consumer"
    assert consumer["EP_CONSUMER_MIGRATE"] == "false"
    assert consumer["EP_CONSUMER_LEDGER_RETENTION_HOURS"] == "720"  # the topic's 30 days: no redelivery is doubled
    short = build_configmap(make({"kafka": {"bootstrapServers": "k:9092", "retention": "2h"}}), "consumer")["data"]
    assert short["EP_CONSUMER_LEDGER_RETENTION_HOURS"] == "24"  # never below the 24 h floor


def test_service_pdb_networkpolicy_serviceaccount() -> None:
    pipeline = make()
    service = build_service(pipeline, "ingest")
    assert service["spec"]["ports"] == [{"name": "http", "port": 8080, "targetPort": "http", "protocol": "TCP"}]
    assert service["spec"]["selector"]["app.kubernetes.io/component"] == "ingest"
    pdb = build_pdb(pipeline, "consumer")
    assert pdb["spec"]["maxUnavailable"] == 1
    assert pdb["spec"]["selector"]["matchLabels"]["app.kubernetes.io/component"] == "consumer"
    policy = build_networkpolicy(pipeline, "analytics")
    assert policy["spec"]["policyTypes"] == ["Ingress"]
    assert policy["spec"]["ingress"] == [{"ports": [{"port": 8080, "protocol": "TCP"}]}]
    redis_policy = build_redis_networkpolicy(pipeline)
    (rule,) = redis_policy["spec"]["ingress"]
    assert rule["from"][0]["podSelector"]["matchLabels"]["app.kubernetes.io/component"] == "analytics"
    sa = build_serviceaccount(pipeline)
    assert sa["automountServiceAccountToken"] is False


def test_pdb_switched_off_is_not_desired() -> None:
    pipeline = make({"ingest": {"podDisruptionBudget": False}})
    kinds = {(o["kind"], o["metadata"]["name"]) for o in desired_objects(pipeline)}
    assert ("PodDisruptionBudget", "shop-ingest") not in kinds
    assert ("PodDisruptionBudget", "shop-consumer") in kinds


def test_managed_redis_is_a_bounded_non_root_cache() -> None:
    pipeline = make()
    deployment = build_redis_deployment(pipeline)
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert "--maxmemory" in container["args"]
    assert int(container["args"][container["args"].index("--maxmemory") + 1]) == 128 * 2**20 * 3 // 4
    assert container["args"][container["args"].index("--save") + 1] == ""
    assert build_redis_service(pipeline)["spec"]["ports"][0]["port"] == 6379


def test_managed_redis_requires_the_generated_password_and_analytics_sends_it() -> None:
    pipeline = make()
    pod = build_redis_deployment(pipeline)["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["auth"]["secret"] == {"secretName": "shop-redis", "defaultMode": 0o440}
    mount = next(m for m in container["volumeMounts"] if m["name"] == "auth")
    assert container["args"][0] == f"{mount['mountPath']}/redis.conf"  # a config file: no password in the args
    secret = build_redis_secret(pipeline, "s3cr3t-Token_x")
    assert secret["metadata"]["name"] == "shop-redis"
    assert secret["stringData"] == {"password": "s3cr3t-Token_x", "redis.conf": "requirepass s3cr3t-Token_x\n"}
    env = {e["name"]: e for e in tier_env(pipeline, "analytics").env}
    assert env["EP_ANALYTICS_REDIS_PASSWORD"]["valueFrom"] == {
        "secretKeyRef": {"name": "shop-redis", "key": "password"}
    }
    external = make({"redis": {"external": {"urlSecret": {"name": "cache"}}}})
    assert "EP_ANALYTICS_REDIS_PASSWORD" not in {e["name"] for e in tier_env(external, "analytics").env}


def test_keys_secret_holds_the_given_keys_one_per_line() -> None:
    pipeline = make()
    keys = [generate_key(), generate_key()]
    assert keys[0] != keys[1]
    assert len(keys[0]) >= 40
    secret = build_keys_secret(pipeline, "read", keys)
    assert secret["metadata"]["name"] == "shop-read-keys"
    assert secret["stringData"] == {"keys": f"{keys[0]}\n{keys[1]}\n"}


def test_builders_neither_mutate_their_input_nor_share_state_between_calls() -> None:
    """Pure: the pipeline is left as it was, and an object handed out (which the reconcile may change before
    applying) shares nothing with the next call's objects."""
    pipeline = make()
    before = pipeline.spec.model_dump()
    first = every_object(pipeline)
    expected = json.loads(json.dumps(first))

    def scribble(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                scribble(value)
            node["scribbled"] = True
        elif isinstance(node, list):
            for value in node:
                scribble(value)
            node.append("scribbled")

    scribble(first)
    assert every_object(pipeline) == expected
    assert pipeline.spec.model_dump() == before


def test_every_rendered_object_is_valid_kubernetes() -> None:
    for obj in every_object(make()):
        kubernetes_validate.validate(yaml.safe_load(json.dumps(obj)), "1.30.0", strict=True)


DNS_1035_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")
DNS_1123_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def name_limit_violations(pipeline: Pipeline) -> list[str]:
    """Every child name or label value the API server would refuse (its validation rules, by kind)."""
    out = []
    for obj in every_object(pipeline):
        name = obj["metadata"]["name"]
        if obj["kind"] == "Service" and not (len(name) <= 63 and DNS_1035_LABEL.match(name)):
            out.append(f"Service {name}")
        if not (len(name) <= 253 and DNS_1123_SUBDOMAIN.match(name)):
            out.append(f"{obj['kind']} {name}")
        out += [f"label {k}={v}" for k, v in obj["metadata"]["labels"].items() if len(v) > 63]
    return out


def test_the_longest_admitted_name_is_the_longest_whose_children_kubernetes_accepts() -> None:
    def named(name: str) -> Pipeline:  # past the operator's own name check, to see what Kubernetes would say
        return Pipeline(name=name, namespace="team-a", uid=UID, generation=1, spec=make().spec)

    longest = "a" * NAME_MAX_LENGTH
    assert name_limit_violations(named(longest)) == []
    assert name_limit_violations(named(longest + "a")) == [f"Service {longest}a-analytics"]
    # The operator itself refuses what an older CRD (without the rules) let through, naming the field.
    with pytest.raises(InvalidSpecError, match=r"metadata.name must be at most 53 characters \(it has 54\)"):
        pipeline_from_body({"metadata": {"name": longest + "a"}, "spec": make().spec.model_dump(by_alias=True)})


@pytest.mark.parametrize("tier", ["ingest", "consumer"])
def test_kafka_sasl_and_tls_come_from_secret_references(tier: Tier) -> None:
    pipeline = make(SECURED)
    prefix = f"EP_{tier.upper()}_"
    template = build_deployment(pipeline, tier)["spec"]["template"]
    container = template["spec"]["containers"][0]
    env = {e["name"]: e for e in container["env"]}
    config = build_configmap(pipeline, tier)["data"]
    assert config[f"{prefix}KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert config[f"{prefix}KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
    assert env[f"{prefix}KAFKA_SASL_USERNAME"]["valueFrom"] == {
        "secretKeyRef": {"name": "kafka-user", "key": "username"}
    }
    assert env[f"{prefix}KAFKA_SASL_PASSWORD"]["valueFrom"] == {"secretKeyRef": {"name": "shop", "key": "password"}}
    # The CA is a file from its Secret, mounted read-only where the setting points.
    volumes = {v["name"]: v for v in template["spec"]["volumes"]}
    assert volumes["kafka-ca"]["secret"] == {
        "secretName": "kafka-cluster-ca-cert",
        "items": [{"key": "ca.crt", "path": "ca.crt"}],
    }
    mounts = {m["name"]: m for m in container["volumeMounts"]}
    assert mounts["kafka-ca"]["readOnly"] is True
    assert config[f"{prefix}KAFKA_CA_FILE"] == mounts["kafka-ca"]["mountPath"] + "/ca.crt"
    # A CA or password change reaches the pods through the mounted file or at their next start; the ConfigMap only
    # names them, so its hash (the rollout trigger) holds no secret either.
    assert not any("value" in e and "password" in e["name"].lower() for e in container["env"])


def test_an_inline_kafka_username_and_no_tls() -> None:
    pipeline = make(
        {"kafka": {"bootstrapServers": "k:9092", "sasl": {"username": "shop", "passwordSecret": {"name": "s"}}}}
    )
    config = build_configmap(pipeline, "consumer")["data"]
    assert config["EP_CONSUMER_KAFKA_SECURITY_PROTOCOL"] == "SASL_PLAINTEXT"
    assert config["EP_CONSUMER_KAFKA_SASL_USERNAME"] == "shop"
    assert "EP_CONSUMER_KAFKA_CA_FILE" not in config
    template = build_deployment(pipeline, "consumer")["spec"]["template"]
    assert "kafka-ca" not in {v["name"] for v in template["spec"]["volumes"]}


def test_plain_kafka_sets_only_the_protocol() -> None:
    config = build_configmap(make(), "ingest")["data"]
    assert config["EP_INGEST_KAFKA_SECURITY_PROTOCOL"] == "PLAINTEXT"
    assert not [name for name in config if "SASL" in name or "CA_FILE" in name]


@pytest.mark.parametrize("tier", ["consumer", "analytics"])
def test_the_postgres_ca_is_a_mounted_file_the_tier_is_pointed_at(tier: Tier) -> None:
    pipeline = make(SECURED)
    template = build_deployment(pipeline, tier)["spec"]["template"]
    volumes = {v["name"]: v for v in template["spec"]["volumes"]}
    assert volumes["postgres-ca"]["secret"] == {"secretName": "pg-ca", "items": [{"key": "ca.crt", "path": "ca.crt"}]}
    mounts = {m["name"]: m for m in template["spec"]["containers"][0]["volumeMounts"]}
    config = build_configmap(pipeline, tier)["data"]
    assert config[f"EP_{tier.upper()}_POSTGRES_CA_FILE"] == mounts["postgres-ca"]["mountPath"] + "/ca.crt"
    assert mounts["postgres-ca"]["readOnly"] is True
    assert "postgres-ca" not in {
        v["name"] for v in build_deployment(make(), tier)["spec"]["template"]["spec"]["volumes"]
    }


def test_an_external_redis_ca_is_mounted_for_analytics() -> None:
    pipeline = make({"redis": EXTERNAL_REDIS_TLS})
    template = build_deployment(pipeline, "analytics")["spec"]["template"]
    volumes = {v["name"]: v for v in template["spec"]["volumes"]}
    assert volumes["redis-ca"]["secret"]["secretName"] == "redis-ca"
    assert build_configmap(pipeline, "analytics")["data"]["EP_ANALYTICS_REDIS_CA_FILE"].endswith("/redis-ca/ca.crt")
    # The URL (which may carry the password) stays in its Secret.
    env = {e["name"]: e for e in template["spec"]["containers"][0]["env"]}
    assert env["EP_ANALYTICS_REDIS_URL"]["valueFrom"] == {"secretKeyRef": {"name": "shop-redis", "key": "url"}}
