"""Postgres management: schema migrations, partitions ahead, and whether each replica is really streaming.

The operator connects with the DSNs from the pipeline's Secrets. The migrations and partition helpers are the schema
package's (`eventpipeline.common.schema`, shared with the consumer, which writes the rows); this module only runs them
and reports. Rotation (archive, detach, drop) is `rotation/`, on its own timer and lock; here we only make sure the
months from now to `premake` ahead exist, which every reconcile may do cheaply.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from eventpipeline.common import schema as db_schema
from psycopg import sql

log = logging.getLogger("eventpipeline.operator.postgres_admin")


class PostgresUnavailableError(Exception):
    """Postgres could not be reached or failed mid-way: retry later."""


@dataclass
class DatabaseReport:
    """The schema after a pass: its partitions (sorted) and what was changed."""

    schema: str
    partitions: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)

    @property
    def oldest(self) -> str | None:
        return self.partitions[0] if self.partitions else None

    @property
    def newest(self) -> str | None:
        return self.partitions[-1] if self.partitions else None


@dataclass(frozen=True)
class ReplicaReport:
    """One replica as seen from itself: streaming means in recovery with a live WAL receiver."""

    host: str
    streaming: bool
    in_recovery: bool
    receive_lsn: str | None
    replay_lag_bytes: int | None
    message: str


def connect(dsn: str, *, timeout_s: int = 5) -> psycopg.Connection[Any]:
    """A short-lived autocommit admin connection that fails fast (the schema helpers open their own transactions)."""
    try:
        return psycopg.connect(
            dsn, connect_timeout=timeout_s, application_name="eventpipeline-operator", autocommit=True
        )
    except psycopg.OperationalError as exc:
        raise PostgresUnavailableError(f"postgres: connect to {_host(dsn)}: {exc}") from exc
    except psycopg.ProgrammingError:
        # psycopg's text quotes the string it could not parse: the Secret's value. Not even in a traceback.
        raise PostgresUnavailableError(
            "postgres: the DSN from the Secret is not a connection string (URL or key=value; its text is not shown)"
        ) from None


def _host(dsn: str) -> str:
    """The host:port part of a DSN, never its password (for messages)."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        return "<unparsable dsn>"
    return f"{info.get('host', 'localhost')}:{info.get('port', 5432)}"


def ensure_database(dsn: str, schema: str, *, now: datetime, premake: int) -> DatabaseReport:
    """Apply the migrations (idempotent) and make partitions from `now`'s month to `premake` months ahead."""
    report = DatabaseReport(schema=schema)
    try:
        with connect(dsn) as conn:
            applied = db_schema.migrate(conn, schema)
            created = db_schema.ensure_partitions(conn, schema, now=now, months_ahead=premake)
            # oldest first: the names sort by month
            report.partitions = sorted(
                n for n in db_schema.existing_partitions(conn, schema) if db_schema.partition_month(n)
            )
    except psycopg.OperationalError as exc:
        raise PostgresUnavailableError(f"postgres: schema {schema} on {_host(dsn)}: {exc}") from exc
    if applied:
        report.actions.append(f"applied migrations {', '.join(map(str, applied))} to schema {schema}")
    if created:
        report.actions.append(f"created partitions {', '.join(created)} in schema {schema}")
    return report


def newest_event(dsn: str, schema: str) -> datetime | None:
    """The event time of the newest event analytics can count (common.schema's definition); None: none stored."""
    query = sql.SQL(db_schema.NEWEST_EVENT_SQL).format(events=sql.Identifier(schema, "events"))
    try:
        with connect(dsn) as conn:
            row = conn.execute(query).fetchone()
    except psycopg.Error as exc:
        raise PostgresUnavailableError(f"postgres: freshness of schema {schema} on {_host(dsn)}: {exc}") from exc
    newest = row[0] if row else None
    return newest if isinstance(newest, datetime) else None


def replica_status(dsn: str) -> ReplicaReport:
    """Ask the replica itself: in recovery, a WAL receiver in state `streaming`, and how far replay lags receive."""
    host = _host(dsn)
    try:
        with connect(dsn) as conn:
            row = conn.execute(
                """
                select pg_is_in_recovery(),
                       pg_last_wal_receive_lsn()::text,
                       pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::bigint,
                       (select status from pg_stat_wal_receiver limit 1)
                """
            ).fetchone()
    except PostgresUnavailableError as exc:
        return ReplicaReport(host, False, False, None, None, str(exc))
    except psycopg.Error as exc:
        return ReplicaReport(host, False, False, None, None, f"postgres: replica {host}: {exc}")
    assert row is not None
    in_recovery, receive_lsn, lag, receiver = bool(row[0]), row[1], row[2], row[3]
    if not in_recovery:
        return ReplicaReport(host, False, False, None, None, f"{host} is not in recovery: it is a primary")
    streaming = receiver == "streaming"
    message = (
        f"{host} streaming, replay {lag} bytes behind receive"
        if streaming
        else f"{host} WAL receiver is {receiver or 'not running'}"
    )
    return ReplicaReport(host, streaming, True, receive_lsn, None if lag is None else int(lag), message)


def primary_replication(dsn: str) -> list[dict[str, Any]]:
    """The primary's view (pg_stat_replication): one row per connected standby, for the status and logs."""
    with connect(dsn) as conn:
        rows = conn.execute(
            "select application_name, client_addr::text, state, "
            "pg_wal_lsn_diff(sent_lsn, replay_lsn)::bigint from pg_stat_replication"
        ).fetchall()
    return [{"name": r[0], "address": r[1], "state": r[2], "lagBytes": r[3]} for r in rows]


def drop_schema(dsn: str, schema: str) -> bool:
    """Drop the pipeline's schema and everything in it; True when it existed."""
    try:
        with connect(dsn) as conn:
            exists = conn.execute("select 1 from pg_namespace where nspname = %s", (schema,)).fetchone()
            if exists is None:
                return False
            conn.execute(sql.SQL("drop schema {} cascade").format(sql.Identifier(schema)))
    except psycopg.OperationalError as exc:
        raise PostgresUnavailableError(f"postgres: drop schema {schema} on {_host(dsn)}: {exc}") from exc
    log.info("dropped schema", extra={"schema": schema})
    return True


def as_status(report: DatabaseReport, replicas: list[ReplicaReport]) -> dict[str, Any]:
    """The Postgres facts as they appear in the EventPipeline status."""
    return {
        "schema": report.schema,
        "oldestPartition": report.oldest,
        "newestPartition": report.newest,
        "partitions": len(report.partitions),
        "replicas": [
            {"host": r.host, "streaming": r.streaming, "replayLagBytes": r.replay_lag_bytes, "message": r.message}
            for r in replicas
        ],
    }
