"""What the catalog says about `<schema>.events`: attached, pending-detach and detached-leftover partitions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg


@dataclass(frozen=True)
class PartitionState:
    attached: set[str]
    pending_detach: set[str]  # DETACH ... CONCURRENTLY interrupted: needs FINALIZE
    detached: set[str]  # plain tables named events_pYYYYMM left by an interrupted rotation
    default_partition: str | None


def read_state(conn: psycopg.Connection[Any], schema: str) -> PartitionState:
    rows = conn.execute(
        "SELECT c.relname, i.inhdetachpending FROM pg_inherits i"
        " JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent"
        " JOIN pg_namespace n ON n.oid = p.relnamespace WHERE n.nspname = %s AND p.relname = 'events'",
        (schema,),
    ).fetchall()
    attached = {str(name) for name, pending in rows if not pending}
    pending = {str(name) for name, pending in rows if pending}
    loose = conn.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = %s AND c.relkind = 'r' AND NOT c.relispartition AND c.relname ~ '^events_p[0-9]{6}$'",
        (schema,),
    ).fetchall()
    default = conn.execute(
        "SELECT d.relname FROM pg_partitioned_table pt JOIN pg_class p ON p.oid = pt.partrelid"
        " JOIN pg_namespace n ON n.oid = p.relnamespace JOIN pg_class d ON d.oid = pt.partdefid"
        " WHERE n.nspname = %s AND p.relname = 'events'",
        (schema,),
    ).fetchone()
    return PartitionState(
        attached=attached,
        pending_detach=pending,
        detached={str(r[0]) for r in loose},
        default_partition=str(default[0]) if default else None,
    )


def table_oid(conn: psycopg.Connection[Any], schema: str, table: str) -> int:
    row = conn.execute("SELECT %s::regclass::oid", (f'"{schema}"."{table}"',)).fetchone()
    if row is None:
        raise LookupError(f"{schema}.{table} does not exist")
    return int(row[0])


def row_count(conn: psycopg.Connection[Any], schema: str, table: str) -> int:
    row = conn.execute(
        psycopg.sql.SQL("SELECT count(*) FROM {}").format(psycopg.sql.Identifier(schema, table))
    ).fetchone()
    return int(row[0]) if row else 0
