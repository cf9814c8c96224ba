"""Kafka records as ingest writes them: made up (`event_doc`, `event_values`), produced (`produce`), read back
(`read_topic`), and a consumer group's progress (`committed_and_end`). Tests and the consumer benchmark share them."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient
from eventpipeline.common.events import EMPTY_OBJECT as EMPTY
from eventpipeline.common.events import CallType, Event, encode, partition_key
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.operator.autoscale.kafka import GroupOffsets
from msgspec import Raw

EVENTS = ("Page Viewed", "Clicked", "Signed Up", "Order Completed", "Searched", "Product Added", "Logged Out", "Shared")
PAGES = ("Home", "Pricing", "Docs", "Blog")


def event_doc(
    *,
    ts: datetime,
    event: str,
    user: str | None,
    anon: str | None,
    event_id: str | None = None,
    call: CallType = "track",
) -> Event:
    """One record as ingest writes it (common.events.Event, about 300 bytes encoded): a track call named `event`,
    or a page call with `event` as its name, or an identify with a few traits."""
    return Event(
        event_id=event_id or str(uuid.uuid4()),
        type=call,
        event=event if call == "track" else None,
        name=event if call in {"page", "screen"} else None,
        user_id=user,
        anonymous_id=anon,
        timestamp=ts,
        received_at=datetime.now(UTC),
        properties=Raw(
            orjson.dumps({"path": f"/p/{random.randint(1, 500)}", "ref": "bench", "value": random.randint(1, 9999)})
        ),
        traits=Raw(orjson.dumps({"plan": random.choice(("free", "pro")), "seats": 3})) if call == "identify" else EMPTY,
        context=Raw(b'{"ip":"10.1.2.3","ua":"bench/1.0"}'),  # as before the Segment API, for comparable runs
    )


def event_values(
    n: int, *, now: datetime | None = None, spread: timedelta = timedelta(hours=6), users: int = 5000, seed: int = 7
) -> list[tuple[bytes | None, bytes]]:
    """`n` (key, value) records: 85 % track calls over 8 event names, 10 % page calls over 4 names, 5 % identify
    calls; about 1 in 5 anonymous; timestamps rise over `spread` up to `now` with a few seconds of client-clock
    jitter, as ingest writes them (event time close to arrival order)."""
    rnd = random.Random(seed)
    now = now or datetime.now(UTC)
    out: list[tuple[bytes | None, bytes]] = []
    span = spread.total_seconds()
    for _ in range(n):
        u = rnd.randrange(users)
        user, anon = (None, f"a{u}") if u % 5 == 0 else (f"u{u}", None)
        roll = rnd.random()
        call: CallType = "track" if roll < 0.85 else "page" if roll < 0.95 else "identify"
        doc = event_doc(
            ts=now - timedelta(seconds=span * (1 - len(out) / n) + rnd.uniform(0, 5)),
            event=(PAGES if call == "page" else EVENTS)[rnd.randrange(4 if call == "page" else len(EVENTS))],
            user=user,
            anon=anon,
            event_id=str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
            call=call,
        )
        out.append((partition_key(user, anon), encode(doc)))
    return out


def produce(
    bootstrap: str, topic: str, records: Iterable[tuple[bytes | None, bytes]], *, timestamp_ms: int | None = None
) -> int:
    """Produce every record (acks=all) and wait for all deliveries; raise if any failed. Returns the count.
    `timestamp_ms`: the records' Kafka timestamp (as if received then); default now."""
    producer = Producer(
        {
            "bootstrap.servers": bootstrap,
            "acks": "all",
            "linger.ms": 20,
            "batch.size": 1_000_000,
            "compression.type": "lz4",
            "queue.buffering.max.messages": 1_000_000,
        }
    )
    errors: list[str] = []

    def on_delivery(err: object, _msg: object) -> None:
        if err is not None:
            errors.append(str(err))

    count = 0
    for key, value in records:
        while True:
            try:
                producer.produce(topic, key=key, value=value, on_delivery=on_delivery, timestamp=timestamp_ms or 0)
                break
            except BufferError:
                producer.poll(0.05)
        count += 1
        if count % 10_000 == 0:
            producer.poll(0)
    remaining = producer.flush(120)
    if remaining or errors:
        raise RuntimeError(f"produce failed: {remaining} undelivered, errors {errors[:3]}")
    return count


@dataclass
class Record:
    key: str | bytes | None
    value: str | bytes
    partition: int
    offset: int
    headers: dict[str, bytes]


def read_topic(bootstrap: str, topic: str, *, expect: int, timeout: float = 60) -> list[Record]:
    """Every record of the topic from the beginning, read until at least `expect` are in and every partition's end
    is reached (so more than expected shows as more)."""
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": "test-reader-" + uuid.uuid4().hex,
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            "isolation.level": "read_committed",
        }
    )
    try:
        meta = consumer.list_topics(topic, timeout=10).topics[topic]
        parts = [TopicPartition(topic, p, 0) for p in meta.partitions]
        consumer.assign(parts)
        records: list[Record] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for msg in consumer.consume(num_messages=1000, timeout=0.5):
                if msg.error() is not None:
                    continue
                raw_headers = msg.headers() or []
                headers = (
                    {k: v for k, v in raw_headers if isinstance(v, bytes)} if isinstance(raw_headers, list) else {}
                )
                value, partition, offset = msg.value(), msg.partition(), msg.offset()
                assert value is not None
                assert partition is not None
                assert offset is not None
                records.append(Record(msg.key(), value, partition, offset, headers))
            if len(records) >= expect and _at_end(consumer, parts, records):
                break
        return records
    finally:
        consumer.close()


def _at_end(consumer: Consumer, parts: list[TopicPartition], records: list[Record]) -> bool:
    seen: dict[int, int] = {}
    for r in records:
        seen[r.partition] = max(seen.get(r.partition, -1), r.offset)
    for tp in parts:
        _low, high = consumer.get_watermark_offsets(tp, timeout=5)
        if high > 0 and seen.get(tp.partition, -1) < high - 1:
            return False
    return True


def committed_and_end(bootstrap: str, group: str, topic: str) -> tuple[dict[int, int], dict[int, int]]:
    """The group's committed offsets (-1: none yet) and the topic's end offsets, per partition."""
    with AdminClient({"bootstrap.servers": bootstrap}) as admin:
        parts = sorted(admin.list_topics(topic, timeout=10).topics[topic].partitions)
    with GroupOffsets(kafka=KafkaConnection(bootstrap), group=group, timeout=30) as offsets:
        committed = {p: -1 if o is None else o for p, o in offsets.committed(topic, parts).items()}
    with Consumer({"bootstrap.servers": bootstrap, "group.id": f"{group}-probe"}) as probe:
        end = {p: probe.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] for p in parts}
    return committed, end
