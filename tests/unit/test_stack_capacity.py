"""The local node's CPU admission: which replicas run and which stay pending."""

from __future__ import annotations

from typing import Any

import pytest
from eventpipeline.infra.stack.capacity import admit, cpu_millis, pod_cpu_request

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("quantity", "millis"),
    [("250m", 250), ("1", 1000), (2, 2000), ("0.5", 500), ("1.25", 1250), (None, 0), ("lots", 0), ("-1", 0), ("", 0)],
)
def test_cpu_quantities(quantity: Any, millis: int) -> None:
    assert cpu_millis(quantity) == millis


def deployment(*containers: dict[str, Any]) -> dict[str, Any]:
    return {"spec": {"template": {"spec": {"containers": list(containers)}}}}


def test_pod_request_sums_containers_and_falls_back_to_the_limit() -> None:
    pod = deployment(
        {"resources": {"requests": {"cpu": "250m"}}},
        {"resources": {"limits": {"cpu": "1"}}},  # no request: the API server copies the limit
        {"resources": {}},
    )
    assert pod_cpu_request(pod) == 1250
    assert pod_cpu_request({}) == 0


def test_no_limit_grants_everything() -> None:
    assert admit({"a": 7}, {}, {"a": 250}, None) == {"a": 7}


def test_the_node_fills_round_robin_and_the_rest_is_pending() -> None:
    wanted = {"analytics": 1, "consumer": 1, "ingest": 10}
    granted = admit(wanted, {}, dict.fromkeys(wanted, 250), 2000)
    assert granted == {"analytics": 1, "consumer": 1, "ingest": 6}


def test_round_robin_shares_free_room_between_growing_tiers() -> None:
    wanted = {"a": 5, "b": 5}
    assert admit(wanted, {"a": 1, "b": 1}, {"a": 500, "b": 500}, 2000) == {"a": 2, "b": 2}


def test_running_replicas_are_never_evicted_even_past_the_node() -> None:
    # The node shrank (or requests grew) under running pods: they stay, nothing new starts.
    assert admit({"a": 4, "b": 2}, {"a": 4, "b": 1}, {"a": 500, "b": 500}, 1000) == {"a": 4, "b": 1}


def test_scale_down_is_always_granted() -> None:
    assert admit({"a": 1}, {"a": 3}, {"a": 500}, 100) == {"a": 1}


def test_pods_without_a_request_always_fit() -> None:
    assert admit({"a": 3, "b": 2}, {}, {"a": 0, "b": 1000}, 1000) == {"a": 3, "b": 1}
