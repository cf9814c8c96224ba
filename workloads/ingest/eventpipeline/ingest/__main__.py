"""`python -m eventpipeline.ingest`: settings from the environment, JSON logs, one uvicorn process."""

from __future__ import annotations

import sys

from eventpipeline.common.httpguard import ReadLimits
from eventpipeline.common.httpserver import serve
from eventpipeline.common.settings import settings_from_env
from eventpipeline.ingest.app import create_app
from eventpipeline.ingest.settings import IngestSettings


def main() -> int:
    settings = settings_from_env(IngestSettings, "ingest")
    app = create_app(settings)
    serve(
        app,
        host=settings.host,
        port=settings.port,
        keepalive_seconds=settings.keepalive_seconds,
        limits=ReadLimits.of(settings),
        metrics=app.metrics,
        server_header=False,
        backlog=4096,
        # in-flight requests wait for Kafka at most the message timeout; then the lifespan flushes
        timeout_graceful_shutdown=int(settings.kafka_message_timeout_ms / 1000) + 5,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
