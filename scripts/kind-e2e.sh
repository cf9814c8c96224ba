#!/usr/bin/env bash
# The e2e suite on kind, where docker and kind exist (not on our build machines: no Docker engine there).
# Creates a kind cluster, builds and loads the images, installs the chart, runs pytest tests/e2e with KUBECONFIG set.
#   KEEP=1 keeps the cluster afterwards; CLUSTER=name picks the kind cluster name; extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER=${CLUSTER:-eventpipeline-e2e}
TAG=${TAG:-e2e}
NAMESPACE=${NAMESPACE:-eventpipeline-system}
for tool in docker kind kubectl helm; do
  command -v "$tool" >/dev/null || { echo "kind-e2e: '$tool' is not on PATH" >&2; exit 2; }
done
docker info >/dev/null 2>&1 || { echo "kind-e2e: no Docker engine answers (docker info failed)" >&2; exit 2; }

KUBECONFIG_FILE=$(mktemp -t kind-e2e-kubeconfig.XXXXXX)
cleanup() {
  rm -f "$KUBECONFIG_FILE"
  if [ -z "${KEEP:-}" ]; then kind delete cluster --name "$CLUSTER" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

kind get clusters | grep -qx "$CLUSTER" || kind create cluster --name "$CLUSTER" --wait 120s
kind get kubeconfig --name "$CLUSTER" >"$KUBECONFIG_FILE"
export KUBECONFIG=$KUBECONFIG_FILE

# One image per target of the Dockerfile: eventpipeline-<target>. The build context is the repo root (every image
# installs the one `eventpipeline` distribution; the shared stages are built once).
for target in operator ingest consumer analytics; do
  docker build --target "$target" -t "eventpipeline-$target:$TAG" .
  kind load docker-image --name "$CLUSTER" "eventpipeline-$target:$TAG"
done

# helm installs the chart's crds/ first; images were loaded above, so never pull them.
helm upgrade --install eventpipeline-operator charts/eventpipeline-operator \
  --namespace "$NAMESPACE" --create-namespace --wait --timeout 5m \
  --set image.repository=eventpipeline-operator --set image.tag="$TAG" --set image.pullPolicy=IfNotPresent \
  ${HELM_SET:-}

# The suite sees KUBECONFIG, so it uses this cluster and kubectl from PATH instead of the local control plane.
EP_E2E_OPERATOR_INSTALLED=1 .venv/bin/python -m pytest tests/e2e -q "$@"
