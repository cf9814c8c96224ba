"""The development dependencies on a Kubernetes cluster: charts/eventpipeline-dev (Kafka, PostgreSQL primary and
replica, the S3 server; images from eventpipeline.infra.images). docs/devdeps.md.

- `python -m eventpipeline.infra.devdeps files [--check]`: the chart's generated server config.
"""

from eventpipeline.infra.devdeps.chartfiles import CHART, NAMESPACE, RELEASE

__all__ = ["CHART", "NAMESPACE", "RELEASE"]
