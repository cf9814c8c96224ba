"""After the load: is every acknowledged event in PostgreSQL exactly once, and how soon?

The acknowledged ids (from the 202 answers) are copied into a temp table and anti-joined with the run's rows (its
unique `type`) every half second until none is missing or the deadline passes. Duplicates are counted over the
run's rows; `unacknowledged_rows` are rows the client never got a 2xx for (e.g. a timeout after Kafka took it):
stored, which at-least-once allows, and not a loss.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import psycopg
from psycopg import sql


@dataclass
class Verdict:
    acknowledged: int
    missing: int
    duplicates: int
    unacknowledged_rows: int
    seconds_to_complete: float | None  # after the attack ended; None when still missing at the deadline
    deadline_s: float = 10.0

    @property
    def ok(self) -> bool:
        """Every acknowledged id stored once, and all of them within the deadline (the last check, a query over
        the run's rows, may itself end a little after it: that counts as late)."""
        on_time = self.seconds_to_complete is not None and self.seconds_to_complete <= self.deadline_s
        return self.missing == 0 and self.duplicates == 0 and on_time

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "exactly_once": self.missing == 0 and self.duplicates == 0, "ok": self.ok}


def verify_postgres(
    dsn: str, schema: str, event_type: str, acked: Sequence[str], *, ended_at: float, deadline_s: float = 10.0
) -> Verdict:
    events = sql.Identifier(schema, "events")
    with psycopg.connect(dsn, autocommit=True, application_name="ep-loadtest-verify") as conn:
        conn.execute("CREATE TEMP TABLE acked (event_id uuid PRIMARY KEY)")
        with conn.cursor().copy("COPY acked (event_id) FROM STDIN") as copy:
            for event_id in set(acked):
                copy.write_row((event_id,))
        conn.execute("ANALYZE acked")
        missing_q = sql.SQL(
            "SELECT count(*) FROM acked a WHERE NOT EXISTS "
            "(SELECT 1 FROM {} e WHERE e.event = %s AND e.event_id = a.event_id)"
        ).format(events)
        done_at: float | None = None
        while True:
            row = conn.execute(missing_q, (event_type,)).fetchone()
            missing = int(row[0]) if row else len(acked)
            if missing == 0:
                done_at = time.time()
                break
            if time.time() >= ended_at + deadline_s:
                break
            time.sleep(0.5)
        counts = conn.execute(
            sql.SQL(
                "SELECT count(*), count(DISTINCT e.event_id), count(*) FILTER (WHERE a.event_id IS NULL) "
                "FROM {} e LEFT JOIN acked a ON a.event_id = e.event_id WHERE e.event = %s"
            ).format(events),
            (event_type,),
        ).fetchone()
    rows, distinct, unacked = (int(x) for x in counts) if counts else (0, 0, 0)
    return Verdict(
        acknowledged=len(acked),
        missing=missing,
        duplicates=(rows - distinct) + (len(acked) - len(set(acked))),
        unacknowledged_rows=unacked,
        seconds_to_complete=round(max(0.0, done_at - ended_at), 2) if done_at is not None else None,
        deadline_s=deadline_s,
    )


def verify_sqlite(
    db: Path, event_type: str, acked: Sequence[str], *, ended_at: float, deadline_s: float = 10.0
) -> Verdict:
    """The baseline's store: its 202 answers list ids too; how many reached SQLite within the deadline."""
    wanted = set(acked)
    done_at: float | None = None
    stored: set[str] = set()
    rows = 0
    while True:
        with sqlite3.connect(db, timeout=5) as conn:
            found = [r[0] for r in conn.execute("SELECT event_id FROM events WHERE event = ?", (event_type,))]
        rows, stored = len(found), set(found)
        if wanted <= stored:
            done_at = time.time()
            break
        if time.time() >= ended_at + deadline_s:
            break
        time.sleep(0.5)
    return Verdict(
        acknowledged=len(acked),
        missing=len(wanted - stored),
        duplicates=rows - len(stored),
        unacknowledged_rows=len(stored - wanted),
        seconds_to_complete=round(max(0.0, done_at - ended_at), 2) if done_at is not None else None,
        deadline_s=deadline_s,
    )
