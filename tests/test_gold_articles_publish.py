"""Every test article, not only the bundled one, gives tables that pass validation."""

from __future__ import annotations

from pathlib import Path

from pipeline.build import build_tables
from pipeline.publish import validate_tables

GOLD = Path(__file__).parent / "gold"


def test_gold_articles_build_valid_tables():
    result = build_tables(GOLD)
    assert result.errors == []
    articles = [p for p in GOLD.iterdir() if p.suffix in (".txt", ".md", ".html")]
    assert len(result.tables["documents"]) == len(articles) >= 5
    validate_tables(result.tables)  # raises on any failed check
    assert (result.tables["statements"]["cue"].str.len() > 0).all()
