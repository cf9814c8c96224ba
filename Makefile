# EventPipeline: `make up` runs the stack, `make test` runs every check. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY := .venv/bin/python
export EVENTPIPELINE_CACHE ?= $(HOME)/.cache/eventpipeline

.PHONY: help bootstrap setup lint fmt crds infra-up infra-down infra-status cluster-up cluster-down up down \
        images test test-unit test-integration test-e2e bench loadtest clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

bootstrap: ## install uv and the locked virtualenv (idempotent)
	@bash scripts/bootstrap.sh

setup: bootstrap ## install, fetch and build everything this machine needs, once (Debian packages, Kafka, Go tools, images)
	$(PY) -m eventpipeline.infra.setup

images: setup ## (re)build the container images whose inputs changed; load them into the local node when it runs
	$(PY) -m eventpipeline.infra.images

lint: bootstrap ## ruff, mypy --strict, import contracts
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	.venv/bin/lint-imports

fmt: bootstrap ## format the code
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

crds: bootstrap ## regenerate crds/, the chart's CRDs and docs/api.md from the pydantic models
	$(PY) -m eventpipeline.common.api.generate

infra-up: setup ## start Kafka, PostgreSQL primary + replica, Redis, S3 (idempotent)
	$(PY) -m eventpipeline.infra up

infra-down: bootstrap ## stop what infra-up started (WIPE=1 also deletes data)
	$(PY) -m eventpipeline.infra down $(if $(WIPE),--wipe,)

infra-status: bootstrap ## show what runs and where
	$(PY) -m eventpipeline.infra status

cluster-up: setup ## start the local cluster: control plane and its real node (containerd, kubelet, kube-proxy, CoreDNS)
	$(PY) -m eventpipeline.infra.cluster up

cluster-down: bootstrap ## stop the local control plane
	$(PY) -m eventpipeline.infra.cluster down

up: setup ## the main job: whole stack up, example pipeline applied, ingest + analytics served
	$(PY) -m eventpipeline.infra.stack up

down: bootstrap ## stop everything `make up` started
	$(PY) -m eventpipeline.infra.stack down

test: ## install what is missing, lint, type-check, then every test tier
	@bash scripts/test.sh

test-unit: bootstrap
	$(PY) -m pytest tests/unit -q

test-integration: infra-up
	$(PY) -m pytest tests/integration -q

test-e2e: infra-up cluster-up
	$(PY) -m pytest tests/e2e -q

bench: setup ## every benchmark, JSON out (python -m bench NAME for one)
	$(PY) -m bench all

loadtest: setup ## the design notes' load test against the `make up` stack
	$(PY) -m bench loadtest
