"""Scoring real articles whose texts are not committed: gold as offsets, texts found or listed."""

from __future__ import annotations

import hashlib
import json

from pipeline.evaluation.realworld import evaluate_realworld, expected_from_offsets
from pipeline.evaluation.report import _heading, _real_lines, heldout_dirs

TEXT = (
    "Port board approves terminal\n\n"
    'The Northbay Port Authority approved a terminal on Tuesday. "It will open in 2026," said '
    "Marta Ilves, chair of the Northbay Port Authority. It will cost about 40 million dollars.\n"
)


def gold_for(text: str) -> dict:
    quote = "It will open in 2026,"
    start = text.index(quote)
    money = text.index("about 40 million dollars")
    return {
        "url": "https://example.org/port",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "published": "2024-05-02",
        "people": [
            {"name": "Marta Ilves", "titles": ["chair"], "affiliation": "Northbay Port Authority"}
        ],
        "institutions": [{"name": "Northbay Port Authority", "kind": "government agency"}],
        "laws": [],
        "statements": [
            {
                "speaker": "Marta Ilves",
                "kind": "direct",
                "cue": "said",
                "start": start,
                "end": start + len(quote) - 1,
            }
        ],
        "statistics": [
            {"value": 40e6, "comparator": "~", "unit": "dollars", "start": money, "end": money + 24}
        ],
        "dates": [],
    }


def test_spans_are_read_from_the_text_by_their_offsets():
    expected = expected_from_offsets(gold_for(TEXT), TEXT)
    assert expected["statements"][0]["text"] == "It will open in 2026"
    assert expected["statistics"][0]["text"] == "about 40 million dollars"


def test_present_texts_are_scored_and_missing_or_changed_ones_listed(tmp_path):
    (tmp_path / "texts").mkdir()
    for slug in ("present", "missing", "changed"):
        (tmp_path / f"{slug}.gold.json").write_text(json.dumps(gold_for(TEXT)), "utf-8")
    (tmp_path / "texts" / "present.txt").write_text(TEXT, "utf-8")
    (tmp_path / "texts" / "changed.txt").write_text(TEXT + "An edit.\n", "utf-8")
    result = evaluate_realworld(tmp_path)
    assert result.gold.articles == ["present"]
    assert result.missing == ["missing"]
    assert result.changed == ["changed"]
    statements = result.gold.scores["statements"]
    assert (statements.gold, statements.recall) == (1, 1.0)
    assert result.gold.accuracies["statements: speaker"].value == 1.0


def test_each_held_out_set_is_scored_apart_under_the_title_its_readme_gives(tmp_path):
    tests = tmp_path / "tests"
    for folder in ("realworld", "heldout2", "heldout", "gold"):
        (tests / folder / "texts").mkdir(parents=True)
    (tests / "heldout-notes.md").write_text("not a set\n", "utf-8")
    (tests / "heldout" / "README.md").write_text("# Annotated blind in May\n\nMore.\n", "utf-8")
    (tests / "heldout" / "port.gold.json").write_text(json.dumps(gold_for(TEXT)), "utf-8")
    (tests / "heldout" / "texts" / "port.txt").write_text(TEXT, "utf-8")

    folders = heldout_dirs(tests)
    assert [folder.name for folder in folders] == ["heldout", "heldout2"]
    assert _heading(folders[0]) == "Annotated blind in May"
    assert _heading(folders[1]) == "Real news articles annotated by hand (heldout2)"  # no README

    measured: list[dict] = []
    lines = _real_lines(folders[0], "Annotated blind in May", "real-news-heldout", "t", measured)
    assert lines[0] == f"Annotated blind in May: 1 scored in {folders[0]}"
    assert [entry["name"] for entry in measured] == ["real-news-heldout"]
    assert measured[0]["tables"]["statements"]["f1"] == 1.0
    # A set whose texts are absent (a fresh clone) adds no entry: its last one is kept.
    lines = _real_lines(folders[1], "Second", "real-news-heldout2", "t", measured)
    assert lines[0].startswith("Second: 0 scored in") and len(measured) == 1
