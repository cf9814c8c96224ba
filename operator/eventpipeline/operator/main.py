"""`python -m eventpipeline.operator`: settings once, logging once, metrics endpoint, then kopf.

Peering: every replica joins the kopf peering object named by `EP_OPERATOR_PEERING_NAME` (a ClusterKopfPeering when
watching the whole cluster, a KopfPeering per namespace otherwise, both CRDs shipped with the chart). Only the replica
with the highest priority acts; the others pause until it stops heart-beating. So two operator replicas never act at
once; `EP_OPERATOR_STANDALONE=true` skips peering (one replica, local runs).
"""

from __future__ import annotations

import asyncio
import logging

import kopf
from eventpipeline.common.logs import configure_logging
from eventpipeline.common.settings import log_settings
from eventpipeline.operator.handlers import register
from eventpipeline.operator.settings import OperatorSettings
from prometheus_client import start_http_server

log = logging.getLogger("eventpipeline.operator")


def main() -> int:
    settings = OperatorSettings()
    configure_logging("operator", settings.log_level)
    log_settings(settings, log)
    if settings.metrics_port:
        start_http_server(settings.metrics_port, addr=settings.health_host)
    registry = kopf.OperatorRegistry()
    register(registry, settings)
    asyncio.run(
        kopf.operator(
            registry=registry,
            clusterwide=settings.clusterwide,
            namespaces=[] if settings.clusterwide else settings.namespaces,
            # A peering name makes peering mandatory in kopf (handlers pause while its CRD is missing), even
            # with standalone=True: name none when standalone.
            peering_name=None if settings.standalone else settings.peering_name,
            priority=settings.peering_priority,
            standalone=settings.standalone,
            liveness_endpoint=f"http://{settings.health_host}:{settings.health_port}/healthz",
        )
    )
    return 0
