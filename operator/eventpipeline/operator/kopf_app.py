"""A module for `kopf run -m eventpipeline.operator.kopf_app` (and kopf.testing.KopfRunner): the same handlers in
kopf's default registry, settings from the environment."""

import kopf
from eventpipeline.operator.handlers import register
from eventpipeline.operator.settings import OperatorSettings

register(kopf.get_default_registry(), OperatorSettings())
