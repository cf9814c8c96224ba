-- Coarser rollups so a month-long question reads hundreds of rows, not millions (issue #6, docs/benchmarks.md).
-- Written by the consumer in the same transaction as the raw rows, gated by the ledger like the others.

-- Per-hour counts: a month is ~744 x types rows instead of 43,200 x types minute rows.
CREATE TABLE event_counts_hour (
    bucket timestamptz NOT NULL,
    type   text        NOT NULL,
    events bigint      NOT NULL,
    PRIMARY KEY (bucket, type)
);

-- One row per user and UTC month; `days` has bit (d - 1) set when the user had an event on day d of the month.
-- Exact unique users over whole days of one month is then a count over one month's users (about 8 % of that
-- month's `user_days` rows here), and the days bits say who was seen only outside the range (the edge check).
-- `days` is in the index so that count is an index-only scan; an update happens once per user and new day.
CREATE TABLE user_months (
    month    date NOT NULL,
    user_key text NOT NULL,
    days     integer NOT NULL,
    PRIMARY KEY (month, user_key) INCLUDE (days)
);

-- Backfill from the existing rollups (a no-op on a fresh schema). Rows committed by a consumer still running the
-- previous version while this runs are not covered: stop the consumers for the upgrade, or run rebuild_rollups.
INSERT INTO event_counts_hour (bucket, type, events)
SELECT date_trunc('hour', bucket, 'UTC'), type, sum(events) FROM event_counts_minute GROUP BY 1, 2;

INSERT INTO user_months (month, user_key, days)
SELECT date_trunc('month', day::timestamp)::date, user_key, bit_or(1 << (extract(day FROM day)::int - 1))
FROM user_days GROUP BY 1, 2;
