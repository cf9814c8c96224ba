"""Dead letters: the original key and value to `<topic>.dlq`, with the reason in the `ep-error` header.

Produced before the offsets are committed and waited for: a poison record leaves the partition only once the DLQ
broker acknowledged it. At-least-once: a crash between the DLQ ack and the offset commit repeats the dead letter.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from confluent_kafka import KafkaError, Message, Producer
from eventpipeline.common.kafka_client import KafkaConnection

logger = logging.getLogger("eventpipeline.consumer.dlq")


@dataclass(frozen=True)
class DeadLetter:
    """A record that cannot be stored, with where it came from and why."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, str | bytes | None]]
    reason: str

    @classmethod
    def of(cls, msg: Message, reason: str) -> DeadLetter:
        headers: list[tuple[str, str | bytes | None]] = []
        raw = msg.headers()
        if isinstance(raw, dict):
            headers = list(raw.items())
        elif raw:
            headers = [(str(k), v) for k, v in raw]
        return cls(
            topic=str(msg.topic()),
            partition=msg.partition() or 0,
            offset=msg.offset() or 0,
            key=msg.key(),
            value=msg.value(),
            headers=headers,
            reason=reason,
        )


class DlqError(Exception):
    """Some dead letters were not acknowledged; the caller must not commit their offsets."""


class DeadLetterSender:
    """Idempotent producer to the DLQ topic; `send_all` returns only when every letter is acknowledged."""

    def __init__(self, connection: KafkaConnection, topic: str) -> None:
        self.topic = topic
        self._producer = Producer(
            {
                **connection.config(),
                "acks": "all",
                "enable.idempotence": True,
                "linger.ms": 5,
                "client.id": "ep-consumer-dlq",
            }
        )

    def send_all(self, letters: list[DeadLetter], *, timeout: float) -> None:
        """Produce every letter and wait for all acknowledgements; raise DlqError if any failed."""
        if not letters:
            return
        failures: list[str] = []

        def on_delivery(err: KafkaError | None, _msg: Message) -> None:
            if err is not None:
                failures.append(str(err))

        for letter in letters:
            headers: list[tuple[str, str | bytes | None]] = [
                *letter.headers,
                ("ep-error", letter.reason.encode()),
                ("ep-source", f"{letter.topic}/{letter.partition}/{letter.offset}".encode()),
            ]
            self._producer.produce(
                self.topic, key=letter.key, value=letter.value, headers=headers, on_delivery=on_delivery
            )
            self._producer.poll(0)
        remaining = self._producer.flush(timeout)
        if remaining or failures:
            raise DlqError(f"{len(failures)} dead letters failed, {remaining} unacknowledged: {failures[:3]}")
        logger.info("dead letters sent", extra={"count": len(letters), "topic": self.topic})

    def close(self, timeout: float = 10.0) -> None:
        self._producer.flush(timeout)
