"""The design notes' current architecture, minimal but fair, as a benchmark baseline.

An HTTP handler (Starlette + uvicorn with uvloop/httptools, the same server stack as ours) checks the
write key, decodes with orjson, checks `type` and a user id, puts the events on an in-memory queue and
answers 200 at once; one writer thread drains the queue into SQLite (WAL, executemany per drained batch).
Its weakness is the design notes' point: a 200 here means "in this process's memory", not "durable".

Run: `python -m bench.baseline_sqlite --port 18181 --db /tmp/baseline.db --write-key KEY`.
"""

from __future__ import annotations

import argparse
import queue
import sqlite3
import sys
import threading
import uuid
from pathlib import Path
from typing import Any

import orjson
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

Row = tuple[str, str, str | None, str | None, str | None, str]


def _row(event: Any) -> Row | None:
    """A Segment track call (the bench sends only those): its event name, a user id, an optional messageId."""
    if type(event) is not dict or type(event.get("event")) is not str:
        return None
    user_id, anonymous_id = event.get("userId"), event.get("anonymousId")
    if not (user_id or anonymous_id):
        return None
    event_id = event.get("messageId") or str(uuid.uuid4())
    return (str(event_id), event["event"], user_id, anonymous_id, event.get("timestamp"), orjson.dumps(event).decode())


def _writer(db: Path, events: queue.Queue[Row]) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS events (event_id TEXT PRIMARY KEY, event TEXT, user_id TEXT, "
        "anonymous_id TEXT, ts TEXT, payload TEXT)"
    )
    while True:
        rows = [events.get()]
        try:
            while len(rows) < 5000:
                rows.append(events.get_nowait())
        except queue.Empty:
            pass
        conn.executemany("INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?)", rows)
        conn.commit()


def create_app(db: Path, write_key: str) -> Starlette:
    events: queue.Queue[Row] = queue.Queue()
    threading.Thread(target=_writer, args=(db, events), daemon=True, name="sqlite-writer").start()

    def accept(rows: list[Row | None]) -> Response:
        if not rows or any(r is None for r in rows):
            return Response(b'{"error":"invalid"}', 400, media_type="application/json")
        ids = []
        for row in rows:
            assert row is not None
            events.put(row)
            ids.append(row[0])
        payload = {"success": True, "accepted": len(ids), "messageIds": ids}
        return Response(orjson.dumps(payload), 200, media_type="application/json")

    async def single(request: Request) -> Response:
        if request.headers.get("x-write-key") != write_key:
            return Response(b'{"error":"unauthorized"}', 401, media_type="application/json")
        try:
            return accept([_row(orjson.loads(await request.body()))])
        except orjson.JSONDecodeError:
            return Response(b'{"error":"invalid"}', 400, media_type="application/json")

    async def batch(request: Request) -> Response:
        if request.headers.get("x-write-key") != write_key:
            return Response(b'{"error":"unauthorized"}', 401, media_type="application/json")
        try:
            body = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            return Response(b'{"error":"invalid"}', 400, media_type="application/json")
        messages = body.get("batch") if type(body) is dict else None
        return accept([_row(e) for e in messages] if type(messages) is list else [])

    async def healthz(_request: Request) -> Response:
        return Response(b'{"status":"ok"}', media_type="application/json")

    return Starlette(
        routes=[
            Route("/v1/track", single, methods=["POST"]),
            Route("/v1/batch", batch, methods=["POST"]),
            Route("/healthz", healthz),
            Route("/readyz", healthz),
        ]
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.baseline_sqlite")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--write-key", required=True)
    args = parser.parse_args(argv)
    uvicorn.run(
        create_app(args.db, args.write_key),
        host=args.host,
        port=args.port,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_level="warning",
        backlog=4096,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
