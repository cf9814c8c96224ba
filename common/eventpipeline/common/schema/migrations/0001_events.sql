-- Raw events, partitioned by month on the event time. Partitions (events_pYYYYMM) are created by
-- ensure_partitions(); there is deliberately no DEFAULT partition: the consumer creates the month's partition
-- before writing and dead-letters events outside its accepted time window (workloads/consumer/README.md).
CREATE TABLE events (
    event_id     uuid        NOT NULL,
    type         text        NOT NULL,
    user_id      text,
    anonymous_id text,
    ts           timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    properties   jsonb       NOT NULL DEFAULT '{}'::jsonb,
    context      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CHECK (user_id IS NOT NULL OR anonymous_id IS NOT NULL)
) PARTITION BY RANGE (ts);

-- The analytics range scans: everything in [from, to), or one type in [from, to).
CREATE INDEX events_ts_idx ON events (ts);
CREATE INDEX events_type_ts_idx ON events (type, ts);

-- Dedup ledger: one row per event id whatever its timestamp or month. The insert into this table gates the
-- inserts into events and the rollups, so a redelivered id changes nothing. Pruned by seen_at after a
-- retention of at least 24 h (prune_event_ids).
CREATE TABLE event_ids (
    event_id uuid        PRIMARY KEY,
    ts       timestamptz NOT NULL,
    seen_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_ids_seen_at_idx ON event_ids (seen_at);

-- Rollups, written in the same transaction as the raw rows. Buckets and days are in UTC.
CREATE TABLE event_counts_minute (
    bucket timestamptz NOT NULL,
    type   text        NOT NULL,
    events bigint      NOT NULL,
    PRIMARY KEY (bucket, type)
);

CREATE TABLE user_days (
    day      date NOT NULL,
    type     text NOT NULL,
    user_key text NOT NULL,
    PRIMARY KEY (day, type, user_key)
);
