"""Generated ids are valid, unique, time-ordered UUIDv7; client ids are canonicalised; messageIds map to event ids."""

from __future__ import annotations

import os
import time
import uuid

import pytest
from eventpipeline.common.events import canonical_uuid, event_id_for
from eventpipeline.ingest.ids import uuid7

pytestmark = pytest.mark.unit


def test_uuid7_is_a_valid_version_7_rfc_uuid_with_the_current_millisecond() -> None:
    before = time.time_ns() // 1_000_000
    value = uuid7()
    after = time.time_ns() // 1_000_000
    parsed = uuid.UUID(value)
    assert str(parsed) == value
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert before <= parsed.int >> 80 <= after


def test_uuid7_unique_and_ordered_across_milliseconds() -> None:
    ids = [uuid7() for _ in range(20_000)]  # several refills of the random pool
    assert len(set(ids)) == len(ids)
    first = uuid7()
    time.sleep(0.002)
    assert uuid7() > first


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("0B7E3C0E-5F7E-4A53-9F0D-0A6A2D1A1C11", "0b7e3c0e-5f7e-4a53-9f0d-0a6a2d1a1c11"),
        ("{0b7e3c0e-5f7e-4a53-9f0d-0a6a2d1a1c11}", "0b7e3c0e-5f7e-4a53-9f0d-0a6a2d1a1c11"),
        ("urn:uuid:0b7e3c0e-5f7e-4a53-9f0d-0a6a2d1a1c11", "0b7e3c0e-5f7e-4a53-9f0d-0a6a2d1a1c11"),
        ("0b7e3c0e5f7e4a539f0d0a6a2d1a1c11", "0b7e3c0e-5f7e-4a53-9f0d-0a6a2d1a1c11"),
        ("0b7e3c0e-5f7e-4a53-9f0d-0a6a2d1a1c1g", None),
        ("not-a-uuid", None),
        ("", None),
    ],
)
def test_canonical_uuid(given: str, expected: str | None) -> None:
    assert canonical_uuid(given) == expected


def test_event_id_of_a_message_id() -> None:
    """A UUID messageId is its own event id in any spelling; any other string maps to a stable version-5 UUID."""
    assert event_id_for("0B7E3C0E-5F7E-4A53-9F0D-0A6A2D1A1C11") == "0b7e3c0e-5f7e-4a53-9f0d-0a6a2d1a1c11"
    derived = event_id_for("ajs-next-1700000000000-abc")
    assert uuid.UUID(derived).version == 5
    assert derived == event_id_for("ajs-next-1700000000000-abc")
    assert derived != event_id_for("ajs-next-1700000000000-abd")
    assert derived == "c00f1f28-2960-5935-b91a-2bda2772df51"  # pinned: stored ids must match their redeliveries


def test_forked_child_does_not_reuse_the_parents_random_pool() -> None:
    uuid7()  # the pool is filled
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: report its next id and leave at once
        os.write(write_end, uuid7().encode())
        os._exit(0)
    os.waitpid(pid, 0)
    child = os.read(read_end, 64).decode()
    parent = uuid7()
    os.close(read_end)
    os.close(write_end)
    assert uuid.UUID(child).version == 7
    assert child[15:] != parent[15:]  # the random parts differ (they would be equal with a shared pool)
