"""The test-support layer unit, integration and e2e tests import (and the benchmarks, which run the same servers):
one polling helper, one free port, one way to run a server under test, Kafka records made, produced and read back.

`from tests.support import eventually, free_port, ServedProcess`; `tests.support.kafka` for records. A tier's own
launcher and outcome checks live beside its tests (tests/integration/<tier>_support.py), built on these, unless the
e2e tier uses them too (`tests.support.consumer`, `tests.support.reprocess`, `monitoring`, `s3`).
"""

from eventpipeline.infra.procs import free_port

from tests.support.polling import aeventually, eventually
from tests.support.processes import ServedProcess, python_module, served_tier

__all__ = ["ServedProcess", "aeventually", "eventually", "free_port", "python_module", "served_tier"]
