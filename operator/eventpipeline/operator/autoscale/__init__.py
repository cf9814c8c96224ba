"""Autoscaling of the pipeline's tiers: pure decision (`decision`), thin readers (`kafka`, `scrape`), one pass (`loop`).

See docs/autoscaling.md for the rules.
"""

from eventpipeline.operator.autoscale.decision import Decision, History, Observation, decide
from eventpipeline.operator.autoscale.kafka import KafkaLagReader
from eventpipeline.operator.autoscale.loop import (
    DEFAULT_INTERVAL_SECONDS,
    ConsumerObserver,
    DecisionRecord,
    HttpObserver,
    ReplicaStatus,
    ScalingLoop,
    TierState,
    run_scaling_pass,
)
from eventpipeline.operator.autoscale.policy import (
    Behavior,
    MetricTarget,
    RateKind,
    RateRule,
    ScalingPolicy,
    Select,
    TargetKind,
    consumer_policy,
    http_policy,
)
from eventpipeline.operator.autoscale.scrape import HttpMetricsReader, pod_urls

__all__ = [
    "DEFAULT_INTERVAL_SECONDS",
    "Behavior",
    "ConsumerObserver",
    "Decision",
    "DecisionRecord",
    "History",
    "HttpMetricsReader",
    "HttpObserver",
    "KafkaLagReader",
    "MetricTarget",
    "Observation",
    "RateKind",
    "RateRule",
    "ReplicaStatus",
    "ScalingLoop",
    "ScalingPolicy",
    "Select",
    "TargetKind",
    "TierState",
    "consumer_policy",
    "decide",
    "http_policy",
    "pod_urls",
    "run_scaling_pass",
]
