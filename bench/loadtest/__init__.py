"""`python -m bench loadtest`: the load test of the whole pipeline (run.py drives it).

attack (vegeta runs and their targets), results (vegeta's CSV), sample (the per-second sampler), cpu (CPU per
process group), target (the stack or a local pipeline under test), verify (every acknowledged event stored once),
report (the verdict, the text and the plot). Its own tests are in tests/ beside them.
"""

from bench.loadtest.run import main

__all__ = ["main"]
