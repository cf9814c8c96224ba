"""The consume loop: poll a bounded batch, write it to PostgreSQL (one transaction), send its dead letters, and only
then commit its offsets synchronously. Any failure before the offset commit means redelivery, which the ledger makes
harmless; PostgreSQL or DLQ outages pause the assignment and retry with exponential backoff.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import orjson
import psycopg
from confluent_kafka import Consumer, KafkaError, KafkaException, Message, TopicPartition
from eventpipeline.common.schema import migrate
from eventpipeline.consumer.batch import Batch
from eventpipeline.consumer.dlq import DeadLetterSender, DlqError
from eventpipeline.consumer.metrics import ConsumerMetrics, Health
from eventpipeline.consumer.settings import ConsumerSettings
from eventpipeline.consumer.writer import WriterPool

logger = logging.getLogger("eventpipeline.consumer")
T = TypeVar("T")
# Errors that mean "the row itself is bad": isolate it by bisection and dead-letter it instead of retrying forever.
_ROW_ERRORS = (psycopg.DataError, psycopg.IntegrityError)


class Abandoned(Exception):
    """Shutdown was requested while a step was being retried: leave the batch uncommitted."""


class Runner:
    """One consumer-group member. `run()` blocks until `stop()`; it owns the Kafka and PostgreSQL clients."""

    def __init__(self, settings: ConsumerSettings, *, metrics: ConsumerMetrics | None = None) -> None:
        self.settings = settings
        self.metrics = metrics or ConsumerMetrics()
        self.health = Health(settings.liveness_seconds)
        self._stop = threading.Event()
        self._pool = WriterPool(settings.postgres_dsn.get_secret_value(), settings.db_schema, settings.writers)
        self._consumer: Consumer | None = None
        self._dlq: DeadLetterSender | None = None
        self._assigned: set[int] = set()
        self._paused = False
        self._pending: Batch | None = None  # the batch being retried: records polled while paused join it
        self._live: list[Batch] = []  # read but not committed yet: revoked partitions are dropped from these
        # Batches handed to the writer threads, oldest first: PostgreSQL works on them while this thread polls and
        # decodes the next one; they are finished (dead letters, offset commit) strictly in this order.
        self._inflight: deque[tuple[Batch, Future[int]]] = deque()
        self._executor = ThreadPoolExecutor(max_workers=settings.writers, thread_name_prefix="ep-pg-writer")
        self._next_maintenance = 0.0

    def stop(self) -> None:
        """Ask the loop to finish the batch in hand, commit, and close (safe from a signal handler)."""
        self._stop.set()

    def run(self) -> None:
        s = self.settings
        connection = s.kafka_connection()
        self._dlq = DeadLetterSender(connection, s.dlq_topic)
        consumer = self._consumer = Consumer(
            {
                **connection.config(),
                "group.id": s.group,
                "client.id": "ep-consumer",
                "partition.assignment.strategy": "cooperative-sticky",
                "enable.auto.commit": False,
                "enable.auto.offset.store": False,
                "auto.offset.reset": "earliest",
                "session.timeout.ms": s.session_timeout_ms,
                "fetch.min.bytes": s.fetch_min_bytes,
                "fetch.wait.max.ms": s.fetch_wait_max_ms,
                "statistics.interval.ms": s.stats_interval_ms,
                "stats_cb": self._on_stats,
                "error_cb": self._on_error,
            }
        )
        try:
            if s.migrate:
                self._retry(self._migrate)
            self._retry(self._maintain)
            consumer.subscribe([s.topic], on_assign=self._on_assign, on_revoke=self._on_revoke, on_lost=self._on_lost)
            self.health.ready = True
            logger.info("consuming", extra={"topic": s.topic, "group": s.group, "schema": s.db_schema})
            while not self._stop.is_set():
                self.health.beat()
                msgs = consumer.consume(s.batch_max_messages, s.batch_max_seconds)
                batch = self._build(msgs) if msgs else None  # decoded while earlier batches are in PostgreSQL
                self._finish_ready(idle=batch is None)
                if not self._inflight and time.monotonic() >= self._next_maintenance:
                    self._maintain_quietly()
                if batch is not None:
                    self._start(batch)
            self._finish_ready(idle=True)  # graceful stop: the batches in hand are written and committed
        except Abandoned:
            logger.info("stopped while retrying; the batch in hand stays uncommitted and will be redelivered")
        finally:
            self.health.ready = False
            self._executor.shutdown(wait=True)
            consumer.close()
            self._dlq.close()
            self._pool.close()
            logger.info("consumer closed")

    # --- one batch -------------------------------------------------------------------------------------------

    def _build(self, msgs: list[Message]) -> Batch:
        s = self.settings
        batch = Batch(
            now=datetime.now(UTC),
            max_age=timedelta(days=s.max_event_age_days),
            max_future=timedelta(seconds=s.max_future_seconds),
        )
        good = []
        for msg in msgs:
            err = msg.error()
            if err is None:
                good.append(msg)
            elif err.code() != KafkaError._PARTITION_EOF:
                logger.warning("consume error", extra={"error": str(err)})
        batch.extend(good)
        self.metrics.consumed.inc(batch.size)
        self._live.append(batch)
        return batch

    def _start(self, batch: Batch) -> None:
        """Hand the batch's PostgreSQL transaction to the writer thread; the loop goes on decoding the next one."""
        batch.started = time.perf_counter()
        rows = [r for _, r in batch.rows]
        self._inflight.append((batch, self._executor.submit(self._pool.write, rows)))

    def _finish_ready(self, *, idle: bool) -> None:
        """Finish in-flight batches from the oldest: those done, or all of them when idle, or the oldest while every
        writer is busy. A batch that failed is retried here (later ones wait): offsets are committed in order."""
        while self._inflight:
            batch, future = self._inflight[0]
            if not (idle or future.done() or len(self._inflight) >= self.settings.writers):
                return
            self._inflight.popleft()
            try:
                self._finish(batch, future)
            finally:
                self._pending = None
                with contextlib.suppress(ValueError):
                    self._live.remove(batch)

    def _finish(self, batch: Batch, future: Future[int]) -> None:
        s = self.settings
        try:
            inserted = future.result()
        except psycopg.Error as exc:
            logger.warning("batch write failed; retrying", extra={"error": str(exc).strip()[:300]})
            self.metrics.db_retries.inc()
            self._pending = batch
            inserted = self._retry(lambda: self._write(batch))
        if batch.committed:  # finished inside a revoke callback already
            self._observe(batch, inserted)
            return
        if batch.letters:
            assert self._dlq is not None
            dlq = self._dlq
            self._pending = batch
            self._retry(lambda: dlq.send_all(batch.letters, timeout=s.dlq_timeout_seconds))
            for letter in batch.letters:
                kind = "database" if letter.reason.startswith("database:") else letter.reason.split(":", 1)[0]
                self.metrics.dead_letters.labels(kind=kind).inc()
        self._commit(batch)
        self._observe(batch, inserted)

    def _observe(self, batch: Batch, inserted: int) -> None:
        self.metrics.written.inc(inserted)
        self.metrics.duplicates.inc(max(0, len(batch.rows) - inserted))
        self.metrics.batch_size.observe(batch.size)
        self.metrics.batch_duration.observe(time.perf_counter() - batch.started)

    def _write(self, batch: Batch) -> int:
        """Write the batch; a row PostgreSQL refuses on its own is found by bisection and dead-lettered."""
        try:
            return self._pool.write([r for _, r in batch.rows])
        except _ROW_ERRORS:
            logger.warning("batch refused by the database; isolating the bad rows", exc_info=True)
        return self._bisect(batch, list(batch.rows))

    def _bisect(self, batch: Batch, items: list[tuple[Message, Any]]) -> int:
        try:
            return self._pool.write([r for _, r in items])
        except _ROW_ERRORS as exc:
            if len(items) == 1:
                batch.reject(items[0][0], f"database: {str(exc).strip().splitlines()[0][:300]}")
                return 0
        half = len(items) // 2
        return self._bisect(batch, items[:half]) + self._bisect(batch, items[half:])

    def _commit(self, batch: Batch) -> None:
        """Commit exactly the batch's offsets (+1) of the partitions still ours, synchronously."""
        assert self._consumer is not None
        topic = self.settings.topic
        offsets = [TopicPartition(topic, p, o + 1) for p, o in sorted(batch.offsets.items()) if p in self._assigned]
        if not offsets:
            batch.committed = True
            return
        try:
            self._consumer.commit(offsets=offsets, asynchronous=False)
        except KafkaException as exc:
            # The rows are stored; whoever owns the partition next re-reads them and the ledger skips them.
            logger.warning("offset commit failed; records will be redelivered", extra={"error": str(exc)})
            return
        batch.committed = True
        self.metrics.last_commit.set_to_current_time()

    # --- retries, pause and resume ---------------------------------------------------------------------------

    def _retry(self, step: Callable[[], T]) -> T:
        """Run `step` until it succeeds; between attempts pause consumption and back off exponentially."""
        delay = self.settings.retry_initial_seconds
        while True:
            try:
                result = step()
            except (psycopg.Error, DlqError, KafkaException) as exc:
                self.metrics.db_retries.inc()
                logger.warning("step failed; retrying", extra={"error": str(exc).strip()[:500], "delay": delay})
                self._pause()
                self._wait(delay)
                delay = min(delay * 2, self.settings.retry_max_seconds)
            else:
                self._resume()
                return result

    def _wait(self, seconds: float) -> None:
        """Sleep while serving the consumer (heartbeats, rebalances); records that still arrive join the batch."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if self._stop.is_set():
                raise Abandoned
            self.health.beat()
            if self._consumer is None or (not self._assigned and self._pending is None):
                time.sleep(min(left, 0.2))
                continue
            for msg in self._consumer.consume(self.settings.batch_max_messages, min(left, 0.2)):
                if msg.error() is None and self._pending is not None:
                    self._pending.add(msg)
                    self.metrics.consumed.inc()

    def _pause(self) -> None:
        if self._paused or self._consumer is None:
            return
        self._paused = True
        self.health.ready = False
        self.metrics.paused.set(1)
        self._consumer.pause(self._owned())
        logger.warning("consumption paused")

    def _resume(self) -> None:
        if not self._paused or self._consumer is None:
            return
        self._paused = False
        self.health.ready = True
        self.metrics.paused.set(0)
        self._consumer.resume(self._owned())
        logger.info("consumption resumed")

    def _owned(self) -> list[TopicPartition]:
        return [TopicPartition(self.settings.topic, p) for p in sorted(self._assigned)]

    # --- callbacks (run inside consume()) ---------------------------------------------------------------------

    def _on_assign(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        self._assigned |= {tp.partition for tp in partitions if tp.topic == self.settings.topic}
        logger.info("partitions assigned", extra={"partitions": sorted(tp.partition for tp in partitions)})
        if self._paused and partitions:
            consumer.incremental_assign(partitions)
            consumer.pause(partitions)

    def _on_revoke(self, _consumer: Consumer, partitions: list[TopicPartition]) -> None:
        gone = {tp.partition for tp in partitions if tp.topic == self.settings.topic}
        self._settle_for_revoke()
        self._assigned -= gone
        for batch in self._live:
            if not batch.committed:
                batch.drop(gone)
        for p in gone:
            with contextlib.suppress(KeyError):
                self.metrics.lag_messages.remove(str(p))
        logger.info("partitions revoked", extra={"partitions": sorted(gone)})

    def _settle_for_revoke(self) -> None:
        """Finish in-flight batches while we still own their partitions: wait for their transactions and commit the
        offsets of the stored ones without dead letters, oldest first, stopping at the first that is not (a later
        commit would skip its records). The rest are left to the loop minus the revoked partitions: the new owner
        re-reads those records, and the rows already stored are skipped by the ledger."""
        in_order = self._pending is None  # a batch being retried is older than everything in flight
        for batch, future in list(self._inflight):
            try:
                future.result()
            except psycopg.Error:
                in_order = False
            if in_order and not batch.committed and not batch.letters:
                self._commit(batch)
            in_order = in_order and batch.committed

    def _on_lost(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        logger.warning("partitions lost")
        self._on_revoke(consumer, partitions)

    def _on_error(self, err: KafkaError) -> None:
        logger.warning("kafka error", extra={"error": str(err)})

    def _on_stats(self, raw: str) -> None:
        """Lag gauges from librdkafka statistics (hi watermark - committed offset) for the partitions we own."""
        try:
            stats = orjson.loads(raw)
            parts = stats.get("topics", {}).get(self.settings.topic, {}).get("partitions", {})
        except (orjson.JSONDecodeError, AttributeError):
            return
        for pid, info in parts.items():
            p = int(pid)
            if p not in self._assigned:
                continue
            lag = int(info.get("consumer_lag", -1))
            if lag < 0:
                hi, position = int(info.get("hi_offset", -1)), int(info.get("app_offset", -1))
                if hi < 0 or position < 0:
                    continue
                lag = max(0, hi - position)
            self.metrics.lag_messages.labels(partition=str(p)).set(lag)

    # --- schema upkeep ---------------------------------------------------------------------------------------

    def _migrate(self) -> None:
        with psycopg.connect(self.settings.postgres_dsn.get_secret_value(), autocommit=True, connect_timeout=5) as conn:
            applied = migrate(conn, self.settings.db_schema)
        logger.info("migrations checked", extra={"applied": applied, "schema": self.settings.db_schema})

    def _maintain(self) -> None:
        s = self.settings
        with self._pool.lease() as writer:
            pruned = writer.maintain(
                now=datetime.now(UTC), months_ahead=s.months_ahead, ledger_retention=s.ledger_retention
            )
        self._next_maintenance = time.monotonic() + s.maintenance_interval_seconds
        if pruned:
            logger.info("ledger pruned", extra={"rows": pruned})

    def _maintain_quietly(self) -> None:
        try:
            self._maintain()
        except psycopg.Error as exc:
            logger.warning("maintenance failed; will retry", extra={"error": str(exc)[:300]})
            self._next_maintenance = time.monotonic() + self.settings.retry_max_seconds
