-- Segment calls (docs/ingest.md): `type` is now the call (track, identify, page, screen, group, alias) and
-- `event` the track event name or the page/screen name ('' when the call has none), so analytics counts and
-- filters by event name. Rows stored before this migration were all what is now a track call whose `type` held
-- the event name. Stop the consumers for the upgrade (the rollups are re-keyed in place).
ALTER TABLE events ADD COLUMN event text NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN message_id text;  -- the client's messageId; NULL when it is event_id (a UUID)
ALTER TABLE events ADD COLUMN traits jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE events ADD COLUMN group_id text;
ALTER TABLE events ADD COLUMN previous_id text;
UPDATE events SET event = type, type = 'track';

-- Raw rows are read by event name over long ranges (`top` by property for one event); by type only at the edges
-- of a range, where the ts index serves.
DROP INDEX IF EXISTS events_type_ts_idx;
CREATE INDEX events_event_ts_idx ON events (event, ts);

-- The rollups gain the event name in their key; the key is dropped before the rows are re-keyed so that two
-- former types in one bucket (now both `track`) never collide on the old key.
ALTER TABLE event_counts_minute ADD COLUMN event text NOT NULL DEFAULT '';
ALTER TABLE event_counts_minute DROP CONSTRAINT event_counts_minute_pkey;
UPDATE event_counts_minute SET event = type, type = 'track';
ALTER TABLE event_counts_minute ADD PRIMARY KEY (bucket, type, event);

ALTER TABLE event_counts_hour ADD COLUMN event text NOT NULL DEFAULT '';
ALTER TABLE event_counts_hour DROP CONSTRAINT event_counts_hour_pkey;
UPDATE event_counts_hour SET event = type, type = 'track';
ALTER TABLE event_counts_hour ADD PRIMARY KEY (bucket, type, event);

ALTER TABLE user_days ADD COLUMN event text NOT NULL DEFAULT '';
ALTER TABLE user_days DROP CONSTRAINT user_days_pkey;
UPDATE user_days SET event = type, type = 'track';
ALTER TABLE user_days ADD PRIMARY KEY (day, type, event, user_key);

-- The latest traits of each user (key as in user_days: user_id, else 'anon:' || anonymous_id), merged key by key
-- from their identify calls in event-time order: a newer call's keys win, an older one only fills keys still
-- missing. Written by the consumer in the same transaction as the raw rows, gated by the ledger like the rollups.
-- Not trimmed by the rotation: a profile outlives the raw rows it came from.
CREATE TABLE user_traits (
    user_key   text        PRIMARY KEY,
    traits     jsonb       NOT NULL,
    updated_ts timestamptz NOT NULL  -- event time of the newest identify merged
);

-- Merges a batch's identify calls of one user in order (`jsonb_merge_agg(traits ORDER BY ts)`).
CREATE AGGREGATE jsonb_merge_agg(jsonb) (SFUNC = jsonb_concat, STYPE = jsonb, INITCOND = '{}');
