#!/usr/bin/env bash
# The e2e suite on kind, where docker and kind exist (not on our build machines: no Docker engine there, and the
# suite runs on the local cluster's real node instead).
# The same images as the local node (set-up builds them with buildah as docker-archives), loaded into a kind
# cluster; then `pytest tests/e2e` with KUBECONFIG set. The suite installs the development dependencies' chart and
# the operator's chart itself, as on the local cluster; the tests that need the host to route into the cluster, or
# that stop the local node, skip themselves there and say why.
#   KEEP=1 keeps the cluster afterwards; CLUSTER=name picks the kind cluster name; extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER=${CLUSTER:-eventpipeline-e2e}
for tool in docker kind; do
  command -v "$tool" >/dev/null || { echo "kind-e2e: '$tool' is not on PATH" >&2; exit 2; }
done
docker info >/dev/null 2>&1 || { echo "kind-e2e: no Docker engine answers (docker info failed)" >&2; exit 2; }

make --no-print-directory setup  # helm and kubectl (Go tools), the images as docker-archives; nothing builds later

KUBECONFIG_FILE=$(mktemp -t kind-e2e-kubeconfig.XXXXXX)
cleanup() {
  rm -f "$KUBECONFIG_FILE"
  if [ -z "${KEEP:-}" ]; then kind delete cluster --name "$CLUSTER" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

kind get clusters | grep -qx "$CLUSTER" || kind create cluster --name "$CLUSTER" --wait 120s
kind get kubeconfig --name "$CLUSTER" >"$KUBECONFIG_FILE"
export KUBECONFIG=$KUBECONFIG_FILE

# Pods use the images' own names with IfNotPresent/Never: what is loaded here is what runs, nothing is pulled.
.venv/bin/python -m eventpipeline.infra.images archives | while read -r archive; do
  kind load image-archive --name "$CLUSTER" "$archive"
done

.venv/bin/python -m pytest tests/e2e -q -p no:cacheprovider "$@"
