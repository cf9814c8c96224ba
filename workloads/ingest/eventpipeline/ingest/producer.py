"""The Kafka side: an idempotent confluent-kafka producer whose delivery reports resolve asyncio futures.

A request produces all its events at once, then awaits ONE future that resolves when the last of its
delivery reports arrives (or the first one fails). Reports are served on the event loop itself by a
`poll(0)` timer: every `busy_poll_s` while messages are in flight, every `idle_poll_s` otherwise (error
callbacks). A poll thread did this before; it cost a GIL hand-off per poll (the loop waited for it, or it
waited up to the 5 ms switch interval for the loop) and a self-pipe wake-up of the loop per poll
(docs/benchmarks.md, ingest profile). `poll(0)` never blocks the loop.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, Final, Protocol

from confluent_kafka import KafkaError, KafkaException, Producer
from eventpipeline.common.events import SCHEMA_VERSION, SCHEMA_VERSION_HEADER
from eventpipeline.common.kafka_client import KafkaConnection

log = logging.getLogger("eventpipeline.ingest.producer")

_HEADERS: Final[list[tuple[str, str | bytes | None]]] = [(SCHEMA_VERSION_HEADER, SCHEMA_VERSION)]


class DeliveryFailed(Exception):
    """Kafka did not take every event of a request; `reason` labels the metric (queue_full, timeout, kafka_error)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


class Sink(Protocol):
    """What the HTTP layer needs from Kafka (the lifespan starts and stops it); unit tests substitute a fake."""

    async def start(self) -> None: ...

    async def stop(self, flush_timeout_s: float) -> int: ...

    @property
    def available(self) -> bool: ...

    @property
    def ready(self) -> bool: ...

    @property
    def healthy(self) -> bool: ...

    def queue_depth(self) -> int: ...

    async def send(self, keys: Sequence[bytes | None], values: Sequence[bytes]) -> float: ...


class _Pending:
    """One request's outstanding deliveries; mutated only by delivery callbacks once producing started."""

    __slots__ = ("done", "error", "future", "remaining", "started")

    def __init__(self, count: int, future: asyncio.Future[float], done: deque[_Pending]) -> None:
        self.remaining = count
        self.error: KafkaError | None = None
        self.future = future
        self.done = done
        self.started = time.perf_counter()

    def on_delivery(self, err: KafkaError | None, _msg: object) -> None:
        if err is not None and self.error is None:
            self.error = err
            self.done.append(self)  # fail fast on the first bad report
        self.remaining -= 1
        if self.remaining == 0 and self.error is None:
            self.done.append(self)


def producer_config(
    *,
    connection: KafkaConnection,
    compression: str,
    linger_ms: float,
    message_timeout_ms: int,
    queue_max_messages: int,
    extra: dict[str, str],
) -> dict[str, Any]:
    """librdkafka settings: nothing acknowledged before every in-sync replica has it, no duplicates on retry."""
    return {
        **connection.config(),
        "enable.idempotence": True,
        "acks": "all",
        "compression.type": compression,
        "linger.ms": linger_ms,
        "message.timeout.ms": message_timeout_ms,
        "queue.buffering.max.messages": queue_max_messages,
        "allow.auto.create.topics": False,
        "socket.keepalive.enable": True,
        "client.id": "eventpipeline-ingest",
        "logger": logging.getLogger("eventpipeline.ingest.librdkafka"),  # librdkafka's logs as JSON lines
        **extra,
    }


class KafkaSink:
    """Owns the producer, its poll timer and the readiness probe; created and closed in the app lifespan."""

    def __init__(
        self,
        *,
        topic: str,
        config: dict[str, Any],
        message_timeout_s: float,
        ready_interval_s: float,
        ready_timeout_s: float,
        on_delivered: Callable[[float], None] = lambda _s: None,
        busy_poll_s: float = 0.001,
        idle_poll_s: float = 0.1,
        producer_factory: Callable[[dict[str, Any]], Producer] = Producer,
    ) -> None:
        self._topic = topic
        self._producer = producer_factory({**config, "error_cb": self._on_error})
        self._busy_poll = busy_poll_s
        self._idle_poll = idle_poll_s
        self._timer: asyncio.TimerHandle | None = None
        self._timer_busy = False
        self._timeout = message_timeout_s + 2.0  # librdkafka reports a timeout first; this is a backstop
        self._ready_interval = ready_interval_s
        self._ready_timeout = ready_timeout_s
        self._on_delivered = on_delivered
        self._done: deque[_Pending] = deque()  # appended by delivery callbacks, drained on the loop
        self._stopped = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready_task: asyncio.Task[None] | None = None
        self._ready = False
        self._failed_checks = 0
        self._brokers_down = False
        self._fatal: str | None = None

    # --- lifecycle -------------------------------------------------------------------------------
    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._arm(busy=False)
        await self._check_ready()
        self._ready_task = asyncio.create_task(self._ready_forever(), name="kafka-ready")

    async def stop(self, flush_timeout_s: float) -> int:
        """Stop polling, flush what is queued (resolving its waiters), return how many messages were left."""
        if self._ready_task is not None:
            self._ready_task.cancel()
        self._stopped = True
        if self._timer is not None:
            self._timer.cancel()
        left: int = await asyncio.to_thread(self._producer.flush, flush_timeout_s)
        self._drain()
        if left:
            log.error("shutdown: messages not delivered", extra={"messages": left})
        return left

    # --- state -----------------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """Last metadata check of the topic succeeded and no fatal error since."""
        return self._ready and self._fatal is None

    @property
    def available(self) -> bool:
        """False when the broker is known down: requests then fail fast with 503 instead of timing out."""
        return self._fatal is None and not self._brokers_down and self._failed_checks < 2

    @property
    def healthy(self) -> bool:
        """A fatal producer error (e.g. idempotence state lost) needs a new process: liveness fails."""
        return self._fatal is None

    def queue_depth(self) -> int:
        return len(self._producer)

    # --- producing -------------------------------------------------------------------------------
    async def send(self, keys: Sequence[bytes | None], values: Sequence[bytes]) -> float:
        """Produce every record; return the delivery latency once all are acknowledged, else raise DeliveryFailed."""
        loop = self._loop
        assert loop is not None, "KafkaSink.start() first"
        future: asyncio.Future[float] = loop.create_future()
        pending = _Pending(len(values), future, self._done)
        produce = self._producer.produce
        topic = self._topic
        callback = pending.on_delivery
        try:
            for key, value in zip(keys, values, strict=True):
                produce(topic, value, key, on_delivery=callback, headers=_HEADERS)
        except BufferError:
            raise DeliveryFailed("queue_full", "the producer queue is full") from None
        except KafkaException as exc:
            raise DeliveryFailed("kafka_error", str(exc)) from None
        finally:
            if not self._timer_busy:
                self._arm(busy=True)
        timer = loop.call_later(self._timeout, _expire, future)
        try:
            return await future
        finally:
            timer.cancel()

    def _arm(self, *, busy: bool) -> None:
        """(Re)schedule the next poll: soon while messages are in flight, rarely when idle."""
        if self._timer is not None:
            self._timer.cancel()
        assert self._loop is not None
        self._timer_busy = busy
        self._timer = self._loop.call_later(self._busy_poll if busy else self._idle_poll, self._poll_tick)

    def _poll_tick(self) -> None:
        """On the loop: serve every delivery report and error callback that arrived, resolve finished requests."""
        self._timer = None
        if self._stopped:
            return
        try:
            self._producer.poll(0)
            self._drain()
        finally:  # whatever a callback raised, keep polling: without it every request would wait for the backstop
            self._arm(busy=len(self._producer) > 0)

    def _drain(self) -> None:
        """On the loop: resolve every finished request."""
        done = self._done
        now = time.perf_counter()
        while done:
            pending = done.popleft()
            future = pending.future
            if future.done():
                continue
            if pending.error is None:
                latency = now - pending.started
                future.set_result(latency)  # before the metric hook: a raising hook must not strand the request
                self._on_delivered(latency)
            else:
                err = pending.error
                reason = "timeout" if err.code() == KafkaError._MSG_TIMED_OUT else "kafka_error"
                future.set_exception(DeliveryFailed(reason, err.str()))

    def _on_error(self, err: KafkaError) -> None:
        """librdkafka's global errors (served by poll): note a fatal error, or all brokers being down."""
        if err.fatal():
            self._fatal = err.str()
            log.error("fatal producer error", extra={"error": err.str()})
        elif err.code() == KafkaError._ALL_BROKERS_DOWN:
            self._brokers_down = True
            log.warning("all brokers down", extra={"error": err.str()})
        else:
            log.warning("producer error", extra={"error": err.str(), "code": err.name()})

    # --- readiness -------------------------------------------------------------------------------
    async def _ready_forever(self) -> None:
        while True:
            await asyncio.sleep(self._ready_interval)
            await self._check_ready()

    async def _check_ready(self) -> None:
        ok = await asyncio.to_thread(self._metadata_ok)
        if ok:
            self._failed_checks = 0
            self._brokers_down = False
        else:
            self._failed_checks += 1
        if ok != self._ready:
            log.info("kafka readiness changed", extra={"ready": ok, "topic": self._topic})
        self._ready = ok

    def _metadata_ok(self) -> bool:
        try:
            meta = self._producer.list_topics(self._topic, timeout=self._ready_timeout)
        except KafkaException:
            return False
        topic = meta.topics.get(self._topic)
        return topic is not None and topic.error is None and bool(topic.partitions)


def _expire(future: asyncio.Future[float]) -> None:
    if not future.done():
        future.set_exception(DeliveryFailed("timeout", "no delivery report in time"))
