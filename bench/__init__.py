"""Benchmarks and the synthetic corpus they run on (never shipped, never committed)."""
