"""An article's language is detected; one not in English is reported and never read as English."""

from __future__ import annotations

import json

from pipeline.build import build_tables
from pipeline.extract.article import extract_article
from pipeline.ingest.language import detect_language
from pipeline.ingest.read import read_article

FRENCH = (
    "PARIS - Le gouvernement français a annoncé mardi un plan de 2 milliards d'euros pour "
    "soutenir les entreprises touchées par la crise énergétique, a déclaré le ministre de "
    "l'économie. La hausse des prix atteint 1,5 % sur un an, selon l'institut national.\n"
)
ENGLISH = (
    "LONDON - The government announced on Tuesday a plan worth 2 billion pounds to support "
    "companies hit by the energy crisis, the finance minister said. Prices rose 1.5 percent.\n"
)


def test_detector_names_the_language_and_stays_silent_when_unsure():
    assert detect_language(FRENCH) == "fr"
    assert detect_language(ENGLISH) == "en"
    assert detect_language("中国政府周一表示，将继续加强国际合作，推动全球治理体系改革。") == "zh"
    assert detect_language("12 34 56") is None


def test_french_article_gets_its_language_and_no_english_reading(tmp_path):
    path = tmp_path / "paris.txt"
    path.write_text(FRENCH, encoding="utf-8")
    article = read_article(path)
    assert article.language == "fr"
    extraction = extract_article(article)
    # never "5 percent" from "1,5 %" nor 2 "d'euros"
    assert extraction.statistics == [] and extraction.dates == [] and extraction.statements == []


def test_a_sidecar_language_wins_over_the_detector(tmp_path):
    path = tmp_path / "london.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "london.meta.json").write_text(json.dumps({"language": "de"}), encoding="utf-8")
    assert read_article(path).language == "de"


def test_build_reports_one_line_per_article_not_in_english(tmp_path):
    (tmp_path / "paris.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "london.txt").write_text(ENGLISH, encoding="utf-8")
    result = build_tables(tmp_path)
    assert result.errors == []
    assert len(result.notes) == 1 and result.notes[0].startswith("paris.txt: language 'fr'")
    documents = result.tables["documents"].set_index("document_id")
    assert documents.loc["paris", "language"] == "fr"
    assert documents.loc["london", "language"] == "en"
    statistics = result.tables["statistics"]
    assert set(statistics["document_id"]) == {"london"}
