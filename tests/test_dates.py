"""Dates: absolute and relative, normalized to ISO 8601 at their precision."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.dates import find_dates, parse_absolute_date
from tests.extraction_helpers import extract

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
        ("Output fell in Q3 in 2019.", "2019-07/2019-09", "period", False),
        ("Output fell in the last quarter of 2019.", "2019-10/2019-12", "period", False),
        ("Output fell in the final quarter of 2019.", "2019-10/2019-12", "period", False),
        ("Output fell in the last quarter of last year.", "2021-10/2021-12", "period", True),
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
        "late-",
        "Early-",
        "middle-of",
        "beginning-of",
        "start-of",
        "days-of",
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
    anchors = {}  # where each anchor matches, shared by the kinds as `_scan_patterns` shares it
    for kind, pattern in PATTERNS:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [
            (m.span(), m.groupdict()) for m in _matches(kind, pattern, text, lowered, anchors)
        ] == expected


def test_patterns_that_start_with_a_month_or_year_find_what_finditer_finds():
    """Tried only where `_month` or a year matches: every way of writing a month, ranges,
    years alone and in ISO dates, in words and inside them ("Marching", "x2019")."""
    from pipeline.extract.dates import PATTERNS, _matches
    from pipeline.extract.scan import lowercase_for_search

    text = (
        "Sept. 5, 2021; SEPT 2020, Jan. 3 and JAN 2021. June 4-6, January-March 2020, March of "
        "last year, Dec 2020-12-01; May 1999 (May's), Marching on 12 Aug. 2019 to Aug 14th, "
        "x2019, 1850s, 2019-2020, Sep 31 2099, JUNE 5 - JULY 6, OCTOBER, Nov.12 2016-05-03"
    )
    lowered = lowercase_for_search(text)
    anchors = {}
    for kind, pattern in PATTERNS:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [
            (m.span(), m.groupdict()) for m in _matches(kind, pattern, text, lowered, anchors)
        ] == expected


def test_quarters_and_halves_tried_only_before_their_words_find_what_finditer_finds():
    """The case-insensitive quarter and half patterns, tried only a few characters before
    "quarter" or "half", after every lead-in they allow, in several cases; the
    case-sensitive ones ("Q1 2020", "H2") are scanned as they are."""
    from pipeline.extract.dates import PATTERNS, _matches
    from pipeline.extract.scan import lowercase_for_search

    leads = [
        "",
        "the ",
        "THE ",
        "2019 ",
        "last year's ",
        "This Year’s ",
        "year-ago ",
        "Year-Earlier ",
    ]
    ordinals = ["first", "Second", "THIRD", "fourth", "1st", "2nd", "3RD", "4th", "last"]
    words = ["quarter", "Quarter", "QUARTER", "half", "Half"]
    parts = [
        f"{lead}{ordinal}{sep}{word}"
        for lead in leads
        for ordinal in ordinals
        for sep in (" ", "-", "  ")
        for word in words
    ]
    text = ", ".join(parts) + (
        " Q1 2020, H2 2019, thefirst quarter, first quarterly, 2nd halves, Quarter 3, Quarter 2"
        " of 2020, the final quarter, The Last Quarter of 2021, the last quarter of last year,"
        " the last quarter, Q2 in 2017"
    )
    lowered = lowercase_for_search(text)
    kinds = [(kind, pattern) for kind, pattern in PATTERNS if kind in ("quarter", "half")]
    assert len(kinds) == 5
    for kind, pattern in kinds:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert expected
        assert [
            (m.span(), m.groupdict()) for m in _matches(kind, pattern, text, lowered)
        ] == expected


def test_dotted_dates_tried_only_before_their_periods_find_what_finditer_finds():
    """Day first with one or two digits, versions, sections and longer runs of numbers."""
    from pipeline.extract.dates import PATTERNS, _matches
    from pipeline.extract.scan import lowercase_for_search

    text = (
        "5.7.23, 30.06.2023, 1.12.1999 and 01.1.20; v5.7.23, version 5.7.23, Section 1.2.33, "
        "5.7.23.1, 5.7.2023x, 12.12.12.12, 3.4.5, (9.10.21) 123.4.56"
    )
    lowered = lowercase_for_search(text)
    pattern = dict(PATTERNS)["dotted_date"]
    expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert len(expected) >= 4
    assert [
        (m.span(), m.groupdict()) for m in _matches("dotted_date", pattern, text, lowered)
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


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # "since" names what began before publication, whatever verb governs the clause
        ("They were allowed to inspect the site since Feb. 9.", date(2031, 3, 6), ["2031-02-09"]),
        ("Talks have stalled since October.", date(2031, 3, 6), ["2030-10"]),
        # "over the past year": a stretch of time, not the calendar year before
        ("Prices rose over the past year.", date(2031, 3, 6), []),
        ("Rents will climb in the next month.", date(2031, 3, 6), []),
        ("Prices rose last year.", date(2031, 3, 6), ["2030"]),
        # "N weeks ago" is the week that day falls in
        ("The deal was signed three weeks ago.", date(2031, 3, 5), ["2031-02-10/2031-02-16"]),
        # "this summer" is the summer of the year of publication, whatever the tense
        ("Marchers vowed to return this summer.", date(2031, 3, 20), ["2031-06/2031-08"]),
        ("It snowed a lot this winter.", date(2031, 2, 2), ["2030-12/2031-02"]),
        # "the following year", "a year later": a year after the date before them
        (
            "The mine opened in 2011 and closed the following year.",
            date(2031, 3, 5),
            ["2011", "2012"],
        ),
        (
            "Output fell in March 2019; a year later it rose.",
            date(2031, 3, 5),
            ["2019-03", "2020-03"],
        ),
    ],
)
def test_since_durations_weeks_seasons_and_years_after(text, published, values):
    assert [d.value for d in find_dates(text, published)] == values


def test_without_a_publication_date_relative_dates_read_from_the_latest_full_date():
    text = (
        "The court heard the case at length.\n"
        * 30
        + "The judge set aside the orders of 12th of March 2031. She extended them on "
        "Monday, March 17, and will rule this year."
    )
    assert [(d.text, d.value) for d in find_dates(text, None)] == [
        ("12th of March 2031", "2031-03-12"),
        ("Monday, March 17", "2031-03-17"),
        ("this year", "2031"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        (
            "Exports in the first 10 days of May rose.",
            date(2031, 5, 11),
            [("the first 10 days of May", "2031-05-01/2031-05-10")],
        ),
        (
            "Rents rose 3% in the 12 months to March 2031.",
            date(2031, 4, 20),
            [("the 12 months to March 2031", "2030-04/2031-03")],
        ),
        (
            "Output for three months through June is due.",
            date(2031, 8, 1),
            [("three months through June", "2031-04/2031-06")],
        ),
        # a streak that ends in a month is not a period of the month before it
        ("Exports rose for 14 months through June.", date(2031, 8, 1), [("June", "2031-06")]),
        # "the" belongs to "the ... period"
        (
            "Exports in the May 1-20 period rose.",
            date(2031, 5, 21),
            [("the May 1-20 period", "2031-05-01/2031-05-20")],
        ),
        (
            "Growth slowed in the April-June period of 2030.",
            date(2031, 5, 21),
            [("the April-June period of 2030", "2030-04/2030-06")],
        ),
    ],
)
def test_months_with_the_words_that_make_them_a_period(text, published, found):
    assert [(d.text, d.value) for d in find_dates(text, published)] == found


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        # an irregular participle after "be" is no past tense: "would" governs
        ("He said a summit would be held on June 24.", date(2031, 2, 10), ["2031-06-24"]),
        # the point of a price does not end the clause: "has climbed" governs
        (
            "The stock has climbed steadily, to $42.875 a share from $29.75 in March.",
            date(2031, 10, 30),
            ["2031-03"],
        ),
        # "is to" is what is planned
        ("The stock is to resume trading on Tuesday.", date(2031, 10, 31), ["2031-11-04"]),
        # "payable" looks ahead, whatever verb came before
        ("It declared a dividend payable Dec. 1.", date(2031, 10, 27), ["2031-12-01"]),
        # "the week of" a day is that week
        ("Talks are set for the week of March 6.", date(2031, 2, 20), ["2031-03-03/2031-03-09"]),
    ],
)
def test_tense_cues_and_weeks_of_a_day(text, published, values):
    assert [d.value for d in find_dates(text, published)] == values


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        # "each Thursday" recurs: no date
        ("A third flight leaves each Thursday.", date(2031, 2, 13), []),
        # "the latest period" of an earnings report is the last quarter over
        (
            "Net income fell in the latest period.",
            date(2031, 10, 27),
            [("the latest period", "2031-07/2031-09")],
        ),
        # "the quarter" is the quarter named before, however far back, else the last one over
        (
            "Profit in the second quarter rose. "
            + "Sales grew. " * 60
            + "In the quarter, costs fell.",
            date(2031, 10, 27),
            [("the second quarter", "2031-04/2031-06"), ("the quarter", "2031-04/2031-06")],
        ),
        ("Costs fell in the quarter.", date(2031, 10, 27), [("the quarter", "2031-07/2031-09")]),
        ("He reached the quarter-final.", date(2031, 10, 27), []),
        # "the year-earlier quarter" is a year before the quarter named
        (
            "Third-quarter profit rose from the year-earlier quarter.",
            date(2031, 10, 27),
            [("Third-quarter", "2031-07/2031-09"), ("the year-earlier quarter", "2030-07/2030-09")],
        ),
    ],
)
def test_sets_and_quarters_of_earnings_reports(text, published, found):
    assert [(d.text, d.value) for d in find_dates(text, published)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Results are due in mid-November.",
        "Talks resume in the middle of November.",
        "Work starts at the beginning of November.",
        "Late-November sales rose.",
    ],
)
def test_months_after_mid_late_and_the_middle_of(text):
    assert [d.value for d in find_dates(text, date(2031, 10, 20))] == ["2031-11"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It began in nineteen ninety-six, the anchor said.", "1996"),
        ("Prices last fell in nineteen seventy nine.", "1979"),
        ("By the year two thousand, the plant will close.", "2000"),
        ("The law dates from twenty eleven.", "2011"),
    ],
)
def test_years_said_in_words_in_a_broadcast_transcript(text, value):
    assert [d.value for d in find_dates(text, date(2031, 10, 20))] == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Stores opened early on Thanksgiving Day.", date(2031, 12, 2), "2031-11-27"),
        ("Sales fell last Thanksgiving.", date(2032, 3, 1), "2031-11-27"),
        ("Markets will close on Christmas Day.", date(2031, 12, 1), "2031-12-25"),
        ("Fireworks lit up the sky on New Year's Eve.", date(2031, 1, 2), "2030-12-31"),
    ],
)
def test_holidays_on_their_day(text, published, value):
    assert [d.value for d in find_dates(text, published)] == [value]


def test_a_relative_period_in_title_case_is_a_title():
    assert [
        d.value for d in find_dates('He told ABC\'s "This Week" program.', date(2031, 3, 5))
    ] == []
    assert [d.value for d in find_dates("THIS WEEK the talks resume.", date(2031, 3, 5))] == [
        "2031-03-03/2031-03-09"
    ]


def test_a_year_before_a_verb_in_s_is_a_year():
    assert [
        d.value for d in find_dates("2029 was a record year for exports.", date(2031, 3, 5))
    ] == ["2029"]
    assert [d.value for d in find_dates("About 2029 tonnes were sold.", date(2031, 3, 5))] == []


def test_a_date_written_with_dots_is_day_month_year():
    (found,) = find_dates("The court extended the orders until 4.8.23 for a hearing.", PUBLISHED)
    assert (found.text, found.value) == ("4.8.23", "2023-08-04")
    (found,) = find_dates("The deal was signed on 17.03.2021 in Accra.", PUBLISHED)
    assert found.value == "2021-03-17"
    # version and section numbers are no dates
    assert find_dates("Version 4.8.23 ships today.", PUBLISHED)[0].text == "today"
    assert find_dates("See section 4.2.12 of the code.", PUBLISHED) == []
    assert find_dates("The server at 10.1.12.4 failed.", PUBLISHED) == []


def test_a_quarter_as_an_adjective_leaves_the_article_to_its_noun():
    (found,) = find_dates("Net profit rose in the second-quarter results.", PUBLISHED)
    assert (found.text, found.value) == ("second-quarter", "2022-04/2022-06")
    (found,) = find_dates("Sales rose in the second-quarter, it said.", PUBLISHED)
    assert found.text == "the second-quarter"


def test_a_transcript_titled_with_its_date_speaks_from_that_day():
    text = "Spokesperson's Regular Press Conference on July 14, 2022\n\nAs I said yesterday, talks go on."
    found = find_dates(text, date(2022, 7, 15))
    assert [(d.text, d.value) for d in found] == [
        ("July 14, 2022", "2022-07-14"),
        ("yesterday", "2022-07-13"),
    ]
    # a date inside a line is what the story tells, not the day it speaks from
    text = "The ruling of July 14, 2022 stands.\n\nAs the court said yesterday, talks go on."
    assert find_dates(text, date(2022, 7, 15))[1].value == "2022-07-14"


def test_a_month_for_figures_or_before_its_noun_is_that_month():
    (found,) = find_dates("The job figures for January beat forecasts.", date(2022, 2, 8))
    assert (found.text, found.value) == ("January", "2022-01")
    (found,) = find_dates("Under a June agreement the unit was sold.", PUBLISHED)
    assert (found.text, found.value) == ("June", "2022-06")
    # "May" after "the" is a name; "the March of Dimes" is one too
    assert find_dates("The May government fell.", PUBLISHED) == []
    assert find_dates("The March of Dimes met.", PUBLISHED) == []


def test_a_day_people_are_planning_to_act_on_is_ahead():
    text = "Protesters were planning to march to the airport on Monday."
    (found,) = find_dates(text, date(2024, 1, 5))  # a Friday
    assert found.value == "2024-01-08"


def test_a_participle_after_a_determiner_and_still_is_no_past_tense():
    text = "The dividend will be paid on a still unspecified date in January."
    (found,) = find_dates(text, date(2023, 10, 26))
    assert found.value == "2024-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senior officials will meet on July 20 and 21, the ministry said.",
            [("July 20", "2022-07-20"), ("21", "2022-07-21")],
        ),
        (
            "Talks were held on 3rd and 4th December.",
            [("3rd", "2021-12-03"), ("4th December", "2021-12-04")],
        ),
        ("Rain is forecast between 2 and 3 July.", [("2 and 3 July", "2022-07-02/2022-07-03")]),
        # a count or a figure after the number is no day
        ("On July 20 and 21 people were hurt.", [("July 20", "2022-07-20")]),
        ("Rates were cut on June 3 and 4.5% was the new rate.", [("June 3", "2022-06-03")]),
    ],
)
def test_a_day_number_coordinated_with_a_date_is_a_day_of_its_month(text, expected):
    found = find_dates(text, date(2022, 7, 18))
    assert [(d.text, d.value) for d in found] == expected
    assert all(text[d.char_start : d.char_end] == d.text for d in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were widespread January sales.", [("January", "2021-01")]),
        ("Record December exports lifted the yen.", [("December", "2020-12")]),
        ("A June agreement was signed.", [("June", "2020-06")]),
        # a recurring month is no date; a month in a name is none either
        ("Orangemen march each July through the town.", []),
        ("Protesters joined the annual March for Life.", []),
        ("He met April Ryan.", []),
    ],
)
def test_a_month_before_its_noun_is_a_date(text, expected):
    found = find_dates(text, date(2021, 2, 17))
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sun returned to profit after its first quarterly loss as a public firm.",
        "Most auctions are held in the second and fourth quarters.",
        "The race passed the first halfway mark.",
    ],
)
def test_quarterly_quarters_and_halfway_are_no_period(text):
    assert find_dates(text, date(1989, 10, 26)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He fled to Florida in June 1998 and returned to Cuba later that year.",
            [("June 1998", "1998-06", False), ("later that year", "1998", False)],
        ),
        (
            "Imports totaled $37 million in 1988, a small share of all imports that year.",
            [("1988", "1988", False), ("that year", "1988", False)],
        ),
        (
            "The dam broke on May 3. Later that month, the river flooded the town.",
            [("May 3", "1999-05-03", True), ("Later that month", "1999-05", True)],
        ),
        # nothing named before: no date ("that" points nowhere)
        ("That year was a good one for the firm.", []),
    ],
)
def test_that_year_is_the_year_of_the_date_named_before(text, expected):
    found = find_dates(text, date(2000, 1, 28))
    assert [(d.text, d.value, d.relative) for d in found] == expected


def test_the_first_days_of_the_month_are_those_of_the_month_named_before():
    text = (
        "Exports fell 14.6 percent in the first 20 days of January. In the first 20 days of"
        " the month, imports fell 9.5 percent."
    )
    found = find_dates(text, date(2019, 1, 21))
    assert [(d.text, d.value) for d in found] == [
        ("the first 20 days of January", "2019-01-01/2019-01-20"),
        ("the first 20 days of the month", "2019-01-01/2019-01-20"),
    ]
    assert find_dates("She was named employee of the month.", date(2019, 1, 21)) == []


def test_a_year_ago_never_counts_back_from_a_period_not_yet_over():
    text = (
        "The firm reaffirmed its forecast for the rest of this year and 2020. It earned 36 cents"
        " a share, compared with 28 cents a year ago."
    )
    found = find_dates(text, date(2019, 5, 9))
    assert [(d.text, d.value) for d in found][-1] == ("a year ago", "2018")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January nineteen ninety-seven. A bomb at a clinic.", ("1997-01", "month")),
        (
            "Oil fell to the level we saw in the winter of nineteen ninety-four.",
            ("1994-12/1995-02", "period"),
        ),
        ("The games were held in nineteen ninety-six.", ("1996", "year")),
    ],
)
def test_a_month_or_season_said_before_a_spoken_year_is_of_that_year(text, expected):
    (found,) = find_dates(text, date(1998, 2, 27))
    assert (found.value, found.granularity) == expected
    assert text[found.char_start : found.char_end] == found.text


def test_the_following_year_is_the_calendar_year_after_the_date_just_named():
    text = (
        "In 1984 he flew to space. On May 22, 1995, he was made a brigadier general, and the"
        " following year he was appointed attache."
    )
    found = find_dates(text, date(1998, 4, 18))
    assert [(d.text, d.value, d.granularity) for d in found][-1] == (
        "the following year",
        "1996",
        "year",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a newspaper's edition: the nearer day, tomorrow's paper as often as yesterday's
        ("He said in comments in Friday's Sueddeutsche Zeitung daily, stressing it.", "2012-05-11"),
        ("The minister told Sunday's Observer.", "2012-05-13"),
        # an event named with a possessive weekday is past
        ("He criticised Tuesday's Senate vote.", "2012-05-08"),
        ("He spoke after Friday's Champions League final.", "2012-05-04"),
    ],
)
def test_a_possessive_weekday_before_a_newspaper_is_its_nearer_edition(text, value):
    assert [d.value for d in find_dates(text, date(2012, 5, 10))] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales for the full year were $6.6 billion.", [("the full year", "1989")]),
        ("Herbicide use was delayed earlier in the year by rains.", [("the year", "1989")]),
        # a fiscal year ended on a day, a year named by a clause, a stretch of time: no year
        ("For the year ended Sept. 30, it earned $422 million.", [("Sept. 30", "1989-09-30")]),
        ("He returned in 2008, the year he began teaching.", [("2008", "2008")]),
        ("Crime fell in the year since the attack.", []),
        ("Stores braced for the year-end rush.", []),
    ],
)
def test_the_year_of_a_report_is_the_year_of_publication(text, expected):
    found = find_dates(text, date(1989, 11, 2))
    assert [(d.text, d.value) for d in found] == expected


def test_the_period_of_an_abbreviated_month_ends_no_clause():
    # "bought" governs "Thursday" across "Sept.": the Thursday before a Monday story
    text = "It holds 254,200 shares bought from Sept. 14 to Thursday for $15.50 each."
    (found,) = find_dates(text, date(1989, 10, 30))
    assert (found.text, found.value) == ("Sept. 14 to Thursday", "1989-09-14/1989-10-26")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bill passed on March 3, 1989. The following month the Senate voted.",
            ("The following month", "1989-04", "month"),
        ),
        (
            "Profit fell in the second quarter of 1988. In that quarter sales rose.",
            ("that quarter", "1988-04/1988-06", "period"),
        ),
    ],
)
def test_the_following_month_and_that_quarter_are_read_from_the_date_before(text, expected):
    found = find_dates(text, date(1989, 10, 30))
    assert (found[-1].text, found[-1].value, found[-1].granularity) == expected


def test_the_same_period_last_year_is_the_period_within_a_year_named_before():
    text = (
        "First-quarter output rose 6.8 percent and should help growth through the rest of this"
        " year. Services grew faster than during the same period last year."
    )
    found = find_dates(text, date(2018, 4, 17))
    assert (found[-1].text, found[-1].value) == ("the same period last year", "2017-01/2017-03")


def test_the_quarter_after_the_quarter_ended_a_day_is_that_fiscal_quarter():
    text = (
        "It posted a profit of $23 million in the quarter ended May 31. Revenue from services"
        " grew in the quarter."
    )
    found = find_dates(text, date(2014, 6, 19))
    # "the quarter ended May 31" gives no row of its own (the day is the date written)
    assert [(d.text, d.value) for d in found] == [
        ("May 31", "2014-05-31"),
        ("the quarter", "2014-03/2014-05"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a baseline is of the period the story reports, not of another baseline
        (
            "It expects earnings of $4 a share this year, up from last year's $3.27. Nine-month"
            " losses compare with earnings a year earlier.",
            "1988",
        ),
        # with nothing else named, "a year earlier" is of the year named
        ("Last year sales fell. A year earlier they had risen.", "1987"),
    ],
)
def test_a_year_earlier_is_not_anchored_to_another_baseline(text, value):
    assert find_dates(text, date(1989, 10, 30))[-1].value == value


def test_a_baseline_said_twice_is_one_period_not_a_year_before_itself():
    """Earnings stories repeat their baseline: the second "a year ago" (or "a year earlier")
    is the period the first one was, never a year before it."""
    text = (
        "Third-quarter profit fell to $58.6 million from $186.4 million a year ago, when demand"
        " was strong. At the same time, costs, compared with a year ago, were higher."
    )
    found = find_dates(text, date(1989, 10, 26))
    assert [(d.text, d.value) for d in found] == [
        ("Third-quarter", "1989-07/1989-09"),
        ("a year ago", "1988-07/1988-09"),
        ("a year ago", "1988-07/1988-09"),
    ]
    text = (
        "It earned C$5 million for the first quarter ended Sept. 30, against a loss of C$2.3"
        " million a year ago. Sales were C$348.2 million compared with C$307.2 a year earlier."
    )
    found = find_dates(text, date(1989, 10, 26))
    assert [(d.text, d.value) for d in found if d.text.startswith("a year")] == [
        ("a year ago", "1988-01/1988-03"),
        ("a year earlier", "1988-01/1988-03"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose to $715.1 million from $563.8 million a year earlier.",
        "Net income was $9.7 million, against year-earlier net income of $11 million.",
    ],
)
def test_a_year_earlier_with_no_date_before_it_counts_back_from_publication(text):
    """As "a year ago" does: in a story of 1989 with no period named, the year 1988."""
    (found,) = find_dates(text, date(1989, 10, 26))
    assert (found.value, found.relative) == ("1988", True)


def test_a_year_before_with_no_date_before_it_is_no_date():
    assert find_dates("A year before the vote, turnout fell.", date(1989, 10, 26)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The government sticks with Law No. 4/2009 on Mineral and Coal Mining.",
        "It was set by Decree No 15/2020 of the cabinet.",
    ],
)
def test_the_year_in_the_number_of_an_act_is_no_date(text):
    assert find_dates(text, date(2016, 10, 20)) == []


def test_the_year_before_its_number_is_that_year():
    text = "The United States pledged that in the year 2000 it would lift the curbs."
    assert [(d.text, d.value) for d in find_dates(text, date(2016, 6, 1))] == [("2000", "2000")]


def test_over_the_next_year_is_a_stretch_of_time_not_a_year():
    text = "Economists expect the Fed to raise rates by one point over the next year."
    assert find_dates(text, date(2016, 6, 1)) == []


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        # a quarter of a year named by its possessive: that year's quarter
        ("Sales for this year's third quarter rose.", date(2031, 11, 1), "2031-07/2031-09"),
        ("It may close in next year's first quarter.", date(2031, 11, 1), "2032-01/2032-03"),
        ("Costs rose in last year's fourth quarter.", date(2031, 11, 1), "2030-10/2030-12"),
        # "the year-ago third quarter": the third quarter a year before the one reported
        ("In the year-ago third quarter it lost money.", date(2031, 11, 1), "2030-07/2030-09"),
        ("The year-earlier second quarter was weak.", date(2031, 11, 1), "2030-04/2030-06"),
        # "the last half of" a year is its second half
        ("Earnings will fall in the last half of 2031.", date(2031, 3, 1), "2031-07/2031-12"),
    ],
)
def test_quarters_and_halves_of_a_year_named_before_or_after_them(text, published, found):
    (date_row,) = find_dates(text, published)
    assert date_row.value == found


def test_the_last_half_without_a_year_is_no_half():
    assert [d.text for d in find_dates("He spoke for the last half hour.", PUBLISHED)] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "returned to his father": "to" before a noun phrase makes no plan, the past tense
        # of the clause governs the weekday (Friday before a Tuesday story)
        (
            "The court had ruled he be returned to his family and set Friday as the deadline.",
            "2022-11-04",
        ),
        ("Shares climbed to 5% on Friday.", "2022-11-04"),
        # "-ed to" before a verb is still a plan: the Friday to come
        ("The board agreed to meet on Friday.", "2022-11-11"),
        # but a verb whose infinitive happened looks back: "managed to", "combined to"
        ("The strikers combined to get the goal on Friday.", "2022-11-04"),
        ("The team managed to score twice on Friday.", "2022-11-04"),
        ("The board failed to meet on Friday.", "2022-11-04"),
    ],
)
def test_a_participle_before_to_and_a_noun_phrase_is_a_past_tense(text, value):
    (date_row,) = find_dates(text, PUBLISHED)
    assert date_row.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a verb that moves a limit, then "until"/"through": the new limit is to come
        ("Officials postponed until Thursday any action on the permit.", "2022-11-10"),
        ("The bank has extended the credit line to the firm through January.", "2023-01"),
        # "until" after another past verb keeps the past
        ("The talks lasted until Thursday.", "2022-11-03"),
    ],
)
def test_a_deferred_limit_is_in_the_future(text, value):
    (date_row,) = find_dates(text, PUBLISHED)
    assert date_row.value == value


def test_a_year_ago_baseline_is_never_anchored_to_a_forecast_period():
    text = (
        "Analysts expect losses through the third quarter of 2032. "
        "In the year-ago period, the firm earned $4 million."
    )
    found = [(d.text, d.value) for d in find_dates(text, date(2031, 10, 27))]
    assert found == [("the third quarter of 2032", "2032-07/2032-09")]


@pytest.mark.parametrize(
    "text",
    [
        "Two flights will leave on Monday and Tuesday nights from the capital.",
        "The shop opens late on Friday evenings.",
        "It means a lot to today's youth.",
        "In today's world, data is power.",
    ],
)
def test_recurring_parts_of_days_and_the_present_age_are_no_dates(text):
    assert [d.text for d in find_dates(text, PUBLISHED)] == []


def test_today_before_an_event_is_the_day():
    (found,) = find_dates("Lawmakers criticised today's vote.", PUBLISHED)
    assert (found.text, found.value) == ("today", "2022-11-08")


@pytest.mark.parametrize(
    "text",
    ["A reporter for USA Today spotted her.", "It is the version of Ruritania Today, a network."],
)
def test_today_after_a_capitalized_word_ends_a_name(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text", ["Shares fell. Today the firm said so.", "The firm said Today it would cut jobs."]
)
def test_today_at_a_sentence_start_or_after_a_verb_is_the_day(text):
    assert [d.value for d in find_dates(text, PUBLISHED)] == ["2022-11-08"]


def test_coming_out_of_is_no_future():
    # a Thursday story: the Monday before, not the one to come
    text = "For all the cheers coming out of its offices Monday night, it lags."
    assert [d.value for d in find_dates(text, date(2031, 10, 30))] == ["2031-10-27"]
    text = "The coming vote, on Monday, is close."
    assert [d.value for d in find_dates(text, date(2031, 10, 30))] == ["2031-11-03"]


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, date.fromisoformat(published), None)]


def test_quarters_numbered_as_statistics_offices_write_them():
    assert _dates(
        "In Quarter 3 were sitting at 6.5 million unemployed. From Quarter 2 of 2020 it rose.",
        "2021-02-23",
    ) == [("Quarter 3", "2020-07/2020-09"), ("Quarter 2 of 2020", "2020-04/2020-06")]


def test_a_shortened_weekday_opens_the_date_it_names():
    assert _dates("Thu, Dec 17, 2020 at 10:00 am.", "2020-12-17") == [
        ("Thu, Dec 17, 2020", "2020-12-17")
    ]


def test_a_quarter_compared_with_one_named_with_its_year_is_of_that_year_or_the_one_before():
    text = "Unemployment rose in the fourth quarter of 2020 compared to the third quarter."
    assert _dates(text, "2021-02-23")[-1] == ("the third quarter", "2020-07/2020-09")
    text = "Sales rose in the first quarter of 2021 compared with the fourth quarter."
    assert _dates(text, "2021-05-03")[-1] == ("the fourth quarter", "2020-10/2020-12")


def test_review_cases_of_weekdays_and_baseline_quarters():
    # "The Sun" is a newspaper, not the date's weekday (17 December 2020 was a Thursday)
    assert _dates("The Sun, Dec. 17, 2020, reported it.", "2020-12-20")[0][0] == "Dec. 17, 2020"
    text = "Sales rose in the third quarter of 2023 compared with the third quarter."
    assert _dates(text, "2023-11-01")[-1] == ("the third quarter", "2022-07/2022-09")


def test_day_numbers_start_with_one_character_set_and_find_the_same():
    """A day of the month written to start with its first digit ("[0-9](?:(?<=0)[1-9]|...)"),
    which the engine skips to, finds what "0[1-9]|[1-9]..." found, in every date pattern."""
    import re

    from pipeline.extract.dates import PATTERNS

    new = r"[0-9](?:(?<=0)[1-9]|(?<=[1-9])(?:(?<=[12])\d|(?<=3)[01])??))"
    old = r"0[1-9]|[1-9](?:(?<=[12])\d|(?<=3)[01])??)"
    text = (
        "3 May 2021, 03 May, 13-14 March 2020, 29 to 31 May, 30th of June, 31 June 1999, 32 May, "
        "May 3, 2021; May 03 to 09, 2021; 0 May; 00 May; 10-9 April; 1st-3rd of May 2020, 4 MAY"
    )
    compared = 0
    for kind, pattern in PATTERNS:
        if new in pattern.pattern:
            former = re.compile(pattern.pattern.replace(new, old), pattern.flags)
            expected = [(m.span(), m.groups()) for m in former.finditer(text)]
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected, kind
            compared += bool(expected)
    assert compared >= 4


def test_required_words_are_found_as_by_a_substring_test_each():
    """`_holds_any` (one pattern for many words, the month starts) answers what a substring test
    of each word answers, for every kind's words."""
    from pipeline.extract.dates import _REQUIRED_WORDS, _holds_any

    texts = ["", "It rose in Jan. and FEB", "the 1990s", "no date here at all", "DECEMBER 3"]
    for words in set(_REQUIRED_WORDS.values()):
        for text in texts:
            assert _holds_any(text, words) == any(word in text for word in words), (words, text)
    assert any(len(words) >= 12 for words in _REQUIRED_WORDS.values())


@pytest.mark.parametrize(
    "text, country, value",
    [
        ("Date - 16-08-2012", "IND", "2012-08-16"),  # day first: 16 is no month
        ("filed on 08-16-2012 in court", "USA", "2012-08-16"),
        ("the parade on the Fourth of July", "USA", "2012-07-04"),
        ("sales last Halloween", "USA", "2011-10-31"),  # "last" says which: no misread tense
        ("in the first eight months this year", "PHL", "2012-01/2012-08"),
        ("in the first six months of 2011", None, "2011-01/2011-06"),
        # "of the year": the one the tense points to, as for "the first half of the year"
        ("profit rose in the first six months of the year", None, "2012-01/2012-06"),
        ("profit for the year ending March 2012", "KEN", "2011-04/2012-03"),
        ("the financial year ended 30 June 2011", "AUS", "2010-07/2011-06"),
        ("launched in 2008-09 with a grant", "IND", "2008-04/2009-03"),  # India's fiscal year
        ("the 2008-09 season", "USA", "2008/2009"),  # no fiscal year in the US's naming
    ],
)
def test_numeric_dates_holidays_and_periods_of_months(text, country, value):
    found = find_dates(text, date(2012, 9, 6), country)
    assert [d.value for d in found] == [value]
    # the first eight months without a year are no date
    assert find_dates("in the first two months, exports rose", date(2012, 9, 6), None) == []


@pytest.mark.parametrize(
    "text, country, values",
    [
        ("profit for the half-year to June 2021 rose", "AUS", ["2021-06"]),
        ("the 2019-20 bushfires burned for months", "AUS", ["2019/2020"]),  # no budget near
        # the economy's figures for a year of a country that counts years from July
        ("growth is projected at 3.5 percent in 2024-25", "PAK", ["2024-07/2025-06"]),
    ],
)
def test_half_years_and_seasons_are_no_twelve_month_or_fiscal_periods(text, country, values):
    assert [d.value for d in find_dates(text, date(2022, 9, 6), country)] == values


def test_a_percentage_near_a_year_range_does_not_make_it_fiscal():
    found = find_dates(
        "The 2019-20 bushfires burned 21 per cent of the forests.", date(2022, 9, 6), "AUS"
    )
    assert [d.value for d in found] == ["2019/2020"]


def test_this_next_and_last_fiscal_year_are_the_countrys_around_publication():
    from datetime import date

    from pipeline.extract.dates import find_dates

    text = (
        "India will spend more this financial year. The deficit for the current fiscal year "
        "will be 3.4 percent, next fiscal year 3 percent; last fiscal year it was 4 percent."
    )
    found = [(d.text, d.value) for d in find_dates(text, date(2018, 7, 1), "IND")]
    assert found == [
        ("this financial year", "2018-04/2019-03"),
        ("the current fiscal year", "2018-04/2019-03"),
        ("next fiscal year", "2019-04/2020-03"),
        ("last fiscal year", "2017-04/2018-03"),
    ]
    # a calendar year where the country's fiscal year is one; nothing where no country is known
    assert [d.value for d in find_dates("It grew this fiscal year.", date(2018, 7, 1), "FRA")] == [
        "2018-01/2018-12"
    ]
    assert find_dates("It grew this fiscal year.", date(2018, 7, 1), None) == []


def test_a_holiday_named_with_a_month_is_the_holiday_not_the_month():
    from datetime import date

    from pipeline.extract.dates import find_dates

    found = find_dates("He wants it signed by the Fourth of July holiday.", date(2025, 7, 1), "USA")
    assert [(d.text, d.value) for d in found] == [("Fourth of July", "2025-07-04")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Revenue will reach $8 billion in Fiscal Year 2022/2023.", "2022-07/2023-06"),
        ("The deficit narrowed in the financial year 2015-16.", "2015-07/2016-06"),
        ("The budget year 2019/20 ended with a surplus.", "2019-07/2020-06"),
    ],
)
def test_a_fiscal_year_named_in_words_before_two_years_is_the_countrys(text, value):
    (date_row,) = find_dates(text, date(2022, 12, 20), "EGY")
    assert date_row.value == value


@pytest.mark.parametrize(
    ("text", "country", "value"),
    [
        ("The budget for 2018/2019 was passed by Parliament.", "WSM", "2018-07/2019-06"),
        ("The budget for 2018-2019 was passed by Parliament.", "WSM", "2018/2019"),
        ("Spending in fiscal year 2025/2026 rose.", "BMU", "2025-04/2026-03"),
        ("The 2017-18 budget was tabled.", "FJI", "2017-08/2018-07"),
        ("The 2008/2009 budget was tabled.", "USA", "2008/2009"),
    ],
)
def test_a_budget_year_named_with_a_slash_is_the_countrys_fiscal_year(text, country, value):
    (date_row,) = find_dates(text, date(2018, 6, 22), country)
    assert date_row.value == value


def test_a_baseline_far_from_any_date_is_of_the_quarter_the_story_reports():
    # the quarter reported is named first; a sentence or more later, "a year ago" with no
    # date before it is that quarter a year back (not a forecast's quarter nor one named in
    # passing), unless its own sentence names another period ("For the nine months")
    filler = " The chain opened new stores and hired staff across the region." * 8
    text = (
        "The thrift reported a third-quarter loss of $70.7 million after a flat second quarter."
        + filler
        + " It had net income of $132,000 a year ago."
        + filler
        + " For the nine months, it earned $5 million against $4 million a year earlier."
    )
    found = [(d.text, d.value) for d in find_dates(text, date(1989, 11, 2))]
    assert ("a year ago", "1988-07/1988-09") in found
    assert ("a year earlier", "1988") in found


def test_the_quarter_a_baseline_is_of_is_the_latest_over_by_publication():
    filler = " The chain opened new stores and hired staff across the region." * 7
    text = (
        "After a weak second quarter, Acme Corp. reported a third-quarter profit of $5 million."
        + filler
        + " The company now has 1,200 employees, down from 1,500 a year ago."
        + filler
        + " For the nine months, Acme Corp. had net income of $9 million, compared with $7"
        " million a year earlier."
    )
    found = [(d.text, d.value) for d in find_dates(text, date(1989, 10, 25))]
    assert ("a year ago", "1988-07/1988-09") in found
    # (the sentence is read whole: "Acme Corp." ends no sentence)
    assert ("a year earlier", "1988") in found


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # "last summer" in April: the summer over by then, the year before's (not the one
        # two months ahead, which a tense-only reading picks as the nearer)
        ("He rioted in a parade last summer.", date(2016, 4, 9), "2015-06/2015-08"),
        ("He rioted in a parade last summer.", date(2016, 9, 20), "2016-06/2016-08"),
        ("The plant opens next summer.", date(2016, 7, 10), "2017-06/2017-08"),
        ("Snow fell last winter.", date(2016, 1, 15), "2014-12/2015-02"),
        # "this past summer" may still be under way, in its last month; not early in it
        ("Sales rose this past summer.", date(2016, 8, 28), "2016-06/2016-08"),
        ("Snow fell this past winter.", date(2016, 2, 20), "2015-12/2016-02"),
        ("Sales rose this past summer.", date(2016, 4, 20), "2015-06/2015-08"),
        # (the review's: early in a season, the one before)
        ("Heating bills soared this past winter.", date(2016, 12, 5), "2015-12/2016-02"),
        ("Tourism fell this past summer.", date(2016, 6, 3), "2015-06/2015-08"),
        ("Enrollment dropped this past fall.", date(2016, 9, 4), "2015-09/2015-11"),
    ],
)
def test_last_and_next_season_are_the_latest_over_and_the_first_not_begun(text, published, value):
    assert [d.value for d in find_dates(text, published)] == [value]


def test_a_number_after_to_is_no_verb_that_makes_a_date_future():
    # "surged to 2,423 points on Thursday" in a Friday story: yesterday, not next week
    got = find_dates("The index surged to 2,423 points on Thursday.", date(2018, 9, 21))
    assert [d.value for d in got] == ["2018-09-20"]
    # "agreed to hold talks on Thursday" is still a plan
    got = find_dates("They agreed to hold talks on Thursday.", date(2018, 9, 21))
    assert [d.value for d in got] == ["2018-09-27"]


def test_the_same_period_last_year_without_the_is_the_period_named_before_a_year_back():
    # "the" left out, as non-native copy often does
    found = find_dates(
        "Sales rose in the first quarter of 2019 compared to same period last year.",
        date(2019, 5, 2),
    )
    assert [(d.text, d.value) for d in found] == [
        ("the first quarter of 2019", "2019-01/2019-03"),
        ("same period last year", "2018-01/2018-03"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "have" with an object is the verb of having, in the present: "until Friday" is ahead
        ("Teachers have until Friday to vote on the offer.", "2025-10-31"),
        ("The court has until Friday to rule on the appeal.", "2025-10-31"),
        # the auxiliary of a past, and a past of having, look back
        ("They have voted on Friday.", "2025-10-24"),
        ("He had until Friday to respond.", "2025-10-24"),
        # having something about an event looks back as before (the review of c706333)
        ("Police have no suspects in the shooting on Wednesday.", "2025-10-22"),
        ("Detectives have a man in custody over the stabbing on Thursday.", "2025-10-23"),
    ],
)
def test_having_until_a_day_is_ahead_of_a_present_tense(text, value):
    # (published on a Monday: the Friday before is three days back, the next four ahead)
    assert [d.value for d in find_dates(text, date(2025, 10, 27))] == [value]


@pytest.mark.parametrize(
    ("published", "value"),
    [
        # the page's own date line, whichever order the country writes
        (date(2025, 7, 11), "2025-07-11"),
        (date(2025, 11, 7), "2025-11-07"),
        (date(2025, 7, 12), "2025-07-11"),  # (published the day after its date line)
        # no reading the page's day or the day before: the country's order (Peru: day first)
        (date(2025, 7, 10), "2025-11-07"),
        (date(2025, 1, 20), "2025-11-07"),
    ],
)
def test_a_numeric_date_line_is_read_as_the_pages_own(published, value):
    text = "Published: 7/11/2025 14:22\nLIMA - The ministry said output rose."
    assert [d.value for d in find_dates(text, published, "PER")] == [value]


@pytest.mark.parametrize(
    ("text", "published", "country", "value"),
    [
        # in a sentence, a date is read in the country's order, near publication or not (the
        # review of 66b6ecb)
        ("NAIROBI - The circular dated 6/3/2025 said so.", date(2025, 6, 3), "KEN", "2025-03-06"),
        (
            "LONDON (Reuters) - The offence took place on 11/4/2025.",
            date(2025, 11, 4),
            "GBR",
            "2025-04-11",
        ),
    ],
)
def test_a_numeric_date_in_a_sentence_keeps_the_countrys_order(text, published, country, value):
    assert [d.value for d in find_dates(text, published, country)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board planned to import maize between April and September.",
            [("April and September", "2016-04/2016-09")],
        ),
        (
            "Prices rose between January and March 2015.",
            [("January and March 2015", "2015-01/2015-03")],
        ),
        ("Between March and May, output fell.", [("March and May", "2016-03/2016-05")]),
    ],
)
def test_between_two_months_is_one_period(text, expected):
    found = find_dates(text, date(2016, 6, 13))
    assert [(d.text, d.value) for d in found] == expected
    assert all(text[d.char_start : d.char_end] == d.text for d in found)


def test_two_months_joined_by_and_without_between_are_no_period():
    found = find_dates("Sales fell in April and in September.", date(2016, 6, 13))
    assert [(d.text, d.value) for d in found] == [("April", "2016-04"), ("September", "2015-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday in a newspaper's name is no date
        ("The minister told the Sunday Times that he would resign.", []),
        ("In an interview with the Sunday Business Post, he said prices would fall.", []),
        # (and the same weekday outside the name still is one)
        (
            "The Sunday Times reported on Sunday that he would resign.",
            [("Sunday", "2024-03-03")],
        ),
    ],
)
def test_a_weekday_inside_a_name_is_no_date(text, expected):
    assert [(d.text, d.value) for d in extract(text).dates] == expected
