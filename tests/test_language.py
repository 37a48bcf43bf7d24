"""An article's language is detected; one not in English is reported and never read as English."""

from __future__ import annotations

import json

import dagster as dg
import pytest

from pipeline.build import build_tables
from pipeline.defs.assets import ARTICLES
from pipeline.defs.definitions import build_definitions
from pipeline.defs.resources import ArticleFolder
from pipeline.defs.shards import ONE_PARTITION, SIXTEEN_SHARDS, shard_of_document
from pipeline.examples import news_page, write_csv, write_jsonl, write_tar_gz, write_warc, write_zip
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


@pytest.mark.parametrize("form", ["tree", "news.zip", "news.tar.gz", "news.jsonl", "news.csv"])
def test_an_article_not_in_english_is_one_note_in_every_form_of_input(tmp_path, form):
    members = {"2024/06/paris.txt": FRENCH.encode(), "2024/06/london.txt": ENGLISH.encode()}
    if form == "tree":
        for name, data in members.items():
            (tmp_path / "tree" / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / "tree" / name).write_bytes(data)
        source, expected = tmp_path / "tree", "2024/06/paris.txt"
    elif form == "news.zip":
        source, expected = write_zip(tmp_path / form, members), "2024/06/paris.txt"
    elif form == "news.tar.gz":
        source, expected = write_tar_gz(tmp_path / form, members), "2024/06/paris.txt"
    elif form == "news.jsonl":
        rows = [{"id": "paris", "text": FRENCH}, {"id": "london", "text": ENGLISH}]
        source, expected = write_jsonl(tmp_path / form, rows), "news.jsonl#paris"
    else:
        rows = [["paris", FRENCH], ["london", ENGLISH]]
        source, expected = write_csv(tmp_path / form, ["id", "text"], rows), "news.csv#paris"
    result = build_tables(source)
    assert result.errors == []
    (note,) = result.notes  # named by its `source`: a member's path in an archive
    assert note.startswith(expected) and ": language 'fr', not English" in note, note
    documents = result.tables["documents"]
    assert sorted(documents["language"]) == ["en", "fr"]
    french = documents.loc[documents["language"] == "fr", "document_id"].item()
    assert french not in set(result.tables["statistics"]["document_id"])


def test_a_record_language_field_wins_over_the_detector(tmp_path):
    rows = [{"id": "london", "text": ENGLISH, "language": "de"}]
    result = build_tables(write_jsonl(tmp_path / "news.jsonl", rows))
    assert result.tables["documents"]["language"].tolist() == ["de"]
    assert len(result.notes) == 1 and "language 'de'" in result.notes[0]


def test_a_page_of_a_crawl_not_in_english_is_one_note(tmp_path):
    pages = [
        ("https://www.example-news.com/fr/plan", news_page(FRENCH * 3).encode(), "text/html"),
        ("https://www.example-news.com/en/plan", news_page(ENGLISH * 3).encode(), "text/html"),
    ]
    result = build_tables(write_warc(tmp_path / "crawl.warc.gz", pages))
    assert result.errors == []
    (note,) = result.notes
    assert note.startswith("https://www.example-news.com/fr/plan: language 'fr'"), note


@pytest.mark.parametrize("shards", [ONE_PARTITION, SIXTEEN_SHARDS])
def test_a_dagster_shard_logs_the_note_of_an_article_not_in_english(tmp_path, shards):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "paris.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "in" / "london.txt").write_text(ENGLISH, encoding="utf-8")
    folder = ArticleFolder(input_dir=str(tmp_path / "in"), out_dir=str(tmp_path / "out"))
    definitions = build_definitions(folder, shards=shards)
    job = definitions.resolve_implicit_global_asset_job_def()
    shard = shards.of("paris.txt") if shards.single else shard_of_document("paris")
    with dg.DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(
            instance=instance, partition_key=shard, asset_selection=[dg.AssetKey(ARTICLES)]
        )
        messages = [log.user_message for log in instance.all_logs(result.run_id)]
    assert result.success
    notes = [m for m in messages if m.startswith("paris.txt: language 'fr', not English")]
    assert len(notes) == 1
