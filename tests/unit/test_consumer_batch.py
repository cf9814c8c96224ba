"""A batch: rows vs dead letters, offsets to commit, dropping revoked partitions, in-batch dedup."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from confluent_kafka import Message
from eventpipeline.common.events import Event, encode
from eventpipeline.consumer.batch import Batch
from eventpipeline.consumer.writer import unique_by_id

pytestmark = pytest.mark.unit

NOW = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)


def value(event_id: str, ts: str = "2026-11-15T11:00:00Z") -> bytes:
    event = Event(
        event_id=event_id,
        type="track",
        event="t",
        user_id="u",
        timestamp=datetime.fromisoformat(ts),
        received_at=datetime(2026, 11, 15, 11, 0, 1, tzinfo=UTC),
    )
    return encode(event)


def msg(partition: int, offset: int, payload: bytes | None) -> Message:
    return Message(
        topic="events",
        partition=partition,
        offset=offset,
        key=b"u",
        value=payload,
        headers=[("ep-schema", b"1")],
        timestamp=(1, 1_763_200_000_000 + offset),
    )


def new_batch() -> Batch:
    return Batch(now=NOW, max_age=timedelta(days=92), max_future=timedelta(days=1))


ID1 = "00000000-0000-4000-8000-000000000001"
ID2 = "00000000-0000-4000-8000-000000000002"


def test_rows_letters_and_highest_offsets() -> None:
    batch = new_batch()
    batch.add(msg(0, 10, value(ID1)))
    batch.add(msg(0, 11, b"{bad"))
    batch.add(msg(1, 7, value(ID2)))
    batch.add(msg(0, 12, value(ID1)))  # a duplicate in the same batch is still a row; the writer dedups
    assert batch.size == 4
    assert [r.event_id for _, r in batch.rows] == [ID1, ID2, ID1]
    assert len(batch.letters) == 1
    letter = batch.letters[0]
    assert (letter.partition, letter.offset, letter.value) == (0, 11, b"{bad")
    assert letter.reason.startswith("value: not valid JSON")
    assert ("ep-schema", b"1") in letter.headers
    assert batch.offsets == {0: 12, 1: 7}
    assert [r.event_id for r in unique_by_id(r for _, r in batch.rows)] == [ID1, ID2]


def test_drop_forgets_revoked_partitions_entirely() -> None:
    batch = new_batch()
    batch.add(msg(0, 1, value(ID1)))
    batch.add(msg(1, 1, value(ID2)))
    batch.add(msg(1, 2, None))
    batch.drop({1})
    assert [r.event_id for _, r in batch.rows] == [ID1]
    assert batch.letters == []
    assert batch.offsets == {0: 1}


def test_reject_moves_a_row_to_the_dead_letters_with_the_reason() -> None:
    batch = new_batch()
    first = msg(0, 1, value(ID1))
    batch.add(first)
    batch.add(msg(0, 2, value(ID2)))
    batch.reject(first, "database: value too long")
    assert [r.event_id for _, r in batch.rows] == [ID2]
    assert [(d.offset, d.reason) for d in batch.letters] == [(1, "database: value too long")]
    assert batch.offsets == {0: 2}


def test_extend_matches_add_one_by_one_including_nul_and_bad_values() -> None:
    nul = value(ID2).replace(b'"event":"t"', b'"event":"a\\u0000b"')
    msgs = [msg(0, 10, value(ID1)), msg(1, 3, b"{bad"), msg(0, 11, nul), msg(1, 4, value(ID2)), msg(0, 12, None)]
    one, many = new_batch(), new_batch()
    for m in msgs:
        one.add(m)
    many.extend(msgs)
    assert [(m.offset(), r) for m, r in many.rows] == [(m.offset(), r) for m, r in one.rows] != []
    assert [(d.offset, d.reason) for d in many.letters] == [(d.offset, d.reason) for d in one.letters]
    assert [d.reason.split(":")[0] for d in many.letters] == ["value", "value", "value"]
    assert "NUL" in many.letters[1].reason
    assert (many.size, many.offsets) == (one.size, one.offsets)
    assert many.offsets == {0: 12, 1: 4}


def received_msg(offset: int, payload: bytes, received: datetime) -> Message:
    return Message(
        topic="events",
        partition=0,
        offset=offset,
        key=b"u",
        value=payload,
        timestamp=(1, int(received.timestamp() * 1000)),
    )


def test_the_age_window_is_measured_from_the_receive_time_when_that_is_earlier() -> None:
    """A record re-read after a rewind is judged as when Kafka received it; one too old even then is a dead letter."""
    b = Batch(now=NOW, max_age=timedelta(days=1), max_future=timedelta(days=1))
    received = NOW - timedelta(hours=14)
    b.extend(
        [
            received_msg(0, value("00000000-0000-4000-8000-000000000001", ts="2026-11-14T00:00:00Z"), received),
            received_msg(1, value("00000000-0000-4000-8000-000000000002", ts="2026-11-13T00:00:00Z"), received),
            # a receive time in the future (a producer's clock) does not widen the window
            received_msg(
                2, value("00000000-0000-4000-8000-000000000003", ts="2026-11-14T00:00:00Z"), NOW + timedelta(days=3)
            ),
        ]
    )
    assert [r.event_id for _, r in b.rows] == ["00000000-0000-4000-8000-000000000001"]
    assert [d.reason.split(" (")[0] for d in b.letters] == ["timestamp: out of range"] * 2
    assert "from the receive time" in b.letters[0].reason
