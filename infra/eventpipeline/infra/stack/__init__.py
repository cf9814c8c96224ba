"""`make up`: the whole stack on this machine, and the workload runner the e2e suite uses (see docs/stack.md).

`python -m eventpipeline.infra.stack up|down|status`; `python -m eventpipeline.infra.stack.runner ...`.
"""
