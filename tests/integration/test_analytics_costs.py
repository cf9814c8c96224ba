"""What one question or one read key may cost, against the real analytics process on the real primary and replica:
impossible timestamps are a 400, a statement timeout is the question's fault (422, no other host tried, no replica
marked unhealthy), a key has a bounded number of uncached computations, raw-row questions have a shorter range,
equivalent spellings share one cache entry, and the in-process cache stays within its byte budget."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from eventpipeline.infra import endpoints as ep

from tests.integration.analytics_support import (
    READ_KEY,
    replicated_dataset,
    run_analytics,
    tables_locked,
    waiting_on_locks,
)
from tests.support import ServedProcess, eventually

pytestmark = pytest.mark.integration

AUTH = {"X-Read-Key": READ_KEY}
SUMMARY = "/v1/metrics/summary"
NOVEMBER = {"from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z"}


@pytest.fixture(scope="module")
def dataset(endpoints: ep.Endpoints) -> Iterator[str]:
    """A schema with 3000 events on the primary, replayed on the replica; its name."""
    with replicated_dataset(endpoints, "t_costs", 3000, seed=19) as name:
        yield name


@contextlib.contextmanager
def analytics(tmp_path: Path, endpoints: ep.Endpoints, schema: str, **env: str) -> Iterator[ServedProcess]:
    """The real process reading `schema` from the replica (primary as fallback), Redis off unless `env` sets it."""
    with run_analytics(
        tmp_path,
        primary_dsn=endpoints.postgres_primary_dsn,
        schema=schema,
        replica_dsns=endpoints.postgres_replica_dsn,
        replica_check_seconds="0.2",
        **env,
    ) as server:
        yield server


def test_a_timestamp_outside_utc_is_a_400_naming_it(tmp_path: Path, endpoints: ep.Endpoints, dataset: str) -> None:
    """Year 1 at +01:00 is in year 0 in UTC, which Python cannot represent: it was a 500 (OverflowError)."""
    with analytics(tmp_path, endpoints, dataset) as server:
        query = "from=0001-01-01T00:00:00%2B01:00&to=2026-11-02T00:00:00Z"
        answer = httpx.get(f"{server.url}{SUMMARY}?{query}", headers=AUTH, timeout=30)
        assert answer.status_code == 400, answer.text
        assert answer.json()["param"] == "from"
        assert "Traceback" not in server.logs()


def test_a_statement_timeout_is_the_questions_fault(tmp_path: Path, endpoints: ep.Endpoints, dataset: str) -> None:
    """Past the statement timeout: 422, the primary never asked, the replica still healthy (it was 503 after the
    same statement had run on the primary too, and the replica was out of rotation)."""
    with (
        analytics(tmp_path, endpoints, dataset, statement_timeout_ms="200") as server,
        tables_locked(endpoints, dataset),
    ):
        answer = httpx.get(f"{server.url}{SUMMARY}", params=NOVEMBER, headers=AUTH, timeout=30)
        assert answer.status_code == 422, answer.text
        assert answer.json()["error"] == "query too expensive"
        assert server.metric("ep_analytics_db_errors_total", role="primary") == 0
        assert server.metric("ep_analytics_db_errors_total", role="replica") == 1
        assert server.metric("ep_analytics_replica_healthy") == 1


def test_a_key_has_a_bounded_number_of_uncached_queries(tmp_path: Path, endpoints: ep.Endpoints, dataset: str) -> None:
    """With one computation per key allowed: while a key's query waits in the database, its next uncached question is
    429 + Retry-After at once; another key is not affected; the slot is free again once the query ends."""
    other = "rk_other_" + uuid.uuid4().hex[:6]
    keys = tmp_path / "keys"
    keys.write_text(f"{READ_KEY}\n{other}\n")
    name = f"epa-{uuid.uuid4().hex[:10]}"
    with (
        analytics(
            tmp_path, endpoints, dataset, max_uncached_per_key="1", read_keys_file=str(keys), application_name=name
        ) as server,
        ThreadPoolExecutor(2) as pool,
    ):

        def ask(key: str, day: int) -> httpx.Response:
            params = {"from": f"2026-11-{day:02d}T00:00:00Z", "to": "2026-12-01T00:00:00Z"}
            return httpx.get(f"{server.url}{SUMMARY}", params=params, headers={"X-Read-Key": key}, timeout=60)

        with tables_locked(endpoints, dataset):
            first = pool.submit(ask, READ_KEY, 1)
            eventually(lambda: waiting_on_locks(endpoints, name) == 1, what="the first query waits in the database")
            refused = ask(READ_KEY, 2)
            assert refused.status_code == 429, refused.text
            assert int(refused.headers["retry-after"]) >= 1
            another_key = pool.submit(ask, other, 3)
            eventually(lambda: waiting_on_locks(endpoints, name) == 2, what="the other key's query is let through")
        assert first.result().status_code == 200
        assert another_key.result().status_code == 200
        assert ask(READ_KEY, 2).status_code == 200


def test_raw_row_questions_have_a_shorter_range(tmp_path: Path, endpoints: ep.Endpoints, dataset: str) -> None:
    """Top by a property reads raw rows (no rollup): at most `max_raw_range_days`; the rollup-answered question over
    the same range, and the raw one over a shorter range, are answered. Too many buckets is a 400 too."""
    with analytics(tmp_path, endpoints, dataset, max_raw_range_days="10") as server:

        def top(dimension: str, start: str) -> httpx.Response:
            params = {"from": start, "to": "2026-12-01T00:00:00Z", "dimension": dimension}
            return httpx.get(f"{server.url}/v1/metrics/top", params=params, headers=AUTH, timeout=30)

        wide = top("property:plan", "2026-11-01T00:00:00Z")
        assert wide.status_code == 400, wide.text
        assert wide.json()["param"] == "to"
        assert top("type", "2026-11-01T00:00:00Z").status_code == 200
        assert top("property:plan", "2026-11-25T00:00:00Z").status_code == 200
        buckets = httpx.get(
            f"{server.url}/v1/metrics/timeseries", params={**NOVEMBER, "interval": "minute"}, headers=AUTH, timeout=30
        )
        assert buckets.status_code == 400, buckets.text
        assert buckets.json()["param"] == "interval"


def test_spellings_of_one_minute_share_one_cache_entry(
    tmp_path: Path, endpoints: ep.Endpoints, dataset: str, redis_prefix: str
) -> None:
    """`to=now` asked twice in a minute (and `from` at any second of its minute) is one question: the second is
    served from the cache, with the same body, which shows the minute-aligned range it counted."""
    with analytics(tmp_path, endpoints, dataset, redis_url=endpoints.redis_url, cache_prefix=redis_prefix) as server:

        def summary(start: str, end: str) -> httpx.Response:
            params = {"from": start, "to": end}
            return httpx.get(f"{server.url}{SUMMARY}", params=params, headers=AUTH, timeout=30)

        first = summary("2026-11-03T08:15:00Z", "2026-11-20T10:00:05Z")
        second = summary("2026-11-03T08:15:59.5Z", "2026-11-20T11:00:55+01:00")
        assert first.status_code == second.status_code == 200
        assert first.headers["x-cache"] == "miss"
        assert second.headers["x-cache"] in {"local", "hit"}
        assert second.content == first.content
        assert (first.json()["from"], first.json()["to"]) == (
            "2026-11-03T08:15:00.000000Z",
            "2026-11-20T10:01:00.000000Z",
        )


def test_the_local_cache_stays_within_its_byte_budget(
    tmp_path: Path, endpoints: ep.Endpoints, dataset: str, redis_prefix: str
) -> None:
    """Sixty distinct answers of about 750 bytes into a 32 KiB budget: the copies kept stay under it, and
    the oldest was evicted (asked again, it comes from Redis, not from the process)."""
    budget = 32 * 1024
    with analytics(
        tmp_path,
        endpoints,
        dataset,
        redis_url=endpoints.redis_url,
        cache_prefix=redis_prefix,
        local_cache_bytes=str(budget),
        # Fresh for the whole test: on a busy machine the sixty requests can outlast the default 10 s, and the
        # first answer then comes back `stale` instead of a Redis `hit`.
        cache_ttl_seconds="3600",
    ) as server:

        def summary(minute: int) -> httpx.Response:
            params = {"from": f"2026-11-02T00:{minute:02d}:00Z", "to": "2026-11-28T00:00:00Z"}
            return httpx.get(f"{server.url}{SUMMARY}", params=params, headers=AUTH, timeout=30)

        sizes = [len(summary(minute).content) for minute in range(60)]
        assert sum(sizes) > budget  # the answers would not all fit
        kept = server.metric("ep_analytics_local_cache_bytes")
        assert 0 < kept <= budget
        assert summary(0).headers["x-cache"] == "hit"
        assert summary(59).headers["x-cache"] == "local"
