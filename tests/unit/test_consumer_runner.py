"""The runner's ordering rule on revoke: only an in-order prefix of stored batches has its offsets committed."""

from __future__ import annotations

from concurrent.futures import Future
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from eventpipeline.consumer.batch import Batch
from eventpipeline.consumer.dlq import DeadLetter
from eventpipeline.consumer.runner import Runner
from eventpipeline.consumer.settings import ConsumerSettings

pytestmark = pytest.mark.unit


def batch(offset: int) -> Batch:
    b = Batch(now=datetime.now(UTC), max_age=timedelta(days=1), max_future=timedelta(days=1))
    b.offsets = {0: offset}
    return b


def done(value: int | None = None, error: Exception | None = None) -> Future[int]:
    fut: Future[int] = Future()
    if error is not None:
        fut.set_exception(error)
    else:
        fut.set_result(value or 0)
    return fut


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> Runner:
    r = Runner(ConsumerSettings())
    committed: list[int] = []

    def fake_commit(b: Batch) -> None:
        committed.append(b.offsets[0])
        b.committed = True

    monkeypatch.setattr(r, "_commit", fake_commit)
    r.committed_offsets = committed  # type: ignore[attr-defined]
    return r


def test_commits_stop_at_the_first_failed_batch(runner: Runner) -> None:
    batches = [batch(10), batch(20), batch(30)]
    runner._inflight.extend(
        [(batches[0], done(5)), (batches[1], done(error=psycopg.OperationalError("down"))), (batches[2], done(5))]
    )
    runner._settle_for_revoke()
    assert runner.committed_offsets == [10]  # type: ignore[attr-defined]
    assert [b.committed for b in batches] == [True, False, False]


def test_a_batch_with_dead_letters_is_left_to_the_loop_and_blocks_later_commits(runner: Runner) -> None:
    first, second = batch(10), batch(20)
    first.letters.append(DeadLetter("t", 0, 3, None, b"x", [], "value: bad"))
    runner._inflight.extend([(first, done(1)), (second, done(1))])
    runner._settle_for_revoke()
    assert runner.committed_offsets == []  # type: ignore[attr-defined]


def test_nothing_is_committed_while_an_older_batch_is_being_retried(runner: Runner) -> None:
    runner._pending = batch(5)
    runner._inflight.append((batch(10), done(1)))
    runner._settle_for_revoke()
    assert runner.committed_offsets == []  # type: ignore[attr-defined]
