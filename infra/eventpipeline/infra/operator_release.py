"""The operator as users install it: `helm upgrade --install` of charts/eventpipeline-operator into its own
namespace, running the image set-up built and the node holds, under the chart's ServiceAccount and RBAC. The local
stack (`make up`) and the e2e suite install it this way; nothing runs the operator as a host process."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from eventpipeline.infra import helm
from eventpipeline.infra.images import archives
from eventpipeline.infra.kubectl import run as kubectl
from eventpipeline.infra.paths import REPO_ROOT

CHART: Final = REPO_ROOT / "charts" / "eventpipeline-operator"
RELEASE: Final = "eventpipeline-operator"
NAMESPACE: Final = "eventpipeline-system"
IMAGE_ID_ANNOTATION: Final = "eventpipeline.dev/image-id"


def operator_values(
    *, watch: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None, **extra: Any
) -> dict[str, Any]:
    """Chart values: the watch mode (default: the chart's, cluster-wide), EP_OPERATOR_* settings as `env`."""
    values: dict[str, Any] = dict(extra)
    if watch is not None:
        values["watch"] = dict(watch)
    if env:
        values["env"] = [{"name": k, "value": v} for k, v in env.items()]
    return values


def install(
    kubeconfig: Path,
    *,
    release: str = RELEASE,
    namespace: str = NAMESPACE,
    values: Mapping[str, Any] | None = None,
) -> None:
    """Install or upgrade, and wait until the operator's pod is Ready.

    The image keeps its tag when set-up rebuilds it, so the pod template carries the image's id: a rebuilt image
    rolls the operator's pod, an unchanged one changes nothing. The chart's CRDs are applied first: Helm installs
    crds/ once and never upgrades them, and an API server with the old schema silently prunes every new field."""
    kubectl("apply", "--server-side", "--force-conflicts", "-f", str(CHART / "crds"), kubeconfig=kubeconfig)
    image_id = next(image.image_id for image in archives() if image.name == "operator")
    ours = dict(values or {})
    ours["podAnnotations"] = {**dict(ours.get("podAnnotations") or {}), IMAGE_ID_ANNOTATION: image_id}
    helm.upgrade_install(
        kubeconfig, release=release, chart=CHART, namespace=namespace, values=ours, component="operator"
    )


def uninstall(kubeconfig: Path, *, release: str = RELEASE, namespace: str = NAMESPACE) -> None:
    helm.uninstall(kubeconfig, release=release, namespace=namespace, component="operator")
