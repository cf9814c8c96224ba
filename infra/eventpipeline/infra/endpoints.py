"""Where the local servers listen: written by `python -m eventpipeline.infra up`, read by tests and tools."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.settings import InfraSettings


@dataclass(frozen=True)
class Endpoints:
    kafka_bootstrap: str
    postgres_primary_dsn: str
    postgres_replica_dsn: str
    redis_url: str
    s3_endpoint: str
    # The broker's SASL_PLAINTEXT (SCRAM-SHA-512) listener and its development user; empty where there is none
    # (the development chart's pods, a file written before the listener existed).
    kafka_sasl_bootstrap: str = ""
    kafka_sasl_username: str = ""
    kafka_sasl_password: str = field(default="", repr=False)

    def kafka_sasl(self) -> KafkaConnection:
        """The SASL listener as the development user; LookupError when these servers have none."""
        if not self.kafka_sasl_bootstrap:
            raise LookupError(
                "no SASL listener in these endpoints: the servers predate it (restart them with `make infra-down`"
                " and `make infra-up`, or upgrade the development chart)"
            )
        return KafkaConnection(
            self.kafka_sasl_bootstrap,
            security_protocol="SASL_PLAINTEXT",
            username=self.kafka_sasl_username,
            password=self.kafka_sasl_password,
        )


def default_path() -> Path:
    return InfraSettings().endpoints_file


def load(path: Path | None = None) -> Endpoints:
    """The endpoints of the running local infrastructure; FileNotFoundError says how to start it."""
    path = path or default_path()
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise FileNotFoundError(f"{path} does not exist: start the servers with `make infra-up`") from None
    fields = {f.name for f in dataclasses.fields(Endpoints)}
    return Endpoints(**{k: v for k, v in data.items() if k in fields})


def save(endpoints: Endpoints, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(dataclasses.asdict(endpoints), indent=2) + "\n")
    tmp.replace(path)
