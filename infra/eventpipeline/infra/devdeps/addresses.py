"""Where the development dependencies answer, read from the API server: from the host (ClusterIPs, which the local
cluster routes to) as the `Endpoints` every test and tool takes, and from pods (Service DNS names)."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from eventpipeline.infra.devdeps.chartfiles import NAMESPACE
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.kubectl import run

SERVICES = ("kafka", "postgres", "postgres-replica", "s3")


@dataclass(frozen=True)
class ClusterAddresses:
    """What pods connect to: `kafka.<namespace>.svc:9092`, the PostgreSQL DSNs and the S3 URL by Service name.
    Kafka then hands out the broker's pod IP, which pods reach too."""

    kafka_bootstrap: str
    postgres_primary_dsn: str
    postgres_replica_dsn: str
    s3_endpoint: str
    kafka_sasl_bootstrap: str = ""  # SASL_PLAINTEXT, SCRAM-SHA-512 (the user: `Endpoints.kafka_sasl()`)


@dataclass(frozen=True)
class Installed:
    """What the release's objects say: each Service's ClusterIP and port (the first one; Kafka's SASL port apart),
    the PostgreSQL credentials and the Kafka SCRAM user."""

    ports: dict[str, tuple[str, int]]
    user: str
    password: str
    database: str
    kafka_sasl_port: int = 0
    kafka_sasl_username: str = ""
    kafka_sasl_password: str = field(default="", repr=False)

    @classmethod
    def from_objects(
        cls,
        services: Sequence[Mapping[str, Any]],
        secret_data: Mapping[str, str],
        sasl_data: Mapping[str, str] | None = None,
    ) -> Installed:
        """From the Services (as the API server returns them), the Secret `postgres`'s base64 `data` and the Secret
        `kafka-sasl`'s (absent in a release from before the SASL listener)."""
        ports = {}
        sasl_port = 0
        for item in services:
            spec = item["spec"]
            ports[item["metadata"]["name"]] = (str(spec["clusterIP"]), int(spec["ports"][0]["port"]))
            if item["metadata"]["name"] == "kafka":
                sasl_port = next((int(p["port"]) for p in spec["ports"] if p.get("name") == "kafka-sasl"), 0)
        missing = sorted(set(SERVICES) - set(ports))
        if missing:
            raise InfraError("devdeps", f"Services missing: {', '.join(missing)} (is the chart installed?)")
        plain = {key: base64.b64decode(value).decode() for key, value in secret_data.items()}
        sasl = {key: base64.b64decode(value).decode() for key, value in (sasl_data or {}).items()}
        return cls(
            ports,
            plain["username"],
            plain["password"],
            plain["database"],
            kafka_sasl_port=sasl_port,
            kafka_sasl_username=sasl.get("username", ""),
            kafka_sasl_password=sasl.get("password", ""),
        )

    def dsn(self, host: str, port: int) -> str:
        user, password = quote(self.user, safe=""), quote(self.password, safe="")
        return f"postgresql://{user}:{password}@{host}:{port}/{self.database}"

    def from_host(self) -> Endpoints:
        """By ClusterIP. `redis_url` is empty: each pipeline's Redis is the operator's."""
        kafka, primary, replica, s3 = (self.ports[name] for name in SERVICES)
        return Endpoints(
            kafka_bootstrap=f"{kafka[0]}:{kafka[1]}",
            postgres_primary_dsn=self.dsn(*primary),
            postgres_replica_dsn=self.dsn(*replica),
            redis_url="",
            s3_endpoint=f"http://{s3[0]}:{s3[1]}",
            kafka_sasl_bootstrap=f"{kafka[0]}:{self.kafka_sasl_port}" if self.kafka_sasl_port else "",
            kafka_sasl_username=self.kafka_sasl_username,
            kafka_sasl_password=self.kafka_sasl_password,
        )

    def from_pods(self, namespace: str) -> ClusterAddresses:
        """By Service DNS name (`<service>.<namespace>.svc`)."""
        host = {name: f"{name}.{namespace}.svc" for name in SERVICES}
        port = {name: self.ports[name][1] for name in SERVICES}
        return ClusterAddresses(
            kafka_bootstrap=f"{host['kafka']}:{port['kafka']}",
            postgres_primary_dsn=self.dsn(host["postgres"], port["postgres"]),
            postgres_replica_dsn=self.dsn(host["postgres-replica"], port["postgres-replica"]),
            s3_endpoint=f"http://{host['s3']}:{port['s3']}",
            kafka_sasl_bootstrap=f"{host['kafka']}:{self.kafka_sasl_port}" if self.kafka_sasl_port else "",
        )


def endpoints(kubeconfig: Path, *, namespace: str = NAMESPACE, kubectl: Path | None = None) -> Endpoints:
    """The servers as the host reaches them: ClusterIP:port (on the local cluster the host routes Service and pod
    addresses into the node, so Kafka's pod IP answers too)."""
    return read(kubeconfig, namespace=namespace, kubectl=kubectl).from_host()


def cluster_addresses(kubeconfig: Path, *, namespace: str = NAMESPACE, kubectl: Path | None = None) -> ClusterAddresses:
    """The servers as pods reach them, by Service DNS name."""
    return read(kubeconfig, namespace=namespace, kubectl=kubectl).from_pods(namespace)


def read(kubeconfig: Path, *, namespace: str = NAMESPACE, kubectl: Path | None = None) -> Installed:
    """Ask the API server (kubectl: the one built with the local cluster unless given) for the release's Services
    and Secret; InfraError with kubectl's message when they are not there."""

    def get(*args: str) -> dict[str, Any]:
        proc = run(f"--namespace={namespace}", "get", *args, "--output=json", kubeconfig=kubeconfig, binary=kubectl)
        found: dict[str, Any] = json.loads(proc.stdout)
        return found

    services = get("services", *SERVICES)
    secret = get("secret", "postgres")
    try:
        sasl = get("secret", "kafka-sasl")
    except InfraError:
        sasl = {}  # a release from before the SASL listener: no SCRAM user to name
    return Installed.from_objects(services["items"], secret.get("data") or {}, sasl.get("data") or {})
