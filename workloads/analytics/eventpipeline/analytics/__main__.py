"""`python -m eventpipeline.analytics`: serve the analytics API with uvicorn, settings from EP_ANALYTICS_*."""

from __future__ import annotations

from eventpipeline.analytics.app import create_app
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.common.httpguard import ReadLimits
from eventpipeline.common.httpserver import serve
from eventpipeline.common.settings import settings_from_env


def main() -> None:
    settings = settings_from_env(AnalyticsSettings, "analytics")
    app = create_app(settings)
    serve(
        app,
        host=settings.host,
        port=settings.port,
        keepalive_seconds=settings.keepalive_seconds,
        limits=ReadLimits.of(settings),
        metrics=app.state.services.metrics.http,
    )


if __name__ == "__main__":
    main()
