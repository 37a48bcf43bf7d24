"""Read the input, whatever its form, as records; read, decode and clean each into an `Article`."""

from pipeline.ingest.discover import Inputs, discover_articles, discover_inputs
from pipeline.ingest.read import SUPPORTED_SUFFIXES, read_article, read_record
from pipeline.ingest.record import InputRecord

__all__ = [
    "SUPPORTED_SUFFIXES",
    "InputRecord",
    "Inputs",
    "discover_articles",
    "discover_inputs",
    "read_article",
    "read_record",
]
