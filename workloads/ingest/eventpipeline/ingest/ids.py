"""Cheap event ids and receive times: `str(uuid.uuid4())` costs ~7 µs and `uuid.UUID(s)` ~5 µs here, a third
of a single-event request's validation; these do the same job in well under 1 µs.

Generated ids are UUIDv7 (RFC 9562): a millisecond timestamp then random bits, so ids generated close in time
sort close together, which keeps the consumer's `event_ids` primary-key inserts local in the B-tree.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from typing import Final

_CANONICAL: Final = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_POOL_BYTES: Final = 10 * 4096


class _Random:
    """Bytes from os.urandom in 40 KiB draws (one syscall per 4,096 ids). Reset in a forked child."""

    def __init__(self) -> None:
        self._buf = b""
        self._pos = 0
        self._pid = os.getpid()

    def take10(self) -> bytes:
        if self._pos + 10 > len(self._buf) or self._pid != os.getpid():
            self._buf, self._pos, self._pid = os.urandom(_POOL_BYTES), 0, os.getpid()
        chunk = self._buf[self._pos : self._pos + 10]
        self._pos += 10
        return chunk


_random = _Random()


def uuid7() -> str:
    """A version-7 UUID string: 48-bit Unix milliseconds, version, 74 random bits, RFC variant."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(_random.take10(), "big")  # 80 bits; 74 are used
    rand_a = (rand >> 64) & 0x0FFF
    rand_b = rand & 0x3FFF_FFFF_FFFF_FFFF
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | rand_a << 64 | 0x2 << 62 | rand_b
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def canonical_uuid(value: str) -> str | None:
    """The lower-case hyphenated form of a UUID string (any case, braces, `urn:uuid:`, no hyphens), else None."""
    if len(value) == 36 and _CANONICAL.fullmatch(value):
        return value.lower()
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


class _Clock:
    """ISO-8601 UTC with microseconds and `Z`; the date-time part is formatted once per second."""

    def __init__(self) -> None:
        self._second = -1
        self._prefix = ""

    def now_iso(self) -> str:
        now = time.time_ns()
        second, micro = divmod(now // 1000, 1_000_000)
        if second != self._second:
            self._prefix = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
            self._second = second
        return f"{self._prefix}.{micro:06d}Z"


utc_now_iso = _Clock().now_iso
