"""`python -m eventpipeline.consumer.dump` against the real Kafka: the events received in a range, filtered, printed
as ingest wrote them; no consumer group joined; a range reaching into what retention deleted is refused."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient
from eventpipeline.common.events import encode, partition_key
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.consumer.dump import Filter, RangeError, dump, main
from eventpipeline.infra import endpoints as ep

from tests.support.kafka import event_doc, produce

pytestmark = pytest.mark.integration

BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
WINDOWS = {name: BASE + timedelta(minutes=i) for i, name in enumerate(("before", "inside", "after"))}


def send(bootstrap: str, topic: str, window: str, user: str, event: str, event_id: str) -> None:
    doc = event_doc(ts=WINDOWS[window], event=event, user=user, anon=None, event_id=event_id)
    at_ms = int((WINDOWS[window] + timedelta(seconds=5)).timestamp() * 1000)
    produce(bootstrap, topic, [(partition_key(user, None), encode(doc))], timestamp_ms=at_ms)


@pytest.fixture
def topic(endpoints: ep.Endpoints, make_topic: Callable[..., str]) -> str:
    name = make_topic(partitions=3)
    n = 0
    for window in WINDOWS:
        for user in ("u-x", "u-y", "u-z"):
            for event in ("Clicked", "Signed Up"):
                n += 1
                send(endpoints.kafka_bootstrap, name, window, user, event, f"00000000-0000-4000-8000-{n:012d}")
    return name


def printed(out: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_prints_only_the_range_and_the_filter_without_a_consumer_group(endpoints: ep.Endpoints, topic: str) -> None:
    out = io.StringIO()
    start, end = WINDOWS["inside"], WINDOWS["after"]
    count = dump(
        out,
        connection=KafkaConnection(endpoints.kafka_bootstrap),
        topic=topic,
        start=start,
        end=end,
        where=Filter(user="u-x"),
    )
    lines = printed(out)
    assert count == len(lines) == 2
    assert sorted(line["event"]["event"] for line in lines) == ["Clicked", "Signed Up"]  # type: ignore[index]
    assert {line["event"]["userId"] for line in lines} == {"u-x"}  # type: ignore[index]
    assert all(int(str(line["kafkaTimestamp"])) >= int(start.timestamp() * 1000) for line in lines)

    out = io.StringIO()
    everyone = dump(
        out,
        connection=KafkaConnection(endpoints.kafka_bootstrap),
        topic=topic,
        start=start,
        end=end,
        where=Filter(event="Clicked"),
    )
    assert everyone == 3
    assert {line["event"]["userId"] for line in printed(out)} == {"u-x", "u-y", "u-z"}  # type: ignore[index]

    with AdminClient({"bootstrap.servers": endpoints.kafka_bootstrap}) as admin:
        groups = admin.list_consumer_groups().result(timeout=30).valid
    assert not [g.group_id for g in groups if g.group_id.startswith("ep-dump-")]


def test_a_range_reaching_into_deleted_records_is_refused(endpoints: ep.Endpoints, topic: str) -> None:
    with AdminClient({"bootstrap.servers": endpoints.kafka_bootstrap}) as admin:
        # What retention does: each partition's oldest record (one from the "before" window) is gone.
        parts = sorted(admin.list_topics(topic, timeout=10).topics[topic].partitions)
        with Consumer({"bootstrap.servers": endpoints.kafka_bootstrap, "group.id": "unused"}) as probe:
            filled = [p for p in parts if probe.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] > 0]
        victims = [TopicPartition(topic, p, 1) for p in filled]
        for future in admin.delete_records(victims, operation_timeout=30).values():
            future.result(timeout=30)
    with pytest.raises(RangeError, match="retention deleted part of the range"):
        dump(
            io.StringIO(),
            connection=KafkaConnection(endpoints.kafka_bootstrap),
            topic=topic,
            start=WINDOWS["before"],
            end=WINDOWS["after"],
            where=Filter(),
        )
    out = io.StringIO()  # a range after what was deleted is still whole
    later = dump(
        out,
        connection=KafkaConnection(endpoints.kafka_bootstrap),
        topic=topic,
        start=WINDOWS["after"],
        end=WINDOWS["after"] + timedelta(minutes=1),
        where=Filter(),
    )
    assert later == 6


def test_the_command_line_names_what_is_wrong(
    endpoints: ep.Endpoints, topic: str, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["--bootstrap", endpoints.kafka_bootstrap, "--topic", topic]
    assert main([*common, "--from", WINDOWS["after"].isoformat(), "--to", WINDOWS["before"].isoformat()]) == 2
    assert "must be before --to" in capsys.readouterr().err
    assert main([*common, "--from", "2026-01-01T00:00:00", "--to", "2026-01-02T00:00:00+00:00"]) == 2
    assert "give a time zone" in capsys.readouterr().err
    assert (
        main(
            [
                *common,
                "--from",
                WINDOWS["inside"].isoformat(),
                "--to",
                WINDOWS["after"].isoformat(),
                "--user",
                "u-y",
                "--event",
                "Signed Up",
            ]
        )
        == 0
    )
    captured = capsys.readouterr()
    assert [json.loads(line)["event"]["userId"] for line in captured.out.splitlines()] == ["u-y"]
    assert json.loads(captured.err.splitlines()[-1]) == {"printed": 1}
