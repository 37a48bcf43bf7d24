"""`python -m pipeline.examples DIR`, which the README's examples of each input form run on,
writes every form with every bundled and test article, and never into a folder in use."""

from __future__ import annotations

from pipeline.examples import main, source_articles, write_examples
from pipeline.ingest import discover_inputs


def test_every_example_input_holds_every_article_once_and_nothing_broken(tmp_path):
    stems = {stem for stem, _, _ in source_articles()}
    paths = write_examples(tmp_path)
    assert [path.name for path in paths] == [
        "tree",
        "news.zip",
        "news.tar.gz",
        "news.jsonl",
        "news.csv",
        "crawl.warc.gz",
    ]
    for path in paths:
        inputs = discover_inputs(path)
        records = list(inputs.records)
        assert [record.problem for record in records if record.problem] == [], path.name
        assert inputs.skipped == [], path.name
        ids = [record.document_id for record in records]
        assert len(ids) == len(stems), path.name
        if path.name == "crawl.warc.gz":
            assert {i.removeprefix("example-news.com-2024-06-") for i in ids} == stems
        elif path.name in ("news.jsonl", "news.csv"):
            assert set(ids) == stems
        else:  # from the path in the tree: 2023/01/desk-0/afp_eu_summit.txt
            assert {record.source.split("/")[3][:-4] for record in records} == stems
            assert all(record.source.count("/") == 3 for record in records)
            assert "2023-01-desk-0-000_9965f455ec85e5ac" in ids  # the bundled article


def test_examples_are_written_only_into_a_new_or_empty_folder(tmp_path, capsys):
    (tmp_path / "mine.txt").write_text("not the examples'", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    assert capsys.readouterr().err == (
        f"error: {tmp_path}: not a new or empty folder; nothing written\n"
    )
    assert [path.name for path in tmp_path.iterdir()] == ["mine.txt"]
    assert main([str(tmp_path / "new")]) == 0
    assert "--input " + str(tmp_path / "new" / "news.zip") in capsys.readouterr().out


def test_the_examples_are_the_same_bytes_each_time(tmp_path):
    first = write_examples(tmp_path / "a")
    second = write_examples(tmp_path / "b")
    for one, two in zip(first[1:], second[1:], strict=True):
        if one.name != "crawl.warc.gz":  # warcio gives each record a new id and date
            assert one.read_bytes() == two.read_bytes(), one.name
