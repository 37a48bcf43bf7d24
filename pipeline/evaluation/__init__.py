"""Measure extraction against hand annotations: `python -m pipeline eval` (or `make eval`)."""
