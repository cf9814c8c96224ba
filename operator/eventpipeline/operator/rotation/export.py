"""Export one partition to a gzip-compressed CSV file, with the row count and checksums of what was written.

The count and the COPY run in one REPEATABLE READ transaction, so they describe the same snapshot.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import psycopg
from eventpipeline.common.schema import EVENT_COLUMNS
from psycopg import sql


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    rows: int
    size: int
    sha256: str  # of the compressed bytes, the object as stored
    md5: str  # of the compressed bytes, what S3 checks (Content-MD5, single-part ETag)
    csv_sha256: str  # of the CSV before compression


class _HashingWriter:
    """A binary sink that hashes and counts what passes through to the real file."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.sha256 = hashlib.sha256()
        self.md5 = hashlib.md5()  # noqa: S324 - S3's integrity check, not security
        self.size = 0

    def write(self, data: bytes) -> int:
        self._raw.write(data)
        self.sha256.update(data)
        self.md5.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self._raw.flush()


def export_partition(conn: psycopg.Connection[Any], schema: str, table: str, dest: Path) -> ExportedFile:
    """COPY `<schema>.<table>` ordered by (ts, event_id) into `dest` (CSV with header, gzip)."""
    ident = sql.Identifier(schema, table)
    cols = sql.SQL(", ").join(sql.Identifier(c) for c in EVENT_COLUMNS)
    csv_hash = hashlib.sha256()
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        row = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(ident)).fetchone()
        rows = int(row[0]) if row else 0
        query = sql.SQL("COPY (SELECT {} FROM {} ORDER BY ts, event_id) TO STDOUT (FORMAT csv, HEADER)").format(
            cols, ident
        )
        with dest.open("wb") as raw:
            sink = _HashingWriter(raw)
            with (
                gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=6, mtime=0) as gz,
                conn.cursor().copy(query) as copy,
            ):
                for chunk in copy:
                    data = bytes(chunk)
                    csv_hash.update(data)
                    gz.write(data)
            raw.flush()
    return ExportedFile(
        path=dest,
        rows=rows,
        size=sink.size,
        sha256=sink.sha256.hexdigest(),
        md5=sink.md5.hexdigest(),
        csv_sha256=csv_hash.hexdigest(),
    )
