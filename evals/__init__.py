"""Evaluations and benchmarks (`make eval`, `make bench`)."""
