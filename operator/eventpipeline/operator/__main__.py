"""`python -m eventpipeline.operator`."""

import sys

from eventpipeline.operator.main import main

sys.exit(main())
