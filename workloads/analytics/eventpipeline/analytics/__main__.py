"""`python -m eventpipeline.analytics`: serve the analytics API with uvicorn, settings from EP_ANALYTICS_*."""

from __future__ import annotations

import logging

import uvicorn
from eventpipeline.analytics.app import create_app
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.common.logs import configure_logging
from eventpipeline.common.settings import log_settings


def main() -> None:
    settings = AnalyticsSettings()
    configure_logging("analytics", settings.log_level)
    log_settings(settings, logging.getLogger("eventpipeline.analytics"))
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_config=None,  # keep our JSON logging
        access_log=False,  # /metrics counts requests; an access line per request costs throughput
        proxy_headers=False,  # no client address is used: skip the X-Forwarded-* middleware on every request
        http="httptools",  # and the uvloop event loop (uvicorn's auto picks both when installed; say so)
        loop="uvloop",
        lifespan="on",
        timeout_keep_alive=settings.keepalive_seconds,  # uvicorn's 5 s raced clients reusing idle connections
    )


if __name__ == "__main__":
    main()
