"""Redis answer cache that survives stampedes and outages.

Per key: `K` holds the answer for the TTL, `K:stale` the same answer for TTL + a grace period, `K:lock` a short
recompute lock. On a miss, the one request that wins `SET K:lock NX PX` recomputes; the others serve `K:stale`
(or, when there is none yet, wait briefly for `K`). Optional early refresh recomputes in the background when a
hot answer nears expiry. In-process, concurrent misses of one key share one attempt (single flight), and a local
copy bounded in bytes serves an answer until its Redis expiry, never longer. Any Redis failure is logged, metered,
and opens a circuit breaker: answers then come straight from the database until it closes.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from eventpipeline.analytics.costs import QueryRefused
from eventpipeline.analytics.metrics import Metrics
from eventpipeline.analytics.settings import AnalyticsSettings
from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

log = logging.getLogger("eventpipeline.analytics.cache")
Compute = Callable[[], Awaitable[bytes]]

# what one local copy costs besides its key and body: the tuple, the float, the OrderedDict's node and hash slot
ENTRY_OVERHEAD_BYTES = 200
# delete the lock only if it is still ours (it may have expired and been taken by another request)
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end"


def redis_client(settings: AnalyticsSettings) -> Redis:
    """Short timeouts and no retries: a dead Redis must cost one timeout, then the breaker skips it.

    A blocking pool: under a burst, requests queue for one of a few connections instead of each opening its own
    (a connect storm that times out on a busy event loop and trips the breaker for nothing).
    """
    # A password in the URL wins over this one (redis-py's rule for from_url).
    pool = BlockingConnectionPool.from_url(
        settings.redis_url.get_secret_value(),
        password=settings.redis_password.get_secret_value() or None,
        max_connections=settings.redis_max_connections,
        timeout=settings.redis_timeout_seconds,
        socket_timeout=settings.redis_timeout_seconds,
        socket_connect_timeout=settings.redis_timeout_seconds,
        retry=Retry(NoBackoff(), 0),
        health_check_interval=0,
        # Only a rediss:// URL makes TLS connections, which take the CA (the settings refuse it with redis://).
        **({"ssl_ca_certs": str(settings.redis_ca_file)} if settings.redis_ca_file is not None else {}),
    )
    return Redis(connection_pool=pool)


def pack(computed_at: float, body: bytes) -> bytes:
    return b"%d\n" % int(computed_at * 1000) + body


def unpack(raw: bytes | str) -> tuple[float, bytes]:
    if isinstance(raw, str):  # only with decode_responses=True, which redis_client() never sets
        raw = raw.encode()
    stamp, _, body = raw.partition(b"\n")
    return int(stamp) / 1000, body


class Cache:
    def __init__(
        self,
        settings: AnalyticsSettings,
        metrics: Metrics,
        redis: Redis | None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._s = settings
        self._m = metrics
        self._redis = redis
        self._clock = clock
        self._ttl = settings.cache_ttl_seconds
        self._local: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._local_bytes = 0
        self._local_budget = settings.local_cache_bytes
        self._inflight: dict[str, asyncio.Future[tuple[bytes, str]]] = {}
        self._refreshing: set[str] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._skip_until = 0.0
        self._local_hits = metrics.cache_hits.labels(layer="local")  # the hot path: resolve the child once

    async def warm_up(self) -> None:
        """Open one Redis connection before serving, so the first burst does not race to connect."""
        if self._redis is None:
            return
        try:
            await self._redis.ping()
        except (RedisError, OSError) as exc:
            self._failed("ping", exc)

    async def drain(self) -> None:
        """Wait for background recomputes and refreshes to finish (tests, orderly shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._redis is not None:
            await self._redis.aclose()

    # ---- entry point -------------------------------------------------------------------------------------
    async def get(self, key: str, endpoint: str, compute: Compute) -> tuple[bytes, str]:
        """The answer body for `key` and how it was served: local, hit, miss, stale, wait, bypass, uncached."""
        key = self._s.cache_prefix + key
        now = self._clock()
        local = self._local.get(key)
        if local is not None and now < local[0] + self._ttl:
            self._local.move_to_end(key)
            self._local_hits.inc()
            self._maybe_refresh_early(key, local[0], now, endpoint, compute)
            return local[1], "local"
        if self._redis is None:  # cache off (the benchmark's baseline): every request computes
            self._m.cache_misses.labels(endpoint=endpoint).inc()
            return await compute(), "uncached"
        if time.monotonic() < self._skip_until:
            self._m.cache_bypass.inc()
            return await self._single_flight(key, self._bypass(key, endpoint, compute))
        return await self._single_flight(key, self._lookup(key, now, endpoint, compute))

    # ---- helpers -----------------------------------------------------------------------------------------
    async def _single_flight(self, key: str, work: Awaitable[tuple[bytes, str]]) -> tuple[bytes, str]:
        """Concurrent callers for one key in this process share one attempt."""
        pending = self._inflight.get(key)
        if pending is not None:
            if asyncio.iscoroutine(work):
                work.close()
            return await asyncio.shield(pending)
        future: asyncio.Future[tuple[bytes, str]] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            result = await work
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: followers re-raise it, nobody else must
            raise
        else:
            future.set_result(result)
            return result
        finally:
            del self._inflight[key]

    async def _bypass(self, key: str, endpoint: str, compute: Compute) -> tuple[bytes, str]:
        """Redis unusable: compute, and keep the answer locally for one TTL so each process still caches."""
        self._m.cache_misses.labels(endpoint=endpoint).inc()
        body = await compute()
        self._remember(key, self._clock(), body)
        return body, "bypass"

    async def _lookup(self, key: str, now: float, endpoint: str, compute: Compute) -> tuple[bytes, str]:
        """One Redis GET per key per process at a time; a miss goes on to the lock."""
        assert self._redis is not None
        try:
            raw = await self._redis.get(key)
        except (RedisError, OSError) as exc:
            self._failed("get", exc)
            return await self._bypass(key, endpoint, compute)
        if raw is None:
            return await self._miss(key, endpoint, compute)
        computed_at, body = unpack(raw)
        self._remember(key, computed_at, body)
        self._m.cache_hits.labels(layer="redis").inc()
        self._maybe_refresh_early(key, computed_at, now, endpoint, compute)
        return body, "hit"

    async def _miss(self, key: str, endpoint: str, compute: Compute) -> tuple[bytes, str]:
        """Take the lock and recompute, or serve the stale copy, or wait for the lock holder's answer.

        While waiting, the lock is retried: a holder that died (lock expired or released without an answer)
        is replaced by one waiter, not by all of them. Past `cache_wait_ms`, compute without the lock.
        """
        assert self._redis is not None
        deadline = time.monotonic() + self._s.cache_wait_ms / 1000
        delay = 0.01
        try:
            while True:
                token = secrets.token_hex(8)
                got_lock = await self._redis.set(f"{key}:lock", token, nx=True, px=self._s.cache_lock_ms)
                stale = await self._redis.get(f"{key}:stale")
                if got_lock and stale is None:  # the first computation: nothing to serve meanwhile
                    return await self._recompute(key, endpoint, compute, token)
                if got_lock:  # recompute in the background; this request (and this process's) gets stale
                    self._spawn(self._recompute(key, endpoint, compute, token))
                if stale is not None:
                    self._m.cache_stale.inc()
                    body = unpack(stale)[1]
                    # keep serving it in-process for a moment rather than asking Redis on every request
                    self._remember(key, self._clock() - self._ttl + min(1.0, self._ttl / 2), body)
                    return body, "stale"
                if time.monotonic() >= deadline:
                    break
                await asyncio.sleep(delay)
                delay = min(delay * 1.5, 0.2)
                raw = await self._redis.get(key)
                if raw is not None:
                    computed_at, body = unpack(raw)
                    self._remember(key, computed_at, body)
                    self._m.cache_waits.inc()
                    return body, "wait"
        except (RedisError, OSError) as exc:
            self._failed("lock", exc)
            return await self._bypass(key, endpoint, compute)
        self._m.cache_misses.labels(endpoint=endpoint).inc()
        body = await compute()
        await self._store(key, body)
        return body, "miss"

    async def _recompute(self, key: str, endpoint: str, compute: Compute, token: str) -> tuple[bytes, str]:
        """Holding the lock: check once more (a recompute may have just finished), else compute and store."""
        assert self._redis is not None
        try:
            raw = await self._redis.get(key)
            if raw is not None:
                computed_at, body = unpack(raw)
                self._remember(key, computed_at, body)
                self._m.cache_hits.labels(layer="redis").inc()
                return body, "hit"
            self._m.cache_misses.labels(endpoint=endpoint).inc()
            body = await compute()
            await self._store(key, body)
            return body, "miss"
        finally:
            await self._release(key, token)

    async def _store(self, key: str, body: bytes) -> None:
        assert self._redis is not None
        computed_at = self._clock()
        raw = pack(computed_at, body)
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.set(key, raw, px=int(self._ttl * 1000))
                pipe.set(f"{key}:stale", raw, px=int((self._ttl + self._s.cache_stale_seconds) * 1000))
                await pipe.execute()
        except (RedisError, OSError) as exc:
            self._failed("set", exc)
            return
        self._remember(key, computed_at, body)

    async def _release(self, key: str, token: str) -> None:
        assert self._redis is not None
        try:
            await self._redis.eval(_RELEASE, 1, f"{key}:lock", token)
        except (RedisError, OSError) as exc:
            self._failed("unlock", exc)  # the lock expires by itself

    @property
    def local_bytes(self) -> int:
        """What the local copies cost, by the same measure as the budget."""
        return self._local_bytes

    def _remember(self, key: str, computed_at: float, body: bytes) -> None:
        """Keep a local copy, evicting the least recently used past the byte budget; an answer larger than a
        sixteenth of the budget is not kept (a few huge timeseries would otherwise evict everything else)."""
        size = len(key) + len(body) + ENTRY_OVERHEAD_BYTES
        old = self._local.pop(key, None)
        if old is not None:
            self._local_bytes -= len(key) + len(old[1]) + ENTRY_OVERHEAD_BYTES
        if size > self._local_budget // 16:
            return
        self._local[key] = (computed_at, body)
        self._local_bytes += size
        while self._local_bytes > self._local_budget:
            evicted, (_, evicted_body) = self._local.popitem(last=False)
            self._local_bytes -= len(evicted) + len(evicted_body) + ENTRY_OVERHEAD_BYTES

    def _spawn(self, work: Coroutine[Any, Any, object]) -> None:
        task = asyncio.create_task(self._logged(work))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _logged(work: Coroutine[Any, Any, object]) -> None:
        try:
            await work
        except QueryRefused as exc:  # the answer to the request that asked; nothing went wrong here
            log.info("background recompute refused", extra={"error": exc.error})
        except (RedisError, OSError) as exc:
            log.warning("background recompute: redis failed", extra={"error": f"{type(exc).__name__}: {exc}"})
        except Exception:
            log.exception("background recompute failed")

    def _maybe_refresh_early(self, key: str, computed_at: float, now: float, endpoint: str, compute: Compute) -> None:
        share = self._s.cache_early_refresh
        if share <= 0 or self._redis is None or key in self._refreshing:
            return
        if computed_at + self._ttl * (1 - share) > now:
            return
        self._refreshing.add(key)
        task = asyncio.create_task(self._refresh(key, endpoint, compute))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _refresh(self, key: str, endpoint: str, compute: Compute) -> None:
        """Recompute before expiry if no other request (in any process) is already doing it."""
        assert self._redis is not None
        token = secrets.token_hex(8)
        try:
            if not await self._redis.set(f"{key}:lock", token, nx=True, px=self._s.cache_lock_ms):
                return
            try:
                raw = await self._redis.get(key)
                if raw is not None and unpack(raw)[0] + self._ttl * (1 - self._s.cache_early_refresh) > self._clock():
                    return  # another process refreshed it already
                self._m.cache_early_refresh.inc()
                self._m.cache_misses.labels(endpoint=endpoint).inc()
                await self._store(key, await compute())
            finally:
                await self._release(key, token)
        except (RedisError, OSError) as exc:
            self._failed("refresh", exc)
        except QueryRefused as exc:
            log.info("early refresh refused", extra={"error": exc.error})
        except Exception:
            log.exception("early refresh failed", extra={"key": key})
        finally:
            self._refreshing.discard(key)

    def _failed(self, op: str, exc: BaseException) -> None:
        self._m.cache_errors.labels(op=op).inc()
        self._skip_until = time.monotonic() + self._s.redis_breaker_seconds
        log.warning(
            "redis failed; serving from the database",
            extra={
                "op": op,
                "error": f"{type(exc).__name__}: {exc}"[:200],
                "skip_seconds": self._s.redis_breaker_seconds,
            },
        )
