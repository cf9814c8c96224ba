"""Helpers for the rotation tests: a migrated schema with rows in chosen months, an S3 client, the archive."""

from __future__ import annotations

import gzip
import hashlib
import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
import psycopg
from eventpipeline.common.schema import migrate
from psycopg import sql


def s3_client(endpoint: str) -> Any:
    return boto3.client(
        "s3", endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )


def insert_month(conn: psycopg.Connection[Any], schema: str, year: int, month: int, n: int) -> None:
    """`n` events spread over the month (partition must exist), with their minute rollups."""
    start = datetime(year, month, 1, tzinfo=UTC)
    rows = [
        (str(uuid.uuid4()), f"t{i % 3}", f"u{i % 7}", start + timedelta(hours=i % 600, seconds=i), start)
        for i in range(n)
    ]
    with conn.cursor().copy(
        sql.SQL("COPY {} (event_id, type, user_id, ts, received_at) FROM STDIN").format(
            sql.Identifier(schema, "events")
        )
    ) as copy:
        for row in rows:
            copy.write_row(row)
    conn.execute(
        sql.SQL(
            "INSERT INTO {c} (bucket, type, events) SELECT date_trunc('minute', ts), type, count(*) FROM {e}"
            " WHERE ts >= %s AND ts < %s GROUP BY 1, 2"
            " ON CONFLICT (bucket, type, event) DO UPDATE SET events = excluded.events"
        ).format(c=sql.Identifier(schema, "event_counts_minute"), e=sql.Identifier(schema, "events")),
        (start, start + timedelta(days=31)),
    )
    # The other rollups, as the consumer keeps them (0001, 0003), so rotation's trimming is seen on every table.
    e = sql.Identifier(schema, "events")
    window = (start, start + timedelta(days=31))
    rollups = {
        "event_counts_hour": "INSERT INTO {t} (bucket, type, events) SELECT date_trunc('hour', ts, 'UTC'), type,"
        " count(*) FROM {e} WHERE ts >= %s AND ts < %s GROUP BY 1, 2"
        " ON CONFLICT (bucket, type, event) DO UPDATE SET events = excluded.events",
        "user_days": "INSERT INTO {t} (day, type, user_key) SELECT DISTINCT (ts AT TIME ZONE 'UTC')::date, type,"
        " user_id FROM {e} WHERE ts >= %s AND ts < %s ON CONFLICT DO NOTHING",
        "user_months": "INSERT INTO {t} (month, user_key, days)"
        " SELECT date_trunc('month', ts AT TIME ZONE 'UTC')::date, user_id,"
        " bit_or(1 << (extract(day FROM ts AT TIME ZONE 'UTC')::int - 1)) FROM {e}"
        " WHERE ts >= %s AND ts < %s GROUP BY 1, 2"
        " ON CONFLICT (month, user_key) DO UPDATE SET days = {t}.days | excluded.days",
    }
    for table, stmt in rollups.items():
        conn.execute(sql.SQL(stmt).format(t=sql.Identifier(schema, table), e=e), window)


def fresh_schema(conn: psycopg.Connection[Any], schema: str) -> None:
    migrate(conn, schema)


def archived(s3: Any, bucket: str) -> dict[str, dict[str, Any]]:
    """Every manifest in the bucket by table name, checked against its object (sha256, gzip CSV row count)."""
    out: dict[str, dict[str, Any]] = {}
    resp = s3.list_objects_v2(Bucket=bucket)
    for obj in resp.get("Contents", []):
        key = obj["Key"]
        if not key.endswith(".manifest.json"):
            continue
        manifest = json.loads(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
        body = s3.get_object(Bucket=bucket, Key=manifest["object"])["Body"].read()
        manifest["_sha256_ok"] = hashlib.sha256(body).hexdigest() == manifest["sha256"]
        lines = gzip.decompress(body).decode().splitlines()
        manifest["_csv_rows"] = len(lines) - 1  # header
        manifest["_key"] = key
        assert manifest["table"] not in out, f"two archives of {manifest['table']}"
        out[manifest["table"]] = manifest
    return out


def object_keys(s3: Any, bucket: str) -> list[str]:
    return sorted(o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", []))
