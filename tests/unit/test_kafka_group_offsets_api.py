"""No code of ours reads or alters a group's offsets through the Kafka admin API (see `GroupOffsets`: on a
coordinator that is not ready, librdkafka 2.16 crashes the whole process there)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[2]
CRASHING_CALLS = re.compile(r"\.(list_consumer_group_offsets|alter_consumer_group_offsets)\(")


def test_group_offsets_go_through_a_consumer_handle_everywhere() -> None:
    sources = [
        p
        for top in ("common", "operator", "workloads", "infra", "bench", "tests")
        for p in (REPO / top).rglob("*.py")
        if ".venv" not in p.parts
    ]
    assert len(sources) > 100  # the walk found the tree
    offenders = [str(p.relative_to(REPO)) for p in sources if CRASHING_CALLS.search(p.read_text())]
    assert offenders == []
