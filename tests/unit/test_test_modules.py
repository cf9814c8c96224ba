"""pytest imports test modules by their base name (the test folders are not packages): two files of one name in
different tiers stop the whole collection ("import file mismatch"), which only a full run shows."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[2]


def test_every_test_module_name_is_unique_across_the_tiers() -> None:
    names = Counter(p.name for root in ("tests", "bench") for p in (REPO / root).rglob("test_*.py"))
    assert len(names) > 100
    assert [name for name, n in names.items() if n > 1] == []
