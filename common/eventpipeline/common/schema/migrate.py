"""Ordered, idempotent SQL migrations, applied under an advisory lock and recorded in `schema_migrations`.

The SQL files in `migrations/` use unqualified names; they run with `search_path` set to the target schema
(quoted with psycopg.sql), so one set of files serves any schema name.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from importlib import resources
from typing import Any

import psycopg
from eventpipeline.common.schema.names import validate_schema
from psycopg import sql

logger = logging.getLogger("eventpipeline.common.schema")

# One advisory lock key namespace for migrations and partition maintenance of a schema (hashed with the name).
LOCK_PREFIX = "eventpipeline.schema:"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def load_migrations() -> list[Migration]:
    """The packaged migrations, ordered by their numeric prefix (`0001_name.sql`)."""
    out: list[Migration] = []
    for entry in resources.files("eventpipeline.common.schema").joinpath("migrations").iterdir():
        if not entry.name.endswith(".sql"):
            continue
        prefix, _, rest = entry.name.partition("_")
        out.append(Migration(version=int(prefix), name=rest.removesuffix(".sql"), sql=entry.read_text("utf-8")))
    out.sort(key=lambda m: m.version)
    versions = [m.version for m in out]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return out


def lock_schema(conn: psycopg.Connection[Any], schema: str) -> None:
    """Take the schema's transaction-scoped advisory lock (serializes migrate and partition DDL across processes)."""
    conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (LOCK_PREFIX + schema,))


def migrate(conn: psycopg.Connection[Any], schema: str) -> list[int]:
    """Create `schema` if needed and apply the migrations it lacks, in order, in one transaction.

    Safe to run from several processes at once (an advisory lock serializes them; the loser finds nothing to do).
    Returns the versions applied by this call. Raises RuntimeError if an applied migration's file has changed.
    """
    validate_schema(schema)
    ident = sql.Identifier(schema)
    applied_now: list[int] = []
    with conn.transaction():
        lock_schema(conn, schema)
        conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(ident))
        conn.execute(
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {}.schema_migrations ("
                " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now())"
            ).format(ident)
        )
        rows = conn.execute(sql.SQL("SELECT version, checksum FROM {}.schema_migrations").format(ident)).fetchall()
        done = {int(v): str(c) for v, c in rows}
        conn.execute(sql.SQL("SET LOCAL search_path TO {}").format(ident))
        for migration in load_migrations():
            if migration.version in done:
                if done[migration.version] != migration.checksum:
                    raise RuntimeError(
                        f"migration {migration.version}_{migration.name} changed after it was applied to {schema}"
                    )
                continue
            conn.execute(migration.sql.encode())
            conn.execute(
                sql.SQL("INSERT INTO {}.schema_migrations (version, name, checksum) VALUES (%s, %s, %s)").format(ident),
                (migration.version, migration.name, migration.checksum),
            )
            applied_now.append(migration.version)
            logger.info("migration applied", extra={"schema": schema, "version": migration.version})
        conn.execute("SET LOCAL search_path TO DEFAULT")
    return applied_now
