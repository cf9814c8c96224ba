"""Cheap generated message ids: `str(uuid.uuid4())` costs ~7 µs here, a third of a single-event request's
validation once; this does the same job in well under 1 µs.

Generated ids are UUIDv7 (RFC 9562): a millisecond timestamp then random bits, so ids generated close in time
sort close together, which keeps the consumer's `event_ids` primary-key inserts local in the B-tree.
"""

from __future__ import annotations

import os
import time
from typing import Final

_POOL_IDS: Final = 4096
_VARIANT: Final = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}  # RFC 9562 variant bits 10xx


class _Uuid7:
    """Random hex drawn from os.urandom once per 4,096 ids; the timestamp part formatted once per millisecond.
    The pool is dropped in a forked child (os.register_at_fork) so parent and child never share ids."""

    def __init__(self) -> None:
        self._pool = ""
        self._pos = 0
        self._ms = -1
        self._head = ""
        os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._pool, self._pos = "", 0

    def __call__(self) -> str:
        ms = time.time_ns() // 1_000_000
        if ms != self._ms:
            stamp = f"{ms & 0xFFFF_FFFF_FFFF:012x}"
            self._head = f"{stamp[:8]}-{stamp[8:]}-7"
            self._ms = ms
        pos = self._pos
        if pos + 19 > len(self._pool):
            self._pool, pos = os.urandom(10 * _POOL_IDS).hex(), 0
        self._pos = pos + 19
        r = self._pool[pos : pos + 19]  # 3 + 1 + 3 + 12 hex digits (74 random bits plus 2 variant bits)
        return f"{self._head}{r[:3]}-{_VARIANT[r[3]]}{r[4:7]}-{r[7:19]}"


uuid7 = _Uuid7()
"""A version-7 UUID string: 48-bit Unix milliseconds, version 7, 74 random bits, RFC variant."""
