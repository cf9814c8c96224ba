"""Write one batch to PostgreSQL exactly once per event id: COPY into a temp table, then one statement that inserts
the ids the ledger has not seen, the raw rows for exactly those ids, and the rollups over exactly those rows.

Everything happens in one transaction, so a crash before COMMIT leaves nothing and a redelivery after COMMIT finds
every id in the ledger and changes nothing (the ledger gates the rollups too). A batch first tries a plain ledger
insert (cheaper); if any id is already stored, the ledger's primary key aborts that transaction and the batch is
written again through ON CONFLICT DO NOTHING.
"""

from __future__ import annotations

import contextlib
import logging
import queue
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

import psycopg
from eventpipeline.common.schema import (
    EVENT_COLUMNS,
    create_partitions,
    ensure_partitions,
    existing_partitions,
    month_of,
    partition_name,
)
from eventpipeline.common.schema.partitions import prune_event_ids
from eventpipeline.consumer.decode import Row
from eventpipeline.consumer.userdays import KnownUserDays
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

logger = logging.getLogger("eventpipeline.consumer.writer")

_STAGE_DDL = (
    "CREATE TEMP TABLE IF NOT EXISTS ep_stage ("
    " event_id text NOT NULL, message_id text, type text NOT NULL, event text NOT NULL,"
    " user_id text, anonymous_id text, group_id text, previous_id text,"
    " ts timestamptz NOT NULL, received_at timestamptz NOT NULL,"
    " properties text NOT NULL, traits text NOT NULL, context text NOT NULL,"
    " new_user_day boolean NOT NULL"  # false: this process knows the row's user_days key is stored (userdays.py)
    ") ON COMMIT DELETE ROWS"
)
# Binary COPY: no text formatting in Python nor parsing of timestamptz on the server (about 3x cheaper than text
# COPY). The event id (a canonical UUID string in the record) and the JSON columns travel as text and are cast in
# the insert-select: a uuid.UUID per row in Python would cost more than the cast.
_COPY_TYPES = (
    *("text",) * 8,
    "timestamptz",
    "timestamptz",
    *("text",) * 3,
    "bool",
)

# Ordered inserts keep concurrent consumers from deadlocking on the same ledger ids or rollup keys.
# Two heads feed `fresh` (the rows stored by this statement) to the same rollups:
# - gated: the ledger's ON CONFLICT DO NOTHING picks the new ids; any batch, including redeliveries;
# - optimistic: a plain insert into the ledger, whose primary key aborts the whole statement (nothing written) if
#   any id is already there; then the gated head runs. Without the conflict pre-check, speculative insertion and
#   the join back to the new ids, PostgreSQL spends about 5 us less per event (docs/benchmarks.md, consumer).
_GATED = """
WITH new_ids AS (
    INSERT INTO {s}.event_ids (event_id, ts, seen_at)
    SELECT event_id::uuid, ts, now() FROM ep_stage ORDER BY 1
    ON CONFLICT (event_id) DO NOTHING
    RETURNING event_id
), fresh AS (
    INSERT INTO {s}.events ({columns})
    SELECT st.event_id::uuid, st.message_id, st.type, st.event, st.user_id, st.anonymous_id, st.group_id,
           st.previous_id, st.ts, st.received_at, st.properties::jsonb, st.traits::jsonb, st.context::jsonb
    FROM ep_stage st JOIN new_ids ON new_ids.event_id = st.event_id::uuid
    RETURNING type, event, ts, user_id, anonymous_id, traits
)"""
_OPTIMISTIC = """
WITH new_ids AS (
    INSERT INTO {s}.event_ids (event_id, ts, seen_at)
    SELECT event_id::uuid, ts, now() FROM ep_stage ORDER BY 1
), fresh AS (
    INSERT INTO {s}.events ({columns})
    SELECT event_id::uuid, message_id, type, event, user_id, anonymous_id, group_id, previous_id, ts, received_at,
           properties::jsonb, traits::jsonb, context::jsonb FROM ep_stage
    RETURNING type, event, ts, user_id, anonymous_id, traits
)"""
_LEDGER_KEY = "event_ids_pkey"
# The rollups and the traits over `fresh`, shared by both heads.
_ROLLUPS = """, counts AS (
    INSERT INTO {s}.event_counts_minute AS c (bucket, type, event, events)
    SELECT date_trunc('minute', ts, 'UTC'), type, event, count(*) FROM fresh GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (bucket, type, event) DO UPDATE SET events = c.events + excluded.events
), users AS (
    INSERT INTO {s}.user_days (day, type, event, user_key)
    SELECT DISTINCT (ts AT TIME ZONE 'UTC')::date, type, event, coalesce(user_id, 'anon:' || anonymous_id)
    FROM {user_day_rows} ORDER BY 1, 2, 3, 4
    ON CONFLICT DO NOTHING
), hours AS (
    INSERT INTO {s}.event_counts_hour AS h (bucket, type, event, events)
    SELECT date_trunc('hour', ts, 'UTC'), type, event, count(*) FROM fresh GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (bucket, type, event) DO UPDATE SET events = h.events + excluded.events
), traits AS (
    -- newer keys win: this batch's identify calls merged in event-time order, then merged with the stored traits
    -- on the side of whichever is newer (an identify arriving late only fills keys the profile lacks)
    INSERT INTO {s}.user_traits AS t (user_key, traits, updated_ts)
    SELECT coalesce(user_id, 'anon:' || anonymous_id), {s}.jsonb_merge_agg(traits ORDER BY ts), max(ts)
    FROM fresh WHERE type = 'identify' GROUP BY 1 ORDER BY 1
    ON CONFLICT (user_key) DO UPDATE SET
        traits = CASE WHEN excluded.updated_ts >= t.updated_ts THEN t.traits || excluded.traits
                      ELSE excluded.traits || t.traits END,
        updated_ts = greatest(t.updated_ts, excluded.updated_ts)
), months AS (
    -- bits only ever get added: a (month, user) whose snapshot row already has them is skipped (no row lock)
    INSERT INTO {s}.user_months AS m (month, user_key, days)
    SELECT b.month, b.user_key, b.days FROM (
        SELECT date_trunc('month', ts AT TIME ZONE 'UTC')::date AS month,
               coalesce(user_id, 'anon:' || anonymous_id) AS user_key,
               bit_or(1 << (extract(day FROM ts AT TIME ZONE 'UTC')::int - 1)) AS days
        FROM {user_day_rows} GROUP BY 1, 2  -- a stored user_days key implies its day bit is stored too
    ) b LEFT JOIN {s}.user_months cur USING (month, user_key)
    WHERE cur.days IS NULL OR cur.days | b.days <> cur.days
    ORDER BY 1, 2
    ON CONFLICT (month, user_key) DO UPDATE SET days = m.days | excluded.days
)
SELECT count(*) FROM fresh
"""
_APPLY = _GATED + _ROLLUPS


def unique_by_id(rows: Iterable[Row]) -> list[Row]:
    """The first row of each event id, in input order (a batch may carry the same id twice)."""
    seen: dict[str, Row] = {}
    for row in rows:
        seen.setdefault(row.event_id, row)
    return list(seen.values())


class PgWriter:
    """One connection, one temp staging table, partitions created on demand in their own transaction."""

    def __init__(self, dsn: str, schema: str, known: KnownUserDays | None = None) -> None:
        self._dsn = dsn
        self._schema = schema
        self._conn: psycopg.Connection[Any] | None = None
        self._partitions: set[str] = set()
        # "ep-consumer" unless the DSN names one (the benchmark does, to find these backends' CPU)
        self._app = conninfo_to_dict(dsn).get("application_name") or "ep-consumer"
        self._known = known if known is not None else KnownUserDays()
        columns = sql.SQL(", ").join(map(sql.Identifier, EVENT_COLUMNS))
        self._apply = sql.SQL(_APPLY).format(s=sql.Identifier(schema), columns=columns, user_day_rows=sql.SQL("fresh"))
        # every staged row is fresh here, so the user_days upsert can skip the rows whose key is known to be stored
        self._apply_optimistic = sql.SQL(_OPTIMISTIC + _ROLLUPS).format(
            s=sql.Identifier(schema), columns=columns, user_day_rows=sql.SQL("ep_stage WHERE new_user_day")
        )
        self._optimistic = True  # off after a batch met a stored id (a redelivery), on again after a clean one
        self._copy = sql.SQL("COPY ep_stage ({}) FROM STDIN (FORMAT BINARY)").format(
            sql.SQL(", ").join(map(sql.Identifier, (*EVENT_COLUMNS, "new_user_day")))
        )

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def connection(self) -> psycopg.Connection[Any]:
        """The open connection, (re)connecting and recreating the temp table when needed."""
        if self._conn is None or self._conn.closed or self._conn.broken:
            self.close()
            conn = psycopg.connect(self._dsn, autocommit=False, connect_timeout=5, application_name=self._app)
            conn.execute("SET TIME ZONE 'UTC'")
            conn.execute(_STAGE_DDL)
            conn.commit()
            self._conn = conn
            self._partitions = existing_partitions(conn, self._schema)
            conn.commit()
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def ensure_months(self, months: Iterable[tuple[int, int]]) -> None:
        """Create the missing month partitions (cached), each batch touching only a few months."""
        missing = sorted({m for m in months if partition_name(*m) not in self._partitions})
        if not missing:
            return
        conn = self.connection()
        created = create_partitions(conn, self._schema, missing)
        if created:
            logger.info("partitions created", extra={"partitions": created})
        self._partitions.update(partition_name(*m) for m in missing)

    def write(self, rows: Sequence[Row]) -> int:
        """Write `rows` in one transaction; return how many were new (the rest were already in the ledger)."""
        unique = unique_by_id(rows)
        if not unique:
            return 0
        try:
            return self._write(unique)
        except psycopg.errors.CheckViolation as exc:
            # The partition cache is stale: the operator's rotation dropped a month this process still believed in.
            # Re-read the catalog (the month is re-created if it is inside the time window) and try once more.
            if "no partition" not in str(exc):
                raise
            self._partitions = existing_partitions(self.connection(), self._schema)
            self.connection().commit()
            return self._write(unique)

    def _write(self, unique: Sequence[Row]) -> int:
        self.ensure_months({month_of(r.ts) for r in unique})
        flags, learn = self._known.flags(unique)
        if self._optimistic:
            try:
                inserted = self._transaction(unique, flags, self._apply_optimistic)
            except psycopg.errors.UniqueViolation as exc:
                if exc.diag.constraint_name != _LEDGER_KEY:
                    raise
                logger.debug("a stored id in the batch; writing it through the ledger-gated statement")
            else:
                self._known.remember(learn)  # committed: these keys are in user_days now
                return inserted
        inserted = self._transaction(unique, flags, self._apply)
        self._optimistic = inserted == len(unique)
        return inserted

    def _transaction(self, unique: Sequence[Row], flags: Sequence[bool], apply: sql.Composed) -> int:
        """COPY the rows into the staging table and run `apply`, in one transaction (rolled back on any error)."""
        conn = self.connection()
        try:
            with conn.cursor() as cur:
                with cur.copy(self._copy) as copy:
                    copy.set_types(_COPY_TYPES)
                    for row, flag in zip(unique, flags, strict=True):
                        copy.write_row((*row, flag))
                cur.execute(apply)
                fetched = cur.fetchone()
            conn.commit()
        except BaseException:
            if not conn.closed:
                try:
                    conn.rollback()
                except psycopg.Error:
                    self.close()
            raise
        return int(fetched[0]) if fetched else 0

    def maintain(self, *, now: datetime, months_ahead: int, ledger_retention: timedelta) -> int:
        """Pre-create the coming months' partitions and prune the ledger; return ledger rows pruned."""
        try:
            return self._maintain(now=now, months_ahead=months_ahead, ledger_retention=ledger_retention)
        except BaseException:
            self.close()  # whatever state the session is in, the next use starts from a fresh connection
            raise

    def _maintain(self, *, now: datetime, months_ahead: int, ledger_retention: timedelta) -> int:
        conn = self.connection()
        created = ensure_partitions(conn, self._schema, now=now, months_ahead=months_ahead)
        if created:
            logger.info("partitions created", extra={"partitions": created})
        self._partitions = existing_partitions(conn, self._schema)
        conn.commit()
        # Chunks of 50,000 ids, until the expired ones are gone or one pass deleted 2 million (the next pass goes on).
        total = 0
        while total < 2_000_000:
            deleted = prune_event_ids(conn, self._schema, now=now, retention=ledger_retention, limit=50_000)
            total += deleted
            if deleted < 50_000:
                break
        return total


class WriterPool:
    """`size` PgWriters (one connection each), each leased to one thread at a time: PostgreSQL can work on several
    batches at once while the offsets are still committed in batch order by the caller."""

    def __init__(self, dsn: str, schema: str, size: int) -> None:
        known = KnownUserDays()  # one for all writers: a key one of them stored is stored for all
        self._all = [PgWriter(dsn, schema, known) for _ in range(size)]
        self._free: queue.Queue[PgWriter] = queue.Queue()
        for writer in self._all:
            self._free.put(writer)

    @contextlib.contextmanager
    def lease(self) -> Iterator[PgWriter]:
        writer = self._free.get()
        try:
            yield writer
        finally:
            self._free.put(writer)

    def write(self, rows: Sequence[Row]) -> int:
        with self.lease() as writer:
            return writer.write(rows)

    def close(self) -> None:
        for writer in self._all:
            writer.close()
