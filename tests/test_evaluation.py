"""The PolNeAR scorer on a tiny folder in its format, written for the test."""

from __future__ import annotations

from pathlib import Path

from pipeline.evaluation.polnear import evaluate_polnear

TEXT = (
    "Jane Doe, a spokeswoman for the Ministry of Finance, spoke on Monday.\n\n"
    '"The budget is balanced," Ms. Doe said. "Taxes will not rise."\n\n'
    "John Roe said the plan would fail next year.\n"
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _write(folder: Path, contents: list[tuple[str, str, str]]) -> None:
    """One article whose attributions are (source, cue, content) strings of TEXT."""
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    lines = []
    for number, (source, cue, content) in enumerate(contents):
        keys = [f"T{3 * number + k + 1}" for k in range(3)]
        for key, kind, part in zip(
            keys, ("Source", "Cue", "Content"), (source, cue, content), strict=True
        ):
            start, end = _span(TEXT, part)
            lines.append(f"{key}\t{kind} {start} {end}\t{part}")
        lines.append(
            f"E{number + 1}\tAttribution:{keys[1]} Content:{keys[2]} Cue:{keys[1]} Source:{keys[0]}"
        )
    (folder / "attributions" / "a_x1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_run_of_quotes_scores_as_one_attribution(tmp_path):
    _write(
        tmp_path,
        [
            ("Ms. Doe", "said", '"The budget is balanced," Ms. Doe said. "Taxes will not rise."'),
            ("John Roe", "said", "the plan would fail next year"),
        ],
    )
    result = evaluate_polnear(tmp_path)
    assert (result.recall_speech.true_positives_gold, result.recall_speech.gold) == (2, 2)
    assert (result.precision_all.true_positives_predicted, result.precision_all.predicted) == (2, 2)
    assert (result.speaker_right, result.speaker_scored) == (2, 2)


def test_a_run_of_quotes_scores_as_its_parts(tmp_path):
    _write(
        tmp_path,
        [
            ("Ms. Doe", "said", '"The budget is balanced,"'),
            ("Ms. Doe", "said", '"Taxes will not rise."'),
            ("John Roe", "said", "the plan would fail next year"),
        ],
    )
    result = evaluate_polnear(tmp_path)
    assert (result.recall_speech.true_positives_gold, result.recall_speech.gold) == (3, 3)
    assert (result.precision_all.true_positives_predicted, result.precision_all.predicted) == (2, 2)


def test_a_wrong_boundary_is_no_match(tmp_path):
    _write(tmp_path, [("John Roe", "said", "John Roe said the plan would fail next year.")])
    result = evaluate_polnear(tmp_path)
    # 6 of the 9 gold tokens: below the 80% overlap that makes a match
    assert result.recall_speech.true_positives_gold == 0
    assert result.precision_all.true_positives_predicted == 0


def test_an_acronym_source_matches_the_speakers_full_name():
    from pipeline.evaluation.polnear import speaker_matches

    assert speaker_matches("International Monetary Fund", "the IMF")
    assert speaker_matches("Bank of Japan", "BOJ")
    assert not speaker_matches("International Monetary Fund", "the WTO")


def test_a_described_source_matches_a_speaker_with_its_head_noun():
    from pipeline.evaluation.polnear import speaker_matches

    assert speaker_matches("The party", "The party")
    assert speaker_matches("outlets", "Multiple outlets")
    assert speaker_matches("news report", "A news report")
    assert speaker_matches("Republican Party", "the party")
    assert not speaker_matches("The magazine", "The party")
    # a source of determiners only, written as the speaker is ("Some", "The two")
    assert speaker_matches("Some", "Some")
    assert speaker_matches("The two", "The two")
    assert not speaker_matches("Some", "Several")


def test_a_speaker_the_gold_leaves_null_is_right_only_when_left_unresolved():
    from pipeline.evaluation.gold import GoldResult, score_article
    from tests.extraction_helpers import extract

    text = "A spokesman said the plan was dead. Jane Roe, a minister, said it was alive."
    gold = {
        "statements": [
            {"speaker": None, "kind": "indirect", "text": "the plan was dead"},
            {"speaker": None, "kind": "indirect", "text": "it was alive"},
        ]
    }
    result = GoldResult()
    score_article(extract(text), gold, result)
    speaker = result.accuracies["statements: speaker"]
    # "a spokesman" stays unknown: right; Jane Roe is a guess where the gold names no one: wrong
    assert (speaker.right, speaker.scored) == (1, 2)


def test_a_date_matches_with_its_value_when_one_extent_holds_the_other():
    from pipeline.evaluation.gold import GoldResult, score_article
    from tests.extraction_helpers import extract

    text = "Unemployment fell in the fourth quarter of 2020, the agency said on 23 February 2021."
    extraction = extract(text)
    assert ("the fourth quarter of 2020", "2020-10/2020-12") in [
        (d.text, d.value) for d in extraction.dates
    ]
    gold = {
        "dates": [
            {"text": "fourth quarter of 2020", "value": "2020-10/2020-12"},  # without "the"
            {"text": "23 February 2021", "value": "2021-02-24"},  # same words, another day
        ]
    }
    result = GoldResult()
    score_article(extraction, gold, result)
    dates = result.scores["dates"]
    assert (dates.true_positives_gold, dates.gold) == (1, 2)


def test_a_statistic_matches_with_its_value_when_one_extent_holds_the_other():
    from pipeline.evaluation.gold import GoldResult, score_article
    from tests.extraction_helpers import extract

    text = "Inflation stayed above two percent in May, while 300 new jobs were added."
    extraction = extract(text)
    assert ("above two percent", 2.0) in [(s.text, s.value) for s in extraction.statistics]
    gold = {
        "statistics": [
            {"text": "two percent", "value": 2, "unit": "percent"},  # without its comparator
            {"text": "300 new jobs", "value": 30, "unit": "jobs"},  # same words, another value
        ]
    }
    result = GoldResult()
    score_article(extraction, gold, result)
    statistics = result.scores["statistics"]
    assert (statistics.true_positives_gold, statistics.gold) == (1, 2)


def test_a_value_matches_at_the_precision_the_gold_writes_it():
    from pipeline.evaluation.gold import _same_value

    assert _same_value(0.333333, 0.333)  # a third, rounded by the annotator
    assert _same_value(189_000.0, 189_000)
    assert not _same_value(0.34, 0.333)
    assert not _same_value(14_800_000.0, 14_700_000)


def test_the_two_halves_of_polnear_train_part_its_articles(tmp_path):
    from pipeline.evaluation.polnear import train_half

    _write(tmp_path, [("John Roe", "said", "the plan would fail next year")])
    whole = evaluate_polnear(tmp_path)
    half = train_half("a")  # the only article's name
    other = "B" if half == "A" else "A"
    assert evaluate_polnear(tmp_path, half).articles == whole.articles == 1
    assert evaluate_polnear(tmp_path, other).articles == 0
    # a fixed split: the same name, the same half, and both halves hold names
    assert {train_half(f"article-{i}") for i in range(20)} == {"A", "B"}
    assert train_half("a") == half


def test_an_age_is_in_years():
    from pipeline.evaluation.gold import _same_unit
    from tests.extraction_helpers import extract

    (age,) = extract("Milei, a 54-year-old economist, spoke.").statistics
    assert _same_unit(age, "years") and _same_unit(age, "years old")
    assert not _same_unit(age, "months")


def test_a_currency_named_in_full_is_its_code():
    from pipeline.evaluation.gold import _same_unit
    from tests.extraction_helpers import extract

    (usd,) = extract("Revenue rose to US$24.7 million.").statistics
    assert usd.currency == "USD"
    assert _same_unit(usd, "US dollars") and _same_unit(usd, "dollars")
    assert not _same_unit(usd, "Hong Kong dollars") and not _same_unit(usd, "euros")
    # the code says which dollar, the rest of the unit is still compared
    (per_tonne,) = extract("The fee is US$5 per tonne.").statistics
    assert per_tonne.currency == "USD" and not _same_unit(per_tonne, "US dollars")


def test_a_gold_value_with_few_places_is_matched_exactly():
    from pipeline.evaluation.gold import _same_value

    assert not _same_value(0.25, 0.2)  # a quarter is no fifth
    assert not _same_value(2.54, 2.5)


def test_a_gold_role_with_its_transcript_label_matches_the_role_cued_by_that_label():
    from pipeline.evaluation.gold import GoldResult, score_article
    from tests.extraction_helpers import extract

    text = (
        "Press Briefing by Spokesperson Dana Whitfield\n\n"
        "Q: Will the bridge reopen soon?\n\n"
        "MS. WHITFIELD: Next week, once the repairs are finished."
    )
    gold = {
        "statements": [
            {"speaker": "journalist (Q)", "kind": "direct", "text": "Will the bridge reopen soon?"},
            {
                "speaker": "journalist (Question)",
                "kind": "direct",
                "text": "Next week, once the repairs are finished.",
            },
        ]
    }
    result = GoldResult()
    score_article(extract(text), gold, result)
    speaker = result.accuracies["statements: speaker"]
    # the first is the journalist cued "Q:"; the second is no journalist's at all
    assert (speaker.right, speaker.scored) == (1, 2)
