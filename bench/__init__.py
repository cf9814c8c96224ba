"""Benchmarks: each prints one JSON object comparing ours with a baseline, run in the same invocation."""
