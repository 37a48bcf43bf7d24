"""Publish validated tables extracted from news articles as a Frictionless data package."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsdata-pipeline")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
