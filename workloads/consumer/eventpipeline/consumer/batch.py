"""One polled batch: the rows to write, the dead letters to send, and the offsets to commit afterwards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from confluent_kafka import TIMESTAMP_NOT_AVAILABLE, Message
from eventpipeline.consumer.decode import Decoder, Invalid, Row, TooOld, has_nul
from eventpipeline.consumer.dlq import DeadLetter


@dataclass
class Batch:
    """Built from consumed messages; partitions revoked mid-flight are dropped whole (never committed)."""

    now: datetime
    max_age: timedelta
    max_future: timedelta
    rows: list[tuple[Message, Row]] = field(default_factory=list)
    letters: list[DeadLetter] = field(default_factory=list)
    offsets: dict[int, int] = field(default_factory=dict)
    size: int = 0
    started: float = 0.0
    committed: bool = False
    decoder: Decoder = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.decoder = Decoder(now=self.now, max_age=self.max_age, max_future=self.max_future)

    def extend(self, msgs: Sequence[Message]) -> None:
        """add() for a polled list: one NUL scan over all values, the bookkeeping inlined (this loop runs once per
        event on the consumer's only Python thread that decodes)."""
        values = [m.value() for m in msgs]
        clean = not has_nul(b"".join([v for v in values if v]))
        row = self.decoder.row
        offsets, rows = self.offsets, self.rows
        for msg, value in zip(msgs, values, strict=True):
            partition, offset = msg.partition(), msg.offset()
            if partition is None or offset is None:
                continue
            self.size += 1
            if offset >= offsets.get(partition, -1):
                offsets[partition] = offset
            try:
                rows.append((msg, row(value, nul_checked=clean)))
            except TooOld:
                self._judge_at_receipt(msg, value)
            except Invalid as exc:
                self.letters.append(DeadLetter.of(msg, str(exc)))

    def _judge_at_receipt(self, msg: Message, value: bytes | None) -> None:
        """Old by now, perhaps not when Kafka received it (a record read again after a rewind): decide as then.
        Off the hot path: only records older than the window from now come here."""
        kind, millis = msg.timestamp()
        received = None if kind == TIMESTAMP_NOT_AVAILABLE else datetime.fromtimestamp(millis / 1000, UTC)
        try:
            self.rows.append((msg, self.decoder.row(value, received=received or self.now)))
        except Invalid as exc:
            self.letters.append(DeadLetter.of(msg, str(exc)))

    def add(self, msg: Message) -> None:
        """Decode one message into a row or a dead letter, and remember its offset."""
        self.extend([msg])

    def drop(self, partitions: set[int]) -> None:
        """Forget everything from `partitions` (revoked): another member will re-read it from the committed offset."""
        if not partitions:
            return
        self.rows = [(m, r) for m, r in self.rows if m.partition() not in partitions]
        self.letters = [d for d in self.letters if d.partition not in partitions]
        for p in partitions:
            self.offsets.pop(p, None)

    def reject(self, msg: Message, reason: str) -> None:
        """Move one row to the dead letters (the database refused it on its own)."""
        self.rows = [(m, r) for m, r in self.rows if m is not msg]
        self.letters.append(DeadLetter.of(msg, reason))
