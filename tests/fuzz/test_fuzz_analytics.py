"""Fuzzing the real analytics process from its own OpenAPI document: every endpoint, positive and negative query
strings, against a small dataset on the replica, with Redis caching on. No case may get a 5xx; the process must
come through without a traceback and without growing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from eventpipeline.analytics.openapi import openapi_document
from eventpipeline.analytics.params import Limits
from eventpipeline.infra import endpoints as ep
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from tests.fuzz.fuzz_support import Tally, assert_bounded, assert_healthy_log, served_schema
from tests.integration.analytics_support import READ_KEY, replicated_dataset, run_analytics
from tests.support import ServedProcess

pytestmark = [pytest.mark.integration, pytest.mark.fuzz, pytest.mark.timeout(600)]

CASES_PER_OPERATION = 100
AUTH = {"Authorization": f"Bearer {READ_KEY}", "X-Read-Key": READ_KEY}
REFUSALS = [400, 401]
PATHS = sorted(openapi_document(Limits())["paths"])
# Ranges over the dataset (November 2026, edges included), so the other parameters reach the database: random
# `from` and `to` are mostly refused (reversed, or longer than the limit).
RANGES = (
    ("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"),
    ("2026-11-20", "2026-11-21"),
    ("2026-11-15T12:29:59.999999+01:00", "2026-11-15T13:35:00.000001Z"),
    ("2026-10-31T23:59:59", "2026-11-01T00:00:01"),
    ("2026-11-30T10:00:00Z", "2026-12-02T05:00:00Z"),
)
MODES = ["anchored", *GenerationMode]


def strategy(operation: Any, mode: str) -> Any:
    if mode != "anchored":
        return operation.as_strategy(generation_mode=GenerationMode(mode))
    if operation.path.endswith("/freshness"):
        return operation.as_strategy()
    return st.sampled_from(RANGES).flatmap(lambda r: operation.as_strategy(query={"from": r[0], "to": r[1]}))


@pytest.fixture(scope="module")
def dataset_schema(endpoints: ep.Endpoints) -> Iterator[str]:
    with replicated_dataset(endpoints, "t_fuzz", 2000, seed=19) as name:
        yield name


@pytest.fixture(scope="module")
def analytics(
    tmp_path_factory: pytest.TempPathFactory, endpoints: ep.Endpoints, dataset_schema: str
) -> Iterator[ServedProcess]:
    with run_analytics(
        tmp_path_factory.mktemp("analytics-fuzz"),
        primary_dsn=endpoints.postgres_primary_dsn,
        schema=dataset_schema,
        replica_dsns=endpoints.postgres_replica_dsn,
        redis_url=endpoints.redis_url,
        cache_prefix=f"{dataset_schema}:",
    ) as server:
        server.rss_start = server.rss_kib()  # type: ignore[attr-defined]
        yield server


@pytest.fixture(scope="module")
def analytics_schema(analytics: ServedProcess) -> Any:
    return served_schema(analytics, refusals=REFUSALS)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", PATHS)
def test_no_input_gets_a_server_error(analytics_schema: Any, path: str, mode: str, tally: Tally) -> None:
    @given(case=strategy(analytics_schema[path]["GET"], mode))
    @settings(
        max_examples=CASES_PER_OPERATION,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,  # the same cases on every machine (no examples replayed from a local .hypothesis/)
    )
    def fuzz(case: Any) -> None:
        response = case.call(headers=AUTH, timeout=30)
        tally.record("analytics", case.operation.label, response.status_code)
        case.validate_response(response, headers=AUTH)

    fuzz()


def test_the_process_came_through_whole(analytics: ServedProcess) -> None:
    assert analytics.alive()
    assert_healthy_log(analytics)
    assert_bounded(analytics, analytics.rss_start)  # type: ignore[attr-defined]
