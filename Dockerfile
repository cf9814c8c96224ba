# The EventPipeline images: one build, one final stage per component. Build from the repository root:
#   docker build --target ingest -t ghcr.io/eventpipeline/ingest:0.1.0 .
#   (targets: operator, ingest, consumer, analytics; each image is named after its target, as the operator's
#   default images and the chart expect: ghcr.io/eventpipeline/<target>)
# Our machines have no Docker engine: `make images` builds these same targets with buildah over a Python base made
# from Debian packages (--build-arg PYTHON_IMAGE=localhost/eventpipeline/python:3.11; docs/cluster.md, "Images").
# Pin the base by digest in release builds: --build-arg PYTHON_IMAGE=python:3.11-slim-bookworm@sha256:<digest>.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
# pip and uv read these (build arguments are environment for RUN). They name the image's own CA bundle, so they
# change nothing unless the build mounts another one there: behind a TLS-intercepting proxy, `make images` mounts
# the host's bundle for the build only (`buildah bud -v ...:ro`); it is never committed into an image.
ARG PIP_CERT=/etc/ssl/certs/ca-certificates.crt
ARG SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
# uv from PyPI at the version the project locks with (scripts/bootstrap.sh), in a venv of its own: Debian's
# Python refuses a system-wide `pip install` (PEP 668).
RUN python3 -m venv /opt/uv && /opt/uv/bin/pip install --no-cache-dir uv==0.13.9
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never UV_FROZEN=1
WORKDIR /src
# Only the product is installed (`--no-dev`): the dev infrastructure is the workspace's other member, whose
# pyproject.toml uv reads to know the workspace; its code is never copied.
COPY pyproject.toml uv.lock ./
COPY infra/pyproject.toml infra/
# One virtualenv per image with only its tier's libraries (the extra of the same name): the operator's kubernetes
# and boto3 would more than triple the others. Dependencies first (cached while only our code changes), then the
# project itself, not editable. Relocatable: each is copied to /app/.venv in its image.
RUN set -e; for tier in operator ingest consumer analytics; do \
      /opt/uv/bin/uv venv --quiet --relocatable /venv/$tier; \
      UV_PROJECT_ENVIRONMENT=/venv/$tier /opt/uv/bin/uv sync --no-dev --extra $tier --no-install-project; \
    done
COPY README.md ./
COPY common/ common/
COPY operator/ operator/
COPY workloads/ workloads/
# --reinstall-package: uv's cache (shared with the host's during local builds) keys a local project's wheel by its
# pyproject.toml, not its code, so without it an edited module could ship in a wheel built before the edit.
RUN set -e; for tier in operator ingest consumer analytics; do \
      UV_PROJECT_ENVIRONMENT=/venv/$tier /opt/uv/bin/uv sync --no-dev --extra $tier --no-editable \
        --reinstall-package eventpipeline; \
    done

FROM ${PYTHON_IMAGE} AS runtime
# A fixed non-root uid/gid that matches the chart's securityContext (10001) and the pods the operator builds
# (builders/common.py RUN_AS_USER).
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app
ENV PATH=/app/.venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
USER 10001:10001

# Exec-form entrypoints (no shell at run time): `python -m eventpipeline.<target>`, which the local runner also
# derives from the image name (infra/stack/mapping.py).
FROM runtime AS operator
COPY --from=build --chown=root:root /venv/operator /app/.venv
EXPOSE 8080 9090
ENTRYPOINT ["/app/.venv/bin/python", "-m", "eventpipeline.operator"]

FROM runtime AS consumer
COPY --from=build --chown=root:root /venv/consumer /app/.venv
EXPOSE 8080
ENTRYPOINT ["/app/.venv/bin/python", "-m", "eventpipeline.consumer"]

FROM runtime AS analytics
COPY --from=build --chown=root:root /venv/analytics /app/.venv
EXPOSE 8080
ENTRYPOINT ["/app/.venv/bin/python", "-m", "eventpipeline.analytics"]

# Last, so a plain `docker build .` gives the ingest image.
FROM runtime AS ingest
COPY --from=build --chown=root:root /venv/ingest /app/.venv
EXPOSE 8080
ENTRYPOINT ["/app/.venv/bin/python", "-m", "eventpipeline.ingest"]
