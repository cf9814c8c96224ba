"""The HTTP edge of the analytics API without servers: auth answers 401 without detail, bad params 400 naming
the parameter, and neither reaches the database (the lifespan never ran, so there is none)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from eventpipeline.analytics.app import create_app
from eventpipeline.analytics.settings import AnalyticsSettings
from pydantic import SecretStr

pytestmark = pytest.mark.unit
OK_RANGE = {"from": "2026-11-01T00:00:00Z", "to": "2026-11-02T00:00:00Z"}


@pytest.fixture
def client(tmp_path: Path) -> httpx.AsyncClient:
    keys = tmp_path / "keys"
    keys.write_text("secret-1\nsecret-2\n")
    app = create_app(AnalyticsSettings(read_keys_file=keys, redis_url=SecretStr("")))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://analytics")


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}, {"X-Read-Key": "secret-3"}])
async def test_unauthorized_without_detail(client: httpx.AsyncClient, headers: dict[str, str]) -> None:
    resp = await client.get("/v1/metrics/summary", params=OK_RANGE, headers=headers)
    assert resp.status_code == 401
    assert resp.json() == {"error": "unauthorized"}
    assert resp.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("path", "params", "param"),
    [
        ("/v1/metrics/summary", {"to": "2026-11-02T00:00:00Z"}, "from"),
        ("/v1/metrics/summary", {**OK_RANGE, "tpye": "click"}, "tpye"),
        ("/v1/metrics/summary", [("from", "2026-11-01"), ("from", "2026-11-01"), ("to", "2026-11-02")], "from"),
        ("/v1/metrics/timeseries", {**OK_RANGE, "interval": "fortnight"}, "interval"),
        ("/v1/metrics/top", {**OK_RANGE, "dimension": "property:a;b"}, "dimension"),
        ("/v1/metrics/top", {**OK_RANGE, "limit": "1000"}, "limit"),
        ("/v1/metrics/freshness", {"from": "2026-11-01"}, "from"),
    ],
)
async def test_bad_params_name_the_parameter(
    client: httpx.AsyncClient, path: str, params: dict[str, str] | list[tuple[str, str]], param: str
) -> None:
    resp = await client.get(f"{path}?{urlencode(params)}", headers={"X-Read-Key": "secret-2"})
    assert resp.status_code == 400
    body = resp.json()
    assert body["error"] == "invalid parameter"
    assert body["param"] == param
    assert body["detail"]


async def test_metrics_and_health_need_no_key(client: httpx.AsyncClient) -> None:
    await client.get("/v1/metrics/summary", params=OK_RANGE)  # a 401, counted
    assert (await client.get("/healthz")).status_code == 200
    text = (await client.get("/metrics")).text
    assert 'ep_http_requests_total{method="GET",route="/v1/metrics/summary",status="401"} 1.0' in text
    assert "ep_http_request_duration_seconds_bucket" in text


async def test_keys_are_re_read_from_their_file(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.write_text("secret-1\n")
    app = create_app(AnalyticsSettings(read_keys_file=keys, redis_url=SecretStr("")))
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://analytics")
    bad_range = {"from": "yesterday", "to": "2026-11-02T00:00:00Z"}  # a 400 once authorized: no database needed
    assert (await client.get("/v1/metrics/summary", params=bad_range, headers={"X-Read-Key": "new"})).status_code == 401
    keys.write_text("secret-1\nnew\n")
    assert app.state.services.keys.reload_if_changed()  # what the lifespan's reload task does every few seconds
    assert (await client.get("/v1/metrics/summary", params=bad_range, headers={"X-Read-Key": "new"})).status_code == 400
    assert "ep_analytics_read_keys 2.0" in (await client.get("/metrics")).text


async def test_other_methods_on_the_metric_routes_are_405(client: httpx.AsyncClient) -> None:
    resp = await client.post("/v1/metrics/summary", params=OK_RANGE, headers={"X-Read-Key": "secret-2"})
    assert resp.status_code == 405
    assert (
        'ep_http_requests_total{method="POST",route="/v1/metrics/summary",status="405"} 1.0'
        in (await client.get("/metrics")).text
    )
