"""EventPipeline analytics API: metrics over stored events, read from replicas through a Redis cache."""
