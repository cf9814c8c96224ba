"""Known user_days keys: flagged only once committed, only for today and yesterday (UTC), per day."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from eventpipeline.consumer.decode import Row
from eventpipeline.consumer.userdays import KnownUserDays, user_key

pytestmark = pytest.mark.unit

NOW = datetime(2026, 11, 15, 0, 30, tzinfo=UTC)


def row(ts: datetime, user: str | None = "u1", anon: str | None = None, event: str = "click") -> Row:
    event_id = str(uuid.uuid4())
    return Row(event_id, event_id, "track", event, user, anon, None, None, ts, ts, "{}", "{}", "{}")


def test_keys_are_new_until_remembered_then_known() -> None:
    known = KnownUserDays()
    rows = [row(NOW), row(NOW, user=None, anon="a9"), row(NOW, event="view")]
    flags, learn = known.flags(rows, now=NOW)
    assert flags == [True, True, True]
    assert known.flags(rows, now=NOW)[0] == [True, True, True]  # not committed yet: still new
    known.remember(learn, now=NOW)
    assert known.flags(rows, now=NOW)[0] == [False, False, False]
    assert known.flags([row(NOW, user="u2")], now=NOW)[0] == [True]
    assert user_key(rows[1]) == "anon:a9"


def test_the_key_is_the_utc_day_whatever_the_offset() -> None:
    known = KnownUserDays()
    known.remember(known.flags([row(NOW)], now=NOW)[1], now=NOW)
    same_instant = NOW.astimezone(timezone(timedelta(hours=-5)))  # the evening before, locally
    assert known.flags([row(same_instant)], now=NOW)[0] == [False]


def test_only_today_and_yesterday_are_kept_and_older_days_always_go_to_the_upsert() -> None:
    known = KnownUserDays()
    yesterday, older = row(NOW - timedelta(days=1)), row(NOW - timedelta(days=2))
    flags, learn = known.flags([yesterday, older], now=NOW)
    assert flags == [True, True]
    assert list(learn) == [yesterday.ts.date()]  # the older day is never remembered
    known.remember(learn, now=NOW)
    assert known.flags([yesterday, older], now=NOW)[0] == [False, True]
    # a day later, yesterday's keys are forgotten
    later = NOW + timedelta(days=1)
    known.remember({}, now=later)
    assert known.flags([yesterday], now=later)[0] == [True]
