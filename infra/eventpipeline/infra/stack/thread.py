"""The runner in a background thread with its own event loop: how tests embed it (`with RunnerThread(runner):`)."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

from eventpipeline.infra.stack.runner import Runner


class RunnerThread:
    def __init__(self, runner: Runner) -> None:
        self.runner = runner
        self._loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._main, name="stack-runner", daemon=True)
        self.error: BaseException | None = None

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def run() -> None:
            self._stop = asyncio.Event()
            self._started.set()
            await self.runner.run(self._stop)

        try:
            self._loop.run_until_complete(run())
        except BaseException as exc:  # surfaced to the test through .error
            self.error = exc
        finally:
            self._started.set()
            self._loop.close()

    def __enter__(self) -> RunnerThread:
        self._thread.start()
        self._started.wait(30)
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop: every process gets SIGTERM (SIGKILL after its grace period); returns once they are gone."""
        if self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=120)

    def processes(self, deployment: str) -> list[dict[str, Any]]:
        """What runs for a Deployment, from the runner's state file (the file `make up` users read)."""
        try:
            state = json.loads(self.runner.state_file.read_text())
        except (OSError, ValueError):
            return []
        found: list[dict[str, Any]] = (state["deployments"].get(deployment) or {}).get("processes") or []
        return found

    def url(self, deployment: str) -> str | None:
        """The balancer's URL for an ingest or analytics Deployment."""
        proxy = self.runner.proxies.get(deployment)
        return proxy.url if proxy is not None else None
