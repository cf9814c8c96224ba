"""read_body: the byte cap holds while streaming, Content-Length is checked first, a disconnect aborts.
decode_content: gzip inflates to at most the cap; broken or truncated gzip is a 400."""

from __future__ import annotations

import gzip
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from eventpipeline.ingest.body import Disconnected, decode_content, read_body
from eventpipeline.ingest.validation import RequestError

pytestmark = pytest.mark.unit


def feeder(*messages: dict[str, Any]) -> tuple[Callable[[], Awaitable[dict[str, Any]]], list[int]]:
    """A receive() that hands out the messages and counts how many were asked for."""
    asked = [0]

    async def receive() -> dict[str, Any]:
        asked[0] += 1
        return messages[asked[0] - 1]

    return receive, asked


def body(data: bytes, more: bool = True) -> dict[str, Any]:
    return {"type": "http.request", "body": data, "more_body": more}


async def test_chunks_are_joined() -> None:
    receive, _ = feeder(body(b"ab"), body(b"cd"), body(b"e", more=False))
    assert await read_body(receive, None, 10) == b"abcde"


async def test_single_message_body() -> None:
    receive, _ = feeder(body(b"xyz", more=False))
    assert await read_body(receive, "3", 10) == b"xyz"


async def test_cap_stops_reading_as_soon_as_it_is_passed() -> None:
    receive, asked = feeder(*[body(b"x" * 4) for _ in range(1000)])
    with pytest.raises(RequestError) as info:
        await read_body(receive, None, 10)
    assert info.value.status == 413
    assert asked[0] == 3  # 12 bytes > 10: no further message read


async def test_declared_length_over_the_cap_reads_nothing() -> None:
    receive, asked = feeder(body(b"x", more=False))
    with pytest.raises(RequestError) as info:
        await read_body(receive, str(10**9), 10)
    assert info.value.errors == ["body: 1000000000 bytes; the limit is 10"]
    assert asked[0] == 0


async def test_bad_content_length_is_400() -> None:
    receive, _ = feeder(body(b"x", more=False))
    with pytest.raises(RequestError) as info:
        await read_body(receive, "-5", 10)
    assert info.value.status == 400
    assert info.value.errors == ["Content-Length: not a number"]


async def test_disconnect_aborts() -> None:
    receive, _ = feeder(body(b"ab"), {"type": "http.disconnect"})
    with pytest.raises(Disconnected):
        await read_body(receive, None, 10)


def test_gzip_body_is_inflated_and_identity_passes_through() -> None:
    data = b'{"batch": []}' * 10
    assert decode_content(gzip.compress(data), "gzip", 1000) == data
    assert decode_content(data, "", 1000) == data


def test_gzip_bomb_stops_one_byte_past_the_cap() -> None:
    bomb = gzip.compress(b"0" * 10_000_000)  # ~10 KB on the wire
    with pytest.raises(RequestError) as info:
        decode_content(bomb, "gzip", 1_000_000)
    assert info.value.status == 413
    assert "inflated" in info.value.errors[0]


@pytest.mark.parametrize("broken", [b"not gzip at all", gzip.compress(b'{"a": 1}')[:-12]])
def test_broken_or_truncated_gzip_is_refused(broken: bytes) -> None:
    with pytest.raises(RequestError) as info:
        decode_content(broken, "gzip", 1000)
    assert info.value.status == 400
