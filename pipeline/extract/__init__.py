"""Extraction: plain functions from an `Article` to the records of every table. No Dagster here."""
