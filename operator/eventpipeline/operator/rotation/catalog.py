"""Two facts about a table the rotation archives: its oid (names the archive object, so a re-created month never
overwrites an older archive) and its row count (checks the archive before the drop).

Which monthly tables exist is `eventpipeline.common.schema.read_catalog`."""

from __future__ import annotations

from typing import Any

import psycopg


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
