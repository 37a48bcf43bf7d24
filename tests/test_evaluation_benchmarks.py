"""The TimeBank and CQE scorers on tiny files in their formats, written for the test."""

from __future__ import annotations

import json
from datetime import date

from pipeline.evaluation.cqe import evaluate_cqe
from pipeline.evaluation.timebank import Timex, evaluate_timebank, read_timeml
from pipeline.extract.intervals import iso_interval, part_interval

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-10" functionInDocument="CREATION_TIME">20210310</TIMEX3></DCT>
<TEXT>
The mill closed on <TIMEX3 tid="t1" type="DATE" value="2021-03-08">Monday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of losses &amp; debts. It reopens in <TIMEX3 tid="t3" type="DATE" value="2021-Q3">the third quarter</TIMEX3>, officials said <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_text_is_read_without_tags_and_with_each_timex_at_its_offsets(tmp_path):
    path = tmp_path / "a.tml"
    path.write_text(TIMEML, encoding="utf-8")
    text, published, timexes = read_timeml(path)
    assert published == date(2021, 3, 10)
    assert "losses & debts" in text
    assert [(text[t.start : t.end], t.type, t.value) for t in timexes] == [
        ("Monday", "DATE", "2021-03-08"),
        ("three years", "DURATION", "P3Y"),
        ("the third quarter", "DATE", "2021-Q3"),
        ("now", "DATE", "PRESENT_REF"),
    ]


def test_timebank_scores_calendar_dates_by_the_days_they_cover(tmp_path):
    (tmp_path / "tml").mkdir()
    (tmp_path / "tml" / "a.tml").write_text(TIMEML, encoding="utf-8")
    result = evaluate_timebank(tmp_path)
    # "Monday" and "the third quarter" are the two comparable dates; both are found
    assert (result.score.true_positives_gold, result.score.gold) == (2, 2)
    assert result.score.predicted == result.score.true_positives_predicted == 2


def test_timeml_weeks_quarters_and_seasons_are_days():
    assert part_interval("1998-W02") == (date(1998, 1, 5), date(1998, 1, 11))
    assert part_interval("1998-Q1") == (date(1998, 1, 1), date(1998, 3, 31))
    assert part_interval("1999-WI") == (date(1999, 12, 1), date(2000, 2, 29))
    assert part_interval("1998-01-08TNI") == (date(1998, 1, 8), date(1998, 1, 8))
    assert part_interval("PRESENT_REF") is None
    assert iso_interval("2015/2016") == (date(2015, 1, 1), date(2016, 12, 31))
    assert part_interval("2000-W7") == (date(2000, 2, 14), date(2000, 2, 20))  # one digit


def test_a_year_timeml_marks_with_unspecified_parts_is_the_year():
    """ "1968-XX" for "in 1968": the year's days; an unknown quarter or week names none."""
    assert Timex(0, 4, "DATE", "1968-XX", "1968").days == (date(1968, 1, 1), date(1968, 12, 31))
    assert Timex(0, 4, "DATE", "1992-XX-XX", "1992").days == (date(1992, 1, 1), date(1992, 12, 31))
    assert Timex(0, 4, "DATE", "1989-QX", "x").days is None
    assert Timex(0, 4, "DATE", "1989-WXX", "x").days is None


def test_cqe_scores_value_and_unit_with_ranges_as_one_quantity(tmp_path):
    sentences = [
        {
            "text": "The plant cost $5 million and employs 40 workers.",
            "quantities": [
                {"value": "5000000", "normalized_unit": "dollar"},
                {"value": "40", "normalized_unit": "worker"},
            ],
        },
        {
            "text": "Prices rose 6 to 7 percent.",
            "quantities": [{"value": "6-7", "normalized_unit": "percentage"}],
        },
        {
            "text": "The bridge is 300 feet long.",
            "quantities": [{"value": "300", "normalized_unit": "metre"}],
        },
    ]
    (tmp_path / "currency-model.json").write_text(json.dumps(sentences), encoding="utf-8")
    result = evaluate_cqe(tmp_path)
    assert result.sentences == 3
    assert (result.value.true_positives_gold, result.value.gold) == (4, 4)
    # the bridge's feet are not metres: its value is right, its unit wrong
    assert result.value_unit.true_positives_gold == 3


def test_cqe_names_a_currency_by_its_english_name_but_the_us_dollar_by_its_word(tmp_path):
    sentences = [
        {
            "text": "It sold for 40 million Swiss francs and 5 million Dutch guilders.",
            "quantities": [
                {"value": "40000000", "normalized_unit": "swiss franc"},
                {"value": "5000000", "normalized_unit": "dutch guilder"},
            ],
        },
        {
            "text": "It sold for 40 million US dollars.",
            "quantities": [{"value": "40000000", "normalized_unit": "dollar"}],
        },
    ]
    (tmp_path / "currency-model.json").write_text(json.dumps(sentences), encoding="utf-8")
    result = evaluate_cqe(tmp_path)
    assert result.value_unit.true_positives_gold == 3


def test_cqe_spells_metric_units_the_british_way(tmp_path):
    sentences = [
        {
            "text": "The probe is 4 picometers wide and holds 2 liters.",
            "quantities": [
                {"value": "4", "normalized_unit": "picometre"},
                {"value": "2", "normalized_unit": "litre"},
            ],
        },
    ]
    (tmp_path / "dimension-model.json").write_text(json.dumps(sentences), encoding="utf-8")
    assert evaluate_cqe(tmp_path).value_unit.true_positives_gold == 2


def test_a_brat_span_whose_text_holds_a_line_break_is_read_whole(tmp_path):
    """A span's text may run onto a second line, which may start with a T or an E."""
    from pipeline.evaluation.polnear import read_annotations

    annotations = tmp_path / "a.ann"
    annotations.write_text(
        "T1\tSource 0 8\tJane Roe\n"
        "T2\tCue 9 13\tsaid\n"
        "T3\tContent 14 40\tthe plan\n"
        "Then it failed\n"
        "E1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n",
        encoding="utf-8",
    )
    (gold,) = read_annotations(annotations)
    assert gold.content == (14, 40) and gold.source == (0, 8)
    assert (gold.source_text, gold.cue_text) == ("Jane Roe", "said")


UNDERSPECIFIED = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-10" functionInDocument="CREATION_TIME">20210310</TIMEX3></DCT>
<TEXT>
The board met <TIMEX3 tid="t1" type="DATE" value="2020-WXX">last week</TIMEX3> and sold the mill in <TIMEX3 tid="t2" type="DATE" value="2020">2019</TIMEX3>. Talks resumed on <TIMEX3 tid="t3" type="DATE" value="2021-03-08">Monday</TIMEX3> in <TIMEX3 tid="t4" type="DATE" value="2021-Q1">the quarter</TIMEX3> of the strike.
</TEXT>
</TimeML>
"""


def test_timebank_errors_are_counted_by_class(tmp_path):
    (tmp_path / "tml").mkdir()
    (tmp_path / "tml" / "a.tml").write_text(UNDERSPECIFIED, encoding="utf-8")
    result = evaluate_timebank(tmp_path)
    # "last week" is resolved to a week of 2021, not one of the gold's 2020 (both sides
    # counted), "2019" is not the gold's 2020, and "the quarter" here is one no rule finds
    assert result.classes["underspecified"] == 2
    assert result.classes["anchoring"] == 1
    assert result.classes["missed"] == 1
    assert result.score.true_positives_gold == 1  # Monday


def test_a_gold_date_with_an_unknown_week_or_quarter_is_matched_by_a_value_that_fills_it():
    """TimeML's "1998-WXX" (a week the annotator left unnamed) is some week of 1998: the
    week "last week" resolves to fills it; a week of another year, a month or a day does not."""
    week = Timex(0, 9, "DATE", "2021-WXX", "last week")
    assert week.matches((date(2021, 3, 1), date(2021, 3, 7)))  # 2021-W09
    assert not week.matches((date(2020, 3, 2), date(2020, 3, 8)))  # a week of 2020
    assert not week.matches((date(2021, 3, 2), date(2021, 3, 8)))  # Tuesday to Monday
    assert not week.matches((date(2021, 3, 1), date(2021, 3, 31)))  # a month
    quarter = Timex(0, 11, "DATE", "1989-QX", "the quarter")
    assert quarter.matches((date(1989, 7, 1), date(1989, 9, 30)))
    assert not quarter.matches((date(1989, 7, 1), date(1989, 12, 31)))
    assert not quarter.matches(None)
    assert Timex(0, 4, "DATE", "2021-03-08", "Monday").matches((date(2021, 3, 8), date(2021, 3, 8)))


def test_timebank_counts_a_resolved_week_as_the_week_timeml_left_unnamed(tmp_path):
    (tmp_path / "tml").mkdir()
    unnamed = UNDERSPECIFIED.replace('value="2020-WXX"', 'value="2021-WXX"')
    (tmp_path / "tml" / "a.tml").write_text(unnamed, encoding="utf-8")
    result = evaluate_timebank(tmp_path)
    assert result.classes["underspecified"] == 0
    assert result.score.true_positives_gold == 2  # last week, Monday


def test_one_date_over_two_timexes_of_the_same_day_matches_both(tmp_path):
    """ "Thursday, Jan. 6" is one row; TimeML marks the weekday and the day apart, each the
    same day: the row's text overlaps each and its value covers the same days."""
    (tmp_path / "tml").mkdir()
    (tmp_path / "tml" / "a.tml").write_text(
        TIMEML.replace(
            '<TIMEX3 tid="t1" type="DATE" value="2021-03-08">Monday</TIMEX3>',
            '<TIMEX3 tid="t1" type="DATE" value="2021-03-08">Monday</TIMEX3>, '
            '<TIMEX3 tid="t5" type="DATE" value="2021-03-08">March 8</TIMEX3>,',
        ),
        encoding="utf-8",
    )
    result = evaluate_timebank(tmp_path)
    assert (result.score.true_positives_gold, result.score.gold) == (3, 3)
    assert result.score.predicted == result.score.true_positives_predicted == 2
