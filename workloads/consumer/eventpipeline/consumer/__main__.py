"""`python -m eventpipeline.consumer`: settings from EP_CONSUMER_*, metrics server, the loop, SIGTERM = drain."""

from __future__ import annotations

import gc
import logging
import signal
import sys
from types import FrameType

from eventpipeline.common.logs import configure_logging
from eventpipeline.common.settings import log_settings
from eventpipeline.consumer.metrics import MetricsServer
from eventpipeline.consumer.runner import Runner
from eventpipeline.consumer.settings import ConsumerSettings

logger = logging.getLogger("eventpipeline.consumer")


# The decode loop allocates a handful of objects per event and keeps a batch of them alive, none in cycles: at the
# default gen-0 threshold (700) the collector ran every ~100 events, re-scanning the live batch, for about a third
# of the decode time. Start-up objects are frozen out of collection altogether (docs/benchmarks.md, consumer).
GC_THRESHOLDS = (50_000, 20, 100)


def main() -> int:
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    settings = ConsumerSettings()
    configure_logging("consumer", settings.log_level)
    log_settings(settings, logger)
    runner = Runner(settings)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        logger.info("signal received; finishing the batch in hand", extra={"signal": signum})
        runner.stop()

    # Before the metrics server answers: whoever sees the process serving may stop it and expect a clean exit.
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    server = MetricsServer(settings.host, settings.port, runner.metrics, runner.health)
    server.start()
    try:
        runner.run()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
