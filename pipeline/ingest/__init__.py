"""Read article files and their sidecars, and clean them into `Article` records."""

from pipeline.ingest.read import SUPPORTED_SUFFIXES, discover_articles, read_article

__all__ = ["SUPPORTED_SUFFIXES", "discover_articles", "read_article"]
