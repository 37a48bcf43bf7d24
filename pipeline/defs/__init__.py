"""Dagster wiring: resources, assets and checks around the plain-Python pipeline.

Nothing here extracts or validates by itself; each module wires functions from
`pipeline.build`, `pipeline.tables` and `pipeline.publish` into Dagster.
"""
