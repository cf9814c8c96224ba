"""`make up` / `make down`: the whole stack on the local cluster's real node, as users install it (docs/stack.md).

`python -m eventpipeline.infra.stack up|down|status`.
"""
