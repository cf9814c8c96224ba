"""KafkaSink without a broker: delivery reports are served by `poll(0)` on the event loop's own thread."""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace
from typing import Any

import pytest
from confluent_kafka import KafkaError
from eventpipeline.ingest.producer import DeliveryFailed, KafkaSink

TOPIC = "events"


class FakeProducer:
    """Queues produced messages; each `poll()` reports all of them (with `fail` as the error, if set)."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.queued: list[Any] = []
        self.poll_threads: set[int] = set()
        self.poll_timeouts: set[float] = set()
        self.fail: KafkaError | None = None
        self.errors: list[KafkaError] = []

    def produce(self, topic: str, value: bytes, key: bytes | None, *, on_delivery: Any, headers: Any) -> None:
        assert topic == TOPIC
        self.queued.append(on_delivery)

    def poll(self, timeout: float) -> int:
        self.poll_threads.add(threading.get_ident())
        self.poll_timeouts.add(timeout)
        callbacks, self.queued = self.queued, []
        for callback in callbacks:
            callback(self.fail, None)
        errors, self.errors = self.errors, []
        for err in errors:
            self.config["error_cb"](err)
        return len(callbacks)

    def flush(self, _timeout: float) -> int:
        self.poll(0)
        return 0

    def __len__(self) -> int:
        return len(self.queued)

    def list_topics(self, topic: str, timeout: float) -> Any:
        return SimpleNamespace(topics={topic: SimpleNamespace(error=None, partitions={0: object()})})


def _sink(producer: list[FakeProducer], **kwargs: Any) -> KafkaSink:
    def factory(config: dict[str, Any]) -> Any:
        producer.append(FakeProducer(config))
        return producer[0]

    options: dict[str, Any] = {"busy_poll_s": 0.001, "idle_poll_s": 0.01, **kwargs}
    return KafkaSink(
        topic=TOPIC,
        config={},
        message_timeout_s=5,
        ready_interval_s=60,
        ready_timeout_s=1,
        producer_factory=factory,
        **options,
    )


async def test_deliveries_are_served_on_the_loop_thread_without_blocking() -> None:
    made: list[FakeProducer] = []
    delivered: list[float] = []
    sink = _sink(made, on_delivered=delivered.append)
    await sink.start()
    try:
        latency = await asyncio.wait_for(sink.send([b"u1", None], [b"{}", b"{}"]), 10)
        producer = made[0]
        assert producer.poll_threads == {threading.get_ident()}  # no poll thread: callbacks run on the loop
        assert producer.poll_timeouts == {0}  # never blocks the loop
    finally:
        await sink.stop(1)
    assert delivered == [latency]
    assert latency >= 0


async def test_a_failed_delivery_fails_the_request() -> None:
    made: list[FakeProducer] = []
    sink = _sink(made)
    await sink.start()
    made[0].fail = KafkaError(KafkaError._MSG_TIMED_OUT)
    try:
        with pytest.raises(DeliveryFailed) as info:
            await asyncio.wait_for(sink.send([b"u1"], [b"{}"]), 10)
    finally:
        await sink.stop(1)
    assert info.value.reason == "timeout"


async def test_idle_polling_serves_error_callbacks() -> None:
    """With nothing in flight the loop still polls (slowly), so 'all brokers down' is noticed."""
    made: list[FakeProducer] = []
    sink = _sink(made)
    await sink.start()
    try:
        was_available = sink.available
        made[0].errors.append(KafkaError(KafkaError._ALL_BROKERS_DOWN))
        for _ in range(500):
            if not sink.available:
                break
            await asyncio.sleep(0.01)
        assert was_available
        assert not sink.available
    finally:
        await sink.stop(1)


async def test_stop_flushes_and_resolves_waiters() -> None:
    made: list[FakeProducer] = []
    sink = _sink(made, busy_poll_s=60)  # no poll before stop(): only the flush can deliver
    await sink.start()
    waiter = asyncio.ensure_future(sink.send([b"u1"], [b"{}"]))
    await asyncio.sleep(0)
    assert await sink.stop(1) == 0
    assert await asyncio.wait_for(waiter, 10) >= 0


async def test_polling_goes_on_after_a_callback_raised() -> None:
    made: list[FakeProducer] = []
    calls = [0]

    def flaky(_latency: float) -> None:
        calls[0] += 1
        if calls[0] == 1:
            raise RuntimeError("a metrics bug")

    sink = _sink(made, on_delivered=flaky)
    await sink.start()
    loop = asyncio.get_running_loop()
    handler = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, _context: None)  # the first tick's error is expected
    try:
        first = await asyncio.wait_for(sink.send([b"u1"], [b"{}"]), 10)  # answered although its hook raised
        second = await asyncio.wait_for(sink.send([b"u2"], [b"{}"]), 10)  # and polling went on
        assert first >= 0
        assert second >= 0
    finally:
        loop.set_exception_handler(handler)
        await sink.stop(1)
    assert calls[0] >= 2
