"""Fuzzing the real ingest process from its own OpenAPI document: every Segment call, the batch in JSON and NDJSON,
positive and negative cases; then stateful runs that follow the document's `resend` links (a client retrying with
the messageId it got back). No case may get a 5xx; every 200 is checked against Kafka: each acknowledged messageId
is in the topic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from eventpipeline.common.events import decode, event_id_for
from eventpipeline.infra import endpoints as ep
from eventpipeline.ingest.openapi import openapi_document
from eventpipeline.ingest.settings import IngestSettings
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode

from tests.fuzz.fuzz_support import Tally, assert_bounded, assert_healthy_log, served_schema, write_key_headers
from tests.integration.ingest_support import WRITE_KEY, run_ingest
from tests.support import ServedProcess
from tests.support.kafka import read_topic

pytestmark = [pytest.mark.integration, pytest.mark.fuzz, pytest.mark.timeout(600)]

CASES_PER_OPERATION = 60
AUTH = write_key_headers(WRITE_KEY)
FUZZ = settings(
    max_examples=CASES_PER_OPERATION,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
    derandomize=True,  # the same cases every run: a failure reproduces
    database=None,  # ... on every machine: no examples replayed from a local .hypothesis/ of earlier runs
)
REFUSALS = [400, 401, 413, 415]  # a message that breaks the schema: invalid, or too many messages in a batch

acknowledged: list[str] = []  # every messageId a 200 returned, checked against the topic at the end


@pytest.fixture(scope="module")
def ingest(tmp_path_factory: pytest.TempPathFactory, endpoints: ep.Endpoints, fuzz_topic: str) -> Iterator[Any]:
    with run_ingest(
        tmp_path_factory.mktemp("ingest-fuzz"), bootstrap=endpoints.kafka_bootstrap, topic=fuzz_topic
    ) as server:
        server.rss_start = server.rss_kib()  # type: ignore[attr-defined]
        yield server


@pytest.fixture(scope="module")
def ingest_schema(ingest: ServedProcess) -> Any:
    return served_schema(ingest, refusals=REFUSALS)


# The operations, from the document this code generates (the process serves the same one; the test fuzzes that).
PATHS = sorted(openapi_document(IngestSettings.model_validate({"write_keys_file": "/dev/null"}))["paths"])


def _record(tally: Tally, case: Any, response: Any) -> None:
    tally.record("ingest", case.operation.label, response.status_code)
    if response.status_code == 200:
        acknowledged.extend(orjson.loads(response.content)["messageIds"])


@pytest.mark.parametrize("mode", list(GenerationMode))
@pytest.mark.parametrize("path", PATHS)
def test_no_input_gets_a_server_error(ingest_schema: Any, path: str, mode: GenerationMode, tally: Tally) -> None:
    @given(case=ingest_schema[path]["POST"].as_strategy(generation_mode=mode))
    @FUZZ
    def fuzz(case: Any) -> None:
        response = case.call(headers=AUTH, timeout=10)
        _record(tally, case, response)
        case.validate_response(response, headers=AUTH)

    fuzz()


def test_a_client_resending_what_it_got_back(ingest_schema: Any, tally: Tally) -> None:
    """Stateful: a call, then the same call again with the messageId the answer returned (the `resend` link)."""

    class Resending(ingest_schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": AUTH, "timeout": 10}

        def after_call(self, response: Any, case: Any) -> None:
            _record(tally, case, response)
            sent = case.body.get("messageId") if isinstance(case.body, dict) else None
            if response.status_code == 200 and isinstance(sent, str) and sent:
                assert orjson.loads(response.content)["messageIds"] == [sent]

        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            case.validate_response(response, headers=AUTH)

    Resending.run(
        settings=settings(
            max_examples=25,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        )
    )


def test_every_acknowledged_message_is_in_kafka(endpoints: ep.Endpoints, fuzz_topic: str) -> None:
    """A 200 means Kafka acknowledged it: every messageId answered is in the topic (as its event id)."""
    assert acknowledged, "the fuzzing got no 200 at all: the cases never reached Kafka"
    records = read_topic(endpoints.kafka_bootstrap, fuzz_topic, expect=len(set(acknowledged)))
    stored = {decode(bytes(record.value)).event_id for record in records}  # type: ignore[arg-type]
    missing = {m for m in acknowledged if event_id_for(m) not in stored}
    assert not missing, f"{len(missing)} acknowledged messageIds not in Kafka, e.g. {sorted(missing)[:3]}"


def test_the_process_came_through_whole(ingest: ServedProcess, tmp_path: Path) -> None:
    assert ingest.alive()
    assert_healthy_log(ingest)
    assert_bounded(ingest, ingest.rss_start)  # type: ignore[attr-defined]
