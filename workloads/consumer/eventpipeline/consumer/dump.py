"""`python -m eventpipeline.consumer.dump`: print the events the topic received in a time range, for debugging.

Reads the events topic from the first record received at `--from` (Kafka's time index: `offsets_for_times`) up to
the last one received before `--to`, keeps those matching `--user` (user or anonymous id) and `--event` (a track's
event or a page/screen's name), and prints one JSON line per event as ingest wrote it, with its partition, offset
and Kafka timestamp. It assigns partitions itself and never commits, so no consumer group is joined or moved and the
database is not touched. A range that starts before the oldest record the topic still keeps (retention deleted the
rest) is refused rather than printed in part.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TextIO

import msgspec
from confluent_kafka import Consumer, TopicPartition
from eventpipeline.common.events import Event, decode
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.consumer.settings import ConsumerSettings

BATCH = 1000


class RangeError(Exception):
    """The range cannot be read in full (retention, or a bad range); nothing was printed."""


@dataclass(frozen=True)
class Filter:
    user: str | None = None
    event: str | None = None

    def matches(self, event: Event) -> bool:
        if self.user is not None and self.user not in (event.user_id, event.anonymous_id):
            return False
        return self.event is None or self.event in (event.event, event.name)


@dataclass(frozen=True)
class Received:
    partition: int
    offset: int
    received_ms: int
    event: Event

    def line(self) -> str:
        doc = {"partition": self.partition, "offset": self.offset, "kafkaTimestamp": self.received_ms}
        return json.dumps({**doc, "event": msgspec.json.decode(msgspec.json.encode(self.event))})


def _ms(at: datetime) -> int:
    if at.tzinfo is None:
        raise RangeError(f"{at.isoformat()}: give a time zone (e.g. Z or +00:00)")
    return int(at.timestamp() * 1000)


def _bounds(consumer: Consumer, topic: str, start_ms: int, end_ms: int, timeout_s: float) -> dict[int, tuple[int, int]]:
    """Per partition, [first offset received at or after start, first offset received at or after end)."""
    meta = consumer.list_topics(topic, timeout=timeout_s).topics.get(topic)
    if meta is None or meta.error is not None or not meta.partitions:
        raise RangeError(f"topic {topic!r} does not exist")
    partitions = sorted(meta.partitions)
    starts = consumer.offsets_for_times([TopicPartition(topic, p, start_ms) for p in partitions], timeout=timeout_s)
    ends = consumer.offsets_for_times([TopicPartition(topic, p, end_ms) for p in partitions], timeout=timeout_s)
    bounds: dict[int, tuple[int, int]] = {}
    for first, last in zip(starts, ends, strict=True):
        low, high = consumer.get_watermark_offsets(TopicPartition(topic, first.partition), timeout=timeout_s)
        begin = high if first.offset < 0 else first.offset  # -1: nothing received at or after start
        end = high if last.offset < 0 else last.offset
        if low > 0 and begin == low and low < high:
            # Records before `low` were deleted, and the first kept one is already inside the range: the deleted
            # ones may have been in it too.
            raise RangeError(
                f"partition {first.partition} keeps records only from offset {low}, which was received after the "
                "range's start: retention deleted part of the range; start later (or restore the archived months)"
            )
        if begin < end:
            bounds[first.partition] = (begin, end)
    return bounds


def received(
    *, connection: KafkaConnection, topic: str, start: datetime, end: datetime, timeout_s: float = 30.0
) -> Iterator[Received]:
    """Every record received in [start, end), partition by partition in offset order."""
    start_ms, end_ms = _ms(start), _ms(end)
    if start_ms >= end_ms:
        raise RangeError(f"--from ({start.isoformat()}) must be before --to ({end.isoformat()})")
    consumer = Consumer(
        {
            **connection.config(),
            # Required by the client; never used: partitions are assigned here and nothing is committed.
            "group.id": f"ep-dump-{uuid.uuid4().hex[:8]}",
            "enable.auto.commit": False,
            "enable.auto.offset.store": False,
        }
    )
    try:
        bounds = _bounds(consumer, topic, start_ms, end_ms, timeout_s)
        consumer.assign([TopicPartition(topic, p, begin) for p, (begin, _) in sorted(bounds.items())])
        pending = set(bounds)
        quiet_since = time.monotonic()
        while pending:
            # consume() waits its whole timeout unless BATCH records come: short waits, one bound for silence
            messages = consumer.consume(BATCH, timeout=0.2)
            if not messages:
                if time.monotonic() - quiet_since > timeout_s:
                    raise RangeError(f"no records from partitions {sorted(pending)} within {timeout_s:.0f}s")
                continue
            quiet_since = time.monotonic()
            for msg in messages:
                if msg.error() is not None:
                    raise RangeError(f"reading {topic}: {msg.error()}")
                partition, offset = msg.partition() or 0, msg.offset() or 0
                if partition not in pending or offset >= bounds[partition][1]:
                    continue
                if offset == bounds[partition][1] - 1:
                    pending.discard(partition)
                yield Received(partition, offset, msg.timestamp()[1], decode(bytes(msg.value() or b"")))
    finally:
        consumer.close()


def dump(
    out: TextIO,
    *,
    connection: KafkaConnection,
    topic: str,
    start: datetime,
    end: datetime,
    where: Filter,
    timeout_s: float = 30.0,
) -> int:
    """Write the matching events as JSON lines; return how many."""
    count = 0
    for record in received(connection=connection, topic=topic, start=start, end=end, timeout_s=timeout_s):
        if where.matches(record.event):
            out.write(record.line() + "\n")
            count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    settings = ConsumerSettings()
    parser = argparse.ArgumentParser(prog="python -m eventpipeline.consumer.dump", description=__doc__.split("\n")[0])
    parser.add_argument("--bootstrap", default=settings.kafka_bootstrap, help="default: EP_CONSUMER_KAFKA_BOOTSTRAP")
    parser.add_argument("--topic", default=settings.topic, help="the events topic (default: EP_CONSUMER_TOPIC)")
    parser.add_argument("--from", dest="start", required=True, type=datetime.fromisoformat, help="ISO 8601, with zone")
    parser.add_argument("--to", dest="end", type=datetime.fromisoformat, help="ISO 8601, with zone (default: now)")
    parser.add_argument("--user", help="a userId or anonymousId")
    parser.add_argument("--event", help="a track call's event or a page/screen call's name")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for Kafka's answers")
    args = parser.parse_args(argv)
    where = Filter(user=args.user, event=args.event)
    end = args.end or datetime.now(UTC)
    try:
        count = dump(
            sys.stdout,
            connection=replace(settings.kafka_connection(), bootstrap=args.bootstrap),
            topic=args.topic,
            start=args.start,
            end=end,
            where=where,
            timeout_s=args.timeout,
        )
    except RangeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"printed": count}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
