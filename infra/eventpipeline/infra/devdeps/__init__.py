"""The development dependencies on a Kubernetes cluster: charts/eventpipeline-dev (Kafka, PostgreSQL primary and
replica, the S3 server; images from eventpipeline.infra.images) and how to reach them. docs/devdeps.md.

- `install(kubeconfig, namespace=..., data_dir=..., values=...)`: `helm upgrade --install --wait`, idempotent;
  `uninstall(...)`.
- `endpoints(kubeconfig, ...)`: the servers from the host, as `eventpipeline.infra.endpoints.Endpoints`;
  `cluster_addresses(kubeconfig, ...)`: from pods, by Service DNS name.
- `python -m eventpipeline.infra.devdeps files|install|uninstall|endpoints`; `files` writes the chart's server
  config generated from eventpipeline.infra.serverconf.
"""

from eventpipeline.infra.devdeps.addresses import ClusterAddresses, cluster_addresses, endpoints
from eventpipeline.infra.devdeps.chartfiles import CHART, NAMESPACE, RELEASE
from eventpipeline.infra.devdeps.release import chart_values, install, local_data_dir, uninstall

__all__ = [
    "CHART",
    "NAMESPACE",
    "RELEASE",
    "ClusterAddresses",
    "chart_values",
    "cluster_addresses",
    "endpoints",
    "install",
    "local_data_dir",
    "uninstall",
]
