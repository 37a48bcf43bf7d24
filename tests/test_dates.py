"""Dates: absolute and relative, normalized to ISO 8601 at their precision."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.dates import find_dates, parse_absolute_date

PUBLISHED = date(2022, 11, 8)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value", "granularity", "relative"),
    [
        ("It was signed on November 8, 2022.", "2022-11-08", "day", False),
        ("It was signed on 8 November 2022.", "2022-11-08", "day", False),
        ("It was signed on Nov. 8, 2022.", "2022-11-08", "day", False),
        ("It was signed on 2022-11-08.", "2022-11-08", "day", False),
        ("It was proposed in December 2015.", "2015-12", "month", False),
        ("Output fell in the third quarter of 2019.", "2019-07/2019-09", "period", False),
        ("Output fell in Q3 2019.", "2019-07/2019-09", "period", False),
        ("Output fell in the first half of 2020.", "2020-01/2020-06", "period", False),
        ("It has grown since 2015.", "2015", "year", False),
        ("China pledged on Monday to act.", "2022-11-07", "day", True),
        ("The talks will resume on Friday.", "2022-11-11", "day", True),
        ("Officials met yesterday.", "2022-11-07", "day", True),
        ("Sales rose last year.", "2021", "year", True),
        ("Sales rose last month.", "2022-10", "month", True),
        ("It opened on Oct. 20.", "2022-10-20", "day", True),
        ("Prices rose in September.", "2022-09", "month", True),
        ("Prices will be reviewed in June.", "2023-06", "month", True),
    ],
)
def test_dates_resolved_from_the_publication_date(text, value, granularity, relative):
    (found,) = find_dates(text, PUBLISHED)
    assert (found.value, found.granularity, found.relative) == (value, granularity, relative)
    assert text[found.char_start : found.char_end] == found.text


def test_relative_dates_need_a_publication_date():
    assert find_dates("They met on Monday.", None) == []


def test_absolute_date_parser_reads_common_layouts():
    for value in (
        "Nov 8, 2022 10:21",
        "2022-11-08T10:21:00Z",
        "8 November 2022",
        "November 8, 2022",
    ):
        assert parse_absolute_date(value) == date(2022, 11, 8)
    assert parse_absolute_date("no date here") is None


def test_patterns_tried_only_before_their_anchors_find_what_finditer_finds():
    """Every word the anchored patterns may start with, in several cases and spacings."""
    from pipeline.extract.dates import PATTERNS, _matches
    from pipeline.extract.scan import lowercase_for_search

    leads = [
        "In",
        "in",
        "Since",
        "since",
        "Until",
        "until",
        "By",
        "by",
        "From",
        "from",
        "Last",
        "last",
        "Next",
        "next",
        "This",
        "this",
        "Early",
        "early",
        "Late",
        "late",
        "Mid-",
        "mid-",
        "End-of",
        "end-of",
        "till",
        "before",
        "after",
        "during",
        "of",
        "to",
        "and",
        "between",
        "Between",
        "end",
        "mid",
        "year",
        "on",
        "past",
        "coming",
        "PAST",
        "Coming",
    ]
    anchors = "January May December Monday Sunday year month YEAR 2015 1999 21 2016-05-03 12th"
    parts = [
        f"{lead.replace('-of', ' of')}{sep}{anchor}"
        for lead in leads
        for sep in ("", " ", "  ", "\n")
        for anchor in anchors.split()
    ]
    text = " ".join(parts) + " xIn 2015 in_2015 last_year"
    lowered = lowercase_for_search(text)
    for kind, pattern in PATTERNS:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [
            (m.span(), m.groupdict()) for m in _matches(kind, pattern, text, lowered)
        ] == expected


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # no tense: the nearer weekday; a Tuesday story's "on Thursday" is two days ahead
        ("The leaders meet in Brussels on Thursday.", PUBLISHED, "2022-11-10"),
        ("Prices were published last week.", PUBLISHED, "2022-10-31/2022-11-06"),
        ("This will go to December at the earliest.", PUBLISHED, "2022-12"),
        # a month and day without a year: the one nearest the publication, or the tense's side
        ("The committee will next meet on February 7.", date(2024, 12, 6), "2025-02-07"),
        (
            "The cut will be carried out in two steps, effective December 14.",
            date(2024, 12, 6),
            "2024-12-14",
        ),
        ("The campaign starts in the second quarter.", date(2024, 3, 14), "2024-04/2024-06"),
        ("Profits fell in the fourth quarter.", date(2024, 3, 14), "2023-10/2023-12"),
        # a present tense before the date governs it, not "said" after it
        (
            "It reopens in the third quarter, officials said.",
            date(2021, 3, 10),
            "2021-07/2021-09",
        ),
    ],
)
def test_relative_dates_resolved_by_tense_or_nearness(text, published, value):
    assert [d.value for d in find_dates(text, published)] == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The minutes of the bank's December meeting came out.", date(2024, 1, 3), "2023-12"),
        ("The first cut may come as soon as March.", date(2024, 1, 3), "2024-03"),
        ("Exports rose for 14 months through January.", date(2025, 2, 20), "2025-01"),
        ("The ministers agreed to hold talks in March.", date(2025, 2, 20), "2025-03"),
    ],
)
def test_months_after_more_words_and_agreed_to(text, published, value):
    assert [d.value for d in find_dates(text, published)] == [value]


def test_a_relative_date_past_what_the_tables_hold_is_dropped_not_the_article():
    # "Next year" of an article dated on the last day the tables hold is a year they cannot.
    text = "Next year the agency will hire 200 inspectors. It hired 50 in 2020, the minister said."
    found = find_dates(text, date(2261, 12, 31))
    assert [d.value for d in found] == ["2020"]
