"""`python -m eventpipeline.consumer.replay`: put dead letters back on the events topic once their cause is fixed.

Every record of `<topic>.dlq` that the replay group has not committed yet, up to the end offsets seen at start, is
produced again to the events topic with its original key, value and headers (less `ep-error` and `ep-source`, plus
`ep-replayed-from: dlq/partition/offset`); only when Kafka acknowledged all of a chunk are the replay group's offsets
committed. A crash in between replays that chunk again, which is harmless: the consumer stores an event id once.
A record that still cannot be stored is dead-lettered again, after the end offsets this run replays up to, so a run
always ends. The operator reports what is left (`Degraded`, reason `DeadLetters`); docs/ingest.md says when to run it.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace

from confluent_kafka import OFFSET_STORED, Consumer, KafkaError, Message, Producer, TopicPartition
from eventpipeline.common.events import replay_group
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.common.logs import configure_logging
from eventpipeline.consumer.settings import ConsumerSettings

log = logging.getLogger("eventpipeline.consumer.replay")

DROPPED_HEADERS = frozenset({"ep-error", "ep-source"})
CHUNK = 1000


class ReplayError(Exception):
    """Kafka did not acknowledge every replayed record: nothing of that chunk was committed."""


def replay(*, connection: KafkaConnection, topic: str, dlq_topic: str, group: str, timeout_s: float = 30.0) -> int:
    """Replay what `group` has not committed on `dlq_topic`, up to its end offsets now; return how many."""
    consumer = Consumer(
        {
            **connection.config(),
            "group.id": group,
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
        }
    )
    producer = Producer({**connection.config(), "acks": "all", "enable.idempotence": True, "linger.ms": 5})
    try:
        meta = consumer.list_topics(dlq_topic, timeout=timeout_s).topics.get(dlq_topic)
        if meta is None or meta.error is not None or not meta.partitions:
            log.info("no dead-letter topic, nothing to replay", extra={"topic": dlq_topic})
            return 0
        partitions = [TopicPartition(dlq_topic, p, OFFSET_STORED) for p in sorted(meta.partitions)]
        ends = {tp.partition: consumer.get_watermark_offsets(tp, timeout=timeout_s)[1] for tp in partitions}
        committed = consumer.committed(partitions, timeout=timeout_s)
        pending = {tp.partition for tp in committed if ends[tp.partition] > max(tp.offset, 0)}
        consumer.assign(partitions)
        replayed = 0
        while pending:
            chunk = [m for m in consumer.consume(CHUNK, timeout=1.0) if m.error() is None]
            chunk = [
                m for m in chunk if (m.partition() or 0) in pending and (m.offset() or 0) < ends[m.partition() or 0]
            ]
            if chunk:
                _produce_all(producer, topic, chunk, timeout_s)
                consumer.commit(offsets=_next_offsets(chunk), asynchronous=False)
                replayed += len(chunk)
            positions = consumer.position([TopicPartition(dlq_topic, p) for p in pending])
            pending = {tp.partition for tp in positions if tp.offset < ends[tp.partition]}
        log.info("dead letters replayed", extra={"records": replayed, "from": dlq_topic, "to": topic})
        return replayed
    finally:
        consumer.close()


def _due(msg: Message, pending: set[int], ends: dict[int, int]) -> bool:
    """Dead-lettered before this run started (a record dead-lettered again meanwhile waits for the next run)."""
    partition = msg.partition() or 0
    return partition in pending and (msg.offset() or 0) < ends[partition]


def _headers(msg: Message) -> list[tuple[str, str | bytes | None]]:
    raw = msg.headers() or []
    pairs = list(raw.items()) if isinstance(raw, dict) else list(raw)
    kept = [(str(k), v) for k, v in pairs if k not in DROPPED_HEADERS]
    return [*kept, ("ep-replayed-from", f"{msg.topic()}/{msg.partition()}/{msg.offset()}".encode())]


def _produce_all(producer: Producer, topic: str, chunk: Sequence[Message], timeout_s: float) -> None:
    failures: list[str] = []

    def on_delivery(err: KafkaError | None, _msg: Message) -> None:
        if err is not None:
            failures.append(str(err))

    for msg in chunk:
        producer.produce(topic, key=msg.key(), value=msg.value(), headers=_headers(msg), on_delivery=on_delivery)
        producer.poll(0)
    left = producer.flush(timeout_s)
    if left or failures:
        raise ReplayError(f"{len(failures)} replayed records failed, {left} unacknowledged: {failures[:3]}")


def _next_offsets(chunk: Sequence[Message]) -> list[TopicPartition]:
    last: dict[tuple[str, int], int] = {}
    for msg in chunk:
        key = (str(msg.topic()), msg.partition() or 0)
        last[key] = max(last.get(key, -1), msg.offset() or 0)
    return [TopicPartition(t, p, o + 1) for (t, p), o in last.items()]


def main(argv: Sequence[str] | None = None) -> int:
    settings = ConsumerSettings()
    parser = argparse.ArgumentParser(prog="python -m eventpipeline.consumer.replay", description=__doc__.split("\n")[0])
    parser.add_argument("--bootstrap", default=settings.kafka_bootstrap, help="default: EP_CONSUMER_KAFKA_BOOTSTRAP")
    parser.add_argument("--topic", default=settings.topic, help="the events topic (default: EP_CONSUMER_TOPIC)")
    parser.add_argument("--dlq-topic", default=None, help="default: EP_CONSUMER_DLQ_TOPIC, else <topic>.dlq")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for Kafka's answers")
    args = parser.parse_args(argv)
    configure_logging("consumer-replay", settings.log_level)
    dlq = args.dlq_topic or (settings.dlq_topic if args.topic == settings.topic else f"{args.topic}.dlq")
    group = replay_group(dlq)
    connection = replace(settings.kafka_connection(), bootstrap=args.bootstrap)
    count = replay(connection=connection, topic=args.topic, dlq_topic=dlq, group=group, timeout_s=args.timeout)
    print(json.dumps({"replayed": count, "from": dlq, "to": args.topic}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
