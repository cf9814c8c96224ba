"""LogThrottle: one line per reason per interval, and the line says how many refusals it stands for."""

from __future__ import annotations

import pytest
from eventpipeline.ingest.log_throttle import LogThrottle

pytestmark = pytest.mark.unit


def test_one_line_per_reason_per_interval_counting_what_was_folded() -> None:
    now = [100.0]
    throttle = LogThrottle(interval_s=1.0, clock=lambda: now[0])
    assert throttle.allow("overloaded") == 1
    assert [throttle.allow("overloaded") for _ in range(3)] == [0, 0, 0]
    assert throttle.allow("timeout") == 1  # reasons are independent
    now[0] += 0.5
    assert throttle.allow("overloaded") == 0
    now[0] += 0.6
    assert throttle.allow("overloaded") == 5  # 4 folded + this one
    assert throttle.allow("overloaded") == 0
