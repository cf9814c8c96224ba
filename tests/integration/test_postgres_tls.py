"""PostgreSQL behind TLS with a private CA (`spec.postgres.caSecret`): the operator (its DSN and CA read from Secrets)
migrates the schema over a verified connection, the real consumer stores events over one, whatever `sslmode` the DSN
asked for; a server signed by another CA is refused, naming the certificate, without the password."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import psycopg
import pytest
from eventpipeline.common.postgres_tls import verified_dsn
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.private import PrivateServer, start_private_postgres
from eventpipeline.operator import postgres_admin
from eventpipeline.operator.deps import Deps, postgres_dsn
from eventpipeline.operator.pipeline import pipeline_from_body
from eventpipeline.operator.postgres_admin import PostgresUnavailableError
from psycopg import sql

from tests.support import eventually
from tests.support.consumer import start_consumer, stop_clean
from tests.support.kafka import event_values, produce
from tests.support.tls import ServerPki, make_server_pki

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def tls_postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PrivateServer, ServerPki]]:
    """A private PostgreSQL 15 with ssl=on and a certificate for 127.0.0.1 signed by a CA of its own."""
    root = tmp_path_factory.mktemp("pg-tls")
    pki = make_server_pki(root / "pki", name="pg")
    with start_private_postgres(root / "pg") as pg:
        data_dir = pg.services[0].data_dir  # type: ignore[attr-defined]
        for source, target in ((pki.server_cert, "server.crt"), (pki.server_key, "server.key")):
            shutil.copy(source, data_dir / target)
            shutil.chown(data_dir / target, "postgres", "postgres")
            os.chmod(data_dir / target, 0o600)
        with psycopg.connect(pg.endpoint, autocommit=True) as conn:
            conn.execute("alter system set ssl = 'on'")
            conn.execute("select pg_reload_conf()")
        eventually(lambda: _ssl_in_use(verified_dsn(pg.endpoint, pki.ca_cert)), what="ssl=on after reload")
        yield pg, pki


def _ssl_in_use(dsn: str) -> bool:
    try:
        with psycopg.connect(dsn, connect_timeout=3) as conn:
            row = conn.execute("select ssl from pg_stat_ssl where pid = pg_backend_pid()").fetchone()
            return bool(row and row[0])
    except psycopg.OperationalError:
        return False


class _Secrets:
    """The pipeline's Secrets, as the API server would hand them to the operator."""

    def __init__(self, data: dict[tuple[str, str], str]) -> None:
        self.data = data

    async def read_key(self, kind: str, namespace: str, name: str, key: str) -> str | None:
        return self.data.get((name, key)) if kind == "Secret" else None


def _pipeline(schema: str) -> Any:
    return pipeline_from_body(
        {
            "metadata": {"name": "tls", "namespace": "ns", "uid": "u"},
            "spec": {
                "kafka": {"bootstrapServers": "k:9092"},
                "postgres": {"primary": {"name": "pg"}, "caSecret": {"name": "pg-ca"}, "schema": schema},
            },
        }
    )


def test_the_operator_migrates_over_a_verified_connection_whatever_the_dsn_says(
    tls_postgres: tuple[PrivateServer, ServerPki],
) -> None:
    pg, pki = tls_postgres
    schema = f"tls_{uuid.uuid4().hex[:8]}"
    secrets = {("pg", "dsn"): pg.endpoint + "?sslmode=disable", ("pg-ca", "ca.crt"): pki.ca_cert.read_text()}
    deps = Deps(kube=cast(Any, _Secrets(secrets)))
    dsn = asyncio.run(postgres_dsn(deps, _pipeline(schema), _pipeline(schema).spec.postgres.primary, "p"))
    assert isinstance(dsn, str)
    report = postgres_admin.ensure_database(dsn, schema, now=datetime.now(UTC), premake=1)
    assert report.newest is not None
    assert _ssl_in_use(dsn)


def test_a_server_signed_by_another_ca_is_refused_naming_the_certificate(
    tls_postgres: tuple[PrivateServer, ServerPki], tmp_path: Path
) -> None:
    pg, _ = tls_postgres
    other = make_server_pki(tmp_path, name="other")
    dsn = verified_dsn(pg.endpoint, other.ca_cert)
    with pytest.raises(PostgresUnavailableError) as info:
        postgres_admin.ensure_database(dsn, "never", now=datetime.now(UTC), premake=1)
    assert "certificate verify failed" in str(info.value)
    password = psycopg.conninfo.conninfo_to_dict(pg.endpoint)["password"]
    assert f"password={password}" not in str(info.value)


def test_the_consumer_stores_events_over_tls(
    endpoints: Endpoints, tls_postgres: tuple[PrivateServer, ServerPki], kafka_topic: str, tmp_path: Path
) -> None:
    pg, pki = tls_postgres
    schema = f"tls_{uuid.uuid4().hex[:8]}"
    produce(endpoints.kafka_bootstrap, kafka_topic, event_values(20))
    log = tmp_path / "consumer.log"
    consumer = start_consumer(
        endpoints,
        topic=kafka_topic,
        schema=schema,
        group=f"g-{uuid.uuid4().hex[:8]}",
        log=log,
        dsn=pg.endpoint + "?sslmode=disable&application_name=ep-consumer-tls",
        postgres_ca_file=str(pki.ca_cert),
    )
    try:
        with psycopg.connect(verified_dsn(pg.endpoint, pki.ca_cert), autocommit=True) as conn:

            def stored() -> int:
                exists = conn.execute("select to_regclass(%s)", (f"{schema}.events",)).fetchone()
                if not exists or exists[0] is None:
                    return 0
                row = conn.execute(sql.SQL("select count(*) from {}.events").format(sql.Identifier(schema))).fetchone()
                return int(row[0]) if row else 0

            eventually(lambda: stored() == 20, timeout=60)
            # Every connection the consumer holds is TLS, though its DSN said sslmode=disable.
            modes = conn.execute(
                "select s.ssl from pg_stat_ssl s join pg_stat_activity a using (pid)"
                " where a.application_name = 'ep-consumer-tls'"
            ).fetchall()
            assert modes
            assert all(ssl for (ssl,) in modes)
    finally:
        stop_clean(consumer)
