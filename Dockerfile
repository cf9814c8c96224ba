# The EventPipeline images: one build, one final stage per component. Build from the repository root:
#   docker build --target ingest -t ghcr.io/eventpipeline/ingest:0.1.0 .
#   (targets: operator, ingest, consumer, analytics; each image is named after its target, as the operator's
#   default images and the chart expect: ghcr.io/eventpipeline/<target>)
# Not built on the project's development machines (no container engine there); kept minimal and checked by review.
# Pin the base by digest in release builds: --build-arg PYTHON_IMAGE=python:3.11-slim-bookworm@sha256:<digest>.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
# uv from PyPI at the version the project locks with (scripts/bootstrap.sh).
RUN pip install --no-cache-dir uv==0.13.9
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /src
# Dependencies first (cached while only our code changes), then the project itself, not editable.
# Only the product is installed (`--no-dev`): the dev infrastructure is the workspace's other member, whose
# pyproject.toml uv reads to know the workspace; its code is never copied.
COPY pyproject.toml uv.lock README.md ./
COPY infra/pyproject.toml infra/
RUN uv sync --frozen --no-dev --no-install-project
COPY common/ common/
COPY operator/ operator/
COPY workloads/ workloads/
RUN uv sync --frozen --no-dev --no-editable

FROM ${PYTHON_IMAGE} AS runtime
# A fixed non-root uid/gid that matches the chart's securityContext (10001) and the pods the operator builds
# (builders/common.py RUN_AS_USER).
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app
COPY --from=build --chown=root:root /app/.venv /app/.venv
ENV PATH=/app/.venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
USER 10001:10001

# Exec-form entrypoints (no shell at run time): `python -m eventpipeline.<target>`, which the local runner also
# derives from the image name (infra/stack/mapping.py).
FROM runtime AS operator
EXPOSE 8080 9090
ENTRYPOINT ["/app/.venv/bin/python", "-m", "eventpipeline.operator"]

FROM runtime AS consumer
EXPOSE 8080
ENTRYPOINT ["/app/.venv/bin/python", "-m", "eventpipeline.consumer"]

FROM runtime AS analytics
EXPOSE 8080
ENTRYPOINT ["/app/.venv/bin/python", "-m", "eventpipeline.analytics"]

# Last, so a plain `docker build .` gives the ingest image.
FROM runtime AS ingest
EXPOSE 8080
ENTRYPOINT ["/app/.venv/bin/python", "-m", "eventpipeline.ingest"]
