"""The EventPipeline API (analytics.eventpipeline.dev/v1alpha1), defined once as pydantic models.

`python -m eventpipeline.common.api.generate` turns these models into the CRD, the chart's CRD and docs/api.md.
"""

from eventpipeline.common.api.base import CelRule, Duration, Quantity, cel_rules_of, parse_duration
from eventpipeline.common.api.kafka import KafkaSpec
from eventpipeline.common.api.postgres import Archive, Partitioning, PostgresSpec, S3Archive
from eventpipeline.common.api.redis import ExternalRedis, ManagedRedis, RedisSpec
from eventpipeline.common.api.refs import (
    ConfigMapKeyRef,
    DsnSecretRef,
    KeysSecretRef,
    LocalSecretRef,
    SecretKeyRef,
    UrlSecretRef,
    ValueFrom,
)
from eventpipeline.common.api.resource import (
    API_VERSION,
    CRD_NAME,
    GROUP,
    KIND,
    NAME_MAX_LENGTH,
    PLURAL,
    PRINTER_COLUMNS,
    SHORT_NAMES,
    SINGULAR,
    VERSION,
    EventPipeline,
    name_problem,
)
from eventpipeline.common.api.resources import EnvVar, ResourceList, Resources
from eventpipeline.common.api.spec import AuthSpec, EventPipelineSpec
from eventpipeline.common.api.status import (
    Condition,
    ConditionType,
    EndpointsStatus,
    EventPipelineStatus,
    FreshnessStatus,
    KafkaStatus,
    PostgresStatus,
    ScaleDecision,
    TierStatus,
)
from eventpipeline.common.api.tiers import (
    AnalyticsAutoscaling,
    AnalyticsTier,
    ConsumerAutoscaling,
    ConsumerTier,
    IngestAutoscaling,
    IngestTier,
    TierSpec,
)

__all__ = [
    "API_VERSION",
    "CRD_NAME",
    "GROUP",
    "KIND",
    "NAME_MAX_LENGTH",
    "PLURAL",
    "PRINTER_COLUMNS",
    "SHORT_NAMES",
    "SINGULAR",
    "VERSION",
    "AnalyticsAutoscaling",
    "AnalyticsTier",
    "Archive",
    "AuthSpec",
    "CelRule",
    "Condition",
    "ConditionType",
    "ConfigMapKeyRef",
    "ConsumerAutoscaling",
    "ConsumerTier",
    "DsnSecretRef",
    "Duration",
    "EndpointsStatus",
    "EnvVar",
    "EventPipeline",
    "EventPipelineSpec",
    "EventPipelineStatus",
    "ExternalRedis",
    "FreshnessStatus",
    "IngestAutoscaling",
    "IngestTier",
    "KafkaSpec",
    "KafkaStatus",
    "KeysSecretRef",
    "LocalSecretRef",
    "ManagedRedis",
    "Partitioning",
    "PostgresSpec",
    "PostgresStatus",
    "Quantity",
    "RedisSpec",
    "ResourceList",
    "Resources",
    "S3Archive",
    "ScaleDecision",
    "SecretKeyRef",
    "TierSpec",
    "TierStatus",
    "UrlSecretRef",
    "ValueFrom",
    "cel_rules_of",
    "name_problem",
    "parse_duration",
]
