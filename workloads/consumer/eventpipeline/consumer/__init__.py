"""EventPipeline."""
