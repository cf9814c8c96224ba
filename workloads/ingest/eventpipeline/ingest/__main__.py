"""`python -m eventpipeline.ingest`: settings from the environment, JSON logs, one uvicorn process."""

from __future__ import annotations

import logging
import sys

import uvicorn
from eventpipeline.common.logs import configure_logging
from eventpipeline.common.settings import log_settings
from eventpipeline.ingest.app import create_app
from eventpipeline.ingest.settings import IngestSettings
from pydantic import ValidationError

log = logging.getLogger("eventpipeline.ingest")


def main() -> int:
    configure_logging("ingest")
    try:
        settings = IngestSettings()  # type: ignore[call-arg]  # required fields come from the environment
    except ValidationError as exc:
        log.error("invalid settings", extra={"errors": exc.errors(include_url=False)})
        return 2
    configure_logging("ingest", settings.log_level)
    log_settings(settings, log)
    app = create_app(settings)
    # uvicorn finishes in-flight requests on SIGTERM, then runs the lifespan shutdown (flush).
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        loop="uvloop",
        http="httptools",
        lifespan="on",
        access_log=False,
        log_config=None,
        proxy_headers=False,  # no client address is used; skips a middleware per request
        server_header=False,
        backlog=4096,
        timeout_keep_alive=settings.keepalive_seconds,  # uvicorn's 5 s raced clients reusing idle connections
        timeout_graceful_shutdown=int(settings.kafka_message_timeout_ms / 1000) + 5,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
